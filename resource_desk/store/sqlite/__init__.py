"""The SQLite store: connections and their setup, FTS5 search, the bulk load imports use."""
