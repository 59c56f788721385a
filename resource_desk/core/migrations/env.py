"""Alembic environment. The app runs migrations itself (resource_desk.core.database);
the connection is handed in through ``config.attributes``."""

from alembic import context
from sqlalchemy import create_engine

from resource_desk.core.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic command line, for writing new revisions
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///dev-migrations.sqlite3"
        with create_engine(url).connect() as conn:
            _run_with(conn)
    else:
        _run_with(connection)


def _include(obj, name, type_, reflected, compare_to) -> bool:
    # The full-text index and its language words are made by hand in revision 0001, not
    # by the models: autogenerate must not offer to drop them.
    return not (type_ == "table" and reflected and (name.startswith("resource_fts") or name == "language_names"))


def _run_with(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copy-and-move
        compare_type=True,
        include_object=_include,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
