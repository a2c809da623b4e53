"""The mapping profile of a CSV or Excel statement, and how banks write numbers and dates.

A profile names the header of each column the statement has: the date, the amount (or a
credit and a debit column, or an amount with a direction column such as 借/贷), the
counterparty's name and account, the reference/memo and an optional id. It also says how
dates are written (a strftime format, or ``auto``), the decimal and thousands separators, the
encoding (``auto`` = detected with charset-normalizer) and the CSV delimiter (``auto``).

Banks' own number forms are read here, unlike the import of INTERCHANGE §1: ``1,234.50``,
``(12.00)`` (negative), a currency sign, a trailing minus.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal

from app.models import money as m
from app.services.errors import ValidationError

CREDIT_WORDS = ("贷", "贷方", "收入", "收", "入", "c", "cr", "credit", "in", "+")
DEBIT_WORDS = ("借", "借方", "支出", "支", "出", "d", "dr", "debit", "out", "-")
AUTO_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%d.%m.%Y", "%d/%m/%Y", "%Y年%m月%d日")
ENCODINGS = ("auto", "utf-8", "gb18030")


@dataclass
class MappingProfile:
    """Which column holds what (by header text), and how the values are written."""

    date: str = ""
    amount: str = ""
    credit: str = ""
    debit: str = ""
    direction: str = ""
    counterparty: str = ""
    counterparty_account: str = ""
    reference: str = ""
    id: str = ""
    date_format: str = "auto"
    decimal: str = "."
    thousands: str = ","
    encoding: str = "auto"
    delimiter: str = "auto"
    credit_words: list[str] = field(default_factory=lambda: list(CREDIT_WORDS))

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> MappingProfile:
        if not text.strip():
            return cls()
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ValidationError("profile", "not a mapping profile (JSON)", code="format") from exc
        if not isinstance(data, dict):
            raise ValidationError("profile", "not a mapping profile (JSON)", code="format")
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def columns(self) -> list[str]:
        """The headers this profile reads (to find the header row of a file)."""
        return [c for c in (self.date, self.amount, self.credit, self.debit, self.direction, self.counterparty,
                            self.counterparty_account, self.reference, self.id) if c]

    def check(self) -> None:
        """Refuse a profile that cannot read a line: no date, or no way to the amount."""
        if not self.date:
            raise ValidationError("date", "name the date column", code="required")
        if not self.amount and not (self.credit or self.debit):
            raise ValidationError("amount", "name the amount column, or the credit and debit columns",
                                  code="required")
        if self.decimal == self.thousands:
            raise ValidationError("decimal", "the decimal and thousands separators must differ", code="same")
        if self.encoding not in ENCODINGS:
            raise ValidationError("encoding", f"one of {', '.join(ENCODINGS)}", code="choice")


_CURRENCY = re.compile(r"[¥$€£￥元]|CNY|RMB|USD|EUR|HKD|GBP|JPY", re.IGNORECASE)


def parse_bank_amount(text: str, digits: int, decimal: str = ".", thousands: str = ",") -> Decimal | None:
    """A bank's number: ``1,234.50``, ``-12.00``, ``(12.00)``, ``¥100.00``, ``12.00-``.

    None for an empty cell. Raises ValueError (the reason) for anything else, and for more
    decimals than the currency has (never rounded).
    """
    s = (text or "").strip().replace("\u00a0", "").replace(" ", "")
    if not s:
        return None
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    s = _CURRENCY.sub("", s).strip()
    if s.startswith(("-", "−")):
        negative, s = not negative, s[1:]
    elif s.startswith("+"):
        s = s[1:]
    elif s.endswith("-"):
        negative, s = not negative, s[:-1]
    s = _CURRENCY.sub("", s).strip()
    if thousands:
        s = s.replace(thousands, "")
    if decimal != ".":
        s = s.replace(decimal, ".")
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)?|\.[0-9]+", s):
        raise ValueError(f"not an amount: {text.strip()}")
    frac = s.partition(".")[2]
    if len(frac) > digits and frac[digits:].strip("0"):
        raise ValueError(f"more than {digits} decimal places: {text.strip()}")
    value = m.to_decimal(s, digits)
    return -value if negative else value


def parse_bank_date(text: str, date_format: str = "auto") -> dt.date:
    """A date as a statement writes it; a time after it is ignored. ValueError when no such date."""
    s = (text or "").strip()
    if not s:
        raise ValueError("a date is required")
    head = s.split("T")[0].split()[0] if date_format == "auto" else s
    formats = AUTO_DATE_FORMATS if date_format == "auto" else (date_format,)
    for f in formats:
        try:
            return dt.datetime.strptime(head, f).date()
        except ValueError:
            continue
    if date_format == "auto" and re.fullmatch(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{8}|\d{1,2}[./]\d{1,2}[./]\d{4}", head):
        raise ValueError(f"no such date: {s}")
    raise ValueError(f"not a date: {s}")


def direction_sign(value: str, credit_words: list[str]) -> int | None:
    """+1 for money in (贷, C, CR, 收入 …), -1 for money out (借, D, DR, 支出 …), None when unknown."""
    v = (value or "").strip().casefold()
    if v in {w.casefold() for w in credit_words}:
        return 1
    if v in {w.casefold() for w in DEBIT_WORDS}:
        return -1
    return None
