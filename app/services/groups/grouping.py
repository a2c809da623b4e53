"""Group a report's rows by a customer field and compute each group's subtotal."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Classification, Customer, CustomerTag
from app.models import money as m
from app.services.errors import ValidationError
from app.services.lifecycle.rules import STAGE_LABELS, stages_as_of
from app.services.reports.analysis import GROUP_FIELDS, Group, Report
from app.services.unit_of_work import UnitOfWork

FIELDS = GROUP_FIELDS
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "category": ("Category", "客户类别"), "industry": ("Industry", "行业"), "region": ("Region", "区域"),
    "grade": ("Grade", "信用等级"), "value_class": ("Value class", "价值等级"),
    "stage": ("Lifecycle stage", "生命周期阶段"), "tag": ("Tag", "标签"),
}
NONE_LABEL = ("(none)", "（未设置）")
SUBTOTAL = ("Subtotal", "小计")
TAG_NOTE = ("A customer with several tags counts in each of its tags: the groups can add up to more "
            "than the total.", "有多个标签的客户计入其每个标签，各组小计之和可能大于总计。")
SHOWN_NOTE = ("The groups cover the customers shown.", "分组只包括所显示的客户。")
CATEGORY_LABELS = {"enterprise": ("Enterprise", "企业"), "small_business": ("Small business", "小微企业"),
                   "individual": ("Individual", "个人"), "government": ("Government", "政府机构")}
GRADE_LABELS = {"new": ("New (no grade yet)", "新客户（暂无等级）")}
# Summary figures the groups add to those of the reports (the rest keep the report's keys and words).
SUMMARY_LABELS: dict[str, tuple[str, str]] = {
    "revenue_share": ("Share of revenue", "收入占比"), "overdue_share": ("Share of overdue", "逾期占比"),
}


def field_label(field: str, language: str = "en") -> str:
    en, zh = FIELD_LABELS.get(field, (field, field))
    return zh if language.startswith("zh") else en


def group_report(uow: UnitOfWork, report: Report, field: str) -> Report:
    """``report`` with its rows in groups of ``field`` (one of :data:`FIELDS`), each with a subtotal.

    A customer with several tags is in each of its tags' groups (the report says so in
    ``group_note``); a customer without a value is in the group "" ("(none)"). Stages are
    those as of the report's end. An empty ``field`` gives the report back unchanged.
    """
    if not field:
        return report
    if field not in FIELDS:
        raise ValidationError("group_by", f"one of {', '.join(FIELDS)}", code="choice")
    with uow:
        s = uow.session
        members = _members(s, field, report)
        labels = _labels(s, field)
    buckets: dict[str, list[dict[str, Any]]] = {}
    for r in report.rows:
        for v in members.get(str(r.get("code")), None) or [""]:
            buckets.setdefault(v, []).append(r)
    order = sorted(buckets, key=lambda v: (v == "", _order_key(field, v)))
    groups = tuple(_group(report, v, labels.get(v) or (v, v) if v else NONE_LABEL, buckets[v]) for v in order)
    note = TAG_NOTE if field == "tag" else SHOWN_NOTE if report.name == "top_overdue" else ("", "")
    return dataclasses.replace(report, group_by=field, groups=groups, group_note=note)


def _order_key(field: str, value: str) -> tuple[int, str]:
    if field == "stage" and value in STAGE_LABELS:
        return (list(STAGE_LABELS).index(value), value)
    return (0, value.casefold())


def _members(s: Session, field: str, report: Report) -> dict[str, list[str]]:
    """Customer code -> the group values it belongs to."""
    out: dict[str, list[str]] = {}
    if field == "tag":
        for code, tag in s.execute(select(Customer.code, CustomerTag.tag)
                                   .join(CustomerTag, CustomerTag.customer_id == Customer.id)
                                   .order_by(CustomerTag.tag)):
            out.setdefault(code, []).append(tag)
        return out
    if field == "stage":
        stages = stages_as_of(s, report.date_to)
        return {code: [stages[cid].stage] for cid, code in s.execute(select(Customer.id, Customer.code))
                if cid in stages}
    col: Any = {"category": Customer.category, "industry": Customer.industry, "region": Customer.region,
                "value_class": Customer.value_class,
                "grade": func.coalesce(Customer.grade_override, Customer.grade)}[field]
    for code, value in s.execute(select(Customer.code, col)):
        out[code] = [str(value or "").strip()]
    return out


def _labels(s: Session, field: str) -> dict[str, tuple[str, str]]:
    if field == "stage":
        return dict(STAGE_LABELS)
    if field == "value_class":
        return {k: (f"Class {k}", f"{k} 类") for k in "ABC"}
    if field == "grade":
        return {**{k: (f"Grade {k}", f"{k} 级") for k in "ABCD"}, **GRADE_LABELS}
    out: dict[str, tuple[str, str]] = {}
    if field == "category":
        out.update(CATEGORY_LABELS)
    if field in ("category", "industry", "region"):
        for value, en, zh in s.execute(select(Classification.value, Classification.label_en, Classification.label_zh)
                                       .where(Classification.kind == field)):
            en = en or out.get(value, (value, value))[0]
            out[value] = (en, zh or out.get(value, (en, en))[1] or en)
    return out


# ---------------------------------------------------------------- subtotals, as each report totals

def _ratio(num: int | Decimal, den: int | Decimal) -> Decimal | None:
    if not den or den <= 0:
        return None
    return m.round_to(Decimal(num) / Decimal(den), 4)


def _days(num: int | Decimal, den: int | Decimal) -> Decimal | None:
    if not den:
        return None
    return m.round_to(Decimal(num) / Decimal(den), 1)


Subtotal = tuple[dict[str, Any], dict[str, str], dict[str, Any]]


def _group(report: Report, value: str, label: tuple[str, str], rows: Sequence[dict[str, Any]]) -> Group:
    summary, kinds, subtotal = SUBTOTALS[report.name](report, rows)
    return Group(value, label[0], label[1], tuple(rows), summary, kinds, subtotal)


def _sum(rows: Sequence[dict[str, Any]], key: str) -> Decimal:
    return sum((Decimal(r.get(key) or 0) for r in rows), Decimal(0))


def _count(rows: Sequence[dict[str, Any]], key: str, value: Any = True) -> int:
    return sum(1 for r in rows if r.get(key) == value)


def _contribution(report: Report, rows: Sequence[dict[str, Any]]) -> Subtotal:
    d = report.digits
    revenue = _sum(rows, "revenue")
    share = _ratio(m.to_minor(revenue, d), m.to_minor(report.summary["total_revenue"], d))
    summary = {"total_revenue": revenue, "revenue_share": share, "customers": len(rows),
               "class_a": _count(rows, "class", "A"), "class_b": _count(rows, "class", "B"),
               "class_c": _count(rows, "class", "C")}
    kinds = {"total_revenue": "money", "revenue_share": "ratio", "customers": "int", "class_a": "int",
             "class_b": "int", "class_c": "int"}
    return summary, kinds, {"revenue": revenue, "share": share}


def _frequency(report: Report, rows: Sequence[dict[str, Any]]) -> Subtotal:
    months = int(report.summary["months"])
    invoices = sum(int(r.get("invoices") or 0) for r in rows)
    per_month = m.round_to(Decimal(invoices) / Decimal(months), 2)
    summary = {"customers": len(rows), "invoicing_customers": sum(1 for r in rows if r.get("invoices")),
               "inactive_customers": _count(rows, "inactive"), "invoices": invoices,
               "invoices_per_month": per_month}
    kinds = {"customers": "int", "invoicing_customers": "int", "inactive_customers": "int", "invoices": "int",
             "invoices_per_month": "days"}
    return summary, kinds, {"invoices": invoices, "per_month": per_month}


def _collection(report: Report, rows: Sequence[dict[str, Any]]) -> Subtotal:
    d = report.digits
    opening, billed, collected, closing = (_sum(rows, k) for k in ("opening", "billed", "collected", "closing"))
    rate = _ratio(m.to_minor(collected, d), m.to_minor(opening, d) + m.to_minor(billed, d))
    summary = {"opening_receivable": opening, "billed": billed, "collected": collected,
               "closing_receivable": closing, "collection_rate": rate}
    kinds = {"opening_receivable": "money", "billed": "money", "collected": "money",
             "closing_receivable": "money", "collection_rate": "ratio"}
    return summary, kinds, {"opening": opening, "billed": billed, "collected": collected, "closing": closing,
                            "collection_rate": rate}


def _dso(report: Report, rows: Sequence[dict[str, Any]]) -> Subtotal:
    d = report.digits
    days = int(report.summary["days"])
    receivable, billed = _sum(rows, "receivable"), _sum(rows, "billed")
    b = m.to_minor(billed, d)
    value = _days(Decimal(m.to_minor(receivable, d)) * days, b) if b > 0 else None
    summary = {"receivable": receivable, "billed": billed, "days": days, "dso": value}
    kinds = {"receivable": "money", "billed": "money", "days": "int", "dso": "days"}
    return summary, kinds, {"receivable": receivable, "billed": billed, "dso": value}


def _days_to_pay(report: Report, rows: Sequence[dict[str, Any]]) -> Subtotal:
    n = sum(int(r.get("invoices") or 0) for r in rows)
    to_pay = _days(sum(int(r.get("days_to_pay_sum") or 0) for r in rows), n)
    late = _days(sum(int(r.get("days_late_sum") or 0) for r in rows), n)
    summary = {"invoices": n, "avg_days_to_pay": to_pay, "avg_days_late": late, "customers": len(rows)}
    kinds = {"invoices": "int", "avg_days_to_pay": "days", "avg_days_late": "days", "customers": "int"}
    return summary, kinds, {"invoices": n, "avg_days_to_pay": to_pay, "avg_days_late": late}


def _utilization(report: Report, rows: Sequence[dict[str, Any]]) -> Subtotal:
    limit, exposure = _sum(rows, "credit_limit"), _sum(rows, "exposure")
    rate = _ratio(exposure, limit)
    summary = {"customers": len(rows), "credit_limit": limit, "exposure": exposure, "utilization": rate,
               "over": _count(rows, "status", "over"), "warn": _count(rows, "status", "warn"),
               "hold": _count(rows, "status", "hold")}
    kinds = {"customers": "int", "credit_limit": "money", "exposure": "money", "utilization": "ratio",
             "over": "int", "warn": "int", "hold": "int"}
    return summary, kinds, {"credit_limit": limit, "exposure": exposure, "available": limit - exposure,
                            "utilization": rate}


def _top_overdue(report: Report, rows: Sequence[dict[str, Any]]) -> Subtotal:
    d = report.digits
    overdue = _sum(rows, "overdue")
    share = _ratio(m.to_minor(overdue, d), m.to_minor(report.summary["total_overdue"], d))
    summary = {"customers_overdue": len(rows), "total_overdue": overdue, "overdue_share": share}
    kinds = {"customers_overdue": "int", "total_overdue": "money", "overdue_share": "ratio"}
    row: dict[str, Any] = {"overdue": overdue, "balance": _sum(rows, "balance"), "share": share}
    for c in report.columns:
        if c.key.startswith("d") and c.kind == "money" and c.key[1:2].isdigit():
            row[c.key] = _sum(rows, c.key)
    return summary, kinds, row


SUBTOTALS: dict[str, Callable[[Report, Sequence[dict[str, Any]]], Subtotal]] = {
    "contribution": _contribution, "frequency": _frequency, "collection": _collection, "dso": _dso,
    "days_to_pay": _days_to_pay, "utilization": _utilization, "top_overdue": _top_overdue,
}
