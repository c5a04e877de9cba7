"""Gazetteers and office lexicons, loaded from the TSV files in ``kabar.data``.

The lexicons are data, not code: each file names its source and licence in its
header, so places, organisations and office titles can be corrected without
touching the matcher. One token trie over every table finds all entries in an
article in a single pass, which keeps gazetteer lookup far cheaper than the
rest of the pipeline.

Case rules come from how a surface is written in the data file, so no entry
needs a flag: an all-capital token ("AS", "PBB") must be all capitals in the
text, a capitalised token ("Gaza") must be capitalised, and a lowercase token
("menteri", "militer") matches in any case. Tokens are runs of word characters
or single punctuation marks, so a match always respects word boundaries
("Bali" never matches inside "kembali").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Literal, TypeVar

from kabar.errors import KabarError
from kabar.numbers import word_lists

DATA_PACKAGE = "kabar.data"
PLACE_FILES = ("places.tsv", "places_countryinfo.tsv")  # earlier files win on conflicts
ORG_FILE = "organizations.tsv"
OFFICE_FILE = "offices.tsv"
DEMONYM_FILE = "demonyms.tsv"
PEOPLE_FILE = "people.tsv"
REGIONAL_FILE = "regional_bodies.tsv"

COUNTRY_KINDS = frozenset({"country", "territory"})
NONE = "-"  # "no value" in a data column

Label = Literal["LOC", "ORG", "OFFICE", "NORP"]
LABEL_PRIORITY: dict[str, int] = {"ORG": 0, "LOC": 1, "NORP": 2, "OFFICE": 3}

_TOKEN = re.compile(r"\w+|[^\w\s]")
# Apostrophe and dash variants that news text uses interchangeably.
_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-"})
_END = ""  # trie key of the entries ending at a node (no token is empty)


@dataclass(frozen=True)
class PlaceEntry:
    surface: str
    canonical: str
    kind: str  # country, capital, city, province, region, territory
    country_code: str | None  # ISO 3166 alpha-3; None for regions spanning countries


@dataclass(frozen=True)
class OrgEntry:
    surface: str
    canonical: str
    type: str  # organization, group, igo
    country_code: str  # ISO alpha-3 or a CAMEO non-state code (IGO, UNO, NGO, IMG)
    sector: str  # PLOVER/CAMEO sector code


@dataclass(frozen=True)
class OfficeEntry:
    surface: str
    canonical: str  # English office name, e.g. "Deputy Foreign Minister"
    sector: str | None  # None: the holder's organisation decides (spokesperson, chairman)
    rank: str  # head, minister, deputy, official, military, police, local, party, other,
    # grade (a military or police rank worn beside a post: "Jenderal", "AKBP")


@dataclass(frozen=True)
class DemonymEntry:
    """A nationality word or phrase: "warga Palestina", "WNI", "Israeli"."""

    surface: str
    canonical: str  # Indonesian country name
    country_code: str
    kind: str  # adjective, phrase


@dataclass(frozen=True)
class PersonRole:
    """One office a well-known person held, and when ("YYYY-MM"; None = open)."""

    name: str  # canonical
    country: str
    sector: str
    office: str
    organization: str | None
    start: str | None
    end: str | None

    def holds(self, month: str) -> bool:
        return (self.start or "") <= month and (self.end is None or month < self.end)


Entry = PlaceEntry | OrgEntry | OfficeEntry | DemonymEntry
_E = TypeVar("_E", PlaceEntry, OrgEntry, OfficeEntry, DemonymEntry)
Match = tuple[int, int, str, object]


def normalize(text: str) -> str:
    """The dictionary key of a surface form: casefolded, whitespace collapsed."""
    return " ".join(text.translate(_FOLD).casefold().split())


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _case_modes(surface: str) -> tuple[str, ...]:
    """Per token: "upper" (all capitals), "cap" (initial capital) or "any"."""
    modes = []
    for token in _tokens(surface):
        if token.isupper():
            modes.append("upper")
        elif token[0].isupper():
            modes.append("cap")
        else:
            modes.append("any")
    return tuple(modes)


def _spacing(surface: str) -> tuple[bool, ...]:
    """For each token, whether whitespace separates it from the previous one."""
    spaced = []
    previous_end = None
    for m in _TOKEN.finditer(surface):
        spaced.append(previous_end is not None and m.start() > previous_end)
        previous_end = m.end()
    return tuple(spaced)


def _acronyms_match(surface: str, text: str) -> bool:
    """Lookup rule: all-capital tokens of the surface must be capitals in ``text``."""
    wanted = _tokens(surface)
    given = _tokens(text)
    if len(wanted) != len(given):
        return True  # different tokenisation of the same key: nothing to compare
    return all(g.isupper() for w, g in zip(wanted, given, strict=True) if w.isupper())


@dataclass(frozen=True)
class _Candidate:
    label: str
    entry: object
    modes: tuple[str, ...]
    spaced: tuple[bool, ...]


TrieNode = dict[str, object]


@dataclass(frozen=True)
class Lexicons:
    """All gazetteers, keyed by ``normalize``d surface form, plus their matcher.

    ``find_all`` finds every entry in a text; the ``lookup_*`` methods resolve one
    span a caller already has (an NER mention, a dateline, a title).
    """

    places: dict[str, PlaceEntry]
    orgs: dict[str, OrgEntry]
    offices: dict[str, OfficeEntry]
    demonyms: dict[str, DemonymEntry] = field(default_factory=dict)
    people: dict[str, tuple[PersonRole, ...]] = field(default_factory=dict)  # surface as written
    _trie: TrieNode = field(default_factory=dict, init=False, repr=False, compare=False)
    _holders: dict[str, tuple[PersonRole, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        trie: TrieNode = {}
        tables: list[tuple[str, Iterable[Entry]]] = [
            ("LOC", self.places.values()),
            ("ORG", self.orgs.values()),
            ("OFFICE", self.offices.values()),
            ("NORP", self.demonyms.values()),
        ]
        for label, entries in tables:
            for entry in entries:
                _insert(trie, label, entry)
        object.__setattr__(self, "_trie", trie)
        holders: dict[str, list[PersonRole]] = {}
        for role in dict.fromkeys(r for roles in self.people.values() for r in roles):
            holders.setdefault(role.office, []).append(role)
        object.__setattr__(self, "_holders", {k: tuple(v) for k, v in holders.items()})

    @classmethod
    def empty(cls) -> Lexicons:
        """Lexicons with no entries, for a process that resolves nothing (it finds no
        place, country or office): cheaper than ``load_lexicons`` by about 50 MB."""
        return cls(places={}, orgs={}, offices={})

    def holders_of(self, office: str) -> tuple[PersonRole, ...]:
        """Every role of the people list with this office, once each (``people`` is keyed
        by surface, so a person with two names holds each role twice there)."""
        return self._holders.get(office, ())

    def lookup_place(self, text: str) -> PlaceEntry | None:
        return _lookup(self.places, text)

    def lookup_org(self, text: str) -> OrgEntry | None:
        return _lookup(self.orgs, text)

    def lookup_office(self, text: str) -> OfficeEntry | None:
        return _lookup(self.offices, text)

    def lookup_demonym(self, text: str) -> DemonymEntry | None:
        return _lookup(self.demonyms, text)

    def country_of(self, text: str) -> str | None:
        """ISO3 of a country or territory name, short form or nationality word.

        Cities are not countries here: "Teheran" gives None, "Iran", "RI", "AS",
        "Saudi" and "warga Palestina" give a code.
        """
        place = self.lookup_place(text)
        if place is not None and place.kind in COUNTRY_KINDS:
            return place.country_code
        demonym = self.lookup_demonym(text)
        return demonym.country_code if demonym is not None else None

    def find_all(self, text: str, *, include_nationalities: bool = False) -> list[Match]:
        """Every gazetteer match in ``text`` as ``(start, end, label, entry)``.

        Labels are LOC (PlaceEntry), ORG (OrgEntry) and OFFICE (OfficeEntry); with
        ``include_nationalities`` also NORP (DemonymEntry: "warga Palestina"),
        which then wins over the place inside it. Matching is leftmost-longest:
        scanning from the left, the longest entry starting at a token wins, so
        matches never overlap ("Wali Kota Surabaya" is an office and a city, not
        "Wali" + "Kota Surabaya"); the result is in text order.
        """
        spans = [m.span() for m in _TOKEN.finditer(text)]
        if not spans:
            return []
        folded = text.translate(_FOLD)
        lowered = folded.casefold()
        if len(lowered) == len(text):
            keys = [lowered[s:e] for s, e in spans]
        else:  # a character whose casefold changes length: fold token by token
            keys = [folded[s:e].casefold() for s, e in spans]
        matches: list[Match] = []
        root = self._trie
        n = len(spans)
        i = 0
        while i < n:
            best: tuple[int, _Candidate] | None = None
            node = root.get(keys[i])
            j = i
            while isinstance(node, dict):
                ending = node.get(_END)
                if isinstance(ending, list):
                    hit = _first_valid(ending, text, spans, i, include_nationalities)
                    if hit is not None:
                        best = (j, hit)
                j += 1
                if j >= n:
                    break
                node = node.get(keys[j])
            if best is None:
                i += 1
                continue
            last, hit = best
            matches.append((spans[i][0], spans[last][1], hit.label, hit.entry))
            i = last + 1
        return matches


def _insert(trie: TrieNode, label: str, entry: Entry) -> None:
    tokens = [t.casefold() for t in _tokens(entry.surface.translate(_FOLD))]
    if not tokens:
        return
    node = trie
    for token in tokens:
        child = node.setdefault(token, {})
        assert isinstance(child, dict)
        node = child
    candidates = node.setdefault(_END, [])
    assert isinstance(candidates, list)
    surface = entry.surface.translate(_FOLD)
    candidates.append(_Candidate(label, entry, _case_modes(surface), _spacing(surface)))
    candidates.sort(key=lambda c: LABEL_PRIORITY[c.label])


def _first_valid(
    candidates: list[_Candidate],
    text: str,
    spans: list[tuple[int, int]],
    first: int,
    include_nationalities: bool,
) -> _Candidate | None:
    for candidate in candidates:
        if candidate.label == "NORP" and not include_nationalities:
            continue
        if _fits(candidate, text, spans, first):
            return candidate
    return None


def _fits(candidate: _Candidate, text: str, spans: list[tuple[int, int]], first: int) -> bool:
    """Whether the text tokens obey the candidate's case and spacing rules."""
    for k, mode in enumerate(candidate.modes):
        start, end = spans[first + k]
        if k and candidate.spaced[k] != (start > spans[first + k - 1][1]):
            return False
        if mode == "any":
            continue
        token = text[start:end]
        if mode == "upper" and not token.isupper():
            return False
        if mode == "cap" and not token[0].isupper():
            return False
    return True


def _lookup(table: dict[str, _E], text: str) -> _E | None:
    entry = table.get(normalize(text))
    if entry is None or not _acronyms_match(entry.surface, text):
        return None
    return entry


class LexiconError(KabarError):
    """A packaged data file is malformed."""


def _rows(name: str, columns: int, required: bool = True) -> Iterator[tuple[int, list[str]]]:
    """Data rows of a TSV resource; header comments and blank lines skipped."""
    resource = resources.files(DATA_PACKAGE).joinpath(name)
    if not resource.is_file():
        if required:
            raise LexiconError(f"{name}: missing from the kabar package data")
        return
    for number, line in enumerate(resource.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != columns or not all(cells):
            raise LexiconError(f"{name}:{number}: expected {columns} non-empty columns")
        yield number, cells


def _value(cell: str) -> str | None:
    return None if cell == NONE else cell


def load_lexicons() -> Lexicons:
    """Read every gazetteer from the package data; the first entry of a key wins."""
    places: dict[str, PlaceEntry] = {}
    for name in PLACE_FILES:
        for _, (surface, canonical, kind, country) in _rows(name, 4, name == PLACE_FILES[0]):
            places.setdefault(
                normalize(surface), PlaceEntry(surface, canonical, kind, _value(country))
            )
    for surface, entry in level_abbreviations(places).items():
        places.setdefault(normalize(surface), entry)
    for surface, entry in provinces_by_word(places).items():
        places.setdefault(normalize(surface), entry)
    demonyms = _demonyms(places)
    return Lexicons(
        places=places, orgs=load_orgs(), offices=load_offices(), demonyms=demonyms, people=_people()
    )


def level_abbreviations(places: Mapping[str, PlaceEntry]) -> dict[str, PlaceEntry]:
    """Each place written with its level word ("Kabupaten Bogor") under the short forms
    of that word (level_words.tsv: "Kab. Bogor", "Kab Bogor"): news abbreviates the level,
    and the place is the same."""
    short = [
        (word.capitalize(), level.capitalize())
        for word, level in place_level_words().items()
        if word != level
    ]
    return {
        surface: replace(entry, surface=surface)
        for entry in places.values()
        for word, level in short
        if entry.surface.startswith(f"{level} ")
        for surface in [f"{word} {entry.surface.split(' ', 1)[1]}"]
    }


def provinces_by_word(places: Mapping[str, PlaceEntry]) -> dict[str, PlaceEntry]:
    """Each home province's other names after the word "Provinsi" ("Provinsi NTB", "Provinsi
    Jatim"; ``province_words``): places.tsv writes the word before the full names only, and
    news writes it before the short ones too, where a body before it is the province's
    branch ("BPBD Provinsi NTB") as before the short name alone."""
    return {
        surface: replace(entry, surface=surface)
        for entry in places.values()
        if entry.kind == "province" and entry.country_code == "IDN"
        for word in province_words()
        if not entry.surface.startswith(f"{word} ")
        for surface in [f"{word} {entry.surface}"]
    }


@lru_cache(maxsize=1)
def home_province_rows() -> tuple[tuple[str, str], ...]:
    """places.tsv's home provinces as (surface, full name), in the file's order: read once
    for their full names (``home_provinces``) and other names (``province_other_names``)."""
    return tuple(
        (surface, canonical)
        for _, (surface, canonical, kind, country) in _rows(PLACE_FILES[0], 4)
        if kind == "province" and country == "IDN"
    )


@lru_cache(maxsize=1)
def province_other_names() -> dict[str, str]:
    """A home province's other names as written -> its full name, from places.tsv ("Sumut"
    -> Sumatera Utara, "DIY", "Bangka Belitung"): news names a province's bodies by either
    ("Polda Sumut", "Polda Sumatera Utara"). Left out: "Provinsi ..." and the lower-case
    epithets ("bumi Etam"), which no body's name ends in."""
    return {
        surface: canonical
        for surface, canonical in home_province_rows()
        if surface != canonical
        if surface[:1].isupper() and not surface.startswith("Provinsi ")
    }


@lru_cache(maxsize=1)
def home_provinces() -> frozenset[str]:
    """The full names of the home provinces in places.tsv ("Jawa Timur", "Papua"): a
    national body's name followed by one names its branch there ("KPU Jatim")."""
    return frozenset(canonical for _, canonical in home_province_rows())


BARE_UNIT_FILE = "bare_units.tsv"
BARE_UNIT_LEVELS = frozenset({"city", "province", "article"})


@lru_cache(maxsize=1)
def regional_unit_rows() -> tuple[tuple[str, str, str, str], ...]:
    """bare_units.tsv's rows (kind, level, never, named), read and checked once."""
    rows = []
    for number, (kind, level, never, named) in _rows(BARE_UNIT_FILE, 4):
        if level not in BARE_UNIT_LEVELS | {NONE}:
            raise LexiconError(f"{BARE_UNIT_FILE}:{number}: unknown level {level!r}")
        if named not in {"region", NONE}:
            raise LexiconError(f"{BARE_UNIT_FILE}:{number}: unknown named {named!r}")
        rows.append((kind, level, never, named))
    return tuple(rows)


@lru_cache(maxsize=1)
def bare_unit_levels() -> dict[str, str]:
    """Each kind of regional unit news names bare ("polres", "pemkot") -> the level of home
    place whose unit a bare one is ("city", "province"), or "article": bare_units.tsv."""
    return {kind: level for kind, level, _, _ in regional_unit_rows() if level != NONE}


@lru_cache(maxsize=1)
def bare_unit_never_of() -> dict[str, str]:
    """A kind of bare unit -> the level word of a place it is never of ("pemkot" ->
    "kabupaten"): bare_units.tsv's third column, where it has one."""
    return {kind: never for kind, _, never, _ in regional_unit_rows() if never != NONE}


@lru_cache(maxsize=1)
def region_named_units() -> frozenset[str]:
    """The kinds of regional unit named by their region right after them ("polres",
    "kejati", "pemkot"): bare_units.tsv's "region" rows."""
    return frozenset(kind for kind, _, _, named in regional_unit_rows() if named == "region")


BARE_BODY_FILE = "bare_bodies.tsv"


@dataclass(frozen=True)
class BareBody:
    """A body news names bare ("Kejaksaan"): its national unit's name, the kinds of its
    regional units and the words that speak of the national unit (bare_bodies.tsv)."""

    national: str
    units: frozenset[str]
    cues: tuple[str, ...]


@lru_cache(maxsize=1)
def bare_bodies() -> dict[str, BareBody]:
    """A bare body's name (lower case) -> its ``BareBody``: bare_bodies.tsv."""
    return {
        bare: BareBody(national, frozenset(units.split(",")), tuple(cues.split(",")))
        for _, (bare, national, units, cues) in _rows(BARE_BODY_FILE, 4)
    }


TWIN_REGION_FILE = "twin_regions.tsv"


@lru_cache(maxsize=1)
def twin_regions() -> frozenset[str]:
    """Home places that are a city and a regency of one name ("Bogor"): twin_regions.tsv."""
    return frozenset(name for _, (name,) in _rows(TWIN_REGION_FILE, 1))


LEVEL_WORD_FILE = "level_words.tsv"


PROVINCE_LEVEL = "provinsi"  # the level of level_words.tsv's province words


@lru_cache(maxsize=1)
def place_level_words() -> Mapping[str, str]:
    """The first word of a city or regency written with its level -> that level ("kab."
    -> "kabupaten"): level_words.tsv. Read-only, as the one cached copy every caller
    shares. A province's word ("Provinsi") is apart (``province_words``): no province
    shares its name with another of its level."""
    return MappingProxyType(
        {word: level for _, (word, level) in _rows(LEVEL_WORD_FILE, 2) if level != PROVINCE_LEVEL}
    )


@lru_cache(maxsize=1)
def province_words() -> tuple[str, ...]:
    """The words written before a province's name ("Provinsi NTB"), capitalised as news
    writes them: level_words.tsv's rows of the province level."""
    return tuple(
        word.capitalize()
        for _, (word, level) in _rows(LEVEL_WORD_FILE, 2)
        if level == PROVINCE_LEVEL
    )


@lru_cache(maxsize=2)
def regional_bodies(level: str = "province") -> tuple[frozenset[str], frozenset[str]]:
    """The canonical names, and the sectors, of the home bodies that have a branch in each
    province, in each city and regency for ``level`` "city", in each kecamatan for
    "district" (regional_bodies.tsv): only
    these, followed by a place of that level, name a branch."""
    rows = [
        (kind, value)
        for _, (kind, value, levels) in _rows(REGIONAL_FILE, 3)
        if level in levels.split()
    ]
    return (
        frozenset(value for kind, value in rows if kind == "body"),
        frozenset(value for kind, value in rows if kind == "sector"),
    )


@lru_cache(maxsize=1)
def home_cities() -> frozenset[str]:
    """The names of the home cities and regencies in places.tsv ("Bogor", "Depok"): a body
    with branches there named before one is its branch ("Bawaslu Kota Depok")."""
    return frozenset(
        canonical
        for _, (_surface, canonical, kind, country) in _rows(PLACE_FILES[0], 4)
        if kind == "city" and country == "IDN"
    )


EVENT_WORD_FILE = "event_words.tsv"


@lru_cache(maxsize=1)
def event_words() -> Mapping[str, frozenset[str]]:
    """The open-class word lists of the event stage's rules by kind (event_words.tsv), read
    once: each kind is one set, whatever number of rows spell it out."""
    return MappingProxyType(word_lists(EVENT_WORD_FILE))


def load_orgs() -> dict[str, OrgEntry]:
    """The organisations gazetteer alone, keyed by normalised surface."""
    orgs: dict[str, OrgEntry] = {}
    for _, (surface, canonical, type_, country, sector) in _rows(ORG_FILE, 5):
        orgs.setdefault(normalize(surface), OrgEntry(surface, canonical, type_, country, sector))
    return orgs


def load_offices() -> dict[str, OfficeEntry]:
    """The offices gazetteer alone, keyed by normalised surface."""
    offices: dict[str, OfficeEntry] = {}
    for _, (surface, canonical, sector, rank) in _rows(OFFICE_FILE, 4):
        offices.setdefault(
            normalize(surface), OfficeEntry(surface, canonical, _value(sector), rank)
        )
    for key, entry in deputies_of_ministers(offices).items():
        offices.setdefault(key, entry)
    return offices


@lru_cache(maxsize=16)
def offices_of_rank(rank: str) -> frozenset[str]:
    """The canonical offices offices.tsv ranks so ("local": governors, regents, mayors)."""
    return frozenset(entry.canonical for entry in load_offices().values() if entry.rank == rank)


DEPUTY_TITLE_FILE = "deputy_titles.tsv"
WORD_BY_WORD = "title"  # deputy_titles.tsv's form of a title written word by word


@lru_cache(maxsize=1)
def deputy_openings() -> tuple[tuple[str, str], ...]:
    """(the minister's opening, the deputy's) as a normalised title starts, in file order:
    a title written word by word has a space after its opening ("menteri " -> "wakil "),
    a short one none ("men" -> "wa": "Wamensos"). deputy_titles.tsv."""
    return tuple(
        (minister + " ", deputy + " ") if form == WORD_BY_WORD else (minister, deputy)
        for _, (form, minister, deputy) in _rows(DEPUTY_TITLE_FILE, 3)
    )


def deputies_of_ministers(offices: Mapping[str, OfficeEntry]) -> dict[str, OfficeEntry]:
    """The deputy of every minister the list names, in full or short ("Wakil Menteri
    Ketenagakerjaan", "Wamenaker"): Indonesian ministries have deputy ministers, and a
    deputy left as the bare "Wakil Menteri" names no ministry and never meets his short
    title ("Wamenaker") later in the story."""
    deputies: dict[str, OfficeEntry] = {}
    for key, entry in offices.items():
        if entry.rank != "minister":
            continue
        for opening, deputy in deputy_openings():
            if key.startswith(opening) and (opening.endswith(" ") or " " not in key):
                deputies[deputy + key] = OfficeEntry(
                    deputy + entry.surface, f"Deputy {entry.canonical}", entry.sector, "deputy"
                )
                break
    return deputies


@lru_cache(maxsize=1)
def office_bodies() -> dict[tuple[str, str], str]:
    """(office, country) -> the organisation every holder of that office the people list
    knows served in ("Chief of the Indonesian National Police", IDN -> Kepolisian Negara
    Republik Indonesia): the body a holder the text names by title ("Kapolri Listyo")
    acts for. Offices whose holders' bodies differ or are not given are left out."""
    found: dict[tuple[str, str], set[str | None]] = {}
    for roles in _people().values():
        for role in roles:
            found.setdefault((role.office, role.country), set()).add(role.organization)
    return {key: org for key, orgs in found.items() if len(orgs) == 1 for org in orgs if org}


def _people() -> dict[str, tuple[PersonRole, ...]]:
    """Surface -> the roles of the person it names, in file order."""
    people: dict[str, list[PersonRole]] = {}
    for _, (name, surfaces, country, sector, office, org, start, end) in _rows(PEOPLE_FILE, 8):
        role = PersonRole(name, country, sector, office, _value(org), _value(start), _value(end))
        for surface in surfaces.split("|"):
            people.setdefault(" ".join(surface.split()), []).append(role)
    return {surface: tuple(roles) for surface, roles in people.items()}


def _demonyms(places: dict[str, PlaceEntry]) -> dict[str, DemonymEntry]:
    """Nationality words, plus "head + country" phrases ("warga Palestina", "rakyat AS")."""
    demonyms: dict[str, DemonymEntry] = {}
    heads: list[str] = []
    for _, (surface, canonical, country, kind) in _rows(DEMONYM_FILE, 4):
        if kind == "head":
            heads.append(surface)
        else:
            demonyms.setdefault(normalize(surface), DemonymEntry(surface, canonical, country, kind))
    nations: list[tuple[str, str, str]] = [
        (p.surface, p.canonical, p.country_code)
        for p in places.values()
        if p.kind in COUNTRY_KINDS and p.country_code
    ]
    nations += [
        (d.surface, d.canonical, d.country_code) for d in demonyms.values() if d.kind == "adjective"
    ]
    for head in heads:
        for surface, canonical, country in nations:
            phrase = f"{head} {surface}"
            demonyms.setdefault(
                normalize(phrase), DemonymEntry(phrase, canonical, country, "phrase")
            )
    return demonyms
