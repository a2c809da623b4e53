"""When a change needs a second person: the thresholds (a company setting) and who approves."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from app.models import Setting
from app.models import money as m
from app.services import audit
from app.services.approvals.errors import ApprovalNeeded
from app.services.errors import ValidationError
from app.services.permissions import allowed, require
from app.services.unit_of_work import Database, UnitOfWork

THRESHOLDS_KEY = "approvals.thresholds"
APPROVE = "approvals.approve"
MAX_VOID_DAYS = 36600


@dataclass(frozen=True)
class Thresholds:
    """A limit raised by more than ``limit_raise``, a write-off above ``write_off`` and a void of a
    document more than ``void_days`` days old need an approver (releasing a hold and merging
    customers always do)."""

    limit_raise: Decimal = Decimal("10000.00")
    write_off: Decimal = Decimal("1000.00")
    void_days: int = 30


def thresholds_in(s: Session, digits: int = 2) -> Thresholds:
    row = s.get(Setting, THRESHOLDS_KEY)
    if row is None or not row.value:
        return Thresholds()
    try:
        data = json.loads(row.value)
        return Thresholds(m.to_decimal(str(data["limit_raise"]), digits), m.to_decimal(str(data["write_off"]), digits),
                          int(data["void_days"]))
    except (ValueError, KeyError, TypeError):
        return Thresholds()


def get_thresholds(uow: UnitOfWork) -> Thresholds:
    with uow:
        return thresholds_in(uow.session, uow.digits)


def set_thresholds(uow: UnitOfWork, limit_raise: Decimal, write_off: Decimal, void_days: int) -> Thresholds:
    """Change the thresholds (an administrator's setting), audited."""
    require(uow, "settings.write")
    if limit_raise < 0:
        raise ValidationError("limit_raise", "cannot be negative", code="negative")
    if write_off < 0:
        raise ValidationError("write_off_threshold", "cannot be negative", code="negative")
    if limit_raise > m.MAX_AMOUNT:
        raise ValidationError("limit_raise", "above the largest amount allowed (10000000000000)", code="range")
    if write_off > m.MAX_AMOUNT:
        raise ValidationError("write_off_threshold", "above the largest amount allowed (10000000000000)",
                              code="range")
    if not 0 <= void_days <= MAX_VOID_DAYS:
        raise ValidationError("void_days", "a whole number of days from 0 to 36600", code="range")
    new = Thresholds(m.round_money(limit_raise, uow.digits), m.round_money(write_off, uow.digits), void_days)
    with uow:
        s = uow.session
        row = s.get(Setting, THRESHOLDS_KEY)
        before = row.value if row is not None else ""
        value = json.dumps({"limit_raise": str(new.limit_raise), "write_off": str(new.write_off),
                            "void_days": new.void_days})
        if row is None:
            s.add(Setting(key=THRESHOLDS_KEY, value=value))
        else:
            row.value = value
        audit.record(s, uow.user, "settings.update", "setting", THRESHOLDS_KEY, before=before, after=value)
        uow.commit()
        return new


def check_write_off(s: Session, db: Database, amount: Decimal, digits: int) -> None:
    """The ledger's own guard (every path that posts a write-off): above the threshold, a user without
    the approver right is refused; the gate ``approvals.requests.write_off`` saves it as a request."""
    limit = thresholds_in(s, digits).write_off
    if needs_approval(db) and amount > limit:
        raise ApprovalNeeded("write-off", m.format_plain(limit, digits))


def is_approver(db: Database) -> bool:
    """Whether the logged-in user's changes apply at once. Users off (no role): always."""
    return allowed(db.role, APPROVE)


def needs_approval(db: Database) -> bool:
    """Users on and the logged-in role lacks the approver right: a large change becomes a request."""
    return db.role is not None and not is_approver(db)
