"""Reconciliation (对账管理): a bank account's statement lines beside the proposals for the
selected line and the customer's open invoices to tick; confirm, ignore, undo; the totals."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.bank import reconcile, statements
from app.services.bank.profile import MappingProfile
from app.services.bank.statements import AccountInfo, LineInfo, Proposal, Totals
from app.services.dto import AllocationProposal
from app.services.errors import ImportRejected, ValidationError
from app.services.ledger import postings as ledger
from app.ui.context import AppContext
from app.ui.errors import reason_text, show_error
from app.ui.widgets import RIGHT, Column, ListModel, fit_columns, make_table


def status_label(status: str) -> str:
    return {
        "unmatched": QCoreApplication.translate("Bank", "Unmatched"),
        "proposed": QCoreApplication.translate("Bank", "Proposed"),
        "matched": QCoreApplication.translate("Bank", "Matched"),
        "ignored": QCoreApplication.translate("Bank", "Ignored"),
    }.get(status, status)


def confidence_label(confidence: str) -> str:
    return {
        "certain": QCoreApplication.translate("Bank", "Certain"),
        "high": QCoreApplication.translate("Bank", "High"),
        "medium": QCoreApplication.translate("Bank", "Medium"),
        "low": QCoreApplication.translate("Bank", "Low"),
    }.get(confidence, confidence)


def reason_words(p: Proposal) -> str:
    """A proposal's reason in the user's language, from its code and parameters."""
    q = p.reason_params
    how = {"account": QCoreApplication.translate("Bank", "by account"),
           "name": QCoreApplication.translate("Bank", "by name")}.get(q.get("how", ""), q.get("how", ""))
    templates = {
        "named_one": (QCoreApplication.translate(
            "Bank", "invoice %1 named in the reference; amount equals its open amount"), [q.get("invoices")]),
        "named_many": (QCoreApplication.translate(
            "Bank", "invoices %1 named in the reference; amount equals their open amounts"), [q.get("invoices")]),
        "named_short_one": (QCoreApplication.translate(
            "Bank", "invoice %1 named in the reference; amount is %2 short of its open amount (bank charge)"),
            [q.get("invoices"), q.get("difference")]),
        "named_short": (QCoreApplication.translate(
            "Bank", "invoices %1 named in the reference; amount is %2 short of their open amounts (bank charge)"),
            [q.get("invoices"), q.get("difference")]),
        "known_invoice": (QCoreApplication.translate(
            "Bank", "payer known for %1 (%2); amount equals the open amount of invoice %3"),
            [q.get("customer"), how, q.get("invoices")]),
        "known_run": (QCoreApplication.translate(
            "Bank", "payer known for %1 (%2); amount equals the %3 oldest open invoices %4"),
            [q.get("customer"), how, q.get("count"), q.get("invoices")]),
        "known_short": (QCoreApplication.translate(
            "Bank", "payer known for %1 (%2); amount is %3 short of the open amount of %4 (bank charge)"),
            [q.get("customer"), how, q.get("difference"), q.get("invoices")]),
        "similar_name": (QCoreApplication.translate(
            "Bank", "payer name %1 is %2% like customer %3; amount equals the open amount of invoice %4"),
            [q.get("name"), q.get("score"), q.get("customer"), q.get("invoices")]),
    }
    found = templates.get(p.reason_code)
    if found is None:
        return p.reason
    text, values = found
    for i, v in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(v or ""))
    return text


class BankPage(QWidget):
    """The reconciliation page of one bank account at a time."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        c = ctx
        self.setAcceptDrops(True)
        self.accounts: list[AccountInfo] = []
        self.current: LineInfo | None = None
        self.open_items: list[AllocationProposal] = []
        self.invoice_customer = ""
        self.picked: dict[str, str] = {}  # invoices ticked for the line (any customer): number -> amount typed

        self.account = QComboBox()
        self.account.setObjectName("bankAccount")
        self.account.setMinimumWidth(160)
        self.account.currentIndexChanged.connect(lambda _i: self.reload())
        new_account = QPushButton(self.tr("New account…"))
        new_account.setObjectName("newBankAccount")
        new_account.clicked.connect(self.new_account)
        self.import_button = QPushButton(self.tr("Import statement…"))
        self.import_button.setObjectName("importStatement")
        self.import_button.clicked.connect(lambda: self.import_file(None))
        self.match_button = QPushButton(self.tr("Match"))
        self.match_button.setObjectName("matchLines")
        self.match_button.clicked.connect(self.match)
        self.certain_button = QPushButton(self.tr("Confirm all certain"))
        self.certain_button.setObjectName("confirmAllCertain")
        self.certain_button.clicked.connect(self.confirm_all_certain)
        self.filter = QComboBox()
        self.filter.setObjectName("statusFilter")
        self.filter.addItem(self.tr("All lines"), "")
        for s in statements.STATUSES:
            self.filter.addItem(status_label(s), s)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.search = QLineEdit()
        self.search.setObjectName("bankSearch")
        self.search.setPlaceholderText(self.tr("Search payer or reference"))
        self.search.textChanged.connect(lambda _t: self.reload())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bank account:")))
        top.addWidget(self.account)
        top.addWidget(new_account)
        top.addWidget(self.import_button)
        top.addWidget(self.match_button)
        top.addWidget(self.certain_button)
        top.addStretch(1)
        top.addWidget(self.filter)
        top.addWidget(self.search)

        self.lines_model: ListModel[LineInfo] = ListModel([
            Column(self.tr("Date"), lambda ln: c.date(ln.date), key=lambda ln: ln.date),
            Column(self.tr("Amount"), lambda ln: c.money(ln.amount), key=lambda ln: ln.amount, align=RIGHT),
            Column(self.tr("Counterparty"), lambda ln: ln.counterparty),
            Column(self.tr("Reference"), lambda ln: ln.reference, tip=lambda ln: ln.reference),
            Column(self.tr("Status"), lambda ln: status_label(ln.status), key=lambda ln: ln.status,
                   tip=lambda ln: ln.ignore_reason or ", ".join(ln.payments)),
        ], self)
        self.lines_view = make_table(self.lines_model, stretch=3)
        self.lines_view.setObjectName("bankLines")
        fit_columns(self.lines_view, [11, 11, 16, 0, 9])
        self.lines_view.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show_line(cur.row()))
        self.lines_view.installEventFilter(self)

        self.proposals_model: ListModel[Proposal] = ListModel([
            Column(self.tr("Customer"), lambda p: f"{p.customer} {p.customer_name}"),
            Column(self.tr("Confidence"), lambda p: confidence_label(p.confidence), key=lambda p: p.rule),
            Column(self.tr("Difference"), lambda p: c.money(p.difference), align=RIGHT),
            Column(self.tr("Why"), reason_words, tip=reason_words),
        ], self)
        self.proposals_view = make_table(self.proposals_model, stretch=3)
        self.proposals_view.setObjectName("bankProposals")
        fit_columns(self.proposals_view, [22, 9, 10, 0])
        self.proposals_view.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show_proposal(cur.row()))
        self.proposals_view.installEventFilter(self)

        self.customer_edit = QLineEdit()
        self.customer_edit.setObjectName("bankCustomer")
        self.customer_edit.setPlaceholderText(self.tr("Customer code"))
        self.customer_edit.returnPressed.connect(lambda: self.load_invoices(self.customer_edit.text().strip()))
        show = QPushButton(self.tr("Show open invoices"))
        show.clicked.connect(lambda: self.load_invoices(self.customer_edit.text().strip()))
        self.invoices = QTableWidget(0, 5)
        self.invoices.setObjectName("openInvoices")
        self.invoices.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Date"), self.tr("Due"),
                                                 self.tr("Open"), self.tr("Apply")])
        self.invoices.verticalHeader().setVisible(False)
        self.invoices.horizontalHeader().setStretchLastSection(True)
        self.invoices.itemChanged.connect(self._ticked_changed)
        self.picked_label = QLabel("")
        self.picked_label.setObjectName("pickedInvoices")
        self.picked_label.setWordWrap(True)
        self.write_off = QCheckBox(self.tr("Write off a shortfall within the tolerance (bank charge)"))
        self.write_off.setObjectName("writeOff")
        self.confirm_best = QPushButton(self.tr("Confirm best proposal"))
        self.confirm_best.setObjectName("confirmBest")
        self.confirm_best.setToolTip(self.tr("Enter"))
        self.confirm_best.clicked.connect(self.confirm_current)
        self.confirm_ticked = QPushButton(self.tr("Confirm ticked invoices"))
        self.confirm_ticked.setObjectName("confirmTicked")
        self.confirm_ticked.clicked.connect(self.confirm_picked)
        self.ignore_button = QPushButton(self.tr("Ignore…"))
        self.ignore_button.setObjectName("ignoreLine")
        self.ignore_button.clicked.connect(self.ignore_current)
        self.unconfirm_button = QPushButton(self.tr("Undo"))
        self.unconfirm_button.setObjectName("unconfirmLine")
        self.unconfirm_button.setToolTip(self.tr("Unconfirm (the payment is voided) or bring an ignored line back"))
        self.unconfirm_button.clicked.connect(self.unconfirm_current)
        self.line_label = QLabel("")
        self.line_label.setWordWrap(True)
        self.line_label.setObjectName("bankLineText")

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.line_label)
        rl.addWidget(QLabel(self.tr("Proposals:")))
        rl.addWidget(self.proposals_view, 2)
        self.reason_label = QLabel("")
        self.reason_label.setWordWrap(True)
        self.reason_label.setObjectName("proposalReason")
        rl.addWidget(self.reason_label)
        cust = QHBoxLayout()
        cust.addWidget(QLabel(self.tr("Open invoices of")))
        cust.addWidget(self.customer_edit)
        cust.addWidget(show)
        cust.addStretch(1)
        rl.addLayout(cust)
        rl.addWidget(self.invoices, 3)
        rl.addWidget(self.picked_label)
        rl.addWidget(self.write_off)
        buttons = QHBoxLayout()
        for b in (self.confirm_best, self.confirm_ticked, self.ignore_button, self.unconfirm_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        rl.addLayout(buttons)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.lines_view)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 560])
        self.totals_label = QLabel("")
        self.totals_label.setObjectName("bankTotals")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addWidget(self.totals_label)
        ctx.data_changed.connect(self.reload)
        self.reload_accounts()
        self._buttons()

    # ---- loading
    def page_shown(self) -> None:
        self.reload_accounts()

    def account_name(self) -> str:
        return str(self.account.currentData() or "")

    def reload_accounts(self, select: str = "") -> None:
        self.ctx.call(statements.list_accounts, on_done=lambda a: self._accounts(a, select), read=True,
                      key=f"bank-accounts-{id(self)}")

    def _accounts(self, accounts: list[AccountInfo], select: str) -> None:
        chosen = select or self.account_name()
        self.accounts = accounts
        self.account.blockSignals(True)
        self.account.clear()
        for a in accounts:
            self.account.addItem(a.name, a.name)
        i = self.account.findData(chosen)
        self.account.setCurrentIndex(i if i >= 0 else 0)
        self.account.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        name = self.account_name()
        if not name:
            self.lines_model.set_rows([])
            self.show_line(-1)
            self.totals_label.setText(self.tr("No bank account yet: create one, then import a statement."))
            self._buttons()
            return
        status = str(self.filter.currentData() or "") or None
        self.ctx.call(statements.list_lines, name, status, self.search.text(), on_done=self._lines, read=True,
                      key=f"bank-lines-{id(self)}")
        self.ctx.call(statements.totals, name, on_done=self._totals, read=True, key=f"bank-totals-{id(self)}")

    def _lines(self, lines: list[LineInfo]) -> None:
        keep = self.current.id if self.current is not None else None
        self.lines_model.set_rows(lines)
        row = next((i for i, ln in enumerate(lines) if ln.id == keep), 0 if lines else -1)
        if row >= 0:
            self.lines_view.selectRow(row)
        self.show_line(row)

    def _totals(self, t: Totals) -> None:
        c = self.ctx
        self.totals_label.setText(
            self.tr("Statement in %1 · matched %2 · unmatched %3 · set aside %4 · out %5 · difference %6")
            .replace("%1", c.money_cur(t.statement_in)).replace("%2", c.money_cur(t.matched))
            .replace("%3", c.money_cur(t.unmatched)).replace("%4", c.money_cur(t.ignored))
            .replace("%5", c.money_cur(t.statement_out)).replace("%6", c.money_cur(t.difference)))

    # ---- the selected line
    def show_line(self, row: int) -> None:
        line = self.lines_model.row_at(row)
        if line is None or self.current is None or line.id != self.current.id:
            self.picked.clear()
        self.current = line
        if line is None:
            self.line_label.setText("")
            self.proposals_model.set_rows([])
            self._fill_invoices([], None)
            self._buttons()
            return
        text = f"{self.ctx.date(line.date)}  {self.ctx.money_cur(line.amount)}  {line.counterparty}"
        if line.counterparty_account:
            text += f" ({line.counterparty_account})"
        if line.reference:
            text += f"\n{line.reference}"
        if line.status == "matched":
            text += "\n" + self.tr("Matched by %1").replace("%1", ", ".join(line.payments))
        elif line.status == "ignored":
            text += "\n" + self.tr("Set aside: %1").replace("%1", line.ignore_reason)
        self.line_label.setText(text)
        self.proposals_model.set_rows(line.proposals)
        if line.proposals:
            self.proposals_view.selectRow(0)
            self.show_proposal(0)
        else:
            self.reason_label.setText("")
            self.customer_edit.clear()
            self._fill_invoices([], None)
        self._buttons()

    def show_proposal(self, row: int) -> None:
        p = self.proposals_model.row_at(row)
        if p is None:
            self.reason_label.setText("")
            return
        self.reason_label.setText(reason_words(p))
        self.picked = {i.number: "" for i in p.invoices}
        self.customer_edit.setText(p.customer)
        self.load_invoices(p.customer, p)

    def load_invoices(self, code: str, proposal: Proposal | None = None) -> None:
        if not code:
            self._fill_invoices([], None)
            return
        self.invoice_customer = code

        def done(items: list[AllocationProposal]) -> None:
            if code == self.invoice_customer:
                self._fill_invoices(items, proposal)

        self.ctx.call(ledger.open_debits, code, on_done=done, read=True, key=f"bank-open-{id(self)}")

    def _fill_invoices(self, items: list[AllocationProposal], proposal: Proposal | None) -> None:
        self.open_items = items
        chosen = {i.number: i.amount for i in proposal.invoices} if proposal is not None else {}
        self.invoices.blockSignals(True)
        self.invoices.setRowCount(len(items))
        for r, it in enumerate(items):
            number = QTableWidgetItem(it.number)
            number.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            ticked = it.number in self.picked or it.number in chosen
            number.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            typed = self.picked.get(it.number, "") or (self.ctx.money(chosen[it.number]) if it.number in chosen else "")
            cells = [number, QTableWidgetItem(self.ctx.date(it.date)),
                     QTableWidgetItem(self.ctx.date(it.due_date)), QTableWidgetItem(self.ctx.money(it.open_amount)),
                     QTableWidgetItem(typed)]
            for c, item in enumerate(cells):
                if c in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c in (1, 2, 3):
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.invoices.setItem(r, c, item)
        self.invoices.blockSignals(False)
        self.invoices.resizeColumnsToContents()
        self._show_picked()
        self._buttons()

    def _ticked_changed(self, item: QTableWidgetItem) -> None:
        number_item = self.invoices.item(item.row(), 0)
        if number_item is None:
            return
        number = number_item.text()
        if item.column() == 0:
            if item.checkState() == Qt.CheckState.Checked:
                typed = self.invoices.item(item.row(), 4)
                self.picked[number] = typed.text().strip() if typed is not None else ""
            else:
                self.picked.pop(number, None)
        elif item.column() == 4 and number in self.picked:
            self.picked[number] = item.text().strip()
        self._show_picked()
        self._buttons()

    def _show_picked(self) -> None:
        self.picked_label.setText(self.tr("Ticked: %1").replace("%1", ", ".join(self.picked)) if self.picked else "")

    def ticked(self) -> list[reconcile.Pick]:
        """The invoices ticked for this line (of one customer or several), in the order ticked, with the
        amount typed (blank: as much as is open and left)."""
        picks = []
        for number, text in self.picked.items():
            amount: Decimal | None = self.ctx.parse_money(text) if text else None
            picks.append(reconcile.Pick(number, amount))
        return picks

    def _buttons(self) -> None:
        line = self.current
        open_line = line is not None and line.status in ("unmatched", "proposed")
        self.confirm_best.setEnabled(open_line and line is not None and bool(line.proposals) and line.amount > 0)
        self.confirm_ticked.setEnabled(open_line and line is not None and line.amount > 0 and
                                       (bool(self.picked) or bool(self.customer_edit.text().strip())))
        self.ignore_button.setEnabled(open_line)
        self.unconfirm_button.setEnabled(line is not None and line.status in ("matched", "ignored"))
        has_account = bool(self.account_name())
        for b in (self.import_button, self.match_button, self.certain_button):
            b.setEnabled(has_account)

    # ---- keyboard: Enter confirms the best proposal, arrows move
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if obj is self.lines_view and self.confirm_best.isEnabled():
                self.confirm_current()
                return True
            if obj is self.proposals_view and self.current is not None:
                self.confirm_proposal(self.proposals_view.currentIndex().row())
                return True
        return super().eventFilter(obj, event)

    # ---- actions
    def _after_write(self, message: str) -> None:
        self.ctx.status_message.emit(message)

    def confirm_current(self) -> None:
        line = self.current
        if line is None or not line.proposals:
            return
        self.confirm_proposal(0)

    def confirm_proposal(self, row: int) -> None:
        line = self.current
        p = self.proposals_model.row_at(row)
        if line is None or p is None:
            return
        picks = [reconcile.Pick(i.number) for i in p.invoices]  # in order, as much as is open and left
        self.ctx.call(reconcile.confirm, line.id, customer=p.customer, invoices=picks,
                      write_off_difference=self.write_off.isChecked(), write=True,
                      on_done=lambda r: self._after_write(self.tr("Line confirmed: %1").replace(
                          "%1", ", ".join(r.payments))))

    def confirm_picked(self) -> None:
        line = self.current
        if line is None:
            return
        try:
            picks = self.ticked()
        except ValueError as exc:  # an amount typed in the Apply column
            show_error(self, ValidationError("amount", str(exc), code="format"))
            return
        code = self.customer_edit.text().strip() or None
        self.ctx.call(reconcile.confirm, line.id, customer=code, invoices=picks,
                      write_off_difference=self.write_off.isChecked(), write=True,
                      on_done=lambda r: self._after_write(self.tr("Line confirmed: %1").replace(
                          "%1", ", ".join(r.payments))))

    def ignore_current(self) -> None:
        line = self.current
        if line is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Ignore line"), self.tr("Why is this line set aside?"))
        if ok:
            self.ignore_with(reason)

    def ignore_with(self, reason: str) -> None:
        if self.current is not None:
            self.ctx.call(reconcile.ignore, self.current.id, reason, write=True)

    def unconfirm_current(self) -> None:
        if self.current is not None:
            self.ctx.call(reconcile.unconfirm, self.current.id, self.ctx.today(), write=True)

    def match(self) -> None:
        self.ctx.call(reconcile.match, self.account_name() or None, progress=self.tr("Matching lines…"), write=True,
                      parent=self, on_done=self._matched)

    def _matched(self, r: reconcile.MatchSummary) -> None:
        self._after_write(self.tr("%1 proposed, %2 unmatched").replace("%1", str(r.proposed))
                          .replace("%2", str(r.unmatched)))

    def confirm_all_certain(self) -> None:
        self.ctx.call(reconcile.confirm_all_certain, self.account_name() or None,
                      progress=self.tr("Confirming the certain matches…"), write=True, parent=self,
                      on_done=lambda n: self._after_write(self.tr("%1 lines confirmed").replace("%1", str(n))))

    def new_account(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New bank account"),
                                        self.tr("Name of the account (for example ICBC-0012):"))
        if ok and name.strip():
            self.create_account(name.strip())

    def create_account(self, name: str) -> None:
        self.ctx.call(statements.create_account, name, write=True,
                      on_done=lambda a: self.reload_accounts(a.name))

    # ---- importing (the button, or a file dropped on the page)
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.account_name():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.import_file(Path(urls[0].toLocalFile()))

    def import_file(self, path: Path | None) -> Any:
        from app.ui.dialogs.bank_import import BankImportDialog

        name = self.account_name()
        if not name:
            return None
        info = next((a for a in self.accounts if a.name == name), None)
        dlg = BankImportDialog(self.ctx, name, info.profile if info else MappingProfile(), path, self)
        dlg.accepted.connect(lambda: self.run_import(dlg))
        self.dialog = dlg
        dlg.open()
        return dlg

    def run_import(self, dlg: Any) -> None:
        if dlg.path is None or dlg.read is None:
            return
        name = self.account_name()
        tabular = dlg.read.format in ("csv", "xlsx")
        profile = dlg.profile() if tabular else None
        if tabular and dlg.save.isChecked():
            self.ctx.call(statements.save_profile, name, profile, write=True)
        self.ctx.call(statements.import_statement, dlg.path, name, dlg.read.format, profile,
                      progress=self.tr("Importing the statement…"), write=True, parent=self,
                      on_done=self._imported, on_error=self._import_failed)

    def _imported(self, r: statements.ImportSummary) -> None:
        self._after_write(self.tr("%1 lines read, %2 new, %3 already there").replace("%1", str(r.lines_read))
                          .replace("%2", str(r.lines_new)).replace("%3", str(r.lines_duplicate)))
        self.reload_accounts(r.account)
        self.match()

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportRejected):
            rows = [f"{e.file}:{e.row}: {reason_text(e.reason)}" for e in exc.errors[:20]]
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Statement not imported"),
                              self.tr("Nothing was imported; these lines cannot be read:") + "\n" + "\n".join(rows),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("errorBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        show_error(self, exc)
