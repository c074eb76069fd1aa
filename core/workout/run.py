"""A workout in progress: the live player, the log, and the position saved on every change.

Over 500 lines: one class whose log, rewrite, undo and resume share the run's state.

``WorkoutRun`` ties a live ``core.workout.player.Player`` to the services of
``core.workout.log`` (sets) and ``core.workout.resume`` (the stored position). The Workout tab
and the reliability runner (tests/reliability/scripted_workout.py) both go through it, so the
crash test exercises the code path the person uses. A confirmed set and the player position
that follows it are written in ONE transaction: after a kill, resume lands on the step after
the last saved set, never on a set that is already in the log.

What the log form is given comes from the player: a timed set's reps and seconds are the ones
the player timed (``PendingSet``), never the plan's. Going back to a set logged earlier and
confirming it again rewrites that row (``LoggedPlace``); ``undo_last`` takes the last logged
set back into the form. A workout ended with no set is deleted, not saved.

A run opens its own short transactions (one per change) and commits them before returning;
the caller announces ``Changes(workouts=True)`` after a set was logged or the workout ended.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.bounds import InputError
from core.clock import Clock
from core.i18n import translate
from core.store.claims import WorkoutClaim, claim_workout
from core.workout.log import (
    LoggedSetRow,
    SetValues,
    WorkoutSummary,
    confirm_set,
    delete_set,
    discard_workout,
    finish_workout,
    plan_target,
    start_workout,
    validate_actuals,
    workout_sets,
    workout_summary,
)
from core.workout.plan import WorkoutPlan
from core.workout.player import Player
from core.workout.resume import (
    LoggedPlace,
    PendingSet,
    ResumeInfo,
    add_exercise_to_workout,
    save_position,
)
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
    replaces: int | None = None
    """The id of the set logged earlier at this place, which confirming rewrites."""
    step_index: int | None = None

    @property
    def routine_item_id(self) -> int | None:
        return self.item.item_id

    @property
    def place(self) -> tuple[int, int, str | None]:
        return (self.item_index, self.set_number, self.side)

    @property
    def done(self) -> SetValues | None:
        """What the player timed for this set (or what had been logged, after an undo)."""
        p = self.pending
        if p is None:
            return None
        return SetValues(
            reps=p.reps,
            weight_kg=p.weight_kg,
            seconds=p.seconds,
            rpe=p.rpe,
            distance_km=p.distance_km,
        )


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
        logged: Sequence[LoggedPlace] = (),
    ) -> None:
        self.db = db
        self.workout_id = workout_id
        self.plan = plan
        self.options = options
        self.clock = clock
        self.player = player
        self.pending: list[PendingSet] = list(pending)
        self.logged: list[LoggedPlace] = list(logged)
        """Sets logged in this run, oldest first."""
        self.on_saved: Callable[[], None] | None = None
        # One client at a time follows this workout (core.store.claims): held until finish(),
        # discard() or release().
        self.claim: WorkoutClaim | None = None
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
        run = cls(db, wid, plan, opts, clock, player)
        run.claim = claim_workout(db, wid)
        return run, cues

    @classmethod
    def resume(
        cls, db: Database, info: ResumeInfo, *, clock: Clock
    ) -> tuple[WorkoutRun, list[Cue]]:
        """Continue an unfinished workout where its stored position says (time recomputed).

        WorkoutInUseError (core.store.claims), with nothing changed, when another machine is
        following it right now."""
        claim = claim_workout(db, info.workout_id)
        try:
            return cls._resumed(db, info, clock, claim)
        except BaseException:
            claim.release()
            raise

    @classmethod
    def _resumed(
        cls, db: Database, info: ResumeInfo, clock: Clock, claim: WorkoutClaim
    ) -> tuple[WorkoutRun, list[Cue]]:
        player = None
        cues: list[Cue] = []
        if info.plan.items:
            steps = build_steps(info.plan.items, info.options)
            if info.player is not None:
                player = Player.restore(steps, info.player, clock)
            else:
                player = Player(steps, clock)
        run = cls(
            db, info.workout_id, info.plan, info.options, clock, player, info.pending, info.logged
        )
        run.claim = claim
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
        it is an untimed set (reps) that ends a set. A timed or count-up set is logged once it
        ended (``stop`` ends it early), with what the player timed."""
        if self.pending:
            p = self.pending[0]
            step = None
            if self.player is not None and 0 <= p.step_index < len(self.player.steps):
                step = self.player.steps[p.step_index]
            return self._target(p.item_index, p.set_number, p.side, step, p, p.step_index)
        if self.player is None or self.player.finished or not self.player.started:
            return None
        step = self.player.step
        if step.kind != "work" or not step.ends_side or step.item_index is None or step.clocked:
            return None
        index = self.player.index
        return self._target(step.item_index, _set_number(step), step.side, step, None, index)

    @property
    def can_stop(self) -> bool:
        """The current step is timed or counting-up work running now, that ``stop`` would end
        (a paused one is not: stopped at its start, it would log a hold nobody held)."""
        p = self.player
        return p is not None and p.running and p.step.clocked

    def _target(
        self,
        item_index: int,
        set_number: int,
        side: Side | None,
        step: Step | None,
        pending: PendingSet | None,
        step_index: int | None,
    ) -> LogTarget:
        item = self.plan.items[item_index]
        total = item.sets
        if step is not None:
            total = step.rounds_total or step.sets_total or item.sets
        place = (item_index, set_number, side)
        earlier = next((x.set_id for x in self.logged if x.place == place), None)
        return LogTarget(
            item_index=item_index,
            item=item,
            exercise_id=self.plan.exercise_ids[item_index],
            set_number=set_number,
            sets_total=total,
            side=side,
            target=plan_target(item),
            pending=pending,
            replaces=earlier,
            step_index=step_index,
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

    def end(self, *, keep_timed: bool = False) -> list[Cue]:
        """Move the player to its end (the workout stays open until ``finish``).

        With ``keep_timed``, the reps of the hold set running now that were timed to their
        end (every position of them) wait to be logged, like a set that ended
        (``unfinished_set``); otherwise they are dropped with the rest of that set."""
        partial = self.unfinished_set() if keep_timed else None
        if partial is not None:
            self.pending = [q for q in self.pending if q.place != partial.place] + [partial]
        return self._control(Player.end, force_save=partial is not None)

    def unfinished_set(self) -> PendingSet | None:
        """The part of the hold set running now that the player timed: its reps whose every
        position ran to its end (or was stopped), and their seconds per hold. None when no
        rep of it was fully timed, or when no hold set is under way. The rep being held now
        is not in it: nobody knows yet how long it will be held."""
        p = self.player
        if p is None or not p.started or p.finished:
            return None
        step = p.step
        if step.kind not in ("work", "release") or step.rep is None or step.item_index is None:
            return None
        reps, seconds = p.timed_set(p.index)
        if not reps or seconds is None:
            return None
        return PendingSet(
            step_index=p.index,
            item_index=step.item_index,
            set_number=_set_number(step),
            side=step.side,
            reps=reps,
            seconds=seconds,
            weight_kg=step.item.weight_kg if step.item is not None else None,
        )

    def timed_not_logged(self) -> list[PendingSet]:
        """Everything timed and not logged: the sets waiting for their log, and the timed part
        of the hold set running now (``unfinished_set``). Never work that was not timed."""
        out = [p for p in self.pending if p.reps is not None or p.seconds is not None]
        partial = self.unfinished_set()
        if partial is not None and all(q.place != partial.place for q in out):
            out.append(partial)
        return out

    def log_timed(
        self, target_of: Callable[[LogTarget], SetValues] | None = None
    ) -> list[LoggedSetRow]:
        """Log every set waiting with what the player timed (one transaction each, oldest
        first); sets with nothing timed are dropped. ``target_of`` gives a set's target (the
        routine's when None). Meant for the end of a workout, after ``end``."""
        rows: list[LoggedSetRow] = []
        while self.pending:
            goal = self.log_target()
            done = goal.done if goal is not None else None
            if goal is None or done is None:
                break
            if done.reps is None and done.seconds is None:
                self.pending = self.pending[1:]
                continue
            target = target_of(goal) if target_of is not None else goal.target
            row, _cues = self.confirm_set(done, target=target)
            rows.append(row)
        return rows

    def stop(self) -> list[Cue]:
        """End the running timed or count-up work now: what was timed waits for its log."""
        if not self.can_stop:
            return []
        return self._control(Player.confirm)

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
        self,
        actual: SetValues,
        *,
        target: SetValues | None = None,
        set_type: str = "normal",
        note: str = "",
    ) -> tuple[LoggedSetRow, list[Cue]]:
        """Log the set the form refers to and, for the current work step, move on.

        A set logged earlier at the same place (the person went back to it) is rewritten, not
        logged twice. The set and the new position are committed together before this
        returns. On any error nothing is stored and the player is where it was.
        """
        validate_actuals(actual)
        if self.claim is not None:
            self.claim.ensure()  # still ours (a shared store may have dropped the connection)
        self.poll()  # act on the step that is current now
        goal = self.log_target()
        if goal is None:
            raise InputError("set", translate("core.workout.run", "there is no set to confirm now"))
        assert self.player is not None
        before = self.player.clone()
        old_pending = list(self.pending)
        cues: list[Cue] = []
        if goal.pending is None:
            index = self.player.index
            cues = self.player.confirm()
            # the set_done of the step being confirmed is this log entry, not a pending one
            self._absorb([c for c in cues if not (c.kind == "set_done" and c.step_index == index)])
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
                    set_type=set_type,
                    note=note,
                    replace_id=goal.replaces,
                ).value
                place = LoggedPlace(
                    set_id=row.id,
                    step_index=goal.step_index if goal.step_index is not None else -1,
                    item_index=goal.item_index,
                    set_number=goal.set_number,
                    side=goal.side,
                )
                new_logged = [x for x in self.logged if x.place != place.place] + [place]
                save_position(
                    self.workout_id,
                    self.player.snapshot(),
                    session=session,
                    pending=new_pending,
                    logged=new_logged,
                )
        except BaseException:
            self.player = before
            self.pending = old_pending
            raise
        self.pending = new_pending
        self.logged = new_logged
        self._last_key = self._state_key()
        return row, cues

    def undo_last(self) -> LoggedSetRow | None:
        """Take back the last set logged in this run: its row is deleted and it waits in the
        form again with the values it had. None when there is nothing to undo."""
        if not self.logged or self.player is None:
            return None
        last = self.logged[-1]
        with self.db.session_scope() as session:
            rows = [
                r for r in workout_sets(self.workout_id, session=session) if r.id == last.set_id
            ]
            delete_set(self.workout_id, last.set_id, session=session)
            old = rows[0] if rows else None
            back = PendingSet(
                step_index=last.step_index,
                item_index=last.item_index,
                set_number=last.set_number,
                side=last.side,
                reps=None if old is None else old.actual.reps,
                seconds=None if old is None else old.actual.seconds,
                weight_kg=None if old is None else old.actual.weight_kg,
                rpe=None if old is None else old.actual.rpe,
                distance_km=None if old is None else old.actual.distance_km,
            )
            pending = [back] + [p for p in self.pending if p.place != back.place]
            logged = self.logged[:-1]
            save_position(
                self.workout_id,
                self.player.snapshot(),
                session=session,
                pending=pending,
                logged=logged,
            )
        self.pending = pending
        self.logged = logged
        self._last_key = self._state_key()
        return old

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

    def finish(self, notes: str | None = None) -> WorkoutSummary | None:
        """End the workout: saved with its summary, or deleted (None) when no set was logged."""
        with self.db.session_scope() as session:
            if not workout_sets(self.workout_id, session=session):
                discard_workout(self.workout_id, session=session)
                summary = None
            else:
                finish_workout(
                    self.workout_id, session=session, ended_at=self.clock.wall(), notes=notes
                )
                summary = workout_summary(self.workout_id, session=session)
        self.release()
        return summary

    def release(self) -> None:
        """Let another machine resume this workout (the window left it unfinished)."""
        if self.claim is not None:
            self.claim.release()
            self.claim = None

    def sets_logged(self) -> int:
        with self.db.read_scope() as session:
            return len(workout_sets(self.workout_id, session=session))

    def discard(self) -> None:
        with self.db.session_scope() as session:
            discard_workout(self.workout_id, session=session)
        self.release()

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
            reps, seconds = self.player.timed_set(cue.step_index)
            p = PendingSet(
                step_index=cue.step_index,
                item_index=step.item_index,
                set_number=_set_number(step),
                side=cue.side,
                reps=reps,
                seconds=seconds,
                weight_kg=step.item.weight_kg if step.item is not None else None,
            )
            self.pending = [q for q in self.pending if q.place != p.place] + [p]

    def _state_key(self) -> tuple[Any, ...] | None:
        p = self.player
        if p is None:
            return None
        return (
            p.index,
            p.paused,
            p.started,
            p.finished,
            len(p.steps),
            tuple(self.pending),
            len(p.timed_seconds),
        )

    def _save_if_changed(self, *, force: bool = False) -> None:
        key = self._state_key()
        if not force and key == self._last_key:
            return
        assert self.player is not None
        with self.db.session_scope() as session:
            save_position(
                self.workout_id,
                self.player.snapshot(),
                session=session,
                pending=self.pending,
                logged=self.logged,
            )
        self._last_key = key
        if self.on_saved is not None:
            self.on_saved()
