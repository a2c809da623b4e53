"""Reading statement files into plain lines (INTERCHANGE §8), with existing parsers.

Every reader returns the lines it read and the rows it could not read, each with a reason;
the import refuses the whole file when any row is unreadable. Row numbers are the file's line
numbers (for a workbook, its row numbers; the header counts).

A line's date is the date as written: OFX ``DTPOSTED`` (its date part, before any time-zone
conversion), MT940 the value date of field 61, CAMT.053 ``BookgDt``, else ``ValDt``; WeChat
and Alipay the date of 交易时间. A date that does not exist makes the line unreadable.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.services.bank.profile import MappingProfile, direction_sign, parse_bank_amount, parse_bank_date

FORMATS = ("ofx", "mt940", "camt053", "wechat", "alipay", "csv", "xlsx")


@dataclass(frozen=True)
class ParsedLine:
    """One money line of a file: ``amount`` is signed (money in is positive)."""

    row: int
    date: dt.date
    amount: Decimal
    counterparty: str = ""
    counterparty_account: str = ""
    reference: str = ""
    external_id: str = ""


@dataclass
class ParseResult:
    format: str
    lines: list[ParsedLine] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    currency: str = ""

    def bad(self, row: int, reason: str) -> None:
        self.errors.append((row, reason))


class UnreadableFile(Exception):
    """The file as a whole cannot be read (not this format, damaged): ``row`` and ``reason``."""

    def __init__(self, row: int, reason: str) -> None:
        super().__init__(reason)
        self.row = row
        self.reason = reason


# ---------------------------------------------------------------- detecting the format

def decode(data: bytes, encoding: str = "auto") -> str:
    """Text of a file: UTF-8 (with or without BOM), GB18030, or what charset-normalizer detects."""
    if encoding == "utf-8":
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UnreadableFile(1, "not UTF-8 text") from exc
    if encoding == "gb18030":
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise UnreadableFile(1, "not GB18030 text") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # most statements that are not UTF-8 come from Chinese banks and wallets
        text = data.decode("gb18030")
        if re.search(r"[\u4e00-\u9fff]", text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile(1, "not a text file in a known encoding")
    name = best.encoding.lower().replace("_", "")
    if name in ("gb2312", "gbk", "hz", "big5") or name.startswith("gb"):
        return data.decode("gb18030")  # a superset: never lose a character GBK cannot hold
    return str(best)


def detect_format(path: Path, data: bytes) -> str:
    """``ofx``, ``mt940``, ``camt053``, ``wechat``, ``alipay``, ``xlsx`` or ``csv``."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xls", ".xlsm"):
        return "xlsx"
    head = data[:4096]
    if b"OFXHEADER" in head or b"<OFX>" in head.upper() or suffix in (".ofx", ".qfx"):
        return "ofx"
    if b"camt.053" in head:
        return "camt053"
    stripped = head.lstrip(b"\xef\xbb\xbf\r\n\t {")
    if suffix in (".sta", ".mt940", ".940") or (re.search(rb"(^|\n):20:", stripped) and b":61:" in data):
        return "mt940"
    try:
        text = data[:8192].decode("utf-8-sig", errors="ignore") + data[:8192].decode("gb18030", errors="ignore")
    except LookupError:  # pragma: no cover - both codecs ship with Python
        text = ""
    if "微信支付账单" in text:
        return "wechat"
    if "支付宝" in text and ("交易号" in text or "交易订单号" in text):
        return "alipay"
    return "csv"


def read_file(path: Path, fmt: str, profile: MappingProfile | None, digits: int) -> ParseResult:
    """Read ``path`` as ``fmt`` (``auto``: detected). Raises UnreadableFile when nothing can be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(0, f"cannot read the file: {exc.strerror or exc}") from exc
    if fmt == "auto":
        fmt = detect_format(path, data)
    if fmt == "ofx":
        return read_ofx(data, digits)
    if fmt == "mt940":
        return read_mt940(data, digits)
    if fmt == "camt053":
        return read_camt053(data, digits)
    if fmt == "wechat":
        return read_wallet(data, "wechat", digits)
    if fmt == "alipay":
        return read_wallet(data, "alipay", digits)
    if profile is None or not profile.columns():
        raise UnreadableFile(0, "a CSV or Excel statement needs a mapping profile (bank profile)")
    profile.check()
    if fmt == "xlsx":
        return read_table(workbook_rows(path), "xlsx", profile, digits)
    if fmt == "csv":
        return read_table(csv_rows(data, profile), "csv", profile, digits)
    raise UnreadableFile(0, f"unknown format {fmt} (one of {', '.join(FORMATS)})")


def _line_numbers(text: str, pattern: str) -> list[int]:
    return [text.count("\n", 0, mt.start()) + 1 for mt in re.finditer(pattern, text)]


def _money(text: str, digits: int) -> Decimal:
    value = parse_bank_amount(text, digits)
    if value is None:
        raise ValueError("an amount is required")
    return value


def _machine_amount(text: str, digits: int) -> Decimal:
    """An amount a program wrote: a sign, digits and one decimal point or comma (OFX allows both)."""
    t = text.strip()
    if re.fullmatch(r"[+-]?[0-9]*,[0-9]+", t):
        t = t.replace(",", ".")
    if not re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)", t):
        raise ValueError(f"not an amount: {text.strip()}" if t else "an amount is required")
    return _money(t, digits)


# ---------------------------------------------------------------- OFX (ofxtools)

def read_ofx(data: bytes, digits: int) -> ParseResult:
    """OFX 1.x (SGML) and 2.x (XML) through ofxtools' parser; each STMTTRN is a line, FITID its id."""
    from ofxtools.Parser import OFXTree

    out = ParseResult("ofx")
    tree = OFXTree()
    try:
        tree.parse(io.BytesIO(data))
    except Exception as exc:  # ofxtools raises several kinds (header, SGML, XML): the file is unreadable
        raise UnreadableFile(1, f"not a readable OFX file: {exc}") from exc
    root = tree.getroot()
    if root is None:
        raise UnreadableFile(1, "not a readable OFX file: no OFX element")
    text = data.decode("latin-1")
    rows = _line_numbers(text, r"<STMTTRN>")
    cur = root.find(".//CURDEF")
    out.currency = (cur.text or "").strip() if cur is not None else ""
    for i, trn in enumerate(root.iter("STMTTRN")):
        row = rows[i] if i < len(rows) else i + 1

        def get(path: str, trn: ET.Element = trn) -> str:
            el = trn.find(path)
            return (el.text or "").strip() if el is not None else ""

        posted = get("DTPOSTED")
        try:
            if not re.match(r"\d{8}", posted):
                raise ValueError(f"not a date: {posted}")
            date = parse_bank_date(posted[:8], "%Y%m%d")
        except ValueError:
            out.bad(row, f"no such date: {posted}" if re.match(r"\d{8}", posted) else f"not a date: {posted}")
            continue
        try:
            amount = _machine_amount(get("TRNAMT"), digits)
        except ValueError as exc:
            out.bad(row, str(exc))
            continue
        name = get("NAME") or get("PAYEE/NAME")
        account = get("BANKACCTTO/ACCTID") or get("CCACCTTO/ACCTID")
        memo = " ".join(x for x in (get("MEMO"), get("CHECKNUM"), get("REFNUM")) if x)
        out.lines.append(ParsedLine(row, date, amount, name, account, memo, get("FITID")))
    return out


# ---------------------------------------------------------------- MT940 (mt-940)

_MT940_DATE = re.compile(r":61:(\d{2})(\d{2})(\d{2})")


def read_mt940(data: bytes, digits: int) -> ParseResult:
    """MT940 through mt-940; the date is field 61's value date, the id its bank reference."""
    import mt940

    out = ParseResult("mt940")
    text = decode(data)
    lines = text.splitlines()
    tag_rows = [i + 1 for i, ln in enumerate(lines) if ln.startswith(":61:")]
    for row in tag_rows:  # mt-940 stops at the first impossible date; name every one first
        mt = _MT940_DATE.match(lines[row - 1])
        if mt is None:
            out.bad(row, "field 61 does not start with a date (YYMMDD)")
            continue
        yy, mm, dd = (int(g) for g in mt.groups())
        try:
            dt.date(2000 + yy if yy < 80 else 1900 + yy, mm, dd)
        except ValueError:
            out.bad(row, f"no such date: {mt.group(0)[4:]}")
    if out.errors:
        return out
    try:
        transactions = mt940.models.Transactions()
        transactions.parse(text)
    except Exception as exc:  # the parser's own errors: the statement as a whole is not MT940
        raise UnreadableFile(tag_rows[0] if tag_rows else 1, f"not a readable MT940 statement: {exc}") from exc
    out.currency = str(transactions.data.get("currency") or "")
    for i, t in enumerate(transactions):
        row = tag_rows[i] if i < len(tag_rows) else i + 1
        d = t.data
        try:
            amount = parse_bank_amount(str(d["amount"].amount), digits)
        except (ValueError, KeyError, AttributeError) as exc:
            out.bad(row, str(exc) if isinstance(exc, ValueError) else "field 61 has no amount")
            continue
        if amount is None:
            out.bad(row, "field 61 has no amount")
            continue
        value_date = d.get("date")
        if value_date is None:
            out.bad(row, "field 61 has no value date")
            continue
        name, account, details = _field_86(str(d.get("transaction_details") or ""))
        ref = str(d.get("customer_reference") or "").strip()
        if ref.upper() == "NONREF":
            ref = ""
        reference = " ".join(x for x in (details, ref) if x)
        bank_ref = str(d.get("bank_reference") or "").strip()
        out.lines.append(ParsedLine(row, dt.date(value_date.year, value_date.month, value_date.day), amount,
                                    name, account, reference, bank_ref))
    return out


def _field_86(text: str) -> tuple[str, str, str]:
    """(name, account, purpose) of field 86: structured ``?20``-``?63`` subfields, else all of it as text."""
    text = text.replace("\r", "").replace("\n", "")
    if not re.search(r"\?\d{2}", text):
        return "", "", text.strip()
    parts = re.split(r"\?(\d{2})", text)
    fields: dict[int, str] = {}
    for code, value in zip(parts[1::2], parts[2::2], strict=False):
        fields[int(code)] = fields.get(int(code), "") + value
    purpose = "".join(fields.get(k, "") for k in (*range(20, 30), *range(60, 64))).strip()
    name = (fields.get(32, "") + fields.get(33, "")).strip()
    return name, fields.get(31, "").strip(), purpose


# ---------------------------------------------------------------- CAMT.053 (ISO 20022, ElementTree)

def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el: ET.Element | None, *path: str) -> ET.Element | None:
    for name in path:
        if el is None:
            return None
        el = next((c for c in el if _local(c.tag) == name), None)
    return el


def _text(el: ET.Element | None, *path: str) -> str:
    found = _child(el, *path)
    return (found.text or "").strip() if found is not None else ""


def read_camt053(data: bytes, digits: int) -> ParseResult:
    """Any ``camt.053.001.xx``: each ``Ntry`` is a line; its id is AcctSvcrRef, else NtryRef."""
    out = ParseResult("camt053")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise UnreadableFile(exc.position[0] if exc.position else 1, f"not readable XML: {exc}") from exc
    if "camt.053" not in root.tag:
        raise UnreadableFile(1, "not a CAMT.053 statement (namespace camt.053.001.xx)")
    text = data.decode("utf-8", errors="replace")
    rows = _line_numbers(text, r"<(?:\w+:)?Ntry[\s>]")
    entries = [el for el in root.iter() if _local(el.tag) == "Ntry"]
    for i, ntry in enumerate(entries):
        row = rows[i] if i < len(rows) else i + 1
        raw_date = _text(ntry, "BookgDt", "Dt") or _text(ntry, "BookgDt", "DtTm")[:10] \
            or _text(ntry, "ValDt", "Dt") or _text(ntry, "ValDt", "DtTm")[:10]
        try:
            date = parse_bank_date(raw_date, "%Y-%m-%d")
        except ValueError:
            out.bad(row, f"no such date: {raw_date}" if raw_date else "a date is required (BookgDt or ValDt)")
            continue
        amt_el = _child(ntry, "Amt")
        try:
            amount = _money(amt_el.text or "" if amt_el is not None else "", digits)
        except ValueError as exc:
            out.bad(row, str(exc))
            continue
        if amt_el is not None and not out.currency:
            out.currency = amt_el.get("Ccy", "")
        ind = _text(ntry, "CdtDbtInd")
        if ind not in ("CRDT", "DBIT"):
            out.bad(row, f"CdtDbtInd must be CRDT or DBIT, not {ind or 'empty'}")
            continue
        if ind == "DBIT":
            amount = -abs(amount)
        tx = _child(ntry, "NtryDtls", "TxDtls")
        party = "Dbtr" if ind == "CRDT" else "Cdtr"
        parties = _child(tx, "RltdPties")
        name = _text(parties, party, "Nm") or _text(parties, party, "Pty", "Nm")
        account = _text(parties, party + "Acct", "Id", "IBAN") or _text(parties, party + "Acct", "Id", "Othr", "Id")
        memo = " ".join(_text(u) for u in (tx.iter() if tx is not None else ()) if _local(u.tag) == "Ustrd")
        memo = memo.strip() or _text(ntry, "AddtlNtryInf")
        e2e = _text(tx, "Refs", "EndToEndId")
        if e2e and e2e != "NOTPROVIDED":
            memo = f"{memo} {e2e}".strip()
        ext = _text(ntry, "AcctSvcrRef") or _text(tx, "Refs", "AcctSvcrRef") or _text(ntry, "NtryRef")
        out.lines.append(ParsedLine(row, date, amount, name, account, memo, ext))
    return out


# ---------------------------------------------------------------- WeChat Pay and Alipay bills

WALLET_COLUMNS = {
    # format -> (date columns, id columns, name, account, memo columns, amount columns, in/out column)
    "wechat": (("交易时间",), ("交易单号",), "交易对方", "", ("商品", "备注"), ("金额(元)", "金额（元）", "金额"),
               "收/支"),
    "alipay": (("交易时间", "交易创建时间", "付款时间"), ("交易订单号", "交易号"), "交易对方", "对方账号",
               ("商品说明", "商品名称", "备注"), ("金额", "金额（元）", "金额(元)"), "收/支"),
}
NEUTRAL = {"/", "", "不计收支"}


def read_wallet(data: bytes, fmt: str, digits: int) -> ParseResult:
    """A WeChat Pay (微信支付账单) or Alipay (支付宝) bill: a header block, a table, a footer.

    Neutral rows (WeChat 收/支 ``/``, Alipay 不计收支) move money between the user's own
    accounts and are left out.
    """
    out = ParseResult(fmt, currency="CNY")
    text = decode(data)
    rows = list(csv.reader(io.StringIO(text)))
    dates, ids, name_col, account_col, memo_cols, amount_cols, dir_col = WALLET_COLUMNS[fmt]
    header_at = None
    for i, r in enumerate(rows):
        cells = [c.strip() for c in r]
        if cells and (cells[0] in dates or cells[0] in ids) and dir_col in cells:
            header_at = i
            break
    if header_at is None:
        raise UnreadableFile(1, "the table header (交易时间 … 收/支) is missing: not a bill of this kind")
    header = [c.strip() for c in rows[header_at]]

    def col(names: Iterable[str]) -> int | None:
        return next((header.index(n) for n in names if n in header), None)

    i_date, i_id, i_amount, i_dir = col(dates), col(ids), col(amount_cols), header.index(dir_col)
    i_name, i_account = col((name_col,)), col((account_col,)) if account_col else None
    i_memos = [i for i in (col((c,)) for c in memo_cols) if i is not None]
    if i_date is None or i_amount is None:
        raise UnreadableFile(header_at + 1, "the bill has no 交易时间 or 金额 column")
    for n in range(header_at + 1, len(rows)):
        cells = [c.strip() for c in rows[n]]
        row = n + 1
        if not any(cells):
            continue
        if cells[0].startswith(("---", "共", "注", "导出")):
            break  # the footer
        if len(cells) <= max(i_date, i_amount, i_dir):
            out.bad(row, f"row has {len(cells)} cells but the header has {len(header)}")
            continue
        direction = cells[i_dir]
        if direction in NEUTRAL:
            continue
        sign = 1 if direction == "收入" else -1 if direction == "支出" else None
        if sign is None:
            out.bad(row, f"收/支 must be 收入, 支出 or neutral, not {direction}")
            continue
        try:
            date = parse_bank_date(cells[i_date])
        except ValueError as exc:
            out.bad(row, str(exc))
            continue
        try:
            amount = abs(_money(cells[i_amount], digits)) * sign
        except ValueError as exc:
            out.bad(row, str(exc))
            continue

        def cell(i: int | None, cells: list[str] = cells) -> str:
            v = cells[i] if i is not None and i < len(cells) else ""
            return "" if v == "/" else v

        memo = " ".join(x for x in (cell(i) for i in i_memos) if x)
        out.lines.append(ParsedLine(row, date, amount, cell(i_name), cell(i_account), memo,
                                    cell(i_id).lstrip("\t")))
    return out


# ---------------------------------------------------------------- CSV and Excel by a mapping profile

def csv_rows(data: bytes, profile: MappingProfile) -> list[tuple[int, list[str]]]:
    text = decode(data, profile.encoding)
    delimiter = profile.delimiter
    if delimiter in ("auto", ""):
        try:
            delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    elif delimiter == "\\t":
        delimiter = "\t"
    try:
        return [(i + 1, r) for i, r in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter))]
    except csv.Error as exc:
        raise UnreadableFile(1, f"not a readable CSV file: {exc}") from exc


def _cell_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)  # a float cell: its shortest decimal form
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def workbook_rows(path: Path) -> list[tuple[int, list[str]]]:
    """The first sheet of an .xlsx or .xls workbook (python-calamine), as text cells."""
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_path(str(path))
        sheet = wb.get_sheet_by_index(0)
        data = sheet.to_python(skip_empty_area=False)
    except Exception as exc:  # calamine's errors for a damaged or foreign file
        raise UnreadableFile(1, f"not a readable Excel workbook: {exc}") from exc
    return [(i + 1, [_cell_text(v) for v in r]) for i, r in enumerate(data)]


def read_table(rows: Sequence[tuple[int, list[str]]], fmt: str, p: MappingProfile, digits: int) -> ParseResult:
    """A mapped statement: the header row is the first that holds the profile's columns."""
    out = ParseResult(fmt)
    wanted = p.columns()
    header_at = None
    for i, (_row, cells) in enumerate(rows[:50]):
        names = {c.strip() for c in cells}
        if all(w in names for w in wanted):
            header_at = i
            break
    if header_at is None:
        missing = wanted
        if rows:
            names = {c.strip() for c in rows[0][1]}
            missing = [w for w in wanted if w not in names]
        raise UnreadableFile(1, f"no header row with the profile's columns (missing: {', '.join(missing)})")
    header = [c.strip() for c in rows[header_at][1]]

    def ix(name: str) -> int | None:
        return header.index(name) if name else None

    i_date, i_amount, i_credit, i_debit = ix(p.date), ix(p.amount), ix(p.credit), ix(p.debit)
    i_dir, i_name, i_acct, i_ref, i_id = (ix(p.direction), ix(p.counterparty), ix(p.counterparty_account),
                                          ix(p.reference), ix(p.id))
    for row, raw in rows[header_at + 1:]:
        cells = [c.strip() for c in raw]
        if not any(cells):
            continue

        def cell(i: int | None, cells: list[str] = cells) -> str:
            return cells[i] if i is not None and i < len(cells) else ""

        if not cell(i_amount) and not cell(i_credit) and not cell(i_debit):
            continue  # a line of notes or a heading: no money moved
        try:
            date = parse_bank_date(cell(i_date), p.date_format)
        except ValueError as exc:
            out.bad(row, str(exc))
            continue
        try:
            amount = _table_amount(p, digits, cell(i_amount), cell(i_credit), cell(i_debit), cell(i_dir))
        except ValueError as exc:
            out.bad(row, str(exc))
            continue
        if amount is None:
            out.bad(row, "an amount is required")
            continue
        out.lines.append(ParsedLine(row, date, amount, cell(i_name), cell(i_acct), cell(i_ref), cell(i_id)))
    return out


def _table_amount(p: MappingProfile, digits: int, amount: str, credit: str, debit: str,
                  direction: str) -> Decimal | None:
    if p.amount:
        value = parse_bank_amount(amount, digits, p.decimal, p.thousands)
        if value is None:
            return None
        if p.direction:
            sign = direction_sign(direction, p.credit_words)
            if sign is None:
                raise ValueError(f"the direction is not one of the known words: {direction}")
            return abs(value) * sign
        return value
    cr = parse_bank_amount(credit, digits, p.decimal, p.thousands) if p.credit else None
    dr = parse_bank_amount(debit, digits, p.decimal, p.thousands) if p.debit else None
    if cr and dr:
        raise ValueError("both the credit and the debit column hold an amount")
    if cr:
        return abs(cr)
    if dr:
        return -abs(dr)
    if cr is not None or dr is not None:
        raise ValueError("the amount is zero")
    return None
