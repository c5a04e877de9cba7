"""Numeric claims: counts of people killed, injured, taken hostage, displaced, arrested, missing.

``extract_claims(article, ctx)`` appends ``Claim`` records to ``article.claims``. A number
(see ``kabar.numbers``) becomes a claim only when it counts people and something says what
happened to them; money, percentages, dates, ages, scores and measures never do.

How a number is read (``Claim.rule`` says which path fired):
- ``pre``: a transitive verb right before it ("menewaskan sedikitnya 20 orang");
- ``post``: a state after the counted people ("3.500 orang telah tewas", "85 warga mengungsi");
- ``head``: a noun phrase tied to a later number ("jumlah korban tewas bertambah menjadi 268");
- ``subject``: the counted people say it themselves ("ribuan pengungsi", "240 sandera");
- ``breakdown``: a part of the claim before it ("…, termasuk 2.215 warga Palestina dan 1.400
  warga Israel"), which inherits its kind, date and source.
Qualifiers come from ``claim_qualifiers.tsv`` (a vague number without one is ``at_least``);
``since`` is the date after "sejak"; ``as_of`` is a date written in the sentence, else the
publication date; the source is "menurut X", "kata X", "data/catatan/laporan X", "dilaporkan
X", the speaker of a quote holding the number, or "X mengatakan/melaporkan …" before it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType

from kabar.context import Context
from kabar.dates import find_times
from kabar.model import Article, Claim, TimeExpression, TraceStep, stable_id
from kabar.numbers import NumberSpan, find_numbers, read_table, word_lists
from kabar.quote_candidates import (
    find_quote_candidates,
    lexicon,
    sentence_end,
    sentence_start,
    speaker_after,
    subject_before,
)
from kabar.quotes import Resolver

STAGE = "claims"
WINDOW_AFTER = 70  # characters after the people that may hold the state cue
WINDOW_HEAD = 110  # characters before the number that may hold a head noun phrase
BREAKDOWN = re.compile(
    r"(?<![\w-])(?:termasuk|di\s+antaranya|diantaranya|terdiri\s+(?:atas|dari)|"
    r"yakni|yaitu|antara\s+lain|meliputi)(?![\w-])",
    re.IGNORECASE,
)
LIST_JOIN = re.compile(r"^\s*(?:,|,?\s*(?:dan|serta)|,?\s*(?:termasuk|yakni|yaitu))?\s*$")
PURPOSE = re.compile(r"(?<![\w-])(?:untuk|agar|supaya|guna|akan|bisa|dapat|harus)(?![\w-])")
SEJAK = re.compile(r"(?<![\w-])[Ss]ejak(?![\w-])")
REPORTING = re.compile(
    r"(?<![\w-])(?:mengatakan|menyatakan|melaporkan|mencatat|menyebutkan|"
    r"menyebut|memperkirakan|mengumumkan|mengonfirmasi|mengkonfirmasi|"
    r"menginformasikan|merilis|membenarkan|menegaskan|memastikan|menjelaskan|"
    r"mengungkapkan|mengungkap|menuturkan|menyampaikan|mengklaim|"
    r"menerangkan|memaparkan)(?![\w-])"
)
SOURCE_NOUN = re.compile(
    r"(?<![\w-])(?:[Mm]enurut|[Bb]erdasarkan|data|catatan|laporan|"
    r"[Dd]ilaporkan|dilansir|mengutip|dikutip|[Kk]ata|ujar|ucap|tutur)"
    r"(?:\s+(?:dari|resmi|data|catatan|laporan)){0,2}\s+"
)
# A sentence that only names the source of the figures around it: "Data itu berdasarkan X."
DATA_SOURCE = re.compile(
    r"(?:Data|Angka|Informasi|Catatan)\s+(?:itu|tersebut|ini)\s+"
    r"(?:berdasarkan|bersumber\s+dari|berasal\s+dari|dari|menurut)\s+"
)
CLAIM_WORDS = MappingProxyType(word_lists("claim_words.tsv"))
"""Closed-class words of the claim rules by kind (``data/claim_words.tsv``), read once."""
# A bare or pointing institution noun stands for the organisation named before it.
POINTING = re.compile(r"^(?P<noun>[A-Za-z]+)(?:\s+(?:itu|tersebut|ini))?$")
INSTITUTION = CLAIM_WORDS["institution"]
# Where "menurut X" ends: before a verb or a number of the reported clause.
SOURCE_END = re.compile(r"\s+(?:(?:me|ber|di)[a-z]{3,}|\d|yang\s)")
# The counted people are only ordered or urged to move: affected, not (yet) displaced.
HEAD_LINK = re.compile(
    r"(?:bertambah|naik|meningkat|mencapai|menjadi|telah|sudah|kini|sebanyak|"
    r"berjumlah|tercatat|melampaui|melebihi)\s*$"
)
HEAD_GAP_START = re.compile(r"^\s*(?:akibat|karena|dalam|di|sejak|pada|dari|selama|yang)\s")
DYNAMIC_HEAD = (
    r"(?<![\w-])[Jj]umlah\s+(?:[\w-]+\s+){{0,3}}?yang\s+(?:telah\s+|sudah\s+)?"
    r"(?P<cue>{cues}){w}"
)
WINDOW_LONG_HEAD = 220  # a head noun phrase with a modifier before its linking verb
BACKREF = re.compile(r"\byang\s+(?:telah|sudah|sebelumnya)\b")
LINK = re.compile(
    r"(?:mencapai|menjadi|sebanyak|berjumlah|tercatat|ada|yakni|yaitu|total|sejumlah|"
    r"hingga|sekitar|setidaknya|sedikitnya|lebih\s+dari|hampir|kini|tersebut|itu|"
    r"bertambah|naik|meningkat|sudah|telah|:)\s*$"
)
FOLLOW_OK = CLAIM_WORDS["follow"]
ACTIVE_VERB = re.compile(r"^(?:me|ber)[a-z]{3,}$")
ACTIVE_OK = CLAIM_WORDS["activeverb"]
MORE_OF = CLAIM_WORDS["moreof"]
"""Words after a number that count more of a group already counted ("5 lainnya", "3 lagi")."""
ANY_PEOPLE = CLAIM_WORDS["anypeople"]
"""Subject nouns that say only that people were counted ("orang", "korban"), not which."""


@dataclass(frozen=True)
class ClaimLexicon:
    kinds: dict[tuple[str, str], str]  # (cue, position) -> kind
    post: re.Pattern[str]
    pre: re.Pattern[str]
    head: re.Pattern[str]
    dynamic_head: re.Pattern[str]
    qualifier: re.Pattern[str]
    qualifiers: dict[str, str]
    subject: re.Pattern[str]
    groups: dict[str, str]
    country: re.Pattern[str]
    countries: dict[str, str]
    after_units: frozenset[str]
    before_units: frozenset[str]


def _alt(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def claim_lexicon() -> ClaimLexicon:
    kinds = {(r[0].lower(), r[2]): r[1] for r in read_table("claim_kinds.tsv")}
    by_pos: dict[str, list[str]] = {"post": [], "pre": [], "head": []}
    for cue, pos in kinds:
        by_pos[pos].append(cue)
    quals = {r[0].lower(): r[1] for r in read_table("claim_qualifiers.tsv")}
    groups = {r[0]: r[1] for r in read_table("claim_subjects.tsv")}
    countries = {r[0]: r[1] for r in read_table("claim_countries.tsv")}
    units = read_table("claim_units.tsv")
    w = r"(?![\w-])"
    return ClaimLexicon(
        kinds=kinds,
        post=re.compile(rf"(?<![\w-])(?:{_alt(by_pos['post'])}){w}", re.IGNORECASE),
        pre=re.compile(
            rf"(?<![\w-])(?P<cue>{_alt(by_pos['pre'])})\s+(?:(?:{_alt(list(quals))})"
            r"\s+)?(?:(?:sebanyak|total|sejumlah)\s+)?$",
            re.IGNORECASE,
        ),
        head=re.compile(rf"(?<![\w-])(?:{_alt(by_pos['head'])}){w}", re.IGNORECASE),
        dynamic_head=re.compile(DYNAMIC_HEAD.format(cues=_alt(by_pos["post"]), w=w)),
        qualifier=re.compile(
            rf"(?<![\w-])(?:{_alt(list(quals))})\s*(?:sebanyak\s+)?$", re.IGNORECASE
        ),
        qualifiers=quals,
        subject=re.compile(rf"\s+(?:{_alt(list(groups))}){w}"),
        groups=groups,
        country=re.compile(rf"\s+(?:{_alt(list(countries))}){w}"),
        countries=countries,
        after_units=frozenset(r[0].lower() for r in units if r[1] == "after"),
        before_units=frozenset(r[0].lower() for r in units if r[1] == "before"),
    )


@dataclass
class Found:
    """A claim being built: the number, what happened, to whom, and the evidence span."""

    number: NumberSpan
    kind: str
    rule: str
    start: int
    end: int
    subject: str | None
    country: str | None
    qualifier: str
    sentence: tuple[int, int]
    since: str | None = None
    as_of: str | None = None
    source: tuple[str | None, str | None] = (None, None)


# ---------------------------------------------------------------- reading one number


def word_before(text: str, pos: int) -> str:
    m = re.search(r"(\S+)\s*$", text[max(0, pos - 24) : pos])
    return m.group(1).lower().rstrip(".,:") if m else ""


def word_after(text: str, pos: int) -> str:
    m = re.match(r"\s*([^\s,.;:()]+)", text[pos : pos + 24])
    return m.group(1).lower() if m else ""


def not_people(text: str, span: NumberSpan, lex: ClaimLexicon) -> bool:
    """Money, percentages, dates, ages, scores and measures."""
    if span.value != int(span.value) or span.value < 1:
        return True
    nxt = text[span.end : span.end + 1]
    if nxt and nxt in "%-/":
        return True
    if nxt == ")" and text[span.start - 1 : span.start] == "(":
        return True  # "Colleen Hoffman (69)": an age
    before = word_before(text, span.start)
    if before in lex.before_units or before.startswith(("rp", "us$", "$")):
        return True
    return word_after(text, span.end) in lex.after_units


def read_subject(text: str, pos: int, lex: ClaimLexicon) -> tuple[int, str | None, str | None]:
    """The counted people after a number: (end, subject text, country code)."""
    m = lex.subject.match(text, pos)
    if not m:
        return pos, None, None
    end = m.end()
    if m.group().strip() == "orang":
        second = lex.subject.match(text, end)
        if second and second.group().strip() not in MORE_OF:
            end = second.end()
    country = None
    for _ in range(2):
        c = lex.country.match(text, end)
        if c:
            country = country or lex.countries[re.sub(r"\s+", " ", c.group().strip())]
            end = c.end()
            continue
        mod = re.match(r"\s+(?:sipil|asing|lainnya|lagi|dewasa)(?![\w-])", text[end : end + 12])
        if not mod:
            break
        end += mod.end()
    return end, re.sub(r"\s+", " ", text[m.start() : end].strip()), country


def post_cue(
    text: str, pos: int, limit: int, lex: ClaimLexicon
) -> tuple[re.Match[str] | None, bool]:
    """A state cue after the people, with no active verb of another clause in between, and
    whether a purpose word stands before it ("… 1 juta warga untuk mengungsi": not yet done)."""
    m = lex.post.search(text, pos, limit)
    if m is None:
        return None, False
    ordered = PURPOSE.search(text, pos, m.start()) is not None
    for word in re.findall(r"[A-Za-z-]+", text[pos : m.start()]):
        low = word.lower()
        if ACTIVE_VERB.match(low) and low not in ACTIVE_OK:
            return None, False
    return m, ordered


def linked(gap: str, lex: ClaimLexicon) -> bool:
    """Is a head noun phrase tied to the number by a linking verb, within one clause?"""
    if len(gap) > 60 or re.search(r"[,.;\"“”()]", gap):
        return False
    gap = lex.qualifier.sub("", gap)
    return not gap.strip() or bool(LINK.search(gap))


def kind_of(lex: ClaimLexicon, cue: str, position: str) -> str:
    return lex.kinds.get((re.sub(r"\s+", " ", cue.lower()), position), "other")


def long_head(
    text: str, span: NumberSpan, sent: tuple[int, int], lex: ClaimLexicon
) -> tuple[str, int] | None:
    """A head noun phrase with a modifier before its linking verb: "jumlah korban tewas akibat
    ledakan … bertambah menjadi 12", "jumlah warga yang gugur sejak 7 Oktober telah melampaui
    40.000". Returns (kind, start of the head)."""
    lo = max(sent[0], span.start - WINDOW_LONG_HEAD)
    window = text[lo : span.start]
    best: tuple[str, int] | None = None
    for m in (*lex.head.finditer(window), *lex.dynamic_head.finditer(window)):
        gap = window[m.end() :]
        if len(gap) > 160 or re.search(r"[.,;:\"“”()]", gap) or not HEAD_GAP_START.match(gap):
            continue
        if not HEAD_LINK.search(lex.qualifier.sub("", gap)):
            continue
        if any(lex.subject.match(gap, n.end) for n in find_numbers(gap)):
            continue  # another count of people stands between
        cue = m.groupdict().get("cue")
        kind = kind_of(lex, cue, "post") if cue else kind_of(lex, m.group(), "head")
        if best is None or lo + m.start() > best[1]:
            best = (kind, lo + m.start())
    return best


def head_subject(
    text: str, start: int, stop: int, lex: ClaimLexicon
) -> tuple[str | None, str | None] | None:
    """The people named inside a head noun phrase ("jumlah warga Palestina yang gugur"), when
    they say more than "orang" or "korban"."""
    for m in re.finditer(r"\s(?=\S)", text[start:stop]):
        end, subject, country = read_subject(text, start + m.start(), lex)
        if subject and end <= stop and subject.split()[0] not in ANY_PEOPLE:
            return subject, country
    return None


def read_number(
    text: str, span: NumberSpan, sent: tuple[int, int], floor: int, limit: int, lex: ClaimLexicon
) -> Found | None:
    """Make a claim of one number, or None. ``floor``: end of the previous number in the
    sentence; ``limit``: start of the next one."""
    if not_people(text, span, lex):
        return None
    subj_end, subject, country = read_subject(text, span.end, lex)
    if subject is None and span.text.lower() == "seorang":
        subject = "orang"  # "seorang pemimpin senior … terbunuh": the people are built in
    start, end = span.start, subj_end
    before = text[max(floor, span.start - 40) : span.start]
    kind = rule = None
    pre = lex.pre.search(before)
    if pre:
        kind = kind_of(lex, pre.group("cue"), "pre")
        rule, start = "pre", span.start - len(before) + pre.start()
    if kind is None:
        gap = text[subj_end:limit]
        if limit < sent[1] and re.match(r"\s*,\s*(?:termasuk|di\s+antaranya)\s*$", gap):
            limit = sent[1]  # "13 orang, termasuk tiga anak-anak, tewas"
        post, ordered = post_cue(text, subj_end, min(limit, sent[1], subj_end + WINDOW_AFTER), lex)
        if post is not None and ordered:
            # "memerintahkan 1 juta warga untuk mengungsi": not (yet) displaced, but affected
            if subject and kind_of(lex, post.group(), "post") == "displaced":
                kind, rule = "other", "ordered"
            post = None
        if post is None and subject and kind is None:
            # the people are the cue: "5 korban jiwa", "pengungsi"
            post = lex.post.match(
                text, span.end + len(text[span.end :]) - len(text[span.end :].lstrip())
            )
            post = post if post and post.end() <= subj_end + 6 else None
        if post and (subject or post.start() - span.end <= 2):
            kind, rule, end = kind_of(lex, post.group(), "post"), "post", post.end()
    if kind is None and subject:
        group = lex.groups.get(subject.split()[0], "")
        implied = {
            "refugees": "displaced",
            "hostages": "hostages",
            "protesters": "other",
            "suspects": "other",
        }
        if group in implied:
            kind, rule = implied[group], "subject"
    if kind is None and (subject is None or subject.split()[0] in ANY_PEOPLE):
        head_window = text[max(floor, sent[0], span.start - WINDOW_HEAD) : span.start]
        heads = [h for h in lex.head.finditer(head_window) if linked(head_window[h.end() :], lex)]
        if heads:
            kind, rule = kind_of(lex, heads[-1].group(), "head"), "head"
            start = span.start - len(head_window) + heads[-1].start()
        else:
            found_head = long_head(text, span, sent, lex)
            if found_head:
                (kind, start), rule = found_head, "head"
        if rule == "head":
            subject, country = head_subject(text, start, span.start, lex) or (subject, country)
    if kind is None:
        if subject is None:
            return None
        kind, rule = "", "breakdown?"  # settled by the claim before it, or dropped
    if subject is None and rule != "post":
        follow = word_after(text, span.end)
        if follow[:1].isalpha() and follow not in FOLLOW_OK:
            return None  # "mengamankan 10.000 botol": not people
    qual = lex.qualifier.search(text, max(sent[0], span.start - 30), span.start)
    qualifier = "exactly"
    if qual:
        phrase = re.sub(r"\s+", " ", re.sub(r"\s*sebanyak\s*$", "", qual.group().strip()).lower())
        qualifier = lex.qualifiers.get(phrase, "exactly")
        start = min(start, qual.start())
    elif re.match(r"\s+lebih(?![\w-])", text[subj_end : subj_end + 8]):
        qualifier = "more_than"  # "100 orang lebih"
    elif span.vague:
        qualifier = "at_least"
    return Found(span, kind, rule or "", start, end, subject, country, qualifier, sent)


# ---------------------------------------------------------------- dates and sources


def since_date(
    text: str, found: Found, times: list[TimeExpression], reference: date | None
) -> tuple[str | None, tuple[int, int] | None]:
    """The date after "sejak" near the claim ("… tewas sejak pecahnya konflik pada 7 Oktober")."""
    sent = found.sentence
    m = SEJAK.search(text, max(sent[0], found.start - 80), min(sent[1], found.end + 80))
    if not m:
        return None, None
    for t in times:
        if m.end() <= t.start <= m.end() + 60 and t.end <= sent[1] and t.value:
            return t.value, (t.start, t.end)
    for t in find_times(text[m.end() : min(sent[1], m.end() + 60)], reference):
        if t.value:
            return t.value, (m.end() + t.start, m.end() + t.end)
    return None, None


def as_of_date(
    sent: tuple[int, int],
    times: list[TimeExpression],
    skip: tuple[int, int] | None,
    published: str | None,
) -> str | None:
    for t in times:
        if sent[0] <= t.start < sent[1] and t.value and (skip is None or t.start != skip[0]):
            return t.value
    return published[:10] if published else None


QuoteSpan = tuple[int, int, str | None, str | None]  # start, end, speaker text, speaker actor


def source_of(
    text: str, found: Found, resolver: Resolver, quotes: list[QuoteSpan]
) -> tuple[str | None, str | None]:
    """Who the sentence credits for the number: (text, actor id)."""
    lex = lexicon()
    sent = found.sentence
    spans: list[tuple[int, int]] = []
    for m in SOURCE_NOUN.finditer(text, sent[0], sent[1]):
        word = m.group().split()[0].lower()
        if word == "menurut":
            who = re.match(r"[^,;:\n]+", text[m.end() : sent[1]])
            if who:
                cut = SOURCE_END.search(who.group())
                phrase = who.group()[: cut.start()] if cut else who.group()
                phrase = re.sub(r"[.\s]+$", "", phrase)
                if phrase and len(phrase.split()) <= 12:
                    spans.append((m.end(), m.end() + len(phrase)))
            continue
        if word in ("kata", "ujar", "ucap", "tutur") and not re.search(
            r",\s*$", text[max(sent[0], m.start() - 3) : m.start()]
        ):
            continue
        span = speaker_after(text, m.end(), lex)
        if span:
            spans.append(span)
    if spans:
        after = [s for s in spans if s[0] >= found.end]
        s, e = after[0] if after else spans[-1]
        mention = resolver.covering(s, e)
        return text[s:e], (resolver.actor_of(mention) if mention else None)
    for qs, qe, speaker, actor in quotes:
        if qs <= found.number.start < qe and speaker:
            return speaker, actor
    for verb in REPORTING.finditer(text, sent[0], found.number.start):
        span = subject_before(text, verb.start(), lex) or lead_subject(text, sent[0], verb.start())
        if span:
            mention = resolver.covering(*span)
            return text[span[0] : span[1]], (resolver.actor_of(mention) if mention else None)
    return None, None


_CAP = r"(?:[A-Z][\w.&'-]*|\([A-Z][\w.&-]*\))"
LEAD = re.compile(
    rf"(?:[^\n]{{0,40}}?\s[-–—]+\s+)?(?P<np>[A-Z][\w.&'-]*"
    rf"(?:\s+(?:(?:di|untuk|dan)\s+)?{_CAP}){{0,7}})"
)
WEEKDAY = re.compile(r"\s+(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)$")


def lead_subject(text: str, start: int, verb: int) -> tuple[int, int] | None:
    """The capitalised name opening the sentence (after a dateline) when only adverbials of
    time stand between it and the reporting verb: "Kementerian Pertahanan AS pada Selasa
    (22/11/2016), membenarkan …"."""
    m = LEAD.match(text, start, verb)
    if not m:
        return None
    np_end = m.start("np") + len(WEEKDAY.sub("", m.group("np")))
    rest = text[np_end:verb]
    if re.search(r"(?<![\w-])(?:me|ber|di|ter)[a-z]{3,}|[.;\"“”]", rest):
        return None
    if not re.fullmatch(
        r"[\s,]*(?:(?:pada|hari|sejak|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|"
        r"lalu|kemarin|ini|juga|\(?[\d/.]+\)?|[A-Z][a-z]+)[\s,]*)*",
        rest,
    ):
        return None
    return m.start("np"), np_end


def pointed_source(
    text: str, source: tuple[str | None, str | None], resolver: Resolver, before: int
) -> tuple[str | None, str | None]:
    """ "kementerian itu", "Kementerian": the organisation last named with that noun."""
    who, actor = source
    m = POINTING.match(who or "")
    if m is None or m.group("noun").lower() not in INSTITUTION:
        return source
    noun = m.group("noun").lower()
    for mention in reversed(resolver.mentions):
        if (
            mention.end <= before
            and mention.label == "ORG"
            and (mention.text.lower().startswith(noun + " "))
        ):
            return mention.name or mention.text, resolver.actor_of(mention) or actor
    return source


def data_source(
    text: str, sent: tuple[int, int], resolver: Resolver
) -> tuple[str | None, str | None]:
    """The source named by the sentence right before ``sent`` when it only says where the
    figures come from: "Data itu berdasarkan BPBD DKI Jakarta."."""
    start = sentence_start(text, max(0, sent[0] - 2))
    m = DATA_SOURCE.match(text, start, sent[0])
    if m is None:
        return None, None
    end = sentence_end(text, m.end())
    if end <= m.end() or end > sent[0] or len(text[m.end() : end].split()) > 12:
        return None, None
    mention = resolver.covering(m.end(), end)
    return text[m.end() : end], (resolver.actor_of(mention) if mention else None)


# ---------------------------------------------------------------- stage


def inherited_source(
    text: str, found: Found, previous: Found | None
) -> tuple[str | None, str | None] | None:
    """A figure with no source of its own continues the claim before it when that one is in
    the same sentence or the one right before ("… kata X. Sekitar 250 orang lainnya …",
    "Selain itu, 151 orang masih hilang")."""
    if previous is None or not previous.source[0]:
        return None
    if previous.sentence == found.sentence or (
        previous.sentence[1] <= found.sentence[0]
        and not re.search(r"\w", text[previous.sentence[1] : found.sentence[0]])
    ):
        return previous.source
    return None


def fuller_source(
    source: tuple[str | None, str | None], seen: list[tuple[str | None, str | None]]
) -> tuple[str | None, str | None]:
    """A short form of a source named fully before ("Kementerian Kesehatan" after "Kementerian
    Kesehatan di Jalur Gaza") takes the full form, so one source gives one series."""
    who = (source[0] or "").lower()
    for text, actor in seen:
        if who and text and text.lower().startswith(who + " "):
            return text, source[1] or actor
    return source


def merge_repeats(text: str, found: list[Found]) -> list[Found]:
    """One figure told twice is one claim. A later claim with the same kind, values and
    qualifier as an earlier one, and no other source, is dropped when it follows within two
    sentences, points back to it ("tiga orang yang telah diamankan"), or only names the same
    group again ("… lima tersangka"); the attributed telling is kept."""
    out: list[Found] = []
    for f in found:
        same = next(
            (
                o
                for o in out
                if o.kind == f.kind
                and o.number.value == f.number.value
                and o.number.value_max == f.number.value_max
                and o.qualifier == f.qualifier
                and (not o.source[0] or not f.source[0] or o.source[0] == f.source[0])
            ),
            None,
        )
        if same is None:
            out.append(f)
            continue
        near = (
            same.sentence != f.sentence
            and len(re.findall(r"[.!?](?:\s|$)", text[same.sentence[1] : f.sentence[0]])) <= 1
        )
        renamed = f.rule == "subject" and f.subject == same.subject
        if not (near or renamed or BACKREF.search(text, f.start, f.end)):
            out.append(f)
        elif f.source[0] and not same.source[0]:
            out[out.index(same)] = f
    return out


def sentence_spans(article: Article) -> list[tuple[int, int]]:
    """The article's sentences when the nlp stage set them (else found per number)."""
    n = len(article.text)
    return sorted((s.start, s.end) for s in article.sentences if 0 <= s.start < s.end <= n)


def reference_of(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        return None


def find_claims(article: Article) -> list[Found]:
    text = article.text or ""
    lex = claim_lexicon()
    numbers = find_numbers(text)
    if not numbers:
        return []
    sents = sentence_spans(article)
    starts = [s for s, _ in sents]
    out: list[Found] = []
    for i, span in enumerate(numbers):
        if not_people(text, span, lex):
            continue
        sent = sentence_around(text, span, sents, starts)
        prev_end = numbers[i - 1].end if i and numbers[i - 1].end > sent[0] else sent[0]
        nxt = numbers[i + 1].start if i + 1 < len(numbers) else len(text)
        found = read_number(text, span, sent, prev_end, nxt, lex)
        if found is None:
            continue
        if found.rule == "breakdown?" or found.subject in MORE_OF:
            head = out[-1] if out and out[-1].sentence == sent else None
            if found.rule == "breakdown?":
                gap = text[head.end : span.start] if head else ""
                joined = head is not None and (
                    (head.rule == "breakdown" and LIST_JOIN.match(gap))
                    or (len(gap) <= 90 and BREAKDOWN.search(gap))
                )
                if head is None or not joined:
                    continue
                found.kind, found.rule = head.kind, "breakdown"
            if found.subject in MORE_OF and head is not None:
                found.subject, found.country = head.subject, head.country
        out.append(found)
    return out


def sentence_around(
    text: str, span: NumberSpan, sents: list[tuple[int, int]], starts: list[int]
) -> tuple[int, int]:
    """The sentence holding a number: from the article's sentences, else found around it."""
    k = bisect.bisect_right(starts, span.start) - 1
    if k >= 0 and span.start < sents[k][1]:
        return sents[k]
    if sents:
        return span.start, span.end
    end = sentence_end(text, span.end)
    while end < len(text) and text[end] in ".!?":
        end += 1
    return sentence_start(text, span.start), max(end, span.end)


def extract_claims(article: Article, ctx: Context) -> Article:
    """Append the article's numeric claims about people to ``article.claims``."""
    text = article.text or ""
    found = find_claims(article)
    if found:
        resolver = Resolver(article)
        quotes = [(q.start, q.end, q.speaker_text, q.speaker_actor_id) for q in article.quotes]
        if not article.quotes:
            quote_resolver = Resolver(article)
            for cand in find_quote_candidates(text):
                who, actor, _, _ = quote_resolver.resolve(cand)
                quotes.append((cand.start, cand.end, who, actor))
        reference = reference_of(article)
        times = sorted(article.times or find_times(text, reference), key=lambda t: t.start)
        published = (
            article.published
            if article.published_precision != "unknown"
            or (article.published and len(article.published) >= 10)
            else None
        )
        previous: Found | None = None
        seen: list[tuple[str | None, str | None]] = []
        for f in found:
            f.since, skip = since_date(text, f, times, reference)
            f.as_of = as_of_date(f.sentence, times, skip, published)
            f.source = pointed_source(text, source_of(text, f, resolver, quotes), resolver, f.start)
            if f.rule == "breakdown" and previous is not None:
                f.since = f.since or previous.since
            if not f.source[0]:
                f.source = inherited_source(text, f, previous) or data_source(
                    text, f.sentence, resolver
                )
            f.source = fuller_source(f.source, seen)
            if f.source[0]:
                seen.append(f.source)
            previous = f
        found = merge_repeats(text, found)
    for f in found:
        article.claims.append(
            Claim(
                id=stable_id("clm", article.id, f.start, f.end, f.kind),
                article_id=article.id,
                kind=f.kind,
                value=f.number.value,
                value_max=f.number.value_max,
                qualifier=f.qualifier,
                subject=f.subject,
                subject_country=f.country,
                since=f.since,
                as_of=f.as_of,
                attributed_to_text=f.source[0],
                attributed_to_actor_id=f.source[1],
                sentence=text[f.sentence[0] : f.sentence[1]],
                start=f.start,
                end=f.end,
                rule=f.rule,
                vague_rule=f.number.vague,
            )
        )
    kinds: dict[str, int] = {}
    for f in found:
        kinds[f.kind] = kinds.get(f.kind, 0) + 1
    article.trace.append(TraceStep(STAGE, f"{len(found)} numeric claims {kinds}"))
    return article
