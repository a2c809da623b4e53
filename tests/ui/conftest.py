"""GUI fixtures: a main window on a fresh company, and helpers to wait as a person would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services import company as company_svc
from app.services.unit_of_work import Database
from app.ui.context import AppContext, i18n_dir
from app.ui.main_window import MainWindow


def _build_translations() -> None:
    """`make` builds the .qm files; a bare pytest run builds them here if they are missing or old."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in i18n_dir().glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session", autouse=True)
def _translations() -> None:
    _build_translations()


def wait_jobs(qtbot, ctx: AppContext, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    """Wait until every background job delivered its result (and the events it posted ran)."""
    qtbot.waitUntil(lambda: ctx.jobs.pending == 0, timeout=timeout)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: ctx.jobs.pending == 0, timeout=timeout)


@pytest.fixture
def window(qtbot, db: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    ctx = AppContext()
    ctx.set_language("en", save=False)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    ctx.set_database(db, company_svc.company_info(db.uow()))
    w.resize(1280, 800)
    w.show()
    wait_jobs(qtbot, ctx)
    yield w
    ctx.jobs.wait(10000)
    ctx.db = None  # the db fixture closes the company
    w.close()
