"""The Indonesian event lexicon (``data/predicates.tsv``): loading and affix expansion.

A predicate row names a root and the verbal affixes it takes; this module expands
the root into its surface forms (meN- with its nasal allomorphs, di-, ter-, ber-,
memper-/diper-) and records each form's voice, so the coder knows whether the
subject is the actor (active) or the recipient (passive). A root that takes di- also
takes the pronoun passive of speech ("pelaku sudah kami amankan", "saksi kita periksa"):
the bare verb after "kami"/"kita", whose subject is the recipient and whose agent is
the speaker's side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

VOWELS = "aeiou"
CLITICS = ("nya", "lah", "pun", "kah")  # enclitics a trigger word may carry
GAP = "..."
MAX_GAP = 6
WORD_START = re.compile(r"\w")
AGENT_PRONOUNS = ("kami", "kita")  # "telah kami amankan": the pronoun passive's agent
SCORE = "n-n"
"""A pattern word for a match score ("skor 2-1", "skor 1 - 2"): a survey's "skor 3,35" is no
sport cue."""
ARTICLE_ONLY = "article"
"""A domain row's mode that suppresses nothing in its sentence and only counts towards a
sport article: "F1" is also a US student visa, "anggaran Grand Prix" a budget line."""
SCORE_SHAPE = re.compile(r"\d{1,3}-\d{1,3}")
SCORE_REACH = 4
LIGHT_VERBS = ("dilakukan", "digelar", "dilaksanakan", "berlangsung")
"""Verbs that only state that a nominalised act took place: "Penggeledahan dilakukan di
rumah dinas ...", "Penangkapan terhadap X dilaksanakan oleh ..." (forms ``light``)."""


@dataclass(frozen=True)
class Entry:
    """One surface pattern of a lexicon row."""

    kind: str
    words: tuple[str, ...]
    event: str
    modes: tuple[str, ...]
    contexts: tuple[str, ...]
    args: frozenset[str]
    voice: str  # act, pas, nom
    rule: str  # "predicates.tsv:LINE pattern"
    extra: str = ""
    needs: frozenset[str] = frozenset()  # its words after the first, gaps left out


POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "UAF", "PTY", "SPY",
                               "IGO", "PRM", "ELI", "OPP"})  # fmt: skip
"""Sectors of political actors: states' bodies, armed groups, parties, international bodies."""


@dataclass
class Lexicon:
    """Everything the event coder reads from ``predicates.tsv``."""

    index: dict[str, list[Entry]] = field(default_factory=dict)  # first word -> entries
    actors: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    body_sectors: dict[tuple[str, ...], str] = field(default_factory=dict)  # "dinas": GOV
    max_body_sector_len: int = 1
    region_governments: dict[str, str] = field(default_factory=dict)  # "pemkab" (args
    # "region") -> its spelled-out name, "pemerintah kabupaten"
    governments_anywhere: set[str] = field(default_factory=set)  # "pemda", "pemerintah
    # daerah" (args "anywhere"): bare, any region's government
    contexts: dict[tuple[str, ...], str] = field(default_factory=dict)
    domains: dict[tuple[str, ...], tuple[str, frozenset[str]]] = field(default_factory=dict)
    words: dict[str, set[str]] = field(default_factory=dict)  # single-word cue sets by kind
    phrases: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    report_side: dict[tuple[str, ...], str] = field(default_factory=dict)
    anaphors: dict[tuple[str, ...], str] = field(default_factory=dict)
    anaphor_first: frozenset[str] = frozenset()  # first words of ``anaphors``
    genres: dict[str, str] = field(default_factory=dict)  # word -> non-political genre
    max_actor_len: int = 1
    max_context_len: int = 1
    max_domain_len: int = 1
    _starts: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)
    plain_tokens: dict[str, bool] = field(default_factory=dict)  # ``event_clause.plain`` cache
    trigger_words: frozenset[str] = frozenset()  # first words of predicates, with clitics
    act_nouns: frozenset[str] = frozenset()  # act nouns that never fire alone ("penculikan")
    # (not the pronouns that open a pronoun passive: "kami" opens no verb phrase)
    match_words: frozenset[str] = frozenset()  # every first word, pronouns included
    pronoun_verbs: frozenset[str] = frozenset()  # verbs of the pronoun passive ("amankan")
    clitic_forms: frozenset[str] = frozenset()  # pattern words with an enclitic
    rest_words: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    actor_first: frozenset[str] = frozenset()
    state_bodies: frozenset[str] = frozenset()  # "polisi", "gubernur": bodies, offices
    kind_bodies: frozenset[str] = frozenset()  # "polisi", "pihak kejaksaan", "aparat
    # kepolisian": a state body named only by its kind (``kindbody``, ``policebody`` rows)
    state_nouns: frozenset[tuple[str, ...]] = frozenset()  # "pemerintah" + a country: the state
    case_nouns: frozenset[tuple[str, ...]] = frozenset()  # "penyidik": the case body's officers
    lower_nouns: frozenset[tuple[str, ...]] = frozenset()  # "security": a noun in lower case
    # only, capitalised a foreign name's word ("Security Council")
    domain_first: frozenset[str] = frozenset()
    sport_words: frozenset[str] = frozenset()
    sport_phrases: tuple[str, ...] = ()  # " babak final ": several-word sport cues, padded
    sport_phrase_first: frozenset[str] = frozenset()  # their first words, a cheap pre-filter
    sport_needs: tuple[frozenset[str], ...] = ()  # words a phrase or score cue needs
    score_words: frozenset[str] = frozenset()  # words of domain rows a match score follows
    context_first: frozenset[str] = frozenset()
    not_name: frozenset[str] = frozenset()  # words that never start a capitalised name
    before_verb: frozenset[str] = frozenset()  # adverb, negation, future, modal cues
    before_habit: frozenset[str] = frozenset()  # those and habit cues ("selalu", "kerap")

    def sport_possible(self, words: list[str]) -> bool:
        """Whether a sentence of these words (``WORD`` tokens, lower case) may hold a sport
        cue: a sport word, or all the words of a sport phrase or score row but the score
        itself. Only such a sentence needs its tokens shaped for ``sport_cue``."""
        if not self.sport_words.isdisjoint(words):
            return True
        if self.sport_phrase_first.isdisjoint(words) and self.score_words.isdisjoint(words):
            return False
        bag = set(words)
        return any(need <= bag for need in self.sport_needs)

    def body_sector(self, words: Sequence[str]) -> str | None:
        """The sector the first words of a body's name give (``bodysector`` rows, the
        longest first): "dinas perhubungan" GOV, "badan usaha milik negara" BUS; none for
        a row of sector "-" ("badan pengurus": an association's board)."""
        for size in range(min(self.max_body_sector_len, len(words)), 0, -1):
            if (sector := self.body_sectors.get(tuple(words[:size]))) is not None:
                return None if sector == "-" else sector
        return None

    def cue(self, kind: str) -> set[str]:
        return self.words.get(kind, set())

    def phrase_starts(self, kind: str) -> dict[str, list[tuple[str, ...]]]:
        """Phrases of one cue kind indexed by their first word, longest first."""
        cached = self._starts.get(kind)
        if cached is None:
            cached = {}
            for phrase in sorted(self.phrases.get(kind, ()), key=len, reverse=True):
                cached.setdefault(phrase[0], []).append(phrase)
            self._starts[kind] = cached
        return cached


def men(root: str) -> str:
    """The meN- form of ``root`` with its nasal allomorph (menangkap, memukul, mengebom)."""
    if syllables(root) == 1:
        return "menge" + root
    first, second = root[0], root[1:2]
    if first in VOWELS or first in "gh":
        return "meng" + root
    if first == "k":
        return "meng" + (root[1:] if second in VOWELS else root)
    if first == "p":
        return "mem" + (root[1:] if second in VOWELS else root)
    if first in "bfv":
        return "mem" + root
    if first == "t":
        return "men" + (root[1:] if second in VOWELS else root)
    if first in "cdjz":
        return "men" + root
    if first == "s":
        return ("meny" + root[1:]) if second in VOWELS else "men" + root
    return "me" + root  # l, m, n, r, w, y, ng, ny


def syllables(word: str) -> int:
    """Syllables of a root: one per vowel, since two vowels side by side are two
    syllables in Indonesian ("bu-at", "na-ik", "so-al"), but a word-final diphthong
    ("pantai", "pulau", "amboi") is one."""
    count = sum(char in VOWELS for char in word)
    return count - (word[-2:] in ("ai", "au", "oi"))


def ber(root: str) -> str:
    return "be" + root if root.startswith("r") or root.startswith("ker") else "ber" + root


PREFIXES = {
    "meN": (men, "act"),
    "di": (lambda r: "di" + r, "pas"),
    "ter": (lambda r: "ter" + r, "pas"),
    "ber": (ber, "act"),
    "memper": (lambda r: "memper" + r, "act"),
    "diper": (lambda r: "diper" + r, "pas"),
    "-": (lambda r: r, "act"),  # with another form, "ber,-": the bare spoken verb too
}


def expand(pattern: str, forms: str, args: frozenset[str]) -> list[tuple[tuple[str, ...], str]]:
    """Surface word sequences and their voice for one lexicon row."""
    words = pattern.split()
    default_voice = "nom" if "nom" in args else "pas" if "pas" in args else "act"
    if forms in ("", "-"):
        return [(tuple(w.replace("+", "") for w in words), default_voice)]
    if forms == "light":
        return light_forms(tuple(words))
    root, _, suffix = words[0].partition("+")
    out = []
    for form in forms.split(","):
        make, voice = PREFIXES[form.strip()]
        out.append(((make(root) + suffix, *words[1:]), voice))
        if form.strip() == "di":
            out.extend(((p, root + suffix, *words[1:]), "pas") for p in AGENT_PRONOUNS)
    return out


def light_forms(noun: tuple[str, ...]) -> list[tuple[tuple[str, ...], str]]:
    """An act noun with a light verb, right after it or after its object ("penangkapan
    terhadap X dilakukan"): a passive clause whose subject is the act itself."""
    return [(form, "pas") for v in LIGHT_VERBS for form in ((*noun, v), (*noun, GAP, v))]


SLOT = re.compile(r"\{(\w+)\}")
"""A pattern word that stands for each phrase of a cue kind ("{refusal} menandatangani")."""


def table_rows(text: str) -> list[tuple[int, list[str]]]:
    """predicates.tsv's rows with their line numbers, each cut into its eight columns: the
    one reader of the row format, for the slots and for the entries alike."""
    return [
        (number, (line.split("\t") + [""] * 8)[:8])
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.startswith("#")
    ]


def slot_phrases(rows: list[tuple[int, list[str]]]) -> dict[str, list[str]]:
    """The phrases of every cue kind a pattern slot may name, in file order."""
    wanted = {kind for _, cols in rows for kind in SLOT.findall(cols[1])}
    phrases: dict[str, list[str]] = {}
    for _, cols in rows:
        if cols[0] in wanted:
            phrases.setdefault(cols[0], []).append(cols[1].strip())
    return phrases


def fill_slots(pattern: str, phrases: dict[str, list[str]]) -> list[str]:
    """The patterns a row stands for: one per phrase of each slot's kind, in file order,
    so the refusal words are listed once and not again beside every verb they take."""
    found = SLOT.search(pattern)
    if found is None:
        return [pattern]
    if not phrases.get(found.group(1)):
        raise ValueError(f"predicates.tsv: no {found.group(1)} rows fill {pattern!r}")
    return [
        filled
        for phrase in phrases[found.group(1)]
        for filled in fill_slots(
            pattern[: found.start()] + phrase + pattern[found.end() :], phrases
        )
    ]


def parse_lines(text: str) -> Lexicon:
    lex = Lexicon()
    rows = table_rows(text)
    slots = slot_phrases(rows)
    for number, cols in rows:
        kind, pattern, forms, event, mode, context, args_text, _notes = cols
        args = frozenset(a.strip() for a in args_text.split(",") if a.strip())
        key = tuple(pattern.split())
        if kind in ("pred", "block"):
            for words, voice in (
                form
                for filled in fill_slots(pattern, slots)
                for form in expand(filled, forms, args)
            ):
                entry = Entry(
                    kind=kind,
                    words=words,
                    event=event if kind == "pred" else "",
                    modes=tuple(m for m in mode.split("|") if m),
                    contexts=tuple(c for c in context.split("|") if c),
                    args=args,
                    voice=voice,
                    rule=f"predicates.tsv:{number} {pattern}",
                    needs=frozenset(w for w in words[1:] if w != GAP),
                )
                lex.index.setdefault(index_key(words), []).append(entry)
        elif kind == "actor":
            lex.actors[key] = (event, mode or "group")
            if "state" in args:
                lex.state_nouns |= {key}
            if "case" in args:
                lex.case_nouns |= {key}
            if "lower" in args:
                lex.lower_nouns |= {key}
            lex.max_actor_len = max(lex.max_actor_len, len(key))
        elif kind == "bodysector":
            lex.body_sectors[key] = event
            lex.max_body_sector_len = max(lex.max_body_sector_len, len(key))
            if "region" in args:
                if not mode or mode in lex.region_governments.values():  # "" -> "pemX"
                    raise ValueError(  # would join units that are not one (nlp.SAME_UNITS)
                        f"predicates.tsv:{number}: a region row needs its own spelled-out name"
                    )
                lex.region_governments[" ".join(key)] = mode
            if "anywhere" in args:
                lex.governments_anywhere |= {" ".join(key), mode}
        elif kind == "context":
            lex.contexts[key] = context
            lex.max_context_len = max(lex.max_context_len, len(key))
        elif kind == "domain":
            blocked = frozenset(mode.split("|")) if mode else frozenset({"*"})
            lex.domains[key] = (event, blocked)
            lex.max_domain_len = max(lex.max_domain_len, len(key))
        elif kind == "anaphor":
            lex.anaphors[key] = event
        elif kind == "genre":
            lex.genres[key[0]] = event
        else:
            if kind == "report":
                lex.report_side[key] = args_text.strip() or "after"
            lex.phrases.setdefault(kind, set()).add(key)
            if len(key) == 1:
                lex.words.setdefault(kind, set()).add(key[0])
    for entries in lex.index.values():
        # longest pattern first; file order among equals (earlier rows take precedence)
        entries.sort(key=lambda e: -len(e.words))
    lex.trigger_words = frozenset(w + c for w in lex.index if " " not in w for c in ("", *CLITICS))
    lex.match_words = lex.trigger_words | set(AGENT_PRONOUNS)
    lex.act_nouns = frozenset(  # nominalised acts ("-an"), not "atas" or "surat"
        w
        for w, entries in lex.index.items()
        if " " not in w
        and all(
            e.words[-1] in LIGHT_VERBS
            or (w.endswith("an") and e.voice == "nom" and len(e.words) > 1)
            for e in entries
        )
    )
    for first, entries in lex.index.items():
        rests = {
            frozenset(w for w in e.words[1:] if word_like(w)) for e in entries if e.kind == "pred"
        }
        if rests and " " not in first:
            lex.rest_words[first] = sorted(rests, key=len)
    lex.pronoun_verbs = frozenset(k.split()[1] for k in lex.index if " " in k)
    lex.clitic_forms = frozenset(
        w + c for entries in lex.index.values() for e in entries for w in e.words for c in CLITICS
    )
    lex.actor_first = frozenset(k[0] for k in lex.actors) | frozenset(
        k[0] + "nya" for k in lex.actors if len(k) == 1
    )
    # a state body or office of one word ("polisi", "KBRI", "gubernur": not "negara",
    # "petugas"), and a body named by its kind that no actor row has ("imigrasi"); not a
    # kind's officers ("jaksa", "penyidik": a prosecutor telling of a firm's deal in court
    # makes it no state's dealing)
    kind_words = lex.cue("kindbody") | lex.cue("policebody")
    kind_words_bodies = {w for w in kind_words if lex.actors.get((w,), ("", ""))[1] != "group"}
    lex.state_bodies = frozenset(
        k[0] for k, (sector, kind) in lex.actors.items()
        if len(k) == 1 and kind in ("organization", "person") and sector in POLITICAL_SECTORS
    ) | kind_words_bodies  # fmt: skip
    lex.kind_bodies = frozenset(
        " ".join(p) for kind in ("kindbody", "policebody") for p in lex.phrases.get(kind, ())
    )
    lex.domain_first = frozenset(k[0] for k in lex.domains)
    sport = [  # rows that rule out talks, or count only towards a sport article: "premier
        # league" and "grand prix" are sport cues, "tuan rumah" none
        k
        for k, v in lex.domains.items()
        if v[0] == "sport" and {"*", "CONSULT", ARTICLE_ONLY} & v[1]
    ]
    lex.sport_words = frozenset(k[0] for k in sport if len(k) == 1)
    lex.sport_phrases = tuple(f" {' '.join(k)} " for k in sport if len(k) > 1)
    lex.sport_phrase_first = frozenset(k[0] for k in sport if len(k) > 1)
    lex.score_words = frozenset(k[0] for k in lex.domains if SCORE in k)
    lex.sport_needs = tuple(frozenset(k) - {SCORE} for k in sport if len(k) > 1) + tuple(
        frozenset({w}) for w in lex.score_words
    )
    lex.context_first = frozenset(k[0] for k in lex.contexts)
    lex.anaphor_first = frozenset(k[0] for k in lex.anaphors)
    cues = ("notname", "speech", "report", "adverb", "neg", "future", "modal", "cond", "deny")
    lex.not_name = frozenset(w for kind in cues for w in lex.cue(kind))
    # the words between a subject and its verb ("Saya juga tidak akan ...")
    lex.before_verb = frozenset(
        w for kind in ("adverb", "neg", "future", "modal") for w in lex.cue(kind)
    )
    lex.before_habit = lex.before_verb | lex.cue("habit")
    return lex


def score_tokens(tokens: list[str]) -> list[str]:
    """``tokens`` (lower case, punctuation kept) with the first token of each match score
    ("2-1", or "2", "-", "1") replaced by ``SCORE``, the same length, so that a pattern
    "skor n-n" matches where the tokens are."""
    out = list(tokens)
    for k, word in enumerate(tokens):
        if SCORE_SHAPE.fullmatch(word) or (
            word.isdigit()
            and len(word) <= 3
            and k + 2 < len(tokens)
            and tokens[k + 1] in ("-", "–")
            and tokens[k + 2].isdigit()
            and len(tokens[k + 2]) <= 3
        ):
            out[k] = SCORE
    return out


def score_shaped(lex: Lexicon, tokens: list[str]) -> list[str]:
    """:func:`score_tokens` of a sentence that holds a word a match score may follow in a
    row ("skor"); any other sentence as it is, since no such row can match there."""
    return tokens if lex.score_words.isdisjoint(tokens) else score_tokens(tokens)


def score_cue(lex: Lexicon, shaped: list[str], k: int) -> tuple[str, frozenset[str]] | None:
    """The domain of a row "<word> n-n" whose word is at ``k`` of ``shaped`` (from
    ``score_tokens``) with a match score at most four tokens on ("Skor pun berubah 2 - 1")."""
    hit = lex.domains.get((shaped[k], SCORE))
    return hit if hit and SCORE in shaped[k + 1 : k + 1 + SCORE_REACH] else None


def word_like(word: str) -> bool:
    """A pattern word the pre-filter can look for: not the gap, not a bracket ("berbincang
    ( via telepon )"), since :func:`may_match` sees a sentence's words only."""
    return word != GAP and WORD_START.match(word) is not None


def index_key(words: tuple[str, ...]) -> str:
    """Where an entry is indexed: its first word; a pronoun passive under its pronoun and
    verb ("kami amankan"), so a "kami" in a quote tries only the entries of its verb."""
    return f"{words[0]} {words[1]}" if words[0] in AGENT_PRONOUNS else words[0]


def entries_at(lex: Lexicon, lows: list[str], i: int) -> list[Entry] | None:
    """The entries that may start at token ``i`` (a trigger word may carry an enclitic)."""
    low = lows[i]
    if low in AGENT_PRONOUNS:
        if i + 1 >= len(lows):
            return None
        low = f"{low} {lows[i + 1]}"
    entries = lex.index.get(low)
    if entries is None:
        for clitic in CLITICS:
            if low.endswith(clitic):
                entries = lex.index.get(low[: -len(clitic)])
                if entries:
                    break
    return entries


def clitics_off(lex: Lexicon, words: set[str]) -> set[str]:
    """``words`` and, for each that is a pattern word with an enclitic, the pattern word: a
    pattern word occurs in a sentence when it is one of these ("tersangkanya" holds
    "tersangka"); other words need not be stripped, as no pattern asks for them."""
    return words | {
        w[: -len(c)] for w in lex.clitic_forms.intersection(words) for c in CLITICS if w.endswith(c)
    }


def may_match(lex: Lexicon, words: list[str]) -> bool:
    """Whether some predicate could match a sentence of these (lower-cased) words: its
    first word and every other word of its pattern occur in it. A sentence with only a
    light verb ("menjadi" without "tersangka") is then not prepared for coding at all."""
    if lex.match_words.isdisjoint(words):
        return False  # no first word of a pattern: the bag need not be made
    bag = set(words)
    firsts = lex.match_words.intersection(bag)
    bare = clitics_off(lex, bag)
    for word in firsts:
        if word in AGENT_PRONOUNS:  # "kami amankan": the pronoun and a verb it passivises
            if not lex.pronoun_verbs.isdisjoint(bare):
                return True
            continue
        rests = lex.rest_words.get(word)
        if rests is None:
            rests = next(
                (lex.rest_words[word[: -len(c)]] for c in CLITICS if word.endswith(c)
                 and word[: -len(c)] in lex.rest_words),
                [],
            )  # fmt: skip
        for rest in rests:
            if rest <= bare:
                return True
    return False


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged lexicon, parsed once per process (it is read-only data)."""
    text = resources.files("kabar").joinpath("data/predicates.tsv").read_text("utf-8")
    return parse_lines(text)


@dataclass(frozen=True)
class Venue:
    """A building or site of political life and the city it stands in (``venues.tsv``)."""

    name: str
    city: str
    country: str


@lru_cache(maxsize=1)
def load_venues() -> tuple[dict[str, Venue], re.Pattern[str] | None]:
    """Venues by lower-cased name, and one pattern finding any of them (longest first)."""
    text = resources.files("kabar").joinpath("data/venues.tsv").read_text("utf-8")
    table: dict[str, Venue] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, city, country = (line.split("\t") + ["", ""])[:3]
        table[" ".join(name.lower().split())] = Venue(name, city.strip(), country.strip())
    if not table:
        return table, None
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")
    return table, pattern


def venue_in(text: str) -> Venue | None:
    """The first (leftmost, longest) venue named in ``text``, or None."""
    table, pattern = load_venues()
    if pattern is None:
        return None
    m = pattern.search(" ".join(text.lower().split()))
    return table[m.group()] if m else None
