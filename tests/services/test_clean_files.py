"""Clean customer files: tax IDs, pinyin search, look-alike customers, merging, classification, the log."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.services import audit
from app.services.customers import classification, communication, duplicates
from app.services.customers import records as customers
from app.services.customers.communication import CommunicationInput
from app.services.customers.records import CustomerFilter
from app.services.customers.tax_id import check_tax_id
from app.services.dto import ContactInfo, CustomerInput
from app.services.errors import ValidationError, ValidationErrors
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from tests.services.ledger_helpers import customer, d, invoice, payment


@pytest.mark.parametrize("tax_id", ["91350100M000100Y43", "91110000600037341L", "9135 0100 M000 100Y43"])
def test_valid_unified_social_credit_codes_pass(tax_id: str) -> None:
    check = check_tax_id(tax_id)
    assert check.valid and check.kind == "uscc"
    assert customers.validate_tax_id(tax_id) is None


@pytest.mark.parametrize("tax_id", ["91350100M000100Y44", "91350100M000100Y4I", "913501O0M000100Y43"])
def test_a_wrong_check_character_is_refused(tax_id: str) -> None:
    check = check_tax_id(tax_id)
    assert not check.valid and check.kind == "uscc"
    assert customers.validate_tax_id(tax_id) is not None


def test_foreign_vat_numbers_are_checked_by_country() -> None:
    assert check_tax_id("DE136695976").valid
    assert check_tax_id("GB980780684").kind == "vat"
    bad = check_tax_id("DE136695977")
    assert not bad.valid and bad.kind == "vat"
    assert check_tax_id("A-1234/5678").valid  # a plain registration number


def test_a_customer_with_a_bad_tax_id_is_not_created(db: Database) -> None:
    with pytest.raises(ValidationErrors):
        customers.create_customer(db.uow(), CustomerInput(code="C1", name="X", tax_id="91350100M000100Y44"))


def test_pinyin_initials_find_a_chinese_name(db: Database) -> None:
    customer(db, "C1", "上海华东贸易有限公司")
    customer(db, "C2", "北京宏达科技有限公司")
    ids = customers.search_ids(db.uow(), CustomerFilter(search="shhd"))
    assert [r.code for r in customers.rows_for(db.uow(), ids)] == ["C1"]


def test_near_identical_chinese_names_are_found_once_legal_forms_are_set_aside(db: Database) -> None:
    customer(db, "C1", "上海华东贸易有限公司")
    customer(db, "C2", "北京宏达科技有限公司")
    customer(db, "C3", "上海华东物流有限公司")
    same = duplicates.similar_customers(db.uow(), "上海华东贸易股份有限公司")
    assert [(h.code, h.score) for h in same] == [("C1", 100)]
    typo = duplicates.similar_customers(db.uow(), "上海市华东贸易有限公司")
    assert [h.code for h in typo] == ["C1"]
    assert duplicates.similar_customers(db.uow(), "深圳金桥食品有限公司") == []


def test_near_identical_english_names_are_found(db: Database) -> None:
    customer(db, "E1", "Harbor Trading Co., Ltd.")
    customer(db, "E2", "Summit Foods Inc.")
    hits = duplicates.similar_customers(db.uow(), "Harbour Trading LLC")
    assert [h.code for h in hits] == ["E1"] and hits[0].score >= 90
    assert [h.code for h in duplicates.similar_customers(db.uow(), "HARBOR TRADING LIMITED")] == ["E1"]
    assert duplicates.similar_customers(db.uow(), "Harbor Logistics Ltd") == []


def test_possible_duplicates_combine_tax_id_phone_email_and_name(db: Database) -> None:
    customers.create_customer(db.uow(), CustomerInput(code="C1", name="上海华东贸易有限公司",
                                                      tax_id="91350100M000100Y43", phone="021-5555 1234"))
    customer(db, "C2", "Oakridge Print LLC", email="ap@oakridge.example")
    new = CustomerInput(code="", name="Oakridge Printing Ltd", phone="(021) 5555-1234",
                        contacts=(ContactInfo(name="Li", email="AP@oakridge.example"),))
    hints = duplicates.possible_duplicates(db.uow(), new)
    assert {(h.code, h.reason) for h in hints} == {("C1", "phone"), ("C2", "email")}


def test_batch_check_finds_look_alikes_in_the_file_and_within_the_import(db: Database) -> None:
    customer(db, "C1", "上海华东贸易有限公司")
    customers.create_customer(db.uow(), CustomerInput(code="C2", name="Keystone Builders",
                                                      tax_id="91350100M000100Y43"))
    rows = [
        CustomerInput(code="N1", name="上海华东贸易股份有限公司"),
        CustomerInput(code="N2", name="Lakeside Textiles & Co."),
        CustomerInput(code="N3", name="Lakeside Textile LLC"),
        CustomerInput(code="N4", name="Other name", tax_id="91350100m000100y43"),
        CustomerInput(code="N5", name="Redwood Electric Inc."),
    ]
    found = duplicates.check_import_duplicates(db.uow(), rows)
    got = {(f.code, f.reason, f.customer_code, f.other_row) for f in found}
    assert got == {("N1", "name", "C1", None), ("N3", "name", "", 1), ("N4", "tax_id", "C2", None)}


def test_merging_moves_documents_contacts_tags_and_log_and_is_audited(db: Database) -> None:
    customers.create_customer(db.uow(), CustomerInput(
        code="C1", name="Harbor Trading Ltd", tags=("vip",), contacts=(ContactInfo("Wang", "buyer"),)))
    customers.create_customer(db.uow(), CustomerInput(
        code="C2", name="Harbour Trading LLC", phone="13800138000", tags=("east", "vip"),
        contacts=(ContactInfo("Zhao", "accounts", email="z@h.example"),)))
    invoice(db, "C1", "2026-01-05", "100", "I1")
    invoice(db, "C2", "2026-01-06", "250", "I2")
    payment(db, "C2", "2026-01-20", "50", "P1")
    communication.add_entry(db.uow(), "C2", CommunicationInput(d("2026-01-21"), "phone", "promised to pay"))
    res = duplicates.merge_by_code(db.uow(), "C1", "C2")
    assert res.moved["documents"] == 2 and res.moved["communication_log"] == 1
    kept = customers.get_customer(db.uow(), "C1")
    assert kept.tags == ("east", "vip")
    assert [c.name for c in kept.contacts] == ["Wang", "Zhao"]
    assert kept.phone == "13800138000"  # a blank field takes the merged customer's value
    assert ledger.balance(db.uow(), "C1") == Decimal("300.00")
    assert [e.summary for e in communication.entries_for(db.uow(), "C1")] == ["promised to pay"]
    with pytest.raises(Exception, match="not found"):
        customers.get_customer(db.uow(), "C2")
    with db.uow() as uow:
        from sqlalchemy import select

        from app.models import AuditEntry

        actions = list(uow.session.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())
        assert actions[-1] == "customer.merge"
        assert audit.verify_chain(uow.session).ok
    ids = customers.search_ids(db.uow(), CustomerFilter(search="13800138000"))
    assert ids == [kept.id]


def test_a_customer_cannot_be_merged_into_itself(db: Database) -> None:
    customer(db, "C1")
    with pytest.raises(ValidationError):
        duplicates.merge_by_code(db.uow(), "C1", "C1")


def test_value_classes_follow_80_15_5_of_trailing_twelve_months_revenue(db: Database) -> None:
    for code, amount in (("A1", "800"), ("B1", "150"), ("C1", "50")):
        customer(db, code, f"Customer {code}")
        invoice(db, code, "2026-05-01", amount)
    customer(db, "Z1", "No sales")
    customer(db, "OLD", "Old sales")
    invoice(db, "OLD", "2025-05-01", "100000")  # older than twelve months
    res = classification.recompute_value_classes(db.uow(), d("2026-06-30"))
    assert res.counts == {"A": 1, "B": 1, "C": 3}
    got = {r.code: r.value_class for r in customers.list_customers(db.uow(), CustomerFilter())}
    assert got == {"A1": "A", "B1": "B", "C1": "C", "Z1": "C", "OLD": "C"}
    ids = customers.search_ids(db.uow(), CustomerFilter(value_class="A"))
    assert len(ids) == 1


def test_classification_lists_are_user_extensible(db: Database) -> None:
    classification.add_value(db.uow(), "industry", "textiles", "Textiles", "纺织")
    customer(db, "C1", industry="food")
    values = {v.value: v for v in classification.list_values(db.uow(), "industry")}
    assert values["textiles"].label("zh_CN") == "纺织" and values["textiles"].stored
    assert values["food"].customers == 1 and not values["food"].stored
    cats = [v.value for v in classification.list_values(db.uow(), "category")]
    assert cats[:4] == ["enterprise", "government", "individual", "small_business"]
    assert classification.rename_value(db.uow(), "industry", "food", "food_service") == 1
    assert customers.get_customer(db.uow(), "C1").industry == "food_service"
    classification.remove_value(db.uow(), "industry", "textiles")
    assert "textiles" not in [v.value for v in classification.list_values(db.uow(), "industry")]
    with pytest.raises(ValidationError):
        classification.add_value(db.uow(), "colour", "red")


def test_communication_log_and_follow_ups(db: Database) -> None:
    customer(db, "C1")
    customer(db, "C2", "Summit Foods")
    e1 = communication.add_entry(db.uow(), "C1", CommunicationInput(
        d("2026-03-01"), "phone", "asked for a copy of I1", d("2026-03-05")))
    communication.add_entry(db.uow(), "C2", CommunicationInput(d("2026-03-02"), "visit", "met the CFO",
                                                                d("2026-03-20")))
    communication.add_entry(db.uow(), "C1", CommunicationInput(d("2026-03-03"), "email", "sent the copy"))
    assert [e.summary for e in communication.entries_for(db.uow(), "C1")] == ["sent the copy",
                                                                              "asked for a copy of I1"]
    due = communication.follow_ups_due(db.uow(), d("2026-03-10"), days=7)
    assert [(e.customer_code, e.follow_up_on) for e in due] == [("C1", d("2026-03-05"))]
    communication.set_follow_up_done(db.uow(), e1.id)
    assert communication.follow_ups_due(db.uow(), d("2026-03-10"), days=7) == []
    with pytest.raises(ValidationErrors):
        communication.add_entry(db.uow(), "C1", CommunicationInput(d("2026-03-03"), "pigeon", ""))
    communication.delete_entry(db.uow(), e1.id)
    assert len(communication.entries_for(db.uow(), "C1")) == 1
    assert dt.date(2026, 3, 3) == communication.entries_for(db.uow(), "C1")[0].date
