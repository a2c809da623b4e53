"""Alerts (INTERCHANGE §11): what a bookkeeper should look at today, each with a reason in words.

``detect`` recomputes every condition as of a date from the documents, applications, promises and
grade history (nothing stored but the dismissals, so an alert can never go stale), and keeps the
dismissals: an alert set aside with a note. Uses the kernel (unit of work, errors, permissions,
audit, sql), the customers module to find a customer, and the reminders module's rule for a kept
promise. Nothing here imports Qt; the UI words come from a code and parameters per alert.
"""
