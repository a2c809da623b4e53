"""Reports page: choose a report and a period, see a chart and a table, export, save templates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QMargins, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.reports import analysis as reports
from app.services.reports.analysis import Chart, Report
from app.services.unit_of_work import UnitOfWork
from app.ui.context import AppContext
from app.ui.widgets import DateEdit, make_table

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
NUMERIC = ("money", "int", "ratio", "days")
SERIES_COLORS = ("#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a")
# Chinese words for the summary figures and chart texts the services name in English.
ZH = {
    "total revenue": "总收入", "customers": "客户数", "class a": "A 类", "class b": "B 类", "class c": "C 类",
    "customers without revenue": "无收入客户", "invoicing customers": "开票客户", "inactive customers": "不活跃客户",
    "invoices": "发票数", "months": "月数", "invoices per month": "月均发票数", "inactive days": "不活跃天数",
    "opening receivable": "期初应收", "billed": "本期开票", "collected": "本期回款", "closing receivable": "期末应收",
    "collection rate": "回款率", "receivable": "期末应收", "days": "天数", "dso": "DSO 天数",
    "avg days to pay": "平均回款天数", "avg days late": "平均逾期天数", "credit limit": "信用额度",
    "exposure": "占用", "utilization": "使用率", "over": "超额", "warn": "预警", "hold": "冻结",
    "customers overdue": "逾期客户", "total overdue": "逾期总额", "shown": "显示", "shown overdue": "显示逾期额",
    "Revenue by customer (top 20) and cumulative share": "客户收入（前 20）及累计占比", "Revenue": "收入",
    "Cumulative share": "累计占比", "Invoices per month": "每月发票数", "Invoices": "发票数",
    "Billed and collected per month": "每月开票与回款", "Billed": "开票", "Collected": "回款",
    "DSO per month": "每月 DSO", "DSO": "DSO", "Average days to pay per month of settlement": "每月平均回款天数",
    "Days to pay": "回款天数", "Credit utilization (top 20)": "信用额度使用率（前 20）", "Utilization": "使用率",
    "Top overdue customers": "逾期金额排名", "Overdue": "逾期金额",
}

# The English summary words that are not a plain sentence start.
EN = {"dso": "DSO", "avg days to pay": "Average days to pay", "avg days late": "Average days late"}


def run_with_template(uow: UnitOfWork, name: str, date_from: dt.date, date_to: dt.date,
                      params: dict[str, Any], config: dict[str, Any] | None, group_by: str = "") -> Report:
    from app.services.groups.grouping import group_report

    report = reports.run_report(uow, name, date_from, date_to, **params)
    report = reports.apply_template(report, config) if config else report
    return group_report(uow, report, group_by)


def export_report(uow: UnitOfWork, report: Report, path: str, kind: str, language: str) -> str:
    from app.services.exports.files import export_report as export

    return str(export(uow, report, path, kind, language))  # the export right is checked there


# What a line of a grouped table is: a group's heading, a customer's row, the group's subtotal.
HEAD, ROW, SUBTOTAL = "head", "row", "subtotal"


class ReportModel(QAbstractTableModel):
    """The rows of a report; sorting uses the values, not their text. A grouped report shows each
    group's heading, its customers' rows and its subtotal (sorting sorts inside each group)."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Report | None = None
        self.rows: list[dict[str, Any]] = []
        self.kinds: list[tuple[str, int]] = []  # per line: (HEAD/ROW/SUBTOTAL, group index)

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self._lay_out(None, False)
        self.endResetModel()

    def _lay_out(self, key: str | None, descending: bool) -> None:
        report = self.report
        self.rows, self.kinds = [], []
        if report is None:
            return
        if not report.groups:
            self.rows = self._sorted(list(report.rows), key, descending)
            self.kinds = [(ROW, -1)] * len(self.rows)
            return
        for i, g in enumerate(report.groups):
            self.rows.append({})
            self.kinds.append((HEAD, i))
            body = self._sorted(list(g.rows), key, descending)
            self.rows += body
            self.kinds += [(ROW, i)] * len(body)
            self.rows.append(g.subtotal)
            self.kinds.append((SUBTOTAL, i))

    @staticmethod
    def _sorted(rows: list[dict[str, Any]], key: str | None, descending: bool) -> list[dict[str, Any]]:
        if key is None:
            return rows
        present = [r for r in rows if r.get(key) is not None]
        missing = [r for r in rows if r.get(key) is None]
        present.sort(key=lambda r: r[key], reverse=descending)
        return present + missing

    def line_kind(self, row: int) -> str:
        return self.kinds[row][0] if 0 <= row < len(self.kinds) else ROW

    def label_column(self) -> int:
        """Where a subtotal says what it is: the name column, else the first text column."""
        assert self.report is not None
        keys = [c.key for c in self.report.columns]
        if "name" in keys:
            return keys.index("name")
        for i, c in enumerate(self.report.columns):
            if c.kind in ("text", "int") and c.key not in self.report.groups[0].subtotal:
                return i
        return 0

    def head_rows(self) -> list[int]:
        return [i for i, (k, _) in enumerate(self.kinds) if k == HEAD]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() or self.report is None else len(self.report.columns)

    def text(self, row: int, col: int) -> str:
        assert self.report is not None
        kind, gi = self.kinds[row]
        if kind != ROW:
            g = self.report.groups[gi]
            label = g.heading(self.ctx.language)
            if kind == HEAD and col == 0:
                return self.tr("%1 (%n customer(s))", "", len(g.rows)).replace("%1", label)
            if kind == SUBTOTAL and col == self.label_column():
                return self.tr("Subtotal: %1").replace("%1", label)
        c = self.report.columns[col]
        v = self.rows[row].get(c.key)
        if v is None:
            return ""
        if c.kind == "money":
            return self.ctx.money(v)
        if c.kind == "ratio":
            return self.ctx.percent(v)
        if c.kind == "date":
            return self.ctx.date(v)
        if c.kind == "bool":
            return self.tr("yes") if v else ""
        if c.key == "status":
            from app.ui.views.credit import status_label

            return status_label(str(v))
        if c.key == "trend":
            return {"faster": self.tr("faster"), "slower": self.tr("slower"), "steady": self.tr("steady")}.get(v, v)
        return str(v)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.report is None:
            return None
        c = self.report.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        kind = self.line_kind(index.row())
        if role == Qt.ItemDataRole.FontRole and kind != ROW:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.BackgroundRole and kind != ROW:
            return QBrush(QColor("#e3ecf7" if kind == HEAD else "#f1f4f8"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind == HEAD or (kind == SUBTOTAL and index.column() == self.label_column()):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            align = Qt.AlignmentFlag.AlignRight if c.kind in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            v = self.rows[index.row()].get(c.key)
            if c.kind == "money" and isinstance(v, Decimal) and v < 0:
                return QBrush(QColor("#b00020"))
            if c.key == "status" and v in ("over", "hold"):
                return QBrush(QColor("#c62828"))
            if c.key == "inactive" and v:
                return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()].get(c.key)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.report is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.report.columns):
            return self.report.columns[section].heading(self.ctx.language)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.report is None or not 0 <= column < len(self.report.columns):
            return
        key = self.report.columns[column].key
        self.layoutAboutToBeChanged.emit()
        self._lay_out(key, order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class TemplateDialog(QDialog):
    """Save the current view as a template: its name, columns, one filter and the sort."""

    def __init__(self, report: Report, sort_key: str, descending: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save report template"))
        self.report = report
        self.group_by = report.group_by
        self.name = QLineEdit()
        self.columns = QListWidget()
        for c in report.columns:
            item = QListWidgetItem(c.heading())
            item.setData(Qt.ItemDataRole.UserRole, c.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.columns.addItem(item)
        self.filter_col = QComboBox()
        self.filter_col.addItem(self.tr("(no filter)"), "")
        for c in report.columns:
            self.filter_col.addItem(c.heading(), c.key)
        self.filter_op = QComboBox()
        self.filter_op.addItems(list(reports.OPS))
        self.filter_value = QLineEdit()
        self.sort_col = QComboBox()
        self.sort_col.addItem(self.tr("(as the report orders it)"), "")
        for c in report.columns:
            self.sort_col.addItem(c.heading(), c.key)
        self.sort_col.setCurrentIndex(max(0, self.sort_col.findData(sort_key)))
        self.sort_desc = QCheckBox(self.tr("Descending"))
        self.sort_desc.setChecked(descending)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Columns"), self.columns)
        f = QHBoxLayout()
        f.addWidget(self.filter_col)
        f.addWidget(self.filter_op)
        f.addWidget(self.filter_value)
        form.addRow(self.tr("Filter"), f)
        s = QHBoxLayout()
        s.addWidget(self.sort_col)
        s.addWidget(self.sort_desc)
        form.addRow(self.tr("Sort"), s)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def config(self) -> dict[str, Any]:
        cols = [self.columns.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.CheckState.Checked]
        cfg: dict[str, Any] = {"columns": cols}
        if self.filter_col.currentData():
            cfg["filters"] = [{"column": self.filter_col.currentData(), "op": self.filter_op.currentText(),
                               "value": self.filter_value.text().strip()}]
        if self.sort_col.currentData():
            cfg["sort"] = [{"column": self.sort_col.currentData(), "descending": self.sort_desc.isChecked()}]
        if self.group_by:
            cfg["group_by"] = self.group_by
        return cfg


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Report | None = None
        self.template: reports.TemplateInfo | None = None
        self._thousands = False

        self.choice = QComboBox()
        self.choice.setObjectName("reportChoice")
        for name in reports.NAMES:
            self.choice.addItem(self._title(name), name)
        self.period = QComboBox()
        for key, label in (("month", self.tr("This month")), ("last_month", self.tr("Last month")),
                           ("quarter", self.tr("This quarter")), ("ytd", self.tr("Year to date")),
                           ("12m", self.tr("Last 12 months")), ("custom", self.tr("Custom"))):
            self.period.addItem(label, key)
        self.date_from = DateEdit()
        self.date_to = DateEdit()
        self.param_label = QLabel()
        self.param = QSpinBox()
        self.param.setRange(1, 100000)
        self.group_by = QComboBox()
        self.group_by.setObjectName("groupBy")
        self.group_by.setToolTip(self.tr("Subtotals per group of customers; a customer with several tags "
                                         "counts in each of its tags"))
        self.group_by.addItem(self.tr("No grouping"), "")
        for key, label in (("category", self.tr("Category")), ("industry", self.tr("Industry")),
                           ("region", self.tr("Region")), ("grade", self.tr("Grade")),
                           ("value_class", self.tr("Value class")), ("stage", self.tr("Lifecycle stage")),
                           ("tag", self.tr("Tag"))):
            self.group_by.addItem(label, key)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setObjectName("runReport")
        self.run_button.setDefault(True)
        self.templates_button = QToolButton()
        self.templates_button.setText(self.tr("Templates"))
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.templates_menu = QMenu(self)
        self.templates_button.setMenu(self.templates_menu)
        self.templates_menu.aboutToShow.connect(self._fill_templates_menu)
        self.classes_button = QPushButton(self.tr("Update value classes"))
        self.classes_button.setToolTip(self.tr("Store every customer's class A/B/C from the revenue of the "
                                               "twelve months ending at the period's end"))
        self.classes_button.clicked.connect(self.update_value_classes)
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.xlsx_button.setEnabled(False)
        self.pdf_button.setEnabled(False)

        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Report")), self.choice, QLabel(self.tr("Period")), self.period, self.date_from,
                  QLabel("–"), self.date_to, self.param_label, self.param, QLabel(self.tr("Group by")),
                  self.group_by, self.run_button):
            bar.addWidget(w)
        bar.addStretch(1)
        actions = QHBoxLayout()  # beside the heading: the choices above fit a 1366 px screen in every language
        actions.addWidget(self.classes_button)
        actions.addWidget(self.templates_button)
        actions.addWidget(self.xlsx_button)
        actions.addWidget(self.pdf_button)

        self.heading = QLabel()
        f = self.heading.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.heading.setFont(f)
        self.heading.setMinimumWidth(200)  # a long title is cut, never widens the window
        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("reportChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.model = ReportModel(ctx, self)
        self.table: QTableView = make_table(self.model, sortable=True)
        self.table.setObjectName("reportTable")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart_view)
        split.addWidget(self.table)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addLayout(actions)
        lay.addLayout(head)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)

        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        self.run_button.clicked.connect(self.run)
        self.xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.templates: list[reports.TemplateInfo] = []
        ctx.company_changed.connect(self._clear)
        ctx.company_changed.connect(self.load_templates)
        ctx.data_changed.connect(self.load_templates)
        self.load_templates()
        self._setting_period = False
        self._period_changed()
        self._choice_changed()

    # ---- choices ---------------------------------------------------------------------------------
    def _title(self, name: str) -> str:
        en, zh = reports.TITLES[name]
        return zh if self.ctx.language == "zh_CN" else en

    @property
    def name(self) -> str:
        return str(self.choice.currentData())

    def _choice_changed(self) -> None:
        name = self.name
        if name == "frequency":
            self.param_label.setText(self.tr("Inactive after (days)"))
            self.param.setValue(90)
        elif name == "top_overdue":
            self.param_label.setText(self.tr("Customers"))
            self.param.setValue(20)
        self.classes_button.setVisible(name == "contribution")
        self.param_label.setVisible(name in ("frequency", "top_overdue"))
        self.param.setVisible(name in ("frequency", "top_overdue"))
        self.template = None

    def _period_changed(self) -> None:
        key = self.period.currentData()
        today = self.ctx.today()
        first = today.replace(day=1)
        if key == "month":
            rng = (first, today)
        elif key == "last_month":
            end = first - dt.timedelta(days=1)
            rng = (end.replace(day=1), end)
        elif key == "quarter":
            rng = (dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1), today)
        elif key == "ytd":
            rng = (dt.date(today.year, 1, 1), today)
        elif key == "12m":
            rng = (today - dt.timedelta(days=364), today)
        else:
            return
        self._setting_period = True
        self.date_from.set_date(rng[0])
        self.date_to.set_date(rng[1])
        self._setting_period = False

    def _dates_edited(self) -> None:
        if not self._setting_period:
            self.period.blockSignals(True)
            self.period.setCurrentIndex(self.period.findData("custom"))
            self.period.blockSignals(False)

    def set_period(self, date_from: dt.date, date_to: dt.date) -> None:
        self.date_from.set_date(date_from)
        self.date_to.set_date(date_to)

    def select(self, name: str) -> None:
        self.choice.setCurrentIndex(self.choice.findData(name))

    # ---- running ---------------------------------------------------------------------------------
    def params(self) -> dict[str, Any]:
        if self.name == "frequency":
            return {"inactive_days": self.param.value()}
        if self.name == "top_overdue":
            return {"limit": self.param.value()}
        return {}

    def run(self) -> None:
        config = self.template.config if self.template is not None else None
        self.ctx.call(run_with_template, self.name, self.date_from.value(), self.date_to.value(), self.params(),
                      config, str(self.group_by.currentData() or ""), on_done=self.show_report,
                      key=f"report-{id(self)}", read=True)

    def show_report(self, report: Report) -> None:
        self.report = report
        title = report.title_zh if self.ctx.language == "zh_CN" else report.title
        if self.template is not None:
            title += f" — {self.template.name}"
        if report.name in ("utilization", "top_overdue"):
            period = self.tr("as of %1").replace("%1", self.ctx.date(report.date_to))
        else:
            period = f"{self.ctx.date(report.date_from)} – {self.ctx.date(report.date_to)}"
        self.heading.setText(f"{title}   {period}")
        text = "   ".join(f"{self._words(k.replace('_', ' '))}: {self._summary_text(report, k, v)}"
                           for k, v in report.summary.items())
        if report.group_note[0]:
            text += "\n" + (report.group_note[1] if self.ctx.language == "zh_CN" else report.group_note[0])
        self.summary.setText(text)
        self.model.set_report(report)
        self.table.clearSpans()
        for row in self.model.head_rows():
            self.table.setSpan(row, 0, 1, len(report.columns))
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        self._draw_chart(report.chart)
        self.xlsx_button.setEnabled(True)
        self.pdf_button.setEnabled(True)

    def _words(self, text: str) -> str:
        if self.ctx.language == "zh_CN":
            return ZH.get(text, text)
        if text in EN:
            return EN[text]
        return text[:1].upper() + text[1:] if text.islower() else text  # "total revenue" -> "Total revenue"

    def _summary_text(self, report: Report, key: str, value: Any) -> str:
        kind = report.summary_kinds.get(key, "")
        if value is None:
            return "—"
        if kind == "money":
            return self.ctx.money_cur(value)
        if kind == "ratio":
            return self.ctx.percent(value)
        return str(value)

    def _clear(self) -> None:
        self.report = None
        self.model.set_report(None)
        self.chart.removeAllSeries()
        self.heading.clear()
        self.summary.clear()
        self.xlsx_button.setEnabled(False)
        self.pdf_button.setEnabled(False)

    def update_value_classes(self) -> None:
        from app.services.customers.classification import recompute_value_classes

        def done(res: Any) -> None:
            self.ctx.status_message.emit(
                self.tr("Value classes as of %1: A %2, B %3, C %4").replace("%1", self.ctx.date(res.as_of))
                .replace("%2", str(res.counts["A"])).replace("%3", str(res.counts["B"]))
                .replace("%4", str(res.counts["C"])))

        self.ctx.call(recompute_value_classes, self.date_to.value(), write=True, on_done=done)

    # ---- the chart -------------------------------------------------------------------------------
    def _height(self, value: Decimal | None, kind: str) -> int:
        """Bar and point heights are geometry only: whole units (percent for ratios, thousands for large
        money); the figures themselves stay Decimal in the table."""
        if value is None:
            return 0
        if kind == "ratio":
            return int(value * 100)
        if kind == "money" and self._thousands:
            return int(value / 1000)
        return int(value)

    def _draw_chart(self, chart: Chart | None) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if chart is None or not chart.categories:
            self.chart.setTitle(self.tr("Nothing to chart"))
            return
        self.chart.setTitle(self._words(chart.title))
        money_values = [abs(v) for s in chart.series if s.axis == "left" for v in s.values if v is not None]
        self._thousands = chart.value_kind == "money" and max(money_values, default=0) >= 100000
        ax = QBarCategoryAxis()
        ax.append(list(chart.categories))
        if len(chart.categories) > 12:
            ax.setLabelsAngle(-90)
            small = ax.labelsFont()
            small.setPointSizeF(small.pointSizeF() * 0.8)
            ax.setLabelsFont(small)
        self.chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        left = QValueAxis()
        left.setLabelFormat("%d")
        self.chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
        right: QValueAxis | None = None
        bars = QBarSeries()
        highs = {"left": [1], "right": [1]}
        for i, s in enumerate(chart.series):
            kind = chart.right_kind if s.axis == "right" else chart.value_kind
            heights = [self._height(v, kind) for v in s.values]
            highs[s.axis] += heights
            color = QColor(SERIES_COLORS[i % len(SERIES_COLORS)])
            if s.kind == "bar":
                bs = QBarSet(self._words(s.name))
                bs.setColor(color)
                for h in heights:
                    bs.append(h)
                bars.append(bs)
                continue
            line = QLineSeries()
            line.setName(self._words(s.name))
            line.setColor(color)
            for x, h in enumerate(heights):
                line.append(x, h)
            self.chart.addSeries(line)
            line.attachAxis(ax)
            if s.axis == "right":
                if right is None:
                    right = QValueAxis()
                    right.setLabelFormat("%d%%" if chart.right_kind == "ratio" else "%d")
                    self.chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
                line.attachAxis(right)
            else:
                line.attachAxis(left)
        if bars.count():
            self.chart.addSeries(bars)
            bars.attachAxis(ax)
            bars.attachAxis(left)
        left.setRange(min(0, *highs["left"]), max(highs["left"]) * 1.1)
        left.applyNiceNumbers()
        if chart.value_kind == "ratio":
            left.setLabelFormat("%d%%")
        left.setTitleText(self.tr("thousands") if self._thousands else "")
        if right is not None:
            right.setRange(0, 100 if chart.right_kind == "ratio" else max(highs["right"]) * 1.05)
        self.chart.legend().setVisible(len(chart.series) > 1)

    # ---- export ----------------------------------------------------------------------------------
    def _export(self, kind: str) -> None:
        if self.report is None:
            return
        suffix = ".xlsx" if kind == "xlsx" else ".pdf"
        filt = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("PDF (*.pdf)")
        default = str(Path.home() / f"{self.report.name}-{self.report.date_to.isoformat()}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), default, filt)
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.export_to(path, kind)

    def export_to(self, path: str, kind: str = "xlsx") -> None:
        if self.report is None:
            return
        self.ctx.call(export_report, self.report, path, kind, self.ctx.language,
                      on_done=lambda p: self.ctx.status_message.emit(self.tr("Saved %1").replace("%1", str(p))))

    # ---- templates -------------------------------------------------------------------------------
    def _fill_templates_menu(self) -> None:
        self.templates_menu.clear()
        save = QAction(self.tr("Save current view as template…"), self.templates_menu)
        save.setEnabled(self.report is not None)
        save.triggered.connect(self.save_template_dialog)
        self.templates_menu.addAction(save)
        if self.template is not None:
            clear = QAction(self.tr("Show the whole report"), self.templates_menu)
            clear.triggered.connect(self.clear_template)
            self.templates_menu.addAction(clear)
        self.templates_menu.addSeparator()
        templates = self.templates
        for t in templates:
            act = QAction(f"{t.name}  ({self._title(t.report)})", self.templates_menu)
            act.triggered.connect(lambda _=False, t=t: self.open_template(t))
            self.templates_menu.addAction(act)
        if templates:
            self.templates_menu.addSeparator()
            delete = self.templates_menu.addMenu(self.tr("Delete template"))
            for t in templates:
                act = QAction(t.name, delete)
                act.triggered.connect(lambda _=False, t=t: self.delete_template(t.name))
                delete.addAction(act)

    def load_templates(self) -> None:
        self.ctx.call(reports.list_templates, on_done=self._set_templates, key=f"report-templates-{id(self)}")

    def _set_templates(self, templates: list[reports.TemplateInfo]) -> None:
        self.templates = templates

    def open_template(self, template: reports.TemplateInfo) -> None:
        self.select(template.report)
        self.template = template
        self.group_by.setCurrentIndex(max(0, self.group_by.findData(template.config.get("group_by") or "")))
        params = template.config.get("params") or {}
        if "inactive_days" in params or "limit" in params:
            self.param.setValue(int(params.get("inactive_days") or params.get("limit") or self.param.value()))
        self.run()

    def clear_template(self) -> None:
        self.template = None
        self.run()

    def save_template_dialog(self) -> None:
        if self.report is None:
            return
        header = self.table.horizontalHeader()
        col = header.sortIndicatorSection()
        key = self.report.columns[col].key if 0 <= col < len(self.report.columns) else ""
        dlg = TemplateDialog(self.report, key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        name = dlg.name.text().strip()
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Template name"), self.tr("Name"))
            if not ok or not name.strip():
                return
        self.save_template(name, dlg.config())

    def save_template(self, name: str, config: dict[str, Any]) -> None:
        config = {**config, "params": self.params()}
        if self.group_by.currentData():
            config.setdefault("group_by", str(self.group_by.currentData()))
        self.ctx.call(reports.save_template, name, self.name, config, write=True,
                      on_done=self._template_saved)

    def _template_saved(self, info: reports.TemplateInfo) -> None:
        self.template = info
        self.ctx.status_message.emit(self.tr("Template %1 saved").replace("%1", info.name))
        self.run()

    def delete_template(self, name: str) -> None:
        if QMessageBox.question(self, self.tr("Delete template"),
                                self.tr("Delete the template %1?").replace("%1", name)) \
                != QMessageBox.StandardButton.Yes:
            return
        self.ctx.call(reports.delete_template, name, write=True)
