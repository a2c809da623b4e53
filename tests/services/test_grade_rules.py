"""Grade rules beside the index: three months paid on time raise a grade one step; an invoice more
than 60 days late or a broken promise lowers it one step; each change is in the grade history with
its rule and in the credit report; an event is counted once."""

from __future__ import annotations

import subprocess
from decimal import Decimal

from sqlalchemy import update

from app.models import Customer, GradeHistory
from app.services.collections import reminders
from app.services.credit import figures as credit
from app.services.customers.records import find_customer
from app.services.lifecycle.grade_rules import apply_grade_rules
from app.services.reports import credit_report
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, d, invoice, payment


def set_grade(db: Database, code: str, grade: str, as_of: str) -> None:
    """What credit.refresh_grades leaves: the customer's grade and a computed history entry."""
    with db.uow() as uow:
        c = find_customer(uow.session, code)
        uow.session.execute(update(Customer).where(Customer.id == c.id).values(grade=grade))
        uow.session.add(GradeHistory(customer_id=c.id, as_of=d(as_of), grade=grade, source="computed"))
        uow.commit()


def grade(db: Database, code: str) -> str:
    with db.uow() as uow:
        return find_customer(uow.session, code).grade


def test_on_time_months_raise_and_lateness_and_broken_promises_lower(db: Database, tmp_path) -> None:
    customer(db, "G", "Good Payer Ltd")
    set_grade(db, "G", "C", "2025-12-31")
    for n, (issued, due) in enumerate((("2025-12-15", "2026-01-14"), ("2026-01-20", "2026-02-19"),
                                       ("2026-02-20", "2026-03-22")), 1):
        invoice(db, "G", issued, "100", f"I{n}", due=due)
        payment(db, "G", due, "100", f"P{n}", invoice=f"I{n}")
    # only two whole months before March: nothing yet
    assert apply_grade_rules(db.uow(), d("2026-03-25")) == []
    (up,) = apply_grade_rules(db.uow(), d("2026-04-05"))
    assert (up.customer, up.before, up.after, up.rule) == ("G", "C", "B", "on_time_3_months")
    assert grade(db, "G") == "B"
    assert apply_grade_rules(db.uow(), d("2026-04-20")) == []  # the same months raise once
    invoice(db, "G", "2026-03-11", "300", "I4", due="2026-04-10")
    assert apply_grade_rules(db.uow(), d("2026-06-09")) == []  # 60 days late: not yet
    (down,) = apply_grade_rules(db.uow(), d("2026-06-10"))
    assert (down.before, down.after, down.rule) == ("B", "C", "late_60")
    assert apply_grade_rules(db.uow(), d("2026-06-15")) == []  # the same invoice lowers once
    invoice(db, "G", "2026-05-01", "50", "I5", due="2026-05-31")
    reminders.add_promise(db.uow(), "I5", d("2026-06-20"), Decimal("50"), "by the 20th")
    (broken,) = apply_grade_rules(db.uow(), d("2026-06-25"))
    assert (broken.before, broken.after, broken.rule) == ("C", "D", "promise_broken")
    # a refresh of the index that leaves the computed grade as it was does not undo the rules
    with db.uow() as uow:
        uow.session.execute(update(Customer).where(Customer.code == "G").values(grade="C"))
        uow.commit()
    assert apply_grade_rules(db.uow(), d("2026-06-26")) == [] and grade(db, "G") == "D"
    history = [(p.as_of.isoformat(), p.grade, p.source, p.reason) for p in credit.grade_history(db.uow(), "G")]
    assert history == [("2025-12-31", "C", "computed", ""), ("2026-04-05", "B", "rule", "on_time_3_months"),
                       ("2026-06-10", "C", "rule", "late_60"), ("2026-06-25", "D", "rule", "promise_broken")]
    rep = credit_report.credit_report(db.uow(), "G", d("2026-06-30"))
    assert [p.reason for p in rep.rule_changes] == ["on_time_3_months", "late_60", "promise_broken"]
    out = tmp_path / "credit.pdf"
    credit_report.credit_report_pdf(db.uow(), "G", d("2026-06-30"), out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Grade changes by rule" in text and "three months with every invoice paid on time" in text


def test_a_customer_without_a_grade_is_not_moved(db: Database) -> None:
    customer(db, "N", "New Co")
    invoice(db, "N", "2026-01-01", "100", "I1", due="2026-01-31")
    assert apply_grade_rules(db.uow(), d("2026-05-01")) == [] and grade(db, "N") == "new"


def test_edited_rules_move_grades_by_their_own_figures_and_say_so(db: Database) -> None:
    from app.services.lifecycle.grade_rules import (
        GradeRuleSettings,
        grade_rule_settings,
        rule_text,
        set_grade_rule_settings,
    )

    assert grade_rule_settings(db.uow()) == GradeRuleSettings()  # three months, 60 days, promises: on
    set_grade_rule_settings(db.uow(), GradeRuleSettings(on_time_months=2, late_days=30, promise_broken=False))
    customer(db, "G", "Good Payer Ltd")
    set_grade(db, "G", "C", "2025-12-31")
    for n, (issued, due) in enumerate((("2026-01-05", "2026-01-20"), ("2026-02-01", "2026-02-15")), 1):
        invoice(db, "G", issued, "100", f"I{n}", due=due)
        payment(db, "G", due, "100", f"P{n}", invoice=f"I{n}")
    (up,) = apply_grade_rules(db.uow(), d("2026-03-02"))  # two whole months paid on time are enough now
    assert (up.before, up.after, up.rule) == ("C", "B", "on_time_2_months")
    invoice(db, "G", "2026-03-01", "300", "I3", due="2026-03-10")
    reminders.add_promise(db.uow(), "I3", d("2026-03-20"), Decimal("300"), "by the 20th")
    assert apply_grade_rules(db.uow(), d("2026-03-25")) == []  # the broken promise no longer counts
    (down,) = apply_grade_rules(db.uow(), d("2026-04-10"))  # 31 days after the due date
    assert (down.before, down.after, down.rule) == ("B", "C", "late_30")
    assert rule_text("on_time_2_months") == "two months with every invoice paid on time"
    assert rule_text("late_30", "zh_CN") == "付款逾期超过 30 天"
    assert rule_text("on_time_3_months", "zh_CN") == "连续三个月按时付款"


def test_grade_rule_figures_out_of_range_are_refused(db: Database) -> None:
    import pytest

    from app.services.errors import ValidationError
    from app.services.lifecycle.grade_rules import (
        GradeRuleSettings,
        grade_rule_settings,
        set_grade_rule_settings,
    )

    for bad, field in ((GradeRuleSettings(on_time_months=0), "on_time_months"),
                       (GradeRuleSettings(late_days=400), "late_days")):
        with pytest.raises(ValidationError) as e:
            set_grade_rule_settings(db.uow(), bad)
        assert e.value.field == field
    assert grade_rule_settings(db.uow()) == GradeRuleSettings()
