"""The ledger (PRODUCT §3): posting documents, settlement, aging, statement data.

``postings`` (invoices, payments, credit notes, refunds, write-offs, voids, applications, the ledger
view), ``settlement`` (allocation of a payment), ``aging`` (open at a date, buckets), ``statements``
(what a statement shows). The import is the ``interchange`` wing.
May use: the kernel, ``customers`` and ``credit`` (the credit policy checked when posting). No Qt.
"""
