"""Requests for approval (PRODUCT §8c): a large change a second person must accept before it is applied."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow

#: The states of a request: waiting, accepted (and applied in the same transaction), or refused.
PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
STATES = (PENDING, APPROVED, REJECTED)

#: What can be asked for: each is applied by the existing service of that change.
KINDS = ("credit_limit", "write_off", "hold_release", "merge", "void")


class ApprovalRequest(Base):
    """One change saved instead of applied: what, before, after, why, who and when.

    ``params`` holds what the service needs to apply it (JSON); ``before`` and ``after`` what a
    person reads to decide (JSON). Accepting applies the change through its service, under the
    approver's permissions, in the same transaction; ``result`` says what it made (a document
    number, a figure). A rejected request changes nothing and keeps the approver's reason.
    """

    __tablename__ = "approval_requests"
    __table_args__ = (Index("ix_approval_requests_state", "state", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    customer: Mapped[str] = mapped_column(String(60), default="")  # the customer's code when asked
    subject: Mapped[str] = mapped_column(String(200), default="")  # e.g. "INV-0012" or "C0002 into C0001"
    params: Mapped[str] = mapped_column(Text, default="{}")
    before: Mapped[str] = mapped_column(Text, default="{}")
    after: Mapped[str] = mapped_column(Text, default="{}")
    reason: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(10), default=PENDING)
    requested_by: Mapped[str] = mapped_column(String(60), default="")
    requested_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(60), default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
