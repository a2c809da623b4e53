"""The customer form: every field, contacts and tags; messages beside fields; duplicate warning."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.approvals import requests as approval_requests
from app.services.approvals.requests import Gated
from app.services.customers import records as svc
from app.services.dto import ContactInfo, CustomerDetail, CustomerInput, DuplicateHint
from app.services.errors import FieldProblem
from app.ui.context import AppContext
from app.ui.dialogs.approval_notice import told
from app.ui.errors import error_text, field_label, problem_text, problems_by_field
from app.ui.widgets import FieldMessage, MoneyEdit

CATEGORY_NAMES = {
    "enterprise": "Enterprise", "small_business": "Small business", "individual": "Individual",
    "government": "Government",
}


def category_label(value: str) -> str:
    names = {
        "enterprise": QCoreApplication.translate("Customers", "Enterprise"),
        "small_business": QCoreApplication.translate("Customers", "Small business"),
        "individual": QCoreApplication.translate("Customers", "Individual"),
        "government": QCoreApplication.translate("Customers", "Government"),
    }
    return names.get(value, value)


def reason_label(reason: str) -> str:
    return {
        "tax_id": QCoreApplication.translate("Customers", "same tax ID"),
        "phone": QCoreApplication.translate("Customers", "same phone"),
        "email": QCoreApplication.translate("Customers", "same email"),
        "name": QCoreApplication.translate("Customers", "similar name"),
    }.get(reason, reason)


class CustomerDialog(QDialog):
    """Create (``detail=None``) or edit a customer. Emits ``saved(CustomerDetail)``."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, detail: CustomerDetail | None = None,
                 categories: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.duplicates: list[DuplicateHint] = []
        self._dups_seen = False
        self.setObjectName("customerDialog")
        self.setWindowTitle(self.tr("New customer") if detail is None else
                            self.tr("Customer %1").replace("%1", detail.code))
        self.setMinimumWidth(780)
        self.messages: dict[str, FieldMessage] = {}

        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.short_name = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        for c in categories or list(CATEGORY_NAMES):
            self.category.addItem(category_label(c), c)
        self.industry = QLineEdit()
        self.region = QLineEdit()
        self.size_edit = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText(self.tr("comma separated, e.g. vip, export"))
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.tax_id = QLineEdit()
        self.tax_id.setObjectName("tax_id")
        self.billing = QPlainTextEdit()
        self.shipping = QPlainTextEdit()
        for t in (self.billing, self.shipping):
            t.setTabChangesFocus(True)
            t.setFixedHeight(54)
        self.terms = QSpinBox()
        self.terms.setRange(0, 3650)
        self.terms.setValue(30)
        self.terms.setSuffix(self.tr(" days"))
        self.limit = MoneyEdit(ctx)
        self.limit.setObjectName("credit_limit")
        self.limit.setPlaceholderText(self.tr("no limit"))
        self.warn = QLineEdit("80")
        self.warn.setObjectName("warn_ratio")
        self.warn.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.language = QComboBox()
        self.language.addItem(self.tr("Chinese (Simplified)"), "zh_CN")
        self.language.addItem(self.tr("English"), "en")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(54)
        self.dunning_excluded = QCheckBox(self.tr("Exclude from dunning"))

        left = QFormLayout()
        self._row(left, self.tr("Code"), self.code, "code")
        self._row(left, self.tr("Name"), self.name, "name")
        self._row(left, self.tr("Short name"), self.short_name, "short_name")
        self._row(left, self.tr("Category"), self.category, "category")
        self._row(left, self.tr("Industry"), self.industry, "industry")
        self._row(left, self.tr("Region"), self.region, "region")
        self._row(left, self.tr("Size"), self.size_edit, "size")
        self._row(left, self.tr("Tags"), self.tags, "tags")
        self._row(left, self.tr("Tax ID"), self.tax_id, "tax_id")
        right = QFormLayout()
        self._row(right, self.tr("Phone"), self.phone, "phone")
        self._row(right, self.tr("Email"), self.email, "email")
        self._row(right, self.tr("Billing address"), self.billing, "billing_address")
        self._row(right, self.tr("Shipping address"), self.shipping, "shipping_address")
        self._row(right, self.tr("Payment terms"), self.terms, "payment_terms_days")
        self._row(right, self.tr("Credit limit"), self.limit, "credit_limit")
        self._row(right, self.tr("Warn at (% of limit)"), self.warn, "warn_ratio")
        self._row(right, self.tr("Letter language"), self.language, "language")
        self._row(right, self.tr("Notes"), self.notes, "notes")
        right.addRow("", self.dunning_excluded)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        box = QGroupBox(self.tr("Contacts"))
        self.contacts = QTableWidget(0, 4)
        self.contacts.setObjectName("contacts")
        self.contacts.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("Email")])
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.verticalHeader().setVisible(False)
        self.contacts.setMinimumHeight(110)
        add = QPushButton(self.tr("Add contact"))
        add.clicked.connect(lambda: self.add_contact(ContactInfo()))
        remove = QPushButton(self.tr("Remove contact"))
        remove.clicked.connect(self._remove_contact)
        cl = QVBoxLayout(box)
        cl.addWidget(self.contacts)
        bl = QHBoxLayout()
        bl.addWidget(add)
        bl.addWidget(remove)
        bl.addStretch(1)
        cl.addLayout(bl)
        self.contact_message = FieldMessage()
        cl.addWidget(self.contact_message)

        self.dup_label = QLabel()
        self.dup_label.setObjectName("duplicateWarning")
        self.dup_label.setWordWrap(True)
        self.dup_label.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px; border-radius: 4px;")
        self.dup_label.hide()
        self.form_message = QLabel()
        self.form_message.setObjectName("formMessage")
        self.form_message.setStyleSheet("color: #b00020;")
        self.form_message.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setObjectName("saveCustomer")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)

        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(box)
        lay.addWidget(self.dup_label)
        lay.addWidget(self.form_message)
        lay.addWidget(buttons)

        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(300)
        self._dup_timer.timeout.connect(self.check_duplicates)
        for w in (self.tax_id, self.phone, self.email):
            w.textChanged.connect(lambda _t: self._dup_timer.start())
        for w, field in ((self.code, "code"), (self.name, "name"), (self.email, "email"),
                         (self.tax_id, "tax_id"), (self.limit, "credit_limit"), (self.warn, "warn_ratio"),
                         (self.tags, "tags")):
            w.editingFinished.connect(lambda f=field: self.validate_field(f))

        if detail is not None:
            self.load(detail)
        else:
            self.code.setPlaceholderText(self.tr("next free number"))
            # a new customer's letters follow the company's default language, not the program's
            default = ctx.company.locale if ctx.company is not None else ctx.language
            self.language.setCurrentIndex(max(self.language.findData(default), 0))
        self.name.setFocus() if detail is None else self.code.setFocus()

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        msg = FieldMessage()
        msg.setObjectName(f"msg_{field}")
        self.messages[field] = msg
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        v.addWidget(msg)
        form.addRow(label, holder)

    # ---- data ------------------------------------------------------------------------------------
    def load(self, d: CustomerDetail) -> None:
        self.code.setText(d.code)
        self.name.setText(d.name)
        self.short_name.setText(d.short_name)
        i = self.category.findData(d.category)
        if i < 0 and d.category:
            self.category.addItem(category_label(d.category), d.category)
            i = self.category.count() - 1
        self.category.setCurrentIndex(max(i, 0) if d.category else -1)
        self.industry.setText(d.industry)
        self.region.setText(d.region)
        self.size_edit.setText(d.size)
        self.tags.setText(", ".join(d.tags))
        self.phone.setText(d.phone)
        self.email.setText(d.email)
        self.tax_id.setText(d.tax_id)
        self.billing.setPlainText(d.billing_address)
        self.shipping.setPlainText(d.shipping_address)
        self.terms.setValue(d.payment_terms_days)
        self.limit.set_value(d.credit_limit if d.credit_limit else None)
        self.warn.setText(_percent_text(d.warn_ratio))
        self.language.setCurrentIndex(max(self.language.findData(d.language), 0))
        self.notes.setPlainText(d.notes)
        self.dunning_excluded.setChecked(d.dunning_excluded)
        for c in d.contacts:
            self.add_contact(c)

    def add_contact(self, c: ContactInfo) -> None:
        r = self.contacts.rowCount()
        self.contacts.insertRow(r)
        for col, value in enumerate((c.name, c.role, c.phone, c.email)):
            self.contacts.setItem(r, col, QTableWidgetItem(value))

    def _remove_contact(self) -> None:
        r = self.contacts.currentRow()
        if r >= 0:
            self.contacts.removeRow(r)

    def _contacts(self) -> tuple[ContactInfo, ...]:
        out = []
        for r in range(self.contacts.rowCount()):
            vals = []
            for c in range(4):
                item = self.contacts.item(r, c)
                vals.append(item.text().strip() if item is not None else "")
            if any(vals):
                out.append(ContactInfo(*vals))
        return tuple(out)

    def category_value(self) -> str:
        text = self.category.currentText().strip()
        data = self.category.currentData()
        if data is not None and category_label(str(data)) == text:
            return str(data)
        return text

    def collect(self) -> tuple[CustomerInput | None, list[FieldProblem]]:
        """The form as a CustomerInput, or the problems the form itself can see (amount formats)."""
        problems: list[FieldProblem] = []
        limit: Decimal | None = None
        try:
            limit = self.limit.value_or_none()
        except ValueError:
            problems.append(FieldProblem("credit_limit", "format", self.tr("Not an amount, e.g. 50,000.00")))
        warn = Decimal("0.80")
        try:
            pct = Decimal(self.warn.text().strip().rstrip("%").strip() or "80")
            warn = pct / 100
        except InvalidOperation:
            problems.append(FieldProblem("warn_ratio", "format", self.tr("A percentage such as 80")))
        tags = tuple(t.strip() for t in self.tags.text().replace("，", ",").split(",") if t.strip())
        data = CustomerInput(
            code=self.code.text().strip(), name=self.name.text().strip(), short_name=self.short_name.text().strip(),
            category=self.category_value(), industry=self.industry.text().strip(),
            region=self.region.text().strip(), size=self.size_edit.text().strip(), tags=tags,
            contacts=self._contacts(), phone=self.phone.text().strip(), email=self.email.text().strip(),
            billing_address=self.billing.toPlainText().strip(),
            shipping_address=self.shipping.toPlainText().strip(), tax_id=self.tax_id.text().strip(),
            payment_terms_days=self.terms.value(), credit_limit=limit if limit else None, warn_ratio=warn,
            language=str(self.language.currentData()), notes=self.notes.toPlainText().strip(),
            dunning_excluded=self.dunning_excluded.isChecked(),
        )
        return data, problems

    # ---- validation ------------------------------------------------------------------------------
    def show_problems(self, problems: dict[str, str]) -> None:
        for field, msg in self.messages.items():
            msg.show_message(problems.get(field, ""))
        contact = [m for f, m in problems.items() if f.startswith("contacts")]
        self.contact_message.show_message(contact[0] if contact else "")
        unknown = [f"{field_label(f)}: {m}" for f, m in problems.items()
                   if f not in self.messages and not f.startswith("contacts")]
        self.form_message.setText("\n".join(unknown))

    def _problems(self) -> dict[str, str]:
        data, own = self.collect()
        problems = list(own)
        if data is not None:
            checked = svc.check_customer(data)
            if self.detail is None and not data.code:
                checked = [p for p in checked if p.field != "code"]  # the next free number is taken
            problems += [p for p in checked if p.field not in {q.field for q in own}]
        out: dict[str, str] = {p.field: p.message for p in own}  # the form's own words, already translated
        for p in problems:
            out.setdefault(p.field, problem_text(p.code, p.message, p.field))
        return out

    def validate_field(self, field: str) -> None:
        """Validation as you type: the message beside one field after leaving it."""
        msg = self.messages.get(field)
        if msg is not None:
            msg.show_message(self._problems().get(field, ""))

    def check_duplicates(self) -> None:
        data, _p = self.collect()
        if data is None or self.ctx.db is None:
            return
        exclude = self.detail.id if self.detail is not None else None
        self.ctx.call(svc.find_duplicates, data, exclude, on_done=self._show_duplicates, key=f"dups-{id(self)}",
                      on_error=lambda _e: None)

    def _show_duplicates(self, hits: list[DuplicateHint]) -> None:
        if [h.customer_id for h in hits] != [h.customer_id for h in self.duplicates]:
            self._dups_seen = False
        self.duplicates = hits
        if not hits:
            self.dup_label.hide()
            return
        lines = [f"{h.code} {h.name} ({reason_label(h.reason)})" for h in hits[:5]]
        self.dup_label.setText(self.tr("This may be a customer you already have:") + "\n" + "\n".join(lines))
        self.dup_label.show()

    def submit(self) -> None:
        problems = self._problems()
        self.show_problems(problems)
        if problems:
            self.form_message.setText(self.tr("Please correct the marked fields."))
            return
        data, _own = self.collect()
        assert data is not None
        if self.detail is None and self.duplicates and not self._dups_seen:
            self._dups_seen = True
            self.form_message.setText(self.tr("A likely duplicate exists. Press Save again to create it anyway."))
            return
        self.save_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            by_field = problems_by_field(exc)
            if by_field:
                self.show_problems(by_field)
            else:
                self.form_message.setText(error_text(exc))

        def done(d: CustomerDetail) -> None:
            self.detail = d
            self.saved.emit(d)
            self.accept()

        def gated(g: Gated[CustomerDetail]) -> None:  # --- approvals: a large limit raise waits ---
            assert g.applied is not None
            told(self.ctx, self.parentWidget(), g)
            done(g.applied)

        if self.detail is None:
            self.ctx.call(svc.create_customer, data, write=True, on_done=done, on_error=failed)
        else:
            self.ctx.call(approval_requests.save_customer, self.detail.id, data, self.detail.version, write=True,
                          on_done=gated, on_error=failed)


def _percent_text(ratio: Decimal) -> str:
    pct = (ratio * 100).normalize()
    return f"{pct:f}"
