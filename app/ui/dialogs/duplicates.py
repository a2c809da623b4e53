"""Customers that look like duplicates, and merging two of them after a preview of what moves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.approvals import requests as approval_requests
from app.services.approvals.requests import Gated
from app.services.customers import duplicates
from app.services.customers.duplicates import MergePreview, MergeResult
from app.services.dto import DuplicateHint
from app.ui.context import AppContext
from app.ui.dialogs.approval_notice import told
from app.ui.errors import QT_TRANSLATE_NOOP, error_text
from app.ui.widgets import Column, ListModel, fit_columns, fit_to_screen, make_table

TABLE_SOURCES = {
    "documents": QT_TRANSLATE_NOOP("Duplicates", "documents"),
    "contacts": QT_TRANSLATE_NOOP("Duplicates", "contacts"),
    "customer_tags": QT_TRANSLATE_NOOP("Duplicates", "tags"),
    "communication_log": QT_TRANSLATE_NOOP("Duplicates", "log entries"),
    "contracts": QT_TRANSLATE_NOOP("Duplicates", "contracts"),
    "credit_holds": QT_TRANSLATE_NOOP("Duplicates", "credit holds"),
    "credit_overrides": QT_TRANSLATE_NOOP("Duplicates", "credit overrides"),
    "grade_history": QT_TRANSLATE_NOOP("Duplicates", "grade history entries"),
    "dunning_letters": QT_TRANSLATE_NOOP("Duplicates", "dunning letters"),
    "classifications": QT_TRANSLATE_NOOP("Duplicates", "classifications"),
}
REASON_SOURCES = {
    "tax_id": QT_TRANSLATE_NOOP("Duplicates", "same tax ID"),
    "phone": QT_TRANSLATE_NOOP("Duplicates", "same phone"),
    "email": QT_TRANSLATE_NOOP("Duplicates", "same e-mail"),
    "name": QT_TRANSLATE_NOOP("Duplicates", "similar name"),
}


def _tr(sources: dict[str, str], key: str) -> str:
    src = sources.get(key)
    return QCoreApplication.translate("Duplicates", src) if src else key


def menu_text() -> str:
    return QCoreApplication.translate("Duplicates", "Find duplicate customers…")


class DuplicatesDialog(QDialog):
    """Groups of look-alike customers; pick the one to keep and the one to merge into it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Duplicate customers"))
        fit_to_screen(self, 900, 560)
        self.groups: list[list[DuplicateHint]] = []
        self.preview_data: MergePreview | None = None
        self.groups_model: ListModel[list[DuplicateHint]] = ListModel([
            Column(self.tr("Customers"), lambda g: " / ".join(f"{h.code} {h.name}" for h in g),
                   tip=lambda g: "\n".join(f"{h.code} {h.name}" for h in g)),
            Column(self.tr("Why"), lambda g: _tr(REASON_SOURCES, g[0].reason)),
        ], self)
        self.groups_view = make_table(self.groups_model, stretch=0)
        self.groups_view.setObjectName("groupsTable")
        fit_columns(self.groups_view, [0, 14])
        self.groups_view.selectionModel().currentChanged.connect(lambda *_a: self._group_chosen())
        self.keep = QComboBox()
        self.keep.setObjectName("keep")
        self.merge = QComboBox()
        self.merge.setObjectName("merge")
        self.keep.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.merge.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.preview = QLabel()
        self.preview.setObjectName("mergePreview")
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(120)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.do_merge)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        right = QWidget()
        form = QFormLayout(right)
        form.addRow(self.tr("Keep"), self.keep)
        form.addRow(self.tr("Merge into it"), self.merge)
        form.addRow(self.tr("What moves"), self.preview)
        form.addRow("", self.merge_button)
        split = QSplitter()
        split.addWidget(self.groups_view)
        split.addWidget(right)
        split.setSizes([450, 450])
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Customers with the same tax ID, phone or e-mail, or a similar name.")))
        lay.addWidget(split, 1)
        lay.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        self.message.setText(self.tr("Looking for duplicates…"))
        self.ctx.call(duplicates.duplicate_groups, read=True, on_done=self._show,
                      on_error=lambda e: self.message.setText(error_text(e)))

    def _show(self, groups: list[list[DuplicateHint]]) -> None:
        self.groups = groups
        self.groups_model.set_rows(groups)
        self.message.setText(self.tr("%n group(s) found", "", len(groups)))
        if groups:
            self.groups_view.setCurrentIndex(self.groups_model.index(0, 0))
        else:
            self._fill([])

    def _group_chosen(self) -> None:
        idx = self.groups_view.currentIndex()
        g = self.groups_model.row_at(idx.row()) if idx.isValid() else None
        self._fill(g or [])

    def _fill(self, group: list[DuplicateHint]) -> None:
        for combo in (self.keep, self.merge):
            combo.blockSignals(True)
            combo.clear()
            for h in group:
                combo.addItem(f"{h.code} {h.name}", h.customer_id)
            combo.blockSignals(False)
        if len(group) > 1:
            self.merge.setCurrentIndex(1)
        self.update_preview()

    def update_preview(self) -> None:
        self.preview_data = None
        self.merge_button.setEnabled(False)
        keep, gone = self.keep.currentData(), self.merge.currentData()
        if keep is None or gone is None:
            self.preview.setText("")
            return
        if keep == gone:
            self.preview.setText(self.tr("Choose two different customers."))
            return
        self.ctx.call(duplicates.merge_preview, keep, gone, read=True, on_done=self._previewed,
                      key=f"merge-preview-{id(self)}", on_error=lambda e: self.preview.setText(error_text(e)))

    def _previewed(self, p: MergePreview) -> None:
        self.preview_data = p
        moves = ", ".join(f"{n} {_tr(TABLE_SOURCES, t)}" for t, n in sorted(p.moves.items())) or self.tr("nothing")
        self.preview.setText(
            self.tr("%1 moves to %2 and is then removed.").replace("%1", f"{p.merged_code} {p.merged_name}")
            .replace("%2", f"{p.kept_code} {p.kept_name}") + "\n"
            + self.tr("Moves: %1").replace("%1", moves) + "\n"
            + self.tr("Balance after: %1 (%2 + %3)").replace("%1", self.ctx.money_cur(p.kept_balance + p.merged_balance))
            .replace("%2", self.ctx.money(p.kept_balance)).replace("%3", self.ctx.money(p.merged_balance)) + "\n"
            + self.tr("Blank fields of the kept customer take the merged one's values; the merged record stays in "
                      "the audit trail."))
        self.merge_button.setEnabled(not (self.ctx.db is not None and self.ctx.db.read_only))

    def do_merge(self) -> None:
        p = self.preview_data
        if p is None:
            return
        if QMessageBox.question(self, self.tr("Merge"), self.tr("Merge %1 into %2? This cannot be undone.")
                                .replace("%1", p.merged_code).replace("%2", p.kept_code)
                                ) != QMessageBox.StandardButton.Yes:
            return
        self.merge_button.setEnabled(False)

        def done(g: Gated[MergeResult]) -> None:
            if not told(self.ctx, self, g):  # --- approvals: a merge may wait for an approver ---
                r = g.applied
                assert r is not None
                self.ctx.status_message.emit(self.tr("%1 merged into %2.").replace("%1", r.merged_code)
                                             .replace("%2", r.kept_code))
            self.reload()

        self.ctx.call(approval_requests.merge_customers, self.keep.currentData(), self.merge.currentData(),
                      write=True, on_done=done, on_error=lambda e: self.message.setText(error_text(e)))


def open_duplicates(ctx: AppContext, parent: QWidget | None) -> DuplicatesDialog:
    dlg = DuplicatesDialog(ctx, parent)
    dlg.open()
    return dlg
