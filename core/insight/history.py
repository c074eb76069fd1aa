"""Workout history: a paged list of past workouts, one workout's sets, and editing them.

The list is one aggregate query per page (the page of workouts is picked through the index on
started_at, then joined to its sets and grouped), so opening the History tab costs the same with
ten workouts or ten thousand. Edits validate with the bounds of core.bounds and raise InputError
naming the field; nothing is written when any value is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, delete, func, select
from sqlalchemy.orm import Session

from core.bounds import LOGGED_SET, check
from core.changes import Changes
from core.i18n import translate
from core.store.models import Exercise, LoggedSet, Routine, Workout


@dataclass(frozen=True)
class WorkoutSummary:
    id: int
    started_at: datetime  # UTC
    ended_at: datetime | None  # UTC; None while unfinished
    name: str
    routine_name: str | None
    duration_s: float | None  # ended - started; None while unfinished
    sets: int  # every logged set, warm-ups included
    volume_kg: float  # sum of weight × reps over non-warm-up sets


@dataclass(frozen=True)
class SetRow:
    id: int
    position: int
    exercise_id: int
    exercise_name: str
    exercise_mode: str
    set_number: int
    side: str | None
    set_type: str
    target_reps: int | None
    target_weight_kg: float | None
    target_seconds: int | None
    reps: int | None
    weight_kg: float | None
    duration_seconds: float | None
    distance_km: float | None
    rpe: float | None
    note: str
    logged_at: datetime


@dataclass(frozen=True)
class WorkoutDetail:
    id: int
    started_at: datetime
    ended_at: datetime | None
    name: str
    routine_id: int | None
    routine_name: str | None
    notes: str
    sets: tuple[SetRow, ...]


def _volume_expr() -> Any:
    return func.coalesce(
        func.sum(
            case(
                (
                    and_(
                        LoggedSet.set_type != "warmup",
                        LoggedSet.weight_kg.is_not(None),
                        LoggedSet.reps.is_not(None),
                    ),
                    LoggedSet.weight_kg * LoggedSet.reps,
                ),
                else_=0.0,
            )
        ),
        0.0,
    )


def _columns(row: type, table: type, *, skip: tuple[str, ...] = (), **given: Any) -> list[Any]:
    """The columns a `row` dataclass is read from, named as its fields (but those in `skip`):
    `table`'s column of each field's name, or the column `given` for it."""
    return [
        given[f.name].label(f.name) if f.name in given else getattr(table, f.name)
        for f in fields(row)
        if f.name not in skip
    ]


def _summary(row: Any) -> WorkoutSummary:
    """A summary from (id, started, ended, name, routine name, sets, volume)."""
    wid, started, ended, name, routine_name, n_sets, volume = row
    return WorkoutSummary(
        id=wid,
        started_at=started,
        ended_at=ended,
        name=name,
        routine_name=routine_name,
        duration_s=(ended - started).total_seconds() if ended is not None else None,
        sets=int(n_sets),
        volume_kg=float(volume or 0.0),
    )


def count_workouts(*, session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Workout)) or 0)


def list_workouts(*, session: Session, offset: int = 0, limit: int = 100) -> list[WorkoutSummary]:
    """A page of workouts, newest first (ties by id, newest first)."""
    if offset < 0 or limit < 0:
        raise ValueError("offset and limit must not be negative")
    page = (
        select(
            Workout.id,
            Workout.started_at,
            Workout.ended_at,
            Workout.name,
            Workout.routine_id,
        )
        .order_by(Workout.started_at.desc(), Workout.id.desc())
        .limit(limit)
        .offset(offset)
        .subquery()
    )
    stmt = (
        select(
            page.c.id,
            page.c.started_at,
            page.c.ended_at,
            page.c.name,
            Routine.name,
            func.count(LoggedSet.id),
            _volume_expr(),
        )
        .select_from(page)
        .outerjoin(Routine, Routine.id == page.c.routine_id)
        .outerjoin(LoggedSet, LoggedSet.workout_id == page.c.id)
        # every shown column (PostgreSQL, unlike SQLite, refuses one left out)
        .group_by(page.c.id, page.c.started_at, page.c.ended_at, page.c.name, Routine.id)
        .order_by(page.c.started_at.desc(), page.c.id.desc())
    )
    return [_summary(row) for row in session.execute(stmt)]


def workout_summary(workout_id: int, *, session: Session) -> WorkoutSummary:
    """One workout's summary line (same figures as list_workouts)."""
    stmt = (
        select(
            Workout.id,
            Workout.started_at,
            Workout.ended_at,
            Workout.name,
            Routine.name,
            func.count(LoggedSet.id),
            _volume_expr(),
        )
        .select_from(Workout)
        .outerjoin(Routine, Routine.id == Workout.routine_id)
        .outerjoin(LoggedSet, LoggedSet.workout_id == Workout.id)
        .where(Workout.id == workout_id)
        .group_by(Workout.id, Routine.id)
    )
    row = session.execute(stmt).one_or_none()
    if row is None:
        raise LookupError(
            translate("core.insight.history", "no workout {id}").format(id=workout_id)
        )
    return _summary(row)


def workout_detail(workout_id: int, *, session: Session) -> WorkoutDetail:
    """A workout and its sets (in the order done), targets beside actuals."""
    head = session.execute(
        select(*_columns(WorkoutDetail, Workout, skip=("sets",), routine_name=Routine.name))
        .outerjoin(Routine, Routine.id == Workout.routine_id)
        .where(Workout.id == workout_id)
    ).one_or_none()
    if head is None:
        raise LookupError(
            translate("core.insight.history", "no workout {id}").format(id=workout_id)
        )
    rows = session.execute(
        select(
            *_columns(SetRow, LoggedSet, exercise_name=Exercise.name, exercise_mode=Exercise.mode)
        )
        .join(Exercise, Exercise.id == LoggedSet.exercise_id)
        .where(LoggedSet.workout_id == workout_id)
        .order_by(LoggedSet.position, LoggedSet.id)
    ).all()
    return WorkoutDetail(**head._asdict(), sets=tuple(SetRow(**r._asdict()) for r in rows))


class _Keep:
    """Marker for 'leave this field as it is' (None means 'clear it')."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


def update_logged_set(
    set_id: int,
    *,
    session: Session,
    reps: int | None = KEEP,
    weight_kg: float | None = KEEP,
    duration_seconds: float | None = KEEP,
    rpe: float | None = KEEP,
    note: str = KEEP,
) -> Changes:
    """Correct a logged set. Fields left out are kept; None clears a number.

    Every value is checked first (InputError names the first bad field: 'reps', 'weight_kg',
    'duration_seconds', 'rpe' or 'note'); nothing is changed when any is refused.
    """
    given = {
        "reps": reps,
        "weight_kg": weight_kg,
        "duration_seconds": duration_seconds,
        "rpe": rpe,
        "note": note,
    }
    values = {
        field: check(LOGGED_SET, field, value)
        for field, value in given.items()
        if value is not KEEP
    }
    if isinstance(values.get("note"), str):
        values["note"] = values["note"].strip()
    logged = session.get(LoggedSet, set_id)
    if logged is None:
        raise LookupError(translate("core.insight.history", "no logged set {id}").format(id=set_id))
    if not values:
        return Changes()
    for key, value in values.items():
        setattr(logged, key, value)
    session.flush()
    return Changes(workouts=True)


def delete_logged_set(set_id: int, *, session: Session) -> Changes:
    """Delete one logged set (the workout stays, even when it has no sets left)."""
    result = session.execute(delete(LoggedSet).where(LoggedSet.id == set_id))
    if result.rowcount == 0:  # type: ignore[attr-defined]
        raise LookupError(translate("core.insight.history", "no logged set {id}").format(id=set_id))
    return Changes(workouts=True)


def delete_workout(workout_id: int, *, session: Session) -> Changes:
    """Delete a workout and all its sets."""
    session.execute(delete(LoggedSet).where(LoggedSet.workout_id == workout_id))
    result = session.execute(delete(Workout).where(Workout.id == workout_id))
    if result.rowcount == 0:  # type: ignore[attr-defined]
        raise LookupError(
            translate("core.insight.history", "no workout {id}").format(id=workout_id)
        )
    return Changes(workouts=True)
