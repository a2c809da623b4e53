"""The customer list model: holds ids (filtered and sorted in SQL), fetches rows in blocks.

20,000 customers stay fast: the model knows only the ids; a visible row that is not in the
cache asks for its block of rows from a background job and shows "…" until it arrives.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.customers import records as svc
from app.services.dto import CustomerRow
from app.ui.context import AppContext
from app.ui.views.lifecycle_text import stage_label
from app.ui.widgets import LEFT, NEGATIVE, RIGHT, grade_label

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
BLOCK = 100
FIRST = 50  # rows fetched with a search result: a screenful

# (key, title, sort order understood by customers.search_ids or None)
COLUMNS = ("code", "name", "category", "phone", "tags", "grade", "stage", "balance", "credit_limit", "status")
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
USER = int(Qt.ItemDataRole.UserRole)
WANTED = frozenset((DISPLAY, ALIGN, FOREGROUND, USER))
ALIGN_RIGHT = int(RIGHT)
ALIGN_LEFT = int(LEFT)
MONEY_COLUMNS = frozenset((COLUMNS.index("balance"), COLUMNS.index("credit_limit")))
BALANCE_COLUMN = COLUMNS.index("balance")
NEGATIVE_BRUSH = QBrush(NEGATIVE)
GREY_BRUSH = QBrush(QColor("#888888"))
SORTS = {"code": "code", "name": "name", "category": "category", "grade": "grade", "balance": "balance"}


class CustomerListModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids: list[int] = []
        self.cache: dict[int, CustomerRow] = {}
        self._loading: set[int] = set()  # block numbers being fetched
        self._generation = 0
        self.filter = svc.CustomerFilter()
        self.order = "code"
        self.descending = False
        self.titles = {
            "code": self.tr("Code"), "name": self.tr("Name"), "category": self.tr("Category"),
            "phone": self.tr("Phone"), "tags": self.tr("Tags"), "grade": self.tr("Grade"),
            "balance": self.tr("Balance"), "credit_limit": self.tr("Credit limit"), "status": self.tr("Status"),
            "stage": QCoreApplication.translate("Lifecycle", "Stage"),
        }
        self.categories: dict[str, str] = {}

    # ---- loading ---------------------------------------------------------------------------------
    def set_ids(self, ids: list[int], first_rows: list[CustomerRow] | None = None) -> None:
        """A new result: its ids in order, and (optionally) the rows of the first block."""
        self.beginResetModel()
        self._generation += 1
        self.ids = ids
        self.cache.clear()
        self._loading.clear()
        for r in first_rows or ():
            self.cache[r.id] = r
        self.endResetModel()

    def invalidate_rows(self) -> None:
        """Forget the cached rows (after a write); visible rows reload lazily."""
        self._generation += 1
        self.cache.clear()
        self._loading.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))

    def _fetch_block(self, block: int) -> None:
        if block in self._loading or self.ctx.db is None:
            return
        self._loading.add(block)
        ids = self.ids[block * BLOCK:(block + 1) * BLOCK]
        gen = self._generation

        def done(rows: list[CustomerRow]) -> None:
            if gen != self._generation:
                return
            self._loading.discard(block)
            for r in rows:
                self.cache[r.id] = r
            first = block * BLOCK
            last = min(first + BLOCK, len(self.ids)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

        self.ctx.call(svc.rows_for, ids, on_done=done, read=True)

    def row_at(self, row: int) -> CustomerRow | None:
        if not 0 <= row < len(self.ids):
            return None
        r = self.cache.get(self.ids[row])
        if r is None:
            self._fetch_block(row // BLOCK)
        return r

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    # ---- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles[key]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if key in ("balance", "credit_limit") else LEFT)
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every visible cell and role on each repaint: cheap integer tests first.
        if role not in WANTED:
            return None
        column = index.column()
        if role == ALIGN:
            return ALIGN_RIGHT if column in MONEY_COLUMNS else ALIGN_LEFT
        r = self.row_at(index.row())
        if r is None:
            return "…" if role == DISPLAY and column == 0 else None
        if role == DISPLAY:
            return self._text(r, COLUMNS[column])
        if role == USER:
            return r
        if column == BALANCE_COLUMN and r.balance < 0:
            return NEGATIVE_BRUSH
        return GREY_BRUSH if r.archived else None

    def _text(self, r: CustomerRow, key: str) -> str:
        ctx = self.ctx
        if key == "code":
            return r.code
        if key == "name":
            return r.name
        if key == "category":
            return self.categories.get(r.category, r.category)
        if key == "phone":
            return r.phone
        if key == "tags":
            return ", ".join(r.tags)
        if key == "grade":
            return grade_label(r.grade) if r.grade else r.grade
        if key == "stage":
            return stage_label(r.stage)
        if key == "balance":
            return ctx.money(r.balance)
        if key == "credit_limit":
            return ctx.money(r.credit_limit) if r.credit_limit else ""
        if key == "status":
            return self.tr("archived") if r.archived else self.tr("active")
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column] if 0 <= column < len(COLUMNS) else "code"
        self.order = SORTS.get(key, "code")
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested()

    def sort_requested(self) -> None:
        """Replaced by the page: re-run the search in the new order."""


def zero() -> Decimal:
    return Decimal(0)
