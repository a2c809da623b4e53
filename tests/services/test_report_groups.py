"""Reports by group: each group's subtotal is computed as the report computes its totals, and the
groups add up to the ungrouped totals (tags excepted: a customer counts in each of its tags)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.errors import ValidationError
from app.services.groups.grouping import group_report
from app.services.reports import analysis as reports
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import credit_note, customer, d, invoice, payment

MARCH = (d("2026-03-01"), d("2026-03-31"))
MONEY_KEYS = {
    "contribution": ("total_revenue",), "collection": ("opening_receivable", "billed", "collected",
                                                       "closing_receivable"),
    "dso": ("receivable", "billed"), "utilization": ("credit_limit", "exposure"),
}
COUNT_KEYS = {"contribution": ("customers", "class_a", "class_b", "class_c"),
              "frequency": ("customers", "invoicing_customers", "inactive_customers", "invoices"),
              "days_to_pay": ("invoices", "customers"), "utilization": ("customers", "over", "warn", "hold")}


@pytest.fixture
def grouped_ledger(db: Database) -> Database:
    """Four customers in two regions and three industries; C1 has two tags, C4 none."""
    customer(db, "C1", "Harbor Trading Ltd", region="East", industry="Retail", limit="5000",
             tags=("vip", "export"))
    customer(db, "C2", "上海华东贸易有限公司", region="East", industry="Food", tags=("vip",))
    customer(db, "C3", "Northwind", region="North", industry="Retail", limit="1000", tags=("export",))
    customer(db, "C4", "Lone Buyer", industry="", limit="800")
    invoice(db, "C1", "2026-02-10", "1000", "I1")
    invoice(db, "C2", "2026-01-01", "300", "I0", due="2026-01-31")
    payment(db, "C1", "2026-03-05", "600", "P1", invoice="I1")
    invoice(db, "C1", "2026-03-10", "2000", "I2")
    invoice(db, "C2", "2026-03-15", "500", "I3")
    credit_note(db, "C2", "2026-03-20", "100", "CN1", invoice="I3")
    payment(db, "C1", "2026-03-25", "1000", "P2")
    invoice(db, "C3", "2026-03-02", "700", "I4")
    payment(db, "C3", "2026-03-30", "700", "P3", invoice="I4")
    invoice(db, "C4", "2026-03-31", "250", "I5")
    return db


def check_groups_add_up(db: Database, name: str, field: str) -> reports.Report:
    plain = reports.run_report(db.uow(), name, *MARCH)
    grouped = group_report(db.uow(), plain, field)
    assert grouped.summary == plain.summary and grouped.rows == plain.rows  # the grand total is unchanged
    assert grouped.group_by == field
    assert sorted(r["code"] for g in grouped.groups for r in g.rows) == sorted(r["code"] for r in plain.rows)
    for key in MONEY_KEYS.get(name, ()):
        assert sum((g.summary[key] for g in grouped.groups), Decimal(0)) == plain.summary[key], key
    for key in COUNT_KEYS.get(name, ()):
        assert sum(g.summary[key] for g in grouped.groups) == plain.summary[key], key
    return grouped


@pytest.mark.parametrize("field", ["region", "industry", "category", "grade", "value_class", "stage"])
def test_group_subtotals_add_up_to_the_ungrouped_totals(grouped_ledger: Database, field: str) -> None:
    for name in reports.NAMES:
        check_groups_add_up(grouped_ledger, name, field)


def test_rates_and_dso_of_a_group_come_from_its_sums_not_an_average(grouped_ledger: Database) -> None:
    col = group_report(grouped_ledger.uow(), reports.collection(grouped_ledger.uow(), *MARCH), "region")
    east, north, none = col.groups
    assert (east.value, north.value, none.value) == ("East", "North", "")
    assert none.label == "(none)" and none.label_zh == "（未设置）"
    # East: C1 opening 1000 + billed 2000, collected 1600; C2 opening 300 + billed 500, collected 0
    # -> 1600 / 3800 = 0.4211 (the mean of the two rates, 0.2667, would be wrong)
    assert east.summary["collection_rate"] == Decimal("0.4211")
    assert east.subtotal["collection_rate"] == Decimal("0.4211")
    assert east.summary["billed"] == Decimal("2500.00")
    assert north.summary["collection_rate"] == Decimal("1.0000")
    dso = group_report(grouped_ledger.uow(), reports.dso(grouped_ledger.uow(), *MARCH), "region")
    # East: receivable 1400 (C1) + 700 (C2) = 2100, billed 2500 -> 2100 / 2500 x 31 = 26.04
    assert dso.groups[0].summary["dso"] == Decimal("26.0") and dso.groups[0].subtotal["dso"] == Decimal("26.0")
    assert dso.groups[1].summary["dso"] == Decimal("0.0")  # North paid everything
    con = group_report(grouped_ledger.uow(), reports.contribution(grouped_ledger.uow(), *MARCH), "industry")
    shares = {g.value: g.summary["revenue_share"] for g in con.groups}
    # revenue: Retail 2000 + 700, Food 400, (none) 250 of 3350
    assert shares == {"Retail": Decimal("0.8060"), "Food": Decimal("0.1194"), "": Decimal("0.0746")}


def test_a_customer_with_several_tags_counts_in_each_and_the_report_says_so(grouped_ledger: Database) -> None:
    col = group_report(grouped_ledger.uow(), reports.collection(grouped_ledger.uow(), *MARCH), "tag")
    by = {g.value: sorted(r["code"] for r in g.rows) for g in col.groups}
    assert by == {"export": ["C1", "C3"], "vip": ["C1", "C2"], "": ["C4"]}
    assert "several tags" in col.group_note[0] and "多个标签" in col.group_note[1]
    js = reports.as_json(col)
    assert js["group_by"] == "tag" and "several tags" in js["note"]
    assert [g["group"] for g in js["groups"]] == ["export", "vip", ""]
    assert js["groups"][0]["summary"]["billed"] == "2700.00" and js["groups"][0]["customers"] == 2


def test_grouping_by_stage_uses_the_stage_at_the_end_of_the_period(grouped_ledger: Database) -> None:
    rep = group_report(grouped_ledger.uow(), reports.collection(grouped_ledger.uow(), *MARCH), "stage")
    by = {g.value: sorted(r["code"] for r in g.rows) for g in rep.groups}
    # C2's I0 is 59 days overdue at 03-31 (not yet at risk); everyone invoiced first within 90 days
    assert by == {"new": ["C1", "C2", "C3", "C4"]}
    assert rep.groups[0].label == "New" and rep.groups[0].label_zh == "新合作"
    # a group holding everyone has exactly the report's totals: computed the same way
    for name in ("collection", "dso", "days_to_pay", "utilization", "contribution"):
        plain = reports.run_report(grouped_ledger.uow(), name, *MARCH)
        (only,) = group_report(grouped_ledger.uow(), plain, "stage").groups
        assert {k: v for k, v in plain.summary.items() if k in only.summary} == \
            {k: v for k, v in only.summary.items() if k in plain.summary}, name


def test_a_template_keeps_the_grouping_and_an_unknown_field_is_refused(grouped_ledger: Database) -> None:
    info = reports.save_template(grouped_ledger.uow(), "By region", "collection", {"group_by": "region"})
    assert reports.get_template(grouped_ledger.uow(), "By region").config["group_by"] == "region"
    assert info.config["group_by"] == "region"
    with pytest.raises(ValidationError) as e:
        reports.save_template(grouped_ledger.uow(), "Bad", "collection", {"group_by": "colour"})
    assert e.value.field == "group_by"
    with pytest.raises(ValidationError):
        group_report(grouped_ledger.uow(), reports.dso(grouped_ledger.uow(), *MARCH), "colour")


def test_grouped_excel_and_pdf_show_group_headers_and_subtotals(grouped_ledger: Database, tmp_path) -> None:
    import subprocess

    from openpyxl import load_workbook

    from app.services.company import company_info
    from app.services.reports.export import export_pdf, export_xlsx

    rep = group_report(grouped_ledger.uow(), reports.collection(grouped_ledger.uow(), *MARCH), "region")
    x = export_xlsx(rep, tmp_path / "g.xlsx", "en")
    values = [[c for c in row] for row in load_workbook(x).active.iter_rows(values_only=True)]
    flat = [v for row in values for v in row if v is not None]
    assert "Grouped by region" in flat and "East (2 customers)" in flat and "(none) (1 customers)" in flat
    header = next(row for row in values if "Code" in row)
    sub = next(row for row in values if "Subtotal: East" in row)
    assert Decimal(str(sub[header.index("Billed")])) == Decimal("2500")
    assert str(sub[header.index("Collection rate")]) == "0.4211"  # a percentage cell
    p = export_pdf(rep, tmp_path / "g.pdf", company_info(grouped_ledger.uow()), "zh_CN")
    text = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "按区域分组" in text and "小计：East" in text and "（未设置）" in text
    assert "42.11%" in text  # East's rate from its sums
