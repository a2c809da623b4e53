"""Aging (INTERCHANGE §3): what is open at a date, by days overdue, per customer.

Computed in SQL. Only items that can be open at D are read: a debit or credit
whose ``settled_on`` is on or before D was closed by then, so a million-invoice
ledger costs a scan of the index and a lookup per still-open item.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from app.models import Customer, Document
from app.models import money as m
from app.services.company import load_company
from app.services.dto import AgingOverview, AgingReport, AgingRow, Bucket
from app.services.errors import ValidationError
from app.services.sql import not_closed_by, open_amount_at, open_at
from app.services.unit_of_work import UnitOfWork

DEFAULT_BOUNDS = (30, 60, 90)


def make_buckets(bounds: Sequence[int] = DEFAULT_BOUNDS) -> tuple[Bucket, ...]:
    """``(30, 60, 90)`` -> not_due, d1_30, d31_60, d61_90, d91_plus."""
    b = list(bounds)
    if not b or any(x <= 0 for x in b) or b != sorted(set(b)):
        raise ValidationError("buckets", "bucket limits must be increasing whole days above 0", code="buckets")
    out = [Bucket("not_due", None, 0)]
    low = 1
    for high in b:
        out.append(Bucket(f"d{low}_{high}", low, high))
        low = high + 1
    out.append(Bucket(f"d{low}_plus", low, None))
    return tuple(out)


DEFAULT_BUCKETS = make_buckets()


# The whole book's open items are one range of this index per direction, and it carries every
# column aging needs. SQLite's planner, from the statistics, sometimes prefers a skip-scan of the
# per-customer index for the "settled after D" range, which costs a second or more on L.
WHOLE_BOOK_INDEX = "INDEXED BY ix_documents_open"


def aging_rows(session: Session, as_of: dt.date, buckets: Sequence[Bucket] = DEFAULT_BUCKETS,
               basis: str = "due_date", customer_ids: Sequence[int] | None = None,
               ) -> dict[int, tuple[list[int], int]]:
    """customer id -> (open minor units per bucket, unapplied minor units as a negative number)."""
    if basis not in ("due_date", "invoice_date"):
        raise ValidationError("basis", "due_date or invoice_date", code="choice")
    ref = func.coalesce(Document.due_date, Document.date) if basis == "due_date" else Document.date
    # Open at D = open now + applied after D (most still-open items have nothing after D).
    open_amt = open_amount_at(as_of, 1)
    whens = []
    for k, b in enumerate(buckets):
        if b.high is not None:  # days <= high  <=>  ref >= D - high (buckets are tried in order)
            whens.append((ref >= as_of - dt.timedelta(days=b.high), k))
    bucket_of = case(*whens, else_=len(buckets) - 1) if whens else literal(0)
    out: dict[int, tuple[list[int], int]] = {}
    conn = session.connection()  # Core rows: no ORM result processing for tens of thousands of groups
    ids = None if customer_ids is None else list(customer_ids)
    for closed in not_closed_by(as_of):
        q = (select(Document.customer_id, bucket_of.label("b"), func.sum(open_amt))
             .where(open_at(as_of, 1, within=closed))
             .group_by(Document.customer_id, "b"))
        if ids is not None:
            q = q.where(Document.customer_id.in_(ids))
        else:
            q = q.with_hint(Document, WHOLE_BOOK_INDEX, "sqlite")
        for cid, b, amount in conn.execute(q):
            row = out.setdefault(cid, ([0] * len(buckets), 0))
            row[0][int(b)] += int(amount or 0)
    for closed in not_closed_by(as_of):
        uq = (select(Document.customer_id, func.sum(open_amount_at(as_of, -1)))
              .where(open_at(as_of, -1, within=closed))
              .group_by(Document.customer_id))
        if ids is not None:
            uq = uq.where(Document.customer_id.in_(ids))
        else:
            uq = uq.with_hint(Document, WHOLE_BOOK_INDEX, "sqlite")
        for cid, unapplied in conn.execute(uq):
            amounts, before = out.get(cid, ([0] * len(buckets), 0))
            out[cid] = (amounts, before - int(unapplied or 0))
    return out


def _names(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    """customer id -> (code, name): one read of the whole table when most customers are wanted."""
    cols = select(Customer.id, Customer.code, Customer.name)
    if len(ids) > 2000:
        return {cid: (code, name) for cid, code, name in session.connection().execute(cols)}
    names: dict[int, tuple[str, str]] = {}
    for i in range(0, len(ids), 900):
        for cid, code, name in session.connection().execute(cols.where(Customer.id.in_(ids[i:i + 900]))):
            names[cid] = (code, name)
    return names


def aging(uow: UnitOfWork, as_of: dt.date, bounds: Sequence[int] = DEFAULT_BOUNDS, basis: str = "due_date",
          customer_ids: Sequence[int] | None = None, include_zero: bool = False) -> AgingReport:
    """Aging as of a date: every customer with a non-zero figure, ordered by code."""
    buckets = make_buckets(bounds)
    with uow:
        s = uow.session
        currency = load_company(s).currency
        digits = uow.digits
        data = aging_rows(s, as_of, buckets, basis, customer_ids)
        if not include_zero:
            data = {cid: v for cid, v in data.items() if v[1] or any(v[0])}
        elif customer_ids is not None:
            for cid in customer_ids:
                data.setdefault(cid, ([0] * len(buckets), 0))
        names = _names(s, list(data))
    fm = m.from_minor
    zero = fm(0, digits)

    def dec(units: int) -> Decimal:
        return fm(units, digits) if units else zero

    rows = []
    totals = [0] * len(buckets)
    tu = 0
    for cid, (amounts, unapplied) in data.items():
        code, name = names[cid]
        for k, a in enumerate(amounts):
            totals[k] += a
        tu += unapplied
        rows.append(AgingRow(cid, code, name, tuple(map(dec, amounts)), dec(unapplied),
                             dec(sum(amounts) + unapplied)))
    rows.sort(key=lambda r: r.code)
    return AgingReport(as_of, currency, buckets, tuple(rows),
                       tuple(m.from_minor(t, digits) for t in totals), m.from_minor(tu, digits),
                       m.from_minor(sum(totals) + tu, digits), basis)


def overview(uow: UnitOfWork, as_of: dt.date, top: int = 10,
             bounds: Sequence[int] = DEFAULT_BOUNDS) -> AgingOverview:
    """The figures of :func:`aging` summed, with only the ``top`` largest debtors as rows.

    The same reading of the book, without a row object per customer: what a dashboard shows.
    """
    buckets = make_buckets(bounds)
    n = len(buckets)
    totals = [0] * n
    tu = 0
    owing: list[tuple[int, int]] = []  # (total, customer id) of each customer owing something
    with uow:
        s = uow.session
        currency = load_company(s).currency
        digits = uow.digits
        data = aging_rows(s, as_of, buckets)
        for cid, (amounts, unapplied) in data.items():
            for k in range(n):
                totals[k] += amounts[k]
            tu += unapplied
            t = sum(amounts) + unapplied
            if t > 0:
                owing.append((t, cid))
        # Everyone tied with the last of the top: the order among equal totals is by code.
        cut = heapq.nlargest(top, owing)[-1][0] if top > 0 and owing else None
        near = [(t, cid) for t, cid in owing if cut is not None and t >= cut]
        names = _names(s, [cid for _, cid in near])
    best = sorted(near, key=lambda x: (-x[0], names[x[1]][0]))[:top]
    rows = []
    for _t, cid in best:
        amounts, unapplied = data[cid]
        rows.append(AgingRow(cid, *names[cid], tuple(m.from_minor(a, digits) for a in amounts),
                             m.from_minor(unapplied, digits), m.from_minor(sum(amounts) + unapplied, digits)))
    return AgingOverview(as_of, currency, buckets, tuple(m.from_minor(t, digits) for t in totals),
                         m.from_minor(tu, digits), m.from_minor(sum(totals) + tu, digits), len(owing),
                         tuple(rows))


def aging_row_for(session: Session, customer_id: int, code: str, name: str, as_of: dt.date, digits: int,
                  buckets: Sequence[Bucket] = DEFAULT_BUCKETS) -> AgingRow:
    data = aging_rows(session, as_of, buckets, customer_ids=[customer_id])
    amounts, unapplied = data.get(customer_id, ([0] * len(buckets), 0))
    return AgingRow(customer_id, code, name, tuple(m.from_minor(a, digits) for a in amounts),
                    m.from_minor(unapplied, digits), m.from_minor(sum(amounts) + unapplied, digits))


def overdue_total(session: Session, as_of: dt.date) -> Decimal:
    data = aging_rows(session, as_of)
    return Decimal(sum(sum(a[1:]) for a, _ in data.values()))


# The same figures as one hand-written SQL statement: the floor the benchmark compares with.
FLOOR_SQL = """
SELECT d.customer_id,
  SUM(CASE WHEN COALESCE(d.due_date, d.date) >= :d0 THEN d.amount - COALESCE(a.applied, 0) ELSE 0 END),
  SUM(CASE WHEN COALESCE(d.due_date, d.date) BETWEEN :d30 AND :d1 THEN d.amount - COALESCE(a.applied, 0) ELSE 0 END),
  SUM(CASE WHEN COALESCE(d.due_date, d.date) BETWEEN :d60 AND :d31 THEN d.amount - COALESCE(a.applied, 0) ELSE 0 END),
  SUM(CASE WHEN COALESCE(d.due_date, d.date) BETWEEN :d90 AND :d61 THEN d.amount - COALESCE(a.applied, 0) ELSE 0 END),
  SUM(CASE WHEN COALESCE(d.due_date, d.date) <= :d91 THEN d.amount - COALESCE(a.applied, 0) ELSE 0 END)
FROM documents d
LEFT JOIN (
  SELECT x.debit_id, SUM(x.amount) AS applied FROM applications x
  WHERE x.applied_on <= :d0 AND x.undone_at IS NULL GROUP BY x.debit_id
) a ON a.debit_id = d.id
WHERE d.direction = 1 AND d.status <> 'draft' AND d.date <= :d0
  AND (d.settled_on IS NULL OR d.settled_on > :d0)
GROUP BY d.customer_id
"""


def floor_params(as_of: dt.date) -> dict[str, dt.date]:
    def back(n: int) -> dt.date:
        return as_of - dt.timedelta(days=n)

    return {"d0": as_of, "d1": back(1), "d30": back(30), "d31": back(31), "d60": back(60), "d61": back(61),
            "d90": back(90), "d91": back(91)}
