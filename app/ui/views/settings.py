"""Settings: the program's language (switches live) and the company's details."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import company as company_svc
from app.services.dto import CompanyInfo
from app.ui.context import AppContext
from app.ui.errors import error_text, problems_by_field
from app.ui.views.company_logo import LogoPicker
from app.ui.widgets import FieldMessage

LANGUAGE_NAMES = (("en", "English"), ("zh_CN", "中文（简体）"))


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: CompanyInfo | None = ctx.company

        prog = QGroupBox(self.tr("Program"))
        pf = QFormLayout(prog)
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.language), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        pf.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("Dates, numbers and amounts follow the chosen language."))
        note.setStyleSheet("color: #666;")
        pf.addRow("", note)

        comp = QGroupBox(self.tr("Company"))
        cf = QFormLayout(comp)
        self.messages: dict[str, FieldMessage] = {}
        self.name = QLineEdit()
        self.name.setObjectName("companyName")
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(56)
        self.address.setTabChangesFocus(True)
        self.tax_id = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.currency = QLabel()
        self.letters = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.letters.addItem(name, code)
        self.bank_name = QLineEdit()
        self.bank_account = QLineEdit()
        self.bank_details = QPlainTextEdit()  # bank, account, SWIFT: printed line by line under "Please pay to"
        self.bank_details.setFixedHeight(56)
        self.bank_details.setTabChangesFocus(True)
        self.logo = LogoPicker()
        self.backup_dir = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        brow = QWidget()
        bl = QHBoxLayout(brow)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.backup_dir, 1)
        bl.addWidget(browse)
        for label, w, field in (
            (self.tr("Name"), self.name, "name"), (self.tr("Address"), self.address, "address"),
            (self.tr("Tax ID"), self.tax_id, "tax_id"), (self.tr("Phone"), self.phone, "phone"),
            (self.tr("Email"), self.email, "email"), (self.tr("Currency"), self.currency, "currency"),
            (self.tr("Default language"), self.letters, "locale"),
            (self.tr("Bank"), self.bank_name, "bank_name"), (self.tr("Bank account"), self.bank_account, "bank_account"),
            (self.tr("Bank details"), self.bank_details, "bank_details"),
            (self.logo.label_text(), self.logo, "logo"),
            (self.tr("Backup folder"), brow, "backup_dir"),
        ):
            msg = FieldMessage()
            self.messages[field] = msg
            holder = QWidget()
            v = QVBoxLayout(holder)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(1)
            v.addWidget(w)
            v.addWidget(msg)
            cf.addRow(label, holder)
        self.save_button = QPushButton(self.tr("Save company details"))
        self.save_button.setObjectName("saveCompany")
        self.save_button.clicked.connect(self.save)
        self.result = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.result, 1)
        cf.addRow("", row)

        prog.setMaximumWidth(960)
        comp.setMaximumWidth(960)
        lay = QVBoxLayout(self)
        lay.addWidget(prog)
        lay.addWidget(comp)
        from app.ui.views.mail_settings import MailSettingsGroup

        lay.addWidget(MailSettingsGroup(ctx, self))
        lay.addStretch(1)
        if self.info is not None:
            self.load(self.info)
        else:
            comp.setEnabled(False)

    def load(self, c: CompanyInfo) -> None:
        self.name.setText(c.name)
        self.address.setPlainText(c.address)
        self.tax_id.setText(c.tax_id)
        self.phone.setText(c.phone)
        self.email.setText(c.email)
        self.currency.setText(f"{c.currency} ({c.minor_digits})")
        self.letters.setCurrentIndex(max(self.letters.findData(c.locale), 0))
        self.bank_name.setText(c.bank_name)
        self.bank_account.setText(c.bank_account)
        self.bank_details.setPlainText(c.bank_details)
        self.logo.set_data(c.logo)
        self.backup_dir.setText(c.backup_dir)

    def _language_chosen(self, _i: int) -> None:
        lang = str(self.language.currentData())
        if lang != self.ctx.language:
            self.ctx.set_language(lang)  # the window rebuilds its pages in the new language

    def _browse(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_dir.text())
        if d:
            self.backup_dir.setText(d)

    def save(self) -> None:
        if self.info is None:
            return
        new = replace(self.info, name=self.name.text().strip(), address=self.address.toPlainText().strip(),
                      tax_id=self.tax_id.text().strip(), phone=self.phone.text().strip(),
                      email=self.email.text().strip(), locale=str(self.letters.currentData()),
                      bank_name=self.bank_name.text().strip(), bank_account=self.bank_account.text().strip(),
                      bank_details=self.bank_details.toPlainText().strip(), backup_dir=self.backup_dir.text().strip(),
                      logo=self.logo.data)
        for m in self.messages.values():
            m.show_message("")
        self.save_button.setEnabled(False)

        def done(info: CompanyInfo) -> None:
            self.save_button.setEnabled(True)
            self.info = info
            self.ctx.company = info
            self.window().setWindowTitle(f"{info.name} — Duebook")
            self.result.setText(self.tr("Saved."))

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            by_field = problems_by_field(exc)
            for f, text in by_field.items():
                if f in self.messages:
                    self.messages[f].show_message(text)
            self.result.setText(error_text(exc))

        self.ctx.call(company_svc.update_company, new, write=True, on_done=done, on_error=failed)
