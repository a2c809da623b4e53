"""Print many invoices or receipts at once: a period (and a customer), merged into one PDF.

The documents are rendered off the GUI thread with a progress bar and Cancel; the merged PDF
opens in the print preview (Print…, Save PDF…).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import documents
from app.services.errors import Cancelled
from app.ui.context import AppContext
from app.ui.dialogs.print_preview import preview_pdf
from app.ui.errors import error_text
from app.ui.jobs import JobProgress
from app.ui.widgets import DateEdit


class PrintBatchDialog(QDialog):
    """Invoices (or receipts) dated in a period, of one customer or all, in one PDF."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, day: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("printBatchDialog")
        self.setWindowTitle(self.tr("Print invoices and receipts"))
        self.setMinimumWidth(440)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Invoices"), "invoice")
        self.kind.addItem(self.tr("Receipts of payments"), "payment")
        start = day or ctx.today()
        self.date_from = DateEdit(start)
        self.date_from.setObjectName("dateFrom")
        self.date_to = DateEdit(start)
        self.date_to.setObjectName("dateTo")
        self.customer = QLineEdit()
        self.customer.setObjectName("customer")
        self.customer.setPlaceholderText(self.tr("all customers (or a customer code)"))
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Documents"), self.kind)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Customer"), self.customer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Make PDF and preview"))
        self.ok.setObjectName("makeBatch")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self.result_path: Path | None = None
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)

    def run(self) -> None:
        db = self.ctx.db
        if db is None:
            return
        kind = str(self.kind.currentData())
        d1, d2 = self.date_from.value(), self.date_to.value()
        code = self.customer.text().strip()
        target = Path(tempfile.mkdtemp(prefix="duebook-print-")) / f"{kind}s-{d1.isoformat()}-{d2.isoformat()}.pdf"
        self.ok.setEnabled(False)
        self.message.setText("")

        def work(progress: JobProgress) -> documents.PrintBatch:
            if kind == "invoice":
                ids = documents.invoice_ids(db.read_uow(), d1, d2, code)
                return documents.print_invoices(db, ids, target, progress=progress)
            ids = documents.payment_ids(db.read_uow(), d1, d2, code)
            return documents.print_receipts(db, ids, target, progress=progress)

        def done(batch: documents.PrintBatch) -> None:
            self.ok.setEnabled(True)
            self.result_path = batch.path
            self.message.setText(self.tr("%n document(s) in one PDF.", "", batch.count))
            if batch.path is not None:
                preview_pdf(self, batch.path)

        def failed(exc: BaseException) -> None:
            self.ok.setEnabled(True)
            self.message.setText(self.tr("Cancelled; nothing was printed.") if isinstance(exc, Cancelled)
                                 else error_text(exc))

        self.ctx.jobs.run(work, done, failed, self.tr("Rendering documents…"), parent=self)
