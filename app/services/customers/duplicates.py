"""Clean customer files: tax IDs checked, likely duplicates found, two customers merged.

A duplicate is the same tax ID, phone or email (see ``customers.duplicates_in``),
or a similar name once the legal form is set aside: ``上海华东贸易有限公司`` and
``上海华东贸易股份有限公司`` are the same name, and so are ``Harbor Trading Co., Ltd.``
and ``Harbor Trading LLC``. Names are compared with rapidfuzz's normalized Indel
similarity (0-100) on a key that keeps only letters, digits and CJK characters.

The batch check of an import compares each new name only with the names that
share its first, middle or last three key characters (blocking), so that 20,000
new customers are checked against 20,000 existing ones in seconds instead of
comparing 400 million pairs. A single edit anywhere in a name leaves one of
those blocks intact, so near-identical names are still found; two names that
differ at their beginning, middle and end at once are not (the single-customer
check, :func:`similar_customers`, compares against every name).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import delete, select, update

from app.models import Base, Contact, Contract, Customer, CustomerTag
from app.models.db import codepoint
from app.services import audit, text
from app.services.customers.records import (
    audit_view,
    customer_detail,
    duplicates_in,
    find_customer,
    search_blob,
)
from app.services.dto import CustomerInput, DuplicateHint
from app.services.errors import ValidationError
from app.services.permissions import require
from app.services.progress import NoProgress, Progress, check
from app.services.sql import balance_of
from app.services.unit_of_work import UnitOfWork

DEFAULT_THRESHOLD = 85
_KEEP = re.compile(r"[^0-9a-z\u3400-\u9fff\uf900-\ufaff]+")


# ---------------------------------------------------------------- names

@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The part of a name that tells companies apart: no legal form, no spaces or punctuation."""
    return _KEEP.sub("", text.strip_legal_suffix(name))


def name_score(a: str, b: str) -> int:
    """Similarity of two customer names, 0-100, legal forms set aside."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0
    return round(fuzz.ratio(ka, kb))


def similar_customers(uow: UnitOfWork, name: str, threshold: int = DEFAULT_THRESHOLD, limit: int = 10,
                      exclude_id: int | None = None, include_archived: bool = True) -> list[DuplicateHint]:
    """Customers whose name is similar to ``name`` (best first), compared against every name."""
    key = name_key(name)
    if not key:
        return []
    with uow:
        q = select(Customer.id, Customer.code, Customer.name)
        if not include_archived:
            q = q.where(Customer.archived.is_(False))
        rows = uow.session.execute(q).all()
    keys = [name_key(n) for _, _, n in rows]
    found = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=threshold, limit=None)
    hits = []
    for _, score, idx in found:
        cid, code, cname = rows[idx]
        if cid != exclude_id:
            hits.append(DuplicateHint(cid, code, cname, "name", round(score)))
    hits.sort(key=lambda h: (-h.score, h.code))
    return hits[:limit]


def possible_duplicates(uow: UnitOfWork, data: CustomerInput, exclude_id: int | None = None,
                        threshold: int = DEFAULT_THRESHOLD) -> list[DuplicateHint]:
    """Everything that makes a new or changed customer look like an existing one, before it is saved."""
    with uow:
        hits = {h.customer_id: h for h in duplicates_in(uow.session, data, exclude_id)}
    for h in similar_customers(uow, data.name, threshold, exclude_id=exclude_id):
        hits.setdefault(h.customer_id, h)
    return sorted(hits.values(), key=lambda h: (h.reason != "tax_id", -h.score, h.code))


# ---------------------------------------------------------------- batch check (imports)

@dataclass(frozen=True)
class ImportDuplicate:
    """Row ``row`` (index into the rows checked) looks like an existing customer or an earlier row.

    ``other_row`` is set when the look-alike is another row of the same import,
    ``customer_code`` when it is a customer already in the file.
    """

    row: int
    code: str
    name: str
    reason: str  # tax_id, phone, email, name
    score: int
    customer_code: str = ""
    customer_name: str = ""
    other_row: int | None = None


@dataclass(frozen=True)
class _Entry:
    key: str
    code: str
    name: str
    row: int | None  # None: an existing customer


def _blocks(key: str) -> tuple[str, ...]:
    if len(key) <= 3:
        return ("=" + key,)
    out = ["<" + key[:3], ">" + key[-3:]]
    if len(key) >= 7:
        mid = len(key) // 2
        out.append("|" + key[mid - 1:mid + 2])
    return tuple(out)


def check_import_duplicates(uow: UnitOfWork, rows: Sequence[CustomerInput],
                            threshold: int = DEFAULT_THRESHOLD, progress: Progress | None = None,
                            max_per_row: int = 5) -> list[ImportDuplicate]:
    """Likely duplicates among customers about to be imported: against the file and each other.

    Exact keys (tax ID, phone, email) are matched through dictionaries, similar
    names through blocking over the distinct name keys (see the module docstring).
    At most ``max_per_row`` hints per row, strongest reason and score first.
    """
    with uow:
        existing = [tuple(r) for r in uow.session.execute(
            select(Customer.id, Customer.code, Customer.name, Customer.tax_id_norm, Customer.phone_norm,
                   Customer.email_norm))]
        contacts = [tuple(r) for r in uow.session.execute(
            select(Contact.customer_id, Contact.phone_norm, Contact.email_norm))]
    return compare_rows(existing, contacts, rows, threshold, progress, max_per_row)


def compare_rows(existing: Sequence[tuple[Any, ...]], contacts: Sequence[tuple[Any, ...]],
                 rows: Sequence[CustomerInput], threshold: int = DEFAULT_THRESHOLD,
                 progress: Progress | None = None, max_per_row: int = 5) -> list[ImportDuplicate]:
    """The batch check over plain data: ``existing`` (id, code, name, tax, phone, email norms),
    ``contacts`` (customer id, phone norm, email norm)."""
    progress = progress or NoProgress()
    by_id = {r[0]: r for r in existing}
    # exact keys -> (code, name, row)
    exact: dict[tuple[str, str], list[tuple[str, str, int | None]]] = defaultdict(list)
    for _cid, code, name, tax, phone, email in existing:
        for kind, value in (("tax_id", tax), ("phone", phone), ("email", email)):
            if value and (kind != "phone" or len(value) >= 6):
                exact[(kind, value)].append((code, name, None))
    for cid, phone, email in contacts:
        c = by_id.get(cid)
        if c is None:
            continue
        if phone and len(phone) >= 6:
            exact[("phone", phone)].append((c[1], c[2], None))
        if email:
            exact[("email", email)].append((c[1], c[2], None))

    # names: entries per distinct key, and the distinct keys per block
    by_key: dict[str, list[_Entry]] = defaultdict(list)
    index: dict[str, dict[str, None]] = defaultdict(dict)
    for _, code, name, *_rest in existing:
        nk = name_key(name)
        if nk:
            by_key[nk].append(_Entry(nk, code, name, None))
            for b in _blocks(nk):
                index[b][nk] = None

    out: list[ImportDuplicate] = []
    total = len(rows)
    order = {"tax_id": 0, "phone": 1, "email": 2, "name": 3}
    for i, data in enumerate(rows):
        if i % 500 == 0:
            check(progress, i, total)
        found: dict[tuple[str, int | None], tuple[int, int, str, str, str]] = {}
        own_code = data.code.strip()

        def hit(reason: str, score: int, code: str, name: str, row: int | None,
                found: dict[tuple[str, int | None], tuple[int, int, str, str, str]] = found,
                own_code: str = own_code) -> None:
            ident = (code, row)
            if ident not in found and not (row is None and code == own_code):
                found[ident] = (order[reason], -score, code, name, reason)

        keys = [("tax_id", text.norm_tax_id(data.tax_id)), ("phone", text.norm_phone(data.phone)),
                ("email", text.norm_email(data.email))]
        for ct in data.contacts:
            keys += [("phone", text.norm_phone(ct.phone)), ("email", text.norm_email(ct.email))]
        own_keys = {(kind, v) for kind, v in keys if v and (kind != "phone" or len(v) >= 6)}
        for ek in sorted(own_keys):
            for code, name, row in exact.get(ek, [])[:max_per_row]:
                hit(ek[0], 100, code, name, row)
        key = name_key(data.name)
        if key:
            blocks = _blocks(key)
            cand: dict[str, None] = {}
            for b in blocks:
                cand.update(index.get(b, {}))
            names = list(cand)
            if names:
                matches = process.extract(key, names, scorer=fuzz.ratio, score_cutoff=threshold,
                                          limit=max_per_row)
                for _, score, idx in matches:
                    for e in by_key[names[idx]][:max_per_row]:
                        hit("name", round(score), e.code, e.name, e.row)
            by_key[key].append(_Entry(key, data.code, data.name, i))
            for b in blocks:
                index[b][key] = None
        for ek in own_keys:
            exact[ek].append((data.code, data.name, i))
        if found:
            ranked = sorted(found.items(), key=lambda kv: kv[1][:3])[:max_per_row]
            for (code, row), (_o, neg, _c, name, reason) in ranked:
                out.append(ImportDuplicate(
                    i, data.code, data.name, reason, -neg, customer_code=code if row is None else "",
                    customer_name=name if row is None else "", other_row=row))
    check(progress, total, total)
    return out


# ---------------------------------------------------------------- merging

@dataclass(frozen=True)
class MergeResult:
    kept_code: str
    merged_code: str
    moved: dict[str, int]


def _referencing_tables() -> list[tuple[str, str]]:
    """(table, column) of every foreign key to customers.id, found in the models.

    Not customer_totals: derived from the documents, it is recomputed after they move.
    """
    out = []
    for table in Base.metadata.sorted_tables:
        if table.name == "customer_totals":
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "customers" and fk.column.name == "id":
                out.append((table.name, fk.parent.name))
    return out


def merge_customers(uow: UnitOfWork, keep_id: int, merge_id: int) -> MergeResult:
    """Move everything of customer ``merge_id`` to ``keep_id`` and remove the merged record.

    Documents, contacts, tags, the communication log, contracts, holds, overrides,
    grade history and dunning letters all move. Blank fields of the kept customer
    (phone, email, tax ID, addresses, ...) take the merged customer's values.
    The merged customer's full record is kept in the audit trail.
    """
    require(uow, "customer.delete")
    if keep_id == merge_id:
        raise ValidationError("merge_id", "a customer cannot be merged into itself", code="same")
    require(uow, "customer.delete")
    with uow:
        s = uow.session
        keep = find_customer(s, keep_id)
        gone = find_customer(s, merge_id)
        before_keep = audit_view(customer_detail(keep))
        before_gone = audit_view(customer_detail(gone))
        moved: dict[str, int] = {}
        # contacts: appended after the kept customer's own
        pos = len(keep.contacts)
        existing = {(c.name, c.phone_norm, c.email_norm) for c in keep.contacts}
        for c in list(gone.contacts):
            if (c.name, c.phone_norm, c.email_norm) in existing:
                continue
            keep.contacts.append(Contact(position=pos, name=c.name, role=c.role, phone=c.phone, email=c.email,
                                         phone_norm=c.phone_norm, email_norm=c.email_norm))
            pos += 1
        moved["contacts"] = pos - len(before_keep["contacts"])  # type: ignore[arg-type]
        have = {t.tag for t in keep.tags}
        new_tags = sorted({t.tag for t in gone.tags} - have)
        for t in new_tags:
            keep.tags.append(CustomerTag(tag=t))
        moved["tags"] = len(new_tags)
        for fld in ("short_name", "category", "industry", "region", "size", "phone", "email", "tax_id",
                    "billing_address", "shipping_address"):
            if not getattr(keep, fld) and getattr(gone, fld):
                setattr(keep, fld, getattr(gone, fld))
        if gone.notes.strip():
            keep.notes = (keep.notes.rstrip() + "\n" if keep.notes.strip() else "") + gone.notes
        keep.tax_id_norm = text.norm_tax_id(keep.tax_id)
        keep.phone_norm = text.norm_phone(keep.phone)
        keep.email_norm = text.norm_email(keep.email)
        s.flush()
        # contracts are unique per customer and number: a clash keeps both, the moved one renamed
        taken = set(s.execute(select(Contract.number).where(Contract.customer_id == keep.id)).scalars())
        for ct in s.execute(select(Contract).where(Contract.customer_id == gone.id)).scalars():
            if ct.number in taken:
                ct.number = f"{ct.number}-{gone.code}"[:60]
        s.flush()
        gone.contacts.clear()
        gone.tags.clear()
        s.flush()
        tables = {t.name: t for t in Base.metadata.sorted_tables}
        for tname, col in _referencing_tables():
            if tname in ("contacts", "customer_tags"):
                continue
            tbl = tables[tname]
            one_per_customer = tbl.c[col].primary_key or tbl.c[col].unique
            if one_per_customer and s.execute(select(tbl.c[col]).where(tbl.c[col] == keep.id)).first() is not None:
                # one row per customer (its lifecycle stage): the kept customer's stands, refreshed by the rules
                s.execute(delete(tbl).where(tbl.c[col] == gone.id))
                continue
            res = s.execute(update(tbl).where(tbl.c[col] == gone.id).values({col: keep.id}))
            if res.rowcount:  # type: ignore[attr-defined]
                moved[tname] = moved.get(tname, 0) + int(res.rowcount)  # type: ignore[attr-defined]
        s.flush()
        from app.models.totals import refresh

        refresh(s, [keep.id, gone.id])  # the documents moved by SQL: both customers' stored totals anew
        s.expire(keep)
        keep = find_customer(s, keep_id)
        keep.search_text = search_blob(customer_detail(keep).to_input())
        keep.pinyin_initials = text.pinyin_initials(keep.name)
        s.flush()
        gone_code = gone.code
        s.delete(gone)
        s.flush()
        audit.record(s, uow.user, "customer.merge", "customer", keep.code,
                     before={"kept": before_keep, "merged": before_gone},
                     after={"kept": audit_view(customer_detail(keep)), "moved": moved})
        uow.commit()
        return MergeResult(keep.code, gone_code, moved)


@dataclass(frozen=True)
class MergePreview:
    """What a merge would do: the two customers and how many records of each kind move."""

    kept_code: str
    kept_name: str
    merged_code: str
    merged_name: str
    moves: dict[str, int]  # table name -> rows of the merged customer that move to the kept one
    kept_balance: Decimal
    merged_balance: Decimal


def merge_preview(uow: UnitOfWork, keep_id: int, merge_id: int) -> MergePreview:
    """Count what :func:`merge_customers` would move (nothing is written)."""
    from sqlalchemy import func

    if keep_id == merge_id:
        raise ValidationError("merge_id", "a customer cannot be merged into itself", code="same")
    with uow:
        s = uow.session
        keep = find_customer(s, keep_id)
        gone = find_customer(s, merge_id)
        tables = {t.name: t for t in Base.metadata.sorted_tables}
        moves: dict[str, int] = {}
        for tname, col in _referencing_tables():
            tbl = tables[tname]
            n = int(s.execute(select(func.count()).select_from(tbl).where(tbl.c[col] == gone.id)).scalar_one())
            if n:
                moves[tname] = moves.get(tname, 0) + n
        return MergePreview(keep.code, keep.name, gone.code, gone.name, moves, balance_of(s, keep.id, None),
                            balance_of(s, gone.id, None))


def merge_by_code(uow: UnitOfWork, keep_code: str, merge_code: str) -> MergeResult:
    require(uow, "customer.delete")
    with uow:
        keep = find_customer(uow.session, keep_code).id
        gone = find_customer(uow.session, merge_code).id
    return merge_customers(uow, keep, gone)


def duplicate_groups(uow: UnitOfWork, threshold: int = DEFAULT_THRESHOLD,
                     progress: Progress | None = None) -> list[list[DuplicateHint]]:
    """Groups of existing customers that look alike (for a clean-up screen), largest first."""
    with uow:
        rows = uow.session.execute(
            select(Customer.id, Customer.code, Customer.name, Customer.tax_id, Customer.phone, Customer.email)
            .where(Customer.archived.is_(False)).order_by(codepoint(Customer.code))).all()
    inputs = [CustomerInput(code=code, name=name, tax_id=tax, phone=phone, email=email)
              for _, code, name, tax, phone, email in rows]
    parent = list(range(len(rows)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    reasons: dict[int, tuple[str, int]] = {}
    for d in compare_rows([], [], inputs, threshold, progress):
        if d.other_row is None:
            continue
        a, b = find(d.row), find(d.other_row)
        if a != b:
            parent[a] = b
        reasons.setdefault(d.row, (d.reason, d.score))
        reasons.setdefault(d.other_row, (d.reason, d.score))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        groups[find(i)].append(i)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        out.append([DuplicateHint(rows[i][0], rows[i][1], rows[i][2], *reasons.get(i, ("name", 100)))
                    for i in members])
    out.sort(key=lambda g: (-len(g), g[0].code))
    return out


def hints_text(hints: Iterable[DuplicateHint]) -> str:
    return "; ".join(f"{h.code} {h.name} ({h.reason} {h.score})" for h in hints)


__all__ = [
    "DEFAULT_THRESHOLD", "ImportDuplicate", "MergePreview", "MergeResult", "check_import_duplicates",
    "compare_rows", "duplicate_groups", "merge_by_code", "merge_customers", "merge_preview", "name_key", "name_score",
    "possible_duplicates", "similar_customers",
]

