"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.models import schema
from app.models.base import Base
from app.models.db import make_engine, to_url
from app.services.company import create_company, open_company


def test_migrations_from_an_empty_file_equal_the_models(tmp_path: Path) -> None:
    engine = make_engine(to_url(tmp_path / "m.db"))
    command.upgrade(schema.alembic_config(engine), "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == [], "the models changed without a migration: run `make migration MSG=...`"


def test_a_new_company_file_is_stamped_with_the_head_revision(tmp_path: Path) -> None:
    db = create_company(str(tmp_path / "c.duebook"), "Stamp Co")
    assert schema.current_revision(db.engine) == schema.head_revision()
    db.close()


def test_sqlite_file_is_opened_in_wal_with_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    create_company(str(tmp_path / "c.duebook"), "Pragmas Co").close()
    db = open_company(str(tmp_path / "c.duebook"))
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.close()


def test_services_and_models_never_import_qt() -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    r = subprocess.run([str(exe)], capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2])
    assert r.returncode == 0, r.stdout + r.stderr
