"""Start-up reads on the standard sqlite3 module, before SQLAlchemy is imported.

Importing SQLAlchemy costs ~0.25 s here, more than painting the window. So that the Library is
listed as soon as the window shows, the first listing is read straight from the file when (and
only when) the file is already at the current schema and seeded from the current resources;
otherwise this returns None and the normal path (open, migrate, seed, ORM) fills the tab a moment
later. It never writes. A test checks its rows equal core.library.queries.list_exercises's.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.library.rows import BOOL_FIELDS, EXERCISE_COLUMNS, LIST_FIELDS
from core.paths import LIBRARY_PATH, ROUTINES_PATH, sqlite_uri


def resources_hash() -> str:
    """sha256 of the shipped library and routines: seeding is needed when it changes."""
    digest = hashlib.sha256()
    for path in (LIBRARY_PATH, ROUTINES_PATH):
        digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def source_titles() -> dict[str, str]:
    """Seed file name -> article title, from the [[source]] tables of library.toml."""
    with LIBRARY_PATH.open("rb") as fh:
        doc = tomllib.load(fh)
    return {src["file"]: src["title"] for src in doc.get("source", [])}


def read_library(db_path: Path, head_revision: str) -> list[dict[str, Any]] | None:
    """The library rows as dicts (sorted by name, like list_exercises), or None if the file is
    missing, not at `head_revision`, or not seeded from the current resources."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(sqlite_uri(db_path, mode="ro"), uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != head_revision:
            return None
        seeded = conn.execute("SELECT value FROM settings WHERE key = 'seed_hash'").fetchone()
        if seeded is None or json.loads(seeded[0]) != resources_hash():
            return None
        rows = conn.execute(f"SELECT {', '.join(EXERCISE_COLUMNS)} FROM exercises").fetchall()
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()
    entries = []
    for row in rows:
        entry = dict(zip(EXERCISE_COLUMNS, row, strict=True))
        for key in LIST_FIELDS:
            entry[key] = list(json.loads(entry[key]) or [])
        for key in BOOL_FIELDS:
            entry[key] = bool(entry[key])
        entries.append(entry)
    entries.sort(key=lambda e: e["name"].casefold())
    return entries
