"""A customer's open confirmed orders and what they add to the credit exposure (credit view panel)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.orders import service as svc
from app.ui.context import AppContext
from app.ui.widgets import RIGHT, Column, ListModel, fit_columns, make_table


class CustomerOrdersPanel(QWidget):
    """``show_customer(code)``: the open orders, their total, exposure without and with them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("customerOrders")
        self.code = ""
        self.figures: svc.CustomerOrders | None = None
        self.title = QLabel(self.tr("Select a customer to see the open orders."))
        self.title.setObjectName("customerOrdersTitle")
        self.title.setWordWrap(True)
        c = ctx
        self.model: ListModel[svc.OrderInfo] = ListModel([
            Column(self.tr("Order"), lambda o: o.number),
            Column(self.tr("Date"), lambda o: c.date(o.date), key=lambda o: o.date),
            Column(self.tr("Delivery"), lambda o: c.date(o.expected_on), key=lambda o: o.expected_on or o.date),
            Column(self.tr("Amount"), lambda o: c.money(o.amount), key=lambda o: o.amount, align=RIGHT),
            Column(self.tr("Not invoiced"), lambda o: c.money(o.open_amount), key=lambda o: o.open_amount,
                   align=RIGHT),
            Column(self.tr("Notes"), lambda o: o.notes),
        ], self)
        self.view = make_table(self.model, stretch=5, sortable=True)
        self.view.setObjectName("customerOrdersTable")
        self.view.setMaximumHeight(150)
        fit_columns(self.view, [12, 11, 11, 13, 13, 0])
        self.view.doubleClicked.connect(lambda _i: self.ctx.navigate.emit("orders", None))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.view)
        ctx.data_changed.connect(self.reload)

    def show_customer(self, code: str) -> None:
        self.code = code
        self.reload()

    def reload(self) -> None:
        if not self.code or self.ctx.db is None:
            return
        self.ctx.call(svc.customer_orders, self.code, on_done=self._show, key=f"customer-orders-{id(self)}",
                      read=True)

    def _show(self, f: svc.CustomerOrders) -> None:
        self.figures = f
        self.model.set_rows(list(f.orders))
        text = self.tr("%1: %n open order(s) for %2 · exposure %3 · with the orders %4", "", len(f.orders))
        text = (text.replace("%1", f.customer).replace("%2", self.ctx.money_cur(f.open_total))
                .replace("%3", self.ctx.money_cur(f.exposure)).replace("%4", self.ctx.money_cur(f.exposure_with_orders)))
        if f.credit_limit:
            text += " · " + self.tr("%1 of the limit %2").replace(
                "%1", self.ctx.percent(f.exposure_with_orders / f.credit_limit)).replace(
                "%2", self.ctx.money_cur(f.credit_limit))
        self.title.setText(text)
