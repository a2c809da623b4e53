"""tests/services/test_reports.py run against the PostgreSQL server (fixtures `db` and `duebook` of tests/postgres/conftest.py)."""

from tests.services.test_reports import *  # noqa: F403
