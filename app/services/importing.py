"""Import of a data set (INTERCHANGE §1 and §7): a folder of CSV files or one workbook.

The whole import is one transaction. Every invalid row is reported at once as
``file:row:column: reason`` and then nothing is written. Amounts are parsed as
exact decimal strings (no separator, sign, currency or float artefact) into
integer minor units, and credits are settled by the same rules as posting
(app.services.settlement), processed in document date order.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import Customer, Document, DunningLevel
from app.models import money as m
from app.models.base import Base, utcnow
from app.models.customer import LANGUAGES
from app.models.db import lock_tables
from app.models.ledger import PAYMENT_METHODS, POSTED
from app.services import audit, dates, settlement, text
from app.services.company import load_company
from app.services.customers import validate_tax_id
from app.services.dto import ImportSummary
from app.services.errors import CompanyFileError, ImportRejected, RowError
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
    """

    kind: str
    source: str
    header: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)


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
        if any(i < len(r) and r[i] not in (None, "") for r in t.rows):
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
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        content = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        errors.append(RowError(path.name, line, "*", "not UTF-8 text (save the file as CSV UTF-8)"))
        return None
    reader = csv.reader(io.StringIO(content, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        errors.append(RowError(path.name, 1, "*", "empty file: a header row is needed"))
        return None
    except csv.Error as exc:
        errors.append(RowError(path.name, 1, "*", f"not a readable CSV file: {exc}"))
        return None
    t = RawTable(kind, path.name, [_clean(h) for h in header])
    while True:
        opened = reader.line_num + 1  # the line where the next record starts
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):  # a quote never closed: it would swallow the rest
                errors.append(RowError(path.name, opened, "*", "a quote opened on this row is never closed"))
            else:
                errors.append(RowError(path.name, opened, "*", f"not a readable CSV row: {exc}"))
            break
        if not row or all(not c.strip(" \t") for c in row):
            continue
        t.rows.append(row)
        t.row_numbers.append(reader.line_num)
    return t


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
    id: int
    number: str
    customer_id: int
    date: dt.date
    due: dt.date
    amount: int
    existing: bool = False


@dataclass(slots=True)
class _Credit:
    id: int
    kind: str
    number: str
    customer_id: int
    date: dt.date
    amount: int
    target: str
    fields: dict[str, Any]


@dataclass
class _Plan:
    customers: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    invoices: list[_Inv] = field(default_factory=list)
    inv_fields: dict[int, tuple[str, str]] = field(default_factory=dict)
    credits: list[_Credit] = field(default_factory=list)
    levels: list[dict[str, Any]] = field(default_factory=list)


def _cell(cells: list[Any], idx: dict[str, int], col: str) -> str:
    """One cell as stripped text, straight from a raw row (for look-ups before the row checks)."""
    i = idx.get(col)
    if i is None or i >= len(cells) or cells[i] is None:
        return ""
    return str(cells[i]).strip(" \t")


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
    for n, cells in zip(t.row_numbers, t.rows, strict=True):
        r = _make_row(cells, idx, width)
        yield n, r
        _record(errors, t.source, n, r)


def _fast(cells: list[Any], width: int) -> list[str | None] | None:
    """A CSV row whose cells are all plain text and fit the header, stripped; None sends it the slow
    way (a control character, an unusual space or a direction mark is checked there)."""
    if len(cells) > width:
        return None
    out: list[str | None] = []
    for c in cells:
        if type(c) is not str or _UNUSUAL(c):
            return None
        out.append(c.strip(" \t") or None)
    if len(out) < width:
        out += [None] * (width - len(out))
    return out


def _existing(session: Session, col: Any, values: Iterable[str], *where: Any) -> set[str]:
    if session.execute(select(col).where(*where).limit(1)).first() is None:
        return set()  # nothing of this kind in the file yet
    vals = list(values)
    found: set[str] = set()
    for i in range(0, len(vals), CHUNK):
        found.update(session.execute(select(col).where(col.in_(vals[i:i + CHUNK]), *where)).scalars())
    return found


def _next_id(session: Session, model: type[Base]) -> int:
    return int(session.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()) + 1  # type: ignore[attr-defined,unused-ignore]


def _plan(session: Session, tables: dict[str, RawTable], digits: int, ignore_unknown: bool,
          errors: list[RowError], progress: Progress) -> _Plan:
    plan = _Plan()
    total = sum(len(t.rows) for t in tables.values()) or 1
    done = 0
    idxs: dict[str, dict[str, int]] = {}
    for kind in ORDER:
        if kind in tables:
            i = _header_errors(tables[kind], ignore_unknown, errors)
            if i is not None:
                idxs[kind] = i

    # customers ---------------------------------------------------------
    cust_by_code: dict[str, _Cust] = {}
    next_cust = _next_id(session, Customer)
    if "customers" in idxs:
        t = tables["customers"]
        default_language = load_company(session).locale or "zh_CN"  # a row without language: the company's
        seen: dict[str, int] = {}
        codes = [_cell(c, idxs["customers"], "code") for c in t.rows]
        in_db = _existing(session, Customer.code, {c for c in codes if c})
        for n, r in _rows(t, idxs["customers"], errors):
            code = r.required("code")
            name = r.required("name")
            if len(code) > 40:
                r.bad("code", "at most 40 characters")
            if len(name) > 200:
                r.bad("name", "at most 200 characters")
            if code in seen:
                r.bad("code", f"duplicate code {code} (also on row {seen[code]})")
            elif code in in_db:
                r.bad("code", f"customer {code} is already in the company file")
            limit = r.amount("credit_limit", digits, required=False, positive=False)
            terms = r.integer("payment_terms_days", 30, 0, 3650)
            lang = r.text("language") or default_language
            if lang not in LANGUAGES:
                r.bad("language", f"must be en or zh_CN, not {lang!r}")
            tax = r.text("tax_id")
            why = validate_tax_id(tax)
            if why:
                r.bad("tax_id", why)
            email = r.text("email")
            if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
                r.bad("email", f"not an email address: {email!r}")
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
                        notes=r.text("notes"), tax_id_norm=text.norm_tax_id(tax), phone_norm=text.norm_phone(phone),
                        email_norm=text.norm_email(email), pinyin_initials=text.pinyin_initials(name),
                        search_text=text.search_text(code, name, phone, text.norm_phone(phone), email, tax,
                                                     text.pinyin_initials(name), contact, *tags),
                    ))
                    if contact or phone or email:
                        plan.contacts.append(dict(customer_id=cid, position=0, name=contact, role="", phone=phone,
                                                  email=email, phone_norm=text.norm_phone(phone),
                                                  email_norm=text.norm_email(email)))
                    plan.tags += [dict(customer_id=cid, tag=tg) for tg in tags]
            done += 1
            if done % 5000 == 0:
                check(progress, done, total)

    def customer_ref(r: _Row) -> _Cust | None:
        code = r.required("customer_code")
        if not code:
            return None
        c = cust_by_code.get(code)
        if c is None:
            row = session.execute(select(Customer.id, Customer.payment_terms_days, Customer.archived)
                                  .where(Customer.code == code)).first()
            if row is None:
                r.bad("customer_code", f"unknown customer {code}")
                return None
            if row.archived:
                r.bad("customer_code", f"customer {code} is archived")
            c = _Cust(row.id, code, row.payment_terms_days, True, bool(row.archived))
            cust_by_code[code] = c
        return c

    # invoices ----------------------------------------------------------
    inv_by_number: dict[str, _Inv] = {}
    next_doc = _next_id(session, Document)
    seen = {}
    in_db = set()

    def _check_invoice(n: int, r: _Row) -> None:
        nonlocal next_doc
        number = r.required("number")
        if len(number) > 60:
            r.bad("number", "at most 60 characters")
        if number in seen:
            r.bad("number", f"duplicate invoice {number} (also on row {seen[number]})")
        elif number in in_db:
            r.bad("number", f"invoice {number} is already in the company file")
        c = customer_ref(r)
        issue = r.date("issue_date")
        amount = r.amount("amount", digits)
        due = r.date("due_date", required=False)
        if due is None and issue is not None and c is not None:
            due = issue + dt.timedelta(days=c.terms)
        if due is not None and issue is not None and due < issue:
            r.bad("due_date", "the due date is before the issue date")
        if number and number not in seen:
            seen[number] = n
            if c is not None and issue is not None:
                inv = _Inv(next_doc, number, c.id, issue, due or issue, amount or 0)
                next_doc += 1
                inv_by_number[number] = inv
                if not r.problems:
                    plan.invoices.append(inv)
                    desc, cref = r.text("description"), r.text("contract_ref")
                    if desc or cref:
                        plan.inv_fields[inv.id] = (desc, cref)

    if "invoices" in idxs:
        t = tables["invoices"]
        ix = idxs["invoices"]
        in_db = _existing(session, Document.number, {_cell(c, ix, "number") for c in t.rows} - {""},
                          Document.kind == "invoice")
        seen = {}
        width = len(t.header)
        i_num, i_cust, i_issue, i_amt = ix["number"], ix["customer_code"], ix["issue_date"], ix["amount"]
        i_due, i_desc, i_cref = ix.get("due_date"), ix.get("description"), ix.get("contract_ref")
        amount_re, scale, most = m.amount_pattern(digits), 10 ** digits, m.max_minor(digits)
        for n, cells in zip(t.row_numbers, t.rows, strict=True):
            done += 1
            if done % 20000 == 0:
                check(progress, done, total)
            # Fast path for a clean text row; anything unusual goes through the checks below.
            f = _fast(cells, width)
            if f is not None:
                num, ccode, issue_s, amt_s = f[i_num], f[i_cust], f[i_issue], f[i_amt]
                due_s = f[i_due] if i_due is not None else None
                cust = cust_by_code.get(ccode) if ccode else None
                fissue = _DATES.get(issue_s) if issue_s else None
                fdue = _DATES.get(due_s) if due_s else None
                if (num and len(num) <= 60 and num not in seen and num not in in_db
                        and cust is not None and not cust.archived and fissue is not None
                        and (due_s is None or fdue is not None) and amt_s and amount_re.fullmatch(amt_s)):
                    whole, _, frac = amt_s.partition(".")
                    famount = int(whole) * scale + (int(frac.ljust(digits, "0")) if frac else 0)
                    if fdue is None:
                        fdue = fissue + dt.timedelta(days=cust.terms)
                    if 0 < famount <= most and fdue >= fissue:
                        seen[num] = n
                        finv = _Inv(next_doc, num, cust.id, fissue, fdue, famount)
                        next_doc += 1
                        inv_by_number[num] = finv
                        plan.invoices.append(finv)
                        fdesc = f[i_desc] if i_desc is not None else None
                        fcref = f[i_cref] if i_cref is not None else None
                        if fdesc or fcref:
                            plan.inv_fields[finv.id] = (fdesc or "", fcref or "")
                        continue
            r = _make_row(cells, ix, width)
            _check_invoice(n, r)
            _record(errors, t.source, n, r)

    def invoice_ref(r: _Row, c: _Cust | None) -> str:
        number = r.text("invoice_number")
        if not number:
            return ""
        inv = inv_by_number.get(number)
        if inv is None:
            row = session.execute(select(Document.id, Document.customer_id, Document.date, Document.due_date,
                                         Document.open_amount, Document.status)
                                  .where(Document.kind == "invoice", Document.number == number)).first()
            if row is None or row.status == "draft":
                r.bad("invoice_number", f"unknown invoice {number}")
                return ""
            inv = _Inv(row.id, number, row.customer_id, row.date, row.due_date or row.date,
                       m.to_minor(row.open_amount, digits), existing=True)
            inv_by_number[number] = inv
        if c is not None and inv.customer_id != c.id:
            r.bad("invoice_number", f"invoice {number} belongs to another customer")
            return ""
        return number

    # payments and credit notes -----------------------------------------
    def _check_credit(n: int, r: _Row, kind: str, key: str, doc_kind: str) -> None:
        nonlocal next_doc
        number = r.required(key)
        if len(number) > 60:
            r.bad(key, "at most 60 characters")
        if number in seen:
            r.bad(key, f"duplicate {key} {number} (also on row {seen[number]})")
        elif number in in_db:
            r.bad(key, f"{doc_kind.replace('_', ' ')} {number} is already in the company file")
        c = customer_ref(r)
        date = r.date("date")
        amount = r.amount("amount", digits)
        target = invoice_ref(r, c)
        extra: dict[str, Any]
        if kind == "payments":
            method = r.text("method")
            if method and method not in PAYMENT_METHODS:
                r.bad("method", f"one of {', '.join(PAYMENT_METHODS)}")
            extra = {"method": method, "reference": number, "description": r.text("memo")}
        else:
            extra = {"reason": r.text("reason")}
        if number:
            seen.setdefault(number, n)
        if not r.problems and c is not None and date is not None and amount:
            plan.credits.append(_Credit(next_doc, doc_kind, number, c.id, date, amount, target, extra))
            next_doc += 1

    for kind, key in (("payments", "reference"), ("credit_notes", "number")):
        if kind not in idxs:
            continue
        doc_kind = "payment" if kind == "payments" else "credit_note"
        t = tables[kind]
        ix = idxs[kind]
        in_db = _existing(session, Document.number, {_cell(c, ix, key) for c in t.rows} - {""},
                          Document.kind == doc_kind)
        seen = {}
        width = len(t.header)
        i_num, i_cust, i_date, i_amt = ix[key], ix["customer_code"], ix["date"], ix["amount"]
        i_inv = ix.get("invoice_number")
        i_method, i_memo, i_reason = ix.get("method"), ix.get("memo"), ix.get("reason")
        amount_re, scale, most = m.amount_pattern(digits), 10 ** digits, m.max_minor(digits)
        for n, cells in zip(t.row_numbers, t.rows, strict=True):
            done += 1
            if done % 20000 == 0:
                check(progress, done, total)
            # Fast path for a clean text row; anything unusual goes through _check_credit.
            f = _fast(cells, width)
            if f is not None:
                num, ccode, date_s, amt_s = f[i_num], f[i_cust], f[i_date], f[i_amt]
                ftarget = (f[i_inv] if i_inv is not None else None) or ""
                cust = cust_by_code.get(ccode) if ccode else None
                day = _DATES.get(date_s) if date_s else None
                hit = inv_by_number.get(ftarget) if ftarget else None
                meth = (f[i_method] if i_method is not None else None) or ""
                if (num and len(num) <= 60 and num not in seen and num not in in_db
                        and cust is not None and not cust.archived and day is not None
                        and amt_s and amount_re.fullmatch(amt_s)
                        and (not ftarget or (hit is not None and hit.customer_id == cust.id))
                        and (kind != "payments" or not meth or meth in PAYMENT_METHODS)):
                    whole, _, frac = amt_s.partition(".")
                    famount = int(whole) * scale + (int(frac.ljust(digits, "0")) if frac else 0)
                    if 0 < famount <= most:
                        seen[num] = n
                        if kind == "payments":
                            fmemo = (f[i_memo] if i_memo is not None else None) or ""
                            fextra: dict[str, Any] = {"method": meth, "reference": num, "description": fmemo}
                        else:
                            fextra = {"reason": (f[i_reason] if i_reason is not None else None) or ""}
                        plan.credits.append(_Credit(next_doc, doc_kind, num, cust.id, day, famount, ftarget, fextra))
                        next_doc += 1
                        continue
            r = _make_row(cells, ix, width)
            _check_credit(n, r, kind, key, doc_kind)
            _record(errors, t.source, n, r)

    # dunning levels ----------------------------------------------------
    if "dunning_levels" in idxs:
        t = tables["dunning_levels"]
        existing_levels = {lv: d for lv, d in session.execute(select(DunningLevel.level, DunningLevel.days_overdue))}
        seen_lv: dict[int, int] = {}
        new: dict[int, tuple[int, int]] = {}
        for n, r in _rows(t, idxs["dunning_levels"], errors):
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
    return plan


# ---------------------------------------------------------------- settling

@dataclass
class _Settled:
    applications: list[dict[str, Any]] = field(default_factory=list)
    open_of: dict[int, int] = field(default_factory=dict)
    settled_of: dict[int, dt.date | None] = field(default_factory=dict)


def _settle(session: Session, plan: _Plan, digits: int, progress: Progress) -> _Settled:
    """Allocate every imported credit, in date order, to imported and existing open debits."""
    out = _Settled()
    books: dict[int, settlement.CustomerBook] = defaultdict(settlement.CustomerBook)
    debit_by_number: dict[str, settlement.OpenDebit] = {}
    for inv in plan.invoices:
        od = settlement.OpenDebit(inv.id, inv.number, inv.date, inv.due, inv.amount)
        books[inv.customer_id].add(od)
        debit_by_number[inv.number] = od
    credit_customers = {c.customer_id for c in plan.credits}
    existing: dict[int, settlement.OpenDebit] = {}
    if credit_customers:
        has_docs = session.execute(select(Document.id).limit(1)).first() is not None
        if has_docs:
            ids = list(credit_customers)
            for i in range(0, len(ids), CHUNK):
                for row in session.execute(
                    select(Document.id, Document.number, Document.kind, Document.customer_id, Document.date,
                           Document.due_date, Document.open_amount)
                    .where(Document.customer_id.in_(ids[i:i + CHUNK]), Document.direction == 1,
                           Document.status == POSTED, Document.open_amount > 0)
                ):
                    od = settlement.OpenDebit(row.id, row.number, row.date, row.due_date or row.date,
                                              m.to_minor(row.open_amount, digits))
                    existing[row.id] = od
                    books[row.customer_id].add(od)
                    if row.kind == "invoice":
                        debit_by_number[row.number] = od
    credits = sorted(plan.credits, key=lambda c: (c.date, settlement.CREDIT_ORDER[c.kind], c.number))
    total = len(credits) or 1
    for n, cr in enumerate(credits):
        book = books[cr.customer_id]
        book.advance(cr.date)
        target = None
        if cr.target:
            target = debit_by_number.get(cr.target)
            if target is None:  # an existing invoice that is already settled: nothing to apply
                out.open_of[cr.id] = cr.amount
                continue
            allocs = settlement.allocate(cr.date, cr.amount, target, ())
        else:
            allocs = book.allocate_oldest_first(cr.date, cr.amount)
        applied = 0
        last: dt.date | None = None
        for a in allocs:
            out.applications.append(dict(credit_id=cr.id, debit_id=a.debit.id, amount=a.amount,
                                         applied_on=a.applied_on))
            applied += a.amount
            last = a.applied_on if last is None or a.applied_on > last else last
        out.open_of[cr.id] = cr.amount - applied
        out.settled_of[cr.id] = last if applied == cr.amount else None
        if n % 20000 == 0:
            check(progress, n, total)
    for od in debit_by_number.values():
        out.open_of[od.id] = od.open
        out.settled_of[od.id] = od.last_applied if od.open == 0 else None
    for od in existing.values():
        out.open_of[od.id] = od.open
        out.settled_of[od.id] = od.last_applied if od.open == 0 else None
    # existing debits: last application date must include earlier applications
    for did, od in existing.items():
        if od.open == 0:
            prev = settlement.last_applied_on(session, did, as_credit=False)
            dates = [d for d in (prev, od.last_applied) if d is not None]
            out.settled_of[did] = max(dates) if dates else None
    return out


# ---------------------------------------------------------------- writing

def _bulk(session: Session, table: str, columns: list[str], rows: list[tuple[Any, ...]], progress: Progress,
          done: list[int], total: int) -> None:
    """Insert rows (money already in minor units) in chunks, reporting progress."""
    from app.models.db import bulk_insert

    step = 50000
    for i in range(0, len(rows), step):
        chunk = rows[i:i + step]
        bulk_insert(session, table, columns, chunk)
        done[0] += len(chunk)
        check(progress, done[0], total)


def _tuples(rows: list[dict[str, Any]]) -> tuple[list[str], list[tuple[Any, ...]]]:
    columns = list(rows[0]) if rows else []
    return columns, [tuple(r[c] for c in columns) for r in rows]


DOC_COLUMNS = ["id", "customer_id", "kind", "number", "status", "direction", "date", "due_date", "amount",
               "open_amount", "settled_on", "description", "method", "reference", "reason", "contract_ref",
               "target_id", "voids_id", "disputed", "created_by", "created_at", "posted_at"]
APP_COLUMNS = ["credit_id", "debit_id", "amount", "applied_on", "created_at", "created_by", "undone_at",
               "undone_by"]


def _write(session: Session, plan: _Plan, settled: _Settled, user: str, progress: Progress) -> None:
    now = utcnow()
    cust_defaults = dict(short_name="", size="", shipping_address="", warn_ratio="0.80", archived=False,
                         archived_at=None, grade="new", payment_index=None, grade_override=None,
                         grade_override_reason="", value_class="", dunning_excluded=False, created_at=now,
                         updated_at=now, version=1)
    customers = _tuples([{**cust_defaults, **c} for c in plan.customers])
    contacts = _tuples(plan.contacts)
    tags = _tuples(plan.tags)
    levels = _tuples(plan.levels)
    open_of, settled_of = settled.open_of, settled.settled_of
    invoice_ids = {inv.number: inv.id for inv in plan.invoices}
    docs: list[tuple[Any, ...]] = []
    for inv in plan.invoices:
        desc, cref = plan.inv_fields.get(inv.id, ("", ""))
        docs.append((inv.id, inv.customer_id, "invoice", inv.number, POSTED, 1, inv.date, inv.due, inv.amount,
                     open_of.get(inv.id, inv.amount), settled_of.get(inv.id), desc, "", "", "", cref, None, None,
                     False, user, now, now))
    existing_targets: dict[str, int] = {}
    for cr in plan.credits:
        target_id = invoice_ids.get(cr.target) if cr.target else None
        if cr.target and target_id is None:
            if cr.target not in existing_targets:
                existing_targets[cr.target] = session.execute(
                    select(Document.id).where(Document.kind == "invoice", Document.number == cr.target)
                ).scalar_one()
            target_id = existing_targets[cr.target]
        f = cr.fields
        docs.append((cr.id, cr.customer_id, cr.kind, cr.number, POSTED, -1, cr.date, None, cr.amount,
                     open_of.get(cr.id, cr.amount), settled_of.get(cr.id), f.get("description", ""),
                     f.get("method", ""), f.get("reference", ""), f.get("reason", ""), "", target_id, None, False,
                     user, now, now))
    apps = [(a["credit_id"], a["debit_id"], a["amount"], a["applied_on"], now, user, None, "")
            for a in settled.applications]
    total = len(customers[1]) + len(contacts[1]) + len(tags[1]) + len(docs) + len(apps) + len(levels[1]) or 1
    done = [0]
    for table, (cols, rows) in (("customers", customers), ("contacts", contacts), ("customer_tags", tags)):
        _bulk(session, table, cols, rows, progress, done, total)
    from app.models.db import after_bulk_insert, indexes_rebuilt

    with indexes_rebuilt(session, ["documents", "applications"], len(docs) + len(apps)):
        _bulk(session, "documents", DOC_COLUMNS, docs, progress, done, total)
        _bulk(session, "applications", APP_COLUMNS, apps, progress, done, total)
    _bulk(session, "dunning_levels", levels[0], levels[1], progress, done, total)
    new_ids = {d[0] for d in docs}
    digits = session.get_bind().dialect.duebook_minor_digits  # type: ignore[attr-defined]
    for did, open_units in open_of.items():
        if did not in new_ids:
            session.execute(update(Document).where(Document.id == did).values(
                open_amount=m.from_minor(open_units, digits), settled_on=settled_of.get(did)))
    after_bulk_insert(session, ["customers", "contacts", "customer_tags", "documents", "applications"])


# ---------------------------------------------------------------- the service

def import_tables(db: Database, tables: dict[str, RawTable], *, dry_run: bool = False,
                  ignore_unknown: bool = False, progress: Progress | None = None, source: str = "",
                  preread_errors: list[RowError] | None = None) -> ImportSummary:
    """Validate, settle and (unless ``dry_run``) write a data set in one transaction.

    Raises :class:`ImportRejected` with every bad row when anything is invalid.
    """
    progress = progress or NoProgress()
    errors: list[RowError] = list(preread_errors or [])
    with db.uow() as uow:
        s = uow.session
        require(uow, "import")
        if _gives_credit_limits(tables.values()):
            require(uow, "credit.manage")  # a customer's limit is a credit decision, on every path
        if not dry_run:
            # Ids are numbered from the highest one in _plan: no other writer may take one meanwhile.
            lock_tables(s, ["customers", "documents", "applications"])
        plan = _plan(s, tables, uow.digits, ignore_unknown, errors, progress)
        if errors:
            raise ImportRejected(_sorted_errors(errors, tables))
        settled = _settle(s, plan, uow.digits, progress)
        summary = ImportSummary(
            customers=len(plan.customers), invoices=len(plan.invoices),
            payments=sum(1 for c in plan.credits if c.kind == "payment"),
            credit_notes=sum(1 for c in plan.credits if c.kind == "credit_note"),
            dunning_levels=len(plan.levels), applications=len(settled.applications), dry_run=dry_run,
            counts={k: len(t.rows) for k, t in tables.items()},
        )
        if dry_run:
            return summary
        _write(s, plan, settled, uow.user, progress)
        audit.record_import(s, uow.user, source, after={
            "customers": summary.customers, "invoices": summary.invoices, "payments": summary.payments,
            "credit_notes": summary.credit_notes, "dunning_levels": summary.dunning_levels,
            "applications": summary.applications})
        if summary.invoices or summary.payments or summary.credit_notes:
            # Grades follow the payment history just imported (INTERCHANGE §6), as of today, and the
            # grade rules and lifecycle stages follow the grades, all in the same transaction: a kill
            # after the commit never leaves every grade at "new" or a stage behind its grade.
            from app.services import credit
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
