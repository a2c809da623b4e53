"""Entry dialogs of the ledger: invoice (one amount or lines), payment / credit note, void.

Keyboard-first: Enter moves to the next field, Ctrl+S posts. Amounts are typed in the
locale's format and parsed to Decimal; a bad amount shows a message beside the field and
nothing is posted.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import money as m
from app.services.approvals import requests as approval_requests
from app.services.approvals.requests import Gated
from app.services.dto import AllocationProposal, DocumentInfo, LineInput
from app.services.errors import CreditRefused
from app.services.ledger import postings as svc
from app.services.vocabulary import PAYMENT_METHODS
from app.ui.context import AppContext
from app.ui.dialogs.approval_notice import told
from app.ui.dialogs.document_print import add_post_and_print
from app.ui.errors import detail_text, error_text, field_label, problems_by_field
from app.ui.widgets import RIGHT, DateEdit, EnterMovesOn, FieldMessage, MoneyEdit


def kind_label(kind: str) -> str:
    return {
        "invoice": QCoreApplication.translate("Kinds", "Invoice"), "payment": QCoreApplication.translate("Kinds", "Payment"),
        "credit_note": QCoreApplication.translate("Kinds", "Credit note"), "refund": QCoreApplication.translate("Kinds", "Refund"),
        "write_off": QCoreApplication.translate("Kinds", "Write-off"), "opening_balance": QCoreApplication.translate("Kinds", "Opening balance"),
        "charge": QCoreApplication.translate("Kinds", "Charge"), "void": QCoreApplication.translate("Kinds", "Void"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {"posted": QCoreApplication.translate("Kinds", "posted"), "draft": QCoreApplication.translate("Kinds", "draft"), "voided": QCoreApplication.translate("Kinds", "voided")
            }.get(status, status)


def method_label(method: str) -> str:
    return {"bank_transfer": QCoreApplication.translate("Kinds", "Bank transfer"), "cash": QCoreApplication.translate("Kinds", "Cash"), "card": QCoreApplication.translate("Kinds", "Card"),
            "cheque": QCoreApplication.translate("Kinds", "Cheque"), "other": QCoreApplication.translate("Kinds", "Other")}.get(method, method)


def ask_override_reason(parent: QWidget, exc: CreditRefused) -> str:
    """The reason for a credit override, or '' when the user gives up."""
    from app.ui.dialogs import override

    return str(override.ask_override_reason(parent, exc) or "")


class _EntryDialog(QDialog):
    posted = Signal(object)

    def __init__(self, ctx: AppContext, customer_id: int, customer_label: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.form = QFormLayout()
        self.messages: dict[str, FieldMessage] = {}
        self._enter = EnterMovesOn(self)
        head = QLabel(customer_label)
        head.setObjectName("entryCustomer")
        f = head.font()
        f.setBold(True)
        head.setFont(f)
        self.form_message = QLabel()
        self.form_message.setObjectName("formMessage")
        self.form_message.setStyleSheet("color: #b00020;")
        self.form_message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.post_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.post_button.setText(self.tr("Post (Ctrl+S)"))
        self.post_button.setObjectName("postButton")
        self.post_button.setAutoDefault(False)
        self.post_button.setDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        self.body = QVBoxLayout(self)
        self.body.addWidget(head)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        self.body.addWidget(self.form_message)
        self.body.addWidget(self.buttons)

    def add_row(self, label: str, widget: QWidget, field: str) -> None:
        msg = FieldMessage()
        msg.setObjectName(f"msg_{field}")
        self.messages[field] = msg
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        v.addWidget(msg)
        widget.installEventFilter(self._enter)
        self.form.addRow(label, holder)

    def show_problems(self, problems: dict[str, str]) -> None:
        for field, msg in self.messages.items():
            msg.show_message(problems.get(field, ""))
        rest = [f"{field_label(k)}: {v}" for k, v in problems.items() if k not in self.messages]
        self.form_message.setText("\n".join(rest))

    def amount_problem(self, edit: MoneyEdit) -> tuple[Decimal | None, str]:
        try:
            value = edit.value()
        except ValueError as exc:
            return None, _amount_message(str(exc))
        if value <= 0:
            return None, self.tr("Enter an amount greater than zero.")
        return value, ""

    def failed(self, exc: BaseException) -> None:
        self.post_button.setEnabled(True)
        by_field = problems_by_field(exc)
        if by_field:
            self.show_problems(by_field)
        else:
            self.form_message.setText(error_text(exc))

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


def _amount_message(reason: str) -> str:
    if reason == "empty":
        return QCoreApplication.translate("Entry", "Enter an amount.")
    if "decimal places" in reason:
        return QCoreApplication.translate("Entry", "Too many decimal places for this currency.")
    return QCoreApplication.translate("Entry", "Not an amount. Type it like 1,234.50.")


class InvoiceDialog(_EntryDialog):
    """A new invoice: one amount, or lines of quantity x unit price + tax."""

    def __init__(self, ctx: AppContext, customer_id: int, customer_label: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, customer_label, parent)
        self.setObjectName("invoiceDialog")
        self.setWindowTitle(self.tr("New invoice"))
        self.setMinimumWidth(620)
        self.date = DateEdit(ctx.today())
        self.date.setObjectName("date")
        self.due_on = QCheckBox(self.tr("Set a due date (default: payment terms)"))
        self.due = DateEdit(ctx.today() + dt.timedelta(days=30))
        self.due.setEnabled(False)
        self.due_on.toggled.connect(self.due.setEnabled)
        due_box = QWidget()
        dl = QHBoxLayout(due_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.due_on)
        dl.addWidget(self.due)
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setPlaceholderText(self.tr("next number"))
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.amount = MoneyEdit(ctx)
        self.amount.setObjectName("amount")
        self.use_lines = QCheckBox(self.tr("Enter lines (quantity × unit price + tax)"))
        self.use_lines.setObjectName("useLines")
        self.add_row(self.tr("Date"), self.date, "date")
        self.add_row(self.tr("Due date"), due_box, "due_date")
        self.add_row(self.tr("Number"), self.number, "number")
        self.add_row(self.tr("Description"), self.description, "description")
        self.add_row(self.tr("Amount"), self.amount, "amount")
        self.form.addRow("", self.use_lines)
        self.lines = QTableWidget(0, 5)
        self.lines.setObjectName("lines")
        self.lines.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Quantity"), self.tr("Unit price"),
                                              self.tr("Tax %"), self.tr("Total")])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setMinimumHeight(150)
        self.lines.itemChanged.connect(lambda _i: self._line_totals())
        self.add_line_button = QPushButton(self.tr("Add line"))
        self.add_line_button.clicked.connect(self.add_line)
        self.lines_box = QWidget()
        lb = QVBoxLayout(self.lines_box)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.addWidget(self.lines)
        row = QHBoxLayout()
        row.addWidget(self.add_line_button)
        row.addStretch(1)
        self.lines_message = FieldMessage()
        row.addWidget(self.lines_message)
        lb.addLayout(row)
        self.lines_box.hide()
        self.body.addWidget(self.lines_box)
        self.use_lines.toggled.connect(self._mode)
        self.finish_layout()
        self.post_and_print = add_post_and_print(self, "invoice")
        self.date.setFocus()

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
        for c, v in enumerate((description, qty, price, tax, "")):
            item = QTableWidgetItem(v)
            if c > 0:
                item.setTextAlignment(RIGHT)
            if c == 4:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.lines.setItem(r, c, item)
        self.lines.blockSignals(False)
        self._line_totals()

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
                q = self.ctx.parse_decimal(qty or "1")
                p = self.ctx.parse_money(price)
                rate = self.ctx.parse_decimal(tax or "0") / 100
            except ValueError:
                return [], self.tr("Line %1: quantity, price or tax is not a number.").replace("%1", str(r + 1))
            out.append(LineInput(desc, q, p, rate))
        if not out:
            return [], self.tr("Enter at least one line.")
        return out, ""

    def _line_totals(self) -> None:
        self.lines.blockSignals(True)
        total = Decimal(0)
        for r in range(self.lines.rowCount()):
            try:
                q = self.ctx.parse_decimal(self._cell(r, 1) or "1")
                p = self.ctx.parse_money(self._cell(r, 2))
                rate = self.ctx.parse_decimal(self._cell(r, 3) or "0") / 100
                net = m.round_money(q * p, self.ctx.digits)
                line = net + m.round_money(net * rate, self.ctx.digits)
                total += line
                text = self.ctx.money(line)
            except ValueError:
                text = ""
            item = self.lines.item(r, 4)
            if item is not None:
                item.setText(text)
        self.lines.blockSignals(False)
        if self.use_lines.isChecked():
            self.amount.set_value(total)

    def submit(self, override_reason: str = "") -> None:
        problems: dict[str, str] = {}
        lines: list[LineInput] = []
        amount: Decimal | None = None
        if self.use_lines.isChecked():
            lines, msg = self.line_inputs()
            self.lines_message.show_message(msg)
            if msg:
                problems["lines"] = msg
        else:
            amount, msg = self.amount_problem(self.amount)
            if msg:
                problems["amount"] = msg
        due = self.due.value() if self.due_on.isChecked() else None
        if due is not None and due < self.date.value():
            problems["due_date"] = self.tr("The due date is before the invoice date.")
        self.show_problems({k: v for k, v in problems.items() if k != "lines"})
        if problems:
            return
        self.post_button.setEnabled(False)

        def done(result: svc.PostResult) -> None:
            if result.warning:
                self.ctx.status_message.emit(detail_text(result.warning) or result.warning)
            self.posted.emit(result.document)
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, CreditRefused) and not override_reason:
                self.post_button.setEnabled(True)
                reason = ask_override_reason(self, exc)
                if reason:
                    self.submit(reason)
                return
            self.failed(exc)

        self.ctx.call(svc.post_invoice, self.customer_id, self.date.value(), amount, lines=lines,
                      number=self.number.text().strip(), due_date=due, description=self.description.text().strip(),
                      override_reason=override_reason, write=True, on_done=done, on_error=failed)


class CreditDialog(_EntryDialog):
    """A payment or a credit note: proposes the oldest-first application, which the user can change."""

    COL_NUMBER, COL_DATE, COL_DUE, COL_OPEN, COL_APPLY = range(5)

    def __init__(self, ctx: AppContext, customer_id: int, customer_label: str, kind: str = "payment",
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, customer_label, parent)
        self.kind = kind
        self.setObjectName("paymentDialog" if kind == "payment" else "creditNoteDialog")
        self.setWindowTitle(self.tr("New payment") if kind == "payment" else self.tr("New credit note"))
        self.setMinimumWidth(680)
        self.date = DateEdit(ctx.today())
        self.date.setObjectName("date")
        self.amount = MoneyEdit(ctx)
        self.amount.setObjectName("amount")
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setPlaceholderText(self.tr("next number"))
        self.method = QComboBox()
        for meth in PAYMENT_METHODS:
            self.method.addItem(method_label(meth), meth)
        self.memo = QLineEdit()
        self.memo.setObjectName("memo")
        self.add_row(self.tr("Date"), self.date, "date")
        self.add_row(self.tr("Amount"), self.amount, "amount")
        self.add_row(self.tr("Number"), self.number, "number")
        if kind == "payment":
            self.add_row(self.tr("Method"), self.method, "method")
        self.add_row(self.tr("Memo") if kind == "payment" else self.tr("Reason"), self.memo, "memo")
        self.alloc = QTableWidget(0, 5)
        self.alloc.setObjectName("allocation")
        self.alloc.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Date"), self.tr("Due"),
                                              self.tr("Open"), self.tr("Apply")])
        self.alloc.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.alloc.verticalHeader().setVisible(False)
        self.alloc.setMinimumHeight(180)
        self.alloc.itemChanged.connect(self._edited)
        self.alloc_info = QLabel()
        self.alloc_info.setObjectName("allocationInfo")
        self.alloc_message = FieldMessage()
        self.messages["allocations"] = self.alloc_message
        self.propose_button = QPushButton(self.tr("Oldest first"))
        self.propose_button.setToolTip(self.tr("Apply the amount to the oldest open items first"))
        self.propose_button.clicked.connect(self.propose)
        self.clear_button = QPushButton(self.tr("Leave unapplied"))
        self.clear_button.clicked.connect(self._clear)
        box = QVBoxLayout()
        box.addWidget(QLabel(self.tr("Application to open items")))
        box.addWidget(self.alloc)
        row = QHBoxLayout()
        row.addWidget(self.propose_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.alloc_info)
        box.addLayout(row)
        box.addWidget(self.alloc_message)
        self.body.addLayout(box)
        self.finish_layout()
        if kind == "payment":
            self.post_and_print = add_post_and_print(self, "payment")
        self.debits: list[AllocationProposal] = []
        self.user_changed = False
        self._filling = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._auto_propose)
        self.amount.textChanged.connect(lambda _t: self._timer.start())
        self.date.dateChanged.connect(lambda _d: self._timer.start())
        ctx.call(svc.open_debits, customer_id, on_done=self._got_debits, read=True)
        self.amount.setFocus()

    def _got_debits(self, debits: list[AllocationProposal]) -> None:
        self.debits = debits
        self._fill({})

    def _fill(self, proposal: dict[int, Decimal]) -> None:
        self._filling = True
        self.alloc.setRowCount(len(self.debits))
        for r, d in enumerate(self.debits):
            values = (d.number, self.ctx.date(d.date), self.ctx.date(d.due_date), self.ctx.money(d.open_amount),
                      self.ctx.money(proposal[d.debit_id]) if proposal.get(d.debit_id) else "")
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c >= self.COL_OPEN:
                    item.setTextAlignment(RIGHT)
                if c != self.COL_APPLY:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.alloc.setItem(r, c, item)
        self._filling = False
        self._update_info()

    def _auto_propose(self) -> None:
        if not self.user_changed:
            self.propose()

    def propose(self) -> None:
        try:
            amount = self.amount.value()
        except ValueError:
            return
        if amount <= 0:
            return
        self.user_changed = False

        def got(proposal: list[AllocationProposal]) -> None:
            self._fill({p.debit_id: p.amount for p in proposal})

        self.ctx.call(svc.propose_allocation, self.customer_id, self.date.value(), amount, on_done=got,
                      key=f"propose-{id(self)}", on_error=lambda _e: None, read=True)

    def _clear(self) -> None:
        self._fill({})
        self.user_changed = True

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != self.COL_APPLY:
            return
        self.user_changed = True
        self._update_info()

    def allocations(self) -> tuple[list[tuple[int, Decimal]], str]:
        out: list[tuple[int, Decimal]] = []
        for r, d in enumerate(self.debits):
            item = self.alloc.item(r, self.COL_APPLY)
            text = item.text().strip() if item is not None else ""
            if not text:
                continue
            try:
                value = self.ctx.parse_money(text)
            except ValueError:
                return [], self.tr("%1: not an amount.").replace("%1", d.number)
            if value > d.open_amount:
                return [], self.tr("%1 is open for %2 only.").replace("%1", d.number).replace(
                    "%2", self.ctx.money(d.open_amount))
            if value > 0:
                out.append((d.debit_id, value))
        return out, ""

    def _update_info(self) -> None:
        allocs, _msg = self.allocations()
        applied = sum((a for _i, a in allocs), Decimal(0))
        try:
            amount = self.amount.value()
        except ValueError:
            amount = Decimal(0)
        self.alloc_info.setText(self.tr("Applied %1 · unapplied %2").replace("%1", self.ctx.money(applied)).replace(
            "%2", self.ctx.money(max(amount - applied, Decimal(0)))))

    def submit(self) -> None:
        problems: dict[str, str] = {}
        amount, msg = self.amount_problem(self.amount)
        if msg:
            problems["amount"] = msg
        allocs, amsg = self.allocations()
        if amsg:
            problems["allocations"] = amsg
        elif amount is not None and sum((a for _i, a in allocs), Decimal(0)) > amount:
            problems["allocations"] = self.tr("More is applied than the amount.")
        if self.kind == "credit_note" and not self.memo.text().strip():
            pass  # a credit note's reason is optional
        self.show_problems(problems)
        if problems:
            return
        self.post_button.setEnabled(False)
        kw: dict[str, Any] = {"number": self.number.text().strip(), "memo": self.memo.text().strip()}
        if self.kind == "payment":
            kw["method"] = str(self.method.currentData())
        if self.user_changed:
            kw["allocations"] = allocs

        def done(result: svc.PostResult) -> None:
            self.posted.emit(result.document)
            self.accept()

        self.ctx.call(svc.post_credit, self.kind, self.customer_id, self.date.value(), amount, **kw,
                      write=True, on_done=done, on_error=self.failed)


class VoidDialog(_EntryDialog):
    """Void a posted document by a reversing entry (with a reason, audited)."""

    def __init__(self, ctx: AppContext, document: DocumentInfo | None, document_id: int, label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, document.customer_id if document else 0, label, parent)
        self.document_id = document_id
        self.setObjectName("voidDialog")
        self.setWindowTitle(self.tr("Void document"))
        self.setMinimumWidth(480)
        self.date = DateEdit(ctx.today())
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.add_row(self.tr("Date"), self.date, "date")
        self.add_row(self.tr("Reason"), self.reason, "reason")
        note = QLabel(self.tr("A void posts a reversing entry; the document stays in the ledger, marked voided."))
        note.setWordWrap(True)
        self.body.addWidget(note)
        self.post_button.setText(self.tr("Void (Ctrl+S)"))
        self.finish_layout()
        self.reason.setFocus()

    def submit(self) -> None:
        if not self.reason.text().strip():
            self.show_problems({"reason": self.tr("Say why the document is voided.")})
            return
        self.post_button.setEnabled(False)

        def done(g: Gated[DocumentInfo]) -> None:
            if not told(self.ctx, self.parentWidget(), g):  # --- approvals: an old document's void may wait ---
                self.posted.emit(g.applied)
            self.accept()

        self.ctx.call(approval_requests.void_document, self.document_id, self.date.value(),
                      self.reason.text().strip(), self.ctx.today(), write=True, on_done=done, on_error=self.failed)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes
