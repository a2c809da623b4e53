"""Import a bank statement: the file, its format and, for CSV and Excel, the column mapping
with a preview of the lines it reads (kept per bank account for the next statement)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.bank.profile import MappingProfile
from app.services.bank.statements import Preview, preview
from app.ui.context import AppContext
from app.ui.errors import reason_text
from app.ui.widgets import fit_to_screen

FORMATS = ("auto", "ofx", "mt940", "camt053", "wechat", "alipay", "csv", "xlsx")
MAPPED = ("date", "amount", "credit", "debit", "direction", "counterparty", "counterparty_account", "reference", "id")
# Headers banks commonly use, to preset the mapping of a statement seen for the first time.
GUESSES = {
    "date": ("交易日期", "记账日期", "日期", "交易时间", "date", "booking date", "transaction date", "value date"),
    "amount": ("发生额", "交易金额", "金额", "amount"),
    "credit": ("贷方发生额", "收入金额", "贷方金额", "credit", "money in", "paid in"),
    "debit": ("借方发生额", "支出金额", "借方金额", "debit", "money out", "paid out"),
    "direction": ("借贷标志", "借贷方向", "借贷", "收支", "direction", "dr/cr"),
    "counterparty": ("对方户名", "对方名称", "对方单位", "付款人", "交易对方", "payer", "counterparty", "name"),
    "counterparty_account": ("对方账号", "付款账号", "对方账户", "payer account", "counterparty account", "account"),
    "reference": ("摘要", "用途", "附言", "备注", "reference", "memo", "details", "description", "purpose"),
    "id": ("流水号", "交易流水号", "交易参考号", "transaction id", "id", "reference number"),
}


class BankImportDialog(QDialog):
    """Choose a file and (for CSV/Excel) how its columns map; the preview shows what would be read."""

    def __init__(self, ctx: AppContext, account: str, profile: MappingProfile, path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.setWindowTitle(self.tr("Import a bank statement into %1").replace("%1", account))
        fit_to_screen(self, 1000, 640)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose)
        self.format = QComboBox()
        labels = {"auto": self.tr("Recognise"), "ofx": "OFX", "mt940": "MT940", "camt053": "CAMT.053",
                  "wechat": self.tr("WeChat Pay bill"), "alipay": self.tr("Alipay bill"), "csv": "CSV",
                  "xlsx": self.tr("Excel")}
        for f in FORMATS:
            self.format.addItem(labels[f], f)
        self.format.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.path_edit, 1)
        top.addWidget(browse)
        top.addWidget(QLabel(self.tr("Format:")))
        top.addWidget(self.format)

        self.mapping = QGroupBox(self.tr("Columns of this statement (CSV and Excel)"))
        grid = QGridLayout(self.mapping)
        names = {"date": self.tr("Date"), "amount": self.tr("Amount"), "credit": self.tr("Credit (money in)"),
                 "debit": self.tr("Debit (money out)"), "direction": self.tr("Direction (借/贷)"),
                 "counterparty": self.tr("Counterparty"), "counterparty_account": self.tr("Counterparty account"),
                 "reference": self.tr("Reference / memo"), "id": self.tr("Line id")}
        self.columns: dict[str, QComboBox] = {}
        for i, key in enumerate(MAPPED):
            box = QComboBox()
            box.setObjectName(f"map_{key}")
            box.currentIndexChanged.connect(lambda _i: self.refresh(read_header=False))
            self.columns[key] = box
            grid.addWidget(QLabel(names[key]), i // 3, (i % 3) * 2)
            grid.addWidget(box, i // 3, (i % 3) * 2 + 1)
        self.date_format = QComboBox()
        self.date_format.setEditable(True)
        for f in ("auto", "%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y"):
            self.date_format.addItem(f)
        self.decimal = QComboBox()
        self.decimal.addItems([".", ","])
        self.thousands = QComboBox()
        self.thousands.addItems([",", ".", "'", " ", ""])
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Detect"), "auto")
        self.encoding.addItem("UTF-8", "utf-8")
        self.encoding.addItem("GB18030", "gb18030")
        form = QFormLayout()
        form.addRow(self.tr("Date format"), self.date_format)
        form.addRow(self.tr("Decimal separator"), self.decimal)
        form.addRow(self.tr("Thousands separator"), self.thousands)
        form.addRow(self.tr("Encoding"), self.encoding)
        grid.addLayout(form, 0, 6, 3, 1)
        for w in (self.decimal, self.thousands, self.encoding):
            w.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_format.currentTextChanged.connect(lambda _t: self.refresh(read_header=False))
        self.save = QCheckBox(self.tr("Keep this mapping for %1").replace("%1", account))
        self.save.setChecked(True)
        grid.addWidget(self.save, 3, 0, 1, 6)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Date"), self.tr("Amount"),
                                              self.tr("Counterparty"), self.tr("Reference")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("previewMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.mapping)
        lay.addWidget(QLabel(self.tr("What will be read:")))
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.initial = profile
        self.read: Preview | None = None
        self._loading = False
        self.path: Path | None = None
        if path is not None:
            self.set_path(path)
        else:
            self.refresh()

    # ---- the file
    def choose(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Bank statement"), "", self.tr(
            "Statements (*.ofx *.qfx *.sta *.mt940 *.940 *.xml *.csv *.txt *.xlsx *.xls);;All files (*)"))
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        self.path = path
        self.path_edit.setText(str(path))
        self.refresh()

    # ---- the mapping
    def profile(self) -> MappingProfile:
        col = {k: str(b.currentData() or "") for k, b in self.columns.items()}
        return MappingProfile(date=col["date"], amount=col["amount"], credit=col["credit"], debit=col["debit"],
                              direction=col["direction"], counterparty=col["counterparty"],
                              counterparty_account=col["counterparty_account"], reference=col["reference"],
                              id=col["id"], date_format=self.date_format.currentText().strip() or "auto",
                              decimal=self.decimal.currentText(), thousands=self.thousands.currentText(),
                              encoding=str(self.encoding.currentData()))

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _fill_columns(self, headers: tuple[str, ...]) -> None:
        self._loading = True
        folded = {h.casefold(): h for h in headers if h}
        for key, box in self.columns.items():
            current = box.currentData() or getattr(self.initial, key, "")
            if not current and not any(getattr(self.initial, k, "") for k in MAPPED):
                current = next((folded[g] for g in GUESSES[key] if g in folded), "")
                if key == "amount" and any(g in folded for g in GUESSES["credit"]):
                    current = ""  # separate credit and debit columns: no single amount
            box.clear()
            box.addItem(self.tr("(none)"), "")
            for h in headers:
                if h:
                    box.addItem(h, h)
            i = box.findData(current)
            box.setCurrentIndex(max(i, 0))
        self._loading = False

    def refresh(self, read_header: bool = True) -> None:
        if self._loading:
            return
        if self.path is None:
            self.mapping.setEnabled(False)
            self.ok.setEnabled(False)
            self.message.setText(self.tr("Choose a statement file, or drop one on the page."))
            return
        fmt = self.chosen_format()
        result = preview(self.path, fmt, self.profile(), self.ctx.digits)
        if read_header and result.format in ("csv", "xlsx"):
            self._fill_columns(result.headers)
            result = preview(self.path, fmt, self.profile(), self.ctx.digits)
        self.read = result
        tabular = result.format in ("csv", "xlsx")
        self.mapping.setEnabled(tabular)
        if tabular and not result.lines and result.headers:
            self._show_raw(result)
        else:
            self._show_lines(result)
        if result.errors:
            shown = [f"{self.path.name}:{row}: {reason_text(reason)}" for row, reason in result.errors[:8]]
            self.message.setText(self.tr("This file cannot be imported as it is:") + "\n" + "\n".join(shown))
        elif tabular and not result.lines:
            self.message.setText(self.tr("Choose at least the date and the amount (or credit and debit) columns."))
        else:
            self.message.setText(self.tr("Format: %1 · %2 lines shown").replace("%1", result.format)
                                 .replace("%2", str(len(result.lines))))
        self.ok.setEnabled(bool(result.lines) and not result.errors)

    def _show_lines(self, result: Preview) -> None:
        self.table.clear()
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Date"), self.tr("Amount"),
                                              self.tr("Counterparty"), self.tr("Reference")])
        self.table.setRowCount(len(result.lines))
        for r, ln in enumerate(result.lines):
            cells = [str(ln.row), self.ctx.date(ln.date), self.ctx.money(ln.amount), ln.counterparty, ln.reference]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (0, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _show_raw(self, result: Preview) -> None:
        """The file's own first rows, under its own header: what the columns hold."""
        self.table.clear()
        self.table.setColumnCount(len(result.headers))
        self.table.setHorizontalHeaderLabels(list(result.headers))
        self.table.setRowCount(len(result.rows))
        for r, row in enumerate(result.rows):
            for c, text in enumerate(row[:len(result.headers)]):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
