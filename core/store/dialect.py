"""What differs between SQLite and PostgreSQL in the SQL Backline writes, in one place.

Services write dialect-neutral SQLAlchemy; the few spots where the two engines differ call
these helpers instead of spelling one engine's SQL:
- `round_to(x, digits)`: PostgreSQL has round(numeric, int) only, SQLite rounds a REAL;
- `reading(conn)` / `writing(conn)`: how the next transaction on a connection begins (SQLite:
  BEGIN DEFERRED takes no lock, BEGIN IMMEDIATE the write lock; PostgreSQL: plain BEGIN);
- `temp(conn, name)`: a temporary table's qualified name (SQLite `temp.`, PostgreSQL
  `pg_temp.`);
- `assign_ids(...)`: new primary keys for staged rows, from the table's sequence on
  PostgreSQL (other clients insert meanwhile) or after the current maximum on SQLite (the
  write lock is held);
- `bulk_insert(conn, table, rows)`: executemany on SQLite, COPY on PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Float, Numeric, Table, cast, func, insert, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


def is_sqlite(bind: Any) -> bool:
    return bool(bind.dialect.name == "sqlite")


class round_to(FunctionElement[float]):  # noqa: N801 (a SQL function, named like one)
    """round(x, digits) on a float column, the same figure on both engines."""

    type = Float()
    inherit_cache = True


@compiles(round_to)
def _round(element: round_to, compiler: Any, **kw: Any) -> str:
    return f"round({compiler.process(element.clauses, **kw)})"


@compiles(round_to, "postgresql")
def _round_pg(element: round_to, compiler: Any, **kw: Any) -> str:
    value, digits = list(element.clauses)
    rounded = func.round(cast(value, Numeric), digits)
    return str(compiler.process(cast(rounded, Float), **kw))


def reading(conn: Connection) -> None:
    """The next transaction on `conn` only reads or writes temporary tables (no write lock)."""
    conn.execution_options(sqlite_begin="DEFERRED")


def writing(conn: Connection) -> None:
    """The next transaction on `conn` writes the store (SQLite: the write lock at BEGIN)."""
    conn.execution_options(sqlite_begin="IMMEDIATE")


def temp(conn: Connection, name: str) -> str:
    return f"{'temp' if is_sqlite(conn) else 'pg_temp'}.{name}"


def main(conn: Connection, name: str) -> str:
    """A store table's name, qualified on SQLite so no temporary table can shadow it."""
    return f"main.{name}" if is_sqlite(conn) else name


def assign_ids(conn: Connection, *, stage: str, key: str, new_id: str, target: str) -> None:
    """Set `stage.new_id` to fresh ids of `target` in the order of `stage.key`."""
    if is_sqlite(conn):
        conn.execute(
            text(
                f"UPDATE {temp(conn, stage)} SET {new_id} = {key} + "
                f"(SELECT coalesce(max(id), 0) FROM {main(conn, target)})"
            )
        )
        return
    conn.execute(
        text(
            f"UPDATE {temp(conn, stage)} AS s SET {new_id} = n.id FROM "
            f"(SELECT {key} AS k, nextval(pg_get_serial_sequence(:target, 'id')) AS id "
            f"FROM (SELECT {key} FROM {temp(conn, stage)} ORDER BY {key}) AS o) AS n "
            f"WHERE s.{key} = n.k"
        ),
        {"target": target},
    )


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> int:
    """Insert many rows (dicts of column values) into `table`; returns how many.

    SQLite: one executemany. PostgreSQL: COPY FROM STDIN (about five times an executemany of
    single-row INSERTs, bench/import.py), with the same values an INSERT would store: the
    columns' Python-side defaults filled in, each value through its type's bind processing
    (UTC timestamps stored naive). Runs inside the connection's transaction.
    """
    if not rows:
        return 0
    if is_sqlite(conn):
        conn.execute(insert(table), rows)
        return len(rows)
    dialect = conn.dialect
    keys: set[str] = set()
    for row in rows:
        keys.update(row)
    columns = [
        c for c in table.columns if c.name in keys or (c.default is not None and not c.primary_key)
    ]
    plan: list[tuple[str, Any, Any]] = []
    for c in columns:
        process = c.type.dialect_impl(dialect).bind_processor(dialect)
        default = c.default
        if default is None:
            fill: Any = None
        elif getattr(default, "is_callable", False):
            fill = default.arg(None)  # type: ignore[attr-defined]
        else:
            fill = getattr(default, "arg", None)
        plan.append((c.name, process, fill))
    names = ", ".join(f'"{c.name}"' for c in columns)
    raw: Any = conn.connection.dbapi_connection
    with raw.cursor() as cur, cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            values = []
            for name, process, fill in plan:
                value = row.get(name, fill)
                if process is not None and value is not None:
                    value = process(value)
                values.append(value)
            copy.write_row(values)
    return len(rows)
