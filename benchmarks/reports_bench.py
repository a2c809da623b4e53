"""Analysis reports and the import duplicate check at scale (PRODUCT §14, issue 7): run on data set L.

    .venv/bin/python benchmarks/reports_bench.py COMPANY_FILE [--to 2026-06-30] [--repeat 2] [--new 20000]

Prints a table: each report over the twelve months ending ``--to`` (default: the latest
document date; target < 3 s each), the value-class recompute, one similar-name look-up,
and the duplicate check of an import of ``--new`` customers (default 20,000; target < 10 s)
whose names, phones and e-mails are drawn like the data set's. The first run (cold cache)
and the best of the repeats are shown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from app.models import Customer, Document
from app.services.company import open_company
from app.services.customers import classification, duplicates
from app.services.dto import CustomerInput
from app.services.reports import analysis as reports
from benchmarks.run import Timed

PREFIXES_ZH = ["上海", "北京", "深圳", "广州", "杭州", "成都", "武汉", "南京", "苏州", "青岛", "厦门", "重庆"]
CORES_ZH = ["华东", "宏达", "金桥", "盛世", "恒通", "瑞丰", "天成", "鑫源", "东方", "长城", "新锐", "百川"]
KINDS_ZH = ["贸易", "科技", "实业", "物流", "建材", "食品", "电子", "服装", "印务", "餐饮"]
SUFFIX_ZH = ["有限公司", "股份有限公司", "商行", "工作室"]
CORES_EN = ["Harbor", "Summit", "Bluebell", "Northwind", "Oakridge", "Pioneer", "Redwood", "Silverline",
            "Keystone", "Lakeside"]
KINDS_EN = ["Trading", "Supplies", "Foods", "Logistics", "Print", "Electric", "Builders", "Textiles"]
SUFFIX_EN = ["Ltd", "LLC", "& Co.", "Inc."]


timed = Timed()  # first and best wall seconds per figure; timed.cpu: CPU seconds of the best run


def new_customers(n: int, seed: int = 11) -> list[CustomerInput]:
    """An import of ``n`` customers named like the data set's (so many look alike on purpose)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        if rng.random() < 0.7:
            name = rng.choice(PREFIXES_ZH) + rng.choice(CORES_ZH) + rng.choice(KINDS_ZH) + rng.choice(SUFFIX_ZH)
            if rng.random() < 0.3:  # a distinguishing word, as real names have
                name = name[:2] + rng.choice("市区县新老") + name[2:]
        else:
            name = f"{rng.choice(CORES_EN)} {rng.choice(KINDS_EN)} {rng.choice(SUFFIX_EN)}"
        out.append(CustomerInput(code=f"NEW{i:06d}", name=name,
                                 phone=f"13{rng.randint(0, 999999999):09d}",
                                 email=f"ap{rng.randint(0, 10**7)}@example.com"))
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("company")
    p.add_argument("--to", type=dt.date.fromisoformat, default=None)
    p.add_argument("--repeat", type=int, default=2)
    p.add_argument("--new", type=int, default=20000)
    args = p.parse_args()
    db = open_company(args.company)
    with db.uow() as uow:
        n_cust = uow.session.execute(select(func.count()).select_from(Customer)).scalar_one()
        n_docs = uow.session.execute(select(func.count()).select_from(Document)).scalar_one()
        last = uow.session.execute(select(func.max(Document.date))).scalar_one()
    to = args.to or last or dt.date.today()
    start = to - dt.timedelta(days=364)
    print(f"company {args.company}: {n_cust} customers, {n_docs} documents; period {start} .. {to}")
    from sqlalchemy import inspect

    have = {ix["name"]: tuple(ix["column_names"]) for ix in inspect(db.engine).get_indexes("documents")}
    for name, cols in reports.REPORT_INDEXES:
        state = "present" if have.get(name) == cols else "MISSING" if name not in have else (
            f"OLDER ({', '.join(str(c) for c in have[name])}): import the data again with this schema")
        print(f"index {name} ({', '.join(cols)}): {state}")
    rows: list[tuple[str, str, float, float, str]] = []
    for name in reports.NAMES:
        def run(name: str = name) -> reports.Report:
            return reports.run_report(db.uow(), name, start, to)

        first, best, rep = timed(run, args.repeat)
        rows.append((f"report {name}", "< 3 s", first, best, f"{len(rep.rows)} rows"))
    first, best, res = timed(lambda: classification.recompute_value_classes(db.uow(), to), args.repeat)
    rows.append(("value classes A/B/C", "< 3 s", first, best, f"A {res.counts['A']} B {res.counts['B']} "
                 f"C {res.counts['C']}"))
    first, best, hits = timed(lambda: duplicates.similar_customers(db.uow(), "上海华东贸易股份有限公司"), args.repeat)
    rows.append(("similar names, one look-up", "< 0.3 s", first, best, f"{len(hits)} hits"))
    batch = new_customers(args.new)
    first, best, found = timed(lambda: duplicates.check_import_duplicates(db.uow(), batch), 1)
    by_reason: dict[str, int] = {}
    for f in found:
        by_reason[f.reason] = by_reason.get(f.reason, 0) + 1
    rows.append((f"duplicate check, import of {len(batch)}", "< 10 s", first, best,
                 f"{len({f.row for f in found})} rows flagged; " + ", ".join(f"{k} {v}" for k, v in
                                                                              sorted(by_reason.items()))))
    db.close()
    w = max(len(r[0]) for r in rows)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times suffer when others run)")
    print(f"{'what':<{w}}  {'target':>8}  {'first s':>8}  {'best s':>8}  {'cpu s':>7}  result")
    print(f"{'-' * w}  {'-' * 8}  {'-' * 8}  {'-' * 8}  {'-' * 7}  {'-' * 30}")
    for (what, target, f1, b1, note), cpu in zip(rows, timed.cpu, strict=True):
        print(f"{what:<{w}}  {target:>8}  {f1:8.3f}  {b1:8.3f}  {cpu:7.3f}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
