"""Invoices and receipts to a PDF file or stream, one at a time or many merged for printing.

Everything here reads only (a reading unit of work is fine) except :func:`set_tax_invoice`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.models import Customer, Document
from app.models.ledger import DRAFT
from app.services import audit
from app.services.documents.data import (
    invoice_document,
    invoice_documents_in,
    receipt_document,
    receipt_documents_in,
)
from app.services.documents.invoice_pdf import invoice_pdf_bytes
from app.services.documents.output import Target, save
from app.services.documents.receipt_pdf import receipt_pdf_bytes
from app.services.errors import NotFound, StateError, ValidationError
from app.services.permissions import require
from app.services.progress import NoProgress, Progress, check
from app.services.unit_of_work import Database, UnitOfWork


def render_invoice_pdf(uow: UnitOfWork, number: str, target: Target, lang: str | None = None) -> Path | None:
    """Invoice ``number`` as a PDF into ``target`` (a path or a binary stream); ``lang`` ``en``/``zh_CN``,
    default the customer's. Returns the path written (None for a stream)."""
    return save(invoice_pdf(uow, number, lang), target)


def invoice_pdf(uow: UnitOfWork, number: str, lang: str | None = None) -> bytes:
    """Invoice ``number`` as PDF bytes."""
    return invoice_pdf_bytes(invoice_document(uow, number), lang)


def render_receipt_pdf(uow: UnitOfWork, reference: str, target: Target, lang: str | None = None) -> Path | None:
    """The receipt of payment ``reference`` (its number or posted reference) into ``target``."""
    return save(receipt_pdf(uow, reference, lang), target)


def receipt_pdf(uow: UnitOfWork, reference: str, lang: str | None = None) -> bytes:
    """The receipt of payment ``reference`` as PDF bytes."""
    return receipt_pdf_bytes(receipt_document(uow, reference), lang)


def _ids(uow: UnitOfWork, kind: str, date_from: dt.date, date_to: dt.date, customer: str) -> list[int]:
    if date_to < date_from:
        raise ValidationError("to", "the period ends before it starts", code="order")
    with uow:
        q = (select(Document.id).where(Document.kind == kind, Document.status != DRAFT,
                                       Document.date >= date_from, Document.date <= date_to)
             .order_by(Document.date, Document.number))
        if customer:
            cid = uow.session.execute(select(Customer.id).where(Customer.code == customer)).scalar_one_or_none()
            if cid is None:
                raise NotFound("customer", customer)
            q = q.where(Document.customer_id == cid)
        return list(uow.session.execute(q).scalars())


def invoice_ids(uow: UnitOfWork, date_from: dt.date, date_to: dt.date, customer: str = "") -> list[int]:
    """Posted and voided invoices dated in the period (of one customer code, if given), by date and number."""
    return _ids(uow, "invoice", date_from, date_to, customer)


def payment_ids(uow: UnitOfWork, date_from: dt.date, date_to: dt.date, customer: str = "") -> list[int]:
    """Payments dated in the period (of one customer code, if given), by date and number."""
    return _ids(uow, "payment", date_from, date_to, customer)


@dataclass(frozen=True)
class PrintBatch:
    count: int
    pages: int
    path: Path | None


def _merge(parts: Sequence[bytes], target: Target, progress: Progress, total: int) -> PrintBatch:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    check(progress, total, total)
    buf = io.BytesIO()
    writer.write(buf)
    return PrintBatch(len(parts), len(writer.pages), save(buf.getvalue(), target))


def print_invoices(db: Database, document_ids: Sequence[int], target: Target, *, lang: str | None = None,
                   progress: Progress | None = None) -> PrintBatch:
    """Invoices (by document id, in that order) merged into one PDF for printing.

    Each is in its customer's language unless ``lang`` is given. Cancelling through
    ``progress`` stops between two invoices and writes nothing.
    """
    return _batch(db, "invoice", document_ids, target, lang, progress)


def print_receipts(db: Database, document_ids: Sequence[int], target: Target, *, lang: str | None = None,
                   progress: Progress | None = None) -> PrintBatch:
    """Receipts of payments (by document id) merged into one PDF, like :func:`print_invoices`."""
    return _batch(db, "payment", document_ids, target, lang, progress)


def _batch(db: Database, kind: str, ids: Sequence[int], target: Target, lang: str | None,
           progress: Progress | None) -> PrintBatch:
    progress = progress or NoProgress()
    if not ids:
        raise ValidationError("documents", "nothing to print: no document is selected", code="required")
    total = len(ids) + 1
    check(progress, 0, total)
    parts: list[bytes] = []
    if kind == "invoice":
        for n, inv in enumerate(invoice_documents_in(db.read_uow(), ids), 1):
            parts.append(invoice_pdf_bytes(inv, lang))
            check(progress, n, total)
    else:
        for n, rc in enumerate(receipt_documents_in(db.read_uow(), ids), 1):
            parts.append(receipt_pdf_bytes(rc, lang))
            check(progress, n, total)
    return _merge(parts, target, progress, total)


def set_tax_invoice(uow: UnitOfWork, number: str, tax_invoice_number: str,
                    tax_invoice_date: dt.date | None) -> tuple[str, dt.date | None]:
    """Record (or clear, with an empty number) the tax invoice (增值税发票) issued for invoice ``number``."""
    require(uow, "document.post")
    tax_no = tax_invoice_number.strip()
    if len(tax_no) > 60:
        raise ValidationError("tax_invoice_number", "at most 60 characters", code="too_long")
    if tax_no and tax_invoice_date is None:
        raise ValidationError("tax_invoice_date", "the date of the tax invoice is needed", code="required")
    with uow:
        s = uow.session
        d = s.execute(select(Document).where(Document.kind == "invoice", Document.number == number)
                      ).scalar_one_or_none()
        if d is None:
            raise NotFound("invoice", number)
        if d.status == DRAFT:
            raise StateError(f"{number} is a draft: post it before recording its tax invoice")
        if tax_invoice_date is not None and tax_no and tax_invoice_date < d.date:
            raise ValidationError("tax_invoice_date", "cannot be before the invoice date", code="order")
        before = {"tax_invoice_number": d.tax_invoice_number, "tax_invoice_date": d.tax_invoice_date}
        d.tax_invoice_number = tax_no
        d.tax_invoice_date = tax_invoice_date if tax_no else None
        s.flush()
        audit.record(s, uow.user, "document.tax_invoice", "invoice", d.number, before=before,
                     after={"tax_invoice_number": d.tax_invoice_number, "tax_invoice_date": d.tax_invoice_date})
        result = (d.tax_invoice_number, d.tax_invoice_date)
        uow.commit()
        return result
