"""Personal records: the best set of each kind per exercise, and the records one new set sets.

Warm-ups never count. Kinds by exercise mode: reps -> heaviest weight, best estimated 1RM
(Epley) and most reps at each weight; hold -> longest hold and most holds; duration -> longest
activity. A tie keeps the earliest set that reached the value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from core.formatting import duration_text, weight_text
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.insight.trends import TranslatedLabels, not_warmup
from core.store.dialect import round_to
from core.store.models import Exercise, LoggedSet, Workout

# kind -> its name, read in the language in use
RECORD_KINDS: Mapping[str, str] = TranslatedLabels(
    lambda text: translate("core.insight.records", text),
    {
        "heaviest_weight": QT_TRANSLATE_NOOP("core.insight.records", "Heaviest weight"),
        "most_reps_at_weight": QT_TRANSLATE_NOOP("core.insight.records", "Most reps at a weight"),
        "best_e1rm": QT_TRANSLATE_NOOP("core.insight.records", "Best estimated 1RM (Epley)"),
        "longest_hold": QT_TRANSLATE_NOOP("core.insight.records", "Longest hold"),
        "longest_activity": QT_TRANSLATE_NOOP("core.insight.records", "Longest activity"),
    },
)


def epley(weight_kg: float, reps: int) -> float:
    """Estimated one-rep max, Epley: w × (1 + reps/30)."""
    return weight_kg * (1 + reps / 30)


@dataclass(frozen=True)
class Record:
    kind: str  # a key of RECORD_KINDS
    value: float  # kg for weights and e1rm, reps for most_reps_at_weight, seconds otherwise
    reps: int | None
    weight_kg: float | None
    when: datetime  # UTC start of the workout in which it was set
    logged_set_id: int
    label: str


def _label(kind: str, value: float, reps: int | None, weight: float | None, unit: str) -> str:
    if kind == "heaviest_weight":
        if reps:
            return translate("core.insight.records", "Heaviest weight: {weight} × {reps}").format(
                weight=weight_text(value, unit), reps=reps
            )
        return translate("core.insight.records", "Heaviest weight: {weight}").format(
            weight=weight_text(value, unit)
        )
    if kind == "most_reps_at_weight":
        if weight:
            return translate("core.insight.records", "Most reps at {weight}: {reps}").format(
                weight=weight_text(weight, unit), reps=int(value)
            )
        return translate("core.insight.records", "Most reps at bodyweight: {reps}").format(
            reps=int(value)
        )
    if kind == "best_e1rm":
        return translate(
            "core.insight.records", "Best estimated 1RM: {e1rm} ({weight} × {reps}, Epley)"
        ).format(e1rm=weight_text(value, unit), weight=weight_text(weight or 0.0, unit), reps=reps)
    if kind == "longest_hold":
        return translate("core.insight.records", "Longest hold: {time}").format(
            time=duration_text(value)
        )
    if kind == "longest_activity":
        return translate("core.insight.records", "Longest activity: {time}").format(
            time=duration_text(value)
        )
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
        .where(LoggedSet.exercise_id == exercise_id, not_warmup())
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
                    partition_by=round_to(LoggedSet.weight_kg, 4),
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
        raise LookupError(
            translate("core.insight.records", "no logged set {id}").format(id=logged_set_id)
        )
    sid, exercise_id, set_type, reps, weight, duration, position, started, wid, mode = me
    if set_type == "warmup":
        return []
    earlier = and_(
        LoggedSet.exercise_id == exercise_id,
        not_warmup(),
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
            same = w.is_(None) if weight is None else round_to(w, 4) == literal(_weight_key(weight))
            cond = and_(earlier, same)
        previous = session.scalar(base.add_columns(expr).where(cond))
        if previous is not None and mine > float(previous) + 1e-9:
            found.append(_record(kind, row, mine, weight_unit))
    return found


__all__ = [
    "RECORD_KINDS",
    "Record",
    "epley",
    "new_records_for_set",
    "personal_records",
]
