"""tests/services/test_dunning.py run against the PostgreSQL server (fixtures `db` and `duebook` of tests/postgres/conftest.py)."""

from tests.services.test_dunning import *  # noqa: F403
