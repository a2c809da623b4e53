"""The errors of approvals: each a code with parameters (app/ui/errors.py has their words)."""

from __future__ import annotations

from app.services.errors import DuebookError


class OwnRequest(DuebookError):
    """The person who asked for a change cannot also accept it."""

    code = "approval_own_request"
    template = "{user} asked for request {request}: another approver must accept or reject it"

    def __init__(self, request: int, user: str) -> None:
        super().__init__(request=request, user=user)


class AlreadyDecided(DuebookError):
    code = "approval_decided"
    template = "request {request} is already {state}"

    def __init__(self, request: int, state: str) -> None:
        super().__init__(request=request, state=state)


class ApprovalNeeded(DuebookError):
    """A service called directly (not through a gate of approvals.requests) for a change that needs approval."""

    code = "approval_needed"
    template = "a {what} above {threshold} needs an approver: ask for it as a request"

    def __init__(self, what: str, threshold: str) -> None:
        super().__init__(what=what, threshold=threshold)
