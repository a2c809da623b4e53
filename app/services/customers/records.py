"""Customer accounts: create, change, archive, find, and catch duplicates early."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.exc import PendingRollbackError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from app.models import Contact, Customer, CustomerStage, CustomerTag, Document, NumberSequence
from app.models import money as m
from app.models.customer import LANGUAGES
from app.services import audit, text
from app.services.customers.tax_id import check_tax_id
from app.services.dto import ContactInfo, CustomerDetail, CustomerInput, CustomerRow, DuplicateHint
from app.services.errors import Conflict, FieldProblem, StateError, ValidationErrors
from app.services.permissions import require
from app.services.sql import balances, get_or_raise
from app.services.unit_of_work import UnitOfWork

CODE_RE = re.compile(r"[^\s].{0,39}", re.S)
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def validate_tax_id(tax_id: str) -> str | None:
    """None when acceptable, else the reason (python-stdnum: China's unified social
    credit code with its check character, VAT numbers with a country prefix, or a
    plain registration number of letters and digits)."""
    result = check_tax_id(tax_id)
    return None if result.valid else result.reason


def is_email(value: str) -> bool:
    """The one email rule (forms, services, import): something@domain.tld, no spaces."""
    return EMAIL_RE.fullmatch(value.strip()) is not None


def field_rule_problems(*, code: str, name: str, language: str, email: str = "", tax_id: str = "",
                        payment_terms_days: int | None = None, credit_limit: Decimal | None = None,
                        warn_ratio: Decimal | None = None, contact_emails: Sequence[str] = (),
                        tags: Sequence[str] = (), quote_values: bool = False) -> list[FieldProblem]:
    """The rules of a customer's fields, in one place for the form, the services and the import.

    Pure but for the tax id check (python-stdnum). A value left as None is not checked (the
    import parses amounts and days itself). ``quote_values`` names the bad value in the
    message, as the import's row errors do.
    """
    problems: list[FieldProblem] = []

    def bad(field: str, code_: str, message: str) -> None:
        problems.append(FieldProblem(field, code_, message))

    if not code.strip():
        bad("code", "required", "a customer code is needed")
    elif len(code.strip()) > 40:
        bad("code", "too_long", "at most 40 characters")
    if not name.strip():
        bad("name", "required", "a name is needed")
    elif len(name) > 200:
        bad("name", "too_long", "at most 200 characters")
    if language not in LANGUAGES:
        bad("language", "choice", f"must be en or zh_CN, not {language!r}" if quote_values else "must be en or zh_CN")
    if payment_terms_days is not None and not 0 <= payment_terms_days <= 3650:
        bad("payment_terms_days", "range", "must be between 0 and 3650 days")
    if credit_limit is not None and credit_limit < 0:
        bad("credit_limit", "negative", "cannot be negative")
    elif credit_limit is not None and credit_limit > m.MAX_AMOUNT:
        bad("credit_limit", "range", m.TOO_LARGE)
    if warn_ratio is not None and not (Decimal(0) < warn_ratio <= Decimal(1)):
        bad("warn_ratio", "range", "must be above 0 and at most 1")
    if email and not is_email(email):
        bad("email", "format", f"not an email address: {email!r}" if quote_values else "not an email address")
    for i, contact_email in enumerate(contact_emails):
        if contact_email and not is_email(contact_email):
            bad(f"contacts[{i}].email", "format", "not an email address")
    reason = validate_tax_id(tax_id)
    if reason:
        bad("tax_id", "tax_id", reason)
    if any(not t.strip() or ";" in t for t in tags):
        bad("tags", "format", "a tag cannot be empty or contain ';'")
    return problems


def check_customer(data: CustomerInput) -> list[FieldProblem]:
    """Every problem with a customer's fields, at once."""
    problems: list[FieldProblem] = []
    for name in ("code", "name", "short_name", "category", "industry", "region", "size", "phone", "email",
                 "billing_address", "shipping_address", "tax_id", "notes"):
        value = getattr(data, name)
        why = text.text_problem(value, identity=name in ("code", "name", "short_name"),
                                multiline=name in ("billing_address", "shipping_address", "notes"))
        if why:
            problems.append(FieldProblem(name, "control", why))
    if any(text.text_problem(tag, identity=True) for tag in data.tags):
        problems.append(FieldProblem("tags", "control", "holds a control character"))
    rules = field_rule_problems(
        code=data.code, name=data.name, language=data.language, email=data.email, tax_id=data.tax_id,
        payment_terms_days=data.payment_terms_days, credit_limit=data.credit_limit, warn_ratio=data.warn_ratio,
        contact_emails=[c.email for c in data.contacts], tags=data.tags)
    return problems + rules


def _apply(c: Customer, data: CustomerInput) -> None:
    c.code = data.code.strip()
    c.name = data.name.strip()
    c.short_name = data.short_name.strip()
    c.category = data.category.strip()
    c.industry = data.industry.strip()
    c.region = data.region.strip()
    c.size = data.size.strip()
    c.phone = data.phone.strip()
    c.email = data.email.strip()
    c.billing_address = data.billing_address
    c.shipping_address = data.shipping_address
    c.tax_id = data.tax_id.strip()
    c.payment_terms_days = data.payment_terms_days
    c.credit_limit = data.credit_limit if data.credit_limit else None
    c.warn_ratio = data.warn_ratio
    c.language = data.language
    c.notes = data.notes
    c.dunning_excluded = data.dunning_excluded
    c.tax_id_norm = text.norm_tax_id(c.tax_id)
    c.phone_norm = text.norm_phone(c.phone)
    c.email_norm = text.norm_email(c.email)
    c.pinyin_initials = text.pinyin_initials(c.name)
    c.search_text = search_blob(data)
    wanted = sorted({t.strip() for t in data.tags if t.strip()})
    have = {t.tag: t for t in c.tags}
    c.tags = [have.get(t) or CustomerTag(tag=t) for t in wanted]
    c.contacts = [
        Contact(position=i, name=ct.name.strip(), role=ct.role.strip(), phone=ct.phone.strip(),
                email=ct.email.strip(), phone_norm=text.norm_phone(ct.phone), email_norm=text.norm_email(ct.email))
        for i, ct in enumerate(data.contacts)
    ]


def search_blob(data: CustomerInput) -> str:
    parts = [data.code, data.name, data.short_name, data.phone, data.email, data.tax_id,
             text.norm_phone(data.phone), text.pinyin_initials(data.name), *data.tags]
    for ct in data.contacts:
        parts += [ct.name, ct.phone, text.norm_phone(ct.phone), ct.email]
    return text.search_text(*parts)


def customer_detail(c: Customer) -> CustomerDetail:
    return CustomerDetail(
        id=c.id, code=c.code, name=c.name, short_name=c.short_name, category=c.category,
        industry=c.industry, region=c.region, size=c.size, tags=tuple(t.tag for t in c.tags),
        contacts=tuple(ContactInfo(x.name, x.role, x.phone, x.email) for x in c.contacts),
        phone=c.phone, email=c.email, billing_address=c.billing_address,
        shipping_address=c.shipping_address, tax_id=c.tax_id, payment_terms_days=c.payment_terms_days,
        credit_limit=c.credit_limit, warn_ratio=c.warn_ratio, language=c.language, notes=c.notes,
        archived=c.archived, grade=c.grade_override or c.grade, payment_index=c.payment_index,
        grade_override=c.grade_override, value_class=c.value_class, dunning_excluded=c.dunning_excluded,
        version=c.version,
    )


def audit_view(d: CustomerDetail) -> dict[str, object]:
    v = dict(d.__dict__)
    v["contacts"] = [c.__dict__ for c in d.contacts]
    return v


def find_customer(session: Session, key: int | str) -> Customer:
    """By id (int) or by code (str)."""
    return get_or_raise(session, Customer, key, what="customer",
                        by=Customer.id if isinstance(key, int) else Customer.code,
                        options=(selectinload(Customer.tags), selectinload(Customer.contacts)))


def next_code(session: Session) -> str:
    seq = session.get(NumberSequence, "customer", with_for_update=True, populate_existing=True)
    prefix, width, n = (seq.prefix, seq.width, seq.next_value) if seq else ("C", 6, 1)
    while True:
        code = f"{prefix}{n:0{width}d}"
        if not session.execute(select(exists().where(Customer.code == code))).scalar():
            return code
        n += 1


def suggest_code(uow: UnitOfWork) -> str:
    with uow:
        return next_code(uow.session)


def _bump_code_sequence(session: Session, code: str) -> None:
    seq = session.get(NumberSequence, "customer")
    if seq is None:
        return
    m = re.fullmatch(re.escape(seq.prefix) + r"(\d+)", code)
    if m and int(m.group(1)) >= seq.next_value:
        seq.next_value = int(m.group(1)) + 1


def create_customer(uow: UnitOfWork, data: CustomerInput) -> CustomerDetail:
    """Add a customer. An empty code takes the next free number."""
    require(uow, "customer.write")
    with uow:
        s = uow.session
        from dataclasses import replace

        data = replace(data, code=text.norm_code(data.code))  # look-alike codes are one code
        if not data.code:
            data = replace(data, code=next_code(s))
        problems = check_customer(data)
        if problems:
            raise ValidationErrors(problems)
        if s.execute(select(exists().where(Customer.code == data.code.strip()))).scalar():
            raise ValidationErrors([FieldProblem("code", "duplicate", f"code {data.code} is already used")])
        if data.credit_limit or data.warn_ratio != CustomerInput.warn_ratio:
            require(uow, "credit.manage")  # a limit or warn ratio is a credit decision, on every path
        c = Customer()
        _apply(c, data)
        s.add(c)
        s.flush()
        _bump_code_sequence(s, c.code)
        detail = customer_detail(c)
        audit.record(s, uow.user, "customer.create", "customer", c.code, after=audit_view(detail))
        uow.commit()
        return detail


def update_customer(uow: UnitOfWork, customer_id: int, data: CustomerInput,
                    expected_version: int | None = None) -> CustomerDetail:
    """Change a customer's fields. ``expected_version`` catches an edit made meanwhile by someone else."""
    require(uow, "customer.write")
    with uow:
        s = uow.session
        from dataclasses import replace

        data = replace(data, code=text.norm_code(data.code))  # look-alike codes are one code
        problems = check_customer(data)
        if problems:
            raise ValidationErrors(problems)
        c = find_customer(s, customer_id)
        if expected_version is not None and c.version != expected_version:
            raise Conflict(f"customer {c.code} was changed by someone else; reload it and try again")
        if data.code.strip() != c.code and s.execute(
            select(exists().where(Customer.code == data.code.strip()))
        ).scalar():
            raise ValidationErrors([FieldProblem("code", "duplicate", f"code {data.code} is already used")])
        if (data.credit_limit or None) != c.credit_limit or data.warn_ratio != c.warn_ratio:
            require(uow, "credit.manage")  # a limit or warn ratio is a credit decision, on every path
        before = audit_view(customer_detail(c))
        code = c.code
        try:
            with s.no_autoflush:
                _apply(c, data)
            s.flush()
        except (StaleDataError, PendingRollbackError) as exc:
            raise Conflict(f"customer {code} was changed by someone else; reload it and try again") from exc
        after = customer_detail(c)
        audit.record(s, uow.user, "customer.update", "customer", c.code, before=before, after=audit_view(after))
        uow.commit()
        return after


def set_archived(uow: UnitOfWork, customer_id: int, archived: bool = True) -> CustomerDetail:
    """Archive (hide from lists and new documents) or bring back a customer. Never deletes."""
    from app.models.base import utcnow

    require(uow, "customer.write")
    with uow:
        s = uow.session
        c = find_customer(s, customer_id)
        if c.archived == archived:
            raise StateError(f"customer {c.code} is {'already' if archived else 'not'} archived")
        c.archived = archived
        c.archived_at = utcnow() if archived else None
        s.flush()
        audit.record(s, uow.user, "customer.archive" if archived else "customer.unarchive", "customer", c.code)
        uow.commit()
        return customer_detail(c)


def delete_customer(uow: UnitOfWork, customer_id: int) -> None:
    """Only a customer without any document can be deleted; others are archived."""
    require(uow, "customer.delete")
    with uow:
        s = uow.session
        c = find_customer(s, customer_id)
        if s.execute(select(exists().where(Document.customer_id == c.id))).scalar():
            raise StateError(f"customer {c.code} has documents: archive it instead")
        audit.record(s, uow.user, "customer.delete", "customer", c.code, before=audit_view(customer_detail(c)))
        s.delete(c)
        uow.commit()


def get_customer(uow: UnitOfWork, key: int | str) -> CustomerDetail:
    with uow:
        return customer_detail(find_customer(uow.session, key))


@dataclass(frozen=True)
class CustomerFilter:
    search: str = ""
    tag: str = ""
    category: str = ""
    grade: str = ""
    status: str = "active"  # active, archived, all
    with_balance: bool = False
    value_class: str = ""
    stage: str = ""  # a lifecycle stage (app.services.lifecycle), as last kept


def filter_conditions(f: CustomerFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.status == "active":
        conds.append(Customer.archived.is_(False))
    elif f.status == "archived":
        conds.append(Customer.archived.is_(True))
    if f.search.strip():
        for word in text.fold(f.search).split():
            like = f"%{word.replace('%', '').replace('_', '')}%"
            conds.append(or_(Customer.search_text.like(like), Customer.pinyin_initials.like(like)))
    if f.tag:
        conds.append(exists().where(and_(CustomerTag.customer_id == Customer.id, CustomerTag.tag == f.tag)))
    if f.category:
        conds.append(Customer.category == f.category)
    if f.grade:
        conds.append(func.coalesce(Customer.grade_override, Customer.grade) == f.grade)
    if f.value_class:
        conds.append(Customer.value_class == f.value_class)
    if f.stage:
        conds.append(exists().where(and_(CustomerStage.customer_id == Customer.id, CustomerStage.stage == f.stage)))
    return conds


def search_ids(uow: UnitOfWork, f: CustomerFilter, order: str = "code", descending: bool = False) -> list[int]:
    """Ids of matching customers in display order (filtering in SQL; rows are fetched lazily)."""
    from app.services.sql import money_sum, signed_amount

    with uow:
        s = uow.session
        q = select(Customer.id).where(*filter_conditions(f))
        if f.with_balance or order == "balance":
            bal = (
                select(Document.customer_id.label("cid"), money_sum(signed_amount()).label("bal"))
                .where(Document.status != "draft")
                .group_by(Document.customer_id)
                .subquery()
            )
            q = q.outerjoin(bal, bal.c.cid == Customer.id)
            if f.with_balance:
                q = q.where(bal.c.bal != 0)
        cols = {"code": Customer.code, "name": Customer.name, "category": Customer.category,
                "grade": func.coalesce(Customer.grade_override, Customer.grade)}
        key = func.coalesce(bal.c.bal, 0) if order == "balance" else cols.get(order, Customer.code)
        q = q.order_by(key.desc() if descending else key.asc())
        if key is not Customer.code:
            q = q.order_by(Customer.code)  # codes are unique: a tie-breaker only for the other orders
        # Plain ids need no ORM row processing: through the session's connection, 20,000 ids
        # take a few milliseconds instead of tens.
        return list(s.connection().execute(q).scalars())


def rows_for(uow: UnitOfWork, ids: Sequence[int]) -> list[CustomerRow]:
    """Customer list rows for these ids, in the same order, with balances from one query."""
    with uow:
        return _rows(uow.session, ids)


def _rows(s: Session, ids: Sequence[int]) -> list[CustomerRow]:
    if not ids:
        return []
    custs = {c.id: c for c in s.execute(
        select(Customer).options(selectinload(Customer.tags)).where(Customer.id.in_(list(ids)))
    ).scalars()}
    bals = balances(s, ids)
    stages = dict(s.execute(select(CustomerStage.customer_id, CustomerStage.stage)
                            .where(CustomerStage.customer_id.in_(list(ids)))).tuples().all())
    out = []
    for i in ids:
        c = custs.get(i)
        if c is None:
            continue
        out.append(CustomerRow(
            id=c.id, code=c.code, name=c.name, short_name=c.short_name, category=c.category,
            phone=c.phone, email=c.email, tags=tuple(t.tag for t in c.tags),
            balance=bals.get(c.id, Decimal(0)),
            credit_limit=c.credit_limit, grade=c.grade_override or c.grade, value_class=c.value_class,
            archived=c.archived, language=c.language, stage=stages.get(c.id, ""),
        ))
    return out


def list_customers(uow: UnitOfWork, f: CustomerFilter) -> list[CustomerRow]:
    ids = search_ids(uow, f)
    out: list[CustomerRow] = []
    with uow:
        for i in range(0, len(ids), 500):
            out += _rows(uow.session, ids[i:i + 500])
    return out


def all_tags(uow: UnitOfWork) -> list[str]:
    with uow:
        return list(uow.session.execute(select(CustomerTag.tag).distinct().order_by(CustomerTag.tag)).scalars())


def all_categories(uow: UnitOfWork) -> list[str]:
    from app.models import Classification
    from app.models.customer import CATEGORIES

    with uow:
        used = set(uow.session.execute(select(Customer.category).distinct()).scalars())
        extra = set(uow.session.execute(
            select(Classification.value).where(Classification.kind == "category")).scalars())
    return sorted({*CATEGORIES, *extra, *(u for u in used if u)})


def find_duplicates(uow: UnitOfWork, data: CustomerInput, exclude_id: int | None = None) -> list[DuplicateHint]:
    """Customers with the same tax ID, phone or email (contacts included)."""
    with uow:
        return duplicates_in(uow.session, data, exclude_id)


def duplicates_in(s: Session, data: CustomerInput, exclude_id: int | None = None) -> list[DuplicateHint]:
    hits: dict[int, DuplicateHint] = {}

    def add(rows: Sequence[Any], reason: str) -> None:
        for cid, code, name in rows:
            if cid != exclude_id and cid not in hits:
                hits[cid] = DuplicateHint(cid, code, name, reason)

    base = select(Customer.id, Customer.code, Customer.name)
    tax = text.norm_tax_id(data.tax_id)
    if tax:
        add(s.execute(base.where(Customer.tax_id_norm == tax)).all(), "tax_id")
    phones = {text.norm_phone(p) for p in [data.phone, *(c.phone for c in data.contacts)]} - {""}
    phones = {p for p in phones if len(p) >= 6}
    if phones:
        add(s.execute(base.where(Customer.phone_norm.in_(phones))).all(), "phone")
        add(s.execute(base.join(Contact, Contact.customer_id == Customer.id)
                      .where(Contact.phone_norm.in_(phones))).all(), "phone")
    emails = {text.norm_email(e) for e in [data.email, *(c.email for c in data.contacts)]} - {""}
    if emails:
        add(s.execute(base.where(Customer.email_norm.in_(emails))).all(), "email")
        add(s.execute(base.join(Contact, Contact.customer_id == Customer.id)
                      .where(Contact.email_norm.in_(emails))).all(), "email")
    return sorted(hits.values(), key=lambda h: h.code)
