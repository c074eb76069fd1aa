"""Restore killed at every step: the next start finds the old database or the new one, never
none, finishes or undoes the restore, and says which."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from core.store import backups
from core.store.db import open_database
from core.store.models import BodyMeasurement

ROOT = Path(__file__).resolve().parents[2]
OLD = [55.5, 70.0]  # 55.5 only in the old file's -wal, as a killed window leaves it
NEW = [70.0]

KILLER = """
import os, signal, sys
from pathlib import Path
from core.store import backups

step, backup, db = sys.argv[1:4]

def hook(name):
    if name == step:
        os.kill(os.getpid(), signal.SIGKILL)

backups._step_hook = hook
if step == "copying":
    def cut_short(src, dest, **_kw):
        # The kill lands in the middle of the copy: half a file, a temporary .part beside it.
        data = Path(src).read_bytes()
        Path(dest).write_bytes(data[: len(data) // 2])
        (Path(dest).parent / f".{Path(dest).name}.k1ll.part").write_bytes(data[:4096])
        os.kill(os.getpid(), signal.SIGKILL)
    backups.backup_file = cut_short
backups.restore_backup(Path(backup), Path(db))
print("restore finished", flush=True)
"""
WAL_WRITE = (
    "import sqlite3, os, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('PRAGMA wal_autocheckpoint=0')\n"
    'c.execute("INSERT INTO body_measurements(measured_on, weight_kg, note, created_at) '
    "VALUES ('2026-11-21', 55.5, '', '2026-11-21T12:00:00+00:00')\")\n"
    "os._exit(0)\n"
)
KILL_POINTS = ("copying", *backups.RESTORE_STEPS)


def weights(path: Path) -> list[float]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT weight_kg FROM body_measurements"))
    finally:
        conn.close()


def make_database_and_backup(folder: Path) -> tuple[Path, Path]:
    """A database whose newest row is still in its -wal, and an older backup of it."""
    path = folder / "club #1" / "backline?.db"
    db = open_database(path)
    with db.session_scope() as session:
        session.add(BodyMeasurement(measured_on=date(2026, 11, 1), weight_kg=70.0))
    backup = backups.make_backup(db)
    db.close()
    subprocess.run([sys.executable, "-c", WAL_WRITE, str(path)], check=True)
    assert Path(str(path) + "-wal").stat().st_size > 0
    return path, backup


@pytest.mark.parametrize("step", KILL_POINTS)
def test_a_kill_at_any_step_leaves_old_or_new_and_is_reported(tmp_path: Path, step: str) -> None:
    """SIGKILL inside restore at `step`; the file is there right after the kill; the next open
    finds either the old data (with its -wal rows) or the backup's, says what it did, and leaves
    no journal or staged copy behind."""
    path, backup = make_database_and_backup(tmp_path)
    run = subprocess.run(
        [sys.executable, "-c", KILLER, step, str(backup), str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert path.is_file()  # never no database, even before the next start
    reopened = open_database(path)
    try:
        with reopened.read_scope() as session:
            found = sorted(m.weight_kg for m in session.query(BodyMeasurement))
        notes = " ".join(reopened.notes)
    finally:
        reopened.close()
    leftovers = [
        p.name
        for p in path.parent.iterdir()
        if p.name.endswith((".restoring", ".part", ".restore-journal"))
    ]
    assert leftovers == []
    if step in ("copying", "journal", "staged", "linked", "sides-moved"):
        assert found == OLD
        assert "undone" in notes
        assert not [p for p in path.parent.iterdir() if ".before-restore-" in p.name]
    else:
        assert found == NEW
        assert ("finished" in notes) == (step == "replaced")
        kept = [
            p
            for p in path.parent.iterdir()
            if ".before-restore-" in p.name and not p.name.endswith(("-wal", "-shm"))
        ]
        assert len(kept) == 1 and weights(kept[0]) == OLD
    # A restore after the recovery works and gives the backup.
    backups.restore_backup(backup, path)
    assert weights(path) == NEW


def test_the_next_cli_start_says_what_happened(tmp_path: Path) -> None:
    """Killed after the swap: the next `backline` command prints one line about the restore."""
    path, backup = make_database_and_backup(tmp_path)
    subprocess.run(
        [sys.executable, "-c", KILLER, "replaced", str(backup), str(path)],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    run = subprocess.run(
        [sys.executable, "main.py", "--db", str(path), "routines", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "restore of backline-" in run.stderr and "finished" in run.stderr
    assert run.stderr.count("\n") == 1
