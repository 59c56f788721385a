"""Tag suggestions from a resource's own words, and the AIRS/211 table they sit beside."""

from __future__ import annotations

import re

import pytest

from resource_desk.core.paths import resource_path
from resource_desk.core.text import fold
from resource_desk.core.vocabulary import IDENTITY_TAGS, NEED_TAGS
from resource_desk.importing.records import SourceTerm
from resource_desk.importing.tagging import AIRS, TagResolver, load_airs_table

SHIPPED_AIRS = resource_path("taxonomy", "airs_to_tags.csv")
VOCABULARY = {f"{facet}:{name}" for facet, tags in (("identity", IDENTITY_TAGS), ("need", NEED_TAGS))
              for name, _colour, _aliases in tags}
TOP_LEVEL = ("B", "D", "F", "H", "J", "L", "N", "P", "R", "T")  # Y: see the table's note
SECOND_LEVEL = {
    "B": "BD BH BM BT BV", "D": "DD DF DM DT", "F": "FC FF FJ FL FN FP FS FT FV", "H": "HD HH HL HP",
    "J": "JD JP JR", "L": "LD LE LF LH LJ LL LM LN LR LT LV", "N": "ND NL NS NT",
    "P": "PB PD PH PL PN PS PV PW PX", "R": "RD RF RM RP RR RX",
    "T": "TA TB TC TD TE TF TH TI TJ TL TM TN TO TP TQ TR",
    "Y": "YA YC YD YG YI YK YL YN YO YQ YR YW YY",
}
# Left out on purpose: a row would stop the importer from matching the names of the codes beneath.
Y_BY_NAME = ("Y", "YB", "YE", "YF", "YH", "YJ", "YM", "YP", "YS", "YT", "YV", "YX", "YZ")


def _resolver():
    tags, aliases = [], []
    for facet, vocabulary in (("identity", IDENTITY_TAGS), ("need", NEED_TAGS)):
        for name, _colour, words in vocabulary:
            tag_id = f"{facet}:{name}"
            tags.append((tag_id, facet, name, ""))
            aliases += [(fold(w), tag_id) for w in words]
    return TagResolver(tags, aliases, load_airs_table(SHIPPED_AIRS), create=False)


def test_the_airs_table_lists_every_category_of_the_first_two_levels_and_they_resolve():
    table = load_airs_table(SHIPPED_AIRS)
    resolver = _resolver()
    listed = set(TOP_LEVEL) | {code for codes in SECOND_LEVEL.values() for code in codes.split()}
    assert listed <= set(table)
    for code in sorted(listed):
        found = resolver.term_tags(SourceTerm(AIRS, code, ""))
        assert [resolver.key_of(t) for t in found] == list(table[code]), code
    assert not set(Y_BY_NAME) & set(table)


def test_every_tag_the_airs_table_names_is_in_the_vocabulary_and_every_code_is_well_formed():
    table = load_airs_table(SHIPPED_AIRS)
    shape = re.compile(r"^[A-Z]{1,2}(?:-\d{4}(?:\.\d{4}(?:-\d{3}(?:\.\d{2})?)?)?)?$")
    for code, keys in table.items():
        assert shape.match(code), code
        assert set(keys) <= VOCABULARY, (code, set(keys) - VOCABULARY)
        assert all(k.startswith("identity:") for k in keys) or not code.startswith("Y"), code


@pytest.mark.parametrize(("code", "term", "expected"), [
    ("BD-1800.2000-620", "Occasional Emergency Food Assistance", ["need:Food"]),
    ("BH-1800.1500-100", "Domestic Violence Shelters", ["need:Housing & shelter", "need:Domestic violence"]),
    ("FC-8200", "Courts", []),  # a court is not legal help
    # Codes made up under unlisted Y categories: their names still find their tag.
    ("YH-1234.5678", "Hispanic/Latino Community", ["identity:Latine"]),
    ("YZ-1234", "Gay/Lesbian/Bisexual/Transgender Issues", ["identity:LGBTQIA+"]),
    ("YB-8000.1234", "Frail Elderly", ["identity:Older adults"]),
])
def test_codes_beneath_a_listed_row_follow_it_and_y_names_still_match(code, term, expected):
    resolver = _resolver()
    assert [resolver.key_of(t) for t in resolver.term_tags(SourceTerm(AIRS, code, term))] == expected
