"""Opening a catalogue made by an older release: a dated backup first, then the upgrade, data intact."""

import sqlite3

from resource_desk.core.database import Catalogue, head_revision, upgrade_to
from resource_desk.core.resources import get_resource
from resource_desk.core.search import SearchQuery, search
from tests.importing.helpers import fts_matches_triggers

FIRST_REVISION = "0001"


def _catalogue_at_first_revision(path):
    upgrade_to(path, FIRST_REVISION)
    with sqlite3.connect(path) as conn:  # the old release's own rows, written without today's code
        conn.execute("INSERT INTO organizations (id, name, created_at, updated_at) "
                     "VALUES ('org-1', 'Casa Libre', '2024-01-01', '2024-01-01')")
        conn.execute(
            "INSERT INTO resources (id, organization_id, name, kind, languages, status, sort_name, last_verified,"
            " private_notes, created_at, updated_at) VALUES ('res-1', 'org-1', 'Clínica Latina', 'clinic', 'es en',"
            " 'active', 'clinica latina', '2024-03-05', 'ask for Rosa', '2024-01-01', '2024-01-01')")
        conn.execute("INSERT INTO phones (id, resource_id, number, normalized, kind, position)"
                     " VALUES ('ph-1', 'res-1', '(510) 555-0100', '+15105550100', 'tty', 0)")
        conn.execute("INSERT INTO resource_tags (resource_id, tag_id)"
                     " SELECT 'res-1', id FROM tags WHERE name = 'Latine'")


def test_there_is_an_upgrade_to_test():
    assert head_revision() != FIRST_REVISION


def test_an_old_catalogue_is_backed_up_then_upgraded_with_its_data(tmp_path):
    path = tmp_path / "catalogue.sqlite3"
    _catalogue_at_first_revision(path)

    catalogue = Catalogue.open(path)

    assert catalogue.revision() == head_revision()
    assert catalogue.opened.upgraded_from == FIRST_REVISION
    backup = catalogue.opened.backup
    assert backup is not None and backup.parent == path.parent and backup.name.startswith("catalogue.backup-")
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST_REVISION,)
    assert conn.execute("SELECT name FROM resources").fetchall() == [("Clínica Latina",)]
    conn.close()
    resource = get_resource(catalogue, "res-1")
    assert resource.organization == "Casa Libre" and resource.private_notes == "ask for Rosa"
    assert [(p.number, p.kind) for p in resource.phones] == [("(510) 555-0100", "tty")]
    assert [t.name for t in resource.tags] == ["Latine"]
    assert [r.id for r in search(catalogue, SearchQuery(text="clinica")).rows] == ["res-1"]
    # The search index was rebuilt without word positions (0004) and still finds the
    # resource by its organization, tag and language, as the triggers index them.
    for words in ("casa libre", "latine", "espanol", "clin lat"):
        assert [r.id for r in search(catalogue, SearchQuery(text=words)).rows] == ["res-1"], words
    assert fts_matches_triggers(catalogue)
    with sqlite3.connect(path) as conn:
        assert "detail = column" in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'resource_fts'").fetchone()[0]
    catalogue.close()

    reopened = Catalogue.open(path)  # already at head: no second backup
    assert reopened.opened.backup is None
    assert len(list(tmp_path.glob("catalogue.backup-*"))) == 1
    reopened.close()
