"""Requests for approval on a PostgreSQL server: the same tests as on a file (collected here again,
each with a company on the server)."""

from __future__ import annotations

from tests.services.test_approvals import (  # noqa: F401
    office,
    test_a_clerks_limit_raise_waits_until_an_approver_accepts_it,
    test_a_rejected_request_changes_nothing_and_keeps_the_reason,
    test_a_request_that_no_longer_fits_stays_pending,
    test_merging_customers_waits,
    test_the_requester_cannot_approve_their_own_request,
)
