"""The outbox on a PostgreSQL server: reminders queued by the rules once, sent over SMTP once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.outbox import schedule, sources, store, transport
from app.services.unit_of_work import Database
from tests.conftest import MemoryKeyring
from tests.mailserver import MailServer, mail_server
from tests.services.ledger_helpers import customer, d, invoice
from tests.services.outbox_helpers import use_server

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MailServer]:
    with mail_server(tmp_path) as srv:
        yield srv


def test_rules_and_sending_on_the_server(db: Database, server: MailServer, memory_keyring: MemoryKeyring) -> None:
    customer(db, "A", "Alder Supplies", email="a@example.com", language="en")
    customer(db, "B", "北京恒通科技", email="b@example.com", language="zh_CN")
    invoice(db, "A", "2026-03-01", "100", "A1", due="2026-03-10")
    invoice(db, "B", "2026-03-01", "300", "B1", due="2026-03-10")
    schedule.save_rule(db.uow(), schedule.Rule("remind_due", enabled=True, days=0))
    day = d("2026-03-08")
    got = []
    for _ in range(5):
        got += [(day, q.customer) for q in schedule.run_schedule(db.uow(), day).queued]
        assert schedule.run_schedule(db.uow(), day).queued == []
        day += dt.timedelta(days=1)
    assert got == [(d("2026-03-10"), "A"), (d("2026-03-10"), "B")]
    sources.mail_statement(db.uow(), "B", d("2026-03-01"), d("2026-03-31"))
    use_server(db, server)
    report = transport.send_due(db.uow())
    assert len(report.sent) == 3 and transport.send_due(db.uow()).sent == []
    assert len(server.received) == 3
    detail = store.get_message(db.uow(), report.sent[-1])
    assert detail.attachments[0].filename == "对账单_B_2026-03.pdf" and detail.attachments[0].size > 1000
