"""The credit override dialog: a refused invoice may still be posted by a permitted user
who writes down why. The reason goes to the override record and the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import CreditRefused
from app.ui.errors import error_text


class OverrideDialog(QDialog):
    """Shows why the posting was refused and asks for a written reason (OK only with one)."""

    def __init__(self, exc: CreditRefused, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Credit refused"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        self.message = QLabel(error_text(exc))
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        hint = QLabel(self.tr("You may post it anyway if you are allowed to override credit refusals. "
                              "Write down why; the reason is kept with the invoice in the audit trail."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        lay.addWidget(QLabel(self.tr("Reason for the override:")))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("e.g. approved by the owner; payment promised by Friday"))
        self.reason.setTabChangesFocus(True)
        lay.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Override and post"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.reason.textChanged.connect(self._changed)
        self.reason.setFocus()

    def _changed(self) -> None:
        self.ok.setEnabled(bool(self.reason_text()))

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


def ask_override_reason(parent: QWidget | None, exc: CreditRefused) -> str:
    """The reason typed in the dialog, or '' when the user cancels."""
    dlg = OverrideDialog(exc, parent)
    try:
        return dlg.reason_text() if dlg.exec() == QDialog.DialogCode.Accepted else ""
    finally:
        dlg.deleteLater()
