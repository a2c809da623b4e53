"""Alerts kept between runs: what is read back always equals what is worked out afresh.

The document conditions of §11 are kept per customer with a fingerprint of its documents
(``alerts.detect.refresh``); every posting, void, merge or backdated document makes that customer's
findings be worked out again. These tests change a ledger in every such way and compare the alerts
read through the kept findings with the alerts worked out from nothing.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import delete, func, select, update

from app.models import AlertFact, AlertState, Customer, Document
from app.services.alerts import detect
from app.services.customers.duplicates import merge_by_code
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from tests.services.credit_helpers import A, D, customer, invoice, pay

AS_OF = ("2025-03-31", "2025-09-30", "2026-06-30")


def shown(db: Database, as_of: str) -> list[tuple[object, ...]]:
    found = detect.detect(db.read_uow(), D(as_of), include_dismissed=True)
    return [(a.kind, a.customer, a.document, a.severity, a.code, a.reason, a.detected_on) for a in found.alerts]


def afresh(db: Database, as_of: str) -> list[tuple[object, ...]]:
    """The alerts with nothing kept: every finding worked out from the documents."""
    with db.uow() as uow:
        uow.session.execute(delete(AlertFact))
        uow.session.execute(delete(AlertState))
        uow.commit()
    return shown(db, as_of)


def kept(db: Database) -> int:
    with db.read_uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(AlertState)) or 0


def refer(db: Database, number: str, reference: str) -> None:
    """Give a payment the reference its bank line carried (as an import or reconciliation does)."""
    with db.uow() as uow:
        uow.session.execute(update(Document).where(Document.number == number).values(reference=reference))
        uow.commit()


def busy_ledger(db: Database, seed: int = 7) -> None:
    """Six customers, two years of invoices and payments with every document condition in it."""
    rnd = random.Random(seed)
    for c in range(6):
        code = f"C{c}"
        customer(db, code)
        day = D("2024-06-01") + dt.timedelta(days=c)
        for i in range(14):
            amount = rnd.choice(["100.00", "120.00", "95.00", "110.00", "105.00"])
            if i in (9, 12) and c % 2 == 0:
                amount = "900.00"  # unusual
            invoice(db, code, f"{code}-I{i:02d}", day.isoformat(), amount)
            if i % 3 == 0:
                invoice(db, code, f"{code}-D{i:02d}", day.isoformat(), amount)  # same day, same amount
            day += dt.timedelta(days=rnd.choice([20, 30, 45]) if i != 10 else 200)  # a dormant spell
        for i in range(8):
            ledger.post_payment(db.uow(), code, D("2024-08-01") + dt.timedelta(days=40 * i), A("50.00"),
                                number=f"{code}-P{i}")
            refer(db, f"{code}-P{i}", f"REF-{c}-{i % 5}")


def test_kept_findings_equal_findings_worked_out_afresh_after_every_kind_of_change(db: Database) -> None:
    busy_ledger(db)
    before = {d: shown(db, d) for d in AS_OF}
    assert detect.refresh(db.uow()) == 6 and kept(db) == 6
    assert {d: shown(db, d) for d in AS_OF} == before  # read back the same
    assert any(kind == "possible_duplicate" for kind, *_ in before["2026-06-30"])
    assert any(kind == "unusual_amount" for kind, *_ in before["2026-06-30"])
    assert any(kind == "dormant_return" for kind, *_ in before["2026-06-30"])
    assert detect.refresh(db.uow()) == 0  # nothing changed: nothing remade

    invoice(db, "C1", "C1-LATE", "2024-06-20", "5000.00")  # backdated: changes later windows
    with db.read_uow() as uow:
        doc_id = uow.session.scalar(select(Document.id).where(Document.number == "C2-I09"))
    assert doc_id is not None
    ledger.void_document(db.uow(), doc_id, D("2026-06-30"), "entered twice")
    merge_by_code(db.uow(), "C3", "C4")
    pay(db, "C5", "C5-PX", "2025-01-02", "50.00")
    for d in AS_OF:  # C1, C2, C3, C4 and C5 are stale now: worked out afresh while reading
        assert shown(db, d) == afresh(db, d), d
    assert detect.refresh(db.uow()) == 5
    for d in AS_OF:
        assert shown(db, d) == afresh(db, d), d


def test_payments_sharing_a_reference_pair_up_as_of_the_date_asked(db: Database) -> None:
    customer(db, "C1")
    pay(db, "C1", "P-MAY", "2025-05-01", "80.00")
    pay(db, "C1", "P-MAR", "2025-03-01", "80.00")
    refer(db, "P-MAY", "Wire 42")
    refer(db, "P-MAR", " wire 42 ")
    detect.refresh(db.uow())
    assert [a for a in shown(db, "2025-04-01") if a[0] == "possible_duplicate"] == []  # only one by then
    [dup] = [a for a in shown(db, "2025-06-01") if a[0] == "possible_duplicate"]
    assert dup[2] == "P-MAR" and "P-MAY" in str(dup[5])  # the later-entered names the first-entered
    assert shown(db, "2025-06-01") == afresh(db, "2025-06-01")


def test_a_customer_merged_away_leaves_no_findings_behind(db: Database) -> None:
    busy_ledger(db, seed=3)
    detect.refresh(db.uow())
    merge_by_code(db.uow(), "C0", "C2")
    detect.refresh(db.uow())
    with db.read_uow() as uow:
        s = uow.session
        gone = s.scalar(select(Customer.id).where(Customer.code == "C2"))
        assert gone is None
        kept_ids = set(s.scalars(select(AlertFact.customer_id)))
        assert kept_ids <= set(s.scalars(select(Customer.id)))
