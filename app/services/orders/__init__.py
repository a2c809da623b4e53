"""Sales orders (订单, PRODUCT §8a): taken, confirmed against the credit limit, invoiced.

May use: app.models, app.services.ledger.postings (posts the invoice an order becomes),
app.services.credit.policy and app.services.credit.figures (the same credit policy as invoices),
app.services.customers.records (find_customer), app.services.audit, app.services.permissions.
Nothing here imports Qt.

``app.services.orders.service``:

* ``create_order(uow, customer, date, amount=None, lines=(), number="", expected_on=None, notes="")``
  a draft order (number automatic unless given);
* ``confirm_order(uow, number, override_reason="")`` runs the credit policy on the customer's
  exposure **plus every open confirmed order plus this one**: a warning past the warn ratio, a
  refusal past the limit or during a hold unless a permitted user overrides it with a reason
  (kept as a credit override and in the audit trail);
* ``invoice_order(uow, number, date=None, amount=None, override_reason="")`` posts the invoice
  (lines carried over) in one step; an amount invoices part and leaves the rest open;
* ``cancel_order(uow, number, reason)``; ``get_order``, ``list_orders``;
* ``open_orders_total(session, customer_id)`` and ``customer_orders(uow, customer)``: what open
  confirmed orders add to a customer's exposure (the credit view shows it apart);
* ``order_reminders(session, as_of, days)``: orders confirmed and not invoiced after ``days``
  days, and orders whose expected delivery date has passed (app.services.collections.reminders lists them);
  ``reminder_days(uow)`` / ``set_reminder_days(uow, days)``: the setting N (default 14).
"""
