"""When the program meets an error it did not expect: say so in words, write a report, offer its folder.

:func:`install` (called once by ``app.ui.main``) routes ``sys.excepthook`` and
``threading.excepthook`` here, arms ``faulthandler`` (``app.diagnostics``) for hard crashes and, if
an earlier run died that way, tells the user where that report is. ``app.ui.errors.show_error``
sends every unexpected exception of a job here too.
"""

from __future__ import annotations

import errno
import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import diagnostics

log = logging.getLogger(__name__)

_open_dialogs: list[CrashDialog] = []
reports: list[Path] = []  # reports written by this run (tests and --smoke read them)


def qt_versions() -> dict[str, str]:
    return {"Qt": qVersion(), "PySide6": PySide6.__version__}



def what_happened(exc: BaseException) -> str:
    """One sentence a bookkeeper can read, then the technical name of the error."""
    if isinstance(exc, MemoryError):
        lead = QCoreApplication.translate("Crash", "The computer ran out of memory.")
    elif isinstance(exc, PermissionError):
        lead = QCoreApplication.translate("Crash", "Duebook was not allowed to read or write a file: %1").replace("%1", str(exc.filename or ""))
    elif isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        lead = QCoreApplication.translate("Crash", "The disk is full.")
    elif isinstance(exc, OSError):
        lead = QCoreApplication.translate("Crash", "A file or device could not be used: %1").replace("%1", str(exc.strerror or exc))
    else:
        lead = QCoreApplication.translate("Crash", "Duebook met an error in its own program code (a mistake on our side, not yours).")
    return lead + "\n" + f"{type(exc).__name__}: {diagnostics.redact(str(exc))}"


class CrashDialog(QDialog):
    """What happened, that work not yet saved may be lost, where the report is; Open folder / Close."""

    def __init__(self, parent: QWidget | None, what: str, report: Path, lead: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(QCoreApplication.translate("Crash", "Duebook ran into a problem"))
        self.report = report
        lay = QVBoxLayout(self)
        head = QLabel(lead or QCoreApplication.translate("Crash", "Something went wrong that Duebook did not expect. What you saved before "
                                 "is safe; the last thing you did may not have been saved."))
        head.setWordWrap(True)
        lay.addWidget(head)
        self.what = QLabel(what)
        self.what.setObjectName("crashWhat")
        self.what.setWordWrap(True)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.what)
        where = QLabel(QCoreApplication.translate("Crash", "A report was written to:") + f"\n{report}\n"
                       + QCoreApplication.translate("Crash", "Please send this file to whoever supports your Duebook. It holds no passwords "
                            "and no customer data beyond customer codes."))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(where)
        self.details = QPlainTextEdit(report.read_text(encoding="utf-8", errors="replace"))
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        lay.addWidget(self.details)
        buttons = QDialogButtonBox()
        self.open_folder = QPushButton(QCoreApplication.translate("Crash", "Open the report folder"))
        self.open_folder.setObjectName("openReportFolder")
        self.show_details = QPushButton(QCoreApplication.translate("Crash", "Show the report"))
        self.show_details.setCheckable(True)
        self.show_details.toggled.connect(self.details.setVisible)
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_details, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(QCoreApplication.translate("Crash", "Close"))
        buttons.rejected.connect(self.reject)
        self.open_folder.clicked.connect(self.open_report_folder)
        lay.addWidget(buttons)
        self.resize(560, 300)

    def open_report_folder(self) -> bool:
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.parent))))


def _show(parent: QWidget | None, what: str, report: Path, lead: str | None = None) -> CrashDialog:
    box = CrashDialog(parent, what, report, lead)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.append(box)
    box.finished.connect(lambda _r: _open_dialogs.remove(box) if box in _open_dialogs else None)
    box.open()  # never exec(): the event loop keeps running
    return box


def show_crash(parent: QWidget | None, exc: BaseException) -> CrashDialog:
    """Log ``exc``, write its report and show the crash dialog (on the GUI thread)."""
    log.error("unexpected error", exc_info=exc)
    report = diagnostics.write_report(type(exc), exc, exc.__traceback__, qt_versions())
    reports.append(report)
    log.info("crash report written: %s", report)
    return _show(parent, what_happened(exc), report)


class ExceptionRelay(QObject):
    """Carries an exception of another thread to the GUI thread (it lives there: queued delivery)."""

    crashed = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.crashed.connect(self._on_crash)

    def _on_crash(self, exc: BaseException) -> None:
        show_crash(QApplication.activeWindow(), exc)


relay: ExceptionRelay | None = None


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    if QApplication.instance() is None or relay is None:
        sys.__excepthook__(exc_type, exc, tb)
        diagnostics.write_report(exc_type, exc, tb)
        return
    relay.crashed.emit(exc)  # direct on the GUI thread, queued from any other


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install(app: QApplication) -> list[Path]:
    """Route uncaught exceptions and hard crashes here; returns reports of earlier hard crashes."""
    global relay
    relay = ExceptionRelay(app)
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    diagnostics.arm_fault_report(qt_versions())
    app.aboutToQuit.connect(diagnostics.disarm_fault_report)
    return diagnostics.finish_fault_reports()


def tell_about_earlier_crash(parent: QWidget | None, report: Path) -> CrashDialog:
    lead = QCoreApplication.translate("Crash", "Duebook stopped unexpectedly the last time it ran. What was saved before is safe.")
    return _show(parent, QCoreApplication.translate("Crash", "The program stopped on a fatal error in native code."), report, lead)
