"""The progression rules, pure: from a current target and what was done to the next target.

No database here: core.insight.progression reads the item and its recent workouts and calls
`next_target`. Every number below is ours (the articles ask for progressive overload: "more
weight, repetitions or sets, or time under tension", article 002; and name the harder
variations, glute bridge -> one-legged bridge -> weighted hip thrust, article 000), and every
reason that uses one of our rules says so with "our step" or "our rule".

The rules, by mode (only the most recent workout decides a step; the recent ones a deload):

- weighted reps (a weight was lifted, or the target has one): double progression. Every set
  of the last workout at the top of the range, at the weight lifted -> one weight step more,
  back to the bottom of the range; otherwise stay at the weight lifted and aim for the top.
- bodyweight reps: the fewest reps per set (the target's reps_min) climbs to one more than
  the fewest done, up to the top of the range; at the top, one set more, from the bottom;
  at the most sets we suggest, the harder variation the library names.
- holds: every hold of the last workout lasted the target -> a few seconds longer (from the
  shortest hold done, when that was longer than the target).
- duration: the whole time done -> a few minutes more, for cardio and strength time only.
- every mode: DELOAD_AFTER_MISSES workouts in a row that missed, each against the target it
  was done for (weighted: at the same weight, a set below the bottom of the range or a set
  left out; bodyweight: the same; holds and duration: short of the time) -> a deload.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from core.bounds import PRESCRIPTION, number_bound
from core.i18n import translate
from core.insight.targets import Target
from core.library.localized import data_text
from core.units import display_number, format_weight, kg_from, kg_to

# --- the table of our numbers ---------------------------------------------------------------

# equipment -> (weight step in kg, in lb). The first equipment of EQUIPMENT_ORDER that an
# exercise uses gives its step; a routine item's weight_step_kg overrides it.
WEIGHT_STEPS: Mapping[str, tuple[float, float]] = {
    "barbell": (2.5, 5.0),  # the smallest common pair of plates (2 x 1.25 kg, 2 x 2.5 lb)
    "dumbbells": (1.0, 2.5),  # the next dumbbell up in a home set
}
EQUIPMENT_ORDER = ("barbell", "dumbbells")
DEFAULT_WEIGHT_STEP = (2.5, 5.0)  # any other load: a plate, a machine, a bag
REP_STEP = 1  # bodyweight: aim one rep above the fewest done in a set
EXTRA_SETS = 2  # bodyweight: add sets up to the prescription's sets plus this many
HOLD_STEP_SECONDS = 5  # a hold held in full grows by this much
DURATION_STEP_MINUTES = 5  # a timed activity done in full grows by this much ...
DURATION_MAX_MINUTES = 60  # ... up to this long (or the prescription, if that is longer)
DURATION_PROGRESS_KINDS = ("cardio", "strength")  # recovery and mobility keep their time
TIME_TOLERANCE_SECONDS = 0.5  # a hold or activity this close to its target counts as full
DELOAD_AFTER_MISSES = 3  # this many missed workouts in a row suggest a deload ...
DELOAD_FRACTION = 0.10  # ... of this much weight (down to the step), or one step of time
COUNTED_SET_TYPES = ("normal", "failure")  # warm-ups never count; drop sets are extra work
_WEIGHT_TOLERANCE_KG = 1e-6


@dataclass(frozen=True)
class DoneSet:
    """One counted set of a routine item in one workout: what was done."""

    set_number: int
    reps: int | None = None
    weight_kg: float | None = None
    seconds: float | None = None  # a hold: seconds per hold; a duration: the set's seconds


@dataclass(frozen=True)
class DoneWorkout:
    """The counted sets of one routine item in one workout."""

    workout_id: int
    started_at: datetime
    sets: tuple[DoneSet, ...]
    target: Target | None = None  # the item's target when it was done (None: the current)

    @property
    def set_count(self) -> int:
        """Sets done (both sides of a per-side set are one set)."""
        return len({s.set_number for s in self.sets})


@dataclass(frozen=True)
class ItemFacts:
    """What the rules need to know of a routine item besides its target and workouts."""

    mode: str  # reps | hold | duration
    kind: str  # the exercise's kind: strength | cardio | mobility | recovery
    equipment: tuple[str, ...] = ()
    weight_step_kg: float | None = None  # the item's own step; None: the equipment's
    prescription: Target | None = None  # the routine's own values (None: the target's)
    harder: tuple[str, str] | None = None  # (slug, name) of the harder variation, if any


@dataclass(frozen=True)
class Decision:
    """The next target and why. `rule` names the rule that decided (a word from RULES);
    `ours` is true when that rule (or its step) is ours, not the articles'; `variation` is
    the slug of the harder variation offered."""

    target: Target
    rule: str
    reason: str
    ours: bool = False
    variation: str | None = None


RULES = (
    "off",  # suggestions are off for the routine
    "start",  # nothing done yet, or nothing to progress
    "add-weight",
    "fill-range",  # weighted: stay at the weight lifted, aim for the top
    "add-reps",  # bodyweight: aim higher within the range
    "add-set",
    "variation",  # bodyweight at the most sets: the harder variation
    "repeat",  # the last workout fell short: the same target again
    "add-hold",
    "add-minutes",
    "deload",
    "cap",  # already at the most we suggest or allow
)


# --- steps ---------------------------------------------------------------------------------


def weight_step(facts: ItemFacts, unit: str) -> tuple[float, str]:
    """(one weight step in `unit`, the words for where it comes from)."""
    if unit not in ("kg", "lb"):
        raise ValueError(f"unknown weight unit {unit!r}")
    if facts.weight_step_kg:
        return kg_to(facts.weight_step_kg, unit), translate(
            "core.insight.progression_rules", "this item's step"
        )
    for equipment in EQUIPMENT_ORDER:
        if equipment in facts.equipment:
            kg, lb = WEIGHT_STEPS[equipment]
            return (kg if unit == "kg" else lb), _equipment_step_words(equipment)
    kg, lb = DEFAULT_WEIGHT_STEP
    return (kg if unit == "kg" else lb), translate("core.insight.progression_rules", "our step")


def _equipment_step_words(equipment: str) -> str:
    if equipment == "barbell":
        return translate("core.insight.progression_rules", "our step for a barbell")
    if equipment == "dumbbells":
        return translate("core.insight.progression_rules", "our step for a dumbbell")
    return translate("core.insight.progression_rules", "our step for a {equipment}").format(
        equipment=equipment
    )


def _on_grid(value: float, step: float) -> float:
    return round(round(value / step) * step, 6)


def step_up(weight_kg: float, step: float, unit: str) -> float:
    """One step up from `weight_kg`, in `unit` to the nearest multiple of the step (a weight
    lifted in kg and then shown in lb lands on a loadable lb weight). Returns kg."""
    here = kg_to(weight_kg, unit)
    new = _on_grid(here + step, step)
    if new <= here + 1e-9:
        new = _on_grid(new + step, step)
    return kg_from(new, unit)


def deload_weight(weight_kg: float, step: float, unit: str) -> float:
    """DELOAD_FRACTION off `weight_kg`, rounded down to a multiple of the step (never below
    one step). Returns kg."""
    here = kg_to(weight_kg, unit)
    new = math.floor(here * (1 - DELOAD_FRACTION) / step + 1e-9) * step
    return kg_from(round(max(new, min(step, here)), 6), unit)


# --- words ---------------------------------------------------------------------------------


def _sets(n: int) -> str:
    """'1 set', '3 sets', in the language in use."""
    return translate("core.insight.progression_rules", "%n set(s)", None, n)


def _sets_of(n: int, total: int) -> str:
    """'2 sets of 3'."""
    return translate("core.insight.progression_rules", "%n set(s) of {total}", None, n).format(
        total=total
    )


def _reps_list(sets: Sequence[DoneSet]) -> str:
    """'12, 12, 11 reps'."""
    return translate("core.insight.progression_rules", "{reps} reps").format(reps=_reps_done(sets))


def _seconds(value: float) -> str:
    return f"{display_number(value, 1)} s"


def _reps_done(sets: Sequence[DoneSet]) -> str:
    return ", ".join(str(s.reps if s.reps is not None else 0) for s in sets)


def _range(lo: int | None, hi: int | None) -> str:
    if lo is None or hi is None or lo == hi:
        return str(hi if lo is None else lo)
    return f"{lo}-{hi}"


# --- the rules -----------------------------------------------------------------------------


def _missed_in_a_row(workouts: Sequence[DoneWorkout], missed: Callable[[DoneWorkout], bool]) -> int:
    """How many of the newest workouts, in a row, `missed(workout)` says missed."""
    n = 0
    for w in workouts:
        if not missed(w):
            break
        n += 1
    return n


def _lifted(w: DoneWorkout, target: Target) -> float | None:
    """The weight lifted in a workout: the heaviest counted set's, else the target's."""
    weights = [s.weight_kg for s in w.sets if s.weight_kg is not None and s.weight_kg > 0]
    if weights:
        return max(weights)
    return target.weight_kg if target.weight_kg else None


def next_target(
    target: Target,
    workouts: Sequence[DoneWorkout],
    facts: ItemFacts,
    *,
    unit: str = "kg",
) -> Decision:
    """The next target of an item whose current target is `target`, from its recent
    `workouts` (newest first; counted sets only). See the module docstring."""
    if not workouts or not workouts[0].sets:
        return Decision(
            target,
            "start",
            translate(
                "core.insight.progression_rules",
                "There is no earlier workout with this exercise yet, so the target stays.",
            ),
        )
    if facts.mode == "hold":
        return _hold(target, workouts, facts)
    if facts.mode == "duration":
        return _duration(target, workouts, facts)
    if _lifted(workouts[0], target) is not None:
        return _weighted(target, workouts, facts, unit)
    return _bodyweight(target, workouts, facts)


def _weighted(
    target: Target, workouts: Sequence[DoneWorkout], facts: ItemFacts, unit: str
) -> Decision:
    lo = target.reps_min if target.reps_min is not None else target.reps_max
    hi = target.reps_max if target.reps_max is not None else target.reps_min
    last = workouts[0]
    lifted = _lifted(last, target)
    assert lifted is not None
    if lo is None or hi is None:
        return Decision(
            replace(target, weight_kg=lifted),
            "start",
            translate(
                "core.insight.progression_rules",
                "This exercise has no rep target, so the target stays.",
            ),
        )
    step, step_words = weight_step(facts, unit)
    at = format_weight(lifted, unit)
    sets = last.sets

    def at_weight(s: DoneSet) -> bool:
        return s.weight_kg is None or s.weight_kg >= lifted - _WEIGHT_TOLERANCE_KG

    if last.set_count >= target.sets and all((s.reps or 0) >= hi and at_weight(s) for s in sets):
        new = step_up(lifted, step, unit)
        if new > number_bound(PRESCRIPTION, "weight_kg").maximum:
            return Decision(
                replace(target, weight_kg=lifted),
                "cap",
                translate("core.insight.progression_rules", "The weight is at the most we allow."),
            )
        added = format_weight(kg_from(step, unit), unit)
        if abs(kg_to(new, unit) - kg_to(lifted, unit) - step) > 0.01:
            step_words = translate(
                "core.insight.progression_rules", "{step}, to the nearest {weight}"
            ).format(step=step_words, weight=added)
        return Decision(
            replace(target, weight_kg=new, reps_min=lo, reps_max=hi),
            "add-weight",
            translate(
                "core.insight.progression_rules",
                "All {sets} reached {top} reps at {weight} last time, so add {step} "
                "({step_source}): {new_weight}, and start again from {bottom} reps (our rule: "
                "double progression).",
            ).format(
                sets=_sets(last.set_count),
                top=hi,
                weight=at,
                step=added,
                step_source=step_words,
                new_weight=format_weight(new, unit),
                bottom=lo,
            ),
            ours=True,
        )

    def missed(w: DoneWorkout) -> bool:
        then = w.target or target
        bottom = then.reps_min if then.reps_min is not None else lo
        same = abs((_lifted(w, target) or 0) - lifted) <= _WEIGHT_TOLERANCE_KG
        short = w.set_count < then.sets or any((s.reps or 0) < bottom for s in w.sets)
        return same and short

    misses = _missed_in_a_row(workouts, missed)
    if misses >= DELOAD_AFTER_MISSES:
        lighter = deload_weight(lifted, step, unit)
        if lighter < lifted - _WEIGHT_TOLERANCE_KG:
            return Decision(
                replace(target, weight_kg=lighter, reps_min=lo, reps_max=hi),
                "deload",
                translate(
                    "core.insight.progression_rules",
                    "{misses} workouts in a row at {weight} fell short of {sets} x {bottom} "
                    "reps, so deload to {new_weight} and build back up (our rule: {percent}% "
                    "lighter after {after} misses).",
                ).format(
                    misses=misses,
                    weight=at,
                    sets=target.sets,
                    bottom=lo,
                    new_weight=format_weight(lighter, unit),
                    percent=round(DELOAD_FRACTION * 100),
                    after=DELOAD_AFTER_MISSES,
                ),
                ours=True,
            )
    done = (
        _sets_of(last.set_count, target.sets) if last.set_count < target.sets else _reps_list(sets)
    )
    return Decision(
        replace(target, weight_kg=lifted, reps_min=lo, reps_max=hi),
        "fill-range",
        translate(
            "core.insight.progression_rules",
            "Last time {done} at {weight}: stay at {weight} and aim for {top} reps in all {sets}.",
        ).format(done=done, weight=at, top=hi, sets=_sets(target.sets)),
    )


def _bodyweight(target: Target, workouts: Sequence[DoneWorkout], facts: ItemFacts) -> Decision:
    top = target.reps_max if target.reps_max is not None else target.reps_min
    aim = target.reps_min if target.reps_min is not None else top
    if top is None or aim is None:
        return Decision(
            target,
            "start",
            translate(
                "core.insight.progression_rules",
                "This exercise has no rep target, so the target stays.",
            ),
        )
    plan = facts.prescription or target
    bottom = plan.reps_min if plan.reps_min is not None else plan.reps_max
    bottom = aim if bottom is None else min(bottom, top)
    most_sets = min(
        max(plan.sets + EXTRA_SETS, target.sets),
        int(number_bound(PRESCRIPTION, "sets").maximum),
    )
    last = workouts[0]
    done_sets = max(target.sets, last.set_count)
    fewest = min((s.reps or 0) for s in last.sets)
    full = last.set_count >= target.sets

    if full and fewest >= top:
        if done_sets < most_sets:
            new = replace(target, sets=done_sets + 1, reps_min=bottom, reps_max=top)
            return Decision(
                new,
                "add-set",
                translate(
                    "core.insight.progression_rules",
                    "All {sets} reached {top} reps, the top of the range, so add a set: "
                    "{new_sets} x {range} reps (our rule: one set at a time, up to {most}, from "
                    "{bottom} reps).",
                ).format(
                    sets=_sets(last.set_count),
                    top=top,
                    new_sets=new.sets,
                    range=_range(bottom, top),
                    most=most_sets,
                    bottom=bottom,
                ),
                ours=True,
            )
        kept = replace(target, sets=done_sets)
        if facts.harder is not None:
            slug, name = facts.harder
            return Decision(
                kept,
                "variation",
                translate(
                    "core.insight.progression_rules",
                    "All {sets} reached {top} reps at {most} sets, the most we suggest (our "
                    "rule), so the next step is the harder variation the article names: "
                    "{exercise}. Change the exercise in the routine when ready.",
                ).format(
                    sets=_sets(last.set_count), top=top, most=most_sets, exercise=data_text(name)
                ),
                ours=True,
                variation=slug,
            )
        return Decision(
            kept,
            "cap",
            translate(
                "core.insight.progression_rules",
                "All {sets} reached {top} reps at {most} sets, the most we suggest (our rule), "
                "and the library names no harder variation: add a weight to make it harder.",
            ).format(sets=_sets(last.set_count), top=top, most=most_sets),
            ours=True,
        )
    if full and fewest >= aim:
        new_aim = min(top, max(aim, fewest) + REP_STEP)
        return Decision(
            replace(target, sets=done_sets, reps_min=new_aim, reps_max=top),
            "add-reps",
            translate(
                "core.insight.progression_rules",
                "Every set reached {aim} reps last time ({done}), so aim for {new_aim} in every "
                "set (our rule: one more than your fewest, up to the top of {range}).",
            ).format(
                aim=aim, done=_reps_done(last.sets), new_aim=new_aim, range=_range(bottom, top)
            ),
            ours=True,
        )

    def missed(w: DoneWorkout) -> bool:
        then = w.target or target
        return w.set_count < then.sets or any((s.reps or 0) < bottom for s in w.sets)

    misses = _missed_in_a_row(workouts, missed)
    if misses >= DELOAD_AFTER_MISSES:
        fewer = max(1, target.sets - 1)
        return Decision(
            replace(target, sets=fewer, reps_min=bottom, reps_max=top),
            "deload",
            translate(
                "core.insight.progression_rules",
                "{misses} workouts in a row fell short of {sets} x {bottom} reps, so ease off: "
                "{fewer} x {range} reps, and build back up (our rule: one set fewer after "
                "{after} misses).",
            ).format(
                misses=misses,
                sets=target.sets,
                bottom=bottom,
                fewer=fewer,
                range=_range(bottom, top),
                after=DELOAD_AFTER_MISSES,
            ),
            ours=True,
        )
    done = _sets_of(last.set_count, target.sets) if not full else _reps_list(last.sets)
    return Decision(
        target,
        "repeat",
        translate(
            "core.insight.progression_rules",
            "Last time {done}: aim for {aim} reps in all {sets} again.",
        ).format(done=done, aim=aim, sets=_sets(target.sets)),
    )


def _timed_result(
    target: Target, w: DoneWorkout, goal: float, reps: int | None
) -> tuple[bool, float]:
    """(whether every counted set lasted `goal` seconds with `reps` holds, the shortest)."""
    shortest = min((s.seconds or 0.0) for s in w.sets) if w.sets else 0.0
    reps_ok = reps is None or all((s.reps or 0) >= reps for s in w.sets)
    full = w.set_count >= target.sets and shortest >= goal - TIME_TOLERANCE_SECONDS and reps_ok
    return full, shortest


def _hold(target: Target, workouts: Sequence[DoneWorkout], facts: ItemFacts) -> Decision:
    goal = target.hold_seconds
    if not goal:
        return Decision(
            target,
            "start",
            translate(
                "core.insight.progression_rules",
                "This hold has no time target, so there is nothing to add to.",
            ),
        )
    reps = target.reps_min if target.reps_min is not None else target.reps_max
    full, shortest = _timed_result(target, workouts[0], goal, reps)
    longest = int(number_bound(PRESCRIPTION, "hold_seconds").maximum)
    if full:
        base = max(goal, math.floor(shortest + TIME_TOLERANCE_SECONDS))
        new = min(base + HOLD_STEP_SECONDS, longest)
        if new <= goal:
            return Decision(
                target,
                "cap",
                translate(
                    "core.insight.progression_rules",
                    "The hold is already at the longest time we allow.",
                ),
            )
        held = (
            f"{goal} s"
            if base == goal
            else translate(
                "core.insight.progression_rules", "at least {held} s (target {goal} s)"
            ).format(held=base, goal=goal)
        )
        return Decision(
            replace(target, hold_seconds=new),
            "add-hold",
            translate(
                "core.insight.progression_rules",
                "Every hold lasted {held} last time, so hold {step} s longer (our step): {new} s.",
            ).format(held=held, step=HOLD_STEP_SECONDS, new=new),
            ours=True,
        )

    def missed(w: DoneWorkout) -> bool:
        then = w.target or target
        then_reps = then.reps_min if then.reps_min is not None else then.reps_max
        return not _timed_result(then, w, then.hold_seconds or goal, then_reps)[0]

    misses = _missed_in_a_row(workouts, missed)
    if misses >= DELOAD_AFTER_MISSES and goal > 1:
        new = max(1, goal - HOLD_STEP_SECONDS)
        return Decision(
            replace(target, hold_seconds=new),
            "deload",
            translate(
                "core.insight.progression_rules",
                "{misses} workouts in a row had a hold shorter than {goal} s, so ease off to "
                "{new} s and build back up (our rule: one step back after {after} misses).",
            ).format(misses=misses, goal=goal, new=new, after=DELOAD_AFTER_MISSES),
            ours=True,
        )
    return Decision(
        target,
        "repeat",
        translate(
            "core.insight.progression_rules",
            "Not every hold lasted {goal} s last time (shortest {shortest}), so aim for "
            "{goal} s again.",
        ).format(goal=goal, shortest=_seconds(shortest)),
    )


def _duration(target: Target, workouts: Sequence[DoneWorkout], facts: ItemFacts) -> Decision:
    minutes = target.duration_minutes
    if not minutes:
        return Decision(
            target,
            "start",
            translate(
                "core.insight.progression_rules",
                "This activity has no time target, so the target stays.",
            ),
        )
    full, shortest = _timed_result(target, workouts[0], minutes * 60, None)
    if full:
        if facts.kind not in DURATION_PROGRESS_KINDS:
            return Decision(
                target,
                "cap",
                translate(
                    "core.insight.progression_rules",
                    "You did the full {minutes} min last time; {kind} time keeps the article's "
                    "length (our rule: only cardio and strength time grows).",
                ).format(minutes=minutes, kind=_kind_word(facts.kind)),
                ours=True,
            )
        cap = max(DURATION_MAX_MINUTES, (facts.prescription or target).duration_minutes or 0)
        base = max(minutes, math.floor((shortest + TIME_TOLERANCE_SECONDS) / 60))
        new = min(base + DURATION_STEP_MINUTES, cap)
        if new <= minutes:
            return Decision(
                target,
                "cap",
                translate(
                    "core.insight.progression_rules",
                    "You did the full {minutes} min last time, the longest we suggest (our "
                    "rule: up to {cap} min).",
                ).format(minutes=minutes, cap=cap),
                ours=True,
            )
        did = (
            translate("core.insight.progression_rules", "the full {minutes} min").format(
                minutes=minutes
            )
            if base == minutes
            else f"{base} min"
        )
        return Decision(
            replace(target, duration_minutes=new),
            "add-minutes",
            translate(
                "core.insight.progression_rules",
                "You did {done} last time, so add {step} min (our step): {new} min.",
            ).format(done=did, step=DURATION_STEP_MINUTES, new=new),
            ours=True,
        )

    def missed(w: DoneWorkout) -> bool:
        then = w.target or target
        return not _timed_result(then, w, (then.duration_minutes or minutes) * 60, None)[0]

    misses = _missed_in_a_row(workouts, missed)
    if misses >= DELOAD_AFTER_MISSES and minutes > 1:
        new = max(1, minutes - DURATION_STEP_MINUTES)
        return Decision(
            replace(target, duration_minutes=new),
            "deload",
            translate(
                "core.insight.progression_rules",
                "{misses} workouts in a row were shorter than {minutes} min, so ease off to "
                "{new} min and build back up (our rule: one step back after {after} misses).",
            ).format(misses=misses, minutes=minutes, new=new, after=DELOAD_AFTER_MISSES),
            ours=True,
        )
    done = display_number(shortest / 60, 1)
    return Decision(
        target,
        "repeat",
        translate(
            "core.insight.progression_rules",
            "Last time {done} min of {minutes}: aim for the full {minutes} min again.",
        ).format(done=done, minutes=minutes),
    )


def _kind_word(kind: str) -> str:
    """An exercise kind as a word inside a sentence ("mobility time")."""
    words = {
        "mobility": translate("core.insight.progression_rules", "mobility"),
        "recovery": translate("core.insight.progression_rules", "recovery"),
        "cardio": translate("core.insight.progression_rules", "cardio"),
        "strength": translate("core.insight.progression_rules", "strength"),
    }
    return words.get(kind, kind)
