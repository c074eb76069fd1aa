"""The workout player: the plan it builds and the clock-driven state machine that runs it.

Every test drives a FakeClock by hand: no sleeps, no real time, no timed assertions.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.clock import FakeClock
from core.workout.player import (
    LATE_SECONDS,
    Cue,
    PlanItem,
    Player,
    PlayerOptions,
    Step,
    build_steps,
)

START = datetime(2025, 3, 1, 7, 30, tzinfo=UTC)
NO_READY = PlayerOptions(get_ready_seconds=0)


def bridge(**kw: object) -> PlanItem:
    fields: dict[str, object] = {
        "exercise_slug": "glute-bridge",
        "exercise_name": "Glute bridge",
        "mode": "reps",
        "sets": 3,
        "reps_min": 10,
        "reps_max": 12,
    }
    fields.update(kw)
    return PlanItem(**fields)  # type: ignore[arg-type]


def superman(**kw: object) -> PlanItem:
    fields: dict[str, object] = {
        "exercise_slug": "superman",
        "exercise_name": "Superman",
        "mode": "hold",
        "sets": 2,
        "reps_min": 3,
        "reps_max": 5,
        "hold_seconds": 10,
    }
    fields.update(kw)
    return PlanItem(**fields)  # type: ignore[arg-type]


def walk(**kw: object) -> PlanItem:
    fields: dict[str, object] = {
        "exercise_slug": "brisk-walk",
        "exercise_name": "Brisk walk",
        "mode": "duration",
        "sets": 1,
        "duration_minutes": 30,
    }
    fields.update(kw)
    return PlanItem(**fields)  # type: ignore[arg-type]


def kinds(steps: list[Step] | tuple[Step, ...]) -> list[str]:
    return [s.kind for s in steps]


def cue_kinds(cues: list[Cue]) -> list[str]:
    return [c.kind for c in cues]


def make(items: list[PlanItem], options: PlayerOptions | None = None) -> tuple[Player, FakeClock]:
    clock = FakeClock(START, start_monotonic=1000.0)
    return Player(build_steps(items, options), clock), clock


def run_to(player: Player, clock: FakeClock, seconds: float, hz: float = 10.0) -> list[Cue]:
    """Let ``seconds`` pass, polling like the UI does at ``hz``; return every cue."""
    out: list[Cue] = []
    step = 1.0 / hz
    end = clock.monotonic() + seconds
    while clock.monotonic() + step <= end + 1e-12:
        clock.advance(step)
        out += player.poll()
    rest = end - clock.monotonic()
    if rest > 0:
        clock.advance(rest)
        out += player.poll()
    return out


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
    assert work[1].label == "Superman — rep 2 of 3"


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


def test_circuit_rounds_with_rest_between_moves_and_after_each_round() -> None:
    """A circuit runs its rounds of one set per item, rest between moves and after each round,
    including after the last round when more work follows."""
    a = bridge(exercise_name="A", sets=1, circuit=1, rounds=2, rest_seconds=15)
    b = superman(exercise_name="B", sets=1, reps_min=1, circuit=1, rest_after_seconds=60)
    c = walk(duration_minutes=1)
    steps = build_steps([a, b, c], NO_READY)
    assert [(s.kind, s.item_index, s.round_number, s.seconds) for s in steps] == [
        ("work", 0, 1, None),
        ("rest", 0, 1, 15),
        ("work", 1, 1, 10),
        ("rest", 1, 1, 60),
        ("work", 0, 2, None),
        ("rest", 0, 2, 15),
        ("work", 1, 2, 10),
        ("rest", 1, 2, 60),
        ("work", 2, None, 60),
        ("done", None, None, None),
    ]
    assert steps[4].label == "A — round 2 of 2"


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


# --------------------------------------------------------------------------------------------
# Running: get ready, countdowns, display


def test_get_ready_counts_down_then_work_starts_at_its_deadline() -> None:
    """Start emits get_ready; 3-2-1 come once each at 3/2/1 s left; work starts on the deadline."""
    player, clock = make([bridge()])
    t0 = clock.monotonic()
    cues = player.start()
    assert cue_kinds(cues) == ["get_ready"]
    assert cues[0].text == "Get ready. First: Glute bridge"
    assert player.deadline == t0 + 10
    cues = run_to(player, clock, 10.05)
    assert [(c.kind, c.value, c.at) for c in cues] == [
        ("countdown", 3, t0 + 7),
        ("countdown", 2, t0 + 8),
        ("countdown", 1, t0 + 9),
        ("work_start", None, t0 + 10),
    ]
    assert player.step.kind == "work" and player.remaining() is None
    assert cues[-1].text == "Glute bridge, set 1 of 3, 10 to 12 reps"


def test_untimed_work_waits_for_confirm_then_logs_and_rests() -> None:
    """A reps set never ends on its own; confirm emits set_done and starts the rest."""
    player, clock = make([bridge(rest_seconds=60)], NO_READY)
    player.start()
    assert run_to(player, clock, 600) == []
    assert player.index == 0 and player.elapsed() == pytest.approx(600)
    cues = player.confirm()
    assert cue_kinds(cues) == ["set_done", "rest_start"]
    assert cues[1].text == "Rest, 60 seconds. Next: Glute bridge"
    assert player.step.kind == "rest" and player.display_seconds() == 60


def test_confirm_on_a_rest_does_nothing() -> None:
    """confirm only ends work steps."""
    player, clock = make([bridge(rest_seconds=60)], NO_READY)
    player.start()
    player.confirm()
    assert player.confirm() == []
    assert player.step.kind == "rest"


def test_display_is_ceil_60_first_and_1_last_never_0_while_running() -> None:
    """A 60 s rest shows 60 at its start, 59 after one second, 1 just before the end."""
    player, clock = make([bridge(sets=2, rest_seconds=60)], NO_READY)
    player.start()
    player.confirm()
    shown = [player.display_seconds()]
    clock.advance(0.5)
    shown.append(player.display_seconds())
    clock.advance(0.5)
    shown.append(player.display_seconds())
    clock.advance(58.5)
    shown.append(player.display_seconds())
    clock.advance(0.4999)
    shown.append(player.display_seconds())
    assert shown == [60, 60, 59, 1, 1]
    clock.advance(0.0001)  # the deadline, not yet polled: still 1, never 0
    assert player.display_seconds() == 1
    assert cue_kinds(player.poll())[-1] == "work_start"


def test_display_sequence_over_a_whole_rest_polled_at_10_hz() -> None:
    """Sampled at 10 Hz, a 60 s rest shows every value 60..1 exactly ten times each."""
    player, clock = make([bridge(sets=2, rest_seconds=60)], NO_READY)
    player.start()
    player.confirm()
    seen: list[int] = []
    for _ in range(600):
        value = player.display_seconds()
        assert value is not None
        seen.append(value)
        clock.advance(0.1)
        player.poll()
    counts = Counter(seen)
    assert sorted(counts) == list(range(1, 61))
    assert set(counts.values()) == {10}
    assert seen[0] == 60 and seen[-1] == 1


def test_countdown_cues_come_once_each_however_often_polled() -> None:
    """Polled at 100 Hz, a rest still gives exactly one 3, one 2 and one 1."""
    player, clock = make([bridge(sets=2, rest_seconds=30)], NO_READY)
    player.start()
    player.confirm()
    cues = run_to(player, clock, 30, hz=100)
    assert [(c.kind, c.value) for c in cues] == [
        ("countdown", 3),
        ("countdown", 2),
        ("countdown", 1),
        ("work_start", None),
    ]


def test_short_timed_steps_have_no_countdown() -> None:
    """Steps shorter than 5 s (a 3 s release) get no 3-2-1."""
    player, clock = make([superman(sets=1, reps_min=2, hold_seconds=4)], NO_READY)
    player.start()
    cues = run_to(player, clock, 11)
    assert cue_kinds(cues) == ["release", "work_start", "set_done", "workout_finished"]


def test_halfway_for_durations_and_long_holds_only() -> None:
    """halfway: in duration steps and timed work of >= 20 s, not in rests or short holds."""
    player, clock = make([walk(duration_minutes=30)], NO_READY)
    t0 = clock.monotonic()
    player.start()
    cues = run_to(player, clock, 1800)
    assert [(c.kind, c.at) for c in cues if c.kind == "halfway"] == [("halfway", t0 + 900)]
    assert cue_kinds(cues)[-2:] == ["set_done", "workout_finished"]

    player, clock = make([superman(sets=1, reps_min=1, hold_seconds=20)], NO_READY)
    player.start()
    assert "halfway" in cue_kinds(run_to(player, clock, 20))

    player, clock = make([superman(sets=2, reps_min=1, hold_seconds=10, rest_seconds=90)], NO_READY)
    player.start()
    assert "halfway" not in cue_kinds(run_to(player, clock, 110))


def test_timed_work_logs_set_done_after_the_last_rep_of_each_side() -> None:
    """A hold set logs once per side, after its last rep, carrying the side."""
    player, clock = make([superman(sets=1, reps_min=2, per_side=True)], NO_READY)
    player.start()
    cues = run_to(player, clock, 10 + 3 + 10 + 5 + 10 + 3 + 10)
    done = [c for c in cues if c.kind == "set_done"]
    assert [c.side for c in done] == ["left", "right"]
    assert cue_kinds(cues)[-1] == "workout_finished"
    assert player.finished


def test_next_step_skips_releases_for_display() -> None:
    """next_step shows what comes after the release: the next rep, not the release itself."""
    player, clock = make([superman(sets=1, reps_min=3)], NO_READY)
    player.start()
    assert player.step.rep == 1
    nxt = player.next_step
    assert nxt is not None and nxt.kind == "work" and nxt.rep == 2


def test_cadence_ticks_every_n_seconds_during_reps() -> None:
    """With a cadence, a reps set ticks every N seconds until confirmed; never while paused."""
    player, clock = make([bridge(sets=1)], PlayerOptions(get_ready_seconds=0, cadence_seconds=2))
    t0 = clock.monotonic()
    player.start()
    cues = run_to(player, clock, 7)
    assert [(c.kind, c.value, c.at) for c in cues] == [
        ("tick", 1, t0 + 2),
        ("tick", 2, t0 + 4),
        ("tick", 3, t0 + 6),
    ]
    assert player.time_to_next_event() == pytest.approx(1.0)
    player.pause()
    assert run_to(player, clock, 30) == []
    player.resume()
    cues = run_to(player, clock, 1)
    assert [(c.kind, c.value) for c in cues] == [("tick", 4)]


def test_time_to_next_event_points_at_the_next_countdown_or_deadline() -> None:
    """time_to_next_event gives the next cue time (countdown, halfway) or the deadline."""
    player, clock = make([bridge(sets=2, rest_seconds=60)], NO_READY)
    assert player.time_to_next_event() is None  # not started
    player.start()
    assert player.time_to_next_event() is None  # untimed, no cadence
    player.confirm()
    assert player.time_to_next_event() == pytest.approx(57)
    clock.advance(57)
    player.poll()
    assert player.time_to_next_event() == pytest.approx(1)
    clock.advance(2)
    player.poll()
    assert player.time_to_next_event() == pytest.approx(1)  # deadline after countdown 1
    player.pause()
    assert player.time_to_next_event() is None


# --------------------------------------------------------------------------------------------
# Pause, skip, back, adjust


def test_pause_across_a_deadline_nothing_advances() -> None:
    """Paused with 5 s left, an hour passes: no cue, no step change; resume keeps the 5 s."""
    player, clock = make([bridge(sets=2, rest_seconds=60)], NO_READY)
    player.start()
    player.confirm()
    clock.advance(55)
    player.poll()
    assert player.pause() == []
    assert player.paused and player.deadline is None
    assert run_to(player, clock, 3600, hz=1) == []
    assert player.step.kind == "rest" and player.remaining() == pytest.approx(5)
    assert player.display_seconds() == 5
    resumed_at = clock.monotonic()
    player.resume()
    assert player.deadline == pytest.approx(resumed_at + 5)
    cues = run_to(player, clock, 5)
    assert [(c.kind, c.value) for c in cues] == [
        ("countdown", 3),
        ("countdown", 2),
        ("countdown", 1),
        ("work_start", None),
    ]


def test_toggle_pause_and_paused_untimed_elapsed_freezes() -> None:
    """toggle_pause flips the state; an untimed step's elapsed time stops while paused."""
    player, clock = make([bridge()], NO_READY)
    player.start()
    clock.advance(4)
    player.toggle_pause()
    assert player.paused
    clock.advance(100)
    assert player.elapsed() == pytest.approx(4)
    player.toggle_pause()
    clock.advance(1)
    assert not player.paused and player.elapsed() == pytest.approx(5)


def test_pause_catches_up_first() -> None:
    """Pausing just after a deadline that was not yet polled first delivers that transition."""
    player, clock = make([bridge(sets=2, rest_seconds=10)], NO_READY)
    player.start()
    player.confirm()
    clock.advance(10.05)
    cues = player.pause()
    assert "work_start" in cue_kinds(cues)
    assert player.step.kind == "work" and player.paused


def test_next_skips_without_logging_and_back_restarts_the_previous_step() -> None:
    """next skips a step (no set_done); back returns to the previous step with its full time."""
    player, clock = make([bridge(sets=2, rest_seconds=60)], NO_READY)
    player.start()
    cues = player.next()
    assert cue_kinds(cues) == ["rest_start"]
    clock.advance(20)
    player.poll()
    cues = player.back()
    assert cue_kinds(cues) == ["work_start"] and player.index == 0
    player.confirm()
    clock.advance(30)
    player.poll()
    player.back()  # to work
    player.next()  # rest again, restarted in full
    assert player.step.kind == "rest" and player.remaining() == pytest.approx(60)


def test_back_passes_over_releases_and_switches() -> None:
    """back from rep 2 goes to rep 1 (not the release); from the right side to the left side."""
    player, clock = make([superman(sets=1, reps_min=2, per_side=True)], NO_READY)
    player.start()
    run_to(player, clock, 13.05)  # rep 1 (10) + release (3)
    assert player.step.rep == 2
    player.back()
    assert player.step.kind == "work" and player.step.rep == 1 and player.step.side == "left"
    player.next()
    player.next()
    player.next()  # switch sides
    player.next()  # right rep 1
    assert (player.step.side, player.step.rep) == ("right", 1)
    player.back()
    assert (player.step.side, player.step.rep) == ("left", 2)


def test_back_at_the_first_step_restarts_it() -> None:
    """back on the first step restarts it rather than leaving the plan."""
    player, clock = make([bridge()])
    player.start()
    clock.advance(6)
    cues = player.back()
    assert player.index == 0 and player.remaining() == pytest.approx(10)
    assert cue_kinds(cues) == ["get_ready"]


def test_adjust_plus_and_minus_15() -> None:
    """+15 adds to the running step; -15 takes it away; the deadline moves accordingly."""
    player, clock = make([bridge(sets=2, rest_seconds=60)], NO_READY)
    player.start()
    player.confirm()
    clock.advance(10)
    player.adjust(+15)
    assert player.remaining() == pytest.approx(65)
    assert player.display_seconds() == 65
    player.adjust(-15)
    player.adjust(-15)
    assert player.remaining() == pytest.approx(35)
    assert player.elapsed() == pytest.approx(10)


def test_adjust_minus_below_zero_ends_the_phase_without_stray_countdown() -> None:
    """-15 with less than 15 s left ends the rest now: next step starts, no 3-2-1 replayed."""
    player, clock = make([bridge(sets=2, rest_seconds=60)], NO_READY)
    player.start()
    player.confirm()
    clock.advance(50)
    player.poll()
    at = clock.monotonic()
    cues = player.adjust(-15)
    assert [(c.kind, c.at) for c in cues] == [("work_start", at)]
    assert player.step.kind == "work" and player.step.set_number == 2


def test_adjust_minus_that_jumps_over_countdown_does_not_sound_it() -> None:
    """Cutting a rest from 17 s to 2 s left skips the 3; 2 and 1 still come."""
    player, clock = make([bridge(sets=2, rest_seconds=60)], NO_READY)
    player.start()
    player.confirm()
    clock.advance(43)
    player.poll()
    player.adjust(-15)
    cues = run_to(player, clock, 2)
    assert [(c.kind, c.value) for c in cues] == [
        ("countdown", 2),
        ("countdown", 1),
        ("work_start", None),
    ]


def test_adjust_on_timed_work_ending_it_logs_the_set_and_on_untimed_does_nothing() -> None:
    """-15 that ends a hold counts it as finished (set_done); adjust on a reps set is ignored."""
    player, clock = make([superman(sets=1, reps_min=1), bridge(sets=1)], NO_READY)
    player.start()
    assert cue_kinds(player.adjust(-15)) == ["set_done", "work_start"]
    assert player.step.item_index == 1
    assert player.adjust(+15) == [] and player.remaining() is None


def test_adjust_while_paused_changes_the_stored_remaining() -> None:
    """Paused, +15 lengthens what will be left on resume; -15 past zero moves on, still paused."""
    player, clock = make([bridge(sets=2, rest_seconds=60)], NO_READY)
    player.start()
    player.confirm()
    clock.advance(50)
    player.pause()
    player.adjust(15)
    assert player.remaining() == pytest.approx(25)
    player.adjust(-15)
    player.adjust(-15)
    assert player.step.kind == "work" and player.paused


def test_skip_exercise_jumps_to_the_next_item_or_round() -> None:
    """skip_exercise leaves the rest of this item (sets and rests) for the next one's first set."""
    a = bridge(sets=3, rest_seconds=60, rest_after_seconds=90)
    player, clock = make([a, superman(sets=1)])
    player.start()
    cues = player.skip_exercise()  # from get ready: skips the first exercise
    assert player.step.item_index == 1 and player.step.rep == 1
    assert cue_kinds(cues) == ["work_start"]
    player.skip_exercise()
    assert player.finished

    c1 = bridge(exercise_name="A", sets=1, circuit=1, rounds=2, rest_seconds=10)
    c2 = bridge(exercise_name="B", sets=1, circuit=1, rest_after_seconds=30)
    player, clock = make([c1, c2], NO_READY)
    player.start()
    player.skip_exercise()
    assert (player.step.item_index, player.step.round_number) == (1, 1)
    player.confirm()  # round rest
    player.skip_exercise()
    assert (player.step.item_index, player.step.round_number) == (0, 2)


def test_end_finishes_at_once_and_then_ignores_actions() -> None:
    """end jumps to done with one workout_finished cue; later actions are ignored."""
    player, clock = make([bridge()])
    player.start()
    cues = player.end()
    assert cue_kinds(cues) == ["workout_finished"]
    assert player.finished and player.step.kind == "done"
    for action in (player.next, player.back, player.confirm, player.end, player.pause):
        assert action() == []
    assert player.remaining() is None and player.time_to_next_event() is None


def test_actions_before_start_do_nothing() -> None:
    """Nothing moves before start(); start twice does not restart."""
    player, clock = make([bridge()])
    assert player.next() == [] and player.index == 0 and not player.started
    assert player.display_seconds() == 10
    player.start()
    clock.advance(2)
    assert player.start() == []
    assert player.remaining() == pytest.approx(8)


# --------------------------------------------------------------------------------------------
# add_set


def test_add_set_during_a_set_inserts_one_more_after_it_with_its_rest() -> None:
    """On set 1 of 3, add_set makes 4 sets: set 1, rest, new set 2, rest, sets 3 and 4."""
    player, clock = make([bridge(sets=3, rest_seconds=60, rest_after_seconds=90), walk()], NO_READY)
    player.start()
    player.add_set()
    steps = player.steps
    assert kinds(steps) == ["work", "rest"] * 4 + ["work", "done"]
    assert [s.set_number for s in steps if s.item_index == 0 and s.kind == "work"] == [1, 2, 3, 4]
    assert {s.sets_total for s in steps if s.item_index == 0} == {4}
    assert player.step.label == "Glute bridge — set 1 of 4"
    assert steps[7].seconds == 90  # the rest after the exercise still comes last


def test_add_set_during_a_rest_adds_a_set_after_this_rest() -> None:
    """During the rest after the last set, add_set gives one more set followed by that rest."""
    player, clock = make([bridge(sets=2, rest_seconds=60, rest_after_seconds=90), walk()], NO_READY)
    player.start()
    player.confirm()
    player.next()
    player.confirm()
    assert player.step.kind == "rest" and player.step.seconds == 90
    clock.advance(10)
    player.add_set()
    assert player.remaining() == pytest.approx(80)  # the running rest is untouched
    assert [(s.kind, s.set_number, s.seconds) for s in player.steps[player.index :]] == [
        ("rest", 2, 90),
        ("work", 3, None),
        ("rest", 3, 90),
        ("work", 1, 1800),
        ("done", None, None),
    ]


def test_add_set_copies_holds_and_sides() -> None:
    """An added hold set has the same reps, releases and sides as the one it copies."""
    player, clock = make([superman(sets=1, reps_min=2, per_side=True, rest_seconds=20)], NO_READY)
    player.start()
    player.add_set()
    work = [s for s in player.steps if s.kind == "work"]
    assert [(s.set_number, s.side, s.rep) for s in work] == [
        (1, "left", 1), (1, "left", 2), (1, "right", 1), (1, "right", 2),
        (2, "left", 1), (2, "left", 2), (2, "right", 1), (2, "right", 2),
    ]  # fmt: skip
    assert kinds(player.steps).count("rest") == 1


def test_add_set_without_switch_pause_still_numbers_sides_correctly() -> None:
    """With no switch-sides pause, the right side still belongs to the same set number."""
    options = PlayerOptions(get_ready_seconds=0, switch_sides_seconds=0)
    player, clock = make([bridge(sets=1, per_side=True)], options)
    player.start()
    player.add_set()
    assert [(s.set_number, s.sets_total, s.side) for s in player.steps if s.kind == "work"] == [
        (1, 2, "left"),
        (1, 2, "right"),
        (2, 2, "left"),
        (2, 2, "right"),
    ]


def test_add_set_on_get_ready_or_done_changes_nothing() -> None:
    """There is no current set during get ready or after the end."""
    player, clock = make([bridge()])
    before = player.steps
    player.start()
    player.add_set()
    assert player.steps == before
    player.end()
    player.add_set()
    assert player.steps == before


# --------------------------------------------------------------------------------------------
# Drift, suspend, wall clock


def test_no_drift_over_1000_short_phases_polled_late_by_random_jitter() -> None:
    """1000 phases polled 0-0.4 s late still start exactly at the sums of the step lengths."""
    rng = random.Random(1234)
    item = superman(sets=1, reps_min=500, hold_seconds=2)
    player, clock = make([item], PlayerOptions(get_ready_seconds=0, release_seconds=1))
    assert len(player.steps) == 1000
    t0 = clock.monotonic()
    player.start()
    boundaries = []
    total = 0.0
    for s in player.steps[:-1]:
        assert s.seconds is not None
        total += s.seconds
        boundaries.append(t0 + total)
    starts: list[float] = []
    for b in boundaries:
        clock.advance(b - clock.monotonic() + rng.uniform(0, 0.4))
        for cue in player.poll():
            if cue.kind in ("work_start", "release", "workout_finished"):
                starts.append(cue.at)
    assert starts == boundaries  # exact: the sums are exact binary fractions
    assert player.finished


def test_suspend_through_the_end_of_a_rest_gives_one_cue_not_two() -> None:
    """A rest that ended while the machine slept ends at once with one cue (work_start)."""
    player, clock = make([bridge(sets=2, rest_seconds=60)], NO_READY)
    player.start()
    player.confirm()
    clock.advance(20)
    player.poll()
    clock.suspend(600)
    cues = player.poll()
    assert cue_kinds(cues) == ["work_start"]
    assert cues[0].catch_up
    assert player.step.kind == "work" and player.step.set_number == 2


def test_suspend_through_many_steps_lands_on_the_current_one_and_keeps_only_log_cues() -> None:
    """Sleeping through several holds: intermediate starts and countdowns are not replayed;
    the set_done log events are kept (marked catch_up), then the current step's start."""
    item = superman(sets=2, reps_min=2, hold_seconds=10, rest_seconds=100)
    player, clock = make([item], NO_READY)
    player.start()
    clock.suspend(10 + 3 + 10 + 50)  # set 1 done, 50 s into the 100 s rest
    cues = player.poll()
    assert [(c.kind, c.catch_up) for c in cues] == [("set_done", True), ("rest_start", True)]
    assert player.remaining() == pytest.approx(50)


def test_short_stall_delivers_every_due_cue_on_time() -> None:
    """Polls 2 s apart (a stalled loop, not a sleep) still deliver every cue, none as catch-up."""
    player, clock = make([bridge(sets=2, rest_seconds=10)], NO_READY)
    player.start()
    player.confirm()
    clock.advance(6.5)
    assert player.poll() == []
    clock.advance(2.0)
    first = player.poll()
    assert [(c.kind, c.value) for c in first] == [("countdown", 3), ("countdown", 2)]
    clock.advance(LATE_SECONDS - 1.0)
    second = player.poll()
    assert [(c.kind, c.value) for c in second] == [("countdown", 1), ("work_start", None)]
    assert not any(c.catch_up for c in first + second)


def test_wall_clock_jump_does_not_change_a_running_countdown() -> None:
    """Setting the wall clock an hour forward or back leaves remaining time as it was."""
    player, clock = make([bridge(sets=2, rest_seconds=60)], NO_READY)
    player.start()
    player.confirm()
    clock.advance(10)
    clock.jump_wall(3600)
    assert player.poll() == []
    assert player.remaining() == pytest.approx(50)
    clock.jump_wall(-7200)
    assert player.poll() == []
    assert player.display_seconds() == 50


# --------------------------------------------------------------------------------------------
# Snapshot / restore


def _other_process_clock(clock: FakeClock, later: float = 0.0) -> FakeClock:
    """A clock as a new process sees it: same wall time (+later), unrelated monotonic origin."""
    from datetime import timedelta

    return FakeClock(clock.wall() + timedelta(seconds=later), start_monotonic=5.0)


def test_snapshot_is_json_serialisable() -> None:
    """snapshot() survives a JSON round trip (it goes into the database as JSON)."""
    player, clock = make([bridge(sets=2, rest_seconds=60)])
    player.start()
    snap = player.snapshot()
    assert json.loads(json.dumps(snap)) == snap


def test_restore_mid_rest_recomputes_remaining_from_utc_end() -> None:
    """Crash 20 s into a 60 s rest, restart 15 s later: 25 s remain, no cue replayed."""
    items = [bridge(sets=2, rest_seconds=60)]
    player, clock = make(items, NO_READY)
    player.start()
    player.confirm()
    clock.advance(20)
    snap = json.loads(json.dumps(player.snapshot()))
    new_clock = _other_process_clock(clock, later=15)
    restored = Player.restore(items, snap, new_clock, options=NO_READY)
    assert restored.index == player.index and restored.step.kind == "rest"
    assert restored.remaining() == pytest.approx(25)
    assert restored.poll() == []
    cues = run_to(restored, new_clock, 25)
    assert cue_kinds(cues) == ["countdown", "countdown", "countdown", "work_start"]


def test_restore_mid_hold_keeps_rep_and_drops_passed_countdowns() -> None:
    """Crash with 2.5 s left of a hold rep: restore gives only countdowns still to come."""
    items = [superman(sets=1, reps_min=3)]
    player, clock = make(items, NO_READY)
    player.start()
    run_to(player, clock, 10 + 3 + 7.5)
    assert player.step.rep == 2
    steps = player.steps
    snap = player.snapshot()
    new_clock = _other_process_clock(clock)
    restored = Player.restore(steps, snap, new_clock)
    assert restored.step.rep == 2 and restored.remaining() == pytest.approx(2.5)
    cues = run_to(restored, new_clock, 2.5)
    assert [(c.kind, c.value) for c in cues] == [
        ("countdown", 2),
        ("countdown", 1),
        ("release", None),
    ]


def test_restore_at_a_countdown_moment_does_not_repeat_it() -> None:
    """Snapshot taken just as "3" sounded: the restored player does not say "3" again."""
    items = [bridge(sets=2, rest_seconds=60)]
    player, clock = make(items, NO_READY)
    player.start()
    player.confirm()
    clock.advance(57)
    assert [(c.kind, c.value) for c in player.poll()] == [("countdown", 3)]
    new_clock = _other_process_clock(clock)
    restored = Player.restore(items, player.snapshot(), new_clock, options=NO_READY)
    assert restored.poll() == []
    cues = run_to(restored, new_clock, 3)
    assert [(c.kind, c.value) for c in cues] == [
        ("countdown", 2),
        ("countdown", 1),
        ("work_start", None),
    ]


def test_start_cue_texts_are_ready_for_speech() -> None:
    """Work cues say the target (reps, hold or minutes); rest cues say how long and what next."""
    items = [superman(sets=1, reps_min=1, rest_after_seconds=120), walk(duration_minutes=30)]
    player, clock = make(items)
    texts = [c.text for c in player.start()]
    texts += [c.text for c in player.next()]
    texts += [c.text for c in player.next()]
    texts += [c.text for c in player.next()]
    assert texts == [
        "Get ready. First: Superman",
        "Superman, hold 10 seconds",
        "Rest, 2 minutes. Next: Brisk walk",
        "Brisk walk, 30 minutes",
    ]


def test_restore_paused_stays_paused_with_its_remaining() -> None:
    """A paused snapshot restores paused, with the same remaining, however long the gap."""
    items = [bridge(sets=2, rest_seconds=60)]
    player, clock = make(items, NO_READY)
    player.start()
    player.confirm()
    clock.advance(12)
    player.pause()
    snap = player.snapshot()
    new_clock = _other_process_clock(clock, later=86400)
    restored = Player.restore(items, snap, new_clock, options=NO_READY)
    assert restored.paused and restored.remaining() == pytest.approx(48)
    assert restored.poll() == []
    restored.resume()
    assert restored.deadline == pytest.approx(new_clock.monotonic() + 48)


def test_restore_after_the_phase_end_passed_lands_on_the_next_step_with_one_cue() -> None:
    """A rest whose end passed while the app was dead is over: one cue, for the next step."""
    items = [bridge(sets=2, rest_seconds=60)]
    player, clock = make(items, NO_READY)
    player.start()
    player.confirm()
    clock.advance(30)
    snap = player.snapshot()
    new_clock = _other_process_clock(clock, later=300)
    restored = Player.restore(items, snap, new_clock, options=NO_READY)
    assert restored.step.kind == "work" and restored.step.set_number == 2
    assert restored.time_to_next_event() == 0.0
    cues = restored.poll()
    assert cue_kinds(cues) == ["work_start"]
    assert restored.poll() == []


def test_restore_untimed_work_keeps_elapsed_time() -> None:
    """A reps set in progress restores with its elapsed time counted in wall time."""
    items = [bridge(sets=1)]
    player, clock = make(items, NO_READY)
    player.start()
    clock.advance(40)
    snap = player.snapshot()
    restored = Player.restore(items, snap, _other_process_clock(clock, later=5), options=NO_READY)
    assert restored.step.kind == "work" and restored.elapsed() == pytest.approx(45)


def test_restore_replays_added_sets_and_end_state() -> None:
    """Added sets are rebuilt from the snapshot; a finished workout restores finished."""
    items = [bridge(sets=2, rest_seconds=30)]
    player, clock = make(items, NO_READY)
    player.start()
    player.add_set()
    player.confirm()
    player.add_set()
    snap = player.snapshot()
    restored = Player.restore(items, snap, _other_process_clock(clock), options=NO_READY)
    assert restored.steps == player.steps
    assert restored.step.sets_total == 4
    player.end()
    restored = Player.restore(
        items, player.snapshot(), _other_process_clock(clock), options=NO_READY
    )
    assert restored.finished and restored.step.kind == "done"


def test_restore_not_started_and_mismatched_plans() -> None:
    """An unstarted snapshot restores unstarted; a snapshot of another plan is refused."""
    items = [bridge(sets=2, rest_seconds=30)]
    player, clock = make(items)
    restored = Player.restore(items, player.snapshot(), clock)
    assert not restored.started and restored.index == 0
    player.start()
    with pytest.raises(ValueError):
        Player.restore([bridge(sets=5)], player.snapshot(), clock)
    with pytest.raises(ValueError):
        Player.restore(items, {"version": 99}, clock)


# --------------------------------------------------------------------------------------------
# Property test

ACTIONS = [
    "poll",
    "start",
    "pause",
    "resume",
    "toggle",
    "next",
    "back",
    "plus",
    "minus",
    "confirm",
    "add_set",
    "skip_exercise",
    "end",
    "advance",
    "suspend",
    "jump_wall",
    "snapshot_restore",
]

PLANS = [
    [bridge(sets=2, rest_seconds=5, per_side=True, rest_after_seconds=7), superman(sets=2)],
    [
        bridge(exercise_name="A", circuit=1, rounds=2, rest_seconds=4),
        superman(exercise_name="B", circuit=1, reps_min=2, hold_seconds=6, rest_after_seconds=9),
        walk(duration_minutes=0.5),
    ],
    [superman(sets=1, reps_min=2, hold_seconds=25, per_side=True)],
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    plan=st.sampled_from(PLANS),
    actions=st.lists(
        st.tuples(st.sampled_from(ACTIONS), st.floats(min_value=0.0, max_value=40.0)),
        max_size=60,
    ),
)
def test_random_actions_keep_index_in_range_and_never_duplicate_cues(
    plan: list[PlanItem], actions: list[tuple[str, float]]
) -> None:
    """Whatever the user and the clock do, the index stays in range, remaining is never
    negative, and within one visit of a step no cue is emitted twice."""
    options = PlayerOptions(get_ready_seconds=5, cadence_seconds=3)
    clock = FakeClock(START)
    player = Player(build_steps(plan, options), clock)
    visit = 0
    seen: set[tuple[int, int, str, int | None]] = set()

    def check(cues: list[Cue]) -> None:
        nonlocal visit
        for cue in cues:
            if cue.kind in ("get_ready", "work_start", "rest_start", "release", "switch_sides",
                            "workout_finished"):  # fmt: skip
                visit += 1
            key = (visit, cue.step_index, cue.kind, cue.value)
            assert key not in seen, f"duplicate cue {cue}"
            seen.add(key)
            assert 0 <= cue.step_index < len(player.steps)

    for name, amount in actions:
        if name == "advance":
            clock.advance(amount)
        elif name == "suspend":
            clock.suspend(amount * 20)
        elif name == "jump_wall":
            clock.jump_wall(amount * 100 - 2000)
        elif name == "plus":
            check(player.adjust(15))
        elif name == "minus":
            check(player.adjust(-15))
        elif name == "toggle":
            check(player.toggle_pause())
        elif name == "snapshot_restore":
            snap = json.loads(json.dumps(player.snapshot()))
            player = Player.restore(plan, snap, clock, options=options)
            check(player.poll())
        else:
            check(getattr(player, name)())
        assert 0 <= player.index < len(player.steps)
        remaining = player.remaining()
        assert remaining is None or remaining >= 0
        shown = player.display_seconds()
        assert shown is None or shown >= 1
        ttn = player.time_to_next_event()
        assert ttn is None or ttn >= 0
        assert player.finished == (player.step.kind == "done" and player.started)
