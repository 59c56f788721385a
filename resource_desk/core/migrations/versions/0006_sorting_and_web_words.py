"""sorting by column, web addresses in the search index

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

* Results can be sorted by kind, cost, languages and last verified, then by name: each of
  those columns' indexes becomes (column, sort_name), so a sorted page is read from the
  index in order (the rowid that ends every index entry breaks the last ties) instead of
  sorting every match. The wider index serves every lookup the narrower one did.
* Sorting by organization walks organizations by name (case aside) and each one's
  resources: organizations (name COLLATE NOCASE, id), resources (organization_id, sort_name).
* The search index's organization column also holds the words of the resource's and its
  organization's web addresses ("lyric" finds lyric.org), without the scheme and "www":
  every trigger is created again with the new row SELECT and the index is rebuilt from it,
  as 0005 did, but into a new table (0005's DELETE left the index full of tombstones).
"""

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# (old index, its column) -> the new (column, sort_name) index.
_SORTED = (("ix_resources_kind", "kind"), ("ix_resources_cost", "cost"),
           ("ix_resources_languages", "languages"), ("ix_resources_last_verified", "last_verified"))


def _web(column: str) -> str:
    """A web address's words: the scheme and "www." dropped, the rest cut into words by the index."""
    return (f"replace(replace(replace(lower(coalesce({column}, '')), 'https://', ''), 'http://', ''), "
            "'www.', '')")


_TAGS_TEXT = """coalesce((SELECT group_concat(t.name || ' ' || coalesce(
                    (SELECT group_concat(a.alias, ' ') FROM tag_aliases a WHERE a.tag_id = t.id), ''), ' ')
                 FROM resource_tags rt JOIN tags t ON t.id = rt.tag_id
                 WHERE rt.resource_id = r.id), '') || ' ' || coalesce((SELECT group_concat(tt.name, ' ')
                 FROM resource_taxonomy_terms rtt JOIN taxonomy_terms tt ON tt.id = rtt.term_id
                 WHERE rtt.resource_id = r.id), '')"""


def _rows(web: bool) -> str:
    web_words = f" || ' ' || {_web('o.website')} || ' ' || {_web('r.website')}" if web else ""
    return f"""
SELECT r.pk, r.name,
       coalesce(o.name, '') || ' ' || coalesce(o.alternate_name, ''){web_words},
       coalesce(r.description, ''),
       coalesce(r.eligibility, ''),
       {_TAGS_TEXT},
       coalesce((SELECT group_concat(l.words, ' ') FROM language_names l
                 WHERE instr(' ' || r.languages || ' ', ' ' || l.code || ' ') > 0), '') || ' ' || r.languages
FROM resources r LEFT JOIN organizations o ON o.id = r.organization_id
WHERE r.pk IN ({{pks}})
"""


def _refresh(pks: str, web: bool) -> str:
    return (
        f"DELETE FROM resource_fts WHERE rowid IN ({pks});\n"
        "INSERT INTO resource_fts(rowid, name, organization, description, eligibility, tags, languages)"
        + _rows(web).format(pks=pks) + ";"
    )


_PKS_OF_TAG = "SELECT r.pk FROM resources r JOIN resource_tags rt ON rt.resource_id = r.id WHERE rt.tag_id = {tag}"
_PKS_OF_TERM = ("SELECT r.pk FROM resources r JOIN resource_taxonomy_terms rtt ON rtt.resource_id = r.id "
                "WHERE rtt.term_id = {term}")
_TRIGGERS = ("resources_fts_insert", "resources_fts_update", "resource_tags_fts_insert", "resource_tags_fts_delete",
             "tags_fts_update", "tag_aliases_fts_insert", "tag_aliases_fts_delete", "organizations_fts_update",
             "resource_taxonomy_terms_fts_insert", "resource_taxonomy_terms_fts_delete", "taxonomy_terms_fts_update")


def _triggers(web: bool) -> list[str]:
    def refresh(pks: str) -> str:
        return _refresh(pks, web)

    resource_columns = "name, description, eligibility, languages, organization_id" + (", website" if web else "")
    organization_columns = "name, alternate_name" + (", website" if web else "")
    return [
        f"""CREATE TRIGGER resources_fts_insert AFTER INSERT ON resources BEGIN
        {refresh("new.pk")} END""",
        f"""CREATE TRIGGER resources_fts_update AFTER UPDATE OF {resource_columns} ON resources BEGIN
        {refresh("new.pk")} END""",
        f"""CREATE TRIGGER resource_tags_fts_insert AFTER INSERT ON resource_tags BEGIN
        {refresh("SELECT pk FROM resources WHERE id = new.resource_id")} END""",
        f"""CREATE TRIGGER resource_tags_fts_delete AFTER DELETE ON resource_tags BEGIN
        {refresh("SELECT pk FROM resources WHERE id = old.resource_id")} END""",
        f"""CREATE TRIGGER tags_fts_update AFTER UPDATE OF name ON tags BEGIN
        {refresh(_PKS_OF_TAG.format(tag="new.id"))} END""",
        f"""CREATE TRIGGER tag_aliases_fts_insert AFTER INSERT ON tag_aliases BEGIN
        {refresh(_PKS_OF_TAG.format(tag="new.tag_id"))} END""",
        f"""CREATE TRIGGER tag_aliases_fts_delete AFTER DELETE ON tag_aliases BEGIN
        {refresh(_PKS_OF_TAG.format(tag="old.tag_id"))} END""",
        f"""CREATE TRIGGER organizations_fts_update AFTER UPDATE OF {organization_columns} ON organizations BEGIN
        {refresh("SELECT pk FROM resources WHERE organization_id = new.id")} END""",
        f"""CREATE TRIGGER resource_taxonomy_terms_fts_insert AFTER INSERT ON resource_taxonomy_terms BEGIN
        {refresh("SELECT pk FROM resources WHERE id = new.resource_id")} END""",
        f"""CREATE TRIGGER resource_taxonomy_terms_fts_delete AFTER DELETE ON resource_taxonomy_terms BEGIN
        {refresh("SELECT pk FROM resources WHERE id = old.resource_id")} END""",
        f"""CREATE TRIGGER taxonomy_terms_fts_update AFTER UPDATE OF name ON taxonomy_terms BEGIN
        {refresh(_PKS_OF_TERM.format(term="new.id"))} END""",
    ]


def _rebuild_search_index(web: bool) -> None:
    """Triggers and index rows anew. The index is dropped and created again from its own
    stored SQL rather than emptied: DELETE leaves a tombstone per row in the index that every
    later query reads past (about 7x slower searches at 100,000 resources until FTS5 happens
    to merge them), and the rows are then merged into one segment ('optimize')."""
    for name in _TRIGGERS:
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    for statement in _triggers(web):
        op.execute(statement)
    bind = op.get_bind()
    if bind.exec_driver_sql("SELECT NOT EXISTS (SELECT 1 FROM resources)").scalar():
        return  # a new catalogue: nothing to index, and the index is as 0004 made it
    create = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'resource_fts'").scalar()
    op.execute("DROP TABLE resource_fts")
    op.execute(create)
    op.execute("INSERT INTO resource_fts(rowid, name, organization, description, eligibility, tags, languages)"
               + _rows(web).format(pks="SELECT pk FROM resources"))
    op.execute("INSERT INTO resource_fts(resource_fts) VALUES ('optimize')")


def upgrade() -> None:
    for old, column in _SORTED:
        op.execute(f'DROP INDEX IF EXISTS "{old}"')
        op.execute(f'CREATE INDEX "ix_resources_{column}_sort_name" ON resources ({column}, sort_name)')
    # Same name (an import looks resources up by it and keeps it), one column wider.
    op.execute('DROP INDEX IF EXISTS "ix_resources_organization_id"')
    op.execute('CREATE INDEX "ix_resources_organization_id" ON resources (organization_id, sort_name)')
    op.execute('CREATE INDEX "ix_organizations_name_nocase" ON organizations (name COLLATE NOCASE, id)')
    _rebuild_search_index(web=True)


def downgrade() -> None:
    _rebuild_search_index(web=False)
    op.execute('DROP INDEX "ix_organizations_name_nocase"')
    op.execute('DROP INDEX "ix_resources_organization_id"')
    op.execute('CREATE INDEX "ix_resources_organization_id" ON resources (organization_id)')
    for old, column in _SORTED:
        op.execute(f'DROP INDEX "ix_resources_{column}_sort_name"')
        op.execute(f'CREATE INDEX "{old}" ON resources ({column})')
