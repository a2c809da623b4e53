"""A company file (or its audit trail and sealed head) rolled back to an older, genuinely sealed state
is reported by ``audit verify``: every seal is numbered, and the last number this computer sealed is
kept beside the backup key, where a copy of the file cannot take it back. A backup restored through
Duebook is no false alarm, and the file from before that restore, put back, is reported."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.services import audit, identity
from app.services.company import open_company
from app.services.safety import audit_trail, backup
from app.services.safety import restore as backup_restore
from app.services.unit_of_work import Database
from tests.conftest import MemoryKeyring
from tests.services.ledger_helpers import customer, invoice


@pytest.fixture
def books(db: Database, memory_keyring: MemoryKeyring, tmp_path: Path) -> Iterator[Database]:
    customer(db, "A", "Harbor Trading Ltd")
    invoice(db, "A", "2026-01-05", "1200.00", number="I1")
    backup.create_backup(db, tmp_path / "b")  # the company's key is made at the first backup
    invoice(db, "A", "2026-01-06", "10.00", number="I2")
    yield db


def _conn(db: Database) -> sqlite3.Connection:
    return sqlite3.connect(db.path or "")


def _head(db: Database) -> tuple[int, str]:
    conn = _conn(db)
    try:
        count = conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
        head = conn.execute("SELECT value FROM settings WHERE key = 'audit.head'").fetchone()[0]
        return int(count), str(head)
    finally:
        conn.close()


def _verify_fails(db: Database, capsys: pytest.CaptureFixture[str], words: str) -> None:
    rep = audit_trail.verify(db.uow())
    assert not rep.ok and words in rep.problem, rep.problem
    capsys.readouterr()
    assert main(["--db", db.path or "", "audit", "verify"]) == 1
    assert words in capsys.readouterr().err


def test_each_seal_is_numbered_and_remembered_beside_the_key(books: Database) -> None:
    before = identity.seen_head(_recipient(books))
    invoice(books, "A", "2026-01-07", "5.00", number="I3")
    after = identity.seen_head(_recipient(books))
    assert before is not None and after is not None and int(after["seq"]) > int(before["seq"])  # type: ignore[call-overload]
    assert audit_trail.verify(books.uow()).ok


def _recipient(db: Database) -> str:
    with db.read_uow() as uow:
        return audit._recipient(uow.session)  # type: ignore[attr-defined]


def test_an_older_sealed_head_put_back_with_a_matching_truncation_is_reported(
        books: Database, capsys: pytest.CaptureFixture[str]) -> None:
    count, old_head = _head(books)
    for n in range(3):
        invoice(books, "A", "2026-02-01", "20.00", number=f"LATE{n}")
    assert audit_trail.verify(books.uow()).ok
    conn = _conn(books)
    try:  # the forger: drop the later entries and the later documents, put the old (genuine) head back
        conn.execute("DELETE FROM audit_log WHERE id > (SELECT MIN(id) - 1 + ? FROM audit_log)", (count,))
        conn.execute("DELETE FROM applications")
        conn.execute("DELETE FROM documents WHERE number LIKE 'LATE%'")
        conn.execute("UPDATE settings SET value = ? WHERE key = 'audit.head'", (old_head,))
        conn.commit()
    finally:
        conn.close()
    with books.read_uow() as uow:
        assert audit.verify_chain(uow.session).ok  # the chain alone is valid
    _verify_fails(books, capsys, "rolled back")


def test_a_whole_older_copy_of_the_file_put_back_is_reported(
        books: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(books.path or "")
    books.close()
    shutil.copy(path, tmp_path / "older.duebook")
    again = open_company(str(path))
    try:
        invoice(again, "A", "2026-02-01", "20.00", number="LATER")
    finally:
        again.close()
    shutil.copy(tmp_path / "older.duebook", path)
    older = open_company(str(path))
    try:
        _verify_fails(older, capsys, "rolled back")
    finally:
        older.close()


def test_a_backup_restored_through_duebook_is_not_a_rollback_but_the_file_from_before_is(
        books: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = backup.create_backup(books, tmp_path / "b2")
    invoice(books, "A", "2026-03-01", "777.00", number="LATER")
    target = Path(books.path or "")
    books.close()
    result = backup_restore.restore_backup(made.path, target)
    restored = open_company(str(target))
    try:
        rep = audit_trail.verify(restored.uow())
        assert rep.ok and rep.authenticated, rep.problem
        invoice(restored, "A", "2026-03-02", "1.00", number="AFTER")
        assert audit_trail.verify(restored.uow()).ok
    finally:
        restored.close()
    assert result.kept_aside
    shutil.copy(result.kept_aside, target)  # the file from before the restore, put back by hand
    for side in ("-wal", "-shm"):
        Path(str(target) + side).unlink(missing_ok=True)
    back = open_company(str(target))
    try:
        _verify_fails(back, capsys, "rolled back")
    finally:
        back.close()
