"""tests/services/test_customer_totals.py run against the PostgreSQL server (fixture `db` of tests/postgres/conftest.py)."""

from pathlib import Path

from app.services.unit_of_work import Database
from tests.services import test_customer_totals as on_sqlite


def test_stored_totals_and_fast_ledger_readings_equal_the_documents(db: Database, tmp_path: Path) -> None:
    on_sqlite.test_stored_totals_and_fast_ledger_readings_equal_the_documents(db, tmp_path, seed=1)
