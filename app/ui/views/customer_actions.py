"""A customer's everyday actions on any list of customers (customers page, credit page): right-click
for the ledger, the records (promises, contracts, log, holds), hold, release and the credit report."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QTableView, QWidget

from app.services.reports.credit_report import credit_report_pdf
from app.services.unit_of_work import UnitOfWork
from app.ui.context import AppContext
from app.ui.dialogs.customer_records import CustomerRecordsDialog
from app.ui.dialogs.daywork import HoldDialog, ReleaseDialog
from app.ui.dialogs.print_preview import preview_pdf
from app.ui.errors import show_error

Picked = tuple[int, str, str]  # (customer id, code, name)


def show_credit_report(ctx: AppContext, parent: QWidget, code: str, on_shown: Callable[[QDialog], None] | None = None
                       ) -> None:
    """Build the customer's credit report off the GUI thread and open it in the print preview."""
    as_of = ctx.today()

    def build(uow: UnitOfWork) -> Path:
        path = Path(tempfile.mkdtemp(prefix="duebook-credit-")) / f"credit-report-{code}.pdf"
        credit_report_pdf(uow, code, as_of, path)
        return path

    def shown(path: Path) -> None:
        dlg = preview_pdf(parent, path, QCoreApplication.translate("CustomerMenu", "Credit report") + f" · {code}")
        if on_shown is not None:
            on_shown(dlg)

    ctx.call(build, read=True, parent=parent, on_done=shown, on_error=lambda e: show_error(parent, e))


class CustomerMenu(QObject):
    """The right-click menu of a table of customers. ``pick(row)`` names the customer of a row."""

    def __init__(self, page: QWidget, ctx: AppContext, view: QTableView, pick: Callable[[int], Picked | None]) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = ctx
        self.view = view
        self.pick = pick
        self.dialog: QDialog | None = None
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_menu)

    def current(self) -> Picked | None:
        idx = self.view.currentIndex()
        return self.pick(idx.row()) if idx.isValid() else None

    def build_menu(self) -> QMenu:
        menu = QMenu(self.page)
        menu.setObjectName("customerMenu")
        c = self.current()
        writable = not (self.ctx.db is not None and self.ctx.db.read_only)

        def add(name: str, text: str, slot: Callable[[Picked], None], enabled: bool = True) -> QAction:
            a = menu.addAction(text)
            a.setObjectName(name)
            a.setEnabled(c is not None and enabled)
            if c is not None:
                a.triggered.connect(lambda _x=False, p=c: slot(p))
            return a

        add("openLedger", self.tr("Open ledger"), lambda p: self.ctx.navigate.emit("ledger", p[0]))
        menu.addSeparator()
        add("customerRecords", self.tr("Promises, contracts and log…"), self.records)
        add("hold", self.tr("Put on hold…"), self.hold, writable)
        add("release", self.tr("Release hold…"), self.release, writable)
        add("creditReport", self.tr("Credit report"), self.report)
        return menu

    def show_menu(self, pos: QPoint) -> QMenu:
        idx = self.view.indexAt(pos)
        if idx.isValid():
            self.view.setCurrentIndex(idx)
        menu = self.build_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        return menu

    def _open(self, dlg: QDialog) -> None:
        self.dialog = dlg
        dlg.open()

    def records(self, c: Picked) -> None:
        self._open(CustomerRecordsDialog(self.ctx, c[1], f"{c[1]} {c[2]}", self.page))

    def hold(self, c: Picked) -> None:
        self._open(HoldDialog(self.ctx, c[1], f"{c[1]} {c[2]}", self.page))

    def release(self, c: Picked) -> None:
        self._open(ReleaseDialog(self.ctx, c[1], f"{c[1]} {c[2]}", self.page))

    def report(self, c: Picked) -> None:
        show_credit_report(self.ctx, self.page, c[1], on_shown=self._shown)

    def _shown(self, dlg: QDialog) -> None:
        self.dialog = dlg
