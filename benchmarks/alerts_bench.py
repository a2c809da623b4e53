"""Alerts at scale (PRODUCT §14: alerts on L under 5 s).

    .venv/bin/python -m benchmarks.alerts_bench COMPANY_FILE [--as-of 2026-06-30] [--repeat 3]

Prints a table: the whole alert list as of D (every kind of INTERCHANGE §11), first run and best
of the repeats (wall and CPU seconds), how many alerts of each kind, and the load average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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
    try:
        timed = Timed()
        first, best, found = timed(lambda: detect.detect(db.read_uow(), a.as_of), a.repeat)
    finally:
        db.close()
    kinds = Counter(x.kind for x in found.alerts)
    print(f"alerts as of {a.as_of.isoformat()} on {a.company.name}  (load average {os.getloadavg()[0]:.2f})")
    print(f"{'figure':<34}{'target':>10}{'first':>10}{'best':>10}{'cpu':>10}")
    print(f"{'alerts, every kind':<34}{'< 5 s':>10}{first:>9.2f}s{best:>9.2f}s{timed.cpu[0]:>9.2f}s")
    for kind in detect.KINDS:
        print(f"  {kind:<32}{kinds.get(kind, 0):>10}")


if __name__ == "__main__":
    main()
