"""Who is who: mentions grouped into actors, within an article and across articles.

Within an article, short names ("Haniyeh"), offices used as names ("Menteri
Luar Negeri Iran"), pronouns ("ia", "dia") and the Indonesian abbreviated names
of public figures (syllable blends "Jokowi", "Zulhas"; initials "SBY") join the
cluster of the full name they refer to. Across articles, clusters merge only with evidence beyond
spelling: the family names must agree after transliteration folding, the
given names must not conflict, and known countries must match; a name that is the
first words of a longer one ("Zumi Zola", "Zumi Zola Zulkifli") joins it when both
hold one office. A wrong merge
of two people is worse than a miss, so ambiguity leaves clusters apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from types import MappingProxyType

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from kabar.context import Context
from kabar.lexicons import (
    BareBody,
    Lexicons,
    PersonRole,
    bare_bodies,
    bare_unit_levels,
    bare_unit_never_of,
    load_offices,
    load_orgs,
    normalize,
    office_bodies,
    place_level_words,
    province_other_names,
    twin_regions,
)
from kabar.metadata import stamped_day
from kabar.model import HOME, Actor, Article, Event, Mention, Role, TraceStep, stable_id
from kabar.nlp import (
    ALIAS_SOURCE,
    CHIEF_TITLE_COMMAND,
    DESCRIPTION_RULE,
    GOVERNMENTS_ANYWHERE,
    INITIALLED_ROLE,
    LONG_TO_SHORT,
    NAME_TITLES,
    REGIONAL_UNITS,
    SAME_UNITS,
    addressed_before,
    alias_after,
    bare_or,
    levels_written,
    office_kinds,
    office_phrase_end,
    only_one,
    police_chief_title,
    region_as_written,
)
from kabar.numbers import word_lists
from kabar.predicates import load_lexicon

TYPE_OF_LABEL = {"PER": "person", "ORG": "organization", "GPE": "country", "OFFICE": "person"}
BRACKETED = re.compile(r"\s*\(\s*([^()\n]{2,40}?)\s*\)")
GLOSSED_BODY = re.compile(r"[^()]+?\s*\(\s*(?P<short>[A-Z][\w-]+)\s*\)(?P<rest>[^()]*)")
"""A body named with its short form in brackets: "Kejaksaan Negeri (Kejari) Sikka"."""
NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w-]*)+")
"""Capitalised words right after a mention that ends in its bracketed short form: the rest
of the name the model cut off ("Pengadilan Negeri (PN)" + " Jakarta Selatan")."""
PRONOUN_REACH = 400  # characters back a pronoun may look for its person
CITY_KINDS = frozenset({"city", "capital"})  # places a club or consulate is named after
MEMBER = "Member of"  # an office (English canonical name) that sits in a body, not for it
SAME_TOKEN = 90  # rapidfuzz ratio of long folded tokens that counts as one spelling
VARIANT_PREFIX = 4  # middle names sharing this many letters may be variants (Bagheri/Baghi)
COMPANY_CAP = 40  # a record keeps this many keys of the people its articles also name
MIN_COMPANY = 2  # spellings one letter apart are one person only sharing this many of them
MIN_VARIANT = 5  # letters of a family name spelled one letter apart (Durfort/Durford)
INITIALS_GAP = 8  # characters between a name and the initials that gloss it: " alias "
NAME_WORDS = MappingProxyType(word_lists("name_words.tsv"))
"""Closed-class words of people's names by kind (``data/name_words.tsv``), read once."""
SUFFIXES = NAME_WORDS["keysuffix"]  # generational: "Joseph F Durford, Jr"
# Transliteration folding: spellings of one Arabic/Persian/Russian name. Only the
# e/i and o/u alternations are folded; "a" stays distinct (Putra is not Putri).
FOLDS = (
    (r"[’'`\-]", ""),
    (r"eh$", "a"),  # Persian -eh is Arabic -a: Haniyeh/Haniya
    (r"gh|q|kh", "k"),  # Qaani/Ghaani
    (r"c(?=[aou]|$|w)", "k"),  # Moscow/Moskow
    (r"dh", "d"),
    (r"th", "t"),
    (r"ph", "f"),
    (r"e|y", "i"),  # Esmail/Ismail, Hezbollah/Hizbullah
    (r"o", "u"),  # Abdollahian/Abdullahian, Mohammad/Muhammad
    (r"(.)\1+", r"\1"),
    (r"(?<=[aiu])h$", ""),  # Hizbullah/Hizbulla
)
FOLD_PATTERNS = [(re.compile(pattern), repl) for pattern, repl in FOLDS]


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=1 << 16)
def fold_token(token: str) -> str:
    """One spelling for transliteration variants: Haniyeh/Haniya, Abdollahian/Abdullahian."""
    folded = ascii_fold(token)
    for pattern, repl in FOLD_PATTERNS:
        folded = pattern.sub(repl, folded)
    return folded


NAME_SEPARATOR = re.compile(r"[\s,]+")
NOT_LETTER = re.compile(r"[^a-z]")
# A word of a person's name: "Zola", "McLaren", an initial "H"; not "ITA", "(Jokowi", "-".
NAME_WORD = re.compile(r"[A-Z](?:[a-z’']*[a-z][A-Za-z’']*|\.?)")


def name_tokens(name: str) -> list[str]:
    return [t for t in NAME_SEPARATOR.split(name.strip()) if t]


def same_token(a: str, b: str) -> bool:
    return same_folded(fold_token(a), fold_token(b))


def same_folded(fa: str, fb: str) -> bool:
    """``same_token`` of two tokens already folded."""
    return fa == fb or (min(len(fa), len(fb)) >= 6 and fuzz.ratio(fa, fb) >= SAME_TOKEN)


GENERATIONS = NAME_WORDS["generation"]
"""Words that set a son apart from his father of the same name ("Donald Trump Jr")."""


def generation(tokens: list[str]) -> str:
    """The generational suffix a name ends in ("jr" of "Donald Trump Jr"), else ""."""
    last = tokens[-1].casefold() if tokens else ""
    return last if last in GENERATIONS else ""


@lru_cache(maxsize=1 << 16)  # pure, and asked again for every repeat of a name
def is_short_form(short: str, full: str) -> bool:
    """Every token of ``short`` matches one of ``full`` ("Haniyeh" of "Ismail Haniyeh");
    a full name without the other's "Jr" is the father, not a short form of the son. A
    title that opens a name ("Habib", "Gus": ``NAME_TITLES``) is left out of both, so
    "Habib Rizieq" is "Habib Rizieq Shihab" and "Gus Maksum" is "KH Maksum Faqih". A
    title and one name is a short form of a full name given with no title only when that
    name is not the full name's first, the given name many share ("Habib Rizieq" of
    "Muhammad Rizieq Shihab"; "Gus Yahya" is not "Yahya Zaini"); a title alone ("kata
    Habib") is still the one person the story names with it."""
    short_tokens, full_tokens = name_tokens(short), name_tokens(full)
    names = untitled(short_tokens)
    if names and len(names) < len(short_tokens):
        if len(names) == 1 and not any(is_title(t) for t in full_tokens):
            full_tokens = full_tokens[1:]  # "Gus Yahya": not the given name of "Yahya Zaini"
        else:
            full_tokens = untitled(full_tokens)
        short_tokens = names
    if not short_tokens or len(short_tokens) > len(full_tokens):
        return False
    if len(short_tokens) > 1 and generation(full_tokens) != generation(short_tokens):
        return False
    parts = [p for t in full_tokens for p in [t, *t.split("-")]]
    return all(any(same_token(s, p) for p in parts) for s in short_tokens)


def untitled(tokens: list[str]) -> list[str]:
    """A name's tokens without a title that opens it ("Habib Rizieq" -> Rizieq)."""
    return tokens[1:] if tokens and is_title(tokens[0]) else tokens


def is_title(token: str) -> bool:
    """Whether ``token`` is a title that opens a name ("Habib", "KH.")."""
    return token.casefold().rstrip(".") in NAME_TITLES


def begun_by(short: str, clusters: list[list[Mention]]) -> list[list[Mention]]:
    """Of the people a short name could be, the one whose name it begins, when only one
    does: Indonesian news calls "Prabowo Subianto" "Prabowo", while "Listyo Sigit Prabowo"
    is "Listyo" or "Sigit"."""
    first = name_tokens(short)[0]
    begun = [c for c in clusters if same_token(first, name_tokens(c[0].text)[0])]
    return begun if len(begun) == 1 else clusters


MIN_BLEND = 5  # letters of a syllable blend: "Budi" is a first name, not "Bu-di"
MIN_FIRST_PART = 3  # "Jokowi" = "Joko" + "Wi"; "Zulhas" = "Zul" + "Has"


@lru_cache(maxsize=1 << 16)  # pure, and asked again for every repeat of a name
def abbreviates(short: str, full: str) -> bool:
    """Whether one-word ``short`` is how Indonesian news abbreviates the name ``full``:
    the initials of all its words ("SBY", "AHY"), or a blend of the leading letters of
    two or more of its words in order ("Jokowi" = Jo(ko) Wi(dodo), "Zulhas" = Zul(kifli)
    Has(an)), each part at least two letters and the first at least three."""
    if len(name_tokens(short)) != 1:
        return False
    words = list(word_letters(full))
    if len(words) < 2:
        return False
    letters = letters_of(short)
    if short.isupper():
        return len(letters) >= 2 and letters == "".join(w[0] for w in words)
    if len(letters) < MIN_BLEND or letters in words:
        return False
    return blends(letters, words, 0, 0)


@lru_cache(maxsize=1 << 16)  # pure; a person is tried against many short names
def word_letters(name: str) -> tuple[str, ...]:
    """The letters of each word of ``name``, folded to ASCII lower case; words with no
    letter left out ("Joseph F. Durford" -> joseph, f, durford)."""
    return tuple(w for w in map(letters_of, name_tokens(name)) if w)


@lru_cache(maxsize=1 << 16)  # pure, and asked again for every repeat of a name
def letters_of(text: str) -> str:
    """``text``'s letters only, folded to ASCII lower case: "Zulkifli-Hasan" -> zulkiflihasan."""
    return NOT_LETTER.sub("", ascii_fold(text))


def blends(rest: str, words: list[str], first: int, parts: int) -> bool:
    """Whether ``rest`` is leading letters of ``words[first:]`` in order (two or more)."""
    if not rest:
        return parts >= 2
    for k in range(first, len(words)):
        word = words[k]
        least = MIN_FIRST_PART if parts == 0 else 2
        for n in range(min(len(word), len(rest)), least - 1, -1):
            if rest[:n] == word[:n] and blends(rest[n:], words, k + 1, parts + 1):
                return True
    return False


def resolve_mentions(article: Article, ctx: Context) -> Article:
    """Group the article's mentions into clusters and give each a provisional actor id. A
    title and one name the story also writes alone ("Habib Rizieq", "Rizieq") is that
    name's person: the story calls him so ("Rizieq Shihab")."""
    mentions = sorted(article.mentions, key=lambda m: m.start)
    clusters: list[list[Mention]] = []
    people = sorted(
        (m for m in mentions if m.label == "PER" and m.source != INITIALLED_ROLE),
        key=lambda m: -len(name_tokens(m.text)),
    )
    alone = {m.text for m in people if len(name_tokens(m.text)) == 1}
    for mention in people:
        short, tokens = mention.text, name_tokens(mention.text)
        if len(tokens) == 2 and is_title(tokens[0]) and tokens[1] in alone:
            short = tokens[1]  # "Habib Rizieq" where the story calls "Rizieq Shihab" "Rizieq"
        candidates = [
            c for c in clusters if c[0].label == "PER" and is_short_form(short, c[0].text)
        ]
        if mention.source == "given-initials":  # a suspect's initials hide a name: they
            candidates = [  # spell only a name right before them ("Aldi Jauhar alias AJ")
                c
                for c in clusters
                if any(m.text == mention.text for m in c)
                or (
                    c[0].label == "PER"
                    and abbreviates(mention.text, c[0].text)
                    and any(0 <= mention.start - m.end <= INITIALS_GAP for m in c)
                )
            ]
        elif not candidates:  # "Jokowi" of "Joko Widodo", "SBY" of "Susilo Bambang Yudhoyono"
            candidates = [
                c for c in clusters if c[0].label == "PER" and abbreviates(mention.text, c[0].text)
            ]
        if len(candidates) > 1:
            candidates = begun_by(mention.text, candidates)
        if len(candidates) > 1:  # "Trump" with "Donald Trump" and "Donald Trump Jr": the
            sons = {  # son goes by his suffix; the father bears the son's name without
                word_letters(c[0].text)[:-1]  # it ("Eric Trump" is a brother, not him)
                for c in candidates
                if generation(name_tokens(c[0].text))
            }
            fathers = [c for c in candidates if word_letters(c[0].text) in sons]
            candidates = fathers or candidates
        if len(candidates) == 1:
            candidates[0].append(mention)
        else:  # new person, or ambiguous ("Ali" of two Alis): keep apart
            clusters.append([mention])
    merge_bracketed_aliases(article.text, clusters)
    merge_named_aliases(article.text, clusters)
    name_bracketed_short_forms(mentions, article.text)
    by_name: dict[str, list[Mention]] = {}
    commands = commands_of_chief_titles(article, mentions)
    mentions = sorted([*mentions, *commands], key=lambda m: m.start)
    article.mentions.extend(commands)
    units = regional_units_named(mentions)
    anywhere = [m for m in mentions if m.label == "ORG" and bare_anywhere(m.text, units)]
    if anywhere:  # "Pemerintah Daerah setempat": any region's, one id would join them all
        mentions = [m for m in mentions if all(m is not a for a in anywhere)]
        article.mentions = [m for m in article.mentions if all(m is not a for a in anywhere)]
    local = place_bare_bodies(mentions, article.text)
    local += place_bare_units(mentions, units, ctx.lexicons)
    own_key: dict[int, str] = {}  # each mention's own body key, before a unit's is taken
    for mention in mentions:
        if mention.label in {"ORG", "GPE"}:
            key = own_key[id(mention)] = body_key(mention.name or mention.text)
            written = mention.text.casefold()  # "Polrestabes" is no "Polres" the gazetteer
            key = units.get(written if written in REGIONAL_UNITS else key, key)  # calls it
            by_name.setdefault(key, []).append(mention)
    for key, group in by_name.items():  # the full name heads its cluster, not a bare unit,
        group.sort(  # and of a unit's two names the spelled-out one ("Pemerintah Kota Bogor")
            key=lambda m: (own_key[id(m)] != key, -len(m.name or m.text))
        )
        if key in units.values():  # and names the bare units that refer back to it
            for mention in group[1:]:
                mention.name = group[0].name or group[0].text
    join_short_bodies(by_name, local, ctx.lexicons)
    clusters.extend(by_name.values())
    for mention in mentions:
        if mention.label != "OFFICE":
            continue
        holder = holder_follows(mention, mentions, article.text)
        if holder is None:
            link_office(mention, clusters, article.text)
        elif holder.office != mention.office or any(
            m.label == "OFFICE" and mention.end <= m.start and m.end <= holder.start
            for m in mentions
        ):  # a title NER did not attach, or one whose holder wears a rank after it
            # ("Kapolda Sumatera Barat Irjen Suharyono"): its holder's
            next((c for c in clusters if holder in c), [mention]).append(mention)
    merge_glossed(clusters, lambda m: office_nickname(article.text, m, clusters))
    regional_seats(mentions, article.text)
    unlinked: list[Mention] = []
    for mention in mentions:
        if mention.source == DESCRIPTION_RULE:
            if not link_description(mention, mentions, clusters, article.text):
                unlinked.append(mention)
        elif mention.source == INITIALLED_ROLE:  # "sopir Pajero" the story calls AR
            tied = [
                c for c in clusters if any(m.text == mention.name for m in c if m is not mention)
            ]
            if len(tied) == 1:
                tied[0].append(mention)
            else:
                unlinked.append(mention)
        elif mention.label == "PRON" and mention.text.casefold() != "mereka":
            link_pronoun(mention, mentions, clusters, article.text)
    if unlinked:  # a description no one named before: nobody to stand for
        article.mentions = [m for m in article.mentions if all(m is not u for u in unlinked)]
    known = ctx.lexicons.people
    month = story_month(article)
    for cluster in clusters:
        known_role(cluster, known, month)
        seat_holder(cluster, ctx.lexicons, month, article.text)
    for number, cluster in enumerate(clusters):
        head = cluster[0]
        canonical = head.name or head.text
        actor_key = mention_key(head.label, canonical)
        if any(m is u for m in cluster for u in local):  # a "Polres" of no place named
            actor_key = stable_id("act", "organization", f"{body_key(canonical)} {article.id}")
        for mention in cluster:
            mention.cluster = number
            mention.actor_id = actor_key
            mention.name = canonical if mention.label in {"PER", "PRON", "OFFICE"} else mention.name
            if head.label == "PER":
                mention.country = mention.country or head.country
    article.trace.append(
        TraceStep("actors", f"{len(clusters)} actor clusters from {len(mentions)} mentions")
    )
    return article


def story_month(article: Article) -> str | None:
    """The month whose office holders the story's people are: its publication's, or for
    an undated record its time stamp's (``kabar.metadata.stamped_day``: a corpus took it
    in a day or two after it appeared), so that an undated 2017 story's "Gibran" is no
    Vice President (2024-) and its "Kapolri" is that year's."""
    if article.published:
        return article.published[:7]
    stamp = stamped_day(article, date.today())
    return stamp.isoformat()[:7] if stamp is not None else None


def commands_of_chief_titles(article: Article, mentions: list[Mention]) -> list[Mention]:
    """A regional police command the article names only through its chief's title
    ("Kapolres Garut AKBP Rizal": Polres Garut), as crime reports often do: a mention of
    the command inside the title ("polres Garut"), so that the story's bare "polisi" and
    fusion take the command's actor id, as they do where the command is written out. The
    event stage codes no party from it (``kabar.event_clause.mentions_in``): the title's
    holder stays the one who speaks or acts. None where the article writes the command."""
    text = article.text
    written = {body_key(m.name or m.text) for m in mentions if m.label == "ORG"}
    regions = {m.start: m for m in mentions if m.label in ("LOC", "GPE")}
    commands: dict[str, Mention] = {}
    for title in mentions:
        if title.label != "OFFICE" or not police_chief_title(title.text):
            continue
        region = regions.get(title.end + 1)
        if region is None or text[title.end] != " ":
            continue
        end = region.end
        city = re.match(r" ([A-Z]\w*)", text[end:])  # "Kapolres Tasikmalaya Kota": the city's
        if city and city.group(1).lower() in city_command_words():  # own, not the regency's
            end += city.end()
        name = f"{title.text[2].upper()}{title.text[3:]}{text[region.start - 1 : end]}"
        key = body_key(name)
        if key in written or key in commands:
            continue
        commands[key] = Mention(
            title.start + 2, end, text[title.start + 2 : end], "ORG", CHIEF_TITLE_COMMAND,
            country=region.country or title.country, sector=title.sector or "COP", name=name,
        )  # fmt: skip
    return list(commands.values())


@lru_cache(maxsize=1)
def city_command_words() -> frozenset[str]:
    """Words after a command's region that name the city's own command ("Kota"): the
    ``citycommand`` cue of the event lexicon, which reads the same titles."""
    return frozenset(load_lexicon().cue("citycommand"))


def join_short_bodies(
    by_name: dict[str, list[Mention]], local: list[Mention], lexicons: Lexicons
) -> None:
    """A body no gazetteer knows, named in full with a city or "Indonesia" after its name
    and then without it ("Persib Bandung" ... "Persib", "KJRI Jeddah" ... "KJRI", "Bank
    DBS Indonesia" ... "Bank DBS"), is one body: the short name's mentions join the one
    such longer name of the article. A province, region or foreign country after the name
    is as often a branch or subsidiary beside its parent ("PSSI Jawa Barat" ... "PSSI",
    "Lazada Filipina" ... "Lazada"), and other words as often a product ("Google Drive")
    or a name the model ran on into ("PT DNG M Akhirun"). Gazetteer bodies keep their own
    names ("KPU" is no "KPU Jatim"), and so do bare regional units ("Satpol PP")."""
    unknown = {
        key: group
        for key, group in by_name.items()
        if group[0].label == "ORG"
        and all(m.name is None and all(m is not u for u in local) for m in group)
        and key not in unit_kinds()
    }
    for key in sorted(unknown, key=len):  # "X" into "X Y" before that moves on
        longer = [
            other
            for other in unknown
            if other.startswith(key + " ")
            and all(city_or_home_after(m, len(key.split()), lexicons) for m in unknown[other])
        ]
        if len(longer) == 1:
            group = by_name[longer[0]]
            group.extend(by_name.pop(key))
            for m in group[1:]:  # named as the full name, as a bare unit is after its unit
                m.name = group[0].name or group[0].text


def city_or_home_after(mention: Mention, words: int, lexicons: Lexicons) -> bool:
    """Whether the words of ``mention`` after its first ``words`` name a city the
    gazetteer knows or the home country ("Bandung", "Jakarta", "Indonesia", "RI"; not
    "Jawa Barat", "Asia", "Malaysia"): in Indonesian news "X Indonesia" is the X the
    story is about, but "X Malaysia" is one arm of it beside the rest."""
    rest = " ".join(mention.text.split()[words:])
    place = lexicons.lookup_place(rest) if rest else None
    if place is None:
        return False
    return place.kind in CITY_KINDS or (place.kind == "country" and place.country_code == HOME)


def known_role(
    cluster: list[Mention], people: dict[str, tuple[PersonRole, ...]], month: str | None
) -> None:
    """A well-known person the article names without any title (``data/people.tsv``)
    takes the office held that month: "Airlangga mengkritik ..." in 2018 is the Golkar
    chairman's act, and "Jokowi" is Joko Widodo. A title the text gives wins; with no
    role that month, none is given. The foreign country of a person all of whose roles are
    one country's is given even beside a title that names none ("Perdana Menteri Benjamin
    Netanyahu" is Israel's); a home figure goes unqualified, as kabar's news leaves him."""
    names = [m for m in cluster if m.label == "PER"]
    if not names or cluster[0].label != "PER":
        return
    roles = next((people[t] for m in names if (t := " ".join(m.text.split())) in people), ())
    if any(m.office or m.sector for m in cluster):
        countries = {r.country for r in roles}
        if len(countries) == 1 and (country := countries.pop()) != HOME:
            for m in names:
                m.country = m.country or country
        return
    held = [r for r in roles if month is None or r.holds(month)]
    if not held:
        return
    role = max(held, key=lambda r: r.start or "") if month is None else held[0]
    cluster[0].name = role.name
    for m in names:
        m.office, m.sector = role.office, role.sector
        m.organization = m.organization or role.organization
        m.country = m.country or role.country


def bare_anywhere(text: str, units: dict[str, str]) -> bool:
    """Whether an organisation written ``text`` is a bare "Pemda" or "Pemerintah Daerah"
    (``GOVERNMENTS_ANYWHERE``) that no region the article names (``units``) is meant by:
    any region's government, which no actor id may stand for across articles."""
    written = text.casefold()
    return written in GOVERNMENTS_ANYWHERE and written not in units


def place_bare_units(
    mentions: list[Mention], units: dict[str, str], lexicons: Lexicons
) -> list[Mention]:
    """A bare regional unit ("Pemkot", "Polda", "Polres": a kind in ``bare_unit_levels``)
    no unit the article names with its region refers back to (``units``) is, at its kind's
    level, the unit of the one home city or regency (or province) the article names: it
    takes that name ("Pemkot" in a story on Bogor is "Pemkot Bogor"). Those with no such
    place, or of a kind placed by none ("Polres", "Polsek"), are returned: each is its own
    article's unit, never one actor of every article's "Polres", which would make two
    stories' local arrests look like one pair of parties to fusion. A city and a regency
    often share a name (the gazetteer folds "Kabupaten Bogor" and "Kota Bogor" into one
    place): a "Pemkot" takes no place the article writes only as a "Kabupaten", a "Pemkab"
    none it writes only as a "Kota"."""
    levels, level_words, never_of = bare_unit_levels(), place_level_words(), bare_unit_never_of()
    places: dict[str, set[str]] = defaultdict(set)
    written_as: dict[str, set[str]] = defaultdict(set)  # place -> "kota"/"kabupaten" written
    for m in mentions:
        if m.label == "LOC" and m.country == HOME and m.name:
            place = lexicons.places.get(normalize(m.text))
            if place is not None and place.kind in {"city", "province"}:
                places[place.kind].add(m.name)
                written_as[m.name] |= {level_words.get(m.text.split(" ", 1)[0].casefold(), "")}
    unplaced: list[Mention] = []
    for m in mentions:
        written = m.text.casefold()
        if m.label != "ORG" or written not in levels or written in units:
            continue
        level = levels[written]
        other = never_of.get(written, never_of.get(SAME_UNITS.get(written, ""), ""))
        candidates = {p for p in places[level] if not other or written_as[p] != {other}}
        if len(candidates) == 1:
            m.name = m.organization = f"{m.text} {next(iter(candidates))}"
        else:
            unplaced.append(m)
    return unplaced


def place_bare_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """A body named bare ("Kejaksaan": bare_bodies.tsv) is the one unit of it the article
    names in full ("Kejari Jember", "Kejaksaan Agung") and takes its name; with none
    named, the national unit when the article speaks of its home head ("Jaksa Agung", not
    "Jaksa Agung Amerika Serikat"). Those left (two units named, or none and no word of
    the head) are returned: each is its own article's, as one id for every story's
    "Kejaksaan" would join local cases. Only the bare bodies the article writes are looked
    up: scanning the text for every body's head cue in every article cost a sixth of the
    actor stage."""
    bodies = bare_bodies()
    written = {m.text.casefold() for m in mentions if m.label == "ORG"} & bodies.keys()
    unit_of = only_one(
        {bare: units_named(bodies[bare], mentions, text).values() for bare in written}
    )
    unplaced: list[Mention] = []
    for m in mentions:
        bare = m.text.casefold()
        if m.label != "ORG" or bare not in written:
            continue
        if bare in unit_of:
            m.name = m.organization = unit_of[bare]
        else:
            unplaced.append(m)
    return unplaced


def units_named(body: BareBody, mentions: list[Mention], text: str) -> dict[str, str]:
    """The units of ``body`` the article names in full, by ``body_key`` -> the longest
    name written; with none, its national unit if the article speaks of its home head."""
    named: dict[str, str] = {}
    for unit in mentions:
        name = unit.name or unit.text
        written = name.casefold()
        if unit.label == "ORG" and (
            written == body.national.casefold()
            or any(written.startswith(kind + " ") for kind in body.units)
        ):
            key = body_key(name)
            named[key] = max(named.get(key, name), name, key=len)
    if not named and any(speaks_of_home(text, cue, mentions) for cue in body.cues):
        named[body.national] = body.national
    return named


def without_level(key: str) -> str:
    """A unit's key without the level word before its place ("kejari kota bandar lampung"
    is "kejari bandar lampung", as places.tsv folds the city's name), unless a city and a
    regency share the place's name ("kejari kota bogor")."""
    kind, _, rest = key.partition(" ")
    level, _, place = rest.partition(" ")
    if level in place_level_words() and place and place not in folded_twin_regions():
        return f"{kind} {place}"
    return key


@lru_cache(maxsize=1)
def folded_twin_regions() -> frozenset[str]:
    """The casefolded names of the twin cities and regencies (``twin_regions``), as body
    keys are written: built once, not for every mention's key."""
    return frozenset(twin.casefold() for twin in twin_regions())


def speaks_of_home(text: str, words: str, mentions: list[Mention]) -> bool:
    """Whether ``words`` occur in ``text`` as whole words, in any case, other than as the
    title of another country's office ("Jaksa Agung Korea Selatan")."""
    foreign = {m.start for m in mentions if m.label == "OFFICE" and m.country not in (None, HOME)}
    found = re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE)
    return any(match.start() not in foreign for match in found)


def regional_units_named(mentions: list[Mention]) -> dict[str, str]:
    """A bare "Polres" or "Kejaksaan Negeri" -> the one unit of that kind the article
    names with its region ("Polres Solok Selatan"): the bare unit refers back to it.
    With two regions named ("Polres Bogor", "Polres Depok") the bare one stays apart. The
    bare unit is looked up by its name and by its words ("Kejati", which the gazetteer
    names "Kejaksaan Tinggi", after "Kejati Lampung")."""
    named: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "ORG":
            name = (m.name or m.text).casefold()
            for unit in unit_kinds():
                if name.startswith(unit + " "):
                    key = body_key(m.name or m.text)
                    named[unit].add(key)
                    named[SAME_UNITS.get(unit, unit)].add(key)
    return only_one(named)


@lru_cache(maxsize=1)
def unit_kinds() -> frozenset[str]:
    """Every kind of regional unit, the ones named with their region (``REGIONAL_UNITS``)
    and the ones news names bare (bare_units.tsv): built once, not per mention."""
    return REGIONAL_UNITS | frozenset(bare_unit_levels())


def body_key(name: str) -> str:
    """The key an article groups a body's mentions under: its casefolded name with the
    unit's short kind (``unit_key``), its province's full name (``full_province``) and
    no level word before a city (``without_level``)."""
    return without_level(unit_key(full_province(name).casefold()))


def full_province(name: str) -> str:
    """A body's name with a home province's other name spelled out wherever it follows a
    word ("Polda Sumut" -> "Polda Sumatera Utara", "KPU DIY"): one body by either name, and
    still two for two provinces or for a body and its branch ("KPU" / "KPU Jatim")."""
    return province_pattern().sub(lambda m: province_full_names()[m.group(0)], name)


@lru_cache(maxsize=1)
def province_full_names() -> dict[str, str]:
    """Each province's other names and its full name, all to the full name: the full name
    is matched too, so a short form inside it ("Bangka Belitung" in "Kepulauan Bangka
    Belitung") is not spelled out a second time. Each is matched in capitals as well
    ("Polda SUMUT", "Kejati JAWA TIMUR"), as news writes a body's region now and then."""
    other = province_other_names()
    names = {**{full: full for full in other.values()}, **other}
    return {**{name.upper(): full for name, full in names.items()}, **names}


@lru_cache(maxsize=1)
def province_pattern() -> re.Pattern[str]:
    """Any of ``province_full_names`` as whole words after a space, longest first."""
    names = sorted(province_full_names(), key=len, reverse=True)
    return re.compile(r"(?<= )(?:" + "|".join(map(re.escape, names)) + r")(?![\w'’-])")


def unit_key(name: str) -> str:
    """A unit's casefolded name under its short kind: "Pemerintah Kota Bogor" and "Pemkot
    Bogor", "Kejaksaan Negeri Sikka" and "Kejari Sikka" are one body by both names."""
    for long, short in LONG_TO_SHORT.items():
        if name.startswith(long + " "):
            return short + name[len(long) :]
    return name


def name_bracketed_short_forms(mentions: list[Mention], text: str) -> None:
    """ "Kejaksaan Negeri (Kejari) Sikka" gives its short form in brackets: a "Kejari
    Sikka" of the same article (short form and the same words after it) is that body and
    takes its name; so is an "LBHM" after "Lembaga Bantuan Hukum Masyarakat (LBHM)", when
    the gloss abbreviates the name. A short form two bodies give is neither's."""
    owners: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        glossed = GLOSSED_BODY.fullmatch(m.text) if m.label == "ORG" else None
        if glossed is not None:
            short = " ".join((glossed["short"], *glossed["rest"].split())).casefold()
            cut = None if glossed["rest"].strip() else NAME_GOES_ON.match(text, m.end)
            owners[short].add((m.name or m.text) + (cut.group(0) if cut else ""))
        elif (
            m.label == "ORG"
            and (after := BRACKETED.match(text, m.end)) is not None
            and abbreviates(after.group(1), m.text)  # "(ICE)", not "F1 (FIA)" or "(AP)"
        ):
            owners[after.group(1).casefold()].add(m.name or m.text)
    if not owners:
        return
    for m in mentions:
        if m.label == "ORG" and len(full := owners.get((m.name or m.text).casefold(), ())) == 1:
            m.name = next(iter(full))


def merge_bracketed_aliases(text: str, clusters: list[list[Mention]]) -> None:
    """ "Joko Widodo (Jokowi)": a name the article itself glosses in brackets is one person."""
    heads = {c[0].text.casefold(): c for c in clusters if c[0].label == "PER"}

    def glossed(mention: Mention) -> list[Mention] | None:
        gloss = BRACKETED.match(text, mention.end)
        return None if gloss is None else heads.get(gloss.group(1).casefold())

    merge_glossed(clusters, glossed)


LIST_BREAK = re.compile(r"[;,]")
"""What ends one person's entry in a list of suspects ("A alias B; C alias D, ...")."""


def merge_named_aliases(text: str, clusters: list[list[Mention]]) -> None:
    """ "Ahmad Fauzi alias Ozi": the name after "alias" (``kabar.nlp.ALIAS_AFTER``) is
    the same person's other name, with the mentions of it the model tagged ("Ozi
    ditemukan ..."), to the end of a chain ("A alias B alias C"); not a span the model
    ran on into the next entry of a list ("Alex; Wahyu Widada"). A name two people of
    the article go by ("Budi Raharjo alias Abu Hamzah", "Ahmad Sulaiman alias Abu
    Hamzah") is neither's, unless their family names are spelled alike ("Wandi Sopandi",
    "Alwandi Supandi"). A name after a bare "atau" is no person's other name when it
    opens a longer name of the story ("Ganjar" of "Ganjar Pranowo": the other one of a
    choice), nor one ``kabar.nlp.aliases_as_people`` did not read as a name (source
    ``ALIAS_SOURCE``: "antara A atau B", a known person, a place)."""
    people = [c for c in clusters if c[0].label == "PER"]

    def alias_cluster(mention: Mention) -> list[Mention] | None:
        alias = alias_after(text, mention)
        if alias is None:
            return None
        start = alias.start(1)
        return next(
            (
                c
                for c in people
                if still_in(c, clusters)
                and any(
                    m.start == start
                    and not LIST_BREAK.search(m.text)
                    and (m.source == ALIAS_SOURCE or not bare_or(alias))
                    for m in c
                )
                and not (bare_or(alias) and any(opens_name(alias[1], m.text) for m in c))
            ),
            None,
        )

    owners: dict[int, dict[int, str]] = defaultdict(dict)  # alias cluster -> holders' names
    for cluster in people:
        for mention in cluster:
            other = alias_cluster(mention)
            if other is not None and other is not cluster:
                owners[id(other)][id(cluster)] = mention.text

    def named(mention: Mention) -> list[Mention] | None:
        other = alias_cluster(mention)
        names = list(owners[id(other)].values()) if other is not None else []
        return other if all(family_alike(names[0], n) for n in names) else None

    merge_glossed(clusters, named)


def office_nickname(
    text: str, office: Mention, clusters: list[list[Mention]]
) -> list[Mention] | None:
    """The cluster of the name an office's holder goes by ("KPK menangkap Wamenaker yang
    akrab disapa Noel": ``kabar.nlp.aliases_as_people`` reads the name), once the office
    is linked to its holder; not a name after a bare "atau" ("Menteri atau Wakil Menteri")."""
    alias = alias_after(text, office) if office.label == "OFFICE" else None
    if alias is None or bare_or(alias):
        return None
    start = alias.start(1)
    return next(
        (
            c
            for c in clusters
            if c[0].label == "PER" and any(m.start == start and m.source == ALIAS_SOURCE for m in c)
        ),
        None,
    )


def opens_name(word: str, name: str) -> bool:
    """Whether ``word`` is a word of the longer ``name`` other than its last ("Ganjar" of
    "Ganjar Pranowo"), the one a person is called by when he has a family name."""
    return word in name.split()[:-1]


def merge_glossed(
    clusters: list[list[Mention]], other_of: Callable[[Mention], list[Mention] | None]
) -> None:
    """Merge into each person's cluster the cluster ``other_of`` one of its mentions
    names as the same person, and that cluster's own such names in turn."""
    for cluster in list(clusters):
        if not still_in(cluster, clusters) or cluster[0].label != "PER":
            continue
        at = 0
        while at < len(cluster):  # grows as clusters merge in: their names are read too
            other = other_of(cluster[at])
            at += 1
            if other is not None and other is not cluster and still_in(other, clusters):
                cluster.extend(other)
                clusters[:] = [c for c in clusters if c is not other]


def still_in(cluster: list[Mention], clusters: list[list[Mention]]) -> bool:
    """Whether this very cluster (not another list of equal mentions) is still one of
    ``clusters``, which merges shrink as they go."""
    return any(c is cluster for c in clusters)


TITLE_GAP = re.compile(r"(?:[\s,()]+|[A-Z][\w.'’-]*|ke-?\d+)*")
"""What may stand between a title and its holder: names and glosses ("Presiden Amerika
Serikat (AS) Donald Trump": the country, its abbreviation, a given name; "Presiden ke-7 RI
Joko Widodo": an ordinal)."""


def seat_holder(cluster: list[Mention], lexicons: Lexicons, month: str | None, text: str) -> None:
    """An office the article names without its holder ("Kapolri mengerahkan ...") whose
    one holder that month the people list knows: the act is that person's ("Tito
    Karnavian" in 2017), and so joins his reports that name him. Not a former or
    future holder ("mantan Kapolri", "calon Presiden"), and not a seat of many
    ("Gubernur", "Menteri") or one in a body the text leaves unsaid ("Ketua Umum")."""
    head = cluster[0]
    if (
        month is None
        or head.label != "OFFICE"
        or not head.office
        or any(m.label == "PER" for m in cluster)
        or not single_seat(head.office, head.organization, head.country)
    ):
        return
    if not_one_holder(text, head):
        return
    country = head.country or HOME
    holders = {
        role.name: role
        for role in lexicons.holders_of(head.office)
        if role.country == country
        and head.organization in (None, role.organization)
        and role.holds(month)
    }
    if len(holders) != 1:
        return
    role = next(iter(holders.values()))
    head.name = role.name
    for m in cluster:
        m.organization = m.organization or role.organization
        m.country = m.country or role.country


def single_seat(office: str, organization: str | None, country: str | None) -> bool:
    """One seat the title names: an Indonesian national office ("Kapolri", "Menteri
    PUPR", "Ketua DPR"), a head of state or government only with its country ("Presiden
    AS"; a bare "Presiden" in a story on a football club or FIFA is another's), a party's
    chair only with its party."""
    key = office.casefold()
    if key in HEADS_OF_A_COUNTRY:
        return country is not None
    if key in NATIONAL_SEATS or key.startswith(("speaker of ", "coordinating minister for ")):
        return True
    if key.endswith(" minister") and not key.startswith(("deputy ", "vice ")):
        return True
    return key in SEATS_OF_A_BODY and organization is not None


def not_one_holder(text: str, office: Mention) -> bool:
    """The title names no one holder: a former or would-be one ("mantan Kapolri", "calon
    presiden dan wakil presiden"), several ("para Menteri Keuangan", "ketiga menteri luar
    negeri") or one of a row ("Presiden ke-44 AS")."""
    before = words_before(text, office)
    if any(w in NOT_ONE for w in before[-2:]) or "calon" in before:
        return True
    return ORDINAL.match(text, office.end) is not None


def not_serving(text: str, office: Mention) -> bool:
    """The title's holder does not serve now: a former or would-be one ("mantan Ketua
    KPK", "calon Kapolri"). A deputy ("Wakil Sekjen PKS") serves his body."""
    before = words_before(text, office)
    return any(w in NOT_SERVING for w in before[-2:]) or "calon" in before


def words_before(text: str, office: Mention) -> list[str]:
    """Up to four words (casefolded) in the 40 characters before a title."""
    return [w.casefold() for w in text[max(0, office.start - 40) : office.start].split()[-4:]]


def holder_follows(office: Mention, mentions: list[Mention], text: str = "") -> Mention | None:
    """The person ``office`` is the title of, named right after it: the holder NER gave
    that office, or a person after names and glosses only ("Presiden Amerika Serikat (AS)
    Donald Trump", "Presiden Indonesia (Prabowo)"), so the title refers to nobody else."""
    for m in mentions:
        if m.label != "PER" or not 0 <= m.start - office.end < 80:
            continue
        if text and addressed_before(text, office.end, m, office.start):
            continue
        if not same_body(office.organization, m.organization):
            continue  # "Ketua Umum Demokrat itu bertemu Ketua Umum Gerindra, Prabowo": a
            # chairman of another party, whose own title stands before him
        titled = TITLE_GAP.fullmatch(text[office.end : m.start]) is not None
        if m.office == office.office and (titled or not foreign_seat_of_unplaced(office, [m])):
            return m  # "Menlu Belanda menelepon Menlu Retno": Retno holds her own seat
        if m.start - office.end < 40 and titled:
            return m
    return None


def same_body(said: str | None, held: str | None) -> bool:
    """Whether a title's body and a person's may be one: either unsaid, the same, or one
    a branch of the other ("Partai NasDem" and "Partai NasDem Sumatera Utara")."""
    if not said or not held:
        return True
    return said == held or said.startswith(held + " ") or held.startswith(said + " ")


def foreign_seat_of_unplaced(office: Mention, cluster: list[Mention]) -> bool:
    """Whether ``office`` is another country's seat ("Menlu Belanda") and the person's
    cluster says no country at all ("Menlu Retno Marsudi"): an Indonesian outlet's bare
    title is Indonesia's, so the Dutch minister is someone else, not Retno."""
    return office.country not in (None, HOME) and all(m.country is None for m in cluster)


def link_office(office: Mention, clusters: list[list[Mention]], text: str = "") -> None:
    """ "Menteri luar negeri Iran" joins the person holding that office in this article."""
    holders = [
        c
        for c in clusters
        if c[0].label == "PER"
        and any(
            m.office
            and office.office
            and office_matches(office.office, m.office)
            and (office.country is None or m.country in (None, office.country))
            and same_body(office.organization, m.organization)
            for m in c
        )
        and not foreign_seat_of_unplaced(office, c)
    ]  # "Ketua Umum PKB itu bertemu Ketua Umum PDIP X": X chairs another party
    if len(holders) > 1 and office.country is not None and DEFINITE.match(text, office.end):
        # "Kepala negara Rusia tersebut": the one named before known to be Russian, not one
        # whose country the article left unsaid ("Presiden Joko Widodo")
        known = [
            c
            for c in holders
            if any(m.country == office.country for m in c)
            and any(m.label == "PER" and m.start < office.start for m in c)
        ]
        holders = known if len(known) == 1 else holders
    if len(holders) > 1:
        holders = home_leader(office, holders, text)
    if len(holders) == 1:
        holders[0].append(office)
    elif not holders and office.office:
        office.name = office_label(office)
        clusters.append([office])


def regional_seats(mentions: list[Mention], text: str) -> None:
    """Seats nobody here holds that the region after them tells apart: "Gubernur Jawa
    Barat" and "Gubernur Jawa Tengah" are two governors, not one "Governor (IDN)" that
    could neither criticise nor meet the other. A bare title later ("Gubernur") is the
    one such seat of its office the article names, if only one; so is a seat whose twin
    region ``region_as_written`` keeps is written once with its level and once without
    ("Sekda Kabupaten Bogor" ... "Sekda Bogor")."""
    seats = [m for m in mentions if m.label == "OFFICE" and m.office and m.name == office_label(m)]
    places = {m.start: m for m in mentions if m.label == "LOC"}  # Indonesia's regions
    regional: list[tuple[Mention, str, str]] = []  # the seat, its key, its region
    for office in seats:
        region = places.get(office.end + 1)
        if region is not None and text[office.end] == " " and region.country == HOME:
            regional.append((office, office_label(office), region_as_written(region)))
    levels = levels_written((label, written) for _, label, written in regional)
    named: dict[str, set[str]] = defaultdict(set)
    for office, label, written in regional:
        office.name = f"{label} {levels.get((label, written), written)}"
        named[office.office or ""].add(office.name)
    seat_of = only_one(named)
    for office in seats:
        home = office.country in (None, HOME)
        if office.office in seat_of and office.name == office_label(office) and home:
            office.name = seat_of[office.office]


def office_label(office: Mention) -> str:
    """The key of a seat nobody in the article holds: its office and the body or country
    it names, so "Kapolda" and "Kepala Kepolisian Daerah" are one actor
    ("Regional Police Chief (IDN)"); users see ``offices_as_written``."""
    qualifier = office.organization or office.country
    return f"{office.office} ({qualifier})" if qualifier else office.office or office.text


def offices_as_written(article: Article) -> dict[str, tuple[str, str]]:
    """Actor id -> (key, name as the article writes it) of each seat nobody here holds:
    users and the gold (``docs/annotation.md``) name it "Kapolres Bogor", "Menteri
    Pertahanan Filipina", not by the lexicon's English gloss. The first mention names it,
    the first that writes its region if it has one (``regional_seats``: a bare "Gubernur"
    before "Gubernur Jawa Barat" names that seat no better)."""
    ordered = sorted(article.mentions, key=lambda m: m.start)
    written: dict[str, tuple[str, str]] = {}
    bare: dict[str, tuple[str, str]] = {}
    for index, m in enumerate(ordered):
        if m.label != "OFFICE" or m.actor_id is None or m.actor_id in written:
            continue
        if m.office and m.name and m.name.startswith(office_label(m)):
            end = office_phrase_end(article.text, m, ordered[index + 1 :])
            phrase = " ".join(article.text[m.start : end].split())
            region = m.name[len(office_label(m)) :].strip()
            if region and region not in phrase:
                bare.setdefault(m.actor_id, (m.name, phrase))
            else:
                written[m.actor_id] = (m.name, phrase)
    return bare | written


def name_offices_as_written(article: Article, events: Iterable[Event]) -> None:
    """Give the events' parties that are seats nobody holds their written names
    (``offices_as_written``); the events stage matched them by key until now."""
    written = offices_as_written(article)
    for event in events:
        for ref in (*event.actor, *event.recipient, *event.reported_by):
            key, name = written.get(ref.actor_id or "", ("", ""))
            if ref.entity_name == key:
                ref.entity_name = name


DEFINITE = re.compile(r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:itu|tersebut)\b")
"""A title pointing back: "Kepala negara Rusia tersebut", "Presiden Prancis itu"."""
OFFICE_KINDS = MappingProxyType(
    {kind: frozenset(o.casefold() for o in offices) for kind, offices in office_kinds().items()}
)
"""Groups of offices by kind (``data/office_kinds.tsv``), case-folded, read once."""
LEADERS = OFFICE_KINDS["leader"]
TITLE_WORDS = MappingProxyType(word_lists("title_words.tsv"))
"""Words around an office title by kind (``data/title_words.tsv``), read once."""
FORMER = TITLE_WORDS["former"]
NOT_SERVING = FORMER - {"wakil"}  # before a title: its holder does not serve now
HEADS_OF_A_COUNTRY = OFFICE_KINDS["countryhead"]
NATIONAL_SEATS = OFFICE_KINDS["nationalseat"]
"""Offices one person holds at a time in a country; a portfolio minister ("Finance
Minister"), a coordinating minister and a speaker of a chamber are too."""
NOT_ONE = FORMER | TITLE_WORDS["notone"]
ORDINAL = re.compile(r"(?:\s+[A-Z]{2,4})?\s+ke-?\s?\d+")
"""A title numbered in its row ("Presiden ke-44 AS", "Ketua DPR RI ke-20")."""
SEATS_OF_A_BODY = OFFICE_KINDS["bodyseat"]
"""Offices one person holds at a time in a body the title names ("Ketua Umum Golkar")."""


def home_leader(
    office: Mention, holders: list[list[Mention]], text: str = ""
) -> list[list[Mention]]:
    """A bare "Presiden" or "Kepala Negara" among several presidents: Indonesian news
    names a foreign leader with his country ("Presiden Rusia Vladimir Putin") and its own
    without ("Presiden Joko Widodo"), so the bare title is the one named so before it
    (not a "mantan Presiden", a former one)."""
    if office.country is not None or (office.office or "").casefold() not in LEADERS:
        return holders
    before = text[max(0, office.start - 12) : office.start].split()
    if before and before[-1].casefold() in FORMER:
        return holders
    home = [
        c
        for c in holders
        if all(m.country in (None, HOME) for m in c)
        and any(m.label == "PER" and m.start < office.start for m in c)
    ]
    return home if len(home) == 1 else holders


HEADS = {
    "head of state": OFFICE_KINDS["headofstate"],
    "head of government": OFFICE_KINDS["headofgovernment"],
}
"""The offices a generic title stands for: "Kepala Negara" is the president or king."""


def office_matches(said: str, held: str) -> bool:
    """ "Minister" refers to a "Foreign Minister"; "Foreign Minister" not to a "Deputy ...";
    "Head of State" to a "President"."""
    said_words, held_words = said.casefold().split(), held.casefold().split()
    if held.casefold() in HEADS.get(said.casefold(), ()):
        return True
    return said_words == held_words or (
        len(said_words) == 1 and said_words[0] == held_words[-1] and "deputy" not in held_words
    )


def link_pronoun(
    pronoun: Mention,
    mentions: list[Mention],
    clusters: list[list[Mention]],
    text: str = "",
) -> bool:
    """A singular pronoun refers to a person mentioned shortly before it (True once
    linked).

    The most recent person who opens a clause (a subject: "Dalam pertemuan itu,
    Haniyeh berterima kasih ...") wins over a closer one inside a phrase ("pidato
    Presiden Joe Biden"); an office linked to a person counts as that person.
    """
    member = {id(m) for c in clusters if c[0].label in ("PER", "OFFICE") for m in c}
    before = [
        m
        for m in mentions
        if m.label in ("PER", "OFFICE")
        and id(m) in member
        and m.end <= pronoun.start
        and pronoun.start - m.end <= PRONOUN_REACH
    ]
    described = [m for m in mentions if m.source == DESCRIPTION_RULE and m.end <= pronoun.start]
    if described:  # the title inside "Mantan Kapolda Banten itu" is no one mentioned
        before = [m for m in before if not any(d.start <= m.start < d.end for d in described)]
    if not before:
        return False
    subjects = [m for m in before if opens_clause(text, m)] if text else []
    person = max(subjects or before, key=lambda m: m.end)
    for cluster in clusters:
        if any(m is person for m in cluster):
            cluster.append(pronoun)
            return True
    return False


def link_description(
    description: Mention, mentions: list[Mention], clusters: list[list[Mention]], text: str
) -> bool:
    """A description referring back ("Politikus PKB ini", "Mantan Kapolda Banten itu",
    ``nlp.described_people``) joins the person named last before it, as a pronoun would,
    among names only: a title before it ("ambisi menjadi presiden") or the one inside it
    may be linked to someone else. False if there is no one. When some of those people are
    titled with a word of the description ("Mantan Menteri Perdagangan Thomas Lembong
    bertemu Ketua KPK X. Mantan menteri itu ..."), only they are in the running."""
    named = [m for m in mentions if m.label == "PER"]
    words = {w for w in WORD_RE.findall(description.text.casefold()) if len(w) >= TITLE_WORD_MIN}
    titled = [
        m
        for m in named
        if 0 <= description.start - m.end <= PRONOUN_REACH and words & title_words(text, m)
    ]
    return link_pronoun(
        description, titled or named, [c for c in clusters if c[0].label == "PER"], text
    )


TITLE_WORD_MIN = 5  # "menteri", "kapolda", "politikus": not "ini", "itu", "asal"
TITLE_REACH = 60  # characters before a name its titles may take ("Mantan Menteri Perdagangan")
WORD_RE = re.compile(r"[\w-]+")


def title_words(text: str, person: Mention) -> set[str]:
    """The lower-cased words of a person's name and of the capitalised titles right before
    it ("Mantan Menteri Perdagangan Thomas Lembong": mantan, menteri, perdagangan; not the
    words of another name before "bertemu")."""
    return {w.casefold() for w in title_before(text, person.start) + WORD_RE.findall(person.text)}


def title_before(text: str, start: int, opens: int = 0) -> list[str]:
    """The capitalised words right before ``start`` (within ``TITLE_REACH``, not before
    ``opens``), in order: the titles of the name there ("Gubernur Jawa Tengah")."""
    words = WORD_RE.findall(text[max(opens, start - TITLE_REACH) : start])
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    return words[k:]


CLAUSE_OPENERS = frozenset({"", ",", ".", "\n", "“", '"'}) | TITLE_WORDS["clauseopener"]


def opens_clause(text: str, mention: Mention) -> bool:
    """Whether ``mention`` starts its clause, possibly after its own title words."""
    before = text[max(0, mention.start - 80) : mention.start]
    line = before.split("\n")[-1]
    words = re.findall(r"[\w'’-]+|[^\w\s]", line)
    while words and words[-1][:1].isupper():  # "Menteri Luar Negeri Iran Ali ..."
        words.pop()
    return not words or words[-1].casefold() in CLAUSE_OPENERS


@dataclass
class ActorRecord:
    """An actor being assembled from the clusters of many articles."""

    keys: set[str]
    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: set[str] = field(default_factory=set)
    nicknames: set[str] = field(default_factory=set)  # the names after "alias", folded
    roles: dict[tuple[str, str | None, str | None], list[str]] = field(default_factory=dict)
    article_ids: set[str] = field(default_factory=set)
    company: set[str] = field(default_factory=set)  # keys of others its articles name


def compatible_people(a: ActorRecord, b: ActorRecord) -> bool:
    """Family names agree after folding, given names do not conflict, countries match."""
    if a.country and b.country and a.country != b.country:
        return False
    ta, tb = name_tokens(a.name), name_tokens(b.name)
    if len(ta) < 2 or len(tb) < 2:
        return False  # a lone name across articles is too weak to merge on
    if not same_token(ta[-1], tb[-1]):
        return False
    if not same_token(ta[0], tb[0]) and len(ta) == len(tb):
        return False
    shorter, longer = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if is_short_form(" ".join(shorter), " ".join(longer)):
        return True
    # Same given and family name, middle names spelled apart: "Ali Bagheri Kani" / "Ali Baghi Kani".
    return len(shorter) == len(longer) and all(
        same_token(x, y) or fold_token(x)[:VARIANT_PREFIX] == fold_token(y)[:VARIANT_PREFIX]
        for x, y in zip(shorter[1:-1], longer[1:-1], strict=True)
    )


def first_words(short: ActorRecord, full: ActorRecord, people: set[str]) -> bool:
    """Is ``short`` (two words or more, the first words of ``full``'s name) that person
    ("Zumi Zola" of "Zumi Zola Zulkifli")? Only when both hold one office, their
    countries do not conflict and ``full`` reads as one name: a span run on into the next
    words ("Lewis Hamilton Mercedes", "Deddy Mizwar - Ahmad Syaikhu", or "Joko Widodo
    Kahiyang Ayu", whose last words name another of the folded ``people``) is also called
    by its first words in its article, so that is no evidence."""
    if short.country and full.country and short.country != full.country:
        return False
    tokens = name_tokens(full.name)
    if not all(NAME_WORD.fullmatch(token) for token in tokens):
        return False
    rest = tokens[len(name_tokens(short.name)) :]
    if len(rest) >= 2 and fold_name(" ".join(rest)) in people:
        return False  # one word left is a family name, whoever else bears it
    return bool({role[0] for role in short.roles} & {role[0] for role in full.roles})


def build_actors(articles: Iterable[Article]) -> tuple[list[Actor], dict[str, str]]:
    """Corpus-wide actors from every article's clusters, and provisional id -> actor id."""
    records: dict[str, ActorRecord] = {}
    for article in articles:
        present = company_keys(article.mentions)
        for mention in article.mentions:
            if mention.actor_id is None or mention.label == "LOC":
                continue
            record = records.get(mention.actor_id)
            if record is None:
                record = records[mention.actor_id] = ActorRecord(
                    keys={mention.actor_id},
                    name=mention.name or mention.text,
                    type=TYPE_OF_LABEL.get(mention.label, "person"),
                    country=mention.country,
                    sector=mention.sector,
                )
            if mention.label in {"PER", "ORG", "GPE"}:
                record.aliases.add(mention.text)
            if mention.source == ALIAS_SOURCE:
                record.nicknames.add(fold_name(mention.text))
            record.country = record.country or mention.country
            record.sector = record.sector or mention.sector
            record.article_ids.add(article.id)
            if record.type == "person":
                record.company |= present - {mention.actor_id}
            if mention.office and mention.label == "PER":
                role_key = (mention.office, mention.organization, mention.country)
                if article.published:
                    record.roles.setdefault(role_key, []).append(article.published)
                else:
                    record.roles.setdefault(role_key, [])
    for record in records.values():
        record.company = capped(record.company)
    merged = merge_records(list(records.values()))
    mapping = {key: actor_id for actor_id, record in merged.items() for key in record.keys}
    return [to_actor(actor_id, record) for actor_id, record in sorted(merged.items())], mapping


def mention_key(label: str, canonical: str) -> str:
    """The article's actor key of a cluster headed by a mention of ``label`` named
    ``canonical``: corpus-wide actors are resolved from these keys (``actor_name_key``):
    "Polda Sumut" is "Polda Sumatera Utara", "Pemprov Banten" "Pemerintah Provinsi Banten"."""
    kind = TYPE_OF_LABEL.get(label, "person")
    return stable_id("act", kind, actor_name_key(kind, canonical))


def actor_name_key(kind: str, name: str) -> str:
    """The folded name an actor id is made from: a person's name as written; a body's under
    its unit's short kind and its province's full name (``body_key``), so "Pemerintah
    Provinsi Jawa Barat", "Pemprov Jabar" and "Pemprov Jawa Barat" are one actor in every
    article, as they are within one."""
    return name.casefold() if kind == "person" else body_key(name)


def person_bodies(article: Article) -> dict[str, tuple[str, str]]:
    """A person's actor key -> (actor key, name) of the organisation the article makes him
    an officer or spokesman of ("juru bicara KPK Febri", a known chief's body from
    ``data/people.tsv``, the body of every known holder of his title when it names one
    seat: "Kapolri Listyo"):
    the body he acts for, which fusion lets stand beside him. A member of a body
    ("anggota DPR") does not act for it, nor a former or would-be officer ("mantan Ketua
    KPK Agus", "calon Kapolri": :func:`not_serving`, the title before him)."""
    out: dict[str, tuple[str, str]] = {}
    bodies, named = office_bodies(), titled_bodies()
    text, mentions = article.text, article.mentions
    past = {
        holder.start
        for title in mentions
        if title.label == "OFFICE" and not_serving(text, title)
        if (holder := holder_follows(title, mentions, text)) is not None
    }
    for m in mentions:
        if m.label != "PER" or not m.actor_id or (m.office or "").startswith(MEMBER):
            continue
        if m.start in past:
            continue
        country = m.country or HOME
        seat = m.office is not None and single_seat(m.office, None, country)
        body = m.organization or (bodies.get((m.office or "", country)) if seat else None)
        body = body or named.get((m.office or "", country))
        if body:
            out.setdefault(m.actor_id, (mention_key("ORG", body), body))
    return out


@lru_cache(maxsize=1)
def titled_bodies() -> dict[tuple[str, str | None], str]:
    """(office, country) -> the organisation the office's titles name after the title word
    ("ketua kpu" -> Komisi Pemilihan Umum, "kepala bnpb", "gubernur bi"): the body a holder
    the text names by that title acts for ("Ketua KPU Afifuddin" / "KPU"), whether or not
    the people list knows him. Left out: an office whose titles name two bodies, and a
    regional unit or council ("kapolda", "ketua dprd": the title does not say which one)."""
    orgs = load_orgs()  # not the whole of load_lexicons: this runs inside the first batch
    found: dict[str, set[tuple[str, str | None]]] = {}
    for key, office in load_offices().items():
        words = key.split()
        for k in range(1, len(words)):
            body = orgs.get(" ".join(words[k:]))
            if body is not None:
                found.setdefault(office.canonical, set()).add((body.canonical, body.country_code))
                break
    return {
        (office, country or HOME): body
        for office, held in found.items()
        if len(held) == 1
        for body, country in held
        if body.casefold() not in REGIONAL_BODIES
    }


REGIONAL_BODIES = REGIONAL_UNITS | {"dewan perwakilan rakyat daerah", "dprd"}
"""Bodies every region has one of: a title naming one names no single body."""


def company_keys(mentions: Iterable[Mention]) -> set[str]:
    """The keys of the people an article names: the company each of them keeps there."""
    return {m.actor_id for m in mentions if m.actor_id and m.label == "PER"}


def capped(keys: Iterable[str]) -> set[str]:
    """The ``COMPANY_CAP`` first keys: kept the same whatever order articles come in, so
    records merged in parts (``kabar.summary.merge_parts``) keep what one pass keeps."""
    kept = set(keys)
    return kept if len(kept) <= COMPANY_CAP else set(first_company(kept))


def first_company(keys: Iterable[str]) -> list[str]:
    """``capped`` in order: sorted, the ``COMPANY_CAP`` first (of distinct keys)."""
    return sorted(keys)[:COMPANY_CAP]


def name_core(name: str) -> tuple[list[str], str | None]:
    """A person's name words without a generational suffix, and that suffix ("Joseph F
    Durford, Jr" -> Joseph F Durford, jr); dots of initials dropped ("Joseph. F.")."""
    tokens = [t.strip(".") for t in name_tokens(name)]
    tokens = [t for t in tokens if t]
    if len(tokens) >= 2 and tokens[-1].casefold() in SUFFIXES:
        return tokens[:-1], tokens[-1].casefold()
    return tokens, None


def spelled_apart(a: ActorRecord, b: ActorRecord) -> bool:
    """One person whose family name outlets spell one letter apart ("Durfort Jr" /
    "Joseph F Durford, Jr", "Culcin" / "Culkin"), told by evidence beyond spelling: the
    same generational suffix or none ("Carlos Sainz Jr" is the son of "Carlos Sainz"),
    the same given names word for word (an initial for a word) or, one giving none,
    a suffix (any spelling ``a`` has gathered may be the one); countries that agree; and
    at least ``MIN_COMPANY`` other people both are named beside. Spelling alone never
    merges: "Suhartono" and "Suharsono" are two men as often as one."""
    if a.country and b.country and a.country != b.country:
        return False
    if len(a.company & b.company) < MIN_COMPANY:
        return False
    return any(spelled_alike(name, b.name) for name in sorted({a.name} | a.aliases))


def spelled_alike(a: str, b: str) -> bool:
    """The name test of :func:`spelled_apart` for two spellings, each of name words
    only (not a span run on into another name: "Edy Rahmayadi - Musa Rajekshah")."""
    (ca, sa), (cb, sb) = name_core(a), name_core(b)
    if not all(NAME_WORD.fullmatch(token) for token in ca + cb):
        return False
    if not ca or not cb or sa != sb:  # "Carlos Sainz" and "Carlos Sainz Jr": father and son
        return False
    fa, fb = fold_token(ca[-1]), fold_token(cb[-1])
    if min(len(fa), len(fb)) < MIN_VARIANT or fa[:2] != fb[:2]:
        return False
    if fa != fb and Levenshtein.distance(fa, fb) != 1:
        return False
    given_a, given_b = ca[:-1], cb[:-1]
    if given_a and given_b:  # one letter apart already: every other word must agree
        if len(given_a) != len(given_b) or not all(
            same_token(x, y) or (min(len(x), len(y)) == 1 and x[:1] == y[:1])
            for x, y in zip(given_a, given_b, strict=True)
        ):
            return False
    elif sa is None or not (given_a or given_b):  # a family name alone needs its suffix
        return False
    return True


def merge_records(records: list[ActorRecord]) -> dict[str, ActorRecord]:
    """Merge person records that name one person; everything else merges on its key only."""
    people = sorted(
        (r for r in records if r.type == "person"),
        key=lambda r: (-len(name_tokens(r.name)), r.name),
    )
    merged: list[ActorRecord] = [r for r in records if r.type != "person"]
    groups: list[ActorRecord] = []
    # Only people whose family names start alike can be one person: compare within blocks,
    # and there only with the groups whose folded family name is the same token
    # (``same_token``), the first test of ``compatible_people``: a corpus has tens of
    # thousands of people, and comparing each with every group of its block was quadratic.
    blocks: dict[str, dict[str, list[ActorRecord]]] = defaultdict(dict)
    glosses: dict[str, list[ActorRecord]] | None = None  # alias -> multi-word people
    letters: dict[str, list[ActorRecord]] | None = None  # first letters -> multi-word people
    prefixes: dict[str, list[ActorRecord]] = defaultdict(list)  # first words -> longer names
    # family's first letters and the length of a family some spelling of the group has
    # -> groups by id: one letter apart is at most one letter longer or shorter
    # (``spelled_alike``); ``filed``: the groups filed there
    variants: dict[tuple[str, int], dict[int, ActorRecord]] = defaultdict(dict)
    filed: set[int] = set()
    by_nickname: dict[str, list[ActorRecord]] = defaultdict(list)  # folded, multi-word groups
    by_name: dict[str, list[ActorRecord]] = defaultdict(list)
    names = {fold_name(r.name) for r in people}
    for record in people:
        families = blocks[family_block(record.name)]
        tokens = name_tokens(record.name)
        family = fold_token(tokens[-1]) if len(tokens) >= 2 else None
        matches = [
            g
            for other, members in families.items()
            if family is not None and same_folded(family, other)
            for g in members
            if compatible_people(g, record)
        ]
        if not matches and len(name_tokens(record.name)) == 1:
            # "Jokowi": merge only with the one person some article glossed with it. People
            # are sorted longest name first, so every multi-word person is grouped by now.
            if glosses is None or letters is None:
                glosses, letters = alias_index(groups), letter_index(groups)
            matches = [
                g
                for g in glosses.get(record.name.casefold(), [])
                if not g.country or not record.country or g.country == record.country
            ] or [  # no gloss: the one person whose name it abbreviates ("Jokowi")
                g
                for g in letters.get(abbreviation_key(record.name), [])
                if abbreviates(record.name, g.name)
                and (not g.country or not record.country or g.country == record.country)
            ]
        if not matches and len(tokens) >= 2:
            matches = [
                g for g in prefixes.get(fold_name(record.name), []) if first_words(record, g, names)
            ]
        if not matches and len(tokens) >= 2:  # "Andi Narogong", or another spelling of a
            matches = nicknamed_alike(record, by_nickname, by_name)  # man both call by one nickname
        if not matches and len(record.company) >= MIN_COMPANY:  # as ``spelled_apart`` needs
            # "Durfort Jr" of "Joseph F Durford, Jr", named beside the same people
            fb = variant_family(record.name)
            near = (variants.get((fb[:2], n), {}) for n in range(len(fb) - 1, len(fb) + 2))
            found = {key: g for bucket in near for key, g in bucket.items()}
            matches = [g for g in found.values() if spelled_apart(g, record)]
        if len(matches) == 1:
            absorb(matches[0], record)
            index_nicknames(matches[0], by_nickname, by_name)
            if id(matches[0]) in filed:  # its new spellings' family lengths
                index_variant(variants, matches[0], {record.name} | record.aliases)
        else:
            groups.append(record)
            index_nicknames(record, by_nickname, by_name)
            if name_core(record.name)[0] and record.company:
                filed.add(id(record))
                index_variant(variants, record, {record.name} | record.aliases)
            if family is not None:  # a one-word name never matches in compatible_people
                families.setdefault(family, []).append(record)
            for n in range(2, len(tokens)):  # "Zumi Zola" may be "Zumi Zola Zulkifli"
                prefixes[" ".join(fold_token(t) for t in tokens[:n])].append(record)
    merged.extend(groups)
    by_id: dict[str, ActorRecord] = {}
    bare_names = bare_unit_levels().keys() | bare_bodies().keys()
    for record in merged:  # equal folded names of one type are one actor, but a bare
        actor_id = stable_id(  # "Polres" or "Kejaksaan" keeps its article's own key
            "act", record.type, fold_name(actor_name_key(record.type, record.name))
        )
        if record.name.casefold() in bare_names:
            actor_id = min(record.keys)
        if actor_id in by_id:
            absorb(by_id[actor_id], record)
        else:
            by_id[actor_id] = record
    return by_id


def nicknames(record: ActorRecord) -> set[str]:
    """The folded names a person of two or more words goes by, read after "alias"
    (``kabar.nlp.ALIAS_AFTER``: "Zoya" of "Muhammad Al Azhar alias Zoya", "Andi
    Narogong" of "Andi Agustinus alias Andi Narogong"); not a short form of the name.
    Not any alias of the record: a gloss in brackets is as often a role ("Daenerys
    Targaryen (Emilia Clarke)") and a cluster may hold another's name."""
    if len(name_tokens(record.name)) < 2:
        return set()
    return {n for n in record.nicknames if not is_short_form(n, fold_name(record.name))}


def nicknamed_alike(
    record: ActorRecord,
    by_nickname: dict[str, list[ActorRecord]],
    by_name: dict[str, list[ActorRecord]],
) -> list[ActorRecord]:
    """The one group (or none) ``record`` (two words or more) is by nickname: one whose
    nickname is ``record``'s name ("Kiki Hasibuan" of "Siti Nuraidah Hasibuan alias Kiki
    Hasibuan") or the reverse, or one that shares a nickname of ``record``'s ("Budi
    Santoso alias Bogel" / "Budi Santosa alias Bogel"): outlets spell a suspect's name
    apart, his nickname alike. A nickname is many men's ("Ucok", "Abu Hamzah", a role
    after an actress's name), so it takes a second sign besides (``named_alike``);
    countries must not conflict. ``by_nickname``/``by_name``: the groups so far by folded
    nickname and name."""
    own, name = nicknames(record), fold_name(record.name)
    found = {id(g): g for g in by_nickname.get(name, [])}
    for nickname in own:
        found |= {id(g): g for g in by_name.get(nickname, []) + by_nickname.get(nickname, [])}
    matches = [
        g
        for g in found.values()
        if (not record.country or not g.country or record.country == g.country)
        and named_alike(record, g)
    ]
    return matches if len(matches) == 1 else []


def named_alike(a: ActorRecord, b: ActorRecord) -> bool:
    """The sign besides a shared nickname that two people are one: a family name spelled
    alike (``family_alike``) or at least ``MIN_COMPANY`` other people both are named
    beside (the same case). A first name is no sign: "Muhammad" and "Budi" are
    millions'."""
    return len(a.company & b.company) >= MIN_COMPANY or family_alike(a.name, b.name)


def family_alike(a: str, b: str) -> bool:
    """Family names the same after folding, or one letter apart ("Sopandi", "Supandi")."""
    fa, fb = variant_family(a), variant_family(b)
    if fa and fb and same_folded(fa, fb):
        return True
    return min(len(fa), len(fb)) >= MIN_VARIANT and Levenshtein.distance(fa, fb) == 1


def index_nicknames(
    group: ActorRecord,
    by_nickname: dict[str, list[ActorRecord]],
    by_name: dict[str, list[ActorRecord]],
) -> None:
    """File a multi-word group under its folded name and nicknames (``nicknamed_alike``)."""
    if len(name_tokens(group.name)) < 2:
        return
    for key, index in [(fold_name(group.name), by_name)] + [
        (n, by_nickname) for n in nicknames(group)
    ]:
        if all(g is not group for g in index[key]):
            index[key].append(group)


def variant_family(name: str) -> str:
    """The folded family name ``spelled_alike`` compares ("" for a name without words)."""
    core, _ = name_core(name)
    return fold_token(core[-1]) if core else ""


def index_variant(
    variants: dict[tuple[str, int], dict[int, ActorRecord]],
    group: ActorRecord,
    spellings: set[str],
) -> None:
    """File ``group`` under its key (the first letters of its own family name) and the
    family length of each of ``spellings``: a record then meets the groups of its key
    that have a spelling within one letter of its family's length."""
    key = variant_family(group.name)[:2]
    for spelling in spellings:
        variants[(key, len(variant_family(spelling)))][id(group)] = group


def alias_index(groups: list[ActorRecord]) -> dict[str, list[ActorRecord]]:
    index: dict[str, list[ActorRecord]] = defaultdict(list)
    for group in groups:
        if len(name_tokens(group.name)) > 1:
            for alias in {a.casefold() for a in group.aliases}:
                index[alias].append(group)
    return index


def letter_index(groups: list[ActorRecord]) -> dict[str, list[ActorRecord]]:
    """Multi-word people under every key an abbreviation of them can have
    (``abbreviation_key``): their initials, and the first letters of each word, since a
    blend's first part is at least MIN_FIRST_PART letters of one of the words."""
    index: dict[str, list[ActorRecord]] = defaultdict(list)
    for group in groups:
        words = word_letters(group.name)
        if len(words) > 1:
            keys = {"=" + "".join(w[0] for w in words)}
            keys |= {w[:MIN_FIRST_PART] for w in words if len(w) >= MIN_FIRST_PART}
            for key in keys:
                index[key].append(group)
    return index


def abbreviation_key(short: str) -> str:
    """The ``letter_index`` key under which the people ``short`` may abbreviate are."""
    letters = letters_of(short)
    return "=" + letters if short.isupper() else letters[:MIN_FIRST_PART]


def family_block(name: str) -> str:
    tokens = name_tokens(name)
    return fold_token(tokens[-1])[:3] if tokens else ""


def absorb(target: ActorRecord, record: ActorRecord) -> None:
    target.keys |= record.keys
    target.aliases |= record.aliases | {record.name}
    target.nicknames |= record.nicknames
    target.article_ids |= record.article_ids
    target.company |= record.company
    target.country = target.country or record.country
    target.sector = target.sector or record.sector
    for role, dates in record.roles.items():
        target.roles.setdefault(role, []).extend(dates)


def fold_name(name: str) -> str:
    return " ".join(fold_token(t) for t in name_tokens(name))


def to_actor(actor_id: str, record: ActorRecord) -> Actor:
    roles = [
        Role(
            office=office,
            organization=organization,
            country=country,
            sector=record.sector,
            first_seen=min(dates) if dates else None,
            last_seen=max(dates) if dates else None,
        )
        for (office, organization, country), dates in sorted(
            record.roles.items(), key=lambda item: tuple(part or "" for part in item[0])
        )
    ]
    roles.sort(key=lambda r: r.first_seen or "")
    return Actor(
        id=actor_id,
        name=record.name,
        aliases=sorted(record.aliases | {record.name}),
        type=record.type,
        country=record.country,
        sector=record.sector,
        roles=roles,
        article_ids=sorted(record.article_ids),
    )
