"""Start-up of the ``duebook`` command line, as whole processes, printed as a table.

    python -m benchmarks.cli_bench [--l FILE] [--m FILE] [--small FILE] [--runs 7]

What a script that calls the command line hundreds of times waits for: a new process of
``python -m app.cli ...`` (what the ``duebook`` console script runs) from spawn to exit, for
``--help``, ``balance CODE`` on L (a typical customer and the busiest one), ``aging --json`` on a
5,000-invoice file and ``customers`` on M. Each figure is the median, min and max wall time of
``--runs`` runs after one run that is not counted (it writes the byte-code caches and warms the
file cache), and the median CPU seconds (user + system) of the process: the figure to compare
when the machine is shared (on an idle machine the wall time comes down to it). The load average is printed before and after.

Files: L and M default to benchmarks/data/L.duebook and M.duebook (``python -m benchmarks.run
--size L`` makes them); the 5,000-invoice file (200 customers) is made once by gen_dataset.py and
``duebook import`` into benchmarks/data/cli-5k.duebook. The runs only read them (the command line
takes the file's lock while it runs). PYTHONDONTWRITEBYTECODE is removed from the children's
environment: an installed program has its byte-code caches.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    env["DUEBOOK_NO_AUTO_BACKUP"] = "1"
    return env


def duebook(*args: str) -> list[str]:
    return [sys.executable, "-m", "app.cli", *args]


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one process; it must exit 0."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    assert proc.stderr is not None
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {err.strip()}")
    return wall, usage.ru_utime + usage.ru_stime


def measure(argv: list[str], runs: int, env: dict[str, str]) -> tuple[float, float, float, float]:
    """(median, min, max) wall seconds and the median CPU seconds of ``runs`` runs after a warm-up."""
    run_once(argv, env)
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = run_once(argv, env)
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), min(walls), max(walls), statistics.median(cpus)


def small_file(env: dict[str, str]) -> Path:
    """200 customers and 5,000 invoices, imported by the command line (made once)."""
    company = DATA / "cli-5k.duebook"
    if company.exists():
        return company
    folder = DATA / "cli-5k"
    gen = ROOT.parent / "shared" / "bench" / "gen_dataset.py"
    if not gen.exists():
        gen = ROOT / "tests" / "data" / "gen_dataset.py"
    print("writing the 5,000-invoice file ...", file=sys.stderr)
    subprocess.run([sys.executable, str(gen), str(folder), "--customers", "200", "--invoices", "5000"],
                   check=True, env=env)
    building = company.with_name("cli-5k.building.duebook")
    for p in building.parent.glob(building.name + "*"):
        p.unlink()
    subprocess.run(duebook("--db", str(building), "init", "--company", "Bench 5k", "--currency", "CNY"),
                   check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(duebook("--db", str(building), "import", str(folder)), check=True, env=env,
                   stdout=subprocess.DEVNULL)
    Path(str(building) + ".lock").unlink(missing_ok=True)
    building.replace(company)
    return company


def codes_of(company: Path) -> tuple[str, str]:
    """A typical customer (the median by number of documents) and the busiest one, read once."""
    con = sqlite3.connect(f"file:{company}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT c.code, COUNT(*) FROM documents d JOIN customers c ON c.id = d.customer_id "
                           "GROUP BY d.customer_id ORDER BY 2, 1").fetchall()
    finally:
        con.close()
    if not rows:
        raise SystemExit(f"{company} has no documents")
    return rows[len(rows) // 2][0], rows[-1][0]


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l", type=Path, default=DATA / "L.duebook", help="the L company file")
    ap.add_argument("--m", type=Path, default=DATA / "M.duebook", help="the M company file")
    ap.add_argument("--small", type=Path, default=None, help="a 5,000-invoice company file (made when not given)")
    ap.add_argument("--runs", type=int, default=7, help="counted runs per figure (at least 5)")
    a = ap.parse_args(argv)
    if a.runs < 5:
        ap.error("--runs: at least 5")
    env = child_env()
    for f in (a.l, a.m):
        if not f.exists():
            raise SystemExit(f"{f} not found: make it with python -m benchmarks.run --size L/M, or name it")
    small = a.small or small_file(env)
    typical, busiest = codes_of(a.l)

    cases = [
        ("--help", duebook("--help"), 0.2),
        (f"balance {typical} on L (median customer)", duebook("--db", str(a.l), "balance", typical), 0.3),
        (f"balance {busiest} on L (busiest customer)", duebook("--db", str(a.l), "balance", busiest), 0.3),
        ("aging --json on 5,000 invoices", duebook("--db", str(small), "aging", "--json"), 0.4),
        ("customers on M", duebook("--db", str(a.m), "customers"), None),
    ]
    before = load()
    rows = []
    for label, cmd, target in cases:
        med, lo, hi, cpu = measure(cmd, a.runs, env)
        rows.append((label, "-" if target is None else f"< {target:.1f}", f"{med:.3f}", f"{lo:.3f}", f"{hi:.3f}",
                     f"{cpu:.3f}", "-" if target is None else ("yes" if med < target else "NO"),
                     "-" if target is None else ("yes" if cpu < target else "NO")))
    after = load()

    headers = ("whole process (s)", "target", "median", "min", "max", "cpu", "met", "met by cpu")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print(f"duebook command-line start-up, {a.runs} runs each (+1 warm-up); {os.cpu_count()} CPUs, shared")
    print(f"load average before: {before}   after: {after}")
    print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths, strict=True))))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))))
    print("met: the median wall time is under the target; met by cpu: the process's own CPU time is (what the "
          "wall time comes down to on an idle machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
