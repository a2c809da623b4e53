"""The program starts, shows its window and quits (what CI and the bundles check)."""

from __future__ import annotations

import os
import subprocess
import sys

from app.services.company import create_company


def test_smoke_start_with_a_company_file_exits_cleanly(tmp_path):
    path = tmp_path / "co.duebook"
    create_company(str(path), "Smoke Co", "CNY", "en").close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DUEBOOK_HOME=str(tmp_path / "home"))
    r = subprocess.run([sys.executable, "-m", "app", "--smoke", "--db", str(path), "-platform", "offscreen"],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Traceback" not in r.stderr


def test_first_start_without_a_company_offers_new_open_and_demo(qtbot):
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.welcome import WelcomePage

    ctx = AppContext()
    ctx.set_language("en", save=False)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    welcome = w.findChild(WelcomePage)
    assert welcome is not None
    assert {b.text() for b in (welcome.new_button, welcome.open_button, welcome.demo_button)} == {
        "New company…", "Open a company file…", "Open the demo company"}
    assert not w.nav.isEnabled()


def test_new_company_wizard_creates_and_opens_the_file(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from app.ui.context import AppContext
    from app.ui.first_run import NewCompanyDialog
    from app.ui.main_window import MainWindow
    from tests.ui.conftest import wait_jobs

    ctx = AppContext()
    ctx.set_language("en", save=False)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.new_company()
    dlg = w.findChild(NewCompanyDialog)
    qtbot.keyClicks(dlg.name, "Shanghai Example Trading")
    dlg.path.setText(str(tmp_path / "example.duebook"))
    dlg.backup.setText(str(tmp_path / "backups"))
    dlg.currency.setCurrentText("USD")
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    try:
        assert ctx.db is not None and ctx.company is not None
        assert (ctx.company.name, ctx.company.currency) == ("Shanghai Example Trading", "USD")
        assert (tmp_path / "example.duebook").exists() and (tmp_path / "backups").is_dir()
        assert w.nav.isEnabled() and w.current_key() == "dashboard"
        assert ctx.settings.recent_files[0] == str(tmp_path / "example.duebook")
    finally:
        ctx.jobs.wait()
        if ctx.db is not None:
            ctx.db.close()
            ctx.db = None
