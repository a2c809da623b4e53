"""PostgreSQL-only helpers (bulk loading). The rest of the code never needs to know the engine."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection


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
