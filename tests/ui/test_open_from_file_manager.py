"""A double-click in the file manager: a company file opens, a backup offers to be restored."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui import main as ui_main
from app.ui.dialogs import backup as backup_dialog
from app.ui.startup import parse_args
from tests.ui.conftest import wait_jobs


def test_a_company_file_given_alone_is_opened() -> None:
    args, _rest = parse_args(["/home/ann/books.duebook"])
    assert args.db == "/home/ann/books.duebook"
    args, _rest = parse_args(["/home/ann/backups/books-20261201.duebak"])
    assert args.db is None and args.file == "/home/ann/backups/books-20261201.duebak"


def test_a_backup_opened_with_a_company_open_goes_to_the_restore_of_the_backups_dialog(
        qtbot: Any, window: Any, monkeypatch: Any) -> None:
    asked: list[str] = []
    monkeypatch.setattr(backup_dialog.BackupDialog, "restore", lambda self, path=None, confirm=True: asked.append(path))
    ui_main.offer_restore(window.ctx, window, "/media/usb/books-20261201.duebak")
    qtbot.waitUntil(lambda: asked == ["/media/usb/books-20261201.duebak"], timeout=5000)
    wait_jobs(qtbot, window.ctx)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, backup_dialog.BackupDialog) and w.isVisible()]
    assert shown
    for w in shown:
        w.close()


def test_a_backup_opened_without_a_company_says_what_to_do(qtbot: Any) -> None:
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    ctx = AppContext()
    ctx.set_language("en", save=False)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    ui_main.offer_restore(ctx, w, "/media/usb/books.duebak")
    box = next(b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.objectName() == "restoreHint")
    assert "Open the company this backup belongs to" in box.text()
    box.close()
