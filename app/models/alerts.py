"""Alerts a bookkeeper dismissed (INTERCHANGE §11): the alerts themselves are recomputed as of a date."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class AlertDismissal(Base):
    """An alert set aside with a note. Kept for good: the trail of what was looked at and why.

    An alert about a document is not shown again for that document and kind. An alert about a
    customer's behaviour (no document) stays dismissed for 90 days after the date it was shown
    for (``as_of``), so that a condition that holds again later is shown again.
    """

    __tablename__ = "alert_dismissals"
    __table_args__ = (Index("ix_alert_dismissals_key", "kind", "customer_id", "document_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), default=None)
    as_of: Mapped[dt.date]
    note: Mapped[str] = mapped_column(Text, default="")
    dismissed_by: Mapped[str] = mapped_column(String(60), default="")
    dismissed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AlertFact(Base):
    """What the document conditions of §11 found for one customer, kept between runs.

    ``unusual_amount``, ``dormant_return`` and same-day duplicate invoices depend only on the
    document and the customer's earlier documents, so they are worked out once and read back
    for any as-of date on or after the document's. Payments sharing a reference are kept as
    candidates (``code`` ``payment_reference``, the compared reference in ``other``) and paired
    as of the date asked for. A cache: rebuilt for a customer whenever its
    :class:`AlertState` fingerprint no longer matches its documents (no foreign keys, so a
    merge or a restore never trips over it).
    """

    __tablename__ = "alert_facts"
    __table_args__ = (Index("ix_alert_facts_customer", "customer_id"), Index("ix_alert_facts_date", "date"))

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int]
    kind: Mapped[str] = mapped_column(String(30))
    code: Mapped[str] = mapped_column(String(40))
    document_id: Mapped[int]
    number: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date]
    amount: Mapped[int] = mapped_column(BigInteger)  # minor units
    n: Mapped[int] = mapped_column(BigInteger, default=0)  # earlier documents, or days since the last invoice
    figure: Mapped[int] = mapped_column(BigInteger, default=0)  # twice the median, or the 99th percentile
    other: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(Text, default="")


class AlertState(Base):
    """Per customer, the fingerprint of the documents its :class:`AlertFact` rows were made from."""

    __tablename__ = "alert_states"

    customer_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    fingerprint: Mapped[str] = mapped_column(String(255))
