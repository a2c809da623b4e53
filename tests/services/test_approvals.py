"""Big changes need a second pair of eyes (PRODUCT §8c): with users on, a clerk's large change is
saved as a request; an approver accepts it (then it is applied) or rejects it with a reason (then
nothing changes); the requester never decides their own; every step is in the audit trail.
With users off there is nothing to approve."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from app.models import AuditEntry
from app.services import users
from app.services.approvals import requests as ap
from app.services.approvals import rules
from app.services.approvals.errors import AlreadyDecided, OwnRequest
from app.services.credit import figures as credit
from app.services.customers import records as customers
from app.services.dto import CustomerInput
from app.services.errors import NotFound, PermissionDenied, StateError, ValidationError
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, d, invoice

PW = {"boss": "boss-secret-1", "ann": "ann-secret-1", "cleo": "cleo-secret-1", "vic": "vic-secret-1"}


@pytest.fixture
def office(db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """Customers A (limit 1,000.00, invoices), B (a look-alike) and H (on hold); users of every role."""
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    customer(db, "A", "Harbor Trading Ltd", limit="10000.00")
    customer(db, "B", "Harbour Trading Ltd")
    customer(db, "H", "Hold Fast Ltd")
    invoice(db, "A", "2026-01-05", "5000.00", number="I1")
    invoice(db, "A", "2026-11-30", "300.00", number="I2")
    credit.hold(db.uow(), "H", "cheque bounced")
    users.enable_users(db.uow(), "boss", PW["boss"])
    users.add_user(db.uow(), "ann", PW["ann"], "accountant")
    users.add_user(db.uow(), "cleo", PW["cleo"], "clerk")
    users.add_user(db.uow(), "vic", PW["vic"], "viewer")
    yield db


def as_(db: Database, name: str) -> Database:
    users.login(db, name, PW[name])
    return db


def limit_of(db: Database, code: str) -> Decimal | None:
    return customers.get_customer(db.uow(), code).credit_limit


def actions(db: Database) -> list[tuple[str, str]]:
    with db.read_uow() as uow:
        return [(a, u) for a, u in uow.session.execute(
            select(AuditEntry.action, AuditEntry.user).where(AuditEntry.action.like("approval.%"))
            .order_by(AuditEntry.id))]


def test_a_clerks_limit_raise_waits_until_an_approver_accepts_it(office: Database) -> None:
    g = ap.change_credit_limit(as_(office, "cleo").uow(), "A", Decimal("50000.00"), reason="new framework contract")
    assert g.applied is None and g.request is not None
    req = g.request
    assert (req.kind, req.customer, req.state, req.requested_by) == ("credit_limit", "A", "pending", "cleo")
    assert req.before["credit_limit"] == "10000.00" and req.after["credit_limit"] == "50000.00"
    assert req.reason == "new framework contract"
    assert limit_of(office, "A") == Decimal("10000.00")  # nothing applied yet
    assert ap.pending_count(office.uow()) == 1

    done = ap.approve(as_(office, "ann").uow(), req.id)
    assert (done.state, done.decided_by) == ("approved", "ann")
    assert limit_of(office, "A") == Decimal("50000.00")
    assert ap.pending_count(office.uow()) == 0
    assert actions(office) == [("approval.request", "cleo"), ("approval.approve", "ann"), ("approval.apply", "ann")]
    with office.read_uow() as uow:  # the change itself is audited by its own service, under the approver
        limit_entry = uow.session.execute(select(AuditEntry.user).where(AuditEntry.action == "credit.limit")).scalar()
    assert limit_entry == "ann"


def test_a_rejected_request_changes_nothing_and_keeps_the_reason(office: Database) -> None:
    req = ap.change_credit_limit(as_(office, "cleo").uow(), "A", Decimal("90000.00")).request
    assert req is not None
    as_(office, "boss")
    with pytest.raises(ValidationError):
        ap.reject(office.uow(), req.id, "  ")
    out = ap.reject(office.uow(), req.id, "no payment history yet")
    assert (out.state, out.decision_note, out.decided_by) == ("rejected", "no payment history yet", "boss")
    assert limit_of(office, "A") == Decimal("10000.00")
    with pytest.raises(AlreadyDecided):
        ap.approve(office.uow(), req.id)
    assert [a for a, _u in actions(office)] == ["approval.request", "approval.reject"]
    assert [r.id for r in ap.list_requests(office.uow(), "rejected")] == [req.id]
    assert ap.list_requests(office.uow(), "pending") == []


def test_a_viewer_can_neither_ask_nor_approve(office: Database) -> None:
    req = ap.change_credit_limit(as_(office, "cleo").uow(), "A", Decimal("50000.00")).request
    assert req is not None
    as_(office, "vic")
    with pytest.raises(PermissionDenied):
        ap.approve(office.uow(), req.id)
    with pytest.raises(PermissionDenied):
        ap.reject(office.uow(), req.id, "no")
    with pytest.raises(PermissionDenied):
        ap.change_credit_limit(office.uow(), "A", Decimal("90000.00"))
    assert ap.get_request(office.uow(), req.id).state == "pending"


def test_the_requester_cannot_approve_their_own_request(office: Database) -> None:
    req = ap.release_hold(as_(office, "cleo").uow(), "H", note="paid in cash").request
    assert req is not None
    users.update_user(as_(office, "boss").uow(), "cleo", role="accountant")  # promoted meanwhile
    as_(office, "cleo")
    with pytest.raises(OwnRequest):
        ap.approve(office.uow(), req.id)
    with pytest.raises(OwnRequest):
        ap.reject(office.uow(), req.id, "changed my mind")
    assert ap.get_request(office.uow(), req.id).state == "pending"
    assert credit.credit_figures(office.uow(), "H").status == "hold"


def test_an_approvers_own_change_applies_at_once(office: Database) -> None:
    g = ap.change_credit_limit(as_(office, "ann").uow(), "A", Decimal("80000.00"))
    assert g.request is None and g.applied is not None and g.applied.credit_limit == Decimal("80000.00")
    assert ap.pending_count(office.uow()) == 0


def test_a_clerks_small_raise_is_a_request_too_and_a_lowering_keeps_the_credit_right(office: Database) -> None:
    as_(office, "cleo")  # a clerk may not change limits: any raise is asked for, a lowering refused
    small = ap.change_credit_limit(office.uow(), "A", Decimal("12000.00")).request
    assert small is not None and small.after["credit_limit"] == "12000.00"
    with pytest.raises(PermissionDenied):  # lowering is never a request
        ap.change_credit_limit(office.uow(), "A", Decimal("500.00"))
    assert ap.pending_count(office.uow()) == 1


def test_an_accountants_small_raise_applies_at_once(office: Database) -> None:
    done = ap.change_credit_limit(as_(office, "ann").uow(), "A", Decimal("12000.00"))
    assert done.request is None and done.applied is not None


def test_lifting_a_limit_is_the_largest_raise(office: Database) -> None:
    req = ap.change_credit_limit(as_(office, "cleo").uow(), "A", None).request
    assert req is not None and req.after["credit_limit"] is None
    ap.approve(as_(office, "boss").uow(), req.id)
    assert limit_of(office, "A") is None


def test_the_customer_form_saves_the_rest_and_asks_for_the_limit(office: Database) -> None:
    a = customers.get_customer(office.uow(), "A")
    form = CustomerInput(code="A", name="Harbor Trading Co", credit_limit=Decimal("60000.00"), warn_ratio=a.warn_ratio)
    g = ap.save_customer(as_(office, "cleo").uow(), a.id, form, a.version)
    assert g.applied is not None and g.applied.name == "Harbor Trading Co"
    assert g.applied.credit_limit == Decimal("10000.00")
    assert g.request is not None and g.request.after["credit_limit"] == "60000.00"
    ap.approve(as_(office, "ann").uow(), g.request.id)
    assert limit_of(office, "A") == Decimal("60000.00")
    # an ordinary edit stays an ordinary edit
    b = customers.get_customer(office.uow(), "B")
    g2 = ap.save_customer(as_(office, "cleo").uow(), b.id, replace(
        CustomerInput(code="B", name=b.name), phone="+86 21 5555 0101"), b.version)
    assert g2.request is None and g2.applied is not None and g2.applied.phone == "+86 21 5555 0101"


def test_a_clerks_write_off_waits_whatever_its_amount_and_applies_when_accepted(office: Database) -> None:
    as_(office, "cleo")  # a write-off is an accountant's right: a clerk's is always a request
    small = ap.write_off(office.uow(), "A", d("2026-12-01"), Decimal("100.00"), "small difference", "I2")
    assert small.applied is None and small.request is not None
    big = ap.write_off(office.uow(), "A", d("2026-12-01"), Decimal("4000.00"), "insolvent", "I1")
    assert big.applied is None and big.request is not None
    assert big.request.after["amount"] == "4000.00" and big.request.subject == "I1"
    assert ledger.balance(office.uow(), "A") == Decimal("5300.00")
    done = ap.approve(as_(office, "boss").uow(), big.request.id)
    assert done.result.startswith("write-off ")
    assert ledger.balance(office.uow(), "A") == Decimal("1300.00")
    ap.approve(office.uow(), small.request.id)
    assert ledger.balance(office.uow(), "A") == Decimal("1200.00")


def test_an_accountants_write_off_below_the_threshold_posts_at_once(office: Database) -> None:
    small = ap.write_off(as_(office, "ann").uow(), "A", d("2026-12-01"), Decimal("100.00"), "small difference", "I2")
    assert small.request is None and small.applied is not None


def test_releasing_a_hold_always_waits(office: Database) -> None:
    req = ap.release_hold(as_(office, "cleo").uow(), "H", note="paid in cash").request
    assert req is not None and req.before["holds"] == ["cheque bounced"]
    assert credit.credit_figures(office.uow(), "H").status == "hold"
    again = ap.release_hold(office.uow(), "H", note="paid in cash, really").request  # asked twice: one request
    assert again is not None and again.id == req.id and ap.pending_count(office.uow()) == 1
    ap.approve(as_(office, "ann").uow(), req.id)
    assert credit.credit_figures(office.uow(), "H").status != "hold"


def test_a_request_that_no_longer_fits_stays_pending(office: Database) -> None:
    req = ap.release_hold(as_(office, "cleo").uow(), "H").request
    assert req is not None
    ap.release_hold(as_(office, "ann").uow(), "H")  # released directly meanwhile
    with pytest.raises(StateError):
        ap.approve(office.uow(), req.id)
    assert ap.get_request(office.uow(), req.id).state == "pending"
    assert actions(office) == [("approval.request", "cleo")]


def test_merging_customers_waits(office: Database) -> None:
    req = ap.merge_customers(as_(office, "cleo").uow(), "A", "B", reason="same company").request
    assert req is not None and req.subject == "B → A"
    assert customers.get_customer(office.uow(), "B").name == "Harbour Trading Ltd"
    done = ap.approve(as_(office, "ann").uow(), req.id)
    assert done.result == "B merged into A"
    with pytest.raises(NotFound):
        customers.get_customer(office.uow(), "B")


def test_voiding_an_old_document_waits_and_a_recent_one_needs_the_void_right(office: Database) -> None:
    i1 = ledger.find_document(office.uow(), "invoice", "I1")
    i2 = ledger.find_document(office.uow(), "invoice", "I2")
    as_(office, "cleo")
    req = ap.void_document(office.uow(), i1.id, d("2026-12-01"), "entered twice", today=d("2026-12-01")).request
    assert req is not None and req.before["number"] == "I1"
    with pytest.raises(PermissionDenied):  # 1 day old: not a request, and clerks may not void
        ap.void_document(office.uow(), i2.id, d("2026-12-01"), "wrong", today=d("2026-12-01"))
    ap.approve(as_(office, "boss").uow(), req.id)
    assert ledger.get_document(office.uow(), i1.id).status == "voided"


def test_thresholds_are_a_setting_of_the_administrator(office: Database) -> None:
    with pytest.raises(PermissionDenied):
        rules.set_thresholds(as_(office, "ann").uow(), Decimal("1.00"), Decimal("1.00"), 1)
    t = rules.set_thresholds(as_(office, "boss").uow(), Decimal("100000.00"), Decimal("1.00"), 400)
    assert rules.get_thresholds(office.uow()) == t
    asked = ap.change_credit_limit(as_(office, "cleo").uow(), "A", Decimal("50000.00")).request
    assert asked is not None  # a clerk's raise waits whatever the threshold (clerks may not change limits)
    with pytest.raises(ValidationError):
        rules.set_thresholds(as_(office, "boss").uow(), Decimal("-1"), Decimal("1.00"), 1)


def test_with_users_off_every_change_applies_directly(db: Database) -> None:
    customer(db, "A", "Harbor Trading Ltd", limit="10000.00")
    customer(db, "B", "Harbour Trading Ltd")
    invoice(db, "A", "2020-01-05", "5000.00", number="I1")
    credit.hold(db.uow(), "A", "cheque bounced")
    assert ap.change_credit_limit(db.uow(), "A", Decimal("900000.00")).applied is not None
    assert ap.write_off(db.uow(), "A", d("2026-01-01"), Decimal("4000.00"), "insolvent", "I1").applied is not None
    assert ap.release_hold(db.uow(), "A").applied is not None
    assert ap.merge_customers(db.uow(), "A", "B").applied is not None
    i1 = ledger.find_document(db.uow(), "invoice", "I1")
    assert ap.void_document(db.uow(), i1.id, d("2026-12-01"), "entered twice").applied is not None
    assert ap.list_requests(db.uow(), "all") == []


def test_the_ledger_refuses_a_clerks_write_off_that_skips_the_request(office: Database) -> None:
    from app.services.errors import PermissionDenied

    as_(office, "cleo")
    for amount in ("4000.00", "50.00"):
        with pytest.raises(PermissionDenied):
            ledger.post_credit(office.uow(), "write_off", "A", d("2026-12-01"), Decimal(amount), reason="insolvent")
    assert ledger.balance(office.uow(), "A") == Decimal("5300.00")
    as_(office, "ann")
    assert ledger.post_credit(office.uow(), "write_off", "A", d("2026-12-01"), Decimal("4000.00"),
                              reason="insolvent").document.amount == Decimal("4000.00")
