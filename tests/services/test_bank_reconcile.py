"""Confirm, split, write off, ignore and undo bank lines: balances, aging and the audit trail stay right."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.bank import matching, reconcile, statements
from app.services.bank.profile import MappingProfile
from app.services.errors import PermissionDenied, StateError, ValidationError
from app.services.ledger import aging
from app.services.ledger import postings as ledger
from app.services.safety import audit_trail
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, invoice

PROFILE = MappingProfile(date="Date", amount="Amount", counterparty="Payer", counterparty_account="Account",
                         reference="Memo")
AS_OF = dt.date(2026, 11, 30)


@pytest.fixture
def lines(db: Database, tmp_path: Path) -> list[statements.LineInfo]:
    customer(db, "C1", "Acme Trading Co., Ltd.")
    invoice(db, "C1", "2026-08-01", "500.00", "A-1")
    invoice(db, "C1", "2026-08-10", "300.00", "A-2")
    customer(db, "C2", "上海华东贸易有限公司")
    invoice(db, "C2", "2026-08-05", "1000.00", "H-1")
    f = tmp_path / "oct.csv"
    f.write_text("Date,Amount,Payer,Account,Memo\n"
                 "2026-10-02,800.00,Acme Trading,6217000010001234,A-1 A-2\n"
                 "2026-10-03,996.00,上海华东贸易,31001234567890,H-1\n"
                 "2026-10-04,1300.00,Group payer,,for A-1 and H-1\n"
                 "2026-10-05,-40.00,Landlord,,rent\n", encoding="utf-8")
    statements.import_statement(db.uow(), f, "ICBC", profile=PROFILE)
    reconcile.match(db.uow())
    return statements.list_lines(db.uow())


def balance(db: Database, code: str) -> Decimal:
    return ledger.balance(db.uow(), code, AS_OF)


def aging_total(db: Database, code: str) -> Decimal:
    rows = {r.code: r.total for r in aging.aging(db.uow(), AS_OF).rows}
    return rows.get(code, Decimal("0.00"))


def test_confirming_posts_a_bank_transfer_dated_the_line_with_the_line_id_as_reference(
        db: Database, lines: list[statements.LineInfo]) -> None:
    r = reconcile.confirm(db.uow(), lines[0].id)
    pay = ledger.find_document(db.uow(), "payment", r.payments[0])
    assert (pay.method, pay.date, pay.reference, pay.amount) == (
        "bank_transfer", dt.date(2026, 10, 2), str(lines[0].id), Decimal("800.00"))
    assert balance(db, "C1") == Decimal("0.00") == aging_total(db, "C1")
    line = statements.get_line(db.uow(), lines[0].id)
    assert (line.status, line.payments) == ("matched", r.payments)
    with pytest.raises(StateError):
        reconcile.confirm(db.uow(), lines[0].id)  # a line is matched at most once


def test_unconfirm_voids_the_payment_today_and_keeps_what_was_learned(
        db: Database, lines: list[statements.LineInfo]) -> None:
    r = reconcile.confirm(db.uow(), lines[0].id)
    reconcile.unconfirm(db.uow(), lines[0].id, today=dt.date(2026, 11, 15))
    assert balance(db, "C1") == Decimal("800.00") == aging_total(db, "C1")
    pay = ledger.find_document(db.uow(), "payment", r.payments[0])
    assert pay.status == "voided"
    page = ledger.ledger(db.uow(), "C1")
    void = [ln for ln in page.lines if ln.kind == "void"]
    assert [v.date for v in void] == [dt.date(2026, 11, 15)]
    assert statements.get_line(db.uow(), lines[0].id).status == "unmatched"
    # the payer's account is still known: a line from it proposes C1 (rule 2)
    with db.uow() as uow:
        book = matching.Book.load(uow.session, db.digits)
    props = matching.propose(book, Decimal("500.00"), "", "6217000010001234", "")
    assert [(p.customer, p.rule) for p in props] == [("C1", 2)]
    actions = [e.action for e in audit_trail.list_entries(db.uow())]
    assert {"bank.import", "bank.match", "bank.confirm", "bank.unconfirm", "document.void"} <= set(actions)
    assert audit_trail.verify(db.uow()).ok


def test_a_bank_charge_is_written_off_on_the_last_invoice_dated_the_line(
        db: Database, lines: list[statements.LineInfo]) -> None:
    r = reconcile.confirm(db.uow(), lines[1].id, write_off_difference=True)
    wo = ledger.find_document(db.uow(), "write_off", r.write_off)
    assert (wo.amount, wo.date) == (Decimal("4.00"), dt.date(2026, 10, 3))
    assert balance(db, "C2") == Decimal("0.00") == aging_total(db, "C2")
    reconcile.unconfirm(db.uow(), lines[1].id, today=dt.date(2026, 11, 20))
    assert balance(db, "C2") == Decimal("1000.00") == aging_total(db, "C2")


def test_a_write_off_above_the_tolerance_is_refused(db: Database, lines: list[statements.LineInfo]) -> None:
    with pytest.raises(ValidationError):
        reconcile.confirm(db.uow(), lines[0].id, invoices=["A-1", "A-2", "H-1"], write_off_difference=True)
    assert statements.get_line(db.uow(), lines[0].id).status == "proposed"
    assert balance(db, "C1") == Decimal("800.00")


def test_a_line_split_over_two_customers_makes_one_payment_each(
        db: Database, lines: list[statements.LineInfo]) -> None:
    r = reconcile.confirm(db.uow(), lines[2].id, invoices=["A-1", "H-1"])
    assert len(r.payments) == 2
    assert balance(db, "C1") == Decimal("300.00")  # A-2 left
    assert balance(db, "C2") == Decimal("200.00")  # 800 of H-1 paid
    assert r.unapplied == Decimal("0.00")


def test_chosen_amounts_and_a_remainder_left_on_account(db: Database, lines: list[statements.LineInfo]) -> None:
    r = reconcile.confirm(db.uow(), lines[2].id, customer="C1",
                          invoices=[reconcile.Pick("A-2", Decimal("100.00"))])
    assert r.unapplied == Decimal("1200.00")
    assert balance(db, "C1") == Decimal("-500.00") == aging_total(db, "C1")
    assert ledger.open_items(db.uow(), "C1", AS_OF)[1].open_amount == Decimal("200.00")


def test_clerks_confirm_and_only_accountants_write_off(db: Database, lines: list[statements.LineInfo]) -> None:
    db.role = "clerk"
    with pytest.raises(PermissionDenied):
        reconcile.confirm(db.uow(), lines[1].id, write_off_difference=True)
    reconcile.confirm(db.uow(), lines[0].id)
    db.role = "viewer"
    with pytest.raises(PermissionDenied):
        reconcile.ignore(db.uow(), lines[3].id, "rent")


def test_ignore_sets_a_line_aside_and_unconfirm_brings_it_back(
        db: Database, lines: list[statements.LineInfo]) -> None:
    with pytest.raises(ValidationError):
        reconcile.ignore(db.uow(), lines[3].id, " ")
    reconcile.ignore(db.uow(), lines[3].id, "rent paid to the landlord")
    line = statements.get_line(db.uow(), lines[3].id)
    assert (line.status, line.ignore_reason) == ("ignored", "rent paid to the landlord")
    r = reconcile.match(db.uow())
    assert r.proposed + r.unmatched == 3  # the ignored line is not looked at
    assert statements.get_line(db.uow(), lines[3].id).status == "ignored"
    reconcile.unconfirm(db.uow(), lines[3].id)
    assert statements.get_line(db.uow(), lines[3].id).status == "unmatched"


def test_money_out_is_never_confirmed_as_a_payment(db: Database, lines: list[statements.LineInfo]) -> None:
    with pytest.raises(StateError):
        reconcile.confirm(db.uow(), lines[3].id, customer="C1")


def test_totals_follow_the_lines(db: Database, lines: list[statements.LineInfo]) -> None:
    t = statements.totals(db.uow(), "ICBC")
    assert (t.statement_in, t.matched, t.unmatched, t.statement_out) == (
        Decimal("3096.00"), Decimal("0.00"), Decimal("3096.00"), Decimal("40.00"))
    reconcile.confirm(db.uow(), lines[0].id)
    t = statements.totals(db.uow(), "ICBC")
    assert (t.matched, t.unmatched, t.difference) == (Decimal("800.00"), Decimal("2296.00"), Decimal("2296.00"))
