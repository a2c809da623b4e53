"""Excel and CSV exports: statements, batches, aging, customers, the whole ledger, any table.

Every workbook here is written by :class:`XlsxWriter`, a small streaming
SpreadsheetML writer: rows go straight into the zip as they come (constant
memory, like openpyxl's write-only mode, but about ten times faster — openpyxl
without lxml costs ~35 µs a cell here, so a 1,000,000-row ledger would take
five minutes). What it writes is checked by reading it back with openpyxl and
converting it with LibreOffice in the tests.

What a bookkeeper can rely on in every sheet:

* money is a real number with the money format ``#,##0.00;[Red]-#,##0.00``
  (as many decimals as the currency has), dates are real dates ``yyyy-mm-dd``;
* text is always text: a cell never holds a formula, and text starting with
  ``= + - @`` is marked as text (quote prefix) so Excel never evaluates it;
* sheet names are valid (at most 31 characters, none of ``[]:*?/\\``, unique);
* the header row is frozen and repeated on printed pages, has an autofilter,
  columns have sensible widths, print setup fits the width of the page, and
  pages have a header (company, title) and footer (Page X of Y).

Public API::

    write_statement_workbook(st, path) -> Path
    write_statements_workbook(statements, path) -> Path       # one sheet per customer
    write_aging_workbook(report, path, progress=None) -> Path
    write_customers_workbook(rows, path, digits=2, currency="") -> Path
    write_ledger_export(db, path, progress=None) -> Path       # every document, streamed
    write_table(path, headers, rows, formats=None, title="", ...) -> Path
    write_csv(path, headers, rows, digits=2) -> Path           # the same rule for = + - @
    export_table(path, headers, rows, formats=None, ...) -> Path  # .xlsx or .csv by suffix
    safe_sheet_name(name, taken) -> str
    safe_text(text) -> str                                     # CSV-safe text
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape as _xml_escape

from app.models import money as m
from app.services.dto import AgingReport, CustomerRow, Statement
from app.services.progress import NoProgress, Progress, check

# ------------------------------------------------------------------ cells and names

FORMULA_START = ("=", "+", "-", "@")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EPOCH = dt.date(1899, 12, 30)


def money_format(digits: int = 2) -> str:
    """``'#,##0.00;[Red]-#,##0.00'`` with the currency's number of decimals."""
    frac = "." + "0" * digits if digits > 0 else ""
    return f"#,##0{frac};[Red]-#,##0{frac}"


DATE_FORMAT = "yyyy-mm-dd"


def safe_sheet_name(name: str, taken: set[str] | None = None) -> str:
    """A valid, unique sheet name: no ``[]:*?/\\``, not blank, at most 31 characters.

    Uniqueness is case-insensitive, as in Excel. The name is added to ``taken``.
    """
    taken = taken if taken is not None else set()
    base = _BAD_SHEET_CHARS.sub("_", _ILLEGAL_XML.sub("", name or "")).strip().strip("'") or "Sheet"
    if base.lower() == "history":  # reserved by Excel
        base = "History_"
    base = base[:31]
    candidate = base
    n = 1
    while candidate.lower() in taken:
        n += 1
        suffix = f" ({n})"
        candidate = base[: 31 - len(suffix)] + suffix
    taken.add(candidate.lower())
    return candidate


def safe_text(text: str) -> str:
    """CSV: text that a spreadsheet would read as a formula (or that starts with a control
    character) gets a leading apostrophe; control characters inside become U+FFFD."""
    text = _CONTROL.sub("\ufffd", text)
    if text and (text[0] in FORMULA_START or text[0] in "\t\r\n\ufffd"):
        return "'" + text
    return text


def _x(text: str) -> str:
    return _xml_escape(_ILLEGAL_XML.sub("", text))


def _xa(text: str) -> str:
    return _xml_escape(_ILLEGAL_XML.sub("", text), {'"': "&quot;"})


def col_letter(i: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def date_serial(d: dt.date) -> int | float:
    if isinstance(d, dt.datetime):
        delta = d - dt.datetime(1899, 12, 30, tzinfo=d.tzinfo)
        return delta.days + delta.seconds / 86400
    return (d - EPOCH).days


# Style ids in the styles part written by XlsxWriter (cellXfs order).
S_DEFAULT, S_DATE, S_MONEY, S_HEADER, S_TEXT, S_INT, S_TITLE, S_BOLD_MONEY, S_BOLD, S_PERCENT, S_DATETIME = range(11)
S_HEADER_RIGHT = 11  # the header of a numeric column: right-aligned over its right-aligned numbers
NUMERIC_KINDS = ("money", "int", "number", "percent", "date", "datetime")
PAGE_FOOTER = {"en": "Page &P of &N", "zh_CN": "第 &P 页，共 &N 页"}


def page_footer(language: str) -> str:
    """The printed page number in the sheet's language (``&P``/``&N`` are Excel's page fields)."""
    return PAGE_FOOTER["zh_CN" if language.lower().startswith("zh") else "en"]


@dataclass(frozen=True)
class Typed:
    """A value of a title row written as a given kind (``Typed(Decimal("0.85"), "percent")``)."""

    value: Any
    kind: str

KIND_STYLE = {"text": S_DEFAULT, "date": S_DATE, "money": S_MONEY, "int": S_INT, "number": S_DEFAULT,
              "percent": S_PERCENT, "datetime": S_DATETIME}


def _styles_xml(digits: int) -> str:
    mf = _xa(money_format(digits))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
        f'<numFmt numFmtId="165" formatCode="{mf}"/>'
        '<numFmt numFmtId="166" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>'
        '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
        '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>'
        '<fills count="3"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill>'
        '<fill><patternFill patternType="solid"><fgColor rgb="FFE8EBEF"/><bgColor indexed="64"/></patternFill>'
        '</fill></fills>'
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left/><right/><top/><bottom style="thin"><color rgb="FF9AA5B1"/></bottom><diagonal/></border>'
        '</borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="12">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" '
        'applyBorder="1"/>'
        '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>'
        '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" '
        'applyBorder="1" applyAlignment="1"><alignment horizontal="right"/></xf>'
        '</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '</styleSheet>'
    )


def _text_cell(ref: str, text: str, style: int = S_DEFAULT) -> str:
    if text[:1] in FORMULA_START:
        style = S_TEXT
    sp = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    st = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{st} t="inlineStr"><is><t{sp}>{_x(text)}</t></is></c>'


_NEEDS_CARE = re.compile("^[=+\\-@\\s]|\\s$|[\n&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def text_frag(text: str) -> str:
    """What follows ``<c r="A1"`` in a text cell: type, optional style, the escaped text."""
    if _NEEDS_CARE.search(text):
        return _text_cell("", text)[len('<c r=""'):]
    return f' t="inlineStr"><is><t>{text}</t></is></c>'


def text_xml(ref: str, text: str | None) -> str:
    """A text cell (or nothing for an empty value); quote-prefixed when it looks like a formula."""
    if not text:
        return ""
    if _NEEDS_CARE.search(text):
        return _text_cell(ref, text)
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def minor_text(units: int, digits: int) -> str:
    """Integer minor units -> exact decimal text (``-1234`` -> ``"-12.34"``), no Decimal, no float."""
    if digits == 0:
        return str(units)
    s = str(-units if units < 0 else units).rjust(digits + 1, "0")
    return f"{'-' if units < 0 else ''}{s[:-digits]}.{s[-digits:]}"


def minor_xml(ref: str, units: int | None, digits: int, style: int = S_MONEY) -> str:
    """A money cell from integer minor units (nothing for ``None``)."""
    if units is None:
        return ""
    return f'<c r="{ref}" s="{style}"><v>{minor_text(units, digits)}</v></c>'


def cell_xml(ref: str, value: Any, kind: str = "text", style: int | None = None) -> str:
    """One ``<c>`` element. Never a formula: there is no way to write ``<f>`` here."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, str):
        return _text_cell(ref, value, style if style is not None else S_DEFAULT)
    if isinstance(value, Decimal):
        s = style if style is not None else (S_MONEY if kind in ("money", "text") else KIND_STYLE.get(kind, 0))
        return f'<c r="{ref}" s="{s}"><v>{value:f}</v></c>'
    if isinstance(value, int):
        s = style if style is not None else KIND_STYLE.get(kind, 0)
        return f'<c r="{ref}" s="{s}"><v>{value}</v></c>' if s else f'<c r="{ref}"><v>{value}</v></c>'
    if isinstance(value, float):
        raise TypeError("money and figures are never floats")
    if isinstance(value, dt.datetime):
        return f'<c r="{ref}" s="{S_DATETIME}"><v>{date_serial(value)}</v></c>'
    if isinstance(value, dt.date):
        return f'<c r="{ref}" s="{style if style is not None else S_DATE}"><v>{date_serial(value)}</v></c>'
    return _text_cell(ref, str(value), style if style is not None else S_DEFAULT)


def _styled_cell(ref: str, value: Any, style: int) -> str:
    """A cell of a totals row: text bold, money bold, dates stay dates."""
    if style == S_BOLD_MONEY:
        if isinstance(value, str):
            return _text_cell(ref, value, S_BOLD)
        if isinstance(value, Decimal):
            return cell_xml(ref, value, "money", S_BOLD_MONEY)
        return cell_xml(ref, value)
    return cell_xml(ref, value, style=style)


# ------------------------------------------------------------------ the streaming writer

@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text, date, money, int, number, percent, datetime
    width: float | None = None  # characters; measured from the first rows when None


def _display_width(value: Any, digits: int) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, Decimal):
        return len(f"{value:,.{digits}f}") + 1
    s = str(value)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


class SheetWriter:
    """Rows of one sheet, streamed into the workbook's zip. Get one from :meth:`XlsxWriter.sheet`."""

    MEASURE_ROWS = 300

    def __init__(self, book: XlsxWriter, index: int, name: str, columns: Sequence[Column],
                 title_rows: Sequence[Sequence[Any]], header: str, footer: str, landscape: bool,
                 autofilter: bool, language: str = "en") -> None:
        self.book = book
        self.language = language
        self.index = index
        self.name = name
        self.columns = list(columns)
        self.title_rows = [list(r) for r in title_rows]
        self.header_text = header
        self.footer_text = footer
        self.landscape = landscape
        self.autofilter = autofilter
        self.letters = [col_letter(i) for i in range(max(len(self.columns), 1) + 8)]
        self.header_row = len(self.title_rows) + (2 if self.title_rows else 1)
        self.row = 0  # last row written
        self._pending: list[tuple[list[Any], int | None]] = []
        self._stream: IO[bytes] | None = None
        self._buf: list[str] = []
        self._buf_len = 0
        self.closed = False
        kinds = [c.kind for c in self.columns]
        self._fns = [self._converter(k) for k in kinds]

    # -- cells
    def _converter(self, kind: str) -> Callable[[str, Any], str]:
        if kind == "money":
            def money(ref: str, v: Any) -> str:
                if isinstance(v, Decimal):
                    return f'<c r="{ref}" s="{S_MONEY}"><v>{v:f}</v></c>'
                return cell_xml(ref, v, "money")
            return money
        if kind == "date":
            def date(ref: str, v: Any) -> str:
                if type(v) is dt.date:
                    return f'<c r="{ref}" s="{S_DATE}"><v>{(v - EPOCH).days}</v></c>'
                return cell_xml(ref, v, "date")
            return date
        if kind == "text":
            def text(ref: str, v: Any) -> str:
                if type(v) is str and v:
                    if v[0] in FORMULA_START or v != v.strip() or "\n" in v or _ILLEGAL_XML.search(v):
                        return _text_cell(ref, v)
                    return f'<c r="{ref}" t="inlineStr"><is><t>{_xml_escape(v)}</t></is></c>'
                return cell_xml(ref, v, "text")
            return text
        return lambda ref, v: cell_xml(ref, v, kind)

    # -- rows
    def append(self, values: Sequence[Any], style: int | None = None) -> None:
        """Add a data row (one value per column; ``None`` leaves a cell empty)."""
        if self._stream is None and len(self._pending) < self.MEASURE_ROWS:
            self._pending.append((list(values), style))
            return
        self._start()
        self._write_row(values, style)

    def next_row(self) -> str:
        """Fast path for big exports: the number of the next row, for :meth:`append_xml`."""
        if self._stream is None:
            self._start()
        self.row += 1
        return str(self.row)

    def append_xml(self, r: str, cells: str) -> None:
        """Write row ``r`` (from :meth:`next_row`) whose ``<c>`` elements the caller built.

        Build them with :func:`text_xml`, :func:`minor_xml` and friends; nothing is measured,
        so give the columns widths.
        """
        self._emit(f'<row r="{r}">{cells}</row>')

    def _write_row(self, values: Sequence[Any], style: int | None) -> None:
        self.row += 1
        r = str(self.row)
        letters = self.letters
        if style is None:
            fns = self._fns
            cells = "".join(fns[i](letters[i] + r, v) for i, v in enumerate(values) if v is not None)
        else:
            cells = "".join(_styled_cell(letters[i] + r, v, style) for i, v in enumerate(values) if v is not None)
        self._emit(f'<row r="{r}">{cells}</row>')

    def _emit(self, s: str) -> None:
        self._buf.append(s)
        self._buf_len += len(s)
        if self._buf_len > 1 << 18:
            self._flush()

    def _flush(self) -> None:
        if self._buf and self._stream is not None:
            self._stream.write("".join(self._buf).encode("utf-8"))
        self._buf.clear()
        self._buf_len = 0

    def _widths(self) -> list[float]:
        out = []
        digits = self.book.digits
        for i, c in enumerate(self.columns):
            if c.width is not None:
                out.append(c.width)
                continue
            w = _display_width(c.header, digits) + 3  # room for the filter button
            for vals, _ in self._pending:
                if i < len(vals):
                    w = max(w, _display_width(vals[i], digits) + 1)
            out.append(float(min(max(w, 10), 60)))  # float-ok: a layout length in points, not money
        return out

    expected_rows: int | None = None  # data rows still to come, when the caller knows (a dimension hint)

    def _dimension(self, final: bool) -> str:
        """``<dimension>``: readers such as openpyxl's read-only mode size the sheet by it."""
        ncols = max(len(self.columns), 1, *(len(r) for r in self.title_rows))
        if final:
            rows = self.header_row + len(self._pending)
        elif self.expected_rows is not None:
            rows = self.header_row + self.expected_rows
        else:
            return ""
        return f'<dimension ref="A1:{col_letter(ncols - 1)}{rows}"/>'

    def _start(self, final: bool = False) -> None:
        if self._stream is not None:
            return
        ncols = max(len(self.columns), 1)
        last = self.letters[ncols - 1]
        widths = self._widths()
        head = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>', self._dimension(final)]
        hr = self.header_row
        head.append('<sheetViews><sheetView workbookViewId="0"'
                    + (' tabSelected="1"' if self.index == 1 else "") + '>'
                    f'<pane ySplit="{hr}" topLeftCell="A{hr + 1}" activePane="bottomLeft" state="frozen"/>'
                    f'<selection pane="bottomLeft" activeCell="A{hr + 1}" sqref="A{hr + 1}"/>'
                    '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>')
        if widths:
            head.append("<cols>")
            for i, w in enumerate(widths):
                head.append(f'<col min="{i + 1}" max="{i + 1}" width="{w:.1f}" customWidth="1"/>')
            head.append("</cols>")
        head.append("<sheetData>")
        self._stream = self.book._open_part(f"xl/worksheets/sheet{self.index}.xml")
        self._emit("".join(head))
        for tr in self.title_rows:
            self.row += 1
            r = str(self.row)
            cells = "".join(cell_xml(self.letters[i] + r, v.value, v.kind) if isinstance(v, Typed) else
                            cell_xml(self.letters[i] + r, v, style=S_TITLE if (i == 0 and self.row == 1) else None)
                            for i, v in enumerate(tr) if v is not None)
            self._emit(f'<row r="{r}">{cells}</row>')
        if self.title_rows:
            self.row += 1  # a blank row between the title block and the table
        self.row += 1
        r = str(self.row)
        cells = "".join(_text_cell(self.letters[i] + r, c.header,
                                   S_HEADER_RIGHT if c.kind in NUMERIC_KINDS else S_HEADER)
                        for i, c in enumerate(self.columns))
        self._emit(f'<row r="{r}">{cells}</row>')
        self._last_col = last
        pending, self._pending = self._pending, []
        for vals, style in pending:
            self._write_row(vals, style)

    def close(self) -> None:
        if self.closed:
            return
        self._start(final=True)
        hr = self.header_row
        last_row = max(self.row, hr)
        tail = ["</sheetData>"]
        if self.autofilter and self.columns:
            tail.append(f'<autoFilter ref="A{hr}:{self._last_col}{last_row}"/>')
        tail.append('<printOptions gridLines="0"/>'
                    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                    f'<pageSetup paperSize="9" orientation="{"landscape" if self.landscape else "portrait"}" '
                    'fitToWidth="1" fitToHeight="0"/>')
        hdr = (f"&amp;L{_x(_hf(self.book.company))}" if self.book.company else "") + \
            (f"&amp;R{_x(_hf(self.header_text))}" if self.header_text else "")
        ftr = (f"&amp;L{_x(_hf(self.footer_text))}" if self.footer_text else "") + \
            "&amp;R" + _x(page_footer(self.language))
        tail.append(f"<headerFooter><oddHeader>{hdr}</oddHeader><oddFooter>{ftr}</oddFooter></headerFooter>")
        tail.append("</worksheet>")
        self._emit("".join(tail))
        self._flush()
        assert self._stream is not None
        self._stream.close()
        self._stream = None
        self.book._sheet_done(self, hr, last_row)
        self.closed = True


def _hf(text: str) -> str:
    """Header/footer text: ``&`` is a control character there, and the length is limited."""
    return (text or "").replace("&", "&&")[:80]


class XlsxWriter:
    """A workbook written sheet by sheet (one sheet open at a time), in constant memory.

    ``with XlsxWriter(path, digits=2, company="...") as book:``
    ``    sh = book.sheet("Aging", [Column("Code"), Column("Total", "money")], title_rows=[["Aging"]])``
    ``    sh.append(["C001", Decimal("12.50")])``
    The file appears complete at ``path`` only when the ``with`` block ends without error.
    """

    def __init__(self, path: str | Path, digits: int = 2, company: str = "", language: str = "en") -> None:
        self.path = Path(path)
        self.digits = digits
        self.company = company
        self.language = language
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = self.path.with_name(self.path.name + ".part")
        self._zip = zipfile.ZipFile(self._tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        self._names: set[str] = set()
        self._sheets: list[tuple[str, int, str, int, int]] = []  # name, index, last col, header row, last row
        self._current: SheetWriter | None = None
        self._done = False

    def __enter__(self) -> XlsxWriter:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def _open_part(self, name: str) -> IO[bytes]:
        return self._zip.open(name, "w", force_zip64=True)

    def sheet(self, name: str, columns: Sequence[Column], *, title_rows: Sequence[Sequence[Any]] = (),
              header: str = "", footer: str = "", landscape: bool = False, autofilter: bool = True,
              language: str | None = None) -> SheetWriter:
        """Start a new sheet (the previous one is finished). The name is made valid and unique.

        ``language`` (default: the workbook's) is the language of the printed page numbers.
        """
        if self._current is not None:
            self._current.close()
        safe = safe_sheet_name(name, self._names)
        sh = SheetWriter(self, len(self._sheets) + 1, safe, columns, title_rows, header or safe, footer,
                         landscape, autofilter, language or self.language)
        self._current = sh
        return sh

    def _sheet_done(self, sh: SheetWriter, header_row: int, last_row: int) -> None:
        self._sheets.append((sh.name, sh.index, getattr(sh, "_last_col", "A"), header_row, last_row))
        self._current = None

    def close(self) -> Path:
        if self._done:
            return self.path
        if self._current is not None:
            self._current.close()
        if not self._sheets:
            self.sheet("Sheet", []).close()
        z = self._zip
        n = len(self._sheets)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for _, i, _, _, _ in self._sheets)
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/styles.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   '<Override PartName="/docProps/core.xml" '
                   'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                   '<Override PartName="/docProps/app.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                   f'{overrides}</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" '
                   'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                   'Target="xl/workbook.xml"/>'
                   '<Relationship Id="rId2" '
                   'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                   'Target="docProps/core.xml"/>'
                   '<Relationship Id="rId3" '
                   'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" '
                   'Target="docProps/app.xml"/>'
                   '</Relationships>')
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        z.writestr("docProps/core.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                   'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                   'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                   f'<dc:creator>{_x(self.company or "Duebook")}</dc:creator>'
                   f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
                   f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
                   '</cp:coreProperties>')
        z.writestr("docProps/app.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                   '<Application>Duebook</Application></Properties>')
        rels = "".join(
            f'<Relationship Id="rId{i}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            f'Target="worksheets/sheet{i}.xml"/>' for _, i, _, _, _ in self._sheets)
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'{rels}<Relationship Id="rId{n + 1}" '
                   'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
                   'Target="styles.xml"/></Relationships>')
        sheets = "".join(f'<sheet name="{_xa(name)}" sheetId="{i}" r:id="rId{i}"/>'
                         for name, i, _, _, _ in self._sheets)
        names = []
        for name, i, last, hr, lr in self._sheets:
            q = "'" + name.replace("'", "''") + "'"
            names.append(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i - 1}" hidden="1">'
                         f'{_x(q)}!$A${hr}:${last}${lr}</definedName>')
            names.append(f'<definedName name="_xlnm.Print_Titles" localSheetId="{i - 1}">'
                         f'{_x(q)}!${hr}:${hr}</definedName>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<bookViews><workbookView activeTab="0"/></bookViews>'
                   f'<sheets>{sheets}</sheets><definedNames>{"".join(names)}</definedNames></workbook>')
        z.writestr("xl/styles.xml", _styles_xml(self.digits))
        z.close()
        self._tmp.replace(self.path)
        self._done = True
        return self.path

    def abort(self) -> None:
        """Stop and leave nothing behind (used on error or cancel)."""
        try:
            if self._current is not None and self._current._stream is not None:
                self._current._stream.close()
            self._zip.close()
        except Exception:  # the file is removed anyway
            pass
        self._tmp.unlink(missing_ok=True)
        self._done = True


# ------------------------------------------------------------------ generic tables

FORMAT_ALIASES = {"": "text", "str": "text", "string": "text", "decimal": "money", "amount": "money",
                  "integer": "int", "days": "int"}


def _columns(headers: Sequence[str], formats: Sequence[str] | None) -> list[Column]:
    fm = list(formats or [])
    out = []
    for i, h in enumerate(headers):
        kind = fm[i] if i < len(fm) else "text"
        out.append(Column(str(h), FORMAT_ALIASES.get(kind, kind)))
    return out


def write_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                formats: Sequence[str] | None = None, *, title: str = "", sheet_name: str = "",
                digits: int = 2, company: str = "", title_rows: Sequence[Sequence[Any]] = (),
                progress: Progress | None = None, total: int = 0, language: str = "en") -> Path:
    """Any table (e.g. what a GUI table shows) as a workbook.

    ``formats`` names each column's kind: ``text`` (default), ``money``,
    ``date``, ``int``, ``number``, ``percent``. Values are written as they are:
    Decimals and ints as numbers, dates as dates, text as text (never a formula).
    """
    progress = progress or NoProgress()
    cols = _columns(headers, formats)
    rows_title = list(title_rows) or ([[title]] if title else [])
    book = XlsxWriter(path, digits, company, language)
    try:
        sh = book.sheet(sheet_name or title or "Sheet1", cols, title_rows=rows_title, header=title)
        for n, r in enumerate(rows, 1):
            sh.append(r)
            if n % 2000 == 0:
                check(progress, n, total)
        out = book.close()
    except BaseException:
        book.abort()
        raise
    return out


def _csv_value(v: Any, digits: int) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, Decimal):
        return f"{v:f}"
    if isinstance(v, float):
        raise TypeError("money and figures are never floats")
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ", timespec="seconds")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, int):
        return str(v)
    return safe_text(str(v))


def write_csv(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], digits: int = 2,
              progress: Progress | None = None, total: int = 0) -> Path:
    """UTF-8 CSV with a BOM (so Excel reads Chinese); text that looks like a formula gets an apostrophe."""
    progress = progress or NoProgress()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow([safe_text(str(h)) for h in headers])
            for n, r in enumerate(rows, 1):
                w.writerow([_csv_value(v, digits) for v in r])
                if n % 5000 == 0:
                    check(progress, n, total)
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def export_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                 formats: Sequence[str] | None = None, **kw: Any) -> Path:
    """``.csv`` -> :func:`write_csv`, anything else -> :func:`write_table`."""
    if str(path).lower().endswith(".csv"):
        return write_csv(path, headers, rows, digits=kw.get("digits", 2), progress=kw.get("progress"),
                         total=kw.get("total", 0))
    return write_table(path, headers, rows, formats, **kw)


# ------------------------------------------------------------------ statements

ST_TEXT: dict[str, tuple[str, str]] = {
    "date": ("Date", "日期"), "kind": ("Type", "类型"), "number": ("Number", "单号"),
    "description": ("Description", "摘要"), "due_date": ("Due date", "到期日"), "debit": ("Debit", "借方"),
    "credit": ("Credit", "贷方"), "balance": ("Balance", "余额"), "days_overdue": ("Days overdue", "逾期天数"),
    "amount": ("Amount", "金额"), "open_amount": ("Open amount", "未结金额"),
    "title": ("Statement of account", "对账单"), "title_open": ("Statement of open items", "未结清项目对账单"),
    "customer": ("Customer", "客户"), "code": ("Customer code", "客户编号"), "period": ("Period", "对账期间"),
    "opening": ("Balance brought forward", "上期结余"), "closing": ("Closing balance", "期末余额"),
    "totals": ("Totals for the period", "本期合计"), "amount_due": ("Amount due", "应付金额"),
    "address": ("Address", "地址"), "total": ("Total", "合计"), "unapplied": ("Unapplied", "未核销"),
    "currency": ("Currency", "币种"),
}


def _t(key: str, lang: str) -> str:
    en, zh = ST_TEXT[key]
    return zh if lang.lower().startswith("zh") else en


def _st_lang(st: Statement) -> str:
    lang = st.customer.language or st.company.locale or "en"
    return "zh_CN" if lang.lower().startswith("zh") else "en"


def _statement_sheet(book: XlsxWriter, st: Statement, sheet_name: str | None = None) -> None:
    from app.services.documents.pdf import kind_label

    lang = _st_lang(st)
    c = st.customer
    title = _t("title_open" if st.open_item else "title", lang)
    title_rows: list[list[Any]] = [
        [f"{st.company.name} — {title}"],
        [_t("customer", lang), c.name],
        [_t("code", lang), c.code],
    ]
    if c.billing_address:
        title_rows.append([_t("address", lang), c.billing_address.replace("\n", ", ")])
    title_rows += [
        [_t("period", lang), st.date_from, st.date_to],
        [_t("currency", lang), st.company.currency],
        [_t("amount_due", lang), st.closing_balance],
    ]
    name = sheet_name or f"{c.code} {c.name}"
    if st.open_item:
        cols = [Column(_t("date", lang), "date"), Column(_t("kind", lang)), Column(_t("number", lang)),
                Column(_t("due_date", lang), "date"), Column(_t("days_overdue", lang), "int"),
                Column(_t("amount", lang), "money"), Column(_t("open_amount", lang), "money")]
        sh = book.sheet(name, cols, title_rows=title_rows, header=f"{title} {c.code}", footer=c.name, language=lang)
        total = Decimal(0)
        for it in st.open_items:
            total += it.open_amount
            sh.append([it.date, kind_label(it.kind, lang), it.number, it.due_date, it.days_overdue,
                       it.amount, it.open_amount])
        sh.append([None, _t("total", lang), None, None, None, None, total], style=S_BOLD_MONEY)
        if st.aging.unapplied:
            sh.append([None, _t("unapplied", lang), None, None, None, None, st.aging.unapplied])
        sh.append([None, _t("amount_due", lang), None, None, None, None, st.closing_balance], style=S_BOLD_MONEY)
    else:
        cols = [Column(_t("date", lang), "date"), Column(_t("kind", lang)), Column(_t("number", lang)),
                Column(_t("description", lang)), Column(_t("due_date", lang), "date"),
                Column(_t("debit", lang), "money"), Column(_t("credit", lang), "money"),
                Column(_t("balance", lang), "money")]
        sh = book.sheet(name, cols, title_rows=title_rows, header=f"{title} {c.code}", footer=c.name, language=lang)
        sh.append([st.date_from, _t("opening", lang), None, None, None, None, None, st.opening_balance])
        for ln in st.lines:
            sh.append([ln.date, kind_label(ln.kind, lang), ln.number, ln.description or None,
                       ln.due_date if ln.kind == "invoice" else None,
                       ln.debit if ln.debit else None, ln.credit if ln.credit else None, ln.balance])
        sh.append([None, _t("totals", lang), None, None, None, st.total_debit, st.total_credit, None],
                  style=S_BOLD_MONEY)
        sh.append([st.date_to, _t("closing", lang), None, None, None, None, None, st.closing_balance],
                  style=S_BOLD_MONEY)
    sh.close()


def write_statement_workbook(st: Statement, path: str | Path) -> Path:
    """One statement as a workbook (one sheet), in the customer's language."""
    book = XlsxWriter(path, st.company.minor_digits, st.company.name)
    try:
        _statement_sheet(book, st)
        return book.close()
    except BaseException:
        book.abort()
        raise


class StatementsWorkbook:
    """A batch workbook filled one statement at a time (a sheet per customer)."""

    def __init__(self, path: str | Path, digits: int, company: str) -> None:
        self.book = XlsxWriter(path, digits, company)

    def add(self, st: Statement) -> None:
        _statement_sheet(self.book, st)

    def close(self) -> Path:
        return self.book.close()

    def abort(self) -> None:
        self.book.abort()


def write_statements_workbook(statements: Iterable[Statement], path: str | Path) -> Path:
    """Several statements in one workbook, a sheet per customer (names made valid and unique)."""
    it: Iterator[Statement] = iter(statements)
    first = next(it, None)
    if first is None:
        return write_table(path, [], [], sheet_name="Statements")
    wb = StatementsWorkbook(path, first.company.minor_digits, first.company.name)
    try:
        wb.add(first)
        for st in it:
            wb.add(st)
        return wb.close()
    except BaseException:
        wb.abort()
        raise


# ------------------------------------------------------------------ aging, customers, ledger

AGING_TEXT: dict[str, tuple[str, str]] = {
    "title": ("Aging as of {date}", "账龄分析表（截至 {date}）"), "sheet": ("Aging {date}", "账龄 {date}"),
    "as_of": ("As of", "截至"), "currency": ("Currency", "币种"), "basis": ("Aged by", "账龄依据"),
    "code": ("Code", "客户编号"), "customer": ("Customer", "客户"), "unapplied": ("Unapplied", "未核销"),
    "total": ("Total", "合计"),
}
AGING_BASIS: dict[str, tuple[str, str]] = {"due_date": ("due date", "到期日"), "invoice_date": ("invoice date", "开票日")}


def _bucket_header(key: str, language: str = "en") -> str:
    from app.services.documents.statement_pdf import bucket_label

    return bucket_label(key, language)


def write_aging_workbook(report: AgingReport, path: str | Path, progress: Progress | None = None,
                         company: str = "", digits: int | None = None, language: str = "en") -> Path:
    """The aging report: a row per customer, buckets, unapplied, total, and a totals row, in ``language``."""
    progress = progress or NoProgress()
    if digits is None:
        digits = m.minor_digits(report.currency)
    lang = "zh_CN" if language.lower().startswith("zh") else "en"

    def tr(key: str, **kw: str) -> str:
        en, zh = AGING_TEXT[key]
        return (zh if lang == "zh_CN" else en).format(**kw)

    en_basis, zh_basis = AGING_BASIS.get(report.basis, (report.basis, report.basis))
    basis = zh_basis if lang == "zh_CN" else en_basis
    cols = [Column(tr("code")), Column(tr("customer"))]
    cols += [Column(_bucket_header(k, lang), "money") for k in report.bucket_keys]
    cols += [Column(tr("unapplied"), "money"), Column(tr("total"), "money")]
    as_of = report.as_of.isoformat()
    book = XlsxWriter(path, digits, company, lang)
    try:
        sh = book.sheet(tr("sheet", date=as_of), cols, header=tr("title", date=as_of),
                        title_rows=[[tr("title", date=as_of)],
                                    [tr("as_of"), report.as_of, tr("currency"), report.currency,
                                     tr("basis"), basis]],
                        landscape=True)
        n = len(report.rows)
        for i, r in enumerate(report.rows, 1):
            sh.append([r.code, r.name, *r.amounts, r.unapplied, r.total])
            if i % 2000 == 0:
                check(progress, i, n)
        sh.append([tr("total"), None, *report.totals, report.total_unapplied, report.total], style=S_BOLD_MONEY)
        check(progress, n, n)
        return book.close()
    except BaseException:
        book.abort()
        raise


def write_customers_workbook(rows: Iterable[CustomerRow], path: str | Path, digits: int = 2,
                             company: str = "", progress: Progress | None = None, total: int = 0) -> Path:
    """The customer list: code, name, category, contact, tags, balance, limit, grade."""
    headers = ["Code", "Name", "Short name", "Category", "Phone", "E-mail", "Tags", "Balance",
               "Credit limit", "Grade", "Class", "Language", "Archived"]
    formats = ["text"] * 7 + ["money", "money"] + ["text"] * 4

    def gen() -> Iterator[list[Any]]:
        for r in rows:
            yield [r.code, r.name, r.short_name, r.category, r.phone, r.email, "; ".join(r.tags), r.balance,
                   r.credit_limit, r.grade, r.value_class, r.language, "yes" if r.archived else None]

    return write_table(path, headers, gen(), formats, title="Customers", sheet_name="Customers", digits=digits,
                       company=company, progress=progress, total=total)


LEDGER_HEADERS = ["Customer code", "Customer", "Date", "Type", "Number", "Status", "Due date", "Description",
                  "Debit", "Credit", "Balance", "Open amount"]
LEDGER_FORMATS = ["text", "text", "date", "text", "text", "text", "date", "text", "money", "money", "money",
                  "money"]


def ledger_rows(db: Any, progress: Progress | None = None, batch: int = 20000) -> Iterator[list[Any]]:
    """Every posted or voided document, by customer and date, with a running balance per customer.

    One streamed query (``yield_per``: a server-side cursor on PostgreSQL) in the order of the
    (customer, date, id) index, so memory stays flat on a million rows.
    """
    from sqlalchemy import func, select

    from app.models import Customer, Document
    from app.models.ledger import DRAFT
    from app.services.sql import raw
    from app.services.unit_of_work import ReadUnitOfWork

    progress = progress or NoProgress()
    digits = db.digits
    with ReadUnitOfWork(db) as uow:  # a long read must not hold the write lock
        s = uow.session
        total = s.execute(select(func.count()).select_from(Document).where(Document.status != DRAFT)).scalar_one()
        codes = dict(s.execute(select(Customer.id, Customer.code)).tuples().all())
        cnames = dict(s.execute(select(Customer.id, Customer.name)).tuples().all())
        cur_cid = None
        bal = 0
        q = (select(Document.customer_id, Document.date, Document.kind, Document.number,
                    Document.status, Document.due_date, Document.description, Document.direction,
                    raw(Document.amount), raw(Document.open_amount))
             .where(Document.status != DRAFT)
             .order_by(Document.customer_id, Document.date, Document.id)
             .execution_options(yield_per=batch))
        done = 0
        for cid, date, kind, number, status, due, desc, direction, amount, open_amt in s.execute(q):
            if cid != cur_cid:
                cur_cid = cid
                bal = 0
            bal += direction * amount
            a = Decimal(amount).scaleb(-digits)
            yield [codes.get(cid, ""), cnames.get(cid, ""), date, kind, number, status, due, desc or None,
                   a if direction == 1 else None, a if direction == -1 else None, Decimal(bal).scaleb(-digits),
                   Decimal(open_amt).scaleb(-digits) if direction == 1 else None]
            done += 1
            if done % batch == 0:
                check(progress, done, total)
        check(progress, done, total)


def write_ledger_export(db: Any, path: str | Path, progress: Progress | None = None) -> Path:
    """The whole ledger (every posted document) as one streamed workbook, or CSV for a ``.csv`` path.

    By customer, date and entry; a running balance per customer. The workbook is written on the
    fast path (rows formatted straight from the query's integers and ISO dates), so a ledger of a
    million documents takes tens of seconds and little memory.
    """
    from app.services.permissions import check

    check(db, "export")
    from app.services.company import company_info

    info = company_info(db.uow())
    if str(path).lower().endswith(".csv"):
        return write_csv(path, LEDGER_HEADERS, ledger_rows(db, progress), db.digits)
    return _ledger_xlsx(db, path, info.name, info.currency, progress or NoProgress())


class _LeanReads:
    """On SQLite, stream a big query with memory mapping off and a small page cache, then put the
    connection's settings back (it returns to the pool). Mapped pages of a 1 GB file would otherwise
    count in the process's resident memory for nothing: each page is read once."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.saved: list[tuple[str, Any]] = []

    def rows(self, q: Any) -> Iterator[Any]:
        sqlite = self.conn.dialect.name == "sqlite"
        if sqlite:
            for pragma, value in (("mmap_size", 0), ("cache_size", -8192)):
                old = self.conn.exec_driver_sql(f"PRAGMA {pragma}").scalar()
                self.saved.append((pragma, old))
                self.conn.exec_driver_sql(f"PRAGMA {pragma}={int(value)}")
        try:
            yield from self.conn.execute(q)
        finally:
            for pragma, old in self.saved:
                self.conn.exec_driver_sql(f"PRAGMA {pragma}={int(old)}")
            self.saved.clear()


LEDGER_WIDTHS = (14, 30, 11, 12, 16, 9, 11, 30, 14, 14, 15, 14)


def _ledger_xlsx(db: Any, path: str | Path, company: str, currency: str, progress: Progress,
                 batch: int = 20000) -> Path:
    from sqlalchemy import String, cast, func, select

    from app.models import Customer, Document
    from app.models.ledger import DRAFT
    from app.services.sql import raw

    digits = db.digits
    cols = [Column(h, k, width=float(w)) for h, k, w in zip(LEDGER_HEADERS, LEDGER_FORMATS, LEDGER_WIDTHS,  # float-ok: a layout length in points, not money
                                                             strict=True)]
    from app.services.unit_of_work import ReadUnitOfWork

    book = XlsxWriter(path, digits, company)
    try:
        sh = book.sheet("Ledger", cols, title_rows=[[f"{company} — Ledger"], ["Currency", currency]],
                        header="Ledger")
        with ReadUnitOfWork(db) as uow:  # a long read must not hold the write lock
            s = uow.session
            total = s.execute(select(func.count()).select_from(Document)
                              .where(Document.status != DRAFT)).scalar_one()
            sh.expected_rows = total  # the same snapshot: exact
            people: dict[int, tuple[str, str]] = {}
            for cid, code, name in s.execute(select(Customer.id, Customer.code, Customer.name)):
                people[cid] = (code, name)
            conn = s.connection()
            lean = _LeanReads(conn)  # a million rows streamed once: no mmap, a small cache
            q = (select(Document.customer_id, cast(Document.date, String), Document.kind, Document.number,
                        Document.status, cast(Document.due_date, String), Document.description,
                        Document.direction, raw(Document.amount), raw(Document.open_amount))
                 .where(Document.status != DRAFT)
                 .order_by(Document.customer_id, Document.date, Document.id)
                 .execution_options(yield_per=batch))
            serials: dict[str, int] = {}

            def serial(text: str) -> int:
                v = serials.get(text)
                if v is None:
                    v = serials[text] = (dt.date.fromisoformat(text[:10]) - EPOCH).days
                return v

            frags: dict[str, str] = {}  # kinds and statuses are few: escape them once

            def frag(text: str) -> str:
                f = frags.get(text)
                if f is None:
                    f = frags[text] = text_frag(text)
                return f

            cur = -1
            code_f = name_f = ""
            bal = 0
            done = 0
            money = S_MONEY
            for cid, date, kind, number, status, due, desc, direction, amount, open_amt in lean.rows(q):
                if cid != cur:
                    cur = cid
                    bal = 0
                    code, name = people.get(cid, ("", ""))
                    # "\0" marks where the row number goes: it never survives escaping, so no name holds it
                    code_f = f'<c r="A\0"{text_frag(code)}' if code else ""
                    name_f = f'<c r="B\0"{text_frag(name)}' if name else ""
                bal += direction * amount
                r = sh.next_row()
                if direction == 1:
                    amounts = (f'<c r="I{r}" s="{money}"><v>{minor_text(amount, digits)}</v></c>'
                               f'<c r="K{r}" s="{money}"><v>{minor_text(bal, digits)}</v></c>'
                               f'<c r="L{r}" s="{money}"><v>{minor_text(open_amt, digits)}</v></c>')
                else:
                    amounts = (f'<c r="J{r}" s="{money}"><v>{minor_text(amount, digits)}</v></c>'
                               f'<c r="K{r}" s="{money}"><v>{minor_text(bal, digits)}</v></c>')
                sh.append_xml(r, "".join((
                    code_f.replace("\0", r), name_f.replace("\0", r),
                    f'<c r="C{r}" s="{S_DATE}"><v>{serial(date)}</v></c>' if date else "",
                    f'<c r="D{r}"{frag(kind)}', text_xml("E" + r, number), f'<c r="F{r}"{frag(status)}',
                    f'<c r="G{r}" s="{S_DATE}"><v>{serial(due)}</v></c>' if due else "",
                    text_xml("H" + r, desc) if desc else "",
                    amounts,
                )))
                done += 1
                if done % batch == 0:
                    check(progress, done, total)
            check(progress, done, total)
        return book.close()
    except BaseException:
        book.abort()
        raise
