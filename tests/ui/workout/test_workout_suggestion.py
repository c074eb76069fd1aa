"""The Workout tab beside last time: the suggested next target with its reason, A accepts it
(a target history row, and the target line shows it), K or doing nothing keeps the target
(nothing written); the per-routine switch; duration sets typed in minutes; Start refused while a
Backline import holds the database.

Every key goes to whatever widget has focus (QApplication.focusWidget()); fields are reached by
clicking them, as a person does. Time passes on a FakeClock given to the tab.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from core.clock import FakeClock
from core.store.db import Database
from core.store.models import LoggedSet, Routine, RoutineItem, RoutineItemTarget, Workout
from core.store.settings import set_setting
from tests.reliability.short_routine import make_routine
from ui.workout import dialogs
from ui.workout.tab import WorkoutTab

T0 = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)
ROUTINE = "Deadlift day"
DEADLIFT = (
    {
        "exercise": "romanian-deadlift",
        "mode": "reps",
        "sets": 3,
        "reps_min": 8,
        "reps_max": 12,
        "rest_seconds": 30,
        "rest_after_seconds": 0,
    },
)
RUN = ({"exercise": "running", "mode": "duration", "sets": 1, "duration_minutes": 30},)


class SilentCues(QObject):
    """Stands in for the CuePlayer."""

    def play(self, kind: str) -> bool:
        return False

    def speak(self, text: str) -> bool:
        return False


def make_tab(qtbot, db: Database, monkeypatch) -> WorkoutTab:  # type: ignore[no-untyped-def]
    """A shown, active Workout tab on ``db`` with a FakeClock; End asks nothing."""
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "later")
    monkeypatch.setattr(dialogs, "confirm_end", lambda parent, pending, logged: True)
    monkeypatch.setattr(dialogs, "show_summary", lambda parent, summary, records, unit: None)
    tab = WorkoutTab(clock=FakeClock(T0), cue_player=SilentCues())
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.attach(db)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.routine_combo)
    return tab


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    qtbot.keyClick(widget, key, modifier)


def start(qtbot, tab: WorkoutTab, name: str = ROUTINE) -> None:  # type: ignore[no-untyped-def]
    """From the routine chooser: Down to the routine, Enter starts it."""
    assert QApplication.focusWidget() is tab.routine_combo
    for _ in range(tab.routine_combo.count()):
        if tab.routine_combo.currentText() == name:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert tab.routine_combo.currentText() == name
    press(qtbot, Qt.Key.Key_Return)
    assert tab.run is not None


def advance(qtbot, tab: WorkoutTab, seconds: float | None = None) -> None:  # type: ignore[no-untyped-def]
    """Let the current timed phase run out (or ``seconds`` pass) and wait for its cues."""
    assert tab.run is not None and tab.run.player is not None
    seconds = tab.run.player.remaining() if seconds is None else seconds
    assert seconds is not None
    assert isinstance(tab.clock, FakeClock)
    tab.clock.advance(seconds)
    with qtbot.waitSignal(tab.cue_handled, timeout=3000):
        tab.driver.rearm()


def type_into(qtbot, tab: WorkoutTab, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click a field of the log form, select what is there and type ``text`` over it."""
    edit = tab.log_panel.set_form.edits[field]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is edit
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def log_deadlift_workout(qtbot, tab: WorkoutTab, reps: int, kg: str) -> None:  # type: ignore[no-untyped-def]
    """A whole deadlift workout by keys: three sets of ``reps`` at ``kg``, each confirmed with
    Enter; the workout ends by itself after the last set."""
    start(qtbot, tab)
    advance(qtbot, tab)  # get ready
    for n in range(3):
        type_into(qtbot, tab, "reps", str(reps))
        type_into(qtbot, tab, "weight_kg", kg)
        with qtbot.waitSignal(tab.set_saved, timeout=3000):
            press(qtbot, Qt.Key.Key_Return)
        if n < 2:
            advance(qtbot, tab)  # the rest
    assert tab.run is None
    assert isinstance(tab.clock, FakeClock)
    tab.clock.advance(timedelta(days=2).total_seconds())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.routine_combo)


def targets(db: Database) -> list[RoutineItemTarget]:
    with db.read_scope() as s:
        rows = s.scalars(select(RoutineItemTarget).order_by(RoutineItemTarget.id)).all()
        for r in rows:
            s.expunge(r)
        return list(rows)


def test_a_full_workout_gets_one_step_more_and_a_accepts_it(qtbot, seeded_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After 3 x 12 at 60 kg (the top of 8-12), the next workout shows last time and "+2.5 kg"
    to 62.5 kg with its reason (marked our rule) while the target line is still the routine's;
    A writes the target row (through Ops), the target line then reads 62.5 kg, the offer goes
    away and the form proposes 62.5 kg."""
    make_routine(seeded_db, ROUTINE, DEADLIFT)
    tab = make_tab(qtbot, seeded_db, monkeypatch)
    log_deadlift_workout(qtbot, tab, 12, "60")
    start(qtbot, tab)
    text = tab.suggestion.text_label.text()
    assert tab.suggestion.isVisible() and tab.suggestion.accept_button.isVisible()
    assert "(A)" in tab.suggestion.accept_button.toolTip()
    assert "(K)" in tab.suggestion.keep_button.toolTip()
    assert "Suggested: 3 x 8-12 reps @ 62.5 kg (+2.5 kg)" in text, text
    assert "All 3 sets reached 12 reps at 60 kg" in text and "our rule" in text, text
    assert tab.last_button.text() == "Last time: 12 × 60 kg, 12 × 60 kg, 12 × 60 kg"
    assert tab.target_label.text() == "Target: 8-12 reps"
    assert targets(seeded_db) == []
    written: list[object] = []
    tab.ops.changed.connect(lambda changes, initiator: written.append(changes))
    press(qtbot, Qt.Key.Key_A)
    assert tab.target_label.text() == "Target: 8-12 reps @ 62.5 kg"
    assert not tab.suggestion.isVisible()
    (row,) = targets(seeded_db)
    assert (row.sets, row.reps_min, row.reps_max, row.weight_kg, row.source) == (
        3,
        8,
        12,
        62.5,
        "accepted",
    )
    assert "double progression" in row.reason
    assert len(written) == 1 and getattr(written[0], "routines", False)
    assert "New target for Romanian deadlift" in tab.log_panel.status_label.text()
    advance(qtbot, tab)  # get ready: the first set is there to log
    form = tab.log_panel.set_form
    assert (form.edits["reps"].text(), form.edits["weight_kg"].text()) == ("8", "62.5")
    press(qtbot, Qt.Key.Key_A)  # nothing left to accept: says so, writes nothing
    assert tab.log_panel.status_label.text() == "No suggestion to accept right now."
    assert len(targets(seeded_db)) == 1


def test_keeping_the_target_writes_nothing(qtbot, seeded_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """K keeps the target: the offer goes away, the target line and the form's proposal stay
    the routine's, and no target row is written; the set is logged as typed."""
    make_routine(seeded_db, ROUTINE, DEADLIFT)
    tab = make_tab(qtbot, seeded_db, monkeypatch)
    log_deadlift_workout(qtbot, tab, 12, "60")
    start(qtbot, tab)
    assert tab.suggestion.isVisible()
    press(qtbot, Qt.Key.Key_K)
    assert not tab.suggestion.isVisible()
    assert tab.log_panel.status_label.text() == "Kept your target for Romanian deadlift."
    assert tab.target_label.text() == "Target: 8-12 reps"
    advance(qtbot, tab)
    form = tab.log_panel.set_form
    assert (form.edits["reps"].text(), form.edits["weight_kg"].text()) == ("8", "")
    type_into(qtbot, tab, "reps", "10")
    type_into(qtbot, tab, "weight_kg", "60")
    with qtbot.waitSignal(tab.set_saved, timeout=3000):
        press(qtbot, Qt.Key.Key_Return)
    assert not tab.suggestion.isVisible()
    assert targets(seeded_db) == []


def test_doing_nothing_keeps_it_and_a_note_takes_a(qtbot, seeded_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With the offer on screen, "a" typed in the workout note and in the set's note stays
    there (the player's A does not act in a free-text field); the whole workout logged without
    pressing A leaves no target row, and the next start of the routine offers it again."""
    make_routine(seeded_db, ROUTINE, DEADLIFT)
    tab = make_tab(qtbot, seeded_db, monkeypatch)
    log_deadlift_workout(qtbot, tab, 12, "60")
    start(qtbot, tab)
    assert tab.suggestion.isVisible()
    qtbot.mouseClick(tab.workout_note, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is tab.workout_note
    qtbot.keyClicks(tab.workout_note, "a good day")
    assert tab.workout_note.text() == "a good day"
    advance(qtbot, tab)
    type_into(qtbot, tab, "note", "a")
    assert tab.log_panel.set_form.edits["note"].text() == "a"
    assert tab.suggestion.isVisible() and targets(seeded_db) == []


def test_no_suggestion_when_the_routine_has_them_off(qtbot, seeded_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With the routine's suggestions switched off, nothing is offered after a full workout,
    and A says there is nothing to accept and writes nothing."""
    rid = make_routine(seeded_db, ROUTINE, DEADLIFT)
    tab = make_tab(qtbot, seeded_db, monkeypatch)
    log_deadlift_workout(qtbot, tab, 12, "60")
    with seeded_db.session_scope() as s:
        routine = s.get(Routine, rid)
        assert routine is not None
        routine.suggestions_enabled = False
    start(qtbot, tab)
    assert not tab.suggestion.isVisible()
    assert tab.last_button.text().startswith("Last time: 12 × 60 kg")
    press(qtbot, Qt.Key.Key_A)
    assert tab.log_panel.status_label.text() == "No suggestion to accept right now."
    assert targets(seeded_db) == []


def test_a_harder_variation_is_offered_by_name(qtbot, seeded_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A glute bridge at its most sets (5 x 12, the top) is offered the harder variation the
    article names, by name, with the words that the routine's exercise is changed in the
    Routines tab."""
    rid = make_routine(
        seeded_db,
        "Bridges",
        (
            {
                "exercise": "glute-bridge",
                "mode": "reps",
                "sets": 3,
                "reps_min": 10,
                "reps_max": 12,
                "rest_seconds": 5,
            },
        ),
    )
    from core.insight.targets import Target, accept_target
    from core.workout.log import SetValues
    from core.workout.plan import routine_plan
    from core.workout.run import WorkoutRun

    with seeded_db.session_scope() as s:
        item_id = s.scalar(select(RoutineItem.id).where(RoutineItem.routine_id == rid))
        assert item_id is not None
        accept_target(
            item_id,
            Target(sets=5, reps_min=10, reps_max=12),
            session=s,
            now=T0 - timedelta(days=3),
        )
    with seeded_db.read_scope() as s:
        plan = routine_plan(rid, session=s)
    earlier, _ = WorkoutRun.start(seeded_db, plan, clock=FakeClock(T0 - timedelta(days=2)))
    for _ in range(5):
        while earlier.log_target() is None:
            earlier.next()
        earlier.confirm_set(SetValues(reps=12))
    earlier.finish()
    tab = make_tab(qtbot, seeded_db, monkeypatch)
    start(qtbot, tab, "Bridges")
    text = tab.suggestion.text_label.text()
    assert tab.suggestion.isVisible(), text
    assert text.startswith("Suggested: the harder variation, Single-leg glute bridge."), text
    assert "Change the exercise in the routine when ready." in text, text
    assert not tab.suggestion.accept_button.isVisible()  # the target itself stays


def test_a_run_is_logged_in_minutes(qtbot, seeded_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A 30-minute run stopped after 10 minutes: the form's duration field reads "Minutes"
    with 10 in it; typing 30 stores 1800 s."""
    make_routine(seeded_db, "Run", RUN)
    tab = make_tab(qtbot, seeded_db, monkeypatch)
    start(qtbot, tab, "Run")
    advance(qtbot, tab)  # get ready
    assert isinstance(tab.clock, FakeClock)
    tab.clock.advance(600)
    press(qtbot, Qt.Key.Key_Return)  # Enter stops the running activity
    form = tab.log_panel.set_form
    assert form.labels["duration_seconds"].text() == "Minutes"
    assert form.edits["duration_seconds"].text() == "10"
    assert form.edits["distance_km"].isVisible()
    type_into(qtbot, tab, "duration_seconds", "30")
    with qtbot.waitSignal(tab.set_saved, timeout=3000):
        press(qtbot, Qt.Key.Key_Return)
    with seeded_db.read_scope() as s:
        assert s.scalars(select(LoggedSet.duration_seconds)).all() == [1800.0]


def test_start_waits_for_a_backline_import(qtbot, seeded_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """While a Backline import holds the database, Enter on the routine chooser and Add
    exercise start nothing and say, in one line, to wait; once it is done, a workout starts."""
    make_routine(seeded_db, ROUTINE, DEADLIFT)
    tab = make_tab(qtbot, seeded_db, monkeypatch)
    tab.ops.long_write = "a Backline import"  # what the import sets while it runs
    for _ in range(tab.routine_combo.count()):
        if tab.routine_combo.currentText() == ROUTINE:
            break
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert tab.run is None
    assert tab.log_panel.status_label.text() == "Wait for a Backline import to finish first."
    tab.log_panel.say("")
    tab.add_exercise_button.click()  # an exercise on the fly would start a workout too
    assert tab.run is None
    assert tab.log_panel.status_label.text() == "Wait for a Backline import to finish first."
    with seeded_db.read_scope() as s:
        assert s.scalar(select(func.count(Workout.id))) == 0
    tab.ops.long_write = None  # the import finished
    tab.add_exercise_button.click()
    assert tab.run is not None and len(tab.run.plan.items) == 1


def test_the_step_follows_the_weight_unit(qtbot, seeded_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """In pounds, the same full workout (at 135 lb) is offered "+5 lb", to 140 lb."""
    with seeded_db.session_scope() as s:
        set_setting("weight_unit", "lb", session=s)
    make_routine(seeded_db, ROUTINE, DEADLIFT)
    tab = make_tab(qtbot, seeded_db, monkeypatch)
    log_deadlift_workout(qtbot, tab, 12, "135")
    start(qtbot, tab)
    text = tab.suggestion.text_label.text()
    assert "@ 140 lb (+5 lb)" in text, text
