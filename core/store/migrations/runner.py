"""Run Alembic programmatically, in one transaction, on an engine core.store.db configured.

Imported only when a database is not at the current revision (Alembic costs ~0.2 s to import).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

# Alembic needs a real folder: the package is installed unzipped (zip-safe = false).
MIGRATIONS_DIR = Path(str(files("core.store.migrations")))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade_to_head(engine: Engine) -> None:
    """Upgrade in a single BEGIN IMMEDIATE transaction: all migrations land, or none do."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
