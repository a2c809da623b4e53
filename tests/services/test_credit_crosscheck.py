"""The batched SQL figures agree with the definitions of INTERCHANGE §6/§7 written out plainly.

A demo ledger (partial payments, unapplied money, credit notes, late and unpaid invoices) is
read row by row, and exposure, overdue, payment index, grade and dunning proposals are worked
out the slow, obvious way for every customer at several dates, then compared with the services.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from sqlalchemy import select

from app.models import Application, Customer, Document
from app.services.collections import dunning
from app.services.credit import figures as credit
from app.services.demo.sample import fill_demo
from app.services.unit_of_work import Database

END = dt.date(2026, 6, 30)
DATES = [END, END - dt.timedelta(days=45), END - dt.timedelta(days=200)]


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from app.services.company import create_company

    db = create_company(str(tmp_path_factory.mktemp("x") / "c.duebook"), "Cross Co", "CNY", "en")
    fill_demo(db, customers=40, invoices=1500, seed=11, end=END)
    return db


def plain_figures(db: Database, as_of: dt.date) -> dict[str, tuple[Decimal, Decimal, int | None]]:
    """code -> (balance, overdue, payment index), straight from the definitions."""
    with db.uow() as uow:
        s = uow.session
        codes = dict(s.execute(select(Customer.id, Customer.code)).all())
        docs = [(d.id, d.customer_id, d.kind, d.status, d.direction, d.date, d.due_date, d.amount)
                for d in s.execute(select(Document).where(Document.status != "draft")).scalars()]
        apps = [(a.debit_id, a.amount, a.applied_on)
                for a in s.execute(select(Application).where(Application.undone_at.is_(None))).scalars()]
    by_debit: dict[int, list[tuple[Decimal, dt.date]]] = defaultdict(list)
    for debit_id, amount, applied_on in apps:
        by_debit[debit_id].append((amount, applied_on))
    balance: dict[int, Decimal] = defaultdict(Decimal)
    overdue: dict[int, Decimal] = defaultdict(Decimal)
    num: dict[int, Fraction] = defaultdict(Fraction)
    den: dict[int, Decimal] = defaultdict(Decimal)
    for did, cid, kind, status, direction, date, due_date, amount in docs:
        if date <= as_of:
            balance[cid] += direction * amount
        if direction != 1 or date > as_of:
            continue
        applied = sum((a for a, on in by_debit[did] if on <= as_of), Decimal(0))
        open_at = amount - applied
        due = due_date or date
        days = (as_of - due).days
        if open_at > 0 and days >= 1:
            overdue[cid] += open_at
        if kind != "invoice" or status == "voided":
            continue
        closed_by = None
        if sum((a for a, _on in by_debit[did]), Decimal(0)) == amount:
            closed_by = max(on for _a, on in by_debit[did])
        if closed_by is not None and as_of - dt.timedelta(days=364) <= closed_by <= as_of:
            x = (closed_by - due).days
        elif open_at > 0 and days >= 1:
            x = days
        else:
            continue
        num[cid] += Fraction(int(amount * 100)) * credit.score(x)
        den[cid] += amount
    out = {}
    for cid, code in codes.items():
        index = None
        if den[cid] > 0:
            mean = num[cid] / Fraction(int(den[cid] * 100))
            index = int((Decimal(mean.numerator) / Decimal(mean.denominator)).quantize(Decimal(1), ROUND_HALF_UP))
        out[code] = (balance[cid], overdue[cid], index)
    return out


@pytest.mark.parametrize("as_of", DATES)
def test_portfolio_and_single_figures_match_the_plain_definitions(ledger_db: Database, as_of: dt.date) -> None:
    plain = plain_figures(ledger_db, as_of)
    rows = {r.code: r for r in credit.portfolio(ledger_db.uow(), as_of)}
    assert set(rows) == set(plain)
    graded = 0
    for code, (bal, over, index) in plain.items():
        r = rows[code]
        assert (r.exposure, r.overdue, r.payment_index) == (bal, over, index), code
        assert r.grade == credit.grade_for(index)
        graded += index is not None
    assert graded > 20
    for code in list(plain)[:8]:
        f = credit.credit_figures(ledger_db.uow(), code, as_of)
        assert (f.exposure, f.overdue, f.payment_index) == plain[code], code


@pytest.mark.parametrize("as_of", DATES)
def test_dunning_lists_exactly_the_open_overdue_invoices(ledger_db: Database, as_of: dt.date) -> None:
    run = dunning.propose(ledger_db.uow(), as_of)
    assert run.levels, "the demo data brings dunning levels"
    plain = plain_figures(ledger_db, as_of)
    first = run.levels[0]
    assert run.proposals
    with ledger_db.uow() as uow:  # the demo's disputed invoices stay out of dunning (checked elsewhere)
        disputed = set(uow.session.execute(select(Customer.code).join(Document, Document.customer_id == Customer.id)
                                           .where(Document.disputed.is_(True))).scalars())
    for p in run.proposals:
        if p.customer in disputed:
            continue
        assert p.overdue_amount == plain[p.customer][1]
        assert p.level == 1  # no history yet: every first letter is level 1
        assert max(i.days_overdue for i in p.invoices) >= first.days_overdue
        assert p.overdue_amount >= first.min_amount
        assert p.total == p.overdue_amount + p.fee + p.interest
    proposed = {p.customer for p in run.proposals}
    for code, (_bal, over, _i) in plain.items():
        if code not in proposed and over >= first.min_amount:
            # not proposed although overdue: the most overdue invoice is younger than level 1
            f = credit.credit_figures(ledger_db.uow(), code, as_of)
            assert f.overdue == over
