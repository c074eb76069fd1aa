"""The History tab: past workouts (newest first, loaded page by page), one workout's sets
beside their targets, and corrections: edit or delete a set, delete a workout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
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

from core.bounds import LOGGED_SET, InputError, in_unit, label, number_bound
from core.changes import Changes
from core.clock import local_zone
from core.i18n import translate
from core.insight import history
from core.insight.history import SetRow, WorkoutSummary
from core.library.localized import data_text
from core.store.settings import load_settings
from core.units import display_number, kg_from, kg_to
from ui import dialogs, theme
from ui.base_tab import BaseTab
from ui.history.models import (
    PAGE_SIZE,
    SetTableModel,
    WorkoutListModel,
    length_text,
    local_text,
    workout_name,
)
from ui.widgets.elided_tips import ElidedTips
from ui.widgets.layout import column, splitter
from ui.widgets.number_field import read_number
from ui.widgets.set_form import (
    distance_unit_for,
    duration_field_text,
    duration_label,
    parse_duration,
)

ROUTINE_COLUMN = 1  # of the workouts list (WorkoutListModel.HEADERS)
EXERCISE_COLUMN, TARGET_COLUMN = 0, 2  # of a workout's sets (SetTableModel)


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
        # the routine's name takes what the other columns leave (elided, whole in a tooltip):
        # in Spanish or German it is long enough to push Volume off the list otherwise
        self.workouts_view.horizontalHeader().setSectionResizeMode(
            ROUTINE_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.workouts_view.setToolTip(
            translate("ui.history.tab", "Past workouts, newest first; more load as you scroll")
        )
        self.workouts_view.setAccessibleName(translate("ui.history.tab", "Past workouts"))

        self.sets_model = SetTableModel(self)
        self.sets_view = QTableView()
        self.sets_view.setModel(self.sets_model)
        self._setup_view(self.sets_view)
        self.sets_view.setAccessibleName(translate("ui.history.tab", "Sets of the chosen workout"))
        # the exercise and the target share the spare room (elided, whole in a tooltip), so
        # long names in German or Portuguese never push Note off the list
        for stretched in (EXERCISE_COLUMN, TARGET_COLUMN):
            self.sets_view.horizontalHeader().setSectionResizeMode(
                stretched, QHeaderView.ResizeMode.Stretch
            )

        self.heading = QLabel(translate("ui.history.tab", "Choose a workout to see its sets."))
        self.heading.setWordWrap(True)
        self.count_label = QLabel("")

        self.delete_workout_button = QPushButton(translate("ui.history.tab", "Delete workout…"))
        self.delete_workout_button.setShortcut("Shift+Del")
        self.delete_workout_button.setToolTip(
            translate("ui.history.tab", "Delete this workout and all its sets (Shift+Del)")
        )
        self.delete_workout_button.clicked.connect(self.delete_selected_workout)

        # the edit form
        self.reps_edit = QLineEdit()
        self.weight_edit = QLineEdit()
        self.seconds_edit = QLineEdit()
        self.rpe_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.weight_label = QLabel(self._weight_words("kg"))
        self.seconds_label = QLabel(translate("ui.history.tab", "Seconds"))
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
            (
                "reps",
                QLabel(translate("ui.history.tab", "Reps")),
                translate("ui.history.tab", "Reps done (empty for none)"),
            ),
            (
                "weight_kg",
                self.weight_label,
                translate("ui.history.tab", "Weight used (empty: bodyweight)"),
            ),
            (
                "duration_seconds",
                self.seconds_label,
                translate("ui.history.tab", "Seconds held, or minutes of an activity"),
            ),
            (
                "rpe",
                QLabel(translate("ui.history.tab", "RPE")),
                translate("ui.history.tab", "Rate of perceived exertion, 1 to 10"),
            ),
            (
                "note",
                QLabel(translate("ui.history.tab", "Note")),
                translate("ui.history.tab", "A note on this set"),
            ),
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
        self.save_button = QPushButton(translate("ui.history.tab", "Save set"))
        self.save_button.setShortcut("Ctrl+Return")
        self.save_button.setToolTip(
            translate("ui.history.tab", "Save the corrections to this set (Ctrl+Enter)")
        )
        self.save_button.clicked.connect(self.save_set)
        self.delete_set_button = QPushButton(translate("ui.history.tab", "Delete set…"))
        self.delete_set_button.setShortcut("Del")
        self.delete_set_button.setToolTip(
            translate("ui.history.tab", "Delete the selected set (Del)")
        )
        self.delete_set_button.clicked.connect(self.delete_selected_set)
        self.status = QLabel("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_set_button)
        buttons.addStretch(1)
        form_box = QGroupBox(translate("ui.history.tab", "Selected set"))
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
    def _weight_words(unit: str) -> str:
        return translate("ui.history.tab", "Weight ({unit})").format(unit=unit)

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
        sets = translate("ui.history.tab", "Sets")
        header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance(sets) + 28)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(ElidedTips(view))
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
        self.weight_label.setText(self._weight_words(self.weight_unit))
        self.count_label.setText(
            translate("ui.history.tab", "No workouts yet.")
            if total == 0
            else translate("ui.history.tab", "%n workout(s)", None, total)
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
            self.heading.setText(translate("ui.history.tab", "Choose a workout to see its sets."))
        else:
            summary = self.workouts_model.row_of(detail.id)
            when = local_text(detail.started_at, self.tz)
            name = workout_name(detail.routine_name, detail.name)
            count = len(detail.sets)
            sets = translate("ui.history.tab", "%n set(s)", None, count)
            if summary is not None:
                length = length_text(self.workouts_model.row_at(summary).duration_s)
                heading = translate(
                    "ui.history.tab", "<b>{name}</b> — {when} · {length} · {sets}"
                ).format(name=name, when=when, length=length, sets=sets)
            else:
                heading = translate("ui.history.tab", "<b>{name}</b> — {when} · {sets}").format(
                    name=name, when=when, sets=sets
                )
            self.heading.setText(heading)
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

        def num(value: float | None, decimals: int = 2) -> str:
            return "" if value is None else display_number(value, decimals)

        self.reps_edit.setText("" if row.reps is None else str(row.reps))
        self.weight_edit.setText(
            "" if row.weight_kg is None else num(kg_to(row.weight_kg, self.weight_unit))
        )
        self.seconds_edit.setText(duration_field_text(row.duration_seconds, mode))
        self.rpe_edit.setText(num(row.rpe, 1))
        self.note_edit.setText(row.note)

    # -- writes -------------------------------------------------------------------------------

    def _show_error(self, exc: InputError) -> None:
        """The message beside the field it names (the note's place for any other field)."""
        error = self.errors.get(exc.field, self.errors["note"])
        words = label(exc.field)
        error.setText(
            translate("ui.history.tab", "{field} {problem}").format(
                field=f"{words[:1].upper()}{words[1:]}", problem=exc.message
            )
        )
        error.show()

    def _parse_form(self, row: SetRow) -> dict[str, float | int | None] | None:
        """The numbers typed, as stored (weights in kg); None, with every refused field's
        message shown, when any is refused."""

        def number(field: str) -> Callable[[str], float | int | None]:
            bound = number_bound(LOGGED_SET, field)
            return lambda text: read_number(text, field=field, bound=bound)

        def typed_weight(text: str) -> float | None:
            bound = in_unit(number_bound(LOGGED_SET, "weight_kg"), self.weight_unit)
            typed = read_number(text, field="weight_kg", bound=bound)
            return None if typed is None else kg_from(float(typed), self.weight_unit)

        parsers = {field: number(field) for field in ("reps", "rpe")}
        parsers["duration_seconds"] = lambda text: parse_duration(text, row.exercise_mode)
        parsers["weight_kg"] = typed_weight
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
        shown = duration_field_text(row.duration_seconds, row.exercise_mode)
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
            self.status.setText(
                translate("ui.history.tab", "Nothing saved: correct the fields in red.")
            )
            return False
        note = self.note_edit.text()

        def refused(exc: Exception) -> None:
            if isinstance(exc, InputError):
                self._show_error(exc)
                self.status.setText(
                    translate("ui.history.tab", "Nothing saved: correct the fields in red.")
                )
            else:  # the set was deleted meanwhile
                self.refresh_now()
                self.status.setText(translate("ui.history.tab", "This set no longer exists."))

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
        self.status.setText(translate("ui.history.tab", "Saved."))
        return True

    def delete_selected_set(self) -> bool:
        row = self.selected_set()
        if row is None or self.db is None:
            return False
        what = translate("ui.history.tab", "{exercise}, set {number}").format(
            exercise=data_text(row.exercise_name), number=row.set_number
        )
        if not dialogs.confirm_delete(self, what):
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
        name = translate("ui.history.tab", "{workout} of {when}").format(
            workout=workout_name(summary.routine_name, summary.name),
            when=local_text(summary.started_at, self.tz),
        )
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
