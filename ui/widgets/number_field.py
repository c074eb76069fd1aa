"""A number entry with its unit and a red message naming the field when the value is refused."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

ERROR_STYLE = "color: #c62828;"


class NumberField(QWidget):
    """A line edit (object name `field_<key>`), its unit, and an error label (`error_<key>`)."""

    def __init__(self, key: str, unit: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{key}")
        self.edit.setMaximumWidth(90)
        self.unit = QLabel(unit)
        self.error = QLabel()
        self.error.setObjectName(f"error_{key}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.unit)
        layout.addWidget(self.error, 1)

    def set_error(self, message: str) -> None:
        """Show `message` next to the field and frame the edit red ("" clears both)."""
        self.error.setText(message)
        self.edit.setStyleSheet("border: 1px solid #c62828;" if message else "")
        self.edit.setToolTip(message)
