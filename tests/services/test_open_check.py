"""PRODUCT §1: opening runs an integrity check. After an unclean shutdown (the lock file of a
process that is gone) SQLite's quick_check runs before anything else and a damaged file is
refused; an ordinary open pays nothing, and the program checks in the background."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services import integrity as backup_integrity
from app.services import locking
from app.services.company import open_company
from app.services.integrity import FileDamaged
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, invoice

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys, time
from app.services import locking
from app.services.company import open_company
db = open_company(sys.argv[1])
locking.lock_database(db)
print("locked", flush=True)
time.sleep(120)
"""


@pytest.fixture
def company(db: Database) -> Iterator[str]:
    """A closed company file with enough rows for its documents table to span several pages."""
    customer(db, "A", "Harbor Trading Ltd")
    customer(db, "B", "上海华东贸易有限公司")
    for i in range(120):
        invoice(db, "A" if i % 2 else "B", f"2026-01-{i % 28 + 1:02d}", f"{i + 10}.50", number=f"I{i:04d}")
    path = db.path or ""
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    conn.close()
    yield path


def _killed_while_open(path: str) -> None:
    """Another Duebook opens the file, takes its lock and is killed (SIGKILL): an unclean shutdown."""
    if sys.platform == "win32":  # pragma: no cover - the lock file is written the same way
        pytest.skip("SIGKILL is POSIX")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, path], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "locked", proc.stderr.read() if proc.stderr else ""
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert locking.lock_path_for(path).exists()


def _corrupt_a_btree_page(path: str) -> int:
    """Write garbage over the root page of the documents table with plain file I/O."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type='table' AND name='documents'"
                        ).fetchone()[0]
    conn.close()
    garbage = bytes(random.Random(6).randrange(256) for _ in range(page_size))
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(garbage)
    return int(root)


def test_a_damaged_file_is_refused_on_open_after_an_unclean_shutdown(company: str) -> None:
    _killed_while_open(company)
    _corrupt_a_btree_page(company)
    before = Path(company).read_bytes()
    with pytest.raises(FileDamaged) as err:
        open_company(company)
    e = err.value
    assert e.code == "company_damaged"
    text = e.message()
    assert company in text
    assert "duebook backup restore" in text
    assert e.params["problem"] and e.params["problem"] in text  # SQLite's first problem, named
    assert "ended without closing" in text
    assert Path(company).read_bytes() == before, "nothing was written to the damaged file"
    with pytest.raises(FileDamaged):  # refused again: nothing took the stale lock over
        open_company(company)


def test_a_damaged_file_is_refused_by_the_command_line_after_an_unclean_shutdown(
        company: str, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    _killed_while_open(company)
    _corrupt_a_btree_page(company)
    assert main(["--db", company, "customers"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and company in err and "duebook backup restore" in err


def test_a_sound_file_is_checked_after_an_unclean_shutdown_and_opens(
        company: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _killed_while_open(company)
    calls: list[tuple[str, bool]] = []
    real = backup_integrity.check_file

    def spy(path: str | os.PathLike[str], quick: bool = True) -> list[str]:
        calls.append((str(path), quick))
        return real(path, quick)

    monkeypatch.setattr(backup_integrity, "check_file", spy)
    db = open_company(company)
    try:
        assert calls == [(company, True)]
        assert locking.try_lock(db) is None, "the dead process's lock is taken over"
    finally:
        db.close()
    calls.clear()
    open_company(company).close()  # closed properly this time: no check
    assert calls == []


def test_an_ordinary_open_runs_no_check(company: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(path: str | os.PathLike[str], quick: bool = True) -> list[str]:
        raise AssertionError("an ordinary open must not run the integrity check")

    monkeypatch.setattr(backup_integrity, "check_file", forbidden)
    db = open_company(company)
    locking.lock_database(db)
    try:
        open_company(company).close()  # held by a live Duebook (this one): not a crash either
    finally:
        db.close()
    open_company(company).close()


def test_a_damaged_file_opened_normally_is_found_by_the_background_check(company: str) -> None:
    _corrupt_a_btree_page(company)
    db = open_company(company)  # closed properly last time: opened at once ...
    try:
        box: list[list[str]] = []
        t = threading.Thread(target=lambda: box.append(backup_integrity.integrity_problems(db)))
        t.start()  # ... and the program checks on another thread, as the GUI does
        t.join(60)
        assert box and box[0], "quick_check reports the damaged page"
    finally:
        db.close()


def test_the_background_check_is_not_blocked_by_a_writer(company: str) -> None:
    db = open_company(company)
    writer = sqlite3.connect(company, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # another writer holds the write lock, uncommitted
        writer.execute("UPDATE customers SET name = name || '!' WHERE code = 'A'")
        box: list[list[str]] = []
        t = threading.Thread(target=lambda: box.append(backup_integrity.integrity_problems(db)), daemon=True)
        t.start()
        t.join(30)
        assert box == [[]], "the check reads beside the writer and finds the file sound"
        writer.execute("COMMIT")  # and the writer was not blocked either
        assert backup_integrity.integrity_problems(db, quick=False) == []
    finally:
        writer.close()
        db.close()
