"""The import wizard: a workbook with Chinese headers, one bad row shown and explained, nothing written until fixed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from app.services import company as company_svc
from app.services.customers import records as customers
from app.services.customers.records import CustomerFilter
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.dialogs.import_wizard import ImportWizard, guess_kind, guess_mapping, read_source
from tests.services.ledger_helpers import customer
from tests.ui.conftest import wait_jobs


@pytest.fixture
def ctx(qtbot, db: Database) -> Iterator[AppContext]:
    c = AppContext()
    c.set_language("en", save=False)
    c.set_database(db, company_svc.company_info(db.uow()))
    yield c
    c.jobs.wait(10000)
    c.db = None


def invoices_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "发票"
    ws.append(["发票号码", "客户编码", "日期", "到期日", "金额", "摘要"])
    ws.append(["F001", "C1", dt.date(2026, 3, 1), dt.date(2026, 3, 31), 1000, "钢材"])
    ws.append(["F002", "C1", dt.date(2026, 3, 5), None, "1,200.00", "运费"])  # a thousands separator
    ws.append(["F003", "C2", dt.date(2026, 3, 9), dt.date(2026, 4, 8), "350.50", ""])
    wb.save(path)
    return path


def test_headers_in_chinese_or_english_are_mapped() -> None:
    assert guess_mapping("invoices", ["发票号码", "客户编码", "日期", "到期日", "金额"]) == [
        "number", "customer_code", "issue_date", "due_date", "amount"]
    assert guess_mapping("customers", ["客户编码", "客户名称", "联系电话", "Tax ID", "Notes", "whatever"]) == [
        "code", "name", "phone", "tax_id", "notes", ""]
    assert guess_kind("收款", ["单号", "客户", "日期", "金额"]) == "payments"
    assert guess_kind("Sheet1", ["number", "customer_code", "issue_date", "amount"]) == "invoices"


def test_wizard_shows_the_bad_row_and_imports_nothing_until_it_is_fixed(qtbot, ctx: AppContext, db: Database,
                                                                        tmp_path: Path) -> None:
    customer(db, "C1", "上海华东贸易有限公司")
    customer(db, "C2", "Harbor Trading Ltd")
    w = ImportWizard(ctx, path=str(invoices_workbook(tmp_path / "发票.xlsx")))
    qtbot.addWidget(w)
    w.show()
    wait_jobs(qtbot, ctx)
    assert w.kind_name == "invoices"
    assert w.mapping == ["number", "customer_code", "issue_date", "due_date", "amount", "description"]
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)  # to the columns
    assert w.columns.rowCount() == 6 and w.next_button.isEnabled()
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)  # to the check
    wait_jobs(qtbot, ctx)
    assert list(w.preview.problems) == [1]  # the second data row, F002
    assert "thousands separator" in w.preview.problems[1]
    assert w.preview.data(w.preview.index(1, 0)) == "3"  # its row number in the sheet
    assert w.preview.data(w.preview.index(1, 1), Qt.ItemDataRole.BackgroundRole) is not None
    assert w.preview.data(w.preview.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert "1 of 3 rows" in w.check_info.text()
    assert not w.import_button.isEnabled()
    assert ledger.recent_documents(db.uow()) == []  # nothing written

    amount_col = 1 + w.mapping.index("amount")
    assert w.preview.setData(w.preview.index(1, amount_col), "1200.00")
    assert not w.import_button.isEnabled()
    qtbot.mouseClick(w.check_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert w.preview.problems == {} and w.import_button.isEnabled()
    assert ledger.recent_documents(db.uow()) == []  # a clean dry run still writes nothing

    qtbot.mouseClick(w.import_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert "3 invoices" in w.done_info.text()
    docs = {d.number: d for d in ledger.recent_documents(db.uow())}
    assert set(docs) == {"F001", "F002", "F003"}
    assert docs["F002"].amount == Decimal("1200.00")
    assert docs["F002"].due_date == dt.date(2026, 4, 4)  # issue date + the customer's 30 days


def test_customer_import_lists_likely_duplicates(qtbot, ctx: AppContext, db: Database, tmp_path: Path) -> None:
    customer(db, "C1", "上海华东贸易有限公司")
    path = tmp_path / "customers.csv"
    path.write_text("客户编码,客户名称,电话\nN1,上海华东贸易股份有限公司,021-1234567\nN2,Summit Foods,\n",
                    encoding="utf-8-sig")
    assert read_source(path).header == ["客户编码", "客户名称", "电话"]
    w = ImportWizard(ctx, path=str(path))
    qtbot.addWidget(w)
    w.show()
    wait_jobs(qtbot, ctx)
    assert w.kind_name == "customers"
    w.next()
    w.next()
    wait_jobs(qtbot, ctx)
    assert w.import_button.isEnabled()
    assert [(d.code, d.customer_code) for d in w.duplicates] == [("N1", "C1")]
    assert "looks like C1" in w.dups.item(0).text()
    w.start_import()
    wait_jobs(qtbot, ctx)
    assert len(customers.search_ids(db.uow(), CustomerFilter())) == 3
