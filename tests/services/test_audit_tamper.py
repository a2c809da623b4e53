"""Tampering with the audit trail behind Duebook's back is detected even when the chain itself is
made to look valid: its head (count and last hash) is sealed with the company's key, which the
company file does not hold (issue 20, item 6)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.services import audit
from app.services.safety import audit_trail, backup
from app.services.unit_of_work import Database
from tests.conftest import MemoryKeyring
from tests.services.ledger_helpers import customer, invoice


@pytest.fixture
def books(db: Database, memory_keyring: MemoryKeyring, tmp_path: Path) -> Iterator[Database]:
    customer(db, "A", "Harbor Trading Ltd")
    invoice(db, "A", "2026-01-05", "1200.00", number="I1")
    backup.create_backup(db, tmp_path / "b")  # the company's key is made at the first backup
    with db.uow() as uow:
        for i in range(110):
            audit.record(uow.session, "ann", "note", "customer", f"A{i}", after={"i": i})
        uow.commit()
    yield db


def _sql(db: Database, *statements: tuple[str, tuple[object, ...]]) -> None:
    conn = sqlite3.connect(db.path or "")
    try:
        for sql, params in statements:
            conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def _rows(db: Database) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db.path or "")
    try:
        return conn.execute("SELECT id, at, user, action, entity, entity_id, before, after FROM audit_log "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()


def _rehash_from(db: Database, first_id: int) -> None:
    """What a careful forger does: recompute every hash from ``first_id`` on, so the chain is valid."""
    import datetime as dt

    conn = sqlite3.connect(db.path or "")
    try:
        rows = conn.execute("SELECT id, at, user, action, entity, entity_id, before, after, prev_hash FROM audit_log "
                            "ORDER BY id").fetchall()
        prev = next((r[8] for r in rows if r[0] == first_id), audit.GENESIS)
        for r in rows:
            if r[0] < first_id:
                continue
            h = audit.entry_hash(prev, dt.datetime.fromisoformat(str(r[1])), r[2], r[3], r[4], r[5], r[6], r[7])
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, r[0]))
            prev = h
        conn.commit()
    finally:
        conn.close()


def _empty(db: Database) -> None:
    _sql(db, ("DELETE FROM audit_log", ()))


def _drop_last_100(db: Database) -> None:
    _sql(db, ("DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 100 FROM audit_log)", ()))


def _append(db: Database) -> None:
    import datetime as dt

    conn = sqlite3.connect(db.path or "")
    try:
        last_id, last_hash = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        at = dt.datetime(2026, 3, 1, 12, 0, 0)
        h = audit.entry_hash(last_hash, at, "eve", "document.post", "document", "99", "", '{"amount": "1.00"}')
        conn.execute("INSERT INTO audit_log (id, at, user, action, entity, entity_id, before, after, prev_hash, hash) "
                     "VALUES (?, ?, 'eve', 'document.post', 'document', '99', '', ?, ?, ?)",
                     (last_id + 1, at.isoformat(sep=" "), '{"amount": "1.00"}', last_hash, h))
        conn.commit()
    finally:
        conn.close()


def _edit_and_rehash(db: Database) -> None:
    first = next(r[0] for r in _rows(db) if "1200.00" in str(r[7]))
    _sql(db, ("UPDATE audit_log SET after = replace(after, '1200.00', '12.00') WHERE id = ?", (first,)))
    _rehash_from(db, int(first))  # type: ignore[arg-type]


def _drop_head(db: Database) -> None:
    _sql(db, ("DELETE FROM settings WHERE key = 'audit.head'", ()))


def _forge_head(db: Database) -> None:
    _drop_last_100(db)
    conn = sqlite3.connect(db.path or "")
    try:
        count, last = conn.execute("SELECT COUNT(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                                   "FROM audit_log").fetchone()
        fake = f'{{"count": {count}, "last": "{last}", "mac": "{"0" * 64}"}}'
        conn.execute("UPDATE settings SET value = ? WHERE key = 'audit.head'", (fake,))
        conn.commit()
    finally:
        conn.close()


TAMPERING: dict[str, Callable[[Database], None]] = {
    "emptied": _empty, "last 100 removed": _drop_last_100, "an entry appended with a valid hash": _append,
    "an entry edited and the rest re-hashed": _edit_and_rehash, "the sealed head removed": _drop_head,
    "the head rewritten to match a truncation": _forge_head,
}


def test_an_untouched_trail_is_intact_and_its_head_sealed(books: Database) -> None:
    rep = audit_trail.verify(books.uow())
    assert rep.ok and rep.authenticated and rep.entries > 110
    assert "sealed" in audit_trail.describe(rep)


@pytest.mark.parametrize("how", list(TAMPERING))
def test_tampering_that_keeps_the_chain_valid_is_detected(books: Database, how: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    TAMPERING[how](books)
    rep = audit_trail.verify(books.uow())
    assert not rep.ok, how
    capsys.readouterr()
    assert main(["--db", books.path or "", "audit", "verify"]) == 1
    assert "audit trail broken" in capsys.readouterr().err


def test_later_writes_keep_the_head_sealed(books: Database) -> None:
    invoice(books, "A", "2026-02-05", "10.00", number="I2")
    rep = audit_trail.verify(books.uow())
    assert rep.ok and rep.authenticated


@pytest.mark.parametrize("sql,named", [
    ("UPDATE documents SET amount = 100 WHERE number = 'I1'", "invoice I1 has amount 1.00 in the books but 1200.00"),
    ("UPDATE customers SET credit_limit = 99999900 WHERE code = 'A'", "customer A has credit_limit"),
])
def test_a_figure_edited_in_the_file_is_named_by_audit_verify(books: Database, sql: str, named: str) -> None:
    from app.services.credit import figures as credit

    credit.set_credit_limit(books.uow(), "A", __import__("decimal").Decimal("5000.00"))
    _sql(books, (sql, ()))
    rep = audit_trail.verify(books.uow())
    assert not rep.ok and named in rep.problem
