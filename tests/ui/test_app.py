"""Start-up: the recovery dialog for an unusable database, and one app per database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from core.store import backups
from core.store import lock as db_lock
from core.store.db import open_database
from ui import app as app_module
from ui import dialogs


class FakeApp:
    """Records exit codes instead of quitting the test's QApplication."""

    def __init__(self) -> None:
        self.exit_codes: list[int] = []

    def exit(self, code: int) -> None:
        self.exit_codes.append(code)


def make_controller(qtbot, path: Path) -> app_module.Backline:  # type: ignore[no-untyped-def]
    controller = app_module.Backline(QApplication.instance(), path)  # type: ignore[arg-type]
    controller.app = FakeApp()  # type: ignore[assignment]
    qtbot.addWidget(controller.window)
    return controller


def test_good_database_opens_and_fills_the_library(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A normal start: the store opens (synchronously in tests), Today (the first tab) shows
    the program's nine parts, and the Library lists rows once it is shown."""
    controller = make_controller(qtbot, tmp_path / "ok.db")
    controller.start()
    qtbot.waitUntil(lambda: controller.db is not None)
    assert controller.db is not None
    today = controller.window.tab("Today")
    qtbot.waitUntil(lambda: today.model.rowCount() == 9)  # type: ignore[attr-defined]
    controller.window.show_tab("Library")
    assert controller.window.library_tab.model.rowCount() > 25
    controller.shutdown()


def test_unusable_database_offers_a_new_one_and_keeps_the_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Not a database: one dialog; 'start new' moves the file aside intact and opens a new one."""
    path = tmp_path / "bad.db"
    path.write_bytes(b"definitely not sqlite" * 50)
    asked: list[str] = []

    def choose(_parent, message, has_backups):  # type: ignore[no-untyped-def]
        asked.append(message)
        return "new"

    monkeypatch.setattr(dialogs, "store_problem", choose)
    controller = make_controller(qtbot, path)
    controller.start()
    qtbot.waitUntil(lambda: controller.db is not None)
    assert len(asked) == 1 and "not a Backline database" in asked[0]
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("bad.db.unusable-")]
    assert len(kept) == 1 and kept[0].read_bytes() == b"definitely not sqlite" * 50
    assert controller.db is not None
    controller.shutdown()


def test_unusable_database_can_be_replaced_by_a_backup(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A database from a newer app: restoring a backup puts it in place; the file is kept."""
    import sqlite3

    path = tmp_path / "db.db"
    open_database(path).close()
    backup = backups.make_backup(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    monkeypatch.setattr(
        dialogs, "store_problem", lambda _p, message, has: "restore" if has else "quit"
    )
    monkeypatch.setattr(dialogs, "choose_backup", lambda _p, available: available[0].path)
    controller = make_controller(qtbot, path)
    controller.start()
    qtbot.waitUntil(lambda: controller.db is not None)
    assert backup.exists()
    assert any(p.name.startswith("db.db.before-restore-") for p in tmp_path.iterdir())
    controller.shutdown()


def test_quit_leaves_everything_as_it_was(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Choosing Quit exits non-zero and renames nothing."""
    path = tmp_path / "bad.db"
    path.write_text("nope" * 100)
    monkeypatch.setattr(dialogs, "store_problem", lambda *_a: "quit")
    controller = make_controller(qtbot, path)
    controller.start()
    qtbot.waitUntil(lambda: controller.app.exit_codes != [])  # type: ignore[attr-defined]
    assert controller.app.exit_codes == [3]  # type: ignore[attr-defined]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.db"]
    assert path.read_text() == "nope" * 100


def test_second_instance_is_refused(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Two apps on one database: the second cannot take the lock."""
    first = make_controller(qtbot, tmp_path / "one.db")
    second = make_controller(qtbot, tmp_path / "one.db")
    assert first.acquire_lock()
    assert not second.acquire_lock()
    assert backups.app_is_running(tmp_path / "one.db")
    first.shutdown()
    assert second.acquire_lock()
    second.shutdown()


def test_lock_left_by_a_killed_process_is_taken_over(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A process SIGKILLed while holding the lock does not block the next start."""
    import signal

    path = tmp_path / "k.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=60)
    assert db_lock.lock_file_for(path).exists()
    assert not backups.app_is_running(path)
    controller = make_controller(qtbot, path)
    assert controller.acquire_lock()
    controller.shutdown()


ROOT = Path(__file__).resolve().parents[2]
HOLD = (
    "import sys\nfrom core.store import lock\nheld = lock.acquire(sys.argv[1])\n"
    "print('held', flush=True)\nsys.stdin.read()\n"
)


def backline(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_the_window_refuses_cli_writers_also_through_a_symlink(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """While the window has the database, `import` and `restore` (by its path or a link to it)
    are refused with one line naming the window's pid, and the file is not swapped."""
    import os

    path = tmp_path / "w.db"
    open_database(path).close()
    backup = backups.make_backup(path)
    link = tmp_path / "link.db"
    link.symlink_to(path)
    controller = make_controller(qtbot, path)
    assert controller.acquire_lock()
    try:
        inode = path.stat().st_ino
        for target in (path, link):
            for args in (["restore", str(backup)], ["import", str(backup)]):
                run = backline("--db", str(target), *args)
                assert run.returncode == 3, run.stderr
                assert run.stderr.count("\n") == 1
                assert f"Backline is open with this database (pid {os.getpid()})" in run.stderr
        assert path.stat().st_ino == inode
        assert not [p for p in tmp_path.iterdir() if "before-restore" in p.name]
    finally:
        controller.shutdown()


def test_a_cli_writer_keeps_the_window_out(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An import or restore running in another process holds the lock: the window's start is
    refused and says which process has it."""
    path = tmp_path / "c.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        controller = make_controller(qtbot, path)
        assert not controller.acquire_lock()
        assert f"(pid {holder.pid})" in controller.lock_problem
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)
    assert controller.acquire_lock()
    controller.shutdown()


def test_restore_from_the_window_uses_its_own_lock(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The window restores a backup under the lock it holds, then reopens the restored file."""
    from core.store.models import Setting

    path = tmp_path / "r.db"
    controller = make_controller(qtbot, path)
    assert controller.acquire_lock()
    controller.start()
    qtbot.waitUntil(lambda: controller.db is not None)
    backup = backups.make_backup(controller.db)
    with controller.db.session_scope() as session:
        session.add(Setting(key="after_backup", value="1"))
    controller.restore_from(backup)
    qtbot.waitUntil(lambda: controller.db is not None)
    with controller.db.read_scope() as session:
        assert session.get(Setting, "after_backup") is None
    assert controller.lock is not None and controller.lock.held
    controller.shutdown()


def test_backups_stay_single_files_across_two_app_starts(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A new database gets no automatic backup; once it holds a measurement, the app's
    backups are single .db files that two more starts and quits leave byte for byte."""
    from datetime import date

    from core.paths import backup_dir_for
    from core.store.models import BodyMeasurement

    path = tmp_path / "b.db"
    first = make_controller(qtbot, path)
    first.start()
    qtbot.waitUntil(lambda: first.db is not None)
    assert backups.list_backups(path) == []  # nothing entered yet: nothing backed up
    with first.db.session_scope() as session:
        session.add(BodyMeasurement(measured_on=date(2026, 11, 21), weight_kg=70.0))
    first.shutdown()  # the quit's automatic backup
    folder = backup_dir_for(path)
    made = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert len(made) == 1 and all(name.endswith(".db") for name in made)
    for _ in range(2):
        again = make_controller(qtbot, path)
        again.start()
        qtbot.waitUntil(lambda c=again: c.db is not None)  # type: ignore[misc]
        again.shutdown()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == made
