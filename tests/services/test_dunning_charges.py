"""Dunning a customer would accept as fair: interest is never charged twice for the same days,
and a level's fee is charged once (INTERCHANGE §7), told as a story over several committed runs."""

from __future__ import annotations

import pytest

from app.services.collections import dunning
from app.services.collections.dunning import LevelInfo
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from tests.services.credit_helpers import A, D, customer, invoice

# 10 % a year: 3,650.00 earns exactly 1.00 a day, 730.00 earns 0.20 a day
LEVELS = [
    LevelInfo(1, 7, A("5.00"), A("0.10"), "Reminder", A("0")),
    LevelInfo(2, 30, A("20.00"), A("0.10"), "Second notice", A("0")),
    LevelInfo(3, 60, A("50.00"), A("0.10"), "Final notice", A("0")),
    LevelInfo(4, 90, A("100.00"), A("0.10"), "Pre-legal notice", A("0")),
]


@pytest.fixture
def book(db: Database) -> Database:
    dunning.save_levels(db.uow(), LEVELS)
    customer(db, "C1", name="Harbor Trading Ltd")
    invoice(db, "C1", "I1", "2024-12-01", "3650.00", due="2025-01-01")
    invoice(db, "C1", "I2", "2025-01-10", "730.00", due="2025-02-10")
    return db


def run(db: Database, as_of: str) -> dunning.Proposal:
    done = dunning.commit(db.uow(), D(as_of), post_charges=True)
    assert [p.customer for p in done] == ["C1"]
    return done[0]


def interest_by_invoice(p: dunning.Proposal) -> dict[str, str]:
    return {i.number: str(i.interest) for i in p.invoices}


def test_each_letter_charges_interest_only_for_the_days_since_the_last_charged_letter(book: Database) -> None:
    first = run(book, "2025-02-01")  # I1 31 days overdue; I2 not due yet
    second = run(book, "2025-03-01")  # I1: 28 new days; I2: 19 days since its due date
    third = run(book, "2025-04-01")  # I1: 31 new days; I2: 31 days since the second letter
    assert (first.level, second.level, third.level) == (1, 2, 3)
    assert interest_by_invoice(first) == {"I1": "31.00"}
    assert interest_by_invoice(second) == {"I1": "28.00", "I2": "3.80"}
    assert interest_by_invoice(third) == {"I1": "31.00", "I2": "6.20"}
    # days overdue still count from the due date; the interest period starts at the last letter
    assert [(i.number, i.days_overdue, i.interest_from) for i in third.invoices] == [
        ("I1", 90, D("2025-03-01")), ("I2", 50, D("2025-03-01"))]
    # together the letters charged exactly the interest from each due date to the last run
    charged = sum((p.interest for p in (first, second, third)), A("0"))
    from_due = (dunning.interest_on(A("3650.00"), A("0.10"), 90, 2)
                + dunning.interest_on(A("730.00"), A("0.10"), 50, 2))
    assert charged == from_due == A("100.00")
    # and that is what the customer owes besides the invoices and the three fees
    assert ledger.balance(book.uow(), "C1", D("2025-04-01")) == A("4380.00") + A("75.00") + A("100.00")


def test_the_fee_of_a_level_is_charged_once(book: Database) -> None:
    for as_of in ("2025-02-01", "2025-03-01", "2025-04-01"):
        run(book, as_of)
    fourth = run(book, "2025-04-15")
    assert (fourth.level, fourth.fee) == (4, A("100.00"))
    again = run(book, "2025-04-29")  # the highest level repeats; its fee is not charged again
    assert (again.level, again.fee) == (4, A("0.00"))
    assert again.interest == A("14.00") + A("2.80")
    assert again.total == again.overdue_amount + again.interest


def test_without_posted_charges_a_letter_states_interest_from_the_due_date(book: Database) -> None:
    dunning.commit(book.uow(), D("2025-02-01"))
    p = dunning.propose(book.uow(), D("2025-03-01")).proposals[0]
    assert interest_by_invoice(p) == {"I1": "59.00", "I2": "3.80"}
    assert p.fee == A("20.00")


def test_a_voided_charge_gives_the_interest_back_to_the_next_letter(book: Database) -> None:
    first = run(book, "2025-02-01")
    charge = dunning.history(book.uow(), "C1")[0].charge_number
    doc = ledger.find_document(book.uow(), "charge", charge)
    assert first.interest == A("31.00")
    ledger.void_document(book.uow(), doc.id, D("2025-02-05"), "charged by mistake")
    p = dunning.propose(book.uow(), D("2025-03-01")).proposals[0]
    assert interest_by_invoice(p) == {"I1": "59.00", "I2": "3.80"}


def test_the_charge_reads_in_the_customers_language_with_formatted_amounts(db: Database) -> None:
    dunning.save_levels(db.uow(), LEVELS)
    customer(db, "EN", language="en")
    customer(db, "ZH", language="zh_CN", name="上海宏达贸易有限公司")
    for code in ("EN", "ZH"):
        invoice(db, code, f"{code}-1", "2024-01-01", "365000.00", due="2025-01-01")
    dunning.commit(db.uow(), D("2025-02-01"), post_charges=True)
    descriptions = _charge_descriptions(db)
    assert descriptions["EN"] == "Dunning letter level 1: fee CNY 5.00, interest CNY 3,100.00"
    assert descriptions["ZH"] == "第 1 级催款函：催收费用 CNY 5.00，逾期利息 CNY 3,100.00"


def _charge_descriptions(db: Database) -> dict[str, str]:
    from sqlalchemy import select

    from app.models import Customer, Document

    with db.uow() as uow:
        rows = uow.session.execute(select(Customer.code, Document.description)
                                   .join(Customer, Customer.id == Document.customer_id)
                                   .where(Document.kind == "charge")).all()
    return dict(rows)
