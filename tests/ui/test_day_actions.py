"""A bookkeeper's everyday actions in the ledger, driven as a person would: right-click, shortcut,
double-click, a dialog, confirm; then what they see (balance, open items, reminders, audit)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QTableView, QWidget

from app.services.collections import dunning, reminders
from app.services.collections.dunning import LevelInfo
from app.services.credit import figures as credit
from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from app.services.safety import audit_trail
from app.ui.dialogs.customer_records import ContractDialog, CustomerRecordsDialog, LogDialog, OutcomeDialog
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
from app.ui.dialogs.entry import VoidDialog
from app.ui.dialogs.print_preview import PrintPreviewDialog
from tests.ui.conftest import wait_jobs

TODAY = dt.date.today()
D = Decimal


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


@pytest.fixture
def books(db: Any) -> dict[str, Any]:
    """C1 with two invoices (60 and 20 days old, 30 days' terms) and a payment left unapplied."""
    c = customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Supplies", payment_terms_days=30))
    i1 = ledger.post_invoice(db.uow(), c.id, days_ago(60), D("100.00"), number="INV-1").document
    i2 = ledger.post_invoice(db.uow(), c.id, days_ago(20), D("200.00"), number="INV-2").document
    p = ledger.post_credit(db.uow(), "payment", c.id, days_ago(10), D("250.00"), number="P-1",
                           allocations=[]).document
    return {"customer": c, "inv1": i1, "inv2": i2, "payment": p}


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to every confirmation; the questions asked are kept."""
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def open_ledger(qtbot: Any, window: Any, cid: int) -> Any:
    window.go("ledger", cid)
    wait_jobs(qtbot, window.ctx)
    return window.page("ledger")


def row_of(view: QTableView, number: str) -> int:
    model = view.model()
    for r in range(model.rowCount()):
        if model.data(model.index(r, 2 if view.objectName() == "ledgerTable" else 0)) == number:
            return r
    raise AssertionError(f"{number} is not in {view.objectName()}")


def right_click(qtbot: Any, view: QTableView, number: str, action: str) -> None:
    """Right-click the row of ``number`` and click ``action`` in the menu that opens."""
    rect = view.visualRect(view.model().index(row_of(view, number), 1))
    view.customContextMenuRequested.emit(rect.center())
    menus = [m for m in view.window().findChildren(QMenu, "ledgerMenu") if m.isVisible()]
    assert menus, "no context menu opened"
    menu = menus[-1]
    act = next(a for a in menu.actions() if a.objectName() == action)
    assert act.isEnabled(), f"{action} is disabled"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(act).center())
    wait_jobs(qtbot, view.window().ctx if hasattr(view.window(), "ctx") else None)


def select(view: QTableView, number: str) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(row_of(view, number), 0))


def shortcut(qtbot: Any, view: QTableView, keys: str) -> None:
    key = getattr(Qt.Key, f"Key_{keys[-1]}")
    view.window().activateWindow()
    qtbot.waitUntil(view.window().isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def dialog(kind: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


def ok(qtbot: Any, ctx: Any, dlg: QWidget) -> None:
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    wait_jobs(qtbot, ctx)


def open_numbers(lp: Any) -> dict[str, str]:
    m = lp.open_model
    return {m.data(m.index(r, 0)): m.data(m.index(r, 5)) for r in range(m.rowCount())}


def audit_actions(db: Any) -> list[str]:
    return [r.action for r in audit_trail.list_entries(db.uow(), audit_trail.AuditFilter(newest_first=False))]


def test_apply_an_old_payment_oldest_first_with_a_preview(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    lp = open_ledger(qtbot, window, books["customer"].id)
    assert open_numbers(lp) == {"INV-1": "100.00", "INV-2": "200.00", "P-1": "-250.00"}
    right_click(qtbot, lp.lines_view, "P-1", "applyCredit")
    wait_jobs(qtbot, ctx)
    dlg = dialog(ApplyCreditDialog)
    dlg.all.click()
    preview = dlg.preview_model
    assert [(preview.data(preview.index(r, 0)), preview.data(preview.index(r, 3)), preview.data(preview.index(r, 4)))
            for r in range(preview.rowCount())] == [("INV-1", "100.00", "0.00"), ("INV-2", "150.00", "50.00")]
    assert "0.00 stays unapplied" in dlg.preview_info.text()
    ok(qtbot, ctx, dlg)
    assert not dlg.isVisible()
    assert open_numbers(lp) == {"INV-2": "50.00"}
    assert "50.00" in lp.balance_label.text()
    assert audit_actions(db)[-1] == "application.apply"


def test_apply_to_one_invoice_then_unapply_and_reapply_in_the_document(qtbot, window, db, books, yes):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    lp = open_ledger(qtbot, window, books["customer"].id)
    # from the open items: the payment, applied to the newer invoice only
    right_click(qtbot, lp.open_view, "P-1", "applyCredit")
    wait_jobs(qtbot, ctx)
    dlg = dialog(ApplyCreditDialog)
    dlg.target.setCurrentIndex(dlg.target.findData(books["inv2"].id))
    assert dlg.amount_edit.text() == "200.00"
    ok(qtbot, ctx, dlg)
    assert open_numbers(lp) == {"INV-1": "100.00", "P-1": "-50.00"}

    # double-click the payment: its detail with the application
    view = lp.lines_view
    rect = view.visualRect(view.model().index(row_of(view, "P-1"), 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_jobs(qtbot, ctx)
    doc = dialog(DocumentDialog)
    assert doc.heading.text() == "Payment P-1"
    assert doc.apps_model.rowCount() == 1 and doc.apps_model.data(doc.apps_model.index(0, 4)) == "in force"
    doc.apps_view.selectRow(0)
    qtbot.mouseClick(doc.unapply_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert "Unapply P-1 from INV-2" in yes[-1]
    assert doc.apps_model.data(doc.apps_model.index(0, 4)) == "undone"
    assert open_numbers(lp) == {"INV-1": "100.00", "INV-2": "200.00", "P-1": "-250.00"}
    assert [doc.history_model.data(doc.history_model.index(r, 2)) for r in range(doc.history_model.rowCount())] == [
        "Posted", "Applied", "Unapplied"]
    # reapply the undone one: a new application, the old one stays as history
    doc.apps_view.selectRow(0)
    qtbot.mouseClick(doc.reapply_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    states = [doc.apps_model.data(doc.apps_model.index(r, 4)) for r in range(doc.apps_model.rowCount())]
    assert states == ["undone", "in force"]
    assert open_numbers(lp) == {"INV-1": "100.00", "P-1": "-50.00"}


def test_refund_an_overpayment_with_the_shortcut(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    cid = books["customer"].id
    ledger.apply_credit_oldest_first(db.uow(), books["payment"].id)
    ledger.post_payment(db.uow(), cid, days_ago(5), D("80.00"), number="P-2")  # 50.00 owed: 30.00 too much
    lp = open_ledger(qtbot, window, cid)
    assert open_numbers(lp)["P-2"] == "-30.00"
    select(lp.open_view, "P-2")
    shortcut(qtbot, lp.open_view, "Ctrl+Shift+R")
    wait_jobs(qtbot, ctx)
    dlg = dialog(RefundDialog)
    assert dlg.amount_edit.text() == "30.00"
    qtbot.keyClicks(dlg.reason, "overpaid by mistake")
    ok(qtbot, ctx, dlg)
    assert not dlg.isVisible()
    assert open_numbers(lp) == {}
    assert ledger.balance(db.uow(), cid) == D("0.00")
    kinds = [lp.lines_model.data(lp.lines_model.index(r, 1)) for r in range(lp.lines_model.rowCount())]
    assert kinds[-1] == "Refund"


def test_write_off_needs_a_reason(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    lp = open_ledger(qtbot, window, books["customer"].id)
    right_click(qtbot, lp.lines_view, "INV-1", "writeOff")
    wait_jobs(qtbot, ctx)
    dlg = dialog(WriteOffDialog)
    assert dlg.amount_edit.text() == "100.00"
    ok(qtbot, ctx, dlg)
    assert dlg.isVisible() and dlg.messages["reason"].text() == "Say why the amount is written off."
    qtbot.keyClicks(dlg.reason, "customer insolvent")
    ok(qtbot, ctx, dlg)
    assert not dlg.isVisible()
    assert "INV-1" not in open_numbers(lp)
    assert ledger.balance(db.uow(), books["customer"].id) == D("-50.00")  # 300 owed - 250 paid - 100 written off
    wo = [d for d in ledger.documents_by_number(db.uow(), "WO000001")]
    assert wo and wo[0].reason == "customer insolvent"


def test_dispute_takes_the_invoice_out_of_dunning_and_back(qtbot, window, db, books, yes):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    dunning.save_levels(db.uow(), [LevelInfo(1, 7, D("0"), D("0"), "Reminder", D("0"))])
    lp = open_ledger(qtbot, window, books["customer"].id)

    def dunned() -> list[str]:
        return [i.number for p in dunning.propose(db.uow(), TODAY).proposals for i in p.invoices]

    assert dunned() == ["INV-1"]
    select(lp.lines_view, "INV-1")
    shortcut(qtbot, lp.lines_view, "Ctrl+Shift+D")
    wait_jobs(qtbot, ctx)
    assert "Mark Invoice INV-1 disputed?" in yes[-1]
    assert dunned() == []
    assert ledger.find_document(db.uow(), "invoice", "INV-1").disputed
    select(lp.lines_view, "INV-1")
    shortcut(qtbot, lp.lines_view, "Ctrl+Shift+D")
    wait_jobs(qtbot, ctx)
    assert "is disputed. Clear the dispute?" in yes[-1]
    assert dunned() == ["INV-1"]
    assert audit_actions(db)[-2:] == ["document.dispute", "document.undispute"]


def test_promise_to_pay_shows_in_reminders_and_its_outcome(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    lp = open_ledger(qtbot, window, books["customer"].id)
    right_click(qtbot, lp.lines_view, "INV-2", "promise")
    wait_jobs(qtbot, ctx)
    dlg = dialog(PromiseDialog)
    dlg.date.set_date(TODAY + dt.timedelta(days=3))
    dlg.amount_edit.setText("120.00")
    qtbot.keyClicks(dlg.note, "by phone, Mr Li")
    ok(qtbot, ctx, dlg)
    r = reminders.reminders(db.uow(), TODAY, 7)
    assert [(i.reference, i.amount) for i in r.of("promise_due")] == [("INV-2", D("120.00"))]
    # the customer's records show it, and what became of it
    select(lp.lines_view, "INV-2")
    shortcut(qtbot, lp.lines_view, "Ctrl+Shift+L")
    wait_jobs(qtbot, ctx)
    rec = dialog(CustomerRecordsDialog)
    m = rec.promises_model
    assert [m.data(m.index(0, c)) for c in (0, 2, 4, 5)] == ["INV-2", "120.00", "open", "by phone, Mr Li"]
    ledger.post_payment(db.uow(), books["customer"].id, TODAY, D("120.00"), invoice_number="INV-2")
    wait_jobs(qtbot, ctx)
    rec.reload()
    wait_jobs(qtbot, ctx)
    assert m.data(m.index(0, 4)) == "kept"


def test_contract_and_log_entry_from_the_customer_records(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    lp = open_ledger(qtbot, window, books["customer"].id)
    lp.day_actions.records_act.trigger()
    rec = dialog(CustomerRecordsDialog)
    rec.tabs.setCurrentIndex(1)
    qtbot.mouseClick(rec.contract_buttons["newContract"], Qt.MouseButton.LeftButton)
    k = dialog(ContractDialog)
    qtbot.keyClicks(k.number, "K-2026-01")
    k.start.set_date(days_ago(300))
    k.end.set_date(TODAY + dt.timedelta(days=20))
    qtbot.keyClicks(k.value, "36,000.00")
    k.reminder_days.setValue(30)
    ok(qtbot, ctx, k)
    assert not k.isVisible()
    assert rec.contracts_model.rowCount() == 1
    rec.tabs.setCurrentIndex(2)
    qtbot.mouseClick(rec.log_buttons["newLog"], Qt.MouseButton.LeftButton)
    log = dialog(LogDialog)
    log.channel.setCurrentIndex(log.channel.findData("email"))
    qtbot.keyClicks(log.summary, "Sent copy of INV-1")
    log.has_follow_up.setChecked(True)
    log.follow_up.set_date(TODAY + dt.timedelta(days=2))
    ok(qtbot, ctx, log)
    assert rec.log_model.data(rec.log_model.index(0, 1)) == "E-mail"
    r = reminders.reminders(db.uow(), TODAY, 7)
    assert [i.reference for i in r.of("contract_ending")] == ["K-2026-01"]
    assert [i.text for i in r.of("follow_up")] == ["follow up: Sent copy of INV-1"]
    # the follow-up done: no longer a reminder
    rec.log_view.selectRow(0)
    qtbot.mouseClick(rec.log_buttons["followUpDone"], Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert reminders.reminders(db.uow(), TODAY, 7).of("follow_up") == []


def test_hold_with_expiry_and_release(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    lp = open_ledger(qtbot, window, books["customer"].id)
    select(lp.lines_view, "INV-1")
    shortcut(qtbot, lp.lines_view, "Ctrl+Shift+H")
    dlg = dialog(HoldDialog)
    qtbot.keyClicks(dlg.reason, "cheque bounced")
    dlg.has_until.setChecked(True)
    dlg.until.set_date(TODAY + dt.timedelta(days=14))
    ok(qtbot, ctx, dlg)
    assert not dlg.isVisible()
    f = credit.credit_figures(db.uow(), "C1", TODAY)
    assert f.status == "hold" and f.hold_reason == "cheque bounced"
    assert credit.credit_figures(db.uow(), "C1", TODAY + dt.timedelta(days=15)).status == "ok"
    lp.day_actions.release_act.trigger()
    rel = dialog(ReleaseDialog)
    qtbot.keyClicks(rel.note, "paid in cash")
    ok(qtbot, ctx, rel)
    assert credit.credit_figures(db.uow(), "C1", TODAY).status == "ok"
    assert audit_actions(db)[-2:] == ["credit.hold", "credit.release"]


def test_credit_report_opens_in_the_print_preview(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    lp = open_ledger(qtbot, window, books["customer"].id)
    select(lp.lines_view, "INV-1")
    shortcut(qtbot, lp.lines_view, "Ctrl+Shift+C")
    wait_jobs(qtbot, ctx)
    preview = dialog(PrintPreviewDialog)
    assert preview.page_count >= 1 and "C1" in preview.path.name
    preview.close()


def test_merge_duplicates_after_a_preview_of_what_moves(qtbot, window, db, books, yes):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    twin = customers.create_customer(db.uow(), CustomerInput(code="C1B", name="Harbor Supplies Co."))
    ledger.post_invoice(db.uow(), twin.id, days_ago(5), D("40.00"), number="INV-9")
    edit = next(a for a in window.menuBar().actions() if a.text() == "&Edit").menu()
    act = next(a for a in edit.actions() if a.text() == "Find duplicate customers…")
    act.trigger()
    dlg = dialog(DuplicatesDialog)
    wait_jobs(qtbot, ctx)
    assert dlg.groups_model.rowCount() == 1
    dlg.keep.setCurrentIndex(dlg.keep.findData(books["customer"].id))
    dlg.merge.setCurrentIndex(dlg.merge.findData(twin.id))
    wait_jobs(qtbot, ctx)
    assert "Moves: 1 documents" in dlg.preview.text()
    assert "CNY 90.00" in dlg.preview.text()  # 50.00 + 40.00
    qtbot.mouseClick(dlg.merge_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert "Merge C1B into C1?" in yes[-1]
    assert ledger.balance(db.uow(), "C1") == D("90.00")
    assert [r.code for r in customers.list_customers(db.uow(), customers.CustomerFilter())] == ["C1"]
    assert dlg.groups_model.rowCount() == 0
    assert audit_actions(db)[-1] == "customer.merge"


def test_the_menu_offers_only_what_fits_the_line(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    lp = open_ledger(qtbot, window, books["customer"].id)
    la = lp.day_actions
    select(lp.lines_view, "INV-1")
    la.update_enabled()
    assert la.write_off_act.isEnabled() and la.dispute_act.isEnabled() and not la.refund_act.isEnabled()
    assert la.apply_act.isEnabled()  # P-1 is unapplied: it can go to this invoice
    select(lp.lines_view, "P-1")
    la.update_enabled()
    assert la.apply_act.isEnabled() and la.refund_act.isEnabled() and not la.write_off_act.isEnabled()
    assert QPoint  # the menu itself is exercised above


def test_hold_and_credit_report_from_the_credit_page(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    window.go("credit")
    wait_jobs(qtbot, ctx)
    page = window.page("credit")
    view = page.table
    view.customContextMenuRequested.emit(view.visualRect(page.model.index(0, 1)).center())
    menu = next(m for m in page.findChildren(QMenu, "customerMenu") if m.isVisible())
    act = next(a for a in menu.actions() if a.objectName() == "hold")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(act).center())
    dlg = dialog(HoldDialog)
    qtbot.keyClicks(dlg.reason, "over 90 days")
    ok(qtbot, ctx, dlg)
    assert credit.credit_figures(db.uow(), "C1", TODAY).status == "hold"
    status = page.model.data(page.model.index(0, [c.title for c in page.model.columns].index("Status")))
    assert status == "on hold"
    view.customContextMenuRequested.emit(view.visualRect(page.model.index(0, 1)).center())
    menu = next(m for m in page.findChildren(QMenu, "customerMenu") if m.isVisible())
    act = next(a for a in menu.actions() if a.objectName() == "creditReport")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(act).center())
    wait_jobs(qtbot, ctx)
    assert isinstance(page.customer_menu.dialog, PrintPreviewDialog) and page.customer_menu.dialog.page_count >= 1
    page.customer_menu.dialog.close()


def test_the_customers_page_opens_the_records(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    window.go("customers")
    wait_jobs(qtbot, ctx)
    page = window.page("customers")
    view = page.table
    view.customContextMenuRequested.emit(view.visualRect(page.model.index(0, 1)).center())
    menu = next(m for m in page.findChildren(QMenu, "customerMenu") if m.isVisible())
    act = next(a for a in menu.actions() if a.objectName() == "customerRecords")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(act).center())
    rec = dialog(CustomerRecordsDialog)
    wait_jobs(qtbot, ctx)
    assert rec.windowTitle() == "Customer records: C1 Harbor Supplies"


def test_record_a_broken_promise_and_it_leaves_the_reminders(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    reminders.add_promise(db.uow(), "INV-1", days_ago(3), D("100.00"), "said Friday")
    assert [i.reference for i in reminders.reminders(db.uow(), TODAY, 7).of("promise_broken")] == ["INV-1"]
    lp = open_ledger(qtbot, window, books["customer"].id)
    lp.day_actions.records_act.trigger()
    rec = dialog(CustomerRecordsDialog)
    wait_jobs(qtbot, ctx)
    m = rec.promises_model
    assert m.data(m.index(0, 4)) == "broken"
    rec.promises_view.selectRow(0)
    qtbot.mouseClick(rec.promise_buttons["promiseOutcome"], Qt.MouseButton.LeftButton)
    out = dialog(OutcomeDialog)
    assert out.outcome.currentData() == "broken"
    qtbot.keyClicks(out.note, "called again, new date next week")
    ok(qtbot, ctx, out)
    assert not out.isVisible()
    assert m.data(m.index(0, 4)) == "broken · recorded"
    assert reminders.reminders(db.uow(), TODAY, 7).of("promise_broken") == []
    assert audit_actions(db)[-1] == "promise.outcome"


def test_right_click_an_invoice_to_apply_the_unapplied_payment_to_it(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    lp = open_ledger(qtbot, window, books["customer"].id)
    right_click(qtbot, lp.lines_view, "INV-2", "applyCredit")
    wait_jobs(qtbot, ctx)
    dlg = dialog(ApplyCreditDialog)
    assert dlg.credit.number == "P-1" and dlg.target.currentData() == books["inv2"].id
    assert dlg.amount_edit.text() == "200.00"
    ok(qtbot, ctx, dlg)
    assert open_numbers(lp) == {"INV-1": "100.00", "P-1": "-50.00"}


def test_edit_and_delete_a_contract(qtbot, window, db, books, yes):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    reminders.add_contract(db.uow(), "C1", "K-1", days_ago(100), TODAY + dt.timedelta(days=200), D("500.00"), 30)
    lp = open_ledger(qtbot, window, books["customer"].id)
    lp.day_actions.records_act.trigger()
    rec = dialog(CustomerRecordsDialog)
    wait_jobs(qtbot, ctx)
    rec.tabs.setCurrentIndex(1)
    rec.contracts_view.selectRow(0)
    qtbot.mouseClick(rec.contract_buttons["editContract"], Qt.MouseButton.LeftButton)
    k = dialog(ContractDialog)
    assert k.number.text() == "K-1" and k.value.text() == "500.00"
    k.end.set_date(TODAY + dt.timedelta(days=10))
    ok(qtbot, ctx, k)
    assert [i.reference for i in reminders.reminders(db.uow(), TODAY, 7).of("contract_ending")] == ["K-1"]
    rec.contracts_view.selectRow(0)
    qtbot.mouseClick(rec.contract_buttons["deleteContract"], Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert yes[-1] == "Delete contract K-1?"
    assert rec.contracts_model.rowCount() == 0 and reminders.contracts(db.uow(), "C1") == []


def test_void_from_the_open_items(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    lp = open_ledger(qtbot, window, books["customer"].id)
    right_click(qtbot, lp.open_view, "P-1", "void")
    dlg = dialog(VoidDialog)
    qtbot.keyClicks(dlg.reason, "posted twice")
    qtbot.mouseClick(dlg.post_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert not dlg.isVisible()
    assert ledger.find_document(db.uow(), "payment", "P-1").status == "voided"
    assert open_numbers(lp) == {"INV-1": "100.00", "INV-2": "200.00"}


def test_a_broken_promise_in_the_reminders_opens_the_customers_promises(qtbot, window, db, books):  # type: ignore[no-untyped-def]
    ctx = window.ctx
    reminders.add_promise(db.uow(), "INV-1", days_ago(2), D("100.00"))
    window.go("collections")
    page = window.page("collections")
    page.tabs.setCurrentWidget(page.reminders_tab)
    page.reminders_tab.reload()
    wait_jobs(qtbot, ctx)
    tab = page.reminders_tab
    m = tab.model
    row = next(r for r in range(m.rowCount()) if m.row_at(r).kind == "promise_broken")
    rect = tab.table.visualRect(m.index(row, 2))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    rec = dialog(CustomerRecordsDialog)
    wait_jobs(qtbot, ctx)
    assert rec.tabs.currentIndex() == 0 and rec.promises_model.rowCount() == 1
    rec.close()
    # an overdue invoice: right-click opens the document
    row = next(r for r in range(m.rowCount()) if m.row_at(r).kind == "overdue")
    tab.table.customContextMenuRequested.emit(tab.table.visualRect(m.index(row, 2)).center())
    menu = next(x for x in page.findChildren(QMenu, "reminderMenu") if x.isVisible())
    act = next(a for a in menu.actions() if a.objectName() == "openDocument")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(act).center())
    wait_jobs(qtbot, ctx)
    assert dialog(DocumentDialog).heading.text() == "Invoice INV-1"
