"""Each customer's lifecycle stage (kept by the rules of app/services/lifecycle) and its history,
and the customers' feedback with a satisfaction score."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class CustomerStage(Base):
    """The stage a customer is in now: since when, and the rule that put it there."""

    __tablename__ = "customer_stages"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    stage: Mapped[str] = mapped_column(String(20), index=True)
    since: Mapped[dt.date]
    reason: Mapped[str] = mapped_column(String(30), default="")
    as_of: Mapped[dt.date]  # the date the rules were last run for


class StageHistory(Base):
    """A change of stage: from what, to what, as of when, by which rule."""

    __tablename__ = "stage_history"
    __table_args__ = (Index("ix_stage_history_customer", "customer_id", "as_of"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    as_of: Mapped[dt.date]
    previous: Mapped[str] = mapped_column(String(20), default="")
    stage: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(30), default="")
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Feedback(Base):
    """What a customer said of us: a satisfaction score 1-5 and a note."""

    __tablename__ = "customer_feedback"
    __table_args__ = (Index("ix_customer_feedback_customer", "customer_id", "date"),
                      CheckConstraint("score BETWEEN 1 AND 5", name="score_range"))

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    date: Mapped[dt.date]
    score: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
