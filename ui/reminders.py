"""The reminders' scheduler: one single-shot timer to the next reminder, a desktop notification
when it is due, and silence when that part of the program is already met today.

The timer is re-armed after every check and at most an hour ahead, so a suspended laptop or a
changed clock is caught within the hour; a reminder more than LATE_LIMIT past its time when the
check runs (the machine slept through it) is dropped rather than shown late. Settings changes
re-arm it (`reschedule`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from core.changes import Changes
from core.daily.reminders import Reminder, next_occurrence, reminder_text
from core.daily.today import today_report
from core.store.settings import load_settings
from ui.ops import Ops
from ui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LATE_LIMIT = timedelta(minutes=30)  # ours
MAX_WAIT = timedelta(hours=1)


class ReminderScheduler(QObject):
    shown = Signal(str, str)
    """(reminder key, how it was shown: "desktop", or the fallback's reason)."""
    skipped = Signal(str, str)
    """(reminder key, why: "met" or "late")."""

    def __init__(
        self,
        ops: Ops,
        *,
        send: Callable[[str, str], str | None],
        fallback: Callable[[str, str], None],
        now: Callable[[], datetime],
        tz: ZoneInfo,
        parent: QObject | None = None,
    ) -> None:
        """`send(summary, body)` shows a desktop notification (None, or why it could not);
        `fallback(summary, body)` shows it in the window (tray message, status bar)."""
        super().__init__(parent)
        self.ops = ops
        self._send = send
        self._fallback = fallback
        self._now = now
        self.tz = tz
        self.reminders: tuple[Reminder, ...] = ()
        self.last_check = now()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.check(self._now()))
        ops.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.settings:
            self.reschedule()

    def reschedule(self) -> None:
        """Read the reminders and arm the timer for the next one (or an hour, whichever first)."""
        if self.ops.db is None:
            return
        self.reminders = self.ops.read(lambda s: load_settings(session=s).reminders)
        now = self._now()
        upcoming = [
            when for r in self.reminders if (when := next_occurrence(r, now, self.tz)) is not None
        ]
        if not upcoming:
            self.timer.stop()
            return
        wait = min(min(upcoming) - now, MAX_WAIT)
        self.timer.start(max(0, int(wait.total_seconds() * 1000)))

    def due_between(self, start: datetime, end: datetime) -> list[tuple[Reminder, datetime]]:
        """The enabled reminders' times in (start, end]."""
        due: list[tuple[Reminder, datetime]] = []
        for reminder in self.reminders:
            when = next_occurrence(reminder, start, self.tz)
            while when is not None and when <= end:
                due.append((reminder, when))
                when = next_occurrence(reminder, when, self.tz)
        return sorted(due, key=lambda pair: pair[1])

    def check(self, now: datetime) -> None:
        """Show what fell due since the last check, then re-arm."""
        if self.ops.db is None:
            return
        due = self.due_between(self.last_check, now)
        self.last_check = now
        for reminder, when in due:
            if now - when > LATE_LIMIT:
                self.skipped.emit(reminder.key, "late")
                continue
            if self._met(reminder.key, when):
                self.skipped.emit(reminder.key, "met")
                continue
            self._show(reminder.key)
        self.reschedule()

    def _met(self, key: str, when: datetime) -> bool:
        """Is that part of the program already met on the reminder's local day?"""
        day = when.astimezone(self.tz).date()

        def read(session: Session) -> bool:
            return bool(today_report(day, session=session, tz=self.tz).item(key).met)

        return self.ops.read(read)

    def _show(self, key: str) -> None:
        summary, body = reminder_text(key)  # in the language in use

        def failed(exc: BaseException) -> None:
            self._fallback(summary, body)
            self.shown.emit(key, str(exc))

        def done(reason: str | None) -> None:
            if reason is None:
                self.shown.emit(key, "desktop")
            else:
                self._fallback(summary, body)
                self.shown.emit(key, reason)

        run_task(lambda: self._send(summary, body), done, failed)
