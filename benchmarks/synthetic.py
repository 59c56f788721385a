"""A synthetic catalogue of any size, with realistic text and tags, built fast.

The schema and the full-text triggers are the real ones: the file is created (or upgraded)
by ``Catalogue.open``, then rows go in with sqlite3 ``executemany`` in one transaction, and
the triggers of the migrations fill ``resource_fts`` as they do for every real write.

Row by row, the triggers would index a resource once on insert and again for every tag
link (about 0.9 ms a resource). So, inside the one transaction, the insert triggers are set
aside while a chunk of rows goes in, then the chunk is indexed once through the real update
trigger (``UPDATE resources SET name = name``), and at the end the insert triggers are put
back exactly as the catalogue had them: the index holds what the migrations' triggers
write, tags and languages included. Foreign keys are checked at the end with
``PRAGMA foreign_key_check``. Python draws the next chunk in a thread meanwhile.

Use from code::

    from benchmarks.synthetic import build, cached
    info = build(tmp_path / "big.sqlite3", 5000)          # a fresh file
    info = cached(100_000)                                 # built once, reused across runs

or from the shell: ``python -m benchmarks.synthetic --n 100000 --out big.sqlite3``.
Everything is drawn from ``random.Random(seed)``: the same n and seed give the same rows.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import json
import os
import queue
import random
import re
import shutil
import sqlite3
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from resource_desk.core.database import Catalogue
from resource_desk.core.paths import resource_path
from resource_desk.core.text import fold

_TEXT_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]")

SEED = 20261121
# Bump when the generated rows change, so cached files are rebuilt.
GENERATOR_VERSION = 2

# ---------------------------------------------------------------------------------------
# Vocabulary. Words are listed roughly from most to least common; draws follow a Zipf-like
# law over that order, as words in real service descriptions do.

NAME_ADJECTIVES = [
    "Rainbow", "Open", "Safe", "Community", "Unity", "Harbor", "New", "Sunrise", "Cedar", "River",
    "Golden", "Hope", "Brave", "Kindred", "True", "Northside", "Eastside", "Mission", "Valley", "Bay",
    "Lotus", "Phoenix", "Willow", "Oak", "Cornerstone", "Liberty", "Freedom", "Horizon", "Village",
    "Neighborhood", "Pride", "Esperanza", "Mariposa", "Sankofa", "Ubuntu", "Bright", "Common", "Lighthouse",
    "Morning", "Open Door", "Westside", "Southside", "Downtown", "Uptown", "Riverside", "Lakeside",
    "Hillside", "Evergreen", "Magnolia", "Juniper", "Aurora", "Solstice", "Tidewater", "Prairie", "Mesa",
    "Sierra", "Cascade", "Redwood", "Sequoia", "Maple", "Birch", "Sage", "Saffron", "Indigo", "Coral",
    "Nuestra", "Casa", "Familias", "Niños", "Café", "Clínica", "Comunidad", "Raíces", "Mujeres", "Juntos",
]
NAME_NOUNS = [
    "Bridge", "Path", "Roots", "House", "Haven", "Circle", "Collective", "Alliance", "Project", "Center",
    "Network", "Coalition", "Place", "Commons", "Door", "Table", "Garden", "Hands", "Voices", "Journey",
    "Hearth", "Harbor", "Compass", "Anchor", "Lantern", "Nest", "Well", "Shelter", "Refuge", "Crossing",
    "Spring", "Grove", "Studio", "Kitchen", "Market", "Exchange", "Works", "Lab", "Hub", "Corner",
    "Futuro", "Camino", "Puente", "Hogar", "Corazón", "Sol", "Luz", "Unidos", "Vida", "Voz",
]
NAME_SERVICES = [
    "Housing Program", "Legal Clinic", "Peer Support Group", "Food Pantry", "Crisis Line", "Health Clinic",
    "Counseling Center", "Youth Drop-In", "Immigration Clinic", "Job Training", "ESL Classes",
    "Harm Reduction Program", "Emergency Shelter", "Advocacy Project", "Rental Assistance", "Support Group",
    "Community Center", "Wellness Center", "Recovery Circle", "Family Resource Center", "Mutual Aid Fund",
    "Reentry Program", "Tenant Union", "Benefits Clinic", "Tax Help", "Know Your Rights Workshop",
    "Gender Clinic", "Hormone Therapy Program", "Trans Support Group", "Queer Youth Group", "Elders Circle",
    "Veterans Services", "Disability Services", "Interpretation Services", "Childcare Co-op",
    "Meal Program", "Mobile Clinic", "Warmline", "Hotline", "Navigation Services", "Case Management",
    "Asylum Project", "DACA Clinic", "Citizenship Classes", "Literacy Program", "Computer Lab",
    "Transit Pass Program", "Doula Collective", "Grief Group", "Survivors Group", "Safe House",
    "Clínica Legal", "Grupo de Apoyo", "Despensa de Comida", "Servicios de Inmigración",
]
# The commonest words of any description come first.
FUNCTION_WORDS = [
    "and", "the", "for", "to", "of", "with", "in", "a", "our", "we", "who", "are", "is", "by", "from", "at",
    "on", "or", "all", "any", "their", "you", "your", "can", "be", "as", "that", "this", "also", "no", "not",
    "each", "every", "more", "other", "most", "many", "one", "two", "first", "new", "here", "they", "them",
]
# Then the words of this field, roughly from common to rare.
DESCRIPTION_WORDS = [
    "support", "services", "community", "people",
    "free", "who", "are", "help", "housing", "families", "youth", "group", "our", "we", "care", "health",
    "legal", "access", "peer", "provides", "offers", "immigrant", "safe", "trans", "queer", "LGBTQ",
    "confidential", "mental", "counseling", "food", "weekly", "meets", "program", "resources", "advocacy",
    "assistance", "referrals", "case", "management", "clients", "staff", "volunteers", "bilingual",
    "Spanish", "language", "languages", "interpretation", "available", "appointments", "walk-in", "drop-in",
    "evenings", "weekends", "online", "phone", "text", "chat", "crisis", "emergency", "shelter", "beds",
    "rental", "eviction", "prevention", "tenants", "rights", "workshops", "classes", "training", "jobs",
    "employment", "resume", "benefits", "SNAP", "Medicaid", "insurance", "uninsured", "sliding", "scale",
    "fees", "no", "cost", "income", "low-income", "eligibility", "documentation", "required", "regardless",
    "status", "undocumented", "refugees", "asylum", "seekers", "DACA", "immigration", "citizenship",
    "deportation", "defense", "attorneys", "lawyers", "clinic", "primary", "medical", "dental", "vision",
    "prescriptions", "HIV", "PrEP", "testing", "sexual", "reproductive", "gender-affirming", "hormone",
    "therapy", "HRT", "surgery", "letters", "name", "change", "ID", "documents", "survivors", "domestic",
    "violence", "abuse", "assault", "trauma", "trauma-informed", "culturally", "responsive", "affirming",
    "Black", "Latine", "Latinx", "Indigenous", "Native", "Two-Spirit", "BIPOC", "Asian", "Pacific",
    "Islander", "disabled", "Deaf", "ASL", "wheelchair", "accessible", "neurodivergent", "autistic",
    "older", "adults", "seniors", "elders", "veterans", "women", "girls", "men", "nonbinary", "transgender",
    "gay", "lesbian", "bisexual", "intersex", "asexual", "questioning", "students", "parents", "children",
    "childcare", "parenting", "pregnant", "postpartum", "doulas", "harm", "reduction", "syringe", "naloxone",
    "recovery", "substance", "use", "alcohol", "detox", "treatment", "outpatient", "residential", "meals",
    "groceries", "pantry", "produce", "hot", "showers", "laundry", "mail", "storage", "transportation",
    "bus", "passes", "rides", "clothing", "hygiene", "supplies", "phones", "internet", "computers",
    "literacy", "ESL", "GED", "tutoring", "mentoring", "leadership", "organizing", "campaigns", "policy",
    "mutual", "aid", "grants", "cash", "utility", "bills", "taxes", "financial", "coaching", "credit",
    "reentry", "formerly", "incarcerated", "probation", "parole", "expungement", "record", "clearing",
    "unhoused", "homeless", "outreach", "street", "medicine", "navigation", "hotline", "warmline", "24/7",
    "suicide", "prevention", "safety", "planning", "grief", "loss", "isolation", "belonging", "social",
    "events", "potlucks", "art", "music", "sports", "hiking", "faith", "spiritual", "healing", "circles",
    "ceremony", "elders-led", "youth-led", "peer-led", "Black-led", "trans-led", "staffed", "by", "members",
    "of", "from", "across", "region", "county", "city", "neighborhood", "downtown", "near", "transit",
    "clínica", "salud", "apoyo", "familias", "comunidad", "jóvenes", "mujeres", "vivienda", "comida",
    "gratuito", "español", "inmigrantes", "derechos", "niños", "atención", "información", "café",
]
ELIGIBILITY_PHRASES = [
    "Anyone", "Adults 18+", "Youth 13-24", "Ages 16-25", "Seniors 60+", "LGBTQIA+ people", "Trans and nonbinary people",
    "Residents of the county", "Low-income households", "Immigrants regardless of status", "Survivors of violence",
    "Veterans and families", "Women and gender-expansive people", "People experiencing homelessness",
    "BIPOC community members", "Parents and caregivers", "People in recovery", "Students", "No ID required",
    "Referral required", "Call first", "Walk-ins welcome",
]
ORG_SUFFIXES = ["Foundation", "Alliance", "Collective", "Coalition", "Network", "Project", "Center", "Society",
                "Partnership", "Services", "Inc.", "Community Council", "Fund", "Association", "Cooperative"]
HOURS = ["Mon-Fri 9-5", "24/7", "Tue & Thu 6-8 pm", "Weekdays 10-6", "Sat 10-2", "By appointment",
         "First Monday of the month, 7 pm", "Mon-Sat 8-8", "Wednesdays 5:30-7 pm"]
ACCESSIBILITY = ["Wheelchair accessible", "ASL interpreters on request", "Step-free entrance; gender-neutral restrooms",
                 "Online and phone options", "Large print materials", "Quiet room available", None, None]
CITIES = [("Oakland", "CA"), ("San Francisco", "CA"), ("Los Angeles", "CA"), ("Chicago", "IL"),
          ("New York", "NY"), ("Brooklyn", "NY"), ("Philadelphia", "PA"), ("Atlanta", "GA"), ("Houston", "TX"),
          ("Seattle", "WA"), ("Portland", "OR"), ("Denver", "CO"), ("Minneapolis", "MN"), ("Detroit", "MI"),
          ("Boston", "MA"), ("Baltimore", "MD"), ("Albuquerque", "NM"), ("Phoenix", "AZ"), ("Miami", "FL")]
STREETS = ["Main St", "Broadway", "International Blvd", "Mission St", "Grand Ave", "Market St", "MLK Jr Way",
           "César Chávez St", "Telegraph Ave", "Fruitvale Ave", "Valencia St", "Halsted St"]

KINDS = [("community_resource", 20), ("support_group", 15), ("peer_support", 10), ("advocacy_organization", 10),
         ("clinic", 15), ("legal_aid", 12), ("crisis_line", 5), ("shelter", 8)]
COSTS = [("free", 55), ("sliding_scale", 20), ("insurance", 10), ("paid", 5), (None, 10)]
DELIVERIES = [("in_person", 45), ("remote", 15), ("phone", 10), ("hybrid", 25), (None, 5)]
STATUSES = [("active", 85), ("temporarily_closed", 5), ("inactive", 6), ("do_not_refer", 4)]
OTHER_LANGUAGES = ["zh", "vi", "tl", "ko", "ar", "fa", "ru", "fr", "ht", "pt", "so", "am", "hmn", "ase", "mam",
                   "yue", "cmn", "uk", "prs", "ps"]


def description_vocabulary() -> list[str]:
    """Function words, then the field's words above, then (the long tail) every other word of
    the shipped sample catalogue's texts by how often it occurs there: about 1,300 words."""
    words = list(dict.fromkeys(FUNCTION_WORDS + [w for w in DESCRIPTION_WORDS if w not in FUNCTION_WORDS]))
    seen = {w.casefold() for w in words}
    counts: dict[str, int] = {}
    sample = resource_path("demo", "catalogue.json")
    if sample.exists():
        document = json.loads(sample.read_text(encoding="utf-8"))
        texts = [org.get("description") for org in document.get("organizations", [])]
        for entry in document.get("resources", []):
            texts += [entry.get(k) for k in ("description", "eligibility", "accessibility", "fees", "hours")]
        for text in filter(None, texts):
            for word in _TEXT_WORD.findall(text):
                key = word.casefold()
                if key not in seen:
                    counts[key] = counts.get(key, 0) + 1
    return words + sorted(counts, key=lambda w: (-counts[w], w))


def zipf_weights(n: int, s: float = 1.0) -> list[float]:
    """Cumulative weights for ``random.choices``: the k-th item drawn in proportion to 1/k^s."""
    return list(itertools.accumulate(1.0 / (k ** s) for k in range(1, n + 1)))


def _weighted(pairs):
    values = [v for v, _ in pairs]
    return values, list(itertools.accumulate(w for _, w in pairs))


@dataclass(frozen=True)
class SyntheticInfo:
    path: Path
    resources: int
    organizations: int
    seed: int
    seconds: float
    # facet -> tag ids, and tag id -> name, as the catalogue holds them
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tag_names: dict[str, str] = field(default_factory=dict)


class _Draw:
    """The random choices, from one seeded generator."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.description_words = description_vocabulary()
        self.desc_cum = zipf_weights(len(self.description_words), 1.0)
        self.kinds = _weighted(KINDS)
        self.costs = _weighted(COSTS)
        self.deliveries = _weighted(DELIVERIES)
        self.statuses = _weighted(STATUSES)
        self.adj_cum = zipf_weights(len(NAME_ADJECTIVES), 0.6)
        self.noun_cum = zipf_weights(len(NAME_NOUNS), 0.6)
        self.service_cum = zipf_weights(len(NAME_SERVICES), 0.6)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def one(self, pairs) -> object:
        values, cum = pairs
        return values[bisect.bisect_left(cum, self.rng.random() * cum[-1])]

    def name(self) -> str:
        rng = self.rng
        adjective = rng.choices(NAME_ADJECTIVES, cum_weights=self.adj_cum)[0]
        noun = rng.choices(NAME_NOUNS, cum_weights=self.noun_cum)[0]
        service = rng.choices(NAME_SERVICES, cum_weights=self.service_cum)[0]
        shape = rng.random()
        if shape < 0.6:
            return f"{adjective} {noun} {service}"
        if shape < 0.85:
            return f"{adjective} {noun}"
        return f"{noun} {service}"

    def description(self) -> str:
        words = self.rng.choices(self.description_words, cum_weights=self.desc_cum, k=self.rng.randint(20, 60))
        words[0] = words[0].capitalize()
        return " ".join(words) + "."

    def languages(self) -> str:
        rng = self.rng
        codes = ["en"] if rng.random() < 0.95 else []
        if rng.random() < 0.45:
            codes.append("es")
        while rng.random() < 0.25:
            codes.append(rng.choice(OTHER_LANGUAGES))
        return " ".join(dict.fromkeys(codes)) or "en"


def _tag_vocabulary(conn: sqlite3.Connection) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    by_facet: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for tag_id, facet, name in conn.execute("SELECT id, facet, name FROM tags ORDER BY facet, name"):
        by_facet.setdefault(facet, []).append(tag_id)
        names[tag_id] = name
    return {k: tuple(v) for k, v in by_facet.items()}, names


def _organizations(draw: _Draw, count: int, stamp: str) -> list[tuple]:
    rng = draw.rng
    rows = []
    for i in range(count):
        base = f"{rng.choice(NAME_ADJECTIVES)} {rng.choice(NAME_NOUNS)} {rng.choice(ORG_SUFFIXES)}"
        rows.append((draw.uuid(), f"{base} {i + 1}" if rng.random() < 0.3 else base,
                     None if rng.random() < 0.8 else base.split()[0] + " " + rng.choice(ORG_SUFFIXES),
                     draw.description() if rng.random() < 0.3 else None,
                     f"https://org{i + 1}.example.org", None, stamp, stamp))
    return rows


@dataclass
class _Chunk:
    first: int
    last: int
    resources: list[tuple] = field(default_factory=list)
    links: list[tuple] = field(default_factory=list)
    phones: list[tuple] = field(default_factory=list)
    addresses: list[tuple] = field(default_factory=list)


def _chunks(draw: _Draw, n: int, org_ids: list[str], tags: dict[str, tuple[str, ...]], contacts: bool,
            now: datetime, size: int = 5000):
    rng = draw.rng
    identity, need = tags.get("identity", ()), tags.get("need", ())
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.000000")
    today = now.date()
    for start in range(0, n, size):
        chunk = _Chunk(first=start + 1, last=min(n, start + size))
        for pk in range(chunk.first, chunk.last + 1):
            rid = draw.uuid()
            name = draw.name()
            if rng.random() < 0.5:
                name = f"{name} {rng.choice(CITIES)[0]}"
            verified = None if rng.random() < 0.15 else (today - timedelta(days=rng.randint(0, 900))).isoformat()
            age_min, age_max = (None, None) if rng.random() < 0.8 else rng.choice(
                [(13, 24), (16, 25), (18, None), (60, None), (0, 17)])
            chunk.resources.append((
                pk, rid, org_ids[rng.randrange(len(org_ids))] if rng.random() < 0.9 else None, name,
                draw.one(draw.kinds), draw.description(),
                rng.choice(ELIGIBILITY_PHRASES) if rng.random() < 0.7 else None, age_min, age_max,
                draw.one(draw.costs), None, draw.one(draw.deliveries), rng.choice(HOURS), draw.languages(),
                rng.choice(ACCESSIBILITY), draw.one(draw.statuses),
                f"https://r{pk}.example.org" if rng.random() < 0.7 else None,
                f"info@r{pk}.example.org" if rng.random() < 0.4 else None, verified,
                rng.choice(["JR", "AM", "KT", None]) if verified else None,
                "Ask for the intake coordinator." if rng.random() < 0.1 else None,
                f"SYN-{pk}", fold(name), stamp, stamp,
            ))
            chosen = rng.sample(identity, rng.randint(1, min(4, len(identity)))) if identity else []
            chosen += rng.sample(need, rng.randint(1, min(4, len(need)))) if need else []
            chunk.links.extend((rid, tag_id) for tag_id in chosen)
            if contacts:
                chunk.phones.append((draw.uuid(), rid, f"(555) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
                                     f"+1555{rng.randint(2000000, 9999999)}", "voice", 0))
                if rng.random() < 0.8:
                    city, region = rng.choice(CITIES)
                    chunk.addresses.append((draw.uuid(), rid, f"{rng.randint(1, 9999)} {rng.choice(STREETS)}", city,
                                            region, f"{rng.randint(10000, 99999)}", "US",
                                            int(rng.random() < 0.05), 0))
        yield chunk


def _in_background(iterable, depth: int = 2):
    """Iterate in a thread: Python draws the next chunk while SQLite (which lets go of the
    GIL) indexes the last one."""
    items: queue.Queue = queue.Queue(maxsize=depth)
    done = object()

    def produce() -> None:
        try:
            for item in iterable:
                items.put(item)
        except BaseException as exc:  # handed to the consumer
            items.put(exc)
        items.put(done)

    thread = threading.Thread(target=produce, daemon=True)
    thread.start()
    while (item := items.get()) is not done:
        if isinstance(item, BaseException):
            raise item
        yield item
    thread.join()


_INSERT_RESOURCE = (
    "INSERT INTO resources (pk, id, organization_id, name, kind, description, eligibility, age_min,"
    " age_max, cost, fees, delivery, hours, languages, accessibility, status, website, email,"
    " last_verified, verified_by, private_notes, external_id, sort_name, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def build(path: str | os.PathLike[str], n: int, seed: int = SEED, organizations: int | None = None,
          contacts: bool = True, optimize: bool = False, verbose: bool = False) -> SyntheticInfo:
    """Create a catalogue at ``path`` (which must not exist) holding ``n`` synthetic resources.

    ``organizations`` defaults to one per eight resources; ``contacts`` adds a phone to every
    resource and an address to most; ``optimize`` merges the full-text index into one
    segment afterwards (a catalogue built up by many imports is usually not).
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    started = time.perf_counter()
    Catalogue.open(path).close()
    draw = _Draw(seed)
    org_count = organizations if organizations is not None else max(1, n // 8)
    now = datetime(2026, 11, 21, 9, 0, 0)

    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")  # checked at the end, see the module notes
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")
        tags, tag_names = _tag_vocabulary(conn)
        conn.execute("BEGIN")
        # Insert triggers are set aside; the update (and delete) triggers stay, and the
        # update trigger indexes each chunk once its rows are all in.
        set_aside = [(name, sql) for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'") if " INSERT " in sql.upper()]
        for name, _sql in set_aside:
            conn.execute(f'DROP TRIGGER "{name}"')
        org_rows = _organizations(draw, org_count, now.strftime("%Y-%m-%d %H:%M:%S.000000"))
        conn.executemany(
            "INSERT INTO organizations (id, name, alternate_name, description, website, email, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", org_rows)
        org_ids = [row[0] for row in org_rows]
        for chunk in _in_background(_chunks(draw, n, org_ids, tags, contacts, now)):
            conn.executemany("INSERT INTO resource_tags (resource_id, tag_id) VALUES (?, ?)", chunk.links)
            conn.executemany(_INSERT_RESOURCE, chunk.resources)
            if contacts:
                conn.executemany("INSERT INTO phones (id, resource_id, number, normalized, kind, position)"
                                 " VALUES (?, ?, ?, ?, ?, ?)", chunk.phones)
                conn.executemany("INSERT INTO addresses (id, resource_id, lines, city, region, postal_code, country,"
                                 " confidential, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", chunk.addresses)
            # The real update trigger writes each resource's index row, tags and languages included.
            conn.execute("UPDATE resources SET name = name WHERE pk BETWEEN ? AND ?", (chunk.first, chunk.last))
            if verbose:
                print(f"  {chunk.last} resources  {time.perf_counter() - started:.1f} s", flush=True)
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"synthetic rows break foreign keys: {problems[:3]}")
        for _name, sql in set_aside:
            conn.execute(sql)
        indexed = conn.execute("SELECT count(*) FROM resource_fts").fetchone()[0]
        if indexed != n:
            raise RuntimeError(f"the full-text triggers indexed {indexed} of {n} resources")
        conn.execute("COMMIT")
        if optimize:
            conn.execute("INSERT INTO resource_fts(resource_fts) VALUES ('optimize')")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return SyntheticInfo(path=path, resources=n, organizations=org_count, seed=seed,
                         seconds=time.perf_counter() - started, tags=tags, tag_names=tag_names)


def cache_dir() -> Path:
    return Path(os.environ.get("RESOURCE_DESK_BENCH_CACHE", Path(tempfile.gettempdir()) / "resource-desk-bench"))


def cached(n: int, seed: int = SEED, rebuild: bool = False) -> SyntheticInfo:
    """A synthetic catalogue of ``n`` resources, built once per (n, seed, generator version,
    migrations) in ``cache_dir()`` and reused."""
    from resource_desk.core.database import MIGRATIONS_DIR, head_revision

    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    schema = hashlib.sha1(b"".join(p.read_bytes() for p in sorted((MIGRATIONS_DIR / "versions").glob("*.py"))))
    path = folder / f"synthetic-n{n}-s{seed}-v{GENERATOR_VERSION}-{head_revision()}-{schema.hexdigest()[:8]}.sqlite3"
    if rebuild and path.exists():
        path.unlink()
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        info = build(partial, n, seed)
        shutil.move(partial, path)
        return SyntheticInfo(path=path, resources=info.resources, organizations=info.organizations, seed=seed,
                             seconds=info.seconds, tags=info.tags, tag_names=info.tag_names)
    conn = sqlite3.connect(path)
    try:
        tags, tag_names = _tag_vocabulary(conn)
        organizations = conn.execute("SELECT count(*) FROM organizations").fetchone()[0]
    finally:
        conn.close()
    return SyntheticInfo(path=path, resources=n, organizations=organizations, seed=seed, seconds=0.0,
                         tags=tags, tag_names=tag_names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--optimize", action="store_true", help="merge the full-text index afterwards")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    info = build(args.out, args.n, args.seed, optimize=args.optimize, verbose=args.verbose)
    size = args.out.stat().st_size / 1e6
    print(f"synthetic n={info.resources} organizations={info.organizations} seconds={info.seconds:.1f} "
          f"size_mb={size:.0f} path={info.path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
