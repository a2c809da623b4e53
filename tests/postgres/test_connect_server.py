"""File > Connect to server with a real server: the company opens; the password goes to the keyring only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from app import config
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


def test_connecting_opens_the_server_company_and_keeps_the_password_out_of_settings(
        qtbot: Any, ctx: AppContext, db: Database, pg_url: str, memory_keyring: MemoryKeyring,
) -> None:
    u = make_url(pg_url)
    schema = str(u.query["options"]).split("=", 1)[1]
    dlg = ConnectServerDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.host.setText(str(u.host))
    dlg.port.setValue(int(u.port or 5432))
    dlg.database.setText(str(u.database))
    dlg.schema.setText(schema)
    dlg.user.setText(str(u.username))
    dlg.password.setText(str(u.password))
    dlg.remember.setChecked(True)
    dlg.connect_button.click()
    wait_jobs(qtbot, ctx)
    assert ctx.db is not None and not ctx.db.is_sqlite, dlg.message.text()
    assert ctx.company is not None and ctx.company.name == "Test Trading Co"
    saved = json.loads((config.config_dir() / "server.json").read_text(encoding="utf-8"))
    assert saved == {"host": u.host, "port": u.port or 5432, "database": u.database, "user": u.username,
                     "schema": schema}  # no password
    profile = server.load_profile()
    assert profile is not None and server.saved_password(profile) == u.password

    # next time the dialog comes filled in, password from the keyring
    again = ConnectServerDialog(ctx)
    qtbot.addWidget(again)
    assert (again.host.text(), again.schema.text(), again.password.text()) == (u.host, schema, u.password)


def test_a_wrong_password_is_told_apart_from_a_server_that_is_down(qtbot: Any, ctx: AppContext, pg_url: str) -> None:
    u = make_url(pg_url)
    dlg = ConnectServerDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.host.setText(str(u.host))
    dlg.port.setValue(int(u.port or 5432))
    dlg.database.setText(str(u.database))
    dlg.user.setText(str(u.username))
    dlg.password.setText("not the password")
    dlg.connect_button.click()
    wait_jobs(qtbot, ctx)
    assert "refused user app: wrong password" in dlg.message.text()  # not "cannot be reached"
    assert dlg.fallback.isHidden() and ctx.db is None


def test_a_wrong_server_password_is_one_line_without_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy.engine import make_url

    from app.cli import main
    from tests.postgres.conftest import PG_URL

    wrong = make_url(PG_URL).set(password="Wr0ngSecret!").render_as_string(hide_password=False)
    capsys.readouterr()
    assert main(["--db", wrong, "customers"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Wr0ngSecret!" not in err and "Traceback" not in err
