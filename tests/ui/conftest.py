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


@pytest.fixture
def main_window(qtbot, seeded_db):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_database(seeded_db)
    window.show()
    qtbot.waitExposed(window)
    return window
