"""The dashboard's alerts (PRODUCT §8c, INTERCHANGE §11): counts by severity, the list, dismissal.

Alerts are recomputed in a background job after the dashboard's figures; a double-click opens
the customer's ledger; "Dismiss…" asks for a note and keeps it (the alert stays listed under
"Show dismissed").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.alerts import detect
from app.services.alerts.detect import Alert, AlertList
from app.services.customers import records as customers_svc
from app.ui.context import AppContext
from app.ui.errors import error_text, show_error
from app.ui.widgets import Column, ListModel, fit_columns, make_table

SEVERITY_COLORS = {"critical": "#c62828", "warning": "#ef6c00", "info": "#1565c0"}


def severity_label(severity: str) -> str:
    return {
        "critical": QCoreApplication.translate("Alerts", "Critical"),
        "warning": QCoreApplication.translate("Alerts", "Warning"),
        "info": QCoreApplication.translate("Alerts", "Info"),
    }.get(severity, severity)


def kind_label(kind: str) -> str:
    return {
        "unusual_amount": QCoreApplication.translate("Alerts", "Unusual amount"),
        "paying_slower": QCoreApplication.translate("Alerts", "Paying slower"),
        "limit_jump": QCoreApplication.translate("Alerts", "Credit limit jump"),
        "dormant_return": QCoreApplication.translate("Alerts", "Dormant customer returns"),
        "possible_duplicate": QCoreApplication.translate("Alerts", "Possible duplicate"),
        "broken_promise": QCoreApplication.translate("Alerts", "Broken promise"),
        "grade_drop": QCoreApplication.translate("Alerts", "Grade drop"),
    }.get(kind, kind)


def _doc_kind(kind: str) -> str:
    return (QCoreApplication.translate("Alerts", "Invoice") if kind == "invoice"
            else QCoreApplication.translate("Alerts", "Payment"))


def reason_text(a: Alert) -> str:
    """The alert's reason in the chosen language, from its code and figures."""
    templates = {
        "unusual_amount.median": QCoreApplication.translate(
            "Alerts", "%kind %number of %amount is more than 5 times the median (%median) of the customer's "
                      "%count earlier documents of this kind in 24 months"),
        "unusual_amount.p99": QCoreApplication.translate(
            "Alerts", "%kind %number of %amount is above the 99th percentile (%p99) of the customer's %count "
                      "earlier documents of this kind in 24 months"),
        "paying_slower": QCoreApplication.translate(
            "Alerts", "Paid in %recent days on average over the last 90 days (%recent_count invoices), against "
                      "%older days in the 12 months before (%older_count invoices)"),
        "limit_jump.over": QCoreApplication.translate(
            "Alerts", "Went over the credit limit of %limit: utilization %before% 30 days ago, %after% now"),
        "limit_jump.rise": QCoreApplication.translate(
            "Alerts", "Utilization rose from %before% to %after% of the credit limit of %limit within 30 days"),
        "dormant_return": QCoreApplication.translate(
            "Alerts", "Invoice %number of %amount after %days days without an invoice, above the median "
                      "(%median) of the earlier ones"),
        "possible_duplicate.invoice": QCoreApplication.translate(
            "Alerts", "Invoice %number has the same date (%date) and amount (%amount) as invoice %other"),
        "possible_duplicate.payment": QCoreApplication.translate(
            "Alerts", "Payment %number has the same reference (%reference) as payment %other"),
        "broken_promise": QCoreApplication.translate(
            "Alerts", "The payment of %amount promised for invoice %number by %promised_on did not arrive"),
        "grade_drop": QCoreApplication.translate("Alerts", "Grade fell from %before to %after within 90 days"),
    }
    text = templates.get(a.code)
    if text is None:
        return a.reason
    values: dict[str, Any] = dict(a.params)
    if "kind" in values:
        values["kind"] = _doc_kind(str(values["kind"]))
    for key in sorted(values, key=len, reverse=True):  # %recent_count before %recent
        text = text.replace(f"%{key}", str(values[key]))
    return text


class AlertsPanel(QFrame):
    """Counts by severity, the alerts as of today, and "Dismiss…" with a note."""

    loaded = Signal(object)  # AlertList

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("alertsPanel")
        self.data: AlertList | None = None
        self.counts = QLabel(self.tr("Loading…"))
        self.counts.setObjectName("alertCounts")
        self.show_dismissed = QCheckBox(self.tr("Show dismissed"))
        self.show_dismissed.setObjectName("showDismissed")
        self.show_dismissed.toggled.connect(lambda _on: self.reload())
        self.dismiss_button = QPushButton(self.tr("Dismiss…"))
        self.dismiss_button.setObjectName("dismissAlert")
        self.dismiss_button.setEnabled(False)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        head = QHBoxLayout()
        head.addWidget(self.counts, 1)
        head.addWidget(self.show_dismissed)
        head.addWidget(self.dismiss_button)

        self.model: ListModel[Alert] = ListModel([
            Column(self.tr("Severity"), lambda a: severity_label(a.severity),
                   color=lambda a: QColor("#888" if a.dismissed else SEVERITY_COLORS.get(a.severity, "#333"))),
            Column(self.tr("Customer"), lambda a: a.customer_name or a.customer, tip=self._tip),
            Column(self.tr("What"), lambda a: kind_label(a.kind), tip=self._tip),
            Column(self.tr("Since"), lambda a: self.ctx.date(a.detected_on)),
        ], self)
        self.view = make_table(self.model, stretch=2)
        self.view.setObjectName("alertsList")
        fit_columns(self.view, [9, 0, 16, 11])
        self.view.doubleClicked.connect(self.open_selected)
        self.view.activated.connect(self.open_selected)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty = QLabel(self.tr("Loading…"))
        self.empty.setObjectName("alertsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.detail = QLabel()
        self.detail.setObjectName("alertReason")
        self.detail.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(head)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.detail)

    def _tip(self, a: Alert) -> str:
        tip = f"{a.customer} {a.customer_name}\n{reason_text(a)}"
        if a.dismissed:
            tip += "\n" + self.tr("Dismissed: %1").replace("%1", a.note)
        return tip

    def reload(self) -> None:
        db = self.ctx.db
        if db is None:
            return

        def done(found: AlertList) -> None:
            if self.ctx.db is db:  # not for a company closed meanwhile (its pages are gone)
                self.show_alerts(found)

        def failed(exc: BaseException) -> None:
            if self.ctx.db is db:
                self.empty.setText(error_text(exc))

        def read(_kept: object = None) -> None:
            if self.ctx.db is db:
                self.ctx.call(detect.detect, self.ctx.today(), self.show_dismissed.isChecked(), on_done=done,
                              on_error=failed, key=f"alerts-{id(self)}", read=True, background=True)

        # What changed since the last look is worked out and kept first (on the writer, in the
        # background; a file held elsewhere is skipped), so the reading job finds it ready.
        self.ctx.call(detect.refresh, on_done=read, on_error=lambda _exc: read(), write=True, notify=False,
                      key=f"alerts-refresh-{id(self)}", background=True)

    def show_alerts(self, found: AlertList) -> None:
        self.data = found
        n = found.counts()
        parts = [f"<span style='color:{SEVERITY_COLORS[s]}; font-weight:bold'>{severity_label(s)} "
                 f"{self.ctx.number(n[s])}</span>" for s in ("critical", "warning", "info")]
        self.counts.setText("&nbsp;&nbsp;".join(parts))
        self.model.set_rows(found.alerts)
        self.detail.clear()
        self.dismiss_button.setEnabled(False)
        if found.alerts:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(self.tr("Nothing unusual today."))
            self.stack.setCurrentWidget(self.empty)
        self.loaded.emit(found)

    def total(self) -> int:
        return sum(self.data.counts().values()) if self.data is not None else 0

    def selected(self) -> Alert | None:
        idx = self.view.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def _current_changed(self, *_: object) -> None:
        a = self.selected()
        self.detail.setText(reason_text(a) if a else "")
        self.dismiss_button.setEnabled(a is not None and not a.dismissed)

    def open_selected(self, _i: object = None) -> None:
        a = self.selected()
        if a is None:
            return
        self.ctx.call(customers_svc.get_customer, a.customer, key=f"alert-open-{id(self)}",
                      on_done=lambda d: self.ctx.navigate.emit("ledger", d.id))

    def dismiss_selected(self) -> None:
        a = self.selected()
        if a is None or a.dismissed:
            return
        note, ok = QInputDialog.getText(self, self.tr("Dismiss alert"),
                                        self.tr("Why can this alert be set aside? (kept with the alert)"))
        if not ok:
            return
        if not note.strip():
            self.detail.setText(self.tr("A note is needed to dismiss an alert."))
            return
        self.ctx.call(detect.dismiss, a.kind, a.customer, a.document, note.strip(), self.ctx.today(),
                      write=True, on_done=lambda _r: self.reload(), on_error=lambda exc: show_error(self, exc),
                      key=f"alert-dismiss-{id(self)}")
