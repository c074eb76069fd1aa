"""The shared store on PostgreSQL: the engine, the schema's identity check, migrating at open.

What differs from SQLite (core/store/db.py) and why:
- no file: no writer lock, no -wal, no file identity, no pragmas; several machines write at
  once, each commit is the server's (READ COMMITTED, one short transaction per confirmed set);
- psycopg 3 is the driver (`postgresql://` means `postgresql+psycopg://`); the password comes
  from libpq (~/.pgpass, a service file, PGPASSWORD), and no message here names it;
- migrations run in one transaction (PostgreSQL's DDL is transactional), so a failed one leaves
  the schema as it was; no pre-migration copy is made (a `backup` export is the copy);
- the identity check reads the catalog through SQLAlchemy's inspector (tables, columns, views)
  of the connection's schema: a database that holds anything else is refused before writing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from core.i18n import translate
from core.store.location import StoreLocation
from core.store.migrations import KNOWN_REVISIONS

CONNECT_TIMEOUT_SECONDS = 10
# One key for pg_advisory_xact_lock: work only one client may do at a time (seeding, migrating).
ADVISORY_KEY = 0x6261636B6C696E  # "backlin"


def driver_missing() -> str | None:
    """Why PostgreSQL cannot be used from this install, or None."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return translate(
            "core.store.postgres", "psycopg is not installed (pip install 'backline[postgres]')"
        )
    return None


def make_engine(location: StoreLocation) -> Engine:
    return create_engine(
        location.sqlalchemy_url(),
        pool_pre_ping=True,  # a connection the server dropped is replaced, not handed out
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "application_name": "backline",
            # A machine that vanished (lid shut, network gone) loses its connection within
            # about a minute, and with it a workout's claim (core.store.claims).
            "keepalives": 1,
            "keepalives_idle": 30,
            "keepalives_interval": 10,
            "keepalives_count": 3,
        },
    )


def reason_of(exc: BaseException) -> str:
    """The server's or libpq's first line about a failure, without the password (libpq never
    prints one; the URL is never part of it)."""
    orig = getattr(exc, "orig", None) or exc
    first = str(orig).strip().splitlines()
    return first[0] if first else type(orig).__name__


def identify(engine: Engine, where: str) -> tuple[bool, str | None]:
    """(has_tables, revision) of a Backline database on the server; raises the StoreError that
    names what is wrong. Reads only."""
    from core.store.db import (
        MARKER_TABLES,
        DatabaseTooNewError,
        DatabaseUnreachableError,
        NotADatabaseError,
        _expected_schema,
        too_new_text,
    )

    try:
        with engine.connect() as conn:
            inspector = inspect(conn)
            tables = set(inspector.get_table_names())
            views = sorted(inspector.get_view_names())
            revision: str | None = None
            if "alembic_version" in tables:
                rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
                if len(rows) > 1:
                    raise NotADatabaseError(
                        where,
                        translate(
                            "core.store.postgres",
                            "this database is not a Backline database (several revisions)",
                        ),
                    )
                revision = str(rows[0][0]) if rows else None
            columns = {name: {c["name"] for c in inspector.get_columns(name)} for name in tables}
            conn.rollback()
    except OperationalError as exc:
        raise DatabaseUnreachableError(
            where,
            translate("core.store.postgres", "the server cannot be reached: {reason}").format(
                reason=reason_of(exc)
            ),
        ) from None
    except SQLAlchemyError as exc:
        raise DatabaseUnreachableError(
            where,
            translate("core.store.postgres", "the database cannot be read: {reason}").format(
                reason=reason_of(exc)
            ),
        ) from None
    others = [f"view {v}" for v in views]
    if revision is None:
        foreign = sorted(tables - {"alembic_version"}) + others
        if foreign:
            shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "")
            raise NotADatabaseError(
                where,
                translate(
                    "core.store.postgres",
                    "this database is not a Backline database (it holds {names})",
                ).format(names=shown),
            )
        return bool(tables), None
    if revision not in KNOWN_REVISIONS:
        if tables >= MARKER_TABLES:
            raise DatabaseTooNewError(where, too_new_text(revision))
        raise NotADatabaseError(
            where,
            translate(
                "core.store.postgres",
                "this database is not a Backline database (revision {revision})",
            ).format(revision=repr(revision[:40])),
        )
    expected = _expected_schema(revision)
    strange = sorted(tables - set(expected) - {"alembic_version"}) + others
    if strange:
        raise NotADatabaseError(
            where,
            translate(
                "core.store.postgres",
                "this database is not a Backline database (it also holds {name}, which "
                "Backline does not make)",
            ).format(name=strange[0]),
        )
    for name, wanted in sorted(expected.items()):
        if name not in tables:
            raise NotADatabaseError(
                where,
                translate(
                    "core.store.postgres", "this is not a Backline database (no table {table})"
                ).format(table=name),
            )
        lacking, extra = sorted(wanted - columns[name]), sorted(columns[name] - wanted)
        if lacking:
            raise NotADatabaseError(
                where,
                translate(
                    "core.store.postgres",
                    "this is not a Backline database (table {table} has no column {column})",
                ).format(table=name, column=lacking[0]),
            )
        if extra:
            raise NotADatabaseError(
                where,
                translate(
                    "core.store.postgres",
                    "this is not a Backline database at schema {revision} (table {table} has a "
                    "column {column} that schema does not)",
                ).format(revision=revision, table=name, column=extra[0]),
            )
    return True, revision


def upgrade(engine: Engine) -> None:
    """Migrate to the head in one transaction, one client at a time (an advisory lock held
    until the commit): a second machine opening meanwhile waits, then finds the head."""
    from alembic import command

    from core.store.migrations.runner import alembic_config

    config = alembic_config()
    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_KEY})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def exclusive(session: Any) -> None:
    """Hold the store's advisory lock until `session` commits or rolls back: the work after
    this runs on one client at a time (on SQLite, BEGIN IMMEDIATE already does this)."""
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_KEY})


def check_server(location: StoreLocation) -> str | None:
    """Check, reading only, that a PostgreSQL database is Backline's (or empty): its revision,
    or the StoreError naming what is wrong."""
    from core.store.db import DatabaseUnreachableError

    where = location.describe()
    missing = driver_missing()
    if missing:
        raise DatabaseUnreachableError(where, missing)
    engine = make_engine(location)
    try:
        return identify(engine, where)[1]
    finally:
        engine.dispose()
