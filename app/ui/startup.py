"""Start-up work that needs no Qt, begun before Qt is imported (``python -m app``, ``duebook-gui``).

Importing PySide6, making the application and building the window take about a second of the
GUI thread. Meanwhile a thread opens the company file the program is about to open (``--db``,
else the last file) and reads the dashboard's figures from a reading snapshot; SQLite does that
work outside Python's lock, so the two overlap on the second core. The window then takes the
opened company and, once, those figures instead of starting over. When users are turned on
nothing is read before the login: only the file is opened.

Nothing here is required: whatever the head start did not finish, or did for another file or
another day, is done the usual way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import threading
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app import config
from app.services import company as company_svc
from app.services.dto import AgingRow, Bucket, CompanyInfo, DocumentInfo
from app.services.ledger import aging as aging_svc
from app.services.ledger import postings as ledger_svc
from app.services.unit_of_work import Database, UnitOfWork
from app.version import version

GUI_CACHE_KIB = 16384


#: QApplication's command-line options that take a value (QGuiApplication and QApplication docs).
QT_VALUE_OPTIONS = frozenset({"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry",
                              "-qwindowicon", "-qwindowtitle", "-display", "-geometry", "-style", "-stylesheet",
                              "-session", "-qmljsdebugger"})


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    p = argparse.ArgumentParser(prog="duebook-gui", description="Duebook desktop program")
    p.add_argument("--demo", action="store_true", help="open (or create) the demo company")
    p.add_argument("--db", metavar="PATH", help="open this company file")
    p.add_argument("--version", action="version", version=f"duebook-gui {version()}")
    p.add_argument("--smoke", action="store_true",
                   help="start, render a statement of the first customer, show the window and quit (CI)")
    p.add_argument("--screenshot", metavar="PNG", help="with --smoke: save the window to this file before quitting")
    p.add_argument("--lang", choices=("en", "zh_CN"), help="language of this session")
    p.add_argument("file", nargs="?", metavar="FILE",
                   help="a company file (.duebook) to open, or a backup (.duebak) to restore (a double-click)")
    # Qt's own options that take a value (``-platform offscreen``) go to Qt whole, never as FILE.
    qt_args: list[str] = []
    ours: list[str] = []
    i = 0
    while i < len(argv):
        if argv[i] in QT_VALUE_OPTIONS and i + 1 < len(argv):
            qt_args += argv[i:i + 2]
            i += 2
        else:
            ours.append(argv[i])
            i += 1
    args, rest = p.parse_known_args(ours)
    rest = qt_args + rest
    if args.file and not args.db and not is_backup_file(args.file):
        args.db = args.file
    return args, rest


def is_backup_file(path: str) -> bool:
    return path.lower().endswith(".duebak")


def file_to_open(args: argparse.Namespace) -> str | None:
    """The company file the window opens at start-up: ``--db``, else the last one (not for ``--demo``)."""
    if args.db:
        return str(args.db)
    if args.demo:
        return None
    last = config.load_settings().last_file
    return last if last and Path(last).exists() else None


def gui_page_cache(db: Database) -> None:
    """Give each connection of ``db`` the desktop program's page cache (once, when it is next used)."""
    company_svc.use_page_cache(db, GUI_CACHE_KIB)


def open_company_file(path: str) -> tuple[Database, CompanyInfo, object]:
    """Open a company file and take its write lock (read-only if another Duebook holds it)."""
    db = company_svc.open_company(path)
    try:
        from app.services import locking

        owner: object = locking.try_lock(db)
        info = company_svc.company_info(db.uow())
    except BaseException:
        db.close()
        raise
    return db, info, owner


@dataclass(frozen=True)
class DashboardData:
    as_of: dt.date
    buckets: tuple[Bucket, ...]
    totals: tuple[Decimal, ...]
    unapplied: Decimal
    total: Decimal
    overdue: Decimal
    customers_owing: int
    top: tuple[AgingRow, ...]
    recent: tuple[DocumentInfo, ...]


def load_dashboard(uow: UnitOfWork, as_of: dt.date) -> DashboardData:
    o = aging_svc.overview(uow, as_of, top=10)
    recent = ledger_svc.recent_documents(uow, 15)
    overdue = sum(o.totals[1:], Decimal(0))
    return DashboardData(as_of, o.buckets, o.totals, o.total_unapplied, o.total, overdue, o.customers_owing,
                         o.top, tuple(recent))


class HeadStart:
    """The company file opened, and its dashboard read, on a thread of its own."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.as_of = dt.date.today()
        self._opened: tuple[Database, CompanyInfo, object] | None = None
        self._error: BaseException | None = None
        self._dashboard: DashboardData | None = None
        self._taken = False
        self._dashboard_ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="duebook-head-start", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._opened = open_company_file(self.path)
        except BaseException as exc:  # handed to whoever takes the company (a message box there)
            self._error = exc
            self._dashboard_ready.set()
            return
        try:
            db = self._opened[0]
            if db.is_sqlite:
                gui_page_cache(db)
            from app.services import users

            if not users.users_enabled(db.read_uow()):  # with users on, nothing is read before the login
                self._dashboard = load_dashboard(db.read_uow(), self.as_of)
        except Exception:  # the page reads them again and reports what went wrong
            self._dashboard = None
        finally:
            self._dashboard_ready.set()

    def take_company(self, path: str) -> tuple[Database, CompanyInfo, object] | None:
        """The opened company, once, if it is ``path`` (waits for the open); raises what the open raised."""
        if self._taken or Path(path) != Path(self.path):
            return None
        self._taken = True
        while self._opened is None and self._error is None and self._thread.is_alive():
            self._thread.join(0.05)
        if self._error is not None:
            raise self._error
        return self._opened

    def take_dashboard(self, db: Database, as_of: dt.date) -> DashboardData | None:
        """The dashboard's figures, once, if they were read from ``db`` for ``as_of`` (waits for them)."""
        if not self._taken or self._opened is None or self._opened[0] is not db or as_of != self.as_of:
            return None
        self._dashboard_ready.wait()
        data, self._dashboard = self._dashboard, None
        return data

    def abandon(self) -> None:
        """Nobody took the company (another file was opened): close it."""
        if not self._taken:
            self._taken = True
            self._thread.join()
            if self._opened is not None:
                self._opened[0].close()


_head_start: HeadStart | None = None


def begin(argv: list[str]) -> None:
    """Start the head start for the file the window will open (nothing for ``--demo`` or no file)."""
    global _head_start
    args, _ = parse_args(argv)
    path = file_to_open(args)
    if path is not None and _head_start is None:
        _head_start = HeadStart(path)


def head_start() -> HeadStart | None:
    return _head_start


def opened(path: str) -> tuple[Database, CompanyInfo, object]:
    """``open_company_file(path)``, taken from the head start when it opened this very file."""
    hs = _head_start
    if hs is not None:
        got = hs.take_company(path)
        if got is not None:
            return got
        hs.abandon()  # another file after all: let go of the one opened ahead
    return open_company_file(path)


def dashboard(uow: UnitOfWork, as_of: dt.date, db: Database) -> DashboardData:
    """The dashboard's figures: read ahead at start-up for this company and day, else now.

    Runs off the GUI thread (it may wait for the head start to finish reading).
    """
    hs = _head_start
    ahead = hs.take_dashboard(db, as_of) if hs is not None else None
    return ahead if ahead is not None else load_dashboard(uow, as_of)


def run() -> int:
    """``duebook-gui`` / ``python -m app``: the head start first, then Qt and the window."""
    import sys

    begin(sys.argv[1:])
    from app.ui.main import main

    return main()
