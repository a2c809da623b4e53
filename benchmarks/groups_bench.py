"""Reports by group, lifecycle stages and grade rules at scale (issue 17): run on a data set (L).

    .venv/bin/python benchmarks/groups_bench.py COMPANY_FILE [--to 2026-06-30] [--repeat 2]

Prints a table: for each report over the twelve months ending ``--to`` (default: the latest
document date), the ungrouped run and the grouping by each field (the grouping alone: the
report's rows are computed once); then the stage computation and refresh, and the grade rules.
Wall seconds of the first run and the best of the repeats, and the CPU seconds of the best run
(the figure to compare on a shared machine). Note: refresh and the grade rules write to the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from app.models import Customer, Document
from app.services.company import open_company
from app.services.groups.grouping import FIELDS, group_report
from app.services.lifecycle.grade_rules import apply_grade_rules
from app.services.lifecycle.rules import stages_as_of
from app.services.lifecycle.stages import refresh_stages
from app.services.reports import analysis as reports
from benchmarks.run import Timed

timed = Timed()


def main() -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("company")
    p.add_argument("--to", type=dt.date.fromisoformat, default=None)
    p.add_argument("--repeat", type=int, default=2)
    args = p.parse_args()
    db = open_company(args.company)
    with db.uow() as uow:
        n_cust = uow.session.execute(select(func.count()).select_from(Customer)).scalar_one()
        n_docs = uow.session.execute(select(func.count()).select_from(Document)).scalar_one()
        last = uow.session.execute(select(func.max(Document.date))).scalar_one()
    to = args.to or last or dt.date.today()
    start = to - dt.timedelta(days=364)
    print(f"company {args.company}: {n_cust} customers, {n_docs} documents; period {start} .. {to}")
    print(f"{'figure':44} {'first s':>8} {'best s':>8} {'cpu s':>8}")

    def row(name: str, first: float, best: float) -> None:
        print(f"{name:44} {first:8.2f} {best:8.2f} {timed.cpu[-1]:8.2f}")

    for name in ("contribution", "frequency", "collection", "dso"):
        first, best, rep = timed(lambda name=name: reports.run_report(db.uow(), name, start, to), args.repeat)
        row(f"{name} (ungrouped, {len(rep.rows)} rows)", first, best)
        for field in FIELDS:
            first, best, g = timed(lambda rep=rep, field=field: group_report(db.uow(), rep, field), args.repeat)
            row(f"  grouping by {field} ({len(g.groups)} groups)", first, best)

    def stages() -> int:
        with db.uow() as uow:
            return len(stages_as_of(uow.session, to))

    first, best, n = timed(stages, args.repeat)
    row(f"stages as of {to} ({n} customers)", first, best)
    first, best, res = timed(lambda: refresh_stages(db.uow(), to), 1)
    row(f"refresh_stages ({res.changed} changed)", first, best)
    first, best, ch = timed(lambda: apply_grade_rules(db.uow(), to), 1)
    row(f"apply_grade_rules ({len(ch)} changed)", first, best)
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
