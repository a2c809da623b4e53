"""The outbox: every e-mail Duebook sends, kept in the company file with its fate.

A message is written here first (``queued``) with its recipients, subject, bodies and
attachments, and a Message-ID made at that moment. Sending it moves it to ``sent`` (with
the server's reply), ``failed`` (with the server's reason; retried after ``next_attempt_at``
until the attempts run out, then it waits for the user) or ``check`` (the connection was lost
after the message's data went to the server: it may have arrived, so it is never sent again
by itself). ``cancelled`` messages are kept. Sending a message again makes a new message.

``ScheduleMark`` is what an automation rule remembers it queued (one row per rule and key),
so that running a rule twice for the same day queues nothing new.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, utcnow

QUEUED = "queued"
SENT = "sent"
FAILED = "failed"
CHECK = "check"
CANCELLED = "cancelled"
STATUSES = (QUEUED, SENT, FAILED, CHECK, CANCELLED)


class OutboxMessage(Base):
    __tablename__ = "outbox_messages"
    __table_args__ = (Index("ix_outbox_messages_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True, default=None)
    language: Mapped[str] = mapped_column(String(8), default="en")
    to_addrs: Mapped[str] = mapped_column(Text, default="")
    cc_addrs: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    #: what the message belongs to: "statement:C0001:2026-01-01:2026-01-31", "dunning:C0001:2026-03-01", ...
    document_ref: Mapped[str] = mapped_column(String(200), default="", index=True)
    #: the automation rule (and its run date) that queued it; "" when a person did
    run_ref: Mapped[str] = mapped_column(String(100), default="")
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    status: Mapped[str] = mapped_column(String(12), default=QUEUED)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    error: Mapped[str] = mapped_column(Text, default="")
    server_reply: Mapped[str] = mapped_column(Text, default="")
    server_id: Mapped[str] = mapped_column(String(200), default="")
    resent_from_id: Mapped[int | None] = mapped_column(ForeignKey("outbox_messages.id"), default=None)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    attachments: Mapped[list[OutboxAttachment]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="OutboxAttachment.position")


class OutboxAttachment(Base):
    """A file sent with a message, kept in the company file (so the outbox works offline)."""

    __tablename__ = "outbox_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("outbox_messages.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    filename: Mapped[str] = mapped_column(String(250))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/pdf")
    data: Mapped[bytes] = mapped_column(LargeBinary)

    message: Mapped[OutboxMessage] = relationship(back_populates="attachments")


class ScheduleMark(Base):
    """One thing an automation rule queued (or decided), so it is never queued twice."""

    __tablename__ = "schedule_marks"
    __table_args__ = (UniqueConstraint("rule", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(200))
    as_of: Mapped[dt.date]
    message_id: Mapped[int | None] = mapped_column(ForeignKey("outbox_messages.id"), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
