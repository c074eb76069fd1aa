"""The player across time and processes: drift, suspend, wall-clock jumps, snapshot/restore,
and a property test of random actions.

Every test drives a FakeClock by hand: no sleeps, no real time, no timed assertions.
"""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.clock import FakeClock
from core.workout.player import LATE_SECONDS, Player
from core.workout.steps import Cue, PlanItem, PlayerOptions, build_steps
from tests.core.workout.workout_items import (
    NO_READY,
    START,
    bridge,
    cue_kinds,
    kinds,
    make,
    run_to,
    superman,
    walk,
)

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


def test_restore_mid_hold_waits_paused_at_the_start_of_that_rep() -> None:
    """Crash with 2.5 s left of a hold rep: nobody timed the rest of it, so the restored player
    waits paused at the start of the same rep, its full 10 s; Space (resume) starts it with its
    start cue and every countdown."""
    items = [superman(sets=1, reps_min=3)]
    player, clock = make(items, NO_READY)
    player.start()
    run_to(player, clock, 10 + 3 + 7.5)
    assert player.step.rep == 2
    steps = player.steps
    snap = player.snapshot()
    new_clock = _other_process_clock(clock, later=2.5)
    restored = Player.restore(steps, snap, new_clock)
    assert restored.step.rep == 2 and restored.paused
    assert restored.remaining() == pytest.approx(10)
    assert restored.poll() == [] and restored.time_to_next_event() is None
    assert cue_kinds(restored.resume()) == ["work_start"]
    cues = run_to(restored, new_clock, 10)
    assert [(c.kind, c.value) for c in cues] == [
        ("countdown", 3),
        ("countdown", 2),
        ("countdown", 1),
        ("release", None),
    ]
    assert sorted(restored.timed_seconds) == [0, 2]  # reps 1 and 2, each timed in full


def test_killed_at_rep_4_of_8_and_restarted_later_invents_no_work() -> None:
    """Bug fixed: killed at cat-cow rep 4 of 8 and restarted two minutes later, the player said
    "Workout complete" with the set done. Now it waits paused at rep 4, no set is done, and what
    was timed before the kill (reps 1-3) is kept."""
    items = [superman(sets=1, reps_min=8, reps_max=10)]
    player, clock = make(items, NO_READY)
    player.start()
    run_to(player, clock, 3 * (10 + 3) + 4)
    assert player.step.rep == 4
    snap = json.loads(json.dumps(player.snapshot()))
    restored = Player.restore(items, snap, _other_process_clock(clock, later=120), options=NO_READY)
    assert not restored.finished and restored.step.rep == 4 and restored.paused
    assert restored.poll() == []
    assert restored.timed_set(restored.index) == (3, 10.0)


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
        "Hold, Superman, 10 seconds",
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


def test_restore_after_the_rest_ran_out_waits_paused_at_the_next_work_step() -> None:
    """A rest whose end passed while the app was dead is over: the player waits, paused, at the
    start of the next work step; its start cue sounds when the person resumes."""
    items = [bridge(sets=2, rest_seconds=60)]
    player, clock = make(items, NO_READY)
    player.start()
    player.confirm()
    clock.advance(30)
    snap = player.snapshot()
    new_clock = _other_process_clock(clock, later=300)
    restored = Player.restore(items, snap, new_clock, options=NO_READY)
    assert restored.step.kind == "work" and restored.step.set_number == 2
    assert restored.paused and restored.poll() == []
    assert restored.time_to_next_event() is None
    assert cue_kinds(restored.resume()) == ["work_start"]
    assert restored.poll() == []


def test_restore_untimed_work_waits_paused_at_the_start_of_the_set() -> None:
    """A reps set in progress restores paused at its start (what happened meanwhile is
    unknown), with no elapsed time carried over."""
    items = [bridge(sets=1)]
    player, clock = make(items, NO_READY)
    player.start()
    clock.advance(40)
    snap = player.snapshot()
    restored = Player.restore(items, snap, _other_process_clock(clock, later=5), options=NO_READY)
    assert restored.step.kind == "work" and restored.paused
    assert restored.elapsed() == pytest.approx(0)


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


def test_extended_keeps_the_place_time_pause_and_added_sets() -> None:
    """A player over a longer plan (an exercise added on the fly) is on the same step with the
    same time left, the same pause and the same added sets; nothing is replayed."""
    items = [bridge(sets=2, rest_seconds=30, rest_after_seconds=45)]
    player, clock = make(items, NO_READY)
    player.start()
    player.add_set()
    player.confirm()  # in the 30 s rest after set 1 of 3
    clock.advance(12)
    player.poll()
    player.pause()
    longer = player.extended(build_steps([*items, walk()], NO_READY), next_item=1)
    assert longer.index == player.index and longer.step == player.step
    assert longer.paused and longer.remaining() == pytest.approx(18)
    assert longer.step.sets_total == 3
    assert kinds(longer.steps)[-3:] == ["rest", "work", "done"]  # rest after the bridge, walk
    assert longer.poll() == []
    longer.resume()
    clock.advance(18)
    assert cue_kinds(longer.poll())[-2:] == ["countdown", "work_start"]


def test_extended_finished_player_starts_the_new_item_now() -> None:
    """A finished player goes on at the first step of the added item, timed from now, without
    a start cue (the caller announces what was added)."""
    items = [bridge(sets=1)]
    player, clock = make(items, NO_READY)
    player.start()
    player.end()
    longer = player.extended(build_steps([*items, superman(sets=1)], NO_READY), next_item=1)
    assert not longer.finished and longer.started
    assert longer.step.kind == "work" and longer.step.item is not None
    assert longer.step.item.exercise_slug == "superman" and longer.remaining() == 10
    clock.advance(3)
    assert cue_kinds(longer.poll()) == []
    assert longer.remaining() == pytest.approx(7)


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
