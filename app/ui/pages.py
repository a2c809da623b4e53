"""The pages of the main window's navigation, in order.

Each entry names a module and a QWidget subclass whose constructor takes
``(services: app.ui.context.AppContext, parent=None)``. The main window shows
only the pages whose module exists, so an area appears once it is built.
"""

PAGES: list[tuple[str, str, str]] = [
    # (key, module, class)
    ("dashboard", "app.ui.views.dashboard", "DashboardPage"),
    ("customers", "app.ui.views.customers", "CustomersPage"),
    ("ledger", "app.ui.views.ledger", "LedgerPage"),
    ("orders", "app.ui.views.orders", "OrdersPage"),
    ("credit", "app.ui.views.credit", "CreditPage"),
    ("collections", "app.ui.views.collections", "CollectionsPage"),
    ("reports", "app.ui.views.reports", "ReportsPage"),
    ("audit", "app.ui.views.audit", "AuditPage"),
    ("settings", "app.ui.views.settings", "SettingsPage"),
    ("bank", "app.ui.views.bank", "BankPage"),
    ("outbox", "app.ui.views.outbox", "OutboxPage"),
    ("requests", "app.ui.views.requests", "RequestsPage"),  # --- approvals ---
]
