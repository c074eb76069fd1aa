"""The "Body & plan" tab: log body measurements, see weight over time, and the plan panel.

Left: a form (date, weight, waist, hips, thigh, note) and the table of measurements, newest
first, with edit and delete. Right: a weight chart with its 7-day moving average (matplotlib,
imported the first time the tab is shown, colours taken from the window palette) and the plan:
maintenance calories, the deficit target, two protein ranges and sleep, each with its source.
Values are typed and shown in the units chosen in Settings and stored in kg and cm.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import units
from core.body import measurements as body
from core.body import nutrition as plan
from core.bounds import BODY_MEASUREMENT, Bound, InputError, in_unit, parse_number, text_bound
from core.bounds import label as field_words
from core.changes import Changes
from ui import dialogs
from ui.base_tab import BaseTab
from ui.models import RowTableModel

ERROR_STYLE = "color: #c62828;"
SEX_CHOICES = (("—", None), ("Female", "female"), ("Male", "male"))
# core.body.nutrition's input names -> the plan form's error labels
PLAN_FIELD_LABELS = {
    plan.INPUT_SEX: "Sex",
    plan.INPUT_AGE: "Age",
    plan.INPUT_HEIGHT: "Height",
    plan.INPUT_ACTIVITY: "Activity",
    plan.INPUT_DEFICIT: "Deficit",
}


def _date_text(d: date) -> str:
    return d.isoformat()


class MeasurementTableModel(RowTableModel):
    """Measurements (core.body.measurements.MeasurementRow), shown in the person's units."""

    def __init__(self, parent: Any = None) -> None:
        self.weight_unit = "kg"
        self.length_unit = "cm"
        super().__init__(
            [
                ("Date", lambda r: _date_text(r.measured_on)),
                ("Weight", lambda r: units.format_weight(r.weight_kg, self.weight_unit)),
                ("Waist", lambda r: units.format_length(r.waist_cm, self.length_unit)),
                ("Hips", lambda r: units.format_length(r.hips_cm, self.length_unit)),
                ("Thigh", lambda r: units.format_length(r.thigh_cm, self.length_unit)),
                ("Note", lambda r: r.note),
            ],
            parent,
        )

    def set_units(self, weight_unit: str, length_unit: str) -> None:
        self.beginResetModel()
        self.weight_unit, self.length_unit = weight_unit, length_unit
        self.endResetModel()


class PlanTableModel(RowTableModel):
    """The plan's figures (core.body.nutrition.Figure): what, how much, worked out how, from where."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                ("Figure", lambda f: f.label),
                ("Value", lambda f: f.value_text()),
                ("How", lambda f: f.basis),
                ("Source", lambda f: f.source.text()),
            ],
            parent,
        )


def height_bounds(unit: str) -> Bound:
    """The plan's height limits in `unit`, rounded inward to 0.1."""
    return in_unit(plan.load_plan_figures().height_cm, unit)


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class BodyTab(BaseTab):
    title = "Body & plan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weight_unit = "kg"
        self.length_unit = "cm"
        self.editing_id: int | None = None
        self._loaded: dict[str, tuple[str, float | None]] = {}  # field -> (text shown, stored)
        self._plan_loaded: dict[str, tuple[str, float | None]] = {}
        self._own_change: Changes | None = None
        self.rows: list[body.MeasurementRow] = []
        self.plan: plan.Plan | None = None
        self.figure: Any = None  # matplotlib Figure, created when first shown
        self.canvas: Any = None

        self._build_form()
        self._build_table()
        self._build_plan()

        self.chart_box = QGroupBox("Body weight")
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_placeholder = QLabel("The chart appears when the tab is shown.")
        self.chart_layout.addWidget(self.chart_placeholder)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.form_box)
        left_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.chart_box)
        right.addWidget(self.plan_box)
        right.setChildrenCollapsible(False)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([280, 500])
        self.chart_box.setMinimumHeight(220)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- building --------------------------------------------------------------------------

    def _build_form(self) -> None:
        self.form_box = QGroupBox("Log a measurement")
        grid = QGridLayout(self.form_box)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate().addDays(1))
        self.weight_edit = QLineEdit()
        self.waist_edit = QLineEdit()
        self.hips_edit = QLineEdit()
        self.thigh_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(text_bound(BODY_MEASUREMENT, "note").max_chars)
        self.weight_unit_label = QLabel("kg")
        self.length_unit_labels = [QLabel("cm") for _ in range(3)]
        self.fields: dict[str, QLineEdit] = {
            body.FIELD_WEIGHT: self.weight_edit,
            body.FIELD_WAIST: self.waist_edit,
            body.FIELD_HIPS: self.hips_edit,
            body.FIELD_THIGH: self.thigh_edit,
            body.FIELD_NOTE: self.note_edit,
        }
        self.errors: dict[str, QLabel] = {
            name: _error_label() for name in (body.FIELD_DATE, *self.fields)
        }
        grid.addWidget(QLabel("Date:"), 0, 0)
        grid.addWidget(self.date_edit, 0, 1)
        grid.addWidget(self.errors[body.FIELD_DATE], 0, 3)
        unit_labels = [self.weight_unit_label, *self.length_unit_labels, QLabel()]
        for row, (name, edit) in enumerate(self.fields.items(), start=1):
            edit.setObjectName(name.lower())
            grid.addWidget(QLabel(f"{name}:"), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(unit_labels[row - 1], row, 2)
            grid.addWidget(self.errors[name], row, 3)
            edit.returnPressed.connect(self.submit)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.add_button = QPushButton("Add")
        self.add_button.setToolTip("Add the measurement (Ctrl+Return)")
        self.add_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton("Cancel edit")
        self.cancel_button.setToolTip("Leave the measurement unchanged (Esc)")
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_button.hide()
        cancel = QShortcut(QKeySequence("Escape"), self.form_box)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(self.cancel_edit)
        self.status_label = QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.status_label, 1)
        grid.addLayout(actions, len(self.fields) + 1, 0, 1, 4)

    def _build_table(self) -> None:
        self.model = MeasurementTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(40)  # size columns from the first rows, not years
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.edit_button = QPushButton("Edit")
        self.edit_button.setToolTip("Load the selected measurement into the form (Enter)")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Delete the selected measurement (Delete)")
        self.delete_button.clicked.connect(self.delete_selected)
        for key, slot in (("Delete", self.delete_selected), ("Return", self.edit_selected)):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _build_plan(self) -> None:
        figures = plan.load_plan_figures()
        self.plan_box = QGroupBox("Plan")
        outer = QVBoxLayout(self.plan_box)
        grid = QGridLayout()
        self.sex_combo = QComboBox()
        for label, value in SEX_CHOICES:
            self.sex_combo.addItem(label, value)
        self.age_edit = QLineEdit()
        self.age_edit.setPlaceholderText(f"{figures.age.minimum:g}–{figures.age.maximum:g}")
        self.height_edit = QLineEdit()
        self.height_unit_label = QLabel("cm")
        self.activity_combo = QComboBox()
        for level in figures.activity_levels:
            self.activity_combo.addItem(f"{level.label} × {level.factor:g}", level.factor)
        self.deficit_spin = QSpinBox()
        d = figures.deficit_kcal
        self.deficit_spin.setRange(int(d.low), int(d.high))
        self.deficit_spin.setSingleStep(50)
        self.deficit_spin.setSuffix(" kcal")
        self.deficit_spin.setToolTip(
            f"Daily deficit below maintenance: {d.low:g} to {d.high:g} kcal ({d.source.text()})"
        )
        self.plan_errors: dict[str, QLabel] = {
            name: _error_label() for name in ("Sex", "Age", "Height", "Activity", "Deficit")
        }
        rows: list[tuple[str, QWidget, QWidget | None]] = [
            ("Sex", self.sex_combo, None),
            ("Age", self.age_edit, QLabel("years")),
            ("Height", self.height_edit, self.height_unit_label),
            ("Activity", self.activity_combo, None),
            ("Deficit", self.deficit_spin, None),
        ]
        # two fields per line, each line followed by a line for their error messages
        for i, (name, widget, unit) in enumerate(rows):
            line, col = 2 * (i // 2), 4 * (i % 2)
            grid.addWidget(QLabel(f"{name}:"), line, col)
            grid.addWidget(widget, line, col + 1)
            if unit is not None:
                grid.addWidget(unit, line, col + 2)
            grid.addWidget(self.plan_errors[name], line + 1, col + 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(5, 2)
        grid.setColumnMinimumWidth(3, 12)
        self.age_edit.returnPressed.connect(self.save_plan)
        self.height_edit.returnPressed.connect(self.save_plan)
        self.plan_button = QPushButton("Update plan")
        self.plan_button.setToolTip("Save these inputs and work the plan out again (Return)")
        self.plan_button.clicked.connect(self.save_plan)
        self.plan_status = QLabel()
        self.plan_status.setWordWrap(True)
        button_row = QHBoxLayout()
        button_row.addWidget(self.plan_button)
        button_row.addWidget(self.plan_status, 1)

        self.plan_model = PlanTableModel(self)
        self.plan_view = QTableView()
        self.plan_view.setModel(self.plan_model)
        self.plan_view.verticalHeader().hide()
        self.plan_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.plan_view.setWordWrap(True)
        header = self.plan_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 250)
        header.sectionResized.connect(lambda *_: self.plan_view.resizeRowsToContents())
        note = QLabel(
            "Estimates to start from, not medical advice. Figures marked “our default” are "
            "standard values the articles do not give."
        )
        note.setWordWrap(True)
        outer.addLayout(grid)
        outer.addLayout(button_row)
        outer.addWidget(self.plan_view, 1)
        outer.addWidget(note)

    # --- data ------------------------------------------------------------------------------

    def is_affected_by(self, changes: Changes) -> bool:
        return changes.body or changes.settings

    def on_data_changed(self, changes: Changes) -> None:
        if changes is self._own_change:  # already redrawn when we made it
            return
        super().on_data_changed(changes)

    def _announce(self, changes: Changes) -> None:
        self.refresh_now()
        self._own_change = changes
        try:
            self.announce(changes)
        finally:
            self._own_change = None

    def refresh(self) -> None:
        from core.store.settings import get_setting

        assert self.db is not None
        keys = (
            "weight_unit",
            "length_unit",
            "plan_sex",
            "plan_birth_year",
            "plan_height_cm",
            "plan_activity_factor",
            "plan_deficit_kcal",
        )
        with self.db.read_scope() as session:
            settings = {key: get_setting(key, session=session) for key in keys}
            rows = body.list_measurements(session=session)
            latest = body.latest_weight_kg(session=session)
        self.weight_unit = settings["weight_unit"]
        self.length_unit = settings["length_unit"]
        self.weight_unit_label.setText(self.weight_unit)
        for label in self.length_unit_labels:
            label.setText(self.length_unit)
        self.height_unit_label.setText(self.length_unit)
        self.rows = rows
        self.model.set_units(self.weight_unit, self.length_unit)
        self.model.set_rows(sorted(rows, key=lambda r: (r.measured_on, r.id), reverse=True))
        self._update_buttons()
        self._load_plan_inputs(settings)
        self.plan = plan.compute_plan(
            plan.inputs_from_settings(settings, weight_kg=latest, today=date.today())
        )
        self.plan_model.set_rows(list(self.plan.figures))
        self.plan_view.resizeRowsToContents()
        self.plan_status.setText(self._plan_text(self.plan, latest))
        if self.isVisible():
            self.draw_chart()

    def _plan_text(self, p: plan.Plan, latest: float | None) -> str:
        parts = []
        if latest is not None:
            parts.append(
                f"Using your latest weight, {units.format_weight(latest, self.weight_unit)}."
            )
        explanation = p.explanation()
        if explanation:
            parts.append(explanation)
        if plan.INPUT_WEIGHT in p.missing:
            parts.append("Log a body weight on the left to see calories and protein.")
        return " ".join(parts)

    # --- the measurement form --------------------------------------------------------------

    def _show_error(self, labels: dict[str, QLabel], field: str, message: str) -> None:
        key = PLAN_FIELD_LABELS.get(field, field)
        shown = labels.get(key) or next(iter(labels.values()))
        words = PLAN_FIELD_LABELS.get(field) or field_words(field)
        shown.setText(f"{words[:1].upper()}{words[1:]} {message}")
        shown.show()

    def _clear_errors(self, labels: dict[str, QLabel]) -> None:
        for label in labels.values():
            label.clear()
            label.hide()

    def _parse(
        self,
        edit: QLineEdit,
        field: str,
        bound: Bound,
        to_base: Any,
        loaded: dict[str, tuple[str, float | None]],
        errors: list[InputError],
    ) -> float | None:
        text = edit.text()
        if field in loaded and text.strip() == loaded[field][0]:
            return loaded[field][1]  # untouched: keep the stored value exactly
        try:
            value = parse_number(
                text,
                field=field,
                bound=bound,
                decimal_point=QLocale().decimalPoint(),
                required=False,
            )
        except InputError as exc:
            errors.append(exc)
            return None
        return None if value is None else to_base(float(value))

    def form_values(self) -> dict[str, Any]:
        """The form as keyword arguments for core.body.measurements (kg, cm); raises the first InputError
        after showing every field's error."""
        self._clear_errors(self.errors)
        errors: list[InputError] = []
        wb = body.weight_bounds(self.weight_unit)
        lb = body.length_bounds(self.length_unit)
        values: dict[str, Any] = {
            "measured_on": self.date_edit.date().toPython(),
            "weight_kg": self._parse(
                self.weight_edit,
                body.FIELD_WEIGHT,
                wb,
                lambda v: units.kg_from(v, self.weight_unit),
                self._loaded,
                errors,
            ),
            "note": self.note_edit.text(),
        }
        for column, field, edit in (
            ("waist_cm", body.FIELD_WAIST, self.waist_edit),
            ("hips_cm", body.FIELD_HIPS, self.hips_edit),
            ("thigh_cm", body.FIELD_THIGH, self.thigh_edit),
        ):
            values[column] = self._parse(
                edit, field, lb, lambda v: units.cm_from(v, self.length_unit), self._loaded, errors
            )
        for exc in errors:
            self._show_error(self.errors, exc.field, exc.message)
        if errors:
            raise errors[0]
        return values

    def submit(self) -> bool:
        """Add (or save the edited) measurement. False, with the errors shown, if refused."""
        if self.db is None:
            return False
        try:
            values = self.form_values()
            with self.db.session_scope() as session:
                if self.editing_id is None:
                    changes = body.add_measurement(session=session, **values)
                else:
                    changes = body.update_measurement(self.editing_id, session=session, **values)
        except InputError as exc:
            self._show_error(self.errors, exc.field, exc.message)
            self.status_label.setText("Not saved.")
            return False
        except KeyError:
            self.status_label.setText("That measurement was deleted meanwhile; not saved.")
            self.cancel_edit()
            return False
        was_editing = self.editing_id is not None
        self._reset_form()
        self.status_label.setText("Changes saved." if was_editing else "Saved.")
        self._announce(changes)
        return True

    def _reset_form(self) -> None:
        self.editing_id = None
        self._loaded = {}
        for edit in self.fields.values():
            edit.clear()
        self._clear_errors(self.errors)
        self.date_edit.setDate(QDate.currentDate())
        self.add_button.setText("Add")
        self.add_button.setToolTip("Add the measurement (Ctrl+Return)")
        self.form_box.setTitle("Log a measurement")
        self.cancel_button.hide()

    def cancel_edit(self) -> None:
        if self.editing_id is not None:
            self._reset_form()
            self.status_label.clear()

    # --- table actions ---------------------------------------------------------------------

    def selected_row(self) -> body.MeasurementRow | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(indexes[0].row())

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _update_buttons(self) -> None:
        has = bool(self.view.selectionModel().selectedRows())
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def edit_selected(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        self._reset_form()
        self.editing_id = row.id
        self.date_edit.setDate(
            QDate(row.measured_on.year, row.measured_on.month, row.measured_on.day)
        )
        shown = {
            body.FIELD_WEIGHT: (row.weight_kg, units.kg_to, self.weight_unit, 2),
            body.FIELD_WAIST: (row.waist_cm, units.cm_to, self.length_unit, 1),
            body.FIELD_HIPS: (row.hips_cm, units.cm_to, self.length_unit, 1),
            body.FIELD_THIGH: (row.thigh_cm, units.cm_to, self.length_unit, 1),
        }
        for field, (stored, convert, unit, decimals) in shown.items():
            text = (
                ""
                if stored is None
                else self._local(units.display_number(convert(stored, unit), decimals))
            )
            self.fields[field].setText(text)
            self._loaded[field] = (text, stored)
        self.note_edit.setText(row.note)
        self.add_button.setText("Save changes")
        self.add_button.setToolTip("Save the changed measurement (Ctrl+Return)")
        self.form_box.setTitle(f"Edit the measurement of {_date_text(row.measured_on)}")
        self.cancel_button.show()
        self.status_label.clear()
        self.weight_edit.setFocus()
        return True

    @staticmethod
    def _local(text: str) -> str:
        point = QLocale().decimalPoint()
        return text.replace(".", point) if point == "," else text

    def delete_selected(self) -> bool:
        row = self.selected_row()
        if row is None or self.db is None:
            return False
        if not dialogs.confirm_delete(self, f"measurement of {_date_text(row.measured_on)}"):
            return False
        with self.db.session_scope() as session:
            changes = body.delete_measurement(row.id, session=session)
        if self.editing_id == row.id:
            self._reset_form()
        self.status_label.setText("Deleted.")
        self._announce(changes | Changes(body=True))
        return True

    # --- the plan --------------------------------------------------------------------------

    def _load_plan_inputs(self, settings: dict[str, Any]) -> None:
        self._clear_errors(self.plan_errors)
        self.sex_combo.setCurrentIndex(max(self.sex_combo.findData(settings["plan_sex"]), 0))
        birth_year = settings["plan_birth_year"]
        age_text = "" if birth_year is None else str(date.today().year - int(birth_year))
        self.age_edit.setText(age_text)
        height = settings["plan_height_cm"]
        height_text = (
            ""
            if height is None
            else self._local(units.display_number(units.cm_to(height, self.length_unit), 1))
        )
        self.height_edit.setText(height_text)
        self._plan_loaded = {"Height": (height_text, height)}
        factor = settings["plan_activity_factor"]
        index = next(
            (
                i
                for i in range(self.activity_combo.count())
                if factor is not None
                and abs(self.activity_combo.itemData(i) - float(factor)) < 1e-9
            ),
            -1,
        )
        self.activity_combo.setCurrentIndex(max(index, 0))
        deficit = settings["plan_deficit_kcal"]
        if deficit is not None:
            self.deficit_spin.setValue(int(deficit))

    def save_plan(self) -> bool:
        """Save the plan inputs (nothing is saved if any is refused) and recompute."""
        if self.db is None:
            return False
        from core.store.settings import set_setting

        self._clear_errors(self.plan_errors)
        figures = plan.load_plan_figures()
        errors: list[InputError] = []
        point = QLocale().decimalPoint()
        age: Any = None
        try:
            age = parse_number(
                self.age_edit.text(),
                field="Age",
                bound=figures.age,
                decimal_point=point,
                required=False,
            )
        except InputError as exc:
            errors.append(exc)
        height = self._parse(
            self.height_edit,
            "Height",
            height_bounds(self.length_unit),
            lambda v: units.cm_from(v, self.length_unit),
            self._plan_loaded,
            errors,
        )
        for error in errors:
            self._show_error(self.plan_errors, error.field, error.message)
        if errors:
            self.plan_status.setText("Plan inputs not saved.")
            return False
        today = date.today()
        values = {
            "plan_sex": self.sex_combo.currentData(),
            "plan_birth_year": None if age is None else today.year - int(age),
            "plan_height_cm": height,
            "plan_activity_factor": self.activity_combo.currentData(),
            "plan_deficit_kcal": self.deficit_spin.value(),
        }
        check = plan.compute_plan(plan.inputs_from_settings(values, weight_kg=None, today=today))
        if check.invalid:
            for error in check.invalid:
                self._show_error(self.plan_errors, error.field, error.message)
            self.plan_status.setText("Plan inputs not saved.")
            return False
        with self.db.session_scope() as session:
            for key, value in values.items():
                set_setting(key, value, session=session)
        self._announce(Changes(settings=True))
        return True

    # --- the chart -------------------------------------------------------------------------

    def _ensure_chart(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(5, 2.6), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(180)
        self.chart_layout.removeWidget(self.chart_placeholder)
        self.chart_placeholder.deleteLater()
        self.chart_layout.addWidget(self.canvas)

    def chart_series(self) -> tuple[list[tuple[date, float]], list[tuple[date, float]]]:
        """(weights, 7-day averages) in the person's weight unit, oldest first."""
        points = [
            (r.measured_on, units.kg_to(r.weight_kg, self.weight_unit))
            for r in self.rows
            if r.weight_kg is not None
        ]
        return points, body.moving_average(points, window=7)

    def draw_chart(self) -> None:
        self._ensure_chart()
        from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

        pal = self.palette()
        window = pal.color(QPalette.ColorRole.Window).name()
        base = pal.color(QPalette.ColorRole.Base).name()
        text = pal.color(QPalette.ColorRole.WindowText).name()
        accent = pal.color(QPalette.ColorRole.Highlight).name()
        mid = pal.color(QPalette.ColorRole.Mid).name()

        fig = self.figure
        fig.clear()
        fig.set_facecolor(window)
        ax = fig.add_subplot()
        ax.set_facecolor(base)
        for spine in ax.spines.values():
            spine.set_color(mid)
        ax.tick_params(colors=text, labelsize=8)
        ax.set_ylabel(self.weight_unit, color=text)
        points, averages = self.chart_series()
        if points:
            ax.plot(
                [d for d, _ in points],
                [v for _, v in points],
                "o",
                color=accent,
                alpha=0.45,
                markersize=4,
                label="Weight",
            )
            ax.plot(
                [d for d, _ in averages],
                [v for _, v in averages],
                "-",
                color=accent,
                linewidth=2,
                label="7-day average",
            )
            locator = AutoDateLocator()
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
            ax.grid(True, color=mid, alpha=0.3, linewidth=0.6)
            legend = ax.legend(
                loc="best", fontsize=8, frameon=True, facecolor=base, edgecolor=mid, labelcolor=text
            )
            legend.get_frame().set_alpha(0.9)
        else:
            ax.set_xticks([])
            ax.set_yticks([])
            ax.text(
                0.5,
                0.5,
                "No body weight logged yet",
                ha="center",
                va="center",
                color=text,
                transform=ax.transAxes,
            )
        self.canvas.draw_idle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "canvas", None) is not None:
            self.draw_chart()
