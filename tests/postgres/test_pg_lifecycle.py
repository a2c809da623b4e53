"""Lifecycle stages, feedback and the grade rules on a PostgreSQL server: the same tests as on a file
(collected here again, each with a company on the server)."""

from __future__ import annotations

from tests.services.test_grade_rules import (  # noqa: F401
    test_on_time_months_raise_and_lateness_and_broken_promises_lower,
)
from tests.services.test_lifecycle import (  # noqa: F401
    test_a_customer_walks_through_every_stage_and_the_history_says_why,
    test_a_write_off_loses_the_customer_and_a_grade_drop_puts_one_at_risk,
    test_feedback_is_kept_with_its_score_and_a_bad_score_is_refused,
)
