"""Alembic environment: uses the connection core.store.migrations.runner hands over.

For developers, `alembic -c <ini with script_location=core/migrations> revision --autogenerate`
also works against a throwaway file given with `-x db=PATH`.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from core.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        transactional_ddl=True,
        render_as_batch=True,  # SQLite can only ALTER through table copies
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    db = context.get_x_argument(as_dictionary=True).get("db", "dev.db")
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        _run(conn)
