"""A bank account with a month of statement lines for the demo company.

Some lines name their invoices (certain), some come from a payer the books already know
(a learned counterparty), some are short by a bank charge, some are unknown, and a few are
money out; matching runs at once, so a new user sees the reconciliation page working. No
payment is posted: the demo ledger stays as the demo data made it.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import insert, select

from app.models import BankAccount, BankCounterparty, BankLine, Company, Customer, Document
from app.models import money as m
from app.models.base import utcnow
from app.models.ledger import POSTED
from app.services import audit
from app.services.bank.formats import ParsedLine
from app.services.bank.matching import name_key
from app.services.bank.reconcile import match
from app.services.bank.statements import fingerprints
from app.services.permissions import require
from app.services.unit_of_work import Database

DEMO_ACCOUNT = "ICBC-0012"
PEOPLE = ["王伟", "李娜", "张敏", "刘洋", "陈静", "Emma Wilson"]


def add_demo_bank(db: Database, end: dt.date, seed: int = 7) -> int:
    """Add the demo bank account and its lines (once); the number of lines added."""
    rng = random.Random(seed)
    with db.uow() as uow:
        require(uow, "bank.import")
        s = uow.session
        if s.execute(select(BankAccount.id).where(BankAccount.name == DEMO_ACCOUNT)).first():
            return 0
        rows = s.execute(
            select(Document.customer_id, Document.number, Document.open_amount, Customer.name)
            .join(Customer, Customer.id == Document.customer_id)
            .where(Document.kind == "invoice", Document.status == POSTED, Document.direction == 1,
                   Document.settled_on.is_(None), Document.open_amount >= m.to_decimal(100, uow.digits))
            .order_by(Document.customer_id, Document.due_date, Document.date, Document.number)).all()
        by_customer: dict[int, list[tuple[str, Decimal, str]]] = {}
        for cid, number, open_amt, cname in rows:
            by_customer.setdefault(cid, []).append((number, open_amt, cname))
        customers = list(by_customer)
        rng.shuffle(customers)
        day = [end - dt.timedelta(days=29 - i) for i in range(30)]
        lines: list[ParsedLine] = []
        n = 0

        def add(amount: Decimal, name: str, account: str, ref: str) -> None:
            nonlocal n
            n += 1
            lines.append(ParsedLine(n, rng.choice(day), amount, name, account, ref, f"DEMO{end:%Y%m}{n:04d}"))

        for cid in customers[:6]:  # certain: the memo names the invoices
            invs = by_customer[cid][:2] if len(by_customer[cid]) > 1 and rng.random() < 0.4 else by_customer[cid][:1]
            total = sum((a for _n, a, _c in invs), Decimal(0))
            add(total, invs[0][2], "", "货款 " + " ".join(n for n, _a, _c in invs))
        learned = []
        for i, cid in enumerate(customers[6:9]):  # a learned payer pays its oldest invoices
            invs = by_customer[cid][:2]
            account = f"62220202001{i:05d}"
            learned.append(BankCounterparty(customer_id=cid, name_norm=name_key(invs[0][2])[:200], account=account))
            add(sum((a for _n, a, _c in invs), Decimal(0)), invs[0][2], account, "转账")
        for cid in customers[9:12]:  # short by a bank charge
            number, amount, cname = by_customer[cid][0]
            charge = min(m.round_money(amount * Decimal("0.002"), uow.digits), m.to_decimal(20, uow.digits))
            add(amount - max(charge, m.to_decimal("0.01", uow.digits)), cname, "", f"Payment {number}")
        for person in PEOPLE[:3]:  # nobody knows who
            add(m.from_minor(rng.randint(5000, 90000), uow.digits), person, "", "转账")
        add(m.to_decimal("-15.00", uow.digits), "中国工商银行", "", "账户管理费")
        add(m.to_decimal("-8000.00", uow.digits), "上海物业管理有限公司", "", "房租")
        lines.sort(key=lambda ln: ln.date)
        a = BankAccount(name=DEMO_ACCOUNT, currency=s.execute(select(Company.currency)).scalar() or "")
        s.add(a)
        s.add_all(learned)
        s.flush()
        s.execute(insert(BankLine), [
            {"account_id": a.id, "date": ln.date, "amount": m.round_money(ln.amount, uow.digits),
             "counterparty": ln.counterparty[:200], "counterparty_account": ln.counterparty_account,
             "reference": ln.reference, "external_id": ln.external_id, "fingerprint": fp, "status": "unmatched",
             "ignore_reason": "", "proposals": "", "source": "demo", "row": ln.row, "imported_at": utcnow()}
            for ln, fp in zip(lines, fingerprints(lines), strict=True)])
        audit.record(s, uow.user, "bank.import", "bank_account", a.name, after={"file": "demo", "lines_new": n})
        uow.commit()
    match(db.uow(), DEMO_ACCOUNT)
    return n
