"""tests/services/test_import.py run against the PostgreSQL server (fixtures `db` and `duebook` of tests/postgres/conftest.py)."""

from tests.services.test_import import *  # noqa: F403
