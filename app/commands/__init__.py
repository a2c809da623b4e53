"""Command modules of the ``duebook`` command line, one per area; each has ``register(subparsers)``."""

COMMAND_MODULES = [
    "app.commands.core",        # init, import, customers, balance, aging, statement, demo
    "app.commands.documents",   # statements (batch)
    "app.commands.credit",      # credit, hold, release, dunning, reminders
    "app.commands.safety",      # backup, audit, users
    "app.commands.reports",     # report
    "app.commands.server",      # transfer
    "app.commands.alerts",      # alerts, alerts dismiss
    "app.commands.postings",    # post-payment, post-credit-note, void, apply, unapply, refund, write-off, dispute, promise, contract, log
    "app.commands.company",     # company show, company set
    "app.commands.orders",      # invoice, receipt, print-invoices, order, orders
    "app.commands.bank",        # bank import, lines, match, confirm, ignore, unconfirm, profile
    "app.commands.outbox",      # smtp, outbox, mail, run-schedule, schedule
    "app.commands.lifecycle",   # stages, feedback add, feedback list
    "app.commands.classify",    # classify rules|add-rule|remove-rule|enable-rule|disable-rule|preview|apply, grade-rules
    "app.commands.approvals",   # approvals, approve, reject, credit-limit, approval-thresholds
]
