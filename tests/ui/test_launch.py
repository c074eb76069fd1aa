"""Launching: `backline workout ROUTINE` opens the Workout tab ready to start, by keyboard;
the application identifies itself as Backline to the desktop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import main as launcher
from core.paths import APP_ID
from core.store.db import open_database
from core.store.startup import seed_if_needed
from core.workout.plan import find_startable_routine
from ui import app as app_module
from ui.workout.tab import WorkoutTab


def seeded_file(path: Path) -> Path:
    db = open_database(path)
    seed_if_needed(db)
    db.close()
    return path


def routine_id(path: Path, name: str) -> int:
    db = open_database(path)
    try:
        with db.read_scope() as session:
            found = find_startable_routine(name, session=session)
    finally:
        db.close()
    assert found is not None
    return found.id


def test_workout_routine_opens_ready_and_enter_starts_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The Workout tab is current, the named routine chosen, focus on Start, and Return sent
    to whatever has focus starts that routine (no setFocus by the test)."""
    path = seeded_file(tmp_path / "w.db")
    wanted = routine_id(path, "daily home back complex")  # any case, as a person types it
    controller = app_module.Backline(
        QApplication.instance(),  # type: ignore[arg-type]
        path,
        open_workout=True,
        routine_id=wanted,
    )
    qtbot.addWidget(controller.window)
    controller.start()
    qtbot.waitUntil(lambda: controller.db is not None)
    window = controller.window
    qtbot.waitExposed(window)
    tab = window.tab("Workout")
    assert isinstance(tab, WorkoutTab)
    assert window.tabs.currentWidget().isAncestorOf(tab)
    assert tab.routine_combo.currentData() == wanted
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.start_button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert tab.run is not None
    assert tab.run.plan.name == "Daily home back complex"
    tab.end_workout()
    controller.shutdown()


def test_workout_without_routine_opens_the_workout_tab(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`backline workout` with no routine opens on the Workout tab, focus on Start."""
    path = seeded_file(tmp_path / "w.db")
    controller = app_module.Backline(QApplication.instance(), path, open_workout=True)  # type: ignore[arg-type]
    qtbot.addWidget(controller.window)
    controller.start()
    qtbot.waitUntil(lambda: controller.db is not None)
    tab = controller.window.tab("Workout")
    assert controller.window.tabs.currentWidget().isAncestorOf(tab)
    controller.window.activateWindow()
    assert isinstance(tab, WorkoutTab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.start_button)
    controller.shutdown()


def test_unknown_routine_names_it_and_lists_the_routines(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`backline workout "no such routine"` opens no window: one line naming the routine and
    the routines that exist, and a failure status."""
    path = seeded_file(tmp_path / "w.db")
    status = launcher.main(["--db", str(path), "workout", "no such routine"])
    err = capsys.readouterr().err
    assert status == 1
    assert "'no such routine'" in err and "Daily home back complex" in err
    assert len(err.strip().splitlines()) == 1


def test_application_identifies_as_backline(qapp) -> None:  # type: ignore[no-untyped-def]
    """Window managers and Wayland see the app id, the name and an icon, not python3."""
    app_module.identify_application(qapp)
    assert QGuiApplication.desktopFileName() == APP_ID
    assert qapp.applicationName() == "Backline"
    assert not qapp.windowIcon().isNull()
