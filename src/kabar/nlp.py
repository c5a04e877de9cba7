"""Sentences, temporal expressions and entity mentions (tokens on demand: ``Article.tokens()``).

Mentions come from three sources that check each other: the trained NER model
(names), the gazetteers (places and organisations with their country and
sector codes) and the office lexicon ("Menteri Luar Negeri Iran" before a name
gives that person an office, an organisation and a country).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import takewhile
from typing import TypeVar

from kabar.context import Context
from kabar.dates import MONTHS, WEEKDAY_NAMES, WEEKDAYS, find_times
from kabar.lexicons import (
    Lexicons,
    OfficeEntry,
    OrgEntry,
    PlaceEntry,
    home_cities,
    home_provinces,
    place_level_words,
    province_words,
    region_named_units,
    regional_bodies,
    twin_regions,
)
from kabar.model import HOME, Article, Mention, TraceStep
from kabar.numbers import entry_lists, read_table, word_lists
from kabar.predicates import POLITICAL_SECTORS, load_lexicon
from kabar.segment import split_sentences


@lru_cache(maxsize=1)
def office_kinds() -> dict[str, frozenset[str]]:
    """Groups of offices by kind as offices.tsv names them (``data/office_kinds.tsv``),
    read once."""
    return entry_lists("office_kinds.tsv")


@lru_cache(maxsize=1)
def mention_words() -> dict[str, frozenset[str]]:
    """The closed-class word lists of this stage by kind (``data/mention_words.tsv``),
    read once."""
    return word_lists("mention_words.tsv")


PRONOUNS_SG = mention_words()["pronounsg"]
PRONOUNS_PL = mention_words()["pronounpl"]
PRONOUN = re.compile(
    r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(PRONOUNS_SG | PRONOUNS_PL))
    + r")\b"
)  # fmt: skip
MAX_OFFICE_TAIL = 60  # characters of country/organisation between title and name
MAX_TITLE_WORDS = 3  # capitalised words between an office and its holder ("Republik Islam")
CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
SPAN_EDGE = frozenset("()[]{}\"'“”‘’,;:")
PLACE_OR_ORG = frozenset({"GPE", "LOC", "ORG"})
PLACE_QUALIFIERS = mention_words()["placequalifier"]
NAME_PART = re.compile(r"[A-Z][\w'’.-]*|\d+")  # a word of a capitalised name
# Two to four name words after one space, then no further capitalised word.
HOLDER = re.compile(
    r" ([A-Z][a-z]+(?:[-'’][A-Za-z]+)*(?: [A-Z][a-z]+(?:[-'’][A-Za-z]+)*){1,3})"
    r"(?![\w'’-]| [A-Z])"
)
NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*")
GIVEN_INITIALS = re.compile(r"\b(?:[Bb]erinisial|[Ii]nisial(?:nya)?)\s+([A-Z]{2,4})\b(?![.'’-]?\w)")
"""Initials an article gives a person ("pria berinisial AS", "dengan inisial MA"), the
way Indonesian crime news names suspects and victims."""
DATE_NAME = "|".join([WEEKDAY_NAMES, *sorted(MONTHS)])  # full month names: not "Jan", "Des"
NICKNAMED = (
    r"(?:atau )?(?:yang )?(?:"
    + "|".join(sorted(mention_words()["nicknameadverb"]))
    + r") (?:di)?(?:"
    + "|".join(sorted(mention_words()["nicknameverb"]))
    + ")"
)
ALIAS_AFTER = re.compile(
    r"(?:\s*\((?:[A-Z]{1,5}|\d{1,3}(?: tahun)?)\))?,?\s+"
    rf"(?:alias|{NICKNAMED}|atau(?= [A-Z][a-z][\w'’-]*[\s,.;:](?![A-Z])))\s+"
    rf"([A-Z][a-z][\w'’-]*(?: (?!(?i:{DATE_NAME})\b)[A-Z][a-z][\w'’-]*){{0,2}})"
)
"""The other name a person goes by, after his name and any initials or age in brackets
("Ahmad Fauzi (AF) alias Ozi", "Ahmad Fauzi (35) alias Ozi", "Andi Agustinus alias Andi
Narogong"): up to three capitalised words, not a day or month after it ("alias Gepeng
Senin (3/6)"); so is the name he is called by ("Saifullah Yusuf atau yang akrab disapa
Gus Ipul", "yang biasa dipanggil Ucok"), and one word after a bare "atau" ("Basuki
Tjahaja Purnama atau Ahok"), where no second capitalised word follows (two names are
people named apart: "Prabowo atau Anies Baswedan"). Initials after "alias" ("alias AJ")
are not read."""
ALIAS_SOURCE = "alias"  # the source of a mention of the name a person goes by


def alias_after(text: str, person: Mention) -> re.Match[str] | None:
    """The other name (:data:`ALIAS_AFTER`) right after ``person``'s mention; after a
    bare "atau" only that of a name of two words or more ("Basuki Tjahaja Purnama atau
    Ahok"): after one word it is as often a choice ("Jokowi atau Prabowo")."""
    alias = ALIAS_AFTER.match(text, person.end)
    if alias is not None and bare_or(alias) and len(person.text.split()) < 2:
        return None
    return alias


def bare_or(alias: re.Match[str]) -> bool:
    """Whether an :data:`ALIAS_AFTER` match gives the name after a bare "atau"."""
    return alias.string[: alias.start(1)].endswith(" atau ")


AGED_INITIALS = re.compile(r"\b([A-Z]{2,4}) \((\d{1,2})\)")
"""Initials with the person's age after them ("AS (45)", "Tersangka keempat, HJE (25)"):
crime news names people that way too ("QS(9)", a Quran verse, has no space)."""
HONORIFICS = mention_words()["honorific"]
"""Forms of address before a name ("Pak Jokowi", "Saudara Fahri Hamzah", "Mbak Puan"): no
part of the name and no office. "Bung Karno", "Gus Dur", "Cak Imin" and "Habib Rizieq" are
the names those people go by, so their words are not listed."""
NAME_TITLES = mention_words()["nametitle"]
"""Religious and customary titles that open a name and stay in it ("Habib Rizieq Shihab",
"Gus Yusuf", "KH Anwar"): no first name; the name after one is the person's."""
HONORIFIC_START = re.compile(r"([A-Za-z]+)\.? +(?=[A-Z])")


def analyse_text(article: Article, ctx: Context) -> Article:
    """Split sentences and tokens, find temporal expressions and entity mentions."""
    return analyse_texts([article], ctx)[0]


def analyse_texts(articles: list[Article], ctx: Context) -> list[Article]:
    """`analyse_text` over several articles, the NER model decoding all their sentences
    together (cheaper in CPU than one article at a time). The articles
    change only once all of them are analysed, so a failure leaves every one as it was
    and the runner can redo them one by one."""
    texts = [article.text for article in articles]
    spans = list(ctx.ner.predict_many(texts)) if ctx.ner is not None else [[] for _ in texts]
    found = [
        (
            split_sentences(article.text),
            find_times(article.text, reference_date(article)),
            find_mentions(article.text, ctx, model_spans),
        )
        for article, model_spans in zip(articles, spans, strict=True)
    ]
    for article, (sentences, times, mentions) in zip(articles, found, strict=True):
        article.sentences, article.times, article.mentions = sentences, times, mentions
        counts: dict[str, int] = {}
        for mention in mentions:
            counts[mention.label] = counts.get(mention.label, 0) + 1
        article.trace.append(
            TraceStep(
                "nlp",
                f"{len(sentences)} sentences, {len(times)} time expressions, mentions {counts}",
            )
        )
    return articles


def reference_date(article: Article) -> date | None:
    if not article.published or article.published_precision != "day":
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def find_mentions(
    text: str, ctx: Context, model_spans: list[tuple[int, int, str]] | None = None
) -> list[Mention]:
    """Entity mentions in ``text``, names folded together with their office titles;
    ``model_spans`` are the NER model's spans of ``text`` when already found."""
    if model_spans is None:
        model_spans = ctx.ner.predict(text) if ctx.ner is not None else []
    matches = ctx.lexicons.find_all(text)
    gazetteer = [gazetteer_mention(text, *match) for match in matches]
    gazetteer = [g for g in gazetteer if not in_place_name(text, g)]
    gazetteer = boards_as_their_bodies(text, gazetteer, ctx.lexicons)
    ranks = {e for _, _, _, e in matches if isinstance(e, OfficeEntry) and e.rank == "grade"}
    grades = {s for s, _, _, e in matches if e in ranks}
    model = [
        Mention(s, e, text[s:e], label, source)
        for span in model_spans
        for part, source in paired_names(text, *trim_span(text, *span))
        for s, e, label in (without_honorific(text, *part),)
        if e > s
    ]
    model = [known_name_start(text, m, ctx.lexicons.people) for m in model]
    mentions = merge_mentions(split_title_prefixes(text, model, gazetteer), gazetteer, grades)
    mentions = [venue_not_person(group_not_person(m)) for m in mentions]
    mentions = [kingdom_as_country(m, ctx) for m in mentions]
    people_typed_as_places(text, mentions)
    people_typed_as_bodies(text, mentions)
    mentions = join_regional_units(text, mentions, grades)
    mentions = join_committees(text, mentions)
    qualified_places(text, mentions)
    city_or_regency_by_office(text, mentions, ctx.lexicons)
    qualify_home_organisations(text, mentions)
    name_regional_branches(text, mentions)
    sector_from_head(mentions)
    mentions += holders_after_offices(text, mentions, grades)
    given_names_after_offices(text, mentions)
    mentions += religious_names(text, mentions)
    mentions = attach_offices(text, mentions, grades)
    mentions = [
        m
        for m in mentions
        if not common_noun_title(m, mentions) and not unheld_head_noun(m, mentions)
    ]
    mentions = attach_appositive_offices(text, mentions, {e.canonical for e in ranks})
    mentions += propagate_names(text, mentions)
    mentions = split_joined_pairs(text, mentions, ctx.lexicons.people)
    mentions = initials_as_people(text, mentions)
    mentions = initials_of_named_people(text, mentions, ctx.lexicons)
    mentions = split_listed_people(mentions, ctx.lexicons)
    mentions = aliases_as_people(text, mentions, ctx.lexicons)
    mentions += [
        Mention(m.start(), m.end(), m.group(), "PRON", "pronoun-rule")
        for m in PRONOUN.finditer(text)
        if not any(x.start <= m.start() < x.end for x in mentions)
    ]
    mentions += described_people(text, mentions)
    mentions = initialled_roles(text, mentions)
    return sorted(mentions, key=lambda m: (m.start, -m.end))


WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*) $")


def known_name_start(text: str, mention: Mention, people: Collection[str]) -> Mention:
    """A person's span the model began too late, taken back to the start of the full name
    the people list knows ("Purbaya" + "Yudhi Sadewa" is Purbaya Yudhi Sadewa): one or two
    capitalised words right before it that make up, with it, a listed name."""
    if mention.label != "PER":
        return mention
    start = mention.start
    for _ in range(2):
        word = WORD_BEFORE.search(text, max(0, start - 40), start)
        if word is None:
            return mention
        start = word.start(1)
        if text[start : mention.end] in people:
            return Mention(start, mention.end, text[start : mention.end], "PER", mention.source)
    return mention


@lru_cache(maxsize=1)
def description_words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/described_people.tsv`` by kind (read once)."""
    return word_lists("described_people.tsv")


@lru_cache(maxsize=32)
def description_words_of(*kinds: str) -> frozenset[str]:
    """The words of some kinds of ``data/described_people.tsv`` as one set: "kin" and
    "staff" name one person of another ("istri", "ajudan")."""
    words = description_words()
    return frozenset().union(*(words.get(kind, frozenset()) for kind in kinds))


CLAUSE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*|,\s+)(?=[A-Za-z])")  # not in a quote's
# opening: "\"Pria berusia 50 tahun itu mengaku ...\"", said an officer of someone else
DESCRIPTION = re.compile(
    r"(?P<head>[A-Za-z][\w-]*)(?P<rest>(?: [^\s,.;:!?\"“”]+){0,8}?)"
    r" (?:ini|itu|tersebut) (?P<next>[a-z][\w-]*)"
)
DESCRIPTION_QUALIFIERS = mention_words()["agedorigin"]
NOT_IN_DESCRIPTION = mention_words()["notindescription"]
NOT_AFTER_DESCRIPTION = mention_words()["notafterdescription"]
TIME_NOUNS = mention_words()["timenoun"]
VERB_LIKE = re.compile(r"(?:me|be|di|te)[a-z]{4,}")  # "memberhentikan", "berjanji", "ditahan"
WORD_AT = re.compile(r"\S+")
DESCRIPTION_RULE = "description-rule"  # the source of the PRON mentions a description makes


def described_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Descriptions that open a clause and refer back to a person, like a pronoun
    ("Politikus PKB ini mengapresiasi ...", "Mantan Kapolda Banten itu mengimbau ...",
    "Presiden ke-44 AS ini ..."): a former holder ("mantan", "eks" and any noun), a title,
    or a noun of a calling, with a few words after it, closed by "ini", "itu" or
    "tersebut" and followed by the clause's predicate. Their span becomes a PRON mention
    that ``kabar.actors`` links to that person. A description with a name inside ("Pria
    berinisial H itu") refers to no one named before."""
    words = description_words()
    offices = {m.start for m in mentions if m.label == "OFFICE"}
    covered = [(m.start, m.end) for m in mentions if m.label not in ("PER", "PRON")]
    named = [(m.start, m.end) for m in mentions if m.label in ("PER", "PRON")]
    found: list[Mention] = []
    for opening in CLAUSE_START.finditer(text):
        m = DESCRIPTION.match(text, opening.end())
        if m is None or m.group("next") in NOT_AFTER_DESCRIPTION:
            continue
        start, end = m.start(), m.start("next") - 1
        end -= len(text[start:end].rsplit(" ", 1)[-1]) + 1  # the demonstrative is no part
        rest = [(w.group(), w.start()) for w in WORD_AT.finditer(text, m.end("head"), end)]
        head = m.group("head").lower()
        if head in words.get("former", ()) and rest:
            rest = rest[1:]  # "Mantan penyiar radio": any noun after "mantan"
        elif not (
            (start in offices and rest)  # a bare "Presiden tersebut" is ``link_office``'s
            or head in words.get("role", ())
            or (head in words.get("gender", ()) and rest)
        ):
            continue
        if any(s < end and start < e for s, e in named) or timed(rest):
            continue
        if any(w.islower() and w.endswith("nya") for w in text[start:end].split()):
            continue  # "mantan pemainnya itu": someone of another's, not the one named
        if start in offices and any(
            w[:1].isupper() and not w.isupper() and not any(s <= at < e for s, e in covered)
            for w, at in rest
        ):
            continue  # "Sekjen Partai Golkar Sarmuji": a title and a name the recogniser missed
        if all(any(s <= at < e for s, e in covered) or description_word(w) for w, at in rest):
            end = m.start("next") - 1
            found.append(Mention(start, end, text[start:end], "PRON", DESCRIPTION_RULE))
    return found


def timed(rest: list[tuple[str, int]]) -> bool:
    """Whether the words before the demonstrative end in a time ("Sekjen Golkar hari ini",
    "tahun itu"), not in an age ("berusia 32 tahun itu")."""
    return (
        bool(rest) and rest[-1][0] in TIME_NOUNS and not (len(rest) > 1 and rest[-2][0].isdigit())
    )


def description_word(word: str) -> bool:
    """A word that may stand in a description after its head: a name's word, a number, an
    ordinal ("ke-44"), a bracketed short form, a qualifier ("asal", "berusia") or a noun
    (not a verb or a function word, which would end the subject)."""
    low = word.lower()
    if word[:1].isupper() or word[:1].isdigit() or word[:1] == "(" or word == "-":
        return True
    if low in DESCRIPTION_QUALIFIERS:
        return True
    return low not in NOT_IN_DESCRIPTION and not VERB_LIKE.fullmatch(low)


def trim_span(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """A model span without the brackets or quotes around it: "(Jokowi)" -> "Jokowi";
    a name and the gloss in brackets after it ("Agus Harimurti Yudhoyono (AHY)") is
    the name, the gloss being an alias the actor stage reads after it; a span that opens
    with the end of the gloss of the name before it ("(OIKN) Basuki Hadimuljono") is the
    name after the gloss."""
    while start < end and text[start] in SPAN_EDGE:
        start += 1
    close = text.find(")", start, end)
    if close > start and "(" not in text[start:close] and text[close + 1 : end].strip():
        start = close + 1
        while start < end and (text[start] in SPAN_EDGE or text[start].isspace()):
            start += 1
    while end > start and text[end - 1] in SPAN_EDGE:
        end -= 1
    bracket = text.find(" (", start, end)
    if bracket > start and ")" not in text[bracket:end]:
        end = bracket
        while end > start and text[end - 1] in SPAN_EDGE:
            end -= 1
    return start, end, label


JOINED_PAIR_SOURCE = "joined-pair"
"""The source of each of the two people of a ticket ("Prabowo-Gibran", "A - B")."""
PAIR_DASH = " - "
"""The spaced dash that joins a ticket's two names ("Budi Santoso - Rina Kartika")."""


def paired_names(
    text: str, start: int, end: int, label: str
) -> list[tuple[tuple[int, int, str], str]]:
    """A model person span over two names joined by a spaced dash (a ticket of candidates:
    "Budi Santoso - Rina Kartika") as the two people, each with the source of a joined
    pair (``split_joined_pairs``: the event stage reads the dash as "and"); a side of one
    word ("Al - Khaleel", a name's own dash) keeps the span whole. Each span with its source."""
    whole = [((start, end, label), "ner-model")]
    dash = text.find(PAIR_DASH, start, end)
    if label != "PER" or dash < 0 or text.find(PAIR_DASH, dash + 1, end) >= 0:
        return whole
    after = dash + len(PAIR_DASH)
    if len(text[start:dash].split()) < 2 or len(text[after:end].split()) < 2:
        return whole
    return [((start, dash, label), JOINED_PAIR_SOURCE), ((after, end, label), JOINED_PAIR_SOURCE)]


def without_honorific(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """A model name span without the form of address (``HONORIFICS``) or the status noun
    in a case (``status_nouns``) it opens with: "Mas Gibran Rakabuming" is Gibran
    Rakabuming, "Pelapor Kaesang Pangarep" (a sentence's first word) Kaesang Pangarep."""
    match = HONORIFIC_START.match(text, start, end)
    if label == "PER" and match:
        word = match.group(1).lower()
        if word in HONORIFICS or word in status_nouns():
            return match.end(), end, label
    return start, end, label


PEOPLE_GROUPS = mention_words()["peoplegroup"]
"""Names of ethnic and religious groups, which the model takes for one-word names."""


def group_not_person(mention: Mention) -> Mention:
    """A "person" named only by a group's name ("kekerasan terhadap Rohingya", "warga
    Uighur") is that group (NORP), the way the event stage reads "warga Palestina"."""
    if mention.label == "PER" and mention.text.lower() in PEOPLE_GROUPS:
        return Mention(mention.start, mention.end, mention.text, "NORP", "group-name")
    return mention


KINGDOM = "Kerajaan "


def kingdom_as_country(mention: Mention, ctx: Context) -> Mention:
    """ "Kerajaan Belanda", "Kerajaan Saudi Arabia", which the model tags as a mere place,
    is the monarchy the gazetteer knows as a country: a polity that can act."""
    if mention.label != "LOC" or not mention.text.startswith(KINGDOM):
        return mention
    entry = ctx.lexicons.lookup_place(mention.text[len(KINGDOM) :])
    if entry is None or entry.kind != "country":
        return mention
    return Mention(mention.start, mention.end, mention.text, "GPE", "kingdom-name",
                   country=entry.country_code, name=entry.canonical)  # fmt: skip


VENUE_NOUNS = {noun: label for noun, label in read_table("building_nouns.tsv")}
"""English nouns that end the name of a building ("Trump Tower", "John Wayne Airport"), or
of a centre, which is as often the body as its building ("Anti-Scam Center")."""


def venue_not_person(mention: Mention) -> Mention:
    """A "person" named like a building ("Trump Tower", "Stadion Gelora Bung Karno") is
    that place, so the short name of its owner or namesake ("Trump") is not taken for
    the building when it could be the person ("Donald Trump") too; one named as a
    region's government ("Pemda Dharmasraya", "Pemkab Bogor") is that body."""
    words = mention.text.split()
    if mention.label != "PER" or len(words) < 2:
        return mention
    first = words[0].lower()
    label = VENUE_NOUNS.get(words[-1].lower())
    if label is None and first in NAMED_PLACES and first not in NAMED_BODIES:
        label = "LOC"
    if label is None and first in load_lexicon().region_governments:
        return Mention(mention.start, mention.end, mention.text, "ORG", "government-name")
    if label is None:
        return mention
    return Mention(mention.start, mention.end, mention.text, label, "venue-name")


def status_nouns() -> frozenset[str]:
    """Nouns of a person's standing in a case, which crime news puts right before the name
    (``data/described_people.tsv``, kind "status")."""
    return description_words().get("status", frozenset())


def people_typed_as_places(text: str, mentions: list[Mention]) -> None:
    """A name the model took for a place (no gazetteer place) is a person after a form of
    address or a status noun ("Pak Masdar", "terdakwa Sumberjo"), in apposition to a
    noun of a calling (``role_apposition``: "Pengacara RK, Muslim Jaya"), or when it is
    the first or last word of a person the article names in full ("Masdar" of "Masdar
    Hilmi"), the first only where no title or seat may have run into the name; or right
    after a lowercase calling noun and a comma (``calling_before``: "kuasa hukumnya, X")."""
    name_ends = set()
    for m in mentions:
        words = m.text.split()
        if m.label == "PER" and len(words) >= 2:
            name_ends.add(words[-1])
            if after_lowercase_word(text, m.start):  # not "(Sekwan) Bantaeng Saharuddin"
                name_ends.add(words[0])
    for m in mentions:
        words = m.text.split()
        if m.label != "LOC" or m.source != "ner-model" or len(words) > MAX_NAME_WORDS:
            continue
        if not all(NAME_WORD.fullmatch(w) for w in words):
            continue
        before = text[max(0, m.start - 20) : m.start].split()
        cue = before[-1].rstrip(".").lower() if before and text[m.start - 1] == " " else ""
        if (
            cue in HONORIFICS
            or cue in status_nouns()
            or (m.text in name_ends and not placed_anywhere(text, m.text))
            or role_apposition(text, m.start)
            or calling_before(text, m.start)
        ):
            m.label = "PER"


MAX_NAME_WORDS = 4  # "Muslim Jaya Butar Butar": a Batak clan name may take two words


def people_typed_as_bodies(text: str, mentions: list[Mention]) -> None:
    """A name the model took for an organisation (no gazetteer body) is a person when it
    is a person the article names in full, or that person's last word ("Lessa" of
    "Oswaldo Lessa", "Refa" of "Sapriyanto Refa": foreign and sports names the model has
    seldom seen alone as people). Only a person written in name words alone: a span that
    ran over a body ("Himapol FISIP Unud", "Komisi IX DPR ... Mesang") or began with one
    ("manager Lenovo Budi Janto": no first words) names no one by them. Not a word the
    story places anything in ("di Lessa")."""
    names: set[str] = set()
    for m in mentions:
        words = m.text.split()
        if m.label == "PER" and len(words) >= 2 and all(NAME_WORD.fullmatch(w) for w in words):
            names |= {m.text, words[-1]}
    people = {
        m.text
        for m in mentions
        if model_body_of_name_words(m, MAX_NAME_WORDS)
        and m.text in names
        and not placed_anywhere(text, m.text)
    }
    model_bodies_as_people(mentions, people)


def model_body_of_name_words(mention: Mention, most_words: int) -> bool:
    """Whether a mention is an organisation only the NER model saw, written in name words
    alone, at most ``most_words`` of them ("Respati", "Oswaldo Lessa"): what the model
    takes for a body when it is a person's name it has seldom seen alone."""
    words = mention.text.split()
    return (
        mention.label == "ORG"
        and mention.source == "ner-model"
        and 1 <= len(words) <= most_words
        and all(NAME_WORD.fullmatch(w) for w in words)
    )


def model_bodies_as_people(mentions: list[Mention], names: Collection[str]) -> None:
    """Relabel as a person every organisation only the NER model saw whose text is one of
    ``names``: the person the story names so elsewhere."""
    for m in mentions:
        if m.label == "ORG" and m.source == "ner-model" and m.text in names:
            m.label = "PER"


CALLING_BEFORE = re.compile(r"(?<![\w-])([a-z]+?)( hukum)?(?:nya)?, $")
"""A calling noun, maybe owned ("-nya"), right before a comma and a name: "diwakili kuasa
hukumnya, Muslim Jaya", "kata pengacaranya, Rudi Hartono"."""


def calling_before(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a lowercase noun of a calling and a comma:
    a role word (``data/described_people.tsv``, kind "role"), or a counsel noun before
    "hukum" (kind "counsel": "kuasa hukumnya, X", "penasihat hukum, X")."""
    match = CALLING_BEFORE.search(text, max(0, start - ROLE_REACH), start)
    if match is None:
        return False
    kind = "counsel" if match.group(2) else "role"
    return match.group(1) in description_words().get(kind, frozenset())


ROLE_APPOSITION = re.compile(r"(?:^|(?P<stop>[.!?\n\"“])\s*)([A-Z][a-z]+)(?: [A-Z][\w.-]*){1,3}, $")
"""A calling noun opening a sentence, whose client, party or body follows in capitals,
then a comma right before the name: "Pengacara RK, ", "Politikus PDIP, "."""
ROLE_REACH = 60  # characters before a name its calling noun may open the sentence


def role_apposition(text: str, start: int) -> bool:
    """Whether the name at ``start`` is in apposition to a noun of a person's calling that
    opens its sentence ("Pengacara RK, Muslim Jaya Butar-butar yakin ...": the lawyer is
    the one named next; ``data/described_people.tsv``, kind "role")."""
    reach = max(0, start - ROLE_REACH)
    m = ROLE_APPOSITION.search(text[reach:start])
    if m is None or (reach and m.group("stop") is None):
        return False  # the text before it was cut mid-sentence, not at its start
    return m.group(2).lower() in description_words().get("role", frozenset())


PLACE_PREPOSITIONS = mention_words()["placepreposition"]
"""Words that put a place after them ("di Mamasa", "ke Mamasa", "Kabupaten Mamasa")."""


def placed_anywhere(text: str, word: str) -> bool:
    """Whether the article puts ``word`` after a place preposition or noun anywhere."""
    for start in whole_word_hits(text, word):
        before = text[max(0, start - 12) : start].split()
        if before and before[-1].lower() in PLACE_PREPOSITIONS:
            return True
    return False


def gazetteer_mention(text: str, start: int, end: int, label: str, entry: object) -> Mention:
    mention = Mention(start, end, text[start:end], label, "gazetteer")
    if isinstance(entry, PlaceEntry):
        mention.label = "GPE" if entry.kind == "country" else "LOC"
        mention.country = entry.country_code
        mention.name = entry.canonical
    elif isinstance(entry, OrgEntry):
        mention.label = "ORG"
        mention.country = entry.country_code
        mention.sector = entry.sector
        mention.name = entry.canonical
        mention.organization = entry.canonical
    elif isinstance(entry, OfficeEntry):
        mention.label = "OFFICE"
        mention.office = entry.canonical
        mention.sector = entry.sector
    return mention


def merge_mentions(
    model: list[Mention], gazetteer: list[Mention], grades: Collection[int] = ()
) -> list[Mention]:
    """Combine model and gazetteer spans without overlaps.

    A gazetteer entry gives codes the model cannot, so it wins for places and
    organisations, also over a "person" that is the gazetteer name and nothing more
    ("Papua") or a place's level word and nothing more (the model's "Kab" of "Bupati Kab.
    Bogor", ``level_word_person``); the model wins where it found a person around a
    gazetteer word (a name containing a place word) and for spans the gazetteer lacks.
    ``grades`` are the starts of the gazetteer's ranks (``ranked_name``).
    """
    kept: list[Mention] = []
    people = [m for m in model if m.label == "PER"]
    # Words of the article's longer names: "Memphis" of "Memphis Depay" is the player.
    name_words = {w for m in people if " " in m.text for w in m.text.split()}
    for mention in gazetteer:
        start, end = mention.start, mention.end  # the spans overlap: inlined, as it is quadratic
        person = next((m for m in people if m.start < end and start < m.end), None)
        if person is not None and (
            (
                (person.start, person.end) == (start, end)
                and not person.text.isupper()  # "MA": the court, or a suspect's initials
                and person.text not in name_words
            )
            or level_word_person(person, mention)
        ):
            people.remove(person)  # "Papua" or "Golkar" alone: the place or party, no name
        elif (
            person is not None
            and mention.label != "OFFICE"
            and not title_body_in(mention, person, gazetteer)
        ):
            continue
        kept.append(mention)
    for mention in model:
        start, end = mention.start, mention.end
        clash = [g for g in kept if g.start < end and start < g.end]
        if not clash:
            kept.append(mention)
        elif (
            any(g.label == "OFFICE" for g in clash)
            and all(g.label == "OFFICE" or title_body_in(g, mention, gazetteer) for g in clash)
            and (mention.label == "PER" or ranked_name(mention, clash, grades))
        ):
            # "Menlu Retno" tagged whole as PER, "Kasat Reskrim AKP Ryanto Ulil Anshar" as
            # LOC: keep the name part only.
            last_office_end = max(g.end for g in clash)
            if last_office_end < mention.end:
                name = mention.text[last_office_end - mention.start :].lstrip(" ,")
                start = mention.end - len(name)
                kept.append(Mention(start, mention.end, name, "PER", "ner-model"))
        elif (
            mention.label == "PER"
            and all(g.label in {"LOC", "GPE", "ORG"} for g in clash)
            and any(m is mention for m in people)  # unless the gazetteer took its span
        ):
            # A person's name containing a place word is still a person.
            kept = [g for g in kept if g not in clash]
            kept.append(mention)
        elif encloses(mention, clash):
            # "Bursa Efek Indonesia", "Pengadilan Negeri Jakarta Selatan": a longer name
            # around gazetteer words; it keeps the country they give.
            kept = [g for g in kept if g not in clash]
            mention.country = clash[0].country
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def title_body_in(body: Mention, person: Mention, gazetteer: list[Mention]) -> bool:
    """Whether the gazetteer organisation ``body`` inside a model person span is the
    title's unit, not a word of the name: an office or rank the gazetteer found in the
    same span comes after it ("Wadir Penindakan Kortas Tipikor Polri Kombes Yoga Pratama"
    tagged whole as PER): the holder's name follows his rank, and the body his title
    names is who he speaks and acts for (docs/annotation.md, agentless passives)."""
    return (
        body.label == "ORG"
        and person.start <= body.start
        and any(
            g.label == "OFFICE" and body.end <= g.start and g.end < person.end for g in gazetteer
        )
    )


def level_word_person(person: Mention, place: Mention) -> bool:
    """Whether the model's ``person`` lies inside a gazetteer ``place`` written with its
    level word (level_words.tsv) and is no more than one of its parts: the level word ("Kab"
    of "Bupati Kab. Bogor", "Kepala Kemenag Kab. Bekasi": after a title the model reads the
    abbreviation as a name) or the name after it ("Bima" of "Bawaslu Kab. Bima", also a
    given name). A level word names no one, and a name right after it is the place's."""
    return (
        place.label == "LOC"
        and place.start <= person.start
        and person.end <= place.end
        and (person.start, person.end) != (place.start, place.end)
        and place.text.split(" ", 1)[0].casefold() in place_level_words()
    )


NAMED_PLACES = mention_words()["namedplace"]
"""Nouns of streets, buildings, airports and ships, named after people with their title."""
NAMED_BODIES = mention_words()["namedbody"]
"""Of those, the ones that name a body that acts ("Universitas Indonesia menolak ..."),
which ``venue_not_person`` leaves to the events stage as the model tagged it."""


def in_place_name(text: str, mention: Mention) -> bool:
    """Whether a gazetteer title follows a ``NAMED_PLACES`` noun ("Jalan Kapten Tendean",
    "Stadion Kapten I Wayan Dipta"): a rank or title there is part of the place's name,
    not anyone's post."""
    before = text[max(0, mention.start - 12) : mention.start].split()
    return (
        mention.label == "OFFICE"
        and bool(before)
        and before[-1][:1].isupper()
        and before[-1].rstrip(".").lower() in NAMED_PLACES
    )


BOARD_WORDS = mention_words()["boardword"]
"""Acronyms of a body that also name another organisation's board when its name follows:
"DPD" (Dewan Perwakilan Daerah; "DPD PAN", the party's Dewan Pimpinan Daerah)."""
BOARD_BEFORE = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(word.upper()) for word in sorted(BOARD_WORDS))
    + r")(?: I{1,2})? +$"
)
"""A board acronym (``BOARD_WORDS``, in capitals as news writes it), maybe with the
board's tier ("DPD II"), right before a body's name."""


def boards_as_their_bodies(
    text: str, gazetteer: list[Mention], lexicons: Lexicons
) -> list[Mention]:
    """An organisation's board acronym (``BOARD_WORDS``: "DPD", "DPW", "DPC", "DPP", the
    Dewan Pimpinan Daerah, Wilayah, Cabang, Pusat) right before the organisation's name
    ("DPD PAN Jawa Timur", "DPW NasDem Sumut", "DPD FPI") names that organisation's board:
    one mention of that organisation over both, so that a region after it makes it the
    branch there ("DPD PAN Malang", the party's Malang branch, as "PAN Malang" is:
    ``name_regional_branches``). "DPD" is then not the regional senate, nor "Ketua DPD"
    its speaker: the title before the board word ("Ketua") is the office, looked up again
    in ``lexicons``."""
    boards: dict[int, int] = {}  # the body's index -> where its board word starts
    for n, g in enumerate(gazetteer):
        word = BOARD_BEFORE.search(text, max(0, g.start - 10), g.start)
        if g.label == "ORG" and word is not None:
            boards[n] = word.start(1)
    out: list[Mention] = []
    for n, g in enumerate(gazetteer):
        if n in boards:
            out.append(replace(g, start=boards[n], text=text[boards[n] : g.end]))
            continue
        board = next((b for b in boards.values() if g.start <= b < g.end), None)
        if board is None:
            out.append(g)
        elif g.label == "OFFICE" and g.start < board:
            title = text[g.start : board].rstrip()
            entry = lexicons.lookup_office(title)
            if entry is not None:
                out.append(gazetteer_mention(text, g.start, g.start + len(title), "OFFICE", entry))
    return out


def ranked_name(mention: Mention, clash: list[Mention], grades: Collection[int]) -> bool:
    """Whether a model span over office titles ends in a rank (one of ``grades``) and one
    to four name words: "Kasat Reskrim AKP Ryanto Ulil Anshar" tagged as a place names
    the officer, whatever label the model gave the whole run."""
    last = max(clash, key=lambda g: g.end)
    words = mention.text[last.end - mention.start :].split()
    return (
        last.start in grades
        and mention.start <= last.start
        and 1 <= len(words) <= 4
        and all(NAME_WORD.fullmatch(word) for word in words)
    )


REGIONAL_GOVERNMENTS = {long: short for short, long in load_lexicon().region_governments.items()}
"""A region's government, spelled out and short ("Pemerintah Kota Bogor", "Pemkot Bogor"):
predicates.tsv's ``region`` rows."""
REGIONAL_UNITS = region_named_units() | {*REGIONAL_GOVERNMENTS, *REGIONAL_GOVERNMENTS.values()}
"""Regional commands, prosecutors and courts (bare_units.tsv's "region" rows), and regions'
governments ("Pemkot", "pemerintah kota", "Pemda"): named by the region after them."""
GOVERNMENTS_ANYWHERE = frozenset(load_lexicon().governments_anywhere)
"""A region's government that, bare ("Pemda", "Pemerintah Daerah setempat"), is any
region's: predicates.tsv's ``region`` rows with args "anywhere"."""
POLICE_UNIT_PREFIX = "pol"  # how the short names of police commands start
POLICE_UNITS = frozenset(u for u in REGIONAL_UNITS if u.startswith(POLICE_UNIT_PREFIX))
"""Police commands by their short names ("polres", "polsek")."""
POLICE_CHIEF_PREFIX = "ka" + POLICE_UNIT_PREFIX
"""How a police chief's title starts: "Ka" + his command's kind ("Kapolda", "Kapolres",
"Kapolsek", "Kapolri"), as "Ma" + the kind is its headquarters ("Mapolres")."""


def police_chief_title(title: str) -> bool:
    """Whether an office's written title is a police chief's (``POLICE_CHIEF_PREFIX``): the
    one test of the actor stage's command mentions and the event stage's chief's command."""
    return title.lower().startswith(POLICE_CHIEF_PREFIX)


UNIT_NAMES = tuple(tuple(row) for row in read_table("unit_names.tsv"))
"""(kind, spelled-out name, short name) of police units, prosecutors and committees."""
SHORT_UNITS = {long: short for kind, long, short in UNIT_NAMES if kind == "police"}
"""The short name a police unit's spelled-out name is known by."""
COMMITTEES = {long: short for kind, long, short in UNIT_NAMES if kind == "committee"}
"""A legislature's special and working committees, spelled out and short."""
COMMITTEE_NAMES = frozenset(COMMITTEES) | frozenset(COMMITTEES.values())  # either spelling
LONG_TO_SHORT = (
    {long: short for kind, long, short in UNIT_NAMES if kind == "prosecutor"}
    | {long: short.lower() for long, short in SHORT_UNITS.items()}
    | REGIONAL_GOVERNMENTS
    | COMMITTEES
)
"""Each kind of unit's spelled-out name -> its short name."""
BY_SHORT_NAME = SHORT_UNITS.keys() | REGIONAL_GOVERNMENTS.keys()
"""Units the story calls by the short name it glosses them with ("Pemerintah Kota (Pemkot)
Bogor" then "Pemkot Bogor"); a prosecutor keeps the long one."""
SAME_UNITS = LONG_TO_SHORT | {short: long for long, short in LONG_TO_SHORT.items()}
"""The short and spelled-out names of one kind of unit: "Kejati" is a "Kejaksaan Tinggi"."""
MAX_REGION_WORDS = 4
MAX_FREE_WORDS = 2  # region words no gazetteer place covers: "Kodam Jaya", "Lanud Halim ..."
NUMBERED_UNITS = mention_words()["numberedunit"]  # "Kodam IV/Diponegoro"
REGION_NOUNS = mention_words()["regionnoun"]
REGION_WORD = re.compile(r" ([A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)(?![\w'’-])")
NUMERAL = re.compile(r" ([IVX]+(?:/[A-Z][a-z]+)?)(?![\w/])")
CAPITAL_NEXT = re.compile(r" [A-Z]")
ACRONYM_WORD = re.compile(r" ([A-Z]{2,5})(?![\w'’-])")
"""A region's acronym right after its unit: "Pemkab OKU", "Polres HSS"."""


BRACKETED_UNIT = re.compile(r"(?: Kota(?: Besar)?)? \(([A-Z][A-Za-z]{2,11})\)")
"""A unit's spelled-out name glossed with its short one before the region: "Kejaksaan
Tinggi (Kejati) Lampung", "Kepolisian Resor Kota Besar (Polrestabes) Surabaya"."""


def join_regional_units(
    text: str, mentions: list[Mention], grades: Collection[int] = ()
) -> list[Mention]:
    """One organisation for "Polres Metro Jakarta Selatan", "Kejaksaan Negeri Bandung",
    "Kodam Jaya": the gazetteer knows the unit and the place apart, and the unit alone
    ("Polres") would be every regional police of the article. See `region_end`. A short
    name in brackets between the unit and its region names the whole ("Kejati Lampung"),
    as the story goes on to call it. ``grades`` are the starts of ranks (`region_end`)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    dropped: set[int] = set()
    for index, unit in enumerate(ordered):
        if unit.label != "ORG" or unit.text.lower() not in REGIONAL_UNITS or id(unit) in dropped:
            continue
        short = SHORT_UNITS.get(unit.text.lower(), unit.text)  # "Kepolisian Sektor X" is the
        start = unit.end  # "Polsek X" the same story goes on to name
        gloss = BRACKETED_UNIT.match(text, unit.end)
        if gloss is not None and gloss.group(1).lower() in REGIONAL_UNITS:
            start = gloss.end()  # a police unit or a region's government goes by its short
            short = gloss.group(1) if unit.text.lower() in BY_SHORT_NAME else unit.text  # name
        end, places = region_end(text, start, unit, ordered[index + 1 :], grades)
        if end == start:
            continue
        dropped.update(id(p) for p in places)
        dropped.update(id(m) for m in ordered[index + 1 :] if m.start < start)
        region = text[start:end]
        unit.end, unit.text = end, text[unit.start : end]
        unit.name = unit.organization = short + region
    return [m for m in ordered if id(m) not in dropped]


COMMITTEE_WORD = re.compile(r" (Hak|Angket|RUU|[IVX]+|[A-Z]{2,6})(?![\w'’-])")
"""A word of a committee's name after its head: "Pansus Hak Angket KPK", "Pansus IV"."""
BILL_WORD = re.compile(r" ([A-Z][\w/-]*)(?![\w'’-])")
"""A word of a bill's name after "RUU": "Panja RUU Penyesuaian Pidana"."""
MAX_COMMITTEE_WORDS = 8


def join_committees(text: str, mentions: list[Mention]) -> list[Mention]:
    """One organisation for a committee and the name after it ("Pansus Angket KPK", "Panja
    RUU Ibu Kota Negara Komisi II DPR"), not a bare "Pansus" beside the body it
    investigates or the commission it sits in, which would then act in its place. The
    name goes on over "Hak", "Angket", numerals, acronyms and organisations, and after
    "RUU" over the bill's capitalised words; it stops at a person, a title, a weekday or a
    month."""
    ordered = sorted(mentions, key=lambda m: m.start)
    dropped: set[int] = set()
    for index, head in enumerate(ordered):
        if head.label != "ORG" or id(head) in dropped:
            continue
        if head.text.lower() not in COMMITTEE_NAMES:
            continue
        end, words, bill = head.end, 0, False
        rest = ordered[index + 1 :]
        while words < MAX_COMMITTEE_WORDS:
            nxt = next((m for m in rest if m.start >= end), None)
            if nxt is not None and nxt.start == end + 1 and text[end] == " ":
                if nxt.label != "ORG" and not (bill and nxt.label in {"LOC", "GPE"}):
                    break
                end, words = nxt.end, words + len(nxt.text.split())
                continue
            match = (BILL_WORD if bill else COMMITTEE_WORD).match(text, end)
            if match is None or (nxt is not None and nxt.start < match.end()):
                break
            if match.group(1).lower() in WEEKDAYS or match.group(1).lower() in MONTHS:
                break  # "Panja RUU Penyiaran Rabu (5/3)": the day of its meeting
            bill = bill or match.group(1) == "RUU"
            end, words = match.end(), words + 1
        if end == head.end:
            continue
        dropped.update(id(m) for m in rest if m.start < end)
        head.end, head.text = end, text[head.start : end]
        head.name = head.organization = head.text
    return [m for m in ordered if id(m) not in dropped]


def region_end(
    text: str, start: int, unit: Mention, rest: list[Mention], grades: Collection[int] = ()
) -> tuple[int, list[Mention]]:
    """Where the region from ``start`` (after ``unit``) ends, and the mentions it takes in.

    The region is up to ``MAX_REGION_WORDS`` words: gazetteer places, "Metro" and the
    like, compass words and a command's numeral, and, when no place is named, up to
    ``MAX_FREE_WORDS`` capitalised words that close the capitalised run ("Kodam Jaya");
    other words after a place end it ("Polres Depok Buru Pelaku", a headline), and a
    longer run of free words leaves the unit alone, unless a rank (one of ``grades``)
    closes it: the officer's name follows ("Kanit Reskrim Polsek Tambora AKP Erick").
    Weekdays and months are no region.
    """
    end, words, free = start, 0, 0
    places: list[Mention] = []
    numbered = unit.text.lower() in NUMBERED_UNITS
    while words < MAX_REGION_WORDS:
        nxt = next((m for m in rest if m.start >= end), None)
        if nxt is not None and nxt.start == end + 1 and text[end] == " ":
            if nxt.label not in {"LOC", "GPE"} and not region_named_as_name(nxt, words):
                break
            places.append(nxt)
            end, words = nxt.end, words + len(nxt.text.split())
            continue
        match = (
            (NUMERAL.match(text, end) if numbered else None)
            or REGION_WORD.match(text, end)
            or (ACRONYM_WORD.match(text, end) if words == 0 else None)  # "Pemkab OKU"
        )
        if match is None or (nxt is not None and nxt.start < match.end()):
            break
        word = match.group(1).lower()
        if word in WEEKDAYS or word in MONTHS:
            break
        fixed = word in REGION_NOUNS or word in PLACE_QUALIFIERS or not word.isalpha()
        if not fixed and places:
            break
        end, words, free = match.end(), words + 1, free + (not fixed)
    ranked = end + 1 in grades and text[end : end + 1] == " "
    if not places and (free > MAX_FREE_WORDS or (CAPITAL_NEXT.match(text, end) and not ranked)):
        return start, []
    if text[start:end].strip().lower() in REGION_NOUNS:
        return start, []  # "Polres Metro" alone names no region
    return end, places


def region_named_as_name(mention: Mention, words: int) -> bool:
    """A model name right after a unit that begins with a region noun is its region:
    "Polres Metro Bekasi" tagged "Metro Bekasi" as a person names no person; so is a
    one-word acronym right after it, which regencies go by ("Pemkab OKI" is Ogan Komering
    Ilir's government, not the Islamic body the gazetteer knows as "OKI")."""
    if words:
        return False
    first = mention.text.split(" ", 1)[0].lower()
    if mention.source == "ner-model" and first in REGION_NOUNS:
        return True
    return ACRONYM_WORD.fullmatch(" " + mention.text) is not None


QUALIFIER_WORD = re.compile(r" ([A-Z][a-z]+)(?![\w'’-])")


def qualified_places(text: str, mentions: list[Mention]) -> None:
    """A place named with the compass word after it is that place: "Kolaka Timur", "Sumba
    Barat Daya" (a regency apart from Kolaka or Sumba), where the model or the gazetteer
    stopped at the first word, and "Bupati Kolaka Timur" would leave "Timur" a party of
    its own. The place keeps its country; its name is the longer one."""
    starts = {m.start for m in mentions}
    for mention in mentions:
        if mention.label != "LOC":  # a country's part ("Israel Selatan") is still the state's
            continue
        end = mention.end
        while (word := QUALIFIER_WORD.match(text, end)) and word.group(1).lower() in (
            PLACE_QUALIFIERS
        ):
            if word.start(1) in starts:
                break  # "Jakarta Timur" right after a place is a mention of its own
            end = word.end()
        if end > mention.end:
            mention.end, mention.text = end, text[mention.start : end]
            mention.name = mention.text if mention.name else None


LEVEL_OF_WORD = {
    **dict.fromkeys(mention_words()["regencyword"], "Kabupaten"),
    **dict.fromkeys(mention_words()["cityword"], "Kota"),
}
"""The last word of a city's or regency's office or body -> the level it names."""
WORD_BEFORE_NAME = re.compile(r"(\w+) $")
"""The word right before a name: a body's or a place's."""


def city_or_regency_by_office(text: str, mentions: list[Mention], lexicons: Lexicons) -> None:
    """A province's name right after a city's or regency's office or body ("Wali Kota
    Jambi", "Pemkot Bengkulu", "Bupati Gorontalo": ``LEVEL_OF_WORD``) is the city or regency
    of that name, which the gazetteer knows only with its level ("Kota Jambi"): the bare
    name is the province, but a mayor governs the city."""
    provinces = home_provinces()
    for place in mentions:
        if place.label != "LOC" or place.name not in provinces:
            continue
        before = WORD_BEFORE_NAME.search(text, max(0, place.start - MAX_WORD), place.start)
        level = before and LEVEL_OF_WORD.get(before.group(1).casefold())
        city = lexicons.lookup_place(f"{level} {place.text}") if level else None
        if city is not None and city.kind == "city" and city.country_code == HOME:
            place.name = city.canonical


def home_bodies_before_places(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Each home organisation with the next mention right after it, one space between
    ("Kementerian Pertahanan Iran", "KPU Jatim"): the place may say whose body it is."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return [
        (org, nxt)
        for org, nxt in zip(ordered, ordered[1:], strict=False)
        if org.label == "ORG" and org.country == HOME and text[org.end : nxt.start] == " "
    ]


def spelled_out_bodies_before_places(
    text: str, mentions: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """A home body written in full with its short name in brackets and then a place
    ("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut"): both names, each with
    the place, as ``home_bodies_before_places`` pairs them when the brackets are left out."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return [
        pair
        for org, short, place in zip(ordered, ordered[1:], ordered[2:], strict=False)
        if org.label == short.label == "ORG"
        and org.country == HOME
        and org.organization is not None
        and short.organization == org.organization
        and text[org.end : short.start] == " ("
        and text[short.end : place.start] == ") "
        for pair in ((org, place), (short, place))
    ]


def qualify_home_organisations(text: str, mentions: list[Mention]) -> None:
    """A country named right after a generic body name says whose body it is.

    The gazetteer reads "Kementerian Pertahanan" or "Partai Demokrat" as the Indonesian
    body; in "Kementerian Pertahanan Iran" the next word makes it Iran's, so the
    organisation takes that country and a name of its own ("Kementerian Pertahanan Iran"),
    which keeps it apart from the Indonesian ministry when actors are resolved.
    """
    for org, place in home_bodies_before_places(text, mentions):
        if place.label == "GPE" and place.country not in (None, HOME):
            org.country = place.country
            org.name = f"{org.name or org.text} {place.name or place.text}"
            org.organization = org.name


def name_regional_branches(text: str, mentions: list[Mention]) -> None:
    """A home body named right before a home province, city or regency is its branch there:
    "KPU Jatim", "Bawaslu Jawa Barat", "DPRD Kota Bogor" are no national KPU, Bawaslu or
    one DPRD of the whole country. The body takes the place's full name in its own (so "KPU
    Jatim" and "KPU Jawa Timur" are one branch), with the level the text writes where a city
    and a regency share the name ("KPU Kota Bekasi", "KPU Kab. Bekasi"); the gazetteer gave
    it the national body's name before the actors stage could see the place (a later bare
    "KPU" is the branch's only as ``bare_bodies_as_their_branch`` says).
    Only bodies that have branches at that level (regional_bodies.tsv) do: "Gedung KPK Jawa
    Timur", "Anggota DPD Jawa Timur", "BPK Surabaya" name the national body and a place.
    A branch written once with its level and elsewhere without ("BPBD Kabupaten Sukabumi",
    then "BPBD Sukabumi") is the one the article named in full (``levels_written``); so
    is a body spelled out ("Majelis Ulama Indonesia (MUI) Kota Depok")."""
    name_sub_branches(text, mentions)
    provinces, cities = home_provinces(), home_cities()
    branches: list[tuple[Mention, str, str]] = []  # the body, its own name, its region
    pairs = home_bodies_before_places(text, mentions)
    for org, place in pairs + spelled_out_bodies_before_places(text, mentions):
        if place.label != "LOC":
            continue
        level = "province" if place.name in provinces else "city" if place.name in cities else None
        if level is None:
            continue
        bodies, sectors = regional_bodies(level)
        if org.organization in bodies or org.sector in sectors:
            branches.append((org, org.name or org.text, region_as_written(place)))
    levels = levels_written((body, region) for _, body, region in branches)
    for org, body, region in branches:
        org.name = org.organization = f"{body} {levels.get((body, region), region)}"
    bare_bodies_as_their_branch(text, mentions, [(org, body) for org, body, _ in branches])


SUB_LEVELS = mention_words()["sublevel"]
SUB_PLACE = re.compile(r" ([A-Z][a-z]+) ([A-Z][\w'’-]*)")


def name_sub_branches(text: str, mentions: list[Mention]) -> None:
    """A body with branches in every district (kecamatan, regional_bodies.tsv) named right
    before a place below a regency ("MUI Kecamatan Cibatu", "Bawaslu Kecamatan Cibinong";
    ``SUB_LEVELS``; not "BPBD Kecamatan Cibatu", the regency's BPBD) is its branch there,
    a body of its own: neither the national body nor the regency's branch the story may
    name as well ("MUI Kabupaten Garut"). The place is the place mention there, else the
    one word after the level ("MUI Kecamatan Cisurupan KH Cecep" goes on to a person), up
    to the regency's level word ("Kecamatan Cibeber Kabupaten Cianjur")."""
    bodies, sectors = regional_bodies("district")
    places = {m.start: m for m in mentions if m.label == "LOC"}
    levels = {*place_level_words(), *(w.casefold() for w in province_words())}
    for org in mentions:
        if org.label != "ORG" or org.country != HOME:
            continue
        if org.organization not in bodies and org.sector not in sectors:
            continue
        place = SUB_PLACE.match(text, org.end)
        if place and place.group(1).casefold() in SUB_LEVELS:
            named = places.get(place.start(1))
            level, *words = named.text.split() if named else place.groups()
            words = words[:1] + list(takewhile(lambda w: w.casefold() not in levels, words[1:]))
            org.name = org.organization = f"{org.name or org.text} {level} {' '.join(words)}"


NEXT_WORD = re.compile(r" (\w+)")
NEXT_WORD_PAST_DI = re.compile(r" (?:di )?([\w-]+)")
MAX_WORD = 30  # characters of the word looked at before a body
MAX_SENTENCE_LEAD = 120  # characters of its sentence looked at before a body
SENTENCE_BREAK = re.compile(r"[.!?\n]")
NATIONAL_AFTER = mention_words()["nationalafter"]
"""Words after a body's name that make it the national body: "KPU RI", "MUI Pusat"."""
NATIONAL_BEFORE = mention_words()["nationalbefore"]
"""Words before a body's name, or its name's first word, that make it the national body:
"DPP PDIP", "PP Muhammadiyah"."""
NATIONAL_FORMS = mention_words()["nationalform"]
"""Whole names of a body's national board: "PBNU"."""
NATIONAL_HEADS = mention_words()["nationalhead"]
"""Head titles right before a body's bare name that only the national body has: "Ketua
Umum MUI", "Sekjen KPU", "Gubernur BI" (a branch has a "Ketua", a "Sekretaris", a "Kepala
Perwakilan")."""
EITHER_HEADS = mention_words()["eitherhead"]
"""Head titles a branch has as well ("Kepala", "Komisioner"): right before the bare name
the branch is written with ("BPBD Kabupaten Garut" ... "Kepala BPBD"), they name that
branch's head; only before a name no branch is written with ("BNNP Riau" ... "Kepala BNN")
the national one."""
NATIONAL_SCOPE = re.compile(
    r"\b(?:" + "|".join(sorted(mention_words()["nationalscope"])) + r") nasional\b", re.IGNORECASE
)
NATIONAL_BOARD = re.compile(
    r"\bdewan (?:" + "|".join(sorted(mention_words()["nationalboard"])) + r")\b", re.IGNORECASE
)
"""A body's national board named in a sentence ("rapat dewan gubernur", "Dewan Komisioner"):
the bare body after it is the national one."""
GENERIC_AFTER = mention_words()["genericafter"]
"""Words after a body's bare name that make it every branch: "KPU daerah"."""


def bare_bodies_as_their_branch(
    text: str, mentions: list[Mention], branches: list[tuple[Mention, str]]
) -> None:
    """A body with branches named bare ("MUI menilai ...", "DPRD menggelar rapat") in a
    story that names one branch of it ("MUI Kota Sukabumi") and never the national body
    ("MUI Pusat", "KPU RI", "Ketua Umum MUI", "Menteri Agama": ``national_named``,
    ``minister_named``) is that branch, as a bare "Polres" is the one Polres the story
    names: one id for every story's bare "DPRD" would join all councils of the country.
    Two branches named leave it the national body's (``only_one``), and so does the
    national body named beside one; a bare name meaning every branch ("KPU daerah") stays
    the body's. Not a party (a branch by its sector only): its bare name in a story on its
    regional board is as often the party its people belong to ("politikus Golkar",
    "anggota DPRD dari PKS", "kader Golkar"). ``branches`` are the branches named, each
    with its body's name."""
    bodies = regional_bodies()[0]
    named: dict[str, set[str]] = defaultdict(set)
    for branch, body in branches:
        if body in bodies:
            named[body].add(branch.name or branch.text)
    bare = [
        m
        for m in mentions
        if m.label == "ORG" and m.organization in named and m.name == m.organization
    ]
    surfaces: dict[str, set[str]] = defaultdict(set)
    for m in bare:
        surfaces[m.name or ""].add(m.text)
    national = {
        body
        for body, written in surfaces.items()
        if minister_named(text, body)
        or any(national_named(text, w, [b for b, _ in branches]) for w in written)
    }
    branch_of = only_one(named)
    for m in bare:
        if m.name not in national and not every_branch(text, m):
            m.name = m.organization = branch_of.get(m.name or "", m.name)


def national_named(text: str, written: str, branches: list[Mention]) -> bool:
    """Whether the story names the national body by a name it writes (``written``) anywhere:
    that name itself a national board's ("PBNU") or led by its national word ("PP
    Muhammadiyah"); a word of ``NATIONAL_AFTER`` right after it ("KPU RI", "MUI Pusat"),
    of ``NATIONAL_BEFORE`` or a national head's title right before it ("DPP PDIP", "Ketua
    Umum MUI"; "Kepala BNN" only if no branch is written "BNN": ``EITHER_HEADS``), or its
    sentence set at the national level before it ("Secara nasional, BPS ...", "Dalam rapat
    dewan gubernur, BI ...": ``NATIONAL_BOARD``). Looked for in
    the text, not the mentions: "Ketua KPU RI" is one office, no KPU mention; never inside a
    branch's name ("Kepala BPS Aceh")."""
    words = written.casefold().split()
    if written.casefold() in NATIONAL_FORMS or (len(words) > 1 and words[0] in NATIONAL_BEFORE):
        return True
    heads = NATIONAL_HEADS
    if not any(b.text.casefold() == written.casefold() for b in branches):
        heads = heads | EITHER_HEADS
    for found in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text):
        if any(b.start <= found.start() < b.end for b in branches):
            continue
        after = NEXT_WORD.match(text, found.end())
        before = WORD_BEFORE_NAME.search(text, max(0, found.start() - MAX_WORD), found.start())
        lead = text[max(0, found.start() - MAX_SENTENCE_LEAD) : found.start()]
        lead = SENTENCE_BREAK.split(lead)[-1]
        if (
            (after and after.group(1).casefold() in NATIONAL_AFTER)
            or (before and before.group(1).casefold() in NATIONAL_BEFORE | heads)
            or NATIONAL_SCOPE.search(lead)
            or board_over(lead, found.start(), branches)
        ):
            return True
    return False


def board_over(lead: str, at: int, branches: list[Mention]) -> bool:
    """Whether ``lead``, the sentence up to the body's bare name at ``at``, names the
    national board ("Dalam rapat dewan gubernur, BI ...": ``NATIONAL_BOARD``) with no
    branch named between the board and the body ("Menanggapi keputusan Dewan Komisioner,
    Kepala OJK Sumbar ... OJK akan ...": the branch's head speaks of his own branch)."""
    boards = list(NATIONAL_BOARD.finditer(lead))
    if not boards:
        return False
    board_end = at - len(lead) + boards[-1].end()
    return not any(board_end <= b.start < at for b in branches)


def minister_named(text: str, body: str) -> bool:
    """Whether a ministry's minister is named ("Menteri Agama" of "Kementerian Agama"): he
    heads the national ministry, no regional office of it."""
    field_ = body.removeprefix("Kementerian ")
    return field_ != body and re.search(rf"\bMenteri {re.escape(field_)}\b", text) is not None


def every_branch(text: str, body: Mention) -> bool:
    """Whether a body's bare name means all its branches ("KPU daerah", "BPBD di seluruh
    Indonesia"), no one of them."""
    after = NEXT_WORD_PAST_DI.match(text, body.end)
    return bool(after and after.group(1).casefold() in GENERIC_AFTER)


def region_as_written(region: Mention) -> str:
    """A home region's name for the seat or body before it (``regional_seats``,
    ``name_regional_branches``), with the level the text writes when a city and a regency
    share the name: "Sekda Kota Bogor" and "Sekda Kabupaten Bogor" are two secretaries,
    "KPU Kota Bekasi" and "KPU Kabupaten Bekasi" two branches, though the gazetteer folds
    both places into "Bogor" or "Bekasi"."""
    name = region.name or region.text
    levels = place_level_words()
    first, _, rest = name.partition(" ")
    bare = rest if rest and first.casefold() in levels else name  # "Kota Serang" -> "Serang"
    level = levels.get(region.text.split(" ", 1)[0].casefold())
    if level is None or bare not in twin_regions():
        return name
    return f"{level.capitalize()} {bare}"


def levels_written(named: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(holder, bare twin region) -> the region as written with its level, for each seat or
    body (the holder) the article names before a twin region once with its level and
    elsewhere bare: "Sekda Kabupaten Bogor" ... "Sekda Bogor" is one secretary. ``named``
    pairs each holder with ``region_as_written``; a holder written with both levels ("DPRD
    Kota Malang", "DPRD Kabupaten Malang") leaves its bare one apart."""
    written: dict[tuple[str, str], set[str]] = defaultdict(set)
    for holder, region in named:
        bare = region.partition(" ")[2]
        if bare in twin_regions():
            written[holder, bare].add(region)
    return only_one(written)


Holder = TypeVar("Holder")


def only_one(named: Mapping[Holder, Collection[str]]) -> dict[Holder, str]:
    """Each holder -> the one name the article gives it in full, for the holders named in
    just one: the one rule by which a bare name stands for a full one. A bare seat is the
    one seat of its office the story names with a region (kabar.actors.regional_seats), a
    bare unit the one unit of its kind (regional_units_named), a bare body the one unit
    or branch of it (place_bare_bodies, ``bare_bodies_as_their_branch``), a twin region
    written bare the one level written (``levels_written``); two named ("Polres Bogor",
    "Polres Depok") leave the bare one apart, as either could be meant."""
    return {holder: next(iter(names)) for holder, names in named.items() if len(names) == 1}


def sector_from_head(mentions: list[Mention]) -> None:
    """An organisation of no known sector takes the sector its first words give
    (``bodysector`` rows of predicates.tsv): "Dinas Perhubungan Kota Medan" and "KBRI
    Kuala Lumpur" are state bodies, as political as the gazetteer's ministries."""
    lex = load_lexicon()
    for mention in mentions:
        if mention.label == "ORG" and mention.sector is None:
            words = [w.strip(".,()").lower() for w in mention.text.split()]
            mention.sector = lex.body_sector(words)


def encloses(mention: Mention, clash: list[Mention]) -> bool:
    """Whether a model place/organisation name of capitalised words strictly contains the
    gazetteer places it overlaps, all of one country ("Pengadilan Negeri Jakarta Selatan",
    "PSM Makassar"), and no gazetteer organisation or office title."""
    return (
        mention.label in {"LOC", "ORG"}
        and all(NAME_PART.fullmatch(word) for word in mention.text.split())
        and len({g.country for g in clash}) == 1
        and all(
            g.label in {"LOC", "GPE"}
            and mention.start <= g.start
            and g.end <= mention.end
            and (g.start, g.end) != (mention.start, mention.end)
            for g in clash
        )
    )


MEMBER_START = re.compile(r"([A-Za-z]+) +(?=[A-Z])")


def member_nouns() -> frozenset[str]:
    """Nouns of a body's member ("anggota"), a title before the body and the name
    (``data/described_people.tsv``, kind "member")."""
    return description_words().get("member", frozenset())


def split_title_prefixes(
    text: str, model: list[Mention], gazetteer: list[Mention]
) -> list[Mention]:
    """Cut an office title and its country or organisation off a model span.

    After "Menteri Luar Negeri" the model often runs the country into the name
    ("Iran Ali Baghi Kani" as PER, or "Iran Hossein Amir-Abdollahian" as LOC). When a
    model span starts with gazetteer places/organisations that follow an office
    title, those words are the title's and the rest of the span is the holder's name;
    so too after a lowercase title noun ("pejabat senior Hamas Osama Hamdan") when
    two or more name words remain (a lone "Israel Katz" keeps its first word). A span
    that opens with the title itself and its organisation ("Ketua Umum Partai
    Golkar Bahlil Lahadalia" tagged whole as PER) loses both when two or more name words
    remain (so too after a member noun and a committee: "Anggota Pansus Angket KPK Ali
    Rahman"); without an organisation the rest is as often the title's unit or region
    ("Kabid Humas Polda Metro Jaya", "Kapolsek Pancoran"). A rest
    that is itself a gazetteer place or organisation is no name: "Juru bicara
    Kementerian Pertahanan Iran" tagged whole as ORG names a ministry and its country;
    nor is a rest of compass words, which end a region's name ("Kapolres Solok
    Selatan", "Bupati Lampung Timur").
    """
    starts = {g.start: g for g in gazetteer if g.label in {"GPE", "LOC", "ORG"}}
    offices = {g.start: g for g in gazetteer if g.label == "OFFICE"}
    office_ends = {g.end for g in offices.values()}
    out: list[Mention] = []
    for mention in model:
        cursor = mention.start
        skipped: list[str] = []  # labels cut off the span's start
        member = MEMBER_START.match(text, cursor, mention.end)
        if member and member.group(1).lower() in member_nouns() and member.end() in starts:
            skipped.append("OFFICE")  # "Anggota Komisi ..." stands as a title
            cursor = member.end()
        while (found := starts.get(cursor) or offices.get(cursor)) and found.end < mention.end:
            if found.label == "OFFICE" and cursor > mention.start:
                break  # a second title ("Kapolsek Kuta Kompol ...") is the holder's rank
            skipped.append(found.label)
            cursor = found.end
            if found.text.lower() in COMMITTEE_NAMES:
                while (word := COMMITTEE_WORD.match(text, cursor)) and word.end() < mention.end:
                    cursor = word.end()  # "Pansus Angket KPK": the committee's name
            cursor += len(text[cursor : mention.end]) - len(text[cursor : mention.end].lstrip(" ,"))
        name = text[cursor : mention.end]
        words = name.split()
        if (
            cursor > mention.start
            and not (cursor in starts and starts[cursor].end == mention.end)
            and not all(word.lower() in PLACE_QUALIFIERS for word in words)
            and all(NAME_WORD.fullmatch(word) for word in words)
            and (
                (
                    mention.label == "PER"
                    and skipped[:1] == ["OFFICE"]
                    and "ORG" in skipped
                    and len(words) >= 2
                )
                or (
                    "OFFICE" not in skipped
                    and (
                        follows_office(text, mention.start, office_ends, starts)
                        or (len(words) >= 2 and after_lowercase_word(text, mention.start))
                    )
                )
            )
        ):
            out.append(Mention(cursor, mention.end, name, "PER", mention.source))
        else:
            out.append(mention)
    return out


def after_lowercase_word(text: str, start: int) -> bool:
    words = text[max(0, start - 30) : start].split()
    return bool(words) and words[-1].isalpha() and words[-1].islower()


def follows_office(text: str, start: int, office_ends: set[int], gaz: dict[int, Mention]) -> bool:
    """Whether only places/organisations stand between an office title and ``start``."""
    ends = {g.end: g for g in gaz.values()}
    cursor = start
    while True:
        before = text[:cursor].rstrip(" ")
        if len(before) in office_ends:
            return True
        previous = ends.get(len(before))
        if previous is None or previous.start >= cursor:
            return False
        cursor = previous.start


APPOSITION = frozenset({", ", " selaku ", ", selaku ", " sebagai "})


def attach_appositive_offices(
    text: str, mentions: list[Mention], ranks: Collection[str] = ()
) -> list[Mention]:
    """ "Ismail Haniyeh, kepala biro politik Hamas", "Listyo Sigit Prabowo selaku
    Kapolri": an office in apposition after a name.

    Only an office that no name follows, and only for a person with no office yet or
    only a rank (one of the offices ``ranks``: "Jenderal Listyo Sigit Prabowo selaku
    Kapolri" holds the post, which a later bare "Kapolri" refers back to).
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    for index, mention in enumerate(ordered):
        if mention.label != "OFFICE" or index == 0:
            continue
        person = ordered[index - 1]
        if (
            person.label != "PER"
            or (person.office and person.office not in ranks)
            or text[person.end : mention.start] not in APPOSITION
        ):
            continue
        holder = next(
            (
                m
                for m in ordered[index + 1 :]
                if m.label == "PER" and m.start - mention.end <= MAX_OFFICE_TAIL
            ),
            None,
        )
        if holder is not None and (holder.office == mention.office or holder.office in ranks):
            continue  # the title of the officer named after it ("..., Kapolri Jenderal Tito")
        person.office = mention.office
        person.sector = person.sector or mention.sector
        person.country = person.country or mention.country
        person.organization = person.organization or mention.organization
    return ordered


NOT_PERSON_BEFORE = mention_words()["notpersonbefore"]
HANDED_PREPOSITIONS = mention_words()["handedpreposition"]
HANDED_WORDS = mention_words()["handedword"]
LAY_NAMESAKE = re.compile(r"\s*\(\d{1,3}(?:\s*tahun)?\)")
"""An age after a bare name ("Budi (45)"): a lay person of that name, not the official."""
OPENING_QUOTE = re.compile(r"(?:^|\s)[\"“]$")
"""A quote mark opening on the word after it (a closing one, 'namanya."\n', does not)."""


def propagate_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Later uses of a person's full, family or first name that the model missed
    ("Haniyeh"; "kata Silpia" after "Kepala Kejari Silpia Rosalina": Indonesian news often
    calls a person by the first name).

    A title that opens a name ("Habib", "Gus", "KH": ``NAME_TITLES``) is no first name:
    "Habib Rizieq Shihab" is called Rizieq (a bare "Habib" is left to kabar.actors, which
    takes it for the one habib the story names).
    A family name two people of the article share, or a first name two share, is
    ambiguous and not propagated; a first name that is another person's family name is
    taken as one man's ("Habib Rizieq", "Rizieq Shihab"; so "Hasan" of Hasan Basri and
    Rudi Hasan is propagated too). Nor is a given name many people share ("Muhammad":
    ``givenname`` cues), nor a first name written next to another capitalised word,
    where it is part of some other name. No use is taken after a place
    or outlet word ("di Silpia", "harian Surya"), with an age after it ("Budi (45)": a
    namesake) or opening a quote ("\"Adil atau tidak").
    """
    owners_of: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if m.label == "PER" and len(words) >= 2 and NAME_WORD.fullmatch(words[-1]):
            owners_of.setdefault(words[-1], set()).add(m.text)
            owners_of.setdefault(m.text, {m.text})
    first_owners: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if words and words[0].casefold().rstrip(".") in NAME_TITLES:
            words = words[1:]  # "Habib Rizieq Shihab": the first name is Rizieq
        if (
            m.label == "PER"
            and len(words) >= 2
            and NAME_WORD.fullmatch(words[0])
            and words[0] not in owners_of  # a family name already ("Habib Rizieq", "Rizieq Shihab")
            and bare_first_name(text, words[0])
        ):
            first_owners.setdefault(words[0], set()).add(m.text)
    firsts = set(first_owners)
    owners_of.update(first_owners)
    taken = sorted((m.start, m.end) for m in mentions)
    out: list[Mention] = []
    for surface, owners in sorted(owners_of.items(), key=lambda item: -len(item[0])):
        if len(owners) > 1 or len(surface) < 4:
            continue
        for start in whole_word_hits(text, surface):
            end = start + len(surface)
            if any(a < end and start < b for a, b in taken):
                continue
            if surface in firsts and beside_capital(text, start, end):
                continue
            if not_the_person(text, start, end):
                continue
            out.append(Mention(start, end, surface, "PER", "name-propagation"))
            taken.append((start, end))
    return out


def not_the_person(text: str, start: int, end: int) -> bool:
    """Whether a later use of a name is something else: a place or outlet ("di Silpia",
    "kampung Jaya", "harian Surya"), a namesake ("bernama Budi", "Silpia (32),
    pedagang") or a quote's first word ("\"Adil atau tidak"). Not after a thing handed
    "dari"/"ke" ("keterangan diperoleh dari Silpia", "surat dikirim ke Silpia"): a person."""
    before = re.findall(r"[\w-]+", text[max(0, start - 30) : start].lower())
    if before and before[-1] in NOT_PERSON_BEFORE:
        return True
    if before and before[-1] in PLACE_PREPOSITIONS:
        handed = len(before) > 1 and before[-2] in HANDED_WORDS
        return not (handed and before[-1] in HANDED_PREPOSITIONS)
    return bool(
        LAY_NAMESAKE.match(text, end) or OPENING_QUOTE.search(text, max(0, start - 2), start)
    )


def bare_first_name(text: str, word: str) -> bool:
    """A first name that can stand alone for its owner: no given name many people share
    ("Muhammad": ``givenname`` cues), no word the lexicon knows as an actor, office or
    non-name ("Polisi" of a grade the model took into a name, "Satu"), and never written
    in lower case in the article (a common noun)."""
    lex = load_lexicon()
    low = word.lower()
    return (
        low not in lex.cue("givenname")
        and low not in lex.cue("notname")
        and low not in lex.actor_first
        and low not in lex.state_bodies
        and next(whole_word_hits(text, low), None) is None
    )


NEXT_CAPITAL = re.compile(r" [A-Z]")


def beside_capital(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after the span: it is part of a longer name."""
    return bool(
        NEXT_CAPITAL.match(text, end) or WORD_BEFORE.search(text, max(0, start - 40), start)
    )


# Two runs of capitalised words joined by a bare hyphen: "Prabowo-Gibran", "Prabowo
# Subianto-Gibran Rakabuming Raka", "Jokowi-JK".
JOINED_PAIR = re.compile(
    r"(?<![\w-])([A-Z][\w'’]*(?: [A-Z][\w'’]*){0,3})-([A-Z][\w'’]*(?: [A-Z][\w'’]*){0,3})(?![\w-])"
)


def split_joined_pairs(
    text: str, mentions: list[Mention], people: Collection[str]
) -> list[Mention]:
    """A ticket written with a hyphen ("pemerintahan Prabowo-Gibran", "Anies-Muhaimin") is
    two people, not one unknown name: each side must be a person of the people list or a
    person the article names elsewhere (the whole name, or its first or last word). The
    left side may begin after a capitalised word ("Pasangan Ganjar-Mahfud"), the right
    side end before one; mentions over the pair give way to the two people."""
    named: set[str] = set()
    for m in mentions:
        if m.label == "PER" and "-" not in m.text:
            words = m.text.split()
            named |= {m.text, words[0], words[-1]}
    out = mentions
    for match in JOINED_PAIR.finditer(text):
        left, right = match.group(1).split(" "), match.group(2).split(" ")
        head = next((n for n in range(len(left)) if known_person(left[n:], people, named)), None)
        tail = next(
            (n for n in range(len(right), 0, -1) if known_person(right[:n], people, named)), None
        )
        if head is None or tail is None:
            continue
        start = match.start(1) + len(" ".join(left[:head])) + (head > 0)
        end = match.start(2) + len(" ".join(right[:tail]))
        out = [m for m in out if m.end <= start or end <= m.start]
        out.append(
            Mention(start, match.end(1), text[start : match.end(1)], "PER", JOINED_PAIR_SOURCE)
        )
        out.append(
            Mention(match.start(2), end, text[match.start(2) : end], "PER", JOINED_PAIR_SOURCE)
        )
    return out


def known_person(words: list[str], people: Collection[str], named: set[str]) -> bool:
    name = " ".join(words)
    return name in people or name in named


CHIEF_TITLE_COMMAND = "chief-title"  # the source of a command's mention inside its chief's title
INITIALLED_ROLE = "initialled-role"  # the source of a role noun's PRON mention tied to initials
ROLE_TIED = re.compile(
    r"(?P<before>(?:[^\s,.;:!?\"“”()]+ ){1,6})berinisial ([A-Z]{2,4})\b(?![.'’-]?\w)"
)
"""A role noun the article ties to initials ("Sopir yang diamankan itu berinisial AR")."""
NOT_ONE_ROLE = frozenset({"dan", "serta", "para", "lain", "lainnya"})  # two people, or others


def initialled_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with every other use of a role noun ("sopir Pajero", "pengemudi")
    that the article ties to one person's initials ("Sopir yang diamankan itu berinisial
    AR") added as a PER mention that ``kabar.actors`` links to those initials, where it is
    marked as that one: a demonstrative ("sopir itu", "pengemudi truk tersebut") or the
    vehicle word of the tie ("sopir truk"), within :data:`ROLE_STRETCH` paragraphs of the
    tie; never with another vehicle word ("sopir angkot" after "sopir truk" is another
    driver). The vehicle he drives is part of the description ("pengemudi mobil
    Mitsubishi Pajero"), no organisation. A noun tied to two sets of initials, or to two
    people ("Sopir dan kernet berinisial ..."), refers to no one; nor does "pengemudi
    lain" or "para sopir"."""
    words = description_words()
    roles, vehicles = words.get("initialled", frozenset()), words.get("vehicle", frozenset())
    others = description_words_of("gender", "status", "kin", "role")  # "sopir ... wanita"
    tied: dict[str, set[str]] = {}
    ties: dict[str, list[tuple[int, frozenset[str]]]] = {}  # where, and the vehicle there
    for m in ROLE_TIED.finditer(text):
        before = m.group("before").casefold().split()
        at = max((k for k, word in enumerate(before) if word in roles), default=None)
        between = before[at + 1 :] if at is not None else []
        if at is not None and not any(  # the nearest role noun, no other person or act
            w in NOT_ONE_ROLE or w in others or w.startswith(("me", "ber")) for w in between
        ):
            tied.setdefault(before[at], set()).add(m.group(2))
            where = m.start() + len(" ".join(m.group("before").split()[:at])) + (at > 0)
            said = m.group("before").split()[at + 1 :]  # "Sopir truk", "Pengemudi Pajero"
            ties.setdefault(before[at], []).append((where, vehicle_of(said, vehicles)))
    taken = [m for m in mentions if m.label != "PRON"]
    found: list[Mention] = []
    for role, initials in tied.items():
        if len(initials) != 1:
            continue
        hits = list(re.finditer(rf"\b(?i:{role})\b( [a-z]+)?((?: [A-Z][\w-]*)*)", text))
        tie_at = {where for where, _ in ties[role]}
        for hit in hits:
            before = text[: hit.start()].split()[-1:]
            after = text[hit.start() + len(role) :].split()[:1]
            if NOT_ONE_ROLE & {w.casefold() for w in before + after}:
                continue
            if hit.start() not in tie_at and not marked_as_tied(text, hit, ties[role], hits):
                continue
            start, end = hit.start(), hit.start() + len(role)
            if hit.group(2) and (hit.group(1) is None or hit.group(1).strip() in vehicles):
                end = max(end, hit.end(2))  # "sopir Pajero", "pengemudi mobil Toyota Avanza"
            inside = [m for m in taken if start <= m.start and m.end <= end]
            named = hit.group(1) is None and any(m.label in ("PER", "OFFICE") for m in inside)
            if named or any(m.start < end and start < m.end and m not in inside for m in taken):
                continue  # "sopir Budi": a name, not the one the initials stand for; a make
                # after a vehicle noun is the vehicle's, whatever the model took it for
            found.append(
                Mention(start, end, text[start:end], "PER", INITIALLED_ROLE, name=min(initials))
            )
            taken = [m for m in taken if m not in inside]
            mentions = [m for m in mentions if m not in inside]
    return mentions + found


ROLE_STRETCH = 2
"""How many paragraph breaks may lie between a role noun and the tie to initials it
refers back to: farther on, "sopir itu" is another story's driver."""


def vehicle_of(words: list[str], vehicles: frozenset[str]) -> frozenset[str]:
    """The vehicle words and make right after a role noun ("truk", "mobil Pajero",
    "Pajero"), case-folded: what tells one driver from another."""
    said: set[str] = set()
    for k, word in enumerate(words):
        if word.casefold() in vehicles and k == 0:
            said.add(word.casefold())
        elif word[:1].isupper() and (k == 0 or said):
            said.add(word.casefold())  # "Mitsubishi Pajero"
        else:
            break
    return frozenset(said)


def marked_as_tied(
    text: str,
    hit: re.Match[str],
    ties: list[tuple[int, frozenset[str]]],
    hits: list[re.Match[str]],
) -> bool:
    """Whether a use of a role noun is marked as the initialled one: within
    :data:`ROLE_STRETCH` paragraphs of a tie, no vehicle or make other than the tie's,
    and a demonstrative after it ("sopir itu", "sopir truk tersebut") or the tie's own
    vehicle ("sopir truk", "sopir Pajero"). A tie naming no vehicle ("Sopir yang
    diamankan itu berinisial RH") takes that of the last use before it naming one
    ("Polisi mengamankan sopir truk")."""
    words = description_words()
    vehicles, same_one = words.get("vehicle", frozenset()), words.get("sameone", frozenset())
    role_end = hit.end(1) - len(hit.group(1)) if hit.group(1) else hit.start(2)
    after = re.findall(r"[\w-]+", text[role_end : role_end + 60])[:5]
    vehicle = vehicle_of(after, vehicles)
    following = [w.casefold() for w in after if w.casefold() not in vehicle]
    if vehicle and vehicle <= vehicles and following[:1] and following[0] in same_one:
        new_one = words.get("newone", frozenset())
        vehicle |= vehicle_named_before(text, hit.start(), vehicle, vehicles, new_one)
    for where, tie_vehicle in ties:
        lo, hi = sorted((where, hit.start()))
        if text.count("\n\n", lo, hi) > ROLE_STRETCH:
            continue
        if not tie_vehicle:
            earlier = [
                said for h in hits if h.start() < where
                if (said := vehicle_of(re.findall(r"[\w-]+", h.group(0))[1:], vehicles))
            ]  # fmt: skip
            tie_vehicle = earlier[-1] if earlier else frozenset()
        if vehicle and tie_vehicle and not vehicle & tie_vehicle:
            continue
        if following[:1] and following[0] in same_one or vehicle & tie_vehicle:
            return True
    return False


def vehicle_named_before(
    text: str, at: int, kind: frozenset[str], vehicles: frozenset[str], new_one: frozenset[str]
) -> frozenset[str]:
    """The make of the car last introduced with the vehicle word ``kind`` before offset
    ``at``, within :data:`ROLE_STRETCH` paragraphs ("mobil Pajero"), case-folded:
    "pengemudi mobil tersebut" is the driver of that car, so a tie naming the make
    ("Pengemudi Pajero ... berinisial AR") is his. Only a car introduced as a new one
    (a ``newone`` word before or right after it: "sebuah mobil boks", "mobil lain") or
    one of another make changes it; any other use ("memeriksa kondisi mobil dan pagar")
    is the car told before."""
    found: frozenset[str] = frozenset()
    start = at
    for _ in range(ROLE_STRETCH + 1):
        start = max(text.rfind("\n\n", 0, start), 0)
    for use in re.finditer(r"\b(?i:" + "|".join(sorted(kind)) + r")\b", text[start:at]):
        after = re.findall(r"[\w-]+", text[start + use.start() : start + use.start() + 60])[:4]
        said = vehicle_of(after, vehicles) - kind
        before = re.findall(
            r"[\w-]+", text[max(start, start + use.start() - 20) : start + use.start()]
        )
        introduced = before[-1:] + after[1:2]  # the word before it, the word after its noun
        if said or any(w.casefold() in new_one for w in introduced):
            found = said
    return found


def initials_as_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Initials the article gives a person (:data:`GIVEN_INITIALS`, :data:`AGED_INITIALS`)
    name that person wherever they recur, not the country, court or state whose short form
    they spell ("berinisial AS" is no United States, "MA" no Mahkamah Agung, "RI" no
    republic), also where the model saw no name at all ("Saat ini AR masih diperiksa")."""
    given = {m.group(1) for m in GIVEN_INITIALS.finditer(text)}
    given |= {m.group(1) for m in AGED_INITIALS.finditer(text)}
    given |= role_initials(text, mentions)
    if not given:
        return mentions
    out = [
        Mention(m.start, m.end, m.text, "PER", "given-initials")
        if m.text in given and m.label != "PER"
        else m
        for m in mentions
    ]
    taken = [(m.start, m.end) for m in mentions]
    for initials in sorted(given):
        for start in whole_word_hits(text, initials):
            end = start + len(initials)
            if not any(a < end and start < b for a, b in taken):
                out.append(Mention(start, end, initials, "PER", "given-initials"))
    return out


NAME_INITIALS = re.compile(r"(?<![\w.'’-])[A-Z]{2,4}(?![\w'’-]|\.\w)")
"""A run of two to four capitals standing alone: initials, or a body's short form."""
NAME_INITIALS_SOURCE = "name-initials"  # initials of a person the story names in full


def initials_of_named_people(
    text: str, mentions: list[Mention], lexicons: Lexicons
) -> list[Mention]:
    """Initials that spell the name of exactly one person the story names in full ("LM"
    of "Lisa Mariana", "RK" of "Ridwan Kamil", "Ridwan Kamil (RK)") are that person's,
    which news uses for people in a case, also where the model took them for a body or
    saw nothing ("Penetapan tersangka LM ..."); ``kabar.actors`` then joins them to the
    name they abbreviate. Not initials two people named share, nor a body, place or
    office the gazetteer knows ("AS", "BI", "MA") or a common noun's abbreviation ("TKP",
    "DPO": ``COMMON_ABBREVIATIONS``), nor initials the article gives
    (``initials_as_people``), nor those of a body the model took for a person
    ("Universitas Indonesia"), nor a Roman numeral ("DPD II" is no Ikhsan Ingratubun),
    nor initials that end a body's name ("BEM UI") or stand in a list of initials ("RW,
    KM dan AY": suspects whose names are withheld)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = [w for w in m.text.split() if w not in NAME_PARTICLES]
        if (
            m.label == "PER"
            and len(words) >= 2
            and all(NAME_WORD.fullmatch(w) for w in words)
            and not names_body_or_place(m.text, lexicons)
        ):
            owners["".join(w[0] for w in words)].add(m.text)
    spelt = {
        initials
        for initials, names in owners.items()
        if len(names) == 1
        and not lexicons.find_all(initials)
        and not ROMAN.fullmatch(initials)
        and initials.casefold() not in COMMON_ABBREVIATIONS
    }
    if not spelt:
        return mentions
    body_ends = {m.end for m in mentions if m.label in PLACE_OR_ORG}

    def stands_for_name(start: int, end: int) -> bool:
        return (
            text[start:end] in spelt
            and not (start - 1 in body_ends and text[start - 1] == " ")
            and not INITIALS_LISTED_BEFORE.search(text, max(0, start - 12), start)
            and not INITIALS_LISTED_AFTER.match(text, end)
        )

    out = [
        Mention(m.start, m.end, m.text, "PER", NAME_INITIALS_SOURCE)
        if m.label != "PER" and m.source == "ner-model" and stands_for_name(m.start, m.end)
        else m
        for m in mentions
    ]
    taken = [(m.start, m.end) for m in mentions]
    for hit in NAME_INITIALS.finditer(text):
        start, end = hit.span()
        if stands_for_name(start, end) and not any(a < end and start < b for a, b in taken):
            out.append(Mention(start, end, hit.group(), "PER", NAME_INITIALS_SOURCE))
    return out


COMMON_ABBREVIATIONS = mention_words()["commonshort"]
"""Common nouns news abbreviates in capitals ("PT", "TKP", "RS", "DPO"): no one's initials."""
ROMAN = re.compile(r"[IVX]+")  # "II", "XIII": a numeral after a name or body, no initials
INITIALS_LINKS = "|".join(sorted(mention_words()["initialslink"]))  # "dan", "serta"
INITIALS_LISTED_BEFORE = re.compile(rf"\b[A-Z]{{2,4}}(?:,| (?:{INITIALS_LINKS})),? $")
INITIALS_LISTED_AFTER = re.compile(rf",? (?:(?:{INITIALS_LINKS}) )?[A-Z]{{2,4}}\b")
"""Initials listed beside other initials ("RW, KM, dan AY")."""

INITIALS_ROLES = "|".join(sorted(mention_words()["initialsrole"]))
INITIALS_GIVERS = "berinisial|inisial(?:nya)?"
"""The words giving initials, as :data:`GIVEN_INITIALS` reads them, here in any case."""
ROLE_INITIALS = re.compile(
    rf"\b(?i:(?P<role>{INITIALS_ROLES})|{INITIALS_GIVERS})\s+(?P<initials>[A-Z]{{2,4}}"
    rf"(?:(?:,| (?:{INITIALS_LINKS}))+ [A-Z]{{2,4}})*)\b(?![.'’-]?\w)"
)
"""Initials after a party of a criminal case ("tersangka MSH", "pelaku IS") or listed after
the first given ones ("berinisial SN dan RA", "Tersangka RS, DW serta AK")."""
LOOSE_ROLES = mention_words()["initialslooserole"]
"""Role words as often before a case's or a disease's abbreviation as before initials
("korban TPPO", "korban DBD"): initials after them must come back bare elsewhere."""


def role_initials(text: str, mentions: list[Mention]) -> set[str]:
    """Initials :data:`ROLE_INITIALS` gives people: each of a list, not a body the gazetteer
    knows ("pelaku KKB") nor a common abbreviation ("pelaku UMKM", "tersangka TPPU"), nor
    the initials of a person the story names in full ("Lisa Mariana" ... "tersangka LM"),
    which ``initials_of_named_people`` links to that person. After a :data:`LOOSE_ROLES`
    word ("korban AR") they must also recur bare ("... AR dirawat"), unless "berinisial"."""
    bodies = {(m.start, m.end) for m in mentions if m.source == "gazetteer"}
    named = {
        "".join(word[0] for word in m.text.split() if word[:1].isupper())
        for m in mentions
        if m.label == "PER"
    }
    out: set[str] = set()
    for match in ROLE_INITIALS.finditer(text):
        loose = (match.group("role") or "").lower() in LOOSE_ROLES
        for hit in re.finditer(r"[A-Z]{2,4}", match.group("initials")):
            start = match.start("initials") + hit.start()
            initials = hit.group()
            if (start, start + len(initials)) in bodies:
                continue
            if loose and not recurs_bare(text, initials):
                continue
            if initials.casefold() not in COMMON_ABBREVIATIONS and initials not in named:
                out.add(initials)
    return out


def recurs_bare(text: str, initials: str) -> bool:
    """Whether ``initials`` stand somewhere in ``text`` after no role word ("AR mengaku")."""
    return any(
        not ROLE_BEFORE.search(text, 0, hit.start())
        for hit in re.finditer(rf"\b{initials}\b(?![.'’-]?\w)", text)
    )


ROLE_BEFORE = re.compile(rf"\b(?i:{INITIALS_ROLES}|{INITIALS_GIVERS})\s+$")
"""A role word right before a position (searched up to it)."""


NAME_PARTICLES = mention_words()["nameparticle"]
LISTED_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’-]*\.?")  # "Ma'ruf", "ALI", "Ir.", "M"
SPELT_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’-]*[A-Za-z]")  # two letters or more, no dot


def split_listed_people(mentions: list[Mention], lexicons: Lexicons) -> list[Mention]:
    """A person's span the model ran on over a semicolon ("Alex; Wahyu Widada; Dimas Adi
    Saputra") is the entries of a list of people, as news lists suspects ("A alias B;
    C; D alias E"): no name holds a semicolon. Each entry written as a name is a person
    of its own, so that an alias chain ending in the first (``aliases_as_people``) reaches
    it and the next entry is no alias of the last name before it. A name's words are
    capitalised (any case after: "ALI", "O'Neil"), a title or initial with its dot ("Ir.
    H. Joko"), or a particle ("bin"). An entry that is a body or place the gazetteer
    knows ("Polda Metro Jaya") is no person, and one of other words (a bracket, a hyphen
    the text spaced out, "34 tahun") was no one's name: both are dropped."""
    out: list[Mention] = []
    for m in mentions:
        if m.label != "PER" or ";" not in m.text:
            out.append(m)
            continue
        at = m.start
        for part in m.text.split(";"):
            start = at + len(part) - len(part.lstrip())
            name = part.strip()
            if written_as_name(name) and not names_body_or_place(name, lexicons):
                out.append(Mention(start, start + len(name), name, "PER", m.source))
            at += len(part) + 1
    return out


def written_as_name(entry: str) -> bool:
    """Whether ``entry`` is written as a person's name (``split_listed_people``)."""
    words = entry.split()
    return any(SPELT_NAME_WORD.fullmatch(w) for w in words) and all(
        LISTED_NAME_WORD.fullmatch(w) or w in NAME_PARTICLES for w in words
    )


def names_body_or_place(entry: str, lexicons: Lexicons) -> bool:
    """Whether the gazetteer reads ``entry`` as a body's name from its first word ("Polda
    Metro Jaya", "Polres Bogor") or as one place or office covering it all ("Bogor",
    "Bupati"): no person. An office with its region ("Kapolda Metro Jaya") is not dropped:
    in a list of people it names the one who holds it."""
    return any(
        start == 0 and (label == "ORG" or end == len(entry))
        for start, end, label, _ in lexicons.find_all(entry)
    )


def aliases_as_people(text: str, mentions: list[Mention], lexicons: Lexicons) -> list[Mention]:
    """The name after "alias" that follows a person's name (:data:`ALIAS_AFTER`) is a
    person's name too, which the model often leaves untagged ("Ahmad Fauzi alias Ozi"):
    the actor stage then makes it the person's other name
    (``kabar.actors.merge_named_aliases``). A chain is read to its end ("A alias B alias
    C"), and the name stops before an office the gazetteer found ("alias Bogel Kepala
    Desa Sukamaju"). A name after a bare "atau" is read only where it can be no one else
    (``choice_after_or``). So is the name an office's holder goes by ("Wamenaker yang
    akrab disapa Noel"), though not after a bare "atau" ("Menteri atau Wakil Menteri")."""
    out = list(mentions)
    pending = [m for m in mentions if m.label in ("PER", "OFFICE")]
    while pending:
        holder = pending.pop(0)
        alias = alias_after(text, holder)
        if alias is None or (holder.label == "OFFICE" and bare_or(alias)):
            continue
        start, end = alias.span(1)
        end = min([x.start for x in out if x.label == "OFFICE" and start < x.start < end] + [end])
        end = len(text[:end].rstrip())
        over = [x for x in out if x.start < end and start < x.end]
        if any(x.label == "PER" and (x.start, x.end) != (start, end) for x in over):
            continue  # a longer or shorter person's span: the model read the names otherwise
        if bare_or(alias) and choice_after_or(text, alias, over, lexicons):
            continue
        out = [x for x in out if all(x is not o for o in over)]
        named = Mention(start, end, text[start:end], "PER", ALIAS_SOURCE)
        out.append(named)
        pending.append(named)
    return out


def choice_after_or(
    text: str, alias: re.Match[str], over: list[Mention], lexicons: Lexicons
) -> bool:
    """Whether the name after a bare "atau" is the other side of a choice, not a second
    name of the person before it: a `choiceword` opens the sentence's stretch before it
    ("antara Anies Baswedan atau Ganjar"), the name is another known person's ("Sri
    Mulyani atau Luhut"; "Joko Widodo atau Jokowi" is his) or a place or body the
    gazetteer or the model found ("Joko Widodo atau Solo"). (A name that opens a longer
    name of the story, "Ganjar" of "Ganjar Pranowo", is left to
    ``kabar.actors.merge_named_aliases``.)"""
    name = alias[1]
    before = re.split(r"[.!?\n]", text[max(0, alias.start() - CHOICE_REACH) : alias.start()])
    if not CHOICE_WORDS.isdisjoint(w.casefold() for w in re.findall(r"\w+", before[-1])):
        return True
    if any(x.label != "PER" for x in over):
        return True
    owner = set(text[: alias.start()].split()[-MAX_NAME_WORDS:])
    if any(owner.isdisjoint(role.name.split()) for role in lexicons.people.get(name, ())):
        return True  # a known person's name, not the one named before it ("Jokowi" is)
    return any(label in PLACE_OR_ORG for _, _, label, _ in lexicons.find_all(name))


CHOICE_WORDS = mention_words()["choiceword"]
CHOICE_REACH = 60  # characters before "A atau B" a choice word is sought in


def whole_word_hits(text: str, word: str) -> Iterator[int]:
    """Starts of ``word`` where it is not part of a longer word (``(?<![\\w-])word(?![\\w-])``,
    left to right, not overlapping), without compiling a pattern per name: an article
    has dozens of names and the ``re`` cache would thrash over a corpus."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _word_char(text[at - 1])) and (
            end == len(text) or not _word_char(text[end])
        ):
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _word_char(char: str) -> bool:
    """What ``[\\w-]`` matches in a ``str`` pattern."""
    return char.isalnum() or char in "_-"


def holders_after_offices(
    text: str, mentions: list[Mention], grades: Collection[int] = ()
) -> list[Mention]:
    """Names the model missed right after an office title and the country or organisation
    it names: "Menteri Luar Negeri Mesir Sameh Shoukry bertemu ...". Two to four
    capitalised name words that no other mention covers (and no weekday or month) become
    a person; without that country or organisation ("Kepala Badan Ekonomi Kreatif") the
    words are too often the office's own, but not after a rank (an office starting at one
    of ``grades``): "Kompol Yoppi Anggi Khrisna" names the officer who wears it."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for index, mention in enumerate(ordered):
        if mention.label != "OFFICE":
            continue
        cursor = office_phrase_end(text, mention, ordered[index + 1 :])
        match = HOLDER.match(text, cursor)
        if (
            match is None
            or (cursor == mention.end and not worn_rank(text, mention, ordered, grades))
            or any(m.start < match.end(1) and match.start(1) < m.end for m in ordered)
        ):
            continue
        words = match.group(1).split()
        if not any(w.lower() in WEEKDAYS or w.lower() in MONTHS for w in words):
            out.append(
                Mention(match.start(1), match.end(1), match.group(1), "PER", "office-holder")
            )
    return out


def worn_rank(text: str, mention: Mention, ordered: list[Mention], grades: Collection[int]) -> bool:
    """Whether an office is a rank (it starts at one of ``grades``) worn by whom it
    precedes: not a word inside a name ("Direktorat Jenderal Bea Cukai", "Jalan Jenderal
    Sudirman"), which another mention covers or a capitalised word no mention names opens."""
    if mention.start not in grades:
        return False
    if any(m is not mention and m.start <= mention.start < m.end for m in ordered):
        return False
    offset = max(0, mention.start - 40)
    word = LAST_WORD.search(text, offset, mention.start)
    if word is None or not word.group()[:1].isupper():
        return True
    return any(m.start <= word.start() < m.end for m in ordered if m is not mention)


LAST_WORD = re.compile(r"\S+(?=\s*$)")


TITLES_OF_ANY_BODY = office_kinds()["anybody"]
"""Offices (``offices.tsv`` canonical) that clubs, companies and parties have as much as
governments: "presiden klub", "direktur perusahaan", "juru bicara KPK"."""


def body_sector(title: Mention, body: Mention) -> str | None:
    """The sector of a title in a named body: a title of any body is the body's ("Presiden
    PKS" a party's, "direktur Pertamina" a company's, "presiden AS Roma" not the
    government's when the body's sector is unknown), as is a title with no sector of its
    own ("Ketua NasDem"); a state title keeps its own ("Bupati OKI", "Menteri LH")."""
    if title.sector is None or title.office in TITLES_OF_ANY_BODY:
        return body.sector
    return title.sector


def office_phrase_end(text: str, office: Mention, following: Iterable[Mention]) -> int:
    """Where an office title ends with the countries, places or organisations right after
    it ("Menteri Luar Negeri Mesir", "Kapolres Bogor"): the phrase that names the seat.
    ``following`` are the mentions after the title, in text order."""
    cursor = office.end
    for m in following:
        if text[cursor : m.start].strip() or m.label not in PLACE_OR_ORG:
            break
        cursor = m.end
    return cursor


def given_names_after_offices(text: str, mentions: list[Mention]) -> None:
    """Widen a person the model began one or two words late, between an office title and
    its name: "Menteri Keuangan Purbaya Yudhi Sadewa" tagged "Yudhi Sadewa" leaves
    "Purbaya", the name the story then calls him by, unlinked to the minister. Only words
    the story names a person by elsewhere ("Purbaya menyebut ...") are taken. The title
    may name its seat first ("Wali Kota Solo Respati Ardi"), and the word the story calls
    the person by may be one the model took for a body alone ("Respati meminta ..."): that
    body is then the person too."""
    ordered = sorted(mentions, key=lambda m: m.start)
    seats = {
        office_phrase_end(text, m, ordered[index + 1 :])
        for index, m in enumerate(ordered)
        if m.label == "OFFICE"
    }
    starts = {m.start for m in mentions}
    names = {m.text for m in mentions if m.label == "PER"}
    bodies = {m.text for m in mentions if model_body_of_name_words(m, 1)}  # "Respati"
    for person in mentions:
        if person.label != "PER" or person.source != "ner-model":
            continue
        words = text[: person.start].split(" ")[-3:-1]
        for n in (1, 2):
            given = " ".join(words[-n:])
            begin = person.start - len(given) - 1
            if (
                len(words) >= n
                and begin - 1 in seats
                and (given in names or given in bodies)
                and begin not in starts
            ):
                person.start = begin
                person.text = text[person.start : person.end]
                model_bodies_as_people(mentions, {given})
                break


# One name word and a regnal numeral: "Fransiskus", "Leo XIV", "Benediktus XVI".
RELIGIOUS_NAME = re.compile(r" ([A-Z][a-z]+(?:[-'’][A-Za-z]+)*(?: [IVX]+)?)(?![\w'’-]| [A-Z])")
# "paus" is also a whale ("Paus itu terdampar")
COMMON_NOUN_TITLES = mention_words()["commonnountitle"]
HEAD_NOUN_TITLES = mention_words()["headnountitle"]
"""Titles that are also common nouns: "kepala" is a title only before the name of whom
it makes head of a political body ("Kepala Polda Jambi Rusdi Hartono"), not in "luka di
kepala", "Kepala Sekolah", "pemilihan kepala daerah" (``unheld_head_noun``); the head of
a school or firm is left as the text's name alone, as before."""


def religious_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The one-word name a religious leader goes by right after the title, which the
    model rarely tags: "Paus Fransiskus", "Paus Leo XIV", "Patriark Bartholomeus"."""
    out: list[Mention] = []
    for title in mentions:
        if title.label != "OFFICE" or title.sector != "REL":
            continue
        match = RELIGIOUS_NAME.match(text, title.end)
        if match is None or any(
            m.start < match.end(1) and match.start(1) < m.end for m in mentions
        ):
            continue
        word = match.group(1).split()[0].lower()
        if word not in WEEKDAYS and word not in MONTHS:
            out.append(
                Mention(match.start(1), match.end(1), match.group(1), "PER", "office-holder")
            )
    return out


def head_noun(mention: Mention) -> bool:
    """Whether an office mention is a head noun of ``HEAD_NOUN_TITLES`` ("Wakil Kepala")."""
    return mention.label == "OFFICE" and mention.text.lower().split()[-1] in HEAD_NOUN_TITLES


def unheld_head_noun(mention: Mention, mentions: list[Mention]) -> bool:
    """A head noun (``HEAD_NOUN_TITLES``) that gives its office to no person right after
    (the nearest such title before the person gave it)."""
    if not head_noun(mention):
        return False
    same = [m.start for m in mentions if m.label == "OFFICE" and m.office == mention.office]
    return not any(
        m.label == "PER"
        and m.office == mention.office
        and 0 <= m.start - mention.end <= MAX_OFFICE_TAIL
        and not any(mention.start < start < m.start for start in same)
        for m in mentions
    )


def common_noun_title(mention: Mention, mentions: list[Mention]) -> bool:
    """A title that is also a common noun ("Paus", the Pope or a whale) is a title only in
    an article that names someone holding it; a bare "Paus" there refers back to him."""
    if mention.label != "OFFICE" or mention.text.lower() not in COMMON_NOUN_TITLES:
        return False
    return not any(m.label == "PER" and m.office == mention.office for m in mentions)


ADDRESS_OPENING_WORDS = frozenset(
    word
    for kind, words in word_lists("modality_words.tsv").items()
    if kind in {"addressopener", "groupquantifier"}
    for word in words
)
OPENING_EDGE = re.compile(r"[.!?\n]|\s[-–—]\s")  # a sentence's end, a dateline's dash


def opens_address(text: str, start: int) -> bool:
    """Whether only words leading an address, "kepada" among them, stand between the
    opening of the sentence (or its text after a dateline) and ``start``: "Kepada Pak
    Kapolres, Budi meminta ...": the name after the comma speaks, no holder of the title."""
    words = re.findall(r"\w+", OPENING_EDGE.split(text[:start])[-1].lower())
    return "kepada" in words and all(w in ADDRESS_OPENING_WORDS for w in words)


def addressed_before(text: str, after: int, person: Mention, office_start: int) -> bool:
    """Whether the title starting at ``office_start`` is of whom a phrase opening the
    sentence addresses and a comma after ``after`` (the title's end, or the place or
    body after it) parts it from ``person``, the speaker: "Kepada Pak Camat, Budi meminta
    ..." (not "Kepada Kepala Dinas PU, Budi Santoso, kami ...": his name set off by commas)."""
    return (
        "," in text[after : person.start]
        and not text[person.end :].startswith(",")
        and opens_address(text, office_start)
    )


def attach_offices(
    text: str, mentions: list[Mention], grades: Collection[int] = ()
) -> list[Mention]:
    """Give a person the office, country and organisation named right before them.

    "Menteri Luar Negeri Iran Hossein Amir-Abdollahian": OFFICE, GPE, PER. The
    OFFICE mention stays (it is evidence) but now carries the country, and the
    person inherits office, country, organisation and sector. A rank (an office
    starting at one of ``grades``) right after a post leaves the post to the person
    ("Kapolri Jenderal Listyo Sigit Prabowo" is the police chief, whom a later bare
    "Kapolri" refers back to, not merely a general).
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    for index, mention in enumerate(ordered):
        if mention.label != "OFFICE":
            continue
        cursor = mention.end
        for following in ordered[index + 1 :]:
            gap = text[cursor : following.start].strip(" ,")
            title_words = gap.split()
            if following.start - mention.end > MAX_OFFICE_TAIL or (
                gap
                and not (
                    following.label == "PER"
                    and len(title_words) <= MAX_TITLE_WORDS
                    and all(CAPITALISED.fullmatch(w) for w in title_words)
                )
            ):
                break
            if following.label in {"GPE", "LOC"}:
                mention.country = mention.country or following.country
                cursor = following.end
            elif following.label == "ORG":
                mention.organization = mention.organization or following.name
                mention.country = mention.country or following.country
                mention.sector = body_sector(mention, following)
                cursor = following.end
            elif following.label == "OFFICE" and not gap and following.start in grades:
                cursor = following.end  # a rank after the post: "Kapolri Jenderal ..."
            elif following.label == "PER":
                if following.office is not None:
                    break  # the post before the rank named it already
                if head_noun(mention) and mention.sector not in POLITICAL_SECTORS:
                    break  # the head of a school or firm: left as before
                if addressed_before(text, cursor, following, mention.start):
                    break  # "Kepada Pak Camat, Budi meminta ...", not "..., Budi Santoso, kami"
                following.office = mention.office
                following.sector = following.sector or mention.sector
                following.country = following.country or mention.country
                following.organization = following.organization or mention.organization
                break
            else:
                break
    return ordered
