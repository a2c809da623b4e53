"""Speed of the ledger engine at scale (PRODUCT §14), printed as a table.

    python -m benchmarks.run --size M        # 2,000 customers, 100,000 invoices
    python -m benchmarks.run --size L        # 20,000 customers, 1,000,000 invoices

The data set is written once by shared/bench/gen_dataset.py into
benchmarks/data/<size>/ and imported into benchmarks/data/<size>.duebook by the
real command line in a child process (wall time and peak memory of that
process). Then aging, one customer's balance, credit figures and ledger page
are timed in this process: the median of several runs. The floor for aging is
the fastest of several plain SQL statements a person could write over the same
file and indexes (benchmarks/aging_floor.py): each is printed, and the ratio is
taken against the fastest whose figures agree.

    python -m benchmarks.run --company FILE  # measure an existing company file at the current schema
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
SIZES = {"S": (200, 10000), "M": (2000, 100000), "L": (20000, 1000000)}
AS_OF = dt.date(2026, 6, 30)


def generator() -> Path:
    for p in (ROOT.parent / "shared" / "bench" / "gen_dataset.py", ROOT / "tests" / "data" / "gen_dataset.py"):
        if p.exists():
            return p
    raise SystemExit("gen_dataset.py not found")


def ensure_dataset(size: str) -> Path:
    folder = DATA / size
    if not (folder / "invoices.csv").exists():
        customers, invoices = SIZES[size]
        print(f"writing data set {size} ({customers} customers, {invoices} invoices) ...", file=sys.stderr)
        subprocess.run([sys.executable, str(generator()), str(folder), "--customers", str(customers),
                        "--invoices", str(invoices)], check=True)
    return folder


def import_into(size: str, path: Path) -> Path:
    """A new company file at ``path`` holding data set ``size`` (built under another name, then renamed)."""
    from app.services.company import create_company
    from app.services.interchange import importing

    tmp = path.with_name(path.name.removesuffix(".duebook") + ".building.duebook")
    for p in tmp.parent.glob(tmp.name + "*"):
        p.unlink()
    t = time.perf_counter()
    db = create_company(str(tmp), f"Bench {size} Trading", "CNY", "en")
    try:
        importing.import_path(db, ensure_dataset(size))
    finally:
        db.close()
    print(f"(imported {size} in {time.perf_counter() - t:.1f} s)", file=sys.stderr)
    tmp.replace(path)
    return path


class Timed:
    """``timed(fn, repeat)`` -> (first, best wall seconds, result); ``timed.cpu`` keeps, per call,
    the CPU seconds of its best run (the figure to compare when the machine is shared)."""

    def __init__(self) -> None:
        self.cpu: list[float] = []

    def __call__(self, fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
        times: list[float] = []
        cpus: list[float] = []
        result = None
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            result = fn()
            times.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
        self.cpu.append(cpus[times.index(min(times))])
        return times[0], min(times), result


def timed_child(args: list[str]) -> tuple[float, float]:
    """Run a command; wall seconds and its peak resident memory in MB."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed")
    return wall, usage.ru_maxrss / 1024


def median_ms(fn: Callable[[], Any], runs: int) -> float:
    fn()  # warm the caches once, as a user's second look would
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def current_schema_problem(path: Path) -> str:
    """Why a named company file cannot be measured as it is ("" when it can): never migrate it here.

    A shared data file (e.g. /work/bench/L.duebook) migrated by one branch would be refused by
    every other branch's program ("written by a newer Duebook"), so the benchmarks measure a copy.
    """
    from app.models import schema
    from app.models.db import make_engine, to_url

    engine = make_engine(to_url(str(path)))
    try:
        if not schema.needs_upgrade(engine):
            return ""
    finally:
        engine.dispose()
    return (f"{path} predates this program's schema; measure a migrated copy:\n"
            f"  cp {path} /tmp/L.duebook && python -c \"from app.services.company import open_company; "
            f"open_company('/tmp/L.duebook').close()\"")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", choices=sorted(SIZES), default="M")
    ap.add_argument("--runs", type=int, default=5, help="repetitions per figure (median)")
    ap.add_argument("--import-runs", type=int, default=1, help="repetitions of the import (median)")
    ap.add_argument("--keep", action="store_true", help="reuse an existing imported company file")
    ap.add_argument("--company", type=Path, help="measure this company file (at the current schema; never "
                    "migrated here) instead of importing one")
    a = ap.parse_args()

    company = a.company or DATA / f"{a.size}.duebook"
    if a.company:
        a.keep = True
        stale = current_schema_problem(company)
        if stale:
            raise SystemExit(stale)
    else:
        ensure_dataset(a.size)
    duebook = [sys.executable, "-m", "app.cli", "--db", str(company)]
    rows: list[tuple[str, str, str]] = []

    if not (a.keep and company.exists()):
        walls, peaks = [], []
        for _ in range(a.import_runs):
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(str(company) + suffix).unlink(missing_ok=True)
            subprocess.run([*duebook, "init", "--company", f"Bench {a.size}"], check=True, stdout=subprocess.DEVNULL)
            wall, peak = timed_child([*duebook, "import", str(ensure_dataset(a.size))])
            walls.append(wall)
            peaks.append(peak)
        rows.append(("import (s)", "< 30 on L", f"{statistics.median(walls):.1f}"))
        rows.append(("import peak memory (MB)", "< 600 on L", f"{statistics.median(peaks):.0f}"))
    size_mb = company.stat().st_size / 1e6
    rows.append(("company file (MB)", "-", f"{size_mb:.0f}"))

    from sqlalchemy import func, select

    from app.models import Document
    from app.services.company import open_company
    from app.services.ledger import aging
    from app.services.ledger import postings as ledger

    db = open_company(str(company), upgrade=not a.company)  # never migrate a file named by --company
    with db.uow() as uow:
        busiest = uow.session.execute(
            select(Document.customer_id, func.count()).group_by(Document.customer_id)
            .order_by(func.count().desc()).limit(1)).one()
        from app.models import Customer

        code = uow.session.execute(select(Customer.code).where(Customer.id == busiest[0])).scalar_one()
        ndocs = busiest[1]
        counts = sorted(uow.session.execute(
            select(Document.customer_id, func.count()).group_by(Document.customer_id)).all(), key=lambda r: r[1])
        typical_id, typical_docs = counts[len(counts) // 2]
        typical = uow.session.execute(select(Customer.code).where(Customer.id == typical_id)).scalar_one()

    from benchmarks import aging_floor

    for when in (AS_OF, AS_OF - dt.timedelta(days=180), AS_OF - dt.timedelta(days=365)):
        service = median_ms(lambda when=when: aging.aging(db.uow(), when), a.runs)  # type: ignore[misc]
        floors = aging_floor.measure(db.engine, when, a.runs)
        best = aging_floor.fastest(floors)
        rows.append((f"aging as of {when} (ms)", "< 500", f"{service:.0f}"))
        for fl in floors:
            mark = " <- floor" if fl is best else ("" if fl.usable else " (n/a at D)")
            mark += "" if fl.same else " DIFFERENT FIGURES"
            rows.append((f"  SQL {fl.name} (ms){mark}", "-", f"{fl.ms:.0f}"))
        rows.append(("  ratio to the fastest hand-written SQL", "< 2.0", f"{service / best.ms:.2f}"))

    from app.services.credit import figures as credit

    def per_customer(who: str) -> list[tuple[str, Callable[[], Any], int]]:
        return [("balance", lambda: ledger.balance(db.uow(), who, AS_OF), 10),
                ("ledger page (200 lines)", lambda: ledger.ledger(db.uow(), who, offset=0, limit=200), 4),
                ("credit figures", lambda: credit.credit_figures(db.uow(), who, AS_OF), 4)]

    for label, who in ((f"median customer ({typical_docs} docs)", typical), (f"busiest customer ({ndocs} docs)", code)):
        for what, fn, times in per_customer(who):
            rows.append((f"{what} of {label} (ms)", "< 20", f"{median_ms(fn, a.runs * times):.1f}"))
        items = median_ms(lambda who=who: ledger.ledger(db.uow(), who, ledger.LedgerFilter(open_only=True),  # type: ignore[misc]
                                                           as_of=AS_OF), a.runs)
        rows.append((f"open items of {label} (ms)", "< 300", f"{items:.1f}"))
    db.close()
    rows.append(("peak memory of this process (MB)", "-", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"))
    _print(a, rows)


def _print(a: argparse.Namespace, rows: list[tuple[str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"\nDuebook engine benchmark, data set {a.size} {SIZES[a.size]}, median of {a.runs} runs")
    print(f"{'figure'.ljust(width)}  {'target':>10}  {'measured':>10}")
    print(f"{'-' * width}  {'-' * 10}  {'-' * 10}")
    for name, target, value in rows:
        print(f"{name.ljust(width)}  {target:>10}  {value:>10}")
    if shutil.which("nproc"):
        print(f"(machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
