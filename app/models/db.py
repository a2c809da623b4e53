"""Engines and sessions: the only module that knows SQLite from PostgreSQL.

SQLite files are opened in WAL mode with ``synchronous=FULL`` and foreign keys
on, so that a crash never loses a committed document nor keeps half of one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

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


def make_engine(url: str, *, echo: bool = False) -> Engine:
    if is_sqlite_url(url):
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    else:
        engine = create_engine(url, echo=echo, pool_pre_ping=True)
    return engine


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
