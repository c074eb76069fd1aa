"""Every file the app writes for a person (exports, backups) goes through here.

- The target is never the open database or its `-wal`/`-shm`: paths are compared resolved
  (through symlinks) and, for files that exist, by device and inode (hard links), so a typo
  in `--output` cannot replace the database.
- An existing file is refused unless the caller says `force=True` (`--force`; the window's
  save dialog has already asked); a folder or another non-regular file (a FIFO, /dev/null) is
  always refused.
- The content goes to a temporary file in the target's folder, which is fsynced, renamed over
  the target, and the folder fsynced: the target is either the old file or the whole new one.
  On any failure the temporary file is removed (nothing `.part` is left behind).
- Every failure is an `OutputError` whose str() is one line naming the path and the reason
  (`disk full`, `permission denied`, `no such folder`, ...).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TextIO

from core.i18n import QT_TRANSLATE_NOOP, translate

# Files SQLite keeps beside a database; all of them belong to it.
SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal")
# What an output must never be: the database, its side files, and the writer lock's file
# (core.store.lock): writing over the lock file would let a second writer in beside the window.
PROTECTED_SUFFIXES = (*SIDE_SUFFIXES, ".lock")

# Marked for the catalogue here, translated by reason_of() when the error is made.
_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("core.store.outputs", "disk full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("core.store.outputs", "disk quota exceeded"),
    errno.EACCES: QT_TRANSLATE_NOOP("core.store.outputs", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("core.store.outputs", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("core.store.outputs", "read-only file system"),
    errno.ENOENT: QT_TRANSLATE_NOOP("core.store.outputs", "no such folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("core.store.outputs", "a part of the path is not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("core.store.outputs", "this is a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("core.store.outputs", "the name is too long"),
    errno.EIO: QT_TRANSLATE_NOOP("core.store.outputs", "input/output error"),
}


class OutputError(Exception):
    """A file that could not be written. str(error) is one line for a person; `reason` is in
    the language in use (translated where it is raised)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def reason_of(exc: BaseException) -> str:
    """A few words for why a write failed (OSError errno, or SQLite's message), in the
    language in use where Backline has words for it (else the system's or SQLite's own)."""
    if isinstance(exc, OSError) and exc.errno in _REASONS:
        return translate("core.store.outputs", _REASONS[exc.errno])
    if isinstance(exc, OSError):
        return (exc.strerror or str(exc)).lower()
    text = str(exc)
    if isinstance(exc, sqlite3.Error):
        lowered = text.lower()
        if "full" in lowered:
            return translate("core.store.outputs", "disk full")
        if "readonly" in lowered or "read-only" in lowered:
            return translate("core.store.outputs", "read-only file system")
        if "unable to open" in lowered:
            return translate("core.store.outputs", "the file cannot be created there")
        if "disk i/o" in lowered:
            return translate("core.store.outputs", "input/output error")
    return text.splitlines()[0] if text else type(exc).__name__


def _same_file(a: Path, b: Path) -> bool:
    try:
        sa, sb = a.stat(), b.stat()
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def _resolve(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        raise OutputError(
            path,
            translate("core.store.outputs", "the path cannot be followed ({reason})").format(
                reason=exc
            ),
        ) from None


def _protects(target: Path, database: Path) -> bool:
    """True when writing `target` would touch `database` or one of its side files."""
    resolved_target = _resolve(target)
    resolved_db = _resolve(database)
    for suffix in PROTECTED_SUFFIXES:
        for side in {Path(str(database) + suffix), Path(str(resolved_db) + suffix)}:
            if resolved_target == _resolve(side) or _same_file(target, side):
                return True
    return False


def session_databases(session: Any) -> list[Path]:
    """The files of the databases a SQLAlchemy session reads (from SQLite itself, so it holds
    whatever the URL looked like); an in-memory database has none."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return []  # a server's database is no file a person could name
    rows = connection.exec_driver_sql("PRAGMA database_list").all()
    return [Path(row[2]) for row in rows if row[2]]


def check_target(path: Path, *, protected: Iterable[Path] = (), force: bool = False) -> Path:
    """The file to write for `path` (symlinks resolved), or OutputError saying why not.

    `protected`: databases (with their -wal/-shm) the target must not be.
    """
    path = Path(path)
    for database in protected:
        if _protects(path, Path(database)):
            raise OutputError(
                path,
                translate(
                    "core.store.outputs",
                    "this is the open database (or its -wal/-shm or lock file); choose another "
                    "file",
                ),
            )
    resolved = _resolve(path)
    try:
        info = resolved.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(path, reason_of(exc)) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(
                path, translate("core.store.outputs", "this is a folder; give a file name")
            )
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(path, translate("core.store.outputs", "this is not a regular file"))
        if not force:
            raise OutputError(
                path,
                translate(
                    "core.store.outputs", "the file already exists (use --force to replace it)"
                ),
            )
    parent = resolved.parent
    if not parent.is_dir():
        raise OutputError(
            path,
            translate("core.store.outputs", "no such folder")
            if not parent.exists()
            else translate("core.store.outputs", "not in a folder"),
        )
    return resolved


def _umask() -> int:
    """The process umask, read without changing it (os.umask would, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some file systems do not open folders; the rename is done regardless
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    for suffix in SIDE_SUFFIXES:
        with suppress(OSError):
            os.unlink(str(path) + suffix)


@contextmanager
def staged_output(
    path: Path, *, protected: Iterable[Path] = (), force: bool = False
) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces `path`.

    The body writes the temporary file completely (and closes it). Then the file is fsynced,
    renamed over the target and the folder fsynced. Any exception removes the temporary file
    (and any SQLite journal beside it); an OSError or sqlite3.Error becomes OutputError.
    """
    path = Path(path)
    target = check_target(path, protected=protected, force=force)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        # The folder exists (checked above): ENOENT here is a place that holds no files (/proc).
        reason = (
            translate("core.store.outputs", "no file can be created there")
            if exc.errno == errno.ENOENT
            else reason_of(exc)
        )
        raise OutputError(path, reason) from None
    os.close(fd)
    tmp = Path(name)
    try:
        # mkstemp makes the file private; give it the mode a new (or the replaced) file has.
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        # Checked again just before the rename: the target may have appeared meanwhile.
        check_target(path, protected=protected, force=force)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        _remove(tmp)
        raise OutputError(path, reason_of(exc)) from None
    except BaseException:
        _remove(tmp)
        raise
    _fsync_folder(target.parent)


def write_text_file(
    path: Path,
    write: Callable[[TextIO], object],
    *,
    protected: Iterable[Path] = (),
    force: bool = False,
    newline: str | None = None,
) -> Path:
    """Write a UTF-8 text file through `write(fh)` (see staged_output); returns the path."""
    with (
        staged_output(path, protected=protected, force=force) as tmp,
        open(tmp, "w", encoding="utf-8", newline=newline) as fh,
    ):
        write(fh)
    return Path(path)
