"""Approvals (PRODUCT §8c): with users on, a large change waits for a second person.

``rules`` holds the thresholds (a company setting: a credit limit raised by more than an amount,
a write-off above an amount, a void of a document older than a number of days) and who may
approve (the ``approvals.approve`` right of app.services.permissions). ``requests`` holds the
requests: the gates the program and the command line call instead of the change's own service
(each either applies the change at once, through that service, or saves it as a request with
what, before, after, reason, who and when), the list, and accept / reject. Accepting applies the
change through its own service (credit, ledger, duplicates, customers) with the approver's
permission checks, in the approver's transaction under the company lock. Every step is in the
audit trail (``approval.request``, ``approval.approve``, ``approval.apply``, ``approval.reject``).

Uses the kernel (unit of work, errors, permissions, audit) and the credit, ledger, duplicates and
customers services. With users off (a one-person office) nothing is ever asked: every gate applies.
"""
