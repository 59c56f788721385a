"""source categories, tag keywords, possible duplicates

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

* taxonomy_terms and resource_taxonomy_terms: each resource keeps the classification its
  source gave it (AIRS/211 codes with their names, HSDS taxonomy terms, Open Eligibility,
  a centre's own categories), as HSDS does: taxonomy, code, name, parent. Tags, the
  therapist's own vocabulary, come from them only through mappings.
* tag_keywords: words that suggest a tag when a resource's text holds them.
* duplicate_dismissals: pairs the person said are not duplicates; resource_merges: what a
  merge moved and removed, so it can be undone.
* The search index's tags column also holds the names of a resource's source categories
  ("food pantries" finds them): every trigger is created again with the new row SELECT and
  the index is rebuilt from it.
"""

import sqlalchemy as sa
from alembic import op

from resource_desk.core.models import new_id
from resource_desk.core.text import fold

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


_TAGS_TEXT = """coalesce((SELECT group_concat(t.name || ' ' || coalesce(
                    (SELECT group_concat(a.alias, ' ') FROM tag_aliases a WHERE a.tag_id = t.id), ''), ' ')
                 FROM resource_tags rt JOIN tags t ON t.id = rt.tag_id
                 WHERE rt.resource_id = r.id), '')"""
_CATEGORIES_TEXT = """ || ' ' || coalesce((SELECT group_concat(tt.name, ' ')
                 FROM resource_taxonomy_terms rtt JOIN taxonomy_terms tt ON tt.id = rtt.term_id
                 WHERE rtt.resource_id = r.id), '')"""


def _rows(categories: bool) -> str:
    return f"""
SELECT r.pk, r.name,
       coalesce(o.name, '') || ' ' || coalesce(o.alternate_name, ''),
       coalesce(r.description, ''),
       coalesce(r.eligibility, ''),
       {_TAGS_TEXT}{_CATEGORIES_TEXT if categories else ''},
       coalesce((SELECT group_concat(l.words, ' ') FROM language_names l
                 WHERE instr(' ' || r.languages || ' ', ' ' || l.code || ' ') > 0), '') || ' ' || r.languages
FROM resources r LEFT JOIN organizations o ON o.id = r.organization_id
WHERE r.pk IN ({{pks}})
"""


def _refresh(pks: str, categories: bool) -> str:
    return (
        f"DELETE FROM resource_fts WHERE rowid IN ({pks});\n"
        "INSERT INTO resource_fts(rowid, name, organization, description, eligibility, tags, languages)"
        + _rows(categories).format(pks=pks) + ";"
    )


_PKS_OF_TAG = "SELECT r.pk FROM resources r JOIN resource_tags rt ON rt.resource_id = r.id WHERE rt.tag_id = {tag}"
_PKS_OF_TERM = ("SELECT r.pk FROM resources r JOIN resource_taxonomy_terms rtt ON rtt.resource_id = r.id "
                "WHERE rtt.term_id = {term}")
_TRIGGERS = ("resources_fts_insert", "resources_fts_update", "resource_tags_fts_insert", "resource_tags_fts_delete",
             "tags_fts_update", "tag_aliases_fts_insert", "tag_aliases_fts_delete", "organizations_fts_update")
_TERM_TRIGGERS = ("resource_taxonomy_terms_fts_insert", "resource_taxonomy_terms_fts_delete",
                  "taxonomy_terms_fts_update")


def _triggers(categories: bool) -> list[str]:
    def refresh(pks: str) -> str:
        return _refresh(pks, categories)

    statements = [
        f"""CREATE TRIGGER resources_fts_insert AFTER INSERT ON resources BEGIN
        {refresh("new.pk")} END""",
        f"""CREATE TRIGGER resources_fts_update AFTER UPDATE OF name, description, eligibility, languages,
        organization_id ON resources BEGIN {refresh("new.pk")} END""",
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
        f"""CREATE TRIGGER organizations_fts_update AFTER UPDATE OF name, alternate_name ON organizations BEGIN
        {refresh("SELECT pk FROM resources WHERE organization_id = new.id")} END""",
    ]
    if categories:
        statements += [
            f"""CREATE TRIGGER resource_taxonomy_terms_fts_insert AFTER INSERT ON resource_taxonomy_terms BEGIN
        {refresh("SELECT pk FROM resources WHERE id = new.resource_id")} END""",
            f"""CREATE TRIGGER resource_taxonomy_terms_fts_delete AFTER DELETE ON resource_taxonomy_terms BEGIN
        {refresh("SELECT pk FROM resources WHERE id = old.resource_id")} END""",
            f"""CREATE TRIGGER taxonomy_terms_fts_update AFTER UPDATE OF name ON taxonomy_terms BEGIN
        {refresh(_PKS_OF_TERM.format(term="new.id"))} END""",
        ]
    return statements


def _rebuild_search_index(categories: bool) -> None:
    for name in _TRIGGERS + _TERM_TRIGGERS:
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    for statement in _triggers(categories):
        op.execute(statement)
    op.execute("DELETE FROM resource_fts")
    op.execute("INSERT INTO resource_fts(rowid, name, organization, description, eligibility, tags, languages)"
               + _rows(categories).format(pks="SELECT pk FROM resources"))


def upgrade() -> None:
    op.create_table(
        'taxonomy_terms',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('taxonomy', sa.String(length=100), nullable=False),
        sa.Column('code', sa.String(length=100), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('parent_id', sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(['parent_id'], ['taxonomy_terms.id'],
                                name=op.f('fk_taxonomy_terms_parent_id_taxonomy_terms'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_taxonomy_terms')),
        sa.UniqueConstraint('taxonomy', 'code', 'name', name='uq_taxonomy_terms_taxonomy_code_name'),
    )
    op.create_table(
        'resource_taxonomy_terms',
        sa.Column('resource_id', sa.String(length=36), nullable=False),
        sa.Column('term_id', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['resource_id'], ['resources.id'],
                                name=op.f('fk_resource_taxonomy_terms_resource_id_resources'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['term_id'], ['taxonomy_terms.id'],
                                name=op.f('fk_resource_taxonomy_terms_term_id_taxonomy_terms'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('resource_id', 'term_id', name=op.f('pk_resource_taxonomy_terms')),
    )
    op.create_index('ix_resource_taxonomy_terms_term_id_resource_id', 'resource_taxonomy_terms',
                    ['term_id', 'resource_id'])
    op.create_table(
        'tag_keywords',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('tag_id', sa.String(length=36), nullable=False),
        sa.Column('keyword', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_tag_keywords_tag_id_tags'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_tag_keywords')),
        sa.UniqueConstraint('tag_id', 'keyword', name='uq_tag_keywords_tag_id_keyword'),
    )
    op.create_table(
        'duplicate_dismissals',
        sa.Column('resource_a', sa.String(length=36), nullable=False),
        sa.Column('resource_b', sa.String(length=36), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['resource_a'], ['resources.id'],
                                name=op.f('fk_duplicate_dismissals_resource_a_resources'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['resource_b'], ['resources.id'],
                                name=op.f('fk_duplicate_dismissals_resource_b_resources'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('resource_a', 'resource_b', name=op.f('pk_duplicate_dismissals')),
    )
    op.create_table(
        'resource_merges',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('kept_id', sa.String(length=36), nullable=False),
        sa.Column('removed_id', sa.String(length=36), nullable=False),
        sa.Column('removed_name', sa.String(length=300), nullable=False),
        sa.Column('snapshot', sa.Text(), nullable=False),
        sa.Column('undone_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_resource_merges')),
    )
    _rebuild_search_index(categories=True)
    _seed_keywords()


def downgrade() -> None:
    _rebuild_search_index(categories=False)
    op.drop_table('resource_merges')
    op.drop_table('duplicate_dismissals')
    op.drop_table('tag_keywords')
    op.drop_index('ix_resource_taxonomy_terms_term_id_resource_id', 'resource_taxonomy_terms')
    op.drop_table('resource_taxonomy_terms')
    op.drop_table('taxonomy_terms')


def _seed_keywords() -> None:
    """The vocabulary's keywords (and aliases added since 0001) for the tags this catalogue
    still has under their vocabulary names; an alias another tag holds stays where it is."""
    from resource_desk.core import vocabulary

    bind = op.get_bind()
    tags = {(facet, fold(name)): tag_id for tag_id, facet, name in bind.exec_driver_sql(
        "SELECT id, facet, name FROM tags")}
    taken = {alias for (alias,) in bind.exec_driver_sql("SELECT alias FROM tag_aliases")}
    keyword_rows, alias_rows = [], []
    for facet, name, aliases, keywords in vocabulary.entries():
        tag_id = tags.get((facet, fold(name)))
        if tag_id is None:
            continue
        for word in dict.fromkeys(fold(k) for k in keywords):
            if word:
                keyword_rows.append({"id": new_id(), "tag_id": tag_id, "keyword": word})
        for alias in aliases:
            key = fold(alias)
            if key and key not in taken and key != fold(name):
                taken.add(key)
                alias_rows.append({"id": new_id(), "tag_id": tag_id, "alias": key})
    if keyword_rows:
        op.bulk_insert(sa.table("tag_keywords", sa.column("id"), sa.column("tag_id"), sa.column("keyword")),
                       keyword_rows)
    if alias_rows:
        op.bulk_insert(sa.table("tag_aliases", sa.column("id"), sa.column("tag_id"), sa.column("alias")), alias_rows)
