"""Credit (PRODUCT §4): figures (exposure, available, payment index, grade), holds, limits, the policy.

``figures`` (credit figures, holds, grades and limits), ``policy`` (the check made when an invoice
or order would pass the limit or a hold).
May use: the kernel and ``customers``. No Qt.
"""
