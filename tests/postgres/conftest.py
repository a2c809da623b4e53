"""The same service and command-line tests against a real PostgreSQL server.

Runs only when ``DUEBOOK_TEST_PG_URL`` names a server (``.ci/run`` starts one with
``.ci/postgres`` and sets it); otherwise every test in this folder is skipped.
Each test gets its own schema (``search_path`` in the URL), dropped afterwards:
about 0.2 s for a fresh company, and nothing leaks between tests.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.cli import main
from app.services.company import create_company
from app.services.unit_of_work import Database

PG_URL = os.environ.get("DUEBOOK_TEST_PG_URL", "")
HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if PG_URL:
        return
    skip = pytest.mark.skip(reason="DUEBOOK_TEST_PG_URL is not set (run .ci/postgres and export it)")
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(skip)


def schema_url(base: str, schema: str) -> str:
    """The server URL with every connection's search_path set to ``schema``."""
    u = make_url(base)
    return u.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@contextmanager
def empty_schema() -> Iterator[str]:
    """A new schema on the test server, dropped afterwards; yields its URL."""
    name = "t_" + uuid.uuid4().hex[:16]
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    try:
        yield schema_url(PG_URL, name)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """An empty schema on the test server, as a URL every command and service accepts."""
    with empty_schema() as url:
        yield url


@pytest.fixture
def pg_url2() -> Iterator[str]:
    """A second empty schema, for comparing two runs."""
    with empty_schema() as url:
        yield url


@pytest.fixture
def db(pg_url: str) -> Iterator[Database]:
    """A new, empty company (CNY, English) on the PostgreSQL server: the server twin of tests/conftest.py's."""
    database = create_company(pg_url, "Test Trading Co", "CNY", "en")
    yield database
    database.close()


@pytest.fixture
def duebook(pg_url: str, capsys: pytest.CaptureFixture[str]) -> Callable[..., Any]:
    """tests/cli's runner with ``--db`` naming a fresh server schema instead of a file."""
    from tests.cli.conftest import Result

    def run(*args: str) -> Result:
        capsys.readouterr()
        try:
            code = main(["--db", pg_url, *args])
        except SystemExit as e:  # argparse usage errors
            code = int(e.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
