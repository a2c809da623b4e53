"""Statement batches: a PDF per customer, one merged PDF to print, one workbook; cancel leaves nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.services.documents.batch import (
    MERGED_NAME,
    WORKBOOK_NAME,
    BatchResult,
    run_statement_batch,
    safe_file_stem,
)
from app.services.errors import Cancelled, ValidationErrors
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import d, invoice
from tests.services.test_statement_pdf import ZH_NAME, make_books, needs_poppler, pdf_text


class Recorder:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.cancel_after = cancel_after

    def update(self, done: int, total: int) -> None:
        self.calls.append((done, total))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.calls) > self.cancel_after


def run(db: Database, out: Path, **kw: Any) -> BatchResult:
    return run_statement_batch(db, d("2026-02-01"), d("2026-03-31"), out, **kw)


@needs_poppler
def test_batch_of_customers_with_a_balance(db: Database, tmp_path: Path) -> None:
    make_books(db)
    progress = Recorder()
    result = run_statement_batch(db, d("2026-02-01"), d("2026-03-31"), tmp_path / "out", progress=progress)
    assert [i.code for i in result.items] == ["C1", "C2", "C3"]  # C4 is paid up
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["C1.pdf", "C2.pdf", "C3.pdf", MERGED_NAME,
                                                                      WORKBOOK_NAME]
    assert ZH_NAME in pdf_text(tmp_path / "out" / "C1.pdf")
    assert "Harbor Trading Ltd" in pdf_text(tmp_path / "out" / "C2.pdf")
    merged = PdfReader(str(result.merged_pdf))
    assert len(merged.pages) == sum(len(PdfReader(str(p)).pages) for p in result.files)
    assert result.merged_pdf is not None and result.workbook is not None
    text = pdf_text(result.merged_pdf)
    assert ZH_NAME in text and "Harbor Trading Ltd" in text
    wb = load_workbook(result.workbook)
    assert len(wb.sheetnames) == 3 and wb.sheetnames[0].startswith("C1")
    assert progress.calls[-1][0] == progress.calls[-1][1] > 0


def test_selection_by_tag_category_codes_and_zero_balances(db: Database, tmp_path: Path) -> None:
    make_books(db)
    assert [i.code for i in run(db, tmp_path / "tag", tag="vip").items] == ["C1"]
    assert [i.code for i in run(db, tmp_path / "cat", category="small_business").items] == ["C2"]
    r = run(db, tmp_path / "codes", codes=["C4", "C2"], merged=False)
    assert [i.code for i in r.items] == ["C2", "C4"]
    assert r.merged_pdf is None
    everyone = run(db, tmp_path / "all", with_balance_only=False)
    assert [i.code for i in everyone.items] == ["C1", "C2", "C3", "C4"]


def test_unknown_codes_are_all_reported_and_nothing_is_written(db: Database, tmp_path: Path) -> None:
    make_books(db)
    with pytest.raises(ValidationErrors) as e:
        run(db, tmp_path / "x", codes=["C1", "NOPE", "ALSO"])
    assert [p.message for p in e.value.problems] == ["no customer with code NOPE", "no customer with code ALSO"]
    assert not (tmp_path / "x").exists()


def test_cancel_stops_and_removes_what_was_written(db: Database, tmp_path: Path) -> None:
    make_books(db)
    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        run(db, out, progress=Recorder(cancel_after=2))
    assert list(out.iterdir()) == []


def test_an_empty_selection_writes_nothing(db: Database, tmp_path: Path) -> None:
    make_books(db)
    r = run(db, tmp_path / "none", tag="no-such-tag")
    assert r.items == () and r.merged_pdf is None and r.workbook is None


def test_open_item_batch(db: Database, tmp_path: Path) -> None:
    make_books(db)
    r = run(db, tmp_path / "oi", open_item=True, codes=["C1"])
    assert r.items[0].lines == 2  # INV-C1-02 and INV-C1-03 are open


def test_file_names_from_codes_are_safe_and_unique() -> None:
    taken: set[str] = set()
    assert safe_file_stem("A/B:C", taken) == "A_B_C"
    assert safe_file_stem("a_b_c", taken) == "a_b_c_2"
    assert safe_file_stem("all", taken) == "all_2"  # never overwrites all.pdf
    assert safe_file_stem("客户1", taken) == "客户1"


def test_the_bookkeeper_can_keep_posting_while_a_batch_runs(db: Database, tmp_path: Path) -> None:
    """The batch reads without the write lock, so a write in the middle of it goes through."""
    make_books(db)
    posted: list[str] = []

    class PostsMidway(Recorder):
        def update(self, done: int, total: int) -> None:
            super().update(done, total)
            if done == 1 and not posted:
                invoice(db, "C2", "2026-03-15", "9.99", "INV-DURING-BATCH")  # blocked 10 s, then refused, if locked
                posted.append("ok")

    result = run(db, tmp_path / "out", progress=PostsMidway())
    assert posted == ["ok"]
    assert result.count == 3
