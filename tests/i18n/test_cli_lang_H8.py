"""`backline --lang CODE`: the command line's human output, errors and --help in the chosen
language (else the system's locale), while every `--json` output stays byte for byte the same.

The in-process calls go through main.main, as `backline` does; the subprocess ones check what
only a fresh process shows (the exit status and stderr of a refused --lang, the locale)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main as launcher
from core import i18n
from core.library.localized import data_text

ROOT = Path(__file__).resolve().parents[2]
ROUTINE_KEY = "posterior-chain-sculpt"
PLAN = [
    "plan",
    "--sex",
    "female",
    "--age",
    "60",
    "--height-cm",
    "155",
    "--weight-kg",
    "50.5",
    "--activity",
    "sedentary",
]  # fmt: skip  (held at the floor: the JSON has a warning)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One seeded database for the module (every command here but `day` only reads it)."""
    path = str(tmp_path_factory.mktemp("cli-lang") / "backline.db")
    assert launcher.main(["--db", path, "library", "--json"]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = launcher.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_process(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_library_reads_german_with_lang_de(
    capsys: pytest.CaptureFixture[str], db_path: str
) -> None:
    """The table's headers, its stored words and its last line are German; the names are the
    German library's; the slugs stay."""
    _, english, _ = run(capsys, "--lang", "en", "--db", db_path, "library")
    code, german, err = run(capsys, "--lang", "de", "--db", db_path, "library")
    assert code == 0, err
    assert german != english
    header = german.splitlines()[0].split()
    assert header[:4] == ["Kennung", "Name", "Art", "Modus"] and "Vorgabe" in header
    assert "Einträge; * markiert unseren Standardwert" in german
    assert " Kraft " in german and " strength " in english
    assert data_text("Glute bridge") in german and "Glute bridge" not in german
    assert "glute-bridge" in german
    assert english.splitlines()[0].split()[:4] == ["slug", "name", "kind", "mode"]


def test_the_lang_equals_form_and_help_are_german(capsys: pytest.CaptureFixture[str]) -> None:
    """`--lang=de` works as `--lang de`, and --help (argparse's own words too) is German."""
    with pytest.raises(SystemExit) as done:
        launcher.main(["--lang=de", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: backline")
    assert "Optionen:" in out and "diese Hilfe anzeigen und beenden" in out
    assert "Sprache der lesbaren Ausgabe" in out
    assert "die Übungsbibliothek auflisten" in out


@pytest.mark.parametrize("command", [["library"], ["routines"], ["today", "--date", "2026-03-04"],
                                     ["next", ROUTINE_KEY]])  # fmt: skip
def test_json_is_the_same_in_every_language(
    capsys: pytest.CaptureFixture[str], db_path: str, command: list[str]
) -> None:
    """--json output is byte-identical whatever --lang says: names, slugs, reasons, labels
    and notes stay English."""
    _, english, _ = run(capsys, "--lang", "en", "--db", db_path, *command, "--json")
    json.loads(english)
    for language in ("de", "fr", "es", "pt_BR"):
        code, out, err = run(capsys, "--lang", language, "--db", db_path, *command, "--json")
        assert code == 0, err
        assert out == english, language


def test_plan_json_keeps_its_warning_in_english(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The plan's warnings are sentences: in the JSON they stay English; the text shows them
    in German."""
    no_db = str(tmp_path / "none.db")  # plan never creates a database
    _, english, _ = run(capsys, "--lang", "en", "--db", no_db, *PLAN, "--json")
    _, german, _ = run(capsys, "--lang", "de", "--db", no_db, *PLAN, "--json")
    assert german == english
    assert "floor" in json.loads(english)["warnings"][0]
    _, text, _ = run(capsys, "--lang", "de", "--db", no_db, *PLAN)
    assert "Warnung: Kalorienuntergrenze:" in text


def test_german_numbers_have_a_decimal_comma(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`plan` and `day` write decimals with a comma in German (a point in English)."""
    no_db = str(tmp_path / "none.db")
    _, english, _ = run(capsys, "--lang", "en", "--db", no_db, *PLAN)
    _, german, _ = run(capsys, "--lang", "de", "--db", no_db, *PLAN)
    assert "6.25 × cm" in english and "(111.3 lb)" in english
    assert "6,25 × cm" in german and "(111,3 lb)" in german
    assert "Grundumsatz (BMR):" in german and "kcal/Tag" in german
    day_db = str(tmp_path / "day.db")
    code, out, err = run(
        capsys, "--lang", "de", "--db", day_db, "day", "--date", "2026-03-04", "--sleep-h", "7,5"
    )
    assert code == 0, err
    assert out.startswith("Gespeichert — 2026-03-04: ") and "Schlaf 7,5 h" in out


def test_a_german_routine_name_is_found_and_shown(
    capsys: pytest.CaptureFixture[str], db_path: str
) -> None:
    """`next` takes a ready-made routine by the name `backline routines` shows in German,
    and says its reasons and what it means in German."""
    _, routines, _ = run(capsys, "--db", db_path, "routines", "--json")
    english = next(r["name"] for r in json.loads(routines) if r.get("builtin_key") == ROUTINE_KEY)
    i18n.set_language("de")
    german = data_text(english)
    assert german != english
    code, out, err = run(capsys, "--lang", "de", "--db", db_path, "next", german)
    assert code == 0, err
    assert out.splitlines()[0] == f"{german}: das nächste Ziel jeder Übung"
    assert "Es gibt noch kein früheres Training mit dieser Übung" in out
    code, _, err = run(capsys, "--lang", "de", "--db", db_path, "next", "nichts")
    assert code == 1
    assert err.startswith("backline: keine Routine namens 'nichts'; die Routinen sind: ")
    assert german in err


def test_an_unknown_language_is_one_line_and_exit_2() -> None:
    """--lang xx: one line on stderr naming --lang and the choices, exit 2, nothing run."""
    for argv in (["--lang", "xx", "library"], ["--lang=xx", "--help"]):
        result = run_process(*argv)
        assert result.returncode == 2
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert "--lang" in lines[0] and "'xx'" in lines[0]
        assert all(code in lines[0] for code in i18n.LANGUAGES)


def test_the_system_locale_chooses_german_without_lang(tmp_path: Path) -> None:
    """No --lang and no Settings choice: LC_ALL/LANG de_DE.UTF-8 give German, C gives English."""
    env = {**os.environ, "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"}
    env.pop("LANGUAGE", None)
    db = str(tmp_path / "locale.db")
    german = run_process("--db", db, "library", env=env)
    assert german.returncode == 0, german.stderr
    assert german.stdout.splitlines()[0].split()[:4] == ["Kennung", "Name", "Art", "Modus"]
    english = run_process("--db", db, "library", env={**env, "LC_ALL": "C.UTF-8", "LANG": "C"})
    assert english.stdout.splitlines()[0].split()[:4] == ["slug", "name", "kind", "mode"]
    # --lang wins over the locale
    chosen = run_process("--lang", "en", "--db", db, "library", env=env)
    assert chosen.stdout.splitlines()[0].split()[0] == "slug"


def test_errors_are_in_the_language(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A refused value is one line in the language; argparse's own error words too."""
    code, _, err = run(capsys, "--lang", "fr", "--db", str(tmp_path / "x.db"), "day",
                       "--date", "demain")  # fmt: skip
    assert code == 1
    assert err == "backline: --date : 'demain' n'est pas une date (YYYY-MM-DD)\n"
    with pytest.raises(SystemExit) as done:
        launcher.main(["--lang", "es", "plan", "--sex", "x"])
    assert done.value.code == 2
    assert "error: argumento --sex: opción no válida: 'x'" in capsys.readouterr().err
