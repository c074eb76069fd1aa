"""The Library tab's models: the exercise table (rows are exercise_to_json dicts) and its filter.

Archived exercises are filtered out unless the person asks to see them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from core.formatting import prescription_text
from ui.models import ROW_ROLE, SORT_ROLE, AnyIndex, RowTableModel


def _names(values: Sequence[str]) -> str:
    return ", ".join(values)


LIBRARY_COLUMNS: list[tuple[str, Callable[[dict[str, Any]], Any]]] = [
    ("Name", lambda e: e["name"] + (" (archived)" if e.get("archived") else "")),
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
        self._show_archived = False
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

    def set_show_archived(self, shown: bool) -> None:
        """Archived exercises are hidden unless shown (the person's choice, kept on Clear)."""
        self.beginFilterChange()
        self._show_archived = shown
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
        if entry.get("archived") and not self._show_archived:
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
