"""The one place where money Decimals are made and rounded.

Money is a :class:`~decimal.Decimal` in Python and an integer count of minor
units (cents, fen) in the database. No float ever enters: :func:`to_decimal`
refuses one, and parsing of user text goes through :func:`parse_amount`.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# ISO 4217 minor digits of the currencies a bookkeeper is likely to use.
# Anything not listed has two.
_MINOR_DIGITS = {
    "BHD": 3, "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "IQD": 3, "ISK": 0, "JOD": 3, "JPY": 0,
    "KMF": 0, "KRW": 0, "KWD": 3, "LYD": 3, "OMR": 3, "PYG": 0, "RWF": 0, "TND": 3, "UGX": 0,
    "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
}

ZERO = Decimal(0)

#: The largest amount one document, limit or fee may hold. A 64-bit integer of minor units holds
#: about 9.2e18: with three minor digits 1e13 is 1e16 units, which leaves room for sums of
#: hundreds of such documents. Refused at every edge (typed, imported, stored).
MAX_AMOUNT = Decimal(10) ** 13
TOO_LARGE = "above the largest amount allowed (10000000000000)"


def check_range(value: Decimal) -> Decimal:
    """``value`` itself, or ValueError(TOO_LARGE) when it is beyond ±MAX_AMOUNT."""
    if abs(value) > MAX_AMOUNT:
        raise ValueError(TOO_LARGE)
    return value


def minor_digits(currency: str) -> int:
    """Number of digits after the decimal point for an ISO 4217 currency."""
    return _MINOR_DIGITS.get(currency.upper(), 2)


def quantum(digits: int) -> Decimal:
    return Decimal(1).scaleb(-digits)


def to_decimal(value: object, digits: int = 2) -> Decimal:
    """Make a money Decimal from an int, a Decimal or a decimal string.

    Rounds half up to ``digits``. A float is refused: it has already lost
    the exact value.
    """
    if isinstance(value, float):
        raise TypeError("money is never made from a float")
    if isinstance(value, bool):
        raise TypeError("money is never made from a bool")
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, str):
        try:
            d = Decimal(value.strip())
        except InvalidOperation as exc:
            raise ValueError(f"not a decimal amount: {value!r}") from exc
    else:
        raise TypeError(f"cannot make money from {type(value).__name__}")
    if not d.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return round_money(check_range(d), digits)


def round_money(value: Decimal, digits: int = 2) -> Decimal:
    """Round half up to the currency's minor unit."""
    return value.quantize(quantum(digits), rounding=ROUND_HALF_UP)


def round_to(value: Decimal, places: int) -> Decimal:
    """Round half up to ``places`` decimal places (ratios, rates)."""
    return value.quantize(quantum(places), rounding=ROUND_HALF_UP)


def to_minor(value: Decimal, digits: int = 2) -> int:
    """Decimal amount -> integer minor units. The value must already fit."""
    scaled = value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{value} has more than {digits} decimal places")
    return int(scaled)


def from_minor(units: int, digits: int = 2) -> Decimal:
    """Integer minor units -> Decimal with exactly ``digits`` places."""
    return Decimal(int(units)).scaleb(-digits)  # exact, with exactly ``digits`` places


def amount_pattern(digits: int) -> re.Pattern[str]:
    """INTERCHANGE §7: ``(0|[1-9][0-9]*)(\\.[0-9]{1,d})?``."""
    frac = rf"(\.[0-9]{{1,{digits}}})?" if digits > 0 else ""
    return re.compile(rf"(0|[1-9][0-9]*){frac}")


def parse_amount(text: str, digits: int = 2) -> Decimal:
    """Parse an amount exactly as the import files write it.

    Raises ValueError naming what is wrong: a thousands separator, a currency
    sign, a sign, an exponent, or too many decimals are all refused, never
    rounded.
    """
    s = text.strip()
    if not s:
        raise ValueError("empty")
    if amount_pattern(digits).fullmatch(s):
        return to_decimal(s, digits)
    if s[0] in "+-":
        raise ValueError("a sign is not allowed")
    if re.fullmatch(r"[0-9.]+[eE][+-]?[0-9]+", s):
        raise ValueError("an exponent is not allowed")
    if re.search(r"[0-9][,_ '\u00a0\u202f][0-9]", s):
        raise ValueError("a thousands separator is not allowed")
    if re.search(r"[¥$€£￥元]|CNY|RMB|USD|EUR|HKD", s, re.IGNORECASE):
        raise ValueError("a currency sign is not allowed")
    if re.fullmatch(r"(0|[1-9][0-9]*)\.[0-9]+", s):
        if digits == 0:
            raise ValueError("no decimal places are allowed in this currency")
        raise ValueError(f"more than {digits} decimal places")
    raise ValueError("not a decimal amount")


_PATTERNS: dict[int, re.Pattern[str]] = {}


def parse_minor(text: str, digits: int = 2) -> int:
    """Like :func:`parse_amount` but straight to integer minor units (the import's hot path)."""
    pat = _PATTERNS.get(digits)
    if pat is None:
        pat = _PATTERNS[digits] = amount_pattern(digits)
    s = text.strip()
    if pat.fullmatch(s):
        whole, _, frac = s.partition(".")
        units = int(whole) * 10**digits + (int(frac.ljust(digits, "0")) if frac else 0)
        if units > max_minor(digits):
            raise ValueError(TOO_LARGE)
        return units
    return to_minor(parse_amount(s, digits), digits)


def max_minor(digits: int) -> int:
    """MAX_AMOUNT in minor units (for the import's fast paths, which add integers)."""
    return int(MAX_AMOUNT.scaleb(digits))


def format_plain(value: Decimal, digits: int = 2) -> str:
    """Decimal string with exactly the minor digits, as JSON carries money."""
    return f"{round_money(value, digits):.{digits}f}"


def parse_ratio(text: str) -> Decimal:
    """A non-negative ratio such as ``0.08`` or ``0.8`` (no float)."""
    s = text.strip()
    if not re.fullmatch(r"(0|[1-9][0-9]*)(\.[0-9]+)?", s):
        raise ValueError("not a decimal number")
    return Decimal(s)
