"""At 1280x800 and 1920x1080, with a real export imported, every tab and every dialog shows its
columns and labels whole: each header at least its sizeHint, no column past the view's edge or
behind a horizontal scroll bar, no single-line label narrower than its text unless it has a
tooltip saying it whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from core import i18n, interchange
from core.store.db import Database
from ui import dialogs
from ui.ops import Ops

FIXTURE = Path(__file__).parents[1] / "fixtures" / "imports" / "strong_comma.csv"


@pytest.fixture
def imported_db(seeded_db: Database) -> Database:
    parsed = interchange.parse(FIXTURE, unit="kg")
    with seeded_db.session_scope() as session:
        interchange.import_parsed(parsed, session=session, create_custom=True)
    # The newest workouts follow the ready-made routine with the longest name and a run, as
    # after a week of use: the list's Routine column and Progress's adherence are then full.
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import func, select

    from core.store.models import Exercise, LoggedSet, Routine, Workout

    now = datetime.now(UTC)
    with seeded_db.session_scope() as session:
        routine = session.scalars(
            select(Routine).order_by(func.length(Routine.name).desc())
        ).first()
        assert routine is not None
        run = session.scalar(select(Exercise.id).where(Exercise.mode == "duration"))
        thrust = session.scalar(select(Exercise.id).where(Exercise.slug == "barbell-hip-thrust"))
        for days in (1, 3, 8):
            started = now - timedelta(days=days)
            workout = Workout(
                routine_id=routine.id,
                name=routine.name,
                started_at=started,
                ended_at=started + timedelta(minutes=40),
            )
            workout.sets = [
                LoggedSet(
                    exercise_id=thrust,
                    position=0,
                    set_number=1,
                    reps=8,
                    weight_kg=12345.5 / 8 / 10,
                    logged_at=started,
                ),
                LoggedSet(
                    exercise_id=run,
                    position=1,
                    set_number=1,
                    duration_seconds=1800.0,
                    distance_km=5.0,
                    logged_at=started,
                ),
            ]
            session.add(workout)
    return seeded_db


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _cut_columns(root: QWidget) -> list[str]:
    problems = []
    for view in root.findChildren(QAbstractItemView):
        header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
        if header is None or not _visible(view):
            continue
        header = header()
        if not isinstance(header, QHeaderView) or not header.isVisible():
            continue
        model = view.model()
        name = type(view.parent()).__name__
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            title = model.headerData(section, Qt.Orientation.Horizontal)
            if header.sectionSize(section) < header.sectionSizeHint(section):
                problems.append(f"{name}: header {title!r} cut")
            right = header.sectionViewportPosition(section) + header.sectionSize(section)
            if right > header.viewport().width() + 1:
                problems.append(f"{name}: column {title!r} off screen")
        if isinstance(view, QTableView) and view.horizontalScrollBar().isVisible():
            problems.append(f"{name}: a horizontal scroll bar hides columns")
    return problems


def _cut_labels(root: QWidget) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        if not _visible(label) or not label.text() or label.wordWrap() or label.toolTip():
            continue
        if label.sizeHint().width() > label.width():
            problems.append(f"label {label.text()!r}: {label.width()} < {label.sizeHint().width()}")
    return problems


def _wider_than_window(page: QWidget) -> list[str]:
    """A tab sits in a scroll area (for 200 % text), inside the lazy tab's host; at 100 % it
    must fit the window's width, or part of it is behind a horizontal scroll bar."""
    from PySide6.QtWidgets import QScrollArea

    from ui.main_window import LazyTabHost

    if isinstance(page, LazyTabHost):
        page.build()  # the first tab is built once the window has painted
        QApplication.processEvents()
    scroll = page if isinstance(page, QScrollArea) else page.findChild(QScrollArea)
    assert scroll is not None, "every tab sits in a scroll area"
    QApplication.processEvents()
    if scroll.horizontalScrollBar().isVisible():
        inner = scroll.widget()
        return [f"the tab is wider than the window ({inner.minimumSizeHint().width()} px)"]
    return []


def _problems(root: QWidget) -> list[str]:
    return _cut_columns(root) + _cut_labels(root)


def _window(qtbot, db: Database, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_database(db)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _tab_title(text: str) -> str:
    """A tab's text as a person reads it ("Body && plan" is shown "Body & plan")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _click_tab(qtbot, window, title: str) -> QWidget:  # type: ignore[no-untyped-def]
    """Click the tab whose English key or shown title is `title`."""
    from ui.main_window import tab_label

    bar = window.tabs.tabBar()
    shown = tab_label(title)  # already as shown (no mnemonic)
    index = next(
        i
        for i in range(window.tabs.count())
        if _tab_title(window.tabs.tabText(i)) in (title, shown)
    )
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index
    QApplication.processEvents()
    page: QWidget = window.tabs.currentWidget()
    return page


def _click_row(qtbot, view: QAbstractScrollArea, row: int) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(view, QTableView)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()


SIZES = [(1280, 800), (1920, 1080), (1200, 760)]
LANGUAGES = list(i18n.LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_every_tab_fits(qtbot, imported_db, size, language, use_language) -> None:  # type: ignore[no-untyped-def]
    """Each tab, shown by clicking it with 83 imported workouts, at 1280x800, 1920x1080 and
    the size the window opens with on a 1280x800 screen (1200x760), has every column header
    at least as wide as its text, no column beyond the view's right edge or behind a scroll
    bar (Library's Equipment, History's Sets and Volume), and no label cut without a tooltip;
    so do the panes a click opens inside a tab: the routine editor with a routine chosen,
    History's set editor with a set chosen, Progress's lower charts and the body entry form;
    in each of the five languages, where German and French run longer than English."""
    use_language(language)
    window = _window(qtbot, imported_db, size)
    problems: list[str] = []
    for index in range(window.tabs.count()):
        title = _tab_title(window.tabs.tabText(index))
        page = _click_tab(qtbot, window, title)
        problems += [f"{title}: {p}" for p in _problems(page)]
        problems += [f"{title}: {p}" for p in _wider_than_window(page)]
    routines = window.tab("Routines")
    _click_tab(qtbot, window, "Routines")
    _click_row(qtbot, routines.list_view, 0)
    problems += [f"Routines, editor: {p}" for p in _problems(routines)]
    for row in range(routines.list_view.model().rowCount()):
        _click_row(qtbot, routines.list_view, row)
        problems += [
            f"Routines, row {row}: {p}" for p in _wider_than_window(window.tabs.currentWidget())
        ]
    history = window.tab("History")
    _click_tab(qtbot, window, "History")
    _click_row(qtbot, history.workouts_view, 0)
    _click_row(qtbot, history.sets_view, 0)
    assert history.form_box.isEnabled()  # a click on a set opens it in the editor
    problems += [f"History, set editor: {p}" for p in _problems(history)]
    progress = window.tab("Progress")
    _click_tab(qtbot, window, "Progress")
    lower = progress.lower_panel.tabBar()
    for lower_index in range(progress.lower_panel.count()):
        where = lower.tabRect(lower_index).center()
        qtbot.mouseClick(lower, Qt.MouseButton.LeftButton, pos=where)
        QApplication.processEvents()
        name = progress.lower_panel.tabText(lower_index)
        problems += [f"Progress, {name}: {p}" for p in _problems(progress)]
    body = window.tab("Body & plan")
    _click_tab(qtbot, window, "Body & plan")
    problems += [f"Body & plan, entry form: {p}" for p in _problems(body.measurements.form_box)]
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_every_dialog_fits(qtbot, imported_db, size, language, use_language) -> None:  # type: ignore[no-untyped-def]
    """Over a window of 1280x800 and of 1920x1080, each dialog at the size it opens with shows
    its columns and labels whole: About, Keyboard shortcuts, the import dialog on a real
    Strong export, the routine editor's exercise picker and the end-of-workout summary."""
    from core.workout.log import WorkoutSummary
    from ui import help as ui_help
    from ui.import_dialog import ImportDialog
    from ui.routines.dialogs import ExercisePickerDialog
    from ui.workout import dialogs as workout_dialogs

    use_language(language)
    window = _window(qtbot, imported_db, size)
    problems: list[str] = []

    def check(name: str, dialog: QWidget) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        problems.extend(f"{name}: {p}" for p in _problems(dialog))
        dialog.close()

    check("About", ui_help.AboutDialog(window))
    check("Keyboard shortcuts", ui_help.ShortcutsDialog(window))
    check("Import", ImportDialog(window.ops, FIXTURE))
    _click_tab(qtbot, window, "Routines")
    check("Add exercise", ExercisePickerDialog(window.tab("Routines").editor.exercises, window))

    # The summary is modal (exec): look at it from the event loop it runs, then close it.
    seen: list[QWidget] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        seen.append(box)
        problems.extend(f"Workout summary: {p}" for p in _problems(box))
        box.close()

    QTimer.singleShot(0, look)
    summary = WorkoutSummary(
        workout_id=1,
        name="Back-of-leg cellulite workout",
        seconds=2405,
        sets=14,
        exercises=5,
        volume_kg=1830.5,
        routine_name="Back-of-leg cellulite workout",
        week_sessions=2,
        target_min=2,
        target_max=3,
    )
    workout_dialogs.show_summary(window, summary, ["Glute bridge: 20 reps"], "kg")
    assert seen
    assert problems == []


def test_import_dialog_defaults_to_import_and_esc_cancels(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """Enter in the import dialog imports (Import is the default, never Cancel), Esc cancels,
    and the unit question is a compact dialog, not a mostly empty one."""
    from ui.import_dialog import ImportDialog

    ops = Ops()
    ops.db = seeded_db
    dialog = ImportDialog(ops, FIXTURE)
    qtbot.addWidget(dialog)
    dialog.show()
    # The question has the dialog's focus (offscreen, the dialog's window is not the
    # application's active window, so keys go to the dialog's focus widget).
    assert dialog.focusWidget() is dialog.unit_combo
    assert dialog.import_button.isDefault()
    assert dialog.unit_combo.isVisible()
    assert dialog.height() < 300
    assert _cut_labels(dialog) == []
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # kilograms
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)


def test_file_dialogs_open_in_documents_then_the_last_folder(monkeypatch, tmp_path) -> None:
    """The first file dialog opens in the documents folder, not the working directory; the next
    one opens where the person last chose a file."""
    from PySide6.QtWidgets import QFileDialog

    seen: list[str] = []

    def fake_open(_parent, _title, folder, _filters):  # type: ignore[no-untyped-def]
        seen.append(folder)
        return str(tmp_path / "export.csv"), ""

    monkeypatch.setattr(dialogs, "_last_folder", None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_open))
    monkeypatch.chdir(tmp_path.parent)
    assert dialogs.open_file(None, "Open", "*.csv") == tmp_path / "export.csv"
    assert seen[0] != "" and Path(seen[0]) != Path.cwd()
    dialogs.save_file(None, "Save", "chart.png", "*.png")
    assert seen[1] == str(tmp_path / "chart.png")


def test_the_fit_checks_catch_a_cut_label_and_a_hidden_column(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The checks above are not vacuous: a label narrower than its text and a table whose
    columns need a horizontal scroll bar are both reported; a tooltip excuses the label."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("A label far too long for the few pixels it is given")
    label.setFixedWidth(40)
    view = QTableView()
    model = QStandardItemModel(1, 12, view)
    model.setHorizontalHeaderLabels([f"Column number {i}" for i in range(12)])
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    layout.addWidget(label)
    layout.addWidget(view)
    root.resize(300, 200)
    root.show()
    qtbot.waitExposed(root)
    problems = _problems(root)
    assert any(p.startswith("label 'A label far") for p in problems)
    assert any("horizontal scroll bar" in p for p in problems)
    label.setToolTip(label.text())
    assert not any(p.startswith("label") for p in _problems(root))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_player_fits_with_its_longest_caption(qtbot, seeded_db, language, use_language) -> None:  # type: ignore[no-untyped-def]
    """At 1200x760, paused in a hold of the exercise with the longest name ("Paused — Hold —
    Prone arm and chest lift (superman hold) — rep 1 of 8", longer still in German and
    French), the Workout tab keeps every button on screen: the caption wraps."""
    from core.library.localized import data_text

    use_language(language)
    window = _window(qtbot, seeded_db, (1200, 760))
    page = _click_tab(qtbot, window, "Workout")
    tab = window.tab("Workout")
    combo = tab.routine_combo
    combo.setCurrentIndex(combo.findText(data_text("Daily home back complex")))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(tab.start_button, Qt.Key.Key_Return)
    assert tab.run is not None
    name = data_text("Prone arm and chest lift (superman hold)")
    for _ in range(12):
        if name in tab.display.phase_label.text():
            break
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
        )
        QApplication.processEvents()
    assert name in tab.display.phase_label.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    QApplication.processEvents()
    assert tab.run.player.paused
    assert _wider_than_window(page) + _cut_labels(tab) == []
    for button in tab.controls.findChildren(QWidget):
        if button.isVisible():
            assert button.visibleRegion().boundingRect().width() >= button.width() - 1, button
