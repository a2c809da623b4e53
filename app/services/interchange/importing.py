"""Import of a data set (INTERCHANGE §1 and §7): a folder of CSV files or one workbook.

The whole import is one transaction. Every invalid row is reported at once as
``file:row:column: reason`` and then nothing is written. Amounts are parsed as
exact decimal strings (no separator, sign, currency or float artefact) into
integer minor units, and credits are settled by the same rules as posting
(app.services.ledger.settlement), processed in document date order.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import heapq
import itertools
import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from app.models import Customer, Document, DunningLevel
from app.models import money as m
from app.models.base import Base, utcnow
from app.models.db import lock_tables
from app.models.ledger import PAYMENT_METHODS, POSTED
from app.models.totals import add_deltas
from app.services import audit, dates, text
from app.services.company import load_company
from app.services.customers.records import field_rule_problems
from app.services.dto import ImportSummary
from app.services.errors import CompanyFileError, ImportRejected, RowError
from app.services.ledger import settlement
from app.services.permissions import require
from app.services.progress import NoProgress, Progress, check
from app.services.unit_of_work import Database, JoinedUnitOfWork

SPEC: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "customers": (
        ("code", "name"),
        ("category", "industry", "region", "tags", "contact_name", "phone", "email", "address", "tax_id",
         "credit_limit", "payment_terms_days", "language", "notes"),
    ),
    "invoices": (("number", "customer_code", "issue_date", "amount"), ("due_date", "description", "contract_ref")),
    "payments": (("reference", "customer_code", "date", "amount"), ("method", "invoice_number", "memo")),
    "credit_notes": (("number", "customer_code", "date", "amount"), ("invoice_number", "reason")),
    "dunning_levels": (("level", "days_overdue"), ("fee", "annual_interest_rate", "title", "min_amount")),
}
ORDER = ("customers", "invoices", "payments", "credit_notes", "dunning_levels")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
INT_RE = re.compile(r"(0|[1-9][0-9]*)")
CHUNK = 900  # stays under SQLite's bound-parameter limit
_DATES: dict[str, dt.date] = {}  # parsed ISO dates: a data set repeats a few thousand of them


@dataclass
class RawTable:
    """One file or sheet as read: its name for messages, the header and the data rows.

    Cells are strings (CSV) or, from a workbook, whatever the cell holds
    (str, int, float, date, datetime, bool, None). Row numbers count the header as 1.
    A CSV file is not held: ``path`` names it and :meth:`records` reads it again row by
    row each time it is walked (``rows`` stays empty); rows given in memory (the import
    wizard, the demo) are walked from ``rows``.
    """

    kind: str
    source: str
    header: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)
    path: Path | None = None
    count: int = 0  # data rows of a streamed file, known once it was walked

    def records(self, errors: list[RowError] | None = None) -> Iterator[tuple[int, list[Any]]]:
        """Each non-blank data row with its row number; a streamed file's unreadable row goes to ``errors``."""
        if self.path is None:
            yield from zip(self.row_numbers, self.rows, strict=True)
            return
        n = 0
        with self.path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh, strict=True)
            next(reader, None)  # the header, read by _read_csv
            line = reader.line_num  # where the last record ended
            try:
                for row in reader:
                    if (row and row[0].strip(" \t")) or any(c.strip(" \t") for c in row):
                        n += 1
                        yield reader.line_num, row
                    line = reader.line_num
            except csv.Error as exc:
                opened = line + 1  # the line where the unreadable record starts
                if errors is not None:
                    if "unexpected end of data" in str(exc):  # a quote never closed: it would swallow the rest
                        errors.append(RowError(self.source, opened, "*", "a quote opened on this row is never closed"))
                    else:
                        errors.append(RowError(self.source, opened, "*", f"not a readable CSV row: {exc}"))
        self.count = n

    def size(self) -> int:
        """Data rows (of a streamed file: as counted by the last walk)."""
        return self.count if self.path is not None else len(self.rows)

    def estimate(self) -> int:
        """About how many data rows (for progress, before a streamed file was walked)."""
        return self.count or (self.path.stat().st_size // 60 + 1 if self.path is not None else len(self.rows))


#: Columns holding a code (normalised before it is compared), a name (no direction marks), free text.
CODE_COLUMNS = frozenset({"code", "customer_code", "number", "invoice_number", "reference", "tags"})  # look-alikes: one
NAME_COLUMNS = frozenset({"name", "short_name", "contact_name"})  # no hidden characters either (text.identity_problem)
IDENTITY_COLUMNS = CODE_COLUMNS | NAME_COLUMNS
FREE_TEXT_COLUMNS = frozenset({"address", "notes", "description", "memo", "reason"})
_UNUSUAL = text.UNUSUAL.search


def _gives_credit_limits(tables: Iterable[RawTable]) -> bool:
    for t in tables:
        header = [str(h or "").strip().lower() for h in t.header]
        if t.kind != "customers" or "credit_limit" not in header:
            continue
        i = header.index("credit_limit")
        if any(i < len(r) and r[i] not in (None, "") for _, r in t.records()):
            return True
    return False


# ---------------------------------------------------------------- reading files

def read_path(path: Path, errors: list[RowError]) -> dict[str, RawTable]:
    """A folder of CSV files or one .xlsx workbook -> raw tables (file-level problems into ``errors``)."""
    if path.is_dir():
        return _read_folder(path, errors)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_workbook(path, errors)
    if path.suffix.lower() == ".csv" and path.is_file():
        kind = path.stem
        if kind not in SPEC:
            errors.append(RowError(path.name, 1, "*", f"unknown file (expected {_expected()})"))
            return {}
        t = _read_csv(path, kind, errors)
        return {kind: t} if t else {}
    if not path.exists():
        raise CompanyFileError(f"{path} does not exist")
    raise CompanyFileError(f"{path} is neither a folder of CSV files nor an .xlsx workbook")


def _expected() -> str:
    return ", ".join(f"{k}.csv" for k in ORDER)


def _read_folder(folder: Path, errors: list[RowError]) -> dict[str, RawTable]:
    tables: dict[str, RawTable] = {}
    for p in sorted(folder.iterdir()):
        if p.name.lower().endswith(".csv") and p.name[:-4] in SPEC and p.is_file():
            t = _read_csv(p, p.name[:-4], errors)
            if t:
                tables[t.kind] = t
        else:
            errors.append(RowError(p.name, 1, "*", f"unknown file in the data set (expected {_expected()})"))
    return tables


def _clean(cell: str) -> str:
    return cell.strip(" \t")


def _read_csv(path: Path, kind: str, errors: list[RowError]) -> RawTable | None:
    """The header of a CSV file, after its bytes were checked to be UTF-8 (read in blocks, not held)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 0
    with path.open("rb") as fh:
        first = True
        while True:
            block = fh.read(1 << 20)
            if first and block.startswith(b"\xef\xbb\xbf"):
                block = block[3:]
            first = False
            try:
                decoder.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                # exc.object is the block after up to 3 bytes held back from the previous one (no line feed)
                line = lines + bytes(exc.object[: exc.start]).count(b"\n") + 1
                errors.append(RowError(path.name, line, "*", "not UTF-8 text (save the file as CSV UTF-8)"))
                return None
            if not block:
                break
            lines += block.count(b"\n")
    with path.open(encoding="utf-8-sig", newline="") as text_fh:
        reader = csv.reader(text_fh, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            errors.append(RowError(path.name, 1, "*", "empty file: a header row is needed"))
            return None
        except csv.Error as exc:
            errors.append(RowError(path.name, 1, "*", f"not a readable CSV file: {exc}"))
            return None
    return RawTable(kind, path.name, [_clean(h) for h in header], path=path)


#: What a workbook may claim before anything of it is read (a 200 KB file can claim 16,384 columns,
#: or shared strings that inflate to gigabytes): refused first, from the zip's own directory.
MAX_COLUMNS = 256
MAX_CELLS = 30_000_000
MAX_SHARED_STRINGS_BYTES = 256 << 20
MAX_INFLATE_RATIO = 200
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def workbook_limits_problem(path: Path) -> str | None:
    """Why ``path`` is refused before it is opened (None: it may be read). Reads only the zip's
    directory and the first kilobytes of each sheet."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if info.file_size > MAX_SHARED_STRINGS_BYTES and info.filename.endswith("sharedStrings.xml"):
                    return f"its shared strings take {info.file_size} bytes (at most {MAX_SHARED_STRINGS_BYTES})"
                if info.compress_size and info.file_size > 1 << 20 \
                        and info.file_size / info.compress_size > MAX_INFLATE_RATIO:
                    return f"{info.filename} inflates {info.file_size // info.compress_size} times (a zip bomb)"
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    with z.open(info) as fh:
                        head = fh.read(4096)
                    mt = _DIMENSION.search(head)
                    if mt is None:
                        continue
                    first_col, first_row = _col_number(mt.group(1)), int(mt.group(2))
                    last_col = _col_number(mt.group(3)) if mt.group(3) else first_col
                    last_row = int(mt.group(4)) if mt.group(4) else first_row
                    cols, rows = last_col - first_col + 1, last_row - first_row + 1
                    if cols > MAX_COLUMNS:
                        return f"a sheet claims {cols} columns (at most {MAX_COLUMNS})"
                    if cols * rows > MAX_CELLS:
                        return f"a sheet claims {cols * rows} cells (at most {MAX_CELLS})"
    except (zipfile.BadZipFile, OSError, ValueError):
        return None  # not a zip: openpyxl says what it is
    return None


def _read_workbook(path: Path, errors: list[RowError]) -> dict[str, RawTable]:
    from openpyxl import load_workbook

    too_big = workbook_limits_problem(path)
    if too_big:
        raise CompanyFileError(f"{path.name} is refused unread: {too_big}")
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a bad file
        raise CompanyFileError(f"{path.name} is not a readable Excel workbook: {exc}") from exc
    tables: dict[str, RawTable] = {}
    try:
        for ws in wb.worksheets:
            name = ws.title.strip()
            if name not in SPEC:
                errors.append(RowError(f"{path.name}[{ws.title}]", 1, "*",
                                       f"unknown sheet (expected {', '.join(ORDER)})"))
                continue
            it = ws.iter_rows(values_only=True, max_col=MAX_COLUMNS)  # never padded beyond that
            header_row = next(it, None)
            if header_row is None or all(c is None or str(c).strip() == "" for c in header_row):
                errors.append(RowError(name, 1, "*", "empty sheet: a header row is needed"))
                continue
            header = [_clean(str(c)) if c is not None else "" for c in header_row]
            while header and header[-1] == "":
                header.pop()
            t = RawTable(name, name, header)
            for n, row in enumerate(it, start=2):
                cells = list(row)
                if all(c is None or (isinstance(c, str) and not c.strip(" \t")) for c in cells):
                    continue
                t.rows.append(cells)
                t.row_numbers.append(n)
            tables[name] = t
    finally:
        wb.close()
    return tables


# ---------------------------------------------------------------- checking cells

class _Row:
    """Gives one row's cells by column name and collects its problems."""

    __slots__ = ("cells", "idx", "problems")

    def __init__(self, cells: list[Any], idx: dict[str, int]) -> None:
        self.cells = cells
        self.idx = idx
        self.problems: list[tuple[str, str]] = []

    def raw(self, col: str) -> Any:
        # Cells are stripped, empty ones are None and the row is padded to the header.
        i = self.idx.get(col)
        return None if i is None else self.cells[i]

    def text(self, col: str) -> str:
        v = self.raw(col)
        if v is None:
            return ""
        if type(v) is str:
            if text.UNUSUAL.search(v):
                why = (text.identity_problem(v, "name" if col in NAME_COLUMNS else "code") if col in IDENTITY_COLUMNS
                       else text.text_problem(v, multiline=col in FREE_TEXT_COLUMNS))
                if why:
                    self.bad(col, why)  # the row is refused; its value is not read further
                    return v
            return text.norm_code(v) if col in CODE_COLUMNS else v
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        if isinstance(v, dt.datetime):
            return v.date().isoformat()
        if isinstance(v, dt.date):
            return v.isoformat()
        return str(v)

    def bad(self, col: str, reason: str) -> None:
        self.problems.append((col, reason))

    def required(self, col: str) -> str:
        s = self.text(col)
        if not s:
            self.bad(col, "a value is required")
        return s

    def date(self, col: str, required: bool = True) -> dt.date | None:
        v = self.raw(col)
        if v is None:
            if required:
                self.bad(col, "a date is required")
            return None
        if isinstance(v, dt.datetime):
            v = v.date()
        if isinstance(v, dt.date):
            if not dates.in_range(v):
                self.bad(col, dates.out_of_range(v))
                return None
            return v
        s = str(v)
        known = _DATES.get(s)
        if known is not None:
            return known
        if not DATE_RE.fullmatch(s):
            self.bad(col, f"not an ISO date (YYYY-MM-DD): {s!r}")
            return None
        try:
            d = dt.date.fromisoformat(s)
        except ValueError:
            self.bad(col, f"no such date: {s}")
            return None
        if not dates.in_range(d):
            self.bad(col, dates.out_of_range(d))
            return None
        if len(_DATES) < 100000:
            _DATES[s] = d
        return d

    def amount(self, col: str, digits: int, required: bool = True, positive: bool = True) -> int | None:
        """The amount in integer minor units."""
        v = self.raw(col)
        if v is None:
            if required:
                self.bad(col, "an amount is required")
            return None
        if isinstance(v, bool | dt.date):
            self.bad(col, "not an amount")
            return None
        s = repr(v) if isinstance(v, float) else str(v)  # a float cell: its shortest decimal form
        try:
            units = m.parse_minor(s, digits)
        except ValueError as exc:
            self.bad(col, f"{exc}: {s!r}")
            return None
        if positive and units <= 0:
            self.bad(col, "must be greater than zero")
            return None
        return units

    def integer(self, col: str, default: int | None = None, low: int = 0, high: int = 100000) -> int | None:
        v = self.raw(col)
        if v is None:
            return default
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        s = str(v)
        if isinstance(v, bool) or not INT_RE.fullmatch(s):
            self.bad(col, f"not a whole number: {s!r}")
            return default
        n = int(s)
        if not low <= n <= high:
            self.bad(col, f"must be between {low} and {high}")
            return default
        return n


# ---------------------------------------------------------------- validating a data set

@dataclass(slots=True)
class _Cust:
    id: int
    code: str
    terms: int
    existing: bool
    archived: bool = False


@dataclass(slots=True)
class _Inv:
    """An invoice already in the company file, named by a payment or credit note of the data set."""

    id: int
    number: str
    customer_id: int
    date: dt.date
    due: dt.date
    amount: int
    existing: bool = False


class _Docs:
    """The data set's documents in plain arrays, one slot per id (``first`` + slot): invoices first,
    then payments, then credit notes, in file order. Dates are ordinals, amounts minor units; a
    document's own texts (description, memo ...) are not kept but read again when it is written."""

    def __init__(self, first: int) -> None:
        self.first = first
        self.cust = array("i")
        self.date = array("i")  # ordinals
        self.due = array("i")  # 0 for a credit
        self.amount = array("q")
        self.target = array("q")  # the id of the invoice a credit names, 0 for none
        self.row = array("i")
        self.numbers: list[str] = []
        self.invoices = self.payments = self.credit_notes = 0

    def add(self, number: str, customer_id: int, date: dt.date, due: dt.date | None, amount: int, target: int,
            row: int) -> int:
        self.numbers.append(number)
        self.cust.append(customer_id)
        self.date.append(date.toordinal())
        self.due.append(due.toordinal() if due is not None else 0)
        self.amount.append(amount)
        self.target.append(target)
        self.row.append(row)
        return len(self.numbers) - 1

    def __len__(self) -> int:
        return len(self.numbers)


class _Seen:
    """The numbers met so far in one file of payments or credit notes: those given a slot in a set
    (their first row is looked up in :class:`_Docs` only when a duplicate is reported), the others
    (a row with a problem) with their row."""

    def __init__(self, docs: _Docs) -> None:
        self.docs, self.start = docs, len(docs)
        self.slotted: set[str] = set()
        self.rows: dict[str, int] = {}
        self.slots: dict[str, int] | None = None

    def __contains__(self, number: str) -> bool:
        return number in self.slotted or number in self.rows

    def first_row(self, number: str) -> int:
        if number in self.rows:
            return self.rows[number]
        if self.slots is None:  # the first duplicate: an index of the file's numbers, once
            numbers = self.docs.numbers
            self.slots = {numbers[i]: i for i in range(self.start, len(numbers))}
        return self.docs.row[self.slots[number]]


@dataclass
class _Plan:
    docs: _Docs
    customers: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    levels: list[dict[str, Any]] = field(default_factory=list)


def _cell(cells: list[Any], idx: dict[str, int], col: str) -> str:
    """One cell as stripped text, straight from a raw row (for look-ups before the row checks)."""
    i = idx.get(col)
    if i is None or i >= len(cells) or cells[i] is None:
        return ""
    v = str(cells[i]).strip(" \t")
    return text.norm_code(v) if col in CODE_COLUMNS else v  # as the row's own check reads it


def _header_errors(t: RawTable, ignore_unknown: bool, errors: list[RowError]) -> dict[str, int] | None:
    required, optional = SPEC[t.kind]
    idx: dict[str, int] = {}
    ok = True
    for i, h in enumerate(t.header):
        if h in idx:
            errors.append(RowError(t.source, 1, h, "column appears twice"))
            ok = False
        elif h in required or h in optional:
            idx[h] = i
        elif h == "" and ignore_unknown:
            continue
        elif not ignore_unknown:
            errors.append(RowError(t.source, 1, h or f"#{i + 1}", "unknown column (use --ignore-unknown to skip it)"))
            ok = False
    for r in required:
        if r not in idx:
            errors.append(RowError(t.source, 1, r, "required column is missing"))
            ok = False
    return idx if ok else None


def _make_row(cells: list[Any], idx: dict[str, int], width: int) -> _Row:
    n_cells = len(cells)
    cells = [(c.strip(" \t") or None) if type(c) is str else c for c in cells]
    if len(cells) < width:
        cells += [None] * (width - len(cells))
    r = _Row(cells, idx)
    if any(c is not None for c in cells[width:]):
        r.bad("*", f"row has {n_cells} cells but the header has {width}")
    return r


def _record(errors: list[RowError], source: str, n: int, r: _Row) -> None:
    """One error line per bad row: its first problem, then the others after 'also'."""
    if r.problems:
        col, reason = r.problems[0]
        more = "".join(f"; also {c}: {why}" for c, why in r.problems[1:])
        errors.append(RowError(source, n, col, reason + more))


def _rows(t: RawTable, idx: dict[str, int], errors: list[RowError]) -> Iterator[tuple[int, _Row]]:
    """Each data row, with its problems turned into one error line after the caller checked it."""
    width = len(t.header)
    for n, cells in t.records(errors):
        r = _make_row(cells, idx, width)
        yield n, r
        _record(errors, t.source, n, r)


def _fast(cells: list[Any], width: int) -> list[str | None] | None:
    """A CSV row whose cells are all plain text and fit the header, stripped; None sends it the slow
    way (a control character, an unusual space or a direction mark is checked there)."""
    if len(cells) > width:
        return None
    try:
        joined = "\n".join(cells)  # one search for the row (a line feed is not unusual), not one per cell
    except TypeError:  # a workbook cell that is not text
        return None
    if _UNUSUAL(joined):
        return None
    out: list[str | None] = [c.strip(" \t") or None for c in cells]
    if len(out) < width:
        out += [None] * (width - len(out))
    return out


def _batches(t: RawTable, errors: list[RowError]) -> Iterator[list[tuple[int, list[Any]]]]:
    """The rows of a table a few hundred at a time (one look-up in the company file for each batch)."""
    it = t.records(errors)
    while True:
        batch = list(itertools.islice(it, CHUNK))
        if not batch:
            return
        yield batch


def _any(session: Session, col: Any, *where: Any) -> bool:
    """Whether the company file holds anything of this kind yet (if not, no row needs a look-up)."""
    return session.execute(select(col).where(*where).limit(1)).first() is not None


def _existing(session: Session, col: Any, values: Iterable[str], *where: Any) -> set[str]:
    vals = [v for v in set(values) if v]
    found: set[str] = set()
    for i in range(0, len(vals), CHUNK):
        found.update(session.execute(select(col).where(col.in_(vals[i:i + CHUNK]), *where)).scalars())
    return found


def _next_id(session: Session, model: type[Base]) -> int:
    return int(session.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()) + 1  # type: ignore[attr-defined,unused-ignore]


class _Check:
    """One walk over the data set in file order: every row checked, what settling and writing need
    kept compactly (the customers, and each document's numbers in :class:`_Docs`)."""

    def __init__(self, session: Session, tables: dict[str, RawTable], digits: int, ignore_unknown: bool,
                 errors: list[RowError], progress: Progress) -> None:
        self.s = session
        self.tables = tables
        self.digits = digits
        self.ignore_unknown = ignore_unknown
        self.errors = errors
        self.progress = progress
        self.plan = _Plan(_Docs(_next_id(session, Document)))
        self.cust_by_code: dict[str, _Cust] = {}
        self.inv_slot: dict[str, int] = {}  # invoice number -> its slot in this data set
        self.inv_known: dict[str, _Inv] = {}  # invoice number -> an invoice already in the company file
        self.inv_unslotted: dict[str, int] = {}  # invoice number -> row, of a row too broken for a slot
        self.idxs: dict[str, dict[str, int]] = {}
        self.done = 0
        self.total = 2 * sum(t.estimate() for t in tables.values()) or 1  # checked, then written

    def run(self) -> _Plan:
        idxs = self.idxs
        for kind in ORDER:
            if kind in self.tables:
                i = _header_errors(self.tables[kind], self.ignore_unknown, self.errors)
                if i is not None:
                    idxs[kind] = i
        if "customers" in idxs:
            self.customers(self.tables["customers"], idxs["customers"])
        if "invoices" in idxs:
            self.invoices(self.tables["invoices"], idxs["invoices"])
        docs = self.plan.docs
        if "payments" in idxs:
            before = len(docs)
            self.credits(self.tables["payments"], idxs["payments"], "payments", "reference", "payment")
            docs.payments = len(docs) - before
        if "credit_notes" in idxs:
            before = len(docs)
            self.credits(self.tables["credit_notes"], idxs["credit_notes"], "credit_notes", "number", "credit_note")
            docs.credit_notes = len(docs) - before
        if "dunning_levels" in idxs:
            self.levels(self.tables["dunning_levels"], idxs["dunning_levels"])
        return self.plan

    def checked(self) -> None:
        """Checked: the look-ups by number go before settling starts."""
        self.inv_slot, self.inv_known, self.inv_unslotted = {}, {}, {}

    def settled(self) -> None:
        """Settled: the numbers go too (they are read again from the rows when written)."""
        self.plan.docs.numbers = []

    def tick(self, every: int = 20000) -> None:
        self.done += 1
        if self.done % every == 0:
            check(self.progress, self.done, self.total)

    # customers ---------------------------------------------------------
    def customers(self, t: RawTable, ix: dict[str, int]) -> None:
        session, digits, plan, cust_by_code = self.s, self.digits, self.plan, self.cust_by_code
        next_cust = _next_id(session, Customer)
        default_language = load_company(session).locale or "zh_CN"  # a row without language: the company's
        seen: dict[str, int] = {}
        any_in_db = _any(session, Customer.code)
        width = len(t.header)
        for batch in _batches(t, self.errors):
            in_db = _existing(session, Customer.code, (_cell(c, ix, "code") for _, c in batch)) if any_in_db else set()
            for n, cells in batch:
                r = _make_row(cells, ix, width)
                code = r.required("code")
                name = r.required("name")
                lang = r.text("language") or default_language
                tax = r.text("tax_id")
                email = r.text("email")
                for p in field_rule_problems(code=code, name=name, language=lang, email=email, tax_id=tax,
                                             quote_values=True):
                    if p.code != "required":  # r.required has said so
                        r.bad(p.field, p.message)
                if code in seen:
                    r.bad("code", f"duplicate code {code} (also on row {seen[code]})")
                elif code in in_db:
                    r.bad("code", f"customer {code} is already in the company file")
                limit = r.amount("credit_limit", digits, required=False, positive=False)
                terms = r.integer("payment_terms_days", 30, 0, 3650)
                tags = sorted({x.strip() for x in r.text("tags").split(";") if x.strip()})
                if code and code not in seen:
                    seen[code] = n
                    cid = next_cust
                    next_cust += 1
                    cust_by_code[code] = _Cust(cid, code, terms if terms is not None else 30, False)
                    if not r.problems:
                        phone, contact = r.text("phone"), r.text("contact_name")
                        plan.customers.append(dict(
                            id=cid, code=code, name=name, category=r.text("category"), industry=r.text("industry"),
                            region=r.text("region"), billing_address=r.text("address"), phone=phone, email=email,
                            tax_id=tax, credit_limit=limit or None, payment_terms_days=terms, language=lang,
                            notes=r.text("notes"), tax_id_norm=text.norm_tax_id(tax),
                            phone_norm=text.norm_phone(phone), email_norm=text.norm_email(email),
                            pinyin_initials=text.pinyin_initials(name),
                            search_text=text.search_text(code, name, phone, text.norm_phone(phone), email, tax,
                                                         text.pinyin_initials(name), contact, *tags),
                        ))
                        if contact or phone or email:
                            plan.contacts.append(dict(customer_id=cid, position=0, name=contact, role="",
                                                      phone=phone, email=email, phone_norm=text.norm_phone(phone),
                                                      email_norm=text.norm_email(email)))
                        plan.tags += [dict(customer_id=cid, tag=tg) for tg in tags]
                _record(self.errors, t.source, n, r)
                self.tick(5000)

    def customer_ref(self, r: _Row) -> _Cust | None:
        code = r.required("customer_code")
        if not code:
            return None
        c = self.cust_by_code.get(code)
        if c is None:
            row = self.s.execute(select(Customer.id, Customer.payment_terms_days, Customer.archived)
                                 .where(Customer.code == code)).first()
            if row is None:
                r.bad("customer_code", f"unknown customer {code}")
                return None
            if row.archived:
                r.bad("customer_code", f"customer {code} is archived")
            c = _Cust(row.id, code, row.payment_terms_days, True, bool(row.archived))
            self.cust_by_code[code] = c
        return c

    # invoices ----------------------------------------------------------
    def invoices(self, t: RawTable, ix: dict[str, int]) -> None:
        docs, inv_slot, cust_by_code = self.plan.docs, self.inv_slot, self.cust_by_code
        digits = self.digits
        any_in_db = _any(self.s, Document.id, Document.kind == "invoice")
        width = len(t.header)
        i_num, i_cust, i_issue, i_amt = ix["number"], ix["customer_code"], ix["issue_date"], ix["amount"]
        i_due = ix.get("due_date")
        amount_re, scale, most = m.amount_pattern(digits), 10 ** digits, m.max_minor(digits)
        for batch in _batches(t, self.errors):
            in_db = _existing(self.s, Document.number, (_cell(c, ix, "number") for _, c in batch),
                              Document.kind == "invoice") if any_in_db else set()
            for n, cells in batch:
                self.tick()
                # Fast path for a clean text row; anything unusual goes through the checks below.
                f = _fast(cells, width)
                if f is not None:
                    num, ccode, issue_s, amt_s = f[i_num], f[i_cust], f[i_issue], f[i_amt]
                    due_s = f[i_due] if i_due is not None else None
                    cust = cust_by_code.get(ccode) if ccode else None
                    fissue = _DATES.get(issue_s) if issue_s else None
                    fdue = _DATES.get(due_s) if due_s else None
                    if (num and len(num) <= 60 and num not in inv_slot and num not in in_db
                            and num not in self.inv_unslotted
                            and cust is not None and not cust.archived and fissue is not None
                            and (due_s is None or fdue is not None) and amt_s and amount_re.fullmatch(amt_s)):
                        whole, _, frac = amt_s.partition(".")
                        famount = int(whole) * scale + (int(frac.ljust(digits, "0")) if frac else 0)
                        if fdue is None:
                            fdue = fissue + dt.timedelta(days=cust.terms)
                        if 0 < famount <= most and fdue >= fissue:
                            inv_slot[num] = docs.add(num, cust.id, fissue, fdue, famount, 0, n)
                            docs.invoices += 1
                            continue
                r = _make_row(cells, ix, width)
                self.invoice(n, r, in_db)
                _record(self.errors, t.source, n, r)

    def invoice(self, n: int, r: _Row, in_db: set[str]) -> None:
        docs, inv_slot = self.plan.docs, self.inv_slot
        number = r.required("number")
        if len(number) > 60:
            r.bad("number", "at most 60 characters")
        if number in inv_slot or number in self.inv_unslotted:
            first = docs.row[inv_slot[number]] if number in inv_slot else self.inv_unslotted[number]
            r.bad("number", f"duplicate invoice {number} (also on row {first})")
        elif number in in_db:
            r.bad("number", f"invoice {number} is already in the company file")
        c = self.customer_ref(r)
        issue = r.date("issue_date")
        amount = r.amount("amount", self.digits)
        due = r.date("due_date", required=False)
        if due is None and issue is not None and c is not None:
            due = issue + dt.timedelta(days=c.terms)
        if due is not None and issue is not None and due < issue:
            r.bad("due_date", "the due date is before the issue date")
        if number and number not in inv_slot and number not in self.inv_unslotted:
            if c is not None and issue is not None:
                # kept even with a problem: a payment naming it is not reported as well
                inv_slot[number] = docs.add(number, c.id, issue, due or issue, amount or 0, 0, n)
                docs.invoices += 1
            else:
                self.inv_unslotted[number] = n

    def invoice_ref(self, r: _Row, c: _Cust | None) -> int:
        """The id of the invoice a payment or credit note names (0: none)."""
        number = r.text("invoice_number")
        if not number:
            return 0
        docs = self.plan.docs
        slot = self.inv_slot.get(number)
        if slot is not None:
            inv_id, inv_cust = docs.first + slot, docs.cust[slot]
        else:
            inv = self.inv_known.get(number)
            if inv is None:
                row = self.s.execute(select(Document.id, Document.customer_id, Document.date, Document.due_date,
                                            Document.open_amount, Document.status)
                                     .where(Document.kind == "invoice", Document.number == number)).first()
                if row is None or row.status == "draft":
                    r.bad("invoice_number", f"unknown invoice {number}")
                    return 0
                inv = _Inv(row.id, number, row.customer_id, row.date, row.due_date or row.date,
                           m.to_minor(row.open_amount, self.digits), existing=True)
                self.inv_known[number] = inv
            inv_id, inv_cust = inv.id, inv.customer_id
        if c is not None and inv_cust != c.id:
            r.bad("invoice_number", f"invoice {number} belongs to another customer")
            return 0
        return inv_id

    # payments and credit notes -----------------------------------------
    def credits(self, t: RawTable, ix: dict[str, int], kind: str, key: str, doc_kind: str) -> None:
        docs, inv_slot, cust_by_code = self.plan.docs, self.inv_slot, self.cust_by_code
        digits = self.digits
        any_in_db = _any(self.s, Document.id, Document.kind == doc_kind)
        seen = _Seen(docs)
        width = len(t.header)
        i_num, i_cust, i_date, i_amt = ix[key], ix["customer_code"], ix["date"], ix["amount"]
        i_inv, i_method = ix.get("invoice_number"), ix.get("method")
        amount_re, scale, most = m.amount_pattern(digits), 10 ** digits, m.max_minor(digits)
        for batch in _batches(t, self.errors):
            in_db = _existing(self.s, Document.number, (_cell(c, ix, key) for _, c in batch),
                              Document.kind == doc_kind) if any_in_db else set()
            for n, cells in batch:
                self.tick()
                # Fast path for a clean text row; anything unusual goes through credit().
                f = _fast(cells, width)
                if f is not None:
                    num, ccode, date_s, amt_s = f[i_num], f[i_cust], f[i_date], f[i_amt]
                    ftarget = (f[i_inv] if i_inv is not None else None) or ""
                    cust = cust_by_code.get(ccode) if ccode else None
                    day = _DATES.get(date_s) if date_s else None
                    hit = inv_slot.get(ftarget) if ftarget else None
                    meth = (f[i_method] if i_method is not None else None) or ""
                    if (num and len(num) <= 60 and num not in seen and num not in in_db
                            and cust is not None and not cust.archived and day is not None
                            and amt_s and amount_re.fullmatch(amt_s)
                            and (not ftarget or (hit is not None and docs.cust[hit] == cust.id))
                            and (kind != "payments" or not meth or meth in PAYMENT_METHODS)):
                        whole, _, frac = amt_s.partition(".")
                        famount = int(whole) * scale + (int(frac.ljust(digits, "0")) if frac else 0)
                        if 0 < famount <= most:
                            seen.slotted.add(num)
                            docs.add(num, cust.id, day, None, famount, docs.first + hit if hit is not None else 0, n)
                            continue
                r = _make_row(cells, ix, width)
                self.credit(n, r, kind, key, doc_kind, seen, in_db)
                _record(self.errors, t.source, n, r)

    def credit(self, n: int, r: _Row, kind: str, key: str, doc_kind: str, seen: _Seen,
               in_db: set[str]) -> None:
        number = r.required(key)
        if len(number) > 60:
            r.bad(key, "at most 60 characters")
        if number in seen:
            r.bad(key, f"duplicate {key} {number} (also on row {seen.first_row(number)})")
        elif number in in_db:
            r.bad(key, f"{doc_kind.replace('_', ' ')} {number} is already in the company file")
        c = self.customer_ref(r)
        date = r.date("date")
        amount = r.amount("amount", self.digits)
        target = self.invoice_ref(r, c)
        if kind == "payments":
            method = r.text("method")
            if method and method not in PAYMENT_METHODS:
                r.bad("method", f"one of {', '.join(PAYMENT_METHODS)}")
            r.text("memo")
        else:
            r.text("reason")
        if not r.problems and c is not None and date is not None and amount:
            self.plan.docs.add(number, c.id, date, None, amount, target, n)
            seen.slotted.add(number)
        elif number and number not in seen:
            seen.rows[number] = n

    # dunning levels ----------------------------------------------------
    def levels(self, t: RawTable, ix: dict[str, int]) -> None:
        session, digits, plan, errors = self.s, self.digits, self.plan, self.errors
        existing_levels = {lv: d for lv, d in session.execute(select(DunningLevel.level, DunningLevel.days_overdue))}
        seen_lv: dict[int, int] = {}
        new: dict[int, tuple[int, int]] = {}
        for n, r in _rows(t, ix, errors):
            level = r.integer("level", None, 1, 99)
            if r.raw("level") is None:
                r.bad("level", "a value is required")
            days = r.integer("days_overdue", None, 0, 36500)
            if r.raw("days_overdue") is None:
                r.bad("days_overdue", "a value is required")
            fee = r.amount("fee", digits, required=False, positive=False) or 0
            min_amount = r.amount("min_amount", digits, required=False, positive=False) or 0
            rate_text = r.text("annual_interest_rate") or "0"
            rate = Decimal(0)
            try:
                rate = m.parse_ratio(rate_text)
                if rate >= 1:
                    r.bad("annual_interest_rate", "write the rate as a fraction: 0.08 for 8 %")
            except ValueError:
                r.bad("annual_interest_rate", f"not a decimal rate: {rate_text!r}")
            if level is not None:
                if level in seen_lv:
                    r.bad("level", f"duplicate level {level} (also on row {seen_lv[level]})")
                elif level in existing_levels:
                    r.bad("level", f"level {level} is already in the company file")
                else:
                    seen_lv[level] = n
                    if days is not None:
                        new[level] = (days, n)
            if not r.problems and level is not None and days is not None:
                plan.levels.append(dict(level=level, days_overdue=days, fee=fee, annual_interest_rate=str(rate),
                                        title=r.text("title"), min_amount=min_amount))
        allv = {**{lv: (d, 0) for lv, d in existing_levels.items()}, **new}
        if allv:
            numbers = sorted(allv)
            for want, lv in enumerate(numbers, start=1):
                if lv != want:
                    errors.append(RowError(t.source, allv[lv][1] or 1, "level",
                                           f"levels must be numbered 1, 2, 3 ... without gaps (missing {want})"))
                    break
            for a, b in itertools.pairwise(numbers):
                if allv[b][0] <= allv[a][0]:
                    errors.append(RowError(t.source, allv[b][1] or 1, "days_overdue",
                                           f"level {b} must have more days overdue than level {a}"))



# ---------------------------------------------------------------- settling

class _Settled:
    """Where settlement left each document of the data set (by slot): open amount and settle date
    (an ordinal, 0 while open), the applications in the order made, and the existing debits it touched."""

    def __init__(self, docs: _Docs) -> None:
        self.open = array("q", docs.amount)
        self.settled = array("i", [0]) * len(docs)
        self.app_credit = array("q")
        self.app_debit = array("q")
        self.app_amount = array("q")
        self.app_on = array("i")
        self.existing: dict[int, tuple[int, dt.date | None]] = {}  # id -> open units, settle date

    def applications(self) -> int:
        return len(self.app_credit)


class _Book:
    """One customer's open debits while credits are allocated in date order (INTERCHANGE §2), as
    debit slots: not yet issued ones in ``pending``, issued open ones in a heap, oldest first."""

    __slots__ = ("heap", "pending", "seq", "sorted")

    def __init__(self) -> None:
        self.pending = array("i")
        self.heap: list[tuple[int, int, str, int, int]] = []
        self.sorted = False
        self.seq = 0


class _Debits:
    """The debits a settlement may reach: the data set's invoices (slots 0 .. invoices - 1, ids from
    ``first``) and, after them, the existing open debits of customers with credits in the data set."""

    def __init__(self, docs: _Docs) -> None:
        n = docs.invoices
        self.first, self.invoices = docs.first, n
        self.date = docs.date[:n]
        self.due = docs.due[:n]
        self.open = docs.amount[:n]
        self.last = array("i", [0]) * n
        self.numbers = docs.numbers  # the first ``invoices`` entries; existing debits' in ext_numbers
        self.ext_numbers: list[str] = []
        self.ext_ids: list[int] = []
        self.ext_invoice: dict[int, int] = {}  # an existing open invoice's id -> its slot

    def add_existing(self, doc_id: int, number: str, kind: str, date: dt.date, due: dt.date, open_units: int) -> int:
        slot = len(self.date)
        self.date.append(date.toordinal())
        self.due.append(due.toordinal())
        self.open.append(open_units)
        self.last.append(0)
        self.ext_numbers.append(number)
        self.ext_ids.append(doc_id)
        if kind == "invoice":
            self.ext_invoice[doc_id] = slot
        return slot

    def number(self, slot: int) -> str:
        return self.numbers[slot] if slot < self.invoices else self.ext_numbers[slot - self.invoices]

    def id_of(self, slot: int) -> int:
        return self.first + slot if slot < self.invoices else self.ext_ids[slot - self.invoices]

    def slot_of(self, invoice_id: int) -> int | None:
        if self.first <= invoice_id < self.first + self.invoices:
            return invoice_id - self.first
        return self.ext_invoice.get(invoice_id)

    def take(self, slot: int, amount: int, on: int) -> None:
        self.open[slot] -= amount
        if on > self.last[slot]:
            self.last[slot] = on


def _books(session: Session, docs: _Docs, debits: _Debits, digits: int) -> dict[int, _Book]:
    """Each customer with a credit in the data set: a book of their open debits, old and new."""
    credit_customers = set(docs.cust[docs.invoices:])
    books = {c: _Book() for c in credit_customers}
    for slot in range(docs.invoices):
        book = books.get(docs.cust[slot])
        if book is not None:
            book.pending.append(slot)
    if credit_customers and _any(session, Document.id, Document.id < docs.first):
        ids = list(credit_customers)
        for i in range(0, len(ids), CHUNK):
            for row in session.execute(
                select(Document.id, Document.number, Document.kind, Document.customer_id, Document.date,
                       Document.due_date, Document.open_amount)
                .where(Document.customer_id.in_(ids[i:i + CHUNK]), Document.direction == 1,
                       Document.status == POSTED, Document.open_amount > 0, Document.id < docs.first)
            ):
                slot = debits.add_existing(row.id, row.number, row.kind, row.date, row.due_date or row.date,
                                           m.to_minor(row.open_amount, digits))
                books[row.customer_id].pending.append(slot)
    return books


def _settle(session: Session, docs: _Docs, digits: int, progress: Progress) -> _Settled:
    """Allocate every imported credit to imported and existing open debits: one pass over the credits
    in date order (then payments before credit notes, then number), the rules of app.services.ledger.settlement."""
    out = _Settled(docs)
    debits = _Debits(docs)
    books = _books(session, docs, debits, digits)
    first, n_inv, n_pay = docs.first, docs.invoices, docs.payments
    dates, numbers = docs.date, docs.numbers
    # by date, payments before credit notes, then number: slots bucketed by the first two (a few
    # thousand buckets of 4-byte slots), each bucket sorted by number when its turn comes
    cut = n_inv + n_pay
    buckets: dict[int, array[int]] = {}
    for k in range(n_inv, len(docs)):
        key = dates[k] * 2 + (k >= cut)
        bucket = buckets.get(key)
        if bucket is None:
            bucket = buckets[key] = array("i")
        bucket.append(k)
    order = (k for key in sorted(buckets) for k in sorted(buckets.pop(key), key=numbers.__getitem__))
    d_date, d_due, d_open = debits.date, debits.due, debits.open
    push, pop = heapq.heappush, heapq.heappop
    app_credit, app_debit = out.app_credit.append, out.app_debit.append
    app_amount, app_on = out.app_amount.append, out.app_on.append
    total = len(docs) - n_inv or 1
    for n, k in enumerate(order):
        day, amount, book = dates[k], docs.amount[k], books[docs.cust[k]]
        pending = book.pending
        if pending:  # debits issued on or before the credit's date become reachable
            if not book.sorted:
                pending = book.pending = array("i", sorted(pending, key=d_date.__getitem__, reverse=True))
                book.sorted = True
            while pending and d_date[pending[-1]] <= day:
                slot = pending.pop()
                if d_open[slot] > 0:
                    book.seq += 1
                    push(book.heap, (d_due[slot], d_date[slot], debits.number(slot), book.seq, slot))
        applied = last = 0
        target = docs.target[k]
        if target:
            slot_ = debits.slot_of(target)
            if slot_ is None:  # an existing invoice that is already settled: nothing to apply
                continue
            take = min(amount, d_open[slot_])
            if take > 0:
                on = max(day, d_date[slot_])
                debits.take(slot_, take, on)
                app_credit(first + k)
                app_debit(debits.id_of(slot_))
                app_amount(take)
                app_on(on)
                applied, last = take, on
        else:
            remaining, heap = amount, book.heap
            while remaining > 0 and heap:
                slot = heap[0][4]
                if d_open[slot] <= 0:
                    pop(heap)
                    continue
                take = min(remaining, d_open[slot])
                debits.take(slot, take, day)
                app_credit(first + k)
                app_debit(debits.id_of(slot))
                app_amount(take)
                app_on(day)
                applied += take
                last = day
                remaining -= take
                if d_open[slot] <= 0:
                    pop(heap)
        out.open[k] = amount - applied
        out.settled[k] = last if applied == amount else 0
        if n % 20000 == 0:
            check(progress, n, total)
    for slot in range(n_inv):
        out.open[slot] = d_open[slot]
        out.settled[slot] = debits.last[slot] if d_open[slot] == 0 else 0
    for slot in range(n_inv, len(d_date)):
        did = debits.ext_ids[slot - n_inv]
        settled_on = dt.date.fromordinal(debits.last[slot]) if d_open[slot] == 0 and debits.last[slot] else None
        if d_open[slot] == 0:  # the last application date includes earlier applications
            prev = settlement.last_applied_on(session, did, as_credit=False)
            days = [d for d in (prev, settled_on) if d is not None]
            settled_on = max(days) if days else None
        out.existing[did] = (d_open[slot], settled_on)
    return out


# ---------------------------------------------------------------- writing

def _bulk(session: Session, table: str, columns: list[str], rows: list[tuple[Any, ...]], progress: Progress,
          done: list[int], total: int, stored: bool = False) -> None:
    """Insert rows (money already in minor units) in chunks, reporting progress."""
    from app.models.db import bulk_insert

    step = BATCH
    for i in range(0, len(rows), step):
        chunk = rows[i:i + step]
        bulk_insert(session, table, columns, chunk, stored)
        done[0] += len(chunk)
        check(progress, done[0], max(total, done[0]))


def _tuples(rows: list[dict[str, Any]]) -> tuple[list[str], list[tuple[Any, ...]]]:
    columns = list(rows[0]) if rows else []
    return columns, [tuple(r[c] for c in columns) for r in rows]


DOC_COLUMNS = ["id", "customer_id", "kind", "number", "status", "direction", "date", "due_date", "amount",
               "open_amount", "settled_on", "description", "method", "reference", "reason", "contract_ref",
               "target_id", "voids_id", "disputed", "created_by", "created_at", "posted_at"]
APP_COLUMNS = ["credit_id", "debit_id", "amount", "applied_on", "created_at", "created_by", "undone_at",
               "undone_by"]
WRITE_CACHE_KB = -16384  # SQLite's page cache while documents are written (negative: KiB)
BATCH = 10000  # rows written at a time: the memory of a batch, not of the data set
#: The texts of a document that are not kept while checking but read again from its row when it is written.
DOC_TEXTS = {"invoices": ("number", "description", "contract_ref"), "payments": ("reference", "memo", "method"),
             "credit_notes": ("number", "reason")}


class _Days(dict[int, Any]):
    """Ordinal -> the date as written, each made once (a data set has a few thousand different days):
    SQLite's stored form (ISO text) when ``stored``, else a date."""

    def __init__(self, stored: bool) -> None:
        super().__init__()
        self.stored = stored

    def __missing__(self, ordinal: int) -> Any:
        day = dt.date.fromordinal(ordinal)
        value = self[ordinal] = day.isoformat() if self.stored else day
        return value


def _stored(session: Session) -> bool:
    """Whether rows are handed to the engine in SQLite's storage form (see db.bulk_insert)."""
    return session.get_bind().dialect.name == "sqlite"


def _document_rows(chk: _Check, settled: _Settled, user: str, now: Any, no: Any,
                   days: _Days) -> Iterator[list[tuple[Any, ...]]]:
    """The data set's documents as table rows, a batch at a time, each file read a second time for the
    texts (every row is known good: the ids follow the rows as they did while checking)."""
    docs = chk.plan.docs
    slot = 0
    batch: list[tuple[Any, ...]] = []
    for kind in ("invoices", "payments", "credit_notes"):
        if kind not in chk.idxs:
            continue
        t, ix = chk.tables[kind], chk.idxs[kind]
        width = len(t.header)
        cols = [ix.get(c) for c in DOC_TEXTS[kind]]
        streamed = t.path is not None
        for _, cells in t.records():
            if streamed:  # CSV text, known good: a cell is what checking read, stripped; a code normalised
                texts = [cells[i].strip(" \t") if i is not None and i < len(cells) else "" for i in cols]
                texts = [text.norm_code(v) if c in CODE_COLUMNS else v for v, c in zip(texts, DOC_TEXTS[kind],
                                                                                           strict=True)]
            else:
                r = _make_row(cells, ix, width)
                texts = [r.text(c) for c in DOC_TEXTS[kind]]
            number, amount, target = texts[0], docs.amount[slot], docs.target[slot]
            day, open_units, on = days[docs.date[slot]], settled.open[slot], settled.settled[slot]
            settled_on = days[on] if on else None
            if kind == "invoices":
                batch.append((docs.first + slot, docs.cust[slot], "invoice", number, POSTED, 1, day,
                              days[docs.due[slot]], amount, open_units, settled_on, texts[1], "", "", "", texts[2],
                              None, None, no, user, now, now))
            elif kind == "payments":
                batch.append((docs.first + slot, docs.cust[slot], "payment", number, POSTED, -1, day, None, amount,
                              open_units, settled_on, texts[1], texts[2], number, "", "", target or None, None,
                              no, user, now, now))
            else:
                batch.append((docs.first + slot, docs.cust[slot], "credit_note", number, POSTED, -1, day, None,
                              amount, open_units, settled_on, "", "", "", texts[1], "", target or None, None, no,
                              user, now, now))
            slot += 1
            if len(batch) >= BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


def _application_rows(settled: _Settled, user: str, now: Any, days: _Days) -> Iterator[list[tuple[Any, ...]]]:
    for i in range(0, settled.applications(), BATCH):
        j = min(i + BATCH, settled.applications())
        yield [(c, d, a, days[on], now, user, None, "") for c, d, a, on in
               zip(settled.app_credit[i:j], settled.app_debit[i:j], settled.app_amount[i:j], settled.app_on[i:j],
                   strict=True)]


def _write(session: Session, chk: _Check, settled: _Settled, user: str) -> None:
    """Customers, documents (read again and written a batch at a time), applications and levels; on a
    large load the documents' secondary indexes are built once at the end, in the same transaction."""
    from app.models.db import after_bulk_insert, indexes_rebuilt

    plan, progress = chk.plan, chk.progress
    now = utcnow()
    cust_defaults = dict(short_name="", size="", shipping_address="", warn_ratio="0.80", archived=False,
                         archived_at=None, grade="new", payment_index=None, grade_override=None,
                         grade_override_reason="", value_class="", dunning_excluded=False, created_at=now,
                         updated_at=now, version=1)
    done = [chk.done]
    total = chk.total + settled.applications()
    for table, rows in (("customers", [{**cust_defaults, **c} for c in plan.customers]),
                        ("contacts", plan.contacts), ("customer_tags", plan.tags)):
        cols, tuples = _tuples(rows)
        _bulk(session, table, cols, tuples, progress, done, total)
    stored = _stored(session)
    days = _Days(stored)
    at = now.isoformat(" ", "microseconds") if stored else now
    no = 0 if stored else False
    cache = session.execute(sql("PRAGMA cache_size")).scalar() if stored else None
    if cache is not None and int(cache) < WRITE_CACHE_KB:  # (negative: KiB) lowered, never raised
        # SQLite: appended rows need few pages, and each index build sorts in pieces of this size
        session.execute(sql(f"PRAGMA cache_size={WRITE_CACHE_KB}"))
    else:
        cache = None
    totals: dict[int, list[int]] = {}  # per customer: the stored totals' differences (app.models.totals)
    try:
        with indexes_rebuilt(session, ["documents", "applications"], len(plan.docs) + settled.applications()):
            for batch in _document_rows(chk, settled, user, at, no, days):
                _count_totals(totals, batch)
                _bulk(session, "documents", DOC_COLUMNS, batch, progress, done, total, stored)
            for batch in _application_rows(settled, user, at, days):
                _bulk(session, "applications", APP_COLUMNS, batch, progress, done, total, stored)
    finally:
        if cache is not None:
            session.execute(sql(f"PRAGMA cache_size={int(cache)}"))
    cols, tuples = _tuples(plan.levels)
    _bulk(session, "dunning_levels", cols, tuples, progress, done, total)
    digits = session.get_bind().dialect.duebook_minor_digits  # type: ignore[attr-defined]
    for did, (open_units, settled_on) in settled.existing.items():
        session.execute(update(Document).where(Document.id == did).values(
            open_amount=m.from_minor(open_units, digits), settled_on=settled_on))
    after_bulk_insert(session, ["customers", "contacts", "customer_tags", "documents", "applications"])
    add_deltas(session, totals)


def _count_totals(deltas: dict[int, list[int]], docs: list[tuple[Any, ...]]) -> None:
    """The stored per-customer totals (app.models.totals) grow by the documents written (all posted)."""
    for d in docs:  # DOC_COLUMNS: customer_id at 1, direction at 5, amount (minor units) at 8
        row = deltas.setdefault(d[1], [0, 0, 0, 0])
        row[0] += 1
        row[2 if d[5] == 1 else 3] += d[8]


# ---------------------------------------------------------------- the service

def import_tables(db: Database, tables: dict[str, RawTable], *, dry_run: bool = False,
                  ignore_unknown: bool = False, progress: Progress | None = None, source: str = "",
                  preread_errors: list[RowError] | None = None) -> ImportSummary:
    """Validate, settle and (unless ``dry_run``) write a data set in one transaction.

    The rows are walked twice (checked, then written), never held: a CSV file is read again from
    disk. Raises :class:`ImportRejected` with every bad row when anything is invalid.
    """
    progress = progress or NoProgress()
    errors: list[RowError] = list(preread_errors or [])
    with db.uow() as uow:
        s = uow.session
        require(uow, "import")
        if _gives_credit_limits(tables.values()):
            require(uow, "credit.manage")  # a customer's limit is a credit decision, on every path
        if not dry_run:
            # Ids are numbered from the highest one when checking: no other writer may take one meanwhile.
            lock_tables(s, ["customers", "documents", "applications"])
        chk = _Check(s, tables, uow.digits, ignore_unknown, errors, progress)
        plan = chk.run()
        if errors:
            raise ImportRejected(_sorted_errors(errors, tables))
        chk.checked()
        settled = _settle(s, plan.docs, uow.digits, progress)
        chk.settled()
        docs = plan.docs
        summary = ImportSummary(
            customers=len(plan.customers), invoices=docs.invoices, payments=docs.payments,
            credit_notes=docs.credit_notes, dunning_levels=len(plan.levels),
            applications=settled.applications(), dry_run=dry_run,
            counts={k: t.size() for k, t in tables.items()},
        )
        if dry_run:
            return summary
        _write(s, chk, settled, uow.user)
        audit.record_import(s, uow.user, source, after={
            "customers": summary.customers, "invoices": summary.invoices, "payments": summary.payments,
            "credit_notes": summary.credit_notes, "dunning_levels": summary.dunning_levels,
            "applications": summary.applications})
        if summary.invoices or summary.payments or summary.credit_notes:
            # Grades follow the payment history just imported (INTERCHANGE §6), as of today, and the
            # grade rules and lifecycle stages follow the grades, all in the same transaction: a kill
            # after the commit never leaves every grade at "new" or a stage behind its grade.
            from app.services.credit import figures as credit
            from app.services.lifecycle.grade_rules import apply_grade_rules
            from app.services.lifecycle.stages import refresh_stages

            s.flush()
            credit.refresh_grades_in(s, uow.user)
            apply_grade_rules(JoinedUnitOfWork(uow))
            refresh_stages(JoinedUnitOfWork(uow))
        check(progress, 1, 1)
        uow.commit()
    return summary


def _sorted_errors(errors: list[RowError], tables: dict[str, RawTable]) -> list[RowError]:
    order = {t.source: i for i, t in enumerate(sorted(tables.values(), key=lambda t: ORDER.index(t.kind)))}
    return sorted(errors, key=lambda e: (order.get(e.file, -1), e.file, e.row))


def import_path(db: Database, path: str | Path, *, dry_run: bool = False, ignore_unknown: bool = False,
                progress: Progress | None = None) -> ImportSummary:
    """Import a folder of CSV files or one workbook (INTERCHANGE §1)."""
    from app.services.permissions import check

    check(db, "import")
    p = Path(path)
    errors: list[RowError] = []
    tables = read_path(p, errors)
    if not tables and not errors:
        raise CompanyFileError(f"{p} holds none of {_expected()}")
    return import_tables(db, tables, dry_run=dry_run, ignore_unknown=ignore_unknown, progress=progress,
                         source=str(p), preread_errors=errors)
