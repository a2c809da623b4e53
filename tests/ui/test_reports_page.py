"""The Reports page: a bookkeeper picks a report and a period, reads the table and chart, exports, saves a view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services import company as company_svc
from app.services.reports import analysis as reports
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.views.reports import ReportsPage
from tests.services.ledger_helpers import credit_note, customer, d, invoice, payment
from tests.ui.conftest import wait_jobs


@pytest.fixture
def page(qtbot, db: Database) -> Iterator[ReportsPage]:
    customer(db, "C1", "Harbor Trading Ltd")
    customer(db, "C2", "上海华东贸易有限公司")
    invoice(db, "C1", "2026-02-10", "1000", "I1")
    invoice(db, "C2", "2026-01-01", "300", "I0", due="2026-01-31")
    payment(db, "C1", "2026-03-05", "600", "P1")
    invoice(db, "C1", "2026-03-10", "2000", "I2")
    invoice(db, "C2", "2026-03-15", "500", "I3")
    credit_note(db, "C2", "2026-03-20", "100", "CN1", invoice="I3")
    payment(db, "C1", "2026-03-25", "1000", "P2")
    ctx = AppContext()
    ctx.set_language("en", save=False)
    ctx.set_database(db, company_svc.company_info(db.uow()))
    p = ReportsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    wait_jobs(qtbot, ctx)
    yield p
    ctx.jobs.wait(10000)
    ctx.db = None


def test_running_the_collection_report_shows_rate_table_and_chart(qtbot, page: ReportsPage) -> None:
    page.select("collection")
    page.set_period(d("2026-03-01"), d("2026-03-31"))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, page.ctx)
    assert page.model.rowCount() == 2
    assert "42.1%" in page.summary.text()  # 1600 / (1300 + 2500)
    assert page.model.text(0, 0) == "C1"
    assert page.chart.series() and page.xlsx_button.isEnabled()


def test_sorting_and_exporting_the_table(qtbot, page: ReportsPage, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    page.select("contribution")
    page.set_period(d("2026-03-01"), d("2026-03-31"))
    page.run()
    wait_jobs(qtbot, page.ctx)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by code, descending
    assert [page.model.text(r, 1) for r in range(2)] == ["C2", "C1"]
    page.export_to(str(tmp_path / "c.xlsx"))
    page.export_to(str(tmp_path / "c.pdf"), "pdf")
    wait_jobs(qtbot, page.ctx)
    cells = [c.value for row in load_workbook(tmp_path / "c.xlsx").active.iter_rows() for c in row]
    assert "上海华东贸易有限公司" in cells
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")


def test_a_saved_template_reopens_with_its_columns_and_filter(qtbot, page: ReportsPage) -> None:
    page.select("frequency")
    page.set_period(d("2026-01-01"), d("2026-03-31"))
    page.run()
    wait_jobs(qtbot, page.ctx)
    page.save_template("Inactive", {"columns": ["code", "last_activity", "inactive"],
                                    "filters": [{"column": "inactive", "op": "=", "value": "yes"}]})
    wait_jobs(qtbot, page.ctx)
    assert [t.name for t in page.templates] == ["Inactive"]
    page.clear_template()
    wait_jobs(qtbot, page.ctx)
    assert page.model.columnCount() == 10
    page.select("dso")
    page.open_template(page.templates[0])
    wait_jobs(qtbot, page.ctx)
    assert page.name == "frequency" and page.model.columnCount() == 3
    assert page.model.report is not None and page.model.report.params == {"inactive_days": 90}
    page._fill_templates_menu()
    assert any(a.text().startswith("Inactive") for a in page.templates_menu.actions())
    assert reports.list_templates(page.ctx.uow())[0].config["columns"] == ["code", "last_activity", "inactive"]


def test_value_classes_are_updated_from_the_contribution_page(qtbot, page: ReportsPage) -> None:
    from app.services.customers import records as customers

    page.select("contribution")
    assert page.classes_button.isVisibleTo(page)
    page.set_period(d("2026-03-01"), d("2026-03-31"))
    qtbot.mouseClick(page.classes_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, page.ctx)
    rows = customers.list_customers(page.ctx.uow(), customers.CustomerFilter())
    assert {r.code: r.value_class for r in rows} == {"C1": "A", "C2": "B"}
