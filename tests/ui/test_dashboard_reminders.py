"""The dashboard's reminders panel (PRODUCT §7), and service errors in Chinese (issue 3)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.services import company as company_svc
from app.services.collections import reminders
from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.dialogs.customer import CustomerDialog
from app.ui.dialogs.entry import InvoiceDialog
from app.ui.dialogs.override import OverrideDialog
from app.ui.main_window import MainWindow
from app.ui.views.dashboard import RemindersPanel
from tests.services.ledger_helpers import customer, invoice
from tests.ui.conftest import wait_jobs

TODAY = dt.date(2025, 2, 5)


def _cjk(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None


def _company(db: Database) -> dict[str, int]:
    """C1 owes an overdue invoice; C2 broke a promise on an invoice not yet due and has a contract ending."""
    customer(db, "C1", "Harbor Trading Ltd")
    customer(db, "C2", "上海示例贸易有限公司")
    invoice(db, "C1", "2025-01-01", "100.00", number="I1", due="2025-01-31")  # 5 days overdue on TODAY
    invoice(db, "C2", "2025-01-20", "500.00", number="I2", due="2025-03-31")  # not due within 7 days
    reminders.add_promise(db.uow(), "I2", dt.date(2025, 2, 3), Decimal("500.00"), "CFO called")  # nothing came
    reminders.add_contract(db.uow(), "C2", "K-1", dt.date(2024, 3, 1), dt.date(2025, 2, 20), Decimal("50000.00"),
                           30)
    return {c.code: c.id for c in customers.list_customers(db.uow(), customers.CustomerFilter())}


def _window(qtbot, db: Database, lang: str) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    ctx = AppContext()
    ctx.today_override = TODAY
    ctx.set_language(lang, save=False)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    ctx.set_database(db, company_svc.company_info(db.uow()))
    w.resize(1280, 800)
    w.show()
    wait_jobs(qtbot, ctx)
    yield w
    ctx.jobs.wait(10000)
    ctx.set_language("en", save=False)  # the translators are the application's: leave it in English
    ctx.db = None
    w.close()


@pytest.fixture
def english(qtbot, db: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from _window(qtbot, db, "en")


@pytest.fixture
def chinese(qtbot, db: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from _window(qtbot, db, "zh_CN")


def _panel(window: MainWindow) -> RemindersPanel:
    page = window.page("dashboard")
    assert page is not None
    panel = page.reminders  # type: ignore[attr-defined]
    assert isinstance(panel, RemindersPanel)
    return panel


def test_the_dashboard_counts_the_reminders_and_a_double_click_opens_the_ledger(qtbot, db, english):  # type: ignore[no-untyped-def]
    ids = _company(db)
    ctx = english.ctx
    ctx.data_changed.emit()  # as after any write: the dashboard reloads, reminders after the figures
    wait_jobs(qtbot, ctx)
    panel = _panel(english)
    assert panel.counts() == {"overdue": 1, "due_soon": 0, "promise_broken": 1, "promise_due": 0,
                              "contract_ending": 1, "follow_up": 0, "order_not_invoiced": 0, "order_late": 0}
    assert panel.chips["overdue"].text() == "Overdue  1"
    assert panel.chips["promise_broken"].text() == "Promise broken  1"
    assert panel.chips["contract_ending"].text() == "Contract ending  1"
    assert not panel.chips["follow_up"].isEnabled()
    rows = panel.model.rows
    assert [(r.kind, r.customer, r.reference) for r in rows] == [
        ("promise_broken", "C2", "I2"), ("contract_ending", "C2", "K-1"), ("overdue", "C1", "I1")]
    texts = [[panel.model.data(panel.model.index(r, c)) for c in range(4)] for r in range(3)]
    assert texts[2] == ["Overdue", "Harbor Trading Ltd", "100.00", "5 days overdue"]
    assert texts[1][3] == "ends in 15 days"
    assert panel.stack.currentWidget() is panel.view

    # a chip shows one kind only; clicking it again shows them all
    qtbot.mouseClick(panel.chips["overdue"], Qt.MouseButton.LeftButton)
    assert [r.reference for r in panel.model.rows] == ["I1"]
    qtbot.mouseClick(panel.chips["overdue"], Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 3

    # double-click the overdue invoice: C1's ledger
    view = panel.view
    index = panel.model.index(2, 1)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_jobs(qtbot, ctx)
    assert english.current_key() == "ledger"
    assert english.page("ledger").customer_id == ids["C1"]  # type: ignore[union-attr]

    # and the broken promise: C2's ledger
    english.go("dashboard")
    index = panel.model.index(0, 1)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_jobs(qtbot, ctx)
    assert english.current_key() == "ledger"
    assert english.page("ledger").customer_id == ids["C2"]  # type: ignore[union-attr]

    # from the keyboard: the overdue invoice's row, Enter
    english.go("dashboard")
    view.setFocus()
    view.setCurrentIndex(panel.model.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    wait_jobs(qtbot, ctx)
    assert english.current_key() == "ledger"
    assert english.page("ledger").customer_id == ids["C1"]  # type: ignore[union-attr]


def test_an_empty_company_says_there_is_nothing_to_do(qtbot, english):  # type: ignore[no-untyped-def]
    panel = _panel(english)
    assert panel.counts() == {k: 0 for k in reminders.KINDS}
    assert panel.stack.currentWidget() is panel.empty
    assert panel.empty.text() == "Nothing to act on in the next 7 days."


def test_the_reminders_panel_reads_in_chinese(qtbot, db, chinese):  # type: ignore[no-untyped-def]
    _company(db)
    chinese.ctx.data_changed.emit()
    wait_jobs(qtbot, chinese.ctx)
    panel = _panel(chinese)
    assert panel.chips["overdue"].text() == "逾期  1"
    assert panel.chips["promise_broken"].text() == "承诺未兑现  1"
    assert panel.title.text() == "提醒"
    row = [panel.model.data(panel.model.index(2, c)) for c in range(4)]
    assert row == ["逾期", "Harbor Trading Ltd", "100.00", "逾期 5 天"]
    tip = panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "I2" in tip and _cjk(tip)


def _dialog(kind):  # type: ignore[no-untyped-def]
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


def test_a_customer_form_error_is_shown_in_chinese(qtbot, db, chinese):  # type: ignore[no-untyped-def]
    chinese.go("customers")
    page = chinese.page("customers")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    dlg = _dialog(CustomerDialog)
    qtbot.keyClicks(dlg.name, "Harbor Supplies Co.")
    qtbot.keyClicks(dlg.email, "not-an-email")
    qtbot.keyClicks(dlg.tax_id, "91310000MA1FL8XQ3Y")  # a USCC with a wrong check character
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, chinese.ctx)
    assert dlg.isVisible()
    email, tax = dlg.messages["email"].text(), dlg.messages["tax_id"].text()
    assert email == "不是有效的电子邮件地址"
    assert tax == "不是有效的统一社会信用代码（校验位不符）"
    assert customers.list_customers(db.uow(), customers.CustomerFilter()) == []
    dlg.reject()


def test_a_refused_posting_is_explained_in_chinese(qtbot, db, chinese):  # type: ignore[no-untyped-def]
    customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd",
                                                      credit_limit=Decimal("1000.00")))
    cid = customers.get_customer(db.uow(), "C1").id
    chinese.go("ledger", cid)
    wait_jobs(qtbot, chinese.ctx)
    lp = chinese.page("ledger")
    qtbot.mouseClick(lp.invoice_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    inv = _dialog(InvoiceDialog)
    qtbot.keyClicks(inv.amount, "1,200.00")
    seen: list[str] = []

    def answer() -> None:
        dlg = _dialog(OverrideDialog)
        seen.append(dlg.message.text())
        dlg.reject()  # no override: nothing is posted

    QTimer.singleShot(300, answer)
    qtbot.mouseClick(inv.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    wait_jobs(qtbot, chinese.ctx)
    assert seen[0] == "客户 C1 信用审核未通过：风险敞口 1,200.00 将超过信用额度 1,000.00；需要填写原因才能越权放行"
    assert inv.isVisible() and inv.post_button.isEnabled()
    inv.reject()


def test_an_import_row_error_is_shown_in_chinese(qtbot, db, chinese, tmp_path):  # type: ignore[no-untyped-def]
    from app.ui.dialogs.import_wizard import ImportWizard
    from tests.ui.test_import_wizard import invoices_workbook

    customer(db, "C1", "上海华东贸易有限公司")
    customer(db, "C2", "Harbor Trading Ltd")
    w = ImportWizard(chinese.ctx, path=str(invoices_workbook(tmp_path / "发票.xlsx")))
    qtbot.addWidget(w)
    w.show()
    wait_jobs(qtbot, chinese.ctx)
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)  # to the columns
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)  # to the check
    wait_jobs(qtbot, chinese.ctx)
    assert w.preview.problems == {1: "金额: 不允许使用千位分隔符: '1,200.00'"}
    w.reject()
