"""tests/services/test_credit.py run against the PostgreSQL server (fixtures `db` and `duebook` of tests/postgres/conftest.py)."""

from tests.services.test_credit import *  # noqa: F403
