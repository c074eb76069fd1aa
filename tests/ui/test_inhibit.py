"""Keeping the screen on, against a fake org.freedesktop.ScreenSaver on a private session bus:
held once, released by UnInhibit, and dropped by the bus when the holder is killed; the
Windows way and the choice between them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from dbus_fake import FakeScreenSaver, private_session_bus

from ui.inhibit import ScreenInhibitor, ThreadAwake, default_inhibitor

ROOT = Path(__file__).resolve().parents[2]


def test_hold_then_release() -> None:
    """hold asks once (a second hold does nothing), release gives the cookie back and a second
    release does nothing; the screen saver ends with no inhibit."""
    with private_session_bus() as address:
        saver = FakeScreenSaver(address)
        try:
            inhibitor = ScreenInhibitor(address)
            assert inhibitor.hold("A workout is running") and inhibitor.held
            assert inhibitor.hold()
            assert saver.wait_until(lambda: len(saver.active) == 1)
            inhibitor.release()
            inhibitor.release()
            assert saver.wait_until(lambda: not saver.active)
            log = list(saver.log)
        finally:
            saver.close()
    assert log == [("Inhibit", ("Backline", "A workout is running")), ("UnInhibit", 41)]
    assert not inhibitor.held


def test_a_killed_holder_leaves_no_inhibit() -> None:
    """A process holding the inhibit is SIGKILLed: the bus drops its connection and the screen
    saver lets the inhibit go (nothing left keeping the screen on)."""
    with private_session_bus() as address:
        saver = FakeScreenSaver(address)
        try:
            child = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import sys, time\n"
                    f"sys.path.insert(0, {str(ROOT)!r})\n"
                    "from ui.inhibit import ScreenInhibitor\n"
                    "i = ScreenInhibitor(sys.argv[1])\n"
                    "assert i.hold()\n"
                    "print('held', flush=True)\n"
                    "time.sleep(60)\n",
                    address,
                ],
                stdout=subprocess.PIPE,
                text=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            assert child.stdout is not None and child.stdout.readline().strip() == "held"
            assert saver.wait_until(lambda: len(saver.active) == 1)
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
            assert saver.wait_until(lambda: not saver.active)
            assert saver.log[-1] == ("gone", 41)
        finally:
            saver.close()


def test_no_screen_saver_is_said_not_raised() -> None:
    """On a bus without a screen saver, or with no bus, hold is False with the reason."""
    with private_session_bus() as address:
        inhibitor = ScreenInhibitor(address)
        assert not inhibitor.hold()
        assert inhibitor.problem.startswith("the screen saver cannot be held off")
    missing = ScreenInhibitor("unix:path=/nonexistent/bus")
    assert not missing.hold() and missing.problem
    missing.release()  # nothing held: nothing to do


def test_each_platform_has_its_way_and_says_when_it_has_none(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Linux gets the D-Bus inhibitor, Windows SetThreadExecutionState; asked off Windows,
    the Windows way answers False with a reason instead of raising (its call itself cannot
    be tested on this Linux machine)."""
    assert isinstance(default_inhibitor(), ScreenInhibitor)
    awake = ThreadAwake()
    assert not awake.hold() and not awake.held
    assert awake.problem == "SetThreadExecutionState exists on Windows only"
    awake.release()  # nothing held: nothing to do
    monkeypatch.setattr(sys, "platform", "win32")
    assert isinstance(default_inhibitor(), ThreadAwake)
