"""The bank commands as a script sees them (INTERCHANGE §8): JSON keys, counts, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Runner

DATA = Path(__file__).resolve().parents[1] / "data" / "bank"


@pytest.fixture
def books(duebook: Runner, tmp_path: Path) -> Runner:
    assert duebook("init", "--company", "Harbor", "--currency", "CNY").code == 0
    ds = tmp_path / "ds"
    ds.mkdir()
    (ds / "customers.csv").write_text("code,name\nC001,Acme Trading Co. Ltd.\nC002,上海华东贸易有限公司\n",
                                      encoding="utf-8")
    (ds / "invoices.csv").write_text("number,customer_code,issue_date,amount\nINV-0001,C001,2026-09-01,1200.00\n"
                                     "INV-0002,C002,2026-09-05,1450.00\nINV-0003,C002,2026-09-10,2000.00\n",
                                     encoding="utf-8")
    assert duebook("import", str(ds)).code == 0
    return duebook


def test_import_reports_the_counts_and_totals_and_twice_adds_nothing(books: Runner) -> None:
    r = books("bank", "import", str(DATA / "camt053.xml"), "--account", "ICBC-0012", "--json")
    assert r.code == 0, r.err
    assert r.json == {"account": "ICBC-0012", "file": "camt053.xml", "format": "camt053", "lines_read": 3,
                      "lines_new": 3, "lines_duplicate": 0, "credits_total": "4650.00", "debits_total": "15.00",
                      "first_date": "2026-10-05", "last_date": "2026-10-31"}
    again = books("bank", "import", str(DATA / "camt053.xml"), "--account", "ICBC-0012", "--json").json
    assert (again["lines_new"], again["lines_duplicate"]) == (0, 3)


def test_match_auto_confirms_the_certain_lines_and_balances_follow(books: Runner) -> None:
    books("bank", "import", str(DATA / "statement_v1.ofx"), "--account", "ICBC-0012")
    lines = books("bank", "lines", "--json").json["lines"]
    assert [ln["status"] for ln in lines] == ["unmatched"] * 3
    assert set(lines[0]) == {"id", "account", "date", "amount", "counterparty", "counterparty_account", "reference",
                             "status", "proposals"}
    r = books("bank", "match", "--auto", "--json")
    assert r.json == {"proposed": 0, "confirmed": 2, "unmatched": 1}
    assert books("balance", "C002", "--json").json["balance"] == "0.00"
    matched = books("bank", "lines", "--status", "matched", "--json").json["lines"]
    p = matched[1]["proposals"][0]
    assert p == {"customer": "C002", "invoices": [{"number": "INV-0002", "amount": "1450.00"},
                                                  {"number": "INV-0003", "amount": "2000.00"}],
                 "difference": "0.00", "confidence": "certain",
                 "reason": "invoices INV-0002, INV-0003 named in the reference; amount equals their open amounts"}
    assert books("bank", "unconfirm", str(matched[1]["id"])).code == 0
    assert books("balance", "C002", "--json").json["balance"] == "3450.00"
    assert books("audit", "verify").code == 0


def test_confirm_to_named_invoices_and_ignore(books: Runner) -> None:
    books("bank", "import", str(DATA / "wechat.csv"), "--account", "WeChat")
    lines = books("bank", "lines", "--json").json["lines"]
    r = books("bank", "confirm", str(lines[1]["id"]), "--invoice", "INV-0003", "--invoice", "INV-0002", "--json")
    assert r.code == 0, r.err
    assert books("balance", "C002", "--json").json["balance"] == "0.00"
    assert books("bank", "ignore", str(lines[2]["id"]), "--reason", "courier", "--json").code == 0
    statuses = [ln["status"] for ln in books("bank", "lines", "--json").json["lines"]]
    assert statuses == ["unmatched", "matched", "ignored"]


def test_a_malformed_file_is_refused_with_one_line_per_bad_row(books: Runner, tmp_path: Path) -> None:
    f = tmp_path / "bad.xml"
    f.write_text((DATA / "camt053.xml").read_text(encoding="utf-8").replace("2026-10-31", "2026-10-32")
                 .replace(">1200.00<", ">12x<"), encoding="utf-8")
    r = books("bank", "import", str(f), "--account", "A", "--json")
    assert r.code == 1
    assert r.err.splitlines() == ["bad.xml:15: not an amount: 12x", "bad.xml:51: no such date: 2026-10-32"]
    assert books("bank", "lines", "--json").json == {"lines": []}


def test_a_write_off_above_the_tolerance_exits_1(books: Runner, tmp_path: Path) -> None:
    f = tmp_path / "s.csv"
    f.write_text("Date,Amount,Memo\n2026-10-01,1100.00,INV-0001\n", encoding="utf-8")
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"date": "Date", "amount": "Amount", "reference": "Memo"}), encoding="utf-8")
    assert books("bank", "import", str(f), "--account", "A", "--profile", str(profile)).code == 0
    r = books("bank", "confirm", "1", "--invoice", "INV-0001", "--write-off-difference")
    assert r.code == 1
    assert "tolerance" in r.err


def test_profile_saved_from_options_and_a_sample_is_used_by_import(books: Runner) -> None:
    r = books("bank", "profile", "--account", "ICBC", "--sample", str(DATA / "icbc.csv"), "--date", "交易日期",
              "--amount", "发生额", "--direction", "借贷标志", "--counterparty", "对方户名",
              "--counterparty-account", "对方账号", "--reference", "摘要", "--id", "流水号", "--json")
    assert r.code == 0, r.err
    assert r.json["profile"]["direction"] == "借贷标志"
    imp = books("bank", "import", str(DATA / "icbc.csv"), "--account", "ICBC", "--json").json
    assert (imp["format"], imp["lines_new"], imp["debits_total"]) == ("csv", 3, "15.00")
    bad = books("bank", "profile", "--account", "X", "--sample", str(DATA / "icbc.csv"), "--date", "Nope",
                "--amount", "发生额")
    assert bad.code == 1
