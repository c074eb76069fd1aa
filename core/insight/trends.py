"""Progress: per-exercise series for charts, weekly adherence, active days, personal records.

Every aggregate runs in SQL (GROUP BY per workout or per exercise, using the indexes on
logged_sets); Python only turns the few resulting rows (one per workout at most) into local
calendar days with `zoneinfo`, which is what makes days and weeks right across DST changes.

Warm-up sets (set_type 'warmup') never count: not in series, not for records.

How sets are read, by exercise mode:
- reps: weight_kg and reps per set (weight null = bodyweight);
- hold: reps = holds done, duration_seconds = seconds held (per rep);
- duration: duration_seconds = time of continuous activity.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from core.store.models import Exercise, LoggedSet, Routine, Workout
from core.units import display_number, format_weight

MEASURES: dict[str, str] = {
    "heaviest": "Heaviest set",
    "e1rm": "Estimated 1RM (Epley: w × (1 + reps/30))",
    "volume": "Volume per workout",
    "reps": "Total reps",
    "longest_hold": "Longest hold",
    "minutes": "Minutes of activity",
}

# Units of each measure's value (weights in kg; the UI converts to the person's unit).
MEASURE_UNITS: dict[str, str] = {
    "heaviest": "kg",
    "e1rm": "kg",
    "volume": "kg",
    "reps": "reps",
    "longest_hold": "s",
    "minutes": "min",
}

_MODE_MEASURES: dict[str, list[str]] = {
    "reps": ["heaviest", "e1rm", "volume", "reps"],
    "hold": ["longest_hold", "reps"],
    "duration": ["minutes"],
}

RANGES: dict[str, int | None] = {"30d": 30, "3m": 91, "1y": 365, "all": None}
RANGE_LABELS: dict[str, str] = {"30d": "30 days", "3m": "3 months", "1y": "1 year", "all": "All"}

RECORD_KINDS: dict[str, str] = {
    "heaviest_weight": "Heaviest weight",
    "most_reps_at_weight": "Most reps at a weight",
    "best_e1rm": "Best estimated 1RM (Epley)",
    "longest_hold": "Longest hold",
    "longest_activity": "Longest activity",
}


def measures_for_mode(mode: str) -> list[str]:
    """The measures that make sense for an exercise mode (reps | hold | duration)."""
    try:
        return list(_MODE_MEASURES[mode])
    except KeyError:
        raise ValueError(f"unknown exercise mode {mode!r}") from None


def epley(weight_kg: float, reps: int) -> float:
    """Estimated one-rep max, Epley: w × (1 + reps/30)."""
    return weight_kg * (1 + reps / 30)


def range_start(key: str, now: datetime) -> datetime | None:
    """The start of a chart range ending at `now` (aware), or None for 'all'."""
    if key not in RANGES:
        raise ValueError(f"unknown range {key!r}")
    days = RANGES[key]
    if days is None:
        return None
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    return now - timedelta(days=days)


def local_midnight_utc(day: date, tz: ZoneInfo) -> datetime:
    """The UTC instant at which local `day` begins in `tz`."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def local_day(when: datetime, tz: ZoneInfo) -> date:
    return when.astimezone(tz).date()


# --- exercises and series -------------------------------------------------------------------


@dataclass(frozen=True)
class ExerciseHistory:
    exercise_id: int
    slug: str
    name: str
    mode: str
    workouts: int
    sets: int
    last_done: datetime  # UTC: start of the latest workout with this exercise


@dataclass(frozen=True)
class SeriesPoint:
    when: datetime  # UTC start of the workout
    day: date  # its local calendar day
    value: float


def _not_warmup() -> ColumnElement[bool]:
    return LoggedSet.set_type != "warmup"


def exercises_with_history(*, session: Session) -> list[ExerciseHistory]:
    """Exercises with at least one logged set (warm-ups included), by name."""
    # First collapse sets to (exercise, workout) pairs straight from the covering index
    # ix_logged_sets_exercise, then join the much smaller pair list to workouts.
    pairs = (
        select(
            LoggedSet.exercise_id.label("exercise_id"),
            LoggedSet.workout_id.label("workout_id"),
            func.count().label("n"),
        )
        .group_by(LoggedSet.exercise_id, LoggedSet.workout_id)
        .subquery()
    )
    per_exercise = (
        select(
            pairs.c.exercise_id,
            func.count().label("workouts"),
            func.sum(pairs.c.n).label("sets"),
            func.max(Workout.started_at).label("last_done"),
        )
        .join(Workout, Workout.id == pairs.c.workout_id)
        .group_by(pairs.c.exercise_id)
        .subquery()
    )
    stmt = (
        select(
            Exercise.id,
            Exercise.slug,
            Exercise.name,
            Exercise.mode,
            per_exercise.c.workouts,
            per_exercise.c.sets,
            per_exercise.c.last_done,
        )
        .join(per_exercise, per_exercise.c.exercise_id == Exercise.id)
        .order_by(func.lower(Exercise.name), Exercise.id)
    )
    return [
        ExerciseHistory(
            exercise_id=r[0],
            slug=r[1],
            name=r[2],
            mode=r[3],
            workouts=int(r[4]),
            sets=int(r[5]),
            last_done=r[6],
        )
        for r in session.execute(stmt)
    ]


def _measure_expression(measure: str) -> Any:
    w = LoggedSet.weight_kg
    reps = LoggedSet.reps
    if measure == "heaviest":
        return func.max(w)
    if measure == "e1rm":
        return func.max(case((and_(w > 0, reps > 0), w * (1 + reps / 30.0)), else_=None))
    if measure == "volume":
        return func.sum(case((and_(w.is_not(None), reps.is_not(None)), w * reps), else_=None))
    if measure == "reps":
        return func.sum(reps)
    if measure == "longest_hold":
        return func.max(LoggedSet.duration_seconds)
    if measure == "minutes":
        return func.sum(LoggedSet.duration_seconds) / 60.0
    raise ValueError(f"unknown measure {measure!r}")


def exercise_series(
    exercise_id: int,
    measure: str,
    *,
    session: Session,
    tz: ZoneInfo,
    since: datetime | None = None,
) -> list[SeriesPoint]:
    """One point per workout (oldest first) of `measure` for an exercise, warm-ups excluded.

    Workouts where the measure has no value (e.g. no weight logged for 'heaviest') are left
    out. `since` (aware) keeps workouts started at or after it.
    """
    value = _measure_expression(measure).label("value")
    stmt = (
        select(Workout.id, Workout.started_at, value)
        .select_from(LoggedSet)
        .join(Workout, Workout.id == LoggedSet.workout_id)
        .where(LoggedSet.exercise_id == exercise_id, _not_warmup())
        # grouping by the set's workout_id lets SQLite walk ix_logged_sets_exercise in order
        # (exercise_id, workout_id) instead of scanning every workout
        .group_by(LoggedSet.workout_id)
        .having(value.is_not(None))
        .order_by(Workout.started_at, Workout.id)
    )
    if since is not None:
        stmt = stmt.where(Workout.started_at >= since)
    return [
        SeriesPoint(when=started, day=local_day(started, tz), value=float(v))
        for _wid, started, v in session.execute(stmt)
    ]


# --- adherence, active days, streaks --------------------------------------------------------


@dataclass(frozen=True)
class AdherenceWeek:
    routine_id: int
    routine_name: str
    week_start: date  # local Monday
    sessions: int
    target_min: int | None
    target_max: int | None
    met: bool  # sessions >= target_min (or >= target_max when only a maximum is given)


def week_start(day: date) -> date:
    """The Monday of the week containing `day`."""
    return day - timedelta(days=day.weekday())


def weekly_adherence(
    *, session: Session, tz: ZoneInfo, weeks: int = 12, today: date | None = None
) -> list[AdherenceWeek]:
    """Sessions per local week for each routine with a weekly target, the last `weeks` weeks.

    Rows are ordered by routine name, then week (oldest first); every routine gets every week,
    with 0 sessions where none was done. Weeks are local calendar weeks (Monday to Sunday), so a
    week containing a DST change still covers exactly 7 local days.
    """
    if weeks < 1:
        return []
    if today is None:
        today = datetime.now(tz).date()
    last_monday = week_start(today)
    first_monday = last_monday - timedelta(weeks=weeks - 1)
    end = last_monday + timedelta(days=7)
    routines = session.execute(
        select(
            Routine.id, Routine.name, Routine.sessions_per_week_min, Routine.sessions_per_week_max
        )
        .where(
            or_(
                Routine.sessions_per_week_min.is_not(None),
                Routine.sessions_per_week_max.is_not(None),
            )
        )
        .order_by(func.lower(Routine.name), Routine.id)
    ).all()
    if not routines:
        return []
    ids = [r[0] for r in routines]
    rows = session.execute(
        select(Workout.routine_id, Workout.started_at).where(
            Workout.routine_id.in_(ids),
            Workout.started_at >= local_midnight_utc(first_monday, tz),
            Workout.started_at < local_midnight_utc(end, tz),
        )
    ).all()
    counts: dict[tuple[int | None, date], int] = {}
    for routine_id, started in rows:
        monday = week_start(local_day(started, tz))
        counts[(routine_id, monday)] = counts.get((routine_id, monday), 0) + 1
    result: list[AdherenceWeek] = []
    for rid, name, lo, hi in routines:
        threshold = lo if lo is not None else (hi or 0)
        for i in range(weeks):
            monday = first_monday + timedelta(weeks=i)
            n = counts.get((rid, monday), 0)
            result.append(
                AdherenceWeek(
                    routine_id=rid,
                    routine_name=name,
                    week_start=monday,
                    sessions=n,
                    target_min=lo,
                    target_max=hi,
                    met=n >= threshold,
                )
            )
    return result


def active_days(*, session: Session, tz: ZoneInfo, since: date | None = None) -> list[date]:
    """Distinct local days (ascending) with at least one workout, from `since` if given."""
    stmt = select(Workout.started_at)
    if since is not None:
        stmt = stmt.where(Workout.started_at >= local_midnight_utc(since, tz))
    days = {local_day(started, tz) for (started,) in session.execute(stmt)}
    if since is not None:
        days = {d for d in days if d >= since}
    return sorted(days)


def current_streak(days: Sequence[date], today: date) -> int:
    """Consecutive active days ending today, or yesterday if today has nothing yet."""
    have = set(days)
    day = today if today in have else today - timedelta(days=1)
    n = 0
    while day in have:
        n += 1
        day -= timedelta(days=1)
    return n


# --- personal records -----------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    kind: str  # a key of RECORD_KINDS
    value: float  # kg for weights and e1rm, reps for most_reps_at_weight, seconds otherwise
    reps: int | None
    weight_kg: float | None
    when: datetime  # UTC start of the workout in which it was set
    logged_set_id: int
    label: str


def _seconds_text(seconds: float) -> str:
    s = int(round(seconds))
    if s < 60:
        return f"{s} s"
    m, s = divmod(s, 60)
    if m < 60:
        return f"{m} min {s:02d} s" if s else f"{m} min"
    h, m = divmod(m, 60)
    return f"{h} h {m:02d} min"


def _label(kind: str, value: float, reps: int | None, weight: float | None, unit: str) -> str:
    if kind == "heaviest_weight":
        tail = f" × {reps}" if reps else ""
        return f"Heaviest weight: {format_weight(value, unit)}{tail}"
    if kind == "most_reps_at_weight":
        at = format_weight(weight, unit) if weight else "bodyweight"
        return f"Most reps at {at}: {int(value)}"
    if kind == "best_e1rm":
        return (
            f"Best estimated 1RM: {format_weight(value, unit)} "
            f"({format_weight(weight, unit)} × {reps}, Epley)"
        )
    if kind == "longest_hold":
        return f"Longest hold: {_seconds_text(value)}"
    if kind == "longest_activity":
        return f"Longest activity: {_seconds_text(value)}"
    raise ValueError(kind)


def _record(kind: str, row: Any, value: float, unit: str) -> Record:
    set_id, reps, weight, _duration, when = row
    return Record(
        kind=kind,
        value=float(value),
        reps=reps,
        weight_kg=weight,
        when=when,
        logged_set_id=set_id,
        label=_label(kind, float(value), reps, weight, unit),
    )


def _record_value(
    kind: str, reps: int | None, weight: float | None, duration: float | None
) -> float | None:
    if kind == "heaviest_weight":
        return weight if weight is not None and weight > 0 else None
    if kind == "most_reps_at_weight":
        return float(reps) if reps else None
    if kind == "best_e1rm":
        return epley(weight, reps) if weight and reps and weight > 0 and reps > 0 else None
    if kind in ("longest_hold", "longest_activity"):
        return duration if duration and duration > 0 else None
    raise ValueError(kind)


def _kinds_for_mode(mode: str) -> list[str]:
    if mode == "hold":
        return ["longest_hold", "most_reps_at_weight"]
    if mode == "duration":
        return ["longest_activity"]
    return ["heaviest_weight", "most_reps_at_weight", "best_e1rm"]


def _weight_key(weight: float | None) -> float | None:
    # Weights typed in lb are stored as exact kg conversions; 4 decimals groups equal entries.
    return None if weight is None else round(weight, 4)


def personal_records(
    exercise_id: int, *, session: Session, weight_unit: str = "kg"
) -> list[Record]:
    """The exercise's personal records, warm-ups ignored.

    Kinds by mode: reps → heaviest_weight, best_e1rm, most_reps_at_weight (one per weight,
    heaviest first; 'bodyweight' when no weight); hold → longest_hold and most reps;
    duration → longest_activity. A tie keeps the earliest set that reached the value.
    """
    mode = session.scalar(select(Exercise.mode).where(Exercise.id == exercise_id))
    if mode is None:
        return []
    kinds = _kinds_for_mode(mode)
    order = (Workout.started_at, Workout.id, LoggedSet.position, LoggedSet.id)  # earliest wins
    columns = (
        LoggedSet.id,
        LoggedSet.reps,
        LoggedSet.weight_kg,
        LoggedSet.duration_seconds,
        Workout.started_at,
    )
    base = (
        select(*columns)
        .join(Workout, Workout.id == LoggedSet.workout_id)
        .where(LoggedSet.exercise_id == exercise_id, _not_warmup())
    )
    result: list[Record] = []
    for kind in ("heaviest_weight", "best_e1rm", "longest_hold", "longest_activity"):
        if kind not in kinds:
            continue
        value = _record_expression(kind)
        row = session.execute(
            base.where(value.is_not(None)).order_by(value.desc(), *order).limit(1)
        ).one_or_none()
        if row is not None:
            result.append(_record(kind, row, _value_of(kind, row), weight_unit))
    if "most_reps_at_weight" in kinds:
        # the best set at each weight: one window query, first row of each weight partition
        ranked = (
            base.add_columns(
                func.row_number()
                .over(
                    partition_by=func.round(LoggedSet.weight_kg, 4),
                    order_by=(LoggedSet.reps.desc(), *order),
                )
                .label("rank")
            )
            .where(LoggedSet.reps > 0)
            .subquery()
        )
        best = session.execute(
            select(*(ranked.c[c.key] for c in columns))
            .where(ranked.c.rank == 1)
            .order_by(func.coalesce(ranked.c.weight_kg, -1.0).desc())
        ).all()
        for row in best:
            value = _value_of("most_reps_at_weight", row)
            result.append(_record("most_reps_at_weight", row, value, weight_unit))
    return result


def _record_expression(kind: str) -> Any:
    """The SQL value a record kind compares (NULL where the set has none)."""
    w, r, d = LoggedSet.weight_kg, LoggedSet.reps, LoggedSet.duration_seconds
    if kind == "heaviest_weight":
        return case((w > 0, w), else_=None)
    if kind == "best_e1rm":
        return case((and_(w > 0, r > 0), w * (1 + r / 30.0)), else_=None)
    if kind == "most_reps_at_weight":
        return case((r > 0, r), else_=None)
    return case((d > 0, d), else_=None)


def _value_of(kind: str, row: Any) -> float:
    value = _record_value(kind, row[1], row[2], row[3])
    assert value is not None
    return value


def new_records_for_set(
    logged_set_id: int, *, session: Session, weight_unit: str = "kg"
) -> list[Record]:
    """Records this set sets: strictly better than every earlier non-warm-up set of its exercise.

    'Earlier' means in an earlier workout, or earlier in the same workout. A warm-up sets no
    record, and neither does the very first set of a kind (there is nothing to beat yet:
    announcing a record on someone's first try would only be noise). For most reps, only
    earlier sets at the same weight count.
    """
    me = session.execute(
        select(
            LoggedSet.id,
            LoggedSet.exercise_id,
            LoggedSet.set_type,
            LoggedSet.reps,
            LoggedSet.weight_kg,
            LoggedSet.duration_seconds,
            LoggedSet.position,
            Workout.started_at,
            Workout.id,
            Exercise.mode,
        )
        .join(Workout, Workout.id == LoggedSet.workout_id)
        .join(Exercise, Exercise.id == LoggedSet.exercise_id)
        .where(LoggedSet.id == logged_set_id)
    ).one_or_none()
    if me is None:
        raise LookupError(f"no logged set {logged_set_id}")
    sid, exercise_id, set_type, reps, weight, duration, position, started, wid, mode = me
    if set_type == "warmup":
        return []
    earlier = and_(
        LoggedSet.exercise_id == exercise_id,
        _not_warmup(),
        LoggedSet.id != sid,
        or_(
            Workout.started_at < started,
            and_(Workout.started_at == started, Workout.id < wid),
            and_(
                Workout.id == wid,
                or_(
                    LoggedSet.position < position,
                    and_(LoggedSet.position == position, LoggedSet.id < sid),
                ),
            ),
        ),
    )
    base = select().select_from(LoggedSet).join(Workout, Workout.id == LoggedSet.workout_id)
    w = LoggedSet.weight_kg
    row = (sid, reps, weight, duration, started)
    found: list[Record] = []
    for kind in _kinds_for_mode(mode):
        mine = _record_value(kind, reps, weight, duration)
        if mine is None:
            continue
        expr = func.max(_record_expression(kind))
        cond: Any = earlier
        if kind == "most_reps_at_weight":  # only earlier sets at the same weight count
            same = (
                w.is_(None) if weight is None else func.round(w, 4) == literal(_weight_key(weight))
            )
            cond = and_(earlier, same)
        previous = session.scalar(base.add_columns(expr).where(cond))
        if previous is not None and mine > float(previous) + 1e-9:
            found.append(_record(kind, row, mine, weight_unit))
    return found


def measure_label(measure: str) -> str:
    return MEASURES[measure]


def value_text(measure: str, value: float, weight_unit: str = "kg") -> str:
    """A measure's value for display (weights in the person's unit)."""
    unit = MEASURE_UNITS[measure]
    if unit == "kg":
        return format_weight(value, weight_unit)
    if unit == "s":
        return _seconds_text(value)
    return f"{display_number(value, 1)} {unit}"


__all__ = [
    "MEASURES",
    "MEASURE_UNITS",
    "RANGES",
    "RANGE_LABELS",
    "RECORD_KINDS",
    "AdherenceWeek",
    "ExerciseHistory",
    "Record",
    "SeriesPoint",
    "active_days",
    "current_streak",
    "epley",
    "exercise_series",
    "exercises_with_history",
    "local_day",
    "local_midnight_utc",
    "measure_label",
    "measures_for_mode",
    "new_records_for_set",
    "personal_records",
    "range_start",
    "value_text",
    "week_start",
    "weekly_adherence",
]
