"""At 1280x800, with a real export imported, every tab shows its columns and labels whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QWidget

from core import interchange
from core.store.db import Database
from ui import dialogs
from ui.ops import Ops

FIXTURE = Path(__file__).parents[1] / "fixtures" / "imports" / "strong_comma.csv"


@pytest.fixture
def imported_db(seeded_db: Database) -> Database:
    parsed = interchange.parse(FIXTURE, unit="kg")
    with seeded_db.session_scope() as session:
        interchange.import_parsed(parsed, session=session, create_custom=True)
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
    return problems


def _cut_labels(root: QWidget) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        if not _visible(label) or not label.text() or label.wordWrap() or label.toolTip():
            continue
        if label.sizeHint().width() > label.width():
            problems.append(f"label {label.text()!r}: {label.width()} < {label.sizeHint().width()}")
    return problems


@pytest.mark.parametrize("size", [(1280, 800), (1200, 760)])
def test_every_tab_fits_1280x800(qtbot, imported_db, size) -> None:  # type: ignore[no-untyped-def]
    """Each tab, shown by clicking it with 83 imported workouts, at 1280x800 and at the size
    the window opens with on such a screen (1200x760), has every column header at least as
    wide as its text, no column beyond the view's right edge (Library's Equipment, History's
    Sets and Volume), and no label cut without a tooltip."""
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_database(imported_db)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    bar = window.tabs.tabBar()
    problems: list[str] = []
    for index in range(window.tabs.count()):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert window.tabs.currentIndex() == index
        QApplication.processEvents()
        page = window.tabs.currentWidget()
        tab = window.tabs.tabText(index).replace("&", "")
        problems += [f"{tab}: {p}" for p in _cut_columns(page) + _cut_labels(page)]
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
