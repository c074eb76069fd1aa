"""Where Backline keeps its files. Light on purpose: imported before the window paints.

Shipped data lives in the `resources` package and is read through `importlib.resources`, so a
checkout and an installed wheel find it the same way (never by walking up from `__file__`).
The wheel is installed unzipped, so `files()` gives real paths that Qt and sqlite can open.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

APP_NAME = "Backline"
# Reverse-DNS application id: desktop file, metainfo, icons, QGuiApplication.desktopFileName.
APP_ID = "io.github.backline.Backline"


def resource_path(*parts: str) -> Path:
    """A shipped file or folder, e.g. resource_path("sounds", "rest_start.wav")."""
    return Path(str(files("resources").joinpath(*parts)))


RESOURCES_DIR = resource_path()
LIBRARY_PATH = resource_path("library.toml")
ROUTINES_PATH = resource_path("routines.toml")
PLAN_PATH = resource_path("plan.toml")
PROGRAM_PATH = resource_path("program.toml")
SOUNDS_DIR = resource_path("sounds")
ICONS_DIR = resource_path("icons")
DESKTOP_DIR = resource_path("desktop")


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The database in the user's data directory (platformdirs), e.g. ~/.local/share/Backline."""
    return data_dir() / "backline.db"


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The SQLite file --db names (it wins over BACKLINE_DB, which wins over the default).

    A value may also be a URL (core.store.location.resolve_store reads both): a `sqlite:///`
    URL gives its file; a PostgreSQL URL raises StoreURLError (a URL never becomes a folder).
    """
    from core.store.location import StoreURLError, resolve_store

    location = resolve_store(cli_value)
    if location.path is None:
        raise StoreURLError(
            f"{location.redacted()}: a PostgreSQL database, not a SQLite file; "
            "open it with core.store.location.resolve_store"
        )
    return location.path


def backup_dir_for(db_path: Path) -> Path:
    """Backups live beside the database, in a `backups` folder."""
    return db_path.parent / "backups"


def lock_path_for(db_path: Path) -> Path:
    """The writer lock's file (core.store.lock): beside the database the path resolves to, so a
    symlink to the database shares its lock."""
    real = Path(os.path.realpath(Path(db_path).expanduser().absolute()))
    return real.with_name(real.name + ".lock")


def sqlite_uri(path: Path | str, **params: str) -> str:
    """A `file:` URI for sqlite3.connect(uri=True): the absolute path percent-encoded, so a
    '#', '?' or '%' in a folder or file name stays part of the name."""
    uri = Path(os.path.abspath(path)).as_uri()
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{uri}?{query}" if query else uri
