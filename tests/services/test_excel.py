"""Workbooks as an accountant opens them: real numbers and dates, never formulas, valid sheets."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from app.services.company import create_company
from app.services.customers import records as customers
from app.services.documents.excel import (
    money_format,
    safe_sheet_name,
    safe_text,
    write_aging_workbook,
    write_csv,
    write_customers_workbook,
    write_ledger_export,
    write_statement_workbook,
    write_statements_workbook,
    write_table,
)
from app.services.ledger import aging
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, d, invoice
from tests.services.test_statement_pdf import FORMULA_NAME, ZH_NAME, make_books, statement_of

MONEY = "#,##0.00;[Red]-#,##0.00"


def cells(ws: Worksheet) -> list[Any]:
    return [c for row in ws.iter_rows() for c in row if c.value is not None]


def assert_no_formulas(ws: Worksheet) -> None:
    for c in cells(ws):
        assert c.data_type != "f", f"{c.coordinate} holds a formula: {c.value!r}"


def row_with(ws: Worksheet, text: str, last: bool = False) -> list[Any]:
    rows = list(ws.iter_rows(values_only=True))
    for row in reversed(rows) if last else rows:
        if text in row:
            return list(row)
    raise AssertionError(f"no row with {text!r}")


def test_statement_workbook_has_numbers_dates_and_print_setup(db: Database, tmp_path: Path) -> None:
    make_books(db)
    st = statement_of(db, "C1")
    wb = load_workbook(write_statement_workbook(st, tmp_path / "st.xlsx"))
    assert len(wb.worksheets) == 1
    sized = load_workbook(tmp_path / "st.xlsx", read_only=True).worksheets[0]
    assert (sized.max_row, sized.max_column) == (wb.worksheets[0].max_row, 8)
    ws = wb.worksheets[0]
    assert ws.title.startswith("C1")
    assert_no_formulas(ws)
    header = row_with(ws, "单号")
    header_row = next(c.row for c in cells(ws) if c.value == "单号")
    assert header[:8] == ["日期", "类型", "单号", "摘要", "到期日", "借方", "贷方", "余额"]
    assert ws.freeze_panes == f"A{header_row + 1}"
    assert ws.auto_filter.ref.startswith(f"A{header_row}:H")
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert (ws.oddFooter.right.text or "") == "第 &P 页，共 &N 页"  # a Chinese statement numbers its pages in Chinese
    assert ws.column_dimensions["D"].width and ws.column_dimensions["D"].width >= 8

    inv = row_with(ws, "INV-C1-02")
    date_cell = next(c for c in cells(ws) if c.value == "INV-C1-02").row
    a = ws.cell(date_cell, 1)
    assert isinstance(a.value, dt.datetime) and a.value.date() == d("2026-02-05")
    assert a.number_format == "yyyy-mm-dd"
    debit = ws.cell(date_cell, 6)
    assert isinstance(debit.value, int | float) and not isinstance(debit.value, bool)
    assert Decimal(str(debit.value)) == Decimal("2500.50")
    assert debit.number_format == MONEY
    assert inv[2] == "INV-C1-02"
    closing = row_with(ws, "期末余额")
    assert Decimal(str(closing[7])) == st.closing_balance == Decimal("2889.38")
    for c in cells(ws):
        if isinstance(c.value, float | int) and not isinstance(c.value, bool):
            assert c.number_format in (MONEY, "yyyy-mm-dd", "0"), (c.coordinate, c.number_format)


def test_a_name_that_looks_like_a_formula_stays_text(db: Database, tmp_path: Path) -> None:
    make_books(db)
    wb = load_workbook(write_statement_workbook(statement_of(db, "C3"), tmp_path / "c3.xlsx"))
    ws = wb.worksheets[0]
    assert_no_formulas(ws)
    name = next(c for c in cells(ws) if c.value == FORMULA_NAME)
    assert name.data_type == "s"
    assert name.quotePrefix  # Excel keeps it text even when the cell is edited
    out = write_table(tmp_path / "t.xlsx", ["Text"], [["=1+2"], ["+3"], ["-4"], ["@SUM(A1)"], ["plain"]])
    ws2 = load_workbook(out).worksheets[0]
    assert [c.value for c in cells(ws2)][1:] == ["=1+2", "+3", "-4", "@SUM(A1)", "plain"]
    assert all(c.data_type == "s" for c in cells(ws2))


def test_csv_export_defuses_formulas_and_keeps_chinese(tmp_path: Path) -> None:
    out = write_csv(tmp_path / "t.csv", ["Name", "Amount", "Date"],
                    [["=cmd|' /C calc'!A0", Decimal("-12.50"), dt.date(2026, 3, 1)], [ZH_NAME, Decimal("3.00"), None],
                     ["@x", None, None], ["+1", None, None], ["-1", None, None]])
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[1].startswith("'=cmd") and lines[1].endswith("-12.50,2026-03-01")
    assert lines[2] == f"{ZH_NAME},3.00,"
    assert [ln.split(",")[0] for ln in lines[3:]] == ["'@x", "'+1", "'-1"]
    assert safe_text("ok") == "ok" and safe_text("=A1") == "'=A1"


def test_sheet_names_are_valid_short_and_unique() -> None:
    taken: set[str] = set()
    a = safe_sheet_name("C1 [Shanghai]: a/b\\c*d?e", taken)
    assert not set("[]:*?/\\") & set(a)
    long = safe_sheet_name("X" * 40, taken)
    assert len(long) == 31
    again = safe_sheet_name("x" * 40, taken)  # same name ignoring case
    assert len(again) <= 31 and again.lower() != long.lower()
    assert safe_sheet_name("", taken) == "Sheet"
    assert safe_sheet_name("'quoted'", taken) == "quoted"


def test_batch_workbook_has_a_sheet_per_customer(db: Database, tmp_path: Path) -> None:
    make_books(db)
    sts = [statement_of(db, c) for c in ("C1", "C2", "C3")]
    wb = load_workbook(write_statements_workbook(sts, tmp_path / "all.xlsx"))
    assert len(wb.sheetnames) == 3
    assert wb.sheetnames[0].startswith("C1 " + ZH_NAME[:10])
    assert wb.sheetnames[2] == 'C3 =HYPERLINK("http___evil.exam'  # ':' and '/' replaced, 31 chars
    for name in wb.sheetnames:
        assert len(name) <= 31 and not set("[]:*?/\\") & set(name)
        assert_no_formulas(wb[name])
    assert Decimal(str(row_with(wb.worksheets[1], "Closing balance")[7])) == Decimal("120.00")


def test_open_item_statement_workbook(db: Database, tmp_path: Path) -> None:
    make_books(db)
    ws = load_workbook(write_statement_workbook(statement_of(db, "C1", open_item=True), tmp_path / "oi.xlsx")).active
    assert ws is not None
    r = row_with(ws, "INV-C1-02")
    assert r[4] == 24 and Decimal(str(r[6])) == Decimal("2500.50")
    assert Decimal(str(row_with(ws, "应付金额")[1])) == Decimal("2889.38")  # the title block
    assert Decimal(str(row_with(ws, "应付金额", last=True)[6])) == Decimal("2889.38")  # under the table


def test_aging_workbook_rows_and_totals(db: Database, tmp_path: Path) -> None:
    make_books(db)
    report = aging.aging(db.uow(), d("2026-03-31"))
    ws = load_workbook(write_aging_workbook(report, tmp_path / "aging.xlsx")).worksheets[0]
    assert_no_formulas(ws)
    header = row_with(ws, "Code")
    assert header == ["Code", "Customer", "Not due", "1-30 days", "31-60 days", "61-90 days", "91+ days",
                      "Unapplied", "Total"]
    codes = [r[0] for r in ws.iter_rows(values_only=True) if r[0] in ("C1", "C2", "C3", "C4")]
    assert codes == ["C1", "C2", "C3"]
    total = row_with(ws, "Total", last=True)
    assert Decimal(str(total[8])) == report.total
    assert ws.freeze_panes is not None and ws.auto_filter.ref


def test_money_format_follows_the_currency_digits(tmp_path: Path) -> None:
    assert money_format(2) == MONEY
    assert money_format(0) == "#,##0;[Red]-#,##0"
    assert money_format(3) == "#,##0.000;[Red]-#,##0.000"
    jdb = create_company(str(tmp_path / "jpy.duebook"), "Yen KK", "JPY", "en")
    try:
        customer(jdb, "J1", "Tokyo Trading", language="en")
        invoice(jdb, "J1", "2026-01-05", "1200", "INV-J1")
        report = aging.aging(jdb.uow(), d("2026-03-31"))
        ws = load_workbook(write_aging_workbook(report, tmp_path / "jpy.xlsx")).worksheets[0]
        c = next(c for c in cells(ws) if c.value == 1200)
        assert c.number_format == "#,##0;[Red]-#,##0"
    finally:
        jdb.close()


def test_customers_workbook(db: Database, tmp_path: Path) -> None:
    make_books(db)
    rows = customers.list_customers(db.uow(), customers.CustomerFilter())
    ws = load_workbook(write_customers_workbook(rows, tmp_path / "c.xlsx")).worksheets[0]
    assert_no_formulas(ws)
    r = row_with(ws, "C1")
    assert r[1] == ZH_NAME and r[6] == "vip" and Decimal(str(r[7])) == Decimal("2889.38")
    assert row_with(ws, "C3")[1] == FORMULA_NAME


def test_ledger_export_has_every_document_with_running_balances(db: Database, tmp_path: Path) -> None:
    make_books(db)
    out = write_ledger_export(db, tmp_path / "ledger.xlsx")
    ws = load_workbook(out).worksheets[0]
    assert_no_formulas(ws)
    assert load_workbook(out, read_only=True).worksheets[0].max_row == ws.max_row == 4 + 8  # sized for readers: 3 title rows, the header, 8 documents
    numbers = [r[4] for r in ws.iter_rows(values_only=True)]
    for n in ("INV-C1-01", "INV-C1-02", "INV-C1-03", "PAY-C1-01", "INV-C2-01", "INV-C3-01", "INV-C4-01",
              "PAY-C4-01"):
        assert n in numbers
    last_c1 = [r for r in ws.iter_rows(values_only=True) if r[0] == "C1"][-1]
    assert Decimal(str(last_c1[10])) == Decimal("2889.38")
    last_c4 = [r for r in ws.iter_rows(values_only=True) if r[0] == "C4"][-1]
    assert Decimal(str(last_c4[10])) == 0
    csv_out = write_ledger_export(db, tmp_path / "ledger.csv")
    text = csv_out.read_text(encoding="utf-8-sig")
    assert "INV-C1-02" in text and ZH_NAME in text and "2889.38" in text


def test_a_failed_export_leaves_no_half_file(tmp_path: Path) -> None:
    def rows() -> Any:
        yield ["a", Decimal("1.00")]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_table(tmp_path / "broken.xlsx", ["A", "B"], rows(), ["text", "money"])
    assert list(tmp_path.iterdir()) == []


def test_floats_are_refused(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        write_table(tmp_path / "f.xlsx", ["A"], [[0.1]], ["money"])


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_statement_workbook(db: Database, tmp_path: Path) -> None:
    make_books(db)
    book = write_statement_workbook(statement_of(db, "C3"), tmp_path / "c3.xlsx")
    out = tmp_path / "out"
    profile = tmp_path / f"lo_profile_{os.getpid()}"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", str(out),
                    str(book)], check=True, capture_output=True, timeout=120)
    text = (out / "c3.csv").read_text(encoding="utf-8")
    assert FORMULA_NAME.replace('"', '""') in text  # shown as typed, not evaluated
    assert "INV-C3-01" in text
    assert "2026-02-11" in text  # a real date shown in its yyyy-mm-dd format
    assert '"42.00"' in text or ",42.00" in text  # a number in the money format
