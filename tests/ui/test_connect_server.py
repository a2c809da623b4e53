"""File > Connect to server, when the server is down: say so plainly, offer the latest backup read-only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app import config
from app.services.safety import backup
from app.services.server import connection as server
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.dialogs.connect_server import ConnectServerDialog
from tests.conftest import MemoryKeyring
from tests.ui.conftest import wait_jobs


@pytest.fixture
def ctx() -> Iterator[AppContext]:
    c = AppContext()
    c.set_language("en", save=False)
    yield c
    c.jobs.wait(10000)
    if c.db is not None:
        c.db.close()
        c.db = None


def _fill(dlg: ConnectServerDialog, port: int, database: str = "appdb") -> None:
    dlg.host.setText("127.0.0.1")
    dlg.port.setValue(port)
    dlg.database.setText(database)
    dlg.user.setText("app")
    dlg.password.setText("secret")


def test_an_unreachable_server_is_named_and_the_latest_backup_opens_read_only(
        qtbot: Any, ctx: AppContext, db: Database, memory_keyring: MemoryKeyring) -> None:
    made = backup.create_backup(db, config.default_backup_dir())
    dlg = ConnectServerDialog(ctx)
    qtbot.addWidget(dlg)
    _fill(dlg, port=1)  # nothing listens on port 1
    dlg.connect_button.click()
    wait_jobs(qtbot, ctx)
    assert "cannot be reached" in dlg.message.text()
    assert "Nothing was changed" in dlg.message.text()
    assert not dlg.fallback.isHidden()
    latest = server.latest_backup()
    assert latest is not None and latest.name in dlg.fallback.text()
    assert server.load_profile() is None  # a failed connection is not remembered

    dlg.fallback.click()
    wait_jobs(qtbot, ctx)
    assert ctx.db is not None and ctx.db.read_only
    assert ctx.company is not None and ctx.company.name == "Test Trading Co"
    assert ctx.db.path != db.path  # a private working copy, never the backup or the company file
    assert made is not None


def test_missing_connection_details_are_all_named_before_anything_runs(qtbot: Any, ctx: AppContext) -> None:
    dlg = ConnectServerDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.host.setText("")
    dlg.database.setText("")
    dlg.user.setText("")
    dlg.connect_button.click()
    assert ctx.jobs.pending == 0
    for field in ("Host", "database", "User"):
        assert field.lower() in dlg.message.text().lower()


def test_no_backup_to_fall_back_on_is_said_too(qtbot: Any, ctx: AppContext) -> None:
    dlg = ConnectServerDialog(ctx)
    qtbot.addWidget(dlg)
    _fill(dlg, port=1)
    dlg.connect_button.click()
    wait_jobs(qtbot, ctx)
    assert "no local backup" in dlg.message.text()
    assert dlg.fallback.isHidden()
    assert ctx.db is None
