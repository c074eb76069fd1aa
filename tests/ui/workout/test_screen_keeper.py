"""The screen keeper on a real Workout tab (FakeClock, seeded temporary database) against a fake
screen saver and a fake notification service on a private session D-Bus (dbus-daemon).

The short routine: 0 get ready 10 s, 1 glute bridge set 1 of 2 (reps), 2 rest 5 s, 3 set 2,
4 rest 5 s, 5 superman hold 3 s, 6 release 3 s, 7 hold 3 s, 8 rest 5 s, 9 bird dog left ...
The workout is driven with keys while its window is active; "elsewhere" is another window.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from dbus_fake import FakeNotificationServer, FakeScreenSaver, private_session_bus
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

import ui.inhibit
from core.clock import FakeClock
from core.paths import APP_ID
from core.store.db import Database
from core.store.settings import set_setting
from tests.reliability.short_routine import make_routine
from ui.inhibit import ScreenInhibitor
from ui.notify import DesktopNotifier
from ui.workout import dialogs
from ui.workout.screen_keeper import ScreenKeeper
from ui.workout.tab import WorkoutTab

T0 = datetime(2024, 5, 6, 18, 0, tzinfo=UTC)
CHILD = Path(__file__).resolve().parent / "keeper_child.py"


class SilentCues(QObject):
    def play(self, kind: str) -> bool:
        return False

    def speak(self, text: str) -> bool:
        return False


class Parts:
    def __init__(self, tab: WorkoutTab, clock: FakeClock, db: Database, address: str) -> None:
        self.tab = tab
        self.clock = clock
        self.db = db
        self.address = address
        self.saver: FakeScreenSaver | None = None
        self.server: FakeNotificationServer | None = None
        self.tray: list[tuple[str, str]] = []
        self.notified: list[tuple[str, str, str]] = []
        self.keeper: ScreenKeeper | None = None

    def make_keeper(self, tab: WorkoutTab | None = None) -> ScreenKeeper:
        tab = tab or self.tab
        self.keeper = ScreenKeeper(
            tab,
            ops=tab.ops,
            inhibitor=ScreenInhibitor(self.address),
            notifier=DesktopNotifier(self.address),
            tray_message=lambda summary, body: self.tray.append((summary, body)),
        )
        self.keeper.notified.connect(lambda *args: self.notified.append(args))
        return self.keeper

    def setting(self, key: str, value: bool) -> None:
        self.tab.ops.write(lambda s: set_setting(key, value, session=s), initiator=None)


@pytest.fixture
def parts(qtbot, seeded_db: Database, monkeypatch) -> Iterator[Parts]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask_resume", lambda parent, info: "later")
    monkeypatch.setattr(dialogs, "confirm_end", lambda parent, pending, logged: True)
    monkeypatch.setattr(dialogs, "ask_end_timed", lambda parent, timed, logged: "drop")
    monkeypatch.setattr(dialogs, "show_summary", lambda *args: None)
    make_routine(seeded_db)
    clock = FakeClock(T0)
    tab = WorkoutTab(clock=clock, cue_player=SilentCues())
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.attach(seeded_db)
    with private_session_bus() as address:
        p = Parts(tab, clock, seeded_db, address)
        try:
            yield p
        finally:
            if p.keeper is not None:
                p.keeper._worker.close(wait_seconds=5)
            for service in (p.saver, p.server):
                if service is not None:
                    service.close()


def _key(
    qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    assert focused is not None, "a key needs a focused widget"
    qtbot.keyClick(focused, key, modifiers)


def _be_at(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _start(qtbot, tab: WorkoutTab) -> None:  # type: ignore[no-untyped-def]
    """Chooses the short routine and presses Return in the chooser, as a person does."""
    _be_at(qtbot, tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.routine_combo)
    tab.routine_combo.setCurrentIndex(tab.routine_combo.findText("Short test routine"))
    _key(qtbot, Qt.Key.Key_Return)
    assert tab.activity == "running"


def _advance(qtbot, tab: WorkoutTab, clock: FakeClock, seconds: float) -> None:  # type: ignore[no-untyped-def]
    clock.advance(seconds)
    with qtbot.waitSignal(tab.cue_handled, timeout=3000):
        tab.driver.rearm()


def _elsewhere(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """Another window (a browser, say) becomes the active one."""
    other = QWidget()
    other.setWindowTitle("another application")
    qtbot.addWidget(other)
    other.show()
    _be_at(qtbot, other)
    return other


# -- keeping the screen on ------------------------------------------------------------------


def test_held_while_running_released_at_pause_and_at_the_end(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Return starts the workout: the screen saver is asked once; Space pauses (released),
    Space resumes (held again), Ctrl+Shift+E ends it (released), nothing is left held."""
    parts.saver = saver = FakeScreenSaver(parts.address)
    keeper = parts.make_keeper()
    tab = parts.tab
    _start(qtbot, tab)
    qtbot.waitUntil(lambda: keeper.held)
    assert len(saver.active) == 1 and keeper.problem == ""
    _key(qtbot, Qt.Key.Key_Space)
    assert tab.activity == "paused"
    qtbot.waitUntil(lambda: not keeper.held)
    assert not saver.active
    _key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: keeper.held)
    _key(
        qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert tab.activity == "idle"
    qtbot.waitUntil(lambda: not keeper.held)
    assert not saver.active
    assert [entry[0] for entry in saver.log] == ["Inhibit", "UnInhibit", "Inhibit", "UnInhibit"]
    assert saver.log[0] == ("Inhibit", ("Backline", "A workout is running"))


def test_released_at_quit(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """QApplication.aboutToQuit during a running workout: by the time the signal returns the
    screen saver has the inhibit back (the quit waits for the release)."""
    parts.saver = saver = FakeScreenSaver(parts.address)
    keeper = parts.make_keeper()
    _start(qtbot, parts.tab)
    qtbot.waitUntil(lambda: keeper.held)
    QCoreApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert not saver.active and saver.log[-1] == ("UnInhibit", 41)
    assert not keeper.held


def test_released_when_the_tab_is_destroyed(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """The Workout tab goes away mid-workout (its keeper with it): the inhibit is released."""
    parts.saver = saver = FakeScreenSaver(parts.address)
    tab = WorkoutTab(clock=parts.clock, cue_player=SilentCues())  # deleted here, not by qtbot
    tab.show()
    tab.attach(parts.db)
    keeper = parts.make_keeper(tab)
    _start(qtbot, tab)
    qtbot.waitUntil(lambda: keeper.held)
    parts.keeper = None  # gone with the tab
    tab.deleteLater()
    qtbot.waitUntil(lambda: not saver.active)
    assert saver.log[-1] == ("UnInhibit", 41)


def test_a_killed_backline_leaves_no_inhibit(parts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A Backline process running a workout with the screen held is SIGKILLed: it never calls
    UnInhibit, yet the screen saver drops the inhibit when the bus says its holder is gone."""
    parts.saver = saver = FakeScreenSaver(parts.address)
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(tmp_path / "child.db"), parts.address],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        assert saver.wait_until(lambda: len(saver.active) == 1)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
    assert saver.wait_until(lambda: not saver.active)
    assert [entry[0] for entry in saver.log] == ["Inhibit", "gone"]


def test_nothing_held_when_keep_screen_on_is_off(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """With keep_screen_on off a whole workout (start, pause, end) asks nothing; turned on,
    the next workout's hold is the screen saver's first call; turned off mid-run, it lets go."""
    parts.saver = saver = FakeScreenSaver(parts.address)
    parts.setting("keep_screen_on", False)
    keeper = parts.make_keeper()
    tab = parts.tab
    _start(qtbot, tab)
    _key(qtbot, Qt.Key.Key_Space)
    _key(
        qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert tab.activity == "idle"
    parts.setting("keep_screen_on", True)
    _start(qtbot, tab)
    qtbot.waitUntil(lambda: keeper.held)
    assert saver.log == [("Inhibit", ("Backline", "A workout is running"))]
    parts.setting("keep_screen_on", False)
    qtbot.waitUntil(lambda: not keeper.held)
    assert [entry[0] for entry in saver.log] == ["Inhibit", "UnInhibit"] and not saver.active


def test_a_hung_screen_saver_does_not_hold_up_the_timer(qtbot, parts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The screen saver takes the Inhibit call and does not answer (the client would wait 60 s):
    the get-ready still runs out and the work starts on time; the answer, once it comes,
    makes the keeper report the hold."""
    monkeypatch.setattr(ui.inhibit, "TIMEOUT_SECONDS", 60.0)
    parts.saver = saver = FakeScreenSaver(parts.address)
    saver.hang()
    keeper = parts.make_keeper()
    tab = parts.tab
    _start(qtbot, tab)
    assert saver.wait_until(lambda: len(saver.withheld) == 1)
    _advance(qtbot, tab, parts.clock, 10)
    assert tab.run is not None and tab.run.player is not None
    assert tab.run.player.step.kind == "work"
    assert len(saver.withheld) == 1 and not keeper.held  # still waiting for its answer
    saver.answer()
    qtbot.waitUntil(lambda: keeper.held, timeout=10000)


def test_no_screen_saver_gives_a_one_line_reason(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """On a bus without a screen saver the keeper says why the screen may blank, once."""
    keeper = parts.make_keeper()
    with qtbot.waitSignal(keeper.problem_changed) as blocker:
        _start(qtbot, parts.tab)
    assert str(blocker.args[0]).startswith("the screen saver cannot be held off")
    assert keeper.problem == blocker.args[0] and "\n" not in keeper.problem
    assert not keeper.held


# -- rest over while elsewhere ----------------------------------------------------------------


def _to_first_rest(qtbot, parts: Parts) -> None:  # type: ignore[no-untyped-def]
    """Start, let the get-ready run out (at the window), confirm set 1: its rest starts."""
    tab = parts.tab
    _start(qtbot, tab)
    _advance(qtbot, tab, parts.clock, 10)
    with qtbot.waitSignal(tab.set_saved):
        _key(qtbot, Qt.Key.Key_Return)
    assert tab.run is not None and tab.run.player is not None
    assert tab.run.player.step.kind == "rest"


def test_rest_over_is_notified_once_when_elsewhere(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """The rest runs out while another window is active: one notification, "Rest over" with
    what comes next; nothing for the get-ready that ran out while Backline was active."""
    parts.server = server = FakeNotificationServer(parts.address)
    parts.make_keeper()
    _to_first_rest(qtbot, parts)
    assert server.received == []
    _elsewhere(qtbot)
    _advance(qtbot, parts.tab, parts.clock, 5)
    assert server.received == [
        {
            "app": "Backline",
            "icon": APP_ID,
            "summary": "Rest over",
            "body": "Next: Glute bridge, set 2 of 2",
        }
    ]
    assert parts.notified == [("Rest over", "Next: Glute bridge, set 2 of 2", "desktop")]
    assert parts.tray == []


def test_no_notification_while_the_window_is_active(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """The same rest runs out with Backline's window active: no notification at all."""
    parts.server = server = FakeNotificationServer(parts.address)
    parts.make_keeper()
    _to_first_rest(qtbot, parts)
    _advance(qtbot, parts.tab, parts.clock, 5)
    assert parts.tab.run is not None and parts.tab.run.player is not None
    assert parts.tab.run.player.step.kind == "work"
    assert server.received == [] and parts.notified == [] and parts.tray == []


def test_no_notification_when_notify_when_away_is_off(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """notify_when_away off: a rest running out elsewhere says nothing."""
    parts.server = server = FakeNotificationServer(parts.address)
    parts.setting("notify_when_away", False)
    parts.make_keeper()
    _to_first_rest(qtbot, parts)
    _elsewhere(qtbot)
    _advance(qtbot, parts.tab, parts.clock, 5)
    assert server.received == [] and parts.notified == []


def test_a_hold_set_notifies_at_its_end_not_at_each_release(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Elsewhere during a hold set: the release between reps and the next rep say nothing;
    the set's end (a timed step running out into the rest) is one notification."""
    parts.server = server = FakeNotificationServer(parts.address)
    parts.make_keeper()
    tab = parts.tab
    _start(qtbot, tab)
    _key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # skip to the superman
    assert tab.run is not None and tab.run.player is not None
    assert tab.run.player.step.kind == "work" and tab.run.player.step.rep == 1
    _elsewhere(qtbot)
    _advance(qtbot, tab, parts.clock, 3)  # hold 1 -> release
    _advance(qtbot, tab, parts.clock, 3)  # release -> hold 2
    assert server.received == []
    _advance(qtbot, tab, parts.clock, 3)  # hold 2 -> rest
    assert [(n["summary"], n["body"]) for n in server.received] == [
        ("Time's up: Superman", "Rest, 5 seconds. Next: Bird-dog")
    ]


def test_without_a_notification_service_the_tray_says_it(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """No notification service on the bus: the same words go to the tray message instead,
    and the keeper says why."""
    parts.make_keeper()
    _to_first_rest(qtbot, parts)
    _elsewhere(qtbot)
    _advance(qtbot, parts.tab, parts.clock, 5)
    assert parts.tray == [("Rest over", "Next: Glute bridge, set 2 of 2")]
    assert len(parts.notified) == 1
    assert parts.notified[0][2].startswith("no notification service")
