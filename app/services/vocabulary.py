"""Words the program and the command line share with the models, and how a company target reads.

The document kinds and payment methods are the models' (their check constraints); the UI and the
command line take them from here, never from ``app.models`` (an import-linter contract: only
``app.models.money`` is theirs to import). ``shown`` is a file path or server URL as it may be
shown or logged (never with its password); ``company_file`` the file of a target (None for a
server). Kernel: no other service module.
"""

from __future__ import annotations

from pathlib import Path

from app.models import db as _db
from app.models.ledger import CREDIT_KINDS, KINDS, PAYMENT_METHODS

__all__ = ["CREDIT_KINDS", "KINDS", "PAYMENT_METHODS", "company_file", "shown"]


def shown(target: str) -> str:
    """A file path or URL as it may be shown or logged: never with the password."""
    return _db.shown(target)


def company_file(target: str) -> Path | None:
    """The company file a target names (a path or a ``sqlite:`` URL); None for a server database."""
    return _db.sqlite_path(_db.to_url(target))
