"""Screenshots of every view, in English and in Chinese, on the demo company.

    QT_QPA_PLATFORM=offscreen python -m tools.screenshots docs/screenshots [--db demo.duebook]

Without ``--db`` a fresh demo company is made in a temporary folder (the user's own
settings and files are never touched). Writes ``<lang>-<view>.png`` for each page of the
main window (each tab and each report) and for each dialog (tools/tour.py), on a screen of
1366x768 (a small laptop), and names any dialog that does not fit it.
"""

from __future__ import annotations

import argparse
import json
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
    p.add_argument("--size", default="1366x768", help="the screen (default: a 1366x768 laptop)")
    args = p.parse_args(argv)
    home = tempfile.mkdtemp(prefix="duebook-shots-")
    os.environ["DUEBOOK_HOME"] = home  # settings of this run stay here
    width, height = (int(v) for v in args.size.split("x"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # a screen of that size: windows fit it
        screen = Path(home) / "screen.json"
        screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width,
                                                   "height": height, "logicalDpi": 96}]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

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

    from app.services.collections import reminders
    from app.services.customers import communication

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
        today - dt.timedelta(days=5), "phone", "索要对账单副本，运费问题需回电 / asked for a copy of the statement",
        today + dt.timedelta(days=2)))


def shoot(app, path: str, lang: str, out: Path, width: int, height: int, QWidget, QDialog) -> int:  # type: ignore[no-untyped-def]
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from tools.tour import tour

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
        for _ in range(3):  # what the last result asked for (a chart's layout, a repaint)
            app.processEvents()
            time.sleep(0.02)

    settle(200)
    count = 0
    prefix = "en" if lang == "en" else "zh"
    work = Path(tempfile.mkdtemp(prefix="duebook-tour-"))
    for name, widget in tour(win, ctx, path, settle, work):
        if widget is not win:
            too_big = widget.height() > height or widget.width() > width
            if too_big:
                print(f"{prefix}-{name}: {widget.width()}x{widget.height()} does not fit {width}x{height}",
                      file=sys.stderr)
        widget.grab().save(str(out / f"{prefix}-{name}.png"))
        count += 1
    ctx.jobs.wait(20000)
    win.close()
    settle(100)
    win.deleteLater()
    return count


if __name__ == "__main__":
    raise SystemExit(main())
