"""SMTP settings, the password (keyring, or this session only), and customers kept out of automatic mail.

The settings live in the company file's ``settings`` table under ``outbox.smtp`` (no password).
The password goes to the operating system's keyring (service ``duebook-smtp``, user
``USER@HOST:PORT``); where no keyring works it is kept in this process's memory only and asked
again in the next session. It is never written to the company file, the audit trail or a log.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from app.models import Setting
from app.services import audit
from app.services.errors import FieldProblem, ValidationErrors
from app.services.identity import keyring_status
from app.services.outbox.errors import SmtpPasswordNeeded
from app.services.permissions import require
from app.services.unit_of_work import UnitOfWork

SMTP_KEY = "outbox.smtp"
EXCLUDED_KEY = "outbox.excluded"
KEYRING_SERVICE = "duebook-smtp"
SECURITIES = ("none", "starttls", "ssl")
EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")

_session_passwords: dict[str, str] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    sender: str = ""  # the From address
    sender_name: str = ""  # shown before the address (the company's name when blank)
    user: str = ""
    ca_file: str = ""  # a CA bundle for a server with its own certificate
    max_attempts: int = 5  # failed sends retried with backoff; then the message waits for the user
    timeout: int = 30
    owner: str = ""  # where the report pack goes (comma-separated)

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"


def read_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None or not row.value:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return None


def write_setting(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def smtp_in(session: Session) -> SmtpSettings:
    data = read_setting(session, SMTP_KEY)
    if not isinstance(data, dict):
        return SmtpSettings()
    known = {k: v for k, v in data.items() if k in SmtpSettings.__dataclass_fields__}
    return SmtpSettings(**known)


def get_smtp(uow: UnitOfWork) -> SmtpSettings:
    with uow:
        return smtp_in(uow.session)


def valid_address(text: str) -> bool:
    return bool(EMAIL_RE.match(text.strip()))


def split_addresses(text: str) -> list[str]:
    return [a.strip() for a in re.split(r"[,;]", text or "") if a.strip()]


def check_smtp(s: SmtpSettings) -> list[FieldProblem]:
    problems = []
    if not s.host.strip():
        problems.append(FieldProblem("smtp_host", "required", "name the mail server"))
    if not 0 < s.port < 65536:
        problems.append(FieldProblem("smtp_port", "range", "a port from 1 to 65535"))
    if s.security not in SECURITIES:
        problems.append(FieldProblem("smtp_security", "choice", "one of none, starttls, ssl"))
    if not valid_address(s.sender):
        problems.append(FieldProblem("smtp_from", "email", "not an e-mail address"))
    if s.max_attempts < 1:
        problems.append(FieldProblem("smtp_attempts", "range", "at least 1"))
    if any(not valid_address(a) for a in split_addresses(s.owner)):
        problems.append(FieldProblem("report_to", "email", "not an e-mail address"))
    return problems


def save_smtp(uow: UnitOfWork, s: SmtpSettings, password: str | None = None) -> bool:
    """Keep the settings; a password given goes to the keyring (True) or this session only (False)."""
    require(uow, "settings.write")
    s = replace(s, host=s.host.strip(), sender=s.sender.strip(), user=s.user.strip(), owner=s.owner.strip())
    problems = check_smtp(s)
    if problems:
        raise ValidationErrors(problems)
    with uow:
        before = smtp_in(uow.session)
        write_setting(uow.session, SMTP_KEY, asdict(s))
        audit.record(uow.session, uow.user, "smtp.settings", "settings", SMTP_KEY, before=asdict(before),
                     after={**asdict(s), "password_changed": password is not None})
        uow.commit()
    if password is None:
        return keyring_usable()
    return store_password(s, password)


def keyring_usable() -> bool:
    return keyring_status().keyring


def store_password(s: SmtpSettings, password: str) -> bool:
    """The keyring keeps it when there is one (True); otherwise this session does (False)."""
    with _lock:
        _session_passwords[s.account] = password
    if keyring_usable():
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, s.account, password)
            return True
        except (KeyringError, RuntimeError):
            return False
    return False


def remember_for_session(s: SmtpSettings, password: str) -> None:
    """The password the user typed when asked: kept in memory until the program ends."""
    with _lock:
        _session_passwords[s.account] = password


def forget_session_password(s: SmtpSettings) -> None:
    with _lock:
        _session_passwords.pop(s.account, None)


def password_for(s: SmtpSettings) -> str | None:
    """The login password: None when the server takes no login; SmtpPasswordNeeded when unknown."""
    if not s.user:
        return None
    with _lock:
        if s.account in _session_passwords:
            return _session_passwords[s.account]
    if keyring_usable():
        import keyring

        try:
            pw = keyring.get_password(KEYRING_SERVICE, s.account)
        except Exception:  # a broken keyring backend: ask, as when there is none
            pw = None
        if pw is not None:
            return pw
    raise SmtpPasswordNeeded(user=s.user, host=s.host)


def has_password(s: SmtpSettings) -> bool:
    try:
        password_for(s)
        return True
    except SmtpPasswordNeeded:
        return False


# ---- customers kept out of automatic mail ------------------------------------------------------

def excluded_in(session: Session) -> set[str]:
    data = read_setting(session, EXCLUDED_KEY)
    return {str(c) for c in data} if isinstance(data, list) else set()


def excluded_customers(uow: UnitOfWork) -> set[str]:
    with uow:
        return excluded_in(uow.session)


def set_auto_mail_excluded(uow: UnitOfWork, code: str, excluded: bool) -> None:
    """Leave a customer out of automatic mail (reminders, monthly statements, dunning by e-mail)."""
    from app.services.customers.records import find_customer

    require(uow, "customer.write")
    with uow:
        c = find_customer(uow.session, code)
        codes = excluded_in(uow.session)
        (codes.add if excluded else codes.discard)(c.code)
        write_setting(uow.session, EXCLUDED_KEY, sorted(codes))
        audit.record(uow.session, uow.user, "outbox.exclude" if excluded else "outbox.include", "customer",
                     c.code)
        uow.commit()
