"""While the program is open: the automation rules run at start-up and every hour, then what is
waiting is sent, all off the GUI thread; the status bar says "3 messages waiting".

Nothing is asked in the background: when the password is needed and no keyring holds it, the
messages wait (the status bar says so) until the user sends from the Outbox page.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from app.services.errors import DuebookError
from app.services.outbox import schedule, store, transport
from app.services.outbox import settings as st
from app.services.unit_of_work import Database
from app.ui.context import AppContext

log = logging.getLogger(__name__)

FIRST_RUN_MS = 15_000
EVERY_MS = 60 * 60 * 1000


class OutboxRunner(QObject):
    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.label = QLabel()
        self.label.setObjectName("outboxWaiting")
        self.label.setContentsMargins(6, 0, 12, 0)
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.run_now)
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.run_now)
        self.note = ""
        ctx.company_changed.connect(self._company_changed)
        ctx.data_changed.connect(self.refresh)
        self._company_changed()

    def _company_changed(self) -> None:
        self.timer.stop()
        self.first.stop()
        self.note = ""
        self.label.setText("")
        db = self.ctx.db
        if db is None:
            return
        self.refresh()
        if not db.read_only:
            self.first.start(FIRST_RUN_MS)
            self.timer.start()

    def refresh(self) -> None:
        db = self.ctx.db
        if db is None:
            return
        # one small read on the readers' pool: it never waits behind the integrity check on open
        self.ctx.jobs.run(lambda: store.waiting_count(db.read_uow()), lambda n: self._show(db, n),
                          lambda exc: log.warning("outbox count: %s", exc))

    def _show(self, db: Database, n: int) -> None:
        if self.ctx.db is not db:
            return
        text = "" if not n else self.tr("1 message waiting") if n == 1 else \
            self.tr("%1 messages waiting").replace("%1", str(n))
        if n and self.note:
            text += " · " + self.note
        self.label.setText(text)

    def run_now(self) -> None:
        """Run the rules for today and send what is due (in the background)."""
        db = self.ctx.db
        if db is None or db.read_only:
            return
        today = self.ctx.today()

        def work() -> str:
            schedule.run_schedule(db.uow(), today)
            s = st.get_smtp(db.uow())
            if not s.configured or store.waiting_count(db.uow()) == 0:
                return ""
            if s.user and not st.has_password(s):
                return "password"
            report = transport.send_due(db.uow())
            return "offline" if report.offline else ""

        def done(state: str) -> None:
            if self.ctx.db is not db:
                return
            self.note = {"password": self.tr("the mail server password is needed (Outbox > Send now)"),
                         "offline": self.tr("offline")}.get(state, "")
            self.ctx.data_changed.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DuebookError):
                log.warning("automatic mail: %s", exc.message())
            else:
                log.error("automatic mail failed", exc_info=exc)
            self.refresh()

        self.ctx.jobs.run(work, done, failed, background=True)
