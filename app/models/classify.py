"""Classification rules: how a customer's category, industry, region and size are set from what
is known about it (its name, address and credit limit), on import or over existing customers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class ClassificationRule(Base):
    """One rule, tried in ``position`` order: the first rule that matches sets its field.

    ``kind`` says what is looked at: ``name_keywords`` / ``address_keywords`` (any of the
    keywords in ``pattern``, separated by ``|``), ``address_province`` (the province named in
    the address; ``value`` empty means the province itself) and ``limit_range`` (the credit
    limit within ``pattern`` ``MIN..MAX``, either side open). A rule fills an empty field only,
    unless ``overwrite``.
    """

    __tablename__ = "classification_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(default=0)
    field: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(30))
    pattern: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[str] = mapped_column(String(60), default="")
    overwrite: Mapped[bool] = mapped_column(default=False)
    enabled: Mapped[bool] = mapped_column(default=True)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
