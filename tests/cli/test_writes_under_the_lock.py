"""While another Duebook holds a company file, no command writes to it: every write service takes
the lock through permissions.check (merge, grades and value classes included)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.company import open_company
from tests.cli.conftest import Runner
from tests.services.ledger_helpers import customer, invoice

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys, time
from app.services.locking import FileLock
lock = FileLock(sys.argv[1]).acquire()
print("locked", flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("argv", [["merge", "A", "B"], ["grades"], ["value-classes"],
                                  ["post-invoice", "A", "--date", "2026-02-01", "--amount", "5.00"],
                                  ["hold", "A", "--reason", "x"]])
def test_a_file_held_by_another_duebook_is_not_written(duebook: Runner, company_file: Path,
                                                       argv: list[str]) -> None:
    assert duebook("init", "--company", "Test Co", "--currency", "CNY").code == 0
    db = open_company(str(company_file))
    customer(db, "A", "Harbor Trading Ltd")
    customer(db, "B", "Harbor Trading Limited")
    invoice(db, "A", "2026-01-05", "100.00", number="I1")
    db.close()
    before = _audit_entries(company_file)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(company_file)], stdout=subprocess.PIPE,
                              text=True, cwd=ROOT)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        r = duebook(*argv)
        assert r.code == 1 and f"process {holder.pid}" in r.err, r.err
    finally:
        holder.kill()
        holder.wait()
    assert _audit_entries(company_file) == before  # every write leaves an audit entry: none was made


def _audit_entries(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0])
    finally:
        conn.close()
