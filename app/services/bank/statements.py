"""Bank accounts, importing a statement file, and reading its lines (INTERCHANGE §8).

A file is all or nothing: every unreadable line is reported at once (``file:row: reason``)
and nothing is written. Lines are deduplicated per account by their fingerprint, so the same
or an overlapping file never adds a line twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, insert, or_, select
from sqlalchemy.orm import Session

from app.models import BankAccount, BankLine, Company
from app.models import money as m
from app.models.base import utcnow
from app.services import audit
from app.services.bank.formats import FORMATS, ParsedLine, UnreadableFile, read_file
from app.services.bank.profile import MappingProfile
from app.services.errors import ImportRejected, RowError, ValidationError
from app.services.permissions import require
from app.services.progress import NoProgress, Progress
from app.services.progress import check as check_progress
from app.services.sql import get_or_raise
from app.services.unit_of_work import UnitOfWork

STATUSES = ("unmatched", "proposed", "matched", "ignored")


@dataclass(frozen=True)
class BankRowError(RowError):
    """An unreadable statement line: ``file:row: reason`` (INTERCHANGE §8 names no column)."""

    def __str__(self) -> str:
        return f"{self.file}:{self.row}: {self.reason}"


@dataclass(frozen=True)
class AccountInfo:
    id: int
    name: str
    currency: str
    profile: MappingProfile
    lines: int
    unmatched: int


@dataclass(frozen=True)
class ImportSummary:
    account: str
    file: str
    format: str
    lines_read: int
    lines_new: int
    lines_duplicate: int
    credits_total: Decimal
    debits_total: Decimal
    first_date: dt.date | None
    last_date: dt.date | None
    dry_run: bool


@dataclass(frozen=True)
class ProposalInvoice:
    number: str
    document_id: int
    amount: Decimal  # what the line would apply to it
    open_amount: Decimal


@dataclass(frozen=True)
class Proposal:
    customer: str
    customer_id: int
    customer_name: str
    invoices: tuple[ProposalInvoice, ...]
    difference: Decimal
    confidence: str  # certain, high, medium, low
    rule: int
    reason_code: str
    reason_params: dict[str, str]
    reason: str  # the same in English (the command line)


@dataclass(frozen=True)
class LineInfo:
    id: int
    account: str
    date: dt.date
    amount: Decimal
    counterparty: str
    counterparty_account: str
    reference: str
    external_id: str
    status: str
    ignore_reason: str
    proposals: tuple[Proposal, ...]
    payments: tuple[str, ...]  # numbers of the documents a confirmation posted


# ---------------------------------------------------------------- accounts

def account_info_in(s: Session, a: BankAccount) -> AccountInfo:
    total, unmatched = s.execute(select(
        func.count(BankLine.id),
        func.coalesce(func.sum(case((BankLine.status.in_(("unmatched", "proposed")), 1), else_=0)), 0),
    ).where(BankLine.account_id == a.id)).one()
    return AccountInfo(a.id, a.name, a.currency, MappingProfile.from_json(a.profile), int(total), int(unmatched))


def find_account(s: Session, name: str) -> BankAccount:
    a = get_or_raise(s, BankAccount, name, what="bank account", by=BankAccount.name)
    return a


def list_accounts(uow: UnitOfWork) -> list[AccountInfo]:
    with uow:
        s = uow.session
        return [account_info_in(s, a) for a in s.execute(select(BankAccount).order_by(BankAccount.name)).scalars()]


def _company_currency(s: Session) -> str:
    return s.execute(select(Company.currency).limit(1)).scalar() or ""


def _new_account(s: Session, uow: UnitOfWork, name: str, currency: str = "") -> BankAccount:
    name = name.strip()
    if not name:
        raise ValidationError("name", "a name is needed", code="required")
    if len(name) > 100:
        raise ValidationError("name", "at most 100 characters", code="too_long")
    a = BankAccount(name=name, currency=(currency or _company_currency(s)).upper()[:3])
    s.add(a)
    s.flush()
    audit.record(s, uow.user, "bank.account", "bank_account", name, after={"currency": a.currency})
    return a


def create_account(uow: UnitOfWork, name: str, currency: str = "") -> AccountInfo:
    """A new bank account (named by the user, e.g. ``ICBC-0012``)."""
    require(uow, "bank.import")
    with uow:
        s = uow.session
        if s.execute(select(BankAccount.id).where(BankAccount.name == name.strip())).first():
            raise ValidationError("name", f"bank account {name.strip()} already exists", code="duplicate")
        a = _new_account(s, uow, name, currency)
        info = account_info_in(s, a)
        uow.commit()
        return info


def save_profile(uow: UnitOfWork, account: str, profile: MappingProfile) -> AccountInfo:
    """Keep ``profile`` as the account's mapping for CSV and Excel statements (the account is made if new)."""
    require(uow, "bank.import")
    profile.check()
    with uow:
        s = uow.session
        a = s.execute(select(BankAccount).where(BankAccount.name == account.strip())).scalar_one_or_none()
        if a is None:
            a = _new_account(s, uow, account)
        before = a.profile
        a.profile = profile.to_json()
        s.flush()
        audit.record(s, uow.user, "bank.profile", "bank_account", a.name, before=before, after=a.profile)
        info = account_info_in(s, a)
        uow.commit()
        return info


def profile_from_sample(path: Path, **columns: Any) -> MappingProfile:
    """A profile from options, checked against a sample file's header (nothing is written)."""
    profile = MappingProfile(**columns)
    profile.check()
    fmt = "xlsx" if path.suffix.lower() in (".xlsx", ".xls", ".xlsm") else "csv"
    try:
        read_file(path, fmt, profile, 2)
    except UnreadableFile as exc:
        raise ImportRejected([BankRowError(path.name, exc.row, "", exc.reason)]) from exc
    return profile


# ---------------------------------------------------------------- import

def fingerprint(line: ParsedLine, ordinal: int) -> str:
    """The bank's id when it gives one; else date + amount + counterparty + reference + ordinal."""
    if line.external_id:
        key = "id\x1f" + line.external_id
    else:
        key = "\x1f".join(("fp", line.date.isoformat(), str(line.amount), line.counterparty, line.reference,
                           str(ordinal)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def fingerprints(lines: Sequence[ParsedLine]) -> list[str]:
    seen: dict[tuple[dt.date, Decimal, str, str], int] = {}
    out = []
    for ln in lines:
        k = (ln.date, ln.amount, ln.counterparty, ln.reference)
        seen[k] = seen.get(k, 0) + 1
        out.append(fingerprint(ln, seen[k]))
    return out


def parse_statement(path: Path, fmt: str, profile: MappingProfile | None, digits: int) -> tuple[str, list[ParsedLine]]:
    """Read a file or raise ImportRejected naming every unreadable line."""
    if fmt != "auto" and fmt not in FORMATS:
        raise ValidationError("format", f"one of auto, {', '.join(FORMATS)}", code="choice")
    name = path.name
    try:
        result = read_file(path, fmt, profile, digits)
    except UnreadableFile as exc:
        raise ImportRejected([BankRowError(name, exc.row, "", exc.reason)]) from exc
    if result.errors:
        raise ImportRejected([BankRowError(name, row, "", reason) for row, reason in sorted(result.errors)])
    return result.format, result.lines


def import_statement(uow: UnitOfWork, path: Path, account: str, fmt: str = "auto",
                     profile: MappingProfile | None = None, dry_run: bool = False,
                     progress: Progress | None = None) -> ImportSummary:
    """Import a statement into ``account`` (made if new): all or nothing, nothing twice."""
    progress = progress or NoProgress()
    if not dry_run:
        require(uow, "bank.import")
    path = Path(path)
    with uow:
        s = uow.session
        a = s.execute(select(BankAccount).where(BankAccount.name == account.strip())).scalar_one_or_none()
        if profile is None and a is not None and a.profile:
            profile = MappingProfile.from_json(a.profile)
        check_progress(progress, 0, 3)
        used, lines = parse_statement(path, fmt, profile, uow.digits)
        check_progress(progress, 1, 3)
        prints = fingerprints(lines)
        existing: set[str] = set()
        if a is not None:
            for i in range(0, len(prints), 500):
                chunk = prints[i:i + 500]
                existing.update(s.execute(select(BankLine.fingerprint).where(
                    BankLine.account_id == a.id, BankLine.fingerprint.in_(chunk))).scalars())
        new_rows = []
        fresh: set[str] = set()
        for ln, fp in zip(lines, prints, strict=True):
            if fp in existing or fp in fresh:
                continue
            fresh.add(fp)
            new_rows.append((ln, fp))
        zero = m.from_minor(0, uow.digits)
        credits = sum((ln.amount for ln in lines if ln.amount > 0), zero)
        debits = -sum((ln.amount for ln in lines if ln.amount < 0), zero)
        dates = [ln.date for ln in lines]
        summary = ImportSummary(account.strip(), path.name, used, len(lines), len(new_rows),
                                len(lines) - len(new_rows), credits, debits, min(dates) if dates else None,
                                max(dates) if dates else None, dry_run)
        if dry_run:
            return summary
        total = len(new_rows) + 3
        check_progress(progress, 2, total)
        if a is None:
            a = _new_account(s, uow, account)
        now = utcnow()
        for i in range(0, len(new_rows), 2000):
            s.execute(insert(BankLine), [
                {"account_id": a.id, "date": ln.date, "amount": ln.amount, "counterparty": ln.counterparty[:200],
                 "counterparty_account": ln.counterparty_account[:100], "reference": ln.reference,
                 "external_id": ln.external_id[:200], "fingerprint": fp, "status": "unmatched",
                 "ignore_reason": "", "proposals": "", "source": path.name[:255], "row": ln.row,
                 "imported_at": now}
                for ln, fp in new_rows[i:i + 2000]])
            check_progress(progress, 2 + min(i + 2000, len(new_rows)), total)
        audit.record(s, uow.user, "bank.import", "bank_account", a.name, after={
            "file": path.name, "format": used, "lines_read": len(lines), "lines_new": len(new_rows)})
        uow.commit()
        progress.update(total, total)
        return summary


# ---------------------------------------------------------------- reading lines

def proposals_from_json(text: str, digits: int) -> tuple[Proposal, ...]:
    if not text:
        return ()
    out = []
    for p in json.loads(text):
        out.append(Proposal(
            p["customer"], int(p["customer_id"]), p.get("customer_name", ""),
            tuple(ProposalInvoice(i["number"], int(i["id"]), m.to_decimal(i["amount"], digits),
                                  m.to_decimal(i.get("open", i["amount"]), digits)) for i in p["invoices"]),
            m.to_decimal(p["difference"], digits), p["confidence"], int(p["rule"]), p["reason_code"],
            {str(k): str(v) for k, v in p["params"].items()}, p["reason"]))
    return tuple(out)


def proposals_to_json(proposals: Sequence[Proposal], digits: int) -> str:
    if not proposals:
        return ""
    return json.dumps([{
        "customer": p.customer, "customer_id": p.customer_id, "customer_name": p.customer_name,
        "invoices": [{"number": i.number, "id": i.document_id, "amount": m.format_plain(i.amount, digits),
                      "open": m.format_plain(i.open_amount, digits)} for i in p.invoices],
        "difference": m.format_plain(p.difference, digits), "confidence": p.confidence, "rule": p.rule,
        "reason_code": p.reason_code, "params": p.reason_params, "reason": p.reason,
    } for p in proposals], ensure_ascii=False)


def _payments_of(s: Session, line_ids: Sequence[int]) -> dict[int, list[str]]:
    from app.models import BankLinePayment, Document

    out: dict[int, list[str]] = {}
    if not line_ids:
        return out
    for i in range(0, len(line_ids), 500):
        rows = s.execute(select(BankLinePayment.line_id, Document.number)
                         .join(Document, Document.id == BankLinePayment.document_id)
                         .where(BankLinePayment.line_id.in_(line_ids[i:i + 500]), BankLinePayment.undone_at.is_(None))
                         .order_by(BankLinePayment.id))
        for lid, number in rows:
            out.setdefault(lid, []).append(number)
    return out


def line_info_in(s: Session, ln: BankLine, account: str, digits: int, payments: Sequence[str] = ()) -> LineInfo:
    return LineInfo(ln.id, account, ln.date, ln.amount, ln.counterparty, ln.counterparty_account, ln.reference,
                    ln.external_id, ln.status, ln.ignore_reason, proposals_from_json(ln.proposals, digits),
                    tuple(payments))


def list_lines(uow: UnitOfWork, account: str | None = None, status: str | None = None,
               search: str = "") -> list[LineInfo]:
    """Lines by date (then as imported), of one account or all, of one status or all."""
    if status is not None and status not in STATUSES:
        raise ValidationError("status", f"one of {', '.join(STATUSES)}", code="choice")
    with uow:
        s = uow.session
        q = select(BankLine, BankAccount.name).join(BankAccount, BankAccount.id == BankLine.account_id)
        if account:
            q = q.where(BankLine.account_id == find_account(s, account).id)
        if status:
            q = q.where(BankLine.status == status)
        if search.strip():
            like = f"%{search.strip()}%"
            q = q.where(or_(BankLine.counterparty.ilike(like), BankLine.reference.ilike(like),
                            BankLine.counterparty_account.ilike(like)))
        rows = s.execute(q.order_by(BankLine.date, BankLine.id)).all()
        pays = _payments_of(s, [ln.id for ln, _n in rows if ln.status == "matched"])
        return [line_info_in(s, ln, name, uow.digits, pays.get(ln.id, ())) for ln, name in rows]


def get_line(uow: UnitOfWork, line_id: int) -> LineInfo:
    with uow:
        s = uow.session
        ln = get_or_raise(s, BankLine, line_id, what="bank line")
        a = s.get(BankAccount, ln.account_id)
        assert a is not None
        return line_info_in(s, ln, a.name, uow.digits, _payments_of(s, [ln.id]).get(ln.id, ()))


@dataclass(frozen=True)
class Totals:
    """The reconciliation's figures of one account: money in, what is matched, what is not."""

    statement_in: Decimal
    statement_out: Decimal
    matched: Decimal
    unmatched: Decimal
    ignored: Decimal
    difference: Decimal  # money in not yet matched or set aside
    lines: int


def totals(uow: UnitOfWork, account: str) -> Totals:
    with uow:
        s = uow.session
        a = find_account(s, account)
        z = m.from_minor(0, uow.digits)
        sums = {k: z for k in STATUSES}
        out = z
        n = 0
        for status, amount in s.execute(select(BankLine.status, BankLine.amount).where(BankLine.account_id == a.id)):
            n += 1
            if amount > 0:
                sums[status] += amount
            else:
                out -= amount
        total_in = sum(sums.values(), z)
        unmatched = sums["unmatched"] + sums["proposed"]
        return Totals(total_in, out, sums["matched"], unmatched, sums["ignored"], unmatched, n)


# ---------------------------------------------------------------- preview (the import dialog)

@dataclass(frozen=True)
class Preview:
    """What a file would give: its format, for a table its header and first rows, the lines read."""

    format: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[ParsedLine, ...]
    errors: tuple[tuple[int, str], ...]


def _guess_header(rows: Sequence[tuple[int, list[str]]]) -> int:
    width = max((sum(1 for c in r if c.strip()) for _n, r in rows[:30]), default=0)
    for i, (_n, r) in enumerate(rows[:30]):
        if width and sum(1 for c in r if c.strip()) >= max(2, width * 0.6):
            return i
    return 0


def preview(path: Path, fmt: str = "auto", profile: MappingProfile | None = None, digits: int = 2,
            limit: int = 50) -> Preview:
    """Read ``path`` without writing anything: for the mapping preview of CSV and Excel statements."""
    from app.services.bank import formats

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Preview(fmt, (), (), (), ((0, f"cannot read the file: {exc.strerror or exc}"),))
    used = formats.detect_format(path, data) if fmt == "auto" else fmt
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    if used in ("csv", "xlsx"):
        try:
            table = formats.workbook_rows(path) if used == "xlsx" else formats.csv_rows(data, profile or MappingProfile())
        except UnreadableFile as exc:
            return Preview(used, (), (), (), ((exc.row, exc.reason),))
        at = _guess_header(table)
        headers = tuple(c.strip() for c in table[at][1]) if table else ()
        rows = tuple(tuple(r) for _n, r in table[at + 1: at + 1 + limit])
        if profile is None or not profile.columns():
            return Preview(used, headers, rows, (), ())
    try:
        result = read_file(path, used, profile, digits)
    except UnreadableFile as exc:
        return Preview(used, headers, rows, (), ((exc.row, exc.reason),))
    except ValidationError as exc:
        return Preview(used, headers, rows, (), ((0, exc.message()),))
    return Preview(used, headers, rows, tuple(result.lines[:limit]), tuple(result.errors))
