"""Two bookkeepers editing the same customer on a server: the second gets a clear message, never a lost update."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from sqlalchemy import update

from app.models import Customer
from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.errors import Conflict
from app.services.unit_of_work import Database


def test_an_edit_racing_another_is_refused_as_a_conflict(db: Database) -> None:
    base = CustomerInput(code="K1", name="Keystone Ltd", phone="021-1")
    c = customers.create_customer(db.uow(), base)
    # Bookkeeper 1 has saved (row updated, version bumped) but not yet committed ...
    with db.uow() as first:
        first.session.execute(update(Customer).where(Customer.id == c.id)
                              .values(phone="021-2", version=Customer.version + 1))
        outcome: list[BaseException | None] = []

        def second() -> None:
            try:
                customers.update_customer(db.uow(), c.id, replace(base, phone="021-3"), expected_version=c.version)
                outcome.append(None)
            except BaseException as e:
                outcome.append(e)

        # ... while bookkeeper 2, who opened the same version, saves too (and waits for the row).
        t = threading.Thread(target=second)
        t.start()
        t.join(timeout=1.0)
        first.commit()
    t.join(timeout=30)
    assert len(outcome) == 1
    assert isinstance(outcome[0], Conflict), repr(outcome[0])
    assert customers.get_customer(db.uow(), c.id).phone == "021-2"  # the first save stands


def test_a_stale_form_is_refused_before_anything_is_written(db: Database) -> None:
    base = CustomerInput(code="K2", name="Keystone Two")
    c = customers.create_customer(db.uow(), base)
    customers.update_customer(db.uow(), c.id, replace(base, phone="1"), expected_version=c.version)
    with pytest.raises(Conflict):
        customers.update_customer(db.uow(), c.id, replace(base, phone="2"), expected_version=c.version)
