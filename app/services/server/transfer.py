"""Moving a company between a file and a PostgreSQL server, either way (``duebook transfer``).

The source is read in one consistent snapshot (a read transaction on SQLite,
REPEATABLE READ on PostgreSQL), so people may keep working on it meanwhile.
Tables are copied in foreign-key order with their ids, money as the stored
integer minor units (never through Decimal), in one transaction on the target;
PostgreSQL's id sequences are moved past the copied ids afterwards. Then the
copy is checked: the row count of every table, and every customer's balance and
aging (today and at the latest document date) must be the same on both sides.
If anything fails, the target is left as it was found: nothing is half-written.

The target must be empty: a new file, or a server database (schema) without a
company. This is also how a server company becomes a SQLite snapshot for a
backup (INTERCHANGE §5): ``transfer(server_url, "company.db")``.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Engine,
    column,
    func,
    insert,
    inspect,
    select,
    table,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator, TypeEngine

from app.models import Document, schema
from app.models.base import Base
from app.models.db import (
    configure_money,
    is_postgres,
    is_sqlite_url,
    make_engine,
    private_file,
    reset_sequences,
    sqlite_path,
    to_url,
)
from app.services.company import open_company, require_driver
from app.services.errors import CompanyFileError, DuebookError
from app.services.ledger.aging import aging_rows
from app.services.progress import NoProgress, Progress, check
from app.services.sql import balances

BATCH = 5000


class TransferFailed(DuebookError):
    """The copy did not match its source; the target was left as it was."""

    code = "transfer_failed"
    template = "the copy does not match the company it was made from ({detail}); nothing was kept"


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int


@dataclass(frozen=True)
class TransferReport:
    source: str  # URLs with the password hidden
    target: str
    tables: tuple[TableCopy, ...]
    rows: int
    customers: int  # customers whose balance and aging were compared
    checked_as_of: tuple[dt.date, ...]
    seconds: float


def display_url(url: str) -> str:
    """A URL fit to print: the password is hidden."""
    return make_url(url).render_as_string(hide_password=True)


def _raw_type(t: TypeEngine[Any]) -> TypeEngine[Any]:
    """Money and exact decimals as they are stored (integers, text), so values are copied untouched."""
    return t.impl_instance if isinstance(t, TypeDecorator) else t


@dataclass(frozen=True)
class _Plan:
    """How one table is copied: its columns as stored, its key order, and ids pointing forward."""

    name: str
    columns: tuple[str, ...]
    raw: Any  # a lightweight table clause with the stored column types
    order_by: tuple[str, ...]
    self_refs: tuple[int, ...]  # positions of columns referring to this same table's id
    has_serial_id: bool


def _plans() -> list[_Plan]:
    out = []
    for t in Base.metadata.sorted_tables:
        cols = [c.name for c in t.columns]
        raw = table(t.name, *[column(c.name, _raw_type(c.type)) for c in t.columns])
        pk = [c.name for c in t.primary_key.columns]
        self_refs = tuple(cols.index(fk.parent.name) for fk in t.foreign_keys if fk.column.table is t)
        serial = pk == ["id"] and t.c.id.autoincrement in (True, "auto")
        out.append(_Plan(t.name, tuple(cols), raw, tuple(pk), self_refs, serial))
    return out


def _counts(conn: Connection, plans: Sequence[_Plan]) -> dict[str, int]:
    return {p.name: int(conn.execute(select(func.count()).select_from(table(p.name))).scalar_one())
            for p in plans}


def _figures(conn: Connection) -> tuple[dict[int, tuple[Any, ...]], tuple[dt.date, ...]]:
    """Every customer's balance and aging (today and at the latest document date), as exact figures."""
    with Session(bind=conn) as s:
        latest = s.execute(select(func.max(Document.date))).scalar()
        dates = tuple(sorted({dt.date.today(), *([latest] if latest else [])}))
        out: dict[int, tuple[Any, ...]] = {cid: (bal,) for cid, bal in balances(s).items()}
        for d in dates:
            for cid, (amounts, unapplied) in aging_rows(s, d).items():
                out[cid] = (*out.get(cid, (Decimal(0),)), d, tuple(amounts), unapplied)
        return out, dates


@dataclass
class _Target:
    url: str
    engine: Engine
    created_schema: bool
    path: Path | None


def _open_source(url: str) -> Engine:
    """The source company, brought to this version's schema first as opening it anywhere would."""
    try:
        open_company(url).close()  # NotFound / CompanyFileError name the problem; an older schema is upgraded
    except CompanyFileError as exc:  # the same words, with the password hidden
        raise CompanyFileError(exc.message().replace(url, display_url(url))) from exc
    engine = make_engine(url)
    configure_money(engine)
    return engine


def _open_target(url: str, plans: Sequence[_Plan]) -> _Target:
    path = sqlite_path(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        raise CompanyFileError(f"{path} already exists; transfer only into a new file")
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        private_file(path)  # the copy of the books: the owner's only
    require_driver(url)
    engine = make_engine(url)
    try:
        created = False
        if schema.has_schema(engine):
            with engine.connect() as conn:
                busy = [p.name for p in plans
                        if conn.execute(select(text("1")).select_from(table(p.name)).limit(1)).first()]
            if busy:
                raise CompanyFileError(f"{display_url(url)} already holds a company (table {busy[0]} has rows); "
                                       "transfer only into an empty database")
            if schema.needs_upgrade(engine):
                raise CompanyFileError(f"{display_url(url)} has an empty schema of another Duebook version")
        else:
            if _has_duebook_tables(engine):
                raise CompanyFileError(f"{display_url(url)} holds part of a Duebook schema; use an empty database")
            schema.create_schema(engine)
            created = True
    except Exception:
        engine.dispose()
        if path is not None and path.exists() and path.stat().st_size == 0:
            path.unlink()
        raise
    return _Target(url, engine, created, path)


def _has_duebook_tables(engine: Engine) -> bool:
    names = set(inspect(engine).get_table_names())
    return bool(names & set(Base.metadata.tables))


def _undo_target(tgt: _Target, plans: Sequence[_Plan]) -> None:
    """Leave the target as it was found: a removed file, a dropped schema, or empty tables."""
    tgt.engine.dispose()
    if tgt.path is not None and tgt.created_schema:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(tgt.path) + suffix).unlink(missing_ok=True)
        return
    engine = make_engine(tgt.url)
    try:
        with engine.begin() as conn:
            if tgt.created_schema:
                Base.metadata.drop_all(conn)
                conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
            else:
                for p in reversed(plans):
                    conn.execute(table(p.name).delete())
    finally:
        engine.dispose()


def _rows(conn: Connection, p: _Plan, batch: int, stored: bool = False) -> Iterator[Sequence[Any]]:
    """The table's rows in key order. ``stored``: SQLite's values as stored (dates as ISO text, booleans
    as 0/1), which PostgreSQL's COPY reads as they are; otherwise Python values through the column types."""
    if stored and not is_postgres(conn):
        cols = ", ".join(f'"{c}"' for c in p.columns)
        cur = conn.exec_driver_sql(f'SELECT {cols} FROM "{p.name}" ORDER BY ' +
                                   ", ".join(f'"{k}"' for k in p.order_by))
        while part := cur.fetchmany(batch):
            yield from part
        return
    q = select(*p.raw.c).select_from(p.raw).order_by(*[p.raw.c[k] for k in p.order_by])
    result = conn.execution_options(yield_per=batch).execute(q)
    for part in result.partitions():
        yield from part


def _chunks(rows: Iterator[Sequence[Any]], size: int) -> Iterator[list[Sequence[Any]]]:
    chunk: list[Sequence[Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _sqlite_form(t: TypeEngine[Any]) -> Any:
    """How SQLAlchemy's SQLite types store a value (dates as ISO text, booleans as 0/1), or None: as is."""
    if isinstance(t, DateTime):
        return lambda v: v.isoformat(" ", "microseconds")
    if isinstance(t, Date):
        return lambda v: v.isoformat()
    if isinstance(t, Boolean):
        return int
    return None


def _sqlite_insert(dst: Connection, p: _Plan, rows: Iterator[Sequence[Any]], batch: int) -> int:
    """Rows straight into SQLite in their stored form (Core's per-row parameter processing costs more)."""
    forms = [(i, f) for i, c in enumerate(Base.metadata.tables[p.name].columns)
             if (f := _sqlite_form(c.type)) is not None]
    cols = ", ".join(f'"{c}"' for c in p.columns)
    sql = f'INSERT INTO "{p.name}" ({cols}) VALUES ({", ".join("?" * len(p.columns))})'
    driver = dst.connection.dbapi_connection
    assert driver is not None
    cur = driver.cursor()
    n = 0
    for chunk in _chunks(rows, batch):
        if forms:
            fixed = []
            for row in chunk:
                r = list(row)
                for i, f in forms:
                    if r[i] is not None:
                        r[i] = f(r[i])
                fixed.append(r)
            cur.executemany(sql, fixed)
        else:
            cur.executemany(sql, chunk)
        n += len(chunk)
    cur.close()
    return n


def _copy_table(src: Connection, dst: Connection, p: _Plan, batch: int, progress: Progress, done: int,
                total: int) -> int:
    """Copy one table; returns how many rows. Ids pointing at later rows of the same table are set after."""
    later: list[tuple[int, str, Any]] = []  # (row id, column, value) for forward self-references
    id_pos = p.columns.index("id") if "id" in p.columns else -1

    to_pg = is_postgres(dst)

    def rows() -> Iterator[Sequence[Any]]:
        for n, row in enumerate(_rows(src, p, batch, stored=to_pg), 1):
            if p.self_refs:
                row = list(row)
                for pos in p.self_refs:
                    if row[pos] is not None and row[pos] >= row[id_pos]:
                        later.append((row[id_pos], p.columns[pos], row[pos]))
                        row[pos] = None
            yield row
            if n % batch == 0:
                check(progress, done + n, total)

    if to_pg:
        from app.models.pg import copy_rows

        n = copy_rows(dst, p.name, p.columns, rows())
    elif is_sqlite_url(str(dst.engine.url)):
        n = _sqlite_insert(dst, p, rows(), batch)
    else:  # any other engine: portable Core inserts
        n = 0
        stmt = insert(p.raw)
        for chunk in _chunks(rows(), batch):
            dst.execute(stmt, [dict(zip(p.columns, row, strict=True)) for row in chunk])
            n += len(chunk)
    for row_id, col, value in later:
        dst.execute(p.raw.update().where(p.raw.c.id == row_id).values({col: value}))
    return n


@contextmanager
def _bulk_load(conn: Connection, plans: Sequence[_Plan]) -> Iterator[None]:
    """PostgreSQL: foreign keys and secondary indexes are built once after the load (see pg.bulk_load)."""
    if not is_postgres(conn):
        yield
        return
    from app.models.pg import bulk_load

    with bulk_load(conn, [p.name for p in plans]):
        yield


def _snapshot(conn: Connection) -> Connection:
    """Make ``conn``'s next transaction a consistent read of the whole company."""
    if is_postgres(conn):
        return conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    conn.info["duebook_write"] = False  # BEGIN (deferred), not BEGIN IMMEDIATE: readers never block writers
    return conn


def transfer(source: str, target: str, progress: Progress | None = None, *, batch: int = BATCH) -> TransferReport:
    """Copy the company at ``source`` (file path or URL) to the empty ``target``, then check the copy."""
    progress = progress or NoProgress()
    started = time.perf_counter()
    src_url, dst_url = to_url(source), to_url(target)
    if make_url(src_url) == make_url(dst_url):
        raise CompanyFileError("the source and the target are the same database")
    plans = _plans()
    final = sqlite_path(dst_url)
    if final is not None and final.exists() and final.stat().st_size > 0:
        raise CompanyFileError(f"{final} already exists; transfer only into a new file")
    # A new file is written under a temporary name and appears only once checked:
    # an interrupted transfer (even a killed one) never leaves a company file behind.
    work_url = dst_url if final is None else to_url(str(final) + ".partial")
    if final is not None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(final) + ".partial" + suffix).unlink(missing_ok=True)
    src_engine = _open_source(src_url)
    try:
        tgt = _open_target(work_url, plans)
        try:
            with src_engine.connect() as raw_conn:
                sconn = _snapshot(raw_conn)
                try:
                    with sconn.begin():
                        counts = _counts(sconn, plans)
                        total = sum(counts.values())
                        check(progress, 0, total)
                        done = 0
                        copied: dict[str, int] = {}
                        with tgt.engine.begin() as dconn, _bulk_load(dconn, plans):
                            for p in plans:
                                copied[p.name] = _copy_table(sconn, dconn, p, batch, progress, done, total)
                                done += copied[p.name]
                                check(progress, done, total)
                            reset_sequences(dconn, [p.name for p in plans if p.has_serial_id])
                        src_figures, dates = _figures(sconn)
                finally:
                    raw_conn.info.pop("duebook_write", None)
            configure_money(tgt.engine)
            with tgt.engine.connect() as dconn:
                _verify(counts, _counts(dconn, plans), src_figures, _figures(dconn)[0])
            if final is None:
                _vacuum_analyze(tgt.engine, plans)
        except BaseException:
            _undo_target(tgt, plans)
            raise
        tgt.engine.dispose()
        if final is not None and tgt.path is not None:
            _settle_file(tgt.path)
            tgt.path.replace(final)
    finally:
        src_engine.dispose()
    return TransferReport(display_url(src_url), display_url(dst_url),
                          tuple(TableCopy(p.name, counts[p.name]) for p in plans), sum(counts.values()),
                          counts.get("customers", 0), dates, round(time.perf_counter() - started, 3))


def _vacuum_analyze(engine: Engine, plans: list[_Plan]) -> None:
    """On a server, after the bulk load: statistics for the planner, and the visibility map that
    lets aging read applications from the index alone (otherwise only after autovacuum's turn)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for p in plans:
            conn.exec_driver_sql(f'VACUUM (ANALYZE) "{p.name}"')


def _settle_file(path: Path) -> None:
    """Fold the WAL into the file and sync it, so that renaming it moves the whole company."""
    import os
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        conn.close()
    if busy:
        raise CompanyFileError(f"{path} is in use; the copy was not finished")
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _verify(src_counts: dict[str, int], dst_counts: dict[str, int], src: dict[int, tuple[Any, ...]],
            dst: dict[int, tuple[Any, ...]]) -> None:
    for name, n in src_counts.items():
        if dst_counts.get(name) != n:
            raise TransferFailed(f"table {name}: {n} rows in the source, {dst_counts.get(name)} in the copy")
    for cid in sorted(set(src) | set(dst)):
        if src.get(cid) != dst.get(cid):
            raise TransferFailed(f"customer id {cid}: balance or aging differs")
