"""The Qt Linguist catalogues hold every message of the code, each finished with its
placeholders intact, and the shipped .qm files are what lrelease makes of them; our Qt-free
reader finds in a .qm exactly what Qt's QTranslator finds, plural forms included.

When a test here fails after a change of wording: `python tools/translations.py update`, then
translate the new messages (Qt Linguist, or `fill` with a JSON file) and `compile`."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from core import i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402

LANGUAGES = [translations.SOURCE_LANGUAGE, *translations.TRANSLATED_LANGUAGES]

needs_qt_tools = pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None
    and not (Path(sys.executable).parent / "pyside6-lupdate").exists(),
    reason="pyside6-lupdate is not installed (pip install -e '.[test]')",
)


def _keys(ts: Path) -> set[tuple[str, str, bool]]:
    return {(c, s, plural) for c, s, plural, _ in translations.messages(ts)}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """What lupdate finds in the code now, per language, in fresh catalogues."""
    out = tmp_path_factory.mktemp("lupdate")
    found = {}
    for language in LANGUAGES:
        ts = out / f"{language}.ts"
        translations.run_lupdate(language, ts)
        found[language] = ts
    return found


@needs_qt_tools
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_holds_every_message_of_the_code(
    language: str, extracted: dict[str, Path]
) -> None:
    in_code = _keys(extracted[language])
    shipped = _keys(translations.ts_path(language))
    assert sorted(in_code - shipped) == [], "new messages: run tools/translations.py update"
    assert sorted(shipped - in_code) == [], "gone messages: run tools/translations.py update"
    if language != translations.SOURCE_LANGUAGE:
        assert len(in_code) > 1000  # the whole window, not a sample


@needs_qt_tools
def test_lupdate_finds_every_literal_translate_call(extracted: dict[str, Path]) -> None:
    """lupdate skips a call it cannot read without a word; an unseen message would stay
    English in every language. Every literal call the Python parser sees, lupdate saw."""
    import ast

    in_code = set()
    for path in sorted([*(ROOT / "core").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("translate", "QT_TRANSLATE_NOOP")
                and len(node.args) >= 2
                and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]
                )
            ):
                in_code.add((node.args[0].value, node.args[1].value))  # type: ignore[attr-defined]
    seen = {(c, s) for c, s, _ in _keys(extracted["de"])}
    assert sorted(in_code - seen) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_is_unfinished(language: str) -> None:
    unfinished = [
        f"{context}: {source!r}"
        for context, source, plural, element in translations.messages(
            translations.ts_path(language)
        )
        if not translations.is_finished(element, plural)
        or (plural and len(element.findall("numerusform")) != i18n.PLURAL_FORMS)
    ]
    assert unfinished == []


_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n")
# argparse's own words carry %-placeholders; losing one makes argparse fail as it reports
_PERCENT = re.compile(r"%\([a-z_]+\)[sdr]|%[sr]")
# a strftime pattern's fields may be reordered or left out by a language
_DATE_FIELDS = re.compile(r"%-?[aAbBdemYyHMS]")


def _format_fields(text: str) -> list[str] | None:
    """The {fields} str.format() sees, or None when it would raise (a stray brace)."""
    import string

    try:
        return sorted(
            name for _, name, spec, _ in string.Formatter().parse(text) if name is not None
        )
    except ValueError:
        return None


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


@pytest.mark.parametrize("language", translations.TRANSLATED_LANGUAGES)
def test_translations_keep_placeholders_mnemonics_and_edges(language: str) -> None:
    problems = []
    for context, source, plural, element in translations.messages(translations.ts_path(language)):
        texts = (
            [f.text or "" for f in element.findall("numerusform")]
            if plural
            else [element.text or ""]
        )
        for text in texts:
            where = f"{context}: {source!r} -> {text!r}"
            if sorted(set(_PLACEHOLDER.findall(text))) != sorted(set(_PLACEHOLDER.findall(source))):
                problems.append(f"placeholders differ: {where}")
            if _format_fields(text) != _format_fields(source):
                problems.append(f"str.format() fields differ or fail: {where}")
            if not _DATE_FIELDS.search(source) and sorted(_PERCENT.findall(text)) != sorted(
                _PERCENT.findall(source)
            ):
                problems.append(f"%-placeholders differ: {where}")
            if _mnemonics(source) != _mnemonics(text):
                problems.append(f"mnemonic lost or doubled: {where}")
            if (
                source.endswith("\n") != text.endswith("\n")
                or source.count("\n")
                and not text.count("\n")
            ):
                problems.append(f"line breaks differ: {where}")
            if source.endswith(":") and not text.rstrip().endswith(":"):
                problems.append(f"a label's colon is lost: {where}")
    assert problems == []


@needs_qt_tools
def test_the_shipped_qm_files_are_compiled_from_the_catalogues(tmp_path: Path) -> None:
    translations.compile_catalogues(target=tmp_path)
    stale = [
        language
        for language in LANGUAGES
        if (tmp_path / f"backline_{language}.qm").read_bytes()
        != i18n.catalogue_path(language).read_bytes()
    ]
    assert stale == [], "run tools/translations.py compile"


@pytest.mark.parametrize("language", LANGUAGES)
def test_our_reader_finds_what_qt_finds(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    """Every message of the .ts, looked up in the .qm by Qt's QTranslator and by core.i18n,
    for the counts where plural rules differ: the same text."""
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load(str(i18n.catalogue_path(language)))
    ours = i18n.Catalogue.read(i18n.catalogue_path(language), language)
    differences = []
    checked = 0
    for context, source, plural, _ in translations.messages(translations.ts_path(language)):
        for n in (0, 1, 2, 5, 11, 21, 101, 1000) if plural else (-1,):
            theirs = qt.translate(context, source, None, n) or None
            mine = ours.lookup(context, source, n)
            checked += 1
            if theirs != mine:
                differences.append(f"{context}: {source!r} n={n}: Qt {theirs!r}, ours {mine!r}")
    assert differences == []
    assert checked > (10 if language == translations.SOURCE_LANGUAGE else 1000)


def test_translate_uses_the_catalogue_of_the_language_in_use() -> None:
    context, source, _, element = next(
        m for m in translations.messages(translations.ts_path("de")) if not m[2]
    )
    i18n.set_language("de")
    assert i18n.translate(context, source) == element.text != source
    i18n.set_language("en")
    assert i18n.translate(context, source) == source


def test_english_plurals_come_from_the_english_catalogue() -> None:
    context, source, _, element = next(
        m for m in translations.messages(translations.ts_path("en")) if m[2]
    )
    one, many = (f.text or "" for f in element.findall("numerusform"))
    assert i18n.translate(context, source, None, 1) == one.replace("%n", "1")
    assert i18n.translate(context, source, None, 3) == many.replace("%n", "3")


def test_a_damaged_catalogue_is_one_line_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "backline_de.qm"
    bad.write_bytes(b"not a qm")
    with pytest.raises(i18n.CatalogueError, match="backline_de.qm: not a Qt translation file"):
        i18n.Catalogue.read(bad, "de")
    bad.write_bytes(i18n.catalogue_path("de").read_bytes()[:300])
    with pytest.raises(i18n.CatalogueError, match="backline_de.qm"):
        i18n.Catalogue.read(bad, "de")


def test_a_damaged_catalogue_at_start_is_one_line_and_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`backline --lang de library` with a damaged German catalogue still lists the library
    (in English words), after one line naming the file; no traceback."""
    import main

    junk = tmp_path / "backline_de.qm"
    junk.write_bytes(b"\x00" * 64)
    real = i18n.catalogue_path
    monkeypatch.setattr(
        i18n,
        "catalogue_path",
        lambda code, suffix=".qm": junk if code == "de" else real(code, suffix),
    )
    code = main.main(["--lang", "de", "--db", str(tmp_path / "x.db"), "library"])
    out, err = capsys.readouterr()
    assert code == 0
    assert err.strip().splitlines() == [
        f"backline: {junk}: not a Qt translation file; showing English"
    ]
    assert "Traceback" not in err and "slug" in out.splitlines()[0]
