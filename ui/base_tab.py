"""What every tab shares: a database once it is open, writes through Ops, lazy refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from core.changes import Changes
from ui.ops import Ops

if TYPE_CHECKING:
    from core.store.db import Database


class BaseTab(QWidget):
    """A tab that redraws only when shown after the data it shows has changed (rule 3).

    A tab writes with `self.ops.write(work, initiator=self)` and announces a change committed
    elsewhere with `self.announce(changes)`. Ops broadcasts both: every other tab marks itself
    stale; this one (which showed its result already) emits `changed` for whoever listens.
    """

    changed = Signal(object)
    """A write this tab made (Changes), after it committed."""

    title = "Tab"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self._stale = True
        # A tab on its own (tests) has its own Ops; the main window gives every tab its one.
        self.ops = Ops(self)
        self.ops.changed.connect(self._on_broadcast)

    def use_ops(self, ops: Ops) -> None:
        """Write and listen through the window's shared Ops."""
        self.ops.changed.disconnect(self._on_broadcast)
        self.ops = ops
        ops.changed.connect(self._on_broadcast)

    def attach(self, db: Database) -> None:
        self.db = db
        if self.ops.db is None:
            self.ops.db = db
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def announce(self, changes: Changes) -> None:
        """Tell every tab about a change this tab committed (or had committed for it)."""
        self.ops.announce(changes, initiator=self)

    def _on_broadcast(self, changes: Changes, initiator: QObject | None) -> None:
        if initiator is self:
            self.changed.emit(changes)
        else:
            self.on_data_changed(changes)

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

    def maybe_close(self) -> bool:
        """May the window close now? A tab with unsaved edits asks the person (True: yes)."""
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_now()
