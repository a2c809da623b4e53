"""`duebook mail invoice` / `mail receipt`: the customer receives the PDF in their language (INTERCHANGE §10)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.services.company import open_company
from app.services.outbox import transport
from tests.conftest import MemoryKeyring
from tests.mailserver import MailServer, mail_server
from tests.services.ledger_helpers import customer, invoice, payment
from tests.services.outbox_helpers import use_server


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MailServer]:
    with mail_server(tmp_path) as srv:
        yield srv


def _run(path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    f = tmp_path / "att.pdf"
    f.write_bytes(data)
    return subprocess.run(["pdftotext", str(f), "-"], capture_output=True, text=True, check=True).stdout


def test_an_invoice_and_a_receipt_go_to_a_chinese_customer_with_their_pdfs(
        db, server: MailServer, tmp_path: Path, memory_keyring: MemoryKeyring,  # type: ignore[no-untyped-def]
        capsys: pytest.CaptureFixture[str]) -> None:
    customer(db, "C1", "上海华东贸易有限公司", email="caiwu@huadong.example", language="zh_CN")
    invoice(db, "C1", "2026-03-01", "1234.50", number="INV-42")
    payment(db, "C1", "2026-03-20", "1234.50", number="PAY-7", invoice="INV-42")
    use_server(db, server)
    path = Path(str(db.path))
    db.close()
    assert _run(path, capsys, "mail", "invoice", "INV-42")[0] == 0
    code, out, _err = _run(path, capsys, "mail", "receipt", "PAY-7", "--json")
    assert code == 0 and '"kind": "receipt"' in out
    again = open_company(str(path))
    try:
        report = transport.send_due(again.uow())
    finally:
        again.close()
    assert len(report.sent) == 2 and not report.failed
    inv, rec = server.received
    assert "销售单 INV-42" in inv["Subject"] and "1,234.50" in inv.get_body(("plain",)).get_content()
    [att] = list(inv.iter_attachments())
    assert att.get_filename().startswith("销售单_INV-42")
    assert "INV-42" in _pdf_text(att.get_content(), tmp_path)
    assert "收据" in rec["Subject"]
    [att] = list(rec.iter_attachments())
    text = _pdf_text(att.get_content(), tmp_path)
    assert "PAY-7" in text and "壹仟贰佰叁拾肆元伍角" in text  # the amount in capitals on a Chinese receipt


def test_a_customer_without_an_address_is_a_user_error(db, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    customer(db, "C1", "Harbor Trading Ltd")
    invoice(db, "C1", "2026-03-01", "10.00", number="INV-1")
    path = Path(str(db.path))
    db.close()
    code, _out, err = _run(path, capsys, "mail", "invoice", "INV-1")
    assert code == 1 and err.count("\n") == 1 and "C1" in err
    code, _out, err = _run(path, capsys, "mail", "invoice", "NOPE")
    assert code == 1 and "NOPE" in err
