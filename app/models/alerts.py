"""Alerts a bookkeeper dismissed (INTERCHANGE §11): the alerts themselves are recomputed as of a date."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
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
