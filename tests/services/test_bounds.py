"""The services refuse amounts and dates beyond the books' range whoever calls them (the form, a job)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.services.credit import figures as credit
from app.services.errors import ValidationError
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer


def test_posting_beyond_the_largest_amount_or_the_last_date_is_refused(db: Database) -> None:
    customer(db, "C1")
    with pytest.raises(ValidationError, match="above the largest amount"):
        ledger.post_invoice(db.uow(), "C1", dt.date(2026, 1, 5), Decimal("10000000000000.01"))
    with pytest.raises(ValidationError, match="9999-12-31 is outside"):
        ledger.post_invoice(db.uow(), "C1", dt.date(9999, 12, 31), Decimal("1.00"))
    with pytest.raises(ValidationError, match="is outside"):
        ledger.post_payment(db.uow(), "C1", dt.date(1899, 1, 1), Decimal("1.00"))
    with pytest.raises(ValidationError, match="above the largest amount"):
        credit.set_credit_limit(db.uow(), "C1", Decimal("1E+20"))
    assert ledger.balance(db.uow(), "C1") == Decimal("0.00")


def test_no_text_field_is_stored_with_a_control_character(db: Database) -> None:
    customer(db, "C1")
    with pytest.raises(ValidationError, match="control character"):
        ledger.post_invoice(db.uow(), "C1", dt.date(2026, 1, 5), Decimal("1.00"), description="x\x1b[2Jy")
    with pytest.raises(ValidationError, match="control character"):
        credit.hold(db.uow(), "C1", "cheque\x00bounced")
    ledger.post_invoice(db.uow(), "C1", dt.date(2026, 1, 5), Decimal("1.00"), description="two\nlines\ttab")
    assert ledger.balance(db.uow(), "C1") == Decimal("1.00")
