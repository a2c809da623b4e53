"""A write-off lowers what a customer owes with no money received: it needs its own right
(``document.write_off``), held by accountants and administrators, not the clerk's ``document.post``."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import Document
from app.services import permissions, users
from app.services.errors import PermissionDenied
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, d, invoice


@pytest.fixture
def books(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    from argon2 import PasswordHasher

    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    customer(db, "B", "Harbor Trading Ltd")
    invoice(db, "B", "2026-02-01", "500.00", number="I2")
    users.enable_users(db.uow(), "boss", "admin-secret-1")
    users.add_user(db.uow(), "cleo", "cleo-password", "clerk")
    users.add_user(db.uow(), "ann", "ann-password", "accountant")
    return db


def _write_offs(db: Database) -> int:
    with db.read_uow() as uow:
        return int(uow.session.execute(select(func.count()).select_from(Document)
                                       .where(Document.kind == "write_off")).scalar_one())


def test_a_clerk_may_post_a_payment_but_not_write_off_a_debt(books: Database) -> None:
    users.login(books, "cleo", "cleo-password")
    ledger.post_payment(books.uow(), "B", d("2026-03-01"), Decimal("10.00"), invoice_number="I2")
    with pytest.raises(PermissionDenied, match="write off debts"):
        ledger.post_credit(books.uow(), "write_off", "B", d("2026-03-01"), Decimal("10.00"),
                           reason="will not pay", invoice_number="I2")
    assert _write_offs(books) == 0


def test_an_accountant_may_write_off_a_debt(books: Database) -> None:
    users.login(books, "ann", "ann-password")
    ledger.post_credit(books.uow(), "write_off", "B", d("2026-03-01"), Decimal("10.00"),
                       reason="will not pay", invoice_number="I2")
    assert _write_offs(books) == 1


def test_the_write_off_right_is_held_by_accountants_and_administrators_only() -> None:
    assert {r for r in ("administrator", "accountant", "clerk", "viewer")
            if permissions.allowed(r, "document.write_off")} == {"administrator", "accountant"}
