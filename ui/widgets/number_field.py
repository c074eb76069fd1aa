"""A number entry with its unit and a red message naming the field when the value is refused."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ui import theme

FIELD_CHARS = 9
"""The edit is wide enough for this many digits in the font on screen (it grows with it)."""

# a unit as a screen reader should say it (the screen shows the abbreviation)
UNIT_WORDS = {
    "s": "seconds",
    "s per rep": "seconds per rep",
    "min": "minutes",
    "h": "hours",
    "kg": "kilograms",
    "lb": "pounds",
    "cm": "centimetres",
    "in": "inches",
    "g": "grams",
    "l": "litres",
    "kcal": "kilocalories",
}


def unit_words(unit: str) -> str:
    """``unit`` spelled out for a screen reader: "s" -> "seconds"; unknown units as they are."""
    return UNIT_WORDS.get(unit, unit)


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

    def set_error(self, message: str) -> None:
        """Show `message` next to the field and frame the edit red ("" clears both)."""
        self.error.setText(message)
        self._frame(bool(message))
        self.edit.setToolTip(message)
        self._describe()

    def _describe(self) -> None:
        unit = self.unit.text()
        parts = [f"in {unit_words(unit)}"] if unit and not unit.startswith("(") else []
        if unit.startswith("("):
            parts.append(unit.strip("()"))
        if self.error.text():
            parts.append(self.error.text())
        self.edit.setAccessibleDescription("; ".join(parts))
