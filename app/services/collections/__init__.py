"""Collections (PRODUCT §6): dunning runs, dunning letters, reminders, promises to pay, contracts.

``dunning`` (levels, proposals, commit with fees and interest), ``letters`` (letter PDFs in the
customer's language), ``reminders`` (what is due, promises, contracts).
May use: the kernel, ``customers``, ``ledger``, ``credit``, ``documents`` (PDF helpers) and
``orders`` (order reminders). No Qt.
"""
