"""The stage rules, as of a date D (the first that holds wins):

1. ``prospect``: no posted invoice dated by D;
2. ``lost``: a posted write-off dated by D, or the last invoice 365 days or more before D;
3. ``dormant``: the last invoice 180 days or more before D;
4. ``at_risk``: an invoice still open at D more than 60 days past its due date, or the grade lowered
   (grade history) within the 90 days ending D;
5. ``new``: the first invoice less than 90 days before D;
6. ``key``: value class A;
7. ``active``: everyone else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Customer, Document
from app.models.credit import GradeHistory
from app.models.ledger import POSTED
from app.services.sql import open_at

STAGES = ("prospect", "new", "active", "key", "at_risk", "dormant", "lost")
STAGE_LABELS: dict[str, tuple[str, str]] = {
    "prospect": ("Prospect", "潜在客户"), "new": ("New", "新合作"), "active": ("Active", "活跃"),
    "key": ("Key", "重点客户"), "at_risk": ("At risk", "有风险"), "dormant": ("Dormant", "休眠"),
    "lost": ("Lost", "流失"),
}
NEW_DAYS = 90
DORMANT_DAYS = 180
LOST_DAYS = 365
LATE_DAYS = 60
DROP_DAYS = 90
# The reason each rule gives (en, zh); {n} the days of the rule.
REASONS: dict[str, tuple[str, str]] = {
    "no_invoice": ("no invoice yet", "尚无发票"),
    "write_off": ("a write-off", "有坏账核销"),
    "no_invoice_365": ("no invoice for 365 days or more", "365 天以上无发票"),
    "no_invoice_180": ("no invoice for 180 days or more", "180 天以上无发票"),
    "late_60": ("an invoice more than 60 days overdue", "有逾期 60 天以上的发票"),
    "grade_drop": ("grade lowered within 90 days", "90 天内信用等级下降"),
    "first_90": ("first invoice within 90 days", "首张发票在 90 天内"),
    "class_a": ("value class A", "价值等级 A"),
    "active": ("invoicing", "正常往来"),
}
GRADE_RANK = {"A": 1, "B": 2, "C": 3, "D": 4}


@dataclass(frozen=True)
class StageFacts:
    stage: str
    reason: str  # a key of REASONS


def stages_as_of(s: Session, as_of: dt.date) -> dict[int, StageFacts]:
    """Every customer's stage as of ``as_of`` (archived ones included), by the rules above."""
    inv = (Document.kind == "invoice") & (Document.status == POSTED) & (Document.date <= as_of)
    firsts: dict[int, tuple[dt.date, dt.date]] = {}
    for cid, first, last in s.execute(select(Document.customer_id, func.min(Document.date), func.max(Document.date))
                                      .where(inv).group_by(Document.customer_id)):
        firsts[cid] = (_date(first), _date(last))
    written_off = set(s.execute(select(Document.customer_id).where(
        Document.kind == "write_off", Document.status == POSTED, Document.date <= as_of).distinct()).scalars())
    late = set(s.execute(select(Document.customer_id).where(
        open_at(as_of, 1), Document.kind == "invoice",
        func.coalesce(Document.due_date, Document.date) < as_of - dt.timedelta(days=LATE_DAYS)).distinct())
        .scalars())
    dropped = _grade_drops(s, as_of)
    classes = dict(s.execute(select(Customer.id, Customer.value_class)).tuples().all())
    out: dict[int, StageFacts] = {}
    for cid, value_class in classes.items():
        out[cid] = _stage(firsts.get(cid), cid in written_off, cid in late, cid in dropped, value_class, as_of)
    return out


def _stage(first_last: tuple[dt.date, dt.date] | None, written_off: bool, late: bool, dropped: bool,
           value_class: str, as_of: dt.date) -> StageFacts:
    if first_last is None:
        return StageFacts("prospect", "no_invoice")
    first, last = first_last
    if written_off:
        return StageFacts("lost", "write_off")
    idle = (as_of - last).days
    if idle >= LOST_DAYS:
        return StageFacts("lost", "no_invoice_365")
    if idle >= DORMANT_DAYS:
        return StageFacts("dormant", "no_invoice_180")
    if late:
        return StageFacts("at_risk", "late_60")
    if dropped:
        return StageFacts("at_risk", "grade_drop")
    if (as_of - first).days < NEW_DAYS:
        return StageFacts("new", "first_90")
    if value_class == "A":
        return StageFacts("key", "class_a")
    return StageFacts("active", "active")


def _grade_drops(s: Session, as_of: dt.date) -> set[int]:
    """Customers whose grade (history) went to a worse letter within the 90 days ending ``as_of``."""
    start = as_of - dt.timedelta(days=DROP_DAYS)
    recent = set(s.execute(select(GradeHistory.customer_id).where(
        GradeHistory.as_of > start, GradeHistory.as_of <= as_of).distinct()).scalars())
    out: set[int] = set()
    if not recent:
        return out
    ids = sorted(recent)
    for i in range(0, len(ids), 900):
        prev: dict[int, str] = {}
        for cid, day, grade in s.execute(
                select(GradeHistory.customer_id, GradeHistory.as_of, GradeHistory.grade)
                .where(GradeHistory.customer_id.in_(ids[i:i + 900]), GradeHistory.as_of <= as_of)
                .order_by(GradeHistory.customer_id, GradeHistory.as_of, GradeHistory.id)):
            before = prev.get(cid)
            if (before in GRADE_RANK and grade in GRADE_RANK and GRADE_RANK[grade] > GRADE_RANK[before]
                    and _date(day) > start):
                out.add(cid)
            prev[cid] = grade
    return out


def _date(v: object) -> dt.date:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v)[:10])
