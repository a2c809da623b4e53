"""The day's work on posted documents: a document's detail with its applications and history,
applying unapplied credit (one invoice or oldest first, previewed), refund, write-off, promise to
pay, dispute, and holding or releasing a customer.

Every dialog calls one service through ``ctx.call(..., write=True)``; the pages reload on
``data_changed``. Nothing here holds a session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.approvals import requests as approval_requests
from app.services.collections import reminders
from app.services.credit import figures as credit
from app.services.dto import AllocationProposal, ApplicationInfo, DocumentInfo
from app.services.errors import PermissionDenied
from app.services.ledger import postings as svc
from app.services.safety import audit_trail
from app.services.unit_of_work import UnitOfWork
from app.services.vocabulary import PAYMENT_METHODS
from app.ui.context import AppContext
from app.ui.dialogs.approval_notice import told
from app.ui.dialogs.entry import kind_label, method_label, status_label
from app.ui.errors import QT_TRANSLATE_NOOP, error_text, problems_by_field
from app.ui.widgets import (
    RIGHT,
    Column,
    DateEdit,
    EnterMovesOn,
    FieldMessage,
    ListModel,
    MoneyEdit,
    fit_columns,
    fit_to_screen,
    make_table,
)

ZERO = Decimal(0)


# This area's error details and field (their English is in app/ui/errors.py, which shows them): named
# here too, so that lupdate over this area's files keeps their translations in day_zh_CN.ts.
AREA_ERROR_TEXTS = (
    QT_TRANSLATE_NOOP("Errors", "%1 has nothing left to apply"),
    QT_TRANSLATE_NOOP("Errors", "the customer has no open item to apply it to"),
    QT_TRANSLATE_NOOP("Errors", "nothing of this credit is applied to this item"),
    QT_TRANSLATE_NOOP("Errors", "%1 has nothing left to refund"),
    QT_TRANSLATE_NOOP("Errors", "at most the unapplied %1"),
    QT_TRANSLATE_NOOP("Errors", "a refund cannot be dated before the payment"),
    QT_TRANSLATE_NOOP("Errors", "the promise is cancelled"),
    QT_TRANSLATE_NOOP("Fields", "Outcome"),
)


def doc_label(ctx: AppContext, d: DocumentInfo) -> str:
    return f"{kind_label(d.kind)} {d.number} · {ctx.money_cur(d.amount)}"


def is_credit(d: DocumentInfo) -> bool:
    return d.direction == -1 and d.kind != "void"


def can_apply(d: DocumentInfo) -> bool:
    return is_credit(d) and d.status == "posted" and d.open_amount > 0


def is_open_debit(d: DocumentInfo) -> bool:
    return d.direction == 1 and d.kind != "void" and d.status == "posted" and d.open_amount > 0


class FormDialog(QDialog):
    """A small form with a bold heading, a message under each field, and Ctrl+S for the main button."""

    done_signal = Signal(object)

    def __init__(self, ctx: AppContext, heading: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages: dict[str, FieldMessage] = {}
        self._enter = EnterMovesOn(self)
        head = QLabel(heading)
        head.setObjectName("dialogHeading")
        f = head.font()
        f.setBold(True)
        head.setFont(f)
        head.setWordWrap(True)
        self.form = QFormLayout()
        self.form_message = QLabel()
        self.form_message.setObjectName("formMessage")
        self.form_message.setStyleSheet("color: #b00020;")
        self.form_message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("FormDialog", "Cancel"))
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        self.body = QVBoxLayout(self)
        self.body.addWidget(head)
        self.body.addLayout(self.form)

    def finish(self, ok_text: str) -> None:
        self.ok_button.setText(ok_text + " (Ctrl+S)")
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

    def show_problems(self, problems: dict[str, str]) -> bool:
        for field, msg in self.messages.items():
            msg.show_message(problems.get(field, ""))
        self.form_message.setText("\n".join(v for k, v in problems.items() if k not in self.messages))
        return bool(problems)

    def amount(self, edit: MoneyEdit, field: str, problems: dict[str, str], most: Decimal | None = None
               ) -> Decimal | None:
        try:
            value = edit.value()
        except ValueError:
            problems[field] = QCoreApplication.translate("FormDialog", "Not an amount. Type it like 1,234.50.")
            return None
        if value <= 0:
            problems[field] = QCoreApplication.translate("FormDialog", "Enter an amount greater than zero.")
            return None
        if most is not None and value > most:
            problems[field] = QCoreApplication.translate("FormDialog", "At most %1.").replace(
                "%1", self.ctx.money(most))
            return None
        return value

    def run(self, service: Any, *args: Any, **kwargs: Any) -> None:
        """Call the service on the writer; close on success, show what is wrong otherwise."""
        self.ok_button.setEnabled(False)

        def done(result: object) -> None:
            self.done_signal.emit(result)
            self.accept()

        self.ctx.call(service, *args, write=True, on_done=done, on_error=self.failed, **kwargs)

    def failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        by_field = problems_by_field(exc)
        if by_field:
            self.show_problems(by_field)
        else:
            self.form_message.setText(error_text(exc))

    def submit(self) -> None:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError


# ---------------------------------------------------------------- applying credit

class ApplyCreditDialog(FormDialog):
    """Apply a payment's or credit note's unapplied remainder: to one open item, or oldest first."""

    def __init__(self, ctx: AppContext, credit_doc: DocumentInfo, parent: QWidget | None = None,
                 debit_id: int | None = None) -> None:
        super().__init__(ctx, self.tr("%1 · unapplied %2").replace("%1", f"{kind_label(credit_doc.kind)} "
                                                                            f"{credit_doc.number}")
                         .replace("%2", ctx.money_cur(credit_doc.open_amount)), parent)
        self.setObjectName("applyCreditDialog")
        self.setWindowTitle(self.tr("Apply unapplied credit"))
        self.setMinimumWidth(640)
        self.credit = credit_doc
        self.wanted_debit = debit_id
        self.debits: list[AllocationProposal] = []
        self.oldest: list[AllocationProposal] = []
        self.one = QRadioButton(self.tr("To one open item"))
        self.one.setObjectName("toOne")
        self.all = QRadioButton(self.tr("Oldest first over all open items"))
        self.all.setObjectName("oldestFirst")
        group = QButtonGroup(self)
        group.addButton(self.one)
        group.addButton(self.all)
        self.one.setChecked(True)
        self.target = QComboBox()
        self.target.setObjectName("target")
        self.amount_edit = MoneyEdit(ctx)
        self.amount_edit.setObjectName("amount")
        self.form.addRow(self.one)
        self.add_row(self.tr("Open item"), self.target, "target")
        self.add_row(self.tr("Amount"), self.amount_edit, "amount")
        self.form.addRow(self.all)
        self.preview_model: ListModel[AllocationProposal] = ListModel([
            Column(self.tr("Item"), lambda p: p.number),
            Column(self.tr("Due"), lambda p: ctx.date(p.due_date)),
            Column(self.tr("Open"), lambda p: ctx.money(p.open_amount), align=RIGHT),
            Column(self.tr("Apply"), lambda p: ctx.money(p.amount), align=RIGHT),
            Column(self.tr("Open after"), lambda p: ctx.money(p.open_amount - p.amount), align=RIGHT),
        ], self)
        self.preview = make_table(self.preview_model, stretch=0)
        self.preview.setObjectName("preview")
        fit_columns(self.preview, [0, 13, 14, 14, 14])
        self.preview.setMinimumHeight(160)
        self.preview_info = QLabel()
        self.preview_info.setObjectName("previewInfo")
        self.body.addWidget(QLabel(self.tr("What it will do")))
        self.body.addWidget(self.preview)
        self.body.addWidget(self.preview_info)
        self.finish(self.tr("Apply"))
        for sig in (self.one.toggled, self.all.toggled):
            sig.connect(lambda _v: self._mode())
        self.target.currentIndexChanged.connect(lambda _i: self._target_changed())
        self.amount_edit.textChanged.connect(lambda _t: self.update_preview())
        ctx.call(self._load, on_done=self._loaded, read=True)

    def _load(self, uow: UnitOfWork) -> tuple[list[AllocationProposal], list[AllocationProposal]]:
        debits = svc.open_debits(uow, self.credit.customer_id)
        return debits, svc.propose_credit_application(uow, self.credit.id)

    def _loaded(self, result: tuple[list[AllocationProposal], list[AllocationProposal]]) -> None:
        self.debits, self.oldest = result
        self.target.blockSignals(True)
        self.target.clear()
        for d in self.debits:
            self.target.addItem(self.tr("%1 · due %2 · open %3").replace("%1", d.number)
                                .replace("%2", self.ctx.date(d.due_date)).replace("%3", self.ctx.money(d.open_amount)),
                                d.debit_id)
        self.target.blockSignals(False)
        if self.wanted_debit is not None:
            i = self.target.findData(self.wanted_debit)
            if i >= 0:
                self.target.setCurrentIndex(i)
        if not self.debits:
            self.form_message.setText(self.tr("The customer has no open item to apply it to."))
            self.ok_button.setEnabled(False)
        self._target_changed()

    def _mode(self) -> None:
        one = self.one.isChecked()
        self.target.setEnabled(one)
        self.amount_edit.setEnabled(one)
        self.update_preview()

    def _chosen(self) -> AllocationProposal | None:
        i = self.target.currentIndex()
        return self.debits[i] if 0 <= i < len(self.debits) else None

    def _target_changed(self) -> None:
        d = self._chosen()
        if d is not None:
            self.amount_edit.set_value(min(d.open_amount, self.credit.open_amount))
        self.update_preview()

    def planned(self) -> list[AllocationProposal]:
        if self.all.isChecked():
            return self.oldest
        d = self._chosen()
        try:
            amt = self.amount_edit.value()
        except ValueError:
            return []
        if d is None or amt <= 0:
            return []
        return [AllocationProposal(d.debit_id, d.number, d.date, d.due_date, d.open_amount,
                                   min(amt, d.open_amount, self.credit.open_amount))]

    def update_preview(self) -> None:
        rows = self.planned()
        self.preview_model.set_rows(rows)
        applied = sum((p.amount for p in rows), ZERO)
        self.preview_info.setText(self.tr("Applies %1 · %2 stays unapplied").replace(
            "%1", self.ctx.money(applied)).replace("%2", self.ctx.money(self.credit.open_amount - applied)))

    def submit(self) -> None:
        if self.all.isChecked():
            if self.show_problems({}):
                return
            self.run(svc.apply_credit_oldest_first, self.credit.id)
            return
        problems: dict[str, str] = {}
        d = self._chosen()
        if d is None:
            problems["target"] = self.tr("Choose the open item.")
        most = min(d.open_amount, self.credit.open_amount) if d is not None else None
        amt = self.amount(self.amount_edit, "amount", problems, most)
        if self.show_problems(problems) or d is None:
            return
        self.run(svc.apply_credit, self.credit.id, d.debit_id, amt)


class RefundDialog(FormDialog):
    """Pay back an overpayment: the credit's unapplied remainder (or part of it) as a refund."""

    def __init__(self, ctx: AppContext, credit_doc: DocumentInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Refund from %1 · unapplied %2").replace(
            "%1", f"{kind_label(credit_doc.kind)} {credit_doc.number}").replace(
            "%2", ctx.money_cur(credit_doc.open_amount)), parent)
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("Refund an overpayment"))
        self.setMinimumWidth(480)
        self.credit = credit_doc
        self.date = DateEdit(max(ctx.today(), credit_doc.date))
        self.amount_edit = MoneyEdit(ctx)
        self.amount_edit.setObjectName("amount")
        self.amount_edit.set_value(credit_doc.open_amount)
        self.method = QComboBox()
        self.method.setObjectName("method")
        for meth in PAYMENT_METHODS:
            self.method.addItem(method_label(meth), meth)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.add_row(self.tr("Date"), self.date, "date")
        self.add_row(self.tr("Amount"), self.amount_edit, "amount")
        self.add_row(self.tr("Method"), self.method, "method")
        self.add_row(self.tr("Reason"), self.reason, "reason")
        self.finish(self.tr("Post refund"))

    def submit(self) -> None:
        problems: dict[str, str] = {}
        amt = self.amount(self.amount_edit, "amount", problems, self.credit.open_amount)
        if self.show_problems(problems):
            return
        self.run(svc.refund_credit, self.credit.id, self.date.value(), amt, method=str(self.method.currentData()),
                 reason=self.reason.text().strip())


class WriteOffDialog(FormDialog):
    """Write off what is left of a debt, with the reason (bad debt, small difference ...)."""

    def __init__(self, ctx: AppContext, debit: DocumentInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("%1 · open %2").replace("%1", f"{kind_label(debit.kind)} {debit.number}")
                         .replace("%2", ctx.money_cur(debit.open_amount)), parent)
        self.setObjectName("writeOffDialog")
        self.setWindowTitle(self.tr("Write off"))
        self.setMinimumWidth(480)
        self.debit = debit
        self.date = DateEdit(max(ctx.today(), debit.date))
        self.amount_edit = MoneyEdit(ctx)
        self.amount_edit.setObjectName("amount")
        self.amount_edit.set_value(debit.open_amount)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. customer insolvent; small difference"))
        self.add_row(self.tr("Date"), self.date, "date")
        self.add_row(self.tr("Amount"), self.amount_edit, "amount")
        self.add_row(self.tr("Reason"), self.reason, "reason")
        self.finish(self.tr("Write off"))
        self.reason.setFocus()

    def submit(self) -> None:
        problems: dict[str, str] = {}
        amt = self.amount(self.amount_edit, "amount", problems, self.debit.open_amount)
        if not self.reason.text().strip():
            problems["reason"] = self.tr("Say why the amount is written off.")
        if self.show_problems(problems) or amt is None:
            return
        # --- approvals: above the threshold a write-off waits for an approver ---
        self.done_signal.connect(lambda result: told(self.ctx, self.parentWidget(), result))
        self.run(approval_requests.write_off, self.debit.customer_id, self.date.value(), amt,
                 self.reason.text().strip(), allocations=[(self.debit.id, amt)])


class PromiseDialog(FormDialog):
    """Record a customer's promise to pay (part of) an invoice by a date."""

    def __init__(self, ctx: AppContext, debit: DocumentInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("%1 · open %2").replace("%1", f"{kind_label(debit.kind)} {debit.number}")
                         .replace("%2", ctx.money_cur(debit.open_amount)), parent)
        self.setObjectName("promiseDialog")
        self.setWindowTitle(self.tr("Promise to pay"))
        self.setMinimumWidth(480)
        self.debit = debit
        self.date = DateEdit(ctx.today() + dt.timedelta(days=7))
        self.date.setObjectName("promisedOn")
        self.amount_edit = MoneyEdit(ctx)
        self.amount_edit.setObjectName("amount")
        self.amount_edit.set_value(debit.open_amount)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.add_row(self.tr("Pays by"), self.date, "promised_on")
        self.add_row(self.tr("Amount"), self.amount_edit, "amount")
        self.add_row(self.tr("Note"), self.note, "note")
        self.finish(self.tr("Record promise"))

    def submit(self) -> None:
        problems: dict[str, str] = {}
        amt = self.amount(self.amount_edit, "amount", problems, self.debit.amount)
        if self.show_problems(problems) or amt is None:
            return
        self.run(reminders.add_promise, self.debit.number, self.date.value(), amt, self.note.text().strip(),
                 kind=self.debit.kind)


class HoldDialog(FormDialog):
    """Put a customer on credit hold, with the reason and (optionally) the last day."""

    def __init__(self, ctx: AppContext, code: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, label, parent)
        self.setObjectName("holdDialog")
        self.setWindowTitle(self.tr("Put on credit hold"))
        self.setMinimumWidth(480)
        self.code = code
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.has_until = QCheckBox(self.tr("Ends on"))
        self.has_until.setObjectName("hasUntil")
        self.until = DateEdit(ctx.today() + dt.timedelta(days=30))
        self.until.setObjectName("until")
        self.until.setEnabled(False)
        self.has_until.toggled.connect(self.until.setEnabled)
        box = QWidget()
        bl = QHBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.has_until)
        bl.addWidget(self.until, 1)
        self.add_row(self.tr("Reason"), self.reason, "reason")
        self.add_row(self.tr("Expiry"), box, "until")
        note = QLabel(self.tr("While on hold, new invoices need an override by a permitted user."))
        note.setWordWrap(True)
        self.body.addWidget(note)
        self.finish(self.tr("Put on hold"))
        self.reason.setFocus()

    def submit(self) -> None:
        problems: dict[str, str] = {}
        if not self.reason.text().strip():
            problems["reason"] = self.tr("Say why the customer is put on hold.")
        until = self.until.value() if self.has_until.isChecked() else None
        if until is not None and until < self.ctx.today():
            problems["until"] = self.tr("The hold would end before it starts.")
        if self.show_problems(problems):
            return
        self.run(credit.hold, self.code, self.reason.text().strip(), until=until, start=self.ctx.today())


class ReleaseDialog(FormDialog):
    """Release a customer's hold, with a note for the history."""

    def __init__(self, ctx: AppContext, code: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, label, parent)
        self.setObjectName("releaseDialog")
        self.setWindowTitle(self.tr("Release credit hold"))
        self.setMinimumWidth(440)
        self.code = code
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.add_row(self.tr("Note"), self.note, "note")
        self.finish(self.tr("Release"))

    def submit(self) -> None:
        # --- approvals: a release by a user without the approver right waits for one ---
        self.done_signal.connect(lambda result: told(self.ctx, self.parentWidget(), result))
        self.run(approval_requests.release_hold, self.code, note=self.note.text().strip(), today=self.ctx.today())


def ask_dispute(parent: QWidget, ctx: AppContext, d: DocumentInfo, on_done: Any = None) -> bool:
    """Confirm, then mark an invoice disputed (or clear the mark). Returns whether it was asked for."""
    if d.disputed:
        title = QCoreApplication.translate("Dispute", "Clear dispute")
        text = QCoreApplication.translate(
            "Dispute", "%1 is disputed. Clear the dispute? It will be dunned again when overdue.")
    else:
        title = QCoreApplication.translate("Dispute", "Mark disputed")
        text = QCoreApplication.translate(
            "Dispute", "Mark %1 disputed? It leaves dunning until the dispute is cleared.")
    text = text.replace("%1", f"{kind_label(d.kind)} {d.number}")
    if QMessageBox.question(parent, title, text) != QMessageBox.StandardButton.Yes:
        return False
    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, title, error_text(exc))

    ctx.call(svc.set_disputed, d.id, not d.disputed, write=True, on_done=on_done, on_error=failed)
    return True


# ---------------------------------------------------------------- a document's detail

ACTION_SOURCES = {
    "document.post": QT_TRANSLATE_NOOP("DocumentDialog", "Posted"),
    "document.draft": QT_TRANSLATE_NOOP("DocumentDialog", "Saved as draft"),
    "document.void": QT_TRANSLATE_NOOP("DocumentDialog", "Voided"),
    "document.dispute": QT_TRANSLATE_NOOP("DocumentDialog", "Marked disputed"),
    "document.undispute": QT_TRANSLATE_NOOP("DocumentDialog", "Dispute cleared"),
    "application.apply": QT_TRANSLATE_NOOP("DocumentDialog", "Applied"),
    "application.unapply": QT_TRANSLATE_NOOP("DocumentDialog", "Unapplied"),
    "promise.add": QT_TRANSLATE_NOOP("DocumentDialog", "Promise to pay recorded"),
    "promise.outcome": QT_TRANSLATE_NOOP("DocumentDialog", "Outcome of a promise recorded"),
}


def action_text(action: str) -> str:
    source = ACTION_SOURCES.get(action)
    return QCoreApplication.translate("DocumentDialog", source) if source else action


def local_time(at: dt.datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


class DocumentDetail:
    """What the detail dialog shows, read in one job."""

    def __init__(self, doc: DocumentInfo, apps: list[ApplicationInfo], history: list[audit_trail.AuditRow] | None
                 ) -> None:
        self.doc = doc
        self.apps = apps
        self.history = history


def load_detail(uow: UnitOfWork, document_id: int) -> DocumentDetail:
    doc = svc.get_document(uow, document_id)
    apps = svc.applications_of(uow, document_id)
    history: list[audit_trail.AuditRow] | None
    try:
        rows = audit_trail.list_entries(uow, audit_trail.AuditFilter(text=doc.number, newest_first=False))
        quoted = f'"{doc.number}"'
        history = [r for r in rows if r.entity_id == doc.number or quoted in r.after or quoted in r.before]
    except PermissionDenied:
        history = None
    return DocumentDetail(doc, apps, history)


class DocumentDialog(QDialog):
    """A document with its lines, its applications (undone ones too) and its history."""

    changed = Signal()

    def __init__(self, ctx: AppContext, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document_id = document_id
        self.detail: DocumentDetail | None = None
        self.setObjectName("documentDialog")
        self.setWindowTitle(self.tr("Document"))
        fit_to_screen(self, 820, 560)
        self.heading = QLabel()
        self.heading.setObjectName("documentHeading")
        f = self.heading.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.heading.setFont(f)
        self.facts = QGridLayout()
        self.fact_labels: dict[str, QLabel] = {}
        self.fact_captions: dict[str, QLabel] = {}
        names = [("customer", self.tr("Customer")), ("date", self.tr("Date")), ("due", self.tr("Due")),
                 ("amount", self.tr("Amount")), ("open", self.tr("Open")), ("status", self.tr("Status")),
                 ("reference", self.tr("Method / reference")), ("reason", self.tr("Description / reason"))]
        for i, (key, title) in enumerate(names):
            value = QLabel()
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            caption = QLabel(title + ":")
            self.fact_captions[key] = caption
            self.facts.addWidget(caption, i // 2, (i % 2) * 2)
            self.facts.addWidget(value, i // 2, (i % 2) * 2 + 1)
        self.facts.setColumnStretch(1, 1)
        self.facts.setColumnStretch(3, 1)
        ctxm = ctx
        self.apps_model: ListModel[ApplicationInfo] = ListModel([
            Column(self.tr("Applied on"), lambda a: ctxm.date(a.applied_on)),
            Column(self.tr("Credit"), lambda a: f"{kind_label(a.credit_kind)} {a.credit_number}"),
            Column(self.tr("Item"), lambda a: f"{kind_label(a.debit_kind)} {a.debit_number}"),
            Column(self.tr("Amount"), lambda a: ctxm.money(a.amount), align=RIGHT),
            Column(self.tr("State"), lambda a: self.tr("undone") if a.undone else self.tr("in force")),
        ], self)
        self.apps_view = make_table(self.apps_model, stretch=2)
        self.apps_view.setObjectName("applicationsTable")
        fit_columns(self.apps_view, [13, 20, 0, 14, 10])
        self.unapply_button = QPushButton(self.tr("Unapply"))
        self.unapply_button.setObjectName("unapplyButton")
        self.reapply_button = QPushButton(self.tr("Reapply"))
        self.reapply_button.setObjectName("reapplyButton")
        self.unapply_button.clicked.connect(self.unapply_selected)
        self.reapply_button.clicked.connect(self.reapply_selected)
        self.apps_view.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        apps_tab = QWidget()
        al = QVBoxLayout(apps_tab)
        al.addWidget(self.apps_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.unapply_button)
        row.addWidget(self.reapply_button)
        row.addStretch(1)
        al.addLayout(row)
        self.lines_model: ListModel[Any] = ListModel([
            Column(self.tr("Description"), lambda ln: ln.description),
            Column(self.tr("Quantity"), lambda ln: f"{ln.quantity.normalize():f}", align=RIGHT),
            Column(self.tr("Unit price"), lambda ln: ctxm.money(ln.unit_price), align=RIGHT),
            Column(self.tr("Tax %"), lambda ln: f"{(ln.tax_rate * 100).normalize():f}", align=RIGHT),
            Column(self.tr("Total"), lambda ln: ctxm.money(ln.total), align=RIGHT),
        ], self)
        self.lines_view = make_table(self.lines_model, stretch=0)
        self.history_model: ListModel[audit_trail.AuditRow] = ListModel([
            Column(self.tr("When"), lambda r: local_time(r.at)),
            Column(self.tr("User"), lambda r: r.user),
            Column(self.tr("What"), lambda r: action_text(r.action)),
        ], self)
        self.history_view = make_table(self.history_model, stretch=2)
        self.history_view.setObjectName("historyTable")
        fit_columns(self.history_view, [17, 12, 0])
        self.history_note = QLabel()
        history_tab = QWidget()
        hl = QVBoxLayout(history_tab)
        hl.addWidget(self.history_note)
        hl.addWidget(self.history_view, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(apps_tab, self.tr("Applications"))
        self.lines_index = self.tabs.addTab(self.lines_view, self.tr("Lines"))
        self.tabs.addTab(history_tab, self.tr("History"))

        # actions on the document
        self.apply_button = QPushButton(self.tr("Apply credit…"))
        self.apply_button.setObjectName("applyButton")
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.refund_button.setObjectName("refundButton")
        self.write_off_button = QPushButton(self.tr("Write off…"))
        self.write_off_button.setObjectName("writeOffButton")
        self.promise_button = QPushButton(self.tr("Promise to pay…"))
        self.promise_button.setObjectName("promiseButton")
        self.dispute_button = QPushButton(self.tr("Mark disputed…"))
        self.dispute_button.setObjectName("disputeButton")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.apply_button.clicked.connect(lambda: self._open(ApplyCreditDialog))
        self.refund_button.clicked.connect(lambda: self._open(RefundDialog))
        self.write_off_button.clicked.connect(lambda: self._open(WriteOffDialog))
        self.promise_button.clicked.connect(lambda: self._open(PromiseDialog))
        self.dispute_button.clicked.connect(self._dispute)
        buttons = QHBoxLayout()
        for b in (self.apply_button, self.refund_button, self.write_off_button, self.promise_button,
                  self.dispute_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(self.facts)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self._enable()
        self.reload()

    def reload(self) -> None:
        self.ctx.call(load_detail, self.document_id, on_done=self._show, read=True,
                      on_error=lambda e: self.message.setText(error_text(e)))

    def _show(self, detail: DocumentDetail) -> None:
        self.detail = detail
        d = detail.doc
        ctx = self.ctx
        self.heading.setText(f"{kind_label(d.kind)} {d.number}")
        self.fact_labels["customer"].setText(d.customer_code)
        self.fact_labels["date"].setText(ctx.date(d.date))
        has_due = d.direction == 1 and d.kind != "void"
        self.fact_labels["due"].setText(ctx.date(d.due_date) if has_due else "")
        self.fact_captions["due"].setVisible(has_due)
        self.fact_labels["amount"].setText(ctx.money_cur(d.amount))
        self.fact_labels["open"].setText(ctx.money_cur(d.open_amount) if d.status == "posted" else "")
        status = status_label(d.status)
        if d.disputed:
            status += " · " + self.tr("disputed")
        self.fact_labels["status"].setText(status)
        self.fact_labels["reference"].setText(" · ".join(x for x in (
            method_label(d.method) if d.method else "", d.reference if d.reference != d.number else "",
            d.target_number, d.voids_number) if x))
        self.fact_labels["reason"].setText(" · ".join(x for x in (d.description, d.reason) if x))
        self.apps_model.set_rows(detail.apps)
        self.lines_model.set_rows(list(d.lines))
        self.tabs.setTabVisible(self.lines_index, bool(d.lines))
        if detail.history is None:
            self.history_note.setText(self.tr("Your role may not read the audit trail."))
            self.history_model.set_rows([])
        else:
            self.history_note.setText("")
            self.history_model.set_rows(detail.history)
        self.dispute_button.setText(self.tr("Clear dispute…") if d.disputed else self.tr("Mark disputed…"))
        self._enable()

    def selected_app(self) -> ApplicationInfo | None:
        idx = self.apps_view.currentIndex()
        return self.apps_model.row_at(idx.row()) if idx.isValid() else None

    def _enable(self) -> None:
        d = self.detail.doc if self.detail else None
        writable = not (self.ctx.db is not None and self.ctx.db.read_only)
        a = self.selected_app()
        self.unapply_button.setEnabled(writable and a is not None and not a.undone)
        self.reapply_button.setEnabled(writable and a is not None and a.undone)
        self.apply_button.setVisible(d is not None and is_credit(d))
        self.refund_button.setVisible(d is not None and is_credit(d))
        self.apply_button.setEnabled(writable and d is not None and can_apply(d))
        self.refund_button.setEnabled(writable and d is not None and can_apply(d))
        debit = d is not None and d.direction == 1 and d.kind != "void"
        for b in (self.write_off_button, self.promise_button):
            b.setVisible(debit)
            b.setEnabled(writable and d is not None and is_open_debit(d))
        self.dispute_button.setVisible(d is not None and d.kind == "invoice")
        self.dispute_button.setEnabled(writable and d is not None and d.status == "posted")

    def _after_write(self, _result: object = None) -> None:
        self.changed.emit()
        self.reload()

    def _open(self, cls: Callable[[AppContext, DocumentInfo, QWidget], FormDialog]) -> FormDialog | None:
        if self.detail is None:
            return None
        dlg = cls(self.ctx, self.detail.doc, self)
        dlg.done_signal.connect(self._after_write)
        dlg.open()
        return dlg

    def _dispute(self) -> None:
        if self.detail is not None:
            ask_dispute(self, self.ctx, self.detail.doc, on_done=self._after_write)

    def unapply_selected(self) -> None:
        a = self.selected_app()
        if a is None or a.undone:
            return
        text = self.tr("Unapply %1 from %2 (%3)? Both stay in the ledger; the history keeps the application.") \
            .replace("%1", a.credit_number).replace("%2", a.debit_number).replace("%3", self.ctx.money(a.amount))
        if QMessageBox.question(self, self.tr("Unapply"), text) != QMessageBox.StandardButton.Yes:
            return
        self.ctx.call(svc.unapply, a.id, write=True, on_done=self._after_write,
                      on_error=lambda e: self.message.setText(error_text(e)))

    def reapply_selected(self) -> None:
        a = self.selected_app()
        if a is None or not a.undone:
            return
        self.ctx.call(svc.apply_credit, a.credit_id, a.debit_id, None, write=True, on_done=self._after_write,
                      on_error=lambda e: self.message.setText(error_text(e)))
