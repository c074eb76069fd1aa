"""The Library tests start on the Library: the window opens on Today, so Ctrl+2 first, as a
person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@pytest.fixture
def main_window(main_window, qtbot):  # type: ignore[no-untyped-def]
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(main_window.library_tab.isVisible)
    return main_window
