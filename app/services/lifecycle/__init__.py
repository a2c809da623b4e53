"""Lifecycle stage of each customer (PRODUCT §2, issue 17 item 4), kept by rules.

``rules`` computes every customer's stage as of a date in SQL (first and last invoice, write-offs,
the value class, invoices long overdue, grade drops in the grade history) and keeps it with its
history when it changes (``refresh_stages``, run with the grades). Uses the kernel (unit of work,
errors, permissions, audit), the aging module's open-item condition and the customers' stored value
class and grade history. Nothing here imports Qt.
"""
