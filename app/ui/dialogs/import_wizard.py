"""Import wizard: a CSV or Excel sheet of customers, invoices, payments or credit notes.

1. File: pick a CSV file or a workbook and one of its sheets; say what it holds
   (guessed from the file or sheet name and the headers).
2. Columns: map each column of the file to a field; guessed from English or
   Chinese headers (客户名称, 客户编码, 金额, 日期, 到期日, ...).
3. Check: a dry run of the very import the command line does
   (``importing.import_tables``): every bad row is highlighted with its reason,
   and can be corrected in place or in the file (Reload); for customers, likely
   duplicates are listed. Nothing is written.
4. Import: one all-or-nothing transaction, with a progress bar and cancel.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.classify import rules as classify_rules
from app.services.dto import ContactInfo, CustomerInput, ImportSummary
from app.services.errors import DuebookError, ImportRejected, RowError
from app.services.interchange.importing import SPEC, RawTable, import_tables
from app.services.progress import Progress
from app.services.unit_of_work import UnitOfWork
from app.ui.context import AppContext
from app.ui.dialogs.classify import ClassifyPreviewDialog, classify_new_text
from app.ui.errors import error_text, field_label, reason_text
from app.ui.widgets import fit_to_screen

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
KINDS = ("customers", "invoices", "payments", "credit_notes")
BAD = QColor("#fde0e0")
BAD_TEXT = QColor("#b00020")

# ------------------------------------------------------------------ guessing (no Qt)

SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "customers": {
        "code": ("code", "customer code", "customer no", "customer id", "客户编码", "客户代码", "客户编号", "编码",
                 "代码", "编号"),
        "name": ("name", "customer", "customer name", "company", "company name", "客户名称", "客户", "名称",
                 "公司名称", "单位名称", "客户全称"),
        "category": ("category", "类别", "客户类别", "分类", "客户分类", "类型"),
        "industry": ("industry", "行业", "所属行业"),
        "region": ("region", "area", "地区", "区域", "省份", "城市"),
        "tags": ("tags", "tag", "标签"),
        "contact_name": ("contact", "contact name", "contact person", "联系人", "联系人姓名"),
        "phone": ("phone", "telephone", "tel", "mobile", "电话", "联系电话", "手机", "手机号", "电话号码"),
        "email": ("email", "e-mail", "mail", "邮箱", "电子邮件", "电子邮箱", "邮件"),
        "address": ("address", "billing address", "地址", "联系地址", "开票地址"),
        "tax_id": ("tax id", "tax number", "vat", "vat number", "uscc", "税号", "纳税人识别号", "统一社会信用代码",
                   "信用代码"),
        "credit_limit": ("credit limit", "limit", "信用额度", "额度", "授信额度"),
        "payment_terms_days": ("payment terms", "terms", "terms days", "payment terms days", "账期", "账期天数",
                               "付款期限", "信用期", "信用天数"),
        "language": ("language", "lang", "语言"),
        "notes": ("notes", "note", "remarks", "备注", "说明"),
    },
    "invoices": {
        "number": ("number", "invoice", "invoice no", "invoice number", "no", "发票号", "发票号码", "单号", "单据号",
                   "编号", "发票编号"),
        "customer_code": ("customer code", "customer", "customer no", "客户编码", "客户代码", "客户编号", "客户"),
        "issue_date": ("issue date", "date", "invoice date", "日期", "开票日期", "发票日期", "单据日期"),
        "amount": ("amount", "total", "invoice amount", "金额", "价税合计", "含税金额", "发票金额", "应收金额"),
        "due_date": ("due date", "due", "到期日", "到期日期", "应收日期", "付款到期日"),
        "description": ("description", "memo", "摘要", "说明", "描述", "备注"),
        "contract_ref": ("contract", "contract ref", "contract no", "合同号", "合同编号"),
    },
    "payments": {
        "reference": ("reference", "ref", "payment no", "receipt no", "number", "收款单号", "单号", "凭证号", "流水号",
                      "回单号", "编号"),
        "customer_code": ("customer code", "customer", "客户编码", "客户代码", "客户编号", "客户"),
        "date": ("date", "payment date", "received", "日期", "收款日期", "到账日期", "回款日期"),
        "amount": ("amount", "金额", "收款金额", "回款金额", "到账金额"),
        "method": ("method", "payment method", "方式", "收款方式", "付款方式", "结算方式"),
        "invoice_number": ("invoice", "invoice no", "invoice number", "发票号", "发票号码", "对应发票"),
        "memo": ("memo", "note", "notes", "备注", "摘要"),
    },
    "credit_notes": {
        "number": ("number", "credit note", "credit note no", "no", "单号", "红字发票号", "贷项通知单号", "编号"),
        "customer_code": ("customer code", "customer", "客户编码", "客户代码", "客户编号", "客户"),
        "date": ("date", "日期", "开具日期"),
        "amount": ("amount", "金额", "红字金额"),
        "invoice_number": ("invoice", "invoice no", "invoice number", "原发票号", "原发票号码", "发票号", "发票号码"),
        "reason": ("reason", "原因", "事由", "说明", "备注"),
    },
}
KIND_WORDS = {
    "customers": ("customer", "客户", "client"),
    "invoices": ("invoice", "发票", "开票", "应收"),
    "payments": ("payment", "receipt", "收款", "回款", "到账"),
    "credit_notes": ("credit", "红字", "贷项", "退货"),
}


def norm_header(text: str) -> str:
    t = unicodedata.normalize("NFKC", str(text or "")).casefold().strip()
    t = re.sub(r"[\s_\-.:：()（）#*]+", " ", t).strip()
    return t


def guess_mapping(kind: str, header: list[str]) -> list[str]:
    """For each column, the field it most likely holds ("" when unknown); each field used once."""
    fields = [*SPEC[kind][0], *SPEC[kind][1]]
    syn = SYNONYMS.get(kind, {})
    out = [""] * len(header)
    taken: set[str] = set()
    # exact field names first, then synonyms in the order listed
    for i, h in enumerate(header):
        n = norm_header(h).replace(" ", "_")
        if n in fields and n not in taken:
            out[i] = n
            taken.add(n)
    for i, h in enumerate(header):
        if out[i]:
            continue
        n = norm_header(h)
        for f in fields:
            if f in taken:
                continue
            if n in syn.get(f, ()) or n == f.replace("_", " "):
                out[i] = f
                taken.add(f)
                break
    return out


def guess_kind(name: str, header: list[str]) -> str:
    n = norm_header(name)
    for kind, words in KIND_WORDS.items():
        if n.replace(" ", "_") == kind or any(w in n for w in words):
            return kind
    scores = {k: sum(1 for f in guess_mapping(k, header) if f) - 0.1 * len(SPEC[k][0]) for k in KINDS}
    best = max(KINDS, key=lambda k: (all(f in guess_mapping(k, header) for f in SPEC[k][0]), scores[k]))
    return best


@dataclass
class Source:
    """A sheet or CSV file as read: header and rows (cells as the file holds them)."""

    path: Path
    sheets: list[str]
    sheet: str
    header: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)
    encoding: str = ""

    @property
    def label(self) -> str:
        return f"{self.path.name}[{self.sheet}]" if self.sheet else self.path.name


def read_source(path: str | Path, sheet: str = "") -> Source:
    """Read a CSV file (UTF-8, or GB18030 as Chinese Excel saves it) or one sheet of a workbook."""
    p = Path(path)
    if p.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        wb = load_workbook(p, read_only=True, data_only=True)
        try:
            sheets = [ws.title for ws in wb.worksheets]
            ws = wb[sheet] if sheet in sheets else wb.worksheets[0]
            src = Source(p, sheets, ws.title, [])
            it = ws.iter_rows(values_only=True)
            head = next(it, None) or ()
            src.header = [str(c).strip(" \t") if c is not None else "" for c in head]
            while src.header and src.header[-1] == "":
                src.header.pop()
            for n, row in enumerate(it, start=2):
                cells = list(row)[: max(len(src.header), 1)]
                if all(c is None or (isinstance(c, str) and not c.strip(" \t")) for c in cells):
                    continue
                src.rows.append(cells + [None] * (len(src.header) - len(cells)))
                src.row_numbers.append(n)
            return src
        finally:
            wb.close()
    data = p.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, enc = data.decode("gb18030", errors="replace"), "gb18030"
    reader = csv.reader(io.StringIO(text, newline=""))
    head = next(reader, [])
    src = Source(p, [], "", [h.strip(" \t") for h in head], encoding=enc)
    for n, row in enumerate(reader, start=2):
        if not any(c.strip(" \t") for c in row):
            continue
        src.rows.append(list(row) + [""] * (len(src.header) - len(row)))
        src.row_numbers.append(n)
    return src


def build_tables(kind: str, src: Source, mapping: list[str]) -> dict[str, RawTable]:
    """The mapped columns of ``src`` in the shape the import service reads."""
    cols = [(i, f) for i, f in enumerate(mapping) if f]
    t = RawTable(kind, src.label, [f for _, f in cols],
                 [[row[i] if i < len(row) else None for i, _ in cols] for row in src.rows], list(src.row_numbers))
    return {kind: t}


def check_import(uow: UnitOfWork, tables: dict[str, RawTable], progress: Progress | None = None) -> ImportSummary:
    """The dry run: everything the import checks, nothing written."""
    return import_tables(uow.db, tables, dry_run=True, progress=progress, source="wizard")


def run_import(uow: UnitOfWork, tables: dict[str, RawTable], progress: Progress | None = None) -> ImportSummary:
    return import_tables(uow.db, tables, dry_run=False, progress=progress, source="import wizard")


def _text(v: Any) -> str:
    if v is None:
        return ""
    if hasattr(v, "isoformat"):
        return str(v.isoformat())[:10] if not hasattr(v, "hour") or not v.hour else str(v.isoformat())
    return str(v).strip()


def customer_inputs(src: Source, mapping: list[str]) -> list[CustomerInput]:
    idx = {f: i for i, f in enumerate(mapping) if f}

    def get(row: list[Any], f: str) -> str:
        return _text(row[idx[f]]) if f in idx and idx[f] < len(row) else ""

    out = []
    for row in src.rows:
        contact = get(row, "contact_name")
        out.append(CustomerInput(code=get(row, "code"), name=get(row, "name"), phone=get(row, "phone"),
                                 email=get(row, "email"), tax_id=get(row, "tax_id"),
                                 contacts=(ContactInfo(name=contact),) if contact else ()))
    return out


def find_duplicates(uow: UnitOfWork, rows: list[CustomerInput], progress: Progress | None = None) -> list[Any]:
    from app.services.customers.duplicates import check_import_duplicates

    return check_import_duplicates(uow, rows, progress=progress)


# ------------------------------------------------------------------ preview model

class PreviewModel(QAbstractTableModel):
    """The rows of the file as they will be imported; bad rows tinted with their reason. Editable."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.src: Source | None = None
        self.cols: list[tuple[int, str]] = []  # (source column, field)
        self.problems: dict[int, str] = {}  # row index -> reason
        self.bad_cols: dict[int, set[str]] = {}
        self.edited = False

    def load(self, src: Source, mapping: list[str]) -> None:
        self.beginResetModel()
        self.src = src
        self.cols = [(i, f) for i, f in enumerate(mapping) if f]
        self.problems = {}
        self.bad_cols = {}
        self.endResetModel()

    def set_problems(self, errors: list[RowError]) -> None:
        assert self.src is not None
        where = {n: i for i, n in enumerate(self.src.row_numbers)}
        self.beginResetModel()
        self.problems = {}
        self.bad_cols = {}
        for e in errors:
            i = where.get(e.row)
            if i is None:
                continue
            self.problems[i] = (self.problems[i] + "; " if i in self.problems else "") + \
                f"{field_label(e.column)}: {reason_text(e.reason)}"
            self.bad_cols.setdefault(i, set()).update(
                {e.column, *re.findall(r"also (\w+):", e.reason)})
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() or self.src is None else len(self.src.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.cols) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or self.src is None:
            return None
        if section == 0:
            return self.tr("Row")
        if section == len(self.cols) + 1:
            return self.tr("Problem")
        i, f = self.cols[section - 1]
        h = self.src.header[i]
        label = field_label(f)
        return label if h in (f, label) else f"{label} ({h})"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.src is None:
            return None
        r, c = index.row(), index.column()
        bad = r in self.problems
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if c == 0:
                return str(self.src.row_numbers[r])
            if c == len(self.cols) + 1:
                return self.problems.get(r, "")
            i, _ = self.cols[c - 1]
            return _text(self.src.rows[r][i])
        if role == Qt.ItemDataRole.BackgroundRole and bad:
            return QBrush(BAD)
        marked = c == len(self.cols) + 1 or (0 < c <= len(self.cols) and self.cols[c - 1][1] in
                                             self.bad_cols.get(r, set()))
        if role == Qt.ItemDataRole.ForegroundRole and bad and marked:
            return QBrush(BAD_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and bad:
            return self.problems[r]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.isValid() and 0 < index.column() <= len(self.cols):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.src is None or not 0 < index.column() <= len(self.cols):
            return False
        i, _ = self.cols[index.column() - 1]
        self.src.rows[index.row()][i] = str(value)
        self.edited = True
        self.dataChanged.emit(index, index)
        return True


# ------------------------------------------------------------------ the wizard

class ImportWizard(QDialog):
    """Four steps: file, columns, check, import. Nothing is written before the last one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import data"))
        fit_to_screen(self, 1000, 680)
        self.src: Source | None = None
        self.mapping: list[str] = []
        self.errors: list[RowError] = []
        self.summary: ImportSummary | None = None
        self.checked_ok = False
        self.duplicates: list[Any] = []

        self.steps = QStackedWidget()
        self.steps.addWidget(self._file_step())
        self.steps.addWidget(self._columns_step())
        self.steps.addWidget(self._check_step())
        self.steps.addWidget(self._done_step())
        self.step_label = QLabel()
        f = self.step_label.font()
        f.setBold(True)
        self.step_label.setFont(f)

        self.back_button = QPushButton(self.tr("< Back"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.close_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.step_label)
        lay.addWidget(self.steps, 1)
        lay.addLayout(buttons)
        self._show_step(0)
        if path:
            self.path.setText(path)
            self.load_file()

    # ---- step 1: the file ------------------------------------------------------------------------
    def _file_step(self) -> QWidget:
        w = QWidget()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A CSV file or an Excel workbook (.xlsx)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.path.returnPressed.connect(self.load_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.sheet = QComboBox()
        self.sheet.activated.connect(lambda _i: self.load_file(self.sheet.currentText()))
        self.kind = QComboBox()
        for k, label in (("customers", self.tr("Customers")), ("invoices", self.tr("Invoices")),
                         ("payments", self.tr("Payments")), ("credit_notes", self.tr("Credit notes"))):
            self.kind.addItem(label, k)
        self.kind.activated.connect(lambda _i: self._kind_changed())
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)
        form = QFormLayout(w)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("It holds"), self.kind)
        form.addRow(self.file_info)
        return w

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file to import"), self.path.text(),
                                              self.tr("Excel or CSV (*.xlsx *.xlsm *.csv)"))
        if path:
            self.path.setText(path)
            self.load_file()

    def load_file(self, sheet: str = "") -> None:
        """Read the file (off the GUI thread), then guess what it holds and map its columns."""
        path = self.path.text().strip()
        if not path:
            return
        self.file_info.setText(self.tr("Reading…"))
        self.next_button.setEnabled(False)
        self.ctx.jobs.run(lambda: read_source(path, sheet), self._file_read, self._file_failed)

    def _file_failed(self, exc: BaseException) -> None:
        self.src = None
        self.file_info.setText(self.tr("Cannot read this file: %1").replace(
            "%1", error_text(exc) if isinstance(exc, DuebookError) else str(exc)))
        self.next_button.setEnabled(False)

    def _file_read(self, src: Source) -> None:
        self.src = src
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(src.sheets)
        self.sheet.setCurrentText(src.sheet)
        self.sheet.setEnabled(bool(src.sheets))
        self.sheet.blockSignals(False)
        kind = guess_kind(src.sheet or src.path.stem, src.header)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.mapping = guess_mapping(kind, src.header)
        info = self.tr("%1 rows, %2 columns").replace("%1", str(len(src.rows))).replace("%2", str(len(src.header)))
        if src.encoding == "gb18030":
            info += " — " + self.tr("read as GB18030 (Chinese Excel CSV)")
        self.file_info.setText(info)
        self.next_button.setEnabled(bool(src.header))
        self._fill_columns()

    def _kind_changed(self) -> None:
        if self.src is not None:
            self.mapping = guess_mapping(self.kind_name, self.src.header)
            self._fill_columns()

    @property
    def kind_name(self) -> str:
        return str(self.kind.currentData())

    # ---- step 2: columns -------------------------------------------------------------------------
    def _columns_step(self) -> QWidget:
        w = QWidget()
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                                self.tr("Imported as")])
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().setVisible(False)
        self.columns_info = QLabel()
        self.columns_info.setWordWrap(True)
        lay = QVBoxLayout(w)
        lay.addWidget(QLabel(self.tr("Choose the field each column holds; unmatched columns are left out.")))
        lay.addWidget(self.columns, 1)
        lay.addWidget(self.columns_info)
        return w

    def _fill_columns(self) -> None:
        src = self.src
        if src is None:
            return
        fields = [*SPEC[self.kind_name][0], *SPEC[self.kind_name][1]]
        required = set(SPEC[self.kind_name][0])
        self.columns.setRowCount(len(src.header))
        self.combos: list[QComboBox] = []
        for i, h in enumerate(src.header):
            self.columns.setItem(i, 0, QTableWidgetItem(h))
            sample = ", ".join(_text(r[i]) for r in src.rows[:3] if i < len(r))
            self.columns.setItem(i, 1, QTableWidgetItem(sample))
            combo = QComboBox()
            combo.addItem(self.tr("(leave out)"), "")
            for f in fields:
                combo.addItem(field_label(f) + (" *" if f in required else ""), f)
            combo.setCurrentIndex(max(0, combo.findData(self.mapping[i] if i < len(self.mapping) else "")))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(2, 200)
        self._mapping_changed()

    def _mapping_changed(self) -> None:
        self.mapping = [str(c.currentData()) for c in getattr(self, "combos", [])]
        used = [f for f in self.mapping if f]
        twice = sorted({f for f in used if used.count(f) > 1})
        missing = [f for f in SPEC[self.kind_name][0] if f not in used]
        msgs = []
        if missing:
            msgs.append(self.tr("Required fields not chosen: %1").replace("%1", ", ".join(field_label(f) for f in missing)))
        if twice:
            msgs.append(self.tr("Chosen for two columns: %1").replace("%1", ", ".join(field_label(f) for f in twice)))
        self.columns_info.setText("\n".join(msgs) or self.tr("Every required field has a column."))
        self.columns_info.setStyleSheet("color: #b00020;" if msgs else "")
        self.checked_ok = False
        if self.steps.currentIndex() == 1:
            self.next_button.setEnabled(not msgs)

    @property
    def mapping_ok(self) -> bool:
        used = [f for f in self.mapping if f]
        return all(f in used for f in SPEC[self.kind_name][0]) and len(used) == len(set(used))

    # ---- step 3: check ---------------------------------------------------------------------------
    def _check_step(self) -> QWidget:
        w = QWidget()
        self.check_info = QLabel()
        self.check_info.setObjectName("checkInfo")
        self.check_info.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.clicked.connect(self.run_check)
        self.reload_button = QPushButton(self.tr("Reload file"))
        self.reload_button.clicked.connect(self._reload)
        self.only_bad = QCheckBox(self.tr("Only rows with problems"))
        self.only_bad.toggled.connect(self._filter_rows)
        top = QHBoxLayout()
        top.addWidget(self.check_info, 1)
        top.addWidget(self.only_bad)
        top.addWidget(self.reload_button)
        top.addWidget(self.check_button)
        self.preview = PreviewModel(self)
        self.preview.dataChanged.connect(self._edited)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("importPreview")
        self.preview_view.setModel(self.preview)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.dups = QListWidget()
        self.dups.setObjectName("duplicates")
        self.dups_label = QLabel(self.tr("Possible duplicates (imported anyway; merge them later if they are):"))
        dup_box = QWidget()
        dl = QVBoxLayout(dup_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.dups_label)
        dl.addWidget(self.dups)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.preview_view)
        split.addWidget(dup_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(w)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        return w

    def _reload(self) -> None:
        if self.src is None:
            return
        sheet, mapping = self.src.sheet, list(self.mapping)
        path = str(self.src.path)

        def done(src: Source) -> None:
            self.src = src
            if src.header == self._header_before:
                self.mapping = mapping
            else:
                self.mapping = guess_mapping(self.kind_name, src.header)
            self._fill_columns()
            self.preview.load(src, self.mapping)
            self.run_check()

        self._header_before = list(self.src.header)
        self.ctx.jobs.run(lambda: read_source(path, sheet), done, self._file_failed)

    def _edited(self) -> None:
        if self.checked_ok or self.errors:
            self.checked_ok = False
            self.import_button.setEnabled(False)
            self.check_info.setText(self.tr("Changed: check again before importing."))

    def _filter_rows(self) -> None:
        only = self.only_bad.isChecked()
        for r in range(self.preview.rowCount()):
            self.preview_view.setRowHidden(r, only and r not in self.preview.problems)

    def run_check(self) -> None:
        """The dry run of the import (and, for customers, the duplicate check); nothing is written."""
        if self.src is None:
            return
        self.checked_ok = False
        self.import_button.setEnabled(False)
        self.preview.edited = False
        self.check_info.setText(self.tr("Checking…"))
        tables = build_tables(self.kind_name, self.src, self.mapping)
        self.ctx.call(check_import, tables, on_done=self._checked, on_error=self._rejected,
                      progress=self.tr("Checking the file…"), parent=self)
        self.dups.clear()
        self.duplicates = []
        is_customers = self.kind_name == "customers"
        self.dups.setVisible(is_customers)
        self.dups_label.setVisible(is_customers)
        if is_customers:
            self.ctx.call(find_duplicates, customer_inputs(self.src, self.mapping), on_done=self._show_duplicates)

    def _fit_preview(self) -> None:
        view = self.preview_view
        if self.preview.rowCount() <= 2000:  # measuring every row of a big file costs more than it helps
            view.resizeColumnsToContents()
        for c in range(self.preview.columnCount() - 1):
            view.setColumnWidth(c, min(max(view.columnWidth(c), 60), 260))

    def _checked(self, summary: ImportSummary) -> None:
        self.errors = []
        self.preview.set_problems([])
        self._filter_rows()
        self._fit_preview()
        self.checked_ok = not self.preview.edited
        n = self.preview.rowCount()
        self.check_info.setText(self.tr("All %1 rows are fine. Nothing has been imported yet: press Import.")
                                .replace("%1", str(n)))
        self.check_info.setStyleSheet("color: #2e7d32;")
        self.import_button.setEnabled(self.checked_ok)

    def _rejected(self, exc: BaseException) -> None:
        if not isinstance(exc, ImportRejected):
            from app.ui.errors import show_error

            self.check_info.setText(error_text(exc))
            show_error(self, exc)
            return
        self.errors = list(exc.errors)
        self.preview.set_problems(self.errors)
        self._filter_rows()
        self._fit_preview()
        bad_rows = len(self.preview.problems)
        general = [e for e in self.errors if e.row not in set(self.src.row_numbers if self.src else [])]
        text = self.tr("%1 of %2 rows have problems (highlighted). Correct them here or in the file "
                       "(then Reload), and check again. Nothing has been imported.") \
            .replace("%1", str(bad_rows)).replace("%2", str(self.preview.rowCount()))
        if general:
            text += "\n" + "\n".join(f"{field_label(e.column)}: {reason_text(e.reason)}" for e in general)
        self.check_info.setText(text)
        self.check_info.setStyleSheet("color: #b00020;")
        self.import_button.setEnabled(False)
        first = min(self.preview.problems, default=None)
        if first is not None:
            self.preview_view.scrollTo(self.preview.index(first, 0))

    def _show_duplicates(self, found: list[Any]) -> None:
        self.duplicates = found
        self.dups.clear()
        src = self.src
        for d in found:
            row_no = src.row_numbers[d.row] if src else d.row
            if d.other_row is not None:
                other_no = src.row_numbers[d.other_row] if src else d.other_row
                what = self.tr("row %1 of this file").replace("%1", str(other_no))
            else:
                what = f"{d.customer_code} {d.customer_name}"
            self.dups.addItem(self.tr("Row %1 %2 %3 looks like %4 (%5 %6)")
                              .replace("%1", str(row_no)).replace("%2", d.code).replace("%3", d.name)
                              .replace("%4", what).replace("%5", d.reason).replace("%6", str(d.score)))
        if not found:
            self.dups.addItem(self.tr("No likely duplicates."))

    # ---- step 4: import --------------------------------------------------------------------------
    def _done_step(self) -> QWidget:
        w = QWidget()
        self.done_info = QLabel()
        self.done_info.setObjectName("doneInfo")
        self.done_info.setWordWrap(True)
        self.classify_button = QPushButton()
        self.classify_button.setObjectName("classifyNew")
        self.classify_button.setVisible(False)
        self.classify_button.clicked.connect(self.classify_new)
        self.new_codes: list[str] = []
        self.last_customer = 0
        lay = QVBoxLayout(w)
        lay.addWidget(self.done_info)
        lay.addWidget(self.classify_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        return w

    def start_import(self) -> None:
        if self.src is None or not self.checked_ok:
            return
        self.import_button.setEnabled(False)
        tables = build_tables(self.kind_name, self.src, self.mapping)

        def go(last_customer: int) -> None:
            self.last_customer = last_customer  # the customers made after it are this import's
            self.ctx.call(run_import, tables, write=True, on_done=self._imported, on_error=self._import_failed,
                          progress=self.tr("Importing…"), parent=self)

        self.ctx.call(classify_rules.last_customer_id, read=True, on_done=go, on_error=self._import_failed)

    def _import_failed(self, exc: BaseException) -> None:
        from app.services.errors import Cancelled

        if isinstance(exc, ImportRejected):
            self._rejected(exc)
            return
        if isinstance(exc, Cancelled):
            self.check_info.setText(self.tr("Import cancelled. Nothing has been imported."))
            self.import_button.setEnabled(True)
            return
        from app.ui.errors import show_error

        show_error(self, exc)
        self.import_button.setEnabled(True)

    def _imported(self, summary: ImportSummary) -> None:
        self.summary = summary
        parts = [(summary.customers, self.tr("customers")), (summary.invoices, self.tr("invoices")),
                 (summary.payments, self.tr("payments")), (summary.credit_notes, self.tr("credit notes"))]
        text = ", ".join(f"{n} {label}" for n, label in parts if n) or self.tr("nothing")
        self.done_info.setText(self.tr("Imported %1.").replace("%1", text))
        self._show_step(3)
        if summary.customers:
            self.ctx.call(classify_rules.new_customer_codes, self.last_customer, read=True,
                          on_done=self._offer_classify, on_error=lambda _e: None)

    def _offer_classify(self, codes: list[str]) -> None:
        """The new customers, classified by the rules after a preview (when a rule would set anything)."""

        def previewed(proposals: list[Any]) -> None:
            if not proposals:
                return
            self.new_codes = codes
            self.classify_button.setText(classify_new_text(self.ctx.number(len({p.code for p in proposals}))))
            self.classify_button.setVisible(True)

        self.ctx.call(classify_rules.preview, codes, read=True, on_done=previewed, on_error=lambda _e: None)

    def classify_new(self) -> None:
        dlg = ClassifyPreviewDialog(self.ctx, self.new_codes, self)
        dlg.accepted.connect(lambda: self.classify_button.setVisible(False))
        dlg.open()

    # ---- navigation ------------------------------------------------------------------------------
    def _show_step(self, i: int) -> None:
        self.steps.setCurrentIndex(i)
        titles = [self.tr("1. Choose the file"), self.tr("2. Match the columns"),
                  self.tr("3. Check (nothing is written)"), self.tr("4. Done")]
        self.step_label.setText(titles[i])
        self.back_button.setEnabled(0 < i < 3)
        self.next_button.setVisible(i < 2)
        self.import_button.setVisible(i == 2)
        self.import_button.setEnabled(i == 2 and self.checked_ok)
        self.close_button.setText(self.tr("Close") if i == 3 else self.tr("Cancel"))
        if i == 0:
            self.next_button.setEnabled(self.src is not None and bool(self.src.header))
        elif i == 1:
            self.next_button.setEnabled(self.mapping_ok)

    def next(self) -> None:
        i = self.steps.currentIndex()
        if i == 0 and self.src is not None:
            self._show_step(1)
        elif i == 1 and self.mapping_ok and self.src is not None:
            self.preview.load(self.src, self.mapping)
            self._show_step(2)
            self.run_check()

    def back(self) -> None:
        i = self.steps.currentIndex()
        if 0 < i < 3:
            self._show_step(i - 1)
