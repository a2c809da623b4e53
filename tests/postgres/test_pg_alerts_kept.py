"""Alerts kept between runs on a PostgreSQL company: the same checks as on a file (the ``db``
fixture here is a server schema)."""

from tests.services.test_alerts_kept import (  # noqa: F401  (collected here against the server)
    test_a_customer_merged_away_leaves_no_findings_behind,
    test_kept_findings_equal_findings_worked_out_afresh_after_every_kind_of_change,
    test_payments_sharing_a_reference_pair_up_as_of_the_date_asked,
)
