"""Models for the Routines tab: the routine list, a routine's items (with drag and drop), and the
exercise list of the picker. They hold plain rows (core.routines.rows, core.routines.drafts,
core.library.rows) only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from core.formatting import weight_text
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.library.localized import data_text
from core.library.rows import ExerciseRow
from core.routines.drafts import ItemDraft
from core.routines.text import item_text
from ui import theme
from ui.library.models import equipment_label, kind_label, mode_label, muscle_label
from ui.models import ROW_ROLE, SORT_ROLE, AnyIndex, RowTableModel

ITEM_MIME = "application/x-backline-routine-item"
READY_MADE = QT_TRANSLATE_NOOP("ui.routines.models", "Ready-made")
"""The badge of a ready-made routine (translate("ui.routines.models", READY_MADE) to show)."""


def _item_name(item: ItemDraft) -> str:
    return data_text(item.exercise_name) or item.exercise_slug


class RoutineListModel(RowTableModel):
    """The routines (RoutineRow): name, and a "Ready-made" badge with the article as tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (translate("ui.routines.models", "Routine"), lambda row: data_text(row.name)),
                (
                    "",
                    lambda row: translate("ui.routines.models", READY_MADE) if row.builtin else "",
                ),
            ],
            parent,
        )
        self.source_titles: dict[str, str] = {}

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.source:
                title = data_text(self.source_titles.get(row.source, row.source))
                if row.builtin:
                    said = translate(
                        "ui.routines.models",
                        "Ready-made routine from the article “{title}” ({file})",
                    )
                else:
                    said = translate(
                        "ui.routines.models",
                        "Your copy of a routine from the article “{title}” ({file})",
                    )
                return said.format(title=title, file=row.source)
            return translate("ui.routines.models", "Your own routine")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(QColor(theme.text_colour("success")))
        if role == Qt.ItemDataRole.FontRole and index.column() == 1:
            font = QFont()
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
            font.setBold(True)
            return font
        return super().data(index, role)

    def row_of_id(self, routine_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == routine_id:
                return i
        return None


def _circuit_text(item: ItemDraft) -> str:
    if item.circuit is None:
        return ""
    rounds = item.rounds or 1
    return translate("ui.routines.models", "Circuit {number} × {rounds}").format(
        number=item.circuit, rounds=rounds
    )


class RoutineItemsModel(RowTableModel):
    """A draft's items. Rows move by drag and drop (InternalMove) through `move_requested`.

    The model never changes the draft itself: a drop emits move_requested(from_row, to_row) and
    the tab applies the move to its draft (so undo sees it) and sets the new items here.
    """

    move_requested = Signal(int, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                ("#", lambda _item: None),  # the row number, given by data()
                (translate("ui.routines.models", "Exercise"), _item_name),
                (translate("ui.routines.models", "Circuit"), _circuit_text),
                (
                    translate("ui.routines.models", "Prescription"),
                    lambda item: item_text(item, unit=self.weight_unit),
                ),
                # a ready-made routine's notes read in the language in use (the editor's note
                # field keeps what is stored)
                (translate("ui.routines.models", "Note"), lambda item: data_text(item.note)),
            ],
            parent,
        )
        self._bad_rows: set[int] = set()
        self.weight_unit = "kg"

    # --- content -------------------------------------------------------------------------------

    def set_items(self, items: Sequence[ItemDraft]) -> None:
        self._bad_rows = {row for row in self._bad_rows if row < len(items)}
        self.set_rows(items)

    def update_item(self, row: int, item: ItemDraft) -> None:
        """Replace one row's item in place (no reset: the selection stays)."""
        self._rows[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_bad_rows(self, rows: set[int]) -> None:
        changed = rows ^ self._bad_rows
        self._bad_rows = {row for row in rows if 0 <= row < len(self._rows)}
        for row in sorted(changed):
            if 0 <= row < len(self._rows):
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def items(self) -> list[ItemDraft]:
        return self.rows()

    def item_at(self, row: int) -> ItemDraft:
        return self.row_at(row)  # type: ignore[no-any-return]

    # --- table ---------------------------------------------------------------------------------

    def text(self, row: int, column: int) -> str:
        if column == 0:
            return str(row + 1)
        return str(self._columns[column][1](self._rows[row]))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        item: ItemDraft = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [
                translate("ui.routines.models", "{name} ({mode})").format(
                    name=_item_name(item), mode=mode_label(item.mode)
                ),
                self.text(row, 3),
            ]
            if item.note:
                parts.append(data_text(item.note))
            if item.weight_kg is not None:
                parts.append(
                    translate("ui.routines.models", "target {weight}").format(
                        weight=weight_text(item.weight_kg, self.weight_unit)
                    )
                )
            if item.defaults:
                from ui.routines.item_panel import label

                parts.append(
                    translate("ui.routines.models", "* our default: {fields}").format(
                        fields=", ".join(label(field) for field in item.defaults)
                    )
                )
            if row in self._bad_rows:
                parts.append(
                    translate(
                        "ui.routines.models",
                        "This item has a problem: select it to see which field.",
                    )
                )
            return "\n".join(parts)
        if role == Qt.ItemDataRole.ForegroundRole and row in self._bad_rows:
            return QBrush(QColor(theme.text_colour("error")))
        if role == Qt.ItemDataRole.BackgroundRole and item.circuit is not None:
            return QBrush(QColor(theme.band_colour(0 if item.circuit % 2 else 1)))
        if role == SORT_ROLE:
            return None  # items keep the draft's order
        return super().data(index, role)

    # --- drag and drop -------------------------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        # One item moves at a time: the first selected row.
        data.setData(ITEM_MIME, QByteArray(str(rows[0] if rows else -1).encode("ascii")))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        return data.hasFormat(ITEM_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """Drop before `row` (or onto `parent`'s row); asks the owner to move the item there."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            source = int(bytes(data.data(ITEM_MIME).data()).decode("ascii"))
        except ValueError:
            return False
        if not 0 <= source < len(self._rows):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        # `row` is an insertion point among the current rows; after taking the item out,
        # everything below it shifts up by one.
        target = row - 1 if row > source else row
        target = max(0, min(target, len(self._rows) - 1))
        if target != source:
            self.move_requested.emit(source, target)
        # The move is done by the owner; return False so the view removes nothing itself.
        return False


def _exercise_text(ex: ExerciseRow) -> str:
    if ex.per_side:
        said = translate("ui.routines.models", "{name}  ({kind}, {mode}, per side)")
    else:
        said = translate("ui.routines.models", "{name}  ({kind}, {mode})")
    return said.format(name=data_text(ex.name), kind=kind_label(ex.kind), mode=mode_label(ex.mode))


class ExerciseListModel(RowTableModel):
    """Library exercises (ExerciseRow) for the picker: name, with kind, mode and side."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([(translate("ui.routines.models", "Exercise"), _exercise_text)], parent)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        ex: ExerciseRow = self._rows[index.row()]
        if role == SORT_ROLE:
            return data_text(ex.name).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return data_text(ex.summary) or data_text(ex.name)
        return super().data(index, role)


class ExerciseFilterProxy(QSortFilterProxyModel):
    """Every typed word must appear in the name, slug, kind, mode, muscles or equipment."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        ex = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if ex is None:
            return False
        shown = [
            data_text(ex.name),
            kind_label(ex.kind),
            mode_label(ex.mode),
            *(muscle_label(m) for m in ex.muscles),
            *(equipment_label(q) for q in ex.equipment),
        ]
        stored = [ex.name, ex.slug, ex.kind, ex.mode, *ex.muscles, *ex.equipment]
        hay = " ".join(dict.fromkeys([*stored, *shown])).casefold()
        return all(word in hay for word in self._words)
