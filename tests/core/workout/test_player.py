"""The player state machine: cues, display, pause, skip, back, adjust, add_set.

Every test drives a FakeClock by hand: no sleeps, no real time, no timed assertions.
"""

from __future__ import annotations

from collections import Counter

import pytest

from core.workout.steps import PlayerOptions
from tests.core.workout.workout_items import (
    NO_READY,
    bridge,
    cue_kinds,
    kinds,
    make,
    run_to,
    superman,
    walk,
)

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
