"""Keep Backline's Qt Linguist catalogues (resources/i18n/backline_<lang>.ts) and their compiled
.qm files in step with the code.

    python tools/translations.py update            # lupdate: add new messages, drop gone ones
    python tools/translations.py fill FILE.json... # put translations from JSON into the .ts
    python tools/translations.py compile           # lrelease every .ts to its .qm
    python tools/translations.py missing [--json FILE.json] [PATH...]
                                                   # messages of PATHs (default: all code) with
                                                   # no translation in the JSON (or the .ts)

A JSON file for `fill` maps context -> source -> language -> translation, a plural message's
translation being a list of its forms (English included: the source language's catalogue holds
only plural forms):
    {"ui.history.tab": {"Delete": {"de": "Löschen", ...},
                        "%n set(s)": {"en": ["%n set", "%n sets"], "de": ["%n Satz", ...]}}}

Needs PySide6's pyside6-lupdate and pyside6-lrelease (the test extra installs them); the app
itself never runs them. tests/i18n/test_catalogues.py fails when `update` or `compile` would
change a file, or when a message is unfinished.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = ROOT / "resources" / "i18n"
TRANSLATED_LANGUAGES = ("de", "fr", "es", "pt_BR")
SOURCE_LANGUAGE = "en"
CODE_ROOTS = ("core", "ui", "main.py")
PREFIX = "backline_"
PLURAL_FORMS = 2  # every language here has two (core.i18n.plural_index)


def qt_tool(name: str) -> str:
    """pyside6-<name> beside this Python (a venv), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: pip install -e '.[test]'")
    return found


def code_files(paths: list[str] | None = None) -> list[str]:
    roots = [ROOT / p for p in (paths or CODE_ROOTS)]
    files: list[Path] = []
    for root in roots:
        files.extend(sorted(root.rglob("*.py")) if root.is_dir() else [root])
    return [str(f.relative_to(ROOT)) for f in files]


def ts_path(language: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"{PREFIX}{language}.ts"


def run_lupdate(language: str, ts: Path, files: list[str] | None = None) -> None:
    """What the code holds now, in a fresh catalogue at `ts` (nothing translated).

    lupdate's Python parser records a count only when it is a literal, so it would take
    `translate(ctx, "%n set(s)", None, count)` for a message without plural forms: every
    message with %n in its text is made a plural one here. The English catalogue keeps only
    those (English is the source language; it needs only its plural forms)."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.ts"
        subprocess.run(
            [
                qt_tool("lupdate"),
                *code_files(files),
                "-ts",
                str(raw),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                "-silent",
            ],
            cwd=ROOT,
            check=True,
        )
        tree = ET.parse(raw)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            plural = "%n" in (message.findtext("source") or "")
            if language == SOURCE_LANGUAGE and not plural:
                context.remove(message)
                continue
            if plural:
                message.set("numerus", "yes")
                element = message.find("translation")
                assert element is not None
                element.text = None
                for form in list(element):
                    element.remove(form)
                for _ in range(PLURAL_FORMS):
                    ET.SubElement(element, "numerusform")
        if context.find("message") is None:
            root.remove(context)
    write_ts(tree, ts)


def update(directory: Path = I18N_DIR) -> None:
    """Each catalogue: the messages the code holds now, each keeping the translation it had."""
    directory.mkdir(parents=True, exist_ok=True)
    for language in (SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES):
        shipped = ts_path(language, directory)
        kept = {(c, s): (p, e) for c, s, p, e in messages(shipped)} if shipped.exists() else {}
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.ts"
            run_lupdate(language, fresh)
            tree = ET.parse(fresh)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                old = kept.get((name, message.findtext("source") or ""))
                plural = message.get("numerus") == "yes"
                if old is None or old[0] != plural:
                    continue
                element = message.find("translation")
                assert element is not None
                message.remove(element)
                message.append(old[1])
        write_ts(tree, shipped)


def compile_catalogues(source: Path = I18N_DIR, target: Path = I18N_DIR) -> None:
    for language in (SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES):
        subprocess.run(
            [
                qt_tool("lrelease"),
                "-silent",
                str(ts_path(language, source)),
                "-qm",
                str(target / f"{PREFIX}{language}.qm"),
            ],
            cwd=ROOT,
            check=True,
        )


def messages(ts: Path) -> list[tuple[str, str, bool, ET.Element]]:
    """(context, source, is plural, <translation> element) of each message of a .ts file."""
    tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            assert element is not None
            found.append(
                (name, message.findtext("source") or "", message.get("numerus") == "yes", element)
            )
    return found


def is_finished(element: ET.Element, plural: bool) -> bool:
    if element.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if plural:
        forms = element.findall("numerusform")
        return bool(forms) and all((f.text or "") for f in forms)
    return bool(element.text)


def fill(json_files: list[Path], directory: Path = I18N_DIR) -> int:
    """Put the JSON translations into the .ts files; returns how many messages changed."""
    table: dict[tuple[str, str], dict[str, object]] = {}
    for path in json_files:
        for context, sources in json.loads(path.read_text(encoding="utf-8")).items():
            for source, by_language in sources.items():
                table.setdefault((context, source), {}).update(by_language)
    changed = 0
    for language in (SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES):
        ts = ts_path(language, directory)
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                value = table.get((name, message.findtext("source") or ""), {}).get(language)
                if value is None:
                    continue
                element = message.find("translation")
                assert element is not None
                if message.get("numerus") == "yes":
                    if not isinstance(value, list):
                        raise SystemExit(
                            f"{name}: {message.findtext('source')!r}: "
                            f"{language} needs a list of plural forms"
                        )
                    for form in list(element):
                        element.remove(form)
                    element.text = None
                    for text in value:
                        ET.SubElement(element, "numerusform").text = str(text)
                else:
                    if not isinstance(value, str):
                        raise SystemExit(
                            f"{name}: {message.findtext('source')!r}: "
                            f"{language} is one text, not a list"
                        )
                    element.text = value
                element.attrib.pop("type", None)
                changed += 1
        write_ts(tree, ts)
    return changed


def write_ts(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    ET.indent(tree, space="    ")
    root = tree.getroot()
    assert root is not None
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def missing(json_file: Path | None, paths: list[str] | None) -> list[str]:
    """Messages of `paths` with no translation for some language, in the JSON or the .ts."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in (SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES):
            ts = Path(tmp) / f"{language}.ts"
            run_lupdate(language, ts, paths)
            if json_file is not None:
                table = json.loads(json_file.read_text(encoding="utf-8"))
                for context, source, plural, _ in messages(ts):
                    value = table.get(context, {}).get(source, {}).get(language)
                    if not value or (plural and not isinstance(value, list)):
                        problems.append(f"{language}: {context}: {source!r}")
            else:
                shipped = {(c, s): (p, e) for c, s, p, e in messages(ts_path(language))}
                for context, source, plural, _ in messages(ts):
                    found = shipped.get((context, source))
                    if found is None or not is_finished(found[1], plural):
                        problems.append(f"{language}: {context}: {source!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    fill_parser = sub.add_parser("fill")
    fill_parser.add_argument("json", nargs="+", type=Path)
    sub.add_parser("compile")
    missing_parser = sub.add_parser("missing")
    missing_parser.add_argument("--json", type=Path)
    missing_parser.add_argument("paths", nargs="*")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "fill":
        print(f"{fill(args.json)} translations written")
    elif args.command == "compile":
        compile_catalogues()
    else:
        problems = missing(args.json, args.paths or None)
        print("\n".join(problems) or "nothing missing")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
