"""Customers, their contacts, tags and communication log."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, utcnow
from app.models.types import ExactDecimal

CATEGORIES = ("enterprise", "small_business", "individual", "government")
LANGUAGES = ("en", "zh_CN")


class Customer(Base):
    """A customer account (客户档案). Archived, never deleted, once it has documents."""

    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_archived_code", "archived", "code"),
        Index("ix_customers_tax_id_norm", "tax_id_norm"),
        Index("ix_customers_phone_norm", "phone_norm"),
        Index("ix_customers_email_norm", "email_norm"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    short_name: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(40), default="", index=True)
    industry: Mapped[str] = mapped_column(String(60), default="")
    region: Mapped[str] = mapped_column(String(60), default="")
    size: Mapped[str] = mapped_column(String(40), default="")
    billing_address: Mapped[str] = mapped_column(Text, default="")
    shipping_address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    tax_id: Mapped[str] = mapped_column(String(64), default="")
    payment_terms_days: Mapped[int] = mapped_column(default=30)
    credit_limit: Mapped[Decimal | None] = mapped_column(default=None)
    warn_ratio: Mapped[Decimal] = mapped_column(ExactDecimal(), default=Decimal("0.80"))
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # Credit and classification figures kept up to date by the credit services.
    grade: Mapped[str] = mapped_column(String(8), default="new", index=True)
    payment_index: Mapped[int | None] = mapped_column(default=None)
    grade_override: Mapped[str | None] = mapped_column(String(8), default=None)
    grade_override_reason: Mapped[str] = mapped_column(Text, default="")
    value_class: Mapped[str] = mapped_column(String(1), default="")
    dunning_excluded: Mapped[bool] = mapped_column(Boolean, default=False)
    # Search helpers (lower-cased text, pinyin initials, normalized keys).
    search_text: Mapped[str] = mapped_column(Text, default="")
    pinyin_initials: Mapped[str] = mapped_column(String(200), default="")
    tax_id_norm: Mapped[str] = mapped_column(String(64), default="")
    phone_norm: Mapped[str] = mapped_column(String(64), default="")
    email_norm: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Contact.position"
    )
    tags: Mapped[list[CustomerTag]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerTag.tag"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone_norm: Mapped[str] = mapped_column(String(64), default="", index=True)
    email_norm: Mapped[str] = mapped_column(String(200), default="", index=True)

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class CustomerTag(Base):
    __tablename__ = "customer_tags"
    __table_args__ = (UniqueConstraint("customer_id", "tag"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    tag: Mapped[str] = mapped_column(String(60), index=True)

    customer: Mapped[Customer] = relationship(back_populates="tags")


class Classification(Base):
    """User-extensible lists: categories, industries, regions, sizes."""

    __tablename__ = "classifications"
    __table_args__ = (UniqueConstraint("kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(60))
    label_en: Mapped[str] = mapped_column(String(100), default="")
    label_zh: Mapped[str] = mapped_column(String(100), default="")


class CommunicationEntry(Base):
    """A call, email, visit or letter, with an optional follow-up date."""

    __tablename__ = "communication_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    date: Mapped[dt.date]
    channel: Mapped[str] = mapped_column(String(20), default="phone")
    summary: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(default=None, index=True)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
