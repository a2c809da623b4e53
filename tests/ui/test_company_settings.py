"""Settings > Company as a person uses it: details and a logo saved, a bad picture refused with a
clear message, the logo on the statement's letterhead; a new customer's letters in the company's language."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from app.services.company import company_info
from app.services.documents.statement_pdf import write_statement_pdf
from app.services.ledger import statements
from tests.services.ledger_helpers import customer, d, invoice
from tests.ui.conftest import wait_jobs


def _png(path: Path) -> Path:
    buf = io.BytesIO()
    Image.new("RGB", (300, 100), (200, 30, 30)).save(buf, "PNG")
    path.write_bytes(buf.getvalue())
    return path


def test_company_details_and_logo_are_saved_and_printed(qtbot, window, db, tmp_path):  # type: ignore[no-untyped-def]
    window.go("settings")
    page = window.page("settings")
    page.address.setPlainText("上海市浦东新区世纪大道100号")
    page.bank_details.setPlainText("招商银行上海分行\n账号 6225 8888 1234 5678")
    bad = tmp_path / "logo.png"
    bad.write_text("not a picture")
    assert not page.logo.load_file(str(bad))
    assert page.logo.message.isVisible() or page.logo.message.text()
    assert "PNG or JPEG" in page.logo.message.text()
    assert page.logo.data is None and not page.logo.remove.isEnabled()
    assert page.logo.load_file(str(_png(tmp_path / "good.png")))
    assert page.logo.message.text() == "" and page.logo.remove.isEnabled()
    assert not page.logo.preview.pixmap().isNull()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    assert page.result.text() == "Saved."
    info = company_info(db.uow())
    assert info.logo is not None and info.bank_details.endswith("5678")
    customer(db, "C1", "Harbor Trading Ltd", language="en")
    invoice(db, "C1", "2026-02-01", "100.00", "I1")
    out = write_statement_pdf(statements.statement(db.uow(), "C1", d("2026-01-01"), d("2026-03-31")),
                              tmp_path / "st.pdf")
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 3
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "账号 6225 8888 1234 5678" in text
    # removing it takes it off again
    qtbot.mouseClick(page.logo.remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    assert company_info(db.uow()).logo is None


def test_a_new_customer_writes_in_the_companys_default_language(qtbot, window, db):  # type: ignore[no-untyped-def]
    window.go("settings")
    page = window.page("settings")
    page.letters.setCurrentIndex(page.letters.findData("zh_CN"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window.ctx)
    assert window.ctx.language == "en"  # the program stays in English
    window.go("customers")
    customers = window.page("customers")
    customers.new_item()
    dlg = customers.dialog
    assert dlg.language.currentData() == "zh_CN"
    dlg.reject()
