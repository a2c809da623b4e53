"""The one place a DuebookError becomes a translated message (and a message box)."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import errors as e

log = logging.getLogger(__name__)
shown: list[str] = []  # the last messages shown (tests and the log read them)
_orphans: list[QMessageBox] = []

# Names of the fields services report in ValidationError.field, shown to the user.
FIELD_LABELS: dict[str, object] = {
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "short_name": QT_TRANSLATE_NOOP("Fields", "Short name"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "tax_id": QT_TRANSLATE_NOOP("Fields", "Tax ID"),
    "credit_limit": QT_TRANSLATE_NOOP("Fields", "Credit limit"),
    "warn_ratio": QT_TRANSLATE_NOOP("Fields", "Warn ratio"),
    "payment_terms_days": QT_TRANSLATE_NOOP("Fields", "Payment terms"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "due_date": QT_TRANSLATE_NOOP("Fields", "Due date"),
    "number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "customer": QT_TRANSLATE_NOOP("Fields", "Customer"),
    "lines": QT_TRANSLATE_NOOP("Fields", "Lines"),
    "allocations": QT_TRANSLATE_NOOP("Fields", "Allocation"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "company": QT_TRANSLATE_NOOP("Fields", "Company name"),
    "locale": QT_TRANSLATE_NOOP("Fields", "Language"),
    "contacts": QT_TRANSLATE_NOOP("Fields", "Contacts"),
}


PROBLEM_TEXTS: dict[str, object] = {
    "required": QT_TRANSLATE_NOOP("Errors", "This is needed."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "Too long."),
    "choice": QT_TRANSLATE_NOOP("Errors", "Choose one of the offered values."),
    "range": QT_TRANSLATE_NOOP("Errors", "Out of the allowed range."),
    "negative": QT_TRANSLATE_NOOP("Errors", "Cannot be negative."),
    "format": QT_TRANSLATE_NOOP("Errors", "Not in a valid format."),
    "tax_id": QT_TRANSLATE_NOOP("Errors", "Not a valid tax ID."),
    "duplicate": QT_TRANSLATE_NOOP("Errors", "Already used by another record."),
    "over": QT_TRANSLATE_NOOP("Errors", "More than is open."),
    "order": QT_TRANSLATE_NOOP("Errors", "The dates are in the wrong order."),
    "positive": QT_TRANSLATE_NOOP("Errors", "Must be more than zero."),
}


def problem_text(code: str, message: str) -> str:
    """A field problem in the chosen language: the translated sentence for its code, plus the detail."""
    known = PROBLEM_TEXTS.get(code)
    if known is None:
        return message
    text = QCoreApplication.translate("Errors", str(known))
    return text if text != known or not message else f"{message}"


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def field_label(field: str) -> str:
    label = FIELD_LABELS.get(field)
    return QCoreApplication.translate("Fields", str(label)) if label else field


def error_text(exc: BaseException) -> str:
    """A sentence for the user, in the chosen language where we know the error."""
    if isinstance(exc, e.ValidationErrors):
        return "\n".join(f"{field_label(p.field)}: {problem_text(p.code, p.message)}" for p in exc.problems)
    if isinstance(exc, e.ValidationError):
        return f"{field_label(exc.field)}: {problem_text(exc.code, str(exc.params.get('detail', '')))}"
    if isinstance(exc, e.NotFound):
        return tr("Not found: %1 %2").replace("%1", str(exc.params.get("what", ""))).replace(
            "%2", str(exc.params.get("key", "")))
    if isinstance(exc, e.PermissionDenied):
        return tr("You may not do this (%1).").replace("%1", str(exc.params.get("action", "")))
    if isinstance(exc, e.FileLocked):
        return tr("This company file is open in another Duebook.") + "\n" + exc.message()
    if isinstance(exc, e.CreditRefused):
        return tr("Credit refused.") + "\n" + exc.message()
    if isinstance(exc, e.Cancelled):
        return tr("Cancelled.")
    if isinstance(exc, e.ImportRejected):
        head = tr("The file was not imported; %1 row(s) are wrong.").replace("%1", str(len(exc.errors)))
        return head + "\n" + "\n".join(str(r) for r in exc.errors[:20])
    if isinstance(exc, e.StateError):
        return tr("This cannot be done now.") + "\n" + exc.message()
    if isinstance(exc, e.Conflict):
        return tr("Conflict.") + "\n" + exc.message()
    if isinstance(exc, e.CompanyFileError):
        return tr("The company file cannot be used.") + "\n" + exc.message()
    if isinstance(exc, e.DuebookError):
        return exc.message()
    return tr("An unexpected error happened.") + "\n" + f"{type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Tell the user what went wrong. Unexpected errors are logged with their traceback."""
    if isinstance(exc, e.Cancelled):
        return
    box = QMessageBox(parent)
    box.setWindowTitle(title or tr("Duebook"))
    box.setText(error_text(exc))
    if isinstance(exc, e.DuebookError):
        box.setIcon(QMessageBox.Icon.Warning)
    else:
        log.error("unexpected error", exc_info=exc)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    shown.append(box.text())
    del shown[:-20]
    if parent is None:
        _orphans.append(box)
        box.finished.connect(lambda _r: _orphans.remove(box) if box in _orphans else None)
    box.open()  # never exec(): the event loop keeps running (and tests can see the box)


def problems_by_field(exc: BaseException) -> dict[str, str]:
    """Field -> message, for forms that show each message beside its field."""
    if isinstance(exc, e.ValidationErrors):
        out: dict[str, str] = {}
        for p in exc.problems:
            out.setdefault(p.field, problem_text(p.code, p.message))
        return out
    if isinstance(exc, e.ValidationError):
        return {exc.field: problem_text(exc.code, str(exc.params.get("detail", "")))}
    return {}
