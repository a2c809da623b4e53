"""The dashboard's alerts (PRODUCT §8c): counted by severity, explained in words, dismissed with a note."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QTabWidget

from app.services import company as company_svc
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.views.alerts import AlertsPanel
from tests.services.credit_helpers import customer, invoice
from tests.ui.conftest import wait_jobs

TODAY = dt.date(2025, 3, 31)


def _window(qtbot, db: Database, lang: str) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    customer(db, "C1", name="上海示例贸易有限公司")
    invoice(db, "C1", "A1", "2025-03-01", "250.00")
    invoice(db, "C1", "A2", "2025-03-01", "250.00")  # a possible duplicate
    ctx = AppContext()
    ctx.today_override = TODAY
    ctx.set_language(lang, save=False)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    ctx.set_database(db, company_svc.company_info(db.uow()))
    w.resize(1366, 768)
    w.show()
    wait_jobs(qtbot, ctx)
    yield w
    ctx.jobs.wait(10000)
    ctx.set_language("en", save=False)
    ctx.db = None
    w.close()


@pytest.fixture
def english(qtbot, db: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from _window(qtbot, db, "en")


@pytest.fixture
def chinese(qtbot, db: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from _window(qtbot, db, "zh_CN")


def _panel(w: MainWindow) -> AlertsPanel:
    panel = w.findChild(AlertsPanel, "alertsPanel")
    assert panel is not None
    return panel


def test_the_dashboard_counts_and_explains_todays_alerts(qtbot, english: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(english)
    qtbot.waitUntil(lambda: panel.data is not None, timeout=10000)
    assert "Warning 1" in re.sub(r"<[^>]+>", "", panel.counts.text()).replace("&nbsp;", " ")
    assert panel.model.rowCount() == 1
    panel.view.selectRow(0)
    assert "A2" in panel.detail.text() and "A1" in panel.detail.text()
    tabs = english.findChild(QTabWidget, "dashboardTabs")
    assert tabs is not None and tabs.tabText(0) == "Alerts (1)"


def test_dismissing_an_alert_with_a_note_keeps_it_under_show_dismissed(qtbot, english: MainWindow,  # type: ignore[no-untyped-def]
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _panel(english)
    qtbot.waitUntil(lambda: panel.data is not None, timeout=10000)
    panel.view.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("two deliveries that day", True))
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, english.ctx)
    qtbot.waitUntil(lambda: panel.data is not None and panel.data.alerts == [], timeout=10000)
    assert panel.stack.currentWidget() is panel.empty
    panel.show_dismissed.setChecked(True)
    wait_jobs(qtbot, english.ctx)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert panel.model.row_at(0).note == "two deliveries that day"  # type: ignore[union-attr]


def test_alerts_read_in_chinese(qtbot, chinese: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(chinese)
    qtbot.waitUntil(lambda: panel.data is not None, timeout=10000)
    panel.view.selectRow(0)
    text = panel.detail.text()
    assert re.search(r"[\u4e00-\u9fff]", text) and "A2" in text
    assert not re.search(r"\b(same|amount|invoice)\b", text, re.I)
