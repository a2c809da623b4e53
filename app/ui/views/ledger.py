"""Ledger of one customer: every document with a running balance, open items, filters, totals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.customers import records as csvc
from app.services.dto import CustomerRow, LedgerLine
from app.services.dto import LedgerPage as LedgerData
from app.services.errors import NotFound
from app.services.ledger import postings as svc
from app.services.orders import service as orders_svc
from app.services.unit_of_work import UnitOfWork
from app.services.vocabulary import KINDS
from app.ui.context import AppContext
from app.ui.dialogs.entry import CreditDialog, InvoiceDialog, VoidDialog, kind_label, status_label
from app.ui.views.ledger_actions import LedgerActions
from app.ui.widgets import (
    ALIGN,
    DISPLAY,
    FOREGROUND,
    NO_PARENT,
    RIGHT,
    WANTED,
    Column,
    DateEdit,
    Index,
    ListModel,
    fit_columns,
    make_table,
    money_color,
)

PAGE = 500  # ledger lines fetched at a time


class LedgerLinesModel(ListModel[LedgerLine]):
    """The ledger's lines, fetched a page at a time: a customer with 10,000 documents opens at once.

    ``fetch(page_index)`` (set by the page) asks for a missing page; the rows show blank until it
    arrives. With a kind or open-only filter, every line is loaded at once instead (``set_rows``).
    """

    def __init__(self, columns: list[Column[LedgerLine]], parent: QWidget | None = None) -> None:
        super().__init__(columns, parent)
        self.total = 0
        self.pages: dict[int, tuple[LedgerLine, ...]] = {}
        self.loading: set[int] = set()
        self.generation = 0
        self.fetch: Callable[[int, int], None] | None = None

    def set_rows(self, rows: Sequence[LedgerLine]) -> None:
        self.set_paged(len(rows), {i // PAGE: tuple(rows[i:i + PAGE]) for i in range(0, len(rows), PAGE)})

    def set_paged(self, total: int, pages: dict[int, tuple[LedgerLine, ...]]) -> None:
        self.beginResetModel()
        self.generation += 1
        self.total = total
        self.pages = dict(pages)
        self.loading.clear()
        self.rows = []
        self.endResetModel()

    def add_page(self, generation: int, index: int, lines: tuple[LedgerLine, ...]) -> None:
        if generation != self.generation:
            return
        self.loading.discard(index)
        self.pages[index] = lines
        first = index * PAGE
        last = min(first + len(lines), self.total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def row_at(self, row: int) -> LedgerLine | None:
        if not 0 <= row < self.total:
            return None
        page = self.pages.get(row // PAGE)
        if page is None:
            if row // PAGE not in self.loading and self.fetch is not None:
                self.loading.add(row // PAGE)
                self.fetch(self.generation, row // PAGE)
            return None
        k = row % PAGE
        return page[k] if k < len(page) else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else self.total

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in WANTED:
            return None
        col = self.columns[index.column()]
        if role == ALIGN:
            return int(col.align)
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == DISPLAY:
            return col.text(item)
        if role == FOREGROUND:
            if col.color is None:
                return None
            c = col.color(item)
            return QBrush(c) if c is not None else None
        return item

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        return None  # a ledger stays in date order (the running balance depends on it)


class LedgerPage(QWidget):
    """Registry page "ledger". ``open_item(customer_id)`` shows that customer."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.customer_label = ""
        self.page_data: LedgerData | None = None
        self._matches: dict[str, int] = {}
        self._loaded: tuple[int, svc.LedgerFilter, dt.date] = (0, svc.LedgerFilter(), ctx.today())

        # customer chooser: type a code or a name, pick from the list
        self.chooser = QLineEdit()
        self.chooser.setObjectName("ledgerCustomer")
        self.chooser.setPlaceholderText(self.tr("Customer: type a code or a name…"))
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(15)
        self.chooser.setCompleter(self.completer)
        self.completer.activated.connect(self._picked)
        self.chooser.returnPressed.connect(self._enter_pressed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._complete)
        self.chooser.textEdited.connect(lambda _t: self._debounce.start())

        self.title = QLabel(self.tr("Choose a customer to see the ledger."))
        self.title.setObjectName("ledgerTitle")
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.title.setFont(f)
        self.balance_label = QLabel()
        self.balance_label.setObjectName("ledgerBalance")
        self.balance_label.setFont(f)
        self.balance_label.setAlignment(RIGHT)

        # filters
        self.use_period = QCheckBox(self.tr("Period"))
        today = ctx.today()
        self.date_from = DateEdit(dt.date(today.year, 1, 1))
        self.date_to = DateEdit(today)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.use_period.toggled.connect(self.date_from.setEnabled)
        self.use_period.toggled.connect(self.date_to.setEnabled)
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.addItem(self.tr("All kinds"), "")
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setObjectName("openOnly")
        for sig in (self.use_period.toggled, self.open_only.toggled):
            sig.connect(lambda _v: self.reload())
        self.date_from.dateChanged.connect(lambda _d: self.reload())
        self.date_to.dateChanged.connect(lambda _d: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())

        # actions
        self.invoice_button = QPushButton(self.tr("Invoice…"))
        self.invoice_button.setObjectName("newInvoice")
        self.payment_button = QPushButton(self.tr("Payment…"))
        self.payment_button.setObjectName("newPayment")
        self.credit_button = QPushButton(self.tr("Credit note…"))
        self.credit_button.setObjectName("newCreditNote")
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.setObjectName("voidDocument")
        self.invoice_button.clicked.connect(self.new_invoice)
        self.payment_button.clicked.connect(self.new_payment)
        self.credit_button.clicked.connect(self.new_credit_note)
        self.void_button.clicked.connect(self.void_selected)
        self.mail_button = QPushButton(self.tr("E-mail statement…"))
        self.mail_button.setObjectName("mailStatement")
        self.mail_button.clicked.connect(self.mail_statement)
        QShortcut(QKeySequence("Ctrl+I"), self, self.new_invoice)
        QShortcut(QKeySequence("Ctrl+P"), self, self.new_payment)

        ctxm = ctx
        self.lines_model = LedgerLinesModel([
            Column(self.tr("Date"), lambda r: ctxm.date(r.date), key=lambda r: r.date),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind)),
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Description"), lambda r: r.description),
            Column(self.tr("Due"), lambda r: ctxm.date(r.due_date), key=lambda r: r.due_date),
            Column(self.tr("Debit"), lambda r: ctxm.money(r.debit, blank_zero=True), key=lambda r: r.debit, align=RIGHT),
            Column(self.tr("Credit"), lambda r: ctxm.money(r.credit, blank_zero=True), key=lambda r: r.credit,
                   align=RIGHT),
            Column(self.tr("Balance"), lambda r: ctxm.money(r.balance), key=lambda r: r.balance, align=RIGHT,
                   color=lambda r: money_color(r.balance)),
            Column(self.tr("Open"), lambda r: ctxm.money(r.open_amount, blank_zero=True) if r.status == "posted"
                   and r.kind != "void" else "", key=lambda r: r.open_amount, align=RIGHT),
            Column(self.tr("Status"), lambda r: status_label(r.status)),
            Column(self.tr("Days overdue"), lambda r: str(r.days_overdue) if r.days_overdue and r.days_overdue > 0
                   else "", key=lambda r: r.days_overdue or 0, align=RIGHT),
        ], self)
        self.lines_model.fetch = self._fetch_page
        self.lines_view = make_table(self.lines_model, stretch=3)
        self.lines_view.setObjectName("ledgerTable")
        fit_columns(self.lines_view, [11, 10, 12, 0, 11, 13, 13, 14, 13, 7, 12])

        self.open_model: ListModel[LedgerLine] = ListModel([
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind)),
            Column(self.tr("Date"), lambda r: ctxm.date(r.date), key=lambda r: r.date),
            Column(self.tr("Due"), lambda r: ctxm.date(r.due_date), key=lambda r: r.due_date or r.date),
            Column(self.tr("Amount"), lambda r: ctxm.money(r.debit or -r.credit), key=lambda r: r.debit - r.credit,
                   align=RIGHT),
            Column(self.tr("Open"), lambda r: ctxm.money(r.open_amount if r.debit else -r.open_amount),
                   key=lambda r: r.open_amount if r.debit else -r.open_amount, align=RIGHT,
                   color=lambda r: None if r.debit else money_color(Decimal(-1))),
            Column(self.tr("Days overdue"), lambda r: str(r.days_overdue) if r.days_overdue and r.days_overdue > 0
                   else "", key=lambda r: r.days_overdue or 0, align=RIGHT,
                   color=lambda r: money_color(Decimal(-1)) if (r.days_overdue or 0) > 30 else None),
        ], self)
        self.open_view = make_table(self.open_model, sortable=True)
        self.open_view.horizontalHeader().setStretchLastSection(True)
        self.open_view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # oldest due first
        self.open_view.setObjectName("openItemsTable")
        fit_columns(self.open_view, [14, 12, 12, 12, 14, 14, 12])

        self.totals = QLabel()
        self.totals.setObjectName("ledgerTotals")
        self.totals.setAlignment(RIGHT)
        self.open_title = QLabel(self.tr("Open items"))
        self.orders_label = QLabel()  # the customer's open confirmed orders (not yet invoiced)
        self.orders_label.setObjectName("ledgerOpenOrders")
        self.orders_label.setAlignment(RIGHT)

        head = QGridLayout()
        head.addWidget(self.chooser, 0, 0)
        head.addWidget(self.title, 0, 1)
        head.addWidget(self.balance_label, 0, 2)
        head.setColumnStretch(1, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.use_period)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        filters.addWidget(self.kind)
        filters.addWidget(self.open_only)
        filters.addStretch(1)
        for b in (self.invoice_button, self.payment_button, self.credit_button, self.void_button, self.mail_button):
            filters.addWidget(b)
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.lines_view, 1)
        ul.addWidget(self.totals)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        titles = QHBoxLayout()
        titles.addWidget(self.open_title, 1)
        titles.addWidget(self.orders_label)
        ll.addLayout(titles)
        ll.addWidget(self.open_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addLayout(filters)
        lay.addWidget(split, 1)
        self.chooser.setMinimumWidth(260)
        ctx.data_changed.connect(self.reload)
        self._enable()
        # the day's work on documents and the customer: context menu, toolbar, double-click, shortcuts
        self.day_actions = LedgerActions(self)
        self.print_menu: QMenu | None = None  # the context menu the print entries were last added to
        self._install_document_printing()

    # ---- choosing the customer -------------------------------------------------------------------
    def _complete(self) -> None:
        text = self.chooser.text().strip()
        if not text:
            return

        def search(uow: UnitOfWork) -> list[CustomerRow]:  # the job's reading unit of work, twice
            ids = csvc.search_ids(uow, csvc.CustomerFilter(search=text, status="all"))[:50]
            return csvc.rows_for(uow, ids)

        def got(rows: list[CustomerRow]) -> None:
            self._matches = {f"{r.code} — {r.name}": r.id for r in rows}
            self.completions.setStringList(list(self._matches))
            if self.chooser.hasFocus() and rows:
                self.completer.complete()

        self.ctx.call(search, on_done=got, key=f"ledger-chooser-{id(self)}", read=True)

    def _picked(self, text: str) -> None:
        cid = self._matches.get(text)
        if cid is not None:
            self.open_item(cid)

    def _enter_pressed(self) -> None:
        text = self.chooser.text().strip()
        if text in self._matches:
            self.open_item(self._matches[text])
            return

        def find(uow: UnitOfWork) -> int | None:
            try:
                return csvc.get_customer(uow, text).id
            except NotFound:
                ids = csvc.search_ids(uow, csvc.CustomerFilter(search=text, status="all"))
                return ids[0] if len(ids) == 1 else None

        self.ctx.call(find, on_done=lambda cid: self.open_item(cid) if cid else self._complete(), read=True)

    def open_item(self, customer_id: object) -> None:
        if not isinstance(customer_id, int):
            return
        self.customer_id = customer_id
        self.reload()

    # ---- loading ---------------------------------------------------------------------------------
    def current_filter(self) -> svc.LedgerFilter:
        kind = str(self.kind.currentData() or "")
        return svc.LedgerFilter(
            date_from=self.date_from.value() if self.use_period.isChecked() else None,
            date_to=self.date_to.value() if self.use_period.isChecked() else None,
            kinds=(kind,) if kind else (), open_only=self.open_only.isChecked(),
        )

    def reload(self) -> None:
        cid = self.customer_id
        if cid is None or self.ctx.db is None:
            return
        f = self.current_filter()
        as_of = self.ctx.today()
        self._loaded = (cid, f, as_of)

        def load(uow: UnitOfWork) -> tuple[LedgerData, int]:
            # Filtered or not, only the last page is read: the service pages a filter in SQL too.
            head = svc.ledger(uow, cid, f, as_of=as_of, offset=0, limit=0)  # counts and totals only
            last = max(head.total_lines - 1, 0) // PAGE
            return svc.ledger(uow, cid, f, as_of=as_of, offset=last * PAGE, limit=PAGE), last

        def items(uow: UnitOfWork) -> list[LedgerLine]:
            lines = svc.ledger(uow, cid, svc.LedgerFilter(open_only=True), as_of=as_of).lines
            # open items: posted debits still owed, then unapplied credits
            return [ln for ln in lines if ln.status == "posted" and ln.open_amount > 0 and ln.kind != "void"]

        # Reading snapshots: the two run side by side and never hold off a posting.
        self.ctx.call(load, on_done=self._show, key=f"ledger-{id(self)}", read=True)
        self.ctx.call(items, on_done=self._show_items, key=f"ledger-open-{id(self)}", read=True)
        self.ctx.call(orders_svc.customer_orders, cid, on_done=self._show_orders, key=f"ledger-orders-{id(self)}",
                      read=True)

    def _fetch_page(self, generation: int, index: int) -> None:
        cid, f, as_of = self._loaded
        self.ctx.call(svc.ledger, cid, f, as_of=as_of, offset=index * PAGE, limit=PAGE, read=True,
                      on_done=lambda page: self.lines_model.add_page(generation, index, page.lines))

    def _show(self, result: tuple[LedgerData, int]) -> None:
        page, index = result
        self.page_data = page
        self.customer_label = f"{page.code} {page.name}"
        self.title.setText(self.customer_label)
        self.chooser.setText(page.code)
        self.balance_label.setText(self.tr("Balance %1").replace("%1", self.ctx.money_cur(page.closing_balance)))
        if page.total_lines == len(page.lines):
            self.lines_model.set_rows(page.lines)
        else:
            self.lines_model.set_paged(page.total_lines, {index: page.lines})
        if page.total_lines:
            self.lines_view.scrollToBottom()
        self.totals.setText(self.tr("%n document(s)", "", page.total_lines) + " · " + self.tr(
            "Opening %1 · Debit %2 · Credit %3 · Closing %4").replace("%1", self.ctx.money(page.opening_balance))
            .replace("%2", self.ctx.money(page.total_debit)).replace("%3", self.ctx.money(page.total_credit))
            .replace("%4", self.ctx.money(page.closing_balance)))
        self._enable()

    def _show_items(self, items: list[LedgerLine]) -> None:
        self.open_model.set_rows(items)
        header = self.open_view.horizontalHeader()
        self.open_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        overdue = sum((i.open_amount for i in items if i.debit and (i.days_overdue or 0) > 0), Decimal(0))
        debits = sum(1 for i in items if i.debit)
        self.open_title.setText(self.tr("Open items: %1 · overdue %2").replace("%1", str(debits)).replace(
            "%2", self.ctx.money(overdue)))

    def _show_orders(self, co: orders_svc.CustomerOrders) -> None:
        """"2 open orders: CNY 12,000.00 (exposure with them 80,000.00)", numbers in the tooltip."""
        if not co.orders:
            self.orders_label.clear()
            self.orders_label.setToolTip("")
            return
        self.orders_label.setText(self.tr("%n open order(s): %1 · exposure with them %2", "", len(co.orders))
                                  .replace("%1", self.ctx.money_cur(co.open_total))
                                  .replace("%2", self.ctx.money(co.exposure_with_orders)))
        self.orders_label.setToolTip("\n".join(f"{o.number} · {self.ctx.date(o.date)} · {self.ctx.money(o.open_amount)}"
                                               for o in co.orders))

    def _enable(self) -> None:
        has = self.customer_id is not None
        for b in (self.invoice_button, self.payment_button, self.credit_button, self.void_button, self.mail_button):
            b.setEnabled(has and not (self.ctx.db is not None and self.ctx.db.read_only))

    # ---- entry -----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.chooser.setFocus()
        self.chooser.selectAll()

    def new_item(self) -> None:
        self.new_invoice()

    def mail_statement(self) -> QWidget | None:
        """E-mail this customer's statement for the period shown (this year when no period is set)."""
        from app.ui.dialogs.mail_statement import MailStatementDialog

        if self.customer_id is None:
            return None
        dlg = MailStatementDialog(self.ctx, self.customer_id, self.date_from.value(), self.date_to.value(), self)
        dlg.open()
        return dlg

    def _after_post(self, _doc: object) -> None:
        self.ctx.status_message.emit(self.tr("Posted."))

    def new_invoice(self) -> InvoiceDialog | None:
        if self.customer_id is None:
            return None
        dlg = InvoiceDialog(self.ctx, self.customer_id, self.customer_label, self)
        dlg.posted.connect(self._after_post)
        dlg.open()
        return dlg

    def new_payment(self) -> CreditDialog | None:
        if self.customer_id is None:
            return None
        dlg = CreditDialog(self.ctx, self.customer_id, self.customer_label, "payment", self)
        dlg.posted.connect(self._after_post)
        dlg.open()
        return dlg

    def new_credit_note(self) -> CreditDialog | None:
        if self.customer_id is None:
            return None
        dlg = CreditDialog(self.ctx, self.customer_id, self.customer_label, "credit_note", self)
        dlg.posted.connect(self._after_post)
        dlg.open()
        return dlg

    def _install_document_printing(self) -> None:
        """Right-click an invoice or a payment: print (preview, Print…, Save PDF…) it (issue 15).

        The entries join the ledger's one context menu (``ledger_actions.MENU_HOOKS``), under the
        document's own actions; ``print_menu`` is the menu they were last added to.
        """
        from app.ui.dialogs.document_print import print_actions
        from app.ui.views import ledger_actions

        def hook(page: LedgerPage, menu: QMenu, line: LedgerLine) -> None:
            if page is not self:
                return
            actions = print_actions(self.ctx, self, line.kind, line.number)
            if actions:
                menu.addActions(actions)
                self.print_menu = menu

        ledger_actions.MENU_HOOKS.append(hook)
        self.destroyed.connect(lambda *_a: ledger_actions.MENU_HOOKS.remove(hook)
                               if hook in ledger_actions.MENU_HOOKS else None)

    def void_selected(self) -> VoidDialog | None:
        idx = self.lines_view.currentIndex()
        line = self.lines_model.row_at(idx.row()) if idx.isValid() else None
        if line is None:
            self.ctx.status_message.emit(self.tr("Select the document to void."))
            return None
        label = f"{kind_label(line.kind)} {line.number} · {self.ctx.money(line.debit or line.credit)}"
        dlg = VoidDialog(self.ctx, None, line.id, label, self)
        dlg.posted.connect(self._after_post)
        dlg.open()
        return dlg
