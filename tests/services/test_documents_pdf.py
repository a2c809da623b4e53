"""Invoices and receipts as the customer receives them: read back with pdftotext, fonts embedded."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.company import company_info, update_company
from app.services.documents import (
    invoice_ids,
    invoice_pdf,
    print_invoices,
    render_invoice_pdf,
    render_receipt_pdf,
    set_tax_invoice,
)
from app.services.dto import LineInput
from app.services.errors import Cancelled, NotFound, ValidationError
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, d, invoice, payment

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

ZH_NAME = "杭州西湖电子有限公司"
ZH_ADDRESS = "浙江省杭州市西湖区文三路100号"
LINES = [
    LineInput("办公椅 人体工学 黑色", Decimal("12"), Decimal("450.00"), Decimal("0.13")),
    LineInput("Installation service", Decimal("1"), Decimal("300"), Decimal("0.06")),
    LineInput("运输费 Freight", Decimal("1.5"), Decimal("80.333"), Decimal("0")),
]


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def fonts_of(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return out.splitlines()[2:]


@pytest.fixture
def books(db: Database) -> Database:
    """A company with letterhead and bank details; C1 Chinese with lines, C2 English with three invoices."""
    info = company_info(db.uow())
    update_company(db.uow(), dataclasses.replace(
        info, name="上海明达贸易有限公司", address="上海市黄浦区南京东路88号", tax_id="91310000MA1FL1234X",
        bank_name="招商银行上海分行", bank_account="6225 8888 1234 5678", bank_details="SWIFT CMBCCNBS"))
    customer(db, "C1", ZH_NAME, language="zh_CN", billing_address=ZH_ADDRESS, tax_id="91350100M000100Y43")
    customer(db, "C2", "Harbor Trading Ltd", language="en", billing_address="1 Harbor Way\nSpringfield")
    ledger.post_invoice(db.uow(), "C1", d("2026-03-01"), lines=LINES, number="INV-001")
    invoice(db, "C2", "2026-03-01", "1234.50", "INV-002")
    invoice(db, "C2", "2026-03-02", "100.00", "INV-003")
    invoice(db, "C2", "2026-03-03", "200.00", "INV-004")
    return db


@needs_poppler
def test_a_chinese_invoice_with_lines_reads_back_with_every_line_tax_per_rate_and_totals(
        books: Database, tmp_path: Path) -> None:
    payment(books, "C1", "2026-03-10", "2000.00", "PAY-001")
    set_tax_invoice(books.uow(), "INV-001", "04412345", d("2026-03-02"))
    out = render_invoice_pdf(books.read_uow(), "INV-001", tmp_path / "inv.pdf")
    assert out == tmp_path / "inv.pdf"
    text = text_of(out)
    for words in ("销售单", "INV-001", ZH_NAME, ZH_ADDRESS, "91350100M000100Y43", "办公椅 人体工学 黑色",
                  "Installation service", "运输费 Freight", "450.00", "80.333", "13%", "6%", "0%",
                  "5,400.00", "702.00", "6,102.00", "300.00", "18.00", "318.00", "120.50",
                  "5,820.50", "720.00", "CNY 6,540.50", "2,000.00", "CNY 4,540.50", "2026-03-31",
                  "招商银行上海分行", "6225 8888 1234 5678", "04412345", "不是增值税发票"):
        assert words in text, words
    assert not re.search(r"增值税专用发票|VAT invoice", text)
    assert all(" yes " in line.split("TrueType", 1)[1] for line in fonts_of(out)), fonts_of(out)


@needs_poppler
def test_an_english_invoice_of_one_amount_says_what_is_due_and_where_to_pay(books: Database, tmp_path: Path) -> None:
    out = render_invoice_pdf(books.read_uow(), "INV-002", tmp_path / "inv.pdf")
    text = text_of(out)  # type: ignore[arg-type]
    for words in ("Invoice", "INV-002", "Harbor Trading Ltd", "1 Harbor Way", "Springfield", "1,234.50",
                  "Please pay CNY 1,234.50 by 2026-03-31", "6225 8888 1234 5678",
                  "Reference: invoice INV-002"):
        assert words in text, words
    assert "增值税" not in text


@needs_poppler
def test_the_invoice_comes_in_the_language_asked_for(books: Database, tmp_path: Path) -> None:
    out = render_invoice_pdf(books.read_uow(), "INV-001", tmp_path / "en.pdf", lang="en")
    text = text_of(out)  # type: ignore[arg-type]
    assert "Invoice" in text and "Tax by rate" in text and "销售单" not in text


@needs_poppler
def test_a_receipt_for_a_payment_applied_to_three_invoices_with_a_remainder(books: Database, tmp_path: Path) -> None:
    payment(books, "C2", "2026-03-20", "1634.55", "PAY-002")
    zh = render_receipt_pdf(books.read_uow(), "PAY-002", tmp_path / "zh.pdf", lang="zh_CN")
    text = text_of(zh)  # type: ignore[arg-type]
    for words in ("收据", "PAY-002", "Harbor Trading Ltd", "CNY 1,634.55", "壹仟陆佰叁拾肆元伍角伍分",
                  "INV-002", "INV-003", "INV-004", "1,534.50", "未核销余额", "100.05", "收款人（签字）", "单位盖章"):
        assert words in text, words
    en = render_receipt_pdf(books.read_uow(), "PAY-002", tmp_path / "en.pdf")
    text = text_of(en)  # type: ignore[arg-type]
    for words in ("Receipt", "Received from", "Harbor Trading Ltd", "CNY 1,634.55", "Applied to", "INV-004",
                  "Unapplied, kept on account", "100.05", "Received by (signature)", "Company seal"):
        assert words in text, words
    assert "壹" not in text  # capital numerals only on Chinese receipts
    assert all(" yes " in line.split("TrueType", 1)[1] for line in fonts_of(en)), fonts_of(en)


def test_a_receipt_is_found_by_the_payment_reference_and_streams_to_memory(books: Database) -> None:
    payment(books, "C2", "2026-03-20", "100.00", "BANK-778")
    buf = io.BytesIO()
    assert render_receipt_pdf(books.read_uow(), "BANK-778", buf) is None
    assert buf.getvalue().startswith(b"%PDF")
    with pytest.raises(NotFound):
        render_receipt_pdf(books.read_uow(), "NO-SUCH", io.BytesIO())
    with pytest.raises(NotFound):
        invoice_pdf(books.read_uow(), "INV-404")


def test_tax_invoice_number_needs_its_date_and_can_be_cleared(books: Database) -> None:
    with pytest.raises(ValidationError) as e:
        set_tax_invoice(books.uow(), "INV-002", "0441", None)
    assert e.value.field == "tax_invoice_date"
    assert set_tax_invoice(books.uow(), "INV-002", "0441", d("2026-03-05")) == ("0441", d("2026-03-05"))
    assert set_tax_invoice(books.uow(), "INV-002", "", d("2026-03-05")) == ("", None)


@needs_poppler
def test_invoices_of_a_day_print_as_one_merged_pdf_and_cancelling_writes_nothing(
        books: Database, tmp_path: Path) -> None:
    ids = invoice_ids(books.read_uow(), d("2026-03-01"), d("2026-03-01"))
    assert len(ids) == 2
    batch = print_invoices(books, ids, tmp_path / "day.pdf")
    assert batch.count == 2 and batch.pages == 2
    text = text_of(tmp_path / "day.pdf")
    assert "INV-001" in text and "INV-002" in text and "INV-003" not in text

    class Stop:
        def update(self, done: int, total: int) -> None:
            pass

        def cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        print_invoices(books, ids, tmp_path / "never.pdf", progress=Stop())
    assert not (tmp_path / "never.pdf").exists()


@needs_poppler
def test_invoice_and_receipt_render_as_printed_pages_with_ink(books: Database, tmp_path: Path) -> None:
    from tests.services.test_statement_pdf import ink

    payment(books, "C2", "2026-03-20", "1634.55", "PAY-002")
    for name, render, key in (("inv", render_invoice_pdf, "INV-001"), ("rc", render_receipt_pdf, "PAY-002")):
        for lang in ("en", "zh_CN"):
            out = render(books.read_uow(), key, tmp_path / f"{name}-{lang}.pdf", lang=lang)
            share = ink(out, tmp_path)  # type: ignore[arg-type]
            assert 0.002 < share < 0.2, (name, lang, share)
