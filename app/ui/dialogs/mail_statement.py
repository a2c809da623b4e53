"""E-mail a customer's statement: the period, balance-forward or open items, to their address.

The statement goes to the outbox (it is never lost offline) and, with "Queue and send now",
leaves at once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.customers import records as csvc
from app.services.outbox import sources, transport
from app.services.outbox.store import MessageInfo
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.widgets import DateEdit


class MailStatementDialog(QDialog):
    def __init__(self, ctx: AppContext, customer_id: int, date_from: dt.date, date_to: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mailStatementDialog")
        self.setWindowTitle(self.tr("E-mail statement"))
        assert ctx.db is not None
        c = csvc.get_customer(ctx.db.uow(), customer_id)
        self.code = c.code
        self.queued: MessageInfo | None = None
        address = c.email or next((x.email for x in c.contacts if x.email), "")
        self.to = QLabel(address or self.tr("This customer has no e-mail address: add one in the customer's form, "
                                            "or print the statement."))
        self.to.setObjectName("mailStatementTo")
        self.to.setWordWrap(True)
        self.date_from = DateEdit(date_from)
        self.date_to = DateEdit(date_to)
        self.open_item = QCheckBox(self.tr("Open items only"))
        form = QFormLayout()
        form.addRow(self.tr("Customer"), QLabel(f"{c.code} {c.name}"))
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To date"), self.date_to)
        form.addRow("", self.open_item)
        self.queue_btn = QPushButton(self.tr("Queue"))
        self.queue_btn.setObjectName("mailStatementQueue")
        self.send_btn = QPushButton(self.tr("Queue and send now"))
        self.send_btn.setObjectName("mailStatementSend")
        self.send_btn.setDefault(True)
        close = QPushButton(self.tr("Close"))
        for b in (self.queue_btn, self.send_btn):
            b.setEnabled(bool(address))
        self.queue_btn.clicked.connect(lambda: self.queue(send=False))
        self.send_btn.clicked.connect(lambda: self.queue(send=True))
        close.clicked.connect(self.reject)
        self.outcome = QLabel()
        self.outcome.setObjectName("mailStatementOutcome")
        self.outcome.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.queue_btn)
        row.addWidget(self.send_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.outcome)
        lay.addLayout(row)
        self.resize(520, 280)

    def queue(self, send: bool) -> None:
        from app.ui.dialogs.smtp_settings import send_outbox

        def sent(r: transport.SendReport) -> None:
            if self.queued is not None and self.queued.id in r.sent:
                self.outcome.setText(self.tr("Sent to %1.").replace("%1", self.queued.to))
            elif r.offline:
                self.outcome.setText(self.tr("The mail server could not be reached; the statement waits in the "
                                             "Outbox and goes when it answers."))
            else:
                self.outcome.setText(self.tr("Not sent: see the Outbox."))

        def queued(m: MessageInfo) -> None:
            self.queued = m
            self.outcome.setText(self.tr("The statement is in the Outbox (message %1).").replace("%1", str(m.id)))
            if send:
                send_outbox(self.ctx, self, sent, only=[m.id])

        self.ctx.call(sources.mail_statement, self.code, self.date_from.value(), self.date_to.value(),
                      self.open_item.isChecked(), on_done=queued, on_error=lambda e: show_error(self, e),
                      write=True, progress=None)


def add_batch_mail_button(dialog: Any, buttons: QHBoxLayout) -> QPushButton:
    """An "E-mail statements" button for the statement batch dialog: the same selection and period,
    queued in the Outbox (customers without an address are listed to print)."""
    btn = QPushButton(QCoreApplication.translate("MailStatementDialog", "E-mail statements"))
    btn.setObjectName("mailStatements")

    def start() -> None:
        from app.services.documents.batch import select_customers

        db = dialog.ctx.db
        if db is None:
            return
        d1, d2 = dialog.date_from.date().toPython(), dialog.date_to.date().toPython()
        kw = dialog.selection()
        open_item = bool(kw.pop("open_item", False))

        def work(progress: Any) -> sources.BatchMail:
            ids = select_customers(db, d2, **kw)
            return sources.mail_statements(db.uow(), ids, d1, d2, open_item=open_item, progress=progress)

        def done(res: sources.BatchMail) -> None:
            text = QCoreApplication.translate("MailStatementDialog", "%1 statement(s) are in the Outbox.") \
                .replace("%1", str(len(res.queued)))
            if res.no_address:
                text += " " + QCoreApplication.translate(
                    "MailStatementDialog", "No e-mail address (print these): %1").replace("%1", ", ".join(res.no_address))
            dialog.status.setText(text)
            dialog.ctx.data_changed.emit()

        dialog.ctx.jobs.run(work, done, lambda e: show_error(dialog, e),
                            QCoreApplication.translate("MailStatementDialog", "Queuing statements…"), parent=dialog)

    btn.clicked.connect(start)
    buttons.insertWidget(2, btn)
    return btn
