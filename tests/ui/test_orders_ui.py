"""Orders and printed documents in the window: "Post and print", the Orders page with the override
dialog, "Invoice this order", the ledger's print menu."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from app.services.orders import service as orders
from app.ui.dialogs import document_print
from app.ui.dialogs.entry import InvoiceDialog
from app.ui.dialogs.order import InvoiceOrderDialog, OrderDialog
from app.ui.dialogs.override import OverrideDialog
from tests.ui.conftest import wait_jobs


def when_open(kind, act):  # type: ignore[no-untyped-def]
    """Call ``act(dialog)`` once a modal ``kind`` dialog is shown (it blocks the test until answered)."""
    timer = QTimer(QApplication.instance())  # owned by the application: it outlives this call
    timer.setInterval(50)

    def poll() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if found:
            timer.stop()
            act(found[-1])

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _dialog(kind):  # type: ignore[no-untyped-def]
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


def test_post_and_print_posts_the_invoice_and_opens_its_preview(qtbot, window, db):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    c = customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd", language="en"))
    window.go("ledger", c.id)
    wait_jobs(qtbot, ctx)
    lp = window.page("ledger")
    qtbot.mouseClick(lp.invoice_button, Qt.MouseButton.LeftButton)
    inv = _dialog(InvoiceDialog)
    qtbot.keyClicks(inv.amount, "1,250.50")
    qtbot.mouseClick(inv.post_and_print, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    qtbot.waitUntil(lambda: bool(document_print.PREVIEWS) and document_print.PREVIEWS[-1].isVisible(), timeout=10000)
    preview = document_print.PREVIEWS[-1]
    assert not inv.isVisible()
    number = ledger.ledger(db.uow(), c.id).lines[0].number
    assert preview.page_count == 1 and preview.windowTitle() == f"Invoice {number}"
    assert preview.print_btn.isEnabled() and preview.save_btn.isEnabled()
    preview.close()


def test_the_ledger_context_menu_prints_an_invoice(qtbot, window, db):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    c = customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd"))
    ledger.post_invoice(db.uow(), c.id, dt.date.today(), Decimal("10.00"), number="INV-7")
    window.go("ledger", c.id)
    wait_jobs(qtbot, ctx)
    lp = window.page("ledger")
    pos = lp.lines_view.visualRect(lp.lines_model.index(0, 2)).center()
    lp.lines_view.customContextMenuRequested.emit(pos)
    actions = [a for a in lp.print_menu.actions() if a.objectName() == "printInvoice"]
    assert [a.text() for a in actions] == ["Print invoice…"]
    lp.print_menu.close()
    actions[0].trigger()
    wait_jobs(qtbot, ctx)
    qtbot.waitUntil(lambda: bool(document_print.PREVIEWS) and document_print.PREVIEWS[-1].isVisible(), timeout=10000)
    assert document_print.PREVIEWS[-1].windowTitle() == "Invoice INV-7"
    document_print.PREVIEWS[-1].close()


def test_an_order_is_created_confirmed_with_the_override_dialog_and_invoiced(qtbot, window, db):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd",
                                                      credit_limit=Decimal("1000.00")))
    ledger.post_invoice(db.uow(), "C1", dt.date.today(), Decimal("700.00"))
    window.go("orders")
    page = window.page("orders")
    wait_jobs(qtbot, ctx)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dlg = _dialog(OrderDialog)
    qtbot.keyClicks(dlg.customer, "C1")
    qtbot.keyClicks(dlg.amount, "500.00")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert not dlg.isVisible()
    assert page.model.rowCount() == 1
    assert page.select_number("SO000001") and page.confirm_button.isEnabled()

    seen: list[str] = []

    def answer(ov: OverrideDialog) -> None:
        seen.append(ov.message.text())
        qtbot.keyClicks(ov.reason, "owner approved the order")
        qtbot.mouseClick(ov.ok, Qt.MouseButton.LeftButton)

    when_open(OverrideDialog, answer)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    wait_jobs(qtbot, ctx)
    assert "1,200.00" in seen[0] and "1,000.00" in seen[0]
    o = orders.get_order(db.uow(), "SO000001")
    assert (o.status, o.override_reason) == ("confirmed", "owner approved the order")
    assert page.select_number("SO000001")
    assert "owner approved the order" in page.detail.text()

    # invoice 200.00 of it, then the rest (the invoice posting asks for its own override)
    qtbot.mouseClick(page.invoice_button, Qt.MouseButton.LeftButton)
    inv = _dialog(InvoiceOrderDialog)
    inv.amount.setText("200.00")

    def answer_again(ov: OverrideDialog) -> None:
        qtbot.keyClicks(ov.reason, "as agreed")
        qtbot.mouseClick(ov.ok, Qt.MouseButton.LeftButton)

    when_open(OverrideDialog, answer_again)
    qtbot.mouseClick(inv.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not inv.isVisible(), timeout=10000)
    wait_jobs(qtbot, ctx)
    o = orders.get_order(db.uow(), "SO000001")
    assert (o.status, o.invoiced, o.open_amount) == ("confirmed", Decimal("200.00"), Decimal("300.00"))
    assert page.select_number("SO000001")
    assert "300.00" in page.model.data(page.model.index(0, 6))
    assert ledger.balance(db.uow(), "C1") == Decimal("900.00")


def test_cancelling_an_order_asks_why(qtbot, window, db, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    ctx = window.ctx
    customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd"))
    orders.create_order(db.uow(), "C1", dt.date.today(), Decimal("50.00"))
    window.go("orders")
    page = window.page("orders")
    wait_jobs(qtbot, ctx)
    assert page.select_number("SO000001")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("out of stock", True))
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    o = orders.get_order(db.uow(), "SO000001")
    assert (o.status, o.cancel_reason) == ("cancelled", "out of stock")
    assert page.model.rowCount() == 0  # the page shows open orders by default


def test_the_invoices_of_a_day_print_as_one_pdf_with_progress(qtbot, window, db):  # type: ignore[no-untyped-def]
    from app.ui.dialogs.print_batch import PrintBatchDialog

    ctx = window.ctx
    customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd"))
    day = dt.date(2026, 3, 2)
    for n in range(3):
        ledger.post_invoice(db.uow(), "C1", day, Decimal("10.00") * (n + 1), number=f"INV-{n}")
    ledger.post_invoice(db.uow(), "C1", day + dt.timedelta(days=1), Decimal("5.00"), number="INV-LATER")
    dlg = PrintBatchDialog(ctx, window, day=day)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result_path is not None, timeout=15000)
    wait_jobs(qtbot, ctx)
    assert dlg.message.text() == "3 document(s) in one PDF."
    from pypdf import PdfReader

    assert len(PdfReader(str(dlg.result_path)).pages) == 3


def test_the_credit_view_shows_a_customers_open_orders_apart_from_the_exposure(qtbot, window, db):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd",
                                                      credit_limit=Decimal("10000.00")))
    ledger.post_invoice(db.uow(), "C1", dt.date.today(), Decimal("7000.00"))
    o = orders.create_order(db.uow(), "C1", dt.date.today(), Decimal("2000.00"))
    orders.confirm_order(db.uow(), o.number)
    window.go("credit")
    page = window.page("credit")
    wait_jobs(qtbot, ctx)
    page.table.selectRow(0)
    wait_jobs(qtbot, ctx)
    panel = page.orders_panel
    assert panel.model.rowCount() == 1
    assert panel.title.text() == ("C1: 1 open order(s) for CNY 2,000.00 · exposure CNY 7,000.00 · with the orders "
                                  "CNY 9,000.00 · 90.0% of the limit CNY 10,000.00")


def test_the_tax_invoice_number_is_recorded_from_the_ledger_menu(qtbot, window, db):  # type: ignore[no-untyped-def]
    from app.services.documents.data import invoice_document
    from app.ui.dialogs.document_print import TaxInvoiceDialog

    ctx = window.ctx
    c = customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd"))
    ledger.post_invoice(db.uow(), c.id, dt.date(2026, 3, 1), Decimal("10.00"), number="INV-8")
    window.go("ledger", c.id)
    wait_jobs(qtbot, ctx)
    lp = window.page("ledger")
    lp.lines_view.customContextMenuRequested.emit(lp.lines_view.visualRect(lp.lines_model.index(0, 2)).center())
    tax = next(a for a in lp.print_menu.actions() if a.objectName() == "taxInvoice")
    lp.print_menu.close()
    tax.trigger()
    dlg = _dialog(TaxInvoiceDialog)
    wait_jobs(qtbot, ctx)
    qtbot.keyClicks(dlg.tax_number, "04412345")
    dlg.tax_date.set_date(dt.date(2026, 3, 2))
    qtbot.mouseClick(dlg.save, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert not dlg.isVisible()
    inv = invoice_document(db.uow(), "INV-8")
    assert (inv.tax_invoice_number, inv.tax_invoice_date) == ("04412345", dt.date(2026, 3, 2))


def test_post_and_print_a_payment_opens_its_receipt(qtbot, window, db):  # type: ignore[no-untyped-def]
    from app.ui.dialogs.entry import CreditDialog

    ctx = window.ctx
    c = customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd", language="zh_CN"))
    ledger.post_invoice(db.uow(), c.id, dt.date.today(), Decimal("300.00"))
    window.go("ledger", c.id)
    wait_jobs(qtbot, ctx)
    lp = window.page("ledger")
    qtbot.mouseClick(lp.payment_button, Qt.MouseButton.LeftButton)
    pay = _dialog(CreditDialog)
    wait_jobs(qtbot, ctx)
    qtbot.keyClicks(pay.amount, "300.00")
    qtbot.mouseClick(pay.post_and_print, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    qtbot.waitUntil(lambda: bool(document_print.PREVIEWS) and document_print.PREVIEWS[-1].isVisible()
                    and document_print.PREVIEWS[-1].windowTitle().startswith("Receipt"), timeout=10000)
    number = ledger.ledger(db.uow(), c.id).lines[-1].number
    assert document_print.PREVIEWS[-1].windowTitle() == f"Receipt {number}"
    assert ledger.balance(db.uow(), "C1") == 0
    document_print.PREVIEWS[-1].close()


def test_the_ledger_shows_the_customers_open_orders_beside_the_open_items(qtbot, window, db):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    c = customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd",
                                                          credit_limit=Decimal("10000.00")))
    ledger.post_invoice(db.uow(), c.id, dt.date(2026, 3, 1), Decimal("1000.00"), number="INV-1")
    draft = orders.create_order(db.uow(), c.id, dt.date(2026, 3, 2), Decimal("2500.00"))
    orders.create_order(db.uow(), c.id, dt.date(2026, 3, 3), Decimal("99.00"))  # a draft does not count
    orders.confirm_order(db.uow(), draft.number)
    window.go("ledger", c.id)
    wait_jobs(qtbot, ctx)
    lp = window.page("ledger")
    assert lp.orders_label.text() == "1 open order: CNY 2,500.00 · exposure with them 3,500.00"
    assert draft.number in lp.orders_label.toolTip()
    other = customers.create_customer(db.uow(), CustomerInput(code="C2", name="Pearl River Foods"))
    window.go("ledger", other.id)
    wait_jobs(qtbot, ctx)
    assert lp.orders_label.text() == ""
