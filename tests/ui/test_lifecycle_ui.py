"""Stages in the customer list (a column and a filter) and feedback in the customer's records."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from app.services.lifecycle import feedback
from app.ui.dialogs.customer_feedback import FeedbackDialog
from app.ui.dialogs.customer_records import CustomerRecordsDialog
from app.ui.models.customers import COLUMNS
from tests.ui.conftest import wait_jobs

TODAY = dt.date.today()


def dialog(kind: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


def test_the_customer_list_shows_each_stage_and_filters_by_it(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    for code, name in (("C1", "Harbor Supplies"), ("C2", "Pearl River Foods"), ("C3", "Prospect Co")):
        customers.create_customer(db.uow(), CustomerInput(code=code, name=name))
    ledger.post_invoice(db.uow(), "C1", TODAY - dt.timedelta(days=150), Decimal("100.00"), number="I1")
    ledger.post_invoice(db.uow(), "C2", TODAY - dt.timedelta(days=10), Decimal("100.00"), number="I2")
    ctx = window.ctx
    window.go("customers")
    page = window.page("customers")
    page.reload()
    wait_jobs(qtbot, ctx)
    col = COLUMNS.index("stage")
    m = page.model
    assert m.data(m.index(0, col)) == ""  # never computed yet
    messages: list[str] = []
    ctx.status_message.connect(messages.append)
    qtbot.mouseClick(page.stages_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert messages[-1].endswith(": 3 changed")
    assert m.headerData(col, Qt.Orientation.Horizontal) == "Stage"
    shown = {m.data(m.index(r, 0)): m.data(m.index(r, col)) for r in range(m.rowCount())}
    assert shown == {"C1": "At risk", "C2": "New", "C3": "Prospect"}  # C1's invoice is 120 days overdue
    page.stage.setCurrentIndex(page.stage.findText("New"))
    wait_jobs(qtbot, ctx)
    assert [m.data(m.index(r, 0)) for r in range(m.rowCount())] == ["C2"]
    assert page.count.text() == "1 customer"


def test_feedback_is_added_in_the_customer_records_and_averaged(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Supplies"))
    feedback.add_feedback(db.uow(), "C1", 2, "invoice was wrong", TODAY - dt.timedelta(days=5))
    ctx = window.ctx
    rec = CustomerRecordsDialog(ctx, "C1", "C1 Harbor Supplies", window, tab="feedback")
    rec.show()
    wait_jobs(qtbot, ctx)
    assert rec.tabs.tabText(rec.tabs.currentIndex()) == "Feedback"
    tab = rec.feedback_tab
    assert tab.model.rowCount() == 1 and tab.average.text() == "Average satisfaction: 2.0 of 5 (1 entry)"
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dlg = dialog(FeedbackDialog)
    dlg.score.setCurrentIndex(dlg.score.findData(5))
    qtbot.keyClicks(dlg.note, "fast delivery")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert not dlg.isVisible()
    m = tab.model
    assert [m.data(m.index(r, 2)) for r in range(m.rowCount())] == ["fast delivery", "invoice was wrong"]
    assert m.data(m.index(0, 1)) == "★★★★★ 5"
    assert tab.average.text() == "Average satisfaction: 3.5 of 5 (2 entries)"
    assert [f.score for f in feedback.list_feedback(db.uow(), "C1").entries] == [5, 2]
    rec.close()
