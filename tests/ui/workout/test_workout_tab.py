"""The Workout tab on a real temporary database with a FakeClock and a recording cue player.

Time moves only when a test advances the FakeClock; the tab's PhaseDriver then polls the player
(``driver.rearm()`` arms a 0 ms single-shot) and we wait for the resulting signal, never sleep.
Short routine steps: 0 get ready 10 s, 1 glute bridge set 1, 2 rest 5 s, 3 set 2, 4 rest 5 s,
5 superman hold (3 s), 6 release 3 s, 7 hold, 8 rest 5 s, 9 bird dog left, 10 switch, 11 right.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from core.clock import FakeClock
from core.store.db import Database
from core.store.models import LoggedSet, Workout
from core.workout.log import SetValues, workout_sets
from core.workout.plan import routine_plan
from core.workout.resume import unfinished_workout
from core.workout.run import WorkoutRun
from core.workout.steps import PlayerOptions
from tests.reliability.short_routine import make_routine
from ui.widgets.phase_display import PHASE_COLOURS
from ui.workout import dialogs
from ui.workout.tab import EMPTY_WORKOUT, WorkoutTab

T0 = datetime(2024, 5, 6, 18, 0, tzinfo=UTC)


class RecordingCues(QObject):
    """Stands in for ui.cues.CuePlayer: records what would be played and said."""

    played = Signal(str)
    spoke = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.kinds: list[str] = []
        self.texts: list[str] = []

    def play(self, kind: str) -> bool:
        self.kinds.append(kind)
        self.played.emit(kind)
        return False

    def speak(self, text: str) -> bool:
        self.texts.append(text)
        self.spoke.emit(text)
        return False


@pytest.fixture
def summaries(monkeypatch) -> list[object]:  # type: ignore[no-untyped-def]
    """End is confirmed without a dialog; the summaries shown are recorded here."""
    shown: list[object] = []
    monkeypatch.setattr(dialogs, "confirm_end", lambda parent, pending, logged: True)
    monkeypatch.setattr(dialogs, "ask_end_timed", lambda parent, timed, logged: "drop")
    monkeypatch.setattr(
        dialogs, "show_summary", lambda parent, summary, records, unit: shown.append(summary)
    )
    return shown


@pytest.fixture
def parts(qtbot, seeded_db: Database, monkeypatch, summaries):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "later")
    make_routine(seeded_db)
    clock = FakeClock(T0)
    cues = RecordingCues()
    tab = WorkoutTab(clock=clock, cue_player=cues)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.attach(seeded_db)
    return tab, clock, cues, seeded_db


def _start(tab: WorkoutTab) -> None:
    tab.routine_combo.setCurrentIndex(tab.routine_combo.findText("Short test routine"))
    tab.start_button.click()


def _advance(qtbot, tab: WorkoutTab, clock: FakeClock, seconds: float) -> None:  # type: ignore[no-untyped-def]
    """Let time pass and wait until the driver has delivered the cues that became due."""
    clock.advance(seconds)
    with qtbot.waitSignal(tab.cue_handled, timeout=3000):
        tab.driver.rearm()


def _sets(db: Database) -> list[tuple[int | None, float | None, int | None, float | None]]:
    """(reps, weight_kg, target_reps, duration_seconds) of every stored set."""
    with db.read_scope() as s:
        rows = s.scalars(select(LoggedSet).order_by(LoggedSet.id)).all()
        return [(r.reps, r.weight_kg, r.target_reps, r.duration_seconds) for r in rows]


def _previous_workout(tab: WorkoutTab, db: Database, first_set: SetValues) -> None:
    """A finished workout of the short routine two days ago, with its first set logged."""
    with db.read_scope() as s:
        plan = routine_plan(
            tab.routine_combo.itemData(tab.routine_combo.findText("Short test routine")), session=s
        )
    prev, _ = WorkoutRun.start(db, plan, clock=FakeClock(T0 - timedelta(days=2)))
    prev.next()
    prev.confirm_set(first_set)
    prev.finish()


def test_start_counts_down_get_ready_with_ceil_digits_then_work(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Start plays get-ready; the digits round up (10 first, 10 after 0.5 s, 9 after 1.1 s);
    at the deadline the work starts with its sound, words, colour and the form pre-filled."""
    tab, clock, cues, _db = parts
    _start(tab)
    assert cues.kinds == ["get_ready"] and tab.display.digits.text() == "10"
    clock.advance(0.5)
    tab.refresh_display()
    assert tab.display.digits.text() == "10"
    clock.advance(0.6)
    tab.refresh_display()
    assert tab.display.digits.text() == "9"
    _advance(qtbot, tab, clock, 8.9)
    assert cues.kinds[-4:] == ["countdown", "countdown", "countdown", "work_start"]
    assert "Glute bridge" in tab.display.phase_label.text()
    assert tab.details_label.text() == "Set 1 of 2"
    assert tab.display.colour == PHASE_COLOURS["work"]
    assert (
        tab.log_panel.set_form.edits["reps"].text() == "10"
        and tab.controls.confirm_button.isEnabled()
    )
    assert tab.next_label.text().startswith("Next: Rest")


def test_confirmed_set_is_committed_before_saved_is_shown(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """When set_saved fires the row is already in the database; then "Saved ✓" shows and the
    rest starts by itself with its spoken announcement."""
    tab, clock, cues, db = parts
    _start(tab)
    tab.next_step()
    seen: list[int] = []
    tab.set_saved.connect(lambda row: seen.append(len(_sets(db))))
    tab.log_panel.set_form.edits["reps"].setText("12")
    tab.log_panel.set_form.edits["weight_kg"].setText("7.5")
    with qtbot.waitSignal(tab.set_saved):
        tab.controls.confirm_button.click()
    assert seen == [1]
    assert _sets(db) == [(12, 7.5, 10, None)]
    assert tab.log_panel.status_label.text().startswith("Saved ✓")
    assert tab.run is not None and tab.run.player is not None and tab.run.player.step.kind == "rest"
    assert cues.texts[-1] == "Rest, 5 seconds. Next: Glute bridge"
    assert tab.display.digits.text() == "5"


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("weight_kg", "62,5,0", "not a number"),
        ("weight_kg", "5000", "between"),
        ("reps", "1000", "between"),
        ("reps", "", "required"),
        ("reps", "-3", "between"),
        ("rpe", "11", "between"),
    ],
)
def test_bad_input_shows_at_the_field_and_stores_nothing(  # type: ignore[no-untyped-def]
    qtbot, parts, field, text, message
) -> None:
    """Each bad value gets a red message next to its field; no set is stored, no move made.
    ("62,5" is no longer one: a decimal comma is read in every language, as a point is.)"""
    tab, _clock, _cues, db = parts
    _start(tab)
    tab.next_step()
    tab.log_panel.set_form.edits[field].setText(text)
    with qtbot.waitSignal(tab.form_error) as blocker:
        tab.confirm_set()
    assert blocker.args[0] == field
    assert message in tab.log_panel.set_form.errors[field].text()
    assert _sets(db) == []
    assert tab.run is not None and tab.run.player is not None and tab.run.player.index == 1


def test_hold_set_ends_by_itself_and_waits_for_its_log(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """A timed hold set ends on its own; the form then refers to it during the rest, and
    confirming logs the seconds held without moving the rest."""
    tab, clock, _cues, db = parts
    _start(tab)
    tab.controls.skip_button.click()
    assert tab.details_label.text().endswith("Rep 1 of 2")
    _advance(qtbot, tab, clock, 3)
    _advance(qtbot, tab, clock, 3)
    _advance(qtbot, tab, clock, 3)
    assert tab.run is not None and tab.run.player is not None
    assert tab.run.player.step.kind == "rest" and len(tab.run.pending) == 1
    assert "Superman" in tab.log_panel.form_title.text()
    assert (
        tab.log_panel.set_form.edits["reps"].text(),
        tab.log_panel.set_form.edits["duration_seconds"].text(),
    ) == ("2", "3")
    with qtbot.waitSignal(tab.set_saved):
        tab.confirm_set()
    assert [(s[0], s[3]) for s in _sets(db)] == [(2, 3.0)]
    assert tab.run.player.step.kind == "rest" and tab.run.pending == []


def test_controls_show_their_shortcuts_and_keys_work(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Every control's tooltip names its key; Space pauses, +/- move the phase's end, whatever
    has focus (no focus set by the test: Start is pressed with Space, then it is disabled)."""
    tab, _clock, _cues, _db = parts
    expected = {
        tab.controls.pause_button: "Space",
        tab.controls.back_button: "Left",
        tab.controls.next_button: "Right",
        tab.controls.minus_button: "-",
        tab.controls.plus_button: "+",
        tab.controls.confirm_button: "Return",
        tab.controls.add_set_button: "Ctrl+N",
        tab.controls.skip_button: "Ctrl+Right",
        tab.controls.end_button: "Ctrl+Shift+E",
        tab.controls.undo_button: "Ctrl+Z",
    }
    for button, key in expected.items():
        assert f"({key})" in button.toolTip(), button.text()
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.routine_combo)
    tab.routine_combo.setCurrentIndex(tab.routine_combo.findText("Short test routine"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert tab.run is not None and tab.run.player is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert tab.run.player.paused
    assert tab.controls.pause_button.text() == "Resume"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert not tab.run.player.paused
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus)
    assert tab.display.digits.text() == "25"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Minus)
    assert tab.display.digits.text() == "10"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Equal)
    assert tab.display.digits.text() == "25"


def test_resume_at_attach_lands_on_the_step_with_honest_time(qtbot, seeded_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A workout left in a rest is offered at attach; resuming shows the rest's true remainder."""
    rid = make_routine(seeded_db)
    with seeded_db.read_scope() as s:
        plan = routine_plan(rid, session=s)
    old = FakeClock(T0)
    run, _ = WorkoutRun.start(seeded_db, plan, clock=old, options=PlayerOptions())
    old.advance(10)
    run.poll()
    run.confirm_set(SetValues(reps=10))  # now in the 5 s rest (step 2)
    asked: list[int] = []
    monkeypatch.setattr(
        dialogs, "ask_resume", lambda parent, info: asked.append(info.workout_id) or "resume"
    )
    clock = FakeClock(T0 + timedelta(seconds=12), start_monotonic=7.0)  # 2 s after the confirm
    tab = WorkoutTab(clock=clock, cue_player=RecordingCues())
    qtbot.addWidget(tab)
    tab.show()
    tab.attach(seeded_db)
    assert asked == [run.workout_id]
    assert tab.run is not None and tab.run.workout_id == run.workout_id
    assert tab.run.player is not None and tab.run.player.index == 2
    assert tab.display.digits.text() == "3"  # 5 s rest, 2 s gone
    assert tab.last_button.text() == ""  # first time for this item


def test_finish_and_discard_from_the_resume_question(qtbot, seeded_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """ "Finish" keeps the logged sets and ends the workout; nothing is offered again."""
    rid = make_routine(seeded_db)
    with seeded_db.read_scope() as s:
        plan = routine_plan(rid, session=s)
    run, _ = WorkoutRun.start(seeded_db, plan, clock=FakeClock(T0))
    run.next()
    run.confirm_set(SetValues(reps=9))
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "finish")
    tab = WorkoutTab(clock=FakeClock(T0), cue_player=RecordingCues())
    qtbot.addWidget(tab)
    tab.attach(seeded_db)
    assert tab.run is None
    with seeded_db.read_scope() as s:
        assert unfinished_workout(session=s) is None
        assert len(workout_sets(run.workout_id, session=s)) == 1


def test_last_time_is_shown_and_one_click_copies_it(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """After a previous workout, the item shows last time's sets; clicking copies the matching
    set into the form."""
    tab, clock, _cues, db = parts
    _previous_workout(tab, db, SetValues(reps=11, weight_kg=6))
    _start(tab)
    tab.next_step()
    assert tab.last_button.text() == "Last time: 11 × 6 kg"
    assert tab.log_panel.set_form.edits["reps"].text() == "10"
    tab.last_button.click()
    assert (
        tab.log_panel.set_form.edits["reps"].text(),
        tab.log_panel.set_form.edits["weight_kg"].text(),
    ) == ("11", "6")


def test_with_no_last_time_there_is_no_empty_button_to_tab_to(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """A first workout has no last time: its button is hidden (an empty flat button took a Tab
    stop and a screen reader said "Last time, button" for nothing); after a workout it shows."""
    tab, _clock, _cues, db = parts
    _start(tab)
    tab.next_step()
    assert not tab.last_button.isVisible() and tab.last_button.text() == ""
    tab.end_workout()
    _previous_workout(tab, db, SetValues(reps=11, weight_kg=6))
    _start(tab)
    tab.next_step()
    assert tab.last_button.isVisible() and tab.last_button.text() == "Last time: 11 × 6 kg"


def test_a_new_record_is_announced_when_the_set_is_confirmed(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Beating an earlier set's weight announces a record (sound, words, signal)."""
    tab, clock, cues, _db = parts
    _start(tab)
    tab.next_step()
    tab.log_panel.set_form.edits["reps"].setText("10")
    tab.log_panel.set_form.edits["weight_kg"].setText("5")
    tab.confirm_set()
    tab.next_step()  # skip the rest to set 2
    tab.log_panel.set_form.edits["reps"].setText("10")
    tab.log_panel.set_form.edits["weight_kg"].setText("10")
    with qtbot.waitSignal(tab.records_announced) as blocker:
        tab.confirm_set()
    assert any("Heaviest weight" in label for label in blocker.args[0])
    assert "record" in cues.kinds and any(t.startswith("New record") for t in cues.texts)


def test_empty_workout_grows_with_added_exercises(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """An empty workout waits for an exercise; adding one starts the player on it."""
    tab, _clock, cues, _db = parts
    tab.routine_combo.setCurrentIndex(0)
    assert tab.routine_combo.currentText() == EMPTY_WORKOUT
    tab.start_button.click()
    assert tab.run is not None and tab.run.player is None
    assert tab.display.phase_label.text() == "Add an exercise to begin"
    tab.exercise_combo.setCurrentIndex(tab.exercise_combo.findData("push-up"))
    tab.add_exercise_button.click()
    assert tab.run.player is not None and cues.kinds == ["get_ready"]
    assert "1 exercise" in tab.workout_label.text()


def test_end_workout_finishes_and_frees_the_start_button(qtbot, parts, summaries) -> None:  # type: ignore[no-untyped-def]
    """End workout (confirmed) closes the workout (ended, nothing to resume), shows its summary
    and allows a new start."""
    tab, _clock, cues, db = parts
    _start(tab)
    tab.next_step()
    tab.confirm_set()
    wid = tab.run.workout_id if tab.run else None
    with qtbot.waitSignal(tab.workout_ended) as blocker:
        tab.controls.end_button.click()
    assert blocker.args == [wid] and tab.run is None
    assert "workout_finished" in cues.kinds and tab.start_button.isEnabled()
    assert [getattr(x, "sets", None) for x in summaries] == [1]
    with db.read_scope() as s:
        assert unfinished_workout(session=s) is None
        assert s.get(Workout, wid) is not None


def test_start_then_end_with_no_set_saves_no_workout(qtbot, parts, summaries) -> None:  # type: ignore[no-untyped-def]
    """Bug fixed: Start then End with no set saved a "0 min, 0 sets" workout. Now nothing is
    kept and no summary is shown."""
    tab, _clock, _cues, db = parts
    _start(tab)
    wid = tab.run.workout_id if tab.run else None
    tab.controls.end_button.click()
    assert tab.run is None and summaries == []
    assert "not saved" in tab.workout_label.text()
    with db.read_scope() as s:
        assert s.get(Workout, wid) is None


def test_end_asks_and_going_on_keeps_the_workout(qtbot, parts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """End during a workout with a set logged asks; answering "go on" changes nothing."""
    tab, _clock, _cues, _db = parts
    asked: list[tuple[int, int]] = []
    monkeypatch.setattr(
        dialogs, "confirm_end", lambda parent, pending, logged: asked.append((pending, logged))
    )
    _start(tab)
    tab.next_step()
    tab.confirm_set()
    tab.controls.end_button.click()
    assert asked == [(0, 1)] and tab.run is not None and not tab.run.finished


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen platform only
def test_mini_timer_stays_on_top_and_switches_back(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """The mini timer is an always-on-top tool window mirroring the digits; it hands back."""
    tab, _clock, _cues, _db = parts
    flags = tab.mini.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert (flags & Qt.WindowType.Tool) == Qt.WindowType.Tool
    _start(tab)
    tab.mini_button.click()
    assert tab.mini.isVisible() and tab.mini.display.digits.text() == "10"
    tab.mini.pause_button.click()
    assert tab.run is not None and tab.run.player is not None and tab.run.player.paused
    assert tab.mini.pause_button.text() == "Resume"
    tab.mini.back_button.click()
    assert not tab.mini.isVisible()


def test_settings_choose_first_side_and_rep_cadence(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With 'right side first' and a 2 s cadence, per-side moves start right and reps sets tick."""
    from core.store.settings import set_setting

    tab, clock, cues, db = parts
    with db.session_scope() as s:
        set_setting("first_side", "right", session=s)
        set_setting("rep_cadence_seconds", 2, session=s)
    tab.refresh_now()
    _start(tab)
    assert tab.run is not None
    steps = tab.run.player.steps
    sides = [st.side for st in steps if st.kind == "work" and st.side is not None]
    assert sides[:2] == ["right", "left"]
    _advance(qtbot, tab, clock, 10)  # get ready ends: the glute bridge set (reps) starts
    before = cues.kinds.count("tick")
    for _ in range(3):
        _advance(qtbot, tab, clock, 2)
    assert cues.kinds.count("tick") - before == 3


def test_a_weight_shown_in_pounds_and_confirmed_as_is_is_stored_exactly(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Bug fixed: in pounds, last time's 20 kg copied into the form shows 44.09 lb, and
    confirming it stored 19.9989 kg (the rounded pounds) instead of the 20 kg it was."""
    from core.store.settings import set_setting

    tab, _clock, _cues, db = parts
    with db.session_scope() as s:
        set_setting("weight_unit", "lb", session=s)
    tab.refresh_now()
    _previous_workout(tab, db, SetValues(reps=11, weight_kg=20))
    _start(tab)
    tab.next_step()
    tab.last_button.click()
    assert tab.log_panel.set_form.edits["weight_kg"].text() == "44.09"
    with qtbot.waitSignal(tab.set_saved):
        tab.controls.confirm_button.click()
    assert _sets(db)[-1][:2] == (11, 20.0)


def _press_in_modal(qtbot, key: Qt.Key) -> list[str]:  # type: ignore[no-untyped-def]
    """Once a modal dialog is up, send ``key`` to whatever has focus in it (as a person)."""
    from PySide6.QtCore import QTimer

    seen: list[str] = []

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(5, attempt)
            return
        seen.append(box.windowTitle())
        qtbot.keyClick(QApplication.focusWidget() or box, key)

    QTimer.singleShot(0, attempt)
    return seen


def _killed_mid_hold(db: Database) -> int:
    """A workout of the short routine killed 1.5 s into the first superman hold rep."""
    rid = make_routine(db)
    with db.read_scope() as s:
        plan = routine_plan(rid, session=s)
    old = FakeClock(T0)
    run, _ = WorkoutRun.start(db, plan, clock=old, options=PlayerOptions())
    run.skip_exercise()  # the superman hold, rep 1 of 2 (3 s)
    old.advance(1.5)
    run.poll()
    return run.workout_id


@pytest.mark.parametrize(
    ("key", "resumed"), [(Qt.Key.Key_Return, True), (Qt.Key.Key_Escape, False)]
)
def test_killed_mid_hold_resumes_paused_at_that_rep_with_its_screen(
    qtbot, seeded_db, key, resumed
) -> None:  # type: ignore[no-untyped-def]
    """Bug fixed: after a kill the resumed screen said "Empty workout", had no target and a form
    prefilled with times nobody timed. Now the offer is answered by keyboard (Enter resumes, Esc
    decides later); resumed, the hold waits paused at the start of the rep that was running,
    with the routine, target, set and rep shown and an empty form; Space starts it."""
    wid = _killed_mid_hold(seeded_db)
    clock = FakeClock(T0 + timedelta(minutes=2), start_monotonic=3.0)
    tab = WorkoutTab(clock=clock, cue_player=RecordingCues())
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()
    seen = _press_in_modal(qtbot, key)
    tab.attach(seeded_db)
    assert seen == ["Unfinished workout"]
    if not resumed:
        assert tab.run is None
        with seeded_db.read_scope() as s:
            assert unfinished_workout(session=s) is not None  # still offered next time
        return
    assert tab.run is not None and tab.run.workout_id == wid and tab.run.player is not None
    player = tab.run.player
    assert player.paused and player.step.rep == 1 and player.remaining() == 3
    assert tab.routine_combo.currentText() == "Short test routine"
    assert tab.target_label.text() == "Target: 2 x 3 s hold"
    assert tab.details_label.text() == "Set 1 of 1 · Rep 1 of 2"
    assert tab.display.phase_label.text() == "Paused — Hold — Superman — rep 1 of 2"
    assert tab.display.digits.text() == "3"
    form = tab.log_panel.set_form
    assert (form.edits["reps"].text(), form.edits["duration_seconds"].text()) == ("", "")
    assert "Space" in tab.log_panel.status_label.text()
    assert tab.run.pending == [] and tab.run.log_target() is None
    tab.activateWindow()  # the window the person looks at; keys go where its focus is
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    qtbot.keyClick(QApplication.focusWidget() or tab, Qt.Key.Key_Space)
    assert not player.paused and tab.cue_player.kinds[-1] == "work_start"


def test_a_rest_that_ran_out_while_dead_waits_at_the_next_set(
    qtbot, seeded_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Quit with 3 s of rest left and reopened 28 s later: the player waits paused at the start
    of set 2 (it used to land further on, inventing work)."""
    rid = make_routine(seeded_db)
    with seeded_db.read_scope() as s:
        plan = routine_plan(rid, session=s)
    old = FakeClock(T0)
    run, _ = WorkoutRun.start(seeded_db, plan, clock=old, options=PlayerOptions())
    old.advance(10)
    run.poll()
    run.confirm_set(SetValues(reps=10))  # the 5 s rest (step 2)
    old.advance(2)
    run.poll()
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "resume")
    tab = WorkoutTab(clock=FakeClock(T0 + timedelta(seconds=40)), cue_player=RecordingCues())
    qtbot.addWidget(tab)
    tab.show()
    tab.attach(seeded_db)
    assert tab.run is not None and tab.run.player is not None
    player = tab.run.player
    assert player.index == 3 and player.paused and player.step.set_number == 2
    assert tab.details_label.text() == "Set 2 of 2"
    assert tab.log_panel.set_form.edits["reps"].text() == "10"  # a reps set: its target to edit


def test_a_hold_logs_the_seconds_timed_not_the_suggestion(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Bug fixed: a hold set's form was prefilled with a suggested 15 s while the timer counted
    10 s. Cut short with -15 s, the form shows what was really held."""
    tab, clock, _cues, db = parts
    _start(tab)
    tab.controls.skip_button.click()  # superman: 2 holds of 3 s
    _advance(qtbot, tab, clock, 3)
    _advance(qtbot, tab, clock, 3)  # the release
    clock.advance(2)
    tab.adjust(-15)  # the second hold ends after 2 s
    assert tab.run is not None and len(tab.run.pending) == 1
    form = tab.log_panel.set_form
    assert (form.edits["reps"].text(), form.edits["duration_seconds"].text()) == ("2", "2.5")
    assert "Superman: set 1 of 1" in tab.log_panel.form_title.text()


def test_next_and_skip_redraw_target_form_and_title_from_the_new_step(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Bug fixed: after Skip the superman hold showed the bridge's "Target" and reps, and the
    form kept the last exercise's title. Every step change redraws them from the player."""
    tab, _clock, _cues, _db = parts
    _start(tab)
    tab.next_step()
    assert tab.target_label.text() == "Target: 10-12 reps"
    assert tab.log_panel.form_title.text().startswith("Glute bridge: set 1 of 2")
    tab.skip_exercise()
    assert tab.target_label.text() == "Target: 2 x 3 s hold"
    assert tab.display.phase_label.text().startswith("Hold — Superman")
    assert "Superman" in tab.log_panel.form_title.text()
    assert tab.log_panel.set_form.edits["reps"].text() == ""
    tab.skip_exercise()
    assert tab.target_label.text() == "Target: 8 reps each side"
    assert tab.log_panel.form_title.text() == "Bird-dog: set 1 of 1 (left)"
    tab.back_step()
    assert "Superman" in tab.display.phase_label.text() or "Rest" in tab.display.phase_label.text()


def test_quit_during_a_workout_asks(qtbot, parts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Quitting during a workout asks; Cancel keeps the window, "end" ends the workout."""
    tab, _clock, _cues, _db = parts
    answers = iter(["cancel", "end"])
    monkeypatch.setattr(dialogs, "ask_quit", lambda parent, logged: next(answers))
    _start(tab)
    tab.next_step()
    tab.confirm_set()
    assert tab.maybe_close() is False and tab.run is not None
    assert tab.maybe_close() is True and tab.run is None
