"""A crash (SIGKILL) in the middle of writing loses no committed document and keeps no half of one."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Customer, Document, InvoiceLine
from app.services import audit, locking
from app.services.company import open_company
from app.services.safety import backup, restore
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, invoice

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

POSTER = """
import datetime as dt, sys
from decimal import Decimal
from app.services.ledger import postings as ledger
from app.services import locking
from app.services.company import open_company
from app.services.dto import LineInput
db = open_company(sys.argv[1])
locking.lock_database(db)
i = 0
while True:
    i += 1
    lines = [LineInput("widget", Decimal(i % 7 + 1), Decimal("12.50"), Decimal("0.13")),
             LineInput("freight", Decimal(1), Decimal(i % 50 + 1), Decimal(0))]
    r = ledger.post_invoice(db.uow(), "A", dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
                            lines=lines, number=f"S{i:06d}")
    print(r.document.number, flush=True)
"""

IMPORTER = """
import sys
from app.services.interchange import importing
from app.services import locking
from app.services.company import open_company
original = importing._bulk
def loud(session, table, rows, *a, **k):  # table: a name or a model class
    print("writing", getattr(table, "__tablename__", table), len(rows), flush=True)
    return original(session, table, rows, *a, **k)
importing._bulk = loud
db = open_company(sys.argv[1])
locking.lock_database(db)
importing.import_path(db, sys.argv[2])
print("committed", flush=True)
"""


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)


@pytest.fixture
def company(db: Database) -> Iterator[str]:
    customer(db, "A", "Harbor Trading Ltd")
    invoice(db, "A", "2025-12-01", "1000.00", number="BEFORE")
    path = db.path or ""
    db.close()
    yield path


def _reopened_intact(path: str) -> Database:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    db = open_company(path)
    assert locking.try_lock(db) is None, "the dead process's lock is stale and taken over"
    with db.uow() as uow:
        assert audit.verify_chain(uow.session).ok
    return db


def test_a_stream_of_postings_killed_mid_way_keeps_every_committed_document_whole(company: str) -> None:
    proc = _spawn(POSTER, company)
    committed: list[str] = []
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 60
        while len(committed) < 40 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            committed.append(line.strip())
        assert len(committed) >= 40, proc.stderr.read() if proc.stderr else ""
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    db = _reopened_intact(company)
    try:
        with db.uow() as uow:
            s = uow.session
            numbers = set(s.execute(select(Document.number)).scalars())
            assert {"BEFORE", *committed} <= numbers
            # nothing beyond the one posting that may have been in flight
            assert len(numbers) - 1 - len(committed) in (0, 1)
            for d in s.execute(select(Document).where(Document.number.like("S%"))).scalars():
                lines = s.execute(select(InvoiceLine).where(InvoiceLine.document_id == d.id)).scalars().all()
                assert len(lines) == 2, f"{d.number} lost a line"
                assert sum((ln.total for ln in lines), Decimal(0)) == d.amount
            posted = s.execute(select(func.count(AuditEntry.id)).where(
                AuditEntry.action == "document.post")).scalar_one()
            assert posted == len(numbers), "every document has its audit entry and no entry its document lost"
    finally:
        db.close()


def test_an_import_killed_mid_way_leaves_the_file_as_it_was(company: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run([sys.executable, str(ROOT / "tests" / "data" / "gen_dataset.py"), str(data),
                    "--customers", "300", "--invoices", "6000", "--seed", "3"], check=True, cwd=ROOT)
    proc = _spawn(IMPORTER, company, str(data))
    seen: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            seen.append(line.strip())
            if line.startswith("writing documents"):
                time.sleep(0.05)
                break
        assert any(s.startswith("writing documents") for s in seen), \
            (seen, proc.stderr.read() if proc.stderr else "")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert "committed" not in seen
    db = _reopened_intact(company)
    try:
        with db.uow() as uow:
            s = uow.session
            assert s.execute(select(func.count(Customer.id))).scalar_one() == 1
            assert list(s.execute(select(Document.number)).scalars()) == ["BEFORE"]
        assert restore.verify_backup(backup.create_backup(db, tmp_path / "b").path, db).ok
    finally:
        db.close()
