"""What survives a crash: a live workout's plan and player position, and the resume of it.

What is stored is ``Workout.player_state`` (JSON)::

    {"format": 1,
     "plan": {...},              # the plan the workout was started with (core.workout.plan)
     "options": {...},           # core.workout.steps.PlayerOptions
     "player": {...} | None,     # core.workout.player.Player.snapshot(): step index, end of the
                                 # running timed phase as UTC wall time, paused state, added sets
     "step_index": int | None,   # copied from the snapshot, for people reading the database
     "phase_end_utc": str | None,
     "pending": [...],           # sets whose timed work ended but that are not yet confirmed,
                                 # with the reps and seconds the player timed
     "logged": [...]}            # where each set logged in this run sits in the plan, so that
                                 # going back to it and confirming again rewrites it

``player_state`` is null once the workout is finished (and for imported workouts), so "an
unfinished workout" is ``ended_at IS NULL AND player_state IS NOT NULL``.

Service functions follow DESIGN.md rule 2: ``session`` is a keyword argument, nothing here
commits, writers return ``Changes`` or ``Outcome``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.changes import Changes, Outcome
from core.store import claims
from core.store.models import LoggedSet, Workout
from core.store.rows import row_from
from core.workout.plan import (
    WorkoutPlan,
    options_from_json,
    options_to_json,
    plan_from_json,
    plan_item_for_exercise,
    plan_to_json,
)
from core.workout.steps import PlanItem, PlayerOptions, Side

__all__ = [
    "STATE_FORMAT",
    "LoggedPlace",
    "PendingSet",
    "ResumeInfo",
    "add_exercise_to_workout",
    "live_workout",
    "save_position",
    "state_json",
    "unfinished_workout",
]

STATE_FORMAT = 1


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


@dataclass(frozen=True)
class PendingSet:
    """A set (or one side of it) whose timed work ended and that waits for the person's log.

    ``reps`` and ``seconds`` are what the player timed (reps held to their end, seconds per
    hold; or the seconds of a duration), or, for a set taken back with an undo, what had been
    logged; ``weight_kg``, ``rpe`` and ``distance_km`` only come from such an undo."""

    step_index: int
    item_index: int
    set_number: int
    side: Side | None = None
    reps: int | None = None
    seconds: float | None = None
    weight_kg: float | None = None
    rpe: float | None = None
    distance_km: float | None = None

    @property
    def place(self) -> tuple[int, int, str | None]:
        """Which set of the plan this is: (item index, set number, side)."""
        return (self.item_index, self.set_number, self.side)

    def to_json(self) -> dict[str, Any]:
        return {
            "step_index": self.step_index,
            "item_index": self.item_index,
            "set_number": self.set_number,
            "side": self.side,
            "reps": self.reps,
            "seconds": self.seconds,
            "weight_kg": self.weight_kg,
            "rpe": self.rpe,
            "distance_km": self.distance_km,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PendingSet:
        reps = data.get("reps")
        return cls(
            step_index=int(data["step_index"]),
            item_index=int(data["item_index"]),
            set_number=int(data["set_number"]),
            side=data.get("side"),
            reps=None if reps is None else int(reps),
            seconds=_number(data.get("seconds")),
            weight_kg=_number(data.get("weight_kg")),
            rpe=_number(data.get("rpe")),
            distance_km=_number(data.get("distance_km")),
        )


@dataclass(frozen=True)
class LoggedPlace:
    """A set logged in this run: its row, and where it sits in the plan."""

    set_id: int
    step_index: int
    item_index: int
    set_number: int
    side: Side | None = None

    @property
    def place(self) -> tuple[int, int, str | None]:
        return (self.item_index, self.set_number, self.side)

    def to_json(self) -> dict[str, Any]:
        return {
            "set_id": self.set_id,
            "step_index": self.step_index,
            "item_index": self.item_index,
            "set_number": self.set_number,
            "side": self.side,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LoggedPlace:
        return cls(
            set_id=int(data["set_id"]),
            step_index=int(data["step_index"]),
            item_index=int(data["item_index"]),
            set_number=int(data["set_number"]),
            side=data.get("side"),
        )


@dataclass(frozen=True)
class ResumeInfo:
    """An unfinished workout, with everything needed to continue it exactly where it was."""

    workout_id: int
    name: str
    routine_id: int | None
    started_at: datetime
    updated_at: datetime
    plan: WorkoutPlan
    options: PlayerOptions
    player: dict[str, Any] | None
    pending: tuple[PendingSet, ...]
    sets_logged: int
    logged: tuple[LoggedPlace, ...] = ()
    # Followed on another machine right now (a shared PostgreSQL store): offer it, but resume
    # raises WorkoutInUseError until that machine finishes or closes it.
    in_use: bool = False

    @property
    def step_index(self) -> int | None:
        return None if self.player is None else int(self.player["index"])


def state_json(
    plan: WorkoutPlan,
    options: PlayerOptions,
    snapshot: Mapping[str, Any] | None,
    pending: Sequence[PendingSet] = (),
    logged: Sequence[LoggedPlace] = (),
) -> dict[str, Any]:
    """The ``player_state`` JSON stored with a live workout (see the module docstring)."""
    snap = dict(snapshot) if snapshot is not None else None
    return {
        "format": STATE_FORMAT,
        "plan": plan_to_json(plan),
        "options": options_to_json(options),
        "player": snap,
        "step_index": None if snap is None else snap.get("index"),
        "phase_end_utc": None if snap is None else snap.get("phase_end_utc"),
        "pending": [p.to_json() for p in pending],
        "logged": [x.to_json() for x in logged],
    }


def live_workout(workout_id: int, session: Session) -> Workout:
    """The workout, if it is still live; KeyError if there is none, ValueError if finished."""
    workout = session.get(Workout, workout_id)
    if workout is None:
        raise KeyError(f"no workout with id {workout_id}")
    if workout.ended_at is not None or workout.player_state is None:
        raise ValueError(f"workout {workout_id} is finished")
    return workout


def save_position(
    workout_id: int,
    snapshot: Mapping[str, Any] | None,
    *,
    session: Session,
    pending: Sequence[PendingSet] | None = None,
    plan: WorkoutPlan | None = None,
    logged: Sequence[LoggedPlace] | None = None,
) -> Changes:
    """Store the player's position (``Player.snapshot()``) with the workout.

    ``pending``, ``plan`` and ``logged`` replace the stored ones when given (else they are
    kept).
    """
    workout = live_workout(workout_id, session)
    state = dict(workout.player_state or {})
    old_plan = plan_from_json(state.get("plan", {}))
    old_pending = [PendingSet.from_json(p) for p in state.get("pending", [])]
    old_logged = [LoggedPlace.from_json(x) for x in state.get("logged", [])]
    workout.player_state = state_json(
        plan if plan is not None else old_plan,
        options_from_json(state.get("options")),
        snapshot,
        old_pending if pending is None else pending,
        old_logged if logged is None else logged,
    )
    return Changes(workouts=True)


def add_exercise_to_workout(
    workout_id: int, slug_or_id: str | int, *, session: Session
) -> Outcome[tuple[WorkoutPlan, PlanItem]]:
    """Append an exercise (library prescription) to a live workout's plan: the new plan and
    the item added."""
    workout = live_workout(workout_id, session)
    state = dict(workout.player_state or {})
    item, exercise_id = plan_item_for_exercise(slug_or_id, session=session)
    plan = plan_from_json(state.get("plan", {})).with_item(item, exercise_id)
    state["plan"] = plan_to_json(plan)
    workout.player_state = state
    return Outcome((plan, item), Changes(workouts=True))


def unfinished_workout(*, session: Session) -> ResumeInfo | None:
    """The most recent workout left unfinished (crash, kill, window closed), or None."""
    workout = session.scalars(
        select(Workout)
        .where(Workout.ended_at.is_(None), Workout.player_state.is_not(None))
        .order_by(Workout.started_at.desc(), Workout.id.desc())
        .limit(1)
    ).first()
    if workout is None or not workout.player_state:
        return None
    state = workout.player_state
    count = session.scalar(
        select(func.count(LoggedSet.id)).where(LoggedSet.workout_id == workout.id)
    )
    return row_from(
        ResumeInfo,
        workout,
        workout_id=workout.id,
        plan=plan_from_json(state.get("plan", {})),
        options=options_from_json(state.get("options")),
        player=state.get("player"),
        pending=tuple(PendingSet.from_json(p) for p in state.get("pending", [])),
        sets_logged=int(count or 0),
        logged=tuple(LoggedPlace.from_json(x) for x in state.get("logged", [])),
        in_use=claims.in_use(workout.id, session=session),
    )
