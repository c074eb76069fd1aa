"""Keep the screen on during a workout: org.freedesktop.ScreenSaver.Inhibit over the session
D-Bus (KDE, GNOME's and Xfce's screen savers, and most others, answer it).

The inhibit belongs to our D-Bus connection: ``release`` calls UnInhibit and closes it, and if
Backline dies the bus closes the connection and the screen saver drops the inhibit by itself,
so a crash never leaves the screen stuck on. ``hold`` and ``release`` are idempotent, so every
exit path (pause, end, quit) can call ``release`` without tracking state.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

SCREENSAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
TIMEOUT_SECONDS = 2.0


class ScreenInhibitor:
    def __init__(self, bus_address: str | None = None) -> None:
        # None: the session bus of this desktop ($DBUS_SESSION_BUS_ADDRESS)
        self.bus_address = bus_address
        self._connection: Any = None
        self._cookie: int | None = None
        self.problem = ""
        """Why the screen could not be kept on ("" when it is, or when not asked)."""

    @property
    def held(self) -> bool:
        return self._cookie is not None

    def _call(self, method: str, signature: str, body: tuple[Any, ...]) -> Any:
        from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call

        target = DBusAddress(SCREENSAVER[1], bus_name=SCREENSAVER[0], interface=SCREENSAVER[0])
        reply = self._connection.send_and_get_reply(
            new_method_call(target, method, signature, body), timeout=TIMEOUT_SECONDS
        )
        if reply.header.message_type == MessageType.error:
            raise LookupError(str(reply.header.fields.get(HeaderFields.error_name, "error")))
        return reply.body

    def hold(self, reason: str = "A workout is running") -> bool:
        """Ask the screen saver to stay off; True when it agreed (or already had)."""
        if self.held:
            return True
        from jeepney.io.blocking import open_dbus_connection

        address = self.bus_address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if not address:
            self.problem = "no session D-Bus: the screen saver may blank the screen"
            return False
        try:
            self._connection = open_dbus_connection(bus=address)
            (self._cookie,) = self._call("Inhibit", "ss", ("Backline", reason))
        except (OSError, TimeoutError, ValueError, LookupError) as exc:
            self._close()
            self.problem = f"the screen saver cannot be held off ({exc})"
            return False
        self.problem = ""
        return True

    def release(self) -> None:
        """Let the screen saver work again (nothing to do when not held)."""
        if self._cookie is not None and self._connection is not None:
            # if this fails, closing the connection below drops the inhibit anyway
            with contextlib.suppress(OSError, TimeoutError, ValueError, LookupError):
                self._call("UnInhibit", "u", (self._cookie,))
        self._close()

    def _close(self) -> None:
        self._cookie = None
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None
