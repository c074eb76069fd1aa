"""Where the store is: a SQLite file (the embedded default) or a PostgreSQL database (shared).

`--db` and `BACKLINE_DB` take either a path (SQLite) or a SQLAlchemy URL:
`postgresql+psycopg://user@host/dbname`, `postgresql://...` (psycopg 3 is the driver either
way), `postgresql+psycopg:///dbname?host=/run/postgresql` for a Unix socket, or
`sqlite:///path`. A password is never stored or printed by Backline: it comes from libpq
(`~/.pgpass`, a service file, `PGPASSWORD`); one written into the URL is used to connect and
dropped from every text that names the store (`redacted()`, `describe()`, `storable()`).

Light on purpose (no SQLAlchemy at import): the window resolves its store before it paints.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import parse_qsl, unquote, urlsplit

from core.i18n import QT_TRANSLATE_NOOP, translate

# scheme "://": a URL; anything else (also "C:\\x", "./a:b") is a path.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
POSTGRES_DRIVER = "postgresql+psycopg"


class StoreURLError(ValueError):
    """A --db / BACKLINE_DB value that is a URL Backline cannot use; str() is one line, with no
    password in it."""


def looks_like_url(value: str | os.PathLike[str]) -> bool:
    return isinstance(value, str) and bool(_URL.match(value))


# "postgresql:/x", "postgres//x", "sqlite:x": a URL mistyped, never meant as a file name
_NEAR_URL = re.compile(r"^(postgres(ql)?|sqlite)(\+[a-z0-9]+)?(:|//)", re.IGNORECASE)
_QUERY_PASSWORD = re.compile(r"([?&])password=[^&]*&?", re.IGNORECASE)


def _strip_password(text: str) -> str:
    """`text` with any `user:password@` reduced to `user@` (everything up to the last `@` of
    the host part, as a password may hold an `@`) and any `password=` query parameter
    dropped (for messages about a URL that did not even parse)."""
    text = re.sub(r"(://[^/@:]*):[^/]*@", r"\1@", text)
    return _QUERY_PASSWORD.sub(r"\1", text).rstrip("?&")


@dataclass(frozen=True)
class StoreLocation:
    """A SQLite file (`path`) or a PostgreSQL database (`url`, password possibly inside)."""

    path: Path | None = None
    url: str | None = field(default=None, repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def dialect(self) -> str:
        return "sqlite" if self.is_sqlite else "postgresql"

    def sqlalchemy_url(self) -> Any:
        """The sqlalchemy.engine.URL to connect with (the password, if any, kept in it)."""
        from sqlalchemy.engine import URL, make_url

        if self.path is not None:
            return URL.create("sqlite", database=str(self.path))
        assert self.url is not None
        url = make_url(self.url)
        return url.set(drivername=POSTGRES_DRIVER)

    def redacted(self) -> str:
        """The store as a URL or path safe to print or save: never the password."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import URL

        url = self.sqlalchemy_url()
        # URL.set(password=None) would keep the password (None there means "unchanged").
        bare = URL.create(
            url.drivername,
            username=url.username,
            host=url.host,
            port=url.port,
            database=url.database,
            query={k: v for k, v in url.query.items() if k.lower() != "password"},
        )
        return str(bare.render_as_string(hide_password=False))

    def storable(self) -> str:
        """What a setting may keep to open this store again: the path, or the URL without its
        password (libpq supplies it)."""
        return self.redacted()

    def describe(self) -> str:
        """For a person: "SQLite file /x/backline.db", "PostgreSQL backline on db.home (ann)"."""
        if self.path is not None:
            return translate("core.store.location", "SQLite file {path}").format(path=self.path)
        url = self.sqlalchemy_url()
        host = (
            url.host
            or url.query.get("host")
            or os.environ.get("PGHOST")
            or translate("core.store.location", "local socket")
        )
        if isinstance(host, tuple):
            host = host[0]
        where = f"{host}:{url.port}" if url.port else str(host)
        user = url.username or _one(url.query.get("user")) or os.environ.get("PGUSER")
        name = (
            url.database
            or _one(url.query.get("dbname"))
            or os.environ.get("PGDATABASE")
            or user
            or "postgres"
        )
        if user:
            return translate("core.store.location", "PostgreSQL {name} on {host} ({user})").format(
                name=name, host=where, user=user
            )
        return translate("core.store.location", "PostgreSQL {name} on {host}").format(
            name=name, host=where
        )

    def __str__(self) -> str:
        return self.redacted()


def _one(value: str | tuple[str, ...] | None) -> str | None:
    """A URL query value (SQLAlchemy gives a tuple for a repeated key): its first."""
    return value[0] if isinstance(value, tuple) else value


def parse_store(value: str | os.PathLike[str]) -> StoreLocation:
    """A --db / BACKLINE_DB value as a StoreLocation. A path (anything not `scheme://`) is a
    SQLite file; `sqlite:///path` too; `postgresql[+psycopg]://...` is PostgreSQL. Raises
    StoreURLError for any other URL (naming it without a password)."""
    if not looks_like_url(value):
        return StoreLocation(path=_sqlite_file(os.fspath(value)))
    text = str(value)
    shown = _strip_password(text)
    try:
        parts = urlsplit(text)
    except ValueError:  # "postgresql://u@[::1/db": an unclosed IPv6 address
        raise StoreURLError(_unreadable_url(shown)) from None
    scheme = parts.scheme.lower()
    if parts.netloc.count("@") > 1:
        raise StoreURLError(
            translate(
                "core.store.location",
                "{url}: more than one '@' before the host (write an '@' in a name as %40, and "
                "leave the password out: {places})",
            ).format(url=shown, places=password_places())
        )
    if scheme in ("sqlite", "sqlite+pysqlite"):
        raw = unquote(text.split("://", 1)[1])
        if not raw.startswith("/") or raw in ("/", ""):
            raise StoreURLError(
                translate(
                    "core.store.location",
                    "{url}: a sqlite URL needs a file (sqlite:///path/to/file.db)",
                ).format(url=shown)
            )
        return StoreLocation(path=_sqlite_file(raw[1:]))
    if scheme not in ("postgresql", "postgres", POSTGRES_DRIVER, "postgresql+psycopg3"):
        raise StoreURLError(
            translate(
                "core.store.location",
                "{url}: not a database Backline can use (a SQLite path, or "
                "postgresql+psycopg://user@host/dbname)",
            ).format(url=shown)
        )
    query = dict(parse_qsl(parts.query))
    if not (parts.path.strip("/") or query.get("dbname")):
        raise StoreURLError(
            translate(
                "core.store.location", "{url}: the URL names no database (…/dbname at its end)"
            ).format(url=shown)
        )
    rest = text.split("://", 1)[1]
    location = StoreLocation(url=f"{POSTGRES_DRIVER}://{rest}")
    try:
        location.sqlalchemy_url()  # its own message would quote the URL, password and all
    except ValueError:
        raise StoreURLError(_unreadable_url(shown)) from None
    return location


def _unreadable_url(shown: str) -> str:
    return translate("core.store.location", "{url}: not a URL SQLAlchemy can read").format(
        url=shown
    )


def _sqlite_file(text: str) -> Path:
    """A SQLite file's path from a --db / BACKLINE_DB value; StoreURLError for one that is
    surely a typo rather than a file name (never a stray database made from it)."""
    if text != text.strip():
        raise StoreURLError(
            translate(
                "core.store.location", "{name}: spaces at the start or end of a database's name"
            ).format(name=repr(text))
        )
    if text == ":memory:":
        raise StoreURLError(
            translate(
                "core.store.location", ":memory:: the log must be kept in a file (give a path)"
            )
        )
    if _NEAR_URL.match(text):
        raise StoreURLError(
            translate(
                "core.store.location",
                "{url}: looks like a mistyped URL "
                "(postgresql+psycopg://user@host/dbname, or sqlite:///path/to/file.db)",
            ).format(url=_strip_password(text))
        )
    return Path(text).expanduser().absolute()


def resolve_store(
    cli_value: str | os.PathLike[str] | None = None, *, saved: str | None = None
) -> StoreLocation:
    """--db wins over BACKLINE_DB, which wins over `saved` (the person's "use the shared
    database" choice, a storable() text), which wins over the default SQLite file."""
    if cli_value:
        return parse_store(cli_value)
    env = os.environ.get("BACKLINE_DB")
    if env:
        return parse_store(env)
    if saved:
        return parse_store(saved)
    return local_store()


def chosen_store(cli_value: str | os.PathLike[str] | None = None) -> StoreLocation:
    """The store a command or the window opens: --db, BACKLINE_DB, the person's saved choice
    ("use the shared database"), else the local file. The saved file is read only when neither
    --db nor BACKLINE_DB says otherwise; SavedStoreError when it is damaged."""
    if cli_value or os.environ.get("BACKLINE_DB"):
        return resolve_store(cli_value)
    return resolve_store(None, saved=saved_store())


def local_store() -> StoreLocation:
    """The default SQLite file in the data directory: what a person may choose instead when
    the shared server cannot be reached (never used without asking)."""
    from core.paths import default_db_path

    return StoreLocation(path=default_db_path())


# -- the person's saved choice ("use the shared database") -------------------------------------
#
# Kept in a small file in Backline's config folder, not in the database: it chooses which
# database to open. Only a storable() text is written (never a password).

STORE_CHOICE_NAME = "store.json"
# Where libpq finds a password. Marked for the catalogue; password_places() says it in the
# language in use.
PASSWORD_PLACES = QT_TRANSLATE_NOOP(
    "core.store.location", "~/.pgpass, a libpq service file or PGPASSWORD"
)


def password_places() -> str:
    """PASSWORD_PLACES in the language in use."""
    return translate("core.store.location", PASSWORD_PLACES)


class SavedStoreError(StoreURLError):
    """The saved choice cannot be read or used; str() names the file, in one line."""


def store_choice_path() -> Path:
    """The file that holds the saved choice, e.g. ~/.config/Backline/store.json."""
    import platformdirs

    from core.paths import APP_NAME

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / STORE_CHOICE_NAME


def has_password(location: StoreLocation) -> bool:
    """Whether a PostgreSQL URL carries a password, before the host or as a `password=`
    parameter (a SQLite path never does)."""
    if location.url is None:
        return False
    url = location.sqlalchemy_url()
    return url.password is not None or any(k.lower() == "password" for k in url.query)


def saved_store() -> str | None:
    """The saved store (a URL without password, or a path), or None when nothing is saved.
    SavedStoreError when the file is there but unreadable or not Backline's."""
    import json

    path = store_choice_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or translate(
            "core.store.location", "not UTF-8 text"
        )
        raise SavedStoreError(
            translate(
                "core.store.location", "{path}: the saved database choice cannot be read ({reason})"
            ).format(path=path, reason=reason)
        ) from None
    try:
        data = json.loads(raw)
        value = data["store"]
    except (ValueError, TypeError, KeyError):
        value = None
    if not isinstance(value, str) or not value.strip():
        raise SavedStoreError(
            translate(
                "core.store.location",
                "{path}: not a saved database choice (delete the file to use the local database)",
            ).format(path=path)
        )
    try:
        parse_store(value)
    except StoreURLError as exc:
        raise SavedStoreError(f"{path}: {exc}") from None
    return value


def save_store(value: str) -> StoreLocation:
    """Save `value` (a PostgreSQL URL or a SQLite path) as the store to open from the next start
    on; returns it parsed. StoreURLError (nothing written) for a URL Backline cannot use or one
    with a password in it; OutputError when the file cannot be written. Written atomically
    (a temporary file renamed over the old one)."""
    import json

    from core.store.outputs import write_text_file

    location = parse_store(value.strip())
    if has_password(location):
        raise StoreURLError(
            translate(
                "core.store.location",
                "{url}: leave the password out of the URL; put it in {places}",
            ).format(url=location.redacted(), places=password_places())
        )
    path = store_choice_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"store": location.storable()}, indent=2) + "\n"

    def write(fh: TextIO) -> None:
        fh.write(text)

    write_text_file(path, write, force=True)
    return location


def clear_saved_store() -> bool:
    """Forget the saved choice (the local database is used from the next start on); whether
    there was one."""
    path = store_choice_path()
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
