"""Sales order dialogs: a new order (one amount or lines), confirming with the credit override,
"Invoice this order" (all of it or a part), cancelling with a reason."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import money as m
from app.services.customers import records as csvc
from app.services.dto import LineInput
from app.services.errors import CreditRefused
from app.services.orders import service as svc
from app.services.unit_of_work import UnitOfWork
from app.ui.context import AppContext
from app.ui.dialogs.override import ask_override_reason
from app.ui.errors import detail_text, error_text, field_label, problems_by_field, show_error
from app.ui.widgets import RIGHT, DateEdit, FieldMessage, MoneyEdit


def status_label(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("Orders", "draft"),
        "confirmed": QCoreApplication.translate("Orders", "confirmed"),
        "invoiced": QCoreApplication.translate("Orders", "invoiced"),
        "cancelled": QCoreApplication.translate("Orders", "cancelled"),
    }.get(status, status)


class OrderDialog(QDialog):
    """A new sales order: customer, date, expected delivery, number, notes, an amount or lines."""

    created = Signal(object)  # OrderInfo

    def __init__(self, ctx: AppContext, customer_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("orderDialog")
        self.setWindowTitle(self.tr("New sales order"))
        self.setMinimumWidth(640)
        self.customer = QLineEdit(customer_code)
        self.customer.setObjectName("customer")
        self.customer.setPlaceholderText(self.tr("customer code"))
        self._names = QStringListModel(self)
        comp = QCompleter(self._names, self)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        comp.activated.connect(lambda text: self.customer.setText(text.split(" — ", 1)[0]))
        self.customer.setCompleter(comp)
        self.customer.textEdited.connect(self._complete)
        self.date = DateEdit(ctx.today())
        self.date.setObjectName("date")
        self.expected_on = QCheckBox(self.tr("Expected delivery"))
        self.expected = DateEdit(ctx.today())
        self.expected.setEnabled(False)
        self.expected_on.toggled.connect(self.expected.setEnabled)
        exp = QWidget()
        el = QHBoxLayout(exp)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(self.expected_on)
        el.addWidget(self.expected, 1)
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setPlaceholderText(self.tr("next number"))
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        self.amount = MoneyEdit(ctx)
        self.amount.setObjectName("amount")
        self.use_lines = QCheckBox(self.tr("Enter lines (quantity × unit price + tax)"))
        self.use_lines.setObjectName("useLines")
        self.messages: dict[str, FieldMessage] = {}
        form = QFormLayout()
        for label, widget, field in ((self.tr("Customer"), self.customer, "customer"),
                                     (self.tr("Date"), self.date, "date"),
                                     (self.tr("Delivery"), exp, "expected_on"),
                                     (self.tr("Number"), self.number, "number"),
                                     (self.tr("Notes"), self.notes, "notes"),
                                     (self.tr("Amount"), self.amount, "amount")):
            holder = QWidget()
            v = QVBoxLayout(holder)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(1)
            v.addWidget(widget)
            msg = FieldMessage()
            msg.setObjectName(f"msg_{field}")
            v.addWidget(msg)
            self.messages[field] = msg
            form.addRow(label, holder)
        form.addRow("", self.use_lines)
        self.lines = QTableWidget(0, 4)
        self.lines.setObjectName("lines")
        self.lines.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Quantity"), self.tr("Unit price"),
                                              self.tr("Tax %")])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setMinimumHeight(140)
        self.lines.itemChanged.connect(lambda _i: self._total())
        self.add_line_button = QPushButton(self.tr("Add line"))
        self.add_line_button.clicked.connect(lambda: self.add_line())
        self.lines_box = QWidget()
        lb = QVBoxLayout(self.lines_box)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.addWidget(self.lines)
        lb.addWidget(self.add_line_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.lines_box.hide()
        self.use_lines.toggled.connect(self._mode)
        self.form_message = QLabel()
        self.form_message.setObjectName("formMessage")
        self.form_message.setStyleSheet("color: #b00020;")
        self.form_message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("Save order (Ctrl+S)"))
        self.save_button.setObjectName("saveOrder")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.lines_box)
        lay.addWidget(self.form_message)
        lay.addWidget(self.buttons)
        (self.date if customer_code else self.customer).setFocus()

    def _complete(self, text: str) -> None:
        text = text.strip()
        if not text:
            return

        def search(uow: UnitOfWork) -> list[str]:
            ids = csvc.search_ids(uow, csvc.CustomerFilter(search=text))[:30]
            assert self.ctx.db is not None
            return [f"{r.code} — {r.name}" for r in csvc.rows_for(self.ctx.db.read_uow(), ids)]

        self.ctx.call(search, on_done=self._names.setStringList, key=f"order-customer-{id(self)}", read=True)

    def _mode(self, lines: bool) -> None:
        self.lines_box.setVisible(lines)
        self.amount.setReadOnly(lines)
        if lines and self.lines.rowCount() == 0:
            self.add_line()
        self.adjustSize()

    def add_line(self, description: str = "", qty: str = "1", price: str = "", tax: str = "0") -> None:
        r = self.lines.rowCount()
        self.lines.blockSignals(True)
        self.lines.insertRow(r)
        for c, v in enumerate((description, qty, price, tax)):
            item = QTableWidgetItem(v)
            if c > 0:
                item.setTextAlignment(RIGHT)
            self.lines.setItem(r, c, item)
        self.lines.blockSignals(False)
        self._total()

    def _cell(self, r: int, c: int) -> str:
        item = self.lines.item(r, c)
        return item.text().strip() if item is not None else ""

    def line_inputs(self) -> tuple[list[LineInput], str]:
        out: list[LineInput] = []
        for r in range(self.lines.rowCount()):
            desc, qty, price, tax = (self._cell(r, c) for c in range(4))
            if not (desc or price):
                continue
            try:
                out.append(LineInput(desc, self.ctx.parse_decimal(qty or "1"), self.ctx.parse_money(price),
                                     self.ctx.parse_decimal(tax or "0") / 100))
            except ValueError:
                return [], self.tr("Line %1: quantity, price or tax is not a number.").replace("%1", str(r + 1))
        if not out:
            return [], self.tr("Enter at least one line.")
        return out, ""

    def _total(self) -> None:
        lines, msg = self.line_inputs()
        if msg or not self.use_lines.isChecked():
            return
        total = Decimal(0)
        for ln in lines:
            net = m.round_money(ln.quantity * ln.unit_price, self.ctx.digits)
            total += net + m.round_money(net * ln.tax_rate, self.ctx.digits)
        self.amount.set_value(total)

    def show_problems(self, problems: dict[str, str]) -> None:
        for field, msg in self.messages.items():
            msg.show_message(problems.get(field, ""))
        self.form_message.setText("\n".join(f"{field_label(k)}: {v}" for k, v in problems.items()
                                            if k not in self.messages))

    def submit(self) -> None:
        problems: dict[str, str] = {}
        code = self.customer.text().strip().split(" — ", 1)[0]
        if not code:
            problems["customer"] = self.tr("Choose the customer.")
        lines: list[LineInput] = []
        amount: Decimal | None = None
        if self.use_lines.isChecked():
            lines, msg = self.line_inputs()
            if msg:
                problems["lines"] = msg
        else:
            try:
                amount = self.amount.value()
            except ValueError:
                problems["amount"] = self.tr("Not an amount. Type it like 1,234.50.")
            else:
                if amount <= 0:
                    problems["amount"] = self.tr("Enter an amount greater than zero.")
        expected = self.expected.value() if self.expected_on.isChecked() else None
        if expected is not None and expected < self.date.value():
            problems["expected_on"] = self.tr("The delivery date is before the order date.")
        self.show_problems(problems)
        if problems:
            return
        self.save_button.setEnabled(False)

        def done(info: svc.OrderInfo) -> None:
            self.created.emit(info)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            by_field = problems_by_field(exc)
            if by_field:
                self.show_problems(by_field)
            else:
                self.form_message.setText(error_text(exc))

        self.ctx.call(svc.create_order, code, self.date.value(), amount, lines=lines,
                      number=self.number.text().strip(), expected_on=expected, notes=self.notes.text().strip(),
                      write=True, on_done=done, on_error=failed)


class InvoiceOrderDialog(QDialog):
    """Invoice this order: the invoice date and the amount (the open amount: all of the rest)."""

    invoiced = Signal(object)  # OrderInvoiced

    def __init__(self, ctx: AppContext, order: svc.OrderInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order = order
        self.setObjectName("invoiceOrderDialog")
        self.setWindowTitle(self.tr("Invoice order %1").replace("%1", order.number))
        self.setMinimumWidth(460)
        head = QLabel(f"{order.customer_code} {order.customer_name} · {order.number}")
        f = head.font()
        f.setBold(True)
        head.setFont(f)
        info = QLabel(self.tr("Order %1 · invoiced %2 · open %3").replace("%1", ctx.money(order.amount))
                      .replace("%2", ctx.money(order.invoiced)).replace("%3", ctx.money(order.open_amount)))
        self.date = DateEdit(max(ctx.today(), order.date))
        self.date.setObjectName("date")
        self.amount = MoneyEdit(ctx)
        self.amount.setObjectName("amount")
        self.amount.set_value(order.open_amount)
        note = QLabel(self.tr("Invoicing less than the open amount leaves the rest of the order open. "
                              "The whole order is invoiced with its lines."))
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Invoice date"), self.date)
        form.addRow(self.tr("Amount"), self.amount)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Post invoice"))
        self.ok.setObjectName("postOrderInvoice")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(lambda: self.submit())
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (head, info):
            lay.addWidget(w)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)

    def submit(self, override_reason: str = "") -> None:
        try:
            amount = self.amount.value()
        except ValueError:
            self.message.setText(self.tr("Not an amount. Type it like 1,234.50."))
            return
        self.ok.setEnabled(False)

        def done(result: svc.OrderInvoiced) -> None:
            if result.warning:
                self.ctx.status_message.emit(detail_text(result.warning) or result.warning)
            self.invoiced.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ok.setEnabled(True)
            if isinstance(exc, CreditRefused) and not override_reason:
                reason = ask_override_reason(self, exc)
                if reason:
                    self.submit(reason)
                return
            self.message.setText(error_text(exc))

        self.ctx.call(svc.invoice_order, self.order.number, date=self.date.value(), amount=amount,
                      override_reason=override_reason, write=True, on_done=done, on_error=failed)


def confirm_order(ctx: AppContext, parent: QWidget, number: str, override_reason: str = "") -> None:
    """Confirm a draft order; a credit refusal opens the override dialog, a warning shows in the status bar."""
    def done(result: svc.ConfirmResult) -> None:
        text = QCoreApplication.translate("Orders", "Order %1 confirmed.").replace("%1", result.order.number)
        if result.warning:
            text += " " + (detail_text(result.warning) or result.warning)
        ctx.status_message.emit(text)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, CreditRefused) and not override_reason:
            reason = ask_override_reason(parent, exc)
            if reason:
                confirm_order(ctx, parent, number, reason)
            return
        show_error(parent, exc)

    ctx.call(svc.confirm_order, number, override_reason=override_reason, write=True, on_done=done,
             on_error=failed)


def cancel_order(ctx: AppContext, parent: QWidget, number: str) -> bool:
    """Ask why and cancel the order; False when the user gives up."""
    reason, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Orders", "Cancel order"),
        QCoreApplication.translate("Orders", "Why is order %1 cancelled?").replace("%1", number))
    if not ok or not reason.strip():
        return False
    ctx.call(svc.cancel_order, number, reason.strip(), write=True, on_error=lambda exc: show_error(parent, exc),
             on_done=lambda o: ctx.status_message.emit(
                 QCoreApplication.translate("Orders", "Order %1 cancelled.").replace("%1", o.number)))
    return True
