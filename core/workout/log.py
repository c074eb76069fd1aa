"""Workouts and their logged sets: start, log a set, finish, discard, and what was done last time.

Service functions follow DESIGN.md rule 2: ``session`` is a keyword argument, nothing here
commits, readers return frozen dataclasses and writers ``Changes`` or ``Outcome``. One
confirmed set is one short transaction opened by the caller; the UI says "saved" only after it
returns.

A logged set is checked against core.bounds.LOGGED_SET (reps 0 is allowed: a failed attempt is
still a set worth logging), and at least one of reps, seconds or distance must be given. Its
type is one of ``SET_TYPES`` (warm-ups stay out of progress and records).

A workout with no set is not worth keeping: ``finish_workout`` leaves that to the caller, which
discards it (``WorkoutRun.finish``), and adherence never counts one (core.insight.trends).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.bounds import LOGGED_SET, WORKOUT, WORKOUT_LENGTH, InputError, check
from core.changes import Changes, Outcome
from core.clock import local_zone
from core.i18n import translate
from core.insight.trends import local_day, weekly_adherence
from core.library.localized import data_text
from core.store.models import Exercise, LoggedSet, Workout
from core.store.rows import row_from
from core.units import display_number, format_weight
from core.workout.plan import WorkoutPlan
from core.workout.resume import live_workout, state_json
from core.workout.steps import PlanItem, PlayerOptions

__all__ = [
    "LastPerformance",
    "LoggedSetRow",
    "PastSet",
    "SET_TYPES",
    "SetValues",
    "WorkoutSummary",
    "confirm_set",
    "delete_set",
    "discard_workout",
    "finish_workout",
    "last_performance",
    "plan_target",
    "start_workout",
    "validate_actuals",
    "workout_sets",
    "workout_summary",
]

SET_TYPES: tuple[str, ...] = ("normal", "warmup", "dropset", "failure")
"""The kinds of set, as stored in logged_sets.set_type."""


# -- data ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetValues:
    """Reps, weight (kg), seconds, RPE and distance (km) of a set: a target or what was done."""

    reps: int | None = None
    weight_kg: float | None = None
    seconds: float | None = None
    rpe: float | None = None
    distance_km: float | None = None


@dataclass(frozen=True)
class LoggedSetRow:
    id: int
    workout_id: int
    exercise_id: int
    routine_item_id: int | None
    position: int
    set_number: int
    side: str | None
    target: SetValues
    actual: SetValues
    logged_at: datetime
    set_type: str = "normal"
    note: str = ""


@dataclass(frozen=True)
class PastSet:
    set_number: int
    side: str | None
    reps: int | None
    weight_kg: float | None
    seconds: float | None
    rpe: float | None

    @property
    def values(self) -> SetValues:
        return SetValues(self.reps, self.weight_kg, self.seconds, self.rpe)


@dataclass(frozen=True)
class LastPerformance:
    """What the person did the last time for an item (or exercise): one workout's sets."""

    workout_id: int
    started_at: datetime
    sets: tuple[PastSet, ...]

    def text(self, weight_unit: str = "kg") -> str:
        """ "12 × 20 kg, 10 × 20 kg" style summary."""
        parts = []
        for s in self.sets:
            bits = []
            if s.reps is not None:
                bits.append(str(s.reps))
            if s.weight_kg:
                bits.append(format_weight(s.weight_kg, weight_unit))
            if s.seconds is not None:
                bits.append(f"{display_number(s.seconds, 0)} s")
            side = f" {_side_mark(s.side)}" if s.side else ""
            parts.append(" × ".join(bits) + side)
        return ", ".join(parts)


def _side_mark(side: str) -> str:
    """ "(L)" or "(R)" after a set done on one side, in the language in use."""
    if side == "left":
        return translate("core.workout.log", "(L)")
    if side == "right":
        return translate("core.workout.log", "(R)")
    return f"({side[0].upper()})"


def plan_target(item: PlanItem) -> SetValues:
    """The routine's target for one set: bottom of the rep range (our rule), hold or duration."""
    if item.mode == "duration" and item.duration_minutes:
        return SetValues(seconds=float(item.duration_minutes) * 60.0, weight_kg=item.weight_kg)
    if item.mode == "hold":
        return SetValues(
            reps=item.hold_reps,
            seconds=float(item.hold_seconds) if item.hold_seconds else None,
            weight_kg=item.weight_kg,
        )
    reps = item.reps_min or item.reps_max
    return SetValues(reps=reps, weight_kg=item.weight_kg)


# -- validation ----------------------------------------------------------------------------------


def validate_actuals(actual: SetValues) -> None:
    """Raise InputError naming the first bad field, by its stored name (core.bounds)."""
    check(LOGGED_SET, "reps", actual.reps)
    check(LOGGED_SET, "weight_kg", actual.weight_kg)
    check(LOGGED_SET, "duration_seconds", actual.seconds)
    check(LOGGED_SET, "rpe", actual.rpe)
    check(LOGGED_SET, "distance_km", actual.distance_km)
    if actual.reps is None and actual.seconds is None and actual.distance_km is None:
        raise InputError(
            "reps", translate("core.workout.log", "enter the reps done or the seconds held")
        )


# -- services ------------------------------------------------------------------------------------


def _exercise_ids(plan_items: Sequence[PlanItem], session: Session) -> tuple[int, ...]:
    slugs = {i.exercise_slug for i in plan_items}
    found = dict(
        session.execute(select(Exercise.slug, Exercise.id).where(Exercise.slug.in_(slugs))).all()
    )
    missing = slugs - set(found)
    if missing:
        raise KeyError(f"unknown exercises: {', '.join(sorted(missing))}")
    return tuple(found[i.exercise_slug] for i in plan_items)


def start_workout(
    *,
    session: Session,
    routine_id: int | None,
    name: str,
    plan_items: Sequence[PlanItem],
    started_at: datetime,
    exercise_ids: Sequence[int] | None = None,
    options: PlayerOptions | None = None,
    snapshot: Mapping[str, Any] | None = None,
    suggestions_enabled: bool = True,
) -> Outcome[int]:
    """Create a live workout (empty ``plan_items`` for an ad-hoc one); the value is its id.

    The plan is stored with it so a resume follows the same steps even if the routine changes.
    """
    items = tuple(plan_items)
    ids = tuple(exercise_ids) if exercise_ids is not None else _exercise_ids(items, session)
    plan = WorkoutPlan(
        name=name,
        items=items,
        exercise_ids=ids,
        routine_id=routine_id,
        suggestions_enabled=suggestions_enabled,
    )
    workout = Workout(
        routine_id=routine_id,
        name=name,
        started_at=started_at,
        origin="backline",
        player_state=state_json(plan, options or PlayerOptions(), snapshot),
        updated_at=started_at,
    )
    session.add(workout)
    session.flush()
    return Outcome(workout.id, Changes(workouts=True))


def _row(s: LoggedSet) -> LoggedSetRow:
    return row_from(
        LoggedSetRow,
        s,
        target=SetValues(s.target_reps, s.target_weight_kg, s.target_seconds),
        actual=SetValues(s.reps, s.weight_kg, s.duration_seconds, s.rpe, s.distance_km),
        set_type=s.set_type or "normal",
        note=s.note or "",
    )


def confirm_set(
    workout_id: int,
    *,
    session: Session,
    exercise_id: int,
    routine_item_id: int | None,
    set_number: int,
    side: str | None,
    targets: SetValues,
    actuals: SetValues,
    logged_at: datetime | None = None,
    set_type: str = "normal",
    note: str = "",
    replace_id: int | None = None,
) -> Outcome[LoggedSetRow]:
    """Log one set (targets beside actuals). InputError naming the field; nothing added on error.

    ``replace_id`` names a set of this workout logged earlier for the same position (the
    person went back to it): that row is rewritten in place, keeping its position.
    """
    validate_actuals(actuals)
    if side not in (None, "left", "right"):
        raise InputError("side", translate("core.workout.log", "must be left, right or none"))
    if set_number < 1:
        raise InputError("set", translate("core.workout.log", "must be 1 or more"))
    if set_type not in SET_TYPES:
        raise InputError(
            "set_type",
            translate("core.workout.log", "must be one of {choices}").format(
                choices=", ".join(SET_TYPES)
            ),
        )
    note = check(LOGGED_SET, "note", note) or ""
    live_workout(workout_id, session)
    row = session.get(LoggedSet, replace_id) if replace_id is not None else None
    if row is None or row.workout_id != workout_id:
        position = session.scalar(
            select(func.coalesce(func.max(LoggedSet.position), 0)).where(
                LoggedSet.workout_id == workout_id
            )
        )
        row = LoggedSet(workout_id=workout_id, position=int(position or 0) + 1)
        session.add(row)
    target_seconds = None if targets.seconds is None else int(round(targets.seconds))
    row.exercise_id = exercise_id
    row.routine_item_id = routine_item_id
    row.set_number = set_number
    row.side = side
    row.set_type = set_type
    row.target_reps = targets.reps
    row.target_weight_kg = targets.weight_kg
    row.target_seconds = target_seconds
    row.reps = actuals.reps
    row.weight_kg = actuals.weight_kg
    row.duration_seconds = actuals.seconds
    row.distance_km = actuals.distance_km
    row.rpe = actuals.rpe
    row.note = note
    if logged_at is not None:
        row.logged_at = logged_at
    session.flush()
    return Outcome(_row(row), Changes(workouts=True))


def delete_set(workout_id: int, set_id: int, *, session: Session) -> Changes:
    """Take back a set logged in a live workout (an undo). LookupError if it is not there."""
    live_workout(workout_id, session)
    row = session.get(LoggedSet, set_id)
    if row is None or row.workout_id != workout_id:
        raise LookupError(f"no set {set_id} in workout {workout_id}")
    session.delete(row)
    session.flush()
    return Changes(workouts=True)


def workout_sets(workout_id: int, *, session: Session) -> list[LoggedSetRow]:
    rows = session.scalars(
        select(LoggedSet).where(LoggedSet.workout_id == workout_id).order_by(LoggedSet.position)
    ).all()
    return [_row(s) for s in rows]


def last_performance(
    *,
    session: Session,
    routine_item_id: int | None = None,
    exercise_id: int | None = None,
    exclude_workout_id: int | None = None,
) -> LastPerformance | None:
    """The sets of the most recent other workout that logged this routine item.

    Falls back to the exercise when the item was never logged (a new routine, an ad-hoc move).
    """
    for column, value in (
        (LoggedSet.routine_item_id, routine_item_id),
        (LoggedSet.exercise_id, exercise_id),
    ):
        if value is None:
            continue
        query = (
            select(Workout.id, Workout.started_at)
            .join(LoggedSet, LoggedSet.workout_id == Workout.id)
            .where(column == value)
        )
        if exclude_workout_id is not None:
            query = query.where(Workout.id != exclude_workout_id)
        found = session.execute(
            query.order_by(Workout.started_at.desc(), Workout.id.desc()).limit(1)
        ).first()
        if found is None:
            continue
        sets = session.scalars(
            select(LoggedSet)
            .where(LoggedSet.workout_id == found[0], column == value)
            .order_by(LoggedSet.position)
        ).all()
        return LastPerformance(
            workout_id=found[0],
            started_at=found[1],
            sets=tuple(
                PastSet(s.set_number, s.side, s.reps, s.weight_kg, s.duration_seconds, s.rpe)
                for s in sets
            ),
        )
    return None


def finish_workout(
    workout_id: int, *, session: Session, ended_at: datetime, notes: str | None = None
) -> Changes:
    """Mark the workout done; its position is dropped (nothing left to resume). ``notes``
    (the workout's note) replaces the stored one when given."""
    workout = session.get(Workout, workout_id)
    if workout is None:
        raise KeyError(f"no workout with id {workout_id}")
    if notes is not None:
        workout.notes = check(WORKOUT, "note", notes) or ""
    # Never before the start, and never longer than a workout can be (core.bounds): a workout
    # left open for weeks ends at the bound, so its export still imports.
    longest = timedelta(seconds=float(WORKOUT_LENGTH.maximum))
    workout.ended_at = min(max(ended_at, workout.started_at), workout.started_at + longest)
    workout.player_state = None
    return Changes(workouts=True)


def discard_workout(workout_id: int, *, session: Session) -> Changes:
    """Delete a workout and every set logged in it."""
    session.execute(delete(LoggedSet).where(LoggedSet.workout_id == workout_id))
    session.execute(delete(Workout).where(Workout.id == workout_id))
    return Changes(workouts=True)


@dataclass(frozen=True)
class WorkoutSummary:
    """What a finished workout amounts to, for the summary shown at its end."""

    workout_id: int
    name: str
    seconds: float
    sets: int
    exercises: int
    volume_kg: float
    """Sum of reps x weight over the sets with both (warm-ups excluded)."""
    routine_name: str | None = None
    week_sessions: int | None = None
    """Workouts of this routine (with at least one set) in the local week it was done in."""
    target_min: int | None = None
    target_max: int | None = None

    @property
    def next_text(self) -> str:
        """ "2 of 3 sessions this week: 1 more to go" / "Weekly target met (7 of 7)"."""
        if self.week_sessions is None or (self.target_min is None and self.target_max is None):
            return ""
        lo = self.target_min if self.target_min is not None else self.target_max
        hi = self.target_max if self.target_max is not None else lo
        assert lo is not None and hi is not None
        span = str(lo) if lo == hi else f"{lo}-{hi}"
        done = self.week_sessions
        if done >= lo and done < hi:
            return translate(
                "core.workout.log",
                "Weekly target met: {done} of {span} sessions this week; "
                "up to {more} more if you like.",
            ).format(done=done, span=span, more=hi - done)
        if done >= lo:
            return translate(
                "core.workout.log", "Weekly target met: {done} of {span} sessions this week."
            ).format(done=done, span=span)
        return translate(
            "core.workout.log",
            "{done} of {span} sessions of {routine} this week: {left} more to go.",
        ).format(done=done, span=span, routine=data_text(self.routine_name or ""), left=lo - done)


def workout_summary(workout_id: int, *, session: Session) -> WorkoutSummary:
    """Time, sets, volume and the routine's weekly count for one workout. KeyError if absent."""
    workout = session.get(Workout, workout_id)
    if workout is None:
        raise KeyError(f"no workout with id {workout_id}")
    sets, exercises, volume = session.execute(
        select(
            func.count(LoggedSet.id),
            func.count(func.distinct(LoggedSet.exercise_id)),
            func.coalesce(
                func.sum(LoggedSet.reps * LoggedSet.weight_kg).filter(
                    LoggedSet.set_type != "warmup"
                ),
                0.0,
            ),
        ).where(LoggedSet.workout_id == workout_id)
    ).one()
    end = workout.ended_at or workout.updated_at or workout.started_at
    routine_name = week = lo = hi = None
    if workout.routine_id is not None:
        tz = local_zone()
        day = local_day(workout.started_at, tz)
        for row in weekly_adherence(session=session, tz=tz, weeks=1, today=day):
            if row.routine_id == workout.routine_id:
                routine_name, week = row.routine_name, row.sessions
                lo, hi = row.target_min, row.target_max
    return WorkoutSummary(
        workout_id=workout_id,
        name=workout.name,
        seconds=max(0.0, (end - workout.started_at).total_seconds()),
        sets=int(sets or 0),
        exercises=int(exercises or 0),
        volume_kg=float(volume or 0.0),
        routine_name=routine_name,
        week_sessions=week,
        target_min=lo,
        target_max=hi,
    )
