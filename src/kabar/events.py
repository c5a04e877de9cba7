"""PLOVER event coding: Indonesian predicates, their arguments, modality, place and date.

``code_events(article, ctx)`` reads each sentence, finds predicates from the lexicon
(``data/predicates.tsv``, see ``kabar.predicates``) and codes one ``Event`` per report.

Arguments follow Indonesian clause structure:
- active verbs (meN-, ber-, light-verb phrases): actor = the subject, the nearest entity
  left of the verb in the same clause (with its coordinated partners "X dan Y");
  recipient = the object, the first entity right of the verb, directly or after
  dengan/kepada/terhadap/ke/atas/untuk (never di/dari/pada, which introduce places/times);
- passive verbs (di-, ter-): recipient = subject; actor = the agent right after the verb
  ("ditangkap polisi") or after "oleh";
- nouns ("serangan udara Israel", "pertemuan antara X dan Y"): actor after the noun;
- symmetric predicates (bertemu, berunding, bentrok): every participant is an actor
  (PLOVER 2.4.2 and 3.16.1); "kedua tokoh/kedua negara/keduanya" are the two most
  recent actors; a sentence that starts with its verb, or with a pronoun, carries the
  subject of the previous sentence (or the pronoun's mention cluster).
Entities come from ``article.mentions``; where none covers the argument position the
coder falls back to actor nouns from the lexicon (polisi, mahasiswa, ...) and then to
capitalised spans, with lower confidence. No actor, no event (PLOVER 7.5).

Event date rule: the time expression of the same sentence nearest the trigger; else,
when the sentence refers back to an event ("pertemuan itu", "dalam serangan tersebut")
or the next sentence does ("Pada pertemuan yang digelar Sabtu (14/10) malam itu"), that
sentence's date; else the publication date one precision step coarser (day -> month,
month -> year), because a report is not its event: ``rule`` of the date is in the trace.

Modality: negation cues just before the verb set ``negated``; conditionals and modals
set ``hypothetical``; future/intention cues turn CONSULT/SUPPORT/COOPERATE/AID into AGREE,
RETREAT into CONCEDE and ASSAULT/coercion into THREATEN (PLOVER 2.3, 3.1, 3.4), and mark
other types hypothetical. Reporting cues (menurut X, kata X, dilansir X, X melaporkan,
X mengatakan bahwa ...) and quotes fill ``reported_by``. Denials (membantah, menyangkal)
are REJECT events and set ``disputed`` on the denied events of the article.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from kabar.context import Context
from kabar.model import (
    Article,
    EntityRef,
    Event,
    Mention,
    Place,
    Precision,
    Sentence,
    Source,
    TimeExpression,
    TraceStep,
    stable_id,
)
from kabar.plover import CONTEXTS, future_shift, score
from kabar.predicates import GAP, MAX_GAP, Entry, Lexicon, load_lexicon

WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
QUOTE = re.compile(r"“[^”]{1,1500}”|\"[^\"\n]{1,1500}\"")
CLITICS = ("nya", "lah", "pun", "kah")
HARD_STOP = frozenset(
    list(";:“”\"()[]")
    + ["bahwa", "karena", "sehingga", "setelah", "sebelum", "ketika", "saat", "usai",
       "seusai", "sedangkan", "sementara", "namun", "tetapi", "tapi", "padahal", "agar",
       "supaya", "hingga", "sampai", "yakni", "yaitu"]
)  # fmt: skip
RIGHT_STOP = HARD_STOP | {",", "yang"}
NO_SUBJECT_BEFORE = frozenset({"di", "ke", "dari", "pada", "dengan", "kepada", "terhadap",
                               "untuk", "oleh", "antara", "atas", "bagi", "tentang", "soal",
                               "mengenai", "terkait", "sejak", "melawan", "dalam", "menurut",
                               "kata", "ujar", "dilansir"})  # fmt: skip
OBJECT_PREPS = frozenset({"dengan", "kepada", "terhadap", "ke", "atas", "untuk", "bagi",
                          "melawan", "pada"})  # fmt: skip
NOT_OBJECT_BEFORE = frozenset({"di", "dari", "oleh", "sejak", "hingga", "sampai", "menurut",
                               "kata", "ujar", "dalam", "bersama"})  # fmt: skip
COORD = frozenset({"dan", "serta", ",", "&"})
PLACE_NOUNS = frozenset({"kota", "wilayah", "kawasan", "daerah", "desa", "kecamatan",
                         "kabupaten", "provinsi", "jalur", "tepi", "distrik", "negara", "ibu",
                         "markas", "gedung", "kantor", "kompleks", "perbatasan",
                         "perairan"})  # fmt: skip
PRONOUNS_SG = frozenset({"ia", "dia", "beliau"})
PRONOUNS_PL = frozenset({"mereka"})
PRONOUNS_SPEAKER = frozenset({"kami", "kita", "saya", "aku", "pihaknya"})
PERSONAL = frozenset({"PER", "OFFICE"})
TYPE_OF_LABEL = {"PER": "person", "OFFICE": "person", "ORG": "organization",
                 "GPE": "country", "NORP": "group", "LOC": "location"}  # fmt: skip
LOC_RECIPIENT = frozenset({"ASSAULT", "CONSULT", "AID", "MOBILIZE", "SANCTION", "THREATEN"})
STRONG_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "GOV", "PRM", "SPY"})
REQUIRES_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})  # PLOVER 3.5-3.13
MAX_LEFT = 9
MAX_RIGHT = 8


class PlaceLookup(Protocol):
    def lookup_place(self, text: str) -> object | None: ...

    def country_of(self, text: str) -> str | None: ...


@dataclass
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
    kind: str  # mention, noun, cap, pron, pair
    label: str = ""
    mention: Mention | None = None
    sector: str | None = None
    etype: str = "unknown"
    country: str | None = None


@dataclass
class Args:
    actor: list[EntityRef] = field(default_factory=list)
    recipient: list[EntityRef] = field(default_factory=list)
    strength: float = 0.0  # how the arguments were found: 0..1
    how: str = ""


@dataclass
class Clause:
    """One sentence prepared for coding."""

    sent: Sentence
    toks: list[Tok]
    cands: list[Cand]
    cand_at: list[Cand | None]
    domains: set[str]
    quote_spans: list[tuple[int, int]]


@dataclass
class State:
    """What the coder remembers while it walks an article."""

    article: Article
    ctx: Context
    lex: Lexicon
    by_cluster: dict[int, Mention]
    recent: list[EntityRef] = field(default_factory=list)  # most recent last
    last_subject: list[EntityRef] = field(default_factory=list)
    last_plural: list[EntityRef] = field(default_factory=list)
    sport_article: bool = False


def code_events(article: Article, ctx: Context) -> Article:
    """Append the PLOVER events reported in ``article`` and a trace step; returns it."""
    lex = load_lexicon()
    sentences = article.sentences or split_sentences(article.text)
    by_cluster: dict[int, Mention] = {}
    for m in sorted(article.mentions, key=lambda m: m.start):
        if m.cluster is not None and m.label != "PRON" and m.cluster not in by_cluster:
            by_cluster[m.cluster] = m
    state = State(article, ctx, lex, by_cluster)
    quotes = [(m.start(), m.end()) for m in QUOTE.finditer(article.text)]
    lowered = article.text.lower()
    words = [WORD.findall(lowered, s.start, s.end) for s in sentences]
    hot = [not lex.trigger_words.isdisjoint(w) for w in words]
    needed = [any(hot[k : k + 3]) for k in range(len(sentences))]  # a trigger here or just after
    clauses = [
        prepare(article, s, lex, quotes, full=n) for s, n in zip(sentences, needed, strict=True)
    ]
    sport = sum(1 for w in words if not lex.sport_words.isdisjoint(w))
    state.sport_article = sport >= 2 and sport >= 0.2 * max(1, len(clauses))
    new: list[tuple[int, Event, Entry]] = []
    blocked = Counter[str]()
    for index, clause in enumerate(clauses):
        previous = clauses[index - 1] if index else None
        following = clauses[index + 1] if index + 1 < len(clauses) else None
        events = code_clause(state, clause, previous, following, blocked)
        events = [
            (e, entry)
            for e, entry in events
            if not (
                anaphoric(lex, clause, e.event)
                and any(
                    k == index - 1 and (o.event, names(o.actor)) == (e.event, names(e.actor))
                    for k, o, _ in new
                )
            )
        ]  # fmt: skip  -- "Pada pertemuan itu, mereka membahas": the same meeting again
        new.extend((index, e, entry) for e, entry in events)
        remember(state, clause, [e for e, _ in events])
    flag_denials(new)
    for _, event, _ in new:
        article.events.append(event)
    kinds = Counter(e.event for _, e, _ in new)
    article.trace.append(
        TraceStep(
            "events",
            f"{len(new)} events {dict(sorted(kinds.items()))} from {len(clauses)} sentences"
            + (f"; suppressed by domain {dict(blocked)}" if blocked else "")
            + ("; sport article" if state.sport_article else "")
            + ("" if article.sentences else "; sentences split by the events stage"),
        )
    )
    return article


# ------------------------------------------------------------------ preparation


def split_sentences(text: str) -> list[Sentence]:
    """A plain splitter, used only when no earlier stage provided sentences."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if text[start : m.start()].strip():
            out.append(Sentence(start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(start, len(text.rstrip())))
    return out


def prepare(
    article: Article, sent: Sentence, lex: Lexicon, quotes: list[tuple[int, int]], full: bool
) -> Clause:
    """Tokens, argument candidates and domains of a sentence (tokens only if not ``full``)."""
    text = article.text
    if not full:
        return Clause(sent, [], [], [], set(), [])
    toks = [
        Tok(m.start(), m.end(), m.group(), m.group().lower())
        for m in TOKEN.finditer(text, sent.start, sent.end)
    ]
    starts = [t.start for t in toks]
    cand_at: list[Cand | None] = [None] * len(toks)
    cands: list[Cand] = []

    def add(c: Cand) -> None:
        cands.append(c)
        for k in range(c.i, c.j):
            cand_at[k] = c

    for m in mentions_in(article, sent):
        i = bisect.bisect_left(starts, m.start)
        j = i
        while j < len(toks) and toks[j].end <= m.end:
            j += 1
        if j > i and all(cand_at[k] is None for k in range(i, j)):
            kind = "pron" if m.label == "PRON" else "mention"
            add(Cand(i, j, m.start, m.end, m.text, kind, m.label, m, m.sector,
                     TYPE_OF_LABEL.get(m.label, "unknown"), m.country))  # fmt: skip
    lows = [t.low for t in toks]
    notname = lex.not_name
    pair_starts = lex.phrase_starts("pair")
    i = 0
    while i < len(toks):
        if cand_at[i] is not None:
            i += 1
            continue
        low = lows[i]
        pair = match_phrase(lows, i, pair_starts)
        if pair:
            add(Cand(i, i + pair, toks[i].start, toks[i + pair - 1].end,
                     text[toks[i].start : toks[i + pair - 1].end], "pair"))  # fmt: skip
            i += pair
            continue
        noun = actor_noun(lex, lows, i) if low in lex.actor_first else None
        if noun:
            n, sector, etype = noun
            j = i + n
            country = None
            label = ""
            nxt = cand_at[j] if j < len(toks) else None
            if (
                nxt is not None
                and nxt.kind == "mention"
                and nxt.label in ("GPE", "ORG", "NORP", "LOC")
            ):
                j, country = nxt.j, nxt.country
                label = "" if nxt.label == "LOC" else nxt.label
                cands.remove(nxt)
            else:
                while j < len(toks) and is_cap(toks[j], notname, lex) and cand_at[j] is None:
                    j += 1
            c = Cand(i, j, toks[i].start, toks[j - 1].end, text[toks[i].start : toks[j - 1].end],
                     "noun", label, None, sector, etype, country)  # fmt: skip
            add(c)
            i = j
            continue
        if low in PRONOUNS_SG or low in PRONOUNS_PL or low in PRONOUNS_SPEAKER:
            add(Cand(i, i + 1, toks[i].start, toks[i].end, toks[i].text, "pron", "PRON"))
            i += 1
            continue
        if is_cap(toks[i], notname, lex):
            j = i + 1
            while (
                j < len(toks)
                and cand_at[j] is None
                and (is_cap(toks[j], notname, lex) or (toks[j].text in "-'’" and j + 1 < len(toks)))
            ):
                j += 1
            kind = "cap0" if i == 0 and j == 1 else "cap"  # "Barang bukti ...": maybe a noun
            add(Cand(i, j, toks[i].start, toks[j - 1].end, text[toks[i].start : toks[j - 1].end],
                     kind))  # fmt: skip
            i = j
            continue
        i += 1
    cands.sort(key=lambda c: c.i)
    domains = set()
    for k in range(len(lows)):
        if lows[k] not in lex.domain_first:
            continue
        for n in range(min(lex.max_domain_len, len(lows) - k), 0, -1):
            hit = lex.domains.get(tuple(lows[k : k + n]))
            if hit:
                domains.add(hit[0])
    spans = [(a, b) for a, b in quotes if a < sent.end and b > sent.start]
    return Clause(sent, toks, cands, cand_at, domains, spans)


def mentions_in(article: Article, sent: Sentence) -> list[Mention]:
    return [m for m in article.mentions if sent.start <= m.start and m.end <= sent.end]


def is_cap(tok: Tok, notname: frozenset[str], lex: Lexicon) -> bool:
    if not tok.text[0].isupper() or tok.low in notname:
        return False
    return tok.low not in lex.index or tok.text.isupper()


def actor_noun(lex: Lexicon, lows: list[str], i: int) -> tuple[int, str, str] | None:
    for n in range(min(lex.max_actor_len, len(lows) - i), 0, -1):
        words = lows[i : i + n]
        hit = lex.actors.get(tuple(words))
        if hit is None and words[-1].endswith("nya"):
            hit = lex.actors.get((*words[:-1], words[-1][:-3]))
        if hit:
            return n, hit[0], hit[1]
    return None


def match_phrase(lows: list[str], i: int, starts: dict[str, list[tuple[str, ...]]]) -> int:
    for phrase in starts.get(lows[i], ()):
        if tuple(lows[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def word_matches(token: str, word: str) -> bool:
    return token == word or (token.startswith(word) and token[len(word) :] in CLITICS)


def match_entry(lows: list[str], i: int, entry: Entry) -> int:
    """End token index of ``entry`` matched at ``i``, or 0."""
    k = i
    words = entry.words
    w = 0
    while w < len(words):
        word = words[w]
        if word == GAP:
            nxt = words[w + 1]
            for skip in range(0, MAX_GAP + 1):
                if k + skip < len(lows) and word_matches(lows[k + skip], nxt):
                    k += skip
                    break
            else:
                return 0
            w += 1
            continue
        if k >= len(lows) or not word_matches(lows[k], word):
            return 0
        k += 1
        w += 1
    return k


def find_triggers(clause: Clause, lex: Lexicon) -> list[tuple[int, int, list[Entry]]]:
    lows = [t.low for t in clause.toks]
    out = []
    i = 0
    while i < len(lows):
        cand = clause.cand_at[i]
        if cand is not None and cand.kind in ("mention", "cap", "cap0") and cand.i != i:
            i += 1
            continue
        low = lows[i]
        entries = lex.index.get(low)
        if entries is None:
            for clitic in CLITICS:
                if low.endswith(clitic):
                    entries = lex.index.get(low[: -len(clitic)])
                    if entries:
                        break
        if not entries:
            i += 1
            continue
        best: list[Entry] = []
        end = 0
        for entry in entries:
            j = match_entry(lows, i, entry)
            if j and (not best or j > end):
                best, end = [entry], j
            elif j and j == end and best[0].words == entry.words:
                best.append(entry)
        if not best:
            i += 1
            continue
        if best[0].kind == "pred":
            out.append((i, end, best))
        i = end
    return out


# ------------------------------------------------------------------ coding one sentence


def code_clause(
    state: State,
    clause: Clause,
    previous: Clause | None,
    following: Clause | None,
    blocked: Counter[str],
) -> list[tuple[Event, Entry]]:
    lex = state.lex
    out: list[tuple[Event, Entry]] = []
    suppressed: set[str] = set()
    for name, types in lex.domains.values():
        if name in clause.domains:
            suppressed |= types
    if state.sport_article:
        suppressed.add("*")
    triggers = find_triggers(clause, lex)
    for n, (i, j, entries) in enumerate(triggers):
        i_arg = i
        if n and i > 0 and clause.toks[i - 1].low in ("dan", "serta", "lalu", "kemudian"):
            i_arg = triggers[n - 1][0]  # "X memuji Y dan berterima kasih": X is the subject
        for entry in entries:
            if "*" in suppressed or entry.event in suppressed:
                blocked[entry.event] += 1
                break
            event = code_one(state, clause, i, j, entry, previous, following, i_arg)
            if event is not None:
                if not merged_into(event, [e for e, _ in out]):
                    out.append((event, entry))
                if len(event.actor) >= 2:
                    state.last_plural = event.actor
                break
    protesters = {n for e, _ in out if e.event == "PROTEST" for n in names(e.actor)}
    if protesters:  # the demands of a protest are its topic, not events (PLOVER 3.12)
        out = [
            (e, x) for e, x in out
            if e.event not in ("REQUEST", "REJECT") or not set(names(e.actor)) & protesters
        ]  # fmt: skip
    return out


def merged_into(event: Event, others: list[Event]) -> bool:
    """Same type, actors and polarity in one sentence: one event (recipients pooled)."""
    key = (event.event, names(event.actor), event.negated)
    for other in others:
        if (other.event, names(other.actor), other.negated) == key:
            if (
                other.recipient
                and event.recipient
                and names(other.recipient) != names(event.recipient)
            ):
                continue
            if not other.recipient:
                other.recipient = event.recipient
            return True
    return False


def names(refs: list[EntityRef]) -> tuple[str, ...]:
    return tuple(sorted(r.entity_name for r in refs))


def code_one(
    state: State,
    clause: Clause,
    i: int,
    j: int,
    entry: Entry,
    previous: Clause | None,
    following: Clause | None,
    i_arg: int,
) -> Event | None:
    article, toks = state.article, clause.toks
    quote = next(((a, b) for a, b in clause.quote_spans if a <= toks[i].start < b), None)
    args = find_arguments(state, clause, i, j, entry, quote, i_arg)
    if args is None:
        return None
    event_type, modes = entry.event, list(entry.modes)
    negated, future, hypothetical = modality(state.lex, clause, i)
    if future and not negated and not hypothetical:
        shifted = future_shift(event_type, modes)
        if shifted is None:
            hypothetical = True
        else:
            event_type, modes = shifted
    elif future:
        hypothetical = True
    sent = clause.sent
    trigger_start, trigger_end = toks[i].start, toks[j - 1].end
    date, precision, _date_rule = event_date(state, clause, i, event_type, previous, following)
    reporters = reported_by(state, clause, i, args, quote, following)
    contexts = set(entry.contexts) | sentence_contexts(state.lex, clause)
    contexts |= {m for m in modes if m in ("cyber", "misinformation")}
    confidence = 0.45 + 0.45 * args.strength
    if quote is not None:
        confidence -= 0.05
    if entry.voice == "nom":
        confidence -= 0.05
    return Event(
        id=stable_id("evt", article.id, trigger_start, trigger_end, event_type),
        event=event_type,
        mode=modes,
        context=sorted(c for c in contexts if c in CONTEXTS),
        date=date,
        date_precision=precision,
        actor=args.actor,
        recipient=args.recipient,
        event_loc=event_place(state, clause, i, j, entry),
        negated=negated,
        hypothetical=hypothetical,
        reported_by=reporters,
        sources=[
            Source(
                article_id=article.id,
                publication=article.publication,
                sentence=article.text[sent.start : sent.end],
                start=sent.start,
                end=sent.end,
                trigger_start=trigger_start,
                trigger_end=trigger_end,
                published=article.published,
            )
        ],
        confidence=round(max(0.05, min(0.95, confidence)), 3),
        trigger=article.text[trigger_start:trigger_end],
        rule=f"{entry.rule} [{entry.voice}; {args.how}]",
        score=score(event_type, modes),
    )


# ------------------------------------------------------------------ arguments


def clause_start(clause: Clause, i: int, quote: tuple[int, int] | None, commas: bool) -> int:
    """Index of the first token of the clause that contains token ``i``."""
    k = i - 1
    while k >= 0:
        tok = clause.toks[k]
        if tok.low in HARD_STOP or (commas and tok.low == ","):
            return k + 1
        if quote is not None and tok.start <= quote[0]:
            return k + 1
        k -= 1
    return 0


def usable_subject(c: Cand, toks: list[Tok]) -> bool:
    if c.label == "LOC":
        return False
    return not (c.i > 0 and toks[c.i - 1].low in NO_SUBJECT_BEFORE)


def left_arguments(
    clause: Clause, i: int, quote: tuple[int, int] | None, nonactor: set[str] | None = None
) -> list[Cand]:
    """The subject: the nearest entity left of token ``i`` and its coordinated partners."""
    toks = clause.toks
    start = clause_start(clause, i, quote, commas=False)
    found: Cand | None = None
    k = i - 1
    while k >= start and i - k <= MAX_LEFT:
        if nonactor and toks[k].low in nonactor:
            return []  # "virus menyerang", "banjir menewaskan": no political actor
        c = clause.cand_at[k]
        if c is not None:
            if usable_subject(c, toks):
                found = c
                break
            k = c.i - 1
            continue
        k -= 1
    if found is None:
        return []
    group = [found]
    k = found.i - 1
    while k - 1 >= start and toks[k].low in COORD:
        if len(group) == 1 and toks[k].low == ",":
            break  # "A, B dan C": the list ends with "dan"; a bare comma is apposition
        c = clause.cand_at[k - 1]
        if c is None or c.kind == "pron" or not usable_subject(c, toks):
            break
        group.insert(0, c)
        k = c.i - 1
    return group


def right_arguments(clause: Clause, j: int, prep_only: bool) -> list[Cand]:
    """The object: the first entity right of token ``j`` and its coordinated partners."""
    toks = clause.toks
    k = j
    found: Cand | None = None
    while k < len(toks) and k - j < MAX_RIGHT:
        if toks[k].low in RIGHT_STOP and k > j:
            break
        c = clause.cand_at[k]
        if c is not None and c.i == k:
            before = toks[k - 1].low if k > j else ""
            if before in NOT_OBJECT_BEFORE or (prep_only and before not in OBJECT_PREPS):
                k = c.j
                continue
            found = c
            break
        k += 1
    if found is None:
        return []
    group, seps = [found], []
    k = found.j
    while k + 1 < len(toks) and toks[k].low in COORD:
        c = clause.cand_at[k + 1]
        if c is None or c.i != k + 1:
            break
        group.append(c)
        seps.append(toks[k].low)
        k = c.j
    while seps and seps[-1] == ",":  # a list is closed by "dan"/"serta"
        seps.pop()
        group.pop()
    return group


def after_oleh(clause: Clause, j: int) -> list[Cand]:
    toks = clause.toks
    for k in range(j, min(len(toks), j + MAX_RIGHT)):
        if toks[k].low in HARD_STOP:
            break
        if toks[k].low == "oleh":
            return right_arguments(clause, k + 1, prep_only=False)
    return []


def find_arguments(
    state: State,
    clause: Clause,
    i: int,
    j: int,
    entry: Entry,
    quote: tuple[int, int] | None,
    i_arg: int,
) -> Args | None:
    toks, a = clause.toks, entry.args
    head_end = j if "nobj" in a else i + 1
    subject_carried = False
    if entry.voice == "nom":
        after = clause.cand_at[j] if j < len(toks) else None
        if "sym" in a or (after is not None and after.i == j and after.label != "LOC"):
            actors = right_arguments(clause, j, prep_only=False)
        else:
            actors = after_oleh(clause, j)
        objects = [c for c in right_arguments(clause, j, prep_only=True) if c not in actors]
        subject: list[Cand] = []
    elif entry.voice == "pas":
        subject = left_arguments(clause, i_arg, quote, state.lex.cue("nonactor"))
        agent = clause.cand_at[j] if j < len(toks) else None
        actors = (
            right_arguments(clause, j, prep_only=False)
            if agent is not None and agent.i == j and agent.label != "LOC"
            else after_oleh(clause, j)
        )
        objects = subject
    else:
        subject = left_arguments(clause, i_arg, quote, state.lex.cue("nonactor"))
        actors = subject
        objects = right_arguments(clause, head_end, prep_only="nobj" in a)
        if "host" in a:
            actors, objects = objects, subject
    actor_refs = resolve(state, clause, actors, quote)
    if not actor_refs and entry.voice != "nom" and not actors:
        carried = carry_subject(state, clause, i, quote)
        if carried:
            actor_refs, subject_carried = carried, True
            if entry.voice == "pas":
                actor_refs = []
                objects_refs_pre = carried
            else:
                objects_refs_pre = []
        else:
            objects_refs_pre = []
    else:
        objects_refs_pre = []
    objects = [c for c in objects if c.kind != "cap0"]
    recipient_refs = objects_refs_pre or resolve(state, clause, objects, quote)
    if entry.voice == "pas" and subject_carried:
        recipient_refs = objects_refs_pre
    if entry.event not in LOC_RECIPIENT:
        recipient_refs = [r for r in recipient_refs if r.type != "location"]
    if "sym" in a:
        actor_refs = unique(actor_refs + recipient_refs)
        recipient_refs = []
    actor_refs = unique(actor_refs)
    recipient_refs = [r for r in unique(recipient_refs) if r.entity_name not in names(actor_refs)]
    if not actor_refs:
        return None
    if "two" in a and len(actor_refs) + len(recipient_refs) < 2:
        return None
    needs_recipient = "rcp" in a or (entry.event in REQUIRES_RECIPIENT and "sym" not in a)
    if "rcpw" in a and not any(strong(r) for r in actor_refs):
        needs_recipient = True
    if needs_recipient and not recipient_refs:
        return None
    kinds = [c.kind for c in actors] or (["carried"] if subject_carried else [])
    if "strict" in a and kinds and all(k in ("cap", "cap0") for k in kinds):
        return None
    strength = {"mention": 1.0, "pron": 0.8, "pair": 0.8, "noun": 0.7, "carried": 0.55,
                "cap": 0.45, "cap0": 0.3}.get(kinds[0] if kinds else "carried", 0.5)  # fmt: skip
    if recipient_refs:
        strength = min(1.0, strength + 0.1)
    how = f"actor={'+'.join(kinds) or 'carried'}"
    if subject_carried:
        how += " carried from previous sentence"
    return Args(actor_refs, recipient_refs, strength, how)


def strong(ref: EntityRef) -> bool:
    """A named, state or armed actor: enough to code a violent act with no named target."""
    if ref.actor_id or ref.type in ("country", "person"):
        return True
    return ref.sector in STRONG_SECTORS or (ref.type == "organization" and ref.sector is None)


def unique(refs: list[EntityRef]) -> list[EntityRef]:
    seen: set[str] = set()
    out = []
    for r in refs:
        if r.entity_name not in seen:
            seen.add(r.entity_name)
            out.append(r)
    return out


def carry_subject(
    state: State, clause: Clause, i: int, quote: tuple[int, int] | None
) -> list[EntityRef]:
    """The previous sentence's subject, when this clause starts with its verb."""
    start = clause_start(clause, i, quote, commas=True)
    lex = state.lex
    skip = lex.cue("adverb") | lex.cue("neg") | lex.cue("future") | lex.cue("modal")
    skip |= {"dan", "serta", "lalu", ",", "-", "–", "ia", "dia"}
    if any(t.low not in skip for t in clause.toks[start:i]):
        return []
    if start > 0:  # "Setelah bertemu X, Y mengatakan ...": the main-clause subject
        return []
    return list(state.last_subject)


def resolve(
    state: State, clause: Clause, cands: list[Cand], quote: tuple[int, int] | None
) -> list[EntityRef]:
    out: list[EntityRef] = []
    for c in cands:
        if c.kind == "pron":
            out.extend(resolve_pronoun(state, clause, c, quote))
        elif c.kind == "pair":
            out.extend(resolve_pair(state, c))
        else:
            out.append(ref_of(state, c))
    return out


def ref_of(state: State, c: Cand) -> EntityRef:
    m = c.mention
    if m is not None:
        head = state.by_cluster.get(m.cluster) if m.cluster is not None else None
        name = m.name or (head.name or head.text if head is not None else None) or m.text
        return EntityRef(
            actor_id=m.actor_id or (head.actor_id if head is not None else None),
            entity_text=m.text,
            entity_name=name,
            type=TYPE_OF_LABEL.get(m.label, "unknown"),
            country=m.country or (head.country if head is not None else None),
            sector=m.sector or (head.sector if head is not None else None),
            office=m.office or (head.office if head is not None else None),
            start=m.start,
            end=m.end,
        )
    etype, country = c.etype, c.country
    if c.kind in ("cap", "cap0"):
        lexicons: PlaceLookup | None = getattr(state.ctx, "lexicons", None)
        code = lexicons.country_of(c.text) if lexicons is not None else None
        if code:
            etype, country = "country", code
    return EntityRef(None, c.text, c.text, etype, country, c.sector, None, c.start, c.end)


def resolve_pronoun(
    state: State, clause: Clause, c: Cand, quote: tuple[int, int] | None
) -> list[EntityRef]:
    m = c.mention
    if m is not None and (m.cluster is not None or m.name):
        head = state.by_cluster.get(m.cluster) if m.cluster is not None else None
        if head is not None or m.name:
            ref = ref_of(state, c)
            ref.entity_text = m.text
            return [ref]
    low = c.text.lower()
    if low in PRONOUNS_SPEAKER:
        return quote_speaker(state, clause, quote) if quote is not None else []
    if low in PRONOUNS_PL:
        return list(state.last_plural or state.last_subject)
    persons = [r for r in state.last_subject if r.type == "person"]
    if persons:
        return persons[:1]
    persons = [r for r in reversed(state.recent) if r.type == "person"]
    return persons[:1]


def resolve_pair(state: State, c: Cand) -> list[EntityRef]:
    if len(state.last_plural) >= 2:
        return state.last_plural[:2]
    low = c.text.lower()
    want = (
        "country"
        if "negara" in low
        else "person"
        if any(w in low for w in ("tokoh", "pemimpin", "menteri", "kepala"))
        else None
    )
    if want is None and sum(1 for r in state.recent if r.type == "person") >= 2:
        want = "person"  # "keduanya" most often means two people
    out: list[EntityRef] = []
    for r in reversed(state.recent):
        if (want is None or r.type == want) and r.entity_name not in names(out):
            out.append(r)
        if len(out) == 2:
            break
    return list(reversed(out)) if len(out) == 2 else []


# ------------------------------------------------------------------ modality, reporters


def modality(lex: Lexicon, clause: Clause, i: int) -> tuple[bool, bool, bool]:
    """(negated, future, hypothetical) from the cues just before token ``i``."""
    toks = clause.toks
    start = clause_start(clause, i, None, commas=True)
    neg, fut, modal, cond = lex.cue("neg"), lex.cue("future"), lex.cue("modal"), lex.cue("cond")
    negated = future = hypothetical = False
    for k in range(max(start, i - 5), i):
        low = toks[k].low
        if clause.cand_at[k] is not None and clause.cand_at[k].kind != "pron":  # type: ignore[union-attr]
            negated = future = hypothetical = False  # cues before the subject belong elsewhere
            continue
        negated |= low in neg
        future |= low in fut
        hypothetical |= low in modal
    hypothetical |= any(t.low in cond for t in toks[start:i])
    for tok in toks[i + 1 :]:  # "akan menyerang Rafah jika perundingan gagal"
        if tok.low in HARD_STOP or tok.low == ",":
            break
        if tok.low in cond:
            hypothetical = True
            break
    return negated, future, hypothetical


def quote_speaker(state: State, clause: Clause, quote: tuple[int, int] | None) -> list[EntityRef]:
    if quote is None:
        return []
    text = state.article.text
    after = text[quote[1] : quote[1] + 80]
    m = re.match(r"\s*,?\s*(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|imbuh|tambah)\w*\s+", after)
    if m:
        pos = quote[1] + m.end()
        for c in clause.cands:
            if c.start >= pos - 1 and c.kind != "pair":
                if c.start > pos + 2:
                    break
                return resolve(state, clause, [c], None)
        for x in [x for x in state.article.mentions if pos - 1 <= x.start <= pos + 2]:
            return [ref_of(state, Cand(0, 0, x.start, x.end, x.text, "mention", x.label, x))]
    before = [c for c in clause.cands if c.end <= quote[0] and c.kind != "pair"]
    speech = state.lex.cue("speech")
    if before and any(t.low in speech for t in clause.toks if before[-1].end <= t.start < quote[0]):
        subject = [c for c in before if usable_subject(c, clause.toks)]
        if subject:
            return resolve(state, clause, subject[:1], None)
    return []


def reported_by(
    state: State,
    clause: Clause,
    i: int,
    args: Args,
    quote: tuple[int, int] | None,
    following: Clause | None,
) -> list[EntityRef]:
    lex, toks = state.lex, clause.toks
    lows = [t.low for t in toks]
    starts = lex.phrase_starts("report")
    out: list[EntityRef] = []
    for k in range(len(toks)):
        n = match_phrase(lows, k, starts)
        if not n:
            continue
        side = lex.report_side.get(tuple(lows[k : k + n]), "after")
        if side == "after":
            found = right_arguments(clause, k + n, prep_only=False)[:1]
            if not found and k + n < len(toks) and lows[k + n] in ("laporan", "sumber", "media"):
                found = right_arguments(clause, k + n + 1, prep_only=False)[:1]
        else:
            found = [c for c in clause.cands if c.j <= k and k - c.j <= 1][-1:]
        out.extend(resolve(state, clause, found, None))
    speech = lex.cue("speech")
    for k in range(i - 1, -1, -1):
        if lows[k] in speech:
            found = left_arguments(clause, k, None)
            out.extend(resolve(state, clause, found, None))
            break
    if quote is not None:
        out.extend(quote_speaker(state, clause, quote))
    if following is not None and len(following.toks) <= 5:
        lows_next = [t.low for t in following.toks]
        if any(w in ("melaporkan", "memberitakan", "melansir") for w in lows_next):
            out.extend(resolve(state, following, following.cands[:1], None))
    actors = names(args.actor)
    return [r for r in unique(out) if r.entity_name not in actors]


def sentence_contexts(lex: Lexicon, clause: Clause) -> set[str]:
    lows = [t.low for t in clause.toks]
    out = set()
    for k in range(len(lows)):
        if lows[k] not in lex.context_first:
            continue
        for n in range(min(lex.max_context_len, len(lows) - k), 0, -1):
            hit = lex.contexts.get(tuple(lows[k : k + n]))
            if hit:
                out.add(hit)
                break
    return out


# ------------------------------------------------------------------ place and date


def event_place(state: State, clause: Clause, i: int, j: int, entry: Entry) -> Place | None:
    toks = clause.toks
    spots: list[tuple[int, Cand]] = []
    for k, tok in enumerate(toks[:-1]):
        if tok.low not in ("di", "ke") or (tok.low == "ke" and "visit" not in entry.args):
            continue
        n = k + 1
        while n < len(toks) and toks[n].low in PLACE_NOUNS and n - k <= 2:
            n += 1
        c = clause.cand_at[n] if n < len(toks) else None
        if c is None or c.i != n or c.label in PERSONAL or c.kind in ("pron", "pair"):
            continue
        if c.kind == "noun" and not c.label:
            continue
        spots.append((k, c))
    if not spots:
        return None
    after = [s for s in spots if s[0] >= i]
    k, first = (after or spots[-1:])[0]
    chain = [first]
    for k2, c2 in spots:
        if k2 == chain[-1].j:
            chain.append(c2)
    text = state.article.text
    start = toks[k + 1].start
    end = chain[-1].end
    extracted = text[start:end]
    lexicons: PlaceLookup | None = getattr(state.ctx, "lexicons", None)
    resolved, code = None, None
    if lexicons is not None:
        for c in reversed(chain):
            found = lexicons.lookup_place(c.mention.name or c.text if c.mention else c.text)
            if found is not None:
                resolved = getattr(found, "canonical", None)
                code = getattr(found, "country_code", None)
                break
    if code is None:
        code = next((c.country for c in reversed(chain) if c.country), None)
    return Place(extracted, resolved, code, start, end)


def times_in(article: Article, sent: Sentence) -> list[TimeExpression]:
    return [t for t in article.times if sent.start <= t.start < sent.end and t.value]


def anaphoric(lex: Lexicon, clause: Clause, event_type: str) -> bool:
    lows = [t.low for t in clause.toks]
    for k in range(len(lows)):
        for n in (2, 1):
            if lex.anaphors.get(tuple(lows[k : k + n])) == event_type and any(
                w in ("itu", "tersebut", "ini") for w in lows[k + n : k + n + 12]
            ):
                return True
    return False


def event_date(
    state: State,
    clause: Clause,
    i: int,
    event_type: str,
    previous: Clause | None,
    following: Clause | None,
) -> tuple[str | None, Precision, str]:
    article = state.article
    here = times_in(article, clause.sent)
    if here:
        pos = clause.toks[i].start
        best = min(here, key=lambda t: abs(t.start - pos))
        return best.value, best.precision, "same-sentence"
    if previous is not None and anaphoric(state.lex, clause, event_type):
        there = times_in(article, previous.sent)
        if there:
            return there[-1].value, there[-1].precision, "previous-sentence"
    if following is not None and anaphoric(state.lex, following, event_type):
        there = times_in(article, following.sent)
        if there:
            return there[0].value, there[0].precision, "next-sentence"
    if article.published:
        if article.published_precision == "day":
            return article.published[:7], "month", "publication-month"
        if article.published_precision == "month":
            return article.published[:4], "year", "publication-year"
    return None, "unknown", "none"


# ------------------------------------------------------------------ article memory


def remember(state: State, clause: Clause, events: list[Event]) -> None:
    """Update the recency lists used for pronouns, "kedua tokoh" and carried subjects."""
    refs = [
        ref_of(state, c)
        for c in clause.cands
        if c.kind in ("mention", "noun", "cap", "cap0") and c.label != "LOC"
    ]
    state.recent.extend(refs)
    del state.recent[:-30]
    if events:
        state.last_subject = events[0].actor[:1] if len(events[0].actor) > 1 else events[0].actor
        plural = [e.actor for e in events if len(e.actor) >= 2]
        if plural:
            state.last_plural = plural[0]
            state.last_subject = plural[0]
        return
    subject = [
        c for c in clause.cands
        if c.kind in ("mention", "noun") and usable_subject(c, clause.toks)
    ]  # fmt: skip
    if subject:
        state.last_subject = resolve(state, clause, subject[:1], None)


def flag_denials(new: list[tuple[int, Event, Entry]]) -> None:
    """Denied events: those a denial governs in its sentence, and the same claim elsewhere."""
    for index, denial, entry in new:
        if "deny" not in entry.args:
            continue
        trigger_end = denial.sources[0].trigger_end or 0
        inner = [
            e for k, e, _ in new
            if k == index and e is not denial and (e.sources[0].trigger_start or 0) >= trigger_end
        ]  # fmt: skip
        for e in inner:
            e.disputed = True
        claims = {(e.event, n) for e in inner for n in names(e.actor)}
        claims |= {(e.event, n) for e in inner for n in names(denial.actor)}
        for _, e, _ in new:
            if e is denial or e.event == "REJECT":
                continue
            if any((e.event, n) in claims for n in names(e.actor)):
                e.disputed = True
