"""Importing (INTERCHANGE §3): customers, invoices, payments, credit notes and dunning levels from CSV/Excel.

``importing`` checks every row (all bad rows reported at once, nothing written), then writes the
whole file in one transaction, and refreshes grades and lifecycle stages.
May use: the kernel, ``customers``, ``ledger``, ``credit`` and ``lifecycle``. No Qt.
"""
