"""The Reports page grouped: a bookkeeper picks "Region" in the Group by box and reads each region's
customers under its heading, with the region's subtotal below them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.services import company as company_svc
from app.services.reports import analysis as reports
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.views.reports import ReportsPage
from tests.services.ledger_helpers import customer, d, invoice, payment
from tests.ui.conftest import wait_jobs


@pytest.fixture
def page(qtbot, db: Database) -> Iterator[ReportsPage]:
    customer(db, "C1", "Harbor Trading Ltd", region="East")
    customer(db, "C2", "上海华东贸易有限公司", region="East")
    customer(db, "C3", "Northwind", region="North")
    invoice(db, "C1", "2026-02-10", "1000", "I1")
    invoice(db, "C1", "2026-03-10", "2000", "I2")
    invoice(db, "C2", "2026-03-15", "500", "I3")
    invoice(db, "C3", "2026-03-20", "400", "I4")
    payment(db, "C1", "2026-03-25", "1600", "P1")
    ctx = AppContext()
    ctx.set_language("en", save=False)
    ctx.set_database(db, company_svc.company_info(db.uow()))
    p = ReportsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    wait_jobs(qtbot, ctx)
    yield p
    ctx.jobs.wait(10000)
    ctx.db = None


def test_picking_a_grouping_shows_group_headings_and_subtotals(qtbot, page: ReportsPage) -> None:
    page.select("collection")
    page.set_period(d("2026-03-01"), d("2026-03-31"))
    box = page.group_by
    box.setCurrentIndex(box.findText("Region"))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, page.ctx)
    m = page.model
    texts = [m.text(r, 0) for r in range(m.rowCount())]
    name_col = [c.key for c in page.report.columns].index("name")
    assert texts == ["East (2 customers)", "C1", "C2", "", "North (1 customer)", "C3", ""]
    assert m.text(3, name_col) == "Subtotal: East"
    rate_col = [c.key for c in page.report.columns].index("collection_rate")
    assert m.text(3, rate_col) == "45.7%"  # 1600 / (1000 + 2500), not the mean of the two customers' rates
    assert page.table.columnSpan(0, 0) == len(page.report.columns)  # the heading spans the table
    assert m.data(m.index(3, 0), Qt.ItemDataRole.FontRole).bold()
    # sorting keeps each customer under its group
    page.table.sortByColumn([c.key for c in page.report.columns].index("billed"), Qt.SortOrder.DescendingOrder)
    assert [m.text(r, 0) for r in range(m.rowCount())][:4] == ["East (2 customers)", "C1", "C2", ""]
    # the grouping is kept in a saved template, and comes back with it
    page.save_template("By region", {"columns": []})
    wait_jobs(qtbot, page.ctx)
    assert reports.get_template(page.ctx.uow(), "By region").config["group_by"] == "region"
    box.setCurrentIndex(0)
    page.open_template(reports.get_template(page.ctx.uow(), "By region"))
    wait_jobs(qtbot, page.ctx)
    assert box.currentData() == "region" and page.report.group_by == "region"
