"""The Routines editor's "Selected item" panel: one item's mode, numbers, side, whether it is
done "as long as you can" (hold and duration), its weight step (reps) and note.

The panel shows an item and reports what the person typed through its signals; it never
changes a draft itself (the editor does, so undo sees every change). `parse_field` reads one
number field through ui.widgets.number_field.read_number ("62,5" or "62.5", checked against
core.bounds).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from core import bounds, units
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.library.localized import data_text
from core.routines.drafts import COUNT_UP_MODES, MODES, REQUIRED_BY_MODE, ItemDraft
from core.routines.validation import field_label
from ui import theme
from ui.library.models import mode_label
from ui.widgets.number_field import NumberField, read_number

# marked here, translated when shown (translate("ui.routines.item_panel", ...))
MODE_LABELS = {
    "reps": QT_TRANSLATE_NOOP("ui.routines.item_panel", "Reps"),
    "hold": QT_TRANSLATE_NOOP("ui.routines.item_panel", "Hold (seconds per rep)"),
    "duration": QT_TRANSLATE_NOOP("ui.routines.item_panel", "Duration (minutes)"),
}


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # English, marked for the catalogue: `title` is what a person reads
    unit: str = ""

    @property
    def bound(self) -> bounds.Bound:
        """The field's bound in its stored unit (core.bounds.PRESCRIPTION)."""
        return bounds.number_bound(bounds.PRESCRIPTION, self.key)

    @property
    def title(self) -> str:
        """The field's name in the language in use."""
        return translate("ui.routines.item_panel", self.label)

    @property
    def unit_text(self) -> str:
        """The unit beside the field as a person reads it ("s", "s per rep", "(whole circuit)");
        the weight fields show the person's weight unit instead."""
        return translate("ui.routines.item_panel", self.unit) if self.unit else ""


NUMBER_SPECS = (
    FieldSpec("sets", QT_TRANSLATE_NOOP("ui.routines.item_panel", "Sets")),
    FieldSpec("reps_min", QT_TRANSLATE_NOOP("ui.routines.item_panel", "Reps (min)")),
    FieldSpec("reps_max", QT_TRANSLATE_NOOP("ui.routines.item_panel", "Reps (max)")),
    FieldSpec(
        "hold_seconds",
        QT_TRANSLATE_NOOP("ui.routines.item_panel", "Hold"),
        QT_TRANSLATE_NOOP("ui.routines.item_panel", "s per rep"),
    ),
    FieldSpec("duration_minutes", QT_TRANSLATE_NOOP("ui.routines.item_panel", "Duration"), "min"),
    FieldSpec(
        "rest_seconds", QT_TRANSLATE_NOOP("ui.routines.item_panel", "Rest between sets"), "s"
    ),
    FieldSpec("rest_after_seconds", QT_TRANSLATE_NOOP("ui.routines.item_panel", "Rest after"), "s"),
    FieldSpec("weight_kg", QT_TRANSLATE_NOOP("ui.routines.item_panel", "Target weight")),
    FieldSpec("weight_step_kg", QT_TRANSLATE_NOOP("ui.routines.item_panel", "Weight step")),
    FieldSpec(
        "rounds",
        QT_TRANSLATE_NOOP("ui.routines.item_panel", "Rounds"),
        QT_TRANSLATE_NOOP("ui.routines.item_panel", "(whole circuit)"),
    ),
)
SPECS = {spec.key: spec for spec in NUMBER_SPECS}
WEIGHT_KEYS = frozenset({"weight_kg", "weight_step_kg"})
"""Fields typed in the person's weight unit and stored in kilograms."""


def label(field: str) -> str:
    """The name a person sees for a routine or item field, in the language in use (core's
    words: one table, core.routines.validation)."""
    return field_label(field)


def _required(item: ItemDraft, key: str) -> bool:
    if key in ("sets", "rest_seconds", "rest_after_seconds"):
        return True
    if key == "rounds":
        return item.circuit is not None
    return key == REQUIRED_BY_MODE.get(item.mode)


def parse_field(item: ItemDraft, key: str, text: str, weight_unit: str) -> Any:
    """The stored value typed into the number field `key` (InputError naming it when refused)."""
    spec = SPECS[key]
    if key in WEIGHT_KEYS:
        value = read_number(
            text, field=spec.title, bound=bounds.in_unit(spec.bound, weight_unit), required=False
        )
        return None if value is None else units.kg_from(float(value), weight_unit)
    return read_number(text, field=spec.title, bound=spec.bound, required=_required(item, key))


class ItemPanel(QGroupBox):
    """Mode, the number fields the mode uses, per side, note, and which values are ours."""

    mode_edited = Signal(str)
    per_side_edited = Signal(bool)
    count_up_edited = Signal(bool)
    number_edited = Signal(str)  # the field's key; its text is in fields[key].edit
    note_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.routines.item_panel", "Selected item"), parent)
        self._loading = False
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("field_mode")
        for mode in MODES:
            self.mode_combo.addItem(translate("ui.routines.item_panel", MODE_LABELS[mode]), mode)
        self.mode_combo.currentIndexChanged.connect(
            lambda _i: self._emit(self.mode_edited, self.mode_combo.currentData())
        )
        self.per_side_check = QCheckBox(translate("ui.routines.item_panel", "Each side in turn"))
        self.per_side_check.setObjectName("field_per_side")
        self.per_side_check.toggled.connect(lambda on: self._emit(self.per_side_edited, on))
        self.fields: dict[str, NumberField] = {}
        self._form = form = QFormLayout(self)
        form.addRow(self.heading)
        form.addRow(translate("ui.routines.item_panel", "Mode"), self.mode_combo)
        for spec in NUMBER_SPECS:
            field = NumberField(spec.key, spec.unit_text, name=spec.title)
            field.edit.textChanged.connect(
                lambda _t, key=spec.key: self._emit(self.number_edited, key)
            )
            self.fields[spec.key] = field
            form.addRow(spec.title, field)
            if spec.key == "duration_minutes":
                form.addRow("", self.per_side_check)
                # created here, so Tab goes from the time fields straight to it
                self.count_up_check = QCheckBox(
                    translate("ui.routines.item_panel", "As long as you can")
                )
                self.count_up_check.setObjectName("field_count_up")
                self.count_up_check.setToolTip(
                    translate(
                        "ui.routines.item_panel",
                        "The clock counts up and Enter stops it; the time above is the mark to "
                        "reach",
                    )
                )
                self.count_up_check.toggled.connect(lambda on: self._emit(self.count_up_edited, on))
                form.addRow("", self.count_up_check)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("field_note")
        self.note_edit.textChanged.connect(lambda text: self._emit(self.note_edited, text))
        form.addRow(translate("ui.routines.item_panel", "Note"), self.note_edit)
        self.defaults_label = QLabel()
        self.defaults_label.setWordWrap(True)
        theme.paint_text(self.defaults_label, "warning")
        form.addRow(self.defaults_label)

    def _emit(self, signal: Any, value: Any) -> None:
        if not self._loading:
            signal.emit(value)

    def show_nothing(self, *, several: bool) -> None:
        """No single item selected (none, or several)."""
        self.setEnabled(False)
        self._loading = True
        try:
            self.heading.setText(
                translate(
                    "ui.routines.item_panel",
                    "Several items selected: group them as a circuit, or pick one to edit.",
                )
                if several
                else translate("ui.routines.item_panel", "Select an item to edit it.")
            )
            for field in self.fields.values():
                field.edit.clear()
            self.note_edit.clear()
            self.defaults_label.clear()
        finally:
            self._loading = False

    def show_item(
        self, row: int, item: ItemDraft, *, keep: frozenset[str], weight_unit: str
    ) -> None:
        """Show item number `row` (0-based); the fields in `keep` keep what was typed."""
        self.setEnabled(True)
        self._loading = True
        try:
            name = data_text(item.exercise_name) or item.exercise_slug
            library = (
                translate("ui.routines.item_panel", " (library: {mode})").format(
                    mode=mode_label(item.exercise_mode)
                )
                if item.mode != item.exercise_mode
                else ""
            )
            title = f"<b>{row + 1}. {name}</b>"  # markup, a number and a name: no words
            self.heading.setText(title + library)
            self.mode_combo.setCurrentIndex(MODES.index(item.mode))
            self.per_side_check.setChecked(item.per_side)
            self.count_up_check.setChecked(item.count_up)
            for key, field in self.fields.items():
                if key not in keep:
                    field.edit.setText(self._display(key, getattr(item, key), weight_unit))
                if key in WEIGHT_KEYS:
                    field.set_unit(weight_unit)
            if self.note_edit.text() != item.note:
                self.note_edit.setText(item.note)
            self._set_visibility(item)
            ours = [label(d) for d in item.defaults]
            self.defaults_label.setText(
                translate(
                    "ui.routines.item_panel", "Our default, not the article's: {fields}"
                ).format(fields=", ".join(ours))
                if ours
                else ""
            )
        finally:
            self._loading = False

    def show_errors(self, messages: Mapping[str, str]) -> None:
        """A red message next to each field in `messages`; the others are cleared."""
        for key, field in self.fields.items():
            field.set_error(messages.get(key, ""))

    def _set_visibility(self, item: ItemDraft) -> None:
        shown = {
            "reps_min": item.mode in ("reps", "hold"),
            "reps_max": item.mode in ("reps", "hold"),
            "hold_seconds": item.mode in ("reps", "hold"),
            "duration_minutes": item.mode == "duration",
            "rounds": item.circuit is not None,
            "weight_step_kg": item.mode == "reps",
        }
        for key, field in self.fields.items():
            self._form.setRowVisible(field, shown.get(key, True))
        self._form.setRowVisible(self.count_up_check, item.mode in COUNT_UP_MODES)

    @staticmethod
    def _display(key: str, value: Any, weight_unit: str) -> str:
        if value is None:
            return ""
        if key in WEIGHT_KEYS:
            return units.display_number(units.kg_to(value, weight_unit))
        return units.display_number(value) if isinstance(value, int | float) else str(value)
