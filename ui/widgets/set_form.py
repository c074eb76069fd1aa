"""The form of one logged set: reps, weight, seconds and RPE (optionally distance and a note).

Fields are keyed by the stored attribute names (`reps`, `weight_kg`, `duration_seconds`,
`rpe`, `note`), as `core.bounds.InputError` names them, so a core error lands at its field
with no table of our own. Text is parsed through `core.bounds.parse_number` / `parse_weight`
against `LOGGED_SET`, with the locale's decimal point; weights are typed in the person's unit
and come back in kilograms.

    form = SetForm(labels={"duration_seconds": "Seconds held"})
    form.fill(SetValues(reps=10, weight_kg=20))
    values = form.values(required={"reps"})   # InputError when a field is refused (all shown)
    form.show_error(InputError("rpe", "must be between 1 and 10"))
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from core.bounds import LOGGED_SET, InputError, number_bound, parse_number, parse_weight
from core.units import display_number, kg_to
from core.workout.log import SetValues

__all__ = ["ERROR_STYLE", "NUMERIC_PROPERTY", "SET_FIELDS", "SetForm"]

SET_FIELDS: tuple[str, ...] = ("reps", "weight_kg", "duration_seconds", "rpe")
"""The number fields of a set, in the order shown."""
ERROR_STYLE = "color: #c5221f;"
NUMERIC_PROPERTY = "backline_numeric"
"""Set True on the number fields: they take digits, the decimal separator and Backspace only
(the Workout tab's keys act through the others, ui.workout.keys)."""
_LABELS = {
    "reps": "Reps",
    "weight_kg": "Weight",
    "duration_seconds": "Seconds",
    "rpe": "RPE",
    "distance_km": "Distance (km)",
    "note": "Note",
}
_PLACEHOLDERS = {
    "weight_kg": "optional",
    "rpe": "optional, 1-10",
    "distance_km": "optional",
    "note": "optional",
}


def _decimal_point() -> str:
    return QLocale().decimalPoint()


class SetForm(QWidget):
    """Line edits for a set, each with a red error label beside it.

    ``values()`` parses every field and raises the first refusal (every refused field shows
    its message); ``show_error`` puts a core error at its field; typing in a field clears its
    error. A weight put in by ``fill`` and left as shown comes back exactly as it went in, so
    showing 20 kg as 44.09 lb does not store 19.9989 kg.
    """

    submitted = Signal()
    """Return was pressed in a field."""
    error_shown = Signal(str, str)
    """(field, message) of every error given to ``show_error``, at a field of this form or not."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        labels: Mapping[str, str] | None = None,
        weight_unit: str = "kg",
        note: bool = False,
        distance: bool = False,
    ) -> None:
        super().__init__(parent)
        words = {**_LABELS, **(labels or {})}
        keys = (*SET_FIELDS, *(("distance_km",) if distance else ()), *(("note",) if note else ()))
        self.edits: dict[str, QLineEdit] = {key: QLineEdit() for key in keys}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.weight_unit_label = QLabel(weight_unit)
        self._weight_unit = weight_unit
        self._filled_weight: tuple[str, float] | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (key, edit) in enumerate(self.edits.items()):
            error = QLabel("")
            error.setStyleSheet(ERROR_STYLE)
            self.errors[key] = error
            edit.setPlaceholderText(_PLACEHOLDERS.get(key, ""))
            if key != "note":
                edit.setMaximumWidth(160)
                edit.setProperty(NUMERIC_PROPERTY, True)
            edit.returnPressed.connect(self.submitted)
            edit.textEdited.connect(error.clear)
            label = QLabel(words[key])
            self.labels[key] = label
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            if key == "weight_kg":
                grid.addWidget(self.weight_unit_label, row, 2)
            grid.addWidget(error, row, 3)
        grid.setColumnStretch(3, 1)

    def set_field_visible(self, key: str, visible: bool) -> None:
        """Show or hide one field with its label and error (e.g. distance for cardio only)."""
        for widget in (self.labels.get(key), self.edits.get(key), self.errors.get(key)):
            if widget is not None:
                widget.setVisible(visible)

    # -- units ------------------------------------------------------------------------------

    @property
    def weight_unit(self) -> str:
        return self._weight_unit

    def set_weight_unit(self, unit: str) -> None:
        """Weights are typed and shown in ``unit`` ("kg" or "lb") from now on."""
        self._weight_unit = unit
        self.weight_unit_label.setText(unit)

    # -- reading and writing ----------------------------------------------------------------

    def fill(self, values: SetValues | None, note: str = "") -> None:
        """Show ``values`` (None: empty fields) and clear every error."""
        values = values or SetValues()
        dp = _decimal_point()

        def num(x: float | None, decimals: int) -> str:
            return "" if x is None else display_number(x, decimals).replace(".", dp)

        weight = (
            "" if values.weight_kg is None else num(kg_to(values.weight_kg, self.weight_unit), 2)
        )
        texts = {
            "reps": "" if values.reps is None else str(values.reps),
            "weight_kg": weight,
            "duration_seconds": num(values.seconds, 1),
            "rpe": num(values.rpe, 1),
            "distance_km": num(values.distance_km, 2),
            "note": note,
        }
        for key, edit in self.edits.items():
            edit.setText(texts[key])
        self._filled_weight = None if values.weight_kg is None else (weight, values.weight_kg)
        self.clear_errors()

    def values(self, *, required: Collection[str] = ()) -> SetValues:
        """The set as typed; InputError (the first refused field) after showing every refusal
        at its field. ``required`` names the fields that may not be left empty."""
        self.clear_errors()
        dp = _decimal_point()

        def number(field: str) -> Callable[[str], float | int | None]:
            return lambda text: parse_number(
                text,
                field=field,
                bound=number_bound(LOGGED_SET, field),
                decimal_point=dp,
                required=field in required,
            )

        def weight(text: str) -> float | None:
            if self._filled_weight is not None and text == self._filled_weight[0]:
                return self._filled_weight[1]  # unchanged as shown: the stored kg exactly
            return parse_weight(
                text,
                field="weight_kg",
                unit=self.weight_unit,
                bound=number_bound(LOGGED_SET, "weight_kg"),
                decimal_point=dp,
                required="weight_kg" in required,
            )

        parsers: dict[str, Callable[[str], float | int | None]] = {
            "reps": number("reps"),
            "weight_kg": weight,
            "duration_seconds": number("duration_seconds"),
            "rpe": number("rpe"),
            "distance_km": number("distance_km"),
        }
        parsed: dict[str, float | int | None] = {"distance_km": None}
        refused: list[InputError] = []
        for key, parse in parsers.items():
            if key not in self.edits:
                continue
            try:
                parsed[key] = parse(self.edits[key].text())
            except InputError as exc:
                refused.append(exc)
        for error in refused:
            self.show_error(error)
        if refused:
            raise refused[0]
        reps, seconds, rpe = parsed["reps"], parsed["duration_seconds"], parsed["rpe"]
        distance = parsed["distance_km"]
        return SetValues(
            reps=None if reps is None else int(reps),
            weight_kg=parsed["weight_kg"],
            seconds=None if seconds is None else float(seconds),
            rpe=None if rpe is None else float(rpe),
            distance_km=None if distance is None else float(distance),
        )

    def note(self) -> str:
        """The note as typed ("" when the form has no note field)."""
        edit = self.edits.get("note")
        return "" if edit is None else edit.text()

    # -- errors -----------------------------------------------------------------------------

    def show_error(self, error: InputError) -> bool:
        """Show ``error`` at its field; False when this form has no such field (the caller
        says it elsewhere). ``error_shown`` is emitted either way."""
        label = self.errors.get(error.field)
        if label is not None:
            label.setText(error.message)
        self.error_shown.emit(error.field, error.message)
        return label is not None

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
