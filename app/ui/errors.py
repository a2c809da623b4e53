"""The one place a DuebookError becomes a translated message (and a message box).

Services raise errors with a stable ``code`` (and, for a field, a problem code) and an English
detail, which the command line prints as it is. Here the GUI turns them into the chosen
language:

- ``FIELD_LABELS``: the fields a service names, as the form calls them;
- ``CODE_TEXTS``: one sentence per error or problem code, the fallback for a detail not listed;
- ``DETAILS``: the English details the services write, with ``%1``, ``%2`` where the service puts
  a value; a detail that matches one is shown translated with the same values.

Only an error whose code is in none of these tables is shown with its English detail.
``tests/ui/test_error_texts.py`` reads every raise site of ``app/services`` and fails when a
code, a field or a message has no translation here.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import errors as e
from app.ui import crash

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``context`` (lupdate); returns it as it is (typed, unlike Qt's)."""
    return text


shown: list[str] = []  # the last messages shown (tests and the log read them)
unexpected: list[str] = []  # unexpected errors shown since start (``--smoke`` fails on any)
_orphans: list[QMessageBox] = []

# Names of the fields services report in ValidationError.field / FieldProblem.field (and the
# import's column names), shown to the user.
FIELD_LABELS: dict[str, str] = {
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "short_name": QT_TRANSLATE_NOOP("Fields", "Short name"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "industry": QT_TRANSLATE_NOOP("Fields", "Industry"),
    "region": QT_TRANSLATE_NOOP("Fields", "Region"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "tax_id": QT_TRANSLATE_NOOP("Fields", "Tax ID"),
    "credit_limit": QT_TRANSLATE_NOOP("Fields", "Credit limit"),
    "warn_ratio": QT_TRANSLATE_NOOP("Fields", "Warn ratio"),
    "payment_terms_days": QT_TRANSLATE_NOOP("Fields", "Payment terms"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "contact_name": QT_TRANSLATE_NOOP("Fields", "Contact"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "issue_date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "due_date": QT_TRANSLATE_NOOP("Fields", "Due date"),
    "number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "reference": QT_TRANSLATE_NOOP("Fields", "Reference"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "contract_ref": QT_TRANSLATE_NOOP("Fields", "Contract"),
    "memo": QT_TRANSLATE_NOOP("Fields", "Memo"),
    "customer": QT_TRANSLATE_NOOP("Fields", "Customer"),
    "customer_code": QT_TRANSLATE_NOOP("Fields", "Customer code"),
    "codes": QT_TRANSLATE_NOOP("Fields", "Customers"),
    "merge_id": QT_TRANSLATE_NOOP("Fields", "Merge into"),
    "lines": QT_TRANSLATE_NOOP("Fields", "Lines"),
    "quantity": QT_TRANSLATE_NOOP("Fields", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("Fields", "Unit price"),
    "tax_rate": QT_TRANSLATE_NOOP("Fields", "Tax rate"),
    "allocations": QT_TRANSLATE_NOOP("Fields", "Allocation"),
    "invoice_number": QT_TRANSLATE_NOOP("Fields", "Invoice"),
    "method": QT_TRANSLATE_NOOP("Fields", "Method"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "company": QT_TRANSLATE_NOOP("Fields", "Company name"),
    "locale": QT_TRANSLATE_NOOP("Fields", "Language"),
    "contacts": QT_TRANSLATE_NOOP("Fields", "Contacts"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
    "channel": QT_TRANSLATE_NOOP("Fields", "Channel"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "follow_up_on": QT_TRANSLATE_NOOP("Fields", "Follow-up date"),
    "days_overdue": QT_TRANSLATE_NOOP("Fields", "Days overdue"),
    "until": QT_TRANSLATE_NOOP("Fields", "Until"),
    "grade": QT_TRANSLATE_NOOP("Fields", "Grade"),
    "buckets": QT_TRANSLATE_NOOP("Fields", "Aging buckets"),
    "basis": QT_TRANSLATE_NOOP("Fields", "Aging basis"),
    "level": QT_TRANSLATE_NOOP("Fields", "Level"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "fee": QT_TRANSLATE_NOOP("Fields", "Fee"),
    "min_amount": QT_TRANSLATE_NOOP("Fields", "Minimum overdue"),
    "annual_interest_rate": QT_TRANSLATE_NOOP("Fields", "Yearly interest"),
    "subject": QT_TRANSLATE_NOOP("Fields", "Subject"),
    "body": QT_TRANSLATE_NOOP("Fields", "Text"),
    "start_on": QT_TRANSLATE_NOOP("Fields", "Start"),
    "end_on": QT_TRANSLATE_NOOP("Fields", "End"),
    "reminder_days": QT_TRANSLATE_NOOP("Fields", "Remind days before"),
    "days": QT_TRANSLATE_NOOP("Fields", "Days"),
    "from": QT_TRANSLATE_NOOP("Fields", "From"),
    "to": QT_TRANSLATE_NOOP("Fields", "To"),
    "inactive_days": QT_TRANSLATE_NOOP("Fields", "Inactive after days"),
    "report": QT_TRANSLATE_NOOP("Fields", "Report"),
    "limit": QT_TRANSLATE_NOOP("Fields", "Rows"),
    "config": QT_TRANSLATE_NOOP("Fields", "Template"),
    "template": QT_TRANSLATE_NOOP("Fields", "Template"),
    "filters": QT_TRANSLATE_NOOP("Fields", "Filter"),
    "columns": QT_TRANSLATE_NOOP("Fields", "Columns"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "username": QT_TRANSLATE_NOOP("Fields", "User name"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("Fields", "Lock after idle minutes"),
    "*": QT_TRANSLATE_NOOP("Fields", "Row"),
    # --- day ---
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    # --- docs ---
    "logo": QT_TRANSLATE_NOOP("Fields", "Logo"),
    # --- orders ---
    "documents": QT_TRANSLATE_NOOP("Fields", "Documents"),
    "expected_on": QT_TRANSLATE_NOOP("Fields", "Expected delivery"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "tax_invoice_number": QT_TRANSLATE_NOOP("Fields", "Tax invoice number"),
    "tax_invoice_date": QT_TRANSLATE_NOOP("Fields", "Tax invoice date"),
    # --- bank ---
    "profile": QT_TRANSLATE_NOOP("Fields", "Mapping profile"),
    "format": QT_TRANSLATE_NOOP("Fields", "Format"),
    "decimal": QT_TRANSLATE_NOOP("Fields", "Decimal separator"),
    "encoding": QT_TRANSLATE_NOOP("Fields", "Encoding"),
    "rate": QT_TRANSLATE_NOOP("Fields", "Rate"),
    "max": QT_TRANSLATE_NOOP("Fields", "At most"),
    # --- outbox ---
    "smtp_host": QT_TRANSLATE_NOOP("Fields", "Mail server"),
    "smtp_port": QT_TRANSLATE_NOOP("Fields", "Port"),
    "smtp_security": QT_TRANSLATE_NOOP("Fields", "Security"),
    "smtp_from": QT_TRANSLATE_NOOP("Fields", "From address"),
    "smtp_attempts": QT_TRANSLATE_NOOP("Fields", "Attempts before waiting"),
    "report_to": QT_TRANSLATE_NOOP("Fields", "Report pack to"),
    "rule": QT_TRANSLATE_NOOP("Fields", "Rule"),
    "weekday": QT_TRANSLATE_NOOP("Fields", "Weekday"),
    "day": QT_TRANSLATE_NOOP("Fields", "Day of the month"),
    "every": QT_TRANSLATE_NOOP("Fields", "How often"),
    # --- insight ---
    "document": QT_TRANSLATE_NOOP("Fields", "Document"),
    # --- groups ---
    "group_by": QT_TRANSLATE_NOOP("Fields", "Group by"),
    "score": QT_TRANSLATE_NOOP("Fields", "Satisfaction"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    # --- classify ---
    "field": QT_TRANSLATE_NOOP("Fields", "Field"),
    "pattern": QT_TRANSLATE_NOOP("Fields", "Keywords or range"),
    "on_time_months": QT_TRANSLATE_NOOP("Fields", "Months paid on time"),
    "late_days": QT_TRANSLATE_NOOP("Fields", "Days late"),
    # --- approvals ---
    "limit_raise": QT_TRANSLATE_NOOP("Fields", "Limit raise needing approval"),
    "write_off_threshold": QT_TRANSLATE_NOOP("Fields", "Write-off needing approval"),
    "void_days": QT_TRANSLATE_NOOP("Fields", "Void of documents older than (days)"),
    "state": QT_TRANSLATE_NOOP("Fields", "State"),
}

# "lines[0].quantity": the group's label with its number, then the field's.
GROUP_LABELS: dict[str, tuple[str, int]] = {
    "lines": (QT_TRANSLATE_NOOP("Fields", "Line %1"), 1),  # 0-based index: shown from 1
    "contacts": (QT_TRANSLATE_NOOP("Fields", "Contact %1"), 1),
    "levels": (QT_TRANSLATE_NOOP("Fields", "Level %1"), 0),  # the level number itself
}

# One sentence per code: the error classes' codes, then the problem codes of fields.
CODE_TEXTS: dict[str, str] = {
    # DuebookError subclasses
    "error": QT_TRANSLATE_NOOP("Errors", "Something is wrong."),
    "invalid": QT_TRANSLATE_NOOP("Errors", "Not a valid value."),
    "invalid_many": QT_TRANSLATE_NOOP("Errors", "Some fields are not valid."),
    "import_rejected": QT_TRANSLATE_NOOP("Errors", "The file was not imported."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "Not found."),
    "conflict": QT_TRANSLATE_NOOP("Errors", "This clashes with another record."),
    "state": QT_TRANSLATE_NOOP("Errors", "This cannot be done now."),
    "credit_refused": QT_TRANSLATE_NOOP("Errors", "Credit refused."),
    "permission_denied": QT_TRANSLATE_NOOP("Errors", "You may not do this."),
    "cancelled": QT_TRANSLATE_NOOP("Errors", "Cancelled."),
    "locked": QT_TRANSLATE_NOOP("Errors", "This company file is open in another Duebook."),
    "company_file": QT_TRANSLATE_NOOP("Errors", "The company file cannot be used."),
    "backup": QT_TRANSLATE_NOOP("Errors", "The backup could not be made, read or restored."),
    "backup_no_key": QT_TRANSLATE_NOOP("Errors", "The key to open this backup is not on this computer."),
    "login_refused": QT_TRANSLATE_NOOP("Errors", "The login was refused."),
    "server_unreachable": QT_TRANSLATE_NOOP("Errors", "The server cannot be reached."),
    "server_login": QT_TRANSLATE_NOOP("Errors", "The server refused the user name or password."),
    "transfer_failed": QT_TRANSLATE_NOOP("Errors", "The copy does not match its source; nothing was kept."),
    "company_damaged": QT_TRANSLATE_NOOP("Errors", "The company file is damaged and was not opened."),
    # problem codes of ValidationError / FieldProblem
    "required": QT_TRANSLATE_NOOP("Errors", "This is needed."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "Too long."),
    "too_short": QT_TRANSLATE_NOOP("Errors", "Too short."),
    "choice": QT_TRANSLATE_NOOP("Errors", "Choose one of the offered values."),
    "range": QT_TRANSLATE_NOOP("Errors", "Out of the allowed range."),
    "negative": QT_TRANSLATE_NOOP("Errors", "Cannot be negative."),
    "positive": QT_TRANSLATE_NOOP("Errors", "Must be more than zero."),
    "format": QT_TRANSLATE_NOOP("Errors", "Not in a valid format."),
    "tax_id": QT_TRANSLATE_NOOP("Errors", "Not a valid tax ID."),
    "duplicate": QT_TRANSLATE_NOOP("Errors", "Already used by another record."),
    "over": QT_TRANSLATE_NOOP("Errors", "More than is open."),
    "too_much": QT_TRANSLATE_NOOP("Errors", "More than the invoice amount."),
    "order": QT_TRANSLATE_NOOP("Errors", "The dates or values are in the wrong order."),
    "digits": QT_TRANSLATE_NOOP("Errors", "Too many decimal places."),
    "unknown": QT_TRANSLATE_NOOP("Errors", "Not known in this company file."),
    "other_customer": QT_TRANSLATE_NOOP("Errors", "Belongs to another customer."),
    "target": QT_TRANSLATE_NOOP("Errors", "This document cannot take this credit."),
    "same": QT_TRANSLATE_NOOP("Errors", "A record cannot be merged into itself."),
    "fixed": QT_TRANSLATE_NOOP("Errors", "This cannot be changed."),
    "currency": QT_TRANSLATE_NOOP("Errors", "Not a currency code (ISO 4217)."),
    "buckets": QT_TRANSLATE_NOOP("Errors", "Bucket limits must be increasing whole days above 0."),
    "numbering": QT_TRANSLATE_NOOP("Errors", "Levels must be numbered 1, 2, 3 … without gaps."),
    "placeholder": QT_TRANSLATE_NOOP("Errors", "An unknown placeholder is used."),
    # --- install ---
    "server_support_missing": QT_TRANSLATE_NOOP(
        "Errors", "This installation of Duebook cannot open a PostgreSQL server: its server support "
                  "(duebook[server]) is not installed."),
    # --- orders ---
    "ambiguous": QT_TRANSLATE_NOOP("Errors", "Several records match; be more precise."),
    # --- outbox ---
    "smtp_not_configured": QT_TRANSLATE_NOOP("Errors", "No mail server is set up: Settings > Mail server."),
    "smtp_password_needed": QT_TRANSLATE_NOOP("Errors", "The mail server password is needed."),
    "smtp_login": QT_TRANSLATE_NOOP("Errors", "The mail server refused the user name or password."),
    "smtp_unreachable": QT_TRANSLATE_NOOP("Errors", "The mail server cannot be reached; messages stay in the Outbox."),
    "smtp_refused": QT_TRANSLATE_NOOP("Errors", "The mail server refused the message."),
    "no_email_address": QT_TRANSLATE_NOOP("Errors", "This customer has no e-mail address."),
    "email": QT_TRANSLATE_NOOP("Errors", "Not an e-mail address."),
    # --- harden ---
    "date_range": QT_TRANSLATE_NOOP("Errors", "The date is outside 1900-01-01 to 2999-12-31."),
    "control": QT_TRANSLATE_NOOP("Errors", "The text holds a character that is not allowed here."),
    # --- approvals ---
    "approval_own_request": QT_TRANSLATE_NOOP("Errors", "You asked for this change: another approver must accept "
                                                        "or reject it."),
    "approval_decided": QT_TRANSLATE_NOOP("Errors", "This request was already accepted or rejected."),
    "approval_needed": QT_TRANSLATE_NOOP("Errors", "This change needs an approver: ask for it as a request "
                                                   "(the dialog of the change does so)."),
    # --- harden2 ---
    "backup_unsigned": QT_TRANSLATE_NOOP(
        "Errors", "This backup is not signed by the company's key. If you made it yourself (an older backup, or "
                  "one made where the key was not), tick \"Accept a backup that is not signed\" and try again."),
}

# Codes whose sentence is built from the error's params alone (their detail is not matched).
PARAM_CODES = frozenset({"server_unreachable", "server_login", "company_damaged",
                         # --- outbox ---
                         "smtp_not_configured", "smtp_password_needed", "smtp_login", "smtp_unreachable",
                         "smtp_refused", "no_email_address",
                         # --- approvals ---
                         "approval_own_request", "approval_decided", "approval_needed"})

# The English details the services write (%1, %2 … stand for the values they put in). Matched
# whole; the translation may reorder the values.
DETAILS: list[str] = [
    # customers and the customer form
    QT_TRANSLATE_NOOP("Errors", "a customer code is needed"),
    QT_TRANSLATE_NOOP("Errors", "a name is needed"),
    QT_TRANSLATE_NOOP("Errors", "at most %1 characters"),
    QT_TRANSLATE_NOOP("Errors", "must be en or zh_CN"),
    QT_TRANSLATE_NOOP("Errors", "must be en or zh_CN, not %1"),
    QT_TRANSLATE_NOOP("Errors", "en or zh_CN"),
    QT_TRANSLATE_NOOP("Errors", "must be between %1 and %2 days"),
    QT_TRANSLATE_NOOP("Errors", "must be between %1 and %2"),
    QT_TRANSLATE_NOOP("Errors", "cannot be negative"),
    QT_TRANSLATE_NOOP("Errors", "must be above 0 and at most 1"),
    QT_TRANSLATE_NOOP("Errors", "not an email address"),
    QT_TRANSLATE_NOOP("Errors", "not an email address: %1"),
    QT_TRANSLATE_NOOP("Errors", "a tag cannot be empty or contain ';'"),
    QT_TRANSLATE_NOOP("Errors", "code %1 is already used"),
    QT_TRANSLATE_NOOP("Errors", "customer %1 was changed by someone else; reload it and try again"),
    QT_TRANSLATE_NOOP("Errors", "customer %1 is already archived"),
    QT_TRANSLATE_NOOP("Errors", "customer %1 is not archived"),
    QT_TRANSLATE_NOOP("Errors", "customer %1 has documents: archive it instead"),
    QT_TRANSLATE_NOOP("Errors", "a customer cannot be merged into itself"),
    QT_TRANSLATE_NOOP("Errors", "not a valid unified social credit code (check character)"),
    QT_TRANSLATE_NOOP("Errors", "not a valid %1 VAT number: %2"),
    QT_TRANSLATE_NOOP("Errors", "only 4-30 letters and digits are allowed in a tax ID"),
    # amounts, dates and documents
    QT_TRANSLATE_NOOP("Errors", "an amount is needed"),
    QT_TRANSLATE_NOOP("Errors", "must be greater than zero"),
    QT_TRANSLATE_NOOP("Errors", "at most %1 decimal places"),
    QT_TRANSLATE_NOOP("Errors", "must be between 0 and 1 (0.13 = 13 %)"),
    QT_TRANSLATE_NOOP("Errors", "cannot be before the invoice date"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a debit kind"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a credit kind"),
    QT_TRANSLATE_NOOP("Errors", "one of %1"),
    QT_TRANSLATE_NOOP("Errors", "choose one of %1"),
    QT_TRANSLATE_NOOP("Errors", "a write-off needs a reason"),
    QT_TRANSLATE_NOOP("Errors", "no invoice %1"),
    QT_TRANSLATE_NOOP("Errors", "invoice %1 belongs to another customer"),
    QT_TRANSLATE_NOOP("Errors", "more is allocated than the amount"),
    QT_TRANSLATE_NOOP("Errors", "document %1 cannot take this credit"),
    QT_TRANSLATE_NOOP("Errors", "%1 is open for %2 only"),
    QT_TRANSLATE_NOOP("Errors", "between 0 and %1"),
    QT_TRANSLATE_NOOP("Errors", "customer %1 is archived; bring it back before posting"),
    QT_TRANSLATE_NOOP("Errors", "only a posted payment, credit note or write-off can be applied"),
    QT_TRANSLATE_NOOP("Errors", "a credit can only be applied to a posted open item"),
    QT_TRANSLATE_NOOP("Errors", "the credit and the item belong to different customers"),
    QT_TRANSLATE_NOOP("Errors", "this application was already undone"),
    QT_TRANSLATE_NOOP("Errors", "an application made by a void cannot be undone"),
    QT_TRANSLATE_NOOP("Errors", "say why the document is voided"),
    QT_TRANSLATE_NOOP("Errors", "%1 is a draft: delete it instead"),
    QT_TRANSLATE_NOOP("Errors", "%1 is already voided"),
    QT_TRANSLATE_NOOP("Errors", "a void cannot itself be voided"),
    QT_TRANSLATE_NOOP("Errors", "a void cannot be dated before the document"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a draft"),
    QT_TRANSLATE_NOOP("Errors", "%1 is posted: void it instead"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 already exists"),
    QT_TRANSLATE_NOOP("Errors", "the period ends before it starts"),
    QT_TRANSLATE_NOOP("Errors", "the period must start on or before its end"),
    QT_TRANSLATE_NOOP("Errors", "no customer with code %1"),
    # credit
    QT_TRANSLATE_NOOP("Errors", "%1; an override with a reason is needed"),
    QT_TRANSLATE_NOOP("Errors", "exposure %1 would exceed the credit limit %2"),
    QT_TRANSLATE_NOOP("Errors", "exposure %1 is %2 % of the credit limit %3"),
    QT_TRANSLATE_NOOP("Errors", "credit override: %1"),
    QT_TRANSLATE_NOOP("Errors", "customer is on credit hold (%1)"),
    QT_TRANSLATE_NOOP("Errors", "must be a whole number of days above 0"),
    QT_TRANSLATE_NOOP("Errors", "say why the customer is put on hold"),
    QT_TRANSLATE_NOOP("Errors", "the hold would end before it starts (%1)"),
    QT_TRANSLATE_NOOP("Errors", "customer %1 is not on hold"),
    QT_TRANSLATE_NOOP("Errors", "a manual grade needs a reason"),
    # collections: dunning, letters, promises, contracts, the communication log
    QT_TRANSLATE_NOOP("Errors", "levels must be numbered 1, 2, 3 ... without gaps"),
    QT_TRANSLATE_NOOP("Errors", "must be at least 1 day"),
    QT_TRANSLATE_NOOP("Errors", "must be more than the level before it"),
    QT_TRANSLATE_NOOP("Errors", "a yearly rate between 0 and 1 (0.08 = 8 %)"),
    QT_TRANSLATE_NOOP("Errors", "a letter needs a text"),
    QT_TRANSLATE_NOOP("Errors", "unknown placeholder(s): %1"),
    QT_TRANSLATE_NOOP("Errors", "a brace is not closed: %1"),
    QT_TRANSLATE_NOOP("Errors", "levels start at 1"),
    QT_TRANSLATE_NOOP("Errors", "more than the invoice amount"),
    QT_TRANSLATE_NOOP("Errors", "the promise is already cancelled"),
    QT_TRANSLATE_NOOP("Errors", "a contract number is needed"),
    QT_TRANSLATE_NOOP("Errors", "cannot end before it starts"),
    QT_TRANSLATE_NOOP("Errors", "between 0 and 3650 days"),
    QT_TRANSLATE_NOOP("Errors", "contract %1 already exists"),
    QT_TRANSLATE_NOOP("Errors", "say what was discussed"),
    QT_TRANSLATE_NOOP("Errors", "a follow-up cannot be before the contact"),
    QT_TRANSLATE_NOOP("Errors", "a value is needed"),
    # reports and settings
    QT_TRANSLATE_NOOP("Errors", "bucket limits must be increasing whole days above 0"),
    QT_TRANSLATE_NOOP("Errors", "due_date or invoice_date"),
    QT_TRANSLATE_NOOP("Errors", "must be at least 1"),
    QT_TRANSLATE_NOOP("Errors", "a whole number of rows"),
    QT_TRANSLATE_NOOP("Errors", "a template needs a name"),
    QT_TRANSLATE_NOOP("Errors", "the template is too large"),
    QT_TRANSLATE_NOOP("Errors", "operator must be one of %1"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a number"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a whole number"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("Errors", "no column %1 in this report"),
    QT_TRANSLATE_NOOP("Errors", "%1 is a template of the %2 report"),
    QT_TRANSLATE_NOOP("Errors", "not an ISO 4217 code: %1"),
    QT_TRANSLATE_NOOP("Errors", "a company name is needed"),
    QT_TRANSLATE_NOOP("Errors", "the currency of a company file cannot be changed"),
    # users and login
    QT_TRANSLATE_NOOP("Errors", "use at least %1 characters"),
    QT_TRANSLATE_NOOP("Errors", "letters, digits, . _ @ - only (1 to 60)"),
    QT_TRANSLATE_NOOP("Errors", "between 0 (never) and 1440"),
    QT_TRANSLATE_NOOP("Errors", "users are already on"),
    QT_TRANSLATE_NOOP("Errors", "users are off: turn them on first (this creates an administrator)"),
    QT_TRANSLATE_NOOP("Errors", "a user named %1 already exists"),
    QT_TRANSLATE_NOOP("Errors", "the last administrator cannot be removed"),
    QT_TRANSLATE_NOOP("Errors", "the old password is wrong"),
    QT_TRANSLATE_NOOP("Errors", "wrong user name or password"),
    QT_TRANSLATE_NOOP("Errors", "wrong user name or password; wait %1 s before the next try"),
    QT_TRANSLATE_NOOP("Errors", "too many failed logins: try again in %1 s"),
    QT_TRANSLATE_NOOP("Errors", "users are on for this company: give --user NAME and --password-file FILE"),
    QT_TRANSLATE_NOOP("Errors", "cannot read the password file %1: %2"),
    # company files, import and transfer
    QT_TRANSLATE_NOOP("Errors", "%1 already exists; open it or choose another name"),
    QT_TRANSLATE_NOOP("Errors", "%1 already holds a company"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a Duebook company file"),
    QT_TRANSLATE_NOOP("Errors", "%1 was written by a newer Duebook; update the program"),
    QT_TRANSLATE_NOOP("Errors", "the file holds no company"),
    QT_TRANSLATE_NOOP("Errors", "%1 does not exist"),
    QT_TRANSLATE_NOOP("Errors", "%1 is neither a folder of CSV files nor an .xlsx workbook"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a readable Excel workbook: %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 holds none of %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 already exists; transfer only into a new file"),
    QT_TRANSLATE_NOOP("Errors", "the source and the target are the same database"),
    QT_TRANSLATE_NOOP("Errors", "%1 is in use; the copy was not finished"),
    QT_TRANSLATE_NOOP("Errors", "%1 already holds a company (table %2 has rows); transfer only into an empty database"),
    QT_TRANSLATE_NOOP("Errors", "%1 has an empty schema of another Duebook version"),
    QT_TRANSLATE_NOOP("Errors", "%1 holds part of a Duebook schema; use an empty database"),
    QT_TRANSLATE_NOOP("Errors", "table %1: %2 rows in the source, %3 in the copy"),
    QT_TRANSLATE_NOOP("Errors", "customer id %1: balance or aging differs"),
    QT_TRANSLATE_NOOP("Errors", "database %1 on %2 holds no Duebook company; put one there with: duebook transfer --from FILE --to URL"),
    QT_TRANSLATE_NOOP("Errors", "cannot read the %1 file %2: %3"),
    # backups
    QT_TRANSLATE_NOOP("Errors", "%1 holds no age identity"),
    QT_TRANSLATE_NOOP("Errors", "too many backups named like %1"),
    QT_TRANSLATE_NOOP("Errors", "%1 is damaged (truncated or altered): decryption failed its integrity check"),
    QT_TRANSLATE_NOOP("Errors", "%1 is damaged (truncated or altered): %2"),
    QT_TRANSLATE_NOOP("Errors", "the backup key of this company is not on this computer (%1); use the recovery key and its passphrase"),
    QT_TRANSLATE_NOOP("Errors", "choose a passphrase of at least 8 characters"),
    QT_TRANSLATE_NOOP("Errors", "the backup could not be encrypted: %1"),
    QT_TRANSLATE_NOOP("Errors", "the backup could not be encrypted"),
    QT_TRANSLATE_NOOP("Errors", "the snapshot changed while it was archived"),
    QT_TRANSLATE_NOOP("Errors", "the restored file could not be written to disk: %1"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a Duebook backup (not in the age format)"),
    QT_TRANSLATE_NOOP("Errors", "no key to open %1: the company's key is not on this computer; use the recovery key and its passphrase"),
    QT_TRANSLATE_NOOP("Errors", "%1 cannot be opened with this company's key: it is a backup of another company, was made with another key, or its header is damaged"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a Duebook backup: %2 missing"),
    QT_TRANSLATE_NOOP("Errors", "%1: company.db does not match its manifest (SHA-256 differs)"),
    QT_TRANSLATE_NOOP("Errors", "%1: company.db fails SQLite's integrity check: %2"),
    QT_TRANSLATE_NOOP("Errors", "%1: table %2 holds %3 rows, the manifest says %4"),
    QT_TRANSLATE_NOOP("Errors", "%1 is a backup of another company (%2), not of %3"),
    QT_TRANSLATE_NOOP("Errors", "cannot read the key file %1: %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 is a recovery key: its passphrase is needed"),
    QT_TRANSLATE_NOOP("Errors", "cannot read %1: %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 is damaged: its archive cannot be read (%2)"),
    QT_TRANSLATE_NOOP("Errors", "%1 exists and is not a Duebook company file; nothing was replaced (%2)"),
    QT_TRANSLATE_NOOP("Errors", "wrong passphrase for the recovery key"),
    QT_TRANSLATE_NOOP("Errors", "%1 has a damaged manifest"),
    QT_TRANSLATE_NOOP("Errors", "%1: company.db is not a sound database (%2)"),
    QT_TRANSLATE_NOOP("Errors", "%1 holds a damaged key"),
    # why a server cannot be reached (company.plain_reason)
    QT_TRANSLATE_NOOP("Errors", "no answer within the time allowed"),
    QT_TRANSLATE_NOOP("Errors", "nothing is listening there: the server is off or the port is wrong"),
    QT_TRANSLATE_NOOP("Errors", "the host name is unknown"),
    QT_TRANSLATE_NOOP("Errors", "the network does not reach it"),
    QT_TRANSLATE_NOOP("Errors", "no connection"),
    # what the audit trail's check found (shown in the audit viewer)
    QT_TRANSLATE_NOOP("Errors", "an entry before it was removed or changed"),
    QT_TRANSLATE_NOOP("Errors", "chain broken"),
    QT_TRANSLATE_NOOP("Errors", "its contents were changed"),
    # notes and warnings of a backup or a restore (not errors: shown with the result)
    QT_TRANSLATE_NOOP("Errors", "no backup of the replaced file could be made (%1); it is kept aside"),
    QT_TRANSLATE_NOOP("Errors", "the backup key of this company is not on this computer: its backups can be restored only with the recovery key and its passphrase"),
    QT_TRANSLATE_NOOP("Errors", "%1: the backup key was saved in %2 (readable only by you). Write a recovery key (backup recovery-key) and keep it apart: restoring on another machine needs it and its passphrase."),
    # import rows (file:row:column: reason)
    QT_TRANSLATE_NOOP("Errors", "row has %1 cells but the header has %2"),
    QT_TRANSLATE_NOOP("Errors", "a value is required"),
    QT_TRANSLATE_NOOP("Errors", "a date is required"),
    QT_TRANSLATE_NOOP("Errors", "an amount is required"),
    QT_TRANSLATE_NOOP("Errors", "not an ISO date (YYYY-MM-DD): %1"),
    QT_TRANSLATE_NOOP("Errors", "no such date: %1"),
    QT_TRANSLATE_NOOP("Errors", "not an amount"),
    QT_TRANSLATE_NOOP("Errors", "not a whole number: %1"),
    QT_TRANSLATE_NOOP("Errors", "duplicate invoice %1 (also on row %2)"),
    QT_TRANSLATE_NOOP("Errors", "duplicate code %1 (also on row %2)"),
    QT_TRANSLATE_NOOP("Errors", "duplicate level %1 (also on row %2)"),
    QT_TRANSLATE_NOOP("Errors", "duplicate %1 %2 (also on row %3)"),
    QT_TRANSLATE_NOOP("Errors", "the due date is before the issue date"),
    QT_TRANSLATE_NOOP("Errors", "unknown file (expected %1)"),
    QT_TRANSLATE_NOOP("Errors", "unknown file in the data set (expected %1)"),
    QT_TRANSLATE_NOOP("Errors", "unknown sheet (expected %1)"),
    QT_TRANSLATE_NOOP("Errors", "not UTF-8 text (save the file as CSV UTF-8)"),
    QT_TRANSLATE_NOOP("Errors", "empty file: a header row is needed"),
    QT_TRANSLATE_NOOP("Errors", "empty sheet: a header row is needed"),
    QT_TRANSLATE_NOOP("Errors", "not a readable CSV file: %1"),
    QT_TRANSLATE_NOOP("Errors", "not a readable CSV row: %1"),
    QT_TRANSLATE_NOOP("Errors", "column appears twice"),
    QT_TRANSLATE_NOOP("Errors", "required column is missing"),
    QT_TRANSLATE_NOOP("Errors", "unknown column (use --ignore-unknown to skip it)"),
    QT_TRANSLATE_NOOP("Errors", "customer %1 is already in the company file"),
    QT_TRANSLATE_NOOP("Errors", "invoice %1 is already in the company file"),
    QT_TRANSLATE_NOOP("Errors", "level %1 is already in the company file"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 is already in the company file"),
    QT_TRANSLATE_NOOP("Errors", "unknown customer %1"),
    QT_TRANSLATE_NOOP("Errors", "customer %1 is archived"),
    QT_TRANSLATE_NOOP("Errors", "unknown invoice %1"),
    QT_TRANSLATE_NOOP("Errors", "write the rate as a fraction: 0.08 for 8 %"),
    QT_TRANSLATE_NOOP("Errors", "not a decimal rate: %1"),
    QT_TRANSLATE_NOOP("Errors", "levels must be numbered 1, 2, 3 ... without gaps (missing %1)"),
    QT_TRANSLATE_NOOP("Errors", "level %1 must have more days overdue than level %2"),
    # amounts as typed or read (app.models.money), alone or followed by ": 'the cell'"
    QT_TRANSLATE_NOOP("Errors", "empty"),
    QT_TRANSLATE_NOOP("Errors", "a sign is not allowed"),
    QT_TRANSLATE_NOOP("Errors", "an exponent is not allowed"),
    QT_TRANSLATE_NOOP("Errors", "a thousands separator is not allowed"),
    QT_TRANSLATE_NOOP("Errors", "a currency sign is not allowed"),
    QT_TRANSLATE_NOOP("Errors", "no decimal places are allowed in this currency"),
    QT_TRANSLATE_NOOP("Errors", "more than %1 decimal places"),
    QT_TRANSLATE_NOOP("Errors", "%1 has more than %2 decimal places"),
    QT_TRANSLATE_NOOP("Errors", "not a decimal amount"),
    QT_TRANSLATE_NOOP("Errors", "not a decimal amount: %1"),
    QT_TRANSLATE_NOOP("Errors", "not a finite amount: %1"),
    QT_TRANSLATE_NOOP("Errors", "not a decimal number"),
    # --- harden ---
    QT_TRANSLATE_NOOP("Errors", "the server's data has %1 rows pointing at missing rows (first in table %2); "
                                "nothing was backed up"),
    # --- day ---
    QT_TRANSLATE_NOOP("Errors", "%1 has nothing left to apply"),
    QT_TRANSLATE_NOOP("Errors", "the customer has no open item to apply it to"),
    QT_TRANSLATE_NOOP("Errors", "nothing of this credit is applied to this item"),
    QT_TRANSLATE_NOOP("Errors", "%1 has nothing left to refund"),
    QT_TRANSLATE_NOOP("Errors", "at most the unapplied %1"),
    QT_TRANSLATE_NOOP("Errors", "a refund cannot be dated before the payment"),
    QT_TRANSLATE_NOOP("Errors", "the promise is cancelled"),
    # --- docs ---
    QT_TRANSLATE_NOOP("Errors", "a logo must be a PNG or JPEG picture"),
    QT_TRANSLATE_NOOP("Errors", "the picture is %1 KB; at most %2 KB"),
    QT_TRANSLATE_NOOP("Errors", "the picture cannot be read; the file may be damaged"),
    QT_TRANSLATE_NOOP("Errors", "the picture is %1 x %2 pixels; at most %3 x %4"),
    QT_TRANSLATE_NOOP("Errors", "no such file: %1"),
    # --- orders ---
    QT_TRANSLATE_NOOP("Errors", "several payments have the reference %1; give the payment number"),
    QT_TRANSLATE_NOOP("Errors", "nothing to print: no document is selected"),
    QT_TRANSLATE_NOOP("Errors", "the date of the tax invoice is needed"),
    QT_TRANSLATE_NOOP("Errors", "%1 is a draft: post it before recording its tax invoice"),
    QT_TRANSLATE_NOOP("Errors", "an amount or lines are needed"),
    QT_TRANSLATE_NOOP("Errors", "the delivery date is before the order date"),
    QT_TRANSLATE_NOOP("Errors", "customer %1 is archived; bring it back before taking an order"),
    QT_TRANSLATE_NOOP("Errors", "order %1 is %2; only a draft order can be confirmed"),
    QT_TRANSLATE_NOOP("Errors", "order %1 is %2; only a confirmed order can be invoiced"),
    QT_TRANSLATE_NOOP("Errors", "order %1 is invoiced in full"),
    QT_TRANSLATE_NOOP("Errors", "the invoice cannot be dated before the order"),
    QT_TRANSLATE_NOOP("Errors", "order %1 was changed meanwhile; look at it again"),
    QT_TRANSLATE_NOOP("Errors", "say why the order is cancelled"),
    QT_TRANSLATE_NOOP("Errors", "order %1 is %2; it cannot be cancelled"),
    QT_TRANSLATE_NOOP("Errors", "order %1 is open for %2 only"),
    # --- bank ---
    QT_TRANSLATE_NOOP("Errors", "not a mapping profile (JSON)"),
    QT_TRANSLATE_NOOP("Errors", "name the date column"),
    QT_TRANSLATE_NOOP("Errors", "name the amount column, or the credit and debit columns"),
    QT_TRANSLATE_NOOP("Errors", "the decimal and thousands separators must differ"),
    QT_TRANSLATE_NOOP("Errors", "bank account %1 already exists"),
    QT_TRANSLATE_NOOP("Errors", "must be between 0 and 1 (0.005 = 0.5 %)"),
    QT_TRANSLATE_NOOP("Errors", "invoice %1 is not open"),
    QT_TRANSLATE_NOOP("Errors", "bank line %1 has no proposal: name the customer or the invoices"),
    QT_TRANSLATE_NOOP("Errors", "bank line %1 is already matched"),
    QT_TRANSLATE_NOOP("Errors", "bank line %1 is ignored; unconfirm it first"),
    QT_TRANSLATE_NOOP("Errors", "bank line %1 is money out; only money in pays invoices"),
    QT_TRANSLATE_NOOP("Errors", "the shortfall %1 is more than the tolerance %2"),
    QT_TRANSLATE_NOOP("Errors", "bank line %1: choose the customer who paid"),
    QT_TRANSLATE_NOOP("Errors", "say why the line is set aside"),
    QT_TRANSLATE_NOOP("Errors", "bank line %1 is matched; unconfirm it first"),
    QT_TRANSLATE_NOOP("Errors", "bank line %1 is neither matched nor ignored"),
    QT_TRANSLATE_NOOP("Errors", "not a date: %1"),
    QT_TRANSLATE_NOOP("Errors", "not an amount: %1"),
    QT_TRANSLATE_NOOP("Errors", "more than %1 decimal places: %2"),
    QT_TRANSLATE_NOOP("Errors", "the amount is zero"),
    QT_TRANSLATE_NOOP("Errors", "both the credit and the debit column hold an amount"),
    QT_TRANSLATE_NOOP("Errors", "the direction is not one of the known words: %1"),
    QT_TRANSLATE_NOOP("Errors", "收/支 must be 收入, 支出 or neutral, not %1"),
    QT_TRANSLATE_NOOP("Errors", "field 61 does not start with a date (YYMMDD)"),
    QT_TRANSLATE_NOOP("Errors", "field 61 has no amount"),
    QT_TRANSLATE_NOOP("Errors", "field 61 has no value date"),
    QT_TRANSLATE_NOOP("Errors", "CdtDbtInd must be CRDT or DBIT, not %1"),
    QT_TRANSLATE_NOOP("Errors", "a date is required (BookgDt or ValDt)"),
    QT_TRANSLATE_NOOP("Errors", "not a readable OFX file: %1"),
    QT_TRANSLATE_NOOP("Errors", "not a readable MT940 statement: %1"),
    QT_TRANSLATE_NOOP("Errors", "not readable XML: %1"),
    QT_TRANSLATE_NOOP("Errors", "not a CAMT.053 statement (namespace camt.053.001.xx)"),
    QT_TRANSLATE_NOOP("Errors", "the table header (交易时间 … 收/支) is missing: not a bill of this kind"),
    QT_TRANSLATE_NOOP("Errors", "the bill has no 交易时间 or 金额 column"),
    QT_TRANSLATE_NOOP("Errors", "not a readable Excel workbook: %1"),
    QT_TRANSLATE_NOOP("Errors", "no header row with the profile's columns (missing: %1)"),
    QT_TRANSLATE_NOOP("Errors", "a CSV or Excel statement needs a mapping profile (bank profile)"),
    QT_TRANSLATE_NOOP("Errors", "unknown format %1 (one of %2)"),
    QT_TRANSLATE_NOOP("Errors", "cannot read the file: %1"),
    QT_TRANSLATE_NOOP("Errors", "not UTF-8 text"),
    QT_TRANSLATE_NOOP("Errors", "not GB18030 text"),
    QT_TRANSLATE_NOOP("Errors", "not a text file in a known encoding"),
    # --- outbox ---
    QT_TRANSLATE_NOOP("Errors", "name the mail server"),
    QT_TRANSLATE_NOOP("Errors", "a port from 1 to 65535"),
    QT_TRANSLATE_NOOP("Errors", "one of none, starttls, ssl"),
    QT_TRANSLATE_NOOP("Errors", "not an e-mail address"),
    QT_TRANSLATE_NOOP("Errors", "not an e-mail address: %1"),
    QT_TRANSLATE_NOOP("Errors", "at least 1"),
    QT_TRANSLATE_NOOP("Errors", "a message needs a recipient"),
    QT_TRANSLATE_NOOP("Errors", "message %1 is %2"),
    QT_TRANSLATE_NOOP("Errors", "no address to send the report pack to"),
    QT_TRANSLATE_NOOP("Errors", "a { or } without its pair"),
    QT_TRANSLATE_NOOP("Errors", "unknown placeholder %1"),
    QT_TRANSLATE_NOOP("Errors", "the message needs a text"),
    QT_TRANSLATE_NOOP("Errors", "monthly or quarterly"),
    QT_TRANSLATE_NOOP("Errors", "above the largest amount allowed (10000000000000)"),
    QT_TRANSLATE_NOOP("Errors", "%1 is outside 1900-01-01 to 2999-12-31"),
    QT_TRANSLATE_NOOP("Errors", "its sealed head is missing (entries may have been removed)"),
    QT_TRANSLATE_NOOP("Errors", "its head is not sealed by this company's key (the trail was rewritten)"),
    QT_TRANSLATE_NOOP("Errors", "it holds %1 entries where %2 were sealed"),
    QT_TRANSLATE_NOOP("Errors", "its last entry is not the one sealed (re-hashed)"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not signed by a company key (made by someone else or by an older Duebook): "
                                "it is not trusted"),
    QT_TRANSLATE_NOOP("Errors", "%1 is forged or altered: its signature does not match the company's key"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a Duebook backup: its manifest is %2 bytes (at most %3)"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a regular file"),
    # --- insight ---
    QT_TRANSLATE_NOOP("Errors", "a note is needed"),
    QT_TRANSLATE_NOOP("Errors", "this alert is about a document: name it"),
    # --- outbox ---
    QT_TRANSLATE_NOOP("Errors", "timed out"),  # why a mail server cannot be reached
    QT_TRANSLATE_NOOP("Errors", "invoice or receipt"),
    QT_TRANSLATE_NOOP("Errors", "holds a control character"),
    QT_TRANSLATE_NOOP("Errors", "holds a character that reverses or hides text"),
    QT_TRANSLATE_NOOP("Errors", "a quote opened on this row is never closed"),
    QT_TRANSLATE_NOOP("Errors", "%1 is refused unread: %2"),
    QT_TRANSLATE_NOOP("Errors", "its shared strings take %1 bytes (at most %2)"),
    QT_TRANSLATE_NOOP("Errors", "%1 inflates %2 times (a zip bomb)"),
    QT_TRANSLATE_NOOP("Errors", "a sheet claims %1 columns (at most %2)"),
    QT_TRANSLATE_NOOP("Errors", "a sheet claims %1 cells (at most %2)"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 has amount %3 in the books but %4 in the audit trail"),
    QT_TRANSLATE_NOOP("Errors", "application %1 has amount %2 in the books but %3 in the audit trail"),
    QT_TRANSLATE_NOOP("Errors", "customer %1 has %2 %3 in the books but %4 in the audit trail"),
    # --- groups ---
    QT_TRANSLATE_NOOP("Errors", "a whole number from 1 to 5"),
    # --- classify ---
    QT_TRANSLATE_NOOP("Errors", "name at least one keyword"),
    QT_TRANSLATE_NOOP("Errors", "a range such as 0..50000 or 100000.. is needed"),
    QT_TRANSLATE_NOOP("Errors", "the value to set is needed"),
    QT_TRANSLATE_NOOP("Errors", "the customers or the rules changed since the preview; look at it again"),
    QT_TRANSLATE_NOOP("Errors", "between 1 and 12 months"),
    QT_TRANSLATE_NOOP("Errors", "between 1 and 365 days"),
    # --- approvals ---
    QT_TRANSLATE_NOOP("Errors", "say why the request is rejected"),
    QT_TRANSLATE_NOOP("Errors", "a whole number of days from 0 to 36600"),
    QT_TRANSLATE_NOOP("Errors", "request %1 is of an unknown kind %2 (one of %3)"),
    # --- harden2 ---
    QT_TRANSLATE_NOOP("Errors", "it was rolled back: its head is seal %1 with %2 entries, but this computer last sealed seal %3 with %4 entries (an older copy of the file or of its trail was put back; a restore made by Duebook is not this)"),
    QT_TRANSLATE_NOOP("Errors", "its head is seal %1 with %2 entries, but this computer sealed seal %3 with %4 entries (another copy of the file was put back)"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 belongs to customer %3 in the books but to %4 in the audit trail"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 is voided in the books but was never voided in the audit trail"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 is not voided in the books but was voided in the audit trail"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 is in the audit trail but not in the books (deleted)"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 is open for %3 in the books, which is not its amount %4 less what is applied to it"),
    QT_TRANSLATE_NOOP("Errors", "the row digests of the import of %1 (audit entry %2) were changed or removed"),
    QT_TRANSLATE_NOOP("Errors", "the row digests of the import of %1 (audit entry %2) cannot be read"),
    QT_TRANSLATE_NOOP("Errors", "document %1 added by the import of %2 (audit entry %3) is missing from the books"),
    QT_TRANSLATE_NOOP("Errors", "%1 %2 (amount %3, customer %4 in the books) differs from what the import of %5 (audit entry %6) recorded"),
    QT_TRANSLATE_NOOP("Errors", "application %1 added by the import of %2 (audit entry %3) is missing from the books"),
    QT_TRANSLATE_NOOP("Errors", "application %1 of %2 to %3 (amount %4 in the books) differs from what the import of %5 (audit entry %6) recorded"),
    QT_TRANSLATE_NOOP("Errors", "customer %1 has %2 %3 in the books, not what the import of %4 (audit entry %5) recorded"),
    QT_TRANSLATE_NOOP("Errors", "%1 is already used"),
]

# NotFound(what, key): the kinds of records.
WHAT_LABELS: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("Errors", "Customer"),
    "document": QT_TRANSLATE_NOOP("Errors", "Document"),
    "invoice": QT_TRANSLATE_NOOP("Errors", "Invoice"),
    "payment": QT_TRANSLATE_NOOP("Errors", "Payment"),
    "credit note": QT_TRANSLATE_NOOP("Errors", "Credit note"),
    "refund": QT_TRANSLATE_NOOP("Errors", "Refund"),
    "write off": QT_TRANSLATE_NOOP("Errors", "Write-off"),
    "opening balance": QT_TRANSLATE_NOOP("Errors", "Opening balance"),
    "charge": QT_TRANSLATE_NOOP("Errors", "Charge"),
    "void": QT_TRANSLATE_NOOP("Errors", "Void"),
    "application": QT_TRANSLATE_NOOP("Errors", "Application"),
    "communication entry": QT_TRANSLATE_NOOP("Errors", "Communication entry"),
    "company file": QT_TRANSLATE_NOOP("Errors", "Company file"),
    "promise": QT_TRANSLATE_NOOP("Errors", "Promise to pay"),
    "contract": QT_TRANSLATE_NOOP("Errors", "Contract"),
    "report template": QT_TRANSLATE_NOOP("Errors", "Report template"),
    "user": QT_TRANSLATE_NOOP("Errors", "User"),
    "number": QT_TRANSLATE_NOOP("Errors", "Number"),
    "reference": QT_TRANSLATE_NOOP("Errors", "Reference"),
    # --- orders ---
    "order": QT_TRANSLATE_NOOP("Errors", "Order"),
    # --- bank ---
    "bank account": QT_TRANSLATE_NOOP("Errors", "Bank account"),
    "bank line": QT_TRANSLATE_NOOP("Errors", "Bank line"),
    # --- outbox ---
    "message": QT_TRANSLATE_NOOP("Errors", "Message"),
    "attachment": QT_TRANSLATE_NOOP("Errors", "Attachment"),
    # --- groups ---
    "feedback": QT_TRANSLATE_NOOP("Errors", "Feedback"),
    # --- classify ---
    "rule": QT_TRANSLATE_NOOP("Errors", "Rule"),
    # --- approvals ---
    "approval request": QT_TRANSLATE_NOOP("Errors", "Request for approval"),
}

# PermissionDenied(action=words): the words of app.services.permissions.ACTIONS.
ACTION_LABELS: dict[str, str] = {
    "change customers": QT_TRANSLATE_NOOP("Errors", "change customers"),
    "delete customers": QT_TRANSLATE_NOOP("Errors", "delete customers"),
    "post documents": QT_TRANSLATE_NOOP("Errors", "post documents"),
    "void documents": QT_TRANSLATE_NOOP("Errors", "void documents"),
    "apply or unapply payments": QT_TRANSLATE_NOOP("Errors", "apply or unapply payments"),
    "change credit limits and holds": QT_TRANSLATE_NOOP("Errors", "change credit limits and holds"),
    "override a credit refusal": QT_TRANSLATE_NOOP("Errors", "override a credit refusal"),
    "send dunning letters": QT_TRANSLATE_NOOP("Errors", "send dunning letters"),
    "import data": QT_TRANSLATE_NOOP("Errors", "import data"),
    "export data": QT_TRANSLATE_NOOP("Errors", "export data"),
    "make a backup": QT_TRANSLATE_NOOP("Errors", "make a backup"),
    "restore a backup": QT_TRANSLATE_NOOP("Errors", "restore a backup"),
    "change the company settings": QT_TRANSLATE_NOOP("Errors", "change the company settings"),
    "manage users": QT_TRANSLATE_NOOP("Errors", "manage users"),
    "read the audit trail": QT_TRANSLATE_NOOP("Errors", "read the audit trail"),
    "read the books": QT_TRANSLATE_NOOP("Errors", "read the books"),
    # --- harden ---
    "export the backup key": QT_TRANSLATE_NOOP("Errors", "export the backup key"),
    "save report templates": QT_TRANSLATE_NOOP("Errors", "save report templates"),
    "change their own password": QT_TRANSLATE_NOOP("Errors", "change their own password"),
    # --- bank ---
    "import bank statements": QT_TRANSLATE_NOOP("Errors", "import bank statements"),
    "confirm bank lines": QT_TRANSLATE_NOOP("Errors", "confirm bank lines"),
    "write off bank charges": QT_TRANSLATE_NOOP("Errors", "write off bank charges"),
    # --- outbox ---
    "send e-mail": QT_TRANSLATE_NOOP("Errors", "send e-mail"),
    # --- approvals ---
    "ask for a change to be approved": QT_TRANSLATE_NOOP("Errors", "ask for a change to be approved"),
    "approve or reject requests": QT_TRANSLATE_NOOP("Errors", "approve or reject requests"),
    # --- harden2 ---
    "write off debts": QT_TRANSLATE_NOOP("Errors", "write off debts"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def _fill(template: str, values: list[str]) -> str:
    # %1..%9 in one pass, so that a value holding "%2" is never replaced again
    return re.sub(r"%([1-9])", lambda mt: values[int(mt.group(1)) - 1] if int(mt.group(1)) <= len(values)
                  else mt.group(0), template)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for source in DETAILS:
        parts = re.split(r"(%[1-9])", source)
        rx = "".join("(.+?)" if re.fullmatch(r"%[1-9]", p) else re.escape(p) for p in parts)
        out.append((re.compile(rx, re.S), source))
    # the most literal text first: "customer %1 is archived; bring it back …" before "%1 %2 …"
    out.sort(key=lambda t: -len(re.sub(r"%[1-9]", "", t[1])))
    return out


def detail_text(detail: str, depth: int = 0) -> str | None:
    """The translated sentence for a service's English detail, or None when none fits."""
    detail = detail.strip()
    if not detail:
        return None
    for rx, source in _patterns():
        mt = rx.fullmatch(detail)
        if mt is None:
            continue
        # the values in the order of their %n in the English source
        numbers = [int(n) for n in re.findall(r"%([1-9])", source)]
        values: list[str] = [""] * (max(numbers) if numbers else 0)
        for n, v in zip(numbers, mt.groups(), strict=True):
            inner: str | None = detail_text(v, depth + 1) if depth < 2 else None
            if inner is None and v in WHAT_LABELS and what_label(v) != WHAT_LABELS[v]:
                inner = what_label(v)  # "invoice", "credit note" … in another language
            values[n - 1] = inner if inner is not None else _grouped(v)
        return _fill(_tr(source), values)
    # an amount read from a cell: "<reason>: '<cell>'"
    mt = re.fullmatch(r"(.+): ('.*'|\".*\")", detail, re.S)
    if mt is not None and depth < 2:
        head = detail_text(mt.group(1), depth + 1)
        if head is not None:
            return f"{head}: {mt.group(2)}"
    return None


def _grouped(value: str) -> str:
    """An amount the service wrote plainly ("250000.00") with thousands separators ("250,000.00")."""
    mt = re.fullmatch(r"(-?)(\d{4,})(\.\d+)", value)
    if mt is None:
        return value
    return f"{mt.group(1)}{int(mt.group(2)):,}{mt.group(3)}"


def code_text(code: str) -> str | None:
    source = CODE_TEXTS.get(code)
    return _tr(source) if source is not None else None


def problem_text(code: str, message: str, field: str = "") -> str:
    """A field problem in the chosen language: its detail translated, else its code's sentence."""
    del field  # the field is shown beside the message (field_label); kept for callers' clarity
    text = detail_text(message)
    if text is not None:
        return text
    known = code_text(code)
    return known if known is not None else message


def field_label(field: str) -> str:
    """The name a form gives a service's field: "lines[0].quantity" -> "Line 1 · Quantity"."""
    mt = re.fullmatch(r"(\w+)\[(\d+)\](?:\.(\w+))?", field)
    if mt is not None and mt.group(1) in GROUP_LABELS:
        group, offset = GROUP_LABELS[mt.group(1)]
        head = QCoreApplication.translate("Fields", group).replace("%1", str(int(mt.group(2)) + offset))
        return head if mt.group(3) is None else f"{head} · {field_label(mt.group(3))}"
    label = FIELD_LABELS.get(field)
    return QCoreApplication.translate("Fields", label) if label else field


def what_label(what: object) -> str:
    source = WHAT_LABELS.get(str(what))
    return _tr(source) if source is not None else str(what)


def action_label(action: object) -> str:
    source = ACTION_LABELS.get(str(action))
    return _tr(source) if source is not None else str(action)


def _detail(exc: e.DuebookError) -> str:
    """The translated detail of an error (English only when no sentence fits)."""
    raw = str(exc.params.get("detail") or "")
    text = detail_text(raw)
    if text is not None:
        return text
    return raw or exc.message()


def row_error_text(r: e.RowError) -> str:
    """``file:row:column: reason`` with the column and the reason (and each "also" part) translated."""
    if not r.column:  # a bank statement's line names no column (INTERCHANGE §8)
        return f"{r.file}:{r.row}: {reason_text(r.reason)}"
    return f"{r.file}:{r.row}: {field_label(r.column)}: {reason_text(r.reason)}"


def reason_text(reason: str) -> str:
    """An import row's reason: "first; also col: why; also …", each part in the chosen language."""
    first, *more = reason.split("; also ")
    parts = [detail_text(first) or first]
    for m in more:
        col, _sep, why = m.partition(": ")
        parts.append(QCoreApplication.translate("Errors", "also %1: %2").replace("%1", field_label(col)).replace("%2", detail_text(why) or why)
                     if why else m)
    return "; ".join(parts)


def error_text(exc: BaseException) -> str:
    """A sentence for the user, in the chosen language where we know the error."""
    if isinstance(exc, e.ValidationErrors):
        return "\n".join(f"{field_label(p.field)}: {problem_text(p.code, p.message, p.field)}" for p in exc.problems)
    if isinstance(exc, e.ValidationError):
        detail = str(exc.params.get("detail", ""))
        return f"{field_label(exc.field)}: {problem_text(exc.code, detail, exc.field)}"
    if isinstance(exc, e.NotFound):
        return QCoreApplication.translate("Errors", "%1 not found: %2").replace("%1", what_label(exc.params.get("what", ""))).replace(
            "%2", str(exc.params.get("key", "")))
    if isinstance(exc, e.PermissionDenied):
        return QCoreApplication.translate("Errors", "%1 may not %2.").replace("%1", str(exc.params.get("user", ""))).replace(
            "%2", action_label(exc.params.get("action", "")))
    if isinstance(exc, e.FileLocked):
        return QCoreApplication.translate("Errors", "%1 is open in another Duebook (process %2 on %3).").replace(
            "%1", str(exc.params.get("path", ""))).replace("%2", str(exc.params.get("pid", ""))).replace(
            "%3", str(exc.params.get("host", "")))
    if isinstance(exc, e.CreditRefused):
        return QCoreApplication.translate("Errors", "Credit refused for %1: %2").replace("%1", str(exc.params.get("customer", ""))).replace(
            "%2", _detail(exc))
    if isinstance(exc, e.Cancelled):
        return QCoreApplication.translate("Errors", "Cancelled.")
    if isinstance(exc, e.ImportRejected):
        head = QCoreApplication.translate("Errors", "The file was not imported; %1 row(s) are wrong.").replace("%1", str(len(exc.errors)))
        return head + "\n" + "\n".join(row_error_text(r) for r in exc.errors[:20])
    if isinstance(exc, e.DuebookError):
        code = exc.code
        if code == "server_unreachable":
            return QCoreApplication.translate("Errors", "The server %1:%2 cannot be reached (%3).").replace("%1", str(exc.params.get("host", ""))) \
                .replace("%2", str(exc.params.get("port", ""))).replace("%3", _detail(exc))
        if code == "server_login":
            return QCoreApplication.translate("Errors", "The server %1 refused user %2: wrong password or no access to database %3.").replace(
                "%1", str(exc.params.get("host", ""))).replace("%2", str(exc.params.get("user", ""))).replace(
                "%3", str(exc.params.get("database", "")))
        if code == "company_damaged" and exc.params.get("path"):
            text = QCoreApplication.translate("Errors", "%1 is damaged and was not opened: SQLite's check reports \"%2\". Restore the latest backup: File > Backup and restore.")  # one literal: lupdate
            return text.replace("%1", str(exc.params.get("path", ""))).replace("%2", str(exc.params.get("problem", "")))
        if code in PARAM_CODES:
            outbox = _outbox_text(exc)
            if outbox is not None:
                return outbox
        lead = code_text(code)
        if lead is None:  # a code this table does not know yet: the service's own English words
            return exc.message()
        raw = str(exc.params.get("detail") or "")
        said = detail_text(raw)
        if code in ("conflict", "state", "login_refused") and said is not None:
            return said  # the detail says it all
        if not raw:
            return lead
        return lead + "\n" + (said if said is not None else exc.message())
    return QCoreApplication.translate("Errors", "An unexpected error happened.") + "\n" + f"{type(exc).__name__}: {exc}"


def _outbox_text(exc: e.DuebookError) -> str | None:
    """The mail server's errors (app/services/outbox/errors.py), built from their params."""
    p = exc.params
    if exc.code == "smtp_not_configured":
        return code_text("smtp_not_configured")
    if exc.code == "smtp_password_needed":
        return _fill(QCoreApplication.translate("Errors", "The mail server password of %1 at %2 is needed (this computer has no keyring)."),
                     [str(p.get("user", "")), str(p.get("host", ""))])
    if exc.code == "smtp_login":  # %3: the server's own reply, as it sent it
        return _fill(QCoreApplication.translate("Errors", "The mail server %1 refused the login of %2: %3"),
                     [str(p.get("host", "")), str(p.get("user", "")), str(p.get("detail", ""))])
    if exc.code == "smtp_unreachable":
        return _fill(QCoreApplication.translate("Errors", "The mail server %1:%2 cannot be reached (%3); messages stay in the Outbox."),
                     [str(p.get("host", "")), str(p.get("port", "")), _detail(exc)])
    if exc.code == "smtp_refused":
        return _fill(QCoreApplication.translate("Errors", "The mail server refused the message: %1"), [str(p.get("detail", ""))])
    if exc.code == "no_email_address":
        return _fill(QCoreApplication.translate("Errors", "Customer %1 has no e-mail address."), [str(p.get("customer", ""))])
    return None


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Tell the user what went wrong. Unexpected errors are logged with their traceback."""
    if isinstance(exc, e.Cancelled):
        return
    if not isinstance(exc, e.DuebookError):  # not a user's mistake: the crash dialog writes a report
        unexpected.append(f"{type(exc).__name__}: {exc}")
        shown.append(error_text(exc))
        del shown[:-20]
        crash.show_crash(parent, exc)
        return
    box = QMessageBox(parent)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Duebook"))
    box.setText(error_text(exc))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    shown.append(box.text())
    del shown[:-20]
    if parent is None:
        _orphans.append(box)
        box.finished.connect(lambda _r: _orphans.remove(box) if box in _orphans else None)
    box.open()  # never exec(): the event loop keeps running (and tests can see the box)


def problems_by_field(exc: BaseException) -> dict[str, str]:
    """Field -> message, for forms that show each message beside its field."""
    if isinstance(exc, e.ValidationErrors):
        out: dict[str, str] = {}
        for p in exc.problems:
            out.setdefault(p.field, problem_text(p.code, p.message, p.field))
        return out
    if isinstance(exc, e.ValidationError):
        return {exc.field: problem_text(exc.code, str(exc.params.get("detail", "")), exc.field)}
    return {}
