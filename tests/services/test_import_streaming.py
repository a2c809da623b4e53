"""A large import streams its rows (PRODUCT §14): a failure anywhere leaves the company file exactly as
it was, every bad row is still reported, and the memory it takes does not grow with the rows."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.services.errors import ImportRejected
from app.services.interchange import importing
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, invoice

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "tests" / "data" / "gen_dataset.py"


def generate(out: Path, customers: int, invoices: int) -> Path:
    subprocess.run([sys.executable, str(GENERATOR), str(out), "--customers", str(customers),
                    "--invoices", str(invoices), "--seed", "5"], check=True, cwd=ROOT, capture_output=True)
    return out


def snapshot(path: str) -> tuple[dict[str, int], list[Any], list[Any]]:
    """Row counts of every table, the whole schema (indexes included) and the integrity check."""
    con = sqlite3.connect(path)
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        schema = sorted(con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
        check = con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()
    return counts, schema, check


@pytest.fixture
def large(tmp_path: Path) -> Path:
    """About 50,000 documents: enough for the import to drop and rebuild the secondary indexes."""
    return generate(tmp_path / "large", 200, 25000)


@pytest.fixture
def company(db: Database) -> str:
    customer(db, "A", "Harbor Trading Ltd")
    invoice(db, "A", "2025-12-01", "1000.00", number="BEFORE")
    assert db.path is not None
    return db.path


def test_a_bad_row_near_the_end_of_a_large_file_leaves_the_company_file_as_it_was(
        db: Database, company: str, large: Path) -> None:
    payments = large / "payments.csv"
    with payments.open("a", encoding="utf-8") as fh:
        fh.write("PAY-LATE,C000001,2024-02-30,10.00,bank_transfer,\n")
    last_row = sum(1 for _ in payments.open(encoding="utf-8"))
    before = snapshot(company)
    with pytest.raises(ImportRejected) as exc:
        importing.import_path(db, large)
    assert [(e.file, e.row, e.column) for e in exc.value.errors] == [("payments.csv", last_row, "date")]
    assert "no such date" in str(exc.value.errors[0])
    after = snapshot(company)
    assert after == before and after[2] == [("ok",)]


def test_a_failure_while_writing_a_large_file_leaves_the_file_and_its_indexes_as_they_were(
        db: Database, company: str, large: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The documents are written and the indexes dropped when the applications fail: all rolled back."""
    original = importing._bulk
    written: list[str] = []

    def failing(session: Any, table: str, *args: Any, **kwargs: Any) -> None:
        if table == "applications":
            raise OSError("disk full")
        written.append(table)
        original(session, table, *args, **kwargs)

    monkeypatch.setattr(importing, "_bulk", failing)
    before = snapshot(company)
    with pytest.raises(OSError):
        importing.import_path(db, large)
    assert written.count("documents") > 1  # several batches went in before the failure
    after = snapshot(company)
    assert after == before and after[2] == [("ok",)]


PEAK = """
import sys
from app.models import db as engine
from app.services.interchange import importing
from app.services import text
from app.services.company import create_company
# SQLite's own page cache (64 MB, filled as the file grows) is held small: what is measured is the import's
engine.SQLITE_PRAGMAS = tuple(p for p in engine.SQLITE_PRAGMAS if "cache_size" not in p) + ("PRAGMA cache_size=-2000",)
db = create_company(sys.argv[1], "Bench", "CNY", "en")


def peak_kb():
    # the peak resident memory of this process (ru_maxrss would start from the parent's when it was larger)
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))


text.pinyin_initials("上海")  # the name tables are loaded before the baseline is taken
base = peak_kb()
importing.import_path(db, sys.argv[2])
print(peak_kb() - base)
"""


def _growth_kb(tmp_path: Path, data: Path) -> int:
    out = subprocess.run([sys.executable, "-c", PEAK, str(tmp_path / f"{data.name}.duebook"), str(data)],
                         check=True, cwd=ROOT, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "DUEBOOK_NO_AUTO_BACKUP": "1", "PATH": ""})
    return int(out.stdout.split()[-1])


@pytest.mark.skipif(sys.platform != "linux", reason="the peak is read from Linux's /proc/self/status")
def test_the_memory_of_an_import_does_not_grow_with_its_rows(tmp_path: Path) -> None:
    """Five times the rows: the peak grows by far less than five times (the rows are not held)."""
    small = _growth_kb(tmp_path, generate(tmp_path / "small", 200, 4000))
    big = _growth_kb(tmp_path, generate(tmp_path / "big", 200, 20000))
    assert big < 2.5 * small, (small, big)
