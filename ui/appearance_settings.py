"""The Settings tab's "Appearance" box: the theme (follow the system, light or dark).

A choice is applied at once to every widget and chart (ui.theme.apply_theme) and saved at once
(the `theme` setting, one short transaction through Ops, announced as Changes(settings=True)).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from core.store.settings import set_setting
from ui import theme
from ui.ops import Ops

THEMES = (
    ("system", "Follow the system"),
    ("light", "Light"),
    ("dark", "Dark"),
)


class AppearanceBox(QGroupBox):
    """A labelled "Theme" combo; `ops()` gives the Ops to save through (the tab's, which the
    window may replace after the box is made)."""

    def __init__(self, ops: Callable[[], Ops], parent: QWidget | None = None) -> None:
        super().__init__("Appearance", parent)
        self._ops = ops
        self._loading = False
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("theme")
        for key, text in THEMES:
            self.theme_combo.addItem(text, key)
        self.theme_combo.setAccessibleName("Theme")
        self.theme_combo.setAccessibleDescription(
            "Colours of every window and chart; follow the system, light or dark"
        )
        self.theme_combo.setToolTip("Light or dark colours, or whichever the system uses")
        self.theme_combo.currentIndexChanged.connect(self._chosen)
        self.status = QLabel()
        self.status.setObjectName("theme_status")
        self.status.setWordWrap(True)
        label = QLabel("Th&eme:")
        label.setBuddy(self.theme_combo)
        form = QFormLayout(self)
        form.addRow(label, self.theme_combo)
        form.addRow("", self.status)
        self.show_theme(theme.current_mode())

    def show_theme(self, mode: str) -> None:
        """Show the stored choice (no save, no apply: the window applied it at start-up)."""
        self._loading = True
        try:
            index = self.theme_combo.findData(mode)
            self.theme_combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False

    def current(self) -> str:
        return str(self.theme_combo.currentData())

    def _chosen(self, _index: int) -> None:
        if self._loading:
            return
        mode = self.current()
        theme.apply_theme(mode)
        ops = self._ops()
        if ops.db is None:
            self.status.setText("Shown now, but not saved: the database is not open yet.")
            theme.paint_text(self.status, "warning")
            return
        saved = ops.write(
            lambda session: set_setting("theme", mode, session=session),
            initiator=self,
            on_error=self._refused,
        )
        if saved is not None:
            self.status.setText("Saved.")
            theme.paint_text(self.status, None)

    def _refused(self, exc: Exception) -> None:
        self.status.setText(f"Theme not saved: {exc}")
        theme.paint_text(self.status, "error")
