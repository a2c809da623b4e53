"""At start-up the company file opens, and the dashboard's figures are read, while Qt starts: the
window then shows exactly those figures without reading them again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from app.services import company as company_svc
from app.services import users
from app.services.customers import records as customers_svc
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from app.ui import startup
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.ui.conftest import wait_jobs


def _company(path: Path, *, with_users: bool = False) -> str:
    db = company_svc.create_company(str(path), "Head Start Trading", "CNY", "en")
    customers_svc.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading"))
    ledger.post_invoice(db.uow(), "C1", dt.date.today() - dt.timedelta(days=45), Decimal("300.00"))
    if with_users:
        users.enable_users(db.uow(), "admin", "correct horse battery")
    db.close()
    return str(path)


@pytest.fixture(autouse=True)
def _no_head_start_left() -> Iterator[None]:
    yield
    hs = startup.head_start()
    if hs is not None:
        hs.abandon()
    startup._head_start = None


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[dt.date]:
    """Every time the dashboard's figures are read."""
    seen: list[dt.date] = []
    real = startup.load_dashboard

    def counted(uow, as_of):  # type: ignore[no-untyped-def]
        seen.append(as_of)
        return real(uow, as_of)

    monkeypatch.setattr(startup, "load_dashboard", counted)
    return seen


def _window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    ctx = AppContext()
    ctx.set_language("en", save=False)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def _close(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    wait_jobs(qtbot, w.ctx)
    w.ctx.close_database()


def test_the_window_takes_the_company_and_figures_read_ahead(qtbot, tmp_path, reads) -> None:  # type: ignore[no-untyped-def]
    path = _company(tmp_path / "a.duebook")
    startup.begin(["--db", path])
    hs = startup.head_start()
    assert hs is not None
    w = _window(qtbot)
    w.open_file(path)
    qtbot.waitUntil(lambda: w.ctx.db is not None, timeout=10000)
    wait_jobs(qtbot, w.ctx)
    page = w.pages["dashboard"]
    assert page.data is not None and page.data.total == Decimal("300.00")
    assert reads == [dt.date.today()]  # read once, ahead, and shown as read
    assert hs._opened is not None and hs._opened[0] is w.ctx.db  # the very company opened ahead
    _close(qtbot, w)


def test_a_head_start_for_another_file_is_let_go(qtbot, tmp_path, reads) -> None:  # type: ignore[no-untyped-def]
    first = _company(tmp_path / "a.duebook")
    second = _company(tmp_path / "b.duebook")
    startup.begin(["--db", first])
    w = _window(qtbot)
    w.open_file(second)
    qtbot.waitUntil(lambda: w.ctx.db is not None, timeout=10000)
    wait_jobs(qtbot, w.ctx)
    assert w.ctx.db is not None and w.ctx.db.path == second
    db, _info, owner = startup.open_company_file(first)  # the file opened ahead was let go:
    db.close()
    assert owner is None  # nobody else holds it
    _close(qtbot, w)


def test_with_users_on_nothing_is_read_before_the_login(qtbot, tmp_path, reads) -> None:  # type: ignore[no-untyped-def]
    path = _company(tmp_path / "a.duebook", with_users=True)
    startup.begin(["--db", path])
    hs = startup.head_start()
    assert hs is not None
    hs._dashboard_ready.wait(10)
    assert reads == []
    db, _info, _owner = startup.opened(path)
    db.close()


def test_no_head_start_for_the_demo_or_without_a_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    startup.begin(["--demo"])
    assert startup.head_start() is None
    startup.begin([])  # no last file in a fresh home folder
    assert startup.head_start() is None
