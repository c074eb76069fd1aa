"""Keep the screen on during a workout: org.freedesktop.ScreenSaver.Inhibit over the session
D-Bus (KDE, GNOME's and Xfce's screen savers, and most others, answer it).

The inhibit belongs to our D-Bus connection: ``release`` calls UnInhibit and closes it, and if
Backline dies the bus closes the connection and the screen saver drops the inhibit by itself,
so a crash never leaves the screen stuck on. ``hold`` and ``release`` are idempotent, so every
exit path (pause, end, quit) can call ``release`` without tracking state.

``hold`` and ``release`` block (up to TIMEOUT_SECONDS each on a hung bus): call them off the GUI
thread, as ui.workout.screen_keeper.ScreenKeeper does on its one worker thread.

Windows has no session D-Bus: ``ThreadAwake`` asks SetThreadExecutionState to keep the display
and the system awake instead; ``default_inhibitor()`` picks the one for this platform. macOS
gets the D-Bus one, which says there is no session bus (the display may sleep there).
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any, Protocol

from core.i18n import translate

SCREENSAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
TIMEOUT_SECONDS = 2.0


class Inhibitor(Protocol):
    """What keeps the screen on: hold/release (blocking, idempotent), held, problem."""

    problem: str

    @property
    def held(self) -> bool: ...

    def hold(self, reason: str | None = ...) -> bool: ...

    def release(self) -> None: ...


def _running() -> str:
    return translate("ui.inhibit", "A workout is running")


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

    def hold(self, reason: str | None = None) -> bool:
        """Ask the screen saver to stay off; True when it agreed (or already had). `reason` is
        what the desktop may show as the inhibit's cause (default: a workout is running)."""
        if self.held:
            return True
        from jeepney.io.blocking import open_dbus_connection

        address = self.bus_address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if not address:
            self.problem = translate("ui.inhibit", "no session D-Bus to ask the screen saver")
            return False
        try:
            self._connection = open_dbus_connection(bus=address)
            (self._cookie,) = self._call("Inhibit", "ss", ("Backline", reason or _running()))
        except (OSError, TimeoutError, ValueError, LookupError) as exc:
            self._close()
            self.problem = translate(
                "ui.inhibit", "the screen saver cannot be held off ({error})"
            ).format(error=exc)
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


# SetThreadExecutionState flags (winbase.h)
ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002


class ThreadAwake:
    """Windows: keep the display and the system awake with SetThreadExecutionState.

    The request belongs to the calling thread: ``hold`` and ``release`` must run on the same
    thread (the keeper's single worker), and Windows drops it when that thread or the process
    ends, so a crash releases it as the D-Bus connection's end does on Linux. Not tested here
    (the suite runs on Linux only); every failure becomes ``problem``, never an exception.
    """

    def __init__(self) -> None:
        self._held = False
        self.problem = ""

    @property
    def held(self) -> bool:
        return self._held

    def _set_state(self, flags: int) -> bool:
        if sys.platform != "win32":
            self.problem = translate("ui.inhibit", "SetThreadExecutionState exists on Windows only")
            return False
        import ctypes

        try:
            function = ctypes.WinDLL("kernel32").SetThreadExecutionState
        except (AttributeError, OSError) as exc:
            self.problem = translate(
                "ui.inhibit", "Windows cannot be asked to keep the display on ({error})"
            ).format(error=exc)
            return False
        function.argtypes = [ctypes.c_uint32]
        function.restype = ctypes.c_uint32
        if function(flags) == 0:  # 0: the call failed, else the previous state
            self.problem = translate("ui.inhibit", "Windows refused to keep the display on")
            return False
        return True

    def hold(self, reason: str | None = None) -> bool:
        if self._held:
            return True
        if not self._set_state(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED):
            return False
        self._held = True
        self.problem = ""
        return True

    def release(self) -> None:
        if self._held:
            self._held = False
            self._set_state(ES_CONTINUOUS)  # back to normal; the thread's end would do it too


def default_inhibitor() -> Inhibitor:
    """The way this platform keeps the screen on."""
    if sys.platform == "win32":
        return ThreadAwake()
    return ScreenInhibitor()
