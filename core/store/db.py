"""The store: open, check, migrate and back up the SQLite file that holds a user's log.

Over 500 lines: opening is one guarded sequence (file kind, -wal, identity, locks, migration)
whose checks share its errors; split, they would be read apart from the order they need.

Everything here follows DESIGN.md rule 8:
- pragmas WAL, synchronous=FULL, foreign_keys=ON, busy_timeout=5000 on every connection;
- write sessions open with BEGIN IMMEDIATE (SQLAlchemy's documented pysqlite recipe: the driver's
  own transaction handling is switched off and we emit BEGIN ourselves), so a confirmed set is
  one short transaction that either lands whole or not at all;
- migrations run at open, in one transaction, after a backup of a non-empty database; Alembic is
  imported only when the file is not already at the current revision (it costs ~0.2 s);
- a file that cannot be opened is never modified: `move_aside` renames it with its -wal/-shm;
- opening checks, read-only, that the file is a Backline database (its tables and columns, not
  only an `alembic_version`) before anything may write to it; a folder, a FIFO, a device or a
  link to one is refused before SQLite sees it (a FIFO would hang the open);
- a `-wal` SQLite would throw away (its header is not a valid WAL header) is copied aside first;
- paths reach SQLite as percent-encoded `file:` URIs and SQLAlchemy URLs built by URL.create, so
  `#`, `?`, `%`, spaces and any other legal name stay part of the file name.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from core.i18n import translate
from core.paths import backup_dir_for, sqlite_uri
from core.store.location import StoreLocation, looks_like_url, parse_store
from core.store.migrations import HEAD_REVISION, KNOWN_REVISIONS

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# How long open_database waits for another process's write lock before calling it locked.
LOCK_PROBE_SECONDS = 1.0


class StoreError(Exception):
    """A database that cannot be used. str(error) is one sentence for a person; `detail` is
    in the language in use (translated where it is raised)."""

    reason = "unusable"

    def __init__(self, path: Path | str, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"{path}: {detail}")


class NotADatabaseError(StoreError):
    reason = "not-a-database"


class NotAFileError(NotADatabaseError):
    """A folder, FIFO, device, socket or dangling link where the database file should be."""

    reason = "not-a-file"


class CorruptDatabaseError(StoreError):
    reason = "corrupt"


class DatabaseTooNewError(StoreError):
    reason = "too-new"


class DatabaseLockedError(StoreError):
    reason = "locked"


class DatabaseReadOnlyError(StoreError):
    reason = "read-only"


class DatabaseUnreadableError(StoreError):
    reason = "unreadable"


class DatabaseUnreachableError(StoreError):
    """A PostgreSQL server that cannot be reached or refuses the connection (nothing written)."""

    reason = "unreachable"


class NotAFileStoreError(StoreError):
    """A file operation (a SQLite backup, a restore by file) asked of a PostgreSQL store."""

    reason = "not-a-file-store"


def _utc_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


@dataclass
class Database:
    """An opened, migrated database (a SQLite file or a PostgreSQL database). Sessions come
    from session_scope()/read_scope(); `location` says where, `describe()` in words."""

    location: StoreLocation
    engine: Engine
    _write: sessionmaker[Session] = field(repr=False)
    _read: sessionmaker[Session] = field(repr=False)
    migrated_from: str | None = None  # revision before the migration done at open, if any
    pre_migration_backup: Path | None = None
    # Things a person should be told about this open (a finished or undone restore, a -wal
    # SQLite would have discarded and that was kept), one sentence each.
    notes: tuple[str, ...] = ()
    # The writer lock (core.store.lock) this Database releases on close, if it was given one.
    lock: Any = field(default=None, repr=False)
    # The SQLite file's (device, inode) while this Database has it open (see held_open_here).
    file_key: tuple[int, int] | None = field(default=None, repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.location.is_sqlite

    @property
    def path(self) -> Path:
        """The SQLite file. A PostgreSQL store has none: NotAFileStoreError says so."""
        if self.location.path is None:
            raise NotAFileStoreError(
                self.location.redacted(),
                translate("core.store.db", "this is a PostgreSQL database, not a file"),
            )
        return self.location.path

    def describe(self) -> str:
        """The store in words, never with a password: "SQLite file /x/backline.db"."""
        return self.location.describe()

    def exclusive(self, session: Session) -> None:
        """Make the rest of `session`'s transaction run on one client at a time (seeding,
        a bulk import's id range). SQLite's BEGIN IMMEDIATE already serializes writers;
        PostgreSQL takes a transaction-scoped advisory lock."""
        if not self.is_sqlite:
            from core.store.postgres import exclusive

            exclusive(session)

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One user action = one write transaction (BEGIN IMMEDIATE on SQLite), committed on
        success."""
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
        """A consistent copy: the SQLite backup API on a file (safe while the app writes), a
        Backline JSON export in one REPEATABLE READ transaction on PostgreSQL."""
        if self.is_sqlite:
            return backup_file(self.path, dest)
        from core.store.snapshot import write_snapshot

        return write_snapshot(self, dest)

    def close(self) -> None:
        if not self.is_sqlite:
            from core.store.claims import release_all

            release_all(self.engine)
        self.engine.dispose()
        _hold_open(self.file_key, -1)
        self.file_key = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def backup_file(
    src: Path,
    dest: Path,
    *,
    force: bool = False,
    create_folder: bool = True,
    src_is_backup: bool = False,
) -> Path:
    """Copy a live database with the SQLite online backup API; never a file copy.

    The copy is one self-contained file: its journal mode is set to DELETE before it is
    renamed into place, so opening it later (read-only, by this app or by hand) creates no
    -wal or -shm beside it; the app's own open switches a restored copy back to WAL.
    `src_is_backup`: `src` is a file nobody writes (a backup being restored), read with
    `immutable=1` when it has no -wal, so not even a -shm is created beside it.

    Written through core.store.outputs: never onto `src` or its -wal/-shm, never over an
    existing file unless `force`, into a temporary file renamed into place (removed on any
    failure). `create_folder`: make dest's folder if missing (the backups folder). Raises
    OutputError (one line: dest and the reason, e.g. "disk full").
    """
    from core.store.outputs import OutputError, reason_of, staged_output

    src, dest = Path(src), Path(dest)
    if not src.is_file():
        raise OutputError(src, translate("core.store.db", "no such database file"))
    if create_folder:
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(dest, reason_of(exc)) from None
    # A file: URI with the path percent-encoded, so '#', '?', '%' in a name stay in the name.
    frozen = src_is_backup and not Path(str(src) + "-wal").exists()
    uri = src.resolve().as_uri() + ("?mode=ro&immutable=1" if frozen else "?mode=ro")
    with staged_output(dest, protected=[src], force=force) as tmp:
        source = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            target = sqlite3.connect(tmp, isolation_level=None)
            try:
                source.backup(target)
                # The pages came with the source's WAL flag; a backup is a single file.
                mode = target.execute("PRAGMA journal_mode=DELETE").fetchone()
                if mode is None or str(mode[0]).lower() != "delete":
                    raise sqlite3.OperationalError(
                        translate("core.store.db", "the copy could not leave WAL mode")
                    )
            finally:
                target.close()
        finally:
            source.close()
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


# Tables every Backline schema has had since its first revision: what marks a file as ours
# when its revision is not the head (older, or newer than this app).
MARKER_TABLES = frozenset(
    {"exercises", "routines", "routine_items", "workouts", "logged_sets", "settings"}
)
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000


def _kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words (in the language in use); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return translate("core.store.db", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("core.store.db", "a FIFO (named pipe)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("core.store.db", "a device")
    if stat.S_ISSOCK(mode):
        return translate("core.store.db", "a socket")
    return translate("core.store.db", "not a regular file")


def check_file_kind(path: Path) -> bool:
    """True when `path` is a regular file (links followed), False when nothing is there.

    Raises NotADatabaseError for a folder, FIFO, device, socket, dangling link or loop, and
    DatabaseUnreadableError when the path cannot be looked at; nothing is opened.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise NotAFileError(
                path,
                translate(
                    "core.store.db", "this is a link to {target}, which does not exist"
                ).format(target=os.readlink(path)),
            ) from None
        return False
    except PermissionError:
        raise DatabaseUnreadableError(
            path, translate("core.store.db", "the file cannot be reached (permission denied)")
        ) from None
    except OSError as exc:
        raise NotAFileError(
            path,
            translate("core.store.db", "this path cannot be used ({reason})").format(
                reason=exc.strerror
            ),
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise NotAFileError(
            path, translate("core.store.db", "this is a folder, not a database file")
        )
    kind = _kind_of(info.st_mode)
    if kind is not None:
        raise NotAFileError(
            path,
            translate("core.store.db", "this is {kind}, not a database file").format(kind=kind),
        )
    for suffix in SIDE_SUFFIXES:
        side = Path(str(path) + suffix)
        try:
            side_kind = _kind_of(os.stat(side).st_mode)
        except OSError:
            continue
        if side_kind is not None:
            raise NotAFileError(
                path,
                translate(
                    "core.store.db", "its {name} is {kind}, not a file SQLite can use"
                ).format(name=side.name, kind=side_kind),
            )
    return True


def _page_size(raw: int) -> int:
    return 65536 if raw == 1 else raw


def _wal_is_usable(wal_header: bytes, db_header: bytes) -> bool:
    """Whether SQLite would read this -wal for this database (a valid header of the same page
    size, beside a WAL-mode database) rather than throw it away."""
    if len(wal_header) < 32 or len(db_header) < 100:
        return False
    magic, version, page_size, _seq, _salt1, _salt2, sum1, sum2 = struct.unpack(
        ">8I", wal_header[:32]
    )
    if magic not in WAL_MAGIC or version != WAL_VERSION:
        return False
    words = struct.unpack((">" if magic & 1 else "<") + "6I", wal_header[:24])
    s1 = s2 = 0
    for i in range(0, 6, 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    if (s1, s2) != (sum1, sum2):
        return False
    db_page = _page_size(int.from_bytes(db_header[16:18], "big"))
    in_wal_mode = db_header[18] == 2 and db_header[19] == 2
    return in_wal_mode and _page_size(page_size) == db_page


# The SQLite files this process has open, by (device, inode), with how many Databases hold
# each. Closing any descriptor of a file drops every POSIX lock the process holds on it,
# SQLite's included; then a reader in another process takes itself for the last one and
# deletes the live -wal. So code that would open such a file with open() asks first.
_HELD_OPEN: dict[tuple[int, int], int] = {}


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def held_open_here(path: Path) -> bool:
    """Whether a Database of this process has the SQLite file at `path` open."""
    key = _file_key(path)
    return key is not None and _HELD_OPEN.get(key, 0) > 0


def _hold_open(key: tuple[int, int] | None, change: int) -> None:
    if key is None:
        return
    count = _HELD_OPEN.get(key, 0) + change
    if count > 0:
        _HELD_OPEN[key] = count
    else:
        _HELD_OPEN.pop(key, None)


def keep_discarded_wal(path: Path) -> Path | None:
    """Copy a -wal SQLite would discard (garbage, another database's, a different page size)
    to `<name>-wal.discarded-<stamp>` before anything opens the database for writing."""
    if held_open_here(path):
        return None  # this process has it open: its -wal is the live one
    wal = Path(str(path) + "-wal")
    try:
        if wal.stat().st_size == 0:
            return None
        with wal.open("rb") as fh:
            wal_header = fh.read(32)
        with path.open("rb") as fh:
            db_header = fh.read(100)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DatabaseUnreadableError(
            path,
            translate("core.store.db", "its -wal cannot be read ({reason})").format(
                reason=exc.strerror
            ),
        ) from None
    if _wal_is_usable(wal_header, db_header):
        return None
    kept = path.with_name(f"{path.name}-wal.discarded-{_utc_stamp()}")
    try:
        shutil.copyfile(wal, kept)
        with kept.open("rb+") as fh:
            os.fsync(fh.fileno())
    except OSError as exc:
        kept.unlink(missing_ok=True)
        raise DatabaseReadOnlyError(
            path,
            translate(
                "core.store.db",
                "its -wal is not valid and SQLite would discard it, but no copy could be kept "
                "({reason}); nothing was changed",
            ).format(reason=exc.strerror),
        ) from None
    return kept


# What each revision after the first added (table -> columns; None: the whole table), so an
# older file is checked against the schema it should have, not the head's.
ADDED_IN: dict[str, dict[str, frozenset[str] | None]] = {
    "0002": {
        "exercises": frozenset({"positions", "archived"}),
        "routine_items": frozenset({"count_up", "weight_step_kg"}),
        "routine_item_targets": None,
    },
    "0003": {"day_logs": None},
}


def _expected_schema(revision: str = HEAD_REVISION) -> dict[str, set[str]]:
    """The tables and their columns a file at `revision` has: the ORM models (the head) minus
    what later revisions added."""
    from core.store.models import Base

    schema = {name: {c.name for c in table.columns} for name, table in Base.metadata.tables.items()}
    for later in KNOWN_REVISIONS[KNOWN_REVISIONS.index(revision) + 1 :]:
        for table, columns in ADDED_IN.get(later, {}).items():
            if columns is None:
                schema.pop(table, None)
            else:
                schema[table] -= columns
    return schema


def _identify(conn: sqlite3.Connection, path: Path) -> tuple[bool, str | None]:
    """(has_tables, revision) of a Backline database; NotADatabaseError for anything else."""
    objects = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    tables = {name for kind, name in objects if kind == "table"}
    others = sorted(f"{kind} {name}" for kind, name in objects if kind != "table")
    revision: str | None = None
    if "alembic_version" in tables:
        try:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.Error:
            raise NotADatabaseError(
                path,
                translate(
                    "core.store.db",
                    "this SQLite file is not a Backline database (unreadable alembic_version)",
                ),
            ) from None
        if len(rows) > 1:
            raise NotADatabaseError(
                path,
                translate(
                    "core.store.db",
                    "this SQLite file is not a Backline database (several schema revisions)",
                ),
            )
        revision = str(rows[0][0]) if rows else None
    if revision is None:
        foreign = sorted(tables - {"alembic_version"}) + others
        if foreign:
            shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "")
            raise NotADatabaseError(
                path,
                translate(
                    "core.store.db",
                    "this SQLite file is not a Backline database (it holds {names})",
                ).format(names=shown),
            )
        return bool(tables), None
    if revision not in KNOWN_REVISIONS:
        if tables >= MARKER_TABLES:
            raise DatabaseTooNewError(path, too_new_text(revision))
        raise NotADatabaseError(
            path,
            translate(
                "core.store.db",
                "this SQLite file is not a Backline database (another program's schema, "
                "revision {revision})",
            ).format(revision=repr(revision[:40])),
        )
    expected = _expected_schema(revision)
    # Exactly our schema: a table, view or trigger Backline does not make (a trigger could
    # delete rows at each insert), or a column its revision does not have (its migration
    # would fail half-way), means the file is not one of ours as it stands.
    strange = sorted(tables - set(expected) - {"alembic_version"}) + [
        o for o in others if not o.startswith("index ")
    ]
    if strange:
        raise NotADatabaseError(
            path,
            translate(
                "core.store.db",
                "this SQLite file is not a Backline database (it also holds {name}, "
                "which Backline does not make)",
            ).format(name=strange[0]),
        )
    for name, columns in sorted(expected.items()):
        if name not in tables:
            raise NotADatabaseError(
                path,
                translate(
                    "core.store.db",
                    "this SQLite file is not a Backline database (no table {table})",
                ).format(table=name),
            )
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')}
        lacking = sorted(columns - have)
        if lacking:
            raise NotADatabaseError(
                path,
                translate(
                    "core.store.db",
                    "this SQLite file is not a Backline database (table {table} has no column "
                    "{column})",
                ).format(table=name, column=lacking[0]),
            )
        extra = sorted(have - columns)
        if extra:
            raise NotADatabaseError(
                path,
                translate(
                    "core.store.db",
                    "this SQLite file is not a Backline database at schema {revision} (table "
                    "{table} has a column {column} that schema does not)",
                ).format(revision=revision, table=name, column=extra[0]),
            )
    return True, revision


def too_new_text(revision: str) -> str:
    """Why a database of a newer Backline is refused (SQLite and PostgreSQL alike)."""
    return translate(
        "core.store.db",
        "the database was written by a newer version of Backline (schema {revision}); update "
        "the app to open it",
    ).format(revision=repr(revision[:40]))


def _folder_writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK)


def damaged_text(reason: object) -> str:
    """Why a database is called damaged, SQLite's own words in brackets."""
    return translate("core.store.db", "the database is damaged ({reason})").format(reason=reason)


def inspect_database(path: Path) -> tuple[bool, str | None]:
    """Check a file is a sound Backline database, writing nothing (read-only; `immutable` when
    it has no -wal, so not even a -shm is created). Returns (has_tables, revision); a missing
    or empty file is (False, None). Raises the StoreError naming what is wrong."""
    if not check_file_kind(path):
        return False, None
    try:
        if path.stat().st_size == 0:
            return False, None  # SQLite treats an empty file as a new database
        # A file this process has open in SQLite was checked when it opened, and must not be
        # opened and closed again here (see held_open_here): SQLite reads its header below.
        header = SQLITE_MAGIC + bytes(100 - len(SQLITE_MAGIC))
        if not held_open_here(path):
            with path.open("rb") as fh:
                header = fh.read(100)
    except PermissionError:
        raise DatabaseUnreadableError(
            path, translate("core.store.db", "the file cannot be read (permission denied)")
        ) from None
    except OSError as exc:
        raise DatabaseUnreadableError(
            path,
            translate("core.store.db", "the file cannot be read ({reason})").format(
                reason=exc.strerror
            ),
        ) from None
    if not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(
            path, translate("core.store.db", "this file is not a Backline database (not SQLite)")
        )
    if len(header) < 100:
        raise CorruptDatabaseError(
            path, translate("core.store.db", "the database file is truncated")
        )
    has_wal = Path(str(path) + "-wal").exists()
    uri = sqlite_uri(path, mode="ro") if has_wal else sqlite_uri(path, mode="ro", immutable="1")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=LOCK_PROBE_SECONDS, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseUnreadableError(
            path,
            translate("core.store.db", "the database cannot be opened ({reason})").format(
                reason=exc
            ),
        ) from None
    try:
        try:
            check = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if "locked" in text or "busy" in text:
                raise DatabaseLockedError(
                    path, translate("core.store.db", "another program is using the database")
                ) from None
            if has_wal and not _folder_writable(path):
                raise DatabaseReadOnlyError(
                    path,
                    translate(
                        "core.store.db",
                        "its folder is read-only and it has a -wal, so it cannot be read safely",
                    ),
                ) from None
            raise CorruptDatabaseError(
                path,
                translate("core.store.db", "the database cannot be read ({reason})").format(
                    reason=exc
                ),
            ) from None
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabaseError(path, damaged_text(exc)) from None
        if check != [("ok",)]:
            raise CorruptDatabaseError(path, damaged_text(check[0][0]))
        try:
            return _identify(conn, path)
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabaseError(path, damaged_text(exc)) from None
    finally:
        conn.close()


def _preflight(path: Path) -> tuple[bool, str | None, list[str]]:
    """Check the file without changing it: (has_tables, revision, notes for a person).

    Raises the StoreError subclass that names what is wrong.
    """
    has_tables, revision = inspect_database(path)
    notes: list[str] = []
    if not path.exists():
        if not _folder_writable(path):
            raise DatabaseReadOnlyError(
                path,
                translate(
                    "core.store.db",
                    "the folder is not writable, so a database cannot be created there",
                ),
            )
        return False, None, notes
    read_only = translate("core.store.db", "the database file or its folder is read-only")
    if path.stat().st_size == 0:
        if not os.access(path, os.W_OK) or not _folder_writable(path):
            raise DatabaseReadOnlyError(path, read_only)
        return False, None, notes
    if not os.access(path, os.W_OK) or not _folder_writable(path):
        raise DatabaseReadOnlyError(path, read_only)
    kept = keep_discarded_wal(path)
    if kept is not None:
        notes.append(
            translate(
                "core.store.db",
                "{name}-wal was not a valid write-ahead log for this database, so SQLite "
                "ignores it; a copy was kept as {kept}",
            ).format(name=path.name, kept=kept.name)
        )
    conn = sqlite3.connect(path, timeout=LOCK_PROBE_SECONDS, isolation_level=None)
    try:
        # Probe for another process holding the write lock, without writing anything.
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseLockedError(
                    path, translate("core.store.db", "another program is writing to the database")
                ) from None
            if "readonly" in str(exc):
                raise DatabaseReadOnlyError(
                    path, translate("core.store.db", "the database file is read-only")
                ) from None
            raise CorruptDatabaseError(
                path,
                translate("core.store.db", "the database cannot be written ({reason})").format(
                    reason=exc
                ),
            ) from None
    finally:
        conn.close()
    return has_tables, revision, notes


def _make_engine(path: Path) -> Engine:
    engine = create_engine(
        # URL.create keeps the path whole: '?' or '#' in it is never read as a query.
        URL.create("sqlite", database=str(path)),
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    _configure_engine(engine)
    return engine


def open_database(
    path: Path | str | StoreLocation, *, backup_dir: Path | None = None, lock: Any = None
) -> Database:
    """Open (creating if needed) and migrate the store at `path`: a SQLite file (a Path, or a
    str that is not a URL), or a PostgreSQL database (a `postgresql://` URL or a
    StoreLocation).

    Raises a StoreError subclass, without touching the store, when it cannot be used. `lock`: a
    core.store.lock.DatabaseLock the Database releases when it closes (SQLite only). A restore
    that was interrupted (a kill, a power cut) is finished or undone first, and a note says
    which.
    """
    if isinstance(path, StoreLocation):
        location = path
    elif isinstance(path, str) and looks_like_url(path):
        location = parse_store(path)
    else:
        location = StoreLocation(path=Path(path).absolute())
    if location.path is None:
        return _open_postgres(location, lock=lock)
    return _open_sqlite(location.path, backup_dir=backup_dir, lock=lock)


def _sessionmakers(engine: Engine, *, sqlite: bool) -> tuple[Any, Any]:
    write = sessionmaker(bind=engine, expire_on_commit=False)
    reader = engine.execution_options(sqlite_begin="DEFERRED") if sqlite else engine
    return write, sessionmaker(bind=reader, expire_on_commit=False)


def _open_postgres(location: StoreLocation, *, lock: Any = None) -> Database:
    from core.store import postgres

    where = location.describe()
    missing = postgres.driver_missing()
    if missing:
        raise DatabaseUnreachableError(where, missing)
    engine = postgres.make_engine(location)
    migrated_from: str | None = None
    try:
        has_tables, revision = postgres.identify(engine, where)
        if revision != HEAD_REVISION:
            try:
                postgres.upgrade(engine)
            except OperationalError as exc:
                raise DatabaseUnreachableError(
                    where,
                    translate(
                        "core.store.db", "the server went away while migrating: {reason}"
                    ).format(reason=postgres.reason_of(exc)),
                ) from None
            migrated_from = revision or "empty"
    except BaseException:
        engine.dispose()
        raise
    write, read = _sessionmakers(engine, sqlite=False)
    return Database(
        location=location,
        engine=engine,
        _write=write,
        _read=read,
        migrated_from=migrated_from,
        lock=lock,
    )


def _open_sqlite(path: Path, *, backup_dir: Path | None = None, lock: Any = None) -> Database:
    path = Path(path).absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseReadOnlyError(
            path,
            translate("core.store.db", "its folder cannot be created ({reason})").format(
                reason=exc.strerror
            ),
        ) from None
    from core.store.backups import finish_interrupted_restore

    notes: list[str] = []
    recovered = finish_interrupted_restore(path)
    if recovered:
        notes.append(recovered)
    has_tables, revision, preflight_notes = _preflight(path)
    notes += preflight_notes
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
    write, read = _sessionmakers(engine, sqlite=True)
    file_key = _file_key(path)
    _hold_open(file_key, +1)
    return Database(
        file_key=file_key,
        location=StoreLocation(path=path),
        engine=engine,
        _write=write,
        _read=read,
        migrated_from=migrated_from,
        pre_migration_backup=pre_backup,
        notes=tuple(notes),
        lock=lock,
    )
