"""Every control a screen reader reaches has a name: the tabs are opened with Ctrl+1 ... Ctrl+8 as
a person opens them, the main dialogs are opened too, and every interactive widget in them
(buttons, fields, spin boxes, choosers, check boxes, sliders, tables, lists, trees, the tab bar),
shown or hidden, must have a non-empty EFFECTIVE accessible name: what Qt's accessibility
interface reports (its own accessibleName, else its buddy label, else its text), which is what
Orca reads through AT-SPI."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from core.library import queries
from ui import dialogs
from ui.workout import dialogs as workout_dialogs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
)


def _is_part_of_another(widget: QWidget) -> bool:
    """Pieces Qt builds inside a compound control, named through it and never focused on their
    own: a combo box's or spin box's line edit, a line edit's clear button, a tab bar's scroll
    arrows, a scroll area's bars, a table's headers and corner button, a calendar's innards, a
    combo box's popup list."""
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    if widget.objectName() == "qt_tableview_cornerbutton":
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QCalendarWidget, QLineEdit)):
            return True
        if parent.inherits("QComboBoxPrivateContainer"):
            return True
        parent = parent.parentWidget()
    return False


def effective_name(widget: QWidget) -> str:
    """The name a screen reader is given for ``widget`` ('&' shortcut marks removed).

    Qt names a widget by its own accessibleName, else its buddy label, else (a button) its text,
    else the title of the group box it sits in. A group box's title names a list or table
    alone in its box, but not a field among others: a field named only so counts as unnamed.
    On Linux Qt names a combo box by its current choice, whatever its accessibleName, and says
    what it is for only through its buddy label (the "label" relation Orca reads): a combo box
    counts as named only by a buddy label."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    labels = [
        other.text(QAccessible.Text.Name).replace("&", "").strip()
        for other, _flag in iface.relations(QAccessible.RelationFlag.Label)
        if isinstance(other.object(), QLabel)
    ]
    if isinstance(widget, QComboBox):
        return " ".join(labels).strip()
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    name = iface.text(QAccessible.Text.Name).replace("&", "").strip()
    if isinstance(widget, QAbstractButton):
        return name
    box = widget.parentWidget()
    named_by_box = isinstance(box, QGroupBox) and name == box.title().replace("&", "").strip()
    if named_by_box and not labels and not isinstance(widget, QAbstractItemView):
        return ""
    return name


def describe(widget: QWidget, owner: object = None) -> str:
    text = ""
    for getter in ("text", "placeholderText", "toolTip"):
        value = getattr(widget, getter, None)
        if callable(value):
            got = value()
            if isinstance(got, str) and got:
                text = got
                break
    attribute = next(
        (f" ({name})" for name, value in vars(owner or object()).items() if value is widget), ""
    )
    return f"{type(widget).__name__}{attribute} {widget.objectName() or '-'}/{text[:40] or '-'}"


def unnamed(root: QWidget, where: str) -> list[str]:
    """``where: class objectName/text`` of every interactive widget under ``root`` (shown or
    hidden) that a screen reader would announce without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _is_part_of_another(widget):
            continue
        if not effective_name(widget):
            missing.append(f"{where}: {describe(widget, root)}")
    return missing


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    qtbot.keyClick(widget, key, modifier)


@pytest.fixture
def window(main_window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """The main window, active; a workout left open is kept when the window closes."""
    monkeypatch.setattr(workout_dialogs, "ask_quit", lambda parent, logged: "keep")
    monkeypatch.setattr(dialogs, "unsaved_changes", lambda parent, what: "discard")
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return main_window


def visit_every_tab(qtbot, window) -> list[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """Ctrl+1 ... Ctrl+N from wherever focus is; each tab is built when first shown."""
    shown = []
    for i in range(window.tabs.count()):
        press(qtbot, getattr(Qt.Key, f"Key_{i + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == i
        title = window.tabs.tabText(i).replace("&&", "&")
        qtbot.waitUntil(lambda t=title: window.tab(t).isVisible())
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        shown.append((title, window.tab(title)))
    return shown


def test_every_control_of_every_tab_has_an_accessible_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Opening each of the tabs by keyboard, every interactive widget in it (and the tab bar
    and menus' window itself) has a name a screen reader can say; the failure lists each one
    without, as ``tab: class objectName/text``."""
    missing = unnamed(window.tabs.tabBar(), "window")
    for title, tab in visit_every_tab(qtbot, window):
        missing += unnamed(tab, title)
        mini = getattr(tab, "mini", None)  # the Workout tab's mini timer, a window of its own
        if isinstance(mini, QWidget):
            missing += unnamed(mini, f"{title} mini timer")
    assert not missing, "no accessible name:\n" + "\n".join(missing)


def test_the_tab_bar_names_each_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Each page of the tab bar is read by its title (an '&' shown as itself, not a mark)."""
    bar = QAccessible.queryAccessibleInterface(window.tabs.tabBar())
    names = [bar.child(i).text(QAccessible.Text.Name) for i in range(bar.childCount())]
    for i in range(window.tabs.count()):
        assert window.tabs.tabText(i).replace("&&", "&") in names


def test_the_exercise_editor_has_names(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N in the Library opens the exercise editor; each of its fields and buttons is named."""
    library = window.library_tab
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(library.isVisible)
    for _ in range(5):  # from the tab bar into the tab, as Tab goes
        if library.isAncestorOf(QApplication.focusWidget()):
            break
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: library.editor is not None and library.editor.isVisible())
    editor = library.editor
    missing = unnamed(editor, "exercise editor")
    editor.reject()
    assert not missing, "no accessible name:\n" + "\n".join(missing)


def test_the_import_dialog_has_names(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The import dialog at its fullest (a unit to choose, names to map): every control named."""
    from ui.import_dialog import ImportDialog

    dialog = ImportDialog(window.ops, FIXTURES / "strong_comma.csv", window)
    qtbot.addWidget(dialog)
    dialog.set_unit("kg")
    missing = unnamed(dialog, "import dialog")
    assert not missing, "no accessible name:\n" + "\n".join(missing)


def test_the_pickers_and_help_dialogs_have_names(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The exercise picker (the routine editor's Ctrl+E, and the Library's merge), the shortcuts
    list (F1) and About: every control named."""
    from ui.help import AboutDialog, ShortcutsDialog
    from ui.routines.dialogs import ExercisePickerDialog

    with window.db.read_scope() as s:
        exercises = queries.list_exercises(session=s)
    built = [
        ("exercise picker", ExercisePickerDialog(exercises, window)),
        ("shortcuts", ShortcutsDialog(window)),
        ("about", AboutDialog(window)),
    ]
    missing = []
    for where, dialog in built:
        qtbot.addWidget(dialog)
        missing += unnamed(dialog, where)
    assert not missing, "no accessible name:\n" + "\n".join(missing)
