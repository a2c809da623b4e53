"""The statement commands as a script runs them: files written, JSON, exit codes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import Runner
from tests.cli.test_core_cli import dataset

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def books(duebook: Runner, tmp_path: Path) -> Runner:
    assert duebook("init", "--company", "T").code == 0
    assert duebook("import", str(dataset(tmp_path))).code == 0
    return duebook


@needs_poppler
def test_statement_pdf_and_xlsx_from_the_command_line(books: Runner, tmp_path: Path) -> None:
    r = books("statement", "B", "--from", "2026-06-01", "--to", "2026-06-30", "--pdf", str(tmp_path / "b.pdf"),
              "--xlsx", str(tmp_path / "b.xlsx"), "--json")
    assert r.code == 0, r.err
    text = text_of(tmp_path / "b.pdf")
    assert "上海华东贸易有限公司" in text and "I3" in text and "75.50" in text
    ws = load_workbook(tmp_path / "b.xlsx").worksheets[0]
    assert any(c.value == "I3" for row in ws.iter_rows() for c in row)


@needs_poppler
def test_statements_batch_writes_pdfs_all_pdf_and_a_workbook(books: Runner, tmp_path: Path) -> None:
    out = tmp_path / "batch"
    r = books("statements", "--from", "2026-01-01", "--to", "2026-06-30", "--out", str(out), "--json")
    assert r.code == 0, r.err
    data = r.json
    assert data["count"] == 2
    assert [(s["customer"], s["closing_balance"]) for s in data["statements"]] == [("A", "280.00"), ("B", "75.50")]
    assert sorted(p.name for p in out.iterdir()) == ["A.pdf", "B.pdf", "all.pdf", "statements.xlsx"]
    assert data["all_pdf"] == str(out / "all.pdf") and data["workbook"] == str(out / "statements.xlsx")
    merged = text_of(out / "all.pdf")
    assert "Harbor Trading Ltd" in merged and "上海华东贸易有限公司" in merged
    assert len(load_workbook(out / "statements.xlsx").sheetnames) == 2


def test_statements_by_tag_codes_and_open_item(books: Runner, tmp_path: Path) -> None:
    r = books("statements", "--from", "2026-01-01", "--to", "2026-06-30", "--out", str(tmp_path / "t"), "--tag", "vip",
              "--json")
    assert [s["customer"] for s in r.json["statements"]] == ["A"]
    r = books("statements", "--from", "2026-01-01", "--to", "2026-06-30", "--out", str(tmp_path / "c"), "--codes",
              "B", "--open-item", "--json")
    assert r.code == 0 and r.json["open_item"] is True and [s["customer"] for s in r.json["statements"]] == ["B"]
    r = books("statements", "--from", "2026-01-01", "--to", "2026-06-30", "--out", str(tmp_path / "p"))
    assert r.code == 0 and "2 statement(s)" in r.out and "all.pdf" in r.out


def test_statements_user_errors_exit_1(books: Runner, tmp_path: Path) -> None:
    r = books("statements", "--from", "2026-01-01", "--to", "2026-06-30", "--out", str(tmp_path / "x"), "--codes",
              "A,NOPE")
    assert r.code == 1 and "NOPE" in r.err and len(r.err.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()
    r = books("statements", "--from", "2026-06-30", "--to", "2026-01-01", "--out", str(tmp_path / "y"))
    assert r.code == 1
    r = books("statements", "--from", "2026-01-01", "--out", str(tmp_path / "z"))
    assert r.code == 2  # --to is required


def test_aging_workbook_and_pdf_from_the_command_line(books: Runner, tmp_path: Path) -> None:
    r = books("aging", "--as-of", "2026-06-30", "--xlsx", str(tmp_path / "a.xlsx"), "--pdf", str(tmp_path / "a.pdf"))
    assert r.code == 0, r.err
    ws = load_workbook(tmp_path / "a.xlsx").worksheets[0]
    assert [r[0] for r in ws.iter_rows(values_only=True) if r[0] in ("A", "B")] == ["A", "B"]
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_export_ledger(books: Runner, tmp_path: Path) -> None:
    r = books("export-ledger", str(tmp_path / "ledger.xlsx"), "--json")
    assert r.code == 0, r.err
    assert r.json["rows"] == 6  # 3 invoices, 2 payments, 1 credit note
    numbers = {row[4] for row in load_workbook(tmp_path / "ledger.xlsx").worksheets[0].iter_rows(values_only=True)}
    assert {"I1", "I2", "I3", "P1", "P2", "CN1"} <= numbers
    r = books("export-ledger", str(tmp_path / "ledger.csv"))
    assert r.code == 0 and "ledger.csv" in r.out
