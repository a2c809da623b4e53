"""Reminders: due soon, overdue, promises due or broken, contracts ending, follow-ups."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import CommunicationEntry, Customer
from app.services.collections import reminders
from app.services.errors import NotFound, ValidationErrors
from app.services.unit_of_work import Database
from tests.services.credit_helpers import A, D, customer, invoice, pay


def kinds(r: reminders.Reminders) -> list[tuple[str, str]]:
    return [(i.kind, i.reference) for i in r.items]


def test_due_soon_and_overdue(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00", due="2025-01-31")  # overdue at D
    invoice(db, "C1", "I2", "2025-01-01", "100.00", due="2025-02-08")  # due in 7 days
    invoice(db, "C1", "I3", "2025-01-01", "100.00", due="2025-02-09")  # 8 days: not yet
    invoice(db, "C1", "I4", "2025-01-01", "100.00", due="2025-01-20")
    pay(db, "C1", "P1", "2025-01-25", "100.00", "I4")  # paid: nothing to remind
    r = reminders.reminders(db.uow(), D("2025-02-01"), days=7)
    assert kinds(r) == [("overdue", "I1"), ("due_soon", "I2")]
    assert r.items[0].days == 1 and r.items[1].days == -7


def test_promise_due_kept_and_broken(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00", due="2025-01-31")
    invoice(db, "C1", "I2", "2025-01-01", "100.00", due="2025-01-31")
    invoice(db, "C1", "I3", "2025-01-01", "100.00", due="2025-01-31")
    reminders.add_promise(db.uow(), "I1", D("2025-02-10"), A("100.00"), "CFO called")
    reminders.add_promise(db.uow(), "I2", D("2025-02-03"), A("50.00"))
    reminders.add_promise(db.uow(), "I3", D("2025-02-03"), A("100.00"))
    pay(db, "C1", "P1", "2025-02-03", "50.00", "I2")  # the promised part arrived on the day: kept
    r = reminders.reminders(db.uow(), D("2025-02-05"), days=7)
    assert [(i.kind, i.reference) for i in r.items if i.kind.startswith("promise")] == [
        ("promise_broken", "I3"), ("promise_due", "I1")]
    with pytest.raises(ValidationErrors):
        reminders.add_promise(db.uow(), "I1", D("2025-02-10"), A("0"))
    with pytest.raises(NotFound):
        reminders.add_promise(db.uow(), "NOPE", D("2025-02-10"), A("1.00"))
    i3 = next(p for p in reminders.promises(db.uow(), "C1") if p.invoice == "I3")
    reminders.cancel_promise(db.uow(), i3.id)
    assert reminders.reminders(db.uow(), D("2025-02-05"), days=7).of("promise_broken") == []


def test_contracts_ending_within_their_reminder_days(db: Database) -> None:
    customer(db, "C1")
    reminders.add_contract(db.uow(), "C1", "K-1", D("2024-01-01"), D("2025-03-01"), A("50000.00"), 30)
    reminders.add_contract(db.uow(), "C1", "K-2", D("2024-01-01"), D("2025-06-01"), A("1000.00"), 30)
    reminders.add_contract(db.uow(), "C1", "K-3", D("2024-01-01"), D("2025-01-31"), A("1000.00"), 30)  # ended
    r = reminders.reminders(db.uow(), D("2025-02-01"))
    assert kinds(r) == [("contract_ending", "K-1")]
    with pytest.raises(ValidationErrors):
        reminders.add_contract(db.uow(), "C1", "K-1", D("2024-01-01"), D("2025-03-01"), A("1.00"))
    with pytest.raises(ValidationErrors):
        reminders.add_contract(db.uow(), "C1", "K-9", D("2025-01-01"), D("2024-03-01"), A("1.00"))
    k2 = next(c for c in reminders.contracts(db.uow(), "C1") if c.number == "K-2")
    reminders.update_contract(db.uow(), k2.id, "K-2", k2.start_on, D("2025-02-15"), k2.value, 30)
    assert kinds(reminders.reminders(db.uow(), D("2025-02-01"))) == [("contract_ending", "K-2"),
                                                                    ("contract_ending", "K-1")]
    reminders.delete_contract(db.uow(), k2.id)
    assert len(reminders.contracts(db.uow(), "C1")) == 2


def test_follow_ups_from_the_communication_log(db: Database) -> None:
    customer(db, "C1")
    with db.uow() as uow:
        cid = uow.session.execute(select(Customer.id)).scalar_one()
        uow.session.add(CommunicationEntry(customer_id=cid, date=D("2025-01-20"), channel="phone",
                                           summary="promised to check with accounts", follow_up_on=D("2025-02-03")))
        uow.session.add(CommunicationEntry(customer_id=cid, date=D("2025-01-20"), channel="email",
                                           summary="done already", follow_up_on=D("2025-02-03"), follow_up_done=True))
        uow.commit()
    r = reminders.reminders(db.uow(), D("2025-02-01"), days=7)
    assert [(i.kind, i.text) for i in r.items] == [("follow_up", "follow up: promised to check with accounts")]
    assert reminders.to_json(r)["follow_ups"] == [{"customer": "C1", "follow_up_on": "2025-02-03",
                                                   "channel": "phone", "summary": "promised to check with accounts"}]
