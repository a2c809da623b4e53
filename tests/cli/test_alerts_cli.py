"""`duebook alerts` as a script sees it (INTERCHANGE §11)."""

from __future__ import annotations

from tests.cli.conftest import Runner


def _ledger(duebook: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "customers.csv").write_text("code,name,credit_limit\nC1,Harbor Trading,1000\nC2,Pearl River Foods,\n")
    (folder / "invoices.csv").write_text(
        "number,customer_code,issue_date,amount\n"
        "A1,C2,2025-03-01,250.00\nA2,C2,2025-03-01,250.00\n"
        "I1,C1,2025-05-01,900.00\nI2,C1,2025-05-20,150.00\n")
    assert duebook("init", "--company", "Test", "--currency", "CNY").code == 0
    r = duebook("import", str(folder))
    assert r.code == 0, r.err


def test_alerts_json_lists_each_alert_with_the_contract_keys(duebook: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _ledger(duebook, tmp_path)
    r = duebook("alerts", "--as-of", "2025-05-31", "--json")
    assert r.code == 0, r.err
    data = r.json
    assert data["as_of"] == "2025-05-31"
    by_kind = {a["kind"]: a for a in data["alerts"]}
    assert set(by_kind) == {"possible_duplicate", "limit_jump"}
    dup = by_kind["possible_duplicate"]
    assert set(dup) == {"kind", "customer", "document", "severity", "reason", "detected_on"}
    assert (dup["customer"], dup["document"], dup["severity"], dup["detected_on"]) == (
        "C2", "A2", "warning", "2025-03-01")
    jump = by_kind["limit_jump"]
    assert (jump["customer"], jump["document"], jump["severity"], jump["detected_on"]) == (
        "C1", None, "critical", "2025-05-20")
    assert "1,000.00" in jump["reason"]


def test_a_dismissed_alert_is_gone_and_listed_with_all(duebook: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _ledger(duebook, tmp_path)
    r = duebook("alerts", "dismiss", "possible_duplicate", "C2", "--document", "A2", "--note", "two deliveries",
                "--as-of", "2025-05-31")
    assert r.code == 0, r.err
    kinds = [a["kind"] for a in duebook("alerts", "--as-of", "2025-05-31", "--json").json["alerts"]]
    assert kinds == ["limit_jump"]
    every = duebook("alerts", "--as-of", "2025-05-31", "--all", "--json").json["alerts"]
    assert [a.get("note") for a in every if a["kind"] == "possible_duplicate"] == ["two deliveries"]
    audit = duebook("audit", "list", "--action", "alert", "--json")
    assert audit.code == 0 and "alert.dismiss" in audit.out and "two deliveries" in audit.out


def test_dismissing_without_a_note_or_an_unknown_document_is_a_user_error(duebook: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _ledger(duebook, tmp_path)
    r = duebook("alerts", "dismiss", "possible_duplicate", "C2", "--document", "NOPE", "--note", "x")
    assert r.code == 1 and r.err.count("\n") == 1 and "NOPE" in r.err
    r = duebook("alerts", "dismiss", "possible_duplicate", "C2", "--document", "A2")
    assert r.code == 2


def test_alerts_keep_what_they_work_out_and_answer_the_same_the_next_time(duebook: Runner, tmp_path,  # type: ignore[no-untyped-def]
                                                                           company_file) -> None:
    import sqlite3

    _ledger(duebook, tmp_path)
    first = duebook("alerts", "--as-of", "2025-05-31", "--json")
    assert first.code == 0, first.err
    with sqlite3.connect(company_file) as con:
        assert con.execute("select count(*) from alert_states").fetchone()[0] == 2  # both customers kept
    assert duebook("alerts", "--as-of", "2025-05-31", "--json").out == first.out
    assert duebook("post-invoice", "C2", "--number", "A3", "--date", "2025-03-01", "--amount", "250.00").code == 0
    third = duebook("alerts", "--as-of", "2025-05-31", "--json")
    assert [a["document"] for a in third.json["alerts"] if a["kind"] == "possible_duplicate"] == ["A2", "A3"]
