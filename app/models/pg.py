"""PostgreSQL-only helpers (bulk loading). The rest of the code never needs to know the engine."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, text


def copy_rows(conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Append rows with ``COPY ... FROM STDIN`` inside the connection's transaction; returns how many.

    About ten times faster than INSERT for a whole company (millions of rows).
    Values are plain Python (int, str, date, datetime, bool, None): psycopg adapts them.
    """
    cols = ", ".join(f'"{c}"' for c in columns)
    driver = conn.connection.dbapi_connection
    assert driver is not None
    n = 0
    with driver.cursor() as cur, cur.copy(f'COPY "{table}" ({cols}) FROM STDIN') as cp:  # type: ignore[attr-defined]
        for row in rows:
            cp.write_row(row)
            n += 1
    return n


@contextmanager
def bulk_load(conn: Connection, tables: Sequence[str]) -> Iterator[None]:
    """Load ``tables`` without their foreign keys and secondary indexes, then rebuild and check them once.

    Checking a foreign key row by row costs more than the COPY itself; adding the
    constraint afterwards validates every row in one pass. The definitions are
    read from the catalog (not from the SQLAlchemy metadata, which must stay
    untouched), and everything happens inside the caller's transaction.
    """
    names = list(tables)
    fks = conn.execute(text(
        "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
        "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace "
        "AND c.conrelid::regclass::text = ANY(:t)"), {"t": names}).all()
    indexes = conn.execute(text(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
        "AND i.tablename = ANY(:t) AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
        "WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)"),
        {"t": names}).all()
    for table, name, _ in fks:
        conn.exec_driver_sql(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, definition in indexes:
        conn.exec_driver_sql(definition)
    for table, name, definition in fks:
        conn.exec_driver_sql(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
    conn.exec_driver_sql("ANALYZE " + ", ".join(f'"{t}"' for t in names))
