"""Modal questions of the Routines tab, as functions returning plain values (DESIGN.md rule 5).

Tests monkeypatch `pick_exercise` and `ask_rounds`; the tab calls them through this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from core import bounds
from core.i18n import translate
from ui.models import ROW_ROLE
from ui.routines.models import ExerciseFilterProxy, ExerciseListModel


class ExercisePickerDialog(QDialog):
    """A search box over the library list; Enter or double-click picks the current exercise."""

    def __init__(self, exercises: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.routines.dialogs", "Add exercise"))
        self.resize(460, 520)
        self.model = ExerciseListModel(self)
        self.model.set_rows(exercises)
        self.proxy = ExerciseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("ui.routines.dialogs", "Search by name, muscle, equipment…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ui.routines.dialogs", "Search exercises"))
        self.search.setAccessibleDescription(
            translate("ui.routines.dialogs", "By name, muscle or equipment")
        )
        self.search.textChanged.connect(self._search)
        self.view = QListView()
        self.view.setAccessibleName(translate("ui.routines.dialogs", "Exercises"))
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ui.routines.dialogs", "Add")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("ui.routines.dialogs", "Pick an exercise from the library:"))
        )
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.search.setFocus()
        self._select_first()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.proxy.rowCount() > 0)

    def keyPressEvent(self, event: Any) -> None:
        # Up/Down typed in the search box move through the list.
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.search.hasFocus():
            row = self.view.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.proxy.rowCount():
                self.view.setCurrentIndex(self.proxy.index(row, 0))
            return
        super().keyPressEvent(event)

    def selected_slug(self) -> str | None:
        index: QModelIndex = self.view.currentIndex()
        if not index.isValid():
            return None
        ex = self.proxy.data(index, ROW_ROLE)
        return None if ex is None else str(ex.slug)


def pick_exercise(parent: QWidget | None, exercises: Sequence[Any]) -> str | None:
    """Let the person pick one library exercise (ExerciseRow list); returns its slug or None."""
    dialog = ExercisePickerDialog(exercises, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected_slug()
    finally:
        dialog.deleteLater()


def ask_rounds(parent: QWidget | None, default: int = 2) -> int | None:
    """How many rounds a new circuit has (1-20), or None if cancelled."""
    rounds = bounds.number_bound(bounds.PRESCRIPTION, "rounds")
    lo, hi = int(rounds.minimum), int(rounds.maximum)
    value, ok = QInputDialog.getInt(
        parent,
        translate("ui.routines.dialogs", "Group as circuit"),
        translate("ui.routines.dialogs", "Rounds (the moves back to back, then rest):"),
        max(lo, min(hi, default)), lo, hi, 1,
    )  # fmt: skip
    return int(value) if ok else None
