"""The mail server settings (Settings > Mail server), with "Send a test message".

The password field is never filled from anywhere: typed, it goes to the keyring (or, on a
computer without one, is kept for this session only); left empty, the stored one is kept.
``send_outbox`` sends what is waiting off the GUI thread, asking the password once a session
when no keyring holds it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.outbox import settings as st
from app.services.outbox import transport
from app.services.outbox.errors import SmtpPasswordNeeded
from app.ui.context import AppContext
from app.ui.errors import show_error


def ask_password(parent: QWidget | None, s: st.SmtpSettings) -> bool:
    """Ask the mail server password for this session; False when the user declines."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("SmtpSettingsDialog", "Mail server password"),
        QCoreApplication.translate("SmtpSettingsDialog",
                                   "Password of %1 at %2 (kept until Duebook closes; this computer has no keyring):")
        .replace("%1", s.user).replace("%2", s.host), QLineEdit.EchoMode.Password)
    if not ok or not text:
        return False
    st.remember_for_session(s, text)
    return True


def send_outbox(ctx: AppContext, parent: QWidget | None, on_done: Callable[[transport.SendReport], None],
                only: list[int] | None = None) -> None:
    """Send what is due, with a progress dialog and cancel; asks the password when needed."""
    db = ctx.db
    if db is None:
        return

    def work(progress: object) -> transport.SendReport:
        return transport.send_due(db.uow(), only=only, progress=progress)  # type: ignore[arg-type]

    def failed(exc: BaseException) -> None:
        if isinstance(exc, SmtpPasswordNeeded):
            if ask_password(parent, st.get_smtp(db.uow())):
                send_outbox(ctx, parent, on_done, only)
            return
        show_error(parent, exc)
        ctx.data_changed.emit()

    def done(report: transport.SendReport) -> None:
        on_done(report)
        ctx.data_changed.emit()

    ctx.jobs.run(work, done, failed, QCoreApplication.translate("SmtpSettingsDialog", "Sending messages…"),
                 parent=parent)


class SmtpSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("smtpSettingsDialog")
        self.setWindowTitle(self.tr("Mail server"))
        assert ctx.db is not None
        s = st.get_smtp(ctx.db.uow())
        self.host = QLineEdit(s.host)
        self.host.setObjectName("smtpHost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(s.port)
        self.port.setObjectName("smtpPort")
        self.security = QComboBox()
        self.security.setObjectName("smtpSecurity")
        for key, text in (("starttls", self.tr("STARTTLS (port 587)")), ("ssl", self.tr("SSL/TLS (port 465)")),
                          ("none", self.tr("None (not encrypted)"))):
            self.security.addItem(text, key)
        self.security.setCurrentIndex(max(0, self.security.findData(s.security)))
        self.sender_edit = QLineEdit(s.sender)
        self.sender_edit.setObjectName("smtpFrom")
        self.sender_name = QLineEdit(s.sender_name)
        self.sender_name.setPlaceholderText(self.tr("the company's name"))
        self.user = QLineEdit(s.user)
        self.user.setObjectName("smtpUser")
        self.password = QLineEdit()
        self.password.setObjectName("smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged") if s.user and st.has_password(s) else "")
        self.ca_file = QLineEdit(s.ca_file)
        self.ca_file.setPlaceholderText(self.tr("only for a server with its own certificate"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.owner = QLineEdit(s.owner)
        self.owner.setObjectName("smtpReportTo")
        self.owner.setPlaceholderText(self.tr("owner@example.com"))
        self.attempts = QSpinBox()
        self.attempts.setRange(1, 20)
        self.attempts.setValue(s.max_attempts)
        keyring_note = QLabel(self.tr("The password is kept in this computer's keyring, never in the company file.")
                              if st.keyring_usable() else
                              self.tr("This computer has no keyring: the password is kept until Duebook closes "
                                      "and asked again next time."))
        keyring_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("From address"), self.sender_edit)
        form.addRow(self.tr("From name"), self.sender_name)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", keyring_note)
        form.addRow(self.tr("CA certificates"), ca_row)
        form.addRow(self.tr("Report pack to"), self.owner)
        form.addRow(self.tr("Attempts before waiting"), self.attempts)
        self.test_to = QLineEdit()
        self.test_to.setObjectName("smtpTestTo")
        self.test_to.setPlaceholderText(self.tr("your address"))
        self.test_button = QPushButton(self.tr("Send a test message"))
        self.test_button.setObjectName("smtpTest")
        self.test_button.clicked.connect(self.send_test)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        form.addRow(self.tr("Test"), test_row)
        self.outcome = QLabel()
        self.outcome.setObjectName("smtpResult")
        self.outcome.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.outcome)
        lay.addWidget(buttons)
        self.resize(620, 560)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificates"), "", self.tr("Certificates (*.pem *.crt)"))
        if path:
            self.ca_file.setText(path)

    def settings(self) -> st.SmtpSettings:
        return st.SmtpSettings(host=self.host.text().strip(), port=self.port.value(),
                               security=str(self.security.currentData()), sender=self.sender_edit.text().strip(),
                               sender_name=self.sender_name.text().strip(), user=self.user.text().strip(),
                               ca_file=self.ca_file.text().strip(), owner=self.owner.text().strip(),
                               max_attempts=self.attempts.value())

    def _store(self, then: Callable[[], object]) -> None:
        s = self.settings()
        pw = self.password.text() or None

        def done(_in_keyring: bool) -> None:
            self.password.clear()
            then()

        self.ctx.call(st.save_smtp, s, pw, on_done=done, on_error=lambda e: show_error(self, e), write=True)

    def save(self) -> None:
        self._store(self.accept)

    def send_test(self) -> None:
        to = self.test_to.text().strip()
        self.outcome.setText(self.tr("Sending a test message…"))

        def sent(reply: str) -> None:
            self.outcome.setText(self.tr("The server accepted the test message: %1").replace("%1", reply))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, SmtpPasswordNeeded) and ask_password(self, self.settings()):
                self.send_test()
                return
            self.outcome.setText(self.tr("The test message was not sent."))
            show_error(self, exc)

        self._store(lambda: self.ctx.call(transport.send_test, to, on_done=sent, on_error=failed))
