"""In the program, exporting a report needs the export right, as on the command line: a viewer
(or a clerk) who presses Export is told they may not export data, and no file is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import company as company_svc
from app.services import users
from app.services.unit_of_work import Database
from app.ui import errors
from app.ui.context import AppContext
from app.ui.views.reports import ReportsPage
from tests.services.ledger_helpers import customer, d, invoice
from tests.ui.conftest import wait_jobs


@pytest.fixture
def page_as(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from argon2 import PasswordHasher

    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    customer(db, "C1", "Harbor Trading Ltd")
    invoice(db, "C1", "2026-03-10", "2000", "I2")
    users.enable_users(db.uow(), "boss", "admin-secret-1")
    users.add_user(db.uow(), "vic", "vic-password", "viewer")
    users.add_user(db.uow(), "ann", "ann-password", "accountant")
    made: list[tuple[AppContext, ReportsPage]] = []

    def open_as(name: str, password: str) -> ReportsPage:
        users.login(db, name, password)
        ctx = AppContext()
        ctx.set_language("en", save=False)
        ctx.set_database(db, company_svc.company_info(db.uow()))
        p = ReportsPage(ctx)
        qtbot.addWidget(p)
        p.show()
        wait_jobs(qtbot, ctx)
        p.select("contribution")
        p.set_period(d("2026-03-01"), d("2026-03-31"))
        p.run()
        wait_jobs(qtbot, ctx)
        made.append((ctx, p))
        return p

    yield open_as
    for ctx, _p in made:
        ctx.jobs.wait(10000)
        ctx.db = None


def test_a_viewer_pressing_export_is_told_they_may_not_export(qtbot, page_as, tmp_path: Path) -> None:
    page: ReportsPage = page_as("vic", "vic-password")
    assert page.model.rowCount() == 1  # reading is allowed
    before = len(errors.shown)
    page.export_to(str(tmp_path / "r.xlsx"))
    wait_jobs(qtbot, page.ctx)
    assert len(errors.shown) > before and "may not export data" in errors.shown[-1]
    assert not (tmp_path / "r.xlsx").exists()


def test_an_accountant_exports_the_same_report(qtbot, page_as, tmp_path: Path) -> None:
    page: ReportsPage = page_as("ann", "ann-password")
    page.export_to(str(tmp_path / "r.pdf"), "pdf")
    wait_jobs(qtbot, page.ctx)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_export_entry_points_are_in_the_permission_table() -> None:
    from app.services import permissions

    assert permissions.SERVICES["exports.files.export_aging"] == "export"
    assert permissions.SERVICES["exports.files.export_report"] == "export"
