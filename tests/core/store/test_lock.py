"""The writer lock: one per database file (through symlinks), refused with the holder's pid,
gone with the process that held it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from core.store import lock

ROOT = Path(__file__).resolve().parents[3]
HOLD = (
    "import sys\n"
    "from core.store import lock\n"
    "held = lock.acquire(sys.argv[1])\n"
    "print('held', flush=True)\n"
    "sys.stdin.read()\n"
)


@contextmanager
def held_elsewhere(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the lock on `path` until the block ends."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        if proc.poll() is None:
            assert proc.stdin is not None
            proc.stdin.close()
        proc.wait(timeout=60)


def test_second_writer_is_refused_with_the_holders_pid(tmp_path: Path) -> None:
    """While another process holds the lock, acquire() raises DatabaseInUseError naming it."""
    path = tmp_path / "a.db"
    with held_elsewhere(path) as proc:
        with pytest.raises(lock.DatabaseInUseError) as info:
            lock.acquire(path)
        assert info.value.pid == proc.pid
        assert f"Backline is open with this database (pid {proc.pid})" in str(info.value)
        assert lock.is_locked(path)
    mine = lock.acquire(path)
    mine.release()


def test_a_symlink_shares_the_lock_of_its_file(tmp_path: Path) -> None:
    """The lock is taken on the resolved path: a link to the database is the same database."""
    real = tmp_path / "real.db"
    real.touch()
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "link.db"
    link.symlink_to(real)
    with held_elsewhere(link), pytest.raises(lock.DatabaseInUseError):
        lock.acquire(real)
    assert lock.lock_file_for(link) == lock.lock_file_for(real)


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    """SIGKILL the holder: its lock file may stay, but the lock is free at once."""
    path = tmp_path / "k.db"
    with held_elsewhere(path) as proc:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        assert lock.lock_file_for(path).exists()
        assert not lock.is_locked(path)
        taken = lock.acquire(path)
        taken.release()
    assert not lock.lock_file_for(path).exists()


def test_one_process_cannot_take_its_own_lock_twice(tmp_path: Path) -> None:
    """Two windows in one process are two writers: the second is refused; `locked()` reuses
    the held lock (a restore started from the window)."""
    path = tmp_path / "s.db"
    first = lock.acquire(path)
    try:
        with pytest.raises(lock.DatabaseInUseError):
            lock.acquire(path)
        with lock.locked(path) as again:
            assert again is first
        assert first.held
    finally:
        first.release()
    assert not lock.is_locked(path)


def test_a_lock_file_that_is_not_a_file_is_one_line(tmp_path: Path) -> None:
    """A folder where the lock file goes: LockError naming the database, no traceback."""
    path = tmp_path / "d.db"
    lock.lock_file_for(path).mkdir()
    with pytest.raises(lock.LockError, match="lock file d.db.lock"):
        lock.acquire(path)


def test_a_hard_link_meets_the_holder(tmp_path: Path) -> None:
    """A hard link names the same file by another path (its own lock file): the lock on the
    file itself still refuses it, and frees it on release."""
    live = tmp_path / "live.db"
    live.write_bytes(b"")
    other = tmp_path / "elsewhere"
    other.mkdir()
    link = other / "hard.db"
    os.link(live, link)
    held = lock.acquire(live)
    try:
        with pytest.raises(lock.DatabaseInUseError):
            lock.acquire(link)
    finally:
        held.release()
    again = lock.acquire(link)
    again.release()


def test_a_file_created_after_the_lock_is_pinned_and_a_restore_moves_the_pin(
    tmp_path: Path,
) -> None:
    """Locked before the database exists, pin() locks the file once it does; after a new file
    takes its place (as a restore does), pin() moves to the new file: a hard link to the new
    file is refused, one to the old file is free."""
    live = tmp_path / "live.db"
    held = lock.acquire(live)
    try:
        live.write_bytes(b"first")
        held.pin()
        old_link = tmp_path / "old-link.db"
        os.link(live, old_link)
        with pytest.raises(lock.DatabaseInUseError):
            lock.acquire(old_link)
        replacement = tmp_path / "replacement"
        replacement.write_bytes(b"second")
        os.replace(replacement, live)
        held.pin()
        new_link = tmp_path / "new-link.db"
        os.link(live, new_link)
        with pytest.raises(lock.DatabaseInUseError):
            lock.acquire(new_link)
        lock.acquire(old_link).release()  # the old file is no longer the database
    finally:
        held.release()
