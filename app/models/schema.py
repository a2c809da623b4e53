"""Creating and upgrading the schema with Alembic."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

import app.models  # noqa: F401  (registers every table)
from app.models.base import Base

MIGRATIONS = Path(__file__).with_name("migrations")


if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def revisions() -> dict[str, str | None]:
    """revision -> down_revision, read from the version files without loading Alembic (fast start)."""
    out: dict[str, str | None] = {}
    for p in (MIGRATIONS / "versions").glob("*.py"):
        src = p.read_text(encoding="utf-8")
        rev = re.search(r"^revision = ['\"](\w+)['\"]", src, re.M)
        down = re.search(r"^down_revision = (?:['\"](\w+)['\"]|None)", src, re.M)
        if rev:
            out[rev.group(1)] = down.group(1) if down else None
    return out


def head_revision() -> str:
    revs = revisions()
    heads = set(revs) - {d for d in revs.values() if d}
    assert len(heads) == 1, f"migrations must have one head, found {sorted(heads)}"
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def create_schema(engine: Engine) -> None:
    """A new, empty database: create every table and stamp the head revision."""
    from alembic import command

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
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return True


def has_schema(engine: Engine) -> bool:
    return inspect(engine).has_table("company")
