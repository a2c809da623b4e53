"""What an invoice or a receipt shows, read from the books into frozen records (no ORM objects).

``invoice_document(uow, number)`` and ``receipt_document(uow, reference)`` read one document;
``invoice_documents_in(uow, ids)`` reads many in one unit of work for batch printing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import Application, Customer, Document, SalesOrder, SalesOrderInvoice
from app.models.ledger import DRAFT, VOIDED
from app.services.company import company_info
from app.services.dto import CompanyInfo, LineInfo
from app.services.errors import NotFound, ValidationError
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Party:
    """Who the document is for."""

    code: str
    name: str
    address: str
    tax_id: str
    language: str


@dataclass(frozen=True)
class InvoiceDocument:
    company: CompanyInfo
    customer: Party
    number: str
    date: dt.date
    due_date: dt.date | None
    status: str  # posted, draft, voided
    description: str
    contract_ref: str
    amount: Decimal
    paid: Decimal  # paid or credited when printed
    due: Decimal  # still open when printed
    lines: tuple[LineInfo, ...]
    tax_invoice_number: str
    tax_invoice_date: dt.date | None
    orders: tuple[str, ...]
    printed_on: dt.date


@dataclass(frozen=True)
class SettledItem:
    """An invoice (or other debit) a payment settled, and how much of it."""

    kind: str
    number: str
    date: dt.date
    amount: Decimal
    applied: Decimal


@dataclass(frozen=True)
class ReceiptDocument:
    company: CompanyInfo
    customer: Party
    number: str
    date: dt.date
    amount: Decimal
    method: str
    reference: str
    memo: str
    status: str
    settled: tuple[SettledItem, ...]
    unapplied: Decimal


def _party(c: Customer) -> Party:
    return Party(c.code, c.name, c.billing_address, c.tax_id, c.language)


def _invoice_in(s: Session, company: CompanyInfo, d: Document, c: Customer, today: dt.date) -> InvoiceDocument:
    orders = tuple(s.execute(select(SalesOrder.number).join(SalesOrderInvoice,
                                                            SalesOrderInvoice.order_id == SalesOrder.id)
                             .where(SalesOrderInvoice.document_id == d.id).order_by(SalesOrder.number)).scalars())
    paid = d.amount - d.open_amount if d.status != DRAFT else Decimal(0) * d.amount
    lines = tuple(LineInfo(ln.position, ln.description, ln.quantity, ln.unit_price, ln.tax_rate, ln.net, ln.tax,
                           ln.total) for ln in d.lines)
    return InvoiceDocument(
        company=company, customer=_party(c), number=d.number, date=d.date, due_date=d.due_date, status=d.status,
        description=d.description, contract_ref=d.contract_ref, amount=d.amount, paid=paid,
        due=d.amount - paid, lines=lines, tax_invoice_number=d.tax_invoice_number,
        tax_invoice_date=d.tax_invoice_date, orders=orders, printed_on=today)


def invoice_document(uow: UnitOfWork, number: str, today: dt.date | None = None) -> InvoiceDocument:
    """The invoice ``number`` as the customer receives it (NotFound when there is none)."""
    company = company_info(uow)
    with uow:
        s = uow.session
        d = s.execute(select(Document).options(selectinload(Document.lines))
                      .where(Document.kind == "invoice", Document.number == number)).scalar_one_or_none()
        if d is None:
            raise NotFound("invoice", number)
        c = s.get(Customer, d.customer_id)
        assert c is not None
        return _invoice_in(s, company, d, c, today or dt.date.today())


def invoice_documents_in(uow: UnitOfWork, document_ids: Sequence[int],
                         today: dt.date | None = None) -> Iterator[InvoiceDocument]:
    """Invoices by id, in the order given, read in one unit of work (for batch printing)."""
    company = company_info(uow)
    with uow:
        s = uow.session
        for i in document_ids:
            d = s.execute(select(Document).options(selectinload(Document.lines))
                          .where(Document.id == i)).scalar_one_or_none()
            if d is None or d.kind != "invoice":
                raise NotFound("invoice", i)
            c = s.get(Customer, d.customer_id)
            assert c is not None
            yield _invoice_in(s, company, d, c, today or dt.date.today())
            s.expunge(d)


def find_payment(s: Session, reference: str) -> Document:
    """A payment by its number, else by the reference it was posted with (one only)."""
    ref = reference.strip()
    d = s.execute(select(Document).where(Document.kind == "payment", Document.number == ref)).scalar_one_or_none()
    if d is not None:
        return d
    found = list(s.execute(select(Document).where(Document.kind == "payment", Document.reference == ref)
                           .limit(2)).scalars())
    if not found:
        raise NotFound("payment", ref)
    if len(found) > 1:
        raise ValidationError("reference", f"several payments have the reference {ref}; give the payment number",
                              code="ambiguous")
    return found[0]


def _receipt_in(s: Session, company: CompanyInfo, d: Document) -> ReceiptDocument:
    c = s.get(Customer, d.customer_id)
    assert c is not None
    rows = s.execute(select(Document.kind, Document.number, Document.date, Document.amount, Application.amount)
                     .join(Application, Application.debit_id == Document.id)
                     .where(Application.credit_id == d.id, Application.undone_at.is_(None), Document.kind != "void")
                     .order_by(Document.date, Document.number, Application.id)).all()
    settled: dict[str, SettledItem] = {}
    for kind, number, date, amount, applied in rows:
        prev = settled.get(number)
        settled[number] = SettledItem(kind, number, date, amount, applied + (prev.applied if prev else 0))
    unapplied = d.open_amount if d.status != VOIDED else Decimal(0) * d.amount
    return ReceiptDocument(company=company, customer=_party(c), number=d.number, date=d.date, amount=d.amount,
                           method=d.method, reference=d.reference, memo=d.description, status=d.status,
                           settled=tuple(settled.values()), unapplied=unapplied)


def receipt_document(uow: UnitOfWork, reference: str) -> ReceiptDocument:
    """The receipt for payment ``reference`` (its number, or the reference it was posted with)."""
    company = company_info(uow)
    with uow:
        s = uow.session
        return _receipt_in(s, company, find_payment(s, reference))


def receipt_documents_in(uow: UnitOfWork, document_ids: Sequence[int]) -> Iterator[ReceiptDocument]:
    """Receipts of payments by id, in the order given, in one unit of work."""
    company = company_info(uow)
    with uow:
        s = uow.session
        for i in document_ids:
            d = s.get(Document, i)
            if d is None or d.kind != "payment":
                raise NotFound("payment", i)
            yield _receipt_in(s, company, d)
