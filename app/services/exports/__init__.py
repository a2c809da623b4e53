"""Files a user takes out of the books (export right checked here, issue 20 follow-up).

``files`` holds the entry points the program and the command line call to write the aging
report and an analysis report as a workbook or PDF: each checks the ``export`` right through
``app.services.permissions`` first (a viewer or a clerk is refused before a byte is written),
then hands the figures to the writers (``excel``, ``aging_pdf``, ``report_export``) and the
company details (``company``). The ledger and audit exports check the same right in their own
modules (``excel.write_ledger_export``, ``audit_trail.export``). It may use the kernel, the
documents wing (the writers) and the reports wing (the report export); nothing imports it but the
command line and the program. Nothing here imports Qt.
"""
