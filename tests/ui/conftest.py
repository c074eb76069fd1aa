"""UI fixtures: synchronous tasks, a main window on a seeded temporary database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui import tasks


@pytest.fixture(autouse=True)
def synchronous_tasks() -> Iterator[None]:
    """Run background work inline so tests see its result at once (Picard's FakeThreadPool)."""
    tasks.use_synchronous_tasks(True)
    yield
    tasks.use_synchronous_tasks(False)


@pytest.fixture(autouse=True)
def keys_let_go(qtbot):  # type: ignore[no-untyped-def]
    """After each test every modifier key is up again, as a person's hands leave the keyboard:
    a test whose Ctrl+Enter closes a dialog sends the release to a widget that is gone, and
    Qt would go on believing Ctrl is held (the next test's clicks become Ctrl+clicks)."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    held = QApplication.keyboardModifiers()
    if held == Qt.KeyboardModifier.NoModifier:
        return
    catcher = QWidget()
    qtbot.addWidget(catcher)
    for modifier, key in (
        (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
        (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
        (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
        (Qt.KeyboardModifier.MetaModifier, Qt.Key.Key_Meta),
    ):
        if held & modifier:
            qtbot.keyRelease(catcher, key)


@pytest.fixture
def main_window(qtbot, seeded_db):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_database(seeded_db)
    window.show()
    qtbot.waitExposed(window)
    return window
