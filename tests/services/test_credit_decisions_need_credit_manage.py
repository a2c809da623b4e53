"""A credit limit, a warn ratio or a hold is a credit decision: every path that changes one needs
``credit.manage`` (the form and update_customer, create_customer, set_credit_limit, hold and
release, the import), and a refusal writes nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Customer
from app.services import permissions, users
from app.services.credit import figures as credit
from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.errors import PermissionDenied
from app.services.interchange import importing
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer


@pytest.fixture
def clerk(db: Database) -> Database:
    from argon2 import PasswordHasher

    customer(db, "A", "Harbor Trading Ltd", limit="1000.00")
    saved, users._hasher = users._hasher, PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)  # type: ignore[attr-defined]
    try:
        users.enable_users(db.uow(), "boss", "admin-secret-1")
        users.add_user(db.uow(), "cleo", "cleo-password", "clerk")
        users.login(db, "cleo", "cleo-password")
    finally:
        users._hasher = saved  # type: ignore[attr-defined]
    return db


def _audit_count(db: Database) -> int:
    with db.uow() as uow:
        return int(uow.session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


def _limit_of(db: Database, code: str) -> Decimal | None:
    with db.uow() as uow:
        return uow.session.execute(select(Customer.credit_limit).where(Customer.code == code)).scalar_one()


def test_update_customer_refuses_a_clerk_a_new_limit_and_writes_nothing(clerk: Database) -> None:
    a = customers.get_customer(clerk.uow(), "A")
    form = CustomerInput(code=a.code, name=a.name, credit_limit=a.credit_limit, warn_ratio=a.warn_ratio)
    before = _audit_count(clerk)
    with pytest.raises(PermissionDenied, match="credit"):
        customers.update_customer(clerk.uow(), a.id, replace(form, credit_limit=None))  # lifting the limit too
    assert _limit_of(clerk, "A") == Decimal("1000.00") and _audit_count(clerk) == before


def test_create_customer_refuses_a_clerk_a_limit(clerk: Database) -> None:
    with pytest.raises(PermissionDenied, match="credit"):
        customers.create_customer(clerk.uow(), CustomerInput(code="N", name="New Ltd", credit_limit=Decimal("1")))
    assert customers.list_customers(clerk.uow(), customers.CustomerFilter(search="New")) == []


def test_set_credit_limit_hold_and_release_refuse_a_clerk(clerk: Database) -> None:
    with pytest.raises(PermissionDenied, match="credit"):
        credit.set_credit_limit(clerk.uow(), "A", Decimal("5000"))
    with pytest.raises(PermissionDenied, match="credit"):
        credit.set_credit_limit(clerk.uow(), "A", Decimal("1000.00"), warn_ratio=Decimal("0.5"))
    with pytest.raises(PermissionDenied, match="credit"):
        credit.hold(clerk.uow(), "A", "late again")
    assert credit.holds(clerk.uow(), "A") == []
    with pytest.raises(PermissionDenied, match="credit"):
        credit.release(clerk.uow(), "A")
    assert credit.credit_figures(clerk.uow(), "A", dt.date.today()).credit_limit == Decimal("1000.00")


def test_an_import_with_credit_limits_needs_credit_manage_even_where_importing_is_allowed(
        clerk: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    words, roles = permissions.ACTIONS["import"]
    monkeypatch.setitem(permissions.ACTIONS, "import", (words, roles | {permissions.CLERK}))  # clerks may import here
    with_limit = tmp_path / "with"
    with_limit.mkdir()
    (with_limit / "customers.csv").write_text("code,name,credit_limit\nB,Bay Ltd,5000\n", encoding="utf-8")
    with pytest.raises(PermissionDenied, match="credit"):
        importing.import_path(clerk, with_limit)
    assert customers.list_customers(clerk.uow(), customers.CustomerFilter(search="Bay")) == []
    without = tmp_path / "without"
    without.mkdir()
    (without / "customers.csv").write_text("code,name,credit_limit\nB,Bay Ltd,\n", encoding="utf-8")
    importing.import_path(clerk, without)
    assert _limit_of(clerk, "B") is None
