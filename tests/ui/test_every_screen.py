"""No English in the Chinese program, no developer key in either language, every window fits 1366x768.

The test walks every page (each tab, each report) and every dialog a bookkeeper can open
(tools/tour.py, the same walk as the screenshots) in the Chinese program on a small demo company,
reads every text a visible widget shows (labels, buttons, titles, menus, list and combo items,
table headers and cells, chart texts) and fails on a text written in Latin letters only that is
not a code (C000001, INV00000012, CNY, {placeholder}), a number, or a name from the data; in
both languages it fails on a developer's key (contact_name, document.post, JSON) and on a window
or dialog that cannot be made to fit a 1366x768 screen.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSpinBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.services import company as company_svc
from app.services.demo import sample as demo
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tools.screenshots import add_reminder_examples
from tools.tour import tour

SCREEN_W, SCREEN_H = 1366, 768
ROOM_H = SCREEN_H - 40  # a window's frame and the task bar

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Codes, numbers and names that are the same in every language.
NOT_WORDS = [
    re.compile(p) for p in (
        r"\S+@\S+",  # e-mail addresses
        r"(?:[A-Za-z]:)?[\\/][^\s]*",  # paths
        r"\S+\.(?:pdf|xlsx|csv|duebook|duebak|age|ttc)\b",  # file names
        r"\{\w+\}",  # letter placeholders
        r"\b[A-Z]{1,6}[-_]?\d[\w\-/]*",  # document numbers, customer codes, contract numbers
        r"\b[A-Z]{2,6}\b",  # CNY, DSO, PDF, CSV, SWIFT
        r"\b(?:Duebook|Excel|SQLite|PostgreSQL|English|Ctrl|Shift|Alt)\b",  # names, key names
    )
]
CODE_AROUND = re.compile(r"^[A-Z]{1,6}[-_]?\d[\w\-/]*\s+|\s+[A-Z]{1,6}[-_]?\d[\w\-/]*$")  # "C000020 Oakridge"
KEY = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z]{2,}\.[a-z_]{2,}\b|\{\"|\":")  # snake_case, dotted, JSON
# Columns that hold keys, shown through a translated table: their values are no excuse.
KEY_COLUMNS = {"category", "status", "kind", "channel", "method", "language", "direction", "action", "entity",
               "role", "basis", "report"}


def data_texts(path: str) -> set[str]:
    """Every text of the company file (the names, descriptions, notes a user typed) and their words."""
    texts: set[str] = set()
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if "CHAR" in (r[2] or "").upper()
                    or "TEXT" in (r[2] or "").upper()]
            if table == "audit_log":
                cols = ["user", "entity_id"]
            for col in cols:
                if col in KEY_COLUMNS:
                    continue
                for (v,) in con.execute(f'SELECT DISTINCT "{col}" FROM "{table}"'):
                    if isinstance(v, str) and v:
                        texts.add(v.strip())
    finally:
        con.close()
    return texts


def is_foreign(text: str, texts: set[str]) -> bool:
    """Latin letters only, and not a code, a number or a name from the data (``texts``)."""
    t = re.sub(r"&(?=\w)", "", text).strip()  # a mnemonic ("&Save"), not "Textiles & Co."
    if not t or CJK.search(t) or not LATIN_WORD.search(t) or t in texts:
        return False
    rest = t
    for rx in NOT_WORDS:
        rest = rx.sub(" ", rest)
    if not LATIN_WORD.search(rest):
        return False
    # a list of names ("export, new"), or a name with a code or a number beside it
    parts = [CODE_AROUND.sub("", p.strip()) for p in re.split(r"[,;·|]", t) if p.strip()]
    return not all(p in texts or not LATIN_WORD.search(_without_codes(p)) for p in parts)


def is_key(text: str, texts: set[str]) -> bool:
    """A developer's key in any language: contact_name, document.post, JSON."""
    t = text.strip()
    if not t or t in texts:
        return False
    rest = t
    for rx in NOT_WORDS[:4]:  # e-mails, paths, file names, placeholders
        rest = rx.sub(" ", rest)
    return bool(KEY.search(rest))


def _without_codes(text: str) -> str:
    for rx in NOT_WORDS:
        text = rx.sub(" ", text)
    return text


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text) if "<" in text else text


def shown_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text the visible widgets of ``top`` show."""
    if top.isWindow() and top.windowTitle():
        yield "window title", top.windowTitle()
    if isinstance(top, QMainWindow):
        for menu in top.menuBar().findChildren(QMenu):
            yield "menu", menu.title()
            for act in menu.actions():
                if act.text():
                    yield f"menu {menu.title()}", act.text()
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        name = f"{type(w).__name__} {w.objectName()}".strip()
        if isinstance(w, QLabel):
            yield name, _plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit) and not isinstance(w.parent(), QAbstractSpinBox | QComboBox):
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield name, w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield name, w.tabText(i)
        elif isinstance(w, QSpinBox):
            yield name, w.suffix().strip()
            yield name, w.specialValueText()
        elif isinstance(w, QChartView):
            chart = w.chart()
            yield name, chart.title()
            for axis in chart.axes():
                yield name, axis.titleText()
                if isinstance(axis, QBarCategoryAxis):
                    yield from ((name, c) for c in axis.categories())
            yield from ((name, s.name()) for s in chart.series())
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            model = w.model()
            header = getattr(w, "horizontalHeader", None)
            root = QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model: one column (its columnCount is private)
                columns = 1
            for c in range(columns):
                if header is not None and header().isSectionHidden(c):
                    continue
                yield f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for r in range(min(model.rowCount(root), 40)):
                    v = model.data(model.index(r, c))
                    if isinstance(v, str):
                        yield f"{name} cell", v


@pytest.fixture(params=["zh_CN", "en"])
def program(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, AppContext, str]]:
    """The program in Chinese (then in English) on a small demo company with every kind of reminder."""
    path = str(tmp_path / "demo.duebook")
    db = company_svc.create_company(path, demo.DEMO_COMPANY, "CNY", "zh_CN", **demo.DEMO_DETAILS)
    demo.fill_demo(db, customers=40, invoices=600, seed=7)
    add_reminder_examples(db)
    db.close()
    ctx = AppContext()
    ctx.set_language(request.param, save=False)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(SCREEN_W, SCREEN_H)
    win.show()
    yield win, ctx, path
    ctx.jobs.wait(20000)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.reject()
    if ctx.db is not None:
        ctx.db.close()
        ctx.db = None
    win.close()
    ctx.set_language("en", save=False)


def test_no_english_on_a_chinese_screen_no_key_on_any_screen_and_every_window_fits(
        qtbot: QtBot, program: tuple[MainWindow, AppContext, str], tmp_path: Path) -> None:
    win, ctx, path = program
    texts = data_texts(path)

    def settle(ms: int = 400) -> None:
        end = time.monotonic() + min(ms, 300) / 1000
        while time.monotonic() < end or ctx.jobs.pending:
            QApplication.processEvents()
            time.sleep(0.005)
        QApplication.processEvents()  # what the last result asked for

    foreign: list[str] = []
    too_big: list[str] = []
    seen: list[str] = []
    for name, widget in tour(win, ctx, path, settle, tmp_path):
        seen.append(name)
        for where, text in shown_texts(widget):
            if (ctx.language == "zh_CN" and is_foreign(text, texts)) or is_key(text, texts):
                foreign.append(f"{name} · {where}: {text!r}")
        hint = widget.minimumSizeHint()
        if hint.height() > ROOM_H or hint.width() > SCREEN_W:
            too_big.append(f"{name}: needs {hint.width()}x{hint.height()}")
        room = widget.screen().availableGeometry()  # the test's screen: dialogs open within it
        if widget is not win and (widget.height() > room.height() - 40 or widget.width() > room.width()):
            too_big.append(f"{name}: opens at {widget.width()}x{widget.height()} on {room.width()}x{room.height()}")
    # the walk reached the places a bookkeeper goes
    for name in ("welcome", "dashboard", "customers", "ledger", "credit", "collections", "reports", "audit",
                 "settings", "customer-form", "invoice-dialog", "payment-dialog", "statement-preview",
                 "backup-dialog", "import-check", "dunning-proposals", "new-company"):
        assert name in seen
    assert not foreign, "\n".join(sorted(set(foreign)))
    assert not too_big, "\n".join(too_big)


def test_the_check_finds_english_and_keys_but_not_codes_numbers_or_names() -> None:
    texts = {"Oakridge Trading LLC", "Goods and services 12", "export", "vip"}
    for ok in ("C000082", "INV00004480 · CNY 1,200.00", "2026-12-03", "45.0%", "Oakridge Trading LLC",
               "发票 INV-12 已过账", "{customer_name} {due_by}", "ar@demo.example", "/tmp/x/demo.duebook", "A",
               "export, vip", "Oakridge Trading LLC · C000020",
               "C000020 Oakridge Trading LLC"):
        assert not is_foreign(ok, texts), ok
    for bad in ("Last backup: 2026-12-01 (0 days ago)", "enterprise", "contact_name", "over", "&Save C000020",
                "code *", "document.post"):
        assert is_foreign(bad, texts), bad
    for key in ("contact_name", "Action: document.post", '{"amount": "1.00"}', "payment_terms_days *"):
        assert is_key(key, texts), key
    for ok in ("Goods and services 12", "ar@demo_trading.example", "/tmp/a_b/x.duebook", "Invoice INV-12 posted",
               "{customer_name}", "e.g. 50,000.00"):
        assert not is_key(ok, texts), ok
