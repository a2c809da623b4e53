"""Searching customers as you type, and switching the window to Chinese."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from tests.ui.conftest import wait_jobs


def _add(db, code: str, name: str, **kw) -> int:  # type: ignore[no-untyped-def]
    return customers.create_customer(db.uow(), CustomerInput(code=code, name=name, **kw)).id


def test_search_as_you_type_narrows_the_list(qtbot, window, db):
    _add(db, "C001", "上海华东贸易有限公司", phone="021-5888 0001")
    _add(db, "C002", "Harbor Supplies Co.", tags=("vip",))
    _add(db, "C003", "Harbor Logistics Ltd")
    window.go("customers")
    page = window.page("customers")
    page.reload()
    wait_jobs(qtbot, window.ctx)
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "harbor")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtbot.keyClicks(page.search, " log")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    wait_jobs(qtbot, window.ctx)
    assert page.model.data(page.model.index(0, 1)) == "Harbor Logistics Ltd"
    page.search.clear()
    qtbot.keyClicks(page.search, "shhd")  # pinyin initials of 上海华东
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.data(page.model.index(0, 0)) == "C001",
                    timeout=5000)
    assert "1 customer" in page.count.text()


def test_filters_by_tag_and_balance(qtbot, window, db):
    a = _add(db, "C001", "Alpha", tags=("vip",))
    _add(db, "C002", "Beta")
    import datetime as dt

    ledger.post_invoice(db.uow(), a, dt.date.today(), Decimal("10.00"))
    window.ctx.data_changed.emit()
    page = window.page("customers")
    window.go("customers")
    wait_jobs(qtbot, window.ctx)
    page.with_balance.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.with_balance.setChecked(False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    page.tag.setCurrentIndex(page.tag.findData("vip"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)


def test_switching_to_chinese_translates_the_window(qtbot, window, db):
    _add(db, "C001", "Alpha")
    ctx = window.ctx
    window.go("settings")
    settings = window.page("settings")
    settings.language.setCurrentIndex(settings.language.findData("zh_CN"))
    try:
        qtbot.waitUntil(lambda: window.nav.count() > 0 and window.nav.item(0).text() == "概览", timeout=5000)
        wait_jobs(qtbot, ctx)
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert {"概览", "客户", "往来明细", "信用", "设置"} <= set(titles)
        assert window.current_key() == "settings"
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        page = window.page("customers")
        window.go("customers")
        wait_jobs(qtbot, ctx)
        assert page.new_button.text() == "新建客户"
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "编号"
        assert "1 个客户" in page.count.text()
        assert ctx.settings.language == "zh_CN"
        # and back
        window.go("settings")
        s2 = window.page("settings")
        s2.language.setCurrentIndex(s2.language.findData("en"))
        qtbot.waitUntil(lambda: window.nav.item(0).text() == "Dashboard", timeout=5000)
    finally:
        ctx.set_language("en", save=False)


def test_money_and_dates_follow_the_language(qtbot, window):
    import datetime as dt

    ctx = window.ctx
    assert ctx.money(Decimal("1234567.5")) == "1,234,567.50"
    assert ctx.parse_money("1,234.50") == Decimal("1234.50")
    assert ctx.date(dt.date(2026, 3, 4)) == "Mar 4, 2026"
    ctx.set_language("zh_CN", save=False)
    try:
        assert ctx.date(dt.date(2026, 3, 4)) == "2026-03-04"
        assert ctx.money(Decimal("-5")) == "-5.00"
    finally:
        ctx.set_language("en", save=False)
