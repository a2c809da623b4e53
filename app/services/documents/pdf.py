"""Shared PDF building blocks (reportlab): fonts, styles, letterhead, page numbers.

Every Duebook PDF (statements, aging, dunning letters, credit reports) is built
from these pieces so that they look alike and render Chinese everywhere.

Fonts
    :func:`register_fonts` registers WenQuanYi Micro Hei from
    ``app/resources/fonts/wqy-microhei.ttc`` (a file of the package, read through
    ``importlib.resources``; never a system font) and
    returns the font name (:data:`FONT`). The font has Latin and CJK glyphs, is
    TrueType-outlined, and reportlab embeds a subset of it in each PDF, so a
    Chinese name renders on a machine with no Chinese font. Called for you by
    :func:`styles` and :func:`build_pdf`; idempotent.

Text
    ``styles()`` -> dict of ``ParagraphStyle`` keyed ``normal``, ``small``,
    ``bold`` (slightly larger), ``title``, ``heading``, ``company``, ``cell``,
    ``cell_right``, ``right``; all use ``wordWrap='CJK'`` so Chinese wraps.
    ``para(text, style)`` makes a Paragraph from plain text (escaped, newlines
    kept). ``label(key, lang)`` translates the common labels of :data:`LABELS`
    (``en`` / ``zh_CN``); ``kind_label(kind, lang)`` names a document kind.
    ``money_text(value, digits)`` -> ``"12,345.60"``; ``date_text(d)`` -> ISO.

Page furniture
    ``letterhead(company, lang, width)`` -> flowables: logo (if the company
    has one), name, address, tax ID, phone/e-mail, and a rule.
    ``rule(width, dashed=False)`` -> a horizontal line (dashed: a cut line).
    ``TextBlock([(text, style), ...], width)`` -> wrapped plain-text lines
    (styles of :data:`TEXT_STYLES`) drawn in one text object: the cheap way
    to print an address block or a slip.
    Every table sets the font explicitly (reportlab's default is an
    unembedded Helvetica); ``pdffonts`` on any Duebook PDF lists only
    embedded fonts.
    ``grid_style(header_rows=1, money_cols=())`` -> a ``TableStyle`` for data
    tables (header shaded, right-aligned money columns, light grid).
    ``data_table(rows, col_widths, money_cols=(), repeat_rows=1)`` -> a
    ``Table`` using that style whose header row repeats on every page.
    ``cell(text, width)`` -> the plain string when it fits the column (fast),
    else a wrapping Paragraph; use it for any cell whose length is unknown.
    ``RowTable(header, rows, col_widths, right=..., row_styles=..., spans=...)``
    -> a fast table of plain-text rows for long lists (hundreds or thousands
    of rows): header repeated on each page, wrapping cells, several times
    cheaper than a reportlab Table (a 200-line statement: ~60 ms of CPU for
    the whole PDF instead of ~175). ``wrap_text(text, width, size)`` and
    ``text_width(text, size)`` are its measuring helpers.
    ``content_width(landscape_page=False)`` is the width a flowable may use.

Building
    ``build_pdf(path, story, *, company, lang, title, landscape_page=False)``
    writes the PDF with A4 margins, a running footer with the company name and
    "Page X of Y" (``第 X 页，共 Y 页``) on every page, document metadata, and
    returns the ``Path``. Parent folders are created.
    ``build_pdf_bytes(story, ...)`` does the same into memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.models import money as m
from app.services.dto import CompanyInfo

FONT = "DuebookSans"
FONT_FILE = "wqy-microhei.ttc"
MARGIN = 16 * mm
GREY = colors.HexColor("#e8ebef")
DARK = colors.HexColor("#2b3a4a")
RULE = colors.HexColor("#9aa5b1")
CELL_PADDING = 3  # points, left and right of a data table cell

LABELS: dict[str, tuple[str, str]] = {
    "page": ("Page {page} of {pages}", "第 {page} 页，共 {pages} 页"),
    "tax_id": ("Tax ID", "税号"),
    "phone": ("Tel", "电话"),
    "email": ("E-mail", "邮箱"),
    "customer": ("Customer", "客户"),
    "code": ("Customer code", "客户编号"),
    "address": ("Address", "地址"),
    "date": ("Date", "日期"),
    "number": ("Number", "单号"),
    "kind": ("Type", "类型"),
    "description": ("Description", "摘要"),
    "due_date": ("Due date", "到期日"),
    "days_overdue": ("Days overdue", "逾期天数"),
    "debit": ("Debit", "借方"),
    "credit": ("Credit", "贷方"),
    "balance": ("Balance", "余额"),
    "amount": ("Amount", "金额"),
    "open_amount": ("Open amount", "未结金额"),
    "total": ("Total", "合计"),
    "not_due": ("Not due", "未到期"),
    "unapplied": ("Unapplied", "未核销"),
    "currency": ("Currency", "币种"),
    "bank": ("Bank", "开户银行"),
    "account": ("Account", "账号"),
    "as_of": ("As of", "截至"),
}

KIND_LABELS: dict[str, tuple[str, str]] = {
    "invoice": ("Invoice", "发票"),
    "payment": ("Payment", "收款"),
    "credit_note": ("Credit note", "贷项通知"),
    "refund": ("Refund", "退款"),
    "write_off": ("Write-off", "核销坏账"),
    "opening_balance": ("Opening balance", "期初余额"),
    "charge": ("Charge", "费用"),
    "void": ("Void", "作废"),
}

_registered = False


_FILES = contextlib.ExitStack()  # keeps extracted resource files alive (only a zipped install extracts)


@lru_cache(maxsize=1)
def font_path() -> Path:
    """The shipped CJK font: ``app/resources/fonts`` inside the installed package (or bundle)."""
    font = resources.files("app").joinpath("resources", "fonts", FONT_FILE)
    return _FILES.enter_context(resources.as_file(font))


def register_fonts() -> str:
    """Register the shipped CJK font by path (once per process) and return its name."""
    global _registered
    if not _registered:
        # Binary (Flate only) streams: ASCII85 on top costs time and a quarter more bytes.
        from reportlab import rl_config

        rl_config.useA85 = 0
        pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
        # One face only: bold/italic map to it so <b> markup never falls back to Helvetica.
        from reportlab.lib.fonts import addMapping

        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT, bold, italic, FONT)
        _registered = True
    return FONT


def is_zh(lang: str | None) -> bool:
    return bool(lang) and str(lang).lower().startswith("zh")


def label(key: str, lang: str | None, **kw: object) -> str:
    en, zh = LABELS[key]
    text = zh if is_zh(lang) else en
    return text.format(**kw) if kw else text


def kind_label(kind: str, lang: str | None) -> str:
    pair = KIND_LABELS.get(kind)
    if pair is None:
        return kind
    return pair[1] if is_zh(lang) else pair[0]


def money_text(value: Decimal | None, digits: int = 2) -> str:
    """``Decimal('-12345.6')`` -> ``'-12,345.60'`` (exact, never through a float)."""
    if value is None:
        return ""
    return f"{m.round_money(value, digits):,.{digits}f}"


def date_text(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


_styles: dict[str, ParagraphStyle] | None = None


def styles() -> dict[str, ParagraphStyle]:
    """The shared paragraph styles (built once)."""
    global _styles
    if _styles is None:
        f = register_fonts()
        base = ParagraphStyle("normal", fontName=f, fontSize=9, leading=12, wordWrap="CJK")
        _styles = {
            "normal": base,
            "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
            "bold": ParagraphStyle("bold", parent=base, fontSize=10, leading=13, textColor=DARK),
            "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
            "title": ParagraphStyle("title", parent=base, fontSize=16, leading=20, textColor=DARK,
                                    spaceBefore=4, spaceAfter=6),
            "heading": ParagraphStyle("heading", parent=base, fontSize=11, leading=14, textColor=DARK,
                                      spaceBefore=8, spaceAfter=4),
            "company": ParagraphStyle("company", parent=base, fontSize=14, leading=18, textColor=DARK),
            "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
            "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8, leading=10, alignment=TA_RIGHT),
        }
    return _styles


def para(text: str, style: str | ParagraphStyle = "normal") -> Paragraph:
    """A Paragraph of plain text: XML-escaped, line breaks kept."""
    st = styles()[style] if isinstance(style, str) else style
    return Paragraph(escape(text or "").replace("\n", "<br/>"), st)


def _logo(company: CompanyInfo, max_w: float, max_h: float) -> Flowable | None:
    if not company.logo:
        return None
    try:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(io.BytesIO(company.logo))
        w, h = reader.getSize()
        scale = min(max_w / w, max_h / h)
        return Image(io.BytesIO(company.logo), width=w * scale, height=h * scale)
    except Exception:  # a damaged logo must never stop a statement
        return None


def letterhead(company: CompanyInfo, lang: str | None, width: float) -> list[Flowable]:
    """Company name, address, tax ID, contact and logo, then a rule."""
    items = [(company.name, "company")]
    if company.address:
        items.append((company.address, "normal"))
    contact = []
    if company.tax_id:
        contact.append(f"{label('tax_id', lang)}: {company.tax_id}")
    if company.phone:
        contact.append(f"{label('phone', lang)}: {company.phone}")
    if company.email:
        contact.append(f"{label('email', lang)}: {company.email}")
    if contact:
        items.append(("    ".join(contact), "small"))
    logo = _logo(company, 40 * mm, 20 * mm)
    if logo is not None:
        t = Table([[TextBlock(items, width - 44 * mm), logo]], colWidths=[width - 44 * mm, 44 * mm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        head: list[Flowable] = [t]
    else:
        head = [TextBlock(items, width)]
    return [*head, Spacer(1, 2 * mm), rule(width), Spacer(1, 4 * mm)]


def rule(width: float, dashed: bool = False, thickness: float = 0.8) -> Flowable:
    """A horizontal line across ``width`` (dashed: a cut line for a remittance slip)."""
    return HRFlowable(width=width, thickness=thickness, color=RULE, dash=(3, 3) if dashed else None,
                      spaceBefore=0, spaceAfter=0, hAlign="LEFT")


def grid_style(header_rows: int = 1, money_cols: Iterable[int] = (), font_size: float = 8) -> TableStyle:
    f = register_fonts()
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), f, font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d5dae0")),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), GREY),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), DARK),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, RULE),
        ]
    for c in money_cols:
        cmds.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
    return TableStyle(cmds)


class FastTable(Table):
    """A Table that draws nothing for an empty cell (reportlab draws an empty text object)."""

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        if cellval is None or cellval == "":
            return
        super()._drawCell(cellval, cellstyle, pos, size)


def fits(text: str, width: float, font_size: float = 8, padding: float = 2 * CELL_PADDING + 0.5) -> bool:
    """Whether plain ``text`` fits on one line of a cell ``width`` points wide."""
    return pdfmetrics.stringWidth(text, FONT, font_size) <= width - padding


def cell(text: str, width: float, style: str = "cell") -> Any:
    """A table cell: the plain string when it fits on one line (fast), else a wrapping Paragraph."""
    if not text:
        return ""
    if "\n" not in text and fits(text, width, styles()[style].fontSize):
        return text
    return para(text, style)


def data_table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float], money_cols: Iterable[int] = (),
               repeat_rows: int = 1, extra: Iterable[tuple[Any, ...]] = ()) -> Table:
    """A data table whose header row(s) repeat on every page."""
    t = FastTable([list(r) for r in rows], colWidths=list(col_widths), repeatRows=repeat_rows)
    style = grid_style(repeat_rows, money_cols)
    for cmd in extra:
        style.add(*cmd)
    t.setStyle(style)
    return t


@lru_cache(maxsize=8192)
def text_width(text: str, font_size: float) -> float:
    """Width of ``text`` in the shared font (memoized: dates, kinds and labels repeat)."""
    return float(pdfmetrics.stringWidth(text, FONT, font_size))  # float-ok: a layout length in points, not money


def wrap_text(text: str, width: float, font_size: float) -> list[str]:
    """Break plain text into lines no wider than ``width`` (at spaces, or anywhere in CJK text)."""
    out: list[str] = []
    for para_text in (text or "").split("\n"):
        if pdfmetrics.stringWidth(para_text, FONT, font_size) <= width:
            out.append(para_text)
            continue
        line = ""
        for token in re.findall(r"\S+\s*|\s+", para_text):
            candidate = line + token
            if pdfmetrics.stringWidth(candidate.rstrip(), FONT, font_size) <= width:
                line = candidate
                continue
            if line.strip():
                out.append(line.rstrip())
                line = ""
            # a token longer than the line (or CJK without spaces): break it by characters
            for ch in token:
                if pdfmetrics.stringWidth((line + ch).rstrip(), FONT, font_size) <= width or not line:
                    line += ch
                else:
                    out.append(line.rstrip())
                    line = ch.lstrip()
        out.append(line.rstrip())
    return out or [""]


class RowTable(Flowable):
    """A fast data table for long lists (statement lines, aging rows): plain text cells only.

    Draws every page's text in one text object instead of reportlab's Table machinery
    (a Table costs about half a millisecond a row). The header row repeats on every page;
    cells wrap (CJK too); right-aligned columns are given in ``right``. ``row_styles`` maps a row
    index (0 = first data row, negative from the end) to ``{"bg": color, "size": points,
    "line_above": True}``; ``spans`` maps a row index to ``(first, last)`` columns whose width
    the text in ``first`` may use.
    """

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[str]], col_widths: Sequence[float], *,
                 right: Iterable[int] = (), font_size: float = 8, row_styles: dict[int, dict[str, Any]] | None = None,
                 spans: dict[int, tuple[int, int]] | None = None, _heights: list[float] | None = None) -> None:
        super().__init__()
        register_fonts()
        self.header = list(header)
        self.rows = [list(r) for r in rows]
        self.col_widths = list(col_widths)
        self.right = set(right)
        self.font_size = font_size
        n = len(self.rows)
        self.row_styles = {(k + n if k < 0 else k): v for k, v in (row_styles or {}).items()}
        self.spans = {(k + n if k < 0 else k): v for k, v in (spans or {}).items()}
        self.leading = font_size + 2
        self.pad_v = 2.0
        self.width = sum(self.col_widths)
        self._lines: list[list[list[str]]] | None = None
        self._head_lines = self._wrap_row(self.header, None, font_size)
        self._heights = _heights

    def _size(self, i: int) -> float:
        return float(self.row_styles.get(i, {}).get("size", self.font_size))  # float-ok: a layout length in points, not money

    def _wrap_row(self, cells: Sequence[str], i: int | None, size: float) -> list[list[str]]:
        out = []
        span = self.spans.get(i) if i is not None else None
        for c, text in enumerate(cells):
            w = self.col_widths[c]
            if span and c == span[0]:
                w = sum(self.col_widths[span[0]:span[1] + 1])
            avail = w - 2 * CELL_PADDING
            if not text or text_width(text, size) <= avail:
                out.append([text] if text else [])
            else:
                out.append(wrap_text(text, avail, size))
        return out

    def _layout(self) -> None:
        if self._lines is None:
            self._lines = [self._wrap_row(r, i, self._size(i)) for i, r in enumerate(self.rows)]
        if self._heights is None:
            self._heights = [max(1, *(len(c) for c in cells)) * (self._size(i) + 2) + 2 * self.pad_v
                             for i, cells in enumerate(self._lines)]
        self.head_h = max(1, *(len(c) for c in self._head_lines)) * self.leading + 2 * self.pad_v

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._layout()
        assert self._heights is not None
        self.height = self.head_h + sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._layout()
        assert self._heights is not None and self._lines is not None
        room = availHeight - self.head_h
        used = 0.0
        k = 0
        while k < len(self.rows) and used + self._heights[k] <= room:
            used += self._heights[k]
            k += 1
        if k == 0 or k == len(self.rows):
            return [] if k == 0 else [self]
        return [self._part(0, k), self._part(k, len(self.rows))]

    def _part(self, a: int, b: int) -> RowTable:
        assert self._heights is not None and self._lines is not None
        t = RowTable(self.header, self.rows[a:b], self.col_widths, right=self.right, font_size=self.font_size,
                     row_styles={i - a: v for i, v in self.row_styles.items() if a <= i < b},
                     spans={i - a: v for i, v in self.spans.items() if a <= i < b},
                     _heights=self._heights[a:b])
        t._lines = self._lines[a:b]
        return t

    def draw(self) -> None:
        self._layout()
        assert self._heights is not None and self._lines is not None
        c = self.canv
        x0 = [sum(self.col_widths[:i]) for i in range(len(self.col_widths))]
        top = self.height
        # backgrounds and rules first, then all the text in one text object
        c.saveState()
        c.setFillColor(GREY)
        c.rect(0, top - self.head_h, self.width, self.head_h, stroke=0, fill=1)
        y = top - self.head_h
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.line(0, y, self.width, y)
        c.setLineWidth(0.25)
        c.setStrokeColor(colors.HexColor("#d5dae0"))
        for i, h in enumerate(self._heights):
            st = self.row_styles.get(i)
            if st and st.get("bg") is not None:
                c.setFillColor(st["bg"])
                c.rect(0, y - h, self.width, h, stroke=0, fill=1)
            if st and st.get("line_above"):
                c.setStrokeColor(RULE)
                c.setLineWidth(0.8)
                c.line(0, y, self.width, y)
                c.setLineWidth(0.25)
                c.setStrokeColor(colors.HexColor("#d5dae0"))
            y -= h
            c.line(0, y, self.width, y)
        c.restoreState()
        text = c.beginText()
        text.setFillColor(DARK)

        def put(lines: list[str], col: int, y_top: float, size: float, leading: float) -> None:
            yy = y_top - self.pad_v - size
            for ln in lines:
                if col in self.right:
                    xx = x0[col] + self.col_widths[col] - CELL_PADDING - text_width(ln, size)
                else:
                    xx = x0[col] + CELL_PADDING
                text.setTextOrigin(xx, yy + 2)
                text.textOut(ln)
                yy -= leading

        text.setFont(FONT, self.font_size, self.leading)
        for col, lines in enumerate(self._head_lines):
            put(lines, col, top, self.font_size, self.leading)
        y = top - self.head_h
        current = self.font_size
        text.setFillColor(colors.black)
        for i, cells in enumerate(self._lines):
            size = self._size(i)
            if size != current:
                text.setFont(FONT, size, size + 2)
                current = size
            for col, lines in enumerate(cells):
                if lines:
                    put(lines, col, y, size, size + 2)
            y -= self._heights[i]
        c.drawText(text)


class TableWithTail(Flowable):
    """A table and what must follow it on the same page (a letter's closing, a statement's slip).

    When the two do not fit in the space left, the table is split so that at least
    ``keep_rows`` of its last rows go over with the tail: the next page never holds the
    tail alone. Works with a reportlab ``Table`` and with :class:`RowTable`.
    """

    def __init__(self, table: Flowable, tail: Sequence[Flowable], keep_rows: int = 2) -> None:
        super().__init__()
        self.table = table
        self.tail = _flatten(tail)
        self.keep_rows = keep_rows
        self._gave_up = False
        self._parts: list[tuple[Flowable, float, float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._parts = []
        total = 0.0
        for i, f in enumerate([self.table, *self.tail]):
            before = 0.0 if i == 0 else float(f.getSpaceBefore())  # float-ok: a layout length in points
            _w, h = f.wrap(availWidth, availHeight)
            after = float(f.getSpaceAfter())  # float-ok: a layout length in points, not money
            self._parts.append((f, before, h, after))
            total += before + h + after
        self.width = availWidth
        self.height = total
        return availWidth, total

    def _rows(self, availWidth: float, availHeight: float) -> tuple[float, list[float]]:
        t = self.table
        if isinstance(t, RowTable):
            t._layout()
            assert t._heights is not None
            return t.head_h, list(t._heights)
        t.wrap(availWidth, availHeight)
        heights = list(getattr(t, "_rowHeights", []))
        head = int(getattr(t, "repeatRows", 0) or 0)
        return sum(heights[:head]), heights[head:]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight:
            return [self.table, *self.tail]
        head, rows = self._rows(availWidth, availHeight)
        used, k = head, 0
        while k < len(rows) - self.keep_rows and used + rows[k] <= availHeight:
            used += rows[k]
            k += 1
        if k == 0:
            if self._gave_up:  # taller than a whole page even at the top: let each piece flow
                return [self.table, *self.tail]
            self._gave_up = True
            return []
        parts = self.table.split(availWidth, used + 0.5)
        if len(parts) != 2:
            return [self.table, *self.tail]
        return [parts[0], TableWithTail(parts[1], self.tail, self.keep_rows)]

    def draw(self) -> None:
        y = self.height
        for f, before, h, after in self._parts:
            y -= before + h
            f.drawOn(self.canv, 0, y)
            y -= after


def _flatten(items: Sequence[Flowable]) -> list[Flowable]:
    out: list[Flowable] = []
    for f in items:
        content = getattr(f, "_content", None)
        if isinstance(content, list):
            out += _flatten(content)
        else:
            out.append(f)
    return out


TEXT_STYLES: dict[str, tuple[float, float, Any]] = {
    # name: (size, leading, colour) — the plain-text twins of :func:`styles`
    "normal": (9, 12, colors.black), "small": (7.5, 9.5, colors.black), "bold": (10, 13, DARK),
    "title": (16, 20, DARK), "heading": (11, 14, DARK), "company": (14, 18, DARK),
    "muted": (8.5, 11, colors.HexColor("#5b6875")),
}


class TextBlock(Flowable):
    """Lines of plain text in the shared font, wrapped to the width, drawn in one text object.

    ``TextBlock([("Harbor Trading Ltd", "bold"), ("1 Harbor Way", "normal")], width)``; a style
    is a key of :data:`TEXT_STYLES`. Much cheaper than a Paragraph per line, for letterheads,
    address blocks and slips. ``space_before``/``space_after`` in points.
    """

    def __init__(self, items: Sequence[tuple[str, str]], width: float, space_before: float = 0,
                 space_after: float = 0) -> None:
        super().__init__()
        register_fonts()
        self.items = [(t, st) for t, st in items if t is not None]
        self.block_width = width
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._lines: list[tuple[str, str]] | None = None

    def _layout(self, width: float) -> list[tuple[str, str]]:
        if self._lines is None:
            out = []
            for text, st in self.items:
                size = TEXT_STYLES[st][0]
                for ln in wrap_text(text, width, size):
                    out.append((ln, st))
            self._lines = out
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._layout(min(self.block_width, availWidth))
        self.width = min(self.block_width, availWidth)
        self.height = sum(TEXT_STYLES[st][1] for _, st in lines)
        return self.width, self.height

    def draw(self) -> None:
        lines = self._layout(self.width)
        text = self.canv.beginText()
        y = self.height
        current: str | None = None
        for ln, st in lines:
            size, leading, colour = TEXT_STYLES[st]
            if st != current:
                text.setFont(FONT, size, leading)
                text.setFillColor(colour)
                current = st
            y -= leading
            text.setTextOrigin(0, y + (leading - size) * 0.6)
            text.textOut(ln)
        self.canv.drawText(text)


def _numbered_canvas(company_name: str, lang: str | None, landscape_page: bool) -> type[rl_canvas.Canvas]:
    """A canvas that knows the page count when the document is finished ("Page X of Y")."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._footer(pages)
                super().showPage()
            super().save()

        def _footer(self, pages: int) -> None:
            w, _h = self._pagesize
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#5b6875"))
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            left, right = MARGIN + FRAME_PADDING, w - MARGIN - FRAME_PADDING
            self.line(left, 11 * mm, right, 11 * mm)
            self.drawString(left, 7.5 * mm, company_name[:90])
            self.drawRightString(right, 7.5 * mm,
                                 label("page", lang, page=self._pageNumber, pages=pages))
            self.restoreState()

    return NumberedCanvas


def page_size(landscape_page: bool = False) -> tuple[float, float]:
    return landscape(A4) if landscape_page else A4


FRAME_PADDING = 6  # reportlab's default frame padding, in points


def content_width(landscape_page: bool = False) -> float:
    """Width a flowable may use inside the page frame."""
    return page_size(landscape_page)[0] - 2 * MARGIN - 2 * FRAME_PADDING


def _doc(target: Any, company: CompanyInfo, title: str, landscape_page: bool) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        target, pagesize=page_size(landscape_page), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=14 * mm, bottomMargin=16 * mm, title=title, author=company.name,
        creator="Duebook", subject=title, initialFontName=FONT, initialFontSize=9,
    )


def build_pdf(path: str | Path, story: list[Flowable], *, company: CompanyInfo, lang: str | None,
              title: str, landscape_page: bool = False) -> Path:
    """Write ``story`` as a PDF with the shared footer; returns the path written."""
    register_fonts()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = _doc(str(out), company, title, landscape_page)
    doc.build(story, canvasmaker=_numbered_canvas(company.name, lang, landscape_page))
    return out


def build_pdf_bytes(story: list[Flowable], *, company: CompanyInfo, lang: str | None, title: str,
                    landscape_page: bool = False) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    doc = _doc(buf, company, title, landscape_page)
    doc.build(story, canvasmaker=_numbered_canvas(company.name, lang, landscape_page))
    return buf.getvalue()
