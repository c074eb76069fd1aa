"""A compact always-on-top timer window the person can switch to during a workout.

It only shows what the Workout tab tells it (``show_view``, the same ``PhaseView`` the tab shows)
and forwards three intents (pause/resume, next, confirm) and "back to the full window". It never
reads a clock itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.i18n import translate
from ui.widgets.phase_display import PhaseDisplay, PhaseView

__all__ = ["MiniTimer"]


def _tip(text: str, key: str) -> str:
    """A tooltip naming its key as Qt shows it: "Skip to the next step (Right)"."""
    shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key
    return f"{text} ({shown})"


class MiniTimer(QWidget):
    """A small Tool window that stays on top: phase, big digits, what comes next."""

    pause_clicked = Signal()
    next_clicked = Signal()
    confirm_clicked = Signal()
    back_requested = Signal()
    """The person wants the full window again (button, Esc, or closing this one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(translate("ui.workout.mini_timer", "Backline timer"))
        self.display = PhaseDisplay(self, digits_scale=5, title="—")
        self.next_label = QLabel("")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label.setWordWrap(True)

        self.pause_button = QPushButton(translate("ui.workout.mini_timer", "Pause"))
        self.pause_button.setToolTip(
            _tip(translate("ui.workout.mini_timer", "Pause or resume"), "Space")
        )
        self.next_button = QPushButton(translate("ui.workout.mini_timer", "Next"))
        self.next_button.setToolTip(
            _tip(translate("ui.workout.mini_timer", "Skip to the next step"), "Right")
        )
        self.confirm_button = QPushButton(translate("ui.workout.mini_timer", "Set done"))
        self.confirm_button.setToolTip(
            _tip(
                translate("ui.workout.mini_timer", "Confirm the set with the values in the form"),
                "Enter",
            )
        )
        self.back_button = QPushButton(translate("ui.workout.mini_timer", "Full window"))
        self.back_button.setToolTip(
            _tip(translate("ui.workout.mini_timer", "Back to the full window"), "Esc")
        )
        self.pause_button.clicked.connect(self.pause_clicked)
        self.next_button.clicked.connect(self.next_clicked)
        self.confirm_button.clicked.connect(self.confirm_clicked)
        self.back_button.clicked.connect(self.back_requested)
        signal: SignalInstance
        for key, signal in (
            ("Space", self.pause_clicked),
            ("Right", self.next_clicked),
            ("Return", self.confirm_clicked),
            ("Enter", self.confirm_clicked),
            ("Esc", self.back_requested),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(signal.emit)

        buttons = QHBoxLayout()
        for b in (self.pause_button, self.next_button, self.confirm_button, self.back_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addWidget(self.next_label)
        layout.addLayout(buttons)
        self.resize(320, 200)

    def show_view(self, view: PhaseView) -> None:
        self.display.show_view(view)
        self.next_label.setText(view.next_text)
        self.pause_button.setText(
            translate("ui.workout.mini_timer", "Resume")
            if view.paused
            else translate("ui.workout.mini_timer", "Pause")
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.back_requested.emit()
