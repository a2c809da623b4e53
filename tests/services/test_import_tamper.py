"""A figure a bulk import brought in and then edited in the file behind Duebook's back is named by
``audit verify``: the import's one audit entry holds the digest of every row it added (documents,
applications, customers' credit fields), so the first differing one is found by its number."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main
from app.services.credit import figures as credit
from app.services.interchange import importing
from app.services.safety import audit_trail, backup
from app.services.unit_of_work import Database
from tests.conftest import MemoryKeyring
from tests.services.ledger_helpers import customer, invoice

CUSTOMERS = "code,name,credit_limit\n" + "".join(f"C{i},Customer {i} Ltd,{1000 + i}\n" for i in range(30))
INVOICES = "number,customer_code,issue_date,amount\n" + "".join(
    f"I{i},C{i % 30},2026-01-{1 + i % 28:02d},{100 + i}.25\n" for i in range(300))
PAYMENTS = "reference,customer_code,date,amount,invoice_number\n" + "".join(
    f"P{i},C{i % 30},2026-02-10,50.00,I{i}\n" for i in range(0, 300, 7))


@pytest.fixture
def books(db: Database, memory_keyring: MemoryKeyring, tmp_path: Path) -> Database:
    customer(db, "A", "Harbor Trading Ltd")
    invoice(db, "A", "2026-01-05", "1200.00", number="H1")  # posted by hand before the import
    folder = tmp_path / "ds"
    folder.mkdir()
    for name, content in (("customers", CUSTOMERS), ("invoices", INVOICES), ("payments", PAYMENTS)):
        (folder / f"{name}.csv").write_text(content, encoding="utf-8")
    importing.import_path(db, folder)
    backup.create_backup(db, tmp_path / "b")
    return db


def edit_behind_the_back(db: Database, sql: str) -> None:
    """An edit behind Duebook's back: plain SQL on the company's database (a file or a server)."""
    with db.engine.begin() as conn:
        conn.execute(text(sql))


def test_an_untouched_import_verifies(books: Database) -> None:
    rep = audit_trail.verify(books.uow())
    assert rep.ok and rep.authenticated, rep.problem


@pytest.mark.parametrize("sql,named", [
    ("UPDATE documents SET amount = amount + 1 WHERE number = 'I137'", "invoice I137"),
    ("UPDATE documents SET amount = 1 WHERE number = 'I0'", "invoice I0"),
    ("UPDATE documents SET date = '2026-12-31' WHERE number = 'I250'", "invoice I250"),
    ("UPDATE documents SET direction = -1 WHERE number = 'I77'", "invoice I77"),
    ("UPDATE documents SET amount = 1 WHERE number = 'P7'", "payment P7"),
    ("UPDATE applications SET amount = 1 WHERE id = (SELECT MAX(id) FROM applications)", "application"),
    ("UPDATE customers SET credit_limit = 99999900 WHERE code = 'C17'", "customer C17 has credit_limit"),
    ("UPDATE customers SET warn_ratio = 99 WHERE code = 'C3'", "customer C3 has warn_ratio"),
    ("UPDATE settings SET value = replace(value, 'a', 'b') WHERE key LIKE 'audit.import.%'", "row digests"),
    ("DELETE FROM settings WHERE key LIKE 'audit.import.%'", "row digests"),
])
def test_a_figure_an_import_brought_in_and_edited_in_the_file_is_named(
        books: Database, sql: str, named: str, capsys: pytest.CaptureFixture[str]) -> None:
    edit_behind_the_back(books, sql)
    rep = audit_trail.verify(books.uow())
    assert not rep.ok and named in rep.problem, rep.problem
    capsys.readouterr()
    assert main(["--db", books.path or books.url, "audit", "verify"]) == 1
    assert named in capsys.readouterr().err


def test_the_first_differing_document_is_named_when_several_were_edited(books: Database) -> None:
    edit_behind_the_back(books, "UPDATE documents SET amount = amount * 2 WHERE number IN ('I40', 'I41', 'I200')")
    rep = audit_trail.verify(books.uow())
    assert not rep.ok and "invoice I40 " in rep.problem


def test_a_credit_limit_set_after_the_import_is_compared_with_that_entry_not_the_import(books: Database) -> None:
    credit.set_credit_limit(books.uow(), "C17", Decimal("5000.00"))
    assert audit_trail.verify(books.uow()).ok
    edit_behind_the_back(books, "UPDATE customers SET credit_limit = 100 WHERE code = 'C17'")
    rep = audit_trail.verify(books.uow())
    assert not rep.ok and "customer C17 has credit_limit" in rep.problem


def test_a_second_import_and_later_postings_keep_the_books_verifiable(books: Database, tmp_path: Path) -> None:
    folder = tmp_path / "ds2"
    folder.mkdir()
    (folder / "invoices.csv").write_text("number,customer_code,issue_date,amount\nJ1,C1,2026-03-01,10.00\n",
                                         encoding="utf-8")
    importing.import_path(books, folder)
    invoice(books, "A", "2026-03-05", "10.00", number="H2")
    assert audit_trail.verify(books.uow()).ok
    edit_behind_the_back(books, "UPDATE documents SET amount = 3 WHERE number = 'J1'")
    rep = audit_trail.verify(books.uow())
    assert not rep.ok and "invoice J1" in rep.problem


@pytest.mark.parametrize("sql,named", [
    ("UPDATE documents SET customer_id = (SELECT id FROM customers WHERE code = 'C2') WHERE number = 'I31'",
     "invoice I31"),
    ("UPDATE documents SET customer_id = (SELECT id FROM customers WHERE code = 'C2') WHERE number = 'H1'",
     "invoice H1 belongs to customer C2 in the books but to A"),
    ("UPDATE documents SET status = 'voided' WHERE number = 'I8'", "invoice I8 is voided in the books"),
    ("DELETE FROM documents WHERE number = 'H1'", "invoice H1 is in the audit trail but not in the books"),
    ("UPDATE documents SET open_amount = 0 WHERE number = 'H1'", "invoice H1 is open for 0.00"),
    ("UPDATE documents SET open_amount = 0 WHERE number = 'I100'", "invoice I100 is open for 0.00"),
    ("UPDATE applications SET undone_at = '2026-03-01 00:00:00' WHERE id = (SELECT MIN(id) FROM applications)",
     "which is not its amount"),
])
def test_a_document_moved_voided_or_deleted_in_the_file_is_named(books: Database, sql: str, named: str) -> None:
    edit_behind_the_back(books, sql)
    rep = audit_trail.verify(books.uow())
    assert not rep.ok and named in rep.problem, rep.problem


def test_merging_customers_and_voiding_an_imported_invoice_are_no_false_alarm(books: Database) -> None:
    from app.services.customers import duplicates
    from app.services.ledger import postings as ledger
    from tests.services.ledger_helpers import d

    duplicates.merge_customers(books.uow(), "C1", "C2")
    ledger.void_document(books.uow(), ledger.find_document(books.uow(), "invoice", "I9").id, d("2026-03-01"),
                         "entered twice")
    rep = audit_trail.verify(books.uow())
    assert rep.ok, rep.problem
    edit_behind_the_back(books, "UPDATE documents SET status = 'posted' WHERE number = 'I9'")  # the void undone in the file
    rep = audit_trail.verify(books.uow())
    assert not rep.ok and "invoice I9 is not voided in the books but was voided" in rep.problem


def test_two_imported_customers_with_lifecycle_stages_can_be_merged(books: Database) -> None:
    from app.services.customers import duplicates
    from app.services.ledger import postings as ledger

    result = duplicates.merge_customers(books.uow(), "C1", "C2")  # both got a stage at the import
    assert result.kept_code == "C1"
    assert ledger.find_document(books.uow(), "invoice", "I2").customer_code == "C1"
