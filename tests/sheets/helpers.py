"""Resources made for sheet tests, and reading PDFs back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from resource_desk.core.records import AddressRecord, PhoneRecord, ResourceData
from resource_desk.core.resources import save_resource
from resource_desk.core.tags import resolve_tags


def make_resource(catalogue, name: str, **fields) -> ResourceData:
    tags = tuple(resolve_tags(catalogue, fields.pop("tags", ())))
    data = ResourceData(
        name=name,
        organization=fields.pop("organization", f"{name} Org"),
        kind=fields.pop("kind", "community_resource"),
        description=fields.pop("description", f"What {name} does."),
        cost=fields.pop("cost", "free"),
        languages=tuple(fields.pop("languages", ("en",))),
        website=fields.pop("website", None),
        last_verified=fields.pop("last_verified", date(2026, 10, 15)),
        tags=tags,
    )
    return save_resource(catalogue, replace(data, **fields))


def rich_resource(catalogue, name: str = "Harbor Light Shelter", **fields) -> ResourceData:
    """Every field filled, with a private note and a confidential address that must not print."""
    defaults = dict(
        organization="Harbor Light Services",
        kind="shelter",
        description="Emergency shelter and advocacy.",
        eligibility="Adults 18+ fleeing violence",
        age_min=18,
        cost="sliding_scale",
        fees="$0–$20 a night",
        delivery="in_person",
        hours="Mon–Fri 9am–5pm",
        languages=("en", "es"),
        accessibility="Wheelchair accessible; ASL on request",
        website="https://harborlight.example.org/help",
        email="help@harborlight.example.org",
        private_notes="PRIVATE-NOTE-never-print: intake worker is slow",
        phones=(
            PhoneRecord(number="(555) 010-1000", kind="voice"),
            PhoneRecord(number="(555) 010-1001", kind="tty"),
            PhoneRecord(number="55501", kind="text", label="Text HOME"),
        ),
        addresses=(
            AddressRecord(lines="99 Secret Lane", city="Hiddenville", region="CA", postal_code="90001",
                          confidential=True),
            AddressRecord(lines="12 Office Street", city="Oakridge", region="CA", postal_code="94612"),
        ),
        tags=("identity:Survivors of violence", "identity:Women", "need:Housing & shelter",
              "need:Domestic violence"),
    )
    defaults.update(fields)
    return make_resource(catalogue, name, **defaults)


def pdf_pages_text(path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    """PDF text with line breaks and runs of spaces made single spaces."""
    return " ".join(text.split())
