"""Another program reading the database while Backline has it open (the sqlite3 tool, a
`backline routines` in a terminal) must never make Backline's later commits vanish.

Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's too;
a reader in another process then takes itself for the last user and deletes the live -wal,
and every commit after that goes into a deleted file, lost at the next crash. The window
pins its lock on the file, checks it and inspects it: none of that may open and close it.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from core.store import lock as db_lock
from core.store.backups import check_database
from core.store.db import open_database

pytestmark = pytest.mark.sqlite_only

READ_AND_CLOSE = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('select count(*) from settings').fetchall(); c.close()"


def _outside_count(path: Path) -> int:
    """Settings rows another process sees (a fresh connection, closed after)."""
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from settings').fetchone()[0])",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout)


def test_commits_after_an_outside_reader_still_reach_the_file(tmp_path: Path) -> None:
    """The window's order (lock and pin, open, pin again, the File menu's check), then a
    reader in another process opens and closes the file: the -wal stays, and a commit made
    after it is seen by a third process."""
    path = tmp_path / "live.db"
    held = db_lock.acquire(path)
    db = open_database(path, lock=held)
    try:
        held.pin()  # as ui.app does once the open has created the file
        assert check_database(path).ok
        subprocess.run([sys.executable, "-c", READ_AND_CLOSE, str(path)], check=True)
        assert Path(str(path) + "-wal").exists()
        with db.session_scope() as session:
            session.execute(text("INSERT INTO settings (key, value) VALUES ('probe', '1')"))
        assert _outside_count(path) == 1
    finally:
        db.close()
    # and after Backline closed it, the commit is in the file itself
    assert sqlite3.connect(path).execute("select count(*) from settings").fetchone() == (1,)
