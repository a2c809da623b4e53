"""Statement data (对账单): what a customer is sent for a period.

Balance-forward: opening balance (at the day before ``from``), every posted
document of the period with a running balance, closing balance. Open-item:
the items open at ``to`` with days overdue. Both carry the aging row at ``to``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from app.models import Customer, Document
from app.models import money as m
from app.models.ledger import DRAFT
from app.services.company import info_of as company_dto
from app.services.company import load_company
from app.services.customers.records import customer_detail, find_customer
from app.services.dto import Statement, StatementLine
from app.services.errors import ValidationError
from app.services.ledger.aging import DEFAULT_BUCKETS, aging_row_for
from app.services.ledger.postings import open_items_in
from app.services.sql import balance_of
from app.services.unit_of_work import UnitOfWork

KIND_ORDER = {"invoice": 0, "payment": 1, "credit_note": 2}


def statement(uow: UnitOfWork, customer: int | str, date_from: dt.date, date_to: dt.date,
              open_item: bool = False) -> Statement:
    if date_to < date_from:
        raise ValidationError("to", "the period ends before it starts", code="order")
    with uow:
        s = uow.session
        c = find_customer(s, customer)
        return statement_in(uow, c, date_from, date_to, open_item)


def statement_in(uow: UnitOfWork, c: Customer, date_from: dt.date, date_to: dt.date,
                 open_item: bool = False) -> Statement:
    s = uow.session
    digits = uow.digits
    zero = m.from_minor(0, digits)
    opening = balance_of(s, c.id, date_from - dt.timedelta(days=1)) + zero
    docs = list(s.execute(
        select(Document.date, Document.kind, Document.number, Document.description, Document.due_date,
               Document.direction, Document.amount)
        .where(Document.customer_id == c.id, Document.status != DRAFT, Document.date >= date_from,
               Document.date <= date_to)
    ).all())
    docs.sort(key=lambda r: (r.date, KIND_ORDER.get(r.kind, 3), r.number))
    bal = opening
    lines = []
    td = tc = zero
    for r in docs:
        debit = r.amount if r.direction == 1 else zero
        credit = r.amount if r.direction == -1 else zero
        bal = bal + debit - credit
        td += debit
        tc += credit
        lines.append(StatementLine(r.date, r.kind, r.number, r.description, r.due_date, debit, credit, bal))
    row = aging_row_for(s, c.id, c.code, c.name, date_to, digits)
    items = tuple(open_items_in(s, c.id, date_to)) if open_item else ()
    return Statement(
        company=company_dto(load_company(s)), customer=customer_detail(c), date_from=date_from, date_to=date_to,
        opening_balance=opening, lines=tuple(lines), closing_balance=bal, aging=row,
        buckets=DEFAULT_BUCKETS, open_items=items, open_item=open_item, total_debit=td, total_credit=tc,
    )


def closing_check(st: Statement) -> Decimal:
    """Closing balance equals the aging total at ``to`` (a consistency check for tests)."""
    return st.closing_balance - st.aging.total
