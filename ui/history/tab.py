"""The History tab: past workouts (newest first, loaded page by page), one workout's sets
beside their targets, and corrections: edit or delete a set, delete a workout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.bounds import LOGGED_SET, InputError, label, number_bound, parse_number, parse_weight
from core.changes import Changes
from core.clock import local_zone
from core.insight import history
from core.insight.history import SetRow, WorkoutSummary
from core.store.settings import load_settings
from core.units import display_number, kg_to
from ui import dialogs, theme
from ui.base_tab import BaseTab
from ui.history.models import PAGE_SIZE, SetTableModel, WorkoutListModel, length_text, local_text
from ui.widgets.layout import column, splitter
from ui.widgets.set_form import (
    distance_unit_for,
    duration_field_text,
    duration_label,
    parse_duration,
)


class HistoryTab(BaseTab):
    title = "History"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = local_zone()
        self.weight_unit = "kg"
        self._detail: history.WorkoutDetail | None = None

        self.workouts_model = WorkoutListModel(self)
        self.workouts_view = QTableView()
        self.workouts_view.setModel(self.workouts_model)
        self._setup_view(self.workouts_view)
        # no stretched last column: Qt keeps a stretched section at least 100 px wide, which
        # pushed Volume behind a scroll bar; the list is as wide as its columns instead
        self.workouts_view.horizontalHeader().setStretchLastSection(False)
        self.workouts_view.setToolTip("Past workouts, newest first; more load as you scroll")
        self.workouts_view.setAccessibleName("Past workouts")

        self.sets_model = SetTableModel(self)
        self.sets_view = QTableView()
        self.sets_view.setModel(self.sets_model)
        self._setup_view(self.sets_view)
        self.sets_view.setAccessibleName("Sets of the chosen workout")

        self.heading = QLabel("Choose a workout to see its sets.")
        self.heading.setWordWrap(True)
        self.count_label = QLabel("")

        self.delete_workout_button = QPushButton("Delete workout…")
        self.delete_workout_button.setShortcut("Shift+Del")
        self.delete_workout_button.setToolTip("Delete this workout and all its sets (Shift+Del)")
        self.delete_workout_button.clicked.connect(self.delete_selected_workout)

        # the edit form
        self.reps_edit = QLineEdit()
        self.weight_edit = QLineEdit()
        self.seconds_edit = QLineEdit()
        self.rpe_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.weight_label = QLabel("Weight (kg)")
        self.seconds_label = QLabel("Seconds")
        self.errors: dict[str, QLabel] = {}
        # keyed by the stored attribute names, as core's InputError.field names them
        self.edits: dict[str, QLineEdit] = {
            "reps": self.reps_edit,
            "weight_kg": self.weight_edit,
            "duration_seconds": self.seconds_edit,
            "rpe": self.rpe_edit,
            "note": self.note_edit,
        }
        form = QFormLayout()
        for key, label_widget, tip in (
            ("reps", QLabel("Reps"), "Reps done (empty for none)"),
            ("weight_kg", self.weight_label, "Weight used (empty: bodyweight)"),
            ("duration_seconds", self.seconds_label, "Seconds held, or minutes of an activity"),
            ("rpe", QLabel("RPE"), "Rate of perceived exertion, 1 to 10"),
            ("note", QLabel("Note"), "A note on this set"),
        ):
            edit = self.edits[key]
            edit.setToolTip(tip)
            error = QLabel("")
            theme.paint_text(error, "error")
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            cell = QVBoxLayout()
            cell.setContentsMargins(0, 0, 0, 0)
            cell.addWidget(edit)
            cell.addWidget(error)
            # the label and its field side by side in one widget: a screen reader names the
            # field by its buddy label only when they share a parent
            form.addRow(label_widget, cell)
            label_widget.setBuddy(edit)
            edit.returnPressed.connect(self.save_set)
        self.save_button = QPushButton("Save set")
        self.save_button.setShortcut("Ctrl+Return")
        self.save_button.setToolTip("Save the corrections to this set (Ctrl+Enter)")
        self.save_button.clicked.connect(self.save_set)
        self.delete_set_button = QPushButton("Delete set…")
        self.delete_set_button.setShortcut("Del")
        self.delete_set_button.setToolTip("Delete the selected set (Del)")
        self.delete_set_button.clicked.connect(self.delete_selected_set)
        self.status = QLabel("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_set_button)
        buttons.addStretch(1)
        form_box = QGroupBox("Selected set")
        box_layout = QVBoxLayout(form_box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.status)
        self.form_box = form_box

        left = column(self.count_label, self.workouts_view)
        head_row = QHBoxLayout()
        head_row.addWidget(self.heading, 1)
        head_row.addWidget(self.delete_workout_button)
        right = column(head_row, (self.sets_view, 1), form_box)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter((left, 2), (right, 3)))

        self.workouts_view.selectionModel().currentRowChanged.connect(self._on_workout_row)
        # the selection, not the current row: a click makes the row current before it is
        # selected, and the form follows the selected set
        self.sets_view.selectionModel().selectionChanged.connect(self._on_set_row)
        self._show_detail(None)

    @staticmethod
    def _setup_view(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setStretchLastSection(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # size columns from the first rows only (the default looks at 1000 rows per layout)
        header.setResizeContentsPrecision(40)
        # never narrower than a short header plus its sort arrow ("Sets", "RPE" stay whole)
        header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("Sets") + 28)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)

    # -- BaseTab ------------------------------------------------------------------------------

    def is_affected_by(self, changes: Changes) -> bool:
        return changes.workouts or changes.settings or changes.routines or changes.library

    def refresh(self) -> None:
        assert self.db is not None
        keep_workout = self.selected_workout_id()
        keep_set = self.selected_set_id()
        self._detail = None
        settings, total = self.ops.read(
            lambda s: (load_settings(session=s), history.count_workouts(session=s))
        )
        self.weight_unit = settings.weight_unit

        def load(offset: int, limit: int) -> list[WorkoutSummary]:
            return self.ops.read(
                lambda s: history.list_workouts(session=s, offset=offset, limit=limit)
            )

        self.workouts_model.reset(load, total, weight_unit=self.weight_unit, tz=self.tz)
        self._fit_workouts_column()
        self.sets_model.set_weight_unit(self.weight_unit, distance_unit_for(settings.length_unit))
        self.weight_label.setText(f"Weight ({self.weight_unit})")
        self.count_label.setText(
            "No workouts yet." if total == 0 else f"{total} workout{'s' if total != 1 else ''}"
        )
        if keep_workout is not None and self.select_workout(keep_workout):
            if keep_set is not None:
                self.select_set(keep_set)
        else:
            self._show_detail(None)

    def _fit_workouts_column(self) -> None:
        """The workout list is at least as wide as its columns (no column behind a scroll
        bar at 1280x800), at most half the window. Each column's width is measured on the
        rows the header sizes it from (its resize precision), not only the rows on screen."""
        view = self.workouts_view
        header = view.horizontalHeader()
        model = self.workouts_model
        rows = min(model.rowCount(), max(header.resizeContentsPrecision(), 1))
        grid = 1 if view.showGrid() else 0
        width = 0
        for c in range(model.columnCount()):
            cells = (view.sizeHintForIndex(model.index(r, c)).width() + grid for r in range(rows))
            width += max(header.sectionSizeHint(c), header.minimumSectionSize(), *cells)
        width += view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth() + 4
        view.setMinimumWidth(min(width, 620))

    # -- selection ----------------------------------------------------------------------------

    def selected_workout_id(self) -> int | None:
        index = self.workouts_view.selectionModel().currentIndex()
        if not index.isValid() or not self.workouts_view.selectionModel().hasSelection():
            return None
        return self.workouts_model.row_at(index.row()).id

    def selected_set(self) -> SetRow | None:
        index = self.sets_view.selectionModel().currentIndex()
        if not index.isValid() or not self.sets_view.selectionModel().hasSelection():
            return None
        row: SetRow = self.sets_model.row_at(index.row())
        return row

    def selected_set_id(self) -> int | None:
        row = self.selected_set()
        return None if row is None else row.id

    def select_workout(self, workout_id: int) -> bool:
        """Select a workout (loading pages as needed) and show its sets."""
        row = self.workouts_model.fetch_until(workout_id)
        if row is None:
            return False
        index = self.workouts_model.index(row, 0)
        self.workouts_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.workouts_view.scrollTo(index)
        if self._detail is None or self._detail.id != workout_id:
            self._load_detail(workout_id)
        return True

    def select_set(self, set_id: int) -> bool:
        row = self.sets_model.row_of(set_id)
        if row is None:
            return False
        self.sets_view.selectionModel().setCurrentIndex(
            self.sets_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _on_workout_row(self, current: object, _previous: object) -> None:
        index = self.workouts_view.selectionModel().currentIndex()
        if not index.isValid():
            self._show_detail(None)
            return
        self._load_detail(self.workouts_model.row_at(index.row()).id)

    def _load_detail(self, workout_id: int) -> None:
        try:
            detail = self.ops.read(lambda s: history.workout_detail(workout_id, session=s))
        except LookupError:
            detail = None
        self._show_detail(detail)

    def _show_detail(self, detail: history.WorkoutDetail | None) -> None:
        self._detail = detail
        self.sets_model.set_rows(list(detail.sets) if detail else [])
        self.delete_workout_button.setEnabled(detail is not None)
        if detail is None:
            self.heading.setText("Choose a workout to see its sets.")
        else:
            summary = self.workouts_model.row_of(detail.id)
            length = ""
            if summary is not None:
                length = " · " + length_text(self.workouts_model.row_at(summary).duration_s)
            when = local_text(detail.started_at, self.tz)
            name = detail.routine_name or detail.name or "Workout"
            self.heading.setText(f"<b>{name}</b> — {when}{length} · {len(detail.sets)} sets")
        self._fill_form(None)

    def _on_set_row(self, current: object, _previous: object) -> None:
        self._fill_form(self.selected_set())

    def _fill_form(self, row: SetRow | None) -> None:
        for error in self.errors.values():
            error.clear()
            error.hide()
        self.status.clear()
        enabled = row is not None
        self.form_box.setEnabled(enabled)
        mode = row.exercise_mode if row is not None else "reps"
        self.seconds_label.setText(duration_label(mode))
        if row is None:
            for edit in self.edits.values():
                edit.clear()
            return
        point = QLocale().decimalPoint()

        def num(value: float | None, decimals: int = 2) -> str:
            return "" if value is None else display_number(value, decimals).replace(".", point)

        self.reps_edit.setText("" if row.reps is None else str(row.reps))
        self.weight_edit.setText(
            "" if row.weight_kg is None else num(kg_to(row.weight_kg, self.weight_unit))
        )
        self.seconds_edit.setText(duration_field_text(row.duration_seconds, mode, point))
        self.rpe_edit.setText(num(row.rpe, 1))
        self.note_edit.setText(row.note)

    # -- writes -------------------------------------------------------------------------------

    def _show_error(self, exc: InputError) -> None:
        """The message beside the field it names (the note's place for any other field)."""
        error = self.errors.get(exc.field, self.errors["note"])
        words = label(exc.field)
        error.setText(f"{words[:1].upper()}{words[1:]} {exc.message}")
        error.show()

    def _parse_form(self, row: SetRow) -> dict[str, float | int | None] | None:
        """The numbers typed, as stored (weights in kg); None, with every refused field's
        message shown, when any is refused."""
        point = QLocale().decimalPoint()

        def number(field: str) -> Callable[[str], float | int | None]:
            bound = number_bound(LOGGED_SET, field)
            return lambda text: parse_number(
                text, field=field, bound=bound, decimal_point=point, required=False
            )

        parsers = {field: number(field) for field in ("reps", "rpe")}
        parsers["duration_seconds"] = lambda text: parse_duration(
            text, row.exercise_mode, decimal_point=point
        )
        parsers["weight_kg"] = lambda text: parse_weight(
            text,
            field="weight_kg",
            unit=self.weight_unit,
            bound=number_bound(LOGGED_SET, "weight_kg"),
            decimal_point=point,
        )
        values: dict[str, float | int | None] = {}
        refused = False
        for field, parse in parsers.items():
            try:
                values[field] = parse(self.edits[field].text())
            except InputError as exc:
                self._show_error(exc)
                refused = True
        if refused:
            return None
        weight = values["weight_kg"]
        if (
            weight is not None
            and row.weight_kg is not None
            and abs(kg_to(weight, self.weight_unit) - kg_to(row.weight_kg, self.weight_unit))
            < 0.005
        ):
            values["weight_kg"] = row.weight_kg  # unchanged as shown: keep the stored value
        shown = duration_field_text(row.duration_seconds, row.exercise_mode, point)
        if row.duration_seconds is not None and self.seconds_edit.text() == shown:
            values["duration_seconds"] = row.duration_seconds  # 95 s shown as 1.58 min stays 95
        return values

    def save_set(self) -> bool:
        """Save the form to the selected set; False (nothing saved) when a field is refused."""
        row = self.selected_set()
        if row is None or self.db is None:
            return False
        for error in self.errors.values():
            error.clear()
            error.hide()
        values = self._parse_form(row)
        if values is None:
            self.status.setText("Nothing saved: correct the fields in red.")
            return False
        note = self.note_edit.text()

        def refused(exc: Exception) -> None:
            if isinstance(exc, InputError):
                self._show_error(exc)
                self.status.setText("Nothing saved: correct the fields in red.")
            else:  # the set was deleted meanwhile
                self.refresh_now()
                self.status.setText("This set no longer exists.")

        saved = self.ops.write(
            lambda s: history.update_logged_set(
                row.id,
                session=s,
                reps=None if values["reps"] is None else int(values["reps"]),
                weight_kg=values["weight_kg"],
                duration_seconds=values["duration_seconds"],
                rpe=values["rpe"],
                note=note,
            ),
            initiator=self,
            on_error=refused,
        )
        if saved is None:
            return False
        self.refresh_now()
        self.status.setText("Saved.")
        return True

    def delete_selected_set(self) -> bool:
        row = self.selected_set()
        if row is None or self.db is None:
            return False
        if not dialogs.confirm_delete(self, f"{row.exercise_name}, set {row.set_number}"):
            return False
        # already deleted elsewhere: nothing to say, the reload below shows it gone
        self.ops.write(
            lambda s: history.delete_logged_set(row.id, session=s),
            initiator=self,
            on_error=lambda _exc: None,
        )
        self.refresh_now()
        return True

    def delete_selected_workout(self) -> bool:
        workout_id = self.selected_workout_id()
        if workout_id is None or self.db is None:
            return False
        summary = self.workouts_model.row_at(self.workouts_model.row_of(workout_id) or 0)
        name = f"{summary.routine_name or summary.name or 'Workout'} of {local_text(summary.started_at, self.tz)}"
        if not dialogs.confirm_delete(self, name):
            return False
        self.ops.write(
            lambda s: history.delete_workout(workout_id, session=s),
            initiator=self,
            on_error=lambda _exc: None,
        )
        self.workouts_view.selectionModel().clear()
        self.refresh_now()
        return True


__all__ = ["PAGE_SIZE", "HistoryTab"]
