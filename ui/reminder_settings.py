"""The Settings tab's "Reminders" box: each reminder on or off, its time and its days, and
whether closing the window keeps Backline running in the tray.

The box shows a tuple of core.daily.reminders.Reminder and emits the edited tuple; the Settings
tab stores it (one setting, checked by core).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QWidget,
)

from core.daily.reminders import DEFAULT_REMINDERS, Reminder, reminder_text
from core.i18n import translate, weekday_name


class RemindersBox(QGroupBox):
    edited = Signal(object)
    """The reminders as the person set them (a tuple of Reminder)."""
    tray_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.reminder_settings", "Reminders"), parent)
        self._loading = False
        self.reminders: tuple[Reminder, ...] = DEFAULT_REMINDERS
        self.enabled: dict[str, QCheckBox] = {}
        self.times: dict[str, QTimeEdit] = {}
        self.days: dict[str, list[QCheckBox]] = {}
        grid = QGridLayout(self)
        for row, reminder in enumerate(DEFAULT_REMINDERS):
            key = reminder.key
            what = reminder_text(key)[0]
            check = QCheckBox(what)
            check.setObjectName(f"reminder_{key}")
            check.toggled.connect(lambda _on: self._emit())
            at = QTimeEdit()
            at.setObjectName(f"reminder_time_{key}")
            at.setDisplayFormat("HH:mm")
            at.setToolTip(
                translate("ui.reminder_settings", "Local time; the suggested time is ours")
            )
            at.setAccessibleName(
                translate("ui.reminder_settings", "Time of the reminder: {reminder}").format(
                    reminder=what
                )
            )
            at.timeChanged.connect(lambda _t: self._emit())
            days_row = QHBoxLayout()
            boxes: list[QCheckBox] = []
            day_description = translate(
                "ui.reminder_settings", "A day of the reminder: {reminder}"
            ).format(reminder=what)
            for n in range(7):
                day = QCheckBox(weekday_name(n, full=False))
                day.setObjectName(f"reminder_day_{key}_{n}")
                day.setAccessibleDescription(day_description)
                day.toggled.connect(lambda _on: self._emit())
                days_row.addWidget(day)
                boxes.append(day)
            self.enabled[key], self.times[key], self.days[key] = check, at, boxes
            # the days go under the reminder's name: a long name (a routine's, in French or
            # German) beside seven days made the Settings tab wider than the window
            days_row.setContentsMargins(24, 0, 0, 0)
            days_row.addStretch(1)
            grid.addWidget(check, 2 * row, 0)
            grid.addWidget(at, 2 * row, 1)
            grid.addLayout(days_row, 2 * row + 1, 0, 1, 2)
        self.tray = QCheckBox(
            translate(
                "ui.reminder_settings",
                "Keep Backline running in the tray when the window is closed",
            )
        )
        self.tray.setObjectName("keep_in_tray")
        self.tray.toggled.connect(self._tray)
        self.note = QLabel(
            translate(
                "ui.reminder_settings",
                "Shown as desktop notifications while Backline runs; a reminder stays silent "
                "when that part of the program is already done that day.",
            )
        )
        self.note.setWordWrap(True)
        grid.addWidget(self.tray, 2 * len(DEFAULT_REMINDERS), 0, 1, 2)
        grid.addWidget(self.note, 2 * len(DEFAULT_REMINDERS) + 1, 0, 1, 2)

    def show_reminders(self, reminders: tuple[Reminder, ...], keep_in_tray: bool) -> None:
        self._loading = True
        try:
            self.reminders = reminders
            for reminder in reminders:
                key = reminder.key
                self.enabled[key].setChecked(reminder.enabled)
                self.times[key].setTime(QTime(reminder.at.hour, reminder.at.minute))
                for n, box in enumerate(self.days[key]):
                    box.setChecked(n in reminder.weekdays)
                self._enable_row(key)
            self.tray.setChecked(keep_in_tray)
        finally:
            self._loading = False

    def _enable_row(self, key: str) -> None:
        on = self.enabled[key].isChecked()
        self.times[key].setEnabled(on)
        for box in self.days[key]:
            box.setEnabled(on)

    def current(self) -> tuple[Reminder, ...]:
        out: list[Reminder] = []
        for reminder in self.reminders:
            key = reminder.key
            qt_time = self.times[key].time()
            days = frozenset(n for n, box in enumerate(self.days[key]) if box.isChecked())
            out.append(
                replace(
                    reminder,
                    enabled=self.enabled[key].isChecked(),
                    at=reminder.at.replace(hour=qt_time.hour(), minute=qt_time.minute()),
                    weekdays=days or reminder.weekdays,
                )
            )
        return tuple(out)

    def _emit(self) -> None:
        if self._loading:
            return
        for key in self.enabled:
            self._enable_row(key)
            if not any(box.isChecked() for box in self.days[key]):
                # a reminder needs a day: the last one unticked comes back, and the note says so
                self.show_reminders(self.reminders, self.tray.isChecked())
                self.note.setText(
                    translate("ui.reminder_settings", "A reminder needs at least one day.")
                )
                return
        self.reminders = self.current()
        self.edited.emit(self.reminders)

    def _tray(self, on: bool) -> None:
        if not self._loading:
            self.tray_toggled.emit(on)
