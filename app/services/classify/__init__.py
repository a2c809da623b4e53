"""Classification rules (PRODUCT §2): a customer's category, industry, region and size set by rules
from its name, address and credit limit — for the customers of an import, or over existing ones,
always with a preview of what each rule would set before anything is written.

``rules`` holds the rules (kept in ``classification_rules``), the pure matching (``propose``) and
the services that list, add, remove and apply them. Uses the kernel (unit of work, errors,
permissions, audit) and the customers module's lookup; nothing imports this wing but the command
line and the program.
"""
