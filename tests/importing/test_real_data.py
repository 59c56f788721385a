"""The real files in ../shared/data/real, with counts checked by reading the files by hand:

- ss4women/directory.csv: 341 data rows (342 lines, no line breaks inside cells), 12 columns,
  Windows-1252. Every row has an organization name; 21 names appear twice, each pair differing
  only in the Address cell (a place name on one row, the street address on the next: an
  artefact of the PDF conversion). So 320 resources, each pair merged into one resource with
  both addresses, 0 rejected. 8 rows are ragged (rows 7, 8, 56, 86, 311 and 340 have 13 cells;
  88 has 23, 266 has 21, 339 has 26): unescaped quotes split the last column.
- ohana-sample-csv: services.csv has 23 services, every one linked to an existing location and
  through it to an organization; 8 organizations. Service 20 is "defunct" and 21 "inactive".
- hsds3-example-csv: one service (UUID ac148810-…) of organization "Example Organization Inc.",
  its phone "+44 1234 234567" written with its own quote characters, language Urdu, ages 12-100;
  the example's placeholder ids leave 8 links pointing at rows that do not exist.
"""

from resource_desk.importing.service import run_import

from .helpers import by_name, counts, fts_matches_triggers, snapshot


def test_ss4women_directory(catalogue, real_data):
    result = run_import(catalogue, real_data / "ss4women" / "directory.csv")
    assert (result.rows, result.created, result.updated, result.skipped_total, result.merged, result.rejected) == \
        (341, 320, 0, 21, 21, 0)
    assert result.encoding == "cp1252" and result.layout == "csv"
    ragged = sorted(w.row for w in result.warnings if "cells for 12 columns" in w.reason)
    assert ragged == [7, 8, 56, 86, 88, 266, 311, 339]
    stored = by_name(catalogue)
    assert len(stored) == 320 and counts(catalogue)["organizations"] == 320
    senior = stored["30th Street Senior Center"]
    assert [(p.number, p.kind) for p in senior.phones] == [("(415) 550-2210", "voice"), ("(415) 647-6332", "tty")]
    assert senior.website == "https://www.onlok.org/30thsite" and senior.languages == ("en", "es", "zh")
    assert senior.addresses[0].city == "San Francisco" and senior.addresses[0].postal_code == "94131"
    assert len(stored["7th Avenue Senior Center"].addresses) == 2
    assert "\u00ad" not in stored["Breast Cancer Action"].hours  # soft hyphens read as dashes
    assert stored["Breast Cancer Action"].hours == "Monday - Friday, 9:00am - 5:00pm"
    assert fts_matches_triggers(catalogue)
    before = snapshot(catalogue)
    again = run_import(catalogue, real_data / "ss4women" / "directory.csv")
    assert (again.created, again.updated, again.skipped_total, again.rejected) == (0, 0, 341, 0)
    after = snapshot(catalogue)
    assert {k: v for k, v in after.items() if k != "import_batches"} == \
        {k: v for k, v in before.items() if k != "import_batches"}


def test_ohana_sample(catalogue, real_data):
    result = run_import(catalogue, real_data / "ohana-sample-csv")
    assert result.layout == "hsds"
    assert (result.rows, result.created, result.updated, result.skipped_total, result.rejected) == (23, 23, 0, 0, 0)
    stored = by_name(catalogue)
    assert counts(catalogue)["organizations"] == 8
    assert stored["Service with blank fields"].status == "inactive"  # "defunct"
    assert stored["Service for Admin Test Location"].status == "inactive"
    fair_oaks = stored["Fair Oaks Adult Activity Center"]
    assert fair_oaks.organization == "Peninsula Family Service"
    assert [p.number for p in fair_oaks.phones] == ["650 780-7525", "650 701-0856"]
    assert fair_oaks.languages == ("es", "tl")
    peer = stored["Senior Peer Counseling"]
    assert {"identity:LGBTQIA+", "identity:Older adults"} <= {t.key for t in peer.tags}
    passport = stored["Passport Photos"]
    assert {t.key for t in passport.tags} >= {"need:Transportation", "need:Legal aid"}
    assert (passport.phones[0].number, passport.phones[0].extension) == ("123-456-7890", "123")
    assert fts_matches_triggers(catalogue)
    again = run_import(catalogue, real_data / "ohana-sample-csv")
    assert (again.created, again.updated, again.skipped_total) == (0, 0, 23)


def test_hsds3_example(catalogue, real_data):
    result = run_import(catalogue, real_data / "hsds3-example-csv")
    assert result.layout == "hsds3"
    assert (result.rows, result.created, result.rejected) == (1, 1, 0)
    assert len(result.warnings) == 8 and all("matches no row" in w.reason for w in result.warnings)
    service = by_name(catalogue)["Community Counselling"]
    assert service.id == "ac148810-d857-441c-9679-408f346de14b"
    assert service.organization == "Example Organization Inc."
    assert [(p.number, p.extension, p.normalized) for p in service.phones] == [
        ("+44 1234 234567", "100", "+441234234567")]
    assert service.languages == ("ur",) and (service.age_min, service.age_max) == (12, 100)
    assert service.addresses[0].lines == "1-30 Main Street\nMyVillage"
    again = run_import(catalogue, real_data / "hsds3-example-csv")
    assert (again.created, again.updated, again.skipped_total) == (0, 0, 1)
