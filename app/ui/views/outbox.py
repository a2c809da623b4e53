"""The Outbox page: every message and its fate (waiting, sent, failed, to check, cancelled).

Filter by status, customer and kind; open a message to read it and its attachments; retry a
failed one, cancel one not yet sent, mark one "to check" as arrived, or send one again as a new
message. "Send now" sends what is waiting off the GUI thread with progress and cancel.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.outbox import store, transport
from app.services.outbox.store import MessageDetail, MessageInfo
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.widgets import Column, ListModel, fit_columns, make_table


class OutboxPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: MessageDetail | None = None
        self.status = QComboBox()
        self.status.setObjectName("outboxStatus")
        for key, text in (("", self.tr("All messages")), ("queued", self.tr("Waiting")), ("sent", self.tr("Sent")),
                          ("failed", self.tr("Failed")), ("check", self.tr("To check")),
                          ("cancelled", self.tr("Cancelled"))):
            self.status.addItem(text, key)
        self.customer = QLineEdit()
        self.customer.setObjectName("outboxCustomer")
        self.customer.setPlaceholderText(self.tr("Customer code or name"))
        self.kind = QComboBox()
        self.kind.setObjectName("outboxKind")
        self.kind.addItem(self.tr("All kinds"), "")
        for k in store.KINDS:
            self.kind.addItem(self.kind_text(k), k)
        self.send_btn = QPushButton(self.tr("Send now"))
        self.send_btn.setObjectName("outboxSend")
        self.server_btn = QPushButton(self.tr("Mail server…"))
        self.server_btn.setObjectName("outboxServer")
        self.rules_btn = QPushButton(self.tr("Automation…"))
        self.rules_btn.setObjectName("outboxRules")
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.customer.returnPressed.connect(self.reload)
        self.send_btn.clicked.connect(self.send_now)
        self.server_btn.clicked.connect(self.open_server_settings)
        self.rules_btn.clicked.connect(self.open_automation)

        self.model: ListModel[MessageInfo] = ListModel([
            Column(self.tr("Created"), lambda m: m.created_at.strftime("%Y-%m-%d %H:%M"), key=lambda m: m.id),
            Column(self.tr("Kind"), lambda m: self.kind_text(m.kind)),
            Column(self.tr("Customer"), lambda m: f"{m.customer} {m.customer_name}".strip()),
            Column(self.tr("To"), lambda m: m.to),
            Column(self.tr("Subject"), lambda m: m.subject, tip=lambda m: m.subject),
            Column(self.tr("Status"), lambda m: self.status_text(m.status)),
            Column(self.tr("Attempts"), lambda m: str(m.attempts), align=Qt.AlignmentFlag.AlignRight
                   | Qt.AlignmentFlag.AlignVCenter),
            Column(self.tr("Sent"), lambda m: m.sent_at.strftime("%Y-%m-%d %H:%M") if m.sent_at else ""),
            Column(self.tr("Problem"), lambda m: m.error, tip=lambda m: m.error),
        ], self)
        self.table = make_table(self.model, stretch=8)
        self.table.setObjectName("outboxTable")
        fit_columns(self.table, [14, 10, 18, 18, 28, 8, 8, 14, 0])
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.open_row(cur.row()))

        self.head = QLabel()
        self.head.setObjectName("outboxMessageHead")
        self.head.setWordWrap(True)
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QTextBrowser()
        self.body.setObjectName("outboxBody")
        self.attachments = QListWidget()
        self.attachments.setObjectName("outboxAttachments")
        self.attachments.setMaximumHeight(90)
        self.attachments.itemActivated.connect(self.open_attachment)
        self.retry_btn = QPushButton(self.tr("Retry"))
        self.retry_btn.setObjectName("outboxRetry")
        self.cancel_btn = QPushButton(self.tr("Cancel message"))
        self.cancel_btn.setObjectName("outboxCancel")
        self.resend_btn = QPushButton(self.tr("Send again as new"))
        self.resend_btn.setObjectName("outboxResend")
        self.arrived_btn = QPushButton(self.tr("It arrived"))
        self.arrived_btn.setObjectName("outboxArrived")
        self.open_btn = QPushButton(self.tr("Open attachment"))
        self.retry_btn.clicked.connect(lambda: self.change(store.retry))
        self.cancel_btn.clicked.connect(lambda: self.change(store.cancel))
        self.resend_btn.clicked.connect(lambda: self.change(store.resend))
        self.arrived_btn.clicked.connect(lambda: self.change(store.mark_sent))
        self.open_btn.clicked.connect(lambda: self.open_attachment(self.attachments.currentItem()))

        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.kind)
        filters.addWidget(self.customer, 1)
        filters.addWidget(self.send_btn)
        filters.addWidget(self.server_btn)
        filters.addWidget(self.rules_btn)
        actions = QHBoxLayout()
        for b in (self.retry_btn, self.cancel_btn, self.resend_btn, self.arrived_btn, self.open_btn):
            actions.addWidget(b)
        actions.addStretch(1)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.head)
        ll.addLayout(actions)
        ll.addWidget(self.attachments)
        ll.addWidget(self.body, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.summary = QLabel()
        self.summary.setObjectName("outboxSummary")
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        ctx.data_changed.connect(self.reload)
        self._enable()
        self.reload()

    # ---- words -----------------------------------------------------------------------------------
    def kind_text(self, kind: str) -> str:
        return {
            "statement": self.tr("Statement"), "dunning": self.tr("Dunning letter"),
            "reminder_before": self.tr("Reminder before due"), "reminder_due": self.tr("Reminder on the due date"),
            "reminder_after": self.tr("Reminder after due"), "promise": self.tr("Promise confirmation"),
            "contract": self.tr("Contract notice"), "report_pack": self.tr("Report pack"),
            "invoice": self.tr("Invoice"), "receipt": self.tr("Receipt"), "test": self.tr("Test message"),
        }.get(kind, kind)

    def status_text(self, status: str) -> str:
        return {"queued": self.tr("Waiting"), "sent": self.tr("Sent"), "failed": self.tr("Failed"),
                "check": self.tr("To check"), "cancelled": self.tr("Cancelled")}.get(status, status)

    # ---- loading ---------------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        status = str(self.status.currentData()) or None
        kind = str(self.kind.currentData()) or None
        customer = self.customer.text().strip() or None

        def load(uow: object) -> tuple[list[MessageInfo], dict[str, int]]:
            return (store.list_messages(uow, status=status, customer=customer, kind=kind, limit=2000),  # type: ignore[arg-type]
                    store.counts(uow))  # type: ignore[arg-type]

        self.ctx.call(load, on_done=self._show, key="outbox.list", read=True)

    def _show(self, result: tuple[list[MessageInfo], dict[str, int]]) -> None:
        rows, counts = result
        keep = self.detail.info.id if self.detail else None
        self.model.set_rows(rows)
        self.summary.setText(self.tr("Waiting: %1 · sent: %2 · failed: %3 · to check: %4")
                             .replace("%1", str(counts.get("queued", 0))).replace("%2", str(counts.get("sent", 0)))
                             .replace("%3", str(counts.get("failed", 0))).replace("%4", str(counts.get("check", 0))))
        row = next((i for i, m in enumerate(rows) if m.id == keep), None)
        if row is not None:
            self.table.selectRow(row)
            self.open_row(row)
        else:
            self.detail = None
            self._show_detail()

    def open_row(self, row: int) -> None:
        m = self.model.row_at(row)
        if m is None:
            return
        self.ctx.call(store.get_message, m.id, on_done=self._got_detail, key="outbox.detail", read=True)

    def _got_detail(self, d: MessageDetail) -> None:
        self.detail = d
        self._show_detail()

    def _show_detail(self) -> None:
        d = self.detail
        self.attachments.clear()
        if d is None:
            self.head.setText("")
            self.body.clear()
            self._enable()
            return
        i = d.info
        lines = [self.tr("To: %1").replace("%1", i.to), self.tr("Subject: %1").replace("%1", i.subject),
                 self.tr("Status: %1").replace("%1", self.status_text(i.status))]
        if i.error:
            lines.append(self.tr("Server said: %1").replace("%1", i.error))
        if d.server_reply and i.status == "sent":
            lines.append(self.tr("Server's reply: %1").replace("%1", d.server_reply))
        self.head.setText("\n".join(lines))
        if d.body_html:
            self.body.setHtml(d.body_html)
        else:
            self.body.setPlainText(d.body_text)
        for a in d.attachments:
            item = QListWidgetItem(f"{a.filename} ({max(1, a.size // 1024)} KB)")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.attachments.addItem(item)
        if d.attachments:
            self.attachments.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        st = self.detail.info.status if self.detail else ""
        writable = self.ctx.db is not None and not self.ctx.db.read_only
        self.retry_btn.setEnabled(writable and st == "failed")
        self.cancel_btn.setEnabled(writable and st in ("queued", "failed", "check"))
        self.resend_btn.setEnabled(writable and bool(st))
        self.arrived_btn.setEnabled(writable and st == "check")
        self.open_btn.setEnabled(bool(self.detail and self.detail.attachments))
        self.send_btn.setEnabled(writable)

    # ---- actions ---------------------------------------------------------------------------------
    def change(self, fn: object) -> None:
        if self.detail is None:
            return
        mid = self.detail.info.id

        def done(m: MessageInfo) -> None:
            self.detail = None
            self.ctx.status_message.emit(self.tr("Message %1: %2").replace("%1", str(m.id))
                                         .replace("%2", self.status_text(m.status)))
            if fn is store.retry:
                self.send_now(only=[m.id])

        self.ctx.call(fn, mid, on_done=done, on_error=lambda e: show_error(self, e), write=True)  # type: ignore[arg-type]

    def send_now(self, only: list[int] | None = None) -> None:
        from app.ui.dialogs.smtp_settings import send_outbox

        def done(r: transport.SendReport) -> None:
            text = self.tr("%1 sent, %2 failed, %3 waiting").replace("%1", str(len(r.sent))) \
                .replace("%2", str(len(r.failed))).replace("%3", str(len(r.waiting)))
            if r.offline:
                text += " · " + self.tr("the mail server could not be reached; messages stay queued")
            self.ctx.status_message.emit(text)
            self.last_send = r

        send_outbox(self.ctx, self, done, only)

    def open_attachment(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        aid = int(item.data(Qt.ItemDataRole.UserRole))

        def opened(a: store.Attachment) -> None:
            folder = Path(tempfile.mkdtemp(prefix="duebook-mail-"))
            path = folder / a.filename
            path.write_bytes(a.data)
            if a.mime_type == "application/pdf":
                from app.ui.dialogs.print_preview import preview_pdf

                preview_pdf(self, path, a.filename)
            else:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.ctx.call(store.attachment, aid, on_done=opened, read=True)

    def open_server_settings(self) -> None:
        from app.ui.dialogs.smtp_settings import SmtpSettingsDialog

        SmtpSettingsDialog(self.ctx, self).open()

    def open_automation(self) -> None:
        from app.ui.dialogs.automation import AutomationDialog

        AutomationDialog(self.ctx, self).open()
