"""The command line of INTERCHANGE §9: invoices and receipts as PDFs, sales orders, as a script uses them."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.company import open_company
from app.services.ledger import postings as ledger
from tests.cli.conftest import Runner
from tests.services.ledger_helpers import d

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture
def books(duebook: Runner, tmp_path: Path) -> Runner:
    assert duebook("init", "--company", "Script Co", "--locale", "en").code == 0
    data = tmp_path / "set"
    data.mkdir()
    (data / "customers.csv").write_text("code,name,credit_limit,language\nC1,Harbor Trading Ltd,10000.00,en\n"
                                        "C2,上海华东贸易有限公司,,zh_CN\n", encoding="utf-8")
    assert duebook("import", str(data)).code == 0
    assert duebook("post-invoice", "C1", "--date", "2026-03-01", "--amount", "7000", "--number", "INV-1").code == 0
    return duebook


def test_an_order_is_confirmed_with_a_warning_refused_then_overridden_and_invoiced_in_two_parts(
        books: Runner, tmp_path: Path) -> None:
    r = books("order", "create", "C1", "--number", "SO-1", "--date", "2026-03-02", "--amount", "2000", "--json")
    assert r.code == 0 and r.json["status"] == "draft" and r.json["amount"] == "2000.00"
    r = books("order", "confirm", "SO-1", "--json")
    assert r.code == 0 and r.json["status"] == "confirmed"
    assert "warning" in r.err and "9000.00" in r.err
    lines = tmp_path / "lines.csv"
    lines.write_text("description,quantity,unit_price,tax_rate\nWidget,10,100,0.13\nService,2,50,0\n", encoding="utf-8")
    r = books("order", "create", "C1", "--number", "SO-2", "--date", "2026-03-03", "--lines", str(lines), "--json")
    assert r.code == 0 and r.json["amount"] == "1230.00" and r.json["lines"] == 2
    r = books("order", "confirm", "SO-2")
    assert r.code == 1 and "credit refused for C1" in r.err and "10230.00" in r.err
    r = books("order", "confirm", "SO-2", "--override-reason", "owner approved", "--json")
    assert r.code == 0 and r.json["override_reason"] == "owner approved"
    r = books("order", "invoice", "SO-1", "--date", "2026-03-05", "--amount", "500", "--json")
    assert r.code == 0 and r.json["status"] == "confirmed" and r.json["open_amount"] == "1500.00"
    r = books("order", "invoice", "SO-1", "--date", "2026-03-06", "--json")
    assert r.code == 0 and r.json["status"] == "invoiced" and r.json["invoice_amount"] == "1500.00"
    r = books("orders", "--status", "invoiced", "--json")
    assert [o["number"] for o in r.json] == ["SO-1"] and len(r.json[0]["invoices"]) == 2
    r = books("order", "cancel", "SO-2", "--reason", "out of stock", "--json")
    assert r.code == 0 and r.json["status"] == "cancelled" and r.json["cancel_reason"] == "out of stock"
    assert books("order", "cancel", "SO-2", "--reason", "again").code == 1
    assert books("balance", "C1", "--as-of", "2026-03-31", "--json").json["balance"] == "9000.00"


def test_bad_order_input_is_one_line_on_stderr_and_exit_1(books: Runner, tmp_path: Path) -> None:
    r = books("order", "create", "C1", "--date", "2026-03-02")
    assert r.code == 1 and "--amount or --lines" in r.err
    bad = tmp_path / "bad.csv"
    bad.write_text("description,quantity,unit_price\nWidget,ten,100\n", encoding="utf-8")
    r = books("order", "create", "C1", "--date", "2026-03-02", "--lines", str(bad))
    assert r.code == 1 and "lines[0]" in r.err and len(r.err.strip().splitlines()) == 1
    assert books("order", "confirm", "SO-404").code == 1
    assert books("orders", "--json").json == []


@needs_poppler
def test_invoice_and_receipt_pdfs_from_the_command_line(books: Runner, tmp_path: Path) -> None:
    r = books("invoice", "INV-1", "--pdf", str(tmp_path / "inv.pdf"), "--tax-invoice-number", "04412345",
              "--tax-invoice-date", "2026-03-02", "--json")
    assert r.code == 0 and r.json["tax_invoice_number"] == "04412345" and r.json["due"] == "7000.00"
    text = subprocess.run(["pdftotext", str(tmp_path / "inv.pdf"), "-"], capture_output=True, text=True).stdout
    assert "INV-1" in text and "Harbor Trading Ltd" in text and "7,000.00" in text and "04412345" in text
    assert books("post-invoice", "C2", "--date", "2026-03-01", "--amount", "1234.50", "--number", "INV-2").code == 0
    # post-payment is another branch's command: the payment goes through the service it will call
    db = open_company(str(tmp_path / "books.duebook"))
    try:
        ledger.post_payment(db.uow(), "C2", d("2026-03-09"), Decimal("1300.00"), number="PAY-9")
    finally:
        db.close()
    r = books("receipt", "PAY-9", "--pdf", str(tmp_path / "rc.pdf"), "--json")
    assert r.code == 0 and r.json["unapplied"] == "65.50" and r.json["settled"] == [
        {"number": "INV-2", "applied": "1234.50"}]
    text = subprocess.run(["pdftotext", str(tmp_path / "rc.pdf"), "-"], capture_output=True, text=True).stdout
    assert "收据" in text and "壹仟叁佰元整" in text and "INV-2" in text and "65.50" in text
    r = books("print-invoices", "--from", "2026-03-01", "--to", "2026-03-01", "--pdf", str(tmp_path / "all.pdf"),
              "--json")
    assert r.code == 0 and r.json["count"] == 2
    assert books("receipt", "NOPE", "--pdf", str(tmp_path / "x.pdf")).code == 1
    assert not (tmp_path / "x.pdf").exists()
