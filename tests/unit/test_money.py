"""Money is exact: Decimal in, integer minor units stored, never a float."""

from decimal import Decimal

import pytest

from app.models import money


@pytest.mark.parametrize("text,expected", [("1234.5", "1234.50"), ("1234.50", "1234.50"), ("100", "100.00"),
                                           ("0", "0.00"), ("0.05", "0.05")])
def test_amounts_as_import_files_write_them_are_read_exactly(text: str, expected: str) -> None:
    assert money.parse_amount(text, 2) == Decimal(expected)


@pytest.mark.parametrize("text,reason", [
    ("1,234.50", "thousands separator"), ("¥100", "currency sign"), ("$100", "currency sign"),
    ("100.505", "decimal places"), ("0.30000000000000004", "decimal places"), ("-5", "sign"),
    ("+5", "sign"), ("1e3", "exponent"), ("01.5", "not a decimal"), ("", "empty"), ("abc", "not a decimal"),
])
def test_malformed_amounts_are_refused_never_rounded(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        money.parse_amount(text, 2)


def test_currency_without_minor_unit_refuses_decimals() -> None:
    assert money.minor_digits("JPY") == 0
    assert money.parse_amount("1500", 0) == Decimal(1500)
    with pytest.raises(ValueError):
        money.parse_amount("1500.5", 0)


def test_minor_units_round_trip() -> None:
    assert money.to_minor(Decimal("1234.56"), 2) == 123456
    assert money.from_minor(123456, 2) == Decimal("1234.56")
    assert money.from_minor(5, 3) == Decimal("0.005")
    with pytest.raises(ValueError):
        money.to_minor(Decimal("0.001"), 2)


def test_a_float_never_becomes_money() -> None:
    with pytest.raises(TypeError):
        money.to_decimal(0.1)  # type: ignore[arg-type]  # float-ok: the test proves it is refused


def test_rounding_is_half_up() -> None:
    assert money.round_money(Decimal("2.345"), 2) == Decimal("2.35")
    assert money.round_money(Decimal("-2.345"), 2) == Decimal("-2.35")
    assert money.round_to(Decimal("0.12345"), 4) == Decimal("0.1235")


def test_phone_numbers_written_differently_match() -> None:
    from app.services.text import norm_phone

    assert norm_phone("+86 21 5555 1234") == norm_phone("021-5555 1234") == norm_phone("(021) 55551234")
    assert norm_phone("+86 138 0000 1111") == norm_phone("13800001111") == norm_phone("0086 13800001111")
