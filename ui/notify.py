"""Desktop notifications: org.freedesktop.Notifications over the session D-Bus.

``DesktopNotifier.send`` returns None when the notification was shown, else the reason it was
not (no session bus, no notification service), so the caller can fall back to the tray icon's
message or the status bar. The call has a short timeout: a hung notification service must not
hold up a reminder, and callers run it off the GUI thread (ui.tasks.run_task).
"""

from __future__ import annotations

import os

from core.i18n import translate
from core.paths import APP_ID

NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
TIMEOUT_SECONDS = 2.0
EXPIRE_MS = 15000  # how long the desktop shows it (ours; the server may choose otherwise)


class DesktopNotifier:
    def __init__(self, bus_address: str | None = None) -> None:
        # None: the session bus of this desktop ($DBUS_SESSION_BUS_ADDRESS)
        self.bus_address = bus_address

    def send(self, summary: str, body: str) -> str | None:
        """Show a notification; None when shown, else why not (one line)."""
        from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        address = self.bus_address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if not address:
            return translate("ui.notify", "no session D-Bus")
        target = DBusAddress(
            NOTIFICATIONS[1], bus_name=NOTIFICATIONS[0], interface=NOTIFICATIONS[0]
        )
        message = new_method_call(
            target,
            "Notify",
            "susssasa{sv}i",
            ("Backline", 0, APP_ID, summary, body, [], {}, EXPIRE_MS),
        )
        try:
            with open_dbus_connection(bus=address) as connection:
                reply = connection.send_and_get_reply(message, timeout=TIMEOUT_SECONDS)
        except (OSError, TimeoutError, ValueError) as exc:
            return translate("ui.notify", "the session D-Bus cannot be reached ({error})").format(
                error=exc
            )
        if reply.header.message_type == MessageType.error:
            name = reply.header.fields.get(HeaderFields.error_name, "error")
            return translate("ui.notify", "no notification service ({error})").format(error=name)
        return None
