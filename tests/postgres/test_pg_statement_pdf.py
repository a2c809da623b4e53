"""tests/services/test_statement_pdf.py run against the PostgreSQL server (fixtures `db` and `duebook` of tests/postgres/conftest.py)."""

from tests.services.test_statement_pdf import *  # noqa: F403
