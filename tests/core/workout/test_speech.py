"""core.workout.speech: the sentence said for each cue, per kind of step, built from the real
``build_steps`` output and the cues a real Player emits, and each setting switching its part off."""

from __future__ import annotations

from core.store.settings import SPEECH_FLAGS
from core.workout.speech import FLAGS, words
from core.workout.steps import Cue, PlanItem, PlayerOptions, Step, build_steps
from tests.core.workout.workout_items import NO_READY, bridge, make, run_to, superman, walk

START_CUE = {
    "get_ready": "get_ready",
    "work": "work_start",
    "rest": "rest_start",
    "release": "release",
    "switch_sides": "switch_sides",
    "done": "workout_finished",
}


def said(steps: list[Step], say: frozenset[str] | tuple[str, ...] = FLAGS) -> list[str]:
    """What is said as each step starts, in order."""
    return [
        words(Cue(kind=START_CUE[s.kind], step_index=i, at=0.0), steps, say)  # type: ignore[arg-type]
        for i, s in enumerate(steps)
    ]


def without(*flags: str) -> frozenset[str]:
    return frozenset(FLAGS) - set(flags)


def test_the_flags_are_the_settings() -> None:
    """The names speech reads are exactly the SPEECH_FLAGS settings, in their order."""
    assert FLAGS == SPEECH_FLAGS


def test_reps_sets_with_rests() -> None:
    """Reps: get ready names the first move; each set says the exercise, "set n of m" and the
    reps; each rest its length and what comes next; the end says so."""
    steps = build_steps([bridge(sets=2, rest_seconds=60, rest_after_seconds=90), walk()])
    assert said(steps) == [
        "Get ready. First: Glute bridge",
        "Glute bridge, set 1 of 2, 10 to 12 reps",
        "Rest, 60 seconds. Next: Glute bridge",
        "Glute bridge, set 2 of 2, 10 to 12 reps",
        "Rest, 90 seconds. Next: Brisk walk",
        "Brisk walk, 30 minutes",
        "Workout complete",
    ]


def test_per_side_names_each_side_and_the_set_once() -> None:
    """Per side: the side is named at its start, the switch names the side that comes, and
    "set 1 of 2" is said at the first side only."""
    steps = build_steps([bridge(sets=2, per_side=True, rest_seconds=45)], NO_READY)
    assert said(steps)[:4] == [
        "Glute bridge, left side, set 1 of 2, 10 to 12 reps",
        "Switch sides: right",
        "Glute bridge, right side, 10 to 12 reps",
        "Rest, 45 seconds. Next: Glute bridge",
    ]


def test_holds_with_positions_and_releases() -> None:
    """A hold with two positions: the first rep names the move, the position and the seconds;
    later positions and reps say only the position, "rep n of m" and "hold"; releases say
    "Release"."""
    steps = build_steps(
        [superman(sets=1, reps_min=2, positions=("rounded", "arched"), hold_seconds=10)], NO_READY
    )
    assert said(steps) == [
        "Superman, rounded, hold 10 seconds",
        "Arched, hold",
        "Release",
        "Rep 2 of 2, rounded, hold",
        "Arched, hold",
        "Workout complete",
    ]


def test_circuit_rounds_and_count_up() -> None:
    """A circuit says "round n of m"; a count-up hold says "as long as you can" with its mark;
    a count-up duration likewise."""
    plank = PlanItem(
        exercise_slug="plank",
        exercise_name="Plank",
        mode="hold",
        hold_seconds=30,
        count_up=True,
        circuit=1,
        rounds=2,
        rest_after_seconds=15,
    )
    dog = PlanItem(exercise_slug="bird-dog", exercise_name="Bird dog", reps_min=8, circuit=1)
    steps = build_steps([plank, dog, walk(count_up=True)], NO_READY)
    assert said(steps) == [
        "Plank, round 1 of 2, hold as long as you can, at least 30 seconds",
        "Rest, 15 seconds. Next: Bird dog",
        "Bird dog, round 1 of 2, 8 reps",
        "Plank, round 2 of 2, hold as long as you can, at least 30 seconds",
        "Rest, 15 seconds. Next: Bird dog",
        "Bird dog, round 2 of 2, 8 reps",
        "Brisk walk, as long as you can, at least 30 minutes",
        "Workout complete",
    ]


def test_a_single_round_circuit_says_no_round() -> None:
    """ "Round 1 of 1" would be noise: a one-round circuit names only the move."""
    dog = PlanItem(
        exercise_slug="bird-dog", exercise_name="Bird dog", reps_min=8, circuit=1, rounds=1
    )
    assert said(build_steps([dog], NO_READY))[0] == "Bird dog, 8 reps"


def test_each_setting_switches_its_part_off() -> None:
    """Every flag removes its words, and only its words; with every flag off nothing is said."""
    steps = build_steps(
        [
            bridge(sets=2, per_side=True, rest_seconds=60),
            superman(sets=1, reps_min=2, rest_seconds=0),
        ],
        PlayerOptions(release_seconds=3),
    )
    full = said(steps)
    assert full[1] == "Glute bridge, left side, set 1 of 2, 10 to 12 reps"
    assert said(steps, without("speak_exercise"))[:4] == ["", "Set 1 of 2", "", ""]
    assert said(steps, without("speak_sets"))[1] == "Glute bridge, left side, 10 to 12 reps"
    no_rest = said(steps, without("speak_rest"))
    assert no_rest[4] == "Next: Glute bridge" and full[4] == "Rest, 60 seconds. Next: Glute bridge"
    assert said(steps, without("speak_next"))[4] == "Rest, 60 seconds"
    hold = steps.index(next(s for s in steps if s.kind == "release"))
    assert full[hold - 1 : hold + 2] == ["Superman, hold 10 seconds", "Release", "Rep 2 of 2, hold"]
    assert said(steps, without("speak_hold_release"))[hold - 1 : hold + 2] == [
        "Superman",
        "",
        "Rep 2 of 2",
    ]
    assert said(steps, without("speak_finish"))[-1] == ""
    assert set(said(steps, frozenset())) == {""}


def test_in_step_cues_from_a_real_player() -> None:
    """The cues a Player emits through a 30 s hold: "Halfway" once, then "three", "two", "one"
    (never a count every second), each under its own setting."""
    player, clock = make([superman(sets=1, reps_min=1, hold_seconds=30)], NO_READY)
    player.start()
    cues = run_to(player, clock, 31)
    spoken = [words(c, player.steps) for c in cues]
    assert [t for t in spoken if t] == ["Halfway", "three", "two", "one", "Workout complete"]
    quiet = without("speak_halfway", "speak_countdown")
    assert [t for t in (words(c, player.steps, quiet) for c in cues) if t] == ["Workout complete"]
    assert all(words(c, player.steps) == "" for c in cues if c.kind in ("set_done", "tick"))


def test_without_the_steps_the_players_text_is_said() -> None:
    """A caller that has no step list still says the player's own words for a start cue,
    under its kind's setting."""
    cue = Cue(kind="rest_start", step_index=4, at=0.0, text="Rest, 60 seconds")
    assert words(cue, ()) == "Rest, 60 seconds"
    assert words(cue, (), without("speak_rest")) == ""
