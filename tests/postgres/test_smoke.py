"""The basics a bookkeeper relies on work on a server exactly as in a file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from app.services.ledger.aging import aging
from app.services.unit_of_work import Database


def test_invoice_and_payment_settle_on_the_server(db: Database) -> None:
    assert not db.is_sqlite
    customers.create_customer(db.uow(), CustomerInput(code="A1", name="甲公司", payment_terms_days=30))
    inv = ledger.post_invoice(db.uow(), "A1", dt.date(2026, 1, 10), Decimal("1000.50")).document
    ledger.post_payment(db.uow(), "A1", dt.date(2026, 2, 1), Decimal("400.25"))
    assert ledger.balance(db.uow(), "A1") == Decimal("600.25")
    assert ledger.find_document(db.uow(), "invoice", inv.number).open_amount == Decimal("600.25")
    rep = aging(db.uow(), dt.date(2026, 3, 15))
    (row,) = rep.rows
    assert row.code == "A1" and row.total == Decimal("600.25")
