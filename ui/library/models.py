"""The Library tab's models: the exercise table (rows are exercise_to_json dicts) and its filter,
and the names a person reads for the library's stored words (kinds, modes, impacts, muscles,
equipment): the database keeps the English keys, the screen shows `kind_label(...)` etc.

Archived exercises are filtered out unless the person asks to see them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from core.formatting import prescription_text
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.library.localized import data_text
from ui.models import ROW_ROLE, SORT_ROLE, AnyIndex, RowTableModel

# Stored value -> the English a person reads (translated at use by the functions below).
KIND_NAMES = {
    "strength": QT_TRANSLATE_NOOP("ui.library.models", "strength"),
    "cardio": QT_TRANSLATE_NOOP("ui.library.models", "cardio"),
    "mobility": QT_TRANSLATE_NOOP("ui.library.models", "mobility"),
    "recovery": QT_TRANSLATE_NOOP("ui.library.models", "recovery"),
}
MODE_NAMES = {
    "reps": QT_TRANSLATE_NOOP("ui.library.models", "reps"),
    "hold": QT_TRANSLATE_NOOP("ui.library.models", "hold"),
    "duration": QT_TRANSLATE_NOOP("ui.library.models", "duration"),
}
IMPACT_NAMES = {
    "low": QT_TRANSLATE_NOOP("ui.library.models", "low"),
    "medium": QT_TRANSLATE_NOOP("ui.library.models", "medium"),
    "high": QT_TRANSLATE_NOOP("ui.library.models", "high"),
}
MUSCLE_NAMES = {
    "glutes": QT_TRANSLATE_NOOP("ui.library.models", "glutes"),
    "hamstrings": QT_TRANSLATE_NOOP("ui.library.models", "hamstrings"),
    "quads": QT_TRANSLATE_NOOP("ui.library.models", "quads"),
    "calves": QT_TRANSLATE_NOOP("ui.library.models", "calves"),
    "hips": QT_TRANSLATE_NOOP("ui.library.models", "hips"),
    "core": QT_TRANSLATE_NOOP("ui.library.models", "core"),
    "lower-back": QT_TRANSLATE_NOOP("ui.library.models", "lower-back"),
    "upper-back": QT_TRANSLATE_NOOP("ui.library.models", "upper-back"),
    "shoulders": QT_TRANSLATE_NOOP("ui.library.models", "shoulders"),
    "chest": QT_TRANSLATE_NOOP("ui.library.models", "chest"),
    "arms": QT_TRANSLATE_NOOP("ui.library.models", "arms"),
    "full-body": QT_TRANSLATE_NOOP("ui.library.models", "full-body"),
}
# the shipped library's equipment; a person's own is shown as typed
EQUIPMENT_NAMES = {
    "ball": QT_TRANSLATE_NOOP("ui.library.models", "ball"),
    "barbell": QT_TRANSLATE_NOOP("ui.library.models", "barbell"),
    "bench": QT_TRANSLATE_NOOP("ui.library.models", "bench"),
    "bicycle": QT_TRANSLATE_NOOP("ui.library.models", "bicycle"),
    "chair": QT_TRANSLATE_NOOP("ui.library.models", "chair"),
    "dumbbells": QT_TRANSLATE_NOOP("ui.library.models", "dumbbells"),
    "mat": QT_TRANSLATE_NOOP("ui.library.models", "mat"),
    "oil": QT_TRANSLATE_NOOP("ui.library.models", "oil"),
    "pool": QT_TRANSLATE_NOOP("ui.library.models", "pool"),
    "racket": QT_TRANSLATE_NOOP("ui.library.models", "racket"),
    "stability-ball": QT_TRANSLATE_NOOP("ui.library.models", "stability-ball"),
    "stairs": QT_TRANSLATE_NOOP("ui.library.models", "stairs"),
}


def _name(table: dict[str, str], value: str) -> str:
    english = table.get(value)
    return value if english is None else translate("ui.library.models", english)


def kind_label(kind: str) -> str:
    """'strength' -> 'strength' ('Kraft' in German); unknown values as they are."""
    return _name(KIND_NAMES, kind)


def mode_label(mode: str) -> str:
    return _name(MODE_NAMES, mode)


def impact_label(impact: str) -> str:
    return _name(IMPACT_NAMES, impact)


def muscle_label(muscle: str) -> str:
    return _name(MUSCLE_NAMES, muscle)


def equipment_label(equipment: str) -> str:
    return _name(EQUIPMENT_NAMES, equipment)


def no_equipment_text() -> str:
    """What the equipment of an exercise that needs none reads."""
    return translate("ui.library.models", "none")


def equipment_text(values: Sequence[str]) -> str:
    """'mat, dumbbells' in the language in use, or 'none'."""
    return ", ".join(equipment_label(v) for v in values) or no_equipment_text()


def capitalized(text: str) -> str:
    """The first letter upper case, the rest as it is ('strength' -> 'Strength')."""
    return text[:1].upper() + text[1:]


def _key_of(table: dict[str, str], word: str) -> str:
    """The stored value a person's word stands for: a key, its English or its translation."""
    folded = word.casefold()
    for key, english in table.items():
        if folded in (key, english.casefold(), translate("ui.library.models", english).casefold()):
            return key
    return word


def muscle_keys(words: Iterable[str]) -> tuple[str, ...]:
    """Muscles typed as a person reads them ('Gesäß') as the library stores them ('glutes')."""
    return tuple(_key_of(MUSCLE_NAMES, w) for w in words)


def equipment_keys(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(_key_of(EQUIPMENT_NAMES, w) for w in words)


def _name_text(entry: dict[str, Any]) -> str:
    name = data_text(entry["name"])
    if entry.get("archived"):
        return translate("ui.library.models", "{name} (archived)").format(name=name)
    return name


def _mode_text(entry: dict[str, Any]) -> str:
    mode = mode_label(entry["mode"])
    if entry["per_side"]:
        return translate("ui.library.models", "{mode} · per side").format(mode=mode)
    return mode


def library_columns() -> list[tuple[str, Callable[[dict[str, Any]], Any]]]:
    """The table's (header, cell) pairs, in the language in use."""
    return [
        (translate("ui.library.models", "Name"), _name_text),
        (translate("ui.library.models", "Kind"), lambda e: kind_label(e["kind"])),
        (translate("ui.library.models", "Mode"), _mode_text),
        (translate("ui.library.models", "Prescription"), prescription_text),
        (translate("ui.library.models", "Impact"), lambda e: impact_label(e.get("impact") or "")),
        (translate("ui.library.models", "Equipment"), lambda e: equipment_text(e["equipment"])),
    ]


def search_text(entry: dict[str, Any]) -> str:
    """What the search looks in: the stored words and the ones a person reads, case-folded."""
    words = [entry["name"], entry["slug"], entry["kind"], *entry["muscles"], *entry["equipment"]]
    shown = [
        data_text(entry["name"]),
        kind_label(entry["kind"]),
        *(muscle_label(m) for m in entry["muscles"]),
        *(equipment_label(q) for q in entry["equipment"]),
    ]
    return " ".join(dict.fromkeys([*words, *shown])).casefold()


class LibraryTableModel(RowTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(library_columns(), parent)

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
        haystack = search_text(entry)
        return all(word in haystack for word in self._text.split())
