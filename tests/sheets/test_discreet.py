"""Discreet sheets: nothing on the page or in the PDF's metadata names an identity or a sensitive need."""

import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from resource_desk.core.records import PhoneRecord
from resource_desk.core.resources import get_resource, save_resource
from resource_desk.core.search import SearchQuery, matching_ids
from resource_desk.core.sensitive import sensitive_tags, set_sensitive
from resource_desk.core.tags import list_tags
from resource_desk.core.text import fold
from resource_desk.printing import pdf
from resource_desk.sheets.content import SheetItem, SheetOptions, build_sheet
from resource_desk.sheets.render import render_sheet
from resource_desk.sheets.translations import language_codes, translation

from .helpers import flat, make_resource, pdf_pages_text

pytestmark = pytest.mark.usefixtures("qapp")


def _sensitive_resources(catalogue):
    keys = {f"{t.facet}:{t.name}" for t in sensitive_tags(catalogue)}
    ids = matching_ids(catalogue, SearchQuery())
    from resource_desk.core.resources import get_resources

    return [r for r in get_resources(catalogue, ids) if any(t.key in keys for t in r.tags)]


def _forbidden(catalogue):
    """Every sensitive tag's name and aliases, and its name in every translation file."""
    words = []
    for tag in sensitive_tags(catalogue):
        words += [tag.name, *tag.aliases]
        for code in language_codes():
            words.append(translation(code).tags.get(f"{tag.facet}:{tag.name}"))
    return {w for w in words if w}


def _holds(text, word):
    """Whole words, case and accents aside (what a reader would see)."""
    return re.search(r"(?<!\w)" + re.escape(fold(word)) + r"(?!\w)", fold(text)) is not None


@pytest.mark.parametrize("language", ["en", "es"])
def test_discreet_sheet_of_the_demos_sensitive_resources_names_none_of_them(demo_catalogue, tmp_path, language):
    resources = _sensitive_resources(demo_catalogue)
    assert len(resources) >= 10
    sheet = build_sheet(demo_catalogue, [SheetItem(r.id) for r in resources],
                        SheetOptions(discreet=True, language=language, title="Trans youth and survivors"))
    result = pdf.write_pdf(render_sheet(sheet), tmp_path / "discreet.pdf")
    text = flat(" ".join(pdf_pages_text(result.path)))
    metadata = " ".join(str(v) for v in (PdfReader(str(result.path)).metadata or {}).values())
    leaks = sorted(w for w in _forbidden(demo_catalogue) if _holds(text, w) or _holds(metadata, w))
    assert leaks == []
    assert "translifeline" not in text.lower()
    # Every phone number stays, so the client can still call.
    for r in resources:
        for phone in r.phones:
            assert phone.number in text, phone.number
    plain = build_sheet(demo_catalogue, [SheetItem(r.id) for r in resources], SheetOptions(language=language))
    plain_text = flat(" ".join(pdf_pages_text(pdf.write_pdf(render_sheet(plain), tmp_path / "plain.pdf").path)))
    assert any(_holds(plain_text, w) for w in _forbidden(demo_catalogue))  # the check would see them


def test_discreet_name_and_description_print_instead(catalogue):
    r = make_resource(catalogue, "Trans Youth Safe House", description="Housing for trans youth.",
                      kind="shelter", tags=("identity:Transgender & nonbinary", "need:Housing & shelter"),
                      website="https://transyouthhouse.example.org", organization="Rainbow Housing Collective")
    save_resource(catalogue, replace(get_resource(catalogue, r.id), discreet_name="Youth housing program",
                                     discreet_description="A safe place to stay."))
    entry = build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(discreet=True)).entries[0]
    assert (entry.name, entry.description) == ("Youth housing program", "A safe place to stay.")
    assert entry.website is None and entry.offers == ("Housing & shelter",) and entry.who == ()
    # No listed word in it, but "Rainbow" says who the house is for: a resource with a sensitive
    # tag prints neither its own name nor its organization's.
    assert entry.organization is None


def test_a_sensitive_resource_loses_what_names_it_even_without_a_listed_word(catalogue):
    r = make_resource(catalogue, "The Trevor Project", kind="crisis_line", organization="The Trevor Project",
                      website="https://www.thetrevorproject.org", email="help@thetrevorproject.org",
                      tags=("identity:LGBTQIA+", "identity:Youth", "need:Mental health"),
                      phones=(PhoneRecord(number="1-866-488-7386", label="TrevorLifeline"),))
    entry = build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(discreet=True)).all_entries[0]
    assert (entry.organization, entry.website, entry.email) == (None, None, None)
    assert [(p.number, p.label) for p in entry.phones] == [("1-866-488-7386", None)]  # the number stays
    assert "Trevor" not in entry.name
    plain = build_sheet(catalogue, [SheetItem(r.id)], SheetOptions()).all_entries[0]
    assert plain.website == "https://www.thetrevorproject.org" and plain.phones[0].label == "TrevorLifeline"


def test_without_discreet_text_a_neutral_label_from_kind_and_plain_needs(catalogue):
    r = make_resource(catalogue, "Harbor Light Domestic Violence Line", kind="crisis_line",
                      organization="Harbor Light Domestic Violence Services", description="Safety planning.",
                      tags=("need:Domestic violence", "need:Mental health", "need:Crisis & safety"))
    entry = build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(discreet=True)).all_entries[0]
    assert entry.name == "Mental health · Support line"
    assert entry.organization is None and entry.description is None and entry.kind_label == ""  # the name says it
    spanish = build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(discreet=True, language="es")).all_entries[0]
    assert spanish.name == "Salud mental · Línea de apoyo"


def test_a_resource_with_nothing_sensitive_keeps_its_name(catalogue):
    r = make_resource(catalogue, "Northside Food Pantry", tags=("need:Food",), website="https://food.example.org")
    entry = build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(discreet=True)).entries[0]
    assert entry.name == "Northside Food Pantry" and entry.website == "https://food.example.org"


def test_the_tag_manager_choice_overrides_the_default(catalogue):
    tags = {t.key: t for t in list_tags(catalogue)}
    food, youth = tags["need:Food"], tags["identity:Youth"]
    names = {t.name for t in sensitive_tags(catalogue)}
    assert "Youth" in names and "Domestic violence" in names and "Food" not in names
    set_sensitive(catalogue, food.id, True)
    set_sensitive(catalogue, youth.id, False)
    names = {t.name for t in sensitive_tags(catalogue)}
    assert "Food" in names and "Youth" not in names
    r = make_resource(catalogue, "Teen Center", tags=("identity:Youth", "need:Food", "need:Education"))
    entry = build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(discreet=True)).entries[0]
    assert entry.who == ("Youth",) and entry.offers == ("Education",)
    set_sensitive(catalogue, youth.id, None)
    assert "Youth" in {t.name for t in sensitive_tags(catalogue)}
