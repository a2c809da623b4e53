"""The ledger's everyday actions: right-click menu, toolbar, double-click and shortcuts.

On a document (either table of the ledger page): open its detail, apply unapplied credit,
refund an overpayment, write off, promise to pay, dispute or clear a dispute, void.
On the customer: promises, contracts and the communication log; hold and release; the
credit report.

Other areas add entries to the document menu through :data:`MENU_HOOKS` (for example
"Print invoice" / "Print receipt"): each hook gets the page, the menu and the clicked line
and adds its actions under the document's own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QTableView, QToolBar, QVBoxLayout, QWidget

from app.services.dto import DocumentInfo, LedgerLine
from app.services.ledger import postings as svc
from app.ui.dialogs.customer_records import CustomerRecordsDialog
from app.ui.dialogs.daywork import (
    ApplyCreditDialog,
    DocumentDialog,
    FormDialog,
    HoldDialog,
    PromiseDialog,
    RefundDialog,
    ReleaseDialog,
    WriteOffDialog,
    ask_dispute,
)
from app.ui.dialogs.entry import VoidDialog, kind_label
from app.ui.errors import show_error
from app.ui.views.customer_actions import show_credit_report
from app.ui.widgets import ListModel

if TYPE_CHECKING:
    from app.ui.views.ledger import LedgerPage

MenuHook = Callable[["LedgerPage", QMenu, LedgerLine], None]
MENU_HOOKS: list[MenuHook] = []


def is_credit_line(ln: LedgerLine) -> bool:
    return ln.credit > 0 and ln.kind != "void"


def is_debit_line(ln: LedgerLine) -> bool:
    return ln.debit > 0 and ln.kind != "void"


class LedgerActions(QObject):
    """Installs the actions on a :class:`LedgerPage` (its tables, a toolbar, shortcuts)."""

    def __init__(self, page: LedgerPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.view: QTableView = page.lines_view
        self.dialog: QWidget | None = None  # the last dialog opened (tests and screenshots look at it)

        def act(name: str, text: str, slot: Callable[[], Any], shortcut: str = "") -> QAction:
            a = QAction(text, page)
            a.setObjectName(name)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                a.setToolTip(f"{text.rstrip('…')} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            a.triggered.connect(lambda _c=False: slot())
            page.addAction(a)
            return a

        self.open_act = act("openDocument", self.tr("Open document"), self.open_document)
        self.apply_act = act("applyCredit", self.tr("Apply unapplied credit…"), self.apply_credit, "Ctrl+Shift+A")
        self.refund_act = act("refund", self.tr("Refund overpayment…"), self.refund, "Ctrl+Shift+R")
        self.write_off_act = act("writeOff", self.tr("Write off…"), self.write_off, "Ctrl+Shift+W")
        self.promise_act = act("promise", self.tr("Promise to pay…"), self.promise, "Ctrl+Shift+M")
        self.dispute_act = act("dispute", self.tr("Dispute or clear dispute…"), self.dispute, "Ctrl+Shift+D")
        self.void_act = act("void", self.tr("Void…"), self.void)
        self.records_act = act("customerRecords", self.tr("Promises, contracts and log…"), self.records, "Ctrl+Shift+L")
        self.hold_act = act("hold", self.tr("Put on hold…"), self.hold, "Ctrl+Shift+H")
        self.release_act = act("release", self.tr("Release hold…"), self.release)
        self.report_act = act("creditReport", self.tr("Credit report"), self.credit_report, "Ctrl+Shift+C")
        for a, short in ((self.open_act, self.tr("Open")), (self.apply_act, self.tr("Apply…")),
                         (self.refund_act, self.tr("Refund…")), (self.write_off_act, self.tr("Write off…")),
                         (self.promise_act, self.tr("Promise…")), (self.dispute_act, self.tr("Dispute…")),
                         (self.records_act, self.tr("Records…")), (self.hold_act, self.tr("Hold…")),
                         (self.release_act, self.tr("Release…"))):
            a.setIconText(short)  # the toolbar's shorter label
        self.document_actions = [self.apply_act, self.refund_act, self.write_off_act, self.promise_act,
                                 self.dispute_act, self.void_act]
        self.customer_actions = [self.records_act, self.hold_act, self.release_act, self.report_act]

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("ledgerToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.open_act, self.apply_act, self.refund_act, self.write_off_act, self.promise_act,
                  self.dispute_act):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator()
        for a in self.customer_actions:
            self.toolbar.addAction(a)
        lay = page.layout()
        if isinstance(lay, QVBoxLayout):
            lay.insertWidget(2, self.toolbar)

        for view in (page.lines_view, page.open_view):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self.show_menu(v, pos))
            view.doubleClicked.connect(lambda _i, v=view: self._open_from(v))
            view.selectionModel().currentChanged.connect(lambda *_a, v=view: self._moved_in(v))
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                QShortcut(QKeySequence(key), view, lambda v=view: self._open_from(v),
                          context=Qt.ShortcutContext.WidgetShortcut)
        self.ctx.data_changed.connect(self.update_enabled)
        page.lines_model.modelReset.connect(self.update_enabled)  # another customer, or the same reloaded
        page.open_model.modelReset.connect(self.update_enabled)
        self.update_enabled()

    # ---- which line ------------------------------------------------------------------------------
    def _open_from(self, view: QTableView) -> None:
        self.view = view
        self.open_document()

    def _moved_in(self, view: QTableView) -> None:
        self.view = view
        self.update_enabled()

    def current_line(self) -> LedgerLine | None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return None
        model = self.view.model()
        line = model.row_at(idx.row()) if isinstance(model, ListModel) else None
        return line if isinstance(line, LedgerLine) else None

    def update_enabled(self) -> None:
        ln = self.current_line()
        has_customer = self.page.customer_id is not None
        writable = not (self.ctx.db is not None and self.ctx.db.read_only)
        posted = ln is not None and ln.status == "posted"
        self.open_act.setEnabled(ln is not None)
        open_credit = writable and posted and ln is not None and is_credit_line(ln) and ln.open_amount > 0
        self.refund_act.setEnabled(open_credit)
        # on an open debit: apply one of the customer's unapplied credits to it
        self.apply_act.setEnabled(open_credit or (writable and posted and ln is not None and is_debit_line(ln)
                                                  and ln.open_amount > 0 and bool(self.open_credits())))
        open_debit = writable and posted and ln is not None and is_debit_line(ln) and ln.open_amount > 0
        self.write_off_act.setEnabled(open_debit)
        self.promise_act.setEnabled(open_debit)
        self.dispute_act.setEnabled(writable and posted and ln is not None and ln.kind == "invoice")
        self.void_act.setEnabled(writable and posted and ln is not None and ln.kind != "void")
        for a in self.customer_actions:
            a.setEnabled(has_customer and (writable or a is self.report_act or a is self.records_act))

    # ---- the menu --------------------------------------------------------------------------------
    def build_menu(self) -> QMenu:
        self.update_enabled()
        menu = QMenu(self.page)
        menu.setObjectName("ledgerMenu")
        menu.addAction(self.open_act)
        menu.setDefaultAction(self.open_act)
        menu.addSeparator()
        for a in self.document_actions:
            menu.addAction(a)
        ln = self.current_line()
        if ln is not None and MENU_HOOKS:
            menu.addSeparator()
            for hook in MENU_HOOKS:
                hook(self.page, menu, ln)
        menu.addSeparator()
        for a in self.customer_actions:
            menu.addAction(a)
        return menu

    def show_menu(self, view: QTableView, pos: QPoint) -> QMenu:
        self.view = view
        idx = view.indexAt(pos)
        if idx.isValid():
            view.setCurrentIndex(idx)
        menu = self.build_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(view.viewport().mapToGlobal(pos))
        return menu

    # ---- document actions ------------------------------------------------------------------------
    def _with_document(self, then: Callable[[DocumentInfo], None]) -> None:
        ln = self.current_line()
        if ln is None:
            self.ctx.status_message.emit(self.tr("Select a document first."))
            return
        self.ctx.call(svc.get_document, ln.id, on_done=then, read=True,
                      on_error=lambda e: show_error(self.page, e))

    def _show(self, dlg: QDialog) -> None:
        self.dialog = dlg
        if isinstance(dlg, FormDialog):
            dlg.done_signal.connect(lambda _r: self.ctx.status_message.emit(self.tr("Done.")))
        dlg.open()

    def open_document(self) -> None:
        ln = self.current_line()
        if ln is None:
            return
        self._show(DocumentDialog(self.ctx, ln.id, self.page))

    def open_credits(self) -> list[LedgerLine]:
        """The customer's unapplied payments and credit notes, from the open items on the page."""
        return [r for r in self.page.open_model.rows if is_credit_line(r) and r.open_amount > 0]

    def apply_credit(self) -> None:
        ln = self.current_line()
        if ln is None or not is_debit_line(ln):
            self._with_document(lambda d: self._show(ApplyCreditDialog(self.ctx, d, self.page)))
            return
        credits = self.open_credits()
        if not credits:
            return
        chosen = credits[0]
        if len(credits) > 1:
            names = [f"{kind_label(c.kind)} {c.number} · {self.ctx.date(c.date)} · {self.ctx.money(c.open_amount)}"
                     for c in credits]
            text, ok = QInputDialog.getItem(self.page, self.tr("Apply unapplied credit"),
                                            self.tr("Which credit goes to %1?").replace("%1", ln.number), names, 0,
                                            False)
            if not ok or text not in names:
                return
            chosen = credits[names.index(text)]
        debit_id = ln.id
        self.ctx.call(svc.get_document, chosen.id, read=True, on_error=lambda e: show_error(self.page, e),
                      on_done=lambda d: self._show(ApplyCreditDialog(self.ctx, d, self.page, debit_id=debit_id)))

    def refund(self) -> None:
        self._with_document(lambda d: self._show(RefundDialog(self.ctx, d, self.page)))

    def write_off(self) -> None:
        self._with_document(lambda d: self._show(WriteOffDialog(self.ctx, d, self.page)))

    def promise(self) -> None:
        self._with_document(lambda d: self._show(PromiseDialog(self.ctx, d, self.page)))

    def void(self) -> None:
        ln = self.current_line()  # from whichever table was clicked (the page's own button uses the ledger's)
        if ln is None:
            return
        label = f"{kind_label(ln.kind)} {ln.number} · {self.ctx.money(ln.debit or ln.credit)}"
        dlg = VoidDialog(self.ctx, None, ln.id, label, self.page)
        dlg.posted.connect(lambda _d: self.ctx.status_message.emit(self.tr("Done.")))
        self._show(dlg)

    def dispute(self) -> None:
        def ask(d: DocumentInfo) -> None:
            ask_dispute(self.page, self.ctx, d)

        self._with_document(ask)

    # ---- customer actions ------------------------------------------------------------------------
    def _customer(self) -> tuple[str, str] | None:
        data = self.page.page_data
        if data is None or self.page.customer_id is None:
            return None
        return data.code, f"{data.code} {data.name}"

    def records(self) -> None:
        c = self._customer()
        if c is not None:
            self._show(CustomerRecordsDialog(self.ctx, c[0], c[1], self.page))

    def hold(self) -> None:
        c = self._customer()
        if c is not None:
            self._show(HoldDialog(self.ctx, c[0], c[1], self.page))

    def release(self) -> None:
        c = self._customer()
        if c is not None:
            self._show(ReleaseDialog(self.ctx, c[0], c[1], self.page))

    def credit_report(self) -> None:
        c = self._customer()
        if c is not None:
            show_credit_report(self.ctx, self.page, c[0], on_shown=self._report_shown)

    def _report_shown(self, dlg: QDialog) -> None:
        self.dialog = dlg
