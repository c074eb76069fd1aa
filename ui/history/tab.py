"""The History tab: past workouts (newest first, loaded page by page), one workout's sets
beside their targets, and corrections: edit or delete a set, delete a workout."""

from __future__ import annotations

from datetime import tzinfo

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
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.bounds import LOGGED_SET, InputError, number_bound, parse_number
from core.bounds import parse_weight as parse_weight_text
from core.changes import Changes
from core.insight import history
from core.insight.history import SetRow, WorkoutSummary
from core.store.settings import get_setting
from core.units import display_number, kg_to
from ui import dialogs
from ui.base_tab import BaseTab
from ui.history.models import PAGE_SIZE, SetTableModel, WorkoutListModel, duration_text, local_text

ERROR_STYLE = "color: #c62828;"


class HistoryTab(BaseTab):
    title = "History"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz: tzinfo | None = None  # None: the system's local zone
        self.weight_unit = "kg"
        self._detail: history.WorkoutDetail | None = None

        self.workouts_model = WorkoutListModel(self)
        self.workouts_view = QTableView()
        self.workouts_view.setModel(self.workouts_model)
        self._setup_view(self.workouts_view)
        self.workouts_view.setToolTip("Past workouts, newest first; more load as you scroll")

        self.sets_model = SetTableModel(self)
        self.sets_view = QTableView()
        self.sets_view.setModel(self.sets_model)
        self._setup_view(self.sets_view)

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
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, edit, tip in (
            ("reps", QLabel("Reps"), self.reps_edit, "Reps done (empty for none)"),
            ("weight", self.weight_label, self.weight_edit, "Weight used (empty: bodyweight)"),
            ("seconds", QLabel("Seconds"), self.seconds_edit, "Seconds held or of activity"),
            ("rpe", QLabel("RPE"), self.rpe_edit, "Rate of perceived exertion, 1 to 10"),
            ("note", QLabel("Note"), self.note_edit, "A note on this set"),
        ):
            edit.setToolTip(tip)
            error = QLabel("")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            cell = QVBoxLayout()
            cell.setContentsMargins(0, 0, 0, 0)
            cell.addWidget(edit)
            cell.addWidget(error)
            holder = QWidget()
            holder.setLayout(cell)
            form.addRow(label, holder)
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

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.workouts_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head_row = QHBoxLayout()
        head_row.addWidget(self.heading, 1)
        head_row.addWidget(self.delete_workout_button)
        right_layout.addLayout(head_row)
        right_layout.addWidget(self.sets_view, 1)
        right_layout.addWidget(form_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.workouts_view.selectionModel().currentRowChanged.connect(self._on_workout_row)
        self.sets_view.selectionModel().currentRowChanged.connect(self._on_set_row)
        self._show_detail(None)

    @staticmethod
    def _setup_view(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setStretchLastSection(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # size columns from the first rows only (the default looks at 1000 rows per layout)
        header.setResizeContentsPrecision(40)
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
        db = self.db
        with db.read_scope() as s:
            self.weight_unit = get_setting("weight_unit", session=s)
            total = history.count_workouts(session=s)

        def load(offset: int, limit: int) -> list[WorkoutSummary]:
            with db.read_scope() as session:
                return history.list_workouts(session=session, offset=offset, limit=limit)

        self.workouts_model.reset(load, total, weight_unit=self.weight_unit, tz=self.tz)
        self.sets_model.set_weight_unit(self.weight_unit)
        self.weight_label.setText(f"Weight ({self.weight_unit})")
        self.count_label.setText(
            "No workouts yet." if total == 0 else f"{total} workout{'s' if total != 1 else ''}"
        )
        if keep_workout is not None and self.select_workout(keep_workout):
            if keep_set is not None:
                self.select_set(keep_set)
        else:
            self._show_detail(None)

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
        assert self.db is not None
        try:
            with self.db.read_scope() as s:
                detail = history.workout_detail(workout_id, session=s)
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
                length = " · " + duration_text(self.workouts_model.row_at(summary).duration_s)
                when = local_text(self.workouts_model.row_at(summary), self.tz)
            else:
                when = detail.started_at.astimezone(self.tz).strftime("%a %d %b %Y  %H:%M")
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
        if row is None:
            for edit in (
                self.reps_edit,
                self.weight_edit,
                self.seconds_edit,
                self.rpe_edit,
                self.note_edit,
            ):
                edit.clear()
            return
        point = QLocale().decimalPoint()

        def num(value: float | None, decimals: int = 2) -> str:
            return "" if value is None else display_number(value, decimals).replace(".", point)

        self.reps_edit.setText("" if row.reps is None else str(row.reps))
        self.weight_edit.setText(
            "" if row.weight_kg is None else num(kg_to(row.weight_kg, self.weight_unit))
        )
        self.seconds_edit.setText(num(row.duration_seconds, 1))
        self.rpe_edit.setText(num(row.rpe, 1))
        self.note_edit.setText(row.note)

    # -- writes -------------------------------------------------------------------------------

    def _show_error(self, key: str, message: str) -> None:
        self.errors[key].setText(message)
        self.errors[key].show()

    def save_set(self) -> bool:
        """Save the form to the selected set; False (nothing saved) when a field is refused."""
        row = self.selected_set()
        if row is None or self.db is None:
            return False
        for error in self.errors.values():
            error.clear()
            error.hide()
        point = QLocale().decimalPoint()
        values: dict[str, object] = {}
        bad = False
        parsers = (
            (
                "reps",
                "Reps",
                lambda t: parse_number(
                    t,
                    field="Reps",
                    bound=number_bound(LOGGED_SET, "reps"),
                    decimal_point=point,
                    required=False,
                ),
            ),
            (
                "weight",
                "Weight",
                lambda t: parse_weight_text(
                    t,
                    field="Weight",
                    unit=self.weight_unit,
                    bound=number_bound(LOGGED_SET, "weight_kg"),
                    decimal_point=point,
                ),
            ),
            (
                "seconds",
                "Seconds",
                lambda t: parse_number(
                    t,
                    field="Seconds",
                    bound=number_bound(LOGGED_SET, "duration_seconds"),
                    decimal_point=point,
                    required=False,
                ),
            ),
            (
                "rpe",
                "RPE",
                lambda t: parse_number(
                    t,
                    field="RPE",
                    bound=number_bound(LOGGED_SET, "rpe"),
                    decimal_point=point,
                    required=False,
                ),
            ),
        )
        edits = {
            "reps": self.reps_edit,
            "weight": self.weight_edit,
            "seconds": self.seconds_edit,
            "rpe": self.rpe_edit,
        }
        for key, _label, parse in parsers:
            try:
                values[key] = parse(edits[key].text())
            except InputError as exc:
                self._show_error(key, f"{exc.field} {exc.message}")
                bad = True
        if bad:
            self.status.setText("Nothing saved: correct the fields in red.")
            return False
        weight = values["weight"]
        if (
            weight is not None
            and row.weight_kg is not None
            and abs(kg_to(float(weight), self.weight_unit) - kg_to(row.weight_kg, self.weight_unit))
            < 0.005
        ):
            weight = row.weight_kg  # unchanged as shown: keep the stored value exactly
        core_to_form = {
            "reps": "reps",
            "weight_kg": "weight",
            "duration_seconds": "seconds",
            "rpe": "rpe",
            "note": "note",
        }
        try:
            with self.db.session_scope() as s:
                changes = history.update_logged_set(
                    row.id,
                    session=s,
                    reps=values["reps"],  # type: ignore[arg-type]
                    weight_kg=weight,  # type: ignore[arg-type]
                    duration_seconds=values["seconds"],  # type: ignore[arg-type]
                    rpe=values["rpe"],  # type: ignore[arg-type]
                    note=self.note_edit.text(),
                )
        except InputError as exc:
            key = core_to_form.get(exc.field, "note")
            self._show_error(key, exc.message)
            self.status.setText("Nothing saved: correct the fields in red.")
            return False
        except LookupError:
            self.status.setText("This set no longer exists.")
            self._announce(Changes(workouts=True))
            return False
        self._announce(changes)
        self.status.setText("Saved.")
        return True

    def delete_selected_set(self) -> bool:
        row = self.selected_set()
        if row is None or self.db is None:
            return False
        name = f"{row.exercise_name}, set {row.set_number}"
        if not dialogs.confirm_delete(self, name):
            return False
        try:
            with self.db.session_scope() as s:
                changes = history.delete_logged_set(row.id, session=s)
        except LookupError:
            changes = Changes(workouts=True)
        self._announce(changes)
        return True

    def delete_selected_workout(self) -> bool:
        workout_id = self.selected_workout_id()
        if workout_id is None or self.db is None:
            return False
        summary = self.workouts_model.row_at(self.workouts_model.row_of(workout_id) or 0)
        name = (
            f"{summary.routine_name or summary.name or 'Workout'} of {local_text(summary, self.tz)}"
        )
        if not dialogs.confirm_delete(self, name):
            return False
        try:
            with self.db.session_scope() as s:
                changes = history.delete_workout(workout_id, session=s)
        except LookupError:
            changes = Changes(workouts=True)
        self.workouts_view.selectionModel().clear()
        self._announce(changes)
        return True

    def _announce(self, changes: Changes) -> None:
        """Tell the window; reload here too unless its broadcast already did."""
        status = self.status.text()
        self._stale = True
        self.announce(changes)
        if self._stale:
            self.refresh_now()
        self.status.setText(status)


__all__ = ["PAGE_SIZE", "HistoryTab"]
