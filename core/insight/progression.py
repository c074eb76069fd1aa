"""Progressive overload by double progression: the next target of a routine item.

The rule (RULE_TEXT says it for people): look at the most recent workout that has sets for the
routine item, warm-ups left out. If every one of those sets reached the top of the rep range,
the item moves on — weighted moves get 2.5 kg more (5 lb when the person works in pounds),
bodyweight moves get one more rep at both ends of the range, holds get 5 seconds longer.
Otherwise the target stays, so the next workouts aim to fill the range first. Timed activities
(duration items) keep their duration.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.bounds import PRESCRIPTION, number_bound
from core.store.models import LoggedSet, Routine, RoutineItem, Workout
from core.store.rows import row_from
from core.units import KG_PER_LB, format_weight

WEIGHT_STEP_KG = 2.5
WEIGHT_STEP_LB = 5.0
HOLD_STEP_SECONDS = 5
REP_STEP = 1

RULE_TEXT = (
    "Suggestions follow double progression. After each workout Backline looks at the sets you "
    "did for an exercise (warm-ups left out). When every set reached the top of the rep range, "
    "the next target goes up: 2.5 kg more (or 5 lb if you work in pounds) for weighted moves, "
    "one more rep for bodyweight moves, 5 seconds more for holds. When any set fell short, the "
    "target stays the same until you fill the range. Timed activities keep their duration. You "
    "can change any suggestion, or turn suggestions off for a routine."
)


@dataclass(frozen=True)
class Suggestion:
    item_id: int
    reps_min: int | None
    reps_max: int | None
    hold_seconds: int | None
    weight_kg: float | None
    changed: bool
    reason: str


def weight_step_kg(weight_unit: str) -> float:
    """The weight added by one step, in kg: 2.5 kg, or 5 lb expressed in kg."""
    if weight_unit == "lb":
        return WEIGHT_STEP_LB * KG_PER_LB
    if weight_unit == "kg":
        return WEIGHT_STEP_KG
    raise ValueError(f"unknown weight unit {weight_unit!r}")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def suggest_next_target(
    routine_item_id: int, *, session: Session, weight_unit: str = "kg"
) -> Suggestion:
    """The suggested target for the item's next workout (see the module docstring)."""
    item = session.get(RoutineItem, routine_item_id)
    if item is None:
        raise LookupError(f"no routine item {routine_item_id}")
    enabled = session.scalar(
        select(Routine.suggestions_enabled).where(Routine.id == item.routine_id)
    )

    def keep(reason: str) -> Suggestion:
        """The item's target as it stands, and why."""
        return row_from(Suggestion, item, item_id=item.id, changed=False, reason=reason)

    def change(reason: str, **new: Any) -> Suggestion:
        """The item's target with the `new` values in place of its own, and why."""
        return replace(keep(reason), changed=True, **new)

    if not enabled:
        return keep("suggestions are off for this routine")
    if item.mode == "duration":
        return keep("Timed activities keep their duration; no change is suggested.")

    # The most recent workout with non-warm-up sets of this item (index on routine_item_id).
    last_workout = session.scalar(
        select(Workout.id)
        .join(LoggedSet, LoggedSet.workout_id == Workout.id)
        .where(LoggedSet.routine_item_id == item.id, LoggedSet.set_type != "warmup")
        .order_by(Workout.started_at.desc(), Workout.id.desc())
        .limit(1)
    )
    if last_workout is None:
        return keep("There is no earlier workout with this exercise yet, so the target stays.")
    sets = session.execute(
        select(LoggedSet.reps, LoggedSet.weight_kg, LoggedSet.duration_seconds)
        .where(
            LoggedSet.workout_id == last_workout,
            LoggedSet.routine_item_id == item.id,
            LoggedSet.set_type != "warmup",
        )
        .order_by(LoggedSet.position)
    ).all()
    n = len(sets)

    if item.mode == "hold":
        target = item.hold_seconds
        if not target:
            return keep("This hold has no time target, so there is nothing to add to.")
        held_all = all(d is not None and d >= target for _r, _w, d in sets)
        reps_ok = item.reps_min is None or all(
            r is not None and r >= item.reps_min for r, _w, _d in sets
        )
        if held_all and reps_ok:
            new = min(
                target + HOLD_STEP_SECONDS, int(number_bound(PRESCRIPTION, "hold_seconds").maximum)
            )
            if new == target:
                return keep("The hold is already at the longest time we allow.")
            return change(
                f"Every hold in all {_plural(n, 'set')} lasted the full {target} s last "
                f"time, so hold {HOLD_STEP_SECONDS} s longer: {new} s.",
                hold_seconds=new,
            )
        return keep(f"Not every hold lasted the full {target} s last time, so the target stays.")

    top = item.reps_max if item.reps_max is not None else item.reps_min
    if top is None:
        return keep("This exercise has no rep target, so the target stays.")
    weighted = item.weight_kg is not None and item.weight_kg > 0
    tolerance = 1e-6
    if weighted:
        assert item.weight_kg is not None
        at_top = all(
            r is not None and r >= top and (w is None or w >= item.weight_kg - tolerance)
            for r, w, _d in sets
        )
        if not at_top:
            return keep(
                f"Not every set reached {top} reps at {format_weight(item.weight_kg, weight_unit)} "
                "last time, so the target stays."
            )
        step = weight_step_kg(weight_unit)
        new_weight = min(item.weight_kg + step, number_bound(PRESCRIPTION, "weight_kg").maximum)
        if new_weight <= item.weight_kg:
            return keep("The weight is already at the most we allow.")
        step_text = "5 lb" if weight_unit == "lb" else "2.5 kg"
        return change(
            f"All {_plural(n, 'set')} reached {top} reps last time, so add {step_text}: "
            f"{format_weight(new_weight, weight_unit)}.",
            weight_kg=new_weight,
        )
    at_top = all(r is not None and r >= top for r, _w, _d in sets)
    if not at_top:
        return keep(f"Not every set reached {top} reps last time, so the target stays.")
    new_min = None if item.reps_min is None else item.reps_min + REP_STEP
    new_max = None if item.reps_max is None else item.reps_max + REP_STEP
    cap = int(number_bound(PRESCRIPTION, "reps_max").maximum)
    if (new_max or new_min or 0) > cap:
        return keep("The rep range is already at the most we allow.")
    span = (
        f"{new_min}-{new_max}"
        if new_min is not None and new_max is not None
        else str(new_max if new_max is not None else new_min)
    )
    return change(
        f"All {_plural(n, 'set')} reached {top} reps last time, so aim for one more rep: "
        f"{span} reps.",
        reps_min=new_min,
        reps_max=new_max,
    )
