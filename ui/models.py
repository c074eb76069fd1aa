"""Table models over plain rows from core (DESIGN.md rule 6).

Each model holds a list of plain dicts/dataclasses; `Qt.UserRole` returns the whole row so views
and proxies never reach into the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from core.formatting import prescription_text

ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of rows, one column per (header, getter) pair."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[Any], Any]]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        value = self._columns[index.column()][1](row)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section][0]
        return None


def _names(values: Sequence[str]) -> str:
    return ", ".join(values)


LIBRARY_COLUMNS: list[tuple[str, Callable[[dict[str, Any]], Any]]] = [
    ("Name", lambda e: e["name"]),
    ("Kind", lambda e: e["kind"]),
    ("Mode", lambda e: e["mode"] + (" · per side" if e["per_side"] else "")),
    ("Prescription", prescription_text),
    ("Impact", lambda e: e.get("impact") or ""),
    ("Equipment", lambda e: _names(e["equipment"]) or "none"),
]


class LibraryTableModel(RowTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(LIBRARY_COLUMNS, parent)

    def row_of_slug(self, slug: str) -> int | None:
        for i, entry in enumerate(self._rows):
            if entry["slug"] == slug:
                return i
        return None


class LibraryFilterProxy(QSortFilterProxyModel):
    """Search text (name, slug, muscles, equipment) combined with exact-value filters."""

    FILTER_FIELDS = ("muscle", "equipment", "mode", "impact", "source")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._filters: dict[str, str | None] = dict.fromkeys(self.FILTER_FIELDS)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter(self, field: str, value: str | None) -> None:
        if field not in self._filters:
            raise KeyError(field)
        self.beginFilterChange()
        self._filters[field] = value or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def clear_all(self) -> None:
        self.beginFilterChange()
        self._text = ""
        self._filters = dict.fromkeys(self.FILTER_FIELDS)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        entry = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if entry is None:
            return False
        f = self._filters
        if f["muscle"] and f["muscle"] not in entry["muscles"]:
            return False
        if f["equipment"]:
            wanted = f["equipment"]
            if wanted == "none" and entry["equipment"]:
                return False
            if wanted != "none" and wanted not in entry["equipment"]:
                return False
        if f["mode"] and entry["mode"] != f["mode"]:
            return False
        if f["impact"] and entry.get("impact") != f["impact"]:
            return False
        if f["source"] and f["source"] not in entry["sources"]:
            return False
        if not self._text:
            return True
        haystack = " ".join(
            [entry["name"], entry["slug"], entry["kind"], *entry["muscles"], *entry["equipment"]]
        ).casefold()
        return all(word in haystack for word in self._text.split())
