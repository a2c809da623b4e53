"""Letters and statements ready to mail: nothing left alone on a page, a confirmation block on
Chinese statements; read back page by page with pdftotext as a customer would read them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.services.collections import dunning, letters
from app.services.collections.dunning import LevelInfo
from app.services.documents.statement_pdf import write_statement_pdf
from app.services.ledger import statements
from app.services.unit_of_work import Database
from tests.services.credit_helpers import A, D
from tests.services.credit_helpers import customer as credit_customer
from tests.services.credit_helpers import invoice as credit_invoice
from tests.services.ledger_helpers import customer, d, invoice
from tests.services.test_statement_pdf import pages, pdf_text

LEVELS = [LevelInfo(1, 7, A("0"), A("0.08"), "Reminder", A("0")),
          LevelInfo(2, 30, A("20.00"), A("0.08"), "Second notice", A("0")),
          LevelInfo(3, 60, A("50.00"), A("0.08"), "Third notice", A("0")),
          LevelInfo(4, 90, A("100.00"), A("0.08"), "Pre-legal notice", A("0"))]


def _days(start: str, n: int) -> str:
    return d(start).fromordinal(d(start).toordinal() + n).isoformat()


@pytest.mark.parametrize("open_item", [False, True])
def test_the_remittance_slip_never_stands_alone_on_a_page(db: Database, tmp_path: Path, open_item: bool) -> None:
    customer(db, "Z", "上海华东贸易有限公司", language="zh_CN", billing_address="上海市人民路1号")
    customer(db, "E", "Harbor Trading Ltd", language="en", billing_address="1 Harbor Way")
    lonely = []
    count = 0
    for n in range(8, 40, 3):  # statements of every length around one full page
        for code in "ZE":
            while count < n:
                for c in "ZE":
                    invoice(db, c, _days("2026-01-01", count), f"{100 + count}.25", f"INV-{c}-{count:04d}")
                count += 1
            st = statements.statement(db.uow(), code, d("2026-01-01"), d("2026-06-30"), open_item=open_item)
            out = write_statement_pdf(st, tmp_path / f"{code}-{n}.pdf")
            last = pdf_text(out, pages(out))
            slip = "汇款回执" if code == "Z" else "Remittance advice"
            assert slip in last
            if f"INV-{code}-" not in last:
                lonely.append((code, n, pages(out)))
    assert lonely == []


def test_a_chinese_statement_carries_the_customer_confirmation_and_stamp(db: Database, tmp_path: Path) -> None:
    customer(db, "Z", "上海华东贸易有限公司", language="zh_CN")
    customer(db, "E", "Harbor Trading Ltd", language="en")
    for code in "ZE":
        invoice(db, code, "2026-02-01", "1234.50", f"INV-{code}")
    zh = pdf_text(write_statement_pdf(statements.statement(db.uow(), "Z", d("2026-01-01"), d("2026-03-31")),
                                      tmp_path / "z.pdf"))
    en = pdf_text(write_statement_pdf(statements.statement(db.uow(), "E", d("2026-01-01"), d("2026-03-31")),
                                      tmp_path / "e.pdf"))
    for words in ("客户确认", "核对无误", "有差异", "客户（盖章）", "经办人（签字）", "年", "月", "日"):
        assert words in zh
    assert "客户确认" not in en and "stamp" not in en


@pytest.mark.parametrize("n", [22, 26, 28, 30, 34])
def test_the_chinese_letters_closing_stays_with_its_invoice_table(db: Database, tmp_path: Path, n: int) -> None:
    dunning.save_levels(db.uow(), LEVELS)
    credit_customer(db, "ZH1", name="上海宏达贸易有限公司", language="zh_CN")
    for k in range(n):
        credit_invoice(db, "ZH1", f"ZH-INV{k:04d}", "2024-11-01", f"{1000 + k}.50", due="2024-12-01")
    run = dunning.propose(db.uow(), D("2025-01-01"))
    path = letters.write_letters(db.uow(), run, tmp_path)[0]
    total = pages(path)
    last = pdf_text(path, total)
    assert "此致" in last and "敬礼" in last and "请于" in last
    # the closing never sits alone: the table's last rows and its total come along
    assert f"ZH-INV{n - 1:04d}" in last and "合计" in last
    if total > 1:
        assert "发票号" in last  # the table header repeats over the rows that went over


def test_each_level_has_its_own_letter_in_both_languages() -> None:
    subjects = {}
    for lang in ("en", "zh_CN"):
        texts = [letters.default_template(level, lang) for level in (1, 2, 3, 4)]
        assert len({t.subject for t in texts}) == 4
        assert len({t.body for t in texts}) == 4
        subjects[lang] = texts[3].subject
    assert subjects == {"en": "Pre-legal notice", "zh_CN": "律师函前最后通知"}


def test_a_letter_after_a_charged_one_says_since_when_interest_counts(db: Database, tmp_path: Path) -> None:
    dunning.save_levels(db.uow(), LEVELS)
    credit_customer(db, "EN1", name="Harbor Trading Ltd", language="en")
    credit_invoice(db, "EN1", "I1", "2024-11-01", "3650.00", due="2024-12-01")
    dunning.commit(db.uow(), D("2025-01-01"), post_charges=True)
    run = dunning.propose(db.uow(), D("2025-02-01"))
    path = letters.write_letters(db.uow(), run, tmp_path)[0]
    text = " ".join(pdf_text(path).split())
    assert "Interest up to 2025-01-01 was charged with our letter of that date" in text
    assert "Interest days" in text
    assert run.proposals[0].invoices[0].interest_days == 31


def test_the_letters_read_back_in_their_language(db: Database, tmp_path: Path) -> None:
    dunning.save_levels(db.uow(), LEVELS)
    credit_customer(db, "ZH1", name="上海宏达贸易有限公司", language="zh_CN")
    credit_invoice(db, "ZH1", "I1", "2024-11-01", "1000.00", due="2024-12-01")
    seen = []
    for as_of in ("2025-01-01", "2025-01-15", "2025-02-01", "2025-03-05"):
        run = dunning.propose(db.uow(), D(as_of))
        path = letters.write_letters(db.uow(), run, tmp_path / as_of)[0]
        seen.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout)
        dunning.commit(db.uow(), D(as_of), post_charges=True)
    assert "付款提醒" in seen[0] and "第二次催款通知" in seen[1]
    assert "第三次催款通知" in seen[2] and "律师函前最后通知" in seen[3]
    assert "律师" not in seen[2]
