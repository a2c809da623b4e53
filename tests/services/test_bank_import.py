"""Statements in (INTERCHANGE §8): every format end to end, nothing twice, all or nothing."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.bank import statements
from app.services.bank.profile import MappingProfile, parse_bank_amount, parse_bank_date
from app.services.errors import ImportRejected
from app.services.unit_of_work import Database

DATA = Path(__file__).resolve().parents[1] / "data" / "bank"
XLSX_PROFILE = MappingProfile.from_json((DATA / "xlsx_profile.json").read_text(encoding="utf-8"))
ICBC_PROFILE = MappingProfile.from_json((DATA / "icbc_profile.json").read_text(encoding="utf-8"))


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(("name", "fmt", "profile", "money_out", "first_ref"), [
    ("statement_v1.ofx", "ofx", None, "15.00", "Payment INV-0001"),
    ("statement_v2.ofx", "ofx", None, "300.00", "Payment INV-0001"),
    ("statement.sta", "mt940", None, "15.00", "Payment INV-0001 Acme Trading Co., Ltd."),
    ("camt053.xml", "camt053", None, "15.00", "Payment INV-0001"),
    ("wechat.csv", "wechat", None, "30.00", "INV-0001"),
    ("alipay.csv", "alipay", None, "30.00", "INV-0001"),
    ("icbc.csv", "csv", ICBC_PROFILE, "15.00", "转账"),
    ("statement.xlsx", "xlsx", XLSX_PROFILE, "15.00", "Payment INV-0001"),
    ("statement.xls", "xlsx", XLSX_PROFILE, "15.00", "Payment INV-0001"),
])
def test_each_format_is_read_end_to_end_and_a_second_import_adds_nothing(
        db: Database, name: str, fmt: str, profile: MappingProfile | None, money_out: str, first_ref: str) -> None:
    r = statements.import_statement(db.uow(), DATA / name, "ICBC-0012", profile=profile)
    assert (r.format, r.lines_read, r.lines_new, r.lines_duplicate) == (fmt, 3, 3, 0)
    assert r.credits_total == Decimal("4650.00")
    assert r.debits_total == Decimal(money_out)
    assert r.first_date == d("2026-10-05")
    lines = statements.list_lines(db.uow(), "ICBC-0012")
    assert [ln.amount for ln in lines][:2] == [Decimal("1200.00"), Decimal("3450.00")]
    assert lines[0].reference == first_ref
    assert all(ln.status == "unmatched" for ln in lines)

    again = statements.import_statement(db.uow(), DATA / name, "ICBC-0012", profile=profile)
    assert (again.lines_read, again.lines_new, again.lines_duplicate) == (3, 0, 3)
    assert len(statements.list_lines(db.uow())) == 3


def test_dates_are_as_written_not_converted_to_another_time_zone(db: Database) -> None:
    # DTPOSTED 20261005230000 [-5:EST] is 6 October in UTC; the statement says 5 October.
    statements.import_statement(db.uow(), DATA / "statement_v2.ofx", "A")
    assert statements.list_lines(db.uow())[0].date == d("2026-10-05")


def test_camt_takes_the_booking_date_else_the_value_date_and_the_servicer_reference(db: Database) -> None:
    statements.import_statement(db.uow(), DATA / "camt053.xml", "A")
    lines = statements.list_lines(db.uow())
    assert [ln.date for ln in lines] == [d("2026-10-05"), d("2026-10-12"), d("2026-10-31")]
    assert [ln.external_id for ln in lines] == ["CAMT-0001", "NTRY-0002", ""]
    assert lines[0].counterparty_account == "DE89370400440532013000"
    assert lines[2].amount == Decimal("-15.00")


def test_wallet_bills_leave_out_neutral_rows_and_keep_the_order_ids(db: Database) -> None:
    statements.import_statement(db.uow(), DATA / "alipay.csv", "Alipay")
    lines = statements.list_lines(db.uow())
    assert lines[0].external_id == "2026100522001100011234567890"
    assert "余额宝" not in {ln.counterparty for ln in lines}  # 不计收支: own money moved
    statements.import_statement(db.uow(), DATA / "wechat.csv", "WeChat")
    wx = statements.list_lines(db.uow(), "WeChat")
    assert "招商银行(1234)" not in {ln.counterparty for ln in wx}  # 收/支 "/": a withdrawal


def test_the_same_file_with_more_lines_adds_only_the_new_ones(db: Database, tmp_path: Path) -> None:
    head = "Date,Payer,Memo,Amount\n"
    a = tmp_path / "sept.csv"
    a.write_text(head + "2026-09-01,Acme,x,100.00\n2026-09-01,Acme,x,100.00\n2026-09-02,Bo,y,5.00\n",
                 encoding="utf-8")
    b = tmp_path / "sept-oct.csv"
    b.write_text(head + "2026-09-01,Acme,x,100.00\n2026-09-01,Acme,x,100.00\n2026-09-02,Bo,y,5.00\n"
                 "2026-09-01,Acme,x,100.00\n2026-10-01,Cy,z,7.00\n", encoding="utf-8")
    p = MappingProfile(date="Date", amount="Amount", counterparty="Payer", reference="Memo")
    statements.save_profile(db.uow(), "Bank", p)
    first = statements.import_statement(db.uow(), a, "Bank")
    assert (first.lines_new, first.lines_duplicate) == (3, 0)  # two identical lines: both kept
    second = statements.import_statement(db.uow(), b, "Bank")
    assert (second.lines_read, second.lines_new, second.lines_duplicate) == (5, 2, 3)
    assert len(statements.list_lines(db.uow(), "Bank")) == 5


def test_overlapping_ofx_files_add_each_fitid_once(db: Database, tmp_path: Path) -> None:
    statements.import_statement(db.uow(), DATA / "statement_v1.ofx", "A")
    text = (DATA / "statement_v1.ofx").read_text(encoding="utf-8")
    extra = ("<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20261101\n<TRNAMT>99.00\n<FITID>20261101-0009\n"
             "<NAME>New payer\n</STMTTRN>\n</BANKTRANLIST>")
    f = tmp_path / "later.ofx"
    f.write_text(text.replace("</BANKTRANLIST>", extra), encoding="utf-8")
    r = statements.import_statement(db.uow(), f, "A")
    assert (r.lines_read, r.lines_new, r.lines_duplicate) == (4, 1, 3)
    # deduplication is per account: another account takes all four
    assert statements.import_statement(db.uow(), f, "B").lines_new == 4


def test_a_malformed_file_is_refused_naming_every_bad_line_and_nothing_is_written(
        db: Database, tmp_path: Path) -> None:
    f = tmp_path / "bad.csv"
    f.write_text("Date,Amount,Payer\n2026-02-30,10.00,A\n2026-03-01,ten,B\n2026-03-02,5.00,C\n"
                 "2026-03-32,1.00,D\n", encoding="utf-8")
    p = MappingProfile(date="Date", amount="Amount", counterparty="Payer")
    with pytest.raises(ImportRejected) as e:
        statements.import_statement(db.uow(), f, "Bank", profile=p)
    assert [str(x) for x in e.value.errors] == [
        "bad.csv:2: no such date: 2026-02-30", "bad.csv:3: not an amount: ten", "bad.csv:5: no such date: 2026-03-32"]
    assert statements.list_lines(db.uow()) == []
    assert statements.list_accounts(db.uow()) == []


def test_an_mt940_line_with_an_impossible_date_is_named_by_its_row(db: Database, tmp_path: Path) -> None:
    f = tmp_path / "bad.sta"
    f.write_text((DATA / "statement.sta").read_text().replace(":61:2610121012", ":61:2602301012"))
    with pytest.raises(ImportRejected) as e:
        statements.import_statement(db.uow(), f, "A")
    assert [str(x) for x in e.value.errors] == ["bad.sta:7: no such date: 260230"]
    assert statements.list_lines(db.uow()) == []


def test_an_ofx_file_with_a_day_32_is_refused(db: Database, tmp_path: Path) -> None:
    f = tmp_path / "bad.ofx"
    f.write_text((DATA / "statement_v2.ofx").read_text(encoding="utf-8").replace("20261012", "20261032"),
                 encoding="utf-8")
    with pytest.raises(ImportRejected) as e:
        statements.import_statement(db.uow(), f, "A")
    assert [str(x) for x in e.value.errors] == ["bad.ofx:39: no such date: 20261032"]


def test_a_csv_statement_without_a_profile_is_refused(db: Database, tmp_path: Path) -> None:
    f = tmp_path / "s.csv"
    shutil.copy(DATA / "icbc.csv", f)
    with pytest.raises(ImportRejected) as e:
        statements.import_statement(db.uow(), f, "A")
    assert "mapping profile" in str(e.value.errors[0])


def test_a_dry_run_counts_and_writes_nothing(db: Database) -> None:
    r = statements.import_statement(db.uow(), DATA / "camt053.xml", "A", dry_run=True)
    assert (r.lines_read, r.lines_new) == (3, 3)
    assert statements.list_accounts(db.uow()) == []


def test_the_profile_saved_per_account_is_used_for_its_next_statement(db: Database) -> None:
    statements.save_profile(db.uow(), "ICBC", ICBC_PROFILE)
    assert statements.import_statement(db.uow(), DATA / "icbc.csv", "ICBC").lines_new == 3
    assert statements.list_accounts(db.uow())[0].profile.direction == "借贷标志"


@pytest.mark.parametrize(("text", "value"), [
    ("1,234.50", "1234.50"), ("(12.00)", "-12.00"), ("¥100.00", "100.00"), ("-5", "-5.00"), ("12.00-", "-12.00"),
    ("CNY 3,000", "3000.00"), ("", None),
])
def test_banks_number_forms(text: str, value: str | None) -> None:
    assert parse_bank_amount(text, 2) == (Decimal(value) if value else None)


def test_european_separators_and_too_many_decimals() -> None:
    assert parse_bank_amount("1.234,50", 2, decimal=",", thousands=".") == Decimal("1234.50")
    with pytest.raises(ValueError, match="decimal places"):
        parse_bank_amount("1.005", 2)


def test_dates_with_a_format_and_without() -> None:
    assert parse_bank_date("2026/10/05 12:00:00") == d("2026-10-05")
    assert parse_bank_date("05.10.2026", "%d.%m.%Y") == d("2026-10-05")
    with pytest.raises(ValueError, match="no such date"):
        parse_bank_date("2026-02-30")


class CancelAfter:
    """A progress watcher whose user presses Cancel after ``n`` updates."""

    def __init__(self, n: int) -> None:
        self.n = n

    def update(self, done: int, total: int) -> None:
        self.n -= 1

    def cancelled(self) -> bool:
        return self.n <= 0


def test_a_cancelled_import_writes_nothing(db: Database) -> None:
    from app.services.errors import Cancelled

    with pytest.raises(Cancelled):
        statements.import_statement(db.uow(), DATA / "camt053.xml", "A", progress=CancelAfter(3))
    assert statements.list_accounts(db.uow()) == []
    assert statements.import_statement(db.uow(), DATA / "camt053.xml", "A").lines_new == 3
