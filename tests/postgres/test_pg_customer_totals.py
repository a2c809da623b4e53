"""tests/services/test_customer_totals.py run against the PostgreSQL server (fixture `db` of tests/postgres/conftest.py)."""

from tests.services.test_customer_totals import (
    test_stored_totals_and_fast_ledger_readings_equal_the_documents,  # noqa: F401
)
