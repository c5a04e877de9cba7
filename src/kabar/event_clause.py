"""Sentences prepared for event coding: tokens and the spans that can fill arguments.

A ``Clause`` holds one sentence's tokens and its argument candidates (``Cand``):
entity mentions from the earlier stages, title phrases folded onto the person they
name ("Menteri Luar Negeri Iran Hossein Amir-Abdollahian" -> the person; "Menteri luar
negeri Iran" -> the office holder), actor nouns from the lexicon ("polisi", "kelompok
pendukung", "pasukan Israel"), pronouns, "kedua tokoh" pairs and, last, capitalised
spans no other source explains.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from operator import attrgetter
from types import MappingProxyType
from typing import Protocol

from kabar.clean import word_list
from kabar.context import Context
from kabar.model import Article, EntityRef, Mention, Place, Sentence, TimeExpression
from kabar.nlp import (
    CHIEF_TITLE_COMMAND,
    HONORIFICS,
    PRONOUNS_PL,
    PRONOUNS_SG,
    description_words,
    description_words_of,
)
from kabar.numbers import phrase_lists, word_lists
from kabar.predicates import ARTICLE_ONLY, POLITICAL_SECTORS, Lexicon, score_cue, score_shaped

WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
LEADING_SPACE = re.compile(r"\s*")  # what ``str.strip`` takes off the front of a text
QUOTE = re.compile(r"“[^”]{1,1500}”|\"[^\"\n]{1,1500}\"")
PRONOUNS_SPEAKER = frozenset({"kami", "kita", "saya", "aku", "pihaknya"})
PERSONAL = frozenset({"PER", "OFFICE"})
MODALITY_WORDS = word_lists("modality_words.tsv")
"""The word lists of the modality and clause rules (``data/modality_words.tsv``), by kind."""
CLAUSE_PHRASES = phrase_lists("clause_phrases.tsv")
"""The phrases of the clause rules (``data/clause_phrases.tsv``), by kind."""
CONTRAST = MODALITY_WORDS["contrast"]
"""Contrast conjunctions that open a clause ("namun", "padahal"): a subject may follow
them (``event_args.SUBJECT_OPENERS``); a denial after them contests the claim told before
(``event_context.contrast_at``)."""
NUMBERS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
           "sembilan": 9, "sepuluh": 10}  # fmt: skip
NUMBER_WORDS = "|".join(NUMBERS)  # the number words as a regular expression's alternatives
ORDINALS = {"ke" + word: n for word, n in NUMBERS.items()}
"""Counted groups' ordinals and their sizes ("kedua pelaku" 2, "ketiga tersangka" 3)."""
COUNTED = re.compile("ke(?:" + "|".join(w for w in NUMBERS if w != "dua") + ")nya")
"""Counted pronouns ("ketiganya", "keempatnya"); "keduanya" is a lexicon pair."""
TYPE_OF_LABEL = {"PER": "person", "OFFICE": "person", "ORG": "organization",
                 "GPE": "country", "NORP": "group", "LOC": "location"}  # fmt: skip
TITLE_PARTS = frozenset({"GPE", "ORG", "LOC", "NORP"})  # may stand between a title and a name
PLACE_LABELS = frozenset({"GPE", "LOC"})
SPAN_ADVERBS = CLAUSE_PHRASES["spanadverb"]
"""Adverbs of time up to now ("Polisi hingga kini belum menahan X", "yang sampai saat ini
masih diburu"): "hingga" and "sampai" alone open a clause or a span ("hingga Senin"), and
"sejauh" alone reads as a noun's modifier ("Polisi sejauh"); joined like ``TIME_ADVERBS``."""
SPAN_JOINED = frozenset("_".join(words) for words in SPAN_ADVERBS)  # "hingga_kini"
UP_TO_NOW = SPAN_JOINED | {"kini", "saat_ini"}
"""Words of time up to now ("kini", "saat_ini", "hingga_kini"): a relative clause with one
tells a standing state ("yang kini ditahan"; events.DONE_WORDS, event_args.RELATIVE_TIMES)."""
# Words that end a noun phrase: "kelompok pendukung di Lebanon", "pejabat itu".
NP_STOP = frozenset({"yang", "di", "ke", "dari", "pada", "dan", "serta", "atau", "untuk",
                     "dengan", "ini", "itu", "tersebut", "oleh", "dalam", "atas", "bagi",
                     "antara", "kepada", "terhadap", "sebagai", "bahwa", "akan", "tidak",
                     "belum", "bukan", "harus", "dapat", "bisa", "ingin", "mau", "perlu",
                     "siap", "pula", "saja", "sendiri", "lain", "lainnya", "asal",
                     "setelah", "sebelum", "saat", "ketika", "usai", "pun", "adalah",
                     "merupakan", "ialah", "menjadi", "jadi", "sangat", "paling", "sejumlah",
                     "seluruh", "semua", "sekitar", "seperti", "secara", "sekaligus", "kembali",
                     "kemarin", "kedua", "ketiga", "pertama", "sebagian", "sebelumnya",
                     "selama", "sesuai", "sekarang", "per", "pernah", "karena", "sehingga",
                     "sejak", "hingga", "sampai", "agar", "supaya", "namun", "tetapi",
                     "tapi", "lalu", "kemudian", "sambil", "seusai", "demi", "guna", "senilai",
                     "sebesar", "seharga", "yakni", "yaitu", "saat_ini", "saat_itu", "ketika_itu",
                     "kala_itu"})  # fmt: skip
VERB_PREFIXES = ("me", "ber", "di", "ter")
NOT_MODIFIERS = frozenset({"sama", "sekali", "kerap", "selalu", "sering", "jarang", "pula",
                           "memang", "bahkan", "justru", "lagi", "lebih", "kurang", "nantinya",
                           "umumnya", "khususnya", "serius", "tenang", "konsisten", "mampu",
                           "nggak", "baik", "banyak", "ataupun", "beserta"})  # fmt: skip
"""Adverbs after a noun, not words of its phrase ("pelancong kerap berpikir"); predicate
words and links after the noun an appeal addresses ("meminta masyarakat tenang", "meminta
para penegak hukum serius menindak", "majelis hakim baik di tingkat banding maupun ...")."""
BASE_VERBS = frozenset({"datang", "tiba", "pergi", "pulang", "masuk", "keluar", "kembali",
                        "tinggal", "hadir", "lari", "kabur", "naik", "turun", "tewas", "mati",
                        "bangkit", "setuju", "siap", "ingin", "mau", "harus", "perlu",
                        "pecah", "bubar"})  # fmt: skip
"""Common verbs without a verb prefix: they head a predicate, never modify a noun."""
MAX_MODIFIERS = 2
SUBORDINATORS = frozenset({"setelah", "sesudah", "usai", "seusai", "selepas", "sebelum",
                           "ketika", "saat", "sambil"})  # fmt: skip
"""Words that open a time clause before the main one ("Usai bertemu Putin, Jokowi ...")."""
MULTIPLIERS = frozenset({"puluh", "belas", "ratus", "ribu", "juta"})
"""Words of a number after its first ("300 ribu pengungsi"): part of the count."""
BODY_HEADS = frozenset({"gerakan", "aliansi", "koalisi", "komite", "forum", "ikatan", "serikat",
                        "himpunan", "perkumpulan", "persatuan", "yayasan", "lembaga", "front",
                        "majelis", "asosiasi", "federasi", "paguyuban"})  # fmt: skip
"""First words of the name of a body ("Gerakan Pemuda Ansor", "Koalisi Masyarakat Sipil"):
a capitalised run they open names an organisation even when no gazetteer knows it."""
ORG_NOUN_SECTORS = frozenset({"UNK", "REB", "UAF", "COP", "JUD", "MIL"})
"""Sectors of group nouns that stand for the organisation named right after them."""


class PlaceLookup(Protocol):
    def lookup_place(self, text: str) -> object | None: ...

    def country_of(self, text: str) -> str | None: ...


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str


@dataclass
class Cand:
    """A span that can fill an argument: a mention, an actor noun or a capitalised span."""

    i: int
    j: int  # token range [i, j)
    start: int
    end: int
    text: str
    kind: str  # mention, noun, cap, pron, pair, met (a meeting referred back to)
    label: str = ""
    mention: Mention | None = None
    sector: str | None = None
    etype: str = "unknown"
    country: str | None = None
    title: Mention | None = None  # the office title a name phrase starts with
    owner: Mention | None = None  # the name a noun took in after it ("tahanan KPK": KPK)


@dataclass
class Clause:
    """One sentence prepared for coding."""

    sent: Sentence
    toks: list[Tok]
    cands: list[Cand]
    cand_at: list[Cand | None]
    domains: dict[str, frozenset[str]]  # domain name -> event types its matched rows rule out
    quote_spans: list[tuple[int, int]]
    lows: list[str] = field(default_factory=list)  # the tokens lower-cased, made once for
    # the rules that read them (none changes it)

    @cached_property
    def words(self) -> frozenset[str]:
        """The clause's lower-cased tokens as a set, made once for the rules that ask
        whether it holds a cue at all, trigger after trigger."""
        return frozenset(self.lows)


def nothing_told() -> tuple[int, list[EntityRef]]:
    """No sentence yet, and a fresh list per article (no list shared across articles)."""
    return (-1, [])


@dataclass
class State:
    """What the coder remembers while it walks an article."""

    article: Article
    ctx: Context
    lex: Lexicon
    by_cluster: dict[int, Mention]
    heading: int = 0  # where the text goes on after its dateline (``events.dateline_end``)
    recent_refs: list[EntityRef] = field(default_factory=list)  # ``recent`` as last read
    subject_refs: list[EntityRef] = field(default_factory=list)  # ``last_subject``, unchecked
    last_plural: list[EntityRef] = field(default_factory=list)
    groups_told: tuple[int, list[EntityRef]] = field(default_factory=nothing_told)  # ``groups``
    crowds_told: tuple[int, list[EntityRef]] = field(default_factory=nothing_told)  # ``crowds``
    joined_told: tuple[int, list[EntityRef]] = field(default_factory=nothing_told)  # ``joined``
    passed_last: int | None = None  # the latest sentence passed over unprepared
    # (``passed_over``)
    passed_joining: int | None = None  # the latest of them that may join parties to its
    # subject
    claimants: list[list[EntityRef]] = field(default_factory=list)  # accusers, deniers
    accusers: list[list[EntityRef]] = field(default_factory=list)  # who charged or accused
    reporters: list[list[EntityRef]] = field(default_factory=list)  # media, sources
    agents: list[tuple[int, str, list[EntityRef]]] = field(default_factory=list)  # (sentence,
    # kind of act, who arrested or charged, attacked, sanctioned)
    sentence: int = 0  # index of the sentence being coded
    suspect: EntityRef | None = None  # the one named person last arrested, charged or
    # shown attacking: whom a crime story's bare "pelaku" stands for
    suspects: list[EntityRef] = field(default_factory=list)  # the last two or more named
    # at once so: whom "para pelaku", "ketiga tersangka itu" stand for
    offenders: set[str] = field(default_factory=set)  # lower-cased names of the people the
    # article makes suspects, defendants or convicts (``event_context.note_offenders``)
    mention_starts: dict[int, list[Mention]] | None = None  # the article's mentions by
    # start offset, built when first needed (``event_context.mentions_at``)
    name_ends: dict[str, set[str]] | None = None  # full names of people by first and last
    # word, built when first needed (``events.distinctive``)
    story_place: Place | None = None  # where the story's first dated event happened
    scene: tuple[Place, set[int]] | None = None  # where a speaker was on the story's day,
    # and the speaker's mention clusters (``event_context.story_scene``)
    told_day: bool = False  # the story's day is only the day someone spoke (``told_day``)
    seats: set[int] = field(default_factory=set)  # starts of places named by an office's region
    mediators: list[EntityRef] = field(default_factory=list)  # "dengan mediasi X, Y dan Z"
    coded: list[tuple[int, str, tuple[str, ...], list[EntityRef]]] = field(
        default_factory=list
    )  # (sentence, type, modes, parties) of the events coded so far
    acts: list[tuple[int, str, tuple[str, ...], list[EntityRef], list[EntityRef]]] = field(
        default_factory=list
    )  # (sentence, type, trigger words, actors, recipients) of the latest events: whose
    # "resolusi tersebut" it is, whom an actor's next act is aimed at, who accused whom
    bodies: dict[str, tuple[str, str]] = field(default_factory=dict)  # a person's actor
    # id -> (actor id, name) of the body he acts for (``kabar.actors.person_bodies``)
    sport_article: bool = False
    sport_cued: bool = False  # some sentence has a sport cue or an athlete ("pemain", "atlet")
    transfer_article: bool = False  # club and player news: private parties' dealings are no events
    genre_article: bool = False  # celebrities, products, lifestyle: political actors only
    apolitical: bool = False  # no sentence names a political actor: no private dealings
    genre_cued: bool = False  # some sentence speaks of celebrities, products or lifestyle
    police_force: EntityRef | None = None  # the entity of the one police command the
    # article names (``event_args.own_police_force``), found before its sentences are coded
    story_day: str | None = None  # the article's story day (``event_context.story_day``),
    # found once before its sentences are coded
    sentence_times: dict[tuple[int, int], tuple[TimeExpression, ...]] = field(default_factory=dict)
    # ``events.times_in`` of each sentence (start, end), found when first needed
    cited_days: dict[int, bool] = field(default_factory=dict)  # ``cited_report_day`` of each
    # time by its start, found when first needed (``events.event_date``)
    cap_countries: dict[str, str | None] = field(default_factory=dict)  # ``country_of`` of
    # each capitalised span's text, looked up once per article (``event_args.ref_of``)
    told: list[Clause | int] = field(default_factory=list)  # the sentences (a clause, or
    # the number of one passed over unprepared) told since ``recent`` was last read
    parties_of: Callable[[Clause | int], list[EntityRef]] | None = None  # the parties a
    # sentence names, made when ``recent`` is read
    subject_unsure: bool = False  # a sentence passed over may have told the last subject

    @property
    def recent(self) -> list[EntityRef]:
        """The parties of the latest sentences, most recent last (``RECENT`` of them):
        made from the latest sentences back only when read."""
        if self.told and self.parties_of is not None:
            found: list[list[EntityRef]] = []
            count = 0
            for told in reversed(self.told):
                if count >= RECENT:
                    break  # older parties fall out of the recent ones
                found.append(self.parties_of(told))
                count += len(found[-1])
            older = self.recent_refs if count < RECENT else []
            self.recent_refs = [*older, *(ref for refs in reversed(found) for ref in refs)]
            del self.recent_refs[:-RECENT]
            self.told.clear()
        return self.recent_refs

    @property
    def last_subject(self) -> list[EntityRef]:
        """The subject of the latest sentence that told one."""
        if self.subject_unsure:
            raise Unprepared("last_subject")
        return self.subject_refs

    @last_subject.setter
    def last_subject(self, refs: list[EntityRef]) -> None:
        self.subject_refs = refs
        self.subject_unsure = False

    def told_since(self, reach: int, name: str) -> None:
        """Raise ``Unprepared`` if one of the last ``reach`` sentences was passed over: it
        may have told what ``name`` holds."""
        if self.passed_last is not None and self.passed_last >= self.sentence - reach:
            raise Unprepared(name)

    @property
    def groups(self) -> tuple[int, list[EntityRef]]:
        """The plural groups ("ratusan mahasiswa", "para pedagang") the latest sentence
        naming any named, and its index (read for the sentence just before)."""
        self.told_since(1, "groups")
        return self.groups_told

    @groups.setter
    def groups(self, told: tuple[int, list[EntityRef]]) -> None:
        self.groups_told = told

    @property
    def crowds(self) -> tuple[int, list[EntityRef]]:
        """The groups of many, subject or object, the latest sentence naming any named,
        and its index (read for the sentence just before)."""
        self.told_since(1, "crowds")
        return self.crowds_told

    @crowds.setter
    def crowds(self, told: tuple[int, list[EntityRef]]) -> None:
        self.crowds_told = told

    @property
    def joined(self) -> tuple[int, list[EntityRef]]:
        """The named parties the subject of the latest sentence that coded nothing was
        joined with ("A dan B ..."), and its index (read ``JOINED_REACH`` sentences back)."""
        passed = self.passed_joining
        if passed is not None and passed >= self.sentence - JOINED_REACH:
            raise Unprepared("joined")
        return self.joined_told

    @joined.setter
    def joined(self, told: tuple[int, list[EntityRef]]) -> None:
        self.joined_told = told

    def passed_over(self, k: int, joining: bool) -> None:
        """Sentence ``k``, which codes nothing, was passed over unprepared: its parties are
        read into ``recent`` when wanted (``parties_of``); reading ``last_subject`` before
        a later sentence tells one raises ``Unprepared``, and so does reading ``groups``,
        ``crowds`` or (if ``joining``: ``event_args.may_join``) ``joined`` while it is
        within their reach. A rule that makes a sentence
        coding nothing change any other field must keep such sentences from being passed
        over (``passable`` in ``events.code_article``)."""
        self.told.append(k)
        self.subject_unsure = True
        self.passed_last = k
        if joining:
            self.passed_joining = k
        self.sentence += 1


RECENT = 30
"""The parties ``State.recent`` keeps."""
JOINED_REACH = 3  # sentences back a list of parties that coded nothing stays "mereka"


class Unprepared(Exception):
    """Coding read what a sentence passed over unprepared may have changed
    (``State.passed_over``): ``events.code_events`` codes the article again, preparing
    every sentence."""


TIME_ADVERBS = CLAUSE_PHRASES["timeadverb"]
"""Two-word adverbs of time ("AR saat ini menjalani pemeriksaan", "KPK saat itu
menetapkan ..."): their first word alone is a conjunction that opens a clause ("saat
berada di ..."), so they are read as one token, ``saat_ini``, an adverb of the lexicon
that stands between a subject and its verb."""
JOINED_ADVERBS = tuple(sorted(TIME_ADVERBS | SPAN_ADVERBS, key=lambda words: (-len(words), words)))
JOINED_BY_FIRST: Mapping[str, tuple[tuple[str, ...], ...]] = MappingProxyType(
    {
        first: tuple(words for words in JOINED_ADVERBS if words[0] == first)
        for first in {words[0] for words in JOINED_ADVERBS}
    }
)
"""``JOINED_ADVERBS`` by their first word, the longest first: ``joined_adverbs`` looks
only at the entries a token can open ("hingga" and "sampai" are common, so a scan of
every entry at every token was the event stage's one new hot path)."""
ADVERB_FIRSTS = frozenset(JOINED_BY_FIRST)
LOW = attrgetter("low")


def joined_adverbs(toks: list[Tok]) -> list[Tok]:
    """The tokens with each run of ``TIME_ADVERBS`` or ``SPAN_ADVERBS`` made one token,
    the longest first."""
    if ADVERB_FIRSTS.isdisjoint(map(LOW, toks)):
        return toks  # most sentences: no pair to join
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        entries = JOINED_BY_FIRST.get(tok.low)
        if entries is not None:
            words = next(
                (w for w in entries if tuple(t.low for t in toks[k : k + len(w)]) == w), None
            )
            if words is not None:
                last = toks[k + len(words) - 1]
                text = " ".join(t.text for t in toks[k : k + len(words)])
                out.append(Tok(tok.start, last.end, text, "_".join(words)))
                k += len(words)
                continue
        out.append(tok)
        k += 1
    return out


PAIR_HYPHEN = "&"
"""How the hyphen between the two people of a joined pair reads ("Prabowo-Gibran" is
"Prabowo & Gibran"): a coordination, as ``event_args.COORD`` has it."""


def split_pairs(text: str, words: list[Tok], mentions: list[Mention]) -> list[Tok]:
    """The words with the hyphen between the two people of a joined pair ("Prabowo-Gibran":
    ``nlp.split_joined_pairs``) made a token of its own; "Indonesia-China" stays one word.
    The spaced dash of a ticket ("A - B": ``nlp.paired_names``) reads as the same "and"."""
    pairs = [m for m in mentions if m.source == "joined-pair"]
    joins = {m.end for m in pairs if text[m.end : m.end + 1] == "-"}
    joins &= {m.start - 1 for m in pairs}
    spaced = {m.end + 1 for m in pairs if text[m.end : m.end + 3] == " - "}
    spaced &= {m.start - 2 for m in pairs}  # "Budi Santoso - Rina Kartika" (kabar.nlp)
    if spaced:
        words = [
            Tok(t.start, t.end, t.text, PAIR_HYPHEN) if t.start in spaced else t for t in words
        ]
    if not joins:
        return words
    out: list[Tok] = []
    for tok in words:
        cut = tok.start
        for at in sorted(j for j in joins if tok.start < j < tok.end - 1):
            out.append(Tok(cut, at, text[cut:at], text[cut:at].lower()))
            out.append(Tok(at, at + 1, "-", PAIR_HYPHEN))
            cut = at + 1
        out.append(
            tok
            if cut == tok.start
            else Tok(cut, tok.end, text[cut : tok.end], text[cut : tok.end].lower())
        )
    return out


def prepare(
    article: Article,
    sent: Sentence,
    lex: Lexicon,
    quotes: list[tuple[int, int]],
    full: bool,
    names: dict[str, str] | None = None,
    within: list[Mention] | None = None,
    times: list[TimeExpression] | None = None,
) -> Clause:
    """Tokens, argument candidates and domains of a sentence (tokens only if not ``full``);
    ``names`` are the article's ``named_entities``, ``within`` the sentence's mentions
    (``mentions_by_sentence``) and ``times`` its time expressions (``times_by_sentence``),
    computed here when not given."""
    text = article.text
    if not full:
        return Clause(sent, [], [], [], {}, [])
    within = mentions_in(article, sent) if within is None else within
    words = [
        Tok(m.start(), m.end(), word, word.lower())
        for m in TOKEN.finditer(text, sent.start, sent.end)
        for word in (m.group(),)
    ]
    toks = joined_adverbs(split_pairs(text, words, within))
    starts = [t.start for t in toks]
    cand_at: list[Cand | None] = [None] * len(toks)
    cands: list[Cand] = []

    def add(c: Cand) -> None:
        cands.append(c)
        for k in range(c.i, c.j):
            cand_at[k] = c

    for m in within:
        i = bisect.bisect_left(starts, m.start)
        j = i
        while j < len(toks) and toks[j].end <= m.end:
            j += 1
        if j > i and all(cand_at[k] is None for k in range(i, j)):
            kind = "pron" if m.label == "PRON" else "mention"
            h = addressed_from(toks, cand_at, i) if m.label in PERSONAL else i
            add(Cand(h, j, toks[h].start if h < i else m.start, m.end, m.text, kind, m.label, m,
                     m.sector, TYPE_OF_LABEL.get(m.label, "unknown"), m.country))  # fmt: skip
    lows = [t.low for t in toks]
    timed = time_tokens(times_by_sentence(article, [sent])[0] if times is None else times, starts)
    notname = lex.not_name
    pair_starts = lex.phrase_starts("pair")
    quant = lex.cue("quant")
    bodyheads = lex.cue("bodyhead")
    staffheads = lex.cue("staffhead")
    anyone = lex.cue("anyone")
    lead = LEADING_SPACE.match(text)  # no copy of the text before the sentence to strip
    at_top = lead is not None and lead.end() >= sent.start  # the sentence opens the article
    known = lex.plain_tokens
    if len(known) > PLAIN_CACHE:
        known.clear()
    plains = [known.get(tok.text) for tok in toks]
    if None in plains:
        for k, tok in enumerate(toks):
            if plains[k] is None:
                plains[k] = known[tok.text] = plain(lex, tok, pair_starts, quant)
    i = 0  # where the next candidate may start
    for at in [at for at, is_plain in enumerate(plains) if not is_plain]:  # plain: no start
        if at < i or cand_at[at] is not None:
            continue
        i = at
        low = lows[i]
        pair = match_phrase(lows, i, pair_starts) if low in pair_starts else 0
        if pair:
            add(Cand(i, i + pair, toks[i].start, toks[i + pair - 1].end,
                     text[toks[i].start : toks[i + pair - 1].end], "pair"))  # fmt: skip
            i += pair
            continue
        # "para pejabat tinggi", "tiga orang", "Sejumlah negara Barat": a quantifier
        # belongs to the group it counts
        q = int((low in quant or toks[i].text.isdigit()) and not timed[i])  # "pada 2024
        # pemerintah ...": a year inside a time expression counts no one
        if q and i >= 2 and lows[i - 1] in (",", ".") and toks[i - 2].text.isdigit():
            q = int(not toks[i].text.isdigit())  # "3,5 juta": decimals of a number begun before
        if q and i + 2 < len(toks) and lows[i + 1] in MULTIPLIERS:
            q = 2  # "300 ribu pengungsi", "dua juta warga"
        f = posted(lex, lows, cand_at, i + q) if q else 0
        if not (q and i + q + f < len(toks) and cand_at[i + q] is None
                and single(lows[i + q + f]) in lex.actor_first):  # fmt: skip
            q = 0
        f = posted(lex, lows, cand_at, i + q)  # "puluhan pos polisi": the posts are attacked
        speaker = low in PRONOUNS_SPEAKER  # "pihaknya" is the speaker's side, not a "pihak"
        first = single(lows[i + q + f]) in lex.actor_first and not speaker
        noun = actor_noun(lex, lows, i + q + f, cand_at) if first else None
        if noun and foreign_name_word(lex, toks, i + q + f, noun[0]):
            noun = None  # "Security Council PBB": a name's word, not the guards
        if noun and office_cut(toks, cand_at, i + q + f, noun[0], bodyheads, notname, lex):
            noun = None  # "Konsulat Jenderal RI": one body's name, read as a capitalised run
        if noun:
            n, sector, etype = noun
            n += q + f
            j = i + n
            while j < len(toks) and j - i - n < MAX_MODIFIERS and modifier(lex, toks[j], None):
                if cand_at[j] is not None or timed[j]:
                    break  # "dipanggil polisi pekan lalu": the time ends the phrase
                j += 1  # "kelompok pendukung", "pejabat tinggi"
            country = None
            label = ""
            owner = None
            place = mention_after(toks, cand_at, j, "asal", ORIGINS)
            if place is not None and not named_after(toks, cand_at, place.j):
                j += 1  # "seorang pria asal Uzbekistan": a man from there, not the state;
                # "pejuang asal Jerman Carl von Ossietzky": the title of the name after it
            if from_body(toks, cand_at, j) and etype != "person" and sector in ORG_NOUN_SECTORS:
                j += 1  # "penyidik dari Polres Lembata" is "penyidik Polres Lembata"
            nxt = cand_at[j] if j < len(toks) else None
            head = lows[i + n - 1]  # the actor noun's own last word, before modifiers
            if nxt is not None and folk_origin(lex, lows, nxt, j, head):
                cands.remove(nxt)  # "petani Kendeng": the farmers of Kendeng, no person
                j, nxt = nxt.j, None
            if (
                nxt is not None
                and nxt.kind == "mention"
                and nxt.label in ("GPE", "ORG", "NORP", "LOC")
            ):
                j, country, owner = nxt.j, nxt.country, nxt.mention
                label = "" if nxt.label == "LOC" else nxt.label
                cands.remove(nxt)
                if (
                    nxt.label == "ORG"
                    and etype != "person"
                    and sector in ORG_NOUN_SECTORS
                    and not named_after(toks, cand_at, nxt.j)
                ):
                    # "kelompok pejuang Hamas" is Hamas itself; "penyidik KPK" is KPK
                    add(Cand(i, j, toks[i].start, nxt.end, text[toks[i].start : nxt.end],
                             "mention", "ORG", nxt.mention, nxt.sector, "organization",
                             country))  # fmt: skip
                    i = j
                    continue
            else:
                k = j
                while k < len(toks) and cand_at[k] is None and not timed[k]:
                    if is_cap(toks[k], notname, lex):
                        k += 1
                    elif etype == "organization" and bracketed_part(toks, cand_at, k, notname, lex):
                        k += 4  # "Gerakan Pemuda (GP) Ansor": the abbreviation is inside
                    else:
                        break
                org = cand_at[k] if k < len(toks) else None
                if (
                    k > j
                    and org is not None
                    and org.i == k
                    and org.kind == "mention"
                    and org.label == "ORG"
                    and etype != "person"
                    and sector in ORG_NOUN_SECTORS
                    and not named_after(toks, cand_at, org.j)
                ):
                    # "penyidik Direktorat Reserse Siber Polda Metro Jaya": the unit's
                    # organisation acts
                    cands.remove(org)
                    add(Cand(i, org.j, toks[i].start, org.end, text[toks[i].start : org.end],
                             "mention", "ORG", org.mention, org.sector, "organization",
                             org.country))  # fmt: skip
                    i = org.j
                    continue
                j = k
            # "orang-orang", "anak" alone: nobody in particular ("tujuh anak-anak",
            # "1.200 orang", "anak-anak muda", "orang yang membawa bom" are someone)
            if (
                j == i + 1
                and single(low) in anyone
                and not counted(toks, i, quant)
                and (j == len(toks) or lows[j] != "yang")
            ):
                i = j
                continue
            c = Cand(i, j, toks[i].start, toks[j - 1].end, text[toks[i].start : toks[j - 1].end],
                     "noun", label, None, sector, etype, country, owner=owner)  # fmt: skip
            add(c)
            i = j
            continue
        if low.endswith("nya") and COUNTED.fullmatch(low):  # "ketiganya": the group of three
            add(Cand(i, i + 1, toks[i].start, toks[i].end, toks[i].text, "pair"))
            i += 1
            continue
        if low in PRONOUNS_SG or low in PRONOUNS_PL or low in PRONOUNS_SPEAKER:
            add(Cand(i, i + 1, toks[i].start, toks[i].end, toks[i].text, "pron", "PRON"))
            i += 1
            continue
        if staff_of_body(toks, cand_at, i, staffheads, bodyheads, notname, lex):
            i += 1  # "Staf Konsulat Jenderal RI ...": the body acts through its staff, as
            continue  # after a lower-case "staf"; its name runs from its head noun
        if is_cap(toks[i], notname, lex) and not reference_code(toks, i):
            j = i + 1
            # "Rimanews - Polisi menangkap ...": the outlet's dateline at the top of the
            # article is no part of a name (the text before the sentence is read last)
            opening = at_top and not text[sent.start : toks[i].start].strip()
            while (
                j < len(toks)
                and cand_at[j] is None
                and (is_cap(toks[j], notname, lex) or (toks[j].text in "-'’" and j + 1 < len(toks)))
                and not (opening and toks[j].text == "-" and toks[j].start > toks[j - 1].end)
            ):
                j += 1
            country, merged = None, False
            while (part := body_part(cand_at, lows, i, j, bodyheads)) is not None:
                cands.remove(part)  # "Kedutaan Besar" + "Jepang", "Direktorat" + "Jenderal"
                j, merged = part.j, True  # + "Pajak": one body's name, cut by the mentions
                country = country or part.country
                while j < len(toks) and cand_at[j] is None and is_cap(toks[j], notname, lex):
                    j += 1
            if j == i + 1 and role_before_name(toks, cand_at, i):
                i = j  # "Menurut Pengamat ekonomi Budi": the person's calling, no name
                continue
            kind = "cap0" if i == 0 and j == 1 else "cap"  # "Barang bukti ...": maybe a noun
            body = merged or (j > i + 1 and lows[i] in BODY_HEADS)
            # "Dinas Pariwisata Provinsi Bali": a state body no gazetteer names
            body_sector = lex.body_sector(lows[i:j]) if j > i + 1 else None
            etype = "organization" if body or body_sector else "unknown"
            if j == i + 1 and (i == 0 or toks[i - 1].text in OPENING):
                names = named_entities(article) if names is None else names
                if named := names.get(toks[i].text):
                    kind, etype = "cap", TYPE_OF_LABEL[named]  # "Cengik turut diamankan"
                elif ordinary_opener(lows, i):
                    i = j  # "Informasi itu ...", "Sejumlah warganet ...": no name
                    continue
            add(Cand(i, j, toks[i].start, toks[j - 1].end, text[toks[i].start : toks[j - 1].end],
                     kind, sector=body_sector, etype=etype, country=country))  # fmt: skip
            i = j
            continue
        i += 1
    for c in [c for c in cands if c.kind == "mention" and c.label in ("PER", "ORG", "OFFICE")]:
        k = counsel_start(toks, c.i, c.label != "ORG")
        if k < 0:
            continue
        end = title_end(cand_at, c) if c.label == "OFFICE" else c  # "istri Bupati Morowali
        if named_after(toks, cand_at, end.j):  # Utara X": X's wife, not X
            continue  # "kuasa hukum Setnov, Fredrich Yunadi": the lawyer is named
        own = cand_at[k]
        if own is not None and own.kind == "noun" and own.j <= c.i:
            k = own.i  # "1.000 pendukung X", "anak buah X": the phrase is a noun of its own
        if any(x is not None and x.kind not in ("cap", "cap0") and x is not own
               for x in cand_at[k : c.i]):  # fmt: skip
            continue
        cands[:] = [x for x in cands if not k <= x.i < end.j]
        add(Cand(k, end.j, toks[k].start, end.end, text[toks[k].start : end.end], "noun",
                 etype="person" if lows[k] in KIN_PERSONS else "group"))  # fmt: skip
    for c in [c for c in cands if c.kind == "mention" and c.label == "OFFICE" and c.i > 0]:
        if lows[c.i - 1] not in quant or cand_at[c.i - 1] is not None:
            continue
        if title_end(cand_at, c).label == "PER":
            continue  # "dua Menteri X Budi dan Ani": the holders are named
        j = c.j
        while j < len(toks) and j - c.j < MAX_MODIFIERS and modifier(lex, toks[j], cand_at[j]):
            j += 1  # "para ketua umum partai politik": the heads of the parties, many
        cands.remove(c)
        add(Cand(c.i - 1, j, toks[c.i - 1].start, toks[j - 1].end,
                 text[toks[c.i - 1].start : toks[j - 1].end], "noun", "", None, c.sector,
                 "group", c.country))  # fmt: skip
    for c in [c for c in cands if c.i >= 2 and origin_at(toks, cand_at, c.i - 1)]:
        if cand_at[c.i - 2] is not None or origin_described(lex, toks, cand_at, c.i - 1):
            for o in origin_list(toks, cand_at, c):  # "Aktris asal Prancis", "Ahrar al-Sham
                cands.remove(o)  # asal Harasta", "startup asal Malaysia dan Singapura": the
                for k in range(o.i, o.j):  # places of origin describe the party before them
                    cand_at[k] = None
    cands.sort(key=lambda c: c.i)
    if "dan" in lows:  # "Kementerian Haji dan Umrah": only a "dan" can join two topics
        join_named_topics(text, toks, cands, cand_at, bodyheads, lex)
    cands = fold_titles(text, toks, cands, cand_at, lex)
    domains: dict[str, frozenset[str]] = {}
    firsts = [k for k, low in enumerate(lows) if low in lex.domain_first]
    shaped = score_shaped(lex, lows) if firsts else lows  # "skor 2-1" is a sport cue,
    for k in firsts:  # "skor 3,35" is none
        held = cand_at[k]
        political = held is not None and held.kind == "mention" and held.sector in POLITICAL_SECTORS
        for n in range(min(lex.max_domain_len, len(lows) - k), 0, -1):
            hit = lex.domains.get(tuple(shaped[k : k + n]))
            if n == 1 and not hit:
                hit = score_cue(lex, shaped, k)
            if hit and political and hit[0] == "sport":
                break  # "Liga Arab mengecam ...": a league of states is no sport cue
            if hit and hit[1] == {ARTICLE_ONLY}:
                continue  # "anggaran Grand Prix": counted for a sport article, blocks nothing
            if hit:  # each matched row suppresses its own types, not its name's
                domains[hit[0]] = domains.get(hit[0], frozenset()) | hit[1]
    spans = [(a, b) for a, b in quotes if a < sent.end and b > sent.start]
    return Clause(sent, toks, cands, cand_at, domains, spans, lows)


def join_named_topics(
    text: str,
    toks: list[Tok],
    cands: list[Cand],
    cand_at: list[Cand | None],
    bodyheads: Collection[str],
    lex: Lexicon,
) -> None:
    """A body named after two topics is one party: "Kementerian Haji dan Umrah",
    "Dinas Komunikasi dan Informatika (Diskominfo)", "Lembaga Hikmah dan Kebijakan Publik
    (LHKP)". A name a body's head noun opens, then "dan" and one capitalised word, or
    words the short form of the whole or, for a unit (``owned_unit``), the name of the body
    it belongs to follows, that are no recognised name, no short form and open no body of
    their own, is one name cut by "dan"; "BNN dan Bea Cukai", "dan Polres X", "dan BPS",
    "Dinas Sosial dan Tim Penggerak PKK X" stay second parties."""
    joined: list[Cand] = []
    for c in cands:
        a = joined[-1] if joined else None
        if (
            a is None
            or c.i != a.j + 1
            or c.kind != "cap"
            or toks[a.j].low != "dan"
            or not (a.kind == "cap" or (a.kind == "mention" and a.label == "ORG"))
            or a.j - a.i < 2
            or (toks[a.i].low not in bodyheads and toks[a.i].low not in BODY_HEADS)
            or toks[c.i].text.isupper()
            or toks[c.i].low in bodyheads
            or toks[c.i].low in BODY_HEADS
            or not (c.j == c.i + 1 or glossed(toks, c.j) or owned_unit(toks, cand_at, a, c, lex))
        ):
            joined.append(c)
            continue
        whole = replace(a, j=c.j, end=c.end, text=text[a.start : c.end], etype="organization")
        joined[-1] = whole
        for n in range(a.i, c.j):
            cand_at[n] = whole
    cands[:] = joined


def owned_unit(toks: list[Tok], cand_at: list[Cand | None], a: Cand, c: Cand, lex: Lexicon) -> bool:
    """Whether the name ``a`` before "dan" and the words ``c`` after it are one unit of the
    body named right after ``c`` ("Direktorat Gratifikasi dan Pelayanan Publik KPK"): only
    when ``a`` opens with a unit word (``unithead``: "Direktorat", "Biro") and ``c`` opens
    no unit of its own (``teamhead``, ``unithead``: "Satuan Tugas", "Tim Penggerak"): such a
    unit is the only one the body after it owns, and the name before "dan" another party."""
    units = lex.cue("unithead")
    return (
        toks[a.i].low in units
        and toks[c.i].low not in units
        and toks[c.i].low not in lex.cue("teamhead")
        and parent_body_at(cand_at, c.j)
    )


def parent_body_at(cand_at: list[Cand | None], k: int) -> bool:
    """Whether a body's recognised name opens at ``k``, right after a unit's name that
    it owns ("Direktorat Gratifikasi dan Pelayanan Publik KPK"): the words before it,
    "dan" included, name one unit of that body."""
    held = cand_at[k] if k < len(cand_at) else None
    return held is not None and held.i == k and held.kind == "mention" and held.label == "ORG"


GLOSS_WORDS = 3  # words a short form in brackets may run to ("(Kemenko PMK)")


def glossed(toks: list[Tok], k: int) -> bool:
    """Whether a short form in brackets follows at ``k`` ("(LHKP)", "(Kemenko PMK)"): a
    capitalised word after "(" and the ")" within ``GLOSS_WORDS`` words; a longer aside
    ("(Badan Nasional Pencarian dan Pertolongan)") glosses one name, not a joined one."""
    return (
        k + 2 < len(toks)
        and toks[k].text == "("
        and toks[k + 1].text[:1].isupper()
        and any(t.text == ")" for t in toks[k + 2 : k + 2 + GLOSS_WORDS])
    )


BODY_PARTS = frozenset({"OFFICE", "GPE", "LOC"})
"""Labels of a mention that continues the name a capitalised body noun begins ("Kedutaan
Besar" + "Jepang", "Direktorat" + "Jenderal"); an organisation after it stays the party
("Markas Besar" + "TNI": its building)."""


def folk_origin(lex: Lexicon, lows: list[str], nxt: Cand, j: int, head: str) -> bool:
    """Whether a name read as a person right after a noun for the people of a place, a
    campus or a party (``folk`` rows: "petani Kendeng", "mahasiswa Unud", "kader Hanura")
    is where they come from: a person is not what farmers or students are of. Only when
    the actor noun itself ends in such a noun (``head``: "perempuan petani"), not when it
    only qualifies a role ("aktivis buruh Ramon", "tokoh masyarakat Arman" are persons),
    and only a one-word name: "mahasiswa Andi Saputra" is a student so named."""
    folk = lex.cue("folk")
    return (
        nxt.kind == "mention"
        and nxt.label == "PER"
        and nxt.i == j
        and nxt.j == j + 1  # one word: "mahasiswa Andi Saputra" is a student, named
        and j > 0
        and lows[j - 1] in folk
        and head in folk
        and (j < 2 or lows[j - 2] != "tokoh")
    )


def office_cut(
    toks: list[Tok],
    cand_at: list[Cand | None],
    k: int,
    n: int,
    heads: Collection[str],
    notname: frozenset[str],
    lex: Lexicon,
) -> bool:
    """Whether the actor noun of ``n`` tokens at ``k`` is a capitalised body's head noun
    (``bodyhead``) the model cut from the office word that goes on its name ("Konsulat" +
    "Jenderal RI"): the run is one body (``body_part``), not a consulate and a general."""
    c = cand_at[k + n] if k + n < len(toks) else None
    return (
        n == 1
        and toks[k].low in heads
        and is_cap(toks[k], notname, lex)
        and c is not None
        and c.kind == "mention"
        and c.i == k + 1
        and c.label == "OFFICE"
    )


def staff_of_body(
    toks: list[Tok],
    cand_at: list[Cand | None],
    i: int,
    staff: Collection[str],
    heads: Collection[str],
    notname: frozenset[str],
    lex: Lexicon,
) -> bool:
    """Whether token ``i`` is a staff word (``staffhead``: "staf", "pegawai", in any case)
    before a capitalised body's head noun (``bodyhead``) no mention holds yet: "Staf
    Konsulat Jenderal RI" is the consulate's staff, and read as one capitalised run with
    the office the model found in it ("Jenderal RI") it named a general; the run is the
    body's own name."""
    return (
        toks[i].low in staff
        and i + 1 < len(toks)
        and toks[i + 1].low in heads
        and cand_at[i + 1] is None
        and is_cap(toks[i + 1], notname, lex)
    )


def body_part(
    cand_at: list[Cand | None], lows: list[str], i: int, j: int, heads: Collection[str]
) -> Cand | None:
    """The mention right after the capitalised run [i, j) that the run opened by a body's
    head noun (``bodyhead`` in predicates.tsv) takes in: an office, country or place (the
    model cut one name in two: "Direktorat" + "Jenderal", "Kedutaan Besar" + "Jepang"), or
    a lone word the model took for a person after a part taken in ("... Jenderal Pajak")."""
    c = cand_at[j] if j < len(cand_at) else None
    if c is None or c.kind != "mention" or c.i != j or lows[i] not in heads:
        return None
    if c.label in BODY_PARTS:
        return c
    taken = cand_at[j - 1] is not None  # the run already ends in a mention taken in
    return c if taken and c.label == "PER" and c.j == j + 1 else None


PLAIN_CACHE = 100_000
"""The distinct token texts ``Lexicon.plain_tokens`` keeps before it starts afresh (some
10 MB; 1,500 news articles hold about 27,000)."""


def plain(lex: Lexicon, tok: Tok, pair_starts: Collection[str], quant: Collection[str]) -> bool:
    """Whether no candidate can start at a free token of this text, whatever stands around
    it: no pair phrase, quantifier, number, post or actor noun, no "ketiganya", pronoun or
    capitalised word. Most tokens are such; ``prepare`` skips them by their text."""
    low = tok.low
    return not (
        low in pair_starts
        or low in quant
        or tok.text.isdigit()
        or low in POSTS
        or single(low) in lex.actor_first
        or (low.endswith("nya") and COUNTED.fullmatch(low))
        or low in PRONOUNS_SG
        or low in PRONOUNS_PL
        or low in PRONOUNS_SPEAKER
        or is_cap(tok, lex.not_name, lex)
    )


def addressed_from(toks: list[Tok], cand_at: list[Cand | None], i: int) -> int:
    """Where a name or office at token ``i`` begins with the form of address before it
    ("Ibu Megawati", "kepada Sdr. Fahri", "kepada Bapak Menteri Lingkungan Hidup"): the
    honorific is no party of its own."""
    h = i - 1 if i > 0 and toks[i - 1].text == "." else i
    if h > 0 and toks[h - 1].low in HONORIFICS and cand_at[h - 1] is None:
        return h - 1
    return i


ORIGINS = frozenset({"GPE", "LOC", "NORP"})


def mention_after(
    toks: list[Tok], cand_at: list[Cand | None], k: int, word: str, labels: frozenset[str]
) -> Cand | None:
    """The named mention with one of ``labels`` that starts right after token ``k`` when
    that token is ``word`` ("asal Irak", "dari Polres X", "di DPRD"), else None."""
    if k + 1 >= len(toks) or toks[k].low != word:
        return None
    c = cand_at[k + 1]
    named = c is not None and c.i == k + 1 and c.kind == "mention" and c.label in labels
    return c if named else None


def origin_at(toks: list[Tok], cand_at: list[Cand | None], k: int) -> bool:
    """Whether token ``k`` is "asal" followed by a named place, state or people: a phrase
    of origin that describes the word before it ("pengungsi asal Irak")."""
    return mention_after(toks, cand_at, k, "asal", ORIGINS) is not None


ORIGIN_PARTIES = MODALITY_WORDS["originparty"]


def origin_described(lex: Lexicon, toks: list[Tok], cand_at: list[Cand | None], k: int) -> bool:
    """Whether the "asal" at ``k`` follows a noun for people, a firm or a group, with at
    most a few plain words between ("boyband beken asal Korea Selatan", "startup asal
    Malaysia", "pemain asal Brasil"): the origin tells where they are from, not a state
    that takes part. Goods and other things keep their state ("larangan impor ikan asal
    Jepang", "tarif atas mobil asal Korea Selatan" are dealt to that state)."""
    for n in range(k - 1, max(-1, k - 2 - MAX_MODIFIERS), -1):
        if cand_at[n] is None and toks[n].low in ORIGIN_PARTIES:
            return True
        if not modifier(lex, toks[n], cand_at[n]):
            return False
    return False


def origin_list(toks: list[Tok], cand_at: list[Cand | None], first: Cand) -> list[Cand]:
    """The places of origin after one "asal", ``first`` and those a comma, "dan" or "serta"
    joins to it ("asal Malaysia dan Singapura")."""
    out = [first]
    k = first.j
    while k + 1 < len(toks) and toks[k].low in (",", "dan", "serta"):
        c = mention_after(toks, cand_at, k, toks[k].low, ORIGINS)
        if c is None:
            break
        out.append(c)
        k = c.j
    return out


POSTS = frozenset({"pos", "markas", "pangkalan", "barak", "asrama"})
"""Nouns of a post or base named after the force that holds it ("pos polisi", "pangkalan
militer"): one phrase with the force noun, the target of an attack."""


def posted(lex: Lexicon, lows: list[str], cand_at: list[Cand | None], k: int) -> int:
    """1 when a post noun at ``k`` heads the force noun after it, else 0."""
    return int(
        k + 1 < len(lows) and lows[k] in POSTS and cand_at[k + 1] is None
        and lows[k + 1] in lex.actor_first
    )  # fmt: skip


def named_entities(article: Article) -> dict[str, str]:
    """The labels of the persons, organisations and states the article names, by their
    text: a sentence-initial capital that is one of them ("Cengik turut diamankan") is
    that name, not a common noun."""
    return {m.text: m.label for m in article.mentions if m.label in ("PER", "ORG", "GPE")}


ORGS = frozenset({"ORG"})


def from_body(toks: list[Tok], cand_at: list[Cand | None], k: int) -> bool:
    """Whether token ``k`` is "dari" right before a named organisation: "penyidik dari
    Polres X" are that organisation's investigators, as "penyidik Polres X" are."""
    return mention_after(toks, cand_at, k, "dari", ORGS) is not None


COUNSEL = (("tim", "kuasa", "hukum"), ("tim", "penasihat", "hukum"), ("tim", "pengacara"),
           ("tim", "hukum"), ("kuasa", "hukum"), ("penasihat", "hukum"))  # fmt: skip
"""Phrases naming a party's lawyers ("tim kuasa hukum Setya Novanto"); a bare "pengacara X"
is as often the lawyer's own title ("pengacara Elza Syarief")."""
RELATIVES = (("anak", "buah"),) + tuple(  # "anak buah": one's men, a phrase
    (word,) for word in sorted(description_words_of("kin", "kingroup", "staff", "follower"))
)
"""Words for a person's kin, staff or followers (``data/described_people.tsv``: "istri
Bupati X", "anak buah Zumi", "ajudan Gubernur Y", "ribuan pendukung Z"): others than the
person they are of. Not the kin words that are also forms of address ("Ibu Sri")."""
KIN_PERSONS = description_words_of("kin", "staff")  # one person, not a group
GIVEN_NAMES = frozenset({"putri", "putra"})  # "Putri Ayu": a name, not a daughter
COUNSEL_ENDS = frozenset(words[-1] for words in COUNSEL + RELATIVES)


def counsel_start(toks: list[Tok], k: int, person: bool) -> int:
    """Where a phrase of ``COUNSEL`` (or, before a person, of ``RELATIVES``) ending right
    before token ``k`` starts, -1 if none: "tim kuasa hukum Setya Novanto" are Novanto's
    lawyers, "istri Budi" his wife, neither is Novanto or Budi; so is "istri dari Budi"
    before a person."""
    if person and k > 1 and toks[k - 1].low == "dari" and toks[k - 2].low in COUNSEL_ENDS:
        k -= 1  # "paman dari Bupati X": X's uncle, as "paman Bupati X"
    if k == 0 or toks[k - 1].low not in COUNSEL_ENDS:
        return -1  # nearly every name: no phrase ends before it
    lows = [t.low for t in toks[max(0, k - 3) : k]]
    for words in COUNSEL + (RELATIVES if person else ()):
        n = len(lows) - len(words)
        if n >= 0 and tuple(lows[n:]) == words:
            n = k - len(words)
            first = n == 0 or toks[n - 1].text in OPENING or toks[n - 1].text in "-–"
            if words in RELATIVES and not (  # "Istri Bupati X ...": opening the sentence
                toks[n].text.islower() or (first and words[0] not in GIVEN_NAMES)
            ):
                return -1
            return n
    return -1


def title_end(cand_at: list[Cand | None], office: Cand) -> Cand:
    """The last candidate of the title phrase an office opens: its places and bodies, up
    to the name of its holder ("Gubernur Aceh Irwandi Yusuf")."""
    end, n = office, office.j
    while n < len(cand_at) and (x := cand_at[n]) is not None and x.i == n and n - office.j < 6:
        if x.kind not in ("mention", "cap") or x.label not in ("", "LOC", "GPE", "ORG", "PER"):
            break
        end, n = x, x.j
        if x.label == "PER":
            break
    return end


ROLE_FIELD_WORDS = 2  # lowercase words of a calling's field: "pengamat hukum pidana"


def role_before_name(toks: list[Tok], cand_at: list[Cand | None], i: int) -> bool:
    """Whether the capitalised word at ``i`` is a person's calling (``described_people.tsv``
    "role": "Pengamat", "Politikus") before a name, maybe across its lowercase field
    ("Pengamat ekonomi Budi Hartono"): the title of the person named, as the lowercase
    word is, not a name of its own."""
    if toks[i].low not in description_words()["role"]:
        return False
    k = i + 1
    while k < len(toks) and k - i <= ROLE_FIELD_WORDS and cand_at[k] is None:
        if not toks[k].text.isalpha() or not toks[k].text.islower():
            return False
        k += 1
    return named_after(toks, cand_at, k) and toks[k].low != ","


def named_after(toks: list[Tok], cand_at: list[Cand | None], k: int) -> bool:
    """Whether a person's name follows at token ``k`` (directly or after a comma):
    "pejabat senior Hamas, Mousa Abu Marzouk" names the official, not Hamas."""
    if k < len(toks) and toks[k].low == ",":
        k += 1
    c = cand_at[k] if k < len(toks) else None
    return c is not None and c.i == k and c.label == "PER"


def modifier(lex: Lexicon, tok: Tok, taken: Cand | None) -> bool:
    """A lowercase word that can modify an actor noun ("pendukung", "tinggi", "senior"),
    an act noun that needs more words to fire among them ("pelaku penculikan")."""
    low = tok.low
    return (
        taken is None
        and tok.text.isalpha()
        and tok.text.islower()
        and low not in NP_STOP
        and low not in lex.not_name
        and (low not in lex.trigger_words or low in lex.act_nouns)
        and low not in lex.cue("adverb")
        and low not in NOT_MODIFIERS  # "partainya sama sekali tidak mendukung"
        and (low not in BASE_VERBS or low in ("mati", "tewas"))  # "warga dan aparat pecah"
        and not low.startswith(VERB_PREFIXES)
    )


def fold_titles(
    text: str, toks: list[Tok], cands: list[Cand], cand_at: list[Cand | None], lex: Lexicon
) -> list[Cand]:
    """One candidate for a title phrase: "Menteri Luar Negeri Iran Hossein Amir-Abdollahian".

    A title (an OFFICE mention, an actor noun, or capitalised words a ``titlehead`` opens:
    "Kepala Kantor Perwakilan") followed by countries, organisations or capitalised words
    and then a name, directly or after a comma, is the named person;
    without a name, "Menteri luar negeri Iran" is the office (its holder, if the actors
    stage linked one) with the country of the phrase.
    """
    out: list[Cand] = []
    k = 0
    while k < len(cands):
        head = cands[k]
        is_title = (
            (head.kind == "noun" and toks[head.j - 1].low not in lex.act_nouns)
            or (head.kind == "mention" and head.label == "OFFICE")
            or (head.kind == "cap" and toks[head.i].low in lex.cue("titlehead"))
        )  # "pelaku pembunuhan Riky": the name after an act noun is its object
        if not is_title:
            out.append(head)
            k += 1
            continue
        chain, end, n = [head], head.j, k + 1
        if head.kind == "mention":  # "Komandan utama Hamas Mohammed Deif"
            while (
                end < len(toks) and end - head.j < MAX_MODIFIERS and modifier(lex, toks[end], None)
            ):
                end += 1
            if end > head.j and not (n < len(cands) and cands[n].i == end):
                end = head.j
        while n < len(cands):
            if abbreviation(toks, end):  # "Perdana Menteri (PM) Anthony Albanese"
                while n < len(cands) and cands[n].i < end + 3:
                    n += 1
                end += 3
                continue
            term = past_term(toks, end)
            if term != end and cands[n].i in (term, term + 1):
                end = term  # "Ketua DPR periode 2014-2019 Setya Novanto": his term, no gap
            nxt = cands[n]
            comma = (
                nxt.i == end + 1
                and toks[end].low == ","
                and named_next(cands, n)
                and not (
                    (addressed_opening(toks, head.i) or fronted_agent(toks, head.i))
                    and not set_off_name(toks, cands, n)
                )
            )  # "Kepada wartawan, Budi meminta ...": the phrase ends at its comma
            party = nxt.i != end and party_of(toks, cands, n, end)
            if nxt.i != end and unit_name_goes_on(toks, cands, chain, n, end):
                chain.append(nxt)  # "Kepala Dinas Pekerjaan Umum dan Penataan Ruang Budi"
                end, n = nxt.j, n + 1
                continue
            region = len(chain) > 1 and seat_region(toks, cands, n, end)
            if nxt.i != end and (held := title_holder(toks, cands, head, n, end)) is not None:
                chain.append(cands[held])  # "Kepala Dinas Sumber Daya Air Budi": the unit's
                n = held + 1  # words, then whom the earlier stage gave the title to
                break
            if nxt.i != end and not comma and not party and not region:
                break
            if nxt.kind == "mention" and nxt.label == "PER":
                chain.append(nxt)
                n += 1
                break
            if (
                (nxt.kind == "mention" and nxt.label in TITLE_PARTS)
                or nxt.kind == "cap"
                or (nxt.kind == "noun" and nxt.label in TITLE_PARTS)  # "Fraksi Partai X"
                or party
                or (head.kind == "cap" and nxt.kind == "mention" and nxt.label == "OFFICE")
                or (len(chain) == 1 and acting_for(head, nxt))
            ):  # "Wakil" + "Rektor" + "Bidang Akademik" + a name: a deputy's title
                chain.append(nxt)
                end, n = nxt.j, n + 1
                continue
            break
        cut = next((m for m, c in enumerate(chain) if m and c.kind == "noun"), None)
        if cut is not None and chain[-1].label != "PER":  # a body's noun joins only a title
            n = cands.index(chain[cut])  # that names a person; else it stays its own
            chain = chain[:cut]
        last = chain[-1]
        country = next((c.country for c in chain if c.country), None)
        title = head.mention if head.kind == "mention" else None
        if len(chain) == 1 or (head.kind in ("noun", "cap") and last.label != "PER"):
            out.append(head)  # a noun with a place or group was already folded by prepare;
            # a title no gazetteer knows names a person only with the name after it
            k += 1
            continue
        span = text[head.start : last.end]
        if last.label == "PER":
            folded = Cand(head.i, last.j, head.start, last.end, span, "mention", "PER",
                          last.mention, last.sector or head.sector, "person",
                          last.country or country, title)  # fmt: skip
        elif last.kind == "cap" and title is not None:  # "Presiden Jokowi" with no PER mention
            folded = Cand(head.i, last.j, last.start, last.end, last.text, "cap", "",
                          None, head.sector, "person", country, title)  # fmt: skip
        else:
            folded = Cand(head.i, last.j, head.start, last.end, span, head.kind, head.label,
                          head.mention, head.sector, head.etype, head.country or country,
                          title)  # fmt: skip
        for c in chain:
            for t in range(c.i, c.j):
                cand_at[t] = folded
        for t in range(head.i, last.j):
            cand_at[t] = folded
        out.append(folded)
        k = n
    return out


ACTING = frozenset(" ".join(words) for words in CLAUSE_PHRASES["actingoffice"])
"""Offices (``offices.tsv`` canonical) that only say another office is held in an acting
capacity: "Plt", "Penjabat"."""


def acting_for(head: Cand, nxt: Cand) -> bool:
    """Whether ``head`` is an acting prefix ("Plt") of the office ``nxt`` right after it:
    "Plt Kadis PUTR ... inisial RIP" is one acting head of that agency."""
    return (
        head.kind == "mention"
        and head.mention is not None
        and head.mention.office in ACTING
        and nxt.kind == "mention"
        and nxt.label == "OFFICE"
        and nxt.i == head.j
    )


def unit_name_goes_on(
    toks: list[Tok], cands: list[Cand], chain: list[Cand], n: int, end: int
) -> bool:
    """Whether "dan" at ``end`` joins two halves of the unit a title names, not two people:
    "Kepala Dinas Pekerjaan Umum dan Penataan Ruang Budi" is one head of one agency. The
    title already has capitalised words of its unit, more follow right after "dan" and lead,
    perhaps through the unit's region ("... Penataan Ruang Lombok Barat Lalu Sapta"), to a
    name."""
    if not (
        toks[end].low == "dan"
        and chain[-1].kind == "cap"
        and len(chain) > 1
        and cands[n].kind == "cap"
        and cands[n].i == end + 1
    ):
        return False
    m = n + 1
    while (
        m < len(cands)
        and cands[m].i == cands[m - 1].j
        and cands[m].kind == "mention"
        and cands[m].label == "LOC"
    ):
        m += 1  # the unit's region
    return m < len(cands) and cands[m].i == cands[m - 1].j and named_next(cands, m)


def party_of(toks: list[Tok], cands: list[Cand], n: int, end: int) -> bool:
    """Whether "dari" + the organisation at ``cands[n]`` + a name (after a comma or not)
    continue a title: "Anggota DPR dari Fraksi PKS Mardani Ali Sera" and "Wakil Ketua Komisi
    IX DPR dari Fraksi PDIP, Charles Honoris" are the people named; so does "untuk" + the
    state or body an envoy is posted to: "Duta Besar Amerika Serikat untuk Indonesia Kamala
    Lakhdhir"."""
    if cands[n].i != end + 1 or toks[end].low not in ("dari", "untuk"):
        return False
    at, body = end + 1, False
    while n < len(cands) and cands[n].i in (at, at + 1):  # "Fraksi" + "PKS": the body's words
        c = cands[n]
        if c.i > at and (toks[at].low != "," or not body):
            return False  # a comma only before the name: "dari Fraksi PDIP, Charles Honoris"
        if c.kind == "mention" and c.label == "PER":
            return body
        if c.i > at:
            return False
        if not (c.kind == "cap" or (c.kind in ("mention", "noun") and c.label in ("ORG", "GPE"))):
            return False  # "Fraksi PKS" is a noun with its party
        body = body or c.kind != "cap"
        at, n = c.j, n + 1
    return False


YEAR = re.compile(r"\d{4}(?:[-–—]\d{4})?")
DASHES = frozenset({"-", "–", "—"})
"""Dashes as written: between a term's years ("2009 - 2014", "2014–2019") and after a
dateline ("Jakarta - ...", "Jakarta — ...")."""
TERM_WORDS = MODALITY_WORDS["term"]  # "periode"
TERM_LEAD = MODALITY_WORDS["termlead"]  # "masa" + a TERM_OF word: "masa jabatan"
TERM_OF = MODALITY_WORDS["termof"]


def past_term(toks: list[Tok], k: int) -> int:
    """The token after a term of office at ``k`` ("periode 2014-2019", "periode 2009 -
    2014", "masa jabatan 2014–2019"), ``k`` itself when none stands there."""
    at = k
    if k + 1 < len(toks) and toks[k].low in TERM_LEAD and toks[k + 1].low in TERM_OF:
        at = k + 1
    elif k >= len(toks) or toks[k].low not in TERM_WORDS:
        return k
    if at + 1 >= len(toks) or not YEAR.fullmatch(toks[at + 1].text):
        return k
    if at + 3 < len(toks) and toks[at + 2].text in DASHES and YEAR.fullmatch(toks[at + 3].text):
        return at + 4
    return at + 2


TITLE_GAP_WORDS = 3  # capitalised words of a unit between a title and its holder


def title_holder(toks: list[Tok], cands: list[Cand], head: Cand, n: int, end: int) -> int | None:
    """The index in ``cands`` (from ``n``) of the person holding the title at ``head``, only
    capitalised words of its unit (and a comma) between (from token ``end``): the earlier
    stage gave that person this very office ("Kepala Dinas Sumber Daya Air Budi Santika",
    some of the unit's words being lexicon words, the rest a bare capitalised span)."""
    title = head.mention if head.kind == "mention" and head.label == "OFFICE" else None
    if title is None or not title.office:
        return None
    while n < len(cands) and cands[n].kind == "cap":
        n += 1
    person = cands[n].mention if n < len(cands) and cands[n].label == "PER" else None
    if person is None or cands[n].kind != "mention" or person.office != title.office:
        return None
    gap = toks[end : cands[n].i]
    if gap and gap[-1].text == ",":  # "Kepala Dinas Sumber Daya Air, Budi Santika"
        gap = gap[:-1]
    if 0 < len(gap) <= TITLE_GAP_WORDS and all(
        t.text[:1].isupper() and t.text.isalpha() for t in gap
    ):
        return n
    return None


def seat_region(toks: list[Tok], cands: list[Cand], n: int, end: int) -> bool:
    """Whether the place at ``cands[n]``, between commas after a title and its seat, is
    the seat's province and a name follows: "Bupati Hulu Sungai Tengah, Kalimantan
    Selatan, Abdul Latif" is the regent named, not the seat."""
    nxt = cands[n]
    return (
        nxt.i == end + 1
        and toks[end].low == ","
        and nxt.kind == "mention"
        and nxt.label in PLACE_LABELS
        and nxt.j < len(toks)
        and toks[nxt.j].low == ","
        and n + 1 < len(cands)
        and cands[n + 1].i == nxt.j + 1
        and named_next(cands, n + 1)
    )


ADDRESS_OPENERS = MODALITY_WORDS["addressopener"]
"""Words that may lead a phrase addressing someone at a sentence's opening: "Kepada
wartawan, ...", "Nanti secara khusus Kepala Dinas X, saya akan minta ...", "Pak Kapolres, ..."."""
ADDRESSED_GROUP = MODALITY_WORDS["groupquantifier"]
"""A word that opens the party so addressed ("Kepada para camat, ..."): no lead, its
party's first word."""
OPENING_MARKS = frozenset({'"', "“", "'", "‘"}) | DASHES  # quote marks, a dateline's dash


def opening_lead(toks: list[Tok], end: int) -> tuple[int, bool]:
    """Where the party of a phrase opening the sentence before token ``end`` starts, past
    its text after a dateline ("JAKARTA - Kepada ..."), quote marks and the words leading an
    address (``ADDRESS_OPENERS``), and whether "kepada" is among them."""
    dashes = [n for n in range(end) if toks[n].low in DASHES]
    k = dashes[-1] + 1 if dashes else 0
    to = False
    while k < end and (toks[k].low in OPENING_MARKS or toks[k].low in ADDRESS_OPENERS):
        to = to or toks[k].low == "kepada"
        k += 1
    return k, to


def addressed_opening(toks: list[Tok], i: int) -> bool:
    """Whether the title at token ``i`` is in a "kepada" phrase opening the sentence, or
    its text after a dateline ("Kepada wartawan, Budi meminta ..."): its comma ends the
    phrase, and the name after it is the clause's subject, no holder of that title."""
    k, to = opening_lead(toks, i)
    return to and (k == i or (k + 1 == i and toks[k].low in ADDRESSED_GROUP))


ASPECTS = MODALITY_WORDS["aspect"]
"""Aspect words between a subordinator and its verb ("Setelah sempat ditahan polisi, X")."""


def fronted_agent(toks: list[Tok], i: int) -> bool:
    """Whether the party at token ``i`` is the agent of a passive verb in a time clause
    opening the sentence ("Setelah ditangkap polisi, Budi Santoso mengaku ..."): its comma
    ends that clause, and the name after it is the main clause's subject, not the party's."""
    k = i - 1 - (i > 0 and toks[i - 1].low == "oleh")  # "Usai diperiksa oleh jaksa, X"
    verb = toks[k].low if k >= 1 else ""
    if not (verb.startswith("di") and len(verb) > 5 and verb.isalpha()):
        return False  # "ditangkap", "diperiksa": a passive verb right before the party
    s = k - 1
    while s > 0 and toks[s].low in ASPECTS:
        s -= 1
    return toks[s].low in SUBORDINATORS and opening_lead(toks, s)[0] == s


def set_off_name(toks: list[Tok], cands: list[Cand], n: int) -> bool:
    """Whether the name starting at ``cands[n]`` is closed by a comma ("Kepada Kepala Dinas
    PU, Budi Santoso, kami meminta ..."): set off as an apposition of what is before it."""
    while n + 1 < len(cands) and cands[n].kind == "cap" and cands[n + 1].i == cands[n].j:
        n += 1
    return cands[n].j < len(toks) and toks[cands[n].j].low == ","


def named_next(cands: list[Cand], n: int) -> bool:
    """Whether a name starts at ``cands[n]``: a PER mention, or capitalised words right
    before one ("Mousa" + "Mohammed Abu Marzouk")."""
    while n < len(cands) and cands[n].kind == "cap":
        if n + 1 >= len(cands) or cands[n + 1].i != cands[n].j:
            return False
        n += 1
    return n < len(cands) and cands[n].kind == "mention" and cands[n].label == "PER"


def past_adverbs(lex: Lexicon, toks: list[Tok], i: int, also: frozenset[str] = frozenset()) -> int:
    """The index of the first word before token ``i`` that is no adverb cue ("juga",
    "segera") and no word of ``also``, -1 if there is none: the word a verb phrase hangs on."""
    return past_words(toks, i, lex.cue("adverb"), also)


def past_words(
    toks: list[Tok],
    i: int,
    skip: Collection[str],
    also: Collection[str] = frozenset(),
    most: int | None = None,
) -> int:
    """The index of the first word before token ``i`` in neither ``skip`` nor ``also``,
    past at most ``most`` such words (any number without), -1 if there is none: the one
    walk back over the adverbs and cues between a verb and what it hangs on."""
    k = i - 1
    while (
        k >= 0 and (most is None or i - k <= most) and (toks[k].low in skip or toks[k].low in also)
    ):
        k -= 1
    return k


def time_tokens(times: list[TimeExpression], starts: list[int]) -> list[bool]:
    """Which tokens (``starts``: where each begins) lie in one of the sentence's time
    expressions ("beberapa waktu lalu", "Selasa malam"): no word of an actor's phrase, so
    "ditangkap polisi pekan lalu" ends its agent at "polisi"."""
    timed = [False] * len(starts)
    for t in times:
        for k in range(bisect.bisect_left(starts, t.start), bisect.bisect_left(starts, t.end)):
            timed[k] = True
    return timed


def times_by_sentence(article: Article, sentences: list[Sentence]) -> list[list[TimeExpression]]:
    """The time expressions that begin in each sentence, found by bisecting their starts
    once per article, not by a scan of all of them per sentence."""
    times = sorted(article.times, key=lambda t: t.start)
    starts = [t.start for t in times]
    return [
        times[bisect.bisect_left(starts, s.start) : bisect.bisect_left(starts, s.end)]
        for s in sentences
    ]


def earlier_sentences(article: Article, start: int) -> list[Sentence]:
    """The article's sentences that end by ``start``, in order: those before a sentence
    that begins there."""
    return [s for s in article.sentences if s.end <= start]


def mentions_in(article: Article, sent: Sentence) -> list[Mention]:
    """The sentence's mentions that may be parties: not a command the actors stage finds
    inside its chief's title (``CHIEF_TITLE_COMMAND``), whose holder is the party there."""
    return [
        m for m in article.mentions
        if sent.start <= m.start and m.end <= sent.end and m.source != CHIEF_TITLE_COMMAND
    ]  # fmt: skip


def mentions_by_sentence(article: Article, sentences: list[Sentence]) -> list[list[Mention]]:
    """``mentions_in`` of each sentence, in the article's order of mentions: found by
    bisecting the mentions sorted by start, not by a scan of all of them per sentence
    (which costs time quadratic in the article's length)."""
    mentions = article.mentions
    order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    starts = [mentions[k].start for k in order]
    out = []
    for sent in sentences:
        lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_right(starts, sent.end)
        out.append(
            [
                mentions[k]
                for k in sorted(order[lo:hi])
                if mentions[k].end <= sent.end and mentions[k].source != CHIEF_TITLE_COMMAND
            ]
        )
    return out


ORDINARY = word_list("common") | word_list("opener")
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
OPENING = frozenset({'"', "“", "'", "‘", "(", ".", "!", "?"})  # a sentence opens after these


def ordinary_opener(lows: list[str], i: int) -> bool:
    """A lone capitalised word opening a sentence (or a quote) that is an ordinary word
    only written with a capital there: a common word ("Sejumlah warganet", "Dua pasal
    itu", "Ada yang menuding"), a noun a demonstrative follows ("Informasi itu", "Data
    ini") or a long word in "-nya" ("Banyaknya", "Menurutnya"); a name the article uses
    is not (those are kept before this test)."""
    low = lows[i]
    return (
        low in ORDINARY
        or (i + 1 < len(lows) and lows[i + 1] in DEMONSTRATIVES)
        or (len(low) >= 7 and low.endswith("nya"))
    )


def is_cap(tok: Tok, notname: frozenset[str], lex: Lexicon) -> bool:
    if not tok.text[0].isupper() or tok.low in notname:
        return False
    return tok.low not in lex.index or tok.text.isupper()


def abbreviation(toks: list[Tok], k: int) -> bool:
    """A short upper-case abbreviation in brackets at ``k``: "(PM)", "(AS)", "(Menlu)" is
    not; it repeats the title before it and does not end the title phrase."""
    return (
        k + 2 < len(toks)
        and toks[k].text == "("
        and toks[k + 2].text == ")"
        and toks[k + 1].text.isalnum()
        and toks[k + 1].text.isupper()
        and len(toks[k + 1].text) <= 6
    )


def bracketed_part(
    toks: list[Tok], cand_at: list[Cand | None], j: int, notname: frozenset[str], lex: Lexicon
) -> bool:
    """Whether a body's name goes on after its bracketed abbreviation at ``j``: "Gerakan
    Pemuda (GP) Ansor", "Lembaga Bantuan Hukum (LBH) Surabaya" name one body, whose last
    word alone is no unknown name."""
    return (
        abbreviation(toks, j)
        and j + 3 < len(toks)
        and all(c is None for c in cand_at[j : j + 4])
        and is_cap(toks[j + 3], notname, lex)
    )


def reference_code(toks: list[Tok], i: int) -> bool:
    """A capitalised piece glued to a slash with a number across it is part of a
    reference number ("gugatan Nomor 115/PUU-XXII/2024", "Putusan 81/PUU - XV/2017"),
    not a name; "TNI/Polri" and "Desa/Kelurahan" stay words."""

    def number_across(slash: int, other: int) -> bool:
        return (
            0 <= other < len(toks)
            and toks[slash].text == "/"
            and toks[other].text[:1].isdigit()
            and toks[min(slash, i)].end == toks[max(slash, i)].start
        )

    return number_across(i - 1, i - 2) or number_across(i + 1, i + 2)


def actor_noun(
    lex: Lexicon, lows: list[str], i: int, cand_at: list[Cand | None]
) -> tuple[int, str, str] | None:
    """The longest actor noun at ``i``: its length, sector and entity type; a vague head
    ("pihak", "orang") takes the sector of the common actor noun right after it (a name
    after it, "pihak KPK", is that body itself)."""
    for n in range(min(lex.max_actor_len, len(lows) - i), 0, -1):
        words = lows[i : i + n]
        hit = lex.actors.get(tuple(words))
        if hit is None and single(words[0]) != words[0]:
            hit = lex.actors.get((single(words[0]), *words[1:]))
        if hit is None and words[-1].endswith("nya"):
            hit = lex.actors.get((*words[:-1], words[-1][:-3]))
        if hit and hit[0] == "UNK" and i + n < len(lows) and cand_at[i + n] is None:
            inner = actor_noun(lex, lows, i + n, cand_at)  # "pihak kepolisian", "dua orang polisi":
            if inner and inner[1] != "UNK":  # the side or the people of the noun after
                return n + inner[0], inner[1], hit[1]
        if hit:
            return n, hit[0], hit[1]
    if lows[i] in ACT_OFFENDERS and not SEIZING.isdisjoint(lows[max(0, i - SEIZING_ROOM) : i]):
        return 1, "CRM", "group"  # "menangkap satu penyebar fitnah": the one arrested
    return None


ACT_OFFENDERS = MODALITY_WORDS["actoffender"]
"""Nouns of a doer by his act ("penyebar", "pengunggah"): an offender (an actor row) only
with a crime object ("penyebar hoaks") or right after a verb of seizing: "penyebar
informasi positif" is no criminal."""
SEIZING = MODALITY_WORDS["seizing"]
"""Verbs of arresting or holding someone ("menangkap", "menahan")."""
SEIZING_ROOM = 3  # words between the verb and the noun: "menangkap satu anggota baru"


def foreign_name_word(lex: Lexicon, toks: list[Tok], i: int, n: int) -> bool:
    """Whether the ``n``-word actor noun at ``i`` is a loanword that names the actor only in
    lower case (args "lower": "security pasar") written capitalised as a word of a foreign
    name ("Security Council", "Aviation Security"). A capital that opens the sentence or a
    clause ("Security hotel itu mengusir ...") marks a name only when the next word is
    capitalised too."""
    words = tuple(t.low for t in toks[i : i + n])
    if words not in lex.lower_nouns or toks[i].text.islower():
        return False
    opens = i == 0 or not toks[i - 1].text[-1:].isalnum()  # after "Jakarta -", a comma, a quote
    return not opens or (i + n < len(toks) and toks[i + n].text[:1].isupper())


COLLECTIVE = re.compile(r"ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)")


def counted(toks: list[Tok], i: int, quant: set[str]) -> bool:
    """Whether a number, quantifier or collective ("ketujuh orang") stands right before
    token ``i`` ("1.200 orang"): the people are counted, so they are someone."""
    if i == 0:
        return False
    before = toks[i - 1]
    collective = COLLECTIVE.fullmatch(before.low)
    return before.text[:1].isdigit() or before.low in quant or collective is not None


REDUPLICATED = re.compile(r"(\w+)-\1")


def single(low: str) -> str:
    """The word a plural reduplication repeats ("calo-calo", "petugas-petugas"): the
    plural of an actor noun names the same group."""
    if "-" not in low:
        return low  # most words: no regex to run
    m = REDUPLICATED.fullmatch(low)
    return m.group(1) if m else low


def match_phrase(lows: list[str], i: int, starts: dict[str, list[tuple[str, ...]]]) -> int:
    for phrase in starts.get(lows[i], ()):
        if tuple(lows[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0
