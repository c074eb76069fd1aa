"""Bring a freshly opened database up to date with the shipped library and routines.

Seeding is skipped when the resource files have not changed since the last seed (a hash in the
settings table), so a normal start costs one small query. On a shared store the seed runs
under the store's exclusive lock (Database.exclusive), so two machines starting at once seed
once.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.library.seed import SeedResult, seed_library, seed_routines
from core.store.db import Database
from core.store.quick_read import resources_hash
from core.store.settings import load_settings, set_setting


@dataclass(frozen=True)
class SeedReport:
    seeded: bool
    exercises: SeedResult | None = None
    routines: SeedResult | None = None


def seed_if_needed(db: Database, *, force: bool = False) -> SeedReport:
    current = resources_hash()
    with db.read_scope() as session:
        if not force and load_settings(session=session).seed_hash == current:
            return SeedReport(seeded=False)
    with db.session_scope() as session:
        # Another client of a shared store may be seeding too: one at a time, and the second
        # finds the work done.
        db.exclusive(session)
        if not force and load_settings(session=session).seed_hash == current:
            return SeedReport(seeded=False)
        exercises = seed_library(session=session)
        session.flush()
        routines = seed_routines(session=session)
        set_setting("seed_hash", current, session=session)
    return SeedReport(seeded=True, exercises=exercises, routines=routines)
