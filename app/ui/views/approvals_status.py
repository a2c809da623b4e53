"""The status bar's "2 requests wait for approval": counted off the GUI thread after every change;
a click opens the Requests page. Hidden when nothing waits."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QPushButton

from app.services.approvals import requests
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.views.approvals_text import pending_text

log = logging.getLogger(__name__)


class PendingRequests(QObject):
    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.count = 0
        self.button = QPushButton()
        self.button.setObjectName("pendingRequests")
        self.button.setFlat(True)
        self.button.setStyleSheet("QPushButton { color: #b35c00; text-decoration: underline; border: none; "
                                  "padding: 0 8px; }")
        self.button.setToolTip(self.tr("Open the Requests page"))
        self.button.clicked.connect(lambda: self.ctx.navigate.emit("requests", None))
        self.button.hide()
        window.statusBar().addPermanentWidget(self.button)
        ctx.company_changed.connect(self.refresh)
        ctx.data_changed.connect(self.refresh)
        ctx.language_changed.connect(lambda _l: self._show(self.ctx.db, self.count) if self.ctx.db else None)
        self.refresh()

    def refresh(self) -> None:
        db = self.ctx.db
        if db is None:
            self._show(None, 0)
            return
        self.ctx.jobs.run(lambda: requests.pending_count(db.read_uow()), lambda n: self._show(db, n),
                          lambda exc: log.warning("pending requests: %s", exc))

    def _show(self, db: Database | None, n: int) -> None:
        if self.ctx.db is not db:
            return
        self.count = n
        self.button.setText(pending_text(n) if n else "")
        self.button.setVisible(bool(n))
