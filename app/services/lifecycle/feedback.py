"""Customer feedback: a satisfaction score 1-5 and a note, dated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.models import Feedback
from app.models import money as m
from app.services import audit
from app.services.customers.records import find_customer
from app.services.errors import FieldProblem, ValidationErrors
from app.services.permissions import require
from app.services.sql import get_or_raise
from app.services.unit_of_work import UnitOfWork

SCORES = (1, 2, 3, 4, 5)
NOTE_MAX = 2000


@dataclass(frozen=True)
class FeedbackInfo:
    id: int
    customer_code: str
    date: dt.date
    score: int
    note: str
    created_by: str


@dataclass(frozen=True)
class FeedbackList:
    customer_code: str
    customer_name: str
    entries: list[FeedbackInfo]  # newest first
    average: Decimal | None  # mean score, 1 place


def add_feedback(uow: UnitOfWork, customer: int | str, score: int, note: str = "",
                 date: dt.date | None = None) -> FeedbackInfo:
    """Record a customer's satisfaction (1 very unhappy .. 5 very happy) with a note."""
    require(uow, "customer.write")
    problems = []
    if score not in SCORES:
        problems.append(FieldProblem("score", "range", "a whole number from 1 to 5"))
    if len(note) > NOTE_MAX:
        problems.append(FieldProblem("note", "too_long", f"at most {NOTE_MAX} characters"))
    if problems:
        raise ValidationErrors(problems)
    date = date or dt.date.today()
    with uow:
        s = uow.session
        c = find_customer(s, customer)
        f = Feedback(customer_id=c.id, date=date, score=score, note=note.strip(), created_by=uow.user)
        s.add(f)
        s.flush()
        audit.record(s, uow.user, "feedback.add", "customer", c.code,
                     after={"date": date, "score": score, "note": f.note})
        info = FeedbackInfo(f.id, c.code, f.date, f.score, f.note, f.created_by)
        uow.commit()
        return info


def list_feedback(uow: UnitOfWork, customer: int | str) -> FeedbackList:
    with uow:
        s = uow.session
        c = find_customer(s, customer)
        rows = [FeedbackInfo(f.id, c.code, f.date, f.score, f.note, f.created_by) for f in s.execute(
            select(Feedback).where(Feedback.customer_id == c.id)
            .order_by(Feedback.date.desc(), Feedback.id.desc())).scalars()]
        avg = m.round_to(Decimal(sum(r.score for r in rows)) / Decimal(len(rows)), 1) if rows else None
        return FeedbackList(c.code, c.name, rows, avg)


def delete_feedback(uow: UnitOfWork, feedback_id: int) -> None:
    require(uow, "customer.write")
    with uow:
        s = uow.session
        f = get_or_raise(s, Feedback, feedback_id, what="feedback")
        c = find_customer(s, f.customer_id)
        audit.record(s, uow.user, "feedback.delete", "customer", c.code,
                     before={"date": f.date, "score": f.score, "note": f.note})
        s.delete(f)
        uow.commit()
