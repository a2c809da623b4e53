"""Documents a customer receives: invoices (销售单) and receipts (收据) as PDFs.

May use: app.models, app.services.documents.pdf (fonts, letterhead, tables), app.services.company,
app.services.audit, app.services.permissions, app.services.progress. Nothing here imports Qt.

Plain functions for the program, the command line and the outbox (which attaches them):

``render_invoice_pdf(uow, number, target, lang=None)``
    invoice ``number`` into ``target`` (a path, or a binary stream such as ``io.BytesIO``);
    ``lang`` is ``"en"`` or ``"zh_CN"``, by default the customer's language.
``render_receipt_pdf(uow, reference, target, lang=None)``
    the receipt for a payment, found by its number or by the reference it was posted with.
``invoice_pdf(uow, number, lang=None)`` / ``receipt_pdf(uow, reference, lang=None)``
    the same as ``bytes``.
``print_invoices(db, ids, target, lang=None, progress=None)`` / ``print_receipts(...)``
    many documents (by document id) merged into one PDF for printing, with progress and cancel;
    ``invoice_ids(uow, date_from, date_to, customer="")`` / ``payment_ids(uow, ...)`` select them.
``set_tax_invoice(uow, number, tax_invoice_number, tax_invoice_date)``
    records the official tax invoice (增值税发票) issued for an invoice, printed on it for matching.
``capital_amount(Decimal)``
    an amount in Chinese capital numerals (壹仟贰佰叁拾肆元伍角整).

A reading unit of work (``db.read_uow()``) is enough for every function but ``set_tax_invoice``.
Modules: ``data`` (what a document shows), ``invoice_pdf``, ``receipt_pdf``, ``numerals``,
``printing`` (the functions above), ``output`` (path or stream).
"""

from app.services.documents.numerals import capital_amount
from app.services.documents.printing import (
    PrintBatch,
    invoice_ids,
    invoice_pdf,
    payment_ids,
    print_invoices,
    print_receipts,
    receipt_pdf,
    render_invoice_pdf,
    render_receipt_pdf,
    set_tax_invoice,
)

__all__ = [
    "PrintBatch", "capital_amount", "invoice_ids", "invoice_pdf", "payment_ids", "print_invoices",
    "print_receipts", "receipt_pdf", "render_invoice_pdf", "render_receipt_pdf", "set_tax_invoice",
]
