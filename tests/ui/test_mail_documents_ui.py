"""E-mail an invoice from the ledger's context menu: it waits in the Outbox for the customer's address."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from app.services.outbox import store
from tests.ui.conftest import wait_jobs


def test_the_ledger_menu_e_mails_an_invoice_to_the_customer(qtbot, window, db):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    c = customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd",
                                                          email="ap@harbor.example"))
    ledger.post_invoice(db.uow(), c.id, dt.date.today(), Decimal("10.00"), number="INV-9")
    window.go("ledger", c.id)
    wait_jobs(qtbot, ctx)
    lp = window.page("ledger")
    seen: list[str] = []
    ctx.status_message.connect(seen.append)
    lp.lines_view.customContextMenuRequested.emit(lp.lines_view.visualRect(lp.lines_model.index(0, 2)).center())
    [mail] = [a for a in lp.print_menu.actions() if a.objectName() == "mailInvoice"]
    assert mail.text() == "E-mail invoice"
    lp.print_menu.close()
    mail.trigger()
    wait_jobs(qtbot, ctx)
    [m] = store.list_messages(db.uow())
    assert (m.kind, m.to, m.status) == ("invoice", "ap@harbor.example", "queued")
    assert any("INV-9" in s and "ap@harbor.example" in s for s in seen)
