"""A company on a PostgreSQL server is backed up as a SQLite snapshot that restores into a file."""

from __future__ import annotations

from pathlib import Path

from app.services.company import open_company
from app.services.ledger import postings as ledger
from app.services.safety import backup, restore
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, invoice, payment


def test_a_server_company_backs_up_and_restores_into_a_company_file(db: Database, tmp_path: Path) -> None:
    customer(db, "A", "上海华东贸易有限公司")
    invoice(db, "A", "2026-01-05", "1200.50", number="I1")
    payment(db, "A", "2026-02-01", "500.25")
    made = backup.create_backup(db, tmp_path)
    rep = restore.verify_backup(made.path, db)
    assert rep.integrity == "ok" and rep.row_counts["documents"] == 2 and rep.row_counts["customers"] == 1
    target = tmp_path / "from-server.duebook"
    restore.restore_backup(made.path, target)
    restored = open_company(str(target))
    try:
        assert ledger.balance(restored.uow(), "A") == ledger.balance(db.uow(), "A")
        assert str(ledger.balance(restored.uow(), "A")) == "700.25"
    finally:
        restored.close()


def test_a_server_company_with_a_linked_payment_backs_up(db: Database, tmp_path: Path) -> None:
    """The server copies rows in its storage order: an invoice updated after the payment that
    points at it comes after that payment. The snapshot must still be made, and be whole."""
    from sqlalchemy import text

    customer(db, "A", "Linked Ltd")
    invoice(db, "A", "2026-01-05", "300.00", number="I1")
    payment(db, "A", "2026-02-01", "300.00", number="P1", invoice="I1")
    with db.engine.begin() as conn:  # the invoice's row now lies after the payment's on disk
        conn.execute(text("UPDATE documents SET description = 'touched' WHERE number = 'I1'"))
    made = backup.create_backup(db, tmp_path)
    rep = restore.verify_backup(made.path, db)
    assert rep.integrity == "ok" and rep.row_counts["documents"] == 2
    target = tmp_path / "linked.duebook"
    restore.restore_backup(made.path, target)
    restored = open_company(str(target))
    try:
        assert str(ledger.balance(restored.uow(), "A")) == "0.00"
    finally:
        restored.close()
