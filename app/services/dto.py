"""Frozen data handed to the UI and the command line. Never ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class CompanyInfo:
    name: str
    address: str
    tax_id: str
    phone: str
    email: str
    currency: str
    minor_digits: int
    locale: str
    bank_name: str
    bank_account: str
    bank_details: str
    logo: bytes | None
    backup_dir: str


@dataclass(frozen=True)
class ContactInfo:
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class CustomerInput:
    """What a user types into the customer form (or an import row holds)."""

    code: str
    name: str
    short_name: str = ""
    category: str = ""
    industry: str = ""
    region: str = ""
    size: str = ""
    tags: tuple[str, ...] = ()
    contacts: tuple[ContactInfo, ...] = ()
    phone: str = ""
    email: str = ""
    billing_address: str = ""
    shipping_address: str = ""
    tax_id: str = ""
    payment_terms_days: int = 30
    credit_limit: Decimal | None = None
    warn_ratio: Decimal = Decimal("0.80")
    language: str = "zh_CN"
    notes: str = ""
    dunning_excluded: bool = False


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    code: str
    name: str
    short_name: str
    category: str
    phone: str
    email: str
    tags: tuple[str, ...]
    balance: Decimal
    credit_limit: Decimal | None
    grade: str
    value_class: str
    archived: bool
    language: str
    stage: str = ""  # the lifecycle stage last kept ("" before the first refresh)


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    code: str
    name: str
    short_name: str
    category: str
    industry: str
    region: str
    size: str
    tags: tuple[str, ...]
    contacts: tuple[ContactInfo, ...]
    phone: str
    email: str
    billing_address: str
    shipping_address: str
    tax_id: str
    payment_terms_days: int
    credit_limit: Decimal | None
    warn_ratio: Decimal
    language: str
    notes: str
    archived: bool
    grade: str
    payment_index: int | None
    grade_override: str | None
    value_class: str
    dunning_excluded: bool
    version: int

    def to_input(self) -> CustomerInput:
        return CustomerInput(
            code=self.code, name=self.name, short_name=self.short_name, category=self.category,
            industry=self.industry, region=self.region, size=self.size, tags=self.tags,
            contacts=self.contacts, phone=self.phone, email=self.email,
            billing_address=self.billing_address, shipping_address=self.shipping_address,
            tax_id=self.tax_id, payment_terms_days=self.payment_terms_days,
            credit_limit=self.credit_limit, warn_ratio=self.warn_ratio, language=self.language,
            notes=self.notes, dunning_excluded=self.dunning_excluded,
        )


@dataclass(frozen=True)
class DuplicateHint:
    """A customer that looks like the one being created, and why."""

    customer_id: int
    code: str
    name: str
    reason: str  # tax_id, phone, email, name
    score: int = 100


@dataclass(frozen=True)
class LineInput:
    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal = Decimal(0)


@dataclass(frozen=True)
class LineInfo:
    position: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    total: Decimal


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    customer_id: int
    customer_code: str
    kind: str
    number: str
    status: str
    direction: int
    date: dt.date
    due_date: dt.date | None
    amount: Decimal
    open_amount: Decimal
    description: str = ""
    method: str = ""
    reference: str = ""
    reason: str = ""
    contract_ref: str = ""
    target_number: str = ""
    voids_number: str = ""
    disputed: bool = False
    lines: tuple[LineInfo, ...] = ()


@dataclass(frozen=True)
class ApplicationInfo:
    id: int
    credit_id: int
    credit_kind: str
    credit_number: str
    debit_id: int
    debit_kind: str
    debit_number: str
    amount: Decimal
    applied_on: dt.date
    undone: bool


@dataclass(frozen=True)
class AllocationProposal:
    """Where a credit would go: (debit id, number, due date, open, proposed amount)."""

    debit_id: int
    number: str
    date: dt.date
    due_date: dt.date | None
    open_amount: Decimal
    amount: Decimal


@dataclass(frozen=True)
class LedgerLine:
    id: int
    date: dt.date
    kind: str
    number: str
    description: str
    due_date: dt.date | None
    debit: Decimal
    credit: Decimal
    balance: Decimal
    open_amount: Decimal
    status: str
    days_overdue: int | None


@dataclass(frozen=True)
class LedgerPage:
    customer_id: int
    code: str
    name: str
    lines: tuple[LedgerLine, ...]
    total_debit: Decimal
    total_credit: Decimal
    opening_balance: Decimal
    closing_balance: Decimal
    total_lines: int


@dataclass(frozen=True)
class OpenItem:
    id: int
    kind: str
    number: str
    date: dt.date
    due_date: dt.date
    amount: Decimal
    open_amount: Decimal
    days_overdue: int
    disputed: bool = False


@dataclass(frozen=True)
class Bucket:
    key: str
    low: int | None  # days overdue, inclusive; None = open below
    high: int | None  # inclusive; None = open above


@dataclass(frozen=True)
class AgingRow:
    customer_id: int
    code: str
    name: str
    amounts: tuple[Decimal, ...]  # one per bucket
    unapplied: Decimal
    total: Decimal


@dataclass(frozen=True)
class AgingReport:
    as_of: dt.date
    currency: str
    buckets: tuple[Bucket, ...]
    rows: tuple[AgingRow, ...]
    totals: tuple[Decimal, ...]
    total_unapplied: Decimal
    total: Decimal
    basis: str = "due_date"

    @property
    def bucket_keys(self) -> tuple[str, ...]:
        return tuple(b.key for b in self.buckets)


@dataclass(frozen=True)
class AgingOverview:
    """The whole book's aging at a glance: the report's totals, and only its largest debtors."""

    as_of: dt.date
    currency: str
    buckets: tuple[Bucket, ...]
    totals: tuple[Decimal, ...]
    total_unapplied: Decimal
    total: Decimal
    customers_owing: int  # customers whose total is above zero
    top: tuple[AgingRow, ...]  # by total, largest first (ties by code)


@dataclass(frozen=True)
class StatementLine:
    date: dt.date
    kind: str
    number: str
    description: str
    due_date: dt.date | None
    debit: Decimal
    credit: Decimal
    balance: Decimal


@dataclass(frozen=True)
class Statement:
    company: CompanyInfo
    customer: CustomerDetail
    date_from: dt.date
    date_to: dt.date
    opening_balance: Decimal
    lines: tuple[StatementLine, ...]
    closing_balance: Decimal
    aging: AgingRow
    buckets: tuple[Bucket, ...]
    open_items: tuple[OpenItem, ...] = ()
    open_item: bool = False
    total_debit: Decimal = Decimal(0)
    total_credit: Decimal = Decimal(0)


@dataclass(frozen=True)
class ImportSummary:
    customers: int = 0
    invoices: int = 0
    payments: int = 0
    credit_notes: int = 0
    dunning_levels: int = 0
    applications: int = 0
    dry_run: bool = False
    counts: dict[str, int] = field(default_factory=dict)
