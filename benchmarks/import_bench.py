"""Import speed and memory (PRODUCT §14: L under 30 s in under 600 MB; M under 4 s), printed as a table.

    python -m benchmarks.import_bench                     # M (3 runs) and L (1 run)
    python -m benchmarks.import_bench --sizes M --runs 3 --data /tmp/import-bench

Each run imports the data set into a new company file through the real command line
(``duebook init`` then ``duebook import``) in a child process: its wall time, CPU time
and peak resident memory (ru_maxrss). The median of the runs is printed with the load
average before and after: on a shared machine the CPU seconds are the figure to compare.
The data sets are written by shared/bench/gen_dataset.py (see benchmarks/run.py) into
benchmarks/data/<size>/, or read from ``--data``/<size>/.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.run import SIZES, ensure_dataset

TARGETS = {"M": ("< 4", "-"), "L": ("< 30", "< 600")}


def one_import(folder: Path, work: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MB of one import into a new company file."""
    company = work / "bench.duebook"
    for p in work.glob("bench.duebook*"):
        p.unlink()
    duebook = [sys.executable, "-m", "app.cli", "--db", str(company)]
    env = {**os.environ, "DUEBOOK_NO_AUTO_BACKUP": "1"}
    subprocess.run([*duebook, "init", "--company", "Bench Trading"], check=True, stdout=subprocess.DEVNULL, env=env)
    t0 = time.perf_counter()
    proc = subprocess.Popen([*duebook, "import", str(folder)], stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the import of {folder} failed")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="M,L", help="comma-separated sizes (S, M, L)")
    ap.add_argument("--runs", type=int, default=3, help="runs per size (median); L runs once unless --l-runs")
    ap.add_argument("--l-runs", type=int, default=1)
    ap.add_argument("--data", type=Path, help="a folder holding <size>/ data sets (else benchmarks/data)")
    a = ap.parse_args()
    rows = []
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="duebook-import-bench-") as tmp:
        for size in a.sizes.split(","):
            folder = a.data / size if a.data else ensure_dataset(size)
            runs = a.l_runs if size == "L" else a.runs
            results = [one_import(folder, Path(tmp)) for _ in range(runs)]
            wall = statistics.median(r[0] for r in results)
            cpu = statistics.median(r[1] for r in results)
            peak = statistics.median(r[2] for r in results)
            customers, invoices = SIZES[size]
            target_s, target_mb = TARGETS.get(size, ("-", "-"))
            rows.append((f"{size} ({customers:,} customers, {invoices:,} invoices)", runs, f"{wall:.1f}", target_s,
                         f"{cpu:.1f}", f"{peak:.0f}", target_mb))
    load_after = os.getloadavg()
    head = ("data set", "runs", "import (s)", "target (s)", "CPU (s)", "peak (MB)", "target (MB)")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, *rows]:
        print("  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True)))
    print(f"load average before {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}, "
          f"after {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f} ({os.cpu_count()} cores, shared)")


if __name__ == "__main__":
    main()
