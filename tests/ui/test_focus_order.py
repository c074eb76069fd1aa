"""Tab goes through each form the way a person reads it: top to bottom, and left to right within
a row. Each test opens its tab with Ctrl+N, Tabs into the form from wherever focus is, and Tabs
on, comparing where on the screen the focused widgets are. Keys go to whatever has focus
(QApplication.focusWidget()); the test never puts focus anywhere itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from core.store.models import Exercise, LoggedSet, Workout
from ui import dialogs
from ui.workout import dialogs as workout_dialogs

T0 = datetime(2025, 3, 3, 17, tzinfo=UTC)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    qtbot.keyClick(widget, key, modifier)


def tab_to(qtbot, widget: QWidget, limit: int = 60) -> None:  # type: ignore[no-untyped-def]
    """Tab forward until ``widget`` has focus, as a person tabs through the window."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {type(widget).__name__} {widget.objectName()}")


def tab_through(qtbot, container: QWidget, limit: int = 60) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """From the focused widget, Tab on while focus stays in ``container``: every widget focused,
    once each (a date field's sections take a Tab each, in the one widget)."""
    first = QApplication.focusWidget()
    assert first is not None and container.isAncestorOf(first)
    seen = [first]
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is None or not container.isAncestorOf(focus):
            break
        if focus is first and len(seen) > 1:
            break  # round again
        if focus is not seen[-1]:
            seen.append(focus)
    return seen


def _place(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or '-'}"


def out_of_reading_order(widgets: list[QWidget]) -> list[str]:
    """Each step from one focused widget to the next that goes against reading order: to the
    left within a row, or up. Two widgets share a row when they overlap vertically by half
    the smaller height."""
    problems = []
    for a, b in zip(widgets, widgets[1:], strict=False):
        ra, rb = _place(a), _place(b)
        overlap = min(ra.bottom(), rb.bottom()) - max(ra.top(), rb.top())
        same_row = overlap >= min(ra.height(), rb.height()) / 2
        ok = rb.left() > ra.left() if same_row else rb.center().y() > ra.center().y()
        if not ok:
            problems.append(
                f"{_name(a)} at ({ra.x()},{ra.y()}) -> {_name(b)} at ({rb.x()},{rb.y()})"
            )
    return problems


@pytest.fixture
def window(main_window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """The main window, active; nothing asks before it closes."""
    monkeypatch.setattr(workout_dialogs, "ask_quit", lambda parent, logged: "keep")
    monkeypatch.setattr(dialogs, "unsaved_changes", lambda parent, what: "discard")
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return main_window


def open_tab(qtbot, window, title: str):  # type: ignore[no-untyped-def]
    """Ctrl and the tab's place, from wherever focus is; the tab, once shown."""
    titles = [window.tabs.tabText(i).replace("&&", "&") for i in range(window.tabs.count())]
    key = getattr(Qt.Key, f"Key_{titles.index(title) + 1}")
    press(qtbot, key, Qt.KeyboardModifier.ControlModifier)
    tab = window.tab(title)
    qtbot.waitUntil(tab.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return tab


def test_today_log_goes_down_its_fields_then_save(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The day's log: calories, protein, fruit and vegetables, sleep, water, then Save, each
    below the one before."""
    tab = open_tab(qtbot, window, "Today")
    first = tab.fields["kcal"]
    tab_to(qtbot, first)
    order = tab_through(qtbot, first.parentWidget())
    assert order == [*tab.fields.values(), tab.save_button]
    assert not out_of_reading_order(order)


def test_today_tab_goes_from_the_day_to_the_program(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Above the panes: the day's buttons left to right, then Start; then the program's table."""
    tab = open_tab(qtbot, window, "Today")
    buttons = [b for b in (tab.previous_button, tab.today_button, tab.next_button) if b.isEnabled()]
    tab_to(qtbot, buttons[0])
    order = tab_through(qtbot, tab)
    assert order[: len(buttons) + 2] == [*buttons, tab.start_button, tab.table]
    assert not out_of_reading_order(order[: len(buttons) + 2])


def test_library_goes_search_filters_list_actions_then_detail(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The search row (search, Clear, Show archived), the filters left to right, the list, the
    buttons under it, in reading order down the left pane; then the exercise's detail."""
    tab = open_tab(qtbot, window, "Library")
    tab_to(qtbot, tab.search)
    order = tab_through(qtbot, tab)
    left = [w for w in order if w is not tab.detail]
    assert order[-1] is tab.detail and len(left) == len(order) - 1
    assert left[: 3 + len(tab.filters)] == [
        tab.search,
        tab.clear_button,
        tab.archived_check,
        *tab.filters.values(),
    ]
    assert tab.view in left
    assert not out_of_reading_order(left)


@pytest.fixture
def one_workout(window) -> None:  # type: ignore[no-untyped-def]
    """A finished workout with two sets, stored before the History tab is first shown."""
    with window.db.session_scope() as s:
        ex = Exercise(
            slug="goblet-squat", name="Goblet squat", kind="strength", mode="reps", builtin=False
        )
        s.add(ex)
        s.flush()
        w = Workout(started_at=T0, ended_at=T0 + timedelta(minutes=40), name="Legs")
        w.sets = [
            LoggedSet(exercise_id=ex.id, position=0, set_number=1, reps=10, weight_kg=20.0),
            LoggedSet(exercise_id=ex.id, position=1, set_number=2, reps=8, weight_kg=20.0),
        ]
        s.add(w)


def test_history_form_goes_down_its_fields_then_its_buttons(qtbot, window, one_workout) -> None:  # type: ignore[no-untyped-def]
    """A workout chosen with Down, Tab to its sets, Down chooses a set; Tab then goes down the
    form (reps, weight, seconds, RPE, note) and on to Save and Delete, left to right."""
    tab = open_tab(qtbot, window, "History")
    tab_to(qtbot, tab.workouts_view)
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: tab.sets_model.rowCount() > 0)
    tab_to(qtbot, tab.sets_view)
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(tab.form_box.isEnabled)
    tab_to(qtbot, tab.reps_edit)
    order = tab_through(qtbot, tab.form_box)
    assert order == [*tab.edits.values(), tab.save_button, tab.delete_set_button]
    assert not out_of_reading_order(order)


def test_body_measurement_form_then_plan_fields_in_reading_order(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The measurement form goes down from the date to Add; the plan's fields, two to a line,
    go left to right, then down."""
    tab = open_tab(qtbot, window, "Body & plan")
    form = tab.findChild(QWidget, "weight_kg").parentWidget()
    date_edit = next(w for w in form.findChildren(QWidget) if type(w).__name__ == "QDateEdit")
    tab_to(qtbot, date_edit)
    order = tab_through(qtbot, form)
    assert len(order) >= 7 and order[0] is date_edit
    assert not out_of_reading_order(order)

    panel = next(w for w in tab.findChildren(QWidget) if type(w).__name__ == "PlanPanel")
    tab_to(qtbot, panel.sex_combo)
    order = tab_through(qtbot, panel)
    fields = [panel.sex_combo, panel.age_edit, panel.height_edit, panel.activity_combo]
    assert order[:5] == [*fields, panel.deficit_spin]
    assert not out_of_reading_order(order[:5])


def test_routines_editor_goes_down_its_head_then_the_items_then_the_item(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A routine chosen in the list: its name, weekly target (from, to, daily), summary and
    progression in reading order; then the items table and its buttons; then the selected
    item's fields, top to bottom, with no stop on the panel's scroll area."""
    tab = open_tab(qtbot, window, "Routines")
    editor = tab.editor
    tab_to(qtbot, editor.name_edit)
    order = tab_through(qtbot, editor)
    head = [
        editor.name_edit,
        editor.week_min,
        editor.week_max,
        editor.daily_check,
        editor.summary_edit,
        editor.suggestions_check,
        editor.items_view,
    ]
    assert order[: len(head)] == head
    assert not out_of_reading_order(order[: len(head)])
    panel = editor.panel
    in_panel = [w for w in order if panel.isAncestorOf(w)]
    rest = order[len(head) :]
    assert in_panel and rest[-len(in_panel) :] == in_panel, "the item's fields come last"
    assert in_panel[0] is panel.mode_combo
    assert not out_of_reading_order(in_panel)
    assert not out_of_reading_order(rest[: len(rest) - len(in_panel)])
    assert all(type(w).__name__ != "QScrollArea" for w in order)
