"""Settlement as INTERCHANGE §2 says: named invoice, else oldest first; remainders stay unapplied."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.errors import StateError, ValidationError
from app.services.ledger import aging
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import credit_note, customer, d, invoice, open_amount, payment


def test_payment_naming_an_invoice_pays_only_that_invoice_and_keeps_the_rest_on_account(db: Database) -> None:
    c = customer(db)
    old = invoice(db, c, "2026-01-01", "100.00", "I1")
    new = invoice(db, c, "2026-02-01", "80.00", "I2")
    pay = payment(db, c, "2026-02-10", "150.00", "P1", invoice="I2")
    assert open_amount(db, new) == Decimal("0.00")
    assert open_amount(db, old) == Decimal("100.00")
    assert open_amount(db, pay) == Decimal("70.00")  # unapplied, on account
    assert ledger.balance(db.uow(), c, d("2026-02-10")) == Decimal("30.00")


def test_payment_without_invoice_goes_oldest_due_first(db: Database) -> None:
    c = customer(db)
    late_due = invoice(db, c, "2026-01-01", "100.00", "I1", due="2026-03-31")
    early_due = invoice(db, c, "2026-01-05", "50.00", "I2", due="2026-01-20")
    payment(db, c, "2026-02-01", "120.00", "P1")
    assert open_amount(db, early_due) == Decimal("0.00")
    assert open_amount(db, late_due) == Decimal("30.00")


def test_oldest_first_breaks_ties_by_issue_date_then_number_in_code_point_order(db: Database) -> None:
    c = customer(db)
    b = invoice(db, c, "2026-01-01", "10.00", "b", due="2026-01-31")
    upper = invoice(db, c, "2026-01-01", "10.00", "B", due="2026-01-31")
    earlier = invoice(db, c, "2025-12-31", "10.00", "Z", due="2026-01-31")
    payment(db, c, "2026-02-01", "15.00")
    assert open_amount(db, earlier) == Decimal("0.00")
    assert open_amount(db, upper) == Decimal("5.00")  # "B" < "b" by code point
    assert open_amount(db, b) == Decimal("10.00")


def test_unlinked_payment_never_reaches_an_invoice_issued_after_it(db: Database) -> None:
    c = customer(db)
    pay = payment(db, c, "2026-01-10", "100.00", "P1")
    later = invoice(db, c, "2026-01-20", "100.00", "I1")
    assert open_amount(db, later) == Decimal("100.00")
    assert open_amount(db, pay) == Decimal("100.00")
    report = aging.aging(db.uow(), d("2026-01-31"))
    assert report.rows[0].unapplied == Decimal("-100.00")
    assert report.rows[0].total == Decimal("0.00")


def test_credit_note_applies_like_a_payment(db: Database) -> None:
    c = customer(db)
    i = invoice(db, c, "2026-01-01", "100.00", "I1")
    credit_note(db, c, "2026-01-05", "25.00", "CN1", invoice="I1")
    assert open_amount(db, i) == Decimal("75.00")


def test_payment_naming_an_invoice_of_another_customer_is_refused(db: Database) -> None:
    a = customer(db, "A")
    b = customer(db, "B", name="Other")
    invoice(db, a, "2026-01-01", "100.00", "I1")
    with pytest.raises(ValidationError, match="another customer"):
        payment(db, b, "2026-01-05", "10.00", invoice="I1")


def test_unapply_and_reapply_keep_history(db: Database) -> None:
    c = customer(db)
    i1 = invoice(db, c, "2026-01-01", "100.00", "I1")
    i2 = invoice(db, c, "2026-01-02", "100.00", "I2")
    p = payment(db, c, "2026-01-10", "100.00", "P1")
    (app,) = ledger.applications_of(db.uow(), p)
    assert app.debit_number == "I1"
    ledger.unapply(db.uow(), app.id)
    assert open_amount(db, i1) == Decimal("100.00")
    assert open_amount(db, p) == Decimal("100.00")
    ledger.apply_credit(db.uow(), p, i2)
    assert open_amount(db, i2) == Decimal("0.00")
    history = ledger.applications_of(db.uow(), p)
    assert [(h.debit_number, h.undone) for h in history] == [("I1", True), ("I2", False)]
    with pytest.raises(StateError):
        ledger.unapply(db.uow(), app.id)


def test_void_reverses_a_posted_invoice_and_frees_its_payment(db: Database) -> None:
    c = customer(db)
    i = invoice(db, c, "2026-01-01", "100.00", "I1")
    p = payment(db, c, "2026-01-10", "100.00", "P1")
    v = ledger.void_document(db.uow(), i, d("2026-01-15"), "wrong customer")
    assert v.kind == "void" and v.voids_number == "I1"
    assert ledger.get_document(db.uow(), i).status == "voided"
    assert open_amount(db, p) == Decimal("100.00")
    assert ledger.balance(db.uow(), c, d("2026-01-12")) == Decimal("0.00")
    assert ledger.balance(db.uow(), c, d("2026-01-15")) == Decimal("-100.00")
    with pytest.raises(StateError):
        ledger.void_document(db.uow(), i, d("2026-01-16"), "again")


def test_void_of_a_payment_reopens_the_invoice(db: Database) -> None:
    c = customer(db)
    i = invoice(db, c, "2026-01-01", "100.00", "I1")
    p = payment(db, c, "2026-01-10", "100.00", "P1")
    ledger.void_document(db.uow(), p, d("2026-01-20"), "cheque bounced")
    assert open_amount(db, i) == Decimal("100.00")
    report = aging.aging(db.uow(), d("2026-02-15"))
    assert report.total == Decimal("100.00")
    assert ledger.balance(db.uow(), c) == Decimal("100.00")


def test_posted_documents_are_never_edited_or_deleted(db: Database) -> None:
    c = customer(db)
    i = invoice(db, c, "2026-01-01", "100.00", "I1")
    with pytest.raises(StateError):
        ledger.delete_draft(db.uow(), i)


def test_amount_must_be_positive_and_fit_the_currency(db: Database) -> None:
    c = customer(db)
    with pytest.raises(ValidationError):
        invoice(db, c, "2026-01-01", "0")
    with pytest.raises(ValidationError):
        invoice(db, c, "2026-01-01", "-5")
    with pytest.raises(ValidationError):
        invoice(db, c, "2026-01-01", "1.005")


def test_invoice_with_lines_sums_quantity_price_and_tax(db: Database) -> None:
    from app.services.dto import LineInput

    c = customer(db)
    r = ledger.post_invoice(db.uow(), c, d("2026-01-01"), lines=[
        LineInput("Widgets", Decimal("3"), Decimal("19.99"), Decimal("0.13")),
        LineInput("Freight", Decimal("1"), Decimal("50"), Decimal("0")),
    ])
    # 3 x 19.99 = 59.97, tax 7.7961 -> 7.80; + 50.00
    assert r.document.amount == Decimal("117.77")
    assert [ln.total for ln in r.document.lines] == [Decimal("67.77"), Decimal("50.00")]


def test_document_numbers_are_unique_per_kind(db: Database) -> None:
    from app.services.errors import ValidationErrors

    c = customer(db)
    invoice(db, c, "2026-01-01", "10.00", "X1")
    credit_note(db, c, "2026-01-02", "5.00", "X1")  # a credit note may share an invoice's number
    with pytest.raises(ValidationErrors, match="already exists"):
        invoice(db, c, "2026-01-03", "10.00", "X1")


def test_draft_counts_nowhere_until_posted(db: Database) -> None:
    c = customer(db)
    r = ledger.post_invoice(db.uow(), c, d("2026-01-01"), Decimal("100.00"), draft=True)
    assert ledger.balance(db.uow(), c) == Decimal("0.00")
    ledger.post_draft(db.uow(), r.document.id)
    assert ledger.balance(db.uow(), c) == Decimal("100.00")


def test_a_ledger_page_carries_the_running_balance_of_everything_before_it(db: Database) -> None:
    c = customer(db)
    for day in range(1, 21):
        invoice(db, c, f"2026-01-{day:02d}", "10.00")
    payment(db, c, "2026-01-21", "35.00")
    full = ledger.ledger(db.uow(), c)
    page = ledger.ledger(db.uow(), c, offset=15, limit=10)
    assert page.total_lines == 21
    assert [ln.balance for ln in page.lines] == [ln.balance for ln in full.lines[15:25]]
    assert page.closing_balance == full.closing_balance == Decimal("165.00")
    assert page.total_debit == Decimal("200.00") and page.total_credit == Decimal("35.00")
    since = ledger.ledger(db.uow(), c, ledger.LedgerFilter(date_from=d("2026-01-11")), offset=0, limit=5)
    assert since.opening_balance == Decimal("100.00")
    assert since.lines[0].balance == Decimal("110.00")
