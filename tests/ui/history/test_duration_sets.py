"""Duration activities (a 30-minute run) are typed and shown in minutes, with distance in km or
mi, in the shared set form and in History; what is stored stays seconds and kilometres."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.bounds import InputError
from core.store.db import Database
from core.store.models import Exercise, LoggedSet, Workout
from core.store.settings import set_setting
from core.workout.log import SetValues
from ui.history.tab import HistoryTab
from ui.widgets.set_form import SetForm

T0 = datetime(2025, 3, 3, 17, tzinfo=UTC)


@pytest.fixture
def form(qtbot) -> SetForm:  # type: ignore[no-untyped-def]
    widget = SetForm(note=True, distance=True)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _type(qtbot, form: SetForm, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click the field and type, as a person does (offscreen: the window's focus widget)."""
    edit = form.edits[field]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    focused = QApplication.focusWidget() or form.window().focusWidget()
    assert focused is edit
    focused.clear()
    qtbot.keyClicks(focused, text)


def test_duration_mode_types_minutes_and_stores_seconds(qtbot, form: SetForm) -> None:  # type: ignore[no-untyped-def]
    """In duration mode the field says Minutes (not seconds held), 30 is 1800 s, 12.5 min is
    750 s (12,5 in German) and the distance field shows."""
    form.set_mode("duration")
    assert form.labels["duration_seconds"].text() == "Minutes"
    assert form.edits["distance_km"].isVisible()
    assert form.labels["distance_km"].text() == "Distance (km)"
    _type(qtbot, form, "duration_seconds", "30")
    _type(qtbot, form, "distance_km", "5.2")
    values = form.values(required={"duration_seconds"})
    assert (values.seconds, values.distance_km) == (1800.0, 5.2)
    _type(qtbot, form, "duration_seconds", "12.5")
    assert form.values().seconds == 750.0


def test_duration_fill_shows_minutes_and_keeps_the_stored_seconds(form: SetForm) -> None:
    """A logged 1800 s reads '30'; 95 s reads '1.58' and, left as shown, comes back as 95 s
    exactly (not 94.8); other modes keep seconds, and hide the distance."""
    form.set_mode("duration")
    form.fill(SetValues(seconds=1800.0, distance_km=5.0))
    assert form.edits["duration_seconds"].text() == "30"
    form.fill(SetValues(seconds=95.0))
    assert form.edits["duration_seconds"].text() == "1.58"
    assert form.values().seconds == 95.0
    form.set_mode("hold")
    assert form.labels["duration_seconds"].text() == "Seconds per hold"
    assert not form.edits["distance_km"].isVisible()
    form.fill(SetValues(reps=3, seconds=20.0))
    assert form.edits["duration_seconds"].text() == "20"


def test_minutes_out_of_range_name_the_field_in_minutes(qtbot, form: SetForm) -> None:  # type: ignore[no-untyped-def]
    """More than 6 hours is refused at the field, in minutes, and names the stored field."""
    form.set_mode("duration")
    _type(qtbot, form, "duration_seconds", "400")
    with pytest.raises(InputError) as refused:
        form.values()
    assert refused.value.field == "duration_seconds"
    assert form.errors["duration_seconds"].text() == "must be between 0 and 360 min"


def test_distance_in_miles(qtbot, form: SetForm) -> None:  # type: ignore[no-untyped-def]
    """With miles, 3.1 mi is stored as 4.989 km, and a stored 5 km reads 3.11 mi."""
    form.set_mode("duration")
    form.set_distance_unit("mi")
    assert form.labels["distance_km"].text() == "Distance (mi)"
    _type(qtbot, form, "duration_seconds", "30")
    _type(qtbot, form, "distance_km", "3.1")
    assert form.values().distance_km == pytest.approx(3.1 * 1.609344)
    form.fill(SetValues(seconds=1800.0, distance_km=5.0))
    assert form.edits["distance_km"].text() == "3.11"
    assert form.values().distance_km == 5.0


def test_a_form_never_given_a_mode_keeps_seconds(form: SetForm) -> None:
    """Without set_mode (how the Workout tab's log panel uses the form today) the field is
    still seconds: 1800 reads '1800' and stays 1800 s."""
    form.fill(SetValues(seconds=1800.0))
    assert form.edits["duration_seconds"].text() == "1800"
    assert form.values().seconds == 1800.0


def _run(db: Database) -> tuple[int, int]:
    with db.session_scope() as s:
        ex = Exercise(slug="run", name="Run", kind="cardio", mode="duration", builtin=False)
        s.add(ex)
        s.flush()
        w = Workout(started_at=T0, ended_at=T0 + timedelta(minutes=35), name="Run")
        w.sets = [
            LoggedSet(
                exercise_id=ex.id,
                position=0,
                set_number=1,
                duration_seconds=1800.0,
                distance_km=5.0,
                target_seconds=1800,
            )
        ]
        s.add(w)
        s.flush()
        return w.id, w.sets[0].id


def test_history_shows_and_edits_a_run_in_minutes(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """History lists a 30-minute run as '30 min, 5 km' (3.11 mi with inches), its form says
    Minutes with '30', and typing 32.5 stores 1950 s."""
    workout_id, set_id = _run(db)
    tab = HistoryTab()
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.attach(db)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.select_workout(workout_id) and tab.select_set(set_id)
    model = tab.sets_model
    assert model.index(0, 2).data() == "30 min"
    assert model.index(0, 3).data() == "30 min, 5 km"
    assert tab.seconds_label.text() == "Minutes"
    assert tab.seconds_edit.text() == "30"
    qtbot.mouseClick(tab.seconds_edit, Qt.MouseButton.LeftButton)
    focused = QApplication.focusWidget() or tab.window().focusWidget()
    assert focused is tab.seconds_edit
    focused.clear()
    qtbot.keyClicks(focused, "32.5")
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert tab.status.text() == "Saved."
    with db.read_scope() as s:
        assert s.get(LoggedSet, set_id).duration_seconds == 1950.0  # type: ignore[union-attr]
    with db.session_scope() as s:
        set_setting("length_unit", "in", session=s)
    tab.refresh_now()
    assert tab.select_workout(workout_id)
    assert tab.sets_model.index(0, 3).data() == "32.5 min, 3.11 mi"
