"""Small shared widgets: table models over DTO lists, money and date inputs, field messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.ui.context import AppContext

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
NEGATIVE = QColor("#b00020")
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
USER = int(Qt.ItemDataRole.UserRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
WANTED = frozenset((DISPLAY, ALIGN, FOREGROUND, USER, TOOLTIP))
STATUS_COLORS = {"ok": QColor("#2e7d32"), "warn": QColor("#ef6c00"), "over": QColor("#c62828"),
                 "hold": QColor("#6a1b9a")}


@dataclass
class Column(Generic[T]):
    """A column of a :class:`ListModel`: its title, text, sort key and alignment."""

    title: str
    text: Callable[[T], str]
    key: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    color: Callable[[T], QColor | None] | None = None
    value: Callable[[T], Any] | None = None  # Qt.UserRole (delegates, tests)
    tip: Callable[[T], str] | None = None  # Qt.ToolTipRole


class ListModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of frozen DTOs (small and medium lists)."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every visible cell and role on each repaint: cheap integer tests first.
        if role not in WANTED:
            return None
        row = index.row()
        if not 0 <= row < len(self.rows):
            return None
        item = self.rows[row]
        col = self.columns[index.column()]
        if role == DISPLAY:
            return col.text(item)
        if role == ALIGN:
            return int(col.align)
        if role == FOREGROUND:
            if col.color is None:
                return None
            c = col.color(item)
            return QBrush(c) if c is not None else None
        if role == TOOLTIP:
            return col.tip(item) if col.tip is not None else None
        return col.value(item) if col.value is not None else item

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        col = self.columns[column]
        key = col.key or col.text
        self.layoutAboutToBeChanged.emit()

        def safe(item: T) -> tuple[int, Any]:
            v = key(item)
            return (1, v) if v is None else (0, v)

        self.rows.sort(key=safe, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def make_table(model: QAbstractTableModel, stretch: int | None = None, sortable: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(False)
    if sortable:
        view.setSortingEnabled(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fit_columns(view: QTableView, widths: Sequence[int]) -> None:
    """Set column widths in "characters" so that Chinese and English both fit."""
    em = view.fontMetrics().horizontalAdvance("0")
    for i, w in enumerate(widths):
        if w > 0:
            view.setColumnWidth(i, int(w * em) + 16)


def money_color(value: Decimal | None) -> QColor | None:
    return NEGATIVE if value is not None and value < 0 else None


class MoneyEdit(QLineEdit):
    """An amount typed in the locale's format; ``value()`` is a Decimal or raises ValueError."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAlignment(RIGHT)
        self.setPlaceholderText(ctx.money(Decimal(0)))

    def value(self) -> Decimal:
        return self.ctx.parse_money(self.text())

    def value_or_none(self) -> Decimal | None:
        if not self.text().strip():
            return None
        return self.value()

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else self.ctx.money(value))


class DateEdit(QDateEdit):
    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.set_date(value or dt.date.today())

    def set_date(self, value: dt.date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> dt.date:
        d = self.date()
        return dt.date(d.year(), d.month(), d.day())


class FieldMessage(QLabel):
    """The message shown beside (below) a form field; empty when the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class EnterMovesOn(QObject):
    """Event filter: Enter/Return in a line edit moves to the next field (keyboard-first entry)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and isinstance(obj, (QLineEdit, QDateEdit)):
            w = obj.nextInFocusChain()
            if isinstance(w, QWidget):
                w.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False


class UtilizationDelegate(QStyledItemDelegate):
    """Paints a utilization ratio (Decimal in Qt.UserRole) as a bar with its percentage."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(value, Decimal):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionProgressBar()
        rect: QRect = option.rect.adjusted(3, 4, -3, -4)
        opt.rect = rect
        opt.minimum = 0
        opt.maximum = 100
        pct = int(min(value * 100, Decimal(100)))
        opt.progress = max(pct, 0)
        opt.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        opt.textVisible = True
        opt.textAlignment = CENTER
        color = STATUS_COLORS["ok"] if value < Decimal("0.8") else (
            STATUS_COLORS["warn"] if value <= 1 else STATUS_COLORS["over"])
        opt.palette.setColor(opt.palette.ColorRole.Highlight, color)
        style = QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, opt, painter)


# What a window's frame and a task bar take from the screen's available height.
FRAME_ALLOWANCE = 40


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, or smaller when the screen has less room.

    A 1366x768 laptop must show every window and dialog whole, its buttons included.
    """
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width())
        height = min(height, room.height() - FRAME_ALLOWANCE)
    window.resize(width, height)


def grade_label(grade: str) -> str:
    """A credit grade as shown: A to D stay letters; a customer without history is "new"."""
    if grade == "new":
        return QApplication.translate("Grades", "new")
    return grade
