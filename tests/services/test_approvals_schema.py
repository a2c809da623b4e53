"""A company file made by an older Duebook upgrades to requests for approval (migration 0010_approvals)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from app.models import schema
from app.models.db import make_engine, to_url


def test_a_file_made_at_0001_gets_the_approval_requests_table(tmp_path: Path) -> None:
    engine = make_engine(to_url(tmp_path / "old.db"))
    cfg = schema.alembic_config(engine)
    command.upgrade(cfg, "0001")
    assert not inspect(engine).has_table("approval_requests")
    command.upgrade(cfg, "head")
    assert schema.current_revision(engine) == "0010_approvals"
    columns = {c["name"] for c in inspect(engine).get_columns("approval_requests")}
    assert {"kind", "before", "after", "reason", "state", "requested_by", "requested_at", "decided_by",
            "decision_note", "result"} <= columns
    command.downgrade(cfg, "0009_groups")
    assert not inspect(engine).has_table("approval_requests")
    assert inspect(engine).has_table("stage_history")
    engine.dispose()
