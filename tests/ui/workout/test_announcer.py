"""Screen-reader announcements of a real short workout on a FakeClock: one per phase, in the
cue's words, never for the countdown; the status line shows the same words.

Short routine steps: 0 get ready 10 s, 1 glute bridge set 1, 2 rest 5 s, 3 set 2, 4 rest 5 s,
5 superman hold (3 s), 6 release 3 s, 7 hold, 8 rest 5 s, 9 bird dog left, 10 switch, 11 right.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

from core.clock import FakeClock
from core.store.db import Database
from tests.reliability.short_routine import make_routine
from ui.workout import announcer as announcer_module
from ui.workout import dialogs
from ui.workout.announcer import ANNOUNCED, PhaseAnnouncer
from ui.workout.tab import WorkoutTab

T0 = datetime(2024, 5, 6, 18, 0, tzinfo=UTC)


class QuietCues(QObject):
    """Stands in for the CuePlayer: nothing sounds."""

    played = Signal(str)

    def play(self, kind: str) -> bool:
        return False

    def speak(self, text: str) -> bool:
        return False


@pytest.fixture
def workout(qtbot, seeded_db: Database, monkeypatch):  # type: ignore[no-untyped-def]
    """The Workout tab on the short routine, a FakeClock, and every announcement it posts
    (the events the platform bridge would get), recorded in order."""
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "later")
    monkeypatch.setattr(dialogs, "confirm_end", lambda parent, pending, logged: True)
    monkeypatch.setattr(dialogs, "ask_end_timed", lambda parent, timed, logged: "drop")
    monkeypatch.setattr(dialogs, "show_summary", lambda *args: None)
    posted: list[tuple[str, object]] = []
    polite: list[str] = []

    def record(event: object) -> None:
        assert isinstance(event, QAccessibleAnnouncementEvent)
        assert event.type() == QAccessible.Event.Announcement
        if event.politeness() == QAccessible.AnnouncementPoliteness.Assertive:
            posted.append((event.message(), event.politeness()))  # a phase change
        else:
            polite.append(event.message())  # what a key did

    monkeypatch.setattr(announcer_module, "post_event", record)
    make_routine(seeded_db)
    clock = FakeClock(T0)
    tab = WorkoutTab(clock=clock, cue_player=QuietCues())
    announcer = tab.announcer  # the tab's own: its status line is on the tab's page
    assert isinstance(announcer, PhaseAnnouncer)
    assert tab.isAncestorOf(announcer.status)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.attach(seeded_db)
    starts: list[str] = []
    tab.cue_handled.connect(lambda cue: starts.append(cue.text) if cue.kind in ANNOUNCED else None)
    announcer.polite_heard = polite  # type: ignore[attr-defined]
    return tab, clock, announcer, posted, starts


def _advance(qtbot, tab: WorkoutTab, clock: FakeClock, seconds: float) -> None:  # type: ignore[no-untyped-def]
    """Let time pass and wait until the driver has delivered the cues that became due."""
    clock.advance(seconds)
    with qtbot.waitSignal(tab.cue_handled, timeout=3000):
        tab.driver.rearm()


def _announced(qtbot, posted: list, count: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(posted) >= count, timeout=1000)
    assert len(posted) == count, posted


def test_each_phase_is_announced_once_and_the_countdown_never(qtbot, workout) -> None:  # type: ignore[no-untyped-def]
    """Start, get ready's countdown second by second, the work, a logged set, the rest, two
    holds with their release: one assertive announcement per phase, in the cue's words, none
    for the 3-2-1; the status line shows the latest."""
    tab, clock, announcer, posted, starts = workout
    tab.routine_combo.setCurrentIndex(tab.routine_combo.findText("Short test routine"))
    tab.start_button.click()
    _announced(qtbot, posted, 1)
    assert posted[0][0].startswith("Get ready. First: Glute bridge")
    for seconds in (7, 1, 1):  # 3, 2, 1: each delivered, none announced
        _advance(qtbot, tab, clock, seconds)
        with qtbot.waitSignal(tab.driver.repaint, timeout=3000):
            pass  # the tab went back to its event loop: an announcement would be out
        assert len(posted) == 1
    _advance(qtbot, tab, clock, 1)  # glute bridge, set 1
    _announced(qtbot, posted, 2)
    assert "Glute bridge" in posted[1][0]
    tab.controls.confirm_button.click()  # logged: the rest starts
    _announced(qtbot, posted, 3)
    assert posted[2][0] == "Rest, 5 seconds. Next: Glute bridge"
    assert announcer.status.text() == posted[2][0]
    _advance(qtbot, tab, clock, 5)  # set 2
    _announced(qtbot, posted, 4)
    tab.controls.confirm_button.click()  # rest before the superman
    _announced(qtbot, posted, 5)
    _advance(qtbot, tab, clock, 5)  # hold 1
    _announced(qtbot, posted, 6)
    _advance(qtbot, tab, clock, 3)  # release
    _announced(qtbot, posted, 7)
    _advance(qtbot, tab, clock, 3)  # hold 2
    _announced(qtbot, posted, 8)
    assert "Superman" in posted[5][0] and "Superman" in posted[7][0]
    assert [message for message, _ in posted] == starts
    assert all(p == QAccessible.AnnouncementPoliteness.Assertive for _, p in posted)
    assert not any(message.strip().isdigit() for message, _ in posted)
    assert announcer.status.text() == posted[-1][0]


def test_phases_passed_in_one_late_poll_make_one_announcement(qtbot, workout) -> None:  # type: ignore[no-untyped-def]
    """After a long stall (the machine slept through the holds and the rest) the cues come in
    one delivery: the screen reader hears only where the workout is now."""
    tab, clock, announcer, posted, _starts = workout
    tab.routine_combo.setCurrentIndex(tab.routine_combo.findText("Short test routine"))
    tab.start_button.click()
    _announced(qtbot, posted, 1)
    tab.controls.skip_button.click()  # to the superman's first hold
    _announced(qtbot, posted, 2)
    assert posted[1][0].startswith("Hold, Superman")
    _advance(qtbot, tab, clock, 60)  # hold, release, hold and the rest all ran out
    _announced(qtbot, posted, 3)
    assert tab.run is not None and tab.run.player is not None
    now = tab.run.player.step
    assert posted[-1][0] == announcer.status.text()
    assert now.kind == "work" and now.item is not None
    assert now.item.exercise_name.split()[0] in posted[-1][0]


def test_phases_started_in_one_go_make_one_announcement(qtbot, workout) -> None:  # type: ignore[no-untyped-def]
    """Start and Skip pressed before the screen reader was told anything: two phases began
    (get ready, the superman's hold), one announcement says the one the workout is in."""
    tab, _clock, announcer, posted, starts = workout
    tab.routine_combo.setCurrentIndex(tab.routine_combo.findText("Short test routine"))
    tab.start_button.click()
    tab.controls.skip_button.click()
    _announced(qtbot, posted, 1)
    assert len(starts) == 2
    assert posted[0][0] == starts[-1] == announcer.status.text()
    assert posted[0][0].startswith("Hold, Superman")


def test_the_status_line_is_named_by_the_phase_and_in_the_tab(qtbot, workout) -> None:  # type: ignore[no-untyped-def]
    """The fallback line sits in the tab's page under the log form, visible; a screen reader
    reads the phase's words as its name, and "Workout status" as what it is."""
    tab, _clock, announcer, posted, _starts = workout
    holder = tab.log_panel.parentWidget()
    assert holder is not None
    page = holder.layout()
    assert page.indexOf(announcer.status) > page.indexOf(tab.log_panel)
    assert announcer.status.isVisible()
    tab.routine_combo.setCurrentIndex(tab.routine_combo.findText("Short test routine"))
    tab.start_button.click()
    _announced(qtbot, posted, 1)
    iface = QAccessible.queryAccessibleInterface(announcer.status)
    assert iface.text(QAccessible.Text.Name) == posted[0][0] == announcer.status.text()
    assert iface.text(QAccessible.Text.Description) == "Workout status"


def test_pause_and_a_saved_set_are_told_politely(qtbot, workout) -> None:  # type: ignore[no-untyped-def]
    """Space (pause, then go on) and Enter (the set saved) are not phase changes, but a person
    who cannot see the screen hears what the key did: one polite announcement each, after
    the commit for "Saved"."""
    tab, clock, announcer, posted, _starts = workout
    tab.routine_combo.setCurrentIndex(tab.routine_combo.findText("Short test routine"))
    tab.start_button.click()
    _announced(qtbot, posted, 1)
    _advance(qtbot, tab, clock, 10)  # glute bridge, set 1
    _announced(qtbot, posted, 2)
    tab.controls.pause_button.click()
    tab.controls.pause_button.click()
    assert announcer.polite_heard == ["Paused", "Going on"]
    tab.controls.confirm_button.click()
    assert announcer.polite_heard[-1] == "Saved: Glute bridge, set 1"
    assert len(_sets_logged(tab)) == 1


def _sets_logged(tab: WorkoutTab) -> list[object]:
    assert tab.run is not None
    return list(tab.run.logged)
