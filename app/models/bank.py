"""Bank accounts, the lines of their statements, and what confirmations taught about payers.

A bank line is money in (positive ``amount``) or out (negative), read from a statement file
(INTERCHANGE §8). ``fingerprint`` is unique per account: the hash of the bank's own id of the
line when the file has one, else of date + amount + counterparty + reference + the ordinal
among identical lines of the same file, so that importing a file again adds nothing twice.

A confirmed line points at the payment(s) it made (``bank_line_payments``: one per customer
of a split, with the write-off of a bank charge, if any). A learned counterparty remembers a
payer's normalised name and account for a customer.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow

LINE_STATUSES = ("unmatched", "proposed", "matched", "ignored")


class BankAccount(Base):
    """A bank (or WeChat Pay / Alipay) account of the company, with its CSV/Excel mapping profile."""

    __tablename__ = "bank_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    currency: Mapped[str] = mapped_column(String(3), default="")
    profile: Mapped[str] = mapped_column(Text, default="")  # JSON of the mapping profile
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BankLine(Base):
    """One line of a statement: signed amount in minor units (money in is positive)."""

    __tablename__ = "bank_lines"
    __table_args__ = (
        UniqueConstraint("account_id", "fingerprint"),
        Index("ix_bank_lines_account_status", "account_id", "status", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("bank_accounts.id"))
    date: Mapped[dt.date]
    amount: Mapped[Decimal]
    counterparty: Mapped[str] = mapped_column(String(200), default="")
    counterparty_account: Mapped[str] = mapped_column(String(100), default="")
    reference: Mapped[str] = mapped_column(Text, default="")
    external_id: Mapped[str] = mapped_column(String(200), default="")
    fingerprint: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10), default="unmatched")
    ignore_reason: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="")  # JSON written by matching
    payment_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), default=None)
    source: Mapped[str] = mapped_column(String(255), default="")
    row: Mapped[int] = mapped_column(default=0)
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BankLinePayment(Base):
    """A document a confirmation posted for a line: a payment, or the write-off of a bank charge."""

    __tablename__ = "bank_line_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("bank_lines.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    undone_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class BankCounterparty(Base):
    """A payer learned at a confirmation: its name without legal suffixes and its account."""

    __tablename__ = "bank_counterparties"
    __table_args__ = (UniqueConstraint("customer_id", "name_norm", "account"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    name_norm: Mapped[str] = mapped_column(String(200), default="", index=True)
    account: Mapped[str] = mapped_column(String(100), default="", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
