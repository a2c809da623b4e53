"""One customer's figures on a big file (PRODUCT §14): the busiest and the median customer.

    .venv/bin/python -m benchmarks.customer_bench COMPANY_FILE [--runs 5] [--as-of 2026-06-30]

For each of the two customers: balance, credit figures, the ledger's first page (200 lines),
what the program's ledger view loads when it opens a customer (counts and totals, then the
last page of 500 lines), the ledger filtered to open items, and the open items as the view's
lower table lists them (``open_items_view``). Each figure is the median of ``--runs`` runs
after one warm-up run. The file is opened without migrating it (read-only work); a file older
than migration 0011_totals is measured as it is, and the table says so.

benchmarks/all.py reads the busiest customer's figures from this table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

AS_OF = dt.date(2026, 6, 30)
PAGE = 500  # the ledger view's page (app/ui/views/ledger.py)


def median_ms(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``runs`` calls after one warm-up call."""
    fn()
    times, cpus = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    return statistics.median(times), statistics.median(cpus)


def pick_customers(db: Any) -> list[tuple[str, str, int]]:
    """(label, code, documents) of the median and the busiest customer."""
    from sqlalchemy import func, select

    from app.models import Customer, Document

    with db.uow() as uow:
        counts = uow.session.execute(
            select(Customer.code, func.count(Document.id)).join(Document, Document.customer_id == Customer.id)
            .group_by(Customer.code).order_by(func.count(Document.id), Customer.code)).all()
    median, n_median = counts[len(counts) // 2]
    busiest, n_busiest = counts[-1]
    return [("median", median, n_median), ("busiest", busiest, n_busiest)]


def figures(db: Any, code: str, as_of: dt.date, runs: int) -> list[tuple[str, str, float, float]]:
    """(figure, target, median wall ms, median CPU ms) of one customer."""
    from app.services.credit import figures as credit
    from app.services.ledger import postings as ledger
    from app.services.ledger.postings import LedgerFilter

    def view_open() -> Any:
        head = ledger.ledger(db.uow(), code, as_of=as_of, offset=0, limit=0)
        last = max(head.total_lines - 1, 0) // PAGE
        return ledger.ledger(db.uow(), code, as_of=as_of, offset=last * PAGE, limit=PAGE)

    steps: list[tuple[str, str, Callable[[], Any]]] = [
        ("balance", "< 20", lambda: ledger.balance(db.uow(), code, as_of)),
        ("credit figures", "< 20", lambda: credit.credit_figures(db.uow(), code, as_of)),
        ("ledger page (first 200 lines)", "< 20", lambda: ledger.ledger(db.uow(), code, offset=0, limit=200)),
        ("ledger view opens (totals + last 500)", "< 300", view_open),
        ("ledger filtered to open items", "< 300",
         lambda: ledger.ledger(db.uow(), code, LedgerFilter(open_only=True), as_of=as_of)),
        ("open items (as of D)", "< 300", lambda: ledger.open_items(db.uow(), code, as_of)),
    ]
    return [(name, target, *median_ms(fn, runs)) for name, target, fn in steps]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("company", type=Path)
    p.add_argument("--as-of", type=dt.date.fromisoformat, default=AS_OF)
    p.add_argument("--runs", type=int, default=5)
    a = p.parse_args()
    from app.services.company import open_company
    from benchmarks.run import current_schema_problem

    stale = current_schema_problem(a.company)
    if stale:
        print(stale, file=sys.stderr)
        return 2
    db = open_company(str(a.company), upgrade=False)  # never migrate the file measured
    rows = []
    for label, code, n in pick_customers(db):
        for name, target, ms, cpu in figures(db, code, a.as_of, a.runs):
            rows.append((f"{label} customer {code} ({n:,} docs): {name}", target, f"{ms:.1f}", f"{cpu:.1f}"))
    db.close()
    w = max(len(r[0]) for r in rows)
    print(f"\nOne customer's figures on {a.company} as of {a.as_of}, median of {a.runs} runs")
    print(f"{'figure'.ljust(w)}  {'target':>7}  {'wall ms':>8}  {'CPU ms':>8}")
    print(f"{'-' * w}  {'-' * 7}  {'-' * 8}  {'-' * 8}")
    for name, target, v, cpu in rows:
        print(f"{name.ljust(w)}  {target:>7}  {v:>8}  {cpu:>8}")
    print(f"(load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} on {os.cpu_count()} cores, shared machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
