"""Credit figures (INTERCHANGE §6/§7): exposure, available, utilization, status,
payment index and grade; credit holds; grade history and manual grade overrides.

The payment index is computed in SQL for one customer or the whole portfolio:
each invoice's score is a piecewise-linear function of its days beyond terms,
scaled by 840 (the least common multiple of the table's segment widths) so
that every score is an exact integer, and the amount-weighted mean is rounded
half up in Python from exact integers. No float is involved anywhere.

Every figure reads customers LEFT JOIN their documents (app.services.sql.per_customer):
each customer's settle-date ranges of the covering ix_documents_customer_open, never the
table. When no document is dated after D (the usual "as of today"), nothing was applied
after D either, so open amounts are read as stored and the portfolio gets exposure,
overdue and the open invoices' part of the index from one streaming pass.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import String, and_, case, cast, false, func, literal, or_, select, type_coerce, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement

from app.models import Customer, Document, Setting
from app.models import money as m
from app.models.credit import CreditHold, GradeHistory
from app.models.db import days_between
from app.models.ledger import DRAFT, VOIDED
from app.services import audit
from app.services.customers.records import find_customer
from app.services.errors import NotFound, StateError, ValidationError
from app.services.permissions import require
from app.services.progress import NoProgress, Progress, check
from app.services.sql import anything_dated_after, not_closed_by, open_amount_at, open_at, per_customer, raw
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)
DEFAULT_WARN_RATIO = Decimal("0.80")
GRADES = ("A", "B", "C", "D", "new")
# (days beyond terms, score): straight between the points, flat beyond the ends.
INDEX_TABLE: tuple[tuple[int, int], ...] = (
    (-30, 100), (-20, 90), (0, 80), (15, 70), (22, 60), (30, 50), (60, 40), (90, 30), (120, 20),
)
SCALE = 840  # lcm of the segment widths 10, 20, 15, 7, 8, 30: every scaled score is an integer
INDEX_KINDS = ("invoice",)
HOLD_RULE_KEY = "credit.hold_rule_days_overdue"


# ---------------------------------------------------------------- the score table

def score(days: int) -> Fraction:
    """The score of one invoice paid ``days`` beyond terms (exact)."""
    pts = INDEX_TABLE
    if days <= pts[0][0]:
        return Fraction(pts[0][1])
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        if days <= x1:
            return Fraction(y0) + Fraction((y1 - y0) * (days - x0), x1 - x0)
    return Fraction(pts[-1][1])


def round_half_up(value: Fraction) -> int:
    """Round a non-negative exact fraction half up to a whole number."""
    n, d = value.numerator, value.denominator
    return (2 * n + d) // (2 * d)


def index_from_parts(weighted: int, weight: int) -> int | None:
    """``weighted`` = sum(amount x score x SCALE), ``weight`` = sum(amount), both in minor units."""
    if weight <= 0:
        return None
    d = weight * SCALE  # round_half_up(Fraction(weighted, d)) with integers only
    return (2 * weighted + d) // (2 * d)


def grade_for(index: int | None) -> str:
    if index is None:
        return "new"
    if index >= 80:
        return "A"
    if index >= 70:
        return "B"
    if index >= 50:
        return "C"
    return "D"


# ---------------------------------------------------------------- portable SQL pieces

def _scaled_score_sql(x: ColumnElement[int]) -> ColumnElement[int]:
    """SCALE x score(x) as an integer SQL expression of integer days ``x``."""
    pts = INDEX_TABLE
    whens: list[tuple[ColumnElement[bool], ColumnElement[int] | int]] = [(x <= pts[0][0], pts[0][1] * SCALE)]
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        slope = (y1 - y0) * SCALE // (x1 - x0)
        whens.append((x <= x1, y0 * SCALE + slope * (x - x0)))
    return case(*whens, else_=pts[-1][1] * SCALE)


def _scaled_score_at(as_of: dt.date, due: ColumnElement[dt.date]) -> ColumnElement[int]:
    """SCALE x score(D - due), the same values as ``_scaled_score_sql(days_between(D, due))``.

    Each segment test compares ``due`` with a constant date (D - x <= k is due >= D - k), so
    the days are worked out once per row, in the branch taken, not once per test.
    """
    pts = INDEX_TABLE
    x = days_between(as_of, due)
    whens: list[tuple[ColumnElement[bool], ColumnElement[int] | int]] = [
        (due >= as_of - dt.timedelta(days=pts[0][0]), pts[0][1] * SCALE)]
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        slope = (y1 - y0) * SCALE // (x1 - x0)
        whens.append((due >= as_of - dt.timedelta(days=x1), y0 * SCALE + slope * (x - x0)))
    return case(*whens, else_=pts[-1][1] * SCALE)


def _index_query(as_of: dt.date, customer_ids: Sequence[int] | None = None, later: bool = True,
                 open_items: bool = True) -> Any:
    """customer_id, sum(amount x scaled score), sum(amount) over the invoices that count at D.

    Ranges of each customer's settle dates joined by UNION ALL: invoices settled within
    D-364..D and invoices still open and overdue at D (settle date null, or after D: that
    range is left out when ``later`` is false, i.e. nothing is dated after D).
    Customers without a counting invoice come back with NULL sums. Without ``open_items``
    only the settled invoices are read (the portfolio adds the open ones to its exposure pass).
    """
    start = as_of - dt.timedelta(days=364)
    due = func.coalesce(Document.due_date, Document.date)
    # coalesce(date, date): no index on the document date competes with the settle-date ranges
    common = [Document.direction == 1, Document.kind.in_(INDEX_KINDS), Document.status != DRAFT,
              Document.status != VOIDED, func.coalesce(Document.date, Document.date) <= as_of]
    settled_on = Document.settled_on
    ranges: list[tuple[list[ColumnElement[bool]], ColumnElement[int]]] = [
        ([settled_on >= start, settled_on <= as_of], days_between(settled_on, due))]
    for open_cond in (settled_on.is_(None), settled_on > as_of)[:(2 if later else 1) if open_items else 0]:
        ranges.append(([open_cond, due <= as_of - dt.timedelta(days=1)], days_between(as_of, due)))
    parts = []
    for conds, days in ranges:
        part = per_customer([*common, *conds], Customer.id.label("cid"), days.label("x"),
                            raw(Document.amount).label("amt"))
        if customer_ids is not None:
            part = part.where(Customer.id.in_(list(customer_ids)))
        parts.append(part)
    # A compound subquery under an aggregate is not flattened, so each row's days are computed once;
    # nor is one with an ORDER BY (SQLite), which the customers' scan gives without sorting.
    both = union_all(*parts).subquery() if len(parts) > 1 else parts[0].order_by(Customer.id).subquery()
    return (select(both.c.cid, func.sum(both.c.amt * _scaled_score_sql(both.c.x)), func.sum(both.c.amt))
            .group_by(both.c.cid))


def _settled_parts_query(as_of: dt.date) -> Any:
    """Per customer: "weighted weight" as text, over the invoices settled within D-364..D, else NULL.

    The portfolio's fastest reading of the settled part (no sort): customers outer, and per
    customer a scalar subquery over its own settle-date range of ix_documents_customer_open,
    whose UNION ALL (with a part that has no row) keeps each row's days computed once. A
    scalar subquery gives one value, so the two exact integer sums come back as one text.
    """
    start = as_of - dt.timedelta(days=364)
    due = func.coalesce(Document.due_date, Document.date)
    rows = (select(raw(Document.amount).label("amt"), days_between(Document.settled_on, due).label("x"))
            .where(Document.customer_id == Customer.id, Document.direction == 1, Document.kind.in_(INDEX_KINDS),
                   Document.status != DRAFT, Document.status != VOIDED,
                   func.coalesce(Document.date, Document.date) <= as_of,
                   Document.settled_on >= start, Document.settled_on <= as_of)
            .correlate_except(Document))
    none = select(literal(0).label("amt"), literal(0).label("x")).where(false())
    both = union_all(rows, none).subquery()
    packed = (select(cast(func.sum(both.c.amt * _scaled_score_sql(both.c.x)), String) + literal(" ")
                     + cast(func.sum(both.c.amt), String))
              .correlate(Customer).scalar_subquery())
    return select(Customer.id, packed)


def _figures_now(session: Session, as_of: dt.date, customer_id: int | None = None
                 ) -> tuple[dict[int, int], dict[int, int], dict[int, int | None]]:
    """Exposure, overdue (minor units) and payment index per customer (of one, or of all),
    when nothing is dated after D: the open invoices' part of the index comes with the
    exposure pass, the settled part from _settled_parts_query."""
    bal, overdue, parts = _open_figures(session, as_of, None if customer_id is None else [customer_id])
    q = _settled_parts_query(as_of)
    if customer_id is not None:
        q = q.where(Customer.id == customer_id)
    for cid, packed in session.connection().execute(q).all():
        if packed:
            weighted, weight = packed.split()
            w0, n0 = parts.get(cid, (0, 0))
            parts[cid] = (w0 + int(weighted), n0 + int(weight))
    return bal, overdue, {cid: index_from_parts(w, n) for cid, (w, n) in parts.items()}


def payment_indexes(session: Session, as_of: dt.date, customer_ids: Sequence[int] | None = None
                    ) -> dict[int, int | None]:
    """Payment index per customer id (customers with no counting invoice are absent)."""
    out: dict[int, int | None] = {}
    ids = None if customer_ids is None else list(customer_ids)
    chunks: Iterable[Sequence[int] | None] = [None] if ids is None else [
        ids[i:i + 900] for i in range(0, len(ids), 900)]
    later = _anything_after(session, as_of)
    for chunk in chunks:
        for cid, weighted, weight in session.connection().execute(_index_query(as_of, chunk, later)).all():
            if weight:
                out[cid] = index_from_parts(int(weighted or 0), int(weight))
    return out


def payment_index_of(session: Session, customer_id: int, as_of: dt.date) -> int | None:
    return payment_indexes(session, as_of, [customer_id]).get(customer_id)


# ---------------------------------------------------------------- holds

def _hold_active_at(d: dt.date) -> ColumnElement[bool]:
    return and_(CreditHold.start_on <= d, or_(CreditHold.until_on.is_(None), CreditHold.until_on >= d),
                or_(CreditHold.released_on.is_(None), CreditHold.released_on > d))


def hold_rule_days(session: Session) -> int | None:
    """The rule hold from the settings: any invoice more than N days overdue (None: off)."""
    row = session.get(Setting, HOLD_RULE_KEY)
    if row is None or not row.value.strip():
        return None
    try:
        n = int(json.loads(row.value))
    except (ValueError, TypeError):
        return None
    return n if n > 0 else None


def set_hold_rule(uow: UnitOfWork, days_overdue: int | None) -> None:
    """Put customers on hold automatically while an invoice is more than N days overdue."""
    require(uow, "credit.manage")
    if days_overdue is not None and days_overdue <= 0:
        raise ValidationError("days_overdue", "must be a whole number of days above 0", code="range")
    with uow:
        s = uow.session
        row = s.get(Setting, HOLD_RULE_KEY)
        before = row.value if row else ""
        value = "" if days_overdue is None else json.dumps(days_overdue)
        if row is None:
            s.add(Setting(key=HOLD_RULE_KEY, value=value))
        else:
            row.value = value
        audit.record(s, uow.user, "setting.update", "setting", HOLD_RULE_KEY, before=before, after=value)
        uow.commit()


def get_hold_rule(uow: UnitOfWork) -> int | None:
    with uow:
        return hold_rule_days(uow.session)


def _rule_held(session: Session, as_of: dt.date, days: int, customer_ids: Sequence[int] | None = None
               ) -> set[int]:
    """Customers with an undisputed item open at D and more than ``days`` overdue."""
    due = func.coalesce(Document.due_date, Document.date)
    q = select(Document.customer_id, open_amount_at(as_of, 1)).where(
        open_at(as_of, 1), due < as_of - dt.timedelta(days=days), Document.disputed.is_(False),
    )
    if customer_ids is not None:
        q = q.where(Document.customer_id.in_(list(customer_ids)))
    return {cid for cid, open_minor in session.execute(q) if int(open_minor) > 0}


@dataclass(frozen=True)
class HoldInfo:
    id: int
    customer: str
    reason: str
    start_on: dt.date
    until_on: dt.date | None
    released_on: dt.date | None
    release_note: str
    source: str
    created_by: str


def _hold_info(h: CreditHold, code: str) -> HoldInfo:
    return HoldInfo(h.id, code, h.reason, h.start_on, h.until_on, h.released_on, h.release_note, h.source,
                    h.created_by)


def active_hold(session: Session, customer_id: int, as_of: dt.date) -> CreditHold | None:
    return session.execute(
        select(CreditHold).where(CreditHold.customer_id == customer_id, _hold_active_at(as_of))
        .order_by(CreditHold.id.desc()).limit(1)
    ).scalar_one_or_none()


def hold_reason(session: Session, c: Customer, as_of: dt.date) -> str | None:
    """Why the customer is on hold at D (a hand-set hold or the settings' rule), or None."""
    h = active_hold(session, c.id, as_of)
    if h is not None:
        return h.reason
    days = hold_rule_days(session)
    if days is not None and c.id in _rule_held(session, as_of, days, [c.id]):
        return f"an invoice is more than {days} days overdue"
    return None


def hold(uow: UnitOfWork, code: str, reason: str, until: dt.date | None = None,
         start: dt.date | None = None) -> HoldInfo:
    """Put a customer on credit hold from ``start`` (today) to ``until`` inclusive (open-ended)."""
    require(uow, "credit.manage")
    start = start or dt.date.today()
    if not reason.strip():
        raise ValidationError("reason", "say why the customer is put on hold", code="required")
    if until is not None and until < start:
        raise ValidationError("until", f"the hold would end before it starts ({start.isoformat()})",
                              code="order")
    with uow:
        s = uow.session
        c = find_customer(s, code)
        h = CreditHold(customer_id=c.id, reason=reason.strip(), start_on=start, until_on=until, source="manual",
                       created_by=uow.user)
        s.add(h)
        s.flush()
        audit.record(s, uow.user, "credit.hold", "customer", c.code,
                     after={"reason": h.reason, "start": start, "until": until})
        info = _hold_info(h, c.code)
        uow.commit()
        return info


def release(uow: UnitOfWork, code: str, note: str = "", today: dt.date | None = None) -> list[HoldInfo]:
    """Release every hold in force today. A customer not on hold is a user error."""
    today = today or dt.date.today()
    require(uow, "credit.manage")
    with uow:
        s = uow.session
        c = find_customer(s, code)
        holds = list(s.execute(select(CreditHold).where(
            CreditHold.customer_id == c.id, CreditHold.released_on.is_(None),
            or_(CreditHold.until_on.is_(None), CreditHold.until_on >= today))).scalars())
        if not holds:
            raise StateError(f"customer {c.code} is not on hold")
        for h in holds:
            h.released_on = today
            h.release_note = note
        s.flush()
        audit.record(s, uow.user, "credit.release", "customer", c.code,
                     after={"released_on": today, "holds": [h.id for h in holds], "note": note})
        out = [_hold_info(h, c.code) for h in holds]
        uow.commit()
        return out


def holds(uow: UnitOfWork, code: str) -> list[HoldInfo]:
    """Every hold of a customer, newest first (the hold history)."""
    with uow:
        s = uow.session
        c = find_customer(s, code)
        rows = s.execute(select(CreditHold).where(CreditHold.customer_id == c.id)
                         .order_by(CreditHold.start_on.desc(), CreditHold.id.desc())).scalars()
        return [_hold_info(h, c.code) for h in rows]


# ---------------------------------------------------------------- figures

@dataclass(frozen=True)
class CreditFigures:
    customer: str
    name: str
    as_of: dt.date
    credit_limit: Decimal | None
    exposure: Decimal
    available: Decimal | None
    utilization: Decimal | None
    status: str
    payment_index: int | None
    grade: str  # the grade in force: a manual override, else the computed one
    computed_grade: str
    grade_override_reason: str
    on_hold: bool
    hold_reason: str
    warn_ratio: Decimal
    overdue: Decimal


def limit_of(c: Customer) -> Decimal | None:
    return c.credit_limit if c.credit_limit else None


def status_for(exposure: Decimal, limit: Decimal | None, warn_ratio: Decimal, on_hold: bool) -> str:
    if on_hold:
        return "hold"
    if limit is None:
        return "ok"
    if exposure > limit:
        return "over"
    if exposure >= warn_ratio * limit:
        return "warn"
    return "ok"


def utilization_of(exposure: Decimal, limit: Decimal | None) -> Decimal | None:
    if limit is None:
        return None
    return m.round_to(exposure / limit, 4)


def customer_exposure(session: Session, customer_id: int, as_of: dt.date) -> tuple[int, int]:
    """(balance at D, overdue open amount at D) of one customer, in minor units.

    The portfolio's sums for one customer: read and added up in SQL from the customer's
    own ranges of ix_documents_customer_open, so tens of thousands of documents cost a few
    index range reads and one row back.
    """
    exposure, overdue = _exposure_and_overdue(session, as_of, [customer_id])
    return exposure.get(customer_id, 0), overdue.get(customer_id, 0)


def figures_for(session: Session, c: Customer, as_of: dt.date, digits: int) -> CreditFigures:
    if _anything_after(session, as_of):
        exposure_minor, overdue_minor = customer_exposure(session, c.id, as_of)
        index = payment_index_of(session, c.id, as_of)
    else:
        bal, late, idx = _figures_now(session, as_of, c.id)
        exposure_minor, overdue_minor, index = bal.get(c.id, 0), late.get(c.id, 0), idx.get(c.id)
    exposure = m.from_minor(exposure_minor, digits)
    limit = limit_of(c)
    reason = hold_reason(session, c, as_of)
    on_hold = reason is not None
    warn = c.warn_ratio or DEFAULT_WARN_RATIO
    computed = grade_for(index)
    return CreditFigures(
        customer=c.code, name=c.name, as_of=as_of, credit_limit=limit, exposure=exposure,
        available=None if limit is None else limit - exposure, utilization=utilization_of(exposure, limit),
        status=status_for(exposure, limit, warn, on_hold), payment_index=index,
        grade=c.grade_override or computed, computed_grade=computed,
        grade_override_reason=c.grade_override_reason if c.grade_override else "",
        on_hold=on_hold, hold_reason=reason or "", warn_ratio=warn,
        overdue=m.from_minor(overdue_minor, digits),
    )


def credit_figures(uow: UnitOfWork, code: str, as_of: dt.date | None = None) -> CreditFigures:
    """The credit figures of one customer at a date (today by default)."""
    as_of = as_of or dt.date.today()
    with uow:
        c = find_customer(uow.session, code)
        return figures_for(uow.session, c, as_of, uow.digits)


# ---------------------------------------------------------------- the portfolio

@dataclass(frozen=True)
class PortfolioRow:
    customer_id: int
    code: str
    name: str
    credit_limit: Decimal | None
    exposure: Decimal
    available: Decimal | None
    utilization: Decimal | None
    status: str
    payment_index: int | None
    grade: str
    on_hold: bool
    overdue: Decimal


def _anything_after(session: Session, as_of: dt.date) -> bool:
    return anything_dated_after(session, as_of)


def _open_figures(session: Session, as_of: dt.date, customer_ids: Sequence[int] | None = None
                  ) -> tuple[dict[int, int], dict[int, int], dict[int, tuple[int, int]]]:
    """Exposure, overdue and the payment index's open part per customer, when nothing is dated after D.

    Then the items open at D are those open now, by their open amount now (see _anything_after):
    one streaming pass per customer over both directions' "settled_on IS NULL" ranges of
    ix_documents_customer_open gives the balance (open debits minus open credits), the overdue
    open amount, and sum(amount x scaled score), sum(amount) of the invoices open and overdue at D.
    """
    last_due = as_of - dt.timedelta(days=1)
    due = func.coalesce(Document.due_date, Document.date)
    late = and_(Document.direction == 1, due <= last_due)
    counts = and_(late, Document.kind.in_(INDEX_KINDS), Document.status != VOIDED)
    amount = raw(Document.amount)
    q = (per_customer([Document.direction.in_((1, -1)), Document.settled_on.is_(None), Document.status != DRAFT,
                       func.coalesce(Document.date, Document.date) <= as_of],
                      Customer.id, func.sum(Document.direction * raw(Document.open_amount)),
                      func.sum(case((late, raw(Document.open_amount)), else_=0)),
                      func.sum(case((counts, amount * _scaled_score_at(as_of, due)), else_=0)),
                      func.sum(case((counts, amount), else_=0)))
         .group_by(Customer.id))
    if customer_ids is not None:
        q = q.where(Customer.id.in_(list(customer_ids)))
    exposure: dict[int, int] = {}
    overdue: dict[int, int] = {}
    index_open: dict[int, tuple[int, int]] = {}
    for cid, amt, late_amt, weighted, weight in session.connection().execute(q).all():
        if amt is None:  # no open item
            continue
        exposure[cid] = int(amt)
        overdue[cid] = int(late_amt)
        if weight:
            index_open[cid] = (int(weighted), int(weight))
    return exposure, overdue, index_open


def _exposure_and_overdue(session: Session, as_of: dt.date, customer_ids: Sequence[int] | None = None
                          ) -> tuple[dict[int, int], dict[int, int]]:
    """Per customer, in minor units: the balance at D and the overdue open amount at D.

    Every application pairs a debit and a credit both dated on or before its date, so the
    balance at D equals the open debits minus the open credits at D: only the items still
    open at D are read, never the whole ledger.
    """
    exposure: dict[int, int] = defaultdict(int)
    overdue: dict[int, int] = defaultdict(int)
    last_due = as_of - dt.timedelta(days=1)
    if not _anything_after(session, as_of):
        exposure_now, overdue_now, _index_open = _open_figures(session, as_of, customer_ids)
        return exposure_now, overdue_now
    for direction in (1, -1):
        due = func.coalesce(Document.due_date, Document.date)
        flag = case((due <= last_due, 1), else_=0) if direction == 1 else literal(0)
        amount = open_amount_at(as_of, direction)
        parts = []
        for cond in not_closed_by(as_of):  # index ranges
            part = per_customer([open_at(as_of, direction, within=cond, keep_to_settle_index=True)],
                                 Customer.id.label("cid"), flag.label("late"), amount.label("amt"))
            if customer_ids is not None:
                part = part.where(Customer.id.in_(list(customer_ids)))
            parts.append(part)
        u = union_all(*parts).subquery()
        q = select(u.c.cid, u.c.late, func.sum(u.c.amt)).group_by(u.c.cid, u.c.late)
        for cid, late, amt in session.execute(q):
            if amt is None:
                continue
            exposure[cid] += direction * int(amt)
            if late:
                overdue[cid] += int(amt or 0)
    return dict(exposure), dict(overdue)


def _on_hold_ids(session: Session, as_of: dt.date) -> set[int]:
    ids = set(session.execute(select(CreditHold.customer_id).where(_hold_active_at(as_of)).distinct()).scalars())
    days = hold_rule_days(session)
    if days is not None:
        ids |= _rule_held(session, as_of, days)
    return ids


def portfolio(uow: UnitOfWork, as_of: dt.date | None = None, include_archived: bool = False,
              progress: Progress | None = None) -> list[PortfolioRow]:
    """Every customer's credit figures at a date, computed in a few batched queries."""
    as_of = as_of or dt.date.today()
    progress = progress or NoProgress()
    with uow:
        s = uow.session
        digits = uow.digits
        # Limits and warn ratios as stored (minor units, decimal text), made Decimals once per
        # distinct value below: most customers share a handful of them.
        q = select(Customer.id, Customer.code, Customer.name, raw(Customer.credit_limit),
                   type_coerce(Customer.warn_ratio, String), Customer.grade_override)
        if not include_archived:
            q = q.where(Customer.archived.is_(False))
        customers = s.connection().execute(q.order_by(Customer.code)).all()  # plain rows, no ORM
        check(progress, 0, 4)
        if _anything_after(s, as_of):
            bal, overdue = _exposure_and_overdue(s, as_of)
            check(progress, 1, 4)
            idx = payment_indexes(s, as_of)
        else:
            bal, overdue, idx = _figures_now(s, as_of)
        check(progress, 2, 4)
        held = _on_hold_ids(s, as_of)
        check(progress, 3, 4)
    limits: dict[int, Decimal] = {}
    ratios: dict[str, Decimal] = {}
    zero = m.from_minor(0, digits)
    rows = []
    for cid, code, name, limit_minor, warn_text, override in customers:
        exposure = m.from_minor(bal.get(cid, 0), digits)
        lim = None
        if limit_minor:  # blank or 0: no limit
            lim = limits.get(limit_minor)
            if lim is None:
                lim = limits[limit_minor] = m.from_minor(int(limit_minor), digits)
        warn = DEFAULT_WARN_RATIO
        if warn_text is not None:
            warn = ratios.get(warn_text) or ratios.setdefault(warn_text, Decimal(warn_text)) or DEFAULT_WARN_RATIO
        index = idx.get(cid)
        on_hold = cid in held
        late = overdue.get(cid, 0)
        rows.append(PortfolioRow(
            customer_id=cid, code=code, name=name, credit_limit=lim, exposure=exposure,
            available=None if lim is None else lim - exposure, utilization=utilization_of(exposure, lim),
            status=status_for(exposure, lim, warn, on_hold), payment_index=index,
            grade=override or grade_for(index), on_hold=on_hold,
            overdue=m.from_minor(late, digits) if late else zero,
        ))
    progress.update(4, 4)
    return rows


# ---------------------------------------------------------------- grades and their history

@dataclass(frozen=True)
class GradePoint:
    as_of: dt.date
    payment_index: int | None
    grade: str
    source: str = "computed"
    reason: str = ""
    created_by: str = ""


def month_ends(as_of: dt.date, months: int = 12) -> list[dt.date]:
    """The last ``months`` month ends up to ``as_of`` (``as_of`` itself last), oldest first."""
    out = [as_of]
    d = as_of.replace(day=1) - dt.timedelta(days=1)
    while len(out) < months:
        out.append(d)
        d = d.replace(day=1) - dt.timedelta(days=1)
    return sorted(out)


def index_history(uow: UnitOfWork, code: str, as_of: dt.date | None = None, months: int = 12
                  ) -> list[GradePoint]:
    """The payment index and grade at each of the last 12 month ends (computed, not stored)."""
    as_of = as_of or dt.date.today()
    with uow:
        s = uow.session
        c = find_customer(s, code)
        out = []
        for d in month_ends(as_of, months):
            i = payment_index_of(s, c.id, d)
            out.append(GradePoint(d, i, grade_for(i)))
        return out


def grade_history(uow: UnitOfWork, code: str) -> list[GradePoint]:
    """The stored grade changes and manual overrides of a customer, oldest first."""
    with uow:
        s = uow.session
        c = find_customer(s, code)
        rows = s.execute(select(GradeHistory).where(GradeHistory.customer_id == c.id)
                         .order_by(GradeHistory.as_of, GradeHistory.id)).scalars()
        return [GradePoint(g.as_of, g.payment_index, g.grade, g.source, g.reason, g.created_by) for g in rows]


def _last_computed(session: Session) -> dict[int, str]:
    """The grade of the latest computed history entry per customer."""
    latest = (select(GradeHistory.customer_id, func.max(GradeHistory.id).label("gid"))
              .where(GradeHistory.source == "computed").group_by(GradeHistory.customer_id).subquery())
    q = select(GradeHistory.customer_id, GradeHistory.grade).join(latest, latest.c.gid == GradeHistory.id)
    return {cid: g for cid, g in session.execute(q)}


def refresh_grades(uow: UnitOfWork, as_of: dt.date | None = None, progress: Progress | None = None) -> int:
    """Recompute every customer's index and grade at ``as_of``; keep a history entry on each change.

    Returns how many customers' grades changed. Run after an import (in its transaction), at
    start-up and monthly.
    """
    require(uow, "credit.manage")
    with uow:
        changed = refresh_grades_in(uow.session, uow.user, as_of, progress)
        uow.commit()
        return changed


def refresh_grades_in(s: Session, user: str, as_of: dt.date | None = None, progress: Progress | None = None) -> int:
    """refresh_grades inside the caller's transaction (an import grades what it wrote before it commits)."""
    as_of = as_of or dt.date.today()
    progress = progress or NoProgress()
    idx = payment_indexes(s, as_of)
    last = _last_computed(s)
    rows = s.execute(select(Customer.id, Customer.grade, Customer.payment_index)).all()
    changed = 0
    updates = []
    for n, (cid, grade, pindex) in enumerate(rows):
        if n % 2000 == 0:
            check(progress, n, len(rows))
        i = idx.get(cid)
        g = grade_for(i)
        if g != grade or i != pindex:
            updates.append({"id": cid, "grade": g, "payment_index": i})
        if last.get(cid, "new") != g:
            s.add(GradeHistory(customer_id=cid, as_of=as_of, payment_index=i, grade=g, source="computed",
                               created_by=user))
            changed += 1
    if updates:
        from sqlalchemy import update

        for u in updates:
            s.execute(update(Customer).where(Customer.id == u["id"])
                      .values(grade=u["grade"], payment_index=u["payment_index"])
                      .execution_options(synchronize_session=False))
    progress.update(len(rows), len(rows))
    return changed


def set_grade_override(uow: UnitOfWork, code: str, grade: str | None, reason: str,
                       as_of: dt.date | None = None) -> CreditFigures:
    """Set (or clear, with ``grade=None``) a manual grade. A reason is required either way."""
    require(uow, "credit.manage")
    as_of = as_of or dt.date.today()
    if grade is not None and grade not in GRADES:
        raise ValidationError("grade", f"one of {', '.join(GRADES)}", code="choice")
    if not reason.strip():
        raise ValidationError("reason", "a manual grade needs a reason", code="required")
    with uow:
        s = uow.session
        c = find_customer(s, code)
        before = {"grade_override": c.grade_override, "reason": c.grade_override_reason}
        c.grade_override = grade
        c.grade_override_reason = reason.strip() if grade else ""
        index = payment_index_of(s, c.id, as_of)
        s.add(GradeHistory(customer_id=c.id, as_of=as_of, payment_index=index,
                           grade=grade or grade_for(index), source="manual" if grade else "manual_cleared",
                           reason=reason.strip(), created_by=uow.user))
        s.flush()
        audit.record(s, uow.user, "credit.grade_override", "customer", c.code, before=before,
                     after={"grade_override": grade, "reason": reason.strip()})
        out = figures_for(s, c, as_of, uow.digits)
        uow.commit()
        return out


def set_credit_limit(uow: UnitOfWork, code: str, limit: Decimal | None, warn_ratio: Decimal | None = None
                     ) -> CreditFigures:
    """Change a customer's limit (None or 0: no limit) and warn ratio, audited."""
    require(uow, "credit.manage")
    if limit is not None and limit < 0:
        raise ValidationError("credit_limit", "cannot be negative", code="negative")
    if limit is not None and limit > m.MAX_AMOUNT:
        raise ValidationError("credit_limit", "above the largest amount allowed (10000000000000)", code="range")
    if warn_ratio is not None and not (ZERO < warn_ratio <= 1):
        raise ValidationError("warn_ratio", "must be above 0 and at most 1", code="range")
    with uow:
        s = uow.session
        c = find_customer(s, code)
        if limit is not None and limit != m.round_money(limit, uow.digits):
            raise ValidationError("credit_limit", f"at most {uow.digits} decimal places", code="digits")
        before = {"credit_limit": c.credit_limit, "warn_ratio": c.warn_ratio}
        c.credit_limit = limit if limit else None
        if warn_ratio is not None:
            c.warn_ratio = warn_ratio
        s.flush()
        audit.record(s, uow.user, "credit.limit", "customer", c.code, before=before,
                     after={"credit_limit": c.credit_limit, "warn_ratio": c.warn_ratio})
        out = figures_for(s, c, dt.date.today(), uow.digits)
        uow.commit()
        return out


def customer_id_of(session: Session, code: str) -> int:
    cid = session.execute(select(Customer.id).where(Customer.code == code)).scalar()
    if cid is None:
        raise NotFound("customer", code)
    return int(cid)


__all__ = [
    "CreditFigures", "GradePoint", "HoldInfo", "PortfolioRow", "credit_figures", "figures_for", "grade_for",
    "grade_history", "hold", "holds", "index_history", "payment_index_of", "payment_indexes", "portfolio",
    "refresh_grades", "refresh_grades_in", "release", "score", "set_credit_limit", "set_grade_override", "set_hold_rule",
]
