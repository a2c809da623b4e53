"""Realistic demo data: Chinese and English customers with real payment habits.

Customers pay promptly, slowly, erratically or hardly at all, so that aging,
grades and dunning have something to find. The data goes through the import
service, so it obeys every rule a real import does.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Customer, DunningLevel, NumberSequence
from app.services.bank.demo import add_demo_bank
from app.services.dto import ImportSummary
from app.services.interchange.importing import RawTable, import_tables
from app.services.permissions import require
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
    "prompt": (0.55, -6, 4, 0.002),
    "slow": (0.25, 12, 8, 0.01),
    "erratic": (0.13, 20, 25, 0.04),
    "delinquent": (0.07, 60, 40, 0.20),
}
CENT = Decimal("0.01")
LEVELS = [
    ["1", "7", "0.00", "0", "Friendly reminder", "10.00"],
    ["2", "30", "20.00", "0.08", "Second notice", "10.00"],
    ["3", "60", "50.00", "0.08", "Third notice", "10.00"],
    ["4", "90", "100.00", "0.08", "Pre-legal notice", "10.00"],
]


def _uscc(rng: random.Random) -> str:
    from stdnum.cn import uscc

    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "91" + f"{rng.randint(110000, 659999)}" + "".join(rng.choice(alphabet) for _ in range(9))
    return body + uscc.calc_check_digit(body)


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return (Decimal(rng.randint(low * 100, high * 100)) / 100).quantize(CENT)


@dataclass(frozen=True)
class Numbering:
    """How the demo numbers a kind: the file's own sequence (prefix, width) from its next value."""

    prefix: str
    width: int
    start: int

    def number(self, i: int) -> str:
        return f"{self.prefix}{self.start + i:0{self.width}d}"


DEFAULT_NUMBERING = {"invoice": Numbering("INV", 6, 1), "payment": Numbering("PAY", 6, 1),
                     "credit_note": Numbering("CN", 6, 1)}
UNAPPLIED_SHARE = 0.004  # payments a customer rounded up or sent twice: left on account on purpose


def build_tables(n_customers: int, n_invoices: int, seed: int, end: dt.date,
                 start_code: int = 1, numbering: dict[str, Numbering] | None = None,
                 with_levels: bool = True) -> dict[str, RawTable]:
    """The demo's import tables: customers, then two years of invoices numbered in date order,
    payments matched to their invoice as a bookkeeper would (most on time, some late, a few
    left unapplied on purpose), credit notes for returned goods, and the dunning levels."""
    rng = random.Random(seed)
    numbering = {**DEFAULT_NUMBERING, **(numbering or {})}
    start = end - dt.timedelta(days=730)
    profiles = list(PROFILES)
    weights = [PROFILES[p][0] for p in profiles]
    cust = RawTable("customers", "customers", ["code", "name", "category", "industry", "region", "tags",
                                               "contact_name", "phone", "email", "address", "tax_id",
                                               "credit_limit", "payment_terms_days", "language", "notes"])
    customers = []
    zh_codes: set[str] = set()  # customers who read Chinese: their invoices' texts are Chinese too
    for i in range(n_customers):
        code = f"C{start_code + i:06d}"
        if rng.random() < 0.7:
            city = rng.choice(PREFIXES_ZH)
            name = city + rng.choice(CORES_ZH) + rng.choice(KINDS_ZH) + rng.choice(SUFFIX_ZH)
            lang = "zh_CN"
            zh_codes.add(code)
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
    # the biggest accounts are the steady payers a business keeps (as in most real ledgers)
    for i in sorted(range(len(customers)), key=lambda i: -customers[i][3])[:max(1, len(customers) // 8)]:
        code, terms, _profile, weight = customers[i]
        customers[i] = (code, terms, "prompt", weight)
    cum = list(itertools.accumulate(c[3] for c in customers))
    span = (end - start).days
    # invoices first (numbered once they are in date order), each with what happened to it
    drafts = []
    for n in range(n_invoices):
        code, terms, profile, _ = rng.choices(customers, cum_weights=cum)[0]
        issue = start + dt.timedelta(days=rng.randint(0, span))
        drafts.append((issue, n, code, terms, profile, _money(rng, 50, 20000), rng.random(), rng.random(),
                       rng.random()))
    drafts.sort(key=lambda x: (x[0], x[1]))
    inv_rows: list[list[str]] = []
    pay: list[tuple[dt.date, int, list[str]]] = []
    cns: list[tuple[dt.date, int, list[str]]] = []
    for k, (issue, _n, code, terms, profile, amount, r_cn, r_never, r_split) in enumerate(drafts):
        due = issue + dt.timedelta(days=terms)
        number = numbering["invoice"].number(k)
        zh = code in zh_codes
        inv_rows.append([number, code, issue.isoformat(), due.isoformat(), f"{amount}",
                         f"货物及服务 {k + 1}" if zh else f"Goods and services {k + 1}"])
        _, mean, spread, never = PROFILES[profile]
        if r_cn < 0.03:
            cn_amount = (amount * Decimal(rng.choice(["0.1", "0.25", "1"]))).quantize(CENT)
            cn_date = issue + dt.timedelta(days=rng.randint(1, 20))
            if cn_date <= end:
                cns.append((cn_date, k, [code, cn_date.isoformat(), f"{cn_amount}", number,
                                         "退货" if zh else "returned goods"]))
                amount -= cn_amount
        if amount <= 0 or r_never < never:
            continue
        paid = max(due + dt.timedelta(days=int(rng.gauss(mean, spread))), issue)
        parts = 2 if r_split < 0.1 else 1
        first = (amount / 2).quantize(CENT) if parts == 2 else amount
        method = rng.choice(["bank_transfer", "bank_transfer", "cash", "card", "cheque"])
        for part, when in [(first, paid), (amount - first, paid + dt.timedelta(days=rng.randint(5, 40)))][:parts]:
            if when > end:
                break
            if rng.random() < UNAPPLIED_SHARE and parts == 1:  # rounded up to the next hundred: the rest stays on account
                part = (part / 100).to_integral_value(rounding="ROUND_CEILING") * 100 + 100
            pay.append((when, k, [code, when.isoformat(), f"{part:.2f}", method, number]))
    pay.sort(key=lambda x: (x[0], x[1]))
    cns.sort(key=lambda x: (x[0], x[1]))
    pay_rows = [[numbering["payment"].number(i), *row] for i, (_d, _k, row) in enumerate(pay)]
    cn_rows = [[numbering["credit_note"].number(i), *row] for i, (_d, _k, row) in enumerate(cns)]

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
    """Add demo customers and two years of documents ending ``end`` (default today).

    The steps a new company would go through: import the books, move the number sequences past
    them (the first invoice typed afterwards follows on), then the day-to-day records of the last
    weeks (disputes, promises, contracts, the communication log) so that every reminder shows.
    The same seed gives the same company.
    """
    end = end or dt.date.today()
    with db.uow() as uow:
        require(uow, "import")
        s = uow.session
        n_cust = s.execute(select(func.count(Customer.id))).scalar_one()
        has_levels = s.execute(select(DunningLevel.level).limit(1)).first() is not None
        numbering = _numbering(s)
    tables = build_tables(customers, invoices, seed, end, start_code=n_cust + 1, numbering=numbering,
                          with_levels=not has_levels)
    summary = import_tables(db, tables, progress=progress, source="demo data")
    advance_sequences(db)
    add_everyday_records(db, end, random.Random(seed))
    from app.services.customers import classification

    classification.recompute_value_classes(db.uow())
    add_demo_bank(db, end, seed)  # bank reconciliation: a month of statement lines
    return summary


def _numbering(session: Session) -> dict[str, Numbering]:
    out = {}
    for kind in ("invoice", "payment", "credit_note"):
        seq = session.get(NumberSequence, kind)
        default = DEFAULT_NUMBERING[kind]
        out[kind] = Numbering(seq.prefix, seq.width, seq.next_value) if seq is not None else default
    return out


def advance_sequences(db: Database) -> None:
    """Move each number sequence past the highest number of its kind in the file.

    An import keeps the numbers it is given; afterwards the next invoice typed in the program
    must follow on (INV005001 after INV005000), not start again at the first free low number.
    """
    from app.models import Document

    with db.uow() as uow:
        require(uow, "import")
        s = uow.session
        for seq in s.execute(select(NumberSequence)).scalars():
            if seq.name == "customer":
                numbers = s.execute(select(Customer.code).where(Customer.code.like(f"{seq.prefix}%"))).scalars()
            else:
                numbers = s.execute(select(Document.number).where(Document.kind == seq.name,
                                                                  Document.number.like(f"{seq.prefix}%"))).scalars()
            pattern = re.compile(re.escape(seq.prefix) + r"(\d+)")
            top = max((int(mt.group(1)) for n in numbers if (mt := pattern.fullmatch(n))), default=0)
            if top >= seq.next_value:
                seq.next_value = top + 1
        uow.commit()


def add_everyday_records(db: Database, end: dt.date, rng: random.Random) -> None:
    """The last weeks of a bookkeeper's work on the demo books, through the same services:

    disputed invoices, promises to pay (one broken, some due), contracts (one ending soon),
    communication-log entries with follow-ups. Relative to ``end``, so the dashboard shows
    every kind of reminder on the day the demo is made.
    """
    from app.services.collections import reminders
    from app.services.customers import communication
    from app.services.ledger import postings as ledger

    with db.uow() as uow:
        require(uow, "import")
    r = reminders.reminders(db.read_uow(), end, 7)
    overdue: dict[str, list[reminders.ReminderItem]] = {}
    for it in r.of("overdue"):
        overdue.setdefault(it.customer, []).append(it)
    late = sorted(overdue)
    rng.shuffle(late)
    with db.uow() as uow:
        everyone = sorted(uow.session.execute(select(Customer.code)).scalars())
    rng.shuffle(everyone)
    if len(late) < 2 or len(everyone) < 8:
        return
    disputed, broken = late[:2]
    open_items = [it for it in r.items if it.kind in ("overdue", "due_soon") and it.customer not in (disputed, broken)
                  and it.amount is not None] or overdue[broken][1:]
    quiet = [c for c in everyone if c not in (disputed, broken)]
    called, contract_soon, *others = quiet
    # two invoices the customer disputes (they leave dunning until settled)
    for it in overdue[disputed][:2]:
        assert it.document_id is not None
        ledger.set_disputed(db.uow(), it.document_id, True)
    communication.add_entry(db.uow(), disputed, communication.CommunicationInput(
        end - dt.timedelta(days=9), "email", "客户称货物有破损，对发票有异议；已请仓库核查 / Goods arrived damaged; "
        "invoice disputed, warehouse checking", end + dt.timedelta(days=3)))
    # a promise that was not kept, and promises due in the coming days
    b = overdue[broken][0]
    assert b.amount is not None
    reminders.add_promise(db.uow(), b.reference, end - dt.timedelta(days=3), b.amount,
                          "财务说周五付款 / promised on the phone for Friday")
    communication.add_entry(db.uow(), broken, communication.CommunicationInput(
        end - dt.timedelta(days=10), "phone", "催款电话：财务承诺周五前付清 / Reminder call: will pay by Friday"))
    for k, it in enumerate(open_items[-2:]):  # the most recent open invoices
        assert it.amount is not None
        amount = it.amount if k == 0 else (it.amount / 2).quantize(CENT)
        reminders.add_promise(db.uow(), it.reference, end + dt.timedelta(days=2 + 3 * k), amount,
                              "" if k == 0 else "先付一半 / half now, half next month")
    # calls and e-mails of the last weeks, one still to follow up
    communication.add_entry(db.uow(), called, communication.CommunicationInput(
        end - dt.timedelta(days=5), "phone", "要求补寄对账单；运费问题待回电 / Asked for a copy of the statement; "
        "call back about the freight", end + dt.timedelta(days=2)))
    for k, code in enumerate(others[:4]):
        communication.add_entry(db.uow(), code, communication.CommunicationInput(
            end - dt.timedelta(days=20 + 7 * k), rng.choice(["email", "phone", "letter"]),
            "已发送对账单 / Statement sent" if k % 2 == 0 else "已提醒逾期发票 / Reminded of overdue invoices"))
    # supply contracts: one ends within its reminder days, the others later in the year
    reminders.add_contract(db.uow(), contract_soon, f"HT-{end.year - 1}-107", end - dt.timedelta(days=353),
                           end + dt.timedelta(days=12), Decimal("360000.00"), 30,
                           "年度供货合同 / annual supply contract")
    for k, code in enumerate(others[4:7]):
        reminders.add_contract(db.uow(), code, f"HT-{end.year}-{k + 21:03d}", end - dt.timedelta(days=120 + 30 * k),
                               end + dt.timedelta(days=245 - 30 * k), Decimal(120000 + 40000 * k).quantize(CENT), 30,
                               "框架协议 / framework agreement")
    # sales orders: one confirmed three weeks ago and still not invoiced, one past its delivery date,
    # one taken today (a draft)
    from app.services.orders import service as orders

    ordered = others[7:10] if len(others) >= 10 else quiet[:3]
    for k, code in enumerate(ordered):
        when = end - dt.timedelta(days=(21, 9, 0)[k])
        o = orders.create_order(db.uow(), code, when, Decimal((18600, 7450, 12800)[k]).quantize(CENT),
                                expected_on=when + dt.timedelta(days=(30, 5, 10)[k]),
                                notes=("春季备货 / spring stock", "加急 / rush order", "")[k])
        if k < 2:
            orders.confirm_order(db.uow(), o.number, "长期客户，已与老板确认 / long-standing customer, agreed with the owner",
                                 today=when)
