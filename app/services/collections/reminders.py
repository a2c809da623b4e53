"""Reminders (PRODUCT §7): invoices due soon, overdue invoices, promises to pay due or
broken, contracts ending within their reminder days, and follow-ups from the
communication log. Also the promise and contract records themselves.

A promise is kept when its invoice was settled by the promised date, or when the
applications to the invoice dated from the day the promise was made (or the
promised day itself, for a promise recorded afterwards) up to the promised
date add up to the promised amount. Otherwise, once the date has passed, it is
broken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Application, CommunicationEntry, Contract, Customer, Document, Promise
from app.models import money as m
from app.models.day import PROMISE_OUTCOMES, PromiseOutcomeRecord
from app.models.ledger import DEBIT_KINDS, DRAFT, VOIDED
from app.services import audit
from app.services.customers.records import find_customer
from app.services.errors import FieldProblem, NotFound, StateError, ValidationError, ValidationErrors
from app.services.permissions import require
from app.services.sql import get_or_raise, open_amount_at, open_at
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)
KINDS = ("overdue", "due_soon", "promise_broken", "promise_due", "contract_ending", "follow_up",
         "order_not_invoiced", "order_late")


@dataclass(frozen=True)
class ReminderItem:
    kind: str  # one of KINDS
    date: dt.date | None  # the date that makes it a reminder (due, promised, end, follow-up)
    customer: str
    customer_name: str
    reference: str  # invoice or contract number, or the log channel
    amount: Decimal | None
    text: str
    days: int  # days overdue (positive) or days left (negative = past)
    document_id: int | None = None
    record_id: int | None = None


@dataclass(frozen=True)
class Reminders:
    as_of: dt.date
    days: int
    items: tuple[ReminderItem, ...]

    def of(self, kind: str) -> list[ReminderItem]:
        return [i for i in self.items if i.kind == kind]


def _open_debits(session: Session, as_of: dt.date, due_until: dt.date) -> list[tuple[Any, ...]]:
    """(id, customer code, name, kind, number, due, open minor units) of debits open at D due by a date."""
    due = func.coalesce(Document.due_date, Document.date)
    q = (select(Document.id, Customer.code, Customer.name, Document.kind, Document.number, due,
                open_amount_at(as_of, 1))
         .join(Customer, Customer.id == Document.customer_id)
         .where(open_at(as_of, 1), Document.kind.in_(DEBIT_KINDS), Document.status != VOIDED, due <= due_until))
    return [tuple(r) for r in session.execute(q) if int(r[6]) > 0]


def _applied_between(session: Session, document_id: int, start: dt.date, end: dt.date) -> Decimal:
    from app.services.sql import money_sum

    return session.execute(select(money_sum(Application.amount)).where(
        Application.debit_id == document_id, Application.undone_at.is_(None), Application.applied_on >= start,
        Application.applied_on <= end)).scalar_one()


def promise_kept(session: Session, p: Promise, doc: Document) -> bool:
    if doc.settled_on is not None and doc.settled_on <= p.promised_on:
        return True
    made = min(p.created_at.date(), p.promised_on)
    return _applied_between(session, doc.id, made, p.promised_on) >= p.amount


def reminders(uow: UnitOfWork, as_of: dt.date | None = None, days: int = 7) -> Reminders:
    """Everything a bookkeeper should act on, as of a date, looking ``days`` ahead."""
    as_of = as_of or dt.date.today()
    if days < 0:
        raise ValidationError("days", "cannot be negative", code="range")
    ahead = as_of + dt.timedelta(days=days)
    items: list[ReminderItem] = []
    with uow:
        s = uow.session
        digits = uow.digits
        for did, code, name, kind, number, due, open_minor in _open_debits(s, as_of, ahead):
            n = (as_of - due).days
            amt = m.from_minor(int(open_minor), digits)
            if n >= 1:
                items.append(ReminderItem("overdue", due, code, name, number, amt,
                                          f"{kind.replace('_', ' ')} {number} is {n} days overdue", n, did))
            else:
                items.append(ReminderItem("due_soon", due, code, name, number, amt,
                                          f"{kind.replace('_', ' ')} {number} is due in {-n} days"
                                          if n else f"{kind.replace('_', ' ')} {number} is due today", n, did))
        q = (select(Promise, Document, Customer.code, Customer.name)
             .join(Document, Document.id == Promise.document_id)
             .join(Customer, Customer.id == Document.customer_id)
             .where(Promise.cancelled.is_(False), Promise.promised_on <= ahead,
                    ~select(PromiseOutcomeRecord.id).where(PromiseOutcomeRecord.promise_id == Promise.id).exists()))
        for p, doc, code, name in s.execute(q):
            if doc.status == VOIDED:
                continue
            n = (as_of - p.promised_on).days
            if p.promised_on >= as_of:
                if doc.settled_on is not None and doc.settled_on <= as_of:
                    continue
                items.append(ReminderItem("promise_due", p.promised_on, code, name, doc.number, p.amount,
                                          f"promised payment for {doc.number} due {p.promised_on.isoformat()}",
                                          n, doc.id, p.id))
            elif not promise_kept(s, p, doc):
                items.append(ReminderItem("promise_broken", p.promised_on, code, name, doc.number, p.amount,
                                          f"payment promised for {doc.number} by {p.promised_on.isoformat()} "
                                          "did not arrive", n, doc.id, p.id))
        q2 = (select(Contract, Customer.code, Customer.name).join(Customer, Customer.id == Contract.customer_id)
              .where(Contract.end_on >= as_of))
        for c, code, name in s.execute(q2):
            left = (c.end_on - as_of).days
            if left <= c.reminder_days:
                items.append(ReminderItem("contract_ending", c.end_on, code, name, c.number, c.value,
                                          f"contract {c.number} ends in {left} days", -left, None, c.id))
        q3 = (select(CommunicationEntry, Customer.code, Customer.name)
              .join(Customer, Customer.id == CommunicationEntry.customer_id)
              .where(CommunicationEntry.follow_up_on.is_not(None), CommunicationEntry.follow_up_on <= ahead,
                     CommunicationEntry.follow_up_done.is_(False)))
        for e, code, name in s.execute(q3):
            assert e.follow_up_on is not None
            items.append(ReminderItem("follow_up", e.follow_up_on, code, name, e.channel, None,
                                      f"follow up: {e.summary}", (as_of - e.follow_up_on).days, None, e.id))
        items += _order_items(s, as_of)
    order = {k: i for i, k in enumerate(KINDS)}
    items.sort(key=lambda it: (order[it.kind], it.date or as_of, it.customer, it.reference))
    return Reminders(as_of, days, tuple(items))


def _order_items(s: Session, as_of: dt.date) -> list[ReminderItem]:
    """Sales orders confirmed and not invoiced after the set days; orders past their delivery date."""
    from app.services.orders.service import order_reminders

    out = []
    for o in order_reminders(s, as_of):
        if o.kind == "order_not_invoiced":
            text = f"order {o.number} confirmed {o.days} days ago is not invoiced"
        else:
            text = f"order {o.number} was to be delivered {o.days} days ago"
        out.append(ReminderItem(o.kind, o.date, o.customer, o.customer_name, o.number, o.open_amount, text, o.days))
    return out


def to_json(r: Reminders, digits: int = 2) -> dict[str, Any]:
    """The JSON of ``duebook reminders --json``."""
    def money(v: Decimal | None) -> str | None:
        return None if v is None else m.format_plain(v, digits)

    def rows(kind: str, date_key: str, ref_key: str, amount_key: str, days_key: str) -> list[dict[str, Any]]:
        out = []
        for it in r.of(kind):
            row: dict[str, Any] = {"customer": it.customer, ref_key: it.reference,
                                   date_key: it.date.isoformat() if it.date else None}
            if amount_key:
                row[amount_key] = money(it.amount)
            if days_key:
                row[days_key] = it.days if days_key == "days_overdue" else -it.days
            out.append(row)
        return out

    return {
        "as_of": r.as_of.isoformat(),
        "days": r.days,
        "due_soon": rows("due_soon", "due_date", "number", "open_amount", "days_left"),
        "overdue": rows("overdue", "due_date", "number", "open_amount", "days_overdue"),
        "promises_due": rows("promise_due", "promised_on", "number", "amount", "days_left"),
        "promises_broken": rows("promise_broken", "promised_on", "number", "amount", "days_overdue"),
        "contracts_ending": rows("contract_ending", "end_on", "contract", "value", "days_left"),
        "orders_not_invoiced": rows("order_not_invoiced", "confirmed_on", "order", "open_amount", "days_overdue"),
        "orders_late": rows("order_late", "expected_on", "order", "open_amount", "days_overdue"),
        "follow_ups": [{"customer": it.customer, "follow_up_on": it.date.isoformat() if it.date else None,
                        "channel": it.reference, "summary": it.text.removeprefix("follow up: ")}
                       for it in r.of("follow_up")],
    }


# ---------------------------------------------------------------- promises

@dataclass(frozen=True)
class PromiseInfo:
    id: int
    customer: str
    invoice: str
    promised_on: dt.date
    amount: Decimal
    note: str
    cancelled: bool
    created_by: str


def _promise_info(p: Promise, doc: Document, code: str) -> PromiseInfo:
    return PromiseInfo(p.id, code, doc.number, p.promised_on, p.amount, p.note, p.cancelled, p.created_by)


def add_promise(uow: UnitOfWork, invoice_number: str, promised_on: dt.date, amount: Decimal, note: str = "",
                kind: str = "invoice") -> PromiseInfo:
    """Record a customer's promise to pay (part of) an invoice by a date."""
    require(uow, "customer.write")
    with uow:
        s = uow.session
        doc = s.execute(select(Document).where(Document.kind == kind, Document.number == invoice_number)
                        ).scalar_one_or_none()
        if doc is None or doc.status == DRAFT:
            raise NotFound(kind, invoice_number)
        problems = []
        if not isinstance(amount, Decimal) or amount <= 0:
            problems.append(FieldProblem("amount", "positive", "must be greater than zero"))
        elif amount != m.round_money(amount, uow.digits):
            problems.append(FieldProblem("amount", "digits", f"at most {uow.digits} decimal places"))
        elif amount > doc.amount:
            problems.append(FieldProblem("amount", "too_much", "more than the invoice amount"))
        if problems:
            raise ValidationErrors(problems)
        p = Promise(document_id=doc.id, promised_on=promised_on, amount=amount, note=note.strip(),
                    created_by=uow.user)
        s.add(p)
        s.flush()
        code = s.execute(select(Customer.code).where(Customer.id == doc.customer_id)).scalar_one()
        audit.record(s, uow.user, "promise.add", "invoice", doc.number,
                     after={"promised_on": promised_on, "amount": amount, "note": p.note})
        info = _promise_info(p, doc, code)
        uow.commit()
        return info


def cancel_promise(uow: UnitOfWork, promise_id: int) -> None:
    require(uow, "customer.write")
    with uow:
        s = uow.session
        p = get_or_raise(s, Promise, promise_id, what="promise")
        if p.cancelled:
            raise StateError("the promise is already cancelled")
        p.cancelled = True
        s.flush()
        audit.record(s, uow.user, "promise.cancel", "promise", p.id)
        uow.commit()


def promises(uow: UnitOfWork, code: str) -> list[PromiseInfo]:
    with uow:
        s = uow.session
        c = find_customer(s, code)
        q = (select(Promise, Document).join(Document, Document.id == Promise.document_id)
             .where(Document.customer_id == c.id).order_by(Promise.promised_on, Promise.id))
        return [_promise_info(p, d, c.code) for p, d in s.execute(q)]


OUTCOMES = ("open", "kept", "broken", "cancelled", "voided")


@dataclass(frozen=True)
class PromiseOutcome:
    """A promise and what became of it at a date: ``open`` (date not passed, not yet paid),
    ``kept`` (paid as promised), ``broken`` (date passed, not paid), ``cancelled``, ``voided``
    (the invoice was voided). ``paid`` is what was applied to the invoice in the promise's window."""

    id: int
    customer: str
    invoice: str
    invoice_id: int
    promised_on: dt.date
    amount: Decimal
    note: str
    created_by: str
    outcome: str
    paid: Decimal
    recorded: bool = False  # the outcome was recorded by the bookkeeper (not read from the payments)
    outcome_note: str = ""


def _outcome(s: Session, p: Promise, doc: Document, as_of: dt.date) -> tuple[str, Decimal]:
    made = min(p.created_at.date(), p.promised_on)
    paid = _applied_between(s, doc.id, made, min(p.promised_on, as_of))
    if p.cancelled:
        return "cancelled", paid
    if doc.status == VOIDED:
        return "voided", paid
    settled = doc.settled_on is not None and doc.settled_on <= min(p.promised_on, as_of)
    if settled or paid >= p.amount:
        return "kept", paid
    return ("open" if p.promised_on >= as_of else "broken"), paid


def promise_outcomes(uow: UnitOfWork, code: str, as_of: dt.date | None = None) -> list[PromiseOutcome]:
    """A customer's promises with their outcome at ``as_of`` (today), newest promised date first."""
    as_of = as_of or dt.date.today()
    with uow:
        s = uow.session
        c = find_customer(s, code)
        q = (select(Promise, Document).join(Document, Document.id == Promise.document_id)
             .where(Document.customer_id == c.id).order_by(Promise.promised_on.desc(), Promise.id.desc()))
        out = []
        recorded = {r.promise_id: r for r in s.execute(
            select(PromiseOutcomeRecord).join(Promise, Promise.id == PromiseOutcomeRecord.promise_id)
            .join(Document, Document.id == Promise.document_id).where(Document.customer_id == c.id)).scalars()}
        for p, d in s.execute(q):
            outcome, paid = _outcome(s, p, d, as_of)
            r = recorded.get(p.id)
            if r is not None and not p.cancelled:
                outcome = r.outcome
            out.append(PromiseOutcome(p.id, c.code, d.number, d.id, p.promised_on, p.amount, p.note, p.created_by,
                                      outcome, paid, r is not None, r.note if r is not None else ""))
        return out


def record_promise_outcome(uow: UnitOfWork, promise_id: int, outcome: str, note: str = "",
                           on: dt.date | None = None) -> PromiseOutcome:
    """Record that a promise was kept or broken (a second record replaces the first).

    The promise leaves the reminders: the bookkeeper has dealt with it.
    """
    require(uow, "customer.write")
    if outcome not in PROMISE_OUTCOMES:
        raise ValidationError("outcome", f"one of {', '.join(PROMISE_OUTCOMES)}", code="choice")
    on = on or dt.date.today()
    with uow:
        s = uow.session
        p = get_or_raise(s, Promise, promise_id, what="promise")
        if p.cancelled:
            raise StateError("the promise is cancelled")
        doc = s.get(Document, p.document_id)
        assert doc is not None
        r = s.execute(select(PromiseOutcomeRecord).where(PromiseOutcomeRecord.promise_id == p.id)).scalar_one_or_none()
        before = {"outcome": r.outcome, "note": r.note} if r is not None else None
        if r is None:
            r = PromiseOutcomeRecord(promise_id=p.id, outcome=outcome, note=note.strip(), recorded_on=on,
                                     recorded_by=uow.user)
            s.add(r)
        else:
            r.outcome, r.note, r.recorded_on, r.recorded_by = outcome, note.strip(), on, uow.user
        s.flush()
        audit.record(s, uow.user, "promise.outcome", doc.kind, doc.number, before=before,
                     after={"promised_on": p.promised_on, "amount": p.amount, "outcome": outcome, "note": r.note})
        code = s.execute(select(Customer.code).where(Customer.id == doc.customer_id)).scalar_one()
        _computed, paid = _outcome(s, p, doc, on)
        info = PromiseOutcome(p.id, code, doc.number, doc.id, p.promised_on, p.amount, p.note, p.created_by,
                              outcome, paid, True, r.note)
        uow.commit()
        return info


# ---------------------------------------------------------------- contracts

@dataclass(frozen=True)
class ContractInfo:
    id: int
    customer: str
    number: str
    description: str
    start_on: dt.date
    end_on: dt.date
    value: Decimal
    reminder_days: int


def _contract_info(c: Contract, code: str) -> ContractInfo:
    return ContractInfo(c.id, code, c.number, c.description, c.start_on, c.end_on, c.value, c.reminder_days)


def _check_contract(number: str, start_on: dt.date, end_on: dt.date, value: Decimal, reminder_days: int,
                    digits: int) -> None:
    problems = []
    if not number.strip():
        problems.append(FieldProblem("number", "required", "a contract number is needed"))
    if end_on < start_on:
        problems.append(FieldProblem("end_on", "order", "cannot end before it starts"))
    if not isinstance(value, Decimal) or value < 0:
        problems.append(FieldProblem("value", "negative", "cannot be negative"))
    elif value != m.round_money(value, digits):
        problems.append(FieldProblem("value", "digits", f"at most {digits} decimal places"))
    if reminder_days < 0 or reminder_days > 3650:
        problems.append(FieldProblem("reminder_days", "range", "between 0 and 3650 days"))
    if problems:
        raise ValidationErrors(problems)


def add_contract(uow: UnitOfWork, code: str, number: str, start_on: dt.date, end_on: dt.date, value: Decimal,
                 reminder_days: int = 30, description: str = "") -> ContractInfo:
    require(uow, "customer.write")
    _check_contract(number, start_on, end_on, value, reminder_days, uow.digits)
    with uow:
        s = uow.session
        cust = find_customer(s, code)
        if s.execute(select(Contract.id).where(Contract.customer_id == cust.id,
                                               Contract.number == number.strip())).first():
            raise ValidationErrors([FieldProblem("number", "duplicate", f"contract {number} already exists")])
        c = Contract(customer_id=cust.id, number=number.strip(), description=description, start_on=start_on,
                     end_on=end_on, value=value, reminder_days=reminder_days)
        s.add(c)
        s.flush()
        info = _contract_info(c, cust.code)
        audit.record(s, uow.user, "contract.add", "contract", f"{cust.code}/{c.number}", after=info.__dict__)
        uow.commit()
        return info


def update_contract(uow: UnitOfWork, contract_id: int, number: str, start_on: dt.date, end_on: dt.date,
                    value: Decimal, reminder_days: int, description: str = "") -> ContractInfo:
    require(uow, "customer.write")
    _check_contract(number, start_on, end_on, value, reminder_days, uow.digits)
    with uow:
        s = uow.session
        c = get_or_raise(s, Contract, contract_id, what="contract")
        code = s.execute(select(Customer.code).where(Customer.id == c.customer_id)).scalar_one()
        before = _contract_info(c, code)
        c.number, c.start_on, c.end_on, c.value = number.strip(), start_on, end_on, value
        c.reminder_days, c.description = reminder_days, description
        s.flush()
        info = _contract_info(c, code)
        audit.record(s, uow.user, "contract.update", "contract", f"{code}/{c.number}", before=before.__dict__,
                     after=info.__dict__)
        uow.commit()
        return info


def delete_contract(uow: UnitOfWork, contract_id: int) -> None:
    require(uow, "customer.write")
    with uow:
        s = uow.session
        c = get_or_raise(s, Contract, contract_id, what="contract")
        code = s.execute(select(Customer.code).where(Customer.id == c.customer_id)).scalar_one()
        audit.record(s, uow.user, "contract.delete", "contract", f"{code}/{c.number}",
                     before=_contract_info(c, code).__dict__)
        s.delete(c)
        uow.commit()


def contracts(uow: UnitOfWork, code: str) -> list[ContractInfo]:
    with uow:
        s = uow.session
        cust = find_customer(s, code)
        rows = s.execute(select(Contract).where(Contract.customer_id == cust.id)
                         .order_by(Contract.end_on, Contract.number)).scalars()
        return [_contract_info(c, cust.code) for c in rows]
