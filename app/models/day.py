"""What the bookkeeper recorded about a promise to pay once its date came: kept or broken.

Kept apart from ``promises`` (one row per promise at most) so that the promise itself stays
as it was made. A recorded outcome takes the promise off the reminders; without one the
outcome is read from the applications (see ``app.services.collections.reminders``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow

PROMISE_OUTCOMES = ("kept", "broken")


class PromiseOutcomeRecord(Base):
    __tablename__ = "promise_outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    promise_id: Mapped[int] = mapped_column(ForeignKey("promises.id"), unique=True)
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[dt.date]
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
