"""What a write changed, so tabs can mark themselves stale (DESIGN.md rule 3, Anki's OpChanges).

Every service that writes returns `Changes`, or `Outcome(value, changes)` when the caller also
needs what was written (the saved routine's row, the new set's id).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    library: bool = False
    routines: bool = False
    workouts: bool = False  # workouts and logged sets
    body: bool = False  # body measurements and day logs (the daily program)
    settings: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            library=self.library or other.library,
            routines=self.routines or other.routines,
            workouts=self.workouts or other.workouts,
            body=self.body or other.body,
            settings=self.settings or other.settings,
        )

    def __bool__(self) -> bool:
        return self.library or self.routines or self.workouts or self.body or self.settings

    @classmethod
    def everything(cls) -> Changes:
        return cls(True, True, True, True, True)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A write's result for its caller, with what it changed for everyone else."""

    value: T
    changes: Changes
