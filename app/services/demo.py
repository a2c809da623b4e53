"""Realistic demo data: Chinese and English customers with real payment habits.

Customers pay promptly, slowly, erratically or hardly at all, so that aging,
grades and dunning have something to find. The data goes through the import
service, so it obeys every rule a real import does.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from decimal import Decimal

from sqlalchemy import func, select

from app.models import Customer, DunningLevel
from app.services.bank.demo import add_demo_bank
from app.services.dto import ImportSummary
from app.services.importing import RawTable, import_tables
from app.services.progress import Progress
from app.services.unit_of_work import Database

DEMO_COMPANY = "演示贸易有限公司 Demo Trading Co., Ltd."
DEMO_DETAILS = {
    "address": "上海市浦东新区世纪大道100号 / 100 Century Avenue, Pudong, Shanghai",
    "tax_id": "91310115MA1K4EXM2X",
    "phone": "+86 21 5888 0000",
    "email": "ar@demo-trading.example",
    "bank_name": "中国工商银行上海分行 ICBC Shanghai Branch",
    "bank_account": "1001 2345 6789 0123 456",
    "bank_details": "SWIFT: ICBKCNBJSHI",
}

PREFIXES_ZH = ["上海", "北京", "深圳", "广州", "杭州", "成都", "武汉", "南京", "苏州", "青岛", "厦门", "重庆"]
CORES_ZH = ["华东", "宏达", "金桥", "盛世", "恒通", "瑞丰", "天成", "鑫源", "东方", "长城", "新锐", "百川"]
KINDS_ZH = ["贸易", "科技", "实业", "物流", "建材", "食品", "电子", "服装", "印务", "餐饮"]
SUFFIX_ZH = ["有限公司", "股份有限公司", "商行", "工作室"]
STREETS_ZH = ["人民路", "解放路", "中山路", "建设路", "和平路", "长江路"]
CORES_EN = ["Harbor", "Summit", "Bluebell", "Northwind", "Oakridge", "Pioneer", "Redwood", "Silverline",
            "Keystone", "Lakeside"]
KINDS_EN = ["Trading", "Supplies", "Foods", "Logistics", "Print", "Electric", "Builders", "Textiles"]
SUFFIX_EN = ["Ltd", "LLC", "& Co.", "Inc."]
CATEGORIES = ["enterprise", "small_business", "individual", "government"]
INDUSTRIES = ["retail", "manufacturing", "services", "construction", "food", "logistics"]
REGIONS = ["east", "north", "south", "west", "central"]
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"]
GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "强", "洋", "艳", "勇"]
FIRST_EN = ["Alice", "Ben", "Chloe", "David", "Emma", "Frank", "Grace", "Henry"]
LAST_EN = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Clark"]
# share of customers, mean days late, spread, chance an invoice is never paid
PROFILES = {
    "prompt": (0.45, -3, 4, 0.002),
    "slow": (0.30, 18, 10, 0.01),
    "erratic": (0.17, 25, 30, 0.04),
    "delinquent": (0.08, 70, 40, 0.20),
}
CENT = Decimal("0.01")
LEVELS = [
    ["1", "7", "0.00", "0", "Friendly reminder", "10.00"],
    ["2", "30", "20.00", "0.08", "Second notice", "10.00"],
    ["3", "60", "50.00", "0.08", "Final notice", "10.00"],
    ["4", "90", "100.00", "0.08", "Pre-legal notice", "10.00"],
]


def _uscc(rng: random.Random) -> str:
    from stdnum.cn import uscc

    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "91" + f"{rng.randint(110000, 659999)}" + "".join(rng.choice(alphabet) for _ in range(9))
    return body + uscc.calc_check_digit(body)


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return (Decimal(rng.randint(low * 100, high * 100)) / 100).quantize(CENT)


def build_tables(n_customers: int, n_invoices: int, seed: int, end: dt.date,
                 start_code: int = 1, start_doc: int = 1, with_levels: bool = True) -> dict[str, RawTable]:
    rng = random.Random(seed)
    start = end - dt.timedelta(days=730)
    profiles = list(PROFILES)
    weights = [PROFILES[p][0] for p in profiles]
    cust = RawTable("customers", "customers", ["code", "name", "category", "industry", "region", "tags",
                                               "contact_name", "phone", "email", "address", "tax_id",
                                               "credit_limit", "payment_terms_days", "language", "notes"])
    customers = []
    for i in range(n_customers):
        code = f"C{start_code + i:06d}"
        if rng.random() < 0.7:
            city = rng.choice(PREFIXES_ZH)
            name = city + rng.choice(CORES_ZH) + rng.choice(KINDS_ZH) + rng.choice(SUFFIX_ZH)
            lang = "zh_CN"
            contact = rng.choice(SURNAMES) + rng.choice(GIVEN)
            address = f"{city}市{rng.choice(STREETS_ZH)}{rng.randint(1, 999)}号"
            tax = _uscc(rng) if rng.random() < 0.8 else ""
        else:
            name = f"{rng.choice(CORES_EN)} {rng.choice(KINDS_EN)} {rng.choice(SUFFIX_EN)}"
            lang = "en"
            contact = f"{rng.choice(FIRST_EN)} {rng.choice(LAST_EN)}"
            address = f"{rng.randint(1, 500)} {rng.choice(['Queen', 'Harbour', 'Nathan', 'King'])} Road, Hong Kong"
            tax = ""
        terms = rng.choice([0, 15, 30, 30, 30, 45, 60])
        profile = rng.choices(profiles, weights)[0]
        limit = rng.choice([0, 5000, 10000, 20000, 50000, 100000, 200000])
        tags = ";".join(sorted(rng.sample(["vip", "wholesale", "export", "new", "key-account"], rng.randint(0, 2))))
        cust.rows.append([code, name, rng.choice(CATEGORIES), rng.choice(INDUSTRIES), rng.choice(REGIONS), tags,
                          contact, f"1{rng.randint(3000000000, 9999999999)}", f"ar{start_code + i}@example.com",
                          address, tax, f"{limit}.00" if limit else "", str(terms), lang, ""])
        cust.row_numbers.append(i + 2)
        customers.append((code, terms, profile, rng.paretovariate(1.2)))
    cum = list(itertools.accumulate(c[3] for c in customers))
    inv_rows: list[list[str]] = []
    pay_rows: list[list[str]] = []
    cn_rows: list[list[str]] = []
    span = (end - start).days
    for n in range(n_invoices):
        code, terms, profile, _ = rng.choices(customers, cum_weights=cum)[0]
        issue = start + dt.timedelta(days=rng.randint(0, span))
        due = issue + dt.timedelta(days=terms)
        amount = _money(rng, 50, 20000)
        number = f"INV{start_doc + n:08d}"
        inv_rows.append([number, code, issue.isoformat(), due.isoformat(), f"{amount}", f"Goods and services {n + 1}"])
        _, mean, spread, never = PROFILES[profile]
        if rng.random() < 0.03:
            cn_amount = (amount * Decimal(rng.choice(["0.1", "0.25", "1"]))).quantize(CENT)
            cn_date = issue + dt.timedelta(days=rng.randint(1, 20))
            if cn_date <= end:
                cn_rows.append([f"CN{start_doc + len(cn_rows):07d}", code, cn_date.isoformat(), f"{cn_amount}",
                                number, "returned goods"])
                amount -= cn_amount
        if amount <= 0 or rng.random() < never:
            continue
        paid = max(due + dt.timedelta(days=int(rng.gauss(mean, spread))), issue)
        parts = 2 if rng.random() < 0.1 else 1
        first = (amount / 2).quantize(CENT) if parts == 2 else amount
        for part, when in [(first, paid), (amount - first, paid + dt.timedelta(days=rng.randint(5, 40)))][:parts]:
            if when > end:
                break
            linked = number if rng.random() < 0.85 else ""
            pay_rows.append([f"PAY{start_doc + len(pay_rows):08d}", code, when.isoformat(), f"{part}",
                             rng.choice(["bank_transfer", "bank_transfer", "cash", "card", "cheque"]), linked])

    def table(kind: str, header: list[str], rows: list[list[str]]) -> RawTable:
        return RawTable(kind, kind, header, list(rows), list(range(2, len(rows) + 2)))

    tables = {
        "customers": cust,
        "invoices": table("invoices", ["number", "customer_code", "issue_date", "due_date", "amount", "description"],
                          inv_rows),
        "payments": table("payments", ["reference", "customer_code", "date", "amount", "method", "invoice_number"],
                          pay_rows),
        "credit_notes": table("credit_notes", ["number", "customer_code", "date", "amount", "invoice_number",
                                               "reason"], cn_rows),
    }
    if with_levels:
        tables["dunning_levels"] = table("dunning_levels", ["level", "days_overdue", "fee", "annual_interest_rate",
                                                            "title", "min_amount"], LEVELS)
    return tables


def fill_demo(db: Database, customers: int = 200, invoices: int = 5000, seed: int = 7,
              end: dt.date | None = None, progress: Progress | None = None) -> ImportSummary:
    """Add demo customers and two years of documents ending ``end`` (default today)."""
    with db.uow() as uow:
        s = uow.session
        n_cust = s.execute(select(func.count(Customer.id))).scalar_one()
        has_levels = s.execute(select(DunningLevel.level).limit(1)).first() is not None
        max_code = n_cust
    tables = build_tables(customers, invoices, seed, end or dt.date.today(), start_code=max_code + 1,
                          start_doc=_next_doc_number(db), with_levels=not has_levels)
    summary = import_tables(db, tables, progress=progress, source="demo data")
    from app.services import classification

    classification.recompute_value_classes(db.uow())
    add_demo_bank(db, end or dt.date.today(), seed)  # bank reconciliation: a month of statement lines
    return summary


def _next_doc_number(db: Database) -> int:
    from app.models import Document

    with db.uow() as uow:
        return int(uow.session.execute(select(func.count(Document.id))).scalar_one()) + 1
