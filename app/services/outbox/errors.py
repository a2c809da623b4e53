"""The outbox's errors: each a code with parameters (app/ui/errors.py has their words)."""

from __future__ import annotations

from app.services.errors import DuebookError


class SmtpNotConfigured(DuebookError):
    code = "smtp_not_configured"
    template = "no mail server is set up (duebook smtp set --host H --port P --security S --from ADDRESS)"


class SmtpPasswordNeeded(DuebookError):
    """No keyring holds the password and none was given in this session."""

    code = "smtp_password_needed"
    template = "the mail server password of {user} at {host} is needed (this computer has no keyring)"

    def __init__(self, user: str, host: str) -> None:
        super().__init__(user=user, host=host)


class SmtpLoginFailed(DuebookError):
    code = "smtp_login"
    template = "the mail server {host} refused the login of {user}: {detail}"

    def __init__(self, host: str, user: str, reply: str) -> None:
        super().__init__(reply, host=host, user=user)


class SmtpUnreachable(DuebookError):
    code = "smtp_unreachable"
    template = "the mail server {host}:{port} cannot be reached: {detail}"

    def __init__(self, host: str, port: int, reason: str) -> None:
        super().__init__(reason, host=host, port=port)


class SmtpRefused(DuebookError):
    code = "smtp_refused"
    template = "the mail server refused the message: {detail}"

    def __init__(self, reply: str) -> None:
        super().__init__(reply)


class NoEmailAddress(DuebookError):
    code = "no_email_address"
    template = "customer {customer} has no e-mail address"

    def __init__(self, customer: str) -> None:
        super().__init__(customer=customer)
