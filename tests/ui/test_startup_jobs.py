"""What opening a company starts besides the first page: the status-bar reminders (counted off the
GUI thread, after the jobs running then) and the desktop program's SQLite page cache."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import text

from app.services.customers import records as customers_svc
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from app.services.unit_of_work import UnitOfWork
from app.ui.context import GUI_CACHE_KIB
from tests.ui.conftest import wait_jobs


def test_start_up_reminders_show_their_counts_in_the_status_bar(qtbot, window, db):
    customers_svc.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading"))
    day = dt.date.today() - dt.timedelta(days=40)
    ledger.post_invoice(db.uow(), "C1", day, Decimal("100.00"), due_date=day + dt.timedelta(days=10))
    ledger.post_invoice(db.uow(), "C1", day, Decimal("50.00"), due_date=day + dt.timedelta(days=20))
    window.ctx.data_changed.emit()  # posted behind the window's back: as F5 (or a server's refresh) does
    window._notify_reminders()
    qtbot.waitUntil(lambda: "Reminders:" in window.statusBar().currentMessage(), timeout=10000)
    assert "2 overdue" in window.statusBar().currentMessage()
    wait_jobs(qtbot, window.ctx)


def test_start_up_reminders_take_the_dashboards_counts_instead_of_a_second_pass(qtbot, window, db, monkeypatch):
    from app.services.collections import reminders

    customers_svc.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading"))
    day = dt.date.today() - dt.timedelta(days=40)
    ledger.post_invoice(db.uow(), "C1", day, Decimal("100.00"), due_date=day + dt.timedelta(days=10))
    window.ctx.data_changed.emit()
    passes: list[int] = []
    real = reminders.reminders
    def counted(*a, **k):
        passes.append(1)
        return real(*a, **k)

    monkeypatch.setattr(reminders, "reminders", counted)
    window._notify_reminders()
    qtbot.waitUntil(lambda: "Reminders:" in window.statusBar().currentMessage(), timeout=10000)
    assert "1 overdue" in window.statusBar().currentMessage()
    wait_jobs(qtbot, window.ctx)
    assert len(passes) == 1  # the dashboard's own


def test_the_window_uses_a_smaller_page_cache_than_the_command_line(qtbot, window, db):
    sizes: list[int] = []

    def cache_size(uow: UnitOfWork) -> int:
        with uow:
            return int(uow.session.execute(text("PRAGMA cache_size")).scalar_one())

    window.ctx.call(cache_size, on_done=sizes.append, read=True)
    wait_jobs(qtbot, window.ctx)
    assert sizes == [-GUI_CACHE_KIB]
    with db.engine.connect() as conn:  # every connection of the open company, the GUI thread's too
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == -GUI_CACHE_KIB


def test_the_status_bar_reminders_say_one_broken_promise_and_fit_1280_px(qtbot, window, db):
    from app.services.collections import reminders

    customers_svc.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading"))
    day = dt.date.today() - dt.timedelta(days=40)
    inv = ledger.post_invoice(db.uow(), "C1", day, Decimal("100.00"), due_date=day + dt.timedelta(days=10))
    reminders.add_promise(db.uow(), inv.document.number, dt.date.today() - dt.timedelta(days=2), Decimal("100.00"), "")
    window.resize(1280, 720)
    window.ctx.data_changed.emit()
    window._notify_reminders()
    qtbot.waitUntil(lambda: "Reminders:" in window.statusBar().currentMessage(), timeout=10000)
    text = window.statusBar().currentMessage()
    assert "1 broken promise" in text and "promises" not in text
    assert "0 " not in text  # kinds with nothing are left out
    # the message and the company, file and backup beside it are readable on a 1280 px screen
    permanent = sum(w.sizeHint().width() for w in (window.status_company, window.status_file, window.status_backup))
    assert window.fontMetrics().horizontalAdvance(text) + permanent < 1280
    wait_jobs(qtbot, window.ctx)
