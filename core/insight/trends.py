"""Progress: per-exercise series for charts, weekly adherence, active days (records: records.py).

Every aggregate runs in SQL (GROUP BY per workout or per exercise, using the indexes on
logged_sets); Python only turns the few resulting rows (one per workout at most) into local
calendar days with `zoneinfo`, which is what makes days and weeks right across DST changes.

Warm-up sets (set_type 'warmup') never count: not in series, not for records (`not_warmup`).

How sets are read, by exercise mode:
- reps: weight_kg and reps per set (weight null = bodyweight);
- hold: reps = holds done, duration_seconds = seconds held (per rep);
- duration: duration_seconds = time of continuous activity.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from core.formatting import duration_text, weight_text
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.store.models import Exercise, LoggedSet, Routine, Workout
from core.units import display_number


def _translated(text: str) -> str:
    return translate("core.insight.trends", text)


class TranslatedLabels(Mapping[str, str]):
    """key -> a text marked with QT_TRANSLATE_NOOP, given to `translated` (the module's own
    `translate` with its context) each time it is read: a module-level table that reads in
    the language in use whenever it is read. `english(key)` is the source text."""

    def __init__(self, translated: Callable[[str], str], texts: Mapping[str, str]) -> None:
        self._translated = translated
        self._texts = dict(texts)

    def __getitem__(self, key: str) -> str:
        return self._translated(self._texts[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def english(self, key: str) -> str:
        return self._texts[key]


MEASURES: Mapping[str, str] = TranslatedLabels(
    _translated,
    {
        "heaviest": QT_TRANSLATE_NOOP("core.insight.trends", "Heaviest set"),
        "e1rm": QT_TRANSLATE_NOOP("core.insight.trends", "Estimated 1RM"),
        "volume": QT_TRANSLATE_NOOP("core.insight.trends", "Volume per workout"),
        "reps": QT_TRANSLATE_NOOP("core.insight.trends", "Total reps"),
        "longest_hold": QT_TRANSLATE_NOOP("core.insight.trends", "Longest hold"),
        "minutes": QT_TRANSLATE_NOOP("core.insight.trends", "Minutes of activity"),
    },
)

# What a short label stands for, for a tooltip.
MEASURE_HINTS: Mapping[str, str] = TranslatedLabels(
    _translated,
    {
        "heaviest": QT_TRANSLATE_NOOP(
            "core.insight.trends", "The heaviest weight lifted in one set, per workout"
        ),
        "e1rm": QT_TRANSLATE_NOOP(
            "core.insight.trends",
            "Estimated one-rep maximum (Epley: w × (1 + reps/30)), the best set per workout",
        ),
        "volume": QT_TRANSLATE_NOOP(
            "core.insight.trends", "Weight × reps summed over the workout's sets"
        ),
        "reps": QT_TRANSLATE_NOOP("core.insight.trends", "Reps summed over the workout's sets"),
        "longest_hold": QT_TRANSLATE_NOOP("core.insight.trends", "The longest hold of the workout"),
        "minutes": QT_TRANSLATE_NOOP("core.insight.trends", "Minutes of the activity, per workout"),
    },
)

# Units of each measure's value (weights in kg; the UI converts to the person's unit). Keys,
# not words: value_text says them in the language in use.
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
# A reps move done without weight (a bodyweight move) has no weight to chart.
_BODYWEIGHT_MEASURES = ["reps"]

RANGES: dict[str, int | None] = {"30d": 30, "3m": 91, "1y": 365, "all": None}
RANGE_LABELS: Mapping[str, str] = TranslatedLabels(
    _translated,
    {
        "30d": QT_TRANSLATE_NOOP("core.insight.trends", "30 days"),
        "3m": QT_TRANSLATE_NOOP("core.insight.trends", "3 months"),
        "1y": QT_TRANSLATE_NOOP("core.insight.trends", "1 year"),
        "all": QT_TRANSLATE_NOOP("core.insight.trends", "All"),
    },
)


def measures_for_mode(mode: str, *, weighted: bool = True) -> list[str]:
    """The measures that make sense for an exercise mode (reps | hold | duration), the one
    to show first at the head: heaviest for a weighted reps move, reps for one done without
    weight, the longest hold for a hold, minutes for a timed activity."""
    try:
        keys = list(_MODE_MEASURES[mode])
    except KeyError:
        raise ValueError(f"unknown exercise mode {mode!r}") from None
    if mode == "reps" and not weighted:
        return list(_BODYWEIGHT_MEASURES)
    return keys


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
    weighted: bool = False  # some working set was logged with a weight


@dataclass(frozen=True)
class SeriesPoint:
    when: datetime  # UTC start of the workout
    day: date  # its local calendar day
    value: float


def not_warmup() -> ColumnElement[bool]:
    """The condition that leaves warm-up sets out of every aggregate."""
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
            func.max(case((and_(LoggedSet.weight_kg > 0, not_warmup()), 1), else_=0)).label(
                "weighted"
            ),
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
            func.max(pairs.c.weighted).label("weighted"),
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
            per_exercise.c.weighted,
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
            weighted=bool(r[7]),
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
    # one start per workout: max() names it as an aggregate, as PostgreSQL requires
    started_at = func.max(Workout.started_at).label("started_at")
    stmt = (
        select(LoggedSet.workout_id, started_at, value)
        .select_from(LoggedSet)
        .join(Workout, Workout.id == LoggedSet.workout_id)
        .where(LoggedSet.exercise_id == exercise_id, not_warmup())
        # grouping by the set's workout_id lets SQLite walk ix_logged_sets_exercise in order
        # (exercise_id, workout_id) instead of scanning every workout
        .group_by(LoggedSet.workout_id)
        .having(value.is_not(None))
        .order_by(started_at, LoggedSet.workout_id)
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
    # The week is on or after the week of the routine's first counted workout. Earlier weeks
    # are no misses: the routine was not in use yet (met is False, and means nothing there).
    tracked: bool = True


def adherence_summary(weeks: Sequence[AdherenceWeek]) -> tuple[int, int]:
    """(weeks met, weeks tracked) of one routine's weeks: "met N of M weeks" counts from the
    week the routine was first used, never the weeks before it."""
    tracked = [w for w in weeks if w.tracked]
    return sum(1 for w in tracked if w.met), len(tracked)


def week_start(day: date) -> date:
    """The Monday of the week containing `day`."""
    return day - timedelta(days=day.weekday())


def weekly_adherence(
    *, session: Session, tz: ZoneInfo, weeks: int = 12, today: date | None = None
) -> list[AdherenceWeek]:
    """Sessions per local week for each routine with a weekly target, the last `weeks` weeks.

    Rows are ordered by routine name, then week (oldest first); every routine gets every week,
    with 0 sessions where none was done; a workout with no logged set never counts. Weeks
    before the week of a routine's first counted workout (ever, not only in the window) are
    `tracked=False`: the routine was not in use, so they are no misses. Weeks are local
    calendar weeks (Monday to Sunday), so a week containing a DST change still covers exactly
    7 local days.
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
            _has_sets(),  # a workout started and ended with no set is no session
        )
    ).all()
    firsts = session.execute(
        select(Workout.routine_id, func.min(Workout.started_at))
        .where(Workout.routine_id.in_(ids), _has_sets())
        .group_by(Workout.routine_id)
    ).all()
    first_week = {rid: week_start(local_day(_aware(first), tz)) for rid, first in firsts}
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
            in_use_from = first_week.get(rid)
            tracked = in_use_from is not None and monday >= in_use_from
            result.append(
                AdherenceWeek(
                    routine_id=rid,
                    routine_name=name,
                    week_start=monday,
                    sessions=n,
                    target_min=lo,
                    target_max=hi,
                    met=tracked and n >= threshold,
                    tracked=tracked,
                )
            )
    return result


def _aware(when: datetime) -> datetime:
    """A stored UTC time (an aggregate may come back without its zone) as an aware datetime."""
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _has_sets() -> ColumnElement[bool]:
    """A workout counts (adherence, active days, streaks) only when it has a logged set."""
    return select(LoggedSet.id).where(LoggedSet.workout_id == Workout.id).exists()


def active_days(*, session: Session, tz: ZoneInfo, since: date | None = None) -> list[date]:
    """Distinct local days (ascending) with at least one logged set, from `since` if given."""
    stmt = select(Workout.started_at).where(_has_sets())
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


# --- display ----------------------------------------------------------------------------------


def measure_label(measure: str) -> str:
    return MEASURES[measure]


def value_text(measure: str, value: float, weight_unit: str = "kg") -> str:
    """A measure's value for display (weights in the person's unit)."""
    unit = MEASURE_UNITS[measure]
    if unit == "kg":
        return weight_text(value, weight_unit)
    if unit == "s":
        return duration_text(value)
    if unit == "reps":
        if float(value).is_integer():
            reps = int(value)  # a plain name: lupdate reads no other expression as a count
            return translate("core.insight.trends", "%n rep(s)", None, reps)
        return translate("core.insight.trends", "{reps} reps").format(reps=display_number(value, 1))
    return f"{display_number(value, 1)} {unit}"


__all__ = [
    "MEASURES",
    "MEASURE_HINTS",
    "MEASURE_UNITS",
    "RANGES",
    "RANGE_LABELS",
    "AdherenceWeek",
    "ExerciseHistory",
    "SeriesPoint",
    "TranslatedLabels",
    "active_days",
    "adherence_summary",
    "current_streak",
    "exercise_series",
    "exercises_with_history",
    "local_day",
    "local_midnight_utc",
    "measure_label",
    "measures_for_mode",
    "not_warmup",
    "range_start",
    "value_text",
    "week_start",
    "weekly_adherence",
]
