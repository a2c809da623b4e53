"""The floor for aging: the fastest of several plain SQL statements a person could write.

Each statement gives, per customer, the open amount at D of its posted debits in the five
buckets of the standard aging (current, 1-30, 31-60, 61-90, over 90 days past due), over the
same file and its indexes. ``measure(engine, as_of, runs)`` times every one (median of
``runs`` after one warm-up), checks that they all give the same figures, and the benchmark
(benchmarks/run.py) takes the ratio of the engine's aging to the fastest of them. Until
2026-12 the floor was statement A alone, which sums every application of the book and was
slower than the engine (993 ms against 398 ms on L): a ratio to it meant nothing.

A statement may have a precondition (E holds only when no document is dated after D); its
check is part of its time, and a statement whose precondition fails is shown but not used.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, text

from app.services.ledger import aging

BUCKETS = """
SELECT customer_id,
  SUM(CASE WHEN due >= :d0 THEN amt ELSE 0 END),
  SUM(CASE WHEN due BETWEEN :d30 AND :d1 THEN amt ELSE 0 END),
  SUM(CASE WHEN due BETWEEN :d60 AND :d31 THEN amt ELSE 0 END),
  SUM(CASE WHEN due BETWEEN :d90 AND :d61 THEN amt ELSE 0 END),
  SUM(CASE WHEN due <= :d91 THEN amt ELSE 0 END)
FROM ({items}) items
GROUP BY customer_id
"""

OPEN_AT_D = ("d.direction = 1 AND d.status <> 'draft' AND d.date <= :d0 "
             "AND (d.settled_on IS NULL OR d.settled_on > :d0)")

# B: what is open at D is the amount less what was applied by D, summed per item by its index.
APPLIED_BY_D = BUCKETS.format(items=f"""
  SELECT d.customer_id, COALESCE(d.due_date, d.date) AS due,
    d.amount - (SELECT COALESCE(SUM(x.amount), 0) FROM applications x
                WHERE x.debit_id = d.id AND x.applied_on <= :d0 AND x.undone_at IS NULL) AS amt
  FROM documents d WHERE {OPEN_AT_D}""")

# C: what is open now plus what was applied after D (usually nothing: one index probe per item).
LATER = """(SELECT COALESCE(SUM(x.amount), 0) FROM applications x
                WHERE x.debit_id = d.id AND x.applied_on > :d0 AND x.undone_at IS NULL)"""
OPEN_PLUS_LATER = BUCKETS.format(items=f"""
  SELECT d.customer_id, COALESCE(d.due_date, d.date) AS due, d.open_amount + {LATER} AS amt
  FROM documents d WHERE {OPEN_AT_D}""")

# D: C with the two settle-date ranges of ix_documents_open read separately (no OR).
TWO_RANGES = BUCKETS.format(items=f"""
  SELECT d.customer_id, COALESCE(d.due_date, d.date) AS due, d.open_amount + {LATER} AS amt
  FROM documents d WHERE d.direction = 1 AND d.settled_on IS NULL AND d.status <> 'draft' AND d.date <= :d0
  UNION ALL
  SELECT d.customer_id, COALESCE(d.due_date, d.date) AS due, d.open_amount + {LATER} AS amt
  FROM documents d WHERE d.direction = 1 AND d.settled_on > :d0 AND d.status <> 'draft' AND d.date <= :d0""")

# E: when no document is dated after D nothing was applied after D either, so what is open at D
# is what is open now: the items not settled, by their open amount, from ix_documents_open alone.
OPEN_NOW = BUCKETS.format(items="""
  SELECT d.customer_id, COALESCE(d.due_date, d.date) AS due, d.open_amount AS amt
  FROM documents d WHERE d.direction = 1 AND d.settled_on IS NULL AND d.status <> 'draft'""")
NOTHING_AFTER = "SELECT COUNT(*) FROM (SELECT 1 FROM documents WHERE date > :d0 LIMIT 1) x"

FLOORS: dict[str, tuple[str, str]] = {  # name -> (statement, precondition that must return 0)
    "A  open debits LEFT JOIN every application summed by debit": (aging.FLOOR_SQL, ""),
    "B  amount - applications by D, correlated per open item": (APPLIED_BY_D, ""),
    "C  open amount now + applications after D, correlated": (OPEN_PLUS_LATER, ""),
    "D  as C, the two settle-date ranges UNION ALL": (TWO_RANGES, ""),
    "E  open amount now (only when nothing is dated after D)": (OPEN_NOW, NOTHING_AFTER),
}


@dataclass(frozen=True)
class Floor:
    name: str
    ms: float
    usable: bool  # its precondition held
    same: bool  # the same figures as statement A


def _figures(rows: list[Any]) -> list[tuple[int, ...]]:
    return sorted(tuple(int(v or 0) for v in r) for r in rows if any(int(v or 0) for v in r[1:]))


def measure(engine: Engine, as_of: dt.date, runs: int) -> list[Floor]:
    params: dict[str, Any] = aging.floor_params(as_of)
    if engine.dialect.name == "sqlite":
        params = {k: v.isoformat() for k, v in params.items()}
    out = []
    reference = None
    for name, (sql, pre) in FLOORS.items():
        result: list[Any] = []
        usable = True

        def run(sql: str = sql, pre: str = pre) -> tuple[bool, list[Any]]:
            with engine.connect() as conn:
                if pre and conn.execute(text(pre), params).scalar_one():
                    return False, []
                return True, list(conn.execute(text(sql), params).all())

        run()
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            usable, result = run()
            times.append((time.perf_counter() - t0) * 1000)
        figures = _figures(result)
        if reference is None:
            reference = figures
        out.append(Floor(name, statistics.median(times), usable, not usable or figures == reference))
    return out


def fastest(floors: list[Floor]) -> Floor:
    """The floor: the fastest statement whose precondition held and whose figures agree."""
    return min((f for f in floors if f.usable and f.same), key=lambda f: f.ms)
