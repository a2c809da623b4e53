"""`duebook stages` and `duebook feedback` as a script sees them; an import refreshes the stages."""

from __future__ import annotations

from tests.cli.conftest import Runner


def _ledger(duebook: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "customers.csv").write_text("code,name\nC1,Harbor Trading\nC2,Pearl River Foods\nC3,Prospect Co\n")
    (folder / "invoices.csv").write_text(
        "number,customer_code,issue_date,amount\nI1,C1,2025-01-10,900.00\nI2,C2,2025-05-01,150.00\n")
    assert duebook("init", "--company", "Test", "--currency", "CNY").code == 0
    r = duebook("import", str(folder))
    assert r.code == 0, r.err


def test_stages_refreshes_and_lists_each_customers_stage_with_the_rule(duebook: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _ledger(duebook, tmp_path)
    r = duebook("stages", "--as-of", "2025-05-31", "--json")
    assert r.code == 0, r.err
    data = r.json
    assert data["as_of"] == "2025-05-31"
    got = {c["code"]: (c["stage"], c["reason"]) for c in data["customers"]}
    # C1: I1 open 141 days, 111 past its due date -> at risk; C2: first invoice 30 days ago; C3: none
    assert got == {"C1": ("at_risk", "late_60"), "C2": ("new", "first_90"), "C3": ("prospect", "no_invoice")}
    assert data["counts"]["at_risk"] == 1 and data["counts"]["prospect"] == 1
    r = duebook("stages", "--as-of", "2026-06-01", "--stage", "lost", "--json")
    assert [c["code"] for c in r.json["customers"]] == ["C1", "C2"]  # a year and more without an invoice
    r = duebook("stages", "--history", "C1", "--json")
    # in the order recorded: the import set the stage as of today, then the two runs above
    assert [(h["previous"], h["stage"], h["as_of"]) for h in r.json["history"]][1:] == [
        ("lost", "at_risk", "2025-05-31"), ("at_risk", "lost", "2026-06-01")]
    assert r.json["history"][0]["previous"] == ""
    text = duebook("stages", "--as-of", "2026-06-01")
    assert text.code == 0 and "no invoice for 365 days or more" in text.out
    r = duebook("report", "collection", "--from", "2025-05-01", "--to", "2025-05-31", "--group-by", "stage",
                "--json")
    assert [g["group"] for g in r.json["groups"]] == ["new", "at_risk"]


def test_feedback_add_and_list(duebook: Runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _ledger(duebook, tmp_path)
    r = duebook("feedback", "add", "C1", "--score", "5", "--note", "送货很快", "--date", "2025-06-01")
    assert r.code == 0, r.err
    assert duebook("feedback", "add", "C1", "--score", "3", "--note", "late invoice", "--date", "2025-06-10",
                   "--json").json["score"] == 3
    data = duebook("feedback", "list", "C1", "--json").json
    assert data["average"] == "4.0"
    assert [(f["date"], f["score"], f["note"]) for f in data["feedback"]] == [
        ("2025-06-10", 3, "late invoice"), ("2025-06-01", 5, "送货很快")]
    bad = duebook("feedback", "add", "C1", "--score", "9")
    assert bad.code == 1 and "1 to 5" in bad.err and bad.err.count("\n") == 1
    assert len(duebook("feedback", "list", "C1", "--json").json["feedback"]) == 2
    assert duebook("feedback", "list", "NOPE").code == 1
