"""Documents (invoices, payments, credit notes, ...) and how credits settle debits.

Every document has a positive ``amount`` and a ``direction``: +1 raises what the
customer owes (invoice, refund, opening balance, charge, the void of a credit),
-1 lowers it (payment, credit note, write-off, the void of a debit). Debits are
the open items that credits are applied to; an application records which
credit paid how much of which debit, and from which date.

``open_amount`` and ``settled_on`` are kept by the settlement service alongside
the applications so that aging and the payment index read only the items that
can still be open, instead of every row of a million-document ledger.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, utcnow
from app.models.types import ExactDecimal

DEBIT_KINDS = ("invoice", "refund", "opening_balance", "charge")
CREDIT_KINDS = ("payment", "credit_note", "write_off")
KINDS = (*DEBIT_KINDS, *CREDIT_KINDS, "void")
PAYMENT_METHODS = ("bank_transfer", "cash", "card", "cheque", "other")

DRAFT = "draft"
POSTED = "posted"
VOIDED = "voided"


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        # A unique index (not a table constraint) so that a bulk import may rebuild it.
        Index("uq_documents_kind_number", "kind", "number", unique=True),
        # Covers a customer's balance at a date: the sum is read from the index alone.
        Index("ix_documents_customer_date", "customer_id", "date", "direction", "status", "amount"),
        # Items that can still be open at some date: aging and the index read these. It carries
        # every column aging needs, so the whole book's aging reads no table rows at all.
        Index("ix_documents_open", "direction", "settled_on", "date", "customer_id", "due_date", "status",
              "open_amount"),
        # Led like the above per customer, and covering: the payment index, the portfolio's exposure
        # and days to pay read each customer's settle-date ranges from the index alone.
        Index("ix_documents_customer_open", "customer_id", "direction", "settled_on", "kind", "status", "due_date",
              "date", "amount", "open_amount"),
        Index("ix_documents_date", "date"),
        # Period reports read kind, date, status and amount from these alone (app.services.reports.analysis).
        Index("ix_documents_kind_customer", "kind", "customer_id", "date", "status", "amount"),
        Index("ix_documents_kind_date", "kind", "date", "status", "amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(10), default=POSTED)
    direction: Mapped[int] = mapped_column(default=1)
    date: Mapped[dt.date]
    due_date: Mapped[dt.date | None] = mapped_column(default=None)
    amount: Mapped[Decimal]
    open_amount: Mapped[Decimal]
    settled_on: Mapped[dt.date | None] = mapped_column(default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(20), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    contract_ref: Mapped[str] = mapped_column(String(100), default="")
    target_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), default=None)
    voids_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), default=None)
    disputed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    posted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # The official tax invoice (增值税发票) issued by the tax system for this invoice, to match them up.
    tax_invoice_number: Mapped[str] = mapped_column(String(60), default="", server_default="")
    tax_invoice_date: Mapped[dt.date | None] = mapped_column(default=None)

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="InvoiceLine.position"
    )


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(ExactDecimal())
    unit_price: Mapped[Decimal] = mapped_column(ExactDecimal())
    tax_rate: Mapped[Decimal] = mapped_column(ExactDecimal(), default=Decimal(0))
    net: Mapped[Decimal]
    tax: Mapped[Decimal]
    total: Mapped[Decimal]

    document: Mapped[Document] = relationship(back_populates="lines")


class Application(Base):
    """``amount`` of credit ``credit_id`` settles debit ``debit_id`` from ``applied_on``.

    Unapplying sets ``undone_at``; the row stays as history.
    """

    __tablename__ = "applications"
    __table_args__ = (
        # amount and undone_at ride along so "applied to this document after D" (aging at a past
        # date) is answered from the index alone, without a row lookup per open document.
        Index("ix_applications_debit", "debit_id", "applied_on", "amount", "undone_at"),
        Index("ix_applications_credit", "credit_id", "applied_on", "amount", "undone_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    credit_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    debit_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    amount: Mapped[Decimal]
    applied_on: Mapped[dt.date]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    undone_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    undone_by: Mapped[str] = mapped_column(String(60), default="")


class Promise(Base):
    """A customer's promise to pay an invoice by a date."""

    __tablename__ = "promises"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    promised_on: Mapped[dt.date] = mapped_column(index=True)
    amount: Mapped[Decimal]
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class Contract(Base):
    __tablename__ = "contracts"
    __table_args__ = (UniqueConstraint("customer_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    number: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
    start_on: Mapped[dt.date]
    end_on: Mapped[dt.date] = mapped_column(index=True)
    value: Mapped[Decimal]
    reminder_days: Mapped[int] = mapped_column(default=30)
