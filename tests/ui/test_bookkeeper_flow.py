"""A bookkeeper's day in the window: customer, invoice, payment; balance and aging follow."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.ledger import aging
from app.services.ledger import postings as ledger
from app.ui.dialogs.customer import CustomerDialog
from app.ui.dialogs.entry import CreditDialog, InvoiceDialog
from tests.ui.conftest import wait_jobs


def _dialog(kind):  # type: ignore[no-untyped-def]
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


def test_create_customer_post_invoice_and_payment_moves_balance_and_aging(qtbot, window, db):
    ctx = window.ctx
    window.go("customers")
    page = window.page("customers")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dlg = _dialog(CustomerDialog)
    qtbot.keyClicks(dlg.name, "Harbor Supplies Co.")
    qtbot.keyClicks(dlg.phone, "13800138000")
    dlg.limit.setText("50,000.00")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert not dlg.isVisible()
    rows = customers.list_customers(db.uow(), customers.CustomerFilter())
    assert [(r.name, r.credit_limit) for r in rows] == [("Harbor Supplies Co.", Decimal("50000.00"))]
    cid = rows[0].id
    assert page.model.rowCount() == 1

    # open the ledger from the list, post an invoice dated 45 days ago (15 days overdue)
    page.table.selectRow(0)
    qtbot.mouseClick(page.ledger_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    lp = window.page("ledger")
    assert window.current_key() == "ledger" and lp.customer_id == cid
    qtbot.mouseClick(lp.invoice_button, Qt.MouseButton.LeftButton)
    inv = _dialog(InvoiceDialog)
    inv.date.set_date(dt.date.today() - dt.timedelta(days=45))
    qtbot.keyClicks(inv.amount, "1,250.50")
    inv.activateWindow()
    qtbot.waitUntil(inv.isActiveWindow)
    qtbot.keyClick(inv.amount, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S posts
    wait_jobs(qtbot, ctx)
    assert not inv.isVisible()
    assert ledger.balance(db.uow(), cid) == Decimal("1250.50")
    assert "1,250.50" in lp.balance_label.text()
    assert lp.lines_model.rowCount() == 1 and lp.open_model.rowCount() == 1
    report = aging.aging(db.uow(), dt.date.today())
    assert report.totals[1] == Decimal("1250.50")  # 1-30 days overdue

    # a payment of 1,000.00: the dialog proposes the invoice, the user accepts
    qtbot.mouseClick(lp.payment_button, Qt.MouseButton.LeftButton)
    pay = _dialog(CreditDialog)
    wait_jobs(qtbot, ctx)
    qtbot.keyClicks(pay.amount, "1000")
    qtbot.waitUntil(lambda: pay.alloc.item(0, pay.COL_APPLY) is not None
                    and pay.alloc.item(0, pay.COL_APPLY).text() == "1,000.00", timeout=5000)
    qtbot.mouseClick(pay.post_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert not pay.isVisible()
    assert ledger.balance(db.uow(), cid) == Decimal("250.50")
    assert "250.50" in lp.balance_label.text()
    assert lp.lines_model.rowCount() == 2
    assert lp.lines_model.data(lp.lines_model.index(1, 7)) == "250.50"  # running balance
    report = aging.aging(db.uow(), dt.date.today())
    assert report.totals[1] == Decimal("250.50")

    # the dashboard shows the same figures
    window.go("dashboard")
    dash = window.page("dashboard")
    wait_jobs(qtbot, ctx)
    assert dash.tile_total.value.text() == "CNY 250.50"
    assert dash.tile_overdue.value.text() == "CNY 250.50"


def test_payment_applied_where_the_user_says(qtbot, window, db):
    ctx = window.ctx
    c = customers.create_customer(db.uow(), CustomerInput(code="C1", name="Alpha"))
    today = dt.date.today()
    first = ledger.post_invoice(db.uow(), c.id, today - dt.timedelta(days=60), Decimal("100.00")).document
    second = ledger.post_invoice(db.uow(), c.id, today - dt.timedelta(days=10), Decimal("200.00")).document
    window.go("ledger", c.id)
    wait_jobs(qtbot, ctx)
    lp = window.page("ledger")
    pay = lp.new_payment()
    wait_jobs(qtbot, ctx)
    qtbot.keyClicks(pay.amount, "150.00")
    qtbot.waitUntil(lambda: pay.alloc.item(0, pay.COL_APPLY) is not None
                    and pay.alloc.item(0, pay.COL_APPLY).text() == "100.00", timeout=5000)
    # the user puts everything on the newer invoice instead of oldest first
    pay.alloc.item(0, pay.COL_APPLY).setText("")
    pay.alloc.item(1, pay.COL_APPLY).setText("150.00")
    qtbot.mouseClick(pay.post_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    items = {i.number: i.open_amount for i in ledger.open_items(db.uow(), c.id, today)}
    assert items == {first.number: Decimal("100.00"), second.number: Decimal("50.00")}


def test_an_invalid_amount_shows_a_message_and_posts_nothing(qtbot, window, db):
    ctx = window.ctx
    c = customers.create_customer(db.uow(), CustomerInput(code="C1", name="Alpha"))
    window.go("ledger", c.id)
    wait_jobs(qtbot, ctx)
    inv = window.page("ledger").new_invoice()
    qtbot.keyClicks(inv.amount, "12.3.4")
    qtbot.mouseClick(inv.post_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    msg = inv.findChild(QLabel, "msg_amount")
    assert msg.isVisible() and "amount" in msg.text().lower()
    assert inv.isVisible()
    inv.amount.setText("-5")
    qtbot.mouseClick(inv.post_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert msg.isVisible()
    assert ledger.ledger(db.uow(), c.id).total_lines == 0


def test_customer_form_shows_problems_beside_fields_and_warns_of_duplicates(qtbot, window, db):
    ctx = window.ctx
    customers.create_customer(db.uow(), CustomerInput(code="C1", name="Alpha", email="ar@alpha.example"))
    window.go("customers")
    page = window.page("customers")
    wait_jobs(qtbot, ctx)
    page.new_item()
    dlg = _dialog(CustomerDialog)
    qtbot.keyClicks(dlg.email, "not-an-email")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.messages["name"].isVisible()
    assert dlg.messages["email"].isVisible()
    dlg.email.setText("AR@alpha.example")
    qtbot.keyClicks(dlg.name, "Alpha Two")
    qtbot.waitUntil(lambda: dlg.dup_label.isVisible(), timeout=5000)
    assert "C1" in dlg.dup_label.text()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)  # first press: the warning
    wait_jobs(qtbot, ctx)
    assert dlg.isVisible()
    assert len(customers.list_customers(db.uow(), customers.CustomerFilter())) == 1
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)  # second press: create anyway
    wait_jobs(qtbot, ctx)
    assert not dlg.isVisible()
    assert len(customers.list_customers(db.uow(), customers.CustomerFilter())) == 2
