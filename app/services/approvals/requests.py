"""Requests for approval: the gates, the list, accept and reject.

A gate (``change_credit_limit``, ``save_customer``, ``write_off``, ``release_hold``,
``merge_customers``, ``void_document``) is what the program and the command line call for one of
the large changes. With users off, or for a user with the approver right, or under the
threshold, it applies the change through the change's own service (its permission checks and
audit as always). Otherwise it saves a request and changes nothing else; the answer says which
(:class:`Gated`). ``approve`` applies a pending request through the same service in the
approver's transaction; ``reject`` closes it with a reason and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import ApprovalRequest, CreditHold, Customer, Document
from app.models import money as m
from app.models.approvals import APPROVED, KINDS, PENDING, REJECTED, STATES
from app.models.base import utcnow
from app.services import audit
from app.services.approvals.errors import AlreadyDecided, OwnRequest
from app.services.approvals.rules import APPROVE, needs_approval, thresholds_in
from app.services.credit import figures as credit
from app.services.customers import duplicates
from app.services.customers import records as customers
from app.services.dto import CustomerDetail, CustomerInput, DocumentInfo
from app.services.errors import NotFound, StateError, ValidationError
from app.services.ledger import postings as ledger
from app.services.permissions import allowed, require
from app.services.sql import balance_of
from app.services.unit_of_work import JoinedUnitOfWork, UnitOfWork

REQUEST = "approvals.request"
T = TypeVar("T")


@dataclass(frozen=True)
class RequestInfo:
    """One request as a person reads it (``before``/``after``: field -> value, as text)."""

    id: int
    kind: str
    customer: str
    subject: str
    before: dict[str, Any]
    after: dict[str, Any]
    reason: str
    state: str
    requested_by: str
    requested_at: dt.datetime
    decided_by: str
    decided_at: dt.datetime | None
    decision_note: str
    result: str


@dataclass(frozen=True)
class Gated(Generic[T]):
    """What a gate did: ``applied`` (the service's answer) or ``request`` (saved, waiting)."""

    applied: T | None = None
    request: RequestInfo | None = None


def _loads(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _info(r: ApprovalRequest) -> RequestInfo:
    return RequestInfo(r.id, r.kind, r.customer, r.subject, _loads(r.before), _loads(r.after), r.reason, r.state,
                       r.requested_by, r.requested_at, r.decided_by, r.decided_at, r.decision_note, r.result)


def _money(value: Decimal | None, digits: int) -> str | None:
    return None if value is None else m.format_plain(value, digits)


def _save(s: Session, uow: UnitOfWork, kind: str, customer: str, subject: str, params: dict[str, Any],
          before: dict[str, Any], after: dict[str, Any], reason: str) -> RequestInfo:
    """A new pending request; the same change asked for again while one waits is that one (not a second)."""
    after_json = audit.to_json(after) or "{}"
    waiting = s.execute(select(ApprovalRequest).where(
        ApprovalRequest.state == PENDING, ApprovalRequest.kind == kind, ApprovalRequest.subject == subject[:200],
        ApprovalRequest.after == after_json)).scalars().first()
    if waiting is not None:
        return _info(waiting)
    r = ApprovalRequest(kind=kind, customer=customer, subject=subject[:200], params=audit.to_json(params) or "{}",
                        before=audit.to_json(before) or "{}", after=after_json,
                        reason=reason.strip(), state=PENDING, requested_by=uow.user, requested_at=utcnow())
    s.add(r)
    s.flush()
    audit.record(s, uow.user, "approval.request", "approval", r.id,
                 after={"kind": kind, "customer": customer, "subject": r.subject, "reason": r.reason,
                        "before": before, "after": after})
    return _info(r)


def _commit_request(uow: UnitOfWork, *args: Any) -> RequestInfo:
    info = _save(uow.session, uow, *args)
    uow.commit()
    return info


# ---------------------------------------------------------------- the gates

def _is_raise(old: Decimal | None, new: Decimal | None, threshold: Decimal) -> bool:
    """No limit is unlimited credit: lifting a limit is the largest raise; setting one is none."""
    if old is None:
        return False
    if not new:
        return True
    return new - old > threshold


def _raise_threshold(s: Session, uow: UnitOfWork) -> Decimal:
    """The raise above which a limit change waits: the setting, or any raise at all for a user who may
    not change limits (credit.manage): a clerk asks, an approver decides."""
    if not allowed(uow.db.role, "credit.manage"):
        return Decimal(0)
    return thresholds_in(s, uow.digits).limit_raise


def change_credit_limit(uow: UnitOfWork, code: str, limit: Decimal | None, warn_ratio: Decimal | None = None,
                        reason: str = "") -> Gated[credit.CreditFigures]:
    """Set a customer's credit limit (credit.set_credit_limit), or ask for it when it is a large raise."""
    require(uow, REQUEST)
    if needs_approval(uow.db):
        if limit is not None and limit < 0:
            raise ValidationError("credit_limit", "cannot be negative", code="negative")
        if limit is not None and limit > m.MAX_AMOUNT:
            raise ValidationError("credit_limit", "above the largest amount allowed (10000000000000)", code="range")
        with uow:
            s = uow.session
            c = customers.find_customer(s, code)
            if _is_raise(c.credit_limit, limit, _raise_threshold(s, uow)):
                if limit is not None and limit != m.round_money(limit, uow.digits):
                    raise ValidationError("credit_limit", f"at most {uow.digits} decimal places", code="digits")
                before = {"credit_limit": _money(c.credit_limit, uow.digits), "warn_ratio": str(c.warn_ratio)}
                after = {"credit_limit": _money(limit or None, uow.digits),
                         "warn_ratio": str(warn_ratio if warn_ratio is not None else c.warn_ratio)}
                params = {"code": c.code, "limit": _money(limit or None, uow.digits),
                          "warn_ratio": None if warn_ratio is None else str(warn_ratio)}
                return Gated(request=_commit_request(uow, "credit_limit", c.code, c.code, params, before, after,
                                                     reason))
    return Gated(applied=credit.set_credit_limit(uow, code, limit, warn_ratio))


def save_customer(uow: UnitOfWork, customer_id: int, data: CustomerInput, expected_version: int | None = None,
                  reason: str = "") -> Gated[CustomerDetail]:
    """Save the customer form (customers.update_customer). A large limit raise by a user without the
    approver right: every other field is saved, and the new limit (with its warn ratio) becomes a
    request, in one transaction. ``applied`` is then the customer as saved, ``request`` the request."""
    require(uow, "customer.write")
    if needs_approval(uow.db):
        with uow:
            s = uow.session
            c = customers.find_customer(s, customer_id)
            if _is_raise(c.credit_limit, data.credit_limit, _raise_threshold(s, uow)):
                limit = data.credit_limit or None
                before = {"credit_limit": _money(c.credit_limit, uow.digits), "warn_ratio": str(c.warn_ratio)}
                after = {"credit_limit": _money(limit, uow.digits), "warn_ratio": str(data.warn_ratio)}
                params = {"code": data.code.strip() or c.code, "limit": _money(limit, uow.digits),
                          "warn_ratio": str(data.warn_ratio)}
                kept = replace(data, credit_limit=c.credit_limit, warn_ratio=c.warn_ratio)
                detail = customers.update_customer(JoinedUnitOfWork(uow), customer_id, kept, expected_version)
                params["code"] = detail.code
                info = _save(s, uow, "credit_limit", detail.code, detail.code, params, before, after, reason)
                uow.commit()
                return Gated(applied=detail, request=info)
    return Gated(applied=customers.update_customer(uow, customer_id, data, expected_version))


def write_off(uow: UnitOfWork, customer: int | str, date: dt.date, amount: Decimal, reason: str,
              invoice_number: str = "", allocations: Sequence[tuple[int, Decimal]] | None = None
              ) -> Gated[ledger.PostResult]:
    """Write off (ledger.post_credit "write_off"), or ask for it when above the threshold."""
    require(uow, REQUEST)
    if needs_approval(uow.db):
        with uow:
            s = uow.session
            # a write-off is an accountant's right (document.write_off): anyone else's is a request
            # whatever its amount; an approver's own applies at once
            if amount > thresholds_in(s, uow.digits).write_off or not allowed(uow.db.role, "document.write_off"):
                if not reason.strip():
                    raise ValidationError("reason", "a write-off needs a reason", code="required")
                c = customers.find_customer(s, customer)
                amount = m.round_money(amount, uow.digits)
                target = invoice_number
                if allocations:
                    numbers = [s.get(Document, i) for i, _a in allocations]
                    target = ", ".join(d.number for d in numbers if d is not None)
                before = {"balance": _money(balance_of(s, c.id, None), uow.digits)}
                after = {"amount": _money(amount, uow.digits), "date": date.isoformat(), "invoice": target}
                params = {"code": c.code, "date": date.isoformat(), "amount": _money(amount, uow.digits),
                          "reason": reason.strip(), "invoice_number": invoice_number,
                          "allocations": None if allocations is None
                          else [[i, _money(a, uow.digits)] for i, a in allocations]}
                return Gated(request=_commit_request(uow, "write_off", c.code, target or c.code, params, before,
                                                     after, reason))
    return Gated(applied=ledger.post_credit(uow, "write_off", customer, date, amount, invoice_number=invoice_number,
                                            reason=reason, allocations=allocations))


def release_hold(uow: UnitOfWork, code: str, note: str = "", today: dt.date | None = None
                 ) -> Gated[list[credit.HoldInfo]]:
    """Release a customer's holds (credit.release), or ask for it (always, without the approver right)."""
    require(uow, REQUEST)
    today = today or dt.date.today()
    if needs_approval(uow.db):
        with uow:
            s = uow.session
            c = customers.find_customer(s, code)
            holds = list(s.execute(select(CreditHold).where(
                CreditHold.customer_id == c.id, CreditHold.released_on.is_(None),
                or_(CreditHold.until_on.is_(None), CreditHold.until_on >= today))).scalars())
            if not holds:
                raise StateError(f"customer {c.code} is not on hold")
            before = {"holds": [h.reason for h in holds]}
            after = {"released": True}
            params = {"code": c.code, "note": note}
            return Gated(request=_commit_request(uow, "hold_release", c.code, c.code, params, before, after, note))
    return Gated(applied=credit.release(uow, code, note=note, today=today))


def merge_customers(uow: UnitOfWork, keep: int | str, merged: int | str, reason: str = ""
                    ) -> Gated[duplicates.MergeResult]:
    """Merge ``merged`` into ``keep`` (duplicates.merge_customers), or ask for it."""
    require(uow, REQUEST)
    if needs_approval(uow.db):
        with uow:
            s = uow.session
            k = customers.find_customer(s, keep)
            g = customers.find_customer(s, merged)
            if k.id == g.id:
                raise ValidationError("merge_id", "a customer cannot be merged into itself", code="same")
            before = {"kept": f"{k.code} {k.name}", "merged": f"{g.code} {g.name}"}
            after = {"kept": f"{k.code} {k.name}", "merged": None}
            params = {"keep": k.code, "merged": g.code}
            return Gated(request=_commit_request(uow, "merge", k.code, f"{g.code} → {k.code}", params, before,
                                                 after, reason))
    if isinstance(keep, int) and isinstance(merged, int):
        return Gated(applied=duplicates.merge_customers(uow, keep, merged))
    return Gated(applied=duplicates.merge_by_code(uow, str(keep), str(merged)))


def void_document(uow: UnitOfWork, document_id: int, date: dt.date, reason: str, today: dt.date | None = None
                  ) -> Gated[DocumentInfo]:
    """Void a document (ledger.void_document), or ask for it when the document is older than the threshold."""
    require(uow, REQUEST)
    today = today or dt.date.today()
    if needs_approval(uow.db):
        with uow:
            s = uow.session
            d = s.get(Document, document_id)
            if d is None:
                raise NotFound("document", document_id)
            if (today - d.date).days > thresholds_in(s, uow.digits).void_days:
                if not reason.strip():
                    raise ValidationError("reason", "say why the document is voided", code="required")
                code = s.execute(select(Customer.code).where(Customer.id == d.customer_id)).scalar_one()
                before = {"kind": d.kind, "number": d.number, "date": d.date.isoformat(),
                          "amount": _money(d.amount, uow.digits), "status": d.status}
                after = {"status": "voided", "date": date.isoformat()}
                params = {"document_id": d.id, "date": date.isoformat(), "reason": reason.strip()}
                return Gated(request=_commit_request(uow, "void", code, d.number, params, before, after, reason))
    return Gated(applied=ledger.void_document(uow, document_id, date, reason))


# ---------------------------------------------------------------- reading

def list_requests(uow: UnitOfWork, state: str = PENDING, limit: int = 500) -> list[RequestInfo]:
    """Requests in ``state`` (or "all"), newest first."""
    if state != "all" and state not in STATES:
        raise ValidationError("state", "one of pending, approved, rejected, all", code="choice")
    with uow:
        q = select(ApprovalRequest).order_by(ApprovalRequest.id.desc()).limit(limit)
        if state != "all":
            q = q.where(ApprovalRequest.state == state)
        return [_info(r) for r in uow.session.execute(q).scalars()]


def get_request(uow: UnitOfWork, request_id: int) -> RequestInfo:
    with uow:
        r = uow.session.get(ApprovalRequest, request_id)
        if r is None:
            raise NotFound("approval request", request_id)
        return _info(r)


def pending_count(uow: UnitOfWork) -> int:
    with uow:
        return int(uow.session.execute(select(func.count()).select_from(ApprovalRequest)
                                       .where(ApprovalRequest.state == PENDING)).scalar_one())


# ---------------------------------------------------------------- deciding

def _pending(s: Session, uow: UnitOfWork, request_id: int) -> ApprovalRequest:
    r = s.get(ApprovalRequest, request_id, with_for_update=True, populate_existing=True)
    if r is None:
        raise NotFound("approval request", request_id)
    if r.state != PENDING:
        raise AlreadyDecided(r.id, r.state)
    if r.requested_by == uow.user:
        raise OwnRequest(r.id, uow.user)
    return r


def _apply(uow: UnitOfWork, r: ApprovalRequest) -> str:
    """Apply the change through its own service, inside ``uow``'s transaction; what it made, in words."""
    p = _loads(r.params)
    j = JoinedUnitOfWork(uow)
    if r.kind == "credit_limit":
        limit = None if p.get("limit") is None else m.to_decimal(p["limit"], uow.digits)
        warn = None if p.get("warn_ratio") is None else Decimal(str(p["warn_ratio"]))
        f = credit.set_credit_limit(j, str(p["code"]), limit, warn)
        return f"credit limit {f.customer}: {_money(f.credit_limit, uow.digits) or 'no limit'}"
    if r.kind == "write_off":
        allocs = p.get("allocations")
        res = ledger.post_credit(j, "write_off", str(p["code"]), dt.date.fromisoformat(p["date"]),
                                 m.to_decimal(p["amount"], uow.digits), reason=str(p.get("reason", "")),
                                 invoice_number=str(p.get("invoice_number") or ""),
                                 allocations=None if allocs is None
                                 else [(int(i), m.to_decimal(a, uow.digits)) for i, a in allocs])
        return f"write-off {res.document.number}"
    if r.kind == "hold_release":
        released = credit.release(j, str(p["code"]), note=str(p.get("note", "")))
        return f"{len(released)} hold(s) of {p['code']} released"
    if r.kind == "merge":
        mr = duplicates.merge_by_code(j, str(p["keep"]), str(p["merged"]))
        return f"{mr.merged_code} merged into {mr.kept_code}"
    if r.kind == "void":
        v = ledger.void_document(j, int(p["document_id"]), dt.date.fromisoformat(p["date"]), str(p["reason"]))
        return f"{r.subject} voided by {v.number}"
    raise StateError(f"request {r.id} is of an unknown kind {r.kind!r} (one of {', '.join(KINDS)})")


def approve(uow: UnitOfWork, request_id: int, note: str = "") -> RequestInfo:
    """Accept a pending request and apply it, all in one transaction: if the change cannot be made now
    (the customer is no longer on hold, the document was voided meanwhile ...) nothing changes and the
    request stays pending (to be rejected)."""
    require(uow, APPROVE)
    with uow:
        s = uow.session
        r = _pending(s, uow, request_id)
        r.state, r.decided_by, r.decided_at, r.decision_note = APPROVED, uow.user, utcnow(), note.strip()
        s.flush()
        what = {"kind": r.kind, "customer": r.customer, "subject": r.subject, "requested_by": r.requested_by}
        audit.record(s, uow.user, "approval.approve", "approval", r.id, after={**what, "note": r.decision_note})
        r.result = _apply(uow, r)
        s.flush()
        audit.record(s, uow.user, "approval.apply", "approval", r.id, after={**what, "result": r.result})
        info = _info(r)
        uow.commit()
        return info


def reject(uow: UnitOfWork, request_id: int, reason: str) -> RequestInfo:
    """Refuse a pending request with a reason; nothing else changes."""
    require(uow, APPROVE)
    if not reason.strip():
        raise ValidationError("reason", "say why the request is rejected", code="required")
    with uow:
        s = uow.session
        r = _pending(s, uow, request_id)
        r.state, r.decided_by, r.decided_at, r.decision_note = REJECTED, uow.user, utcnow(), reason.strip()
        s.flush()
        audit.record(s, uow.user, "approval.reject", "approval", r.id,
                     after={"kind": r.kind, "customer": r.customer, "subject": r.subject,
                            "requested_by": r.requested_by, "reason": r.decision_note})
        info = _info(r)
        uow.commit()
        return info
