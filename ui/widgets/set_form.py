"""The form of one logged set: reps, weight, seconds and RPE (optionally distance and a note).

A duration activity (mode "duration": a 30-minute run) is typed in minutes, with a decimal
comma or point, and its distance in km or mi; both are stored as always (duration_seconds,
distance_km). ``set_mode(mode)`` switches the labels and the units; the module's
``duration_field_text`` / ``parse_duration`` are the one conversion, shared with History.

Fields are keyed by the stored attribute names (`reps`, `weight_kg`, `duration_seconds`,
`rpe`, `note`), as `core.bounds.InputError` names them, so a core error lands at its field
with no table of our own. Text is read by `ui.widgets.number_field.read_number` (core.i18n's
parse_number: "62,5" and "62.5" alike) against `LOGGED_SET`, and shown in the language's way
(core.units.display_number: "62,5" in German); weights are typed in the person's unit and come
back in kilograms.

    form = SetForm(labels={"duration_seconds": "Seconds held"})
    form.set_mode("duration")                 # "Minutes" and "Distance (km)"
    form.fill(SetValues(reps=10, weight_kg=20))
    values = form.values(required={"reps"})   # InputError when a field is refused (all shown)
    form.show_error(InputError("rpe", "must be between 1 and 10"))
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from core.bounds import LOGGED_SET, Bound, InputError, in_unit, number_bound
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.units import display_number, kg_from, kg_to
from core.workout.log import SetValues
from ui import theme
from ui.widgets.number_field import read_number

__all__ = [
    "DISTANCE_UNITS",
    "NUMERIC_PROPERTY",
    "SET_FIELDS",
    "SetForm",
    "distance_unit_for",
    "duration_field_text",
    "duration_label",
    "parse_duration",
]

SET_FIELDS: tuple[str, ...] = ("reps", "weight_kg", "duration_seconds", "rpe")
"""The number fields of a set, in the order shown."""
NUMERIC_PROPERTY = "backline_numeric"
"""Set True on the number fields: they take digits, a decimal comma or point and Backspace only
(the Workout tab's keys act through the others, ui.workout.keys)."""
FIELD_CHARS = 20
"""A number edit is wide enough for this many digits in its font (it grows with the font)."""


def _field_width(edit: QLineEdit) -> int:
    metrics = edit.fontMetrics()
    return metrics.horizontalAdvance("0" * FIELD_CHARS) + 3 * metrics.height() // 2


# Marked here, translated when a form is built (the language is chosen after import).
_LABELS = {
    "reps": QT_TRANSLATE_NOOP("ui.widgets.set_form", "Reps"),
    "weight_kg": QT_TRANSLATE_NOOP("ui.widgets.set_form", "Weight"),
    "duration_seconds": QT_TRANSLATE_NOOP("ui.widgets.set_form", "Seconds"),
    "rpe": QT_TRANSLATE_NOOP("ui.widgets.set_form", "RPE"),
    "distance_km": QT_TRANSLATE_NOOP("ui.widgets.set_form", "Distance (km)"),
    "note": QT_TRANSLATE_NOOP("ui.widgets.set_form", "Note"),
}
_PLACEHOLDERS = {
    "weight_kg": QT_TRANSLATE_NOOP("ui.widgets.set_form", "optional"),
    "rpe": QT_TRANSLATE_NOOP("ui.widgets.set_form", "optional, 1-10"),
    "distance_km": QT_TRANSLATE_NOOP("ui.widgets.set_form", "optional"),
    "note": QT_TRANSLATE_NOOP("ui.widgets.set_form", "optional"),
}


# 1 mile is exactly 1.609344 km (the international mile).
KM_PER_MI = 1.609344
DISTANCE_UNITS = ("km", "mi")
_DURATION_LABELS = {
    "reps": QT_TRANSLATE_NOOP("ui.widgets.set_form", "Seconds"),
    "hold": QT_TRANSLATE_NOOP("ui.widgets.set_form", "Seconds per hold"),
    "duration": QT_TRANSLATE_NOOP("ui.widgets.set_form", "Minutes"),
}


def distance_unit_for(length_unit: str) -> str:
    """Distances follow the length setting: centimetres -> km, inches -> mi."""
    return "mi" if length_unit == "in" else "km"


def duration_label(mode: str) -> str:
    """The duration field's name for an exercise mode: minutes for a timed activity."""
    words = _DURATION_LABELS.get(mode, _LABELS["duration_seconds"])
    return translate("ui.widgets.set_form", words)


def distance_label(unit: str) -> str:
    """The distance field's name: "Distance (km)"."""
    return translate("ui.widgets.set_form", "Distance ({unit})").format(unit=unit)


def _minutes_bound() -> Bound:
    seconds = number_bound(LOGGED_SET, "duration_seconds")
    return Bound(seconds.minimum / 60, seconds.maximum / 60, unit="min")


def _distance_bound(unit: str) -> Bound:
    km = number_bound(LOGGED_SET, "distance_km")
    if unit == "km":
        return km
    # rounded inward to 0.01, so every distance typed within it is within the stored bound
    return Bound(
        math.ceil(km.minimum / KM_PER_MI * 100) / 100,
        math.floor(km.maximum / KM_PER_MI * 100) / 100,
        unit=unit,
    )


def duration_field_text(seconds: float | None, mode: str) -> str:
    """Stored seconds as the duration field shows them, in the language's way: minutes (to
    0.01) for a duration activity, seconds (to 0.1) otherwise; "" for none."""
    if seconds is None:
        return ""
    minutes = mode == "duration"
    return display_number(seconds / 60, 2) if minutes else display_number(seconds, 1)


def parse_duration(text: str, mode: str, *, required: bool = False) -> float | None:
    """What was typed in the duration field, in stored seconds; InputError('duration_seconds')
    with the range in the unit typed (minutes for a duration activity)."""
    bound = _minutes_bound() if mode == "duration" else number_bound(LOGGED_SET, "duration_seconds")
    value = read_number(text, field="duration_seconds", bound=bound, required=required)
    if value is None:
        return None
    return float(value) * 60 if mode == "duration" else float(value)


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
        distance_unit: str = "km",
    ) -> None:
        super().__init__(parent)
        words = {
            **{key: translate("ui.widgets.set_form", text) for key, text in _LABELS.items()},
            **(labels or {}),
        }
        self._mode = "reps"
        self._duration_words = words["duration_seconds"]
        self._distance_unit = distance_unit
        keys = (*SET_FIELDS, *(("distance_km",) if distance else ()), *(("note",) if note else ()))
        self.edits: dict[str, QLineEdit] = {key: QLineEdit() for key in keys}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.weight_unit_label = QLabel(weight_unit)
        self._weight_unit = weight_unit
        self._filled_weight: tuple[str, float] | None = None
        # field -> (text shown by fill, stored value): left as shown, it comes back exactly
        self._filled: dict[str, tuple[str, float]] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (key, edit) in enumerate(self.edits.items()):
            error = QLabel("")
            theme.paint_text(error, "error")
            self.errors[key] = error
            hint = _PLACEHOLDERS.get(key)
            edit.setPlaceholderText("" if hint is None else translate("ui.widgets.set_form", hint))
            if key != "note":
                edit.setMaximumWidth(_field_width(edit))
                edit.setProperty(NUMERIC_PROPERTY, True)
            edit.returnPressed.connect(self.submitted)
            edit.textEdited.connect(error.clear)
            edit.textEdited.connect(lambda _text, k=key: self._describe(k))
            label = QLabel(words[key])
            label.setBuddy(edit)  # a screen reader names the field by its label
            self.labels[key] = label
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            if key == "weight_kg":
                grid.addWidget(self.weight_unit_label, row, 2)
            grid.addWidget(error, row, 3)
        grid.setColumnStretch(3, 1)
        if "distance_km" in self.labels:
            self.labels["distance_km"].setText(distance_label(distance_unit))
        self._describe("weight_kg")

    def _describe(self, key: str) -> None:
        """What a screen reader says beyond the field's label: the weight's unit, and the
        refusal shown beside the field (a red line it cannot see)."""
        edit = self.edits.get(key)
        if edit is None:
            return
        parts = (
            [translate("ui.widgets.set_form", "in {unit}").format(unit=self._weight_unit)]
            if key == "weight_kg"
            else []
        )
        if self.errors[key].text():
            parts.append(self.errors[key].text())
        edit.setAccessibleDescription("; ".join(parts))

    def set_field_visible(self, key: str, visible: bool) -> None:
        """Show or hide one field with its label and error (e.g. distance for cardio only)."""
        for widget in (self.labels.get(key), self.edits.get(key), self.errors.get(key)):
            if widget is not None:
                widget.setVisible(visible)

    # -- mode and units ---------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """Fit the form to an exercise mode: a duration activity ("duration") is typed in
        minutes and shows its distance; reps and hold sets are typed in seconds. Call before
        ``fill``: the duration field's text is in the mode's unit."""
        self._mode = mode
        self.labels["duration_seconds"].setText(
            duration_label(mode) if mode in _DURATION_LABELS else self._duration_words
        )
        self.edits["duration_seconds"].setPlaceholderText(
            translate("ui.widgets.set_form", "e.g. 30") if mode == "duration" else ""
        )
        if "distance_km" in self.edits:
            self.set_field_visible("distance_km", mode == "duration")

    @property
    def distance_unit(self) -> str:
        return self._distance_unit

    def set_distance_unit(self, unit: str) -> None:
        """Distances are typed and shown in ``unit`` ("km" or "mi") from now on."""
        if unit not in DISTANCE_UNITS:
            raise ValueError(f"unknown distance unit {unit!r}")
        self._distance_unit = unit
        if "distance_km" in self.labels:
            self.labels["distance_km"].setText(distance_label(unit))

    @property
    def weight_unit(self) -> str:
        return self._weight_unit

    def set_weight_unit(self, unit: str) -> None:
        """Weights are typed and shown in ``unit`` ("kg" or "lb") from now on."""
        self._weight_unit = unit
        self.weight_unit_label.setText(unit)
        self._describe("weight_kg")

    # -- reading and writing ----------------------------------------------------------------

    def fill(self, values: SetValues | None, note: str = "") -> None:
        """Show ``values`` (None: empty fields) in the language's way ("62,5" in German) and
        clear every error."""
        values = values or SetValues()

        def num(x: float | None, decimals: int) -> str:
            return "" if x is None else display_number(x, decimals)

        weight = (
            "" if values.weight_kg is None else num(kg_to(values.weight_kg, self.weight_unit), 2)
        )
        distance = (
            None
            if values.distance_km is None
            else values.distance_km / (KM_PER_MI if self._distance_unit == "mi" else 1.0)
        )
        texts = {
            "reps": "" if values.reps is None else str(values.reps),
            "weight_kg": weight,
            "duration_seconds": duration_field_text(values.seconds, self._mode),
            "rpe": num(values.rpe, 1),
            "distance_km": num(distance, 2),
            "note": note,
        }
        for key, edit in self.edits.items():
            edit.setText(texts[key])
        self._filled_weight = None if values.weight_kg is None else (weight, values.weight_kg)
        self._filled = {
            key: (texts[key], float(stored))
            for key, stored in (
                ("duration_seconds", values.seconds),
                ("distance_km", values.distance_km),
            )
            if stored is not None
        }
        self.clear_errors()

    def values(self, *, required: Collection[str] = ()) -> SetValues:
        """The set as typed; InputError (the first refused field) after showing every refusal
        at its field. ``required`` names the fields that may not be left empty."""
        self.clear_errors()

        def number(field: str) -> Callable[[str], float | int | None]:
            return lambda text: read_number(
                text,
                field=field,
                bound=number_bound(LOGGED_SET, field),
                required=field in required,
            )

        def weight(text: str) -> float | None:
            if self._filled_weight is not None and text == self._filled_weight[0]:
                return self._filled_weight[1]  # unchanged as shown: the stored kg exactly
            typed = read_number(
                text,
                field="weight_kg",
                bound=in_unit(number_bound(LOGGED_SET, "weight_kg"), self.weight_unit),
                required="weight_kg" in required,
            )
            return None if typed is None else kg_from(float(typed), self.weight_unit)

        def kept(field: str, parse: Callable[[str], float | None]) -> Callable[[str], float | None]:
            def read(text: str) -> float | None:
                filled = self._filled.get(field)
                if filled is not None and text == filled[0]:
                    return filled[1]  # unchanged as shown: the stored value exactly
                return parse(text)

            return read

        def typed_seconds(text: str) -> float | None:
            return parse_duration(text, self._mode, required="duration_seconds" in required)

        def typed_distance(text: str) -> float | None:
            value = read_number(
                text,
                field="distance_km",
                bound=_distance_bound(self._distance_unit),
                required="distance_km" in required,
            )
            if value is None:
                return None
            return float(value) * (KM_PER_MI if self._distance_unit == "mi" else 1.0)

        parsers: dict[str, Callable[[str], float | int | None]] = {
            "reps": number("reps"),
            "weight_kg": weight,
            "duration_seconds": kept("duration_seconds", typed_seconds),
            "rpe": number("rpe"),
            "distance_km": kept("distance_km", typed_distance),
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
            self._describe(error.field)
        self.error_shown.emit(error.field, error.message)
        return label is not None

    def clear_errors(self) -> None:
        for key, label in self.errors.items():
            label.clear()
            self._describe(key)
