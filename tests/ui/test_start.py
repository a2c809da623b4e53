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
