"""What every command needs: the open company, JSON output, dates and money as text.

Parsing the command line imports only this and the standard library: what a command needs
(SQLAlchemy, the models, the services) is imported by the function that runs it, so that
``duebook --help`` and a mistyped option answer at once (tests/cli/test_startup_imports.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.quick.reader import QuickBook
    from app.services.unit_of_work import Database


def fail(message: str) -> int:
    """A user error: one line on stderr, exit 1."""
    print(f"duebook: {message}".replace("\n", " "), file=sys.stderr)
    return 1


def iso_date(text: str) -> dt.date:
    """argparse type for ``YYYY-MM-DD``."""
    from app.services import dates

    try:
        d = dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from exc
    if not dates.in_range(d):
        raise argparse.ArgumentTypeError(dates.out_of_range(d))
    return d


class Context:
    """The command's view of the world: which company, which user."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Database | None = None
        self._others: list[Database] = []
        self._quick: QuickBook | None = None

    @property
    def target(self) -> str:
        from app.config import default_company_target

        return self.args.db or default_company_target()

    def db(self) -> Database:
        """Open the company named by ``--db`` (or the default one)."""
        if self._db is None:
            self._db = self.open(self.target)
        return self._db

    def quick(self) -> QuickBook | None:
        """The company file opened for a quick read-only answer without SQLAlchemy (app.services.quick),
        or None when the ordinary open has something to do (a server, users on, an upgrade, a file left
        by a crash or open in another Duebook, a missing file, ``--user``): then use :meth:`db`."""
        if self._quick is not None:
            return self._quick
        if self._db is not None or getattr(self.args, "user", None) or getattr(self.args, "password_file", None):
            return None
        from app.services.quick.reader import open_quick

        self._quick = open_quick(self.target)
        return self._quick

    def open(self, target: str, action: str | None = None) -> Database:
        """THE way a command opens a company (``--db``, a restore's ``--to``, a transfer's ``--from``):
        its write lock is taken (read-only when another Duebook holds it), the user logs in
        when users are on, and ``action`` (when given) is checked against that login."""
        from app.services import users
        from app.services.company import open_company
        from app.services.permissions import check
        from app.services.safety.backup import before_upgrade

        if self._db is not None and target == self.target:
            db = self._db
        else:
            # An older file is backed up before its schema is upgraded.
            db = open_company(target, before_upgrade=before_upgrade)
            try:
                if getattr(self.args, "user", None):
                    db.user = self.args.user
                users.cli_login(db, getattr(self.args, "user", None), getattr(self.args, "password_file", None))
            except BaseException:
                db.close()
                raise
            if target == self.target:
                self._db = db
            else:
                self._others.append(db)
        if action is not None:
            check(db, action)
        return db

    def adopt(self, db: Database) -> None:
        self._db = db

    def close(self) -> None:
        if self._quick is not None:
            self._quick.close()
            self._quick = None
        for other in self._others:
            other.close()
        self._others.clear()
        if self._db is not None:
            self._db.close()
            self._db = None

    def money(self, value: Decimal | None) -> str | None:
        from app.models import money as m

        if value is None:
            return None
        digits = self._db.digits if self._db is not None else 2
        return m.format_plain(value, digits)


def to_jsonable(value: Any, digits: int = 2) -> Any:
    """Decimals become strings with the currency's digits, dates ISO strings."""
    import dataclasses

    from app.models import money as m

    if isinstance(value, Decimal):
        return m.format_plain(value, digits)
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name), digits) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v, digits) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v, digits) for v in value]
    return value


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: list[str], rows: list[list[str]], right: set[int] | None = None) -> None:
    """Plain aligned columns for a person at a terminal (East Asian wide characters count double)."""
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)

    from app.services.text import printable

    right = right or set()
    rows = [[printable(c) for c in r] for r in rows]  # an ESC in old data never reaches the terminal
    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def fmt(cells: list[str]) -> str:
        out = []
        for i, c in enumerate(cells):
            pad = " " * (cols[i] - width(c))
            out.append(pad + c if i in right else c + pad)
        return "  ".join(out).rstrip()

    print(fmt(headers))
    print("  ".join("-" * w for w in cols))
    for r in rows:
        print(fmt(r))


class TerminalProgress:
    """Long work's progress as a percentage on stderr when it is a terminal; silent otherwise.

    The ``progress`` that services take (``update(done, total)``, ``cancelled()``): a script's
    output stays clean, a person at a terminal sees it move. ``label`` goes before the figure.
    """

    def __init__(self, label: str = "") -> None:
        self.tty = sys.stderr.isatty()
        self.label = label
        self.last = -1

    def update(self, done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        if self.tty and pct != self.last:
            self.last = pct
            print(f"\r{self.label}{pct:3d} %", end="", file=sys.stderr, flush=True)

    def cancelled(self) -> bool:
        return False

    def finish(self) -> None:
        if self.tty and self.last >= 0:
            print("\r" + " " * (len(self.label) + 6) + "\r", end="", file=sys.stderr, flush=True)
