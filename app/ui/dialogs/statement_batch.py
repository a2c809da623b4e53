"""Statement batch dialog: choose customers and a period, write the statements with a progress bar.

Runs :func:`app.services.documents.batch.run_statement_batch` off the GUI thread (``ctx.jobs``); the bar
follows it and Cancel stops it between two customers (what was written is removed). When done,
the folder can be opened and ``all.pdf`` previewed and printed.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.services.documents.batch import BatchResult, run_statement_batch
from app.services.errors import Cancelled
from app.ui.context import AppContext


class BatchProgress(QObject):
    """The services' Progress, fed from the worker thread; the bar is updated on the GUI thread."""

    progressed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def update(self, done: int, total: int) -> None:
        self.progressed.emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class StatementBatchDialog(QDialog):
    """Statements for all customers with a balance, a tag, a category or a list of codes."""

    finished_batch = Signal(object)  # BatchResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: BatchResult | None = None
        self.progress: BatchProgress | None = None
        self.setWindowTitle(self.tr("Statements for several customers"))
        self.setMinimumWidth(560)

        today = ctx.today()
        first = today.replace(day=1)
        prev_end = first - dt.timedelta(days=1)
        self.date_from = QDateEdit(_qdate(prev_end.replace(day=1)))
        self.date_to = QDateEdit(_qdate(prev_end))
        for w in (self.date_from, self.date_to):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")

        self.all_btn = QRadioButton(self.tr("All customers"))
        self.tag_btn = QRadioButton(self.tr("Customers with the tag"))
        self.category_btn = QRadioButton(self.tr("Customers of the category"))
        self.codes_btn = QRadioButton(self.tr("These customer codes"))
        self.all_btn.setChecked(True)
        self.group = QButtonGroup(self)
        for radio in (self.all_btn, self.tag_btn, self.category_btn, self.codes_btn):
            self.group.addButton(radio)
        self.tag = QComboBox()
        self.category = QComboBox()
        self.codes = QLineEdit()
        self.codes.setPlaceholderText(self.tr("C000001, C000002"))
        self.tag.currentIndexChanged.connect(lambda _: self.tag_btn.setChecked(True))
        self.category.currentIndexChanged.connect(lambda _: self.category_btn.setChecked(True))
        self.codes.textEdited.connect(lambda _: self.codes_btn.setChecked(True))
        self.with_balance = QCheckBox(self.tr("Only customers with a balance at the end of the period"))
        self.with_balance.setChecked(True)
        self.open_item = QCheckBox(self.tr("Open items instead of balance-forward"))

        sel = QGroupBox(self.tr("Customers"))
        sl = QFormLayout(sel)
        sl.addRow(self.all_btn)
        sl.addRow(self.tag_btn, self.tag)
        sl.addRow(self.category_btn, self.category)
        sl.addRow(self.codes_btn, self.codes)
        sl.addRow(self.with_balance)

        default_out = config.data_dir() / "statements" / today.isoformat()
        self.out_dir = QLineEdit(str(default_out))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_dir, 1)
        out_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.open_item)
        form.addRow(self.tr("Folder"), out_row)

        self.bar = QProgressBar()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status = QLabel(self.tr("Choose the customers and the period, then Write statements."))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.run_btn = QPushButton(self.tr("Write statements"))
        self.run_btn.setDefault(True)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.setEnabled(False)
        self.open_btn = QPushButton(self.tr("Open folder"))
        self.print_btn = QPushButton(self.tr("Preview and print all…"))
        self.close_btn = QPushButton(self.tr("Close"))
        self.open_btn.setEnabled(False)
        self.print_btn.setEnabled(False)
        self.run_btn.clicked.connect(self.start)
        self.cancel_btn.clicked.connect(self.cancel)
        self.open_btn.clicked.connect(self._open_folder)
        self.print_btn.clicked.connect(self._preview_all)
        self.close_btn.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_btn)
        buttons.addWidget(self.print_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.run_btn)
        buttons.addWidget(self.cancel_btn)
        buttons.addWidget(self.close_btn)
        from app.ui.dialogs.mail_statement import add_batch_mail_button

        self.mail_btn = add_batch_mail_button(self, buttons)  # queue them in the Outbox instead

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(sel)
        lay.addWidget(self.bar)
        lay.addWidget(self.status)
        lay.addLayout(buttons)
        self._load_choices()

    # ---- choices
    def _load_choices(self) -> None:
        from app.services.customers import records as svc

        def load(uow: Any) -> tuple[list[str], list[str]]:
            return svc.all_tags(uow), svc.all_categories(uow)

        def show(result: tuple[list[str], list[str]]) -> None:
            tags, cats = result
            from app.ui.dialogs.customer import category_label

            for combo, values, label in ((self.tag, tags, str), (self.category, cats, category_label)):
                combo.blockSignals(True)
                combo.clear()
                for v in values:
                    combo.addItem(label(v), v)
                combo.blockSignals(False)
            self.tag_btn.setEnabled(bool(tags))
            self.category_btn.setEnabled(bool(cats))

        self.ctx.call(load, on_done=show, parent=self)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the statements"), self.out_dir.text())
        if folder:
            self.out_dir.setText(folder)

    def selection(self) -> dict[str, Any]:
        """The keyword arguments of run_statement_batch that the form describes."""
        kw: dict[str, Any] = {"with_balance_only": self.with_balance.isChecked(),
                              "open_item": self.open_item.isChecked()}
        if self.tag_btn.isChecked() and self.tag.currentText():
            kw["tag"] = str(self.tag.currentData())
        elif self.category_btn.isChecked() and self.category.currentText():
            kw["category"] = str(self.category.currentData())
        elif self.codes_btn.isChecked():
            kw["codes"] = [c.strip() for c in self.codes.text().replace(";", ",").split(",") if c.strip()]
        return kw

    # ---- running
    def start(self) -> None:
        db = self.ctx.db
        if db is None:
            return
        d1, d2 = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        if d2 < d1:
            self.status.setText(self.tr("The period ends before it starts."))
            return
        kw = self.selection()
        if "codes" in kw and not kw["codes"]:
            self.status.setText(self.tr("Type at least one customer code."))
            return
        out = Path(self.out_dir.text().strip() or ".")
        progress = BatchProgress()
        progress.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.progress = progress
        self._running(True)
        self.status.setText(self.tr("Writing statements…"))

        def work() -> BatchResult:
            return run_statement_batch(db, d1, d2, out, progress=progress, **kw)

        self.ctx.jobs.run(work, self._done, self._failed)

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_btn.setEnabled(False)

    def _running(self, on: bool) -> None:
        self.run_btn.setEnabled(not on)
        self.cancel_btn.setEnabled(on)
        self.close_btn.setEnabled(not on)
        for w in (self.date_from, self.date_to, self.out_dir, self.open_item, self.with_balance):
            w.setEnabled(not on)
        if on:
            self.open_btn.setEnabled(False)
            self.print_btn.setEnabled(False)
            self.bar.setRange(0, 0)

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def _done(self, result: BatchResult) -> None:
        self._running(False)
        self.result_ = result
        self.progress = None
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        if not result.items:
            self.status.setText(self.tr("No customer matched; nothing was written."))
        else:
            self.status.setText(self.tr("%Ln statement(s) written to %1", "", result.count)
                                .replace("%1", str(result.out_dir)))
            self.open_btn.setEnabled(True)
            self.print_btn.setEnabled(result.merged_pdf is not None)
        self.finished_batch.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._running(False)
        self.progress = None
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; no statement was kept."))
            return
        from app.ui.errors import error_text, show_error

        self.status.setText(error_text(exc))
        show_error(self, exc)

    def _open_folder(self) -> None:
        if self.result_ is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_.out_dir)))

    def _preview_all(self) -> None:
        if self.result_ is not None and self.result_.merged_pdf is not None:
            from app.ui.dialogs.print_preview import preview_pdf

            preview_pdf(self, self.result_.merged_pdf, self.tr("Statements — print all"))

    def reject(self) -> None:
        if self.progress is not None:  # closing while running cancels first
            self.cancel()
            return
        super().reject()
