"""A SQLite company file opened with the standard library, for a balance or the aging in a blink.

``open_quick(target)`` returns a :class:`QuickBook` only when the ordinary open
(app.services.company.open_company and the command line's login) would do nothing but open:
the target is a SQLite file (not a URL) that exists, its lock file is absent or empty (closed
properly and not open in another Duebook right now: the ordinary open checks a file left by a
crash, and waits its turn behind a writer), its schema is at the head revision (read from the
migration files, as app.models.schema does, without loading Alembic), it holds a company, and
users are off (no login). Anything else gives None and the command takes the ordinary path.

The book is read in one deferred transaction (a consistent snapshot that never blocks a writer,
like ReadUnitOfWork) on a connection that cannot write (``PRAGMA query_only``). Money comes back
as integer minor units; :meth:`QuickBook.money` writes them as JSON carries money.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app.services.errors import NotFound

VERSIONS = Path(__file__).resolve().parents[2] / "models" / "migrations" / "versions"

# app.models.money: ISO 4217 minor digits; anything not listed has two (a test keeps them equal).
MINOR_DIGITS = {
    "BHD": 3, "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "IQD": 3, "ISK": 0, "JOD": 3, "JPY": 0,
    "KMF": 0, "KRW": 0, "KWD": 3, "LYD": 3, "OMR": 3, "PYG": 0, "RWF": 0, "TND": 3, "UGX": 0,
    "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
}

USERS_ENABLED_KEY = "users.enabled"  # app.services.users.ENABLED_KEY
DRAFT = "draft"  # app.models.ledger.DRAFT
DEFAULT_BOUNDS = (30, 60, 90)  # app.services.ledger.aging.DEFAULT_BOUNDS
WHOLE_BOOK_INDEX = "INDEXED BY ix_documents_open"  # app.services.ledger.aging.WHOLE_BOOK_INDEX
PRAGMAS = ("PRAGMA query_only=ON", "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY")


def minor_digits(currency: str) -> int:
    return MINOR_DIGITS.get(currency.upper(), 2)


def head_revision() -> str | None:
    """The head of the migration files (app.models.schema.head_revision); None unless exactly one."""
    revs: dict[str, str | None] = {}
    for p in VERSIONS.glob("*.py"):
        src = p.read_text(encoding="utf-8")
        rev = re.search(r"^revision = ['\"](\w+)['\"]", src, re.M)
        down = re.search(r"^down_revision = (?:['\"](\w+)['\"]|None)", src, re.M)
        if rev:
            revs[rev.group(1)] = down.group(1) if down else None
    heads = set(revs) - {d for d in revs.values() if d}
    return heads.pop() if len(heads) == 1 else None


def bucket_keys(bounds: tuple[int, ...] = DEFAULT_BOUNDS) -> tuple[tuple[str, int | None], ...]:
    """(key, highest days overdue) of each bucket, as app.services.ledger.aging.make_buckets names them."""
    out: list[tuple[str, int | None]] = [("not_due", 0)]
    low = 1
    for high in bounds:
        out.append((f"d{low}_{high}", high))
        low = high + 1
    out.append((f"d{low}_plus", None))
    return tuple(out)


@dataclass(frozen=True)
class QuickAgingRow:
    code: str
    name: str
    amounts: tuple[int, ...]  # minor units per bucket
    unapplied: int  # minor units, negative
    total: int


@dataclass(frozen=True)
class QuickAging:
    """The figures of app.services.ledger.aging.aging, in minor units: customers with a figure, by code."""

    as_of: dt.date
    currency: str
    keys: tuple[str, ...]
    rows: tuple[QuickAgingRow, ...]
    totals: tuple[int, ...]
    total_unapplied: int
    total: int


class QuickBook:
    """An open company file for reading; :func:`open_quick` makes one."""

    def __init__(self, path: Path, con: sqlite3.Connection, currency: str) -> None:
        self.path = path
        self.con = con
        self.currency = currency
        self.digits = minor_digits(currency)

    def close(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        finally:
            self.con.close()

    def money(self, units: int) -> str:
        """Minor units as a decimal string with the currency's digits (app.models.money.format_plain)."""
        return f"{Decimal(int(units)).scaleb(-self.digits):.{self.digits}f}"

    def customer_id(self, code: str) -> int:
        row = self.con.execute("SELECT id FROM customers WHERE code = ?", (code,)).fetchone()
        if row is None:
            raise NotFound("customer", code)
        return int(row[0])

    def balance(self, code: str, as_of: dt.date | None = None) -> int:
        """app.services.ledger.postings.balance (app.services.sql.balance_of): debits minus credits dated by D.

        When nothing is dated after D, the customer's open items answer (ix_documents_customer_open);
        otherwise every document of the customer dated by D is summed (ix_documents_customer_date).
        """
        cid = self.customer_id(code)
        later = as_of is not None and self.con.execute(
            "SELECT id FROM documents WHERE date > ? LIMIT 1", (as_of.isoformat(),)).fetchone() is not None
        if not later:
            row = self.con.execute(
                "SELECT COALESCE(SUM(direction * open_amount), 0) FROM documents "
                "WHERE customer_id = ? AND settled_on IS NULL AND status != ?", (cid, DRAFT)).fetchone()
        else:
            assert as_of is not None
            row = self.con.execute(
                "SELECT COALESCE(SUM(direction * amount), 0) FROM documents "
                "WHERE customer_id = ? AND status != ? AND date <= ?", (cid, DRAFT, as_of.isoformat())).fetchone()
        return int(row[0])

    def aging(self, as_of: dt.date, basis: str = "due_date") -> QuickAging:
        """app.services.ledger.aging.aging with the default buckets: every customer with a figure, by code."""
        if basis not in ("due_date", "invoice_date"):
            raise ValueError(basis)
        buckets = bucket_keys()
        n = len(buckets)
        ref = "COALESCE(d.due_date, d.date)" if basis == "due_date" else "d.date"
        params: dict[str, object] = {"d": as_of.isoformat(), "draft": DRAFT}
        whens = []
        for k, (_key, high) in enumerate(buckets):
            if high is not None:  # days <= high  <=>  ref >= D - high (tried in order)
                params[f"w{k}"] = (as_of - dt.timedelta(days=high)).isoformat()
                whens.append(f"WHEN {ref} >= :w{k} THEN {k}")
        bucket = f"CASE {' '.join(whens)} ELSE {n - 1} END"

        def applied_after(col: str) -> str:
            return ("(SELECT COALESCE(SUM(a.amount), 0) FROM applications AS a "
                    f"WHERE a.{col} = d.id AND a.applied_on > :d AND a.undone_at IS NULL)")

        data: dict[int, tuple[list[int], int]] = {}
        for closed in ("d.settled_on IS NULL", "d.settled_on > :d"):
            sql = (f"SELECT d.customer_id, {bucket} AS b, SUM(d.open_amount + {applied_after('debit_id')}) "
                   f"FROM documents AS d {WHOLE_BOOK_INDEX} "
                   f"WHERE d.direction = 1 AND {closed} AND d.date <= :d AND d.status != :draft "
                   "GROUP BY d.customer_id, b")
            for cid, b, amount in self.con.execute(sql, params):
                row = data.setdefault(cid, ([0] * n, 0))
                row[0][int(b)] += int(amount or 0)
        for closed in ("d.settled_on IS NULL", "d.settled_on > :d"):
            sql = (f"SELECT d.customer_id, SUM(d.open_amount + {applied_after('credit_id')}) "
                   f"FROM documents AS d {WHOLE_BOOK_INDEX} "
                   f"WHERE d.direction = -1 AND {closed} AND d.date <= :d AND d.status != :draft "
                   "GROUP BY d.customer_id")
            for cid, unapplied in self.con.execute(sql, params):
                amounts, before = data.get(cid, ([0] * n, 0))
                data[cid] = (amounts, before - int(unapplied or 0))
        data = {cid: v for cid, v in data.items() if v[1] or any(v[0])}
        names = self._names(list(data))
        rows = []
        totals = [0] * n
        tu = 0
        for cid, (amounts, unapplied) in data.items():
            code, name = names[cid]
            for k, a in enumerate(amounts):
                totals[k] += a
            tu += unapplied
            rows.append(QuickAgingRow(code, name, tuple(amounts), unapplied, sum(amounts) + unapplied))
        rows.sort(key=lambda r: r.code)
        return QuickAging(as_of, self.currency, tuple(k for k, _ in buckets), tuple(rows), tuple(totals), tu,
                          sum(totals) + tu)

    def _names(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        if len(ids) > 2000:
            return {cid: (code, name) for cid, code, name in self.con.execute("SELECT id, code, name FROM customers")}
        names: dict[int, tuple[str, str]] = {}
        for i in range(0, len(ids), 900):
            part = ids[i:i + 900]
            sql = f"SELECT id, code, name FROM customers WHERE id IN ({', '.join('?' * len(part))})"
            for cid, code, name in self.con.execute(sql, part):
                names[cid] = (code, name)
        return names


def open_quick(target: str) -> QuickBook | None:
    """The company file ``target`` opened for reading, or None when the ordinary open is needed."""
    if "://" in target:
        return None  # a server (or a URL): the ordinary path
    path = Path(target).expanduser().resolve()
    lock = path.with_name(path.name + ".lock")
    try:
        if not path.is_file() or (lock.exists() and lock.stat().st_size > 0):
            return None  # missing (the ordinary open says so), open elsewhere now, or left by a crash
    except OSError:
        return None
    head = head_revision()
    if head is None:
        return None
    try:
        con = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        for pragma in PRAGMAS:
            con.execute(pragma)
        con.execute("BEGIN")
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        company = con.execute("SELECT currency FROM company ORDER BY id LIMIT 1").fetchone()
        users = con.execute("SELECT value FROM settings WHERE key = ?", (USERS_ENABLED_KEY,)).fetchone()
    except sqlite3.Error:  # not a company file, or an older one: the ordinary open explains or upgrades
        con.close()
        return None
    if version is None or version[0] != head or company is None or _users_on(users):
        con.execute("ROLLBACK")
        con.close()
        return None
    return QuickBook(path, con, str(company[0]))


def _users_on(row: tuple[str] | None) -> bool:
    """app.services.users.users_enabled_in: a JSON true under ``users.enabled``; unreadable is off."""
    if row is None:
        return False
    try:
        return bool(row[0] and json.loads(row[0]))
    except ValueError:
        return False
