"""Audit entries as sentences a bookkeeper reads: "Invoice INV-12 posted for C0001, CNY 1,200.00".

The services record an action key ("document.post"), the record and its key, and the before/after
values as JSON. Here each known action has a sentence in the chosen language, filled from those
values with amounts, dates and kinds formatted like everywhere else; an action this table does not
know yet still reads as a sentence ("Change to customer C0001"). The raw JSON stays behind the
audit page's details button.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models import money as m
from app.services.safety.audit_trail import AuditRow
from app.ui.context import AppContext
from app.ui.dialogs.entry import kind_label
from app.ui.errors import QT_TRANSLATE_NOOP
from app.ui.views import approvals_text

CONTEXT = "AuditText"

# The short name of each action (the Action column and its filter).
ACTION_LABELS: dict[str, str] = {
    "document.post": QT_TRANSLATE_NOOP("AuditText", "Posted"),
    "document.draft": QT_TRANSLATE_NOOP("AuditText", "Draft saved"),
    "document.void": QT_TRANSLATE_NOOP("AuditText", "Voided"),
    "document.delete_draft": QT_TRANSLATE_NOOP("AuditText", "Draft deleted"),
    "document.dispute": QT_TRANSLATE_NOOP("AuditText", "Disputed"),
    "document.undispute": QT_TRANSLATE_NOOP("AuditText", "Dispute cleared"),
    "application.apply": QT_TRANSLATE_NOOP("AuditText", "Applied"),
    "application.unapply": QT_TRANSLATE_NOOP("AuditText", "Application undone"),
    "customer.create": QT_TRANSLATE_NOOP("AuditText", "Customer added"),
    "customer.update": QT_TRANSLATE_NOOP("AuditText", "Customer changed"),
    "customer.archive": QT_TRANSLATE_NOOP("AuditText", "Customer archived"),
    "customer.unarchive": QT_TRANSLATE_NOOP("AuditText", "Customer restored"),
    "customer.delete": QT_TRANSLATE_NOOP("AuditText", "Customer deleted"),
    "customer.merge": QT_TRANSLATE_NOOP("AuditText", "Customers merged"),
    "customer.value_class": QT_TRANSLATE_NOOP("AuditText", "Value classes"),
    "credit.hold": QT_TRANSLATE_NOOP("AuditText", "Put on hold"),
    "credit.release": QT_TRANSLATE_NOOP("AuditText", "Released from hold"),
    "credit.limit": QT_TRANSLATE_NOOP("AuditText", "Credit limit"),
    "credit.override": QT_TRANSLATE_NOOP("AuditText", "Credit override"),
    "credit.grade_override": QT_TRANSLATE_NOOP("AuditText", "Grade set by hand"),
    "promise.add": QT_TRANSLATE_NOOP("AuditText", "Promise to pay"),
    "promise.cancel": QT_TRANSLATE_NOOP("AuditText", "Promise cancelled"),
    "contract.add": QT_TRANSLATE_NOOP("AuditText", "Contract added"),
    "contract.update": QT_TRANSLATE_NOOP("AuditText", "Contract changed"),
    "contract.delete": QT_TRANSLATE_NOOP("AuditText", "Contract deleted"),
    "communication.add": QT_TRANSLATE_NOOP("AuditText", "Contact logged"),
    "communication.update": QT_TRANSLATE_NOOP("AuditText", "Contact log changed"),
    "communication.delete": QT_TRANSLATE_NOOP("AuditText", "Contact log deleted"),
    "communication.follow_up_done": QT_TRANSLATE_NOOP("AuditText", "Follow-up done"),
    "communication.follow_up_open": QT_TRANSLATE_NOOP("AuditText", "Follow-up reopened"),
    "dunning.letter": QT_TRANSLATE_NOOP("AuditText", "Dunning letter"),
    "dunning.levels": QT_TRANSLATE_NOOP("AuditText", "Dunning levels"),
    "dunning.template": QT_TRANSLATE_NOOP("AuditText", "Letter text"),
    "dunning.template_reset": QT_TRANSLATE_NOOP("AuditText", "Letter text reset"),
    "dunning.exclude": QT_TRANSLATE_NOOP("AuditText", "Kept out of dunning"),
    "dunning.include": QT_TRANSLATE_NOOP("AuditText", "Back in dunning"),
    "classification.set": QT_TRANSLATE_NOOP("AuditText", "List value"),
    "classification.remove": QT_TRANSLATE_NOOP("AuditText", "List value removed"),
    "classification.rename": QT_TRANSLATE_NOOP("AuditText", "List value renamed"),
    "backup.create": QT_TRANSLATE_NOOP("AuditText", "Backup"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditText", "Restore"),
    "backup.setup": QT_TRANSLATE_NOOP("AuditText", "Backups set up"),
    "backup.recovery_key": QT_TRANSLATE_NOOP("AuditText", "Recovery key"),
    "company.create": QT_TRANSLATE_NOOP("AuditText", "Company created"),
    "company.update": QT_TRANSLATE_NOOP("AuditText", "Company details"),
    "import": QT_TRANSLATE_NOOP("AuditText", "Import"),
    "login": QT_TRANSLATE_NOOP("AuditText", "Signed in"),
    "logout": QT_TRANSLATE_NOOP("AuditText", "Signed out"),
    "login.failed": QT_TRANSLATE_NOOP("AuditText", "Sign-in refused"),
    "user.create": QT_TRANSLATE_NOOP("AuditText", "User added"),
    "user.update": QT_TRANSLATE_NOOP("AuditText", "User changed"),
    "user.password": QT_TRANSLATE_NOOP("AuditText", "Password changed"),
    "users.enable": QT_TRANSLATE_NOOP("AuditText", "Users turned on"),
    "users.disable": QT_TRANSLATE_NOOP("AuditText", "Users turned off"),
    "setting.update": QT_TRANSLATE_NOOP("AuditText", "Setting"),
    "settings.update": QT_TRANSLATE_NOOP("AuditText", "Setting"),
    "report_template.save": QT_TRANSLATE_NOOP("AuditText", "Report template saved"),
    "report_template.delete": QT_TRANSLATE_NOOP("AuditText", "Report template deleted"),
}

# The first part of an action key: the filter's groups ("document…").
GROUP_LABELS: dict[str, str] = {
    "document": QT_TRANSLATE_NOOP("AuditText", "Documents"),
    "application": QT_TRANSLATE_NOOP("AuditText", "Applications"),
    "customer": QT_TRANSLATE_NOOP("AuditText", "Customers"),
    "credit": QT_TRANSLATE_NOOP("AuditText", "Credit"),
    "promise": QT_TRANSLATE_NOOP("AuditText", "Promises to pay"),
    "contract": QT_TRANSLATE_NOOP("AuditText", "Contracts"),
    "communication": QT_TRANSLATE_NOOP("AuditText", "Communication log"),
    "dunning": QT_TRANSLATE_NOOP("AuditText", "Dunning"),
    "classification": QT_TRANSLATE_NOOP("AuditText", "Lists"),
    "backup": QT_TRANSLATE_NOOP("AuditText", "Backups"),
    "company": QT_TRANSLATE_NOOP("AuditText", "Company"),
    "login": QT_TRANSLATE_NOOP("AuditText", "Sign-in"),
    "user": QT_TRANSLATE_NOOP("AuditText", "Users"),
    "users": QT_TRANSLATE_NOOP("AuditText", "Users"),
    "setting": QT_TRANSLATE_NOOP("AuditText", "Settings"),
    "settings": QT_TRANSLATE_NOOP("AuditText", "Settings"),
    "report_template": QT_TRANSLATE_NOOP("AuditText", "Report templates"),
}

# The kinds of records an entry is about (the Record filter).
RECORD_LABELS: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("AuditText", "Customer"),
    "invoice": QT_TRANSLATE_NOOP("AuditText", "Invoice"),
    "payment": QT_TRANSLATE_NOOP("AuditText", "Payment"),
    "credit_note": QT_TRANSLATE_NOOP("AuditText", "Credit note"),
    "refund": QT_TRANSLATE_NOOP("AuditText", "Refund"),
    "write_off": QT_TRANSLATE_NOOP("AuditText", "Write-off"),
    "charge": QT_TRANSLATE_NOOP("AuditText", "Charge"),
    "opening_balance": QT_TRANSLATE_NOOP("AuditText", "Opening balance"),
    "void": QT_TRANSLATE_NOOP("AuditText", "Void"),
    "application": QT_TRANSLATE_NOOP("AuditText", "Application"),
    "company": QT_TRANSLATE_NOOP("AuditText", "Company"),
    "backup": QT_TRANSLATE_NOOP("AuditText", "Backup"),
    "contract": QT_TRANSLATE_NOOP("AuditText", "Contract"),
    "promise": QT_TRANSLATE_NOOP("AuditText", "Promise to pay"),
    "user": QT_TRANSLATE_NOOP("AuditText", "User"),
    "settings": QT_TRANSLATE_NOOP("AuditText", "Setting"),
    "setting": QT_TRANSLATE_NOOP("AuditText", "Setting"),
    "data_set": QT_TRANSLATE_NOOP("AuditText", "Imported data"),
    "dunning_levels": QT_TRANSLATE_NOOP("AuditText", "Dunning levels"),
    "letter_template": QT_TRANSLATE_NOOP("AuditText", "Letter text"),
    "report_template": QT_TRANSLATE_NOOP("AuditText", "Report template"),
    "category": QT_TRANSLATE_NOOP("AuditText", "Category"),
    "industry": QT_TRANSLATE_NOOP("AuditText", "Industry"),
    "region": QT_TRANSLATE_NOOP("AuditText", "Region"),
    "size": QT_TRANSLATE_NOOP("AuditText", "Size"),
}

# The sentence of each action: %1, %2 ... filled by the functions of FILLS, in order.
SENTENCES: dict[str, str] = {
    "document.post": QT_TRANSLATE_NOOP("AuditText", "%1 %2 posted for %3, %4"),
    "document.draft": QT_TRANSLATE_NOOP("AuditText", "Draft %1 %2 saved for %3, %4"),
    "document.void": QT_TRANSLATE_NOOP("AuditText", "%1 %2 voided by %3: %4"),
    "document.delete_draft": QT_TRANSLATE_NOOP("AuditText", "Draft %1 %2 deleted"),
    "document.dispute": QT_TRANSLATE_NOOP("AuditText", "%1 %2 marked as disputed"),
    "document.undispute": QT_TRANSLATE_NOOP("AuditText", "Dispute on %1 %2 cleared"),
    "application.apply": QT_TRANSLATE_NOOP("AuditText", "%1 applied to %2: %3"),
    "application.unapply": QT_TRANSLATE_NOOP("AuditText", "Application of %1 to %2 undone: %3"),
    "customer.create": QT_TRANSLATE_NOOP("AuditText", "Customer %1 (%2) added"),
    "customer.update": QT_TRANSLATE_NOOP("AuditText", "Customer %1 (%2) changed"),
    "customer.archive": QT_TRANSLATE_NOOP("AuditText", "Customer %1 archived"),
    "customer.unarchive": QT_TRANSLATE_NOOP("AuditText", "Customer %1 restored from the archive"),
    "customer.delete": QT_TRANSLATE_NOOP("AuditText", "Customer %1 (%2) deleted"),
    "customer.merge": QT_TRANSLATE_NOOP("AuditText", "A duplicate customer was merged into %1"),
    "customer.value_class": QT_TRANSLATE_NOOP("AuditText", "Value classes worked out as of %1: %2 customers changed"),
    "credit.hold": QT_TRANSLATE_NOOP("AuditText", "Customer %1 put on credit hold: %2"),
    "credit.release": QT_TRANSLATE_NOOP("AuditText", "Customer %1 released from credit hold"),
    "credit.limit": QT_TRANSLATE_NOOP("AuditText", "Credit limit of customer %1 set to %2"),
    "credit.override": QT_TRANSLATE_NOOP("AuditText", "Credit refusal of customer %1 overridden: %2"),
    "credit.grade_override": QT_TRANSLATE_NOOP("AuditText", "Grade of customer %1 set by hand to %2: %3"),
    "promise.add": QT_TRANSLATE_NOOP("AuditText", "Promise to pay %1 on %2 for invoice %3"),
    "promise.cancel": QT_TRANSLATE_NOOP("AuditText", "A promise to pay was cancelled"),
    "contract.add": QT_TRANSLATE_NOOP("AuditText", "Contract %1 added for customer %2, %3"),
    "contract.update": QT_TRANSLATE_NOOP("AuditText", "Contract %1 of customer %2 changed"),
    "contract.delete": QT_TRANSLATE_NOOP("AuditText", "Contract %1 of customer %2 deleted"),
    "communication.add": QT_TRANSLATE_NOOP("AuditText", "Contact with customer %1 logged: %2"),
    "communication.update": QT_TRANSLATE_NOOP("AuditText", "Contact log of customer %1 changed: %2"),
    "communication.delete": QT_TRANSLATE_NOOP("AuditText", "Contact log entry of customer %1 deleted"),
    "communication.follow_up_done": QT_TRANSLATE_NOOP("AuditText", "Follow-up with customer %1 done"),
    "communication.follow_up_open": QT_TRANSLATE_NOOP("AuditText", "Follow-up with customer %1 reopened"),
    "dunning.letter": QT_TRANSLATE_NOOP("AuditText", "Dunning letter of level %1 for customer %2, %3"),
    "dunning.levels": QT_TRANSLATE_NOOP("AuditText", "Dunning levels changed"),
    "dunning.template": QT_TRANSLATE_NOOP("AuditText", "Letter text of level %1 changed"),
    "dunning.template_reset": QT_TRANSLATE_NOOP("AuditText", "Letter text of level %1 back to the built-in text"),
    "dunning.exclude": QT_TRANSLATE_NOOP("AuditText", "Customer %1 kept out of dunning"),
    "dunning.include": QT_TRANSLATE_NOOP("AuditText", "Customer %1 back in dunning"),
    "classification.set": QT_TRANSLATE_NOOP("AuditText", "%1 %2 set on the list"),
    "classification.remove": QT_TRANSLATE_NOOP("AuditText", "%1 %2 removed from the list"),
    "classification.rename": QT_TRANSLATE_NOOP("AuditText", "%1 %2 renamed to %3"),
    "backup.create": QT_TRANSLATE_NOOP("AuditText", "Backup %1 made"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditText", "Backup %1 restored"),
    "backup.setup": QT_TRANSLATE_NOOP("AuditText", "Backups set up"),
    "backup.recovery_key": QT_TRANSLATE_NOOP("AuditText", "Recovery key written"),
    "company.create": QT_TRANSLATE_NOOP("AuditText", "Company %1 created"),
    "company.update": QT_TRANSLATE_NOOP("AuditText", "Company details changed"),
    "import": QT_TRANSLATE_NOOP("AuditText", "Data imported: %1 customers, %2 invoices, %3 payments"),
    "login": QT_TRANSLATE_NOOP("AuditText", "%1 signed in"),
    "logout": QT_TRANSLATE_NOOP("AuditText", "%1 signed out"),
    "login.failed": QT_TRANSLATE_NOOP("AuditText", "Sign-in as %1 refused"),
    "user.create": QT_TRANSLATE_NOOP("AuditText", "User %1 added"),
    "user.update": QT_TRANSLATE_NOOP("AuditText", "User %1 changed"),
    "user.password": QT_TRANSLATE_NOOP("AuditText", "Password of user %1 changed"),
    "users.enable": QT_TRANSLATE_NOOP("AuditText", "Users turned on, %1 is the administrator"),
    "users.disable": QT_TRANSLATE_NOOP("AuditText", "Users turned off"),
    "setting.update": QT_TRANSLATE_NOOP("AuditText", "A setting was changed"),
    "settings.update": QT_TRANSLATE_NOOP("AuditText", "A setting was changed"),
    "report_template.save": QT_TRANSLATE_NOOP("AuditText", "Report template %1 saved"),
    "report_template.delete": QT_TRANSLATE_NOOP("AuditText", "Report template %1 deleted"),
}

OTHER_SENTENCE = QT_TRANSLATE_NOOP("AuditText", "Change to %1 %2")
OTHER_ACTION = QT_TRANSLATE_NOOP("AuditText", "Other change")
OTHER_RECORD = QT_TRANSLATE_NOOP("AuditText", "Record")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def action_label(action: str) -> str:
    """The short name of an action key in the chosen language ("document.post" -> "Posted")."""
    source = ACTION_LABELS.get(action)
    if source is not None:
        return _tr(source)
    group = GROUP_LABELS.get(action.split(".")[0])
    return _tr(group) if group is not None else _tr(OTHER_ACTION)


def group_label(group: str) -> str:
    source = GROUP_LABELS.get(group)
    return _tr(source) if source is not None else _tr(OTHER_ACTION)


def record_label(entity: str) -> str:
    source = RECORD_LABELS.get(entity)
    return _tr(source) if source is not None else _tr(OTHER_RECORD)


def local_time(at: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time in this computer's time zone."""
    return at.replace(tzinfo=dt.UTC).astimezone()


def when_text(ctx: AppContext, at: dt.datetime) -> str:
    local = local_time(at)
    return f"{ctx.date(local.date())} {local:%H:%M:%S}"


def _data(text: str) -> Any:
    if not text:
        return {}
    try:
        return json.loads(text)
    except ValueError:
        return {}


class _Values:
    """An entry's values, formatted for a sentence."""

    def __init__(self, ctx: AppContext, row: AuditRow) -> None:
        self.ctx = ctx
        self.row = row
        after, before = _data(row.after), _data(row.before)
        self.data: dict[str, Any] = {}
        for part in (before, after):  # the after values win
            if isinstance(part, dict):
                self.data.update(part)

    def text(self, key: str) -> str:
        v = self.data.get(key)
        return "" if v is None else str(v)

    def amount(self, key: str) -> str:
        v = self.data.get(key)
        if v is None or v == "":
            return ""
        try:
            return self.ctx.money_cur(m.to_decimal(str(v), self.ctx.digits))
        except (TypeError, ValueError):
            return str(v)

    def date(self, key: str) -> str:
        v = self.data.get(key)
        try:
            return self.ctx.date(dt.date.fromisoformat(str(v)[:10])) if v else ""
        except ValueError:
            return str(v)

    def kind(self) -> str:
        return kind_label(self.text("kind") or self.row.entity)

    def number(self, key: str) -> str:
        v = self.data.get(key)
        return self.ctx.number(int(v)) if isinstance(v, int) else ("" if v is None else str(v))

    def key_part(self, i: int) -> str:
        parts = self.row.entity_id.split("/")
        return parts[i] if i < len(parts) else ""


Fill = Callable[[_Values], list[str]]

FILLS: dict[str, Fill] = {
    "document.post": lambda v: [v.kind(), v.row.entity_id, v.text("customer"), v.amount("amount")],
    "document.draft": lambda v: [v.kind(), v.row.entity_id, v.text("customer"), v.amount("amount")],
    "document.void": lambda v: [v.kind(), v.row.entity_id, v.text("void"), v.text("reason")],
    "document.delete_draft": lambda v: [v.kind(), v.row.entity_id],
    "document.dispute": lambda v: [v.kind(), v.row.entity_id],
    "document.undispute": lambda v: [v.kind(), v.row.entity_id],
    "application.apply": lambda v: [v.text("credit"), v.text("debit"), v.amount("amount")],
    "application.unapply": lambda v: [v.text("credit"), v.text("debit"), v.amount("amount")],
    "customer.create": lambda v: [v.row.entity_id, v.text("name")],
    "customer.update": lambda v: [v.row.entity_id, v.text("name")],
    "customer.archive": lambda v: [v.row.entity_id],
    "customer.unarchive": lambda v: [v.row.entity_id],
    "customer.delete": lambda v: [v.row.entity_id, v.text("name")],
    "customer.merge": lambda v: [v.row.entity_id],
    "customer.value_class": lambda v: [v.date("as_of"), v.number("changed")],
    "credit.hold": lambda v: [v.row.entity_id, v.text("reason")],
    "credit.release": lambda v: [v.row.entity_id],
    "credit.limit": lambda v: [v.row.entity_id, v.amount("credit_limit")
                               or QCoreApplication.translate("AuditText", "no limit")],
    "credit.override": lambda v: [v.row.entity_id, v.text("reason")],
    "credit.grade_override": lambda v: [v.row.entity_id, v.text("grade_override"), v.text("reason")],
    "promise.add": lambda v: [v.amount("amount"), v.date("promised_on"), v.row.entity_id],
    "promise.cancel": lambda v: [],
    "contract.add": lambda v: [v.text("number") or v.key_part(1), v.key_part(0), v.amount("value")],
    "contract.update": lambda v: [v.text("number") or v.key_part(1), v.key_part(0)],
    "contract.delete": lambda v: [v.text("number") or v.key_part(1), v.key_part(0)],
    "communication.add": lambda v: [v.row.entity_id, v.text("summary")],
    "communication.update": lambda v: [v.row.entity_id, v.text("summary")],
    "communication.delete": lambda v: [v.row.entity_id],
    "communication.follow_up_done": lambda v: [v.row.entity_id],
    "communication.follow_up_open": lambda v: [v.row.entity_id],
    "dunning.letter": lambda v: [v.text("level"), v.row.entity_id, v.amount("total")],
    "dunning.levels": lambda v: [],
    "dunning.template": lambda v: [v.key_part(0)],
    "dunning.template_reset": lambda v: [v.key_part(0)],
    "dunning.exclude": lambda v: [v.row.entity_id],
    "dunning.include": lambda v: [v.row.entity_id],
    "classification.set": lambda v: [record_label(v.row.entity), v.row.entity_id],
    "classification.remove": lambda v: [record_label(v.row.entity), v.row.entity_id],
    "classification.rename": lambda v: [record_label(v.row.entity), v.row.entity_id, v.text("value")],
    "backup.create": lambda v: [v.row.entity_id],
    "backup.restore": lambda v: [v.row.entity_id],
    "backup.setup": lambda v: [],
    "backup.recovery_key": lambda v: [],
    "company.create": lambda v: [v.text("name")],
    "company.update": lambda v: [],
    "import": lambda v: [v.number("customers"), v.number("invoices"), v.number("payments")],
    "login": lambda v: [v.row.entity_id],
    "logout": lambda v: [v.row.entity_id],
    "login.failed": lambda v: [v.row.entity_id],
    "user.create": lambda v: [v.row.entity_id],
    "user.update": lambda v: [v.row.entity_id],
    "user.password": lambda v: [v.row.entity_id],
    "users.enable": lambda v: [v.row.entity_id],
    "users.disable": lambda v: [],
    "setting.update": lambda v: [],
    "settings.update": lambda v: [],
    "report_template.save": lambda v: [v.row.entity_id],
    "report_template.delete": lambda v: [v.row.entity_id],
}

# --- approvals --- (their words live in app/ui/views/approvals_text.py)
ACTION_LABELS.update(approvals_text.AUDIT_ACTIONS)
GROUP_LABELS.update(approvals_text.AUDIT_GROUPS)
RECORD_LABELS.update(approvals_text.AUDIT_RECORDS)
SENTENCES.update(approvals_text.AUDIT_SENTENCES)
for _action in approvals_text.AUDIT_SENTENCES:
    FILLS[_action] = lambda v, a=_action: approvals_text.audit_fill(a, v.row.entity_id, v.data)  # type: ignore[misc]


def _fill(template: str, values: list[str]) -> str:
    # from %9 down so that %1 never eats the start of %10
    for n in range(len(values), 0, -1):
        template = template.replace(f"%{n}", values[n - 1])
    return template


def sentence(ctx: AppContext, row: AuditRow) -> str:
    """The entry as one sentence in the chosen language."""
    source = SENTENCES.get(row.action)
    fill = FILLS.get(row.action)
    if source is None or fill is None:
        return _fill(_tr(OTHER_SENTENCE), [record_label(row.entity).lower() if ctx.language == "en"
                                           else record_label(row.entity), row.entity_id]).strip()
    text = _fill(_tr(source), fill(_Values(ctx, row)))
    # a value the entry did not record leaves ", " or ": " dangling at the end
    return text.rstrip().rstrip(",:，：").rstrip()
