"""Errors carry a code and parameters; the UI and the CLI turn them into words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class DuebookError(Exception):
    """Root of every error a user can cause. ``code`` is stable; ``params`` fill the message."""

    code = "error"
    template = "{detail}"

    def __init__(self, detail: str = "", **params: Any) -> None:
        self.params = {"detail": detail, **params}
        super().__init__(self.message())

    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return str(self.params.get("detail") or self.code)


class ValidationError(DuebookError):
    """One field is wrong: ``field`` names it, ``code`` says how."""

    code = "invalid"
    template = "{field}: {detail}"

    def __init__(self, field: str, detail: str, code: str = "invalid", **params: Any) -> None:
        self.field = field
        self.code = code
        super().__init__(detail, field=field, **params)


@dataclass(frozen=True)
class FieldProblem:
    field: str
    code: str
    message: str


class ValidationErrors(DuebookError):
    """Several fields are wrong; all are reported at once."""

    code = "invalid_many"

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))


@dataclass(frozen=True)
class RowError:
    """One bad cell of an import: ``file:row:column: reason``."""

    file: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}:{self.column}: {self.reason}"


@dataclass
class ImportRejected(DuebookError):
    errors: list[RowError] = field(default_factory=list)
    code = "import_rejected"

    def __post_init__(self) -> None:
        super().__init__(f"{len(self.errors)} invalid row(s); nothing was imported")


class NotFound(DuebookError):
    code = "not_found"
    template = "{what} not found: {key}"

    def __init__(self, what: str, key: object) -> None:
        super().__init__(what=what, key=key)


class Conflict(DuebookError):
    """A duplicate, or someone else changed the record first."""

    code = "conflict"


class StateError(DuebookError):
    """The action does not fit the record's state (posting a voided document, ...)."""

    code = "state"


class CreditRefused(DuebookError):
    """Posting would take the customer over the limit or is during a hold."""

    code = "credit_refused"
    template = "credit refused for {customer}: {detail}"


class PermissionDenied(DuebookError):
    code = "permission_denied"
    template = "{user} may not {action}"

    def __init__(self, user: str, action: str) -> None:
        super().__init__(user=user, action=action)


class Cancelled(DuebookError):
    code = "cancelled"
    template = "cancelled"


class FileLocked(DuebookError):
    code = "locked"
    template = "{path} is open in another Duebook (process {pid} on {host})"


class CompanyFileError(DuebookError):
    code = "company_file"
