"""What makes a resource valid: one set of rules for the form, the importer and the CLI."""

from __future__ import annotations

import re

from resource_desk.core.messages import Message, joined, msg
from resource_desk.core.phones import is_valid_phone
from resource_desk.core.records import (
    COST_LABELS,
    DELIVERY_LABELS,
    KIND_LABELS,
    PHONE_KIND_LABELS,
    STATUS_LABELS,
    ResourceData,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_HOST = re.compile(r"^(https?://)?([\w-]+\.)+[a-z]{2,}(:\d+)?(/\S*)?$", re.I)


def normalize_website(value: str | None) -> str | None:
    """A web address with a scheme ("example.org" -> "https://example.org")."""
    if not value:
        return None
    value = value.strip()
    if not re.match(r"^[a-z][a-z0-9+.-]*://", value, re.I):
        value = "https://" + value
    return value


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value.strip()))


def is_valid_website(value: str) -> bool:
    return bool(_HOST.match(value.strip()))


def labels(allowed: dict[str, str]) -> str:
    """The labels of a choice ("Free, Sliding scale, …"), each said in the window's language (the
    window translates them where it shows them too)."""
    return joined(", ", [Message(label) for label in allowed.values()])


def validate(data: ResourceData) -> dict[str, str]:
    """Field name -> what is wrong with it, in words for the person filling the form."""
    errors: dict[str, str] = {}
    if not data.name or not data.name.strip():
        errors["name"] = msg("A name is required.")
    if data.email and not is_valid_email(data.email):
        errors["email"] = msg("This is not an email address (name@example.org).")
    if data.website and not is_valid_website(data.website):
        errors["website"] = msg("This is not a web address (example.org or https://example.org).")
    for age_field in ("age_min", "age_max"):
        age = getattr(data, age_field)
        if age is not None and not 0 <= age <= 120:
            errors[age_field] = msg("Ages run from 0 to 120.")
    if data.age_min is not None and data.age_max is not None and data.age_min > data.age_max:
        errors["age_max"] = msg("The upper age is below the lower one.")
    for position, phone in enumerate(data.phones):
        if not is_valid_phone(phone.number):
            errors[f"phones.{position}"] = msg("“{number}” is not a phone number.", number=phone.number)
        elif phone.kind not in PHONE_KIND_LABELS:
            errors[f"phones.{position}"] = msg("Unknown kind of line: {kind}.", kind=phone.kind)
    for field, allowed in (("kind", KIND_LABELS), ("status", STATUS_LABELS)):
        if getattr(data, field) not in allowed:
            errors[field] = msg("Choose one of: {choices}.", choices=labels(allowed))
    for field, allowed in (("cost", COST_LABELS), ("delivery", DELIVERY_LABELS)):
        value = getattr(data, field)
        if value is not None and value not in allowed:
            errors[field] = msg("Choose one of: {choices}.", choices=labels(allowed))
    return errors
