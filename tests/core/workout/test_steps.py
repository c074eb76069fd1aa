"""build_steps: the plan of steps a routine becomes (pure: no clock, no database)."""

from __future__ import annotations

import pytest

from core.clock import FakeClock
from core.workout.player import Player
from core.workout.steps import PlayerOptions, Step, build_steps
from tests.core.workout.workout_items import NO_READY, bridge, kinds, superman, walk

# --------------------------------------------------------------------------------------------
# build_steps


def test_reps_sets_are_untimed_with_rests_between_and_none_before_done() -> None:
    """Reps mode: one untimed work step per set, rest between sets, no rest before done."""
    steps = build_steps([bridge(rest_seconds=60, rest_after_seconds=90)])
    assert kinds(steps) == ["get_ready", "work", "rest", "work", "rest", "work", "done"]
    assert steps[0].seconds == 10
    assert [s.seconds for s in steps if s.kind == "work"] == [None, None, None]
    assert [s.seconds for s in steps if s.kind == "rest"] == [60, 60]
    assert steps[3].label == "Glute bridge — set 2 of 3"
    assert (steps[3].set_number, steps[3].sets_total) == (2, 3)
    assert steps[0].label == "Get ready — Glute bridge"
    assert steps[-1].label == "Workout complete"


def test_zero_rests_and_zero_get_ready_are_left_out() -> None:
    """A rest of 0 s is no step at all, and get_ready_seconds=0 drops the get-ready step."""
    steps = build_steps([bridge(sets=2), walk()], NO_READY)
    assert kinds(steps) == ["work", "work", "work", "done"]


def test_rest_after_an_item_sits_between_items() -> None:
    """rest_after_seconds follows the last set of an item when another item comes next."""
    steps = build_steps([bridge(sets=2, rest_seconds=30, rest_after_seconds=120), walk()], NO_READY)
    assert kinds(steps) == ["work", "rest", "work", "rest", "work", "done"]
    assert steps[3].seconds == 120 and steps[3].item_index == 0
    assert steps[4].item_index == 1


def test_per_side_reps_work_first_side_switch_then_other_side() -> None:
    """per_side reps: left, a switch-sides pause, right, in each set; labels name the side."""
    steps = build_steps([bridge(sets=2, per_side=True, rest_seconds=45)], NO_READY)
    assert kinds(steps) == [
        "work", "switch_sides", "work", "rest", "work", "switch_sides", "work", "done"
    ]  # fmt: skip
    assert [s.side for s in steps[:3]] == ["left", "right", "right"]
    assert steps[1].seconds == 5
    assert steps[0].label == "Glute bridge — set 1 of 2 — left"
    assert steps[6].label == "Glute bridge — set 2 of 2 — right"


def test_side_order_right_first() -> None:
    """side_order='right' starts every set on the right."""
    steps = build_steps([bridge(sets=1, per_side=True)], PlayerOptions(side_order="right"))
    assert [s.side for s in steps if s.kind == "work"] == ["right", "left"]


def test_hold_reps_are_timed_with_releases_between_not_after_the_last() -> None:
    """hold mode: each rep a timed step, a release between reps, none after the set's last rep."""
    steps = build_steps([superman(sets=1)], NO_READY)
    assert kinds(steps) == ["work", "release", "work", "release", "work", "done"]
    work = [s for s in steps if s.kind == "work"]
    assert [(s.rep, s.reps_total, s.seconds) for s in work] == [(1, 3, 10), (2, 3, 10), (3, 3, 10)]
    assert steps[1].seconds == 3
    assert work[1].label == "Hold — Superman — rep 2 of 3"
    assert steps[1].label == "Release"


def test_hold_uses_bottom_of_rep_range() -> None:
    """A hold with a rep range plays the lower target (our rule); a lone max is used as is."""
    assert superman(reps_min=3, reps_max=5).hold_reps == 3
    assert superman(reps_min=None, reps_max=4).hold_reps == 4
    assert superman(reps_min=None, reps_max=None).hold_reps == 1


def test_hold_per_side_runs_all_reps_on_one_side_then_the_other() -> None:
    """per_side holds: every rep on the first side, a switch, every rep on the other side."""
    steps = build_steps([superman(sets=1, reps_min=2, per_side=True)], NO_READY)
    assert [(s.kind, s.side, s.rep) for s in steps[:-1]] == [
        ("work", "left", 1),
        ("release", "left", 1),
        ("work", "left", 2),
        ("switch_sides", "right", None),
        ("work", "right", 1),
        ("release", "right", 1),
        ("work", "right", 2),
    ]


def test_duration_is_one_timed_step() -> None:
    """duration mode: one timed work step of duration_minutes * 60 seconds."""
    steps = build_steps([walk(duration_minutes=30)], NO_READY)
    assert kinds(steps) == ["work", "done"]
    assert steps[0].seconds == 1800


def test_circuit_rests_follow_each_moves_rest_after_and_the_round_rest() -> None:
    """In a circuit each move is followed by its own "rest after" (not its rest between sets);
    between rounds comes the last move's rest between sets; after the last round its "rest
    after", when more work follows."""
    a = bridge(
        exercise_name="A", sets=1, circuit=1, rounds=2, rest_seconds=30, rest_after_seconds=15
    )
    b = superman(
        exercise_name="B", sets=1, reps_min=1, circuit=1, rest_seconds=45, rest_after_seconds=60
    )
    c = walk(duration_minutes=1)
    steps = build_steps([a, b, c], NO_READY)
    assert [(s.kind, s.item_index, s.round_number, s.seconds) for s in steps] == [
        ("work", 0, 1, None),
        ("rest", 0, 1, 15),
        ("work", 1, 1, 10),
        ("rest", 1, 1, 45),
        ("work", 0, 2, None),
        ("rest", 0, 2, 15),
        ("work", 1, 2, 10),
        ("rest", 1, 2, 60),
        ("work", 2, None, 60),
        ("done", None, None, None),
    ]
    assert steps[4].label == "A — round 2 of 2"


def test_home_back_complex_uses_its_20_s_rest_after_each_move() -> None:
    """Bug fixed: in routine 004's circuit the items' 20 s "rest after" was never used (each
    move's 30 s rest between sets ran instead)."""
    moves = [
        bridge(exercise_name=n, sets=1, circuit=1, rounds=1, rest_seconds=30, rest_after_seconds=20)
        for n in ("A", "B", "C", "D")
    ]
    last = superman(exercise_name="Cat-cow", sets=1, circuit=1, rounds=1, rest_seconds=30)
    steps = build_steps([*moves, last], NO_READY)
    assert [s.seconds for s in steps if s.kind == "rest"] == [20, 20, 20, 20]


def test_a_hold_with_two_positions_times_each_position_of_every_rep() -> None:
    """Cat-cow: each rep is two timed holds (rounded, then arched), a release between reps;
    the set ends after the last position of the last rep."""
    item = superman(exercise_name="Cat-cow", sets=1, reps_min=2, positions=("rounded", "arched"))
    steps = build_steps([item], NO_READY)
    assert [(s.kind, s.rep, s.position, s.seconds) for s in steps[:-1]] == [
        ("work", 1, "rounded", 10),
        ("work", 1, "arched", 10),
        ("release", 1, None, 3),
        ("work", 2, "rounded", 10),
        ("work", 2, "arched", 10),
    ]
    assert steps[1].label == "Hold: arched 2 of 2 — Cat-cow — rep 1 of 2"
    assert [s.ends_side for s in steps[:-1]] == [False, False, False, False, True]


def test_count_up_holds_and_durations_are_untimed_clocked_work() -> None:
    """ "As long as you can": the work has no deadline, counts up, and keeps the mark to reach."""
    hold = superman(sets=1, reps_min=1, count_up=True, hold_seconds=30)
    run = walk(count_up=True, duration_minutes=20)
    steps = build_steps([hold, run], NO_READY)
    work = [s for s in steps if s.kind == "work"]
    assert [(s.seconds, s.count_up, s.target_seconds, s.clocked) for s in work] == [
        (None, True, 30, True),
        (None, True, 1200, True),
    ]


def test_circuit_at_the_end_has_no_rest_after_its_last_round() -> None:
    """The round rest is not played after the last round when the workout ends there."""
    a = bridge(exercise_name="A", circuit=7, rounds=3, rest_seconds=0)
    b = bridge(exercise_name="B", circuit=7, rounds=3, rest_after_seconds=45)
    steps = build_steps([walk(duration_minutes=2, rest_after_seconds=30), a, b], NO_READY)
    assert kinds(steps) == ["work", "rest"] + ["work", "work", "rest"] * 2 + [
        "work",
        "work",
        "done",
    ]


def test_circuit_rounds_default_to_the_largest_sets() -> None:
    """A circuit without a rounds count runs as many rounds as its items' largest sets."""
    a = bridge(exercise_name="A", sets=2, circuit=1)
    b = bridge(exercise_name="B", sets=4, circuit=1)
    steps = build_steps([a, b], NO_READY)
    assert steps[-2].rounds_total == 4
    assert len([s for s in steps if s.kind == "work"]) == 8


def test_separate_circuits_with_different_numbers_do_not_merge() -> None:
    """Consecutive items with different circuit numbers are different circuits."""
    a = bridge(exercise_name="A", circuit=1, rounds=2)
    b = bridge(exercise_name="B", circuit=2, rounds=3)
    steps = build_steps([a, b], NO_READY)
    assert [s.rounds_total for s in steps if s.kind == "work"] == [2, 2, 3, 3, 3]


def test_cadence_marks_only_untimed_reps_work() -> None:
    """The rep metronome is attached to reps sets only, never to holds or durations."""
    steps = build_steps([bridge(sets=1), superman(sets=1)], PlayerOptions(cadence_seconds=2))
    cadences = {(s.kind, s.item_index): s.cadence_seconds for s in steps}
    assert cadences[("work", 0)] == 2
    assert cadences[("work", 1)] is None


def test_empty_plan_and_malformed_steps_are_refused() -> None:
    """No items, a plan not ending in done, or a zero-length timed step are errors."""
    with pytest.raises(ValueError):
        build_steps([])
    with pytest.raises(ValueError):
        Player([Step(kind="work")], FakeClock())
    with pytest.raises(ValueError):
        Player([Step(kind="rest", seconds=0), Step(kind="done")], FakeClock())
