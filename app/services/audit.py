"""The audit trail: every change, append-only, chained by SHA-256, its head sealed by a key.

Each entry's hash covers the one before it, so a change inside the trail breaks the chain.
Removing entries at the end, emptying the table or re-hashing from an edited entry onwards
would still give a valid chain: the *head* (how many entries, the last hash) is therefore
sealed at every commit that adds entries, with an HMAC whose key the company file does not
hold (derived from the company's backup identity, which lives in the OS keyring or the
protected key file beside it: ``backup.mac_key_for``). ``verify_head`` checks that seal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Company, Setting
from app.models.base import utcnow
from app.services.identity import mac_key_for

GENESIS = "0" * 64
HEAD_KEY = "audit.head"
_ADDED = "duebook_audit_added"


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
    session.info[_ADDED] = (session.info.get(_ADDED, (0, ""))[0] + 1, entry.hash)
    return entry


def head_mac(key: bytes, count: int, last_hash: str) -> str:
    return hmac.new(key, f"duebook-audit-head:{count}:{last_hash}".encode("ascii"), hashlib.sha256).hexdigest()


def _company_key(session: Session) -> bytes | None:
    recipient = session.execute(select(Company.backup_recipient).order_by(Company.id).limit(1)).scalar()
    return mac_key_for(str(recipient or ""))


def _read_head(session: Session) -> dict[str, Any] | None:
    row = session.get(Setting, HEAD_KEY)
    if row is None:
        return None
    try:
        head = json.loads(row.value)
        return head if isinstance(head, dict) else None
    except ValueError:
        return None


def seal_head(session: Session, added: int | None = None) -> None:
    """Write the trail's head (count, last hash) and its HMAC; unsealed when the key is not here.

    ``added``: entries this transaction appended to a trail whose head was sealed before (the
    count follows from it without counting the whole table); None counts.
    """
    head = _read_head(session) if added is not None else None
    if head is not None and isinstance(head.get("count"), int):
        count = int(head["count"]) + int(added or 0)
    else:
        count = int(session.execute(select(func.count(AuditEntry.id))).scalar_one())
    last = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or GENESIS
    key = _company_key(session)
    value = json.dumps({"count": count, "last": last, "mac": head_mac(key, count, last) if key else ""})
    row = session.get(Setting, HEAD_KEY)
    if row is None:
        session.add(Setting(key=HEAD_KEY, value=value))
    else:
        row.value = value
    session.flush()


@event.listens_for(Session, "before_commit")
def _seal_on_commit(session: Session) -> None:
    added = session.info.pop(_ADDED, None)
    if added is not None:
        seal_head(session, added[0])


@event.listens_for(Session, "after_rollback")
def _forget_on_rollback(session: Session) -> None:
    session.info.pop(_ADDED, None)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    ok: bool
    first_bad_id: int | None = None
    problem: str = ""
    authenticated: bool = False  # the sealed head matched (False: no key here to check it)


def verify_head(session: Session, report: ChainReport) -> ChainReport:
    """``report`` (of verify_chain) failed when the sealed head does not match the trail.

    Entries removed at the end, the table emptied, entries appended or the chain re-hashed from
    an edited entry on: each gives a count or last hash that the sealed head does not have. With
    no key on this computer (none made yet: it comes with the first backup) the head cannot be
    checked and the report says so.
    """
    if not report.ok:
        return report
    key = _company_key(session)
    head = _read_head(session)
    last = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or GENESIS
    if key is None:
        return ChainReport(report.entries, True, None, "", authenticated=False)
    if head is None:
        return ChainReport(report.entries, False, None, "its sealed head is missing (entries may have been removed)")
    if not hmac.compare_digest(str(head.get("mac", "")), head_mac(key, int(head.get("count", -1)),
                                                                    str(head.get("last", "")))):
        return ChainReport(report.entries, False, None, "its head is not sealed by this company's key "
                                                        "(the trail was rewritten)")
    if int(head["count"]) != report.entries:
        return ChainReport(report.entries, False, None,
                           f"it holds {report.entries} entries where {head['count']} were sealed")
    if head["last"] != last:
        return ChainReport(report.entries, False, None, "its last entry is not the one sealed (re-hashed)")
    return ChainReport(report.entries, True, None, "", authenticated=True)


def state_difference(session: Session) -> str | None:
    """The first document amount, application amount or customer credit field that differs from
    what the trail last recorded for it (None: all agree). Catches an edit made in the file
    behind Duebook's back; records the trail never named one by one (a bulk import) are not
    compared."""
    from app.models import Application, Customer, Document

    docs: dict[tuple[str, str], str] = {}
    apps: dict[str, str] = {}
    cust: dict[str, dict[str, Any]] = {}
    rows = session.execute(select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.after)
                           .where(AuditEntry.action.in_(("document.post", "application.apply", "customer.create",
                                                         "customer.update", "credit.limit")))
                           .order_by(AuditEntry.id))
    for action, entity, eid, after in rows:
        try:
            data = json.loads(after) if after else {}
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        if action == "document.post" and data.get("amount") is not None:
            docs[(entity, eid)] = str(data["amount"])
        elif action == "application.apply" and data.get("amount") is not None:
            apps[eid] = str(data["amount"])
        elif action != "document.post":
            fields = cust.setdefault(eid, {})
            for k in ("credit_limit", "warn_ratio"):
                if k in data:
                    fields[k] = data[k]

    def same(a: object, b: object) -> bool:
        if a is None or b is None:
            return a is None and b is None
        return Decimal(str(a)) == Decimal(str(b))

    if docs:
        for kind, number, amount in session.execute(select(Document.kind, Document.number, Document.amount)):
            seen = docs.get((kind, number))
            if seen is not None and not same(seen, amount):
                return f"{kind} {number} has amount {amount} in the books but {seen} in the audit trail"
    if apps:
        for app_id, amount in session.execute(select(Application.id, Application.amount)):
            seen = apps.get(str(app_id))
            if seen is not None and not same(seen, amount):
                return f"application {app_id} has amount {amount} in the books but {seen} in the audit trail"
    if cust:
        for code, limit, ratio in session.execute(select(Customer.code, Customer.credit_limit, Customer.warn_ratio)):
            fields = cust.get(code, {})
            for k, now in (("credit_limit", limit), ("warn_ratio", ratio)):
                if k in fields and not same(fields[k], now):
                    return f"customer {code} has {k} {now} in the books but {fields[k]} in the audit trail"
    return None


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
