"""Requests for approval (PRODUCT §8c): the list by state, a request's before and after, Approve
and Reject with a reason; the thresholds that make a change a request (a company setting).

Every read and write runs off the GUI thread through ``ctx.call`` (services return DTOs).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.approvals import requests, rules
from app.services.approvals.requests import RequestInfo
from app.services.approvals.rules import Thresholds
from app.services.permissions import allowed
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.views import approvals_text as words
from app.ui.views.audit_text import when_text
from app.ui.widgets import Column, ListModel, MoneyEdit, fit_columns, make_table

STATES = ("pending", "approved", "rejected", "all")


class RequestsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: RequestInfo | None = None

        self.state = QComboBox()
        self.state.setObjectName("requestState")
        for s in STATES:
            self.state.addItem(words.state_label(s), s)
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.who = QLabel()
        self.who.setObjectName("requestsWho")
        self.who.setWordWrap(True)
        self.who.setStyleSheet("color: #555;")
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Show")))
        head.addWidget(self.state)
        head.addWidget(self.who, 1)

        self.model: ListModel[RequestInfo] = ListModel([
            Column(self.tr("No."), lambda r: str(r.id), key=lambda r: r.id),
            Column(self.tr("State"), lambda r: words.state_label(r.state)),
            Column(self.tr("What"), lambda r: words.kind_label(r.kind)),
            Column(self.tr("Of"), lambda r: r.subject),
            Column(self.tr("Asked by"), lambda r: r.requested_by),
            Column(self.tr("Asked on"), lambda r: when_text(self.ctx, r.requested_at), key=lambda r: r.requested_at),
            Column(self.tr("Reason"), lambda r: r.reason),
        ], self)
        self.view = make_table(self.model, stretch=6, sortable=True)
        self.view.setObjectName("requestsList")
        fit_columns(self.view, [5, 9, 16, 16, 10, 17, 0])
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty = QLabel()
        self.empty.setObjectName("requestsEmpty")
        self.empty.setStyleSheet("color: #666;")
        self.empty.setWordWrap(True)

        self.detail = QLabel()
        self.detail.setObjectName("requestDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reason = QLineEdit()
        self.reason.setObjectName("rejectReason")
        self.reason.setPlaceholderText(self.tr("Why is it rejected? (needed to reject; kept with the request)"))
        self.approve_button = QPushButton(self.tr("Approve and apply"))
        self.approve_button.setObjectName("approveRequest")
        self.approve_button.clicked.connect(self.approve_current)
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setObjectName("rejectRequest")
        self.reject_button.clicked.connect(self.reject_current)
        self.message = QLabel()
        self.message.setObjectName("requestMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.detail, 1)
        sl.addLayout(buttons)
        sl.addWidget(self.message)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(head)
        tl.addWidget(self.view, 1)
        tl.addWidget(self.empty)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.thresholds = self._thresholds_box()
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.thresholds)
        self._set_buttons()
        ctx.data_changed.connect(self.reload)
        self.reload()
        self.load_thresholds()

    # ---- the thresholds ---------------------------------------------------------------------------
    def _thresholds_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("When a change needs approval (with users on)"))
        box.setObjectName("approvalThresholds")
        form = QFormLayout(box)
        self.limit_raise = MoneyEdit(self.ctx)
        self.limit_raise.setObjectName("limitRaise")
        self.write_off = MoneyEdit(self.ctx)
        self.write_off.setObjectName("writeOffThreshold")
        self.void_days = QSpinBox()
        self.void_days.setObjectName("voidDays")
        self.void_days.setRange(0, rules.MAX_VOID_DAYS)
        self.void_days.setSuffix(self.tr(" days"))
        row = QHBoxLayout()
        for label, w in ((self.tr("A credit limit raised by more than"), self.limit_raise),
                         (self.tr("A write-off above"), self.write_off),
                         (self.tr("A void of a document older than"), self.void_days)):
            row.addWidget(QLabel(label))
            row.addWidget(w, 1)
        self.save_thresholds_button = QPushButton(self.tr("Save"))
        self.save_thresholds_button.setObjectName("saveThresholds")
        self.save_thresholds_button.clicked.connect(self.save_thresholds)
        row.addWidget(self.save_thresholds_button)
        form.addRow(row)
        note = QLabel(self.tr("Releasing a hold and merging customers always need approval. A user with the "
                              "approver right (administrator, accountant) applies changes at once."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.thresholds_message = QLabel()
        self.thresholds_message.setObjectName("thresholdsMessage")
        form.addRow(note)
        form.addRow(self.thresholds_message)
        return box

    def load_thresholds(self) -> None:
        self.ctx.call(rules.get_thresholds, read=True, on_done=self._show_thresholds, key=f"thresholds-{id(self)}",
                      on_error=lambda e: self.thresholds_message.setText(error_text(e)))

    def _show_thresholds(self, t: Thresholds) -> None:
        self.limit_raise.set_value(t.limit_raise)
        self.write_off.set_value(t.write_off)
        self.void_days.setValue(t.void_days)

    def save_thresholds(self) -> None:
        try:
            limit_raise, write_off = self.limit_raise.value(), self.write_off.value()
        except ValueError:
            self.thresholds_message.setText(self.tr("Not an amount, e.g. 10,000.00"))
            return

        def done(t: Thresholds) -> None:
            self._show_thresholds(t)
            self.thresholds_message.setText(self.tr("Saved."))

        self.ctx.call(rules.set_thresholds, limit_raise, write_off, self.void_days.value(), write=True,
                      on_done=done, on_error=lambda e: self.thresholds_message.setText(error_text(e)))

    # ---- the list ---------------------------------------------------------------------------------
    def reload(self) -> None:
        db = self.ctx.db
        if db is None:
            return
        if db.role is None:
            self.who.setText(self.tr("Users are off: every change applies at once, there is nothing to approve."))
        elif rules.is_approver(db):
            self.who.setText(self.tr("You may approve or reject the requests of others."))
        else:
            self.who.setText(self.tr("Your large changes wait here until an approver accepts them."))
        self.save_thresholds_button.setEnabled(allowed(db.role, "settings.write") and not db.read_only)
        keep = self.current.id if self.current is not None else None

        def done(found: list[RequestInfo]) -> None:
            if self.ctx.db is not db:
                return
            self.model.set_rows(found)
            self.empty.setText("" if found else self.tr("No requests here."))
            self.empty.setVisible(not found)
            row = next((i for i, r in enumerate(found) if r.id == keep), 0 if found else -1)
            if row >= 0:
                self.view.selectRow(row)
            self._current_changed()

        self.ctx.call(requests.list_requests, str(self.state.currentData()), read=True, on_done=done,
                      key=f"requests-{id(self)}", on_error=lambda e: self.empty.setText(error_text(e)))

    def selected(self) -> RequestInfo | None:
        idx = self.view.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def _current_changed(self, *_: object) -> None:
        self.current = self.selected()
        self.detail.setText(self._detail_html(self.current) if self.current else "")
        self._set_buttons()

    def _set_buttons(self) -> None:
        r = self.current
        db = self.ctx.db
        can = (r is not None and r.state == "pending" and db is not None and not db.read_only
               and rules.is_approver(db) and r.requested_by != db.user)
        self.approve_button.setEnabled(can)
        self.reject_button.setEnabled(can)
        self.reason.setEnabled(can)

    def _detail_html(self, r: RequestInfo) -> str:
        esc = html.escape
        title = self.tr("Request %1").replace("%1", str(r.id))
        before_word, after_word = self.tr("Before"), self.tr("After")
        head = (f"<b>{esc(title)}: {esc(words.kind_label(r.kind))} · "
                f"{esc(r.subject)}</b> — {esc(words.state_label(r.state))}")
        asked = self.tr("Asked by %1 on %2").replace("%1", r.requested_by).replace(
            "%2", when_text(self.ctx, r.requested_at))
        lines = [head, esc(asked)]
        if r.reason:
            lines.append(esc(self.tr("Reason: %1").replace("%1", r.reason)))
        keys = [k for k in dict.fromkeys([*r.before, *r.after])]
        rows = "".join(
            f"<tr><td>{esc(words.field_label(k))}</td><td>{esc(words.value_text(self.ctx, k, r.before.get(k)))}</td>"
            f"<td><b>{esc(words.value_text(self.ctx, k, r.after.get(k)))}</b></td></tr>" for k in keys)
        table = (f"<table cellspacing='0' cellpadding='3' border='0'><tr><th align='left'></th>"
                 f"<th align='left'>{esc(before_word)}</th><th align='left'>{esc(after_word)}</th></tr>"
                 f"{rows}</table>")
        out = "<br>".join(lines) + table
        if r.decided_by and r.decided_at is not None:
            said = (self.tr("Approved by %1 on %2") if r.state == "approved"
                    else self.tr("Rejected by %1 on %2")).replace("%1", r.decided_by).replace(
                "%2", when_text(self.ctx, r.decided_at))
            if r.decision_note:
                said += ": " + r.decision_note
            out += esc(said)
        return out

    # ---- deciding ---------------------------------------------------------------------------------
    def approve_current(self) -> None:
        r = self.current
        if r is None:
            return
        self.approve_button.setEnabled(False)

        def done(out: RequestInfo) -> None:
            self.message.setText(self.tr("Request %1 approved and applied.").replace("%1", str(out.id)))
            self.ctx.status_message.emit(self.message.text())

        def failed(exc: BaseException) -> None:
            self.message.setText(error_text(exc))
            self._set_buttons()

        self.ctx.call(requests.approve, r.id, write=True, on_done=done, on_error=failed)

    def reject_current(self) -> None:
        r = self.current
        if r is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(self.tr("Say why the request is rejected."))
            self.reason.setFocus()
            return
        self.reject_button.setEnabled(False)

        def done(out: RequestInfo) -> None:
            self.reason.clear()
            self.message.setText(self.tr("Request %1 rejected; nothing was changed.").replace("%1", str(out.id)))
            self.ctx.status_message.emit(self.message.text())

        def failed(exc: BaseException) -> None:
            self.message.setText(error_text(exc))
            self._set_buttons()

        self.ctx.call(requests.reject, r.id, reason, write=True, on_done=done, on_error=failed)


