"""A company file made before bank reconciliation upgrades to it (migration 0002_bank)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from app.models import schema
from app.models.db import make_engine, to_url


def test_a_file_made_at_0001_gets_the_bank_tables(tmp_path: Path) -> None:
    engine = make_engine(to_url(tmp_path / "old.db"))
    cfg = schema.alembic_config(engine)
    command.upgrade(cfg, "0001")
    assert not inspect(engine).has_table("bank_lines")
    command.upgrade(cfg, "head")
    tables = set(inspect(engine).get_table_names())
    assert {"bank_accounts", "bank_lines", "bank_line_payments", "bank_counterparties"} <= tables
    uniques = {tuple(u["column_names"]) for u in inspect(engine).get_unique_constraints("bank_lines")}
    assert ("account_id", "fingerprint") in uniques
    command.downgrade(cfg, "0001")
    assert not inspect(engine).has_table("bank_lines")
    engine.dispose()
