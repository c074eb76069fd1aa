"""The coach: what the player's cues sound like and what the voice says for them.

The Workout tab hands every cue that is due now (never a catch-up one) to ``VoiceCoach.handle``;
the coach plays its sound and speaks the sentence ``core.workout.speech.words`` makes of it,
through the CuePlayer (which says nothing while speech is off or no engine exists: then the
sounds are the whole of the coaching).

The end of a pause has its own sound: the work that starts right after a rest or a side switch
the coach announced plays ``rest_over`` (a bright chime that cuts through music) instead of
``work_start``. A step resumed after a crash, a step gone back to, and the next hold rep after
a 3 s release keep ``work_start`` (our choice: the person is already there).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from core.store.settings import SPEECH_FLAGS
from core.workout.speech import words
from core.workout.steps import Cue, Step

__all__ = ["PAUSE_KINDS", "REST_OVER", "VoiceCoach"]

REST_OVER = "rest_over"
"""The sound of the work that starts when a pause ends (ui.cues.SOUND_NAMES)."""

PAUSE_KINDS = frozenset({"rest_start", "switch_sides"})
"""Start cues of the pauses whose end plays ``REST_OVER``."""

_START_KINDS = frozenset(
    {"get_ready", "work_start", "rest_start", "release", "switch_sides", "workout_finished"}
)


def _no_steps() -> Sequence[Step]:
    return ()


class VoiceCoach:
    """Sounds and words for the player's cues, as the person's speech settings choose."""

    def __init__(
        self,
        cue_player: Callable[[], Any],
        *,
        steps: Callable[[], Sequence[Step]] = _no_steps,
        say: Collection[str] = SPEECH_FLAGS,
    ) -> None:
        # a callable: the CuePlayer is built on first use (QtMultimedia loads only then)
        self._cue_player = cue_player
        self._steps = steps
        self._say = frozenset(say)
        self._last_start: Cue | None = None

    @property
    def say(self) -> frozenset[str]:
        """The SPEECH_FLAGS that are on."""
        return self._say

    def configure(self, settings: Any) -> None:
        """Take the speech flags from a ``core.store.settings.Settings``."""
        self._say = frozenset(flag for flag in SPEECH_FLAGS if getattr(settings, flag, True))

    def sound(self, cue: Cue) -> str:
        """The sound (a ui.cues.CUE_SOUNDS kind) to play for ``cue``."""
        last = self._last_start
        if (
            cue.kind == "work_start"
            and last is not None
            and last.kind in PAUSE_KINDS
            and last.step_index == cue.step_index - 1
        ):
            return REST_OVER
        return cue.kind

    def words(self, cue: Cue) -> str:
        """What the voice says for ``cue`` ('' for nothing)."""
        return words(cue, self._steps(), self._say)

    def handle(self, cue: Cue) -> None:
        player = self._cue_player()
        player.play(self.sound(cue))
        if cue.kind in _START_KINDS:
            self._last_start = cue
        text = self.words(cue)
        if text:
            player.speak(text)
