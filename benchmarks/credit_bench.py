"""Credit and dunning at scale (PRODUCT §14): run on a company file holding data set L.

    .venv/bin/python benchmarks/credit_bench.py COMPANY_FILE [--as-of 2026-06-30] [--repeat 3]

Prints a table: the dunning proposal run (target < 5 s), the credit portfolio with payment
index and grade (target < 2 s), and one customer's credit figures (target < 20 ms).
Times are wall-clock; the first run (cold cache) and the best of the repeats are shown, with
the CPU seconds of the best run (compare those when the machine is shared) and the load average.
The portfolio and the figures read ix_documents_customer_open as a covering index: the table
says whether the file has it with today's columns (a file imported with an older schema does
not; import the data again to measure what a user gets).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, inspect, select

from app.models import Customer, Document
from app.services.collections import dunning
from app.services.company import open_company
from app.services.credit import figures as credit
from benchmarks.run import Timed

timed = Timed()  # first and best wall seconds per figure; timed.cpu: CPU seconds of the best run


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("company", type=Path)
    p.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2026, 6, 30))
    p.add_argument("--repeat", type=int, default=3)
    a = p.parse_args()
    db = open_company(str(a.company), upgrade=False)  # read-only work: never migrate the file measured
    with db.uow() as uow:
        s = uow.session
        n_cust = s.execute(select(func.count(Customer.id))).scalar_one()
        n_inv = s.execute(select(func.count(Document.id)).where(Document.kind == "invoice")).scalar_one()
        n_docs = s.execute(select(func.count(Document.id))).scalar_one()
        counts = s.execute(select(Customer.code, func.count(Document.id)).join(Document, Document.customer_id == Customer.id)
                           .group_by(Customer.code).order_by(func.count(Document.id), Customer.code)).all()
        median, n_median = counts[len(counts) // 2]
        busiest, n_busiest = counts[-1]
    levels = dunning.list_levels(db.uow())
    rows: list[tuple[str, float, float, str, str]] = []
    first, best, run = timed(lambda: dunning.propose(db.uow(), a.as_of), a.repeat)
    rows.append(("dunning proposals", first, best, "< 5 s",
                 f"{len(run.proposals)} proposals, {sum(len(x.invoices) for x in run.proposals)} invoices, "
                 f"{len(levels)} levels"))
    first, best, port = timed(lambda: credit.portfolio(db.uow(), a.as_of), a.repeat)
    graded = sum(1 for r in port if r.payment_index is not None)
    rows.append(("credit portfolio (index, grade)", first, best, "< 2 s", f"{len(port)} customers, {graded} graded"))
    for label, code, n in (("median", median, n_median), ("busiest", busiest, n_busiest)):
        def figures(c: str = code) -> credit.CreditFigures:
            return credit.credit_figures(db.uow(), c, a.as_of)

        first, best, f = timed(figures, max(a.repeat, 5))
        rows.append((f"credit figures, {label} customer", first, best, "< 0.02 s",
                     f"{code} ({n} documents): index {f.payment_index}, grade {f.grade}"))
    want = next(tuple(c.name for c in ix.columns) for ix in Document.metadata.tables["documents"].indexes
                if ix.name == "ix_documents_customer_open")
    have = {ix["name"]: tuple(ix["column_names"]) for ix in inspect(db.engine).get_indexes("documents")}
    db.close()
    print(f"company file: {a.company}  ({n_cust} customers, {n_inv} invoices, {n_docs} documents)")
    state = "present" if have.get("ix_documents_customer_open") == want else "OLDER: import the data again"
    print(f"index ix_documents_customer_open ({', '.join(want)}): {state}")
    print(f"as of {a.as_of.isoformat()}, {a.repeat} runs each (figures: 5 runs); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print()
    head = ("step", "first s", "best s", "cpu s", "target", "result")
    table = [head] + [(r[0], f"{r[1]:.3f}", f"{r[2]:.3f}", f"{cpu:.3f}", r[3], r[4])
                      for r, cpu in zip(rows, timed.cpu, strict=True)]
    widths = [max(len(x[i]) for x in table) for i in range(len(head))]
    for k, line in enumerate(table):
        print("  ".join(c.ljust(widths[i]) if i in (0, 4, 5) else c.rjust(widths[i]) for i, c in enumerate(line)))
        if k == 0:
            print("  ".join("-" * w for w in widths))
    return 0


if __name__ == "__main__":
    sys.exit(main())
