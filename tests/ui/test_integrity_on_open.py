"""PRODUCT §1: every opened company file gets SQLite's integrity check, in the background, after
the first page shows its figures; a damaged file gets a clear message, a sound one none."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services import company as company_svc
from app.services import integrity as backup_integrity
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.views.customers import CustomersPage
from tests.ui.conftest import wait_jobs

DAMAGE = "*** in database main ***\nPage 42: btreeInitPage() returns error code 11"


@pytest.fixture
def ctx() -> AppContext:
    c = AppContext()
    c.set_language("en", save=False)
    return c


def open_window(qtbot, ctx: AppContext, db: Database) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    ctx.set_database(db, company_svc.company_info(db.uow()))
    return w


def close_window(ctx: AppContext, w: MainWindow) -> None:
    ctx.jobs.wait(10000)
    ctx.db = None  # the db fixture closes the company
    w.close()


def test_a_damaged_file_gets_a_clear_message(qtbot, ctx, db, monkeypatch):
    checked: list[tuple[Database, bool]] = []

    def damaged(d: Database, quick: bool = True) -> list[str]:
        checked.append((d, threading.current_thread() is threading.main_thread()))
        return [DAMAGE, "Page 43: never used"]

    monkeypatch.setattr(backup_integrity, "integrity_problems", damaged)
    w = open_window(qtbot, ctx, db)
    qtbot.waitUntil(lambda: w.integrity_message is not None and w.integrity_message.isVisible(), timeout=10000)
    assert checked == [(db, False)]  # once, off the GUI thread
    box = w.integrity_message
    assert isinstance(box, QMessageBox)
    assert box.icon() == QMessageBox.Icon.Critical
    text = box.text()
    assert str(db.path) in text
    assert DAMAGE in text  # SQLite's first problem, as it said it
    assert "Page 43" not in text and "Page 43" in box.detailedText()  # the others on request
    assert "File > Backup and restore" in text and "latest backup" in text
    box.accept()
    close_window(ctx, w)


def test_a_sound_file_shows_nothing(qtbot, ctx, db, monkeypatch):
    calls: list[Database] = []

    def sound(d: Database, quick: bool = True) -> list[str]:
        calls.append(d)
        return []

    monkeypatch.setattr(backup_integrity, "integrity_problems", sound)
    w = open_window(qtbot, ctx, db)
    wait_jobs(qtbot, ctx)
    assert calls == [db]
    assert w.integrity_message is None
    assert not [m for m in w.findChildren(QMessageBox) if m.isVisible()]
    close_window(ctx, w)


@pytest.fixture
def slow_check(monkeypatch):
    """The integrity check held until the test opens ``gate``; ``started`` once it runs. It finds damage."""
    gate = threading.Event()
    started = threading.Event()

    def slow(d: Database, quick: bool = True) -> list[str]:
        started.set()
        gate.wait(10)
        return [DAMAGE]

    monkeypatch.setattr(backup_integrity, "integrity_problems", slow)
    return gate, started


def test_the_real_check_passes_a_new_company(qtbot, ctx, db):
    assert backup_integrity.integrity_problems(db) == []
    w = open_window(qtbot, ctx, db)
    wait_jobs(qtbot, ctx)
    assert w.integrity_message is None
    close_window(ctx, w)


def test_a_slow_check_neither_blocks_the_window_nor_the_lists(qtbot, ctx, db, slow_check):
    gate, started = slow_check
    w = open_window(qtbot, ctx, db)
    try:
        qtbot.waitUntil(started.is_set, timeout=10000)
        # While the check runs: the customers page opens and searches, and a write goes through.
        from app.services.customers import records as customers_svc
        from app.services.dto import CustomerInput

        done: list[object] = []
        ctx.call(customers_svc.create_customer, CustomerInput(code="C1", name="Harbor Trading"), write=True,
                 on_done=done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=10000)
        w.go("customers")
        page = w.page("customers")
        assert isinstance(page, CustomersPage)
        qtbot.waitUntil(lambda: page.model.ids != [], timeout=10000)
        page.search.setText("harb")
        qtbot.waitUntil(lambda: page.model.filter.search == "harb" and len(page.model.ids) == 1, timeout=10000)
        assert w.integrity_message is None and ctx.jobs.pending >= 1  # the check is still running
    finally:
        gate.set()
    qtbot.waitUntil(lambda: w.integrity_message is not None, timeout=10000)
    assert w.integrity_message is not None
    w.integrity_message.accept()
    close_window(ctx, w)


def test_a_check_finishing_after_the_file_was_closed_says_nothing(qtbot, ctx, db, monkeypatch, slow_check):
    gate, started = slow_check
    monkeypatch.setenv("DUEBOOK_NO_AUTO_BACKUP", "1")
    w = open_window(qtbot, ctx, db)
    # only the check and what waits behind it on the background pool (the dashboard's alerts)
    qtbot.waitUntil(lambda: started.is_set() and ctx.jobs.pending_foreground == 0, timeout=10000)
    gate.set()
    ctx.db = None  # as if closed meanwhile (close_database would wait for the check)
    ctx.company_changed.emit()
    wait_jobs(qtbot, ctx)
    assert w.integrity_message is None
    w.close()
