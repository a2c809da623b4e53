"""Column types: money as integer minor units, exact decimals as text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from app.models import money


def dialect_digits(dialect: Dialect) -> int:
    """Minor digits of the company currency for this engine (set by db.open_database)."""
    return int(getattr(dialect, "duebook_minor_digits", 2))


class Money(TypeDecorator[Decimal]):
    """Decimal in Python, integer minor units in the database.

    SQLite stores NUMERIC as REAL, so money is never NUMERIC: sums stay exact.
    The minor digits are the company currency's, fixed per engine.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            value = Decimal(value)
        if not isinstance(value, Decimal):
            raise TypeError(f"money column needs a Decimal, got {type(value).__name__}")
        return money.to_minor(money.check_range(value), dialect_digits(dialect))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return money.from_minor(int(value), dialect_digits(dialect))

    @property
    def python_type(self) -> type:
        return Decimal


class ExactDecimal(TypeDecorator[Decimal]):
    """A Decimal that is not money (quantities, rates, ratios), kept as text."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("exact decimal column refuses a float")
        return str(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value)

    @property
    def python_type(self) -> type:
        return Decimal
