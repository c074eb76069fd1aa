"""The window around the daily program: it opens on Today, whose due-next button starts the
routine in the player with one Enter; with "keep in the tray" on (and a tray), closing the
window hides it and Quit really quits; with it off, closing quits as always."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.store.settings import set_setting
from ui.today.tab import TodayTab
from ui.workout import dialogs as workout_dialogs


def test_the_window_opens_on_today_and_enter_starts_whats_due(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    """Today is the first tab and the one shown; its due-next button has focus; Enter starts
    the daily home back complex in the Workout tab."""
    main_window.activateWindow()
    assert main_window.tabs.tabText(0) == "Today"
    today = main_window.tab("Today")
    assert isinstance(today, TodayTab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.start_button)
    assert today.start_button.text() == "Start Daily home back complex"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    workout = main_window.tab("Workout")
    qtbot.waitUntil(lambda: getattr(workout, "run", None) is not None)
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == "Workout"
    assert workout.run.plan.name == "Daily home back complex"  # type: ignore[attr-defined]


@pytest.mark.qt_log_ignore(
    "QObject::connect.*systemTrayWindowChanged", "does not support raise"
)  # offscreen
def test_keep_in_tray_hides_on_close_and_quit_quits(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With the setting on and a tray present, closing hides the window (reminders go on);
    Quit closes it for real; with the setting off again, closing closes."""
    monkeypatch.setattr(main_window.tray, "_available", lambda: True)
    monkeypatch.setattr(QApplication, "quit", lambda: None)  # the test runner goes on
    monkeypatch.setattr(workout_dialogs, "ask_quit", lambda parent, logged: "keep")
    with main_window.db.session_scope() as s:
        set_setting("keep_in_tray", True, session=s)
    main_window._apply_tray_setting()
    assert main_window.tray.active and not QApplication.quitOnLastWindowClosed()
    main_window.close()
    assert not main_window.isVisible() and main_window.tray.told_still_running
    main_window.quit()
    assert not main_window.isVisible() and not main_window.tray.active
    assert QApplication.quitOnLastWindowClosed()


def test_with_the_complex_done_enter_starts_a_timed_massage(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    """Once today's home complex has a set, the massage is due: Enter starts a one-exercise
    workout of 5 minutes of thigh massage in the player."""
    from datetime import UTC, datetime

    from sqlalchemy import select

    from core.store.models import Exercise, LoggedSet, Routine, Workout

    with main_window.db.session_scope() as s:
        routine = s.scalar(select(Routine).where(Routine.builtin_key == "home-back-complex"))
        bird_dog = s.scalar(select(Exercise.id).where(Exercise.slug == "bird-dog"))
        now = datetime.now(UTC)
        w = Workout(started_at=now, ended_at=now, name="complex", routine_id=routine.id)
        s.add(w)
        s.flush()
        s.add(LoggedSet(workout_id=w.id, exercise_id=bird_dog, position=0, reps=8, logged_at=now))
    today = main_window.tab("Today")
    today.refresh_now()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.start_button)  # type: ignore[attr-defined]
    assert today.start_button.text() == "Start a 5 min massage"  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    workout = main_window.tab("Workout")
    qtbot.waitUntil(lambda: getattr(workout, "run", None) is not None)
    (item,) = workout.run.plan.items  # type: ignore[attr-defined]
    assert (item.exercise_slug, item.mode, item.duration_minutes) == (
        "thigh-self-massage",
        "duration",
        5,
    )
