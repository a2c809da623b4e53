"""The credit and collections commands as a script sees them (INTERCHANGE §4/§6/§7)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from app.services.collections import dunning
from app.services.collections.dunning import LevelInfo
from app.services.unit_of_work import Database
from tests.services.credit_helpers import A, customer, invoice, pay


def run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_credit_json_has_exactly_the_contract_keys(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    customer(db, "C1", limit="1000.00")
    invoice(db, "C1", "I1", "2025-01-01", "800.00", due="2025-01-31")
    pay(db, "C1", "P1", "2025-01-31", "0.01", "I1")
    code, out, _ = run(db, capsys, "credit", "C1", "--as-of", "2025-03-02", "--json")
    assert code == 0
    data = json.loads(out)
    # utilization rounds to 0.8000, but the status compares the exact exposure: 799.99 < 800.00
    assert data == {"customer": "C1", "credit_limit": "1000.00", "exposure": "799.99", "available": "200.01",
                    "utilization": "0.8000", "status": "ok", "payment_index": 50, "grade": "C"}


def test_credit_without_limit_is_null_and_new(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    customer(db, "C1")
    _code, out, _ = run(db, capsys, "credit", "C1", "--as-of", "2025-03-02", "--json")
    assert json.loads(out) == {"customer": "C1", "credit_limit": None, "exposure": "0.00", "available": None,
                               "utilization": None, "status": "ok", "payment_index": None, "grade": "new"}


def test_unknown_customer_is_a_user_error(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(db, capsys, "credit", "NOPE", "--json")
    assert code == 1 and err.count("\n") == 1 and "NOPE" in err


def test_hold_and_release(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    customer(db, "C1", limit="1000.00")
    until = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    assert run(db, capsys, "hold", "C1", "--reason", "cheque bounced", "--until", until)[0] == 0
    assert json.loads(run(db, capsys, "credit", "C1", "--json")[1])["status"] == "hold"
    after = (dt.date.today() + dt.timedelta(days=11)).isoformat()
    assert json.loads(run(db, capsys, "credit", "C1", "--as-of", after, "--json")[1])["status"] == "ok"
    assert run(db, capsys, "release", "C1")[0] == 0
    assert json.loads(run(db, capsys, "credit", "C1", "--json")[1])["status"] == "ok"
    code, _out, err = run(db, capsys, "release", "C1")
    assert code == 1 and "not on hold" in err


def test_post_invoice_warns_refuses_and_overrides(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    customer(db, "C1", limit="1000.00")
    code, out, err = run(db, capsys, "post-invoice", "C1", "--date", "2025-01-01", "--amount", "800", "--json")
    assert code == 0 and "warning" in err and json.loads(out)["amount"] == "800.00"
    code, _out, err = run(db, capsys, "post-invoice", "C1", "--date", "2025-01-02", "--amount", "200.01")
    assert code == 1 and "credit refused" in err
    code, out, _err = run(db, capsys, "post-invoice", "C1", "--date", "2025-01-02", "--amount", "200.01",
                          "--number", "BIG1", "--override-reason", "approved by the owner", "--json")
    assert code == 0 and json.loads(out)["number"] == "BIG1"
    from sqlalchemy import select

    from app.models import AuditEntry, CreditOverride
    with db.uow() as uow:
        o = uow.session.execute(select(CreditOverride)).scalar_one()
        assert (o.status, o.exposure, o.amount, o.reason) == ("over", A("800.00"), A("200.01"),
                                                            "approved by the owner")
        assert uow.session.execute(select(AuditEntry).where(AuditEntry.action == "credit.override")).scalar_one()


def test_post_invoice_during_hold_is_refused(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    customer(db, "C1")
    run(db, capsys, "hold", "C1", "--reason", "legal")
    code, _out, err = run(db, capsys, "post-invoice", "C1", "--date", "2025-01-01", "--amount", "1")
    assert code == 1 and "hold" in err


def test_dunning_json_letters_and_commit(db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dunning.save_levels(db.uow(), [LevelInfo(1, 7, A("0"), A("0"), "Reminder", A("10.00")),
                                   LevelInfo(2, 30, A("20.00"), A("0.08"), "Second", A("10.00"))])
    customer(db, "C1")
    customer(db, "C2", language="zh_CN", name="上海宏达贸易有限公司")
    invoice(db, "C1", "I1", "2025-01-01", "1000.00", due="2025-01-31")
    invoice(db, "C2", "I2", "2025-01-01", "500.00", due="2025-02-20")
    code, out, _ = run(db, capsys, "dunning", "--as-of", "2025-03-02", "--json")
    data = json.loads(out)
    assert data["as_of"] == "2025-03-02"
    assert data["proposals"][0] == {
        "customer": "C1", "level": 1,
        "invoices": [{"number": "I1", "due_date": "2025-01-31", "days_overdue": 30, "open_amount": "1000.00"}],
        "overdue_amount": "1000.00", "fee": "0.00", "interest": "0.00", "total": "1000.00"}
    assert [p["customer"] for p in data["proposals"]] == ["C1", "C2"]
    letters = tmp_path / "letters"
    code, out, _ = run(db, capsys, "dunning", "--as-of", "2025-03-02", "--letters", str(letters), "--commit",
                       "--json")
    assert code == 0
    assert sorted(p.name for p in letters.iterdir()) == ["C1.pdf", "C2.pdf", "all.pdf"]
    text = subprocess.run(["pdftotext", str(letters / "all.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "I1" in text and "上海宏达贸易有限公司" in text
    # committed: 14 days must pass before the next letter
    assert json.loads(run(db, capsys, "dunning", "--as-of", "2025-03-15", "--json")[1])["proposals"] == []
    p = json.loads(run(db, capsys, "dunning", "--as-of", "2025-03-16", "--json")[1])["proposals"]
    assert [(x["customer"], x["level"], x["interest"]) for x in p] == [("C1", 2, "9.64"), ("C2", 1, "0.00")]  # 1000 x 0.08 x 44 / 365


def test_reminders_json(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00", due="2025-01-31")
    invoice(db, "C1", "I2", "2025-01-01", "200.00", due="2025-02-05")
    invoice(db, "C1", "I3", "2025-01-01", "300.00", due="2025-03-05")
    _code, out, _ = run(db, capsys, "reminders", "--as-of", "2025-02-01", "--days", "7", "--json")
    data = json.loads(out)
    assert data["overdue"] == [{"customer": "C1", "number": "I1", "due_date": "2025-01-31",
                                "open_amount": "100.00", "days_overdue": 1}]
    assert data["due_soon"] == [{"customer": "C1", "number": "I2", "due_date": "2025-02-05",
                                 "open_amount": "200.00", "days_left": 4}]


def test_grades_command_keeps_changes_for_the_customer_list(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    customer(db, "C1")
    invoice(db, "C1", "I1", "2025-01-01", "100.00", due="2025-01-31")
    pay(db, "C1", "P1", "2025-01-31", "100.00", "I1")
    code, out, _ = run(db, capsys, "grades", "--as-of", "2025-06-30", "--json")
    assert code == 0 and json.loads(out) == {"as_of": "2025-06-30", "changed": 1}
    from app.services.customers.records import find_customer
    with db.uow() as uow:
        c = find_customer(uow.session, "C1")
        assert (c.grade, c.payment_index) == ("A", 80)
