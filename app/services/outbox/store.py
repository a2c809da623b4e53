"""The outbox's messages: queue, list, open, cancel, retry, resend as new.

A message is queued with its Message-ID already made (``<...@sender-domain>``), so the same
message can never go out under two ids; sending it again makes a new message with a new id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import make_msgid

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import Customer
from app.models.base import utcnow
from app.models.outbox import (
    CANCELLED,
    CHECK,
    FAILED,
    QUEUED,
    SENT,
    STATUSES,
    OutboxAttachment,
    OutboxMessage,
)
from app.services import audit
from app.services.errors import StateError, ValidationError
from app.services.outbox.settings import smtp_in, split_addresses, valid_address
from app.services.permissions import require
from app.services.sql import get_or_raise
from app.services.unit_of_work import UnitOfWork

KINDS = ("statement", "dunning", "reminder_before", "reminder_due", "reminder_after", "promise",
         "contract", "report_pack", "invoice", "receipt", "test")


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    mime_type: str = "application/pdf"


@dataclass(frozen=True)
class Draft:
    """A message before it is queued: what a source (statement, reminder, ...) makes."""

    kind: str
    to: tuple[str, ...]
    subject: str
    body_text: str
    body_html: str = ""
    customer_id: int | None = None
    language: str = "en"
    cc: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    document_ref: str = ""
    run_ref: str = ""


@dataclass(frozen=True)
class MessageInfo:
    id: int
    kind: str
    customer: str  # the code ("" for a message to the owner)
    customer_name: str
    to: str
    cc: str
    subject: str
    status: str
    attempts: int
    created_at: dt.datetime
    sent_at: dt.datetime | None
    next_attempt_at: dt.datetime | None
    error: str
    message_id: str
    document_ref: str
    language: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    mime_type: str
    size: int


@dataclass(frozen=True)
class MessageDetail:
    info: MessageInfo
    body_text: str
    body_html: str
    server_reply: str
    server_id: str
    attachments: tuple[AttachmentInfo, ...]


def _domain(sender: str) -> str:
    return sender.rpartition("@")[2] or "duebook.invalid"


def _check_draft(d: Draft) -> None:
    if d.kind not in KINDS:
        raise ValidationError("kind", f"one of {', '.join(KINDS)}", code="choice")
    if not d.to:
        raise ValidationError("to", "a message needs a recipient", code="required")
    bad = [a for a in (*d.to, *d.cc) if not valid_address(a)]
    if bad:
        raise ValidationError("to", f"not an e-mail address: {bad[0]}", code="email")


def queue_in(session: Session, user: str, d: Draft) -> OutboxMessage:
    """Write one message to the outbox inside the caller's transaction."""
    _check_draft(d)
    sender = smtp_in(session).sender
    msg = OutboxMessage(
        kind=d.kind, customer_id=d.customer_id, language=d.language, to_addrs=", ".join(d.to),
        cc_addrs=", ".join(d.cc), subject=d.subject, body_text=d.body_text, body_html=d.body_html,
        document_ref=d.document_ref[:200], run_ref=d.run_ref[:100], message_id=make_msgid(domain=_domain(sender)),
        status=QUEUED, attempts=0, created_by=user, created_at=utcnow(), updated_at=utcnow())
    msg.attachments = [OutboxAttachment(position=i, filename=a.filename, mime_type=a.mime_type, data=a.data)
                       for i, a in enumerate(d.attachments)]
    session.add(msg)
    session.flush()
    audit.record(session, user, "outbox.queue", "outbox", msg.id,
                 after={"kind": d.kind, "to": msg.to_addrs, "subject": d.subject, "document": d.document_ref,
                        "attachments": [a.filename for a in d.attachments]})
    return msg


def queue(uow: UnitOfWork, draft: Draft) -> MessageInfo:
    require(uow, "mail.send")
    with uow:
        msg = queue_in(uow.session, uow.user, draft)
        info = message_info(uow.session, msg)
        uow.commit()
        return info


def message_info(session: Session, m: OutboxMessage, customer: tuple[str, str] | None = None) -> MessageInfo:
    if customer is None:
        c = session.get(Customer, m.customer_id) if m.customer_id else None
        customer = (c.code, c.name) if c else ("", "")
    return MessageInfo(m.id, m.kind, customer[0], customer[1], m.to_addrs, m.cc_addrs, m.subject, m.status,
                       m.attempts, m.created_at, m.sent_at, m.next_attempt_at, m.error, m.message_id,
                       m.document_ref, m.language)


def list_messages(uow: UnitOfWork, status: str | Sequence[str] | None = None, customer: str | None = None,
                  kind: str | None = None, limit: int | None = None) -> list[MessageInfo]:
    """Messages newest first, filtered by status(es), customer code (or name part) and kind."""
    statuses = [status] if isinstance(status, str) else list(status or [])
    for st in statuses:
        if st not in STATUSES:
            raise ValidationError("status", f"one of {', '.join(STATUSES)}", code="choice")
    with uow:
        s = uow.session
        q = (select(OutboxMessage, Customer.code, Customer.name)
             .outerjoin(Customer, Customer.id == OutboxMessage.customer_id)
             .order_by(OutboxMessage.id.desc()))
        if statuses:
            q = q.where(OutboxMessage.status.in_(statuses))
        if kind:
            q = q.where(OutboxMessage.kind == kind)
        if customer:
            q = q.where(or_(Customer.code == customer, Customer.name.contains(customer)))
        if limit:
            q = q.limit(limit)
        return [message_info(s, m, (code or "", name or "")) for m, code, name in s.execute(q)]


def _get(session: Session, message_id: int) -> OutboxMessage:
    m = get_or_raise(session, OutboxMessage, message_id, what="message")
    return m


def get_message(uow: UnitOfWork, message_id: int) -> MessageDetail:
    with uow:
        s = uow.session
        m = _get(s, message_id)
        atts = s.execute(select(OutboxAttachment.id, OutboxAttachment.filename, OutboxAttachment.mime_type,
                                func.length(OutboxAttachment.data))
                         .where(OutboxAttachment.message_id == m.id).order_by(OutboxAttachment.position)).all()
        return MessageDetail(message_info(s, m), m.body_text, m.body_html, m.server_reply, m.server_id,
                             tuple(AttachmentInfo(a, f, t, int(n or 0)) for a, f, t, n in atts))


def attachment(uow: UnitOfWork, attachment_id: int) -> Attachment:
    with uow:
        a = get_or_raise(uow.session, OutboxAttachment, attachment_id, what="attachment")
        return Attachment(a.filename, a.data, a.mime_type)


def _change(uow: UnitOfWork, message_id: int, allowed: Sequence[str], new_status: str, action: str) -> MessageInfo:
    require(uow, "mail.send")
    with uow:
        s = uow.session
        m = _get(s, message_id)
        if m.status not in allowed:
            raise StateError(f"message {message_id} is {m.status}", message=message_id, status=m.status)
        before = m.status
        m.status = new_status
        m.next_attempt_at = None
        m.updated_at = utcnow()
        audit.record(s, uow.user, action, "outbox", m.id, before={"status": before}, after={"status": new_status})
        info = message_info(s, m)
        uow.commit()
        return info


def cancel(uow: UnitOfWork, message_id: int) -> MessageInfo:
    """A message not yet sent is kept, marked cancelled: it will not go."""
    return _change(uow, message_id, (QUEUED, FAILED, CHECK), CANCELLED, "outbox.cancel")


def retry(uow: UnitOfWork, message_id: int) -> MessageInfo:
    """A failed message goes with the next send (its attempts start again)."""
    require(uow, "mail.send")
    info = _change(uow, message_id, (FAILED,), QUEUED, "outbox.retry")
    return info


def mark_sent(uow: UnitOfWork, message_id: int) -> MessageInfo:
    """The user checked a message marked for checking: it did reach the recipient."""
    return _change(uow, message_id, (CHECK,), SENT, "outbox.confirm_sent")


def resend(uow: UnitOfWork, message_id: int) -> MessageInfo:
    """Send a message again as a NEW message (new Message-ID). One not yet sent is cancelled."""
    require(uow, "mail.send")
    with uow:
        s = uow.session
        old = _get(s, message_id)
        draft = Draft(old.kind, tuple(split_addresses(old.to_addrs)), old.subject, old.body_text, old.body_html,
                      old.customer_id, old.language, tuple(split_addresses(old.cc_addrs)),
                      tuple(Attachment(a.filename, a.data, a.mime_type) for a in old.attachments),
                      old.document_ref, old.run_ref)
        new = queue_in(s, uow.user, draft)
        new.resent_from_id = old.id
        if old.status in (QUEUED, FAILED, CHECK):
            old.status = CANCELLED
            old.next_attempt_at = None
            old.updated_at = utcnow()
        audit.record(s, uow.user, "outbox.resend", "outbox", old.id, after={"new": new.id})
        info = message_info(s, new)
        uow.commit()
        return info


def due_filter(now: dt.datetime) -> object:
    """Messages the next send takes: queued ones, and failed ones whose retry time has come."""
    return or_(OutboxMessage.status == QUEUED,
               (OutboxMessage.status == FAILED) & OutboxMessage.next_attempt_at.is_not(None)
               & (OutboxMessage.next_attempt_at <= now))


def waiting_count(uow: UnitOfWork) -> int:
    """Messages still to go: queued, and failed ones that will be retried."""
    with uow:
        return int(uow.session.execute(
            select(func.count()).select_from(OutboxMessage).where(
                or_(OutboxMessage.status == QUEUED,
                    (OutboxMessage.status == FAILED) & OutboxMessage.next_attempt_at.is_not(None)))).scalar_one())


def counts(uow: UnitOfWork) -> dict[str, int]:
    with uow:
        rows = uow.session.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status))
        return {st: 0 for st in STATUSES} | {st: int(n) for st, n in rows}
