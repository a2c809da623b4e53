"""Declarative base with a naming convention (Alembic batch mode needs names)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, DateTime, MetaData, String
from sqlalchemy.orm import DeclarativeBase

from app.models.types import Money

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012  (SQLAlchemy reads it as a class attribute)
        Decimal: Money(),
        dt.date: Date(),
        dt.datetime: DateTime(timezone=False),
        str: String(255),
    }


def utcnow() -> dt.datetime:
    """Naive UTC timestamp (SQLite has no time zones; every stored time is UTC)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
