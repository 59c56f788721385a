"""iCarol 211 exports: agency, program and site rows linked by ParentAgencyNum."""

from datetime import date

import pytest

from resource_desk.importing.service import ImportOptions, run_import

from .helpers import by_name, fts_matches_triggers, write_rows

COLUMNS = ["ResourceAgencyNum", "PublicName", "TaxonomyLevelName", "ParentAgencyNum", "ConnectsToSiteNum",
           "ConnectsToProgramNum", "AgencyDescription", "PhysicalAddress1", "PhysicalAddress2", "PhysicalCity",
           "PhysicalStateProvince", "PhysicalPostalCode", "PhysicalCountry", "PhysicalAddressIsPrivate",
           "Phone1Number", "Phone1Name", "Phone1IsPrivate", "Phone2Number", "Phone2Name", "Phone2IsPrivate",
           "PhoneFax", "PhoneTTY", "PhoneTollFree", "PhoneNumberHotline", "EmailAddressMain", "WebsiteAddress",
           "AgencyStatus", "HoursOfOperation", "LanguagesOffered", "Eligibility", "LastVerifiedOn",
           "LastVerifiedByName", "TaxonomyCodes", "TaxonomyTerms", "EligibilityFemale"]


def row(**values):
    return [values.get(c, "") for c in COLUMNS]


ROWS = [COLUMNS,
        row(ResourceAgencyNum="100", PublicName="Rainbow Community Services", TaxonomyLevelName="Agency",
            ParentAgencyNum="0", AgencyDescription="A community center for LGBTQ people.",
            WebsiteAddress="www.rainbowcs.org", EmailAddressMain="info@rainbowcs.org", AgencyStatus="Active",
            Phone1Number="(510) 555-0100"),
        row(ResourceAgencyNum="101", PublicName="Rainbow Youth Housing", TaxonomyLevelName="Program",
            ParentAgencyNum="100", ConnectsToSiteNum="102", AgencyDescription="Transitional housing for young "
            "people. Café nights on Fridays.", Phone1Number="(510) 555-0110", Phone1Name="Intake",
            Phone2Number="(510) 555-0119", Phone2Name="Staff line", Phone2IsPrivate="Yes",
            PhoneTTY="(510) 555-0111", PhoneTollFree="1-800-555-0112", PhoneNumberHotline="(510) 555-0113",
            AgencyStatus="Active, but do not refer", HoursOfOperation="24/7", LanguagesOffered="English; Spanish",
            Eligibility="Ages 18-24", LastVerifiedOn="8/17/11 0:00", LastVerifiedByName="J. Doe",
            TaxonomyCodes="BH-8400.6000; YF-3000.1500 * BH-1800; YB-9000",
            TaxonomyTerms="Transitional Housing/Shelter; Gay, Lesbian, Bisexual and Transgender Individuals * "
                          "Emergency Shelter; Youth"),
        row(ResourceAgencyNum="102", PublicName="Rainbow Youth House (site)", TaxonomyLevelName="Site",
            ParentAgencyNum="100", ConnectsToProgramNum="101", PhysicalAddress1="12 Hidden Way",
            PhysicalCity="Oakland", PhysicalStateProvince="CA", PhysicalPostalCode="94601", PhysicalCountry="USA",
            PhysicalAddressIsPrivate="Yes"),
        row(ResourceAgencyNum="103", PublicName="Rainbow Legal Clinic", TaxonomyLevelName="Program",
            ParentAgencyNum="100", PhysicalAddress1="500 Main St", PhysicalCity="Oakland",
            PhysicalStateProvince="CA", PhysicalPostalCode="94612", AgencyStatus="Inactive",
            TaxonomyCodes="FT-1800", TaxonomyTerms="Legal Counseling", EligibilityFemale="Yes"),
        row(ResourceAgencyNum="200", PublicName="Orphan Program", TaxonomyLevelName="Program",
            ParentAgencyNum="999", ConnectsToSiteNum="998", Phone1Number="510-555-0200", AgencyStatus="Active",
            TaxonomyCodes="ZZ-1234", TaxonomyTerms="Underwater Basket Weaving"),
        row(ResourceAgencyNum="300", PublicName="Standalone Food Pantry", TaxonomyLevelName="Agency",
            ParentAgencyNum="0", Phone1Number="510-555-0300", PhysicalAddress1="9 Oak St", PhysicalCity="Berkeley",
            PhysicalStateProvince="CA", PhysicalPostalCode="94704", TaxonomyCodes="BD-1800.2000",
            TaxonomyTerms="Food Pantries", LastVerifiedOn="2011-08-17"),
        ]


@pytest.fixture
def export(tmp_path):
    # Old Mac line ends and Windows-1252, as 211 centres' exports come.
    return write_rows(tmp_path / "icarol.csv", ROWS, encoding="cp1252", lineterminator="\r")


def test_programs_become_resources_of_their_agencies(catalogue, export):
    result = run_import(catalogue, export)
    assert result.layout == "icarol"
    assert (result.created, result.rejected) == (4, 0)
    stored = by_name(catalogue)
    assert set(stored) == {"Rainbow Youth Housing", "Rainbow Legal Clinic", "Orphan Program",
                           "Standalone Food Pantry"}
    housing = stored["Rainbow Youth Housing"]
    assert housing.organization == "Rainbow Community Services"
    assert housing.status == "do_not_refer"
    assert housing.last_verified == date(2011, 8, 17) and housing.verified_by == "J. Doe"
    assert housing.description.endswith("Café nights on Fridays.")
    assert housing.languages == ("en", "es") and housing.hours == "24/7"
    assert [(p.number, p.kind, p.label) for p in housing.phones] == [
        ("(510) 555-0110", "voice", "Intake"), ("(510) 555-0111", "tty", "TTY"),
        ("1-800-555-0112", "voice", "Toll-free"), ("(510) 555-0113", "hotline", "Hotline")]
    assert "Private line (Staff line): (510) 555-0119" in housing.private_notes  # never on a referral sheet
    assert [(a.lines, a.city, a.country, a.confidential) for a in housing.addresses] == [
        ("12 Hidden Way", "Oakland", "US", True)]
    assert {t.key for t in housing.tags} == {"need:Housing & shelter", "identity:LGBTQIA+", "identity:Youth"}
    clinic = stored["Rainbow Legal Clinic"]
    assert clinic.status == "inactive" and clinic.addresses[0].confidential is False
    assert {t.key for t in clinic.tags} == {"need:Legal aid", "identity:Women"}
    pantry = stored["Standalone Food Pantry"]
    assert pantry.organization == "Standalone Food Pantry" and [t.key for t in pantry.tags] == ["need:Food"]
    assert fts_matches_triggers(catalogue)


def test_references_to_rows_that_do_not_exist_are_reported_and_the_row_still_imported(catalogue, export):
    result = run_import(catalogue, export)
    orphan = by_name(catalogue)["Orphan Program"]
    assert orphan.organization is None and orphan.phones[0].number == "510-555-0200"
    reported = {(w.row, w.column) for w in result.warnings}
    assert (6, "ParentAgencyNum") in reported and (6, "ConnectsToSiteNum") in reported
    # An AIRS term that maps to no tag is kept as a source category and offered, unticked.
    assert [(t.key, t.created, t.category) for t in result.new_tags] == [("need:Underwater Basket Weaving", False, True)]


def test_the_airs_table_can_be_replaced_by_the_users_own(catalogue, export, tmp_path, monkeypatch):
    own = tmp_path / "data" / "ResourceDesk" / "airs_to_tags.csv"
    own.parent.mkdir(parents=True)
    own.write_text("code,term,tags\nBD,Food,need:Community & belonging\n", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    run_import(catalogue, export, ImportOptions(new_tags="skip"))
    assert [t.key for t in by_name(catalogue)["Standalone Food Pantry"].tags] == ["need:Community & belonging"]


def test_reimporting_the_export_changes_nothing(catalogue, export):
    run_import(catalogue, export)
    again = run_import(catalogue, export)
    assert (again.created, again.updated, again.skipped_total) == (0, 0, 4)
