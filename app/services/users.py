"""Optional users and roles (off by default for a one-person office).

Turning users on creates the first administrator. Passwords are hashed with
Argon2 (argon2-cffi). After three failed logins in a row a user must wait before
the next try, twice as long after each further failure (up to 15 minutes).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Setting
from app.models.base import utcnow
from app.models.db import codepoint
from app.models.user import ROLES, User
from app.services import audit
from app.services.errors import Conflict, DuebookError, StateError, ValidationError
from app.services.locking import try_lock
from app.services.permissions import ADMINISTRATOR, require
from app.services.sql import get_or_raise
from app.services.unit_of_work import Database, UnitOfWork

ENABLED_KEY = "users.enabled"
IDLE_KEY = "users.idle_lock_minutes"
FREE_FAILURES = 3
MAX_WAIT = dt.timedelta(minutes=15)
MIN_PASSWORD = 8

_hasher = PasswordHasher()


class LoginRefused(DuebookError):
    code = "login_refused"
    template = "{detail}"


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    failed_attempts: int
    locked_until: dt.datetime | None


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.username, u.full_name, u.role, u.active, u.failed_attempts, u.locked_until)


def _get(s: Session, key: str) -> str | None:
    row = s.get(Setting, key)
    return None if row is None else row.value


def _put(s: Session, key: str, value: object) -> None:
    row = s.get(Setting, key)
    text = json.dumps(value)
    if row is None:
        s.add(Setting(key=key, value=text))
    else:
        row.value = text


def users_enabled_in(s: Session) -> bool:
    raw = _get(s, ENABLED_KEY)
    try:
        return bool(raw and json.loads(raw))
    except ValueError:
        return False


def users_enabled(uow: UnitOfWork) -> bool:
    with uow:
        return users_enabled_in(uow.session)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", f"use at least {MIN_PASSWORD} characters", code="too_short")


def _check_username(username: str) -> str:
    name = username.strip()
    if not re.fullmatch(r"[\w.@-]{1,60}", name):
        raise ValidationError("username", "letters, digits, . _ @ - only (1 to 60)", code="format")
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("role", f"choose one of {', '.join(ROLES)}", code="choice")
    return role


def enable_users(uow: UnitOfWork, admin_username: str, password: str, full_name: str = "") -> UserInfo:
    """Turn users on: the first user is an administrator; from now on every session logs in."""
    require(uow, "users.manage")
    name = _check_username(admin_username)
    _check_password(password)
    with uow:
        s = uow.session
        if users_enabled_in(s):
            raise StateError("users are already on")
        u = s.execute(select(User).where(User.username == name)).scalar_one_or_none()
        if u is None:
            u = User(username=name, full_name=full_name, password_hash=hash_password(password),
                     role=ADMINISTRATOR, active=True)
            s.add(u)
        else:
            u.password_hash, u.role, u.active = hash_password(password), ADMINISTRATOR, True
        _put(s, ENABLED_KEY, True)
        s.flush()
        audit.record(s, uow.user, "users.enable", "user", name, after={"role": ADMINISTRATOR})
        uow.commit()
        info = _info(u)
    uow.db.user, uow.db.role = info.username, info.role
    return info


def disable_users(uow: UnitOfWork) -> None:
    require(uow, "users.manage")
    with uow:
        _put(uow.session, ENABLED_KEY, False)
        audit.record(uow.session, uow.user, "users.disable", "settings", ENABLED_KEY)
        uow.commit()
    uow.db.role = None


def add_user(uow: UnitOfWork, username: str, password: str, role: str, full_name: str = "") -> UserInfo:
    require(uow, "users.manage")
    name = _check_username(username)
    _check_role(role)
    _check_password(password)
    with uow:
        s = uow.session
        if not users_enabled_in(s):
            raise StateError("users are off: turn them on first (this creates an administrator)")
        if s.execute(select(User.id).where(func.lower(User.username) == name.lower())).first():
            raise Conflict(f"a user named {name} already exists")
        u = User(username=name, full_name=full_name, password_hash=hash_password(password), role=role,
                 active=True)
        s.add(u)
        s.flush()
        audit.record(s, uow.user, "user.create", "user", name, after={"role": role, "full_name": full_name})
        uow.commit()
        return _info(u)


def _find(s: Session, username: str) -> User:
    u = get_or_raise(s, User, username, what="user", by=User.username)
    return u


def _admins_left(s: Session, without: User) -> int:
    return int(s.execute(select(func.count(User.id)).where(
        User.role == ADMINISTRATOR, User.active.is_(True), User.id != without.id)).scalar_one())


def update_user(uow: UnitOfWork, username: str, *, role: str | None = None, active: bool | None = None,
                full_name: str | None = None) -> UserInfo:
    require(uow, "users.manage")
    with uow:
        s = uow.session
        u = _find(s, username)
        before = _info(u)
        demotes = (role is not None and role != ADMINISTRATOR) or active is False
        if u.role == ADMINISTRATOR and demotes and _admins_left(s, u) == 0:
            raise StateError("the last administrator cannot be removed")
        if role is not None:
            u.role = _check_role(role)
        if active is not None:
            u.active = active
        if full_name is not None:
            u.full_name = full_name
        audit.record(s, uow.user, "user.update", "user", username,
                     before={"role": before.role, "active": before.active, "full_name": before.full_name},
                     after={"role": u.role, "active": u.active, "full_name": u.full_name})
        uow.commit()
        return _info(u)


def set_password(uow: UnitOfWork, username: str, password: str, old_password: str | None = None) -> None:
    """A user changes their own password (with the old one) or an administrator resets it."""
    require(uow, "password.change")
    _check_password(password)
    with uow:
        s = uow.session
        u = _find(s, username)
        own = username == uow.db.user
        if own and old_password is not None:
            if not _verify(u, old_password):
                raise LoginRefused("the old password is wrong")
        else:
            require(uow, "users.manage")
        u.password_hash = hash_password(password)
        u.failed_attempts, u.locked_until = 0, None
        audit.record(s, uow.user, "user.password", "user", username)
        uow.commit()


def list_users(uow: UnitOfWork) -> list[UserInfo]:
    with uow:
        return [_info(u) for u in uow.session.execute(select(User).order_by(codepoint(User.username))).scalars()]


def _verify(u: User, password: str) -> bool:
    try:
        return bool(_hasher.verify(u.password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def wait_after(failures: int) -> dt.timedelta:
    """How long a user waits after ``failures`` failed logins in a row."""
    if failures < FREE_FAILURES:
        return dt.timedelta(0)
    return min(dt.timedelta(seconds=5 * 2 ** (failures - FREE_FAILURES)), MAX_WAIT)


def _naive(t: dt.datetime) -> dt.datetime:
    return t.replace(tzinfo=None) if t.tzinfo else t


def login(db: Database, username: str, password: str, now: dt.datetime | None = None) -> UserInfo:
    """Check a password; on success ``db.user``/``db.role`` say who works. Failures slow the next try."""
    moment = _naive(now or utcnow())
    with db.uow() as uow:
        s = uow.session
        u = s.execute(select(User).where(User.username == username.strip())).scalar_one_or_none()
        if u is None or not u.active:
            audit.record(s, username, "login.failed", "user", username, after={"reason": "unknown"})
            uow.commit()
            raise LoginRefused("wrong user name or password")
        if u.locked_until is not None and _naive(u.locked_until) > moment:
            secs = int((_naive(u.locked_until) - moment).total_seconds()) + 1
            raise LoginRefused(f"too many failed logins: try again in {secs} s")
        if not _verify(u, password):
            u.failed_attempts += 1
            wait = wait_after(u.failed_attempts)
            u.locked_until = moment + wait if wait else None
            audit.record(s, username, "login.failed", "user", username,
                         after={"failed_attempts": u.failed_attempts})
            uow.commit()
            extra = f"; wait {int(wait.total_seconds())} s before the next try" if wait else ""
            raise LoginRefused(f"wrong user name or password{extra}")
        if _hasher.check_needs_rehash(u.password_hash):
            u.password_hash = hash_password(password)
        u.failed_attempts, u.locked_until = 0, None
        audit.record(s, username, "login", "user", username, after={"role": u.role})
        uow.commit()
        info = _info(u)
    db.user, db.role = info.username, info.role
    return info


def logout(db: Database) -> None:
    with db.uow() as uow:
        audit.record(uow.session, db.user, "logout", "user", db.user)
        uow.commit()
    db.role = "" if users_enabled(db.uow()) else None  # "" = nobody: every action refused


def idle_lock_minutes(uow: UnitOfWork) -> int:
    """Minutes without input after which the program locks (0 = never)."""
    with uow:
        raw = _get(uow.session, IDLE_KEY)
    try:
        return max(0, int(json.loads(raw))) if raw else 0
    except (ValueError, TypeError):
        return 0


def set_idle_lock_minutes(uow: UnitOfWork, minutes: int) -> int:
    require(uow, "settings.write")
    if minutes < 0 or minutes > 24 * 60:
        raise ValidationError("idle_lock_minutes", "between 0 (never) and 1440", code="range")
    with uow:
        before = _get(uow.session, IDLE_KEY)
        _put(uow.session, IDLE_KEY, minutes)
        audit.record(uow.session, uow.user, "settings.update", "settings", IDLE_KEY, before=before,
                     after=minutes)
        uow.commit()
    return minutes


def cli_login(db: Database, user: str | None, password_file: str | None) -> None:
    """The command line opened a company: take its write lock, and log in when users are on.

    If another Duebook holds the lock the file is opened read-only (writes are refused
    naming that process). With users on, ``--user`` and ``--password-file`` are needed;
    a wrong password is a user error (exit 1).
    """
    try_lock(db)
    if not users_enabled(db.uow()):
        return
    if not user or not password_file:
        raise LoginRefused("users are on for this company: give --user NAME and --password-file FILE")
    try:
        password = Path(password_file).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise LoginRefused(f"cannot read the password file {password_file}: {exc.strerror}") from exc
    login(db, user, password)
