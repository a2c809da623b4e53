"""`duebook classify` and `duebook import --classify`, as a script sees them."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Runner


def _company(duebook: Runner) -> None:
    assert duebook("init", "--company", "Test", "--currency", "CNY").code == 0
    assert duebook("classify", "add-rule", "category", "name_keywords", "--pattern", "局|委员会|政府",
                   "--value", "government").code == 0
    assert duebook("classify", "add-rule", "region", "address_province").code == 0
    assert duebook("classify", "add-rule", "size", "limit_range", "--pattern", "100000..", "--value", "large").code == 0


def _customers(folder: Path) -> Path:
    folder.mkdir()
    (folder / "customers.csv").write_text(
        "code,name,address,credit_limit\n"
        "G1,深圳市交通运输局,广东省深圳市福田区,20000\n"
        "B1,Pearl River Foods,\"12 Binjiang Road, Guangzhou, Guangdong\",150000\n"
        "P1,Plain Customer,,\n", encoding="utf-8")
    return folder


def test_rules_are_listed_in_words_and_a_broken_rule_is_refused(duebook: Runner) -> None:
    _company(duebook)
    r = duebook("classify", "rules", "--json")
    assert [x["text"] for x in r.json["rules"]] == [
        "category = Government when the name contains 局 or 委员会 or 政府",
        "region = the province named in the address",
        "size = Large when the credit limit is 100000 or more"]
    bad = duebook("classify", "add-rule", "size", "limit_range", "--pattern", "plenty", "--value", "large")
    assert bad.code == 1 and "pattern" in bad.err and "Traceback" not in bad.err
    assert len(duebook("classify", "rules", "--json").json["rules"]) == 3


def test_an_import_with_classify_sets_the_new_customers_fields_by_the_rules(duebook: Runner, tmp_path: Path) -> None:
    _company(duebook)
    r = duebook("import", str(_customers(tmp_path / "in")), "--classify", "--json")
    assert r.code == 0, r.err
    assert {(c["customer"], c["field"], c["after"]) for c in r.json["classified"]} == {
        ("G1", "category", "government"), ("G1", "region", "广东"),
        ("B1", "region", "Guangdong"), ("B1", "size", "large")}
    shown = {c["code"]: c for c in duebook("customers", "--json").json}
    assert shown["G1"]["category"] == "government"


def test_preview_writes_nothing_and_apply_writes_what_it_showed(duebook: Runner, tmp_path: Path) -> None:
    _company(duebook)
    assert duebook("import", str(_customers(tmp_path / "in"))).code == 0
    preview = duebook("classify", "preview", "--json")
    assert preview.code == 0 and len(preview.json["changes"]) == 4
    assert duebook("classify", "preview", "--json").json == preview.json  # still all to do: nothing written
    text = duebook("classify", "preview", "G1")
    assert "would be" in text.out and "nothing was written" in text.out and "B1" not in text.out
    applied = duebook("classify", "apply", "--json")
    assert applied.json["changes"] == preview.json["changes"]
    assert duebook("classify", "preview", "--json").json["changes"] == []
    log = duebook("audit", "list", "--json")
    assert sum(1 for e in log.json if e["action"] == "customer.classify") == 2


def test_grade_rules_are_shown_and_changed_from_the_command_line(duebook: Runner) -> None:
    assert duebook("init", "--company", "Test", "--currency", "CNY").code == 0
    shown = duebook("grade-rules")
    assert "three months with every invoice paid on time" in shown.out and "more than 60 days late" in shown.out
    changed = duebook("grade-rules", "--late-days", "45", "--promise", "off", "--json")
    assert changed.code == 0 and changed.json["late_days"] == 45 and changed.json["promise_broken"] is False
    assert "more than 45 days late" in duebook("grade-rules").out
    bad = duebook("grade-rules", "--on-time-months", "13")
    assert bad.code == 1 and "between 1 and 12 months" in bad.err
    assert duebook("grade-rules", "--json").json["on_time_months"] == 3
