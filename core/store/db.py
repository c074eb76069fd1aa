"""The store: open, check, migrate and back up the SQLite file that holds a user's log.

Everything here follows DESIGN.md rule 8:
- pragmas WAL, synchronous=FULL, foreign_keys=ON, busy_timeout=5000 on every connection;
- write sessions open with BEGIN IMMEDIATE (SQLAlchemy's documented pysqlite recipe: the driver's
  own transaction handling is switched off and we emit BEGIN ourselves), so a confirmed set is
  one short transaction that either lands whole or not at all;
- migrations run at open, in one transaction, after a backup of a non-empty database; Alembic is
  imported only when the file is not already at the current revision (it costs ~0.2 s);
- a file that cannot be opened is never modified: `move_aside` renames it with its -wal/-shm.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from core.paths import backup_dir_for
from core.store.migrations import HEAD_REVISION, KNOWN_REVISIONS

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# How long open_database waits for another process's write lock before calling it locked.
LOCK_PROBE_SECONDS = 1.0


class StoreError(Exception):
    """A database that cannot be used. str(error) is one sentence for a person."""

    reason = "unusable"

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"{path}: {detail}")


class NotADatabaseError(StoreError):
    reason = "not-a-database"


class CorruptDatabaseError(StoreError):
    reason = "corrupt"


class DatabaseTooNewError(StoreError):
    reason = "too-new"


class DatabaseLockedError(StoreError):
    reason = "locked"


class DatabaseReadOnlyError(StoreError):
    reason = "read-only"


def _utc_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


@dataclass
class Database:
    """An opened, migrated database. Sessions come from session_scope()/read_scope()."""

    path: Path
    engine: Engine
    _write: sessionmaker[Session] = field(repr=False)
    _read: sessionmaker[Session] = field(repr=False)
    migrated_from: str | None = None  # revision before the migration done at open, if any
    pre_migration_backup: Path | None = None

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One user action = one write transaction (BEGIN IMMEDIATE), committed on success."""
        session = self._write()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read_scope(self) -> Iterator[Session]:
        """A read-only session (deferred BEGIN: takes no write lock); never commits."""
        session = self._read()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def backup_to(self, dest: Path) -> Path:
        """A consistent copy through the SQLite backup API (safe while the app writes)."""
        return backup_file(self.path, dest)

    def close(self) -> None:
        self.engine.dispose()


def backup_file(src: Path, dest: Path) -> Path:
    """Copy a live database with the SQLite online backup API; never a file copy."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    # The rename makes a half-written backup impossible to mistake for a good one.
    os.replace(tmp, dest)
    return dest


def move_aside(path: Path) -> Path:
    """Rename a database we cannot use, with its -wal and -shm, so nothing of it is lost."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.unusable-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.unusable-{stamp}-{n}")
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    if path.exists():
        os.replace(path, target)
    return target


# --- opening -----------------------------------------------------------------------------


def _configure_engine(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy's "begin" event below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")


def _preflight(path: Path) -> tuple[bool, str | None]:
    """Check the file without changing it. Returns (has_tables, alembic revision or None).

    Raises the StoreError subclass that names what is wrong.
    """
    if not path.exists():
        parent = path.parent
        if parent.exists() and not os.access(parent, os.W_OK):
            raise DatabaseReadOnlyError(
                path, "the folder is not writable, so a database cannot be created there"
            )
        return False, None
    if path.is_dir():
        raise NotADatabaseError(path, "this is a folder, not a database file")
    size = path.stat().st_size
    if size == 0:
        # SQLite treats an empty file as a new database; nothing to lose.
        if not os.access(path, os.W_OK):
            raise DatabaseReadOnlyError(path, "the database file is read-only")
        return False, None
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise NotADatabaseError(path, f"the file cannot be read ({exc.strerror})") from exc
    if not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(path, "this file is not a Backline database (not SQLite)")
    if len(header) < 100:
        raise CorruptDatabaseError(path, "the database file is truncated")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnlyError(path, "the database file or its folder is read-only")

    conn = sqlite3.connect(path, timeout=LOCK_PROBE_SECONDS, isolation_level=None)
    try:
        try:
            check = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc):
                raise DatabaseLockedError(path, "another program is using the database") from exc
            raise CorruptDatabaseError(path, f"the database cannot be read ({exc})") from exc
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabaseError(path, f"the database is damaged ({exc})") from exc
        if check != [("ok",)]:
            raise CorruptDatabaseError(path, f"the database is damaged ({check[0][0]})")
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        # Probe for another process holding the write lock, without writing anything.
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseLockedError(
                    path, "another program is writing to the database"
                ) from exc
            if "readonly" in str(exc):
                raise DatabaseReadOnlyError(path, "the database file is read-only") from exc
            raise
    finally:
        conn.close()

    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNewError(
            path,
            f"the database was written by a newer version of Backline (schema {revision}); "
            "update the app to open it",
        )
    if revision is None and user_tables - {"alembic_version"}:
        raise NotADatabaseError(path, "this SQLite file is not a Backline database")
    return bool(user_tables), revision


def _make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    _configure_engine(engine)
    return engine


def open_database(path: Path | str, *, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    Raises a StoreError subclass, without touching the file, when it cannot be used.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    has_tables, revision = _preflight(path)
    engine = _make_engine(path)
    migrated_from: str | None = None
    pre_backup: Path | None = None
    if revision != HEAD_REVISION:
        if has_tables:
            folder = backup_dir or backup_dir_for(path)
            pre_backup = backup_file(path, folder / f"pre-migration-{revision}-{_utc_stamp()}.db")
        from core.store.migrations.runner import upgrade_to_head  # lazy: Alembic is slow to import

        try:
            upgrade_to_head(engine)
        except Exception:
            engine.dispose()
            raise
        migrated_from = revision or "empty"
    write = sessionmaker(bind=engine, expire_on_commit=False)
    read = sessionmaker(
        bind=engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False
    )
    return Database(
        path=path,
        engine=engine,
        _write=write,
        _read=read,
        migrated_from=migrated_from,
        pre_migration_backup=pre_backup,
    )
