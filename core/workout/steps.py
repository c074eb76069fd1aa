"""The steps of a workout: a plain, ordered list built from the routine's items.

Over 500 lines: every kind of step (sides, holds with positions, count-up, circuits) is built
by one expansion, and the player's step texts read the same fields.

No Qt, no database, no clock. ``build_steps`` turns ``PlanItem`` copies of a routine into the
phases the player runs (get ready, work, release, switch sides, rest, done); ``insert_set``
makes the list one set longer. ``Cue`` is what the player emits while it runs them.

Our defaults and rules (the articles do not give them): get-ready 10 s, a 3 s release between
hold reps, a 5 s pause to switch sides, and hold reps taken from the bottom of the rep range (a
timed sequence should not push past the lower target unasked).

A hold may have several timed positions per rep (cat-cow: "rounded" then "arched", each held
``hold_seconds``, article 004); a hold or duration item may count up ("as long as you can",
Liftosaur's ``30s+``): its work steps are untimed, the clock counts up and the person stops it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from core.i18n import translate
from core.library.localized import data_text

__all__ = [
    "Cue",
    "CueKind",
    "Mode",
    "PlanItem",
    "PlayerOptions",
    "SET_PARTS",
    "Side",
    "Step",
    "StepKind",
    "announcement",
    "build_steps",
    "estimate_seconds",
    "insert_set",
    "seconds_words",
    "side_word",
    "step_key",
    "target_words",
]

Mode = Literal["reps", "hold", "duration"]
Side = Literal["left", "right"]
StepKind = Literal["get_ready", "work", "release", "switch_sides", "rest", "done"]
CueKind = Literal[
    "get_ready",
    "work_start",
    "rest_start",
    "release",
    "switch_sides",
    "countdown",
    "halfway",
    "set_done",
    "workout_finished",
    "tick",
]

SET_PARTS = frozenset({"work", "release", "switch_sides"})
"""The kinds of step that belong to one set."""


# --------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True, kw_only=True)
class PlanItem:
    """One routine item as the player needs it (a plain copy, not an ORM object)."""

    item_id: int | None = None
    exercise_slug: str
    exercise_name: str
    mode: Mode = "reps"
    sets: int = 1
    reps_min: int | None = None
    reps_max: int | None = None
    hold_seconds: float | None = None
    duration_minutes: float | None = None
    per_side: bool = False
    rest_seconds: float = 0
    """Rest between sets; inside a circuit, the rest after this move before the next one."""
    rest_after_seconds: float = 0
    """Rest after the exercise; for the last item of a circuit, the rest after each round."""
    weight_kg: float | None = None
    circuit: int | None = None
    rounds: int | None = None
    positions: tuple[str, ...] = ()
    """Hold mode: the timed positions of one rep, each held ``hold_seconds`` (e.g. rounded,
    arched); empty for one position."""
    count_up: bool = False
    """Hold or duration: "as long as you can"; ``hold_seconds`` / ``duration_minutes`` is the
    mark to reach, the clock counts up and the person stops it."""

    def __post_init__(self) -> None:
        # JSON (the stored plan) gives a list; a frozen row keeps a tuple
        object.__setattr__(self, "positions", tuple(self.positions or ()))

    @property
    def hold_reps(self) -> int:
        """How many timed reps a hold set has: the bottom of the rep range (our rule)."""
        return max(1, self.reps_min or self.reps_max or 1)


@dataclass(frozen=True, kw_only=True)
class PlayerOptions:
    get_ready_seconds: float = 10
    release_seconds: float = 3  # our default
    switch_sides_seconds: float = 5  # our default
    side_order: Side = "left"
    cadence_seconds: float | None = None  # rep metronome for reps sets; None = off


@dataclass(frozen=True, kw_only=True)
class Step:
    """One phase of the player. ``seconds is None`` means untimed (runs until confirmed)."""

    kind: StepKind
    label: str = ""
    seconds: float | None = None
    item_index: int | None = None
    set_number: int | None = None
    sets_total: int | None = None
    round_number: int | None = None
    rounds_total: int | None = None
    side: Side | None = None
    """For work: the side being worked; for switch_sides: the side that comes next."""
    rep: int | None = None
    reps_total: int | None = None
    """For hold reps: rep i of n (a release step carries the rep just finished)."""
    position: str | None = None
    position_number: int | None = None
    positions_total: int | None = None
    """For a hold with several positions per rep: which one (e.g. "arched", 2 of 2)."""
    count_up: bool = False
    """Untimed work whose clock counts up and whose seconds are logged ("as long as you can")."""
    target_seconds: float | None = None
    """For a count-up step: the mark to reach."""
    cadence_seconds: float | None = None
    """Untimed reps work only: emit a "tick" cue this often."""
    item: PlanItem | None = None

    @property
    def timed(self) -> bool:
        return self.seconds is not None

    @property
    def clocked(self) -> bool:
        """Work whose seconds the player measures: a timed hold or duration, or a count-up."""
        return self.kind == "work" and (self.seconds is not None or self.count_up)

    @property
    def ends_side(self) -> bool:
        """A work step after which a set (or one side of it) is complete and can be logged."""
        return (
            self.kind == "work"
            and (self.rep is None or self.rep == self.reps_total)
            and (self.position_number is None or self.position_number == self.positions_total)
        )


@dataclass(frozen=True, kw_only=True)
class Cue:
    """Something for the UI to sound, say or log. Each is emitted exactly once per step visit."""

    kind: CueKind
    step_index: int
    at: float
    """Monotonic time the cue was due (not when it was delivered)."""
    value: int | None = None
    """Countdown 3/2/1, tick number."""
    text: str = ""
    """Words for speech, e.g. "Rest, 60 seconds. Next: Glute bridge"."""
    side: Side | None = None
    catch_up: bool = False
    """Delivered more than LATE_SECONDS after it was due (after a sleep or a crash): log it, but a
    sound now would be misleading."""


# --------------------------------------------------------------------------------------------
# Building the plan


def side_word(side: Side) -> str:
    """The side as a person reads it in a label ("left", "right"), in the language in use."""
    if side == "left":
        return translate("core.workout.steps", "left")
    return translate("core.workout.steps", "right")


def _label(step: Step) -> str:
    """The step's caption, in the language in use (the exercise's name and positions too)."""
    item = step.item
    name = data_text(item.exercise_name) if item is not None else ""
    if step.kind == "get_ready":
        if name:
            return translate("core.workout.steps", "Get ready — {name}").format(name=name)
        return translate("core.workout.steps", "Get ready")
    if step.kind == "done":
        return translate("core.workout.steps", "Workout complete")
    if step.kind == "rest":
        return translate("core.workout.steps", "Rest")
    if step.kind == "release":
        return translate("core.workout.steps", "Release")
    if step.kind == "switch_sides":
        if step.side:
            return translate("core.workout.steps", "Switch sides — {side}").format(
                side=side_word(step.side)
            )
        return translate("core.workout.steps", "Switch sides")
    parts = [name]
    if item is not None and item.mode == "hold" and (step.seconds is not None or step.count_up):
        hold = translate("core.workout.steps", "Hold")
        if step.position and step.positions_total:
            hold = translate("core.workout.steps", "Hold: {position} {number} of {total}").format(
                position=data_text(step.position),
                number=step.position_number,
                total=step.positions_total,
            )
        parts = [hold, name]
    if step.rounds_total is not None and step.round_number is not None and step.rounds_total > 1:
        parts.append(
            translate("core.workout.steps", "round {number} of {total}").format(
                number=step.round_number, total=step.rounds_total
            )
        )
    if step.sets_total is not None and step.set_number is not None and step.sets_total > 1:
        parts.append(
            translate("core.workout.steps", "set {number} of {total}").format(
                number=step.set_number, total=step.sets_total
            )
        )
    if step.rep is not None and step.reps_total is not None and step.reps_total > 1:
        parts.append(
            translate("core.workout.steps", "rep {number} of {total}").format(
                number=step.rep, total=step.reps_total
            )
        )
    if step.side is not None:
        parts.append(side_word(step.side))
    return " — ".join(parts)


def _labelled(step: Step) -> Step:
    return replace(step, label=_label(step))


def _other(side: Side) -> Side:
    return "right" if side == "left" else "left"


def _set_steps(
    item: PlanItem,
    item_index: int,
    set_number: int,
    sets_total: int,
    round_number: int | None,
    rounds_total: int | None,
    options: PlayerOptions,
) -> list[Step]:
    """The steps of one set: work (per rep for holds), releases, and a side switch."""
    base = Step(
        kind="work",
        item_index=item_index,
        set_number=set_number,
        sets_total=sets_total,
        round_number=round_number,
        rounds_total=rounds_total,
        item=item,
    )
    sides: list[Side | None]
    if item.per_side:
        first = options.side_order
        sides = [first, _other(first)]
    else:
        sides = [None]
    out: list[Step] = []
    for n, side in enumerate(sides):
        if n > 0 and options.switch_sides_seconds > 0:
            out.append(
                replace(
                    base,
                    kind="switch_sides",
                    side=side,
                    seconds=float(options.switch_sides_seconds),
                )
            )
        if item.mode == "hold" and (item.hold_seconds or item.count_up):
            reps = item.hold_reps
            hold = float(item.hold_seconds) if item.hold_seconds else None
            timing: dict[str, object] = (
                {"count_up": True, "target_seconds": hold} if item.count_up else {"seconds": hold}
            )
            positions: list[str | None] = list(item.positions) or [None]
            for rep in range(1, reps + 1):
                for k, position in enumerate(positions, start=1):
                    out.append(
                        replace(
                            base,
                            side=side,
                            rep=rep,
                            reps_total=reps,
                            position=position,
                            position_number=k if position is not None else None,
                            positions_total=len(positions) if position is not None else None,
                            **timing,  # type: ignore[arg-type]
                        )
                    )
                if rep < reps and options.release_seconds > 0:
                    out.append(
                        replace(
                            base,
                            kind="release",
                            side=side,
                            rep=rep,
                            reps_total=reps,
                            seconds=float(options.release_seconds),
                        )
                    )
        elif item.mode == "duration" and item.count_up:
            mark = float(item.duration_minutes) * 60.0 if item.duration_minutes else None
            out.append(replace(base, side=side, count_up=True, target_seconds=mark))
        elif item.mode == "duration" and item.duration_minutes:
            out.append(replace(base, side=side, seconds=float(item.duration_minutes) * 60.0))
        else:  # reps, or a hold/duration without a time: untimed, ends on confirm
            cadence = options.cadence_seconds if item.mode == "reps" else None
            out.append(replace(base, side=side, cadence_seconds=cadence or None))
    return out


def _rest(item: PlanItem, item_index: int, seconds: float, like: Step) -> Step:
    return Step(
        kind="rest",
        seconds=float(seconds),
        item_index=item_index,
        set_number=like.set_number,
        sets_total=like.sets_total,
        round_number=like.round_number,
        rounds_total=like.rounds_total,
        item=item,
    )


def _blocks(items: Sequence[PlanItem]) -> list[list[int]]:
    """Indices of items grouped: a lone item, or a run of consecutive items sharing a circuit."""
    blocks: list[list[int]] = []
    for i, item in enumerate(items):
        if item.circuit is not None and blocks and items[blocks[-1][-1]].circuit == item.circuit:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    return blocks


def build_steps(items: Iterable[PlanItem], options: PlayerOptions | None = None) -> list[Step]:
    """The full sequence of steps for a workout: get ready, sets, rests, ..., done.

    * reps: one untimed work step per set (per side: first side, switch pause, other side);
    * hold: one timed work step per rep with a release between reps (not after the last);
    * duration: one timed work step of ``duration_minutes``;
    * ``rest_seconds`` between sets and ``rest_after_seconds`` after an item, skipped when 0,
      never before "done";
    * a circuit (consecutive items with the same ``circuit``) runs ``rounds`` rounds of one set
      of each item. After each move comes its ``rest_after_seconds`` (the rest after that
      exercise); between rounds, the last move's ``rest_seconds`` (its rest between sets: each
      round is one set of it), or its ``rest_after_seconds`` when it has none; after the last
      round, the last move's ``rest_after_seconds`` (not when the workout ends there).
      ``rounds`` is read from the first item of the circuit; if none is set, the largest
      ``sets`` of its items is used (our rule).
    A zero ``get_ready_seconds`` leaves the get-ready step out.
    """
    opts = options or PlayerOptions()
    plan = list(items)
    if not plan:
        raise ValueError("a workout needs at least one item")
    steps: list[Step] = []
    blocks = _blocks(plan)
    for b, block in enumerate(blocks):
        last_block = b == len(blocks) - 1
        first = plan[block[0]]
        if first.circuit is None:
            i = block[0]
            item = plan[i]
            n = max(1, item.sets)
            for s in range(1, n + 1):
                sset = _set_steps(item, i, s, n, None, None, opts)
                steps += sset
                if s < n and item.rest_seconds > 0:
                    steps.append(_rest(item, i, item.rest_seconds, sset[-1]))
            if not last_block and item.rest_after_seconds > 0:
                steps.append(_rest(item, i, item.rest_after_seconds, steps[-1]))
        else:
            rounds = first.rounds or max(max(1, plan[i].sets) for i in block)
            rounds = max(1, rounds)
            for r in range(1, rounds + 1):
                for k, i in enumerate(block):
                    item = plan[i]
                    sset = _set_steps(item, i, 1, 1, r, rounds, opts)
                    steps += sset
                    if k < len(block) - 1:
                        rest = item.rest_after_seconds
                    elif r < rounds:
                        rest = item.rest_seconds or item.rest_after_seconds
                    else:
                        rest = 0 if last_block else item.rest_after_seconds
                    if rest > 0:
                        steps.append(_rest(item, i, rest, sset[-1]))
    first_work = steps[0]
    if opts.get_ready_seconds > 0:
        steps.insert(
            0,
            Step(
                kind="get_ready",
                seconds=float(opts.get_ready_seconds),
                item_index=first_work.item_index,
                round_number=first_work.round_number,
                rounds_total=first_work.rounds_total,
                item=first_work.item,
            ),
        )
    steps.append(Step(kind="done"))
    return [_labelled(s) for s in steps]


REP_SECONDS = 3.0
"""For estimates only: how long one rep of an untimed reps set takes (our default)."""


def estimate_seconds(step: Step) -> float:
    """How long a step should take: its time, or for untimed work an estimate (our default of
    REP_SECONDS per rep at the bottom of the range; a count-up set, its mark)."""
    if step.seconds is not None:
        return step.seconds
    if step.kind != "work":
        return 0.0
    if step.count_up:
        return step.target_seconds or 30.0
    item = step.item
    reps = (item.reps_min or item.reps_max or 10) if item is not None else 10
    return reps * REP_SECONDS


def step_key(step: Step) -> tuple[int | None, int | None]:
    """Which item (and round of a circuit) a step belongs to."""
    return (step.item_index, step.round_number)


def insert_set(steps: Sequence[Step], index: int) -> list[Step] | None:
    """``steps`` with one more set of the current item inserted after the current set.

    On a work/release/switch step: after the current set, preceded by the item's between-set
    rest. On a rest: right after this rest, followed by a copy of this rest (so "set 3, rest
    after the exercise" becomes "set 3, rest, set 4, rest after the exercise"). Returns None when
    there is no current item (get ready, done).
    """
    cur = steps[index]
    item = cur.item
    if item is None or cur.kind not in SET_PARTS | {"rest"}:
        return None
    key = step_key(cur)

    def in_block(j: int, set_number: int | None) -> bool:
        s = steps[j]
        return s.kind in SET_PARTS and step_key(s) == key and s.set_number == set_number

    if cur.kind in SET_PARTS:
        lo = hi = index
        while lo - 1 >= 0 and in_block(lo - 1, cur.set_number):
            lo -= 1
        while hi + 1 < len(steps) and in_block(hi + 1, cur.set_number):
            hi += 1
        template = list(steps[lo : hi + 1])
        rest = (
            [_rest(item, cur.item_index or 0, item.rest_seconds, cur)]
            if item.rest_seconds > 0
            else []
        )
        at = hi + 1
        new = rest + template
    else:
        if index == 0 or not in_block(index - 1, steps[index - 1].set_number):
            return None
        hi = lo = index - 1
        while lo - 1 >= 0 and in_block(lo - 1, steps[hi].set_number):
            lo -= 1
        template = list(steps[lo : hi + 1])
        at = index + 1
        new = template + [cur]
    out = list(steps[:at]) + new + list(steps[at:])
    return _renumber(out, key)


def _renumber(steps: list[Step], key: tuple[int | None, int | None]) -> list[Step]:
    """Number the sets of one item (within one round) 1..n again and relabel them."""
    members = [
        j for j, s in enumerate(steps) if step_key(s) == key and s.kind in SET_PARTS | {"rest"}
    ]
    first_side = next((steps[j].side for j in members if steps[j].kind == "work"), None)
    numbers: dict[int, int] = {}
    counter = 0
    for j in members:
        s = steps[j]
        first_of_set = s.rep in (None, 1) and s.position_number in (None, 1)
        if s.kind == "work" and first_of_set and (s.side is None or s.side == first_side):
            counter += 1
        numbers[j] = max(1, counter)
    out = list(steps)
    for j in members:
        out[j] = _labelled(replace(out[j], set_number=numbers[j], sets_total=counter))
    return out


# --------------------------------------------------------------------------------------------
# Words for speech


def seconds_words(seconds: float) -> str:
    """ "60 seconds", "1 second", and whole minutes from two on: "30 minutes"."""
    n = int(math.ceil(seconds - 1e-6))
    if n % 60 == 0 and n >= 120:  # "Rest, 60 seconds", but "Brisk walk, 30 minutes"
        return translate("core.workout.steps", "{minutes} minutes").format(minutes=n // 60)
    return translate("core.workout.steps", "%n second(s)", None, n)


def target_words(step: Step) -> str:
    """What to do in a work step, for speech: "10 to 12 reps", "hold 10 seconds", "30 minutes"."""
    item = step.item
    if item is None:
        return ""
    if step.count_up:
        if step.target_seconds:
            return translate("core.workout.steps", "as long as you can, at least {time}").format(
                time=seconds_words(step.target_seconds)
            )
        return translate("core.workout.steps", "as long as you can")
    if step.seconds is not None:
        return seconds_words(step.seconds)
    lo, hi = item.reps_min, item.reps_max
    if lo and hi and lo != hi:
        return translate("core.workout.steps", "{low} to {high} reps").format(low=lo, high=hi)
    reps = lo or hi
    if reps:
        return translate("core.workout.steps", "%n rep(s)", None, reps)
    return ""


def _next_work_name(steps: Sequence[Step], index: int) -> str | None:
    for s in steps[index + 1 :]:
        if s.kind == "work" and s.item is not None:
            return data_text(s.item.exercise_name)
    return None


def announcement(steps: Sequence[Step], index: int) -> str:
    """What to say when step ``index`` starts: "Rest, 60 seconds. Next: Glute bridge"."""
    step = steps[index]
    if step.kind == "get_ready":
        if step.item:
            return translate("core.workout.steps", "Get ready. First: {name}").format(
                name=data_text(step.item.exercise_name)
            )
        return translate("core.workout.steps", "Get ready")
    if step.kind == "work":
        text = step.label.replace(" — ", ", ")
        target = target_words(step)
        return f"{text}, {target}" if target else text
    if step.kind == "rest":
        rest = seconds_words(step.seconds or 0.0)
        nxt = _next_work_name(steps, index)
        if nxt:
            return translate("core.workout.steps", "Rest, {time}. Next: {name}").format(
                time=rest, name=nxt
            )
        return translate("core.workout.steps", "Rest, {time}").format(time=rest)
    if step.kind == "switch_sides":
        if step.side:
            return translate("core.workout.steps", "Switch sides: {side}").format(
                side=side_word(step.side)
            )
        return translate("core.workout.steps", "Switch sides")
    return step.label
