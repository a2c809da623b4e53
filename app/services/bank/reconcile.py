"""Confirm, ignore and unconfirm bank lines (INTERCHANGE §8).

Confirming posts a payment through the ledger services (method ``bank_transfer``, dated the
line's date, its reference the line's id) applied to the chosen invoices in order; a line may
be split over several customers (one payment each); a remainder stays unapplied. A shortfall
within the tolerance may be written off on the last invoice (accountants only), dated the
line's date. Each confirmation teaches the counterparty's name and account to the customer.
Unconfirming voids what the confirmation posted by reversing entries dated that day; what was
learned is kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import BankCounterparty, BankLine, BankLinePayment, Customer, Document
from app.models import money as m
from app.models.base import utcnow
from app.models.ledger import POSTED
from app.services import audit
from app.services.bank.matching import Book, name_key, propose, tolerance_for, tolerance_in
from app.services.bank.statements import Proposal, find_account, proposals_to_json
from app.services.errors import NotFound, StateError, ValidationError
from app.services.ledger import postings as ledger
from app.services.permissions import require
from app.services.progress import NoProgress, Progress
from app.services.progress import check as check_progress
from app.services.sql import get_or_raise
from app.services.unit_of_work import JoinedUnitOfWork, UnitOfWork


@dataclass(frozen=True)
class Pick:
    """An invoice chosen for a line, with the amount to apply (None: as much as is open and left)."""

    number: str
    amount: Decimal | None = None


@dataclass
class Plan:
    """What a confirmation applies: (customer id, invoice id, amount) in order, and the shortfall."""

    allocations: list[tuple[int, int, Decimal]] = field(default_factory=list)
    shortfall: Decimal | None = None  # of the chosen invoices' open sum (a bank charge), if any
    remainder_customer: int | None = None
    oldest_first: bool = False  # no invoice chosen: the ledger's rules (oldest first)


@dataclass(frozen=True)
class ConfirmResult:
    line_id: int
    payments: tuple[str, ...]
    write_off: str
    unapplied: Decimal


def plan_from_proposal(p: Proposal) -> Plan:
    return Plan([(p.customer_id, i.document_id, i.amount) for i in p.invoices if i.amount > 0],
                p.difference if p.difference > 0 else None, p.customer_id)


def _line(s: Session, line_id: int) -> BankLine:
    line = get_or_raise(s, BankLine, line_id, what="bank line")
    return line


def _customer_id(s: Session, code: str) -> int:
    cid = s.execute(select(Customer.id).where(Customer.code == code)).scalar()
    if cid is None:
        raise NotFound("customer", code)
    return int(cid)


def _plan_from_picks(s: Session, line: BankLine, picks: Sequence[Pick], customer_id: int | None,
                     digits: int) -> Plan:
    plan = Plan(remainder_customer=customer_id)
    remaining = line.amount
    open_sum = m.from_minor(0, digits)
    explicit = False
    for pick in picks:
        inv = s.execute(select(Document).where(Document.kind == "invoice", Document.number == pick.number)
                        ).scalar_one_or_none()
        if inv is None or inv.status != POSTED:
            raise ValidationError("invoice_number", f"no invoice {pick.number}", code="unknown")
        if inv.open_amount <= 0:
            raise ValidationError("invoice_number", f"invoice {pick.number} is not open", code="state")
        if any(a[1] == inv.id for a in plan.allocations):
            continue
        open_sum += inv.open_amount
        if pick.amount is not None:
            explicit = True
            if pick.amount <= 0 or pick.amount > inv.open_amount:
                raise ValidationError("amount", f"between 0 and {inv.open_amount}", code="range")
            take = pick.amount
        else:
            take = min(remaining, inv.open_amount)
        if take > remaining:
            raise ValidationError("allocations", "more is allocated than the amount", code="over")
        if take > 0:
            plan.allocations.append((inv.customer_id, inv.id, take))
        remaining -= take
    if plan.remainder_customer is None and plan.allocations:
        plan.remainder_customer = plan.allocations[0][0]
    if not explicit and open_sum > line.amount:
        plan.shortfall = open_sum - line.amount
    return plan


def _best_plan(uow: UnitOfWork, line: BankLine, customer_id: int | None) -> Plan:
    props = propose(Book.load(uow.session, uow.digits), line.amount, line.counterparty, line.counterparty_account,
                    line.reference)
    if customer_id is not None:
        props = [p for p in props if p.customer_id == customer_id]
        if not props:
            return Plan(remainder_customer=customer_id, oldest_first=True)
    if not props:
        raise StateError(f"bank line {line.id} has no proposal: name the customer or the invoices")
    return plan_from_proposal(props[0])


def confirm_in(uow: UnitOfWork, line: BankLine, plan: Plan, write_off: bool) -> ConfirmResult:
    """Post what ``plan`` says for ``line`` inside the caller's transaction."""
    require(uow, "bank.confirm")
    s = uow.session
    if line.status == "matched":
        raise StateError(f"bank line {line.id} is already matched")
    if line.status == "ignored":
        raise StateError(f"bank line {line.id} is ignored; unconfirm it first")
    if line.amount <= 0:
        raise StateError(f"bank line {line.id} is money out; only money in pays invoices")
    digits = uow.digits
    zero = m.from_minor(0, digits)
    write_off_amount = zero
    if write_off and plan.shortfall:
        rate, cap = tolerance_in(s)
        tol = tolerance_for(line.amount, rate, cap, digits)
        if plan.shortfall > tol:
            raise ValidationError("amount", f"the shortfall {plan.shortfall} is more than the tolerance {tol}",
                                  code="range")
        write_off_amount = plan.shortfall
    applied = sum((a for _c, _i, a in plan.allocations), zero)
    remainder = line.amount - applied
    if remainder < 0:
        raise ValidationError("allocations", "more is allocated than the amount", code="over")
    per_customer: dict[int, list[tuple[int, Decimal]]] = {}
    for cid, doc_id, amount in plan.allocations:
        per_customer.setdefault(cid, []).append((doc_id, amount))
    target = plan.remainder_customer
    if target is None:
        raise StateError(f"bank line {line.id}: choose the customer who paid")
    per_customer.setdefault(target, [])
    memo = f"bank line {line.id}: {line.counterparty} {line.reference}".strip()[:500]
    payments: list[Document] = []
    for cid, allocs in per_customer.items():
        amount = sum((a for _i, a in allocs), zero) + (remainder if cid == target else zero)
        if amount <= 0:
            continue
        res = ledger.post_credit(JoinedUnitOfWork(uow), "payment", cid, line.date, amount,
                                 method="bank_transfer", memo=memo,
                                 allocations=None if (plan.oldest_first and cid == target) else allocs)
        doc = s.get(Document, res.document.id)
        assert doc is not None
        doc.reference = str(line.id)
        payments.append(doc)
    wo_number = ""
    if write_off_amount > 0 and plan.allocations:
        cid, last_id, _a = plan.allocations[-1]
        res = ledger.post_credit(JoinedUnitOfWork(uow), "write_off", cid, line.date, write_off_amount,
                                 reason=f"bank charge (bank line {line.id})", allocations=[(last_id, write_off_amount)])
        wo = s.get(Document, res.document.id)
        assert wo is not None
        wo.reference = str(line.id)
        wo_number = wo.number
        payments.append(wo)
    for d in payments:
        s.add(BankLinePayment(line_id=line.id, document_id=d.id))
    line.status = "matched"
    line.payment_document_id = payments[0].id if payments else None
    _learn(s, target if not plan.allocations else plan.allocations[0][0], line)
    s.flush()
    audit.record(s, uow.user, "bank.confirm", "bank_line", line.id, after={
        "date": line.date, "amount": line.amount, "counterparty": line.counterparty,
        "documents": [d.number for d in payments],
        "applied": [[doc_id, str(a)] for _c, doc_id, a in plan.allocations]})
    return ConfirmResult(line.id, tuple(d.number for d in payments if d.kind == "payment"), wo_number,
                         remainder)


def _learn(s: Session, customer_id: int, line: BankLine) -> None:
    """Remember the counterparty's name and account for ``customer_id`` (kept after an unconfirm)."""
    key = name_key(line.counterparty)[:200]
    account = line.counterparty_account.strip()[:100]
    if not key and not account:
        return
    exists = s.execute(select(BankCounterparty.id).where(
        BankCounterparty.customer_id == customer_id, BankCounterparty.name_norm == key,
        BankCounterparty.account == account)).first()
    if exists is None:
        s.add(BankCounterparty(customer_id=customer_id, name_norm=key, account=account))


def confirm(uow: UnitOfWork, line_id: int, *, customer: str | None = None, invoices: Sequence[Pick | str] = (),
            write_off_difference: bool = False) -> ConfirmResult:
    """Confirm a line: to the invoices named (in order), else to the best proposal (of ``customer``)."""
    require(uow, "bank.confirm")
    if write_off_difference:
        require(uow, "bank.write_off")
    with uow:
        s = uow.session
        line = _line(s, line_id)
        cid = _customer_id(s, customer) if customer else None
        picks = [p if isinstance(p, Pick) else Pick(p) for p in invoices]
        plan = _plan_from_picks(s, line, picks, cid, uow.digits) if picks else _best_plan(uow, line, cid)
        result = confirm_in(uow, line, plan, write_off_difference)
        uow.commit()
        return result


def confirm_all_certain(uow: UnitOfWork, account: str | None = None,
                        progress: Progress | None = None) -> int:
    """Confirm every line whose best proposal is certain, in one go; the number confirmed."""
    return match(uow, account, auto=True, progress=progress or NoProgress()).confirmed


def ignore(uow: UnitOfWork, line_id: int, reason: str) -> None:
    """Set a line aside with a reason (a transfer between own accounts, a refund of a supplier …)."""
    require(uow, "bank.confirm")
    if not reason.strip():
        raise ValidationError("reason", "say why the line is set aside", code="required")
    with uow:
        s = uow.session
        line = _line(s, line_id)
        if line.status == "matched":
            raise StateError(f"bank line {line.id} is matched; unconfirm it first")
        before = line.status
        line.status = "ignored"
        line.ignore_reason = reason.strip()
        s.flush()
        audit.record(s, uow.user, "bank.ignore", "bank_line", line.id, before={"status": before},
                     after={"status": "ignored", "reason": line.ignore_reason})
        uow.commit()


def unconfirm(uow: UnitOfWork, line_id: int, today: dt.date | None = None) -> None:
    """Undo a confirmation (the payments are voided by reversing entries dated today) or an ignore."""
    require(uow, "bank.confirm")
    today = today or dt.date.today()
    with uow:
        s = uow.session
        line = _line(s, line_id)
        if line.status not in ("matched", "ignored"):
            raise StateError(f"bank line {line.id} is neither matched nor ignored")
        voided = []
        if line.status == "matched":
            links = s.execute(select(BankLinePayment).where(BankLinePayment.line_id == line.id,
                                                            BankLinePayment.undone_at.is_(None))
                              .order_by(BankLinePayment.id.desc())).scalars().all()
            for link in links:
                doc = s.get(Document, link.document_id)
                assert doc is not None
                if doc.status == POSTED:
                    ledger.void_document(JoinedUnitOfWork(uow), doc.id, max(today, doc.date),
                                         f"bank line {line.id} unconfirmed")
                voided.append(doc.number)
                link.undone_at = utcnow()
        before = line.status
        line.status = "unmatched"
        line.ignore_reason = ""
        line.payment_document_id = None
        line.proposals = ""
        s.flush()
        audit.record(s, uow.user, "bank.unconfirm", "bank_line", line.id, before={"status": before},
                     after={"status": "unmatched", "voided": voided})
        uow.commit()


# ---------------------------------------------------------------- a matching run

@dataclass(frozen=True)
class MatchSummary:
    proposed: int
    confirmed: int
    unmatched: int


def match(uow: UnitOfWork, account: str | None = None, auto: bool = False,
          progress: Progress | None = None) -> MatchSummary:
    """Proposals for every line not matched or ignored; with ``auto``, confirm the certain ones."""
    progress = progress or NoProgress()
    require(uow, "bank.confirm")
    with uow:
        s = uow.session
        q = select(BankLine.id, BankLine.amount, BankLine.counterparty, BankLine.counterparty_account,
                   BankLine.reference).where(BankLine.status.in_(("unmatched", "proposed")))
        if account:
            q = q.where(BankLine.account_id == find_account(s, account).id)
        rows = s.execute(q.order_by(BankLine.date, BankLine.id)).all()
        check_progress(progress, 0, len(rows) + 1)
        book = Book.load(s, uow.digits)
        updates = []
        certain: list[tuple[int, Proposal]] = []
        proposed = unmatched = 0
        for n, (lid, amount, cp, acct, ref) in enumerate(rows, start=1):
            props = propose(book, amount, cp, acct, ref)
            if props:
                proposed += 1
                if auto and props[0].confidence == "certain":
                    certain.append((lid, props[0]))
            else:
                unmatched += 1
            updates.append({"id": lid, "proposals": proposals_to_json(props, uow.digits),
                            "status": "proposed" if props else "unmatched"})
            if n % 500 == 0:
                check_progress(progress, n, len(rows) + 1)
        if updates:
            s.execute(update(BankLine), updates)
        confirmed = 0
        used: set[int] = set()
        for lid, p in certain:
            ids = {i.document_id for i in p.invoices}
            if ids & used:
                continue  # an earlier line of this run took these invoices: left as proposed
            used |= ids
            line = s.get(BankLine, lid)
            assert line is not None
            confirm_in(uow, line, plan_from_proposal(p), write_off=False)
            confirmed += 1
            proposed -= 1
        audit.record(s, uow.user, "bank.match", "bank_account", account or "*", after={
            "proposed": proposed, "confirmed": confirmed, "unmatched": unmatched})
        uow.commit()
        check_progress(progress, len(rows) + 1, len(rows) + 1)
        return MatchSummary(proposed, confirmed, unmatched)
