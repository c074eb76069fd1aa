"""The command line: version, library, --db/BACKLINE_DB, import/export/backup/restore/check."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import EXIT_FAILURE, EXIT_OK, EXIT_STORE, main

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "imports"

LIBRARY_KEYS = {
    "slug",
    "name",
    "kind",
    "mode",
    "per_side",
    "sets",
    "reps_min",
    "reps_max",
    "hold_seconds",
    "rest_seconds",
    "duration_minutes",
    "sessions_per_week_min",
    "sessions_per_week_max",
    "equipment",
    "muscles",
    "impact",
    "cautions",
    "variations",
    "sources",
    "defaults",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_through_main_py() -> None:
    """`python main.py --version` prints the version and exits 0."""
    result = subprocess.run(
        [sys.executable, "main.py", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == "Backline 0.1.0"


def test_library_json_has_every_key(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`library --json` lists every entry with the agreed keys; null where a field does not apply."""
    code, out, _ = run(capsys, "--db", str(tmp_path / "a.db"), "library", "--json")
    assert code == EXIT_OK
    entries = json.loads(out)
    assert len(entries) >= 25
    for entry in entries:
        assert set(entry) >= LIBRARY_KEYS
        assert isinstance(entry["equipment"], list) and isinstance(entry["variations"], list)
    by_slug = {e["slug"]: e for e in entries}
    bridge = by_slug["glute-bridge"]
    assert (bridge["sets"], bridge["reps_min"], bridge["reps_max"]) == (3, 15, 20)
    assert bridge["duration_minutes"] is None
    assert "000_83f165f7394f71b5.txt" in bridge["sources"]
    assert "rest_seconds" in bridge["defaults"]


def test_library_table(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`library` prints a readable table with a legend for our defaults."""
    code, out, _ = run(capsys, "--db", str(tmp_path / "a.db"), "library")
    assert code == EXIT_OK
    assert out.splitlines()[0].split()[:3] == ["slug", "name", "kind"]
    assert "Glute bridge" in out and "our default" in out


def test_db_option_beats_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """BACKLINE_DB is used when --db is absent; --db wins when both are given."""
    monkeypatch.setenv("BACKLINE_DB", str(tmp_path / "env.db"))
    assert run(capsys, "library", "--json")[0] == EXIT_OK
    assert (tmp_path / "env.db").exists()
    assert run(capsys, "--db", str(tmp_path / "cli.db"), "library", "--json")[0] == EXIT_OK
    assert (tmp_path / "cli.db").exists()


def test_unusable_database_one_message_nonzero_untouched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A file that is not a database: one line on stderr, exit code 3, file unchanged."""
    bad = tmp_path / "bad.db"
    bad.write_text("hello, not a database\n" * 10)
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    code, out, err = run(capsys, "--db", str(bad), "library")
    assert code == EXIT_STORE
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "not a Backline database" in err
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before


def test_import_dry_run_then_import_then_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Dry run writes nothing; import adds; importing the same file again adds nothing."""
    db = str(tmp_path / "i.db")
    csv = str(FIXTURES / "strong_comma.csv")
    code, out, err = run(capsys, "--db", db, "import", csv)
    assert code == EXIT_FAILURE and "--unit" in err  # no unit in this dialect
    code, out, _ = run(capsys, "--db", db, "import", csv, "--unit", "kg", "--dry-run")
    assert (
        code == EXIT_OK and "Detected Strong (strong-comma)" in out and "nothing was written" in out
    )
    code, out, _ = run(
        capsys, "--db", db, "export", "--format", "json", "--output", str(tmp_path / "empty.json")
    )
    assert json.loads((tmp_path / "empty.json").read_text())["workouts"] == []
    code, out, _ = run(
        capsys, "--db", db, "import", csv, "--unit", "kg", "--map", "Squat (Barbell)=step-up"
    )
    assert code == EXIT_OK and "Imported 83 workouts (2440 sets)" in out
    code, out, _ = run(capsys, "--db", db, "import", csv, "--unit", "kg")
    assert code == EXIT_OK and "Imported 0 workouts" in out and "83 were already here" in out


def test_import_bad_row_imports_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A broken file reports its line and leaves the database empty."""
    db = str(tmp_path / "b.db")
    broken = tmp_path / "broken.csv"
    lines = (FIXTURES / "strong_comma.csv").read_text().splitlines()[:6]
    lines[4] = lines[4].replace("95.0", "9x5")
    broken.write_text("\n".join(lines) + "\n")
    code, _, err = run(capsys, "--db", db, "import", str(broken), "--unit", "kg")
    assert code == EXIT_FAILURE
    assert "line 5" in err and "nothing was imported" in err
    run(capsys, "--db", db, "export", "--format", "json", "--output", str(tmp_path / "o.json"))
    assert json.loads((tmp_path / "o.json").read_text())["workouts"] == []


def test_export_csv_backup_restore_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Export to Strong CSV, back up, restore the backup (old file kept aside), check."""
    db = tmp_path / "e.db"
    run(capsys, "--db", str(db), "import", str(FIXTURES / "strong_semicolon_units.csv"))
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "export",
        "--format",
        "strong",
        "--output",
        str(tmp_path / "out.csv"),
    )
    assert code == EXIT_OK
    header = (tmp_path / "out.csv").read_text().splitlines()[0]
    assert header.startswith("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps")
    code, out, _ = run(capsys, "--db", str(db), "backup", "--output", str(tmp_path / "b.db"))
    assert code == EXIT_OK and (tmp_path / "b.db").exists()
    code, out, _ = run(capsys, "--db", str(db), "restore", str(tmp_path / "b.db"))
    assert code == EXIT_OK and "kept as" in out
    assert any(p.name.startswith("e.db.before-restore-") for p in tmp_path.iterdir())
    code, out, _ = run(capsys, "--db", str(db), "check")
    assert code == EXIT_OK and out.strip().endswith("ok")


def test_restore_refuses_garbage(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Restoring from a file that is not a backup fails with one line and changes nothing."""
    db = tmp_path / "r.db"
    run(capsys, "--db", str(db), "library", "--json")
    junk = tmp_path / "junk.db"
    shutil.copy(FIXTURES / "strong_comma.csv", junk)
    code, _, err = run(capsys, "--db", str(db), "restore", str(junk))
    assert code == EXIT_FAILURE and "not a usable backup" in err
    assert run(capsys, "--db", str(db), "check")[0] == EXIT_OK


def test_routines_json_and_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`routines --json` lists the five ready-made routines with ordered items; text is readable."""
    db = str(tmp_path / "r.db")
    code, out, _ = run(capsys, "--db", db, "routines", "--json")
    assert code == EXIT_OK
    data = json.loads(out)
    assert {r["source"] for r in data if r["builtin"]} == {
        "000_83f165f7394f71b5.txt",
        "001_d70040e190bb9df4.txt",
        "002_a86f65ea4a73a782.txt",
        "003_adb7ec22263db588.txt",
        "004_dfcb09c5a188d281.txt",
    }
    item_keys = {
        "exercise",
        "sets",
        "reps_min",
        "reps_max",
        "hold_seconds",
        "duration_minutes",
        "per_side",
        "rest_seconds",
        "rest_after_seconds",
        "weight_kg",
        "circuit",
        "rounds",
    }
    for routine in data:
        assert {
            "name",
            "source",
            "builtin",
            "sessions_per_week_min",
            "sessions_per_week_max",
            "items",
        } <= set(routine)
        for item in routine["items"]:
            assert item_keys <= set(item)
    cellulite = next(r for r in data if r["source"] == "000_83f165f7394f71b5.txt")
    assert [i["exercise"] for i in cellulite["items"]][:3] == [
        "reverse-lunge-step-up",
        "squat-jump",
        "glute-bridge",
    ]
    code, out, _ = run(capsys, "--db", db, "routines")
    assert code == EXIT_OK and cellulite["name"] in out


def test_commands_open_the_saved_shared_store_like_the_window(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With "use the shared database" saved and neither --db nor BACKLINE_DB given, a command
    opens the shared store the window opens (here unreachable: one line naming it, exit 3),
    never the local file behind the person's back; --db still wins."""
    from core.store import location

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(location, "local_store", lambda: pytest.fail("the local file was used"))
    location.save_store(f"postgresql+psycopg://ann@/backline?host={tmp_path / 'no-server'}")
    code, out, err = run(capsys, "library")
    assert code == EXIT_STORE and out == ""
    assert "PostgreSQL" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "--db", str(tmp_path / "a.db"), "library", "--json")
    assert code == EXIT_OK and json.loads(out)


def test_restore_of_the_other_stores_backup_says_which_command_reads_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_url
) -> None:
    """A JSON snapshot (a shared database's backup) given to a SQLite file's restore, and a
    SQLite backup given to the shared database's, are refused in one line naming the command
    that does read it, and nothing is changed."""
    live = tmp_path / "live.db"
    assert run(capsys, "--db", str(live), "library", "--json")[0] == EXIT_OK
    snapshot = tmp_path / "snap.json"
    assert (
        run(capsys, "--db", str(live), "export", "--format", "json", "--output", str(snapshot))[0]
        == EXIT_OK
    )
    sqlite_backup = tmp_path / "b.db"
    assert run(capsys, "--db", str(live), "backup", "--output", str(sqlite_backup))[0] == EXIT_OK
    before = hashlib.sha256(live.read_bytes()).hexdigest()
    code, _out, err = run(capsys, "--db", str(live), "restore", str(snapshot))
    assert code == EXIT_FAILURE and f"backline import {snapshot} --format json" in err
    assert hashlib.sha256(live.read_bytes()).hexdigest() == before
    code, _out, err = run(capsys, "--db", pg_url(), "restore", str(sqlite_backup))
    assert code == EXIT_FAILURE and "export --format json" in err
    assert len(err.strip().splitlines()) == 1
