"""Customer classification: user-extensible lists and the value class A/B/C.

Categories, industries, regions and sizes are free text on the customer; the
``classifications`` table holds the values a user added to a list (with an
English and a Chinese label), so that forms can offer them before any customer
uses them. The lists shown are the built-in values, the stored ones and every
value customers already carry.

The value class ranks customers by their revenue over the trailing twelve
months (invoices less credit notes, posted and not voided, dated in the 365
days ending at the chosen date): customers are sorted by revenue, highest
first; while the cumulative share *before* a customer is under 80 % it is class
A, under 95 % class B, otherwise C. So the top customer is always A and the
A customers together make up about 80 % of revenue. A customer with no revenue
in the window is C. The class is stored on the customer (``value_class``) and
recomputed on demand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, Table, delete, func, select, update
from sqlalchemy.orm import Session

from app.models import Classification, Customer, Document
from app.models.customer import CATEGORIES
from app.models.ledger import POSTED
from app.services import audit
from app.services.errors import ValidationError
from app.services.permissions import require
from app.services.sql import raw
from app.services.unit_of_work import UnitOfWork

KINDS = ("category", "industry", "region", "size")
BUILT_IN: dict[str, tuple[tuple[str, str, str], ...]] = {
    "category": (
        ("enterprise", "Enterprise", "企业"),
        ("small_business", "Small business", "个体工商户"),
        ("individual", "Individual", "个人"),
        ("government", "Government", "政府机关"),
    ),
    "size": (
        ("micro", "Micro", "微型"),
        ("small", "Small", "小型"),
        ("medium", "Medium", "中型"),
        ("large", "Large", "大型"),
    ),
    "industry": (),
    "region": (),
}
assert tuple(v for v, _, _ in BUILT_IN["category"]) == CATEGORIES

A_SHARE = Decimal("0.80")
B_SHARE = Decimal("0.95")


@dataclass(frozen=True)
class ClassValue:
    kind: str
    value: str
    label_en: str
    label_zh: str
    built_in: bool
    stored: bool
    customers: int

    def label(self, language: str = "en") -> str:
        text = self.label_zh if language.startswith("zh") else self.label_en
        return text or self.value


@dataclass(frozen=True)
class _Labels:
    label_en: str
    label_zh: str


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError("kind", f"one of {', '.join(KINDS)}", code="choice")


_COLUMN = {"category": Customer.category, "industry": Customer.industry, "region": Customer.region,
           "size": Customer.size}


def list_values(uow: UnitOfWork, kind: str) -> list[ClassValue]:
    """Every value of a list: built-in, added by the user, or in use; with how many customers use it."""
    _check_kind(kind)
    col = _COLUMN[kind]
    with uow:
        s = uow.session
        used: dict[str, int] = {v: int(n) for v, n in s.execute(select(col, func.count()).where(col != "").group_by(col))}
        stored = {v: _Labels(en, zh) for v, en, zh in s.execute(
            select(Classification.value, Classification.label_en, Classification.label_zh)
            .where(Classification.kind == kind))}
    out: dict[str, ClassValue] = {}
    for value, en, zh in BUILT_IN[kind]:
        st = stored.get(value)
        out[value] = ClassValue(kind, value, (st.label_en if st else "") or en, (st.label_zh if st else "") or zh,
                                True, st is not None, int(used.get(value, 0)))
    for value, st in stored.items():
        if value not in out:
            out[value] = ClassValue(kind, value, st.label_en, st.label_zh, False, True, int(used.get(value, 0)))
    for value, n in used.items():
        if value not in out:
            out[value] = ClassValue(kind, value, "", "", False, False, int(n))
    return sorted(out.values(), key=lambda v: (not v.built_in, v.value))


def add_value(uow: UnitOfWork, kind: str, value: str, label_en: str = "", label_zh: str = "") -> ClassValue:
    """Add a value to a list (or change its labels)."""
    require(uow, "customer.write")
    _check_kind(kind)
    value = value.strip()
    if not value:
        raise ValidationError("value", "a value is needed", code="required")
    if len(value) > 60:
        raise ValidationError("value", "at most 60 characters", code="too_long")
    with uow:
        s = uow.session
        row = s.execute(select(Classification).where(Classification.kind == kind, Classification.value == value)
                        ).scalar_one_or_none()
        before = None
        if row is None:
            row = Classification(kind=kind, value=value)
            s.add(row)
        else:
            before = {"label_en": row.label_en, "label_zh": row.label_zh}
        row.label_en = label_en.strip()
        row.label_zh = label_zh.strip()
        s.flush()
        audit.record(s, uow.user, "classification.set", kind, value, before=before,
                     after={"label_en": row.label_en, "label_zh": row.label_zh})
        uow.commit()
    return next(v for v in list_values(uow, kind) if v.value == value)


def remove_value(uow: UnitOfWork, kind: str, value: str) -> None:
    """Take a user-added value off a list. Customers that carry it keep it."""
    require(uow, "customer.write")
    _check_kind(kind)
    with uow:
        s = uow.session
        n = s.execute(delete(Classification).where(Classification.kind == kind, Classification.value == value))
        if n.rowcount:  # type: ignore[attr-defined]
            audit.record(s, uow.user, "classification.remove", kind, value)
        uow.commit()


def rename_value(uow: UnitOfWork, kind: str, old: str, new: str) -> int:
    """Rename a value on the list and on every customer that carries it; returns how many customers changed."""
    require(uow, "customer.write")
    _check_kind(kind)
    new = new.strip()
    if not new:
        raise ValidationError("value", "a value is needed", code="required")
    col = _COLUMN[kind]
    with uow:
        s = uow.session
        res = s.execute(update(Customer).where(col == old).values({col.key: new})
                        .execution_options(synchronize_session=False))
        row = s.execute(select(Classification).where(Classification.kind == kind, Classification.value == old)
                        ).scalar_one_or_none()
        clash = s.execute(select(Classification).where(Classification.kind == kind, Classification.value == new)
                          ).scalar_one_or_none()
        if row is not None:
            if clash is None:
                row.value = new
            else:
                s.delete(row)
        elif clash is None:
            s.add(Classification(kind=kind, value=new))
        n = int(res.rowcount or 0)  # type: ignore[attr-defined]
        audit.record(s, uow.user, "classification.rename", kind, old, before={"value": old},
                     after={"value": new, "customers": n})
        uow.commit()
        return n


# ---------------------------------------------------------------- value class

@dataclass(frozen=True)
class ValueClassRow:
    customer_id: int
    revenue: Decimal
    share: Decimal
    cumulative_share: Decimal
    value_class: str


@dataclass(frozen=True)
class ValueClassSummary:
    as_of: dt.date
    date_from: dt.date
    total_revenue: Decimal
    counts: dict[str, int]
    changed: int


def kind_sum(kind: str, date_from: dt.date, date_to: dt.date) -> ColumnElement[int]:
    """Per customer (correlated): posted documents of ``kind`` dated in the range, in minor units.

    One index seek per customer on (kind, customer_id, date, status, amount); see REPORT_INDEXES.
    """
    return (
        select(func.coalesce(func.sum(raw(Document.amount)), 0))
        .where(Document.kind == kind, Document.customer_id == Customer.id, Document.date >= date_from,
               Document.date <= date_to, Document.status == POSTED)
        .correlate(Customer)
        .scalar_subquery()
    )


def period_sums(s: Session, kinds: Sequence[str], date_from: dt.date, date_to: dt.date
                ) -> dict[int, tuple[int, ...]]:
    """customer id -> (sum per kind, in minor units) for customers with any of them in the range."""
    q = select(Customer.id, *(kind_sum(k, date_from, date_to) for k in kinds))
    out = {}
    for cid, *sums in s.execute(q):
        if any(sums):
            out[cid] = tuple(int(x or 0) for x in sums)
    return out


def revenue_by_customer(session: Session, date_from: dt.date, date_to: dt.date) -> dict[int, int]:
    """Revenue in minor units per customer: posted invoices less posted credit notes dated in the range."""
    return {cid: v[0] - v[1] for cid, v in period_sums(session, ("invoice", "credit_note"), date_from, date_to).items()}


def abc_classes(revenue: dict[int, int], order_key: dict[int, str] | None = None
                ) -> list[tuple[int, int, Decimal, Decimal, str]]:
    """(customer id, revenue, share, cumulative share, class) for customers with revenue > 0, best first.

    Shares are exact Decimals (not rounded). Ties are ordered by ``order_key`` (the code).
    """
    keys = order_key or {}
    positive = [(cid, v) for cid, v in revenue.items() if v > 0]
    positive.sort(key=lambda x: (-x[1], keys.get(x[0], ""), x[0]))
    total = sum(v for _, v in positive)
    out = []
    cum = 0
    for cid, v in positive:
        before = Decimal(cum) / Decimal(total)
        cls = "A" if before < A_SHARE else "B" if before < B_SHARE else "C"
        cum += v
        out.append((cid, v, Decimal(v) / Decimal(total), Decimal(cum) / Decimal(total), cls))
    return out


def recompute_value_classes(uow: UnitOfWork, as_of: dt.date | None = None) -> ValueClassSummary:
    """Store each customer's value class from the revenue of the 365 days ending ``as_of`` (default today)."""
    require(uow, "customer.write")
    from app.models import money as m

    as_of = as_of or dt.date.today()
    start = as_of - dt.timedelta(days=364)
    with uow:
        s = uow.session
        revenue = revenue_by_customer(s, start, as_of)
        codes: dict[int, str] = {i: c for i, c in s.execute(select(Customer.id, Customer.code))}
        current: dict[int, str] = {i: v for i, v in s.execute(select(Customer.id, Customer.value_class))}
        ranked = abc_classes(revenue, codes)
        wanted = {cid: "C" for cid in codes}
        for cid, _, _, _, cls in ranked:
            wanted[cid] = cls
        changes = [{"cid": cid, "vc": cls} for cid, cls in wanted.items() if current.get(cid) != cls]
        if changes:
            from sqlalchemy import bindparam

            tbl = Customer.__table__
            assert isinstance(tbl, Table)
            s.execute(update(tbl).where(tbl.c.id == bindparam("cid")).values(value_class=bindparam("vc")),
                      changes)
        counts = {k: sum(1 for v in wanted.values() if v == k) for k in "ABC"}
        total = m.from_minor(sum(v for v in revenue.values() if v > 0), uow.digits)
        audit.record(s, uow.user, "customer.value_class", "customer", "*",
                     after={"as_of": as_of, "counts": counts, "changed": len(changes)})
        uow.commit()
    return ValueClassSummary(as_of, start, total, counts, len(changes))
