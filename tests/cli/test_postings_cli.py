"""Postings from a script (INTERCHANGE §9): balance, aging and statement follow §2-3 after each step."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from app.services.collections import dunning
from app.services.collections.dunning import LevelInfo
from app.services.company import open_company
from app.services.customers import records as customers
from app.services.dto import CustomerInput
from tests.cli.conftest import Runner


@pytest.fixture
def target(company_file: Any) -> str:
    """Where the company is (tests/postgres names a server schema instead)."""
    return str(company_file)


@pytest.fixture
def books(duebook: Runner, target: str) -> Runner:
    """A company with customer C1 (30 days' terms) and two invoices posted from the command line."""
    assert duebook("init", "--company", "Script Trading").code == 0
    db = open_company(target)
    customers.create_customer(db.uow(), CustomerInput(code="C1", name="Alpha", payment_terms_days=30))
    customers.create_customer(db.uow(), CustomerInput(code="C2", name="Beta"))
    db.close()
    assert duebook("post-invoice", "C1", "--date", "2025-01-01", "--amount", "100.00", "--number", "INV-1").code == 0
    assert duebook("post-invoice", "C1", "--date", "2025-02-01", "--amount", "200.00", "--number", "INV-2").code == 0
    return duebook


def figures(run: Runner, as_of: str) -> tuple[str, dict[str, str], list[tuple[str, str, str, str]]]:
    """(balance, C1's aging row, statement lines (kind, number, debit, credit)) at ``as_of``."""
    bal = run("balance", "C1", "--as-of", as_of, "--json").json["balance"]
    rows = run("aging", "--as-of", as_of, "--json").json["customers"]
    # a customer whose figures are all zero is not listed (INTERCHANGE §7)
    row = next((r for r in rows if r["code"] == "C1"), {"code": "C1", **zero_but(total="0.00")})
    st = run("statement", "C1", "--from", "2025-01-01", "--to", as_of, "--json").json
    assert st["closing_balance"] == bal == row["total"]
    lines = [(ln["kind"], ln["number"], ln["debit"], ln["credit"]) for ln in st["lines"]]
    return bal, {k: v for k, v in row.items() if k not in ("code", "name")}, lines


def zero_but(**kw: str) -> dict[str, str]:
    row = dict.fromkeys(("not_due", "d1_30", "d31_60", "d61_90", "d91_plus", "unapplied"), "0.00")
    row.update(kw)
    return row


def test_a_script_posts_a_payment_applies_it_and_voids_it(books: Runner) -> None:
    run = books
    # a payment naming no invoice goes oldest first: INV-1 closed, 50.00 on INV-2
    res = run("post-payment", "C1", "--amount", "150.00", "--date", "2025-02-10", "--reference", "P-1",
              "--method", "bank_transfer", "--json")
    assert res.code == 0, res.err
    assert [(a["debit"], a["amount"], a["applied_on"]) for a in res.json["applied"]] == [
        ("INV-1", "100.00", "2025-02-10"), ("INV-2", "50.00", "2025-02-10")]
    bal, row, lines = figures(run, "2025-02-15")
    assert bal == "150.00"
    assert row == zero_but(not_due="150.00", total="150.00")
    assert lines[-1] == ("payment", "P-1", "0.00", "150.00")

    # unapply from INV-2: the balance stays, the aging shows the 50.00 as unapplied
    res = run("unapply", "P-1", "--invoice", "INV-2", "--json")
    assert res.code == 0, res.err
    assert res.json["open_amount"] == "50.00" and res.json["unapplied_now"][0]["amount"] == "50.00"
    bal, row, _ = figures(run, "2025-02-15")
    assert bal == "150.00"
    assert row == zero_but(not_due="200.00", unapplied="-50.00", total="150.00")

    # apply 20.00 of it again, by hand
    res = run("apply", "P-1", "--invoice", "INV-2", "--amount", "20.00", "--json")
    assert res.code == 0, res.err
    assert res.json["open_amount"] == "30.00"
    assert run("balance", "C1", "--as-of", "2025-02-15", "--json").json["balance"] == "150.00"
    assert figures(run, "2025-02-15")[1] == zero_but(not_due="180.00", unapplied="-30.00", total="150.00")

    # void it on 2025-02-20: everything it settled is open again from that day; before it nothing changes
    res = run("void", "P-1", "--reason", "cheque bounced", "--date", "2025-02-20", "--json")
    assert res.code == 0, res.err
    assert res.json["voided"]["status"] == "voided" and res.json["void"]["kind"] == "void"
    bal, row, lines = figures(run, "2025-02-20")
    assert bal == "300.00"
    assert row == zero_but(not_due="200.00", d1_30="100.00", total="300.00")
    assert lines[-1] == ("void", res.json["void"]["number"], "150.00", "0.00")
    bal, row, _ = figures(run, "2025-02-15")
    assert bal == "150.00"
    assert row == zero_but(not_due="200.00", d1_30="100.00", unapplied="-150.00", total="150.00")


def test_payment_to_named_invoices_in_the_order_given(books: Runner) -> None:
    res = books("post-payment", "C1", "--amount", "250.00", "--date", "2025-02-10", "--invoice", "INV-2",
                "--invoice", "INV-1", "--json")
    assert res.code == 0, res.err
    assert [(a["debit"], a["amount"]) for a in res.json["applied"]] == [("INV-2", "200.00"), ("INV-1", "50.00")]
    assert figures(books, "2025-02-15")[1] == zero_but(d1_30="50.00", total="50.00")


def test_credit_note_refund_and_write_off(books: Runner) -> None:
    run = books
    res = run("post-credit-note", "C1", "--amount", "30.00", "--date", "2025-01-05", "--invoice", "INV-1",
              "--reason", "damaged goods", "--number", "CN-1", "--json")
    assert res.code == 0, res.err
    assert res.json["applied"][0]["debit"] == "INV-1"
    # an overpayment: 500.00 against 270.00 owed, 230.00 left over and refunded
    res = run("post-payment", "C1", "--amount", "500.00", "--date", "2025-02-10", "--reference", "P-9")
    assert res.code == 0 and "unapplied 230.00" in res.out
    res = run("post-refund", "C1", "--payment", "P-9", "--date", "2025-02-12", "--method", "bank_transfer",
              "--json")
    assert res.code == 0, res.err
    assert res.json["kind"] == "refund" and res.json["amount"] == "230.00" and res.json["open_amount"] == "0.00"
    bal, row, lines = figures(run, "2025-02-28")
    assert bal == "0.00" and row == zero_but(total="0.00")
    assert ("refund", res.json["number"], "230.00", "0.00") in lines
    # a new invoice, partly written off with a reason
    run("post-invoice", "C1", "--date", "2025-03-01", "--amount", "80.00", "--number", "INV-3")
    res = run("write-off", "C1", "--amount", "80.00", "--date", "2025-06-30", "--reason", "bankrupt",
              "--invoice", "INV-3", "--json")
    assert res.code == 0 and res.json["kind"] == "write_off" and res.json["open_amount"] == "0.00"
    assert figures(run, "2025-06-30")[0] == "0.00"
    res = run("write-off", "C1", "--amount", "1.00", "--date", "2025-06-30", "--reason", "  ")
    assert res.code == 1 and res.err.count("\n") == 1 and "reason" in res.err


def test_dispute_takes_an_invoice_out_of_dunning(books: Runner, target: str) -> None:
    db = open_company(target)
    dunning.save_levels(db.uow(), [LevelInfo(1, 7, Decimal("0"), Decimal("0"), "Reminder", Decimal("0"))])
    db.close()
    before = books("dunning", "--as-of", "2025-04-01", "--json").json["proposals"]
    assert [i["number"] for p in before for i in p["invoices"]] == ["INV-1", "INV-2"]
    assert books("dispute", "INV-1").code == 0
    after = books("dunning", "--as-of", "2025-04-01", "--json").json["proposals"]
    assert [i["number"] for p in after for i in p["invoices"]] == ["INV-2"]
    res = books("dispute", "INV-1")
    assert res.code == 1 and "already disputed" in res.err
    assert books("undispute", "INV-1", "--json").json["disputed"] is False
    again = books("dunning", "--as-of", "2025-04-01", "--json").json["proposals"]
    assert [i["number"] for p in again for i in p["invoices"]] == ["INV-1", "INV-2"]


def test_user_errors_are_one_line_and_exit_1(books: Runner) -> None:
    # a credit note may share an invoice's number: void must be told which
    assert books("post-credit-note", "C1", "--amount", "5.00", "--date", "2025-01-02", "--number", "INV-1").code == 0
    res = books("void", "INV-1", "--reason", "typo")
    assert res.code == 1 and res.err.count("\n") == 1 and "invoice" in res.err and "credit note" in res.err
    assert books("void", "INV-1", "--kind", "credit_note", "--reason", "typo").code == 0
    for argv in (("void", "NOPE", "--reason", "x"),
                 ("apply", "NOPE", "--invoice", "INV-1"),
                 ("post-payment", "C1", "--amount", "10.00", "--date", "2025-02-01", "--invoice", "INV-404"),
                 ("post-payment", "C2", "--amount", "10.00", "--date", "2025-02-01", "--invoice", "INV-1",
                  "--invoice", "INV-2"),
                 ("post-payment", "C1", "--amount", "10.001", "--date", "2025-02-01"),
                 ("unapply", "INV-1", "--invoice", "INV-2", "--kind", "credit_note")):
        res = books(*argv)
        assert res.code == 1 and res.err.count("\n") == 1, (argv, res.err)
    assert books("post-payment", "C1", "--amount", "-1", "--date", "2025-02-01").code == 2
    assert books("apply", "X").code == 2  # --invoice or --oldest-first is needed


def test_promises_contracts_and_the_log_show_in_reminders(books: Runner) -> None:
    res = books("promise", "add", "INV-2", "--date", "2025-03-15", "--amount", "200.00", "--note", "by phone",
                "--json")
    assert res.code == 0 and res.json["outcome"] in ("kept", "broken", "open")
    pid = res.json["id"]
    listed = books("promise", "list", "C1", "--as-of", "2025-03-10", "--json").json
    assert [(p["invoice"], p["outcome"]) for p in listed] == [("INV-2", "open")]
    assert books("promise", "list", "C1", "--as-of", "2025-03-20", "--json").json[0]["outcome"] == "broken"
    books("post-payment", "C1", "--amount", "200.00", "--date", "2025-03-14", "--invoice", "INV-2")
    assert books("promise", "list", "C1", "--as-of", "2025-03-20", "--json").json[0]["outcome"] == "kept"
    res = books("promise", "outcome", str(pid), "kept", "--note", "paid on the 14th", "--json")
    assert res.code == 0 and (res.json["outcome"], res.json["recorded"]) == ("kept", True)
    assert books("promise", "outcome", str(pid), "perhaps").code == 2
    assert books("promise", "cancel", str(pid)).code == 0
    assert books("promise", "outcome", str(pid), "kept").code == 1
    assert books("promise", "list", "C1", "--json").json[0]["outcome"] == "cancelled"

    res = books("contract", "add", "C1", "--number", "K-7", "--start", "2025-01-01", "--end", "2025-12-31",
                "--value", "12000.00", "--reminder-days", "45", "--json")
    assert res.code == 0 and res.json["value"] == "12000.00"
    assert [c["number"] for c in books("contract", "list", "C1", "--json").json] == ["K-7"]
    res = books("contract", "add", "C1", "--number", "K-8", "--start", "2025-02-01", "--end", "2025-01-01",
                "--value", "1.00")
    assert res.code == 1 and "end" in res.err

    res = books("log", "add", "C1", "--channel", "phone", "--summary", "Asked for a copy of INV-1",
                "--date", "2025-11-20", "--follow-up", "2025-11-25", "--json")
    assert res.code == 0 and res.json["follow_up_on"] == "2025-11-25"
    assert books("log", "list", "C1", "--json").json[0]["summary"] == "Asked for a copy of INV-1"
    rem = books("reminders", "--as-of", "2025-11-20", "--days", "7", "--json").json
    assert [c["contract"] for c in rem["contracts_ending"]] == ["K-7"]
    assert [f["summary"] for f in rem["follow_ups"]] == ["Asked for a copy of INV-1"]
    assert books("log", "add", "C1", "--channel", "pigeon", "--summary", "x").code == 1
