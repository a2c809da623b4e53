"""File > Connect to server: open the company that an office keeps on a PostgreSQL server.

Host, port, database and user are remembered; the password is kept in the
operating system's keyring when the user ticks the box (never in settings).
When the server cannot be reached the dialog says so in plain words and
offers to open the latest local backup read-only instead.

Wiring (main window): ``ConnectServerDialog(ctx, self).open()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.company import ServerLoginFailed, ServerUnreachable, company_info
from app.services.dto import CompanyInfo
from app.services.errors import ValidationErrors
from app.services.server import connection as server
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.errors import error_text


def _open_server(profile: server.ServerProfile, password: str) -> tuple[Database, CompanyInfo]:
    db = server.connect(profile, password)
    try:
        return db, company_info(db.uow())
    except BaseException:
        db.close()
        raise


def _open_backup(path: Path) -> tuple[Database, CompanyInfo]:
    db = server.open_backup_read_only(path)
    try:
        return db, company_info(db.uow())
    except BaseException:
        db.close()
        raise


class ConnectServerDialog(QDialog):
    """Connection details, a Connect button, and the read-only fallback when the server is down."""

    connected = Signal(object)  # the Database now open in ctx (server or read-only backup)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Connect to server"))
        self.setMinimumWidth(420)
        saved = server.load_profile() or server.ServerProfile()
        self.host = QLineEdit(saved.host)
        self.host.setObjectName("serverHost")
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(saved.port)
        self.database = QLineEdit(saved.database)
        self.database.setObjectName("serverDatabase")
        self.user = QLineEdit(saved.user)
        self.user.setObjectName("serverUser")
        self.schema = QLineEdit(saved.schema)
        self.schema.setObjectName("serverSchema")
        self.schema.setPlaceholderText(self.tr("optional"))
        self.password = QLineEdit((server.saved_password(saved) or "") if saved.user else "")
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep the password in this computer's keyring"))
        self.remember.setObjectName("serverRemember")
        self.remember.setChecked(bool(self.password.text()))
        self.message = QLabel()
        self.message.setObjectName("serverMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.fallback = QPushButton()
        self.fallback.setObjectName("serverOpenBackup")
        self.fallback.hide()
        self.fallback.clicked.connect(self._open_latest_backup)
        self._backup: Path | None = None

        form = QFormLayout()
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Schema"), self.schema)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("serverConnect")
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.fallback)
        lay.addWidget(self.buttons)

    def profile(self) -> server.ServerProfile:
        return server.ServerProfile(self.host.text(), self.port.value(), self.database.text(), self.user.text(),
                                    self.schema.text())

    def _busy(self, busy: bool, text: str = "") -> None:
        for w in (self.host, self.port, self.database, self.schema, self.user, self.password, self.remember,
                  self.connect_button, self.fallback):
            w.setEnabled(not busy)
        self.message.setStyleSheet("color: palette(text);" if busy else "color: #b00020;")
        self.message.setText(text)

    def _connect(self) -> None:
        try:
            profile = server.check_profile(self.profile())
        except ValidationErrors as exc:
            self.message.setText(error_text(exc))
            return
        password = self.password.text()
        self.fallback.hide()
        self._busy(True, self.tr("Connecting to %1 ...").replace("%1", profile.host))
        self.ctx.jobs.run(lambda: _open_server(profile, password),
                          lambda result: self._connected(profile, password, result), self._failed)

    def _connected(self, profile: server.ServerProfile, password: str,
                   result: tuple[Database, CompanyInfo]) -> None:
        db, info = result
        server.save_profile(profile)
        note = ""
        if self.remember.isChecked() and password:
            if not server.store_password(profile, password):
                note = self.tr("This computer has no keyring: the password will be asked each time.")
        else:
            server.forget_password(profile)
        self._busy(False, note)
        self.ctx.set_database(db, info)
        self.ctx.status_message.emit(self.tr("Connected to %1").replace("%1", profile.label()))
        self.connected.emit(db)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ServerUnreachable):
            text = self.tr("The server cannot be reached right now. Nothing was changed.") + "\n" + error_text(exc)
            self._backup = server.latest_backup()
            if self._backup is not None:
                self.fallback.setText(self.tr("Open the latest backup read-only (%1)").replace(
                    "%1", self._backup.name))
                self.fallback.show()
            else:
                text += "\n" + self.tr("There is no local backup to open instead.")
        elif isinstance(exc, ServerLoginFailed):
            text = error_text(exc)
        else:
            text = error_text(exc)
        self.message.setText(text)

    def _open_latest_backup(self) -> None:
        path = self._backup
        if path is None:
            return
        self._busy(True, self.tr("Opening %1 ...").replace("%1", path.name))

        def done(result: tuple[Database, CompanyInfo]) -> None:
            db, info = result
            self._busy(False)
            self.ctx.set_database(db, info)
            self.ctx.status_message.emit(self.tr("Opened the backup %1 read-only").replace("%1", path.name))
            self.connected.emit(db)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._busy(False, error_text(exc))
            self.fallback.show()

        self.ctx.jobs.run(lambda: _open_backup(path), done, failed)
