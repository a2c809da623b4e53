"""Who may do what: the permission matrix, checked in the services (not only in the UI).

``require(uow, action)`` (or ``check(db, action)``) is the first line of every service
that writes or exports. With users off (``db.role is None``) everything is allowed.
An action that writes also takes the company's write lock here, so that every write
runs under the lock through this one path: a file another Duebook holds is refused
(``FileLocked``) before anything is written, and a file opened read-only likewise.

``SERVICES`` names every service entry point (a public function of ``app.services``
whose first parameter is the open company, ``uow`` or ``db``) with the action it needs;
``"read"`` for those that only read. tests/services/test_permission_table.py walks
every module under ``app.services`` (wings included) and fails when a function is
missing here, and calls every one that is not ``"read"`` as a viewer, expecting a
refusal and nothing written.

Adding a service (bank, orders, outbox, ...): put ``require(uow, "<action>")`` first in
the function, add ``"<wing>.<module>.<function>": "<action>"`` to ``SERVICES`` (the key
is the module path under ``app.services``), and a new action to ``ACTIONS`` with its
words in ``app/ui/errors.py`` ``ACTION_LABELS``. Helpers that take a ``session`` run
inside a checked service and are not entry points.
"""

from __future__ import annotations

from app.models.user import ROLES
from app.services import locking
from app.services.errors import PermissionDenied
from app.services.unit_of_work import Database, UnitOfWork, WriteInReadingWork

ADMINISTRATOR, ACCOUNTANT, CLERK, VIEWER = ROLES

#: action -> (words for a message, roles allowed). Read-only actions are listed so the UI can ask.
ACTIONS: dict[str, tuple[str, frozenset[str]]] = {
    "customer.write": ("change customers", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "customer.delete": ("delete customers", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "document.post": ("post documents", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "document.void": ("void documents", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "application.write": ("apply or unapply payments", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "credit.manage": ("change credit limits and holds", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "credit.override": ("override a credit refusal", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "dunning.commit": ("send dunning letters", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "import": ("import data", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "export": ("export data", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "backup.create": ("make a backup", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "backup.restore": ("restore a backup", frozenset({ADMINISTRATOR})),
    "settings.write": ("change the company settings", frozenset({ADMINISTRATOR})),
    "users.manage": ("manage users", frozenset({ADMINISTRATOR})),
    "audit.view": ("read the audit trail", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    "read": ("read the books", frozenset(ROLES)),
    "backup.key": ("export the backup key", frozenset({ADMINISTRATOR})),
    "report.template": ("save report templates", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "password.change": ("change their own password", frozenset(ROLES)),
    # --- bank ---
    "bank.import": ("import bank statements", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "bank.confirm": ("confirm bank lines", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "bank.write_off": ("write off bank charges", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    # --- outbox ---
    "mail.send": ("send e-mail", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    # --- approvals --- (PRODUCT §8c: a large change waits for a second person). Asking is for
    # everyone who changes the books; approving is for the roles that already hold every right the
    # changes need (credit.manage, document.void, customer.delete, credit.override): an approver
    # applies the change through its own service, so a role without those rights could not.
    "approvals.request": ("ask for a change to be approved", frozenset({ADMINISTRATOR, ACCOUNTANT, CLERK})),
    "approvals.approve": ("approve or reject requests", frozenset({ADMINISTRATOR, ACCOUNTANT})),
    # --- harden2 ---
    # A write-off lowers what a customer owes with no money received: an accountant's decision, like a
    # void or a bank-charge write-off, not a clerk's everyday posting.
    "document.write_off": ("write off debts", frozenset({ADMINISTRATOR, ACCOUNTANT})),
}

#: Actions that do not write: allowed on a file opened read-only.
READ_ACTIONS = frozenset({"read", "audit.view", "export", "backup.create"})


def allowed(role: str | None, action: str) -> bool:
    """Whether ``role`` may do ``action`` (users off: always). Unknown actions: administrators only."""
    if role is None:
        return True
    _words, roles = ACTIONS.get(action, (action, frozenset({ADMINISTRATOR})))
    return role in roles


def check(db: Database, action: str) -> None:
    """Raise PermissionDenied, or FileLocked for a write on a file another Duebook holds.

    A write (an action not in ``READ_ACTIONS``) takes the company's write lock if this
    process does not hold it yet; it is kept until the company is closed.
    """
    if action not in READ_ACTIONS and db.read_only:
        raise locking.locked_error(db)
    if not allowed(db.role, action):
        words = ACTIONS.get(action, (action, frozenset()))[0]
        raise PermissionDenied(user=f"{db.user} ({db.role})", action=words)
    if action not in READ_ACTIONS:
        locking.lock_database(db)


def require(uow: UnitOfWork, action: str) -> None:
    """First line of a service that writes: refuse if the logged-in role may not ``action``.

    A write action through a unit of work declared to read is a program error, refused before
    the write lock is taken.
    """
    if uow.intent == "read" and action not in READ_ACTIONS:
        raise WriteInReadingWork(f"{action} through a reading unit of work")
    check(uow.db, action)


def matrix() -> list[tuple[str, str, dict[str, bool]]]:
    """(action, words, {role: allowed}) for the user-management screen."""
    return [(a, words, {r: r in roles for r in ROLES}) for a, (words, roles) in ACTIONS.items()]


#: Every service entry point and the action it needs ("read": reads only). See the module's docstring.
SERVICES: dict[str, str] = {
    # aging
    "ledger.aging.aging": "read", "ledger.aging.overview": "read",
    # audit trail
    "safety.audit_trail.list_entries": "audit.view", "safety.audit_trail.choices": "read", "safety.audit_trail.count": "read",
    "safety.audit_trail.verify": "audit.view", "safety.audit_trail.export": "export",
    # backups and keys
    "safety.keys.ensure_recipient": "backup.create", "safety.keys.company_row": "read", "safety.keys.company_identity": "backup.key",
    "safety.keys.write_recovery_key": "backup.key", "company.default_dest": "read", "safety.backup.snapshot": "backup.create",
    "safety.backup.create_backup": "backup.create", "safety.backup.last_backup": "read", "safety.backup.backup_if_due": "backup.create",
    "safety.backup.changed_since_last_backup": "read", "safety.backup.backup_on_close": "backup.create",
    "integrity.integrity_problems": "read", "safety.backup.before_upgrade": "backup.create",
    "safety.restore.expected_company": "read", "safety.restore.identities_for": "read",
    # statement batches (documents for customers)
    "documents.batch.select_customers": "read", "documents.batch.run_statement_batch": "read",
    # classification
    "customers.classification.list_values": "read", "customers.classification.add_value": "customer.write",
    "customers.classification.remove_value": "customer.write", "customers.classification.rename_value": "customer.write",
    "customers.classification.recompute_value_classes": "customer.write",
    # communication log
    "customers.communication.add_entry": "customer.write", "customers.communication.update_entry": "customer.write",
    "customers.communication.delete_entry": "customer.write", "customers.communication.set_follow_up_done": "customer.write",
    "customers.communication.entries_for": "read", "customers.communication.follow_ups_due": "read",
    # company
    "company.company_info": "read", "company.update_company": "settings.write", "company.use_page_cache": "read",
    # credit
    "credit.figures.set_hold_rule": "credit.manage", "credit.figures.get_hold_rule": "read", "credit.figures.hold": "credit.manage",
    "credit.figures.release": "credit.manage", "credit.figures.holds": "read", "credit.figures.credit_figures": "read",
    "credit.figures.portfolio": "read", "credit.figures.index_history": "read", "credit.figures.grade_history": "read",
    "credit.figures.refresh_grades": "credit.manage", "credit.figures.set_grade_override": "credit.manage",
    "credit.figures.set_credit_limit": "credit.manage", "credit.policy.may_override": "read",
    "reports.credit_report.credit_report": "read", "reports.credit_report.credit_report_pdf": "read",
    # customers
    "customers.records.suggest_code": "read", "customers.records.create_customer": "customer.write",
    "customers.records.update_customer": "customer.write", "customers.records.set_archived": "customer.write",
    "customers.records.delete_customer": "customer.delete", "customers.records.get_customer": "read",
    "customers.records.search_ids": "read", "customers.records.rows_for": "read", "customers.records.list_customers": "read",
    "customers.records.all_tags": "read", "customers.records.all_categories": "read", "customers.records.find_duplicates": "read",
    "customers.duplicates.similar_customers": "read", "customers.duplicates.possible_duplicates": "read",
    "customers.duplicates.check_import_duplicates": "read", "customers.duplicates.duplicate_groups": "read",
    "customers.duplicates.merge_customers": "customer.delete", "customers.duplicates.merge_by_code": "customer.delete",
    # demo company
    "demo.sample.fill_demo": "import",
    # dunning and letters
    "collections.dunning.list_levels": "read", "collections.dunning.save_levels": "settings.write", "collections.dunning.propose": "read",
    "collections.dunning.commit": "dunning.commit", "collections.dunning.history": "read", "collections.dunning.set_excluded": "customer.write",
    "collections.letters.get_template": "read", "collections.letters.save_template": "settings.write",
    "collections.letters.reset_template": "settings.write", "collections.letters.letter_pdf": "read", "collections.letters.write_letters": "read",
    # exports and imports
    "documents.excel.ledger_rows": "read", "documents.excel.write_ledger_export": "export",
    "interchange.importing.import_tables": "import", "interchange.importing.import_path": "import",
    # ledger
    "ledger.postings.get_document": "read", "ledger.postings.find_document": "read", "ledger.postings.balance": "read",
    "ledger.postings.post_invoice": "document.post", "ledger.postings.post_debit": "document.post",
    "ledger.postings.propose_allocation": "read", "ledger.postings.open_debits": "read", "ledger.postings.post_credit": "document.post",
    "ledger.postings.post_payment": "document.post", "ledger.postings.post_credit_note": "document.post",
    "ledger.postings.apply_credit": "application.write", "ledger.postings.unapply": "application.write",
    "ledger.postings.applications_of": "read", "ledger.postings.void_document": "document.void",
    "ledger.postings.post_draft": "document.post", "ledger.postings.delete_draft": "document.post",
    "ledger.postings.set_disputed": "document.post", "ledger.postings.ledger": "read", "ledger.postings.open_items": "read",
    "ledger.postings.recent_documents": "read",
    # reminders, promises, contracts
    "collections.reminders.reminders": "read", "collections.reminders.add_promise": "customer.write",
    "collections.reminders.cancel_promise": "customer.write", "collections.reminders.promises": "read",
    "collections.reminders.add_contract": "customer.write", "collections.reminders.update_contract": "customer.write",
    "collections.reminders.delete_contract": "customer.write", "collections.reminders.contracts": "read",
    # reports
    "reports.analysis.contribution": "read", "reports.analysis.frequency": "read", "reports.analysis.collection": "read",
    "reports.analysis.dso": "read", "reports.analysis.days_to_pay": "read", "reports.analysis.utilization": "read",
    "reports.analysis.top_overdue": "read", "reports.analysis.run_report": "read", "reports.analysis.save_template": "report.template",
    "reports.analysis.list_templates": "read", "reports.analysis.get_template": "read", "reports.analysis.delete_template": "report.template",
    "reports.analysis.any_documents": "read",
    # --- groups ---
    "groups.grouping.group_report": "read",
    "lifecycle.stages.refresh_stages": "credit.manage", "lifecycle.stages.list_stages": "read",
    "lifecycle.stages.stage_history": "read",
    "lifecycle.feedback.add_feedback": "customer.write", "lifecycle.feedback.list_feedback": "read",
    "lifecycle.feedback.delete_feedback": "customer.write",
    "lifecycle.grade_rules.apply_grade_rules": "credit.manage",
    "lifecycle.grade_rules.grade_rule_settings": "read", "lifecycle.grade_rules.set_grade_rule_settings": "credit.manage",
    # statements
    "ledger.statements.statement": "read", "ledger.statements.statement_in": "read",
    # users
    "users.users_enabled": "read", "users.enable_users": "users.manage", "users.disable_users": "users.manage",
    "users.add_user": "users.manage", "users.update_user": "users.manage", "users.set_password": "password.change",
    "users.list_users": "read", "users.idle_lock_minutes": "read", "users.set_idle_lock_minutes": "settings.write",
    # --- alerts ---
    "alerts.detect.detect": "read", "alerts.detect.dismiss": "customer.write", "alerts.detect.alerts_report": "read",
    # --- bank ---
    "bank.demo.add_demo_bank": "bank.import", "bank.reconcile.match": "bank.confirm",
    "bank.matching.set_tolerance": "settings.write", "bank.matching.get_tolerance": "read",
    "bank.matching.proposals_for": "read", "bank.reconcile.confirm": "bank.confirm",
    "bank.reconcile.confirm_all_certain": "bank.confirm", "bank.reconcile.confirm_in": "bank.confirm",
    "bank.reconcile.ignore": "bank.confirm", "bank.reconcile.unconfirm": "bank.confirm",
    "bank.statements.create_account": "bank.import", "bank.statements.import_statement": "bank.import",
    "bank.statements.save_profile": "bank.import", "bank.statements.get_line": "read",
    "bank.statements.list_accounts": "read", "bank.statements.list_lines": "read", "bank.statements.totals": "read",
    # --- docs (company details, demo) ---
    "company.set_company_details": "settings.write", "demo.sample.add_everyday_records": "import",
    "demo.sample.advance_sequences": "import",
    # --- orders: documents a customer receives, sales orders ---
    "documents.data.invoice_document": "read", "documents.data.invoice_documents_in": "read",
    "documents.data.receipt_document": "read", "documents.data.receipt_documents_in": "read",
    "documents.printing.invoice_ids": "read", "documents.printing.invoice_pdf": "read",
    "documents.printing.payment_ids": "read", "documents.printing.print_invoices": "read",
    "documents.printing.print_receipts": "read", "documents.printing.receipt_pdf": "read",
    "documents.printing.render_invoice_pdf": "read", "documents.printing.render_receipt_pdf": "read",
    "documents.printing.set_tax_invoice": "document.post",
    "orders.service.cancel_order": "document.post", "orders.service.confirm_order": "document.post",
    "orders.service.create_order": "document.post", "orders.service.invoice_order": "document.post",
    "orders.service.set_reminder_days": "settings.write", "orders.service.customer_orders": "read",
    "orders.service.get_order": "read", "orders.service.list_orders": "read", "orders.service.reminder_days": "read",
    # --- day: the day's work in the ledger ---
    "customers.duplicates.merge_preview": "read", "ledger.postings.apply_credit_oldest_first": "application.write",
    "ledger.postings.documents_by_number": "read", "ledger.postings.propose_credit_application": "read",
    "ledger.postings.refund_credit": "document.post", "ledger.postings.unapply_between": "application.write",
    "collections.reminders.promise_outcomes": "read", "collections.reminders.record_promise_outcome": "customer.write",
    # --- outbox ---
    "outbox.schedule.run_schedule": "mail.send", "outbox.schedule.save_rule": "settings.write",
    "outbox.schedule.preview_next": "read", "outbox.schedule.rules": "read",
    "outbox.settings.save_smtp": "settings.write", "outbox.settings.set_auto_mail_excluded": "customer.write",
    "outbox.settings.excluded_customers": "read", "outbox.settings.get_smtp": "read",
    "outbox.sources.mail_dunning": "mail.send", "outbox.sources.mail_report_pack": "mail.send",
    "outbox.sources.mail_statement": "mail.send", "outbox.sources.mail_document": "mail.send",
    "outbox.sources.document_draft": "read", "outbox.sources.codes_owing": "read", "outbox.sources.mail_statements": "mail.send",
    "outbox.sources.dunning_drafts": "read", "outbox.sources.report_pack_draft": "read",
    "outbox.sources.report_pack_files": "read", "outbox.sources.statement_draft": "read",
    "outbox.store.queue": "mail.send", "outbox.store.resend": "mail.send", "outbox.store.retry": "mail.send",
    "outbox.store.cancel": "mail.send", "outbox.store.mark_sent": "mail.send", "outbox.store.attachment": "read",
    "outbox.store.counts": "read", "outbox.store.get_message": "read", "outbox.store.list_messages": "read",
    "outbox.store.waiting_count": "read",
    "outbox.templates.reset_template": "settings.write", "outbox.templates.save_template": "settings.write",
    "outbox.templates.get_template": "read", "outbox.templates.preview": "read",
    "outbox.transport.send_due": "mail.send", "outbox.transport.send_test": "mail.send",
    # --- classify: classification rules ---
    "classify.rules.list_rules": "read", "classify.rules.add_rule": "settings.write",
    "classify.rules.remove_rule": "settings.write", "classify.rules.set_rule_enabled": "settings.write",
    "classify.rules.preview": "read", "classify.rules.apply": "customer.write",
    "classify.rules.new_customer_codes": "read", "classify.rules.last_customer_id": "read",
    # --- approvals ---
    "approvals.rules.get_thresholds": "read", "approvals.rules.set_thresholds": "settings.write",
    "approvals.rules.is_approver": "read", "approvals.rules.needs_approval": "read",
    "approvals.requests.change_credit_limit": "approvals.request",
    "approvals.requests.save_customer": "customer.write",
    "approvals.requests.write_off": "approvals.request", "approvals.requests.release_hold": "approvals.request",
    "approvals.requests.merge_customers": "approvals.request",
    "approvals.requests.void_document": "approvals.request",
    "approvals.requests.list_requests": "read", "approvals.requests.get_request": "read",
    "approvals.requests.pending_count": "read",
    "approvals.requests.approve": "approvals.approve", "approvals.requests.reject": "approvals.approve",
    # --- harden2: program-side exports ---
    "exports.files.export_aging": "export", "exports.files.export_report": "export",
}

#: Entry points that take the company but are the permission machinery itself: who works
#: (a login runs before anyone has a role) and the lock. Never add a service here.
MACHINERY: frozenset[str] = frozenset({
    "permissions.check", "permissions.require", "users.login", "users.logout", "users.cli_login",
    "locking.lock_database", "locking.try_lock", "locking.locked_error",
    "alerts.detect.refresh",  # a cache of what alerts.detect.detect works out; written for any user
})
