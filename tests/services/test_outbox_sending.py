"""The outbox sends over a real SMTP server (aiosmtpd on loopback, STARTTLS with a test CA, login).

What a bookkeeper relies on: a message queued while the server is down waits and goes once
when it is back; a message whose connection dropped after its data is marked for checking and
never sent again by itself; a refused recipient fails with the server's reason while the others
go; Chinese names, subjects and attachment names arrive readable.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, CommunicationEntry
from app.services.company import company_info
from app.services.documents import pdf
from app.services.outbox import settings as st
from app.services.outbox import store, transport
from app.services.outbox.errors import SmtpLoginFailed, SmtpPasswordNeeded
from app.services.unit_of_work import Database
from tests.conftest import MemoryKeyring
from tests.mailserver import PASSWORD, MailServer, mail_server
from tests.services.ledger_helpers import customer
from tests.services.outbox_helpers import use_server


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MailServer]:
    with mail_server(tmp_path) as srv:
        yield srv


def _pdf(db: Database, text: str) -> bytes:
    return pdf.build_pdf_bytes([pdf.para(text)], company=company_info(db.uow()), lang="zh_CN", title=text)


def _queue(db: Database, to: str = "buyer@example.com", subject: str = "Statement", cid: int | None = None,
           attach: bytes | None = None, name: str = "statement.pdf") -> int:
    atts = (store.Attachment(name, attach),) if attach else ()
    return store.queue(db.uow(), store.Draft("statement", (to,), subject, "Hello,\nplease find it attached.",
                                             "<p>Hello</p>", customer_id=cid, attachments=atts)).id


def test_a_chinese_statement_arrives_readable_with_its_pdf(db: Database, server: MailServer, tmp_path: Path,
                                                           memory_keyring: MemoryKeyring) -> None:
    customer(db, "C1", "上海华东贸易有限公司", email="caiwu@huadong.example", language="zh_CN")
    use_server(db, server)
    mid = _queue(db, "caiwu@huadong.example", "对账单 2026年1月 — 上海华东贸易有限公司", cid=1,
                 attach=_pdf(db, "对账单 上海华东贸易有限公司"), name="对账单_C1_2026-01.pdf")
    report = transport.send_due(db.uow())
    assert report.sent == [mid] and not report.failed
    [msg] = server.received
    assert msg["Subject"] == "对账单 2026年1月 — 上海华东贸易有限公司"
    raw_subject = msg.get_all("Subject")
    assert raw_subject
    assert "=?utf-8?" in server.received[0].as_string().lower()  # encoded on the wire, decoded above
    assert msg["To"].addresses[0].addr_spec == "caiwu@huadong.example"
    assert msg["To"].addresses[0].display_name == "上海华东贸易有限公司"
    assert msg["From"].addresses[0].display_name == "Test Trading Co"
    info = store.get_message(db.uow(), mid)
    assert msg["Message-ID"] == info.info.message_id
    assert msg.get_body(("plain",)).get_content().startswith("Hello,")
    assert "<p>Hello</p>" in msg.get_body(("html",)).get_content()
    [att] = list(msg.iter_attachments())
    assert att.get_filename() == "对账单_C1_2026-01.pdf"
    out = tmp_path / "a.pdf"
    out.write_bytes(att.get_content())
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "上海华东贸易有限公司" in text
    assert info.info.status == "sent" and info.server_id == "Q0001"
    with db.uow() as uow:
        log = uow.session.execute(select(CommunicationEntry.channel, CommunicationEntry.summary)).all()
    assert [c for c, _ in log] == ["email"] and "对账单 2026年1月" in log[0][1]


def test_server_down_keeps_messages_queued_and_back_sends_each_once(db: Database, tmp_path: Path,
                                                                    memory_keyring: MemoryKeyring) -> None:
    with mail_server(tmp_path, start=False) as srv:
        use_server(db, srv)
        ids = [_queue(db, f"c{i}@example.com") for i in range(3)]
        down = transport.send_due(db.uow())
        assert down.offline and down.sent == [] and down.waiting == ids
        assert {m.status for m in store.list_messages(db.uow())} == {"queued"}
        assert store.waiting_count(db.uow()) == 3
        srv.start()
        back = transport.send_due(db.uow())
        assert back.sent == ids
        again = transport.send_due(db.uow())
        assert again.sent == [] and again.waiting == []
        assert sorted(str(m["To"]) for m in srv.received) == [f"c{i}@example.com" for i in range(3)]


def test_a_drop_after_data_is_marked_for_checking_and_not_sent_again(db: Database, server: MailServer,
                                                                     memory_keyring: MemoryKeyring) -> None:
    use_server(db, server)
    first, second = _queue(db, "a@example.com"), _queue(db, "b@example.com")
    server.handler.drop_after_data = True
    report = transport.send_due(db.uow())
    assert report.check == [first] and report.sent == []
    assert store.get_message(db.uow(), first).info.status == "check"
    server.handler.drop_after_data = False
    later = transport.send_due(db.uow())
    assert later.sent == [second]  # the one to check is not among them
    assert [str(m["To"]) for m in server.received] == ["a@example.com", "b@example.com"]
    assert store.get_message(db.uow(), first).info.status == "check"
    new = store.resend(db.uow(), first)  # the user decides: send it again, as a new message
    assert new.message_id != store.get_message(db.uow(), first).info.message_id
    assert transport.send_due(db.uow()).sent == [new.id]


def test_a_refused_recipient_fails_with_the_servers_reason_and_the_others_go(
        db: Database, server: MailServer, memory_keyring: MemoryKeyring) -> None:
    use_server(db, server)
    server.handler.refuse["nobody@example.com"] = "mailbox nobody unknown"
    ok1, bad, ok2 = _queue(db, "a@example.com"), _queue(db, "nobody@example.com"), _queue(db, "b@example.com")
    report = transport.send_due(db.uow())
    assert report.sent == [ok1, ok2]
    assert [(i, "mailbox nobody unknown" in why) for i, why in report.failed] == [(bad, True)]
    failed = store.get_message(db.uow(), bad).info
    assert failed.status == "failed" and failed.attempts == 1 and "550" in failed.error
    assert failed.next_attempt_at is None  # a permanent refusal waits for the user
    assert transport.send_due(db.uow()).failed == []  # not retried by itself
    server.handler.refuse.clear()
    store.retry(db.uow(), bad)
    assert transport.send_due(db.uow()).sent == [bad]


def test_wrong_password_is_refused_and_nothing_changes(db: Database, server: MailServer,
                                                      memory_keyring: MemoryKeyring) -> None:
    use_server(db, server, password="wrong")
    mid = _queue(db)
    with pytest.raises(SmtpLoginFailed):
        transport.send_due(db.uow())
    assert store.get_message(db.uow(), mid).info.status == "queued"


def test_without_a_keyring_the_password_is_asked_once_per_session(db: Database, server: MailServer,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(st, "keyring_usable", lambda: False)
    use_server(db, server, password=None)
    settings = st.get_smtp(db.uow())
    st.forget_session_password(settings)
    mid = _queue(db)
    with pytest.raises(SmtpPasswordNeeded):
        transport.send_due(db.uow())
    st.remember_for_session(settings, PASSWORD)
    assert transport.send_due(db.uow()).sent == [mid]
    st.forget_session_password(settings)


def test_the_password_never_reaches_the_company_file_or_audit_trail(db: Database, server: MailServer,
                                                                    memory_keyring: MemoryKeyring) -> None:
    use_server(db, server)
    _queue(db)
    transport.send_due(db.uow())
    assert memory_keyring.secrets[(st.KEYRING_SERVICE, st.get_smtp(db.uow()).account)] == PASSWORD
    with db.uow() as uow:
        trail = " ".join(f"{b} {a}" for b, a in uow.session.execute(select(AuditEntry.before, AuditEntry.after)))
    assert "smtp.settings" in _audit(db)
    assert PASSWORD not in trail
    db.engine.dispose()
    path = Path(db.path or "")
    for f in [path, *path.parent.glob(path.name + "*")]:
        if f.is_file():
            assert PASSWORD.encode() not in f.read_bytes()
            assert PASSWORD.encode("utf-16-le") not in f.read_bytes()


def _audit(db: Database) -> list[str]:
    with db.uow() as uow:
        return list(uow.session.execute(select(AuditEntry.action)).scalars())


def test_a_test_message_reports_the_servers_reply(db: Database, server: MailServer,
                                                  memory_keyring: MemoryKeyring) -> None:
    use_server(db, server)
    reply = transport.send_test(db.uow(), "me@example.com")
    assert reply.startswith("250")
    assert "Duebook" in server.received[0]["Subject"]


def test_two_senders_at_once_never_send_a_message_twice(db: Database, server: MailServer,
                                                        memory_keyring: MemoryKeyring) -> None:
    """The program's hourly run and a scheduled `outbox send` may overlap: each message is claimed
    (marked for checking) in a write transaction before its data go, so only one sender sends it."""
    import threading

    use_server(db, server)
    ids = [_queue(db, f"c{i}@example.com") for i in range(12)]
    reports: list[transport.SendReport] = []
    threads = [threading.Thread(target=lambda: reports.append(transport.send_due(db.uow()))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(reports[0].sent + reports[1].sent) == ids
    assert sorted(str(m["To"]) for m in server.received) == sorted(f"c{i}@example.com" for i in range(12))
    assert {m.status for m in store.list_messages(db.uow())} == {"sent"}
