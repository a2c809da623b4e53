"""Sales orders (订单): what a customer ordered, before it is invoiced.

An order moves ``draft`` -> ``confirmed`` -> ``invoiced``, or to ``cancelled``
with a reason. Its ``amount`` is the sum of its lines (or one amount). The
invoices made from it are linked in ``sales_order_invoices`` with the part of
the order each one billed, so an order can be invoiced in several parts; what
is confirmed and not yet invoiced counts in the customer's credit exposure.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, utcnow
from app.models.types import ExactDecimal

ORDER_STATUSES = ("draft", "confirmed", "invoiced", "cancelled")


class SalesOrder(Base):
    __tablename__ = "sales_orders"
    __table_args__ = (
        Index("ix_sales_orders_customer_status", "customer_id", "status"),
        Index("ix_sales_orders_status_date", "status", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    date: Mapped[dt.date]
    expected_on: Mapped[dt.date | None] = mapped_column(default=None)
    amount: Mapped[Decimal]
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="draft")
    confirmed_on: Mapped[dt.date | None] = mapped_column(default=None)
    confirmed_by: Mapped[str] = mapped_column(String(60), default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    lines: Mapped[list[SalesOrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="SalesOrderLine.position"
    )


class SalesOrderLine(Base):
    __tablename__ = "sales_order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(ExactDecimal())
    unit_price: Mapped[Decimal] = mapped_column(ExactDecimal())
    tax_rate: Mapped[Decimal] = mapped_column(ExactDecimal(), default=Decimal(0))
    net: Mapped[Decimal]
    tax: Mapped[Decimal]
    total: Mapped[Decimal]

    order: Mapped[SalesOrder] = relationship(back_populates="lines")


class SalesOrderInvoice(Base):
    """Invoice ``document_id`` billed ``amount`` of order ``order_id``."""

    __tablename__ = "sales_order_invoices"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    amount: Mapped[Decimal]
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
