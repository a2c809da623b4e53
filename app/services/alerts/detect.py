"""The alert conditions of INTERCHANGE §11, recomputed as of a date, and their dismissal.

Each condition reads only what it needs, in SQL over the documents' indexes; the per-customer
statistics (medians, percentiles, daily utilization) are walked once per customer in Python over
integer minor units. An :class:`Alert` carries a ``code`` and ``params`` for the program's words
and ``reason``, the same sentence in English, for the command line and JSON.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import Date, String, and_, case, cast, delete, func, insert, select, type_coerce
from sqlalchemy.orm import Session

from app.models import AlertDismissal, AlertFact, AlertState, Customer, Document, GradeHistory, Promise
from app.models import money as m
from app.models.db import days_between, unindexed
from app.models.ledger import POSTED, VOIDED
from app.services import audit, locking
from app.services.collections.reminders import promise_kept
from app.services.customers.records import find_customer
from app.services.errors import FileLocked, NotFound, ValidationError
from app.services.permissions import require
from app.services.sql import balances, raw
from app.services.unit_of_work import UnitOfWork

KINDS = ("unusual_amount", "paying_slower", "limit_jump", "dormant_return", "possible_duplicate",
         "broken_promise", "grade_drop")
SEVERITIES = ("info", "warning", "critical")
#: Kinds about a customer's behaviour rather than one document.
CUSTOMER_KINDS = frozenset({"paying_slower", "limit_jump", "grade_drop"})
#: A behaviour alert dismissed at D stays away for as-of dates before D + this many days.
CUSTOMER_DISMISSAL_DAYS = 90

UNUSUAL_MIN_EARLIER = 6
UNUSUAL_MEDIAN_TIMES = 5
UNUSUAL_MONTHS = 24
DORMANT_DAYS = 180
SLOWER_DAYS = 15
JUMP_POINTS = Decimal("0.3000")
GRADE_DROP_DAYS = 90
GRADE_RANK = {"A": 4, "B": 3, "C": 2, "D": 1}


@dataclass(frozen=True)
class Alert:
    kind: str
    customer: str
    customer_name: str
    document: str | None
    severity: str
    detected_on: dt.date
    code: str  # what the reason says, for the program's own words (kind + variant)
    params: dict[str, Any] = field(default_factory=dict)
    customer_id: int = 0
    document_id: int | None = None
    dismissed: bool = False
    note: str = ""

    @property
    def reason(self) -> str:
        """The reason in English, with the figures (the command line's and JSON's words)."""
        return reason_in(self.code, self.params, "en")


@dataclass(frozen=True)
class AlertList:
    as_of: dt.date
    alerts: list[Alert]
    digits: int

    def counts(self) -> dict[str, int]:
        """Shown alerts per severity."""
        out = dict.fromkeys(SEVERITIES, 0)
        for a in self.alerts:
            if not a.dismissed:
                out[a.severity] += 1
        return out


def _money(minor: int | Fraction, digits: int) -> str:
    if isinstance(minor, Fraction):
        value = m.round_money(Decimal(minor.numerator) / Decimal(minor.denominator) / (10 ** digits), digits)
    else:
        value = m.from_minor(minor, digits)
    return f"{value:,.{digits}f}"


def _months_before(d: dt.date, months: int) -> dt.date:
    y, mo = divmod(d.year * 12 + d.month - 1 - months, 12)
    mo += 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, mo, min(day, d.day))
        except ValueError:
            continue
    return dt.date(y, mo, 28)


# ---------------------------------------------------------------- the conditions

_Row = tuple[int, int, str, str, int]  # id, customer, kind, ISO date, amount in minor units

#: Bumped when a rule of the stored conditions changes: every customer's facts are then remade.
FACTS_VERSION = "1"
#: Above this many customers to remake, one pass over every document beats asking per customer.
_WHOLE_PASS = 2000


def _documents(s: Session, customers: Iterable[int] | None = None) -> Iterator[_Row]:
    """Posted invoices and payments, per kind, customer and date (ix_documents_kind_customer).

    Dates come back as ISO text (they compare as dates do) and amounts as minor units: the
    walk below touches every document once, so nothing is converted that is not shown. The rows
    are streamed (PostgreSQL: a server-side cursor), never held all at once.
    """
    q = (select(Document.id, Document.customer_id, Document.kind, cast(Document.date, String),
                raw(Document.amount))
         .where(Document.kind.in_(("invoice", "payment")), Document.status == POSTED)
         .order_by(Document.kind, Document.customer_id, Document.date, Document.id))
    q = q.execution_options(stream_results=True, yield_per=20_000)
    conn = s.connection()
    if customers is None:
        for r in conn.execute(q):
            yield tuple(r)
        return
    ids = sorted(customers)
    for i in range(0, len(ids), 500):
        for r in conn.execute(q.where(Document.customer_id.in_(ids[i:i + 500]))):
            yield tuple(r)


def _by_customer_kind(rows: Iterable[_Row]) -> Iterator[tuple[int, str, list[_Row]]]:
    group: list[_Row] = []
    for row in rows:
        if group and (row[1] != group[0][1] or row[2] != group[0][2]):
            yield group[0][1], group[0][2], group
            group = []
        group.append(row)
    if group:
        yield group[0][1], group[0][2], group


class _Dates:
    """ISO date text -> the text 24 months earlier, and -> a day number; each worked out once."""

    def __init__(self) -> None:
        self.starts: dict[str, str] = {}
        self.ordinals: dict[str, int] = {}

    def start(self, iso: str) -> str:
        got = self.starts.get(iso)
        if got is None:
            got = self.starts[iso] = _months_before(dt.date.fromisoformat(iso), UNUSUAL_MONTHS).isoformat()
        return got

    def ordinal(self, iso: str) -> int:
        got = self.ordinals.get(iso)
        if got is None:
            got = self.ordinals[iso] = dt.date.fromisoformat(iso).toordinal()
        return got


def _unusual(group: list[_Row], dates: _Dates) -> Iterator[tuple[_Row, str, int, int]]:
    """Each document above 5x the median or the 99th percentile of the 24 months before it.

    Yields the row, the reason's code, how many earlier documents there were and the median's
    double (2 x median stays an integer of minor units) or the percentile.
    """
    window: list[int] = []
    lo = hi = 0
    insort, bisect_left = bisect.insort, bisect.bisect_left
    for i, row in enumerate(group):
        date = row[3]
        while hi < i and group[hi][3] < date:  # earlier dates enter
            insort(window, group[hi][4])
            hi += 1
        start = dates.start(date)
        while lo < hi and group[lo][3] < start:  # older than 24 months leave
            del window[bisect_left(window, group[lo][4])]
            lo += 1
        n = len(window)
        if n < UNUSUAL_MIN_EARLIER:
            continue
        amount = row[4]
        twice_median = window[(n - 1) // 2] + window[n // 2]
        if 2 * amount > UNUSUAL_MEDIAN_TIMES * twice_median:
            yield row, "unusual_amount.median", n, twice_median
        else:
            p99 = window[-(-99 * n // 100) - 1]  # nearest rank: ceil(0.99 n)
            if amount > p99:
                yield row, "unusual_amount.p99", n, p99


def _dormant(group: list[_Row], dates: _Dates) -> Iterator[tuple[_Row, int, int]]:
    """An invoice 180 days or more after the previous one, above the median of the earlier ones.

    Yields the row, the days since the previous invoice and twice the earlier ones' median.
    """
    earlier: list[int] = []
    previous = None
    for row in group:
        day = dates.ordinal(row[3])
        if previous is not None and day - previous >= DORMANT_DAYS:
            n = len(earlier)
            twice_median = earlier[(n - 1) // 2] + earlier[n // 2]
            if 2 * row[4] > twice_median:
                yield row, day - previous, twice_median
        bisect.insort(earlier, row[4])
        previous = day


def _same_day(group: list[_Row]) -> Iterator[tuple[_Row, int]]:
    """Invoices of one customer with the date and amount of an earlier-numbered one that day.

    ``group`` is one customer's invoices by date and id: yields (row, id of the first of its group)
    for every later invoice of a same-day, same-amount group.
    """
    day = ""
    firsts: dict[int, int] = {}
    for row in group:
        if row[3] != day:
            day, firsts = row[3], {}
        first = firsts.setdefault(row[4], row[0])
        if first != row[0]:
            yield row, first


def _payment_references(s: Session, customers: Iterable[int] | None
                        ) -> Iterator[tuple[int, int, dt.date, int, str, str]]:
    """Payments whose customer has another payment with the same reference (trimmed, any case).

    Yields (id, customer, date, amount, compared reference, reference as written): the candidates,
    paired as of a date by :func:`_paired`.
    """
    ref = func.lower(func.trim(Document.reference))
    posted = (Document.kind == "payment", Document.status == POSTED)
    chunks: list[list[int] | None] = [None]
    if customers is not None:
        ids = sorted(customers)
        chunks = [ids[i:i + 500] for i in range(0, len(ids), 500)]
    for chunk in chunks:
        groups = (select(Document.customer_id, ref.label("ref"))
                  .where(*posted, func.trim(Document.reference) != ""))
        if chunk is not None:
            groups = groups.where(Document.customer_id.in_(chunk))
        pay = groups.group_by(Document.customer_id, ref).having(func.count() > 1).subquery()
        q = (select(Document.id, pay.c.customer_id, Document.date, raw(Document.amount), pay.c.ref,
                    Document.reference)
             .join(pay, and_(Document.customer_id == pay.c.customer_id, ref == pay.c.ref))
             .where(*posted))
        for doc_id, cid, date, amount, key, reference in s.execute(q):
            yield doc_id, cid, date, int(amount), key, reference


def _numbers(s: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    """Number and reference of the documents an alert names (a few, read in chunks)."""
    out: dict[int, tuple[str, str]] = {}
    todo = sorted(ids)
    for i in range(0, len(todo), 500):
        q = select(Document.id, Document.number, Document.reference).where(Document.id.in_(todo[i:i + 500]))
        out.update({did: (number, ref) for did, number, ref in s.execute(q)})
    return out


def _paying_slower(s: Session, as_of: dt.date) -> Iterator[tuple[int, dt.date, str, dict[str, Any]]]:
    recent_from = as_of - dt.timedelta(days=89)
    older_from = as_of - dt.timedelta(days=454)
    days = days_between(Document.settled_on, Document.date)
    settled = unindexed(Document.settled_on)  # SQLite: one covering scan of ix_documents_customer_open
    recent = Document.settled_on >= recent_from
    q = (select(Document.customer_id,
                func.coalesce(func.sum(case((recent, days), else_=0)), 0), func.count(case((recent, 1))),
                func.coalesce(func.sum(case((recent, 0), else_=days)), 0), func.count(case((recent, None), else_=1)),
                type_coerce(func.max(case((recent, Document.settled_on))), Date))
         .where(unindexed(Document.direction) == 1, settled >= older_from, settled <= as_of,
                unindexed(Document.kind) == "invoice", unindexed(Document.status) == POSTED)
         .group_by(Document.customer_id))
    for cid, rs, rn, os_, on, last in s.execute(q):
        if rn and on:
            recent_mean, older_mean = Fraction(int(rs), rn), Fraction(int(os_), on)
            if recent_mean - older_mean >= SLOWER_DAYS:
                yield cid, last, "paying_slower", {"recent": round(recent_mean), "older": round(older_mean),
                                                   "recent_count": rn, "older_count": on}


def _utilization(balance: int, limit: int) -> Decimal:
    return m.round_to(Decimal(balance) / Decimal(limit), 4)


def _limit_jumps(s: Session, as_of: dt.date, digits: int
                 ) -> Iterator[tuple[int, dt.date, str, str, dict[str, Any]]]:
    limits = {cid: m.to_minor(limit, digits) for cid, limit in s.execute(
        select(Customer.id, Customer.credit_limit).where(Customer.credit_limit.is_not(None),
                                                         Customer.credit_limit > 0))}
    if not limits:
        return
    start = as_of - dt.timedelta(days=30)
    base = {cid: m.to_minor(b, digits) for cid, b in balances(s, limits, start).items()}
    q = (select(Document.customer_id, Document.date, Document.direction * raw(Document.amount))
         .where(Document.date > start, Document.date <= as_of, Document.status != "draft")
         .order_by(Document.customer_id, Document.date))
    changes: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for cid, date, signed in s.execute(q):
        if cid in limits:
            changes[cid].append((date, int(signed)))
    for cid, limit in limits.items():
        balance = base.get(cid, 0)
        start_util = _utilization(balance, limit)
        crossed: dt.date | None = None
        rose: dt.date | None = None
        days: dict[dt.date, int] = {}
        for date, signed in changes.get(cid, []):  # a day's documents land together
            days[date] = days.get(date, 0) + signed
        for date in sorted(days):
            before = balance
            balance += days[date]
            if crossed is None and before <= limit < balance:
                crossed = date
            if rose is None and _utilization(balance, limit) - start_util >= JUMP_POINTS:
                rose = date
        end_util = _utilization(balance, limit)
        params = {"before": f"{start_util * 100:.2f}", "after": f"{end_util * 100:.2f}",
                  "limit": _money(limit, digits)}
        if crossed is not None:
            yield cid, crossed, "critical", "limit_jump.over", params
        elif end_util - start_util >= JUMP_POINTS and rose is not None:
            yield cid, rose, "warning", "limit_jump.rise", params


def _broken_promises(s: Session, as_of: dt.date) -> Iterator[tuple[Promise, Document]]:
    q = (select(Promise, Document).join(Document, Document.id == Promise.document_id)
         .where(Promise.cancelled.is_(False), Promise.promised_on < as_of, Document.status != VOIDED,
                Document.date <= as_of))
    for p, doc in s.execute(q):
        if not promise_kept(s, p, doc):
            yield p, doc


def _grade_drops(s: Session, as_of: dt.date) -> Iterator[tuple[int, dt.date, str, str]]:
    """The grade at D two or more steps below a grade held in the 90 days ending D."""
    window_start = as_of - dt.timedelta(days=GRADE_DROP_DAYS - 1)
    q = (select(GradeHistory.customer_id, GradeHistory.as_of, GradeHistory.grade)
         .where(GradeHistory.as_of <= as_of).order_by(GradeHistory.customer_id, GradeHistory.as_of,
                                                       GradeHistory.id))
    history: dict[int, list[tuple[dt.date, str]]] = defaultdict(list)
    for cid, when, grade in s.execute(q):
        history[cid].append((when, grade))
    for cid, points in history.items():
        current = GRADE_RANK.get(points[-1][1])
        if current is None:
            continue
        before = [p for p in points if p[0] < window_start][-1:]  # the grade in force as the window opens
        best: tuple[int, str] | None = None
        detected: dt.date | None = None
        for when, grade in before + [p for p in points if p[0] >= window_start]:
            rank = GRADE_RANK.get(grade)
            if rank is None:
                continue
            if best is None or rank > best[0]:
                best = (rank, grade)
            elif detected is None and best[0] - rank >= 2:
                detected = when
        if best is not None and best[0] - current >= 2:
            yield cid, detected or points[-1][0], best[1], points[-1][1]


# ---------------------------------------------------------------- the document conditions, kept

_Fact = dict[str, Any]  # the columns of an AlertFact row
_PAYMENT_REFERENCE = "payment_reference"


def _fingerprints(s: Session) -> dict[int, str]:
    """Per customer with posted invoices or payments: a digest of which ones and their amounts.

    One aggregate over ix_documents_kind_customer. Posting, voiding, importing, merging or a
    restore changes it; so does any edit of an amount.
    """
    q = (select(Document.customer_id, Document.kind, func.count(), func.sum(Document.id), func.sum(raw(Document.amount)))
         .where(Document.kind.in_(("invoice", "payment")), Document.status == POSTED)
         .group_by(Document.customer_id, Document.kind))
    parts: dict[int, list[str]] = defaultdict(list)
    for cid, kind, n, ids, total in s.execute(q):
        parts[cid].append(f"{kind}:{n}:{int(ids)}:{int(total)}")
    return {cid: hashlib.sha1("|".join([FACTS_VERSION, *sorted(p)]).encode()).hexdigest()
            for cid, p in parts.items()}


def _fact(row: _Row, kind: str, code: str, n: int = 0, figure: int = 0, other: str = "") -> _Fact:
    return {"customer_id": row[1], "kind": kind, "code": code, "document_id": row[0], "number": "",
            "date": dt.date.fromisoformat(row[3]), "amount": row[4], "n": n, "figure": figure, "other": other,
            "reference": ""}


def _facts_of(s: Session, customers: set[int] | None) -> dict[int, list[_Fact]]:
    """What the document conditions find for these customers (None: every customer), all dates."""
    out: dict[int, list[_Fact]] = defaultdict(list)
    dates = _Dates()
    for cid, kind, group in _by_customer_kind(_documents(s, customers)):
        facts = out[cid]
        for row, code, n, figure in _unusual(group, dates):
            facts.append(_fact(row, "unusual_amount", code, n, figure, kind))
        if kind == "invoice":
            for row, days, twice_median in _dormant(group, dates):
                facts.append(_fact(row, "dormant_return", "dormant_return", days, twice_median))
            for row, first in _same_day(group):
                facts.append(_fact(row, "possible_duplicate", "possible_duplicate.invoice", figure=first))
    for doc_id, cid, date, amount, key, reference in _payment_references(s, customers):
        out[cid].append({"customer_id": cid, "kind": "possible_duplicate", "code": _PAYMENT_REFERENCE,
                         "document_id": doc_id, "number": "", "date": date, "amount": amount, "n": 0,
                         "figure": 0, "other": key, "reference": reference.strip()})
    wanted = {f["document_id"] for fs in out.values() for f in fs}
    wanted |= {f["figure"] for fs in out.values() for f in fs if f["code"] == "possible_duplicate.invoice"}
    shown = _numbers(s, wanted)
    for fs in out.values():
        for f in fs:
            f["number"] = shown[f["document_id"]][0]
            if f["code"] == "possible_duplicate.invoice":
                f["other"] = shown[f["figure"]][0]
                f["reference"] = shown[f["document_id"]][1].strip()
    return out


_FACT_COLUMNS = [c for c in AlertFact.__table__.columns if c.key != "id"]


def _current_facts(s: Session, as_of: dt.date) -> list[_Fact]:
    """The document conditions' findings dated on or before D: kept ones where the customer's
    documents are unchanged since they were made, worked out afresh for the others."""
    fingerprints = _fingerprints(s)
    kept = dict(s.execute(select(AlertState.customer_id, AlertState.fingerprint)).tuples().all())
    stale = {cid for cid, fp in fingerprints.items() if kept.get(cid) != fp}
    keys = [c.key for c in _FACT_COLUMNS]
    rows = s.connection().execute(select(*_FACT_COLUMNS).where(AlertFact.date <= as_of)).tuples()
    facts = [f for f in map(dict, (zip(keys, r, strict=True) for r in rows))
             if f["customer_id"] in fingerprints and f["customer_id"] not in stale]
    if stale:
        fresh = _facts_of(s, None if len(stale) > _WHOLE_PASS else stale)
        facts += [f for cid in stale for f in fresh.get(cid, ()) if f["date"] <= as_of]
    return facts


def refresh(uow: UnitOfWork) -> int:
    """Keep the document conditions' findings of every customer whose documents changed.

    A cache of :func:`detect` (which is right without it, only slower): run in the background
    at start-up and after postings and imports. Skipped (0) when another Duebook holds the file.
    Returns how many customers were remade.
    """
    db = uow.db
    if db.read_only:
        return 0
    try:
        locking.lock_database(db)
    except FileLocked:
        return 0
    with uow:
        s = uow.session
        fingerprints = _fingerprints(s)
        kept = dict(s.execute(select(AlertState.customer_id, AlertState.fingerprint)).tuples().all())
        stale = {cid for cid, fp in fingerprints.items() if kept.get(cid) != fp}
        todo = sorted(stale | (kept.keys() - fingerprints.keys()))
        if not todo:
            return 0
        fresh = _facts_of(s, None if len(stale) > _WHOLE_PASS else stale)
        for i in range(0, len(todo), 500):
            chunk = todo[i:i + 500]
            s.execute(delete(AlertFact).where(AlertFact.customer_id.in_(chunk)))
            s.execute(delete(AlertState).where(AlertState.customer_id.in_(chunk)))
        rows = [f for cid in stale for f in fresh.get(cid, ())]
        for i in range(0, len(rows), 10_000):
            s.execute(insert(AlertFact), rows[i:i + 10_000])
        states = [{"customer_id": cid, "fingerprint": fingerprints[cid]} for cid in sorted(stale)]
        for i in range(0, len(states), 10_000):
            s.execute(insert(AlertState), states[i:i + 10_000])
        uow.commit()
    return len(todo)


def _paired(candidates: list[_Fact]) -> Iterator[tuple[_Fact, _Fact]]:
    """(later payment, first payment) of each customer's payments sharing a reference."""
    groups: dict[tuple[int, str], list[_Fact]] = defaultdict(list)
    for f in candidates:
        groups[(f["customer_id"], f["other"])].append(f)
    for group in groups.values():
        if len(group) > 1:
            group.sort(key=lambda f: f["document_id"])
            for later in group[1:]:
                yield later, group[0]


# ---------------------------------------------------------------- reading and dismissing

def detect(uow: UnitOfWork, as_of: dt.date | None = None, include_dismissed: bool = False) -> AlertList:
    """Every alert as of D (default today), most severe first, then newest."""
    as_of = as_of or dt.date.today()
    require(uow, "read")
    with uow:
        s = uow.session
        digits = uow.digits
        names = {cid: (code, name) for cid, code, name in s.execute(
            select(Customer.id, Customer.code, Customer.name))}
        found: list[Alert] = []

        def add(kind: str, cid: int, severity: str, code: str, params: dict[str, Any], detected: dt.date,
                number: str | None = None, doc_id: int | None = None) -> None:
            ccode, cname = names[cid]
            found.append(Alert(kind, ccode, cname, number, severity, detected, code, params, cid, doc_id))

        facts = _current_facts(s, as_of)
        for f in facts:
            code = f["code"]
            if code == _PAYMENT_REFERENCE:
                continue
            params: dict[str, Any] = {"number": f["number"], "amount": _money(f["amount"], digits)}
            if f["kind"] == "unusual_amount":
                params |= {"count": f["n"], "kind": f["other"]}
                params |= ({"median": _money(Fraction(f["figure"], 2), digits)} if code.endswith("median")
                           else {"p99": _money(f["figure"], digits)})
                severity = "warning"
            elif f["kind"] == "dormant_return":
                params |= {"days": f["n"], "median": _money(Fraction(f["figure"], 2), digits)}
                severity = "info"
            else:
                params |= {"other": f["other"], "date": f["date"], "reference": f["reference"]}
                severity = "warning"
            add(f["kind"], f["customer_id"], severity, code, params, f["date"], f["number"], f["document_id"])
        for later, first in _paired([f for f in facts if f["code"] == _PAYMENT_REFERENCE]):
            params = {"number": later["number"], "other": first["number"], "amount": _money(later["amount"], digits),
                      "date": later["date"], "reference": later["reference"]}
            add("possible_duplicate", later["customer_id"], "warning", "possible_duplicate.payment", params,
                later["date"], later["number"], later["document_id"])
        for cid, detected, code, params in _paying_slower(s, as_of):
            add("paying_slower", cid, "warning", code, params, detected)
        for cid, detected, severity, code, params in _limit_jumps(s, as_of, digits):
            add("limit_jump", cid, severity, code, params, detected)
        for p, doc in _broken_promises(s, as_of):
            add("broken_promise", doc.customer_id, "warning", "broken_promise",
                {"number": doc.number, "amount": _money(m.to_minor(p.amount, digits), digits),
                 "promised_on": p.promised_on}, p.promised_on + dt.timedelta(days=1), doc.number, doc.id)
        for cid, detected, before, after in _grade_drops(s, as_of):
            add("grade_drop", cid, "critical", "grade_drop", {"before": before, "after": after}, detected)
        dismissed = _dismissals(s, found, as_of)
    out: list[Alert] = []
    for a in found:
        note = dismissed.get(_key(a))
        if note is None:
            out.append(a)
        elif include_dismissed:
            out.append(Alert(**{**a.__dict__, "dismissed": True, "note": note}))
    rank = {sev: i for i, sev in enumerate(reversed(SEVERITIES))}
    out.sort(key=lambda a: (rank[a.severity], -a.detected_on.toordinal(), a.customer, a.kind, a.document or ""))
    return AlertList(as_of, out, digits)


def _key(a: Alert) -> tuple[str, int, int | None]:
    return a.kind, a.customer_id, a.document_id


def _dismissals(s: Session, alerts: Iterable[Alert], as_of: dt.date) -> dict[tuple[str, int, int | None], str]:
    keys = {_key(a) for a in alerts}
    if not keys:
        return {}
    out: dict[tuple[str, int, int | None], str] = {}
    q = select(AlertDismissal).where(AlertDismissal.as_of <= as_of).order_by(AlertDismissal.id)
    for d in s.execute(q).scalars():
        key = (d.kind, d.customer_id, d.document_id)
        if key not in keys:
            continue
        if d.kind in CUSTOMER_KINDS and (as_of - d.as_of).days >= CUSTOMER_DISMISSAL_DAYS:
            continue
        out[key] = d.note
    return out


def dismiss(uow: UnitOfWork, kind: str, customer: str, document: str | None, note: str,
            as_of: dt.date | None = None) -> None:
    """Set an alert aside with a note (kept, and in the audit trail)."""
    require(uow, "customer.write")
    as_of = as_of or dt.date.today()
    if kind not in KINDS:
        raise ValidationError("kind", f"one of {', '.join(KINDS)}", code="choice")
    note = (note or "").strip()
    if not note:
        raise ValidationError("note", "a note is needed", code="required")
    with uow:
        s = uow.session
        c = find_customer(s, customer)
        doc_id: int | None = None
        if kind not in CUSTOMER_KINDS:
            if not document:
                raise ValidationError("document", "this alert is about a document: name it", code="required")
            kinds = ("invoice",) if kind in ("dormant_return", "broken_promise") else ("invoice", "payment")
            doc_id = s.execute(select(Document.id).where(
                Document.customer_id == c.id, Document.kind.in_(kinds), Document.number == document)
            ).scalars().first()
            if doc_id is None:
                raise NotFound("document", document)
        s.add(AlertDismissal(kind=kind, customer_id=c.id, document_id=doc_id, as_of=as_of, note=note,
                             dismissed_by=uow.user))
        s.flush()
        audit.record(s, uow.user, "alert.dismiss", "customer", c.code,
                     after={"kind": kind, "document": document, "as_of": as_of, "note": note})
        uow.commit()


# ---------------------------------------------------------------- words and JSON

REASONS_EN: dict[str, str] = {
    "unusual_amount.median": "{kind} {number} of {amount} is more than 5 times the median ({median}) of the "
                             "customer's {count} earlier {kind}s in 24 months",
    "unusual_amount.p99": "{kind} {number} of {amount} is above the 99th percentile ({p99}) of the customer's "
                          "{count} earlier {kind}s in 24 months",
    "paying_slower": "paid in {recent} days on average over the last 90 days ({recent_count} invoices), "
                     "against {older} days in the 12 months before ({older_count} invoices)",
    "limit_jump.over": "went over the credit limit of {limit}: utilization {before}% 30 days ago, {after}% now",
    "limit_jump.rise": "utilization rose from {before}% to {after}% of the credit limit of {limit} "
                       "within 30 days",
    "dormant_return": "invoice {number} of {amount} after {days} days without an invoice, above the "
                      "median ({median}) of the earlier ones",
    "possible_duplicate.invoice": "invoice {number} has the same date ({date}) and amount ({amount}) as "
                                  "invoice {other}",
    "possible_duplicate.payment": "payment {number} has the same reference ({reference}) as payment {other}",
    "broken_promise": "the payment of {amount} promised for invoice {number} by {promised_on} did not arrive",
    "grade_drop": "grade fell from {before} to {after} within 90 days",
}


REASONS_ZH: dict[str, str] = {
    "unusual_amount.median": "{kind} {number} 金额 {amount}，超过该客户 24 个月内此前 {count} 笔同类单据中位数（{median}）的 5 倍",
    "unusual_amount.p99": "{kind} {number} 金额 {amount}，高于该客户 24 个月内此前 {count} 笔同类单据的第 99 百分位（{p99}）",
    "paying_slower": "近 90 天平均 {recent} 天付款（{recent_count} 张发票），此前 12 个月平均 {older} 天（{older_count} 张发票）",
    "limit_jump.over": "已超出信用额度 {limit}：30 天前使用率 {before}%，现在 {after}%",
    "limit_jump.rise": "30 天内额度使用率由 {before}% 升至 {after}%（信用额度 {limit}）",
    "dormant_return": "相隔 {days} 天无发票后开出发票 {number}，金额 {amount}，高于以往发票的中位数（{median}）",
    "possible_duplicate.invoice": "发票 {number} 与发票 {other} 日期（{date}）和金额（{amount}）相同",
    "possible_duplicate.payment": "付款 {number} 与付款 {other} 的参考号（{reference}）相同",
    "broken_promise": "承诺于 {promised_on} 前支付发票 {number} 的 {amount} 未到账",
    "grade_drop": "90 天内等级由 {before} 降至 {after}",
}
KIND_WORDS = {"invoice": ("invoice", "发票"), "payment": ("payment", "付款")}
ALERT_KIND_WORDS = {
    "unusual_amount": ("Unusual amount", "异常金额"), "paying_slower": ("Paying slower", "付款变慢"),
    "limit_jump": ("Credit limit jump", "额度使用骤升"), "dormant_return": ("Dormant customer returns", "休眠客户回归"),
    "possible_duplicate": ("Possible duplicate", "疑似重复"), "broken_promise": ("Broken promise", "违约承诺"),
    "grade_drop": ("Grade drop", "等级下降"),
}
SEVERITY_WORDS = {"critical": ("Critical", "严重"), "warning": ("Warning", "警告"), "info": ("Info", "提示")}


def reason_in(code: str, params: dict[str, Any], language: str = "en") -> str:
    """The alert's reason in ``language`` (``en`` or ``zh_CN``), for documents made by the services."""
    zh = language.startswith("zh")
    words = {k: (KIND_WORDS.get(v, (v, v))[1 if zh else 0] if k == "kind" else v) for k, v in params.items()}
    return (REASONS_ZH if zh else REASONS_EN)[code].format(**words)


def to_json(alerts: AlertList) -> dict[str, Any]:
    return {
        "as_of": alerts.as_of.isoformat(),
        "alerts": [
            {"kind": a.kind, "customer": a.customer, "document": a.document, "severity": a.severity,
             "reason": a.reason, "detected_on": a.detected_on.isoformat(),
             **({"dismissed": True, "note": a.note} if a.dismissed else {})}
            for a in alerts.alerts
        ],
    }


def alerts_report(uow: UnitOfWork, date_from: dt.date, as_of: dt.date, language: str = "en") -> Any:
    """The alerts as of D as a report of :mod:`app.services.reports.analysis` (for the report pack's PDF and workbook)."""
    from app.services.reports.analysis import Column, Report

    found = detect(uow, as_of)
    zh = language.startswith("zh")
    rows = tuple({"severity": SEVERITY_WORDS[a.severity][1 if zh else 0],
                  "kind": ALERT_KIND_WORDS[a.kind][1 if zh else 0], "customer": f"{a.customer} {a.customer_name}",
                  "document": a.document or "", "since": a.detected_on,
                  "reason": reason_in(a.code, a.params, language)} for a in found.alerts)
    columns = (Column("severity", "Severity", "级别"), Column("kind", "Alert", "提醒"),
               Column("customer", "Customer", "客户"), Column("document", "Document", "单据"),
               Column("since", "Since", "发生日期", "date"), Column("reason", "Why", "原因"))
    return Report("alerts", "Alerts", "异常提醒", date_from, as_of, "", found.digits, columns, rows)


__all__ = ["KINDS", "Alert", "AlertList", "alerts_report", "detect", "dismiss", "to_json"]
