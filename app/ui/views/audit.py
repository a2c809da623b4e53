"""The audit trail viewer: entries as sentences in local time, filters, the raw before/after of the
chosen entry behind a details button, chain check, export."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.audit import ChainReport
from app.services.safety import audit_trail
from app.services.safety.audit_trail import AuditFilter, AuditRow
from app.ui.context import AppContext
from app.ui.errors import detail_text
from app.ui.views.audit_text import action_label, group_label, record_label, sentence, when_text
from app.ui.widgets import RIGHT, STATUS_COLORS, Column, ListModel, fit_columns, make_table

SHOW_AT_MOST = 5000


def pretty(text: str) -> str:
    """An entry's before/after JSON, indented for reading."""
    if not text:
        return ""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True)
    except ValueError:
        return text


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[AuditRow] = []
        self.last_report: ChainReport | None = None

        self.use_from = QCheckBox(self.tr("From"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_from.setCalendarPopup(True)
        self.date_from.setDisplayFormat("yyyy-MM-dd")
        self.date_from.setEnabled(False)
        self.use_to = QCheckBox(self.tr("To"))
        self.date_to = QDateEdit(QDate.currentDate())
        self.date_to.setCalendarPopup(True)
        self.date_to.setDisplayFormat("yyyy-MM-dd")
        self.date_to.setEnabled(False)
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.entity = QComboBox()
        self.entity.setObjectName("auditEntity")
        for combo in (self.user, self.action, self.entity):  # a steady width: the window fits 1366 px
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Number, code or text…"))
        self.verify_button = QPushButton(self.tr("Verify the chain"))
        self.verify_button.setObjectName("auditVerify")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("auditExport")
        self.chain = QLabel()
        self.chain.setObjectName("auditChain")
        self.summary = QLabel()
        self.summary.setObjectName("auditSummary")

        self.model: ListModel[AuditRow] = ListModel([
            Column(self.tr("#"), lambda r: str(r.id), key=lambda r: r.id, align=RIGHT),
            Column(self.tr("When"), lambda r: when_text(self.ctx, r.at), key=lambda r: r.at),
            Column(self.tr("User"), lambda r: r.user),
            Column(self.tr("Action"), lambda r: action_label(r.action)),
            Column(self.tr("Entry"), lambda r: sentence(self.ctx, r),
                   color=lambda r: STATUS_COLORS["over"] if self._is_bad(r) else None),
        ], self)
        self.table = make_table(self.model, stretch=4, sortable=True)
        self.table.setObjectName("auditTable")
        fit_columns(self.table, [7, 19, 12, 18, 0])
        self.entry = QLabel()
        self.entry.setObjectName("auditEntry")
        self.entry.setWordWrap(True)
        self.entry.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setObjectName("auditDetails")
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(self.tr("The entry's values before and after, as recorded"))
        self.before = QPlainTextEdit()
        self.before.setReadOnly(True)
        self.before.setObjectName("auditBefore")
        self.after = QPlainTextEdit()
        self.after.setReadOnly(True)
        self.after.setObjectName("auditAfter")

        filters = QHBoxLayout()
        for w in (self.use_from, self.date_from, self.use_to, self.date_to):
            filters.addWidget(w)
        filters.addWidget(QLabel(self.tr("User")))
        filters.addWidget(self.user)
        filters.addWidget(QLabel(self.tr("Action")))
        filters.addWidget(self.action)
        filters.addWidget(QLabel(self.tr("Record")))
        filters.addWidget(self.entity)
        filters.addWidget(self.search, 1)

        detail = QWidget()
        detail.setObjectName("auditDetailPanel")
        self.detail = detail
        dl = QHBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        for title, box in ((self.tr("Before"), self.before), (self.tr("After"), self.after)):
            col = QVBoxLayout()
            col.addWidget(QLabel(title))
            col.addWidget(box)
            dl.addLayout(col)
        chosen = QWidget()
        cl = QVBoxLayout(chosen)
        cl.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.entry, 1)
        line.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        cl.addLayout(line)
        cl.addWidget(detail, 1)
        detail.setVisible(False)
        self.details_button.toggled.connect(self._show_details)
        split = QSplitter(Qt.Orientation.Vertical)
        self.split = split
        split.addWidget(self.table)
        split.addWidget(chosen)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.chain, 1)
        bottom.addWidget(self.summary)
        bottom.addWidget(self.export_button)

        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(split, 1)
        lay.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.user, self.action, self.entity):
            combo.currentIndexChanged.connect(lambda _i: self._debounce.start())
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _b: self._debounce.start())
            edit.dateChanged.connect(lambda _d: self._debounce.start())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        ctx.data_changed.connect(self.refresh)
        ctx.company_changed.connect(self.refresh)
        self.refresh()

    # ---- loading -------------------------------------------------------------------------------
    def current_filter(self, limit: int | None = SHOW_AT_MOST) -> AuditFilter:
        def day(edit: QDateEdit) -> dt.date:
            q = edit.date()
            return dt.date(q.year(), q.month(), q.day())

        return AuditFilter(
            date_from=day(self.date_from) if self.use_from.isChecked() else None,
            date_to=day(self.date_to) if self.use_to.isChecked() else None,
            user=str(self.user.currentData() or ""), action=str(self.action.currentData() or ""),
            entity=str(self.entity.currentData() or ""), text=self.search.text().strip(), limit=limit)

    def refresh(self) -> None:
        """Reload the filter choices, then the entries."""
        if self.ctx.db is None:
            self.model.set_rows([])
            return
        self.ctx.call(audit_trail.choices, on_done=self._choices, key=f"audit-choices-{id(self)}")

    def _choices(self, found: tuple[list[str], list[str], list[str]]) -> None:
        users, actions, entities = found
        groups = sorted({a.split(".")[0] for a in actions if "." in a} - set(actions))

        def label(combo: QComboBox, v: str) -> str:
            if combo is self.action:
                return group_label(v) + "…" if v in groups else action_label(v)
            return record_label(v) if combo is self.entity else v

        for combo, values, everyone in ((self.user, users, self.tr("Anyone")),
                                        (self.action, groups + actions, self.tr("Any action")),
                                        (self.entity, entities, self.tr("Any record"))):
            keep = str(combo.currentData() or "")
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, "")
            for v in values:
                combo.addItem(label(combo, v), v)
            i = combo.findData(keep)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        if self.ctx.db is None:
            return
        self.ctx.call(audit_trail.list_entries, self.current_filter(), on_done=self._loaded,
                      key=f"audit-{id(self)}")

    def _loaded(self, rows: list[AuditRow]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        more = self.tr(" (the newest %1)").replace("%1", self.ctx.number(SHOW_AT_MOST)) \
            if len(rows) >= SHOW_AT_MOST else ""
        self.summary.setText(self.tr("%Ln entry(s)", "", len(rows)) + more)
        self._show(self.table.currentIndex().row())

    def _show(self, row: int) -> None:
        r = self.model.row_at(row)
        self.entry.setText(f"{when_text(self.ctx, r.at)} · {r.user} · {sentence(self.ctx, r)}" if r else "")
        self.details_button.setEnabled(r is not None)
        self.before.setPlainText(pretty(r.before) if r else "")
        self.after.setPlainText(pretty(r.after) if r else "")

    def _show_details(self, on: bool) -> None:
        self.detail.setVisible(on)
        if on:  # room for the values: the table keeps the larger half
            total = sum(self.split.sizes())
            self.split.setSizes([total * 3 // 5, total - total * 3 // 5])

    def _is_bad(self, r: AuditRow) -> bool:
        rep = self.last_report
        return rep is not None and not rep.ok and rep.first_bad_id == r.id

    # ---- chain and export ----------------------------------------------------------------------
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.ctx.call(audit_trail.verify, on_done=self._verified, on_error=self._verify_failed)

    def _verified(self, rep: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        self.last_report = rep
        if rep.ok:
            self.chain.setStyleSheet(f"color: {STATUS_COLORS['ok'].name()};")
            self.chain.setText(self.tr("The audit trail is intact: %Ln entry(s) checked.", "", rep.entries))
        elif rep.first_bad_id is None:  # the chain holds, its sealed head does not: removed, appended, re-hashed
            self.chain.setStyleSheet(f"color: {STATUS_COLORS['over'].name()};")
            self.chain.setText(self.tr("The audit trail was tampered with: %1.")
                               .replace("%1", detail_text(rep.problem) or rep.problem))
        else:
            self.chain.setStyleSheet(f"color: {STATUS_COLORS['over'].name()};")
            self.chain.setText(self.tr("The audit trail was tampered with at entry %1: %2.")
                               .replace("%1", str(rep.first_bad_id)).replace("%2", detail_text(rep.problem) or rep.problem))
        self.model.layoutChanged.emit()

    def _verify_failed(self, exc: BaseException) -> None:
        from app.ui.errors import show_error

        self.verify_button.setEnabled(True)
        show_error(self, exc)

    def export(self, path: str | None = None) -> None:
        if path is None:
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export the audit trail"), "audit.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        self.ctx.call(audit_trail.export, self.current_filter(limit=None), path,
                      progress=self.tr("Exporting the audit trail…"), write=True, parent=self,
                      on_done=lambda n: self.ctx.status_message.emit(
                          self.tr("%Ln entry(s) exported to %1", "", n).replace("%1", path)))
