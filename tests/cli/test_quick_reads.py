"""``duebook balance`` and ``duebook aging`` say the same whichever way they read the file.

On a plain SQLite file the command line answers these two from the standard library's sqlite3
(app.services.quick), without SQLAlchemy, so that a script calling it for every customer is not
held up by start-up. The figures must be those of the services to the last cent: a book with
payments, credit notes, refunds, write-offs, voids, undone applications, drafts and documents
dated after the reading date is read both ways at several dates, for every customer. When the
ordinary open has work to do (users on, an older schema, a file open elsewhere or left by a
crash, a server) the command takes the ordinary path.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import sqlite3
import string
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.commands.common import Context
from app.models import Application, Document
from app.models import money as m
from app.models.ledger import DRAFT
from app.models.schema import head_revision
from app.services import users
from app.services.company import create_company, open_company
from app.services.customers import records as customers
from app.services.demo import sample as demo
from app.services.ledger import aging
from app.services.ledger import postings as ledger
from app.services.quick import reader
from tests.cli.conftest import Runner

END = dt.date(2026, 3, 31)
READ_AT = (END, END - dt.timedelta(days=45), END - dt.timedelta(days=200), dt.date(2020, 1, 1))


def busy_book(path: Path) -> list[str]:
    """A demo book roughed up at random through the services; returns the customer codes."""
    db = create_company(str(path), "Quick Trading", "CNY", "en")
    try:
        demo.fill_demo(db, customers=12, invoices=160, seed=5, end=END)
        rng = random.Random(19)
        with db.uow() as uow:
            docs = uow.session.execute(select(Document.id, Document.kind, Document.customer_id)
                                       .where(Document.status != DRAFT).order_by(Document.id)).all()
            apps = uow.session.execute(select(Application.id).where(Application.undone_at.is_(None))
                                       .order_by(Application.id)).scalars().all()
        codes = sorted(c.code for c in customers.list_customers(db.uow(), customers.CustomerFilter(status="all")))
        for app_id in rng.sample(list(apps), 6):
            ledger.unapply(db.uow(), app_id)
        for doc_id, kind, _cid in rng.sample([d for d in docs if d.kind in ("invoice", "payment")], 5):
            ledger.void_document(db.uow(), doc_id, END - dt.timedelta(days=10), f"test void of a {kind}")
        for code in rng.sample(codes, 4):
            ledger.post_invoice(db.uow(), code, END - dt.timedelta(days=5), Decimal("99.95"), draft=True,
                                override_reason="a test of drafts")
            ledger.post_debit(db.uow(), "refund", code, END - dt.timedelta(days=70), Decimal("12.34"))
            ledger.post_credit(db.uow(), "write_off", code, END - dt.timedelta(days=3), Decimal("1.01"),
                               reason="small difference")
            ledger.post_payment(db.uow(), code, END - dt.timedelta(days=60), Decimal("250.00"))
            # dated after some of the reading dates: the balance at D must leave them out
            ledger.post_invoice(db.uow(), code, END + dt.timedelta(days=20), Decimal("500.00"),
                                override_reason="a test of later dates")
            ledger.post_credit_note(db.uow(), code, END + dt.timedelta(days=25), Decimal("70.00"))
    finally:
        db.close()
    return codes


def both_ways(duebook: Runner, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[str, str]:
    quick = duebook(*args)
    with monkeypatch.context() as mp:
        mp.setattr(Context, "quick", lambda self: None)
        ordinary = duebook(*args)
    assert (quick.code, quick.err) == (ordinary.code, ordinary.err)
    return quick.out, ordinary.out


def test_balance_and_aging_are_the_same_both_ways(duebook: Runner, company_file: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    codes = busy_book(company_file)
    book = reader.open_quick(str(company_file))
    assert book is not None  # the quick reader is what the command line uses on this file
    book.close()
    for when in READ_AT:
        d = when.isoformat()
        for code in codes[:3]:  # every customer: test_the_figures_match_the_services_in_minor_units
            quick, ordinary = both_ways(duebook, monkeypatch, "balance", code, "--as-of", d, "--json")
            assert quick == ordinary
        for basis in ("due_date", "invoice_date"):
            quick, ordinary = both_ways(duebook, monkeypatch, "aging", "--as-of", d, "--basis", basis, "--json")
            assert quick == ordinary
            if when == END:
                assert len(json.loads(quick)["customers"]) >= 6
    quick, ordinary = both_ways(duebook, monkeypatch, "aging", "--as-of", END.isoformat())  # the table
    assert quick == ordinary
    quick, ordinary = both_ways(duebook, monkeypatch, "balance", codes[0])  # today
    assert quick == ordinary


def test_an_unknown_customer_is_the_same_error_both_ways(duebook: Runner, company_file: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert duebook("init", "--company", "Acme", "--currency", "JPY").code == 0
    quick, ordinary = both_ways(duebook, monkeypatch, "balance", "NOBODY")
    assert quick == ordinary == ""
    r = duebook("balance", "NOBODY")
    assert (r.code, r.err) == (1, "duebook: customer not found: NOBODY\n")


def test_the_figures_match_the_services_in_minor_units(tmp_path: Path) -> None:
    path = tmp_path / "book.duebook"
    codes = busy_book(path)
    db = open_company(str(path))
    book = reader.open_quick(str(path))
    assert book is not None
    try:
        for when in READ_AT:
            for code in codes:
                assert book.money(book.balance(code, when)) == m.format_plain(ledger.balance(db.uow(), code, when), 2)
            for basis in ("due_date", "invoice_date"):
                want = aging.aging(db.read_uow(), when, basis=basis)
                got = book.aging(when, basis)
                assert [(r.code, r.name) for r in got.rows] == [(r.code, r.name) for r in want.rows]
                assert [tuple(m.from_minor(a, 2) for a in (*r.amounts, r.unapplied, r.total)) for r in got.rows] == \
                       [(*r.amounts, r.unapplied, r.total) for r in want.rows]
                assert got.keys == want.bucket_keys
                assert (got.currency, m.from_minor(got.total, 2)) == (want.currency, want.total)
    finally:
        book.close()
        db.close()


def test_money_is_written_as_the_models_write_it(tmp_path: Path) -> None:
    path = tmp_path / "book.duebook"
    create_company(str(path), "Acme", "CNY", "en").close()
    book = reader.open_quick(str(path))
    assert book is not None
    try:
        for digits, units in itertools.product((0, 2, 3), (0, 1, -1, 5, -5, 99, 100, -100, 123456789, -10**15)):
            book.digits = digits
            assert book.money(units) == m.format_plain(m.from_minor(units, digits), digits)
    finally:
        book.close()


def test_the_readers_constants_are_the_models_own() -> None:
    assert reader.head_revision() == head_revision()
    assert reader.DRAFT == DRAFT
    assert reader.USERS_ENABLED_KEY == users.ENABLED_KEY
    assert reader.DEFAULT_BOUNDS == aging.DEFAULT_BOUNDS
    assert reader.WHOLE_BOOK_INDEX == aging.WHOLE_BOOK_INDEX
    assert reader.bucket_keys() == tuple((b.key, b.high) for b in aging.DEFAULT_BUCKETS)
    for letters in itertools.product(string.ascii_uppercase, repeat=3):
        code = "".join(letters)
        assert reader.minor_digits(code) == m.minor_digits(code), code


@pytest.mark.parametrize("change", ["users_on", "older_schema", "open_elsewhere", "not_a_company", "missing"])
def test_the_ordinary_open_is_used_when_it_has_work_to_do(tmp_path: Path, change: str) -> None:
    path = tmp_path / "book.duebook"
    db = create_company(str(path), "Acme", "CNY", "en")
    if change == "users_on":
        users.enable_users(db.uow(), "boss", "a long enough password")
    db.close()
    assert reader.open_quick(str(path)) is not None or change == "users_on"
    if change == "older_schema":
        con = sqlite3.connect(path)
        con.execute("UPDATE alembic_version SET version_num = '0008_insight'")
        con.commit()
        con.close()
    elif change == "open_elsewhere":  # or left behind by a crash: the lock file names a process
        path.with_name(path.name + ".lock").write_text('{"pid": 1, "host": "elsewhere"}', encoding="utf-8")
    elif change == "not_a_company":
        path.write_bytes(b"not a database at all" * 100)
    elif change == "missing":
        path.unlink()
    assert reader.open_quick(str(path)) is None
    assert not (change == "missing" and path.exists())  # nothing made where nothing was


def test_a_server_url_is_never_read_quickly() -> None:
    assert reader.open_quick("postgresql+psycopg://app:app@127.0.0.1:5432/appdb") is None
    assert reader.open_quick("sqlite:////tmp/whatever.duebook") is None


def test_users_on_still_asks_for_the_login(duebook: Runner, company_file: Path) -> None:
    assert duebook("init", "--company", "Acme").code == 0
    db = open_company(str(company_file))
    try:
        users.enable_users(db.uow(), "boss", "a long enough password")
    finally:
        db.close()
    for args in (("balance", "C1"), ("aging", "--json")):
        r = duebook(*args)
        assert r.code == 1
        assert "users are on for this company" in r.err
