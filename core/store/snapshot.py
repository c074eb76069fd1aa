"""Backups of a PostgreSQL store: a Backline JSON export written from one consistent snapshot.

`write_snapshot` reads everything in one REPEATABLE READ, read-only transaction, so sets two
other machines log meanwhile are either all in the file or not at all; the file is written
through core.store.outputs (temporary file, fsync, rename). `restore_snapshot` reads such a
file back into a store (in one transaction: all of it or nothing), adding what the store lacks
and skipping workouts it already has; `pg_dump` is not used, so a backup needs no server tools
and restores into SQLite as well.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from core.interchange.backline import JsonImportResult
    from core.store.db import Database


def default_snapshot_path() -> Path:
    """Where a shared store's backup goes when no file is named (`backline backup`, the
    window's "Back up now"): backups/shared in the data folder, named by the time in UTC."""
    from core.paths import data_dir
    from core.store.backups import backup_name
    from core.store.models import utcnow

    folder = data_dir() / "backups" / "shared"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / (backup_name(utcnow()).removesuffix(".db") + ".json")


def write_snapshot(db: Database, dest: Path, *, force: bool = False) -> Path:
    """Write the whole store to `dest` as Backline JSON from one snapshot; returns `dest`.
    Raises OutputError (one line) when the file cannot be written."""
    from core.interchange.backline import export_json

    engine = db.engine
    if not db.is_sqlite:  # SQLite's read transaction is a snapshot already
        engine = engine.execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
    with engine.connect() as conn:
        session = Session(bind=conn)
        try:
            result = export_json(Path(dest), session=session, force=force)
        finally:
            session.close()
            conn.rollback()
    return result.path


def restore_snapshot(db: Database, source: Path) -> JsonImportResult:
    """Read a Backline JSON backup into `db` in one transaction (ImportFormatError, nothing
    written, when it is not one)."""
    from core.interchange.backline import import_json

    with db.session_scope() as session:
        db.exclusive(session)
        return import_json(source, session=session)
