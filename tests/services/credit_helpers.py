"""Small hand-built ledgers for the credit and dunning tests (readable, like beancount's)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services.customers.records import create_customer
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database


def D(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def A(text: str) -> Decimal:
    return Decimal(text)


def customer(db: Database, code: str, limit: str | None = None, terms: int = 30, language: str = "en",
             name: str | None = None, excluded: bool = False) -> str:
    create_customer(db.uow(), CustomerInput(
        code=code, name=name or f"{code} Trading Ltd", payment_terms_days=terms,
        credit_limit=Decimal(limit) if limit else None, language=language, dunning_excluded=excluded))
    return code


def invoice(db: Database, code: str, number: str, date: str, amount: str, due: str | None = None,
            override: str = "") -> str:
    ledger.post_invoice(db.uow(), code, D(date), A(amount), number=number, due_date=D(due) if due else None,
                        override_reason=override)
    return number


def pay(db: Database, code: str, number: str, date: str, amount: str, invoice_number: str = "") -> None:
    ledger.post_payment(db.uow(), code, D(date), A(amount), number=number, invoice_number=invoice_number)
