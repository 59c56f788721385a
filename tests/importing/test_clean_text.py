"""Text cleaned once on the way in: HTML as plain text, ALL-CAPS names tidied, sentences
that are not addresses or languages kept in the private notes."""

import json

import pytest

from resource_desk.cli import main
from resource_desk.importing.clean_text import CapitalsTidier, clean_cell, load_acronyms
from resource_desk.importing.service import ImportOptions, inspect_file, run_import

from .helpers import by_name, write_rows


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- HTML ------------------------------------------------------------------------------

@pytest.mark.parametrize("cell,expected", [
    ("<p>We offer <b>free</b> meals.</p><p>Walk-ins welcome.<br>Call first.</p>",
     "We offer free meals.\n\nWalk-ins welcome.\nCall first."),
    ("<ul><li>Food</li><li>Shelter &amp; showers</li></ul>", "• Food\n• Shelter & showers"),
    ("<ul><li>One<li>Two</ul>", "• One\n• Two"),  # unclosed items, as 211 editors leave them
    ("Serving our community</p", "Serving our community"),  # a tag cut off by the end of the cell
    ("<p>Drop-in groups for <i>youth</i> <a hre", "Drop-in groups for youth"),
    ("<div>a</div>\n\n\n<div>b</div><p>&nbsp;</p>", "a\n\nb"),  # at most one blank line
    ("<p>Hi&nbsp;&nbsp;there,   friend</p><!-- note --><script>x()</script>", "Hi there, friend"),
    ("Food &amp; Shelter &#8211; &quot;open&quot;", "Food & Shelter – \"open\""),
    ("&lt;p&gt;Escaped twice&lt;/p&gt;", "Escaped twice"),
    ("Line one\nLine <b>two</b>", "Line one\nLine two"),  # typed line breaks count when the tags make none
    ("See <a href=\"https://lyric.org/youth\">our site</a>.", "See our site (https://lyric.org/youth)."),
    ("<table><tr><td>Mon</td><td>9-5</td></tr><tr><td>Tue</td><td>closed</td></tr></table>",
     "Mon | 9-5\nTue | closed"),
    ("<p>Ages <18 &amp; a < b</p>", "Ages <18 & a < b"),
    # Plain text is left as it is.
    ("a < b", "a < b"), ("<3 our volunteers", "<3 our volunteers"), ("AT&T Foundation", "AT&T Foundation"),
    ("Call <Jane> at the desk", "Call <Jane> at the desk"), ("Bread &notes", "Bread &notes"),
    ("Waitlist <a month, call <b", "Waitlist <a month, call <b"), ("Open to all <", "Open to all"),
])
def test_html_cells_become_plain_text(cell, expected):
    assert clean_cell(cell) == expected


def test_html_in_every_kind_of_cell_is_stored_as_plain_text(catalogue, tmp_path):
    path = write_rows(tmp_path / "export.csv", [
        ["Name", "Organization", "Description", "Eligibility", "Hours", "Fees", "Accessibility", "Languages"],
        ["Youth &amp; Family Drop-In", "<b>Bay</b> Area Youth", "<p>Peer support.</p><p>Snacks<br>and games</p",
         "<ul><li>Ages 12&ndash;24</li><li>LGBTQ youth</li></ul>", "Mon&nbsp;&ndash; Fri<br/>10am&ndash;6pm",
         "<p>Free</p>", "<p>Wheelchair accessible <a hre", "<ul><li>English</li><li>Spanish</li></ul>"],
    ])
    result = run_import(catalogue, path)
    assert (result.created, result.rejected) == (1, 0)
    stored = by_name(catalogue)["Youth & Family Drop-In"]
    assert stored.organization == "Bay Area Youth"
    assert stored.description == "Peer support.\n\nSnacks\nand games"
    assert stored.eligibility == "• Ages 12–24\n• LGBTQ youth"
    assert stored.hours == "Mon – Fri\n10am–6pm"
    assert stored.fees == "Free" and stored.cost == "free"
    assert stored.accessibility == "Wheelchair accessible"
    assert stored.languages == ("en", "es")


def test_html_in_an_icarol_export_and_an_hsds_package(catalogue, tmp_path):
    from .test_icarol import COLUMNS, row

    export = write_rows(tmp_path / "icarol.csv", [COLUMNS, row(
        ResourceAgencyNum="1", PublicName="Harbor Clinic", TaxonomyLevelName="Agency", ParentAgencyNum="0",
        AgencyDescription="<p>Free clinic.</p><ul><li>Walk-ins</li><li>Appointments</li></ul>",
        Eligibility="Adults&nbsp;18+", HoursOfOperation="Mon<br>Tue</p")])
    run_import(catalogue, export)
    clinic = by_name(catalogue)["Harbor Clinic"]
    assert clinic.description == "Free clinic.\n\n• Walk-ins\n• Appointments"
    assert clinic.eligibility == "Adults 18+" and clinic.hours == "Mon\nTue"
    folder = tmp_path / "package"
    folder.mkdir()
    write_rows(folder / "organizations.csv", [["id", "name"], ["o1", "Legal &amp; Housing Aid"]])
    write_rows(folder / "services.csv", [["id", "organization_id", "name", "description"],
                                         ["s1", "o1", "Eviction <b>Clinic</b>", "<p>Tenants&#39; rights</p>"]])
    run_import(catalogue, folder)
    clinic = by_name(catalogue)["Eviction Clinic"]
    assert clinic.organization == "Legal & Housing Aid" and clinic.description == "Tenants' rights"


# -- capitals --------------------------------------------------------------------------

@pytest.mark.parametrize("name,expected", [
    ("SAN FRANCISCO AIDS FOUNDATION", "San Francisco AIDS Foundation"),
    ("ST. ANTHONY'S DINING ROOM", "St. Anthony's Dining Room"),
    ("YMCA", "YMCA"), ("SF LGBT CENTER", "SF LGBT Center"), ("HIV/AIDS SERVICES", "HIV/AIDS Services"),
    ("LGBTQ+ YOUTH SPACE", "LGBTQ+ Youth Space"), ("NW COMMUNITY DROP-IN", "NW Community Drop-In"),
    ("CASA DE LA RAZA", "Casa de la Raza"), ("LA CASA DE LAS MADRES", "La Casa de las Madres"),
    ("THE CENTER FOR IMMIGRANTS IN THE MISSION", "The Center for Immigrants in the Mission"),
    ("HOUSING - THE WAY HOME", "Housing - The Way Home"), ("MCDONALD HOUSE", "McDonald House"),
    ("O'BRIEN FAMILY CENTER", "O'Brien Family Center"), ("1ST BAPTIST CHURCH", "1st Baptist Church"),
    ("CALFRESH SIGN-UP", "CalFresh Sign-Up"), ("CLÍNICA MARTÍN-BARÓ", "Clínica Martín-Baró"),
    ("Mixed Case Is Never Touched", "Mixed Case Is Never Touched"), ("iCarol", "iCarol"),
])
def test_all_caps_names_in_title_case(name, expected):
    assert CapitalsTidier().tidy(name) == expected


def test_the_acronyms_come_from_an_editable_list(tmp_path, monkeypatch):
    from resource_desk.core.paths import data_dir

    assert {"AIDS", "YMCA", "HIV", "LGBTQ"} <= set(load_acronyms())
    assert CapitalsTidier().tidy("LYRIC") == "Lyric"
    own = data_dir() / "acronyms.txt"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text("# my own\nLYRIC AIDS\n", encoding="utf-8")
    assert CapitalsTidier().tidy("LYRIC AIDS YMCA") == "LYRIC AIDS Ymca"  # the user's copy replaces the list


ALL_CAPS = [
    ["Program Name", "Agency", "Description", "Phone"],
    ["LYRIC YOUTH DROP-IN", "LYRIC", "LYRIC offers drop-in hours for LGBTQQ youth.", "415-703-6150"],
    ["SAN FRANCISCO AIDS FOUNDATION", "SAN FRANCISCO AIDS FOUNDATION", "Testing and care.", "415-487-3000"],
    ["ST. ANTHONY'S DINING ROOM", "ST. ANTHONY FOUNDATION", "Free meals every day.", "415-241-2600"],
    ["Mission Neighborhood Health Center", "", "Care in Spanish and English.", "415-552-3870"],
]


def test_an_all_caps_file_gets_tidy_names_automatically(catalogue, tmp_path):
    result = run_import(catalogue, write_rows(tmp_path / "211.csv", ALL_CAPS))
    assert result.created == 4 and result.tidy_capitals
    stored = by_name(catalogue)
    assert set(stored) == {"LYRIC Youth Drop-In", "San Francisco AIDS Foundation", "St. Anthony's Dining Room",
                           "Mission Neighborhood Health Center"}
    assert stored["LYRIC Youth Drop-In"].organization == "LYRIC"  # written so in the row's description
    assert stored["St. Anthony's Dining Room"].organization == "St. Anthony Foundation"
    assert stored["LYRIC Youth Drop-In"].description == "LYRIC offers drop-in hours for LGBTQQ youth."


def test_capitals_are_kept_when_asked_or_when_most_names_are_mixed_case(catalogue, tmp_path):
    path = write_rows(tmp_path / "211.csv", ALL_CAPS)
    result = run_import(catalogue, path, ImportOptions(tidy_capitals=False))
    assert not result.tidy_capitals and "SAN FRANCISCO AIDS FOUNDATION" in by_name(catalogue)
    mixed = write_rows(tmp_path / "mixed.csv", [
        ["Name", "Organization"], ["Queer Pantry", "Iglesia San José"], ["Warmline", "Peer Line"],
        ["HOPE HOUSE", "HOPE HOUSE"]])
    result = run_import(catalogue, mixed, ImportOptions(dry_run=True))
    assert not result.tidy_capitals  # one name in three is in capitals: left as written
    forced = run_import(catalogue, mixed, ImportOptions(tidy_capitals=True))
    assert forced.tidy_capitals
    stored = by_name(catalogue)
    assert {"Queer Pantry", "Warmline", "Hope House"} <= set(stored)
    assert stored["Queer Pantry"].organization == "Iglesia San José"


def test_the_command_line_tidies_or_keeps_capitals(capsys, catalogue, tmp_path):
    path = write_rows(tmp_path / "211.csv", ALL_CAPS)
    code, out, _ = run(capsys, "--db", catalogue.path, "import", path, "--dry-run")
    assert code == 0 and "names in capitals put in title case (--keep-capitals keeps them as written)" in out
    code, out, _ = run(capsys, "--db", catalogue.path, "import", path, "--keep-capitals", "--json")
    assert code == 0 and json.loads(out)["tidy_capitals"] is False
    assert "SAN FRANCISCO AIDS FOUNDATION" in by_name(catalogue)
    code, _, err = run(capsys, "--db", catalogue.path, "import", path, "--keep-capitals", "--tidy-capitals")
    assert code == 2 and "not allowed with" in err


def test_an_all_caps_icarol_export_is_tidied_and_the_preview_shows_it(catalogue, tmp_path):
    from .test_icarol import COLUMNS, row

    export = write_rows(tmp_path / "icarol.csv", [
        COLUMNS,
        row(ResourceAgencyNum="100", PublicName="SAN FRANCISCO AIDS FOUNDATION", TaxonomyLevelName="Agency",
            ParentAgencyNum="0"),
        row(ResourceAgencyNum="101", PublicName="HIV TESTING AND PREP NAVIGATION", TaxonomyLevelName="Program",
            ParentAgencyNum="100", Phone1Number="415-487-3000"),
        row(ResourceAgencyNum="200", PublicName="ST. ANTHONY'S DINING ROOM", TaxonomyLevelName="Agency",
            ParentAgencyNum="0", Phone1Number="415-241-2600"),
    ])
    found = inspect_file(catalogue, export)
    assert found.tidy_capitals and found.mostly_capitals
    assert [(p.values["name"], p.values["organization"]) for p in found.preview] == [
        ("HIV Testing and PrEP Navigation", "San Francisco AIDS Foundation"),
        ("St. Anthony's Dining Room", "St. Anthony's Dining Room")]
    kept = inspect_file(catalogue, export, ImportOptions(tidy_capitals=False))
    assert not kept.tidy_capitals and kept.mostly_capitals
    assert kept.preview[0].values["name"] == "HIV TESTING AND PREP NAVIGATION"
    run_import(catalogue, export)
    assert by_name(catalogue)["HIV Testing and PrEP Navigation"].organization == "San Francisco AIDS Foundation"


# -- addresses -------------------------------------------------------------------------

def test_a_sentence_in_an_address_cell_goes_to_the_private_notes(catalogue, tmp_path):
    path = write_rows(tmp_path / "list.csv", [
        ["Name", "Address"],
        ["City Line", "Please visit website for assistance"],
        ["Shelter", "Confidential"],
        ["Outreach", "Various locations"],
        ["Pantry", "Call for location"],
        ["Mail drop", "PO Box 12"],
        ["Clinic", "1 Main St"],
        ["Corner table", "Market St & 5th, San Francisco"],
        ["Street team", "Market and Valencia, San Francisco"],
        ["Full", "225 30th Street, 3rd Floor, San Francisco, CA 94131"],
    ])
    result = run_import(catalogue, path)
    assert result.created == 9
    stored = by_name(catalogue)
    for name, cell in (("City Line", "Please visit website for assistance"), ("Shelter", "Confidential"),
                       ("Outreach", "Various locations"), ("Pantry", "Call for location")):
        assert stored[name].addresses == () and stored[name].private_notes == f"Address: {cell}"
    assert [a.lines for a in stored["Mail drop"].addresses] == ["PO Box 12"]
    assert [a.lines for a in stored["Clinic"].addresses] == ["1 Main St"]
    assert [a.lines for a in stored["Corner table"].addresses] == ["Market St & 5th, San Francisco"]
    assert [a.lines for a in stored["Street team"].addresses] == ["Market and Valencia, San Francisco"]
    assert stored["Full"].addresses[0].postal_code == "94131" and stored["Full"].private_notes is None
    address_warnings = [w for w in result.warnings if "not read as an address" in w.reason]
    assert len(address_warnings) == 1 and "(rows 2, 3, 4, 5)" in address_warnings[0].reason
    assert address_warnings[0].column == "Address"


def test_a_sentence_address_in_an_icarol_export_or_hsds_package(catalogue, tmp_path):
    from .test_icarol import COLUMNS, row

    export = write_rows(tmp_path / "icarol.csv", [
        COLUMNS,
        row(ResourceAgencyNum="1", PublicName="Safe Harbor", TaxonomyLevelName="Agency", ParentAgencyNum="0",
            PhysicalAddress1="Call for location", Phone1Number="510-555-0101"),
        row(ResourceAgencyNum="2", PublicName="Harbor Pantry", TaxonomyLevelName="Agency", ParentAgencyNum="0",
            PhysicalAddress1="9 Oak St", PhysicalCity="Berkeley", Phone1Number="510-555-0102"),
    ])
    result = run_import(catalogue, export)
    stored = by_name(catalogue)
    assert stored["Safe Harbor"].addresses == ()
    assert stored["Safe Harbor"].private_notes == "PhysicalAddress1: Call for location"
    assert [a.lines for a in stored["Harbor Pantry"].addresses] == ["9 Oak St"]
    assert sum("not read as an address" in w.reason for w in result.warnings) == 1
    folder = tmp_path / "package"
    folder.mkdir()
    write_rows(folder / "organizations.csv", [["id", "name"], ["o1", "Roving Clinic"]])
    write_rows(folder / "locations.csv", [["id", "organization_id", "name"], ["l1", "o1", "Everywhere"]])
    write_rows(folder / "services.csv", [["id", "organization_id", "name"], ["s1", "o1", "Street Medicine"]])
    write_rows(folder / "services_at_location.csv", [["id", "service_id", "location_id"], ["sl1", "s1", "l1"]])
    write_rows(folder / "physical_addresses.csv", [["id", "location_id", "address_1", "city"],
                                                   ["a1", "l1", "Various locations", ""]])
    result = run_import(catalogue, folder)
    medicine = by_name(catalogue)["Street Medicine"]
    assert medicine.addresses == () and medicine.private_notes == "address_1: Various locations"
    warning = next(w for w in result.warnings if "not read as an address" in w.reason)
    assert (warning.file, warning.row, warning.column) == ("physical_addresses.csv", 2, "address_1")


# -- languages -------------------------------------------------------------------------

def test_a_language_cell_gives_languages_only_where_it_names_them(catalogue, tmp_path):
    path = write_rows(tmp_path / "list.csv", [
        ["Name", "Languages Spoken"],
        ["Either", "Spanish or English"],
        ["Many", "English, Spanish, and others"],
        ["Soon", "English, but Spanish will be available soon"],
        ["Coming", "Spanish coming soon"],
        ["Never", "no Spanish"],
        ["Limited", "Spanish (limited, by appointment), English"],
        ["Interpreters", "interpreters are available"],
        ["Nothing", "None"],
    ])
    result = run_import(catalogue, path)
    stored = by_name(catalogue)
    languages = {name: r.languages for name, r in stored.items()}
    assert languages == {"Either": ("es", "en"), "Many": ("en", "es"), "Soon": ("en",), "Coming": (),
                         "Never": (), "Limited": ("es", "en"), "Interpreters": (), "Nothing": ()}
    notes = {name: r.private_notes for name, r in stored.items()}
    assert notes == {"Either": None, "Many": None, "Soon": "Languages: but Spanish will be available soon",
                     "Coming": "Languages: Spanish coming soon", "Never": "Languages: no Spanish",
                     "Limited": "Languages: Spanish (limited, by appointment)",
                     "Interpreters": "Languages: interpreters are available", "Nothing": None}
    reasons = {w.row: w.reason for w in result.warnings if w.column == "Languages Spoken"}
    assert reasons[4] == ("“but Spanish will be available soon” says Spanish is not offered, or not yet; no "
                          "language read, kept in the private notes")
    assert reasons[6].startswith("“no Spanish” says Spanish is not offered")
    assert reasons[7] == "“Spanish (limited, by appointment)” read as Spanish; kept in the private notes too"
    assert set(reasons) == {4, 5, 6, 7, 8}
