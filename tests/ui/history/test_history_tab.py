"""The History tab on a real temporary database: lazy list, detail, edit, delete."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from core.changes import Changes
from core.insight import history
from core.store.db import Database
from core.store.models import Exercise, LoggedSet, Workout
from core.store.settings import set_setting
from core.units import KG_PER_LB
from ui import dialogs
from ui.history.models import PAGE_SIZE, SetTableModel, WorkoutListModel
from ui.history.tab import HistoryTab

T0 = datetime(2025, 3, 3, 17, tzinfo=UTC)


def fill(db: Database, workouts: int) -> dict[str, Any]:
    """`workouts` workouts, one a day; each has a 20 kg set with a target and a warm-up."""
    with db.session_scope() as s:
        ex = Exercise(
            slug="goblet-squat", name="Goblet squat", kind="strength", mode="reps", builtin=False
        )
        s.add(ex)
        s.flush()
        rows = []
        for i in range(workouts):
            w = Workout(
                started_at=T0 + timedelta(days=i),
                ended_at=T0 + timedelta(days=i, minutes=40),
                name=f"Workout {i}",
            )
            w.sets = [
                LoggedSet(
                    exercise_id=ex.id,
                    position=0,
                    set_number=1,
                    set_type="warmup",
                    reps=5,
                    weight_kg=10.0,
                ),
                LoggedSet(
                    exercise_id=ex.id,
                    position=1,
                    set_number=2,
                    reps=10,
                    weight_kg=20.0,
                    target_reps=12,
                    target_weight_kg=20.0,
                    rpe=7.0,
                ),
            ]
            s.add(w)
            rows.append(w)
        s.flush()
        return {
            "exercise": ex.id,
            "workouts": [w.id for w in rows],
            "sets": [[x.id for x in w.sets] for w in rows],
        }


@pytest.fixture
def tab(qtbot, db: Database) -> HistoryTab:  # type: ignore[no-untyped-def]
    widget = HistoryTab()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def open_tab(qtbot, tab: HistoryTab, db: Database) -> None:  # type: ignore[no-untyped-def]
    tab.attach(db)
    tab.show()
    qtbot.waitExposed(tab)


def test_models_pass_the_model_tester(qtmodeltester, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Both models are consistent Qt models, the lazy one through its fetchMore pages too."""
    ids = fill(db, 150)

    def load(offset: int, limit: int) -> list[history.WorkoutSummary]:
        with db.read_scope() as s:
            return history.list_workouts(session=s, offset=offset, limit=limit)

    workouts = WorkoutListModel()
    workouts.reset(load, 150)
    qtmodeltester.check(workouts)
    sets = SetTableModel()
    with db.read_scope() as s:
        sets.set_rows(list(history.workout_detail(ids["workouts"][0], session=s).sets))
    qtmodeltester.check(sets)


def test_list_loads_newest_first_page_by_page(qtbot, tab: HistoryTab, db: Database) -> None:  # type: ignore[no-untyped-def]
    """230 workouts: the list shows the newest 100 first and fetches the rest in pages of 100
    when asked (as a view does when scrolled to the end); columns show local date, routine,
    duration, sets and volume (warm-up excluded)."""
    ids = fill(db, 230)
    open_tab(qtbot, tab, db)
    model = tab.workouts_model
    assert model.rowCount() == PAGE_SIZE == 100
    assert model.canFetchMore()
    assert tab.count_label.text() == "230 workouts"
    newest = model.row_at(0)
    assert newest.id == ids["workouts"][-1]
    shown = [model.index(0, c).data() for c in range(5)]
    assert shown[1:] == ["Workout 229", "40:00", "2", "200 kg"]
    model.fetchMore()
    assert model.rowCount() == 200
    model.fetchMore()
    assert model.rowCount() == 230 and not model.canFetchMore()


def test_opening_a_workout_shows_targets_beside_actuals(
    qtbot, tab: HistoryTab, db: Database
) -> None:  # type: ignore[no-untyped-def]
    """Selecting an old workout (beyond the first page) loads the pages it needs and shows its
    sets with target and done side by side."""
    ids = fill(db, 120)
    open_tab(qtbot, tab, db)
    oldest = ids["workouts"][0]
    assert tab.select_workout(oldest)
    assert tab.workouts_model.rowCount() == 120
    assert tab.selected_workout_id() == oldest
    sets = tab.sets_model
    assert sets.rowCount() == 2
    row = [sets.index(1, c).data() for c in range(6)]
    assert row == ["Goblet squat", "Set 2", "12 × 20 kg", "10 × 20 kg", "7", ""]
    assert sets.index(0, 1).data() == "Set 1 · warmup"
    assert "Workout 0" in tab.heading.text()


def test_edit_a_set_saves_and_updates_the_list(qtbot, tab: HistoryTab, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Editing reps and weight saves them, announces Changes(workouts=True), and the list's
    volume follows (12 × 25 = 300 kg)."""
    ids = fill(db, 3)
    open_tab(qtbot, tab, db)
    workout = ids["workouts"][1]
    target_set = ids["sets"][1][1]
    tab.select_workout(workout)
    assert tab.select_set(target_set)
    assert (tab.reps_edit.text(), tab.weight_edit.text(), tab.rpe_edit.text()) == ("10", "20", "7")
    tab.reps_edit.setText("12")
    tab.weight_edit.setText("25")
    tab.note_edit.setText("heavier")
    with qtbot.waitSignal(tab.changed) as signal:
        tab.save_button.click()
    assert signal.args == [Changes(workouts=True)]
    with db.read_scope() as s:
        stored = s.get(LoggedSet, target_set)
        assert stored is not None
        assert (stored.reps, stored.weight_kg, stored.note) == (12, 25.0, "heavier")
    row = tab.workouts_model.row_of(workout)
    assert row is not None
    assert tab.workouts_model.index(row, 4).data() == "300 kg"
    assert tab.selected_set_id() == target_set  # the selection survives the reload
    assert tab.status.text() == "Saved."


def test_bad_input_is_refused_and_nothing_saved(qtbot, tab: HistoryTab, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Letters in reps and an RPE of 11 show messages naming those fields next to them, the
    valid weight typed with them is not saved, and nothing is announced."""
    ids = fill(db, 1)
    open_tab(qtbot, tab, db)
    target_set = ids["sets"][0][1]
    tab.select_workout(ids["workouts"][0])
    tab.select_set(target_set)
    tab.reps_edit.setText("ten")
    tab.weight_edit.setText("30")
    tab.rpe_edit.setText("11")
    announced: list[Any] = []
    tab.changed.connect(announced.append)
    tab.save_button.click()
    assert announced == []
    assert tab.errors["reps"].isVisible() and tab.errors["reps"].text().startswith("Reps")
    assert tab.errors["rpe"].isVisible() and "between 1 and 10" in tab.errors["rpe"].text()
    assert tab.errors["rpe"].text().startswith("RPE")
    assert not tab.errors["weight_kg"].isVisible()
    with db.read_scope() as s:
        stored = s.get(LoggedSet, target_set)
        assert stored is not None
        assert (stored.reps, stored.weight_kg, stored.rpe) == (10, 20.0, 7.0)


def test_pounds_are_shown_and_an_untouched_weight_keeps_its_kilograms(
    qtbot,
    tab: HistoryTab,
    db: Database,  # type: ignore[no-untyped-def]
) -> None:
    """With the unit set to lb the form and list show pounds; saving only a new RPE leaves the
    stored kilograms exactly as they were."""
    ids = fill(db, 1)
    with db.session_scope() as s:
        set_setting("weight_unit", "lb", session=s)
    open_tab(qtbot, tab, db)
    target_set = ids["sets"][0][1]
    tab.select_workout(ids["workouts"][0])
    tab.select_set(target_set)
    assert tab.weight_label.text() == "Weight (lb)"
    assert tab.weight_edit.text() == "44.09"
    assert tab.workouts_model.index(0, 4).data() == "440.9 lb"
    tab.rpe_edit.setText("8")
    assert tab.save_set()
    with db.read_scope() as s:
        stored = s.get(LoggedSet, target_set)
        assert stored is not None
        assert (stored.weight_kg, stored.rpe) == (20.0, 8.0)
    tab.weight_edit.setText("50")
    assert tab.save_set()
    with db.read_scope() as s:
        assert s.get(LoggedSet, target_set).weight_kg == pytest.approx(50 * KG_PER_LB)  # type: ignore[union-attr]


def test_delete_a_set_after_confirmation(qtbot, tab: HistoryTab, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Declining the confirmation deletes nothing; confirming deletes the set, and the list's
    set count drops to 1."""
    ids = fill(db, 2)
    open_tab(qtbot, tab, db)
    target_set = ids["sets"][0][0]
    tab.select_workout(ids["workouts"][0])
    tab.select_set(target_set)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_delete", lambda _p, name: asked.append(name) or False)
    assert not tab.delete_selected_set()
    monkeypatch.setattr(dialogs, "confirm_delete", lambda _p, name: True)
    with qtbot.waitSignal(tab.changed):
        tab.delete_set_button.click()
    assert asked == ["Goblet squat, set 1"]
    with db.read_scope() as s:
        assert s.get(LoggedSet, target_set) is None
    assert tab.sets_model.rowCount() == 1
    row = tab.workouts_model.row_of(ids["workouts"][0])
    assert row is not None and tab.workouts_model.index(row, 3).data() == "1"


def test_delete_a_whole_workout(qtbot, tab: HistoryTab, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Deleting the selected workout (confirmed) removes it and its sets from the database and
    the list, and clears the detail."""
    ids = fill(db, 2)
    open_tab(qtbot, tab, db)
    tab.select_workout(ids["workouts"][1])
    monkeypatch.setattr(dialogs, "confirm_delete", lambda _p, _name: True)
    with qtbot.waitSignal(tab.changed):
        tab.delete_workout_button.click()
    with db.read_scope() as s:
        assert s.scalar(select(func.count()).select_from(Workout)) == 1
        assert s.scalar(select(func.count()).select_from(LoggedSet)) == 2
    assert tab.workouts_model.rowCount() == 1
    assert tab.sets_model.rowCount() == 0
    assert tab.count_label.text() == "1 workout"


def test_empty_history(qtbot, tab: HistoryTab, db: Database) -> None:  # type: ignore[no-untyped-def]
    """With no workouts the list is empty, says so, and the form is disabled."""
    open_tab(qtbot, tab, db)
    assert tab.workouts_model.rowCount() == 0
    assert not tab.workouts_model.canFetchMore()
    assert tab.count_label.text() == "No workouts yet."
    assert not tab.form_box.isEnabled()
    assert not tab.delete_workout_button.isEnabled()


def test_a_refused_note_is_shown_beside_the_note(qtbot, tab: HistoryTab, db: Database) -> None:  # type: ignore[no-untyped-def]
    """A note longer than core allows is refused by core (InputError field 'note'): the message
    appears beside the note, the other fields stay clear, nothing is saved or announced."""
    ids = fill(db, 1)
    open_tab(qtbot, tab, db)
    target_set = ids["sets"][0][1]
    tab.select_workout(ids["workouts"][0])
    tab.select_set(target_set)
    tab.reps_edit.setText("11")
    tab.note_edit.setText("x" * 2001)
    announced: list[Any] = []
    tab.changed.connect(announced.append)
    assert not tab.save_set()
    assert announced == []
    assert tab.errors["note"].isVisible()
    assert tab.errors["note"].text() == "Note must be at most 2000 characters"
    assert not any(tab.errors[f].isVisible() for f in ("reps", "weight_kg", "rpe"))
    assert tab.status.text() == "Nothing saved: correct the fields in red."
    with db.read_scope() as s:
        assert s.get(LoggedSet, target_set).reps == 10  # type: ignore[union-attr]


def test_a_set_deleted_elsewhere_is_reported(qtbot, tab: HistoryTab, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Saving a set that another window deleted says so and reloads the workout without it."""
    ids = fill(db, 1)
    open_tab(qtbot, tab, db)
    target_set = ids["sets"][0][1]
    tab.select_workout(ids["workouts"][0])
    tab.select_set(target_set)
    with db.session_scope() as s:
        history.delete_logged_set(target_set, session=s)
    tab.reps_edit.setText("11")
    assert not tab.save_set()
    assert tab.status.text() == "This set no longer exists."
    assert tab.sets_model.row_of(target_set) is None
