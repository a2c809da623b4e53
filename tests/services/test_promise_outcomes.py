"""A promise to pay and what became of it: read from the payments, or recorded by the bookkeeper."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from app.models import schema
from app.models.db import make_engine, to_url
from app.services.collections import reminders
from app.services.company import open_company
from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.errors import StateError, ValidationError
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database

D = Decimal
TODAY = dt.date.today()


@pytest.fixture
def promise(db: Database) -> reminders.PromiseInfo:
    c = customers.create_customer(db.uow(), CustomerInput(code="C1", name="Alpha"))
    ledger.post_invoice(db.uow(), c.id, TODAY - dt.timedelta(days=40), D("300.00"), number="INV-1")
    return reminders.add_promise(db.uow(), "INV-1", TODAY + dt.timedelta(days=5), D("300.00"), "by phone")


def outcome(db: Database, as_of: dt.date) -> str:
    return reminders.promise_outcomes(db.uow(), "C1", as_of)[0].outcome


def test_the_outcome_follows_the_payments(db: Database, promise: reminders.PromiseInfo) -> None:
    assert outcome(db, TODAY) == "open"
    assert outcome(db, TODAY + dt.timedelta(days=6)) == "broken"
    ledger.post_payment(db.uow(), "C1", TODAY + dt.timedelta(days=2), D("300.00"), invoice_number="INV-1")
    assert outcome(db, TODAY + dt.timedelta(days=6)) == "kept"
    reminders.cancel_promise(db.uow(), promise.id)
    assert outcome(db, TODAY + dt.timedelta(days=6)) == "cancelled"


def test_a_recorded_outcome_takes_the_promise_off_the_reminders(db: Database,
                                                                 promise: reminders.PromiseInfo) -> None:
    later = TODAY + dt.timedelta(days=8)
    assert [i.kind for i in reminders.reminders(db.uow(), later, 7).items
            if i.kind.startswith("promise")] == ["promise_broken"]
    rec = reminders.record_promise_outcome(db.uow(), promise.id, "broken", "customer in difficulty", on=later)
    assert (rec.outcome, rec.recorded, rec.outcome_note) == ("broken", True, "customer in difficulty")
    assert [i for i in reminders.reminders(db.uow(), later, 7).items if i.kind.startswith("promise")] == []
    # a second record replaces the first
    reminders.record_promise_outcome(db.uow(), promise.id, "kept", "paid in cash, not yet posted", on=later)
    p = reminders.promise_outcomes(db.uow(), "C1", later)[0]
    assert (p.outcome, p.outcome_note) == ("kept", "paid in cash, not yet posted")
    with pytest.raises(ValidationError):
        reminders.record_promise_outcome(db.uow(), promise.id, "maybe")
    reminders.cancel_promise(db.uow(), promise.id)
    with pytest.raises(StateError):
        reminders.record_promise_outcome(db.uow(), promise.id, "kept")


def test_a_file_made_at_0001_is_upgraded_with_the_promise_outcomes(tmp_path: Path) -> None:
    path = tmp_path / "old.duebook"
    engine = make_engine(to_url(path))
    command.upgrade(schema.alembic_config(engine), "0001")
    assert "promise_outcomes" not in inspect(engine).get_table_names()
    engine.dispose()
    db = open_company(str(path))
    assert schema.current_revision(db.engine) == schema.head_revision()
    assert "promise_outcomes" in inspect(db.engine).get_table_names()
    db.close()
