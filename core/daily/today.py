"""Where a person stands today on the articles' whole program.

For one local day: each part of the program with its target, what was done and whether that
meets it, and the article it comes from. Weekly parts (strength, cardio) count the local week
(Monday to Sunday) that holds the day; daily parts count that day. Activities come from the
workouts the player logged (warm-ups never count); intake, sleep and water from the day log;
the calorie and protein targets from the plan (core.body.nutrition), so they exist only once the
person has filled in the plan.

One aggregate query reads the week's workouts (a row per workout), so the Today view costs the
same with ten years of history as with one week.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Mapped, Session

from core.body import nutrition
from core.body.measurements import latest_weight_kg
from core.daily.log import DayRow, get_day
from core.daily.program import ProgramPart, load_program
from core.i18n import QT_TRANSLATE_NOOP, decimal_separator, translate
from core.insight.trends import local_day, local_midnight_utc, week_start
from core.library.localized import data_text
from core.store.models import Exercise, LoggedSet, Routine, Workout
from core.store.settings import load_settings

T = TypeVar("T")

__all__ = ["DUE_ORDER", "ITEM_KEYS", "StartAction", "TodayItem", "TodayReport", "today_report"]

ITEM_KEYS = (
    "strength",
    "cardio",
    "massage",
    "home_complex",
    "sleep",
    "protein",
    "calories",
    "servings",
    "water",
)


@dataclass(frozen=True)
class TodayItem:
    key: str
    label: str
    period: str  # day | week
    unit: str
    target_min: float | None  # None: no target yet (the plan is not filled in)
    target_max: float | None  # None: "at least target_min"
    done: float | None  # None: nothing logged
    met: bool | None  # None: no target to meet
    source: str | None  # the seed file, or None for our own default
    note: str = ""  # why a target is missing, or what "done" counts
    english_label: str = ""  # the label in English, for to_json ('' when it is `label`)
    english_note: str = ""  # the note in English, for to_json ('' when it is `note`)

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "label": self.english_label or self.label,
            "target": None
            if self.target_min is None
            else {
                "min": self.target_min,
                "max": self.target_max,
                "unit": self.unit,
                "period": self.period,
            },
            "done": self.done,
            "met": self.met,
            "source": self.source,
            "note": self.english_note or self.note,
        }


@dataclass(frozen=True)
class StartAction:
    """How the player starts a part that is due: a routine, or a timer on one exercise (an
    ad-hoc workout with that exercise for `minutes`)."""

    key: str  # the TodayItem it serves
    label: str  # for a button: "Start Daily home back complex", "Start a 5 min massage"
    routine_id: int | None = None
    exercise_slug: str | None = None
    minutes: float | None = None
    english_label: str = ""  # the label in English, for to_json ('' when it is `label`)

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "label": self.english_label or self.label,
            "routine_id": self.routine_id,
            "exercise": self.exercise_slug,
            "minutes": self.minutes,
        }


# What is due first when several parts are open: the morning complex, the daily massage, then
# the week's cardio and strength (ours: the order the articles' days are laid out in).
DUE_ORDER = ("home_complex", "massage", "cardio", "strength")


@dataclass(frozen=True)
class TodayReport:
    day: date
    week_start: date
    items: tuple[TodayItem, ...]
    starts: tuple[StartAction, ...] = ()
    """One per part that is not met and can be started from the player, in DUE_ORDER."""

    def item(self, key: str) -> TodayItem:
        return next(i for i in self.items if i.key == key)

    @property
    def next_due(self) -> StartAction | None:
        return self.starts[0] if self.starts else None

    def to_json(self) -> dict[str, object]:
        return {
            "date": self.day.isoformat(),
            "week_start": self.week_start.isoformat(),
            "next_due": None if self.next_due is None else self.next_due.to_json(),
            "items": [i.to_json() for i in self.items],
        }


@dataclass(frozen=True)
class WorkoutTotals:
    """One workout as the program sees it (a row of the aggregate query)."""

    day: date
    routine_key: str | None
    strength: bool
    cardio_seconds: float
    massage_seconds: float


def workouts_between(
    first: date, last: date, tz: ZoneInfo, massage_slug: str, *, session: Session
) -> list[WorkoutTotals]:
    """What each finished workout started on local days `first`..`last` holds for the
    program."""
    working = LoggedSet.set_type != "warmup"
    seconds = func.coalesce(LoggedSet.duration_seconds, 0)
    stmt = (
        select(
            Workout.started_at,
            Routine.builtin_key,
            func.max(case((and_(working, Exercise.kind == "strength"), 1), else_=0)),
            func.sum(case((and_(working, Exercise.kind == "cardio"), seconds), else_=0)),
            func.sum(case((and_(working, Exercise.slug == massage_slug), seconds), else_=0)),
        )
        .join(LoggedSet, LoggedSet.workout_id == Workout.id)
        .join(Exercise, Exercise.id == LoggedSet.exercise_id)
        .outerjoin(Routine, Routine.id == Workout.routine_id)
        .where(
            Workout.started_at >= local_midnight_utc(first, tz),
            Workout.started_at < local_midnight_utc(last + timedelta(days=1), tz),
            # a workout counts once it is finished: one a crash left open is not a session
            # done (it is offered for resuming; finishing it counts it)
            Workout.ended_at.is_not(None),
        )
        .group_by(Workout.id, Workout.started_at, Routine.builtin_key)
    )
    return [
        WorkoutTotals(local_day(started, tz), key, bool(strong), float(cardio), float(massage))
        for started, key, strong, cardio, massage in session.execute(stmt)
    ]


def _met(
    part_min: float | None, part_max: float | None, done: float | None, *, capped: bool
) -> bool | None:
    """Met when done reaches the minimum (and, for `capped` parts, stays within the maximum)."""
    if part_min is None:
        return None
    if done is None:
        return False
    if capped and part_max is not None and done > part_max:
        return False
    return done >= part_min


def _text(source: str, **values: object) -> tuple[str, str]:
    """(English, the language in use) of a message marked with QT_TRANSLATE_NOOP in this
    module, its placeholders filled with `values`."""
    return source.format(**values), translate("core.daily.today", source).format(**values)


def _number(value: float) -> tuple[str, str]:
    """A number as `{:g}` writes it: (English, with the language's decimal separator)."""
    text = f"{value:g}"
    return text, text.replace(".", decimal_separator())


def _from_part(
    part: ProgramPart, done: float | None, note: tuple[str, str] = ("", "")
) -> TodayItem:
    english_note, shown_note = note
    if not english_note and part.source is None:
        english_note, shown_note = _text(
            QT_TRANSLATE_NOOP("core.daily.today", "our default ({reference})"),
            reference=part.reference,
        )
    return TodayItem(
        key=part.key,
        label=data_text(part.label),
        period=part.period,
        unit=part.unit,
        target_min=part.low,
        target_max=part.high,
        done=done,
        met=_met(part.low, part.high, done, capped=False),
        source=part.source,
        note=shown_note,
        english_label=part.label,
        english_note=english_note,
    )


def today_report(day: date, *, session: Session, tz: ZoneInfo) -> TodayReport:
    """The program for `day` (a local date in `tz`)."""
    program = load_program()
    monday = week_start(day)
    workouts = workouts_between(
        monday, monday + timedelta(days=6), tz, program["massage"].exercise or "", session=session
    )
    plan = current_plan(day, session=session)
    items = weekly_items(program, workouts) + daily_items(
        program, plan, [w for w in workouts if w.day == day], get_day(day, session=session)
    )
    starts = _starts(program, {i.key: i for i in items}, session=session)
    return TodayReport(day=day, week_start=monday, items=tuple(items), starts=starts)


def _starts(
    program: dict[str, ProgramPart], items: dict[str, TodayItem], *, session: Session
) -> tuple[StartAction, ...]:
    """What the player can start for each part not met yet."""
    out: list[StartAction] = []
    for key in DUE_ORDER:
        item = items[key]
        if item.met is not False:
            continue
        action = _start_for(key, program[key], item, program["home_complex"], session=session)
        if action is not None:
            out.append(action)
    return tuple(out)


def _start_for(
    key: str, part: ProgramPart, item: TodayItem, home_complex: ProgramPart, *, session: Session
) -> StartAction | None:
    if key == "home_complex":
        row = session.execute(
            select(Routine.id, Routine.name).where(Routine.builtin_key == part.routine)
        ).first()
        return None if row is None else _start_routine(key, row.name, row.id)
    if key == "massage":
        left = part.low - (item.done or 0)
        english, shown = _number(left)
        return StartAction(
            key,
            translate("core.daily.today", "Start a {minutes} min massage").format(minutes=shown),
            exercise_slug=part.exercise,
            minutes=left,
            english_label=f"Start a {english} min massage",
        )
    if key == "cardio":
        # the cardio the person did last, else the article's first (running)
        slug = session.scalar(_last_done(Exercise.kind == "cardio", Exercise.slug)) or "running"
        minutes = part.session_minutes or 30
        english, shown = _number(minutes)
        return StartAction(
            key,
            translate("core.daily.today", "Start {minutes} min of cardio").format(minutes=shown),
            exercise_slug=slug,
            minutes=minutes,
            english_label=f"Start {english} min of cardio",
        )
    # strength: the routine of the last strength workout
    routine_id = session.scalar(
        _last_done(
            and_(Exercise.kind == "strength", Workout.routine_id.is_not(None)),
            Workout.routine_id,
        ).where(
            Workout.routine_id.not_in(
                select(Routine.id).where(Routine.builtin_key == home_complex.routine)
            )
        )
    )
    if routine_id is None:
        return None
    name = session.scalar(select(Routine.name).where(Routine.id == routine_id))
    return _start_routine(key, name or "", routine_id)


def _start_routine(key: str, name: str, routine_id: int) -> StartAction:
    """ "Start Daily home back complex": the routine's name as the person reads it."""
    return StartAction(
        key,
        translate("core.daily.today", "Start {routine}").format(routine=data_text(name)),
        routine_id=routine_id,
        english_label=f"Start {name}",
    )


def _last_done(condition: ColumnElement[bool], column: Mapped[T]) -> Select[T]:
    """`column` of the most recent working set matching `condition`."""
    return (
        select(column)
        .select_from(LoggedSet)
        .join(Exercise, Exercise.id == LoggedSet.exercise_id)
        .join(Workout, Workout.id == LoggedSet.workout_id)
        .where(condition, LoggedSet.set_type != "warmup")
        .order_by(Workout.started_at.desc(), LoggedSet.id.desc())
        .limit(1)
    )


def current_plan(day: date, *, session: Session) -> nutrition.Plan:
    """The plan as the person set it up, with the latest body weight."""
    return nutrition.compute_plan(
        nutrition.inputs_from_settings(
            load_settings(session=session), weight_kg=latest_weight_kg(session=session), today=day
        )
    )


def weekly_items(program: dict[str, ProgramPart], week: Sequence[WorkoutTotals]) -> list[TodayItem]:
    """Strength and cardio for one local week's workouts."""
    complex_key = program["home_complex"].routine
    session_seconds = (program["cardio"].session_minutes or 0) * 60
    strength = sum(1 for w in week if w.strength and w.routine_key != complex_key)
    cardio_sessions = sum(1 for w in week if w.cardio_seconds >= session_seconds > 0)
    cardio_minutes = sum(w.cardio_seconds for w in week) / 60
    return [
        _from_part(
            program["strength"],
            strength,
            _text(
                QT_TRANSLATE_NOOP(
                    "core.daily.today",
                    "workouts this week with a working strength set "
                    "(the home complex counts apart)",
                )
            ),
        ),
        _from_part(
            program["cardio"],
            cardio_sessions,
            _text(
                QT_TRANSLATE_NOOP("core.daily.today", "{minutes} min of cardio this week in all"),
                minutes=f"{cardio_minutes:.0f}",
            ),
        ),
    ]


def daily_items(
    program: dict[str, ProgramPart],
    plan: nutrition.Plan,
    day_workouts: Sequence[WorkoutTotals],
    logged: DayRow | None,
) -> list[TodayItem]:
    """Massage, the home complex, sleep, protein, calories, servings and water for one day."""
    complex_key = program["home_complex"].routine
    massage_minutes = sum(w.massage_seconds for w in day_workouts) / 60
    complex_done = sum(1 for w in day_workouts if w.routine_key == complex_key)
    return [
        _from_part(program["massage"], massage_minutes or None),
        _from_part(program["home_complex"], complex_done or None),
        _plan_item(
            plan,
            "sleep",
            QT_TRANSLATE_NOOP("core.daily.today", "Sleep last night"),
            "h",
            logged.sleep_hours if logged else None,
        ),
        _plan_item(
            plan,
            "protein",
            QT_TRANSLATE_NOOP("core.daily.today", "Protein"),
            "g",
            logged.protein_g if logged else None,
        ),
        _plan_item(
            plan,
            "calories",
            QT_TRANSLATE_NOOP("core.daily.today", "Calories"),
            "kcal",
            logged.kcal if logged else None,
        ),
        _from_part(program["servings"], logged.servings if logged else None),
        _from_part(program["water"], logged.water_l if logged else None),
    ]


_PLAN_FIGURE = {"sleep": "sleep", "protein": "protein", "calories": "target_range"}


def _plan_item(
    plan: nutrition.Plan, key: str, label: str, unit: str, done: float | None
) -> TodayItem:
    """Sleep, protein and calories: their targets are the plan's figures. Protein is at least
    its minimum; sleep and calories should fall inside their range. `label` is English, marked
    for translation in this module."""
    shown_label = translate("core.daily.today", label)
    figure = plan.figure(_PLAN_FIGURE[key])
    if figure is None:
        if plan.missing:
            source = QT_TRANSLATE_NOOP(
                "core.daily.today", "no target until the plan has {missing} (Body & plan)"
            )
            english_note = source.format(missing=", ".join(plan.missing))
            note = translate("core.daily.today", source).format(
                missing=", ".join(nutrition.input_label(name) for name in plan.missing)
            )
        else:
            english_note, note = _text(
                QT_TRANSLATE_NOOP(
                    "core.daily.today", "no target until the plan has its inputs (Body & plan)"
                )
            )
        return TodayItem(
            key=key,
            label=shown_label,
            period="day",
            unit=unit,
            target_min=None,
            target_max=None,
            done=done,
            met=None,
            source=None,
            note=note,
            english_label=label,
            english_note=english_note,
        )
    low, high = round(figure.low, 1), round(figure.high, 1)
    return TodayItem(
        key=key,
        label=shown_label,
        period="day",
        unit=unit,
        target_min=low,
        target_max=high,
        done=done,
        met=_met(low, high, done, capped=key != "protein"),
        source=figure.source.file,
        note=figure.basis,
        english_label=label,
    )
