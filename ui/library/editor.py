"""The exercise editor: every field of a person's exercise, checked by core before it is saved.

Keyboard first: fields in reading order with Tab, Enter saves (Ctrl+Enter from the multi-line
fields, where Enter starts a new line), Esc cancels. A refused value is one line beside its
field, and nothing is saved until every value is accepted (the whole save is one write).
The exercise has no weight of its own, so no field here has a unit to convert.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core import bounds
from core.bounds import EXERCISE, InputError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.library import custom
from core.library.custom import MODE_FIELDS, PRESCRIPTION_FIELDS, ExerciseDraft
from core.library.localized import data_text, data_texts
from core.library.rows import ExerciseRow
from core.library.schema import IMPACTS, KINDS, MODES
from core.units import display_number
from ui import theme
from ui.library.models import (
    capitalized,
    equipment_keys,
    equipment_label,
    impact_label,
    kind_label,
    muscle_keys,
    muscle_label,
)
from ui.ops import Ops, one_line
from ui.widgets.layout import unseen_label
from ui.widgets.number_field import NumberField, read_number

# key -> (label, unit); the labels are translated when the editor is built
NUMBER_LABELS = {
    "sets": (QT_TRANSLATE_NOOP("ui.library.editor", "Sets"), ""),
    "reps_min": (QT_TRANSLATE_NOOP("ui.library.editor", "Reps, fewest"), ""),
    "reps_max": (QT_TRANSLATE_NOOP("ui.library.editor", "Reps, most"), ""),
    "hold_seconds": (QT_TRANSLATE_NOOP("ui.library.editor", "Hold each rep"), "s"),
    "rest_seconds": (QT_TRANSLATE_NOOP("ui.library.editor", "Rest between sets"), "s"),
    "duration_minutes": (QT_TRANSLATE_NOOP("ui.library.editor", "Duration"), "min"),
}


class _Field(QWidget):
    """A text widget with its error line below (`error_<key>`), named ``name`` for a screen
    reader (its visible label sits outside this widget, where Qt does not look for it)."""

    def __init__(self, key: str, widget: QWidget, name: str = "") -> None:
        super().__init__()
        self.key = key
        self.widget = widget
        self.error = QLabel()
        self.error.setObjectName(f"error_{key}")
        theme.paint_text(self.error, "error")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
        layout.addWidget(self.error)
        self.setFocusProxy(widget)
        if name:
            unseen_label(widget, name)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.splitlines() if line.strip())


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.split(",") if word.strip())


class ExerciseEditor(QDialog):
    """Edit a draft; Save writes it through `ops` (create, update or the built-in's copy)."""

    def __init__(
        self,
        ops: Ops,
        row: ExerciseRow | None = None,
        *,
        initiator: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.row = row
        self.initiator = initiator
        self.saved: ExerciseRow | None = None
        if row is None:
            title = translate("ui.library.editor", "New exercise")
        elif row.builtin:
            title = translate("ui.library.editor", "My copy of {name}").format(
                name=data_text(row.name)
            )
        else:
            title = translate("ui.library.editor", "Edit {name}").format(name=data_text(row.name))
        self.setWindowTitle(title)
        self.setObjectName("exercise_editor")

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("field_name")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("field_kind")
        for kind in KINDS:
            self.kind_combo.addItem(capitalized(kind_label(kind)), kind)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("field_mode")
        mode_texts = (
            translate("ui.library.editor", "Reps"),
            translate("ui.library.editor", "Hold (each rep held)"),
            translate("ui.library.editor", "Duration (continuous)"),
        )
        for mode, text in zip(MODES, mode_texts, strict=True):
            self.mode_combo.addItem(text, mode)
        self.per_side_check = QCheckBox(translate("ui.library.editor", "Each side in turn"))
        self.per_side_check.setObjectName("field_per_side")
        self.impact_combo = QComboBox()
        self.impact_combo.setObjectName("field_impact")
        self.impact_combo.addItem(translate("ui.library.editor", "Not said"), None)
        for impact in IMPACTS:
            self.impact_combo.addItem(capitalized(impact_label(impact)), impact)
        self.numbers: dict[str, NumberField] = {}
        for key, (label, unit) in NUMBER_LABELS.items():
            field = NumberField(key, unit, name=translate("ui.library.editor", label))
            self.numbers[key] = field
        self.positions_edit = QLineEdit()
        self.positions_edit.setObjectName("field_positions")
        self.positions_edit.setPlaceholderText(
            translate("ui.library.editor", "e.g. rounded, arched (blank: one position)")
        )
        self.muscles_edit = QLineEdit()
        self.muscles_edit.setObjectName("field_muscles")
        self.muscles_edit.setPlaceholderText(
            translate("ui.library.editor", "e.g. {first}, {second}").format(
                first=muscle_label("glutes"), second=muscle_label("hamstrings")
            )
        )
        self.equipment_edit = QLineEdit()
        self.equipment_edit.setObjectName("field_equipment")
        self.equipment_edit.setPlaceholderText(
            translate("ui.library.editor", "e.g. {first}, {second} (blank: none)").format(
                first=equipment_label("mat"), second=equipment_label("dumbbells")
            )
        )
        self.summary_edit = QLineEdit()
        self.summary_edit.setObjectName("field_summary")
        self.instructions_edit = QPlainTextEdit()
        self.instructions_edit.setObjectName("field_instructions")
        self.instructions_edit.setPlaceholderText(translate("ui.library.editor", "One step a line"))
        self.cautions_edit = QPlainTextEdit()
        self.cautions_edit.setObjectName("field_cautions")
        self.cautions_edit.setPlaceholderText(translate("ui.library.editor", "One caution a line"))
        for edit in (self.instructions_edit, self.cautions_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().height() * 5)

        self.fields: dict[str, _Field] = {}

        def wrap(key: str, widget: QWidget, label: str = "") -> _Field:
            self.fields[key] = _Field(key, widget, label.replace("&", ""))
            return self.fields[key]

        form = QFormLayout()
        # (label, field key, widget): above the numbers, then below them
        head: list[tuple[str, str, QWidget]] = [
            (translate("ui.library.editor", "&Name"), "name", self.name_edit),
            (translate("ui.library.editor", "&Kind"), "kind", self.kind_combo),
            (translate("ui.library.editor", "&Mode"), "mode", self.mode_combo),
        ]
        for label, key, widget in head:
            form.addRow(label, wrap(key, widget, label))
        form.addRow("", wrap("per_side", self.per_side_check))
        self._number_rows: dict[str, QLabel] = {}
        for key, (label, _unit) in NUMBER_LABELS.items():
            caption = QLabel(translate("ui.library.editor", label))
            caption.setBuddy(self.numbers[key].edit)
            self._number_rows[key] = caption
            form.addRow(caption, self.numbers[key])
        positions = translate("ui.library.editor", "&Positions")
        self._positions_label = QLabel(positions)
        self._positions_label.setBuddy(self.positions_edit)
        form.addRow(self._positions_label, wrap("positions", self.positions_edit, positions))
        tail: list[tuple[str, str, QWidget]] = [
            (translate("ui.library.editor", "M&uscles"), "muscles", self.muscles_edit),
            (translate("ui.library.editor", "&Equipment"), "equipment", self.equipment_edit),
            (translate("ui.library.editor", "&Impact"), "impact", self.impact_combo),
            (translate("ui.library.editor", "Su&mmary"), "summary", self.summary_edit),
            (
                translate("ui.library.editor", "Ins&tructions"),
                "instructions",
                self.instructions_edit,
            ),
            (translate("ui.library.editor", "&Cautions"), "cautions", self.cautions_edit),
        ]
        for label, key, widget in tail:
            form.addRow(label, wrap(key, widget, label))
        self._form = form

        self.message = QLabel()
        self.message.setObjectName("editor_message")
        theme.paint_text(self.message, "error")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        if row is not None and row.builtin:
            self.save_button.setText(translate("ui.library.editor", "Save my copy"))
        self.save_button.setToolTip(
            translate("ui.library.editor", "Save (Enter; Ctrl+Enter from instructions or cautions)")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        if row is not None and row.builtin:
            note = QLabel(
                translate(
                    "ui.library.editor",
                    "“{name}” is ready-made and stays as the article gives it. "
                    "Saving makes your own copy.",
                ).format(name=data_text(row.name))
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [
            self.name_edit,
            self.kind_combo,
            self.mode_combo,
            self.per_side_check,
            *(self.numbers[k].edit for k in NUMBER_LABELS),
            self.positions_edit,
            self.muscles_edit,
            self.equipment_edit,
            self.impact_combo,
            self.summary_edit,
            self.instructions_edit,
            self.cautions_edit,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.mode_combo.currentIndexChanged.connect(lambda _i: self._show_mode_fields())
        self._fill(row)
        self._show_mode_fields()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    # --- filling and reading ---------------------------------------------------------------

    def _fill(self, row: ExerciseRow | None) -> None:
        draft = custom.draft_from_row(row) if row is not None else ExerciseDraft(name="")
        if row is not None and row.builtin:
            # the person's copy of a shipped exercise starts from the text they read, in the
            # language in use (as a ready-made routine's copy does); the shipped row keeps
            # its English
            draft = replace(
                draft,
                name=data_text(draft.name),
                summary=data_text(draft.summary),
                instructions=tuple(data_texts(draft.instructions)),
                cautions=tuple(data_texts(draft.cautions)),
                positions=tuple(data_texts(draft.positions)),
            )
        self.name_edit.setText(draft.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(draft.kind)))
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(draft.mode)))
        self.per_side_check.setChecked(draft.per_side)
        index = self.impact_combo.findData(draft.impact) if draft.impact else 0
        self.impact_combo.setCurrentIndex(max(0, index))
        for key, field in self.numbers.items():
            value = getattr(draft, key)
            field.edit.setText("" if value is None else display_number(int(value), 0))
        self.positions_edit.setText(", ".join(draft.positions))
        # muscles and equipment as a person reads them; draft() reads them back to the keys
        self.muscles_edit.setText(", ".join(muscle_label(m) for m in draft.muscles))
        self.equipment_edit.setText(", ".join(equipment_label(q) for q in draft.equipment))
        self.summary_edit.setText(draft.summary)
        self.instructions_edit.setPlainText("\n".join(draft.instructions))
        self.cautions_edit.setPlainText("\n".join(draft.cautions))

    def _show_mode_fields(self) -> None:
        mode = self.mode_combo.currentData()
        used = MODE_FIELDS[mode]
        for key in PRESCRIPTION_FIELDS:
            self._form.setRowVisible(self.numbers[key], key in used)
        self._form.setRowVisible(self.fields["positions"], mode == "hold")
        self.adjustSize()

    def draft(self) -> ExerciseDraft:
        """The fields as a draft; a number that does not parse raises InputError(its field)."""
        used = MODE_FIELDS[self.mode_combo.currentData()]
        numbers: dict[str, int | None] = {}
        for key in PRESCRIPTION_FIELDS:
            if key not in used:
                numbers[key] = None
                continue
            value = read_number(
                self.numbers[key].edit.text(),
                field=key,
                bound=bounds.number_bound(EXERCISE, key),
                required=False,
            )
            numbers[key] = None if value is None else int(value)
        base = custom.draft_from_row(self.row) if self.row is not None else None
        return ExerciseDraft(
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            mode=self.mode_combo.currentData(),
            per_side=self.per_side_check.isChecked(),
            sessions_per_week_min=base.sessions_per_week_min if base else None,
            sessions_per_week_max=base.sessions_per_week_max if base else None,
            equipment=equipment_keys(_words(self.equipment_edit.text())),
            muscles=muscle_keys(_words(self.muscles_edit.text())),
            impact=self.impact_combo.currentData(),
            cautions=_lines(self.cautions_edit.toPlainText()),
            instructions=_lines(self.instructions_edit.toPlainText()),
            positions=_words(self.positions_edit.text()),
            summary=self.summary_edit.text(),
            **numbers,
        )

    # --- saving ----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for field in self.numbers.values():
            field.set_error("")
        for other in self.fields.values():
            other.set_error("")
        self.message.clear()

    def show_error(self, exc: Exception) -> None:
        """One line at the field the error names (focused), else below the form."""
        if isinstance(exc, InputError):
            target: NumberField | _Field | None = self.numbers.get(exc.field) or self.fields.get(
                exc.field
            )
            if target is not None:
                target.set_error(exc.message)
                (target.edit if isinstance(target, NumberField) else target.widget).setFocus()
                return
            self.message.setText(exc.sentence)
            return
        self.message.setText(one_line(exc))

    def save(self) -> None:
        self.clear_errors()
        try:
            draft = self.draft()
        except InputError as exc:
            self.show_error(exc)
            return
        if self.row is None:
            result = self.ops.write(
                lambda s: custom.create_exercise(draft, session=s),
                initiator=self.initiator,
                on_error=self.show_error,
            )
        else:
            slug = self.row.slug
            result = self.ops.write(
                lambda s: custom.update_exercise(slug, draft, session=s),
                initiator=self.initiator,
                on_error=self.show_error,
            )
        if result is None:
            return
        self.saved = result.value
        self.accept()
