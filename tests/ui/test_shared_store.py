"""The window on a shared PostgreSQL store: start-up (no file lock, no file backups), the
question when the server cannot be used, the status bar and About naming the store without
a password, the Settings box that saves the choice, and the File menu's store actions. The
PostgreSQL parts use the session's throwaway server and skip, saying why, without one."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from core.store import location as store_location
from core.store.db import Database, open_database
from core.store.location import StoreLocation, parse_store
from core.store.migrations import HEAD_REVISION
from ui import app as app_module
from ui import data_actions, dialogs
from ui.store_settings import SharedStoreBox

NOWHERE = "postgresql+psycopg://ann:s3cret@/backline?host=/nonexistent/socket"


class FakeApp:
    def __init__(self) -> None:
        self.exit_codes: list[int] = []

    def exit(self, code: int) -> None:
        self.exit_codes.append(code)


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The saved choice lives in a temporary config folder; BACKLINE_DB is unset."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("BACKLINE_DB", raising=False)
    return tmp_path / "config"


def make_controller(qtbot, store: Path | StoreLocation) -> app_module.Backline:  # type: ignore[no-untyped-def]
    controller = app_module.Backline(QApplication.instance(), store)  # type: ignore[arg-type]
    controller.app = FakeApp()  # type: ignore[assignment]
    qtbot.addWidget(controller.window)
    return controller


def answer_next_question(qtbot, key: Qt.Key) -> list[str]:  # type: ignore[no-untyped-def]
    """Press `key` in the next modal dialog, on its focused widget (a person's keyboard)."""
    seen: list[str] = []

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(5, attempt)
            return
        seen.append(box.windowTitle())
        qtbot.keyClick(QApplication.focusWidget() or box, key)

    QTimer.singleShot(0, attempt)
    return seen


# --- start-up -----------------------------------------------------------------------------


def test_start_on_postgres_names_the_store_and_takes_no_file_lock(
    qtbot, pg_url: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A PostgreSQL store opens with no file lock, no quick file read and no file backup; the
    status bar and About say "PostgreSQL <db> on <host>" and the menu says what its store
    entries do there."""
    backed_up: list[object] = []
    monkeypatch.setattr(app_module, "_auto_backup", lambda path: backed_up.append(path))
    location = parse_store(pg_url("backline_seeded"))
    controller = make_controller(qtbot, location)
    assert controller.acquire_lock() and controller.lock is None
    controller.start()
    qtbot.waitUntil(lambda: controller.db is not None)
    db = controller.db
    assert db is not None and not db.is_sqlite
    window = controller.window
    assert window.status_label.text() == f"Database: {db.describe()}"
    assert db.describe().startswith("PostgreSQL t")
    labels = [a.text() for a in window.file_menu.actions()]
    assert "&Back up the shared database now (JSON snapshot)" in labels
    assert "Chec&k the shared database" in labels
    about = window.show_about()
    qtbot.addWidget(about)
    shown = [label.text() for label in about.findChildren(QLabel)]
    assert db.describe() in shown
    controller.shutdown()
    assert backed_up == []


def test_unreachable_server_asks_and_uses_the_local_file_only_when_told(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The server cannot be reached: one question naming the store without its password;
    Enter ("Use the local database") opens the local file, and the status bar says which
    store is in use and that the shared one could not be used."""
    local = StoreLocation(path=tmp_path / "local" / "backline.db")
    monkeypatch.setattr(app_module, "local_store", lambda: local)
    asked: list[str] = []
    real = dialogs.shared_store_problem

    def ask(parent, message, local_text, *, unreachable):  # type: ignore[no-untyped-def]
        asked.append(message)
        return real(parent, message, local_text, unreachable=unreachable)

    monkeypatch.setattr(dialogs, "shared_store_problem", ask)
    controller = make_controller(qtbot, parse_store(NOWHERE))
    titles = answer_next_question(qtbot, Qt.Key.Key_Return)
    controller.start()
    qtbot.waitUntil(lambda: controller.db is not None)
    assert titles == ["Backline cannot reach the shared database"]
    assert len(asked) == 1 and "s3cret" not in asked[0]
    assert asked[0].startswith("PostgreSQL backline on /nonexistent/socket (ann)")
    assert controller.db.is_sqlite and controller.db.path == local.path
    assert controller.lock is not None  # the local file is locked as ever
    status = controller.window.status_label.text()
    assert status.startswith(f"Database: SQLite file {local.path}")
    assert "PostgreSQL backline on /nonexistent/socket (ann) could not be used" in status
    assert "s3cret" not in status
    controller.shutdown()


def test_unreachable_server_escape_quits_without_touching_the_local_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Esc on the question quits (exit code 3): no store is open, no local file was made."""
    local = StoreLocation(path=tmp_path / "local" / "backline.db")
    monkeypatch.setattr(app_module, "local_store", lambda: local)
    controller = make_controller(qtbot, parse_store(NOWHERE))
    answer_next_question(qtbot, Qt.Key.Key_Escape)
    controller.start()
    qtbot.waitUntil(lambda: controller.app.exit_codes == [3])  # type: ignore[attr-defined]
    assert controller.db is None and not local.path.exists()  # type: ignore[union-attr]


def test_run_app_reads_the_saved_choice_below_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """chosen_store (the window and every command): the saved choice when neither --db nor
    BACKLINE_DB is given; a damaged choice file is an error naming it, never a silent switch."""
    url = "postgresql+psycopg://ann@db.home/backline"
    store_location.save_store(url)
    assert store_location.chosen_store(None).url == url
    assert store_location.chosen_store(str(tmp_path / "x.db")).path == tmp_path / "x.db"
    monkeypatch.setenv("BACKLINE_DB", str(tmp_path / "env.db"))
    assert store_location.chosen_store(None).path == tmp_path / "env.db"
    monkeypatch.delenv("BACKLINE_DB")
    store_location.store_choice_path().write_text("garbage")
    with pytest.raises(store_location.SavedStoreError, match="store.json"):
        store_location.chosen_store(None)


# --- the Settings box ---------------------------------------------------------------------


@pytest.fixture
def box(qtbot) -> SharedStoreBox:  # type: ignore[no-untyped-def]
    widget = SharedStoreBox()
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    return widget


def type_url(qtbot, box: SharedStoreBox, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box.url_field, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is box.url_field
    qtbot.keyClick(box.url_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_url_with_a_password_is_refused_in_one_line(qtbot, box: SharedStoreBox) -> None:  # type: ignore[no-untyped-def]
    """Save with a password in the URL: one line saying where the password goes, without
    it; nothing is saved. The box has no password field at all."""
    type_url(qtbot, box, "postgresql://ann:s3cret@db.home/backline")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    text = box.status.text()
    assert "~/.pgpass" in text and "PGPASSWORD" in text and "s3cret" not in text
    assert not store_location.store_choice_path().exists()
    from PySide6.QtWidgets import QLineEdit

    assert all(e.echoMode() == QLineEdit.EchoMode.Normal for e in box.findChildren(QLineEdit))


def test_save_applies_at_the_next_start_and_local_clears_it(qtbot, box: SharedStoreBox) -> None:  # type: ignore[no-untyped-def]
    """Save writes the URL to the choice file and says it applies at the next start; "Use the
    local database" removes it and says so. A URL Backline cannot use is named, not saved."""
    type_url(qtbot, box, "mysql://ann@db/x")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.status.text().startswith("Shared database URL: mysql://ann@db/x: not a database")
    type_url(qtbot, box, "postgresql://ann@db.home/backline")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.status.text() == (
        "Saved: Backline opens PostgreSQL backline on db.home (ann) at the next start."
    )
    saved = json.loads(store_location.store_choice_path().read_text())
    assert saved == {"store": "postgresql+psycopg://ann@db.home/backline"}
    qtbot.mouseClick(box.local_button, Qt.MouseButton.LeftButton)
    assert box.status.text().startswith("Saved: Backline opens the local database (SQLite file")
    assert not store_location.store_choice_path().exists()
    assert box.url_field.text() == ""


def test_test_says_why_a_server_cannot_be_reached(qtbot, box: SharedStoreBox) -> None:  # type: ignore[no-untyped-def]
    """Test against a socket where no server listens: "Not reachable:" and the reason, in one
    line; the Test button is usable again."""
    type_url(qtbot, box, "postgresql://ann@/backline?host=/nonexistent/socket")
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    text = box.status.text()
    assert text.startswith("Not reachable: PostgreSQL backline on /nonexistent/socket (ann)")
    assert "\n" not in text and box.test_button.isEnabled()


def test_test_reports_the_schema_revision(  # type: ignore[no-untyped-def]
    qtbot, box: SharedStoreBox, pg_url: Callable[..., str]
) -> None:
    """Test against the throwaway server (Enter in the field tests too): "reachable, schema
    revision N" for a Backline database, and an empty one is called empty."""
    url = pg_url()
    type_url(qtbot, box, url)
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    where = parse_store(url).describe()
    assert box.status.text() == f"{where}: reachable, schema revision {HEAD_REVISION}."
    empty = pg_url("template0")
    type_url(qtbot, box, empty)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "reachable, an empty database" in box.status.text()


def test_the_box_shows_the_saved_choice_and_the_store_in_use(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Opened with a shared database saved, the box shows its URL; show_in_use names the
    open store."""
    store_location.save_store("postgresql://ann@db.home/backline")
    widget = SharedStoreBox()
    qtbot.addWidget(widget)
    assert widget.url_field.text() == "postgresql+psycopg://ann@db.home/backline"
    assert widget.status.text().startswith("Saved: the shared database")

    class Open:
        def describe(self) -> str:
            return "PostgreSQL backline on db.home (ann)"

    widget.show_in_use(Open())
    assert widget.in_use.text() == "In use now: PostgreSQL backline on db.home (ann)"


# --- the File menu on PostgreSQL ------------------------------------------------------------


@pytest.fixture
def pg_window(qtbot, pg_url: Callable[..., str]) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    db = open_database(pg_url("backline_seeded"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_database(db)
    window.show()
    yield window
    db.close()


def _workouts(db: Database) -> int:
    from sqlalchemy import func, select

    from core.store.models import Workout

    with db.read_scope() as s:
        return int(s.scalar(select(func.count()).select_from(Workout)) or 0)


def test_backup_restore_and_check_on_postgres(
    qtbot, pg_window, pg_url: Callable[..., str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Back up now writes a Backline JSON snapshot and names the store and the file; restoring
    that file into another shared database adds its workout (after a confirm), and again
    skips it; Check reads the schema revision."""
    from datetime import UTC, datetime

    from core.workout.log import finish_workout, start_workout

    infos: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: infos.append(text))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: infos.append("ERROR " + text))
    db = pg_window.db
    started = datetime(2026, 1, 2, 10, tzinfo=UTC)
    with db.session_scope() as s:
        wid = start_workout(
            session=s, routine_id=None, name="Mine", plan_items=(), started_at=started
        ).value
        finish_workout(wid, session=s, ended_at=started)
    dest = tmp_path / "snap.json"
    monkeypatch.setattr(data_actions, "snapshot_destination", lambda: dest)
    pg_window.data_actions["&Back up now"].trigger()
    assert infos[-1].startswith(f"Saved a backup of {db.describe()} to {dest}")
    assert json.loads(dest.read_text())["format"] == "backline"

    other = open_database(pg_url("backline_seeded"))
    try:
        pg_window.attach_database(other)
        monkeypatch.setattr(dialogs, "open_file", lambda *_a: dest)
        asked: list[str] = []

        def confirm(_parent: object, _title: str, text: str, _yes: str) -> bool:
            asked.append(text)
            return True

        monkeypatch.setattr(dialogs, "confirm", confirm)
        pg_window.data_actions["&Restore a backup…"].trigger()
        assert asked and other.describe() in asked[0]
        assert infos[-1] == "Restored snap.json: 1 workout (0 sets) added, 0 already there."
        assert _workouts(other) == 1 and pg_window.ops.long_write is None
        pg_window.data_actions["&Restore a backup…"].trigger()
        assert infos[-1].endswith("0 workouts (0 sets) added, 1 already there.")
        pg_window.data_actions["Chec&k the database"].trigger()
        assert infos[-1] == (
            f"{other.describe()} is a sound Backline database (schema revision {HEAD_REVISION})."
        )
    finally:
        pg_window.attach_database(db)
        other.close()
