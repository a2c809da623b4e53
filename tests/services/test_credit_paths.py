"""The batched paths agree with the one-customer paths and with a plain reading of the rows.

- The portfolio (every customer in one pass) gives, customer by customer, exactly the figures
  of ``credit_figures`` and ``payment_index_of`` (one customer at a time) and of
  ``payment_indexes`` (every customer, by the general UNION ALL reading), at the latest date
  (nothing dated later: the open amounts are read as they are) and at earlier dates (open
  amounts at D add back what was applied after D).
- Days to pay equals a plain reading of the invoices and their applications: settle date =
  the date of the last application once the applications close the invoice (not the stored
  ``settled_on``), for a period of whole months, a period cut mid-month, and the twelve-month
  trend, per customer, in the summary and in the chart.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import select

from app.models import Application, Customer, Document
from app.services.credit import figures as credit
from app.services.demo.sample import fill_demo
from app.services.reports import analysis as reports
from app.services.unit_of_work import Database

END = dt.date(2026, 6, 30)
DATES = [END, END - dt.timedelta(days=45), END - dt.timedelta(days=200)]


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from app.services.company import create_company

    db = create_company(str(tmp_path_factory.mktemp("paths") / "c.duebook"), "Paths Co", "CNY", "en")
    fill_demo(db, customers=30, invoices=1200, seed=23, end=END)
    return db


@pytest.mark.parametrize("as_of", DATES)
def test_portfolio_equals_the_figures_of_each_customer(ledger_db: Database, as_of: dt.date) -> None:
    rows = credit.portfolio(ledger_db.uow(), as_of)
    assert len(rows) == 30
    with ledger_db.uow() as uow:
        batch = credit.payment_indexes(uow.session, as_of)
        single = {r.customer_id: credit.payment_index_of(uow.session, r.customer_id, as_of) for r in rows}
    assert {cid: i for cid, i in single.items() if i is not None} == batch
    # the portfolio reads the index its own way when nothing is dated after D (at END)
    assert {r.customer_id: r.payment_index for r in rows if r.payment_index is not None} == batch
    assert sum(1 for i in batch.values() if i is not None) > 20
    for r in rows:
        f = credit.credit_figures(ledger_db.uow(), r.code, as_of)
        assert (f.exposure, f.overdue, f.payment_index, f.grade, f.status, f.available, f.utilization) == (
            r.exposure, r.overdue, r.payment_index, r.grade, r.status, r.available, r.utilization), r.code


def _half_up(num: int, den: int) -> Decimal:
    return (Decimal(num) / Decimal(den)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _plain_settled(db: Database) -> list[tuple[str, dt.date, dt.date, dt.date]]:
    """(customer code, issue date, due date, settle date) of every posted invoice its applications close."""
    with db.uow() as uow:
        s = uow.session
        codes: dict[int, str] = dict(s.execute(select(Customer.id, Customer.code)).tuples().all())
        invoices = s.execute(select(Document.id, Document.customer_id, Document.date, Document.due_date,
                                    Document.amount)
                             .where(Document.kind == "invoice", Document.status == "posted")).all()
        apps: dict[int, list[tuple[Decimal, dt.date]]] = defaultdict(list)
        for debit_id, amount, on in s.execute(select(Application.debit_id, Application.amount,
                                                     Application.applied_on)
                                              .where(Application.undone_at.is_(None))):
            apps[debit_id].append((amount, on))
    out = []
    for did, cid, issue, due, amount in invoices:
        mine = apps[did]
        if mine and sum(a for a, _ in mine) == amount:
            out.append((codes[cid], issue, due or issue, max(on for _, on in mine)))
    return out


@pytest.mark.parametrize("period", [(dt.date(2025, 7, 1), END), (dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
                                    (dt.date(2025, 11, 17), dt.date(2026, 5, 9))])
def test_days_to_pay_equals_a_plain_reading(ledger_db: Database, period: tuple[dt.date, dt.date]) -> None:
    start, end = period
    settled = _plain_settled(ledger_db)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    months: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    overall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    first_month = dt.date(end.year, 1, 1) if end.month == 12 else dt.date(end.year - 1, end.month + 1, 1)
    for code, issue, due, on in settled:
        if start <= on <= end:
            p = per[code]
            p[0] += 1
            p[1] += (on - issue).days
            p[2] += (on - due).days
        if first_month <= on <= end:
            key = on.isoformat()[:7]
            months[(code, key)][0] += 1
            months[(code, key)][1] += (on - issue).days
            overall[key][0] += 1
            overall[key][1] += (on - issue).days
    r = reports.days_to_pay(ledger_db.uow(), start, end)
    labels = r.params["trend_months"]
    assert len(labels) == 12 and labels[-1] == end.isoformat()[:7] and labels[0] == first_month.isoformat()[:7]
    got = {row["code"]: row for row in r.rows}
    assert set(got) == set(per) and len(per) > 20
    for code, (n, a, b) in per.items():
        row = got[code]
        assert (row["invoices"], row["avg_days_to_pay"], row["avg_days_late"]) == (
            n, _half_up(a, n), _half_up(b, n)), code
        for label in labels:
            m = months.get((code, label))
            assert row[f"m{label}"] == (None if m is None else _half_up(m[1], m[0])), (code, label)
    tn = sum(v[0] for v in per.values())
    assert r.summary["invoices"] == tn
    assert r.summary["avg_days_to_pay"] == _half_up(sum(v[1] for v in per.values()), tn)
    assert r.summary["avg_days_late"] == _half_up(sum(v[2] for v in per.values()), tn)
    assert r.chart is not None
    assert list(r.chart.series[0].values) == [
        _half_up(overall[k][1], overall[k][0]) if overall[k][0] else Decimal(0) for k in labels]


def test_days_are_rounded_half_up_away_from_zero_exactly() -> None:
    for num in range(-400, 401):
        for den in (1, 2, 3, 4, 6, 7, 8, 20, 40, 400):
            want = (Decimal(num) / Decimal(den)).quantize(Decimal("0.1"), ROUND_HALF_UP)
            got = reports._days(num, den)
            assert got is not None and str(got) == str(want), (num, den)


def test_both_sql_forms_of_the_score_equal_the_table(ledger_db: Database) -> None:
    """The per-row score in SQL, from days and from a due date against D, is SCALE x score(days) exactly."""
    from sqlalchemy import Date, Integer, literal

    as_of = dt.date(2026, 3, 1)
    with ledger_db.uow() as uow:
        for days in range(-45, 140):
            due = as_of - dt.timedelta(days=days)
            from_days, from_due = uow.session.execute(select(
                credit._scaled_score_sql(literal(days, Integer)),
                credit._scaled_score_at(as_of, literal(due, Date)))).one()
            assert from_days == from_due == credit.score(days) * credit.SCALE, days
