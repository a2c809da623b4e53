"""Aging as INTERCHANGE §3: by days overdue at D, applications counted only once dated by D."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.interchange import importing
from app.services.ledger import aging, statements
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from tests.reference import Book
from tests.services.ledger_helpers import customer, d, invoice, payment

AS_OF = d("2026-06-30")


@pytest.mark.parametrize("days,bucket", [
    (-5, "not_due"), (0, "not_due"), (1, "d1_30"), (30, "d1_30"), (31, "d31_60"), (60, "d31_60"),
    (61, "d61_90"), (90, "d61_90"), (91, "d91_plus"), (400, "d91_plus"),
])
def test_every_bucket_edge(db: Database, days: int, bucket: str) -> None:
    c = customer(db)
    due = AS_OF - dt.timedelta(days=days)
    invoice(db, c, min(due, AS_OF).isoformat(), "100.00", "I1", due=due.isoformat())
    report = aging.aging(db.uow(), AS_OF)
    (row,) = report.rows
    amounts = dict(zip(report.bucket_keys, row.amounts, strict=True))
    assert amounts[bucket] == Decimal("100.00")
    assert sum(amounts.values()) == Decimal("100.00") == row.total


def test_payment_after_the_date_does_not_count(db: Database) -> None:
    c = customer(db)
    invoice(db, c, "2026-05-01", "100.00", "I1", due="2026-05-31")
    payment(db, c, "2026-07-05", "100.00", "P1")
    assert aging.aging(db.uow(), AS_OF).rows[0].amounts[1] == Decimal("100.00")
    assert aging.aging(db.uow(), d("2026-07-05")).rows == ()


def test_linked_payment_dated_before_its_invoice_is_unapplied_until_the_invoice_date(db: Database) -> None:
    c = customer(db)
    # A prepayment naming an invoice that is only issued later (import order makes this possible).
    tables = {
        "invoices": importing.RawTable("invoices", "invoices.csv", ["number", "customer_code", "issue_date", "amount"],
                                       [["I1", c, "2026-06-10", "100.00"]], [2]),
        "payments": importing.RawTable("payments", "payments.csv",
                                       ["reference", "customer_code", "date", "amount", "invoice_number"],
                                       [["P1", c, "2026-06-01", "100.00", "I1"]], [2]),
    }
    importing.import_tables(db, tables)
    before = aging.aging(db.uow(), d("2026-06-05")).rows[0]
    assert before.unapplied == Decimal("-100.00") and before.total == Decimal("-100.00")
    assert aging.aging(db.uow(), d("2026-06-10")).rows == ()


def test_aging_total_equals_balance_for_every_customer(db: Database) -> None:
    a = customer(db, "A")
    b = customer(db, "B", name="Bluebell Foods")
    invoice(db, a, "2026-01-01", "300.00")
    invoice(db, a, "2026-04-01", "200.00")
    payment(db, a, "2026-04-15", "350.00")
    payment(db, b, "2026-03-01", "50.00")
    invoice(db, b, "2026-03-05", "20.00")
    report = aging.aging(db.uow(), AS_OF)
    for row in report.rows:
        assert row.total == ledger.balance(db.uow(), row.code, AS_OF)
    assert [r.code for r in report.rows] == ["A", "B"]
    assert report.total == Decimal("150.00") + Decimal("-30.00")


def test_custom_buckets_and_invoice_date_basis(db: Database) -> None:
    c = customer(db, terms=30)
    invoice(db, c, "2026-06-20", "10.00")  # due 07-20: not due; 10 days since issue
    report = aging.aging(db.uow(), AS_OF, bounds=(7, 14), basis="invoice_date")
    assert report.bucket_keys == ("not_due", "d1_7", "d8_14", "d15_plus")
    assert report.rows[0].amounts == (Decimal("0.00"), Decimal("0.00"), Decimal("10.00"), Decimal("0.00"))


def test_statement_runs_from_opening_to_closing_balance(db: Database) -> None:
    c = customer(db)
    invoice(db, c, "2026-03-01", "100.00", "I1")
    invoice(db, c, "2026-04-01", "50.00", "I2")
    payment(db, c, "2026-04-01", "30.00", "P1")
    st = statements.statement(db.uow(), c, d("2026-04-01"), d("2026-04-30"))
    assert st.opening_balance == Decimal("100.00")
    assert [(ln.kind, ln.number, ln.balance) for ln in st.lines] == [
        ("invoice", "I2", Decimal("150.00")), ("payment", "P1", Decimal("120.00"))]
    assert st.closing_balance == Decimal("120.00") == st.aging.total


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "data"
    gen = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "gen_dataset.py"
    if not gen.exists():
        gen = Path(__file__).resolve().parents[1] / "data" / "gen_dataset.py"
    subprocess.run([sys.executable, str(gen), str(out), "--customers", "40", "--invoices", "1500", "--seed", "11"],
                   check=True)
    return out


@pytest.mark.parametrize("as_of", ["2024-12-31", "2025-09-15", "2026-06-30"])
def test_aging_of_a_generated_data_set_matches_an_independent_reading(db: Database, generated: Path,
                                                                      as_of: str) -> None:
    importing.import_path(db, generated)
    book = Book(generated)
    when = d(as_of)
    expected = {code: row for code, row in book.aging(when).items() if any(row.values())}
    report = aging.aging(db.uow(), when)
    got = {r.code: dict(zip((*report.bucket_keys, "unapplied"), (*r.amounts, r.unapplied), strict=True))
           for r in report.rows}
    assert got == expected
    for code in book.customers[:10]:
        assert ledger.balance(db.uow(), code, when) == book.balance(code, when)
    assert report.total == sum((book.balance(c, when) for c in book.customers), Decimal(0))


def test_the_overview_has_the_reports_totals_and_its_largest_debtors_in_order(db: Database) -> None:
    # Ties at the cut are ordered by code, as a sort of the whole report by total would order them.
    for code, amount in (("E", "500.00"), ("B", "300.00"), ("D", "300.00"), ("A", "300.00"), ("C", "100.00")):
        customer(db, code, f"Customer {code}")
        invoice(db, code, "2026-01-10", amount)
    customer(db, "F", "Paid up")
    invoice(db, "F", "2026-01-10", "50.00")
    payment(db, "F", "2026-01-20", "80.00")  # 30.00 on account: owes nothing
    as_of = d("2026-03-31")
    full = aging.aging(db.uow(), as_of)
    o = aging.overview(db.uow(), as_of, top=3)
    assert (o.totals, o.total_unapplied, o.total) == (full.totals, full.total_unapplied, full.total)
    assert o.customers_owing == sum(1 for r in full.rows if r.total > 0) == 5
    expected = sorted((r for r in full.rows if r.total > 0), key=lambda r: r.total, reverse=True)[:3]
    assert o.top == tuple(expected)
    assert [r.code for r in o.top] == ["E", "A", "B"]
    assert aging.overview(db.uow(), as_of, top=0).top == ()


def test_balances_from_open_items_match_an_independent_reading(db: Database, generated: Path) -> None:
    # Nothing is dated after these dates: the balance is read from the open items alone.
    importing.import_path(db, generated)
    book = Book(generated)
    later = d("2030-01-01")
    for code in book.customers:
        expected = book.balance(code, later)
        assert ledger.balance(db.uow(), code) == expected
        assert ledger.balance(db.uow(), code, later) == expected
