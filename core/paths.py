"""Where Backline keeps its files. Light on purpose: imported before the window paints."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Backline"
# Shipped data (facts from the articles, sounds): resources/ beside core/ and ui/.
RESOURCES_DIR = Path(__file__).resolve().parents[1] / "resources"
LIBRARY_PATH = RESOURCES_DIR / "library.toml"
ROUTINES_PATH = RESOURCES_DIR / "routines.toml"
PLAN_PATH = RESOURCES_DIR / "plan.toml"
SOUNDS_DIR = RESOURCES_DIR / "sounds"


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The database in the user's data directory (platformdirs), e.g. ~/.local/share/Backline."""
    return data_dir() / "backline.db"


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """--db wins over BACKLINE_DB, which wins over the default location."""
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    env = os.environ.get("BACKLINE_DB")
    if env:
        return Path(env).expanduser().absolute()
    return default_db_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups live beside the database, in a `backups` folder."""
    return db_path.parent / "backups"


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")
