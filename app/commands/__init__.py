"""Command modules of the ``duebook`` command line, one per area; each has ``register(subparsers)``."""

COMMAND_MODULES = [
    "app.commands.core",        # init, import, customers, balance, aging, statement, demo
    "app.commands.documents",   # statements (batch)
    "app.commands.credit",      # credit, hold, release, dunning, reminders
    "app.commands.safety",      # backup, audit, users
    "app.commands.reports",     # report
    "app.commands.server",      # transfer
    "app.commands.outbox",      # smtp, outbox, mail, run-schedule, schedule
]
