"""Phase changes told to screen readers, once each: never a countdown every second.

``PhaseAnnouncer(tab)`` listens to the Workout tab's ``cue_handled`` signal. For a cue that
starts a phase (get ready, work, rest, switch sides, release, the finish) it posts one
``QAccessibleAnnouncementEvent`` with the cue's words ("Rest, 60 seconds. Next: Glute bridge"),
which Orca (AT-SPI), NVDA and VoiceOver read out; and it puts the same words on a status line
(``announcer.status``, a QLabel added at the end of the ``layout`` given), for screen readers
that do not take announcements and for anyone who missed the voice. The cues of one delivery (a late poll can
bring several phase starts at once) make one announcement: the phase the workout is in now.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from core.i18n import translate
from core.workout.steps import Cue

__all__ = ["ANNOUNCED", "PhaseAnnouncer", "post_event"]

ANNOUNCED = frozenset(
    {"get_ready", "work_start", "rest_start", "switch_sides", "release", "workout_finished"}
)
"""The cue kinds that start a phase: the only ones announced (no countdown, tick or halfway)."""


def post_event(event: QAccessibleEvent) -> None:
    """Hand ``event`` to the platform's accessibility bridge (a no-op when none listens)."""
    QAccessible.updateAccessibility(event)


class PhaseAnnouncer(QObject):
    """Announces each phase of the tab's workout once, and shows it on ``status``.

    ``layout`` is where the status line goes (the tab's page; without one the line is kept
    but not placed, and the announcements still go out). ``post`` receives each
    QAccessibleAnnouncementEvent (by default ``post_event``, looked up when called, so a test
    can replace it).
    """

    def __init__(
        self,
        tab: QWidget,
        *,
        layout: QBoxLayout | None = None,
        post: Callable[[QAccessibleEvent], None] | None = None,
    ) -> None:
        super().__init__(tab)
        self._tab = tab
        self._post = post
        self._pending: Cue | None = None
        self.status = QLabel("", tab)
        self.status.setObjectName("workout_status")
        # named by its text (no fixed name): each new phase is a name change a screen reader
        # can follow; the description says what the line is
        self.status.setAccessibleDescription(translate("ui.workout.announcer", "Workout status"))
        self.status.setWordWrap(True)
        if layout is not None:
            layout.addWidget(self.status)
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)  # after the tab has shown the new phase
        self._flush.timeout.connect(self._announce_pending)
        tab.cue_handled.connect(self.on_cue)  # type: ignore[attr-defined]

    def on_cue(self, cue: Cue) -> None:
        """Keep the latest phase start of this delivery; announce it once the tab is idle."""
        if cue.kind not in ANNOUNCED:
            return
        self._pending = cue
        self._flush.start()

    def say(self, words: str) -> None:
        """Tell a screen reader what a key just did ("Paused", "Saved: Bird-dog, set 1"):
        politely, after what it is saying, and on the status line too."""
        if not words:
            return
        self.status.setText(words)
        event = QAccessibleAnnouncementEvent(self.status, words)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        (self._post or post_event)(event)

    def _words(self, cue: Cue) -> str:
        if cue.text:
            return cue.text
        display = getattr(self._tab, "display", None)
        label = getattr(display, "phase_label", None)
        return label.text() if isinstance(label, QLabel) else ""

    def _announce_pending(self) -> None:
        cue, self._pending = self._pending, None
        if cue is None:
            return
        words = self._words(cue)
        if not words:
            return
        self.status.setText(words)
        event = QAccessibleAnnouncementEvent(self.status, words)
        # a phase change is time-bound: it interrupts what the screen reader was saying
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        (self._post or post_event)(event)
