"""The main window: the tabs, the menus, and the one Ops every tab writes through.

About 500 lines: besides the tabs and menus it wires the window-wide services (tray, reminders,
screen keeper, chart preload, theme) that follow the tabs' signals.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.i18n import QT_TRANSLATE_NOOP, translate
from ui.base_tab import BaseTab
from ui.library.tab import LibraryTab
from ui.ops import Ops
from ui.tray import TrayKeeper

if TYPE_CHECKING:
    from core.store.db import Database
    from ui.reminders import ReminderScheduler
    from ui.widgets.chart_canvas import ChartPreloader
    from ui.workout.screen_keeper import ScreenKeeper


class Controller(Protocol):
    """What the window asks of the app that owns it (ui.app.Backline)."""

    def restore_from(self, backup: Path) -> None: ...


def _data_action(name: str, *args: str) -> Callable[[MainWindow], object]:
    """A File menu entry's action: ui.data_actions loads only when the entry is used."""

    def run(window: MainWindow) -> object:
        from ui import data_actions

        actions: dict[str, Callable[..., object]] = {
            "import": data_actions.import_file,
            "export": data_actions.export_history,
            "backup": data_actions.backup_now,
            "restore": data_actions.restore,
            "check": data_actions.check,
        }
        return actions[name](window, *args)

    return run


# The File menu's data entries: (label, action) or a separator. The labels are English (the
# keys of MainWindow.data_actions); the menu shows translate("ui.main_window", label).
DATA_MENU: list[tuple[str, Callable[[MainWindow], object]] | None] = [
    (QT_TRANSLATE_NOOP("ui.main_window", "&Import workouts…"), _data_action("import")),
    (
        QT_TRANSLATE_NOOP("ui.main_window", "Export history as Strong &CSV…"),
        _data_action("export", "strong"),
    ),
    (
        QT_TRANSLATE_NOOP("ui.main_window", "Export &everything as JSON…"),
        _data_action("export", "json"),
    ),
    None,
    (QT_TRANSLATE_NOOP("ui.main_window", "&Back up now"), _data_action("backup")),
    (QT_TRANSLATE_NOOP("ui.main_window", "&Restore a backup…"), _data_action("restore")),
    (QT_TRANSLATE_NOOP("ui.main_window", "Chec&k the database"), _data_action("check")),
    None,
]

# The store entries as they read on a shared (PostgreSQL) store, by their SQLite labels.
SERVER_LABELS = {
    "&Back up now": QT_TRANSLATE_NOOP(
        "ui.main_window", "&Back up the shared database now (JSON snapshot)"
    ),
    "&Restore a backup…": QT_TRANSLATE_NOOP(
        "ui.main_window", "&Restore a JSON backup into the shared database…"
    ),
    "Chec&k the database": QT_TRANSLATE_NOOP("ui.main_window", "Chec&k the shared database"),
}

# Every tab's title (BaseTab.title, the English key that tab() and show_tab() take), marked
# for the catalogue: the tab bar shows tab_label(title).
TAB_TITLES = (
    QT_TRANSLATE_NOOP("ui.main_window", "Today"),
    QT_TRANSLATE_NOOP("ui.main_window", "Library"),
    QT_TRANSLATE_NOOP("ui.main_window", "Routines"),
    QT_TRANSLATE_NOOP("ui.main_window", "Workout"),
    QT_TRANSLATE_NOOP("ui.main_window", "History"),
    QT_TRANSLATE_NOOP("ui.main_window", "Progress"),
    QT_TRANSLATE_NOOP("ui.main_window", "Body & plan"),
    QT_TRANSLATE_NOOP("ui.main_window", "Settings"),
)


def tab_label(title: str) -> str:
    """A tab's title in the language in use ("Body & plan" -> "Körper & Plan")."""
    return translate("ui.main_window", title)


def _tab_text(title: str) -> str:
    """The tab bar's text for the tab titled `title`: translated, and since '&' in a tab label
    marks a shortcut letter, 'Body & plan' must show its '&'."""
    return tab_label(title).replace("&", "&&")


def _today_tab() -> BaseTab:
    from ui.today.tab import TodayTab

    return TodayTab()


def _routines_tab() -> BaseTab:
    from ui.routines.tab import RoutinesTab

    return RoutinesTab()


def _workout_tab(cue_player: Any) -> BaseTab:
    from ui.workout.tab import WorkoutTab

    return WorkoutTab(cue_player=cue_player)


def _history_tab() -> BaseTab:
    from ui.history.tab import HistoryTab

    return HistoryTab()


def _progress_tab() -> BaseTab:
    from ui.progress.tab import ProgressTab

    return ProgressTab()


def _body_tab() -> BaseTab:
    from ui.body.tab import BodyTab

    return BodyTab()


def _settings_tab(cue_player: Any) -> BaseTab:
    from ui.settings_tab import SettingsTab

    return SettingsTab(cue_player=cue_player)


def scrolling(tab: QWidget) -> QScrollArea:
    """`tab` in a scroll area: at a large system font (200 %) a tab that no longer fits
    scrolls, where it was crushed or pushed the window past the screen."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never a Tab stop of its own
    scroll.setWidget(tab)
    return scroll


class LazyTabHost(QWidget):
    """Holds a tab's place and builds the real tab the first time it is shown.

    Keeps start-up fast: a tab's module (and what it imports) loads only when a person opens it.
    """

    def __init__(
        self,
        factory: Callable[[], BaseTab],
        on_built: Callable[[BaseTab], None],
        *,
        after_paint: bool = False,
    ) -> None:
        super().__init__()
        self._factory = factory
        self._on_built = on_built
        # The first tab is shown with the window: build it once the window has painted, so
        # building it (and its imports) never delays the first paint.
        self._after_paint = after_paint
        self.tab: BaseTab | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> BaseTab:
        if self.tab is None:
            self.tab = self._factory()
            self._layout.addWidget(scrolling(self.tab))
            self._on_built(self.tab)
        return self.tab

    def showEvent(self, event: QShowEvent) -> None:
        if self._after_paint and self.tab is None:
            self.window().installEventFilter(self)  # build at the window's first paint
        else:
            self.build()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.build)
        return False


class MainWindow(QMainWindow):
    tab_built = Signal(object)
    """A tab (BaseTab) just built and attached: lazy tabs are built when first shown."""

    def __init__(self, controller: Controller | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.main_window", "Backline"))  # the name, in any language
        self.resize(1200, 760)
        self.controller = controller
        self.db: Database | None = None
        # Every write goes through this one Ops, which tells every tab what changed.
        self.ops = Ops(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.library_tab = LibraryTab()
        self._tabs: list[BaseTab] = []
        self._hosts: dict[str, LazyTabHost] = {}
        self._cue_player: Any = None
        # The first tab says where the person stands on the whole program today; every tab
        # but the Library is built the first time it is shown (its imports load then).
        self.add_lazy_tab("Today", _today_tab, after_paint=True)
        self.add_tab(self.library_tab)
        self.add_lazy_tab("Routines", _routines_tab)
        self.add_lazy_tab("Workout", lambda: _workout_tab(self.cue_player()))
        self.add_lazy_tab("History", _history_tab)
        self.add_lazy_tab("Progress", _progress_tab)
        self.add_lazy_tab("Body & plan", _body_tab)
        self.add_lazy_tab("Settings", lambda: _settings_tab(self.cue_player()))
        # matplotlib in the background once the window is idle, never during a workout; made
        # when start-up is done (its module is not needed for the first paint).
        self._chart_preloader: ChartPreloader | None = None
        # Closing the window hides it to the tray when the person chose that; Quit quits.
        self._quitting = False
        self.tray = TrayKeeper(self, on_quit=self.quit)
        self.reminders: ReminderScheduler | None = None  # made when start-up is done
        self.screen_keeper: ScreenKeeper | None = None  # made with the Workout tab
        self._screen_problem = ""  # the status line saying why the screen may blank, if shown
        self.ops.changed.connect(self._on_changed)
        self.status_label = QLabel(translate("ui.main_window", "Opening the database…"))
        self.statusBar().addWidget(self.status_label, 1)
        self._build_menu()

    def add_tab(self, tab: BaseTab) -> None:
        self.tabs.addTab(scrolling(tab), _tab_text(tab.title))
        self._register(tab)

    def add_lazy_tab(
        self, title: str, factory: Callable[[], BaseTab], *, after_paint: bool = False
    ) -> LazyTabHost:
        host = LazyTabHost(factory, self._register, after_paint=after_paint)
        self._hosts[title] = host
        self.tabs.addTab(host, _tab_text(title))
        return host

    def _register(self, tab: BaseTab) -> None:
        self._tabs.append(tab)
        tab.use_ops(self.ops)
        self.tab_built.emit(tab)
        start_requested = getattr(tab, "start_requested", None)  # the Today tab
        if start_requested is not None:
            start_requested.connect(self._start_due)
        started = getattr(tab, "workout_started", None)  # the Workout tab
        if started is not None:
            started.connect(lambda _id: self.pause_chart_preload())
            from ui.workout.screen_keeper import ScreenKeeper

            self.screen_keeper = ScreenKeeper(tab, ops=self.ops, tray_message=self.show_reminder)
            self.screen_keeper.problem_changed.connect(self._show_screen_problem)
            tab.workout_ended.connect(lambda _id: self._show_screen_problem(""))  # type: ignore[attr-defined]
            tab.workout_ended.connect(lambda _id: self._resume_chart_preload())  # type: ignore[attr-defined]
        if self.db is not None:
            tab.attach(self.db)

    def tab(self, title: str) -> BaseTab:
        """The tab with this title, built now if it was not shown yet."""
        if title in self._hosts:
            return self._hosts[title].build()
        for tab in self._tabs:
            if tab.title == title:
                return tab
        raise KeyError(title)

    @property
    def chart_preloader(self) -> ChartPreloader:
        """The one ChartPreloader, made on first use (after start-up)."""
        if self._chart_preloader is None:
            from ui.widgets.chart_canvas import ChartPreloader

            self._chart_preloader = ChartPreloader(self, busy=self.workout_running)
        return self._chart_preloader

    def pause_chart_preload(self) -> None:
        """A workout started, or the app quits: the preload imports nothing more."""
        if self._chart_preloader is not None:
            self._chart_preloader.pause()

    def _resume_chart_preload(self) -> None:
        if self._chart_preloader is not None:
            self._chart_preloader.resume()

    def workout_running(self) -> bool:
        """True while the Workout tab has a workout started and not yet ended."""
        host = self._hosts.get("Workout")
        return host is not None and getattr(host.tab, "run", None) is not None

    def show_tab(self, title: str) -> BaseTab:
        tab = self.tab(title)
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == _tab_text(title):
                self.tabs.setCurrentIndex(i)
        return tab

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(translate("ui.main_window", "&File"))
        self.file_menu = file_menu
        quit_action = QAction(translate("ui.main_window", "&Quit"), self)
        # Some platforms (Windows, offscreen) bind no key to StandardKey.Quit: Ctrl+Q there.
        quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        quit_action.triggered.connect(self.quit)
        file_menu.addAction(quit_action)
        self._quit_action = quit_action
        self._install_data_menu(file_menu, quit_action)
        # Ctrl+Tab / Ctrl+Shift+Tab move between tabs wherever the focus is.
        for seq, step, text in (
            ("Ctrl+Tab", 1, translate("ui.main_window", "Next tab")),
            ("Ctrl+Shift+Tab", -1, translate("ui.main_window", "Previous tab")),
        ):
            action = QAction(text, self)  # the text names it in Help > Keyboard shortcuts
            action.setShortcut(QKeySequence(seq))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, s=step: self._cycle_tab(s))
            self.addAction(action)
        # Ctrl+1 ... Ctrl+9 open the tabs in order, wherever the focus is.
        for i in range(min(9, self.tabs.count())):
            title = self.tabs.tabText(i)  # "Body && plan": an action's text escapes its &
            action = QAction(
                translate("ui.main_window", "Go to the {tab} tab").format(tab=title), self
            )
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, n=i: self.tabs.setCurrentIndex(n))
            self.addAction(action)
        self._build_help_menu()

    def _build_help_menu(self) -> None:
        """Help: shortcuts (F1), user guide, About. ui.help loads only when an entry is used."""
        help_menu = self.menuBar().addMenu(translate("ui.main_window", "&Help"))
        self.help_menu = help_menu
        f1 = QKeySequence(Qt.Key.Key_F1)
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
        keys = keys if f1 in keys else [f1, *keys]  # F1 everywhere, plus the platform's key
        entries: list[tuple[str, list[QKeySequence], Callable[[], object]] | None] = [
            (QT_TRANSLATE_NOOP("ui.main_window", "&Keyboard shortcuts"), keys, self.show_shortcuts),
            (QT_TRANSLATE_NOOP("ui.main_window", "&User guide"), [], self.open_user_guide),
            None,
            (QT_TRANSLATE_NOOP("ui.main_window", "&About Backline"), [], self.show_about),
            (QT_TRANSLATE_NOOP("ui.main_window", "About &Qt"), [], self.show_about_qt),
        ]
        self.help_actions: dict[str, QAction] = {}  # by the English label, without its "&"
        for entry in entries:
            if entry is None:
                help_menu.addSeparator()
                continue
            label, shortcuts, slot = entry
            action = QAction(translate("ui.main_window", label), self)
            action.setShortcuts(shortcuts)
            action.triggered.connect(lambda _=False, f=slot: f())
            help_menu.addAction(action)
            self.help_actions[label.replace("&", "")] = action

    def show_shortcuts(self) -> QWidget:
        from ui import help as ui_help

        return ui_help.show_shortcuts(self)

    def show_about(self) -> QWidget:
        from ui import help as ui_help

        return ui_help.show_about(self)

    def show_about_qt(self) -> None:
        from ui import help as ui_help

        ui_help.about_qt(self)

    def open_user_guide(self) -> None:
        from ui import help as ui_help

        ui_help.open_user_guide()

    def _install_data_menu(self, menu: Any, before: QAction) -> None:
        """Import/export/backup entries; ui.data_actions is imported only when one is used."""
        self.data_actions: dict[str, QAction] = {}  # by the SQLite label
        for entry in DATA_MENU:
            if entry is None:
                menu.insertSeparator(before)
                continue
            label, run = entry
            action = QAction(translate("ui.main_window", label), self)
            self.data_actions[label] = action
            action.triggered.connect(lambda _=False, run=run: run(self))
            menu.insertAction(before, action)

    def _cycle_tab(self, step: int) -> None:
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def cue_player(self) -> Any:
        """The one CuePlayer (sounds, speech), made when the Workout or Settings tab needs it."""
        if self._cue_player is None:
            from ui.cues import CuePlayer

            self._cue_player = CuePlayer(parent=self)
            if self.db is not None:  # the stored volume, mute and speech choices
                from core.store.settings import load_settings
                from ui.settings_tab import apply_sound_settings

                settings = self.ops.read(lambda session: load_settings(session=session))
                apply_sound_settings(self._cue_player, settings)
        return self._cue_player

    def attach_database(self, db: Database) -> None:
        self.db = db
        self.ops.db = db
        self.status_label.setText(
            translate("ui.main_window", "Database: {database}").format(database=db.describe())
        )
        for key, label in SERVER_LABELS.items():
            self.data_actions[key].setText(
                translate("ui.main_window", key if db.is_sqlite else label)
            )
        for tab in list(self._tabs):
            tab.attach(db)
        self._apply_tray_setting()
        self._resume_unfinished_workout()

    def _resume_unfinished_workout(self) -> None:
        """A workout left unfinished (crash, kill, closed window): open the Workout tab, which
        offers to resume it exactly where it stopped."""
        assert self.db is not None
        if "Workout" in self._hosts and self._hosts["Workout"].tab is not None:
            return  # already built: its attach() made the offer
        from core.workout.resume import unfinished_workout

        pending = self.ops.read(lambda session: unfinished_workout(session=session))
        if pending is not None:
            self.show_tab("Workout")

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask every tab before the window goes (tabs never get close events): unsaved routine
        edits, and a workout in progress (quit and resume it later, end it, or stay). With the
        tray kept, closing only hides the window, and Quit (menu or tray) really quits."""
        if self.tray.active and not self._quitting:
            event.ignore()
            self.hide()
            if not self.tray.told_still_running:
                self.tray.told_still_running = True
                self.tray.message(
                    translate("ui.main_window", "Backline is still running"),
                    translate("ui.main_window", "Quit it from the tray icon."),
                )
            return
        self._quitting = False
        for tab in self._tabs:
            if not tab.maybe_close():
                event.ignore()
                return
        event.accept()
        self._leave_workout()
        if self.tray.active:  # the app no longer quits with its last window: quit it
            self.tray.apply(False)
            QApplication.quit()

    def _leave_workout(self) -> None:
        """The window goes with a workout left unfinished: let another machine resume it."""
        host = self._hosts.get("Workout")
        leave = getattr(host.tab if host is not None else None, "leave_unfinished", None)
        if leave is not None:
            leave()

    def quit(self) -> None:
        """Quit Backline (the File menu's Quit, the tray's Quit): the tabs may still say no."""
        self._quitting = True
        if not self.isVisible():
            self.tray.show_window()
        self.close()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.settings and self.db is not None:
            self._apply_tray_setting()

    def _show_screen_problem(self, problem: str) -> None:
        """Why the screen may blank during this workout (no screen saver to ask, say); the line
        goes when the problem does."""
        if problem:
            self._screen_problem = translate(
                "ui.main_window", "The screen may blank during the workout: {problem}"
            ).format(problem=problem)
            self.status_label.setText(self._screen_problem)
        elif self._screen_problem and self.status_label.text() == self._screen_problem:
            self.status_label.clear()

    def _apply_tray_setting(self) -> None:
        """The settings the window itself follows: the tray, and the theme (a restore or an
        import may bring another one)."""
        from core.store.settings import load_settings
        from ui import theme

        settings = self.ops.read(lambda s: load_settings(session=s))
        self.tray.apply(settings.keep_in_tray)
        if settings.theme != theme.current_mode():
            theme.apply_theme(settings.theme)

    def start_reminders(self) -> None:
        """After start-up: the reminders' timer (nothing fires while every reminder is off)."""
        if self.reminders is not None or self.db is None:
            return
        from datetime import datetime

        from core.clock import local_zone
        from ui.notify import DesktopNotifier
        from ui.reminders import ReminderScheduler

        tz = local_zone()
        self.reminders = ReminderScheduler(
            self.ops,
            send=DesktopNotifier().send,
            fallback=self.show_reminder,
            now=lambda: datetime.now(tz),
            tz=tz,
            parent=self,
        )
        self.reminders.reschedule()

    def show_reminder(self, summary: str, body: str) -> None:
        """A reminder the desktop could not show: the tray's balloon, else the status bar and
        the taskbar's attention mark."""
        if not self.tray.message(summary, body):
            self.status_label.setText(
                translate("ui.main_window", "{summary}: {body}").format(summary=summary, body=body)
            )
            QApplication.alert(self)

    def _start_due(self, action: object) -> None:
        from ui.today.start import start_in_player

        start_in_player(self, action)  # type: ignore[arg-type]

    def announce(self, changes: Changes) -> None:
        """Tell every tab about a change the window's own actions committed (imports)."""
        self.ops.announce(changes, initiator=self)
