"""Screenshots of every view, in English and in Chinese, on the demo company.

    QT_QPA_PLATFORM=offscreen python -m tools.screenshots docs/screenshots [--db demo.duebook]

Without ``--db`` a fresh demo company is made in a temporary folder (the user's own
settings and files are never touched). Writes ``<lang>-<view>.png`` for each page of the
main window and for the main dialogs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.unit_of_work import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out", type=Path)
    p.add_argument("--db", help="an existing company file (default: a new demo company)")
    p.add_argument("--size", default="1366x820")
    args = p.parse_args(argv)
    home = tempfile.mkdtemp(prefix="duebook-shots-")
    os.environ["DUEBOOK_HOME"] = home  # settings of this run stay here

    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from app.ui.main import install_fonts, make_demo

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    install_fonts(app)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.db
    if path is None:
        path = str(Path(home) / "demo.duebook")
        t0 = time.perf_counter()
        db, _info = make_demo(path, "zh_CN")
        add_reminder_examples(db)
        db.close()
        print(f"demo company made in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    width, height = (int(v) for v in args.size.split("x"))
    written = 0
    for lang in ("en", "zh_CN"):
        written += shoot(app, path, lang, args.out, width, height, QWidget, QDialog)
    print(f"{written} screenshots in {args.out}")
    return 0


def add_reminder_examples(db: Database) -> None:
    """Promises, a contract and a follow-up on the demo company, so that every kind of reminder shows.

    Through the services, as a bookkeeper would record them: a promise to pay that did not arrive,
    one due in a few days, a contract ending within its reminder days and a call to return.
    """
    import datetime as dt

    from app.services import communication, reminders

    today = dt.date.today()
    r = reminders.reminders(db.read_uow(), today, 7)
    overdue = r.of("overdue")
    if len(overdue) < 2:
        return
    broken, due = overdue[-1], overdue[-2]  # the most recent overdue invoices of two customers
    assert broken.amount is not None and due.amount is not None
    reminders.add_promise(db.uow(), broken.reference, today - dt.timedelta(days=3), broken.amount,
                          "财务说周五付款 / promised on the phone")
    reminders.add_promise(db.uow(), due.reference, today + dt.timedelta(days=4), due.amount, "")
    first = overdue[0]
    reminders.add_contract(db.uow(), first.customer, "HT-2025-018", today - dt.timedelta(days=353),
                           today + dt.timedelta(days=12), broken.amount * 40, 30, "年度供货合同 / supply contract")
    communication.add_entry(db.uow(), due.customer, communication.CommunicationInput(
        today - dt.timedelta(days=5), "phone", "Asked for a copy of the statement; call back about the freight",
        today + dt.timedelta(days=2)))


def shoot(app, path: str, lang: str, out: Path, width: int, height: int, QWidget, QDialog) -> int:  # type: ignore[no-untyped-def]
    from app.services import customers as csvc
    from app.services import ledger as lsvc
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.startup import open_company_file

    ctx = AppContext()
    ctx.set_language(lang, save=False)
    win = MainWindow(ctx)
    win.resize(width, height)
    win.show()

    def settle(ms: int = 400) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end or ctx.jobs.pending:
            app.processEvents()
            time.sleep(0.01)

    settle(200)
    count = 0
    prefix = "en" if lang == "en" else "zh"

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        nonlocal count
        widget.grab().save(str(out / f"{prefix}-{name}.png"))
        count += 1

    save(win, "welcome")
    db, info, _owner = open_company_file(path)
    ctx.set_database(db, info)
    settle(800)
    # the customer with the busiest ledger, so that the ledger view shows a living account
    top = lsvc.recent_documents(db.uow(), 1)
    rows = csvc.list_customers(db.uow(), csvc.CustomerFilter(with_balance=True))
    busiest = max(rows, key=lambda r: r.balance).id if rows else (top[0].customer_id if top else None)
    import datetime as dt

    for key in list(win.page_keys):
        win.go(key, busiest if key == "ledger" else None)
        page = win.page(key)
        if key == "reports" and hasattr(page, "set_period") and hasattr(page, "run"):
            today = ctx.today()
            page.set_period(today - dt.timedelta(days=365), today)  # a year of figures, not an empty form
            page.run()
        settle(600)
        save(win, key)
    # the main dialogs
    cust = win.page("customers")
    if cust is not None and busiest is not None:
        win.go("customers")
        settle(300)
        cust.select_id(busiest)  # type: ignore[attr-defined]
        cust.edit()  # type: ignore[attr-defined]
        settle(500)
        shoot_dialogs(app, save, settle, QDialog, "customer-form")
    lp = win.page("ledger")
    if lp is not None and busiest is not None:
        win.go("ledger", busiest)
        settle(500)
        inv = lp.new_invoice()  # type: ignore[attr-defined]
        if inv is not None:
            inv.use_lines.setChecked(True)
            for col, text in enumerate(("Steel pipe 50 mm", "120", "35.50", "13")):
                item = inv.lines.item(0, col)
                if item is not None:
                    item.setText(text)
            inv.add_line("Freight", "1", "280.00", "9")
            settle(200)
            save(inv, "invoice-dialog")
            inv.reject()
        pay = lp.new_payment()  # type: ignore[attr-defined]
        if pay is not None:
            settle(300)
            pay.amount.setText("20,000.00")
            settle(600)
            save(pay, "payment-dialog")
            pay.reject()
    from app.ui.first_run import NewCompanyDialog

    nc = NewCompanyDialog(ctx, win)
    nc.name.setText("上海示例贸易有限公司" if lang == "zh_CN" else "Example Trading Co., Ltd.")
    nc.show()
    settle(200)
    save(nc, "new-company")
    nc.reject()
    ctx.jobs.wait(20000)
    win.close()
    settle(100)
    win.deleteLater()
    return count


def shoot_dialogs(app, save, settle, QDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    for w in app.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            settle(200)
            save(w, name)
            w.reject()
            return


if __name__ == "__main__":
    raise SystemExit(main())
