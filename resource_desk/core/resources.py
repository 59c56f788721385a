"""Reading and writing resources: one unit of work per call, plain records in and out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from resource_desk.core.database import Catalogue, count
from resource_desk.core.errors import NotFound, UserError
from resource_desk.core.messages import joined, msg
from resource_desk.core.models import (
    Address,
    ImportBatch,
    Organization,
    Phone,
    Resource,
    ResourceTranslation,
    Tag,
    utcnow,
)
from resource_desk.core.phones import normalize
from resource_desk.core.records import (
    AddressRecord,
    CategoryRecord,
    CatalogueInfo,
    PhoneRecord,
    ResourceData,
    TranslationRecord,
)
from resource_desk.core.tags import tag_record
from resource_desk.core.text import clean_or_none, fold
from resource_desk.core.validation import normalize_website, validate


class ValidationError(UserError, ValueError):
    """A resource that cannot be saved; ``errors`` maps field names to messages."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(joined("; ", [msg("{field}: {problem}", field=field, problem=message)
                                       for field, message in errors.items()]))
        self.errors = errors


ADDRESS_FIELDS = tuple(f.name for f in fields(AddressRecord))

_LOAD = (
    selectinload(Resource.organization),
    selectinload(Resource.phones),
    selectinload(Resource.addresses),
    selectinload(Resource.tags),
    selectinload(Resource.translations),
    selectinload(Resource.categories),
)


def category_record(term) -> CategoryRecord:
    parents: list[tuple[str, str]] = []
    parent, seen = term.parent, {term.id}
    while parent is not None and parent.id not in seen and len(parents) < 20:
        seen.add(parent.id)
        parents.insert(0, (parent.code, parent.name))
        parent = parent.parent
    return CategoryRecord(id=term.id, taxonomy=term.taxonomy, code=term.code, name=term.name, parents=tuple(parents))


def to_record(resource: Resource) -> ResourceData:
    org = resource.organization
    return ResourceData(
        id=resource.id,
        name=resource.name,
        organization=org.name if org else None,
        organization_id=org.id if org else None,
        kind=resource.kind,
        description=resource.description,
        eligibility=resource.eligibility,
        age_min=resource.age_min,
        age_max=resource.age_max,
        cost=resource.cost,
        fees=resource.fees,
        delivery=resource.delivery,
        hours=resource.hours,
        languages=tuple(resource.languages.split()) if resource.languages else (),
        accessibility=resource.accessibility,
        status=resource.status,
        website=resource.website,
        email=resource.email,
        last_verified=resource.last_verified,
        verified_by=resource.verified_by,
        private_notes=resource.private_notes,
        phones=tuple(
            PhoneRecord(number=p.number, kind=p.kind, extension=p.extension, label=p.label, normalized=p.normalized)
            for p in resource.phones
        ),
        addresses=tuple(AddressRecord(**{f: getattr(a, f) for f in ADDRESS_FIELDS}) for a in resource.addresses),
        tags=tuple(sorted((tag_record(t) for t in resource.tags), key=lambda t: (t.facet, fold(t.name)))),
        categories=tuple(sorted((category_record(t) for t in resource.categories),
                                key=lambda c: (fold(c.taxonomy), c.code, fold(c.path())))),
        discreet_name=resource.discreet_name,
        discreet_description=resource.discreet_description,
        text_language=resource.text_language,
        translations=tuple(TranslationRecord(t.language, t.field, t.text) for t in resource.translations),
        external_id=resource.external_id,
        import_batch_id=resource.import_batch_id,
        created_at=resource.created_at,
        updated_at=resource.updated_at,
    )


def get_resource(catalogue: Catalogue, resource_id: str) -> ResourceData:
    with catalogue.read() as session:
        resource = session.scalar(select(Resource).where(Resource.id == resource_id).options(*_LOAD))
        if resource is None:
            raise NotFound(msg("no resource with id {id}", id=resource_id))
        return to_record(resource)


def get_resources(catalogue: Catalogue, resource_ids: Sequence[str]) -> list[ResourceData]:
    """The resources asked for, in the order asked; ids that no longer exist are left out."""
    with catalogue.read() as session:
        found = {
            r.id: to_record(r)
            for r in session.scalars(select(Resource).where(Resource.id.in_(list(resource_ids))).options(*_LOAD))
        }
    return [found[i] for i in resource_ids if i in found]


def organization_for(session: Session, name: str | None) -> Organization | None:
    """The organization of that name (compared case-insensitively), created if new."""
    name = clean_or_none(name)
    if not name:
        return None
    existing = session.scalars(select(Organization).where(func.lower(Organization.name) == name.lower())).first()
    if existing is not None:
        return existing
    organization = Organization(name=name)
    session.add(organization)
    return organization


def prepare(data: ResourceData) -> ResourceData:
    """Trimmed text, a web address with a scheme, sorted unique languages; then validated."""
    data = replace(
        data,
        name=(data.name or "").strip(),
        website=normalize_website(data.website),
        email=clean_or_none(data.email),
        languages=tuple(dict.fromkeys(code.strip().lower() for code in data.languages if code.strip())),
        phones=tuple(replace(p, number=p.number.strip()) for p in data.phones if p.number.strip()),
    )
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    return data


def apply(session: Session, resource: Resource, data: ResourceData) -> None:
    """Copy a record's fields onto a stored resource (phones, addresses and tags replaced)."""
    resource.name = data.name
    resource.sort_name = fold(data.name)
    resource.organization = organization_for(session, data.organization)
    for field in (
        "kind", "description", "eligibility", "age_min", "age_max", "cost", "fees", "delivery", "hours",
        "accessibility", "status", "website", "email", "last_verified", "verified_by", "private_notes",
        "external_id", "discreet_name", "discreet_description", "text_language",
    ):
        setattr(resource, field, getattr(data, field))
    resource.languages = " ".join(data.languages)
    resource.phones = [
        Phone(
            number=p.number,
            normalized=p.normalized or normalize(p.number),
            extension=p.extension,
            kind=p.kind,
            label=p.label,
            position=i,
        )
        for i, p in enumerate(data.phones)
    ]
    resource.addresses = [
        Address(**{f: getattr(a, f) for f in ADDRESS_FIELDS}, position=i) for i, a in enumerate(data.addresses)
    ]
    wanted = {(t.language, t.field): t.text for t in data.translations if t.text.strip()}
    kept = [t for t in resource.translations if (t.language, t.field) in wanted]
    for t in kept:
        t.text = wanted.pop((t.language, t.field))
    resource.translations = kept + [ResourceTranslation(language=language, field=field, text=text)
                                    for (language, field), text in wanted.items()]
    tag_ids = [t.id for t in data.tags]
    resource.tags = list(session.scalars(select(Tag).where(Tag.id.in_(tag_ids)))) if tag_ids else []


def save_resource(catalogue: Catalogue, data: ResourceData) -> ResourceData:
    """Create (``id`` None) or update a resource; raises ValidationError with per-field messages."""
    data = prepare(data)
    with catalogue.write() as session:
        if data.id is None:
            resource = Resource()
            session.add(resource)
        else:
            resource = session.scalar(select(Resource).where(Resource.id == data.id).options(*_LOAD))
            if resource is None:
                raise NotFound(msg("no resource with id {id}", id=data.id))
            resource.updated_at = utcnow()
        apply(session, resource, data)
        session.flush()
        return to_record(resource)


def duplicate_resource(catalogue: Catalogue, resource_id: str, store: bool = True) -> ResourceData:
    """A copy to edit from, named "… (copy)"; it keeps phones, addresses and tags, not the
    original's id, import source or times. Stored at once, or (``store=False``, the window's
    Duplicate…) returned unsaved for a form to fill in, so nothing is stored until Save."""
    original = get_resource(catalogue, resource_id)
    copy = replace(original, id=None, name=f"{original.name} (copy)", external_id=None, import_batch_id=None,
                   created_at=None, updated_at=None)
    return save_resource(catalogue, copy) if store else copy


def delete_resources(catalogue: Catalogue, resource_ids: Iterable[str]) -> int:
    ids = list(resource_ids)
    with catalogue.write() as session:
        result = session.execute(delete(Resource).where(Resource.id.in_(ids)))
        return result.rowcount or 0


def mark_verified(catalogue: Catalogue, resource_ids: Iterable[str], by: str | None = None,
                  on: date | None = None) -> int:
    """Record that the resources were checked today (or on a given day)."""
    ids = list(resource_ids)
    with catalogue.write() as session:
        resources = session.scalars(select(Resource).where(Resource.id.in_(ids))).all()
        for resource in resources:
            resource.last_verified = on or date.today()
            if by:
                resource.verified_by = by
        return len(resources)


def catalogue_info(catalogue: Catalogue) -> CatalogueInfo:
    with catalogue.read() as session:
        return CatalogueInfo(
            database=str(catalogue.path),
            schema_revision=catalogue.revision(),
            resources=count(session, Resource),
            organizations=count(session, Organization),
            tags=count(session, Tag),
            import_batches=count(session, ImportBatch),
        )


def warm_up(catalogue: Catalogue) -> None:
    """Get the ORM ready ahead of its first use: importing this module has loaded SQLAlchemy
    and the models; this configures the mappers and makes the catalogue's engine. For an idle
    moment (the window shows its first results without any of it), on any thread."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    catalogue.engine  # noqa: B018 - made on first access
