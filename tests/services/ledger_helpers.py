"""Build small ledgers in tests readably, through the real services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def customer(db: Database, code: str = "C1", name: str = "Harbor Trading Ltd", terms: int = 30,
             limit: str | None = None, **kw: object) -> str:
    customers.create_customer(db.uow(), CustomerInput(
        code=code, name=name, payment_terms_days=terms,
        credit_limit=Decimal(limit) if limit else None, **kw))  # type: ignore[arg-type]
    return code


def invoice(db: Database, code: str, date: str, amount: str, number: str = "", due: str | None = None) -> int:
    r = ledger.post_invoice(db.uow(), code, d(date), Decimal(amount), number=number,
                            due_date=d(due) if due else None)
    return r.document.id


def payment(db: Database, code: str, date: str, amount: str, number: str = "", invoice: str = "") -> int:
    r = ledger.post_payment(db.uow(), code, d(date), Decimal(amount), number=number, invoice_number=invoice)
    return r.document.id


def credit_note(db: Database, code: str, date: str, amount: str, number: str = "", invoice: str = "") -> int:
    r = ledger.post_credit_note(db.uow(), code, d(date), Decimal(amount), number=number, invoice_number=invoice)
    return r.document.id


def open_amount(db: Database, document_id: int) -> Decimal:
    return ledger.get_document(db.uow(), document_id).open_amount
