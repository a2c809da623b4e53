"""Hostile characters stop at the edge: control characters in any text field, direction overrides
in codes and names, look-alike codes that would make two customers of one, and a CSV whose quote
never closes (issue 20, item 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.services.company import open_company
from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.errors import ValidationErrors
from app.services.unit_of_work import Database
from tests.cli.conftest import Runner


def _import(duebook: Runner, tmp_path: Path, csv_text: str, name: str = "customers.csv"):  # type: ignore[no-untyped-def]
    assert duebook("init", "--company", "Test Co", "--currency", "CNY").code == 0
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(csv_text, encoding="utf-8")
    return duebook("import", str(folder))


@pytest.mark.parametrize("value,why", [("Harbor\x00Trading", "control character"),
                                       ("\x1b[31mHarbor", "control character"),
                                       ("Harbor \u202eLTD", "character that reverses or hides text")])
def test_hostile_characters_in_a_name_are_refused_at_import_and_in_the_form(
        duebook: Runner, tmp_path: Path, company_file: Path, value: str, why: str) -> None:
    r = _import(duebook, tmp_path, f"code,name\nC1,{value}\n")
    assert r.code == 1 and f"customers.csv:2:name: holds a {why}" in r.err
    db = open_company(str(company_file))
    try:
        with pytest.raises(ValidationErrors, match=why):
            customers.create_customer(db.uow(), CustomerInput(code="C1", name=value))
    finally:
        db.close()


@pytest.mark.parametrize("look_alike", ["Ｃ1", "C1\u00a0", "C1\u3000", "C1\u200b", " C1"])
def test_look_alike_codes_are_one_code(db: Database, look_alike: str) -> None:
    customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd"))
    with pytest.raises(ValidationErrors, match="already used"):
        customers.create_customer(db.uow(), CustomerInput(code=look_alike, name="Another Ltd"))


def test_look_alike_codes_in_one_import_are_one_customer(duebook: Runner, tmp_path: Path) -> None:
    r = _import(duebook, tmp_path, "code,name\nC1,Harbor Trading Ltd\nC1\u200b,Another Ltd\n")
    assert r.code == 1 and "customers.csv:3:code:" in r.err


def test_a_quote_never_closed_is_refused_with_the_row_where_it_opened(duebook: Runner, tmp_path: Path) -> None:
    r = _import(duebook, tmp_path, 'code,name\nC1,"Harbor\nC2,Second Ltd\nC3,Third Ltd\n')
    assert r.code == 1 and "customers.csv:2:*: a quote opened on this row is never closed" in r.err
    assert duebook("customers", "--json").json == []


def test_an_escape_sequence_left_in_old_data_is_never_printed_raw(duebook: Runner, company_file: Path,
                                                                  tmp_path: Path) -> None:
    assert _import(duebook, tmp_path, "code,name\nC1,Harbor Trading Ltd\n").code == 0
    db = open_company(str(company_file))
    try:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE customers SET name = 'Evil \x1b]0;owned\x07 Ltd'"))
    finally:
        db.close()
    r = duebook("customers")
    assert r.code == 0 and "\x1b" not in r.out and "\x07" not in r.out
