"""The rules behind every figure (INTERCHANGE §2, §3, §6, §7), as plain functions: no database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from app.services.collections.dunning import LevelInfo, choose_level, interest_days, interest_on
from app.services.credit.figures import SCALE, grade_for, index_from_parts, round_half_up, score
from app.services.errors import ValidationError
from app.services.ledger.aging import make_buckets
from app.services.ledger.settlement import OpenDebit, allocate

D = dt.date


def _debit(i: int, number: str, issued: dt.date, due: dt.date, open_: str) -> OpenDebit:
    return OpenDebit(i, number, issued, due, Decimal(open_))


# ---------------------------------------------------------------- allocation (§2, §7 Settlement)

def test_a_payment_without_invoice_number_pays_the_oldest_due_first_then_issue_date_then_number() -> None:
    later_due = _debit(1, "INV-1", D(2026, 1, 1), D(2026, 3, 1), "100.00")
    same_due_b = _debit(2, "INV-B", D(2026, 1, 5), D(2026, 2, 1), "50.00")
    same_due_a = _debit(3, "INV-A", D(2026, 1, 5), D(2026, 2, 1), "30.00")
    earlier_issue = _debit(4, "INV-Z", D(2026, 1, 2), D(2026, 2, 1), "20.00")
    book = sorted([later_due, same_due_b, same_due_a, earlier_issue], key=lambda d: d.key)
    got = allocate(D(2026, 4, 1), Decimal("90.00"), None, book)
    assert [(a.debit.number, a.amount) for a in got] == [
        ("INV-Z", Decimal("20.00")), ("INV-A", Decimal("30.00")), ("INV-B", Decimal("40.00"))]
    assert [d.open for d in book] == [Decimal("0.00"), Decimal("0.00"), Decimal("10.00"), Decimal("100.00")]
    assert all(a.applied_on == D(2026, 4, 1) for a in got)


def test_an_unlinked_payment_never_reaches_an_invoice_issued_after_it_and_the_rest_stays_unapplied() -> None:
    old = _debit(1, "INV-1", D(2026, 1, 1), D(2026, 1, 31), "40.00")
    future = _debit(2, "INV-2", D(2026, 5, 1), D(2026, 5, 31), "500.00")
    got = allocate(D(2026, 3, 1), Decimal("100.00"), None, [old, future])
    assert [(a.debit.number, a.amount) for a in got] == [("INV-1", Decimal("40.00"))]
    assert future.open == Decimal("500.00")


def test_a_linked_payment_pays_its_invoice_up_to_its_open_amount_from_the_invoices_date() -> None:
    inv = _debit(1, "INV-1", D(2026, 2, 10), D(2026, 3, 10), "75.00")
    other = _debit(2, "INV-0", D(2026, 1, 1), D(2026, 1, 31), "10.00")
    got = allocate(D(2026, 2, 1), Decimal("100.00"), inv, [other, inv])
    assert [(a.debit.number, a.amount, a.applied_on) for a in got] == [("INV-1", Decimal("75.00"), D(2026, 2, 10))]
    assert other.open == Decimal("10.00")


def test_allocation_works_the_same_on_integer_minor_units() -> None:
    a = OpenDebit(1, "A", D(2026, 1, 1), D(2026, 1, 31), 1000)
    b = OpenDebit(2, "B", D(2026, 1, 2), D(2026, 2, 1), 500)
    got = allocate(D(2026, 2, 5), 1200, None, [a, b])
    assert [(x.debit.number, x.amount) for x in got] == [("A", 1000), ("B", 200)]


# ---------------------------------------------------------------- aging buckets (§3)

def test_default_buckets_are_not_due_then_thirty_day_steps_then_ninety_one_plus() -> None:
    b = make_buckets()
    assert [x.key for x in b] == ["not_due", "d1_30", "d31_60", "d61_90", "d91_plus"]
    assert [(x.low, x.high) for x in b] == [(None, 0), (1, 30), (31, 60), (61, 90), (91, None)]


@pytest.mark.parametrize("bounds", [(), (0, 30), (30, 30), (60, 30), (-5,)])
def test_bucket_limits_must_increase_above_zero(bounds: tuple[int, ...]) -> None:
    with pytest.raises(ValidationError):
        make_buckets(bounds)


# ---------------------------------------------------------------- payment index (§6, §7)

@pytest.mark.parametrize("days,expected", [
    (-45, 100), (-30, 100), (-25, 95), (-20, 90), (-10, 85), (0, 80), (15, 70), (22, 60), (26, 55),
    (30, 50), (45, 45), (60, 40), (90, 30), (120, 20), (400, 20)])
def test_each_invoice_scores_off_the_table_straight_between_points_flat_beyond(days: int, expected: int) -> None:
    assert score(days) == expected


def test_scores_between_points_are_exact_fractions_and_scaled_scores_are_whole() -> None:
    assert score(1) == Fraction(238, 3)  # 80 - 2/3
    assert all((score(x) * SCALE).denominator == 1 for x in range(-40, 130))


def test_the_index_is_the_amount_weighted_mean_rounded_half_up() -> None:
    # 100.00 paid on time (80) and 300.00 paid 30 days late (50): (8000 + 15000) / 400 = 57.5 -> 58
    weighted = 10000 * 80 * SCALE + 30000 * 50 * SCALE
    assert index_from_parts(weighted, 40000) == 58
    assert round_half_up(Fraction(115, 2)) == 58 and round_half_up(Fraction(229, 4)) == 57
    assert index_from_parts(0, 0) is None


@pytest.mark.parametrize("index,grade", [(None, "new"), (100, "A"), (80, "A"), (79, "B"), (70, "B"), (69, "C"),
                                         (50, "C"), (49, "D"), (1, "D")])
def test_grades_follow_the_index(index: int | None, grade: str) -> None:
    assert grade_for(index) == grade


# ---------------------------------------------------------------- dunning level and interest (§6, §7)

LEVELS = (LevelInfo(1, 1), LevelInfo(2, 30, Decimal("50")), LevelInfo(3, 60, Decimal("100")))


@pytest.mark.parametrize("worst,last,expected", [
    (0, 0, None), (1, 0, 1), (45, 0, 1), (45, 1, 2), (90, 1, 2), (90, 2, 3), (90, 3, 3), (29, 2, 1)])
def test_the_level_is_the_highest_reached_but_never_more_than_one_above_the_last(
        worst: int, last: int, expected: int | None) -> None:
    got = choose_level(LEVELS, worst, last)
    assert (got.level if got else None) == expected


def test_interest_is_open_amount_times_rate_times_days_over_365_rounded_half_up() -> None:
    assert interest_on(Decimal("1000.00"), Decimal("0.10"), 73, 2) == Decimal("20.00")
    assert interest_on(Decimal("1234.56"), Decimal("0.08"), 31, 2) == Decimal("8.39")  # 8.3886...
    assert interest_on(Decimal("365.00"), Decimal("0.01"), 1, 2) == Decimal("0.01")
    assert interest_on(Decimal("182.50"), Decimal("0.01"), 1, 2) == Decimal("0.01")  # 0.005 rounds up
    assert interest_on(Decimal("1000"), Decimal("0.12"), 30, 0) == Decimal("10")


def test_interest_is_never_charged_twice_for_the_same_days() -> None:
    due, as_of = D(2026, 1, 31), D(2026, 4, 30)
    assert interest_days(as_of, due, None) == (89, None)  # from the due date
    assert interest_days(as_of, due, D(2026, 3, 2)) == (59, D(2026, 3, 2))  # only after the charged letter
    assert interest_days(as_of, due, D(2026, 1, 20)) == (89, None)  # a charge before the due date: none counted
