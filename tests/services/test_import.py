"""Import (INTERCHANGE §1, §7): all or nothing, every bad row named with file, row, column and reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Customer, Document
from app.services.customers import records as customers
from app.services.errors import CompanyFileError, ImportRejected
from app.services.interchange import importing
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database

CUSTOMERS = "code,name,payment_terms_days,language,tags,credit_limit\nA,Harbor Trading Ltd,30,en,vip;export,5000\nB,上海华东贸易有限公司,15,zh_CN,,\n"
INVOICES = "number,customer_code,issue_date,amount\nI1,A,2026-01-01,100.00\nI2,B,2026-01-02,250.5\n"


def write(folder: Path, **files: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / f"{name}.csv").write_text(content, encoding="utf-8")
    return folder


def count(db: Database, model: type) -> int:
    with db.uow() as uow:
        return int(uow.session.execute(select(func.count()).select_from(model)).scalar_one())


def rejected(db: Database, folder: Path) -> list[str]:
    with pytest.raises(ImportRejected) as exc:
        importing.import_path(db, folder)
    assert count(db, Customer) == 0 and count(db, Document) == 0, "nothing may be written"
    return [str(e) for e in exc.value.errors]


def test_a_clean_data_set_is_imported_with_defaults(db: Database, tmp_path: Path) -> None:
    folder = write(tmp_path / "ds", customers=CUSTOMERS, invoices=INVOICES,
                   payments="reference,customer_code,date,amount,invoice_number\nP1,A,2026-01-10,40,I1\n")
    s = importing.import_path(db, folder)
    assert (s.customers, s.invoices, s.payments) == (2, 2, 1)
    inv = ledger.find_document(db.uow(), "invoice", "I2")
    assert inv.due_date == dt.date(2026, 1, 17)  # issue date + the customer's 15 days
    assert inv.amount == Decimal("250.50")
    a = customers.get_customer(db.uow(), "A")
    assert a.tags == ("export", "vip") and a.credit_limit == Decimal("5000.00")
    assert ledger.balance(db.uow(), "A") == Decimal("60.00")


def test_bom_and_spaces_around_values_and_headers_are_accepted(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "ds"
    folder.mkdir()
    (folder / "customers.csv").write_bytes("\ufeff code , name \n A ,\tHarbor \n".encode())
    importing.import_path(db, folder)
    assert customers.get_customer(db.uow(), "A").name == "Harbor"


def test_a_file_with_only_a_header_adds_nothing(db: Database, tmp_path: Path) -> None:
    s = importing.import_path(db, write(tmp_path / "ds", customers="code,name\n"))
    assert s.customers == 0


@pytest.mark.parametrize("amount,reason", [
    ("1,000.00", "thousands separator"), ("¥100", "currency sign"), ("100.001", "decimal places"),
    ("0.30000000000000004", "decimal places"), ("-100", "sign"), ("0", "greater than zero"),
])
def test_bad_amounts_are_rejected_with_file_row_and_column(db: Database, tmp_path: Path, amount: str,
                                                           reason: str) -> None:
    folder = write(tmp_path / "ds", customers=CUSTOMERS,
                   invoices=f'number,customer_code,issue_date,amount\nI1,A,2026-01-01,"{amount}"\n')
    (line,) = rejected(db, folder)
    assert line.startswith("invoices.csv:2:amount: ") and reason in line


def test_every_bad_row_is_listed_at_once(db: Database, tmp_path: Path) -> None:
    folder = write(tmp_path / "ds", customers=CUSTOMERS + "A,Duplicate,30,en,,\n", invoices=(
        "number,customer_code,issue_date,amount\n"
        "I1,A,2026-01-01,100\n"
        "I2,NOPE,2026-01-01,100\n"        # unknown customer
        "I3,A,2026/01/01,100\n"           # not ISO
        "I4,A,2026-02-30,100\n"           # no such date
        "I1,A,2026-01-05,100\n"           # duplicate number
    ), payments=(
        "reference,customer_code,date,amount,invoice_number\n"
        "P1,B,2026-01-10,10,I1\n"         # another customer's invoice
        "P2,A,2026-01-10,10,I99\n"        # unknown invoice
    ))
    lines = rejected(db, folder)
    assert lines == [
        "customers.csv:4:code: duplicate code A (also on row 2)",
        "invoices.csv:3:customer_code: unknown customer NOPE",
        "invoices.csv:4:issue_date: not an ISO date (YYYY-MM-DD): '2026/01/01'",
        "invoices.csv:5:issue_date: no such date: 2026-02-30",
        "invoices.csv:6:number: duplicate invoice I1 (also on row 2)",
        "payments.csv:2:invoice_number: invoice I1 belongs to another customer",
        "payments.csv:3:invoice_number: unknown invoice I99",
    ]


def test_missing_and_unknown_columns(db: Database, tmp_path: Path) -> None:
    folder = write(tmp_path / "ds", customers="code,name,colour\nA,Harbor,red\n",
                   invoices="number,customer_code,amount\n")
    lines = rejected(db, folder)
    assert "customers.csv:1:colour: unknown column (use --ignore-unknown to skip it)" in lines
    assert "invoices.csv:1:issue_date: required column is missing" in lines
    s = importing.import_path(db, write(tmp_path / "ok", customers="code,name,colour\nA,Harbor,red\n"),
                              ignore_unknown=True)
    assert s.customers == 1


def test_empty_file_not_utf8_and_unknown_files_are_errors(db: Database, tmp_path: Path) -> None:
    folder = write(tmp_path / "ds", invoices="")
    (folder / "customers.csv").write_bytes("code,name\nA,Caf\xe9\n".encode("latin-1"))
    (folder / "notes.txt").write_text("hello")
    lines = rejected(db, folder)
    assert "customers.csv:2:*: not UTF-8 text (save the file as CSV UTF-8)" in lines
    assert "invoices.csv:1:*: empty file: a header row is needed" in lines
    assert any(x.startswith("notes.txt:1:*: unknown file") for x in lines)


def test_importing_the_same_rows_twice_is_an_error(db: Database, tmp_path: Path) -> None:
    folder = write(tmp_path / "ds", customers=CUSTOMERS, invoices=INVOICES)
    importing.import_path(db, folder)
    with pytest.raises(ImportRejected) as exc:
        importing.import_path(db, folder)
    assert "customers.csv:2:code: customer A is already in the company file" in [str(e) for e in exc.value.errors]
    assert count(db, Document) == 2


def test_a_name_starting_with_equals_is_stored_as_text(db: Database, tmp_path: Path) -> None:
    importing.import_path(db, write(tmp_path / "ds", customers='code,name\nX,"=HYPERLINK(""http://x"")"\n'))
    assert customers.get_customer(db.uow(), "X").name == '=HYPERLINK("http://x")'


def test_dry_run_checks_everything_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    s = importing.import_path(db, write(tmp_path / "ds", customers=CUSTOMERS, invoices=INVOICES), dry_run=True)
    assert s.dry_run and s.invoices == 2
    assert count(db, Customer) == 0


def test_a_workbook_is_read_like_the_folder(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "customers"
    ws.append(["code", "name", "credit_limit"])
    ws.append(["A", "Harbor", 5000])
    inv = wb.create_sheet("invoices")
    inv.append(["number", "customer_code", "issue_date", "amount"])
    inv.append(["I1", "A", dt.date(2026, 1, 1), 1234.5])  # float-ok: a real Excel numeric cell
    inv.append(["I2", "A", dt.datetime(2026, 1, 2), 100.125])  # float-ok: three decimals must be refused
    wb.save(tmp_path / "book.xlsx")
    with pytest.raises(ImportRejected) as exc:
        importing.import_path(db, tmp_path / "book.xlsx")
    (err,) = exc.value.errors
    assert err.file == "invoices" and err.row == 3 and err.column == "amount"
    inv.delete_rows(3)
    wb.save(tmp_path / "book.xlsx")
    importing.import_path(db, tmp_path / "book.xlsx")
    assert ledger.find_document(db.uow(), "invoice", "I1").amount == Decimal("1234.50")


def test_dunning_levels_must_be_numbered_without_gaps(db: Database, tmp_path: Path) -> None:
    folder = write(tmp_path / "ds", dunning_levels="level,days_overdue,fee\n1,7,0\n3,60,50\n")
    with pytest.raises(ImportRejected) as exc:
        importing.import_path(db, folder)
    assert "without gaps" in str(exc.value.errors[0])


def test_a_path_that_is_not_a_data_set(db: Database, tmp_path: Path) -> None:
    with pytest.raises(CompanyFileError):
        importing.import_path(db, tmp_path / "missing")


def test_grades_are_written_in_the_imports_own_transaction(db: Database, tmp_path: Path) -> None:
    """A kill right after the import commits can no longer leave every grade at "new": the grades
    are part of the commit (the import is one transaction, grades included)."""
    from app.models import GradeHistory

    folder = tmp_path / "g"
    folder.mkdir()
    (folder / "customers.csv").write_text("code,name\nC1,Harbor Trading Ltd\n", encoding="utf-8")
    months = range(1, 10)
    (folder / "invoices.csv").write_text("number,customer_code,issue_date,amount,due_date\n" + "".join(
        f"I{m},C1,2026-{m:02d}-05,100.00,2026-{m:02d}-25\n" for m in months), encoding="utf-8")
    (folder / "payments.csv").write_text("reference,customer_code,date,amount,invoice_number\n" + "".join(
        f"P{m},C1,2026-{m:02d}-20,100.00,I{m}\n" for m in months), encoding="utf-8")
    commits: list[int] = []
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    def count(session: Session) -> None:
        commits.append(1)

    event.listen(Session, "after_commit", count)
    try:
        importing.import_path(db, folder)
    finally:
        event.remove(Session, "after_commit", count)
    assert len(commits) == 1
    with db.read_uow() as uow:
        grade = uow.session.execute(select(Customer.grade).where(Customer.code == "C1")).scalar_one()
        history = uow.session.execute(select(GradeHistory.grade)).scalars().all()
    assert grade != "new" and history == [grade]
