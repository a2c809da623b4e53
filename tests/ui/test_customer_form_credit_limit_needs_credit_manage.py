"""A clerk editing a customer in the form cannot change the credit limit: a lowering is refused with
the reason, a raise becomes a request for approval; the limit stays and other fields are saved."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import users
from app.services.customers import records as customers
from app.services.unit_of_work import Database
from app.ui.dialogs.customer import CustomerDialog
from tests.services.ledger_helpers import customer
from tests.ui.conftest import wait_jobs


@pytest.fixture
def clerk_db(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    from argon2 import PasswordHasher

    from app.ui.dialogs import login

    monkeypatch.setattr(login, "login_if_needed", lambda _ctx, _parent=None: True)  # cleo logged in below

    customer(db, "A", "Harbor Trading Ltd", limit="1000.00")
    saved, users._hasher = users._hasher, PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)  # type: ignore[attr-defined]
    try:
        users.enable_users(db.uow(), "boss", "admin-secret-1")
        users.add_user(db.uow(), "cleo", "cleo-password", "clerk")
        users.login(db, "cleo", "cleo-password")
    finally:
        users._hasher = saved  # type: ignore[attr-defined]
    return db


def _open_form(qtbot, window) -> CustomerDialog:  # type: ignore[no-untyped-def]
    window.go("customers")
    page = window.page("customers")
    wait_jobs(qtbot, window.ctx)
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, CustomerDialog) and w.isVisible()]
    assert found, "the customer form did not open"
    return found[-1]


def test_a_clerk_changing_a_limit_in_the_form_is_told_no_or_asks_and_the_limit_stays(qtbot, clerk_db, window):  # type: ignore[no-untyped-def]
    from app.services.approvals import requests as approval_requests

    dlg = _open_form(qtbot, window)
    dlg.limit.setText("500.00")  # lowering a limit is a credit decision a clerk may not make
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    assert dlg.isVisible()
    assert "credit" in dlg.form_message.text()
    assert customers.get_customer(clerk_db.uow(), "A").credit_limit == Decimal("1000.00")
    dlg.limit.setText("1,500.00")  # a raise: saved as a request for an approver, the other fields at once
    dlg.name.setText("Harbor Trading Co")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    assert not dlg.isVisible()
    saved = customers.get_customer(clerk_db.uow(), "A")
    assert (saved.name, saved.credit_limit) == ("Harbor Trading Co", Decimal("1000.00"))
    assert approval_requests.pending_count(clerk_db.uow()) == 1
