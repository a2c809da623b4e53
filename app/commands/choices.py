"""The fixed choices the parsers offer (``choices=``, help texts), as plain tuples.

Copies of constants that live in modules which import SQLAlchemy or the models, so that
building the parser imports neither; tests/cli/test_startup_imports.py keeps each equal
to its source.
"""

from __future__ import annotations

# app.models.ledger
DEBIT_KINDS = ("invoice", "refund", "opening_balance", "charge")
CREDIT_KINDS = ("payment", "credit_note", "write_off")
KINDS = (*DEBIT_KINDS, *CREDIT_KINDS, "void")
PAYMENT_METHODS = ("bank_transfer", "cash", "card", "cheque", "other")

# app.services.reports.analysis
REPORT_NAMES = ("contribution", "frequency", "collection", "dso", "days_to_pay", "utilization", "top_overdue")
GROUP_FIELDS = ("category", "industry", "region", "grade", "value_class", "stage", "tag")

# app.services.lifecycle.rules
STAGES = ("prospect", "new", "active", "key", "at_risk", "dormant", "lost")
