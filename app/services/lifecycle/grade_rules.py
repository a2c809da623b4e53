"""Grade rules beside the payment index (issue 17 item 3), applied as of a date D. Each rule can be
switched off and its figure changed (``grade_rule_settings``; defaults in brackets):

- ``on_time_N_months`` raises the grade one step (D→C→B→A): in each of the N [3] whole calendar
  months before D's month at least one invoice fell due, and every invoice due in them was settled
  on or before its due date; and no rule changed the grade since the first of those months.
- ``late_N`` lowers it one step (A→B→C→D): an invoice became more than N [60] days late (its due
  date + N + 1 days, unsettled by then) since the customer's last rule lowering (at most 90 days back).
- ``promise_broken`` lowers it one step: a promise to pay fell due in that same window with its
  invoice not settled by the promised date (or recorded as broken), and not cancelled.

Each change is a grade history entry (``source`` "rule", ``reason`` the rule's key). A grade from
the rules holds until the payment index moves the computed grade (a new "computed" entry):
:func:`apply_grade_rules` runs right after ``credit.refresh_grades`` and puts the rules' grade back.
A customer with no grade yet ("new") is not moved; a manual override still wins where it is shown.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from app.models import Customer, Document, GradeHistory, Promise, Setting
from app.models.day import PromiseOutcomeRecord
from app.models.ledger import POSTED
from app.services import audit
from app.services.errors import ValidationError
from app.services.permissions import require
from app.services.unit_of_work import UnitOfWork

STEPS = ("D", "C", "B", "A")
LOOK_BACK_DAYS = 90
SETTINGS_KEY = "grade_rules"


@dataclass(frozen=True)
class GradeRuleSettings:
    """Which rules run and their figures (kept as a company setting; these are the defaults)."""

    on_time: bool = True
    on_time_months: int = 3
    late: bool = True
    late_days: int = 60
    promise_broken: bool = True


_NUMBERS = {1: ("one", "一"), 2: ("two", "两"), 3: ("three", "三"), 4: ("four", "四"), 5: ("five", "五"),
            6: ("six", "六"), 7: ("seven", "七"), 8: ("eight", "八"), 9: ("nine", "九"), 10: ("ten", "十"),
            11: ("eleven", "十一"), 12: ("twelve", "十二")}


def rule_text(rule: str, language: str = "en") -> str:
    """A rule's key (kept in the grade history) in words: ``late_60``, ``on_time_3_months`` ..."""
    zh = language.startswith("zh")
    if m := re.fullmatch(r"on_time_(\d+)_months", rule):
        n = int(m.group(1))
        en_n, zh_n = _NUMBERS[n] if n in _NUMBERS else (str(n), str(n))
        if zh:
            return f"连续{zh_n}个月按时付款"
        return f"{en_n} months with every invoice paid on time" if n != 1 else "a month with every invoice paid on time"
    if m := re.fullmatch(r"late_(\d+)", rule):
        return f"付款逾期超过 {m.group(1)} 天" if zh else f"a payment more than {m.group(1)} days late"
    if rule == "promise_broken":
        return "未履行付款承诺" if zh else "a broken promise to pay"
    return rule


def _settings_in(s: Session) -> GradeRuleSettings:
    row = s.get(Setting, SETTINGS_KEY)
    if row is None or not row.value:
        return GradeRuleSettings()
    known = GradeRuleSettings.__dataclass_fields__
    return GradeRuleSettings(**{k: v for k, v in json.loads(row.value).items() if k in known})


def grade_rule_settings(uow: UnitOfWork) -> GradeRuleSettings:
    require(uow, "read")
    with uow:
        return _settings_in(uow.session)


def set_grade_rule_settings(uow: UnitOfWork, settings: GradeRuleSettings) -> GradeRuleSettings:
    """Change which grade rules run and their figures (kept in the audit trail)."""
    require(uow, "credit.manage")
    if not 1 <= settings.on_time_months <= 12:
        raise ValidationError("on_time_months", "between 1 and 12 months", code="range")
    if not 1 <= settings.late_days <= 365:
        raise ValidationError("late_days", "between 1 and 365 days", code="range")
    with uow:
        s = uow.session
        row = s.get(Setting, SETTINGS_KEY)
        before = row.value if row is not None else ""
        value = json.dumps(asdict(settings), sort_keys=True)
        if row is None:
            s.add(Setting(key=SETTINGS_KEY, value=value))
        else:
            row.value = value
        audit.record(s, uow.user, "settings.change", "setting", SETTINGS_KEY, before=before, after=value)
        uow.commit()
    return settings


@dataclass(frozen=True)
class RuleChange:
    customer: str
    before: str
    after: str
    rule: str


def _shift(grade: str, step: int) -> str:
    if grade not in STEPS:
        return grade
    return STEPS[max(0, min(len(STEPS) - 1, STEPS.index(grade) + step))]


def _month_start(d: dt.date, back: int) -> dt.date:
    y, m = d.year, d.month - back
    while m < 1:
        y, m = y - 1, m + 12
    return dt.date(y, m, 1)


def apply_grade_rules(uow: UnitOfWork, as_of: dt.date | None = None) -> list[RuleChange]:
    """Apply the rules as of ``as_of`` (today); returns the changes made (each kept in the history)."""
    require(uow, "credit.manage")
    as_of = as_of or dt.date.today()
    with uow:
        s = uow.session
        history: dict[int, list[tuple[int, dt.date, str, str, str]]] = {}
        for cid, gid, day, grade, source, reason in s.execute(
                select(GradeHistory.customer_id, GradeHistory.id, GradeHistory.as_of, GradeHistory.grade,
                       GradeHistory.source, GradeHistory.reason)
                .where(GradeHistory.source.in_(("computed", "rule"))).order_by(GradeHistory.id)):
            history.setdefault(cid, []).append((gid, day, grade, source, reason))
        customers = s.execute(select(Customer.id, Customer.code, Customer.grade, Customer.payment_index)).all()
        rules = _settings_in(s)
        lowering = _lowering_events(s, as_of, history, rules)
        months = rules.on_time_months
        raising = _on_time_customers(s, as_of, months) if rules.on_time else set()
        changes: list[RuleChange] = []
        for cid, code, grade, pindex in customers:
            entries = history.get(cid, [])
            # the grade the rules left since the last computed change, if any
            last_computed = max((i for i, e in enumerate(entries) if e[3] == "computed"), default=-1)
            since = [e for e in entries[last_computed + 1:] if e[3] == "rule"]
            current = since[-1][2] if since else grade
            rule = ""
            if cid in lowering:
                rule = lowering[cid]
                new = _shift(current, -1)
            elif cid in raising and not any(e[1] >= _month_start(as_of, months) for e in entries if e[3] == "rule"):
                rule = f"on_time_{months}_months"
                new = _shift(current, +1)
            else:
                new = current
            if rule and new != current:
                s.add(GradeHistory(customer_id=cid, as_of=as_of, payment_index=pindex, grade=new, source="rule",
                                   reason=rule, created_by=uow.user))
                changes.append(RuleChange(code, current, new, rule))
            elif rule and current in STEPS:
                # already at the end of the scale: the event is still marked, so it is not counted twice
                s.add(GradeHistory(customer_id=cid, as_of=as_of, payment_index=pindex, grade=current,
                                   source="rule", reason=rule, created_by=uow.user))
            if new != grade:
                s.execute(update(Customer).where(Customer.id == cid).values(grade=new)
                          .execution_options(synchronize_session=False))
        if changes:
            audit.record(s, uow.user, "grades.rules", "company", as_of.isoformat(),
                         after={"changes": [[c.customer, c.before, c.after, c.rule] for c in changes]})
        uow.commit()
        return changes


def _lowering_events(s: Session, as_of: dt.date, history: dict[int, list[tuple[int, dt.date, str, str, str]]],
                     rules: GradeRuleSettings) -> dict[int, str]:
    """Customer -> the lowering rule that fired in its window (since its last lowering, at most 90 days)."""
    earliest = as_of - dt.timedelta(days=LOOK_BACK_DAYS)
    last_lower = {cid: max((e[1] for e in entries if e[3] == "rule" and _lowers(e[4])),
                           default=earliest) for cid, entries in history.items()}
    late_days = rules.late_days

    def start(cid: int) -> dt.date:
        return max(earliest, last_lower.get(cid, earliest))

    out: dict[int, str] = {}
    due = func.coalesce(Document.due_date, Document.date)
    for cid, due_on, settled in s.execute(
            select(Document.customer_id, due, Document.settled_on)
            .where(Document.kind == "invoice", Document.status == POSTED,
                   due >= earliest - dt.timedelta(days=late_days + 1),
                   due <= as_of - dt.timedelta(days=late_days + 1))) if rules.late else ():
        due_on = _date(due_on)
        crossed = due_on + dt.timedelta(days=late_days + 1)  # the first day more than N days late
        if start(cid) < crossed <= as_of and (settled is None or _date(settled) >= crossed):
            out[cid] = f"late_{late_days}"
    for cid, promised, recorded in s.execute(
            select(Document.customer_id, Promise.promised_on, PromiseOutcomeRecord.outcome)
            .join(Document, Document.id == Promise.document_id)
            .outerjoin(PromiseOutcomeRecord, PromiseOutcomeRecord.promise_id == Promise.id)
            .where(Promise.cancelled.is_(False), Document.status == POSTED, Promise.promised_on > earliest,
                   Promise.promised_on < as_of,
                   or_(Document.settled_on.is_(None), Document.settled_on > Promise.promised_on,
                       PromiseOutcomeRecord.outcome == "broken"))):
        if recorded not in (None, "broken") or not rules.promise_broken:
            continue  # the bookkeeper recorded it kept, or the rule is off
        if start(cid) < _date(promised) and cid not in out:
            out[cid] = "promise_broken"
    return out


def _lowers(reason: str) -> bool:
    return reason == "promise_broken" or re.fullmatch(r"late_\d+", reason) is not None


def _on_time_customers(s: Session, as_of: dt.date, months: int) -> set[int]:
    """Customers with invoices due in each of the ``months`` whole months before ``as_of``'s month, all
    settled on or before their due date."""
    first, end = _month_start(as_of, months), _month_start(as_of, 0) - dt.timedelta(days=1)
    due = func.coalesce(Document.due_date, Document.date)
    due_months: dict[int, set[tuple[int, int]]] = {}
    late: set[int] = set()
    for cid, due_on, settled in s.execute(
            select(Document.customer_id, due, Document.settled_on)
            .where(Document.kind == "invoice", Document.status == POSTED, due >= first, due <= end)):
        due_on = _date(due_on)
        due_months.setdefault(cid, set()).add((due_on.year, due_on.month))
        if settled is None or _date(settled) > due_on:
            late.add(cid)
    return {cid for cid, ms in due_months.items() if len(ms) == months and cid not in late}


def _date(v: object) -> dt.date:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v)[:10])
