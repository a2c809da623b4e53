"""The desktop program (PySide6). Services do the work; the UI shows DTOs."""

# Start-up: the services (SQLAlchemy, the models) are imported before PySide6. Once PySide6 is
# imported it hooks every later import (for its optional ``__feature__`` switches) and reads the
# source file of each module that imports something: SQLAlchemy's and ours, about 300 files and
# 0.1-0.2 s of CPU before the window can open. These are the services the window uses at start-up
# (open, lock, login, integrity check, the dashboard); importing them first changes nothing else.
import app.services.collections.reminders
import app.services.company
import app.services.customers.records
import app.services.ledger.aging
import app.services.ledger.postings
import app.services.locking
import app.services.safety.backup
import app.services.users  # noqa: F401
