"""Credit: the whole portfolio with limit, exposure, available, utilization, status, index, grade."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import text as textsvc
from app.services.credit import figures as credit
from app.services.credit.figures import PortfolioRow
from app.services.unit_of_work import UnitOfWork
from app.ui.context import AppContext
from app.ui.views.customer_actions import CustomerMenu, Picked
from app.ui.widgets import (
    RIGHT,
    STATUS_COLORS,
    Column,
    ListModel,
    UtilizationDelegate,
    fit_columns,
    grade_label,
    make_table,
)

STATUSES = ("ok", "warn", "over", "hold")


def status_label(status: str) -> str:
    return {"ok": QCoreApplication.translate("Credit", "within limit"), "warn": QCoreApplication.translate("Credit", "near limit"), "over": QCoreApplication.translate("Credit", "over limit"),
            "hold": QCoreApplication.translate("Credit", "on hold")}.get(status, status)


def load_portfolio(uow: UnitOfWork, as_of: dt.date) -> list[PortfolioRow]:
    """The credit service's portfolio (INTERCHANGE §6 figures, holds, index and grade)."""
    return credit.portfolio(uow, as_of)


class CreditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.all_rows: list[PortfolioRow] = []
        self.search = QLineEdit()
        self.search.setObjectName("creditSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by code or name…"))
        self.status = QComboBox()
        self.status.setObjectName("creditStatus")
        self.status.addItem(self.tr("Any status"), "")
        for st in STATUSES:
            self.status.addItem(status_label(st), st)
        self.status.addItem(self.tr("warn, over or hold"), "attention")
        self.limited = QComboBox()
        self.limited.addItem(self.tr("All customers"), "")
        self.limited.addItem(self.tr("With a credit limit"), "limit")
        self.limited.addItem(self.tr("With a balance"), "balance")
        self.summary = QLabel()
        self.summary.setObjectName("creditSummary")
        c = ctx
        self.model: ListModel[PortfolioRow] = ListModel([
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Limit"), lambda r: c.money(r.credit_limit) if r.credit_limit else self.tr("no limit"),
                   key=lambda r: r.credit_limit or Decimal(-1), align=RIGHT),
            Column(self.tr("Exposure"), lambda r: c.money(r.exposure), key=lambda r: r.exposure, align=RIGHT),
            Column(self.tr("Available"), lambda r: c.money(r.available) if r.available is not None else "",
                   key=lambda r: r.available if r.available is not None else Decimal("-1e18"), align=RIGHT,
                   color=lambda r: STATUS_COLORS["over"] if r.available is not None and r.available < 0 else None),
            Column(self.tr("Utilization"), lambda r: c.percent(r.utilization),
                   key=lambda r: r.utilization if r.utilization is not None else Decimal(-1), align=RIGHT,
                   value=lambda r: r.utilization),
            Column(self.tr("Status"), lambda r: status_label(r.status), key=lambda r: STATUSES.index(r.status)
                   if r.status in STATUSES else 9, color=lambda r: STATUS_COLORS.get(r.status)),
            Column(self.tr("Index"), lambda r: "" if r.payment_index is None else str(r.payment_index),
                   key=lambda r: -1 if r.payment_index is None else r.payment_index, align=RIGHT),
            Column(self.tr("Grade"), lambda r: grade_label(r.grade)),
            Column(self.tr("Overdue"), lambda r: c.money(r.overdue, blank_zero=True), key=lambda r: r.overdue,
                   align=RIGHT),
        ], self)
        self.table = make_table(self.model, stretch=1, sortable=True)
        self.table.setObjectName("creditTable")
        self.table.setItemDelegateForColumn(5, UtilizationDelegate(self.table))
        fit_columns(self.table, [10, 0, 13, 13, 13, 14, 9, 6, 6, 13])
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._open_ledger)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.status)
        top.addWidget(self.limited)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        hint = QLabel(self.tr("Double-click a customer to open the ledger."))
        hint.setStyleSheet("color: #666;")
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.summary)
        lay.addLayout(bottom)
        self._add_orders_panel(lay)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.limited.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ctx.data_changed.connect(self.reload)
        self.customer_menu = CustomerMenu(self, ctx, self.table, self._picked)  # right-click: hold, report ...
        self.reload()

    def _picked(self, row: int) -> Picked | None:
        r = self.model.row_at(row)
        return (r.customer_id, r.code, r.name) if r is not None else None

    def reload(self) -> None:
        self.ctx.call(load_portfolio, self.ctx.today(), on_done=self._loaded, key=f"credit-{id(self)}", read=True)

    def _loaded(self, rows: list[PortfolioRow]) -> None:
        self.all_rows = rows
        self.apply_filter()

    def apply_filter(self) -> None:
        words = textsvc.fold(self.search.text()).split() if self.search.text().strip() else []
        st = str(self.status.currentData() or "")
        lim = str(self.limited.currentData() or "")
        out = []
        for r in self.all_rows:
            if st == "attention":
                if r.status == "ok":
                    continue
            elif st and r.status != st:
                continue
            if lim == "limit" and r.credit_limit is None:
                continue
            if lim == "balance" and r.exposure == 0:
                continue
            if words:
                hay = textsvc.fold(f"{r.code} {r.name}")
                if not all(w in hay for w in words):
                    continue
            out.append(r)
        header = self.table.horizontalHeader()
        self.model.set_rows(out)
        if header.sortIndicatorSection() >= 0 and self.table.isSortingEnabled():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        counts = {s: sum(1 for r in out if r.status == s) for s in STATUSES}
        self.summary.setText(self.tr("%1 customers · %2 within limit · %3 near limit · %4 over limit · %5 on hold")
                             .replace("%1", str(len(out))).replace("%2", str(counts["ok"]))
                             .replace("%3", str(counts["warn"])).replace("%4", str(counts["over"]))
                             .replace("%5", str(counts["hold"])))

    def _add_orders_panel(self, lay: QVBoxLayout) -> None:
        """The selected customer's open orders, and the exposure with them (issue 15)."""
        from app.ui.views.customer_orders import CustomerOrdersPanel

        self.orders_panel = CustomerOrdersPanel(self.ctx, self)
        lay.addWidget(self.orders_panel)

        def selected(current: object, _previous: object) -> None:
            idx = self.table.currentIndex()
            r = self.model.row_at(idx.row()) if idx.isValid() else None
            if r is not None:
                self.orders_panel.show_customer(r.code)

        self.table.selectionModel().currentRowChanged.connect(selected)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_ledger(self, index: object) -> None:
        idx = self.table.currentIndex()
        r = self.model.row_at(idx.row()) if idx.isValid() else None
        if r is not None:
            self.ctx.navigate.emit("ledger", r.customer_id)
