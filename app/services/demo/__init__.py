"""The demo company: a sample company with customers, documents, reminders, orders and a bank account.

``sample`` builds it through the real services (the import, the ledger, collections, orders, bank).
May use: every other wing; nothing imports it but the command line and the UI. No Qt.
"""
