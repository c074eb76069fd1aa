"""The player's control row: pause, back, next, -15 s/+15 s, confirm, add set, skip, end.

Each button has a key that acts anywhere in the tab (``host``) while a workout runs; before one,
Space and Enter reach the routine chooser and Start. The row only forwards intent (its
signals) and shows what can be done now (``show_state``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from core.workout.player import Player

__all__ = ["PlayerControls", "shortcut"]

ADJUST_SECONDS = 15


def shortcut(host: QWidget, key: str, slot: Callable[[], None]) -> QShortcut:
    """A key that acts while focus is anywhere inside ``host``."""
    made = QShortcut(QKeySequence(key), host)
    made.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    made.activated.connect(slot)
    return made


class PlayerControls(QWidget):
    """The buttons that drive a running workout, with their keys."""

    pause_toggled = Signal()
    back_requested = Signal()
    next_requested = Signal()
    adjust_requested = Signal(float)
    """Seconds to add to the current phase (negative: take off)."""
    confirm_requested = Signal()
    add_set_requested = Signal()
    skip_requested = Signal()
    end_requested = Signal()

    def __init__(self, host: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._shortcuts: list[QShortcut] = []
        plus, minus = float(ADJUST_SECONDS), float(-ADJUST_SECONDS)
        self.pause_button = self._button(
            "Pause", "Pause or resume", "Space", self.pause_toggled.emit
        )
        self.back_button = self._button(
            "◀ Back", "Back to the previous step", "Left", self.back_requested.emit
        )
        self.next_button = self._button(
            "Next ▶", "Skip to the next step", "Right", self.next_requested.emit
        )
        self.minus_button = self._button(
            "−15 s",
            "Take 15 seconds off this phase",
            "-",
            lambda: self.adjust_requested.emit(minus),
        )
        self.plus_button = self._button(
            "+15 s", "Add 15 seconds to this phase", "+", lambda: self.adjust_requested.emit(plus)
        )
        self.confirm_button = self._button(
            "Confirm set",
            "Log the set with the values in the form and move on",
            "Return",
            self.confirm_requested.emit,
        )
        self._shortcuts.append(shortcut(host, "Enter", self.confirm_requested.emit))
        plus_unshifted = shortcut(host, "=", lambda: self.adjust_requested.emit(plus))
        plus_unshifted.setWhatsThis("Add 15 seconds to this phase (the + key without Shift)")
        self._shortcuts.append(plus_unshifted)
        self.add_set_button = self._button(
            "Add set", "One more set of this exercise", "Ctrl+N", self.add_set_requested.emit
        )
        self.skip_button = self._button(
            "Skip exercise", "Go to the next exercise", "Ctrl+Right", self.skip_requested.emit
        )
        self.end_button = self._button(
            "End workout", "Finish the workout now", "Ctrl+Shift+E", self.end_requested.emit
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for b in (
            self.pause_button,
            self.back_button,
            self.next_button,
            self.minus_button,
            self.plus_button,
            self.confirm_button,
            self.add_set_button,
            self.skip_button,
            self.end_button,
        ):
            row.addWidget(b)

    def _button(self, text: str, tip: str, key: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key
        button.setToolTip(f"{tip} ({shown})")
        button.clicked.connect(slot)
        self._shortcuts.append(shortcut(self._host, key, slot))
        return button

    def show_state(self, player: Player | None, *, workout_open: bool, can_confirm: bool) -> None:
        """Enable what can be done now: ``workout_open`` while a workout is not closed yet."""
        live = player is not None and player.started and not player.finished
        for b in (
            self.pause_button,
            self.back_button,
            self.next_button,
            self.add_set_button,
            self.skip_button,
        ):
            b.setEnabled(live)
        timed = live and player is not None and player.step.seconds is not None
        self.minus_button.setEnabled(timed)
        self.plus_button.setEnabled(timed)
        self.end_button.setEnabled(workout_open)
        self.confirm_button.setEnabled(can_confirm)
        self.pause_button.setText("Resume" if player is not None and player.paused else "Pause")
        keys_on = workout_open and not (player is not None and player.finished)
        for made in self._shortcuts:
            made.setEnabled(keys_on)
