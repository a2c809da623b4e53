"""When something goes wrong there is a log and a report to send, and the user is told in words."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from app import diagnostics
from app.ui import crash
from app.ui.crash import CrashDialog
from tests.ui.conftest import wait_jobs

ROOT = Path(__file__).resolve().parents[2]


def crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


@pytest.fixture
def logging_to_file() -> object:
    path = diagnostics.start_logging("tests")
    yield path
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, diagnostics.PrivateRotatingFileHandler):
            root.removeHandler(h)
            h.close()


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_unexpected_error_in_a_job_shows_the_crash_dialog_and_writes_a_report(qtbot, window, logging_to_file):
    logging.getLogger("app.test").info("opened customer C000042")

    def broken_job() -> None:
        raise RuntimeError("the ledger page divided by zero")

    window.ctx.jobs.run(broken_job)
    qtbot.waitUntil(lambda: bool(crash_dialogs()), timeout=5000)
    wait_jobs(qtbot, window.ctx)
    dialog = crash_dialogs()[-1]
    said = " ".join(lbl.text() for lbl in dialog.findChildren(QLabel))
    assert "did not expect" in said and "a mistake on our side" in said
    assert "RuntimeError: the ledger page divided by zero" in said
    report = dialog.report
    assert report.parent == diagnostics.reports_dir() and private(report)
    assert str(report) in said
    text = report.read_text(encoding="utf-8")
    for part in ("Duebook: ", "Qt: ", "PySide6: ", "Python: ", "SQLite: ", "Platform: ",
                 "Traceback", "in broken_job", "RuntimeError: the ledger page divided by zero",
                 "opened customer C000042"):
        assert part in text, part
    opened: list[str] = []
    qtbot_patch = pytest.MonkeyPatch()
    qtbot_patch.setattr(crash.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    try:
        dialog.open_folder.click()
    finally:
        qtbot_patch.undo()
    assert opened == [str(report.parent)]
    dialog.reject()


def test_the_crash_dialog_speaks_chinese(qtbot, window):
    window.ctx.set_language("zh_CN", save=False)
    try:
        dialog = crash.show_crash(window, PermissionError(13, "Permission denied", "/srv/books.duebook"))
        said = " ".join(lbl.text() for lbl in dialog.findChildren(QLabel))
        assert "没有权限读取或写入文件：/srv/books.duebook" in said
        assert dialog.windowTitle() == "Duebook 遇到了问题"
        assert dialog.open_folder.text() == "打开报告所在文件夹"
        dialog.reject()
    finally:
        window.ctx.set_language("en", save=False)


def test_the_log_file_is_private_and_never_holds_a_password(logging_to_file):
    log = logging.getLogger("app.test")
    log.warning("connecting to postgresql+psycopg://clerk:s3cret-pw@db.local/books")
    log.info("login password=hunter2 for user clerk")
    for h in logging.getLogger().handlers:
        h.flush()
    path = diagnostics.log_file()
    text = path.read_text(encoding="utf-8")
    assert "tests started" in text and "postgresql+psycopg://clerk:***@db.local/books" in text
    assert "s3cret-pw" not in text and "hunter2" not in text
    assert private(path)
    assert path.parent == Path(os.environ["DUEBOOK_HOME"]) / "logs"


def test_the_log_file_rotates_and_stays_private(logging_to_file, monkeypatch):
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, diagnostics.PrivateRotatingFileHandler))
    monkeypatch.setattr(handler, "maxBytes", 2000)
    for i in range(100):
        logging.getLogger("app.test").info("line %d of a busy day", i)
    rotated = sorted(diagnostics.log_dir().glob("duebook.log.*"))
    assert rotated and all(private(p) for p in [*rotated, diagnostics.log_file()])
    assert len(rotated) <= diagnostics.LOG_KEEP


CHILD = textwrap.dedent("""
    import faulthandler, logging, sys
    from app import diagnostics
    diagnostics.start_logging("child")
    logging.getLogger("app.child").info("about to print statement for C000007")
    diagnostics.arm_fault_report({"Qt": "test"})
    if sys.argv[1] == "crash":
        faulthandler._sigsegv()
    diagnostics.disarm_fault_report()
""")


def run_child(home: Path, how: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DUEBOOK_HOME=str(home), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", CHILD, how], env=env, capture_output=True, text=True, timeout=60)


def test_a_segfault_leaves_a_report_that_the_next_start_completes(tmp_path, monkeypatch):
    home = tmp_path / "home"
    r = run_child(home, "crash")
    assert r.returncode != 0
    monkeypatch.setenv("DUEBOOK_HOME", str(home))
    (fault,) = diagnostics.reports_dir().glob("fault-*.txt")
    text = fault.read_text(encoding="utf-8")
    assert "Duebook: " in text and "Qt: test" in text and "Fatal Python error: Segmentation fault" in text
    assert private(fault)
    (report,) = diagnostics.finish_fault_reports()
    assert report.name.startswith("crash-") and not fault.exists() and private(report)
    assert "about to print statement for C000007" in report.read_text(encoding="utf-8")


def test_a_clean_exit_leaves_no_report(tmp_path, monkeypatch):
    home = tmp_path / "home"
    assert run_child(home, "clean").returncode == 0
    monkeypatch.setenv("DUEBOOK_HOME", str(home))
    assert list(diagnostics.reports_dir().iterdir()) == []
    assert diagnostics.finish_fault_reports() == []


def test_an_error_in_a_plain_thread_reaches_the_crash_dialog(qtbot, window, monkeypatch):
    import threading

    monkeypatch.setattr(crash, "relay", crash.ExceptionRelay(QApplication.instance()))
    monkeypatch.setattr(threading, "excepthook", crash.thread_excepthook)

    def worker() -> None:
        raise ValueError("a reminder thread lost its customer C000009")

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: any("C000009" in d.what.text() for d in crash_dialogs()), timeout=5000)
    dialog = next(d for d in crash_dialogs() if "C000009" in d.what.text())
    assert "in worker" in dialog.report.read_text(encoding="utf-8")
    dialog.reject()
