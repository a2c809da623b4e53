"""Dunning (INTERCHANGE §6/§7): levels, proposals as of a date, and the committed history.

A customer's proposed level is the highest level whose ``days_overdue`` is at most
the days overdue of their most overdue invoice, never more than one above the
last committed level (no letter, or no overdue invoice left since it: level 0),
and never within 14 days of the last committed letter. No proposal below the
level's ``min_amount``. Interest is computed per invoice, rounded half up to the
minor unit, then summed. Disputed invoices and excluded customers are left out.

Interest is never charged twice for the same days: once a committed letter's fee
and interest were posted as a charge (and the charge was not voided), a later
letter counts interest on each invoice that letter listed only from that
letter's date. A level's fee is charged once for the same debt: when a posted
letter of the same level listed an invoice that is still overdue, the fee is 0.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.models import Customer, Document
from app.models import money as m
from app.models.dunning import DunningLetter, DunningLetterItem, DunningLevel
from app.models.ledger import DRAFT, VOIDED
from app.services import audit
from app.services.company import load_company
from app.services.customers.records import find_customer
from app.services.errors import FieldProblem, ValidationErrors
from app.services.permissions import require
from app.services.progress import NoProgress, Progress, check
from app.services.sql import not_closed_by, open_amount_at, open_at, raw
from app.services.unit_of_work import JoinedUnitOfWork, UnitOfWork

ZERO = Decimal(0)
SPACING_DAYS = 14
DUNNING_KINDS = ("invoice", "opening_balance")
DEFAULT_DUE_DAYS = 14


# ---------------------------------------------------------------- levels

@dataclass(frozen=True)
class LevelInfo:
    level: int
    days_overdue: int
    fee: Decimal = ZERO
    annual_interest_rate: Decimal = ZERO
    title: str = ""
    min_amount: Decimal = ZERO


def check_levels(levels: Sequence[LevelInfo], digits: int = 2) -> list[FieldProblem]:
    """Every problem at once: numbered 1..n without gaps, days_overdue increasing, amounts sane."""
    problems: list[FieldProblem] = []
    numbers = sorted(lv.level for lv in levels)
    if numbers != list(range(1, len(levels) + 1)):
        problems.append(FieldProblem("level", "numbering", "levels must be numbered 1, 2, 3 ... without gaps"))
    by_level = sorted(levels, key=lambda lv: lv.level)
    for i, lv in enumerate(by_level):
        f = f"levels[{lv.level}]"
        if lv.days_overdue < 1:
            problems.append(FieldProblem(f"{f}.days_overdue", "range", "must be at least 1 day"))
        if i and lv.days_overdue <= by_level[i - 1].days_overdue:
            problems.append(FieldProblem(f"{f}.days_overdue", "order",
                                         "must be more than the level before it"))
        for name in ("fee", "min_amount"):
            v: Decimal = getattr(lv, name)
            if v < 0:
                problems.append(FieldProblem(f"{f}.{name}", "negative", "cannot be negative"))
            elif v != m.round_money(v, digits):
                problems.append(FieldProblem(f"{f}.{name}", "digits", f"at most {digits} decimal places"))
        if lv.annual_interest_rate < 0 or lv.annual_interest_rate > 1:
            problems.append(FieldProblem(f"{f}.annual_interest_rate", "range",
                                         "a yearly rate between 0 and 1 (0.08 = 8 %)"))
    return problems


def _level_info(lv: DunningLevel) -> LevelInfo:
    return LevelInfo(lv.level, lv.days_overdue, lv.fee, lv.annual_interest_rate, lv.title, lv.min_amount)


def levels_in(session: Session) -> list[LevelInfo]:
    return [_level_info(lv) for lv in session.execute(select(DunningLevel).order_by(DunningLevel.level)).scalars()]


def list_levels(uow: UnitOfWork) -> list[LevelInfo]:
    with uow:
        return levels_in(uow.session)


def replace_levels_in(session: Session, user: str, levels: Sequence[LevelInfo], digits: int) -> None:
    """Replace every level (inside the caller's transaction), after checking them all."""
    problems = check_levels(levels, digits)
    if problems:
        raise ValidationErrors(problems)
    before = levels_in(session)
    session.execute(delete(DunningLevel))
    for lv in sorted(levels, key=lambda x: x.level):
        session.add(DunningLevel(level=lv.level, days_overdue=lv.days_overdue, fee=lv.fee,
                                 annual_interest_rate=lv.annual_interest_rate, title=lv.title.strip(),
                                 min_amount=lv.min_amount))
    session.flush()
    audit.record(session, user, "dunning.levels", "dunning_levels", "", before=[x.__dict__ for x in before],
                 after=[x.__dict__ for x in levels])


def save_levels(uow: UnitOfWork, levels: Sequence[LevelInfo]) -> list[LevelInfo]:
    """Replace the dunning levels (the levels editor and ``dunning_levels.csv``)."""
    require(uow, "settings.write")
    with uow:
        replace_levels_in(uow.session, uow.user, levels, uow.digits)
        out = levels_in(uow.session)
        uow.commit()
        return out


# ---------------------------------------------------------------- proposals

@dataclass(frozen=True)
class ProposalItem:
    document_id: int
    number: str
    kind: str
    date: dt.date
    due_date: dt.date
    days_overdue: int
    amount: Decimal
    open_amount: Decimal
    interest: Decimal
    interest_from: dt.date | None = None  # interest counts the days after this date (None: the due date)

    @property
    def interest_days(self) -> int:
        return self.days_overdue if self.interest_from is None else max(
            0, self.days_overdue - (self.interest_from - self.due_date).days)


@dataclass(frozen=True)
class Proposal:
    customer_id: int
    customer: str  # the code
    name: str
    language: str
    level: int
    title: str
    invoices: tuple[ProposalItem, ...]
    overdue_amount: Decimal
    fee: Decimal
    interest: Decimal
    total: Decimal
    last_level: int  # the level the cap started from (0: none, or reset)
    last_letter_on: dt.date | None
    address: str = ""


@dataclass(frozen=True)
class DunningRun:
    as_of: dt.date
    proposals: tuple[Proposal, ...]
    levels: tuple[LevelInfo, ...]


@dataclass
class _Open:
    id: int
    customer_id: int
    kind: str
    number: str
    date: dt.date
    due: dt.date
    amount: Decimal
    open: Decimal


def _overdue_items(session: Session, as_of: dt.date, digits: int, customer_ids: Sequence[int] | None
                   ) -> dict[int, list[_Open]]:
    """Open, overdue (D - due >= 1), undisputed debits at D per customer, oldest due first."""
    due = func.coalesce(Document.due_date, Document.date)
    cols = (Document.id, Document.customer_id, Document.kind, Document.number, Document.date, due.label("due"),
            raw(Document.amount).label("amount"), open_amount_at(as_of, 1).label("open_minor"))
    parts = [select(*cols).where(open_at(as_of, 1, within=closed, keep_to_settle_index=True),
                                 Document.kind.in_(DUNNING_KINDS), Document.status != VOIDED,
                                 due <= as_of - dt.timedelta(days=1), Document.disputed.is_(False))
             for closed in not_closed_by(as_of)]
    out: dict[int, list[_Open]] = defaultdict(list)

    def run(qs: list[Any]) -> None:
        for q in qs:
            for i, cid, kind, number, date, due_d, amount, open_minor in session.execute(q):
                if int(open_minor) <= 0:
                    continue
                if isinstance(due_d, str):  # coalesce() of two dates comes back as text on SQLite
                    due_d = dt.date.fromisoformat(due_d)
                out[cid].append(_Open(i, cid, kind, number, date, due_d, m.from_minor(int(amount), digits),
                                      m.from_minor(int(open_minor), digits)))

    if customer_ids is None:
        run(parts)
    else:
        ids = list(customer_ids)
        for k in range(0, len(ids), 900):
            run([p.where(Document.customer_id.in_(ids[k:k + 900])) for p in parts])
    for items in out.values():
        items.sort(key=lambda o: (o.due, o.date, o.number))
    return out


def _last_letters(session: Session, as_of: dt.date) -> dict[int, tuple[int, dt.date]]:
    """customer id -> (level, date) of the last letter committed on or before D."""
    out: dict[int, tuple[int, dt.date]] = {}
    q = (select(DunningLetter.customer_id, DunningLetter.level, DunningLetter.as_of)
         .where(DunningLetter.as_of <= as_of).order_by(DunningLetter.as_of, DunningLetter.id))
    for cid, level, on in session.execute(q):
        out[cid] = (level, on)
    return out


def _cleared_since(session: Session, customer_id: int, since: dt.date, as_of: dt.date) -> bool:
    """Whether the customer had no overdue invoice left at some day after ``since`` up to D.

    The set of overdue invoices only shrinks when one is settled, so only settle dates
    in (since, D] need checking.
    """
    due = func.coalesce(Document.due_date, Document.date)
    rows = session.execute(
        select(Document.date, due, Document.settled_on).where(
            Document.customer_id == customer_id, Document.direction == 1, Document.kind.in_(DUNNING_KINDS),
            Document.status != DRAFT, Document.disputed.is_(False), Document.date <= as_of,
            or_(Document.settled_on.is_(None), Document.settled_on > since))
    ).all()
    days = sorted({s for _d, _due, s in rows if s is not None and since < s <= as_of})
    for t in days:
        if not any(d <= t and du <= t - dt.timedelta(days=1) and (s is None or s > t) for d, du, s in rows):
            return True
    return False


def _charged_letters(session: Session, as_of: dt.date, customer_ids: Sequence[int]
                     ) -> tuple[dict[int, dt.date], dict[int, set[tuple[int, int]]]]:
    """What earlier letters posted as charges (charge not voided), before D.

    Returns (invoice id -> date of the last such letter that listed it,
    customer id -> {(level, invoice id)} for letters whose posted charge held a fee).
    """
    since: dict[int, dt.date] = {}
    fees: dict[int, set[tuple[int, int]]] = defaultdict(set)
    ids = list(customer_ids)
    for k in range(0, len(ids), 900):
        q = (select(DunningLetter.customer_id, DunningLetter.level, DunningLetter.as_of, DunningLetter.fee,
                    DunningLetterItem.document_id)
             .join(DunningLetterItem, DunningLetterItem.letter_id == DunningLetter.id)
             .join(Document, Document.id == DunningLetter.charge_document_id)
             .where(DunningLetter.customer_id.in_(ids[k:k + 900]), DunningLetter.as_of < as_of,
                    Document.status != VOIDED))
        for cid, level, on, fee, doc_id in session.execute(q):
            if doc_id not in since or on > since[doc_id]:
                since[doc_id] = on
            if fee > 0:
                fees[cid].add((level, doc_id))
    return since, fees


def interest_on(open_amount: Decimal, rate: Decimal, days: int, digits: int) -> Decimal:
    """open amount x annual rate x days / 365, rounded half up to the minor unit."""
    return m.round_money(open_amount * rate * days / Decimal(365), digits)


def choose_level(levels: Sequence[LevelInfo], worst_days: int, last_level: int = 0) -> LevelInfo | None:
    """The level of a customer's next letter (INTERCHANGE §6/§7): the highest level whose
    ``days_overdue`` is at most the days overdue of the most overdue invoice, but never more than
    one above ``last_level`` (0: no letter counts). None when no level is reached yet.
    ``levels`` are numbered 1, 2, 3 ... in order."""
    eligible = [lv for lv in levels if lv.days_overdue <= worst_days]
    if not eligible:
        return None
    return levels[min(eligible[-1].level, last_level + 1) - 1]


def interest_days(as_of: dt.date, due: dt.date, charged_on: dt.date | None) -> tuple[int, dt.date | None]:
    """(days of interest, the date they start after) for one overdue invoice: from its due date,
    or, when an earlier letter's interest on it was posted as a charge on ``charged_on`` (after
    the due date), only the days after that letter: interest is never charged twice."""
    if charged_on is None or charged_on <= due:
        return (as_of - due).days, None
    return (as_of - charged_on).days, charged_on


def proposals_in(session: Session, as_of: dt.date, digits: int, customer_ids: Sequence[int] | None = None,
                 progress: Progress | None = None) -> DunningRun:
    progress = progress or NoProgress()
    levels = levels_in(session)
    if not levels:
        return DunningRun(as_of, (), ())
    check(progress, 0, 3)
    items = _overdue_items(session, as_of, digits, customer_ids)
    check(progress, 1, 3)
    last = _last_letters(session, as_of)
    ids = list(items)
    custs: dict[int, tuple[str, str, str, bool, str]] = {}
    for k in range(0, len(ids), 900):
        for cid, code, name, lang, excluded, addr in session.execute(
                select(Customer.id, Customer.code, Customer.name, Customer.language, Customer.dunning_excluded,
                       Customer.billing_address).where(Customer.id.in_(ids[k:k + 900]))):
            custs[cid] = (code, name, lang, excluded, addr)
    charged_since, charged_fees = _charged_letters(session, as_of, ids)
    check(progress, 2, 3)
    zero = m.from_minor(0, digits)
    out = []
    for cid, its in items.items():
        code, name, lang, excluded, addr = custs[cid]
        if excluded:
            continue
        worst = max(as_of.toordinal() - o.due.toordinal() for o in its)
        if choose_level(levels, worst) is None:
            continue
        last_level, last_on = 0, None
        if cid in last:
            lvl, on = last[cid]
            if (as_of - on).days < SPACING_DAYS:
                continue
            last_on = on
            if not _cleared_since(session, cid, on, as_of):
                last_level = lvl
        level = choose_level(levels, worst, last_level)
        assert level is not None  # reached above
        overdue = sum((o.open for o in its), zero)
        if overdue < level.min_amount:
            continue
        rows = []
        for o in its:
            days = (as_of - o.due).days
            counted, start = interest_days(as_of, o.due, charged_since.get(o.id))
            rows.append(ProposalItem(o.id, o.number, o.kind, o.date, o.due, days, o.amount, o.open,
                                     interest_on(o.open, level.annual_interest_rate, counted, digits), start))
        interest = sum((r.interest for r in rows), zero)
        fee_charged = any((level.level, o.id) in charged_fees.get(cid, ()) for o in its)
        fee = zero if fee_charged else level.fee + zero
        out.append(Proposal(cid, code, name, lang, level.level, level.title, tuple(rows), overdue, fee, interest,
                            overdue + fee + interest, last_level, last_on, addr))
    out.sort(key=lambda p: p.customer)
    progress.update(3, 3)
    return DunningRun(as_of, tuple(out), tuple(levels))


def propose(uow: UnitOfWork, as_of: dt.date, codes: Sequence[str] | None = None,
            progress: Progress | None = None) -> DunningRun:
    """The dunning proposals as of a date (nothing is written)."""
    with uow:
        s = uow.session
        ids = None if codes is None else [find_customer(s, c).id for c in codes]
        return proposals_in(s, as_of, uow.digits, ids, progress)


# ---------------------------------------------------------------- committing

@dataclass(frozen=True)
class LetterItemInfo:
    number: str
    days_overdue: int
    open_amount: Decimal
    interest: Decimal


@dataclass(frozen=True)
class LetterInfo:
    id: int
    customer: str
    level: int
    as_of: dt.date
    overdue_amount: Decimal
    fee: Decimal
    interest: Decimal
    total: Decimal
    charge_number: str
    created_by: str
    items: tuple[LetterItemInfo, ...]


CHARGE_TEXT = {
    "en": ("Dunning letter level {level}: fee {cur} {fee}, interest {cur} {interest}",
           "Dunning letter level {level}: interest {cur} {interest}",
           "Dunning letter level {level}: fee {cur} {fee}"),
    "zh_CN": ("第 {level} 级催款函：催收费用 {cur} {fee}，逾期利息 {cur} {interest}",
              "第 {level} 级催款函：逾期利息 {cur} {interest}",
              "第 {level} 级催款函：催收费用 {cur} {fee}"),
}


def charge_description(p: Proposal, currency: str, digits: int) -> str:
    """The posted charge's description, in the customer's language, amounts formatted ("1,234.50")."""
    from app.services.documents.pdf import is_zh, money_text

    both, interest_only, fee_only = CHARGE_TEXT["zh_CN" if is_zh(p.language) else "en"]
    text = both if p.fee > 0 and p.interest > 0 else fee_only if p.fee > 0 else interest_only
    return text.format(level=p.level, cur=currency, fee=money_text(p.fee, digits),
                       interest=money_text(p.interest, digits))


def commit(uow: UnitOfWork, as_of: dt.date, *, only: Iterable[str] | None = None, exclude: Iterable[str] = (),
           post_charges: bool = False, due_days: int = DEFAULT_DUE_DAYS,
           progress: Progress | None = None) -> list[Proposal]:
    """Record the run's letters in each customer's history (all proposals, or ``only`` those codes,
    less ``exclude``), dated ``as_of``. With ``post_charges``, fee + interest is posted as a charge.

    The proposals are recomputed inside the transaction, so what is committed is exactly what
    the rules give at that moment.
    """
    require(uow, "dunning.commit")
    from app.services.ledger import postings as ledger

    excluded = set(exclude)
    wanted = None if only is None else set(only)
    with uow:
        s = uow.session
        run = proposals_in(s, as_of, uow.digits, progress=progress)
        currency = load_company(s).currency
        done = []
        for p in run.proposals:
            if p.customer in excluded or (wanted is not None and p.customer not in wanted):
                continue
            charge_id = None
            charge_number = ""
            extra = p.fee + p.interest
            if post_charges and extra > 0:
                res = ledger.post_debit(JoinedUnitOfWork(uow), "charge", p.customer_id, as_of, extra,
                                        due_date=as_of + dt.timedelta(days=due_days),
                                        description=charge_description(p, currency, uow.digits),
                                        reason="dunning")
                charge_id, charge_number = res.document.id, res.document.number
            letter = DunningLetter(customer_id=p.customer_id, level=p.level, as_of=as_of,
                                   overdue_amount=p.overdue_amount, fee=p.fee, interest=p.interest, total=p.total,
                                   charge_document_id=charge_id, created_by=uow.user)
            letter.items = [DunningLetterItem(document_id=i.document_id, days_overdue=i.days_overdue,
                                              open_amount=i.open_amount, interest=i.interest) for i in p.invoices]
            s.add(letter)
            s.flush()
            audit.record(s, uow.user, "dunning.letter", "customer", p.customer, after={
                "level": p.level, "as_of": as_of, "overdue_amount": p.overdue_amount, "fee": p.fee,
                "interest": p.interest, "total": p.total, "invoices": [i.number for i in p.invoices],
                "charge": charge_number})
            done.append(p)
        uow.commit()
        return done


def history(uow: UnitOfWork, code: str) -> list[LetterInfo]:
    """The customer's committed dunning letters, newest first."""
    with uow:
        s = uow.session
        c = find_customer(s, code)
        return history_in(s, c.id, c.code)


def history_in(session: Session, customer_id: int, code: str) -> list[LetterInfo]:
    letters = session.execute(
        select(DunningLetter).options(selectinload(DunningLetter.items))
        .where(DunningLetter.customer_id == customer_id)
        .order_by(DunningLetter.as_of.desc(), DunningLetter.id.desc())).scalars().all()
    doc_ids = {i.document_id for lt in letters for i in lt.items} | {
        lt.charge_document_id for lt in letters if lt.charge_document_id}
    numbers: dict[int, str] = {}
    ids = list(doc_ids)
    for k in range(0, len(ids), 900):
        for did, number in session.execute(select(Document.id, Document.number)
                                           .where(Document.id.in_(ids[k:k + 900]))):
            numbers[did] = number
    return [LetterInfo(lt.id, code, lt.level, lt.as_of, lt.overdue_amount, lt.fee, lt.interest, lt.total,
                       numbers.get(lt.charge_document_id or 0, ""), lt.created_by,
                       tuple(LetterItemInfo(numbers.get(i.document_id, ""), i.days_overdue, i.open_amount,
                                            i.interest) for i in lt.items))
            for lt in letters]


def set_excluded(uow: UnitOfWork, code: str, excluded: bool) -> None:
    """Keep a customer out of dunning (or bring them back)."""
    require(uow, "customer.write")
    with uow:
        s = uow.session
        c = find_customer(s, code)
        before = c.dunning_excluded
        c.dunning_excluded = excluded
        s.flush()
        audit.record(s, uow.user, "dunning.exclude" if excluded else "dunning.include", "customer", c.code,
                     before={"dunning_excluded": before}, after={"dunning_excluded": excluded})
        uow.commit()
