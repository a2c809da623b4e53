"""Reports (PRODUCT §5): analysis reports, their Excel and PDF export, the credit report PDF.

``analysis`` (contribution, frequency, collection rate, DSO, days to pay, utilization, top overdue,
templates), ``export`` (xlsx and pdf of a report), ``credit_report`` (one customer's credit report).
May use: the kernel, ``customers``, ``ledger``, ``credit``, ``collections``, ``documents``,
``lifecycle``. No Qt.
"""
