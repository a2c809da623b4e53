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

from sqlalchemy import String, and_, cast, func, select
from sqlalchemy.orm import Session

from app.models import AlertDismissal, Customer, Document, GradeHistory, Promise
from app.models import money as m
from app.models.db import days_between
from app.models.ledger import POSTED, VOIDED
from app.services import audit
from app.services.collections.reminders import promise_kept
from app.services.customers.records import find_customer
from app.services.errors import NotFound, ValidationError
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


# ---------------------------------------------------------------- the conditions

_Row = tuple[int, int, str, str, int]  # id, customer, kind, ISO date, amount in minor units


def _documents(s: Session, as_of: dt.date) -> list[_Row]:
    """Posted invoices and payments dated on or before D, per kind, customer and date.

    Dates come back as ISO text (they compare as dates do) and amounts as minor units: the
    walk below touches every document once, so nothing is converted that is not shown.
    """
    q = (select(Document.id, Document.customer_id, Document.kind, cast(Document.date, String),
                raw(Document.amount))
         .where(Document.kind.in_(("invoice", "payment")), Document.status == POSTED, Document.date <= as_of)
         .order_by(Document.kind, Document.customer_id, Document.date, Document.id))
    return [tuple(r) for r in s.connection().execute(q).all()]


def _by_customer_kind(rows: list[_Row]) -> Iterator[tuple[int, str, list[_Row]]]:
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][1] != rows[start][1] or rows[i][2] != rows[start][2]:
            yield rows[start][1], rows[start][2], rows[start:i]
            start = i


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


def _duplicates(s: Session, as_of: dt.date) -> Iterator[tuple[int, str, int]]:
    """Invoices of one customer, day and amount; payments of one customer and reference.

    Yields (document id, code, id of the first of its group) for every later document of a group.
    """
    inv = (select(Document.customer_id, Document.date, Document.amount)
           .where(Document.kind == "invoice", Document.status == POSTED, Document.date <= as_of)
           .group_by(Document.customer_id, Document.date, Document.amount).having(func.count() > 1)).subquery()
    q = (select(Document.id, inv.c.customer_id, inv.c.date, inv.c.amount)
         .join(inv, and_(Document.customer_id == inv.c.customer_id, Document.date == inv.c.date,
                         Document.amount == inv.c.amount))
         .where(Document.kind == "invoice", Document.status == POSTED).order_by(Document.id))
    firsts: dict[tuple[Any, ...], int] = {}
    for doc_id, cid, date, amount in s.execute(q):
        first = firsts.setdefault((cid, date, amount), doc_id)
        if first != doc_id:
            yield doc_id, "possible_duplicate.invoice", first
    ref = func.lower(func.trim(Document.reference))
    pay = (select(Document.customer_id, ref.label("ref"))
           .where(Document.kind == "payment", Document.status == POSTED, Document.date <= as_of,
                  func.trim(Document.reference) != "")
           .group_by(Document.customer_id, ref).having(func.count() > 1)).subquery()
    q2 = (select(Document.id, pay.c.customer_id, pay.c.ref)
          .join(pay, and_(Document.customer_id == pay.c.customer_id, ref == pay.c.ref))
          .where(Document.kind == "payment", Document.status == POSTED, Document.date <= as_of)
          .order_by(Document.id))
    firsts.clear()
    for doc_id, cid, r in s.execute(q2):
        first = firsts.setdefault((cid, r), doc_id)
        if first != doc_id:
            yield doc_id, "possible_duplicate.payment", first


def _numbers(s: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    """Number and reference of the documents an alert names (a few, read in chunks)."""
    out: dict[int, tuple[str, str]] = {}
    todo = sorted(ids)
    for i in range(0, len(todo), 500):
        q = select(Document.id, Document.number, Document.reference).where(Document.id.in_(todo[i:i + 500]))
        out.update({did: (number, ref) for did, number, ref in s.execute(q)})
    return out


def _document(s: Session, doc_id: int) -> tuple[int, dt.date, int]:
    cid, date, amount = s.execute(select(Document.customer_id, Document.date, raw(Document.amount))
                                  .where(Document.id == doc_id)).one()
    return cid, date, int(amount)


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

        dates = _Dates()
        hits: list[tuple[str, _Row, str, dict[str, Any]]] = []
        for _cid, kind, group in _by_customer_kind(_documents(s, as_of)):
            for row, code, n, figure in _unusual(group, dates):
                extra = ({"median": _money(Fraction(figure, 2), digits)} if code.endswith("median")
                         else {"p99": _money(figure, digits)})
                hits.append(("unusual_amount", row, code, {"count": n, "kind": kind, **extra}))
            if kind == "invoice":
                for row, days, twice_median in _dormant(group, dates):
                    hits.append(("dormant_return", row, "dormant_return",
                                 {"days": days, "median": _money(Fraction(twice_median, 2), digits)}))
        dup = list(_duplicates(s, as_of))
        shown = _numbers(s, {r[0] for _k, r, _c, _p in hits} | {d for d, _c, _f in dup} | {f for _d, _c, f in dup})
        for kind, row, code, params in hits:
            number, _ref = shown[row[0]]
            severity = "info" if kind == "dormant_return" else "warning"
            add(kind, row[1], severity, code, {**params, "number": number, "amount": _money(row[4], digits)},
                dt.date.fromisoformat(row[3]), number, row[0])
        for doc_id, code, first in dup:
            number, reference = shown[doc_id]
            cid, date, amount = _document(s, doc_id)
            params = {"number": number, "other": shown[first][0], "amount": _money(amount, digits),
                      "date": date, "reference": reference.strip()}
            add("possible_duplicate", cid, "warning", code, params, date, number, doc_id)
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


def reason_en(code: str, params: dict[str, Any], customer: str = "") -> str:
    return reason_in(code, params, "en")


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
