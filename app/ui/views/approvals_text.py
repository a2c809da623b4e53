"""The words of approvals in the program (translated with Qt): kinds, states, the fields of a
request's before/after, the status bar's count, and the audit trail's sentences of each step
(merged into app/ui/views/audit_text.py's tables)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models import money as m
from app.ui.context import AppContext


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


PAGE_TITLE = QT_TRANSLATE_NOOP("Pages", "Requests")

KIND_WORDS: dict[str, str] = {
    "credit_limit": QT_TRANSLATE_NOOP("Approvals", "Credit limit"),
    "write_off": QT_TRANSLATE_NOOP("Approvals", "Write-off"),
    "hold_release": QT_TRANSLATE_NOOP("Approvals", "Release of a hold"),
    "merge": QT_TRANSLATE_NOOP("Approvals", "Merge of customers"),
    "void": QT_TRANSLATE_NOOP("Approvals", "Void"),
}

STATE_WORDS: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Approvals", "Pending"),
    "approved": QT_TRANSLATE_NOOP("Approvals", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Approvals", "Rejected"),
    "all": QT_TRANSLATE_NOOP("Approvals", "All"),
}

FIELD_WORDS: dict[str, str] = {
    "credit_limit": QT_TRANSLATE_NOOP("Approvals", "Credit limit"),
    "warn_ratio": QT_TRANSLATE_NOOP("Approvals", "Warn at"),
    "balance": QT_TRANSLATE_NOOP("Approvals", "Balance"),
    "amount": QT_TRANSLATE_NOOP("Approvals", "Amount"),
    "date": QT_TRANSLATE_NOOP("Approvals", "Date"),
    "invoice": QT_TRANSLATE_NOOP("Approvals", "Invoice"),
    "holds": QT_TRANSLATE_NOOP("Approvals", "Holds"),
    "released": QT_TRANSLATE_NOOP("Approvals", "Released"),
    "kept": QT_TRANSLATE_NOOP("Approvals", "Kept customer"),
    "merged": QT_TRANSLATE_NOOP("Approvals", "Merged customer"),
    "kind": QT_TRANSLATE_NOOP("Approvals", "Kind"),
    "number": QT_TRANSLATE_NOOP("Approvals", "Number"),
    "status": QT_TRANSLATE_NOOP("Approvals", "Status"),
}
MONEY_FIELDS = frozenset({"credit_limit", "balance", "amount"})


def _words(text: str) -> str:
    return QCoreApplication.translate("Approvals", text)


def kind_label(kind: str) -> str:
    words = KIND_WORDS.get(kind)
    return _words(words) if words else kind


def state_label(state: str) -> str:
    words = STATE_WORDS.get(state)
    return _words(words) if words else state


def field_label(key: str) -> str:
    words = FIELD_WORDS.get(key)
    return _words(words) if words else key


def value_text(ctx: AppContext, key: str, value: Any) -> str:
    """A value of a request's before/after as the program shows it."""
    from app.ui.dialogs.entry import kind_label as doc_kind
    from app.ui.dialogs.entry import status_label

    if value is None:
        if key == "credit_limit":
            return QCoreApplication.translate("Approvals", "no limit")
        if key == "merged":
            return QCoreApplication.translate("Approvals", "(removed)")
        return ""
    if key in MONEY_FIELDS:
        try:
            return ctx.money(m.to_decimal(str(value), ctx.digits))
        except (TypeError, ValueError):
            return str(value)
    if key == "warn_ratio":
        try:
            return ctx.percent(Decimal(str(value)))
        except (ArithmeticError, ValueError):
            return str(value)
    if key == "date":
        try:
            return ctx.date(dt.date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if key == "kind":
        return doc_kind(str(value))
    if key == "status":
        return status_label(str(value))
    if isinstance(value, bool):
        return QCoreApplication.translate("Approvals", "Yes") if value else QCoreApplication.translate("Approvals", "No")
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def pending_text(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Approvals", "1 request waits for approval")
    return QCoreApplication.translate("Approvals", "%1 requests wait for approval").replace("%1", str(n))


def saved_as_request_text(request_id: int) -> str:
    """What a dialog says when its change was saved as a request instead of applied."""
    return QCoreApplication.translate(
        "Approvals", "Saved as a request for approval (request %1). It is applied when an approver accepts it "
                     "on the Requests page.").replace("%1", str(request_id))


# The audit trail (app/ui/views/audit_text.py merges these): short names, sentences and their values.
AUDIT_ACTIONS: dict[str, str] = {
    "approval.request": QT_TRANSLATE_NOOP("AuditText", "Approval asked"),
    "approval.approve": QT_TRANSLATE_NOOP("AuditText", "Approved"),
    "approval.apply": QT_TRANSLATE_NOOP("AuditText", "Approved change applied"),
    "approval.reject": QT_TRANSLATE_NOOP("AuditText", "Rejected"),
}
AUDIT_GROUPS: dict[str, str] = {"approval": QT_TRANSLATE_NOOP("AuditText", "Approvals")}
AUDIT_RECORDS: dict[str, str] = {"approval": QT_TRANSLATE_NOOP("AuditText", "Request for approval")}
AUDIT_SENTENCES: dict[str, str] = {
    "approval.request": QT_TRANSLATE_NOOP("AuditText", "Request %1 made: %2 of %3, waiting for an approver: %4"),
    "approval.approve": QT_TRANSLATE_NOOP("AuditText", "Request %1 (%2 of %3, asked by %4) approved"),
    "approval.apply": QT_TRANSLATE_NOOP("AuditText", "Request %1 applied: %2 of %3"),
    "approval.reject": QT_TRANSLATE_NOOP("AuditText", "Request %1 (%2 of %3, asked by %4) rejected: %5"),
}


def audit_fill(action: str, entity_id: str, data: dict[str, Any]) -> list[str]:
    kind = kind_label(str(data.get("kind", "")))
    subject = str(data.get("subject", ""))
    if action == "approval.request":
        return [entity_id, kind, subject, str(data.get("reason", ""))]
    if action == "approval.reject":
        return [entity_id, kind, subject, str(data.get("requested_by", "")), str(data.get("reason", ""))]
    if action == "approval.approve":
        return [entity_id, kind, subject, str(data.get("requested_by", ""))]
    return [entity_id, kind, subject]
