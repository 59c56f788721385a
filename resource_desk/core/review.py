"""Reviewing stale resources: which ones are due, oldest first, and one outcome at a time.

``record_review`` is the one place an outcome changes a resource, so the window's review
(and an undo stack wrapping it) and any later command share it; each outcome is kept in
``resource_reviews`` with its day, the reviewer's name and what it replaced, which is what
``undo_review`` puts back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from resource_desk.core.database import Catalogue
from resource_desk.core.errors import NotFound, UserError
from resource_desk.core.messages import msg
from resource_desk.core.models import Resource, ResourceReview
from resource_desk.core.records import HIDDEN_STATUSES
from resource_desk.core.search import SearchQuery, matching_ids
from resource_desk.core.text import clean_or_none

# Outcome -> what the review says it did.
OUTCOMES = {
    "verified": "Verified today",
    "edited": "Edited",
    "closed": "Temporarily closed",
    "inactive": "Marked inactive",
    "skipped": "Skipped",
}
# The status an outcome sets (the others leave it as it was).
_STATUS_AFTER = {"closed": "temporarily_closed", "inactive": "inactive"}
# Outcomes that say the resource was checked on that day (skipping checks nothing; an edit
# saved its own verification date through the form).
_CHECKED = ("verified", "closed", "inactive")


class ReviewError(UserError, ValueError):
    """An outcome that cannot be recorded; the message is for the user."""


@dataclass(frozen=True)
class ReviewRecord:
    id: str
    resource_id: str
    outcome: str
    reviewed_on: date
    reviewer: str | None
    previous_status: str
    previous_last_verified: date | None
    previous_verified_by: str | None

    @property
    def label(self) -> str:
        return OUTCOMES.get(self.outcome, self.outcome)


def _record(review: ResourceReview) -> ReviewRecord:
    return ReviewRecord(id=review.id, resource_id=review.resource_id, outcome=review.outcome,
                        reviewed_on=review.reviewed_on, reviewer=review.reviewer,
                        previous_status=review.previous_status,
                        previous_last_verified=review.previous_last_verified,
                        previous_verified_by=review.previous_verified_by)


def stale_resource_ids(catalogue: Catalogue, months: int) -> list[str]:
    """The resources not verified in the last ``months`` months, never-verified and oldest
    first (then by name); inactive and do-not-refer ones are not due. The same filter as the
    sidebar's "Not verified in the last N months"."""
    if months < 1:
        raise ReviewError(msg("Review resources not verified in at least 1 month."))
    due = set(matching_ids(catalogue, SearchQuery(not_verified_months=months)))
    if not due:
        return []
    with catalogue.read() as session:
        rows = session.execute(select(Resource.id, Resource.last_verified, Resource.sort_name)
                               .where(Resource.status.not_in(HIDDEN_STATUSES))).all()
    rows = [row for row in rows if row.id in due]
    rows.sort(key=lambda row: (row.last_verified is not None, row.last_verified or date.min, row.sort_name))
    return [row.id for row in rows]


def record_review(catalogue: Catalogue, resource_id: str, outcome: str, reviewer: str | None = None,
                  on: date | None = None) -> ReviewRecord:
    """Apply one outcome to a resource and keep it with its day and reviewer.

    Verified, temporarily closed and inactive mark the resource checked that day by the
    reviewer; closed and inactive also set its status. Edited and skipped change nothing
    here (the form saved the edit)."""
    if outcome not in OUTCOMES:
        raise ReviewError(msg("Unknown review outcome “{outcome}”; use one of: {outcomes}.", outcome=outcome,
                              outcomes=", ".join(OUTCOMES)))
    on = on or date.today()
    reviewer = clean_or_none(reviewer)
    with catalogue.write() as session:
        resource = session.scalar(select(Resource).where(Resource.id == resource_id))
        if resource is None:
            raise NotFound(msg("This resource is no longer in the catalogue."))
        review = ResourceReview(resource_id=resource.id, outcome=outcome, reviewed_on=on, reviewer=reviewer,
                                previous_status=resource.status, previous_last_verified=resource.last_verified,
                                previous_verified_by=resource.verified_by)
        session.add(review)
        if outcome in _CHECKED:
            resource.last_verified = on
            resource.verified_by = reviewer or resource.verified_by
        if outcome in _STATUS_AFTER:
            resource.status = _STATUS_AFTER[outcome]
        session.flush()
        return _record(review)


def undo_review(catalogue: Catalogue, review_id: str) -> ReviewRecord:
    """Put the resource back as it was before the outcome, and forget the outcome."""
    with catalogue.write() as session:
        review = session.get(ResourceReview, review_id)
        if review is None:
            raise NotFound(msg("That review step is no longer in the catalogue."))
        record = _record(review)
        resource = session.scalar(select(Resource).where(Resource.id == review.resource_id))
        if resource is not None and review.outcome in _CHECKED:
            resource.status = review.previous_status
            resource.last_verified = review.previous_last_verified
            resource.verified_by = review.previous_verified_by
        session.delete(review)
        return record


def reviews_of(catalogue: Catalogue, resource_id: str) -> list[ReviewRecord]:
    """A resource's review steps, newest first."""
    with catalogue.read() as session:
        reviews = session.scalars(select(ResourceReview).where(ResourceReview.resource_id == resource_id)
                                  .order_by(ResourceReview.reviewed_on.desc(), ResourceReview.at.desc())).all()
        return [_record(review) for review in reviews]
