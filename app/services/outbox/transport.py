"""Sending the outbox over SMTP (smtplib, email.message.EmailMessage).

One connection per send: none, STARTTLS or SSL, then a login when a user is set. Each message
is built from what the outbox holds (its Message-ID made when it was queued), then:

- the message is marked ``check`` (committed) just before its data go to the server, so that a
  crash or a connection lost after DATA leaves it for the user to check, never sent again;
- the server's 250 after the data makes it ``sent`` (with the reply and the queue id) and adds
  an entry to the customer's communication log;
- a refusal (sender, every recipient, or the data) makes it ``failed`` with the server's reason:
  a temporary one (4xx) is retried after 5, 10, 20 ... minutes until ``max_attempts``; a
  permanent one (5xx), or the last attempt, waits for the user;
- a server that cannot be reached leaves every message queued.
"""

from __future__ import annotations

import datetime as dt
import errno
import re
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formatdate

from sqlalchemy import select

from app.models import CommunicationEntry, Customer
from app.models.base import utcnow
from app.models.outbox import CHECK, FAILED, QUEUED, SENT, OutboxMessage
from app.services import audit
from app.services.company import load_company
from app.services.outbox import settings as st
from app.services.outbox.errors import SmtpLoginFailed, SmtpNotConfigured, SmtpRefused, SmtpUnreachable
from app.services.outbox.store import due_filter
from app.services.permissions import require
from app.services.progress import NoProgress, Progress
from app.services.unit_of_work import UnitOfWork

BACKOFF_MINUTES = 5


@dataclass
class SendReport:
    sent: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    check: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)  # due but not tried (offline, cancelled)
    offline: str = ""  # why the server could not be reached ("" when it could)
    dry_run: bool = False


def _addr(text: str, name: str = "") -> Address:
    user, _, domain = text.strip().partition("@")
    return Address(display_name=name, username=user, domain=domain)


def build_email(m: OutboxMessage, settings: st.SmtpSettings, company_name: str, to_name: str = "") -> EmailMessage:
    """The message as it goes out: UTF-8 headers (RFC 2047: Chinese names and subjects), text + HTML,
    attachments (RFC 2231 names). ``to_name``: the customer's name, shown with the first address."""
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = _addr(settings.sender, settings.sender_name or company_name)
    msg["To"] = [_addr(a, to_name if i == 0 else "") for i, a in enumerate(st.split_addresses(m.to_addrs))]
    if m.cc_addrs:
        msg["Cc"] = [_addr(a) for a in st.split_addresses(m.cc_addrs)]
    msg["Subject"] = m.subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = m.message_id
    msg["X-Mailer"] = "Duebook"
    msg.set_content(m.body_text or "", charset="utf-8")
    if m.body_html:
        msg.add_alternative(m.body_html, subtype="html", charset="utf-8")
    for a in m.attachments:
        maintype, _, subtype = a.mime_type.partition("/")
        msg.add_attachment(a.data, maintype=maintype or "application", subtype=subtype or "octet-stream",
                           filename=a.filename)
    return msg


def recipients(m: OutboxMessage) -> list[str]:
    return st.split_addresses(m.to_addrs) + st.split_addresses(m.cc_addrs)


def tls_context(settings: st.SmtpSettings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=settings.ca_file or None)


def connect(settings: st.SmtpSettings, password: str | None) -> smtplib.SMTP:
    """An open, logged-in connection. SmtpUnreachable / SmtpLoginFailed otherwise."""
    if not settings.configured:
        raise SmtpNotConfigured()
    smtp: smtplib.SMTP | None = None
    try:
        if settings.security == "ssl":
            smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout,
                                    context=tls_context(settings))
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        _no_delay(smtp)
        smtp.ehlo()
        if settings.security == "starttls":
            smtp.starttls(context=tls_context(settings))
            smtp.ehlo()
        if settings.user:
            _login(smtp, settings.user, password or "")
        return smtp
    except smtplib.SMTPAuthenticationError as exc:
        _quit(smtp)
        st.forget_session_password(settings)
        raise SmtpLoginFailed(host=settings.host, user=settings.user, reply=_reply(exc.smtp_code, exc.smtp_error)) \
            from None
    except (OSError, smtplib.SMTPException) as exc:
        _quit(smtp)
        raise SmtpUnreachable(host=settings.host, port=settings.port, reason=plain_reason(exc)) from None


def _no_delay(smtp: smtplib.SMTP) -> None:
    """Commands go out at once (TCP_NODELAY): SMTP is a dialogue of short lines, and Nagle's algorithm
    against the server's delayed acknowledgements would hold each message's last piece ~40 ms."""
    if smtp.sock is not None:
        smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib's login, or AUTH PLAIN in UTF-8 (RFC 4954) for a password that is not ASCII."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    import base64

    token = base64.b64encode(b"\0" + user.encode("utf-8") + b"\0" + password.encode("utf-8")).decode("ascii")
    code, resp = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, resp)


def _quit(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def _reply(code: int, text: bytes | str) -> str:
    t = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {t}".strip()


def plain_reason(exc: BaseException) -> str:
    """Why the mail server cannot be reached, in plain words (the server's reply when it gave one)."""
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply(exc.smtp_code, exc.smtp_error)
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    # the same plain words as a database server's (app/services/server/connection.py), translated in the GUI
    if isinstance(exc, ConnectionRefusedError):
        return "nothing is listening there: the server is off or the port is wrong"
    if isinstance(exc, socket.gaierror):
        return "the host name is unknown"
    if isinstance(exc, OSError) and exc.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH):
        return "the network does not reach it"
    return str(exc) or type(exc).__name__


class _Refused(Exception):
    def __init__(self, code: int, reply: str) -> None:
        super().__init__(reply)
        self.code = code
        self.reply = reply


class _Lost(Exception):
    """The connection went before the data were sent: the message did not go."""


class _Skip(Exception):
    """The message was cancelled between its recipients and its data: it is not sent."""


class _MaybeSent(Exception):
    """The connection went during or after the data: the message may have arrived."""


def _deliver(smtp: smtplib.SMTP, sender: str, rcpts: Sequence[str], data: bytes,
             before_data: object) -> tuple[str, dict[str, str]]:
    """MAIL, RCPT each, DATA. Returns (final reply, refused recipients)."""
    try:
        code, resp = smtp.mail(sender)
        if code != 250:
            smtp.rset()
            raise _Refused(code, _reply(code, resp))
        refused: dict[str, str] = {}
        last = (0, "")
        for r in rcpts:
            code, resp = smtp.rcpt(r)
            if code not in (250, 251):
                refused[r] = _reply(code, resp)
                last = (code, refused[r])
        if len(refused) == len(rcpts):
            smtp.rset()
            raise _Refused(last[0], "; ".join(f"{a}: {why}" for a, why in refused.items()))
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise _Lost(plain_reason(exc)) from None
    before_data()  # type: ignore[operator]
    try:
        code, resp = smtp.data(data)
    except smtplib.SMTPDataError as exc:  # DATA itself refused: nothing was sent
        raise _Refused(exc.smtp_code, _reply(exc.smtp_code, exc.smtp_error)) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise _MaybeSent(plain_reason(exc)) from None
    if code != 250:
        raise _Refused(code, _reply(code, resp))
    return _reply(code, resp), refused


def _queue_id(reply: str) -> str:
    m = re.search(r"queued as\s+(\S+)", reply, re.I)
    return m.group(1) if m else reply[:200]


def _due_ids(uow: UnitOfWork, now: dt.datetime, only: Sequence[int] | None) -> list[int]:
    with uow:
        q = select(OutboxMessage.id).where(due_filter(now)).order_by(OutboxMessage.id)  # type: ignore[arg-type]
        if only is not None:
            q = q.where(OutboxMessage.id.in_(list(only)))
        return [int(i) for i in uow.session.execute(q).scalars()]


def send_due(uow: UnitOfWork, *, now: dt.datetime | None = None, only: Sequence[int] | None = None,
             dry_run: bool = False, progress: Progress | None = None) -> SendReport:
    """Send every message that is due (queued, or failed with its retry time come)."""
    require(uow, "mail.send")
    progress = progress or NoProgress()
    now = now or utcnow()
    ids = _due_ids(uow, now, only)
    report = SendReport(dry_run=dry_run)
    if dry_run or not ids:
        report.waiting = ids
        return report
    with uow:
        settings = st.smtp_in(uow.session)
        company_name = load_company(uow.session).name
    if not settings.configured:
        raise SmtpNotConfigured()
    password = st.password_for(settings)
    try:
        smtp = connect(settings, password)
    except SmtpUnreachable as exc:
        report.offline = str(exc.params.get("detail", ""))
        report.waiting = ids
        return report
    pending: list[_Accepted] = []  # accepted by the server, recorded with the next commit
    try:
        for n, mid in enumerate(ids):
            progress.update(n, len(ids))
            if progress.cancelled():
                report.waiting += ids[n:]
                break
            try:
                outcome = _send_one(uow, smtp, settings, company_name, mid, pending)
            except _Lost as exc:
                report.offline = str(exc)
                report.waiting += ids[n:]
                break
            if outcome == SENT:
                report.sent.append(mid)
            elif outcome == CHECK:
                report.check.append(mid)
                report.offline = "the connection was lost while a message was being sent"
                report.waiting += ids[n + 1:]
                break
            elif outcome.startswith(FAILED):
                report.failed.append((mid, outcome.partition(":")[2]))
            else:
                report.waiting.append(mid)
        progress.update(len(ids), len(ids))
    finally:
        _quit(smtp)
        if pending:
            with uow:
                _record_sent(uow, pending)
                uow.commit()
    return report


@dataclass(frozen=True)
class _Accepted:
    id: int
    reply: str
    refused: dict[str, str]


CHECK_NOTE = ("the connection was lost after the message was handed to the server; "
              "check with the recipient before sending it again")


def _send_one(uow: UnitOfWork, smtp: smtplib.SMTP, settings: st.SmtpSettings, company_name: str, mid: int,
              pending: list[_Accepted]) -> str:
    """One message over the open connection. The message is marked ``check`` in the same commit
    that records the previous one as sent, just before its data go (one commit per message)."""
    with uow.db.read_uow() as reader:
        m = reader.session.get(OutboxMessage, mid)
        if m is None or m.status not in (QUEUED, FAILED):  # cancelled meanwhile
            return "skipped"
        c = reader.session.get(Customer, m.customer_id) if m.customer_id is not None else None
        data = build_email(m, settings, company_name, c.name if c is not None else "").as_bytes()
        rcpts = recipients(m)

    def before_data() -> None:
        with uow:
            _record_sent(uow, pending)
            pending.clear()
            m = uow.session.get(OutboxMessage, mid)
            assert m is not None
            if m.status not in (QUEUED, FAILED):  # cancelled by the user a moment ago: send nothing
                uow.commit()
                raise _Skip()
            m.status = CHECK
            m.error = CHECK_NOTE
            m.updated_at = utcnow()
            uow.commit()

    try:
        reply, refused = _deliver(smtp, settings.sender, rcpts, data, before_data)
    except _Refused as exc:
        _failed(uow, mid, exc.code, exc.reply, settings.max_attempts, pending)
        return f"{FAILED}:{exc.reply}"
    except _MaybeSent:
        return CHECK
    except _Skip:
        try:
            smtp.rset()
        except (smtplib.SMTPException, OSError) as exc:
            raise _Lost(plain_reason(exc)) from None
        return "skipped"
    pending.append(_Accepted(mid, reply, refused))
    return SENT


def _failed(uow: UnitOfWork, mid: int, code: int, reply: str, max_attempts: int,
            pending: list[_Accepted]) -> None:
    with uow:
        s = uow.session
        _record_sent(uow, pending)
        pending.clear()
        m = s.get(OutboxMessage, mid)
        assert m is not None
        m.attempts += 1
        m.status = FAILED
        m.error = reply
        m.server_reply = reply
        m.updated_at = utcnow()
        temporary = 400 <= code < 500
        if temporary and m.attempts < max_attempts:
            m.next_attempt_at = utcnow() + dt.timedelta(minutes=BACKOFF_MINUTES * 2 ** (m.attempts - 1))
        else:
            m.next_attempt_at = None  # waits for the user
        audit.record(s, uow.user, "outbox.failed", "outbox", m.id, after={"reply": reply, "attempts": m.attempts})
        uow.commit()


def _record_sent(uow: UnitOfWork, accepted: Sequence[_Accepted]) -> None:
    """Record messages the server accepted (inside the caller's transaction)."""
    for a in accepted:
        _sent_in(uow, a.id, a.reply, a.refused)


def _sent_in(uow: UnitOfWork, mid: int, reply: str, refused: dict[str, str]) -> None:
    s = uow.session
    m = s.get(OutboxMessage, mid)
    assert m is not None
    m.attempts += 1
    m.status = SENT
    m.sent_at = utcnow()
    m.updated_at = m.sent_at
    m.next_attempt_at = None
    m.server_reply = reply
    m.server_id = _queue_id(reply)
    m.error = "; ".join(f"{a}: {why}" for a, why in refused.items())
    if m.customer_id is not None:
        delivered = [a for a in recipients(m) if a not in refused]
        s.add(CommunicationEntry(customer_id=m.customer_id, date=dt.date.today(), channel="email",
                                 summary=f"E-mail sent: {m.subject} (to {', '.join(delivered)})"[:2000],
                                 created_by=uow.user))
    audit.record(s, uow.user, "outbox.sent", "outbox", m.id,
                 after={"to": m.to_addrs, "subject": m.subject, "server_id": m.server_id})


def send_test(uow: UnitOfWork, to: str) -> str:
    """Send a test message now (not through the outbox); returns the server's reply."""
    require(uow, "mail.send")
    if not st.valid_address(to):
        from app.services.errors import ValidationError

        raise ValidationError("to", f"not an e-mail address: {to}", code="email")
    with uow:
        settings = st.smtp_in(uow.session)
        company = load_company(uow.session)
        lang = company.locale
        name = company.name
    if not settings.configured:
        raise SmtpNotConfigured()
    zh = lang.startswith("zh")
    m = OutboxMessage(to_addrs=to, cc_addrs="", message_id=f"<test-{utcnow().timestamp()}@{settings.sender.partition('@')[2]}>",
                      subject=f"Duebook 测试邮件 — {name}" if zh else f"Duebook test message — {name}",
                      body_text=("这是一封来自 Duebook 的测试邮件：邮件服务器设置正确。" if zh else
                                 "This is a test message from Duebook: the mail server settings work."),
                      body_html="")
    m.attachments = []
    data = build_email(m, settings, name).as_bytes()
    smtp = connect(settings, st.password_for(settings))
    try:
        reply, _refused = _deliver(smtp, settings.sender, [to], data, lambda: None)
    except _Refused as exc:
        raise SmtpRefused(reply=exc.reply) from None
    except (_Lost, _MaybeSent) as exc:
        raise SmtpUnreachable(host=settings.host, port=settings.port, reason=str(exc)) from None
    finally:
        _quit(smtp)
    with uow:
        audit.record(uow.session, uow.user, "smtp.test", "settings", "outbox.smtp", after={"to": to, "reply": reply})
        uow.commit()
    return reply
