"""A workout in progress: the live player, the log, and the position saved on every change.

``WorkoutRun`` ties a live ``core.workout.player.Player`` to the services of
``core.workout.log`` (sets) and ``core.workout.resume`` (the stored position). The Workout tab
and the reliability runner (tests/reliability/scripted_workout.py) both go through it, so the
crash test exercises the code path the person uses. A confirmed set and the player position
that follows it are written in ONE transaction: after a kill, resume lands on the step after
the last saved set, never on a set that is already in the log.

A run opens its own short transactions (one per change) and commits them before returning;
the caller announces ``Changes(workouts=True)`` after a set was logged or the workout ended.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.bounds import InputError
from core.clock import Clock
from core.workout.log import (
    LoggedSetRow,
    SetValues,
    confirm_set,
    discard_workout,
    finish_workout,
    plan_target,
    start_workout,
    validate_actuals,
)
from core.workout.plan import WorkoutPlan
from core.workout.player import Player
from core.workout.resume import PendingSet, ResumeInfo, add_exercise_to_workout, save_position
from core.workout.steps import Cue, PlanItem, PlayerOptions, Side, Step, build_steps

if TYPE_CHECKING:
    from core.store.db import Database

__all__ = ["LogTarget", "WorkoutRun"]


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
            ).value
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

    # -- controls: each forwards to the player and stores the position it leads to --------

    def poll(self) -> list[Cue]:
        if self.player is None:
            return []
        cues = self.player.poll()
        self._absorb(cues)
        if cues:
            self._save_if_changed()
        return cues

    def toggle_pause(self) -> list[Cue]:
        return self._control(Player.toggle_pause)

    def next(self) -> list[Cue]:
        """Skip the current step (nothing is logged for it)."""
        return self._control(Player.next)

    def back(self) -> list[Cue]:
        return self._control(Player.back)

    def adjust(self, seconds: float) -> list[Cue]:
        """Add (or take) time from the current timed step; the new end is stored at once."""
        return self._control(lambda player: player.adjust(seconds), force_save=True)

    def add_set(self) -> list[Cue]:
        return self._control(Player.add_set)

    def skip_exercise(self) -> list[Cue]:
        return self._control(Player.skip_exercise)

    def end(self) -> list[Cue]:
        """Move the player to its end (the workout stays open until ``finish``)."""
        return self._control(Player.end)

    def _control(
        self, action: Callable[[Player], list[Cue]], *, force_save: bool = False
    ) -> list[Cue]:
        if self.player is None:
            return []
        cues = action(self.player)
        self._absorb(cues)
        self._save_if_changed(force=force_save)
        return cues

    # -- writing -------------------------------------------------------------------------

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
                ).value
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
        with self.db.session_scope() as session:
            plan, _item = add_exercise_to_workout(
                self.workout_id, slug_or_id, session=session
            ).value
            base = build_steps(plan.items, self.options)
            cues: list[Cue] = []
            if old_player is None:
                player = Player(base, self.clock)
                cues = player.start()
            else:
                player = old_player.extended(base, next_item=len(plan.items) - 1)
            save_position(self.workout_id, player.snapshot(), session=session, plan=plan)
        self.plan = plan
        self._base_steps = base
        self.player = player
        self._absorb(cues)
        self._last_key = self._state_key()
        return cues

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
