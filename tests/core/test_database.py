import sqlite3
import stat

import pytest

from resource_desk.core.database import Catalogue, CatalogueError, head_revision
from resource_desk.core.models import Resource
from resource_desk.core.paths import default_db_path
from resource_desk.core.records import ResourceData
from resource_desk.core.resources import get_resources, save_resource


def test_new_catalogue_is_private_and_at_head(tmp_path):
    path = tmp_path / "sub" / "mine.sqlite3"
    catalogue = Catalogue.open(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert catalogue.revision() == head_revision()
    assert catalogue.opened.created and catalogue.opened.backup is None
    catalogue.close()


def test_every_connection_has_foreign_keys_wal_and_busy_timeout(catalogue):
    with catalogue.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_a_failed_unit_of_work_leaves_nothing_behind(catalogue):
    with pytest.raises(RuntimeError):
        with catalogue.write() as session:
            session.add(Resource(name="Half written", sort_name="half written"))
            session.flush()
            raise RuntimeError("power cut")
    with catalogue.read() as session:
        assert session.query(Resource).count() == 0
        assert session.connection().exec_driver_sql("SELECT count(*) FROM resource_fts").scalar() == 0


def test_a_file_that_is_not_a_catalogue_is_refused(tmp_path):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello, this is not a database\n" * 10)
    with pytest.raises(CatalogueError, match="not a Resource Desk catalogue"):
        Catalogue.open(text_file)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE things (x)")
    with pytest.raises(CatalogueError, match="not a Resource Desk catalogue"):
        Catalogue.open(other)
    with pytest.raises(CatalogueError, match="folder"):
        Catalogue.open(tmp_path)


def test_a_catalogue_from_a_newer_app_is_refused_untouched(tmp_path, catalogue):
    catalogue.close()
    with sqlite3.connect(catalogue.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(CatalogueError, match="newer Resource Desk"):
        Catalogue.open(catalogue.path)
    assert not list(catalogue.path.parent.glob("*.backup-*"))


def test_default_path_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("RESOURCE_DESK_DB", str(tmp_path / "elsewhere.sqlite3"))
    assert default_db_path() == tmp_path / "elsewhere.sqlite3"
    monkeypatch.delenv("RESOURCE_DESK_DB")
    assert default_db_path().name == "catalogue.sqlite3"
    assert "ResourceDesk" in str(default_db_path())


def test_two_catalogue_objects_on_one_file_see_each_others_writes(catalogue):
    other = Catalogue.open(catalogue.path)
    saved = save_resource(other, ResourceData(name="Written by the command line"))
    assert [r.name for r in get_resources(catalogue, [saved.id])] == ["Written by the command line"]
    other.close()
