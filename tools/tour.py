"""A walk through every page and dialog of the program, for the screenshots and the language test.

``tour(...)`` yields ``(name, widget)`` for the welcome page, each page of the main window (each tab
and each report too), and each dialog a bookkeeper can open, opened the way the program opens it
(its page's method or the main window's menu slot) on an open company. The caller looks at the
widget (grabs it, reads its texts); the tour closes the dialog when the caller asks for the next.
Nothing is written to the company: dialogs are shown and cancelled.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget, QWizard

from app.ui.context import AppContext

Settle = Callable[[int], None]


def busiest_customer(ctx: AppContext) -> int | None:
    """The customer with the largest balance: its ledger is a living account."""
    from app.services.customers import records as csvc

    rows = csvc.list_customers(ctx.uow(), csvc.CustomerFilter(with_balance=True))
    return max(rows, key=lambda r: r.balance).id if rows else None


def _new_dialog(before: set[int]) -> QDialog | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible() and id(w) not in before:
            return w
    return None


def _open_dialogs() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()}


def _close(dlg: QWidget | None, settle: Settle) -> None:
    if dlg is None:
        return
    if isinstance(dlg, QDialog):
        dlg.reject()
    dlg.close()
    settle(100)


def import_sample(folder: Path) -> Path:
    """A small CSV of customers with Chinese headers, as a bookkeeper's export would have."""
    path = folder / "客户.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["客户编码", "客户名称", "联系人", "联系电话", "账期", "信用额度"])
        w.writerow(["N001", "杭州新客户贸易有限公司", "王芳", "0571-8888 0000", "30", "50000"])
        w.writerow(["N002", "苏州示例电子商行", "李强", "0512-6666 0000", "45", ""])
    return path


def tour(win: Any, ctx: AppContext, company_path: str, settle: Settle, work: Path) -> Iterator[tuple[str, QWidget]]:
    """Every page and dialog, on the company file ``company_path`` (``work``: a scratch folder)."""
    from app.ui.startup import open_company_file

    yield "welcome", win
    db, info, _owner = open_company_file(company_path)
    ctx.set_database(db, info)
    settle(800)
    busiest = busiest_customer(ctx)
    today = ctx.today()

    # ---- the pages (each tab, each report)
    for key in list(win.page_keys):
        win.go(key, busiest if key == "ledger" else None)
        page = win.page(key)
        if page is None:
            continue
        if key == "reports" and hasattr(page, "choice"):
            page.set_period(today - dt.timedelta(days=365), today)  # a year of figures, not an empty form
            for i in range(page.choice.count()):
                page.choice.setCurrentIndex(i)
                page.run()
                settle(500)
                yield ("reports" if i == 0 else f"reports-{page.choice.itemData(i)}"), win
            page.choice.setCurrentIndex(0)
            continue
        settle(600)
        yield key, win
        for tabs in page.findChildren(QTabWidget):
            for i in range(1, tabs.count()):
                tabs.setCurrentIndex(i)
                settle(400)
                yield f"{key}-tab{i + 1}", win
            tabs.setCurrentIndex(0)
    page = win.page("audit")
    if page is not None and page.model.rowCount():  # the chosen entry with its details open
        win.go("audit")
        page.table.selectRow(0)
        page.details_button.setChecked(True)
        settle(200)
        yield "audit-details", win
        page.details_button.setChecked(False)

    # ---- customers
    cust = win.page("customers")
    if cust is not None and busiest is not None:
        win.go("customers")
        settle(300)
        cust.select_id(busiest)
        before = _open_dialogs()
        cust.edit()
        settle(500)
        dlg = _new_dialog(before)
        if dlg is not None:
            yield "customer-form", dlg
            _close(dlg, settle)
        before = _open_dialogs()
        cust.new_item()
        settle(300)
        dlg = _new_dialog(before)
        if dlg is not None:
            yield "customer-new", dlg
            _close(dlg, settle)

    # ---- documents
    lp = win.page("ledger")
    if lp is not None and busiest is not None:
        win.go("ledger", busiest)
        settle(500)
        inv = lp.new_invoice()
        if inv is not None:
            inv.use_lines.setChecked(True)
            for col, text in enumerate(("钢管 50 mm" if ctx.language == "zh_CN" else "Steel pipe 50 mm",
                                        "120", "35.50", "13")):
                item = inv.lines.item(0, col)
                if item is not None:
                    item.setText(text)
            inv.add_line("运费" if ctx.language == "zh_CN" else "Freight", "1", "280.00", "9")
            settle(200)
            yield "invoice-dialog", inv
            _close(inv, settle)
        pay = lp.new_payment()
        if pay is not None:
            settle(300)
            pay.amount.setText("20,000.00")
            settle(600)
            yield "payment-dialog", pay
            _close(pay, settle)
        note = lp.new_credit_note()
        if note is not None:
            settle(300)
            yield "credit-note-dialog", note
            _close(note, settle)
        if lp.lines_model.rowCount():
            lp.lines_view.setCurrentIndex(lp.lines_model.index(lp.lines_model.rowCount() - 1, 0))
            void = lp.void_selected()
            if void is not None:
                settle(300)
                yield "void-dialog", void
                _close(void, settle)

    # ---- statements, letters, the print preview
    if busiest is not None:
        from app.services.customers import records as csvc
        from app.ui.dialogs.print_preview import show_statement_preview

        code = csvc.get_customer(ctx.uow(), busiest).code
        before = _open_dialogs()
        show_statement_preview(ctx, code, today - dt.timedelta(days=90), today, parent=win)
        settle(1500)
        dlg = _new_dialog(before)
        if dlg is not None:
            yield "statement-preview", dlg
            _close(dlg, settle)
    for name, slot in (("statement-batch", win.statement_batch), ("backup-dialog", win.backup_dialog),
                       ("import-wizard", win.import_wizard), ("connect-server", win.connect_server),
                       ("new-company", win.new_company)):
        before = _open_dialogs()
        slot()
        settle(500)
        dlg = _new_dialog(before)
        if dlg is None:
            continue
        if name == "new-company":
            dlg.name.setText("上海示例贸易有限公司" if ctx.language == "zh_CN" else "Example Trading Co., Ltd.")
            settle(100)
        yield name, dlg
        _close(dlg, settle)

    # ---- the dialogs of the newer areas (mail, automation, orders, customer records, batch print)
    from app.ui.dialogs.automation import AutomationDialog
    from app.ui.dialogs.classify import ClassifyPreviewDialog, ClassifyRulesDialog, GradeRulesDialog
    from app.ui.dialogs.customer_records import ContractDialog, LogDialog
    from app.ui.dialogs.mail_statement import MailStatementDialog
    from app.ui.dialogs.order import OrderDialog
    from app.ui.dialogs.print_batch import PrintBatchDialog
    from app.ui.dialogs.smtp_settings import SmtpSettingsDialog

    more: list[tuple[str, Callable[[], QDialog]]] = [
        ("automation", lambda: AutomationDialog(ctx, win)),
        ("smtp-settings", lambda: SmtpSettingsDialog(ctx, win)),
        ("print-batch", lambda: PrintBatchDialog(ctx, win)),
        ("classify-rules", lambda: ClassifyRulesDialog(ctx, win)),
        ("classify-preview", lambda: ClassifyPreviewDialog(ctx, None, win)),
        ("grade-rules", lambda: GradeRulesDialog(ctx, win)),
    ]
    if busiest is not None:
        from app.services.customers import records as csvc

        code = csvc.get_customer(ctx.uow(), busiest).code
        more += [("mail-statement", lambda: MailStatementDialog(ctx, busiest, today - dt.timedelta(days=90), today, win)),
                 ("order-dialog", lambda: OrderDialog(ctx, code, win)),
                 ("contract-dialog", lambda: ContractDialog(ctx, code, code, parent=win)),
                 ("log-dialog", lambda: LogDialog(ctx, code, code, win))]
    for name, make in more:
        extra = make()
        extra.show()
        settle(500)
        yield name, extra
        _close(extra, settle)

    from app.ui.dialogs.import_wizard import ImportWizard

    wiz = ImportWizard(ctx, win, path=str(import_sample(work)))
    wiz.show()
    settle(600)
    wiz.next_button.click()  # to the columns
    settle(300)
    yield "import-columns", wiz
    wiz.next_button.click()  # to the check
    settle(800)
    yield "import-check", wiz
    _close(wiz, settle)

    from app.ui.dialogs.backup import RecoveryKeyDialog

    rk = RecoveryKeyDialog(win, str(work / "recovery-key.age"))
    rk.show()
    settle(100)
    yield "recovery-key", rk
    _close(rk, settle)

    col = win.page("collections")
    if col is not None and hasattr(col, "dunning_tab"):
        win.go("collections")
        settle(300)
        col.dunning_tab.open_wizard()
        settle(300)
        dw = col.dunning_tab.wizard
        yield "dunning-wizard", dw
        dw.button(QWizard.WizardButton.NextButton).click()
        settle(1200)
        yield "dunning-proposals", dw
        _close(dw, settle)

    from app.services.errors import CreditRefused
    from app.ui.dialogs.login import LoginDialog
    from app.ui.dialogs.override import OverrideDialog
    from app.ui.errors import show_error

    refused = CreditRefused("exposure 250000.00 would exceed the credit limit 200000.00", customer="C000001",
                            status="over")
    od = OverrideDialog(refused, win)
    od.show()
    settle(100)
    yield "credit-override", od
    _close(od, settle)
    assert ctx.db is not None
    ld = LoginDialog(ctx.db, win, company=ctx.company.name if ctx.company else "")
    ld.show()
    settle(100)
    yield "login", ld
    _close(ld, settle)
    before = _open_dialogs()
    show_error(win, refused)
    settle(100)
    box = _new_dialog(before)
    if box is not None:
        yield "error-message", box
        _close(box, settle)
