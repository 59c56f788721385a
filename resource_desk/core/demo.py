"""The demo catalogue: its own file, filled from resources/demo/catalogue.json when missing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from resource_desk.core.database import Catalogue
from resource_desk.core.paths import demo_db_path, resource_path
from resource_desk.core.records import AddressRecord, PhoneRecord, ResourceData

DEMO_JSON = resource_path("demo", "catalogue.json")


def load_demo_entries(catalogue: Catalogue, source: Path = DEMO_JSON) -> int:
    """Add the sample entries to a catalogue in one unit of work; returns how many."""
    from resource_desk.core.models import Organization, Resource
    from resource_desk.core.resources import apply, prepare
    from resource_desk.core.tags import find_tag

    document = json.loads(source.read_text(encoding="utf-8"))
    with catalogue.write() as session:
        for org in document.get("organizations", []):
            session.add(Organization(**{k: org.get(k) for k in ("name", "alternate_name", "description",
                                                                 "website", "email")}))
        session.flush()
        for entry in document["resources"]:
            tags = []
            for key in entry.get("tags", []):
                facet, _, name = key.partition(":")
                tag = find_tag(session, name, facet)
                if tag is None:
                    raise ValueError(f"{source}: unknown tag {key!r} in {entry['name']!r}")
                tags.append(tag)
            data = prepare(ResourceData(
                name=entry["name"],
                organization=entry.get("organization"),
                kind=entry.get("kind", "community_resource"),
                description=entry.get("description"),
                eligibility=entry.get("eligibility"),
                age_min=entry.get("age_min"),
                age_max=entry.get("age_max"),
                cost=entry.get("cost"),
                fees=entry.get("fees"),
                delivery=entry.get("delivery"),
                hours=entry.get("hours"),
                languages=tuple(entry.get("languages", ())),
                accessibility=entry.get("accessibility"),
                status=entry.get("status", "active"),
                website=entry.get("website"),
                email=entry.get("email"),
                last_verified=date.fromisoformat(entry["last_verified"]) if entry.get("last_verified") else None,
                verified_by=entry.get("verified_by"),
                private_notes=entry.get("private_notes"),
                phones=tuple(PhoneRecord(**p) for p in entry.get("phones", ())),
                addresses=tuple(AddressRecord(**a) for a in entry.get("addresses", ())),
            ))
            resource = Resource()
            session.add(resource)
            apply(session, resource, data)
            resource.tags = tags
        return len(document["resources"])


def open_demo(path: Path | None = None) -> Catalogue:
    """The demo catalogue, filled from the shipped sample when it has no resources yet (the ORM
    is loaded only then)."""
    catalogue = Catalogue.open(path or demo_db_path())
    with catalogue.connect() as connection:
        empty = connection.execute("SELECT NOT EXISTS (SELECT 1 FROM resources)").fetchone()[0]
    if empty:
        load_demo_entries(catalogue)
    return catalogue
