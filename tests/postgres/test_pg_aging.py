"""tests/services/test_aging.py run against the PostgreSQL server (fixtures `db` and `duebook` of tests/postgres/conftest.py)."""

from tests.services.test_aging import *  # noqa: F403
