"""Who may do what: the permission matrix, checked in the services (not only in the UI).

``require(uow, action)`` is the first line of every service that writes. With
users off (``db.role is None``) everything is allowed; a company file opened
while another Duebook holds its lock is read-only and every write is refused.
"""

from __future__ import annotations

from app.models.user import ROLES
from app.services.errors import PermissionDenied
from app.services.unit_of_work import Database, UnitOfWork

ADMINISTRATOR, ACCOUNTANT, CLERK, VIEWER = ROLES

#: action -> (words for a message, roles allowed). Read-only actions are listed so the UI can ask.
ACTIONS: dict[str, tuple[str, frozenset[str]]] = {
    "customer.write": ("change customers", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "customer.delete": ("delete customers", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "document.post": ("post documents", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "document.void": ("void documents", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "application.write": ("apply or unapply payments", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "credit.manage": ("change credit limits and holds", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "credit.override": ("override a credit refusal", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "dunning.commit": ("send dunning letters", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "import": ("import data", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "export": ("export data", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "backup.create": ("make a backup", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "backup.restore": ("restore a backup", frozenset({ADMINISTRATOR})),
    "settings.write": ("change the company settings", frozenset({ADMINISTRATOR})),
    "users.manage": ("manage users", frozenset({ADMINISTRATOR})),
    "audit.view": ("read the audit trail", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "read": ("read the books", frozenset(ROLES)),
    # --- outbox ---
    "mail.send": ("send e-mail", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
}

#: Actions that do not write: allowed on a file opened read-only.
READ_ACTIONS = frozenset({"read", "audit.view", "export", "backup.create"})


def allowed(role: str | None, action: str) -> bool:
    """Whether ``role`` may do ``action`` (users off: always). Unknown actions: administrators only."""
    if role is None:
        return True
    _words, roles = ACTIONS.get(action, (action, frozenset({ADMINISTRATOR})))
    return role in roles


def check(db: Database, action: str) -> None:
    """Raise PermissionDenied (or FileLocked for a write on a read-only file)."""
    if db.read_only and action not in READ_ACTIONS:
        from app.services.locking import locked_error

        raise locked_error(db)
    if not allowed(db.role, action):
        words = ACTIONS.get(action, (action, frozenset()))[0]
        raise PermissionDenied(user=f"{db.user} ({db.role})", action=words)


def require(uow: UnitOfWork, action: str) -> None:
    """First line of a service that writes: refuse if the logged-in role may not ``action``."""
    check(uow.db, action)


def matrix() -> list[tuple[str, str, dict[str, bool]]]:
    """(action, words, {role: allowed}) for the user-management screen."""
    return [(a, words, {r: r in roles for r in ROLES}) for a, (words, roles) in ACTIONS.items()]
