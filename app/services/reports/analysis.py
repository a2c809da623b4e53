"""Analysis reports (PRODUCT §5): contribution, frequency, collection rate, DSO,
days to pay, credit utilization and top overdue.

Every report is computed in SQL (grouped sums over indexed columns), returned as
a :class:`Report` (columns, rows, summary, chart) that the GUI, the command line,
Excel and PDF all show the same way. Definitions (amounts are posted documents;
a voided document and its void cancel out of balances and are left out of
revenue, billing and collections):

- **revenue** of a customer in a period = invoices less credit notes dated in it.
- **contribution**: revenue per customer, its share of the total, the cumulative
  share in descending order, and the class A/B/C (the cumulative share before the
  customer under 80 %: A; under 95 %: B; else C).
- **frequency**: invoices in the period, invoices per month (months = calendar
  months the period touches), average days between invoices ((last - first) /
  (count - 1)), last activity (the latest document of any kind up to the end),
  days since, and ``inactive`` when that is at least ``inactive_days`` (90).
- **collection rate** = payments received in the period / (receivable at the start
  + invoices billed in the period); the receivable at the start is the balance
  at the day before the period.
- **DSO** = receivable at the end of the period / invoices billed in the period x
  days in the period.
- **days to pay**: over invoices settled in the period, the mean of settle date -
  issue date and of settle date - due date; the 12-month trend is that mean per
  month of settlement for the twelve months ending at the period's end.
- **credit utilization** (as of the end): exposure = balance, utilization =
  exposure / limit, status as INTERCHANGE §6, for customers with a limit.
- **top overdue** (as of the end): customers with the most overdue money.

Ratios are Decimals rounded half up to 4 places, day figures to 1 place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import String, and_, case, cast, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement

from app.models import Customer, Document, ReportTemplate
from app.models import money as m
from app.models.credit import CreditHold
from app.models.db import days_between
from app.models.ledger import DRAFT, POSTED
from app.services import audit
from app.services.company import load_company
from app.services.customers.classification import abc_classes, period_sums
from app.services.errors import ValidationError
from app.services.ledger.aging import DEFAULT_BUCKETS, aging_rows
from app.services.permissions import require
from app.services.sql import get_or_raise, open_at, per_customer, raw
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)
# Indexes the reports are written for (declared on ``Document`` in app/models/ledger.py):
# per-customer sums of one kind in a period are one seek each on the first, monthly totals a
# range on the second, days to pay each customer's settle-date range of the third (covering).
# Balances use ix_documents_customer_date (customer_id, date, direction, status, amount).
REPORT_INDEXES = (
    ("ix_documents_kind_customer", ("kind", "customer_id", "date", "status", "amount")),
    ("ix_documents_kind_date", ("kind", "date", "status", "amount")),
    ("ix_documents_customer_open", ("customer_id", "direction", "settled_on", "kind", "status", "due_date", "date",
                                    "amount", "open_amount")),
)
# Direction of each document kind but "void", whose direction is that of what it reverses.
SIGN = {"invoice": 1, "refund": 1, "opening_balance": 1, "charge": 1, "payment": -1, "credit_note": -1,
        "write_off": -1}
NAMES = ("contribution", "frequency", "collection", "dso", "days_to_pay", "utilization", "top_overdue")
CLI_NAMES = NAMES
KINDS = ("text", "money", "int", "ratio", "days", "date", "bool")
# The customer fields a report can be grouped by (app.services.groups computes the groups).
GROUP_FIELDS = ("category", "industry", "region", "grade", "value_class", "stage", "tag")


# ---------------------------------------------------------------- the report shape

@dataclass(frozen=True)
class Column:
    """``kind``: text, money, int, ratio (0.1234 = 12.34 %), days (1 place), date, bool."""

    key: str
    title: str
    title_zh: str
    kind: str = "text"

    def heading(self, language: str = "en") -> str:
        return self.title_zh if language.startswith("zh") else self.title


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[Decimal, ...]
    kind: str = "bar"  # bar or line
    axis: str = "left"  # left or right (a line of ratios beside bars of money)


@dataclass(frozen=True)
class Chart:
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_kind: str = "money"  # of the left axis
    right_kind: str = "ratio"


@dataclass(frozen=True)
class Group:
    """One group of a grouped report (app.services.groups): its customers' rows, its
    ``summary`` (the report's summary figures computed over the group the way the report
    computes its totals) and ``subtotal`` (a row keyed by the report's columns)."""

    value: str
    label: str
    label_zh: str
    rows: tuple[dict[str, Any], ...]
    summary: dict[str, Any]
    summary_kinds: dict[str, str]
    subtotal: dict[str, Any]

    def heading(self, language: str = "en") -> str:
        return self.label_zh if language.startswith("zh") else self.label


@dataclass(frozen=True)
class Report:
    name: str
    title: str
    title_zh: str
    date_from: dt.date
    date_to: dt.date
    currency: str
    digits: int
    columns: tuple[Column, ...]
    rows: tuple[dict[str, Any], ...]
    summary: dict[str, Any] = field(default_factory=dict)
    chart: Chart | None = None
    params: dict[str, Any] = field(default_factory=dict)
    summary_kinds: dict[str, str] = field(default_factory=dict)
    group_by: str = ""  # a customer field (app.services.groups.FIELDS), "" when not grouped
    groups: tuple[Group, ...] = ()
    group_note: tuple[str, str] = ("", "")  # (en, zh): e.g. a customer with several tags counts in each

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


TITLES = {
    "contribution": ("Customer contribution", "客户贡献度分析"),
    "frequency": ("Transaction frequency", "交易频率分析"),
    "collection": ("Collection rate", "回款率分析"),
    "dso": ("Days sales outstanding (DSO)", "应收账款周转天数 (DSO)"),
    "days_to_pay": ("Average days to pay", "平均回款天数"),
    "utilization": ("Credit utilization", "信用额度使用率"),
    "top_overdue": ("Top overdue customers", "逾期金额排名"),
}


def _ratio(num: int | Decimal, den: int | Decimal) -> Decimal | None:
    if not den or den <= 0:
        return None
    return m.round_to(Decimal(num) / Decimal(den), 4)


def _days(num: int | Decimal, den: int | Decimal) -> Decimal | None:
    if not den:
        return None
    if type(num) is int and type(den) is int and den > 0:
        # the same value as below, from integers: half up (away from zero) to 1 place
        tenths = (20 * abs(num) + den) // (2 * den)
        out = m.from_minor(tenths, 1)
        return out.copy_negate() if num < 0 else out
    return m.round_to(Decimal(num) / Decimal(den), 1)


def _check_period(date_from: dt.date, date_to: dt.date) -> None:
    if date_from > date_to:
        raise ValidationError("from", "the period must start on or before its end", code="order")


def _months(date_from: dt.date, date_to: dt.date) -> list[tuple[int, int]]:
    out = []
    y, mo = date_from.year, date_from.month
    while (y, mo) <= (date_to.year, date_to.month):
        out.append((y, mo))
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out


def _month_label(ym: tuple[int, int]) -> str:
    return f"{ym[0]:04d}-{ym[1]:02d}"


def _month_end(y: int, mo: int) -> dt.date:
    nxt = dt.date(y + 1, 1, 1) if mo == 12 else dt.date(y, mo + 1, 1)
    return nxt - dt.timedelta(days=1)


def _names(s: Session, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    out: dict[int, tuple[str, str]] = {}
    ids = list(ids)
    conn = s.connection()  # plain rows, no ORM result processing
    if len(ids) > 2000:  # most customers: one read of them all beats many IN lists
        wanted = set(ids)
        return {cid: (code, name) for cid, code, name in conn.execute(
            select(Customer.id, Customer.code, Customer.name)) if cid in wanted}
    for i in range(0, len(ids), 900):
        for cid, code, name in conn.execute(
                select(Customer.id, Customer.code, Customer.name).where(Customer.id.in_(ids[i:i + 900]))):
            out[cid] = (code, name)
    return out


def _as_date(v: Any) -> Any:
    """A date from a scalar subquery (SQLite hands back ISO text there)."""
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v)[:10])


def _posted(kind: str) -> ColumnElement[bool]:
    return and_(Document.kind == kind, Document.status == POSTED)


def _monthly(s: Session, date_from: dt.date, date_to: dt.date) -> dict[tuple[int, int], dict[str, int]]:
    """Per calendar month of the period: billed, collected, credit notes, net movement (minor units), invoices.

    One small query per month, each a range over (kind, date) (see REPORT_INDEXES), so
    that no row is sorted or read twice.
    """
    out: dict[tuple[int, int], dict[str, int]] = {}
    for y, mo in _months(date_from, date_to):
        start = max(date_from, dt.date(y, mo, 1))
        end = min(date_to, _month_end(y, mo))
        fig = {"billed": 0, "collected": 0, "credit_notes": 0, "net": 0, "invoices": 0}
        posted = Document.status == POSTED
        for kind, total, total_posted, n_posted in s.execute(
                select(Document.kind, func.sum(raw(Document.amount)),
                       func.sum(case((posted, raw(Document.amount)), else_=0)),
                       func.sum(case((posted, 1), else_=0)))
                .where(Document.kind.in_(SIGN), Document.date >= start, Document.date <= end,
                       Document.status != DRAFT)
                .group_by(Document.kind)):
            fig["net"] += SIGN[kind] * int(total or 0)
            if kind == "invoice":
                fig["billed"] += int(total_posted or 0)
                fig["invoices"] += int(n_posted or 0)
            elif kind == "payment":
                fig["collected"] += int(total_posted or 0)
            elif kind == "credit_note":
                fig["credit_notes"] += int(total_posted or 0)
        for direction, total in s.execute(
                select(Document.direction, func.sum(raw(Document.amount)))
                .where(Document.kind == "void", Document.date >= start, Document.date <= end,
                       Document.status != DRAFT)
                .group_by(Document.direction)):
            fig["net"] += int(direction) * int(total or 0)
        out[(y, mo)] = fig
    return out


def balances_at(s: Session, as_of: dt.date) -> dict[int, int]:
    """Balance per customer at a date (minor units): one seek per customer on the covering
    (customer_id, date, direction, status, amount) index."""
    bal = (
        select(func.sum(Document.direction * raw(Document.amount)))
        .where(Document.customer_id == Customer.id, Document.date <= as_of, Document.status != DRAFT)
        .correlate(Customer)
        .scalar_subquery()
    )
    return {cid: int(b) for cid, b in s.execute(select(Customer.id, bal)) if b}


def net_in_period(s: Session, date_from: dt.date, date_to: dt.date) -> dict[int, int]:
    """Per customer: debits less credits dated in the range (minor units), from the covering index."""
    net = (
        select(func.sum(Document.direction * raw(Document.amount)))
        .where(Document.customer_id == Customer.id, Document.date >= date_from, Document.date <= date_to,
               Document.status != DRAFT)
        .correlate(Customer)
        .scalar_subquery()
    )
    return {cid: int(v) for cid, v in s.execute(select(Customer.id, net)) if v}


def _flows(s: Session, date_from: dt.date, date_to: dt.date) -> dict[int, tuple[int, int, int, int]]:
    """Per customer: (balance the day before the period, billed, collected, balance at the end), minor units."""
    opening = balances_at(s, date_from - dt.timedelta(days=1))
    net = net_in_period(s, date_from, date_to)
    sums = period_sums(s, ("invoice", "payment"), date_from, date_to)
    out = {}
    for cid in {*opening, *net, *sums}:
        billed, collected = sums.get(cid, (0, 0))
        o = opening.get(cid, 0)
        out[cid] = (o, billed, collected, o + net.get(cid, 0))
    return out


# ---------------------------------------------------------------- the reports

def _base(uow: UnitOfWork, name: str, date_from: dt.date, date_to: dt.date, columns: Sequence[Column],
          rows: list[dict[str, Any]], summary: dict[str, Any], summary_kinds: dict[str, str],
          chart: Chart | None, currency: str, params: dict[str, Any] | None = None) -> Report:
    en, zh = TITLES[name]
    return Report(name, en, zh, date_from, date_to, currency, uow.digits, tuple(columns), tuple(rows), summary,
                  chart, params or {}, summary_kinds)


def contribution(uow: UnitOfWork, date_from: dt.date, date_to: dt.date) -> Report:
    _check_period(date_from, date_to)
    d = uow.digits
    with uow:
        s = uow.session
        currency = load_company(s).currency
        revenue = {cid: v[0] - v[1] for cid, v in
                   period_sums(s, ("invoice", "credit_note"), date_from, date_to).items()}
        names = _names(s, [cid for cid, v in revenue.items() if v > 0])
        ranked = abc_classes(revenue, {cid: n[0] for cid, n in names.items()})
    rows: list[dict[str, Any]] = []
    for rank, (cid, v, share, cum, cls) in enumerate(ranked, 1):
        code, name = names[cid]
        rows.append({"rank": rank, "code": code, "name": name, "revenue": m.from_minor(v, d),
                     "share": m.round_to(share, 4), "cumulative_share": m.round_to(cum, 4), "class": cls})
    total = sum(v for _, v, *_ in ranked)
    counts = {k: sum(1 for r in rows if r["class"] == k) for k in "ABC"}
    summary = {"total_revenue": m.from_minor(total, d), "customers": len(rows),
               "class_a": counts["A"], "class_b": counts["B"], "class_c": counts["C"],
               "customers_without_revenue": sum(1 for v in revenue.values() if v <= 0)}
    top = rows[:20]
    chart = Chart("Revenue by customer (top 20) and cumulative share", tuple(r["code"] for r in top), (
        Series("Revenue", tuple(r["revenue"] for r in top), "bar", "left"),
        Series("Cumulative share", tuple(r["cumulative_share"] for r in top), "line", "right"),
    ))
    cols = [Column("rank", "Rank", "排名", "int"), Column("code", "Code", "客户编码"),
            Column("name", "Customer", "客户名称"), Column("revenue", "Revenue", "收入", "money"),
            Column("share", "Share", "占比", "ratio"),
            Column("cumulative_share", "Cumulative share", "累计占比", "ratio"),
            Column("class", "Class", "价值等级")]
    kinds = {"total_revenue": "money", "customers": "int", "class_a": "int", "class_b": "int", "class_c": "int",
             "customers_without_revenue": "int"}
    return _base(uow, "contribution", date_from, date_to, cols, rows, summary, kinds, chart, currency)


def frequency(uow: UnitOfWork, date_from: dt.date, date_to: dt.date, inactive_days: int = 90) -> Report:
    _check_period(date_from, date_to)
    if inactive_days < 1:
        raise ValidationError("inactive_days", "must be at least 1", code="range")
    months = _months(date_from, date_to)
    with uow:
        s = uow.session
        currency = load_company(s).currency
        def inv(agg: Any) -> ColumnElement[Any]:
            return (select(agg).where(Document.kind == "invoice", Document.customer_id == Customer.id,
                                      Document.date >= date_from, Document.date <= date_to,
                                      Document.status == POSTED)
                    .correlate(Customer).scalar_subquery())

        last_doc = (select(func.max(Document.date)).where(Document.customer_id == Customer.id,
                                                          Document.date <= date_to)
                    .correlate(Customer).scalar_subquery())
        invs: dict[int, tuple[int, Any, Any]] = {}
        last_activity: dict[int, dt.date] = {}
        for cid, n, first, last, act in s.execute(
                select(Customer.id, inv(func.count()), inv(func.min(Document.date)), inv(func.max(Document.date)),
                       last_doc)):
            if act is None:
                continue
            last_activity[cid] = _as_date(act)
            if n:
                invs[cid] = (int(n), _as_date(first), _as_date(last))
        names = _names(s, list(last_activity))
        monthly = _monthly(s, date_from, date_to)
    rows: list[dict[str, Any]] = []
    for cid, last in last_activity.items():
        code, name = names[cid]
        n, first, last_inv = invs.get(cid, (0, None, None))
        since = (date_to - last).days
        rows.append({
            "code": code, "name": name, "invoices": n,
            "per_month": m.round_to(Decimal(n) / Decimal(len(months)), 2),
            "avg_days_between": _days((last_inv - first).days, n - 1) if n >= 2 and first and last_inv else None,
            "first_invoice": first, "last_invoice": last_inv, "last_activity": last,
            "days_since_activity": since, "inactive": since >= inactive_days,
        })
    rows.sort(key=lambda r: (-r["invoices"], r["code"]))
    total = sum(r["invoices"] for r in rows)
    summary = {"customers": len(rows), "invoicing_customers": sum(1 for r in rows if r["invoices"]),
               "inactive_customers": sum(1 for r in rows if r["inactive"]), "invoices": total,
               "months": len(months),
               "invoices_per_month": m.round_to(Decimal(total) / Decimal(len(months)), 2),
               "inactive_days": inactive_days}
    chart = Chart("Invoices per month", tuple(_month_label(k) for k in months),
                  (Series("Invoices", tuple(Decimal(monthly[k]["invoices"]) for k in months)),), "int")
    cols = [Column("code", "Code", "客户编码"), Column("name", "Customer", "客户名称"),
            Column("invoices", "Invoices", "发票数", "int"),
            Column("per_month", "Invoices per month", "月均发票数", "days"),
            Column("avg_days_between", "Avg days between", "平均间隔天数", "days"),
            Column("first_invoice", "First invoice", "首张发票", "date"),
            Column("last_invoice", "Last invoice", "最后发票", "date"),
            Column("last_activity", "Last activity", "最后往来", "date"),
            Column("days_since_activity", "Days since", "距今天数", "int"),
            Column("inactive", "Inactive", "不活跃", "bool")]
    kinds = {"customers": "int", "invoicing_customers": "int", "inactive_customers": "int", "invoices": "int",
             "months": "int", "invoices_per_month": "days", "inactive_days": "int"}
    return _base(uow, "frequency", date_from, date_to, cols, rows, summary, kinds, chart, currency,
                 {"inactive_days": inactive_days})


def collection(uow: UnitOfWork, date_from: dt.date, date_to: dt.date) -> Report:
    _check_period(date_from, date_to)
    d = uow.digits
    months = _months(date_from, date_to)
    with uow:
        s = uow.session
        currency = load_company(s).currency
        flows = _flows(s, date_from, date_to)
        names = _names(s, [cid for cid, f in flows.items() if any(f)])
        monthly = _monthly(s, date_from, date_to)
    rows: list[dict[str, Any]] = []
    for cid, (opening, billed, collected, closing) in flows.items():
        if not (opening or billed or collected or closing):
            continue
        code, name = names[cid]
        rows.append({"code": code, "name": name, "opening": m.from_minor(opening, d),
                     "billed": m.from_minor(billed, d), "collected": m.from_minor(collected, d),
                     "closing": m.from_minor(closing, d), "collection_rate": _ratio(collected, opening + billed)})
    rows.sort(key=lambda r: r["code"])
    t_open = sum(f[0] for f in flows.values())
    t_billed = sum(f[1] for f in flows.values())
    t_coll = sum(f[2] for f in flows.values())
    t_close = sum(f[3] for f in flows.values())
    summary = {"opening_receivable": m.from_minor(t_open, d), "billed": m.from_minor(t_billed, d),
               "collected": m.from_minor(t_coll, d), "closing_receivable": m.from_minor(t_close, d),
               "collection_rate": _ratio(t_coll, t_open + t_billed)}
    chart = Chart("Billed and collected per month", tuple(_month_label(k) for k in months), (
        Series("Billed", tuple(m.from_minor(monthly[k]["billed"], d) for k in months)),
        Series("Collected", tuple(m.from_minor(monthly[k]["collected"], d) for k in months)),
    ))
    cols = [Column("code", "Code", "客户编码"), Column("name", "Customer", "客户名称"),
            Column("opening", "Receivable at start", "期初应收", "money"),
            Column("billed", "Billed", "本期开票", "money"),
            Column("collected", "Collected", "本期回款", "money"),
            Column("closing", "Receivable at end", "期末应收", "money"),
            Column("collection_rate", "Collection rate", "回款率", "ratio")]
    kinds = {"opening_receivable": "money", "billed": "money", "collected": "money",
             "closing_receivable": "money", "collection_rate": "ratio"}
    return _base(uow, "collection", date_from, date_to, cols, rows, summary, kinds, chart, currency)


def dso(uow: UnitOfWork, date_from: dt.date, date_to: dt.date) -> Report:
    _check_period(date_from, date_to)
    d = uow.digits
    days = (date_to - date_from).days + 1
    months = _months(date_from, date_to)
    with uow:
        s = uow.session
        currency = load_company(s).currency
        flows = _flows(s, date_from, date_to)
        names = _names(s, [cid for cid, f in flows.items() if f[1] or f[3]])
        monthly = _monthly(s, date_from, date_to)
    rows: list[dict[str, Any]] = []
    for cid, (_o, billed, _c, closing) in flows.items():
        if not (billed or closing):
            continue
        code, name = names[cid]
        rows.append({"code": code, "name": name, "receivable": m.from_minor(closing, d),
                     "billed": m.from_minor(billed, d),
                     "dso": _days(Decimal(closing) * days, billed) if billed > 0 else None})
    rows.sort(key=lambda r: r["code"])
    t_billed = sum(f[1] for f in flows.values())
    t_close = sum(f[3] for f in flows.values())
    t_open = sum(f[0] for f in flows.values())
    summary = {"receivable": m.from_minor(t_close, d), "billed": m.from_minor(t_billed, d), "days": days,
               "dso": _days(Decimal(t_close) * days, t_billed) if t_billed > 0 else None}
    # month by month: receivable at each month end / billed in that month x days in that month
    bal = t_open
    trend: list[Decimal] = []
    for y, mo in months:
        bal += monthly[(y, mo)]["net"]
        start = max(date_from, dt.date(y, mo, 1))
        end = min(date_to, _month_end(y, mo))
        billed_m = monthly[(y, mo)]["billed"]
        n_days = (end - start).days + 1
        trend.append((_days(Decimal(bal) * n_days, billed_m) or ZERO) if billed_m > 0 else ZERO)
    chart = Chart("DSO per month", tuple(_month_label(k) for k in months), (Series("DSO", tuple(trend), "line"),),
                  "days")
    cols = [Column("code", "Code", "客户编码"), Column("name", "Customer", "客户名称"),
            Column("receivable", "Receivable at end", "期末应收", "money"),
            Column("billed", "Billed in period", "本期开票", "money"),
            Column("dso", "DSO (days)", "周转天数", "days")]
    kinds = {"receivable": "money", "billed": "money", "days": "int", "dso": "days"}
    return _base(uow, "dso", date_from, date_to, cols, rows, summary, kinds, chart, currency)


def days_to_pay(uow: UnitOfWork, date_from: dt.date, date_to: dt.date) -> Report:
    _check_period(date_from, date_to)
    trend_start = _trend_start(date_to)
    trend_months = _months(trend_start, date_to)
    to_pay = days_between(Document.settled_on, Document.date)
    late = days_between(Document.settled_on, func.coalesce(Document.due_date, Document.date))

    def settled(start: dt.date, end: dt.date, *cols: Any) -> Any:
        """``cols`` per customer over the invoices settled from ``start`` to ``end``: each customer's
        range of the covering ix_documents_customer_open, no table read (app.services.sql.per_customer)."""
        return per_customer([Document.direction == 1, Document.settled_on >= start, Document.settled_on <= end,
                             Document.kind == "invoice", Document.status == POSTED], Customer.id, *cols)

    slot = {f"{k[0]:04d}-{k[1]:02d}": i for i, k in enumerate(trend_months)}
    with uow:
        s = uow.session
        conn = s.connection()  # plain rows, no ORM result processing
        currency = load_company(s).currency
        month = func.substr(cast(Document.settled_on, String), 1, 7)
        # per customer: the mean days to pay in each month of the trend (None: nothing settled)
        trend: dict[int, list[Decimal | None]] = {}
        overall = [[0, 0] for _ in trend_months]
        memo: dict[tuple[int, int], Decimal | None] = {}  # many months share their figures
        # A period of whole months inside the trend's twelve is summed from the trend's rows.
        aligned = date_from.day == 1 and date_from >= trend_start
        first = slot.get(f"{date_from.year:04d}-{date_from.month:02d}", 0)
        per_acc: dict[int, list[int]] = {}
        # counts and day sums are integers on both engines (days_between is an integer)
        for cid, ym, n, a, b in conn.execute(
                settled(trend_start, date_to, month, func.count(Document.id), func.sum(to_pay), func.sum(late))
                .group_by(Customer.id, month)).all():
            if ym is None:  # a customer with no invoice settled then
                continue
            i = slot[ym]
            months = trend.get(cid)
            if months is None:
                months = trend[cid] = [None] * len(trend_months)
            v = memo.get((a, n), ZERO)
            if v is ZERO:
                v = memo[(a, n)] = _days(a, n)
            months[i] = v
            o = overall[i]
            o[0] += n
            o[1] += a
            if aligned and i >= first:
                acc = per_acc.get(cid)
                if acc is None:
                    per_acc[cid] = [n, a, b]
                else:
                    acc[0] += n
                    acc[1] += a
                    acc[2] += b
        if aligned:
            per = {cid: (t[0], t[1], t[2]) for cid, t in per_acc.items()}
        else:
            per = {cid: (int(n), int(a or 0), int(b or 0)) for cid, n, a, b in conn.execute(
                settled(date_from, date_to, func.count(Document.id), func.sum(to_pay), func.sum(late))
                .group_by(Customer.id)) if n}
        names = _names(s, list(per))
    labels = [_month_label(k) for k in trend_months]
    keys = [f"m{label}" for label in labels]
    rows = _days_to_pay_rows(per, names, trend, memo, keys)
    tn = sum(v[0] for v in per.values())
    summary = {"invoices": tn, "avg_days_to_pay": _days(sum(v[1] for v in per.values()), tn),
               "avg_days_late": _days(sum(v[2] for v in per.values()), tn), "customers": len(rows)}
    chart = Chart("Average days to pay per month of settlement", tuple(labels), (
        Series("Days to pay", tuple(_days(o[1], o[0]) or ZERO for o in overall), "line"),), "days")
    kinds = {"invoices": "int", "avg_days_to_pay": "days", "avg_days_late": "days", "customers": "int"}
    return _base(uow, "days_to_pay", date_from, date_to, _days_to_pay_columns(keys, labels), rows, summary, kinds,
                 chart, currency, {"trend_months": labels})


def _trend_start(date_to: dt.date) -> dt.date:
    """The first day of the twelve months of the trend that end with ``date_to``'s month."""
    y, mo = date_to.year, date_to.month
    for _ in range(11):
        y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    return dt.date(y, mo, 1)


def _days_to_pay_rows(per: dict[int, tuple[int, int, int]], names: dict[int, tuple[str, str]],
                      trend: dict[int, list[Decimal | None]], memo: dict[tuple[int, int], Decimal | None],
                      keys: list[str]) -> list[dict[str, Any]]:
    """One row per customer, by code: invoices settled, mean days to pay and late, the monthly trend."""
    none: list[Decimal | None] = [None] * len(keys)
    rows: list[dict[str, Any]] = []
    for cid, (n, a, b) in per.items():
        code, name = names[cid]
        series = trend.get(cid, none)
        mean_days = memo.get((a, n), ZERO)
        if mean_days is ZERO:
            mean_days = memo[(a, n)] = _days(a, n)
        row: dict[str, Any] = {"code": code, "name": name, "invoices": n, "avg_days_to_pay": mean_days,
                               "avg_days_late": _days(b, n), "trend": _direction(series),
                               # the sums behind the means (no column): group subtotals recompute from them
                               "days_to_pay_sum": a, "days_late_sum": b}
        row.update(zip(keys, series, strict=True))
        rows.append(row)
    rows.sort(key=lambda r: r["code"])
    return rows


def _days_to_pay_columns(keys: list[str], labels: list[str]) -> list[Column]:
    cols = [Column("code", "Code", "客户编码"), Column("name", "Customer", "客户名称"),
            Column("invoices", "Invoices settled", "结清发票", "int"),
            Column("avg_days_to_pay", "Avg days to pay", "平均回款天数", "days"),
            Column("avg_days_late", "Avg days late", "平均逾期天数", "days"),
            Column("trend", "Trend", "趋势")]
    return cols + [Column(key, label, label, "days") for key, label in zip(keys, labels, strict=True)]


def _direction(series: Sequence[Decimal | None]) -> str:
    """``faster``, ``slower`` or ``steady``: the last six months against the six before, by 2 days or more."""
    first = [v for v in series[:6] if v is not None]
    last = [v for v in series[6:] if v is not None]
    if not first or not last:
        return ""
    diff = sum(last, ZERO) / len(last) - sum(first, ZERO) / len(first)
    if diff <= -2:
        return "faster"
    if diff >= 2:
        return "slower"
    return "steady"


def utilization(uow: UnitOfWork, date_from: dt.date, date_to: dt.date) -> Report:
    """Credit utilization as of the period's end, for customers with a credit limit."""
    _check_period(date_from, date_to)
    d = uow.digits
    as_of = date_to
    with uow:
        s = uow.session
        currency = load_company(s).currency
        custs = s.execute(select(Customer.id, Customer.code, Customer.name, Customer.credit_limit,
                                 Customer.warn_ratio)
                          .where(Customer.credit_limit.is_not(None), Customer.archived.is_(False))).all()
        bal = balances_at(s, as_of)
        held = set(s.execute(select(CreditHold.customer_id).where(
            CreditHold.start_on <= as_of, or_(CreditHold.until_on.is_(None), CreditHold.until_on >= as_of),
            or_(CreditHold.released_on.is_(None), CreditHold.released_on > as_of))).scalars())
    rows: list[dict[str, Any]] = []
    for cid, code, name, limit, warn in custs:
        if limit is None or limit <= 0:
            continue
        exposure = m.from_minor(int(bal.get(cid) or 0), d)
        if cid in held:
            status = "hold"
        elif exposure > limit:
            status = "over"
        elif exposure >= warn * limit:
            status = "warn"
        else:
            status = "ok"
        rows.append({"code": code, "name": name, "credit_limit": limit, "exposure": exposure,
                     "available": limit - exposure, "utilization": m.round_to(exposure / limit, 4),
                     "status": status})
    rows.sort(key=lambda r: (-r["utilization"], r["code"]))
    total_limit = sum((r["credit_limit"] for r in rows), ZERO)
    total_exp = sum((r["exposure"] for r in rows), ZERO)
    summary = {"customers": len(rows), "credit_limit": total_limit, "exposure": total_exp,
               "utilization": _ratio(total_exp, total_limit),
               "over": sum(1 for r in rows if r["status"] == "over"),
               "warn": sum(1 for r in rows if r["status"] == "warn"),
               "hold": sum(1 for r in rows if r["status"] == "hold")}
    top = rows[:20]
    chart = Chart("Credit utilization (top 20)", tuple(r["code"] for r in top),
                  (Series("Utilization", tuple(r["utilization"] for r in top)),), "ratio")
    cols = [Column("code", "Code", "客户编码"), Column("name", "Customer", "客户名称"),
            Column("credit_limit", "Credit limit", "信用额度", "money"),
            Column("exposure", "Exposure", "占用", "money"), Column("available", "Available", "可用", "money"),
            Column("utilization", "Utilization", "使用率", "ratio"), Column("status", "Status", "状态")]
    kinds = {"customers": "int", "credit_limit": "money", "exposure": "money", "utilization": "ratio",
             "over": "int", "warn": "int", "hold": "int"}
    return _base(uow, "utilization", date_from, date_to, cols, rows, summary, kinds, chart, currency,
                 {"as_of": as_of})


def top_overdue(uow: UnitOfWork, date_from: dt.date, date_to: dt.date, limit: int = 20) -> Report:
    """The customers with the most overdue money as of the period's end (aging by due date)."""
    _check_period(date_from, date_to)
    d = uow.digits
    as_of = date_to
    keys = [b.key for b in DEFAULT_BUCKETS]
    with uow:
        s = uow.session
        currency = load_company(s).currency
        data = aging_rows(s, as_of)
        ranked = sorted(((sum(a[1:]), cid) for cid, (a, _u) in data.items() if sum(a[1:]) > 0),
                        key=lambda x: (-x[0], x[1]))
        total_overdue = sum(x[0] for x in ranked)
        top = ranked[:limit] if limit else ranked
        ids = [cid for _, cid in top]
        names = _names(s, ids)
        info = {cid: (phone, code) for cid, phone, code in s.execute(
            select(Customer.id, Customer.phone, Customer.code).where(Customer.id.in_(ids or [-1])))}
        oldest = dict(s.execute(
            select(Document.customer_id, func.min(func.coalesce(Document.due_date, Document.date)))
            .where(open_at(as_of, 1), Document.customer_id.in_(ids or [-1]),
                   func.coalesce(Document.due_date, Document.date) < as_of)
            .group_by(Document.customer_id)).tuples().all())
    rows: list[dict[str, Any]] = []
    for overdue, cid in top:
        amounts, unapplied = data[cid]
        code, name = names[cid]
        row: dict[str, Any] = {"code": code, "name": name, "phone": info[cid][0],
                               "overdue": m.from_minor(overdue, d)}
        for k, a in zip(keys[1:], amounts[1:], strict=True):
            row[k] = m.from_minor(a, d)
        row["balance"] = m.from_minor(sum(amounts) + unapplied, d)
        o = oldest.get(cid)
        row["oldest_due"] = o
        row["max_days_overdue"] = (as_of - o).days if o else None
        row["share"] = _ratio(overdue, total_overdue)
        rows.append(row)
    summary = {"customers_overdue": len(ranked), "total_overdue": m.from_minor(total_overdue, d),
               "shown": len(rows), "shown_overdue": m.from_minor(sum(x[0] for x in top), d)}
    chart = Chart("Top overdue customers", tuple(r["code"] for r in rows),
                  (Series("Overdue", tuple(r["overdue"] for r in rows)),))
    cols = [Column("code", "Code", "客户编码"), Column("name", "Customer", "客户名称"),
            Column("phone", "Phone", "电话"), Column("overdue", "Overdue", "逾期金额", "money")]
    zh = {"d1_30": "1-30天", "d31_60": "31-60天", "d61_90": "61-90天", "d91_plus": "90天以上"}
    cols += [Column(k, k.replace("d", "", 1).replace("_plus", "+").replace("_", "-") + " days", zh.get(k, k),
                    "money") for k in keys[1:]]
    cols += [Column("balance", "Balance", "余额", "money"), Column("oldest_due", "Oldest due", "最早到期", "date"),
             Column("max_days_overdue", "Days overdue", "最长逾期天数", "int"),
             Column("share", "Share of overdue", "逾期占比", "ratio")]
    kinds = {"customers_overdue": "int", "total_overdue": "money", "shown": "int", "shown_overdue": "money"}
    return _base(uow, "top_overdue", date_from, date_to, cols, rows, summary, kinds, chart, currency,
                 {"as_of": as_of, "limit": limit})


RUNNERS: dict[str, Callable[..., Report]] = {
    "contribution": contribution, "frequency": frequency, "collection": collection, "dso": dso,
    "days_to_pay": days_to_pay, "utilization": utilization, "top_overdue": top_overdue,
}
PARAMS = {"frequency": ("inactive_days",), "top_overdue": ("limit",)}


def run_report(uow: UnitOfWork, name: str, date_from: dt.date, date_to: dt.date, **params: Any) -> Report:
    """Run a report by name; ``params`` the report takes (``inactive_days``, ``limit``) are passed on."""
    fn = RUNNERS.get(name)
    if fn is None:
        raise ValidationError("report", f"one of {', '.join(NAMES)}", code="choice")
    allowed = PARAMS.get(name, ())
    kw = {k: v for k, v in params.items() if k in allowed and v is not None}
    return fn(uow, date_from, date_to, **kw)


# ---------------------------------------------------------------- as text and JSON

def cell_json(value: Any, kind: str, digits: int) -> Any:
    """A value as JSON carries it: money with the currency's digits, ratios and days as decimal strings."""
    if value is None:
        return None
    if kind == "money":
        return m.format_plain(value, digits)
    if kind in ("ratio", "days") and isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def as_json(report: Report) -> dict[str, Any]:
    """``{"report", "from", "to", "currency", "summary", "columns", "rows"}`` (rows keyed by column).

    A grouped report adds ``group_by``, ``groups`` (``[{"group", "label", "customers", "summary",
    "rows"}]``, each summary computed over the group as the report computes its totals) and
    ``note`` (e.g. that a customer with several tags counts in each of them; "" otherwise).
    """
    d = report.digits
    out = {
        "report": report.name,
        "from": report.date_from.isoformat(),
        "to": report.date_to.isoformat(),
        "currency": report.currency,
        "summary": {k: cell_json(v, report.summary_kinds.get(k, ""), d) for k, v in report.summary.items()},
        "columns": [c.key for c in report.columns],
        "rows": [{c.key: cell_json(r.get(c.key), c.kind, d) for c in report.columns} for r in report.rows],
    }
    if report.group_by:
        out["group_by"] = report.group_by
        out["note"] = report.group_note[0]
        out["groups"] = [
            {"group": g.value, "label": g.label, "customers": len(g.rows),
             "summary": {k: cell_json(v, g.summary_kinds.get(k, ""), d) for k, v in g.summary.items()},
             "rows": [{c.key: cell_json(r.get(c.key), c.kind, d) for c in report.columns} for r in g.rows]}
            for g in report.groups]
    return out


def cell_text(value: Any, kind: str, digits: int, thousands: bool = True) -> str:
    """How a person reads a cell: money with separators, ratios as percentages."""
    if value is None:
        return ""
    if kind == "money":
        v = m.round_money(value, digits)
        return f"{v:,.{digits}f}" if thousands else f"{v:.{digits}f}"
    if kind == "ratio":
        return f"{m.round_to(value * 100, 2)}%"
    if kind == "bool":
        return "yes" if value else ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# ---------------------------------------------------------------- templates (columns, filters, sort)

OPS = ("=", "!=", ">", ">=", "<", "<=", "contains")


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    report: str
    config: dict[str, Any]


def _typed(value: Any, kind: str) -> Any:
    if value is None or value == "":
        return None
    s = str(value).strip()
    if kind in ("money", "ratio", "days"):
        try:
            return Decimal(s.rstrip("%")) / (100 if s.endswith("%") else 1)
        except ArithmeticError as exc:
            raise ValidationError("filters", f"{s!r} is not a number", code="format") from exc
    if kind == "int":
        try:
            return int(s)
        except ValueError as exc:
            raise ValidationError("filters", f"{s!r} is not a whole number", code="format") from exc
    if kind == "date":
        try:
            return dt.date.fromisoformat(s)
        except ValueError as exc:
            raise ValidationError("filters", f"{s!r} is not a date (YYYY-MM-DD)", code="format") from exc
    if kind == "bool":
        return s.lower() in ("1", "true", "yes", "y")
    return s


def check_config(report: Report | None, config: dict[str, Any]) -> dict[str, Any]:
    """A template's config, normalized: ``columns`` (keys), ``filters`` ([{column, op, value}]),
    ``sort`` ([{column, descending}]), ``limit`` (int or None), ``params`` (dict), ``group_by``
    (a customer field of app.services.groups, "" for none)."""
    cols = [str(c) for c in config.get("columns") or []]
    filters = [dict(f) for f in config.get("filters") or []]
    sort = [dict(x) for x in config.get("sort") or []]
    limit = config.get("limit")
    params = dict(config.get("params") or {})
    group_by = str(config.get("group_by") or "")
    if group_by and group_by not in GROUP_FIELDS:
        raise ValidationError("group_by", f"one of {', '.join(GROUP_FIELDS)}", code="choice")
    keys = {c.key for c in report.columns} if report is not None else None
    for f in filters:
        if f.get("op", "=") not in OPS:
            raise ValidationError("filters", f"operator must be one of {' '.join(OPS)}", code="choice")
    if keys is not None:
        for k in [*cols, *(f.get("column") for f in filters), *(x.get("column") for x in sort)]:
            if k not in keys:
                raise ValidationError("columns", f"no column {k!r} in this report", code="unknown")
    if limit is not None and (not isinstance(limit, int) or limit < 0):
        raise ValidationError("limit", "a whole number of rows", code="format")
    out: dict[str, Any] = {"columns": cols, "filters": filters, "sort": sort, "limit": limit, "params": params}
    if group_by:
        out["group_by"] = group_by
    return out


def apply_template(report: Report, config: dict[str, Any]) -> Report:
    """The report with only the chosen columns, the rows that pass the filters, in the chosen order."""
    cfg = check_config(report, config)
    kinds = {c.key: c.kind for c in report.columns}
    rows = list(report.rows)
    for f in cfg["filters"]:
        key, op = f["column"], f.get("op", "=")
        want = _typed(f.get("value"), kinds[key])
        rows = [r for r in rows if _passes(r.get(key), op, want)]
    for srt in reversed(cfg["sort"]):
        key = srt["column"]
        desc = bool(srt.get("descending"))
        present = [r for r in rows if r.get(key) is not None]
        missing = [r for r in rows if r.get(key) is None]
        present.sort(key=lambda r, key=key: r[key], reverse=desc)  # type: ignore[misc]
        rows = present + missing
    if cfg["limit"]:
        rows = rows[: cfg["limit"]]
    columns = report.columns
    if cfg["columns"]:
        by_key = {c.key: c for c in report.columns}
        columns = tuple(by_key[k] for k in cfg["columns"])
    return dataclasses.replace(report, columns=columns, rows=tuple(rows))


def _passes(value: Any, op: str, want: Any) -> bool:
    if op == "contains":
        return want is None or str(want).casefold() in ("" if value is None else str(value)).casefold()
    if want is None:
        return (value is None) if op == "=" else (value is not None) if op == "!=" else True
    if value is None:
        return op == "!="
    try:
        if op == "=":
            return bool(value == want)
        if op == "!=":
            return bool(value != want)
        if op == ">":
            return bool(value > want)
        if op == ">=":
            return bool(value >= want)
        if op == "<":
            return bool(value < want)
        return bool(value <= want)
    except TypeError:
        return False


def save_template(uow: UnitOfWork, name: str, report: str, config: dict[str, Any]) -> TemplateInfo:
    """Save (or replace) a named template of a report."""
    require(uow, "report.template")
    name = name.strip()
    if not name:
        raise ValidationError("name", "a template needs a name", code="required")
    if report not in NAMES:
        raise ValidationError("report", f"one of {', '.join(NAMES)}", code="choice")
    cfg = check_config(None, config)
    text = json.dumps(cfg, ensure_ascii=False, sort_keys=True)
    if len(text) > 4000:
        raise ValidationError("config", "the template is too large", code="too_long")
    with uow:
        s = uow.session
        t = s.execute(select(ReportTemplate).where(ReportTemplate.name == name)).scalar_one_or_none()
        before = None if t is None else {"report": t.report, "config": t.config}
        if t is None:
            t = ReportTemplate(name=name)
            s.add(t)
        t.report = report
        t.config = text
        s.flush()
        audit.record(s, uow.user, "report_template.save", "report_template", name, before=before,
                     after={"report": report, "config": text})
        info = TemplateInfo(t.id, t.name, t.report, cfg)
        uow.commit()
        return info


def list_templates(uow: UnitOfWork, report: str | None = None) -> list[TemplateInfo]:
    with uow:
        q = select(ReportTemplate).order_by(ReportTemplate.name)
        if report:
            q = q.where(ReportTemplate.report == report)
        return [TemplateInfo(t.id, t.name, t.report, json.loads(t.config or "{}"))
                for t in uow.session.execute(q).scalars()]


def get_template(uow: UnitOfWork, name: str) -> TemplateInfo:
    with uow:
        t = get_or_raise(uow.session, ReportTemplate, name, what="report template", by=ReportTemplate.name)
        return TemplateInfo(t.id, t.name, t.report, json.loads(t.config or "{}"))


def delete_template(uow: UnitOfWork, name: str) -> None:
    require(uow, "report.template")
    with uow:
        s = uow.session
        t = get_or_raise(s, ReportTemplate, name, what="report template", by=ReportTemplate.name)
        audit.record(s, uow.user, "report_template.delete", "report_template", name,
                     before={"report": t.report, "config": t.config})
        s.delete(t)
        uow.commit()


def any_documents(uow: UnitOfWork) -> bool:
    with uow:
        return bool(uow.session.execute(select(exists().where(Document.id > 0))).scalar())
