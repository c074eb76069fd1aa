"""QApplication, single-instance lock, excepthook and start-up order.

Start-up order matters, for a fast first paint: the window is shown and painted first;
the store (SQLAlchemy, maybe Alembic) is imported and opened afterwards on a worker thread, then
the automatic backup runs, and last, once the window is idle, matplotlib is imported in the
background (ui.widgets.chart_canvas.ChartPreloader) so the first chart opens at once.

The stored theme is read on the same worker as the first Library listing, with the standard
sqlite3 module (one small query on a read-only connection, no SQLAlchemy), and applied as soon
as it is back; when that read cannot answer (a new or an older file) it is read with the other
settings once the store is open. Until then the window shows the system's colours.

The store is `core.store.location.chosen_store`'s: --db, BACKLINE_DB, the saved "use the
shared database" choice, else the local SQLite file. The file lock, the quick read and the
automatic backups are a SQLite file's; a PostgreSQL store has none of them. A shared server
that cannot be used at start gives one question, "Use the local database" or "Quit": the app
never switches stores without asking, and the status bar always names the store in use.
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from core import i18n
from core.i18n import translate
from core.paths import APP_ID, APP_NAME, ICONS_DIR
from core.store import lock as db_lock
from core.store.location import StoreLocation, StoreURLError, chosen_store, local_store
from ui.main_window import MainWindow
from ui.tasks import run_task


def _excepthook(
    window: MainWindow | None,
) -> Any:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from ui import dialogs

        text = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(text)
        # Logged sets are committed one by one, so an unexpected error loses nothing saved.
        dialogs.show_error(
            window,
            translate("ui.app", "Something went wrong"),
            translate(
                "ui.app",
                "{error}\n\nWhat you saved is safe. Details were written to the terminal.",
            ).format(error=exc),
        )

    return hook


def open_store(location: Path | StoreLocation) -> Any:
    """Worker-thread part of start-up: open, migrate and seed. Returns the Database."""
    from core.store.db import open_database
    from core.store.startup import seed_if_needed

    db = open_database(location)
    seed_if_needed(db)
    return db


def _auto_backup(db_path: Path) -> Any:
    from core.store.backups import backup_if_changed

    return backup_if_changed(db_path)


def read_stored_theme(db_path: Path) -> str | None:
    """The `theme` setting read straight from the file ("system" when never set), or None when
    the file cannot say (missing, no settings table yet, locked, a value of the wrong kind)."""
    import json
    import sqlite3

    from core.paths import sqlite_uri
    from ui.theme import DEFAULT_MODE, MODES  # not core.store.settings: that loads SQLAlchemy

    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(sqlite_uri(db_path, mode="ro"), uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'theme'").fetchone()
        value = DEFAULT_MODE if row is None else json.loads(row[0])
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()
    return value if value in MODES else None


def _opening(store: str) -> str:
    return translate("ui.app", "Opening {store}…").format(store=store)


def _cannot_start() -> str:
    return translate("ui.app", "Backline cannot start")


def _already_running() -> str:
    return translate("ui.app", "Backline is already running")


def _wait_for_it(lock_problem: str) -> str:
    return translate(
        "ui.app",
        "{problem}\n\nSwitch to that window, or wait for the import or restore to finish.",
    ).format(problem=lock_problem)


def _report_backup_failure(exc: BaseException) -> None:
    line = translate("ui.app", "backline: automatic backup failed: {error}").format(error=exc)
    sys.stderr.write(line + "\n")


class Backline:
    """Owns the window, the database and the instance lock for one run of the app."""

    def __init__(
        self,
        app: QApplication,
        store: Path | StoreLocation,
        *,
        open_workout: bool = False,
        routine_id: int | None = None,
    ) -> None:
        self.app = app
        self.location = store if isinstance(store, StoreLocation) else StoreLocation(path=store)
        # `backline workout [ROUTINE]`: open on the Workout tab, the routine ready to start.
        self.open_workout = open_workout
        self.workout_routine_id = routine_id
        self.db: Any = None
        self.window = MainWindow(controller=self)
        self.lock: db_lock.DatabaseLock | None = None
        # Why acquire_lock() failed, one line for a person (the holder's pid when known).
        self.lock_problem = ""
        self.theme_applied = False
        # Set when the person chose the local database because the shared one failed: the
        # status bar says so after the store's name.
        self.fallback_note = ""

    @property
    def db_path(self) -> Path | None:
        """The SQLite file in use, or None on a PostgreSQL store."""
        return self.location.path

    def acquire_lock(self) -> bool:
        """One writer per database file (through symlinks): this window, an import or a restore.

        The lock is core.store.lock's flock, which dies with its process: a killed app never
        leaves a lock behind that blocks the next start. A PostgreSQL store takes none: several
        machines share it, and each workout is claimed on its own (core.store.claims).
        """
        path = self.db_path
        if path is None:
            return True
        with contextlib.suppress(OSError):  # opening the database reports the folder
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.lock = db_lock.acquire(path)
        except db_lock.LockError as exc:
            self.lock_problem = str(exc)
            return False
        return True

    def start(self) -> None:
        self.window.show()
        # After the first paint: a raw sqlite3 read fills the Library when the file is already
        # up to date, then the store (SQLAlchemy import, open, seed check) opens on a worker.
        QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self.db_path is not None:  # a raw read of a file; a server opens straight away
            run_task(self._quick_library, self._show_quick_library, lambda _exc: None)
        self.window.status_label.setText(_opening(self.location.describe()))
        self.open_database()

    def _quick_library(self) -> Any:
        from core.store.migrations import HEAD_REVISION
        from core.store.quick_read import read_library

        path = self.db_path
        assert path is not None
        return read_library(path, HEAD_REVISION), read_stored_theme(path)

    def _show_quick_library(self, found: Any) -> None:
        entries, mode = found
        if mode is not None:
            self.apply_theme(mode)
        # The ORM listing replaces this when the store is open; never overwrite it.
        if entries and self.db is None:
            self.window.library_tab.set_entries(entries)

    def apply_theme(self, mode: str) -> None:
        """Show the window in the stored theme (ui.theme: light, dark or the system's)."""
        from ui import theme

        theme.apply_theme(mode)
        self.theme_applied = True

    def open_database(self) -> None:
        location = self.location
        run_task(lambda: open_store(location), self._opened, self._open_failed)

    def _opened(self, db: Any) -> None:
        self.db = db
        if self.lock is not None:
            try:
                self.lock.pin()  # the file the open may have created, by its inode too
            except db_lock.LockError as exc:
                db.close()
                self.db = None
                self._open_failed(exc)
                return
        self.window.attach_database(db)
        if self.fallback_note:
            self.window.status_label.setText(
                f"{self.window.status_label.text()} — {self.fallback_note}"
            )
        if db.notes:  # e.g. an interrupted restore that this open finished or undid
            self.window.status_label.setText(" ".join(db.notes))
        if self.open_workout:
            from ui.workout.tab import WorkoutTab

            tab = self.window.show_tab("Workout")
            assert isinstance(tab, WorkoutTab)
            tab.prepare_routine(self.workout_routine_id)
            self.open_workout = False
        # An automatic backup when the data changed since the newest one (pruned by the rule);
        # then, the start-up done, the chart modules load once the window is idle. A shared
        # store is backed up by the person (File > Back up now, `backline backup`).
        if db.is_sqlite:
            run_task(lambda: _auto_backup(db.path), self._started, self._backup_failed)
        else:
            self._started()

    def _started(self, _backup: Any = None) -> None:
        self.window.chart_preloader.schedule()
        self.window.start_reminders()

    def _backup_failed(self, exc: BaseException) -> None:
        _report_backup_failure(exc)
        self._started()

    def _open_failed(self, exc: BaseException) -> None:
        from core.store.db import StoreError
        from ui import dialogs

        if not isinstance(exc, StoreError):
            dialogs.show_error(self.window, _cannot_start(), str(exc))
            self.app.exit(1)
            return
        db_path = self.db_path
        if db_path is None:
            self._shared_store_failed(exc)
            return
        from core.store import backups

        available = backups.list_backups(db_path)
        choice = dialogs.store_problem(self.window, str(exc), bool(available))
        if choice == "quit":
            self.app.exit(3)
            return
        try:
            if choice == "restore":
                chosen = dialogs.choose_backup(self.window, available)
                if chosen is None:
                    self.app.exit(3)
                    return
                backups.restore_backup(chosen, db_path)
            else:
                backups.start_new_database(db_path)
        except (ValueError, OSError) as exc:
            dialogs.show_error(self.window, _cannot_start(), str(exc))
            self.app.exit(3)
            return
        self.open_database()

    def _shared_store_failed(self, exc: BaseException) -> None:
        """The shared store cannot be used (unreachable, not Backline's, too new): ask once
        whether to use the local database instead, or quit. Nothing is written to either
        before the answer."""
        from core.store.db import DatabaseUnreachableError
        from ui import dialogs

        shared = self.location.describe()
        local = local_store()
        unreachable = isinstance(exc, DatabaseUnreachableError)
        choice = dialogs.shared_store_problem(
            self.window, str(exc), local.describe(), unreachable=unreachable
        )
        if choice != "local":
            self.app.exit(3)
            return
        self.location = local
        if not self.acquire_lock():
            dialogs.show_error(self.window, _already_running(), _wait_for_it(self.lock_problem))
            self.app.exit(4)
            return
        self.fallback_note = translate("ui.app", "{store} could not be used").format(store=shared)
        self.window.status_label.setText(_opening(local.describe()))
        self.open_database()

    def restore_from(self, backup: Path) -> None:
        """Close the database, put the backup in its place (old file kept aside), reopen."""
        from core.store import backups
        from ui import dialogs

        db_path = self.db_path
        if db_path is None:
            dialogs.show_error(
                self.window,
                translate("ui.app", "Restore failed"),
                translate(
                    "ui.app",
                    "A shared database is restored with File > Restore a backup (a Backline "
                    "JSON backup), not by replacing a file.",
                ),
            )
            return
        if self.db is not None:
            self.db.close()
            self.db = None
        try:
            # Under this window's own lock (restore_backup reuses it): no other writer can
            # have the file while it is swapped.
            backups.restore_backup(backup, db_path)
        except (ValueError, OSError) as exc:
            dialogs.show_error(self.window, translate("ui.app", "Restore failed"), str(exc))
        self.open_database()

    def shutdown(self) -> None:
        self.window.pause_chart_preload()
        if self.db is not None:
            if self.db.is_sqlite:
                try:
                    _auto_backup(self.db.path)
                except Exception as exc:  # a failed backup must never block quitting
                    _report_backup_failure(exc)
            self.db.close()
            self.db = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def app_icon() -> QIcon:
    """Backline's icon: the theme's copy once `backline desktop install` put it there, else
    the shipped SVG and hicolor PNGs."""
    icon = QIcon()
    scalable = ICONS_DIR / f"{APP_ID}.svg"
    if scalable.is_file():
        icon.addFile(str(scalable))
    for png in sorted((ICONS_DIR / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        icon.addFile(str(png))
    return QIcon.fromTheme(APP_ID, icon)


# Qt's own messages (standard buttons, the line edit's menu, shortcut key names) come from the
# catalogue Qt ships beside its libraries: qtbase_<language>.qm.
QT_CATALOGUE = "qtbase"


class _QtLanguage:
    translator: QTranslator | None = None  # the catalogue apply_language installed


def qt_catalogue(language_code: str) -> Path | None:
    """Qt's own catalogue for a language (qtbase_pt_BR.qm, else qtbase_pt.qm), or None when
    this Qt ships none."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    names = dict.fromkeys((language_code, language_code.split("_")[0]))
    for name in names:
        path = folder / f"{QT_CATALOGUE}_{name}.qm"
        if path.is_file():
            return path
    return None


def apply_language(app: QCoreApplication | None = None) -> None:
    """Make Qt follow the language in use (core.i18n.language()), after the QApplication
    exists and before the window is built: the default QLocale (decimal separator of spin
    boxes, Qt's dialogs), Qt's own catalogue for its standard buttons and menus (none for
    English; a missing file is no error: Qt's strings stay English), and the layout direction
    of the language (left to right for every language Backline speaks). Calling it again
    replaces what it installed before."""
    app = app or QCoreApplication.instance()
    code = i18n.language()
    locale = QLocale(code)
    QLocale.setDefault(locale)
    old = _QtLanguage.translator
    if old is not None:
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
        _QtLanguage.translator = None
    path = qt_catalogue(code) if code != i18n.SOURCE_LANGUAGE else None
    if path is not None and app is not None:
        translator = QTranslator(app)
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _QtLanguage.translator = translator
        else:
            translator.deleteLater()
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())


def identify_application(app: QApplication) -> None:
    """Names and icon so the window manager, Wayland and the taskbar see Backline, not python3.

    The desktop file name is the application id: it matches the installed .desktop file and
    its StartupWMClass, so the running window is grouped with its launcher.
    """
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from core.version import app_version

    app.setApplicationVersion(app_version())
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def run_app(
    db_arg: str | None = None,
    argv: list[str] | None = None,
    *,
    open_workout: bool = False,
    routine_id: int | None = None,
) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    identify_application(app)
    apply_language(app)  # main.py chose the language (core.i18n.set_language) before this
    try:
        location = chosen_store(db_arg)
    except StoreURLError as exc:
        from ui import dialogs

        dialogs.show_error(None, _cannot_start(), str(exc))
        return 2
    controller = Backline(app, location, open_workout=open_workout, routine_id=routine_id)
    if not controller.acquire_lock():
        from ui import dialogs

        dialogs.show_error(None, _already_running(), _wait_for_it(controller.lock_problem))
        return 4
    sys.excepthook = _excepthook(controller.window)
    controller.start()
    if i18n.catalogue_problem():  # a damaged catalogue: the window works, in English
        controller.window.statusBar().showMessage(
            translate("ui.app", "{problem}; the window shows English").format(
                problem=i18n.catalogue_problem()
            )
        )
    try:
        return app.exec()
    finally:
        controller.shutdown()
