"""The codes and names of every record, not only customers', are checked at one edge: a direction
override (or, in a name, a zero-width character) is refused, and a code written with look-alike
characters (full-width, a no-break or ideographic space, a zero-width space) is the code it looks
like, so it cannot make a second record that looks the same. Hostile strings on each path."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry
from app.services import company, text, users
from app.services.bank import statements
from app.services.collections import reminders
from app.services.customers import classification
from app.services.customers import records as customers
from app.services.dto import ContactInfo, CustomerInput
from app.services.errors import DuebookError
from app.services.ledger import postings as ledger
from app.services.orders import service as orders
from app.services.reports import analysis as reports
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, d

RLO, LRI, ZWSP = "\u202e", "\u2066", "\u200b"
#: a code's look-alikes: each must be taken as the plain code
LOOK_ALIKES = {"full-width": lambda c: c.translate({ord(ch): ord(ch) + 0xFEE0 for ch in c if ch.isalnum()}),
               "zero-width space": lambda c: c + ZWSP, "no-break space": lambda c: c + "\u00a0",
               "ideographic space": lambda c: c + "\u3000", "word joiner": lambda c: c[:1] + "\u2060" + c[1:]}


@pytest.fixture
def books(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    from argon2 import PasswordHasher

    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    customer(db, "A", "Harbor Trading Ltd")
    return db


def _entries(db: Database) -> int:
    with db.read_uow() as uow:
        return int(uow.session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


# Each path: write(db, value) makes one record whose code or name is ``value``.
CODE_PATHS: dict[str, Callable[[Database, str], object]] = {
    "invoice number": lambda db, v: ledger.post_invoice(db.uow(), "A", d("2026-01-05"), Decimal("10.00"), number=v),
    "order number": lambda db, v: orders.create_order(db.uow(), "A", d("2026-01-05"), Decimal("10.00"), number=v),
    "contract number": lambda db, v: reminders.add_contract(db.uow(), "A", v, d("2026-01-01"), d("2026-12-31"),
                                                            Decimal("100.00")),
    "user name": lambda db, v: users.add_user(db.uow(), v, "a-long-password", "clerk"),
    "category value": lambda db, v: classification.add_value(db.uow(), "category", v, "Wholesale", "批发"),
    "customer code": lambda db, v: customers.create_customer(db.uow(), CustomerInput(code=v, name="Other Ltd")),
}
NAME_PATHS: dict[str, Callable[[Database, str], object]] = {
    "contact name": lambda db, v: customers.create_customer(db.uow(), CustomerInput(
        code="N1", name="New Ltd", contacts=(ContactInfo(name=v),))),
    "customer name": lambda db, v: customers.create_customer(db.uow(), CustomerInput(code="N2", name=v)),
    "bank account": lambda db, v: statements.create_account(db.uow(), v),
    "bank profile's account": lambda db, v: statements.save_profile(
        db.uow(), v, statements.MappingProfile(date="Date", amount="Amount")),
    "user's full name": lambda db, v: users.add_user(db.uow(), "zed", "a-long-password", "clerk", full_name=v),
    "report template": lambda db, v: reports.save_template(db.uow(), v, "dso", {}),
    "category label": lambda db, v: classification.add_value(db.uow(), "region", "east", v, "华东"),
    "company name": lambda db, v: company.update_company(db.uow(), replace(company.company_info(db.uow()), name=v)),
}
_USERS_ON = {"user name", "user's full name"}


def _prepare(db: Database, path: str) -> None:
    if path in _USERS_ON:
        users.enable_users(db.uow(), "boss", "admin-secret-1")


@pytest.mark.parametrize("hostile", [f"Harbor{RLO}dtL", f"{LRI}Harbor"], ids=["RLO", "LRI"])
@pytest.mark.parametrize("path", sorted(CODE_PATHS) + sorted(NAME_PATHS))
def test_a_direction_override_is_refused_in_every_code_and_name(books: Database, path: str, hostile: str) -> None:
    _prepare(books, path)
    write = CODE_PATHS.get(path) or NAME_PATHS[path]
    before = _entries(books)
    value = hostile if path not in ("user name",) else "boss" + hostile  # a user name allows letters only
    with pytest.raises(DuebookError, match=r"reverses or hides text|letters, digits"):
        write(books, value)
    assert _entries(books) == before, "nothing written"


@pytest.mark.parametrize("path", sorted(NAME_PATHS))
def test_a_zero_width_character_hidden_in_a_name_is_refused(books: Database, path: str) -> None:
    _prepare(books, path)
    before = _entries(books)
    with pytest.raises(DuebookError, match="reverses or hides text"):
        NAME_PATHS[path](books, f"Harbor{ZWSP} Trading")
    assert _entries(books) == before


# a user name is letters, digits and . _ @ - only: spaces and hidden characters never pass its own check
_LOOK_ALIKE_CASES = [(p, h) for p in sorted(CODE_PATHS) for h in sorted(LOOK_ALIKES)
                     if p != "user name" or h == "full-width"]


@pytest.mark.parametrize("path,how", _LOOK_ALIKE_CASES)
def test_a_look_alike_of_a_code_already_used_is_that_code(books: Database, path: str, how: str) -> None:
    _prepare(books, path)
    code = "boss" if path == "user name" else "K7"
    if path != "user name":
        CODE_PATHS[path](books, code)
    before = _entries(books)
    if path == "category value" and how in ("no-break space", "ideographic space"):
        # adding a value that exists changes its labels: the look-alike is that same value
        CODE_PATHS[path](books, LOOK_ALIKES[how](code))
        assert [v.value for v in classification.list_values(books.uow(), "category")].count(code) == 1
        return
    with pytest.raises(DuebookError, match="already"):
        CODE_PATHS[path](books, LOOK_ALIKES[how](code))
    assert _entries(books) == before


def test_two_look_alike_tags_of_one_customer_are_one_tag(books: Database) -> None:
    with pytest.raises(DuebookError, match="already used"):
        customers.create_customer(books.uow(), CustomerInput(code="T1", name="Tagged Ltd", tags=("vip", "vip" + ZWSP)))


def test_a_clean_code_and_name_still_pass_and_a_look_alike_code_alone_is_stored_plain(books: Database) -> None:
    r = ledger.post_invoice(books.uow(), "A", d("2026-01-05"), Decimal("10.00"), number="Ｉ９\u3000")
    assert r.document.number == "I9"
    assert ledger.find_document(books.uow(), "invoice", "I9").amount == Decimal("10.00")
    statements.create_account(books.uow(), "Main account 主账户")
    assert text.identity_problem("上海华东贸易有限公司", "name") is None
