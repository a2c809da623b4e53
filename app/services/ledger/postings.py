"""The ledger (往来明细): post, void, apply and unapply documents; read a customer's ledger.

A posted document is never edited or deleted. It is voided by a reversing
document of kind ``void`` dated on or after it; its applications are undone
first, so the money it had settled is free again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from app.models import Application, Customer, Document, InvoiceLine, NumberSequence
from app.models import money as m
from app.models.base import utcnow
from app.models.db import is_postgres, lock_row
from app.models.ledger import CREDIT_KINDS, DEBIT_KINDS, DRAFT, PAYMENT_METHODS, POSTED, VOIDED
from app.models.totals import CustomerTotals
from app.services import audit, dates
from app.services.approvals import rules as approval_rules
from app.services.credit import policy as credit_policy
from app.services.customers.records import find_customer
from app.services.dto import (
    AllocationProposal,
    ApplicationInfo,
    DocumentInfo,
    LedgerLine,
    LedgerPage,
    LineInfo,
    LineInput,
    OpenItem,
)
from app.services.errors import FieldProblem, NotFound, StateError, ValidationError, ValidationErrors
from app.services.ledger import settlement
from app.services.permissions import require
from app.services.sql import anything_dated_after, balance_of, debit_credit, money_sum, raw, signed_amount
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)


# ---------------------------------------------------------------- numbering

def next_number(session: Session, kind: str) -> str:
    """The next free number of a kind; never hands out the same number twice."""
    # FOR UPDATE makes a second writer wait here until the first commits (PostgreSQL);
    # populate_existing re-reads next_value even if the row was loaded earlier in this session.
    seq = session.get(NumberSequence, kind, with_for_update=True, populate_existing=True)
    if seq is None:
        seq = NumberSequence(name=kind, prefix=kind[:3].upper(), next_value=1, width=6)
        session.add(seq)
    n = seq.next_value
    while True:
        number = f"{seq.prefix}{n:0{seq.width}d}"
        taken = session.execute(
            select(exists().where(and_(Document.kind == kind, Document.number == number)))
        ).scalar()
        n += 1
        if not taken:
            seq.next_value = n
            return number


def _check_number_free(session: Session, kind: str, number: str) -> None:
    if session.execute(select(exists().where(and_(Document.kind == kind, Document.number == number)))).scalar():
        raise ValidationErrors([FieldProblem("number", "duplicate", f"{kind} {number} already exists")])
    seq = session.get(NumberSequence, kind)
    if seq is not None:
        mt = re.fullmatch(re.escape(seq.prefix) + r"(\d+)", number)
        if mt and int(mt.group(1)) >= seq.next_value:
            seq.next_value = int(mt.group(1)) + 1


# ---------------------------------------------------------------- reading

def _info(d: Document, code: str, target: str = "", voids: str = "") -> DocumentInfo:
    return DocumentInfo(
        id=d.id, customer_id=d.customer_id, customer_code=code, kind=d.kind, number=d.number,
        status=d.status, direction=d.direction, date=d.date, due_date=d.due_date, amount=d.amount,
        open_amount=d.open_amount, description=d.description, method=d.method, reference=d.reference,
        reason=d.reason, contract_ref=d.contract_ref, target_number=target, voids_number=voids,
        disputed=d.disputed,
        lines=tuple(LineInfo(ln.position, ln.description, ln.quantity, ln.unit_price, ln.tax_rate, ln.net,
                             ln.tax, ln.total) for ln in d.lines),
    )


def _document_info(session: Session, d: Document) -> DocumentInfo:
    code = session.execute(select(Customer.code).where(Customer.id == d.customer_id)).scalar_one()
    target = session.get(Document, d.target_id).number if d.target_id else ""  # type: ignore[union-attr]
    voids = session.get(Document, d.voids_id).number if d.voids_id else ""  # type: ignore[union-attr]
    return _info(d, code, target, voids)


def get_document(uow: UnitOfWork, document_id: int) -> DocumentInfo:
    with uow:
        d = uow.session.get(Document, document_id, options=[selectinload(Document.lines)])
        if d is None:
            raise NotFound("document", document_id)
        return _document_info(uow.session, d)


def find_document(uow: UnitOfWork, kind: str, number: str) -> DocumentInfo:
    with uow:
        d = uow.session.execute(
            select(Document).where(Document.kind == kind, Document.number == number)
        ).scalar_one_or_none()
        if d is None:
            raise NotFound(kind.replace("_", " "), number)
        return _document_info(uow.session, d)


def balance(uow: UnitOfWork, code: str, as_of: dt.date | None = None) -> Decimal:
    """Balance of a customer at a date: debits minus credits dated on or before it.

    When nothing is dated after the date (or without one) it is the customer's stored totals
    (app.models.totals): one row, however long the history.
    """
    with uow:
        s = uow.session
        c = find_customer(s, code)
        if as_of is None or not anything_dated_after(s, as_of):
            _docs, _drafts, debit, credit = stored_totals(s, c.id)
            return m.from_minor(debit - credit, uow.digits)
        return balance_of(s, c.id, as_of)


# ---------------------------------------------------------------- posting

def _lock_customer(s: Session, customer_id: int, *docs: Document | None) -> None:
    """Several writers (PostgreSQL): hold the customer row until commit, then re-read ``docs``.

    Everything that changes a customer's open amounts or checks its credit takes
    this lock first, so two payments never settle one invoice from stale figures.
    On SQLite the writer already holds the whole file and nothing happens.
    """
    lock_row(s, Customer, customer_id)
    if is_postgres(s):
        for d in docs:
            if d is not None:
                s.refresh(d)


def _customer_for_posting(session: Session, key: int | str) -> Customer:
    c = find_customer(session, key)
    c = lock_row(session, Customer, c.id) or c  # see _lock_customer
    if c.archived:
        raise StateError(f"customer {c.code} is archived; bring it back before posting")
    return c


def _positive(field: str, amount: Decimal, digits: int) -> Decimal:
    if amount is None or not isinstance(amount, Decimal):
        raise ValidationError(field, "an amount is needed", code="required")
    if amount <= 0:
        raise ValidationError(field, "must be greater than zero", code="positive")
    if amount > m.MAX_AMOUNT:
        raise ValidationError(field, "above the largest amount allowed (10000000000000)", code="range")
    if amount != m.round_money(amount, digits):
        raise ValidationError(field, f"at most {digits} decimal places", code="digits")
    return amount


def compute_lines(lines: Sequence[LineInput], digits: int) -> list[InvoiceLine]:
    out = []
    for i, ln in enumerate(lines):
        if ln.quantity <= 0:
            raise ValidationError(f"lines[{i}].quantity", "must be greater than zero", code="positive")
        if ln.unit_price < 0:
            raise ValidationError(f"lines[{i}].unit_price", "cannot be negative", code="negative")
        if ln.tax_rate < 0 or ln.tax_rate >= 1:
            raise ValidationError(f"lines[{i}].tax_rate", "must be between 0 and 1 (0.13 = 13 %)", code="range")
        net = m.round_money(ln.quantity * ln.unit_price, digits)
        tax = m.round_money(net * ln.tax_rate, digits)
        out.append(InvoiceLine(position=i, description=ln.description, quantity=ln.quantity,
                               unit_price=ln.unit_price, tax_rate=ln.tax_rate, net=net, tax=tax, total=net + tax))
    return out


@dataclass(frozen=True)
class PostResult:
    document: DocumentInfo
    applications: tuple[AllocationProposal, ...] = ()
    warning: str = ""


def _new_document(session: Session, uow: UnitOfWork, c: Customer, kind: str, number: str, date: dt.date,
                  amount: Decimal, status: str, **fields: object) -> Document:
    if number.strip():
        number = number.strip()
        _check_number_free(session, kind, number)
    else:
        number = next_number(session, kind)
    direction = 1 if kind in DEBIT_KINDS else -1
    d = Document(customer_id=c.id, kind=kind, number=number, status=status, direction=direction, date=date,
                 amount=amount, open_amount=amount, created_by=uow.user,
                 posted_at=utcnow() if status == POSTED else None, **fields)
    if direction == 1 and d.due_date is None:
        d.due_date = date
    session.add(d)
    session.flush()
    return d


def post_invoice(uow: UnitOfWork, customer: int | str, date: dt.date, amount: Decimal | None = None, *,
                 lines: Sequence[LineInput] = (), number: str = "", due_date: dt.date | None = None,
                 description: str = "", contract_ref: str = "", draft: bool = False,
                 override_reason: str = "",
                 on_posted: Callable[[Session, Document], None] | None = None) -> PostResult:
    """Post (or save as draft) an invoice of one amount or of lines (qty x price + tax).

    ``on_posted(session, document)`` runs in the same transaction before it commits (an order
    marks what it invoiced there, so that both are written or neither).
    """
    require(uow, "document.post")
    dates.check("date", date)
    dates.check("due_date", due_date)
    with uow:
        s = uow.session
        c = _customer_for_posting(s, customer)
        line_rows = compute_lines(lines, uow.digits) if lines else []
        if line_rows:
            amount = sum((ln.total for ln in line_rows), ZERO)
        amount = _positive("amount", amount, uow.digits)  # type: ignore[arg-type]
        due = due_date or (date + dt.timedelta(days=c.payment_terms_days))
        if due < date:
            raise ValidationError("due_date", "cannot be before the invoice date", code="order")
        warning = ""
        if not draft:
            warning = _credit_check(s, uow, c, amount, date, override_reason)
        d = _new_document(s, uow, c, "invoice", number, date, amount, DRAFT if draft else POSTED,
                          due_date=due, description=description, contract_ref=contract_ref)
        d.lines = line_rows
        s.flush()
        info = _document_info(s, d)
        audit.record(s, uow.user, "document.draft" if draft else "document.post", "invoice", d.number,
                     after=_audit_doc(info))
        _after_credit_check(s, uow, c, d, amount, date, override_reason)
        if on_posted is not None:
            on_posted(s, d)
        uow.commit()
        return PostResult(info, warning=warning)


def _credit_check(s: Session, uow: UnitOfWork, c: Customer, amount: Decimal, date: dt.date,
                  override_reason: str) -> str:
    """Credit policy at posting (app.services.credit.policy)."""
    return credit_policy.check_posting(s, uow, c, amount, date, override_reason)


def _after_credit_check(s: Session, uow: UnitOfWork, c: Customer, d: Document, amount: Decimal,
                        date: dt.date, override_reason: str) -> None:
    credit_policy.record_override(s, uow, c, d, amount, date, override_reason)


def post_debit(uow: UnitOfWork, kind: str, customer: int | str, date: dt.date, amount: Decimal, *,
               number: str = "", due_date: dt.date | None = None, description: str = "",
               reason: str = "") -> PostResult:
    """Opening balance, refund or charge: a debit without lines."""
    require(uow, "document.post")
    dates.check("date", date)
    dates.check("due_date", due_date)
    if kind not in ("opening_balance", "refund", "charge"):
        raise ValidationError("kind", f"{kind} is not a debit kind", code="choice")
    with uow:
        s = uow.session
        c = _customer_for_posting(s, customer)
        amount = _positive("amount", amount, uow.digits)
        d = _new_document(s, uow, c, kind, number, date, amount, POSTED, due_date=due_date or date,
                          description=description, reason=reason)
        info = _document_info(s, d)
        audit.record(s, uow.user, "document.post", kind, d.number, after=_audit_doc(info))
        uow.commit()
        return PostResult(info)


def propose_allocation(uow: UnitOfWork, customer: int | str, date: dt.date, amount: Decimal,
                       invoice_number: str = "") -> list[AllocationProposal]:
    """What the rules would do with a payment: for the GUI to show and let the user change."""
    with uow:
        s = uow.session
        c = find_customer(s, customer)
        target, candidates = _targets(s, c, date, invoice_number)
        snapshot = {d.id: d.open for d in ([target] if target else candidates)}
        allocs = settlement.allocate(date, amount, target, candidates)
        return [AllocationProposal(a.debit.id, a.debit.number, a.debit.date, a.debit.due_date,
                                   snapshot[a.debit.id], a.amount) for a in allocs]


def open_debits(uow: UnitOfWork, customer: int | str) -> list[AllocationProposal]:
    """Every open debit of a customer, oldest first, for manual allocation."""
    with uow:
        c = find_customer(uow.session, customer)
        return [AllocationProposal(d.id, d.number, d.date, d.due_date, d.open, ZERO)
                for d in settlement.open_debits_for(uow.session, c.id)]


def _targets(s: Session, c: Customer, date: dt.date, invoice_number: str
             ) -> tuple[settlement.OpenDebit | None, list[settlement.OpenDebit]]:
    if invoice_number:
        inv = s.execute(select(Document).where(Document.kind == "invoice", Document.number == invoice_number)
                        ).scalar_one_or_none()
        if inv is None or inv.status == DRAFT:
            raise ValidationError("invoice_number", f"no invoice {invoice_number}", code="unknown")
        if inv.customer_id != c.id:
            raise ValidationError("invoice_number", f"invoice {invoice_number} belongs to another customer",
                                  code="other_customer")
        return settlement.OpenDebit(inv.id, inv.number, inv.date, inv.due_date or inv.date, inv.open_amount), []
    return None, settlement.open_debits_for(s, c.id, on_or_before=date)


def post_credit(uow: UnitOfWork, kind: str, customer: int | str, date: dt.date, amount: Decimal, *,
                number: str = "", invoice_number: str = "", method: str = "", memo: str = "",
                reason: str = "", allocations: Sequence[tuple[int, Decimal]] | None = None) -> PostResult:
    """Post a payment, credit note or write-off and settle it.

    With ``allocations`` (debit id, amount) the user's choice is applied;
    otherwise the rules of INTERCHANGE §2 (named invoice, else oldest first).
    """
    require(uow, "document.write_off" if kind == "write_off" else "document.post")
    dates.check("date", date)
    if kind not in CREDIT_KINDS:
        raise ValidationError("kind", f"{kind} is not a credit kind", code="choice")
    if kind == "payment" and method and method not in PAYMENT_METHODS:
        raise ValidationError("method", f"one of {', '.join(PAYMENT_METHODS)}", code="choice")
    if kind == "write_off" and not reason.strip():
        raise ValidationError("reason", "a write-off needs a reason", code="required")
    with uow:
        s = uow.session
        c = _customer_for_posting(s, customer)
        amount = _positive("amount", amount, uow.digits)
        if kind == "write_off":  # --- approvals: above the threshold only an approver writes off ---
            approval_rules.check_write_off(s, uow.db, amount, uow.digits)
        if allocations is not None:
            allocs = _manual_allocations(s, c, date, amount, allocations)
            target_id = None
        else:
            target, candidates = _targets(s, c, date, invoice_number)
            allocs = settlement.allocate(date, amount, target, candidates)
            target_id = target.id if target else None
        d = _new_document(s, uow, c, kind, number, date, amount, POSTED, method=method or "",
                          reference=number if kind == "payment" else "", description=memo, reason=reason,
                          target_id=target_id)
        settlement.record_applications(s, d, allocs, uow.user)
        info = _document_info(s, d)
        audit.record(s, uow.user, "document.post", kind, d.number, after={
            **_audit_doc(info), "applied": [[a.debit.number, str(a.amount), a.applied_on.isoformat()] for a in allocs]})
        uow.commit()
        return PostResult(info, tuple(AllocationProposal(a.debit.id, a.debit.number, a.debit.date, a.debit.due_date,
                                                         a.debit.open + a.amount, a.amount) for a in allocs))


def post_payment(uow: UnitOfWork, customer: int | str, date: dt.date, amount: Decimal, **kw: object) -> PostResult:
    require(uow, "document.post")
    return post_credit(uow, "payment", customer, date, amount, **kw)  # type: ignore[arg-type]


def post_credit_note(uow: UnitOfWork, customer: int | str, date: dt.date, amount: Decimal,
                     **kw: object) -> PostResult:
    require(uow, "document.post")
    return post_credit(uow, "credit_note", customer, date, amount, **kw)  # type: ignore[arg-type]


def _manual_allocations(s: Session, c: Customer, date: dt.date, amount: Decimal,
                        chosen: Sequence[tuple[int, Decimal]]) -> list[settlement.Allocation]:
    total = sum((a for _, a in chosen), ZERO)
    if total > amount:
        raise ValidationError("allocations", "more is allocated than the amount", code="over")
    out = []
    for debit_id, amt in chosen:
        if amt <= 0:
            continue
        d = s.get(Document, debit_id)
        if d is None or d.customer_id != c.id or d.direction != 1 or d.status != POSTED:
            raise ValidationError("allocations", f"document {debit_id} cannot take this credit", code="target")
        if amt > d.open_amount:
            raise ValidationError("allocations", f"{d.number} is open for {d.open_amount} only", code="over")
        od = settlement.OpenDebit(d.id, d.number, d.date, d.due_date or d.date, d.open_amount)
        out.append(settlement.make_allocation(od, amt, max(date, d.date)))
    return out


def apply_credit(uow: UnitOfWork, credit_id: int, debit_id: int, amount: Decimal | None = None) -> ApplicationInfo:
    """Apply (some of) a credit's unapplied remainder to an open debit of the same customer."""
    require(uow, "application.write")
    with uow:
        s = uow.session
        cr = s.get(Document, credit_id)
        db = s.get(Document, debit_id)
        if cr is not None:
            _lock_customer(s, cr.customer_id, cr, db)
        if cr is None or cr.direction != -1 or cr.status != POSTED:
            raise StateError("only a posted payment, credit note or write-off can be applied")
        if db is None or db.direction != 1 or db.status != POSTED:
            raise StateError("a credit can only be applied to a posted open item")
        if cr.customer_id != db.customer_id:
            raise StateError("the credit and the item belong to different customers")
        amt = min(cr.open_amount, db.open_amount) if amount is None else amount
        if amt <= 0 or amt > cr.open_amount or amt > db.open_amount:
            raise ValidationError("amount", f"between 0 and {min(cr.open_amount, db.open_amount)}", code="range")
        od = settlement.OpenDebit(db.id, db.number, db.date, db.due_date or db.date, db.open_amount)
        alloc = settlement.make_allocation(od, amt, max(cr.date, db.date))
        settlement.record_applications(s, cr, [alloc], uow.user)
        app = s.execute(select(Application).where(Application.credit_id == cr.id, Application.debit_id == db.id)
                        .order_by(Application.id.desc()).limit(1)).scalar_one()
        audit.record(s, uow.user, "application.apply", "application", app.id,
                     after={"credit": cr.number, "debit": db.number, "amount": amt, "applied_on": alloc.applied_on})
        info = _app_info(s, app)
        uow.commit()
        return info


def _undo(s: Session, app: Application, user: str) -> None:
    app.undone_at = utcnow()
    app.undone_by = user
    cr = s.get(Document, app.credit_id)
    db = s.get(Document, app.debit_id)
    assert cr is not None and db is not None
    cr.open_amount = cr.open_amount + app.amount
    cr.settled_on = None
    db.open_amount = db.open_amount + app.amount
    db.settled_on = None


def unapply(uow: UnitOfWork, application_id: int) -> ApplicationInfo:
    """Undo an application; the row stays as history, both documents are open again by its amount."""
    require(uow, "application.write")
    with uow:
        s = uow.session
        app = s.get(Application, application_id)
        if app is None:
            raise NotFound("application", application_id)
        first = s.get(Document, app.credit_id)
        if first is not None:
            _lock_customer(s, first.customer_id, first)
            if is_postgres(s):
                s.refresh(app)
        if app.undone_at is not None:
            raise StateError("this application was already undone")
        for doc_id in (app.credit_id, app.debit_id):
            d = s.get(Document, doc_id)
            if d is not None and (d.kind == "void" or d.status == VOIDED):
                raise StateError("an application made by a void cannot be undone")
        _undo(s, app, uow.user)
        s.flush()
        info = _app_info(s, app)
        audit.record(s, uow.user, "application.unapply", "application", app.id,
                     before={"credit": info.credit_number, "debit": info.debit_number, "amount": app.amount})
        uow.commit()
        return info


def _app_info(s: Session, app: Application) -> ApplicationInfo:
    cr = s.get(Document, app.credit_id)
    db = s.get(Document, app.debit_id)
    assert cr is not None and db is not None
    return ApplicationInfo(app.id, cr.id, cr.kind, cr.number, db.id, db.kind, db.number, app.amount,
                           app.applied_on, app.undone_at is not None)


def applications_of(uow: UnitOfWork, document_id: int, include_undone: bool = True) -> list[ApplicationInfo]:
    """The application history of a document (as credit or as debit)."""
    with uow:
        s = uow.session
        q = select(Application).where(or_(Application.credit_id == document_id, Application.debit_id == document_id))
        if not include_undone:
            q = q.where(Application.undone_at.is_(None))
        return [_app_info(s, a) for a in s.execute(q.order_by(Application.id)).scalars()]


def void_document(uow: UnitOfWork, document_id: int, date: dt.date, reason: str) -> DocumentInfo:
    """Void a posted document by a reversing entry; its applications are undone first."""
    require(uow, "document.void")
    if not reason.strip():
        raise ValidationError("reason", "say why the document is voided", code="required")
    with uow:
        s = uow.session
        d = s.get(Document, document_id)
        if d is None:
            raise NotFound("document", document_id)
        _lock_customer(s, d.customer_id, d)
        if d.status == DRAFT:
            raise StateError(f"{d.number} is a draft: delete it instead")
        if d.status == VOIDED:
            raise StateError(f"{d.number} is already voided")
        if d.kind == "void":
            raise StateError("a void cannot itself be voided")
        if date < d.date:
            raise ValidationError("date", "a void cannot be dated before the document", code="order")
        for app in s.execute(select(Application).where(
                or_(Application.credit_id == d.id, Application.debit_id == d.id),
                Application.undone_at.is_(None))).scalars():
            _undo(s, app, uow.user)
        s.flush()
        c = s.get(Customer, d.customer_id)
        assert c is not None
        v = Document(customer_id=d.customer_id, kind="void", number=next_number(s, "void"), status=POSTED,
                     direction=-d.direction, date=date, due_date=date if d.direction == -1 else None,
                     amount=d.amount, open_amount=d.amount, reason=reason, voids_id=d.id,
                     description=f"{d.kind} {d.number}", created_by=uow.user, posted_at=utcnow())
        s.add(v)
        s.flush()
        if d.direction == 1:
            credit, debit = v, d
        else:
            credit, debit = d, v
        od = settlement.OpenDebit(debit.id, debit.number, debit.date, debit.due_date or debit.date,
                                  debit.open_amount)
        alloc = settlement.make_allocation(od, d.amount, max(d.date, date))
        settlement.record_applications(s, credit, [alloc], uow.user)
        d.status = VOIDED
        s.flush()
        info = _document_info(s, v)
        audit.record(s, uow.user, "document.void", d.kind, d.number, before={"status": POSTED},
                     after={"status": VOIDED, "void": v.number, "reason": reason, "date": date})
        uow.commit()
        return info


def post_draft(uow: UnitOfWork, document_id: int, override_reason: str = "") -> DocumentInfo:
    require(uow, "document.post")
    with uow:
        s = uow.session
        d = s.get(Document, document_id)
        if d is None:
            raise NotFound("document", document_id)
        _lock_customer(s, d.customer_id, d)
        if d.status != DRAFT:
            raise StateError(f"{d.number} is not a draft")
        c = _customer_for_posting(s, d.customer_id)
        _credit_check(s, uow, c, d.amount, d.date, override_reason)
        d.status = POSTED
        d.posted_at = utcnow()
        s.flush()
        info = _document_info(s, d)
        audit.record(s, uow.user, "document.post", d.kind, d.number, after=_audit_doc(info))
        _after_credit_check(s, uow, c, d, d.amount, d.date, override_reason)
        uow.commit()
        return info


def delete_draft(uow: UnitOfWork, document_id: int) -> None:
    require(uow, "document.post")
    with uow:
        s = uow.session
        d = s.get(Document, document_id)
        if d is None:
            raise NotFound("document", document_id)
        if d.status != DRAFT:
            raise StateError(f"{d.number} is posted: void it instead")
        audit.record(s, uow.user, "document.delete_draft", d.kind, d.number)
        s.delete(d)
        uow.commit()


def set_disputed(uow: UnitOfWork, document_id: int, disputed: bool) -> DocumentInfo:
    """Mark an invoice as disputed (kept out of dunning) or clear the mark."""
    require(uow, "document.post")
    with uow:
        s = uow.session
        d = s.get(Document, document_id)
        if d is None:
            raise NotFound("document", document_id)
        d.disputed = disputed
        s.flush()
        audit.record(s, uow.user, "document.dispute" if disputed else "document.undispute", d.kind, d.number)
        info = _document_info(s, d)
        uow.commit()
        return info


def _audit_doc(info: DocumentInfo) -> dict[str, object]:
    return {"customer": info.customer_code, "kind": info.kind, "number": info.number, "date": info.date,
            "due_date": info.due_date, "amount": info.amount, "status": info.status,
            "target": info.target_number}


# ---------------------------------------------------------------- the ledger view

@dataclass(frozen=True)
class LedgerFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kinds: tuple[str, ...] = ()
    open_only: bool = False
    include_drafts: bool = True


def ledger(uow: UnitOfWork, customer: int | str, f: LedgerFilter = LedgerFilter(),
           as_of: dt.date | None = None, offset: int = 0, limit: int | None = None) -> LedgerPage:
    """Every document of a customer with a running balance, oldest first.

    The running balance starts from the balance before ``date_from``; filtering by
    kind or open items keeps the running balance of the full ledger.

    Nothing here grows with the customer's history unless the caller asks for all of it: the
    counts and totals of the whole ledger are the customer's stored totals
    (app.models.totals; SQL sums over the period when a period is chosen), a page is read
    from whichever end of the ledger is nearer, the balance before it is the stored total
    minus what follows it when that is shorter, and a filter (open items, a kind) is answered
    in SQL: only the matching lines are read, their running balance by one window sum over
    the span they cover.
    """
    today = as_of or dt.date.today()
    with uow:
        s = uow.session
        c = find_customer(s, customer)
        z = m.from_minor(0, uow.digits)
        opening = balance_of(s, c.id, f.date_from - dt.timedelta(days=1)) if f.date_from else ZERO
        scope = [Document.customer_id == c.id]
        if f.date_from:
            scope.append(Document.date >= f.date_from)
        if f.date_to:
            scope.append(Document.date <= f.date_to)
        if not f.include_drafts:
            scope.append(Document.status != DRAFT)
        n_all, debit_all, credit_all = _scope_totals(s, c.id, f, scope)
        closing = opening + m.from_minor(debit_all - credit_all, uow.digits)
        match: list[Any] = []
        if f.kinds:
            match.append(Document.kind.in_(f.kinds))
        if f.open_only:
            # settled_on IS NULL (by direction) keeps SQLite on ix_documents_customer_open's range
            match += [Document.direction.in_((1, -1)), Document.settled_on.is_(None), Document.status == POSTED,
                      Document.open_amount > 0]
        if match:
            total, tdebit, tcredit = _sums(s, [*scope, *match])
            rows, bal_before = _filtered_rows(s, c.id, scope, match, offset, limit, debit_all - credit_all)
        else:
            total, tdebit, tcredit = n_all, debit_all, credit_all
            rows, bal_before = _page_rows(s, scope, offset, limit, total, debit_all - credit_all)
        lines = []
        bal = opening + m.from_minor(bal_before, uow.digits)
        for (i, date, kind, number, desc, due, direction, amount, open_amt, status, run) in rows:
            if run is not None:  # the running balance of the full ledger at this line (filtered lines)
                bal = opening + m.from_minor(int(run), uow.digits)
            elif status != DRAFT:
                bal = bal + (amount if direction == 1 else -amount)
            lines.append(_line(i, date, kind, number, desc, due, direction, amount, open_amt, status, bal, z, today))
        return LedgerPage(c.id, c.code, c.name, tuple(lines), m.from_minor(tdebit, uow.digits),
                          m.from_minor(tcredit, uow.digits), opening + z, closing + z, int(total))


LEDGER_COLUMNS = (Document.id, Document.date, Document.kind, Document.number, Document.description,
                  Document.due_date, Document.direction, Document.amount, Document.open_amount, Document.status)
ORDER = (Document.date, Document.id)


def _signed() -> Any:
    return case((Document.status != DRAFT, Document.direction * raw(Document.amount)), else_=0)


def stored_totals(s: Session, customer_id: int) -> tuple[int, int, int, int]:
    """(documents, drafts, debit, credit in minor units) of a customer: one row of customer_totals."""
    row = s.execute(select(CustomerTotals.documents, CustomerTotals.drafts, CustomerTotals.debit,
                           CustomerTotals.credit).where(CustomerTotals.customer_id == customer_id)).first()
    return (0, 0, 0, 0) if row is None else (int(row[0]), int(row[1]), int(row[2]), int(row[3]))


def _sums(s: Session, where: Sequence[Any]) -> tuple[int, int, int]:
    """Count, debits and credits (minor units, drafts not summed) of the documents matching ``where``."""
    debit, credit = debit_credit(Document.direction, Document.amount)
    counted = Document.status != DRAFT
    n, d, c = s.execute(select(func.count(), func.coalesce(func.sum(case((counted, debit), else_=0)), 0),
                               func.coalesce(func.sum(case((counted, credit), else_=0)), 0)).where(*where)).one()
    return int(n), int(d), int(c)


def _scope_totals(s: Session, customer_id: int, f: LedgerFilter, scope: Sequence[Any]) -> tuple[int, int, int]:
    """Count, debits and credits of the whole ledger in scope: the stored totals without a period."""
    if f.date_from or f.date_to:
        return _sums(s, scope)
    docs, drafts, debit, credit = stored_totals(s, customer_id)
    return (docs if f.include_drafts else docs - drafts), debit, credit


def _after(d0: dt.date, id0: int) -> Any:
    """Ledger order at or after the line (d0, id0)."""
    return or_(Document.date > d0, and_(Document.date == d0, Document.id >= id0))


def _signed_sum(s: Session, where: Sequence[Any]) -> int:
    return int(s.execute(select(func.coalesce(func.sum(_signed()), 0)).where(*where)).scalar_one())


def _balance_before(s: Session, scope: Sequence[Any], d0: dt.date, id0: int, whole: int, from_end: bool) -> int:
    """The balance (in scope) before line (d0, id0): summed from the nearer end of the ledger."""
    if from_end:
        return whole - _signed_sum(s, [*scope, _after(d0, id0)])
    return _signed_sum(s, [*scope, ~_after(d0, id0)])


def _page_rows(s: Session, scope: Sequence[Any], offset: int, limit: int | None, total: int,
               whole: int) -> tuple[list[Any], int]:
    """One page in ledger order, read from the nearer end (a keyset of date, id); the balance before it."""
    base = select(*LEDGER_COLUMNS, literal(None).label("run")).where(*scope)
    if limit == 0 or offset >= total:
        return [], 0
    n = total - offset if limit is None else min(limit, total - offset)
    from_end = offset + n / 2 > total / 2
    if from_end:
        rows = list(reversed(s.execute(base.order_by(Document.date.desc(), Document.id.desc())
                                       .offset(total - offset - n).limit(n)).all()))
    else:
        q = base.order_by(*ORDER).offset(offset)
        rows = list(s.execute(q if limit is None else q.limit(limit)).all())
    if not rows or offset == 0:
        return rows, 0
    return rows, _balance_before(s, scope, rows[0].date, rows[0].id, whole, from_end)


SAME_DAY = aliased(Document, name="same_day")


def _filtered_rows(s: Session, customer_id: int, scope: Sequence[Any], match: Sequence[Any], offset: int,
                   limit: int | None, whole: int) -> tuple[list[Any], int]:
    """The matching lines of a page, each with the running balance of the full ledger (column ``run``).

    The keys of the matching lines are read by the filter's own index (the open items' range of
    ix_documents_customer_open; a kind's of ix_documents_kind_customer) and put in ledger order
    here. A line's running balance is the balance before the first line's date (summed from the
    nearer end of the ledger), plus the day sums up to the day before its own (one GROUP BY date
    over ix_documents_customer_date), plus what comes before it on its own day (a correlated sum
    over that customer's day). Nothing reads the customer's whole history.
    """
    if limit == 0:
        return [], 0
    keys = sorted((d, i) for d, i in s.execute(select(Document.date, Document.id).where(*scope, *match)))
    keys = keys[offset: None if limit is None else offset + limit]
    if not keys:
        return [], 0
    d0, d1 = keys[0][0], keys[-1][0]
    # two probes of ix_documents_customer_date (min and max in one SELECT would scan the customer)
    first = s.execute(select(func.min(Document.date)).where(Document.customer_id == customer_id)).scalar_one()
    last = s.execute(select(func.max(Document.date)).where(Document.customer_id == customer_id)).scalar_one()
    span = max((last - first).days, 1)
    if (d0 - first).days > span / 2:
        before = whole - _signed_sum(s, [*scope, Document.date >= d0])
    else:
        before = _signed_sum(s, [*scope, Document.date < d0])
    day_sums = s.execute(select(Document.date, func.sum(_signed())).where(*scope, Document.date >= d0,
                                                                          Document.date <= d1)
                         .group_by(Document.date).order_by(Document.date)).all()
    upto: dict[dt.date, int] = {}  # balance at the start of each day
    bal = before
    for day, total in day_sums:
        upto[day] = bal
        bal += int(total or 0)
    r = SAME_DAY
    same_day = (select(func.coalesce(func.sum(case((r.status != DRAFT, r.direction * raw(r.amount)), else_=0)), 0))
                .where(r.customer_id == customer_id, r.date == Document.date, (r.id + 0) < Document.id)
                .correlate(Document).scalar_subquery())  # "+ 0": seek by customer and day, not by the id
    ids = [k[1] for k in keys]
    found: dict[int, Any] = {}
    for i in range(0, len(ids), 2000):
        for row in s.execute(select(*LEDGER_COLUMNS, same_day, _signed()).where(Document.id.in_(ids[i:i + 2000]))):
            found[row[0]] = row
    out = []
    for i in ids:
        row = found[i]
        run = upto[row.date] + int(row[-2]) + int(row[-1])
        out.append((*row[:-2], run))
    return out, before


def _line(i: int, date: dt.date, kind: str, number: str, desc: str, due: dt.date | None, direction: int,
          amount: Decimal, open_amt: Decimal, status: str, bal: Decimal, z: Decimal, today: dt.date) -> LedgerLine:
    debit = amount if direction == 1 else z
    credit = amount if direction == -1 else z
    overdue = (today - due).days if (due and direction == 1 and open_amt > 0 and status == POSTED) else None
    return LedgerLine(i, date, kind, number, desc, due, debit, credit, bal, open_amt, status, overdue)


def open_items(uow: UnitOfWork, customer: int | str, as_of: dt.date) -> list[OpenItem]:
    """Debits open at ``as_of`` (by applications dated on or before it), oldest due first."""
    with uow:
        s = uow.session
        c = find_customer(s, customer)
        return open_items_in(s, c.id, as_of)


def open_items_in(s: Session, customer_id: int, as_of: dt.date) -> list[OpenItem]:
    """Only debits not settled by ``as_of`` are read; each sums its own applications by index."""
    applied = (
        select(money_sum(Application.amount))
        .where(Application.debit_id == Document.id, Application.applied_on <= as_of,
               Application.undone_at.is_(None))
        .correlate(Document)
        .scalar_subquery()
    )
    q = (
        select(Document.id, Document.kind, Document.number, Document.date, Document.due_date, Document.amount,
               Document.disputed, applied)
        .where(Document.customer_id == customer_id, Document.direction == 1, Document.status != DRAFT,
               Document.date <= as_of, or_(Document.settled_on.is_(None), Document.settled_on > as_of))
    )
    out = []
    for i, kind, number, date, due_date, amount, disputed, applied_amt in s.execute(q):
        open_amt = amount - applied_amt
        if open_amt <= 0:
            continue
        due = due_date or date
        out.append(OpenItem(i, kind, number, date, due, amount, open_amt, (as_of - due).days, disputed))
    out.sort(key=lambda o: (o.due_date, o.date, o.number))
    return out


def _applied_at(s: Session, debit_id: int, as_of: dt.date) -> Decimal:
    return s.execute(select(money_sum(Application.amount)).where(
        Application.debit_id == debit_id, Application.applied_on <= as_of, Application.undone_at.is_(None)
    )).scalar_one()


def recent_documents(uow: UnitOfWork, limit: int = 20) -> list[DocumentInfo]:
    """The latest documents by date (then by entry), for the dashboard."""
    with uow:
        s = uow.session
        rows = s.execute(select(Document, Customer.code).join(Customer, Customer.id == Document.customer_id)
                         .order_by(Document.date.desc(), Document.id.desc()).limit(limit)).all()
        return [_info(d, code) for d, code in rows]


def total_signed(s: Session) -> Decimal:
    return s.execute(select(money_sum(signed_amount())).where(Document.status != DRAFT)).scalar_one()


# ---------------------------------------------------------------- a day's work on existing documents

def documents_by_number(uow: UnitOfWork, number: str) -> list[DocumentInfo]:
    """Every posted or voided document carrying ``number`` (numbers are unique per kind only)."""
    with uow:
        s = uow.session
        rows = s.execute(select(Document).where(Document.number == number.strip())
                         .order_by(Document.kind, Document.id)).scalars().all()
        return [_document_info(s, d) for d in rows]


def _applicable_credit(s: Session, credit_id: int) -> Document:
    cr = s.get(Document, credit_id)
    if cr is None:
        raise NotFound("document", credit_id)
    if cr.direction != -1 or cr.status != POSTED or cr.kind == "void":
        raise StateError("only a posted payment, credit note or write-off can be applied")
    return cr


def _oldest_first(s: Session, cr: Document) -> list[settlement.Allocation]:
    """The credit's unapplied remainder over every open debit of its customer, oldest due first.

    Applied by the user, so (unlike posting) later invoices may take it too; each
    application takes effect on the later of the two documents' dates.
    """
    remaining = cr.open_amount
    out = []
    for od in settlement.open_debits_for(s, cr.customer_id):
        if remaining <= 0:
            break
        take = min(remaining, od.open)
        out.append(settlement.make_allocation(od, take, max(cr.date, od.date)))
        remaining -= take
    return out


def propose_credit_application(uow: UnitOfWork, credit_id: int) -> list[AllocationProposal]:
    """What applying a credit's remainder oldest first would do (nothing is written)."""
    with uow:
        s = uow.session
        cr = _applicable_credit(s, credit_id)
        before = {od.id: od.open for od in settlement.open_debits_for(s, cr.customer_id)}
        return [AllocationProposal(a.debit.id, a.debit.number, a.debit.date, a.debit.due_date, before[a.debit.id],
                                   a.amount) for a in _oldest_first(s, cr)]


def apply_credit_oldest_first(uow: UnitOfWork, credit_id: int) -> list[ApplicationInfo]:
    """Apply a credit's unapplied remainder to the customer's open debits, oldest due first."""
    require(uow, "application.write")
    with uow:
        s = uow.session
        cr = _applicable_credit(s, credit_id)
        _lock_customer(s, cr.customer_id, cr)
        if cr.open_amount <= 0:
            raise StateError(f"{cr.number} has nothing left to apply")
        allocs = _oldest_first(s, cr)
        if not allocs:
            raise StateError("the customer has no open item to apply it to")
        settlement.record_applications(s, cr, allocs, uow.user)
        apps = s.execute(select(Application).where(Application.credit_id == cr.id, Application.undone_at.is_(None))
                         .order_by(Application.id.desc()).limit(len(allocs))).scalars().all()
        audit.record(s, uow.user, "application.apply", cr.kind, cr.number, after={
            "applied": [[a.debit.number, str(a.amount), a.applied_on.isoformat()] for a in allocs]})
        out = [_app_info(s, a) for a in reversed(apps)]
        uow.commit()
        return out


def unapply_between(uow: UnitOfWork, credit_id: int, debit_id: int) -> list[ApplicationInfo]:
    """Undo every application in force from a credit to a debit (the command line names both)."""
    require(uow, "application.write")
    with uow:
        ids = list(uow.session.execute(select(Application.id).where(
            Application.credit_id == credit_id, Application.debit_id == debit_id,
            Application.undone_at.is_(None)).order_by(Application.id)).scalars())
    if not ids:
        raise StateError("nothing of this credit is applied to this item")
    return [unapply(uow, i) for i in ids]


def refund_credit(uow: UnitOfWork, credit_id: int, date: dt.date, amount: Decimal | None = None, *,
                  method: str = "", reason: str = "") -> PostResult:
    """Pay back (part of) an overpayment: a refund document, settled at once by the credit's remainder."""
    require(uow, "document.post")
    if method and method not in PAYMENT_METHODS:
        raise ValidationError("method", f"one of {', '.join(PAYMENT_METHODS)}", code="choice")
    with uow:
        s = uow.session
        cr = _applicable_credit(s, credit_id)
        c = _customer_for_posting(s, cr.customer_id)
        s.refresh(cr)
        amt = cr.open_amount if amount is None else _positive("amount", amount, uow.digits)
        if amt <= 0:
            raise StateError(f"{cr.number} has nothing left to refund")
        if amt > cr.open_amount:
            raise ValidationError("amount", f"at most the unapplied {cr.open_amount}", code="range")
        if date < cr.date:
            raise ValidationError("date", "a refund cannot be dated before the payment", code="order")
        d = _new_document(s, uow, c, "refund", "", date, amt, POSTED, due_date=date, method=method,
                          description=f"{cr.kind} {cr.number}", reason=reason.strip(), target_id=cr.id)
        od = settlement.OpenDebit(d.id, d.number, d.date, date, d.open_amount)
        settlement.record_applications(s, cr, [settlement.make_allocation(od, amt, date)], uow.user)
        info = _document_info(s, d)
        audit.record(s, uow.user, "document.post", "refund", d.number,
                     after={**_audit_doc(info), "refunds": cr.number, "reason": reason.strip()})
        uow.commit()
        return PostResult(info, (AllocationProposal(d.id, d.number, d.date, d.due_date, amt, amt),))
