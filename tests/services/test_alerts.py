"""Alerts (INTERCHANGE §11), each kind on both sides of its threshold, on small hand-built ledgers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Customer, GradeHistory
from app.services.alerts import detect
from app.services.alerts.detect import Alert
from app.services.collections import reminders
from app.services.errors import NotFound, ValidationError
from app.services.unit_of_work import Database
from tests.services.credit_helpers import D, customer, invoice, pay


def alerts(db: Database, as_of: str, kind: str | None = None, dismissed: bool = False) -> list[Alert]:
    found = detect.detect(db.read_uow(), D(as_of), include_dismissed=dismissed).alerts
    return [a for a in found if kind is None or a.kind == kind]


def monthly_invoices(db: Database, code: str, amounts: list[str], start: str = "2025-01-05",
                     prefix: str = "I") -> list[str]:
    day = D(start)
    numbers = []
    for i, amount in enumerate(amounts, 1):
        numbers.append(invoice(db, code, f"{prefix}{i:02d}", day.isoformat(), amount))
        day += dt.timedelta(days=30)
    return numbers


# ---------------------------------------------------------------- unusual_amount

def test_an_invoice_above_five_times_the_median_of_six_earlier_ones_is_unusual(db: Database) -> None:
    customer(db, "C1")
    monthly_invoices(db, "C1", ["100.00", "110.00", "90.00", "100.00", "105.00", "95.00", "500.01"])
    [a] = alerts(db, "2025-12-31", "unusual_amount")
    assert (a.customer, a.document, a.severity) == ("C1", "I07", "warning")
    assert a.detected_on == D("2025-01-05") + dt.timedelta(days=180)
    assert "500.01" in a.reason and "100.00" in a.reason  # the amount and the median, in words


def test_exactly_five_times_the_median_and_below_the_largest_is_not_unusual(db: Database) -> None:
    customer(db, "C1")
    # median of the six earlier is 100.00; 500.00 is not above 5x; the 99th percentile is 600.00
    monthly_invoices(db, "C1", ["100.00", "100.00", "90.00", "100.00", "600.00", "95.00", "500.00"])
    assert alerts(db, "2025-12-31", "unusual_amount") == []


def test_above_the_99th_percentile_alerts_even_below_five_times_the_median(db: Database) -> None:
    customer(db, "C1")
    monthly_invoices(db, "C1", ["100.00", "100.00", "100.00", "100.00", "100.00", "120.00", "120.01"])
    [a] = alerts(db, "2025-12-31", "unusual_amount")
    assert a.document == "I07" and a.code == "unusual_amount.p99" and "120.00" in a.reason


def test_five_earlier_documents_are_too_few_to_call_anything_unusual(db: Database) -> None:
    customer(db, "C1")
    monthly_invoices(db, "C1", ["100.00", "100.00", "100.00", "100.00", "100.00", "9000.00"])
    assert alerts(db, "2025-12-31", "unusual_amount") == []


def test_documents_older_than_24_months_do_not_count(db: Database) -> None:
    customer(db, "C1")
    for i in range(6):
        invoice(db, "C1", f"OLD{i}", f"2022-0{i + 1}-10", "100.00")
    invoice(db, "C1", "NEW", "2025-06-01", "5000.00")
    assert alerts(db, "2025-12-31", "unusual_amount") == []


def test_unusual_payments_are_compared_with_payments(db: Database) -> None:
    customer(db, "C1")
    monthly_invoices(db, "C1", ["1000.00"] * 7)
    day = D("2025-01-20")
    for i in range(6):
        pay(db, "C1", f"P{i}", day.isoformat(), "100.00")
        day += dt.timedelta(days=30)
    pay(db, "C1", "PBIG", day.isoformat(), "600.00")
    [a] = alerts(db, "2025-12-31", "unusual_amount")
    assert a.document == "PBIG" and "payment" in a.reason


def test_a_document_after_the_as_of_date_is_not_looked_at(db: Database) -> None:
    customer(db, "C1")
    monthly_invoices(db, "C1", ["100.00"] * 6 + ["900.00"])
    assert alerts(db, "2025-07-03", "unusual_amount") == []
    assert len(alerts(db, "2025-07-04", "unusual_amount")) == 1


# ---------------------------------------------------------------- possible_duplicate

def test_two_invoices_on_one_day_with_one_amount_name_the_later_one(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "A1", "2025-03-01", "250.00")
    invoice(db, "C1", "A2", "2025-03-01", "250.00")
    invoice(db, "C1", "A3", "2025-03-01", "250.01")
    invoice(db, "C1", "A4", "2025-03-02", "250.00")
    [a] = alerts(db, "2025-03-31", "possible_duplicate")
    assert (a.document, a.detected_on) == ("A2", D("2025-03-01")) and "A1" in a.reason


def test_the_same_amount_for_two_customers_is_no_duplicate(db: Database) -> None:
    customer(db, "C1")
    customer(db, "C2")
    invoice(db, "C1", "A1", "2025-03-01", "250.00")
    invoice(db, "C2", "B1", "2025-03-01", "250.00")
    assert alerts(db, "2025-03-31", "possible_duplicate") == []


# ---------------------------------------------------------------- dormant_return

def test_a_large_invoice_after_180_quiet_days_is_a_dormant_return(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00")
    invoice(db, "C1", "I2", "2025-01-15", "300.00")
    invoice(db, "C1", "I3", "2025-07-14", "300.00")  # 180 days after I2, above the median 200.00
    [a] = alerts(db, "2025-12-31", "dormant_return")
    assert (a.document, a.severity, a.detected_on) == ("I3", "info", D("2025-07-14"))


def test_179_quiet_days_or_an_amount_at_the_median_is_no_dormant_return(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00")
    invoice(db, "C1", "I2", "2025-01-15", "300.00")
    invoice(db, "C1", "I3", "2025-07-13", "900.00")  # 179 days
    customer(db, "C2")
    invoice(db, "C2", "J1", "2025-01-01", "100.00")
    invoice(db, "C2", "J2", "2025-01-15", "300.00")
    invoice(db, "C2", "J3", "2025-08-01", "200.00")  # equal to the median: not above
    assert alerts(db, "2025-12-31", "dormant_return") == []


# ---------------------------------------------------------------- paying_slower

def _settled(db: Database, code: str, number: str, issued: str, paid: str) -> None:
    invoice(db, code, number, issued, "100.00")
    pay(db, code, f"P-{number}", paid, "100.00", number)


def test_paying_15_days_slower_than_the_year_before_alerts(db: Database) -> None:
    customer(db, "C1")
    _settled(db, "C1", "O1", "2025-01-01", "2025-01-21")   # 20 days, settled in the older window
    _settled(db, "C1", "O2", "2025-02-01", "2025-02-21")   # 20 days
    _settled(db, "C1", "R1", "2025-10-01", "2025-11-05")   # 35 days, in the last 90 days
    [a] = alerts(db, "2025-12-01", "paying_slower")
    assert (a.customer, a.document, a.severity) == ("C1", None, "warning")
    assert "35" in a.reason and "20" in a.reason


def test_paying_14_days_slower_or_with_an_empty_window_does_not_alert(db: Database) -> None:
    customer(db, "C1")
    _settled(db, "C1", "O1", "2025-01-01", "2025-01-21")   # 20
    _settled(db, "C1", "R1", "2025-10-01", "2025-11-04")   # 34: 14 days slower
    customer(db, "C2")
    _settled(db, "C2", "R2", "2025-10-01", "2025-12-01")   # no older window at all
    assert alerts(db, "2025-12-01", "paying_slower") == []


# ---------------------------------------------------------------- limit_jump

def test_crossing_the_limit_within_30_days_is_critical(db: Database) -> None:
    customer(db, "C1", limit="1000.00")
    invoice(db, "C1", "I1", "2025-05-01", "900.00")
    invoice(db, "C1", "I2", "2025-05-20", "150.00", override="agreed by the owner")
    [a] = alerts(db, "2025-05-31", "limit_jump")
    assert (a.severity, a.detected_on, a.code) == ("critical", D("2025-05-20"), "limit_jump.over")
    assert alerts(db, "2025-06-20", "limit_jump") == []  # crossed 31 days before: outside the window


def test_rising_30_points_in_30_days_warns_and_29_points_do_not(db: Database) -> None:
    customer(db, "C1", limit="1000.00")
    invoice(db, "C1", "I1", "2025-05-01", "100.00")
    invoice(db, "C1", "I2", "2025-06-10", "300.00")   # 10 % -> 40 %
    customer(db, "C2", limit="1000.00")
    invoice(db, "C2", "J1", "2025-05-01", "100.00")
    invoice(db, "C2", "J2", "2025-06-10", "299.90")   # 0.1000 -> 0.3999: 0.2999 above
    [a] = alerts(db, "2025-06-15", "limit_jump")
    assert (a.customer, a.severity, a.detected_on) == ("C1", "warning", D("2025-06-10"))


def test_no_limit_means_no_limit_jump(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-06-10", "1000000.00")
    assert alerts(db, "2025-06-15", "limit_jump") == []


# ---------------------------------------------------------------- broken_promise

def test_a_promise_not_kept_by_its_date_is_broken_the_next_day(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-03-01", "500.00")
    invoice(db, "C1", "I2", "2025-03-01", "400.00")
    reminders.add_promise(db.uow(), "I1", D("2025-04-10"), Decimal("500.00"))
    reminders.add_promise(db.uow(), "I2", D("2025-04-10"), Decimal("400.00"))
    pay(db, "C1", "P1", "2025-04-09", "400.00", "I2")  # I2's promise kept
    assert alerts(db, "2025-04-10", "broken_promise") == []
    [a] = alerts(db, "2025-04-11", "broken_promise")
    assert (a.document, a.detected_on) == ("I1", D("2025-04-11"))


# ---------------------------------------------------------------- grade_drop

def _grade(db: Database, code: str, when: str, grade: str) -> None:
    with db.uow() as uow:
        customer_id = uow.session.execute(select(Customer.id).where(Customer.code == code)).scalar_one()
        uow.session.add(GradeHistory(customer_id=customer_id, as_of=D(when), grade=grade, payment_index=None))
        uow.commit()


def test_falling_two_grades_within_90_days_is_critical(db: Database) -> None:
    customer(db, "C1")
    _grade(db, "C1", "2025-01-01", "A")
    _grade(db, "C1", "2025-03-01", "B")
    _grade(db, "C1", "2025-03-20", "C")
    [a] = alerts(db, "2025-03-31", "grade_drop")
    assert (a.severity, a.detected_on) == ("critical", D("2025-03-20")) and "A" in a.reason


def test_one_grade_or_two_grades_over_more_than_90_days_is_no_grade_drop(db: Database) -> None:
    customer(db, "C1")
    _grade(db, "C1", "2025-01-01", "A")
    _grade(db, "C1", "2025-03-20", "B")
    customer(db, "C2")
    _grade(db, "C2", "2024-01-01", "A")
    _grade(db, "C2", "2024-06-01", "B")
    _grade(db, "C2", "2025-03-20", "C")  # B held until the window opened: one step
    assert alerts(db, "2025-03-31", "grade_drop") == []


# ---------------------------------------------------------------- dismissal

def test_a_dismissed_alert_stays_away_and_is_kept_with_its_note(db: Database) -> None:
    customer(db, "C1")
    invoice(db, "C1", "A1", "2025-03-01", "250.00")
    invoice(db, "C1", "A2", "2025-03-01", "250.00")
    detect.dismiss(db.uow(), "possible_duplicate", "C1", "A2", "two deliveries that day", D("2025-03-31"))
    assert alerts(db, "2025-03-31", "possible_duplicate") == []
    assert alerts(db, "2026-03-31", "possible_duplicate") == []
    [kept] = alerts(db, "2025-03-31", "possible_duplicate", dismissed=True)
    assert kept.dismissed and kept.note == "two deliveries that day"


def test_dismissing_needs_a_note_and_an_existing_document(db: Database) -> None:
    customer(db, "C1")
    with pytest.raises(ValidationError):
        detect.dismiss(db.uow(), "possible_duplicate", "C1", "A2", "  ")
    with pytest.raises(NotFound):
        detect.dismiss(db.uow(), "possible_duplicate", "C1", "NOPE", "why")
    with pytest.raises(ValidationError):
        detect.dismiss(db.uow(), "no_such_kind", "C1", None, "why")
