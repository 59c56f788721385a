"""All that knows the database engine: SQLite today (``store.sqlite``), behind the small
protocol in ``store.protocol`` that a PostgreSQL store could later stand beside."""
