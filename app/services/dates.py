"""The range of dates the books hold: 1900-01-01 to 2999-12-31.

Refused at every edge (typed on the command line, imported, posted), so that a due date
computed from an issue date and the payment terms never overflows, and sorting, aging and
PDFs never meet a year 9999.
"""

from __future__ import annotations

import datetime as dt

from app.services.errors import ValidationError

FIRST = dt.date(1900, 1, 1)
LAST = dt.date(2999, 12, 31)


def in_range(d: dt.date) -> bool:
    return FIRST <= d <= LAST


def out_of_range(d: dt.date) -> str:
    return f"{d.isoformat()} is outside 1900-01-01 to 2999-12-31"


def check(field: str, d: dt.date | None) -> None:
    """ValidationError naming ``field`` when ``d`` is outside the range (None passes)."""
    if d is not None and not in_range(d):
        raise ValidationError(field, f"{d.isoformat()} is outside 1900-01-01 to 2999-12-31", code="date_range")
