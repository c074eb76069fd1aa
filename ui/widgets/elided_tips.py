"""A table whose narrow columns elide their text still lets a person read it whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QHelpEvent
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
