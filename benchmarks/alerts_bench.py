"""Alerts at scale (PRODUCT §14: alerts on L under 5 s).

    .venv/bin/python -m benchmarks.alerts_bench COMPANY_FILE [--as-of 2026-06-30] [--repeat 3]

Prints a table: the whole alert list as of D (every kind of INTERCHANGE §11) with nothing kept
(every finding worked out from the documents, as right after an import), the refresh that keeps
the findings (what the program runs in the background at start-up), and the list read through
the kept findings (every later look), first run and best of the repeats (wall and CPU seconds),
how many alerts of each kind, and the load average. The file is written to (the kept findings):
run it on a copy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import delete

from app.models import AlertFact, AlertState
from app.services.alerts import detect
from app.services.company import open_company
from benchmarks.run import Timed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("company", type=Path)
    ap.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2026, 6, 30))
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    db = open_company(str(a.company))
    rows = []
    try:
        with db.uow() as uow:  # start from nothing kept
            uow.session.execute(delete(AlertFact))
            uow.session.execute(delete(AlertState))
            uow.commit()
        cold = Timed()
        c_first, c_best, _ = cold(lambda: detect.detect(db.read_uow(), a.as_of), 1)
        rows.append(("alerts, nothing kept", "", c_first, c_best, cold.cpu[0]))
        keep = Timed()
        k_first, k_best, _ = keep(lambda: detect.refresh(db.uow()), 1)
        rows.append(("keeping the findings (background)", "", k_first, k_best, keep.cpu[0]))
        runs = []
        for _ in range(a.repeat):
            timed = Timed()
            _f, wall, found = timed(lambda: detect.detect(db.read_uow(), a.as_of), 1)
            runs.append((wall, timed.cpu[0]))
        rows.append(("alerts, every kind", "< 5 s", runs[0][0], statistics.median(w for w, _c in runs),
                     statistics.median(c for _w, c in runs)))
    finally:
        db.close()
    kinds = Counter(x.kind for x in found.alerts)
    print(f"alerts as of {a.as_of.isoformat()} on {a.company.name}  (load average {os.getloadavg()[0]:.2f})")
    print(f"{'figure':<36}{'target':>8}{'first':>10}{'median':>10}{'cpu':>10}")
    for label, target, f, b, cpu in rows:
        print(f"{label:<36}{target:>8}{f:>9.2f}s{b:>9.2f}s{cpu:>9.2f}s")
    for kind in detect.KINDS:
        print(f"  {kind:<32}{kinds.get(kind, 0):>10}")


if __name__ == "__main__":
    main()
