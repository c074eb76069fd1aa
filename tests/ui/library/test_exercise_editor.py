"""The person's own exercises in the window: made in the Library tab with the keyboard, then used
in a routine, followed in the Workout tab and charted in Progress. Keys go to whatever has focus
(QApplication.focusWidget()); the test never puts focus anywhere itself."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import func, select

from core.clock import FakeClock
from core.interchange import import_parsed, parse_text
from core.library import queries
from core.store.models import Exercise, LoggedSet
from ui import dialogs
from ui.library import dialogs as library_dialogs
from ui.library.editor import ExerciseEditor
from ui.library.tab import LibraryTab
from ui.routines import dialogs as routine_dialogs
from ui.routines.dialogs import ExercisePickerDialog
from ui.workout import dialogs as workout_dialogs


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def tab_to(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Tab forward until `widget` has focus (as a person tabs through a form)."""
    for _ in range(40):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def count_exercises(window) -> int:  # type: ignore[no-untyped-def]
    with window.db.read_scope() as s:
        return s.scalar(select(func.count()).select_from(Exercise)) or 0


@pytest.fixture
def window(main_window, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(workout_dialogs, "confirm_end", lambda parent, pending, logged: True)
    monkeypatch.setattr(workout_dialogs, "show_summary", lambda *a, **k: None)
    monkeypatch.setattr(workout_dialogs, "ask_quit", lambda parent, logged: "keep")
    monkeypatch.setattr(dialogs, "unsaved_changes", lambda parent, what: "discard")

    def error(parent, title, text):  # type: ignore[no-untyped-def]
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr(dialogs, "show_error", error)
    main_window.activateWindow()
    return main_window  # on the Library (tests/ui/library/conftest.py)


def open_editor(qtbot, window) -> ExerciseEditor:  # type: ignore[no-untyped-def]
    """Ctrl+2 to the Library, Tab into it, Ctrl+N opens the editor with the name focused."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    library = window.library_tab
    qtbot.waitUntil(library.isVisible)
    for _ in range(5):  # from the tab bar into the tab, as Tab goes
        if library.isAncestorOf(QApplication.focusWidget()):
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is library.search
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: library.editor is not None and library.editor.isVisible())
    editor = library.editor
    assert editor is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name_edit)
    return editor


def test_create_use_in_a_routine_log_and_see_it_in_progress(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A person types a new reps exercise into the editor (a refused rep range is named at its
    field and nothing is saved), saves it with Enter, adds it to a new routine through the
    routine editor's own picker, starts that routine and logs a set with Enter in the Workout
    tab, and finds it charted in Progress with the reps done."""
    before = count_exercises(window)
    editor = open_editor(qtbot, window)
    type_text(qtbot, "Landmine press")
    tab_to(qtbot, editor.numbers["sets"].edit)
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "8")  # most reps below the fewest
    tab_to(qtbot, editor.numbers["rest_seconds"].edit)
    type_text(qtbot, "90")
    assert not editor.fields["positions"].isVisible()  # reps mode: no hold positions
    tab_to(qtbot, editor.muscles_edit)
    type_text(qtbot, "shoulders, core")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "barbell, landmine")
    tab_to(qtbot, editor.instructions_edit)
    type_text(qtbot, "Stand facing the sleeve.")
    press(qtbot, Qt.Key.Key_Return)  # a new line in the instructions
    type_text(qtbot, "Press up and forward.")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    assert editor.isVisible()
    assert editor.numbers["reps_max"].error.text() == "must be at least the fewest reps (12)"
    assert QApplication.focusWidget() is editor.numbers["reps_max"].edit
    assert count_exercises(window) == before

    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "15")
    press(qtbot, Qt.Key.Key_Return)  # Enter in a line edit saves
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert count_exercises(window) == before + 1
    library = window.library_tab
    assert library.current_slug() == "custom-landmine-press"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is library.view)  # back on the list
    with window.db.read_scope() as s:
        row = queries.get_exercise("custom-landmine-press", session=s)
    assert row is not None and not row.builtin
    assert (row.mode, row.sets, row.reps_min, row.reps_max, row.rest_seconds) == (
        "reps", 3, 12, 15, 90)  # fmt: skip
    assert row.muscles == ("shoulders", "core") and row.equipment == ("barbell", "landmine")
    assert row.instructions == ("Stand facing the sleeve.", "Press up and forward.")
    assert "yours" in library.detail.toPlainText()

    # --- the routine editor lists it in its own picker ---
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    routines = window.tab("Routines")
    qtbot.waitUntil(routines.isVisible)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Press day")
    routines.new_button.click()
    assert routines.current is not None and routines.current.name == "Press day"

    def pick(parent, exercises):  # type: ignore[no-untyped-def]
        """The routine editor's own picker over the list it was given, searched by typing."""
        picker = ExercisePickerDialog(exercises, parent)
        qtbot.addWidget(picker)
        picker.show()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.search)
        type_text(qtbot, "landmine")
        assert picker.proxy.rowCount() == 1
        press(qtbot, Qt.Key.Key_Return)  # Enter picks the one found
        assert picker.result() == QDialog.DialogCode.Accepted
        return picker.selected_slug()

    monkeypatch.setattr(routine_dialogs, "pick_exercise", pick)
    routines.editor.add_button.click()
    assert routines.editor.draft is not None
    assert [i.exercise_slug for i in routines.editor.draft.items] == ["custom-landmine-press"]
    routines.editor.panel.fields["weight_kg"].edit.setText("20")
    routines.editor.save_button.click()
    qtbot.waitUntil(lambda: not routines.dirty)
    item = routines.current.items[0]
    assert (item.exercise_slug, item.sets, item.reps_min, item.reps_max) == (
        "custom-landmine-press", 3, 12, 15)  # fmt: skip

    # --- started in the Workout tab, one set logged with Enter ---
    window.activateWindow()  # the window manager's part once the picker window closed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    workout = window.tab("Workout")
    workout.clock = FakeClock(datetime.now(UTC))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workout.routine_combo)
    for _ in range(workout.routine_combo.count()):
        if workout.routine_combo.currentText() == "Press day":
            break
        press(qtbot, Qt.Key.Key_Down)
    assert workout.routine_combo.currentText() == "Press day"
    press(qtbot, Qt.Key.Key_Return)
    assert workout.run is not None and workout.run.player is not None
    workout.clock.advance(workout.run.player.remaining() or 0)
    with qtbot.waitSignal(workout.cue_handled, timeout=3000):
        workout.driver.rearm()
    assert "Landmine press" in workout.display.phase_label.text()
    assert workout.log_panel.set_form.edits["reps"].text() == "12"
    press(qtbot, Qt.Key.Key_Return)
    with window.db.read_scope() as s:
        logged = s.execute(select(LoggedSet.reps, LoggedSet.weight_kg, LoggedSet.exercise_id)).all()
    assert logged == [(12, 20.0, row.id)]

    # --- and charted in Progress ---
    press(qtbot, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    progress = window.tab("Progress")
    qtbot.waitUntil(lambda: progress.isVisible() and row.id in progress.exercise_ids())
    if progress.exercise_id != row.id:
        with qtbot.waitSignal(progress.chart_drawn):
            progress.select_exercise(row.id)
    qtbot.waitUntil(lambda: bool(progress.points))
    assert progress.exercise_combo.currentText() == "Landmine press"
    assert [p.value for p in progress.points] == [20.0]  # the heaviest set: 20 kg


def test_escape_cancels_and_nothing_is_saved(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Esc in the editor closes it and writes nothing, whatever was typed."""
    before = count_exercises(window)
    editor = open_editor(qtbot, window)
    type_text(qtbot, "Half typed")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert count_exercises(window) == before
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.library_tab.search)


def test_a_builtin_edit_makes_the_persons_copy(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """On a ready-made exercise the Edit button says "Make my copy"; saving leaves the built-in
    as it was and selects "My <name>"."""
    library: LibraryTab = window.library_tab
    assert library.select_slug("glute-bridge")
    with window.db.read_scope() as s:
        before = queries.get_exercise("glute-bridge", session=s)
    assert library.edit_button.text().replace("&", "") == "Make my copy…"
    assert not library.archive_button.isEnabled() and not library.merge_button.isEnabled()
    library.edit_button.click()
    editor = library.editor
    assert editor is not None and editor.save_button.text() == "Save my copy"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name_edit)
    tab_to(qtbot, editor.numbers["sets"].edit)
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "4")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible())
    with window.db.read_scope() as s:
        assert queries.get_exercise("glute-bridge", session=s) == before
        copy = queries.get_exercise(library.current_slug() or "", session=s)
    assert copy is not None and copy.name == "My Glute bridge" and copy.sets == 4
    assert library.edit_button.text().replace("&", "") == "Edit…"


def test_archive_hides_it_unless_shown_and_duplicate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Duplicate makes "Copy of …"; Archive hides it from the list (and the pickers), Show
    archived lists it marked, Unarchive brings it back."""
    library: LibraryTab = window.library_tab
    assert library.select_slug("superman")
    library.duplicate_button.click()
    slug = library.current_slug()
    assert slug and slug.startswith("custom-")
    assert library.current_entry()["name"] == "Copy of Superman"  # type: ignore[index]
    library.archive_button.click()
    assert slug not in library.visible_slugs()
    with window.db.read_scope() as s:
        assert slug not in {r.slug for r in queries.list_exercises(session=s)}
    library.archived_check.click()
    assert library.select_slug(slug)
    assert library.view.currentIndex().data() == "Copy of Superman (archived)"
    assert library.archive_button.text().replace("&", "") == "Unarchive"
    library.archive_button.click()
    with window.db.read_scope() as s:
        assert slug in {r.slug for r in queries.list_exercises(session=s)}


STRONG = """Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
2024-03-04 18:00:00,"Legs",30min,"Frog Pump (Banded)",1,60.0,10,0,0,"","",
2024-03-06 18:00:00,"Legs",30min,"Frog Pump (Banded)",1,62.5,10,0,0,"","",
"""


def test_merge_an_imported_exercise_into_a_library_one(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Merge into… on an imported exercise moves its two sets onto the picked exercise, removes
    it from the list and selects the target; cancelling the question changes nothing."""
    with window.db.session_scope() as s:
        (slug,) = import_parsed(
            parse_text(STRONG, unit="kg"), session=s, create_custom=True
        ).exercises_created
    library: LibraryTab = window.library_tab
    library.refresh_now()
    assert library.select_slug(slug) and library.merge_button.isEnabled()
    offered: list[list[str]] = []

    def pick(parent, name, exercises):  # type: ignore[no-untyped-def]
        offered.append([e.slug for e in exercises])
        return "barbell-hip-thrust"

    monkeypatch.setattr(library_dialogs, "pick_merge_target", pick)
    monkeypatch.setattr(library_dialogs, "confirm_merge", lambda parent, name, target: False)
    library.merge_button.click()
    assert slug in library.visible_slugs()
    assert slug not in offered[0] and "barbell-hip-thrust" in offered[0]
    monkeypatch.setattr(library_dialogs, "confirm_merge", lambda parent, name, target: True)
    library.merge_button.click()
    assert slug not in library.visible_slugs()
    assert library.current_slug() == "barbell-hip-thrust"
    assert "2 logged sets" in library.detail.toPlainText()
    with window.db.read_scope() as s:
        target = queries.get_exercise("barbell-hip-thrust", session=s)
        assert target is not None
        weights = s.scalars(
            select(LoggedSet.weight_kg).where(LoggedSet.exercise_id == target.id)
        ).all()
    assert sorted(weights) == [60.0, 62.5]
