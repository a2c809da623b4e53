"""Statement PDFs as a customer reads them: pdftotext for the words, pdftoppm for the look."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.company import company_info, update_company
from app.services.documents.aging_pdf import write_aging_pdf
from app.services.documents.statement_pdf import write_statement_pdf
from app.services.dto import Statement
from app.services.ledger import aging, statements
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, d, invoice, payment

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

ZH_NAME = "上海华东贸易有限公司"
ZH_ADDRESS = "上海市浦东新区世纪大道100号20楼"
FORMULA_NAME = '=HYPERLINK("http://evil.example","click")'


def make_books(db: Database) -> None:
    """A company with a letterhead and bank details, and four customers:

    C1 Chinese (tag vip, enterprise), C2 English (small_business), C3 a name that looks like a
    formula, C4 paid up (zero balance at the end of March).
    """
    info = company_info(db.uow())
    update_company(db.uow(), dataclasses.replace(
        info, address="88 Nanjing Road, Shanghai", tax_id="91310000MA1FL1234X",
        bank_name="China Merchants Bank Shanghai", bank_account="6225 8888 1234 5678",
        bank_details="SWIFT CMBCCNBS", phone="021-5555 1234"))
    customer(db, "C1", ZH_NAME, language="zh_CN", billing_address=ZH_ADDRESS, tags=("vip",),
             category="enterprise")
    customer(db, "C2", "Harbor Trading Ltd", language="en", billing_address="1 Harbor Way\nSpringfield",
             category="small_business")
    customer(db, "C3", FORMULA_NAME, language="en")
    customer(db, "C4", "Paid Up Ltd", language="en")
    invoice(db, "C1", "2026-01-10", "1000.00", "INV-C1-01")
    invoice(db, "C1", "2026-02-05", "2500.50", "INV-C1-02")
    invoice(db, "C1", "2026-03-01", "388.88", "INV-C1-03")
    payment(db, "C1", "2026-02-20", "1000.00", "PAY-C1-01")
    invoice(db, "C2", "2026-02-10", "120.00", "INV-C2-01")
    invoice(db, "C3", "2026-02-11", "42.00", "INV-C3-01")
    invoice(db, "C4", "2026-02-01", "50.00", "INV-C4-01")
    payment(db, "C4", "2026-02-15", "50.00", "PAY-C4-01")


def statement_of(db: Database, code: str, open_item: bool = False, frm: str = "2026-02-01",
                 to: str = "2026-03-31") -> Statement:
    return statements.statement(db.uow(), code, d(frm), d(to), open_item=open_item)


def pdf_text(path: Path, page: int | None = None, raw: bool = False) -> str:
    args = ["pdftotext", "-raw" if raw else "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    assert m
    return int(m.group(1))


def ink(path: Path, tmp: Path, page: int = 1) -> float:
    """Share of dark pixels on a rendered page (a blank or box-only page has almost none)."""
    stem = tmp / f"render-{path.stem}-{page}"
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", str(page), "-l", str(page), str(path), str(stem)],
                   check=True)
    pgm = next(tmp.glob(f"{stem.name}*.pgm"))
    data = pgm.read_bytes()
    parts = data.split(maxsplit=4)  # P5 width height maxval pixels
    w, h = int(parts[1]), int(parts[2])
    pixels = parts[4][: w * h]
    return sum(1 for b in pixels if b < 128) / (w * h)


@needs_poppler
def test_chinese_statement_shows_the_name_closing_balance_and_every_invoice(db: Database, tmp_path: Path) -> None:
    make_books(db)
    st = statement_of(db, "C1")
    out = write_statement_pdf(st, tmp_path / "c1.pdf")
    text = pdf_text(out)
    assert ZH_NAME in text
    assert ZH_ADDRESS in text
    assert "对账单" in text and "期末余额" in text and "上期结余" in text
    assert st.closing_balance == Decimal("2889.38")  # 1000 + 2500.50 + 388.88 - 1000
    assert "2,889.38" in text
    assert "1,000.00" in text  # opening balance brought forward
    for number in ("INV-C1-02", "INV-C1-03", "PAY-C1-01"):
        assert number in text
    assert "第 1 页，共 1 页" in text
    # letterhead and remittance slip
    assert "91310000MA1FL1234X" in text
    assert "6225 8888 1234 5678" in text and "China Merchants Bank Shanghai" in text
    assert ink(out, tmp_path) > 0.002  # not a blank page


@needs_poppler
def test_the_font_is_embedded_so_chinese_renders_anywhere(db: Database, tmp_path: Path) -> None:
    make_books(db)
    out = write_statement_pdf(statement_of(db, "C1"), tmp_path / "c1.pdf")
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    rows = [ln for ln in fonts.splitlines()[2:] if ln.strip()]
    assert rows, fonts
    for ln in rows:
        assert " yes " in ln, f"font not embedded: {ln}"  # emb column
    assert out.stat().st_size < 200_000  # a subset, not the 5 MB font


@needs_poppler
def test_english_customer_gets_an_english_statement(db: Database, tmp_path: Path) -> None:
    make_books(db)
    out = write_statement_pdf(statement_of(db, "C2"), tmp_path / "c2.pdf")
    text = pdf_text(out)
    assert "Statement of account" in text
    assert "Harbor Trading Ltd" in text and "Springfield" in text
    assert "INV-C2-01" in text
    assert "Closing balance" in text and "120.00" in text
    assert "Page 1 of 1" in text
    assert "Remittance advice" in text and "SWIFT CMBCCNBS" in text
    assert "对账单" not in text


@needs_poppler
def test_language_can_be_chosen_for_one_run(db: Database, tmp_path: Path) -> None:
    make_books(db)
    text = pdf_text(write_statement_pdf(statement_of(db, "C1"), tmp_path / "c1en.pdf", language="en"))
    assert "Statement of account" in text and ZH_NAME in text


@needs_poppler
def test_long_statement_breaks_across_pages_with_the_header_on_each(db: Database, tmp_path: Path) -> None:
    customer(db, "L1", "Long Ledger Ltd", language="en")
    numbers = []
    for i in range(130):
        day = d("2026-01-01").toordinal() + i
        date = d("2026-01-01").fromordinal(day).isoformat()
        numbers.append(f"INV-L-{i:04d}")
        invoice(db, "L1", date, f"{100 + i}.25", numbers[-1])
    st = statement_of(db, "L1", frm="2026-01-01", to="2026-06-30")
    out = write_statement_pdf(st, tmp_path / "long.pdf")
    n = pages(out)
    assert n >= 3
    for p in range(1, n + 1):
        page_text = pdf_text(out, p)
        assert f"Page {p} of {n}" in page_text
        if p < n:  # the table runs over these pages; its header repeats
            assert re.search(r"Date\s+Type\s+Number\s+Description", page_text), page_text[:400]
    text = pdf_text(out)
    for number in numbers:
        assert number in text
    assert "Closing balance" in text
    assert f"{st.closing_balance:,.2f}" in text


@needs_poppler
def test_open_item_statement_lists_open_invoices_with_days_overdue(db: Database, tmp_path: Path) -> None:
    make_books(db)
    st = statement_of(db, "C1", open_item=True)
    out = write_statement_pdf(st, tmp_path / "oi.pdf")
    text = pdf_text(out)
    assert "未结清项目" in text
    assert "INV-C1-02" in text and "INV-C1-03" in text
    assert "INV-C1-01" not in text  # paid by PAY-C1-01
    # INV-C1-02 dated 2026-02-05, 30 days terms -> due 2026-03-07, 24 days overdue on 2026-03-31
    line = next(ln for ln in text.splitlines() if "INV-C1-02" in ln)
    assert re.search(r"\b24\b", line), line
    assert "2,889.38" in text


@needs_poppler
def test_aging_pdf_lists_every_customer_and_the_totals(db: Database, tmp_path: Path) -> None:
    make_books(db)
    report = aging.aging(db.uow(), d("2026-03-31"))
    out = write_aging_pdf(report, company_info(db.uow()), tmp_path / "aging.pdf")
    text = pdf_text(out)
    assert "Aging report as of 2026-03-31" in text
    assert ZH_NAME in text and "Harbor Trading Ltd" in text
    assert "Paid Up Ltd" not in text
    assert f"{report.total:,.2f}" in text
    assert "Page 1 of 1" in text


@needs_poppler
def test_the_company_logo_is_printed_on_the_letterhead(db: Database, tmp_path: Path) -> None:
    import io

    from PIL import Image

    make_books(db)
    buf = io.BytesIO()
    Image.new("RGB", (120, 60), (20, 90, 160)).save(buf, "PNG")
    update_company(db.uow(), dataclasses.replace(company_info(db.uow()), logo=buf.getvalue()))
    out = write_statement_pdf(statement_of(db, "C2"), tmp_path / "logo.pdf")
    listing = subprocess.run(["pdfimages", "-list", str(out)], check=True, capture_output=True, text=True).stdout
    assert len(listing.strip().splitlines()) >= 3  # two header lines, then the logo
    assert "Harbor Trading Ltd" in pdf_text(out)


def test_a_damaged_logo_never_stops_a_statement(db: Database, tmp_path: Path) -> None:
    from app.services.company import load_company

    make_books(db)
    with db.uow() as uow:  # a file written before logos were checked (the service refuses this one now)
        load_company(uow.session).logo = b"\x89PNG\r\n\x1a\nnot an image"
        uow.commit()
    out = write_statement_pdf(statement_of(db, "C2"), tmp_path / "bad-logo.pdf")
    assert out.read_bytes().startswith(b"%PDF")


def test_long_text_wraps_inside_its_column() -> None:
    from app.services.documents.pdf import register_fonts, text_width, wrap_text

    register_fonts()
    zh = "华东地区钢材及建材批发货款第三季度分批交付结算尾款"
    lines = wrap_text(zh, 60, 8)
    assert len(lines) > 1 and "".join(lines) == zh
    assert all(text_width(ln, 8) <= 60 for ln in lines)
    en = "Goods and services delivered to the Springfield warehouse in March"
    lines = wrap_text(en, 80, 8)
    assert " ".join(lines) == en and all(text_width(ln, 8) <= 80 for ln in lines)


@needs_poppler
def test_a_long_chinese_description_is_printed_whole(db: Database, tmp_path: Path) -> None:
    from app.services.ledger import postings as ledger

    customer(db, "Z1", ZH_NAME, language="zh_CN")
    desc = "华东地区钢材及建材批发货款第三季度分批交付结算尾款"
    ledger.post_invoice(db.uow(), "Z1", d("2026-02-10"), Decimal("10.00"), number="INV-Z-1", description=desc)
    out = write_statement_pdf(statement_of(db, "Z1"), tmp_path / "z.pdf")
    assert desc in pdf_text(out, raw=True).replace("\n", "")  # wrapped over lines, in drawing order
    layout = pdf_text(out)
    assert "INV-Z-1" in layout and "华东地区" in layout
