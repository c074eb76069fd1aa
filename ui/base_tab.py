"""What every tab shares: a database once it is open, and lazy refresh on data changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from core.changes import Changes

if TYPE_CHECKING:
    from core.store.db import Database


class BaseTab(QWidget):
    """A tab that redraws only when shown after the data it shows has changed (rule 3)."""

    # A write made from this tab; the main window re-broadcasts it to every tab.
    changed = Signal(object)

    title = "Tab"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self._stale = True

    def attach(self, db: Database) -> None:
        self.db = db
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def is_affected_by(self, changes: Changes) -> bool:
        """Override to ignore changes this tab does not show."""
        return True

    def on_data_changed(self, changes: Changes) -> None:
        if not self.is_affected_by(changes):
            return
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    @property
    def stale(self) -> bool:
        return self._stale

    def refresh_now(self) -> None:
        if self.db is None:
            return
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        """Reload from the database. Called only with self.db set."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_now()
