"""Alerts (INTERCHANGE §11): what a bookkeeper should look at today, each with a reason in words.

``detect`` works out every condition as of a date from the documents, applications, promises and
grade history, and keeps the dismissals: an alert set aside with a note. The document conditions
(unusual amounts, dormant returns, duplicates) are kept per customer by ``refresh`` with a
fingerprint of the customer's documents; ``detect`` reads them back only where the fingerprint
still matches and works out the rest afresh, so a kept finding can never go stale. Uses the kernel (unit of work, errors, permissions,
audit, sql), the customers module to find a customer, and the reminders module's rule for a kept
promise. Nothing here imports Qt; the UI words come from a code and parameters per alert.
"""
