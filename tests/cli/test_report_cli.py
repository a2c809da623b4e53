"""``duebook report NAME --from D1 --to D2 --json [--xlsx X]`` as a script would call it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, invoice, payment


@pytest.fixture
def company(db: Database) -> str:
    customer(db, "C1", "Harbor Trading Ltd")
    customer(db, "C2", "上海华东贸易有限公司")
    invoice(db, "C1", "2026-02-10", "1000", "I1")
    invoice(db, "C1", "2026-03-10", "2000", "I2")
    invoice(db, "C2", "2026-03-15", "500", "I3")
    payment(db, "C1", "2026-03-25", "1600", "P1")
    path = db.path
    assert path is not None
    db.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_collection_report_as_json(company: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", company, "report", "collection", "--from", "2026-03-01",
                       "--to", "2026-03-31", "--json")
    assert code == 0
    data = json.loads(out)
    # 1600 / (1000 at the start + 2500 billed) = 0.4571
    assert data["report"] == "collection" and data["from"] == "2026-03-01"
    assert data["summary"] == {"opening_receivable": "1000.00", "billed": "2500.00", "collected": "1600.00",
                               "closing_receivable": "1900.00", "collection_rate": "0.4571"}
    assert [r["code"] for r in data["rows"]] == ["C1", "C2"]


def test_dso_contribution_and_frequency_as_json_with_a_workbook(company: str, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", company, "report", "dso", "--from", "2026-03-01", "--to", "2026-03-31",
                       "--json", "--xlsx", str(tmp_path / "dso.xlsx"))
    assert code == 0
    assert json.loads(out)["summary"]["dso"] == "23.6"  # 1900 / 2500 x 31 = 23.56
    assert (tmp_path / "dso.xlsx").stat().st_size > 0
    code, out, _ = run(capsys, "--db", company, "report", "contribution", "--from", "2026-03-01",
                       "--to", "2026-03-31", "--json")
    assert [(r["code"], r["revenue"], r["class"]) for r in json.loads(out)["rows"]] == [
        ("C1", "2000.00", "A"), ("C2", "500.00", "B")]
    code, out, _ = run(capsys, "--db", company, "report", "frequency", "--from", "2026-01-01",
                       "--to", "2026-03-31", "--json", "--inactive-days", "7")
    rows = {r["code"]: r for r in json.loads(out)["rows"]}
    assert rows["C1"]["invoices"] == 2 and rows["C1"]["inactive"] is False
    assert rows["C2"]["last_activity"] == "2026-03-15" and rows["C2"]["inactive"] is True


def test_a_bad_period_or_name_is_a_user_or_usage_error(company: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", company, "report", "dso", "--from", "2026-03-31", "--to", "2026-03-01")
    assert code == 1 and err.count("\n") == 1
    with pytest.raises(SystemExit) as e:
        main(["--db", company, "report", "nonsense", "--from", "2026-03-01", "--to", "2026-03-31"])
    assert e.value.code == 2


def test_text_output_and_value_classes(company: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", company, "report", "top_overdue", "--from", "2026-03-01",
                       "--to", "2026-06-30")
    assert code == 0 and "C2" in out
    code, out, _ = run(capsys, "--db", company, "value-classes", "--as-of", "2026-03-31", "--json")
    assert json.loads(out)["counts"] == {"A": 1, "B": 1, "C": 0}


def test_a_report_grouped_by_region_with_subtotals_as_json(db: Database, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    customer(db, "C1", "Harbor Trading Ltd", region="East", tags=("vip", "export"))
    customer(db, "C2", "上海华东贸易有限公司", region="East", tags=("vip",))
    customer(db, "C3", "Northwind", region="North")
    invoice(db, "C1", "2026-02-10", "1000", "I1")
    invoice(db, "C1", "2026-03-10", "2000", "I2")
    invoice(db, "C2", "2026-03-15", "500", "I3")
    invoice(db, "C3", "2026-03-20", "400", "I4")
    payment(db, "C1", "2026-03-25", "1600", "P1")
    path = db.path
    assert path is not None
    db.close()
    plain = json.loads(run(capsys, "--db", path, "report", "collection", "--from", "2026-03-01", "--to",
                           "2026-03-31", "--json")[1])
    assert "groups" not in plain and "group_by" not in plain
    code, out, _ = run(capsys, "--db", path, "report", "collection", "--from", "2026-03-01", "--to", "2026-03-31",
                       "--group-by", "region", "--json", "--xlsx", str(tmp_path / "r.xlsx"))
    assert code == 0
    data = json.loads(out)
    assert {k: v for k, v in data.items() if k not in ("group_by", "groups", "note")} == plain
    assert data["group_by"] == "region" and data["note"] == ""
    east, north = data["groups"]
    assert (east["group"], east["customers"], [r["code"] for r in east["rows"]]) == ("East", 2, ["C1", "C2"])
    # East: 1600 / (1000 + 2500) = 0.4571; North: 0 / 400
    assert east["summary"] == {"opening_receivable": "1000.00", "billed": "2500.00", "collected": "1600.00",
                               "closing_receivable": "1900.00", "collection_rate": "0.4571"}
    assert north["summary"]["collection_rate"] == "0.0000"
    assert (tmp_path / "r.xlsx").stat().st_size > 0
    code, out, _ = run(capsys, "--db", path, "report", "dso", "--from", "2026-03-01", "--to", "2026-03-31",
                       "--group-by", "tag")
    assert code == 0 and "several tags" in out and "vip (2)" in out
    with pytest.raises(SystemExit) as e:
        main(["--db", path, "report", "dso", "--from", "2026-03-01", "--to", "2026-03-31", "--group-by", "colour"])
    assert e.value.code == 2
