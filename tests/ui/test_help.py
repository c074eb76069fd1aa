"""The Help menu: About Backline, the keyboard shortcuts (F1), the user guide."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel

from core.paths import LIBRARY_PATH
from ui import help as ui_help
from ui.main_window import MainWindow


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def texts(widget) -> str:  # type: ignore[no-untyped-def]
    labels = [label.text() for label in widget.findChildren(QLabel)]
    boxes = [box.title() for box in widget.findChildren(QGroupBox)]
    return "\n".join(labels + boxes)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Every URL the app asks the desktop to open; nothing is launched."""
    urls: list[QUrl] = []
    monkeypatch.setattr(ui_help, "open_url", lambda url: urls.append(url) or True)
    return urls


def open_about(qtbot, window: MainWindow) -> ui_help.AboutDialog:  # type: ignore[no-untyped-def]
    window.help_actions["About Backline"].trigger()
    dialog = window.findChild(ui_help.AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def press_f1(qtbot, window: MainWindow) -> ui_help.ShortcutsDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(ui_help.ShortcutsDialog) is not None)
    dialog = window.findChild(ui_help.ShortcutsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_help_menu_has_its_entries_in_order(main_window: MainWindow) -> None:
    """The Help menu reads: Keyboard shortcuts (F1), User guide, a separator, the two Abouts."""
    items = [a.text() for a in main_window.help_menu.actions()]
    assert items == ["&Keyboard shortcuts", "&User guide", "", "&About Backline", "About &Qt"]
    shortcuts = main_window.help_actions["Keyboard shortcuts"].shortcuts()
    assert QKeySequence(Qt.Key.Key_F1) in shortcuts


def test_about_shows_version_paths_titles_and_libraries(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """About names the installed version (package metadata), licence, the database in use and
    its folder, the five articles' titles from library.toml and the libraries' versions."""
    dialog = open_about(qtbot, main_window)
    shown = texts(dialog)
    assert f"Backline {version('backline')}" in shown
    assert "MIT" in shown
    assert main_window.db is not None
    assert str(main_window.db.path) in shown
    assert str(main_window.db.path.parent) in shown
    with LIBRARY_PATH.open("rb") as f:
        titles = [s["title"] for s in tomllib.load(f)["source"]]
    assert len(titles) == 5
    for title in titles:
        assert title in shown
    for name, dist in (("SQLAlchemy", "SQLAlchemy"), ("Alembic", "alembic")):
        assert f"{name}:" in shown and version(dist) in shown
    for name in ("Python:", "Qt:", "PySide6:", "matplotlib:"):
        assert name in shown


def test_about_labels_are_not_clipped(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Every label in About gets at least the width its text needs (long paths included)."""
    dialog = open_about(qtbot, main_window)
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap():
            assert label.width() >= label.minimumSizeHint().width(), label.text()


def test_open_data_folder_opens_the_database_folder(
    qtbot,
    main_window: MainWindow,
    opened: list[QUrl],  # type: ignore[no-untyped-def]
) -> None:
    """Clicking "Open data folder" asks the desktop to open the database's folder, once."""
    dialog = open_about(qtbot, main_window)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert main_window.db is not None
    assert opened == [QUrl.fromLocalFile(str(main_window.db.path.parent))]


def test_about_without_a_database_shows_where_it_would_be(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[QUrl]
) -> None:  # type: ignore[no-untyped-def]
    """Before a database is attached, About shows the resolved default location (BACKLINE_DB)."""
    monkeypatch.setenv("BACKLINE_DB", str(tmp_path / "elsewhere" / "mine.db"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = open_about(qtbot, window)
    assert str(tmp_path / "elsewhere" / "mine.db") in texts(dialog)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "elsewhere"))]


def test_about_qt_button_and_menu_entry_show_qts_about(
    qtbot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The About Qt button and Help > About Qt both call the (replaceable) about_qt."""
    calls: list[object] = []
    monkeypatch.setattr(ui_help, "about_qt", lambda parent: calls.append(parent))
    dialog = open_about(qtbot, main_window)
    qtbot.mouseClick(dialog.about_qt_button, Qt.MouseButton.LeftButton)
    main_window.help_actions["About Qt"].trigger()
    assert calls == [dialog, main_window]


def test_user_guide_opens_the_readme(main_window: MainWindow, opened: list[QUrl]) -> None:
    """Help > User guide opens the README's user guide address in the browser."""
    main_window.help_actions["User guide"].trigger()
    assert opened == [QUrl(ui_help.USER_GUIDE_URL)]


def test_f1_opens_the_shortcuts_dialog_and_esc_closes_it(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """F1 pressed wherever the focus is opens Keyboard shortcuts; Esc in its filter closes it."""
    dialog = press_f1(qtbot, main_window)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.filter)  # typing filters
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_shortcuts_lists_window_menu_and_tab_shortcuts(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The list has Ctrl+Tab/Ctrl+Shift+Tab and every menu shortcut under "Everywhere", and the
    Workout tab's Ctrl+M although that tab was never opened (lazy tabs are built for it)."""
    assert main_window._hosts["Workout"].tab is None
    rows = press_f1(qtbot, main_window).visible_rows()
    assert ("Everywhere", native("Ctrl+Tab"), "Next tab") in rows
    assert ("Everywhere", native("Ctrl+Shift+Tab"), "Previous tab") in rows
    menu_actions = [
        a
        for m in main_window.menuBar().findChildren(type(main_window.help_menu))
        for a in m.actions()
        if a.shortcuts()
    ]
    assert menu_actions  # at least F1; Quit too where the platform binds one (not offscreen)
    listed = {(group, what) for group, _key, what in rows}
    for action in menu_actions:
        assert ("Everywhere", action.text().replace("&", "")) in listed
    assert ("Workout", native("Ctrl+M"), "Switch to a small always-on-top timer") in rows
    assert ("Workout: Backline timer", native("Esc"), "Back to the full window") in rows


def test_shortcuts_cannot_drift_from_the_widgets(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A QAction or QShortcut added to a tab at run time is listed under that tab, with its
    text / whatsThis; one with no description at all is still listed."""
    history = main_window.tab("History")
    action = QAction("Merge duplicate workouts", history)
    action.setShortcut(QKeySequence("Ctrl+Alt+J"))
    history.addAction(action)
    workout = main_window.tab("Workout")
    described = QShortcut(QKeySequence("Ctrl+Alt+L"), workout)
    described.setWhatsThis("Lap the stopwatch")
    QShortcut(QKeySequence("Ctrl+Alt+K"), workout)
    rows = press_f1(qtbot, main_window).visible_rows()
    assert ("History", native("Ctrl+Alt+J"), "Merge duplicate workouts") in rows
    assert ("Workout", native("Ctrl+Alt+L"), "Lap the stopwatch") in rows
    assert ("Workout", native("Ctrl+Alt+K"), ui_help.NO_DESCRIPTION) in rows


def test_filter_keeps_matching_rows_and_their_groups(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Typing in the filter leaves only rows whose key, action or tab matches; clearing it
    brings every row back."""
    dialog = press_f1(qtbot, main_window)
    everything = dialog.visible_rows()
    qtbot.keyClicks(dialog.filter, "timer")
    rows = dialog.visible_rows()
    assert ("Workout", native("Ctrl+M"), "Switch to a small always-on-top timer") in rows
    assert all("timer" in " ".join(row).lower() for row in rows)
    assert len(rows) < len(everything)
    qtbot.keyClick(dialog.filter, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Backspace)
    assert dialog.visible_rows() == everything


def test_shortcuts_model_passes_the_model_tester(
    qtbot, qtmodeltester, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The filtered tree behind the shortcuts dialog is a well-behaved Qt model."""
    dialog = press_f1(qtbot, main_window)
    qtmodeltester.check(dialog.proxy)
