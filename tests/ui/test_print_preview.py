"""Print preview and printing of statements, and the statement batch dialog, as a bookkeeper uses them."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter

from app.services import company as company_svc
from app.services.company import create_company
from app.services.documents.statement_pdf import write_statement_pdf
from app.services.errors import Cancelled
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.dialogs import statement_batch
from app.ui.dialogs.print_preview import PrintPreviewDialog, render_page
from app.ui.dialogs.statement_batch import StatementBatchDialog
from tests.services.ledger_helpers import customer, d, invoice
from tests.services.test_statement_pdf import make_books, statement_of
from tests.ui.conftest import wait_jobs


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A statement long enough for three pages (built once for the module)."""
    folder = tmp_path_factory.mktemp("long")
    books = create_company(str(folder / "long.duebook"), "Print Test Co", "CNY", "en")
    try:
        customer(books, "L1", "Long Ledger Ltd", language="en")
        for i in range(110):
            invoice(books, "L1", d("2026-01-01").fromordinal(d("2026-01-01").toordinal() + i).isoformat(),
                    "10.00", f"INV-L-{i:04d}")
        st = statement_of(books, "L1", frm="2026-01-01", to="2026-06-30")
    finally:
        books.close()
    return write_statement_pdf(st, folder / "long.pdf")


@pytest.fixture
def ctx(qtbot: Any, db: Database) -> Iterator[AppContext]:
    c = AppContext()
    c.set_language("en", save=False)
    c.set_database(db, company_svc.company_info(db.uow()))
    yield c
    c.jobs.wait(10000)
    c.db = None  # the db fixture closes the company


def pdf_printer(path: Path) -> QPrinter:
    p = QPrinter(QPrinter.PrinterMode.HighResolution)
    p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    p.setOutputFileName(str(path))
    return p


def dark_pixels(img: Any, step: int = 3) -> int:
    return sum(1 for x in range(0, img.width(), step) for y in range(0, img.height(), step)
               if QColor(img.pixel(x, y)).lightness() < 128)


def test_preview_shows_the_pages_on_white_with_a_navigator_and_zoom(qtbot: Any, long_pdf: Path) -> None:
    dlg = PrintPreviewDialog(long_pdf)
    qtbot.addWidget(dlg)
    dlg.show()
    n = len(PdfReader(str(long_pdf)).pages)
    assert n >= 3
    assert dlg.page_count == n and dlg.view.document() is dlg.doc
    assert f"{n} page(s) · 100%" in dlg.info.text()
    img = render_page(dlg.doc, 0, dlg.doc.pagePointSize(0).toSize())
    assert QColor(img.pixel(2, 2)) == QColor("white")  # printing paints onto white, not transparent black
    assert dark_pixels(img) > 50  # text is there

    qtbot.waitUntil(lambda: dark_pixels(dlg.view.grab().toImage(), 4) > 50, timeout=10000)  # the view drew text
    shot = dlg.view.grab().toImage()
    center = QColor(shot.pixel(shot.width() // 2, 30))
    assert center.lightness() > 240  # a white page, not the grey around it

    assert dlg.current_page == 0 and not dlg.prev_btn.isEnabled() and dlg.page_selector.currentPage() == 0
    qtbot.mouseClick(dlg.next_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.current_page == 1, timeout=5000)
    assert dlg.page_selector.currentPage() == 1 and dlg.prev_btn.isEnabled()
    dlg.page_selector.setCurrentPage(n - 1)
    qtbot.waitUntil(lambda: dlg.current_page == n - 1, timeout=5000)
    assert not dlg.next_btn.isEnabled()

    before = dlg.view.verticalScrollBar().maximum()
    qtbot.mouseClick(dlg.zoom_in_btn, Qt.MouseButton.LeftButton)
    assert dlg.view.zoomFactor() == 1.25 and "125%" in dlg.info.text()
    assert dlg.view.verticalScrollBar().maximum() > before  # the pages grew
    qtbot.mouseClick(dlg.fit_btn, Qt.MouseButton.LeftButton)
    assert dlg.view.zoomMode() == dlg.view.ZoomMode.FitToWidth and "fit width" in dlg.info.text()


def test_printing_to_a_pdf_printer_prints_every_page(qtbot: Any, long_pdf: Path, tmp_path: Path) -> None:
    dlg = PrintPreviewDialog(long_pdf)
    qtbot.addWidget(dlg)
    out = tmp_path / "printed.pdf"
    assert dlg.print_to(pdf_printer(out)) == dlg.page_count
    assert len(PdfReader(str(out)).pages) == dlg.page_count


def test_printing_a_page_range(qtbot: Any, long_pdf: Path, tmp_path: Path) -> None:
    dlg = PrintPreviewDialog(long_pdf)
    qtbot.addWidget(dlg)
    printer = pdf_printer(tmp_path / "page2.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert dlg.print_to(printer) == 1
    assert len(PdfReader(str(tmp_path / "page2.pdf")).pages) == 1


def test_an_unreadable_file_says_so_and_cannot_be_printed(qtbot: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    dlg = PrintPreviewDialog(bad)
    qtbot.addWidget(dlg)
    assert "cannot be read" in dlg.info.text()
    assert not dlg.print_btn.isEnabled()


def test_batch_dialog_writes_statements_for_chosen_codes(qtbot: Any, ctx: AppContext, db: Database,
                                                         tmp_path: Path) -> None:
    make_books(db)
    dlg = StatementBatchDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    wait_jobs(qtbot, ctx)
    assert dlg.tag.findText("vip") >= 0  # the tags of the company were loaded
    dlg.date_from.setDate(dlg.date_from.date().fromString("2026-02-01", "yyyy-MM-dd"))
    dlg.date_to.setDate(dlg.date_to.date().fromString("2026-03-31", "yyyy-MM-dd"))
    dlg.out_dir.setText(str(tmp_path / "out"))
    qtbot.keyClicks(dlg.codes, "C1, C2")
    assert dlg.codes_btn.isChecked()
    qtbot.mouseClick(dlg.run_btn, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx, 30000)
    assert "2 statements written" in dlg.status.text()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["C1.pdf", "C2.pdf", "all.pdf",
                                                                     "statements.xlsx"]
    assert dlg.print_btn.isEnabled() and dlg.run_btn.isEnabled() and not dlg.cancel_btn.isEnabled()
    assert dlg.bar.value() == dlg.bar.maximum()


def test_batch_dialog_cancel(qtbot: Any, ctx: AppContext, db: Database, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_batch(db: Any, d1: Any, d2: Any, out: Any, *, progress: Any, **kw: Any) -> None:
        for i in range(1000):
            progress.update(i, 1000)
            if progress.cancelled():
                raise Cancelled()
            time.sleep(0.01)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(statement_batch, "run_statement_batch", slow_batch)
    dlg = StatementBatchDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    wait_jobs(qtbot, ctx)
    dlg.out_dir.setText(str(tmp_path / "out"))
    qtbot.mouseClick(dlg.run_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.bar.value() > 3, timeout=5000)
    assert not dlg.close_btn.isEnabled()
    qtbot.mouseClick(dlg.cancel_btn, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert "Cancelled" in dlg.status.text()
    assert dlg.run_btn.isEnabled() and dlg.close_btn.isEnabled()
