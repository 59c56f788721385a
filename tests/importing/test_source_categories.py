"""Source categories: kept as what they are, searchable, exported back, undone with their
import; tags come from them only through the mappings, and a code, a path or a cut-off name
never becomes a tag."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from resource_desk.core.search import SearchQuery, search
from resource_desk.core.tags import list_tags
from resource_desk.importing.export import export_resources
from resource_desk.importing.service import ImportOptions, run_import
from resource_desk.importing.undo import undo_import

from .helpers import by_name, fts_matches_triggers, snapshot, write_rows

COLUMNS = ["ResourceAgencyNum", "PublicName", "TaxonomyLevelName", "ParentAgencyNum", "AgencyDescription",
           "Phone1Number", "TaxonomyCodes", "TaxonomyTerms", "TaxonomyTerm", "Categories", "Tax"]
LONG = ("Target Populations - Families and Individuals Needing Support - Families of Military Personnel/Veterans"
        " - Families of Veterans")


def row(**values):
    return [values.get(c, "") for c in COLUMNS]


def icarol(tmp_path, rows):
    return write_rows(tmp_path / "211.csv", [COLUMNS, *rows])


def categories(catalogue):
    with catalogue.engine.connect() as connection:
        return connection.execute(text(
            "SELECT r.name, t.taxonomy, t.code, t.name FROM resource_taxonomy_terms l "
            "JOIN resources r ON r.id = l.resource_id JOIN taxonomy_terms t ON t.id = l.term_id "
            "ORDER BY r.name, t.taxonomy, t.code, t.name")).all()


def tag_names(catalogue):
    return {t.key for t in list_tags(catalogue, with_counts=False)}


def test_codes_and_terms_are_kept_and_give_tags_only_through_the_mapping(catalogue, tmp_path):
    before = tag_names(catalogue)
    path = icarol(tmp_path, [
        row(ResourceAgencyNum="1", PublicName="VETERAN FAMILY PANTRY", TaxonomyLevelName="Agency",
            ParentAgencyNum="0", Phone1Number="415-555-0101",
            TaxonomyCodes="P; BD-1800.2000 * YN-0500; TM-5100 * TM-5100; YJ-2050.2070; QQ-9999.9999",
            TaxonomyTerms=f"Individual and Family Life; Food Pantries * Veterans; Military Service * Military "
                          f"Service; {LONG}; Something Nobody Maps"),
        row(ResourceAgencyNum="2", PublicName="Money Class", TaxonomyLevelName="Agency", ParentAgencyNum="0",
            Phone1Number="415-555-0102", TaxonomyTerm="Money Management; Families of Veterans;",
            Categories="Employment-Career Counseling; Military;", Tax="Gay/Lesbian/Bisexual/Transgender Issues"),
    ])
    result = run_import(catalogue, path)
    assert (result.created, result.rejected) == (2, 0)
    stored = by_name(catalogue)
    pantry = stored["VETERAN FAMILY PANTRY"]
    # A combined code (a service for a population) gives both tags.
    assert {"need:Food", "identity:Veterans"} <= {t.key for t in pantry.tags}
    codes = {(c.taxonomy, c.code) for c in pantry.categories}
    assert {("AIRS/211", "P"), ("AIRS/211", "BD-1800.2000"), ("AIRS/211", "YN-0500"), ("AIRS/211", "TM-5100"),
            ("AIRS/211", "YJ-2050.2070"), ("AIRS/211", "QQ-9999.9999")} == codes
    veterans = next(c for c in pantry.categories if c.code == "YJ-2050.2070")
    assert veterans.name == "Families of Veterans"
    assert veterans.path() == LONG  # the path is kept as the term's parents, with their codes
    assert [code for code, _ in veterans.parents] == ["Y", "YJ", "YJ-2050"]
    # No tag is named after a code, a path or a cut-off name; unmapped terms are only offered.
    new = tag_names(catalogue) - before
    assert new == set()
    offered = {t.key: t for t in result.new_tags}
    assert "need:Something Nobody Maps" in offered and not offered["need:Something Nobody Maps"].created
    assert all(t.category for t in offered.values())
    assert not any(len(t.key.split(":", 1)[1]) > 60 or " - " in t.key for t in offered.values())
    money = stored["Money Class"]
    assert {"need:Money & benefits", "identity:LGBTQIA+"} <= {t.key for t in money.tags}
    schemes = {c.taxonomy for c in money.categories}
    assert {"AIRS/211", "iCarol categories", "Tax"} <= schemes
    assert fts_matches_triggers(catalogue)


def test_accepting_an_offered_category_makes_a_tag_named_after_its_last_segment(catalogue, tmp_path):
    path = icarol(tmp_path, [
        row(ResourceAgencyNum="1", PublicName="Soup Place", TaxonomyLevelName="Agency", ParentAgencyNum="0",
            TaxonomyTerms="Leisure Activities - Crafts - Soup Kitchens Of The West"),
        row(ResourceAgencyNum="2", PublicName="Other Soup Place", TaxonomyLevelName="Agency", ParentAgencyNum="0",
            TaxonomyTerms="Leisure Activities - Crafts - Soup Kitchens Of The West"),
    ])
    dry = run_import(catalogue, path, ImportOptions(dry_run=True))
    assert [(t.key, t.count, t.created) for t in dry.new_tags] == [("need:Soup Kitchens Of The West", 2, False)]
    run_import(catalogue, path, ImportOptions(accept_tags=frozenset({"need:Soup Kitchens Of The West"})))
    stored = by_name(catalogue)
    assert all("need:Soup Kitchens Of The West" in {t.key for t in stored[n].tags}
               for n in ("Soup Place", "Other Soup Place"))


def test_long_taxonomy_cells_that_differ_after_100_characters_import_and_reimport(catalogue, tmp_path):
    head = "Target Populations - Families and Individuals Needing Support - Families of Military Personnel/Veter"
    assert len(head) == 100
    rows = [row(ResourceAgencyNum=str(n), PublicName=f"Program {n}", TaxonomyLevelName="Agency", ParentAgencyNum="0",
                TaxonomyTerms=f"{head}ans - {tail}") for n, tail in enumerate(
        ["Families of Veterans", "Spouses of Veterans", "Children of Veterans", "Families of Veterans"], start=1)]
    rows.append(row(ResourceAgencyNum="9", PublicName="Cut Program", TaxonomyLevelName="Agency", ParentAgencyNum="0",
                    TaxonomyTerms=head))  # a cell cut off at 100 characters
    path = icarol(tmp_path, rows)
    result = run_import(catalogue, path)
    assert (result.created, result.rejected) == (5, 0)
    assert all(len(t.key) < 80 for t in result.new_tags)
    assert "need:Families of Military Personnel/Veter" not in {t.key for t in result.new_tags}
    before = snapshot(catalogue)
    again = run_import(catalogue, path)
    assert (again.created, again.updated) == (0, 0)
    after = snapshot(catalogue)
    assert {k: v for k, v in after.items() if k != "import_batches"} == \
        {k: v for k, v in before.items() if k != "import_batches"}


def test_repeated_and_unmapped_codes_on_many_rows(catalogue, tmp_path):
    rows = [row(ResourceAgencyNum=str(n), PublicName=f"Place {n}", TaxonomyLevelName="Agency", ParentAgencyNum="0",
                TaxonomyCodes="ZZ-1000; ZZ-1000; BD; BD-5000.1500 * YB-8000") for n in range(1, 30)]
    result = run_import(catalogue, icarol(tmp_path, rows))
    assert (result.created, result.rejected) == (29, 0)
    place = by_name(catalogue)["Place 7"]
    assert {t.key for t in place.tags} == {"need:Food", "identity:Older adults"}
    assert sorted(c.code for c in place.categories) == ["BD", "BD-5000.1500", "YB-8000", "ZZ-1000"]
    assert not any(t.key.split(":")[1] in ("ZZ-1000", "BD") for t in result.new_tags)
    again = run_import(catalogue, icarol(tmp_path, rows))
    assert (again.created, again.updated) == (0, 0)


def test_categories_are_searchable_exported_and_undone(catalogue, tmp_path):
    path = icarol(tmp_path, [
        row(ResourceAgencyNum="1", PublicName="Corner Help", TaxonomyLevelName="Agency", ParentAgencyNum="0",
            AgencyDescription="Open on Tuesdays.", TaxonomyCodes="BD-1800.2000", TaxonomyTerms="Food Pantries"),
    ])
    before = snapshot(catalogue)
    result = run_import(catalogue, path)
    page = search(catalogue, SearchQuery(text="food pantries"))
    assert [r.name for r in page.rows] == ["Corner Help"]
    # Exported back as "taxonomy | code | path", and read again from that column.
    out = tmp_path / "out.csv"
    export_resources(catalogue, out)
    assert "AIRS/211 | BD-1800.2000 | Food Pantries" in out.read_text(encoding="utf-8-sig")
    undo_import(catalogue, result.batch_id)
    assert categories(catalogue) == []
    with catalogue.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM taxonomy_terms")).scalar() == 0
    after = snapshot(catalogue)
    assert after["resources"] == before["resources"] and after["resource_fts"] == before["resource_fts"]
    run_import(catalogue, out)
    assert [(c.taxonomy, c.code, c.name) for c in by_name(catalogue)["Corner Help"].categories] == [
        ("AIRS/211", "BD-1800.2000", "Food Pantries")]


def test_a_categories_column_of_a_hand_kept_list_is_kept_and_mapped(catalogue, tmp_path):
    path = write_rows(tmp_path / "list.csv", [
        ["Name", "Category", "Tags"],
        ["Lunch Club", "Food Pantries; Knitting Circles", "Peer support"],
        ["Roof Fund", "BH-3800 Housing Expense Assistance", "Housing - Rent - Deposits - Grants"],
    ])
    result = run_import(catalogue, path)
    stored = by_name(catalogue)
    lunch = stored["Lunch Club"]
    assert {t.key for t in lunch.tags} == {"need:Food", "need:Peer support"}
    assert {(c.taxonomy, c.name) for c in lunch.categories} == {("Category", "Food Pantries"),
                                                               ("Category", "Knitting Circles")}
    roof = stored["Roof Fund"]
    assert ("AIRS/211", "BH-3800", "Housing Expense Assistance") in {(c.taxonomy, c.code, c.name)
                                                                    for c in roof.categories}
    # A path in a tag column is a source category, never a tag of its own.
    assert {c.path() for c in roof.categories} >= {"Housing - Rent - Deposits - Grants"}
    assert "need:Knitting Circles" in {t.key for t in result.new_tags if t.category and not t.created}
    assert not any(" - " in t.key for t in result.new_tags)


FRAGMENTS = ["P", "TM-5100", "YJ-2050.2070", "BD-1800.2000 * YB-8000", "ZZ-0000", LONG, LONG[:100], LONG[:99] + "x",
             "Food Pantries", "food pantries", "FOOD PANTRIES", "Gay/Lesbian/Bisexual/Transgender Issues", "<p>Meals</p>",
             "A - B - C", "Employment-Career Counseling", "x" * 300, "", " ; ", "*", "Older Adults", "Soup Kitchens"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["Same Name", "SAME NAME", "Other", "Third"]),
                          st.sampled_from(["", "1", "2"]),
                          st.lists(st.sampled_from(FRAGMENTS), max_size=4),
                          st.lists(st.sampled_from(FRAGMENTS), max_size=4)), min_size=1, max_size=12))
def test_any_mix_of_classification_cells_imports_and_reimports_unchanged(catalogue, tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("mix")
    agencies = [row(ResourceAgencyNum="1", PublicName="Agency One", TaxonomyLevelName="Agency", ParentAgencyNum="0"),
                row(ResourceAgencyNum="2", PublicName="Agency Two", TaxonomyLevelName="Agency", ParentAgencyNum="0")]
    programs = [row(ResourceAgencyNum=str(10 + n), PublicName=name, TaxonomyLevelName="Program", ParentAgencyNum=parent,
                    TaxonomyCodes="; ".join(codes), TaxonomyTerms="; ".join(terms), Categories="; ".join(terms))
                for n, (name, parent, codes, terms) in enumerate(rows)]
    path = icarol(folder, agencies + programs)
    first = run_import(catalogue, path)
    assert first.rejected == 0
    assert not any(" - " in t.key or len(t.key) > 80 for t in first.new_tags)
    before = snapshot(catalogue)
    again = run_import(catalogue, path)
    assert (again.created, again.updated) == (0, 0)
    after = snapshot(catalogue)
    assert {k: v for k, v in after.items() if k != "import_batches"} == \
        {k: v for k, v in before.items() if k != "import_batches"}
    assert fts_matches_triggers(catalogue)
