"""Documents at scale (PRODUCT §14): statements, batches, aging workbook, ledger export.

    .venv/bin/python benchmarks/documents_bench.py COMPANY_FILE [--as-of 2026-06-30] [--batch 1000]
        [--out DIR] [--repeat 5] [--skip-ledger]

Run it on a company file holding data set L (20,000 customers, 1,000,000 invoices).
Prints a table with the figure, its target and what was measured:

* one statement PDF of up to 200 lines (< 150 ms): statement data + PDF, first run (font
  loading included) and best of the repeats;
* a batch of 1,000 statements (< 90 s): one PDF each, all.pdf and the workbook;
* the aging workbook with 20,000 rows (< 5 s): the workbook alone, and with the aging query;
* the whole ledger exported to xlsx (< 90 s, < 500 MB): in a fresh process, whose peak RSS is
  read from the operating system;
* printing (benchmarks/printing_bench.py, its own scratch company): an invoice PDF of 50 lines
  (< 100 ms) and 1,000 receipts as one merged PDF (< 60 s). ``--printing-only`` runs just these.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from app.models import Customer, Document
from app.services.company import open_company
from app.services.documents.batch import run_statement_batch
from app.services.documents.excel import write_aging_workbook, write_ledger_export
from app.services.documents.statement_pdf import write_statement_pdf
from app.services.ledger import aging, statements
from app.services.unit_of_work import Database
from benchmarks.printing_bench import printing_rows


def ledger_child(company: str, target: str) -> None:
    """Run in a fresh interpreter so that its peak RSS is the export's alone."""
    db = open_company(company, upgrade=False)
    t0 = time.perf_counter()
    rows = [0]

    class Count:
        def update(self, done: int, total: int) -> None:
            rows[0] = done

        def cancelled(self) -> bool:
            return False

    write_ledger_export(db, target, progress=Count())
    seconds = time.perf_counter() - t0
    print(json.dumps({"seconds": seconds, "rows": rows[0],
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "size_mb": Path(target).stat().st_size / 2**20}))
    db.close()


def statement_window(db: Database, lines: int = 200) -> tuple[str, dt.date, dt.date, int]:
    """The busiest customer and the period holding its last ``lines`` documents."""
    with db.uow() as uow:
        s = uow.session
        cid, code = s.execute(
            select(Document.customer_id, Customer.code).join(Customer, Customer.id == Document.customer_id)
            .group_by(Document.customer_id, Customer.code).order_by(func.count(Document.id).desc()).limit(1)
        ).one()
        dates = list(s.execute(select(Document.date).where(Document.customer_id == cid)
                               .order_by(Document.date.desc()).limit(lines)).scalars())
    end = dates[0]
    start = dates[-1] + dt.timedelta(days=1) if len(dates) >= lines else dates[-1]
    return code, start, end, len(dates)


CPU: dict[str, float] = {}  # CPU seconds: on a busy shared machine, wall time says little


def typical_window(db: Database, lines: int = 200) -> tuple[str, dt.date, dt.date, int]:
    """The customer whose document count is nearest ``lines``, over its whole history."""
    with db.uow() as uow:
        s = uow.session
        counts = (select(Document.customer_id.label("cid"), func.count(Document.id).label("n"))
                  .group_by(Document.customer_id).subquery())
        cid, n = s.execute(select(counts.c.cid, counts.c.n).where(counts.c.n <= lines)
                           .order_by(counts.c.n.desc()).limit(1)).one()
        code = s.execute(select(Customer.code).where(Customer.id == cid)).scalar_one()
        d1, d2 = s.execute(select(func.min(Document.date), func.max(Document.date))
                           .where(Document.customer_id == cid)).one()
    return code, d1, d2, n


def measure_statement(db: Database, code: str, d1: dt.date, d2: dt.date, out: Path, repeat: int
                      ) -> tuple[float, float, float, int, str]:
    """(first, best) of statement data + PDF, best of the PDF alone, lines, pages."""
    times, pdf_times, cpu = [], [], []
    lines = 0
    for i in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        st = statements.statement(db.uow(), code, d1, d2)
        t1 = time.perf_counter()
        write_statement_pdf(st, out / f"one-{code}-{i}.pdf")
        t2, c2 = time.perf_counter(), time.process_time()
        times.append(t2 - t0)
        pdf_times.append(t2 - t1)
        cpu.append(c2 - c0)
        lines = len(st.lines)
    CPU[code] = min(cpu)
    npages = "?"
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out / f"one-{code}-0.pdf")], capture_output=True, text=True).stdout
        npages = next((ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")), "?")
    return times[0], min(times), min(pdf_times), lines, npages


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("company", type=Path, nargs="?")
    p.add_argument("--as-of", type=dt.date.fromisoformat, default=None,
                   help="end of the statement period and aging date (default: the last document date)")
    p.add_argument("--batch", type=int, default=1000, help="statements in the batch (default 1000)")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--out", type=Path, default=None, help="folder for the files (default: a temporary one)")
    p.add_argument("--skip-ledger", action="store_true")
    p.add_argument("--ledger-child", nargs=2, metavar=("COMPANY", "TARGET"), help=argparse.SUPPRESS)
    p.add_argument("--printing-only", action="store_true", help="only the invoice and receipt printing figures")
    p.add_argument("--receipts", type=int, default=1000, help="receipts in the merged PDF (default 1000)")
    a = p.parse_args()
    if a.ledger_child:
        ledger_child(*a.ledger_child)
        return 0
    if a.printing_only:
        _table(printing_rows(a.receipts, a.repeat, a.out))
        return 0
    if a.company is None:
        p.error("the company file is required")

    out = a.out or Path(tempfile.mkdtemp(prefix="duebook-docbench-"))
    out.mkdir(parents=True, exist_ok=True)
    db = open_company(str(a.company), upgrade=False)  # read only: never migrate a data set
    with db.uow() as uow:
        s = uow.session
        n_cust = s.execute(select(func.count(Customer.id))).scalar_one()
        n_docs = s.execute(select(func.count(Document.id))).scalar_one()
        last = s.execute(select(func.max(Document.date))).scalar_one()
    as_of: dt.date = a.as_of or last
    rows: list[tuple[str, str, str, str]] = []
    print(f"company {a.company}: {n_cust} customers, {n_docs} documents; as of {as_of}; files in {out}",
          flush=True)

    # 1. one statement of up to 200 lines: a customer with about 200 documents (all of them), and the
    #    busiest customer of the file (its last 200 documents: the opening balance sums the rest)
    for label, (code, d1, d2, _n) in (("one statement PDF", typical_window(db)),
                                      ("one statement PDF, busiest customer", statement_window(db))):
        first, best, best_pdf, lines, npages = measure_statement(db, code, d1, d2, out, a.repeat)
        rows.append((label, f"{first * 1000:.0f} ms first / {best * 1000:.0f} ms best "
                            f"(CPU {CPU[code] * 1000:.0f} ms)", "< 150 ms",
                     f"{code}: {lines} lines, {npages} pages, {d1}..{d2}; the PDF alone {best_pdf * 1000:.0f} ms"))
        print(rows[-1], flush=True)

    # 2. a batch of statements
    with db.uow() as uow:
        codes = list(uow.session.execute(select(Customer.code).order_by(Customer.code).limit(a.batch)).scalars())
    b_from = as_of.replace(day=1) - dt.timedelta(days=1)
    b_from = b_from.replace(day=1)
    t0, c0 = time.perf_counter(), time.process_time()
    result = run_statement_batch(db, b_from, as_of, out / "batch", codes=codes)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    total_lines = sum(i.lines for i in result.items)
    merged_mb = result.merged_pdf.stat().st_size / 2**20 if result.merged_pdf else 0
    rows.append((f"{result.count} statements batch", f"{secs:.1f} s (CPU {cpu:.1f} s)", "< 90 s",
                 f"{b_from}..{as_of}, {total_lines} lines, all.pdf {merged_mb:.1f} MB, workbook "
                 f"{(result.workbook.stat().st_size / 2**20) if result.workbook else 0:.1f} MB"))
    print(rows[-1], flush=True)

    # 3. the aging workbook
    t0 = time.perf_counter()
    report = aging.aging(db.uow(), as_of, include_zero=False)
    t_query = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    write_aging_workbook(report, out / "aging.xlsx")
    t_book, c_book = time.perf_counter() - t0, time.process_time() - c0
    rows.append((f"aging workbook, {len(report.rows)} rows", f"{t_book:.2f} s (CPU {c_book:.2f} s)", "< 5 s",
                 f"with the aging query: {t_query + t_book:.2f} s"))
    print(rows[-1], flush=True)
    if 0 < len(report.rows) < 20000:  # the target is for 20,000 rows: repeat the real ones up to that
        more = tuple(dataclasses.replace(r, code=f"{r.code}-{i // len(report.rows)}")
                     for i, r in enumerate(report.rows * (20000 // len(report.rows) + 1)))[:20000]
        big = dataclasses.replace(report, rows=more)
        t0, c0 = time.perf_counter(), time.process_time()
        write_aging_workbook(big, out / "aging-20000.xlsx")
        t_book, c_book = time.perf_counter() - t0, time.process_time() - c0
        rows.append(("aging workbook, 20000 rows", f"{t_book:.2f} s (CPU {c_book:.2f} s)", "< 5 s",
                     f"the {len(report.rows)} real rows repeated"))
        print(rows[-1], flush=True)

    # 4. the whole ledger, in a fresh process
    if not a.skip_ledger:
        target = out / "ledger.xlsx"
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, __file__, "--ledger-child", str(a.company), str(target)],
                              capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 1
        info = json.loads(proc.stdout.strip().splitlines()[-1])
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        # The child's own peak (read inside it after exec): RUSAGE_CHILDREN's maxrss would count the
        # pages the child shared with this (bigger) process between fork and exec.
        peak = info["peak_mb"]
        rows.append((f"ledger export, {info['rows']} rows",
                     f"{info['seconds']:.1f} s ({wall:.1f} s with start; CPU {usage.ru_utime + usage.ru_stime:.1f} s)",
                     "< 90 s, < 500 MB", f"peak RSS {peak:.0f} MB, file {info['size_mb']:.0f} MB"))
        print(rows[-1], flush=True)
    db.close()
    rows += printing_rows(a.receipts, a.repeat, out / "printing")
    _table(rows)
    return 0


def _table(rows: list[tuple[str, str, str, str]]) -> None:
    w = [max(len(r[i]) for r in rows) for i in range(4)]
    head = ("measure", "time", "target", "details")
    w = [max(w[i], len(head[i])) for i in range(4)]
    print()
    print("  ".join(h.ljust(w[i]) for i, h in enumerate(head)))
    print("  ".join("-" * x for x in w))
    for r in rows:
        print("  ".join(c.ljust(w[i]) for i, c in enumerate(r)))


if __name__ == "__main__":
    sys.exit(main())
