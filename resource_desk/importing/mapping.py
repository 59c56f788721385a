"""Which column goes to which field: automatic from header names, or from a saved mapping.

A mapping is a list of ``ColumnRule``s. The automatic one reads header names and their
synonyms ("Agency" -> organization, "Best Contact" -> phones, "LanguagesOffered" ->
languages), recognises yes/no columns that stand for a tag or a language ("Food",
"Spanish", "Topic covered: Budgeting"), and sends columns it does not know to the private
notes ("Header: value"), so nothing is lost without the person seeing it on the mapping
page. Mappings are saved in the catalogue under a name and written to JSON files (the
format is documented in the README) that ``resource-desk import --mapping FILE`` reads.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select

from resource_desk.core.database import Catalogue
from resource_desk.core.errors import UserError, message_of
from resource_desk.core.languages import language_code
from resource_desk.core.messages import msg
from resource_desk.core.models import Setting
from resource_desk.core.text import fold
from resource_desk.importing.limits import check_readable, read_json_bytes
from resource_desk.importing.problems import ImportFileError

from resource_desk.importing.values import is_flag_column

MAPPING_VERSION = 1
SETTING_PREFIX = "import.mapping:"

# field -> label shown on the mapping page, in the order offered there.
FIELDS: dict[str, str] = {
    "ignore": "(not imported)",
    "name": "Name",
    "organization": "Organization",
    "kind": "Kind",
    "description": "Description",
    "eligibility": "Eligibility",
    "ages": "Ages (“12–24”, “18 and older”)",
    "age_min": "Lowest age",
    "age_max": "Highest age",
    "cost": "Cost (free, sliding scale, …)",
    "fees": "Fees",
    "delivery": "Delivery (in person, remote, …)",
    "hours": "Hours",
    "languages": "Languages (list)",
    "language": "Language (yes/no column)",
    "accessibility": "Accessibility",
    "status": "Status",
    "website": "Website",
    "email": "Email",
    "last_verified": "Last verified (date)",
    "verified_by": "Verified by",
    "phones": "Phone numbers",
    "address": "Address (whole, one line)",
    "address_lines": "Address: street",
    "address_line2": "Address: second line",
    "city": "Address: city",
    "region": "Address: state / region",
    "postal_code": "Address: postal code",
    "country": "Address: country",
    "address_confidential": "Address: confidential (yes/no)",
    "latitude": "Address: latitude",
    "longitude": "Address: longitude",
    "tags": "Tags (list)",
    "tag": "Tag (yes/no column)",
    "categories": "Source categories (the list's own classification)",
    "private_notes": "Private notes",
    "notes": "Note (added to private notes with the column name)",
    "external_id": "Id in the source",
    "id": "Resource Desk id (UUID)",
    "organization_alternate_name": "Organization: other name",
    "organization_description": "Organization: description",
    "organization_website": "Organization: website",
    "organization_email": "Organization: email",
    # "param": "es:description": the Spanish description ("description_es", "Description (Spanish)").
    "translation": "Text in another language",
}
# Fields a row has one of: a second column mapped there is kept as a note instead.
SINGLE = {"name", "organization", "kind", "cost", "delivery", "status", "website", "email", "last_verified",
          "verified_by", "age_min", "age_max", "external_id", "id", "organization_alternate_name",
          "organization_description", "organization_website", "organization_email"}
ADDRESS_FIELDS = {"address", "address_lines", "address_line2", "city", "region", "postal_code", "country",
                  "address_confidential", "latitude", "longitude"}
PHONE_KINDS = ("voice", "text", "tty", "hotline", "fax")
FACETS = ("identity", "need")

_S = {}


def _syn(target: str, *names: str, param: str | None = None) -> None:
    for name in names:
        _S[name] = (target, param)


_syn("name", "name", "service name", "name of service", "service", "program", "program name", "resource",
     "resource name", "title", "public name", "service title", "listing", "listing name", "name of program",
     "name of resource", "service program name", "program service name")
_syn("organization", "organization", "organisation", "organization name", "organisation name", "org",
     "org name", "agency", "agency name", "provider", "provider name", "parent agency", "parent organization",
     "company", "organization agency", "sponsor", "host organization", "run by")
_syn("description", "description", "about", "services provided", "service description", "details", "summary",
     "overview", "what they do", "agency description", "program description", "services", "what we offer",
     "services offered description")
_syn("eligibility", "eligibility", "who is eligible", "requirements", "eligibility requirements",
     "eligibility description", "criteria", "who can use it")
_syn("ages", "ages", "age", "age group", "age groups", "age range", "ages served", "age requirements")
_syn("age_min", "age min", "min age", "minimum age", "lowest age", "from age")
_syn("age_max", "age max", "max age", "maximum age", "highest age", "to age")
_syn("cost", "cost", "price", "cost type", "payment type", "free sliding scale")
_syn("fees", "fees", "fee", "fees description", "fee structure", "payment", "fee description", "charges",
     "fee structure source")
_syn("delivery", "delivery", "delivery method", "format", "mode", "service delivery", "in person or remote",
     "attending type", "how delivered")
_syn("hours", "hours", "service hours", "hours of operation", "opening hours", "open hours", "schedule",
     "times", "office hours", "days and hours", "when open", "availability")
_syn("languages", "languages", "languages spoken", "language", "languages offered", "languages offered list",
     "language s", "spoken languages", "other languages", "languages available")
_syn("accessibility", "accessibility", "accessible", "wheelchair access", "disabilities access", "ada",
     "disability access", "accessibility for disabilities")
_syn("status", "status", "agency status", "active", "program status", "service status")
_syn("website", "website", "web site", "url", "web", "homepage", "home page", "site", "website address",
     "link", "web address", "www")
_syn("email", "email", "e mail", "email address", "email address main", "mail", "contact email", "e mail address")
_syn("last_verified", "last verified", "verified", "last verified on", "date verified", "verified on",
     "last updated", "updated", "last reviewed", "date updated", "reviewed", "last checked", "updated on",
     "assured date")
_syn("verified_by", "verified by", "last verified by", "last verified by name", "verifier", "checked by",
     "assurer email")
_syn("private_notes", "private notes", "internal notes", "notes private", "private note")
_syn("notes", "notes", "note", "comments", "comment", "contact", "contact person", "contact name", "remarks")
_syn("phones", "phone", "phones", "telephone", "tel", "phone number", "phone numbers", "best contact",
     "contact number", "main phone", "phone s", "telephone number", "number", "call", "contact phone",
     "main number", "office phone")
_syn("phones", "toll free", "phone toll free", "toll free number", "tollfree", param="voice")
_syn("phones", "fax", "phone fax", "fax number", param="fax")
_syn("phones", "tty", "phone tty", "tdd", "tty tdd", "tty number", param="tty")
_syn("phones", "hotline", "phone number hotline", "crisis line", "hotline number", "crisis hotline",
     "24 hour hotline", "helpline", param="hotline")
_syn("phones", "text", "sms", "text line", "text number", "textline", param="text")
_syn("address", "address", "full address", "location", "physical address", "street address full",
     "mailing address", "where")
_syn("address_lines", "street", "street address", "address 1", "address line 1", "address1", "street 1",
     "physical address 1", "address lines")
_syn("address_line2", "address 2", "address line 2", "street 2", "suite", "unit", "physical address 2")
_syn("city", "city", "town", "municipality", "physical city", "locality")
_syn("region", "state", "province", "region", "state province", "physical state province", "st")
_syn("postal_code", "zip", "zip code", "zipcode", "postal code", "postcode", "physical postal code", "postal")
_syn("country", "country", "physical country")
_syn("address_confidential", "confidential", "address confidential", "confidential address", "private address",
     "address is private", "physical address is private", "hide address")
_syn("latitude", "latitude", "lat")
_syn("longitude", "longitude", "long", "lng", "lon")
_syn("tags", "tags", "topics", "topic", "keywords", "labels", "type of service", "service type", "service types")
_syn("categories", "categories", "category", "taxonomy terms", "taxonomy term", "taxonomy codes", "taxonomy code",
     "taxonomy", "tax", "service categories", "airs codes", "airs code", "taxonomy terms not deactivated",
     "source categories", "classification")
_syn("tags", "identity", "identities", "populations", "population", "population served", "populations served",
     "communities", "community", "who we serve", "who it serves", "serves", "target population",
     "focus population", "audience", "identity tags", param="identity")
_syn("tags", "needs", "need", "need tags", "services offered", "service areas offered", param="need")
_syn("kind", "kind", "resource kind", "type of resource", "resource type", "type")
_syn("external_id", "external id", "record id", "resource agency num", "agency num", "source id",
     "unique id prior system", "record number", "ref", "reference")
_syn("id", "id", "uuid", "resource id", "resource desk id")
_syn("organization_alternate_name", "organization alternate name", "organization other name", "org alternate name")
_syn("organization_description", "organization description", "org description", "about the organization")
_syn("organization_website", "organization website", "org website", "organization url")
_syn("organization_email", "organization email", "org email")
SYNONYMS: dict[str, tuple[str, str | None]] = dict(_S)

_GROUP = re.compile(r"^(.*?)\s*#\s*(\d+)$")
_PHONE_N = re.compile(r"^phone\s*(\d+)(?:\s*number)?$")
_PHONE_N_EXTRA = re.compile(r"^phone\s*(\d+)\s*(name|description|type|is private|extension|ext)$")
_KEYWORDS = [
    ("phones", "fax", r"\bfax\b"), ("phones", "tty", r"\b(tty|tdd)\b"), ("phones", "hotline", r"\bhotline\b"),
    ("phones", None, r"\b(phone|telephone|tel)\b"), ("email", None, r"\be ?mail\b"),
    ("website", None, r"\b(website|url|web)\b"), ("languages", None, r"\blanguages?\b"),
    ("hours", None, r"\bhours?\b"), ("eligibility", None, r"\beligib"), ("description", None, r"\bdescri"),
    ("fees", None, r"\bfees?\b"), ("cost", None, r"\bcost\b"), ("postal_code", None, r"\b(zip|postal)\b"),
    ("city", None, r"\bcity\b"), ("address", None, r"\baddress\b"), ("last_verified", None, r"\bverified\b"),
    ("organization", None, r"\b(organi[sz]ation|agency)\b"), ("name", None, r"\bname\b"),
]


_TRANSLATED = re.compile(r"^(name|description|eligibility|hours|fees|note)\s+(?:in\s+)?([a-z][a-z ]*)$")


def translated_field(norm: str) -> str | None:
    """"description es", "description spanish" (a normalized header) -> "es:description"."""
    match = _TRANSLATED.match(norm)
    code = language_code(match[2].strip()) if match else None
    return f"{code}:{match[1]}" if code else None


def normalize_header(text: str) -> str:
    """"Phone1Number" -> "phone 1 number", "LanguagesOffered" -> "languages offered"."""
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    text = re.sub(r"([A-Za-z])(\d)", r"\1 \2", text)
    text = re.sub(r"(\d)([A-Za-z])", r"\1 \2", text)
    text = fold(text).replace("_", " ")
    text = re.sub(r"[^\w#]+", " ", text)
    return " ".join(text.split())


class MappingError(UserError, ValueError):
    """A column mapping that cannot be used or saved; the message is for the user."""


@dataclass(frozen=True)
class ColumnRule:
    column: str  # the header as the table names it (repeated names get " (2)")
    field: str
    param: str | None = None  # phones: kind; tags: facet; tag: "facet:name"; language: code
    group: int = 1  # which address of the resource (1, 2, …)

    def describe(self) -> str:
        label = FIELDS.get(self.field, self.field)
        if self.field in ("tag", "language", "phones", "tags") and self.param:
            label += f": {self.param}"
        if self.field in ADDRESS_FIELDS and self.group > 1:
            label += f" (address {self.group})"
        return label


@dataclass(frozen=True)
class Mapping:
    rules: tuple[ColumnRule, ...] = ()
    name: str | None = None
    auto: bool = True  # columns without a rule are mapped automatically
    encoding: str | None = None
    help_row: bool | None = None  # None: detect a help-text row under the header
    new_tags: str | None = None  # "create" or "skip"; None: the import's own choice

    def rule_for(self, column: str) -> ColumnRule | None:
        return next((r for r in self.rules if r.column == column), None)

    def with_rule(self, rule: ColumnRule) -> Mapping:
        rules = [r for r in self.rules if r.column != rule.column] + [rule]
        return replace(self, rules=tuple(rules))

    # -- the mapping file -------------------------------------------------------------

    def to_json(self) -> dict:
        columns: dict[str, object] = {}
        for rule in self.rules:
            entry: dict[str, object] = {"field": rule.field}
            if rule.param is not None:
                key = {"phones": "kind", "tags": "facet", "tag": "tag", "language": "language"}.get(rule.field, "param")
                entry[key] = rule.param
            if rule.group != 1:
                entry["group"] = rule.group
            columns[rule.column] = rule.field if len(entry) == 1 else entry
        document: dict[str, object] = {"resource_desk_mapping": MAPPING_VERSION}
        if self.name:
            document["name"] = self.name
        for key in ("encoding", "help_row", "new_tags"):
            if getattr(self, key) is not None:
                document[key] = getattr(self, key)
        document["auto"] = self.auto
        document["columns"] = columns
        return document

    @classmethod
    def from_json(cls, document: object, source: str = "mapping") -> Mapping:
        if not isinstance(document, dict) or not isinstance(document.get("columns", {}), dict):
            raise MappingError(msg("{source}: expected a JSON object with a “columns” object", source=source))
        rules = []
        for column, entry in document.get("columns", {}).items():
            if isinstance(entry, str):
                entry = {"field": entry}
            if not isinstance(entry, dict) or not isinstance(entry.get("field"), str):
                raise MappingError(msg("{source}: column “{column}” needs a field name", source=source,
                                       column=str(column)))
            name = entry["field"]
            if name not in FIELDS:
                raise MappingError(msg("{source}: column “{column}”: unknown field “{name}” (use one of: {fields})",
                                       source=source, column=str(column), name=name, fields=", ".join(FIELDS)))
            param = entry.get("kind", entry.get("facet", entry.get("tag", entry.get("language", entry.get("param")))))
            if name == "phones" and param is not None and param not in PHONE_KINDS:
                raise MappingError(msg("{source}: column “{column}”: phone kind must be one of {kinds}", source=source,
                                       column=str(column), kinds=", ".join(PHONE_KINDS)))
            if name == "tags" and param not in (None, "", *FACETS):
                raise MappingError(msg("{source}: column “{column}”: facet must be one of {facets}", source=source,
                                       column=str(column), facets=", ".join(FACETS)))
            if name == "translation" and not (isinstance(param, str) and translated_field(
                    normalize_header(param.partition(":")[2] + " " + param.partition(":")[0]))):
                raise MappingError(msg("{source}: column “{column}”: a “translation” column needs "
                                       "\"param\": \"LANGUAGE:FIELD\" (such as \"es:description\")", source=source,
                                       column=str(column)))
            if name == "tag" and not param:
                raise MappingError(msg("{source}: column “{column}”: a “tag” column needs the tag it stands for",
                                       source=source, column=str(column)))
            if name == "language" and not param:
                raise MappingError(msg("{source}: column “{column}”: a “language” column needs the language it "
                                       "stands for", source=source, column=str(column)))
            group = entry.get("group", 1)
            if not isinstance(group, int) or group < 1:
                raise MappingError(msg("{source}: column “{column}”: group must be a whole number from 1",
                                       source=source, column=str(column)))
            rules.append(ColumnRule(column=str(column), field=name, param=param or None, group=group))
        new_tags = document.get("new_tags")
        if new_tags not in (None, "create", "skip"):
            raise MappingError(msg("{source}: new_tags must be “create” or “skip”", source=source))
        help_row = document.get("help_row")
        if help_row not in (None, True, False):
            raise MappingError(msg("{source}: help_row must be true or false", source=source))
        return cls(rules=tuple(rules), name=document.get("name"), auto=bool(document.get("auto", True)),
                   encoding=document.get("encoding"), help_row=help_row, new_tags=new_tags)

    def save_file(self, path: str | Path) -> None:
        """Written whole or not at all, 0600 from its first byte (a mapping may name private columns)."""
        from resource_desk.core.private_files import atomic_private_write

        text = json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n"
        with atomic_private_write(path, "w", encoding="utf-8") as handle:
            handle.write(text)


def load_mapping_file(path: str | Path) -> Mapping:
    path = Path(path)
    where = msg("mapping file {path}", path=str(path))
    try:
        check_readable(path)
        with open(path, "rb") as handle:
            data = read_json_bytes(handle.read, path.stat().st_size, where)
        document = json.loads(data.decode("utf-8-sig"))
    except FileNotFoundError:
        raise ImportFileError(msg("{path}: no such file", path=where)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFileError(msg("{file} cannot be read ({reason})", file=where, reason=str(exc))) from None
    except json.JSONDecodeError as exc:
        raise ImportFileError(msg("{file} is not valid JSON (line {line}: {reason})", file=where,
                                  line=str(exc.lineno), reason=exc.msg)) from None
    try:
        return Mapping.from_json(document, source=where)
    except ValueError as exc:
        raise ImportFileError(message_of(exc)) from None
    except (TypeError, AttributeError, KeyError) as exc:
        raise ImportFileError(msg("{file} is not laid out as a Resource Desk mapping ({reason})", file=where,
                                  reason=str(exc))) from None


# -- saved in the catalogue --------------------------------------------------------------

def save_mapping(catalogue: Catalogue, name: str, mapping: Mapping) -> None:
    name = name.strip()
    if not name:
        raise MappingError(msg("A saved mapping needs a name."))
    value = json.dumps(replace(mapping, name=name).to_json(), ensure_ascii=False)
    with catalogue.write() as session:
        setting = session.get(Setting, SETTING_PREFIX + name)
        if setting is None:
            session.add(Setting(key=SETTING_PREFIX + name, value=value))
        else:
            setting.value = value


def saved_mappings(catalogue: Catalogue) -> dict[str, Mapping]:
    with catalogue.read() as session:
        rows = session.scalars(select(Setting).where(Setting.key.startswith(SETTING_PREFIX))).all()
        stored = [(s.key[len(SETTING_PREFIX):], s.value) for s in rows]
    result = {}
    for name, value in sorted(stored, key=lambda item: fold(item[0])):
        try:
            result[name] = Mapping.from_json(json.loads(value), source=msg("saved mapping “{name}”", name=name))

        except (ValueError, json.JSONDecodeError):
            continue
    return result


def delete_mapping(catalogue: Catalogue, name: str) -> bool:
    with catalogue.write() as session:
        setting = session.get(Setting, SETTING_PREFIX + name)
        if setting is None:
            return False
        session.delete(setting)
        return True


# -- automatic mapping -----------------------------------------------------------------

@dataclass
class AutoContext:
    """What the automatic mapping may look up: tag names and aliases, for yes/no columns."""

    tag_lookup: object = None  # callable(name) -> "facet:name" | None
    notes_for_unknown: bool = True
    taken: set = field(default_factory=set)


def _guess(header: str, values: list[str], context: AutoContext) -> ColumnRule:
    norm = normalize_header(header)
    group = 1
    if m := _GROUP.match(norm):
        norm, group = m[1].strip(), int(m[2])
    if norm in SYNONYMS:
        target, param = SYNONYMS[norm]
        if target in ADDRESS_FIELDS:
            return ColumnRule(header, target, param, group)
        return ColumnRule(header, target, param)
    if translated := translated_field(norm):
        return ColumnRule(header, "translation", translated)
    if _PHONE_N.match(norm):
        return ColumnRule(header, "phones")
    if _PHONE_N_EXTRA.match(norm):
        return ColumnRule(header, "ignore")
    # A yes/no column: a language ("Spanish") or a tag ("Food", "Topic covered: Budgeting").
    filled = [v for v in values if v.strip()]
    if filled and is_flag_column(values):
        subject = header.split(":", 1)[1].strip() if ":" in header else header.strip()
        code = language_code(subject) or language_code(re.sub(r"(?i)\b(speaking|spoken|language)\b", "", subject))
        if code:
            return ColumnRule(header, "language", code)
        found = context.tag_lookup(subject) if callable(context.tag_lookup) else None
        return ColumnRule(header, "tag", found or f"need:{subject}")
    for target, param, pattern in _KEYWORDS:
        if re.search(pattern, norm):
            return ColumnRule(header, target, param)
    return ColumnRule(header, "notes" if context.notes_for_unknown else "ignore")


def auto_map(headers: list[str], base_headers: list[str], sample: list[list[str]],
             context: AutoContext | None = None, mapping: Mapping | None = None) -> Mapping:
    """Rules for every column: the mapping's own first, then guesses from header and values."""
    context = context or AutoContext()
    mapping = mapping or Mapping()
    rules: list[ColumnRule] = []
    taken: set[str] = set()
    for index, header in enumerate(headers):
        given = mapping.rule_for(header) or mapping.rule_for(base_headers[index])
        if given is not None:
            rule = replace(given, column=header)
        elif not mapping.auto:
            rule = ColumnRule(header, "ignore")
        else:
            values = [row[index] if index < len(row) else "" for row in sample]
            rule = _guess(base_headers[index], values, context)
            rule = replace(rule, column=header)
            key = (rule.field, rule.group) if rule.field in ADDRESS_FIELDS else rule.field
            if rule.field in SINGLE | ADDRESS_FIELDS - {"address_line2"} and key in taken:
                rule = ColumnRule(header, "notes")
        key = (rule.field, rule.group) if rule.field in ADDRESS_FIELDS else rule.field
        taken.add(key)
        rules.append(rule)
    return replace(mapping, rules=tuple(rules))
