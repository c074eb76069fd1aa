"""One writer per database file: an advisory `flock` on a lock file beside the real database.

The window and every writing CLI command (import, restore) hold this lock while they may write.
The lock file is `<real database path>.lock`, the database path resolved through symlinks, so a
link to the database and the database itself share one lock. `flock` locks belong to the open
file and die with the process, so a killed app never leaves a lock that blocks the next start.

The holder writes its pid into the file, so a refused writer can say who holds it. The holder
deletes the file when it lets go, while still holding the lock; a process that opened the old file
meanwhile notices (the path no longer names the file it locked) and tries again.

No Qt and no SQLAlchemy here: the window takes the lock before it paints.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from core.i18n import translate
from core.paths import lock_path_for

# Locks this process holds, by lock-file path: a restore from the window uses the window's lock.
_HELD: dict[str, DatabaseLock] = {}


class LockError(Exception):
    """The lock cannot be taken. str(error) is one line naming the database."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"{path}: {detail}")


class DatabaseInUseError(LockError):
    """Another process (a Backline window, an import, a restore) writes to this database."""

    def __init__(self, path: Path, pid: int | None) -> None:
        self.pid = pid
        if pid is not None:
            detail = translate(
                "core.store.lock", "Backline is open with this database (pid {pid}); close it first"
            ).format(pid=pid)
        else:
            detail = translate(
                "core.store.lock", "Backline is open with this database; close it first"
            )
        super().__init__(path, detail)


def real_path(db_path: Path | str) -> Path:
    """The database file a path names, through symlinks (its folder need not exist yet)."""
    return Path(os.path.realpath(Path(db_path).expanduser().absolute()))


def lock_file_for(db_path: Path | str) -> Path:
    return lock_path_for(Path(db_path))


def _read_pid(fd: int) -> int | None:
    try:
        data = os.pread(fd, 64, 0)
        return int(data.split(b"\n", 1)[0].strip())
    except (OSError, ValueError):
        return None


def _open_lock_file(lock_path: Path, database: Path) -> int | None:
    """An fd on the lock file, or None when the folder takes no files (read-only): then nothing
    can write the database either, and opening it reports that."""
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
    try:
        fd = os.open(lock_path, flags, 0o644)
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            try:
                fd = os.open(lock_path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
            except OSError:
                return None
        elif exc.errno == errno.ENOENT:
            return None  # no such folder: nothing to lock, and nothing there to write
        else:
            raise LockError(
                database,
                translate(
                    "core.store.lock", "the lock file {name} cannot be used ({reason})"
                ).format(name=lock_path.name, reason=exc.strerror),
            ) from exc
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise LockError(
            database,
            translate("core.store.lock", "the lock file {name} is not a regular file").format(
                name=lock_path.name
            ),
        )
    return fd


class DatabaseLock:
    """An exclusive lock on one database file; `release()` (or the process ending) frees it.

    Two locks make one: the lock file beside the real path (it exists before the database
    does, and survives a restore swapping the file), and a `flock` on the database file
    itself (`pin`), so a hard link, which has a path of its own, still meets the holder.
    SQLite locks with fcntl, which flock never conflicts with on Linux.
    """

    def __init__(self, database: Path, lock_path: Path, fd: int | None) -> None:
        self.database = database
        self.lock_path = lock_path
        self._fd = fd
        self._file_fd: int | None = None  # the flock on the database file (its inode)

    def pin(self) -> None:
        """Lock the database file's inode too (again after a restore put a new file in place);
        DatabaseInUseError when another name for the same file is held. Nothing to do while
        the file does not exist yet."""
        # Compared by stat, never by opening the file again: closing any descriptor of a file
        # drops every POSIX lock this process holds on it, SQLite's too, and a reader in
        # another process would then take itself for the last one and delete the live -wal.
        if self._file_fd is not None:
            try:
                same = _inode(os.stat(self.database)) == _inode(os.fstat(self._file_fd))
            except OSError:
                return
            if same:
                return  # already the file in place
            os.close(self._file_fd)  # the file a restore replaced: its own inode
            self._file_fd = None
        try:
            fd = os.open(self.database, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
        except OSError:
            return
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return  # opening the database reports what it is
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise DatabaseInUseError(self.database, None) from None
        self._file_fd = fd

    @property
    def held(self) -> bool:
        return _HELD.get(str(self.lock_path)) is self

    def covers(self, db_path: Path | str) -> bool:
        """True while this lock is held and guards `db_path` (compared through symlinks)."""
        return self.held and lock_file_for(db_path) == self.lock_path

    def release(self) -> None:
        if not self.held:
            return
        del _HELD[str(self.lock_path)]
        if self._file_fd is not None:
            os.close(self._file_fd)
            self._file_fd = None
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            # Delete while still holding it: a waiter that opened this file sees it is gone.
            if _same_file(fd, self.lock_path):
                self.lock_path.unlink()
        except OSError:
            pass
        finally:
            os.close(fd)


def _inode(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def _same_file(fd: int, path: Path) -> bool:
    try:
        here = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    mine = os.fstat(fd)
    return (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino)


def holder_pid(db_path: Path | str) -> int | None:
    """The pid recorded by whoever holds the database's lock, if it is held."""
    lock_path = lock_file_for(db_path)
    try:
        fd = os.open(lock_path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_pid(fd) or 0
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def is_locked(db_path: Path | str) -> bool:
    """True while some process (this one included) holds the database's lock."""
    if str(lock_file_for(db_path)) in _HELD:
        return True
    return holder_pid(db_path) is not None


def acquire(db_path: Path | str) -> DatabaseLock:
    """Take the database's lock now, or raise DatabaseInUseError naming the holder's pid."""
    database = real_path(db_path)
    lock_path = lock_file_for(database)
    held = _HELD.get(str(lock_path))
    if held is not None:
        raise DatabaseInUseError(database, os.getpid())
    while True:
        fd = _open_lock_file(lock_path, database)
        if fd is None:
            lock = DatabaseLock(database, lock_path, None)
            _HELD[str(lock_path)] = lock
            return lock
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read_pid(fd)
            os.close(fd)
            raise DatabaseInUseError(database, pid) from None
        except OSError as exc:
            os.close(fd)
            raise LockError(
                database,
                translate("core.store.lock", "the lock cannot be taken ({reason})").format(
                    reason=exc.strerror
                ),
            ) from exc
        if not _same_file(fd, lock_path):
            os.close(fd)  # the holder deleted it as we opened it: take the new one
            continue
        with contextlib.suppress(OSError):  # a read-only lock file still locks
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        lock = DatabaseLock(database, lock_path, fd)
        _HELD[str(lock_path)] = lock
        try:
            lock.pin()
        except DatabaseInUseError:
            lock.release()  # held under another name (a hard link)
            raise
        return lock


def held_lock(db_path: Path | str) -> DatabaseLock | None:
    """The lock this process holds on the database, if any."""
    return _HELD.get(str(lock_file_for(db_path)))


@contextlib.contextmanager
def locked(db_path: Path | str) -> Iterator[DatabaseLock]:
    """Hold the database's lock for a block, reusing this process's lock when it has it."""
    mine = held_lock(db_path)
    if mine is not None:
        yield mine
        return
    lock = acquire(db_path)
    try:
        yield lock
    finally:
        lock.release()
