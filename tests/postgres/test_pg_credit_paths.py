"""tests/services/test_credit_paths.py run against the PostgreSQL server: the portfolio equals the
figures of each customer, and days to pay equals a plain reading, on a demo ledger in a fresh schema."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.services.company import create_company
from app.services.demo.sample import fill_demo
from app.services.unit_of_work import Database
from tests.postgres.conftest import empty_schema
from tests.services.test_credit_paths import (  # noqa: F401  (the tests, re-run here on ledger_db below)
    END,
    test_both_sql_forms_of_the_score_equal_the_table,
    test_days_to_pay_equals_a_plain_reading,
    test_portfolio_equals_the_figures_of_each_customer,
)


@pytest.fixture(scope="module")
def ledger_db() -> Iterator[Database]:
    with empty_schema() as url:
        db = create_company(url, "Paths Co", "CNY", "en")
        assert not db.is_sqlite
        fill_demo(db, customers=30, invoices=1200, seed=23, end=END)
        yield db
        db.close()


def test_the_demo_ledger_is_on_the_server(ledger_db: Database) -> None:
    assert not ledger_db.is_sqlite and dt.date(2026, 6, 30) == END
