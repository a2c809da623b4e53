"""An import on a server keeps other writers out until it commits, so no id is handed out twice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.services.interchange.importing import RawTable, import_tables
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database


def _psycopg_dsn(url: str) -> str:
    u = make_url(url)
    opts = u.query.get("options", "")
    return (f"host={u.host} port={u.port or 5432} dbname={u.database} user={u.username} "
            f"password={u.password} options='{opts}'")


class _TryToWrite:
    """Progress that, while the import runs, tries to write a document from another connection."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.outcome: str | None = None

    def update(self, done: int, total: int) -> None:
        if self.outcome is not None:
            return
        with psycopg.connect(_psycopg_dsn(self.url)) as other:
            other.execute("SET lock_timeout = '300ms'")
            try:
                other.execute("LOCK TABLE documents IN ROW EXCLUSIVE MODE")  # what an INSERT takes
                self.outcome = "wrote"
            except psycopg.errors.LockNotAvailable:
                self.outcome = "waited"
            other.rollback()

    def cancelled(self) -> bool:
        return False


def _tables(n: int) -> dict[str, RawTable]:
    cust = RawTable("customers", "customers.csv", ["code", "name"])
    cust.rows.append(["C1", "One Ltd"])
    cust.row_numbers.append(2)
    inv = RawTable("invoices", "invoices.csv", ["number", "customer_code", "issue_date", "due_date", "amount"])
    for i in range(n):
        inv.rows.append([f"I{i:05d}", "C1", "2026-01-05", "2026-02-04", "10.00"])
        inv.row_numbers.append(i + 2)
    return {"customers": cust, "invoices": inv}


def test_a_server_import_holds_other_writers_until_it_commits(db: Database, pg_url: str) -> None:
    probe = _TryToWrite(pg_url)
    import_tables(db, _tables(6000), progress=probe)
    assert probe.outcome == "waited"
    # After the commit the sequences are past the imported ids: a posting gets a fresh one.
    doc = ledger.post_invoice(db.uow(), "C1", dt.date(2026, 3, 1), Decimal("5.00"))
    assert doc.document.id > 6000


def test_a_dry_run_on_a_server_does_not_hold_writers(db: Database, pg_url: str) -> None:
    probe = _TryToWrite(pg_url)
    import_tables(db, _tables(20000), progress=probe, dry_run=True)  # the plan reports every 20,000 rows
    assert probe.outcome == "wrote"


@pytest.fixture(autouse=True)
def _no_grade_refresh(monkeypatch: Any) -> None:
    """Grades are not what these tests are about; skip the refresh after the import."""
    from app.services.credit import figures as credit

    monkeypatch.setattr(credit, "refresh_grades", lambda uow: None)
