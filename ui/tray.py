"""The tray icon that keeps Backline running when its window is closed, when the person chose
that in Settings (keep_in_tray) and the desktop has a tray. Nothing is in the tray otherwise.

While it is active, closing the window hides it (reminders keep firing); the tray's menu shows
the window again or quits, and Quit in the File menu quits as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from core.i18n import translate
from core.paths import APP_ID, APP_NAME, ICONS_DIR


class TrayKeeper:
    def __init__(
        self,
        window: QMainWindow,
        *,
        on_quit: Callable[[], None],
        available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        self.window = window
        self._on_quit = on_quit
        self._available = available
        self.icon: QSystemTrayIcon | None = None
        self.told_still_running = False

    @property
    def active(self) -> bool:
        return self.icon is not None and self.icon.isVisible()

    def apply(self, keep_in_tray: bool) -> None:
        """Show or remove the tray icon; the app quits with its last window unless it shows."""
        want = keep_in_tray and self._available()
        if want and self.icon is None:
            self.icon = QSystemTrayIcon(self._app_icon(), self.window)
            self.icon.setToolTip(APP_NAME)  # the app's name, the same in every language
            menu = QMenu(self.window)
            show = QAction(translate("ui.tray", "Show Backline"), menu)
            show.triggered.connect(self.show_window)
            quit_action = QAction(translate("ui.tray", "Quit"), menu)
            quit_action.triggered.connect(self._on_quit)
            menu.addAction(show)
            menu.addAction(quit_action)
            self.icon.setContextMenu(menu)
            self.icon.activated.connect(lambda _reason: self.show_window())
        if self.icon is not None:
            self.icon.setVisible(want)
        QApplication.setQuitOnLastWindowClosed(not want)

    def _app_icon(self) -> QIcon:
        """The window's icon, or the shipped one when the app has not set it (a tray icon
        without one is not shown at all)."""
        icon = self.window.windowIcon()
        if icon.isNull():
            icon = QIcon(str(ICONS_DIR / f"{APP_ID}.svg"))
        return icon

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def message(self, summary: str, body: str) -> bool:
        """A balloon from the tray icon; False when there is no icon to show it."""
        if not self.active or self.icon is None:
            return False
        self.icon.showMessage(summary, body, self._app_icon(), 10000)
        return True
