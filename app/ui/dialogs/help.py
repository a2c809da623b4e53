"""The Help menu's windows: About (versions), keyboard shortcuts, the user guide; opening the log folder."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import diagnostics
from app.ui.context import resource_dir
from app.version import runtime_versions


def about_versions() -> dict[str, str]:
    """Duebook, Qt, Python, SQLite and the system, as the About box lists them."""
    v = runtime_versions()
    return {"Duebook": v["Duebook"], "Qt": qVersion(), "Python": v["Python"], "SQLite": v["SQLite"],
            QCoreApplication.translate("Help", "System"): v["Platform"]}


def _closing(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.button(QDialogButtonBox.StandardButton.Close).setText(QCoreApplication.translate("Help", "Close"))
    box.rejected.connect(dialog.reject)
    return box


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(QCoreApplication.translate("Help", "About Duebook"))
        lay = QVBoxLayout(self)
        head = QLabel("<b>Duebook</b><br>" + QCoreApplication.translate("Help", "Receivables and credit control for the small-business bookkeeper."))
        head.setWordWrap(True)
        lay.addWidget(head)
        self.versions = QLabel("<br>".join(f"{k}: {v}" for k, v in about_versions().items()))
        self.versions.setObjectName("versions")
        self.versions.setWordWrap(True)
        lay.addWidget(self.versions)
        logs = QLabel(QCoreApplication.translate("Help", "Log files: %1").replace("%1", str(diagnostics.log_dir())))
        logs.setWordWrap(True)
        lay.addWidget(logs)
        lay.addWidget(_closing(self))


def plain(text: str) -> str:
    """A menu text without its mnemonic: ``"&File"`` -> ``"File"``, ``"文件(&F)"`` -> ``"文件"``."""
    return re.sub(r"\(&.\)", "", text).replace("&", "").rstrip("…")


def shortcuts_of(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, command, keys) of every menu command that has a keyboard shortcut, in menu order."""
    out: list[tuple[str, str, str]] = []

    def walk(title: str, actions: list[QAction]) -> None:
        for act in actions:
            sub = act.menu()
            if isinstance(sub, QMenu):
                walk(title, sub.actions())
            elif not act.shortcut().isEmpty():
                keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                out.append((title, plain(act.text()), keys))

    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(plain(top.text()), menu.actions())
    return out


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        rows = shortcuts_of(menu_bar)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Help", "Menu"), QCoreApplication.translate("Help", "Command"), QCoreApplication.translate("Help", "Keys")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(_closing(self))
        self.resize(520, 480)


def guide_file(language: str) -> Path:
    """The user guide in ``language`` (English when there is none in it), shipped in the package."""
    guide = resource_dir() / "guide"
    own = guide / f"guide_{language}.md"
    return own if own.exists() else guide / "guide_en.md"


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(QCoreApplication.translate("Help", "Duebook user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        path = guide_file(language)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(_closing(self))
        self.resize(760, 640)


def open_log_folder() -> bool:
    """Show the log folder (and its crash reports) in the file manager."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(diagnostics.log_dir()))))
