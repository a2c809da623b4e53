"""Dunning levels, letter templates and the letters sent."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, utcnow
from app.models.types import ExactDecimal


class DunningLevel(Base):
    __tablename__ = "dunning_levels"

    level: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    days_overdue: Mapped[int]
    fee: Mapped[Decimal] = mapped_column(default=Decimal(0))
    annual_interest_rate: Mapped[Decimal] = mapped_column(ExactDecimal(), default=Decimal(0))
    title: Mapped[str] = mapped_column(String(200), default="")
    min_amount: Mapped[Decimal] = mapped_column(default=Decimal(0))


class LetterTemplate(Base):
    """Letter text per level and language, with {placeholders}."""

    __tablename__ = "letter_templates"
    __table_args__ = (UniqueConstraint("level", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[int]
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")


class DunningLetter(Base):
    """A committed dunning letter: the customer's dunning history."""

    __tablename__ = "dunning_letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    level: Mapped[int]
    as_of: Mapped[dt.date]
    overdue_amount: Mapped[Decimal]
    fee: Mapped[Decimal]
    interest: Mapped[Decimal]
    total: Mapped[Decimal]
    charge_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), default=None)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    items: Mapped[list[DunningLetterItem]] = relationship(cascade="all, delete-orphan")


class DunningLetterItem(Base):
    __tablename__ = "dunning_letter_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("dunning_letters.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    days_overdue: Mapped[int]
    open_amount: Mapped[Decimal]
    interest: Mapped[Decimal]
