"""The audit trail is tamper-evident: a change or a removal made behind Duebook's back is named."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.services.ledger import postings as ledger
from app.services.safety import audit_trail
from app.services.safety.audit_trail import AuditFilter
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, d, invoice, payment


def _books(db: Database) -> None:
    customer(db, "A", "Harbor Trading Ltd")
    invoice(db, "A", "2026-01-05", "1200.00", number="I1")
    invoice(db, "A", "2026-01-06", "80.00", number="I2")
    payment(db, "A", "2026-02-01", "500.00")
    doc = ledger.find_document(db.uow(), "invoice", "I2")
    ledger.void_document(db.uow(), doc.id, d("2026-02-02"), "typed twice")


def _entry_id(db: Database, action: str, entity_id: str) -> int:
    rows = audit_trail.list_entries(db.uow(), AuditFilter(action=action, text=entity_id, newest_first=False))
    return rows[0].id


def test_every_change_through_the_services_is_in_the_trail(db: Database) -> None:
    _books(db)
    actions = [r.action for r in audit_trail.list_entries(db.uow(), AuditFilter(newest_first=False))]
    assert actions[0] == "company.create"
    assert {"customer.create", "document.post", "document.void"} <= set(actions)
    rep = audit_trail.verify(db.uow())
    assert rep.ok and rep.entries == len(actions)


def test_a_changed_entry_is_named(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _books(db)
    target = _entry_id(db, "document.post", "I1")
    conn = sqlite3.connect(db.path or "")
    conn.execute("UPDATE audit_log SET after = replace(after, '1200.00', '12.00') WHERE id = ?", (target,))
    conn.commit()
    conn.close()
    rep = audit_trail.verify(db.uow())
    assert not rep.ok and rep.first_bad_id == target and "changed" in rep.problem
    assert str(target) in audit_trail.describe(rep)


def test_a_removed_entry_is_named_by_the_command_line(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _books(db)
    gone = _entry_id(db, "document.post", "I2")
    conn = sqlite3.connect(db.path or "")
    conn.execute("DELETE FROM audit_log WHERE id = ?", (gone,))
    conn.commit()
    conn.close()
    path = db.path or ""
    db.close()
    assert main(["--db", path, "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert f"entry {gone + 1}" in err and "removed" in err


def test_a_forged_entry_with_a_recomputed_hash_breaks_the_next_link(db: Database) -> None:
    from app.services.audit import entry_hash

    _books(db)
    target = _entry_id(db, "document.post", "I1")
    conn = sqlite3.connect(db.path or "")
    row = conn.execute("SELECT prev_hash, at, user, action, entity, entity_id, before, after FROM audit_log "
                       "WHERE id = ?", (target,)).fetchone()
    after = row[7].replace("1200.00", "12.00")
    at = dt.datetime.fromisoformat(row[1])
    forged = entry_hash(row[0], at, row[2], row[3], row[4], row[5], row[6], after)
    conn.execute("UPDATE audit_log SET after = ?, hash = ? WHERE id = ?", (after, forged, target))
    conn.commit()
    conn.close()
    rep = audit_trail.verify(db.uow())
    assert not rep.ok and rep.first_bad_id == target + 1


def test_an_intact_trail_verifies_and_lists(db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import json

    _books(db)
    path = db.path or ""
    db.close()
    assert main(["--db", path, "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out
    assert main(["--db", path, "audit", "list", "--json", "--action", "document"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["action"] for r in rows} == {"document.post", "document.void"}
    assert rows[0]["id"] > rows[-1]["id"]
    out = tmp_path / "audit.csv"
    assert main(["--db", path, "audit", "list", "--csv", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("id,at,user,action")
    assert "document.void" in text
