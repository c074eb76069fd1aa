"""The Routines tab driven through its widgets on a real temporary database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QLocale, QModelIndex, Qt

from core.library import queries
from core.routines import drafts, rows, service
from core.store.db import Database, open_database
from core.store.models import Routine
from ui import dialogs
from ui.routines import dialogs as routine_dialogs
from ui.routines.dialogs import ExercisePickerDialog
from ui.routines.models import ExerciseFilterProxy, ExerciseListModel, RoutineItemsModel
from ui.routines.tab import RoutinesTab


def click_row(qtbot, view, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click a row of a table, as a person does: it is selected and the table has focus."""
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def point_locale() -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(old)


@pytest.fixture
def tab(qtbot, seeded_db: Database) -> RoutinesTab:  # type: ignore[no-untyped-def]
    widget = RoutinesTab()
    widget.attach(seeded_db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stored(db: Database) -> list[dict[str, Any]]:
    with db.read_scope() as s:
        return [rows.routine_to_json(row) for row in service.list_routines(session=s)]


def user_routine(tab: RoutinesTab, name: str = "Mine") -> rows.RoutineRow:
    """A saved routine of the user's with two items, shown in the tab."""
    assert tab.db is not None
    with tab.db.session_scope() as s:
        row = service.create_routine(name, session=s).value
        items = (
            drafts.ItemDraft(exercise_slug="glute-bridge", sets=3, reps_min=15, reps_max=20),
            drafts.ItemDraft(exercise_slug="push-up", sets=3, reps_min=5, reps_max=10),
        )
        row = service.save_routine(drafts.draft_from_row(row).edited(items=items), session=s).value
    tab.refresh_now()
    assert tab.select_routine(row.id)
    return row


def select_items(tab: RoutinesTab, first: int, last: int) -> None:
    model = tab.editor.items_model
    tab.editor.items_view.selectionModel().select(
        QItemSelection(model.index(first, 0), model.index(last, 0)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def ctrl_click(qtbot, widget: Any, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+key, then a bare Ctrl release: QTest otherwise leaves Ctrl held in the
    application's modifier state, which turns later row clicks into toggles."""
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(widget, Qt.Key.Key_Control)


def slugs(tab: RoutinesTab) -> list[str]:
    assert tab.editor.draft is not None
    return [i.exercise_slug for i in tab.editor.draft.items]


# --- the big round trip --------------------------------------------------------------------------


def test_build_reorder_save_and_reopen_identical(
    tab: RoutinesTab,
    seeded_db: Database,
    qtbot,
    monkeypatch,
    point_locale,  # type: ignore[no-untyped-def]
) -> None:
    """Build a routine from scratch, reorder by keyboard and drag and drop, save, and a new tab
    on a new Database opened on the same file shows exactly the same routine."""
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Leg day")
    with qtbot.waitSignal(tab.changed):
        tab.new_button.click()
    assert tab.current is not None and tab.current.name == "Leg day"
    assert tab.editor.draft is not None and tab.editor.draft.items == ()

    picks = iter(["glute-bridge", "superman", "bird-dog"])
    monkeypatch.setattr(routine_dialogs, "pick_exercise", lambda parent, exercises: next(picks))
    for _ in range(3):
        tab.editor.add_button.click()
    assert slugs(tab) == ["glute-bridge", "superman", "bird-dog"]

    tab.editor.items_view.selectRow(0)
    tab.editor.panel.fields["sets"].edit.setText("4")
    tab.editor.panel.fields["reps_min"].edit.setText("12")
    tab.editor.panel.fields["reps_max"].edit.setText("15")
    tab.editor.panel.fields["rest_seconds"].edit.setText("45")
    tab.editor.panel.fields["weight_kg"].edit.setText("12.5")
    tab.editor.panel.note_edit.setText("Squeeze at the top")
    tab.editor.panel.per_side_check.setChecked(True)

    monkeypatch.setattr(routine_dialogs, "ask_rounds", lambda parent, default=2: 3)
    select_items(tab, 1, 2)
    tab.editor.group_button.click()
    draft = tab.editor.draft
    assert draft is not None
    assert [(i.circuit, i.rounds) for i in draft.items] == [(None, None), (1, 3), (1, 3)]

    # Keyboard: bird-dog up one place, staying in its circuit.
    click_row(qtbot, tab.editor.items_view, 2)
    ctrl_click(qtbot, tab.editor.items_view, Qt.Key.Key_Up)
    assert slugs(tab) == ["glute-bridge", "bird-dog", "superman"]
    assert tab.editor.selected_rows() == [1]
    # Drag and drop through the model: the glute bridge to the end.
    model = tab.editor.items_model
    mime = model.mimeData([model.index(0, 1)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert slugs(tab) == ["bird-dog", "superman", "glute-bridge"]
    draft = tab.editor.draft
    assert draft is not None
    assert [i.circuit for i in draft.items] == [1, 1, None]

    assert tab.dirty
    with qtbot.waitSignal(tab.changed):
        tab.editor.save_button.click()
    assert not tab.dirty and tab.editor.status.text().startswith("Saved")
    saved = rows.routine_to_json(tab.current)
    bridge = saved["items"][2]
    assert (bridge["sets"], bridge["reps_min"], bridge["reps_max"], bridge["rest_seconds"]) == (
        4, 12, 15, 45)  # fmt: skip
    assert (bridge["weight_kg"], bridge["note"], bridge["per_side"]) == (
        12.5,
        "Squeeze at the top",
        True,
    )
    assert "sets" not in bridge["defaults"]  # the user's own value now

    other = open_database(seeded_db.path)
    try:
        again = RoutinesTab()
        qtbot.addWidget(again)
        again.attach(other)
        again.show()
        qtbot.waitExposed(again)
        assert again.select_routine(tab.current.id)
        assert rows.routine_to_json(again.current) == saved
        texts = [[again.editor.items_model.text(i, c) for c in range(5)] for i in range(3)]
        assert texts == [[tab.editor.items_model.text(i, c) for c in range(5)] for i in range(3)]
    finally:
        other.close()


def test_delete_key_removes_and_undo_redo(tab: RoutinesTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Delete removes the selected item; Undo brings it back; Redo removes it again."""
    user_routine(tab)
    click_row(qtbot, tab.editor.items_view, 0)
    qtbot.keyClick(tab.editor.items_view, Qt.Key.Key_Delete)
    assert slugs(tab) == ["push-up"]
    tab.editor.undo_button.click()
    assert slugs(tab) == ["glute-bridge", "push-up"] and not tab.dirty
    tab.editor.redo_button.click()
    assert slugs(tab) == ["push-up"] and tab.dirty
    tab.editor.revert_button.click()
    assert not tab.dirty


def test_typing_coalesces_into_one_undo_step(tab: RoutinesTab) -> None:
    """Several edits of one field are one undo step; another field starts a new one."""
    user_routine(tab)
    tab.editor.items_view.selectRow(0)
    tab.editor.panel.fields["sets"].edit.setText("1")
    tab.editor.panel.fields["sets"].edit.setText("12")
    tab.editor.panel.fields["rest_seconds"].edit.setText("30")
    tab.editor.undo()
    assert tab.editor.draft is not None and (
        tab.editor.draft.items[0].sets,
        tab.editor.draft.items[0].rest_seconds,
    ) == (
        12,
        0,
    )
    tab.editor.undo()
    assert tab.editor.draft.items[0].sets == 3
    assert tab.editor.panel.fields["sets"].edit.text() == "3"


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "field, text, label",
    [
        ("weight_kg", "62,,5", "Target weight"),
        ("weight_kg", "5000", "Target weight"),
        ("sets", "0", "Sets"),
        ("reps_min", "1000", "Reps (min)"),
        ("rest_seconds", "abc", "Rest between sets"),
        ("sets", "", "Sets"),
    ],  # fmt: skip
)
def test_invalid_values_are_named_and_nothing_is_saved(
    tab: RoutinesTab,
    seeded_db: Database,
    point_locale,
    field: str,
    text: str,
    label: str,  # type: ignore[no-untyped-def]
) -> None:
    """An unreadable or out-of-bounds value shows a message naming its field; Save writes nothing."""
    user_routine(tab)
    before = stored(seeded_db)
    tab.editor.items_view.selectRow(1)
    tab.editor.panel.note_edit.setText("a valid change that must not be saved either")
    tab.editor.panel.fields[field].edit.setText(text)
    message = tab.editor.panel.fields[field].error.text()
    assert message.startswith(label + ":"), message
    assert not tab.save()
    assert tab.editor.status.text().startswith("Not saved") and label in tab.editor.status.text()
    assert stored(seeded_db) == before


def test_in_english_a_point_is_read_and_a_comma_refused(
    tab: RoutinesTab, seeded_db: Database, point_locale
) -> None:  # type: ignore[no-untyped-def]
    """'62.5' is 62.5 kg and shown with a point; '62,5' is refused with a word on why (in
    English "1,000" would be a thousand), never read as 625 or 62, and nothing is saved."""
    row = user_routine(tab)
    tab.editor.items_view.selectRow(0)
    field = tab.editor.panel.fields["weight_kg"]
    field.edit.setText("62,5")
    assert "use a point for decimals" in field.error.text()
    assert not tab.save()
    field.edit.setText("62.5")
    assert field.error.text() == ""
    assert tab.save()
    with seeded_db.read_scope() as s:
        assert service.get_routine(row.id, session=s).items[0].weight_kg == 62.5
    tab.editor.items_view.selectRow(0)
    assert tab.editor.panel.fields["weight_kg"].edit.text() == "62.5"


def test_decimal_comma_follows_the_language(tab: RoutinesTab, seeded_db: Database) -> None:
    """In German, '62,5' is 62.5 kg and the field shows it back with a comma (whatever Qt's
    locale says)."""
    from core import i18n

    i18n.set_language("de")
    row = user_routine(tab)
    tab.editor.items_view.selectRow(0)
    tab.editor.panel.fields["weight_kg"].edit.setText("62,5")
    assert tab.editor.panel.fields["weight_kg"].error.text() == ""
    assert tab.save()
    with seeded_db.read_scope() as s:
        assert service.get_routine(row.id, session=s).items[0].weight_kg == 62.5
    tab.editor.items_view.selectRow(0)
    assert tab.editor.panel.fields["weight_kg"].edit.text() == "62,5"


def test_weight_in_pounds_is_stored_in_kg(
    tab: RoutinesTab, seeded_db: Database, point_locale
) -> None:  # type: ignore[no-untyped-def]
    """With weight_unit lb, the target is typed and shown in lb and stored in kg."""
    from core.store.settings import set_setting

    with seeded_db.session_scope() as s:
        set_setting("weight_unit", "lb", session=s)
    row = user_routine(tab)
    tab.editor.items_view.selectRow(0)
    assert tab.editor.panel.fields["weight_kg"].unit.text() == "lb"
    tab.editor.panel.fields["weight_kg"].edit.setText("25")
    assert tab.save()
    with seeded_db.read_scope() as s:
        assert service.get_routine(row.id, session=s).items[0].weight_kg == pytest.approx(
            11.33980925
        )
    tab.editor.items_view.selectRow(0)
    assert tab.editor.panel.fields["weight_kg"].edit.text() == "25"


def test_reps_order_and_name_problems_are_shown(tab: RoutinesTab, seeded_db: Database) -> None:
    """Min reps above max, an empty name and a name already used are refused with messages."""
    user_routine(tab, "Other")
    user_routine(tab)
    before = stored(seeded_db)
    tab.editor.items_view.selectRow(0)
    tab.editor.panel.fields["reps_min"].edit.setText("30")
    assert "Reps (min)" in tab.editor.panel.fields["reps_min"].error.text()
    assert not tab.save()
    tab.editor.panel.fields["reps_min"].edit.setText("15")
    tab.editor.name_edit.setText("  ")
    assert not tab.save() and tab.editor.name_error.text() == "Name: must not be empty"
    tab.editor.name_edit.setText("other")
    assert not tab.save() and "already used" in tab.editor.name_error.text()
    assert stored(seeded_db) == before


def test_weekly_target_daily_and_range(tab: RoutinesTab, seeded_db: Database) -> None:
    """Daily means 7-7; a min above the max is refused next to the weekly fields."""
    row = user_routine(tab)
    tab.editor.daily_check.setChecked(True)
    assert tab.editor.draft is not None
    assert (tab.editor.draft.sessions_per_week_min, tab.editor.draft.sessions_per_week_max) == (
        7,
        7,
    )
    tab.editor.daily_check.setChecked(False)
    tab.editor.week_min.setValue(4)
    tab.editor.week_max.setValue(2)
    assert not tab.save() and "Sessions a week (min)" in tab.editor.week_error.text()
    tab.editor.week_max.setValue(5)
    assert tab.save()
    with seeded_db.read_scope() as s:
        got = service.get_routine(row.id, session=s)
    assert (got.sessions_per_week_min, got.sessions_per_week_max) == (4, 5)


# --- ready-made routines -------------------------------------------------------------------------


def test_editing_ready_made_saves_a_copy_and_restore(
    tab: RoutinesTab,
    seeded_db: Database,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """A ready-made routine shows its badge, article and the copy note; Save makes 'My …';
    Restore puts a changed ready-made routine back to the article's version."""
    builtin = next(row for row in tab.rows if row.builtin_key == "back-leg-cellulite")
    assert tab.select_routine(builtin.id)
    badge_row = tab.list_model.row_of_id(builtin.id)
    assert badge_row is not None
    badge = tab.list_model.index(badge_row, 1)
    assert badge.data() == "Ready-made"
    assert "000_83f165f7394f71b5.txt" in badge.data(Qt.ItemDataRole.ToolTipRole)
    assert "Saving creates your own copy" in tab.editor.builtin_note.text()
    assert not tab.delete_button.isEnabled() and not tab.rename_button.isEnabled()
    assert tab.restore_button.isEnabled()
    before = stored(seeded_db)

    tab.editor.items_view.selectRow(2)
    tab.editor.panel.fields["sets"].edit.setText("4")
    assert tab.save()
    assert tab.current is not None and tab.current.name == "My Back-of-leg cellulite workout"
    assert not tab.current.builtin and not tab.restore_button.isEnabled()
    assert tab.current.items[2].sets == 4
    assert [d for d in stored(seeded_db) if d["builtin"]] == [d for d in before if d["builtin"]]

    with seeded_db.session_scope() as s:
        routine = s.get(Routine, builtin.id)
        assert routine is not None
        routine.items[0].sets = 9
    tab.refresh_now()
    assert tab.select_routine(builtin.id)
    tab.restore_button.click()
    assert [d for d in stored(seeded_db) if d["builtin"]] == [d for d in before if d["builtin"]]


# --- list actions --------------------------------------------------------------------------------


def test_rename_duplicate_delete(tab: RoutinesTab, seeded_db: Database, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Rename and duplicate write at once; delete asks first and only then removes."""
    row = user_routine(tab)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Evening")
    with qtbot.waitSignal(tab.changed):
        tab.rename_button.click()
    assert tab.current is not None and tab.current.name == "Evening"
    tab.duplicate_button.click()
    assert tab.current.name == "Copy of Evening" and tab.current.id != row.id
    copy_id = tab.current.id
    monkeypatch.setattr(dialogs, "confirm_delete", lambda parent, name: False)
    tab.delete_button.click()
    assert any(d["name"] == "Copy of Evening" for d in stored(seeded_db))
    monkeypatch.setattr(dialogs, "confirm_delete", lambda parent, name: True)
    with qtbot.waitSignal(tab.changed):
        tab.delete_button.click()
    assert all(d["name"] != "Copy of Evening" for d in stored(seeded_db))
    assert tab.current is not None and tab.current.id != copy_id


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_switching_with_unsaved_changes_asks(
    tab: RoutinesTab,
    seeded_db: Database,
    monkeypatch,
    answer: str,  # type: ignore[no-untyped-def]
) -> None:
    """Leaving an edited routine asks: cancel stays, discard drops the edit, save keeps it."""
    row = user_routine(tab)
    other = next(x for x in tab.rows if x.builtin)
    tab.editor.items_view.selectRow(0)
    tab.editor.panel.fields["sets"].edit.setText("5")
    asked: list[str] = []

    def unsaved_changes(_parent: Any, what: str) -> str:
        asked.append(what)
        return answer

    monkeypatch.setattr(dialogs, "unsaved_changes", unsaved_changes)
    moved = tab.select_routine(other.id)
    assert asked == ["Mine"]
    assert moved == (answer != "cancel")
    assert tab.list_model.row_at(tab.list_view.currentIndex().row()).id == (
        row.id if answer == "cancel" else other.id
    )
    with seeded_db.read_scope() as s:
        assert service.get_routine(row.id, session=s).items[0].sets == (
            5 if answer == "save" else 3
        )
    if answer == "cancel":
        assert tab.dirty
        assert tab.maybe_close() is False  # still asks (cancel)


# --- models and the picker -----------------------------------------------------------------------


def test_routine_list_model(qtmodeltester, tab: RoutinesTab) -> None:  # type: ignore[no-untyped-def]
    """The routine list model passes Qt's model tester."""
    qtmodeltester.check(tab.list_model)


def test_items_model(qtmodeltester, seeded_db: Database) -> None:  # type: ignore[no-untyped-def]
    """The items model (with circuits and drag and drop flags) passes Qt's model tester."""
    with seeded_db.read_scope() as s:
        row = next(
            x for x in service.list_routines(session=s) if x.builtin_key == "home-back-complex"
        )
    model = RoutineItemsModel()
    model.set_items(drafts.draft_from_row(row).items)
    qtmodeltester.check(model)
    assert model.text(0, 2) == "Circuit 1 × 1"


def test_exercise_picker_models_and_search(qtbot, qtmodeltester, seeded_db: Database) -> None:  # type: ignore[no-untyped-def]
    """The picker lists the library, filters by every typed word and returns the chosen slug."""
    with seeded_db.read_scope() as s:
        exercises = queries.list_exercises(session=s)
    model = ExerciseListModel()
    model.set_rows(exercises)
    proxy = ExerciseFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    dialog = ExercisePickerDialog(exercises)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "glute bridge")
    assert 0 < dialog.proxy.rowCount() < len(exercises)
    assert "bridge" in (dialog.selected_slug() or "")
    dialog.search.setText("no such thing at all")
    assert dialog.proxy.rowCount() == 0 and dialog.selected_slug() is None


def test_mode_change_shows_the_right_fields(tab: RoutinesTab) -> None:
    """Switching an item to duration fills minutes and hides reps and hold; save accepts it."""
    user_routine(tab)
    tab.editor.items_view.selectRow(0)
    tab.editor.panel.mode_combo.setCurrentIndex(drafts.MODES.index("duration"))
    assert tab.editor.draft is not None and tab.editor.draft.items[0].mode == "duration"
    assert tab.editor.panel.fields["duration_minutes"].edit.text() == "20"
    assert (
        not tab.editor.panel.fields["reps_min"].isVisible()
        and tab.editor.panel.fields["duration_minutes"].isVisible()
    )
    assert tab.save()


def test_suggestions_can_be_turned_off_per_routine(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """The Progression checkbox is saved with the routine (a ready-made one becomes a copy)."""
    tab = RoutinesTab()
    qtbot.addWidget(tab)
    tab.attach(seeded_db)
    tab.show()
    assert tab.editor.suggestions_check.isChecked()
    tab.editor.suggestions_check.setChecked(False)
    assert tab.editor.draft is not None and tab.editor.draft.suggestions_enabled is False
    tab.save()
    with seeded_db.read_scope() as session:
        mine = [x for x in service.list_routines(session=session) if not x.builtin]
    assert len(mine) == 1 and mine[0].suggestions_enabled is False


def test_closing_the_window_asks_about_unsaved_routine_edits(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Closing with an unsaved draft asks; Cancel keeps the window open."""
    from ui import dialogs

    tab = main_window.show_tab("Routines")
    tab.editor.name_edit.setText("Renamed but not saved")
    asked: list[str] = []

    def cancel(_parent: Any, what: str) -> str:
        asked.append(what)
        return "cancel"

    monkeypatch.setattr(dialogs, "unsaved_changes", cancel)
    assert main_window.close() is False
    assert asked and main_window.isVisible()
    monkeypatch.setattr(dialogs, "unsaved_changes", lambda _p, what: "discard")
    assert main_window.close() is True
