"""Plan items and helpers shared by the player and step tests (not a test module)."""

from __future__ import annotations

from datetime import UTC, datetime

from core.clock import FakeClock
from core.workout.player import Player
from core.workout.steps import Cue, PlanItem, PlayerOptions, Step, build_steps

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
