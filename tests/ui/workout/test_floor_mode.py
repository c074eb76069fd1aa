"""Floor mode in the main window, followed as a person does: every key goes to whatever has focus
(QApplication.focusWidget()); the test never puts focus anywhere itself.

Time passes on a FakeClock given to the Workout tab; the tab's driver is re-armed so that it
polls at once. The short routine: get ready 10 s, glute bridge set 1 (reps, untimed), rest 5 s,
set 2, rest 5 s, superman holds ... The offscreen platform makes a full-screen window the size
of its screen; the layout is checked at the sizes a person has, by resizing the window.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from core.clock import FakeClock
from tests.reliability.short_routine import make_routine
from ui.widgets.phase_display import floor_colours, phase_view
from ui.workout import dialogs
from ui.workout.floor import glyph_height
from ui.workout.tab import WorkoutTab

ROUTINE = "Short test routine"


class SilentCues(QObject):
    """Stands in for the CuePlayer: records what would sound."""

    played = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.kinds: list[str] = []

    def play(self, kind: str) -> bool:
        self.kinds.append(kind)
        return False

    def speak(self, text: str) -> bool:
        return False


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    """One key to whatever has focus, as a keyboard would send it."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    qtbot.keyClick(widget, key, modifier)


@pytest.fixture
def window(qtbot, seeded_db, monkeypatch):  # type: ignore[no-untyped-def]
    """The main window on a database with the short routine, active, End confirmed."""
    from ui.main_window import MainWindow

    make_routine(seeded_db)
    monkeypatch.setattr(dialogs, "confirm_end", lambda parent, pending, logged: True)
    monkeypatch.setattr(dialogs, "ask_end_timed", lambda parent, timed, logged: "drop")
    monkeypatch.setattr(dialogs, "show_summary", lambda parent, summary, records, unit: None)
    monkeypatch.setattr(dialogs, "ask_quit", lambda parent, logged: "keep")
    win = MainWindow()
    qtbot.addWidget(win)
    win.attach_database(seeded_db)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


@pytest.fixture
def tab(qtbot, window) -> WorkoutTab:  # type: ignore[no-untyped-def]
    """Ctrl+N to the Workout tab, the short routine chosen with Down, Return starts it."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    place = [window.tabs.tabText(i) for i in range(window.tabs.count())].index("Workout") + 1
    press(qtbot, getattr(Qt.Key, f"Key_{place}"), Qt.KeyboardModifier.ControlModifier)
    workout = window.tab("Workout")
    assert isinstance(workout, WorkoutTab)
    workout.clock = FakeClock(datetime(2025, 6, 2, 7, 0, tzinfo=UTC))
    workout._cue_player = SilentCues()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workout.routine_combo)
    for _ in range(40):
        if workout.routine_combo.currentText() == ROUTINE:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert workout.routine_combo.currentText() == ROUTINE
    press(qtbot, Qt.Key.Key_Return)
    assert workout.run is not None and workout.run.player is not None
    return workout


def advance(qtbot, tab: WorkoutTab, seconds: float | None = None) -> None:  # type: ignore[no-untyped-def]
    """Let the current timed phase run out (or ``seconds`` pass) and wait for its cues."""
    assert tab.run is not None and tab.run.player is not None
    if seconds is None:
        seconds = tab.run.player.remaining()
        assert seconds is not None, tab.run.player.step
    assert isinstance(tab.clock, FakeClock)
    tab.clock.advance(seconds)
    with qtbot.waitSignal(tab.cue_handled, timeout=3000):
        tab.driver.rearm()


def background(tab: WorkoutTab) -> str:
    """The colour painted in the floor view's corner (inside its margin, away from any text)."""
    image = tab.floor.grab().toImage()
    return QColor(image.pixel(QPoint(2, 2))).name()


def expected_floor(tab: WorkoutTab) -> tuple[str, str]:
    """(background, text) for the player's state now, from the one source the tab uses."""
    assert tab.run is not None
    return floor_colours(phase_view(tab.run.player))


def enter_floor(qtbot, window, tab: WorkoutTab) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_F11)
    assert tab.floor_mode
    qtbot.waitUntil(lambda: tab.floor.isVisible() and QApplication.focusWidget() is not None)


def test_f11_enters_floor_mode_full_screen_with_only_the_floor_view(qtbot, window, tab) -> None:  # type: ignore[no-untyped-def]
    """F11 (wherever focus is) puts the window full screen and shows only the floor view: the
    tab bar, the menu bar, the status bar and the tab's own page are hidden; F11 again puts all
    of it back, the window in its earlier state."""
    assert window.tabs.tabBar().isVisible() and window.menuBar().isVisible()
    enter_floor(qtbot, window, tab)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.tabs.tabBar().isVisible()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not tab.page.isVisible() and not tab.display.isVisible()
    assert tab.floor.isVisible()
    press(qtbot, Qt.Key.Key_F11)
    assert not tab.floor_mode
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.tabs.tabBar().isVisible() and window.menuBar().isVisible()
    assert window.statusBar().isVisible() and tab.display.isVisible()
    assert not tab.floor.isVisible()


def test_esc_leaves_floor_mode_and_the_tab_bar_comes_back(qtbot, window, tab) -> None:  # type: ignore[no-untyped-def]
    """Esc in floor mode (focus on the floor view, no field) leaves it; the tab bar and the
    window state are restored and the workout runs on."""
    enter_floor(qtbot, window, tab)
    press(qtbot, Qt.Key.Key_Escape)
    assert not tab.floor_mode
    assert window.tabs.tabBar().isVisible()
    assert window.windowState() == Qt.WindowState.WindowNoState
    assert tab.run is not None and not tab.run.player.paused  # type: ignore[union-attr]
    assert QApplication.focusWidget() is not None


def test_the_button_enters_and_the_view_s_button_leaves(qtbot, window, tab) -> None:  # type: ignore[no-untyped-def]
    """The Floor mode button (its tooltip names F11) enters; Leave floor mode in the view
    leaves."""
    assert "F11" in tab.floor_button.toolTip() and "F11" in tab.floor.leave_button.toolTip()
    qtbot.mouseClick(tab.floor_button, Qt.MouseButton.LeftButton)
    assert tab.floor_mode and not window.tabs.tabBar().isVisible()
    qtbot.waitUntil(tab.floor.leave_button.isVisible)
    qtbot.mouseClick(tab.floor.leave_button, Qt.MouseButton.LeftButton)
    assert not tab.floor_mode and window.tabs.tabBar().isVisible()


def _no_line_clipped(tab: WorkoutTab) -> None:
    floor = tab.floor
    labels: list[QLabel] = [
        floor.phase_label,
        floor.digits,
        floor.details_label,
        floor.next_label,
        floor.status_label,
    ]
    for label in labels:
        metrics = label.fontMetrics()
        assert metrics.horizontalAdvance(label.text()) <= label.width(), label.text()
        top = label.mapTo(floor, QPoint(0, 0)).y()
        assert top >= 0 and top + label.height() <= floor.height(), label.text()
    button = floor.leave_button
    assert button.mapTo(floor, QPoint(0, button.height())).y() <= floor.height()
    ink = glyph_height(floor.digits.font(), floor.digits.text())
    assert ink <= floor.digits.height()


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_digits_are_a_third_of_the_window_and_nothing_is_clipped(qtbot, window, tab, size) -> None:  # type: ignore[no-untyped-def]
    """At 1280x800 and 1920x1080 the digits' glyphs are at least a third of the window's height
    and every line fits its width, for "10" (get ready), "0:00" (untimed work) and a ten-minute
    rest ("10:05", after + pressed forty times)."""
    width, height = size
    enter_floor(qtbot, window, tab)
    # Offscreen, a full-screen window is the platform's 800x800 screen (and the platform puts
    # it back there after a resize): the window leaves the full-screen state, stays in floor
    # mode, and is made the size of the person's screen.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.height() == height and tab.floor.height() == height)
    seen: list[str] = []

    def check() -> None:
        text = tab.floor.digits.text()
        seen.append(text)
        assert text == tab.display.digits.text()  # the same number as the tab's own display
        assert glyph_height(tab.floor.digits.font(), text) >= height / 3, text
        _no_line_clipped(tab)

    check()
    advance(qtbot, tab)  # get ready over: the glute bridge set counts up from 0:00
    check()
    press(qtbot, Qt.Key.Key_Return)  # the set confirmed as pre-filled: the rest starts
    assert tab.run is not None and tab.run.player is not None
    assert tab.run.player.step.kind == "rest"
    for _ in range(40):
        press(qtbot, Qt.Key.Key_Plus)
    check()
    assert seen == ["10", "0:00", "10:05"]


def test_the_background_follows_the_phase(qtbot, window, tab) -> None:  # type: ignore[no-untyped-def]
    """The phase colour fills the floor view: get ready's, then work's, then rest's, each the
    pair floor_colours gives for the player's state (after each flash has ended)."""
    enter_floor(qtbot, window, tab)
    painted = [background(tab)]
    assert painted[-1] == expected_floor(tab)[0]
    advance(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.floor.flashing)
    painted.append(background(tab))
    assert painted[-1] == expected_floor(tab)[0]
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not tab.floor.flashing)
    painted.append(background(tab))
    assert painted[-1] == expected_floor(tab)[0]
    assert painted[0] != painted[1]  # get ready and work look different
    text = tab.floor.digits.palette().color(QPalette.ColorRole.WindowText).name()
    assert text == QColor(expected_floor(tab)[1]).name()


def test_a_transition_flashes_the_view_and_the_flash_ends(qtbot, window, tab) -> None:  # type: ignore[no-untyped-def]
    """When get ready runs out the colours invert (text colour as background) and go back by
    themselves; the player has moved on to work and the flash does not change it."""
    enter_floor(qtbot, window, tab)
    assert not tab.floor.flashing
    advance(qtbot, tab)
    assert tab.run is not None and tab.run.player is not None
    step = tab.run.player.index
    bg, text = expected_floor(tab)
    assert tab.floor.flashing and background(tab) == QColor(text).name()
    qtbot.waitUntil(lambda: not tab.floor.flashing, timeout=3000)
    assert background(tab) == QColor(bg).name()
    assert tab.run.player.index == step and tab.run.player.step.kind == "work"


def repaint(qtbot, tab: WorkoutTab) -> None:  # type: ignore[no-untyped-def]
    """Wait for the driver's next repaint tick (time passing is not a key press)."""
    with qtbot.waitSignal(tab.driver.repaint, timeout=3000):
        pass


def test_space_pauses_in_floor_mode_and_the_numbers_stay_the_tab_s(qtbot, window, tab) -> None:  # type: ignore[no-untyped-def]
    """Space pauses from floor mode: the floor says Paused in the paused colour, with the same
    digits as the tab's own display; time passing changes nothing; Space resumes; Right and
    Left move through the steps as on the tab's page."""
    enter_floor(qtbot, window, tab)
    assert isinstance(tab.clock, FakeClock)
    tab.clock.advance(3.2)
    repaint(qtbot, tab)
    press(qtbot, Qt.Key.Key_Space)
    assert tab.run is not None and tab.run.player is not None and tab.run.player.paused
    assert tab.floor_mode
    assert tab.floor.phase_label.text().startswith("Paused")
    assert tab.floor.digits.text() == tab.display.digits.text() == "7"
    assert background(tab) == expected_floor(tab)[0]
    tab.clock.advance(30)
    repaint(qtbot, tab)
    assert tab.floor.digits.text() == tab.display.digits.text() == "7"
    press(qtbot, Qt.Key.Key_Space)
    assert not tab.run.player.paused and not tab.floor.phase_label.text().startswith("Paused")
    start = tab.run.player.index
    press(qtbot, Qt.Key.Key_Right)
    assert tab.run.player.index == start + 1 and tab.run.player.step.kind == "work"
    assert tab.floor.phase_label.text() == tab.display.phase_label.text()
    press(qtbot, Qt.Key.Key_Left)
    assert tab.run.player.index == start and tab.floor_mode


def test_f1_in_floor_mode_lists_f11(qtbot, window, tab) -> None:  # type: ignore[no-untyped-def]
    """The menu bar is hidden in floor mode, yet F1 still opens Keyboard shortcuts, and F11 is
    listed there with what it does."""
    enter_floor(qtbot, window, tab)
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    rows = dialog.visible_rows()  # type: ignore[union-attr]
    assert any("F11" in keys and "Floor mode" in what for _g, keys, what in rows)
    dialog.close()  # type: ignore[union-attr]


def test_ending_the_workout_leaves_floor_mode(qtbot, window, tab) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+E in floor mode ends the workout and floor mode with it: the tab bar is back,
    the window is no longer full screen, focus is on the routine chooser."""
    enter_floor(qtbot, window, tab)
    press(
        qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert tab.run is None and not tab.floor_mode
    assert window.tabs.tabBar().isVisible()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert QApplication.focusWidget() is tab.routine_combo
    assert not tab.floor_button.isEnabled()


def test_another_tab_leaves_floor_mode(qtbot, window, tab) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Tab in floor mode goes to the next tab and floor mode ends: the tab bar shows again,
    the window leaves full screen, and the workout goes on."""
    enter_floor(qtbot, window, tab)
    index = window.tabs.currentIndex()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == index + 1
    assert not tab.floor_mode and window.tabs.tabBar().isVisible()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert tab.run is not None


@pytest.mark.qt_log_ignore("This plugin does not support raise.*")  # offscreen: no stacking
def test_the_mini_timer_from_floor_mode_leaves_it_first(qtbot, window, tab) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+M in floor mode: floor mode ends (tab bar back, not full screen), then the mini
    timer shows, as from the tab's page."""
    enter_floor(qtbot, window, tab)
    press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert not tab.floor_mode and tab.mini.isVisible()
    assert window.tabs.tabBar().isVisible()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    tab.mini.back_button.click()
    assert not tab.mini.isVisible()
