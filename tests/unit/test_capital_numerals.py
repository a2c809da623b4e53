"""Amounts on a Chinese receipt in capital numerals, as a bookkeeper writes them (大写金额)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.documents.numerals import capital_amount

TABLE = [
    ("0.00", "零元整"),
    ("0.01", "壹分"),
    ("0.05", "伍分"),
    ("0.30", "叁角整"),
    ("0.35", "叁角伍分"),
    ("1.00", "壹元整"),
    ("10.00", "壹拾元整"),
    ("20.00", "贰拾元整"),
    ("100.10", "壹佰元零壹角整"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("1000.05", "壹仟元零伍分"),
    ("1234.50", "壹仟贰佰叁拾肆元伍角整"),
    ("1409.50", "壹仟肆佰零玖元伍角整"),
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("10010.00", "壹万零壹拾元整"),
    ("100010.00", "壹拾万零壹拾元整"),
    ("107000.53", "壹拾万柒仟元零伍角叁分"),
    ("1000000.00", "壹佰万元整"),
    ("1000100.00", "壹佰万零壹佰元整"),
    ("1001000.00", "壹佰万壹仟元整"),
    ("1010101.01", "壹佰零壹万零壹佰零壹元零壹分"),
    ("1234567.89", "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
    ("100000001.00", "壹亿零壹元整"),
    ("100010000.00", "壹亿零壹万元整"),
    ("110000000.00", "壹亿壹仟万元整"),
    ("1000000000000.00", "壹万亿元整"),
]


@pytest.mark.parametrize(("amount", "words"), TABLE)
def test_amount_in_capital_numerals(amount: str, words: str) -> None:
    assert capital_amount(Decimal(amount)) == words


def test_the_table_covers_the_amounts_the_issue_names() -> None:
    amounts = {Decimal(a) for a, _ in TABLE}
    assert len(TABLE) >= 20
    assert {Decimal("0.05"), Decimal("10.00"), Decimal("100010.00"), Decimal("1000000.00"),
            Decimal("1234567.89")} <= amounts


@pytest.mark.parametrize("bad", [Decimal("-1"), Decimal("0.001"), Decimal("NaN")])
def test_negative_fractional_or_not_a_number_is_refused(bad: Decimal) -> None:
    with pytest.raises(ValueError):
        capital_amount(bad)
