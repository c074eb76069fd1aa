"""Hostile database paths: a link to /dev/null, a FIFO, a folder, a dangling link, a file no
one may read, garbage, another program's SQLite file, a read-only file system. Every
`backline --db X check|library|restore` answers with one line naming the file and a non-zero
exit (check on a sound read-only database says ok), never a traceback or a hang, and leaves
the file as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core.store.db import open_database

ROOT = Path(__file__).resolve().parents[2]
# Root reads any file; without these capabilities it obeys the permission bits.
NO_DAC = [
    "setpriv",
    "--bounding-set=-dac_override,-dac_read_search",
    "--inh-caps=-dac_override,-dac_read_search",
]


def state(path: Path) -> tuple[object, ...]:
    """What the path is and holds, without opening a FIFO or a device."""
    info = os.lstat(path)
    if path.is_symlink():
        return ("link", os.readlink(path))
    if path.is_dir():
        return ("dir", tuple(sorted(os.listdir(path))))
    if not path.is_file():
        return ("special", info.st_mode, info.st_ino)
    if info.st_mode & 0o400:
        return ("file", hashlib.sha256(path.read_bytes()).hexdigest(), info.st_mode)
    os.chmod(path, 0o600)
    try:
        return ("file", hashlib.sha256(path.read_bytes()).hexdigest(), info.st_mode)
    finally:
        os.chmod(path, info.st_mode)


def backline(*args: str, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(prefix or []), sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,  # a guard against a hang only (a FIFO once hung the open), never a measure
        env={**os.environ, "BACKLINE_DB": ""},
    )


def _dev_null(folder: Path) -> Path:
    path = folder / "null.db"
    path.symlink_to("/dev/null")
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "fifo.db"
    os.mkfifo(path)
    return path


def _folder(folder: Path) -> Path:
    path = folder / "folder.db"
    path.mkdir()
    return path


def _dangling(folder: Path) -> Path:
    path = folder / "dangling.db"
    path.symlink_to(folder / "gone.db")
    return path


def _garbage(folder: Path) -> Path:
    path = folder / "garbage.db"
    path.write_bytes(b"\x00\x01 not a database \xff" * 100)
    return path


def _foreign(folder: Path) -> Path:
    path = folder / "foreign.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    conn.execute("CREATE VIEW v AS SELECT 1")
    conn.commit()
    conn.close()
    return path


HOSTILE: dict[str, Callable[[Path], Path]] = {
    "link to /dev/null": _dev_null,
    "FIFO": _fifo,
    "folder": _folder,
    "dangling link": _dangling,
    "garbage": _garbage,
    "another program's SQLite": _foreign,
}
COMMANDS = (["check"], ["library"], ["restore", "BACKUP"])
REPLACEABLE = ("garbage", "another program's SQLite")


@pytest.fixture
def good_backup(tmp_path: Path) -> Path:
    made = tmp_path / "backup" / "good.db"
    open_database(made).close()
    return made


def assert_one_line(run: subprocess.CompletedProcess[str], name: str) -> None:
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    assert run.stderr.count("\n") == 1 and run.stdout == "", run.stderr
    assert name in run.stderr


@pytest.mark.parametrize("kind", list(HOSTILE))
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_hostile_database_paths_get_one_line(
    tmp_path: Path, good_backup: Path, kind: str, command: list[str]
) -> None:
    """Each hostile file, each command: one line naming it, exit != 0, the file untouched and
    nothing created beside it."""
    folder = tmp_path / "here"
    folder.mkdir()
    path = HOSTILE[kind](folder)
    before, listing = state(path), sorted(os.listdir(folder))
    args = [a if a != "BACKUP" else str(good_backup) for a in command]
    run = backline("--db", str(path), *args)
    if command[0] == "restore" and kind in REPLACEABLE:
        # Putting a backup in place of a file that is not a database is what restore is for;
        # the file is kept, byte for byte, under a new name.
        assert run.returncode == 0, run.stderr
        kept = [p for p in folder.iterdir() if ".before-restore-" in p.name]
        assert len(kept) == 1 and state(kept[0])[1] == before[1]
        return
    assert_one_line(run, path.name)
    assert state(path) == before
    assert sorted(os.listdir(folder)) == listing


@pytest.mark.parametrize("kind", ["link to /dev/null", "FIFO", "folder", "garbage"])
def test_hostile_backup_files_are_refused(tmp_path: Path, kind: str) -> None:
    """`restore` from a hostile file: one line, the database unchanged."""
    db = tmp_path / "mine.db"
    open_database(db).close()
    before = state(db)
    source = HOSTILE[kind](tmp_path)
    run = backline("--db", str(db), "restore", str(source))
    assert_one_line(run, source.name)
    assert state(db) == before


def _can_drop_dac() -> bool:
    if shutil.which("setpriv") is None:
        return False
    probe = subprocess.run([*NO_DAC, "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_drop_dac(), reason="setpriv cannot drop CAP_DAC_OVERRIDE here")
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_file_no_one_may_read(tmp_path: Path, good_backup: Path, command: list[str]) -> None:
    """A sound database with mode 000, opened by a process without root's override: one line
    that says it cannot be read (not 'damaged'), the file unchanged."""
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "secret.db"
    open_database(path).close()
    os.chmod(path, 0)
    before = state(path)
    args = [a if a != "BACKUP" else str(good_backup) for a in command]
    run = backline("--db", str(path), *args, prefix=NO_DAC)
    assert_one_line(run, path.name)
    assert "damaged" not in run.stderr
    assert state(path) == before


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs remounted read-only holding a sound database (chmod does not stop root)."""
    mount = tmp_path / "ro"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        db = open_database(mount / "backline.db")
        db.close()
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_read_only_is_told_apart_from_damaged(read_only_folder: Path, good_backup: Path) -> None:
    """On a read-only file system: check says ok; library and restore say read-only, never
    damaged; nothing changes."""
    path = read_only_folder / "backline.db"
    before = state(path)
    run = backline("--db", str(path), "check")
    assert run.returncode == 0 and run.stdout.strip().endswith(": ok"), run.stderr
    for args in (["library"], ["restore", str(good_backup)]):
        run = backline("--db", str(path), *args)
        assert_one_line(run, path.name)
        assert "read-only" in run.stderr and "damaged" not in run.stderr
    assert state(path) == before
    assert sorted(os.listdir(read_only_folder)) == ["backline.db"]
