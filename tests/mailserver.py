"""A real SMTP server on loopback for the outbox tests (aiosmtpd), with STARTTLS and login.

``MailServer`` keeps what it received as parsed ``email`` messages. It can refuse chosen
recipients (550, with a reason), or drop the connection right after a message's data were
received (``drop_after_data``), as a flaky server would.
"""

from __future__ import annotations

import email
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "mailer@harbor.example"
PASSWORD = "s3cret-Pässwort-不要泄露"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Handler:
    received: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)
    drop_after_data: bool = False
    keep: bool = True  # False: count the messages only (the benchmark's server)
    count: int = 0

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return f"550 5.1.1 {self.refuse[address]}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        if not self.keep:
            return f"250 2.0.0 Ok: queued as Q{self.count:04d}"
        msg = email.message_from_bytes(envelope.original_content or envelope.content, policy=default_policy)
        self.received.append(msg)  # type: ignore[arg-type]
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        if self.drop_after_data:
            server.transport.close()
            return "421 closing"
        return f"250 2.0.0 Ok: queued as Q{len(self.received):04d}"


def _auth(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER
          and auth_data.password.decode() == PASSWORD)
    return AuthResult(success=ok, handled=False)


@dataclass
class MailServer:
    port: int
    ca_file: Path
    handler: Handler
    controller: Controller | None = None
    _server_ctx: ssl.SSLContext | None = None

    @property
    def received(self) -> list[EmailMessage]:
        return self.handler.received

    def start(self) -> None:
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                     tls_context=self._server_ctx, require_starttls=True, auth_required=True,
                                     authenticator=_auth, auth_require_tls=True)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@contextmanager
def mail_server(tmp: Path, start: bool = True) -> Iterator[MailServer]:
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(ctx)
    ca_file = tmp / "test-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    srv = MailServer(free_port(), ca_file, Handler(), None, ctx)
    if start:
        srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def serve(folder: Path) -> None:
    """``python -m tests.mailserver DIR``: a server in its own process (the benchmark's), as a real
    one would be. Prints ``PORT CA_FILE``; on end of input prints how many messages it received."""
    import sys

    with mail_server(folder) as srv:
        srv.handler.keep = False
        print(srv.port, srv.ca_file, flush=True)
        sys.stdin.read()
        print(srv.handler.count, flush=True)


if __name__ == "__main__":
    import sys

    serve(Path(sys.argv[1]))
