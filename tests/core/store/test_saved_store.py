"""The saved "use the shared database" choice: a small file in the config folder, never a
password, read back by resolve_store below --db and BACKLINE_DB."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.store import location as loc
from core.store.location import StoreURLError, resolve_store

URL = "postgresql+psycopg://ann@db.home:5433/backline"


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("BACKLINE_DB", raising=False)
    return tmp_path / "config"


def test_choice_file_lives_in_the_config_folder(config_home: Path) -> None:
    """The file is Backline's config folder's store.json (not the database, not the cwd)."""
    assert loc.store_choice_path() == config_home / "Backline" / "store.json"


def test_nothing_saved_reads_as_none() -> None:
    """No file: no saved choice, and resolve_store falls to the local SQLite file."""
    assert loc.saved_store() is None
    assert resolve_store(None, saved=loc.saved_store()).is_sqlite


def test_saved_url_round_trips_and_is_used_below_cli_and_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """save_store writes the URL (folder made); saved_store reads it; resolve_store uses it
    unless --db or BACKLINE_DB say otherwise."""
    made = loc.save_store("  " + URL + " ")
    assert made.describe() == "PostgreSQL backline on db.home:5433 (ann)"
    assert json.loads(loc.store_choice_path().read_text()) == {"store": URL}
    assert loc.saved_store() == URL
    assert resolve_store(None, saved=loc.saved_store()).url == URL
    assert resolve_store(str(tmp_path / "cli.db"), saved=URL).path == tmp_path / "cli.db"
    monkeypatch.setenv("BACKLINE_DB", str(tmp_path / "env.db"))
    assert resolve_store(None, saved=URL).path == tmp_path / "env.db"


def test_a_url_with_a_password_is_refused_and_nothing_written() -> None:
    """A password in the URL: one line saying where it goes, without the password; no file."""
    with pytest.raises(StoreURLError) as caught:
        loc.save_store("postgresql://ann:s3cret@db.home/backline")
    message = str(caught.value)
    assert "s3cret" not in message and "\n" not in message
    assert "~/.pgpass" in message and "PGPASSWORD" in message
    assert not loc.store_choice_path().exists()


def test_a_url_backline_cannot_use_is_refused() -> None:
    """mysql://... or a URL with no database: StoreURLError, nothing saved."""
    for bad in ("mysql://ann@db/x", "postgresql://ann@db.home"):
        with pytest.raises(StoreURLError):
            loc.save_store(bad)
    assert loc.saved_store() is None


def test_saving_again_replaces_atomically_and_clear_forgets() -> None:
    """A second save replaces the first whole (no temporary file left); clear removes it."""
    loc.save_store(URL)
    loc.save_store("postgresql://bob@other/backline")
    assert loc.saved_store() == "postgresql+psycopg://bob@other/backline"
    assert [p.name for p in loc.store_choice_path().parent.iterdir()] == ["store.json"]
    assert loc.clear_saved_store() is True
    assert loc.saved_store() is None
    assert loc.clear_saved_store() is False


@pytest.mark.parametrize(
    "content", ["not json", "{}", '{"store": 3}', '{"store": "mysql://x@y/z"}', "[1]"]
)
def test_a_damaged_choice_file_is_named_not_ignored(content: str) -> None:
    """A file that is not a usable choice raises SavedStoreError naming it (never a silent
    switch to another store)."""
    path = loc.store_choice_path()
    path.parent.mkdir(parents=True)
    path.write_text(content)
    with pytest.raises(loc.SavedStoreError) as caught:
        loc.saved_store()
    assert str(path) in str(caught.value)
