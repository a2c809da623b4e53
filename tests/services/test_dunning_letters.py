"""Dunning letters in the customer's language, read back as a person would (pdftotext, pdftoppm)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.services.collections import dunning, letters
from app.services.collections.dunning import LevelInfo
from app.services.errors import ValidationErrors
from app.services.unit_of_work import Database
from tests.services.credit_helpers import A, D, customer, invoice

LEVELS = [LevelInfo(1, 7, A("0"), A("0"), "Reminder", A("0")),
          LevelInfo(2, 30, A("20.00"), A("0.08"), "Second notice", A("0"))]


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def book(db: Database) -> Database:
    dunning.save_levels(db.uow(), LEVELS)
    customer(db, "EN1", name="Harbor Trading Ltd", language="en")
    customer(db, "ZH1", name="上海宏达贸易有限公司", language="zh_CN")
    for code in ("EN1", "ZH1"):
        invoice(db, code, f"{code}-I1", "2025-01-01", "1234.50", due="2025-01-31")
        invoice(db, code, f"{code}-I2", "2025-02-01", "99.99", due="2025-02-20")
    dunning.commit(db.uow(), D("2025-02-10"))
    return db


def test_letters_in_english_and_chinese_with_every_overdue_invoice(book: Database, tmp_path: Path) -> None:
    run = dunning.propose(book.uow(), D("2025-03-05"))
    assert [(p.customer, p.level) for p in run.proposals] == [("EN1", 2), ("ZH1", 2)]
    paths = letters.write_letters(book.uow(), run, tmp_path)
    assert [p.name for p in paths] == ["EN1.pdf", "ZH1.pdf", "all.pdf"]
    en = text_of(tmp_path / "EN1.pdf")
    for s in ("Test Trading Co", "Harbor Trading Ltd", "Second notice", "EN1-I1", "EN1-I2", "2025-01-31",
              "1,234.50", "Total due: CNY 1,363.70", "Fee: CNY 20.00", "2025-03-19"):
        assert s in en, s
    # interest: 1234.50 x 0.08 x 33 / 365 = 8.93 and 99.99 x 0.08 x 13 / 365 = 0.28, together 9.21
    p = run.proposals[0]
    assert [i.interest for i in p.invoices] == [A("8.93"), A("0.28")]
    assert p.total == A("1334.49") + A("20.00") + A("9.21")
    zh = text_of(tmp_path / "ZH1.pdf")
    for s in ("上海宏达贸易有限公司", "第二次催款通知", "逾期金额", "应付合计：CNY 1,363.70", "ZH1-I2", "发票号"):
        assert s in zh, s
    both = text_of(tmp_path / "all.pdf")
    assert "Harbor Trading Ltd" in both and "上海宏达贸易有限公司" in both


def test_letters_render_as_pictures(book: Database, tmp_path: Path) -> None:
    run = dunning.propose(book.uow(), D("2025-03-05"))
    letters.write_letters(book.uow(), run, tmp_path)
    for name in ("EN1", "ZH1"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(tmp_path / f"{name}.pdf"),
                        str(tmp_path / name)], check=True)
        png = next(tmp_path.glob(f"{name}-*.png"))
        assert png.stat().st_size > 10_000


def test_edited_template_with_placeholders(book: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationErrors) as e:
        letters.save_template(book.uow(), 2, "en", "Pay {nonsense}", "Hello {customer}")
    assert {p.field for p in e.value.problems} == {"subject", "body"}
    letters.save_template(book.uow(), 2, "en", "Account {customer_code}: {title}",
                          "Dear {customer_name},\n\n{invoices}\n\nPlease pay {total} by {due_by}.")
    run = dunning.propose(book.uow(), D("2025-03-05"))
    data = letters.letter_pdf(book.uow(), run.proposals[0], run.as_of)
    out = tmp_path / "preview.pdf"
    out.write_bytes(data)
    text = text_of(out)
    assert "Account EN1: Second notice" in text
    assert "Please pay CNY 1,363.70 by 2025-03-19." in text
    assert "EN1-I2" in text
    assert letters.reset_template(book.uow(), 2, "en").is_default
    assert letters.get_template(book.uow(), 2, "en").subject == "Second notice"


def test_a_run_without_letters_still_writes_a_printable_all_pdf(book: Database, tmp_path: Path) -> None:
    run = dunning.propose(book.uow(), D("2025-01-15"))
    assert run.proposals == ()
    paths = letters.write_letters(book.uow(), run, tmp_path)
    assert [p.name for p in paths] == ["all.pdf"]
    assert "No dunning letters are due as of 2025-01-15." in text_of(tmp_path / "all.pdf")
