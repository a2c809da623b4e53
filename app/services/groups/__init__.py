"""Reports by group (PRODUCT §5, issue 17 item 7): any analysis report split by a customer field.

``grouping`` puts each row of a :class:`app.services.reports.analysis.Report` in the group of its customer's
category, industry, region, grade, value class, lifecycle stage or tags, and computes each group's
subtotal the way the report computes its totals (sums, then rates and DSO from the group's sums,
never an average of rates). The report's grand total is never changed. Uses the reports module's
shape, the classification labels, the lifecycle stage rules (``app.services.lifecycle``) and the
kernel (unit of work, errors). Nothing here imports Qt.
"""
