"""Orders page (订单): every sales order with filters; new, confirm (credit check), invoice, cancel."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.orders import service as svc
from app.services.unit_of_work import UnitOfWork
from app.ui.context import AppContext
from app.ui.dialogs.order import InvoiceOrderDialog, OrderDialog, cancel_order, confirm_order, status_label
from app.ui.widgets import RIGHT, Column, ListModel, fit_columns, make_table

STATUS_COLORS = {"draft": "#555555", "confirmed": "#1565c0", "invoiced": "#2e7d32", "cancelled": "#9e9e9e"}


class OrdersPage(QWidget):
    """Registry page "orders"."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("orderSearch")
        self.search.setPlaceholderText(self.tr("Search number, customer, notes…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("orderStatus")
        self.status.addItem(self.tr("Open (draft and confirmed)"), "open")
        self.status.addItem(self.tr("All"), "")
        for s in svc.STATUSES:
            self.status.addItem(status_label(s), s)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())

        self.new_button = QPushButton(self.tr("New order…"))
        self.new_button.setObjectName("newOrder")
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setObjectName("confirmOrder")
        self.invoice_button = QPushButton(self.tr("Invoice this order…"))
        self.invoice_button.setObjectName("invoiceOrder")
        self.cancel_button = QPushButton(self.tr("Cancel order…"))
        self.cancel_button.setObjectName("cancelOrder")
        self.new_button.clicked.connect(self.new_item)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.invoice_button.clicked.connect(self.invoice_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)

        c = ctx
        self.model: ListModel[svc.OrderInfo] = ListModel([
            Column(self.tr("Number"), lambda o: o.number),
            Column(self.tr("Date"), lambda o: c.date(o.date), key=lambda o: o.date),
            Column(self.tr("Customer"), lambda o: f"{o.customer_code} {o.customer_name}"),
            Column(self.tr("Status"), lambda o: status_label(o.status), key=lambda o: svc.STATUSES.index(o.status),
                   color=lambda o: QColor(STATUS_COLORS.get(o.status, "#333333"))),
            Column(self.tr("Amount"), lambda o: c.money(o.amount), key=lambda o: o.amount, align=RIGHT),
            Column(self.tr("Invoiced"), lambda o: c.money(o.invoiced, blank_zero=True), key=lambda o: o.invoiced,
                   align=RIGHT),
            Column(self.tr("Open"), lambda o: c.money(o.open_amount, blank_zero=True), key=lambda o: o.open_amount,
                   align=RIGHT),
            Column(self.tr("Delivery"), lambda o: c.date(o.expected_on), key=lambda o: o.expected_on or o.date),
            Column(self.tr("Notes"), lambda o: o.cancel_reason or o.notes),
        ], self)
        self.view = make_table(self.model, stretch=8, sortable=True)
        self.view.setObjectName("ordersTable")
        fit_columns(self.view, [12, 11, 26, 10, 13, 13, 13, 11, 0])
        self.view.selectionModel().currentRowChanged.connect(lambda _a, _b: self._enable())
        self.view.doubleClicked.connect(lambda _i: self.invoice_selected())
        self.summary = QLabel()
        self.summary.setObjectName("ordersSummary")
        self.summary.setAlignment(RIGHT)
        self.detail = QLabel()
        self.detail.setObjectName("orderDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status, 1)
        bar.addStretch(1)
        for b in (self.new_button, self.confirm_button, self.invoice_button, self.cancel_button):
            bar.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.detail)
        lay.addWidget(self.summary)
        ctx.data_changed.connect(self.reload)
        self.reload()

    # ---- loading ---------------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self.ctx.db is None:
            return
        status = str(self.status.currentData() or "")
        text = self.search.text()

        def load(uow: UnitOfWork) -> list[svc.OrderInfo]:
            return svc.list_orders(uow, status="" if status == "open" else status, search=text,
                                   open_only=status == "open")

        self.ctx.call(load, on_done=self._show, key=f"orders-{id(self)}", read=True)

    def _show(self, rows: list[svc.OrderInfo]) -> None:
        number = self.selected().number if self.selected() is not None else None  # type: ignore[union-attr]
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        for r in range(self.model.rowCount()):
            o = self.model.row_at(r)
            if o is not None and o.number == number:
                self.view.selectRow(r)
        open_total = sum((o.open_amount for o in rows if o.status == "confirmed"), Decimal(0))
        self.summary.setText(self.tr("%n order(s)", "", len(rows)) + " · " + self.tr(
            "confirmed and not invoiced %1").replace("%1", self.ctx.money_cur(open_total)))
        self._enable()

    def selected(self) -> svc.OrderInfo | None:
        idx = self.view.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def select_number(self, number: str) -> bool:
        for r in range(self.model.rowCount()):
            o = self.model.row_at(r)
            if o is not None and o.number == number:
                self.view.selectRow(r)
                self._enable()
                return True
        return False

    def _enable(self) -> None:
        o = self.selected()
        writable = self.ctx.db is not None and not self.ctx.db.read_only
        self.new_button.setEnabled(writable)
        self.confirm_button.setEnabled(writable and o is not None and o.status == "draft")
        self.invoice_button.setEnabled(writable and o is not None and o.status == "confirmed" and o.open_amount > 0)
        self.cancel_button.setEnabled(writable and o is not None and o.status in ("draft", "confirmed"))
        if o is None:
            self.detail.setText("")
            return
        parts = [f"{o.number} · {o.customer_code} {o.customer_name} · {status_label(o.status)}"]
        if o.lines:
            parts.append(self.tr("%n line(s)", "", len(o.lines)))
        if o.invoices:
            parts.append(self.tr("Invoices: %1").replace("%1", ", ".join(o.invoices)))
        if o.override_reason:
            parts.append(self.tr("Credit override: %1").replace("%1", o.override_reason))
        if o.cancel_reason:
            parts.append(self.tr("Cancelled: %1").replace("%1", o.cancel_reason))
        self.detail.setText(" · ".join(parts))

    # ---- actions ---------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_item(self) -> OrderDialog:
        dlg = OrderDialog(self.ctx, "", self)
        dlg.created.connect(lambda o: self.ctx.status_message.emit(
            self.tr("Order %1 saved as a draft.").replace("%1", o.number)))
        dlg.open()
        return dlg

    def confirm_selected(self) -> None:
        o = self.selected()
        if o is not None and o.status == "draft":
            confirm_order(self.ctx, self, o.number)

    def invoice_selected(self) -> InvoiceOrderDialog | None:
        o = self.selected()
        if o is None or o.status != "confirmed":
            return None
        dlg = InvoiceOrderDialog(self.ctx, o, self)
        dlg.invoiced.connect(lambda r: self.ctx.status_message.emit(
            self.tr("Invoice %1 posted from order %2.").replace("%1", r.invoice.number).replace("%2", r.order.number)))
        dlg.open()
        return dlg

    def cancel_selected(self) -> None:
        o = self.selected()
        if o is not None:
            cancel_order(self.ctx, self, o.number)
