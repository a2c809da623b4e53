"""tests/services/test_batch.py run against the PostgreSQL server (fixtures `db` and `duebook` of tests/postgres/conftest.py)."""

from tests.services.test_batch import *  # noqa: F403
