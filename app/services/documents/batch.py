"""Statement batches: statements for a selection of customers, ready to send and to print.

``run_statement_batch`` writes, into ``out_dir``:

* one PDF per customer (``<code>.pdf``, in the customer's language),
* ``all.pdf``: every statement merged, for printing in one go,
* ``statements.xlsx``: one sheet per customer.

The selection is a list of codes, or the active customers with a tag and/or a
category (all active customers when neither is given); unless
``with_balance_only`` is off, customers whose balance at the end of the period
is zero are left out (a list of codes is taken as it is). Cancelling through
``progress`` stops between two customers and removes what this run wrote.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.models import Customer
from app.services.customers.records import CustomerFilter, filter_conditions
from app.services.documents.excel import StatementsWorkbook
from app.services.documents.statement_pdf import statement_pdf_bytes
from app.services.errors import FieldProblem, ValidationError, ValidationErrors
from app.services.ledger.statements import statement_in
from app.services.progress import NoProgress, Progress, check
from app.services.sql import balances
from app.services.unit_of_work import Database, ReadUnitOfWork

MERGED_NAME = "all.pdf"
WORKBOOK_NAME = "statements.xlsx"


@dataclass(frozen=True)
class BatchItem:
    code: str
    name: str
    language: str
    closing_balance: Decimal
    lines: int
    pdf: Path


@dataclass(frozen=True)
class BatchResult:
    out_dir: Path
    date_from: dt.date
    date_to: dt.date
    open_item: bool
    items: tuple[BatchItem, ...]
    merged_pdf: Path | None
    workbook: Path | None

    @property
    def files(self) -> tuple[Path, ...]:
        return tuple(i.pdf for i in self.items)

    @property
    def count(self) -> int:
        return len(self.items)


def safe_file_stem(code: str, taken: set[str]) -> str:
    """A file name from a customer code that is valid on every OS and unique (case-insensitively)."""
    stem = re.sub(r"[^\w\-.]+", "_", code, flags=re.UNICODE).strip("._") or "customer"
    stem = stem[:80]
    candidate, n = stem, 1
    while candidate.lower() in taken or candidate.lower() in ("all", "con", "prn", "aux", "nul"):
        n += 1
        candidate = f"{stem}_{n}"
    taken.add(candidate.lower())
    return candidate


def select_customers(db: Database, date_to: dt.date, *, codes: Sequence[str] | None = None,
                     tag: str | None = None, category: str | None = None,
                     with_balance_only: bool = True) -> list[int]:
    """Customer ids of the selection, ordered by code."""
    with ReadUnitOfWork(db) as uow:
        s = uow.session
        if codes:
            wanted = [c.strip() for c in codes if c.strip()]
            found = dict(s.execute(select(Customer.code, Customer.id).where(Customer.code.in_(wanted))).tuples().all())
            missing = [c for c in wanted if c not in found]
            if missing:
                raise ValidationErrors([FieldProblem("codes", "unknown", f"no customer with code {c}")
                                        for c in missing])
            ids = [found[c] for c in sorted(set(wanted))]
            return ids
        f = CustomerFilter(tag=tag or "", category=category or "")
        ids = list(s.execute(select(Customer.id).where(*filter_conditions(f)).order_by(Customer.code)).scalars())
        if with_balance_only and ids:
            bal: dict[int, Decimal] = {}
            for i in range(0, len(ids), 900):
                bal.update(balances(s, ids[i:i + 900], as_of=date_to))
            ids = [i for i in ids if bal.get(i, Decimal(0)) != 0]
        return ids


def merge_pdfs(parts: Sequence[bytes | Path], target: Path, progress: Progress | None = None) -> Path:
    """Concatenate PDFs (bytes or files) into ``target`` for printing."""
    from pypdf import PdfReader, PdfWriter

    progress = progress or NoProgress()
    writer = PdfWriter()
    for n, part in enumerate(parts, 1):
        reader = PdfReader(io.BytesIO(part) if isinstance(part, bytes) else str(part))
        for page in reader.pages:
            writer.add_page(page)
        if n % 50 == 0:
            check(progress, n, len(parts))
    tmp = target.with_name(target.name + ".part")
    with tmp.open("wb") as f:
        writer.write(f)
    tmp.replace(target)
    return target


def run_statement_batch(db: Database, date_from: dt.date, date_to: dt.date, out_dir: str | Path, *,
                        codes: Sequence[str] | None = None, tag: str | None = None,
                        category: str | None = None, with_balance_only: bool = True, open_item: bool = False,
                        progress: Progress | None = None, merged: bool = True,
                        workbook: bool = True) -> BatchResult:
    """Statements for the selection into ``out_dir``: a PDF each, ``all.pdf`` and ``statements.xlsx``."""
    if date_to < date_from:
        raise ValidationError("to", "the period ends before it starts", code="order")
    progress = progress or NoProgress()
    out = Path(out_dir)
    ids = select_customers(db, date_to, codes=codes, tag=tag, category=category,
                           with_balance_only=with_balance_only)
    out.mkdir(parents=True, exist_ok=True)
    total = len(ids) + (1 if merged and ids else 0)
    check(progress, 0, total)
    written: list[Path] = []
    items: list[BatchItem] = []
    pdfs: list[bytes] = []
    book: StatementsWorkbook | None = None
    taken: set[str] = set()
    try:
        with ReadUnitOfWork(db) as uow:
            s = uow.session
            for n, cid in enumerate(ids, 1):
                c = s.get(Customer, cid)
                assert c is not None
                st = statement_in(uow, c, date_from, date_to, open_item)
                data = statement_pdf_bytes(st)
                path = out / f"{safe_file_stem(c.code, taken)}.pdf"
                path.write_bytes(data)
                written.append(path)
                if merged:
                    pdfs.append(data)
                if workbook:
                    if book is None:
                        book = StatementsWorkbook(out / WORKBOOK_NAME, st.company.minor_digits, st.company.name)
                    book.add(st)
                items.append(BatchItem(c.code, c.name, st.customer.language, st.closing_balance,
                                       len(st.open_items) if open_item else len(st.lines), path))
                s.expunge_all()  # keep the session small over thousands of customers
                check(progress, n, total)
        wb_path = book.close() if book is not None else None
        if wb_path is not None:
            written.append(wb_path)
        merged_path = None
        if merged and pdfs:
            merged_path = merge_pdfs(pdfs, out / MERGED_NAME, progress)
            written.append(merged_path)
            check(progress, total, total)
    except BaseException:
        if book is not None:
            book.abort()
        for p in written:
            p.unlink(missing_ok=True)
        (out / (MERGED_NAME + ".part")).unlink(missing_ok=True)
        raise
    return BatchResult(out, date_from, date_to, open_item, tuple(items), merged_path, wb_path)
