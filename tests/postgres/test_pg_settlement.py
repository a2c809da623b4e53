"""tests/services/test_settlement.py run against the PostgreSQL server (fixtures `db` and `duebook` of tests/postgres/conftest.py)."""

from tests.services.test_settlement import *  # noqa: F403
