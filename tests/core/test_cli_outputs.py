"""The CLI's outputs: export/backup never replace the database, refuse an existing file
without --force, give one line for a path that cannot be written; text from a file reaches the
terminal with its control characters escaped; the `csv` export defuses formulas, the
`strong` export keeps names as Strong reads them."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from pathlib import Path

import pytest

from core.cli import EXIT_FAILURE, EXIT_OK, main, terminal_text

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "imports"
HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def state(db: Path) -> tuple[int, str]:
    """(logged sets, integrity_check) of the database file."""
    conn = sqlite3.connect(db)
    try:
        count = conn.execute("SELECT count(*) FROM logged_sets").fetchone()[0]
        return count, conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def filled(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    db = tmp_path / "log.db"
    code, _, _ = run(
        capsys, "--db", str(db), "import", str(FIXTURES / "strong_comma.csv"), "--unit", "kg"
    )
    assert code == EXIT_OK
    return db


def one_line_failure(code: int, out: str, err: str) -> str:
    assert code == EXIT_FAILURE
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    return err.strip()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
@pytest.mark.parametrize(
    "command", [["export", "--format", "json"], ["export", "--format", "strong"], ["backup"]]
)
def test_outputs_never_target_the_database(
    capsys: pytest.CaptureFixture[str], filled: Path, command: list[str], suffix: str
) -> None:
    """`--output` naming the database or its -wal/-shm (even with --force): one line, exit 1,
    the database keeps every set."""
    before = state(filled)
    target = str(filled) + suffix
    code, out, err = run(capsys, "--db", str(filled), *command, "--output", target, "--force")
    assert "open database" in one_line_failure(code, out, err)
    assert state(filled) == before and before[0] > 0


def test_links_to_the_database_are_refused(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    """A symlink or a hard link to the database is the database."""
    before = state(filled)
    soft = tmp_path / "soft.csv"
    soft.symlink_to(filled)
    hard = tmp_path / "hard.json"
    os.link(filled, hard)
    for target, fmt in ((soft, "csv"), (hard, "json")):
        code, out, err = run(
            capsys,
            "--db",
            str(filled),
            "export",
            "--format",
            fmt,
            "--output",
            str(target),
            "--force",
        )
        assert "open database" in one_line_failure(code, out, err)
    assert state(filled) == before


def test_existing_files_need_force(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    """An existing file is refused (and kept) without --force, replaced with it."""
    for command in (["export", "--format", "json"], ["backup"]):
        target = tmp_path / "existing"
        target.write_text("keep me")
        code, out, err = run(capsys, "--db", str(filled), *command, "--output", str(target))
        assert "already exists (use --force" in one_line_failure(code, out, err)
        assert target.read_text() == "keep me"
        code, out, _ = run(
            capsys, "--db", str(filled), *command, "--output", str(target), "--force"
        )
        assert code == EXIT_OK and target.read_bytes() != b"keep me"
        target.unlink()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("/proc/nope/x", "no such folder"),
        ("/proc/x", "no file can be created there"),
        ("/sys/x", "permission denied"),
        ("FOLDER", "this is a folder"),
    ],
)
@pytest.mark.parametrize("command", [["export", "--format", "json"], ["backup"]])
def test_unwritable_outputs_give_one_line(
    capsys: pytest.CaptureFixture[str],
    filled: Path,
    tmp_path: Path,
    command: list[str],
    target: str,
    reason: str,
) -> None:
    """A missing folder, /proc, /sys, a folder: one line naming the path and why, exit 1."""
    path = str(tmp_path) if target == "FOLDER" else target
    code, out, err = run(capsys, "--db", str(filled), *command, "--output", path, "--force")
    line = one_line_failure(code, out, err)
    assert f"{path}: {reason}" in line


HOSTILE = "\x1b[2J\x1b[31mFAKE OK\r\u202eSquat"


def test_names_from_a_file_reach_the_terminal_escaped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A CSV exercise name with ANSI escapes, CR and a bidi override is refused (control
    characters are no part of a name) by a line that shows them escaped; the same name in a
    Backline JSON exercise is stored as the app wrote it, and `library` prints it escaped: no
    control character reaches the terminal either way."""
    crafted = tmp_path / "crafted.csv"
    crafted.write_text(
        HEADER + f'2026-03-02 07:30:00,"Legs",45min,"{HOSTILE}",1,60,8,0,0,,,\n',
        encoding="utf-8",
    )
    db = str(tmp_path / "t.db")
    code, out, err = run(capsys, "--db", db, "import", str(crafted), "--unit", "kg")
    assert code != EXIT_OK
    assert "\x1b" not in err and "\r" not in err and "\u202e" not in err
    exercise = {
        "slug": "custom-hostile",
        "name": HOSTILE,
        "kind": "strength",
        "mode": "reps",
        "summary": "",
        "sources": [],
        "instructions": [],
    }
    document = tmp_path / "crafted.json"
    document.write_text(
        json.dumps({"format": "backline", "version": 1, "exercises": [exercise]}),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", db, "import", str(document))
    assert code == EXIT_OK, err
    code2, out2, _ = run(capsys, "--db", db, "library")
    assert code2 == EXIT_OK
    assert "\x1b" not in out2 and "\r" not in out2 and "\u202e" not in out2
    assert "\\x1b[31mFAKE OK" in out2 and "\\u202eSquat" in out2
    code3, out3, _ = run(capsys, "--db", db, "library", "--json")
    assert code3 == EXIT_OK and "\x1b" not in out3 and "\u202e" not in out3


def test_terminal_text_keeps_printable_text() -> None:
    """Letters, accents, emoji, tabs and newlines are printed as they are."""
    text = "Hüftstoß 💪\tnext\nline"
    assert terminal_text(text) == text
    assert terminal_text("\x00\x07\x9b") == "\\x00\\x07\\x9b"


FORMULA = '=HYPERLINK("http://x","click")'


def test_csv_defuses_formulas_and_strong_keeps_names(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`--format csv` writes '=..., '+..., '-..., '@... for a spreadsheet; `--format strong`
    writes the names as they are, and importing it gives back the same names."""
    names = [FORMULA, "+1 push", "-lean", "@home", "Squat"]
    rows = "".join(
        f'2026-03-02 07:30:00,"Legs",45min,"{n.replace(chr(34), chr(34) * 2)}",1,60,8,0,0,,,\n'
        for n in names
    )
    source = tmp_path / "names.csv"
    source.write_text(HEADER + rows, encoding="utf-8")
    db = str(tmp_path / "f.db")
    assert run(capsys, "--db", db, "import", str(source), "--unit", "kg")[0] == EXIT_OK
    for fmt in ("csv", "strong"):
        out = tmp_path / f"{fmt}.csv"
        code, _, err = run(
            capsys, "--db", db, "export", "--format", fmt, "--unit", "kg", "--output", str(out)
        )
        assert code == EXIT_OK, err
        with open(out, encoding="utf-8", newline="") as fh:
            written = [r[3] for r in list(csv.reader(fh))[1:]]
        if fmt == "csv":
            assert written == ["'" + n for n in names[:4]] + ["Squat"]
        else:
            assert written == names
            again = str(tmp_path / "again.db")
            assert run(capsys, "--db", again, "import", str(out), "--unit", "kg")[0] == EXIT_OK
            conn = sqlite3.connect(again)
            try:
                stored = {
                    r[0] for r in conn.execute("SELECT name FROM exercises WHERE builtin = 0")
                }
            finally:
                conn.close()
            assert set(names) - {"Squat"} <= stored


def test_backup_of_an_empty_database_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A manual backup of a database with nothing entered is still made, and its line says the
    database holds nothing yet; once a day is logged, the line no longer says it."""
    from core.cli import main

    db = tmp_path / "e.db"
    assert main(["--db", str(db), "backup", "--output", str(tmp_path / "one.db")]) == 0
    assert capsys.readouterr().out.strip().endswith("(the database holds nothing you entered yet)")
    assert (tmp_path / "one.db").is_file()
    assert main(["--db", str(db), "day", "--date", "2026-03-01", "--kcal", "1800"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "backup", "--output", str(tmp_path / "two.db")]) == 0
    assert "nothing you entered" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("db_arg", "says"),
    [
        ("", "--db: empty"),
        ("/", "names a folder"),
        ("{tmp}/", "names a folder"),
        ("/proc/x.db", "cannot use the database"),
    ],
)
def test_db_arguments_that_name_no_file_get_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_arg: str, says: str
) -> None:
    """An empty --db (an unset shell variable) never falls back to the real default
    database; a folder or a place no file can be made gets one line, no traceback."""
    code, out, err = run(capsys, "--db", db_arg.format(tmp=tmp_path), "library")
    assert code != EXIT_OK and says in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_error_lines_never_carry_control_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A backup named with ESC and a bell in it: the refusal line shows them as escapes."""
    evil = tmp_path / "bk\x1b[2J\x1b[31mEVIL\x07.db"
    evil.write_bytes(b"not a database")
    code, out, err = run(capsys, "--db", str(tmp_path / "r.db"), "restore", str(evil))
    assert code != EXIT_OK
    assert "\x1b" not in err and "\x07" not in err and "\\x1b" in err
