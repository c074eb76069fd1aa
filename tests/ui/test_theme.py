"""The theme (light, dark or the system's) chosen in the Appearance box is applied live to every
widget, chart and phase display and saved; the stored theme is applied at start-up; sizes follow
the application font, and at 200 % the Settings and Workout tabs cut no label."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from test_fit import _click_tab, _cut_labels, _tab_title, _window

from core.changes import Changes
from core.store.db import open_database
from core.store.settings import load_settings, set_setting
from core.store.startup import seed_if_needed
from ui import theme
from ui.appearance_settings import AppearanceBox
from ui.ops import Ops
from ui.theme import DARK, LIGHT

Role = QPalette.ColorRole


@pytest.fixture(autouse=True)
def system_theme_after() -> Iterator[None]:
    """Each test leaves the application as it found it: the system's theme and palette."""
    platform_window = QApplication.palette().color(Role.Window).name()
    yield
    theme.apply_theme("system")
    assert QApplication.palette().color(Role.Window).name() == platform_window


def _window_colour(widget: QWidget | None = None) -> str:
    palette = QApplication.palette() if widget is None else widget.palette()
    return palette.color(Role.Window).name()


def _box(qtbot, db):  # type: ignore[no-untyped-def]
    """The Appearance box in a window of its own, the database open, its combo focused the way
    a person gets there: Alt+E, the label's mnemonic."""
    ops = Ops()
    ops.db = db
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    box = AppearanceBox(lambda: ops)
    other = QLabel("some text")
    layout.addWidget(box)
    layout.addWidget(other)
    host.resize(400, 300)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is box.theme_combo
    return host, box, ops, other


def _press(qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_choosing_dark_then_light_then_system_switches_live_and_saves(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """Down to "Dark": the application palette's window is the dark one at once, a label that
    was already shown is dark too, the setting is stored and announced as Changes(settings);
    Up to "Light": light; Up to "Follow the system": the platform's own palette again."""
    platform_window = _window_colour()
    _host, box, ops, other = _box(qtbot, seeded_db)
    assert box.current() == "system"
    with qtbot.waitSignal(ops.changed) as announced:
        _press(qtbot, Qt.Key.Key_Down)
        _press(qtbot, Qt.Key.Key_Down)
    assert box.theme_combo.currentText() == "Dark"
    assert announced.args[0] == Changes(settings=True)
    assert _window_colour() == DARK.window
    # Qt hands the new palette to each widget from the event loop, before the next paint.
    qtbot.waitUntil(lambda: _window_colour(other) == DARK.window)
    assert other.palette().color(Role.WindowText).name() == DARK.text
    assert theme.is_dark() and theme.current_mode() == "dark"
    assert box.status.text() == "Saved."
    with seeded_db.read_scope() as session:
        assert load_settings(session=session).theme == "dark"

    _press(qtbot, Qt.Key.Key_Up)
    assert box.theme_combo.currentText() == "Light"
    assert not theme.is_dark()
    qtbot.waitUntil(lambda: _window_colour(other) == LIGHT.window)
    _press(qtbot, Qt.Key.Key_Up)
    assert box.theme_combo.currentText() == "Follow the system"
    assert _window_colour() == platform_window
    with seeded_db.read_scope() as session:
        assert load_settings(session=session).theme == "system"


def test_a_drawn_chart_redraws_with_the_new_background(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """A chart drawn in the light palette is recoloured and rendered again when Dark is chosen:
    the figure and axes backgrounds, tick labels and the data line take the dark palette's
    colours, and the rendered pixels at its corner are the dark window's."""
    from ui.widgets.chart_canvas import ChartCanvas, style_axes

    host, _box_widget, _ops, _other = _box(qtbot, seeded_db)
    canvas = ChartCanvas()
    host.layout().addWidget(canvas)
    light = canvas.colors()
    fig = canvas.figure()
    ax = fig.add_subplot()
    ax.plot([1, 2, 3], [3, 1, 2], color=light.accent)
    style_axes(ax, light)
    with qtbot.waitSignal(canvas.rendered):
        canvas.draw()

    with qtbot.waitSignal(canvas.recoloured), qtbot.waitSignal(canvas.rendered):
        _press(qtbot, Qt.Key.Key_Down)
        _press(qtbot, Qt.Key.Key_Down)
    dark = canvas.colors()
    assert dark.background == DARK.window and dark.dark
    from matplotlib.colors import to_hex

    assert to_hex(fig.get_facecolor()) == DARK.window
    assert to_hex(ax.get_facecolor()) == DARK.window
    assert {to_hex(t.get_color()) for t in ax.get_xticklabels()} == {DARK.text}
    assert to_hex(ax.lines[0].get_color()) == dark.accent
    import numpy as np

    pixels = np.asarray(canvas._canvas.buffer_rgba())  # type: ignore[union-attr]
    corner = QColor(*[int(v) for v in pixels[2, 2][:3]]).name()
    assert corner == DARK.window


def test_phase_display_and_painted_labels_follow_the_scheme(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The digits of a work phase are the light green, then the dark green once the theme is
    dark, and a label painted "error" changes with them; floor_colours follows too."""
    from ui.widgets.phase_display import PhaseDisplay, PhaseView, floor_colours

    display = PhaseDisplay(digits_scale=8)
    label = QLabel("Must be a number")
    theme.paint_text(label, "error")
    qtbot.addWidget(display)
    qtbot.addWidget(label)
    view = PhaseView(
        phase="Glute bridge", digits="30", colour=theme.text_colour("work"), phase_key="work"
    )
    display.show_view(view)
    assert display.colour == LIGHT.roles["work"]
    assert floor_colours(view) == LIGHT.floor["work"]

    theme.apply_theme("dark")
    qtbot.waitUntil(lambda: display.colour == DARK.roles["work"])
    assert DARK.roles["work"] in display.digits.styleSheet()
    assert DARK.roles["error"] in label.styleSheet()
    assert floor_colours(view) == DARK.floor["work"]
    theme.apply_theme("light")
    qtbot.waitUntil(lambda: LIGHT.roles["error"] in label.styleSheet())


def test_following_the_system_follows_its_colour_scheme(qtbot) -> None:  # type: ignore[no-untyped-def]
    """With "system", the platform saying its scheme turned dark makes Backline dark, and light
    again makes it the platform's light; with "light" chosen, the system turning dark changes
    nothing."""
    hints = QGuiApplication.styleHints()
    platform_window = _window_colour()
    theme.apply_theme("system")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert _window_colour() == DARK.window
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert _window_colour() == platform_window
    theme.apply_theme("light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not theme.is_dark()


def test_the_stored_theme_is_applied_at_start_up(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A database whose theme is "dark" opens a dark window (read before the store opens, by
    the quick sqlite3 read); a file that has none yet reads as unknown and starts in the
    system's theme."""
    from ui import app as app_module

    path = tmp_path / "dark.db"
    db = open_database(path)
    seed_if_needed(db)
    with db.session_scope() as session:
        set_setting("theme", "dark", session=session)
    db.close()
    assert app_module.read_stored_theme(path) == "dark"
    assert app_module.read_stored_theme(tmp_path / "none.db") is None

    controller = app_module.Backline(QApplication.instance(), path)  # type: ignore[arg-type]
    qtbot.addWidget(controller.window)
    controller.start()
    qtbot.waitUntil(lambda: controller.db is not None)
    assert controller.theme_applied and theme.current_mode() == "dark"
    qtbot.waitUntil(lambda: _window_colour(controller.window) == DARK.window)
    controller.shutdown()


def test_sizes_follow_the_application_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The phase digits are a multiple of the application font and grow with it; a number
    field's edit is wide enough for its digits in the font on screen."""
    from ui.widgets.number_field import FIELD_CHARS, NumberField
    from ui.widgets.phase_display import PhaseDisplay

    before = QApplication.font()
    display = PhaseDisplay(digits_scale=10, title_larger_by=4)
    field = NumberField("weight_kg", "kg")
    qtbot.addWidget(display)
    qtbot.addWidget(field)
    base = before.pointSizeF()
    assert display.digits.font().pointSizeF() == pytest.approx(base * 10)
    width = field.edit.maximumWidth()
    try:
        bigger = QFont(before)
        bigger.setPointSizeF(base * 2)
        QApplication.setFont(bigger)
        qtbot.waitUntil(lambda: display.digits.font().pointSizeF() == pytest.approx(base * 20))
        assert display.phase_label.font().pointSizeF() == pytest.approx(max(base * 2, 10) + 4)
        assert field.edit.maximumWidth() > width * 1.5
        assert field.edit.maximumWidth() >= field.edit.fontMetrics().horizontalAdvance(
            "0" * FIELD_CHARS
        )
    finally:
        QApplication.setFont(before)


def _short_labels(root: QWidget) -> list[str]:
    """Labels shown lower than their text needs (their lines cut at the top or bottom)."""
    return [
        f"label {label.text()!r}: {label.height()} < {label.minimumSizeHint().height()}"
        for label in root.findChildren(QLabel)
        if label.isVisible() and label.text() and label.height() < label.minimumSizeHint().height()
    ]


@pytest.mark.parametrize("title", ["Settings", "Workout"])
def test_at_200_percent_the_settings_and_workout_tabs_cut_no_label(qtbot, seeded_db, title) -> None:  # type: ignore[no-untyped-def]
    """With the application font at twice its point size (a person's 200 % text), the Settings
    and the Workout tab at 1920x1080 show every single-line label whole (test_fit's check)."""
    before = QApplication.font()
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 2)
    QApplication.setFont(bigger)
    try:
        window = _window(qtbot, seeded_db, (1920, 1080))
        page = _click_tab(qtbot, window, title)
        QApplication.processEvents()
        assert page.font().pointSizeF() == pytest.approx(before.pointSizeF() * 2)
        assert _cut_labels(page) == []
        assert _short_labels(page) == []
    finally:
        QApplication.setFont(before)


def test_a_painted_label_in_a_styled_group_follows_a_live_switch(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """A warning label painted with paint_text inside a group box that has a style sheet of
    its own (as the Settings tab's sound line was: it kept the old red, 2:1 on dark) takes the
    new scheme's colour when the theme is switched with the keyboard."""
    host, _box_, _ops, _other = _box(qtbot, seeded_db)
    group = QGroupBox("Sound", host)
    group.setStyleSheet("QGroupBox { font-weight: bold; }")
    warning = QLabel("No audio output device was found; cues are silent.", group)
    theme.paint_text(warning, "error")
    host.layout().addWidget(group)
    assert theme.text_colour("error") in warning.styleSheet()
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)  # Dark
    assert theme.is_dark()
    qtbot.waitUntil(lambda: DARK.roles["error"] in warning.styleSheet())
    _press(qtbot, Qt.Key.Key_Up)  # Light
    qtbot.waitUntil(lambda: LIGHT.roles["error"] in warning.styleSheet())


def test_at_200_percent_every_tab_scrolls_rather_than_crushing_or_growing(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """With the application font doubled, a window of 1920x1080 stays that size whichever tab
    is opened (it used to grow past the screen), and each tab gets at least the room it needs
    (it used to be crushed: digits squashed, fields cut), scrolling where the window is short."""
    before = QApplication.font()
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 2)
    QApplication.setFont(bigger)
    try:
        window = _window(qtbot, seeded_db, (1920, 1080))
        titles = [_tab_title(window.tabs.tabText(i)) for i in range(window.tabs.count())]
        assert len(titles) == 8
        for title in titles:
            page = _click_tab(qtbot, window, title)
            # Today is built after the window's paint; every tab sits in a scroll area
            qtbot.waitUntil(
                lambda page=page: (
                    isinstance(page, QScrollArea) or page.findChild(QScrollArea) is not None
                )
            )
            host = page if isinstance(page, QScrollArea) else page.findChild(QScrollArea)
            qtbot.waitUntil(lambda host=host: host.widget() is not None)
            tab = host.widget()
            QApplication.processEvents()
            assert (window.width(), window.height()) == (1920, 1080), title
            need = tab.minimumSizeHint()
            assert tab.width() >= need.width() and tab.height() >= need.height(), title
    finally:
        QApplication.setFont(before)
