"""Two bookkeepers on one server at the same moment never corrupt a figure.

Each test runs real separate processes (spawned) against the PostgreSQL test
server, then compares with the same work done one after the other.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import Application, AuditEntry, Document
from app.services import audit
from app.services.company import open_company
from app.services.ledger import postings as ledger
from app.services.ledger.aging import aging
from app.services.sql import balances, money_sum
from tests.postgres import workers
from tests.postgres.conftest import empty_schema

ROUNDS = 6


def _in_processes(calls: list[tuple[str, tuple[Any, ...]]]) -> list[Any]:
    """Run each (function name in workers, args) in its own process, all released at once."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    start = ctx.Barrier(len(calls))
    procs = [ctx.Process(target=workers.run_in_process, args=(queue, name, *args, start)) for name, args in calls]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    for r in results:
        assert not (isinstance(r, dict) and "crash" in r), r
    return results


def _figures(url: str) -> dict[str, Any]:
    """Everything a bookkeeper would look at, independent of which writer came first."""
    db = open_company(url)
    try:
        with db.uow() as uow:
            s = uow.session
            docs = s.execute(select(Document.kind, Document.number, Document.customer_id, Document.amount,
                                    Document.open_amount)).all()
            applied: dict[int, Decimal] = dict(s.execute(  # type: ignore[arg-type]
                select(Application.debit_id, money_sum(Application.amount))
                .where(Application.undone_at.is_(None)).group_by(Application.debit_id)).all())
            ids: dict[str, int] = dict(s.execute(select(Document.number, Document.id)).all())  # type: ignore[arg-type]
            bal = {cid: b for cid, b in balances(s).items()}
            chain = audit.verify_chain(s)
            audit_entries = s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
        rep = aging(db.uow(), dt.date(2026, 4, 15))
        invoices_a = {n: o for k, n, c, a, o in docs if k == "invoice" and n <= "INV000006"}
        return {
            "balances": bal,
            "aging": [(r.code, r.amounts, r.unapplied, r.total) for r in rep.rows],
            "invoices_of_a_open": invoices_a,
            "unapplied_total": sum((o for k, n, c, a, o in docs if k == "payment"), Decimal(0)),
            "kinds": Counter(k for k, *_ in docs),
            "numbers_unique": len({(k, n) for k, n, *_ in docs}) == len(docs),
            # the stored open amount of every invoice agrees with its applications (no lost update)
            "open_matches_applications": all(o == a - applied.get(ids[n], Decimal(0))
                                             for k, n, c, a, o in docs if k == "invoice"),
            "audit_chain_ok": chain.ok,
            "audit_entries": audit_entries,
        }
    finally:
        db.close()


@pytest.fixture(scope="module")
def two_at_once() -> Iterator[tuple[list[Any], list[Any], dict[str, Any], dict[str, Any]]]:
    """The same work by two bookkeepers at once, and by one after the other: results and figures of each."""
    with empty_schema() as together_url, empty_schema() as alone_url:
        workers.setup_company(together_url)
        results = _in_processes([("bookkeeper", (together_url, ROUNDS)), ("bookkeeper", (together_url, ROUNDS))])
        workers.setup_company(alone_url)
        serial = [workers.bookkeeper(alone_url, ROUNDS), workers.bookkeeper(alone_url, ROUNDS)]
        yield results, serial, _figures(together_url), _figures(alone_url)


def test_two_bookkeepers_at_once_end_with_the_figures_of_one_after_the_other(two_at_once: Any) -> None:
    results, serial, together, alone = two_at_once
    assert [r["errors"] for r in results] == [[], []]
    assert together["numbers_unique"] and together["open_matches_applications"]
    assert sum(r["refused"] for r in results) == sum(r["refused"] for r in serial) == 5  # 7 x 700.00 fit 5,000.00; 12 tried
    numbers = [n for r in results for n in r["posted"]]
    assert len(numbers) == len(set(numbers)), "a document number was handed out twice"
    for key in ("balances", "aging", "invoices_of_a_open", "unapplied_total", "kinds"):
        assert together[key] == alone[key], key
    assert together["balances"][1] == Decimal("3000.00") - 2 * ROUNDS * workers.PAYMENT
    assert together["balances"][2] == Decimal("4900.00")


def test_the_audit_trail_stays_one_chain_with_two_writers(two_at_once: Any) -> None:
    _results, _serial, together, alone = two_at_once
    assert alone["audit_chain_ok"]
    assert together["audit_entries"] == alone["audit_entries"]
    assert together["audit_chain_ok"], "two writers chained their audit entries to the same predecessor"


def test_two_payments_applied_to_one_invoice_at_once_never_over_apply_it(pg_url: str) -> None:
    workers.setup_company(pg_url)
    db = open_company(pg_url)
    try:
        inv = ledger.find_document(db.uow(), "invoice", "INV000001")
        # two payments with 500.00 unapplied each (each fills another invoice of 500.00 first)
        p1 = ledger.post_payment(db.uow(), "A001", workers.DAY, Decimal("1000.00"), invoice_number="INV000002")
        p2 = ledger.post_payment(db.uow(), "A001", workers.DAY, Decimal("1000.00"), invoice_number="INV000003")
        c1, c2 = p1.document.id, p2.document.id
    finally:
        db.close()
    outcomes = _in_processes([("apply_whole", (pg_url, c1, inv.id)), ("apply_whole", (pg_url, c2, inv.id))])
    assert sorted(o.split(":")[0] for o in outcomes) == ["applied", "refused"], outcomes
    db = open_company(pg_url)
    try:
        after = ledger.find_document(db.uow(), "invoice", "INV000001")
        assert after.open_amount == Decimal("0.00")
        apps = ledger.applications_of(db.uow(), inv.id, include_undone=False)
        assert sum((a.amount for a in apps), Decimal(0)) == Decimal("500.00")
    finally:
        db.close()
