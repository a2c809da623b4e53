"""Credit policy at posting (PRODUCT §4): warn past the warn ratio; refuse past the limit
or during a hold unless a permitted user overrides it with a written reason.

Called by ``app.services.ledger.postings`` inside the posting transaction: ``check_posting``
before the invoice is written, ``record_override`` after, so that the override
names the document it allowed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from app.models import Customer, Document
from app.models import money as m
from app.models.credit import CreditOverride
from app.services import audit, permissions
from app.services.credit.figures import DEFAULT_WARN_RATIO, hold_reason, limit_of
from app.services.errors import CreditRefused, PermissionDenied
from app.services.sql import balance_of
from app.services.unit_of_work import UnitOfWork

OVERRIDE_ACTION = "credit.override"


def may_override(uow: UnitOfWork) -> bool:
    """Whether the logged-in user may override a credit refusal (users off: yes)."""
    return permissions.allowed(uow.db.role, OVERRIDE_ACTION)


def _lock(session: Session, c: Customer) -> None:
    """Lock the customer row (PostgreSQL) so that concurrent postings see committed exposure.

    SQLite takes the whole file's write lock at BEGIN IMMEDIATE already.
    """
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        session.refresh(c, with_for_update=True)


def exposure_after(session: Session, c: Customer, amount: Decimal) -> Decimal:
    """What the customer owes on every posted document, plus the new amount."""
    return balance_of(session, c.id) + amount


def _refusal(session: Session, c: Customer, amount: Decimal, date: dt.date, digits: int
             ) -> tuple[str, str, Decimal, Decimal | None]:
    """(status, words, exposure after, limit): status is ``hold``, ``over``, ``warn`` or ``ok``."""
    limit = limit_of(c)
    after = exposure_after(session, c, amount)
    today = dt.date.today()
    reason = hold_reason(session, c, today)
    if reason is None and date != today:
        reason = hold_reason(session, c, date)
    if reason is not None:
        return "hold", f"customer is on credit hold ({reason})", after, limit
    if limit is None:
        return "ok", "", after, limit
    f = m.format_plain
    if after > limit:
        return ("over", f"exposure {f(after, digits)} would exceed the credit limit {f(limit, digits)}",
                after, limit)
    warn = c.warn_ratio or DEFAULT_WARN_RATIO
    if after >= warn * limit:
        pct = m.round_to(after / limit * 100, 1)
        return ("warn", f"exposure {f(after, digits)} is {pct} % of the credit limit {f(limit, digits)}",
                after, limit)
    return "ok", "", after, limit


def check_posting(session: Session, uow: UnitOfWork, customer: Customer, amount: Decimal, date: dt.date,
                  override_reason: str = "") -> str:
    """A warning text when the invoice takes the customer past the warn ratio ('' otherwise).

    Raises CreditRefused past the limit or during a hold, unless ``override_reason`` is
    given and the user may override (PermissionDenied when they may not).
    """
    _lock(session, customer)
    status, words, _after, _limit = _refusal(session, customer, amount, date, uow.digits)
    if status == "warn":
        return words
    if status in ("hold", "over"):
        if not override_reason.strip():
            raise CreditRefused(words + "; an override with a reason is needed", customer=customer.code,
                                status=status)
        if not may_override(uow):
            raise PermissionDenied(user=f"{uow.user} ({uow.db.role})", action="override a credit refusal")
        return f"credit override: {words}"
    return ""


def record_override(session: Session, uow: UnitOfWork, customer: Customer, document: Document, amount: Decimal,
                    date: dt.date, override_reason: str = "") -> CreditOverride | None:
    """Keep who allowed what and why, when the posting needed an override."""
    if not override_reason.strip():
        return None
    # The document is already posted and counted in the balance: the figures as the check saw them.
    status, words, after, limit = _refusal(session, customer, Decimal(0), date, uow.digits)
    exposure = after - amount
    if status not in ("hold", "over"):
        return None
    row = CreditOverride(customer_id=customer.id, document_id=document.id, status=status, exposure=exposure,
                         credit_limit=limit, amount=amount, reason=override_reason.strip(), created_by=uow.user)
    session.add(row)
    session.flush()
    audit.record(session, uow.user, "credit.override", "customer", customer.code, after={
        "document": f"{document.kind} {document.number}", "status": status, "exposure": exposure,
        "credit_limit": limit, "amount": amount, "reason": override_reason.strip(), "detail": words,
    })
    return row
