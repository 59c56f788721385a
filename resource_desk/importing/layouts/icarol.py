"""iCarol 211 exports: agency, program and site rows in one wide file.

Rows are linked by ``ParentAgencyNum`` (a program or site names its agency; agencies have
0) and ``ConnectsToSiteNum`` / ``ConnectsToProgramNum``. Every program becomes a resource
of its agency's organization, with the address of the sites it connects to; an agency
with no program becomes a resource of its own. Taxonomy codes become tags through the
AIRS mapping table (codes under Y are identity tags), ``AgencyStatus`` becomes a status
("Active, but do not refer" is do-not-refer), ``*IsPrivate`` addresses are confidential
and private phone lines go to the private notes, never onto a referral sheet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from resource_desk.core.messages import joined, msg
from resource_desk.core.records import AddressRecord, PhoneRecord

from resource_desk.core.text import fold
from resource_desk.importing.clean_text import clean_cell
from resource_desk.importing.fields import FieldWriter
from resource_desk.importing.layouts.base import Source
from resource_desk.importing.mapping import normalize_header
from resource_desk.importing.phone_cells import phones_in
from resource_desk.importing.problems import ProblemLog
from resource_desk.importing.records import ImportRecord, SourceTerm
from resource_desk.importing.tables import Table
from resource_desk.importing.tagging import (
    AIRS,
    TagResolver,
    airs_code,
    airs_levels,
    airs_term_name,
    cell_entries,
    parse_term,
)
from resource_desk.importing.values import truth

_MARKERS = {"resourceagencynum", "parentagencynum", "publicname", "taxonomylevelname", "connectstositenum"}
_SEPARATORS = re.compile(r"\s*(?:;|\*|\||,|\n)\s*")
# (number column, kind, label, description column, private flag column, name column, type column)
_PHONES = [(f"phone{n}number", "voice", None, f"phone{n}description", f"phone{n}isprivate", f"phone{n}name",
            f"phone{n}type") for n in range(1, 6)] + [
    ("phonefax", "fax", "Fax", "phonefaxdescription", "phonefaxisprivate", None, None),
    ("phonetty", "tty", "TTY", "phonettydescription", "phonettyisprivate", None, None),
    ("phonetollfree", "voice", "Toll-free", "phonetollfreedescription", "phonetollfreeisprivate", None, None),
    ("phonenumberhotline", "hotline", "Hotline", "phonenumberhotlinedescription", "phonenumberhotlineisprivate",
     None, None),
    ("phonenumberbusinessline", "voice", "Business line", "phonenumberbusinesslinedescription",
     "phonenumberbusinesslineisprivate", None, None),
    ("phonenumberoutofarea", "voice", "Out of area", "phonenumberoutofareadescription",
     "phonenumberoutofareaisprivate", None, None),
    ("phonenumberafterhours", "voice", "After hours", "phonenumberafterhoursdescription",
     "phonenumberafterhoursisprivate", None, None),
]
_PHONE_TYPES = {"voice": "voice", "fax": "fax", "tty": "tty", "tdd": "tty", "hotline": "hotline", "crisis": "hotline",
                "text": "text", "sms": "text", "toll free": "voice", "toll-free": "voice", "cell": "voice"}


def _flat(header: str) -> str:
    return normalize_header(header).replace(" ", "")


def looks_like_icarol(headers: list[str]) -> bool:
    flat = {_flat(h) for h in headers}
    return "parentagencynum" in flat and len(flat & _MARKERS) >= 2


def _nums(value: str) -> list[str]:
    return [v for v in _SEPARATORS.split(value or "") if v and v != "0"]


class IcarolSource(Source):
    layout = "icarol"
    label = msg("iCarol 211 export")

    def __init__(self, table: Table, path: Path):
        super().__init__(path)
        self.table = table
        self.encoding = table.info.encoding
        self._done = 0
        self._total = 1
        self._agencies: list[dict[str, str]] = []

    @property
    def description(self) -> str:
        return joined("; ", [self.label, self.table.info.describe()])

    def progress(self) -> float:
        return self._done / self._total if self._total else self.table.progress() * 0.5

    def close(self) -> None:
        self.table.close()

    def organizations(self):
        for agency in self._agencies:
            if agency.get("publicname"):
                yield agency["publicname"], {"description": agency.get("agencydescription", ""),
                                             "email": agency.get("emailaddressmain", ""),
                                             "alternate_name": agency.get("alternatename", "")}

    def records(self, tags: TagResolver, log: ProblemLog) -> Iterator[ImportRecord]:
        file = self.table.name
        keys = [_flat(h) for h in self.table.headers]
        rows: list[tuple[int, dict[str, str]]] = []
        for number, cells in self.table.rows():
            rows.append((number, {k: clean_cell(c) for k, c in zip(keys, cells) if c}))
        for problem in self.table.problems:
            log.add(problem)
        self.table.problems.clear()
        by_num = {row.get("resourceagencynum"): (n, row) for n, row in rows if row.get("resourceagencynum")}
        agencies, programs, sites = [], [], []
        for number, row in rows:
            level = fold(row.get("taxonomylevelname", ""))
            parent = row.get("parentagencynum", "")
            if level.startswith("agency") or (not level and parent in ("", "0")):
                agencies.append((number, row))
            elif level.startswith("site") or (not level and row.get("connectstoprogramnum")):
                sites.append((number, row))
            else:
                programs.append((number, row))
        sites_of_program: dict[str, list] = {}
        for number, site in sites:
            for program_num in _nums(site.get("connectstoprogramnum", "")):
                sites_of_program.setdefault(program_num, []).append((number, site))
        with_programs = {p.get("parentagencynum") for _, p in programs}
        self._agencies = [a for _, a in agencies if a.get("resourceagencynum") in with_programs]
        writer = FieldWriter(tags, log, file)
        standalone = [(n, a) for n, a in agencies if a.get("resourceagencynum") not in with_programs]
        self._total = max(1, len(programs) + len(standalone))
        self._done = 0
        for number, program in programs:
            self._done += 1
            parent_num = program.get("parentagencynum", "")
            agency = by_num.get(parent_num)
            if agency is None and parent_num not in ("", "0"):
                log.warn(msg("ParentAgencyNum “{number}” matches no agency row; imported without its organization",
                             number=parent_num), number, "ParentAgencyNum", file)
            linked = list(sites_of_program.get(program.get("resourceagencynum", ""), []))
            for site_num in _nums(program.get("connectstositenum", "")):
                site = by_num.get(site_num)
                if site is None:
                    log.warn(msg("ConnectsToSiteNum “{number}” matches no site row", number=site_num), number,
                             "ConnectsToSiteNum", file)
                elif site not in linked:
                    linked.append(site)
            rec = self._record(number, program, agency[1] if agency else None, [s for _, s in linked], writer, tags)
            if rec is not None:
                yield rec
        for number, agency in standalone:
            self._done += 1
            own_sites = [s for _, s in sites if s.get("parentagencynum") == agency.get("resourceagencynum")]
            rec = self._record(number, agency, None, own_sites, writer, tags, is_agency=True)
            if rec is not None:
                yield rec

    def _record(self, number: int, row: dict, agency: dict | None, sites: list[dict], writer: FieldWriter,
                tags: TagResolver, is_agency: bool = False) -> ImportRecord | None:
        rec = ImportRecord(number, writer.file)
        set_ = writer.set
        set_(rec, "name", row.get("publicname", ""), number, "PublicName")
        if is_agency:
            rec.organization = row.get("publicname") or None
        elif agency is not None:
            rec.organization = agency.get("publicname") or None
            if agency.get("agencydescription"):
                rec.org_fields["description"] = agency["agencydescription"]
            if agency.get("websiteaddress"):
                set_(rec, "organization_website", agency["websiteaddress"], number, "WebsiteAddress")
            if agency.get("emailaddressmain"):
                rec.org_fields["email"] = agency["emailaddressmain"]
            if agency.get("alternatename"):
                rec.org_fields["alternate_name"] = agency["alternatename"]
        if row.get("resourceagencynum"):
            rec.fields["external_id"] = row["resourceagencynum"][:200]
        set_(rec, "description", row.get("agencydescription", ""), number, "AgencyDescription")
        if row.get("alternatename") and not is_agency:
            rec.add_text("description", f"Also called: {row['alternatename']}")
        set_(rec, "eligibility", row.get("eligibility", ""), number, "Eligibility")
        for column, label in (("applicationprocess", "How to apply"), ("documentsrequired", "Documents"),
                              ("coverageareatext", "Service area"), ("normalwaittime", "Wait time")):
            if row.get(column):
                rec.add_text("eligibility", f"{label}: {row[column]}")
        for column, tag in (("eligibilityfemale", "identity:Women"), ("eligibilityteen", "identity:Youth"),
                            ("eligibilitychild", "identity:Youth")):
            if truth(row.get(column, "")):
                rec.add_tag(tags.resolve(tag, None, number, offer=False))
        for column, field in (("custom_minimumage", "age_min"), ("custom_maximumage", "age_max")):
            key = column.replace("_", "")
            if row.get(key):
                set_(rec, field, row[key], number, column)
        set_(rec, "fees", row.get("feestructuresource", ""), number, "FeeStructureSource")
        if row.get("paymentmethods"):
            rec.add_text("fees", f"Payment: {row['paymentmethods']}")
        set_(rec, "hours", row.get("hoursofoperation") or row.get("hours", ""), number, "HoursOfOperation")
        set_(rec, "languages", row.get("languagesoffered") or row.get("languagesofferedlist", ""), number,
             "LanguagesOffered")
        set_(rec, "accessibility", row.get("disabilitiesaccess", ""), number, "DisabilitiesAccess")
        transport = row.get("publicaccesstransportation") or row.get("busserviceaccess")
        if transport:
            rec.add_text("accessibility", f"Transportation: {transport}")
        status = row.get("agencystatus", "")
        if status:
            set_(rec, "status", status, number, "AgencyStatus")
        set_(rec, "website", row.get("websiteaddress", ""), number, "WebsiteAddress")
        set_(rec, "email", row.get("emailaddressmain", ""), number, "EmailAddressMain")
        set_(rec, "last_verified", row.get("lastverifiedon", ""), number, "LastVerifiedOn")
        set_(rec, "verified_by", row.get("lastverifiedbyname", ""), number, "LastVerifiedByName")
        for column in ("internalnotes", "internalnotesforeditorsandviewers"):
            if row.get(column):
                rec.add_text("private_notes", row[column])
        contact = ", ".join(p for p in (row.get("maincontactname"), row.get("maincontacttitle"),
                                        row.get("maincontactemailaddress"), row.get("maincontactphonenumber")) if p)
        if contact:
            rec.add_text("private_notes", f"Contact: {contact}")
        # Addresses: the connected sites', else the row's own, else the agency's.
        for source in sites or [row]:
            self._add_addresses(rec, source, writer, number)
        for source in ([row] if sites else []) + ([agency] if agency else []):
            if rec.addresses:
                break
            self._add_addresses(rec, source, writer, number)
        # Phones: the row's own, else its sites', else its agency's.
        for source in [row] + sites + ([agency] if agency else []):
            self._add_phones(rec, source, writer, number)
            if rec.phones:
                break
        self._taxonomy(rec, row, tags, number, writer)
        if not writer.finish(rec, {}, "PublicName"):
            return None
        return rec

    @staticmethod
    def _addresses(row: dict) -> Iterator[tuple[AddressRecord, list[tuple[str, str]]]]:
        """The row's addresses, physical first, each with the cells its lines came from."""
        for prefix in ("physical", "mailing", "other"):
            cells = [(f"{prefix.title()}Address{n}", row[f"{prefix}address{n}"]) for n in (1, 2)
                     if row.get(f"{prefix}address{n}")]
            lines = "\n".join(value for _, value in cells)
            city = row.get(f"{prefix}city")
            if not (lines or city):
                continue
            private = truth(row.get(f"{prefix}addressisprivate", ""))
            yield AddressRecord(
                lines=lines, city=city or None, region=row.get(f"{prefix}stateprovince") or None,
                postal_code=row.get(f"{prefix}postalcode") or None,
                country=_country(row.get(f"{prefix}country", "")),
                confidential=private is not False and private is not None,
                latitude=_number(row.get("latitude"), 90), longitude=_number(row.get("longitude"), 180),
            ), cells

    def _add_addresses(self, rec: ImportRecord, row: dict, writer: FieldWriter, number: int) -> None:
        """The first of the row's addresses that is one ("Call for location" goes to the notes)."""
        for address, cells in self._addresses(row):
            checked = writer.address(rec, address, cells, number)
            if checked is not None:
                rec.add_address(checked)
                return

    def _add_phones(self, rec: ImportRecord, row: dict, writer: FieldWriter, number: int) -> None:
        for column, kind, label, description, private, name, type_column in _PHONES:
            cell = row.get(column)
            if not cell:
                continue
            if type_column and row.get(type_column):
                kind = _PHONE_TYPES.get(fold(row[type_column]), kind)
            words = " ".join(p for p in (row.get(name) if name else None, row.get(description)) if p)
            if truth(row.get(private, "")):
                rec.add_text("private_notes", f"Private line ({label or words or column}): {cell}")
                continue
            found = phones_in(cell, kind)
            if not found:
                writer.log.warn(msg("no phone number in “{cell}”; kept in the private notes", cell=cell[:60]), number,
                                column, writer.file)

                rec.add_text("private_notes", f"{column}: {cell}")
            for phone in found:
                text = phone.label or words or label
                rec.add_phone(PhoneRecord(phone.number, phone.kind, phone.extension, text[:100] if text else None,
                                          phone.normalized))

    @staticmethod
    def _taxonomy(rec: ImportRecord, row: dict, tags: TagResolver, number: int, writer: FieldWriter) -> None:
        """AIRS codes with their names and paths, leaf names, and the centre's own categories,
        kept as source categories; tags come from them through the mapping."""
        codes = [code for entry, cut in cell_entries(row.get("taxonomycodes", ""))
                 if not cut and (code := airs_code(entry))]
        paths = cell_entries(row.get("taxonomyterms") or row.get("taxonomytermsnotdeactivated") or "")
        leaves = cell_entries(row.get("taxonomyterm", ""))
        named = paths if len(paths) == len(codes) else leaves if len(leaves) == len(codes) else []
        for i, code in enumerate(codes):
            text, cut = named[i] if named else ("", False)
            segments = [s for s in re.split(r"\s+-\s+", text) if s] if text else []
            name = (segments[-1] if segments and not cut else "") or airs_term_name(code) or (
                segments[-1] if segments else "")
            tags.categorize(rec, SourceTerm(AIRS, code, name, _parents(code, segments[:-1])), number,
                            offer=not cut)
        if not named:  # names that cannot be paired with the codes are kept as they are
            for text, cut in paths + leaves:
                tags.categorize(rec, parse_term(text, AIRS), number, offer=not cut)
        for column, scheme in _CATEGORY_COLUMNS:
            for text, cut in cell_entries(row.get(column, "")):
                tags.categorize(rec, parse_term(text, scheme), number, offer=not cut)


# Columns of a centre's own categories, and the scheme each is kept under.
_CATEGORY_COLUMNS = (("categories", "iCarol categories"), ("category", "iCarol categories"),
                     ("tax", "Tax"), ("taxonomy", "Taxonomy"))


def _parents(code: str, segments: list[str]) -> tuple[tuple[str, str], ...]:
    """The path's upper levels, each with its AIRS code when the path has one level per code
    level ("Y - YJ … - YJ-2050 … - YJ-2050.2070 …")."""
    return tuple(zip(airs_levels(code, len(segments)), segments))


def _country(value: str) -> str | None:
    key = fold(value)
    if not key:
        return None
    if len(key) == 2:
        return key.upper()
    return {"united states": "US", "usa": "US", "canada": "CA", "mexico": "MX"}.get(key)


def _number(value: str | None, limit: int) -> float | None:
    try:
        number = float(value) if value else None
    except ValueError:
        return None
    return number if number is not None and abs(number) <= limit and number != 0 else None
