"""The demo company looks like a real business: numbers in date order that a new invoice follows
on, payments matched as a bookkeeper would, and every kind of reminder on the dashboard."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Application, CommunicationEntry, Contract, Document, Promise
from app.services.collections import reminders
from app.services.company import create_company
from app.services.demo.sample import fill_demo
from app.services.ledger import aging
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database

END = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = create_company(str(tmp_path_factory.mktemp("demo") / "demo.duebook"), "Demo Co", "CNY", "zh_CN")
    fill_demo(db, customers=40, invoices=800, seed=7, end=END)
    return db


def documents(db: Database, kind: str) -> list[tuple[str, dt.date, Decimal]]:
    with db.uow() as uow:
        return [tuple(r) for r in uow.session.execute(  # type: ignore[misc]
            select(Document.number, Document.date, Document.amount).where(Document.kind == kind)
            .order_by(Document.number))]


def test_invoice_and_payment_numbers_run_in_date_order(demo: Database) -> None:
    for kind in ("invoice", "payment", "credit_note"):
        rows = documents(demo, kind)
        assert rows, kind
        assert [d for _n, d, _a in rows] == sorted(d for _n, d, _a in rows), kind
    invoices = documents(demo, "invoice")
    assert (invoices[0][0], invoices[-1][0]) == ("INV000001", "INV000800")


def test_the_first_real_invoice_follows_on_from_the_demo(demo: Database, tmp_path: Path) -> None:
    db = create_company(str(tmp_path / "c.duebook"), "Demo Co", "CNY", "en")
    try:
        fill_demo(db, customers=10, invoices=50, seed=3, end=END)
        posted = ledger.post_invoice(db.uow(), "C000001", END, Decimal("100.00"))
        assert posted.document.number == "INV000051"
        # a second fill continues the numbers rather than clashing with them
        fill_demo(db, customers=5, invoices=20, seed=4, end=END)
        numbers = [n for n, _d, _a in documents(db, "invoice")]
        assert numbers[-1] == "INV000071" and len(set(numbers)) == 71
    finally:
        db.close()


def test_payments_are_applied_as_a_bookkeeper_would(demo: Database) -> None:
    a = aging.aging(demo.uow(), END)
    paid = sum((amount for _n, _d, amount in documents(demo, "payment")), Decimal(0))
    # a few payments stay on account on purpose, a tiny share of what was received
    assert Decimal(0) < -a.total_unapplied < paid / 200
    with demo.uow() as uow:
        rows = uow.session.execute(select(Document.due_date, Document.settled_on)
                                   .where(Document.kind == "invoice", Document.settled_on.is_not(None))).all()
        applications = uow.session.execute(select(func.count(Application.id))).scalar_one()
    on_time = sum(1 for due, settled in rows if settled <= due)
    late = sum(1 for due, settled in rows if settled > due)
    very_late = sum(1 for due, settled in rows if settled > due + dt.timedelta(days=30))
    assert on_time > len(rows) / 2  # most invoices are paid on time
    assert late > len(rows) / 10 and very_late > 0  # some late, a few very late
    assert applications >= len(rows)


def test_every_kind_of_reminder_shows_on_the_day_the_demo_is_made(demo: Database) -> None:
    r = reminders.reminders(demo.uow(), END, 7)
    kinds = Counter(i.kind for i in r.items)
    assert set(kinds) == set(reminders.KINDS), kinds
    with demo.uow() as uow:
        s = uow.session
        assert s.execute(select(func.count(Document.id)).where(Document.disputed.is_(True))).scalar_one() >= 1
        assert s.execute(select(func.count(Promise.id))).scalar_one() >= 3
        assert s.execute(select(func.count(Contract.id))).scalar_one() >= 2
        assert s.execute(select(func.count(CommunicationEntry.id))).scalar_one() >= 4


def test_the_same_seed_makes_the_same_company(demo: Database, tmp_path: Path) -> None:
    db = create_company(str(tmp_path / "again.duebook"), "Demo Co", "CNY", "zh_CN")
    try:
        fill_demo(db, customers=40, invoices=800, seed=7, end=END)
        for kind in ("invoice", "payment", "credit_note"):
            assert documents(db, kind) == documents(demo, kind)
        assert reminders.reminders(db.uow(), END, 7).items == reminders.reminders(demo.uow(), END, 7).items
    finally:
        db.close()
