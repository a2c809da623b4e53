"""Proposals for bank lines: who paid which invoices (INTERCHANGE §8, rules 1-4).

Matching of a line with money in, best first:

1. **certain**: the reference names open invoices of one customer (whole tokens,
   case-insensitive) and the amount equals their whole open sum;
2. **high**: the counterparty is known for one customer (a confirmed line of theirs had the
   same account, or the same name with legal suffixes and spacing set aside) and the amount
   equals one open invoice, or a run of that customer's oldest open invoices;
3. **medium**: as 1 or 2, but the amount is short by at most the tolerance (a bank charge);
4. **low**: the counterparty's name is similar to a customer's name (fuzzy ratio >= 90 after
   setting aside legal suffixes) and one open invoice of theirs has exactly the amount.

Money out gets no proposal. The open invoices are read once per run (one query) and indexed
by number and amount, so ten thousand lines are matched in seconds against a large book.
Each proposal carries a reason code with parameters (the GUI words it in the user's language)
and the same reason in English (the command line).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import BankCounterparty, BankLine, Customer, Document, Setting
from app.models import money as m
from app.models.ledger import POSTED
from app.services import audit
from app.services.bank.statements import (
    Proposal,
    ProposalInvoice,
    proposals_from_json,
)
from app.services.errors import ValidationError
from app.services.permissions import require
from app.services.sql import raw
from app.services.text import fold, strip_legal_suffix
from app.services.unit_of_work import UnitOfWork

TOLERANCE_KEY = "bank.tolerance"
DEFAULT_RATE = Decimal("0.005")
DEFAULT_CAP = Decimal("50.00")
SIMILAR = 90
CONFIDENCE = {1: "certain", 2: "high", 3: "medium", 4: "low"}

#: Reason codes and their English words; ``{name}`` are the params (the GUI has the same per code).
REASONS = {
    "named_one": "invoice {invoices} named in the reference; amount equals its open amount",
    "named_many": "invoices {invoices} named in the reference; amount equals their open amounts",
    "named_short_one": "invoice {invoices} named in the reference; amount is {difference} short of its open "
                       "amount (bank charge)",
    "named_short": "invoices {invoices} named in the reference; amount is {difference} short of their open "
                   "amounts (bank charge)",
    "known_invoice": "payer known for {customer} ({how}); amount equals the open amount of invoice {invoices}",
    "known_run": "payer known for {customer} ({how}); amount equals the {count} oldest open invoices {invoices}",
    "known_short": "payer known for {customer} ({how}); amount is {difference} short of the open amount of "
                   "{invoices} (bank charge)",
    "similar_name": "payer name {name} is {score}% like customer {customer}; amount equals the open amount of "
                    "invoice {invoices}",
}


def reason_text(code: str, params: dict[str, str]) -> str:
    return REASONS[code].format(**params)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A payer's or customer's name with legal suffixes, spacing and punctuation set aside."""
    n = strip_legal_suffix(name)
    return re.sub(r"[\s,.;:'\"()（）\[\]【】·、，。&/-]+", "", n)


PINYIN_SUFFIXES = ("gufenyouxiangongsi", "youxianzerengongsi", "youxiangongsi", "jituan", "gongsi")


def pinyin_key(key: str) -> str:
    """The pinyin of a Chinese name key, legal suffixes set aside: how a foreign bank spells the payer."""
    if not re.search(r"[\u4e00-\u9fff]", key):
        return ""
    from pypinyin import lazy_pinyin

    out = "".join(lazy_pinyin(key)).lower()
    for suffix in PINYIN_SUFFIXES:
        if out.endswith(suffix) and len(out) > len(suffix):
            out = out[: -len(suffix)]
    return out


def _latin_key(key: str) -> str:
    out = key
    for suffix in PINYIN_SUFFIXES:
        if out.endswith(suffix) and len(out) > len(suffix):
            out = out[: -len(suffix)]
    return out


# ---------------------------------------------------------------- the tolerance (a setting)

def tolerance_in(s: Session) -> tuple[Decimal, Decimal]:
    """(rate, cap) of a bank charge: by default 0.5 % of the line's amount, at most 50.00."""
    raw = s.get(Setting, TOLERANCE_KEY)
    if raw is None or not raw.value:
        return DEFAULT_RATE, DEFAULT_CAP
    data = json.loads(raw.value)
    return Decimal(str(data["rate"])), Decimal(str(data["max"]))


def tolerance_for(amount: Decimal, rate: Decimal, cap: Decimal, digits: int) -> Decimal:
    """0.5 % of the line's amount, rounded half up to the minor unit, and at most 50.00."""
    return min(m.round_money(abs(amount) * rate, digits), m.round_money(cap, digits))


def get_tolerance(uow: UnitOfWork) -> tuple[Decimal, Decimal]:
    with uow:
        return tolerance_in(uow.session)


def set_tolerance(uow: UnitOfWork, rate: Decimal, cap: Decimal) -> tuple[Decimal, Decimal]:
    """Change the bank-charge tolerance: a rate (0.005 = 0.5 %) and a cap in money."""
    require(uow, "settings.write")
    if rate < 0 or rate >= 1:
        raise ValidationError("rate", "must be between 0 and 1 (0.005 = 0.5 %)", code="range")
    if cap < 0:
        raise ValidationError("max", "cannot be negative", code="negative")
    with uow:
        s = uow.session
        row = s.get(Setting, TOLERANCE_KEY)
        before = row.value if row is not None else ""
        value = json.dumps({"rate": str(rate), "max": str(cap)})
        if row is None:
            s.add(Setting(key=TOLERANCE_KEY, value=value))
        else:
            row.value = value
        audit.record(s, uow.user, "settings.change", "setting", TOLERANCE_KEY, before=before, after=value)
        uow.commit()
        return rate, cap


# ---------------------------------------------------------------- the book of open invoices

@dataclass(slots=True)
class OpenInvoice:
    id: int
    customer_id: int
    number: str
    date: dt.date
    due_date: dt.date
    open: int  # minor units: matching only adds and compares

    @property
    def key(self) -> tuple[dt.date, dt.date, str]:
        return (self.due_date, self.date, self.number)


@dataclass
class Book:
    """Open invoices indexed by customer (oldest first), number and amount; customers; learned payers."""

    digits: int
    by_customer: dict[int, list[OpenInvoice]] = field(default_factory=dict)
    by_number: dict[str, OpenInvoice] = field(default_factory=dict)
    by_amount: dict[int, list[OpenInvoice]] = field(default_factory=dict)
    customers: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # id -> (code, name, key)
    by_account: dict[str, set[int]] = field(default_factory=dict)
    by_name: dict[str, set[int]] = field(default_factory=dict)
    pinyin: dict[int, str] = field(default_factory=dict)
    initials: dict[int, str] = field(default_factory=dict)  # pinyin initials of Chinese names (stored)
    longest: int = 0
    rate: Decimal = DEFAULT_RATE
    cap: Decimal = DEFAULT_CAP

    @classmethod
    def load(cls, s: Session, digits: int) -> Book:
        book = cls(digits)
        book.rate, book.cap = tolerance_in(s)
        q = select(Document.id, Document.customer_id, Document.number, Document.date, Document.due_date,
                   raw(Document.open_amount)).where(
            Document.direction == 1, Document.settled_on.is_(None), Document.status == POSTED,
            Document.kind == "invoice", Document.open_amount > 0)
        for i, cid, number, date, due, open_amt in s.execute(q):
            inv = OpenInvoice(i, cid, number, date, due or date, open_amt)
            book.by_customer.setdefault(cid, []).append(inv)
            book.by_number[number.lower() if number.isascii() else fold(number)] = inv
            book.by_amount.setdefault(open_amt, []).append(inv)
            if len(number) > book.longest:
                book.longest = len(number)
        for invs in book.by_customer.values():
            invs.sort(key=lambda d: d.key)
        for cid, code, name, initials in s.execute(select(Customer.id, Customer.code, Customer.name,
                                                           Customer.pinyin_initials)):
            book.customers[cid] = (code, name, "")
            if initials:
                book.initials[cid] = initials
        for cid, name_norm, account in s.execute(select(BankCounterparty.customer_id, BankCounterparty.name_norm,
                                                        BankCounterparty.account)):
            if account:
                book.by_account.setdefault(account, set()).add(cid)
            if name_norm:
                book.by_name.setdefault(name_norm, set()).add(cid)
        return book

    def customer_key(self, cid: int) -> str:
        code, name, key = self.customers[cid]
        if not key:
            key = name_key(name)
            self.customers[cid] = (code, name, key)
        return key

    def customer_pinyin(self, cid: int) -> str:
        cached = self.pinyin.get(cid)
        if cached is None:
            cached = self.pinyin[cid] = pinyin_key(self.customer_key(cid))
        return cached

    # ---- rule 1: invoice numbers named in the reference

    def named(self, text: str) -> list[OpenInvoice]:
        """Open invoices whose number stands in ``text`` with no letter or digit just before or after it."""
        t = fold(text)
        if not t or not self.by_number:
            return []
        runs = [(mt.start(), mt.end()) for mt in re.finditer(r"[^\W_]+", t)]
        found: list[OpenInvoice] = []
        seen: set[int] = set()
        for i, (start, _e) in enumerate(runs):
            for _s, end in runs[i:]:
                if end - start > self.longest:
                    break
                inv = self.by_number.get(t[start:end])
                if inv is not None and inv.id not in seen:
                    seen.add(inv.id)
                    found.append(inv)
        return found


def _apply(invoices: Sequence[OpenInvoice], amount: int, digits: int) -> tuple[ProposalInvoice, ...]:
    """What a line of ``amount`` (minor units) would apply to each invoice, in order."""
    out = []
    remaining = amount
    for inv in invoices:
        take = min(remaining, inv.open)
        out.append(ProposalInvoice(inv.number, inv.id, m.from_minor(take, digits), m.from_minor(inv.open, digits)))
        remaining -= take
    return tuple(out)


def _numbers(invoices: Sequence[OpenInvoice]) -> str:
    return ", ".join(i.number for i in invoices)


def propose(book: Book, amount: Decimal, counterparty: str, account: str, reference: str) -> list[Proposal]:
    """Rules 1-4 for one line, best first."""
    if amount <= 0:
        return []
    digits = book.digits
    units = m.to_minor(amount, digits)
    tol = m.to_minor(tolerance_for(amount, book.rate, book.cap, digits), digits)
    out: list[Proposal] = []
    seen: set[tuple[int, tuple[int, ...]]] = set()

    def add(rule: int, cid: int, invoices: Sequence[OpenInvoice], difference: int, code: str,
            params: dict[str, str]) -> None:
        key = (cid, tuple(i.id for i in invoices))
        if key in seen:
            return
        seen.add(key)
        ccode, cname, _k = book.customers[cid]
        params = {"customer": ccode, "invoices": _numbers(invoices), **params}
        out.append(Proposal(ccode, cid, cname, _apply(invoices, units, digits), m.from_minor(difference, digits),
                            CONFIDENCE[rule], rule, code, params, reason_text(code, params)))

    def money(units: int) -> str:
        return m.format_plain(m.from_minor(units, digits), digits)

    # rule 1 (and 3): the invoices named in the reference
    named = book.named(reference)
    if named and len({i.customer_id for i in named}) == 1:
        total = sum(i.open for i in named)
        cid = named[0].customer_id
        if total == units:
            add(1, cid, named, 0, "named_one" if len(named) == 1 else "named_many", {})
        elif 0 < total - units <= tol:
            add(3, cid, named, total - units, "named_short_one" if len(named) == 1 else "named_short",
                {"difference": money(total - units)})

    # rule 2 (and 3): a payer known for one customer
    key = name_key(counterparty)
    known: set[int] = set()
    how = ""
    if account and account in book.by_account:
        known |= book.by_account[account]
        how = "account"
    if key and key in book.by_name:
        known |= book.by_name[key]
        how = how or "name"
    if len(known) == 1:
        cid = next(iter(known))
        invs = book.by_customer.get(cid, [])
        how_params = {"how": how}
        single = next((i for i in invs if i.open == units), None)
        if single is not None:
            add(2, cid, [single], 0, "known_invoice", how_params)
        run_total = 0
        for k, inv in enumerate(invs, start=1):
            run_total += inv.open
            if run_total >= units:
                if run_total == units and k > 1:
                    add(2, cid, invs[:k], 0, "known_run", {**how_params, "count": str(k)})
                elif run_total > units and run_total - units <= tol:
                    add(3, cid, invs[:k], run_total - units, "known_short",
                        {**how_params, "difference": money(run_total - units)})
                break
        if single is None:
            short = next((i for i in invs if 0 < i.open - units <= tol), None)
            if short is not None:
                diff = short.open - units
                add(3, cid, [short], diff, "known_short", {**how_params, "difference": money(diff)})

    # rule 4: a similar name and an invoice of exactly the amount
    if key:
        by_cust: dict[int, OpenInvoice] = {}
        for inv in book.by_amount.get(units, ()):
            first = by_cust.get(inv.customer_id)
            if first is None or inv.key < first.key:  # the customer's oldest invoice of the amount
                by_cust[inv.customer_id] = inv
        for cid, inv in by_cust.items():
            ckey = book.customer_key(cid)
            if not ckey:
                continue
            score = fuzz.ratio(key, ckey)
            if score < SIMILAR and key.isascii() and book.initials.get(cid, " ")[0] == key[0]:
                py = book.customer_pinyin(cid)  # a Chinese customer paying from abroad: its pinyin
                if py:
                    score = max(score, fuzz.ratio(_latin_key(key), py))
            if score >= SIMILAR:
                add(4, cid, [inv], 0, "similar_name", {"name": counterparty, "score": str(int(score))})

    out.sort(key=lambda p: p.rule)
    return out


def proposals_for(uow: UnitOfWork, line_id: int) -> list[Proposal]:
    """Fresh proposals for one line (the GUI's right pane, after the ledger changed)."""
    with uow:
        s = uow.session
        line = s.get(BankLine, line_id)
        if line is None:
            from app.services.errors import NotFound

            raise NotFound("bank line", line_id)
        if line.status in ("matched", "ignored"):
            return list(proposals_from_json(line.proposals, uow.digits))
        return propose(Book.load(s, uow.digits), line.amount, line.counterparty, line.counterparty_account,
                       line.reference)
