"""Amounts in Chinese capital numerals (大写金额) as a Chinese bookkeeper writes them on a receipt.

``capital_amount(Decimal("1234.50"))`` -> ``"壹仟贰佰叁拾肆元伍角整"``. The rules are those of
the People's Bank's rules for filling in bills (正确填写票据和结算凭证的基本规定):

* digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟, sections 万 and 亿; a leading ten keeps its
  壹 (``10`` -> 壹拾元整, ``100,010`` -> 壹拾万零壹拾元整);
* a run of zeros inside the figure is written as one 零 (``6,007.14`` -> 陆仟零柒元壹角肆分),
  also across a 万 or 亿 section (``1,000,100`` -> 壹佰万零壹佰元整), never at the end;
* 整 follows 元 or 角 when there are no 分; nothing follows 分;
* no 角 but 分: 零 stands between 元 and 分 (``325.04`` -> 叁佰贰拾伍元零肆分);
* the yuan end in 0 and 角 follows: 零 is written before the 角 (``1,680.32`` ->
  壹仟陆佰捌拾元零叁角贰分), the first of the two forms the rules allow;
* under one yuan the 元 is left out (``0.05`` -> 伍分); zero is 零元整.

Only amounts of at most two decimal places, not negative.
"""

from __future__ import annotations

from decimal import Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ("", "拾", "佰", "仟")


def _section(n: int) -> str:
    """0 < n < 10,000, written with its internal zeros (1010 -> 壹仟零壹拾)."""
    out = []
    zero = False
    started = False
    for pos in (3, 2, 1, 0):
        d = (n // 10 ** pos) % 10
        if d == 0:
            zero = started
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(DIGITS[d] + UNITS[pos])
        started = True
    return "".join(out)


def _integer(n: int) -> str:
    """Any positive whole number of yuan."""
    if n >= 10 ** 8:
        high, rest = divmod(n, 10 ** 8)
        tail = ""
        if rest:
            tail = ("零" if rest < 10 ** 7 else "") + _integer(rest)
        return _integer(high) + "亿" + tail
    if n >= 10 ** 4:
        high, rest = divmod(n, 10 ** 4)
        tail = ""
        if rest:
            tail = ("零" if rest < 1000 else "") + _section(rest)
        return _section(high) + "万" + tail
    return _section(n)


def capital_amount(amount: Decimal) -> str:
    """The amount in capital numerals, e.g. ``壹拾万零壹拾元整`` for 100,010.00."""
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise ValueError("capital numerals need a finite Decimal")
    if amount < 0:
        raise ValueError("capital numerals are written for amounts of zero or more")
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ValueError("capital numerals take at most two decimal places")
    total = int(cents)
    yuan, rest = divmod(total, 100)
    jiao, fen = divmod(rest, 10)
    if total == 0:
        return "零元整"
    out = _integer(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        if yuan and yuan % 10 == 0:
            out += "零"
        out += DIGITS[jiao] + "角"
        return out + (DIGITS[fen] + "分" if fen else "整")
    return out + ("零" if yuan else "") + DIGITS[fen] + "分"
