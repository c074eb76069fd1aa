"""core.store.outputs and backup_file: never onto the database, temporary file then rename,
nothing left behind on failure, an existing file only when asked, one line per failure."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TextIO

import pytest

from core.interchange import export_json, export_strong_csv
from core.store.db import Database, backup_file, open_database
from core.store.outputs import OutputError, check_target, session_databases, write_text_file

# Outputs refuse the open SQLite file and its side files; a server's database is no file.
pytestmark = pytest.mark.sqlite_only


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def write_hello(fh: TextIO) -> None:
    fh.write("hello\n")


def sets_and_integrity(path: Path) -> tuple[int, str]:
    conn = sqlite3.connect(path)
    try:
        count = conn.execute("SELECT count(*) FROM logged_sets").fetchone()[0]
        return count, conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal", ".lock"])
def test_the_database_and_its_side_files_are_refused(db: Database, suffix: str) -> None:
    """The database file, its -wal, -shm and -journal (existing or not yet) and the writer
    lock's file are never a target."""
    target = Path(str(db.path) + suffix)
    with pytest.raises(OutputError, match="open database"):
        check_target(target, protected=[db.path], force=True)


def test_a_symlink_or_hard_link_to_the_database_is_refused(db: Database, tmp_path: Path) -> None:
    """Resolved paths (symlinks, `..`) and device+inode (hard links) are compared."""
    link = tmp_path / "link.csv"
    link.symlink_to(db.path)
    hard = tmp_path / "hard.csv"
    os.link(db.path, hard)
    wal_link = tmp_path / "wal-link.json"
    wal_link.symlink_to(Path(str(db.path) + "-wal"))  # dangling until SQLite writes a WAL
    dotted = tmp_path / "sub" / ".." / db.path.name
    (tmp_path / "sub").mkdir()
    for target in (link, hard, wal_link, dotted):
        with pytest.raises(OutputError, match="open database"):
            check_target(target, protected=[db.path], force=True)


def test_an_existing_file_needs_force_and_is_then_replaced(tmp_path: Path) -> None:
    """Without force an existing file is refused and unchanged; with force it is replaced."""
    target = tmp_path / "out.txt"
    target.write_text("precious\n")
    with pytest.raises(OutputError, match="already exists"):
        write_text_file(target, write_hello)
    assert target.read_text() == "precious\n"
    write_text_file(target, write_hello, force=True)
    assert target.read_text() == "hello\n"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.mkdir(), "folder"),
        (lambda p: os.mkfifo(p), "not a regular file"),
    ],
)
def test_a_folder_or_fifo_is_refused_even_with_force(
    tmp_path: Path, make: object, reason: str
) -> None:
    """A folder or a FIFO is never replaced by an export."""
    target = tmp_path / "thing"
    make(target)  # type: ignore[operator]
    with pytest.raises(OutputError, match=reason):
        write_text_file(target, write_hello, force=True)
    assert leftovers(tmp_path) == []


def test_dev_null_is_refused() -> None:
    """/dev/null is not a regular file: writing "to" it would replace it (as root)."""
    with pytest.raises(OutputError, match="not a regular file"):
        check_target(Path("/dev/null"), force=True)


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        (Path("/proc/nope/x.json"), "no such folder"),
        (Path("/proc/x.json"), "no file can be created there"),
        (Path("/sys/x.json"), "permission denied"),
    ],
)
def test_places_that_cannot_be_written_give_one_line(target: Path, reason: str) -> None:
    """A missing folder, /proc, /sys: OutputError naming the path and the reason."""
    with pytest.raises(OutputError) as caught:
        write_text_file(target, write_hello)
    assert str(caught.value) == f"{target}: {reason}"


def test_a_failing_writer_leaves_no_temporary_file_and_the_old_file(tmp_path: Path) -> None:
    """An exception while writing removes the temporary file; the target keeps its content."""
    target = tmp_path / "out.txt"
    target.write_text("old\n")

    def explode(fh: TextIO) -> None:
        fh.write("half")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_text_file(target, explode, force=True)
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    """The temporary file is private while written; the result has the mode a new file has."""
    target = tmp_path / "out.txt"
    write_text_file(target, write_hello)
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_session_databases_names_the_open_file(seeded_db: Database) -> None:
    """The protected file comes from SQLite itself (PRAGMA database_list)."""
    with seeded_db.read_scope() as session:
        assert [p.resolve() for p in session_databases(session)] == [seeded_db.path.resolve()]


@pytest.mark.parametrize("which", ["json", "strong"])
def test_exports_refuse_the_database_they_read(seeded_db: Database, which: str) -> None:
    """export_json/export_strong_csv onto the live database: refused, database intact."""
    before = sets_and_integrity(seeded_db.path)
    with seeded_db.read_scope() as session, pytest.raises(OutputError, match="open database"):
        if which == "json":
            export_json(seeded_db.path, session=session, force=True)
        else:
            export_strong_csv(Path(str(seeded_db.path) + "-wal"), session=session, force=True)
    assert sets_and_integrity(seeded_db.path) == before == (0, "ok")


def test_backup_refuses_its_source_and_existing_files(seeded_db: Database, tmp_path: Path) -> None:
    """backup_file never writes onto the database; an existing file only with force."""
    with pytest.raises(OutputError, match="open database"):
        backup_file(seeded_db.path, seeded_db.path, force=True)
    dest = tmp_path / "copy.db"
    dest.write_text("not mine")
    with pytest.raises(OutputError, match="already exists"):
        backup_file(seeded_db.path, dest)
    assert dest.read_text() == "not mine"
    backup_file(seeded_db.path, dest, force=True)
    assert sets_and_integrity(dest) == (0, "ok")
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("folder", ["club #1", "what?", "100% sure", "Übung ü"])
def test_backup_of_a_database_under_any_folder_name(tmp_path: Path, folder: str) -> None:
    """'#', '?', '%' and unicode in the database's folder: the backup holds the data (the URI
    is percent-encoded; `file:{path}` read '#' as a fragment and backed up an empty file)."""
    path = tmp_path / folder / "backline.db"
    db = open_database(path)
    try:
        with db.session_scope() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO settings (key, value) VALUES ('probe', '\"here\"')"
            )
        made = backup_file(db.path, tmp_path / "b.db")
    finally:
        db.close()
    conn = sqlite3.connect(made)
    try:
        assert conn.execute("SELECT value FROM settings WHERE key='probe'").fetchone() == (
            '"here"',
        )
    finally:
        conn.close()
