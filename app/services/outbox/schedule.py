"""Automation rules (Settings > Automation) and ``run-schedule``: what is queued, and when.

Rules, each on or off, kept in the company settings (``outbox.rules``) with their last run:

- ``remind_before`` (N days before the due date), ``remind_due`` (on the due date),
  ``remind_after`` (N days after): one message per customer listing the invoices whose day it is;
- ``promise_confirm``: a confirmation of each promise to pay, the day it was recorded;
- ``contract_notice``: N days before a contract ends;
- ``dunning`` on a weekday: the run is committed for customers with an address and its letters
  e-mailed; customers without one are listed to print (not committed);
- ``statements`` on a day of the month: last month's statement to every customer with an address
  and a balance or activity;
- ``report_pack`` monthly or quarterly (1st of the month / quarter): the previous period, to the
  owner's addresses.

A rule's day is due when it lies after the rule's last run and on or before the run's date
(at most 14 days back, so a computer that was off for a week catches up; a rule that never ran
looks at the run's date only). Each thing queued is remembered (``ScheduleMark``: rule + key,
unique), so a second run for the same day queues nothing new, and two programs running the
rules at once cannot both queue it. Customers kept out of automatic mail, archived customers,
customers without an address and disputed invoices never get a message from a rule.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Contract, Customer, Document, Promise
from app.models import money as mm
from app.models.ledger import DRAFT, VOIDED
from app.models.outbox import ScheduleMark
from app.services import audit
from app.services.company import load_company
from app.services.documents import pdf
from app.services.errors import FieldProblem, ValidationErrors
from app.services.outbox import sources
from app.services.outbox.settings import excluded_in, read_setting, write_setting
from app.services.outbox.store import Draft, queue_in
from app.services.outbox.templates import norm_language, render_in
from app.services.permissions import require
from app.services.progress import NoProgress, Progress
from app.services.sql import open_amount_at, open_at
from app.services.unit_of_work import UnitOfWork

RULES_KEY = "outbox.rules"
CATCH_UP_DAYS = 14
RULE_NAMES = ("remind_before", "remind_due", "remind_after", "promise_confirm", "contract_notice", "dunning",
              "statements", "report_pack")
REMINDER_OFFSETS = {"remind_before": ("reminder_before", -1), "remind_due": ("reminder_due", 0),
                    "remind_after": ("reminder_after", 1)}


@dataclass(frozen=True)
class Rule:
    name: str
    enabled: bool = False
    days: int = 3  # remind_before / remind_after / contract_notice
    weekday: int = 0  # dunning: 0 = Monday
    day: int = 1  # statements: day of the month (1-28)
    every: str = "monthly"  # report_pack: monthly or quarterly
    last_run: dt.date | None = None


DEFAULT_RULES = {
    "remind_before": Rule("remind_before", days=3), "remind_due": Rule("remind_due", days=0),
    "remind_after": Rule("remind_after", days=7), "promise_confirm": Rule("promise_confirm", days=0),
    "contract_notice": Rule("contract_notice", days=30), "dunning": Rule("dunning", weekday=0),
    "statements": Rule("statements", day=1), "report_pack": Rule("report_pack", every="monthly"),
}


@dataclass(frozen=True)
class Queued:
    rule: str
    kind: str
    customer: str  # code, "" for the owner
    to: str
    message_id: int | None = None  # None in a dry run


@dataclass
class ScheduleRun:
    as_of: dt.date
    dry_run: bool
    queued: list[Queued] = field(default_factory=list)
    to_print: list[tuple[str, str]] = field(default_factory=list)  # (rule, customer code)


# ---- the rules as settings ----------------------------------------------------------------------

def _rule_from(name: str, data: Any) -> Rule:
    base = DEFAULT_RULES[name]
    if not isinstance(data, dict):
        return base
    last = data.get("last_run")
    return replace(base, enabled=bool(data.get("enabled", False)), days=int(data.get("days", base.days)),
                   weekday=int(data.get("weekday", base.weekday)), day=int(data.get("day", base.day)),
                   every=str(data.get("every", base.every)),
                   last_run=dt.date.fromisoformat(last) if last else None)


def rules_in(session: Session) -> list[Rule]:
    data = read_setting(session, RULES_KEY)
    data = data if isinstance(data, dict) else {}
    return [_rule_from(n, data.get(n)) for n in RULE_NAMES]


def rules(uow: UnitOfWork) -> list[Rule]:
    with uow:
        return rules_in(uow.session)


def _store(session: Session, all_rules: Sequence[Rule]) -> None:
    write_setting(session, RULES_KEY, {r.name: {**asdict(r), "last_run": r.last_run.isoformat() if r.last_run else None}
                                       for r in all_rules})


def check_rule(r: Rule) -> list[FieldProblem]:
    problems = []
    if r.name not in RULE_NAMES:
        problems.append(FieldProblem("rule", "choice", f"one of {', '.join(RULE_NAMES)}"))
    if not 0 <= r.days <= 365:
        problems.append(FieldProblem("days", "range", "must be between 0 and 365 days"))
    if r.name in ("remind_before", "remind_after") and r.days < 1:
        problems.append(FieldProblem("days", "range", "must be between 1 and 365 days"))
    if not 0 <= r.weekday <= 6:
        problems.append(FieldProblem("weekday", "range", "must be between 0 and 6"))
    if not 1 <= r.day <= 28:
        problems.append(FieldProblem("day", "range", "must be between 1 and 28"))
    if r.every not in ("monthly", "quarterly"):
        problems.append(FieldProblem("every", "choice", "monthly or quarterly"))
    return problems


def save_rule(uow: UnitOfWork, rule: Rule) -> Rule:
    """Turn a rule on or off and set its days (its last run is kept)."""
    require(uow, "settings.write")
    problems = check_rule(rule)
    if problems:
        raise ValidationErrors(problems)
    with uow:
        current = {r.name: r for r in rules_in(uow.session)}
        before = current[rule.name]
        saved = replace(rule, last_run=before.last_run)
        current[rule.name] = saved
        _store(uow.session, list(current.values()))
        audit.record(uow.session, uow.user, "outbox.rule", "settings", rule.name,
                     before={**asdict(before), "last_run": None}, after={**asdict(saved), "last_run": None})
        uow.commit()
        return saved


# ---- when a rule's day falls in a run -----------------------------------------------------------

def window(rule: Rule, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """(first, last) day whose triggers this run handles."""
    if rule.last_run is None or rule.last_run >= as_of:
        return as_of, as_of
    return max(rule.last_run + dt.timedelta(days=1), as_of - dt.timedelta(days=CATCH_UP_DAYS - 1)), as_of


def _days(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    d = first
    while d <= last:
        yield d
        d += dt.timedelta(days=1)


def _month_start(d: dt.date, back: int) -> dt.date:
    y, m = d.year, d.month - back
    while m < 1:
        y, m = y - 1, m + 12
    return dt.date(y, m, 1)


def statement_trigger(d: dt.date, day: int) -> bool:
    return d.day == min(day, calendar.monthrange(d.year, d.month)[1])


def previous_period(d: dt.date, every: str) -> tuple[dt.date, dt.date]:
    """The month (or quarter) before the one ``d`` is in."""
    if every == "quarterly":
        q_start = dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
        start = _month_start(q_start, 3)
        return start, q_start - dt.timedelta(days=1)
    start = _month_start(d, 1)
    return start, dt.date(d.year, d.month, 1) - dt.timedelta(days=1)


# ---- running the rules --------------------------------------------------------------------------

class _Plan:
    """What one rule would queue: drafts with their marks, and the customers to print for."""

    def __init__(self) -> None:
        self.items: list[tuple[Draft | None, str, list[str]]] = []  # draft (None: a mark only), code, keys
        self.to_print: list[str] = []


def _marked(session: Session, rule: str, keys: Sequence[str]) -> set[str]:
    if not keys:
        return set()
    out: set[str] = set()
    for i in range(0, len(keys), 500):
        out |= set(session.execute(select(ScheduleMark.key).where(ScheduleMark.rule == rule,
                                                                  ScheduleMark.key.in_(keys[i:i + 500]))).scalars())
    return out


def _open_invoices(session: Session, as_of: dt.date, due_from: dt.date, due_to: dt.date) -> list[Any]:
    """Invoices open at ``as_of``, undisputed, due in [due_from, due_to], of customers that get mail."""
    q = (select(Document.id, Document.customer_id, Document.number, Document.due_date,
                open_amount_at(as_of, 1).label("open"))
         .where(open_at(as_of, 1), Document.kind == "invoice", Document.status != VOIDED,
                Document.disputed.is_(False), Document.due_date >= due_from, Document.due_date <= due_to)
         .order_by(Document.customer_id, Document.due_date, Document.number))
    return [r for r in session.execute(q) if int(r.open) > 0]


def _mailable(session: Session, ids: Sequence[int]) -> dict[int, tuple[Customer, str]]:
    """Customers that may get automatic mail, with their address."""
    excluded = excluded_in(session)
    out = {}
    for i in range(0, len(ids), 500):
        for c in session.execute(select(Customer).where(Customer.id.in_(list(ids[i:i + 500])))).scalars():
            addr = sources.customer_address(c)
            if addr and not c.archived and c.code not in excluded:
                out[c.id] = (c, addr)
    return out


def _reminders(uow: UnitOfWork, rule: Rule, as_of: dt.date, plan: _Plan) -> None:
    s = uow.session
    kind, sign = REMINDER_OFFSETS[rule.name]
    offset = sign * rule.days
    first, last = window(rule, as_of)
    due_from, due_to = first - dt.timedelta(days=offset), last - dt.timedelta(days=offset)
    if rule.name == "remind_before":
        due_from = max(due_from, as_of + dt.timedelta(days=1))  # still ahead
    rows = _open_invoices(s, as_of, due_from, due_to)
    done = _marked(s, rule.name, [str(r.id) for r in rows])
    rows = [r for r in rows if str(r.id) not in done]
    people = _mailable(s, sorted({r.customer_id for r in rows}))
    company = load_company(s)
    digits = company.minor_digits
    by_customer: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        if r.customer_id in people:
            by_customer[r.customer_id].append(r)
    for cid, items in by_customer.items():
        c, addr = people[cid]
        lang = norm_language(c.language)
        total = sum(int(r.open) for r in items)
        table = [(r.number, r.due_date.isoformat(), str(max((as_of - r.due_date).days, 0) or ""),
                  pdf.money_text(mm.from_minor(int(r.open), digits), digits)) for r in items]
        due_by = max(r.due_date for r in items)
        values = {"customer": c.name, "company": company.name,
                  "amount": sources.money(mm.from_minor(total, digits), company.currency, digits),
                  "due_by": due_by.isoformat(), "as_of": as_of.isoformat(), "period": "", "level": "",
                  "reference": items[0].number}
        out = render_in(s, kind, lang, values, table)
        draft = Draft(kind, (addr,), out.subject, out.text, out.html, customer_id=c.id, language=lang,
                      document_ref=f"{kind}:{c.code}:" + ",".join(r.number for r in items)[:150],
                      run_ref=f"{rule.name}:{as_of.isoformat()}")
        plan.items.append((draft, c.code, [str(r.id) for r in items]))


def _promises(uow: UnitOfWork, rule: Rule, as_of: dt.date, plan: _Plan) -> None:
    s = uow.session
    first, last = window(rule, as_of)
    q = (select(Promise, Document.number, Document.customer_id).join(Document, Document.id == Promise.document_id)
         .where(Promise.cancelled.is_(False), Promise.promised_on >= as_of))
    rows = [(p, n, cid) for p, n, cid in s.execute(q) if first <= p.created_at.date() <= last]
    done = _marked(s, rule.name, [str(p.id) for p, _n, _c in rows])
    people = _mailable(s, sorted({cid for _p, _n, cid in rows}))
    company = load_company(s)
    for p, number, cid in rows:
        if str(p.id) in done or cid not in people:
            continue
        c, addr = people[cid]
        lang = norm_language(c.language)
        values = {"customer": c.name, "company": company.name, "reference": number,
                  "amount": sources.money(p.amount, company.currency, company.minor_digits),
                  "due_by": p.promised_on.isoformat(), "as_of": as_of.isoformat(), "period": "", "level": ""}
        out = render_in(s, "promise", lang, values)
        plan.items.append((Draft("promise", (addr,), out.subject, out.text, out.html, customer_id=c.id, language=lang,
                                 document_ref=f"promise:{number}:{p.id}", run_ref=f"{rule.name}:{as_of.isoformat()}"),
                           c.code, [str(p.id)]))


def _contracts(uow: UnitOfWork, rule: Rule, as_of: dt.date, plan: _Plan) -> None:
    s = uow.session
    first, last = window(rule, as_of)
    lead = dt.timedelta(days=rule.days)
    rows = list(s.execute(select(Contract).where(Contract.end_on >= max(as_of, first + lead),
                                                 Contract.end_on <= last + lead)).scalars())
    done = _marked(s, rule.name, [str(c.id) for c in rows])
    people = _mailable(s, sorted({c.customer_id for c in rows}))
    company = load_company(s)
    for k in rows:
        if str(k.id) in done or k.customer_id not in people:
            continue
        c, addr = people[k.customer_id]
        lang = norm_language(c.language)
        values = {"customer": c.name, "company": company.name, "reference": k.number,
                  "amount": sources.money(k.value, company.currency, company.minor_digits),
                  "due_by": k.end_on.isoformat(), "as_of": as_of.isoformat(), "period": "", "level": ""}
        out = render_in(s, "contract", lang, values)
        plan.items.append((Draft("contract", (addr,), out.subject, out.text, out.html, customer_id=c.id,
                                 language=lang, document_ref=f"contract:{c.code}:{k.number}",
                                 run_ref=f"{rule.name}:{as_of.isoformat()}"), c.code, [str(k.id)]))


def _statement_customers(session: Session, d1: dt.date, d2: dt.date) -> list[int]:
    from app.services.reports.analysis import balances_at

    active = set(session.execute(select(Document.customer_id).where(
        Document.date >= d1, Document.date <= d2, Document.status != DRAFT).distinct()).scalars())
    owing = {cid for cid, units in balances_at(session, d2).items() if units}
    return sorted(active | owing)


def _statements(uow: UnitOfWork, rule: Rule, as_of: dt.date, plan: _Plan, dry_run: bool = False) -> None:
    s = uow.session
    first, last = window(rule, as_of)
    for day in _days(first, last):
        if not statement_trigger(day, rule.day):
            continue
        d1, d2 = previous_period(day, "monthly")
        ids = _statement_customers(s, d1, d2)
        people = _mailable(s, ids)
        keys = {cid: f"{people[cid][0].code}:{d1.isoformat()}" for cid in people}
        done = _marked(s, rule.name, list(keys.values()))
        for cid in ids:
            if cid not in people or keys[cid] in done:
                continue
            c, addr = people[cid]
            if dry_run:  # a preview lists the statement without rendering it
                plan.items.append((Draft("statement", (addr,), "", ""), c.code, [keys[cid]]))
                continue
            plan.items.append((sources.statement_draft(uow, c, d1, d2, run_ref=f"{rule.name}:{as_of.isoformat()}"),
                               c.code, [keys[cid]]))


def _report_pack(uow: UnitOfWork, rule: Rule, as_of: dt.date, plan: _Plan, dry_run: bool) -> None:
    first, last = window(rule, as_of)
    months = (1, 4, 7, 10) if rule.every == "quarterly" else tuple(range(1, 13))
    with uow:
        to = sources.owner_addresses(uow.session)
    for day in _days(first, last):
        if day.day != 1 or day.month not in months or not to:
            continue
        d1, d2 = previous_period(day, rule.every)
        with uow:
            if _marked(uow.session, rule.name, [d1.isoformat()]):
                continue
        if dry_run:
            plan.items.append((Draft("report_pack", tuple(to), "", ""), "", [d1.isoformat()]))
        else:
            plan.items.append((sources.report_pack_draft(uow, d1, d2, to, f"{rule.name}:{as_of.isoformat()}"), "",
                               [d1.isoformat()]))


def _dunning(uow: UnitOfWork, rule: Rule, as_of: dt.date, plan: _Plan,
             dry_run: bool) -> tuple[dt.date | None, list[str]]:
    """Plan the dunning run: its day (None: not due) and the customers to commit and e-mail."""
    from app.services.collections import dunning

    first, last = window(rule, as_of)
    trigger = next((d for d in _days(first, last) if d.weekday() == rule.weekday), None)
    if trigger is None:
        return None, []
    with uow:
        if _marked(uow.session, rule.name, [trigger.isoformat()]):
            return None, []
        excluded = excluded_in(uow.session)
        addresses = {c.code: sources.customer_address(c) for c in uow.session.execute(select(Customer)).scalars()}
    run = dunning.propose(uow, as_of)
    mailed = [p for p in run.proposals if addresses.get(p.customer) and p.customer not in excluded]
    plan.to_print += [p.customer for p in run.proposals if p not in mailed]
    if dry_run:
        for p in mailed:
            plan.items.append((Draft("dunning", (addresses[p.customer],), "", ""), p.customer, []))
        return trigger, []
    return trigger, [p.customer for p in mailed]


def run_schedule(uow: UnitOfWork, as_of: dt.date | None = None, *, dry_run: bool = False,
                 only: Sequence[str] | None = None, progress: Progress | None = None) -> ScheduleRun:
    """Run every rule that is on, once for ``as_of`` (default today), and queue its messages."""
    from app.services.collections import dunning

    as_of = as_of or dt.date.today()
    if not dry_run:
        require(uow, "mail.send")
    progress = progress or NoProgress()
    result = ScheduleRun(as_of, dry_run)
    all_rules = rules(uow)
    active = [r for r in all_rules if r.enabled and (only is None or r.name in only)]
    for n, rule in enumerate(active):
        progress.update(n, len(active))
        plan = _Plan()
        commit_codes: list[str] = []
        trigger: dt.date | None = None
        if rule.name == "dunning":
            trigger, commit_codes = _dunning(uow, rule, as_of, plan, dry_run)
        elif rule.name == "report_pack":
            _report_pack(uow, rule, as_of, plan, dry_run)
        else:
            with uow:
                if rule.name in REMINDER_OFFSETS:
                    _reminders(uow, rule, as_of, plan)
                elif rule.name == "promise_confirm":
                    _promises(uow, rule, as_of, plan)
                elif rule.name == "contract_notice":
                    _contracts(uow, rule, as_of, plan)
                elif rule.name == "statements":
                    _statements(uow, rule, as_of, plan, dry_run)
        result.to_print += [(rule.name, c) for c in plan.to_print]
        if dry_run:
            result.queued += [Queued(rule.name, d.kind, code, ", ".join(d.to)) for d, code, _k in plan.items
                              if d is not None]
            continue
        if commit_codes:
            done = dunning.commit(uow, as_of, only=commit_codes)
            drafts, _print = sources.dunning_drafts(uow, as_of, done, f"{rule.name}:{as_of.isoformat()}")
            codes = {p.customer_id: p.customer for p in done}
            plan.items += [(d, codes.get(d.customer_id or 0, ""), []) for d in drafts]
        if trigger is not None:
            plan.items.append((None, "", [trigger.isoformat()]))
        result.queued += _write(uow, rule, as_of, plan)
    if not dry_run and active:
        with uow:
            current = {r.name: r for r in rules_in(uow.session)}
            for r in active:
                last = current[r.name].last_run
                current[r.name] = replace(current[r.name], last_run=max(last, as_of) if last else as_of)
            _store(uow.session, list(current.values()))
            audit.record(uow.session, uow.user, "outbox.schedule", "settings", RULES_KEY,
                         after={"as_of": as_of, "queued": len(result.queued)})
            uow.commit()
    progress.update(len(active), len(active))
    return result


def _write(uow: UnitOfWork, rule: Rule, as_of: dt.date, plan: _Plan) -> list[Queued]:
    out: list[Queued] = []
    try:
        with uow:
            s = uow.session
            for draft, code, keys in plan.items:
                mid = None
                if draft is not None:
                    m = queue_in(s, uow.user, draft)
                    mid = m.id
                    out.append(Queued(rule.name, draft.kind, code, ", ".join(draft.to), mid))
                for k in keys:
                    s.add(ScheduleMark(rule=rule.name, key=k, as_of=as_of, message_id=mid))
            s.flush()
            uow.commit()
    except IntegrityError:  # another program ran the same rule for the same day first
        return []
    return out


def preview_next(uow: UnitOfWork, today: dt.date | None = None) -> ScheduleRun:
    """What the next run would queue (today's, or tomorrow's when today's has run)."""
    today = today or dt.date.today()
    enabled = [r for r in rules(uow) if r.enabled]
    ran_today = bool(enabled) and all(r.last_run is not None and r.last_run >= today for r in enabled)
    return run_schedule(uow, today + dt.timedelta(days=1) if ran_today else today, dry_run=True)


def next_run_date(rule: Rule, today: dt.date) -> dt.date | None:
    """The next day this rule has something to do by its calendar (reminders: every day)."""
    start = today if rule.last_run is None or rule.last_run < today else today + dt.timedelta(days=1)
    for d in _days(start, start + dt.timedelta(days=400)):
        if rule.name == "dunning" and d.weekday() != rule.weekday:
            continue
        if rule.name == "statements" and not statement_trigger(d, rule.day):
            continue
        if rule.name == "report_pack" and (d.day != 1 or (rule.every == "quarterly" and d.month not in (1, 4, 7, 10))):
            continue
        return d
    return None
