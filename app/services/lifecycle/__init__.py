"""The customer relationship (PRODUCT §2, issue 17 items 4 and 5): lifecycle stage and feedback.

``rules`` computes every customer's stage as of a date in SQL (first and last invoice, write-offs,
the value class, invoices long overdue, grade drops in the grade history); ``stages`` keeps it with
its history when it changes (``refresh_stages``, run with the grades) and lists it; ``feedback``
keeps what customers said of us with a satisfaction score 1-5; grade_rules moves a grade one
step by behaviour (three months paid on time, a payment more than 60 days late, a broken promise),
kept in the grade history with the rule. Uses the kernel (unit of work,
errors, permissions, audit, progress), the customers module to find a customer, the aging
module's open-item condition and the grade history of the credit models. Nothing here imports Qt.
"""
