"""An independent, deliberately naive reading of INTERCHANGE §2-3, used to check the engine.

It shares no code with app/: it reads the CSV files itself and settles with
plain loops, so a bug in the engine does not hide in both places.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path


@dataclass
class Inv:
    number: str
    customer: str
    issue: dt.date
    due: dt.date
    amount: Decimal
    apps: list[tuple[dt.date, Decimal]] = field(default_factory=list)

    def open_now(self) -> Decimal:
        return self.amount - sum((a for _, a in self.apps), Decimal(0))


@dataclass
class Credit:
    kind: str
    number: str
    customer: str
    date: dt.date
    amount: Decimal
    invoice: str
    apps: list[tuple[dt.date, Decimal]] = field(default_factory=list)


class Book:
    def __init__(self, folder: Path) -> None:
        def rows(name: str) -> list[dict[str, str]]:
            p = folder / name
            if not p.exists():
                return []
            with open(p, encoding="utf-8-sig", newline="") as f:
                return [{k.strip(): (v or "").strip() for k, v in r.items()} for r in csv.DictReader(f)]

        terms = {r["code"]: int(r.get("payment_terms_days") or 30) for r in rows("customers.csv")}
        self.customers = sorted(terms)
        self.invoices: dict[str, Inv] = {}
        for r in rows("invoices.csv"):
            issue = dt.date.fromisoformat(r["issue_date"])
            due = dt.date.fromisoformat(r["due_date"]) if r.get("due_date") else issue + dt.timedelta(
                days=terms[r["customer_code"]])
            self.invoices[r["number"]] = Inv(r["number"], r["customer_code"], issue, due, Decimal(r["amount"]))
        self.credits: list[Credit] = []
        for r in rows("payments.csv"):
            self.credits.append(Credit("payment", r["reference"], r["customer_code"], dt.date.fromisoformat(r["date"]),
                                       Decimal(r["amount"]), r.get("invoice_number", "")))
        for r in rows("credit_notes.csv"):
            self.credits.append(Credit("credit_note", r["number"], r["customer_code"],
                                       dt.date.fromisoformat(r["date"]), Decimal(r["amount"]),
                                       r.get("invoice_number", "")))
        self._settle()

    def _settle(self) -> None:
        order = {"payment": 0, "credit_note": 1}
        for c in sorted(self.credits, key=lambda c: (c.date, order[c.kind], c.number)):
            left = c.amount
            if c.invoice:
                inv = self.invoices[c.invoice]
                take = min(left, inv.open_now())
                if take > 0:
                    when = max(c.date, inv.issue)
                    inv.apps.append((when, take))
                    c.apps.append((when, take))
                continue
            mine = [i for i in self.invoices.values()
                    if i.customer == c.customer and i.issue <= c.date and i.open_now() > 0]
            mine.sort(key=lambda i: (i.due, i.issue, i.number))
            for inv in mine:
                if left <= 0:
                    break
                take = min(left, inv.open_now())
                inv.apps.append((c.date, take))
                c.apps.append((c.date, take))
                left -= take

    def balance(self, customer: str, d: dt.date) -> Decimal:
        debit = sum((i.amount for i in self.invoices.values() if i.customer == customer and i.issue <= d), Decimal(0))
        credit = sum((c.amount for c in self.credits if c.customer == customer and c.date <= d), Decimal(0))
        return debit - credit

    def aging(self, d: dt.date) -> dict[str, dict[str, Decimal]]:
        out: dict[str, dict[str, Decimal]] = defaultdict(
            lambda: {k: Decimal(0) for k in ("not_due", "d1_30", "d31_60", "d61_90", "d91_plus", "unapplied")})
        for i in self.invoices.values():
            if i.issue > d:
                continue
            open_d = i.amount - sum((a for w, a in i.apps if w <= d), Decimal(0))
            if open_d == 0:
                continue
            days = (d - i.due).days
            key = ("not_due" if days <= 0 else "d1_30" if days <= 30 else "d31_60" if days <= 60
                   else "d61_90" if days <= 90 else "d91_plus")
            out[i.customer][key] += open_d
        for c in self.credits:
            if c.date > d:
                continue
            left = c.amount - sum((a for w, a in c.apps if w <= d), Decimal(0))
            if left:
                out[c.customer]["unapplied"] -= left
        return dict(out)
