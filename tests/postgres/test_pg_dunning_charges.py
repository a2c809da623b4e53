"""tests/services/test_dunning_charges.py run against the PostgreSQL server (fixture `db` of tests/postgres/conftest.py)."""

from tests.services.test_dunning_charges import *  # noqa: F403
