"""Workouts and sets written straight to a test database, for the insight tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from core.insight import trends
from core.store.db import Database
from core.store.models import Exercise, LoggedSet, Routine, Workout

BERLIN = ZoneInfo("Europe/Berlin")


def add_exercise(db: Database, slug: str, mode: str = "reps") -> int:
    with db.session_scope() as s:
        ex = Exercise(
            slug=slug,
            name=slug.replace("-", " ").title(),
            kind="strength",
            mode=mode,
            builtin=False,
        )
        s.add(ex)
        s.flush()
        return ex.id


def add_routine(db: Database, name: str, lo: int | None, hi: int | None) -> int:
    with db.session_scope() as s:
        r = Routine(name=name, sessions_per_week_min=lo, sessions_per_week_max=hi)
        s.add(r)
        s.flush()
        return r.id


def add_workout(
    db: Database,
    started: datetime,
    sets: list[dict[str, Any]] = (),  # type: ignore[assignment]
    routine_id: int | None = None,
    minutes: int = 45,
) -> tuple[int, list[int]]:
    """A workout with its sets (dicts of LoggedSet fields); returns (workout id, set ids)."""
    with db.session_scope() as s:
        w = Workout(
            started_at=started,
            ended_at=started + timedelta(minutes=minutes),
            name="test",
            routine_id=routine_id,
        )
        s.add(w)
        s.flush()
        ids = []
        for i, fields in enumerate(sets):
            ls = LoggedSet(
                workout_id=w.id, position=i, logged_at=started + timedelta(minutes=i), **fields
            )
            s.add(ls)
            s.flush()
            ids.append(ls.id)
        return w.id, ids


def local(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BERLIN)


def series(db: Database, ex: int, measure: str, **kw: Any) -> list[tuple[date, float]]:
    with db.read_scope() as s:
        return [
            (p.day, round(p.value, 6))
            for p in trends.exercise_series(ex, measure, session=s, tz=BERLIN, **kw)
        ]
