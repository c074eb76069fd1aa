"""A short routine for workout tests: every kind of set in a few seconds of plan.

Used by tests/core/workout/, tests/ui/workout/ and the kill test's runner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select

from core.store.db import Database
from core.store.models import Exercise, Routine, RoutineItem

SHORT_ITEMS: tuple[dict[str, Any], ...] = (
    # reps: 2 sets with a 5 s rest between, then 5 s before the next exercise
    {
        "exercise": "glute-bridge",
        "mode": "reps",
        "sets": 2,
        "reps_min": 10,
        "reps_max": 12,
        "rest_seconds": 5,
        "rest_after_seconds": 5,
    },
    # hold: one set of two 3 s holds (a 3 s release between), then 5 s rest
    {
        "exercise": "superman",
        "mode": "hold",
        "sets": 1,
        "reps_min": 2,
        "reps_max": 2,
        "hold_seconds": 3,
        "rest_seconds": 0,
        "rest_after_seconds": 5,
    },
    # per side: one set, left then right
    {
        "exercise": "bird-dog",
        "mode": "reps",
        "sets": 1,
        "reps_min": 8,
        "reps_max": 8,
        "per_side": True,
        "rest_seconds": 0,
    },
)


def make_routine(
    db: Database, name: str = "Short test routine", items: Sequence[Mapping[str, Any]] = SHORT_ITEMS
) -> int:
    """Store a routine on a seeded database; returns its id."""
    with db.session_scope() as session:
        routine = Routine(name=name, summary="test")
        session.add(routine)
        session.flush()
        for pos, raw in enumerate(items):
            data = dict(raw)
            slug = data.pop("exercise")
            ex_id = session.scalar(select(Exercise.id).where(Exercise.slug == slug))
            assert ex_id is not None, slug
            session.add(RoutineItem(routine_id=routine.id, position=pos, exercise_id=ex_id, **data))
        session.flush()
        return routine.id
