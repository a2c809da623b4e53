"""Small SQL building blocks shared by the figure services (portable Core expressions)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import BigInteger, ColumnElement, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from app.models import Application, Customer, Document
from app.models.ledger import DRAFT
from app.models.types import Money
from app.services.errors import NotFound

M = TypeVar("M")


def get_or_raise(session: Session, model: type[M], key: Any, *, what: str, by: Any = None,
                 options: Sequence[Any] = ()) -> M:
    """The ``model`` row whose primary key (or column ``by``) is ``key``, else ``NotFound(what, key)``:
    the one get-or-NotFound of the services."""
    if by is None:
        row = session.get(model, key, options=options)
    else:
        row = session.execute(select(model).options(*options).where(by == key)).scalar_one_or_none()
    if row is None:
        raise NotFound(what, key)
    return row


def raw(col: Any) -> ColumnElement[int]:
    """A Money column as its integer minor units, for arithmetic inside SQL."""
    return type_coerce(col, BigInteger)


def money_sum(expr: Any) -> ColumnElement[Decimal]:
    """SUM of integer minor units, read back as a money Decimal (0 when no row)."""
    return type_coerce(func.coalesce(func.sum(expr), 0), Money())


def signed_amount() -> ColumnElement[int]:
    return Document.direction * raw(Document.amount)


def counts_in_balance() -> ColumnElement[bool]:
    return Document.status != DRAFT


# ---------------------------------------------------------------- open at D: the one rule

def not_closed_by(as_of: dt.date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """"Not closed by D" as two ranges of a settle-date index: never settled, or settled after D.

    Their OR is the rule; read apart (two queries, or a UNION ALL) each is one index range,
    where the OR would scan every document of the direction.
    """
    return Document.settled_on.is_(None), Document.settled_on > as_of


def open_at(as_of: dt.date, direction: int = 1, *, within: ColumnElement[bool] | None = None,
            keep_to_settle_index: bool = False) -> ColumnElement[bool]:
    """THE rule "open at D" (INTERCHANGE §3): a posted document of ``direction`` (1 debit,
    -1 credit), dated on or before D, not closed by D (its settle date is null or after D).

    ``within``: one of :func:`not_closed_by` to read one index range of the rule at a time.
    ``keep_to_settle_index``: compare the document date through coalesce(date, date), so no
    index on the date competes with the settle-date ranges in SQLite's planner.
    What is open of such a document at D is :func:`open_amount_at`.
    """
    dated = func.coalesce(Document.date, Document.date) if keep_to_settle_index else Document.date
    closed = or_(*not_closed_by(as_of)) if within is None else within
    return and_(Document.direction == direction, closed, dated <= as_of, counts_in_balance())


def applied_after(as_of: dt.date, direction: int = 1) -> ColumnElement[int]:
    """Minor units applied to the document (as debit for direction 1, as credit for -1) after D:
    what its ``open_amount`` has lost since D. A correlated subquery on Document."""
    col = Application.debit_id if direction == 1 else Application.credit_id
    return (select(func.coalesce(func.sum(raw(Application.amount)), 0))
            .where(col == Document.id, Application.applied_on > as_of, Application.undone_at.is_(None))
            .correlate(Document).scalar_subquery())


def open_amount_at(as_of: dt.date, direction: int = 1) -> ColumnElement[int]:
    """A document's open amount at D in minor units: its amount less applications dated on or
    before D, read as its open amount now plus what was applied after D. Only applications
    dated after D are read (usually none: an index probe), never the item's whole history.
    """
    return raw(Document.open_amount) + applied_after(as_of, direction)


def balances(session: Session, customer_ids: Iterable[int] | None = None,
             as_of: dt.date | None = None) -> dict[int, Decimal]:
    """Balance per customer: debits minus credits dated on or before ``as_of``."""
    q = select(Document.customer_id, money_sum(signed_amount())).where(counts_in_balance())
    if as_of is not None:
        q = q.where(Document.date <= as_of)
    if customer_ids is not None:
        ids = list(customer_ids)
        if not ids:
            return {}
        q = q.where(Document.customer_id.in_(ids))
    q = q.group_by(Document.customer_id)
    return {cid: bal for cid, bal in session.execute(q)}


def anything_dated_after(session: Session, as_of: dt.date) -> bool:
    """Whether any document (of any status) is dated after D: one probe of ix_documents_date.

    An application takes effect on the later of its two documents' dates (INTERCHANGE §2 and
    §7; app.services.ledger.settlement and ledger date every application so), so when no document
    is dated after D no application is either: every item's open amount at D is its open
    amount now and nothing is settled after D.
    """
    return session.execute(select(Document.id).where(Document.date > as_of).limit(1)).first() is not None


def balance_of(session: Session, customer_id: int, as_of: dt.date | None = None) -> Decimal:
    """Debits minus credits dated on or before ``as_of`` (all of them without a date).

    Every application takes the same amount off a debit and a credit of the customer (a void
    is applied to what it voids), so debits minus credits is also what is still open of the
    debits minus what is unapplied of the credits: a read of the customer's few open items
    (ix_documents_customer_open) instead of all of its documents. That holds at D too when
    nothing is dated after D (see :func:`anything_dated_after`); otherwise every document
    dated by D is summed.
    """
    if as_of is None or not anything_dated_after(session, as_of):
        q = select(money_sum(Document.direction * raw(Document.open_amount))).where(
            Document.customer_id == customer_id, Document.settled_on.is_(None), counts_in_balance())
        return session.execute(q).scalar_one()
    q = select(money_sum(signed_amount())).where(
        and_(Document.customer_id == customer_id, counts_in_balance())
    )
    return session.execute(q.where(Document.date <= as_of)).scalar_one()


def debit_credit(direction_col: Any, amount_col: Any) -> tuple[ColumnElement[int], ColumnElement[int]]:
    debit = case((direction_col == 1, raw(amount_col)), else_=0)
    credit = case((direction_col == -1, raw(amount_col)), else_=0)
    return debit, credit


def per_customer(on: Iterable[ColumnElement[bool]], *cols: Any) -> Any:
    """A select of ``cols`` from customers LEFT JOIN their documents matching ``on``.

    The LEFT JOIN keeps the customers the outer loop on every engine, so SQLite seeks each
    customer's own range of an index led by ``customer_id`` (ix_documents_customer_open
    covers the settle-date figures) and a GROUP BY the customer needs no sort. A customer
    without a matching document gives one row whose document columns are NULL.
    """
    return select(*cols).select_from(Customer).outerjoin(Document, and_(Document.customer_id == Customer.id, *on))
