"""Help menu: About with the versions a supporter asks for, the shortcuts, the log folder, the user guide."""

from __future__ import annotations

import re
import sqlite3
import sys

from PySide6.QtCore import QByteArray, QUrl, qVersion
from PySide6.QtGui import QAction, QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog

from app import diagnostics
from app.ui.dialogs import help as help_dialogs
from app.version import version


def help_action(window, text: str) -> QAction:  # type: ignore[no-untyped-def]
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() in ("&Help", "帮助(&H)"))
    return next(a for a in menu.actions() if a.text() == text)


def shown_dialog(name: str) -> QDialog:
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible())


def test_about_names_the_versions_of_duebook_qt_python_and_sqlite(qtbot, window):
    help_action(window, "&About Duebook").trigger()
    about = shown_dialog("aboutDialog")
    text = about.versions.text()
    for part in (f"Duebook: {version()}", f"Qt: {qVersion()}", f"Python: {sys.version.split()[0]}",
                 f"SQLite: {sqlite3.sqlite_version}"):
        assert part in text
    about.reject()


def test_keyboard_shortcuts_lists_the_menus_commands_and_keys(qtbot, window):
    help_action(window, "&Keyboard shortcuts").trigger()
    dialog = shown_dialog("shortcutsDialog")
    rows = {tuple(dialog.table.item(r, c).text() for c in range(3)) for r in range(dialog.table.rowCount())}
    assert ("File", "New company", "Ctrl+Shift+N") in rows
    assert ("File", "Backup and restore", "Ctrl+Shift+B") in rows
    assert ("Edit", "Refresh", "F5") in rows
    dialog.reject()


def test_open_the_log_folder_shows_the_folder_with_the_log(qtbot, window, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(help_dialogs.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    help_action(window, "Open the &log folder").trigger()
    assert opened == [str(diagnostics.log_dir())]


def test_the_user_guide_opens_in_the_users_language(qtbot, window):
    help_action(window, "User &guide").trigger()
    guide = shown_dialog("guideDialog")
    text = guide.browser.toPlainText()
    for heading in ("First steps", "Daily work", "Month end", "Backups and restore", "The command line and scheduling"):
        assert heading in text
    pictures = re.findall(r"!\[[^]]*\]\(([^)]+)\)", help_dialogs.guide_file("en").read_text(encoding="utf-8"))
    assert len(pictures) >= 3
    for name in pictures:  # the screenshots travel with the guide and the browser finds them
        data = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        assert isinstance(data, QImage | QPixmap | QByteArray | bytes) and not getattr(data, "isNull", lambda: False)()
    guide.reject()
    window.ctx.set_language("zh_CN", save=False)
    try:
        help_action(window, "使用指南(&G)").trigger()
        guide = shown_dialog("guideDialog")
        assert guide.windowTitle() == "Duebook 使用指南"
        text = guide.browser.toPlainText()
        for heading in ("第一步", "日常工作", "月末", "备份与恢复", "命令行与定时任务"):
            assert heading in text
        guide.reject()
    finally:
        window.ctx.set_language("en", save=False)
