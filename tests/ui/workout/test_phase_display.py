"""The phase display shared by the Workout tab and the mini timer: the view of a player's state
and the widget that shows it. A FakeClock moves time; nothing sleeps."""

from __future__ import annotations

from datetime import UTC, datetime

from core.clock import FakeClock
from core.workout.player import Player
from core.workout.steps import PlanItem, PlayerOptions, build_steps
from ui.widgets.phase_display import (
    PHASE_COLOURS,
    PhaseDisplay,
    format_digits,
    phase_view,
    step_details,
)

T0 = datetime(2024, 5, 6, 18, 0, tzinfo=UTC)
BRIDGE = PlanItem(
    exercise_slug="glute-bridge", exercise_name="Glute bridge", sets=2, reps_min=10, rest_seconds=90
)


def _player() -> tuple[Player, FakeClock]:
    clock = FakeClock(T0)
    return Player(build_steps([BRIDGE], PlayerOptions(get_ready_seconds=10)), clock), clock


def test_digits_are_seconds_then_minutes() -> None:
    """Up to 99 s the digits are seconds; from 100 s on, m:ss."""
    assert [format_digits(n) for n in (1, 60, 99, 100, 125)] == ["1", "60", "99", "1:40", "2:05"]


def test_view_follows_the_player_through_its_phases() -> None:
    """No player: the idle words in grey. Get ready: ceil digits in amber, next is the set.
    Work: elapsed m:ss in green with set details. Paused: said, in the paused colour."""
    assert phase_view(None, "Add an exercise to begin").phase == "Add an exercise to begin"
    assert phase_view(None).colour == PHASE_COLOURS["idle"]
    player, clock = _player()
    player.start()
    clock.advance(0.4)
    view = phase_view(player)
    assert (view.digits, view.colour) == ("10", PHASE_COLOURS["get_ready"])
    assert view.next_text.startswith("Next: Glute bridge")
    clock.advance(9.6)
    player.poll()
    clock.advance(65)
    view = phase_view(player)
    assert (view.digits, view.details, view.colour) == ("1:05", "Set 1 of 2", PHASE_COLOURS["work"])
    assert view.next_text == "Next: Rest"
    player.pause()
    view = phase_view(player)
    assert view.paused and view.phase.startswith("Paused — Glute bridge")
    assert view.colour == PHASE_COLOURS["paused"]


def test_last_set_says_next_is_the_finish() -> None:
    """On the last set the next line says the workout finishes."""
    player, _clock = _player()
    player.start()
    player.next()
    player.confirm()
    player.next()
    assert phase_view(player).next_text == "Next: finish"


def test_display_paints_digits_and_optionally_the_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The digits always take the phase colour; the title only when asked to."""
    player, _clock = _player()
    player.start()
    view = phase_view(player)
    plain = PhaseDisplay(digits_point_size=44)
    titled = PhaseDisplay(digits_point_size=110, title_larger_by=8, colour_title=True)
    for display in (plain, titled):
        qtbot.addWidget(display)
        display.show_view(view)
        assert display.digits.text() == "10" and display.colour == PHASE_COLOURS["get_ready"]
        assert display.phase_label.text() == view.phase
    assert PHASE_COLOURS["get_ready"] in titled.phase_label.styleSheet()
    assert plain.phase_label.styleSheet() == ""
    assert titled.digits.font().pointSize() == 110


def test_a_circuit_of_one_round_does_not_count_rounds() -> None:
    """The line under the digits and the phase title say "Round 2 of 3" in a circuit of three
    rounds, and nothing about rounds in a circuit of one ("Round 1 of 1" says nothing)."""

    def circuit(rounds: int) -> list[str]:
        moves = [
            PlanItem(exercise_slug=s, exercise_name=n, reps_min=8, circuit=1, rounds=rounds)
            for s, n in (("bird-dog", "Bird-dog"), ("superman", "Superman"))
        ]
        work = [s for s in build_steps(moves) if s.kind == "work"]
        return [f"{s.label} | {step_details(s)}" for s in work]

    three = circuit(3)
    assert len(three) == 6
    assert three[2] == "Bird-dog — round 2 of 3 | Round 2 of 3"
    one = circuit(1)
    assert one == ["Bird-dog | ", "Superman | "]
