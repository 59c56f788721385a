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


# -- opening without SQLAlchemy or Alembic ------------------------------------------------------


def _alembic_script_directory(location):
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(location))
    return ScriptDirectory.from_config(config)


def test_the_known_revisions_are_alembics():
    from resource_desk.core.database import MIGRATIONS_DIR, REVISIONS

    script = _alembic_script_directory(MIGRATIONS_DIR)
    assert head_revision() == script.get_current_head()
    in_order = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert list(REVISIONS) == in_order


def _run(code: str) -> str:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_an_up_to_date_catalogue_opens_and_shows_results_without_alembic_or_sqlalchemy(catalogue):
    catalogue.close()
    out = _run(
        "import sys\n"
        "from resource_desk.core.database import Catalogue\n"
        "from resource_desk.core.lookups import languages_in_use, resource_total\n"
        "from resource_desk.core.search import SearchQuery, facet_counts, search\n"
        "from resource_desk.core.settings import load_sheet_preferences\n"
        "from resource_desk.core.tags import list_tags\n"
        f"catalogue = Catalogue.open({str(catalogue.path)!r})\n"
        "assert catalogue.opened.upgraded_from is None and catalogue.revision()\n"
        "assert list_tags(catalogue, with_counts=False) and resource_total(catalogue) == 0\n"
        "languages_in_use(catalogue); load_sheet_preferences(catalogue)\n"
        "search(catalogue, SearchQuery(text='housing')); facet_counts(catalogue, SearchQuery())\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'sqlalchemy', 'mako'}))\n"
    )
    assert out == "[]"


def test_creating_a_catalogue_loads_alembic_and_the_orm_is_made_on_first_use(tmp_path):
    out = _run(
        "import sys\n"
        "from resource_desk.core.database import Catalogue\n"
        f"catalogue = Catalogue.open({str(tmp_path / 'new.sqlite3')!r})\n"
        "print('alembic' in sys.modules, catalogue.opened.created)\n"
        "catalogue.close()\n"
    )
    assert out == "True True"
    out = _run(
        "import sys\n"
        "from resource_desk.core.database import Catalogue\n"
        f"catalogue = Catalogue.open({str(tmp_path / 'new.sqlite3')!r})\n"
        "before = 'sqlalchemy' in sys.modules\n"
        "with catalogue.read() as session:\n"
        "    session.connection()\n"
        "print(before, 'sqlalchemy' in sys.modules, 'alembic' in sys.modules)\n"
    )
    assert out == "False True False"


def test_a_plain_connection_has_the_pragmas_and_reads_inside_a_transaction(catalogue):
    from resource_desk.store.sqlite.connection import BUSY_TIMEOUT_MS, CACHE_SIZE_KIB

    with catalogue.connect() as conn:
        assert isinstance(conn, sqlite3.Connection)
        assert conn.in_transaction
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_SIZE_KIB
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        with pytest.raises(sqlite3.OperationalError):  # read-only: changes go through write()
            conn.execute("DELETE FROM tags")
    assert not conn.in_transaction


def test_a_plain_connection_sees_one_snapshot_then_the_next_block_sees_changes(catalogue):
    with catalogue.connect() as conn:
        assert conn.execute("SELECT count(*) FROM resources").fetchone()[0] == 0
        save_resource(catalogue, ResourceData(name="Written meanwhile"))
        assert conn.execute("SELECT count(*) FROM resources").fetchone()[0] == 0
    with catalogue.connect() as again:
        assert again.execute("SELECT count(*) FROM resources").fetchone()[0] == 1


def test_plain_connections_are_one_per_thread_shared_when_nested_and_reused(catalogue):
    import threading

    seen: dict[str, object] = {}
    inside = threading.Event()
    release = threading.Event()

    def other_thread() -> None:
        with catalogue.connect() as conn:
            seen["other"] = conn
            inside.set()
            release.wait(5)

    with catalogue.connect() as mine:
        with catalogue.connect() as nested:
            assert nested is mine
        worker = threading.Thread(target=other_thread)
        worker.start()
        assert inside.wait(5)
        assert seen["other"] is not mine  # never two threads on one connection at once
        release.set()
        worker.join(5)
    with catalogue.connect() as later:
        assert later in (mine, seen["other"])  # kept for reuse, with what search keeps on it
        assert later.info is not None


def test_closing_closes_the_plain_connections_and_a_later_read_opens_new_ones(catalogue):
    with catalogue.connect() as first:
        pass
    catalogue.close()
    with pytest.raises(sqlite3.ProgrammingError):
        first.execute("SELECT 1")
    with catalogue.connect() as conn:
        assert conn is not first and conn.execute("SELECT count(*) FROM tags").fetchone()[0] > 0
    assert catalogue.revision() == head_revision()
