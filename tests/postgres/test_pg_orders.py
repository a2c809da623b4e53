"""tests/services/test_orders.py and the document PDFs run against the PostgreSQL server (fixtures of
tests/postgres/conftest.py)."""

from tests.services.test_documents_pdf import *  # noqa: F403
from tests.services.test_orders import *  # noqa: F403
