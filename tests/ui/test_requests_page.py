"""The Requests page and the status bar's count (PRODUCT §8c): an accountant sees that a clerk's
request waits, opens it from the status bar, reads before and after, and approves or rejects it;
a clerk's dialog says when the change was saved as a request instead of applied."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton

from app.services import company as company_svc
from app.services import users
from app.services.approvals import requests
from app.services.credit import figures as credit
from app.services.customers import records as customers
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.dialogs.daywork import ReleaseDialog
from app.ui.main_window import MainWindow
from app.ui.views.requests import RequestsPage
from tests.services.ledger_helpers import customer
from tests.ui.conftest import wait_jobs

PW = {"boss": "boss-secret-1", "ann": "ann-secret-1", "cleo": "cleo-secret-1"}


@pytest.fixture
def office(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """A (limit 10,000.00) and H (on hold); users on; cleo the clerk asked to raise A's limit to 60,000.00."""
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    customer(db, "A", "Harbor Trading Ltd", limit="10000.00")
    customer(db, "H", "Hold Fast Ltd")
    credit.hold(db.uow(), "H", "cheque bounced")
    users.enable_users(db.uow(), "boss", PW["boss"])
    users.add_user(db.uow(), "ann", PW["ann"], "accountant")
    users.add_user(db.uow(), "cleo", PW["cleo"], "clerk")
    users.login(db, "cleo", PW["cleo"])
    requests.change_credit_limit(db.uow(), "A", Decimal("60000.00"), reason="new framework contract")
    return db


def _open(qtbot, db: Database, user: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The window as ``user`` sees it (signed in already: the login dialog has its own tests)."""
    from app.ui.dialogs import login

    users.login(db, user, PW[user])
    monkeypatch.setattr(login, "login_if_needed", lambda _ctx, _parent=None: True)
    ctx = AppContext()
    ctx.set_language("en", save=False)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    ctx.set_database(db, company_svc.company_info(db.uow()))
    w.resize(1366, 768)
    w.show()
    wait_jobs(qtbot, ctx)
    yield w
    ctx.jobs.wait(10000)
    ctx.db = None
    w.close()


@pytest.fixture
def as_ann(qtbot, office: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from _open(qtbot, office, "ann", monkeypatch)


@pytest.fixture
def as_cleo(qtbot, office: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from _open(qtbot, office, "cleo", monkeypatch)


def _status(w: MainWindow) -> QPushButton:
    b = w.findChild(QPushButton, "pendingRequests")
    assert b is not None
    return b


def _page_from_status_bar(qtbot, w: MainWindow) -> RequestsPage:  # type: ignore[no-untyped-def]
    button = _status(w)
    assert button.isVisible() and button.text() == "1 request waits for approval"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, w.ctx)
    assert w.current_key() == "requests"
    page = w.pages["requests"]
    assert isinstance(page, RequestsPage)
    return page


def test_an_accountant_approves_a_clerks_request_from_the_status_bar(qtbot, as_ann: MainWindow,  # type: ignore[no-untyped-def]
                                                                     office: Database) -> None:
    page = _page_from_status_bar(qtbot, as_ann)
    assert page.model.rowCount() == 1
    detail = page.findChild(QLabel, "requestDetail").text()  # type: ignore[union-attr]
    assert "Credit limit" in detail and "10,000.00" in detail and "60,000.00" in detail
    assert "Asked by cleo" in detail and "new framework contract" in detail
    approve = page.findChild(QPushButton, "approveRequest")
    assert approve is not None and approve.isEnabled()
    assert not page.findChild(QPushButton, "saveThresholds").isEnabled()  # type: ignore[union-attr]  # administrators'
    qtbot.mouseClick(approve, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, as_ann.ctx)
    assert customers.get_customer(office.uow(), "A").credit_limit == Decimal("60000.00")
    assert page.findChild(QLabel, "requestMessage").text() == "Request 1 approved and applied."  # type: ignore[union-attr]
    assert page.model.rowCount() == 0  # nothing pending any more
    assert not _status(as_ann).isVisible()


def test_a_rejection_needs_a_reason_and_changes_nothing(qtbot, as_ann: MainWindow,  # type: ignore[no-untyped-def]
                                                         office: Database) -> None:
    page = _page_from_status_bar(qtbot, as_ann)
    reject = page.findChild(QPushButton, "rejectRequest")
    assert reject is not None
    qtbot.mouseClick(reject, Qt.MouseButton.LeftButton)
    assert page.findChild(QLabel, "requestMessage").text() == "Say why the request is rejected."  # type: ignore[union-attr]
    reason = page.findChild(QLineEdit, "rejectReason")
    assert reason is not None
    qtbot.keyClicks(reason, "no payment history yet")
    qtbot.mouseClick(reject, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, as_ann.ctx)
    assert customers.get_customer(office.uow(), "A").credit_limit == Decimal("10000.00")
    page.state.setCurrentIndex(page.state.findData("rejected"))
    wait_jobs(qtbot, as_ann.ctx)
    assert page.model.rowCount() == 1
    assert "Rejected by ann" in page.findChild(QLabel, "requestDetail").text()  # type: ignore[union-attr]
    assert "no payment history yet" in page.findChild(QLabel, "requestDetail").text()  # type: ignore[union-attr]


def test_the_requester_sees_their_request_but_cannot_decide_it(qtbot, as_cleo: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page_from_status_bar(qtbot, as_cleo)
    assert not page.findChild(QPushButton, "approveRequest").isEnabled()  # type: ignore[union-attr]
    assert not page.findChild(QPushButton, "rejectRequest").isEnabled()  # type: ignore[union-attr]


def test_a_clerks_release_says_it_was_saved_as_a_request(qtbot, as_cleo: MainWindow,  # type: ignore[no-untyped-def]
                                                         office: Database) -> None:
    dlg = ReleaseDialog(as_cleo.ctx, "H", "H Hold Fast Ltd", as_cleo)
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.keyClicks(dlg.note, "paid in cash")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, as_cleo.ctx)
    boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()
             and b.objectName() == "savedAsRequest"]
    assert len(boxes) == 1
    assert boxes[0].text().startswith("Saved as a request for approval (request 2).")
    boxes[0].accept()
    assert credit.credit_figures(office.uow(), "H").status == "hold"
    assert _status(as_cleo).text() == "2 requests wait for approval"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_audit_trail_reads_each_step_as_a_sentence(qtbot, as_ann: MainWindow, office: Database,  # type: ignore[no-untyped-def]
                                                       lang: str) -> None:
    from app.services.safety import audit_trail
    from app.ui.views.audit_text import action_label, sentence

    requests.approve(office.uow(), 1)
    r = requests.release_hold(office.uow(), "H").applied  # ann's own release applies at once
    assert r is not None
    users.login(office, "cleo", PW["cleo"])
    asked = requests.merge_customers(office.uow(), "A", "H", reason="same owner").request
    assert asked is not None
    users.login(office, "ann", PW["ann"])
    requests.reject(office.uow(), asked.id, "different tax IDs")
    as_ann.ctx.set_language(lang, save=False)
    rows = [e for e in reversed(audit_trail.list_entries(office.uow())) if e.action.startswith("approval.")]
    said = [sentence(as_ann.ctx, e) for e in rows]
    label = action_label("approval.reject")
    as_ann.ctx.set_language("en", save=False)
    if lang == "en":
        assert said == [
            "Request 1 made: Credit limit of A, waiting for an approver: new framework contract",
            "Request 1 (Credit limit of A, asked by cleo) approved",
            "Request 1 applied: Credit limit of A",
            "Request 2 made: Merge of customers of H → A, waiting for an approver: same owner",
            "Request 2 (Merge of customers of H → A, asked by cleo) rejected: different tax IDs",
        ]
    else:
        assert said[0] == "已提交申请 1：A 的信用额度，等待审批：new framework contract"
        assert said[2] == "申请 1 已生效：A 的信用额度"
        assert said[4] == "申请 2（H → A 的合并客户，由 cleo 提交）已驳回：different tax IDs"
        assert label == "已驳回"
