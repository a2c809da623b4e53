"""Creating, opening and describing a company file."""

from __future__ import annotations

import importlib.util
import io
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PIL import Image
from sqlalchemy import make_url, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app import config
from app.models import Company, NumberSequence, schema
from app.models import money as m
from app.models.db import make_engine, private_file, set_page_cache, shown, sqlite_path, to_url
from app.services import audit, integrity, locking
from app.services.dto import CompanyInfo
from app.services.errors import CompanyFileError, DuebookError, NotFound, ValidationError
from app.services.permissions import require
from app.services.unit_of_work import Database, UnitOfWork

LOCALES = ("en", "zh_CN")
DEFAULT_SEQUENCES = {
    "invoice": "INV", "payment": "PAY", "credit_note": "CN", "refund": "RF", "write_off": "WO",
    "opening_balance": "OB", "charge": "CH", "void": "VD", "customer": "C",
}


def validate_currency(currency: str) -> str:
    cur = currency.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", cur):
        raise ValidationError("currency", f"not an ISO 4217 code: {currency!r}", code="currency")
    return cur


def create_company(target: str, name: str, currency: str = "CNY", locale: str = "zh_CN",
                   **details: str) -> Database:
    """Make a new company file (or an empty server database) and return it open."""
    if not name.strip():
        raise ValidationError("company", "a company name is needed", code="required")
    cur = validate_currency(currency)
    if locale not in LOCALES:
        raise ValidationError("locale", f"choose one of {', '.join(LOCALES)}", code="choice")
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        if path.exists() and path.stat().st_size > 0:
            raise CompanyFileError(f"{path} already exists; open it or choose another name")
        path.parent.mkdir(parents=True, exist_ok=True)
        private_file(path)  # the books: the owner's only
    require_driver(url)
    engine = make_engine(url)
    if schema.has_schema(engine):
        engine.dispose()
        raise CompanyFileError(f"{shown(url)} already holds a company")
    schema.create_schema(engine)
    db = Database(url, engine)
    with db.uow() as uow:
        s = uow.session
        s.add(Company(name=name.strip(), currency=cur, minor_digits=m.minor_digits(cur), locale=locale,
                      **details))
        for kind, prefix in DEFAULT_SEQUENCES.items():
            s.add(NumberSequence(name=kind, prefix=prefix, next_value=1, width=6))
        audit.record(s, uow.user, "company.create", "company", 1, after={"name": name, "currency": cur})
        uow.commit()
    db.refresh_money()
    return db


class ServerSupportMissing(DuebookError):
    """A PostgreSQL URL on an installation without the ``duebook[server]`` extra (psycopg)."""

    code = "server_support_missing"
    template = ("{url} is a PostgreSQL server and this installation has no PostgreSQL driver: "
                "install Duebook with its server support (pip install 'duebook[server]')")


def require_driver(url: str) -> None:
    """A ``postgresql+psycopg://`` URL needs psycopg, which comes with the ``duebook[server]`` extra."""
    if sqlite_path(url) is None and make_url(url).get_backend_name() == "postgresql" \
            and importlib.util.find_spec("psycopg") is None:
        raise ServerSupportMissing(url=shown(url))


def open_company(target: str, *, upgrade: bool = True,
                 before_upgrade: Callable[[Database], None] | None = None,
                 check_after_crash: bool = True) -> Database:
    """Open an existing company file, upgrading an older schema (after ``before_upgrade``).

    When the last session ended without closing the file (its lock file is left behind by a
    process that is gone), SQLite's ``quick_check`` runs first, and a damaged file is refused
    (``FileDamaged``) before anything reads or writes it. An ordinary open does not pay for
    that; the program checks those in the background (``integrity.integrity_problems``).
    """
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise NotFound("company file", shown(str(path)))
    if path is not None and check_after_crash:
        check_after_unclean_shutdown(path)
    require_driver(url)
    engine = make_engine(url)
    try:
        try:
            has = schema.has_schema(engine)
        except OperationalError as exc:
            if path is not None:
                raise
            raise server_error(exc, url) from None  # a server that cannot be reached: one line
        if not has:
            raise CompanyFileError(f"{shown(target)} is not a Duebook company file")
        if upgrade and schema.needs_upgrade(engine):
            if schema.current_revision(engine) not in _known_revisions():
                raise CompanyFileError(f"{shown(target)} was written by a newer Duebook; update the program")
            db0 = Database(url, engine)
            schema.upgrade(engine, before=(lambda: before_upgrade(db0)) if before_upgrade else None)
    except Exception:
        engine.dispose()
        raise
    db = Database(url, engine)
    if path is not None:  # what a killed Duebook left beside the file or its backups: gone at the next start
        integrity.sweep_leftovers(path.parent)
        integrity.sweep_leftovers(default_dest(db))
    return db


def check_after_unclean_shutdown(path: Path) -> None:
    """``quick_check`` of a file whose last session did not close it; FileDamaged if it fails."""
    owner = locking.unclean_shutdown(path)
    if owner is None:
        return
    problems = integrity.check_file(path, quick=True)
    if problems:
        since = f", since {owner.since}" if owner.since else ""
        raise integrity.damaged_error(path, problems, f"Its last session ({owner.describe()}{since}) ended "
                                                   "without closing it. ")


def _known_revisions() -> set[str]:
    return set(schema.revisions())


def info_of(c: Company) -> CompanyInfo:
    return CompanyInfo(
        name=c.name, address=c.address, tax_id=c.tax_id, phone=c.phone, email=c.email,
        currency=c.currency, minor_digits=c.minor_digits, locale=c.locale, bank_name=c.bank_name,
        bank_account=c.bank_account, bank_details=c.bank_details, logo=c.logo, backup_dir=c.backup_dir,
    )


def load_company(session: Session) -> Company:
    c = session.execute(select(Company).order_by(Company.id).limit(1)).scalar_one_or_none()
    if c is None:
        raise CompanyFileError("the file holds no company")
    return c


def company_info(uow: UnitOfWork) -> CompanyInfo:
    with uow:
        return info_of(load_company(uow.session))


def update_company(uow: UnitOfWork, info: CompanyInfo) -> CompanyInfo:
    """Change the company's details. The currency cannot change once documents exist."""
    require(uow, "settings.write")
    with uow:
        c = load_company(uow.session)
        before = info_of(c)
        if not info.name.strip():
            raise ValidationError("name", "a company name is needed", code="required")
        if info.locale not in LOCALES:
            raise ValidationError("locale", f"choose one of {', '.join(LOCALES)}", code="choice")
        if info.email and not EMAIL_RE.fullmatch(info.email):
            raise ValidationError("email", "not an email address", code="format")
        if info.logo is not None and info.logo != c.logo:
            check_logo(info.logo)
        if validate_currency(info.currency) != c.currency:
            raise ValidationError("currency", "the currency of a company file cannot be changed",
                                  code="fixed")
        for f in ("name", "address", "tax_id", "phone", "email", "locale", "bank_name", "bank_account",
                  "bank_details", "logo", "backup_dir"):
            setattr(c, f, getattr(info, f))
        after = info_of(c)
        audit.record(uow.session, uow.user, "company.update", "company", c.id,
                     before=replace(before, logo=None).__dict__, after=replace(after, logo=None).__dict__)
        uow.commit()
        return after


EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
LOGO_MAX_BYTES = 1024 * 1024
LOGO_MAX_PIXELS = 4000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"


def check_logo(data: bytes) -> bytes:
    """A logo for the letterhead: a PNG or JPEG picture of at most 1 MB and 4000 x 4000 pixels."""
    if not data.startswith(PNG_SIGNATURE) and not data.startswith(JPEG_SIGNATURE):
        raise ValidationError("logo", "a logo must be a PNG or JPEG picture", code="format")
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError("logo", f"the picture is {(len(data) + 1023) // 1024} KB; at most "
                                      f"{LOGO_MAX_BYTES // 1024} KB", code="range")
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.verify()
            width, height = im.size
    except Exception as exc:  # Pillow raises many kinds for a broken file; all mean the same to the user
        raise ValidationError("logo", "the picture cannot be read; the file may be damaged",
                              code="format") from exc
    if width > LOGO_MAX_PIXELS or height > LOGO_MAX_PIXELS:
        raise ValidationError("logo", f"the picture is {width} x {height} pixels; at most {LOGO_MAX_PIXELS} x "
                                      f"{LOGO_MAX_PIXELS}", code="range")
    return data


def read_logo(path: str | Path) -> bytes:
    """Read and check a logo file (a clear message when it is missing, too big or not a picture)."""
    p = Path(path)
    if not p.is_file():
        raise ValidationError("logo", f"no such file: {p}", code="required")
    if p.stat().st_size > LOGO_MAX_BYTES:
        raise ValidationError("logo", f"the picture is {(p.stat().st_size + 1023) // 1024} KB; at most "
                                      f"{LOGO_MAX_BYTES // 1024} KB", code="range")
    return check_logo(p.read_bytes())


def set_company_details(uow: UnitOfWork, *, name: str | None = None, address: str | None = None,
                        tax_id: str | None = None, phone: str | None = None, email: str | None = None,
                        bank: str | None = None, logo: bytes | None = None, remove_logo: bool = False,
                        default_language: str | None = None) -> CompanyInfo:
    """Change only the details given (``duebook company set``); the rest stay as they are.

    ``bank`` is the free text printed under "Please pay to" (bank, account, SWIFT ...);
    ``default_language`` is the language of the company's documents and of new customers' letters.
    """
    require(uow, "settings.write")
    info = company_info(uow)
    changes: dict[str, object] = {}
    for field, value in (("name", name), ("address", address), ("tax_id", tax_id), ("phone", phone),
                         ("email", email), ("bank_details", bank), ("locale", default_language)):
        if value is not None:
            changes[field] = value.strip()
    if logo is not None:
        changes["logo"] = check_logo(logo)
    elif remove_logo:
        changes["logo"] = None
    return update_company(uow, replace(info, **changes))  # type: ignore[arg-type]


def default_company_path(data_dir: Path, name: str) -> Path:
    safe = re.sub(r"[^\w\-]+", "_", name.strip(), flags=re.UNICODE).strip("_") or "company"
    return data_dir / f"{safe}.duebook"


def default_dest(db: Database) -> Path:
    """The company's backup folder (Settings > Company), or the default one."""
    try:
        with db.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT backup_dir FROM company ORDER BY id LIMIT 1").first()
        if row and row[0]:
            return Path(str(row[0]))
    except Exception:
        pass
    return config.default_backup_dir()


# ---- a server that cannot be reached -------------------------------------------------------------

class ServerUnreachable(DuebookError):
    code = "server_unreachable"
    template = "the server {host}:{port} cannot be reached ({detail})"


class ServerLoginFailed(DuebookError):
    code = "server_login"
    template = "the server {host} refused user {user}: wrong password or no access to database {database}"


def server_error(exc: OperationalError, url: str) -> DuebookError:
    """A driver's connection failure as one line that never holds the password."""
    u = make_url(url)
    detail = str(exc.orig or exc).strip().splitlines()[0] if (exc.orig or exc) else ""
    if u.password:
        detail = detail.replace(str(u.password), "***")
    if re.search(r"password|authentication|permission denied|does not exist", detail, re.I):
        return ServerLoginFailed(detail, host=u.host or "localhost", user=u.username or "",
                                 database=u.database or "")
    return ServerUnreachable(plain_reason(detail), host=u.host or "localhost", port=u.port or 5432)


def plain_reason(detail: str) -> str:
    d = detail.lower()
    if "timeout" in d or "timed out" in d:
        return "no answer within the time allowed"
    if "refused" in d:
        return "nothing is listening there: the server is off or the port is wrong"
    if "name or service not known" in d or "could not translate host name" in d or "nodename" in d:
        return "the host name is unknown"
    if "no route" in d or "unreachable" in d:
        return "the network does not reach it"
    return detail or "no connection"


def use_page_cache(db: Database, kib: int) -> None:
    """Give each connection of the company ``db`` a page cache of ``kib`` KiB (the desktop program's)."""
    set_page_cache(db.engine, kib)


def holds_company(target: str) -> bool:
    """Whether ``target`` (a company file or a server URL) holds a company already: a file that
    exists and is not empty, a server database with Duebook's tables."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        return path.exists() and path.stat().st_size > 0
    require_driver(url)
    engine = make_engine(url)
    try:
        return schema.has_schema(engine)
    finally:
        engine.dispose()
