"""The duebook command line as scripts use it (INTERCHANGE §4): JSON shapes, exit codes, messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import Runner

DATA = {
    "customers.csv": "code,name,payment_terms_days,language,tags\nA,Harbor Trading Ltd,30,en,vip\nB,上海华东贸易有限公司,0,zh_CN,\n",
    "invoices.csv": ("number,customer_code,issue_date,due_date,amount\n"
                     "I1,A,2026-01-01,2026-01-31,100.00\nI2,A,2026-05-01,2026-05-31,250\nI3,B,2026-06-29,,80.5\n"),
    "payments.csv": "reference,customer_code,date,amount,invoice_number\nP1,A,2026-02-01,60,I1\nP2,B,2026-06-01,5,\n",
    "credit_notes.csv": "number,customer_code,date,amount,invoice_number\nCN1,A,2026-06-10,10,I2\n",
}


def dataset(tmp_path: Path, files: dict[str, str] = DATA) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_init_import_and_aging_as_json(duebook: Runner, tmp_path: Path) -> None:
    assert duebook("init", "--company", "T").code == 0
    r = duebook("import", str(dataset(tmp_path)), "--json")
    assert r.code == 0, r.err
    assert r.json["invoices"] == 3
    r = duebook("aging", "--as-of", "2026-06-30", "--json")
    assert r.code == 0
    assert r.json == {
        "as_of": "2026-06-30", "currency": "CNY",
        "buckets": ["not_due", "d1_30", "d31_60", "d61_90", "d91_plus"],
        "customers": [
            {"code": "A", "name": "Harbor Trading Ltd", "not_due": "0.00", "d1_30": "240.00", "d31_60": "0.00",
             "d61_90": "0.00", "d91_plus": "40.00", "unapplied": "0.00", "total": "280.00"},
            {"code": "B", "name": "上海华东贸易有限公司", "not_due": "0.00", "d1_30": "80.50", "d31_60": "0.00",
             "d61_90": "0.00", "d91_plus": "0.00", "unapplied": "-5.00", "total": "75.50"},
        ],
        "totals": {"not_due": "0.00", "d1_30": "320.50", "d31_60": "0.00", "d61_90": "0.00", "d91_plus": "40.00",
                   "unapplied": "-5.00", "total": "355.50"},
    }


def test_balance_statement_and_customers(duebook: Runner, tmp_path: Path) -> None:
    duebook("init", "--company", "T")
    duebook("import", str(dataset(tmp_path)))
    assert duebook("balance", "A", "--as-of", "2026-03-01", "--json").json == {
        "customer": "A", "as_of": "2026-03-01", "balance": "40.00"}
    st = duebook("statement", "A", "--from", "2026-02-01", "--to", "2026-06-30", "--json").json
    assert st["opening_balance"] == "100.00" and st["closing_balance"] == "280.00"
    assert [(x["date"], x["kind"], x["number"], x["debit"], x["credit"], x["balance"]) for x in st["lines"]] == [
        ("2026-02-01", "payment", "P1", "0.00", "60.00", "40.00"),
        ("2026-05-01", "invoice", "I2", "250.00", "0.00", "290.00"),
        ("2026-06-10", "credit_note", "CN1", "0.00", "10.00", "280.00"),
    ]
    assert st["aging"]["total"] == "280.00" and st["from"] == "2026-02-01" and st["to"] == "2026-06-30"
    rows = duebook("customers", "--json").json
    assert [(c["code"], c["balance"], c["tags"], c["grade"]) for c in rows] == [
        ("A", "280.00", ["vip"], "D"), ("B", "75.50", [], "D")]  # graded after the import: long overdue
    assert [c["code"] for c in duebook("customers", "--tag", "vip", "--json").json] == ["A"]
    assert [c["code"] for c in duebook("customers", "--search", "shhd", "--json").json] == ["B"]


def test_bad_import_exits_1_with_one_line_per_bad_row_and_writes_nothing(duebook: Runner, tmp_path: Path) -> None:
    duebook("init", "--company", "T")
    files = dict(DATA)
    files["invoices.csv"] = "number,customer_code,issue_date,amount\nI1,A,2026-01-01,1.000,00\nI2,Z,2026-01-01,5\n"
    files.pop("payments.csv")
    files.pop("credit_notes.csv")
    r = duebook("import", str(dataset(tmp_path, files)))
    assert r.code == 1
    lines = r.err.strip().splitlines()
    assert lines == [
        "invoices.csv:2:*: row has 5 cells but the header has 4; also amount: more than 2 decimal places: '1.000'",
        "invoices.csv:3:customer_code: unknown customer Z",
    ]
    assert duebook("customers", "--json").json == []


def test_user_errors_exit_1_usage_errors_exit_2(duebook: Runner) -> None:
    duebook("init", "--company", "T")
    r = duebook("balance", "NOPE", "--json")
    assert r.code == 1 and r.err.strip() == "duebook: customer not found: NOPE"
    assert duebook("balance").code == 2
    assert duebook("aging", "--as-of", "2026-13-01").code == 2
    assert duebook("init", "--company", "Again").code == 1


def test_demo_fills_a_new_file(duebook: Runner) -> None:
    r = duebook("demo", "--customers", "20", "--invoices", "300", "--json")
    assert r.code == 0, r.err
    assert r.json["customers"] == 20 and r.json["invoices"] == 300
    aging = duebook("aging", "--json").json
    assert aging["customers"]


def test_the_installed_command_runs_as_a_script_would(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("duebook")
    env = {**os.environ, "DUEBOOK_HOME": str(tmp_path)}
    db = str(tmp_path / "x.duebook")
    r = subprocess.run([str(exe), "--db", db, "init", "--company", "Script Co", "--currency", "usd",
                        "--locale", "en"], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([str(exe), "--db", db, "balance", "X"], capture_output=True, text=True, env=env)
    assert r.returncode == 1 and r.stderr.count("\n") == 1


def test_without_db_the_company_file_in_the_data_folder_is_used(capsys: object) -> None:
    from app import config
    from app.cli import main

    assert main(["init", "--company", "Default Co"]) == 0
    assert (config.data_dir() / "company.duebook").exists()
    assert main(["balance", "NOPE"]) == 1  # the same file is opened again
