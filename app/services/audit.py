"""The audit trail: every change, append-only, chained by SHA-256."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.models.base import utcnow

GENESIS = "0" * 64


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def to_json(data: Any) -> str:
    if data is None or data == "":
        return ""
    return json.dumps(data, default=_default, ensure_ascii=False, sort_keys=True)


def entry_hash(prev_hash: str, at: dt.datetime, user: str, action: str, entity: str, entity_id: str,
               before: str, after: str) -> str:
    payload = json.dumps(
        [prev_hash, at.isoformat(timespec="microseconds"), user, action, entity, entity_id, before, after],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, user: str, action: str, entity: str = "", entity_id: object = "",
           before: Any = None, after: Any = None) -> AuditEntry:
    """Append one entry, chained to the last one. Runs inside the caller's transaction."""
    from app.models.db import serialize

    serialize(session, "audit")  # two writers on a server must not both chain to the same entry
    prev = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev_hash = prev or GENESIS
    at = utcnow()
    b, a = to_json(before), to_json(after)
    eid = ("" if entity_id is None else str(entity_id))[:500]
    entry = AuditEntry(at=at, user=user, action=action, entity=entity, entity_id=eid, before=b, after=a,
                       prev_hash=prev_hash, hash=entry_hash(prev_hash, at, user, action, entity, eid, b, a))
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    ok: bool
    first_bad_id: int | None = None
    problem: str = ""


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain; name the first entry that was changed, removed or inserted."""
    prev_hash = GENESIS
    prev_id = 0
    count = 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
    for e in rows:
        count += 1
        if e.prev_hash != prev_hash:
            problem = "an entry before it was removed or changed" if e.id != prev_id + 1 else "chain broken"
            return ChainReport(count, False, e.id, problem)
        expect = entry_hash(e.prev_hash, e.at, e.user, e.action, e.entity, e.entity_id, e.before, e.after)
        if expect != e.hash:
            return ChainReport(count, False, e.id, "its contents were changed")
        prev_hash = e.hash
        prev_id = e.id
    return ChainReport(count, True)
