"""tests/cli/test_postings_cli.py and the promise outcomes against the PostgreSQL server."""

import pytest

from tests.cli.test_postings_cli import *  # noqa: F403
from tests.services.test_promise_outcomes import (  # noqa: F401
    promise,
    test_a_recorded_outcome_takes_the_promise_off_the_reminders,
    test_the_outcome_follows_the_payments,
)


@pytest.fixture
def target(pg_url: str) -> str:
    return pg_url
