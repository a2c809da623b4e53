"""Dashboard: total receivable, overdue, an aging bar chart, reminders, top debtors, recent documents.

The figures come first, in one background job; the reminders (PRODUCT §7) follow in a job
of their own once the figures are painted, so they never delay the first paint.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.collections import reminders as reminders_svc
from app.services.collections.reminders import ReminderItem
from app.services.customers import records as customers_svc
from app.services.dto import AgingRow, Bucket, DocumentInfo
from app.services.unit_of_work import Database
from app.ui import startup
from app.ui.context import AppContext
from app.ui.dialogs.entry import kind_label
from app.ui.errors import error_text
from app.ui.startup import DashboardData, load_dashboard  # noqa: F401  (load_dashboard: for callers)
from app.ui.views.alerts import AlertsPanel
from app.ui.widgets import RIGHT, Column, ListModel, fit_columns, make_table

REMINDER_DAYS = 7  # how far ahead the dashboard looks (as the start-up notice does)
REMINDER_ROWS = 500  # rows kept per kind for the list; the counts are always complete
# The rarer, more pressing kinds first: a large book has thousands of overdue invoices.
PANEL_KINDS = ("promise_broken", "promise_due", "contract_ending", "follow_up", "due_soon", "overdue",
               "order_not_invoiced", "order_late")
KIND_COLORS = {"overdue": "#c62828", "promise_broken": "#c62828", "due_soon": "#ef6c00",
               "promise_due": "#ef6c00", "contract_ending": "#1565c0", "follow_up": "#2e7d32",
               "order_not_invoiced": "#6a1b9a", "order_late": "#ad1457"}


@dataclass(frozen=True)
class DashboardReminders:
    """The reminders as the dashboard shows them: every count, and the first rows of each kind."""

    as_of: dt.date
    days: int
    counts: dict[str, int]
    items: tuple[ReminderItem, ...]  # in PANEL_KINDS order, at most REMINDER_ROWS of each kind


def load_reminders(db: Database, as_of: dt.date, days: int = REMINDER_DAYS,
                   rows: int = REMINDER_ROWS) -> DashboardReminders:
    """Runs off the GUI thread on a reading unit of work (it never holds the write lock)."""
    r = reminders_svc.reminders(db.read_uow(), as_of, days)
    counts = {k: 0 for k in reminders_svc.KINDS}
    kept: dict[str, list[ReminderItem]] = {k: [] for k in reminders_svc.KINDS}
    for it in r.items:
        counts[it.kind] += 1
        if len(kept[it.kind]) < rows:
            kept[it.kind].append(it)
    return DashboardReminders(r.as_of, r.days, counts, tuple(i for k in PANEL_KINDS for i in kept[k]))


def reminder_kind_label(kind: str) -> str:
    return {
        "overdue": QCoreApplication.translate("Dashboard", "Overdue"),
        "due_soon": QCoreApplication.translate("Dashboard", "Due soon"),
        "promise_broken": QCoreApplication.translate("Dashboard", "Promise broken"),
        "promise_due": QCoreApplication.translate("Dashboard", "Promise due"),
        "contract_ending": QCoreApplication.translate("Dashboard", "Contract ending"),
        "follow_up": QCoreApplication.translate("Dashboard", "Follow-up"),
        "order_not_invoiced": QCoreApplication.translate("Dashboard", "Order not invoiced"),
        "order_late": QCoreApplication.translate("Dashboard", "Order past delivery"),
    }.get(kind, kind)


def reminder_details(item: ReminderItem) -> str:
    """One translated sentence about a reminder (the service's own text is English, for the CLI)."""
    ref = item.reference
    if item.kind == "overdue":
        return QCoreApplication.translate("Dashboard", "%1 is overdue.").replace("%1", ref)
    if item.kind == "due_soon":
        return QCoreApplication.translate("Dashboard", "%1 falls due.").replace("%1", ref)
    if item.kind == "promise_broken":
        return QCoreApplication.translate("Dashboard", "The payment promised for %1 did not arrive.").replace(
            "%1", ref)
    if item.kind == "promise_due":
        return QCoreApplication.translate("Dashboard", "A payment is promised for %1.").replace("%1", ref)
    if item.kind == "contract_ending":
        return QCoreApplication.translate("Dashboard", "Contract %1 ends.").replace("%1", ref)
    if item.kind == "order_not_invoiced":
        return QCoreApplication.translate("Dashboard", "Order %1 is confirmed but not invoiced.").replace("%1", ref)
    if item.kind == "order_late":
        return QCoreApplication.translate("Dashboard", "Order %1 is past its delivery date.").replace("%1", ref)
    summary = item.text.removeprefix("follow up: ")
    return QCoreApplication.translate("Dashboard", "Follow up (%1): %2").replace("%1", channel_label(ref)).replace(
        "%2", summary)


def channel_label(channel: str) -> str:
    return {
        "phone": QCoreApplication.translate("Dashboard", "phone"),
        "email": QCoreApplication.translate("Dashboard", "email"),
        "visit": QCoreApplication.translate("Dashboard", "visit"),
        "letter": QCoreApplication.translate("Dashboard", "letter"),
        "meeting": QCoreApplication.translate("Dashboard", "meeting"),
        "message": QCoreApplication.translate("Dashboard", "message"),
        "other": QCoreApplication.translate("Dashboard", "other"),
    }.get(channel, channel)


def bucket_label(b: Bucket) -> str:
    if b.low is None or (b.high is not None and b.high <= 0):
        return QCoreApplication.translate("Dashboard", "Not due")
    if b.high is None:
        return QCoreApplication.translate("Dashboard", "%1+ days").replace("%1", str(b.low))
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


class RemindersPanel(QFrame):
    """Counts per kind (each a button that filters the list) and the reminders themselves.

    Double-clicking a reminder opens that customer's ledger.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("remindersPanel")
        self.data: DashboardReminders | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("RemindersPanel { background: palette(base); border-radius: 6px; }")
        self.title = QLabel(self.tr("Reminders"))
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.subtitle = QLabel(self.tr("next %n day(s)", "", REMINDER_DAYS))
        self.subtitle.setStyleSheet("color: #666;")
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.subtitle)
        head.addStretch(1)

        self.chips: dict[str, QToolButton] = {}
        chips = QGridLayout()
        chips.setSpacing(4)
        for n, kind in enumerate(PANEL_KINDS):
            b = QToolButton()
            b.setObjectName(f"chip_{kind}")
            b.setCheckable(True)
            b.setAutoRaise(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setToolTip(self.tr("Show only these; click again to show all"))
            b.toggled.connect(lambda on, k=kind: self._chip_toggled(k, on))
            self.chips[kind] = b
            chips.addWidget(b, n // 3, n % 3)
        self._set_counts({k: 0 for k in PANEL_KINDS}, known=False)

        c = ctx
        self.model: ListModel[ReminderItem] = ListModel([
            Column(self.tr("What"), lambda i: reminder_kind_label(i.kind),
                   color=lambda i: QColor(KIND_COLORS.get(i.kind, "#333")), tip=self._tip),
            Column(self.tr("Customer"), lambda i: i.customer_name or i.customer, tip=self._tip),
            Column(self.tr("Amount"), lambda i: c.money(i.amount), align=RIGHT, tip=self._tip),
            Column(self.tr("When"), self.when, tip=self._tip),
        ], self)
        self.view = make_table(self.model, stretch=1)
        self.view.setObjectName("remindersList")
        fit_columns(self.view, [15, 0, 12, 12])
        self.view.doubleClicked.connect(self.open_selected)
        self.view.activated.connect(self.open_selected)  # Enter, keyboard first (one job key: one navigation)
        self.empty = QLabel(self.tr("Loading…"))
        self.empty.setObjectName("remindersEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 8)
        lay.setSpacing(4)
        lay.addLayout(head)
        lay.addLayout(chips)
        lay.addWidget(self.stack, 1)
        self.hint = QLabel(self.tr("Double-click a reminder to open the customer's ledger."))
        self.hint.setObjectName("remindersHint")
        self.hint.setStyleSheet("color: #666;")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)

    def when(self, item: ReminderItem) -> str:
        """How urgent a reminder is, in words: "12 days overdue", "in 3 days", "ends today"."""
        n = item.days  # positive: days past its date; negative: days left
        if item.kind in ("overdue", "promise_broken"):
            return self.tr("%n day(s) overdue", "", max(n, 0))
        if item.kind == "contract_ending" and n == 0:
            return self.tr("ends today")
        if item.kind == "contract_ending":
            return self.tr("ends in %n day(s)", "", -n)
        if n == 0:
            return self.tr("today")
        if n > 0:
            return self.tr("%n day(s) ago", "", n)
        return self.tr("in %n day(s)", "", -n)

    def _tip(self, i: ReminderItem) -> str:
        return f"{i.customer} {i.customer_name}\n{self.ctx.date(i.date)}: {reminder_details(i)}"

    def _set_counts(self, counts: dict[str, int], known: bool = True) -> None:
        for kind, b in self.chips.items():
            n = counts.get(kind, 0)
            b.setText(f"{reminder_kind_label(kind)}  {self.ctx.number(n) if known else '…'}")
            color = KIND_COLORS[kind] if n else "#888"
            b.setStyleSheet(f"QToolButton {{ color: {color}; font-weight: {'bold' if n else 'normal'};"
                            " padding: 2px 6px; text-align: left; }"
                            f" QToolButton:checked {{ background: {color}; color: white; border-radius: 4px; }}")
            b.setEnabled(n > 0 or not known)

    def show_reminders(self, r: DashboardReminders) -> None:
        self.data = r
        self._set_counts(r.counts)
        self._fill()
        if any(n > REMINDER_ROWS for n in r.counts.values()):
            self.hint.setText(self.tr("Double-click a reminder to open the customer's ledger. The first %1 of "
                                      "each kind are listed here; Collections lists them all.")
                              .replace("%1", self.ctx.number(REMINDER_ROWS)))
        else:
            self.hint.setText(self.tr("Double-click a reminder to open the customer's ledger."))

    def _chip_toggled(self, kind: str, on: bool) -> None:
        if on:  # one kind at a time; no chip checked shows them all
            for k, b in self.chips.items():
                if k != kind and b.isChecked():
                    b.blockSignals(True)
                    b.setChecked(False)
                    b.blockSignals(False)
        self._fill()

    def kind_shown(self) -> str | None:
        return next((k for k, b in self.chips.items() if b.isChecked()), None)

    def _fill(self) -> None:
        r = self.data
        if r is None:
            return
        kind = self.kind_shown()
        rows = [i for i in r.items if kind is None or i.kind == kind]
        self.model.set_rows(rows)
        if rows:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(self.tr("Nothing to act on in the next %n day(s).", "", r.days))
            self.stack.setCurrentWidget(self.empty)

    def counts(self) -> dict[str, int]:
        return dict(self.data.counts) if self.data is not None else {}

    def open_selected(self, _i: object = None) -> None:
        idx = self.view.currentIndex()
        item = self.model.row_at(idx.row()) if idx.isValid() else None
        if item is None:
            return
        self.ctx.call(customers_svc.get_customer, item.customer, key=f"reminder-open-{id(self)}",
                      on_done=lambda d: self.ctx.navigate.emit("ledger", d.id))


class DashboardPage(QWidget):
    reminders_loaded = Signal(object)  # DashboardReminders, once they are shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: DashboardData | None = None
        self.last_reminders: DashboardReminders | None = None  # of the open company, once loaded
        self.reminders = RemindersPanel(ctx)
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
        upper = QHBoxLayout()
        upper.addWidget(self.chart_view, 1)
        upper.addWidget(self.reminders, 1)
        lower = QHBoxLayout()
        lower.addWidget(self._titled(self.tr("Top debtors"), self.top_view), 1)
        self.alerts = AlertsPanel(ctx)
        self.alerts.loaded.connect(self._alerts_loaded)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setObjectName("dashboardTabs")
        self.lower_tabs.addTab(self.alerts, self.tr("Alerts"))
        self.lower_tabs.addTab(self.recent_view, self.tr("Recent documents"))
        lower.addWidget(self.lower_tabs, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(tiles)
        lay.addLayout(upper, 3)
        lay.addLayout(lower, 4)
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
        self.last_reminders = None  # what was counted before this reload is no longer the truth
        # A reading snapshot: the figures of a large book take a second and must not hold off writers.
        self.ctx.call(startup.dashboard, self.ctx.today(), self.ctx.db, on_done=self.show_data,
                      key=f"dashboard-{id(self)}", read=True)

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
        self.load_reminders()  # after the figures are painted, in a job of its own

    def load_reminders(self) -> None:
        db = self.ctx.db
        if db is None:
            return
        as_of = self.ctx.today()
        self.last_reminders = None
        # On the background pool: a pass over every open invoice (seconds on a large book) never holds
        # up a search or a page the bookkeeper asked for; the panel says "Loading…" meanwhile.
        self.ctx.jobs.run(lambda: load_reminders(db, as_of), self._reminders_loaded,
                          lambda exc: self.reminders.empty.setText(error_text(exc)),
                          key=f"dashboard-reminders-{id(self)}", background=True)

    def _reminders_loaded(self, r: DashboardReminders) -> None:
        self.last_reminders = r
        self.reminders.show_reminders(r)
        self.reminders_loaded.emit(r)
        self.alerts.reload()  # after the reminders: alerts read more and nobody waits for them

    def _alerts_loaded(self, found: object) -> None:
        n = self.alerts.total()
        self.lower_tabs.setTabText(0, self.tr("Alerts (%1)").replace("%1", self.ctx.number(n)) if n
                                   else self.tr("Alerts"))

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
        small = ax.labelsFont()
        small.setPointSizeF(max(small.pointSizeF() - 1, 7.0))
        ax.setLabelsFont(small)
        ax.append([f"{bucket_label(b)}<br>{self.ctx.money(v)}" for b, v in zip(d.buckets, d.totals, strict=False)])
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
