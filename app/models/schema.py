"""Creating and upgrading the schema with Alembic."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

import app.models  # noqa: F401  (registers every table)
from app.models.base import Base

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def create_schema(engine: Engine) -> None:
    """A new, empty database: create every table and stamp the head revision."""
    Base.metadata.create_all(engine)
    command.stamp(alembic_config(engine), "head")


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine, before: Callable[[], None] | None = None) -> bool:
    """Bring an older file up to the head revision. ``before`` runs first (a backup)."""
    if not needs_upgrade(engine):
        return False
    if before is not None:
        before()
    command.upgrade(alembic_config(engine), "head")
    return True


def has_schema(engine: Engine) -> bool:
    return inspect(engine).has_table("company")
