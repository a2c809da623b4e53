"""Who paid which invoices: matching rules 1-4 on a hand-built ledger (INTERCHANGE §8)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.services.bank import matching, reconcile, statements
from app.services.bank.profile import MappingProfile
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, invoice

PROFILE = MappingProfile(date="Date", amount="Amount", counterparty="Payer", counterparty_account="Account",
                         reference="Memo")


@pytest.fixture
def book(db: Database) -> Database:
    """Acme owes A-1 500 (oldest), A-2 300, A-3 200; 华东 owes H-1 1000 and H-2 20000;
    two Beta companies each owe 750."""
    customer(db, "C1", "Acme Trading Co., Ltd.")
    invoice(db, "C1", "2026-08-01", "500.00", "A-1", due="2026-08-31")
    invoice(db, "C1", "2026-08-10", "300.00", "A-2", due="2026-09-09")
    invoice(db, "C1", "2026-08-20", "200.00", "A-3", due="2026-09-19")
    customer(db, "C2", "上海华东贸易有限公司")
    invoice(db, "C2", "2026-08-05", "1000.00", "H-1")
    invoice(db, "C2", "2026-08-06", "20000.00", "H-2")
    customer(db, "C3", "Beta Trading")
    invoice(db, "C3", "2026-08-07", "750.00", "B-1")
    customer(db, "C4", "Beta Trading (HK)")
    invoice(db, "C4", "2026-08-08", "750.00", "G-1")
    return db


def statement(db: Database, tmp_path: Path, *rows: tuple[str, str, str, str]) -> list[statements.LineInfo]:
    """Import lines (amount, payer, account, memo) dated 2026-10-01 and match them."""
    f = tmp_path / f"s{len(list(tmp_path.iterdir()))}.csv"
    body = "".join(f"2026-10-01,{a},{p},{acct},{memo}\n" for a, p, acct, memo in rows)
    f.write_text("Date,Amount,Payer,Account,Memo\n" + body, encoding="utf-8")
    statements.import_statement(db.uow(), f, "ICBC", profile=PROFILE)
    reconcile.match(db.uow(), "ICBC")
    return [ln for ln in statements.list_lines(db.uow(), "ICBC") if ln.reference == rows[0][3] and
            ln.amount == Decimal(rows[0][0])] if len(rows) == 1 else statements.list_lines(db.uow(), "ICBC")


def best(line: statements.LineInfo) -> statements.Proposal:
    assert line.proposals, f"no proposal for {line}"
    return line.proposals[0]


def test_two_invoices_named_in_one_memo_are_certain(book: Database, tmp_path: Path) -> None:
    [line] = statement(book, tmp_path, ("800.00", "Someone", "", "pay a-1 and A-2 thanks"))
    p = best(line)
    assert (p.customer, p.confidence, p.rule) == ("C1", "certain", 1)
    assert [(i.number, i.amount) for i in p.invoices] == [("A-1", Decimal("500.00")), ("A-2", Decimal("300.00"))]
    assert p.difference == Decimal("0.00")
    assert p.reason == "invoices A-1, A-2 named in the reference; amount equals their open amounts"
    assert line.status == "proposed"


def test_a_number_inside_a_longer_token_is_not_named(book: Database, tmp_path: Path) -> None:
    [line] = statement(book, tmp_path, ("500.00", "Someone", "", "ref XA-1 and A-10"))
    assert line.proposals == ()
    assert line.status == "unmatched"


def test_named_invoices_of_two_customers_are_never_certain(book: Database, tmp_path: Path) -> None:
    [line] = statement(book, tmp_path, ("1500.00", "Someone", "", "A-1 H-1"))
    assert all(p.confidence != "certain" for p in line.proposals)


def test_a_learned_payer_paying_a_run_of_the_oldest_invoices(book: Database, tmp_path: Path) -> None:
    [first] = statement(book, tmp_path, ("200.00", "ACME TRADING CO LTD", "6217000010001234", "A-3"))
    reconcile.confirm(book.uow(), first.id)
    [line] = statement(book, tmp_path, ("800.00", "Acme Trading", "6217000010001234", "October"))
    p = best(line)
    assert (p.customer, p.confidence, p.rule) == ("C1", "high", 2)
    assert [i.number for i in p.invoices] == ["A-1", "A-2"]
    assert p.reason == "payer known for C1 (account); amount equals the 2 oldest open invoices A-1, A-2"
    # the name alone (no account) is known too: legal suffixes and spacing set aside
    [by_name] = statement(book, tmp_path, ("500.00", "Acme  Trading Limited", "", "Sept"))
    assert (best(by_name).rule, [i.number for i in best(by_name).invoices]) == (2, ["A-1"])


def test_a_bank_charge_is_proposed_with_its_difference(book: Database, tmp_path: Path) -> None:
    [line] = statement(book, tmp_path, ("996.00", "X", "", "H-1"))
    p = best(line)
    assert (p.confidence, p.rule, p.difference) == ("medium", 3, Decimal("4.00"))
    assert [(i.number, i.amount) for i in p.invoices] == [("H-1", Decimal("996.00"))]
    # 0.5 % of 995.00 is 4.98 (rounded half up): 5.00 short is too much
    [too_short] = statement(book, tmp_path, ("995.00", "X", "", "H-1"))
    assert too_short.proposals == ()


def test_the_tolerance_is_capped_at_50_and_is_a_setting(book: Database, tmp_path: Path) -> None:
    [capped] = statement(book, tmp_path, ("19950.00", "X", "", "H-2"))
    assert best(capped).difference == Decimal("50.00")
    [over] = statement(book, tmp_path, ("19949.99", "X", "", "H-2"))
    assert over.proposals == ()
    matching.set_tolerance(book.uow(), Decimal("0.01"), Decimal("100"))
    reconcile.match(book.uow())
    again = statements.get_line(book.uow(), over.id)
    assert best(again).difference == Decimal("50.01")


def test_a_chinese_payer_name_without_its_legal_suffix(book: Database, tmp_path: Path) -> None:
    [line] = statement(book, tmp_path, ("1000.00", "上海华东贸易", "", "货款"))
    p = best(line)
    assert (p.customer, p.confidence, p.rule, [i.number for i in p.invoices]) == ("C2", "low", 4, ["H-1"])
    assert p.reason_code == "similar_name"


def test_an_ambiguous_amount_is_proposed_but_never_certain(book: Database, tmp_path: Path) -> None:
    [line] = statement(book, tmp_path, ("750.00", "BETA TRADING LTD", "", "payment"))
    assert {p.customer for p in line.proposals} == {"C3", "C4"}
    assert all(p.confidence != "certain" for p in line.proposals)
    r = reconcile.match(book.uow(), auto=True)
    assert r.confirmed == 0
    assert statements.get_line(book.uow(), line.id).status == "proposed"


def test_money_out_is_left_alone(book: Database, tmp_path: Path) -> None:
    [line] = statement(book, tmp_path, ("-750.00", "Beta Trading", "", "B-1"))
    assert line.proposals == ()
    assert line.status == "unmatched"


def test_match_counts_partition_the_open_lines_and_auto_confirms_the_certain(book: Database, tmp_path: Path) -> None:
    f = tmp_path / "s.csv"
    f.write_text("Date,Amount,Payer,Account,Memo\n"
                 "2026-10-01,500.00,A,,A-1\n"  # certain
                 "2026-10-01,1000.00,上海华东贸易,,x\n"  # similar name: proposed
                 "2026-10-01,12.34,Nobody,,x\n"  # nothing
                 "2026-10-01,-20.00,Fee,,x\n", encoding="utf-8")  # money out
    statements.import_statement(book.uow(), f, "ICBC", profile=PROFILE)
    r = reconcile.match(book.uow(), auto=True)
    assert (r.confirmed, r.proposed, r.unmatched) == (1, 1, 2)
    again = reconcile.match(book.uow(), auto=True)  # matched lines are not looked at again
    assert (again.confirmed, again.proposed, again.unmatched) == (0, 1, 2)


def test_a_chinese_customer_paying_from_abroad_under_its_pinyin_name(book: Database, tmp_path: Path) -> None:
    [line] = statement(book, tmp_path, ("1000.00", "SHANGHAI HUADONG MAOYI YOUXIAN GONGSI", "", "invoice"))
    assert [(p.customer, p.rule) for p in line.proposals] == [("C2", 4)]
