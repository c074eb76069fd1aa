"""--db / BACKLINE_DB values that are typos, hostile or carry a password: each is refused in one
line that never shows the password, and no stray SQLite file is made from it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.cli import EXIT_USAGE, main
from core.store import location as loc
from core.store.location import StoreURLError, parse_store


@pytest.mark.parametrize(
    "value",
    [
        "postgresql:/bl?host=/tmp/x",  # one slash short
        "postgresql+psycopg:bl",
        "postgresql//qa@/bl",  # the colon missing
        "POSTGRES:bl",
        "sqlite:x.db",
        " postgresql://qa@/bl",  # pasted with a space
        "x.db ",
        ":memory:",
        "sqlite:///:memory:",
        "postgresql://bob:secret@[::1/blp",  # an unclosed IPv6 address
        "postgresql://bob:s@cret@/blp",  # an '@' in the password, unencoded
    ],
)
def test_a_mistyped_or_broken_value_is_refused_without_its_password(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The value is refused (StoreURLError, and the CLI's usage exit with one line), never
    becomes a database file in the working folder, and no password is in the message."""
    with pytest.raises(StoreURLError) as caught:
        parse_store(value)
    assert "secret" not in str(caught.value) and "cret" not in str(caught.value)
    monkeypatch.chdir(tmp_path)
    assert main(["--db", value, "library"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "secret" not in err
    assert os.listdir(tmp_path) == []


def test_a_password_given_as_a_query_parameter_is_never_shown_or_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`?password=` is a password too: left out of every text that names the store, and a URL
    with it cannot be saved as the shared choice."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    where = parse_store("postgresql:///blp?host=/tmp/s&user=bob&password=secret")
    for text in (where.redacted(), where.storable(), where.describe(), str(where)):
        assert "secret" not in text and "password" not in text
    assert loc.has_password(where)
    with pytest.raises(StoreURLError, match="password"):
        loc.save_store("postgresql:///blp?host=/tmp/s&password=secret")
    assert not loc.store_choice_path().exists()


def test_a_bad_environment_value_or_saved_choice_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """BACKLINE_DB naming another engine, BACKLINE_DB of spaces, and a damaged saved choice
    each say what is wrong and where (one line, usage exit), never a traceback."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("BACKLINE_DB", "mysql://u:secret@x/y")
    assert main(["library"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("backline: BACKLINE_DB: mysql://u@x/y") and "secret" not in err
    monkeypatch.setenv("BACKLINE_DB", "  ")
    assert main(["library"]) == EXIT_USAGE
    assert "BACKLINE_DB: only spaces" in capsys.readouterr().err
    monkeypatch.delenv("BACKLINE_DB")
    loc.store_choice_path().parent.mkdir(parents=True)
    loc.store_choice_path().write_text('{"store": 5}')
    assert main(["library"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "saved database choice" in err and "store.json" in err
    assert len(err.strip().splitlines()) == 1


def test_the_description_names_the_database_and_user_given_as_parameters() -> None:
    """`?dbname=` and `?user=` are the database and the user as much as `/db` and `user@`:
    the line that says which store is in use names them."""
    where = parse_store("postgresql:///?dbname=bl&host=/tmp/sock&user=qa")
    assert where.describe() == "PostgreSQL bl on /tmp/sock (qa)"
