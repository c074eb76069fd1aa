"""Desktop notifications over a real (private) session D-Bus: shown through a notification
service when there is one, and a one-line reason when there is none or no bus at all."""

from __future__ import annotations

from dbus_fake import FakeNotificationServer, private_session_bus

from core.paths import APP_ID
from ui.notify import DesktopNotifier


def test_a_notification_reaches_the_service() -> None:
    """Notify goes to org.freedesktop.Notifications with our name, icon, summary and body."""
    with private_session_bus() as address:
        server = FakeNotificationServer(address)
        try:
            assert DesktopNotifier(address).send("Thigh massage", "5 minutes.") is None
            assert server.got_one.wait(5)
        finally:
            server.close()
    assert server.received == [
        {"app": "Backline", "icon": APP_ID, "summary": "Thigh massage", "body": "5 minutes."}
    ]


def test_no_service_and_no_bus_give_a_reason() -> None:
    """On a bus without a notification service the answer names that; with no bus address, or
    one nobody listens on, it says the bus cannot be reached."""
    with private_session_bus() as address:
        reason = DesktopNotifier(address).send("x", "y")
    assert reason is not None and reason.startswith("no notification service")
    assert DesktopNotifier("unix:path=/nonexistent/bus").send("x", "y") is not None
