"""Open Referral data packages: HSDS 1.x/2.x (zipped) and 3.0 (folder or datapackage.json)."""

import zipfile

import pytest

from resource_desk.importing.problems import ImportFileError
from resource_desk.importing.service import ImportOptions, run_import

from .helpers import by_name, fts_matches_triggers

TABLES = {
    "organizations.csv": "id,name,url,email,description\n"
                         "o1,Bay Area Legal Aid,baylegal.org,info@baylegal.org,Free legal help\n"
                         "o2,Women's Daytime Drop-In Center,,,\n",
    "services.csv": "id,organization_id,name,description,url,status,fees\n"
                    "s1,o1,Housing Law Clinic,Eviction defense.\\nWalk-ins welcome.,,active,Free\n"
                    "s2,o2,Drop-In Day Shelter,Meals and showers,,active,\n"
                    "s3,o9,Tenant Hotline,Advice by phone,,inactive,\n",
    "locations.csv": "id,organization_id,name,latitude,longitude\n"
                     "l1,o1,Oakland office,37.8,-122.27\nl2,o2,Berkeley center,,\n",
    "services_at_location.csv": "id,service_id,location_id\nsl1,s1,l1\nsl2,s2,l2\nsl3,s2,l7\n",
    "physical_addresses.csv": "id,location_id,address_1,city,state_province,postal_code,country\n"
                              "a1,l1,1735 Telegraph Ave,Oakland,CA,94612,US\n"
                              "a2,l2,2218 Acton St,Berkeley,CA,94702,US\n",
    "phones.csv": "id,location_id,service_id,organization_id,number,extension,type,department\n"
                  "p1,l1,,,(510) 663-4744,,voice,Intake\np2,,s3,,800-551-5554,,hotline,\n"
                  "p3,,s9,,510-555-0000,,voice,\np4,l2,,,510-548-2884,,fax,\n",
    "regular_schedules.csv": "id,service_id,location_id,weekday,opens_at,closes_at\n"
                             "r1,s2,,Monday,9:00am,5:00pm\nr2,s2,,Tuesday,9:00am,5:00pm\n",
    "languages.csv": "id,service_id,location_id,language\nla1,s1,,Spanish\nla2,s1,,Vietnamese\n",
    "taxonomy.csv": "id,name,parent_id\nt1,Legal,\nt2,Housing,\nt3,Eviction Defense,t1\nt4,Day Shelter,t2\n",
    "services_taxonomy.csv": "id,service_id,taxonomy_id\nst1,s1,t3\nst2,s2,t4\nst3,s2,t99\n",
}


@pytest.fixture
def package(tmp_path):
    path = tmp_path / "hsds-package.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in TABLES.items():
            archive.writestr(f"data/{name}", content)
    return path


def test_a_zipped_hsds_1_package_is_recognised_and_linked(catalogue, package):
    result = run_import(catalogue, package)
    assert result.layout == "hsds" and (result.created, result.rejected) == (3, 0)
    stored = by_name(catalogue)
    clinic = stored["Housing Law Clinic"]
    assert clinic.organization == "Bay Area Legal Aid" and clinic.cost == "free"
    assert clinic.description == "Eviction defense.\nWalk-ins welcome."  # a literal "\n" in the cell
    assert clinic.languages == ("es", "vi")
    assert [(p.number, p.label) for p in clinic.phones] == [("(510) 663-4744", "Intake")]
    assert clinic.addresses[0].one_line() == "1735 Telegraph Ave, Oakland, CA 94612"
    assert clinic.addresses[0].latitude == 37.8
    assert [t.key for t in clinic.tags] == ["need:Legal aid"]  # "Eviction Defense" through its parent "Legal"
    shelter = stored["Drop-In Day Shelter"]
    assert shelter.hours == "Monday 9:00am–5:00pm\nTuesday 9:00am–5:00pm"
    assert [p.kind for p in shelter.phones] == ["fax"]
    assert [t.key for t in shelter.tags] == ["need:Housing & shelter"]


def test_references_to_missing_rows_are_reported_and_services_still_imported(catalogue, package):
    result = run_import(catalogue, package)
    hotline = by_name(catalogue)["Tenant Hotline"]
    assert hotline.organization is None and hotline.status == "inactive"
    assert [(p.number, p.kind) for p in hotline.phones] == [("800-551-5554", "hotline")]
    reported = {(w.file, w.row, w.column) for w in result.warnings}
    assert ("services.csv", 4, "organization_id") in reported
    assert ("services_at_location.csv", 4, "location_id") in reported
    assert ("phones.csv", 4, "service_id") in reported
    assert ("services_taxonomy.csv", 4, "taxonomy_id") in reported
    assert fts_matches_triggers(catalogue)


def test_an_hsds_3_package_is_read_from_its_datapackage_json(catalogue, tmp_path):
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "datapackage.json").write_text('{"name": "x", "version": "3.0.0", "resources": []}')
    (folder / "organizations.csv").write_text("id,name\n0e0e0e0e-0000-4000-8000-000000000001,Org\n")
    (folder / "services.csv").write_text(
        "id,organization_id,name,status,minimum_age,maximum_age,assured_date\n"
        "1b1b1b1b-0000-4000-8000-000000000002,0e0e0e0e-0000-4000-8000-000000000001,Youth Line,active,12,24,"
        "2022-01-05\n")
    result = run_import(catalogue, folder / "datapackage.json")
    assert result.layout == "hsds3" and result.created == 1
    line = by_name(catalogue)["Youth Line"]
    assert line.id == "1b1b1b1b-0000-4000-8000-000000000002"  # HSDS ids travel with the record
    assert (line.age_min, line.age_max, str(line.last_verified)) == (12, 24, "2022-01-05")


def test_a_folder_without_services_is_not_a_package(catalogue, tmp_path):
    (tmp_path / "random").mkdir()
    (tmp_path / "random" / "notes.csv").write_text("a,b\n1,2\n")
    with pytest.raises(ImportFileError, match="not an Open Referral data package"):
        run_import(catalogue, tmp_path / "random")
    with pytest.raises(ImportFileError, match="not an Open Referral data package"):
        run_import(catalogue, tmp_path / "random" / "notes.csv", ImportOptions(format="hsds"))
