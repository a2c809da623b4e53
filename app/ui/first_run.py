"""The new-company wizard: name, currency, language, backup folder (and where the file goes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.services import company as company_svc
from app.services.dto import CompanyInfo
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.errors import error_text, problems_by_field

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "JPY", "GBP", "TWD", "SGD", "KRW", "AUD", "CAD", "CHF")


class NewCompanyDialog(QDialog):
    created = Signal(object, object)  # Database, CompanyInfo

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("newCompanyDialog")
        self.setWindowTitle(self.tr("New company"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("companyName")
        self.name.setPlaceholderText(self.tr("e.g. Shanghai Example Trading Co., Ltd."))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.setCurrentIndex(1 if ctx.language == "zh_CN" else 0)
        self.backup = QLineEdit(str(config.default_backup_dir()))
        browse_b = QPushButton(self.tr("Browse…"))
        browse_b.clicked.connect(self._browse_backup)
        brow = QHBoxLayout()
        brow.addWidget(self.backup, 1)
        brow.addWidget(browse_b)
        self.path = QLineEdit()
        self.path.setObjectName("companyPath")
        browse_f = QPushButton(self.tr("Browse…"))
        browse_f.clicked.connect(self._browse_file)
        frow = QHBoxLayout()
        frow.addWidget(self.path, 1)
        frow.addWidget(browse_f)
        self.name.textChanged.connect(self._suggest_path)
        form.addRow(self.tr("Company name"), self.name)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Backup folder"), brow)
        form.addRow(self.tr("Company file"), frow)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("A company file keeps one company's customers and ledger."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self._path_touched = False
        self.path.textEdited.connect(lambda _t: setattr(self, "_path_touched", True))

    def _suggest_path(self, name: str) -> None:
        if not self._path_touched:
            self.path.setText(str(company_svc.default_company_path(config.data_dir(), name or "company")))

    def _browse_backup(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup.text())
        if d:
            self.backup.setText(d)

    def _browse_file(self) -> None:
        p, _f = QFileDialog.getSaveFileName(self, self.tr("Company file"), self.path.text(),
                                            self.tr("Duebook company (*.duebook)"))
        if p:
            self._path_touched = True
            self.path.setText(p if p.endswith(".duebook") else p + ".duebook")

    def submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.message.setText(self.tr("Please enter the company name."))
            self.name.setFocus()
            return
        path = self.path.text().strip() or str(company_svc.default_company_path(config.data_dir(), name))
        currency = self.currency.currentText().strip().upper()
        lang = str(self.language.currentData())
        backup = self.backup.text().strip()
        self.ok.setEnabled(False)
        self.message.setText(self.tr("Creating…"))

        def work() -> tuple[Database, CompanyInfo]:
            if backup:
                Path(backup).mkdir(parents=True, exist_ok=True)
            db = company_svc.create_company(path, name, currency, lang, backup_dir=backup)
            from app.services import locking

            locking.try_lock(db)
            return db, company_svc.company_info(db.uow())

        def done(result: tuple[Database, CompanyInfo]) -> None:
            self.ctx.set_language(lang)
            self.created.emit(*result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ok.setEnabled(True)
            by_field = problems_by_field(exc)
            self.message.setText(error_text(exc) if not by_field else "\n".join(by_field.values()))

        self.ctx.jobs.run(work, done, failed, write=True)
