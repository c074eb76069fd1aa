"""A small event filter of the Library tab's list: arrows from the search move in it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView


class ArrowsToView(QObject):
    """Up/Down/PageUp/PageDown typed in the search box move the selection in the list."""

    KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in self.KEYS
        ):
            self._view.setFocus()
            self._view.keyPressEvent(event)
            watched.setFocus()  # type: ignore[attr-defined]
            return True
        return False
