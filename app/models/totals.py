"""Stored per-customer totals of the ledger, so one customer's figures do not grow with its history.

``customer_totals`` holds, per customer with any document: how many documents it has (drafts
included), how many of them are drafts, and the sum of the debits and of the credits that count
in the balance (every status but draft; a voided document and its void both count). The
ledger's page, its totals line and the balance read this one row instead of summing every
document of the customer (67,268 of them for the busiest customer of data set L).

They are kept in the same transaction as the documents:

- every flush of an ORM session that inserts, changes or deletes a :class:`Document` adds the
  difference to the customer's row (an ``after_flush`` listener below: no posting path can
  forget it: post, draft, void, delete draft, refund, orders invoiced, the bank's payments,
  dunning charges, ...). Applications change open amounts only, never these totals;
- writers that change documents with bulk SQL instead of ORM objects add their own
  difference (:func:`add_deltas`: the import) or recompute the customers they touched
  (:func:`refresh`: the merge of two customers);
- migration 0011_totals computes every row of an existing file; a new file starts empty.

A customer without a row has no document. The figures are integers of minor units.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Integer,
    Table,
    bindparam,
    case,
    delete,
    event,
    func,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.orm.attributes import get_history
from sqlalchemy.orm.base import PassiveFlag

from app.models.base import Base
from app.models.ledger import DRAFT, Document
from app.models.money import to_minor
from app.models.types import dialect_digits


class CustomerTotals(Base):
    __tablename__ = "customer_totals"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    documents: Mapped[int] = mapped_column(Integer, default=0)
    drafts: Mapped[int] = mapped_column(Integer, default=0)
    # minor units, as the Money columns store them; read through app.services.ledger.postings
    debit: Mapped[int] = mapped_column(BigInteger, default=0)
    credit: Mapped[int] = mapped_column(BigInteger, default=0)


TABLE = cast(Table, CustomerTotals.__table__)
Delta = tuple[int, int, int, int]  # documents, drafts, debit, credit (minor units)
FIELDS = ("documents", "drafts", "debit", "credit")


def contribution(status: str, direction: int, amount_minor: int) -> Delta:
    """What one document adds to its customer's totals."""
    if status == DRAFT:
        return (1, 1, 0, 0)
    return (1, 0, amount_minor if direction == 1 else 0, amount_minor if direction == -1 else 0)


def _add(into: dict[int, list[int]], cid: int, d: Delta, sign: int) -> None:
    row = into.setdefault(cid, [0, 0, 0, 0])
    for i in range(4):
        row[i] += sign * d[i]


def add_deltas(session: Session, deltas: Mapping[int, Iterable[int]]) -> None:
    """Add (documents, drafts, debit, credit) to each customer's row, making the rows that are missing.

    Two statements run once each for many rows (executemany), so the import of 20,000 customers adds
    its totals in one step, not one round trip per customer.
    """
    conn = session.connection()
    t = TABLE
    rows = {cid: tuple(d) for cid, d in deltas.items()}
    rows = {cid: d for cid, d in rows.items() if any(d)}
    if not rows:
        return
    ids = sorted(rows)
    have: set[int] = set()
    for i in range(0, len(ids), 5000):
        have.update(conn.execute(select(t.c.customer_id).where(t.c.customer_id.in_(ids[i:i + 5000]))).scalars())
    old = [{"cid": cid, **{f"d_{f}": v for f, v in zip(FIELDS, rows[cid], strict=True)}} for cid in ids if cid in have]
    new = [{"customer_id": cid, **dict(zip(FIELDS, rows[cid], strict=True))} for cid in ids if cid not in have]
    if old:
        conn.execute(update(t).where(t.c.customer_id == bindparam("cid")).values(
            {f: type_coerce(t.c[f], BigInteger) + bindparam(f"d_{f}", type_=BigInteger) for f in FIELDS}), old)
    if new:
        conn.execute(insert(t), new)


def computed(customer_ids: Iterable[int] | None = None) -> Any:
    """SELECT customer_id, documents, drafts, debit, credit computed from the documents themselves."""
    amount = type_coerce(Document.amount, BigInteger)
    counted = Document.status != DRAFT
    q = select(
        Document.customer_id,
        func.count(),
        func.coalesce(func.sum(case((Document.status == DRAFT, 1), else_=0)), 0),
        func.coalesce(func.sum(case((counted & (Document.direction == 1), amount), else_=0)), 0),
        func.coalesce(func.sum(case((counted & (Document.direction == -1), amount), else_=0)), 0),
    )
    if customer_ids is not None:
        q = q.where(Document.customer_id.in_(list(customer_ids)))
    return q.group_by(Document.customer_id)


def refresh(session: Session, customer_ids: Iterable[int] | None = None) -> None:
    """Recompute the rows of ``customer_ids`` (every customer with None) from their documents."""
    conn = session.connection()
    t = TABLE
    ids = None if customer_ids is None else sorted(set(customer_ids))
    if ids == []:
        return
    conn.execute(delete(t) if ids is None else delete(t).where(t.c.customer_id.in_(ids)))
    conn.execute(insert(t).from_select(["customer_id", *FIELDS], computed(ids)))


def _values(obj: Document, old: bool) -> tuple[int, str, int, Any] | None:
    """(customer_id, status, direction, amount) before (``old``) or after the flush; None if unknown."""
    out = []
    for name in ("customer_id", "status", "direction", "amount"):
        h = get_history(obj, name, passive=PassiveFlag.PASSIVE_NO_INITIALIZE)
        if old:
            vals = list(h.deleted) if h.deleted else list(h.unchanged)
            if not vals and h.added:
                return None  # changed without its old value loaded
        else:
            vals = list(h.added) if h.added else list(h.unchanged)
        if not vals or vals[0] is None:
            return None
        out.append(vals[0])
    return out[0], out[1], out[2], out[3]


def _changed(obj: Document) -> bool:
    return any(get_history(obj, n, passive=PassiveFlag.PASSIVE_NO_INITIALIZE).has_changes() for n in ("customer_id", "status", "direction",
                                                                         "amount"))


@event.listens_for(Session, "after_flush")
def _keep_totals(session: Session, _context: object) -> None:
    """Every flush that inserts, changes or deletes documents adds the difference (see the module)."""
    digits = dialect_digits(session.get_bind().dialect)
    deltas: dict[int, list[int]] = {}
    recompute: set[int] = set()
    everything = False

    def value(obj: Document, old: bool, sign: int) -> None:
        nonlocal everything
        v = _values(obj, old)
        if v is None:
            cid = obj.__dict__.get("customer_id")
            if cid is None:
                everything = True
            else:
                recompute.add(cid)
            return
        cid, status, direction, amount = v
        _add(deltas, cid, contribution(status, direction, to_minor(amount, digits)), sign)

    for obj in session.new:
        if isinstance(obj, Document):
            value(obj, False, 1)
    for obj in session.dirty:
        if isinstance(obj, Document) and _changed(obj):
            value(obj, True, -1)
            value(obj, False, 1)
    for obj in session.deleted:
        if isinstance(obj, Document):
            value(obj, True, -1)
    if everything:
        refresh(session)
        return
    if deltas:
        add_deltas(session, {cid: d for cid, d in deltas.items() if cid not in recompute})
    if recompute:
        refresh(session, recompute)
