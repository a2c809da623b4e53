"""A customer's records beside the ledger: promises to pay (with their outcome), contracts,
the communication log, and the credit holds. One dialog with a tab each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.collections import reminders
from app.services.collections.reminders import ContractInfo, PromiseOutcome
from app.services.credit import figures as credit
from app.services.credit.figures import HoldInfo
from app.services.customers import communication
from app.services.customers.communication import CHANNELS, CommunicationInfo, CommunicationInput
from app.services.dto import DocumentInfo
from app.services.ledger import postings as svc
from app.services.unit_of_work import UnitOfWork
from app.ui.context import AppContext
from app.ui.dialogs.customer_feedback import FeedbackTab
from app.ui.dialogs.daywork import FormDialog, HoldDialog, PromiseDialog, ReleaseDialog
from app.ui.errors import QT_TRANSLATE_NOOP, error_text
from app.ui.widgets import (
    RIGHT,
    Column,
    DateEdit,
    ListModel,
    MoneyEdit,
    fit_columns,
    fit_to_screen,
    make_table,
)

CHANNEL_SOURCES = {
    "phone": QT_TRANSLATE_NOOP("Records", "Phone"),
    "email": QT_TRANSLATE_NOOP("Records", "E-mail"),
    "visit": QT_TRANSLATE_NOOP("Records", "Visit"),
    "letter": QT_TRANSLATE_NOOP("Records", "Letter"),
    "meeting": QT_TRANSLATE_NOOP("Records", "Meeting"),
    "message": QT_TRANSLATE_NOOP("Records", "Message"),
    "other": QT_TRANSLATE_NOOP("Records", "Other"),
}
OUTCOME_SOURCES = {
    "open": QT_TRANSLATE_NOOP("Records", "open"),
    "kept": QT_TRANSLATE_NOOP("Records", "kept"),
    "broken": QT_TRANSLATE_NOOP("Records", "broken"),
    "cancelled": QT_TRANSLATE_NOOP("Records", "cancelled"),
    "voided": QT_TRANSLATE_NOOP("Records", "invoice voided"),
}


def channel_label(channel: str) -> str:
    src = CHANNEL_SOURCES.get(channel)
    return QCoreApplication.translate("Records", src) if src else channel


def outcome_label(outcome: str) -> str:
    src = OUTCOME_SOURCES.get(outcome)
    return QCoreApplication.translate("Records", src) if src else outcome


class ContractDialog(FormDialog):
    """A new contract, or a change to one."""

    def __init__(self, ctx: AppContext, code: str, label: str, contract: ContractInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, label, parent)
        self.setObjectName("contractDialog")
        self.setWindowTitle(self.tr("Edit contract") if contract else self.tr("New contract"))
        self.setMinimumWidth(520)
        self.code = code
        self.contract = contract
        today = ctx.today()
        self.number = QLineEdit(contract.number if contract else "")
        self.number.setObjectName("number")
        self.start = DateEdit(contract.start_on if contract else today)
        self.start.setObjectName("start")
        self.end = DateEdit(contract.end_on if contract else dt.date(today.year + 1, today.month, 1))
        self.end.setObjectName("end")
        self.value = MoneyEdit(ctx)
        self.value.setObjectName("value")
        self.value.set_value(contract.value if contract else None)
        self.reminder_days = QSpinBox()
        self.reminder_days.setObjectName("reminderDays")
        self.reminder_days.setRange(0, 3650)
        self.reminder_days.setValue(contract.reminder_days if contract else 30)
        self.reminder_days.setSuffix(self.tr(" days"))
        self.description = QLineEdit(contract.description if contract else "")
        self.description.setObjectName("description")
        self.add_row(self.tr("Number"), self.number, "number")
        self.add_row(self.tr("Start"), self.start, "start_on")
        self.add_row(self.tr("End"), self.end, "end_on")
        self.add_row(self.tr("Value"), self.value, "value")
        self.add_row(self.tr("Remind before the end"), self.reminder_days, "reminder_days")
        self.add_row(self.tr("Description"), self.description, "description")
        self.finish(self.tr("Save"))
        self.number.setFocus()

    def submit(self) -> None:
        problems: dict[str, str] = {}
        if not self.number.text().strip():
            problems["number"] = self.tr("Enter the contract number.")
        if self.end.value() < self.start.value():
            problems["end_on"] = self.tr("The contract ends before it starts.")
        try:
            value = self.value.value() if self.value.text().strip() else Decimal(0)
        except ValueError:
            problems["value"] = self.tr("Not an amount. Type it like 1,234.50.")
            value = Decimal(0)
        if self.show_problems(problems):
            return
        args = (self.number.text().strip(), self.start.value(), self.end.value(), value,
                self.reminder_days.value(), self.description.text().strip())
        if self.contract is None:
            self.run(reminders.add_contract, self.code, *args)
        else:
            self.run(reminders.update_contract, self.contract.id, *args)


class OutcomeDialog(FormDialog):
    """Record what became of a promise: kept or broken, with a note. It then leaves the reminders."""

    def __init__(self, ctx: AppContext, promise: PromiseOutcome, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("%1 · %2 by %3").replace("%1", promise.invoice).replace(
            "%2", ctx.money_cur(promise.amount)).replace("%3", ctx.date(promise.promised_on)), parent)
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(self.tr("Outcome of the promise"))
        self.setMinimumWidth(480)
        self.promise = promise
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        for key in ("kept", "broken"):
            self.outcome.addItem(outcome_label(key), key)
        self.outcome.setCurrentIndex(0 if promise.outcome == "kept" else 1)
        self.note = QLineEdit(promise.outcome_note)
        self.note.setObjectName("note")
        paid = QLabel(self.tr("Paid in the promise's window: %1").replace("%1", ctx.money_cur(promise.paid)))
        self.add_row(self.tr("Outcome"), self.outcome, "outcome")
        self.add_row(self.tr("Note"), self.note, "note")
        self.body.addWidget(paid)
        self.finish(self.tr("Record"))
        self.note.setFocus()

    def submit(self) -> None:
        self.run(reminders.record_promise_outcome, self.promise.id, str(self.outcome.currentData()),
                 self.note.text().strip(), on=self.ctx.today())


class LogDialog(FormDialog):
    """Write down a contact: when, how, what was said, and when to follow up."""

    def __init__(self, ctx: AppContext, code: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, label, parent)
        self.setObjectName("logDialog")
        self.setWindowTitle(self.tr("Log a contact"))
        self.setMinimumWidth(520)
        self.code = code
        self.date = DateEdit(ctx.today())
        self.date.setObjectName("date")
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for ch in CHANNELS:
            self.channel.addItem(channel_label(ch), ch)
        self.summary = QLineEdit()
        self.summary.setObjectName("summary")
        self.has_follow_up = QCheckBox(self.tr("Follow up on"))
        self.has_follow_up.setObjectName("hasFollowUp")
        self.follow_up = DateEdit(ctx.today() + dt.timedelta(days=7))
        self.follow_up.setObjectName("followUp")
        self.follow_up.setEnabled(False)
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        box = QWidget()
        bl = QHBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.has_follow_up)
        bl.addWidget(self.follow_up, 1)
        self.add_row(self.tr("Date"), self.date, "date")
        self.add_row(self.tr("Channel"), self.channel, "channel")
        self.add_row(self.tr("Summary"), self.summary, "summary")
        self.add_row(self.tr("Follow-up"), box, "follow_up_on")
        self.finish(self.tr("Save"))
        self.summary.setFocus()

    def submit(self) -> None:
        problems: dict[str, str] = {}
        if not self.summary.text().strip():
            problems["summary"] = self.tr("Say what was discussed.")
        follow = self.follow_up.value() if self.has_follow_up.isChecked() else None
        if follow is not None and follow < self.date.value():
            problems["follow_up_on"] = self.tr("A follow-up cannot be before the contact.")
        if self.show_problems(problems):
            return
        self.run(communication.add_entry, self.code, CommunicationInput(
            self.date.value(), str(self.channel.currentData()), self.summary.text().strip(), follow))


class Records:
    """Everything the dialog shows, read in one job."""

    def __init__(self, promises: list[PromiseOutcome], contracts: list[ContractInfo], log: list[CommunicationInfo],
                 holds: list[HoldInfo]) -> None:
        self.promises = promises
        self.contracts = contracts
        self.log = log
        self.holds = holds


def load_records(uow: UnitOfWork, code: str, as_of: dt.date) -> Records:
    return Records(reminders.promise_outcomes(uow, code, as_of), reminders.contracts(uow, code),
                   communication.entries_for(uow, code), credit.holds(uow, code))


class CustomerRecordsDialog(QDialog):
    """Promises, contracts, communication log and holds of one customer."""

    changed = Signal()

    def __init__(self, ctx: AppContext, code: str, label: str, parent: QWidget | None = None,
                 tab: str = "promises") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code = code
        self.label = label
        self.child: QDialog | None = None  # the last dialog opened from here
        self.setObjectName("customerRecordsDialog")
        self.setWindowTitle(self.tr("Customer records: %1").replace("%1", label))
        fit_to_screen(self, 900, 560)
        c = ctx
        self.promises_model: ListModel[PromiseOutcome] = ListModel([
            Column(self.tr("Invoice"), lambda p: p.invoice),
            Column(self.tr("Pays by"), lambda p: c.date(p.promised_on)),
            Column(self.tr("Amount"), lambda p: c.money(p.amount), align=RIGHT),
            Column(self.tr("Paid"), lambda p: c.money(p.paid), align=RIGHT),
            Column(self.tr("Outcome"), lambda p: outcome_label(p.outcome) + (
                " · " + self.tr("recorded") if p.recorded else ""), tip=lambda p: p.outcome_note),
            Column(self.tr("Note"), lambda p: p.note),
        ], self)
        self.contracts_model: ListModel[ContractInfo] = ListModel([
            Column(self.tr("Number"), lambda k: k.number),
            Column(self.tr("Start"), lambda k: c.date(k.start_on)),
            Column(self.tr("End"), lambda k: c.date(k.end_on)),
            Column(self.tr("Value"), lambda k: c.money(k.value), align=RIGHT),
            Column(self.tr("Reminder days"), lambda k: str(k.reminder_days), align=RIGHT),
            Column(self.tr("Description"), lambda k: k.description),
        ], self)
        self.log_model: ListModel[CommunicationInfo] = ListModel([
            Column(self.tr("Date"), lambda e: c.date(e.date)),
            Column(self.tr("Channel"), lambda e: channel_label(e.channel)),
            Column(self.tr("Summary"), lambda e: e.summary),
            Column(self.tr("Follow-up"), lambda e: (c.date(e.follow_up_on) + (" ✓" if e.follow_up_done else ""))
                   if e.follow_up_on else ""),
        ], self)
        self.holds_model: ListModel[HoldInfo] = ListModel([
            Column(self.tr("From"), lambda h: c.date(h.start_on)),
            Column(self.tr("Until"), lambda h: c.date(h.until_on) if h.until_on else self.tr("open-ended")),
            Column(self.tr("Reason"), lambda h: h.reason),
            Column(self.tr("Released"), lambda h: c.date(h.released_on)),
            Column(self.tr("Note"), lambda h: h.release_note),
        ], self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("recordsTabs")
        self.promises_view, self.promise_buttons = self._tab(self.promises_model, self.tr("Promises to pay"), [
            ("newPromise", self.tr("New promise…"), self.new_promise),
            ("promiseOutcome", self.tr("Record outcome…"), self.record_outcome),
            ("cancelPromise", self.tr("Cancel promise"), self.cancel_promise)], [10, 11, 12, 12, 14, 0], 5)
        self.contracts_view, self.contract_buttons = self._tab(self.contracts_model, self.tr("Contracts"), [
            ("newContract", self.tr("New contract…"), self.new_contract),
            ("editContract", self.tr("Edit…"), self.edit_contract),
            ("deleteContract", self.tr("Delete"), self.delete_contract)], [12, 11, 11, 13, 8, 0], 5)
        self.log_view, self.log_buttons = self._tab(self.log_model, self.tr("Communication log"), [
            ("newLog", self.tr("New entry…"), self.new_log),
            ("followUpDone", self.tr("Follow-up done"), self.follow_up_done),
            ("deleteLog", self.tr("Delete"), self.delete_log)], [11, 8, 0, 13], 2)
        self.holds_view, self.hold_buttons = self._tab(self.holds_model, self.tr("Credit holds"), [
            ("holdButton", self.tr("Put on hold…"), self.hold),
            ("releaseButton", self.tr("Release hold…"), self.release)], [11, 11, 0, 11, 14], 2)
        self.feedback_tab = FeedbackTab(ctx, code, label, self)  # satisfaction scores (its own reload)
        self.tabs.addTab(self.feedback_tab, self.feedback_tab.title())
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(bottom)
        self.tabs.setCurrentIndex({"promises": 0, "contracts": 1, "log": 2, "holds": 3, "feedback": 4}.get(tab, 0))
        ctx.data_changed.connect(self.reload)
        self.reload()

    def _tab(self, model: ListModel[Any], title: str, buttons: list[tuple[str, str, Callable[[], None]]],
             widths: list[int], stretch: int) -> tuple[QTableView, dict[str, QPushButton]]:
        view = make_table(model, stretch=stretch)
        fit_columns(view, widths)
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(view, 1)
        row = QHBoxLayout()
        out: dict[str, QPushButton] = {}
        for name, text, slot in buttons:
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(b)
            out[name] = b
        row.addStretch(1)
        v.addLayout(row)
        self.tabs.addTab(page, title)
        return view, out

    def reload(self) -> None:
        self.ctx.call(load_records, self.code, self.ctx.today(), on_done=self._show, read=True,
                      key=f"records-{id(self)}", on_error=lambda e: self.message.setText(error_text(e)))

    def _show(self, r: Records) -> None:
        self.promises_model.set_rows(r.promises)
        self.contracts_model.set_rows(r.contracts)
        self.log_model.set_rows(r.log)
        self.holds_model.set_rows(r.holds)

    @staticmethod
    def _selected(view: QTableView, model: ListModel[Any]) -> Any:
        idx = view.currentIndex()
        return model.row_at(idx.row()) if idx.isValid() else None

    def _open(self, dlg: QDialog) -> QDialog:
        self.child = dlg
        dlg.open()
        return dlg

    def _write(self, service: Any, *args: Any) -> None:
        self.message.setText("")
        self.ctx.call(service, *args, write=True, on_error=lambda e: self.message.setText(error_text(e)))

    # ---- promises
    def new_promise(self) -> None:
        def got(items: list[Any]) -> None:
            invoices = [i for i in items if i.kind == "invoice"]
            if not invoices:
                self.message.setText(self.tr("The customer has no open invoice."))
                return
            names = [f"{i.number} · {self.ctx.date(i.due_date)} · {self.ctx.money(i.open_amount)}" for i in invoices]
            choice, ok = QInputDialog.getItem(self, self.tr("Promise to pay"), self.tr("Which invoice?"), names, 0,
                                              False)
            if ok and choice in names:
                inv = invoices[names.index(choice)]
                self.ctx.call(svc.get_document, inv.id, read=True, on_done=self._promise_for)

        self.ctx.call(svc.open_items, self.code, self.ctx.today(), read=True, on_done=got)

    def _promise_for(self, doc: DocumentInfo) -> None:
        self._open(PromiseDialog(self.ctx, doc, self))

    def record_outcome(self) -> None:
        p = self._selected(self.promises_view, self.promises_model)
        if p is None or p.outcome in ("cancelled", "voided"):
            self.message.setText(self.tr("Choose a promise that is not cancelled."))
            return
        self._open(OutcomeDialog(self.ctx, p, self))

    def cancel_promise(self) -> None:
        p = self._selected(self.promises_view, self.promises_model)
        if p is None or p.outcome == "cancelled":
            return
        if QMessageBox.question(self, self.tr("Cancel promise"), self.tr("Cancel the promise to pay %1 by %2?")
                                .replace("%1", self.ctx.money(p.amount)).replace("%2", self.ctx.date(p.promised_on))
                                ) == QMessageBox.StandardButton.Yes:
            self._write(reminders.cancel_promise, p.id)

    # ---- contracts
    def new_contract(self) -> None:
        self._open(ContractDialog(self.ctx, self.code, self.label, None, self))

    def edit_contract(self) -> None:
        k = self._selected(self.contracts_view, self.contracts_model)
        if k is not None:
            self._open(ContractDialog(self.ctx, self.code, self.label, k, self))

    def delete_contract(self) -> None:
        k = self._selected(self.contracts_view, self.contracts_model)
        if k is not None and QMessageBox.question(self, self.tr("Delete"), self.tr("Delete contract %1?").replace(
                "%1", k.number)) == QMessageBox.StandardButton.Yes:
            self._write(reminders.delete_contract, k.id)

    # ---- log
    def new_log(self) -> None:
        self._open(LogDialog(self.ctx, self.code, self.label, self))

    def follow_up_done(self) -> None:
        e = self._selected(self.log_view, self.log_model)
        if e is not None and e.follow_up_on is not None:
            self._write(communication.set_follow_up_done, e.id, not e.follow_up_done)

    def delete_log(self) -> None:
        e = self._selected(self.log_view, self.log_model)
        if e is not None and QMessageBox.question(self, self.tr("Delete"), self.tr("Delete this entry?")
                                                  ) == QMessageBox.StandardButton.Yes:
            self._write(communication.delete_entry, e.id)

    # ---- holds
    def hold(self) -> None:
        self._open(HoldDialog(self.ctx, self.code, self.label, self))

    def release(self) -> None:
        self._open(ReleaseDialog(self.ctx, self.code, self.label, self))
