import pytest

from resource_desk.core.records import ResourceData
from resource_desk.core.resources import get_resource, save_resource
from resource_desk.core.search import SearchQuery, search
from resource_desk.core.tags import (
    TagError,
    add_tag,
    delete_tag,
    list_tags,
    merge_tags,
    recolor_tag,
    rename_tag,
    resolve_tags,
    set_aliases,
)


def _tag(catalogue, name):
    return next(t for t in list_tags(catalogue) if t.name == name)


def test_a_new_catalogue_starts_with_both_facets_of_the_vocabulary(catalogue):
    tags = list_tags(catalogue)
    identity = [t.name for t in tags if t.facet == "identity"]
    need = [t.name for t in tags if t.facet == "need"]
    for name in ("LGBTQIA+", "Transgender & nonbinary", "Two-Spirit", "Undocumented", "Survivors of violence"):
        assert name in identity
    for name in ("Crisis & safety", "Gender-affirming care", "Immigration legal help", "Interpretation"):
        assert name in need
    assert len(identity) == 20 and len(need) == 21
    assert all(t.color for t in tags)


def test_aliases_resolve_to_tags(catalogue):
    assert [t.name for t in resolve_tags(catalogue, ["identity:LGBT", "need:food pantry", "Latinx"])] == [
        "LGBTQIA+", "Food", "Latine"]
    assert [t.name for t in resolve_tags(catalogue, ["identity:Gay/Lesbian/Bisexual/Transgender Individuals"])] == [
        "LGBTQIA+"]
    with pytest.raises(TagError, match="no tag"):
        resolve_tags(catalogue, ["identity:Nothing like this"])
    with pytest.raises(TagError, match="unknown facet"):
        resolve_tags(catalogue, ["colour:Blue"])


def test_add_rename_recolor_and_refuse_a_second_tag_of_the_same_name(catalogue):
    tag = add_tag(catalogue, "need", "Harm reduction supplies", color="#123456")
    with pytest.raises(TagError, match="already"):
        add_tag(catalogue, "need", "harm REDUCTION supplies")
    renamed = rename_tag(catalogue, tag.id, "Harm reduction")
    assert renamed.name == "Harm reduction"
    assert resolve_tags(catalogue, ["need:Harm reduction supplies"])[0].id == tag.id  # old name kept as alias
    assert recolor_tag(catalogue, tag.id, "#abcdef").color == "#abcdef"


def test_renaming_a_tag_updates_what_search_finds(catalogue):
    tag = add_tag(catalogue, "need", "Bikes")
    save_resource(catalogue, ResourceData(name="Repair Night", tags=(tag,)))
    rename_tag(catalogue, tag.id, "Cycling")
    assert [r.name for r in search(catalogue, SearchQuery(text="cycling")).rows] == ["Repair Night"]


def test_merge_keeps_resources_on_the_surviving_tag(catalogue):
    lgbt = _tag(catalogue, "LGBTQIA+")
    queer = add_tag(catalogue, "identity", "Queer folks")
    both = save_resource(catalogue, ResourceData(name="Both", tags=(lgbt, queer)))
    only_queer = save_resource(catalogue, ResourceData(name="Only queer", tags=(queer,)))
    assert merge_tags(catalogue, [queer.id], lgbt.id) == 1
    assert [t.name for t in get_resource(catalogue, only_queer.id).tags] == ["LGBTQIA+"]
    assert [t.name for t in get_resource(catalogue, both.id).tags] == ["LGBTQIA+"]
    assert "Queer folks" not in [t.name for t in list_tags(catalogue)]
    assert resolve_tags(catalogue, ["identity:queer folks"])[0].id == lgbt.id
    found = search(catalogue, SearchQuery(tag_ids=(lgbt.id,)))
    assert {r.name for r in found.rows} == {"Both", "Only queer"}


def test_merge_across_facets_is_refused(catalogue):
    with pytest.raises(TagError, match="different facets"):
        merge_tags(catalogue, [_tag(catalogue, "Food").id], _tag(catalogue, "Youth").id)


def test_delete_tag_keeps_the_resources(catalogue):
    tag = add_tag(catalogue, "need", "Bikes")
    saved = save_resource(catalogue, ResourceData(name="Repair Night", tags=(tag, _tag(catalogue, "Transportation"))))
    assert delete_tag(catalogue, tag.id) == 1
    assert [t.name for t in get_resource(catalogue, saved.id).tags] == ["Transportation"]


def test_set_aliases_replaces_them(catalogue):
    food = _tag(catalogue, "Food")
    record = set_aliases(catalogue, food.id, ["Groceries", "Free lunch"])
    assert record.aliases == ("free lunch", "groceries")
    assert resolve_tags(catalogue, ["need:Free Lunch"])[0].id == food.id
    with pytest.raises(TagError):
        resolve_tags(catalogue, ["need:food pantry"])


def test_keywords_are_set_listed_and_follow_a_merge(catalogue):
    from resource_desk.core.tags import set_keywords

    food = _tag(catalogue, "Food")
    assert set_keywords(catalogue, food.id, ["Comedor", "comedor", "hot meals", ""]).keywords == ("comedor",
                                                                                                   "hot meals")
    listed = next(t for t in list_tags(catalogue) if t.id == food.id)
    assert listed.keywords == ("comedor", "hot meals")
    groceries = add_tag(catalogue, "need", "Groceries")
    set_keywords(catalogue, groceries.id, ["mercado"])
    merge_tags(catalogue, [groceries.id], food.id)
    assert next(t for t in list_tags(catalogue) if t.id == food.id).keywords == ("comedor", "hot meals", "mercado")


def test_the_facets_are_the_vocabulary_and_listing_reads_what_the_orm_holds(catalogue):
    from resource_desk.core.models import Tag
    from resource_desk.core.records import FACET_LABELS
    from resource_desk.core.tags import FACETS, tag_record

    assert FACETS == tuple(FACET_LABELS)
    lgbt = _tag(catalogue, "LGBTQIA+")
    save_resource(catalogue, ResourceData(name="Peer group", tags=(lgbt,)))
    set_aliases(catalogue, lgbt.id, ["gay", "queer"])
    listed = list_tags(catalogue)
    with catalogue.read() as session:
        expected = {t.id: t for t in (tag_record(tag) for tag in session.query(Tag))}
        aliases = {tag.id: tuple(sorted(a.alias for a in tag.aliases)) for tag in session.query(Tag)}
    assert len(listed) == len(expected)
    for record in listed:
        orm = expected[record.id]
        assert (record.facet, record.name, record.color, record.description, record.codes) == (
            orm.facet, orm.name, orm.color, orm.description, orm.codes)
        assert record.aliases == aliases[record.id]
        assert record.resource_count == (1 if record.id == lgbt.id else 0)
    assert [t.id for t in list_tags(catalogue, with_counts=False)] == [t.id for t in listed]
    assert all(t.resource_count == 0 for t in list_tags(catalogue, with_counts=False))
    assert {t.facet for t in list_tags(catalogue, facet="need")} == {"need"}


def test_a_new_tag_gets_a_steady_colour_unless_one_is_chosen(catalogue):
    made = add_tag(catalogue, "need", "Bikes")
    assert made.color and made.color.startswith("#")
    assert add_tag(catalogue, "identity", "Bikes").color == made.color
    assert add_tag(catalogue, "need", "Tools", color="#000000").color == "#000000"
