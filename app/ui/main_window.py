"""The main window: navigation built from ``app.ui.pages``, File menu, status bar, shortcuts."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.services.dto import CompanyInfo
from app.services.unit_of_work import Database
from app.services.vocabulary import shown as shown_url
from app.ui import pages as registry
from app.ui import startup
from app.ui.context import AppContext
from app.ui.dialogs import help as help_dialogs
from app.ui.dialogs.classify import grade_rules_menu_text, open_grade_rules
from app.ui.dialogs.classify import menu_text as classify_menu_text
from app.ui.dialogs.classify import open_rules as open_classify_rules
from app.ui.dialogs.duplicates import menu_text as duplicates_menu_text
from app.ui.dialogs.duplicates import open_duplicates
from app.ui.errors import show_error
from app.ui.jobs import JobProgress
from app.ui.views import approvals_text
from app.ui.widgets import fit_to_screen

log = logging.getLogger(__name__)

TITLES: dict[str, object] = {
    "dashboard": QT_TRANSLATE_NOOP("Pages", "Dashboard"),
    "customers": QT_TRANSLATE_NOOP("Pages", "Customers"),
    "ledger": QT_TRANSLATE_NOOP("Pages", "Ledger"),
    "orders": QT_TRANSLATE_NOOP("Pages", "Orders"),
    "credit": QT_TRANSLATE_NOOP("Pages", "Credit"),
    "collections": QT_TRANSLATE_NOOP("Pages", "Collections"),
    "reports": QT_TRANSLATE_NOOP("Pages", "Reports"),
    "audit": QT_TRANSLATE_NOOP("Pages", "Audit trail"),
    "settings": QT_TRANSLATE_NOOP("Pages", "Settings"),
    "bank": QT_TRANSLATE_NOOP("Pages", "Reconciliation"),
    "outbox": QT_TRANSLATE_NOOP("Pages", "Outbox"),
    "requests": approvals_text.PAGE_TITLE,  # --- approvals ---
}


def page_title(key: str) -> str:
    t = TITLES.get(key)
    return QCoreApplication.translate("Pages", str(t)) if t else key.replace("_", " ").title()


def available_pages() -> list[tuple[str, str, str]]:
    """The registry's pages. A page whose module is missing is an error at start, not a silent skip.

    Modules are imported when their page is first shown, so that start-up stays fast.
    """
    missing = [module for _key, module, _cls in registry.PAGES if importlib.util.find_spec(module) is None]
    if missing:
        raise RuntimeError(f"Duebook is incomplete: missing {', '.join(missing)}")
    return list(registry.PAGES)


def load_page_class(key: str, module: str, cls: str) -> Any:
    """The page's class. A page module that does not import, or lacks its class, is an error
    (raised), never a page silently left out."""
    klass = getattr(importlib.import_module(module), cls)
    if isinstance(klass, type) and issubclass(klass, QWidget):
        return klass
    raise TypeError(f"page {key}: {module}.{cls} is not a QWidget")


STATUS_REMINDER_KINDS = ("overdue", "due_soon", "promise_broken", "contract_ending", "follow_up")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.pages: dict[str, QWidget] = {}  # pages built so far (each is built when first shown)
        self.integrity_message: QMessageBox | None = None  # shown when the open file is damaged
        self.hosts: dict[str, QWidget] = {}
        self.page_keys: list[str] = []
        self._available = available_pages()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        split = QSplitter()
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setCollapsible(0, False)
        split.setSizes([170, 1100])
        self.setCentralWidget(split)
        self.nav.currentRowChanged.connect(self._show_row)
        self.status_company = QLabel()
        self.status_file = QLabel()
        self.status_backup = QLabel()
        self.status_busy = QLabel()
        for w in (self.status_company, self.status_file, self.status_backup):
            w.setContentsMargins(6, 0, 12, 0)
            self.statusBar().addPermanentWidget(w)
        self.statusBar().addWidget(self.status_busy)
        ctx.company_changed.connect(self._company_changed)
        # On a server others post too: refresh when the window comes back to the front, and every minute.
        self._server_refresh = QTimer(self)
        self._server_refresh.setInterval(SERVER_REFRESH_MS)
        self._server_refresh.timeout.connect(self._refresh_if_shared)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state_changed)
        ctx.language_changed.connect(lambda _l: self.rebuild())
        ctx.navigate.connect(self.go)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.jobs.busy_changed.connect(
            lambda busy: self.status_busy.setText(self.tr("Working…") if busy else ""))
        from app.ui.outbox_runner import OutboxRunner

        self.outbox_runner = OutboxRunner(ctx, self)  # status bar "3 messages waiting"; rules hourly
        from app.ui.views.approvals_status import PendingRequests

        self.pending_requests = PendingRequests(ctx, self)  # status bar "2 requests wait for approval"
        geo = ctx.settings.window_geometry
        if geo:
            self.restoreGeometry(QByteArray.fromBase64(geo.encode()))
        else:
            fit_to_screen(self, 1280, 800)
        self.rebuild()

    # ---- building --------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """(Re)create menus and pages: on start, on a company change and on a language switch."""
        current = self.current_key()
        self.setWindowTitle(self._title())
        self._build_menus()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.pages.clear()
        self.hosts.clear()
        self.page_keys = []
        for i in reversed(range(self.stack.count())):
            old = self.stack.widget(i)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        if self.ctx.db is None:
            from app.ui.welcome import WelcomePage

            welcome = WelcomePage(self.ctx, self)
            welcome.new_requested.connect(self.new_company)
            welcome.open_requested.connect(self.open_dialog)
            welcome.demo_requested.connect(self.open_demo)
            welcome.recent_requested.connect(self.open_file)
            self.stack.addWidget(welcome)
            self.nav.setEnabled(False)
            self.nav.hide()
        else:
            self.nav.setEnabled(True)
            self.nav.show()
            for key, _module, _cls in self._available:
                host = QWidget()
                host.setObjectName(f"host_{key}")
                lay = QVBoxLayout(host)
                lay.setContentsMargins(0, 0, 0, 0)
                self.hosts[key] = host
                self.page_keys.append(key)
                self.stack.addWidget(host)
                item = QListWidgetItem(page_title(key))
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setSizeHint(QSize(140, 34))
                self.nav.addItem(item)
        self.nav.blockSignals(False)
        self._update_status()
        if self.page_keys:
            self.go(current if current in self.hosts else self.page_keys[0])

    def _title(self) -> str:
        if self.ctx.company is not None:
            return f"{self.ctx.company.name} — Duebook"
        return "Duebook"

    def _build_menus(self) -> None:
        mb = self.menuBar()
        mb.clear()
        m_file = mb.addMenu(self.tr("&File"))
        self._action(m_file, self.tr("&New company…"), self.new_company, QKeySequence("Ctrl+Shift+N"))
        self._action(m_file, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self._action(m_file, self.tr("Open &demo company"), self.open_demo)
        recent = QMenu(self.tr("&Recent files"), m_file)
        recent.setObjectName("recentMenu")
        files = [p for p in self.ctx.settings.recent_files if p]
        for p in files:
            act = recent.addAction(p)
            act.triggered.connect(self._opener(p))
        recent.setEnabled(bool(files))
        m_file.addMenu(recent)
        self._action(m_file, self.tr("Connect to &server…"), self.connect_server)
        m_file.addSeparator()
        if self.ctx.db is not None:
            self._action(m_file, self.tr("&Import…"), self.import_wizard, QKeySequence("Ctrl+Shift+I"))
            self._action(m_file, self.tr("&Statements…"), self.statement_batch, QKeySequence("Ctrl+Shift+P"))
            self._action(m_file, self.tr("Print &invoices and receipts…"), self.print_batch)
            self._action(m_file, self.tr("&Backup and restore…"), self.backup_dialog, QKeySequence("Ctrl+Shift+B"))
            m_file.addSeparator()
        close = self._action(m_file, self.tr("&Close company"), self.close_company, QKeySequence.StandardKey.Close)
        close.setEnabled(self.ctx.db is not None)
        m_file.addSeparator()
        self._action(m_file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        m_go = mb.addMenu(self.tr("&Go"))
        for i, key in enumerate(self.page_keys):
            if self.ctx.db is None:
                break
            shortcut = QKeySequence(f"Ctrl+{i + 1}") if i < 9 else None
            self._action(m_go, page_title(key), self._goer(key), shortcut)
        m_edit = mb.addMenu(self.tr("&Edit"))
        self._action(m_edit, self.tr("&Find"), lambda: self._page_call("focus_search"), QKeySequence.StandardKey.Find)
        self._action(m_edit, self.tr("&New document"), lambda: self._page_call("new_item"),
                     QKeySequence.StandardKey.New)
        self._action(m_edit, self.tr("&Refresh"), lambda: self.ctx.data_changed.emit(), QKeySequence("F5"))
        if self.ctx.db is not None:
            m_edit.addSeparator()
            self._action(m_edit, duplicates_menu_text(), lambda: open_duplicates(self.ctx, self))
            self._action(m_edit, classify_menu_text(), lambda: open_classify_rules(self.ctx, self))
            self._action(m_edit, grade_rules_menu_text(), lambda: open_grade_rules(self.ctx, self))
        m_help = mb.addMenu(self.tr("&Help"))
        self._action(m_help, self.tr("User &guide"), self._guide, QKeySequence.StandardKey.HelpContents)
        self._action(m_help, self.tr("&Keyboard shortcuts"), self._shortcuts)
        self._action(m_help, self.tr("Open the &log folder"), help_dialogs.open_log_folder)
        m_help.addSeparator()
        self._action(m_help, self.tr("&About Duebook"), self._about)

    def _goer(self, key: str) -> Callable[[], None]:
        return lambda: self.go(key)

    def _opener(self, path: str) -> Callable[[], None]:
        return lambda: self.open_file(path)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], Any],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(lambda _c=False: slot())
        menu.addAction(act)
        return act

    # ---- navigation ------------------------------------------------------------------------------
    def current_key(self) -> str | None:
        row = self.nav.currentRow()
        return self.page_keys[row] if 0 <= row < len(self.page_keys) else None

    def page(self, key: str) -> QWidget | None:
        """The page of ``key``, built now if it was not shown yet (None if it cannot be built)."""
        if key in self.pages:
            return self.pages[key]
        host = self.hosts.get(key)
        spec = next((a for a in self._available if a[0] == key), None)
        if host is None or spec is None:
            return None
        klass = load_page_class(*spec)
        page: QWidget | None = None
        if klass is not None:
            try:
                page = klass(self.ctx, host)
            except Exception:
                log.exception("page %s failed to start", key)
        if page is None:
            self.nav.setRowHidden(self.page_keys.index(key), True)
            return None
        page.setObjectName(f"page_{key}")
        lay = host.layout()
        if lay is not None:
            lay.addWidget(page)
        self.pages[key] = page
        return page

    def go(self, key: str, arg: object = None) -> None:
        if key not in self.hosts or self.page(key) is None:
            return
        row = self.page_keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._show_row(row)
        if arg is not None:
            opener = getattr(self.pages[key], "open_item", None)
            if callable(opener):
                opener(arg)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.page_keys):
            key = self.page_keys[row]
            page = self.page(key)
            if page is None:
                return
            self.stack.setCurrentWidget(self.hosts[key])
            shown = getattr(page, "page_shown", None)
            if callable(shown):
                shown()

    def _page_call(self, name: str) -> None:
        key = self.current_key()
        if key is None:
            return
        fn = getattr(self.page(key), name, None)
        if callable(fn):
            fn()

    # ---- company files ---------------------------------------------------------------------------
    def open_file(self, path: str) -> None:
        def done(result: tuple[Database, CompanyInfo, object]) -> None:
            db, info, owner = result
            self.ctx.set_database(db, info)
            if owner is not None:
                QMessageBox.information(self, self.tr("Read-only"), self.tr(
                    "This company file is open in another Duebook; it was opened read-only."))

        self.ctx.jobs.run(lambda: startup.opened(path), done, lambda exc: show_error(self, exc))
        if not self.pages:
            QTimer.singleShot(0, self._preload_first_page)  # while the file opens

    def _preload_first_page(self) -> None:
        """Import the module of the page a company opens on, so that it need not wait for it later."""
        if self._available and not self.pages:
            _key, module, _cls = self._available[0]
            importlib.import_module(module)

    def open_dialog(self) -> None:
        start = str(Path(self.ctx.db.path).parent) if self.ctx.db and self.ctx.db.path else str(config.data_dir())
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Open company file"), start,
                                               self.tr("Duebook company (*.duebook);;All files (*)"))
        if path:
            self.open_file(path)

    def open_demo(self) -> None:
        from app.ui.main import open_or_create_demo

        open_or_create_demo(self.ctx, self)

    def new_company(self) -> None:
        from app.ui.first_run import NewCompanyDialog

        dlg = NewCompanyDialog(self.ctx, self)
        dlg.created.connect(lambda db, info: self.ctx.set_database(db, info))
        dlg.open()

    def close_company(self) -> None:
        self._backup_on_close()
        self.ctx.close_database()

    def connect_server(self) -> None:
        from app.ui.dialogs.connect_server import ConnectServerDialog

        ConnectServerDialog(self.ctx, self).open()

    def import_wizard(self) -> None:
        from app.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.ctx, self).show()

    def statement_batch(self) -> None:
        from app.ui.dialogs.statement_batch import StatementBatchDialog

        StatementBatchDialog(self.ctx, self).show()

    def print_batch(self) -> None:
        from app.ui.dialogs.print_batch import PrintBatchDialog

        PrintBatchDialog(self.ctx, self).show()

    def backup_dialog(self) -> None:
        from app.ui.dialogs.backup import BackupDialog

        BackupDialog(self.ctx, self).show()

    def _company_changed(self) -> None:
        self._server_refresh.stop()
        db = self.ctx.db
        if db is not None:
            from app.ui.dialogs.login import login_if_needed

            # Who works is asked before any page shows (or loads) the company's figures; asked after,
            # the question waited for the dashboard's first query to let go of the database.
            if not login_if_needed(self.ctx, self):
                self.ctx.close_database()  # emits company_changed again: the welcome page
                return
        self.rebuild()
        if db is None:
            return
        # PRODUCT §1: SQLite's own check of every open file, once the first page shows its figures.
        self.ctx.jobs.after_current(lambda: self._check_integrity(db))
        QTimer.singleShot(REMINDERS_DELAY_MS, self._notify_reminders)  # after the first page is shown
        if self._shared():
            self._server_refresh.start()
        if _auto_backups():
            # The daily backup waits until the bookkeeper has the window to work in.
            QTimer.singleShot(DAILY_BACKUP_DELAY_MS, self._daily_backup)

    def _check_integrity(self, db: Database) -> None:
        """Run ``backup_integrity.integrity_problems`` in the background; a damaged file gets a clear message."""
        if self.ctx.db is not db:
            return  # closed (or another opened) before the first page was filled

        def check() -> list[str]:
            from app.services import integrity as backup_integrity

            return backup_integrity.integrity_problems(db)

        def done(problems: list[str]) -> None:
            if problems and self.ctx.db is db:
                self.show_integrity_problem(db.path or shown_url(db.url), problems)

        self.ctx.jobs.run(check, done, lambda exc: log.warning("integrity check of %s failed: %s", db.path, exc),
                          background=True)

    def show_integrity_problem(self, path: str, problems: list[str]) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The company file is damaged"), self.tr(
            "SQLite found damage in the company file %1:\n\n%2\n\nDo not enter more work in it. Restore "
            "the latest backup with File > Backup and restore…, then enter again what was done since "
            "that backup.").replace("%1", path).replace("%2", problems[0]),
            QMessageBox.StandardButton.Ok, self)
        box.setObjectName("integrityProblem")
        if len(problems) > 1:
            box.setDetailedText("\n".join(problems))
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.open()
        self.integrity_message = box

    def _daily_backup(self) -> None:
        from app.services.permissions import allowed

        db = self.ctx.db
        if db is None or db.read_only or not allowed(db.role, "backup.create"):
            return

        def due() -> object:
            from app.services.safety import backup

            return backup.backup_if_due(db)

        self.ctx.jobs.run(due, lambda _r: self._update_status(),
                          lambda exc: log.warning("daily backup failed: %s", exc))

    def _shared(self) -> bool:
        return self.ctx.db is not None and not self.ctx.db.is_sqlite

    def _refresh_if_shared(self) -> None:
        if self._shared() and self.isActiveWindow() and not QApplication.activeModalWidget():
            self.ctx.data_changed.emit()

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self._shared():
            self.ctx.data_changed.emit()

    def _notify_reminders(self) -> None:
        """PRODUCT §7: what needs doing today, in the status bar at start-up (details under Collections).

        Once the jobs running then are done (the dashboard's own reminders, the integrity check):
        two passes over a million documents at once would double the peak memory for nothing.
        """
        db = self.ctx.db
        if db is None:
            return
        dashboard = next((p for p in self.pages.values() if hasattr(p, "reminders_loaded")), None)
        if dashboard is not None:
            # The dashboard counts them anyway (a pass over every open item): take its counts.
            def take(r: object) -> None:
                dashboard.reminders_loaded.disconnect(take)
                self._show_reminders(db, dict(getattr(r, "counts", {})))

            dashboard.reminders_loaded.connect(take)
            loaded = getattr(dashboard, "last_reminders", None)
            if loaded is not None:
                take(loaded)
            return
        self.ctx.jobs.after_current(lambda: self._load_reminders(db))

    def _load_reminders(self, db: Database) -> None:
        if self.ctx.db is not db:
            return

        def load() -> dict[str, int]:
            from app.services.collections import reminders

            counts = dict.fromkeys(STATUS_REMINDER_KINDS, 0)  # counted in the worker: the GUI gets numbers
            for item in reminders.reminders(db.read_uow()).items:
                if item.kind in counts:
                    counts[item.kind] += 1
            return counts

        self.ctx.jobs.run(load, lambda counts: self._show_reminders(db, counts),
                          lambda exc: log.warning("reminders: %s", exc), background=True)

    def _show_reminders(self, db: Database, counts: dict[str, int]) -> None:
        if self.ctx.db is not db:  # another company by now: nothing
            return
        counts = {k: counts.get(k, 0) for k in STATUS_REMINDER_KINDS}
        if not any(counts.values()):
            return
        words = {
            "overdue": lambda n: self.tr("%n overdue", "", n),
            "due_soon": lambda n: self.tr("%n due within 7 days", "", n),
            "promise_broken": lambda n: self.tr("%n broken promise(s)", "", n),
            "contract_ending": lambda n: self.tr("%n contract(s) ending", "", n),
            "follow_up": lambda n: self.tr("%n follow-up(s)", "", n),
        }
        parts = [words[k](counts[k]) for k in STATUS_REMINDER_KINDS if counts[k]]
        text = self.tr("Reminders: %1 (see Collections)").replace("%1", self.tr(", ").join(parts))
        self.statusBar().showMessage(text, 30000)

    def _backup_on_close(self) -> None:
        """PRODUCT §10: a backup when a changed company is closed (waits for it, with the window open)."""
        from app.services.permissions import allowed

        db = self.ctx.db
        if db is None or db.read_only or not _auto_backups() or not allowed(db.role, "backup.create"):
            return

        def on_close(progress: JobProgress) -> object:  # a job with a progress label gets its progress
            from app.services.safety import backup

            return backup.backup_on_close(db, progress=progress)

        self.ctx.jobs.run(on_close, None, lambda exc: log.warning("backup on close failed: %s", exc),
                          self.tr("Backing up…"), parent=self, cancellable=False)
        self.ctx.jobs.wait(120000)

    def _update_status(self) -> None:
        ctx = self.ctx
        if ctx.company is None or ctx.db is None:
            self.status_company.setText(self.tr("No company open"))
            self.status_file.setText("")
            self.status_backup.setText("")
            return
        from app.services.vocabulary import shown

        # elided, the whole text in the tooltip: the reminders on the left stay readable at 1280 px
        for label, text, width in (
                (self.status_company, ctx.company.name + (self.tr(" (read-only)") if ctx.db.read_only else ""), 240),
                (self.status_file, ctx.db.path or shown(ctx.db.url), 220)):
            label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, width))
            label.setToolTip(text)
        self.status_backup.setText("")

        def show(last: str | None) -> None:
            if last is not None and self.ctx.db is not None:
                self.status_backup.setText(self.tr("Last backup: %1").replace("%1", last or self.tr("never")))

        ctx.jobs.run(lambda: _last_backup_text(ctx), show, lambda exc: log.debug("last backup: %s", exc),
                     background=True)

    def _about(self) -> None:
        help_dialogs.AboutDialog(self).open()

    def _shortcuts(self) -> None:
        help_dialogs.ShortcutsDialog(self.menuBar(), self).open()

    def _guide(self) -> None:
        help_dialogs.GuideDialog(self.ctx.language, self).open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        config.save_settings(self.ctx.settings)
        self.ctx.jobs.wait(15000)
        self._backup_on_close()
        if self.ctx.db is not None:
            self.ctx.db.close()
            self.ctx.db = None
        super().closeEvent(event)


DAILY_BACKUP_DELAY_MS = 3 * 60 * 1000
REMINDERS_DELAY_MS = 4000
SERVER_REFRESH_MS = 60 * 1000


def _auto_backups() -> bool:
    """Daily and on-close backups; DUEBOOK_NO_AUTO_BACKUP=1 turns them off (tests, kiosks)."""
    import os

    return os.environ.get("DUEBOOK_NO_AUTO_BACKUP", "") not in ("1", "true", "yes")


def _last_backup_text(ctx: AppContext) -> str | None:
    """'' when no backup was made (or it cannot be read); None when no company is open."""
    from app.services.safety import backup

    if ctx.db is None:
        return None
    try:
        when = backup.last_backup(ctx.db)
    except Exception:
        log.debug("last backup unknown", exc_info=True)
        return ""
    if when.at is None:
        return ""
    text = ctx.date(when.at.date())
    if when.overdue:
        text += " ⚠"
    return text
