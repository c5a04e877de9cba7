"""Inconsistencies visible inside one article: a headline against its body, and
signs of machine translation that reverse meaning.

Each check is a small function ``(article, ctx) -> list[Contradiction]``; ``CHECKS``
lists them. ``check_article`` runs them all, adds the contradictions and the
matching flags (``title_body_mismatch``, ``machine_translation_suspected``).
Headline items are ``{start: 0, end: 0, text: headline, field: "title"}``.

- headline country: the headline names a country the body never mentions while the
  body is about others; or one the body mentions at most once, outside its lead,
  while the lead's country has a look-alike name ("Irak" for "Iran"); one occurrence gets
  one kind, so a headline error is never also ``mt_suspected`` (that is for body text);
- headline person: a (sentence-case) headline names a person the body never names;
- headline polarity: the headline has someone apologise to, or praise, a party the
  body is repeatedly hostile to;
- name as common noun (``mt_suspected``): a capitalised common noun stands before a
  name that matches, loosely, a person the article names elsewhere, as the speaker of
  a speech verb ("Pemberontak Kane mengatakan" where the body names "Baghi Kani"; a
  noun before a name is otherwise a possessive or a title: "Kondisi Sukiati membaik");
- self-contradicting support (``mt_suspected``): a country is said to support
  "anti-<itself>" forces ("upaya Iran untuk mendukung kekuatan anti-Iran");
- reversed conciliation (``mt_suspected``): someone apologises to a party the rest of
  the article is repeatedly hostile to;
- revised figure (``numeric_revision``): two precise figures of one kind and subject,
  the article saying one is the current figure ("bertambah menjadi 12") and the other
  an earlier one ("Sebelumnya ... sembilan orang"), given by the same side (sources of
  no two different countries); parts of a total ("termasuk dua anak") and vague
  magnitudes ("ratusan") are never compared;
- opposite statements (``statement_conflict``): two speakers' quotes, one denying what
  the other asserts: a negated word ("Yang bersangkutan tidak dirawat") and a word of
  the same root, not negated, in another speaker's quote ("tengah menjalani
  perawatan"); modal and aspect words ("tidak ada", "belum bisa") never count, nor
  the same speaker's quotes (that is one source);
- impossible date (``date_conflict``): two weekday dates without a year that fit no two
  days within a year of each other and lie months apart ("Sabtu (11/4)" beside "Jumat
  (3/11)"); or, with low severity, one weekday that does not fall on its date in the
  article's time ("Sabtu (8/9)" in a September 2017 report), a slip of the pen that
  leaves the day the report means unclear. A date months away whose weekday fits it in
  the year before or after is an older or later day, not a slip.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz

from kabar.actors import fold_token, name_tokens
from kabar.context import Context
from kabar.contradictions import title_span
from kabar.dates import StatedDay, fitting_days, safe_date, stated_day
from kabar.fuse_compare import fuse_words, stems
from kabar.fuse_numeric import subject_key
from kabar.metadata import publication_bound, stamped_day
from kabar.model import (
    Article,
    Claim,
    Contradiction,
    Mention,
    Quote,
    SpanRef,
    TimeExpression,
    TraceStep,
    stable_id,
)
from kabar.predicates import load_lexicon
from kabar.quotes import lexicon as quote_lexicon

CheckFunction = Callable[[Article, Context], list[Contradiction]]
WORD = re.compile(r"[\w’'-]+")
PAIR = re.compile(r"\b([A-Z][a-z]{3,})\s+([A-Z][a-z]{2,})\b")
NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")
ANTI = re.compile(r"\banti[-\s]?([A-Z][\w]+)")
APOLOGY = re.compile(r"\b(?:me)?(?:minta|mohon|memohon)\s+maaf\b", re.IGNORECASE)
LEAGUE = re.compile(r"\b[Ll]iga\s+$")
RECIPIENT_PREPS = fuse_words("recipientprep")
COUNTRY_LABELS = frozenset({"GPE", "NORP", "ORG", "PER", "OFFICE"})
LEAD_SENTENCES = 2
LOOK_ALIKE = 70  # rapidfuzz ratio of two country names easily confused (Irak/Iran)
YEAR_REACH = 366  # days two dates of one article's story may lie apart
MONTHS_APART = 60  # days between two stated days beyond any slip of the pen
ANCHOR_YEARS = range(1990, 2041)  # years a weekday date without a year may fit in
NAME_LIKE = 75  # rapidfuzz ratio of a distorted name and the real one (Kane/Kani)
MIN_HOSTILE = 2  # sentences hostile to a party before an apology to it is suspect
NEGATED = re.compile(r"\b(?:tidak|tak|bukan|belum|enggak|gak|nggak)\s+([^\W\d_]+)", re.IGNORECASE)
ASPECT_REACH = 3  # words before an asserted word within which its aspect word stands
VERBAL = re.compile(r"(?:di|ter|me|ber)[^\W\d_]{4,}$")  # a derived verb: "dirawat", "ditahan"


def check_article(article: Article, ctx: Context) -> Article:
    """Run every check; add contradictions and flags; record what was found."""
    found: list[Contradiction] = []
    for check in CHECKS:
        found.extend(check(article, ctx))
    known = {c.id for c in article.contradictions}
    for item in found:
        if item.id not in known:
            article.contradictions.append(item)
            known.add(item.id)
        flag = FLAG_OF.get(item.kind)
        if flag and flag not in article.flags:
            article.flags.append(flag)
    kinds = Counter(c.kind for c in found)
    article.trace.append(
        TraceStep("checks", f"{dict(sorted(kinds.items()))} flags={article.flags}")
    )
    return article


def make(
    article: Article, kind: str, severity: str, why: str, items: list[SpanRef]
) -> Contradiction:
    key = [f"{i.start}:{i.end}:{i.text}" for i in items]
    return Contradiction(stable_id("con", kind, article.id, *key), kind, severity, why, items)


def span(article: Article, start: int, end: int) -> SpanRef:
    return SpanRef(article.id, start, end, article.text[start:end])


def lead_end(article: Article) -> int:
    if len(article.sentences) >= LEAD_SENTENCES:
        return article.sentences[LEAD_SENTENCES - 1].end
    return min(len(article.text), 400)


# ------------------------------------------------------------------ headline


def headline_countries(article: Article, ctx: Context) -> dict[str, tuple[int, int]]:
    """Country code -> (start, end) in the headline, for countries it names."""
    out: dict[str, tuple[int, int]] = {}
    title = article.title or ""
    for start, end, label, entry in ctx.lexicons.find_all(title):
        code = getattr(entry, "country_code", None)
        if LEAGUE.search(title[:start]):
            continue  # "La Liga Spanyol" names a competition, not a party
        if label == "LOC" and getattr(entry, "kind", "") == "country" and code:
            out.setdefault(code, (start, end))
    return out


def body_countries(article: Article) -> tuple[Counter[str], set[str], dict[str, str]]:
    """Mentions per country, countries of the lead, and the usual name of each country."""
    counts: Counter[str] = Counter()
    names: dict[str, Counter[str]] = {}
    lead: set[str] = set()
    end = lead_end(article)
    for m in article.mentions:
        if m.country and m.label in COUNTRY_LABELS:
            counts[m.country] += 1
            if m.start < end:
                lead.add(m.country)
            if m.label == "GPE":
                names.setdefault(m.country, Counter())[m.text] += 1
    usual = {code: c.most_common(1)[0][0] for code, c in names.items()}
    return counts, lead, usual


def check_headline_country(article: Article, ctx: Context) -> list[Contradiction]:
    if not article.title:
        return []
    named = headline_countries(article, ctx)
    counts, lead, usual = body_countries(article)
    if not named or not counts:
        return []
    main, main_count = counts.most_common(1)[0]
    out = []
    for code, (start, end) in sorted(named.items()):
        said = article.title[start:end]
        if counts[code] == 0 and main_count >= 2 and main not in named:
            out.append(
                make(
                    article,
                    "title_body_mismatch",
                    "medium",
                    f"the headline names {said} ({code}), which the body never mentions; "
                    f"the body is about {usual.get(main, main)} ({main})",
                    [title_span(article)],
                )
            )
            continue
        if counts[code] > 1 or code in lead:
            continue
        for other in sorted(lead - set(named)):
            other_name = usual.get(other)
            if other_name and counts[other] >= 3 and look_alike(said, other_name):
                why = (
                    f"the headline names {said} ({code}), which the body mentions "
                    f"{counts[code]} time(s) and not in its lead, while the lead is about "
                    f"{other_name} ({other}), mentioned {counts[other]} times: a look-alike "
                    "name (typing or translation error)"
                )
                evidence = first_mention(article, other)
                out.append(
                    make(
                        article,
                        "title_body_mismatch",
                        "high",
                        why,
                        [title_span(article), *evidence],
                    )
                )
    return out


def look_alike(a: str, b: str) -> bool:
    fa, fb = a.casefold(), b.casefold()
    return fa != fb and fa[:1] == fb[:1] and fuzz.ratio(fa, fb) >= LOOK_ALIKE


def first_mention(article: Article, country: str) -> list[SpanRef]:
    for m in sorted(article.mentions, key=lambda m: m.start):
        if m.country == country and m.label == "GPE":
            return [span(article, m.start, m.end)]
    return []


def check_headline_person(article: Article, ctx: Context) -> list[Contradiction]:
    """A person named by a sentence-case headline whom the body never names."""
    title = article.title or ""
    words = [w for w in WORD.findall(title) if len(w) >= 3]
    if not words or sum(w[0].isupper() for w in words) / len(words) > 0.6 or ctx.ner is None:
        return []
    from kabar.nlp import find_mentions

    body = {fold_token(w) for w in WORD.findall(article.text)}
    out = []
    for m in find_mentions(title, ctx):
        tokens = [t for t in name_tokens(m.text) if len(t) >= 3]
        if m.label != "PER" or len(tokens) < 2:
            continue
        if not any(fold_token(t) in body for t in tokens):
            out.append(
                make(
                    article,
                    "title_body_mismatch",
                    "medium",
                    f"the headline names {m.text}, whom the body never names",
                    [title_span(article)],
                )
            )
    return out


def check_headline_polarity(article: Article, ctx: Context) -> list[Contradiction]:
    title = article.title or ""
    out = []
    for target, target_name in apology_targets(title, ctx):
        hostile = hostile_sentences(article, ctx, target)
        if len(hostile) >= MIN_HOSTILE:
            out.append(
                make(
                    article,
                    "title_body_mismatch",
                    "high",
                    f"the headline has someone apologise to {target_name}, while the body is "
                    f"hostile to {target_name} in {len(hostile)} sentences (opposite polarity)",
                    [title_span(article), *hostile[:2]],
                )
            )
    return out


# ------------------------------------------------------------------ polarity helpers


def apology_targets(text: str, ctx: Context) -> list[tuple[str, str]]:
    """(country code, name) of every party an apology in ``text`` is addressed to."""
    out = []
    for match in APOLOGY.finditer(text):
        rest = text[match.end() : match.end() + 60]
        words = rest.split()
        if not words or words[0].casefold() not in RECIPIENT_PREPS:
            continue
        for start, end, _, entry in ctx.lexicons.find_all(rest, include_nationalities=True):
            code = getattr(entry, "country_code", None)
            if code and start <= len(words[0]) + 2:
                out.append((code, rest[start:end]))
                break
    return out


def country_refs(text: str, ctx: Context, code: str) -> list[tuple[int, int]]:
    """Where ``text`` names country ``code`` (name, capital, nationality, "Zionis")."""
    return [
        (s, e)
        for s, e, label, entry in ctx.lexicons.find_all(text, include_nationalities=True)
        if getattr(entry, "country_code", None) == code and label in {"LOC", "NORP", "ORG"}
    ]


def hostile_sentences(article: Article, ctx: Context, code: str) -> list[SpanRef]:
    """Sentences expressing hostility to ``code``: a hostile word just before a reference
    to it ("kejahatan Zionis", "memerangi pasukan Israel") or just after ("Israel membayar")."""
    hostile = fuse_words("hostile")
    out = []
    for sent in article.sentences:
        text = article.text[sent.start : sent.end]
        if APOLOGY.search(text):
            continue
        words = [(m.start(), m.group().casefold()) for m in WORD.finditer(text)]
        starts = [w[0] for w in words]
        for s, _ in country_refs(text, ctx, code):
            k = starts.index(s) if s in starts else -1
            if k < 0:
                continue
            near = [w for _, w in words[max(0, k - 2) : k]] + [w for _, w in words[k + 1 : k + 2]]
            if any(w in hostile for w in near):
                out.append(span(article, sent.start, sent.end))
                break
    return out


# ------------------------------------------------------------------ machine translation


def check_reversed_apology(article: Article, ctx: Context) -> list[Contradiction]:
    out: list[Contradiction] = []
    if "maaf" not in article.text.lower():  # no apology anywhere: no sentence to scan
        return out
    for sent in article.sentences:
        text = article.text[sent.start : sent.end]
        for code, name in apology_targets(text, ctx):
            hostile = hostile_sentences(article, ctx, code)
            if len(hostile) >= MIN_HOSTILE:
                out.append(
                    make(
                        article,
                        "mt_suspected",
                        "medium",
                        f"polarity reversal suspected: an apology to {name}, while "
                        f"{len(hostile)} other sentences are hostile to {name}",
                        [span(article, sent.start, sent.end), *hostile[:2]],
                    )
                )
    return out


def check_anti_self(article: Article, ctx: Context) -> list[Contradiction]:
    """ "Iran ... mendukung kekuatan anti-Iran": support for forces against the supporter."""
    support, against = fuse_words("support"), fuse_words("against")
    out = []
    for sent in article.sentences:
        text = article.text[sent.start : sent.end]
        for anti in ANTI.finditer(text):
            code = ctx.lexicons.country_of(anti.group(1))
            if code is None:
                continue
            words = [(m.start(), m.group().casefold()) for m in WORD.finditer(text[: anti.start()])]
            cue = next((k for k in range(len(words) - 1, -1, -1) if words[k][1] in support), None)
            if cue is None:
                continue
            refs = [
                (s, c)
                for s, e, _, entry in ctx.lexicons.find_all(text[: words[cue][0]])
                if (c := getattr(entry, "country_code", None))
            ]
            if not refs or refs[-1][1] != code:
                continue
            between = {w for s, w in words if refs[-1][0] < s < words[cue][0]}
            if between & against:
                continue
            start, end = sent.start + anti.start(), sent.start + anti.end()
            out.append(
                make(
                    article,
                    "mt_suspected",
                    "medium",
                    f"polarity reversal suspected: {anti.group(1)} is said to support "
                    f"{anti.group()} forces, against itself; the source likely meant "
                    "the opposite side",
                    [span(article, start, end), span(article, sent.start, sent.end)],
                )
            )
    return out


def check_name_as_noun(article: Article, ctx: Context) -> list[Contradiction]:
    """ "Pemberontak Kane mengatakan" where the article names "Baghi Kani" elsewhere."""
    lex = load_lexicon()
    stop = fuse_words("stop")
    common = single_word_actors()
    lowered: set[str] | None = None  # the article's lower-case words, once a pair needs them
    people = [m for m in article.mentions if m.label == "PER" and len(m.text) >= 4]
    covered = [
        (m.start, m.end) for m in article.mentions if m.label in {"OFFICE", "ORG", "GPE", "LOC"}
    ]
    out = []
    speech = quote_lexicon().pre_strength
    for pair in PAIR.finditer(article.text):
        noun, name = pair.group(1), pair.group(2)
        low = noun.casefold()
        after = NEXT_WORD.match(article.text, pair.end())
        if after is None or after.group(1).casefold() not in speech:
            continue  # a speaker ("Pemberontak Kane mengatakan"), not "Kondisi Sukiati membaik"
        if lowered is None:
            lowered = {w for w in WORD.findall(article.text) if w.islower()}
        if not (low in common or low in lowered) or low in lex.not_name or low in stop:
            continue
        if ctx.lexicons.lookup_office(noun) or ctx.lexicons.lookup_place(name):
            continue
        if any(s <= pair.start(1) < e for s, e in covered) or name.casefold() in lowered:
            continue
        person = similar_person(name, noun, people, pair.start())
        if person is None:
            continue
        out.append(
            make(
                article,
                "mt_suspected",
                "medium",
                f"name translated as a common noun suspected: {pair.group()!r} looks like "
                f"{person.text!r}, named elsewhere in the article, with {noun!r} "
                "(a common word) in place of part of the name",
                [span(article, pair.start(), pair.end()), span(article, person.start, person.end)],
            )
        )
    return out


@lru_cache(maxsize=1)
def single_word_actors() -> frozenset[str]:
    """The actor nouns of the event lexicon that are one word ("pemberontak", "polisi")."""
    return frozenset(k[0] for k in load_lexicon().actors if len(k) == 1)


def similar_person(name: str, noun: str, people: list[Mention], at: int) -> Mention | None:
    folded = fold_token(name)
    for person in sorted(people, key=lambda m: abs(m.start - at)):
        if person.start <= at < person.end:
            continue
        tokens = name_tokens(person.text)
        if any(fold_token(t) == fold_token(noun) for t in tokens):
            return None  # the noun is part of this person's name
        if any(
            t.casefold() != name.casefold()  # distorted, not the name itself ("Kepada Putin")
            and fold_token(t)[:1] == folded[:1]
            and fuzz.ratio(fold_token(t), folded) >= NAME_LIKE
            for t in tokens
        ):
            return person
    return None


# ------------------------------------------------------------------ figures


def check_revised_figures(article: Article, ctx: Context) -> list[Contradiction]:
    """ "korban tewas bertambah menjadi 12 ... Sebelumnya, otoritas menyebut sembilan"."""
    claims = [c for c in article.claims if c.kind != "other" and c.vague_rule is None]
    out = []
    for old in claims:
        if not cued(article, old, "previous", before=False):
            continue
        for new in claims:
            if new is old or not cued(article, new, "update", before=True):
                continue
            if cued(article, new, "previous", before=False):
                continue
            if (new.kind, subject_key(new), new.since) != (old.kind, subject_key(old), old.since):
                continue
            if (new.value, new.value_max) == (old.value, old.value_max) or part(article, new):
                continue
            if part(article, old) or not same_side(article, ctx, old, new):
                continue
            falling = new.value < old.value
            out.append(
                make(
                    article,
                    "numeric_revision",
                    "medium" if falling else "low",
                    f"{new.kind} ({subject_key(new)}): an earlier figure of {old.value:g} "
                    f"was revised {'down' if falling else 'up'} to {new.value:g}",
                    [span(article, old.start, old.end), span(article, new.start, new.end)],
                )
            )
    return out


def claim_context(article: Article, claim: Claim, before: bool) -> str:
    """The claim's sentence (and, with ``before``, the one before it), lower-cased."""
    index = next(
        (k for k, s in enumerate(article.sentences) if s.start <= claim.start < s.end), None
    )
    if index is None:
        return claim.sentence.casefold()
    start = article.sentences[max(0, index - 1) if before else index].start
    return article.text[start : article.sentences[index].end].casefold()


def cued(article: Article, claim: Claim, kind: str, before: bool) -> bool:
    text = claim_context(article, claim, before)
    return any(re.search(rf"\b{re.escape(cue)}\b", text) for cue in fuse_words(kind))


def part(article: Article, claim: Claim) -> bool:
    """A part of a total: "termasuk dua anak-anak" (cue before), "tiga di antaranya" (after)."""
    before = article.text[max(0, claim.start - 25) : claim.start].casefold()
    after = article.text[claim.end : claim.end + 15].casefold()
    for cue in fuse_words("part"):
        where = after if cue.startswith("di antara") else before
        if re.search(rf"\b{re.escape(cue)}\b", where):
            return True
    return False


def same_side(article: Article, ctx: Context, a: Claim, b: Claim) -> bool:
    """The two sources are not known to belong to different countries."""
    ca, cb = source_country(article, ctx, a), source_country(article, ctx, b)
    return ca is None or cb is None or ca == cb


def source_country(article: Article, ctx: Context, claim: Claim) -> str | None:
    if claim.attributed_to_actor_id:
        for m in article.mentions:
            if m.actor_id == claim.attributed_to_actor_id and m.country:
                return m.country
    for _, _, _, entry in ctx.lexicons.find_all(claim.attributed_to_text or ""):
        code = getattr(entry, "country_code", None)
        if code:
            return str(code)
    return None


# ------------------------------------------------------------------ statements


def check_statement_conflict(article: Article, ctx: Context) -> list[Contradiction]:
    """One speaker denies ("Yang bersangkutan tidak dirawat") what another asserts of the
    same person ("Nikita Mirzani tengah menjalani perawatan"); one item per denied word
    and pair of speakers, however often it is repeated."""
    del ctx
    quotes = [q for q in article.quotes if speaker_key(q)]
    found: dict[tuple[str, str, str], Contradiction] = {}
    for denial in quotes:
        for match in NEGATED.finditer(denial.text):
            word = match.group(1).casefold()
            denied = stems(word)
            if not VERBAL.match(word) or (denied | {word}) & fuse_words("modal"):
                continue
            who = subject_of(article, denial, denial.start + match.start())
            for other in quotes:
                key = (speaker_key(denial), word, speaker_key(other))
                if key[0] == key[2] or key in found:
                    continue
                for hit in asserted(other.text, denied):
                    whom = subject_of(article, other, other.start + hit[0])
                    if not same_subject(who, denial, whom, other):
                        continue
                    found[key] = make(
                        article,
                        "statement_conflict",
                        "medium",
                        f"{denial.speaker_text} says {match.group(0)!r}, while "
                        f"{other.speaker_text} says {other.text[hit[0] : hit[1]]!r}",
                        [
                            clause_span(article, denial.start + match.start()),
                            clause_span(article, other.start + hit[0]),
                        ],
                    )
                    break
    return list(found.values())


def speaker_key(quote: Quote) -> str:
    return quote.speaker_actor_id or (quote.speaker_text or "").casefold().strip()


def asserted(text: str, denied: frozenset[str]) -> list[tuple[int, int]]:
    """Where ``text`` states a word of a root in ``denied`` as actual ("tengah menjalani
    perawatan", "sudah ditahan"), with no negation just before it."""
    words = list(re.finditer(r"[^\W\d_]+", text))
    out = []
    for k, word in enumerate(words):
        if not stems(word.group(0).casefold()) & denied:
            continue
        before = {w.group(0).casefold() for w in words[max(0, k - ASPECT_REACH) : k]}
        if before & fuse_words("aspect") and not before & NEGATIONS:
            out.append((word.start(), word.end()))
    return out


NEGATIONS = fuse_words("negation")
ANAPHORS = fuse_words("anaphor")  # the third person, named elsewhere
FIRST_PERSON = fuse_words("firstperson")
SUBJECT_GAP = 2  # words between a subject and the predicate ("Nikita tengah menjalani")


def subject_of(article: Article, quote: Quote, at: int) -> str | None:
    """Who the clause at ``at`` is about: a resolved actor id named just before it; the
    quote's speaker when it speaks of itself ("kami", no subject before its aspect words
    and verbs: "sudah memberikan tanggapan"); ``"anaphor"``
    for "yang bersangkutan", "dia"; None when unclear (a complementiser, a noun)."""
    text = article.text
    start = max(quote.start, *(text.rfind(mark, 0, at) + 1 for mark in '.,;:"\n'))
    before = text[start:at].casefold().split()
    named = [
        m for m in article.mentions
        if m.actor_id and m.label == "PER" and start <= m.start and m.end <= at
        and len(text[m.end : at].split()) <= SUBJECT_GAP
    ]  # fmt: skip
    if named:
        return max(named, key=lambda m: m.end).actor_id
    tail = " ".join(before[-SUBJECT_GAP - 1 :])
    if any(re.search(rf"(?:^|\s){a}(?:\s|$)", tail) for a in ANAPHORS):
        return "anaphor"
    dropped = all(w in fuse_words("aspect") or VERBAL.match(w) for w in before)
    if dropped or set(before[-SUBJECT_GAP - 1 :]) & FIRST_PERSON:  # "(Elza) sudah memberikan"
        return quote.speaker_actor_id
    return None


def same_subject(a: str | None, quote_a: Quote, b: str | None, quote_b: Quote) -> bool:
    """Both clauses are about one person: the same actor, or an actor and an anaphor in
    another speaker's words standing for someone other than that speaker."""
    if a is None or b is None or (a == b == "anaphor"):
        return False
    if a == "anaphor":
        return b != quote_a.speaker_actor_id
    if b == "anaphor":
        return a != quote_b.speaker_actor_id
    return a == b


def clause_span(article: Article, at: int) -> SpanRef:
    """The clause around ``at``: from the last clause break before it to the next one."""
    text = article.text
    start = max(text.rfind(mark, 0, at) for mark in '.,;:"\n') + 1
    ends = [e for e in (text.find(mark, at) for mark in '.,;:"\n') if e != -1]
    end = min(ends) if ends else len(text)
    while start < at and text[start].isspace():
        start += 1
    return span(article, start, end)


# ------------------------------------------------------------------ dates


def weekday_misfits(article: Article) -> list[Contradiction]:
    """A weekday that does not fall on its date in the article's time ("Sabtu (8/9)" in a
    September 2017 report: 8 September 2017 was a Friday): which day the report means is
    unclear, so each such date is one item. A date with its year is checked in that year."""
    near = article_day(article)
    out: list[Contradiction] = []
    seen: set[StatedDay] = set()
    for expression in article.times:
        stated = stated_day(expression.text) if expression.rule == "weekday_date" else None
        if stated is None or stated in seen:
            continue
        seen.add(stated)
        day = meant_day(stated, near)
        if day is None or day.weekday() == stated.weekday:
            continue
        why = (
            f"impossible date: {expression.text!r} names a {calendar.day_name[stated.weekday]}, "
            f"but {day.day} {calendar.month_name[day.month]} {day.year} is a "
            f"{calendar.day_name[day.weekday()]}"
        )
        out.append(
            make(
                article,
                "date_conflict",
                "low",
                why,
                [span(article, expression.start, expression.end)],
            )
        )
    return out


def article_day(article: Article) -> date | None:
    """The day the article's weekday dates lie near: its publication day, else the day its
    crawl or time stamp bounds it by, else the middle of its publication month."""
    published, precision = article.published or "", article.published_precision
    if precision == "day":
        return date.fromisoformat(published[:10])
    bound = publication_bound(article, stamped_day(article, date.today()))
    if bound is not None:
        return bound
    if precision == "month":
        return date(int(published[:4]), int(published[5:7]), 15)
    return None


def meant_day(stated: StatedDay, near: date | None) -> date | None:
    """The date a stated day and month stand for: in its written year, else the one closest
    to ``near``. ``None`` when that one lies months away and the weekday fits the date in
    another year within a year of ``near`` ("Jumat (13/1)" in an October report may be
    last January's Friday)."""
    if stated.year:
        return safe_date(stated.year, stated.month, stated.day)
    if near is None:
        return None
    options = sorted(
        (d for y in (near.year - 1, near.year, near.year + 1)
         if (d := safe_date(y, stated.month, stated.day)) is not None),
        key=lambda d: abs((d - near).days),
    )  # fmt: skip
    if not options:
        return None
    closest = options[0]
    fits = fitting_days(stated, (near.year - 1, near.year, near.year + 1))
    if abs((closest - near).days) > MONTHS_APART and any(
        abs((d - near).days) <= YEAR_REACH for d in fits
    ):
        return None
    return closest


def check_weekday_dates(article: Article, ctx: Context) -> list[Contradiction]:
    """Two weekday dates of one article that cannot both be right ("Jumat (3/11)" and
    "Sabtu (11/4)"): the later one is flagged; then each other weekday that does not
    fall on its date in the article's time (``weekday_misfits``)."""
    del ctx
    stated = [(t, day) for t in article.times if t.rule == "weekday_date"
              if (day := stated_day(t.text)) is not None and day.year is None]  # fmt: skip
    kept: list[tuple[TimeExpression, StatedDay]] = []
    out = []
    for expression, day in stated:
        other = next((t for t, d in kept if impossible_together(d, day)), None)
        if other is None:
            kept.append((expression, day))
            continue
        out.append(
            make(
                article,
                "date_conflict",
                "medium",
                f"impossible date: {expression.text!r} and {other.text!r} fit no two days "
                "within a year of each other, and lie months apart",
                [
                    span(article, expression.start, expression.end),
                    span(article, other.start, other.end),
                ],
            )
        )
    flagged = {(i.start, i.end) for c in out for i in c.items}
    misfits = weekday_misfits(article)
    return out + [c for c in misfits if (c.items[0].start, c.items[0].end) not in flagged]


def impossible_together(a: StatedDay, b: StatedDay) -> bool:
    """No dates fitting both weekdays lie within a year of each other, and the two days are
    months apart in any one year (two days close together are
    judged one by one, by ``weekday_misfits``)."""
    if circular_days(a, b) <= MONTHS_APART:
        return False
    fits_a, fits_b = fitting_days(a, ANCHOR_YEARS), fitting_days(b, ANCHOR_YEARS)
    return bool(fits_a and fits_b) and not any(
        abs((x - y).days) <= YEAR_REACH for x in fits_a for y in fits_b
    )


def circular_days(a: StatedDay, b: StatedDay) -> int:
    """Days between two day-month pairs placed in one (leap) year, the short way round."""
    days = abs((date(2000, a.month, a.day) - date(2000, b.month, b.day)).days)
    return min(days, 366 - days)


CHECKS: tuple[CheckFunction, ...] = (
    check_headline_country,
    check_headline_person,
    check_headline_polarity,
    check_reversed_apology,
    check_anti_self,
    check_name_as_noun,
    check_revised_figures,
    check_statement_conflict,
    check_weekday_dates,
)
FLAG_OF = {
    "title_body_mismatch": "title_body_mismatch",
    "mt_suspected": "machine_translation_suspected",
}
