"""A private session D-Bus for tests, and a fake org.freedesktop.Notifications on it.

`private_session_bus()` starts `dbus-daemon --session` (skipping the test with the reason when
the binary is absent) and stops it afterwards; `FakeNotificationServer` owns the well-known
name on that bus and records every Notify call's arguments, answering like a real server;
`FakeScreenSaver` hands out inhibit cookies and drops them like a real screen saver, and can be
told to keep its answers back (a hung screen saver) until the test lets them go.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest


@contextmanager
def private_session_bus() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian: apt-get install dbus-daemon)")
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        if not address:
            pytest.skip("dbus-daemon did not start")
        yield address
    finally:
        proc.terminate()
        proc.wait(timeout=10)


class FakeNotificationServer:
    """Answers Notify with a fresh id and keeps (summary, body, app_name, app_icon)."""

    def __init__(self, address: str) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.received: list[dict[str, Any]] = []
        self._connection = open_dbus_connection(bus=address)
        reply = self._connection.send_and_get_reply(
            message_bus.RequestName("org.freedesktop.Notifications")
        )
        assert reply.body[0] == 1, "could not own org.freedesktop.Notifications"
        self._stop = threading.Event()
        self.got_one = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from jeepney import MessageType, new_method_return

        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            except OSError:
                return
            header = message.header
            if header.message_type != MessageType.method_call:
                continue
            if message.header.fields.get(3) == "Notify":  # HeaderFields.member
                app, _replaces, icon, summary, body, _actions, _hints, _expire = message.body
                self.received.append({"app": app, "icon": icon, "summary": summary, "body": body})
                self._connection.send(new_method_return(message, "u", (len(self.received),)))
                self.got_one.set()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._connection.close()


class FakeScreenSaver:
    """org.freedesktop.ScreenSaver that hands out cookies and, like a real one, drops an
    inhibit when its holder calls UnInhibit or leaves the bus (NameOwnerChanged).

    `hang()` makes it keep every answer back (the calls are logged as they arrive, in
    `withheld` until answered); `answer()` sends them, in order, and answers at once again.
    """

    def __init__(self, address: str) -> None:
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.active: dict[int, str] = {}  # cookie -> holder's unique bus name
        self.log: list[tuple[str, Any]] = []
        self._connection = open_dbus_connection(bus=address)
        reply = self._connection.send_and_get_reply(
            message_bus.RequestName("org.freedesktop.ScreenSaver")
        )
        assert reply.body[0] == 1, "could not own org.freedesktop.ScreenSaver"
        rule = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
        self._connection.send_and_get_reply(message_bus.AddMatch(rule))
        self.changed = threading.Event()
        self._answering = threading.Event()
        self._answering.set()
        self.withheld: list[Any] = []  # replies kept back while hung
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def hang(self) -> None:
        self._answering.clear()

    def answer(self) -> None:
        self._answering.set()

    def _reply(self, reply: Any) -> None:
        if self._answering.is_set():
            self._connection.send(reply)
        else:
            self.withheld.append(reply)

    def _serve(self) -> None:
        from jeepney import MessageType, new_method_return

        while not self._stop.is_set():
            if self._answering.is_set() and self.withheld:
                for reply in self.withheld:
                    self._connection.send(reply)
                self.withheld.clear()
            try:
                message = self._connection.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            fields = message.header.fields
            member, sender = fields.get(3), fields.get(7)  # HeaderFields.member, .sender
            kind = message.header.message_type
            if kind == MessageType.signal and member == "NameOwnerChanged":
                name, _old, new = message.body
                if not new:
                    for cookie, holder in list(self.active.items()):
                        if holder == name:
                            del self.active[cookie]
                            self.log.append(("gone", cookie))
                            self.changed.set()
            elif kind == MessageType.method_call and member == "Inhibit":
                cookie = 41 + len(self.log)
                self.active[cookie] = sender
                self.log.append(("Inhibit", tuple(message.body)))
                self._reply(new_method_return(message, "u", (cookie,)))
                self.changed.set()
            elif kind == MessageType.method_call and member == "UnInhibit":
                (cookie,) = message.body
                self.active.pop(cookie, None)
                self.log.append(("UnInhibit", cookie))
                self._reply(new_method_return(message, "", ()))
                self.changed.set()

    def wait_until(self, predicate, timeout: float = 5.0) -> bool:  # type: ignore[no-untyped-def]
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            self.changed.wait(0.05)
            self.changed.clear()
        return predicate()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._connection.close()
