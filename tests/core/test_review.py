"""Reviewing stale resources: which are due, in which order, and what each outcome stores."""

from datetime import date, timedelta

import pytest

from resource_desk.core.records import ResourceData
from resource_desk.core.resources import get_resource, save_resource
from resource_desk.core.review import (
    ReviewError,
    record_review,
    reviews_of,
    stale_resource_ids,
    undo_review,
)
from resource_desk.core.settings import SettingsError, reviewer_name, save_reviewer_name


def _add(catalogue, name, days_ago=None, status="active", by=None):
    verified = None if days_ago is None else date.today() - timedelta(days=days_ago)
    return save_resource(catalogue, ResourceData(name=name, last_verified=verified, status=status,
                                                 verified_by=by)).id


def test_the_stale_ones_come_never_verified_first_then_oldest_first(catalogue):
    fresh = _add(catalogue, "Fresh", days_ago=20)
    old = _add(catalogue, "Old", days_ago=800)
    older = _add(catalogue, "Older", days_ago=1200)
    never = _add(catalogue, "Never checked")
    _add(catalogue, "Gone", days_ago=2000, status="inactive")
    closed = _add(catalogue, "Closed for now", days_ago=500, status="temporarily_closed")

    assert stale_resource_ids(catalogue, 12) == [never, older, old, closed]
    assert fresh not in stale_resource_ids(catalogue, 12)
    assert stale_resource_ids(catalogue, 36) == [never, older]
    with pytest.raises(ReviewError):
        stale_resource_ids(catalogue, 0)


@pytest.mark.parametrize(("outcome", "status"), [("verified", "active"), ("closed", "temporarily_closed"),
                                                 ("inactive", "inactive")])
def test_an_outcome_marks_the_resource_checked_by_the_reviewer(catalogue, outcome, status):
    rid = _add(catalogue, "Drop-in centre", days_ago=600, by="Someone else")
    on = date(2026, 6, 1)

    review = record_review(catalogue, rid, outcome, reviewer=" Sam R ", on=on)

    stored = get_resource(catalogue, rid)
    assert (stored.status, stored.last_verified, stored.verified_by) == (status, on, "Sam R")
    assert [(r.outcome, r.reviewed_on, r.reviewer) for r in reviews_of(catalogue, rid)] == [(outcome, on, "Sam R")]
    assert review.previous_status == "active" and review.previous_verified_by == "Someone else"


@pytest.mark.parametrize("outcome", ["skipped", "edited"])
def test_skipping_or_editing_records_the_step_and_changes_nothing(catalogue, outcome):
    rid = _add(catalogue, "Food pantry", days_ago=600, by="JR")
    before = get_resource(catalogue, rid)

    record_review(catalogue, rid, outcome, reviewer="Sam")

    after = get_resource(catalogue, rid)
    assert (after.status, after.last_verified, after.verified_by) == (before.status, before.last_verified, "JR")
    assert [(r.outcome, r.reviewed_on, r.reviewer) for r in reviews_of(catalogue, rid)] == [
        (outcome, date.today(), "Sam")]


def test_undo_puts_the_resource_back_and_forgets_the_step(catalogue):
    rid = _add(catalogue, "Legal clinic", days_ago=600, by="JR")
    before = get_resource(catalogue, rid)
    review = record_review(catalogue, rid, "inactive", reviewer="Sam")

    undo_review(catalogue, review.id)

    after = get_resource(catalogue, rid)
    assert (after.status, after.last_verified, after.verified_by) == ("active", before.last_verified, "JR")
    assert reviews_of(catalogue, rid) == []
    assert stale_resource_ids(catalogue, 12) == [rid]


def test_an_unknown_outcome_or_resource_is_refused(catalogue):
    rid = _add(catalogue, "Clinic", days_ago=600)
    with pytest.raises(ReviewError):
        record_review(catalogue, rid, "deleted")
    from resource_desk.core.errors import NotFound

    with pytest.raises(NotFound):
        record_review(catalogue, "no-such-id", "verified")


def test_the_reviewer_name_is_kept_in_the_catalogue(catalogue):
    assert reviewer_name(catalogue) == ""
    assert save_reviewer_name(catalogue, "  Sam   Rivera ") == "Sam Rivera"
    assert reviewer_name(catalogue) == "Sam Rivera"
    with pytest.raises(SettingsError):
        save_reviewer_name(catalogue, "x" * 101)
