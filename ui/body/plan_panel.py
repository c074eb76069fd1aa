"""The plan panel of the Body & plan tab: its inputs (sex, age, height, activity, deficit) and
the figures worked out from them: maintenance calories, the deficit target, two protein ranges
and sleep, each with its source.

The inputs are settings (plan_*). The form keys its fields by core.body.nutrition's input
names, so an error from core lands beside its field with no table of our own.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import units
from core.body import nutrition as plan
from core.body.energy import estimate_lines
from core.bounds import Bound, InputError, in_unit, parse_number
from core.changes import Changes
from core.formatting import weight_text
from core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from core.library.localized import data_text
from core.store.settings import Settings, set_setting
from ui.body.fields import (
    Loaded,
    clear_errors,
    error_label,
    parse_field,
    show_error,
)
from ui.models import RowTableModel
from ui.widgets.number_field import unit_words

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.body.trend import MaintenanceEstimate
    from ui.base_tab import BaseTab

SEX_CHOICES = (
    ("—", None),
    (QT_TRANSLATE_NOOP("ui.body.plan_panel", "Female"), "female"),
    (QT_TRANSLATE_NOOP("ui.body.plan_panel", "Male"), "male"),
)


class PlanTableModel(RowTableModel):
    """The plan's figures (core.body.nutrition.Figure): what, how much, worked out how, from where."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (translate("ui.body.plan_panel", "Figure"), lambda f: f.label),
                (translate("ui.body.plan_panel", "Value"), lambda f: f.value_text()),
                (translate("ui.body.plan_panel", "How"), lambda f: f.basis),
                (translate("ui.body.plan_panel", "Source"), lambda f: f.source.text()),
            ],
            parent,
        )


def height_bounds(unit: str) -> Bound:
    """The plan's height limits in `unit`, rounded inward to 0.1."""
    return in_unit(plan.load_plan_figures().height_cm, unit)


class PlanPanel(QGroupBox):
    """The plan's inputs and figures; `host` is the tab that writes and redraws."""

    def __init__(self, host: BaseTab, parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.body.plan_panel", "Plan"), parent)
        self.host = host
        self.length_unit = "cm"
        self.weight_unit = "kg"
        self.plan: plan.Plan | None = None
        self._loaded: Loaded = {}
        figures = plan.load_plan_figures()
        self.sex_combo = QComboBox()
        for text, value in SEX_CHOICES:
            self.sex_combo.addItem(translate("ui.body.plan_panel", text), value)
        self.age_edit = QLineEdit()
        self.age_edit.setPlaceholderText(
            f"{format_number(figures.age.minimum)}–{format_number(figures.age.maximum)}"
        )
        self.height_edit = QLineEdit()
        self.height_unit_label = QLabel("cm")
        self.activity_combo = QComboBox()
        for level in figures.activity_levels:
            self.activity_combo.addItem(
                f"{data_text(level.label)} × {format_number(level.factor, 3)}", level.factor
            )
        self.deficit_spin = QSpinBox()
        d = figures.deficit_kcal
        self.deficit_spin.setRange(int(d.low), int(d.high))
        self.deficit_spin.setSingleStep(50)
        self.deficit_spin.setSuffix(" kcal")
        self.deficit_spin.setToolTip(
            translate(
                "ui.body.plan_panel",
                "Daily deficit below maintenance: {low} to {high} kcal ({source})",
            ).format(low=format_number(d.low), high=format_number(d.high), source=d.source.text())
        )
        years = QLabel(translate("ui.body.plan_panel", "years"))
        rows: list[tuple[str, str, QWidget, QWidget | None]] = [
            (plan.INPUT_SEX, translate("ui.body.plan_panel", "Sex:"), self.sex_combo, None),
            (plan.INPUT_AGE, translate("ui.body.plan_panel", "Age:"), self.age_edit, years),
            (
                plan.INPUT_HEIGHT,
                translate("ui.body.plan_panel", "Height:"),
                self.height_edit,
                self.height_unit_label,
            ),
            (
                plan.INPUT_ACTIVITY,
                translate("ui.body.plan_panel", "Activity:"),
                self.activity_combo,
                None,
            ),
            (
                plan.INPUT_DEFICIT,
                translate("ui.body.plan_panel", "Deficit:"),
                self.deficit_spin,
                None,
            ),
        ]
        self.errors: dict[str, QLabel] = {name: error_label() for name, *_ in rows}
        grid = QGridLayout()
        # two fields per line, each line followed by a line for their error messages
        for i, (name, text, widget, unit) in enumerate(rows):
            line, col = 2 * (i // 2), 4 * (i % 2)
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, line, col)
            grid.addWidget(widget, line, col + 1)
            if unit is not None:
                grid.addWidget(unit, line, col + 2)
            grid.addWidget(self.errors[name], line + 1, col + 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(5, 2)
        grid.setColumnMinimumWidth(3, 12)
        self.age_edit.setAccessibleDescription(translate("ui.body.plan_panel", "in years"))
        self._describe_height()
        self.age_edit.returnPressed.connect(self.save_plan)
        self.height_edit.returnPressed.connect(self.save_plan)
        self.plan_button = QPushButton(translate("ui.body.plan_panel", "Update plan"))
        self.plan_button.setToolTip(
            translate(
                "ui.body.plan_panel", "Save these inputs and work the plan out again (Return)"
            )
        )
        self.plan_button.clicked.connect(self.save_plan)
        self.status = QLabel()
        self.status.setWordWrap(True)
        button_row = QHBoxLayout()
        button_row.addWidget(self.plan_button)
        button_row.addWidget(self.status, 1)

        self.model = PlanTableModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(translate("ui.body.plan_panel", "The plan's figures"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 250)
        header.sectionResized.connect(lambda *_: self.view.resizeRowsToContents())
        note = QLabel(
            translate(
                "ui.body.plan_panel",
                "Estimates to start from, not medical advice. Figures marked “our default” are "
                "standard values the articles do not give.",
            )
        )
        note.setWordWrap(True)
        # Why a figure is not the plain formula's (the calorie floor): shown only when it applies.
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("font-weight: bold;")
        self.warning.hide()
        # What the log says beside the formula (core.body.energy): the estimate and the gap.
        self.estimate = QLabel()
        self.estimate.setObjectName("plan_estimate")
        self.estimate.setWordWrap(True)
        self.estimate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer = QVBoxLayout(self)
        outer.addLayout(grid)
        outer.addLayout(button_row)
        outer.addWidget(self.warning)
        outer.addWidget(self.view, 1)
        outer.addWidget(self.estimate)
        outer.addWidget(note)

    # -- data ---------------------------------------------------------------------------------

    def show_plan(
        self,
        settings: Settings,
        latest_weight_kg: float | None,
        estimate: MaintenanceEstimate | None = None,
    ) -> None:
        """Load the inputs from the settings and show the plan they give with this weight,
        and beside it the maintenance estimate from the log (None: not enough data yet)."""
        self.length_unit = settings.length_unit
        self.weight_unit = settings.weight_unit
        self.height_unit_label.setText(self.length_unit)
        self._describe_height()
        self._load_inputs(settings)
        self.plan = plan.compute_plan(
            plan.inputs_from_settings(settings, weight_kg=latest_weight_kg, today=date.today())
        )
        self.model.set_rows(list(self.plan.figures))
        self.view.resizeRowsToContents()
        self.status.setText(self._status_text(self.plan, latest_weight_kg))
        self.warning.setText(" ".join(self.plan.warnings))
        self.warning.setVisible(bool(self.plan.warnings))
        how = translate(
            "ui.body.plan_panel", "log weigh-ins on the left and calories in the Today tab"
        )
        lines = estimate_lines(estimate, self.plan, plan.load_plan_figures(), how_to_log=how)
        self.estimate.setText(" ".join(lines))

    def _describe_height(self) -> None:
        self.height_edit.setAccessibleDescription(
            translate("ui.body.plan_panel", "in {unit}").format(unit=unit_words(self.length_unit))
        )

    def _status_text(self, p: plan.Plan, latest: float | None) -> str:
        parts = []
        if latest is not None:
            parts.append(
                translate("ui.body.plan_panel", "Using your latest weight, {weight}.").format(
                    weight=weight_text(latest, self.weight_unit)
                )
            )
        explanation = p.explanation()
        if explanation:
            parts.append(explanation)
        if plan.INPUT_WEIGHT in p.missing:
            parts.append(
                translate(
                    "ui.body.plan_panel",
                    "Log a body weight on the left to see calories and protein.",
                )
            )
        return " ".join(parts)

    def _load_inputs(self, settings: Settings) -> None:
        clear_errors(self.errors)
        self.sex_combo.setCurrentIndex(max(self.sex_combo.findData(settings.plan_sex), 0))
        birth_year = settings.plan_birth_year
        self.age_edit.setText("" if birth_year is None else str(date.today().year - birth_year))
        height = settings.plan_height_cm
        height_text = (
            "" if height is None else units.display_number(units.cm_to(height, self.length_unit), 1)
        )
        self.height_edit.setText(height_text)
        self._loaded = {plan.INPUT_HEIGHT: (height_text, height)}
        factor = settings.plan_activity_factor
        index = next(
            (
                i
                for i in range(self.activity_combo.count())
                if abs(self.activity_combo.itemData(i) - float(factor)) < 1e-9
            ),
            -1,
        )
        self.activity_combo.setCurrentIndex(max(index, 0))
        self.deficit_spin.setValue(int(settings.plan_deficit_kcal))

    def _form_values(self) -> dict[str, Any] | None:
        """The plan_* settings the form holds; None, with each refused field's message shown."""
        errors: list[InputError] = []
        age: float | None = None
        try:
            age = parse_number(
                self.age_edit.text(),
                field=plan.INPUT_AGE,
                bound=plan.load_plan_figures().age,
                required=False,
            )
        except InputError as exc:
            errors.append(exc)
        height = parse_field(
            self.height_edit,
            plan.INPUT_HEIGHT,
            height_bounds(self.length_unit),
            partial(units.cm_from, unit=self.length_unit),
            self._loaded,
            errors,
        )
        for error in errors:
            show_error(self.errors, error)
        if errors:
            return None
        return {
            "plan_sex": self.sex_combo.currentData(),
            "plan_birth_year": None if age is None else date.today().year - int(age),
            "plan_height_cm": height,
            "plan_activity_factor": self.activity_combo.currentData(),
            "plan_deficit_kcal": self.deficit_spin.value(),
        }

    def save_plan(self) -> bool:
        """Save the plan inputs (nothing is saved if any is refused) and recompute."""
        if self.host.db is None:
            return False
        clear_errors(self.errors)
        values = self._form_values()
        if values is not None:
            inputs = plan.inputs_from_settings(
                dataclasses.replace(Settings(), **values), weight_kg=None, today=date.today()
            )
            for error in plan.compute_plan(inputs).invalid:
                show_error(self.errors, error)
        if values is None or any(label.text() for label in self.errors.values()):
            self.status.setText(translate("ui.body.plan_panel", "Plan inputs not saved."))
            return False

        def store(session: Session) -> Changes:
            changes = Changes()
            for key, value in values.items():
                changes |= set_setting(key, value, session=session)
            return changes

        saved = self.host.ops.write(
            store,
            initiator=self.host,
            on_error=lambda exc: self._refused(exc),
        )
        if saved is None:
            return False
        self.host.refresh_now()
        return True

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, InputError):
            show_error(self.errors, exc)
        self.status.setText(translate("ui.body.plan_panel", "Plan inputs not saved."))
