"""Reports by group on a PostgreSQL server: the same groups and subtotals as on a file."""

from __future__ import annotations

from decimal import Decimal

from app.services.groups.grouping import group_report
from app.services.reports import analysis as reports
from app.services.unit_of_work import Database
from tests.services.test_report_groups import MARCH, check_groups_add_up, grouped_ledger  # noqa: F401


def test_group_subtotals_add_up_on_the_server(grouped_ledger: Database) -> None:  # noqa: F811
    assert not grouped_ledger.is_sqlite
    for field in ("region", "industry", "grade", "value_class", "stage", "category"):
        for name in reports.NAMES:
            check_groups_add_up(grouped_ledger, name, field)
    col = group_report(grouped_ledger.uow(), reports.collection(grouped_ledger.uow(), *MARCH), "region")
    assert [g.value for g in col.groups] == ["East", "North", ""]
    assert col.groups[0].summary["collection_rate"] == Decimal("0.4211")
    tags = group_report(grouped_ledger.uow(), reports.dso(grouped_ledger.uow(), *MARCH), "tag")
    assert {g.value: sorted(r["code"] for r in g.rows) for g in tags.groups} == {
        "export": ["C1", "C3"], "vip": ["C1", "C2"], "": ["C4"]}
