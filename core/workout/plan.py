"""From a routine (or nothing) to the plan the player follows.

A ``WorkoutPlan`` is a plain copy of what a workout is made of: the player's ``PlanItem`` list and,
index for index, the exercise id each item logs against. It is copied out of the database when a
workout starts and stored with the workout (``plan_to_json``), so a routine edited while a
workout is unfinished cannot change the steps a crash-resume lands on.

Ad-hoc workouts start with an empty plan; ``plan_item_for_exercise`` makes an item from a library
entry's prescription when the person adds an exercise on the fly.

No Qt here (DESIGN.md rule 1). The routine is read straight from the ORM (a small select) so this
module does not depend on the routine editor's services; an item's sets, reps, weight, hold and
minutes are its current target (``core.insight.targets.current_target``), not its own columns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.i18n import translate
from core.insight.targets import Target, current_target
from core.store.models import Exercise, Routine, RoutineItem
from core.workout.steps import PlanItem, PlayerOptions

__all__ = [
    "AD_HOC_REST_SECONDS",
    "RoutineChoice",
    "WorkoutPlan",
    "list_startable_routines",
    "options_from_json",
    "options_to_json",
    "plan_from_json",
    "plan_item_for_exercise",
    "plan_to_json",
    "routine_plan",
]

AD_HOC_REST_SECONDS = 60
"""Rest between sets of an exercise added on the fly when the library gives none (our default)."""

_PLAN_FIELDS = tuple(f.name for f in fields(PlanItem))
_OPTION_FIELDS = tuple(f.name for f in fields(PlayerOptions))


@dataclass(frozen=True)
class RoutineChoice:
    """A routine the person can start: for the Workout tab's picker."""

    id: int
    name: str
    item_count: int


DEFAULT_WORKOUT_NAME = "Workout"  # stored for a workout started without a routine


def shown_workout_name(stored: str | None) -> str:
    """A workout's name as a person reads it: the default one (or none) as "Workout" in the
    language in use, a shipped routine's translated, a person's own as it is."""
    if not stored or stored == DEFAULT_WORKOUT_NAME:
        return translate("core.workout.plan", "Workout")
    from core.library.localized import data_text

    return data_text(stored)


@dataclass(frozen=True)
class WorkoutPlan:
    """What a workout is made of. ``exercise_ids[i]`` is the exercise ``items[i]`` logs against."""

    name: str
    items: tuple[PlanItem, ...] = ()
    exercise_ids: tuple[int, ...] = ()
    routine_id: int | None = None
    suggestions_enabled: bool = True

    def __post_init__(self) -> None:
        if len(self.items) != len(self.exercise_ids):
            raise ValueError("every plan item needs its exercise id")

    @property
    def empty(self) -> bool:
        return not self.items

    def with_item(self, item: PlanItem, exercise_id: int) -> WorkoutPlan:
        """This plan with one more item at the end (an ad-hoc addition)."""
        return replace(
            self, items=(*self.items, item), exercise_ids=(*self.exercise_ids, exercise_id)
        )


def list_startable_routines(*, session: Session) -> list[RoutineChoice]:
    """Routines with at least one item, by name."""
    count = func.count(RoutineItem.id)
    rows = session.execute(
        select(Routine.id, Routine.name, count)
        .join(RoutineItem, RoutineItem.routine_id == Routine.id)
        .group_by(Routine.id)
        .having(count > 0)
        .order_by(func.lower(Routine.name))
    ).all()
    return [RoutineChoice(id=r[0], name=r[1], item_count=int(r[2])) for r in rows]


def find_startable_routine(query: str, *, session: Session) -> RoutineChoice | None:
    """The startable routine a person named: its name (any case, spaces trimmed), or its
    ready-made key (e.g. `002-strength`). None when nothing matches."""
    wanted = " ".join(query.split()).casefold()
    choices = list_startable_routines(session=session)
    for choice in choices:
        if choice.name.casefold() == wanted:
            return choice
    keyed = session.execute(
        select(Routine.id).where(func.lower(Routine.builtin_key) == wanted)
    ).scalar_one_or_none()
    return next((c for c in choices if c.id == keyed), None)


def _item_from_row(item: RoutineItem, exercise: Exercise, target: Target) -> PlanItem:
    """The player's item: the routine's rest, circuit and positions, and the item's current
    ``target`` for sets, reps, weight, hold seconds and minutes."""
    return PlanItem(
        item_id=item.id,
        exercise_slug=exercise.slug,
        exercise_name=exercise.name,
        mode=item.mode,  # type: ignore[arg-type]
        sets=max(1, target.sets),
        reps_min=target.reps_min,
        reps_max=target.reps_max,
        hold_seconds=target.hold_seconds,
        duration_minutes=target.duration_minutes,
        per_side=bool(item.per_side),
        rest_seconds=item.rest_seconds or 0,
        rest_after_seconds=item.rest_after_seconds or 0,
        weight_kg=target.weight_kg,
        circuit=item.circuit,
        rounds=item.rounds,
        positions=_positions(item.mode, exercise),
        count_up=bool(item.count_up) and item.mode in ("hold", "duration"),
    )


def _positions(mode: str, exercise: Exercise) -> tuple[str, ...]:
    """The exercise's timed positions, for an item that holds (another mode has none)."""
    return tuple(exercise.positions or ()) if mode == "hold" else ()


def routine_plan(routine_id: int, *, session: Session) -> WorkoutPlan:
    """The plan of a stored routine, items in their order, each at its current target (the
    newest accepted or edited target, else the routine's prescription:
    core.insight.targets). KeyError if there is no such routine."""
    routine = session.get(Routine, routine_id)
    if routine is None:
        raise KeyError(f"no routine with id {routine_id}")
    rows = session.execute(
        select(RoutineItem, Exercise)
        .join(Exercise, Exercise.id == RoutineItem.exercise_id)
        .where(RoutineItem.routine_id == routine_id)
        .order_by(RoutineItem.position)
    ).all()
    items = tuple(
        _item_from_row(item, ex, current_target(item.id, session=session).target)
        for item, ex in rows
    )
    return WorkoutPlan(
        name=routine.name,
        items=items,
        exercise_ids=tuple(ex.id for _, ex in rows),
        routine_id=routine.id,
        suggestions_enabled=bool(routine.suggestions_enabled),
    )


def plan_item_for_exercise(
    slug_or_id: str | int, *, session: Session, sets: int | None = None
) -> tuple[PlanItem, int]:
    """An item for an exercise added on the fly, from the library's prescription.

    Returns ``(item, exercise_id)``. ``rest_after_seconds`` equals the between-set rest (our
    default), so a next ad-hoc exercise is preceded by a rest as well.
    """
    if isinstance(slug_or_id, int):
        ex = session.get(Exercise, slug_or_id)
    else:
        ex = session.scalar(select(Exercise).where(Exercise.slug == slug_or_id))
    if ex is None:
        raise KeyError(f"no exercise {slug_or_id!r}")
    rest = ex.rest_seconds if ex.rest_seconds is not None else AD_HOC_REST_SECONDS
    item = PlanItem(
        item_id=None,
        exercise_slug=ex.slug,
        exercise_name=ex.name,
        mode=ex.mode,  # type: ignore[arg-type]
        sets=max(1, sets or ex.sets or 1),
        reps_min=ex.reps_min,
        reps_max=ex.reps_max,
        hold_seconds=ex.hold_seconds,
        duration_minutes=ex.duration_minutes,
        per_side=bool(ex.per_side),
        rest_seconds=rest,
        rest_after_seconds=rest,
        positions=_positions(ex.mode, ex),
    )
    return item, ex.id


# -- JSON (stored with the workout for resume) ---------------------------------------------------


def plan_to_json(plan: WorkoutPlan) -> dict[str, Any]:
    return {
        "name": plan.name,
        "routine_id": plan.routine_id,
        "suggestions_enabled": plan.suggestions_enabled,
        "items": [asdict(item) for item in plan.items],
        "exercise_ids": list(plan.exercise_ids),
    }


def plan_from_json(data: Mapping[str, Any]) -> WorkoutPlan:
    items = tuple(
        PlanItem(**{k: v for k, v in dict(raw).items() if k in _PLAN_FIELDS})
        for raw in data.get("items", [])
    )
    return WorkoutPlan(
        name=str(data.get("name", "")),
        items=items,
        exercise_ids=tuple(int(x) for x in data.get("exercise_ids", [])),
        routine_id=data.get("routine_id"),
        suggestions_enabled=bool(data.get("suggestions_enabled", True)),
    )


def options_to_json(options: PlayerOptions) -> dict[str, Any]:
    return asdict(options)


def options_from_json(data: Mapping[str, Any] | None) -> PlayerOptions:
    if not data:
        return PlayerOptions()
    return PlayerOptions(**{k: v for k, v in data.items() if k in _OPTION_FIELDS})


def plan_summary(items: Sequence[PlanItem]) -> str:
    """ "3 exercises" style text for a picker or a resume question."""
    n = len(items)
    if n == 0:
        return translate("core.workout.plan", "no exercises yet")
    return translate("core.workout.plan", "%n exercise(s)", None, n)
