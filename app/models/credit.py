"""Credit holds, overrides and grade history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class CreditHold(Base):
    """A hold runs from ``start_on`` to ``until_on`` inclusive (open-ended when null),
    or until ``released_on``."""

    __tablename__ = "credit_holds"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    start_on: Mapped[dt.date]
    until_on: Mapped[dt.date | None] = mapped_column(default=None)
    released_on: Mapped[dt.date | None] = mapped_column(default=None)
    release_note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="manual")
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CreditOverride(Base):
    """An invoice posted past the limit or during a hold, with who allowed it and why."""

    __tablename__ = "credit_overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), default=None)
    status: Mapped[str] = mapped_column(String(10))
    exposure: Mapped[Decimal]
    credit_limit: Mapped[Decimal | None] = mapped_column(default=None)
    amount: Mapped[Decimal]
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class GradeHistory(Base):
    """The payment index and grade at a date; manual overrides carry a reason."""

    __tablename__ = "grade_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    as_of: Mapped[dt.date]
    payment_index: Mapped[int | None] = mapped_column(default=None)
    grade: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(String(20), default="computed")
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
