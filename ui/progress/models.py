"""Models of the Progress tab: the exercises with history (the picker) and one's records."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from core import i18n
from core.i18n import translate
from core.insight.trends import ExerciseHistory
from core.library.localized import data_text
from ui.models import AnyIndex, RowTableModel

if TYPE_CHECKING:
    from core.insight.records import Record

EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole  # what QComboBox.itemData() reads


def local_day_text(when: Any, tz: ZoneInfo) -> str:
    """The local calendar day of an aware datetime ('' for None), as the language writes a
    day (ISO in English: '2026-03-05')."""
    if when is None:
        return ""
    return i18n.strftime(when.astimezone(tz).date(), translate("ui.progress.models", "%Y-%m-%d"))


class ExerciseListModel(QAbstractListModel):
    """Exercises with history (core.insight.trends.ExerciseHistory), by name: the name shown
    (a shipped exercise's in the language in use), the exercise id as item data, its workouts,
    sets and last day as the tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ExerciseHistory] = []
        self.tz = ZoneInfo("UTC")

    def set_rows(self, rows: Sequence[ExerciseHistory]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ExerciseHistory]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return data_text(row.name)
        if role == EXERCISE_ID_ROLE:
            return row.exercise_id
        if role == Qt.ItemDataRole.ToolTipRole:
            workouts, sets = row.workouts, row.sets
            return translate("ui.progress.models", "{workouts}, {sets}; last on {day}").format(
                workouts=translate("ui.progress.models", "%n workout(s)", None, workouts),
                sets=translate("ui.progress.models", "%n set(s)", None, sets),
                day=local_day_text(row.last_done, self.tz),
            )
        return None


class RecordsModel(RowTableModel):
    """Personal records of one exercise (core.insight.records.Record): the record and its day.

    The label comes from core, already in the person's weight unit ("Heaviest weight: 60 kg ×
    8"); the day is the local calendar day of the workout in which it was set.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (translate("ui.progress.models", "Record"), lambda r: r.label),
                (translate("ui.progress.models", "Set on"), self._day_text),
            ],
            parent,
        )
        self.tz = ZoneInfo("UTC")

    def _day_text(self, record: Record) -> str:
        return local_day_text(record.when, self.tz)
