"""Tax IDs: China's unified social credit code, VAT numbers, plain registration numbers (python-stdnum).

Used by the customer records (a customer's field rules), the duplicate checks and the import.
Kernel only (``text``). No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.services import text


@dataclass(frozen=True)
class TaxIdCheck:
    """What a tax ID is and whether it is right: ``kind`` is uscc, vat, other or empty."""

    normalized: str
    kind: str
    valid: bool
    reason: str = ""


def check_tax_id(tax_id: str) -> TaxIdCheck:
    """Validate a tax ID with python-stdnum.

    18 characters of digits and capitals: China's unified social credit code,
    whose check character must be right. Two letters then digits/letters: a VAT
    number with its country prefix (EU countries, GB, CH, NO, ...), checked by
    ``stdnum.vatin`` when the country is known to it. Anything else passes as a
    plain registration number if it is 4-30 letters and digits.
    """
    from stdnum import vatin
    from stdnum.cn import uscc
    from stdnum.exceptions import ValidationError as StdnumError

    t = text.norm_tax_id(tax_id)
    if not t:
        return TaxIdCheck("", "", True)
    if len(t) == 18 and re.fullmatch(r"[0-9A-Z]{18}", t) and not re.match(r"[A-Z]{2}", t):
        if uscc.is_valid(t):
            return TaxIdCheck(t, "uscc", True)
        return TaxIdCheck(t, "uscc", False, "not a valid unified social credit code (check character)")
    if re.fullmatch(r"[A-Z]{2}[0-9A-Z]{2,16}", t):
        try:
            module = vatin._get_cc_module(t[:2])
        except StdnumError:
            module = None
        if module is not None:
            try:
                vatin.validate(t)
            except StdnumError as exc:
                return TaxIdCheck(t, "vat", False, f"not a valid {t[:2]} VAT number: {exc}")
            return TaxIdCheck(t, "vat", True)
    if not re.fullmatch(r"[0-9A-Z]{4,30}", t):
        return TaxIdCheck(t, "other", False, "only 4-30 letters and digits are allowed in a tax ID")
    return TaxIdCheck(t, "other", True)
