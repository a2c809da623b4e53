"""The communication log per customer: calls, emails, visits, letters, and their follow-ups.

An entry with a follow-up date is a reminder until it is marked done;
:func:`follow_ups_due` is what the reminders of the credit area read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CommunicationEntry, Customer
from app.services import audit
from app.services.errors import FieldProblem, NotFound, ValidationErrors
from app.services.permissions import require
from app.services.sql import get_or_raise
from app.services.unit_of_work import UnitOfWork

CHANNELS = ("phone", "email", "visit", "letter", "meeting", "message", "other")


@dataclass(frozen=True)
class CommunicationInput:
    date: dt.date
    channel: str
    summary: str
    follow_up_on: dt.date | None = None


@dataclass(frozen=True)
class CommunicationInfo:
    id: int
    customer_id: int
    customer_code: str
    customer_name: str
    date: dt.date
    channel: str
    summary: str
    follow_up_on: dt.date | None
    follow_up_done: bool
    created_by: str


def _check(data: CommunicationInput) -> None:
    problems = []
    if data.channel not in CHANNELS:
        problems.append(FieldProblem("channel", "choice", f"one of {', '.join(CHANNELS)}"))
    if not data.summary.strip():
        problems.append(FieldProblem("summary", "required", "say what was discussed"))
    if data.follow_up_on is not None and data.follow_up_on < data.date:
        problems.append(FieldProblem("follow_up_on", "order", "a follow-up cannot be before the contact"))
    if problems:
        raise ValidationErrors(problems)


def _info(e: CommunicationEntry, c: Customer) -> CommunicationInfo:
    return CommunicationInfo(e.id, c.id, c.code, c.name, e.date, e.channel, e.summary, e.follow_up_on,
                             e.follow_up_done, e.created_by)


def _customer(s: Session, key: int | str) -> Customer:
    q = select(Customer).where(Customer.id == key if isinstance(key, int) else Customer.code == key)
    c = s.execute(q).scalar_one_or_none()
    if c is None:
        raise NotFound("customer", key)
    return c


def _entry(s: Session, entry_id: int) -> tuple[CommunicationEntry, Customer]:
    e = get_or_raise(s, CommunicationEntry, entry_id, what="communication entry")
    c = s.get(Customer, e.customer_id)
    assert c is not None
    return e, c


def _view(e: CommunicationEntry) -> dict[str, object]:
    return {"date": e.date, "channel": e.channel, "summary": e.summary, "follow_up_on": e.follow_up_on,
            "follow_up_done": e.follow_up_done}


def add_entry(uow: UnitOfWork, customer: int | str, data: CommunicationInput) -> CommunicationInfo:
    """Log a contact with a customer."""
    require(uow, "customer.write")
    _check(data)
    require(uow, "customer.write")
    with uow:
        s = uow.session
        c = _customer(s, customer)
        e = CommunicationEntry(customer_id=c.id, date=data.date, channel=data.channel,
                               summary=data.summary.strip(), follow_up_on=data.follow_up_on,
                               follow_up_done=False, created_by=uow.user)
        s.add(e)
        s.flush()
        audit.record(s, uow.user, "communication.add", "customer", c.code, after=_view(e))
        info = _info(e, c)
        uow.commit()
        return info


def update_entry(uow: UnitOfWork, entry_id: int, data: CommunicationInput) -> CommunicationInfo:
    require(uow, "customer.write")
    _check(data)
    require(uow, "customer.write")
    with uow:
        s = uow.session
        e, c = _entry(s, entry_id)
        before = _view(e)
        e.date, e.channel, e.summary, e.follow_up_on = data.date, data.channel, data.summary.strip(), data.follow_up_on
        s.flush()
        audit.record(s, uow.user, "communication.update", "customer", c.code, before=before, after=_view(e))
        info = _info(e, c)
        uow.commit()
        return info


def delete_entry(uow: UnitOfWork, entry_id: int) -> None:
    require(uow, "customer.write")
    with uow:
        s = uow.session
        e, c = _entry(s, entry_id)
        audit.record(s, uow.user, "communication.delete", "customer", c.code, before=_view(e))
        s.delete(e)
        uow.commit()


def set_follow_up_done(uow: UnitOfWork, entry_id: int, done: bool = True) -> CommunicationInfo:
    """Mark a follow-up as done (it stops being a reminder) or open it again."""
    require(uow, "customer.write")
    with uow:
        s = uow.session
        e, c = _entry(s, entry_id)
        e.follow_up_done = done
        s.flush()
        audit.record(s, uow.user, "communication.follow_up_done" if done else "communication.follow_up_open",
                     "customer", c.code, after=_view(e))
        info = _info(e, c)
        uow.commit()
        return info


def entries_for(uow: UnitOfWork, customer: int | str, limit: int | None = None) -> list[CommunicationInfo]:
    """A customer's log, newest first."""
    with uow:
        s = uow.session
        c = _customer(s, customer)
        q = (select(CommunicationEntry).where(CommunicationEntry.customer_id == c.id)
             .order_by(CommunicationEntry.date.desc(), CommunicationEntry.id.desc()))
        if limit:
            q = q.limit(limit)
        return [_info(e, c) for e in s.execute(q).scalars()]


def follow_ups_due_in(s: Session, as_of: dt.date, days: int = 7) -> list[CommunicationInfo]:
    """Open follow-ups dated on or before ``as_of + days`` (overdue ones included), earliest first."""
    q = (select(CommunicationEntry, Customer).join(Customer, Customer.id == CommunicationEntry.customer_id)
         .where(CommunicationEntry.follow_up_on.is_not(None),
                CommunicationEntry.follow_up_on <= as_of + dt.timedelta(days=days),
                CommunicationEntry.follow_up_done.is_(False))
         .order_by(CommunicationEntry.follow_up_on, Customer.code, CommunicationEntry.id))
    return [_info(e, c) for e, c in s.execute(q)]


def follow_ups_due(uow: UnitOfWork, as_of: dt.date, days: int = 7) -> list[CommunicationInfo]:
    with uow:
        return follow_ups_due_in(uow.session, as_of, days)
