"""A customer's ledger figures read from stored totals and keyset pages equal the documents themselves.

After random postings, drafts, voids, applications, unapplications, refunds, a merge and an
import, the stored per-customer totals equal the ones computed from the documents, and every
ledger reading (whole, pages from either end, open items, a kind, a period, without drafts)
equals an independent reading: every document of the customer in ledger order, summed here.
tests/postgres/test_pg_customer_totals.py runs the same against PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select, text

from app.models import Application, Customer, CustomerTotals, Document, schema
from app.models.db import make_engine, to_url
from app.models.totals import computed
from app.services.company import open_company
from app.services.customers import duplicates
from app.services.errors import DuebookError
from app.services.interchange import importing
from app.services.ledger import postings as ledger
from app.services.ledger.postings import LedgerFilter
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer

START = dt.date(2026, 1, 1)
TODAY = dt.date(2026, 4, 30)


def stored_and_computed(db: Database) -> tuple[dict[int, tuple[int, ...]], dict[int, tuple[int, ...]]]:
    with db.uow() as uow:
        s = uow.session
        stored = {r[0]: tuple(int(x) for x in r[1:]) for r in s.execute(select(
            CustomerTotals.customer_id, CustomerTotals.documents, CustomerTotals.drafts, CustomerTotals.debit,
            CustomerTotals.credit))}
        fresh = {r[0]: tuple(int(x) for x in r[1:]) for r in s.execute(computed())}
    return {k: v for k, v in stored.items() if any(v)}, fresh


def reference(db: Database, code: str, f: LedgerFilter, offset: int = 0, limit: int | None = None) -> tuple[Any, ...]:
    """The ledger read the slow, obvious way: every document of the customer, summed in Python."""
    with db.uow() as uow:
        rows = uow.session.execute(
            select(Document.id, Document.date, Document.kind, Document.direction, Document.amount,
                   Document.open_amount, Document.status)
            .join(Customer, Customer.id == Document.customer_id).where(Customer.code == code)
            .order_by(Document.date, Document.id)).all()
    zero = Decimal("0.00")
    opening = sum(((a if dr == 1 else -a) for _, d, _, dr, a, _, st in rows
                   if st != "draft" and f.date_from and d < f.date_from), zero)
    bal, lines, tdebit, tcredit = opening, [], zero, zero
    for i, d, kind, dr, a, open_amt, st in rows:
        if (f.date_from and d < f.date_from) or (f.date_to and d > f.date_to):
            continue
        if not f.include_drafts and st == "draft":
            continue
        if st != "draft":
            bal += a if dr == 1 else -a
        if f.kinds and kind not in f.kinds:
            continue
        if f.open_only and not (st == "posted" and open_amt > 0):
            continue
        if st != "draft":
            tdebit += a if dr == 1 else zero
            tcredit += a if dr == -1 else zero
        lines.append((i, bal))
    page = lines[offset: None if limit is None else offset + limit]
    return tuple(page), tdebit, tcredit, opening, bal, len(lines)


def fast(db: Database, code: str, f: LedgerFilter, offset: int = 0, limit: int | None = None) -> tuple[Any, ...]:
    p = ledger.ledger(db.uow(), code, f, as_of=TODAY, offset=offset, limit=limit)
    return (tuple((ln.id, ln.balance) for ln in p.lines), p.total_debit, p.total_credit, p.opening_balance,
            p.closing_balance, p.total_lines)


def check(db: Database, codes: list[str]) -> None:
    stored, fresh = stored_and_computed(db)
    assert stored == fresh
    mid = START + dt.timedelta(days=45)
    filters = [LedgerFilter(), LedgerFilter(open_only=True), LedgerFilter(kinds=("invoice",)),
               LedgerFilter(kinds=("payment", "void"), open_only=True), LedgerFilter(include_drafts=False),
               LedgerFilter(date_from=mid), LedgerFilter(date_to=mid, open_only=True),
               LedgerFilter(date_from=mid - dt.timedelta(days=20), date_to=mid + dt.timedelta(days=20))]
    for code in codes:
        for f in filters:
            whole = reference(db, code, f)
            assert fast(db, code, f) == whole, (code, f)
            n = whole[-1]
            for offset, limit in ((0, 0), (1, 2), (max(n - 3, 0), 3), (n // 2, 4)):
                assert fast(db, code, f, offset, limit) == reference(db, code, f, offset, limit), (code, f, offset)
        assert ledger.balance(db.uow(), code) == reference(db, code, LedgerFilter())[4]


def documents(db: Database, **where: Any) -> list[Any]:
    with db.uow() as uow:
        q = select(Document.id, Document.date, Document.kind, Document.status, Document.direction,
                   Document.open_amount)
        for k, v in where.items():
            q = q.where(getattr(Document, k) == v)
        return list(uow.session.execute(q.order_by(Document.id)))


def live_applications(db: Database) -> list[int]:
    with db.uow() as uow:
        return list(uow.session.execute(select(Application.id).where(Application.undone_at.is_(None))
                                        .order_by(Application.id)).scalars())


def random_step(db: Database, rng: random.Random, codes: list[str]) -> None:
    """One thing a bookkeeper does, chosen at random; refused operations write nothing."""
    code = rng.choice(codes)
    day = START + dt.timedelta(days=rng.randrange(90))
    amount = Decimal(rng.randrange(100, 50000)) / 100
    op = rng.choice(["invoice", "invoice", "invoice", "draft", "payment", "payment", "credit_note", "write_off",
                     "void", "apply", "unapply", "unapply", "refund", "post_draft", "delete_draft"])
    try:
        if op in ("invoice", "draft"):
            ledger.post_invoice(db.uow(), code, day, amount, draft=op == "draft")
        elif op in ("payment", "credit_note", "write_off"):
            ledger.post_credit(db.uow(), op, code, day, amount, reason="test" if op == "write_off" else "")
        elif op == "void":
            posted = [d for d in documents(db, status="posted") if d.kind != "void"]
            if posted:
                d = rng.choice(posted)
                ledger.void_document(db.uow(), d.id, d.date + dt.timedelta(days=rng.randrange(10)), "test")
        elif op in ("apply", "refund"):
            credits = [d for d in documents(db, status="posted", direction=-1) if d.kind != "void"
                       and d.open_amount > 0]
            if credits:
                cr = rng.choice(credits)
                if op == "apply":
                    ledger.apply_credit_oldest_first(db.uow(), cr.id)
                else:
                    ledger.refund_credit(db.uow(), cr.id, cr.date + dt.timedelta(days=3))
        elif op == "unapply":
            apps = live_applications(db)
            if apps:
                ledger.unapply(db.uow(), rng.choice(apps))
        else:
            drafts = documents(db, status="draft")
            if drafts:
                d = rng.choice(drafts)
                if op == "post_draft":
                    ledger.post_draft(db.uow(), d.id)
                else:
                    ledger.delete_draft(db.uow(), d.id)
    except DuebookError:
        pass


@pytest.mark.parametrize("seed", [1, 7])
def test_stored_totals_and_fast_ledger_readings_equal_the_documents(db: Database, tmp_path: Path,
                                                                   seed: int) -> None:
    codes = [customer(db, c) for c in ("A", "B", "C")]
    rng = random.Random(seed)
    for step in range(60):
        random_step(db, rng, codes)
        if step % 30 == 29:
            check(db, codes)
    # a merge moves every document of C to A by SQL
    with db.uow() as uow:
        ids = dict(uow.session.execute(select(Customer.code, Customer.id)).all())
    duplicates.merge_customers(db.uow(), ids["A"], ids["C"])
    codes.remove("C")
    check(db, codes)
    # an import adds documents to an existing customer and to a new one, by bulk SQL
    folder = tmp_path / "ds"
    folder.mkdir()
    (folder / "customers.csv").write_text("code,name\nD,Delta Ltd\n", encoding="utf-8")
    (folder / "invoices.csv").write_text(
        "number,customer_code,issue_date,amount\nX1,A,2026-02-01,10.00\nX2,D,2026-02-02,20.00\n"
        "X3,D,2026-02-03,30.00\n", encoding="utf-8")
    (folder / "payments.csv").write_text("reference,customer_code,date,amount,invoice_number\n"
                                         "XP1,D,2026-02-10,25,X2\n", encoding="utf-8")
    importing.import_path(db, folder)
    codes.append("D")
    check(db, codes)
    for _ in range(15):
        random_step(db, rng, codes)
    check(db, codes)


def test_a_file_made_before_the_stored_totals_gets_them_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.duebook"
    engine = make_engine(to_url(path))
    command.upgrade(schema.alembic_config(engine), "0009_groups")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO company (name, address, tax_id, phone, email, currency, minor_digits, locale,"
                          " bank_name, bank_account, bank_details, backup_dir, backup_recipient, created_at)"
                          " VALUES ('Old Co', '', '', '', '', 'CNY', 2, 'en', '', '', '', '', '', '2026-01-01')"))
        conn.execute(text("INSERT INTO customers (code, name, short_name, category, industry, region, size,"
                          " billing_address, shipping_address, phone, email, tax_id, payment_terms_days,"
                          " warn_ratio, language, notes, archived, grade, value_class, dunning_excluded,"
                          " search_text, pinyin_initials, tax_id_norm, phone_norm, email_norm, grade_override_reason,"
                          " created_at, updated_at, version) VALUES ('C1', 'Old', '', '', '', '', '', '', '', '',"
                          " '', '', 30, '0.8', 'en', '', 0, 'new', '', 0, '', '', '', '', '', '',"
                          " '2026-01-01', '2026-01-01', 1)"))
        for number, status, direction, amount in (("I1", "posted", 1, 12345), ("I2", "draft", 1, 500),
                                                  ("P1", "posted", -1, 2345)):
            conn.execute(text(
                "INSERT INTO documents (customer_id, kind, number, status, direction, date, due_date, amount,"
                " open_amount, description, method, reference, reason, contract_ref, disputed, created_by,"
                " created_at, tax_invoice_number) VALUES (1, :kind, :number, :status, :direction, '2026-01-05',"
                " '2026-02-04', :amount, :amount, '', '', '', '', '', 0, 'x', '2026-01-05', '')"),
                {"kind": "invoice" if direction == 1 else "payment", "number": number, "status": status,
                 "direction": direction, "amount": amount})
    engine.dispose()
    db = open_company(str(path))
    try:
        assert schema.current_revision(db.engine) == schema.head_revision()
        stored, fresh = stored_and_computed(db)
        assert stored == fresh == {1: (3, 1, 12345, 2345)}
        page = ledger.ledger(db.uow(), "C1", offset=0, limit=0)
        assert (page.total_lines, page.total_debit, page.closing_balance) == (3, Decimal("123.45"),
                                                                              Decimal("100.00"))
    finally:
        db.close()
