"""Dashboard: total receivable, overdue, an aging bar chart, top debtors, recent documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services import aging as aging_svc
from app.services import ledger as ledger_svc
from app.services.dto import AgingRow, Bucket, DocumentInfo
from app.services.unit_of_work import UnitOfWork
from app.ui.context import AppContext
from app.ui.dialogs.entry import kind_label
from app.ui.widgets import RIGHT, Column, ListModel, fit_columns, make_table


@dataclass(frozen=True)
class DashboardData:
    as_of: dt.date
    buckets: tuple[Bucket, ...]
    totals: tuple[Decimal, ...]
    unapplied: Decimal
    total: Decimal
    overdue: Decimal
    customers_owing: int
    top: tuple[AgingRow, ...]
    recent: tuple[DocumentInfo, ...]


def load_dashboard(uow: UnitOfWork, as_of: dt.date) -> DashboardData:
    report = aging_svc.aging(uow, as_of)
    recent = ledger_svc.recent_documents(uow, 15)
    overdue = sum(report.totals[1:], Decimal(0))
    top = sorted((r for r in report.rows if r.total > 0), key=lambda r: r.total, reverse=True)[:10]
    owing = sum(1 for r in report.rows if r.total > 0)
    return DashboardData(as_of, report.buckets, report.totals, report.total_unapplied, report.total, overdue,
                         owing, tuple(top), tuple(recent))


def bucket_label(b: Bucket) -> str:
    if b.low is None or (b.high is not None and b.high <= 0):
        return QCoreApplication.translate("Dashboard", "Not due")
    if b.high is None:
        return QCoreApplication.translate("Dashboard", "Over %1 days").replace("%1", str(b.low - 1))
    return QCoreApplication.translate("Dashboard", "%1–%2 days").replace("%1", str(b.low)).replace("%2", str(b.high))


class Tile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Tile { background: palette(base); border-radius: 6px; }")
        lay = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #666;")
        self.value = QLabel("—")
        f = self.value.font()
        f.setPointSizeF(f.pointSizeF() * 1.7)
        f.setBold(True)
        self.value.setFont(f)
        lay.addWidget(self.title)
        lay.addWidget(self.value)


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: DashboardData | None = None
        self.tile_total = Tile(self.tr("Total receivable"))
        self.tile_total.setObjectName("tileTotal")
        self.tile_overdue = Tile(self.tr("Overdue"))
        self.tile_overdue.setObjectName("tileOverdue")
        self.tile_customers = Tile(self.tr("Customers owing"))
        self.tile_unapplied = Tile(self.tr("Unapplied credits"))
        tiles = QHBoxLayout()
        for t in (self.tile_total, self.tile_overdue, self.tile_customers, self.tile_unapplied):
            tiles.addWidget(t)

        self.chart = QChart()
        self.chart.setTitle(self.tr("Aging"))
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("agingChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)

        c = ctx
        self.top_model: ListModel[AgingRow] = ListModel([
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Balance"), lambda r: c.money(r.total), align=RIGHT),
            Column(self.tr("Overdue"), lambda r: c.money(sum(r.amounts[1:], Decimal(0)), blank_zero=True),
                   align=RIGHT),
        ], self)
        self.top_view = make_table(self.top_model, stretch=1)
        self.top_view.setObjectName("topDebtors")
        fit_columns(self.top_view, [10, 0, 13, 13])
        self.top_view.doubleClicked.connect(self._open_top)

        self.recent_model: ListModel[DocumentInfo] = ListModel([
            Column(self.tr("Date"), lambda d: c.date(d.date)),
            Column(self.tr("Kind"), lambda d: kind_label(d.kind)),
            Column(self.tr("Number"), lambda d: d.number),
            Column(self.tr("Customer"), lambda d: d.customer_code),
            Column(self.tr("Amount"), lambda d: c.money(d.amount), align=RIGHT),
        ], self)
        self.recent_view = make_table(self.recent_model, stretch=3)
        self.recent_view.setObjectName("recentDocuments")
        fit_columns(self.recent_view, [11, 10, 12, 0, 13])
        self.recent_view.doubleClicked.connect(self._open_recent)

        self.as_of = QLabel()
        self.as_of.setStyleSheet("color: #666;")
        grid = QGridLayout()
        grid.addWidget(self.chart_view, 0, 0, 1, 2)
        grid.addWidget(self._titled(self.tr("Top debtors"), self.top_view), 1, 0)
        grid.addWidget(self._titled(self.tr("Recent documents"), self.recent_view), 1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 4)
        lay = QVBoxLayout(self)
        lay.addLayout(tiles)
        lay.addLayout(grid, 1)
        lay.addWidget(self.as_of, 0, Qt.AlignmentFlag.AlignRight)
        ctx.data_changed.connect(self.reload)
        self.reload()

    def _titled(self, title: str, w: QWidget) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        lbl = QLabel(title)
        f = lbl.font()
        f.setBold(True)
        lbl.setFont(f)
        v.addWidget(lbl)
        v.addWidget(w, 1)
        return box

    def reload(self) -> None:
        self.ctx.call(load_dashboard, self.ctx.today(), on_done=self.show_data, key=f"dashboard-{id(self)}")

    def page_shown(self) -> None:
        if self.data is not None and self.data.as_of != self.ctx.today():
            self.reload()

    def show_data(self, d: DashboardData) -> None:
        self.data = d
        c = self.ctx
        self.tile_total.value.setText(c.money_cur(d.total))
        self.tile_overdue.value.setText(c.money_cur(d.overdue))
        self.tile_overdue.value.setStyleSheet("color: #c62828;" if d.overdue > 0 else "")
        self.tile_customers.value.setText(c.number(d.customers_owing))
        self.tile_unapplied.value.setText(c.money_cur(d.unapplied))
        self.as_of.setText(self.tr("As of %1").replace("%1", c.date(d.as_of)))
        self._chart(d)
        self.top_model.set_rows(d.top)
        self.recent_model.set_rows(d.recent)

    def _chart(self, d: DashboardData) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(self.tr("Open amount"))
        bars.setColor(QColor("#1565c0"))
        # Bar heights in thousands of the currency: geometry only, the figures stay Decimal elsewhere.
        heights = [int(v / 1000) for v in d.totals]
        for h in heights:
            bars.append(h)
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        ax = QBarCategoryAxis()
        ax.append([f"{bucket_label(b)}\n{self.ctx.money(v)}" for b, v in zip(d.buckets, d.totals, strict=False)])
        self.chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(ax)
        ay = QValueAxis()
        ay.setLabelFormat("%d")
        ay.setRange(0, max([*heights, 1]) * 1.1)
        ay.applyNiceNumbers()
        ay.setTitleText(self.tr("thousands"))
        self.chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(ay)
        self.chart.setTitle(self.tr("Aging (%1)").replace("%1", c_or(self.ctx.currency)))

    def _open_top(self, _i: object) -> None:
        idx = self.top_view.currentIndex()
        r = self.top_model.row_at(idx.row()) if idx.isValid() else None
        if r is not None:
            self.ctx.navigate.emit("ledger", r.customer_id)

    def _open_recent(self, _i: object) -> None:
        idx = self.recent_view.currentIndex()
        r = self.recent_model.row_at(idx.row()) if idx.isValid() else None
        if r is not None:
            self.ctx.navigate.emit("ledger", r.customer_id)


def c_or(currency: str) -> str:
    return currency or "—"
