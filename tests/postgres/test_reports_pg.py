"""The analysis reports and the clean-file services give the same figures on a server."""

from __future__ import annotations

from decimal import Decimal

from app.services.customers import classification, duplicates
from app.services.reports import analysis as reports
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import d
from tests.services.test_reports import MARCH, by_code, ledger  # noqa: F401  (the hand-worked ledger)


def test_report_figures_match_the_hand_worked_ledger_on_the_server(ledger: Database) -> None:  # noqa: F811
    assert not ledger.is_sqlite
    c = reports.collection(ledger.uow(), *MARCH)
    assert c.summary["collection_rate"] == Decimal("0.4211")
    assert c.summary["opening_receivable"] == Decimal("1300.00")
    assert reports.dso(ledger.uow(), *MARCH).summary["dso"] == Decimal("26.0")
    assert [r["class"] for r in reports.contribution(ledger.uow(), *MARCH).rows] == ["A", "B"]
    f = by_code(reports.frequency(ledger.uow(), d("2026-01-01"), d("2026-03-31"), inactive_days=10))
    assert f["C2"]["avg_days_between"] == Decimal("73.0") and f["C1"]["last_activity"] == d("2026-03-25")
    p = by_code(reports.days_to_pay(ledger.uow(), *MARCH))
    assert p["C1"]["avg_days_to_pay"] == Decimal("43.0") and p["C1"]["avg_days_late"] == Decimal("13.0")
    t = reports.top_overdue(ledger.uow(), *MARCH)
    assert [(r["code"], r["max_days_overdue"]) for r in t.rows] == [("C2", 59)]
    assert classification.recompute_value_classes(ledger.uow(), d("2026-03-31")).counts["A"] == 1


def test_similar_names_and_merge_on_the_server(ledger: Database) -> None:  # noqa: F811
    assert [h.code for h in duplicates.similar_customers(ledger.uow(), "上海华东贸易股份有限公司")] == ["C2"]
    res = duplicates.merge_by_code(ledger.uow(), "C1", "C2")
    assert res.moved["documents"] == 3  # I0, I3 and CN1
