"""The main window: the tabs, the menu, and the one `data_changed` broadcast."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from core.changes import Changes
from ui.base_tab import BaseTab
from ui.library_tab import LibraryTab

if TYPE_CHECKING:
    from core.db import Database


class MainWindow(QMainWindow):
    data_changed = Signal(object)  # Changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Backline")
        self.resize(1200, 760)
        self.db: Database | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.library_tab = LibraryTab()
        self._tabs: list[BaseTab] = []
        self.add_tab(self.library_tab)
        self.status_label = QLabel("Opening the database…")
        self.statusBar().addWidget(self.status_label, 1)
        self._build_menu()

    def add_tab(self, tab: BaseTab) -> None:
        self._tabs.append(tab)
        self.tabs.addTab(tab, tab.title)
        tab.changed.connect(self.announce)
        self.data_changed.connect(tab.on_data_changed)
        if self.db is not None:
            tab.attach(self.db)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.file_menu = file_menu
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._quit_action = quit_action
        # Ctrl+Tab / Ctrl+Shift+Tab move between tabs wherever the focus is.
        for seq, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(seq))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, s=step: self._cycle_tab(s))
            self.addAction(action)

    def _cycle_tab(self, step: int) -> None:
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def attach_database(self, db: Database) -> None:
        self.db = db
        self.status_label.setText(f"Database: {db.path}")
        for tab in self._tabs:
            tab.attach(db)

    def announce(self, changes: Changes) -> None:
        """Re-emit one tab's write to every tab (each marks itself stale)."""
        self.data_changed.emit(changes)
