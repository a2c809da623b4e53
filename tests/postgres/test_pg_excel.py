"""tests/services/test_excel.py run against the PostgreSQL server (fixtures `db` and `duebook` of tests/postgres/conftest.py)."""

from tests.services.test_excel import *  # noqa: F403
