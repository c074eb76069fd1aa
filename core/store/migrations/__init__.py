"""Alembic migrations, shipped inside the package and applied by core.store.db.open_database.

The list below is what this version of the app knows, oldest first; the last one is the head.
It lives here, free of Alembic and SQLAlchemy imports, so start-up can compare a file's revision
cheaply. tests/core/test_db.py checks it against the scripts in versions/.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
HEAD_REVISION = KNOWN_REVISIONS[-1]
