"""The player's control row: pause, back, next, -15 s/+15 s, confirm, undo, add set, skip, end
(and the keys of the suggestion offer beside last time: A accepts, K keeps).

The row only forwards intent (its signals) and shows what can be done now (``show_state``).
Its keys are not Qt shortcuts: ``ui.workout.keys`` routes them to the same slots while a
workout is open, whatever has focus; ``PLAYER_KEYS`` is the one table of them, and every
button's tooltip names its key from that table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.workout.player import Player
from ui.workout.keys import LEAVE_FIELD, KeySpec

__all__ = [
    "ADJUST_SECONDS",
    "PLAYER_KEYS",
    "PlayerControls",
    "key_tooltip",
    "player_keys",
    "shortcut",
]

ADJUST_SECONDS = 15

# The words are marked here and translated where they are shown (player_keys, key_tooltip):
# this table is built at import, before the language is chosen.
PLAYER_KEYS: list[KeySpec] = [
    KeySpec(
        "pause", ("Space",), QT_TRANSLATE_NOOP("ui.workout.controls", "Pause or resume the workout")
    ),
    KeySpec(
        "back", ("Left",), QT_TRANSLATE_NOOP("ui.workout.controls", "Back to the previous step")
    ),
    KeySpec("next", ("Right",), QT_TRANSLATE_NOOP("ui.workout.controls", "Skip to the next step")),
    KeySpec(
        "minus", ("-",), QT_TRANSLATE_NOOP("ui.workout.controls", "Take 15 seconds off this phase")
    ),
    KeySpec(
        "plus",
        ("+", "="),
        QT_TRANSLATE_NOOP("ui.workout.controls", "Add 15 seconds to this phase (+ or =)"),
    ),
    KeySpec(
        "confirm",
        ("Return", "Enter"),
        QT_TRANSLATE_NOOP(
            "ui.workout.controls",
            "Confirm the set with the values in the form; stop a running timed set",
        ),
        in_text_field=True,
    ),
    KeySpec(
        "undo",
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("ui.workout.controls", "Undo the last logged set"),
        in_text_field=True,
    ),
    KeySpec(
        "add_set",
        ("Ctrl+N",),
        QT_TRANSLATE_NOOP("ui.workout.controls", "One more set of this exercise"),
        in_text_field=True,
    ),
    KeySpec(
        "skip",
        ("Ctrl+Right",),
        QT_TRANSLATE_NOOP("ui.workout.controls", "Skip to the next exercise"),
        in_text_field=True,
    ),
    KeySpec(
        "end",
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("ui.workout.controls", "End the workout"),
        in_text_field=True,
    ),
    KeySpec(
        "floor",
        ("F11",),
        QT_TRANSLATE_NOOP(
            "ui.workout.controls",
            "Floor mode: the workout full screen in large type (F11 or Esc leaves it)",
        ),
        in_text_field=True,
    ),
    KeySpec(
        LEAVE_FIELD,
        ("Esc",),
        QT_TRANSLATE_NOOP("ui.workout.controls", "Leave the log field, or floor mode"),
        in_text_field=True,
    ),
    KeySpec(
        "accept",
        ("A",),
        QT_TRANSLATE_NOOP(
            "ui.workout.controls", "Accept the suggested next target of this exercise"
        ),
    ),
    KeySpec(
        "keep",
        ("K",),
        QT_TRANSLATE_NOOP("ui.workout.controls", "Keep your target (the suggestion is not taken)"),
    ),
]
_KEYS = {spec.name: spec.keys[0] for spec in PLAYER_KEYS}


def player_keys() -> list[KeySpec]:
    """``PLAYER_KEYS`` with their words in the language in use (for the actions Help lists)."""
    return [replace(spec, text=translate("ui.workout.controls", spec.text)) for spec in PLAYER_KEYS]


def key_tooltip(name: str) -> str:
    """A button's tooltip from the key table: what the key does and the key, e.g.
    "Pause or resume the workout (Space)"."""
    spec = next(s for s in PLAYER_KEYS if s.name == name)
    key = _KEYS[name]
    shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key
    return f"{translate('ui.workout.controls', spec.text).split(' (')[0]} ({shown})"


def shortcut(host: QWidget, key: str, slot: Callable[[], None]) -> QShortcut:
    """A key that acts while focus is anywhere inside ``host`` (for keys no field claims)."""
    made = QShortcut(QKeySequence(key), host)
    made.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    made.activated.connect(slot)
    return made


class PlayerControls(QWidget):
    """The buttons that drive a running workout."""

    pause_toggled = Signal()
    back_requested = Signal()
    next_requested = Signal()
    adjust_requested = Signal(float)
    """Seconds to add to the current phase (negative: take off)."""
    confirm_requested = Signal()
    undo_requested = Signal()
    add_set_requested = Signal()
    skip_requested = Signal()
    end_requested = Signal()

    def __init__(self, host: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plus, minus = float(ADJUST_SECONDS), float(-ADJUST_SECONDS)
        self.pause_button = self._button(
            translate("ui.workout.controls", "Pause"), "pause", self.pause_toggled.emit
        )
        self.back_button = self._button(
            translate("ui.workout.controls", "◀ Back"), "back", self.back_requested.emit
        )
        self.next_button = self._button(
            translate("ui.workout.controls", "Next ▶"), "next", self.next_requested.emit
        )
        self.minus_button = self._button(
            "−15 s", "minus", lambda: self.adjust_requested.emit(minus)
        )
        self.plus_button = self._button("+15 s", "plus", lambda: self.adjust_requested.emit(plus))
        self.confirm_button = self._button(
            translate("ui.workout.controls", "Confirm set"), "confirm", self.confirm_requested.emit
        )
        self.undo_button = self._button(
            translate("ui.workout.controls", "Undo set"), "undo", self.undo_requested.emit
        )
        self.add_set_button = self._button(
            translate("ui.workout.controls", "Add set"), "add_set", self.add_set_requested.emit
        )
        self.skip_button = self._button(
            translate("ui.workout.controls", "Skip exercise"), "skip", self.skip_requested.emit
        )
        self.end_button = self._button(
            translate("ui.workout.controls", "End workout"), "end", self.end_requested.emit
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
            self.undo_button,
            self.add_set_button,
            self.skip_button,
            self.end_button,
        ):
            row.addWidget(b)

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(key_tooltip(name))
        button.clicked.connect(slot)
        return button

    def show_state(
        self,
        player: Player | None,
        *,
        workout_open: bool,
        can_confirm: bool,
        can_stop: bool = False,
        can_undo: bool = False,
    ) -> None:
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
        self.confirm_button.setEnabled(can_confirm or can_stop)
        self.confirm_button.setText(
            translate("ui.workout.controls", "Stop ■")
            if can_stop and not can_confirm
            else translate("ui.workout.controls", "Confirm set")
        )
        self.undo_button.setEnabled(can_undo)
        paused = player is not None and player.paused
        self.pause_button.setText(
            translate("ui.workout.controls", "Resume")
            if paused
            else translate("ui.workout.controls", "Pause")
        )
