"""``duebook-gui --smoke``: the end-to-end check a build runs (CI, the bundle, the installed wheel).

Once the window is up and the company (``--db``/``--demo``) is open, it renders a statement of the
first customer to PDF through the job runner, saves a screenshot of the window if asked, prints one
line (window title, customer, pages) and quits. The exit status is 1 when an unexpected error was
shown (see ``app.ui.main``) or the statement could not be made.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Callable

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from app.services.customers import records as customers
from app.services.documents.statement_pdf import statement_pdf_bytes
from app.services.ledger import statements
from app.services.unit_of_work import UnitOfWork
from app.ui.context import AppContext


def first_statement(uow: UnitOfWork, as_of: dt.date) -> tuple[str, int]:
    """The first customer's statement of the last 90 days as a PDF: (customer code, pages)."""
    ids = customers.search_ids(uow, customers.CustomerFilter())
    if not ids:
        return "", 0
    st = statements.statement(uow, ids[0], as_of - dt.timedelta(days=90), as_of)
    return st.customer.code, len(PdfReader(io.BytesIO(statement_pdf_bytes(st))).pages)


class SmokeRun:
    """Drives the smoke sequence from the event loop; ``failed`` tells the exit status."""

    def __init__(self, app: QApplication, window: QMainWindow, ctx: AppContext, screenshot: str | None,
                 wants_company: bool, say: Callable[[str], None] = print) -> None:
        self.app, self.window, self.ctx = app, window, ctx
        self.screenshot = screenshot
        self.wants_company = wants_company
        self.say = say
        self.failed = False
        self._tries = 0
        QTimer.singleShot(0, self._shown)  # the first turn of the event loop: the window is on screen
        QTimer.singleShot(200, self._wait_for_company)

    def _shown(self) -> None:
        self.say("smoke: window shown")
        sys.stdout.flush()  # benchmarks/bundle_bench.py times the start-up up to this line

    def _wait_for_company(self) -> None:
        self._tries += 1
        busy = self.ctx.jobs.pending > 0 or (self.wants_company and self.ctx.db is None)
        if busy and self._tries < 1800:  # three minutes at most (the demo company is made on a first start)
            QTimer.singleShot(100, self._wait_for_company)
            return
        if self.ctx.db is None:
            if self.wants_company:
                self._fail("smoke: no company was opened")
            else:
                self._finish("", 0)
            return
        self.ctx.call(first_statement, self.ctx.today(), read=True,
                      on_done=lambda r: self._finish(*r), on_error=lambda e: self._fail(f"smoke: statement: {e}"))

    def _fail(self, text: str) -> None:
        print(text, file=sys.stderr)
        self.failed = True
        self._quit()

    def _finish(self, code: str, pages: int) -> None:
        if code and pages < 1:  # a company with no customers has no statement to render
            self._fail("smoke: the statement has no pages")
            return
        if self.screenshot:
            self.app.processEvents()
            if not self.window.grab().save(self.screenshot):
                self._fail(f"smoke: cannot save {self.screenshot}")
                return
        menus = " ".join(a.text().replace("&", "") for a in self.window.menuBar().actions())
        self.say(f"smoke: {self.window.windowTitle()} | menus: {menus} | statement {code or '-'}: {pages} page(s)")
        self._quit()

    def _quit(self) -> None:
        def later() -> None:
            if self.ctx.jobs.pending:
                QTimer.singleShot(100, later)
                return
            self.window.close()
            self.app.quit()

        later()
