"""Every benchmark's headline figures in one table, with the target of each (PRODUCT §14) and pass/miss.

    .venv/bin/python -m benchmarks.all --company L.duebook [--only engine,customer] [--save DIR]
    .venv/bin/python -m benchmarks.all --saved DIR        # the table from outputs saved earlier

Each benchmark runs as its own process (``python -m benchmarks.<module> ARGS``), one after the
other, so that one's memory or failure never touches another's figures; its whole output is
kept (``--save DIR`` writes ``DIR/<name>.txt``) and its headline figures are read from it by
the patterns of :data:`BENCHES`. ``--saved DIR`` builds the table from such files without
running anything (a run on L takes most of an hour). A benchmark that was not asked for shows
"not run"; one that failed shows its exit status; a figure missing from an output says so.
The exit status is 1 when a figure misses its target or could not be read.

Adding a benchmark (the one place): append a :class:`Bench` to :data:`BENCHES` with its module,
its arguments (a function of the options: ``o.company`` is the file of data set L) and one
:class:`Headline` per figure: the text shown, the target as PRODUCT §14 words it, a regular
expression whose first group is the measured number in the benchmark's own output, the limit
and whether the figure must stay below it (times, memory) or reach it (rates). For example::

    Bench("import", "benchmarks.import_bench", lambda o: ["--size", "L"], (
        Headline("import of L", "< 30 s", r"import of L\\s+([\\d.]+) s", 30, "s"),
        Headline("import of L, peak memory", "< 600 MB", r"peak memory\\s+([\\d.]+) MB", 600, "MB"),
    )),
    Bench("cli", "benchmarks.cli_bench", lambda o: ["--company", o.company], (
        Headline("duebook --help", "< 0.2 s", r"--help\\s+([\\d.]+) s", 0.2, "s"),
        Headline("duebook balance CODE on L", "< 0.3 s", r"balance \\S+\\s+([\\d.]+) s", 0.3, "s"),
    )),

A module listed here that does not exist is reported as missing (and the exit status is 1),
never skipped in silence.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Headline:
    figure: str
    target: str  # as PRODUCT §14 words it
    pattern: str  # group 1: the measured number in the benchmark's output
    limit: float
    unit: str
    at_least: bool = False  # a rate: pass when the figure reaches the limit

    def read(self, output: str) -> float | None:
        mt = re.search(self.pattern, output)
        return float(mt.group(1).replace(",", "")) if mt else None

    def met(self, value: float) -> bool:
        return value >= self.limit if self.at_least else value < self.limit


@dataclass(frozen=True)
class Bench:
    name: str
    module: str
    args: Callable[[argparse.Namespace], list[str]]
    headlines: tuple[Headline, ...]


def _l(o: argparse.Namespace) -> list[str]:
    return [str(o.company)]


BENCHES: list[Bench] = [
    Bench("engine", "benchmarks.run", lambda o: ["--size", "L", "--company", str(o.company), "--runs", "3"], (
        Headline("aging as of the latest date on L", "< 0.5 s",
                 r"aging as of 2026-06-30 \(ms\)\s+< 500\s+(\d+)", 500, "ms"),
        Headline("  ratio to the fastest hand-written SQL", "within 2x",
                 r"ratio to the fastest hand-written SQL\s+< 2.0\s+([\d.]+)", 2.0, "x"),
        Headline("aging a year earlier on L", "< 0.5 s",
                 r"aging as of 2025-06-30 \(ms\)\s+< 500\s+(\d+)", 500, "ms"),
    )),
    Bench("customer", "benchmarks.customer_bench", lambda o: [str(o.company), "--runs", "5"], (
        Headline("busiest customer: balance", "< 20 ms", r"busiest customer .*?: balance\s+< 20\s+([\d.]+)", 20,
                 "ms"),
        Headline("busiest customer: credit figures", "< 20 ms",
                 r"busiest customer .*?: credit figures\s+< 20\s+([\d.]+)", 20, "ms"),
        Headline("busiest customer: ledger page", "< 20 ms",
                 r"busiest customer .*?: ledger page \(first 200 lines\)\s+< 20\s+([\d.]+)", 20, "ms"),
        Headline("busiest customer: open items", "< 300 ms",
                 r"busiest customer .*?: ledger filtered to open items\s+< 300\s+([\d.]+)", 300, "ms"),
    )),
    Bench("credit", "benchmarks.credit_bench", _l, (
        Headline("dunning proposals on L (best)", "< 5 s", r"dunning proposals\s+[\d.]+\s+([\d.]+)", 5, "s"),
        Headline("credit portfolio on L (best)", "< 2 s", r"credit portfolio \(index, grade\)\s+[\d.]+\s+([\d.]+)",
                 2, "s"),
    )),
    Bench("documents", "benchmarks.documents_bench", lambda o: [str(o.company), "--repeat", "3"], (
        Headline("one statement PDF, busiest customer", "< 150 ms",
                 r"one statement PDF, busiest customer\W+\d+ ms first / (\d+) ms best", 150, "ms"),
        Headline("1,000 statements", "< 90 s", r"statements batch\W+([\d.]+) s", 90, "s"),
        Headline("aging workbook, 20,000 rows", "< 5 s", r"aging workbook, \d+ rows\W+([\d.]+) s", 5, "s"),
        Headline("ledger export, 1,000,000 rows", "< 90 s", r"ledger export, \d+ rows\W+([\d.]+) s", 90, "s"),
        Headline("  its peak memory", "< 500 MB", r"ledger export.*?peak RSS (\d+) MB", 500, "MB"),
    )),
    Bench("reports", "benchmarks.reports_bench", lambda o: [str(o.company), "--repeat", "2"], (
        Headline("value classes A/B/C (best)", "< 3 s", r"value classes A/B/C\s+< 3 s\s+[\d.]+\s+([\d.]+)", 3, "s"),
        Headline("duplicate check of an import (best)", "< 10 s",
                 r"duplicate check, import of \d+\s+< 10 s\s+[\d.]+\s+([\d.]+)", 10, "s"),
    )),
    Bench("safety", "benchmarks.safety_bench", lambda o: ["--backup-size", "L", "--runs", "3"], (
        Headline("backup of L", "< 10 s", r"backup of L \(.*?\)\s+([\d.]+) s", 10, "s"),
        Headline("restore and verify of L", "< 15 s", r"restore of L \(verifies in the same pass, then swaps\)\s+"
                 r"([\d.]+) s", 15, "s"),
        Headline("audit trail cost on an import of M", "< 20 %",
                 r"audit trail cost on the import\s+\+?(-?[\d.]+) %", 20, "%"),
    )),
    Bench("gui", "benchmarks.gui_bench", lambda o: [str(o.company), "--runs", "3"], (
        Headline("GUI: usable window on L", "< 2 s", r"usable window \(launch .*?\)\s+(\d+) ms", 2000, "ms"),
        Headline("GUI: search keystroke", "< 100 ms", r"search keystroke \(incl\. \d+ ms debounce\), median\s+"
                 r"(\d+) ms", 100, "ms"),
        Headline("GUI: a customer with 10,000 documents opens", "< 300 ms",
                 r"open customer BENCH-BIG \([\d,]+ documents\), median of \d+\s+(\d+) ms", 300, "ms"),
        Headline("GUI: peak memory", "< 400 MB", r"peak memory of this session \(RSS\)\s+(\d+) MB", 400, "MB"),
    )),
    Bench("pg", "benchmarks.pg_bench", lambda o: ["--size", "L", "--source", str(o.company)], (
        Headline("PostgreSQL: aging on L, latest date (best)", "< 1.5 s (its bench)",
                 r"aging on L, as of latest date .*?\s+([\d.]+) s \(median", 1.5, "s"),
    )),
    Bench("bank", "benchmarks.bank_bench", _l, (
        Headline("bank: import a 10,000-line statement (best)", "< 2 s",
                 r"import 10,000-line statement\s+[\d.]+\s+([\d.]+)", 2, "s"),
        Headline("bank: proposals for 10,000 lines on L (best)", "< 10 s",
                 r"proposals for every line \(bank match\)\s+[\d.]+\s+([\d.]+)", 10, "s"),
    )),
    Bench("alerts", "benchmarks.alerts_bench", _l, (
        Headline("alerts on L (best)", "< 5 s", r"alerts, every kind\s+< 5 s\s+[\d.]+s\s+([\d.]+)s", 5, "s"),
    )),
    Bench("outbox", "benchmarks.outbox_bench", lambda o: [], (
        Headline("outbox: 1,000 statements rendered and queued", "< 90 s",
                 r"statements rendered and queued\s+< 90 s\s+([\d.]+) s", 90, "s"),
        Headline("outbox: sending to a local SMTP server", ">= 20 msg/s",
                 r"sending .*?>= 20 messages/s\s+([\d.]+) messages/s", 20, "msg/s", at_least=True),
    )),
]


@dataclass
class Outcome:
    status: str  # "ok", "not run", "missing", "failed (exit N)"
    output: str = ""
    seconds: float = 0.0


def run_bench(b: Bench, o: argparse.Namespace) -> Outcome:
    if importlib.util.find_spec(b.module) is None:
        return Outcome("missing")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", b.module, *b.args(o)], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    out = proc.stdout + ("\n" + proc.stderr if proc.returncode else "")
    return Outcome("ok" if proc.returncode == 0 else f"failed (exit {proc.returncode})", out,
                   time.perf_counter() - t0)


def table(results: dict[str, Outcome]) -> tuple[list[tuple[str, str, str, str, str]], bool]:
    """Rows (bench, figure, target, measured, verdict) and whether every figure that ran met its target."""
    rows = []
    good = True
    for b in BENCHES:
        got = results.get(b.name, Outcome("not run"))
        for h in b.headlines:
            if got.status not in ("ok",):
                rows.append((b.name, h.figure, h.target, "-", got.status))
                good = good and got.status == "not run"
                continue
            value = h.read(got.output)
            if value is None:
                rows.append((b.name, h.figure, h.target, "-", "not in its output"))
                good = False
                continue
            ok = h.met(value)
            good = good and ok
            rows.append((b.name, h.figure, h.target, f"{value:g} {h.unit}", "pass" if ok else "MISS"))
    return rows, good


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--company", type=Path, help="a company file holding data set L at the current schema (a "
                   "migrated copy of the shared one; the benchmarks read or copy it)")
    p.add_argument("--only", default="", help="comma-separated names of the benchmarks to run")
    p.add_argument("--save", type=Path, help="write each benchmark's whole output to DIR/<name>.txt")
    p.add_argument("--saved", type=Path, help="read the outputs from DIR/<name>.txt instead of running")
    p.add_argument("--list", action="store_true", help="list the benchmarks and their figures")
    o = p.parse_args(argv)
    names = [b.name for b in BENCHES]
    if o.list:
        for b in BENCHES:
            print(f"{b.name:<10} {b.module}: " + "; ".join(h.figure.strip() for h in b.headlines))
        return 0
    chosen = [n.strip() for n in o.only.split(",") if n.strip()] or names
    unknown = sorted(set(chosen) - set(names))
    if unknown:
        p.error(f"unknown benchmark(s) {', '.join(unknown)}; known: {', '.join(names)}")
    if not o.saved and not o.company:
        p.error("name the company file of data set L (--company) or a folder of saved outputs (--saved)")
    if not o.saved:
        from benchmarks.run import current_schema_problem

        stale = current_schema_problem(o.company)
        if stale:
            p.error(stale)
    load_before = os.getloadavg()
    results: dict[str, Outcome] = {}
    for b in BENCHES:
        if b.name not in chosen:
            continue
        if o.saved:
            f = o.saved / f"{b.name}.txt"
            results[b.name] = Outcome("ok", f.read_text(encoding="utf-8")) if f.exists() else Outcome("not run")
            continue
        print(f"running {b.name} ({b.module}) ...", file=sys.stderr, flush=True)
        results[b.name] = got = run_bench(b, o)
        if o.save:
            o.save.mkdir(parents=True, exist_ok=True)
            (o.save / f"{b.name}.txt").write_text(got.output, encoding="utf-8")
        print(f"  {got.status} in {got.seconds:.0f} s", file=sys.stderr, flush=True)
    rows, good = table(results)
    head = ("bench", "figure", "target", "measured", "")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(5)]
    print(f"\nDuebook benchmarks, data set L ({o.company or o.saved}); targets of PRODUCT §14")
    print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.ljust(w) if i < 3 else c.rjust(w) if i == 3 else c for i, (c, w) in
                        enumerate(zip(r, widths, strict=True))))
    if not o.saved:
        print(f"load average {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} "
              "cores (a shared machine: wall times grow with it)")
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
