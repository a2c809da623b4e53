"""The composition root of the desktop program: ``python -m app`` / ``duebook-gui``.

Flags: ``--demo`` (open or create the demo company), ``--db PATH`` (open this company file),
``--smoke`` (start, show the window, quit once the event loop ran: CI and bundles),
``--lang en|zh_CN``. Qt's own arguments (``-platform offscreen``, ...) pass through.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import config, diagnostics
from app.services import company as company_svc
from app.services.dto import CompanyInfo
from app.services.unit_of_work import Database
from app.ui import crash, errors
from app.ui.context import AppContext, resource_dir
from app.ui.errors import show_error
from app.ui.jobs import JobProgress
from app.ui.smoke import SmokeRun
from app.ui.startup import is_backup_file, parse_args
from app.version import version

log = logging.getLogger(__name__)

DEMO_CUSTOMERS = 200
DEMO_INVOICES = 5000
DEMO_SEED = 7


def make_demo(path: str, language: str, progress: JobProgress | None = None) -> tuple[Database, CompanyInfo]:
    """Open the demo company, creating and filling it first when it does not exist yet."""
    from app.ui.startup import open_company_file

    p = Path(path)
    if p.exists() and p.stat().st_size > 0:
        db, info, _owner = open_company_file(path)
        return db, info
    from app.services.demo import sample as demo

    tmp = p.with_name(p.name + ".part")
    for extra in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        extra.unlink(missing_ok=True)
    name = demo.DEMO_COMPANY
    details = dict(demo.DEMO_DETAILS)
    db = company_svc.create_company(str(tmp), name, "CNY", language, **details)
    try:
        demo.fill_demo(db, customers=DEMO_CUSTOMERS, invoices=DEMO_INVOICES, seed=DEMO_SEED, progress=progress)
    except BaseException:
        db.close()
        for extra in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            extra.unlink(missing_ok=True)
        raise
    db.close()
    tmp.replace(p)
    db, info, _owner = open_company_file(path)
    return db, info


def open_or_create_demo(ctx: AppContext, parent: QWidget | None = None) -> None:
    path = str(config.demo_company_file())
    exists = Path(path).exists()
    lang = ctx.language

    def done(result: tuple[Database, CompanyInfo]) -> None:
        ctx.set_database(*result)

    ctx.jobs.run(lambda progress=None: make_demo(path, lang, progress), done,
                 lambda exc: show_error(parent, exc),
                 progress=None if exists else QApplication.translate("Main", "Creating the demo company…"),
                 parent=parent, write=True)


def install_fonts(app: QApplication) -> None:
    """Chinese text must never show as boxes: register the shipped font as a fallback."""
    font_file = resource_dir() / "fonts" / "wqy-microhei.ttc"
    if font_file.exists():
        fid = QFontDatabase.addApplicationFont(str(font_file))
        families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
        if families:
            base = app.font()
            QFont.insertSubstitution(base.family(), families[0])


def app_icon() -> QIcon:
    """Duebook's icon at every size shipped (16 … 512 px)."""
    icon = QIcon()
    for png in sorted((resource_dir() / "icons").glob("duebook-*.png")):
        icon.addFile(str(png))
    return icon


def main(argv: list[str] | None = None) -> int:
    args, qt_args = parse_args(list(sys.argv[1:] if argv is None else argv))
    diagnostics.start_logging("duebook-gui")
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    earlier_crashes = crash.install(app)
    app.setApplicationName("Duebook")
    app.setOrganizationName("Duebook")
    app.setApplicationVersion(version())
    app.setDesktopFileName("org.duebook.Duebook")  # installer/linux: the menu entry and icon of the window
    app.setWindowIcon(app_icon())
    install_fonts(app)
    window, ctx = build(args)
    window.show()
    for report in earlier_crashes:
        crash.tell_about_earlier_crash(window, report)
    smoke = SmokeRun(app, window, ctx, args.screenshot, bool(args.db or args.demo)) if args.smoke else None
    rc = app.exec()
    if args.smoke and (errors.unexpected or errors.shown):
        # a start that shows an error dialog has failed, whether the error was foreseen or not
        for text in errors.shown:
            print(f"smoke: error shown: {text}", file=sys.stderr)
        print(f"smoke: {len(errors.shown)} error(s) shown, {len(errors.unexpected)} unexpected", file=sys.stderr)
        return 1
    if smoke is not None and smoke.failed:
        return 1
    return int(rc)


def build(args: argparse.Namespace) -> tuple[Any, AppContext]:
    """Make the context and the main window and open the company the arguments (or settings) name."""
    from app.ui.main_window import MainWindow

    ctx = AppContext()
    ctx.set_language(args.lang or ctx.language, save=bool(args.lang))
    window = MainWindow(ctx)
    if args.db:
        window.open_file(args.db)
    elif args.demo:
        open_or_create_demo(ctx, window)
    else:
        last = ctx.settings.last_file
        if last and Path(last).exists():
            window.open_file(last)
    if args.file and is_backup_file(args.file):
        offer_restore(ctx, window, args.file)
    return window, ctx


def offer_restore(ctx: AppContext, window: QWidget, path: str) -> None:
    """A double-clicked backup: once the company is open, the Backups dialog offers to restore it into it."""
    from app.ui.dialogs.backup import BackupDialog

    def restore() -> None:
        ctx.company_changed.disconnect(restore)
        if ctx.db is None:
            return
        dialog = BackupDialog(ctx, window)
        dialog.show()
        dialog.restore(path)  # asks first; the backup is checked before anything is replaced

    if ctx.db is not None or (ctx.settings.last_file and Path(ctx.settings.last_file).exists()):
        ctx.company_changed.connect(restore)
        if ctx.db is not None:
            QTimer.singleShot(0, restore)
        return
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Main", "Restore a backup"),
                      QCoreApplication.translate("Main", "Open the company this backup belongs to, then choose "
                                                         "File › Backup and restore › Restore."), parent=window)
    box.setObjectName("restoreHint")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
