"""Keep each customer's lifecycle stage and its history; list them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.models import Customer, CustomerStage, StageHistory
from app.services import audit
from app.services.customers.records import find_customer
from app.services.lifecycle.rules import REASONS, STAGE_LABELS, STAGES, stages_as_of
from app.services.permissions import require
from app.services.progress import NoProgress, Progress, check
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class StageRefresh:
    as_of: dt.date
    changed: int
    counts: dict[str, int]  # stage -> customers


@dataclass(frozen=True)
class StageRow:
    code: str
    name: str
    stage: str
    since: dt.date
    reason: str  # a key of rules.REASONS


@dataclass(frozen=True)
class StageChange:
    as_of: dt.date
    previous: str
    stage: str
    reason: str
    created_by: str


def stage_label(stage: str, language: str = "en") -> str:
    en, zh = STAGE_LABELS.get(stage, (stage, stage))
    return zh if language.startswith("zh") else en


def reason_text(reason: str, language: str = "en") -> str:
    en, zh = REASONS.get(reason, (reason, reason))
    return zh if language.startswith("zh") else en


def refresh_stages(uow: UnitOfWork, as_of: dt.date | None = None, progress: Progress | None = None) -> StageRefresh:
    """Apply the stage rules as of ``as_of`` (default today) to every customer; keep a history entry
    (previous stage, new stage, the rule) for each customer whose stage changed. Run with the grades:
    after an import and by ``duebook grades`` / ``duebook stages``."""
    require(uow, "credit.manage")
    as_of = as_of or dt.date.today()
    progress = progress or NoProgress()
    with uow:
        s = uow.session
        facts = stages_as_of(s, as_of)
        current = {c.customer_id: c for c in s.execute(select(CustomerStage)).scalars()}
        changed = 0
        counts = dict.fromkeys(STAGES, 0)
        for n, (cid, f) in enumerate(facts.items()):
            if n % 2000 == 0:
                check(progress, n, len(facts))
            counts[f.stage] += 1
            now = current.get(cid)
            if now is not None and now.stage == f.stage:
                now.as_of = as_of
                now.reason = f.reason
                continue
            s.add(StageHistory(customer_id=cid, as_of=as_of, previous=now.stage if now else "", stage=f.stage,
                               reason=f.reason, created_by=uow.user))
            if now is None:
                s.add(CustomerStage(customer_id=cid, stage=f.stage, since=as_of, reason=f.reason, as_of=as_of))
            else:
                now.stage, now.since, now.reason, now.as_of = f.stage, as_of, f.reason, as_of
            changed += 1
        s.flush()
        if changed:
            audit.record(s, uow.user, "stages.refresh", "company", as_of.isoformat(),
                         after={"changed": changed, **counts})
        uow.commit()
        progress.update(len(facts), len(facts))
        return StageRefresh(as_of, changed, counts)


def list_stages(uow: UnitOfWork, stage: str = "", include_archived: bool = False) -> list[StageRow]:
    """The customers with their kept stage (in code order), optionally of one stage only."""
    with uow:
        q = (select(Customer.code, Customer.name, CustomerStage.stage, CustomerStage.since, CustomerStage.reason)
             .join(CustomerStage, CustomerStage.customer_id == Customer.id).order_by(Customer.code))
        if stage:
            q = q.where(CustomerStage.stage == stage)
        if not include_archived:
            q = q.where(Customer.archived.is_(False))
        return [StageRow(*r) for r in uow.session.execute(q).tuples()]


def stage_history(uow: UnitOfWork, code: str) -> list[StageChange]:
    """A customer's changes of stage in the order they were recorded."""
    with uow:
        s = uow.session
        c = find_customer(s, code)
        return [StageChange(h.as_of, h.previous, h.stage, h.reason, h.created_by) for h in s.execute(
            select(StageHistory).where(StageHistory.customer_id == c.id)
            .order_by(StageHistory.id)).scalars()]
