"""The alert conditions of INTERCHANGE §11, recomputed as of a date, and their dismissal.

Each condition reads only what it needs, in SQL over the documents' indexes; the per-customer
statistics (medians, percentiles, daily utilization) are walked once per customer in Python over
integer minor units. An :class:`Alert` carries a ``code`` and ``params`` for the program's words
and ``reason``, the same sentence in English, for the command line and JSON.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AlertDismissal, Customer, Document, GradeHistory, Promise
from app.models import money as m
from app.models.db import days_between
from app.models.ledger import POSTED, VOIDED
from app.services import audit
from app.services.customers import find_customer
from app.services.errors import NotFound, ValidationError
from app.services.permissions import require
from app.services.reminders import promise_kept
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
    reason: str
    detected_on: dt.date
    code: str  # what the reason says, for the program's own words (kind + variant)
    params: dict[str, Any] = field(default_factory=dict, compare=False)
    customer_id: int = 0
    document_id: int | None = None
    dismissed: bool = False
    note: str = ""


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


def _median(sorted_values: list[int]) -> Fraction:
    n = len(sorted_values)
    return Fraction(sorted_values[(n - 1) // 2] + sorted_values[n // 2], 2)


def _nearest_rank(sorted_values: list[int], pct: int) -> int:
    n = len(sorted_values)
    rank = -(-pct * n // 100)  # ceil(pct/100 * n)
    return sorted_values[max(rank, 1) - 1]


# ---------------------------------------------------------------- the conditions

_Row = tuple[int, int, str, dt.date, int, str, str]  # id, customer, kind, date, amount, number, reference


def _documents(s: Session, as_of: dt.date) -> list[_Row]:
    """Posted invoices and payments dated on or before D, per customer, kind and date."""
    q = (select(Document.id, Document.customer_id, Document.kind, Document.date, raw(Document.amount),
                Document.number, Document.reference)
         .where(Document.kind.in_(("invoice", "payment")), Document.status == POSTED, Document.date <= as_of)
         .order_by(Document.customer_id, Document.kind, Document.date, Document.id))
    return [tuple(r) for r in s.execute(q)]


def _by_customer_kind(rows: list[_Row]) -> Iterator[tuple[int, str, list[_Row]]]:
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][1] != rows[start][1] or rows[i][2] != rows[start][2]:
            yield rows[start][1], rows[start][2], rows[start:i]
            start = i


def _unusual(group: list[_Row], digits: int) -> Iterator[tuple[_Row, str, dict[str, Any]]]:
    """Each document above 5x the median or the 99th percentile of the 24 months before it."""
    window: list[int] = []
    lo = hi = 0
    for i, row in enumerate(group):
        date = row[3]
        while hi < i and group[hi][3] < date:  # earlier dates enter
            bisect.insort(window, group[hi][4])
            hi += 1
        start = _months_before(date, UNUSUAL_MONTHS)
        while lo < hi and group[lo][3] < start:  # older than 24 months leave
            del window[bisect.bisect_left(window, group[lo][4])]
            lo += 1
        n = len(window)
        if n < UNUSUAL_MIN_EARLIER:
            continue
        amount = row[4]
        median = _median(window)
        p99 = _nearest_rank(window, 99)
        params = {"amount": _money(amount, digits), "count": n, "kind": row[2], "number": row[5]}
        if amount > UNUSUAL_MEDIAN_TIMES * median:
            yield row, "unusual_amount.median", {**params, "median": _money(median, digits)}
        elif amount > p99:
            yield row, "unusual_amount.p99", {**params, "p99": _money(p99, digits)}


def _dormant(group: list[_Row], digits: int) -> Iterator[tuple[_Row, str, dict[str, Any]]]:
    """An invoice 180 days or more after the previous one, above the median of the earlier ones."""
    earlier: list[int] = []
    for i, row in enumerate(group):
        if i:
            gap = (row[3] - group[i - 1][3]).days
            median = _median(earlier)
            if gap >= DORMANT_DAYS and row[4] > median:
                yield row, "dormant_return", {"number": row[5], "amount": _money(row[4], digits), "days": gap,
                                              "median": _money(median, digits)}
        bisect.insort(earlier, row[4])


def _duplicates(group: list[_Row], digits: int) -> Iterator[tuple[_Row, str, dict[str, Any]]]:
    """Invoices: same day and amount; payments: same reference. One alert per later document."""
    seen: dict[tuple[Any, ...], _Row] = {}
    for row in sorted(group, key=lambda r: r[0]):
        if row[2] == "invoice":
            key: tuple[Any, ...] = (row[3], row[4])
        elif row[6].strip():
            key = (row[6].strip().casefold(),)
        else:
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = row
            continue
        if row[2] == "invoice":
            yield row, "possible_duplicate.invoice", {"number": row[5], "other": first[5],
                                                       "amount": _money(row[4], digits), "date": row[3]}
        else:
            yield row, "possible_duplicate.payment", {"number": row[5], "other": first[5],
                                                       "reference": row[6].strip()}


def _paying_slower(s: Session, as_of: dt.date) -> Iterator[tuple[int, dt.date, str, dict[str, Any]]]:
    recent_from = as_of - dt.timedelta(days=89)
    older_from = as_of - dt.timedelta(days=454)
    q = (select(Document.customer_id, Document.settled_on, days_between(Document.settled_on, Document.date))
         .where(Document.direction == 1, Document.settled_on.is_not(None), Document.settled_on >= older_from,
                Document.settled_on <= as_of, Document.kind == "invoice", Document.status == POSTED))
    sums: dict[int, list[Any]] = defaultdict(lambda: [0, 0, 0, 0, None])  # recent sum, n, older sum, n, last
    for cid, settled, days in s.execute(q):
        acc = sums[cid]
        if settled >= recent_from:
            acc[0] += int(days)
            acc[1] += 1
            acc[4] = settled if acc[4] is None or settled > acc[4] else acc[4]
        else:
            acc[2] += int(days)
            acc[3] += 1
    for cid, (rs, rn, os_, on, last) in sums.items():
        if rn and on:
            recent, older = Fraction(rs, rn), Fraction(os_, on)
            if recent - older >= SLOWER_DAYS:
                yield cid, last, "paying_slower", {"recent": round(recent), "older": round(older),
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
            found.append(Alert(kind, ccode, cname, number, severity, reason_en(code, params, ccode), detected,
                               code, params, cid, doc_id))

        for cid, kind, group in _by_customer_kind(_documents(s, as_of)):
            for row, code, params in _unusual(group, digits):
                add("unusual_amount", cid, "warning", code, params, row[3], row[5], row[0])
            for row, code, params in _duplicates(group, digits):
                add("possible_duplicate", cid, "warning", code, params, row[3], row[5], row[0])
            if kind == "invoice":
                for row, code, params in _dormant(group, digits):
                    add("dormant_return", cid, "info", code, params, row[3], row[5], row[0])
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


def reason_en(code: str, params: dict[str, Any], customer: str = "") -> str:
    words = {k: (v.replace("_", " ") if k == "kind" else v) for k, v in params.items()}
    return REASONS_EN[code].format(**words)


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


__all__ = ["KINDS", "Alert", "AlertList", "detect", "dismiss", "to_json"]
