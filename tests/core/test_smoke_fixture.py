from resource_desk.core.search import SearchQuery, search


def test_demo_catalogue_fixture_holds_sample_entries(demo_catalogue):
    page = search(demo_catalogue, SearchQuery(include_hidden=True))
    assert page.total == 60
