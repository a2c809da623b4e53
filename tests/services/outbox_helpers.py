"""Set up a company's mail server in the outbox tests (through the real settings service)."""

from __future__ import annotations

from app.services.outbox import settings as st
from app.services.unit_of_work import Database
from tests.mailserver import PASSWORD, USER, MailServer


def use_server(db: Database, srv: MailServer, *, password: str | None = PASSWORD, port: int | None = None,
               owner: str = "") -> None:
    st.save_smtp(db.uow(), st.SmtpSettings(host="127.0.0.1", port=port or srv.port, security="starttls",
                                           sender="ar@harbor.example", sender_name="", user=USER,
                                           ca_file=str(srv.ca_file), timeout=10, owner=owner), password)
