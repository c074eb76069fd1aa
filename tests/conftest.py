"""Shared fixtures. Qt runs offscreen; every database is a real temporary SQLite file."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

# Must be set before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the user's real data directory out of every test.
os.environ.pop("BACKLINE_DB", None)

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from core.store.db import Database, open_database  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "backline.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """An opened, migrated, empty database on a temporary file."""
    database = open_database(db_path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def seeded_db(db: Database) -> Database:
    """A database with the library and the ready-made routines seeded from resources/."""
    from core.store.startup import seed_if_needed

    seed_if_needed(db)
    return db
