"""The Reconciliation page as a bookkeeper uses it: import a statement, confirm the certain
matches in one go, pick invoices for a line, set one aside, and watch the totals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from app.services.bank import statements
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from app.ui.main_window import MainWindow
from app.ui.views.bank import BankPage
from tests.services.ledger_helpers import customer, d, invoice
from tests.ui.conftest import wait_jobs


def _page(qtbot, window: MainWindow, db: Database) -> BankPage:  # type: ignore[no-untyped-def]
    customer(db, "C1", "Acme Trading Co., Ltd.")
    invoice(db, "C1", "2026-08-01", "1200.00", "INV-0001")
    customer(db, "C2", "上海华东贸易有限公司")
    invoice(db, "C2", "2026-08-05", "500.00", "INV-0002")
    invoice(db, "C2", "2026-08-09", "300.00", "INV-0003")
    window.go("bank")
    page = window.page("bank")
    assert isinstance(page, BankPage)
    page.create_account("ICBC-0012")
    wait_jobs(qtbot, window.ctx)
    return page


def test_import_confirm_certain_pick_invoices_ignore_and_totals(qtbot, window: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    page = _page(qtbot, window, db)
    assert page.account.currentText() == "ICBC-0012"
    f = tmp_path / "oct.csv"
    f.write_text("Date,Amount,Payer,Memo\n2026-10-05,1200.00,Acme,Payment INV-0001\n"
                 "2026-10-06,800.00,华东,transfer\n2026-10-31,-15.00,Bank,Account fee\n", encoding="utf-8")

    # a file dropped on the page: the mapping is guessed from the headers and previewed
    dlg = page.import_file(f)
    assert dlg.table.rowCount() == 3
    assert dlg.ok.isEnabled()
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    assert page.lines_model.rowCount() == 3
    assert [ln.status for ln in page.lines_model.rows] == ["proposed", "unmatched", "unmatched"]
    assert "matched CNY 0.00 · unmatched CNY 2,000.00" in page.totals_label.text()

    qtbot.mouseClick(page.certain_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    assert [ln.status for ln in page.lines_model.rows] == ["matched", "unmatched", "unmatched"]
    assert ledger.balance(db.uow(), "C1", d("2026-12-31")).is_zero()
    assert "matched CNY 1,200.00 · unmatched CNY 800.00" in page.totals_label.text()

    # the 800.00 from 华东: type the customer, tick both invoices, confirm
    page.lines_view.selectRow(1)
    qtbot.keyClicks(page.customer_edit, "C2")
    qtbot.keyClick(page.customer_edit, Qt.Key.Key_Return)
    wait_jobs(qtbot, window.ctx)
    assert page.invoices.rowCount() == 2
    for r in range(2):
        page.invoices.item(r, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.confirm_ticked, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    assert ledger.balance(db.uow(), "C2", d("2026-12-31")).is_zero()
    assert page.lines_model.rows[1].status == "matched"

    # the bank's fee: set aside with a reason
    page.lines_view.selectRow(2)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        box.setTextValue("bank fee, booked elsewhere")
        box.accept()

    QTimer.singleShot(100, answer)
    qtbot.mouseClick(page.ignore_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    assert page.lines_model.rows[2].status == "ignored"
    t = statements.totals(db.uow(), "ICBC-0012")
    assert str(t.matched) == "2000.00" and t.difference.is_zero()
    assert page.totals_label.text() == ("Statement in CNY 2,000.00 · matched CNY 2,000.00 · unmatched CNY 0.00 · "
                                        "set aside CNY 0.00 · out CNY 15.00 · difference CNY 0.00")


def test_enter_confirms_the_best_proposal_and_undo_brings_the_line_back(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, db: Database, tmp_path: Path) -> None:
    page = _page(qtbot, window, db)
    f = tmp_path / "s.csv"
    f.write_text("Date,Amount,Payer,Memo\n2026-10-05,800.00,x,INV-0002 INV-0003\n", encoding="utf-8")
    dlg = page.import_file(f)
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    page.lines_view.setFocus()
    page.lines_view.selectRow(0)
    assert "INV-0002, INV-0003" in page.reason_label.text()
    qtbot.keyClick(page.lines_view, Qt.Key.Key_Return)
    wait_jobs(qtbot, window.ctx)
    assert page.lines_model.rows[0].status == "matched"
    qtbot.mouseClick(page.unconfirm_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    assert page.lines_model.rows[0].status == "unmatched"
    assert str(ledger.balance(db.uow(), "C2", d("2026-12-31"))) == "800.00"


def test_one_line_split_over_two_customers_by_ticking_invoices_of_each(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, db: Database, tmp_path: Path) -> None:
    page = _page(qtbot, window, db)
    f = tmp_path / "s.csv"
    f.write_text("Date,Amount,Payer,Memo\n2026-10-05,1700.00,Group treasury,September\n", encoding="utf-8")
    dlg = page.import_file(f)
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    page.lines_view.selectRow(0)
    for code, number in (("C1", "INV-0001"), ("C2", "INV-0002")):
        page.customer_edit.clear()
        qtbot.keyClicks(page.customer_edit, code)
        qtbot.keyClick(page.customer_edit, Qt.Key.Key_Return)
        wait_jobs(qtbot, window.ctx)
        row = next(r for r in range(page.invoices.rowCount()) if page.invoices.item(r, 0).text() == number)
        page.invoices.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert page.picked_label.text() == "Ticked: INV-0001, INV-0002"
    qtbot.mouseClick(page.confirm_ticked, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    assert page.lines_model.rows[0].status == "matched"
    assert len(page.lines_model.rows[0].payments) == 2
    assert ledger.balance(db.uow(), "C1", d("2026-12-31")).is_zero()
    assert str(ledger.balance(db.uow(), "C2", d("2026-12-31"))) == "300.00"
