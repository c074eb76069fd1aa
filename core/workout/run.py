"""Workouts and their logged sets, and the resume of a workout the app did not finish.

Service functions follow DESIGN.md rule 2: ``session`` is a keyword argument, nothing here
commits, and what comes back is a frozen dataclass. One confirmed set is one short transaction
opened by the caller (``db.session_scope()``); the UI says "saved" only after it returns.

What survives a crash is in ``Workout.player_state`` (JSON)::

    {"format": 1,
     "plan": {...},              # the plan the workout was started with (core.workout.plan)
     "options": {...},           # core.workout.player.PlayerOptions
     "player": {...} | None,     # core.workout.player.Player.snapshot(): step index, end of the running
                                 # timed phase as UTC wall time, paused state, added sets
     "step_index": int | None,   # copied from the snapshot, for people reading the database
     "phase_end_utc": str | None,
     "pending": [...]}           # sets whose timed work ended but that are not yet confirmed

``player_state`` is null once the workout is finished (and for imported workouts), so "an
unfinished workout" is ``ended_at IS NULL AND player_state IS NOT NULL``.

``WorkoutRun`` ties a live ``core.workout.player.Player`` to these services; the Workout tab and the
reliability runner (tests/reliability/scripted_workout.py) both go through it, so the crash test
exercises the code path the person uses. A confirmed set and the player position that follows
it are written in ONE transaction: after a kill, resume lands on the step after the last saved
set, never on a set that is already in the log.

A logged set is checked against core.bounds.LOGGED_SET (reps 0 is allowed: a failed attempt is
still a set worth logging), and at least one of reps or seconds must be given.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.bounds import LOGGED_SET, InputError, check
from core.clock import Clock
from core.store.models import Exercise, LoggedSet, Workout
from core.units import display_number
from core.workout.plan import (
    WorkoutPlan,
    options_from_json,
    options_to_json,
    plan_from_json,
    plan_item_for_exercise,
    plan_to_json,
)
from core.workout.player import Cue, PlanItem, Player, PlayerOptions, Side, Step, build_steps

if TYPE_CHECKING:
    from core.store.db import Database

__all__ = [
    "LastPerformance",
    "LogTarget",
    "LoggedSetRow",
    "PastSet",
    "PendingSet",
    "ResumeInfo",
    "SetValues",
    "WorkoutRun",
    "add_exercise_to_workout",
    "confirm_set",
    "discard_workout",
    "finish_workout",
    "last_performance",
    "save_position",
    "start_workout",
    "unfinished_workout",
    "validate_actuals",
    "workout_sets",
]

STATE_FORMAT = 1


# -- data ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetValues:
    """Reps, weight (kg), seconds and RPE of a set: a target or what was actually done."""

    reps: int | None = None
    weight_kg: float | None = None
    seconds: float | None = None
    rpe: float | None = None


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
        from core.units import format_weight

        parts = []
        for s in self.sets:
            bits = []
            if s.reps is not None:
                bits.append(str(s.reps))
            if s.weight_kg:
                bits.append(format_weight(s.weight_kg, weight_unit))
            if s.seconds is not None:
                bits.append(f"{display_number(s.seconds, 0)} s")
            side = f" ({s.side[0].upper()})" if s.side else ""
            parts.append(" × ".join(bits) + side)
        return ", ".join(parts)


@dataclass(frozen=True)
class PendingSet:
    """A set (or one side of it) whose timed work ended and that waits for the person's log."""

    step_index: int
    item_index: int
    set_number: int
    side: Side | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "step_index": self.step_index,
            "item_index": self.item_index,
            "set_number": self.set_number,
            "side": self.side,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PendingSet:
        return cls(
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

    @property
    def step_index(self) -> int | None:
        return None if self.player is None else int(self.player["index"])


# -- validation ----------------------------------------------------------------------------------


def validate_actuals(actual: SetValues) -> None:
    """Raise InputError naming the first bad field, by its stored name (core.bounds)."""
    check(LOGGED_SET, "reps", actual.reps)
    check(LOGGED_SET, "weight_kg", actual.weight_kg)
    check(LOGGED_SET, "duration_seconds", actual.seconds)
    check(LOGGED_SET, "rpe", actual.rpe)
    if actual.reps is None and actual.seconds is None:
        raise InputError("reps", "enter the reps done or the seconds held")


# -- services ------------------------------------------------------------------------------------


def _state(
    plan: WorkoutPlan,
    options: PlayerOptions,
    snapshot: Mapping[str, Any] | None,
    pending: Sequence[PendingSet] = (),
) -> dict[str, Any]:
    snap = dict(snapshot) if snapshot is not None else None
    return {
        "format": STATE_FORMAT,
        "plan": plan_to_json(plan),
        "options": options_to_json(options),
        "player": snap,
        "step_index": None if snap is None else snap.get("index"),
        "phase_end_utc": None if snap is None else snap.get("phase_end_utc"),
        "pending": [p.to_json() for p in pending],
    }


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
) -> int:
    """Create a live workout (empty ``plan_items`` for an ad-hoc one); returns its id.

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
        player_state=_state(plan, options or PlayerOptions(), snapshot),
        updated_at=started_at,
    )
    session.add(workout)
    session.flush()
    return workout.id


def _live(workout_id: int, session: Session) -> Workout:
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
) -> None:
    """Store the player's position (``Player.snapshot()``) with the workout.

    ``pending`` and ``plan`` replace the stored ones when given (else they are kept).
    """
    workout = _live(workout_id, session)
    state = dict(workout.player_state or {})
    old_plan = plan_from_json(state.get("plan", {}))
    old_pending = [PendingSet.from_json(p) for p in state.get("pending", [])]
    workout.player_state = _state(
        plan if plan is not None else old_plan,
        options_from_json(state.get("options")),
        snapshot,
        old_pending if pending is None else pending,
    )


def add_exercise_to_workout(
    workout_id: int, slug_or_id: str | int, *, session: Session
) -> tuple[WorkoutPlan, PlanItem]:
    """Append an exercise (library prescription) to a live workout's plan; returns the new plan."""
    workout = _live(workout_id, session)
    state = dict(workout.player_state or {})
    item, exercise_id = plan_item_for_exercise(slug_or_id, session=session)
    plan = plan_from_json(state.get("plan", {})).with_item(item, exercise_id)
    state["plan"] = plan_to_json(plan)
    workout.player_state = state
    return plan, item


def _row(s: LoggedSet) -> LoggedSetRow:
    return LoggedSetRow(
        id=s.id,
        workout_id=s.workout_id,
        exercise_id=s.exercise_id,
        routine_item_id=s.routine_item_id,
        position=s.position,
        set_number=s.set_number,
        side=s.side,
        target=SetValues(s.target_reps, s.target_weight_kg, s.target_seconds),
        actual=SetValues(s.reps, s.weight_kg, s.duration_seconds, s.rpe),
        logged_at=s.logged_at,
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
) -> LoggedSetRow:
    """Log one set (targets beside actuals). InputError naming the field; nothing added on error."""
    validate_actuals(actuals)
    if side not in (None, "left", "right"):
        raise InputError("side", "must be left, right or none")
    if set_number < 1:
        raise InputError("set", "must be 1 or more")
    _live(workout_id, session)
    position = session.scalar(
        select(func.coalesce(func.max(LoggedSet.position), 0)).where(
            LoggedSet.workout_id == workout_id
        )
    )
    target_seconds = None if targets.seconds is None else int(round(targets.seconds))
    row = LoggedSet(
        workout_id=workout_id,
        exercise_id=exercise_id,
        routine_item_id=routine_item_id,
        position=int(position or 0) + 1,
        set_number=set_number,
        side=side,
        target_reps=targets.reps,
        target_weight_kg=targets.weight_kg,
        target_seconds=target_seconds,
        reps=actuals.reps,
        weight_kg=actuals.weight_kg,
        duration_seconds=actuals.seconds,
        rpe=actuals.rpe,
    )
    if logged_at is not None:
        row.logged_at = logged_at
    session.add(row)
    session.flush()
    return _row(row)


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
    return ResumeInfo(
        workout_id=workout.id,
        name=workout.name,
        routine_id=workout.routine_id,
        started_at=workout.started_at,
        updated_at=workout.updated_at,
        plan=plan_from_json(state.get("plan", {})),
        options=options_from_json(state.get("options")),
        player=state.get("player"),
        pending=tuple(PendingSet.from_json(p) for p in state.get("pending", [])),
        sets_logged=int(count or 0),
    )


def finish_workout(workout_id: int, *, session: Session, ended_at: datetime) -> None:
    """Mark the workout done; its position is dropped (nothing left to resume)."""
    workout = session.get(Workout, workout_id)
    if workout is None:
        raise KeyError(f"no workout with id {workout_id}")
    workout.ended_at = max(ended_at, workout.started_at)
    workout.player_state = None


def discard_workout(workout_id: int, *, session: Session) -> None:
    """Delete a workout and every set logged in it."""
    session.execute(delete(LoggedSet).where(LoggedSet.workout_id == workout_id))
    session.execute(delete(Workout).where(Workout.id == workout_id))


# -- the live workout ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LogTarget:
    """The set the log form refers to now: a pending timed set, or the current work step."""

    item_index: int
    item: PlanItem
    exercise_id: int
    set_number: int
    sets_total: int
    side: Side | None
    target: SetValues
    pending: PendingSet | None = None

    @property
    def routine_item_id(self) -> int | None:
        return self.item.item_id


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


def _set_number(step: Step) -> int:
    if step.round_number is not None:
        return step.round_number
    return step.set_number or 1


class WorkoutRun:
    """A workout in progress: the player, the log, and the position saved on every change.

    Every method that changes something writes it before returning (one transaction each; a
    confirmed set and the new position share one). Cues are returned for the caller to sound;
    ``set_done`` cues of timed sets become ``pending`` log entries.
    """

    def __init__(
        self,
        db: Database,
        workout_id: int,
        plan: WorkoutPlan,
        options: PlayerOptions,
        clock: Clock,
        player: Player | None = None,
        pending: Sequence[PendingSet] = (),
    ) -> None:
        self.db = db
        self.workout_id = workout_id
        self.plan = plan
        self.options = options
        self.clock = clock
        self.player = player
        self.pending: list[PendingSet] = list(pending)
        self.on_saved: Callable[[], None] | None = None
        self._base_steps: list[Step] = build_steps(plan.items, options) if plan.items else []
        self._last_key = self._state_key()

    # -- construction --------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        db: Database,
        plan: WorkoutPlan,
        *,
        clock: Clock,
        options: PlayerOptions | None = None,
        name: str | None = None,
    ) -> tuple[WorkoutRun, list[Cue]]:
        """Create the workout and start its player; the first position is stored with it."""
        opts = options or PlayerOptions()
        player = None
        cues: list[Cue] = []
        if plan.items:
            player = Player(build_steps(plan.items, opts), clock)
            cues = player.start()
        with db.session_scope() as session:
            wid = start_workout(
                session=session,
                routine_id=plan.routine_id,
                name=name or plan.name,
                plan_items=plan.items,
                exercise_ids=plan.exercise_ids,
                started_at=clock.wall(),
                options=opts,
                snapshot=player.snapshot() if player else None,
                suggestions_enabled=plan.suggestions_enabled,
            )
        return cls(db, wid, plan, opts, clock, player), cues

    @classmethod
    def resume(
        cls, db: Database, info: ResumeInfo, *, clock: Clock
    ) -> tuple[WorkoutRun, list[Cue]]:
        """Continue an unfinished workout where its stored position says (time recomputed)."""
        player = None
        cues: list[Cue] = []
        if info.plan.items:
            steps = build_steps(info.plan.items, info.options)
            if info.player is not None:
                player = Player.restore(steps, info.player, clock)
            else:
                player = Player(steps, clock)
        run = cls(db, info.workout_id, info.plan, info.options, clock, player, info.pending)
        if player is not None:
            cues = player.start() if not player.started else player.poll()
            run._absorb(cues)
            run._last_key = None  # save the recomputed position at once
            run._save_if_changed(force=True)
        return run, cues

    # -- reading -------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.player is not None and self.player.finished

    def log_target(self) -> LogTarget | None:
        """What the log form refers to: the oldest pending set, else the current work step if
        it ends a set (an untimed reps set, or the last rep of a hold)."""
        if self.pending:
            p = self.pending[0]
            step = None
            if self.player is not None and 0 <= p.step_index < len(self.player.steps):
                step = self.player.steps[p.step_index]
            return self._target(p.item_index, p.set_number, p.side, step, p)
        if self.player is None or self.player.finished or not self.player.started:
            return None
        step = self.player.step
        if step.kind != "work" or not step.ends_side or step.item_index is None:
            return None
        return self._target(step.item_index, _set_number(step), step.side, step, None)

    def _target(
        self,
        item_index: int,
        set_number: int,
        side: Side | None,
        step: Step | None,
        pending: PendingSet | None,
    ) -> LogTarget:
        item = self.plan.items[item_index]
        total = item.sets
        if step is not None:
            total = step.rounds_total or step.sets_total or item.sets
        return LogTarget(
            item_index=item_index,
            item=item,
            exercise_id=self.plan.exercise_ids[item_index],
            set_number=set_number,
            sets_total=total,
            side=side,
            target=plan_target(item),
            pending=pending,
        )

    # -- actions -------------------------------------------------------------------------

    def poll(self) -> list[Cue]:
        if self.player is None:
            return []
        cues = self.player.poll()
        self._absorb(cues)
        if cues:
            self._save_if_changed()
        return cues

    def act(self, action: str, *args: float) -> list[Cue]:
        """Forward a control to the player: start, pause, resume, toggle_pause, next, back,
        adjust(seconds), add_set, skip_exercise, end."""
        if self.player is None:
            return []
        if action not in {
            "start",
            "pause",
            "resume",
            "toggle_pause",
            "next",
            "back",
            "adjust",
            "add_set",
            "skip_exercise",
            "end",
        }:
            raise ValueError(f"unknown action {action!r}")
        cues: list[Cue] = getattr(self.player, action)(*args)
        self._absorb(cues)
        self._save_if_changed(force=action == "adjust")
        return cues

    def confirm_set(
        self, actual: SetValues, *, target: SetValues | None = None
    ) -> tuple[LoggedSetRow, list[Cue]]:
        """Log the set the form refers to and, for the current work step, move on.

        The set and the new position are committed together before this returns. On any error
        nothing is stored and the player is where it was.
        """
        validate_actuals(actual)
        self.poll()  # act on the step that is current now
        goal = self.log_target()
        if goal is None:
            raise InputError("set", "there is no set to confirm now")
        assert self.player is not None
        before = self.player.snapshot()
        old_pending = list(self.pending)
        cues: list[Cue] = []
        if goal.pending is None:
            cues = self.player.confirm()
            # the set_done of the step being confirmed is this log entry, not a pending one
            self._absorb(
                [c for c in cues if not (c.kind == "set_done" and c.step_index == before["index"])]
            )
            new_pending = list(self.pending)
        else:
            new_pending = [p for p in self.pending if p != goal.pending]
        try:
            with self.db.session_scope() as session:
                row = confirm_set(
                    self.workout_id,
                    session=session,
                    exercise_id=goal.exercise_id,
                    routine_item_id=goal.routine_item_id,
                    set_number=goal.set_number,
                    side=goal.side,
                    targets=target or goal.target,
                    actuals=actual,
                    logged_at=self.clock.wall(),
                )
                save_position(
                    self.workout_id, self.player.snapshot(), session=session, pending=new_pending
                )
        except BaseException:
            if goal.pending is None:
                self.player = Player.restore(self._base_steps, before, self.clock)
            self.pending = old_pending
            raise
        self.pending = new_pending
        self._last_key = self._state_key()
        return row, cues

    def add_exercise(self, slug_or_id: str | int) -> list[Cue]:
        """Add a library exercise to this workout's plan (ad-hoc); the player moves to it if it
        had nothing left to do."""
        old_player = self.player
        wall = self.clock.wall()
        with self.db.session_scope() as session:
            plan, _item = add_exercise_to_workout(self.workout_id, slug_or_id, session=session)
            base = build_steps(plan.items, self.options)
            cues: list[Cue] = []
            if old_player is None:
                player = Player(base, self.clock)
                cues = player.start()
            else:
                player = self._rebuild(old_player, base, len(plan.items) - 1, wall)
            save_position(self.workout_id, player.snapshot(), session=session, plan=plan)
        self.plan = plan
        self._base_steps = base
        self.player = player
        self._absorb(cues)
        self._last_key = self._state_key()
        return cues

    def _rebuild(self, old: Player, base: list[Step], new_item: int, wall: datetime) -> Player:
        snap = dict(old.snapshot())
        extra = len(old.steps) - len(self._base_steps)  # steps inserted by added sets
        first_new = next(
            j
            for j, s in enumerate(base)
            if s.item_index == new_item and s.kind in ("work", "switch_sides")
        )
        snap["steps_total"] = len(base) + extra
        if snap.get("finished") or old.step.kind == "done":
            snap.update(
                finished=False,
                started=True,
                paused=False,
                fired=[],
                paused_remaining=None,
                paused_elapsed=None,
                phase_end_utc=None,
                phase_start_utc=None,
                index=first_new + extra,
            )
            step = base[first_new]
            snap["phase_total"] = step.seconds
            if step.seconds is not None:
                snap["phase_end_utc"] = (wall + timedelta(seconds=step.seconds)).isoformat()
            else:
                snap["phase_start_utc"] = wall.isoformat()
        try:
            return Player.restore(base, snap, self.clock)
        except ValueError:  # added sets did not replay on the longer plan: drop them
            snap.update(
                added_sets=[], steps_total=len(base), index=min(int(snap["index"]), len(base) - 1)
            )
            return Player.restore(base, snap, self.clock)

    def finish(self) -> None:
        with self.db.session_scope() as session:
            finish_workout(self.workout_id, session=session, ended_at=self.clock.wall())

    def discard(self) -> None:
        with self.db.session_scope() as session:
            discard_workout(self.workout_id, session=session)

    # -- internals -----------------------------------------------------------------------

    def _absorb(self, cues: Sequence[Cue]) -> None:
        """set_done cues of timed work become pending log entries."""
        if self.player is None:
            return
        for cue in cues:
            if cue.kind != "set_done":
                continue
            step = (
                self.player.steps[cue.step_index]
                if cue.step_index < len(self.player.steps)
                else None
            )
            if step is None or step.item_index is None:
                continue
            p = PendingSet(
                step_index=cue.step_index,
                item_index=step.item_index,
                set_number=_set_number(step),
                side=cue.side,
            )
            if p not in self.pending:
                self.pending.append(p)

    def _state_key(self) -> tuple[Any, ...] | None:
        p = self.player
        if p is None:
            return None
        return (p.index, p.paused, p.started, p.finished, len(p.steps), len(self.pending))

    def _save_if_changed(self, *, force: bool = False) -> None:
        key = self._state_key()
        if not force and key == self._last_key:
            return
        assert self.player is not None
        with self.db.session_scope() as session:
            save_position(
                self.workout_id, self.player.snapshot(), session=session, pending=self.pending
            )
        self._last_key = key
        if self.on_saved is not None:
            self.on_saved()
