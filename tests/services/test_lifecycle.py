"""Lifecycle stages kept by rules: one customer walked through every stage, with its history read back;
a write-off loses a customer; a grade drop puts one at risk; feedback with a score 1-5."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models import GradeHistory
from app.services.customers import classification
from app.services.customers.records import find_customer
from app.services.errors import NotFound, ValidationErrors
from app.services.ledger import postings as ledger
from app.services.lifecycle import feedback, stages
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, d, invoice, payment


def stage_of(db: Database, code: str, as_of: str) -> str:
    stages.refresh_stages(db.uow(), d(as_of))
    return {r.code: r.stage for r in stages.list_stages(db.uow())}[code]


def test_a_customer_walks_through_every_stage_and_the_history_says_why(db: Database) -> None:
    customer(db, "W", "Walker Trading")
    assert stage_of(db, "W", "2025-12-31") == "prospect"
    invoice(db, "W", "2026-01-10", "1000", "I1", due="2026-02-09")
    assert stage_of(db, "W", "2026-01-20") == "new"  # first invoice 10 days ago
    payment(db, "W", "2026-02-01", "1000", "P1", invoice="I1")
    assert stage_of(db, "W", "2026-04-09") == "new"  # 89 days
    assert stage_of(db, "W", "2026-04-10") == "active"  # 90 days, no class A yet
    classification.recompute_value_classes(db.uow(), d("2026-04-11"))
    assert stage_of(db, "W", "2026-04-12") == "key"
    invoice(db, "W", "2026-05-05", "800", "I2", due="2026-06-04")
    assert stage_of(db, "W", "2026-08-03") == "key"  # 60 days overdue: not yet
    assert stage_of(db, "W", "2026-08-04") == "at_risk"  # 61 days
    payment(db, "W", "2026-08-15", "800", "P2", invoice="I2")
    assert stage_of(db, "W", "2026-10-31") == "key"  # paid: no longer at risk
    assert stage_of(db, "W", "2026-11-01") == "dormant"  # 180 days since the last invoice
    assert stage_of(db, "W", "2027-05-05") == "lost"  # 365 days
    history = stages.stage_history(db.uow(), "W")
    assert [(h.as_of.isoformat(), h.previous, h.stage, h.reason) for h in history] == [
        ("2025-12-31", "", "prospect", "no_invoice"),
        ("2026-01-20", "prospect", "new", "first_90"),
        ("2026-04-10", "new", "active", "active"),
        ("2026-04-12", "active", "key", "class_a"),
        ("2026-08-04", "key", "at_risk", "late_60"),
        ("2026-10-31", "at_risk", "key", "class_a"),
        ("2026-11-01", "key", "dormant", "no_invoice_180"),
        ("2027-05-05", "dormant", "lost", "no_invoice_365"),
    ]
    # an unchanged stage adds no history; its "since" is when it began
    assert stages.refresh_stages(db.uow(), d("2027-05-06")).changed == 0
    (row,) = stages.list_stages(db.uow(), "lost")
    assert row.since == d("2027-05-05") and stages.reason_text(row.reason, "zh_CN") == "365 天以上无发票"


def test_a_write_off_loses_the_customer_and_a_grade_drop_puts_one_at_risk(db: Database) -> None:
    customer(db, "X", "Gone Ltd")
    customer(db, "Y", "Slipping Ltd")
    invoice(db, "X", "2026-01-10", "500", "I1")
    ledger.post_credit(db.uow(), "write_off", "X", d("2026-03-01"), Decimal("500"), reason="bankrupt")
    invoice(db, "Y", "2025-06-01", "500", "I2")
    payment(db, "Y", "2025-06-20", "500", "P2", invoice="I2")
    invoice(db, "Y", "2026-02-01", "500", "I3")
    payment(db, "Y", "2026-04-01", "500", "P3", invoice="I3")
    with db.uow() as uow:
        y = find_customer(uow.session, "Y").id
        uow.session.add_all([GradeHistory(customer_id=y, as_of=d("2025-09-01"), grade="A"),
                             GradeHistory(customer_id=y, as_of=d("2026-02-15"), grade="C")])
        uow.commit()
    stages.refresh_stages(db.uow(), d("2026-03-31"))
    got = {r.code: (r.stage, r.reason) for r in stages.list_stages(db.uow())}
    assert got == {"X": ("lost", "write_off"), "Y": ("at_risk", "grade_drop")}
    stages.refresh_stages(db.uow(), d("2026-05-20"))  # the drop is more than 90 days old
    assert {r.code: r.stage for r in stages.list_stages(db.uow())}["Y"] == "active"


def test_feedback_is_kept_with_its_score_and_a_bad_score_is_refused(db: Database) -> None:
    customer(db, "C1", "Harbor Trading Ltd")
    feedback.add_feedback(db.uow(), "C1", 4, "quick delivery", d("2026-03-01"))
    feedback.add_feedback(db.uow(), "C1", 2, "发票开错了", d("2026-03-10"))
    res = feedback.list_feedback(db.uow(), "C1")
    assert [(f.date, f.score, f.note) for f in res.entries] == [
        (d("2026-03-10"), 2, "发票开错了"), (d("2026-03-01"), 4, "quick delivery")]
    assert res.average == Decimal("3.0")
    with pytest.raises(ValidationErrors) as e:
        feedback.add_feedback(db.uow(), "C1", 6, "", dt.date(2026, 3, 11))
    assert e.value.problems[0].field == "score"
    assert len(feedback.list_feedback(db.uow(), "C1").entries) == 2
    with pytest.raises(NotFound):
        feedback.add_feedback(db.uow(), "NOPE", 3)
    feedback.delete_feedback(db.uow(), res.entries[0].id)
    assert [f.score for f in feedback.list_feedback(db.uow(), "C1").entries] == [4]
