"""Engines and sessions: the only module that knows SQLite from PostgreSQL.

SQLite files are opened in WAL mode with ``synchronous=FULL`` and foreign keys
on, so that a crash never loses a committed document nor keeps half of one.
"""

from __future__ import annotations

import datetime as dt
import os
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import make_url
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import Integer, String

from app.models import money

SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=10000",
    "PRAGMA cache_size=-65536",
    "PRAGMA temp_store=MEMORY",
)


def to_url(target: str | os.PathLike[str]) -> str:
    """A SQLite file path or a database URL -> a SQLAlchemy URL string."""
    s = os.fspath(target)
    if "://" in s:
        return s
    return "sqlite:///" + str(Path(s).expanduser().resolve())


def private_file(path: Path) -> Path:
    """Make ``path`` (a company file, a backup, a copy) readable by its owner only (0600), creating
    it empty when missing. SQLite gives its -wal and -shm files the same permissions."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)
    return path


def open_private(path: Path) -> Any:
    """``open(path, "wb")`` for a new file only its owner may read (0600 on POSIX)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)
    return os.fdopen(fd, "wb")


def shown(target: str) -> str:
    """A file path or URL as it may be shown or logged: never with the password."""
    if "://" not in target:
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy can read: show only the scheme
        return target.split("://", 1)[0] + "://..."


def is_sqlite_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _on_sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy manage transactions; sqlite3's own implicit BEGIN is off.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    for pragma in SQLITE_PRAGMAS:
        cur.execute(pragma)
    cur.close()


def _on_sqlite_begin(conn: Any) -> None:
    # IMMEDIATE: a writer takes the lock at BEGIN, so two writers queue
    # instead of failing half-way with "database is locked".
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("duebook_write", True) else "BEGIN")


class _SQLiteCompiler(SQLiteCompiler):
    """SQLite's compiler, rendering table hints: ``q.with_hint(T, "INDEXED BY ix_name", "sqlite")``.

    SQLAlchemy's own SQLite compiler drops them. A hint names an index only where the
    planner, led by the statistics, would otherwise pick a far slower one.
    """

    def get_from_hint_text(self, table: Any, text: str | None) -> str | None:
        return text


def make_engine(url: str, *, echo: bool = False) -> Engine:
    if is_sqlite_url(url):
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False, "timeout": 30})
        engine.dialect.statement_compiler = _SQLiteCompiler
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    else:
        engine = create_engine(url, echo=echo, pool_pre_ping=True)
        if engine.dialect.name == "postgresql":
            event.listen(engine, "connect", _on_postgres_connect)
    return engine


_PAGE_CACHED: weakref.WeakSet[Engine] = weakref.WeakSet()


def set_page_cache(engine: Engine, kib: int) -> None:
    """Give each connection of the SQLite ``engine`` a page cache of ``kib`` KiB from its next checkout
    on (the desktop program keeps a larger one than the command line). Once per engine."""
    if engine in _PAGE_CACHED:
        return

    def checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        if record.info.get("duebook_cache_kib") != kib:
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA cache_size=-{int(kib)}")  # a smaller cache frees what it held
            cur.close()
            record.info["duebook_cache_kib"] = kib

    event.listen(engine, "checkout", checkout)
    _PAGE_CACHED.add(engine)


def _on_postgres_connect(dbapi_conn: Any, _record: Any) -> None:
    # JIT compiling the aging query costs seconds and saves nothing at this size.
    autocommit = dbapi_conn.autocommit
    dbapi_conn.autocommit = True
    with dbapi_conn.cursor() as cur:
        cur.execute("SET jit = off")
    dbapi_conn.autocommit = autocommit


def set_minor_digits(engine: Engine, digits: int) -> None:
    """Fix the money scale for every Money column read or written by this engine."""
    engine.dialect.duebook_minor_digits = digits  # type: ignore[attr-defined]


def read_company_currency(engine: Engine) -> str | None:
    if not inspect(engine).has_table("company"):
        return None
    with engine.connect() as conn:
        row = conn.execute(text("SELECT currency FROM company ORDER BY id LIMIT 1")).first()
    return None if row is None else str(row[0])


def session_factory(engine: Engine) -> Callable[[], Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


def configure_money(engine: Engine) -> int:
    currency = read_company_currency(engine) or "CNY"
    digits = money.minor_digits(currency)
    set_minor_digits(engine, digits)
    return digits


# ---------------------------------------------------------------- several writers on a server
# On SQLite a writer holds the whole file from BEGIN IMMEDIATE to COMMIT, so
# writers never interleave and these helpers have nothing to do. On PostgreSQL
# writers run at once (READ COMMITTED); these make them queue where a figure
# depends on what another writer may be changing.


def is_postgres(bind: Any) -> bool:
    """True for an engine, connection or session talking to PostgreSQL."""
    if isinstance(bind, Session):
        bind = bind.get_bind()
    return bool(bind.dialect.name == "postgresql")


def lock_row(session: Session, model: Any, row_id: int) -> Any:
    """Hold one row (``SELECT ... FOR UPDATE``) until commit and return it fresh from the database.

    Every writer that changes a customer's documents locks the customer row
    first, so two payments never settle the same invoice from stale open
    amounts and a credit check sees the exposure other writers committed.
    SQLite: returns the object as loaded (the file lock already serializes).
    """
    if not is_postgres(session):
        return session.get(model, row_id)
    from sqlalchemy import select

    return session.execute(
        select(model).where(model.id == row_id).with_for_update().execution_options(populate_existing=True)
    ).scalar_one_or_none()


def serialize(session: Session, name: str) -> None:
    """One transaction at a time past this point for ``name``, until commit (PostgreSQL advisory lock).

    For an append-only chain (the audit trail) whose next entry is built from
    the last one: without it two writers would both chain to the same entry.
    """
    if is_postgres(session):
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:n))"), {"n": f"duebook:{name}"})


def lock_tables(session: Session, tables: list[str]) -> None:
    """Keep other writers out of ``tables`` until commit; readers go on (PostgreSQL ``EXCLUSIVE`` lock).

    For a bulk load that numbers its rows itself (ids from the highest one, sequences
    moved on afterwards): a posting by another bookkeeper in the meantime would take
    an id from the sequence that the load is about to use. The other writer waits for
    the commit instead. SQLite: nothing to do, ``BEGIN IMMEDIATE`` already excludes writers.
    """
    if is_postgres(session):
        session.execute(text(f"LOCK TABLE {', '.join(tables)} IN EXCLUSIVE MODE"))


def reset_sequences(conn: Any, tables: list[str]) -> None:
    """After rows were inserted with explicit ids, move each table's id sequence past the highest id.

    PostgreSQL only (SQLite's INTEGER PRIMARY KEY needs nothing).
    """
    if not is_postgres(conn):
        return
    for table in tables:
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
        if seq is None:
            continue
        conn.execute(text(f'SELECT setval(:s, COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'),
                     {"s": seq})


def after_bulk_insert(session: Session, tables: list[str]) -> None:
    """Rows were inserted with explicit ids: move PostgreSQL's id sequences past them."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in tables:
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        ))



class CodePoint(ColumnElement[str]):
    """Text compared in Unicode code-point order (see :func:`codepoint`)."""

    inherit_cache = True
    type = String()

    def __init__(self, inner: Any) -> None:
        self.inner = inner


@compiles(CodePoint)
def _codepoint_plain(element: CodePoint, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.inner, **kw))


@compiles(CodePoint, "postgresql")
def _codepoint_pg(element: CodePoint, compiler: Any, **kw: Any) -> str:
    return f'{compiler.process(element.inner, **kw)} COLLATE "C"'


def codepoint(col: Any) -> CodePoint:
    """``col`` for ORDER BY in Unicode code-point order on both engines.

    SQLite compares text as UTF-8 bytes (code-point order) already; a PostgreSQL
    database may use a linguistic collation (en_US.UTF-8, zh_CN.UTF-8), so there
    the column is compared with ``COLLATE "C"``.
    """
    return CodePoint(col)


def _sqlite_value(v: Any) -> Any:
    # The storage formats of SQLAlchemy's SQLite Date, DateTime and Boolean types.
    if isinstance(v, dt.datetime):
        return v.isoformat(" ", "microseconds")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, bool):
        return int(v)
    return v


def _sql_literal(v: Any) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(int(v))
    return "'" + str(v).replace("'", "''") + "'"


def bulk_insert(session: Session, table: str, columns: list[str], rows: list[tuple[Any, ...]],
                stored: bool = False) -> None:
    """Insert many rows of plain values (ints for money, dates, str) as fast as the engine allows.

    Used by the import, where SQLAlchemy's per-row parameter processing would
    cost more than the database itself. Runs inside the session's transaction.
    ``stored``: on SQLite the rows already hold the storage values (ISO text for
    dates and times, 0/1 for booleans), so nothing is converted.
    """
    if not rows:
        return
    conn = session.connection()
    raw = conn.connection.driver_connection
    cols = ", ".join(f'"{c}"' for c in columns)
    if conn.dialect.name == "sqlite":
        from sqlalchemy import Boolean, Date, DateTime

        from app.models.base import Base

        types = Base.metadata.tables[table].columns
        # A column with one value in every row is written into the statement once
        # instead of being bound for each row: half the cost of a wide insert.
        parts, varying = [], []
        for name, col in zip(columns, zip(*rows, strict=True), strict=True):
            kind = types[name].type
            first = col[0]
            if len(rows) > 1 and col.count(first) == len(col) and (
                    first is None or isinstance(first, int | str | dt.date)):
                parts.append(_sql_literal(_sqlite_value(first)))
                continue
            if not stored and isinstance(kind, DateTime):
                col = tuple(None if v is None else v.isoformat(" ", "microseconds") for v in col)
            elif not stored and isinstance(kind, Date):
                col = tuple(None if v is None else v.isoformat() for v in col)
            elif not stored and isinstance(kind, Boolean):
                col = tuple(None if v is None else int(v) for v in col)
            parts.append("?")
            varying.append(col)
        sql = f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join(parts)})'
        raw.cursor().executemany(sql, list(zip(*varying, strict=True)) if varying else [()] * len(rows))  # type: ignore[union-attr]
    elif conn.dialect.name == "postgresql":
        with raw.cursor() as cur, cur.copy(f'COPY "{table}" ({cols}) FROM STDIN') as copy:  # type: ignore[union-attr]
            for r in rows:
                copy.write_row(r)
    else:  # any other engine: portable, slower
        from sqlalchemy import column, insert
        from sqlalchemy import table as table_

        t = table_(table, *(column(c) for c in columns))
        conn.execute(insert(t), [dict(zip(columns, r, strict=True)) for r in rows])


@contextmanager
def indexes_rebuilt(session: Session, tables: list[str], rows_added: int) -> Iterator[None]:
    """For a large bulk load, drop the tables' secondary indexes and build them again after.

    Building an index once over sorted data is far cheaper than updating it a
    million times. Both steps run inside the caller's transaction (SQLite and
    PostgreSQL have transactional DDL), so a failed import leaves the indexes
    exactly as they were. Small loads keep the indexes.
    """
    from sqlalchemy import Index as IndexType
    from sqlalchemy import func, select
    from sqlalchemy import table as table_

    from app.models.base import Base

    existing = sum(session.execute(select(func.count()).select_from(table_(t))).scalar_one() for t in tables)
    if rows_added < 50000 or rows_added < existing:
        yield
        return
    conn = session.connection()
    dropped: list[IndexType] = []
    for t in tables:
        for ix in sorted(Base.metadata.tables[t].indexes, key=lambda i: str(i.name)):
            ix.drop(conn)
            dropped.append(ix)
    yield
    for ix in dropped:
        ix.create(conn)


class days_between(FunctionElement[int]):
    """Whole calendar days ``end - start`` for two DATE expressions, on SQLite and PostgreSQL."""

    type = Integer()
    inherit_cache = True


@compiles(days_between)
def _days_between_default(element: days_between, compiler: Any, **kw: Any) -> str:
    end, start = list(element.clauses)
    return f"({compiler.process(end, **kw)} - {compiler.process(start, **kw)})"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    end, start = list(element.clauses)
    return (f"CAST(julianday({compiler.process(end, **kw)}) - julianday({compiler.process(start, **kw)})"
            " AS INTEGER)")


class unindexed(ColumnElement[Any]):
    """A column that SQLite's planner must not search an index by (``+column``); as is elsewhere.

    For a query that reads a large part of a table grouped by customer: a covering index scan
    in customer order beats searching a narrower index and fetching every row from the table.
    """

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]  # noqa: RUF012  (SQLAlchemy's own)

    def __init__(self, column: Any) -> None:
        self.column = column
        self.type = column.type


@compiles(unindexed)
def _unindexed_default(element: unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return f"+{compiler.process(element.column, **kw)}"
