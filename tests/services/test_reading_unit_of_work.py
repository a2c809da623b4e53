"""A unit of work declared to read never takes the write lock and never writes: a writer in another
process goes on while it is held open, and a change flushed or committed through it is refused."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Customer
from app.services import permissions
from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.unit_of_work import Database, WriteInReadingWork
from tests.services.ledger_helpers import customer

WRITER = textwrap.dedent("""
    import sys
    from app.services.customers import records as customers
    from app.services.company import open_company
    from app.services.dto import CustomerInput
    db = open_company(sys.argv[1])
    db.engine.pool.dispose()
    customers.create_customer(db.uow(), CustomerInput(code="W", name="Written Meanwhile Ltd"))
    db.close()
    print("written")
""")


def test_a_held_reading_unit_of_work_does_not_block_a_writer_in_another_process(db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("the write lock at BEGIN is SQLite's")
    customer(db, "A", "Harbor Trading Ltd")
    path = db.path
    assert path is not None
    db.close()  # the other process must be able to take the company's lock file
    from app.services.company import open_company

    reader_db = open_company(path)
    try:
        with reader_db.read_uow() as ruow:
            names = ruow.session.execute(select(Customer.name)).scalars().all()  # the snapshot begins
            assert names == ["Harbor Trading Ltd"]
            done = subprocess.run([sys.executable, "-c", WRITER, path], capture_output=True, text=True, timeout=60,
                                  env={"PYTHONPATH": str(Path(__file__).resolve().parents[2]),
                                       "DUEBOOK_NO_AUTO_BACKUP": "1", "PATH": "/usr/bin:/bin"})
            assert done.returncode == 0 and "written" in done.stdout, done.stderr
            # still the snapshot it began with
            assert ruow.session.execute(select(Customer.name)).scalars().all() == ["Harbor Trading Ltd"]
        assert [r.code for r in customers.list_customers(reader_db.read_uow(), customers.CustomerFilter())] \
            == ["A", "W"]
    finally:
        reader_db.close()


def test_writing_through_a_reading_unit_of_work_is_refused_and_nothing_changes(db: Database) -> None:
    customer(db, "A", "Harbor Trading Ltd")
    with db.read_uow() as ruow:
        assert ruow.intent == "read"
        c = ruow.session.execute(select(Customer).where(Customer.code == "A")).scalar_one()
        c.name = "Changed Ltd"
        with pytest.raises(WriteInReadingWork):
            ruow.session.flush()
    with db.read_uow() as ruow, pytest.raises(WriteInReadingWork):
        ruow.commit()
    with pytest.raises(WriteInReadingWork):
        customers.create_customer(db.read_uow(), CustomerInput(code="N", name="New Ltd"))
    with pytest.raises(WriteInReadingWork):
        permissions.require(db.read_uow(), "customer.write")
    assert db.uow().intent == "write"
    assert [r.name for r in customers.list_customers(db.read_uow(), customers.CustomerFilter())] \
        == ["Harbor Trading Ltd"]
