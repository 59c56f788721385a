"""Tag suggestions from a resource's own words, and the AIRS/211 table they sit beside."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from resource_desk.core.paths import resource_path
from resource_desk.core.suggestions import Suggester, Suggestion, TagRule, rules_from_vocabulary
from resource_desk.core.text import fold
from resource_desk.core.vocabulary import IDENTITY_TAGS, KEYWORDS, NEED_TAGS
from resource_desk.importing.records import SourceTerm
from resource_desk.importing.tagging import AIRS, TagResolver, load_airs_table

SHIPPED_AIRS = resource_path("taxonomy", "airs_to_tags.csv")
VOCABULARY = {f"{facet}:{name}" for facet, tags in (("identity", IDENTITY_TAGS), ("need", NEED_TAGS))
              for name, _colour, _aliases in tags}
TOP_LEVEL = ("B", "D", "F", "H", "J", "L", "N", "P", "R", "T", "Y")
SECOND_LEVEL = {
    "B": "BD BH BM BT BV", "D": "DD DF DM DT", "F": "FC FF FJ FL FN FP FS FT FV", "H": "HD HH HL HP",
    "J": "JD JP JR", "L": "LD LE LF LH LJ LL LM LN LR LT LV", "N": "ND NL NS NT",
    "P": "PB PD PH PL PN PS PV PW PX", "R": "RD RF RM RP RR RX",
    "T": "TA TB TC TD TE TF TH TI TJ TL TM TN TO TP TQ TR",
    "Y": "YA YC YD YG YI YK YL YN YO YQ YR YW YY",
}
# Listed without tags: the names of the codes beneath find their tag.
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
    listed = set(TOP_LEVEL) | {code for codes in SECOND_LEVEL.values() for code in codes.split()} | set(Y_BY_NAME)
    assert listed <= set(table)
    for code in sorted(listed):
        found = resolver.term_tags(SourceTerm(AIRS, code, ""))
        assert [resolver.key_of(t) for t in found] == list(table[code]), code
    assert all(table[code] == () for code in Y_BY_NAME)


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


# -- the engine -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def suggester():
    return Suggester(rules_from_vocabulary({key: key for key in KEYWORDS}))  # tag id = key, for reading


def keys(found):
    return [s.key for s in found]


def test_a_food_pantry_in_the_description_suggests_food_with_its_evidence(suggester):
    found = suggester.suggest(name="Eastside Pantry", description="A food pantry open on Saturdays.")
    assert found == [Suggestion("need:Food", "need:Food", "description: “food pantry”")]


def test_a_mens_shelter_or_a_service_for_men_never_suggests_women(suggester):
    for text in ("A men's shelter.", "Emergency shelter for men", "Serves men and women", "MEN'S SHELTER",
                 "Boys and girls club", "Refugio para hombres y mujeres"):
        assert "identity:Women" not in keys(suggester.suggest(description=text)), text
    assert keys(suggester.suggest(name="Men's Shelter")) == ["need:Housing & shelter"]
    # in another clause, women still count
    assert "identity:Women" in keys(suggester.suggest(description="Serves men; a separate program for women."))


@pytest.mark.parametrize("text", [
    "No immigration status required.",
    "Services are provided regardless of immigration status.",
    "Regardless of immigration status, everyone is welcome.",
    "Immigration status is not required.",
    "We do not ask about immigration status.",
    "Undocumented welcome!",
    "No se requiere estatus migratorio.",
    "Atendemos sin importar el estatus migratorio.",
])
def test_immigration_status_never_suggests_immigration_legal_help(suggester, text):
    found = keys(suggester.suggest(description=text, eligibility=text))
    assert "need:Immigration legal help" not in found
    assert "identity:Immigrant & refugee" not in found


def test_undocumented_welcome_says_whom_the_resource_is_for(suggester):
    assert keys(suggester.suggest(eligibility="Undocumented welcome")) == ["identity:Undocumented"]


@pytest.mark.parametrize("text", [
    "We do not provide housing.", "Does not provide housing, food or clothing.", "No shelter on site.",
    "All services except housing.", "Sin albergue.", "Housing is not provided.", "Shelter beds are not available.",
    "Referrals to shelters and food banks.",
])
def test_a_negation_or_a_referral_drops_what_it_reaches(suggester, text):
    found = keys(suggester.suggest(description=text))
    assert "need:Housing & shelter" not in found and "need:Food" not in found, found


def test_a_negation_reaches_no_further_than_its_clause(suggester):
    found = keys(suggester.suggest(description="No appointment needed. We offer a food pantry and legal clinic."))
    assert found == ["need:Food", "need:Legal aid"]
    found = keys(suggester.suggest(description="Regardless of immigration status, we provide legal help."))
    assert found == ["need:Legal aid"]
    found = keys(suggester.suggest(description="No-cost legal clinic; no insurance needed for the health clinic"))
    assert found == ["need:Legal aid", "need:Health care"]
    found = keys(suggester.suggest(description="Immigration status is not required for the food bank."))
    assert found == ["need:Food"]


def test_spanish_text(suggester):
    found = suggester.suggest(description="Despensa de alimentos, albergue y asesoría legal para mujeres "
                                          "sobrevivientes de violencia doméstica. Grupos de apoyo en español.")
    assert keys(found) == ["need:Food", "need:Housing & shelter", "need:Legal aid", "identity:Women",
                           "identity:Survivors of violence", "need:Domestic violence", "need:Peer support"]
    assert found[0].evidence == "description: “Despensa de alimentos”"
    assert keys(suggester.suggest(description="Servicios de inmigración y clínicas de salud")) == [
        "need:Immigration legal help", "need:Health care"]


def test_plurals_case_and_accents_are_folded(suggester):
    assert keys(suggester.suggest(description="FOOD PANTRIES and Support Groups")) == ["need:Food", "need:Peer support"]
    assert keys(suggester.suggest(description="clases de ingles; violencia domestica")) == [
        "need:Education", "need:Domestic violence"]
    assert keys(suggester.suggest(description="Shelters for families")) == ["need:Housing & shelter"]


def test_a_longer_phrase_hides_the_words_inside_it(suggester):
    assert keys(suggester.suggest(description="Animal shelter and pet adoption")) == []
    assert keys(suggester.suggest(description="Career counseling")) == ["need:Employment"]
    assert keys(suggester.suggest(description="Senior staff attorney")) == ["need:Legal aid"]


def test_tags_already_carried_are_not_suggested_again(suggester):
    text = "A food pantry and a legal clinic"
    assert keys(suggester.suggest(description=text, have={"need:Food"})) == ["need:Legal aid"]
    assert suggester.suggest(description=text, have=["need:Food", "need:Legal aid"]) == []


def test_source_categories_are_read_too(suggester):
    found = suggester.suggest(name="Harbor House", categories=[
        "Basic Needs - Food - Food Pantries", "Target Populations - Older Adults", "Hispanic/Latino Community"])
    assert keys(found) == ["need:Food", "identity:Older adults", "identity:Latine"]
    assert found[1].evidence == "category: “Older Adults”"


def test_each_tag_once_in_the_order_its_first_evidence_appears(suggester):
    found = suggester.suggest(name="Youth Legal Clinic", description="Legal aid for youth and their families",
                              eligibility="Ages 14-24")
    assert keys(found) == ["identity:Youth", "need:Legal aid"]
    assert found[0].evidence == "name: “Youth”"


def test_the_catalogues_own_rules_are_used_and_stored_keywords_may_be_any_case():
    rules = [TagRule("t1", "need", "Bikes", ("BICYCLE REPAIR", "Bicicletas")),
             TagRule("t2", "identity", "Women", ("women",))]
    suggester = Suggester(rules)
    assert keys(suggester.suggest(description="Bicycle repairs and bicicletas for women and men")) == ["need:Bikes"]
    assert [s.tag_id for s in suggester.suggest(name="Women's bicycle repair")] == ["t2", "t1"]
    assert Suggester([]).suggest(description="food pantry") == []


def test_rules_from_vocabulary_leave_out_tags_the_catalogue_lacks():
    rules = rules_from_vocabulary({"need:Food": "id-food"})
    assert [(r.tag_id, r.facet, r.name) for r in rules] == [("id-food", "need", "Food")]
    assert "food pantry" in rules[0].keywords


def test_every_keyword_belongs_to_a_tag_of_the_vocabulary_and_aliases_are_unique():
    assert set(KEYWORDS) == VOCABULARY
    assert all(KEYWORDS[key] for key in KEYWORDS)
    owner = {}
    for facet, tags in (("identity", IDENTITY_TAGS), ("need", NEED_TAGS)):
        for name, _colour, aliases in tags:
            for word in (name, *aliases):
                assert owner.setdefault(fold(word), f"{facet}:{name}") == f"{facet}:{name}", word


def test_the_suggestions_module_needs_neither_qt_nor_the_database():
    code = ("import sys, resource_desk.core.suggestions as s; "
            "print(any(m.startswith(('PySide6', 'sqlalchemy')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
