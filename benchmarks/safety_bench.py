"""Data-safety benchmark: backup, verify and restore of L; audit cost on an import of M.

    .venv/bin/python benchmarks/safety_bench.py [--backup-size L] [--audit-size M] [--runs 3]
        [--only backup|audit] [--full] [--replace]

Backup figures are taken on a copy of ``benchmarks/data/<SIZE>.duebook`` (the shared data
set, never modified) when it exists, else on a company imported from ``benchmarks/data/<SIZE>``
and cached in ``benchmarks/out/``. Each of backup, verify and restore runs ``--runs`` times
(default 3) and the median is printed, wall and CPU (all threads of this process): on a
shared machine CPU is the figure to compare. Restore verifies (decrypt, SHA-256, quick_check,
counts) in the same single pass before it swaps, so its figure is the "restore and verify"
of PRODUCT §14. ``--full`` adds one ``verify --full`` (integrity_check), ``--replace`` one
restore over an existing company (which first backs up the file it replaces).
Targets (PRODUCT.md): backup < 10 s, restore and verify < 15 s, the audit trail < 20 % of
an import of M.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import SIZES, ensure_dataset, import_into  # noqa: E402


def imported_company(size: str, out: Path) -> Path:
    """A company file holding data set ``size`` (cached)."""
    path = out / f"safety-{size}.duebook"
    return path if path.exists() else import_into(size, path)


@contextmanager
def timed() -> Iterator[list[float]]:
    """[wall seconds, CPU seconds of this process (all threads)]: CPU shows the cost on a busy machine."""
    box: list[float] = []
    t, c = time.perf_counter(), time.process_time()
    yield box
    box.extend((time.perf_counter() - t, time.process_time() - c))


@contextmanager
def audit_off() -> Iterator[None]:
    """Replace the audit writer by a no-op (what the audit trail costs is the difference)."""
    from app.services import audit

    real, real_import = audit.record, audit.record_import

    def nothing(*_a: Any, **_k: Any) -> None:
        return None

    audit.record = nothing  # type: ignore[assignment]
    audit.record_import = nothing  # type: ignore[assignment]  # with its row digests
    try:
        yield
    finally:
        audit.record, audit.record_import = real, real_import


def import_once(size: str, work: Path, tag: str) -> float:
    from app.services.company import create_company
    from app.services.interchange import importing

    target = work / f"audit-{tag}.duebook"
    db = create_company(str(target), "Audit Bench", "CNY", "en")
    try:
        t = time.perf_counter()
        importing.import_path(db, ensure_dataset(size))
        return time.perf_counter() - t
    finally:
        db.close()
        for p in work.glob(target.name + "*"):
            p.unlink()


def postings(work: Path, n: int, tag: str) -> float:
    import datetime as dt

    from app.services.company import create_company
    from app.services.customers import records as customers
    from app.services.dto import CustomerInput
    from app.services.ledger import postings as ledger

    target = work / f"post-{tag}.duebook"
    db = create_company(str(target), "Posting Bench", "CNY", "en")
    try:
        customers.create_customer(db.uow(), CustomerInput(code="A", name="Harbor Trading Ltd"))
        t = time.perf_counter()
        for i in range(n):
            ledger.post_invoice(db.uow(), "A", dt.date(2026, 1, 1), Decimal(i % 90 + 10))
        return time.perf_counter() - t
    finally:
        db.close()
        for p in work.glob(target.name + "*"):
            p.unlink()


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


LOAD_BEFORE = _load()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--backup-size", default="L", choices=sorted(SIZES))
    ap.add_argument("--audit-size", default="M", choices=sorted(SIZES))
    ap.add_argument("--runs", type=int, default=3,
                    help="runs of backup, verify and restore (median) and of imports of each kind (best)")
    ap.add_argument("--full", action="store_true", help="also time one verify --full (integrity_check)")
    ap.add_argument("--replace", action="store_true", help="also time one restore over the company")
    ap.add_argument("--postings", type=int, default=300)
    ap.add_argument("--only", choices=("backup", "audit"), help="run only one half")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="duebook-safety-bench-"))
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DUEBOOK_HOME", str(out / "home"))  # keeps the cached company's backup key

    rows: list[tuple[str, str, str, str]] = []
    try:
        if args.only != "audit":
            backup_rows(args, out, work, rows)
        if args.only != "backup":
            audit_rows(args, work, rows)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    w = [max(len(r[i]) for r in [*rows, ("measure", "time", "target", "")]) for i in range(4)]
    print(f"load average before: {LOAD_BEFORE}; after: {_load()}; cores: {os.cpu_count()}")
    print(f"{'measure':<{w[0]}}  {'time':>{w[1]}}  {'target':<{w[2]}}  result")
    print("  ".join("-" * x for x in w))
    for r in rows:
        print(f"{r[0]:<{w[0]}}  {r[1]:>{w[1]}}  {r[2]:<{w[2]}}  {r[3]}")
    return 0


def _t(box: list[float]) -> str:
    return f"{box[0]:.2f} s (cpu {box[1]:.2f} s)"


def backup_company(size: str, out: Path, work: Path) -> Path:
    """A company file of data set ``size`` that the benchmark may write to (a copy)."""
    shared = ROOT / "benchmarks" / "data" / f"{size}.duebook"
    src = shared if shared.exists() else imported_company(size, out)
    dst = work / f"bench-{size}.duebook"
    conn = sqlite3.connect(f"file:{src}?mode=ro", uri=True)  # a consistent copy, the source untouched
    copy = sqlite3.connect(str(dst))
    try:
        copy.execute("PRAGMA synchronous=OFF")
        conn.backup(copy, pages=-1)
    finally:
        copy.close()
        conn.close()
    return dst


def _median(boxes: list[list[float]]) -> list[float]:
    return [statistics.median(b[0] for b in boxes), statistics.median(b[1] for b in boxes)]


def _spread(boxes: list[list[float]]) -> str:
    return ", ".join(f"{b[0]:.1f}/{b[1]:.1f}" for b in boxes)


def backup_rows(args: argparse.Namespace, out: Path, work: Path, rows: list[tuple[str, str, str, str]]) -> None:
    from app.services.company import open_company
    from app.services.safety import backup, keys
    from app.services.safety import restore as backup_restore

    size = args.backup_size
    company = backup_company(size, out, work)
    size_mb = company.stat().st_size / 1e6
    db = open_company(str(company), upgrade=False)  # a copied file may predate a migration
    made: list[Any] = []
    b_boxes: list[list[float]] = []
    try:
        with db.engine.begin() as conn:  # a key of this run (the copy's key was made elsewhere)
            conn.exec_driver_sql("UPDATE company SET backup_recipient = ''")
        keys.ensure_recipient(db)
        for i in range(args.runs):
            with timed() as box:
                made.append(backup.create_backup(db, work / f"backups-{i}", prune=False))
            b_boxes.append(box)
    finally:
        db.close()
    last = made[-1].path
    t_backup = _median(b_boxes)
    rows.append((f"backup of {size} ({size_mb:.0f} MB file, {Path(last).stat().st_size / 1e6:.0f} MB backup)",
                 _t(t_backup), "< 10 s", "ok" if t_backup[0] < 10 else "SLOW"))
    for m in made[:-1]:
        Path(m.path).unlink()
    v_boxes = []
    for _ in range(args.runs):
        with timed() as box:
            backup_restore.verify_backup(last)
        v_boxes.append(box)
    rows.append((f"verify of {size} (decrypt, SHA-256, quick_check, counts)", _t(_median(v_boxes)), "", ""))
    if args.full:
        with timed() as t_full:
            backup_restore.verify_backup(last, full=True)
        rows.append((f"verify of {size} --full (integrity_check)", _t(t_full), "", "info"))
    r_boxes = []
    for i in range(args.runs):
        target = work / f"restored-{i}" / "company.duebook"
        with timed() as box:
            backup_restore.restore_backup(last, target)  # verifies in the same pass, then swaps
        r_boxes.append(box)
        shutil.rmtree(target.parent, ignore_errors=True)
    t_restore = _median(r_boxes)
    rows.append((f"restore of {size} (verifies in the same pass, then swaps)", _t(t_restore), "< 15 s",
                 "ok" if t_restore[0] < 15 else "SLOW"))
    if args.replace:
        with timed() as t_replace:
            backup_restore.restore_backup(last, company)  # over the company: backs it up first, keeps it aside
        rows.append((f"restore of {size} over the open company (backs up the old file first)",
                     _t(t_replace), "", "info"))
    print(f"runs (wall/cpu s): backup {_spread(b_boxes)}; verify {_spread(v_boxes)}; "
          f"restore {_spread(r_boxes)}", file=sys.stderr)


def audit_rows(args: argparse.Namespace, work: Path, rows: list[tuple[str, str, str, str]]) -> None:
    import_once(args.audit_size, work, "warm-up")  # file cache and imports warm for both kinds
    on_times, off_times = [], []
    for _ in range(args.runs):  # interleaved, best of each
        with audit_off():
            off_times.append(import_once(args.audit_size, work, "off"))
        on_times.append(import_once(args.audit_size, work, "on"))
    with_audit, without = min(on_times), min(off_times)
    cost = (with_audit - without) / without * 100
    rows.append((f"import of {args.audit_size} with audit trail", f"{with_audit:.2f} s", "", ""))
    rows.append((f"import of {args.audit_size} without audit trail", f"{without:.2f} s", "", ""))
    rows.append(("audit trail cost on the import", f"{cost:+.1f} %", "< 20 %",
                 "ok" if cost < 20 else "SLOW"))
    p_on = postings(work, args.postings, "on")
    with audit_off():
        p_off = postings(work, args.postings, "off")
    p_cost = (p_on - p_off) / p_off * 100
    rows.append((f"audit trail cost on {args.postings} single postings", f"{p_cost:+.1f} %",
                 f"({p_on / args.postings * 1000:.1f} vs {p_off / args.postings * 1000:.1f} ms each)", ""))


if __name__ == "__main__":
    sys.exit(main())
