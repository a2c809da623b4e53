"""Amounts and dates beyond what the books hold are refused at the edge with a clear message, and
an error nobody foresaw ends in one line with exit 1, the change rolled back (issue 20, item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Runner


def _books(duebook: Runner, tmp_path: Path, customers: str = "code,name\nC1,Harbor Trading Ltd\n") -> Path:
    assert duebook("init", "--company", "Test Co", "--currency", "CNY").code == 0
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "customers.csv").write_text(customers, encoding="utf-8")
    return folder


def test_an_overflowing_import_is_refused_whole_and_the_books_still_read(duebook: Runner, tmp_path: Path) -> None:
    folder = _books(duebook, tmp_path)
    (folder / "invoices.csv").write_text("number,customer_code,issue_date,amount\n"
                                         "I1,C1,2026-01-05,90000000000000000\n"
                                         "I2,C1,2026-01-05,90000000000000000\n", encoding="utf-8")
    r = duebook("import", str(folder))
    assert r.code == 1
    assert "invoices.csv:2:amount: above the largest amount allowed" in r.err
    assert "invoices.csv:3:amount:" in r.err and "Traceback" not in r.err
    customers = duebook("customers", "--json")
    assert customers.code == 0 and customers.json == []  # nothing of the import was committed
    for argv in (["aging"], ["reminders"]):
        assert duebook(*argv).code == 0


@pytest.mark.parametrize("amount", ["99999999999999999999", "92233720368547758.08", "10000000000000.01"])
def test_amounts_beyond_the_bound_are_refused_with_file_row_and_column(duebook: Runner, tmp_path: Path,
                                                                       amount: str) -> None:
    folder = _books(duebook, tmp_path)
    (folder / "invoices.csv").write_text(f"number,customer_code,issue_date,amount\nI1,C1,2026-01-05,{amount}\n",
                                         encoding="utf-8")
    r = duebook("import", str(folder))
    assert r.code == 1 and r.err.startswith("invoices.csv:2:amount: above the largest amount allowed")


def test_the_largest_amount_itself_is_accepted(duebook: Runner, tmp_path: Path) -> None:
    folder = _books(duebook, tmp_path)
    (folder / "invoices.csv").write_text("number,customer_code,issue_date,amount\nI1,C1,2026-01-05,10000000000000\n",
                                         encoding="utf-8")
    assert duebook("import", str(folder)).code == 0
    assert duebook("balance", "C1", "--json").code == 0


def test_a_credit_limit_of_1e20_is_refused(duebook: Runner, tmp_path: Path) -> None:
    folder = _books(duebook, tmp_path, "code,name,credit_limit\nC1,Harbor Trading Ltd,100000000000000000000\n")
    r = duebook("import", str(folder))
    assert r.code == 1 and "customers.csv:2:credit_limit: above the largest amount allowed" in r.err


def test_a_date_in_the_year_9999_is_refused_at_import_and_on_the_command_line(duebook: Runner,
                                                                              tmp_path: Path) -> None:
    folder = _books(duebook, tmp_path)
    (folder / "invoices.csv").write_text("number,customer_code,issue_date,amount\nI1,C1,9999-12-31,10.00\n",
                                         encoding="utf-8")
    r = duebook("import", str(folder))
    assert r.code == 1 and "invoices.csv:2:issue_date: 9999-12-31 is outside 1900-01-01 to 2999-12-31" in r.err
    r = duebook("post-invoice", "C1", "--date", "9999-12-31", "--amount", "10.00")
    assert r.code == 2 and "9999-12-31 is outside" in r.err and "Traceback" not in r.err
    r = duebook("post-invoice", "C1", "--date", "1899-12-31", "--amount", "10.00")
    assert r.code == 2 and "is outside" in r.err


def test_a_typed_amount_beyond_the_bound_is_refused(duebook: Runner, tmp_path: Path) -> None:
    _books(duebook, tmp_path)
    r = duebook("post-invoice", "C1", "--date", "2026-01-05", "--amount", "99999999999999999999")
    assert r.code == 2 and "above the largest amount allowed" in r.err


def test_an_unforeseen_error_is_one_line_exit_1_and_rolled_back(duebook: Runner, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import audit

    folder = _books(duebook, tmp_path)
    real = audit.record

    def record(*args: object, **kw: object) -> object:
        if args[2] == "import":  # the import's own entry: after every row was written in the transaction
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(audit, "record", record)
    r = duebook("import", str(folder))
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err
    assert "OverflowError" in r.err
    monkeypatch.setattr(audit, "record", real)
    assert duebook("customers", "--json").json == []


def test_an_unforeseen_error_never_shows_a_password() -> None:
    from app.cli import unexpected

    text = unexpected(RuntimeError("connection to postgresql+psycopg://app:s3cret@db:5432/x failed; password=s3cret"))
    assert "s3cret" not in text and "app:***@db" in text
