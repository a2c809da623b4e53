"""Closing a company that changed since its last backup makes one (PRODUCT §10), from the window."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services import company as backup_company
from app.services.customers import records as customers_svc
from app.services.dto import CustomerInput
from app.services.ledger import postings as ledger
from app.services.safety import keys


def test_closing_a_changed_company_leaves_a_backup_in_its_folder(qtbot, window, db, memory_keyring, monkeypatch):
    monkeypatch.delenv("DUEBOOK_NO_AUTO_BACKUP", raising=False)
    keys.ensure_recipient(db)
    customers_svc.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading"))
    ledger.post_invoice(db.uow(), "C1", dt.date(2026, 3, 1), Decimal("100.00"))
    folder = backup_company.default_dest(db)
    warnings: list[str] = []
    monkeypatch.setattr("app.ui.main_window.log.warning", lambda msg, *a: warnings.append(msg % a))

    window.close_company()

    assert warnings == []
    made = sorted(folder.glob("*.duebak"))
    assert len(made) == 1
    assert window.ctx.db is None
