"""Small event filters of the Library tab's list: full-text tooltips, arrows from the search."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtWidgets import QTableView, QToolTip


class ElidedTips(QObject):
    """A tooltip with a cell's full text when the column is too narrow to show all of it."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self._view.indexAt(event.pos())
        text = index.data() if index.isValid() else None
        if not isinstance(text, str) or not text:
            return False
        needed = self._view.fontMetrics().horizontalAdvance(text) + 8
        if needed > self._view.visualRect(index).width():
            QToolTip.showText(event.globalPos(), text, self._view)
        else:
            QToolTip.hideText()
        return True


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
