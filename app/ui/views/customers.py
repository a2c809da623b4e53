"""Customers: a fast list (ids + row cache), search as you type, filters, create/edit/archive."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.customers import records as svc
from app.services.dto import CustomerDetail, CustomerRow
from app.services.lifecycle.stages import StageRefresh, refresh_stages
from app.services.unit_of_work import UnitOfWork
from app.ui.context import AppContext
from app.ui.dialogs.customer import CustomerDialog, category_label
from app.ui.models.customers import COLUMNS, FIRST, CustomerListModel
from app.ui.views.customer_actions import CustomerMenu, Picked
from app.ui.views.lifecycle_text import STAGE_WORDS, stage_label
from app.ui.widgets import fit_columns, grade_label, make_table

SEARCH_DELAY_MS = 0


class CustomersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.categories: list[str] = []
        self._pending_select: int | None = None
        self.model = CustomerListModel(ctx, self)

        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Search code, name, contact, phone, tax ID, tag, pinyin…"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.tag = QComboBox()
        self.tag.setObjectName("tagFilter")
        self.grade = QComboBox()
        self.grade.setObjectName("gradeFilter")
        self.grade.addItem(self.tr("Any grade"), "")
        for g in ("A", "B", "C", "D", "new"):
            self.grade.addItem(grade_label(g), g)
        self.stage = QComboBox()
        self.stage.setObjectName("stageFilter")
        self.stage.addItem(QCoreApplication.translate("Lifecycle", "Any stage"), "")
        for key in STAGE_WORDS:
            self.stage.addItem(stage_label(key), key)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Active"), "active")
        self.status.addItem(self.tr("Archived"), "archived")
        self.status.addItem(self.tr("All"), "all")
        self.with_balance = QCheckBox(self.tr("With balance"))
        self.with_balance.setObjectName("balanceFilter")
        self.count = QLabel()
        self.count.setObjectName("customerCount")

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(QLabel(self.tr("Category")))
        top.addWidget(self.category, 1)
        top.addWidget(QLabel(self.tr("Tag")))
        top.addWidget(self.tag, 1)
        top.addWidget(self.grade)
        top.addWidget(self.stage)
        top.addWidget(self.status)
        top.addWidget(self.with_balance)

        self.table = make_table(self.model, stretch=COLUMNS.index("name"), sortable=True)
        self.table.setObjectName("customerTable")
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, [10, 0, 13, 14, 14, 6, 8, 14, 14, 8])
        self.model.sort_requested = self.reload  # type: ignore[method-assign]
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)

        self.new_button = QPushButton(self.tr("New customer"))
        self.new_button.setObjectName("newCustomer")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archiveCustomer")
        self.ledger_button = QPushButton(self.tr("Open ledger"))
        self.ledger_button.setObjectName("openLedger")
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.ledger_button.clicked.connect(self.open_ledger)
        buttons = QHBoxLayout()
        self.stages_button = QPushButton(QCoreApplication.translate("Lifecycle", "Update stages"))
        self.stages_button.setObjectName("updateStages")
        self.stages_button.setToolTip(QCoreApplication.translate(
            "Lifecycle", "Apply the lifecycle rules as of today to every customer (kept with their history)"))
        self.stages_button.clicked.connect(self.update_stages)
        for b in (self.new_button, self.edit_button, self.archive_button, self.ledger_button, self.stages_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)

        # No typing delay: the newest search wins (an older one still queued is not even run), and a
        # search costs a few tens of milliseconds, so each keystroke is answered at once. The
        # zero-length timer only gathers the changes of one event-loop pass (a paste).
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.category.currentIndexChanged.connect(lambda _i: self.reload())
        self.tag.currentIndexChanged.connect(lambda _i: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.grade.currentIndexChanged.connect(lambda _i: self.reload())
        self.stage.currentIndexChanged.connect(lambda _i: self.reload())
        self.with_balance.toggled.connect(lambda _b: self.reload())
        ctx.data_changed.connect(self._data_changed)
        self.customer_menu = CustomerMenu(self, ctx, self.table, self._picked)  # right-click: records, hold ...
        self._selection_changed()
        self.load_choices()
        self.reload()

    # ---- loading ---------------------------------------------------------------------------------
    def load_choices(self) -> None:
        def got(result: tuple[list[str], list[str]]) -> None:
            cats, tags = result
            self.categories = cats
            self.model.categories = {c: category_label(c) for c in cats}
            for combo, values, label in ((self.category, cats, category_label), (self.tag, tags, str)):
                current = combo.currentData()
                combo.blockSignals(True)
                combo.clear()
                combo.addItem(self.tr("Any"), "")
                for v in values:
                    combo.addItem(label(v), v)
                i = combo.findData(current)
                combo.setCurrentIndex(max(i, 0))
                combo.blockSignals(False)

        def both(uow: UnitOfWork) -> tuple[list[str], list[str]]:
            return svc.all_categories(uow), svc.all_tags(uow)

        self.ctx.call(both, on_done=got, read=True)

    def current_filter(self) -> svc.CustomerFilter:
        return svc.CustomerFilter(
            search=self.search.text().strip(), category=str(self.category.currentData() or ""),
            tag=str(self.tag.currentData() or ""), grade=str(self.grade.currentData() or ""), status=str(self.status.currentData() or "active"),
            with_balance=self.with_balance.isChecked(), stage=str(self.stage.currentData() or ""),
        )

    def reload(self) -> None:
        f = self.current_filter()
        self.model.filter = f
        keep = self._pending_select or self.selected_id()
        self._pending_select = None

        def done(result: tuple[list[int], list[CustomerRow]]) -> None:
            ids, first = result
            self.model.set_ids(ids, first)
            self.count.setText(self.tr("%n customer(s)", "", len(ids)))
            if keep is not None and keep in ids:
                self.select_id(keep)
            elif ids:
                self.table.selectRow(0)
            self._selection_changed()

        order, descending = self.model.order, self.model.descending

        def search(uow: UnitOfWork) -> tuple[list[int], list[CustomerRow]]:
            ids = svc.search_ids(uow, f, order, descending)
            return ids, svc.rows_for(uow, ids[:FIRST])  # the first screenful in the same trip

        self.ctx.call(search, on_done=done, key=f"customer-search-{id(self)}", read=True)

    def _data_changed(self) -> None:
        self.load_choices()
        self.reload()

    # ---- selection -------------------------------------------------------------------------------
    def _picked(self, row: int) -> Picked | None:
        r = self.model.row_at(row)
        return (r.id, r.code, r.name) if r is not None else None

    def selected_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.id_at(idx.row()) if idx.isValid() else None

    def selected_row(self) -> CustomerRow | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def select_id(self, cid: int) -> None:
        try:
            row = self.model.ids.index(cid)
        except ValueError:
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, *_a: QModelIndex) -> None:
        has = self.selected_id() is not None
        for b in (self.edit_button, self.archive_button, self.ledger_button):
            b.setEnabled(has)
        r = self.selected_row()
        self.archive_button.setText(self.tr("Restore") if r is not None and r.archived else self.tr("Archive"))

    # ---- actions ---------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_item(self) -> None:
        dlg = CustomerDialog(self.ctx, None, self.categories, self)
        dlg.saved.connect(self._saved)
        dlg.open()
        self.dialog = dlg

    def _saved(self, d: CustomerDetail) -> None:
        self.ctx.status_message.emit(self.tr("Customer %1 saved.").replace("%1", d.code))
        self._pending_select = d.id  # selected when the list reloads after the write

    def edit(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return

        def got(d: CustomerDetail) -> None:
            dlg = CustomerDialog(self.ctx, d, self.categories, self)
            dlg.saved.connect(self._saved)
            dlg.open()
            self.dialog = dlg

        self.ctx.call(svc.get_customer, cid, on_done=got)

    def open_item(self, cid: object) -> None:
        if isinstance(cid, int):
            self.select_id(cid)

    def toggle_archive(self) -> None:
        r = self.selected_row()
        if r is None:
            return
        if not r.archived and QMessageBox.question(
                self, self.tr("Archive customer"),
                self.tr("Archive %1 %2? Archived customers are kept with their documents but hidden "
                        "from lists and new documents.").replace("%1", r.code).replace("%2", r.name),
        ) != QMessageBox.StandardButton.Yes:
            return
        self.ctx.call(svc.set_archived, r.id, not r.archived, write=True, parent=self)

    def update_stages(self) -> None:
        def done(res: StageRefresh) -> None:
            self.ctx.status_message.emit(QCoreApplication.translate("Lifecycle", "Stages as of %1: %2 changed")
                                         .replace("%1", self.ctx.date(res.as_of)).replace("%2", str(res.changed)))
            self.reload()

        self.ctx.call(refresh_stages, self.ctx.today(), write=True, on_done=done, parent=self)

    def open_ledger(self) -> None:
        cid = self.selected_id()
        if cid is not None:
            self.ctx.navigate.emit("ledger", cid)
