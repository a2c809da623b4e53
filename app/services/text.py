"""Normalizing names, phones, emails and tax IDs for search and duplicate checks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LEGAL_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "商行", "工作室",
    "co., ltd.", "co. ltd.", "co.,ltd.", "co ltd", "company limited", "limited", "ltd.", "ltd",
    "l.l.c.", "llc", "inc.", "inc", "corporation", "corp.", "corp", "gmbh", "& co.", "& co", "co.", "plc",
)


def norm_phone(phone: str) -> str:
    """Digits only, without China's country code or a landline's trunk 0.

    ``+86 21 5555 1234``, ``021-5555 1234`` and ``(021) 55551234`` all become ``2155551234``.
    """
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) in (12, 13):
        digits = digits[2:]
    if digits.startswith("0") and len(digits) >= 10:
        digits = digits[1:]
    return digits


def norm_email(email: str) -> str:
    return (email or "").strip().lower()


def norm_tax_id(tax_id: str) -> str:
    return re.sub(r"[\s\-./]", "", tax_id or "").upper()


def fold(text: str) -> str:
    """Lower-case, width-folded (full-width letters and digits become ASCII)."""
    return unicodedata.normalize("NFKC", text or "").casefold()


def strip_legal_suffix(name: str) -> str:
    n = fold(name).strip()
    changed = True
    while changed:
        changed = False
        for suffix in LEGAL_SUFFIXES:
            if n.endswith(suffix) and len(n) > len(suffix):
                n = n[: -len(suffix)].rstrip(" ,.&")
                changed = True
    return re.sub(r"\s+", " ", n).strip()


@lru_cache(maxsize=65536)
def pinyin_initials(name: str) -> str:
    """``上海华东贸易有限公司`` -> ``shhdmyyxgs`` (letters and digits kept as they are)."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in name):
        return ""
    from pypinyin import Style, lazy_pinyin

    parts = lazy_pinyin(name, style=Style.FIRST_LETTER, errors=lambda s: list(s))  # type: ignore[arg-type,return-value]
    return "".join(p for p in parts if p.strip()).lower()


def search_text(*parts: str) -> str:
    return " ".join(fold(p) for p in parts if p)


# ---------------------------------------------------------------- hygiene at the edge
# Control characters (NUL, ESC ...) are refused in every text field: they break the server copy,
# terminals and files. Tab, line feed and carriage return are allowed in free text only.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("[\t\n\r]")
# Characters that reorder or hide text: refused in codes and names, where they could disguise one.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
#: Anything a clean text cell never holds: such a cell takes the checked (slow) way at import.
UNUSUAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00a0\u00ad\u061c\u1680\u180e"
                     "\u2000-\u200f\u2028-\u202f\u205f-\u2069\u3000\ufeff]")


def text_problem(value: str, *, identity: bool = False, multiline: bool = False) -> str | None:
    """Why ``value`` may not be stored (None: it may). ``identity``: a code or a name, where
    direction overrides are refused too; ``multiline``: tabs and line breaks allowed."""
    if _CONTROL.search(value) or (not multiline and _LINE_BREAKS.search(value)):
        return "holds a control character"
    if identity and _BIDI.search(value):
        return "holds a character that reverses or hides text"
    return None


def norm_code(code: str) -> str:
    """A code as stored and compared: NFKC (full-width letters and digits become ASCII), every kind
    of space one plain space, zero-width characters removed, trimmed. ``C1``, ``Ｃ1``, ``C1\u200b``
    and ``C1\u3000`` are one code."""
    code = code or ""
    if code.isascii():  # nothing for NFKC or the zero-width characters to do (most codes)
        return " ".join(code.split())
    s = unicodedata.normalize("NFKC", code)
    s = _ZERO_WIDTH.sub("", s)
    return " ".join(s.split())


def printable(text: str) -> str:
    """Text as it may be printed to a terminal: control characters become U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


# ---------------------------------------------------------------- codes and names of every record
#: The columns that name or identify a record, and so could disguise one: "code" columns are stored
#: normalised (``norm_code``: one code for its look-alikes) and refuse direction overrides; "name"
#: columns refuse direction overrides and zero-width characters. Checked for every record written
#: through a session (``app.services.unit_of_work``), whichever service or screen made it.
IDENTITY_FIELDS: dict[tuple[str, str], str] = {
    ("customers", "code"): "code", ("customers", "name"): "name", ("customers", "short_name"): "name",
    ("contacts", "name"): "name",
    ("customer_tags", "tag"): "code", ("classifications", "value"): "code",
    ("classifications", "label_en"): "name", ("classifications", "label_zh"): "name",
    ("documents", "number"): "code", ("documents", "tax_invoice_number"): "code",
    ("contracts", "number"): "code", ("sales_orders", "number"): "code",
    ("users", "username"): "code", ("users", "full_name"): "name",
    ("report_templates", "name"): "name",
    ("bank_accounts", "name"): "name",
    ("company", "name"): "name", ("company", "bank_name"): "name", ("company", "bank_account"): "code",
    ("dunning_levels", "title"): "name",
}
_HIDDEN = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")


def identity_problem(value: str, kind: str) -> str | None:
    """Why ``value`` may not be a code (``kind`` "code") or a name ("name"); None: it may."""
    why = text_problem(value, identity=True)
    if why:
        return why
    if kind == "name" and _HIDDEN.search(value):
        return "holds a character that reverses or hides text"
    return None


def clean_identity(value: str, kind: str) -> str:
    """The value as stored: a code normalised (``norm_code``), a name as it is."""
    return norm_code(value) if kind == "code" else value
