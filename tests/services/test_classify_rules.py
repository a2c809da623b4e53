"""Classification rules: what each rule would set, the preview that equals what is written, and
nothing written without a confirmed preview."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Customer
from app.services.classify import rules
from app.services.classify.rules import RuleInfo, Subject, propose, province_in
from app.services.errors import Conflict, ValidationError
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer


def rule(rule_id: int, field: str, kind: str, pattern: str = "", value: str = "", overwrite: bool = False,
         enabled: bool = True) -> RuleInfo:
    return RuleInfo(rule_id, rule_id, field, kind, pattern, value, overwrite, enabled)


def subject(name: str = "", address: str = "", limit: str | None = None, **current: str) -> Subject:
    return Subject("C1", name, address, Decimal(limit) if limit else None, current)


# ---------------------------------------------------------------- the rules themselves (no database)

def test_a_government_name_keyword_sets_the_category() -> None:
    gov = rule(1, "category", "name_keywords", "局|委员会|政府", "government")
    [p] = propose([gov], subject("深圳市交通运输局"))
    assert (p.field, p.before, p.after, p.rule_id) == ("category", "", "government", 1)
    assert propose([gov], subject("深圳市华强贸易有限公司")) == []


def test_the_province_named_in_an_address_becomes_the_region_in_its_own_script() -> None:
    region = rule(1, "region", "address_province")
    assert propose([region], subject(address="广东省深圳市南山区科技园"))[0].after == "广东"
    assert propose([region], subject(address="88 Zhongshan Road, Nanjing, Jiangsu"))[0].after == "Jiangsu"
    assert province_in("黑龙江省哈尔滨市") == "黑龙江" and province_in("Somewhere in Europe") == ""


def test_the_size_follows_the_credit_limit_range_with_open_ends() -> None:
    small = rule(1, "size", "limit_range", "..50000", "small")
    medium = rule(2, "size", "limit_range", "50000..500000", "medium")
    large = rule(3, "size", "limit_range", "500000..", "large")
    sizes = [propose([small, medium, large], subject(limit=x)) for x in ("49999.99", "50000", "500000")]
    assert [p[0].after for p in sizes] == ["small", "medium", "large"]
    assert propose([small, medium, large], subject()) == []  # no limit: no size from it


def test_the_first_matching_rule_wins_and_a_value_already_there_stays_unless_overwritten() -> None:
    a = rule(1, "industry", "name_keywords", "Steel", "metals")
    b = rule(2, "industry", "name_keywords", "Trading", "trade")
    assert [p.after for p in propose([a, b], subject("Harbor Steel Trading"))] == ["metals"]
    assert propose([a, b], subject("Harbor Steel Trading", industry="shipping")) == []
    over = rule(3, "industry", "name_keywords", "Steel", "metals", overwrite=True)
    [p] = propose([over], subject("Harbor Steel", industry="shipping"))
    assert (p.before, p.after) == ("shipping", "metals")
    assert propose([rule(4, "industry", "name_keywords", "Steel", "metals", enabled=False)],
                   subject("Harbor Steel")) == []


def test_keywords_match_whatever_the_width_or_case_of_the_letters() -> None:
    r = rule(1, "industry", "name_keywords", "ＳＴＥＥＬ、金属", "metals")
    assert propose([r], subject("harbor steel"))[0].after == "metals"
    assert propose([r], subject("宏达金属制品厂"))[0].after == "metals"


@pytest.mark.parametrize(("field", "kind", "pattern", "value", "what"), [
    ("colour", "name_keywords", "x", "y", "field"),
    ("industry", "by_magic", "x", "y", "kind"),
    ("industry", "name_keywords", " | ", "y", "pattern"),
    ("size", "limit_range", "lots", "large", "pattern"),
    ("size", "limit_range", "500..100", "large", "pattern"),
    ("category", "name_keywords", "局", "ministry", "value"),
    ("industry", "name_keywords", "steel", "", "value"),
])
def test_a_rule_that_cannot_work_is_refused_naming_the_field(field: str, kind: str, pattern: str, value: str,
                                                               what: str) -> None:
    with pytest.raises(ValidationError) as e:
        rules.check_rule(field, kind, pattern, value)
    assert e.value.field == what


# ---------------------------------------------------------------- over the customers of a company

def _audit_count(db: Database) -> int:
    with db.read_uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _fields(db: Database) -> dict[str, tuple[str, str, str, str]]:
    with db.read_uow() as uow:
        return {c.code: (c.category, c.industry, c.region, c.size)
                for c in uow.session.execute(select(Customer)).scalars()}


def office_rules(db: Database) -> None:
    rules.add_rule(db.uow(), "category", "name_keywords", "局|委员会|政府", "government")
    rules.add_rule(db.uow(), "region", "address_province")
    rules.add_rule(db.uow(), "size", "limit_range", "..100000", "small")
    rules.add_rule(db.uow(), "size", "limit_range", "100000..", "large")
    rules.add_rule(db.uow(), "industry", "name_keywords", "钢铁|Steel", "metals")


def test_the_preview_is_exactly_what_apply_then_writes(db: Database) -> None:
    customer(db, "G1", "深圳市交通运输局", billing_address="广东省深圳市福田区", limit="20000")
    customer(db, "S1", "Harbor Steel Ltd", billing_address="1 Bund Road, Shanghai", limit="250000")
    customer(db, "K1", "Kept Trading", category="enterprise", region="浙江")
    office_rules(db)
    before = _fields(db)
    audit_entries = _audit_count(db)
    shown = rules.preview(db.uow())
    assert _fields(db) == before and _audit_count(db) == audit_entries  # looking writes nothing
    assert {(p.code, p.field, p.after) for p in shown} == {
        ("G1", "category", "government"), ("G1", "region", "广东"), ("G1", "size", "small"),
        ("S1", "region", "Shanghai"), ("S1", "size", "large"), ("S1", "industry", "metals")}
    written = rules.apply(db.uow(), expected=shown)
    assert written == shown
    after = _fields(db)
    for p in shown:
        assert after[p.code][rules.FIELDS.index(p.field)] == p.after
    assert after["K1"] == before["K1"]
    assert _audit_count(db) == audit_entries + 2  # one entry per customer changed
    assert rules.preview(db.uow()) == []  # nothing left to do


def test_a_preview_gone_stale_writes_nothing(db: Database) -> None:
    customer(db, "G1", "市政府采购中心")
    rules.add_rule(db.uow(), "category", "name_keywords", "政府", "government")
    shown = rules.preview(db.uow())
    rules.add_rule(db.uow(), "industry", "name_keywords", "采购", "procurement")  # the rules changed meanwhile
    before = _fields(db)
    with pytest.raises(Conflict):
        rules.apply(db.uow(), expected=shown)
    assert _fields(db) == before


def test_rules_can_be_listed_switched_off_and_removed(db: Database) -> None:
    office_rules(db)
    listed = rules.list_rules(db.uow())
    assert [r.field for r in listed] == ["category", "region", "size", "size", "industry"]
    assert listed[0].text("en") == "category = Government when the name contains 局 or 委员会 or 政府"
    assert listed[0].text("zh_CN") == "名称含 局 或 委员会 或 政府 时，类别 = 政府机关"
    rules.set_rule_enabled(db.uow(), listed[0].id, False)
    customer(db, "G1", "深圳市交通运输局")
    assert rules.preview(db.uow()) == []
    rules.remove_rule(db.uow(), listed[0].id)
    assert len(rules.list_rules(db.uow())) == 4
