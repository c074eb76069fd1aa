"""Models of the History tab: the lazily paged workout list and one workout's sets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt

from core import i18n
from core.clock import local_zone
from core.formatting import duration_text, weight_text
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.insight.history import SetRow, WorkoutSummary
from core.library.localized import data_text
from core.units import display_number
from core.workout.plan import shown_workout_name
from core.workout.steps import side_word
from ui.models import ROW_ROLE, SORT_ROLE, AnyIndex, RowTableModel

PAGE_SIZE = 100
_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, ROW_ROLE, SORT_ROLE, Qt.ItemDataRole.TextAlignmentRole}
)

PageLoader = Callable[[int, int], list[WorkoutSummary]]  # (offset, limit) -> rows


def length_text(seconds: float | None) -> str:
    """A workout's length, or 'unfinished' while it has no end."""
    if seconds is None:
        return translate("ui.history.models", "unfinished")
    return duration_text(seconds)


def local_text(when: datetime, tz: ZoneInfo) -> str:
    """A moment in the person's zone, as the list shows it: 'Mon 03 Mar 2025  18:00' (the
    language's day and month names, in its order)."""
    return i18n.strftime(when.astimezone(tz), translate("ui.history.models", "%a %d %b %Y  %H:%M"))


def workout_name(routine_name: str | None, name: str | None) -> str:
    """What a workout is called on screen: its routine's name, else its own, else "Workout"
    (core.workout.plan.shown_workout_name: in the language in use)."""
    return shown_workout_name(routine_name or name)


# Stored set types as a person reads them after the set's number ("normal" says nothing).
SET_TYPE_WORDS = {
    "warmup": QT_TRANSLATE_NOOP("ui.history.models", "warmup"),
    "dropset": QT_TRANSLATE_NOOP("ui.history.models", "dropset"),
    "failure": QT_TRANSLATE_NOOP("ui.history.models", "failure"),
}


class WorkoutListModel(RowTableModel):
    """Past workouts, newest first, fetched from core in pages of PAGE_SIZE as the view
    scrolls (canFetchMore/fetchMore); the first page is loaded on reset. Display texts are
    formatted once per row as it is loaded."""

    # Marked here, translated when a model is made (after the language is chosen).
    HEADERS = (
        QT_TRANSLATE_NOOP("ui.history.models", "Date"),
        QT_TRANSLATE_NOOP("ui.history.models", "Routine"),
        QT_TRANSLATE_NOOP("ui.history.models", "Duration"),
        QT_TRANSLATE_NOOP("ui.history.models", "Sets"),
        QT_TRANSLATE_NOOP("ui.history.models", "Volume"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (translate("ui.history.models", h), partial(self._sort_value, c))
                for c, h in enumerate(self.HEADERS)
            ],
            parent,
        )
        self._rows: list[WorkoutSummary] = []
        self._texts: list[tuple[str, ...]] = []  # display texts, formatted once per row
        self._total = 0
        self._loader: PageLoader | None = None
        self.weight_unit = "kg"
        self.tz = local_zone()

    # -- loading ------------------------------------------------------------------------------

    def reset(
        self, loader: PageLoader, total: int, *, weight_unit: str = "kg", tz: ZoneInfo | None = None
    ) -> None:
        self.beginResetModel()
        self._loader = loader
        self._total = total
        self.weight_unit = weight_unit
        if tz is not None:
            self.tz = tz
        self._rows = loader(0, PAGE_SIZE) if total else []
        self._texts = [self._row_texts(r) for r in self._rows]
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show exactly these rows, with no more pages to fetch."""
        self.reset(lambda offset, _limit: [] if offset else list(rows), len(rows))

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._loader is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._loader is not None
        more = self._loader(len(self._rows), PAGE_SIZE)
        if not more:  # rows were deleted meanwhile: stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self._texts.extend(self._row_texts(r) for r in more)
        self.endInsertRows()

    def fetch_until(self, workout_id: int) -> int | None:
        """Load pages until the workout is loaded; its row, or None when it is not there."""
        while True:
            row = self.row_of(workout_id)
            if row is not None or not self.canFetchMore():
                return row
            before = len(self._rows)
            self.fetchMore()
            if len(self._rows) == before:
                return None

    # -- access -------------------------------------------------------------------------------

    def row_of(self, workout_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == workout_id:
                return i
        return None

    def _value(self, row: WorkoutSummary, column: int) -> tuple[str, Any]:
        if column == 0:
            return local_text(row.started_at, self.tz), row.started_at
        if column == 1:
            name = workout_name(row.routine_name, row.name)
            return name, name.casefold()
        if column == 2:
            return length_text(row.duration_s), row.duration_s or 0.0
        if column == 3:
            return str(row.sets), row.sets
        volume = weight_text(row.volume_kg, self.weight_unit) if row.volume_kg else "—"
        return volume, row.volume_kg

    def _sort_value(self, column: int, row: WorkoutSummary) -> Any:
        return self._value(row, column)[1]

    def _row_texts(self, row: WorkoutSummary) -> tuple[str, ...]:
        return tuple(self._value(row, c)[0] for c in range(len(self.HEADERS)))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        r = index.row()
        if not 0 <= r < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[r][index.column()]
        row = self._rows[r]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_value(index.column(), row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# --- one workout's sets ----------------------------------------------------------------------


KM_PER_MI = 1.609344


def minutes_text(seconds: float) -> str:
    """A duration activity's time, in minutes as it is logged: '30 min', '12.5 min' ('12,5 min'
    in German)."""
    return f"{display_number(seconds / 60, 1)} min"


def distance_text(km: float, unit: str) -> str:
    """A stored distance (km) in the person's distance unit, to 0.01: '5 km', '3.11 mi'."""
    value = km / KM_PER_MI if unit == "mi" else km
    return f"{display_number(value, 2)} {unit}"


def _amount(
    reps: int | None, weight: float | None, seconds: float | None, unit: str, mode: str
) -> str:
    parts = []
    if mode == "duration":
        if seconds is not None:
            parts.append(minutes_text(seconds))
    else:
        if reps is not None:
            if weight:
                parts.append(f"{reps} × {weight_text(weight, unit)}")
            else:
                parts.append(translate("ui.history.models", "%n rep(s)", None, reps))
        elif weight:
            parts.append(weight_text(weight, unit))
        if seconds is not None:
            if mode == "hold":
                parts.append(
                    translate("ui.history.models", "{time} hold").format(
                        time=duration_text(seconds)
                    )
                )
            else:
                parts.append(duration_text(seconds))
    return ", ".join(parts) or "—"


def target_text(row: SetRow, unit: str) -> str:
    seconds = None if row.target_seconds is None else float(row.target_seconds)
    if row.target_reps is None and row.target_weight_kg is None and seconds is None:
        return "—"
    return _amount(row.target_reps, row.target_weight_kg, seconds, unit, row.exercise_mode)


def done_text(row: SetRow, unit: str, distance_unit: str = "km") -> str:
    text = _amount(row.reps, row.weight_kg, row.duration_seconds, unit, row.exercise_mode)
    if row.distance_km:
        text += f", {distance_text(row.distance_km, distance_unit)}"
    return text


def set_label(row: SetRow) -> str:
    """ "Set 2", "Set 2 (left)", "Set 1 · warmup"."""
    if row.side:
        label = translate("ui.history.models", "Set {number} ({side})").format(
            number=row.set_number, side=side_word("left" if row.side == "left" else "right")
        )
    else:
        label = translate("ui.history.models", "Set {number}").format(number=row.set_number)
    if row.set_type != "normal":
        words = SET_TYPE_WORDS.get(row.set_type)
        kind = row.set_type if words is None else translate("ui.history.models", words)
        label += f" · {kind}"
    return label


class SetTableModel(RowTableModel):
    """The sets of one workout, target beside what was done, weights in the person's unit."""

    def __init__(self, parent: Any = None) -> None:
        self.weight_unit = "kg"
        self.distance_unit = "km"
        super().__init__(
            [
                (translate("ui.history.models", "Exercise"), lambda r: data_text(r.exercise_name)),
                (translate("ui.history.models", "Set"), set_label),
                (
                    translate("ui.history.models", "Target"),
                    lambda r: target_text(r, self.weight_unit),
                ),
                (
                    translate("ui.history.models", "Done"),
                    lambda r: done_text(r, self.weight_unit, self.distance_unit),
                ),
                (
                    translate("ui.history.models", "RPE"),
                    lambda r: "" if r.rpe is None else display_number(r.rpe, 1),
                ),
                (translate("ui.history.models", "Note"), lambda r: r.note),
            ],
            parent,
        )

    def set_weight_unit(self, unit: str, distance_unit: str | None = None) -> None:
        self.beginResetModel()
        self.weight_unit = unit
        if distance_unit is not None:
            self.distance_unit = distance_unit
        self.endResetModel()

    def row_of(self, set_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == set_id:
                return i
        return None
