"""Analysis reports on a small ledger whose figures are worked out by hand below."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from app.services.customers import records as customers
from app.services.errors import ValidationError
from app.services.reports import analysis as reports
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import credit_note, customer, d, invoice, payment

MARCH = (d("2026-03-01"), d("2026-03-31"))


@pytest.fixture
def ledger(db: Database) -> Database:
    """Two customers; the period under review is March 2026.

    C1 Harbor Trading (30 days' terms):
      I1  2026-02-10  invoice 1000.00  (due 03-12)
      P1  2026-03-05  payment  600.00  -> I1 (open 400)
      I2  2026-03-10  invoice 2000.00  (due 04-09)
      P2  2026-03-25  payment 1000.00  -> I1 400 (settled 03-25), I2 600
    C2 上海华东贸易有限公司:
      I0  2026-01-01  invoice  300.00  (due 01-31, still open: 59 days overdue at 03-31)
      I3  2026-03-15  invoice  500.00  (due 04-14)
      CN1 2026-03-20  credit note 100.00 -> I3
    """
    customer(db, "C1", "Harbor Trading Ltd")
    customer(db, "C2", "上海华东贸易有限公司")
    invoice(db, "C1", "2026-02-10", "1000", "I1")
    invoice(db, "C2", "2026-01-01", "300", "I0", due="2026-01-31")
    payment(db, "C1", "2026-03-05", "600", "P1")
    invoice(db, "C1", "2026-03-10", "2000", "I2")
    invoice(db, "C2", "2026-03-15", "500", "I3")
    credit_note(db, "C2", "2026-03-20", "100", "CN1", invoice="I3")
    payment(db, "C1", "2026-03-25", "1000", "P2")
    return db


def by_code(report: reports.Report) -> dict[str, dict]:
    return {r["code"]: r for r in report.rows}


def test_collection_rate_is_collected_over_opening_receivable_plus_billing(ledger: Database) -> None:
    r = reports.collection(ledger.uow(), *MARCH)
    # receivable at 2026-02-28: I1 1000 + I0 300 = 1300; billed in March: 2000 + 500 = 2500;
    # collected: 600 + 1000 = 1600; rate = 1600 / (1300 + 2500) = 0.42105... -> 0.4211
    assert r.summary["opening_receivable"] == Decimal("1300.00")
    assert r.summary["billed"] == Decimal("2500.00")
    assert r.summary["collected"] == Decimal("1600.00")
    assert r.summary["collection_rate"] == Decimal("0.4211")
    # closing: C1 1000 + 2000 - 1600 = 1400; C2 300 + 500 - 100 = 700
    assert r.summary["closing_receivable"] == Decimal("2100.00")
    rows = by_code(r)
    assert rows["C1"]["collection_rate"] == Decimal("0.5333")  # 1600 / (1000 + 2000)
    assert rows["C2"]["collection_rate"] == Decimal("0.0000")  # 0 / (300 + 500)
    assert r.chart is not None
    assert [p.values for p in r.chart.series] == [(Decimal("2500.00"),), (Decimal("1600.00"),)]


def test_dso_is_receivable_at_end_over_billing_times_days(ledger: Database) -> None:
    r = reports.dso(ledger.uow(), *MARCH)
    # 2100 / 2500 x 31 days = 26.04 -> 26.0
    assert r.summary["receivable"] == Decimal("2100.00")
    assert r.summary["days"] == 31
    assert r.summary["dso"] == Decimal("26.0")
    rows = by_code(r)
    assert rows["C1"]["dso"] == Decimal("21.7")  # 1400 / 2000 x 31 = 21.7
    assert rows["C2"]["dso"] == Decimal("43.4")  # 700 / 500 x 31 = 43.4


def test_contribution_ranks_customers_by_revenue_with_abc_classes(ledger: Database) -> None:
    r = reports.contribution(ledger.uow(), *MARCH)
    # March revenue: C1 2000; C2 500 - 100 = 400; total 2400
    assert [(x["code"], x["revenue"], x["share"], x["cumulative_share"], x["class"]) for x in r.rows] == [
        ("C1", Decimal("2000.00"), Decimal("0.8333"), Decimal("0.8333"), "A"),
        ("C2", Decimal("400.00"), Decimal("0.1667"), Decimal("1.0000"), "B"),
    ]
    assert r.summary["total_revenue"] == Decimal("2400.00")


def test_frequency_shows_invoices_per_month_and_inactive_customers(ledger: Database) -> None:
    r = reports.frequency(ledger.uow(), d("2026-01-01"), d("2026-03-31"), inactive_days=10)
    rows = by_code(r)
    # C1: I1 02-10 and I2 03-10 -> 2 invoices in 3 months, 28 days apart; last activity P2 03-25
    assert rows["C1"]["invoices"] == 2
    assert rows["C1"]["per_month"] == Decimal("0.67")
    assert rows["C1"]["avg_days_between"] == Decimal("28.0")
    assert rows["C1"]["last_activity"] == d("2026-03-25")
    assert rows["C1"]["days_since_activity"] == 6
    assert rows["C1"]["inactive"] is False
    # C2: I0 01-01 and I3 03-15 (73 days); last activity CN1 03-20, 11 days ago >= 10
    assert rows["C2"]["avg_days_between"] == Decimal("73.0")
    assert rows["C2"]["inactive"] is True
    assert r.summary["invoices"] == 4
    assert r.summary["inactive_customers"] == 1
    assert r.chart is not None and r.chart.series[0].values == (Decimal(1), Decimal(1), Decimal(2))


def test_days_to_pay_counts_invoices_settled_in_the_period(ledger: Database) -> None:
    r = reports.days_to_pay(ledger.uow(), *MARCH)
    rows = by_code(r)
    # I1 issued 02-10, due 03-12, settled by P2 on 03-25: 43 days to pay, 13 days late
    assert list(rows) == ["C1"]
    assert rows["C1"]["invoices"] == 1
    assert rows["C1"]["avg_days_to_pay"] == Decimal("43.0")
    assert rows["C1"]["avg_days_late"] == Decimal("13.0")
    assert rows["C1"]["m2026-03"] == Decimal("43.0")
    assert rows["C1"]["m2025-04"] is None
    assert len([c for c in r.columns if c.key.startswith("m20")]) == 12
    mid = by_code(reports.days_to_pay(ledger.uow(), d("2026-03-02"), d("2026-03-24")))
    assert mid == {}  # I1 was settled on 03-25, after this period
    late = by_code(reports.days_to_pay(ledger.uow(), d("2026-03-25"), d("2026-04-30")))
    assert late["C1"]["avg_days_to_pay"] == Decimal("43.0")


def test_utilization_and_top_overdue_as_of_the_end(ledger: Database) -> None:
    detail = customers.get_customer(ledger.uow(), "C1")
    customers.update_customer(ledger.uow(), detail.id,
                              dataclasses.replace(detail.to_input(), credit_limit=Decimal("1500")))
    u = reports.utilization(ledger.uow(), *MARCH)
    assert [(x["code"], x["exposure"], x["utilization"], x["status"]) for x in u.rows] == [
        ("C1", Decimal("1400.00"), Decimal("0.9333"), "warn")]
    t = reports.top_overdue(ledger.uow(), *MARCH)
    assert [(x["code"], x["overdue"], x["d31_60"], x["max_days_overdue"]) for x in t.rows] == [
        ("C2", Decimal("300.00"), Decimal("300.00"), 59)]


def test_json_carries_money_with_digits_and_ratios_as_strings(ledger: Database) -> None:
    data = reports.as_json(reports.collection(ledger.uow(), *MARCH))
    assert data["summary"]["collection_rate"] == "0.4211"
    assert data["summary"]["collected"] == "1600.00"
    assert data["rows"][0]["code"] == "C1" and data["rows"][0]["billed"] == "2000.00"


def test_a_period_that_ends_before_it_starts_is_refused(ledger: Database) -> None:
    with pytest.raises(ValidationError):
        reports.collection(ledger.uow(), d("2026-03-31"), d("2026-03-01"))


def test_saved_template_chooses_columns_filters_and_sort(ledger: Database) -> None:
    cfg = {"columns": ["code", "revenue"], "filters": [{"column": "revenue", "op": ">=", "value": "500"}],
           "sort": [{"column": "code", "descending": True}]}
    reports.save_template(ledger.uow(), "Big customers", "contribution", cfg)
    t = reports.list_templates(ledger.uow(), "contribution")
    assert [x.name for x in t] == ["Big customers"]
    shown = reports.apply_template(reports.contribution(ledger.uow(), *MARCH), t[0].config)
    assert [c.key for c in shown.columns] == ["code", "revenue"]
    assert [x["code"] for x in shown.rows] == ["C1"]
    reports.delete_template(ledger.uow(), "Big customers")
    assert reports.list_templates(ledger.uow()) == []


def test_reports_export_to_excel_and_pdf(ledger: Database, tmp_path) -> None:
    from openpyxl import load_workbook

    from app.services.company import company_info
    from app.services.reports.export import export_pdf, export_xlsx

    customer(ledger, "C3", "=HYPERLINK(\"x\")")
    invoice(ledger, "C3", "2026-03-02", "10", "I9")
    r = reports.contribution(ledger.uow(), *MARCH)
    x = export_xlsx(r, tmp_path / "c.xlsx")
    ws = load_workbook(x).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    flat = [v for row in values for v in row]
    assert "C1" in flat and '=HYPERLINK("x")' in flat
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    p = export_pdf(r, tmp_path / "c.pdf", company_info(ledger.uow()), "zh_CN")
    assert p.read_bytes().startswith(b"%PDF")
