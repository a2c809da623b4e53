"""Settings > E-mail and automation: the mail server (with a test message) and the automation rules."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.context import AppContext


class MailSettingsGroup(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mailSettings")
        self.setTitle(self.tr("E-mail and automation"))
        self.server_btn = QPushButton(self.tr("Mail server…"))
        self.server_btn.setObjectName("mailServerSettings")
        self.rules_btn = QPushButton(self.tr("Automation and message templates…"))
        self.rules_btn.setObjectName("automationSettings")
        note = QLabel(self.tr("Statements, letters and reminders go out through the Outbox."))
        note.setStyleSheet("color: #666;")
        self.server_btn.clicked.connect(self.open_server)
        self.rules_btn.clicked.connect(self.open_rules)
        lay = QHBoxLayout(self)
        lay.addWidget(self.server_btn)
        lay.addWidget(self.rules_btn)
        lay.addWidget(note, 1)
        self.setEnabled(ctx.db is not None)
        self.setMaximumWidth(960)

    def open_server(self) -> QWidget:
        from app.ui.dialogs.smtp_settings import SmtpSettingsDialog

        dlg = SmtpSettingsDialog(self.ctx, self)
        dlg.open()
        return dlg

    def open_rules(self) -> QWidget:
        from app.ui.dialogs.automation import AutomationDialog

        dlg = AutomationDialog(self.ctx, self)
        dlg.open()
        return dlg
