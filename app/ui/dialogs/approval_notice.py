"""The message a dialog shows when its change was saved as a request for approval instead of applied."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.approvals.requests import Gated, RequestInfo
from app.ui.context import AppContext
from app.ui.views.approvals_text import saved_as_request_text


def tell_saved_as_request(ctx: AppContext, parent: QWidget | None, request: RequestInfo) -> QMessageBox:
    """Say (without blocking) that the change waits for an approver; the status bar says it too."""
    text = saved_as_request_text(request.id)
    ctx.status_message.emit(text)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Approvals", "Saved as a request"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("savedAsRequest")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def told(ctx: AppContext, parent: QWidget | None, result: object) -> bool:
    """When ``result`` (a gate's answer) is a request: tell the user and return True."""
    if isinstance(result, Gated) and result.request is not None:
        tell_saved_as_request(ctx, parent, result.request)
        return True
    return False
