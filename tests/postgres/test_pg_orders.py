"""tests/services/test_orders.py, and the receipt's reading of applications, run against the PostgreSQL
server (fixtures of tests/postgres/conftest.py)."""

from tests.services.test_documents_pdf import (  # noqa: F401
    books,
    test_a_receipt_is_found_by_the_payment_reference_and_streams_to_memory,
)
from tests.services.test_orders import *  # noqa: F403
