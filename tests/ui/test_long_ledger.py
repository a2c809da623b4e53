"""A long ledger opens on its latest page; older pages arrive when scrolled to, with the right balances."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.interchange.importing import RawTable, import_tables
from app.services.ledger import postings as ledger
from tests.ui.conftest import wait_jobs


def test_a_long_ledger_loads_page_by_page_with_running_balances(qtbot, window, db):
    c = customers.create_customer(db.uow(), CustomerInput(code="BIG", name="Big Buyer"))
    inv = RawTable("invoices", "t", ["number", "customer_code", "issue_date", "amount"])
    start = dt.date(2024, 1, 1)
    for i in range(1200):
        inv.rows.append([f"T{i:05d}", "BIG", (start + dt.timedelta(days=i // 4)).isoformat(), "1.00"])
        inv.row_numbers.append(i + 2)
    import_tables(db, {"invoices": inv})
    window.go("ledger", c.id)
    wait_jobs(qtbot, window.ctx)
    lp = window.page("ledger")
    model = lp.lines_model
    assert model.rowCount() == 1200
    assert set(model.pages) == {2}  # rows 1000-1199: the latest page only
    assert model.data(model.index(1199, 7)) == "1,200.00"  # running balance
    assert model.row_at(0) is None  # not loaded yet: asks for it
    qtbot.waitUntil(lambda: 0 in model.pages, timeout=5000)
    assert model.data(model.index(0, 7)) == "1.00"
    assert model.data(model.index(499, 7)) == "500.00"
    assert "1,200.00" in lp.balance_label.text()
    assert lp.open_model.rowCount() == 1200
    assert ledger.balance(db.uow(), c.id) == Decimal("1200.00")
