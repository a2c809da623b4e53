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
