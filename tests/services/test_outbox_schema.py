"""A company file made before the outbox existed opens with an empty outbox (migration 0004_outbox)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from app.models import schema
from app.models.db import make_engine, to_url
from app.services.company import open_company
from app.services.outbox import store


def test_a_file_at_0001_is_upgraded_and_can_queue_mail(tmp_path: Path) -> None:
    path = tmp_path / "old.duebook"
    engine = make_engine(to_url(path))
    command.upgrade(schema.alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO company (name, address, tax_id, phone, email, currency, minor_digits, "
                          "locale, bank_name, bank_account, bank_details, backup_dir, backup_recipient, created_at) "
                          "VALUES ('Old Co', '', '', '', '', 'CNY', 2, 'en', '', '', '', '', '', '2026-01-01')"))
    assert not inspect(engine).has_table("outbox_messages")
    engine.dispose()
    db = open_company(str(path))
    try:
        assert schema.current_revision(db.engine) == schema.head_revision()
        assert {"outbox_messages", "outbox_attachments", "schedule_marks"} <= set(inspect(db.engine).get_table_names())
        m = store.queue(db.uow(), store.Draft("test", ("me@example.com",), "Hello", "Hi"))
        assert m.status == "queued" and m.message_id.startswith("<")
    finally:
        db.close()
