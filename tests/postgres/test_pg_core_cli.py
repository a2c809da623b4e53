"""tests/cli/test_core_cli.py run against the PostgreSQL server (fixtures `db` and `duebook` of tests/postgres/conftest.py)."""

from tests.cli.test_core_cli import *  # noqa: F403
