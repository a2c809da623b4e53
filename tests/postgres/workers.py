"""What one bookkeeper does in the concurrency tests (run in a separate process, or serially)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from app.services.company import create_company, open_company
from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.errors import CreditRefused, DuebookError
from app.services.ledger import postings as ledger

DAY = dt.date(2026, 3, 1)
INVOICES_OF_A = 6  # A001: 6 invoices of 500.00 that both bookkeepers' payments settle
PAYMENT = Decimal("230.15")
CREDIT_LIMIT_B = Decimal("5000.00")
INVOICE_B = Decimal("700.00")


def setup_company(url: str) -> None:
    """Customer A with open invoices to pay; customer B with a credit limit and nothing owed yet."""
    db = create_company(url, "Concurrency Co", "CNY", "en")
    try:
        customers.create_customer(db.uow(), CustomerInput(code="A001", name="甲 Trading", payment_terms_days=30))
        customers.create_customer(db.uow(), CustomerInput(code="B001", name="乙 Supplies", payment_terms_days=30,
                                                          credit_limit=CREDIT_LIMIT_B))
        for i in range(INVOICES_OF_A):
            ledger.post_invoice(db.uow(), "A001", DAY - dt.timedelta(days=60 - i), Decimal("500.00"))
    finally:
        db.close()


def bookkeeper(url: str, rounds: int, start: Any = None) -> dict[str, Any]:
    """Alternately take a payment from A (settled oldest first) and post an invoice to B (credit-checked)."""
    if start is not None:
        start.wait(timeout=60)
    db = open_company(url)
    posted: list[str] = []
    refused = 0
    errors: list[str] = []
    try:
        for _ in range(rounds):
            try:
                posted.append(ledger.post_payment(db.uow(), "A001", DAY, PAYMENT).document.number)
                posted.append(ledger.post_invoice(db.uow(), "B001", DAY, INVOICE_B).document.number)
            except CreditRefused:
                refused += 1
            except DuebookError as e:  # anything else is a failure of the test
                errors.append(f"{type(e).__name__}: {e}")
    finally:
        db.close()
    return {"posted": posted, "refused": refused, "errors": errors}


def apply_whole(url: str, credit_id: int, debit_id: int, start: Any) -> str:
    """Apply a payment to an invoice at the same moment as someone else; what happened, in a word."""
    db = open_company(url)
    try:
        start.wait(timeout=60)
        try:
            ledger.apply_credit(db.uow(), credit_id, debit_id)
            return "applied"
        except DuebookError as e:
            return f"refused: {e}"
    finally:
        db.close()


def run_in_process(queue: Any, fn_name: str, *args: Any) -> None:
    """Entry point of a spawned process: run a function of this module and hand back its result."""
    try:
        queue.put(globals()[fn_name](*args))
    except BaseException as e:  # report, don't hang the parent
        queue.put({"crash": f"{type(e).__name__}: {e}"})
