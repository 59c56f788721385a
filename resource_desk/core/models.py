"""The catalogue's tables, as SQLAlchemy 2 typed models (aligned with Open Referral HSDS 3.0).

Ids are UUID strings so that records can travel between catalogues. Resources also carry
an integer ``pk``: it is the rowid of the full-text index and the key that lazy result
pages are fetched by (a UUID primary key would leave SQLite's rowid unstable across VACUUM).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Kinds, costs, statuses, phone kinds and facets are stored as plain strings (no CHECK
# constraints; the vocabulary is the label dicts in core.records), so a later release can
# add a kind without a table rebuild; services validate on the way in.

resource_tags = Table(
    "resource_tags",
    Base.metadata,
    Column("resource_id", String(36), ForeignKey("resources.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", String(36), ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    # Covering: the resources carrying a tag, read from the index alone (revision 0002). It
    # also serves every lookup by tag_id alone, so there is no index on tag_id by itself (0003).
    Index("ix_resource_tags_tag_id_resource_id", "tag_id", "resource_id"),
)

saved_list_items = Table(
    "saved_list_items",
    Base.metadata,
    Column("saved_list_id", String(36), ForeignKey("saved_lists.id", ondelete="CASCADE"), primary_key=True),
    Column("resource_id", String(36), ForeignKey("resources.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
    Column("note", Text),
)


class Organization(Base):
    __tablename__ = "organizations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(300), index=True)
    alternate_name: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    resources: Mapped[list[Resource]] = relationship(back_populates="organization")


class Resource(Base):
    __tablename__ = "resources"
    __table_args__ = (  # revision 0002: hidden statuses, from the index alone
        Index("ix_resources_status_id", "status", "id"),
        # revision 0006: each sortable column then the name, so a sorted page is read in order
        Index("ix_resources_kind_sort_name", "kind", "sort_name"),
        Index("ix_resources_cost_sort_name", "cost", "sort_name"),
        Index("ix_resources_languages_sort_name", "languages", "sort_name"),
        Index("ix_resources_last_verified_sort_name", "last_verified", "sort_name"),
        Index("ix_resources_organization_id", "organization_id", "sort_name"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    organization_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("organizations.id", ondelete="SET NULL")
    )
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40), default="community_resource")
    description: Mapped[str | None] = mapped_column(Text)
    eligibility: Mapped[str | None] = mapped_column(Text)
    age_min: Mapped[int | None] = mapped_column(Integer)
    age_max: Mapped[int | None] = mapped_column(Integer)
    cost: Mapped[str | None] = mapped_column(String(20))
    fees: Mapped[str | None] = mapped_column(Text)
    delivery: Mapped[str | None] = mapped_column(String(20), index=True)
    hours: Mapped[str | None] = mapped_column(Text)
    # ISO 639 codes separated by spaces ("en es"): searchable and filterable with LIKE.
    languages: Mapped[str] = mapped_column(String(200), default="")
    accessibility: Mapped[str | None] = mapped_column(Text)
    # Indexed by (status, id) in __table_args__, which serves lookups by status alone (0003).
    status: Mapped[str] = mapped_column(String(30), default="active")
    website: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(300))
    last_verified: Mapped[date | None] = mapped_column(Date)
    verified_by: Mapped[str | None] = mapped_column(String(100))
    private_notes: Mapped[str | None] = mapped_column(Text)
    # Revision 0010: what a discreet sheet prints instead of the name and description.
    discreet_name: Mapped[str | None] = mapped_column(String(300))
    discreet_description: Mapped[str | None] = mapped_column(Text)
    # The language the text above is written in (ISO 639-1); a sheet in another language says so.
    text_language: Mapped[str | None] = mapped_column(String(10))
    import_batch_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    # Case- and accent-folded name: the sort key and the first duplicate check on import.
    sort_name: Mapped[str] = mapped_column(String(300), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    organization: Mapped[Organization | None] = relationship(back_populates="resources")
    phones: Mapped[list[Phone]] = relationship(
        back_populates="resource", cascade="all, delete-orphan", order_by="Phone.position"
    )
    addresses: Mapped[list[Address]] = relationship(
        back_populates="resource", cascade="all, delete-orphan", order_by="Address.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=resource_tags, back_populates="resources")
    categories: Mapped[list[TaxonomyTerm]] = relationship(secondary="resource_taxonomy_terms")
    translations: Mapped[list[ResourceTranslation]] = relationship(
        back_populates="resource", cascade="all, delete-orphan", order_by="ResourceTranslation.language")


class ResourceTranslation(Base):
    """One field of a resource in another language (revision 0010): its name, description,
    eligibility, hours, fees, or a standing note for the client, as a sheet in that language prints it."""

    __tablename__ = "resource_translations"

    resource_id: Mapped[str] = mapped_column(String(36), ForeignKey("resources.id", ondelete="CASCADE"),
                                             primary_key=True)
    language: Mapped[str] = mapped_column(String(10), primary_key=True)
    field: Mapped[str] = mapped_column(String(20), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")

    resource: Mapped[Resource] = relationship(back_populates="translations")


resource_taxonomy_terms = Table(
    "resource_taxonomy_terms",
    Base.metadata,
    Column("resource_id", String(36), ForeignKey("resources.id", ondelete="CASCADE"), primary_key=True),
    Column("term_id", String(36), ForeignKey("taxonomy_terms.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_resource_taxonomy_terms_term_id_resource_id", "term_id", "resource_id"),
)


class TaxonomyTerm(Base):
    """A source category (revision 0005): how the list a resource came from classified it,
    as HSDS keeps it. ``taxonomy`` names the scheme ("AIRS/211", "Open Eligibility",
    "iCarol categories"); ``name`` is the term's own last segment, its path is its parents."""

    __tablename__ = "taxonomy_terms"
    __table_args__ = (UniqueConstraint("taxonomy", "code", "name", name="uq_taxonomy_terms_taxonomy_code_name"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    taxonomy: Mapped[str] = mapped_column(String(100), default="")
    code: Mapped[str] = mapped_column(String(100), default="")
    name: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("taxonomy_terms.id", ondelete="SET NULL"))

    parent: Mapped[TaxonomyTerm | None] = relationship(remote_side=[id])


class Phone(Base):
    __tablename__ = "phones"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    resource_id: Mapped[str] = mapped_column(String(36), ForeignKey("resources.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(100))
    # E.164 where the number parses ("+15105550142"), else digits only; matches duplicates.
    normalized: Mapped[str] = mapped_column(String(40), default="", index=True)
    extension: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20), default="voice")
    label: Mapped[str | None] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)

    resource: Mapped[Resource] = relationship(back_populates="phones")


class Address(Base):
    __tablename__ = "addresses"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    resource_id: Mapped[str] = mapped_column(String(36), ForeignKey("resources.id", ondelete="CASCADE"), index=True)
    lines: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(2))
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer, default=0)

    resource: Mapped[Resource] = relationship(back_populates="addresses")


class Tag(Base):
    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("facet", "name", name="uq_tags_facet_name"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    facet: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    color: Mapped[str | None] = mapped_column(String(9))
    # External taxonomy codes, space separated ("YF-3000 LF-7000"): AIRS/211, Open Eligibility, HSDS.
    codes: Mapped[str] = mapped_column(Text, default="")
    # Revision 0010: left off discreet sheets. None follows the default (every identity tag and
    # the needs in core.sensitive); True or False is the person's own choice in the tag manager.
    sensitive: Mapped[bool | None] = mapped_column(Boolean)

    resources: Mapped[list[Resource]] = relationship(secondary=resource_tags, back_populates="tags")
    aliases: Mapped[list[TagAlias]] = relationship(back_populates="tag", cascade="all, delete-orphan")
    keywords: Mapped[list[TagKeyword]] = relationship(back_populates="tag", cascade="all, delete-orphan")


class TagAlias(Base):
    """Another name for a tag, used when importing ("LGBT" -> "LGBTQIA+")."""

    __tablename__ = "tag_aliases"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tag_id: Mapped[str] = mapped_column(String(36), ForeignKey("tags.id", ondelete="CASCADE"), index=True)
    # Folded (lower case, no accents, single spaces) so lookups are exact matches.
    alias: Mapped[str] = mapped_column(String(200), unique=True)

    tag: Mapped[Tag] = relationship(back_populates="aliases")


class TagKeyword(Base):
    """A word or phrase that suggests a tag when a resource's text holds it (revision 0005)."""

    __tablename__ = "tag_keywords"
    __table_args__ = (UniqueConstraint("tag_id", "keyword", name="uq_tag_keywords_tag_id_keyword"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tag_id: Mapped[str] = mapped_column(String(36), ForeignKey("tags.id", ondelete="CASCADE"))
    keyword: Mapped[str] = mapped_column(String(200))  # folded, as aliases are

    tag: Mapped[Tag] = relationship(back_populates="keywords")


class DuplicateDismissal(Base):
    """Two resources the person said are not duplicates (``resource_a`` < ``resource_b``)."""

    __tablename__ = "duplicate_dismissals"

    resource_a: Mapped[str] = mapped_column(String(36), ForeignKey("resources.id", ondelete="CASCADE"),
                                            primary_key=True)
    resource_b: Mapped[str] = mapped_column(String(36), ForeignKey("resources.id", ondelete="CASCADE"),
                                            primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ResourceMerge(Base):
    """A merge of two resources: what it moved and the removed one, whole, for undo."""

    __tablename__ = "resource_merges"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    kept_id: Mapped[str] = mapped_column(String(36))
    removed_id: Mapped[str] = mapped_column(String(36))
    removed_name: Mapped[str] = mapped_column(String(300))
    snapshot: Mapped[str] = mapped_column(Text)  # JSON
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class ResourceReview(Base):
    """One step of a stale-resource review (revision 0008): its outcome, day and reviewer, and
    what the resource was before, so the step can be undone."""

    __tablename__ = "resource_reviews"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    resource_id: Mapped[str] = mapped_column(String(36), ForeignKey("resources.id", ondelete="CASCADE"),
                                             index=True)
    outcome: Mapped[str] = mapped_column(String(20))  # a key of core.review.OUTCOMES
    reviewed_on: Mapped[date] = mapped_column(Date)
    reviewer: Mapped[str | None] = mapped_column(String(100))
    previous_status: Mapped[str] = mapped_column(String(30))
    previous_last_verified: Mapped[date | None] = mapped_column(Date)
    previous_verified_by: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    file: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(20))
    encoding: Mapped[str | None] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    # JSON: ids created, and the previous values of what was updated, so undo can restore them.
    changes: Mapped[str] = mapped_column(Text, default="{}")
    report: Mapped[str] = mapped_column(Text, default="")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class ReferralSheet(Base):
    """A log of sheets produced. Never a client's name: at most a code the therapist chose."""

    __tablename__ = "referral_sheets"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    title: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(10), default="en")
    client_code: Mapped[str | None] = mapped_column(String(40))
    # JSON list of resource ids in sheet order.
    resource_ids: Mapped[str] = mapped_column(Text, default="[]")
    output: Mapped[str] = mapped_column(String(20), default="pdf")


class SavedList(Base):
    __tablename__ = "saved_lists"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Setting(Base):
    """Catalogue-wide preferences that belong with the data (practice header, sheet options)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
