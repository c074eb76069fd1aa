"""The start-up listing read with sqlite3 equals the ORM listing, and refuses stale files."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict

import pytest

from core.library import queries as library
from core.store.db import Database
from core.store.migrations import HEAD_REVISION
from core.store.quick_read import read_library, source_titles

# The start-up read opens the SQLite file with sqlite3 before SQLAlchemy loads.
pytestmark = pytest.mark.sqlite_only


def test_quick_listing_matches_the_orm(seeded_db: Database) -> None:
    """Every field of every row is what core.library.queries.list_exercises returns, in the same order."""
    quick = read_library(seeded_db.path, HEAD_REVISION)
    assert quick is not None
    with seeded_db.read_scope() as session:
        orm = [asdict(r) for r in library.list_exercises(session=session)]
    for row in orm:
        for key, value in row.items():
            if isinstance(value, tuple):
                row[key] = list(value)
    assert [{k: r[k] for k in q} for q, r in zip(quick, orm, strict=True)] == quick
    assert [q["slug"] for q in quick] == [r["slug"] for r in orm]


def test_quick_listing_declines_unseeded_or_old_files(seeded_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A file seeded from other resources, at another revision, or missing gives None."""
    assert read_library(tmp_path / "missing.db", HEAD_REVISION) is None
    assert read_library(seeded_db.path, "0000") is None
    conn = sqlite3.connect(seeded_db.path)
    conn.execute("UPDATE settings SET value = '\"other\"' WHERE key = 'seed_hash'")
    conn.commit()
    conn.close()
    assert read_library(seeded_db.path, HEAD_REVISION) is None


def test_source_titles_name_all_five_articles() -> None:
    """The article titles come from library.toml's [[source]] tables."""
    titles = source_titles()
    assert len(titles) == 5
    assert titles["000_83f165f7394f71b5.txt"] == "How To Get Rid Of Back Leg Cellulite"
