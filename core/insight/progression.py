"""Progressive overload: the next target of a routine item, from what was done in its workouts.

The API a tab or the CLI calls (all read-only; accepting is core.insight.targets):

- `suggest_next_target(item_id, session=..., weight_unit=..., exclude_workout_id=None)` ->
  `Suggestion`: the next target, why, and what was done last time;
- `suggest_routine(routine_id, session=..., weight_unit=...)` -> `RoutineNext`: the same for
  every item in order (`backline next`); `routine_next_to_json` is its JSON;
- `last_time_text(suggestion, unit)`: what was done last time, in words, to show beside it.

The suggestion starts from the item's current target (the newest accepted or edited target,
else the routine's prescription) and from the counted sets (warm-ups and drop sets left out)
of its recent workouts; the rules themselves are core.insight.progression_rules, pure, with
their numbers in one table there. A routine with suggestions switched off gets its current
target back, unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.formatting import duration_text
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.insight import progression_rules as rules
from core.insight.progression_rules import (
    COUNTED_SET_TYPES,
    DELOAD_AFTER_MISSES,
    DoneSet,
    DoneWorkout,
    ItemFacts,
)
from core.insight.targets import (
    CurrentTarget,
    Target,
    current_target,
    prescription_of,
    target_history,
)
from core.store.models import Exercise, LoggedSet, Routine, RoutineItem, Workout
from core.units import display_number, format_weight

__all__ = [
    "RULE_TEXT",  # noqa: F822 (made by __getattr__, in the language in use)
    "ItemNext",
    "RoutineNext",
    "Suggestion",
    "harder_variation",
    "last_time_text",
    "routine_next_to_json",
    "rule_text",
    "suggest_next_target",
    "suggest_routine",
]

OFF_REASON = QT_TRANSLATE_NOOP("core.insight.progression", "suggestions are off for this routine")
"""The reason of a routine with suggestions off, in English: translate("core.insight.progression",
OFF_REASON) reads it in the language in use."""


def rule_text() -> str:
    """The rules in a paragraph, for a person (the Progress tab, the routine editor), in the
    language in use."""
    from core.units import display_number

    def kg_lb(pair: tuple[float, float]) -> tuple[str, str]:
        return display_number(pair[0]), display_number(pair[1])

    barbell_kg, barbell_lb = kg_lb(rules.WEIGHT_STEPS["barbell"])
    dumbbell_kg, dumbbell_lb = kg_lb(rules.WEIGHT_STEPS["dumbbells"])
    return translate(
        "core.insight.progression",
        "Suggestions build on what you did, warm-ups left out. Weighted moves follow double "
        "progression: when every set reached the top of the rep range, the next target adds one "
        "step ({barbell_kg} kg or {barbell_lb} lb on a barbell, {dumbbell_kg} kg or "
        "{dumbbell_lb} lb on dumbbells; a routine item can have its own) and starts again from "
        "the bottom of the range; otherwise it stays at the weight you lifted and aims for the "
        "top. Bodyweight moves aim for one more rep than your fewest, up to the top of the "
        "range, then one more set (up to {extra_sets} more than the routine's), then the harder "
        "variation the article names. Holds held in full get {hold_step} seconds longer; cardio "
        "done in full gets {minutes_step} minutes more (up to {minutes_max}). After {misses} "
        "missed workouts in a row the suggestion is a deload. When a set fell short, the target "
        "stays until you fill it. The step sizes, the deload and the set limit are our rules, "
        "not the articles'. You decide: accept a suggestion, keep your target, or turn "
        "suggestions off for a routine.",
    ).format(
        barbell_kg=barbell_kg,
        barbell_lb=barbell_lb,
        dumbbell_kg=dumbbell_kg,
        dumbbell_lb=dumbbell_lb,
        extra_sets=rules.EXTRA_SETS,
        hold_step=rules.HOLD_STEP_SECONDS,
        minutes_step=rules.DURATION_STEP_MINUTES,
        minutes_max=rules.DURATION_MAX_MINUTES,
        misses=DELOAD_AFTER_MISSES,
    )


def __getattr__(name: str) -> str:
    """`RULE_TEXT`: rule_text(), read when it is asked for (so in the language then in use)."""
    if name == "RULE_TEXT":
        return rule_text()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Suggestion:
    """The suggested next target of a routine item (the target fields), and why.

    `changed`: it differs from the current target; `rule`: which rule decided (one of
    core.insight.progression_rules.RULES); `ours`: that rule or its step is ours, not the
    articles' (the reason says so too); `variation`: the slug of a harder variation offered
    (the routine's exercise is not changed by accepting); `current`: the target it starts
    from; `last`: the counted sets of the most recent workout (None: never done)."""

    item_id: int
    sets: int
    reps_min: int | None
    reps_max: int | None
    weight_kg: float | None
    hold_seconds: int | None
    duration_minutes: int | None
    changed: bool
    reason: str
    rule: str
    ours: bool
    variation: str | None
    current: CurrentTarget
    last: DoneWorkout | None

    @property
    def target(self) -> Target:
        """The suggested target, as `accept_target` takes it."""
        return Target(
            sets=self.sets,
            reps_min=self.reps_min,
            reps_max=self.reps_max,
            weight_kg=self.weight_kg,
            hold_seconds=self.hold_seconds,
            duration_minutes=self.duration_minutes,
        )


def _suggestion(
    current: CurrentTarget, decision: rules.Decision, last: DoneWorkout | None
) -> Suggestion:
    t = decision.target
    return Suggestion(
        item_id=current.item_id,
        sets=t.sets,
        reps_min=t.reps_min,
        reps_max=t.reps_max,
        weight_kg=t.weight_kg,
        hold_seconds=t.hold_seconds,
        duration_minutes=t.duration_minutes,
        changed=t != current.target,
        reason=decision.reason,
        rule=decision.rule,
        ours=decision.ours,
        variation=decision.variation,
        current=current,
        last=last,
    )


# --- reading what was done -----------------------------------------------------------------


def recent_workouts(
    item_id: int,
    *,
    session: Session,
    limit: int = DELOAD_AFTER_MISSES,
    exclude_workout_id: int | None = None,
) -> list[DoneWorkout]:
    """The item's `limit` most recent workouts with counted sets, newest first."""
    counted = (LoggedSet.routine_item_id == item_id) & LoggedSet.set_type.in_(COUNTED_SET_TYPES)
    query = (
        select(Workout.id, Workout.started_at)
        .join(LoggedSet, LoggedSet.workout_id == Workout.id)
        .where(counted)
        .group_by(Workout.id, Workout.started_at)
        .order_by(Workout.started_at.desc(), Workout.id.desc())
        .limit(limit)
    )
    if exclude_workout_id is not None:
        query = query.where(Workout.id != exclude_workout_id)
    heads = session.execute(query).all()
    if not heads:
        return []
    by_workout: dict[int, list[DoneSet]] = {wid: [] for wid, _ in heads}
    for wid, number, reps, weight, seconds in session.execute(
        select(
            LoggedSet.workout_id,
            LoggedSet.set_number,
            LoggedSet.reps,
            LoggedSet.weight_kg,
            LoggedSet.duration_seconds,
        )
        .where(counted, LoggedSet.workout_id.in_(list(by_workout)))
        .order_by(LoggedSet.workout_id, LoggedSet.position)
    ):
        by_workout[wid].append(DoneSet(number or 1, reps, weight, seconds))
    history = [(row.set_at, row.target) for row in target_history(item_id, session=session)]

    def target_then(started: Any) -> Target | None:
        """The newest target set before the workout started (None: the prescription)."""
        then = [target for set_at, target in history if set_at <= started]
        return then[-1] if then else None

    item = session.get(RoutineItem, item_id)
    plan = prescription_of(item) if item is not None else None
    return [
        DoneWorkout(wid, started, tuple(by_workout[wid]), target_then(started) or plan)
        for wid, started in heads
    ]


def harder_variation(slug: str, *, session: Session) -> tuple[str, str] | None:
    """(slug, name) of the harder variation the library names for `slug`, or None.

    A `variations` list runs from easier to harder (glute bridge: one-legged bridge, weighted
    hip thrust, barbell hip thrust), so the harder step of an exercise is the entry after it
    in a list that names it, else the first of its own list. Two exercises that list each
    other (deadlift, Romanian deadlift) are alternatives, not steps; archived ones are left
    out."""
    library: dict[str, tuple[str, list[str], bool]] = {
        row.slug: (row.name, list(row.variations or ()), bool(row.archived))
        for row in session.execute(
            select(Exercise.slug, Exercise.name, Exercise.variations, Exercise.archived)
        )
    }
    if slug not in library:
        return None
    candidates = [
        names[names.index(slug) + 1]
        for _name, names, _archived in library.values()
        if slug in names and names.index(slug) + 1 < len(names)
    ]
    candidates += library[slug][1][:1]
    for other in candidates:
        entry = library.get(other)
        if entry is None or other == slug or entry[2] or slug in entry[1]:
            continue
        return other, entry[0]
    return None


def _facts(item: RoutineItem, exercise: Exercise, session: Session) -> ItemFacts:
    harder = harder_variation(exercise.slug, session=session) if item.mode == "reps" else None
    return ItemFacts(
        mode=item.mode,
        kind=exercise.kind,
        equipment=tuple(exercise.equipment or ()),
        weight_step_kg=item.weight_step_kg,
        prescription=prescription_of(item),
        harder=harder,
    )


def suggest_next_target(
    routine_item_id: int,
    *,
    session: Session,
    weight_unit: str = "kg",
    exclude_workout_id: int | None = None,
) -> Suggestion:
    """The suggested next target of a routine item (see the module docstring).

    `weight_unit` ("kg" or "lb") sets the weight step and the words; `exclude_workout_id`
    leaves out a workout (the one running now, so its first sets do not count as "last
    time"). LookupError for an unknown item; ValueError for an unknown unit."""
    item = session.get(RoutineItem, routine_item_id)
    if item is None:
        raise LookupError(
            translate("core.insight.progression", "no routine item {id}").format(id=routine_item_id)
        )
    if weight_unit not in ("kg", "lb"):
        raise ValueError(f"unknown weight unit {weight_unit!r}")
    current = current_target(item.id, session=session)
    enabled = session.scalar(
        select(Routine.suggestions_enabled).where(Routine.id == item.routine_id)
    )
    workouts = recent_workouts(item.id, session=session, exclude_workout_id=exclude_workout_id)
    last = workouts[0] if workouts else None
    if not enabled:
        reason = translate("core.insight.progression", OFF_REASON)
        return _suggestion(current, rules.Decision(current.target, "off", reason), last)
    exercise = session.get(Exercise, item.exercise_id)
    assert exercise is not None  # the foreign key is RESTRICT
    decision = rules.next_target(
        current.target, workouts, _facts(item, exercise, session), unit=weight_unit
    )
    return _suggestion(current, decision, last)


# --- a whole routine (`backline next`) -----------------------------------------------------


@dataclass(frozen=True)
class ItemNext:
    """One routine item's next target. `position` counts from 1, in the routine's order."""

    position: int
    item_id: int
    exercise_slug: str
    exercise_name: str
    mode: str
    per_side: bool
    suggestion: Suggestion


@dataclass(frozen=True)
class RoutineNext:
    routine_id: int
    name: str
    suggestions_enabled: bool
    items: tuple[ItemNext, ...]


def suggest_routine(routine_id: int, *, session: Session, weight_unit: str = "kg") -> RoutineNext:
    """The next target of every item of a routine, in order. LookupError for an unknown id."""
    routine = session.get(Routine, routine_id)
    if routine is None:
        raise LookupError(
            translate("core.insight.progression", "no routine {id}").format(id=routine_id)
        )
    rows = session.execute(
        select(RoutineItem.id, RoutineItem.mode, RoutineItem.per_side, Exercise.slug, Exercise.name)
        .join(Exercise, Exercise.id == RoutineItem.exercise_id)
        .where(RoutineItem.routine_id == routine_id)
        .order_by(RoutineItem.position)
    ).all()
    items = tuple(
        ItemNext(
            position=n,
            item_id=item_id,
            exercise_slug=slug,
            exercise_name=name,
            mode=mode,
            per_side=bool(per_side),
            suggestion=suggest_next_target(item_id, session=session, weight_unit=weight_unit),
        )
        for n, (item_id, mode, per_side, slug, name) in enumerate(rows, start=1)
    )
    return RoutineNext(routine.id, routine.name, bool(routine.suggestions_enabled), items)


def routine_next_to_json(data: RoutineNext) -> dict[str, Any]:
    """`backline next --json`: {"routine": name, "suggestions_enabled", "items": [...]}; each
    item's weight in kg, whatever the unit the reason is worded in."""

    def item(entry: ItemNext) -> dict[str, Any]:
        s = entry.suggestion
        return {
            "position": entry.position,
            "exercise": entry.exercise_slug,
            "exercise_name": entry.exercise_name,
            "mode": entry.mode,
            "per_side": entry.per_side,
            "sets": s.sets,
            "reps_min": s.reps_min,
            "reps_max": s.reps_max,
            "weight_kg": s.weight_kg,
            "hold_seconds": s.hold_seconds,
            "duration_minutes": s.duration_minutes,
            "changed": s.changed,
            "rule": s.rule,
            "ours": s.ours,
            "variation": s.variation,
            "reason": s.reason,
            "current_source": s.current.source,
        }

    return {
        "routine": data.name,
        "suggestions_enabled": data.suggestions_enabled,
        "items": [item(entry) for entry in data.items],
    }


def last_time_text(suggestion: Suggestion, mode: str, unit: str) -> str:
    """What the most recent workout did, e.g. "12, 12, 11 reps @ 60 kg", "holds 30 s, 28 s",
    "32 min"; "" when the item was never done."""
    last = suggestion.last
    if last is None or not last.sets:
        return ""
    return done_text(last.sets, mode, unit)


def done_text(sets: Sequence[DoneSet], mode: str, unit: str) -> str:
    """Counted sets in words (see last_time_text)."""
    if mode == "hold":
        return translate("core.insight.progression", "holds {times}").format(
            times=", ".join(duration_text(s.seconds or 0) for s in sets)
        )
    if mode == "duration":
        minutes = sum((s.seconds or 0) for s in sets) / 60
        return f"{display_number(minutes, 1)} min"
    reps = translate("core.insight.progression", "{reps} reps").format(
        reps=", ".join(str(s.reps if s.reps is not None else 0) for s in sets)
    )
    weights: Mapping[float, None] = dict.fromkeys(
        s.weight_kg for s in sets if s.weight_kg is not None and s.weight_kg > 0
    )
    if not weights:
        return reps
    return translate("core.insight.progression", "{reps} @ {weights}").format(
        reps=reps, weights=", ".join(format_weight(w, unit) for w in weights)
    )
