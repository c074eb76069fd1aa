"""The workout player: a pure, clock-injected state machine over a list of steps.

Over 500 lines: one state machine whose actions, catch-up and snapshot/restore share its state.

No Qt, no database. The steps come from ``core.workout.steps.build_steps``. The UI asks
``poll()`` at about 10 Hz and at ``time_to_next_event()``, sounds/shows the ``Cue`` objects it
gets back, and forwards the user's intent (pause, skip, +15 s, "set done") to the methods of
``Player``.

Time is a deadline, never a count of ticks (DESIGN.md rule 7). When a timed step starts we store
``deadline = clock.monotonic() + seconds``; ``remaining = deadline - now``. A step that ends on
its own starts the next one *at its deadline*, not at the moment the poll noticed, so late polls
never accumulate drift. If a deadline is more than ``LATE_SECONDS`` in the past (the machine slept,
the loop stalled badly, the process was dead) the skipped cues are not replayed: only the cues of
the step that is current now are delivered, plus ``set_done``/``workout_finished``, which are log
events (marked ``catch_up=True`` so the UI can log them without sounding them).

Wall time (``clock.wall()``, UTC) is used for one thing only: ``snapshot()`` records the end of a
running phase as a UTC time so that ``Player.restore`` in *another process* (after a crash) can
recompute the remaining time of a rest honestly. Within a process only the monotonic clock
counts, so a wall-clock jump never changes a running countdown.

What the player measured is kept: the seconds of every timed or count-up work step that ended
(ran out, or was stopped by the person) are in ``timed_seconds``; ``timed_set`` turns them into
the reps and seconds of one set for the log. A step skipped with ``next()`` is not measured.

Our rules (the articles do not give them): a 3-2-1 countdown in timed steps of at least 5 s, and
a "halfway" cue in duration steps and in timed work steps of at least 20 s.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from core.clock import Clock
from core.i18n import translate
from core.workout.steps import (
    Cue,
    CueKind,
    PlanItem,
    PlayerOptions,
    Step,
    announcement,
    build_steps,
    estimate_seconds,
    insert_set,
    step_key,
)

__all__ = [
    "COUNTDOWN_FROM",
    "COUNTDOWN_MIN_SECONDS",
    "HALFWAY_MIN_SECONDS",
    "LATE_SECONDS",
    "Player",
]

LATE_SECONDS = 3.0
"""A deadline further in the past than this is "missed" (sleep, crash): its cues are not replayed."""
COUNTDOWN_FROM = 3
COUNTDOWN_MIN_SECONDS = 5.0
"""Timed steps at least this long get a 3-2-1 countdown (our rule)."""
HALFWAY_MIN_SECONDS = 20.0
"""Timed work steps at least this long get a halfway cue; duration steps always do (our rule)."""

SNAPSHOT_VERSION = 1
_START_CUE: dict[str, CueKind] = {
    "get_ready": "get_ready",
    "work": "work_start",
    "release": "release",
    "switch_sides": "switch_sides",
    "rest": "rest_start",
    "done": "workout_finished",
}
_START_KINDS = frozenset(_START_CUE.values())
_LOG_KINDS = frozenset({"set_done", "workout_finished"})
_EPS = 1e-6


class Player:
    """Runs a list of steps against a clock. Every action returns the cues it produced.

    Actions first catch up with time (as ``poll()`` would), so they apply to the step that is
    current *now*. Once the "done" step is reached the player is finished and ignores actions.
    Navigation while paused keeps the player paused (the new step waits for ``resume()``).
    """

    def __init__(self, steps: Sequence[Step], clock: Clock) -> None:
        seq = list(steps)
        if not seq or seq[-1].kind != "done":
            raise ValueError("a plan must end with a 'done' step")
        if any(s.kind == "done" for s in seq[:-1]):
            raise ValueError("only the last step may be 'done'")
        for s in seq:
            if s.seconds is not None and s.seconds <= 0:
                raise ValueError("timed steps need a positive length")
        self._base: tuple[Step, ...] = tuple(seq)
        self._steps: list[Step] = seq
        self._clock = clock
        self._added: list[int] = []
        self._index = 0
        self._started = False
        self._finished = False
        self._paused = False
        self._deadline: float | None = None
        self._paused_remaining: float | None = None
        self._phase_total: float | None = seq[0].seconds
        self._phase_start = 0.0
        self._paused_elapsed = 0.0
        self._ticks_done = 0
        self._fired: set[tuple[str, int]] = set()
        self._pending: list[Cue] = []
        self._timed: dict[int, float] = {}
        self._announce_on_resume = False

    # -- read-only state ------------------------------------------------------------------

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(self._steps)

    @property
    def index(self) -> int:
        return self._index

    @property
    def step(self) -> Step:
        return self._steps[self._index]

    @property
    def next_step(self) -> Step | None:
        """What comes next, for display: release steps are passed over."""
        for s in self._steps[self._index + 1 :]:
            if s.kind != "release":
                return s
        return None

    @property
    def started(self) -> bool:
        return self._started

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def running(self) -> bool:
        return self._started and not self._paused and not self._finished

    @property
    def deadline(self) -> float | None:
        """Monotonic time the current timed step ends (None: untimed, paused or not started)."""
        return self._deadline if self.running else None

    def remaining(self) -> float | None:
        """Seconds left in the current timed step; None for an untimed step."""
        step = self.step
        if step.seconds is None or self._finished:
            return None
        if not self._started:
            return step.seconds
        if self._paused:
            return self._paused_remaining
        assert self._deadline is not None
        return max(0.0, self._deadline - self._clock.monotonic())

    def display_seconds(self) -> int | None:
        """The countdown as shown: ceil of remaining, so a 60 s rest shows 60 first, 1 last."""
        r = self.remaining()
        if r is None:
            return None
        return max(1, math.ceil(r - _EPS))

    def elapsed(self) -> float:
        """Seconds spent in the current step (pauses excluded)."""
        step = self.step
        if not self._started or self._finished:
            return 0.0
        if step.seconds is not None:
            r = self.remaining()
            total = self._phase_total if self._phase_total is not None else step.seconds
            return max(0.0, total - (r or 0.0))
        if self._paused:
            return self._paused_elapsed
        return max(0.0, self._clock.monotonic() - self._phase_start)

    def time_left(self) -> tuple[float, float]:
        """(estimated seconds left, estimated total) of the workout: timed steps as planned
        (the current one as it stands), untimed sets estimated (steps.estimate_seconds)."""
        total = sum(estimate_seconds(s) for s in self._steps)
        if self._finished:
            return 0.0, total
        step = self.step
        now = self.remaining()
        if now is None:
            now = max(0.0, estimate_seconds(step) - self.elapsed())
        later = sum(estimate_seconds(s) for s in self._steps[self._index + 1 :])
        return now + later, total

    @property
    def timed_seconds(self) -> dict[int, float]:
        """Seconds measured for each clocked work step that ended, by step index."""
        return dict(self._timed)

    def timed_set(self, index: int) -> tuple[int | None, float | None]:
        """What the player timed for the set (or side) that step ``index`` ends: (reps whose
        every position was timed, mean seconds per timed hold) for a hold, (None, seconds) for
        a duration or count-up set. (None, None) when nothing was timed."""
        step = self._steps[index]
        if step.rep is None:
            return None, self._timed.get(index)
        key = (step_key(step), step.set_number, step.side)
        mine: list[int] = []
        j = index
        while j >= 0:
            s = self._steps[j]
            if (
                s.kind not in ("work", "release", "switch_sides")
                or (
                    step_key(s),
                    s.set_number,
                )
                != key[:2]
            ):
                break
            if s.kind == "work" and s.side == step.side:
                mine.append(j)
            j -= 1
        by_rep: dict[int, list[int]] = {}
        for j in mine:
            by_rep.setdefault(self._steps[j].rep or 1, []).append(j)
        reps = sum(1 for js in by_rep.values() if all(j in self._timed for j in js))
        seconds = [self._timed[j] for j in mine if j in self._timed]
        if not seconds:
            return None, None
        return reps, round(sum(seconds) / len(seconds), 1)

    def time_to_next_event(self) -> float | None:
        """Seconds until the next deadline or cue (countdown, halfway, tick); None when idle."""
        if self._pending:
            return 0.0
        if not self.running:
            return None
        now = self._clock.monotonic()
        if self._deadline is not None:
            times = [self._deadline - thr for _, thr, _, _ in self._events()]
            times.append(self._deadline)
            return max(0.0, min(times) - now)
        cadence = self.step.cadence_seconds
        if cadence:
            due = self._phase_start + (self._ticks_done + 1) * cadence
            return max(0.0, due - now)
        return None

    # -- actions ---------------------------------------------------------------------------

    def poll(self) -> list[Cue]:
        """Advance past every deadline that has passed; return the cues that became due."""
        return self._catch_up()

    def start(self) -> list[Cue]:
        if self._started:
            return self._catch_up()
        self._started = True
        out: list[Cue] = []
        self._enter(0, self._clock.monotonic(), out)
        return out

    def pause(self) -> list[Cue]:
        out = self._catch_up()
        if not self.running:
            return out
        now = self._clock.monotonic()
        if self._deadline is not None:
            self._paused_remaining = max(0.0, self._deadline - now)
            self._deadline = None
        else:
            self._paused_elapsed = max(0.0, now - self._phase_start)
        self._paused = True
        return out

    def resume(self) -> list[Cue]:
        if not self._paused or self._finished:
            return self._catch_up()
        now = self._clock.monotonic()
        self._paused = False
        if self._paused_remaining is not None:
            self._deadline = now + self._paused_remaining
            self._paused_remaining = None
        else:
            self._phase_start = now - self._paused_elapsed
        out = self._catch_up()
        if self._announce_on_resume:  # a step restored after a crash starts now, cue and all
            self._announce_on_resume = False
            out.insert(0, self._start_cue(self._index, now))
        return out

    def toggle_pause(self) -> list[Cue]:
        return self.resume() if self._paused else self.pause()

    def next(self) -> list[Cue]:
        """Skip the current step (nothing is logged for it)."""
        out = self._catch_up()
        if not self._started or self._finished:
            return out
        self._enter(self._index + 1, self._clock.monotonic(), out)
        return out

    def back(self) -> list[Cue]:
        """Go to the previous step (passing over releases and side switches) and restart it."""
        out = self._catch_up()
        if not self._started or self._finished:
            return out
        target = self._index - 1
        while target > 0 and self._steps[target].kind in ("release", "switch_sides"):
            target -= 1
        self._enter(max(0, target), self._clock.monotonic(), out)
        return out

    def adjust(self, seconds: float) -> list[Cue]:
        """Add (or with a negative value take) time from the current timed step.

        Remaining never goes below 0; reaching 0 ends the phase at once (as if it had run out).
        Cues whose moment was jumped over by a cut are not sounded.
        """
        out = self._catch_up()
        if not self._started or self._finished or self.step.seconds is None:
            return out
        now = self._clock.monotonic()
        rem = self.remaining() or 0.0
        new = max(0.0, rem + seconds)
        self._phase_total = (self._phase_total or 0.0) + (new - rem)
        if self._paused:
            self._paused_remaining = new
        else:
            self._deadline = now + new
        for key, thr, _, _ in self._events():
            if thr > new:
                self._fired.add(key)
        if new <= 0.0:
            self._end_current(now, out)
        return out

    def confirm(self) -> list[Cue]:
        """The person says the current work is done ("set done"): log it and move on."""
        out = self._catch_up()
        if not self._started or self._finished or self.step.kind != "work":
            return out
        self._end_current(self._clock.monotonic(), out)
        return out

    def add_set(self) -> list[Cue]:
        """Insert one more set of the current item after the current set (with its rest)."""
        out = self._catch_up()
        if self._finished:
            return out
        if self._apply_add_set(self._index):
            self._added.append(self._index)
        return out

    def skip_exercise(self) -> list[Cue]:
        """Jump to the first work step of the next item (or the next round of a circuit)."""
        out = self._catch_up()
        if not self._started or self._finished:
            return out
        key = step_key(self.step)
        target = len(self._steps) - 1
        for j in range(self._index + 1, len(self._steps)):
            s = self._steps[j]
            if s.kind == "work" and step_key(s) != key:
                target = j
                break
        self._enter(target, self._clock.monotonic(), out)
        return out

    def end(self) -> list[Cue]:
        """Finish the workout now."""
        out = self._catch_up()
        if not self._started or self._finished:
            return out
        self._enter(len(self._steps) - 1, self._clock.monotonic(), out)
        return out

    def clone(self) -> Player:
        """An independent copy at the same place (to put back if a write fails)."""
        p = copy.copy(self)
        p._steps = list(self._steps)
        p._added = list(self._added)
        p._fired = set(self._fired)
        p._pending = list(self._pending)
        p._timed = dict(self._timed)
        return p

    # -- persistence -----------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """JSON-serialisable state for crash-resume (store it with the workout).

        A running timed phase is saved as its end in UTC wall time, because a monotonic reading
        means nothing to another process. Wall time is used only across process restarts.
        """
        step = self.step
        snap: dict[str, Any] = {
            "version": SNAPSHOT_VERSION,
            "index": self._index,
            "steps_total": len(self._steps),
            "started": self._started,
            "finished": self._finished,
            "added_sets": list(self._added),
            "paused": self._paused,
            "paused_remaining": None,
            "paused_elapsed": None,
            "phase_total": self._phase_total,
            "phase_end_utc": None,
            "phase_start_utc": None,
            "fired": sorted([kind, value] for kind, value in self._fired),
            "timed": {str(k): v for k, v in sorted(self._timed.items())},
            "announce_on_resume": self._announce_on_resume,
        }
        if not self._started or self._finished:
            return snap
        now = self._clock.monotonic()
        wall = self._clock.wall()
        if step.seconds is not None:
            if self._paused:
                snap["paused_remaining"] = self._paused_remaining
            else:
                assert self._deadline is not None
                end = wall + timedelta(seconds=self._deadline - now)
                snap["phase_end_utc"] = end.isoformat()
        elif self._paused:
            snap["paused_elapsed"] = self._paused_elapsed
        else:
            start = wall - timedelta(seconds=max(0.0, now - self._phase_start))
            snap["phase_start_utc"] = start.isoformat()
        return snap

    @classmethod
    def restore(
        cls,
        steps_or_items: Sequence[Step] | Sequence[PlanItem],
        snapshot: Mapping[str, Any],
        clock: Clock,
        *,
        options: PlayerOptions | None = None,
    ) -> Player:
        """Rebuild a player from the plan and a ``snapshot()`` taken in an earlier process.

        Pass the same steps (or the same items and options) the snapshot was taken with. Nobody
        knows what the person did while the app was gone, so nothing is caught up:

        * a rest (get ready, release, switch sides) goes on with the time really left, from
          its saved UTC end and ``clock.wall()``; cues whose moment passed are not replayed. If
          it ran out meanwhile, the player waits *paused* at the start of the next step;
        * a work step (a hold rep, a duration, a reps set, a count-up) waits *paused* at its
          start, with its full time: it is done again from the start, or skipped, by the
          person. Nothing is marked done that was not confirmed or timed before the crash.

        A step that waits paused sounds its start cue when ``resume()`` is called.
        """
        if snapshot.get("version") != SNAPSHOT_VERSION:
            raise ValueError(f"unknown player snapshot version: {snapshot.get('version')!r}")
        seq = list(steps_or_items)
        steps: list[Step]
        if seq and all(isinstance(s, PlanItem) for s in seq):
            steps = build_steps([s for s in seq if isinstance(s, PlanItem)], options)
        else:
            steps = [s for s in seq if isinstance(s, Step)]
            if len(steps) != len(seq):
                raise TypeError("pass a list of Step or a list of PlanItem")
        p = cls(steps, clock)
        for at in snapshot.get("added_sets", []):
            if not (0 <= int(at) < len(p._steps)) or not p._apply_add_set(int(at)):
                raise ValueError("snapshot does not match this plan (added set)")
            p._added.append(int(at))
        index = int(snapshot["index"])
        if len(p._steps) != int(snapshot.get("steps_total", len(p._steps))) or not (
            0 <= index < len(p._steps)
        ):
            raise ValueError("snapshot does not match this plan")
        if not snapshot.get("started"):
            return p
        p._started = True
        p._index = index
        p._timed = {
            int(k): float(v)
            for k, v in dict(snapshot.get("timed") or {}).items()
            if 0 <= int(k) < len(p._steps)
        }
        step = p._steps[index]
        if snapshot.get("finished") or step.kind == "done":
            p._index = len(p._steps) - 1
            p._finished = True
            p._phase_total = None
            return p
        now = clock.monotonic()
        paused = bool(snapshot.get("paused"))
        if step.kind == "work" or step.seconds is None:
            p._wait_at(index, now)
            return p
        total = snapshot.get("phase_total")
        p._phase_total = float(total) if total is not None else step.seconds
        if paused:
            remaining = float(snapshot.get("paused_remaining") or 0.0)
        else:
            end = datetime.fromisoformat(str(snapshot["phase_end_utc"]))
            remaining = (end - clock.wall()).total_seconds()
        if remaining <= 0.0:  # it ran out while the app was gone
            p._wait_at(index + 1, now)
            return p
        p._paused = paused
        p._announce_on_resume = bool(snapshot.get("announce_on_resume")) and paused
        if paused:
            p._paused_remaining = remaining
        else:
            p._deadline = now + remaining
        p._phase_start = now - ((p._phase_total or 0.0) - remaining)
        p._fired = {(str(k), int(v)) for k, v in snapshot.get("fired", [])}
        for key, thr, _, _ in p._events():
            if thr > remaining:
                p._fired.add(key)
        p._pending = p._catch_up()
        return p

    def _wait_at(self, index: int, now: float) -> None:
        """Stand paused at the start of step ``index``; its start cue sounds on ``resume()``."""
        self._paused = True
        self._enter(index, now, [])
        self._announce_on_resume = not self._finished

    def extended(self, steps: Sequence[Step], *, next_item: int) -> Player:
        """A player over ``steps``, a longer plan of which this player's plan is the start
        (an exercise added on the fly), at the same place: same step, same time left, same
        added sets, same pause.

        A finished player goes on instead at the first step of item ``next_item``, starting
        now (its start cue is not returned: the caller already said what was added).
        Added sets that do not fit the longer plan are dropped.
        """
        p = Player(steps, self._clock)
        for at in self._added:
            if not (0 <= at < len(p._steps)) or not p._apply_add_set(at):
                break
            p._added.append(at)
        extra = len(self._steps) - len(self._base)  # steps inserted by added sets
        if p._added != self._added or len(p._steps) != len(steps) + extra:
            p = Player(steps, self._clock)
            extra = 0
        if self._finished or self.step.kind == "done":
            first = next(
                j
                for j, s in enumerate(steps)
                if s.item_index == next_item and s.kind in ("work", "switch_sides")
            )
            p._started = True
            p._enter(first + extra, self._clock.monotonic(), [])
            return p
        p._index = min(self._index, len(p._steps) - 1)
        p._started = self._started
        p._paused = self._paused
        p._deadline = self._deadline
        p._paused_remaining = self._paused_remaining
        p._phase_total = self._phase_total
        p._phase_start = self._phase_start
        p._paused_elapsed = self._paused_elapsed
        p._ticks_done = self._ticks_done
        p._fired = set(self._fired)
        p._pending = list(self._pending)
        p._timed = dict(self._timed)
        p._announce_on_resume = self._announce_on_resume
        return p

    # -- internals -------------------------------------------------------------------------

    def _apply_add_set(self, index: int) -> bool:
        new = insert_set(self._steps, index)
        if new is None:
            return False
        self._steps = new
        return True

    def _events(self) -> list[tuple[tuple[str, int], float, CueKind, int | None]]:
        """Unfired in-step cues of the current timed step: (key, remaining when due, kind, value)."""
        step = self.step
        total = self._phase_total
        if step.seconds is None or total is None:
            return []
        events: list[tuple[tuple[str, int], float, CueKind, int | None]] = []
        is_duration = step.item is not None and step.item.mode == "duration"
        if step.kind == "work" and (is_duration or total >= HALFWAY_MIN_SECONDS - _EPS):
            events.append((("halfway", 0), total / 2.0, "halfway", None))
        if total >= COUNTDOWN_MIN_SECONDS - _EPS:
            for v in range(COUNTDOWN_FROM, 0, -1):
                events.append((("countdown", v), float(v), "countdown", v))
        events = [e for e in events if e[0] not in self._fired]
        events.sort(key=lambda e: -e[1])
        return events

    def _start_cue(self, index: int, at: float) -> Cue:
        step = self._steps[index]
        text = announcement(self._steps, index)
        return Cue(kind=_START_CUE[step.kind], step_index=index, at=at, text=text, side=step.side)

    def _enter(self, index: int, start: float, out: list[Cue]) -> None:
        """Make ``index`` the current step, starting at monotonic time ``start``."""
        index = max(0, min(index, len(self._steps) - 1))
        self._index = index
        step = self._steps[index]
        self._announce_on_resume = False
        self._fired = set()
        self._ticks_done = 0
        self._phase_start = start
        self._paused_elapsed = 0.0
        self._deadline = None
        self._paused_remaining = None
        self._phase_total = step.seconds
        if step.kind == "done":
            self._finished = True
            self._paused = False
        elif step.seconds is not None:
            if self._paused:
                self._paused_remaining = step.seconds
            else:
                self._deadline = start + step.seconds
        out.append(self._start_cue(index, start))

    def _end_current(self, at: float, out: list[Cue]) -> None:
        """The current step is over at ``at``: log it if it completes a set, then move on."""
        step = self.step
        held = round(self._elapsed_at(at), 1) if step.clocked else 0.0
        if held > 0:  # a hold cut to nothing at its start was not held
            self._timed[self._index] = held
        if step.ends_side:
            text = translate("core.workout.player", "Set done")
            out.append(
                Cue(kind="set_done", step_index=self._index, at=at, text=text, side=step.side)
            )
        self._enter(self._index + 1, at, out)

    def _elapsed_at(self, at: float) -> float:
        """Seconds the current step had run at monotonic time ``at`` (pauses excluded)."""
        if self.step.seconds is not None:
            total = self._phase_total if self._phase_total is not None else self.step.seconds
            if self._paused:
                left = self._paused_remaining or 0.0
            else:
                left = max(0.0, (self._deadline or at) - at)
            return max(0.0, total - left)
        if self._paused:
            return self._paused_elapsed
        return max(0.0, at - self._phase_start)

    def _catch_up(self) -> list[Cue]:
        out = self._pending
        self._pending = []
        if not self.running:
            return out
        now = self._clock.monotonic()
        fresh: list[Cue] = []
        while not self._finished:
            if self._deadline is None:
                self._due_ticks(now, fresh)
                break
            horizon = min(now, self._deadline)
            for key, thr, kind, value in self._events():
                due = self._deadline - thr
                if due <= horizon:
                    self._fired.add(key)
                    text = (
                        str(value)
                        if kind == "countdown"
                        else translate("core.workout.player", "Halfway")
                    )
                    fresh.append(
                        Cue(
                            kind=kind,
                            step_index=self._index,
                            at=due,
                            value=value,
                            text=text,
                            side=self.step.side,
                        )
                    )
            if now < self._deadline:
                break
            self._end_current(self._deadline, fresh)
        return out + self._drop_missed(fresh, now)

    def _due_ticks(self, now: float, out: list[Cue]) -> None:
        cadence = self.step.cadence_seconds
        if not cadence or self.step.kind != "work":
            return
        k_now = int((now - self._phase_start) // cadence)
        # ticks more than LATE_SECONDS old would be dropped anyway: do not even make them
        first = max(self._ticks_done + 1, k_now - int(LATE_SECONDS // cadence) - 1)
        for k in range(first, k_now + 1):
            out.append(
                Cue(
                    kind="tick", step_index=self._index, at=self._phase_start + k * cadence, value=k
                )
            )
        self._ticks_done = max(self._ticks_done, k_now)

    def _drop_missed(self, cues: list[Cue], now: float) -> list[Cue]:
        """Keep cues that are on time; of the missed ones keep only log events and the start of
        the step that is current now (each marked ``catch_up``)."""
        kept: list[Cue] = []
        for cue in cues:
            if now - cue.at <= LATE_SECONDS:
                kept.append(cue)
            elif cue.kind in _LOG_KINDS or (
                cue.kind in _START_KINDS and cue.step_index == self._index
            ):
                kept.append(replace(cue, catch_up=True))
        return kept
