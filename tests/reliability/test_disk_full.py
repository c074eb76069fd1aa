"""Disk full, for real: a 2 MB tmpfs. Import into a database on it, back up and export JSON
onto it: each gives one line ("disk full") and a non-zero exit, leaves no temporary file, and
the database is intact with the same sets."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SMALL = "2m"


def _mount(folder: Path, options: str) -> str | None:
    """Mount a tmpfs on `folder`; None, or why it could not be mounted."""
    if shutil.which("mount") is None:
        return "no mount command"
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    return None if done.returncode == 0 else (done.stderr.strip() or "mount refused")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs (needs root or CAP_SYS_ADMIN; skipped, with the reason, otherwise)."""
    folder = tmp_path / "small"
    folder.mkdir()
    problem = _mount(folder, f"size={SMALL}")
    if problem is not None:
        pytest.skip(f"cannot mount a tmpfs here: {problem}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *argv], cwd=ROOT, capture_output=True, text=True, check=False
    )


def big_export(folder: Path, sets: int) -> Path:
    """bench/import.py's synthetic Strong export (kg), `sets` sets."""
    spec = importlib.util.spec_from_file_location("bench_import", ROOT / "bench" / "import.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = folder / "big.csv"
    bench.write_export(path, sets)
    return path


def state(db: Path) -> tuple[int, str]:
    conn = sqlite3.connect(db)
    try:
        count = conn.execute("SELECT count(*) FROM logged_sets").fetchone()[0]
        return count, conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def assert_one_line_disk_full(done: subprocess.CompletedProcess[str], path: Path) -> None:
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "disk full" in lines[0] and str(path) in lines[0]


def stray_files(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.mark.slow
def test_import_into_a_full_disk(small_disk: Path, tmp_path: Path) -> None:
    """A 40,000-set import into a database on a 2 MB disk: one line, exit != 0, nothing
    imported, the database sound, no file left beside it but SQLite's own."""
    db = small_disk / "log.db"
    assert cli("--db", str(db), "routines", "--json").returncode == 0  # created and seeded
    before = state(db)
    export = big_export(tmp_path, 40_000)
    done = cli("--db", str(db), "import", str(export), "--unit", "kg")
    assert_one_line_disk_full(done, db)
    assert "nothing was imported" in done.stderr
    assert state(db) == before
    assert stray_files(small_disk, {"log.db", "log.db-wal", "log.db-shm", "log.db.lock"}) == []


@pytest.fixture
def big_db(tmp_path: Path) -> Path:
    """A database (on the normal disk) larger than the small one: 40,000 sets."""
    db = tmp_path / "big.db"
    done = cli("--db", str(db), "import", str(big_export(tmp_path, 40_000)), "--unit", "kg")
    assert done.returncode == 0, done.stderr
    assert db.stat().st_size > 2 * 1024 * 1024
    return db


@pytest.mark.slow
@pytest.mark.parametrize(
    "command", [["backup"], ["export", "--format", "json"], ["export", "--format", "strong"]]
)
def test_backup_and_export_onto_a_full_disk(
    small_disk: Path, big_db: Path, command: list[str]
) -> None:
    """Backup, JSON and CSV export of a 40,000-set database onto a 2 MB disk: one line naming
    the file and "disk full", exit != 0, no temporary file left, the database unchanged."""
    before = state(big_db)
    target = small_disk / "out"
    done = cli("--db", str(big_db), *command, "--output", str(target))
    assert_one_line_disk_full(done, target)
    assert stray_files(small_disk, set()) == []
    assert state(big_db) == before and before[0] == 40_000


@pytest.mark.slow
def test_restore_onto_a_full_disk(small_disk: Path, big_db: Path) -> None:
    """Restoring a 40,000-set backup over a database on a 2 MB disk: one line with "disk
    full", exit != 0, the database there as it was, no staged copy left."""
    db = small_disk / "log.db"
    assert cli("--db", str(db), "routines", "--json").returncode == 0
    before = state(db)
    done = cli("--db", str(db), "restore", str(big_db))
    assert_one_line_disk_full(done, Path(str(db) + ".restoring"))
    assert state(db) == before
    assert stray_files(small_disk, {"log.db", "log.db-wal", "log.db-shm", "log.db.lock"}) == []


def test_read_only_file_system(tmp_path: Path) -> None:
    """An export onto a read-only mount: one line, "read-only file system", exit != 0."""
    folder = tmp_path / "ro"
    folder.mkdir()
    problem = _mount(folder, "ro,size=1m")
    if problem is not None:
        pytest.skip(f"cannot mount a tmpfs here: {problem}")
    try:
        db = tmp_path / "x.db"
        target = folder / "out.json"
        done = cli("--db", str(db), "export", "--format", "json", "--output", str(target))
        assert done.returncode != 0 and "Traceback" not in done.stderr
        assert done.stderr.strip().splitlines() == [
            f"backline: {target}: read-only file system; nothing was exported"
        ]
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
