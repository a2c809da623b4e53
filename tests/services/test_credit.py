"""Credit figures as INTERCHANGE §6/§7 defines them, on small hand-built ledgers."""

from __future__ import annotations

import subprocess
from fractions import Fraction
from pathlib import Path

import pytest

from app.services.credit import figures as credit
from app.services.errors import StateError, ValidationError
from app.services.unit_of_work import Database
from tests.services.credit_helpers import A, D, customer, invoice, pay

# ---------------------------------------------------------------- the score table

@pytest.mark.parametrize(("days", "expected"), [
    (-45, 100), (-30, 100), (-20, 90), (0, 80), (15, 70), (22, 60), (30, 50), (60, 40), (90, 30),
    (120, 20), (400, 20),
])
def test_score_at_every_table_point_and_flat_beyond_the_ends(days: int, expected: int) -> None:
    assert credit.score(days) == expected


@pytest.mark.parametrize(("days", "expected"), [
    (-25, Fraction(95)), (-10, Fraction(85)), (5, Fraction(230, 3)), (18, Fraction(460, 7)),
    (26, Fraction(55)), (45, Fraction(45)), (75, Fraction(35)), (100, Fraction(80, 3)),
])
def test_score_between_points_is_on_the_straight_line(days: int, expected: Fraction) -> None:
    assert credit.score(days) == expected


def test_rounding_is_half_up_and_exact() -> None:
    assert credit.round_half_up(Fraction(145, 2)) == 73
    assert credit.round_half_up(Fraction(1449999, 20000)) == 72
    assert credit.index_from_parts(0, 0) is None


@pytest.mark.parametrize(("index", "grade"), [
    (None, "new"), (100, "A"), (80, "A"), (79, "B"), (70, "B"), (69, "C"), (50, "C"), (49, "D"), (20, "D"),
])
def test_grade_edges(index: int | None, grade: str) -> None:
    assert credit.grade_for(index) == grade


# ---------------------------------------------------------------- the index from a ledger

@pytest.mark.parametrize(("paid_days_late", "index"), [
    (-30, 100), (-20, 90), (0, 80), (15, 70), (22, 60), (30, 50), (60, 40), (90, 30), (120, 20),
    (5, 77), (18, 66), (100, 27), (-40, 100), (200, 20),
])
def test_sql_index_of_one_invoice_matches_the_table(db: Database, paid_days_late: int, index: int) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00", due="2025-03-01")
    paid_on = D("2025-03-01") + __import__("datetime").timedelta(days=paid_days_late)
    pay(db, "C1", "P1", paid_on.isoformat(), "100.00", "I1")
    f = credit.credit_figures(db.uow(), "C1", D("2025-07-31"))
    assert f.payment_index == index
    assert f.grade == credit.grade_for(index)


def test_index_is_weighted_by_full_invoice_amount_and_rounded_half_up(db: Database) -> None:
    # I1 1000 paid on its due date: 80.  I2 3000 paid 15 days late: 70.
    # I3 500 still open, 60 days overdue at D: 40, weighted by its full 500 though 400 is paid.
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "1000.00", due="2025-01-31")
    invoice(db, "C1", "I2", "2025-02-01", "3000.00", due="2025-03-03")
    invoice(db, "C1", "I3", "2025-03-01", "500.00", due="2025-04-01")
    pay(db, "C1", "P1", "2025-01-31", "1000.00", "I1")
    pay(db, "C1", "P2", "2025-03-18", "3000.00", "I2")
    pay(db, "C1", "P3", "2025-04-15", "400.00", "I3")
    # (1000*80 + 3000*70 + 500*40) / 4500 = 310000/4500 = 68.888... -> 69
    f = credit.credit_figures(db.uow(), "C1", D("2025-05-31"))
    assert f.payment_index == 69
    assert f.grade == "C"


def test_index_half_rounds_up(db: Database) -> None:
    # two invoices of the same amount scoring 80 and 45: the mean 62.5 rounds half up to 63
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00", due="2025-01-31")
    invoice(db, "C1", "I2", "2025-01-01", "100.00", due="2025-01-31")
    pay(db, "C1", "P1", "2025-01-31", "100.00", "I1")  # 0 days: 80
    pay(db, "C1", "P2", "2025-03-17", "100.00", "I2")  # 45 days: 45
    assert credit.credit_figures(db.uow(), "C1", D("2025-06-30")).payment_index == 63


def test_settle_date_is_the_last_application_that_closed_the_invoice(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00", due="2025-01-31")
    pay(db, "C1", "P1", "2025-01-31", "60.00", "I1")
    pay(db, "C1", "P2", "2025-03-02", "40.00", "I1")  # closes it 30 days late: 50
    assert credit.credit_figures(db.uow(), "C1", D("2025-04-30")).payment_index == 50


def test_window_holds_settle_dates_from_d_minus_364_to_d(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2024-01-01", "100.00", due="2024-01-31")
    pay(db, "C1", "P1", "2024-01-31", "100.00", "I1")  # settled 2024-01-31, on time: 80
    # D - 364 = 2024-01-31 when D = 2025-01-29 (2024 is a leap year): still counts
    assert credit.credit_figures(db.uow(), "C1", D("2025-01-29")).payment_index == 80
    # one day later it has left the window: no invoice counts
    f = credit.credit_figures(db.uow(), "C1", D("2025-01-30"))
    assert f.payment_index is None
    assert f.grade == "new"


def test_open_overdue_invoice_counts_whatever_its_age_and_not_due_ones_do_not(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2022-01-01", "100.00", due="2022-01-31")  # open for years: 20
    invoice(db, "C1", "I2", "2025-06-01", "900.00", due="2025-07-01")  # not yet due at D: not counted
    invoice(db, "C1", "I3", "2025-05-01", "100.00", due="2025-06-29")  # 1 day overdue at D: 79.33
    f = credit.credit_figures(db.uow(), "C1", D("2025-06-30"))
    # (100*20 + 100*(80 - 10/15)) / 200 = 49.666 -> 50
    assert f.payment_index == 50


def test_an_invoice_settled_after_d_is_open_at_d(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00", due="2025-01-31")
    pay(db, "C1", "P1", "2025-06-30", "100.00", "I1")
    # at D = 2025-03-02 it is open and 30 days overdue: 50
    assert credit.credit_figures(db.uow(), "C1", D("2025-03-02")).payment_index == 50


# ---------------------------------------------------------------- exposure and status

def test_figures_with_a_limit(db: Database) -> None:
    customer(db, "C1", limit="1000.00")
    invoice(db, "C1", "I1", "2025-01-01", "700.00")
    invoice(db, "C1", "I2", "2025-02-01", "100.00")
    pay(db, "C1", "P1", "2025-02-10", "50.00")
    f = credit.credit_figures(db.uow(), "C1", D("2025-02-15"))
    assert f.exposure == A("750.00")
    assert f.available == A("250.00")
    assert str(f.utilization) == "0.7500"
    assert f.status == "ok"
    # exposure is the balance at D: the second invoice is not there yet on 2025-01-15
    assert credit.credit_figures(db.uow(), "C1", D("2025-01-15")).exposure == A("700.00")


def test_warn_at_exactly_the_warn_ratio_and_over_past_the_limit(db: Database) -> None:
    customer(db, "C1", limit="1000.00")
    invoice(db, "C1", "I1", "2025-01-01", "799.99")
    assert credit.credit_figures(db.uow(), "C1", D("2025-01-01")).status == "ok"
    invoice(db, "C1", "I2", "2025-01-02", "0.01")
    assert credit.credit_figures(db.uow(), "C1", D("2025-01-02")).status == "warn"  # exactly 80 %
    invoice(db, "C1", "I3", "2025-01-03", "200.00")
    f = credit.credit_figures(db.uow(), "C1", D("2025-01-03"))
    assert f.status == "warn" and f.utilization == A("1.0000")  # exactly the limit is not over
    invoice(db, "C1", "I4", "2025-01-04", "0.01", override="big order approved")
    f = credit.credit_figures(db.uow(), "C1", D("2025-01-04"))
    assert f.status == "over"
    assert f.available == A("-0.01")
    assert str(f.utilization) == "1.0000"  # 1.00001 rounds half up to 4 places


def test_utilization_rounds_half_up_to_four_places(db: Database) -> None:
    customer(db, "C1", limit="3.00")
    invoice(db, "C1", "I1", "2025-01-01", "2.00")
    assert str(credit.credit_figures(db.uow(), "C1", D("2025-01-01")).utilization) == "0.6667"
    customer(db, "C2", limit="80000.00")
    invoice(db, "C2", "I2", "2025-01-01", "1.00")  # 0.0000125 -> 0.0000
    assert str(credit.credit_figures(db.uow(), "C2", D("2025-01-01")).utilization) == "0.0000"
    customer(db, "C3", limit="16000.00")
    invoice(db, "C3", "I3", "2025-01-01", "1.00")  # 0.0000625 -> 0.0001
    assert str(credit.credit_figures(db.uow(), "C3", D("2025-01-01")).utilization) == "0.0001"


def test_no_limit_means_no_available_no_utilization_and_ok(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "1000000.00")
    f = credit.credit_figures(db.uow(), "C1", D("2025-01-01"))
    assert (f.credit_limit, f.available, f.utilization, f.status) == (None, None, None, "ok")


# ---------------------------------------------------------------- holds

def test_hold_runs_from_the_day_it_is_set_to_until_inclusive(db: Database) -> None:
    customer(db, "C1", limit="1000.00")
    credit.hold(db.uow(), "C1", "cheque bounced", until=D("2025-03-31"), start=D("2025-03-01"))
    assert credit.credit_figures(db.uow(), "C1", D("2025-02-28")).status == "ok"
    assert credit.credit_figures(db.uow(), "C1", D("2025-03-01")).status == "hold"
    f = credit.credit_figures(db.uow(), "C1", D("2025-03-31"))
    assert f.status == "hold" and f.hold_reason == "cheque bounced"
    assert credit.credit_figures(db.uow(), "C1", D("2025-04-01")).status == "ok"


def test_hold_without_limit_and_release(db: Database) -> None:
    customer(db, "C1")
    credit.hold(db.uow(), "C1", "legal dispute")
    assert credit.credit_figures(db.uow(), "C1").status == "hold"
    credit.release(db.uow(), "C1")
    assert credit.credit_figures(db.uow(), "C1").status == "ok"
    with pytest.raises(StateError):
        credit.release(db.uow(), "C1")
    assert len(credit.holds(db.uow(), "C1")) == 1


def test_hold_needs_a_reason_and_until_after_start(db: Database) -> None:
    customer(db, "C1")
    with pytest.raises(ValidationError):
        credit.hold(db.uow(), "C1", "  ")
    with pytest.raises(ValidationError):
        credit.hold(db.uow(), "C1", "x", until=D("2025-01-01"), start=D("2025-02-01"))


def test_rule_hold_from_settings(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00", due="2025-01-31")
    credit.set_hold_rule(db.uow(), 60)
    assert credit.credit_figures(db.uow(), "C1", D("2025-04-01")).status == "ok"  # 60 days: not more
    f = credit.credit_figures(db.uow(), "C1", D("2025-04-02"))
    assert f.status == "hold" and "60 days" in f.hold_reason
    rows = credit.portfolio(db.uow(), D("2025-04-02"))
    assert rows[0].on_hold and rows[0].status == "hold"
    credit.set_hold_rule(db.uow(), None)
    assert credit.credit_figures(db.uow(), "C1", D("2025-04-02")).status == "ok"


# ---------------------------------------------------------------- portfolio and grades

def test_portfolio_agrees_with_single_customer_figures(db: Database) -> None:
    customer(db, "C1", limit="1000.00")
    customer(db, "C2")
    customer(db, "C3", limit="500.00")
    invoice(db, "C1", "I1", "2025-01-01", "900.00", due="2025-01-31")
    pay(db, "C1", "P1", "2025-02-20", "100.00")
    invoice(db, "C2", "I2", "2025-01-01", "300.00", due="2025-01-10")
    pay(db, "C2", "P2", "2025-01-05", "300.00", "I2")
    credit.hold(db.uow(), "C3", "new owner", start=D("2025-01-01"))
    as_of = D("2025-03-31")
    rows = {r.code: r for r in credit.portfolio(db.uow(), as_of)}
    assert list(rows) == ["C1", "C2", "C3"]
    for code, r in rows.items():
        f = credit.credit_figures(db.uow(), code, as_of)
        assert (r.exposure, r.available, r.utilization, r.status, r.payment_index, r.grade, r.overdue) == (
            f.exposure, f.available, f.utilization, f.status, f.payment_index, f.grade, f.overdue)
    assert rows["C1"].overdue == A("800.00")
    assert rows["C2"].grade == "A" and rows["C3"].grade == "new"


def test_grade_changes_are_kept_in_history_and_override_needs_a_reason(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00", due="2025-01-31")
    assert credit.refresh_grades(db.uow(), D("2025-01-15")) == 0  # still new
    assert credit.refresh_grades(db.uow(), D("2025-06-30")) == 1  # 150 days overdue: D
    assert credit.refresh_grades(db.uow(), D("2025-07-31")) == 0  # no change, no entry
    hist = credit.grade_history(db.uow(), "C1")
    assert [(h.as_of, h.grade, h.payment_index) for h in hist] == [(D("2025-06-30"), "D", 20)]
    with pytest.raises(ValidationError):
        credit.set_grade_override(db.uow(), "C1", "B", "")
    f = credit.set_grade_override(db.uow(), "C1", "B", "long-standing customer, paid after dispute",
                                  as_of=D("2025-07-31"))
    assert (f.grade, f.computed_grade) == ("B", "D")
    assert credit.grade_history(db.uow(), "C1")[-1].source == "manual"
    f = credit.set_grade_override(db.uow(), "C1", None, "dispute over", as_of=D("2025-07-31"))
    assert f.grade == "D"


def test_index_history_is_monthly_for_twelve_months(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00", due="2025-01-31")
    pts = credit.index_history(db.uow(), "C1", D("2025-06-15"))
    assert len(pts) == 12
    assert pts[-1].as_of == D("2025-06-15") and pts[-2].as_of == D("2025-05-31")
    assert pts[0].as_of == D("2024-07-31")
    assert pts[-1].payment_index == 20 + 0  # 135 days overdue
    assert pts[-7].grade == "new"


def test_credit_report_pdf_shows_figures_history_items_and_dunning(db: Database, tmp_path: Path) -> None:
    from app.services.collections import dunning
    from app.services.collections.dunning import LevelInfo
    from app.services.reports import credit_report

    dunning.save_levels(db.uow(), [LevelInfo(1, 7, A("0"), A("0"), "Reminder", A("0"))])
    customer(db, "C1", limit="1000.00", name="上海宏达贸易有限公司")
    invoice(db, "C1", "I1", "2025-01-01", "900.00", due="2025-01-31")
    dunning.commit(db.uow(), D("2025-02-15"))
    credit.hold(db.uow(), "C1", "cheque bounced", start=D("2025-02-20"))
    out = tmp_path / "report.pdf"
    credit_report.credit_report_pdf(db.uow(), "C1", D("2025-03-31"), out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for s in ("Credit report: 上海宏达贸易有限公司 (C1)", "CNY 1,000.00", "cheque bounced", "I1", "59",
              "2024-04-30", "2025-03-31", "2025-02-15", "Dunning history"):
        assert s in text, s
