"""tests/cli/test_bank_cli.py and the reconciliation services run against the PostgreSQL server."""

from tests.cli.test_bank_cli import *  # noqa: F403
from tests.services.test_bank_reconcile import *  # noqa: F403
