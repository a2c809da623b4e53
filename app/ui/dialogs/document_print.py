"""Invoices and receipts from the program: preview (with Print… and Save PDF…), "Post and print".

``preview_invoice(ctx, number, parent)`` / ``preview_receipt(ctx, reference, parent)`` render the
PDF off the GUI thread into a temporary file and open the print preview, from which it is printed
or saved. ``print_actions(ctx, parent, kind, number)`` gives the ledger's context-menu actions for a
document. ``add_post_and_print(dialog, kind)`` puts a "Post and print" button on an entry dialog
(its ``posted`` signal carries the new document; the preview opens once it is posted).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import documents
from app.services.documents.data import InvoiceDocument, invoice_document
from app.services.unit_of_work import UnitOfWork
from app.ui.context import AppContext
from app.ui.dialogs.print_preview import preview_pdf
from app.ui.errors import error_text, show_error
from app.ui.widgets import DateEdit

PREVIEWS: list[Any] = []  # the last preview windows opened (tests look at them)


def _preview(ctx: AppContext, render: Any, key: str, stem: str, title: str, parent: QWidget | None) -> None:
    def build(uow: UnitOfWork) -> Path:
        folder = Path(tempfile.mkdtemp(prefix="duebook-doc-"))
        path = folder / f"{stem}.pdf"
        render(uow, key, path)
        return path

    def show(path: Path) -> None:
        dlg = preview_pdf(parent, path, title)
        PREVIEWS[:] = [*PREVIEWS[-4:], dlg]

    ctx.call(build, on_done=show, on_error=lambda exc: show_error(parent, exc), read=True)


def preview_invoice(ctx: AppContext, number: str, parent: QWidget | None = None) -> None:
    """Invoice ``number`` in the print preview (Print…, Save PDF…)."""
    _preview(ctx, documents.render_invoice_pdf, number, f"invoice-{_safe(number)}",
             QCoreApplication.translate("DocumentPrint", "Invoice %1").replace("%1", number), parent)


def preview_receipt(ctx: AppContext, reference: str, parent: QWidget | None = None) -> None:
    """The receipt of payment ``reference`` in the print preview."""
    _preview(ctx, documents.render_receipt_pdf, reference, f"receipt-{_safe(reference)}",
             QCoreApplication.translate("DocumentPrint", "Receipt %1").replace("%1", reference), parent)


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text)[:60] or "document"


def print_actions(ctx: AppContext, parent: QWidget, kind: str, number: str) -> list[QAction]:
    """"Print invoice…" and "Tax invoice (fapiao)…" for an invoice, "Print receipt…" for a payment."""
    if kind == "invoice":
        act = QAction(QCoreApplication.translate("DocumentPrint", "Print invoice…"), parent)
        act.setObjectName("printInvoice")
        act.triggered.connect(lambda _c=False: preview_invoice(ctx, number, parent))
        tax = QAction(QCoreApplication.translate("DocumentPrint", "Tax invoice (fapiao) number…"), parent)
        tax.setObjectName("taxInvoice")
        tax.triggered.connect(lambda _c=False: TaxInvoiceDialog(ctx, number, parent).open())
        mail = QAction(QCoreApplication.translate("DocumentPrint", "E-mail invoice"), parent)
        mail.setObjectName("mailInvoice")
        mail.triggered.connect(lambda _c=False: mail_document(ctx, "invoice", number, parent))
        return [act, mail, tax]
    if kind == "payment":
        act = QAction(QCoreApplication.translate("DocumentPrint", "Print receipt…"), parent)
        act.setObjectName("printReceipt")
        act.triggered.connect(lambda _c=False: preview_receipt(ctx, number, parent))
        mail = QAction(QCoreApplication.translate("DocumentPrint", "E-mail receipt"), parent)
        mail.setObjectName("mailReceipt")
        mail.triggered.connect(lambda _c=False: mail_document(ctx, "receipt", number, parent))
        return [act, mail]
    return []


def mail_document(ctx: AppContext, kind: str, number: str, parent: QWidget) -> None:
    """Queue the invoice or receipt for the customer's e-mail address; it goes with the next send."""
    from app.services.outbox import sources

    def queued(m: Any) -> None:
        text = (QCoreApplication.translate("DocumentPrint", "Invoice %1 is in the Outbox for %2.") if kind == "invoice"
                else QCoreApplication.translate("DocumentPrint", "Receipt %1 is in the Outbox for %2."))
        ctx.status_message.emit(text.replace("%1", number).replace("%2", m.to))

    ctx.call(sources.mail_document, kind, number, on_done=queued, on_error=lambda e: show_error(parent, e),
             write=True, key=f"mail-{kind}-{number}")


def add_post_and_print(dialog: Any, kind: str) -> QPushButton:
    """A "Post and print" button on an entry dialog: posts as OK does, then previews the document."""
    button = QPushButton(QCoreApplication.translate("DocumentPrint", "Post and print"))
    button.setObjectName("postAndPrintButton")
    button.setAutoDefault(False)
    dialog.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    state = {"print": False}
    parent = dialog.parentWidget()

    def clicked() -> None:
        state["print"] = True
        dialog.submit()

    def posted(doc: Any) -> None:
        if not state["print"]:
            return
        state["print"] = False
        if kind == "invoice":
            preview_invoice(dialog.ctx, doc.number, parent)
        else:
            preview_receipt(dialog.ctx, doc.number, parent)

    button.clicked.connect(clicked)
    dialog.post_button.pressed.connect(lambda: state.update(print=False))  # plain "Post" does not print
    dialog.posted.connect(posted)
    return button


class TaxInvoiceDialog(QDialog):
    """The tax invoice (增值税发票) the tax system issued for an invoice: its number and date, to match them."""

    def __init__(self, ctx: AppContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self.setObjectName("taxInvoiceDialog")
        self.setWindowTitle(self.tr("Tax invoice of %1").replace("%1", number))
        self.setMinimumWidth(420)
        self.tax_number = QLineEdit()
        self.tax_number.setObjectName("taxInvoiceNumber")
        self.tax_number.setMaxLength(60)
        self.tax_date = DateEdit(ctx.today())
        self.tax_date.setObjectName("taxInvoiceDate")
        note = QLabel(self.tr("Duebook prints commercial invoices; the VAT invoice (增值税发票) comes from the "
                              "tax system. Record its number here to match the two (empty: none)."))
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Tax invoice number"), self.tax_number)
        form.addRow(self.tr("Tax invoice date"), self.tax_date)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(note)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        ctx.call(invoice_document, number, on_done=self._loaded, read=True)

    def _loaded(self, inv: InvoiceDocument) -> None:
        self.tax_number.setText(inv.tax_invoice_number)
        if inv.tax_invoice_date is not None:
            self.tax_date.set_date(inv.tax_invoice_date)

    def submit(self) -> None:
        self.save.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.save.setEnabled(True)
            self.message.setText(error_text(exc))

        self.ctx.call(documents.set_tax_invoice, self.number, self.tax_number.text().strip(), self.tax_date.value(),
                      write=True, on_done=lambda _r: self.accept(), on_error=failed)
