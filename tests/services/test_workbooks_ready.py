"""Workbooks and report files in the reader's language: translated labels and page numbers,
numeric headers right-aligned, summary figures as numbers, never a developer key."""

from __future__ import annotations

import re
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from app.services.company import company_info
from app.services.documents.excel import write_aging_workbook, write_statement_workbook
from app.services.ledger import aging
from app.services.reports import analysis as reports
from app.services.reports.export import SUMMARY_LABELS, export_pdf, export_xlsx
from app.services.unit_of_work import Database
from tests.services.test_reports import MARCH
from tests.services.test_reports import ledger as ledger
from tests.services.test_statement_pdf import make_books, statement_of

KEY = re.compile(r"\b[a-z]+_[a-z0-9_]+\b")  # due_date, total_revenue, class_a ...


def values(ws: Worksheet) -> list[Any]:
    return [c.value for row in ws.iter_rows() for c in row if c.value is not None]


def header_cells(ws: Worksheet, first: str) -> list[Any]:
    row = next(r for r in ws.iter_rows() if r[0].value == first)
    return list(row)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_aging_workbook_speaks_the_language_and_shows_no_key(db: Database, tmp_path: Path,
                                                                 language: str) -> None:
    make_books(db)
    report = aging.aging(db.uow(), statement_of(db, "C1").date_to)
    ws = load_workbook(write_aging_workbook(report, tmp_path / "a.xlsx", language=language)).worksheets[0]
    texts = [v for v in values(ws) if isinstance(v, str)]
    assert not [t for t in texts if KEY.search(t)], texts
    zh = language == "zh_CN"
    assert ("到期日" if zh else "due date") in texts
    head = header_cells(ws, "客户编号" if zh else "Code")
    assert [c.value for c in head][-2:] == (["未核销", "合计"] if zh else ["Unapplied", "Total"])
    # numeric headers sit right, over their numbers; text headers stay left
    assert head[0].alignment.horizontal in (None, "general", "left")
    assert all(c.alignment.horizontal == "right" for c in head[2:])
    assert ws.oddFooter.right.text == ("第 &P 页，共 &N 页" if zh else "Page &P of &N")


def test_statement_workbook_headers_align_with_their_numbers(db: Database, tmp_path: Path) -> None:
    make_books(db)
    ws = load_workbook(write_statement_workbook(statement_of(db, "C2"), tmp_path / "s.xlsx")).worksheets[0]
    head = {c.value: c.alignment.horizontal for c in header_cells(ws, "Date")}
    assert head["Debit"] == head["Credit"] == head["Balance"] == "right"
    assert head["Type"] != "right" and head["Description"] != "right"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_report_workbook_summary_has_labels_and_numbers(ledger: Database, tmp_path: Path,
                                                        language: str) -> None:
    r = reports.contribution(ledger.uow(), *MARCH)
    ws = load_workbook(export_xlsx(r, tmp_path / "c.xlsx", language)).active
    rows = {row[0].value: row[1].value for row in ws.iter_rows(max_row=12) if row[0].value}
    label = SUMMARY_LABELS["total_revenue"][1 if language == "zh_CN" else 0]
    assert label in rows
    assert Decimal(str(rows[label])) == r.summary["total_revenue"]  # a number cell, not "3,500.00" text
    assert isinstance(rows[SUMMARY_LABELS["class_a"][1 if language == "zh_CN" else 0]], int)
    texts = [v for v in values(ws) if isinstance(v, str)]
    assert not [t for t in texts if KEY.search(t) or t.endswith(":")], texts


def test_report_pdf_prints_summary_labels_not_keys(ledger: Database, tmp_path: Path) -> None:
    for name in ("contribution", "collection", "dso"):
        r = reports.run_report(ledger.uow(), name, *MARCH)
        for language in ("en", "zh_CN"):
            p = export_pdf(r, tmp_path / f"{name}-{language}.pdf", company_info(ledger.uow()), language)
            text = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True,
                                  check=True).stdout
            assert not KEY.search(text), (name, language, KEY.findall(text))
            for key in r.summary:
                assert SUMMARY_LABELS[key][1 if language == "zh_CN" else 0] in text
