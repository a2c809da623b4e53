"""The server (PRODUCT §13): PostgreSQL connection profiles, and moving a company between a file and a server.

``connection`` (profiles, passwords in the keyring, connect, the last backup opened read-only),
``transfer`` (copy every table from one database to another, checked by its figures).
May use: the kernel, ``ledger`` (aging figures to compare) and ``safety`` (backups). No Qt.
"""
