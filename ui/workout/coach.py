"""The coach: what the player's cues sound like and what the voice says for them.

The Workout tab hands every cue that is due now (never a catch-up one) to ``VoiceCoach.handle``;
the coach plays its sound and, for the cues that carry words, speaks them through the
CuePlayer (which says nothing while speech is off).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.workout.steps import Cue

__all__ = ["SPOKEN", "VoiceCoach"]

SPOKEN = frozenset({"get_ready", "work_start", "rest_start", "switch_sides", "workout_finished"})
"""The cue kinds whose text is spoken."""


class VoiceCoach:
    def __init__(self, cue_player: Callable[[], Any]) -> None:
        # a callable: the CuePlayer is built on first use (QtMultimedia loads only then)
        self._cue_player = cue_player

    def handle(self, cue: Cue) -> None:
        player = self._cue_player()
        player.play(cue.kind)
        if cue.kind in SPOKEN and cue.text:
            player.speak(cue.text)
