"""Sales orders: taken, checked against the credit limit before the goods leave, invoiced, cancelled."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from app.models import AuditEntry, SalesOrder, schema
from app.models.credit import CreditOverride
from app.models.db import make_engine, to_url
from app.services.collections import reminders
from app.services.company import open_company
from app.services.dto import LineInput
from app.services.errors import CreditRefused, StateError, ValidationError, ValidationErrors
from app.services.ledger import postings as ledger
from app.services.orders import service as orders
from app.services.unit_of_work import Database
from tests.services.credit_helpers import A, D, customer, invoice


@pytest.fixture
def at_70(db: Database) -> Database:
    """C1: limit 10,000.00 (warn at 80 %), owes 7,000.00."""
    customer(db, "C1", limit="10000.00")
    invoice(db, "C1", "INV-1", "2026-03-01", "7000.00")
    return db


def test_an_order_of_20_percent_at_70_percent_warns_and_one_more_is_refused_without_override(at_70: Database) -> None:
    o1 = orders.create_order(at_70.uow(), "C1", D("2026-03-02"), A("2000.00"))
    assert o1.number == "SO000001" and o1.status == "draft"
    res = orders.confirm_order(at_70.uow(), o1.number, today=D("2026-03-02"))
    assert res.order.status == "confirmed"
    assert "9000.00" in res.warning and "90.0 %" in res.warning
    o2 = orders.create_order(at_70.uow(), "C1", D("2026-03-03"), A("2000.00"))
    with pytest.raises(CreditRefused) as refused:
        orders.confirm_order(at_70.uow(), o2.number, today=D("2026-03-03"))
    assert "11000.00" in refused.value.message()  # the invoice, the confirmed order and this one
    assert orders.get_order(at_70.uow(), o2.number).status == "draft"
    res2 = orders.confirm_order(at_70.uow(), o2.number, override_reason="owner approved", today=D("2026-03-03"))
    assert res2.order.status == "confirmed" and res2.order.override_reason == "owner approved"
    with at_70.uow() as uow:
        ov = uow.session.execute(select(CreditOverride)).scalar_one()
        assert (ov.status, ov.reason, ov.amount, ov.exposure) == ("over", "owner approved", A("2000.00"),
                                                                  A("9000.00"))
        actions = [a for (a,) in uow.session.execute(select(AuditEntry.action))]
        assert "credit.override" in actions and actions.count("order.confirm") == 2


def test_a_clerk_may_not_override_a_refused_order(at_70: Database) -> None:
    orders.create_order(at_70.uow(), "C1", D("2026-03-02"), A("4000.00"))
    at_70.role = "clerk"
    from app.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        orders.confirm_order(at_70.uow(), "SO000001", override_reason="please")


def test_draft_and_cancelled_orders_do_not_count_in_the_exposure(at_70: Database) -> None:
    orders.create_order(at_70.uow(), "C1", D("2026-03-02"), A("2500.00"))  # a draft
    o = orders.create_order(at_70.uow(), "C1", D("2026-03-02"), A("2500.00"))
    orders.confirm_order(at_70.uow(), o.number, override_reason="x")
    orders.cancel_order(at_70.uow(), o.number, "customer changed their mind")
    o3 = orders.create_order(at_70.uow(), "C1", D("2026-03-04"), A("500.00"))
    assert orders.confirm_order(at_70.uow(), o3.number).warning == ""  # 7,500 is 75 %


def test_invoicing_an_order_in_two_parts_leaves_the_rest_open_until_the_second(at_70: Database) -> None:
    o = orders.create_order(at_70.uow(), "C1", D("2026-03-02"), lines=[
        LineInput("Widget", A("10"), A("100.00"), A("0.13")), LineInput("Service", A("2"), A("50"), A("0"))])
    assert o.amount == A("1230.00")
    orders.confirm_order(at_70.uow(), o.number)
    first = orders.invoice_order(at_70.uow(), o.number, date=D("2026-03-05"), amount=A("500.00"))
    assert first.invoice.amount == A("500.00") and first.invoice.lines == ()
    assert (first.order.status, first.order.open_amount, first.order.invoiced) == ("confirmed", A("730.00"),
                                                                                    A("500.00"))
    figures = orders.customer_orders(at_70.uow(), "C1")
    assert figures.open_total == A("730.00") and figures.exposure == A("7500.00")
    assert figures.exposure_with_orders == A("8230.00")
    with pytest.raises(ValidationError) as e:
        orders.invoice_order(at_70.uow(), o.number, date=D("2026-03-06"), amount=A("800.00"))
    assert e.value.code == "over"
    second = orders.invoice_order(at_70.uow(), o.number, date=D("2026-03-06"))
    assert second.invoice.amount == A("730.00")
    assert second.order.status == "invoiced" and second.order.open_amount == 0
    assert second.order.invoices == (first.invoice.number, second.invoice.number)
    assert orders.customer_orders(at_70.uow(), "C1").open_total == 0
    with pytest.raises(StateError):
        orders.invoice_order(at_70.uow(), o.number)


def test_invoice_this_order_carries_the_lines_over_in_one_step(at_70: Database) -> None:
    o = orders.create_order(at_70.uow(), "C1", D("2026-03-02"), lines=[
        LineInput("Widget", A("10"), A("100.00"), A("0.13"))], notes="deliver to gate 3")
    orders.confirm_order(at_70.uow(), o.number)
    res = orders.invoice_order(at_70.uow(), o.number, date=D("2026-03-04"))
    inv = ledger.find_document(at_70.uow(), "invoice", res.invoice.number)
    assert [(ln.description, ln.quantity, ln.total) for ln in inv.lines] == [("Widget", A("10"), A("1130.00"))]
    assert inv.description == f"Order {o.number}: deliver to gate 3"
    assert res.order.status == "invoiced"


def test_a_refused_invoice_of_an_order_writes_neither_the_invoice_nor_the_link(db: Database) -> None:
    customer(db, "C1", limit="1000.00")
    o = orders.create_order(db.uow(), "C1", D("2026-03-02"), A("1500.00"))
    orders.confirm_order(db.uow(), o.number, override_reason="trusted")
    with pytest.raises(CreditRefused):
        orders.invoice_order(db.uow(), o.number, date=D("2026-03-03"))
    after = orders.get_order(db.uow(), o.number)
    assert after.status == "confirmed" and after.invoices == ()
    assert ledger.balance(db.uow(), "C1") == 0


def test_cancelling_needs_a_reason_and_only_open_orders_can_be_cancelled(at_70: Database) -> None:
    o = orders.create_order(at_70.uow(), "C1", D("2026-03-02"), A("100.00"))
    with pytest.raises(ValidationError):
        orders.cancel_order(at_70.uow(), o.number, "  ")
    c = orders.cancel_order(at_70.uow(), o.number, "duplicate order")
    assert (c.status, c.cancel_reason, c.open_amount) == ("cancelled", "duplicate order", 0)
    with pytest.raises(StateError):
        orders.cancel_order(at_70.uow(), o.number, "again")
    with pytest.raises(StateError):
        orders.confirm_order(at_70.uow(), o.number)
    assert [x.number for x in orders.list_orders(at_70.uow(), status="cancelled")] == [o.number]


def test_bad_orders_are_reported_all_at_once_and_nothing_is_written(at_70: Database) -> None:
    with pytest.raises(ValidationErrors) as e:
        orders.create_order(at_70.uow(), "C1", D("2026-03-05"), A("-1"), expected_on=D("2026-03-01"))
    assert {p.field for p in e.value.problems} == {"amount", "expected_on"}
    orders.create_order(at_70.uow(), "C1", D("2026-03-05"), A("1.00"), number="PO-7")
    with pytest.raises(ValidationErrors):
        orders.create_order(at_70.uow(), "C1", D("2026-03-05"), A("1.00"), number="PO-7")
    assert len(orders.list_orders(at_70.uow())) == 1


def test_orders_not_invoiced_after_n_days_and_past_their_delivery_date_are_reminders(at_70: Database) -> None:
    late = orders.create_order(at_70.uow(), "C1", D("2026-03-01"), A("100.00"), expected_on=D("2026-03-10"))
    orders.confirm_order(at_70.uow(), late.number, today=D("2026-03-01"))
    fresh = orders.create_order(at_70.uow(), "C1", D("2026-03-20"), A("100.00"))
    orders.confirm_order(at_70.uow(), fresh.number, today=D("2026-03-20"))
    orders.create_order(at_70.uow(), "C1", D("2026-03-01"), A("100.00"), expected_on=D("2026-03-05"))  # a draft
    assert orders.reminder_days(at_70.uow()) == 14
    r = reminders.reminders(at_70.uow(), D("2026-03-25"))
    assert [(i.reference, i.days) for i in r.of("order_not_invoiced")] == [(late.number, 24)]
    assert [(i.reference, i.days) for i in r.of("order_late")] == [(late.number, 15)]
    orders.set_reminder_days(at_70.uow(), 3)
    r = reminders.reminders(at_70.uow(), D("2026-03-25"))
    assert [i.reference for i in r.of("order_not_invoiced")] == [late.number, fresh.number]
    data = reminders.to_json(r)
    assert data["orders_late"] == [{"customer": "C1", "order": late.number, "expected_on": "2026-03-10",
                                    "open_amount": "100.00", "days_overdue": 15}]
    orders.invoice_order(at_70.uow(), late.number, date=D("2026-03-25"), override_reason="-")
    r = reminders.reminders(at_70.uow(), D("2026-03-25"))
    assert late.number not in [i.reference for i in r.items if i.kind.startswith("order")]


def test_a_company_file_made_at_0001_upgrades_with_its_documents_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.duebook"
    engine = make_engine(to_url(path))
    command.upgrade(schema.alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO company (name, address, tax_id, phone, email, currency, minor_digits, locale,"
                          " bank_name, bank_account, bank_details, backup_dir, backup_recipient, created_at)"
                          " VALUES ('Old Co', '', '', '', '', 'CNY', 2, 'en', '', '', '', '', '', '2026-01-01')"))
        conn.execute(text("INSERT INTO customers (code, name, short_name, category, industry, region, size,"
                          " billing_address, shipping_address, phone, email, tax_id, payment_terms_days,"
                          " warn_ratio, language, notes, archived, grade, value_class, dunning_excluded,"
                          " search_text, pinyin_initials, tax_id_norm, phone_norm, email_norm, grade_override_reason,"
                          " created_at, updated_at, version) VALUES ('C1', 'Old', '', '', '', '', '', '', '', '',"
                          " '', '', 30, '0.8', 'en', '', 0, 'new', '', 0, '', '', '', '', '', '',"
                          " '2026-01-01', '2026-01-01', 1)"))
        conn.execute(text("INSERT INTO documents (customer_id, kind, number, status, direction, date, due_date,"
                          " amount, open_amount, description, method, reference, reason, contract_ref, disputed,"
                          " created_by, created_at) VALUES (1, 'invoice', 'INV-OLD', 'posted', 1, '2026-01-05',"
                          " '2026-02-04', 12345, 12345, '', '', '', '', '', 0, 'x', '2026-01-05')"))
    engine.dispose()
    db = open_company(str(path))
    try:
        assert schema.current_revision(db.engine) == schema.head_revision()
        inv = ledger.find_document(db.uow(), "invoice", "INV-OLD")
        assert inv.amount == Decimal("123.45")
        from app.services.documents import set_tax_invoice

        assert set_tax_invoice(db.uow(), "INV-OLD", "0441", D("2026-01-06")) == ("0441", D("2026-01-06"))
        o = orders.create_order(db.uow(), "C1", D("2026-01-07"), A("10.00"))
        with db.uow() as uow:
            assert uow.session.execute(select(SalesOrder.number)).scalar_one() == o.number
    finally:
        db.close()
