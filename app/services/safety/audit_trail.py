"""Reading the audit trail: filtered lists, verification of the chain, export to CSV/Excel.

Writing entries is ``app.services.audit.record``; this module only reads.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Select, func, or_, select

from app.models import AuditEntry
from app.services import audit
from app.services.audit import ChainReport
from app.services.documents.excel import export_table
from app.services.permissions import require
from app.services.progress import NoProgress, Progress, check
from app.services.unit_of_work import UnitOfWork

COLUMNS = ("id", "at", "user", "action", "entity", "entity_id", "before", "after", "hash")


@dataclass(frozen=True)
class AuditFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    user: str = ""
    action: str = ""  # prefix: "document" matches document.post, document.void, ...
    entity: str = ""
    text: str = ""  # anywhere in the entity id, before or after
    limit: int | None = None
    newest_first: bool = True


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user: str
    action: str
    entity: str
    entity_id: str
    before: str
    after: str
    hash: str


def _query(f: AuditFilter) -> Select[tuple[AuditEntry]]:
    q = select(AuditEntry)
    if f.date_from is not None:
        q = q.where(AuditEntry.at >= dt.datetime.combine(f.date_from, dt.time.min))
    if f.date_to is not None:
        q = q.where(AuditEntry.at < dt.datetime.combine(f.date_to + dt.timedelta(days=1), dt.time.min))
    if f.user:
        q = q.where(AuditEntry.user == f.user)
    if f.action:
        q = q.where(or_(AuditEntry.action == f.action, AuditEntry.action.like(f.action + ".%")))
    if f.entity:
        q = q.where(AuditEntry.entity == f.entity)
    if f.text:
        like = f"%{f.text}%"
        q = q.where(or_(AuditEntry.entity_id.like(like), AuditEntry.before.like(like),
                        AuditEntry.after.like(like)))
    q = q.order_by(AuditEntry.id.desc() if f.newest_first else AuditEntry.id)
    if f.limit:
        q = q.limit(f.limit)
    return q


def _row(e: AuditEntry) -> AuditRow:
    return AuditRow(e.id, e.at, e.user, e.action, e.entity, e.entity_id, e.before, e.after, e.hash)


def list_entries(uow: UnitOfWork, f: AuditFilter = AuditFilter()) -> list[AuditRow]:
    require(uow, "audit.view")
    with uow:
        return [_row(e) for e in uow.session.execute(_query(f)).scalars()]


def choices(uow: UnitOfWork) -> tuple[list[str], list[str], list[str]]:
    """The users, actions and entities that occur, for the viewer's filter boxes."""
    with uow:
        s = uow.session
        users = [r for (r,) in s.execute(select(AuditEntry.user).distinct().order_by(AuditEntry.user))]
        actions = [r for (r,) in s.execute(select(AuditEntry.action).distinct().order_by(AuditEntry.action))]
        ents = [r for (r,) in s.execute(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity))]
    return users, actions, [e for e in ents if e]


def count(uow: UnitOfWork) -> int:
    with uow:
        return int(uow.session.execute(select(func.count(AuditEntry.id))).scalar_one())


def verify(uow: UnitOfWork) -> ChainReport:
    """Walk the hash chain; the report names the first entry changed, removed or inserted."""
    require(uow, "audit.view")
    with uow:
        report = audit.verify_head(uow.session, audit.verify_chain(uow.session))
        if report.ok:
            differs = audit.state_difference(uow.session)
            if differs:
                return ChainReport(report.entries, False, None, differs, report.authenticated)
        return report


def describe(report: ChainReport) -> str:
    if report.ok:
        sealed = ("its head sealed by the company's key" if report.authenticated else
                  "its head not checked: the company's key is not on this computer (it is made at the first backup)")
        return f"audit trail intact: {report.entries} entries, {sealed}"
    if report.first_bad_id is None:
        return f"audit trail broken: {report.problem}"
    return f"audit trail broken at entry {report.first_bad_id}: {report.problem}"


def _cells(r: AuditRow) -> list[object]:
    return [r.id, r.at.isoformat(sep=" ", timespec="seconds"), r.user, r.action, r.entity,
            r.entity_id, r.before, r.after, r.hash]


def export(uow: UnitOfWork, f: AuditFilter, path: str | os.PathLike[str],
           progress: Progress | None = None) -> int:
    """Write the entries matching ``f`` to ``path`` (.csv or .xlsx); returns how many. Audited."""
    require(uow, "export")
    p = progress or NoProgress()
    rows = list_entries(uow, f)
    out = Path(path)
    # Through the one escaping writer: text is never a formula, control characters never raw.
    export_table(out, list(COLUMNS), (_cells(r) for r in rows), ["int"] + ["text"] * (len(COLUMNS) - 1),
                 sheet_name="audit", progress=p, total=len(rows))
    with uow:
        audit.record(uow.session, uow.user, "export", "audit_log", out.name, after={"rows": len(rows)})
        uow.commit()
    check(p, len(rows), len(rows))
    return len(rows)
