"""The dunning run as a wizard: as-of date -> proposals -> review and exclude -> letters
(preview, print) -> commit to history. Every service call runs off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import config
from app.services.collections import dunning, letters
from app.services.collections.dunning import DunningRun, Proposal
from app.ui.context import AppContext
from app.ui.widgets import RIGHT, DateEdit


class _AsOfPage(QWizardPage):
    def __init__(self, wiz: DunningWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Dunning run"))
        self.setSubTitle(self.tr("Choose the date of the letters. Invoices overdue on that date are proposed "
                                 "by the dunning levels; nothing is written until the last step."))
        form = QFormLayout(self)
        self.as_of = DateEdit(wiz.ctx.today())
        form.addRow(self.tr("As of:"), self.as_of)
        self.post_charges = QCheckBox(self.tr("Post fee and interest as a charge when committing"))
        form.addRow("", self.post_charges)
        self.status = QLabel("")
        form.addRow("", self.status)

    def validatePage(self) -> bool:
        if self.wiz.run is not None and self.wiz.run.as_of == self.as_of.value():
            return True
        self.status.setText(self.tr("Working out the proposals…"))
        self.wiz.load(self.as_of.value())
        return False


class _ProposalsPage(QWizardPage):
    COLS = 8

    def __init__(self, wiz: DunningWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Review the proposals"))
        self.setSubTitle(self.tr("Untick a customer to leave them out of this run."))
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, self.COLS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Customer"), self.tr("Name"), self.tr("Level"), self.tr("Invoices"), self.tr("Overdue"),
            self.tr("Fee"), self.tr("Interest"), self.tr("Total")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        lay.addWidget(self.table)
        self.summary = QLabel("")
        lay.addWidget(self.summary)
        self.table.itemChanged.connect(lambda _i: self._summarize())

    def initializePage(self) -> None:
        run = self.wiz.run
        ctx = self.wiz.ctx
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for p in run.proposals if run else ():
            r = self.table.rowCount()
            self.table.insertRow(r)
            first = QTableWidgetItem(p.customer)
            first.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            first.setCheckState(Qt.CheckState.Checked)
            first.setData(Qt.ItemDataRole.UserRole, p.customer)
            self.table.setItem(r, 0, first)
            for c, text in enumerate([p.name, str(p.level), str(len(p.invoices)), ctx.money(p.overdue_amount),
                                      ctx.money(p.fee), ctx.money(p.interest), ctx.money(p.total)], start=1):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        self._summarize()

    def set_included(self, code: str, included: bool) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)

    def included(self) -> list[str]:
        out = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _summarize(self) -> None:
        run = self.wiz.run
        n = len(run.proposals) if run else 0
        if n == 0:
            self.summary.setText(self.tr("No customer is due a letter on this date."))
        else:
            self.summary.setText(self.tr("%1 of %2 customers will get a letter.")
                                 .replace("%1", str(len(self.included()))).replace("%2", str(n)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.included())


class _LettersPage(QWizardPage):
    def __init__(self, wiz: DunningWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Letters"))
        self.setSubTitle(self.tr("Each letter is written in the customer's language from the letter texts of "
                                 "its level. Write them to a folder, preview and print before you commit."))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.folder_label = QLabel("")
        self.folder_label.setWordWrap(True)
        choose = QPushButton(self.tr("Folder…"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.folder_label, 1)
        row.addWidget(choose)
        lay.addLayout(row)
        buttons = QHBoxLayout()
        self.write_button = QPushButton(self.tr("Write letters"))
        self.write_button.clicked.connect(self.write)
        self.preview_button = QPushButton(self.tr("Preview and print…"))
        self.preview_button.clicked.connect(self.preview)
        self.preview_button.setEnabled(False)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        lay.addStretch(1)

    def initializePage(self) -> None:
        if self.wiz.letters_dir is None and self.wiz.run is not None:
            self.wiz.letters_dir = config_letters_dir() / self.wiz.run.as_of.isoformat()
        self.folder_label.setText(str(self.wiz.letters_dir))
        self.wiz.written = []
        self.preview_button.setEnabled(False)
        self.status.setText("")

    def _choose(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"), str(self.wiz.letters_dir or ""))
        if d:
            self.wiz.letters_dir = Path(d)
            self.folder_label.setText(d)

    def write(self) -> None:
        run = self.wiz.run
        if run is None or self.wiz.letters_dir is None:
            return
        chosen = self.wiz.chosen()
        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Writing letters…"))

        def done(paths: list[Path]) -> None:
            self.write_button.setEnabled(True)
            self.wiz.written = paths
            self.preview_button.setEnabled(bool(paths))
            self.status.setText(self.tr("%Ln letter(s) written; all of them for printing in %1", "", len(paths) - 1)
                                .replace("%1", str(paths[-1])))
            self.wiz.letters_written.emit(paths)

        def failed(exc: BaseException) -> None:
            self.write_button.setEnabled(True)
            self.status.setText("")
            from app.ui.errors import show_error

            show_error(self, exc)

        self.wiz.ctx.call(letters.write_letters, run, self.wiz.letters_dir, chosen, on_done=done, on_error=failed,
                          progress=self.tr("Writing letters…"), parent=self)

    def preview(self) -> None:
        if not self.wiz.written:
            return
        from app.ui.dialogs.print_preview import PrintPreviewDialog

        dlg = PrintPreviewDialog(self.wiz.written[-1], self, title=self.tr("Dunning letters"))
        dlg.exec()
        dlg.deleteLater()


class _CommitPage(QWizardPage):
    def __init__(self, wiz: DunningWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Commit"))
        self.setSubTitle(self.tr("Committing records each letter in the customer's history, dated the run's "
                                 "date. The next letter can follow 14 days later at most one level higher."))
        lay = QVBoxLayout(self)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        lay.addStretch(1)
        from app.ui.dialogs.mail_dunning import add_dunning_mail_option

        self.mail = add_dunning_mail_option(wiz, lay)

    def initializePage(self) -> None:
        chosen = self.wiz.chosen()
        total = sum((p.total for p in chosen), start=self.wiz.zero())
        text = (self.tr("%Ln letter(s) dated %1, total due %2.", "", len(chosen))
                .replace("%1", self.wiz.ctx.date(self.wiz.run.as_of if self.wiz.run else None))
                .replace("%2", self.wiz.ctx.money_cur(total)))
        if self.wiz.post_charges():
            text += "\n" + self.tr("Fees and interest are posted as charges.")
        self.summary.setText(text)


class DunningWizard(QWizard):
    """A dunning run from proposals to committed history."""

    proposals_loaded = Signal(object)
    letters_written = Signal(object)
    committed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run: DunningRun | None = None
        self.letters_dir: Path | None = None
        self.written: list[Path] = []
        self.result_proposals: list[Proposal] | None = None
        self._committing = False
        self.setWindowTitle(self.tr("Dunning run"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(760, 480)
        self.as_of_page = _AsOfPage(self)
        self.proposals_page = _ProposalsPage(self)
        self.letters_page = _LettersPage(self)
        self.commit_page = _CommitPage(self)
        for p in (self.as_of_page, self.proposals_page, self.letters_page, self.commit_page):
            self.addPage(p)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Commit"))

    def zero(self) -> Any:
        from decimal import Decimal

        return Decimal(0)

    def post_charges(self) -> bool:
        return self.as_of_page.post_charges.isChecked()

    def load(self, as_of: dt.date) -> None:
        def done(run: DunningRun) -> None:
            self.run = run
            self.as_of_page.status.setText("")
            self.proposals_loaded.emit(run)
            if self.currentPage() is self.as_of_page:
                self.next()

        def failed(exc: BaseException) -> None:
            self.as_of_page.status.setText("")
            from app.ui.errors import show_error

            show_error(self, exc)

        self.ctx.call(dunning.propose, as_of, on_done=done, on_error=failed, progress=self.tr("Proposals…"),
                      parent=self)

    def chosen(self) -> list[Proposal]:
        if self.run is None:
            return []
        keep = set(self.proposals_page.included())
        return [p for p in self.run.proposals if p.customer in keep]

    def accept(self) -> None:
        if self.result_proposals is not None:
            super().accept()
            return
        if self._committing or self.run is None:
            return
        self._committing = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def done(result: list[Proposal]) -> None:
            self._committing = False
            self.result_proposals = result
            self.committed.emit(result)
            super(DunningWizard, self).accept()

        def failed(exc: BaseException) -> None:
            self._committing = False
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            from app.ui.errors import show_error

            show_error(self, exc)

        self.ctx.call(dunning.commit, self.run.as_of, only=[p.customer for p in self.chosen()],
                      post_charges=self.post_charges(), write=True, on_done=done, on_error=failed)


def config_letters_dir() -> Path:
    """Where letters go unless the user picks a folder: the data folder's ``letters``."""
    return config.data_dir() / "letters"
