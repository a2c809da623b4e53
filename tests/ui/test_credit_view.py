"""The credit view shows each customer's limit, exposure and status; a double-click opens the ledger."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from tests.ui.conftest import wait_jobs


def test_portfolio_status_and_opening_the_ledger(qtbot, window, db):
    a = customers.create_customer(db.uow(), CustomerInput(code="A1", name="Alpha", credit_limit=Decimal("100.00")))
    customers.create_customer(db.uow(), CustomerInput(code="B1", name="Beta", credit_limit=Decimal("1000.00")))
    ledger.post_invoice(db.uow(), a.id, dt.date.today(), Decimal("90.00"))
    window.go("credit")
    page = window.page("credit")
    page.reload()
    wait_jobs(qtbot, window.ctx)
    rows = {r.code: r for r in page.model.rows}
    assert (rows["A1"].status, rows["A1"].exposure, rows["A1"].available) == ("warn", Decimal("90.00"),
                                                                             Decimal("10.00"))
    assert rows["B1"].status == "ok"
    page.status.setCurrentIndex(page.status.findData("warn"))
    assert [r.code for r in page.model.rows] == ["A1"]
    assert page.model.data(page.model.index(0, 5)) == "90.0%"
    page.table.selectRow(0)
    page._open_ledger(page.table.currentIndex())
    wait_jobs(qtbot, window.ctx)
    assert window.current_key() == "ledger" and window.page("ledger").customer_id == a.id


def test_a_customer_without_a_limit_reads_no_limit_as_on_the_form(qtbot, window, db):
    customers.create_customer(db.uow(), CustomerInput(code="N1", name="Nolimit"))
    window.ctx.set_language("zh_CN", save=False)
    try:
        window.go("credit")
        page = window.page("credit")
        page.reload()
        wait_jobs(qtbot, window.ctx)
        row = [r.code for r in page.model.rows].index("N1")
        assert page.model.data(page.model.index(row, 2)) == "不限额"  # never 无 ("no credit")
        assert page.model.data(page.model.index(row, 8)) == "新客户"  # the grade of a customer without history
    finally:
        window.ctx.set_language("en", save=False)
