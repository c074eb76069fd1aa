"""The keyboard contract of the window and the workout player, followed as a person does: every
key is sent to whatever widget has focus (QApplication.focusWidget()), and the test never puts
focus anywhere itself.

Time passes on a FakeClock given to the Workout tab; the tab's driver is re-armed so that it
polls at once (time passing is not a key press, everything the person does is).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from core.clock import FakeClock
from core.store.models import LoggedSet
from ui.workout import dialogs
from ui.workout.tab import WorkoutTab

ROUTINE = "Daily home back complex"


class SilentCues(QObject):
    """Stands in for the CuePlayer: records what would sound."""

    played = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.kinds: list[str] = []
        self.texts: list[str] = []

    def play(self, kind: str) -> bool:
        self.kinds.append(kind)
        return False

    def speak(self, text: str) -> bool:
        self.texts.append(text)
        return False


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    """One key to whatever has focus, as a keyboard would send it."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


@pytest.fixture
def window(main_window, monkeypatch):  # type: ignore[no-untyped-def]
    """The main window, active, with End confirmed and summaries recorded."""
    main_window.summaries = []
    monkeypatch.setattr(dialogs, "confirm_end", lambda parent, pending, logged: True)
    monkeypatch.setattr(dialogs, "ask_end_timed", lambda parent, timed, logged: "drop")
    monkeypatch.setattr(
        dialogs,
        "show_summary",
        lambda parent, summary, records, unit: main_window.summaries.append(summary),
    )
    # a workout left open is kept for a resume when pytest-qt closes the window
    monkeypatch.setattr(dialogs, "ask_quit", lambda parent, logged: "keep")
    main_window.activateWindow()
    return main_window


def open_workout_tab(qtbot, window) -> WorkoutTab:  # type: ignore[no-untyped-def]
    """Ctrl+N (N: the Workout tab's place) from wherever focus is; the tab gets a FakeClock
    and silent cues."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    place = [window.tabs.tabText(i) for i in range(window.tabs.count())].index("Workout") + 1
    press(qtbot, getattr(Qt.Key, f"Key_{place}"), Qt.KeyboardModifier.ControlModifier)
    tab = window.tab("Workout")
    assert isinstance(tab, WorkoutTab)
    tab.clock = FakeClock(datetime(2025, 6, 2, 7, 0, tzinfo=UTC))
    tab._cue_player = SilentCues()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.routine_combo)
    return tab


def advance(qtbot, tab: WorkoutTab, seconds: float | None = None) -> None:  # type: ignore[no-untyped-def]
    """Let the current timed phase run out (or ``seconds`` pass) and wait for its cues."""
    assert tab.run is not None and tab.run.player is not None
    if seconds is None:
        seconds = tab.run.player.remaining()
        assert seconds is not None, tab.run.player.step
    assert isinstance(tab.clock, FakeClock)
    tab.clock.advance(seconds)
    with qtbot.waitSignal(tab.cue_handled, timeout=3000):
        tab.driver.rearm()


def run_out_holds(qtbot, tab: WorkoutTab) -> None:  # type: ignore[no-untyped-def]
    """Let every rep (and release) of the current hold set run out by itself."""
    assert tab.run is not None and tab.run.player is not None
    name = tab.run.player.step.item.exercise_name  # type: ignore[union-attr]
    while (
        tab.run.player.step.kind in ("work", "release")
        and tab.run.player.step.item is not None
        and tab.run.player.step.item.exercise_name == name
    ):
        advance(qtbot, tab)


def stored_sets(window) -> list[tuple[int | None, float | None, float | None]]:  # type: ignore[no-untyped-def]
    with window.db.read_scope() as s:
        rows = s.scalars(select(LoggedSet).order_by(LoggedSet.position)).all()
        return [(r.reps, r.duration_seconds, r.weight_kg) for r in rows]


def test_ctrl_digits_select_the_tabs_in_order(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+1 ... Ctrl+7 select each tab in order from wherever focus is."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for n in [3, 1, 7, 2, 5, 4, 6, 1]:
        press(qtbot, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == n - 1
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def test_a_whole_routine_followed_with_keys_only(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The daily home back complex, start to summary, with key presses only: Ctrl and the
    tab's digit land in the routine chooser, Down chooses, Enter starts; Enter logs each set
    (the hold sets with the seconds the player timed); Space pauses and resumes; -/+ move a rest's end; a log field
    takes digits and Backspace while Space still pauses and Esc leaves it; Left then Enter
    rewrites a set instead of logging it twice; Ctrl+Z takes a set back; the summary counts
    the six sets. The circuit's rests are the items' 20 s "rest after"."""
    tab = open_workout_tab(qtbot, window)
    for _ in range(tab.routine_combo.count()):
        if tab.routine_combo.currentText() == ROUTINE:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert tab.routine_combo.currentText() == ROUTINE
    press(qtbot, Qt.Key.Key_Return)
    run = tab.run
    assert run is not None and run.player is not None
    player = run.player
    assert tab.display.digits.text() == "10"  # get ready

    advance(qtbot, tab)  # bird-dog, left side: an untimed reps set
    assert "Bird-dog" in tab.display.phase_label.text()
    assert tab.target_label.text() == "Target: 8-10 reps each side"
    assert tab.log_panel.set_form.edits["reps"].text() == "8"
    press(qtbot, Qt.Key.Key_Return)
    assert stored_sets(window) == [(8, None, None)]
    advance(qtbot, tab)  # the switch-sides pause

    # the right side: Tab into the reps field, type there; Space still pauses the player
    reps = tab.log_panel.set_form.edits["reps"]
    for _ in range(30):
        if QApplication.focusWidget() is reps:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is reps
    type_text(qtbot, "9")
    press(qtbot, Qt.Key.Key_Space)
    assert player.paused and reps.text() == "9"
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "7")
    assert reps.text() == "7"
    press(qtbot, Qt.Key.Key_Space)
    assert not player.paused
    press(qtbot, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is tab
    press(qtbot, Qt.Key.Key_Return)
    assert stored_sets(window)[-1] == (7, None, None)

    assert player.step.kind == "rest" and tab.display.digits.text() == "20"
    press(qtbot, Qt.Key.Key_Plus)
    assert tab.display.digits.text() == "35"
    press(qtbot, Qt.Key.Key_Minus)
    assert tab.display.digits.text() == "20"
    advance(qtbot, tab)

    # seated table hip lift: 8 holds of 2 s; Space in the middle of one stops its clock
    assert tab.display.phase_label.text().startswith("Hold — Seated reverse table hip lift")
    assert not tab.log_panel.set_form.isEnabled()  # nothing to log while it is timed
    press(qtbot, Qt.Key.Key_Space)
    assert tab.clock.monotonic() and player.paused
    tab.clock.advance(60)  # paused: a minute passes, the hold does not move
    press(qtbot, Qt.Key.Key_Space)
    assert player.step.rep == 1
    run_out_holds(qtbot, tab)
    form = tab.log_panel.set_form
    assert (form.edits["reps"].text(), form.edits["duration_seconds"].text()) == ("8", "2")
    press(qtbot, Qt.Key.Key_Return)
    assert stored_sets(window)[-1] == (8, 2.0, None)
    advance(qtbot, tab)  # its 20 s rest

    # seated rear row, 1 kg: logged, then Left back to it and Enter again rewrites it
    press(qtbot, Qt.Key.Key_Return)
    count = len(stored_sets(window))
    assert player.step.kind == "rest"
    press(qtbot, Qt.Key.Key_Left)
    assert "Seated bent-over rear row" in tab.display.phase_label.text()
    assert "replaces" in tab.log_panel.form_title.text()
    press(qtbot, Qt.Key.Key_Return)
    assert len(stored_sets(window)) == count
    # Ctrl+Z takes it back into the form; Enter logs it again
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(stored_sets(window)) == count - 1
    assert tab.log_panel.set_form.edits["reps"].text() == "8"
    press(qtbot, Qt.Key.Key_Return)
    assert stored_sets(window)[-1] == (8, None, 1.0)
    advance(qtbot, tab)

    run_out_holds(qtbot, tab)  # prone arm and chest lift: 8 holds of 10 s
    press(qtbot, Qt.Key.Key_Return)
    assert stored_sets(window)[-1] == (8, 10.0, None)
    advance(qtbot, tab)

    assert "Cat-cow" in tab.display.phase_label.text()
    run_out_holds(qtbot, tab)
    assert run.finished and run.pending  # the last set waits for its log
    press(qtbot, Qt.Key.Key_Return)
    assert tab.run is None
    assert [s.sets for s in window.summaries] == [6]
    with window.db.read_scope() as s:
        assert s.scalar(select(func.count(LoggedSet.id))) == 6
    assert QApplication.focusWidget() is tab.routine_combo


def test_f1_lists_every_player_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """F1 opens the shortcuts, and every key of the contract is listed with what it does."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_F1)
    dialog = qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None) or (
        QApplication.activeModalWidget()
    )
    dialog = QApplication.activeModalWidget()
    rows = dialog.visible_rows()  # type: ignore[union-attr]
    keys = {key for _group, text, _what in rows for key in text.split(", ")}
    wanted = {"Space", "Left", "Right", "-", "+", "=", "Return", "Enter", "Ctrl+Right"}
    wanted |= {"Ctrl+Z", "Esc", "Ctrl+N", "Ctrl+Shift+E", "F1", "A", "K"}
    wanted |= {f"Ctrl+{n}" for n in range(1, 8)}
    assert wanted <= keys, wanted - keys
    assert all(what != "(no description)" for _g, _k, what in rows)
    dialog.close()  # type: ignore[union-attr]


def test_digits_in_a_log_field_type_and_never_act_on_the_player(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """In the weight field, digits and the decimal point type; Right (a player key) goes to the
    player, not the cursor."""
    tab = open_workout_tab(qtbot, window)
    press(qtbot, Qt.Key.Key_Down)  # past "Empty workout": the first routine in the list
    press(qtbot, Qt.Key.Key_Return)
    assert tab.run is not None and tab.run.player is not None
    advance(qtbot, tab)
    weight = tab.log_panel.set_form.edits["weight_kg"]
    for _ in range(30):
        if QApplication.focusWidget() is weight:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is weight
    index = tab.run.player.index
    type_text(qtbot, "12" + tab.log_panel.set_form.edits["weight_kg"].locale().decimalPoint() + "5")
    assert weight.text().endswith("5") and tab.run.player.index == index
    press(qtbot, Qt.Key.Key_Right)
    assert tab.run.player.index == index + 1
