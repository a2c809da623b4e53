"""Permissions by construction: every service entry point is in one table, and a viewer is refused
every one that writes or exports before anything is written.

A new wing (bank, orders, outbox, ...) adds its functions to ``app.services.permissions.SERVICES``
(see that module's docstring); the walk below finds them in any package under ``app.services``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import app.services
from app.models import AuditEntry
from app.services import permissions, users
from app.services.company import create_company
from app.services.errors import PermissionDenied
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, invoice

COMPANY_PARAMS = ("uow", "db")


def entry_points() -> Iterator[tuple[str, Callable[..., Any]]]:
    """Every public function of app.services whose first parameter is the open company."""
    for info in pkgutil.walk_packages(app.services.__path__, "app.services."):
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if params and params[0] in COMPANY_PARAMS:
                yield info.name.removeprefix("app.services.") + "." + name, fn


ALL = dict(entry_points())
REFUSED_TO_VIEWERS = sorted(k for k, action in permissions.SERVICES.items()
                            if not permissions.allowed("viewer", action))


def test_every_service_entry_point_is_in_the_permission_table() -> None:
    missing = sorted(set(ALL) - set(permissions.SERVICES) - permissions.MACHINERY)
    assert missing == [], f"add these to app.services.permissions.SERVICES with the action they need: {missing}"
    gone = sorted(set(permissions.SERVICES) - set(ALL))
    assert gone == [], f"SERVICES names functions that are not entry points: {gone}"
    unknown = sorted({a for a in permissions.SERVICES.values() if a not in permissions.ACTIONS})
    assert unknown == []


def test_the_table_names_the_services_the_attack_found_unchecked() -> None:
    table = permissions.SERVICES
    assert table["customers.duplicates.merge_customers"] == "customer.delete"
    assert table["credit.figures.refresh_grades"] == "credit.manage"
    assert table["customers.classification.recompute_value_classes"] == "customer.write"
    assert table["safety.keys.write_recovery_key"] == "backup.key"
    assert table["documents.excel.write_ledger_export"] == "export"
    assert not permissions.allowed("clerk", "backup.key") and not permissions.allowed("clerk", "export")


@pytest.fixture(scope="module")
def viewer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from argon2 import PasswordHasher

    fast = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
    saved, users._hasher = users._hasher, fast  # type: ignore[attr-defined]
    folder: Path = tmp_path_factory.mktemp("viewer")
    db = create_company(str(folder / "books.duebook"), "Test Trading Co", "CNY", "en")
    customer(db, "A", "Harbor Trading Ltd")
    customer(db, "B", "Harbour Trading Ltd")
    invoice(db, "A", "2026-01-05", "100.00", number="I1")
    users.enable_users(db.uow(), "boss", "admin-secret-1")
    users.add_user(db.uow(), "vic", "vic-password", "viewer")
    users.login(db, "vic", "vic-password")
    try:
        yield db
    finally:
        users._hasher = saved  # type: ignore[attr-defined]
        db.close()


def _audit_count(db: Database) -> int:
    with db.read_uow() as uow:
        return int(uow.session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


@pytest.mark.parametrize("name", REFUSED_TO_VIEWERS)
def test_a_viewer_is_refused_every_service_that_writes_or_exports(viewer: Database, name: str,
                                                                   tmp_path: Path) -> None:
    fn = ALL[name]
    sig = inspect.signature(fn)
    first = next(iter(sig.parameters))
    args: list[Any] = [viewer.uow() if first == "uow" else viewer]
    kwargs: dict[str, Any] = {}
    for p in list(sig.parameters.values())[1:]:
        if p.default is not inspect.Parameter.empty or p.kind is p.VAR_KEYWORD or p.kind is p.VAR_POSITIONAL:
            continue
        dummy = str(tmp_path / "out.bin") if p.name in ("path", "out", "dest", "dst") else None
        if p.kind is p.KEYWORD_ONLY:
            kwargs[p.name] = dummy
        else:
            args.append(dummy)
    before = _audit_count(viewer)
    with pytest.raises(PermissionDenied):
        fn(*args, **kwargs)
    assert _audit_count(viewer) == before
    assert not (tmp_path / "out.bin").exists()


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


def test_a_clerk_cannot_set_a_credit_limit_or_warn_ratio_through_the_customer_form(clerk: Database) -> None:
    from dataclasses import replace
    from decimal import Decimal

    from app.services.customers import records as customers
    from app.services.dto import CustomerInput

    with pytest.raises(PermissionDenied, match="credit"):
        customers.create_customer(clerk.uow(), CustomerInput(code="N", name="New Ltd", credit_limit=Decimal("5000")))
    with pytest.raises(PermissionDenied, match="credit"):
        customers.create_customer(clerk.uow(), CustomerInput(code="N", name="New Ltd", warn_ratio=Decimal("0.5")))
    a = customers.get_customer(clerk.uow(), "A")
    form = CustomerInput(code=a.code, name=a.name, credit_limit=a.credit_limit, warn_ratio=a.warn_ratio)
    with pytest.raises(PermissionDenied, match="credit"):
        customers.update_customer(clerk.uow(), a.id, replace(form, credit_limit=Decimal("99999")))
    with pytest.raises(PermissionDenied, match="credit"):
        customers.update_customer(clerk.uow(), a.id, replace(form, warn_ratio=Decimal("0.99")))
    # other fields: allowed, the limit untouched
    changed = customers.update_customer(clerk.uow(), a.id, replace(form, name="Harbor Trading Co"))
    assert changed.name == "Harbor Trading Co" and changed.credit_limit == Decimal("1000.00")
    assert customers.create_customer(clerk.uow(), CustomerInput(code="N", name="New Ltd")).credit_limit is None
