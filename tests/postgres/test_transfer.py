"""Moving a company from a file to the server and back keeps every figure (``duebook transfer``)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from app.cli import main
from app.models import Document
from app.models.base import Base
from app.models.db import make_engine
from app.services import audit
from app.services.company import create_company, open_company
from app.services.customers import records as customers
from app.services.demo.sample import fill_demo
from app.services.dto import CustomerInput
from app.services.errors import Cancelled, CompanyFileError
from app.services.ledger import postings as ledger
from app.services.server.transfer import transfer

END = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def company_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A company file with two years of realistic documents (payments, credit notes, write-offs); read only."""
    path = str(tmp_path_factory.mktemp("transfer") / "local.duebook")
    db = create_company(path, "Local Trading Co", "CNY", "en")
    try:
        fill_demo(db, customers=25, invoices=400, seed=11, end=END)
        # a void (a document pointing at another) and Chinese text
        customers.create_customer(db.uow(), CustomerInput(code="Z中文", name="张三商行"))
        inv = ledger.post_invoice(db.uow(), "Z中文", dt.date(2026, 5, 1), Decimal("88.80")).document
        ledger.void_document(db.uow(), inv.id, dt.date(2026, 5, 2), "wrong customer")
    finally:
        db.close()
    return path


class _Counting:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.cancel_after = cancel_after

    def update(self, done: int, total: int) -> None:
        self.calls.append((done, total))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.calls) > self.cancel_after


def _aging_json(target: str, capsys: pytest.CaptureFixture[str]) -> object:
    capsys.readouterr()
    assert main(["--db", target, "aging", "--as-of", "2026-06-30", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_company_goes_to_the_server_and_back_with_every_figure_intact(
        company_file: str, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    progress = _Counting()
    report = transfer(company_file, pg_url, progress)
    assert report.rows > 800 and report.customers == 26
    assert progress.calls[-1][0] == progress.calls[-1][1] == report.rows
    back = str(tmp_path / "back.duebook")
    again = transfer(pg_url, back)
    assert {t.table: t.rows for t in again.tables} == {t.table: t.rows for t in report.tables}

    local = _aging_json(company_file, capsys)
    assert _aging_json(pg_url, capsys) == local
    assert _aging_json(back, capsys) == local

    # the loaded server schema has every foreign key and index the models declare
    engine = make_engine(pg_url)
    try:
        insp = inspect(engine)
        for table in Base.metadata.sorted_tables:
            assert {fk["name"] for fk in insp.get_foreign_keys(table.name)} == {
                str(fk.name) for fk in table.foreign_key_constraints}, table.name
            assert {ix["name"] for ix in insp.get_indexes(table.name)} >= {str(ix.name) for ix in table.indexes}
    finally:
        engine.dispose()

    server = open_company(pg_url)
    try:
        with server.uow() as uow:
            assert audit.verify_chain(uow.session).ok
        # the server keeps working after the copy: new ids and numbers follow the copied ones
        before = ledger.balance(server.uow(), "Z中文")
        customers.create_customer(server.uow(), CustomerInput(code="NEW1", name="New after transfer"))
        doc = ledger.post_invoice(server.uow(), "NEW1", dt.date(2026, 7, 1), Decimal("10.00")).document
        with server.uow() as uow:
            assert doc.id == uow.session.execute(select(Document.id).order_by(Document.id.desc())).scalar()
        assert ledger.balance(server.uow(), "NEW1") == Decimal("10.00")
        assert ledger.balance(server.uow(), "Z中文") == before == Decimal("0.00")
    finally:
        server.close()


def test_a_server_database_that_holds_a_company_is_refused_and_left_alone(company_file: str, db: object,
                                                                           pg_url: str) -> None:
    with pytest.raises(CompanyFileError, match="already holds a company"):
        transfer(company_file, pg_url)
    server = open_company(pg_url)
    try:
        with server.uow() as uow:
            assert uow.session.execute(select(Document.id)).first() is None
    finally:
        server.close()


def test_an_existing_file_is_never_overwritten(pg_url: str, company_file: str) -> None:
    transfer(company_file, pg_url)
    with pytest.raises(CompanyFileError, match="already exists"):
        transfer(pg_url, company_file)


def test_a_cancelled_transfer_leaves_nothing_behind(company_file: str, pg_url: str, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        transfer(company_file, pg_url, _Counting(cancel_after=3), batch=50)
    engine = make_engine(pg_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
    transfer(company_file, pg_url)  # and the same target takes a full copy afterwards

    target = tmp_path / "half.duebook"
    with pytest.raises(Cancelled):
        transfer(pg_url, str(target), _Counting(cancel_after=3), batch=50)
    assert not target.exists() and list(tmp_path.iterdir()) == []

    # a file left half-written by a killed transfer is not the company file and does not stand in the way
    (tmp_path / "half.duebook.partial").write_bytes(b"junk")
    transfer(pg_url, str(target))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["half.duebook"]
    db = open_company(str(target))
    try:
        assert ledger.balance(db.uow(), "Z中文") == Decimal("0.00")
    finally:
        db.close()


def test_transfer_on_the_command_line(company_file: str, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["transfer", "--from", company_file, "--to", pg_url, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["customers"] == 26 and out["tables"]["customers"] == 26
    assert "app:***@" in out["to"]  # the password is never printed
    assert main(["transfer", "--from", company_file, "--to", pg_url]) == 1
    assert "already holds a company" in capsys.readouterr().err
