"""Classification rules: what they are, what they would set, and setting it.

The rules are tried in their order; for each of the four fields the first enabled rule that
matches a customer gives the value. A rule fills an empty field only, unless it overwrites.
:func:`preview` says, per customer and field, what is there now, what the rule would put and
which rule; :func:`apply` writes exactly that (and refuses when the customers changed since
the preview it was shown), one audit entry per customer changed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import ClassificationRule, Customer
from app.models import money as m
from app.models.customer import CATEGORIES
from app.services import audit
from app.services.customers.classification import BUILT_IN
from app.services.errors import Conflict, NotFound, ValidationError
from app.services.permissions import require
from app.services.sql import get_or_raise
from app.services.unit_of_work import UnitOfWork

FIELDS = ("category", "industry", "region", "size")
KINDS = ("name_keywords", "address_keywords", "address_province", "limit_range")
_FIELD_WIDTH = {"category": 40, "industry": 60, "region": 60, "size": 40}

#: Provincial-level divisions of China: (Chinese short name, English name). An address naming one
#: (in either script) gives the region; the value kept is in the script the address used.
PROVINCES: tuple[tuple[str, str], ...] = (
    ("北京", "Beijing"), ("天津", "Tianjin"), ("上海", "Shanghai"), ("重庆", "Chongqing"),
    ("河北", "Hebei"), ("山西", "Shanxi"), ("辽宁", "Liaoning"), ("吉林", "Jilin"),
    ("黑龙江", "Heilongjiang"), ("江苏", "Jiangsu"), ("浙江", "Zhejiang"), ("安徽", "Anhui"),
    ("福建", "Fujian"), ("江西", "Jiangxi"), ("山东", "Shandong"), ("河南", "Henan"), ("湖北", "Hubei"),
    ("湖南", "Hunan"), ("广东", "Guangdong"), ("海南", "Hainan"), ("四川", "Sichuan"), ("贵州", "Guizhou"),
    ("云南", "Yunnan"), ("陕西", "Shaanxi"), ("甘肃", "Gansu"), ("青海", "Qinghai"), ("台湾", "Taiwan"),
    ("内蒙古", "Inner Mongolia"), ("广西", "Guangxi"), ("西藏", "Tibet"), ("宁夏", "Ningxia"),
    ("新疆", "Xinjiang"), ("香港", "Hong Kong"), ("澳门", "Macau"),
)


@dataclass(frozen=True)
class RuleInfo:
    id: int
    position: int
    field: str
    kind: str
    pattern: str
    value: str
    overwrite: bool
    enabled: bool

    def text(self, language: str = "en") -> str:
        """The rule in words, e.g. ``category = government when the name contains 局 or 政府``."""
        zh = language.startswith("zh")
        words = _KIND_WORDS[self.kind][1 if zh else 0]
        field = FIELD_WORDS[self.field][1 if zh else 0]
        keywords = (" 或 " if zh else " or ").join(_keywords(self.pattern))
        value = value_label(self.field, self.value, language) if self.value else ("所在省份" if zh else "the province")
        return words.format(field=field, value=value, keywords=keywords, range=_range_words(self.pattern, zh))


FIELD_WORDS = {"category": ("category", "类别"), "industry": ("industry", "行业"), "region": ("region", "地区"),
               "size": ("size", "规模")}
_KIND_WORDS = {
    "name_keywords": ("{field} = {value} when the name contains {keywords}", "名称含 {keywords} 时，{field} = {value}"),
    "address_keywords": ("{field} = {value} when the address contains {keywords}",
                         "地址含 {keywords} 时，{field} = {value}"),
    "address_province": ("{field} = {value} named in the address", "{field} = 地址中的{value}"),
    "limit_range": ("{field} = {value} when the credit limit is {range}", "信用额度{range}时，{field} = {value}"),
}


def value_label(field: str, value: str, language: str = "en") -> str:
    """A built-in category or size in words (``government`` -> Government / 政府机关); others as they are."""
    for key, en, zh in BUILT_IN.get(field, ()):
        if key == value:
            return zh if language.startswith("zh") else en
    return value


@dataclass(frozen=True)
class Subject:
    """What the rules look at for one customer (a stored one, or a row about to be imported)."""

    code: str
    name: str
    address: str
    credit_limit: Decimal | None
    current: dict[str, str]


@dataclass(frozen=True)
class Proposal:
    code: str
    name: str
    field: str
    before: str
    after: str
    rule_id: int
    rule: str  # the rule in English words (the program shows RuleInfo.text in its language)


# ---------------------------------------------------------------- matching (pure)

def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _keywords(pattern: str) -> list[str]:
    for sep in ("、", ",", "，", ";", "；"):
        pattern = pattern.replace(sep, "|")
    return [k.strip() for k in pattern.split("|") if k.strip()]


def _bounds(pattern: str) -> tuple[Decimal | None, Decimal | None]:
    """``MIN..MAX`` (either side may be empty) -> the bounds; ValueError when malformed."""
    if ".." not in pattern:
        raise ValueError(pattern)
    low, high = (p.strip() for p in pattern.split("..", 1))
    try:
        lo = m.parse_amount(low, 3) if low else None
        hi = m.parse_amount(high, 3) if high else None
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(pattern) from exc
    if (lo is None and hi is None) or (lo is not None and hi is not None and lo >= hi):
        raise ValueError(pattern)
    return lo, hi


def _range_words(pattern: str, zh: bool) -> str:
    try:
        _bounds(pattern)
    except ValueError:
        return pattern
    lo, hi = (p.strip() or None for p in pattern.split("..", 1))  # as the user wrote them
    if lo is not None and hi is not None:
        return f"在 {lo} 至 {hi} 之间（不含 {hi}）" if zh else f"from {lo} up to {hi}"
    if lo is not None:
        return f"不低于 {lo}" if zh else f"{lo} or more"
    return f"低于 {hi}" if zh else f"below {hi}"


def province_in(address: str) -> str:
    """The first province an address names (as it names it: 广东 or Guangdong), or ''."""
    folded = _fold(address)
    best: tuple[int, str] | None = None
    for zh, en in PROVINCES:
        for name in (zh, en):
            at = folded.find(_fold(name))
            if at >= 0 and (best is None or at < best[0]):
                best = (at, name)
    return best[1] if best else ""


def _matches(rule: RuleInfo, subject: Subject) -> str | None:
    """The value ``rule`` gives ``subject``, or None when it does not match."""
    if rule.kind == "name_keywords":
        name = _fold(subject.name)
        return rule.value if any(_fold(k) in name for k in _keywords(rule.pattern)) else None
    if rule.kind == "address_keywords":
        address = _fold(subject.address)
        return rule.value if any(_fold(k) in address for k in _keywords(rule.pattern)) else None
    if rule.kind == "address_province":
        found = province_in(subject.address)
        return (rule.value or found) if found else None
    if subject.credit_limit is None:  # limit_range: no limit, no size from it
        return None
    lo, hi = _bounds(rule.pattern)
    if (lo is None or subject.credit_limit >= lo) and (hi is None or subject.credit_limit < hi):
        return rule.value
    return None


def propose(rules: Sequence[RuleInfo], subject: Subject) -> list[Proposal]:
    """What the rules would set on one customer: per field, the first enabled rule that matches."""
    out: list[Proposal] = []
    for field in FIELDS:
        before = subject.current.get(field, "")
        for rule in rules:
            if not rule.enabled or rule.field != field:
                continue
            value = _matches(rule, subject)
            if value is None:
                continue
            if (before and not rule.overwrite) or value == before:
                break
            out.append(Proposal(subject.code, subject.name, field, before, value, rule.id, rule.text("en")))
            break
    return out


# ---------------------------------------------------------------- the services

def _info(r: ClassificationRule) -> RuleInfo:
    return RuleInfo(r.id, r.position, r.field, r.kind, r.pattern, r.value, r.overwrite, r.enabled)


def _rules(s: Session) -> list[RuleInfo]:
    q = select(ClassificationRule).order_by(ClassificationRule.position, ClassificationRule.id)
    return [_info(r) for r in s.execute(q).scalars()]


def list_rules(uow: UnitOfWork) -> list[RuleInfo]:
    require(uow, "read")
    with uow:
        return _rules(uow.session)


def check_rule(field: str, kind: str, pattern: str, value: str) -> tuple[str, str]:
    """The rule's pattern and value cleaned, or ValidationError naming what is wrong."""
    if field not in FIELDS:
        raise ValidationError("field", f"one of {', '.join(FIELDS)}", code="choice")
    if kind not in KINDS:
        raise ValidationError("kind", f"one of {', '.join(KINDS)}", code="choice")
    pattern, value = pattern.strip(), value.strip()
    if kind in ("name_keywords", "address_keywords") and not _keywords(pattern):
        raise ValidationError("pattern", "name at least one keyword", code="required")
    if kind == "limit_range":
        try:
            _bounds(pattern)
        except ValueError:
            raise ValidationError("pattern", "a range such as 0..50000 or 100000.. is needed",
                                  code="range") from None
    if not value and kind != "address_province":
        raise ValidationError("value", "the value to set is needed", code="required")
    if field == "category" and value and value not in CATEGORIES:
        raise ValidationError("value", f"one of {', '.join(CATEGORIES)}", code="choice")
    if len(value) > _FIELD_WIDTH[field]:
        raise ValidationError("value", f"at most {_FIELD_WIDTH[field]} characters", code="too_long")
    return pattern, value


def add_rule(uow: UnitOfWork, field: str, kind: str, pattern: str = "", value: str = "",
             overwrite: bool = False) -> RuleInfo:
    """Add a rule at the end of the list."""
    require(uow, "settings.write")
    pattern, value = check_rule(field, kind, pattern, value)
    with uow:
        s = uow.session
        last = s.scalar(select(func.max(ClassificationRule.position))) or 0
        r = ClassificationRule(position=last + 1, field=field, kind=kind, pattern=pattern, value=value,
                               overwrite=overwrite, enabled=True, created_by=uow.user)
        s.add(r)
        s.flush()
        info = _info(r)
        audit.record(s, uow.user, "classify.rule_add", "rule", r.id, after={"rule": info.text("en")})
        uow.commit()
    return info


def remove_rule(uow: UnitOfWork, rule_id: int) -> None:
    require(uow, "settings.write")
    with uow:
        s = uow.session
        r = get_or_raise(s, ClassificationRule, rule_id, what="rule")
        words = _info(r).text("en")
        s.delete(r)
        audit.record(s, uow.user, "classify.rule_remove", "rule", rule_id, before={"rule": words})
        uow.commit()


def set_rule_enabled(uow: UnitOfWork, rule_id: int, enabled: bool) -> RuleInfo:
    require(uow, "settings.write")
    with uow:
        s = uow.session
        r = get_or_raise(s, ClassificationRule, rule_id, what="rule")
        r.enabled = enabled
        info = _info(r)
        audit.record(s, uow.user, "classify.rule_enable" if enabled else "classify.rule_disable", "rule", rule_id,
                     after={"rule": info.text("en")})
        uow.commit()
    return info


def _subject(c: Customer) -> Subject:
    address = "\n".join(a for a in (c.billing_address, c.shipping_address) if a)
    return Subject(c.code, c.name, address, c.credit_limit, {f: getattr(c, f) or "" for f in FIELDS})


def _customers(s: Session, codes: Iterable[str] | None) -> list[Customer]:
    q = select(Customer).order_by(Customer.code)
    if codes is None:
        return list(s.execute(q).scalars())
    wanted = list(dict.fromkeys(codes))
    found: list[Customer] = []
    for i in range(0, len(wanted), 500):
        found.extend(s.execute(q.where(Customer.code.in_(wanted[i:i + 500]))).scalars())
    missing = set(wanted) - {c.code for c in found}
    if missing:
        raise NotFound("customer", sorted(missing)[0])
    return sorted(found, key=lambda c: c.code)


def _proposals(s: Session, codes: Iterable[str] | None) -> tuple[list[Proposal], dict[str, Customer]]:
    rules = _rules(s)
    customers = _customers(s, codes)
    out: list[Proposal] = []
    for c in customers:
        out.extend(propose(rules, _subject(c)))
    return out, {c.code: c for c in customers}


def preview(uow: UnitOfWork, codes: Sequence[str] | None = None) -> list[Proposal]:
    """What the rules would set on these customers (all of them when None); nothing is written."""
    require(uow, "read")
    with uow:
        return _proposals(uow.session, codes)[0]


def apply(uow: UnitOfWork, codes: Sequence[str] | None = None,
          expected: Sequence[Proposal] | None = None) -> list[Proposal]:
    """Set what :func:`preview` shows. With ``expected`` (the preview the user saw), refuse with
    Conflict when the rules or the customers changed since: nothing is written then."""
    require(uow, "customer.write")
    with uow:
        s = uow.session
        proposals, customers = _proposals(s, codes)
        if expected is not None and list(expected) != proposals:
            raise Conflict("the customers or the rules changed since the preview; look at it again")
        by_code: dict[str, list[Proposal]] = {}
        for p in proposals:
            by_code.setdefault(p.code, []).append(p)
        for code, changes in by_code.items():
            c = customers[code]
            for p in changes:
                setattr(c, p.field, p.after)
            audit.record(s, uow.user, "customer.classify", "customer", code,
                         before={p.field: p.before for p in changes},
                         after={**{p.field: p.after for p in changes}, "rules": [p.rule for p in changes]})
        uow.commit()
    return proposals


def new_customer_codes(uow: UnitOfWork, after_id: int) -> list[str]:
    """Codes of the customers made after ``after_id`` (those an import just added)."""
    require(uow, "read")
    with uow:
        q = select(Customer.code).where(Customer.id > after_id).order_by(Customer.code)
        return list(uow.session.execute(q).scalars())


def last_customer_id(uow: UnitOfWork) -> int:
    require(uow, "read")
    with uow:
        return int(uow.session.scalar(select(func.max(Customer.id))) or 0)


__all__ = ["FIELDS", "KINDS", "PROVINCES", "Proposal", "RuleInfo", "Subject", "add_rule", "apply",
           "check_rule", "last_customer_id", "list_rules", "new_customer_codes", "preview", "propose",
           "province_in", "remove_rule", "set_rule_enabled", "value_label"]
