"""Data safety (PRODUCT §12): encrypted backups (age) and the audit trail's reader.

``backup`` (make one: snapshot, manifest, automatic backups), ``keys`` (the company's key pair, the
recovery key), ``archive`` (the tar/gzip/age pipeline, both ways), ``retention`` (names, which to
keep), ``restore`` (verify and restore), ``audit_trail`` (read, verify and export the chained trail).
May use: the kernel (``identity`` keeps the secret key, ``integrity`` checks files) and
``documents`` (the workbook writer). No Qt.
"""
