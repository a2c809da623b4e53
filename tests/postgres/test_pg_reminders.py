"""tests/services/test_reminders.py run against the PostgreSQL server (fixtures `db` and `duebook` of tests/postgres/conftest.py)."""

from tests.services.test_reminders import *  # noqa: F403
