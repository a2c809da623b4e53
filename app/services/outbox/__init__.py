"""Sending and automation (PRODUCT §8b, INTERCHANGE §10): the outbox wing.

Every e-mail is first written to the outbox in the company file (``store``), then sent by
``transport`` when the mail server answers; ``settings`` holds the SMTP settings (the password
lives in the operating system's keyring, or for this session only), the message templates
(``templates``), the automation rules and the customers left out of automatic mail. ``sources``
turns statements, dunning letters, reminders and the report pack into messages; ``schedule`` runs
the automation rules for a date.

May use: app.services.ledger.statements, statement_pdf, dunning, letters, aging, aging_pdf, reports,
report_export, pdf, excel, company, customers, audit, permissions, progress, errors and
backup.keyring_status (whether this computer has a usable keyring).
"""
