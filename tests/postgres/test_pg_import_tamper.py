"""The row digests of an import and audit verify's comparisons read the same on a PostgreSQL server
(fixture `db` of tests/postgres/conftest.py; the whole set runs on SQLite in tests/services)."""

from __future__ import annotations

import pytest

from app.services.safety import audit_trail
from app.services.unit_of_work import Database
from tests.services.test_import_tamper import books, edit_behind_the_back, test_an_untouched_import_verifies

__all__ = ["books", "test_an_untouched_import_verifies"]


@pytest.mark.parametrize("sql,named", [
    ("UPDATE documents SET amount = amount + 1 WHERE number = 'I137'", "invoice I137"),
    ("UPDATE applications SET amount = 1 WHERE id = (SELECT MAX(id) FROM applications)", "application"),
    ("UPDATE documents SET open_amount = 0 WHERE number = 'H1'", "invoice H1 is open for 0.00"),
])
def test_an_edit_on_the_server_is_named(books: Database, sql: str, named: str) -> None:
    edit_behind_the_back(books, sql)
    rep = audit_trail.verify(books.uow())
    assert not rep.ok and named in rep.problem, rep.problem
