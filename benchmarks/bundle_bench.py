"""The one-folder bundle (``make bundle``): its size on disk and its cold start.

    python -m benchmarks.bundle_bench [--bundle dist/Duebook] [--runs 3]

Size: every file of the folder (``du``-style, blocks on disk). Cold start: a new process of
``duebook-gui --smoke --db demo.duebook`` (the demo company made once before), timed from the
spawn until the program prints "smoke: window shown" (the window is up, its first event-loop turn)
and until it exits after rendering a statement. Targets (issue 18): under 250 MB, a window within
3 s. The first run after a build reads the files from disk; the machine may be shared (the load
average is printed).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def size_on_disk(folder: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            st = os.lstat(os.path.join(dirpath, name))
            total += st.st_blocks * 512
    return total


def start_once(exe: Path, db: Path, env: dict[str, str]) -> tuple[float, float, float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(exe), "--smoke", "--db", str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    shown = cpu = float("nan")
    for line in proc.stdout:
        if line.startswith("smoke: window shown"):
            shown = time.perf_counter() - t0
            cpu = cpu_seconds(proc.pid)
    if proc.wait() != 0:
        raise SystemExit("the smoke run failed")
    return shown, cpu, time.perf_counter() - t0


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a running process so far (Linux /proc): the start-up's own work,
    whatever else the machine is doing."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Duebook")
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args(argv)
    exe = args.bundle / "duebook-gui"
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        env.update(DUEBOOK_HOME=home, DUEBOOK_NO_AUTO_BACKUP="1")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        db = Path(home) / "demo.duebook"
        cli = args.bundle / "duebook"
        subprocess.run([str(cli), "--db", str(db), "init", "--company", "Bench Co"], check=True, env=env,
                       capture_output=True)
        subprocess.run([str(cli), "--db", str(db), "demo"], check=True, env=env, capture_output=True)
        runs = [start_once(exe, db, env) for _ in range(args.runs)]
    mb = size_on_disk(args.bundle) / 1e6
    print(f"load average: {os.getloadavg()[0]:.2f} (shared machine)")
    print(f"{'measure':<46}{'first':>9}{'best':>9}{'worst':>9}{'target':>9}")
    print(f"{'bundle size on disk (MB)':<46}{mb:>9.1f}{'':>9}{'':>9}{'< 250':>9}")
    for label, i, target in (("window shown, from spawn (s)", 0, "< 3"),
                             ("  CPU seconds used until then (s)", 1, ""),
                             ("smoke run done: statement rendered (s)", 2, "")):
        values = [r[i] for r in runs]
        print(f"{label:<46}{values[0]:>9.2f}{min(values):>9.2f}{max(values):>9.2f}{target:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
