"""Bank reconciliation (PRODUCT §8, INTERCHANGE §8): statements in, payments matched to invoices.

Modules:

- ``profile``: the CSV/Excel mapping profile saved per bank account, and banks' number forms;
- ``formats``: reading OFX (ofxtools), MT940 (mt-940), CAMT.053 (ElementTree), WeChat Pay and
  Alipay bills and mapped CSV/Excel statements into plain lines, every unreadable line at once;
- ``statements``: bank accounts, importing a file (fingerprints, nothing twice), listing lines;
- ``matching``: the proposals of rules 1-4, each with a confidence and a reason code;
- ``reconcile``: confirm (payments through the ledger services), ignore, unconfirm;
- ``demo``: a bank account with a month of lines for the demo company.

It uses the kernel (errors, audit, permissions, unit of work, progress, text) and the ledger
services (``app.services.ledger.postings``, ``app.services.ledger.settlement``, ``app.services.customers.records``);
nothing else. No Qt.
"""
