"""A number entry with its unit and a red message naming the field when the value is refused.

Numbers are typed and shown in the language's way: ``read_number`` reads "62,5" in German
(core.bounds.parse_number, the one parser of typed numbers) and checks the result against the
field's bound, and
``NumberField.set_number`` shows a value with the language's decimal separator
(core.units.display_number), so what is shown can be typed back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from core import bounds
from core.bounds import Bound
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.units import display_number
from ui import theme

FIELD_CHARS = 9
"""The edit is wide enough for this many digits in the font on screen (it grows with it)."""

# a unit as a screen reader should say it (the screen shows the abbreviation); marked here,
# translated by unit_words() when it is said
UNIT_WORDS = {
    "s": QT_TRANSLATE_NOOP("ui.widgets.number_field", "seconds"),
    "s per rep": QT_TRANSLATE_NOOP("ui.widgets.number_field", "seconds per rep"),
    "min": QT_TRANSLATE_NOOP("ui.widgets.number_field", "minutes"),
    "h": QT_TRANSLATE_NOOP("ui.widgets.number_field", "hours"),
    "kg": QT_TRANSLATE_NOOP("ui.widgets.number_field", "kilograms"),
    "lb": QT_TRANSLATE_NOOP("ui.widgets.number_field", "pounds"),
    "cm": QT_TRANSLATE_NOOP("ui.widgets.number_field", "centimetres"),
    "in": QT_TRANSLATE_NOOP("ui.widgets.number_field", "inches"),
    "g": QT_TRANSLATE_NOOP("ui.widgets.number_field", "grams"),
    "l": QT_TRANSLATE_NOOP("ui.widgets.number_field", "litres"),
    "kcal": QT_TRANSLATE_NOOP("ui.widgets.number_field", "kilocalories"),
}


def unit_words(unit: str) -> str:
    """``unit`` spelled out for a screen reader, in the language in use: "s" -> "seconds";
    unknown units as they are."""
    words = UNIT_WORDS.get(unit)
    return unit if words is None else translate("ui.widgets.number_field", words)


def unit_description(unit: str) -> str:
    """What a screen reader says of a field typed in ``unit``: "in seconds"."""
    return translate("ui.widgets.number_field", "in {unit}").format(unit=unit_words(unit))


def read_number(
    text: str, *, field: str, bound: Bound, required: bool = False
) -> float | int | None:
    """What a person typed, read with the language's decimal separator and checked against
    ``bound`` (core.bounds.parse_number, the one parser of typed numbers); None for an empty
    field that is not ``required``. InputError(field) says why a text is refused."""
    return bounds.parse_number(text, field=field, bound=bound, required=required)


_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class NumberField(QWidget):
    """A line edit (object name `field_<key>`), its unit, and an error label (`error_<key>`).

    The edit is named ``name`` for a screen reader (its label sits outside this widget, so Qt
    cannot find it as a buddy); its description says the unit and the refusal shown.
    """

    def __init__(
        self, key: str, unit: str = "", parent: QWidget | None = None, *, name: str = ""
    ) -> None:
        super().__init__(parent)
        self.key = key
        self._shown: tuple[str, float] | None = None  # (text set_number showed, its value)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{key}")
        self._fit_width()
        self.edit.setAccessibleName(name)
        self.unit = QLabel(unit)
        self.error = QLabel()
        self.error.setObjectName(f"error_{key}")
        theme.paint_text(self.error, "error")
        self.error.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.unit)
        layout.addWidget(self.error, 1)
        self._describe()

    def _fit_width(self) -> None:
        metrics = self.edit.fontMetrics()
        self.edit.setMaximumWidth(
            metrics.horizontalAdvance("0" * FIELD_CHARS) + 3 * metrics.height() // 2
        )

    def _frame(self, refused: bool) -> None:
        colour = theme.text_colour("error")
        self.edit.setStyleSheet(f"border: 1px solid {colour};" if refused else "")

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_width()
        elif kind in _PALETTE_EVENTS and self.edit.styleSheet():
            self._frame(True)
        super().changeEvent(event)

    def set_unit(self, unit: str) -> None:
        """Show ``unit`` beside the field (the weight fields follow the person's unit)."""
        self.unit.setText(unit)
        self._describe()

    def set_number(self, value: float | None, decimals: int = 2) -> None:
        """Show ``value`` in the language's way ("62,5" in German; "" for None). Left as shown,
        ``number`` gives back this value exactly, not the rounded text."""
        text = "" if value is None else display_number(value, decimals)
        self.edit.setText(text)
        self._shown = None if value is None else (text, value)

    def number(self, bound: Bound, *, required: bool = False) -> float | int | None:
        """The number typed (``read_number``, field ``key``); InputError when refused."""
        text = self.edit.text()
        if self._shown is not None and text == self._shown[0]:
            return self._shown[1]
        return read_number(text, field=self.key, bound=bound, required=required)

    def set_error(self, message: str) -> None:
        """Show `message` next to the field and frame the edit red ("" clears both)."""
        self.error.setText(message)
        self._frame(bool(message))
        self.edit.setToolTip(message)
        self._describe()

    def _describe(self) -> None:
        unit = self.unit.text()
        parts = [unit_description(unit)] if unit and not unit.startswith("(") else []
        if unit.startswith("("):
            parts.append(unit.strip("()"))
        if self.error.text():
            parts.append(self.error.text())
        self.edit.setAccessibleDescription("; ".join(parts))
