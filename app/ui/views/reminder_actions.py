"""Acting on a reminder where it is listed: double-click or right-click a row of the reminders to
open the invoice, or the customer's promises, contracts or communication log (to record a
promise's outcome, mark a follow-up done ...)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QDialog, QMenu, QTableView, QWidget

from app.services.collections.reminders import ReminderItem
from app.ui.context import AppContext
from app.ui.dialogs.customer_records import CustomerRecordsDialog
from app.ui.dialogs.daywork import DocumentDialog
from app.ui.widgets import ListModel

RECORDS_TAB = {"promise_due": "promises", "promise_broken": "promises", "contract_ending": "contracts",
               "follow_up": "log"}


class ReminderActions(QObject):
    """Double-click: the reminder's own record (the customer's records for promises, contracts and
    follow-ups; the document for an invoice). Right-click: either."""

    def __init__(self, page: QWidget, ctx: AppContext, view: QTableView, model: ListModel[ReminderItem]) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = ctx
        self.view = view
        self.model = model
        self.dialog: QDialog | None = None
        view.doubleClicked.connect(lambda _i: self.open_default())
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_menu)

    def current(self) -> ReminderItem | None:
        idx = self.view.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def open_default(self) -> None:
        it = self.current()
        if it is None:
            return
        if it.kind in RECORDS_TAB:
            self.open_records(it)
        elif it.document_id is not None:
            self.open_document(it)

    def open_document(self, it: ReminderItem) -> None:
        if it.document_id is not None:
            self.dialog = DocumentDialog(self.ctx, it.document_id, self.page)
            self.dialog.open()

    def open_records(self, it: ReminderItem) -> None:
        self.dialog = CustomerRecordsDialog(self.ctx, it.customer, f"{it.customer} {it.customer_name}", self.page,
                                            tab=RECORDS_TAB.get(it.kind, "promises"))
        self.dialog.open()

    def show_menu(self, pos: QPoint) -> QMenu:
        idx = self.view.indexAt(pos)
        if idx.isValid():
            self.view.setCurrentIndex(idx)
        it = self.current()
        menu = QMenu(self.page)
        menu.setObjectName("reminderMenu")
        doc = menu.addAction(self.tr("Open document"))
        doc.setObjectName("openDocument")
        doc.setEnabled(it is not None and it.document_id is not None)
        rec = menu.addAction(self.tr("Promises, contracts and log…"))
        rec.setObjectName("customerRecords")
        rec.setEnabled(it is not None)
        if it is not None:
            doc.triggered.connect(lambda _c=False, i=it: self.open_document(i))
            rec.triggered.connect(lambda _c=False, i=it: self.open_records(i))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        return menu
