"""Customers (PRODUCT §2): the records, duplicates and merging, classification, the communication log.

``records`` (find, list, create, update, archive), ``tax_id`` (the tax ID rule, python-stdnum),
``duplicates`` (tax ID and name checks, merge), ``classification`` (categories, ABC value classes),
``communication`` (the customer's log).
May use: the kernel only (unit of work, errors, permissions, audit, sql, text, dto). No Qt.
"""
