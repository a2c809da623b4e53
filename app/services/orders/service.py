"""Sales orders: create, confirm (credit policy), invoice (whole or in parts), cancel, read.

An order's *open amount* is its amount less what its invoices billed (voided invoices do
not count). Confirmed orders with an open amount count in the customer's credit exposure
until they are invoiced or cancelled.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, selectinload

from app.models import (
    Customer,
    Document,
    NumberSequence,
    SalesOrder,
    SalesOrderInvoice,
    SalesOrderLine,
    Setting,
)
from app.models import money as m
from app.models.credit import CreditOverride
from app.models.db import lock_row
from app.models.ledger import VOIDED
from app.models.types import dialect_digits
from app.services import audit
from app.services.credit import policy as credit_policy
from app.services.credit.figures import hold_reason, limit_of
from app.services.customers.records import find_customer
from app.services.dto import DocumentInfo, LineInfo, LineInput
from app.services.errors import FieldProblem, NotFound, StateError, ValidationError, ValidationErrors
from app.services.ledger import postings as ledger
from app.services.permissions import require
from app.services.sql import balance_of, raw
from app.services.unit_of_work import UnitOfWork

STATUSES = ("draft", "confirmed", "invoiced", "cancelled")
SEQUENCE = "sales_order"
PREFIX = "SO"
REMINDER_SETTING = "orders.reminder_days"
DEFAULT_REMINDER_DAYS = 14
ZERO = Decimal(0)


@dataclass(frozen=True)
class OrderInfo:
    id: int
    number: str
    customer_id: int
    customer_code: str
    customer_name: str
    date: dt.date
    expected_on: dt.date | None
    amount: Decimal
    invoiced: Decimal
    open_amount: Decimal
    status: str
    notes: str = ""
    cancel_reason: str = ""
    confirmed_on: dt.date | None = None
    override_reason: str = ""
    lines: tuple[LineInfo, ...] = ()
    invoices: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConfirmResult:
    order: OrderInfo
    warning: str = ""


@dataclass(frozen=True)
class OrderInvoiced:
    order: OrderInfo
    invoice: DocumentInfo
    warning: str = ""


@dataclass(frozen=True)
class CustomerOrders:
    """A customer's open confirmed orders and what they add to the exposure (for the credit view)."""

    customer: str
    orders: tuple[OrderInfo, ...]
    open_total: Decimal
    exposure: Decimal  # owed on posted documents
    exposure_with_orders: Decimal
    credit_limit: Decimal | None


# ---------------------------------------------------------------- reading

def _invoiced_sum() -> object:
    return (select(func.coalesce(func.sum(raw(SalesOrderInvoice.amount)), 0))
            .join(Document, Document.id == SalesOrderInvoice.document_id)
            .where(SalesOrderInvoice.order_id == SalesOrder.id, Document.status != VOIDED)
            .correlate(SalesOrder).scalar_subquery())


def _invoiced_of(s: Session, order_id: int) -> tuple[Decimal, tuple[str, ...]]:
    return _invoiced_of_many(s, [order_id]).get(order_id, (ZERO, ()))


def _invoiced_of_many(s: Session, order_ids: Sequence[int]) -> dict[int, tuple[Decimal, tuple[str, ...]]]:
    """order id -> (amount invoiced by invoices not voided, every invoice's number), in few queries."""
    out: dict[int, tuple[Decimal, tuple[str, ...]]] = {}
    ids = list(order_ids)
    for i in range(0, len(ids), 900):
        rows = s.execute(select(SalesOrderInvoice.order_id, SalesOrderInvoice.amount, Document.number,
                                Document.status)
                         .join(Document, Document.id == SalesOrderInvoice.document_id)
                         .where(SalesOrderInvoice.order_id.in_(ids[i:i + 900]))
                         .order_by(SalesOrderInvoice.order_id, SalesOrderInvoice.id)).all()
        for oid, amount, number, status in rows:
            total, numbers = out.get(oid, (ZERO, ()))
            out[oid] = (total + (amount if status != VOIDED else ZERO), (*numbers, number))
    return out


def _info(s: Session, o: SalesOrder, c: Customer | None = None,
          invoiced_of: tuple[Decimal, tuple[str, ...]] | None = None) -> OrderInfo:
    c = c or s.get(Customer, o.customer_id)
    assert c is not None
    invoiced, numbers = invoiced_of if invoiced_of is not None else _invoiced_of(s, o.id)
    open_amount = o.amount - invoiced if o.status in ("draft", "confirmed") else o.amount - o.amount
    return OrderInfo(
        id=o.id, number=o.number, customer_id=c.id, customer_code=c.code, customer_name=c.name, date=o.date,
        expected_on=o.expected_on, amount=o.amount, invoiced=invoiced + (o.amount - o.amount),
        open_amount=max(open_amount, o.amount - o.amount), status=o.status, notes=o.notes,
        cancel_reason=o.cancel_reason, confirmed_on=o.confirmed_on, override_reason=o.override_reason,
        lines=tuple(LineInfo(ln.position, ln.description, ln.quantity, ln.unit_price, ln.tax_rate, ln.net, ln.tax,
                             ln.total) for ln in o.lines),
        invoices=numbers)


def _find(s: Session, number: str, lock: bool = False) -> SalesOrder:
    o = s.execute(select(SalesOrder).options(selectinload(SalesOrder.lines))
                  .where(SalesOrder.number == number.strip())).scalar_one_or_none()
    if o is None:
        raise NotFound("order", number)
    if lock:
        lock_row(s, SalesOrder, o.id)
    return o


def get_order(uow: UnitOfWork, number: str) -> OrderInfo:
    with uow:
        return _info(uow.session, _find(uow.session, number))


def list_orders(uow: UnitOfWork, status: str = "", customer: str | int | None = None,
                date_from: dt.date | None = None, date_to: dt.date | None = None, search: str = "",
                open_only: bool = False) -> list[OrderInfo]:
    """Orders, newest first; ``status`` one of :data:`STATUSES` (or '' for all); ``open_only``: draft
    and confirmed ones."""
    if status and status not in STATUSES:
        raise ValidationError("status", f"one of {', '.join(STATUSES)}", code="choice")
    with uow:
        s = uow.session
        q = (select(SalesOrder, Customer).options(selectinload(SalesOrder.lines))
             .join(Customer, Customer.id == SalesOrder.customer_id))
        if status:
            q = q.where(SalesOrder.status == status)
        if open_only:
            q = q.where(SalesOrder.status.in_(("draft", "confirmed")))
        if customer is not None and customer != "":
            q = q.where(SalesOrder.customer_id == find_customer(s, customer).id)
        if date_from:
            q = q.where(SalesOrder.date >= date_from)
        if date_to:
            q = q.where(SalesOrder.date <= date_to)
        if search.strip():
            like = f"%{search.strip().lower()}%"
            q = q.where(func.lower(SalesOrder.number).like(like) | func.lower(Customer.name).like(like)
                        | func.lower(Customer.code).like(like) | func.lower(SalesOrder.notes).like(like))
        q = q.order_by(SalesOrder.date.desc(), SalesOrder.number.desc())
        rows = s.execute(q).all()
        invoiced = _invoiced_of_many(s, [o.id for o, _c in rows])
        return [_info(s, o, c, invoiced.get(o.id, (ZERO, ()))) for o, c in rows]


def open_orders_total(session: Session, customer_id: int, exclude_id: int | None = None) -> Decimal:
    """What the customer's confirmed orders still hold open (their amounts less what was invoiced)."""
    q = select(func.coalesce(func.sum(raw(SalesOrder.amount) - _invoiced_sum()), 0)).where(
        SalesOrder.customer_id == customer_id, SalesOrder.status == "confirmed")
    if exclude_id is not None:
        q = q.where(SalesOrder.id != exclude_id)
    minor = int(session.execute(q).scalar_one() or 0)
    return m.from_minor(max(minor, 0), dialect_digits(session.get_bind().dialect))


def customer_orders(uow: UnitOfWork, customer: str | int) -> CustomerOrders:
    """A customer's open confirmed orders, their total, and the exposure with and without them."""
    with uow:
        s = uow.session
        c = find_customer(s, customer)
        rows = s.execute(select(SalesOrder).options(selectinload(SalesOrder.lines))
                         .where(SalesOrder.customer_id == c.id, SalesOrder.status == "confirmed")
                         .order_by(SalesOrder.date, SalesOrder.number)).scalars().all()
        infos = tuple(i for i in (_info(s, o, c) for o in rows) if i.open_amount > 0)
        total = sum((i.open_amount for i in infos), m.from_minor(0, uow.digits))
        exposure = balance_of(s, c.id) + m.from_minor(0, uow.digits)
        return CustomerOrders(c.code, infos, total, exposure, exposure + total, limit_of(c))


# ---------------------------------------------------------------- writing

def _next_number(s: Session) -> str:
    seq = s.get(NumberSequence, SEQUENCE, with_for_update=True, populate_existing=True)
    if seq is None:
        seq = NumberSequence(name=SEQUENCE, prefix=PREFIX, next_value=1, width=6)
        s.add(seq)
    n = seq.next_value
    while True:
        number = f"{seq.prefix}{n:0{seq.width}d}"
        n += 1
        if not s.execute(select(exists().where(SalesOrder.number == number))).scalar():
            seq.next_value = n
            return number


def _order_lines(lines: Sequence[LineInput], digits: int) -> list[SalesOrderLine]:
    out = []
    for ln in ledger.compute_lines(lines, digits):
        out.append(SalesOrderLine(position=ln.position, description=ln.description, quantity=ln.quantity,
                                  unit_price=ln.unit_price, tax_rate=ln.tax_rate, net=ln.net, tax=ln.tax,
                                  total=ln.total))
    return out


def _audit_order(o: OrderInfo) -> dict[str, object]:
    return {"customer": o.customer_code, "number": o.number, "date": o.date, "expected_on": o.expected_on,
            "amount": o.amount, "status": o.status, "lines": len(o.lines)}


def create_order(uow: UnitOfWork, customer: int | str, date: dt.date, amount: Decimal | None = None, *,
                 lines: Sequence[LineInput] = (), number: str = "", expected_on: dt.date | None = None,
                 notes: str = "") -> OrderInfo:
    """A draft order of one amount or of lines (quantity x unit price + tax)."""
    require(uow, "document.post")
    problems: list[FieldProblem] = []
    if not lines:
        if amount is None:
            problems.append(FieldProblem("amount", "required", "an amount or lines are needed"))
        elif amount <= 0:
            problems.append(FieldProblem("amount", "positive", "must be greater than zero"))
        elif amount != m.round_money(amount, uow.digits):
            problems.append(FieldProblem("amount", "digits", f"at most {uow.digits} decimal places"))
    if expected_on is not None and expected_on < date:
        problems.append(FieldProblem("expected_on", "order", "the delivery date is before the order date"))
    if len(number.strip()) > 60:
        problems.append(FieldProblem("number", "too_long", "at most 60 characters"))
    if problems:
        raise ValidationErrors(problems)
    with uow:
        s = uow.session
        c = find_customer(s, customer)
        if c.archived:
            raise StateError(f"customer {c.code} is archived; bring it back before taking an order")
        rows = _order_lines(lines, uow.digits) if lines else []
        if rows:
            amount = sum((ln.total for ln in rows), m.from_minor(0, uow.digits))
            if amount <= 0:
                raise ValidationError("amount", "must be greater than zero", code="positive")
        if number.strip():
            if s.execute(select(exists().where(SalesOrder.number == number.strip()))).scalar():
                raise ValidationErrors([FieldProblem("number", "duplicate", f"order {number.strip()} already exists")])
            num = number.strip()
        else:
            num = _next_number(s)
        assert amount is not None
        o = SalesOrder(number=num, customer_id=c.id, date=date, expected_on=expected_on, amount=amount,
                       notes=notes.strip(), status="draft", created_by=uow.user)
        o.lines = rows
        s.add(o)
        s.flush()
        info = _info(s, o, c)
        audit.record(s, uow.user, "order.create", "order", o.number, after=_audit_order(info))
        uow.commit()
        return info


def _override_status(s: Session, c: Customer, date: dt.date) -> str:
    today = dt.date.today()
    if hold_reason(s, c, today) is not None or hold_reason(s, c, date) is not None:
        return "hold"
    return "over"


def confirm_order(uow: UnitOfWork, number: str, override_reason: str = "",
                  today: dt.date | None = None) -> ConfirmResult:
    """Confirm a draft order after the credit check on exposure + open confirmed orders + this one."""
    require(uow, "document.post")
    day = today or dt.date.today()
    with uow:
        s = uow.session
        o = _find(s, number, lock=True)
        c = find_customer(s, o.customer_id)
        lock_row(s, Customer, c.id)
        if o.status != "draft":
            raise StateError(f"order {o.number} is {o.status}; only a draft order can be confirmed")
        if c.archived:
            raise StateError(f"customer {c.code} is archived; bring it back before taking an order")
        others = open_orders_total(s, c.id, exclude_id=o.id)
        # The policy of invoices, on what the customer owes plus what the open orders will bill.
        warning = credit_policy.check_posting(s, uow, c, others + o.amount, day, override_reason)
        o.status = "confirmed"
        o.confirmed_on = day
        o.confirmed_by = uow.user
        if warning.startswith("credit override"):
            o.override_reason = override_reason.strip()
            exposure = balance_of(s, c.id) + others
            status = _override_status(s, c, day)
            s.add(CreditOverride(customer_id=c.id, document_id=None, status=status, exposure=exposure,
                                 credit_limit=limit_of(c), amount=o.amount, reason=o.override_reason,
                                 created_by=uow.user))
            audit.record(s, uow.user, "credit.override", "customer", c.code, after={
                "order": o.number, "status": status, "exposure": exposure, "credit_limit": limit_of(c),
                "amount": o.amount, "reason": o.override_reason, "detail": warning})
        s.flush()
        info = _info(s, o, c)
        audit.record(s, uow.user, "order.confirm", "order", o.number, before={"status": "draft"},
                     after={"status": "confirmed", "warning": warning})
        uow.commit()
        return ConfirmResult(info, "" if warning.startswith("credit override") else warning)


def invoice_order(uow: UnitOfWork, number: str, date: dt.date | None = None, amount: Decimal | None = None,
                  override_reason: str = "", due_date: dt.date | None = None) -> OrderInvoiced:
    """Post the invoice of a confirmed order in one step: its lines when the whole order is billed,
    else one amount. ``amount`` bills part of it; the rest stays open (and in the exposure)."""
    require(uow, "document.post")
    day = date or dt.date.today()
    with uow:
        s = uow.session
        o = _find(s, number)
        before = _info(s, o)
    if before.status != "confirmed":
        raise StateError(f"order {before.number} is {before.status}; only a confirmed order can be invoiced")
    if before.open_amount <= 0:
        raise StateError(f"order {before.number} is invoiced in full")
    if day < before.date:
        raise ValidationError("date", "the invoice cannot be dated before the order", code="order")
    part = before.open_amount if amount is None else amount
    if part <= 0:
        raise ValidationError("amount", "must be greater than zero", code="positive")
    if part != m.round_money(part, uow.digits):
        raise ValidationError("amount", f"at most {uow.digits} decimal places", code="digits")
    if part > before.open_amount:
        raise ValidationError("amount", f"order {before.number} is open for {m.format_plain(before.open_amount, uow.digits)} only",
                              code="over")
    whole = part == before.amount and before.invoiced == 0
    lines = [LineInput(ln.description, ln.quantity, ln.unit_price, ln.tax_rate) for ln in before.lines] if whole else []
    description = f"Order {before.number}" if whole else f"Order {before.number} (part)"
    if before.notes and whole:
        description += f": {before.notes}"

    def link(s: Session, d: Document) -> None:
        o = _find(s, number, lock=True)
        invoiced, _numbers = _invoiced_of(s, o.id)
        if o.status != "confirmed" or o.amount - invoiced != before.open_amount:
            raise StateError(f"order {o.number} was changed meanwhile; look at it again")
        s.add(SalesOrderInvoice(order_id=o.id, document_id=d.id, amount=part, created_by=uow.user))
        if invoiced + part >= o.amount:
            o.status = "invoiced"
        s.flush()
        audit.record(s, uow.user, "order.invoice", "order", o.number,
                     after={"invoice": d.number, "amount": part, "status": o.status})

    res = ledger.post_invoice(uow, before.customer_id, day, None if lines else part, lines=lines,
                              due_date=due_date, description=description[:500], override_reason=override_reason,
                              on_posted=link)
    return OrderInvoiced(get_order(uow, number), res.document, res.warning)


def cancel_order(uow: UnitOfWork, number: str, reason: str) -> OrderInfo:
    """Cancel a draft or confirmed order (what was invoiced of it stays invoiced)."""
    require(uow, "document.post")
    if not reason.strip():
        raise ValidationError("reason", "say why the order is cancelled", code="required")
    with uow:
        s = uow.session
        o = _find(s, number, lock=True)
        if o.status not in ("draft", "confirmed"):
            raise StateError(f"order {o.number} is {o.status}; it cannot be cancelled")
        before = o.status
        o.status = "cancelled"
        o.cancel_reason = reason.strip()
        s.flush()
        info = _info(s, o)
        audit.record(s, uow.user, "order.cancel", "order", o.number, before={"status": before},
                     after={"status": "cancelled", "reason": o.cancel_reason})
        uow.commit()
        return info


# ---------------------------------------------------------------- reminders

def reminder_days(uow: UnitOfWork) -> int:
    """N: a confirmed order not invoiced after N days is a reminder."""
    with uow:
        return reminder_days_in(uow.session)


def reminder_days_in(s: Session) -> int:
    row = s.get(Setting, REMINDER_SETTING)
    if row is None or not row.value:
        return DEFAULT_REMINDER_DAYS
    try:
        return int(json.loads(row.value))
    except (ValueError, TypeError):
        return DEFAULT_REMINDER_DAYS


def set_reminder_days(uow: UnitOfWork, days: int) -> int:
    require(uow, "settings.write")
    if not 0 <= days <= 3650:
        raise ValidationError("days", "must be between 0 and 3650", code="range")
    with uow:
        s = uow.session
        row = s.get(Setting, REMINDER_SETTING)
        before = reminder_days_in(s)
        if row is None:
            row = Setting(key=REMINDER_SETTING, value="")
            s.add(row)
        row.value = json.dumps(days)
        s.flush()
        audit.record(s, uow.user, "settings.update", "setting", REMINDER_SETTING, before={"days": before},
                     after={"days": days})
        uow.commit()
        return days


@dataclass(frozen=True)
class OrderReminder:
    kind: str  # order_not_invoiced, order_late
    date: dt.date  # confirmed on / expected delivery
    customer: str
    customer_name: str
    number: str
    open_amount: Decimal
    days: int  # days since confirmed / days past the delivery date


def order_reminders(session: Session, as_of: dt.date, days: int | None = None) -> list[OrderReminder]:
    """Confirmed orders not invoiced ``days`` (the setting) after confirming; open orders whose
    expected delivery date has passed."""
    n = reminder_days_in(session) if days is None else days
    q = (select(SalesOrder, Customer).options(selectinload(SalesOrder.lines))
         .join(Customer, Customer.id == SalesOrder.customer_id)
         .where(SalesOrder.status == "confirmed"))
    out: list[OrderReminder] = []
    rows = session.execute(q).all()
    invoiced = _invoiced_of_many(session, [o.id for o, _c in rows])
    for o, c in rows:
        info = _info(session, o, c, invoiced.get(o.id, (ZERO, ())))
        if info.open_amount <= 0:
            continue
        since = o.confirmed_on or o.date
        if (as_of - since).days >= n:
            out.append(OrderReminder("order_not_invoiced", since, c.code, c.name, o.number, info.open_amount,
                                     (as_of - since).days))
        if o.expected_on is not None and o.expected_on < as_of:
            out.append(OrderReminder("order_late", o.expected_on, c.code, c.name, o.number, info.open_amount,
                                     (as_of - o.expected_on).days))
    out.sort(key=lambda r: (r.kind, r.date, r.customer, r.number))
    return out


__all__ = [
    "STATUSES", "ConfirmResult", "CustomerOrders", "OrderInfo", "OrderInvoiced", "OrderReminder",
    "cancel_order", "confirm_order", "create_order", "customer_orders", "get_order", "invoice_order", "list_orders",
    "open_orders_total", "order_reminders", "reminder_days", "set_reminder_days",
]
