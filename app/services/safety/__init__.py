"""Data safety (PRODUCT §12): encrypted backups (age), their keys, retention, verify and restore, the audit trail.

``backup`` (make, verify, restore backups), ``audit_trail`` (read, verify and export the chained
audit trail).
May use: the kernel and ``documents`` (the workbook writer). No Qt.
"""
