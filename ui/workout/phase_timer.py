"""Drive a pure, clock-injected player from the Qt event loop.

Time is a deadline, never a count of ticks (DESIGN.md rule 7). The player knows when its next
event is due; this driver only decides *when to ask it*:

* a single-shot ``Qt.PreciseTimer`` armed at the next event (``time_to_next_event()`` seconds
  from now) calls ``poll()`` and re-arms itself for the event after;
* a repeating ``Qt.PreciseTimer`` at about 10 Hz emits ``repaint`` for the display and also calls
  ``poll()``, so a stalled event loop or a long pause is caught up at the next tick at the
  latest, whatever happened to the single-shot.

The driver never counts anything: if the loop stalls for a second, the next poll simply finds
the deadline in the past and the player advances. It knows nothing about the player's API
beyond the two callables, so it can drive ``core.workout.player`` or a test fake alike.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

__all__ = ["PhaseDriver", "REPAINT_INTERVAL_MS"]

REPAINT_INTERVAL_MS = 100
"""Display refresh period (~10 Hz). Our default; a countdown shown with ceil needs no more."""


class PhaseDriver(QObject):
    """Poll a player at its deadlines and repaint at ~10 Hz.

    ``poll`` returns the cues that became due (possibly an empty list);
    ``time_to_next_event`` returns seconds until the next deadline or cue, or ``None`` when
    nothing is scheduled (paused, finished). Both are called on the GUI thread only.
    """

    cues = Signal(list)
    """Emitted with the non-empty list returned by ``poll()``, in the order they were polled."""

    repaint = Signal()
    """Emitted about ten times a second while running, after any due cues were delivered."""

    def __init__(
        self,
        poll: Callable[[], list],
        time_to_next_event: Callable[[], float | None],
        parent: QObject | None = None,
        *,
        repaint_interval_ms: int = REPAINT_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._poll = poll
        self._time_to_next_event = time_to_next_event
        self._running = False

        self._deadline_timer = QTimer(self)
        self._deadline_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline_timer.setSingleShot(True)
        self._deadline_timer.timeout.connect(self._on_deadline)

        self._repaint_timer = QTimer(self)
        self._repaint_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._repaint_timer.setInterval(repaint_interval_ms)
        self._repaint_timer.timeout.connect(self._on_repaint)

    # -- public API ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Start repainting and arm the deadline timer. Calling it twice is harmless."""
        self._running = True
        if not self._repaint_timer.isActive():
            self._repaint_timer.start()
        self._poll_and_emit()
        self.rearm()
        self.repaint.emit()

    def stop(self) -> None:
        """Stop both timers. The player keeps its own state; ``start()`` resumes driving it."""
        self._running = False
        self._deadline_timer.stop()
        self._repaint_timer.stop()

    def rearm(self) -> None:
        """Re-read ``time_to_next_event`` and arm the single-shot for it.

        Call after the user changed something (pause, skip, +30 s): the next deadline moved.
        """
        if not self._running:
            return
        self._arm(after_empty_poll=False)

    def next_interval_ms(self) -> int | None:
        """Milliseconds the single-shot is armed for, or ``None`` when idle (for tests/UI)."""
        if not self._deadline_timer.isActive():
            return None
        return self._deadline_timer.interval()

    # -- internals ----------------------------------------------------------------------------

    def _arm(self, *, after_empty_poll: bool) -> None:
        seconds = self._time_to_next_event()
        if seconds is None:
            self._deadline_timer.stop()
            return
        # Round *up*: a Qt timer never fires before its interval, so the poll finds the
        # deadline reached and the cue is at most ~1 ms late, never early.
        interval = max(0, math.ceil(seconds * 1000.0))
        if interval == 0 and after_empty_poll:
            # The player says "due now" but just produced nothing: don't spin a 0 ms timer.
            interval = 1
        self._deadline_timer.start(interval)

    def _poll_and_emit(self) -> bool:
        due = self._poll()
        if due:
            self.cues.emit(list(due))
            return True
        return False

    def _on_deadline(self) -> None:
        if not self._running:
            return
        produced = self._poll_and_emit()
        if self._running:  # a slot connected to `cues` may have stopped us
            self._arm(after_empty_poll=not produced)

    def _on_repaint(self) -> None:
        if not self._running:
            return
        if self._poll_and_emit() and self._running:
            # Caught up after a stall: the next deadline has moved on.
            self._arm(after_empty_poll=False)
        if self._running:
            self.repaint.emit()
