"""The audit trail: every change, append-only, chained by SHA-256, its head sealed by a key.

Each entry's hash covers the one before it, so a change inside the trail breaks the chain.
Removing entries at the end, emptying the table or re-hashing from an edited entry onwards
would still give a valid chain: the *head* (how many entries, the last hash) is therefore
sealed at every commit that adds entries, with an HMAC whose key the company file does not
hold (derived from the company's backup identity, which lives in the OS keyring or the
protected key file beside it: ``backup.mac_key_for``). ``verify_head`` checks that seal.
"""

from __future__ import annotations

import contextlib
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


_ACCEPT = "duebook_audit_accept_head"
_SEALED = "duebook_audit_sealed"


def head_mac(key: bytes, count: int, last_hash: str, seq: int | None = None) -> str:
    """The head's HMAC; ``seq`` (the seal's number, kept on the key side too) since heads are numbered."""
    text = f"duebook-audit-head:{count}:{last_hash}" + ("" if seq is None else f":{seq}")
    return hmac.new(key, text.encode("ascii"), hashlib.sha256).hexdigest()


def _recipient(session: Session) -> str:
    recipient = session.execute(select(Company.backup_recipient).order_by(Company.id).limit(1)).scalar()
    return str(recipient or "")


def _company_key(session: Session) -> bytes | None:
    return mac_key_for(_recipient(session))


def accept_restored_head(session: Session) -> None:
    """A backup restored on purpose: the head sealed at this commit is numbered above every head this
    computer sealed before, so the older trail it brings back is not reported as rolled back (and the
    file from before the restore, put back, is)."""
    session.info[_ACCEPT] = True


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
    head = _read_head(session)
    if added is not None and head is not None and isinstance(head.get("count"), int):
        count = int(head["count"]) + int(added or 0)
    else:
        count = int(session.execute(select(func.count(AuditEntry.id))).scalar_one())
    last = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or GENESIS
    recipient = _recipient(session)
    key = _company_key(session)
    prev = head.get("seq") if head is not None else None
    seq = (prev if isinstance(prev, int) else 0) + 1
    if session.info.pop(_ACCEPT, False) and key:
        from app.services.identity import seen_head

        seen = seen_head(recipient)
        seq = max(seq, int(seen["seq"]) + 1 if seen else 0)  # type: ignore[call-overload]
    value = json.dumps({"count": count, "last": last, "seq": seq,
                        "mac": head_mac(key, count, last, seq) if key else ""})
    if key:
        session.info[_SEALED] = (recipient, seq, count, last)
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


@event.listens_for(Session, "after_commit")
def _remember_on_commit(session: Session) -> None:
    sealed = session.info.pop(_SEALED, None)
    if sealed is not None:
        from app.services.identity import remember_head

        # after the commit: a failed commit never moves the key side on; a key folder that cannot be
        # written is tried again at the next seal
        with contextlib.suppress(OSError):
            remember_head(*sealed)


@event.listens_for(Session, "after_rollback")
def _forget_on_rollback(session: Session) -> None:
    session.info.pop(_ADDED, None)
    session.info.pop(_SEALED, None)
    session.info.pop(_ACCEPT, None)


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
    seq = head.get("seq") if isinstance(head.get("seq"), int) else None
    if not hmac.compare_digest(str(head.get("mac", "")), head_mac(key, int(head.get("count", -1)),
                                                                    str(head.get("last", "")), seq)):
        return ChainReport(report.entries, False, None, "its head is not sealed by this company's key "
                                                        "(the trail was rewritten)")
    if int(head["count"]) != report.entries:
        return ChainReport(report.entries, False, None,
                           f"it holds {report.entries} entries where {head['count']} were sealed")
    if head["last"] != last:
        return ChainReport(report.entries, False, None, "its last entry is not the one sealed (re-hashed)")
    from app.services.identity import seen_head

    seen = seen_head(_recipient(session))
    if seen is not None:
        seen_seq, seen_count = int(seen["seq"]), seen.get("count")  # type: ignore[call-overload]
        if (seq or 0) < seen_seq:
            return ChainReport(report.entries, False, None,
                               f"it was rolled back: its head is seal {seq or 0} with {head['count']} entries, but "
                               f"this computer last sealed seal {seen_seq} with {seen_count} entries (an older copy "
                               "of the file or of its trail was put back; a restore made by Duebook is not this)")
        if seq == seen_seq and (head["count"] != seen_count or head["last"] != seen.get("last")):
            return ChainReport(report.entries, False, None,
                               f"its head is seal {seq} with {head['count']} entries, but this computer sealed "
                               f"seal {seen_seq} with {seen_count} entries (another copy of the file was put back)")
    return ChainReport(report.entries, True, None, "", authenticated=True)


def state_difference(session: Session) -> str | None:
    """The first document amount, application amount or customer credit field that differs from
    what the trail last recorded for it (None: all agree). Catches an edit made in the file
    behind Duebook's back; rows a bulk import added are compared with the import's row digests
    (``import_difference``)."""
    from app.models import Application, Customer, Document

    docs: dict[tuple[str, str], str] = {}
    owner: dict[tuple[str, str], str] = {}  # a posted document's customer, as the trail last said
    voided: set[tuple[str, str]] = set()
    apps: dict[str, str] = {}
    cust: dict[str, dict[str, Any]] = {}
    later: dict[tuple[str, str], int] = {}  # (code, field) -> the last entry that set it
    renamed: dict[str, str] = {}  # a customer's former code (merged away or changed) -> the code it went to
    rows = session.execute(select(AuditEntry.id, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
                                  AuditEntry.before, AuditEntry.after)
                           .where(AuditEntry.action.in_(("document.post", "application.apply", "customer.create",
                                                         "customer.update", "credit.limit", "document.void",
                                                         "customer.merge")))
                           .order_by(AuditEntry.id))
    for entry_id, action, entity, eid, before_text, after in rows:
        try:
            data = json.loads(after) if after else {}
            prior = json.loads(before_text) if before_text else {}
        except ValueError:
            continue
        if not isinstance(data, dict) or not isinstance(prior, dict):
            continue
        if action == "document.void":
            voided.add((entity, eid))
            continue
        if action == "customer.merge":
            gone = prior.get("merged")
            if isinstance(gone, dict) and gone.get("code"):
                renamed[str(gone["code"])] = eid
            continue
        if action == "customer.update" and prior.get("code") and prior.get("code") != data.get("code", eid):
            renamed[str(prior["code"])] = str(data.get("code", eid))
        if action == "document.post" and data.get("amount") is not None:
            docs[(entity, eid)] = str(data["amount"])
            if data.get("customer"):
                owner[(entity, eid)] = str(data["customer"])
        elif action == "application.apply" and data.get("amount") is not None:
            apps[eid] = str(data["amount"])
        elif action != "document.post":
            fields = cust.setdefault(eid, {})
            for k in ("credit_limit", "warn_ratio"):
                if k in data:
                    fields[k] = data[k]
                    later[(eid, k)] = entry_id

    def same(a: object, b: object) -> bool:
        if a is None or b is None:
            return a is None and b is None
        return Decimal(str(a)) == Decimal(str(b))

    def now_code(code: str) -> str:
        for _ in range(len(renamed) + 1):  # merged into one that was merged again ...
            if code not in renamed:
                break
            code = renamed[code]
        return code

    found: set[tuple[str, str]] = set()
    for kind, number, amount, status, code in session.execute(
            select(Document.kind, Document.number, Document.amount, Document.status, Customer.code)
            .join(Customer, Customer.id == Document.customer_id)):
        key = (kind, number)
        seen = docs.get(key)
        if seen is not None:
            found.add(key)
            if not same(seen, amount):
                return f"{kind} {number} has amount {amount} in the books but {seen} in the audit trail"
            if key in owner and now_code(owner[key]) != code:
                return (f"{kind} {number} belongs to customer {code} in the books but to {now_code(owner[key])} "
                        "in the audit trail")
        if status == "voided" and key not in voided:
            return f"{kind} {number} is voided in the books but was never voided in the audit trail"
        if status != "voided" and key in voided:
            return f"{kind} {number} is not voided in the books but was voided in the audit trail"
    missing = sorted(set(docs) - found)
    if missing:
        return f"{missing[0][0]} {missing[0][1]} is in the audit trail but not in the books (deleted)"
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
    return (import_difference(session, later, {old: now_code(old) for old in renamed})
            or open_amount_difference(session))


def open_amount_difference(session: Session) -> str | None:
    """The first posted document whose open amount is not its amount less what is applied to it (None:
    all agree). The open amount is what aging, balances and credit read; an edit of it in the file
    (an invoice shown as paid) breaks this, as does an application undone or removed by hand."""
    from sqlalchemy import case

    from app.models import Application, Document

    live = Application.undone_at.is_(None)
    on_debit = (select(Application.debit_id.label("doc"), func.sum(Application.amount).label("applied"))
                .where(live).group_by(Application.debit_id).subquery())
    on_credit = (select(Application.credit_id.label("doc"), func.sum(Application.amount).label("applied"))
                 .where(live).group_by(Application.credit_id).subquery())
    applied = case((Document.direction == 1, func.coalesce(on_debit.c.applied, 0)),
                   else_=func.coalesce(on_credit.c.applied, 0))
    row = session.execute(
        select(Document.kind, Document.number, Document.amount, Document.open_amount, applied)
        .outerjoin(on_debit, on_debit.c.doc == Document.id).outerjoin(on_credit, on_credit.c.doc == Document.id)
        .where(Document.status != "draft", Document.open_amount != Document.amount - applied)
        .order_by(Document.id).limit(1)).first()
    if row is None:
        return None
    kind, number, amount, open_amount, _units = row
    return (f"{kind} {number} is open for {open_amount} in the books, which is not its amount {amount} less "
            "what is applied to it")


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


# ---------------------------------------------------------------- bulk imports, row by row
#
# An import writes one audit entry for thousands of rows. So that ``audit verify`` can still name a
# document edited in the file afterwards, the import's entry carries the SHA-256 of a digest list:
# for every row the import (and anything posted since the previous import) added, a 32-bit tag of
# the fields that never change once posted (documents: kind, number, date, direction, amount;
# applications: credit, debit, amount, date; customers: credit limit and warn ratio, each compared
# only until a later entry records a new value). The list itself is kept in the settings table
# (``audit.import.<entry id>``) so the trail's listing stays readable; changing or removing it breaks
# its hash, which the chained entry holds.

IMPORT_ACTION = "import"
_DIGEST_PREFIX = "audit.import."
_TAG_HEX = 8


def _tag(*fields: object) -> str:
    text = "\x1f".join("" if f is None else str(f) for f in fields)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=_TAG_HEX // 2).hexdigest()


def _ranges(ids: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for i in ids:
        if out and out[-1][1] == i - 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return out


def _expand(ranges: list[list[int]]) -> list[int]:
    return [i for lo, hi in ranges for i in range(int(lo), int(hi) + 1)]


def _raw_amount(col: Any) -> Any:
    """A money column as its stored integer of minor units (no Decimal made per row: the digest of a
    big import stays cheap); the same value on SQLite and PostgreSQL."""
    from sqlalchemy import BigInteger, type_coerce

    return type_coerce(col, BigInteger)


def _units_text(session: Session, units: object) -> str:
    from app.models import money as m

    digits = int(session.get_bind().dialect.duebook_minor_digits)  # type: ignore[attr-defined]
    return str(m.from_minor(int(str(units)), digits)) if units is not None else ""


def _raw_date(col: Any) -> Any:
    """A date column as stored (ISO text on SQLite, a date on PostgreSQL: both print the same)."""
    from sqlalchemy import String, type_coerce

    return type_coerce(col, String)


def _doc_tag(kind: str, number: str, date: object, direction: int, amount: object, customer: str) -> str:
    # one f-string, not _tag's join: this runs once per imported row
    text = f"{kind}\x1f{number}\x1f{date}\x1f{direction}\x1f{amount}\x1f{customer}"
    return hashlib.blake2b(text.encode("utf-8"), digest_size=_TAG_HEX // 2).hexdigest()


def _app_tag(credit_id: int, debit_id: int, amount: object, applied_on: object) -> str:
    text = f"{credit_id}\x1f{debit_id}\x1f{amount}\x1f{applied_on}"
    return hashlib.blake2b(text.encode("ascii"), digest_size=_TAG_HEX // 2).hexdigest()


def _last_marks(session: Session) -> dict[str, int]:
    """The highest ids the previous import's digest covered (0: none yet)."""
    rows = session.execute(select(AuditEntry.after).where(AuditEntry.action == IMPORT_ACTION)
                           .order_by(AuditEntry.id.desc()).limit(20))
    for (after,) in rows:
        try:
            marks = json.loads(after).get("digest", {}).get("marks") if after else None
        except (ValueError, AttributeError):
            marks = None
        if isinstance(marks, dict):
            return {k: int(v) for k, v in marks.items() if isinstance(v, int)}
    return {}


def import_digest(session: Session) -> tuple[dict[str, Any], str]:
    """(the digest list, its marks) of every row added since the previous import's digest."""
    from app.models import Application, Customer, Document

    marks = _last_marks(session)
    lo_doc, lo_app, lo_cust = marks.get("documents", 0), marks.get("applications", 0), marks.get("customers", 0)
    doc_ids: list[int] = []
    doc_tags: list[str] = []
    conn = session.connection()  # Core rows: no ORM row processing per imported row
    for did, kind, number, date, direction, amount, code in conn.execute(
            select(Document.id, Document.kind, Document.number, _raw_date(Document.date), Document.direction,
                   _raw_amount(Document.amount), Customer.code).join(Customer, Customer.id == Document.customer_id)
            .where(Document.id > lo_doc, Document.status != "draft").order_by(Document.id)):
        doc_ids.append(did)
        doc_tags.append(_doc_tag(kind, number, date, direction, amount, code))
    app_ids: list[int] = []
    app_tags: list[str] = []
    for aid, credit_id, debit_id, amount, applied_on in conn.execute(
            select(Application.id, Application.credit_id, Application.debit_id, _raw_amount(Application.amount),
                   _raw_date(Application.applied_on)).where(Application.id > lo_app).order_by(Application.id)):
        app_ids.append(aid)
        app_tags.append(_app_tag(credit_id, debit_id, amount, applied_on))
    cust_ids: list[int] = []
    cust_tags: list[str] = []
    for cid, limit, ratio in session.execute(select(Customer.id, Customer.credit_limit, Customer.warn_ratio)
                                             .where(Customer.id > lo_cust).order_by(Customer.id)):
        cust_ids.append(cid)
        cust_tags.append(_tag("credit_limit", limit) + _tag("warn_ratio", ratio))
    top = {"documents": max(doc_ids, default=lo_doc), "applications": max(app_ids, default=lo_app),
           "customers": max(cust_ids, default=lo_cust)}
    # a draft between the marks is not covered now and never later (its posting is audited itself)
    doc_top = session.execute(select(func.max(Document.id))).scalar()
    top["documents"] = max(top["documents"], int(doc_top or 0))
    blob = {"documents": {"ids": _ranges(doc_ids), "tags": "".join(doc_tags)},
            "applications": {"ids": _ranges(app_ids), "tags": "".join(app_tags)},
            "customers": {"ids": _ranges(cust_ids), "tags": "".join(cust_tags)}}
    text = json.dumps(blob, separators=(",", ":"), sort_keys=True)
    return {"marks": top, "sha256": hashlib.sha256(text.encode("ascii")).hexdigest(),
            "rows": {"documents": len(doc_ids), "applications": len(app_ids), "customers": len(cust_ids)}}, text


def record_import(session: Session, user: str, source: str, after: dict[str, Any]) -> AuditEntry:
    """The one audit entry of a bulk import, with the digest of every row it added.

    Call it once, after the import's last batch is written (flushed) and before the commit, in the
    import's transaction, instead of ``record(session, user, "import", "data_set", source, after=...)``.
    """
    session.flush()
    digest, text = import_digest(session)
    entry = record(session, user, IMPORT_ACTION, "data_set", source, after={**after, "digest": digest})
    session.add(Setting(key=f"{_DIGEST_PREFIX}{entry.id}", value=text))
    session.flush()
    return entry


def _tags(part: Any, width: int) -> list[tuple[int, str]]:
    ids = _expand(part.get("ids", []))
    tags = str(part.get("tags", ""))
    if len(tags) != width * len(ids):
        raise ValueError("digest list of the wrong length")
    return [(i, tags[n * width:(n + 1) * width]) for n, i in enumerate(ids)]


def import_difference(session: Session, later_fields: dict[tuple[str, str], int] | None = None,
                      renamed: dict[str, str] | None = None) -> str | None:
    """The first row an import added that differs from what the import recorded (None: all agree).

    ``later_fields``: (customer code, field) -> id of the last entry that recorded a new value of a
    credit field; a customer's field is compared with the import only when no later entry set it.
    ``renamed``: a former customer code -> the code its documents are under now (merges, new codes).
    """
    from app.models import Application, Customer, Document

    later = later_fields or {}
    former: dict[str, list[str]] = {}
    for old, new in (renamed or {}).items():
        former.setdefault(new, []).append(old)
    entries = session.execute(select(AuditEntry.id, AuditEntry.entity_id, AuditEntry.after)
                              .where(AuditEntry.action == IMPORT_ACTION).order_by(AuditEntry.id)).all()
    for eid, source, after in entries:
        try:
            digest = json.loads(after).get("digest") if after else None
        except (ValueError, AttributeError):
            digest = None
        if not isinstance(digest, dict):
            continue  # an import made before digests were kept
        row = session.get(Setting, f"{_DIGEST_PREFIX}{eid}")
        src = source or "-"
        if row is None or hashlib.sha256(row.value.encode("utf-8")).hexdigest() != digest.get("sha256"):
            return f"the row digests of the import of {src} (audit entry {eid}) were changed or removed"
        try:
            blob = json.loads(row.value)
            docs = _tags(blob["documents"], _TAG_HEX)
            apps = _tags(blob["applications"], _TAG_HEX)
            custs = _tags(blob["customers"], 2 * _TAG_HEX)
        except (ValueError, KeyError, TypeError, AttributeError):
            return f"the row digests of the import of {src} (audit entry {eid}) cannot be read"
        if docs:
            now = {did: (kind, number, date, direction, amount, code)
                   for did, kind, number, date, direction, amount, code in session.connection().execute(
                       select(Document.id, Document.kind, Document.number, _raw_date(Document.date),
                              Document.direction, _raw_amount(Document.amount), Customer.code)
                       .join(Customer, Customer.id == Document.customer_id)
                       .where(Document.id.between(docs[0][0], docs[-1][0])))}
            for did, tag in docs:
                got = now.get(did)
                if got is None:
                    return f"document {did} added by the import of {src} (audit entry {eid}) is missing from the books"
                kind, number, date, direction, amount, code = got
                if all(_doc_tag(kind, number, date, direction, amount, c) != tag
                       for c in (code, *former.get(code, ()))):
                    return (f"{kind} {number} (amount {_units_text(session, amount)}, customer {code} in the books) "
                            f"differs from what the import of {src} (audit entry {eid}) recorded")
        if apps:
            now_a = {aid: (credit_id, debit_id, _app_tag(credit_id, debit_id, amount, applied_on), amount)
                     for aid, credit_id, debit_id, amount, applied_on in session.connection().execute(
                         select(Application.id, Application.credit_id, Application.debit_id,
                                _raw_amount(Application.amount), _raw_date(Application.applied_on))
                         .where(Application.id.between(apps[0][0], apps[-1][0])))}
            for aid, tag in apps:
                got_a = now_a.get(aid)
                if got_a is None:
                    return (f"application {aid} added by the import of {src} (audit entry {eid}) is missing from "
                            "the books")
                if got_a[2] != tag:
                    nums: dict[int, str] = {i: n for i, n in session.execute(
                        select(Document.id, Document.number).where(Document.id.in_((got_a[0], got_a[1]))))}
                    return (f"application {aid} of {nums.get(got_a[0], got_a[0])} to {nums.get(got_a[1], got_a[1])} "
                            f"(amount {_units_text(session, got_a[3])} in the books) differs from what the import of "
                            f"{src} (audit entry {eid}) recorded")
        if custs:
            now_c = {cid: (code, limit, ratio) for cid, code, limit, ratio in session.execute(
                select(Customer.id, Customer.code, Customer.credit_limit, Customer.warn_ratio)
                .where(Customer.id.between(custs[0][0], custs[-1][0])))}
            for cid, tag in custs:
                got_c = now_c.get(cid)
                if got_c is None:
                    continue  # merged into another customer: its figures moved with an audit entry
                code, limit, ratio = got_c
                for k, value, part in (("credit_limit", limit, tag[:_TAG_HEX]),
                                       ("warn_ratio", ratio, tag[_TAG_HEX:])):
                    if later.get((code, k), 0) > eid:
                        continue  # set again later: that entry is compared instead
                    if _tag(k, value) != part:
                        return (f"customer {code} has {k} {value} in the books, not what the import of {src} "
                                f"(audit entry {eid}) recorded")
    return None
