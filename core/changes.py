"""What a write changed, so tabs can mark themselves stale (DESIGN.md rule 3, Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    library: bool = False
    routines: bool = False
    workouts: bool = False  # workouts and logged sets
    body: bool = False  # body measurements
    settings: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            library=self.library or other.library,
            routines=self.routines or other.routines,
            workouts=self.workouts or other.workouts,
            body=self.body or other.body,
            settings=self.settings or other.settings,
        )

    @classmethod
    def everything(cls) -> Changes:
        return cls(True, True, True, True, True)
