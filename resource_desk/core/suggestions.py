"""Tags a resource's own words suggest: "food pantry" in a description suggests need:Food.

Pure Python, no Qt and no database: callers pass the catalogue's tags with their keywords
(``TagRule``) and a resource's text; ``Suggester.suggest`` answers with the tags the text
suggests and the words that did, for a person to accept or not.

Matching is on whole words and phrases, case and accents folded, plurals taken ("pantries"
finds "food pantry"), in English and Spanish. Precision comes before recall:

- a phrase that means something else hides the words inside it ("animal shelter",
  "immigration status", "career counseling" is Employment, not Mental health);
- a negation before a match, in its clause, drops it ("no", "not", "without", "except",
  "regardless of", "sin", "sin importar"), and so does one after it that says the thing is not
  needed or not there ("immigration status not required", "housing is not provided");
- "women" next to "men" in one clause ("men and women") does not suggest Women.

The keywords of every rule become one trie over folded, stemmed words, built once per
``Suggester``: a text is read once, word by word, whatever the number of rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from resource_desk.core.messages import msg
from resource_desk.core.text import fold

__all__ = ["TagRule", "Suggestion", "Suggester", "SuggestionTally", "TagSuggestion", "rules_from_tags",
           "rules_from_vocabulary",
           "normalize_phrase"]


@dataclass(frozen=True)
class TagRule:
    """One tag of the catalogue's vocabulary and the words that suggest it."""

    tag_id: str
    facet: str
    name: str
    keywords: tuple[str, ...]  # as stored: any case, any accents

    @property
    def key(self) -> str:
        return f"{self.facet}:{self.name}"


@dataclass(frozen=True)
class Suggestion:
    tag_id: str
    key: str  # "need:Food"
    evidence: str  # where and which words: 'description: “food pantry”'


def _evidence(field: str, words: str) -> str:
    """Where the words were found and which: 'description: “food pantry”'."""
    if field == "name":
        return msg("name: “{words}”", words=words)
    if field == "description":
        return msg("description: “{words}”", words=words)
    if field == "eligibility":
        return msg("eligibility: “{words}”", words=words)
    if field == "category":
        return msg("category: “{words}”", words=words)
    return f"{field}: “{words}”"


@dataclass(frozen=True)
class TagSuggestion:
    """One suggested tag over many resources (or rows of a file): which, a few names, and why."""

    tag_id: str
    key: str
    items: tuple  # the resources' ids (or the file's row numbers) it would reach
    examples: tuple[str, ...]
    evidence: tuple[str, ...] = ()
    accepted: bool = False  # on import: added to those rows

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def resource_ids(self) -> tuple:
        return self.items

    def to_json(self) -> dict:
        return {"tag": self.key, "count": self.count, "examples": list(self.examples),
                "evidence": list(self.evidence), "items": list(self.items)}


class SuggestionTally:
    """Suggestions gathered item by item, grouped by tag, most items first."""

    EXAMPLES = 5

    def __init__(self, accept: frozenset[str] = frozenset()):
        self.accept = accept  # tag keys ("*": every one) marked accepted in the result
        self._keys: dict[str, str] = {}
        self._items: dict[str, list] = {}
        self._examples: dict[str, list[tuple[str, str]]] = {}

    def accepts(self, key: str) -> bool:
        return "*" in self.accept or key in self.accept

    def add(self, item, name: str, suggestion: Suggestion) -> None:
        self._keys[suggestion.tag_id] = suggestion.key
        self._items.setdefault(suggestion.tag_id, []).append(item)
        examples = self._examples.setdefault(suggestion.tag_id, [])
        if len(examples) < self.EXAMPLES:
            examples.append((name, suggestion.evidence))

    def result(self) -> list[TagSuggestion]:
        found = [TagSuggestion(tag_id, self._keys[tag_id], tuple(items),
                               tuple(n for n, _ in self._examples[tag_id]), tuple(e for _, e in self._examples[tag_id]),
                               self.accepts(self._keys[tag_id]))
                 for tag_id, items in self._items.items()]
        return sorted(found, key=lambda s: (-s.count, s.key))


# -- words ----------------------------------------------------------------------------------

# A word (with inner apostrophes: "women's", "don't"), a comma, or a mark that ends a clause.
_TOKEN = re.compile(r"[\w'’]+|[,;.:!?()\[\]{}•|\n]")
_CLAUSE_END = "|"
_COMMA = ","
_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 400_000


def _stem(word: str) -> str:
    """A plural and a final e away, the same for a keyword and for the text: "pantries" and
    "pantry", "services" and "service", "mujeres" and "mujer", "albergues" and "albergue"."""
    if len(word) >= 4 and not word[0].isdigit():
        if word.endswith("ies") and len(word) >= 5:
            word = word[:-3] + "y"
        elif word.endswith("sses"):
            word = word[:-2]
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        if len(word) >= 4 and word.endswith("e"):
            word = word[:-1]
    return word


def _norm(token: str) -> str:
    found = _CACHE.get(token)
    if found is None:
        if token in ",;.:!?()[]{}•|\n":
            found = _COMMA if token == "," else _CLAUSE_END
        else:
            word = fold(token).replace("’", "'")
            if word.endswith("'s"):
                word = word[:-2]
            found = _stem(word.replace("'", "")) or "'"
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[token] = found
    return found


def normalize_phrase(phrase: str) -> str:
    """A keyword as the matcher sees it: folded, stemmed words with single spaces ("" for none)."""
    return " ".join(w for w in (_norm(t) for t in _TOKEN.findall(phrase)) if w not in (_COMMA, _CLAUSE_END))


def _words(*phrases: str) -> frozenset[str]:
    return frozenset(normalize_phrase(p) for p in phrases)


# -- the engine's own phrases and cues --------------------------------------------------------

# Phrases that suggest nothing: they hide the keywords inside them, and a "no" or "sin" that
# opens one is no negation ("no cost", "sin cita").
NEUTRAL_PHRASES: tuple[str, ...] = (
    "no cost", "no charge", "no fee", "no appointment", "no appointment necessary", "no referral",
    "no insurance", "no income", "no ID", "no questions asked", "no wait", "no waiting", "no waiting list",
    "no one", "no prior experience", "no experience", "no documentation", "no documents", "not only",
    "not limited to", "not for profit", "not-for-profit", "without insurance", "without health insurance",
    "without an appointment", "without appointment", "without charge", "without cost", "sin costo",
    "sin cargo", "sin cita", "sin cita previa", "sin seguro", "sin seguro médico", "sin necesidad de cita",
    "sin fines de lucro", "no cobra", "no cobramos",
    # words that mean something else next to these
    "animal shelter", "pet shelter", "shelter animals", "shelter pets", "tax shelter",
    "immigration status", "immigrant status", "immigration documents", "immigration enforcement",
    "immigration policy", "immigration history", "citizenship status", "proof of citizenship",
    "U.S. citizenship", "US citizenship", "citizenship requirement", "legal status", "legal resident",
    "legal permanent resident", "lawful permanent resident", "legal guardian", "legal age", "legal holidays",
    "district attorney", "attorney general", "power of attorney", "city attorney", "housing status",
    "employment status", "employment history", "income status", "disability status", "veteran status",
    "marital status", "HIV status", "food handler", "food safety", "food service", "food industry",
    "fast food", "food allergies", "senior staff", "senior high", "senior director", "senior manager",
    "senior attorney", "senior vice president", "senior year", "high school senior", "senior level",
    "senior associate", "senior fellow", "senior partner", "senior pastor", "senior advisor", "aging out",
    "anti-aging", "cancer survivor", "stroke survivor", "burn survivor", "Holocaust survivor",
    "disaster survivor", "disaster victim", "fire victim", "flood victim", "accident victim",
    "victims of disaster", "survivors of suicide", "suicide loss survivors", "loss survivor",
    "survivor benefits", "survivors insurance", "survivors and disability", "crisis pregnancy",
    "pregnancy crisis", "financial crisis", "housing crisis", "economic crisis", "climate crisis",
    "affordability crisis", "opioid crisis", "tenant hotline", "legal hotline", "information hotline",
    "info hotline", "referral hotline", "tax hotline", "benefits hotline", "wheelchair accessible",
    "wheelchair access", "ADA accessible", "disabled parking", "disability access", "drug and alcohol free",
    "alcohol and drug free", "drug free", "alcohol free", "clean and sober", "must be sober", "drug testing",
    "drug and alcohol testing", "hormone therapy", "hormone replacement therapy", "child support",
    "child custody", "child welfare", "animal welfare", "social security number", "social security card",
    "working class", "middle class", "class action", "first class", "Asian languages", "image counseling",
    "curriculum vitae", "independent living skills", "spiritual counseling", "pastoral counseling",
    "health care provider", "health care providers", "health care workers", "health care professionals",
    "healthcare providers", "healthcare workers", "healthcare professionals", "mental health professionals",
    "mental health providers", "trabajo social",
    "asilo de ancianos", "prueba de ciudadanía", "estatus migratorio", "estado migratorio",
)

# Before a match, in its clause: these drop it when within a few words.
_NEGATIONS = _words(
    "no", "not", "never", "without", "except", "excluding", "exclude", "excludes", "nor", "neither", "none",
    "cannot", "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "unable",
    "sin", "ni", "excepto", "salvo", "nunca", "tampoco", "ningún", "ninguna", "ninguno")
# ... and these whatever the distance, to the end of the clause ("regardless of race, income or
# immigration status").
_WIDE_NEGATIONS = _words("regardless", "irrespective", "independientemente", "importar")
_DISCRIMINATE = _words("discriminate", "discriminates", "discrimination", "discriminar", "discriminación")
# End a negation's reach: "no walk-ins, but we offer food".
_BREAKS = _words("but", "however", "yet", "although", "though", "pero", "sino", "aunque", "embargo")
# "... and serve", "y ofrecemos": a new verb ends it too.
_AND = _words("and", "y")
_VERBS = _words("serve", "serves", "serving", "provide", "provides", "offer", "offers", "welcome", "welcomes",
                "support", "supports", "help", "helps", "ofrece", "ofrecemos", "atiende", "atendemos", "brinda",
                "brindamos", "sirve", "servimos", "ayuda", "ayudamos")
# A comma followed by one of these ends it too: "regardless of immigration status, we offer ...".
_STARTS = _words(
    "we", "they", "you", "our", "the", "this", "it", "all", "everyone", "anyone", "clients", "participants",
    "services", "staff", "which", "who", "nosotros", "ofrecemos", "se", "todos", "todas", "los", "las")
# After a match: "immigration status not required", "housing is not provided", "no es necesario".
_AFTER = _words(
    "required", "require", "requirement", "needed", "necessary", "asked", "checked", "matter", "eligible",
    "accepted", "allowed", "available", "provided", "offered", "served", "permitted", "considered",
    "requerido", "requerida", "requiere", "requisito", "necesario", "necesaria", "importa", "aceptan",
    "disponible", "ofrece", "ofrecemos")
_AFTER_NEGATIONS = _words("no", "not", "never", "isn't", "aren't", "doesn't", "don't", "cannot", "nor", "ni")
_MISSING = _words("unavailable", "inaccessible", "lacking", "scarce")  # "... are unavailable"
# A referral is not the service: "referrals to shelters, food banks and legal aid", "information
# about shelters". The word must be followed by one of _REFERRED.
_REFERRALS = _words("referral", "referrals", "refer", "refers", "referring", "referred", "information",
                    "info", "linkage", "linkages", "connect", "connects", "connecting", "referencias",
                    "información", "refiere", "referimos")
_REFERRED = _words("to", "for", "about", "on", "regarding", "a", "sobre", "para")
# A need named as a subject, not offered: "workshops on health topics such as substance use",
# "legal advice regarding housing", "works to improve housing", "histories of acute crises".
# These reach to the end of the clause, and only need tags: "advocates for survivors" still
# says whom a resource is for.
_TOPICS = _words("about", "regarding", "concerning", "relating", "related", "topic", "topics", "issue", "issues",
                 "improve", "improving", "policy", "policies", "history", "histories", "awareness", "research",
                 "sobre", "acerca", "tema", "temas", "mejorar", "política", "políticas", "historial", "investigación")
_TOPICS_AFTER = _words("disparities", "disparity", "research", "policy", "policies", "awareness")  # right after
NEGATED, TOPICAL = 2, 1
_BEFORE = _TOPICS | _NEGATIONS | _WIDE_NEGATIONS | _REFERRALS
_CUES = _TOPICS | _TOPICS_AFTER | _NEGATIONS | _WIDE_NEGATIONS | _AFTER_NEGATIONS | _MISSING | _REFERRALS
_NEAR = 6  # words a plain negation reaches forward
_REACH = 40  # words a wide one does
_AFTER_NEAR = 5  # words after a match a "not required" may start

# A tag that another word in the clause contradicts: "men and women" does not suggest Women.
# "all races, classes and genders" is no Education.
COMPLEMENTS: dict[str, tuple[str, ...]] = {
    "identity:Women": ("men", "man", "male", "males", "boys", "boy", "fathers", "father", "dads",
                       "hombre", "hombres", "varones", "niños"),
    "need:Education": ("races", "genders", "ethnicities", "religions", "backgrounds"),
}


# -- the matcher ----------------------------------------------------------------------------

_END = ""  # in the trie: the tag ids of the phrase that ends here (no word is empty)


class Suggester:
    def __init__(self, rules: Iterable[TagRule]):
        self.rules = list(rules)
        self._key_of = {r.tag_id: r.key for r in self.rules}
        self._needs = frozenset(r.tag_id for r in self.rules if r.facet == "need")
        by_phrase: dict[str, set[str]] = {}
        for rule in self.rules:
            for keyword in rule.keywords:
                phrase = normalize_phrase(keyword)
                if phrase:
                    by_phrase.setdefault(phrase, set()).add(rule.tag_id)
        neutral = {p for p in (normalize_phrase(n) for n in NEUTRAL_PHRASES) if p}
        # A neutral phrase that is also a keyword stays a keyword: the catalogue's word wins.
        self._tags: dict[str, tuple[str, ...]] = {p: () for p in neutral - set(by_phrase)}
        self._tags.update({p: tuple(sorted(ids)) for p, ids in by_phrase.items()})
        self._complements = {r.tag_id: _words(*COMPLEMENTS[r.key]) for r in self.rules if r.key in COMPLEMENTS}
        # A trie over words: {word: {word: ..., _END: tag ids}}; its first level as a set.
        self._trie: dict = {}
        for phrase, tag_ids in self._tags.items():
            node = self._trie
            for word in phrase.split(" "):
                node = node.setdefault(word, {})
            node[_END] = tag_ids
        self._first = frozenset(self._trie)

    def suggest(self, name: str = "", description: str = "", eligibility: str = "",
                categories: Iterable[str] = (), have: Iterable[str] = ()) -> list[Suggestion]:
        """Tags the text suggests, except those in ``have`` (tag ids already carried), in the order
        their first evidence appears (name, description, eligibility, then categories)."""
        if not self._trie:
            return []
        found: dict[str, Suggestion] = {}
        done = set(have)
        fields = [("name", name), ("description", description), ("eligibility", eligibility)]
        fields += [("category", c) for c in categories]
        for label, value in fields:
            if value:
                for tag_id, surface in self._matches(value, done):
                    done.add(tag_id)
                    found[tag_id] = Suggestion(tag_id, self._key_of[tag_id], _evidence(label, surface))
        return list(found.values())

    # -- one field ------------------------------------------------------------------------

    def _matches(self, value: str, done: set[str]) -> Iterable[tuple[str, str]]:
        raw = _TOKEN.findall(value)
        words = list(map(_CACHE.get, raw))
        if None in words:
            words = [w if w is not None else _norm(t) for w, t in zip(words, raw)]
        first_words = self._first
        candidates = [i for i, w in enumerate(words) if w in first_words]
        if not candidates:
            return
        spans: list[tuple[int, int, tuple[str, ...]]] = []
        trie, n, reached = self._trie, len(words), 0
        for i in candidates:
            if i < reached:
                continue  # inside the previous match
            node, j, best = trie, i, None
            while j < n and (node := node.get(words[j])) is not None:
                j += 1
                if _END in node:
                    best = (i, j, node[_END])
            if best:
                spans.append(best)
                reached = best[1]
        if not spans:
            return
        cues = not _CUES.isdisjoint(words)
        used: list[bool] = []
        before: list[int] = []  # where a cue that reaches forward stands
        if cues:
            used = [False] * n
            for first, last, _ in spans:
                used[first:last] = [True] * (last - first)
            before = [k for k, w in enumerate(words) if w in _BEFORE and not used[k]]
        for first, last, tag_ids in spans:
            fresh = [t for t in tag_ids if t not in done]
            if not fresh:
                continue
            if cues:
                context = _context(words, used, before, first, last)
                if context == NEGATED:
                    continue
                if context == TOPICAL:
                    fresh = [t for t in fresh if t not in self._needs]
                    if not fresh:
                        continue
            surface = " ".join(raw[first:last])
            for tag_id in fresh:
                against = self._complements.get(tag_id)
                if against and not against.isdisjoint(words) and _in_clause(words, first, last, against):
                    continue
                yield tag_id, surface


def _context(words: list[str], used: list[bool], before: list[int], first: int, last: int) -> int:
    """What the clause says of the words ``first:last``: NEGATED (a negation or a referral reaches
    them), TOPICAL (they are a subject: "about", "regarding", "improve") or 0. ``before``: the
    places of the cues that reach forward, in order."""
    new_subject = False  # a comma then "we", "the", ... lies between a cue and the match
    topical = 0
    nearest = bisect_left(before, first)
    farthest = bisect_left(before, first - _REACH)
    stop = before[farthest] - 1 if farthest < nearest else first - 1  # nothing to walk back to
    for k in range(first - 1, stop, -1):
        word = words[k]
        if word == _CLAUSE_END or word in _BREAKS or (word in _VERBS and k and words[k - 1] in _AND):
            break
        if word == _COMMA:
            new_subject = new_subject or words[k + 1] in _STARTS
            continue
        if used[k] or new_subject:
            continue
        if word in _WIDE_NEGATIONS:
            return NEGATED
        if word in _REFERRALS and words[k + 1] in _REFERRED:
            return NEGATED
        if word in _NEGATIONS:
            after = words[k + 1:k + 3]
            if not _AFTER.isdisjoint(after):
                continue  # "not required for the food bank" closes what came before it
            if first - k <= _NEAR or not _DISCRIMINATE.isdisjoint(after):
                return NEGATED
        elif word in _TOPICS:
            topical = TOPICAL
    # After: "... not required", "... is not provided", "... are unavailable", "... disparities".
    for k in range(last, min(len(words), last + _AFTER_NEAR)):
        word = words[k]
        if word == _CLAUSE_END or word in _BREAKS:
            break
        if word in _AFTER_NEGATIONS and not used[k] and not _AFTER.isdisjoint(words[k + 1:k + 3]):
            return NEGATED
        if word in _MISSING:
            return NEGATED
        if word in _TOPICS_AFTER and k == last:
            topical = TOPICAL
    return topical


def _in_clause(words: list[str], first: int, last: int, against: frozenset[str]) -> bool:
    k = first - 1
    while k >= 0 and words[k] != _CLAUSE_END:
        if words[k] in against:
            return True
        k -= 1
    k = last
    while k < len(words) and words[k] != _CLAUSE_END:
        if words[k] in against:
            return True
        k += 1
    return False


def rules_from_tags(tags: Iterable) -> list[TagRule]:
    """Rules from the catalogue's tags as ``core.tags.list_tags`` lists them (with keywords)."""
    return [TagRule(t.id, t.facet, t.name, tuple(t.keywords)) for t in tags]


def rules_from_vocabulary(tag_ids: dict[str, str]) -> list[TagRule]:
    """Rules for the starting vocabulary's keywords: ``tag_ids`` maps "facet:Name" to a tag id;
    keys it lacks are left out. For tests, and for a catalogue that has no keywords of its own."""
    from resource_desk.core.vocabulary import KEYWORDS

    rules = []
    for key, keywords in KEYWORDS.items():
        if key in tag_ids:
            facet, _, name = key.partition(":")
            rules.append(TagRule(tag_ids[key], facet, name, keywords))
    return rules
