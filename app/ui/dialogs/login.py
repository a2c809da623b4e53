"""Logging in when users are on, and locking the program after some idle minutes.

``login_if_needed(ctx, parent)`` shows :class:`LoginDialog` when the open company has
users on (and does nothing for a one-person office). :class:`IdleLock` watches the
keyboard and mouse of the whole application and, after the company's idle minutes,
asks for the password again (the data stays hidden behind the modal dialog).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import users
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.errors import error_text


class LoginDialog(QDialog):
    """User name and password. A wrong password says so; repeated failures make the user wait."""

    def __init__(self, db: Database, parent: QWidget | None = None, company: str = "",
                 username: str = "", locked: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.info: users.UserInfo | None = None
        self.setWindowTitle(self.tr("Log in") if not locked else self.tr("Duebook is locked"))
        head = QLabel(self.tr("Log in to %1").replace("%1", company) if company else self.tr("Log in"))
        head.setStyleSheet("font-weight: bold;")
        self.username = QLineEdit(username)
        self.username.setObjectName("loginUser")
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        if locked:
            self.username.setReadOnly(True)
            self.message.setText(self.tr("Locked after a while without use. Enter your password."))
        form = QFormLayout()
        form.addRow(self.tr("User"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def accept(self) -> None:
        """Check the password (Argon2: a few tens of milliseconds)."""
        try:
            self.info = users.login(self.db, self.username.text().strip(), self.password.text())
        except users.LoginRefused as exc:
            self.password.clear()
            self.password.setFocus()
            self.message.setText(error_text(exc))
            return
        super().accept()


def login_if_needed(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """With users on, ask who works (False: the user gave up, close the company)."""
    db = ctx.db
    if db is None or not users.users_enabled(db.uow()):
        return True
    dlg = LoginDialog(db, parent, ctx.company.name if ctx.company else "")
    return dlg.exec() == QDialog.DialogCode.Accepted


class IdleLock(QObject):
    """Emits ``locked`` after ``minutes`` without keyboard or mouse input (0 = never)."""

    locked = Signal()
    INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                       QEvent.Type.Wheel, QEvent.Type.TouchBegin})

    def __init__(self, minutes: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.last_input = time.monotonic()
        self.is_locked = False
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, minutes)
        self.last_input = time.monotonic()
        if self.minutes:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT:
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_input

    def check(self) -> None:
        if self.minutes and not self.is_locked and self.idle_seconds() >= self.minutes * 60:
            self.is_locked = True
            self.locked.emit()

    def unlock(self) -> None:
        self.is_locked = False
        self.last_input = time.monotonic()


def relogin(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """The idle lock's dialog: the same user types the password again (True when unlocked)."""
    db = ctx.db
    if db is None:
        return True
    dlg = LoginDialog(db, parent, ctx.company.name if ctx.company else "", username=db.user, locked=True)
    return dlg.exec() == QDialog.DialogCode.Accepted
