"""The player's keys: they act on a live workout whatever has focus in the window.

Qt's own shortcuts cannot do this: a line edit claims Space, the arrows and the symbols for
itself (``ShortcutOverride``), and a *disabled* QShortcut still swallows its key, so Space and
Enter never reached Start before a workout. Here one application event filter routes the keys
while a workout is open in a visible Workout tab, and leaves every key alone otherwise:

* the key table is a list of ``QAction`` objects (text and keys, so Help > Keyboard shortcuts
  lists them) that belong to no widget, so Qt's shortcut map never fires them by itself;
* on ``ShortcutOverride`` for one of those keys the filter claims the key (no other shortcut
  sees it), and on the ``KeyPress`` it triggers the action;
* in a number field of the log form, digits, the decimal separator, Backspace and Delete type
  as usual (they are no player key); in a free-text field (a note) everything typed stays in
  the field, and only Enter, Esc and the Ctrl keys act on the player; Esc leaves a field, focus
  back to the tab, and while ``esc_anywhere()`` (floor mode) Esc acts wherever focus is;
* a dialog, a popup or another window (the mini timer has its own keys) is never touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

from ui.widgets.set_form import NUMERIC_PROPERTY

__all__ = ["LEAVE_FIELD", "NUMERIC_PROPERTY", "KeySpec", "PlayerKeys"]

LEAVE_FIELD = "leave_field"
"""The name of the key (Esc) that leaves a field of the tab; it acts only in a field."""


_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
_SYMBOLS_SHIFTED = frozenset(
    {Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal, Qt.Key.Key_Underscore}
)


@dataclass(frozen=True)
class KeySpec:
    """One player key: its name, keys, words for Help, and whether it acts in a text field."""

    name: str
    keys: tuple[str, ...]
    text: str
    in_text_field: bool = False


def _normal(key: int, mods: Qt.KeyboardModifier) -> tuple[int, int]:
    """Compare keys as a person means them: keypad Enter is Enter, keypad - is -, and the
    Shift that some layouts need for + is not part of the key."""
    mods = mods & ~Qt.KeyboardModifier.KeypadModifier
    if key in _SYMBOLS_SHIFTED and mods == Qt.KeyboardModifier.ShiftModifier:
        mods = Qt.KeyboardModifier.NoModifier
    if key == Qt.Key.Key_Enter:
        key = Qt.Key.Key_Return
    return int(key), int(mods.value)


class PlayerKeys(QObject):
    """Routes the player's keys to ``actions`` while ``is_live()`` for the widget ``host``."""

    def __init__(
        self,
        host: QWidget,
        specs: list[KeySpec],
        slots: dict[str, Callable[[], None]],
        is_live: Callable[[], bool],
        esc_anywhere: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(host)
        self._host = host
        self._is_live = is_live
        self._esc_anywhere = esc_anywhere or (lambda: False)
        self.actions: dict[str, QAction] = {}
        self._specs = {s.name: s for s in specs}
        self._by_key: dict[tuple[int, int], str] = {}
        for spec in specs:
            action = QAction(spec.text, host)  # parented to the tab: Help finds it there
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # on no widget
            action.triggered.connect(lambda _=False, f=slots[spec.name]: f())
            self.actions[spec.name] = action
            for k in spec.keys:
                combo = QKeySequence(k)[0]  # type: ignore[index]  # stubs lack __getitem__
                self._by_key[_normal(combo.key(), combo.keyboardModifiers())] = spec.name
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_enabled(self, name: str, enabled: bool) -> None:
        self.actions[name].setEnabled(enabled)

    # -- routing ---------------------------------------------------------------------------

    def _target(self, obj: QObject) -> QWidget | None:
        """The widget a key goes to, if it is one of the host's window (else None)."""
        if not isinstance(obj, QWidget):
            return None
        host = self._host
        if not host.isVisible() or obj.window() is not host.window():
            return None
        if QApplication.activeModalWidget() is not None:
            return None
        if QApplication.activePopupWidget() is not None:
            return None
        return obj

    def _action_for(self, widget: QWidget, event: QKeyEvent) -> str | None:
        name = self._by_key.get(_normal(event.key(), event.modifiers()))
        if name is None:
            return None
        if name == LEAVE_FIELD and not _is_field(widget) and not self._esc_anywhere():
            return None
        if _is_text_field(widget) and not self._specs[name].in_text_field:
            return None
        return name

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() not in _KEY_EVENTS:
            return False
        widget = self._target(obj)
        if widget is None or not self._is_live():
            return False
        assert isinstance(event, QKeyEvent)
        name = self._action_for(widget, event)
        if name is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: no other shortcut takes it, the KeyPress comes to us
            return True
        action = self.actions[name]
        if action.isEnabled():
            action.trigger()
        return True


def _is_field(widget: QWidget) -> bool:
    return isinstance(widget, (QLineEdit, QAbstractSpinBox, QComboBox))


def _is_text_field(widget: QWidget) -> bool:
    """A line edit for free text (a note): what is typed there stays there."""
    return isinstance(widget, QLineEdit) and not bool(widget.property(NUMERIC_PROPERTY))
