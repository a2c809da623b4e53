"""The demo company shows the reconciliation page working: certain lines, a learned payer,
bank charges and unknown payers, with no payment posted behind the user's back."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from app.services.bank import statements
from app.services.bank.demo import add_demo_bank
from app.services.demo import sample as demo
from app.services.unit_of_work import Database


def test_the_demo_company_has_a_month_of_statement_lines_of_every_kind(db: Database) -> None:
    end = dt.date(2026, 6, 30)
    demo.fill_demo(db, customers=40, invoices=800, seed=3, end=end)
    [account] = statements.list_accounts(db.uow())
    lines = statements.list_lines(db.uow(), account.name)
    assert all(end - dt.timedelta(days=29) <= ln.date <= end for ln in lines)
    best = Counter(ln.proposals[0].confidence for ln in lines if ln.proposals)
    assert best["certain"] >= 5 and best["high"] >= 2 and best["medium"] >= 2
    assert sum(1 for ln in lines if ln.status == "unmatched" and ln.amount > 0) >= 2
    assert any(ln.amount < 0 for ln in lines)
    assert all(ln.status in ("proposed", "unmatched") for ln in lines)
    # the demo bank account is added once
    assert add_demo_bank(db, end) == 0
    assert [a.lines for a in statements.list_accounts(db.uow())] == [len(lines)]
