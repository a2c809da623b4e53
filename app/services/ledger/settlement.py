"""How credits settle debits (INTERCHANGE §2), in one place for posting and import.

A credit (payment, credit note, write-off) naming an invoice goes to that
invoice up to its open amount; one naming none goes to the customer's open
debits issued on or before its date, oldest first by due date, issue date and
number (code-point order). A remainder stays unapplied. An application takes
effect on the later of the credit's and the debit's dates.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Application, Document
from app.models.ledger import POSTED

ZERO = Decimal(0)
CREDIT_ORDER = {"payment": 0, "credit_note": 1, "write_off": 2}


@dataclass(slots=True)
class OpenDebit:
    """A debit's state while credits are being allocated.

    ``open`` is a Decimal when posting, or integer minor units in a bulk import:
    allocation only compares and subtracts, so both work exactly.
    """

    id: int
    number: str
    date: dt.date
    due_date: dt.date
    open: Any
    last_applied: dt.date | None = None

    @property
    def key(self) -> tuple[dt.date, dt.date, str]:
        return (self.due_date, self.date, self.number)


@dataclass(slots=True)
class Allocation:
    debit: OpenDebit
    amount: Any
    applied_on: dt.date


def allocate(credit_date: dt.date, amount: Any, target: OpenDebit | None,
             candidates: Iterable[OpenDebit]) -> list[Allocation]:
    """Where ``amount`` goes. Updates the debits' open amounts; returns the allocations."""
    out: list[Allocation] = []
    remaining = amount
    if target is not None:
        take = min(remaining, target.open)
        if take > 0:
            out.append(make_allocation(target, take, max(credit_date, target.date)))
        return out
    for d in candidates:
        if remaining <= 0:
            break
        if d.open <= 0 or d.date > credit_date:
            continue
        take = min(remaining, d.open)
        out.append(make_allocation(d, take, credit_date))
        remaining -= take
    return out


def make_allocation(d: OpenDebit, amount: Any, on: dt.date) -> Allocation:
    d.open -= amount
    if d.last_applied is None or on > d.last_applied:
        d.last_applied = on
    return Allocation(d, amount, on)


@dataclass
class CustomerBook:
    """Open debits of one customer during a batch, in a heap ordered oldest first.

    Credits are processed in date order, so debits become available as the
    date advances. A debit closed by a linked credit stays in the heap until it
    reaches the top, where it is dropped: each allocation costs O(log n) however
    long the customer's history.
    """

    pending: list[OpenDebit] = field(default_factory=list)  # not yet issued at the current date
    heap: list[tuple[tuple[dt.date, dt.date, str], int, OpenDebit]] = field(default_factory=list)
    _sorted_pending: bool = False
    _seq: int = 0

    def add(self, d: OpenDebit) -> None:
        self.pending.append(d)
        self._sorted_pending = False

    def advance(self, day: dt.date) -> None:
        """Make every debit issued on or before ``day`` available for oldest-first allocation."""
        if not self.pending:
            return
        if not self._sorted_pending:
            self.pending.sort(key=lambda d: d.date, reverse=True)
            self._sorted_pending = True
        while self.pending and self.pending[-1].date <= day:
            d = self.pending.pop()
            if d.open > 0:
                self._seq += 1
                heapq.heappush(self.heap, (d.key, self._seq, d))

    def allocate_oldest_first(self, credit_date: dt.date, amount: Any) -> list[Allocation]:
        """INTERCHANGE §2 for a credit naming no invoice (call ``advance(credit_date)`` first)."""
        out: list[Allocation] = []
        remaining = amount
        heap = self.heap
        while remaining > 0 and heap:
            d = heap[0][2]
            if d.open <= 0:
                heapq.heappop(heap)
                continue
            take = min(remaining, d.open)
            out.append(make_allocation(d, take, credit_date))
            remaining -= take
            if d.open <= 0:
                heapq.heappop(heap)
        return out


def open_debits_for(session: Session, customer_id: int, on_or_before: dt.date | None = None) -> list[OpenDebit]:
    """The customer's open posted debits, oldest first (sorted in Python: code-point order)."""
    q = select(Document.id, Document.number, Document.date, Document.due_date, Document.open_amount).where(
        Document.customer_id == customer_id, Document.direction == 1, Document.status == POSTED,
        Document.open_amount > 0,
    )
    if on_or_before is not None:
        q = q.where(Document.date <= on_or_before)
    rows = [OpenDebit(i, n, d, due or d, o) for i, n, d, due, o in session.execute(q)]
    rows.sort(key=lambda d: d.key)
    return rows


def last_applied_on(session: Session, document_id: int, as_credit: bool) -> dt.date | None:
    col = Application.credit_id if as_credit else Application.debit_id
    return session.execute(
        select(func.max(Application.applied_on)).where(col == document_id, Application.undone_at.is_(None))
    ).scalar()


def record_applications(session: Session, credit: Document, allocations: list[Allocation], user: str) -> None:
    """Write allocations of one credit and keep open amounts and settle dates in step."""
    if not allocations:
        return
    total = ZERO
    for a in allocations:
        session.add(Application(credit_id=credit.id, debit_id=a.debit.id, amount=a.amount,
                                applied_on=a.applied_on, created_by=user))
        debit = session.get(Document, a.debit.id)
        assert debit is not None
        debit.open_amount = debit.open_amount - a.amount
        if debit.open_amount == 0:
            prev = last_applied_on(session, debit.id, as_credit=False)
            debit.settled_on = max(x for x in (prev, a.applied_on) if x is not None)
        total += a.amount
    credit.open_amount = credit.open_amount - total
    if credit.open_amount == 0:
        session.flush()
        credit.settled_on = last_applied_on(session, credit.id, as_credit=True)
    session.flush()
