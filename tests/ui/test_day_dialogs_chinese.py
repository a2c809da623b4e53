"""The day's dialogs in the Chinese program show no English: every label, button, tab, choice,
column and cell is Chinese, or a code, number, date or name from the data."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.services.collections import reminders
from app.services.credit import figures as credit
from app.services.customers import communication
from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from app.ui.dialogs.customer_records import ContractDialog, CustomerRecordsDialog, LogDialog
from app.ui.dialogs.daywork import (
    ApplyCreditDialog,
    DocumentDialog,
    HoldDialog,
    PromiseDialog,
    RefundDialog,
    ReleaseDialog,
    WriteOffDialog,
)
from app.ui.dialogs.duplicates import DuplicatesDialog
from tests.ui.conftest import wait_jobs

TODAY = dt.date.today()
DATA = ["Harbor Supplies", "Harbor Supply", "CNY", "Ctrl+Shift+", "Ctrl+S", "INV-", "P-", "K-", "C1B", "C1", "RF", "WO",
        ]


def latin_left(text: str, data: list[str] = DATA) -> str:
    """What is left of ``text`` once data (codes, names, numbers, dates) is taken out."""
    for d in data:
        text = text.replace(d, "")
    return re.sub(r"[^A-Za-z]", "", text)


def visible_texts(w: QWidget) -> list[str]:
    out = [w.windowTitle()]
    for lbl in w.findChildren(QLabel):
        if lbl.isVisibleTo(w):
            out.append(lbl.text())
    for b in w.findChildren(QAbstractButton):
        if b.isVisibleTo(w):
            out.append(b.text())
    for e in w.findChildren(QLineEdit):
        if e.isVisibleTo(w):
            out.append(e.placeholderText())
    for c in w.findChildren(QComboBox):
        out.extend(c.itemText(i) for i in range(c.count()))
    for t in w.findChildren(QTabWidget):
        out.extend(t.tabText(i) for i in range(t.count()) if t.isTabVisible(i))
    for v in w.findChildren(QTableView):
        m = v.model()
        out.extend(str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(m.columnCount()))
        for r in range(m.rowCount()):
            out.extend(str(m.data(m.index(r, c)) or "") for c in range(m.columnCount()))
    return [t for t in out if t]


def english_in(w: QWidget, data: list[str]) -> list[str]:
    return [t for t in visible_texts(w) if latin_left(t, data)]


@pytest.fixture
def chinese(window: Any) -> Iterator[Any]:
    """The window in Chinese; English again afterwards (the translators are the application's)."""
    window.ctx.set_language("zh_CN", save=False)
    yield window
    window.ctx.set_language("en", save=False)


def test_every_new_dialog_reads_in_chinese(qtbot: Any, chinese: Any, db: Any) -> None:
    window = chinese
    ctx = window.ctx
    D = Decimal
    c = customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Supplies"))
    customers.create_customer(db.uow(), CustomerInput(code="C1B", name="Harbor Supply"))
    inv = ledger.post_invoice(db.uow(), c.id, TODAY - dt.timedelta(days=40), D("100.00"), number="INV-1").document
    pay = ledger.post_credit(db.uow(), "payment", c.id, TODAY - dt.timedelta(days=5), D("150.00"), number="P-1",
                             method="cash").document
    ledger.unapply(db.uow(), ledger.applications_of(db.uow(), pay.id)[0].id)
    ledger.apply_credit(db.uow(), pay.id, inv.id)
    pay = ledger.get_document(db.uow(), pay.id)
    ledger.post_invoice(db.uow(), c.id, TODAY, D("80.00"), number="INV-2", lines=())
    reminders.add_promise(db.uow(), "INV-2", TODAY + dt.timedelta(days=3), D("80.00"), "电话")
    reminders.add_contract(db.uow(), "C1", "K-1", TODAY - dt.timedelta(days=10), TODAY + dt.timedelta(days=10),
                           D("1000.00"), 30, "年度合同")
    communication.add_entry(db.uow(), "C1", communication.CommunicationInput(TODAY, "visit", "上门拜访", TODAY))
    credit.hold(db.uow(), "C1", "退票")
    inv2 = ledger.find_document(db.uow(), "invoice", "INV-2")
    window.go("ledger", c.id)
    wait_jobs(qtbot, ctx)
    lp = window.page("ledger")
    la = lp.day_actions
    lp.lines_view.setCurrentIndex(lp.lines_model.index(0, 0))
    menu: QMenu = la.build_menu()
    assert [a.text() for a in menu.actions() if latin_left(a.text())] == []
    assert [a.iconText() for a in la.toolbar.actions() if latin_left(a.iconText())] == []
    label = "C1 Harbor Supplies"
    dialogs: list[QDialog] = [
        DocumentDialog(ctx, pay.id, window), ApplyCreditDialog(ctx, pay, window), RefundDialog(ctx, pay, window),
        WriteOffDialog(ctx, inv2, window), PromiseDialog(ctx, inv2, window), HoldDialog(ctx, "C1", label, window),
        ReleaseDialog(ctx, "C1", label, window), ContractDialog(ctx, "C1", label, None, window),
        LogDialog(ctx, "C1", label, window), CustomerRecordsDialog(ctx, "C1", label, window),
        DuplicatesDialog(ctx, window),
    ]
    for d in dialogs:
        qtbot.addWidget(d)
        d.show()
        wait_jobs(qtbot, ctx)
    write_off = dialogs[3]
    write_off.submit()  # type: ignore[attr-defined]  # the reason's message
    data = [*DATA, db.user]  # the user's name in the history is data too
    found = {type(d).__name__: english_in(d, data) for d in dialogs}
    assert {k: v for k, v in found.items() if v} == {}
    # the document's history and the records have rows to read
    assert dialogs[0].history_model.rowCount() >= 3  # type: ignore[attr-defined]
    assert dialogs[9].log_model.data(dialogs[9].log_model.index(0, 1)) == "拜访"  # type: ignore[attr-defined]
    for d in dialogs:
        d.close()
