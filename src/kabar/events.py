"""PLOVER event coding: predicates, then arguments, modality, place and date per report.

``code_events(article, ctx)`` reads each sentence, finds predicates from the lexicon
(``data/predicates.tsv``, see ``kabar.predicates``) and codes one ``Event`` per report.
The work is split by job:
- ``kabar.event_clause``: a sentence's tokens and argument candidates (mentions, title
  phrases folded onto the person or office holder they name, actor nouns, pronouns);
- ``kabar.event_args``: actor and recipient from Indonesian clause structure;
- ``kabar.event_modality``: negation, future, conditions, reporters, nominal verbs;
- ``kabar.event_context``: recipients stated by reference ("menolak tuduhan tersebut",
  "jajarannya", a visit to a city, an attack on a city);
- this module: triggers, the event record, place, date, article memory and denials.
No actor, no event (PLOVER 7.5), except an agentless passive of harm, coercion or
charge with a named target ("Dadang dijerat pasal pembunuhan": docs/annotation.md, 5).
Articles whose words mark a non-political genre (celebrities, products, lifestyle)
keep only events with a political participant; sport articles code none but the police's
acts on a named target (a match barred, fans arrested) and the army's force on one
(``authority_acts``). An article of five sentences or more that names no political actor
at all (no office holder, state body, party or armed group; no "polisi", "pemerintah",
"KBRI") codes no verbal acts or partnerships between its private parties ("apolitical": a
firm's promise, a celebrity's apology), but keeps violence, protest, coercion, aid and
residents' complaints.

Event place: the "di X (di Y)" chain nearest after the trigger, resolved to its most
specific phrase the gazetteer knows (``event_place``); a building or venue ("di Kremlin",
"di depan Gedung DPR") resolves to its city through ``data/venues.tsv``. A sentence that
names no place, dated to the story's day, takes the place of the story's first event of
that day (``kabar.event_context.story_place``); failing that, a statement of the speaker
the text places on that day ("kata X di Balai Kota, Bekasi, Rabu (15/10)") is placed there
(``kabar.event_context.story_scene``).

Event date rule: the time expression of the same sentence nearest the trigger ("sehari
sebelumnya", "keesokan harinya", "di hari berikutnya" resolved against the day stated last
before them; not a comparison's baseline, "terendah sejak Maret 2022"); else,
when the sentence refers back to an event ("pertemuan itu", "dalam serangan tersebut")
or the next sentence does ("Pada pertemuan yang digelar Sabtu (14/10) malam itu"), that
sentence's date; else the publication date one precision step coarser (day -> month,
month -> year), because a report is not its event; ``kabar.event_context.settle_date``
then makes that fallback an unknown date for past and background acts ("telah ...",
"kasus ini bermula saat ...", "X, yang diusung PDIP") and the story's day
(the article's first recent date) for the others, except that a day the text gives only
in speech tags ("kata Kapolres, Senin (13/10)") dates statements and meetings, not the
arrests and charges they report (unknown, "told-day"); so does a speech tag's day after
an arrest, seizure, attack or sanction told in the quote it tags, or any act the quote tells
as past ('"Kami sudah menyita dua mobil," kata X, Senin (20/10)': unknown,
``kabar.event_context.speech_frame``), and such an act takes no story place when its tag
names none (it keeps a place its quote or tag gives). A request or report an act is
done on ("atas permintaan X") came before it: its date is unknown.

Confidence is 0.45 + 0.45 x how the arguments were found (a named mention 1.0; a
pronoun, a pair or an office nobody in the article holds 0.8; an actor noun 0.7; a
carried subject 0.55; a bare capitalised span 0.45 or less; +0.1 with a recipient),
minus 0.05 inside a quote or for a noun predicate. Denials (membantah, menyangkal) are
REJECT events and set ``disputed`` on the denied events of the article; what a denial
governs that no other sentence reports is its content, not an event. A later sentence
reporting the same event again (same predicate, type, mode, parties and polarity, a
compatible date) becomes another source of the first report (``merge_repeats``), as the
gold codes an event once. "kami" in a quote is the quote's speaker as ``kabar.quotes``
found it (that stage runs first).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from kabar.actors import (
    TITLE_REACH,
    WORD_RE,
    full_province,
    name_offices_as_written,
    person_bodies,
    title_before,
    unit_key,
)
from kabar.context import Context
from kabar.dates import MONTHS, WEEKDAYS
from kabar.event_args import (
    ADMIN_AREAS,
    COPULAS,
    COUNT_ONE,
    DEFINITE,
    DEFINITE_REF,
    FIRST_PERSON,
    FORMER,
    GROUP_WORDS,
    HARD_STOP,
    LAW_BODIES,
    LIST_JOINS,
    MAX_LEFT,
    OBJECT_PREPS,
    PURPOSE_LINKS,
    RELATIVE_ADVERBS,
    SECURITY,
    SUBORDINATORS,
    THIRD_PERSON,
    Args,
    active_verb,
    after_oleh,
    civil_crowd,
    company,
    distinctive,
    find_arguments,
    full_stop,
    joined_parties,
    left_arguments,
    many_people,
    may_join,
    names,
    own_police_force,
    passive_form,
    political,
    predicate_like,
    press,
    protest_crowd,
    protest_topic,
    reduplicated,
    ref_of,
    resolve,
    right_arguments,
    same_party,
    subject_place,
    usable_subject,
)
from kabar.event_clause import (
    CLAUSE_PHRASES,
    COLLECTIVE,
    CONTRAST,
    DEMONSTRATIVES,
    NUMBERS,
    ORDINALS,
    PERSONAL,
    POLITICAL_SECTORS,
    PRONOUNS_PL,
    TIME_ADVERBS,
    TOKEN,
    UP_TO_NOW,
    VERB_PREFIXES,
    WORD,
    Cand,
    Clause,
    PlaceLookup,
    State,
    Tok,
    Unprepared,
    mentions_by_sentence,
    named_entities,
    past_adverbs,
    prepare,
    single,
    times_by_sentence,
)
from kabar.event_context import (
    AGENT_FAMILY,
    AUTHORITIES,
    BACKGROUND_RULE,
    CASE_NOUNS,
    FIRST_PLURAL,
    JOINING,
    ONGOING,
    OTHER,
    OUTSIDERS,
    PAST,
    VAGUE_COUNTS,
    VAGUE_PARTIES,
    VERB_GROUP_OPENERS,
    article_offenders,
    background_act,
    cited_report_day,
    implicit_arguments,
    is_court,
    joined_meeting,
    meeting_again,
    named_only_by,
    news_of_citation,
    passive,
    quote_around,
    remember_sources,
    sentence_before,
    settle_date,
    speech_frame,
    speech_tag,
    story_day,
    story_place,
    story_scene,
    tells_no_source,
    told_day,
    unnamed_body,
    unnamed_only,
    yearless_date,
)
from kabar.event_context import VERBAL as SPEECH_ACTS  # not this module's VERBAL
from kabar.event_modality import (
    DECIDED,
    DELIVERED,
    DELIVERY_ADVERBS,
    LETTER_OF,
    MODALITY_WORDS,
    NOT_ONLY,
    SEQUENCERS,
    SUMMONS_WORDS,
    authorised,
    called_off,
    foreseen,
    modality,
    no_occasion,
    nominal_use,
    questioned,
    reported_by,
    sentence_contexts,
    standing_rule,
    unplanned,
)
from kabar.event_recipients import (
    TRADES,
    act_nouns_at,
    addressed_groups,
    bare_names,
    case_suspects,
    condemned_attackers,
    continued_demands,
    counted_size,
    counted_suspects,
    counter_complaints,
    denied_accusers,
    headline_protest_target,
    list_cue,
    listed_members,
    one_relative,
    owned_groups,
    protest_targets,
    reaction_targets,
    recalled_members,
    redated_examinations,
    seized_from_suspects,
    shared_addressee,
    unknown_offenders,
)
from kabar.fuse_compare import (
    alike_roots,
    counted_repeat,
    fuse_words,
    once_more_after,
    quoted_trigger,
    said_alike,
    said_stems,
    stems,
)
from kabar.lexicons import (
    PlaceEntry,
    event_words,
    home_cities,
    home_provinces,
    place_level_words,
)
from kabar.metadata import DATELINE
from kabar.model import (
    HOME,
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
from kabar.nlp import BOARD_WORDS, NATIONAL_BEFORE, PLACE_QUALIFIERS, TIME_NOUNS
from kabar.plover import (
    CONTEXTS,
    FUTURE_TO_AGREE,
    RENOUNCED,
    demand_mode,
    forceful,
    future_shift,
    score,
)
from kabar.predicates import (
    CLITICS,
    GAP,
    LIGHT_VERBS,
    MAX_GAP,
    Entry,
    Lexicon,
    clitics_off,
    entries_at,
    load_lexicon,
    may_match,
    score_cue,
    score_shaped,
    venue_in,
)
from kabar.quote_candidates import lexicon as quote_lexicon
from kabar.segment import split_sentences

EVENT_WORDS = event_words()
"""The open-class word lists of the coding rules (``data/event_words.tsv``), by kind."""
QUOTE = re.compile(r"“[^”]{1,1500}”|\"[^\"\n]{1,1500}\"")
GAP_STOP = HARD_STOP | {",", ".", "di", "ke", "dari"}
NAMED = frozenset({"mention", "cap"})  # spans a pattern's gap skips as one word
PLACE_NOUNS = EVENT_WORDS["place_noun"]
SELF_OBJECTS = EVENT_WORDS["self_object"]
"""Reflexive objects: "diri" ("membubarkan diri", "mengamankan diri") is the doer himself."""
KIND_HEADS = EVENT_WORDS["kind_head"]
"""Generic heads of a relative clause that says which kind of party is meant ("kelompok
yang mendukung X", "orang yang menjanjikan sesuatu kepada hakim"), not who acted."""
RULINGS = EVENT_WORDS["ruling"]
"""Verbs of a court's ruling on a petition ("mengabulkan", "menolak", "menggugurkan"): a
pretrial petition named as what was ruled on was filed before, not on the ruling's day."""
KIND_COPULAS = EVENT_WORDS["kind_copula"]
"""Copulas that equate a party with a generic head ("X adalah/menjadi negara yang ...")."""
UNASSERTED = EVENT_WORDS["unasserted"]
"""Words before a copula or ruling verb that assert nothing ("tidak akan menjadi", "belum
memutuskan")."""
RULING_REACH = 4
"""Words at most between a ruling verb and the petition it rules on ("menolak gugatan
praperadilan", "gugatan praperadilan Firli Bahuri ditolak")."""
SAY_WORDS = EVENT_WORDS["say"]
"""Speech verbs after a comma ("..., kata Retno, Selasa"): a time past them is the speech's."""
KIND_ONE = EVENT_WORDS["kind_one"]
"""Words of one or the only one before such a head ("satu-satunya negara", "salah satu")."""
VERB_JOINS = EVENT_WORDS["verb_join"]
"""Words joining two verbs of one relative clause ("yang memberi atau menjanjikan")."""
STANCES = frozenset({"AGREE", "SUPPORT", "REJECT", "ACCUSE", "REQUEST", "CONCEDE", "CONSULT"})
"""Types of what parties say or hold, which a relative clause can ascribe to a kind of party."""
SELF_HARMED = frozenset({"ASSAULT", "COERCE"})
"""Types whose act, done to oneself, is no act on another party (dispersing, taking cover)."""
DIRECTIONS = (PLACE_QUALIFIERS - {"tengah", "raya", "hulu", "hilir"}) | {"sebelah", "bagian"}
"""Compass words before a place ("di timur Aleppo", "di sebelah utara Jalur Gaza")."""
RELATIVE_UNITS = {"sehari": 1, "sepekan": 7, "seminggu": 7}
# event_date / settle_date rules that date an event by its article, not its sentence
GUESSED_RULES = ("story-day", "publication-month")
DATE_RULE = re.compile(r"; date ([^;\]]+)[;\]]")
"""The date rule in an event's rule, before its closing bracket or another bracketed note
("...; date story-day; recipient ...]", ``take_recipient``)."""


MAX_SENTENCE_CHARS = 2_000
TRANSFER_MIN = 3
"""Sentences with a word of club and player news ("klub", "kontrak", "transfer") that,
with at least ``SPORT_SHARE`` of an article's sentences, mark it as such news: there the
dealings of clubs, players and agents ("agen X bertemu direktur klub") are no political
events, though a state actor's acts still are."""

SPORT_SHARE = 0.2
"""The share of an article's sentences with a sport cue (and at least two) that marks a
sport article, when they outnumber its sentences naming political actors."""
GENRE_SHARE = 0.15
"""The share of an article's sentences with a genre word (and at least two) that marks
non-political news: lowered from 0.2 after a precision audit of bench events (62 bench
events removed, about 48 rightly); a celebrity profile of 46 sentences names her songs
and fellow artists in 8 of them."""
# A speaker's requests and promises are told apart by their content ("meminta BPS ..." and
# "meminta agar kepala daerah ..."): only the same predicate naming the same parties repeats
# one (``merge_repeats``).
VERBAL = frozenset({"REQUEST", "AGREE"})
SUMMONS = "summons"
"""The one predicate of a summons, whatever words tell it ("menjadwalkan pemeriksaan
terhadap X", then "X dipanggil sebagai saksi", "surat panggilan telah dilayangkan"): the
same body summoning the same party is one REQUEST unless the dates differ; a summons told
as set again or counted ("menjadwalkan ulang pemanggilan", "surat panggilan kedua") stays
its own (``predicate_of``)."""
SUMMONS_COUNT_REACH = 3  # words after a summons' trigger that may count it ("untuk kedua kalinya")
REDONE_WORDS = frozenset({"kembali", "ulang"})  # just before a trigger: the act done again
GENERIC_MODE_TYPES = frozenset({"ASSAULT"})
"""Types whose reports name a manner (a mode) or none ("menusuk", then "menyerang",
"melakukan pembunuhan"): one telling with no mode may restate the other (``merge_repeats``)."""
RESTATED_MODES = frozenset(
    {"primitive", "beat", "firearms", "explosives", "suicide-attack", "heavy-weapons", "aerial"}
    | {"drone", "targeted", "unconventional"}
)
"""Manners of an attack that a telling naming none ("menyerang", "membunuh") may restate; an
abduction, torture, sexual violence or destruction is another act than the killing or
attack told with it ("diculik" then "dibunuh", "menyiksa lalu membunuh")."""
DEALINGS = frozenset({"ACCUSE", "AGREE", "CONCEDE", "CONSULT", "COOPERATE", "REJECT", "REQUEST",
                      "SUPPORT", "THREATEN"})  # fmt: skip
"""Types that, in an article naming no political actor (no office holder, no state body, no
"polisi" or "pemerintah"), are private dealings when no party is political: firms'
partnerships, a product's promise, a patient who sees a doctor, a celebrity's quarrel.
Violence, protest, coercion and aid stay events whoever does them, and so do residents'
complaints (``complaint``)."""
APOLITICAL_MIN = 5
"""The sentences an article needs before naming no political actor in any of them marks it
as private dealings (``DEALINGS``): a short wire item or excerpt may leave its political
side unnamed."""
ANOTHER_WORDS = OTHER | {"selain"}  # another act than one told ("... lain", "Selain ...")
SEPARATE_WORDS = EVENT_WORDS["separate"]
"""Words marking another operation ("dalam OTT terpisah"): a round-up of people no one
names so told is not the named arrest told before."""
CASE_BACK = EVENT_WORDS["case_back"]
CASE_FILLERS = EVENT_WORDS["case_filler"]
CASE_REACH = 3  # words after a case noun that may name its case ("kasus judi online")
ADDED_WORDS = frozenset({"juga"})  # an act added to one told before ("Ia juga meminta ...")
NEXT_WORDS = (SEQUENCERS - {"lalu"}) | MODALITY_WORDS["further"]
"""Words telling a later or further act ("kemudian", "bahkan"); not "lalu", which is as
often "ago" ("pekan lalu") anywhere in a sentence."""
ONCE_MORE_REACH = 4  # words after a trigger that may count it ("menangkap Rahmat Hidayat lagi")
SOON_AFTER_SENTENCES = 2  # sentences: the next one, or the one after it
RESTATED_DAY_REACH = 14
"""Days between the story's day and the day a later sentence gives an act it restates
(``dated_by_text_later``): news tells acts of the last days or weeks."""
FORMERLY = MODALITY_WORDS["formerly"]  # "X pernah diperiksa ...": an act undergone before


class Drop(NamedTuple):
    """A matched predicate that coded no event, and the checks that dropped it (one per
    pattern tried, longest first): what ``scripts/event_drops.py`` counts per check."""

    start: int  # the trigger's characters in the article's text
    end: int
    event: str  # the predicate's type
    rule: str
    checks: tuple[str, ...]


def code_events(article: Article, ctx: Context, drops: list[Drop] | None = None) -> Article:
    """Append the PLOVER events reported in ``article`` and a trace step; returns it.
    ``drops``, when given, receives every matched predicate that coded no event.
    Sentences that code nothing are first passed over unprepared; when coding reads what
    one of them may have told (``Unprepared``), the article is coded again in full."""
    dropped: list[Drop] = [] if drops is None else drops
    kept = len(dropped)
    prepared: dict[int, Clause] = {}  # kept for the second coding
    try:
        return code_article(article, ctx, dropped, prepared, lazy=True)
    except Unprepared:
        del dropped[kept:]
        return code_article(article, ctx, dropped, prepared, lazy=False)


def code_article(
    article: Article, ctx: Context, dropped: list[Drop], prepared: dict[int, Clause], lazy: bool
) -> Article:
    """``code_events`` with the clauses ``prepared`` so far (by sentence); ``lazy`` passes
    over unprepared the sentences that code nothing and whose only mark on the article's
    memory is their parties and subject (``State.passed_over``)."""
    lex = load_lexicon()
    sentences = article.sentences or split_sentences(article.text)
    by_cluster: dict[int, Mention] = {}
    for m in sorted(article.mentions, key=lambda m: m.start):
        if m.cluster is not None and m.label != "PRON" and m.cluster not in by_cluster:
            by_cluster[m.cluster] = m
    state = State(article, ctx, lex, by_cluster, heading=dateline_end(article.text))
    state.bodies = person_bodies(article)
    state.story_day = story_day(article)
    state.police_force = own_police_force(state)
    state.scene = story_scene(article, ctx.lexicons, state.story_day)
    state.told_day = told_day(article, state.story_day)
    state.offenders = article_offenders(article)
    quotes = [(m.start(), m.end()) for m in QUOTE.finditer(article.text)]
    lowered = article.text.lower()
    words = [WORD.findall(lowered, s.start, s.end) for s in sentences]
    # A "sentence" longer than any real one is an unsplit table or list: argument search
    # rescans the sentence per trigger, so coding it would cost quadratic time for nothing.
    short = [s.end - s.start <= MAX_SENTENCE_CHARS for s in sentences]
    hot = [ok and may_match(lex, w) for w, ok in zip(words, short, strict=True)]
    # A sentence no predicate may match codes nothing (``may_match`` is a necessary
    # condition, as for the sentences after the last one that may); ``words`` come from
    # the lower-cased text, so this holds while lowering kept every offset.
    skip = [not h and len(lowered) == len(article.text) for h in hot]
    # Every sentence up to the last one that may hold a predicate is prepared: pronouns
    # and carried subjects ("Ia meminta ...") resolve against all that came before.
    talks = {w[0] for w, kind in lex.anaphors.items() if kind == "CONSULT"}
    joins = [not JOINING.isdisjoint(w) and not talks.isdisjoint(w) for w in words]
    # "X hadir dalam pertemuan itu": prepared to join the meeting (``joined_meeting``)
    last = max((k for k, h in enumerate(hot) if h or joins[k]), default=-1)
    needed = [k <= last and ok for k, ok in enumerate(short)]
    named = named_entities(article)
    named_spans = [(m.start, m.end) for m in article.mentions if m.label != "PRON"]
    within = mentions_by_sentence(article, sentences)
    timed = times_by_sentence(article, sentences)
    # No predicate, no joining of a meeting, no mediator or reporter ("dilaporkan"), no
    # joined pair of names ("Prabowo-Gibran") that its tokens would split, and not the
    # subject a coded sentence after it may carry on
    tellers = subject_tellers(lex, words, within, skip) if lazy else [True] * len(sentences)
    passable = [
        skip[k]
        and not tellers[k]
        and not joins[k]
        and tells_no_source(lex, w)
        and all(m.source != "joined-pair" for m in within[k])
        for k, w in enumerate(words)
    ]

    def clause_at(k: int) -> Clause:
        """The sentence's clause, prepared when first wanted."""
        clause = prepared.get(k)
        if clause is None:
            clause = prepared[k] = prepare(
                article, sentences[k], lex, quotes, needed[k], named, within[k], timed[k]
            )
        return clause

    state.parties_of = lambda told: parties(
        state, told if isinstance(told, Clause) else clause_at(told)
    )
    sport = sum(
        sport_cue(lex, score_shaped(lex, TOKEN.findall(lowered, s.start, s.end)))
        for s, w in zip(sentences, words, strict=True)
        if lex.sport_possible(w)
    )
    polity = political_sentences(within)
    state.sport_article = (
        sport >= 2 and sport >= SPORT_SHARE * max(1, len(sentences)) and sport > polity
    )
    state.apolitical = (
        len(sentences) >= APOLITICAL_MIN
        and not polity
        and all(lex.state_bodies.isdisjoint(w) for w in words)
    )
    cued = [s for s, w in zip(sentences, words, strict=True) if not lex.genres.keys().isdisjoint(w)]
    # "Novel" of "Novel Baswedan": the same name when written alone
    named_genres = words_begun_in(lowered, named_spans, lex.genres.keys()) if cued else set()
    genre = sum(genre_cue(lex, (article.text, lowered), s, named_spans, named_genres) for s in cued)
    state.genre_article = genre >= 2 and genre >= GENRE_SHARE * max(1, len(sentences))
    state.genre_cued = genre >= 1
    athletes = {w for w, g in lex.genres.items() if g == "sport"}
    state.sport_cued = sport >= 1 or any(not athletes.isdisjoint(w) for w in words)
    transfer = lex.cue("transfer")
    clubs = sum(not transfer.isdisjoint(w) for w in words)
    state.transfer_article = clubs >= TRANSFER_MIN and clubs >= SPORT_SHARE * max(1, len(sentences))
    new: list[tuple[int, Event, Entry]] = []
    blocked = Counter[str]()
    for index in range(len(sentences)):
        if passable[index]:
            state.passed_over(index, may_join(words[index], within[index]))
            continue
        clause = clause_at(index)
        events = []
        if not skip[index]:
            previous = clause_at(index - 1) if index else None
            following = clause_at(index + 1) if index + 1 < len(sentences) else None
            events = code_clause(state, clause, previous, following, blocked, dropped)
        again = [
            (e, entry)
            for e, entry in events
            if anaphoric(lex, clause, e.event)
            and any(k == index - 1 and same_act(o, e) for k, o, _ in new)
        ]  # "Pada pertemuan itu, mereka membahas": the same meeting again
        dropped.extend(drop_of(e, entry, "told-again") for e, entry in again)
        events = [pair for pair in events if pair not in again]
        joined_meeting(state, clause, [e for k, e, _ in new if k >= index - 2])
        new.extend((index, e, entry) for e, entry in events)
        denied = {
            id(e) for d, entry in events if "deny" in entry.args for e in denial_content(d, events)
        }
        remember_sources(state, clause, [e for e, _ in events if id(e) not in denied])
        remember(state, clause, events)
    denied_only = flag_denials(new)
    dropped.extend(
        drop_of(e, entry, "denied-content") for _, e, entry in new if id(e) in denied_only
    )
    new = [(k, e, entry) for k, e, entry in new if id(e) not in denied_only]
    conflict_calls(article, new)
    complaint_targets(new)
    case_suspects(article.text, new, lex.cue("casenoun"))
    seized_from_suspects(new)
    redated_examinations(article.text, new, lex.phrases.get("redate", set()))
    reaction_targets(article.text, new, lex.anaphors)
    condemned_attackers(article.text, new, lex.anaphors)
    shared_addressee(article.text, new)
    continued_demands(article.text, new)
    addressed_groups(article.text, new, lex.cue("addressee"), lex.cue("adverb"), lex.actors)
    bare_names(article, new, lex.actors, lex.cue("givenname"))
    counted_suspects(article.text, new)
    owned_groups(article.text, new, lex.actors)
    sentence_spans = [(s.start, s.end) for s in sentences]
    names_cue = list_cue(lex.phrases.get("listcue", set()))
    listed_members(article, new, sentence_spans, names_cue)
    recalled_members(article, new, sentence_spans, names_cue)
    protest_targets(new)
    headline_protest_target(article, new, by_cluster, lex.cue("protesthead"), lex.cue("demohead"))
    counter_complaints(new)
    denied_accusers(new)
    unknown_offenders(article, new, lex.cue("casenoun"), lex.not_name)
    new = without_cited_outlets(article, state.heading, new, dropped)
    new = without_protest_demands(lex, new, dropped)
    new = without_unnamed_welcomes(new, dropped)
    new = without_planned_repeats(new, dropped)
    new = without_subheading_tellings(article.text, new, dropped)
    # a planned meeting (AGREE from a CONSULT predicate: "akan bertemu X", then "akan
    # membahas ... bersama X") is told apart by its parties only, not by its verb
    repeats = merge_repeats(
        [(e, "" if entry.event == "CONSULT" else predicate_of(e, entry)) for _, e, entry in new],
        lex.actors,
        {person: key for person, (key, _) in state.bodies.items()},
        {id(e): k for k, e, _ in new},
    )
    coded = country_visits_met(repeats)
    name_offices_as_written(article, coded)
    article.events.extend(coded)
    kinds = Counter(e.event for _, e, _ in new)
    article.trace.append(
        TraceStep(
            "events",
            f"{len(new)} events {dict(sorted(kinds.items()))} from {len(sentences)} sentences"
            + (f"; suppressed by domain {dict(blocked)}" if blocked else "")
            + ("; sport article" if state.sport_article else "")
            + ("; non-political genre: political actors only" if state.genre_article else "")
            + ("" if article.sentences else "; sentences split by the events stage"),
        )
    )
    return article


# ------------------------------------------------------------------ preparation


def goods_held(clause: Clause, i: int) -> bool:
    """Whether the passive at ``i`` tells of things held, in a relative clause on a noun of
    goods ("22 barang bukti berupa kendaraan yang diamankan"): police "mengamankan" people
    and things alike, and what was held decides between an arrest and a seizure. The noun
    phrase must be headed by the goods noun: "Sopir mobil yang diamankan" held the driver.
    A verb said of people only ("ditangkap") is an arrest whatever its noun."""
    toks = clause.toks
    if toks[i].low not in HELD_GOODS_VERBS:
        return False
    k = i - 1
    while k > 0 and toks[k].low in RELATIVE_ADVERBS:
        k -= 1  # "mobil yang sudah diamankan"
    if not (k > 0 and toks[k].low == "yang" and toks[k - 1].low in HELD_GOODS):
        return False
    phrase = clause.cand_at[k - 1]  # "Pengedar sabu": a person whose noun ends in goods
    return phrase is None or toks[phrase.i].low in HELD_GOODS


def word_matches(token: str, word: str) -> bool:
    return token == word or (token.startswith(word) and token[len(word) :] in CLITICS)


def match_entry(
    lows: list[str],
    i: int,
    entry: Entry,
    stops: frozenset[str] = GAP_STOP,
    names: dict[int, int] | None = None,
    counts: frozenset[str] = frozenset(),
    verbs: frozenset[int] = frozenset(),
    appositions: dict[int, int] | None = None,
    hedges: Collection[str] = frozenset(),
    classifiers: Collection[str] = frozenset(),
    toks: Sequence[Tok] = (),
) -> int:
    """End token index of ``entry`` matched at ``i``, or 0. A gap (``...``) stays inside
    its phrase: it never crosses a word of ``stops``. A name in the gap (``names``: start
    -> end token) counts as one word, so a long title and name fit where a short one does
    ("menetapkan mantan Dirut PT Timah Mochtar Riza Pahlevi Tabrani sebagai tersangka"),
    and ``counts`` may stand before a later word of the pattern. The commas and "dan" of
    a list of names take no room ("menetapkan A, B dan C sebagai tersangka"), nor does an
    apposition after a name that opens the gap (``appositions``: its opening comma -> the
    token after its closing one), nor a lone comma there before the pattern's next word
    ("melaporkan Mario Teguh, ke Polda"). A gap before "oleh" never crosses a passive
    verb of ``verbs`` (token indices): that "oleh" is the verb's own agent ("penggusuran
    itu diperlihatkan oleh X": X showed it). The comma inside a number and a short form
    in brackets after a common noun are read from ``toks``, the tokens as written."""
    names = names or {}
    appositions = appositions or {}
    k = i
    words = entry.words
    w = 0
    while w < len(words):
        word = words[w]
        if word == GAP:
            nxt = words[w + 1]
            p = k
            room = MAX_GAP + 1
            while room:
                if p >= len(lows):
                    return 0
                end = min(names.get(p, p + 1), len(lows))
                hit = next((q for q in range(p, end) if word_matches(lows[q], nxt)), None)
                if hit is not None:  # "dicegah Ditjen Imigrasi ...": the word may end a name
                    k = hit
                    break
                close = appositions.get(p, 0) if end == p + 1 and names.get(k) == p else 0
                if close > p + 1 or (close and word_matches(lows[close], nxt)):
                    p = close  # "melaporkan Kaesang, putra Presiden Jokowi, ke Polres"
                    continue
                if end == p + 1 and (between_names(lows, p, names) or decimal_comma(toks, p)):
                    p = end  # "A, B dan C"; "2,5 tahun", "Rp 1,5 miliar"
                    continue
                if end == p + 1 and (close := short_form(lows, p, names, toks)):
                    p = close  # "mengumumkan PT Loco Montardo (LCM) sebagai tersangka"
                    continue
                if end == p + 1 and lows[p] in stops and lows[p : p + 2] != ["ke", "depan"]:
                    return 0
                if end == p + 1 and nxt == "oleh" and p in verbs:
                    return 0  # a gap stays inside its phrase ("ke depan" is a time: "later")
                p = end
                room -= 1
            else:
                return 0
            w += 1
            continue
        if w and k < len(lows) and not word_matches(lows[k], word):
            k = counted(lows, k, word, counts, hedges, classifiers)  # "meluncurkan ratusan rudal"
        if k >= len(lows) or not word_matches(lows[k], word):
            return 0
        k += 1
        w += 1
    return k


def own_passives(clause: Clause, lex: Lexicon) -> frozenset[int]:
    """Where the clause has a di- verb with an agent of its own: not a light verb or a
    verb of leading, whose "oleh" names who did the act noun before it ("penangkapan
    yang dipimpin oleh Kapolres"), nor a hedge ("diduga dilakukan oleh"); or a copula,
    after which the act noun is only described ("penganiayaan itu jadi tontonan oleh
    warga": the onlookers did not beat anyone)."""
    skip = set(LIGHT_VERBS) | AGENT_PASSIVES | lex.cue("adverb")
    return frozenset(
        k
        for k, t in enumerate(clause.toks)
        if (passive_form(t, ("di",), 6) and t.low not in skip) or t.low in GAP_COPULAS
    )


GAP_COPULAS = COPULAS | {"jadi", "menjadi"}


AGENT_PASSIVES = EVENT_WORDS["agent_passive"]
"""Di- verbs whose agent also did the act noun they follow ("dipimpin oleh Kapolres")."""
HELD_GOODS = EVENT_WORDS["held_goods"]
"""Nouns of goods police hold: "mobil yang diamankan" is a seizure, not an arrest."""
HELD_GOODS_VERBS = EVENT_WORDS["held_goods_verb"]
"""Arrest verbs police also use of things ("diamankan"), unlike "ditangkap"."""


def between_names(lows: list[str], p: int, names: dict[int, int]) -> bool:
    """Whether token ``p`` is a comma or "dan" of a list of names ("A, B, dan C"): a
    name ends right before the run of separators it is in and another starts after it."""
    if lows[p] not in LIST_JOINS:
        return False
    a, b = p, p + 1
    while a > 0 and lows[a - 1] in LIST_JOINS:
        a -= 1
    while b < len(lows) and lows[b] in LIST_JOINS:
        b += 1
    return b in names and a in names.values()


def short_form(lows: list[str], p: int, names: dict[int, int], toks: Sequence[Tok] = ()) -> int:
    """End of a bracketed short form at ``p``, or 0: in a gap it takes no room and its
    brackets stop nothing. Right after a name (an end in ``names``) it is part of the name,
    up to two words ("PT Loco Montardo (LCM)", "Front Pembela Islam (FPI)"); else, read
    from the tokens as written (``toks``), one capitalised word right after a word is a
    common noun's alias ("pemerintah daerah (Pemda)", "jaksa penuntut umum (JPU)"), which
    a gap passes as it passes a name's; a lower-case aside, "(red)", "(sic)", is none."""
    if lows[p] != "(":
        return 0
    if p in names.values():
        for q in range(p + 1, min(p + 4, len(lows))):
            if lows[q] == ")":
                if q > p + 1:
                    return q + 1
                break
            if lows[q] in HARD_STOP or lows[q] == ",":
                break
    if not 0 < p < len(toks) - 2 or toks[p + 2].text != ")":
        return 0
    alias = toks[p + 1].text
    return p + 3 if toks[p - 1].text.isalpha() and alias.isalpha() and alias[0].isupper() else 0


def decimal_comma(toks: Sequence[Tok], p: int) -> bool:
    """Whether the comma at ``p`` joins the digits of one number ("2,5 tahun penjara",
    "Rp 1,5 miliar"), written with no space ("pada 2024, 15 orang" is no number): the
    tokeniser splits it, but in a gap it stops nothing."""
    if not 0 < p < len(toks) - 1 or toks[p].text != ",":
        return False
    before, after = toks[p - 1], toks[p + 1]
    return (
        before.text.isdigit()
        and after.text.isdigit()
        and before.end == toks[p].start
        and toks[p].end == after.start
    )


APPOSED = frozenset({"mention", "cap", "noun"})  # what an apposition names ("adik Bupati X")
APPOSITION_HEADS = 2  # title or kin words before the name of an apposition ("mantan istri")


def appositions_after_names(
    lows: list[str], names: dict[int, int], spans: dict[int, int], heads: set[str]
) -> dict[int, int]:
    """The appositions right after a name, as their opening comma -> the token after their
    closing comma: a name or actor noun (``spans``: start -> end token; "Kaesang, putra
    Presiden Jokowi, ke", "Dirut PT X, Siman Bahar (SB), sebagai") after at most two title
    or kin words of ``heads`` ("Budi, mantan Kapolsek X,"); else the comma's next token,
    passed only when it is the pattern's next word ("Mario Teguh, ke Polda"). No verb or
    clause fits in one, so a gap still stops at "X, yang ..." or "X, menurut ...". Made
    once per sentence: each name end is looked at once."""
    out: dict[int, int] = {}
    for p in names.values():
        if p >= len(lows) or lows[p] != ",":
            continue
        k = p + 1
        while k not in spans and k - p <= APPOSITION_HEADS and k < len(lows) and lows[k] in heads:
            k += 1
        end = spans.get(k, len(lows))
        close = (end < len(lows) and short_form(lows, end, spans)) or end
        if close < len(lows) and lows[close] == ",":
            out[p] = close + 1
        elif p + 1 < len(lows):
            out[p] = p + 1  # the comma alone
    return out


def counted(
    lows: list[str],
    k: int,
    word: str,
    counts: frozenset[str],
    hedges: Collection[str],
    classifiers: Collection[str],
) -> int:
    """Where ``word`` stands after at most two count words at ``k`` ("ratusan", "1.200",
    "puluhan ribu"), which may follow up to two hedge words ("sedikitnya", "kurang lebih")
    and precede a classifier ("200 orang personel"): a count between a verb and
    its noun leaves the phrase whole; else ``k``."""
    n = k
    while n < min(len(lows), k + 2) and lows[n] in hedges:
        n += 1
    first = n
    while n < min(len(lows), first + 2) and (
        lows[n] in counts or lows[n].replace(".", "").isdigit()
    ):
        n += 1
        if n < len(lows) and lows[n] in classifiers:
            n += 1
        if n < len(lows) and word_matches(lows[n], word):
            return n
    return k


def addressed(clause: Clause, k: int, preps: set[str]) -> bool:
    """Whether a party follows ``k`` in the clause after one of ``preps`` ("kepada
    Rusia"): an idea or a volunteering put forward to a named party is an offer."""
    lows = clause.lows
    return any(
        lows[n] in preps and clause.cand_at[n + 1] is not None for n in range(k, len(lows) - 1)
    )


SERVED_ASPECT = MODALITY_WORDS["servedaspect"]
"""Aspect words in a sentencing demand's gap ("yang sudah menjalani 3 tahun penjara"): a
term being served. The event stage's own list, not fusion's ``aspect`` (same words today)."""


def accused_only(clause: Clause, i: int, j: int, entry: Entry) -> bool:
    """Whether the gap of a sentencing demand matched at ``i:j`` holds only the accused
    and the term ("menuntut terdakwa X 4 tahun penjara", "menuntut terdakwa yang mantan
    kades itu 6 tahun penjara"): with a di- verb in it the term is another's ("menuntut
    pembebasan X yang divonis 3 tahun penjara", "menuntut X dihukum 20 tahun penjara"),
    a demand anyone may make, not a prosecution; so with an active verb or an aspect word
    ("menuntut pembebasan X yang sudah menjalani 3 tahun penjara")."""
    gap = entry.words.index(GAP)
    inside = clause.toks[i + gap : j - (len(entry.words) - gap - 1)]
    return not any(
        passive_form(t, ("di",), 6) or active_verb(t) or t.low in SERVED_ASPECT for t in inside
    )


GROUP_QUANTIFIERS = MODALITY_WORDS["groupquantifier"]
REMINDED_REACH = 6
"""How many words after the party reminded the opening of what it is reminded of is
sought in ("kepada nelayan di pantai selatan akan potensi gelombang")."""
REMINDED_DUTY_REACH = 8
"""How many words after the opening of what a party is reminded of an obligation or an
appeal is sought in ("bahwa para camat di daerah itu harus ...")."""


def reminded_to_act(clause: Clause, j: int, lex: Lexicon) -> bool:
    """Whether "mengingatkan kepada", matched up to ``j``, admonishes a party to act:
    a party follows "kepada", right after it or within two words of a quantifier
    ("kepada para calon jemaah"; not "kepada pidato Bung Karno", which recalls a
    speech), and no `reminderof` word ("bahwa", "akan", "soal") opens what it is
    reminded of before an active verb: "kepada para bupati bahwa anggaran dipangkas"
    tells a fact, "kepada nelayan akan potensi gelombang" warns of a danger. Unless a
    `reminderduty` word follows it, an obligation or appeal ("bahwa mereka harus ...";
    not one in a relative clause, "anggaran yang harus dipangkas"), or a `reminderneed`
    before a verb ("akan pentingnya menjaga ..."; "bahwa perlunya anggaran itu sudah
    disepakati" tells a fact), or a `reminderappeal` word right after the opening ("bahwa agar ...";
    a later "agar" is purpose: "bahwa program itu dibuat agar anak-anak sehat"):
    that still admonishes the party to act. An "akan" after "yang" is the party's own
    future ("kepada para calon jemaah yang akan berangkat")."""
    toks, lows = clause.toks, clause.lows
    quantifiers = lex.cue("quant") | GROUP_QUANTIFIERS
    k = j
    while k < len(toks) and lows[k] in quantifiers:
        k += 1
    reach = k + 1 + (k > j)  # "para calon jemaah": a quantifier's group names people
    party = next((c for c in clause.cand_at[j:reach] if c is not None and c.i >= j), None)
    if party is None:
        return False
    topics = lex.cue("reminderof")
    for n in range(party.j, min(len(toks), party.j + REMINDED_REACH)):
        if lows[n] in HARD_STOP - topics or lows[n] == "," or active_verb(toks[n]):
            return True
        if lows[n] in topics and lows[n - 1] != "yang":
            if appeal_opens(clause, n, lex):
                return True  # "bahwa (seluruh perangkat desa) agar ...": an appeal
            duties, needs = lex.cue("reminderduty"), lex.cue("reminderneed")
            return any(  # "anggaran yang harus dipangkas": a thing described, no duty
                (lows[m] in duties or (lows[m] in needs and verb_follows(toks, m)))
                and lows[m - 1] != "yang"
                for m in range(n + 1, min(len(lows), n + 1 + REMINDED_DUTY_REACH))
            )
    return True


def direction_told(clause: Clause, j: int, lex: Lexicon) -> bool:
    """Whether "memberi(kan) arahan", matched up to ``j``, tells the party what to do: a
    `directive` word ("agar", "supaya", "harus") follows within the clause, or a
    `directivepurpose` one ("untuk") before a verb ("untuk segera mendata", not "untuk
    persiapan arus mudik"). "bahwa" tells a fact, unless an appeal opens what it tells
    ("bahwa seluruh perangkat desa agar ..."). A direction that tells nothing ("kepada para
    kepala desa dalam rapat koordinasi") is a briefing, which asks nothing of anyone."""
    toks, lows, directive = clause.toks, clause.lows, lex.cue("directive")
    purposes, adverbs, topics = (
        lex.cue("directivepurpose"),
        lex.cue("directiveadverb"),
        lex.cue("reminderof"),
    )
    breaks = lex.cue("directivebreak")
    for n in range(j, len(lows)):
        if lows[n] in directive:
            return True
        if lows[n] in purposes:
            m = n + 1
            while m < len(toks) and lows[m] in adverbs:
                m += 1
            if m < len(toks) and predicate_like(toks[m]):
                return True
        if lows[n] in topics and lows[n - 1] != "yang":
            return appeal_opens(clause, n, lex)
        if lows[n] in breaks or lows[n] in CONTRAST:  # "namun", "tetapi"
            return False
    return False


def appeal_opens(clause: Clause, n: int, lex: Lexicon) -> bool:
    """Whether a `reminderappeal` word ("agar", "supaya") opens what is told after the
    opening at ``n``, right after it or past only a noun phrase, no verb ("bahwa seluruh
    perangkat desa agar menjaga ...": the parties appealed to); past a predicate it tells
    a purpose: a verb ("bahwa sekolah itu dibangun pemerintah agar ..."), a
    `reminderpredicate` word ("bahwa pendataan itu sangat penting agar ...") or any word
    after the noun phrase's demonstrative ("bahwa dana itu terbatas agar ...")."""
    toks, lows, appeals = clause.toks, clause.lows, lex.cue("reminderappeal")
    predicates = lex.cue("reminderpredicate")
    for m in range(n + 1, min(len(toks), n + 1 + REMINDED_DUTY_REACH)):
        if lows[m] in appeals:
            return True
        if lows[m] in PRONOUNS_PL:
            continue  # "bahwa mereka agar ...": a pronoun, though it looks like a verb
        if (
            lows[m] in HARD_STOP
            or lows[m] in APPEAL_BARRIERS
            or lows[m] in predicates
            or lows[m - 1] in DEMONSTRATIVES
            or predicate_like(toks[m])
        ):
            return False
    return False


def verb_follows(toks: list[Tok], m: int) -> bool:
    """Whether a verb comes right after the word at ``m`` ("perlunya menjaga", "pentingnya
    dilakukan"), past an "untuk": the need is of an act, not of a thing."""
    n = m + 1 + (m + 1 < len(toks) and toks[m + 1].low == "untuk")
    return n < len(toks) and (active_verb(toks[n]) or passive_form(toks[n], ("di",), 6))


APPEAL_BARRIERS = MODALITY_WORDS["appealbarrier"]
"""A comma or "yang" before "agar": the noun phrase ended, the appeal word is purpose."""


def told_so(clause: Clause, i: int) -> bool:
    """Whether the copula opening the match at ``i`` ("jadi tersangka") is the
    connective "so" of a speaker's clause: after a comma, a colon or quote mark
    ("Kapolres mengatakan, jadi tersangka AS sudah lama diincar"), where no subject
    stands before it to become the suspect ("X mengaku jadi tersangka" is one)."""
    return i > 0 and clause.lows[i - 1] in SO_OPENERS


SO_OPENERS = MODALITY_WORDS["soopener"]


def find_triggers(
    clause: Clause, lex: Lexicon, shorter: dict[int, list[tuple[int, list[Entry]]]] | None = None
) -> list[tuple[int, int, list[Entry]]]:
    """The longest pattern match at each trigger start; ``shorter`` (when given) gets, for
    a longest match across a gap, the shorter predicate matches at the same start, longest
    first, to try when the gapped one codes nothing ("pertemuannya dengan X yang dilakukan
    di ...": not the light form)."""
    lows, toks = clause.lows, clause.toks
    stops = GAP_STOP | lex.cue("gapstop")
    counts = frozenset(lex.cue("quant") | lex.cue("countunit"))
    hedges, classifiers = lex.cue("counthedge"), lex.cue("countclass")
    names = {c.i: c.j for c in clause.cand_at if c is not None and c.kind in NAMED and c.j > c.i}
    verbs = own_passives(clause, lex)
    spans = {c.i: c.j for c in clause.cand_at if c is not None and c.kind in APPOSED and c.j > c.i}
    appositions = appositions_after_names(lows, names, spans, lex.cue("appos"))
    out = []
    present: set[str] | None = None  # the words an entry may need, made at the first trigger
    i = 0  # where the next match may start: past the last one
    for k in [k for k, low in enumerate(lows) if low in lex.match_words]:  # others start none
        if k < i:
            continue
        i = k
        cand = clause.cand_at[i]
        if cand is not None and cand.kind in ("mention", "cap", "cap0") and cand.i != i:
            continue
        entries = entries_at(lex, lows, i)
        if not entries:
            continue
        best: list[Entry] = []
        end = 0
        ends: dict[int, list[Entry]] = {}
        present = clitics_off(lex, set(lows)) if present is None else present
        for entry in entries:
            if not entry.needs <= present:
                continue  # a word of the pattern is nowhere in the sentence: no match
            j = match_entry(
                lows, i, entry, stops, names, counts, verbs, appositions, hedges, classifiers, toks
            )
            if j and "unaddressed" in entry.args and addressed(clause, j, lex.cue("offeree")):
                continue  # "menawarkan solusi damai kepada Rusia": an offer to a party
            if j and "accused" in entry.args and not accused_only(clause, i, j, entry):
                continue  # "menuntut pembebasan X yang divonis 3 tahun penjara": a demand
            if j and "subject" in entry.args and told_so(clause, i):
                continue  # "mengatakan, jadi tersangka AS sudah lama diincar": "so"
            if j and "remind" in entry.args and not reminded_to_act(clause, j, lex):
                continue  # "mengingatkan kepada para bupati bahwa ...": a fact recalled
            if j and "directed" in entry.args and not direction_told(clause, j, lex):
                continue  # "memberikan arahan kepada para kades dalam rapat": a briefing
            if j:
                ends.setdefault(j, []).append(entry)
            if j and (not best or j > end):
                best, end = [entry], j
            elif j and j == end and best[0].words == entry.words:
                best.append(entry)
        if not best:
            continue
        if best[0].kind == "pred":
            out.append((i, end, best))
            if shorter is not None and all(GAP in e.words for e in best):
                shorter[i] = [  # a gap only guesses the phrase; a contiguous one settles it
                    (j, [e for e in ends[j] if e.kind == "pred"])
                    for j in sorted(ends, reverse=True)
                    if j < end and all(e.kind == "pred" for e in ends[j])
                ]
        i = end
    return out


# ------------------------------------------------------------------ coding one sentence


def complaint(entry: Entry, args: Args) -> bool:
    """Whether residents, students or workers object to or refuse something ("warga
    memprotes pembangunan tembok", "aktivis menolak bendungan"): a civic grievance is
    political even when no state body is named."""
    return entry.event in ("ACCUSE", "REJECT") and any(
        r.type == "group" and r.sector in CIVIC for r in args.actor
    )


CIVIC = frozenset({"CVL", "SOC", "EDU", "LAB"})  # residents, civic groups, students, workers


def political_sentences(within: list[list[Mention]]) -> int:
    """How many sentences name a political actor (an office holder, a ministry, the police),
    given each sentence's mentions: a campaign visit by "Relawan Juara" or a ministers'
    sport pact names more of them than of its sport words, and stays political news. The
    title in a club or company ("presiden AS Roma", "Direktur Utama Jasa Marga") is not one."""
    return sum(
        any(
            m.label != "PRON"
            and (m.sector in POLITICAL_SECTORS or (m.office is not None and m.organization is None))
            for m in held
        )
        for held in within
    )


def sport_cue(lex: Lexicon, words: list[str]) -> bool:
    """Whether a sentence's words hold a sport cue: a word ("laga", "wasit"), a phrase
    ("babak final", "sepak bola") or a match score ("skor 2 - 1", from ``score_tokens``);
    "final" alone is also a decision that is "belum final", "skor 3,35" a survey's."""
    if not lex.sport_words.isdisjoint(words):
        return True
    if lex.sport_phrase_first.isdisjoint(words):
        return False  # no phrase, and no "<word> n-n" row, can start here
    padded = f" {' '.join(words)} "
    return any(p in padded for p in lex.sport_phrases) or any(
        (hit := score_cue(lex, words, k)) is not None and hit[0] == "sport"
        for k in range(len(words))
    )


def genre_cue(
    lex: Lexicon,
    texts: tuple[str, str],
    sent: Sentence,
    names: list[tuple[int, int]],
    named: set[str],
) -> bool:
    """Whether a sentence has a word of a non-political genre ("konser", "film") outside
    the names the article mentions: "Novel Baswedan", "Hotel Sultan" are no novel, no
    hotel stay, and nor is a capitalised "Novel" alone in an article that names him, nor
    a word of a capitalised name ("program Makanan Bergizi Gratis").
    ``texts`` are the article's text and its lower-cased copy."""
    text, lowered = texts
    return any(
        word in lex.genres
        and not inside(names, m.start())
        and not (word in named and text[m.start() : m.start() + 1].isupper())
        and not in_capitalised_name(text, m.span(), sent.start, names)
        for m in WORD.finditer(lowered, sent.start, sent.end)
        for word in (m.group(),)
    )


def words_begun_in(lowered: str, spans: list[tuple[int, int]], wanted: Collection[str]) -> set[str]:
    """The words of ``wanted`` among the ``WORD`` tokens of ``lowered`` that begin inside
    one of ``spans``. Each span is read from the space before it: no token holds a space,
    so the text's tokens begin afresh there, and the rest of the text is not tokenised."""
    found = set()
    for start, end in spans:
        for m in WORD.finditer(lowered, lowered.rfind(" ", 0, start) + 1):
            if m.start() >= end:
                break
            if m.start() >= start and m.group() in wanted:
                found.add(m.group())
    return found


CAPITALISED = re.compile(r"[A-Z][\w-]*")


def not_self(actor: list[EntityRef], recipient: list[EntityRef]) -> list[EntityRef]:
    """The recipients without the actor's own named parties: a state or named body is never
    the target of its own act, though a capital read as its state ("Islamabad menolak ...
    hubungan kedua negara") or a pair phrase can bring it to both sides."""
    own = {r.entity_name for r in actor if r.actor_id is not None or r.type == "country"}
    return [r for r in recipient if r.entity_name not in own]


def in_capitalised_name(
    text: str, span: tuple[int, int], sent_start: int, names: list[tuple[int, int]]
) -> bool:
    """Whether the capitalised word at ``span`` is one of three or more capitalised words
    that form a name the tagger missed ("program Makanan Bergizi Gratis"); a title before a
    tagged name ("Aktris Angelina Jolie") or a two-word label ("Aktor Terbaik") is no such
    name, and the cue counts."""
    start, end = span
    if not text[start : start + 1].isupper():
        return False
    run = [(start, end)]
    pos = end
    while text[pos : pos + 1] == " " and (m := CAPITALISED.match(text, pos + 1)):
        run.append(m.span())
        pos = m.end()
    before = list(CAPITALISED.finditer(text, sent_start, start))
    while before and text[before[-1].end() : run[0][0]] == " ":
        run.insert(0, before.pop().span())
    return len(run) >= 3 and not any(inside(names, s) for s, _ in run if s != start)


def ruled_out(types: frozenset[str] | set[str], entry: Entry) -> bool:
    """Whether a domain's blocked types rule out the entry: all ("*"), its type, or its
    type in one mode ("COERCE:martial-law": a state of emergency over a flood or an
    outbreak is no martial law)."""
    return (
        "*" in types
        or entry.event in types
        or any(f"{entry.event}:{mode}" in types for mode in entry.modes)
    )


CARRIED_MODES = (":martial-law",)  # rule-outs of one mode that the next sentence keeps


def carried_rule_outs(previous: Clause | None) -> set[str]:
    """The rule-outs of the sentence before that hold for this one too: disaster news
    names the flood or the storm, then the state of emergency it brought ("Banjir
    menerjang ... . Bupati menetapkan keadaan darurat."), which is relief work, not
    martial law. Other rule-outs stay with their sentence."""
    if previous is None:
        return set()
    return {t for types in previous.domains.values() for t in types if t.endswith(CARRIED_MODES)}


def domain_of(clause: Clause, entry: Entry) -> str:
    """The check name of a sentence domain that rules out the entry's type
    ("domain:economy" for "saham", "rupiah"; "domain:" alone when only the sentence
    before rules it out, ``carried_rule_outs``)."""
    found = [d for d, types in clause.domains.items() if ruled_out(types, entry)]
    return "domain:" + "+".join(sorted(found))


def drop_of(event: Event, entry: Entry, check: str) -> Drop:
    """The record of a coded event that a check on its sentence or article then dropped."""
    src = event.sources[0]
    return Drop(src.trigger_start or 0, src.trigger_end or 0, entry.event, entry.rule, (check,))


FORCE_IN_SPORT = frozenset({"REJECT", "COERCE", "ASSAULT", "ACCUSE", "SANCTION"})
"""Types a sport article still codes when the police or army do them: a match the police do
not allow, supporters arrested or tear-gassed. Not a ministry's, a court's or a tax office's
acts: on bench news those were mostly a sports court, a club official or a quote's "negara"."""


ARMY_IN_SPORT = frozenset({"COERCE", "ASSAULT"})
"""What the army does in sport news: arrests and crowd control. Its refusals, accusations
and penalties there are its football club's ("PS TNI menolak tawaran Persib": the club)."""


def authority_acts(event: Event) -> bool:
    """Police or armed forces act on a named target (not a club, a federation or a player;
    "PS TNI menyerang" is the army's football club attacking on the pitch: an ASSAULT
    counts only as crowd control, and the army counts only by force)."""
    return (
        bool(event.actor and event.recipient)
        and all(r.sector in SECURITY for r in event.actor)
        and (event.event != "ASSAULT" or "crowd-control" in event.mode)
        and (event.event in ARMY_IN_SPORT or all(r.sector == "COP" for r in event.actor))
    )


def subject_tellers(
    lex: Lexicon, words: list[list[str]], within: list[list[Mention]], skip: list[bool]
) -> list[bool]:
    """For each sentence, whether it is coded, or is the last before a coded sentence that
    may tell a subject (``remember``: it names someone, or has an actor noun): the one
    whose subject the coded sentence most likely carries on ("Ia ...")."""
    out = [not s for s in skip]
    wanted = True  # the coded sentence after has no teller before it yet
    for k in reversed(range(len(skip))):
        if not skip[k]:
            wanted = True
        elif wanted and (
            any(m.label != "PRON" for m in within[k])
            or any(single(w) in lex.actor_first for w in words[k])
        ):
            out[k], wanted = True, False
    return out


def code_clause(
    state: State,
    clause: Clause,
    previous: Clause | None,
    following: Clause | None,
    blocked: Counter[str],
    drops: list[Drop],
) -> list[tuple[Event, Entry]]:
    lex = state.lex
    out: list[tuple[Event, Entry]] = []
    suppressed: set[str] = set().union(*clause.domains.values(), carried_rule_outs(previous))
    if state.sport_article:
        suppressed.add("*")
    # what the sentence's other domains rule out: sport alone does not block force
    unsported: set[str] = set().union(*(t for d, t in clause.domains.items() if d != "sport"))
    shorter: dict[int, list[tuple[int, list[Entry]]]] = {}
    triggers = find_triggers(clause, lex, shorter)
    # requests/invitations/threats by end: coded, or (None) made but dropped
    governors: list[tuple[int, str, Event | None]] = []
    for n, (i, j, entries) in enumerate(triggers):
        governor = next(
            (
                (kind, e)
                for g, kind, e in governors
                if complement(clause, g, i, kind) and not refused_noun(clause, kind, g, i)
            ),
            None,
        )
        span = (clause.toks[i].start, clause.toks[j - 1].end, entries[0].event, entries[0].rule)
        if governor is not None:  # what is asked for is the request's content, not an event
            kind, asker = governor
            if asker is not None and kind == "THREATEN" and not asker.mode:
                threat_content(state, clause, i, j, entries, asker, previous, following)
            drops.append(Drop(*span, (f"content-of-{kind}",)))
            continue
        if alleged(lex, clause, i):
            drops.append(Drop(*span, ("content-of-allegation",)))
            continue
        if asked_for(clause, i):
            drops.append(Drop(*span, ("content-of-aim",)))
            continue
        i_arg = i
        if (
            n
            and i > 1
            and clause.toks[i - 1].low in ("dan", "serta", "lalu", "kemudian")
            and clause.toks[i - 2].low != "yang"  # "diserahkan kepada X yang kemudian
        ):  # berkoordinasi dengan Y": X's own verb, in a relative clause
            i_arg = triggers[n - 1][0]  # "X memuji Y dan berterima kasih": X is the subject
        checks: list[str] = []
        asked: tuple[int, str] | None = None  # a request made but not coded
        for end, tried in [(j, entries), *shorter.get(i, [])]:
            coded = False
            for entry in tried:
                event: Event | str | None = None
                if ruled_out(suppressed, entry):
                    if entry.event in FORCE_IN_SPORT and not unsported & {"*", entry.event}:
                        # blocked by sport alone: the police's act on a club or fans counts
                        event = code_one(state, clause, i, end, entry, previous, following, i_arg)
                    if not (isinstance(event, Event) and authority_acts(event)):
                        blocked[entry.event] += 1
                        checks.append("sport" if state.sport_article else domain_of(clause, entry))
                        coded = True  # a blocked type is not tried again in a shorter form
                        break
                if event is None:
                    event = code_one(state, clause, i, end, entry, previous, following, i_arg)
                if isinstance(event, str):
                    checks.append(event)
                    if event in STILL_ASKED and "gov" in entry.args and asked is None:
                        asked = (end, entry.event)
                elif meeting_topic(lex, clause, i, event, entry, out):
                    checks = ["meeting-topic"]
                    coded = True
                    break
                else:
                    checks = []
                    if "gov" in entry.args:
                        governors.append((end, event.event, event))
                    if not merged_into(event, entry, out):
                        out.append((event, entry))
                    if len(event.actor) >= 2 and not opposed_sides(entry):
                        state.last_plural = event.actor
                    coded = True
                    break
            if coded:
                break
        if checks:
            drops.append(Drop(*span, tuple(checks)))
            if asked is not None:  # "Mereka mendesak Presiden mencopot X" with "mereka"
                governors.append((*asked, None))  # nobody: the removal is still only asked
    protesters = [r for e, _ in out if e.event == "PROTEST" for r in e.actor]
    if protesters:  # the demands of a protest are its topic, not events (PLOVER 3.12)
        demands = [
            (e, x) for e, x in out
            if protest_topic(x) and e.event == x.event
            and any(among(r, protesters) for r in e.actor)
        ]  # fmt: skip
        drops.extend(drop_of(e, x, "protest-demand") for e, x in demands)
        out = [pair for pair in out if pair not in demands]
    return out


# Checks that drop a request, promise or threat that was still made (its parties are
# unnamed, it is a protest's demand, an aim, a non-political article's): what it asks for or
# promises is still only asked or promised. Not "two-sides": a lone "kami sepakat untuk
# menaikkan status perkara" is a decision, and the act decided on was done.
STILL_ASKED = frozenset(
    {"no-actor", "no-recipient", "needs-agent", "unnamed-asked", "strict-cap", "protest-topic"}
    | {"not-first-person", "purpose", "genre", "lone-advice", "wish", "cannot", "business-deal"}
    | {"vague-actor", "lone-pledge", "private-request", "negated-alone"}
)
THREATENED = frozenset({"THREATEN", "ASSAULT", "COERCE", "SANCTION"})  # target = the threat's
KEEPUP_AFTER = 4
"""How far after a stated commitment a word of keeping up ("agar biaya haji terus ditekan")
makes it a pledge to keep up a service."""


def threat_content(
    state: State,
    clause: Clause,
    i: int,
    j: int,
    entries: list[Entry],
    threat: Event,
    previous: Clause | None,
    following: Clause | None,
) -> None:
    """A threat's content names its mode and, when the threat has none, its target:
    "mengancam akan menjemput paksa Yodi" is a THREATEN arrest against Yodi, "mengancam
    akan menarik diri dari PBB" a threat against the UN (not whom a mobilisation moves)."""
    for entry in entries:
        content = code_one(state, clause, i, j, entry, previous, following, i)
        if isinstance(content, str):
            continue
        if content.event == "THREATEN":
            threat.mode = list(content.mode)
        if content.event in THREATENED and not threat.recipient:
            threat.recipient = list(content.recipient)  # "akan menarik diri dari PBB"
        return


AIM_REACH = 8
"""Words an "agar" clause's subject may hold before its verb ("agar Arief Hidayat mundur")."""


def asked_for(clause: Clause, i: int) -> bool:
    """Whether the trigger is the verb of an "agar"/"supaya" clause ("desakan sejumlah pihak
    agar Arief Hidayat mundur", "surat permohonan agar Ahok tak ditahan", "memberi
    lampu hijau agar TNI membantu polisi"): what is asked for,
    wished or aimed at, not an act done. Not a relative clause ("agar pelaku yang
    melakukan pengeroyokan ditangkap", "agar pelaku yang telah memukul korban ditangkap":
    the beating was done)."""
    if i == 0 or clause.toks[i - 1].low == "yang":
        return False
    for k in range(i - 1, max(-1, i - 1 - AIM_REACH), -1):
        low = clause.toks[k].low
        if low in PURPOSE_LINKS:
            return not relative_verb(clause, k, i)
        if low in HARD_STOP or low in (",", ".", "!", "?"):
            return False
    return False


def alleged(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether the trigger at ``i`` is the content of an allegation ("tuduhan bahwa dirinya
    meminta Rp 2 miliar", "isu bahwa panitia memungut biaya"): what is alleged or rumoured
    is not reported as done; the accusation or the denial of it is the event."""
    toks = clause.toks
    for k in range(i - 1, max(0, i - MAX_LEFT) - 1, -1):
        if toks[k].low == "bahwa":
            return k > 0 and toks[k - 1].low in lex.cue("allegation")
        if toks[k].low in HARD_STOP or toks[k].low in (",", ".", "!", "?"):
            return False
    return False


def complement(clause: Clause, g: int, i: int, kind: str = "") -> bool:
    """Whether the trigger at ``i`` is the content of a request, invitation or threat ending at
    ``g`` ("meminta jajarannya mengusut", "mengundang X untuk membahas"). A comma right
    after a request's verb (``kind`` REQUEST) opens what is asked, as after a speech verb
    ("mendesak, Menkumham mencopot X"; "berharap, jaksa menuntut ..."), not after a passive
    one ("Setelah didesak, polisi menangkap X": the comma closes a clause of time)."""
    passive = g > 0 and clause.toks[g - 1].low.startswith(("di", "ter"))
    opens = g if kind == "REQUEST" and not passive else -1
    if g > i or sum(clause.cand_at[k] is None for k in range(g, i)) > 12:
        return False  # names do not count: "mengundang Wamenlu Iran, Ali Bagheri Kani, ..."
    toks = clause.toks
    if toks[i - 1].low in ("dengan", "yang"):
        return False  # a means ("menolak X dengan melayangkan gugatan"), a fact ("X yang ditahan")
    if relative_verb(clause, g, i):
        return False  # "mengikuti jalan Partai X yang sudah lebih dahulu menyatakan dukungan"
    verbs = [k for k in range(g, i - 1) if clause.cand_at[k] is None and predicate_like(toks[k])]
    if toks[i - 1].low in ("dan", "serta") and not verbs:
        return False  # "menolak tambang itu dan mendesak X ...": a second verb of the subject
    asides = relative_asides(clause, g, i)
    if any(a < i <= b for a, b in asides):
        return False  # "meminta X, yang ditahan sejak Mei, ...": a fact about X
    inside = {k for a, b in asides for k in (a, b)} | abbreviated(clause, g, i)
    return not any(
        toks[k].low in HARD_STOP
        and toks[k].low not in PURPOSE_LINKS
        and k not in inside
        or toks[k].low in (".", "!", "?")  # a quote's next sentence: "... bertindak. Kami"
        or (toks[k].low == "," and not listed(clause, k) and k not in inside and k != opens)
        for k in range(g, i)
    )


def relative_verb(clause: Clause, g: int, i: int) -> bool:
    """Whether the trigger at ``i`` is the verb of a relative clause after ``g`` told as done
    ("yang sudah lebih dahulu menyatakan", "yang telah memukul"): only adverbs stand between
    the last "yang" and it, one of them a word of the past or of a standing state
    (``DONE_WORDS``), so it tells a fact about a party
    named before, not what is asked of it ("meminta polisi yang menangani kasus itu menahan
    X", "meminta Kapolri yang baru segera menangkap X" ask for the arrest)."""
    toks = clause.toks
    last = next((k for k in range(i - 1, g - 1, -1) if toks[k].low == "yang"), None)
    if last is None:
        return False
    between = range(last + 1, i)
    return any(toks[m].low in DONE_WORDS for m in between) and not any(
        clause.cand_at[m] is not None or predicate_like(toks[m]) for m in between
    )


DONE_WORDS = PAST | ONGOING | {"dahulu", "duluan"} | UP_TO_NOW
"""Words that tell a relative clause's act as done or standing: "yang sudah lebih dahulu
menyatakan", "yang telah memukul", "yang saat ini ditahan", "yang masih diburu"."""


ABBREVIATION_WORDS = 3  # words a bracketed short form may hold: "(PAN)", "(Menkumham)"


def abbreviated(clause: Clause, g: int, i: int) -> set[int]:
    """The brackets between ``g`` and ``i`` around a short form right after a name
    ("berharap Partai Amanat Nasional (PAN) ikut mengusung"): part of the name, not a
    clause boundary."""
    toks, out = clause.toks, set()
    for k in range(max(g, 1), i):
        if toks[k].low != "(" or clause.cand_at[k - 1] is None:
            continue
        close = next(
            (m for m in range(k + 1, min(i, k + 2 + ABBREVIATION_WORDS)) if toks[m].low == ")"),
            None,
        )
        if close is not None:
            out |= {k, close}
    return out


def relative_asides(clause: Clause, g: int, i: int) -> list[tuple[int, int]]:
    """The commas around each relative clause set off after a name between ``g`` and ``i``
    ("meminta agar PT X, yang sahamnya dimiliki negara, segera dipanggil"): an aside about
    the name, not a clause boundary."""
    toks, out = clause.toks, []
    for k in range(max(g, 1), i):
        if toks[k].low == "," and toks[k + 1].low == "yang" and clause.cand_at[k - 1] is not None:
            close = next((m for m in range(k + 2, i) if toks[m].low == ","), None)
            if close is not None:
                out.append((k, close))
    return out


PERMITS = EVENT_WORDS["permit"]


def refused_noun(clause: Clause, governor: str, g: int, i: int) -> bool:
    """Whether a refusal ending at ``g`` took a noun object before the trigger at ``i``:
    "Warga yang menolak pembangunan bendungan menggelar unjuk rasa" refuses the dam, and
    the protest is the subject's own act; "menolak (X untuk) menandatangani" refuses the
    act; so does a denied permission, whose object is whom it concerns ("tidak
    mengizinkan Liu berobat ke luar negeri": the treatment is what was not allowed)."""
    between = [t.low for t in clause.toks[g:i]]
    return (
        governor == "REJECT"
        and clause.toks[g - 1].low not in PERMITS
        and bool(between)
        and between[-1] not in PURPOSE_WORDS
        and "," not in between
    )


def listed(clause: Clause, k: int) -> bool:
    """Whether the comma at ``k`` joins the names of a list or an apposition ("mengundang
    Wamenlu Iran, Ali Bagheri Kani, serta pejabat Hamas ..."), not two clauses."""
    after = clause.toks[k + 1].low if k + 1 < len(clause.toks) else ""
    return (
        k > 0
        and clause.cand_at[k - 1] is not None
        and (clause.cand_at[k + 1] is not None or after in ("dan", "serta"))
    )


PLAN_NOUNS = EVENT_WORDS["plan_noun"]
PUBLIC_POSTS = EVENT_WORDS["public_post"]  # "meminta anaknya mundur dari jabatan": politics
ASKED_ENDS = EVENT_WORDS["asked_end"]  # "menjual rumah setelah pensiun dari jabatan"
ASKED_DURING = EVENT_WORDS["asked_during"]  # "tidak maju saat pemilihan bupati"


def planned_aim(lex: Lexicon, clause: Clause, i: int, event_type: str) -> bool:
    """Whether a cooperative trigger after "untuk" is a plan, coded AGREE (PLOVER 3.1):
    "terbang ke Beijing untuk bertemu Xi" meets later. Backing is a plan only when its
    sentence speaks of the future or a commitment ("siap mengalah untuk mengusung X",
    "kesepakatan untuk mendukung X"); otherwise the act reported is the backing itself:
    "membentuk tim hukum untuk membela X" supports X (SUPPORT)."""
    if event_type not in FUTURE_TO_AGREE or not purposive(lex, clause, i):
        return False
    if event_type != "SUPPORT":
        return True
    return any(t.low in lex.cue("future") or t.low in PLAN_NOUNS for t in clause.toks[:i])


PLANNING = EVENT_WORDS["planning"]
SCHEDULED = EVENT_WORDS["scheduled"]
HELD = EVENT_WORDS["held"]
"""Verbs a meeting noun takes when it is held ("pertemuan itu akan digelar")."""


def scheduled_talks(lex: Lexicon, clause: Clause, i: int, j: int, event_type: str) -> bool:
    """Whether a meeting or visit named by a noun is still to come, coded AGREE (PLOVER
    3.1: future meetings): planned by the word before it ("merencanakan pertemuan dengan
    X", "rencana kunjungan Menlu Y ke Z") or scheduled by the words after it in its clause
    ("pertemuan dengan X akan dilakukan pekan depan", "kunjungan itu dijadwalkan ...")."""
    toks = clause.toks
    talks = {w[0] for w, kind in lex.anaphors.items() if kind == "CONSULT"}
    if event_type != "CONSULT" or toks[i].low.removesuffix("nya") not in talks:
        return False
    if i and toks[i - 1].low in PLANNING:
        return True
    for k in range(j, min(len(toks), j + 10)):
        low = toks[k].low
        if low in HARD_STOP or low == "," or full_stop(clause, k) or low in lex.cue("speech"):
            return False  # the rest belongs to another clause or to what someone said
        if low in SCHEDULED:
            return True
        if low in ("akan", "bakal") and k + 1 < len(toks) and toks[k + 1].low in HELD:
            return True
    return False


HAVING = EVENT_WORDS["having"]
"""Verbs of having and qualifying: "memiliki kapasitas untuk membela", "memenuhi syarat
untuk mengusung" state an ability or an eligibility, not an act."""


def backing_act(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether a verb of backing after "untuk" is done by the act the clause reports: a
    transitive "me-" verb with its object just before "untuk" ("membentuk tim hukum untuk
    membela X", "menyelenggarakan perjamuan untuk mengapresiasi", "mendorong X untuk
    memuji") backs X by doing it; an intransitive verb ("berkontribusi untuk mendukung"),
    a verb of having or no verb at all states an aim."""
    k = untuk_before(lex, clause, i)
    if k is None:
        return False
    toks = clause.toks
    verb = next((n for n in range(k - 1, max(-1, k - 8), -1) if active_verb(toks[n])), None)
    return verb is not None and toks[verb].low.startswith("me") and toks[verb].low not in HAVING


def purposive(lex: Lexicon, clause: Clause, i: int) -> bool:
    """A trigger introduced by "untuk" ("... untuk bertemu X"): a purpose, not yet done."""
    return untuk_before(lex, clause, i) is not None


def untuk_before(lex: Lexicon, clause: Clause, i: int) -> int | None:
    """The index of the "untuk" that introduces token ``i``, past adverbs only."""
    k = past_adverbs(lex, clause.toks, i)
    return k if k >= 0 and clause.toks[k].low == "untuk" else None


INSTRUMENTS = EVENT_WORDS["instrument"]
"""Verbs of use before "untuk": "golok yang dipakai untuk melukai warga" tells how the act
was done."""

ARRIVALS_TO_SPEAK = EVENT_WORDS["arrival_to_speak"]
SPOKEN = frozenset({"REQUEST", "REJECT", "ACCUSE", "SUPPORT", "CONCEDE", "THREATEN"})
"""Verbal acts that a visit "untuk" makes are made there ("mendatangi gedung dewan untuk
menuntut upah layak", "datang ke kantor bupati untuk memprotes"): saying it is doing it."""


DISPATCHES = EVENT_WORDS["dispatch"]
"""Verbs of putting investigators to work: "menerjunkan 60 penyelidik untuk mengusut kasus
itu", "membentuk tim khusus untuk menyelidiki": the inquiry is under way."""


def purpose_only(lex: Lexicon, clause: Clause, i: int, event_type: str, modes: list[str]) -> bool:
    """Whether a trigger left hypothetical is only the aim of another act ("disiagakan
    untuk menjaga", "terbang ke Batam untuk memeriksa saksi", "usulan untuk menutup
    situs itu"): the news reports the trip, the deployment or the proposal, not this
    act. A decision ("memutuskan untuk meminta X mundur"), a tool used for it ("memakai
    golok untuk melukai"), a crowd gathered to protest and a visit made to voice a demand
    or a protest report it (an inquiry a team was put to work on is no longer hypothetical
    when this is asked: ``inquiry_under_way``)."""
    k = untuk_before(lex, clause, i)
    if event_type == "PROTEST" or k is None:
        return False
    before = {t.low for t in clause.toks[:k]}
    spoken = event_type in SPOKEN and "investigate" not in modes
    return (
        (k == 0 or clause.toks[k - 1].low not in DECIDED)
        and before.isdisjoint(INSTRUMENTS)
        and not (spoken and not before.isdisjoint(ARRIVALS_TO_SPEAK))
    )


DISPATCH_REACH = 6
"""Words a dispatch verb may stand before "untuk": its object ("membentuk tim khusus gabungan
untuk ...", "menerjunkan 60 penyelidik untuk ...")."""


def inquiry_under_way(lex: Lexicon, clause: Clause, i: int, modes: list[str]) -> bool:
    """Whether an investigation after "untuk" is what investigators were put to work on
    ("menerjunkan penyelidik untuk mengusut kasus itu"): begun, not only aimed at. The
    dispatch must be the verb "untuk" hangs on (not "Setelah tim dibentuk, penyidik
    terbang ke Batam untuk memeriksa saksi") and itself done, not promised or denied ("akan
    membentuk tim untuk mengusut" is no inquiry yet)."""
    k = untuk_before(lex, clause, i)
    if k is None or "investigate" not in modes:
        return False
    toks = clause.toks
    for d in range(k - 1, max(-1, k - 1 - DISPATCH_REACH), -1):
        if toks[d].low in DISPATCHES:
            cues = modality(lex, clause, d)
            return not (cues.negated or cues.future or cues.hypothetical)
        if toks[d].low == "," or toks[d].low in HARD_STOP or predicate_like(toks[d]):
            return False
    return False


def among(ref: EntityRef, crowd: list[EntityRef]) -> bool:
    """Whether ``ref`` is one of ``crowd`` or inside one's words: "santri" in the crowd
    "ulama, santri, ustaz dan warga" that protests."""
    for r in crowd:
        if ref.entity_name == r.entity_name:
            return True
        if ref.start is None or ref.end is None or r.start is None or r.end is None:
            continue
        if r.start <= ref.start and ref.end <= r.end:
            return True
    return False


def verb_of(entry: Entry) -> str:
    """The words of an entry's pattern, whatever its row and affixes: "meminta" and the
    spoken bare "minta" are one predicate ("minta"), as "mengingatkan" and "ingatkan"."""
    return entry.rule.split(" ", 1)[-1].replace("+", "")  # "predicates.tsv:690 minta"


def predicate_of(event: Event, entry: Entry) -> str:
    """The predicate that tells a request or promise apart (``merge_repeats``): its verb
    (:func:`verb_of`), or ``SUMMONS`` for a summons whatever words tell it, unless told as
    set again ("menjadwalkan ulang pemanggilan", "kembali memanggil")."""
    verb = verb_of(entry)
    summons = entry.event == "REQUEST" and ("legal" in entry.contexts or verb == "panggil")
    if summons and REDONE_WORDS.isdisjoint(verb.split()) and not done_again(event):
        return verb if counted_summons(event) else SUMMONS
    return verb


def counted_summons(event: Event) -> bool:
    """Whether the summons is told with its count ("melayangkan surat panggilan kedua",
    "dipanggil untuk ketiga kalinya") or as done again ("memanggil ulang X", "memanggil X
    lagi"): an ordinal, a word of ``REDONE_WORDS`` or "lagi" (``once_more_after``) in the
    trigger's next few words; "lagi" right after a negation is "no longer", no count
    ("memanggil bukan lagi saksi, melainkan tersangka")."""
    after = (words_after_trigger(event) or ())[:SUMMONS_COUNT_REACH]
    return any(w in ORDINALS or w in REDONE_WORDS for w in after) or once_more_after(
        after, SUMMONS_COUNT_REACH
    )


def merge_repeats(
    events: list[tuple[Event, str]],
    actor_nouns: Collection[tuple[str, ...]],
    bodies: Mapping[str, str] | None = None,
    sentence_of: Mapping[int, int] | None = None,
) -> list[Event]:
    """One event per real-world event: a later sentence reporting the same type and mode
    with the same actors, recipients and polarity, on a compatible date, is another
    source of the first report ("Hasto ditahan ..." in the lead and again further on;
    "Polisi menangkap X" then "Polisi menahan X"), as the gold codes it once with its
    other sentences as ``also`` spans, and a later act naming no recipient restates the
    same actor's earlier act ("KPK menjadwalkan pemeriksaan terhadap saksi ..." then "KPK
    tengah mengusut dugaan korupsi"), and one of the next two sentences (``sentence_of``:
    id of an event -> its sentence's index) naming whom an act with none named was done to
    tells it again ("Polisi melakukan OTT." then "Para pelaku diamankan ..."; not praise,
    given to one party after another); so a later agentless
    passive restates the earlier act on the same party by the same predicate ("X ditahan
    pihak imigrasi ..." then "X ditahan karena ..."; not "X menjalani sidang" then "X
    didakwa"), and the other way round a later telling naming the doer of an earlier
    agentless act on the same party ("Novel disiram air keras." then "pelaku menyiram
    Novel ...") is that act, argued by its actor.
    A speaker's requests and promises differ by their
    content, not by whom they name: only the same predicate with the same parties repeats
    one (a guarantee and an offer to supply are two AGREEs), or another verb to the same
    parties saying mostly the same words (:func:`kabar.fuse_compare.said_alike`). Events
    with no named participant are kept apart (two unattributed attacks may be two
    attacks). A charge
    is one act whatever verb reports it: the same party naming the same suspect
    ("ditetapkan sebagai tersangka") and charging him ("menjerat Hasto dengan dua
    sangkaan") is one ACCUSE allege. In an act done to a party (an arrest, a charge, an
    attack) either party may be named again in other words (:func:`parties_reworded`: "Polisi"
    then "Polres Tasikmalaya Kota", "Dadang diamankan" then "Pelaku sudah kami amankan"),
    and such a restatement dated only by the story is no other date (a counted group,
    "dua tersangka", is its members named later: :func:`counted_as`). A body's act and the
    same act told by the officer who speaks for it (``bodies``: person's actor id -> his
    body's, :func:`kabar.actors.person_bodies`; "KPU mencabut keputusan ..." then "Ketua
    KPU Afifuddin membatalkan keputusan ...") are one act (:func:`on_behalf_of`). A report
    and the speaker's quotation of it in one of the next two sentences are one act whatever
    their verbs (:func:`quoted`, :func:`quoted_alike`), and an attack told again in a word
    of no manner ("ditusuk" then "melakukan pembunuhan terhadap Riky") is one attack
    (:func:`attack_parties_alike`). A lead dated only by the story's day and a later
    telling giving the act's own day a few days off are one act, on the day given
    (:func:`dated_by_text_later`)."""
    kept: list[Event] = []
    rules: dict[int, object] = {}  # id of a kept event -> its predicate, when it keeps one apart
    story_days: dict[int, str] = {}  # id of a kept event -> the story's day it had, now retold
    told_on_story_day: set[int] = set()  # ids of kept events the text tells on the story's day
    bodies = bodies or {}
    body_ids = set(bodies.values())
    first: dict[tuple[object, ...], list[Event]] = {}
    for event, rule in events:
        charge = event.event == "ACCUSE" and event.mode == ["allege"] and bool(event.recipient)
        act = (
            rule if event.event in VERBAL and not charge else "",
            event.event,
            tuple(event.mode),
            names(event.actor),
            event.negated,
            event.hypothetical,
        )
        key = (*act, names(event.recipient))
        # the same act told again; one its trigger says was done once more ("kembali
        # menetapkan Robert sebagai tersangka") restates only a telling that says so too
        candidates = first.get(key, []) if event.actor or event.recipient else []
        if done_again(event):
            candidates = [o for o in candidates if done_again(o)]
        unnamed = unnamed_only(event.recipient)
        if (
            not candidates
            and event.actor
            and (not event.recipient or unnamed and not done_again(event))
            and not act[0]
            and not another(event)
            and not (unnamed and sentence_says(event, SEPARATE_WORDS))
        ):  # no one named, or only "pihak", "orang": the same doer's act of this kind told
            candidates = [
                o for k, group in first.items() if k[:-1] == act for o in group
                if not (unnamed and told_also(event) and case_apart(o, event))
            ]  # fmt: skip
        if (
            not candidates
            and event.actor
            and event.recipient
            and not act[0]
            and event.event != "SUPPORT"
            and not another(event)
        ):  # a sentence just before named no recipient: this one names whom it was done to
            candidates = [
                o for o in first.get((*act, ()), [])
                if not o.recipient and told_soon_after(o, event, sentence_of)
                and not another(o) and not done_again(o)
            ]  # fmt: skip
        if (
            not candidates
            and event.recipient
            and not event.actor
            and not act[0]
            and not another(event)
        ):  # an agentless restatement: an earlier act with an actor (k[3]), all else alike
            entry = predicate(event)
            candidates = [
                o for k, group in first.items()
                if k[3] and (k[:3], k[4:]) == (key[:3], key[4:])
                for o in group
                if predicate(o) == entry
            ]  # fmt: skip
        if (
            not candidates
            and event.actor
            and event.recipient
            and not act[0]
            and not (another(event) or told_also(event) or done_again(event))
            and not (told_next(event) or told_once_more(event))
        ):  # an earlier agentless telling of the act whose doer this one names
            candidates = [
                o for o in first.get((*act[:3], (), *act[4:], key[-1]), [])
                if not (o.actor or another(o) or done_again(o))  # o.actor: a telling took it
                and not (told_as_past(o) or told_as_past(event))
            ]  # fmt: skip
        reworded = (
            not candidates
            and event.event in AGENT_FAMILY
            and bool(event.actor and event.recipient)
            and not another(event)
        )
        if reworded:  # an act on a party told again, its parties in other words
            told = sentence(event)
            candidates = [
                o for k, group in first.items()
                if (k[:3], k[4:6]) == (act[:3], act[4:6])
                for o in group
                if parties_reworded(event.actor, o.actor, actor_nouns, (told, ""), some=True)
                and parties_reworded(event.recipient, o.recipient, actor_nouns,
                                     (told, sentence(o)))
            ]  # fmt: skip
            reworded = bool(candidates)  # found here: only then a restatement in other words
        if (
            not candidates
            and event.actor
            and event.recipient
            and not another(event)
            and not told_also(event)
        ):  # the same act told again with its parties shortened ("pihak pengembang" then
            # "pengembang"; "Isa Rachmatarwata" then "Isa"); "Ia juga meminta ..." is another
            candidates = [
                o for o in kept
                if same_kind(o, event, rules.get(id(o)), act[0])
                and among_parties(event.actor, o.actor, both=True)
                and among_parties(event.recipient, o.recipient)
            ]  # fmt: skip
        if not candidates and act[0] and event.actor and not another(event):
            # a request or promise told again in other verbs says the same ("meminta
            # pemerintah mengkaji ulang ..." then "mendesak pemerintah mengkaji ulang ..."),
            # to the same party or to the public in another word ("warga", "masyarakat")
            candidates = [
                o for k, group in first.items() if k[1:-1] == key[1:-1]
                for o in group
                if (k[-1] == key[-1] and said_alike(o, event, mostly=True)
                    or public_only(names(o.recipient)) and public_only(names(event.recipient))
                    and asked_the_same(o, event))
            ]  # fmt: skip
        if (
            not candidates
            and event.actor
            and not (another(event) or told_also(event) or told_next(event))
        ):
            # the speaker's words quoted just before or after the report of them ("meminta
            # TNI memberikan keterangan" then "\"TNI perlu memberikan penjelasan ...\"")
            candidates = [
                o for o in kept
                if told_soon_after(o, event, sentence_of)  # first: it tokenises nothing
                and same_kind(o, event, None, None)
                and quoted(o) != quoted(event)
                and not (quoted(o) and told_also(o))
                and among_parties(event.actor, o.actor, both=True)
                and quoted_alike(o, event)
            ]  # fmt: skip
        named_part = (
            not candidates
            and (event.event, event.mode) == ("COERCE", ["arrest"])
            and bool(event.actor and event.recipient)
            and not (sentence_says(event, ANOTHER_WORDS) or told_also(event))
            and not (done_again(event) or told_once_more(event))
        )
        if named_part:  # an arrest of several told again of some of them, or the other way
            # round ("menangkap S, RA dan RB" then "polisi lebih dahulu menangkap S")
            told = sentence(event)
            candidates = [
                o for o in kept
                if same_kind(o, event, None, None) and o.actor
                and not (sentence_says(o, ANOTHER_WORDS) or done_again(o))
                and parties_reworded(event.actor, o.actor, actor_nouns, (told, ""), some=True)
                and (part_named(event.recipient, o.recipient, actor_nouns)
                     or part_named(o.recipient, event.recipient, actor_nouns))
            ]  # fmt: skip
            named_part = bool(candidates)  # found here: the later may name more of them
        generic = (
            not candidates
            and event.event in GENERIC_MODE_TYPES
            and not (another(event) or told_also(event) or done_again(event))
        )
        if generic:  # an attack told again in a word of no manner ("ditusuk", "menembak"
            # then "melakukan pembunuhan terhadap", "serangan Taliban")
            candidates = [
                o for o in kept
                if (o.event, o.negated, o.hypothetical)
                == (event.event, event.negated, event.hypothetical)
                and bool(o.mode) != bool(event.mode)  # one names a manner, one none
                and RESTATED_MODES.issuperset(o.mode + event.mode)
                and not places_differ(o, event)
                and not (another(o) or done_again(o))
                and attack_parties_alike(o, event, actor_nouns)
            ]  # fmt: skip
            generic = bool(candidates)  # found here: only then a restatement of no manner
        if (
            not candidates
            and event.event == "PROTEST"
            and event.date is not None
            and crowd_only(event.actor)
            and not (another(event) or told_also(event) or done_again(event))
        ):  # a protest told again, its crowd in other words ("massa" then "ribuan warga")
            candidates = [
                o for o in kept
                if same_kind(o, event, None, None) and o.date == event.date
                and crowd_only(o.actor) and not places_differ(o, event)
                and crowds_alike(o, event)
                and (not (o.recipient and event.recipient)
                     or among_parties(event.recipient, o.recipient, both=True))
            ]  # fmt: skip
        spokesman = any(x.actor_id in bodies or x.actor_id in body_ids for x in event.actor)
        if not candidates and spokesman and not another(event):
            candidates = [
                o for o in kept
                if same_kind(o, event, rules.get(id(o)), act[0])
                and on_behalf_of(o, event, bodies, content=bool(act[0]))
            ]  # fmt: skip
        same, retold = None, False
        for o in candidates:
            # weighed once per pair; a lead told on the story's own day takes no other
            retold = dated_by_text_later(o, event) and id(o) not in told_on_story_day
            if (
                retold
                or not dates_clash(o, event)
                # restated, dated by the story
                or ((charge or reworded or generic) and date_guessed(event))
                # told again dated by the story, like the lead the kept act came from
                or (date_guessed(event) and story_days.get(id(o)) == event.date)
            ):
                same = o
                break
        if same is None:
            first.setdefault(key, []).append(event)
            kept.append(event)
            rules[id(event)] = act[0]
            continue
        same.sources.extend(event.sources)
        if not unnamed and (  # "pihak yang diamankan" names no one to take
            not same.recipient
            or counted_as(
                same.recipient, event.recipient, actor_nouns, sentence(same), sentence(event)
            )
        ):
            same.recipient = event.recipient  # "dua pelaku" named: "Edwin dan Lauren"
        elif named_part and len(event.recipient) > len(same.recipient):
            same.recipient = event.recipient  # "H ditangkap" then "H dan IN diamankan"
        if retold:  # the act's own day, and no longer a guess
            story_days[id(same)] = same.date or ""
            same.date, same.date_precision = event.date, event.date_precision
            same.rule = retold_date_rule(same, event)
        elif same.date == event.date and date_guessed(same) and not date_guessed(event):
            told_on_story_day.add(id(same))  # the text's day for it: it takes no other
        elif finer_date(event, same) and not date_guessed(event):
            same.date, same.date_precision = event.date, event.date_precision
        if same.event_loc is None:
            same.event_loc = event.event_loc
        if generic:  # the manner and the attacker one of the two tellings names
            same.mode = same.mode or event.mode
        if not same.actor:  # the telling that names the doer argues the act better
            same.actor, same.confidence = event.actor, max(same.confidence, event.confidence)
        same.disputed = same.disputed or event.disputed
    return kept


def crowd_only(refs: list[EntityRef]) -> bool:
    """Whether a protest's actors are only a crowd described, named by no one's name
    ("massa", "ribuan warga", "sekitar 800 orang", "pengunjuk rasa"): no known actor, no
    person, no capitalised word past the first ("massa KSPI" names its union, "Gen Z" its
    generation), so two tellings of one day may tell one crowd."""
    return bool(refs) and all(
        ref.actor_id is None
        and ref.type != "person"
        and not any(w[:1].isupper() for w in ref.entity_text.split()[1:])
        for ref in refs
    )


CROWD_GENERIC = EVENT_WORDS["crowd_generic"]
CROWD_COUNTS = EVENT_WORDS["crowd_count"]
CROWD_STANCES = EVENT_WORDS["crowd_stance"]


def crowd_words(refs: list[EntityRef]) -> list[str]:
    """The words of a crowd's first description past its count ("ratusan buruh pabrik":
    "buruh", "pabrik")."""
    words = refs[0].entity_text.lower().split()
    return [w for w in words if w not in CROWD_COUNTS and not any(ch.isdigit() for ch in w)]


def crowds_alike(a: Event, b: Event) -> bool:
    """Whether two crowd-only protests of one day may be one crowd: one told as a crowd of
    no kind ("massa", "ribuan orang", "pengunjuk rasa"), or one's head noun among the
    other's words ("buruh" and "ratusan buruh pabrik", "kalangan muda" and "anak-anak
    muda"), and neither told as a side ("warga penolak tambang" and "warga pendukung
    tambang", "aksi tandingan"): ojek drivers and factory workers, or a protest and its
    counter-protest, are two."""
    stances = [
        CROWD_STANCES.intersection(
            " ".join([r.entity_text for r in e.actor] + [s.sentence for s in e.sources[:1]])
            .lower()
            .split()
        )
        for e in (a, b)
    ]
    if any(stances):
        return False
    x, y = crowd_words(a.actor), crowd_words(b.actor)
    if not (x and y):
        return False
    return bool({x[0], y[0]} & CROWD_GENERIC) or x[0] in y or y[0] in x


def quoted(event: Event) -> bool:
    """Whether the first report's trigger stands within a quotation of its sentence
    ("\"Kami ingatkan para saksi ...,\" ucap Febri")."""
    return bool(event.sources) and quoted_trigger(event.sources[0])


def attack_parties_alike(a: Event, b: Event, actor_nouns: Collection[tuple[str, ...]]) -> bool:
    """Whether two tellings of an attack may name its parties alike: on each side the same
    ones, perhaps in other words (:func:`parties_reworded`: "dua pelaku" then "Edwin dan
    Lauren"), or one telling naming none; and at least one side named in both (two attacks
    no side of which is named twice may be two attacks)."""
    told = (sentence(b), sentence(a))

    def alike(x: list[EntityRef], y: list[EntityRef]) -> bool:
        return parties_reworded(y, x, actor_nouns, told, some=True) or parties_reworded(
            x, y, actor_nouns, told[::-1], some=True
        )

    sides = [(a.actor, b.actor), (a.recipient, b.recipient)]
    return all(not (x and y) or alike(x, y) for x, y in sides) and any(x and y for x, y in sides)


def places_differ(a: Event, b: Event) -> bool:
    """Whether two reports place their acts apart ("di sebuah kelab malam di Turki" and "di
    Stockholm"): both placed, in places of other names."""
    if a.event_loc is None or b.event_loc is None:
        return False
    x, y = (p.resolved_place or p.extracted_place for p in (a.event_loc, b.event_loc))
    return x != y


def quoted_alike(a: Event, b: Event) -> bool:
    """Whether a report and the quotation next to it may tell one act by their recipients:
    the same ones, or one naming none ("\"Tanggul itu harus selesai,\" ujarnya"), or by the
    same trigger one naming more ("mendukung Ridwan Kamil" and "mendukung Ridwan Kamil dan
    Daniel"); a quotation of another verb to more parties is another act ("memerintahkan
    TNI" then "\"Saya mengajak seluruh warga ... TNI ...\"")."""
    x, y = a.recipient, b.recipient
    if not (x and y) or among_parties(x, y, both=True):
        return True
    alike = a.trigger.lower() == b.trigger.lower()
    return alike and (among_parties(x, y) or among_parties(y, x))


def dates_clash(a: Event, b: Event) -> bool:
    """Whether two reports are dated apart: a month or year the text gives, holding the
    other's day ("pada Juli lalu, Kejagung menyita ..." then "penyitaan dilakukan pada
    Senin (7/7)"), is no other date; the publication's month is no date of the text's."""
    if not (a.date and b.date) or a.date == b.date:
        return False
    (coarse, month), (_, day) = sorted(((a, a.date), (b, b.date)), key=lambda x: len(x[1]))
    return not (day.startswith(month) and not date_guessed(coarse))


def dated_by_text_later(guessed: Event, told: Event) -> bool:
    """Whether the kept report of an act is dated only by the story's day and a later one
    gives the act's own day, within ``RESTATED_DAY_REACH`` days of it ("Polres X menangkap
    ARM" in the lead, then "ARM diamankan ... Jumat (21/4)"): the lead tells the act, the
    body when it was done, so their dates do not set them apart. Not the other way round
    (a day first, then a telling dated by the story, may be a later act), nor for requests
    and promises (said on one day about an act on another), a report of an act the party
    had once undergone ("X pernah diperiksa pada 22 Juli") or one told as another act, nor
    for a day far from the story's (an earlier act of the same case), nor for the story's
    own day: that gives no day of the act's (often the day a speaker told it, "kata Budi,
    Senin"), so the lead stays dated by the story, which fusion weighs as on or before it,
    and takes no other day (``merge_repeats``: "Senin 30 Oktober lalu X juga mangkir" is
    an earlier act)."""
    if guessed.event in VERBAL or not (guessed.date and told.date):
        return False
    if any(sentence_says(e, FORMERLY) or another(e) for e in (guessed, told)):
        return False  # "X pernah diperiksa ...", "Selain X, polisi juga menahan Y"
    if not date_guessed(guessed) or date_guessed(told) or len(told.date) != len("YYYY-MM-DD"):
        return False
    try:
        day, story = date.fromisoformat(told.date), date.fromisoformat(guessed.date)
    except ValueError:  # a publication month: no story's day
        return False
    return 0 < abs((story - day).days) <= RESTATED_DAY_REACH


def retold_date_rule(kept: Event, later: Event) -> str:
    """The kept event's rule with the date note of the later report whose day it took."""
    rule = date_rule_of(later)
    found = DATE_RULE.search(kept.rule)
    if rule is None or found is None:
        return kept.rule
    return kept.rule[: found.start(1)] + rule + kept.rule[found.end(1) :]


def finer_date(later: Event, kept: Event) -> bool:
    """Whether a later report dates the kept one more finely (a day in its month)."""
    if not later.date:
        return False
    return kept.date is None or (later.date != kept.date and later.date.startswith(kept.date))


def same_kind(kept: Event, later: Event, kept_rule: object, rule: object) -> bool:
    """Whether a later report tells the kept one's kind of act: type, mode and flags alike,
    and for a request or promise (``rule``: the predicate that keeps it apart, else empty)
    the kept report's own predicate (``kept_rule``)."""
    kind = (kept.event, kept.mode, kept.negated, kept.hypothetical)
    return kind == (later.event, later.mode, later.negated, later.hypothetical) and (
        not rule or kept_rule == rule
    )


REGIONAL_BOARDS = BOARD_WORDS - NATIONAL_BEFORE
"""A party's board words that name a branch ("DPD", "DPW", "DPC"), not its national board."""


def regional_board(ref: EntityRef) -> bool:
    """Whether a party is named by its regional board ("DPD I Partai Golkar"): the branch
    acts for itself, whatever body the actors stage joined it to. The board word counts
    only before a party's name: "DPD RI" is the senate, a state body."""
    first = ref.entity_text.split()[:1]
    return bool(first) and first[0].casefold() in REGIONAL_BOARDS and ref.sector == "PTY"


def branch_officer(branch: EntityRef, report: Event) -> bool:
    """Whether ``report`` is told of the branch's own officer: its evidence names the
    branch ("Ketua DPD Partai Golkar Jawa Barat Dedi Mulyadi"), so he speaks for it."""
    name = branch.entity_text.casefold()
    return any(name in source.sentence.casefold() for source in report.sources)


def on_behalf_of(
    earlier: Event, later: Event, bodies: Mapping[str, str], content: bool = False
) -> bool:
    """Whether two reports are one party's act told once of the body and once of the
    officer who speaks for it (either way round): the same actors once each person is
    taken for his body, and a person named on one side only (two officers of one body may
    act apart); the same recipients, each perhaps in fewer words ("para ketua umum partai
    politik", "ketua umum parpol"), or one report naming none ("KPU akan menindaklanjuti
    putusan itu" after its secretary's "akan menjalankan putusan DKPP"). A request or a
    promise is told apart by its ``content``: only one naming the same addressee is the
    same (a spokesman's "mengimbau aturan ... diperbarui" is not his body's appeal to
    report gifts in full)."""

    def acting(refs: list[EntityRef], other: Event) -> frozenset[str | None]:
        return frozenset(  # a branch's act is not told of its national board's officer
            None
            if regional_board(x) and not branch_officer(x, other)
            else bodies.get(x.actor_id or "", x.actor_id)
            for x in refs
        )

    def people(refs: list[EntityRef]) -> set[str | None]:
        return {x.actor_id for x in refs if x.actor_id in bodies}

    ids = acting(earlier.actor, later)
    if None in ids or ids != acting(later.actor, earlier):
        return False
    if bool(people(earlier.actor)) == bool(people(later.actor)):
        return False
    a, b = earlier.recipient, later.recipient
    same = bool(a and b) and all(any(worded_alike(p, q) for q in b) for p in a)
    same = same and all(any(worded_alike(p, q) for q in a) for p in b)
    return same or not (content or (a and b))


def worded_alike(a: EntityRef, b: EntityRef) -> bool:
    """One party (:func:`same_party`), or one's words as written within the other's (an
    office holder is named by his office's canonical name until the end of the stage:
    "ketua umum parpol" as written, "para ketua umum partai politik")."""
    x, y = set(a.entity_text.lower().split()), set(b.entity_text.lower().split())
    return same_party(a, b) or (bool(x and y) and (x <= y or y <= x))


def among_parties(later: list[EntityRef], earlier: list[EntityRef], both: bool = False) -> bool:
    """Whether every party of ``later`` is one of ``earlier`` (:func:`same_party`); with
    ``both``, and the other way round. Two known actors differ ("Israel", "Pasukan
    Pertahanan Israel")."""

    def one(a: EntityRef, b: EntityRef) -> bool:
        return not (a.actor_id and b.actor_id and a.actor_id != b.actor_id) and same_party(a, b)

    return all(any(one(p, q) for q in earlier) for p in later) and (
        not both or all(any(one(p, q) for q in later) for p in earlier)
    )


def parties_reworded(
    later: list[EntityRef],
    earlier: list[EntityRef],
    actor_nouns: Collection[tuple[str, ...]],
    told: tuple[str, str],
    some: bool = False,
) -> bool:
    """Whether two reports name the same parties, each in words of its own (with ``some``,
    the later may name only some of them: "Polres Jember melalui Polsek Sukowono menangkap
    ..." then "... ditangkap" by Polsek Sukowono alone): one name within
    the other ("Polres Tasikmalaya" of "Polres Tasikmalaya Kota") unless both are known
    actors that differ, or a bare actor noun (:func:`bare_noun`) for a named party of its
    sector ("polisi", "penyidik" for "Polresta Mataram") or, as an offender's role
    ("pelaku", "tersangka"), for the one the story names ("pelaku" then "Dadang", "Dadang"
    then "pelaku"); a later report may name them only vaguely ("pihak", "orang": "KPK
    belum mengungkap jumlah orang yang diamankan"). ``told`` holds the later and the
    earlier report's sentences, which tie a counted group to names (:func:`counted_as`)."""

    def one(a: EntityRef, b: EntityRef) -> bool:
        if a.actor_id and b.actor_id and a.actor_id != b.actor_id:
            return False  # two known actors ("Israel", "Pasukan Pertahanan Israel")
        if same_party(a, b):
            return True
        bare_a, bare_b = bare_noun(a, actor_nouns), bare_noun(b, actor_nouns)
        if bare_a and a.entity_name.lower().split()[-1] in VAGUE_PARTIES:
            return True  # "jumlah orang yang ditangkap", "pihak yang ditetapkan tersangka"
        if bare_a == bare_b:
            return False  # two names, or two nouns, that differ
        noun, name = (a, b) if bare_a else (b, a)
        return noun.sector == "CRM" or (noun.sector is not None and noun.sector == name.sector)

    if counted_as(later, earlier, actor_nouns, *told) or counted_as(
        earlier, later, actor_nouns, told[1], told[0]
    ):
        return True
    return (
        bool(later and earlier)
        and all(any(one(p, q) for q in earlier) for p in later)
        and (some or all(any(one(p, q) for p in later) for q in earlier))
    )


def part_named(
    part: list[EntityRef], whole: list[EntityRef], actor_nouns: Collection[tuple[str, ...]]
) -> bool:
    """Whether ``part`` names some, not all, of the persons ``whole`` names, each by a name
    of its own ("S" of "S, RA dan RB"): an arrest of several is told again of one of them
    as it went ("polisi lebih dahulu menangkap S"). An actor noun or a counted group
    ("pelaku", "tujuh anak") or a description in lower case ("pengedar ganja") names no
    one in particular."""
    if not part or len(part) >= len(whole):
        return False
    for ref in (*part, *whole):
        if bare_noun(ref, actor_nouns) or counted_size(ref) or not ref.entity_text[:1].isupper():
            return False
    return among_parties(part, whole)


def counted_as(
    group: list[EntityRef],
    named: list[EntityRef],
    actor_nouns: Collection[tuple[str, ...]],
    group_told: str,
    named_told: str,
) -> bool:
    """Whether ``group`` is one counted group of persons ("dua tersangka", "kedua pelaku",
    "3 orang") as many as the names of ``named`` ("S dan DP"), each a name of its own, and
    the two reports tie them: the names' sentence ``named_told`` has a word of
    fuse_words.tsv kind "backref" ("tersebut", "keduanya") or a role noun the group's
    sentence ``group_told`` gives it ("dua orang terduga teroris" then "3 terduga teroris
    ..., yakni RW, KM dan AY"). Equal numbers alone are no same act ("dua pelaku pencurian"
    then "polisi menangkap Andri dan Yosep atas kasus penipuan"); a group of no number
    ("para pelaku") is no count of names."""
    if len(group) != 1 or group[0].actor_id is not None:
        return False
    words = group[0].entity_name.lower().split()
    if len(words) < 2 or (words[1],) not in actor_nouns:
        return False
    count = counted_size(group[0]) or ORDINALS.get(words[0], 0)
    if not count or count != len(named) or any(bare_noun(ref, actor_nouns) for ref in named):
        return False
    said = sentence_words(named_told)
    if fuse_words("backref").intersection(said):
        return True
    told, name = sentence_words(group_told), sentence_words(group[0].entity_name)
    at = next((i for i in range(len(told)) if told[i : i + len(name)] == name), len(told))
    after = told[at + len(name) : at + len(name) + 4]
    roles = {w for w in after if (w,) in actor_nouns} | {words[1]}
    return bool((roles - {"orang"}).intersection(said))  # "orang" ties no role


@lru_cache(maxsize=1024)
def sentence_words(text: str) -> tuple[str, ...]:
    """A report's words, lower-cased: tokenised once for all the pairs that compare it."""
    return tuple(re.findall(r"\w+", text.lower()))


def sentence(event: Event) -> str:
    """The sentence of an event's first report."""
    return event.sources[0].sentence if event.sources else ""


def bare_noun(ref: EntityRef, actor_nouns: Collection[tuple[str, ...]]) -> bool:
    """A party named by a lexicon actor noun only ("polisi", "pelaku"), no name of its own;
    "pihak" before the noun names no more ("pihak kepolisian" is "kepolisian", as for
    ``kabar.event_args.own_police``)."""
    words = tuple(ref.entity_name.lower().split())
    if len(words) > 1 and words[0] == "pihak":
        words = words[1:]
    return ref.actor_id is None and words in actor_nouns


def speaker_obliged(clause: Clause, i: int) -> bool:
    """Whether the one who ought to do the act at ``i`` is the speaker ("kita harus bekerja
    sama dengan X"): a first person after any other party named before it, so in "Kami
    menilai KPK harus memeriksa X" (or "... mereka harus ...") it is KPK (they) that ought
    to, and the speaker demands it."""
    for k in range(i - 1, max(-1, i - 7), -1):
        if clause.toks[k].low in FIRST_PERSON:
            return True
        if clause.cand_at[k] is not None:
            return False
    return False


OUGHT_ADVERBS = frozenset({"segera", "terus", "lebih", "benar-benar", "juga", "tetap", "bisa",
                           "dapat", "mampu", "berani"})  # fmt: skip
"""Words between "harus" and the act it asks for ("harus segera menghentikan ...")."""
BE_VERBS = EVENT_WORDS["be_verb"]  # ber- verbs spelt "be-"


def owed_act(lex: Lexicon, clause: Clause, j: int) -> bool:
    """Whether an act follows the modal ending at ``j`` ("harus terus bekerja", "perlu
    memfokuskan ..."), not a state ("harus jelas") or an event the lexicon codes itself,
    which the obliged reading of that event already turns into a demand."""
    toks = clause.toks
    k = past_ought_adverbs(clause, j)
    if k >= len(toks) or not (active_verb(toks[k]) or toks[k].low in BE_VERBS):
        return False
    return not coded_by_lexicon(lex, clause, k)


def past_ought_adverbs(clause: Clause, j: int) -> int:
    """The first token from ``j`` on that is not a word between "harus" and its act."""
    k = j
    while k < len(clause.toks) and clause.toks[k].low in OUGHT_ADVERBS:
        k += 1
    return k


def coded_by_lexicon(lex: Lexicon, clause: Clause, k: int) -> bool:
    """Whether a predicate entry of the lexicon matches at ``k``: that event is coded on its
    own, and its obliged reading already makes the demand."""
    lows, toks = clause.lows, clause.toks
    return any(
        e.kind == "pred" and match_entry(lows, k, e, toks=toks)
        for e in entries_at(lex, lows, k) or []
    )


REDRESS_PASSIVES = EVENT_WORDS["redress_passive"]
"""Passives of a stop, a repeal or a punishment asked for after "harus" ("harus dihentikan")."""
LEGAL_PROCESS_PASSIVES = EVENT_WORDS["redress_process"]
"""Passives that bring a case to law only with "hukum" after them ("harus diproses hukum")."""
DESIRES = EVENT_WORDS["desire"]
"""Words of wanting before "harus" ("Aku pengin orang itu harus dipenjara"): a wish voiced,
no call for redress."""
CONSEQUENCES = EVENT_WORDS["consequence"]
"""Words that tell what "harus" follows from, not what anyone asks ("Konsekuensi putusan
ini berarti pabrik harus dihentikan", "terpaksa harus dibatalkan")."""
STEP_FIRST = EVENT_WORDS["step_first"]
"""Words that make an act a step before another ("harus dibubarkan dulu", "terlebih dahulu")."""
STEP_REACH = 3  # words after the passive: "harus diverifikasi oleh panitia terlebih dahulu"


def called_stretch(lex: Lexicon, clause: Clause, i: int) -> int:
    """The first token of what a speaker says ought to be done at ``i``: after the nearest
    speech or judging verb, "bahwa", "menurut" or quote mark before it, else the sentence's
    first ("Menurut X, perang harus ...": after the comma closing the speaker's name). A
    party named in that stretch is what the act is done to, never who calls."""
    speech, toks = lex.cue("speech"), clause.toks
    for k in range(i - 1, -1, -1):
        low = toks[k].low
        if low == "," or not (low in speech or low in OBLIGED_OPENERS):
            continue
        if low in RULE_OPENERS and k + 1 < i and toks[k + 1].low in RULE_NOUNS:
            continue  # "Menurut aturan, ...": a rule, no speaker
        if low == "menurut" or lex.report_side.get((low,)) == "after":  # "Menurut X, ..."
            return next((n + 1 for n in range(k + 1, i) if toks[n].low == ","), k + 1)
        return k + 1
    return 0


def redress_asked(lex: Lexicon, clause: Clause, i: int, j: int) -> bool:
    """Whether the modal at ``i:j`` asks that an act of redress be done to what stands
    before it ("perang harus segera dihentikan", "izin tambang itu harus dicabut"): that
    thing is what the act is done to, not a party obliged, so the call is on whoever's job
    the act is, named only by an "oleh" after it. Not in a relative clause ("problem yang
    harus diungkap"), nor after a negation, a word of consequence (``CONSEQUENCES``) or
    of wanting (``DESIRES``). A punishment or inquiry the lexicon codes ("pelaku itu harus
    dihukum berat", "kasus itu harus diusut tuntas") is such a call too: its passive names
    no doer the obliged reading could make the demand of, and the act is only asked for.
    An act that must come first ("ya harus dibubarkan dulu") is a step, no call."""
    toks = clause.toks
    if i > 0 and (toks[i - 1].low == "yang" or toks[i - 1].low in lex.cue("neg")):
        return False
    said = clause.lows[called_stretch(lex, clause, i) : i]
    if not CONSEQUENCES.isdisjoint(said) or not DESIRES.isdisjoint(said):
        return False  # "Aku pengin orang itu harus dipenjara": a wish, asked of no one
    k = past_ought_adverbs(clause, j)
    if k >= len(toks) or not redress_passive(clause, k):
        return False
    # "harus dibubarkan dulu": a step that must come before another, no redress asked
    return STEP_FIRST.isdisjoint(clause.lows[k + 1 : k + 1 + STEP_REACH])


def redress_passive(clause: Clause, k: int) -> bool:
    """Whether the passive at ``k`` stops, undoes or punishes (``REDRESS_PASSIVES``), or
    brings to law ("diproses hukum", "diproses secara hukum"; a bare "diproses" is
    paperwork)."""
    lows = clause.lows
    if lows[k] in REDRESS_PASSIVES:
        return True
    after = [w for w in lows[k + 1 : k + 3] if w != "secara"][:1]
    return lows[k] in LEGAL_PROCESS_PASSIVES and after == ["hukum"]


EVERYONE = MODALITY_WORDS["everyone"]
"""Words making a noun general ("setiap pelanggaran"): a norm said of a whole class."""
RULE_OPENERS = MODALITY_WORDS["ruleopener"]
"""Words before a rule's noun ("menurut aturan", "sesuai undang-undang")."""
RULE_NOUNS = MODALITY_WORDS["rulenoun"]
"""Nouns of a rule or law: "Menurut aturan, ..." tells what the rule says, not who says it."""
OWN_JOB_SECTORS = MODALITY_WORDS["ownjob"]
"""Sectors whose officials take enforcement action themselves ("pungli harus ditindak")."""
OWN_JOB_ACTS = MODALITY_WORDS["ownjobact"]
"""The passives of that enforcement; revoking a permit or annulling a verdict is not it."""
COURT_ACTS = MODALITY_WORDS["courtact"]
"""The passives of a sentence: the court's own act ("terdakwa harus dihukum")."""
COURT_WORDS = MODALITY_WORDS["courtword"]
"""Words naming a court or its judges: only they pass a sentence ("Majelis hakim")."""
OWN_CHAIN = MODALITY_WORDS["ownchain"]
"""Sectors of one chain of command: a unit of the speaker's branch is his own side."""
OWN_PEOPLE = MODALITY_WORDS["ownpeople"]
"""Nouns of a body's own staff that "-nya" makes the speaker's ("anggotanya")."""
CHAIN_UNITS = MODALITY_WORDS["chainunit"]
"""First words of a chain of command's own units' names: "Polres X", "Kodam Y"."""


def general_rule(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether what ought to be done at ``i`` is a norm, said of a whole class its subject
    opens with ("setiap pelanggaran aturan kampanye harus ditindak") or as what a rule
    says ("menurut aturan", "sesuai undang-undang"): no call on any party."""
    lows = clause.lows[called_stretch(lex, clause, i) : i]
    if lows and lows[0] in EVERYONE:  # the subject opens with it, not "buku yang semua memuat"
        return True
    lows = clause.lows[:i]
    return any(a in RULE_OPENERS and b in RULE_NOUNS for a, b in zip(lows, lows[1:], strict=False))


def own_job(
    state: State,
    clause: Clause,
    i: int,
    j: int,
    callers: list[EntityRef],
    doers: list[EntityRef],
) -> bool:
    """Whether the redress the callers ask for by the modal at ``i:j`` is their own act,
    asked of no other party: decided by whose act it is, never by the caller's office
    alone. A doer named is the callers' own body or a unit of their chain of command
    (``own_party``); another body named ("harus dicabut oleh Kementerian ESDM" said by a
    governor) is called on. With none named, the thing to be redressed is the callers'
    own, by a possessive ("pegawainya yang terlibat harus dievaluasi", "kami") or an
    owner named as their own side ("personel Polri ... harus diadili" said by the
    Kapolri; a body known as the caller's, ``State.bodies``), or the act is the
    enforcement their branch does itself ("Kapolres X: pungli itu harus ditindak"), or
    a sentence said by the judges who pass it ("terdakwa harus dihukum", ``COURT_ACTS``). A
    governor's "izin itu harus dicabut", a police chief's or a minister's call to revoke
    a permit, revise a policy or annul a verdict names no act of theirs: a call on
    whoever's job it is."""
    text = state.article.text
    serving = [c for c in callers if not former(text, c)]
    if not serving:
        return False
    if doers:
        return all(any(own_party(state, c, d) for c in serving) for d in doers)
    opens = called_stretch(state.lex, clause, i)
    lows = clause.lows[opens:i]
    if own_possessed(lows):
        return True  # "pegawainya yang terlibat harus dievaluasi": his own people
    owners = resolve(state, clause, [c for c in clause.cands if opens <= c.i < i], None)
    if any(own_party(state, c, o) for c in serving for o in owners):
        return True  # "personel Polri yang memeras harus diadili", said by the Kapolri
    k = past_ought_adverbs(clause, j)
    act = clause.lows[k] if k < len(clause.lows) else ""
    if act in COURT_ACTS:  # "terdakwa harus dihukum": the judges' verdict, no call
        return all(of_a_court(state, c) for c in serving)
    return act in OWN_JOB_ACTS and all(c.sector in OWN_JOB_SECTORS for c in serving)


def of_a_court(state: State, caller: EntityRef) -> bool:
    """Whether ``caller`` is a court or its judges, by its name, its title or its known
    body ("Majelis hakim PN Bogor", "Ketua MA X"): a prosecutor's or the KPK's "harus
    dihukum", though of the judicial sector too, asks the court for the sentence."""
    words = caller.entity_text.split()
    if caller.start is not None:
        words += title_before(state.article.text, caller.start)
    body = state.bodies.get(caller.actor_id or "")
    if body:
        words += body[1].split()
    return any(w.casefold() in COURT_WORDS for w in words)


def own_possessed(lows: list[str]) -> bool:
    """Whether the thing to be redressed (``lows``, the called stretch) is the speaker's
    own by a word tied to it: "kami/kita" as its owner or agent ("izin kami", "izin yang
    kami terbitkan"), not as who holds the opinion ("kita tahu izin itu ...", "bagi kami
    ..."), or his own staff by "-nya" in the noun phrase before "yang" ("para
    pegawainya", "anak buahnya yang terlibat")."""
    for n, low in enumerate(lows):
        if low in FIRST_PLURAL and n > 0 and lows[n - 1] not in OWNER_BARRIERS:
            return True
    head = lows[: lows.index("yang")] if "yang" in lows else lows
    return any(
        w.endswith("nya")
        and (w[:-3] in OWN_PEOPLE or (*head[max(0, n - 1) : n], w[:-3]) in OWN_PEOPLE_PHRASES)
        for n, w in enumerate(head)
    )


OWN_PEOPLE_PHRASES = CLAUSE_PHRASES["ownpeople"]
"""Two-word nouns of own staff ("anak buah"): "buahnya" alone is no staff."""


OWNER_BARRIERS = OBJECT_PREPS | MODALITY_WORDS["ownerbarrier"]
"""Words after which "kami/kita" opens a clause or names who judges, owning nothing."""


def own_party(state: State, caller: EntityRef, party: EntityRef) -> bool:
    """Whether ``party`` is the caller's own side: the body he acts for (``acts_for``), the
    government his title seats him in (``seat_body``: "Wali Kota Medan" of "Pemkot
    Medan"), or, in a chain of command (police, armed forces), a unit of his branch and
    state. Narrower than ``own_body`` (the party obliged before "harus", any body of the
    branch when the speaker's own is unknown): a doer or owner named in a call for redress
    is often the other body of the same branch whose job it is ("harus dicabut oleh
    Kementerian ESDM" said by a governor), so only his seat or chain of command counts."""
    if acts_for(state.bodies.get(caller.actor_id or ""), party):
        return True
    if seat_body(state.article.text, caller, party):
        return True
    return caller.sector in OWN_CHAIN and same_side(party, caller)


def internal_meeting(state: State, args: Args) -> bool:
    """Whether a meeting is held inside one institution (the guideline codes none): one
    party is the others' own body or superior in its chain of command (``own_party``: a
    minister with his ministry, a Kapolda with his Kapolres), whichever role each got."""
    parties = args.actor + args.recipient
    if len(parties) < 2:
        return False
    return any(
        all(q is p or same_actor(p, q) or one_body(state, p, q) for q in parties) for p in parties
    )


def one_body(state: State, p: EntityRef, q: EntityRef) -> bool:
    """Whether ``q`` is of ``p``'s own body (``own_party``); two officers whose bodies are
    both known are of one only if it is the same ("Kapolri" and "Panglima TNI", both
    generals, are two); two parties of one chain of command's sector only when both are
    of one known state and each body named is one of its units (``chain_unit``)."""
    body_p, body_q = state.bodies.get(p.actor_id or ""), state.bodies.get(q.actor_id or "")
    if body_p and body_q:
        return body_p[0] == body_q[0]
    if acts_for(body_p, q) or regional_branch(body_p, q):
        return True
    return (
        own_party(state, p, q)
        and None not in (p.country, q.country)
        and all(r.type != "organization" or chain_unit(r) for r in (p, q))
    )


def regional_branch(body: tuple[str, str] | None, party: EntityRef) -> bool:
    """Whether ``party`` is a regional branch of the body (actor id, name) an officer acts
    for, named as ``name_regional_branches`` names one: the body's name and a home province
    or city, its level written or not ("Partai Golkar Sulawesi Selatan", "Partai Amanat
    Nasional Kota Malang" of the party's chair); not another body whose name starts alike
    ("Dewan Perwakilan Rakyat Daerah Jawa Barat" of the DPR)."""
    if body is None:
        return False
    name, words = body[1].split(), party.entity_name.split()
    if len(words) <= len(name) or [w.casefold() for w in words[: len(name)]] != [
        w.casefold() for w in name
    ]:
        return False
    region = words[len(name) :]
    if len(region) > 1 and region[0].casefold() in place_level_words():
        region = region[1:]  # "Kota Malang"
    place = " ".join(region)  # no union of the two gazetteers built per call
    return place in home_provinces() or place in home_cities()


def chain_unit(ref: EntityRef) -> bool:
    """Whether a body is named as a unit of a chain of command ("Polres Bogor", "Kodam
    Jaya"), not another body of its sector ("BNPT", "Interpol")."""
    words = ref.entity_name.casefold().split()
    return bool(words) and words[0] in CHAIN_UNITS


def seat_body(text: str, caller: EntityRef, party: EntityRef) -> bool:
    """Whether ``party`` is the government office a civil officer's title seats him in,
    which ``person_bodies`` leaves unknown for a regional head or a minister: his title
    (in his own sentence) and the party's name name one level and one whole seat after
    it ("Gubernur Jawa Tengah" / "Pemprov Jateng", "Wali Kota Medan" / "Dinas Perumahan
    Kota Medan", "Menteri ESDM" / "Kementerian ESDM"; not "Bupati Bogor" / "Pemkot Bogor",
    "Gubernur Jawa Barat" / "Pemprov NTB", "Menteri Dalam Negeri" / "Kementerian Luar
    Negeri"); both of the government branch."""
    if caller.start is None or caller.sector != "GOV" or not same_side(party, caller):
        return False
    title = written_seat(text, caller)
    if title is None:
        return False
    if party.type == "person":  # another officer: of his own seat ("Wakil Gubernur X")
        return written_seat(text, party) == title
    name = unit_key(full_province(party.entity_name).casefold()).split()
    body = seat_of(name)
    if body is None:  # no level word in the name ("Dinas Kesehatan Jawa Tengah")
        return len(name) > len(title[1]) and tuple(name[-len(title[1]) :]) == title[1]
    return body == title


def written_seat(text: str, officer: EntityRef) -> tuple[str, tuple[str, ...]] | None:
    """The level and seat of an officer's title as written in his own sentence, before his
    name or as the mention itself ("Wali Kota Bogor" with no name): ``seat_of``."""
    if officer.start is None:
        return None
    reach = max(0, officer.start - TITLE_REACH)
    opens = max((b.end() for b in SENTENCE_BREAK.finditer(text, reach, officer.start)), default=0)
    for written in (" ".join(title_before(text, officer.start, opens)), officer.entity_text):
        seat = seat_of(WORD_RE.findall(full_province(" " + written)))
        if seat is not None:
            return seat
    return None


def seat_of(words: Sequence[str]) -> tuple[str, tuple[str, ...]] | None:
    """The level and the seat (place or portfolio) an office's or a government's name
    gives after its last level word ("wali kota medan": city, medan), if any."""
    low = [w.casefold() for w in words]
    for n in range(len(low) - 1, -1, -1):
        level = SEAT_LEVELS.get(low[n])
        if level is not None:
            return (level, tuple(low[n + 1 :])) if n + 1 < len(low) else None
    return None


SEAT_LEVELS = {
    word: kind
    for kind in ("seatprovince", "seatregency", "seatcity", "seatministry")
    for word in MODALITY_WORDS[kind]
}
"""Words of an office or a government at one level -> that level (modality_words.tsv)."""
SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s|\n")
"""Where a sentence ends: a title is read within the name's own sentence."""


def own_side_quoted(text: str, quote: tuple[int, int] | None) -> bool:
    """Whether the quote a call for redress stands in speaks of the speaker's own side
    ("kami", "kita": "Permenhub itu harus dicabut. ... kita dari Kemenhub menyusul ..."):
    the act is then as much his side's course as anyone's, asked of no other party."""
    if quote is None:
        return False
    words = re.findall(r"\w+", text[quote[0] : quote[1]].lower())
    return not FIRST_PLURAL.isdisjoint(words)


def redress_callers(
    lex: Lexicon,
    clause: Clause,
    i: int,
    reporters: list[EntityRef],
    quote: tuple[int, int] | None,
) -> list[EntityRef]:
    """Who calls for the redress asked at ``i``: the clause's speakers, less any party
    named in what is to be done ("Ia menyebut jika PKI muncul, juga harus ditindak":
    PKI is to be dealt with, it calls for nothing) or in the quoted words that ask it
    ('"Harus ditangkap, karena keterangan para saksi ...," tegasnya': the witnesses are
    its grounds; the one quoted calls)."""
    toks = clause.toks
    opens, ends = toks[called_stretch(lex, clause, i)].start, toks[i].start
    quoted = [quote] if quote is not None else []
    return [
        r
        for r in reporters
        if r.start is None or not (opens <= r.start < ends or inside(quoted, r.start))
    ]


def redress_judges(state: State, clause: Clause, i: int) -> list[EntityRef]:
    """Who judges that the redress at ``i`` is owed, when no speech cue reports the
    clause: the subject of the verb of judging that opens what ought to be done ("Ketua
    Komnas HAM menilai aparat itu harus diproses hukum")."""
    return judge_before(state, clause, called_stretch(state.lex, clause, i))


def redress_doers(state: State, clause: Clause, j: int) -> Args:
    """The arguments of a call for redress (``redress_asked``) ending at token ``j``: the
    political parties named as the ones to act, after "oleh" ("harus dihentikan oleh
    pemerintah") or right after the passive verb, as Indonesian allows ("harus dicabut
    Kementerian ESDM"), else none; who calls is found later, as the clause's speaker."""
    cands = after_oleh(clause, j, verbal=True) or bare_agent(clause, past_ought_adverbs(clause, j))
    doers = resolve(state, clause, cands, None)
    return Args(recipient=[r for r in doers if political(r)])


def bare_agent(clause: Clause, k: int) -> list[Cand]:
    """The agent written right after the passive verb at ``k`` with no "oleh" ("harus
    dicabut Kementerian ESDM", "harus dievaluasi Presiden"): a name or body noun opening
    the very next token, with its coordinated partners; no pronoun ("harus dicabut itu")."""
    c = clause.cand_at[k + 1] if k + 1 < len(clause.toks) else None
    if c is None or c.i != k + 1 or c.kind in ("pron", "met"):
        return []
    return right_arguments(clause, k + 1, prep_only=False)


SUBJECT_ADVERBS = frozenset({"juga", "pun", "sendiri", "tetap", "memang", "justru", "jelas"})
"""Words between the party obliged and "harus" ("Polri juga harus ...")."""
OPINION_VERBS = MODALITY_WORDS["opinion"]
"""Verbs of judging that are no verbs of saying: "Yati menilai pemerintah harus ..." tells
Yati's demand, though no speech cue names her a reporter."""
OBLIGED_OPENERS = OPINION_VERBS | {",", '"', "“", "”", "(", ":", "bahwa", "menurut", "kata", "ujar"}
"""Words after which an obliged party opens its clause ("menilai, pemerintah harus ...")."""


def obliged_subject(lex: Lexicon, clause: Clause, i: int, actor: list[EntityRef]) -> bool:
    """Whether the party before "harus" at ``i`` is the whole subject of a main clause: it
    stands right before the modal and opens the clause or follows a speech verb ("Yati
    menilai pemerintah harus ..."), so neither "program pemerintah harus berjalan" (the
    programme ought to), "jika seorang hakim harus ..." (a condition) nor "Ia harus ..."
    (a pronoun that may stand for anything) asks a party."""
    toks = clause.toks
    k = i
    while k > 0 and toks[k - 1].low in SUBJECT_ADVERBS:
        k -= 1
    if not any(r.end is not None and toks[k - 1].end == r.end for r in actor if k > 0):
        return False
    first = min((r.start for r in actor if r.start is not None), default=None)
    opens = next((n for n, t in enumerate(toks) if t.start == first), None)
    if opens is None or toks[opens].low in THIRD_PERSON | FIRST_PERSON | {"pihaknya"}:
        return False
    while opens > 0 and toks[opens - 1].text[:1].isupper():
        opens -= 1  # "Presiden Prabowo": a title before the name
    before = toks[opens - 1].low if opens > 0 else ","
    return before in OBLIGED_OPENERS or before in lex.cue("speech")


def opinion_holder(state: State, clause: Clause, actor: list[EntityRef]) -> list[EntityRef]:
    """Who judges that the party obliged (``actor``) ought to act, when a verb of
    judging opens the party's clause ("Anggota DPR Yati menilai pemerintah perlu menunda
    ..."): the verb's subject, who asks it of the party though no speech cue reports it;
    [] when the judging is denied ("tidak/belum menilai")."""
    toks = clause.toks
    first = min((r.start for r in actor if r.start is not None), default=None)
    opens = next((n for n, t in enumerate(toks) if t.start == first), None)
    judge = judge_before(state, clause, opens or 0)
    return [r for r in judge if r.entity_name not in names(actor)]


def judge_before(state: State, clause: Clause, opens: int) -> list[EntityRef]:
    """The subject of a verb of judging right before token ``opens`` (or before a "bahwa"
    there): "Yati menilai (bahwa) ...". [] when there is none or it is denied ("tidak
    menilai")."""
    toks = clause.toks
    if opens > 1 and toks[opens - 1].low == "bahwa":
        opens -= 1  # "Yati menilai bahwa pemerintah perlu ...": the verb before "bahwa"
    if not opens or toks[opens - 1].low not in OPINION_VERBS:
        return []
    if opens > 1 and toks[opens - 2].low in state.lex.cue("neg"):
        return []  # "Andi tidak menilai pemerintah perlu ...": no one asks it
    return resolve(state, clause, left_arguments(clause, opens - 1, None), None)


def asker(
    state: State, clause: Clause, actor: list[EntityRef], reporters: list[EntityRef]
) -> list[EntityRef]:
    """Who asks the party obliged (``actor``) to act: whoever the clause is reported by,
    else the holder of the opinion that it ought to (``opinion_holder``)."""
    return reporters or opinion_holder(state, clause, actor)


def party_of_standing(ref: EntityRef) -> bool:
    """A state, a body or an office holder: a party whose conduct is judged, not a lay
    group ("murid", "siswa") or a person the news names by no office."""
    return ref.type in ("country", "organization") or political(ref)


def same_side(party: EntityRef, speaker: EntityRef) -> bool:
    """Whether a party is of the speaker's own branch (sector) and state, as far as known."""
    countries = {party.country, speaker.country} - {None}
    return party.sector is not None and party.sector == speaker.sector and len(countries) < 2


def same_actor(a: EntityRef, b: EntityRef) -> bool:
    """Whether two references name one party: the same actor, else the same name (not
    ``event_args.same_party``'s words of one name within the other's)."""
    return (a.actor_id or a.entity_name) == (b.actor_id or b.entity_name)


def own_body(
    text: str,
    bodies: Mapping[str, tuple[str, str]],
    speakers: list[EntityRef],
    parties: list[EntityRef],
) -> bool:
    """Whether the parties are the speakers' own side, so that what they say those should
    do is their own course, asked of no other party: each party is the body a speaker acts
    for (``bodies``: person's actor id -> his body's, :func:`kabar.actors.person_bodies`;
    "Ketua KPK X" of KPK, not "mantan Ketua KPK X", nor "Kejaksaan Agung" though of his
    branch), or, when a serving speaker's body is not known ("Kapolda X" of "Polres Y"),
    each is of his branch and state (``same_side``; never a political party, each one
    the others' rival). Of "DPR dan Malaysia" the speaker of DPR still asks Malaysia.
    A call for redress judges its doer more narrowly (``own_party``)."""
    if not parties:
        return False
    if all(any(acts_for(bodies.get(s.actor_id or ""), p) for s in speakers) for p in parties):
        return True
    unplaced = [s for s in speakers if s.actor_id not in bodies and not former(text, s)]
    return all(p.sector != "PTY" and any(same_side(p, s) for s in unplaced) for p in parties)


def acts_for(body: tuple[str, str] | None, party: EntityRef) -> bool:
    """Whether ``party`` is the body (actor id, name) an officer acts for, or the whole
    of which it is a unit, named by the unit's first words ("Kejaksaan" of the head of
    "Kejaksaan Negeri Bandar Lampung")."""
    if body is None:
        return False
    key, name = body
    words = party.entity_name.casefold().split()
    return party.actor_id == key or (bool(words) and name.casefold().split()[: len(words)] == words)


def former(text: str, speaker: EntityRef) -> bool:
    """Whether the speaker's title says he no longer holds it ("mantan Ketua KPK X")."""
    if speaker.start is None:
        return False
    before = text[max(0, speaker.start - 60) : speaker.start].lower().split()[-4:]
    return not FORMER.isdisjoint(before)


def speaks_for(speaker: EntityRef, party: EntityRef) -> bool:
    """Whether a speaker is the party or speaks for it: the same one, the state of a
    country, or the party's own branch and state ("kata PM Israel" of Israel)."""
    if same_actor(speaker, party):
        return True
    if party.type == "country" and speaker.country == party.country:
        return True
    return same_side(party, speaker)


def told_by_another(
    lex: Lexicon, clause: Clause, actor: list[EntityRef], reporters: list[EntityRef]
) -> bool:
    """Whether a party's act is told by someone who does not speak for it: a named speaker
    of another side ("Hamas mengatakan Israel akan ...", "..., kata Presiden Iran"), or an
    outsider named only by his calling ("..., kata seorang analis", "Pengamat mengatakan
    ..."). Such a one's account of force on terms is his forecast, no threat made."""
    if any(not any(speaks_for(r, a) for a in actor) for r in reporters):
        return True
    return told_by_outsider(lex, clause)


def told_by_outsider(lex: Lexicon, clause: Clause) -> bool:
    """Whether the clause's teller is named only by his calling ("..., kata seorang analis",
    "Pengamat mengatakan ...") or not at all ("..., kata sumber"): no one who speaks for
    the party whose act he tells."""
    lows = clause.lows
    speech = lex.cue("speech")
    for k, low in enumerate(lows):
        if low in speech:
            near = lows[max(0, k - 4) : k]  # "Pengamat politik UI mengatakan"
        elif lex.report_side.get((low,)) == "after":
            near = lows[k + 1 : k + 4]  # "kata seorang analis"
        else:
            continue
        if not OUTSIDERS.isdisjoint(near) or not UNNAMED_SOURCES.isdisjoint(near):
            return True
    return False


UNNAMED_SOURCES = MODALITY_WORDS["unnamedsource"]
"""Words of a teller the text does not name ("..., kata sumber di Istana"): his account of a
party's plan is a leak, no announcement by that party."""


def announced_by_actor(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether a future act at ``i`` is its actor's own announcement, which makes a
    request or a complaint against a party a made act: not another's forecast or belief
    ("Pengamat memperkirakan X akan meminta ...", "X diprediksi akan ..."), not told by an
    outsider or an unnamed source ("..., kata sumber"), not a relative clause describing
    who would act ("Pejabat yang akan memanggil X adalah Y")."""
    if foreseen(clause, i) or told_by_outsider(lex, clause):
        return False
    k = past_adverbs(lex, clause.toks, i, frozenset(lex.cue("future")))
    return k < 0 or clause.toks[k].low != "yang"


def demanded_of(
    text: str,
    actor: list[EntityRef],
    reporters: list[EntityRef],
    bodies: Mapping[str, tuple[str, str]],
) -> bool:
    """Whether a speaker other than the party obliged asks it of that party: "Menurut
    Andreas, pemerintah harus ..." (not the party's own resolve, "DPR harus lebih terbuka,"
    kata Ketua DPR)."""
    if not actor or not reporters or not all(map(political, actor)):
        return False
    if any(r.entity_name.islower() for r in reporters):
        return False  # "lanjut dia" read as "pelaku": a speaker is named
    if any(r.sector == "PTY" and r.entity_name.islower() for r in actor):
        return False  # "partai harus berbenah": any party, none in particular
    if any(same_actor(speaker, r) for speaker in reporters for r in actor):
        return False  # the speaker's own resolve: the actor is the speaker
    # "Menurut Ketua KPK X, KPK seharusnya ...", '"DPR harus membuka diri," kata Ketua DPR':
    # his own body's course
    return not own_body(text, bodies, reporters, actor)


def predicate(event: Event) -> str:
    """The lexicon entry that coded ``event`` ("predicates.tsv:1372 tahan")."""
    return event.rule.split(" [", 1)[0]


def country_visits_met(events: list[Event]) -> list[Event]:
    """A visit to a country that names no one met ("Sebelum bertolak ke Ukraina, ...") is
    the same trip as the same visitor's meeting with a party of that country coded in the
    article ("mengunjungi Kyiv dan bertemu Presiden Ukraina Volodymyr Zelenskyy"), on a
    compatible date: another source of the meeting, as the gold codes the trip once."""
    kept: list[Event] = []
    for event in events:
        hosts = {r.country for r in event.recipient}
        met = None
        if (
            event.event == "CONSULT"
            and "visit" in event.mode
            and event.actor
            and event.recipient
            and all(r.type == "country" and r.country for r in event.recipient)
            and len(hosts) == 1
        ):
            met = next(
                (
                    o for o in events
                    if o is not event
                    and o.event == "CONSULT"
                    and "multilateral" not in o.mode
                    and (o.negated, o.hypothetical) == (event.negated, event.hypothetical)
                    and set(names(o.actor) + names(o.recipient)) >= set(names(event.actor))
                    and any(
                        r.country in hosts and r.type != "country"
                        for r in o.actor + o.recipient
                        if r.entity_name not in names(event.actor)
                    )
                    and (not (o.date and event.date) or o.date == event.date
                         or date_guessed(event))
                ),
                None,
            )  # fmt: skip
        if met is None:
            kept.append(event)
            continue
        told = {s.start for s in met.sources}
        met.sources.extend(s for s in event.sources if s.start not in told)
    return kept


def kind_described(clause: Clause, i: int, actor: list[EntityRef]) -> bool:
    """Whether the trigger at ``i`` stands in a relative clause on a generic head, and that
    head is all the actor names: "X merupakan kelompok yang mendukung Y", "tak ada satu pun
    negara yang menyatakan dukungan", "orang yang memberi atau menjanjikan sesuatu": it
    says what kind of party is meant, reporting no act (a relative clause describing who
    would ask is no request, docs/annotation.md 5). "pihak" is no such head: "pihak yang
    menuduhnya" are the ones who did accuse him."""
    if not actor or any(r.actor_id or r.entity_text.lower() not in KIND_HEADS for r in actor):
        return False
    lows = clause.lows
    at = relative_opening(lows, i)
    if at < 1 or lows[at] != "yang" or (at == i - 3 and lows[i - 1] not in VERB_JOINS):
        return False
    return lows[at - 1] in KIND_HEADS


def relative_opening(lows: list[str], i: int) -> int:
    """Where the "yang" opening a relative clause on the trigger at ``i`` stands: right
    before it, or before a first verb and its join ("yang memberi atau menjanjikan")."""
    return i - 1 if lows[i - 1 : i] == ["yang"] else i - 3


def petition_ruled(clause: Clause, i: int, j: int) -> bool:
    """Whether a ruling verb rules on the petition named at tokens ``i:j``: it stands
    within ``RULING_REACH`` words before or after it ("mengabulkan gugatan praperadilan X",
    "gugatan praperadilan X ditolak") and is asserted ("hakim belum memutuskan" rules on
    nothing, so a hearing with no ruling still codes the suit)."""
    lows = clause.lows
    near = [*range(max(0, i - RULING_REACH), i), *range(j, min(len(lows), j + RULING_REACH + 1))]
    return any(lows[n] in RULINGS and (n == 0 or lows[n - 1] not in UNASSERTED) for n in near)


def copular_party(
    state: State, clause: Clause, i: int, quote: tuple[int, int] | None
) -> list[EntityRef]:
    """The party a copula equates with the generic head of the relative clause holding
    the trigger at ``i`` ("Amerika Serikat menjadi satu-satunya negara yang menolak
    resolusi itu, Jumat (8/3/2024)"; ``kind_described``), when the clause after the
    trigger has a time of its own: then it tells that party's dated act, not what kind of
    party is meant. Without a time ("KNPB merupakan kelompok yang mendukung ULMWP"), with
    only a speech verb's time after a comma (", kata X, Selasa"), or with a negated or
    modal copula ("tidak akan menjadi", "bisa menjadi") none."""
    lows = clause.lows
    k = relative_opening(lows, i) - 2  # the word before the head
    while k > 0 and lows[k] in KIND_ONE:
        k -= 1
    if k < 1 or lows[k] not in KIND_COPULAS or lows[k - 1] in UNASSERTED:
        return []  # "tidak akan menjadi negara yang ...", "bisa menjadi": nothing was done
    toks = clause.toks
    end = next(  # "..., kata Retno, Selasa (4/6/2024)": the time of the speech, not the act
        (n - 1 for n in range(i + 1, len(toks)) if lows[n - 1] == "," and lows[n] in SAY_WORDS),
        len(toks) - 1,
    )
    if not any(toks[i].start <= t.start < toks[end].end for t in state.article.times):
        return []
    subject = left_arguments(clause, k, quote)
    return resolve(state, clause, subject, quote) if subject else []


def done_to_oneself(clause: Clause, j: int) -> bool:
    """Whether the trigger's object, right after it, is the doer himself ("diri": "massa
    membubarkan diri", "warga mengamankan diri ke masjid"). "dirinya" may be another
    ("polisi menangkap dirinya"); "dirinya sendiri" is left alone: a sentence that tells a
    shooting and then the shooter's suicide by one verb may have only the latter coded."""
    return j < len(clause.lows) and clause.lows[j] in SELF_OBJECTS


def another(event: Event) -> bool:
    """The sentence marks its act as one more ("menetapkan satu tersangka lain", "Selain
    RR, Densus 88 juga melakukan penangkapan", "Selain itu, KPK melakukan OTT di Sumut"):
    not a restatement of the act before; the act an opening "Selain ..." clause names is
    the known one (:func:`given_first`)."""
    return sentence_says(event, ANOTHER_WORDS) and not given_first(event)


def case_apart(earlier: Event, later: Event) -> bool:
    """The later report names a case of its own that no report of the earlier act names
    ("Polisi juga menangkap sejumlah orang dalam kasus judi online" after a drug dealer's
    arrest): a round-up in another case, not the arrest told before; "kasus tersebut",
    "kasus yang sama" refer back to it."""
    if not later.sources or CASE_NOUNS.isdisjoint(said_words(later.sources[0].sentence)):
        return False  # no case noun: the earlier reports' words need not be gathered
    words = WORD.findall(later.sources[0].sentence.lower())
    told = frozenset().union(*(said_words(s.sentence) for s in earlier.sources))
    for i, word in enumerate(words):
        after = words[i + 1 : i + 1 + CASE_REACH]
        if word not in CASE_NOUNS or not CASE_BACK.isdisjoint(after):
            continue
        named = [w for w in after if w not in CASE_FILLERS][:1]
        if named and named[0] not in told:
            return True
    return False


def sentence_says(event: Event, words: AbstractSet[str]) -> bool:
    """Whether the sentence of the event's first report holds any of ``words``."""
    return bool(event.sources) and not words.isdisjoint(said_words(event.sources[0].sentence))


@lru_cache(maxsize=1024)
def said_words(text: str) -> frozenset[str]:
    """A report's words as ``WORD`` splits them, lower-cased: split once for all the
    pairs ``merge_repeats`` compares it in."""
    return frozenset(WORD.findall(text.lower()))


def text_before_trigger(event: Event) -> str | None:
    """The text of the event's first report before its trigger; None when it has no
    report or no trigger offsets."""
    source = event.sources[0] if event.sources else None
    if source is None or source.trigger_start is None:
        return None
    return source.sentence[: source.trigger_start - source.start]


def words_before_trigger(event: Event) -> tuple[str, ...] | None:
    """The words (``report_words``) of ``text_before_trigger``."""
    before = text_before_trigger(event)
    return None if before is None else report_words(before, 0, None)


def words_after_trigger(event: Event) -> tuple[str, ...] | None:
    """The words of the event's first report after its trigger (``report_words``); None
    when it has no report or no trigger offsets."""
    source = event.sources[0] if event.sources else None
    if source is None or source.trigger_end is None:
        return None
    return report_words(source.sentence, source.trigger_end - source.start, None)


@lru_cache(maxsize=4096)
def report_words(text: str, begin: int, end: int | None) -> tuple[str, ...]:
    """The lower-cased words (``WORD``) of ``text[begin:end]``: a report's words before or
    after its trigger, split once for all the pairs ``merge_repeats``' guards compare it in."""
    return tuple(WORD.findall(text[begin:end].lower()))


def given_first(event: Event) -> bool:
    """Whether the act is told in its sentence's opening "Selain ..." clause ("Selain
    menangkap RR, Densus 88 juga menyita ..."): the act the sentence takes as known, told
    before it, not one more; "Selain itu, ..." names no act. The trigger stands right after
    "selain", one word between at most ("Selain telah menahan X", "Selain mendapat
    dukungan dari X"): in "Selain kasus narkoba Polres Bogor juga melakukan penangkapan
    ...", its comma left out, the act is the main clause's."""
    before = text_before_trigger(event)
    if before is None:
        return False
    words = report_words(before, 0, None)
    if words[:1] != ("selain",) or len(words) > 2 or words[1:] == ("itu",):
        return False
    return "," not in before


def told_next(event: Event) -> bool:
    """The sentence tells its act as one that followed or went further ("Ia kemudian
    meminta ...", "Dia bahkan mendesak ...", "Ia lalu meminta ..." with "lalu" right before
    the trigger, not after a day or month: "Senin lalu meminta"): not the quotation before
    it told again."""
    if sentence_says(event, NEXT_WORDS):
        return True
    before = words_before_trigger(event) or ()
    return before[-1:] == ("lalu",) and not (
        before[-2:-1] and (before[-2] in TIME_NOUNS or before[-2] in WEEKDAYS | MONTHS)
    )


def done_again(event: Event) -> bool:
    """The trigger says its act was done once more ("kembali menetapkan tiga tersangka"):
    a sentence after it may tell the earlier act, not this one."""
    before = words_before_trigger(event) or ()
    return bool(before) and before[-1] in REDONE_WORDS


def told_as_past(event: Event) -> bool:
    """The act is told as background, undated ("pernah ditangkap ... beberapa tahun lalu",
    :func:`kabar.event_context.settle_date`): it may be an earlier act than the story's."""
    return date_rule_of(event) == BACKGROUND_RULE


def told_once_more(event: Event) -> bool:
    """The sentence counts its act as a repeat ("menangkap Rahmat lagi", "untuk kedua
    kalinya"): not the act an earlier sentence told. "lagi" counts only in the trigger's
    next few words and not negated ("yang kini tidak lagi menjabat"); "kalinya" only after
    an ordinal ("untuk pertama kalinya" is no repeat); "sekali lagi" just before it counts too."""
    if not event.sources:
        return False
    if counted_repeat(report_words(event.sources[0].sentence, 0, None)):
        return True
    before, after = words_before_trigger(event), words_after_trigger(event)
    if before is None or after is None:
        return False
    if before[-2:] == ("sekali", "lagi"):  # "polisi sekali lagi menangkap ..."
        return True
    return once_more_after(after, ONCE_MORE_REACH + 1)


def told_also(event: Event) -> bool:
    """The sentence adds its act to one told before ("Ia juga meminta ..."), unless the act
    is the known one it adds to (:func:`given_first`)."""
    return sentence_says(event, ADDED_WORDS) and not given_first(event)


def told_soon_after(earlier: Event, later: Event, sentence_of: Mapping[int, int] | None) -> bool:
    """Whether ``later`` is reported in one of the ``SOON_AFTER_SENTENCES`` after
    ``earlier``'s (``sentence_of``: id of an event -> its sentence's index)."""
    if not sentence_of or id(earlier) not in sentence_of or id(later) not in sentence_of:
        return False
    return 0 < sentence_of[id(later)] - sentence_of[id(earlier)] <= SOON_AFTER_SENTENCES


def date_guessed(event: Event) -> bool:
    """The event's date is the article's, not its text's (the story's day or the
    publication month, :func:`event_date`): a repeat so dated cannot date a report whose
    own sentence says its date is unknown ("beberapa waktu lalu", "sempat ditolak")."""
    return date_rule_of(event) in GUESSED_RULES


def date_rule_of(event: Event) -> str | None:
    """The rule that dated ``event`` (``event_date``, ``settle_date``), read from its rule
    string whatever notes a later step added after it; None when it has none."""
    found = DATE_RULE.search(event.rule)
    return found.group(1) if found else None


def merged_into(event: Event, entry: Entry, others: list[tuple[Event, Entry]]) -> bool:
    """Same type, actors, polarity and mood in one sentence: one event (recipients pooled:
    "memuji dukungan Iran dan berterima kasih kepada Pemimpin Tertinggi"; "Serangan udara
    Israel menewaskan 20 orang": the killing is the strike's). Two verbs of different
    modes are two acts ("menewaskan 1.200 orang serta menyandera 240 lainnya"). A visit
    noun framing a meeting ("Dalam rangkaian kunjungan Presiden Prabowo bertemu dengan Raja
    dan Ratu Belanda") is that meeting: CONSULT roles are not fixed, its parties are."""
    key = (event.event, names(event.actor), event.negated, event.hypothetical)
    for other, other_entry in others:
        verbs = "nom" not in (entry.voice, other_entry.voice)
        if not verbs and same_meeting(event, other):
            return True
        if (other.event, names(other.actor), other.negated, other.hypothetical) != key:
            continue
        if verbs and tuple(other.mode) != tuple(event.mode):
            continue
        known = set(names(other.recipient))
        other.recipient = other.recipient + [
            r for r in event.recipient if r.entity_name not in known
        ]
        return True
    return False


HOPED_MODALS = frozenset({"bisa", "dapat", "segera", "akan", "mau", "tetap", "terus", "lebih"})


HOPE_PREPS = frozenset({"kepada", "pada"})  # "berharap kepada X agar ..."
HOPE_OPENERS = HOPE_PREPS | {","}  # "berharap, X ...": may stand before the party asked


def hoped_act(tok: Tok) -> bool:
    """A word that opens the act hoped for: a modal ("bisa", "segera") or an active verb."""
    return tok.low in HOPED_MODALS or active_verb(tok)


def forbidding_hope(clause: Clause, i: int, quote: tuple[int, int] | None) -> bool:
    """Whether the hope at ``i`` forbids something ("berharap isu itu jangan sampai
    diabaikan", "berharap jangan ada yang terpancing"): a prohibition speaks to whoever
    must act, an appeal though it names no party. Read to the end of the sentence, or of
    the quote the hope stands in."""
    for k in range(i + 1, len(clause.toks)):
        if full_stop(clause, k) or (quote and clause.toks[k].start >= quote[1]):
            return False
        if clause.toks[k].low == "jangan":
            return True
    return False


def hoped_of(clause: Clause, i: int, recipient: list[EntityRef]) -> list[EntityRef]:
    """Who a hope without "agar" asks ("berharap" at ``i``): the political parties before the
    act hoped for, when one opens the clause ("berharap KPK dan Polri dapat menuntaskan
    ...", "berharap majelis hakim menjatuhkan vonis ringan"); "berharap bantuan ini dapat
    memperkuat daya beli masyarakat" or "berharap warga bisa ..." asks nobody. A comma or
    "kepada" may stand before the party ("berharap, DPR segera ...", "berharap kepada majelis
    hakim agar ...")."""
    toks = clause.toks
    first = i + 1
    while first + 1 < len(toks) and toks[first].low in HOPE_OPENERS:
        first += 1
    act = next((k for k in range(first + 1, len(toks)) if hoped_act(toks[k])), None)
    if act is None:
        return []
    if any(t.low in HOPE_PREPS for t in toks[i + 1 : first]) and not any(
        t.low in PURPOSE_LINKS for t in toks[first:act]
    ):
        return []  # "hanya bisa berharap kepada hakim yang adil": trust, not an appeal
    opens, ends = toks[first].start, toks[act].start
    asked = [r for r in recipient if political(r) and opens <= (r.start or -1) < ends]
    return asked if any(opens_hoped_act(clause, first, r) for r in asked) else []


def opens_hoped_act(clause: Clause, first: int, party: EntityRef) -> bool:
    """Whether ``party`` is named by the phrase that opens the act hoped for at token
    ``first``: it starts there, or the title phrase starting there ends in its name
    ("berharap Presiden RI Joko Widodo mencabut ...", "berharap hakim tunggal PN X Budi
    menolak ...": the office holder named after his title is the one asked)."""
    if party.start == clause.toks[first].start:
        return True
    phrase = clause.cand_at[first]
    return (
        phrase is not None
        and phrase.i == first
        and phrase.title is not None
        and party.start is not None
        and phrase.start < party.start < phrase.end
    )


def meeting_topic(
    lex: Lexicon,
    clause: Clause,
    i: int,
    event: Event,
    entry: Entry,
    others: list[tuple[Event, Entry]],
) -> bool:
    """A talk or visit after "untuk" that follows a meeting or visit of the same parties
    coded in the sentence says what that meeting was for ("X dan Y bertemu di Bogor untuk
    membahas ...", "tiba di Sydney untuk kunjungan resmi"): the same meeting, not a second,
    planned one (which ``planned_aim`` would make an AGREE). A party it adds ("tiba di Tokyo
    untuk bertemu X", X not yet coded) keeps it an event of its own."""
    if entry.event != "CONSULT" or not purposive(lex, clause, i):
        return False
    parties = set(names(event.actor) + names(event.recipient))
    return any(
        other_entry.event == "CONSULT"
        and other.negated == event.negated
        and parties <= set(names(other.actor) + names(other.recipient))
        for other, other_entry in others
    )


def same_meeting(event: Event, other: Event) -> bool:
    """Two CONSULTs of one sentence, one of them a noun, whose parties are the same
    (``merged_into``)."""
    parties = {n for e in (event, other) for n in names(e.actor) + names(e.recipient)}
    return (
        event.event == other.event == "CONSULT"
        and event.negated == other.negated
        and set(names(event.actor) + names(event.recipient)) == parties
        and set(names(other.actor) + names(other.recipient)) == parties
    )


def verdict_index(clause: Clause, i: int, j: int, entry: Entry) -> int | None:
    """The token where the verdict after a judging verb's gap begins ("menilai X [melanggar]"),
    None for a pattern without a gap."""
    if GAP not in entry.words:
        return None
    verdict = entry.words[entry.words.index(GAP) + 1]
    return next((q for q in range(i + 1, j) if word_matches(clause.toks[q].low, verdict)), None)


def relative_verdict(lex: Lexicon, clause: Clause, i: int, j: int, entry: Entry) -> bool:
    """Whether the verdict of a finding sits in a relative clause ("menyatakan pejabat yang
    terbukti melanggar akan dicopot", "menentukan pihak mana yang bersalah"): a rule or an
    open question about whoever is guilty, no finding against a party. Only adverbs may
    stand between the last "yang" and the verdict; a word of another kind means the
    relative clause tells something else of the party ("menyatakan X yang juga ketua partai
    terbukti melanggar"), and this check leaves the verdict to the finding rules (which
    today code nothing for a relative clause set off by commas: "menyatakan X, yang juga
    pengurus partai, bersalah")."""
    k = verdict_index(clause, i, j, entry)
    if k is None:
        return False
    lows = clause.lows
    last = next((q for q in range(k - 1, i, -1) if lows[q] == "yang"), None)
    return last is not None and all(lows[q] in lex.before_verb for q in range(last + 1, k))


def verdict_denied(lex: Lexicon, clause: Clause, i: int, j: int, entry: Entry) -> bool:
    """Whether the verdict after a judging verb's gap is negated ("menilai kliennya tidak
    melanggar", "menyebut X tidak pernah berbohong"): the speaker clears X, accusing no one.
    The adverbs and modals before the verdict ("tidak pernah", "tak akan") are passed over;
    "tidak hanya berbohong" (not only lied) still accuses."""
    k = verdict_index(clause, i, j, entry)
    if k is None:
        return False
    lows = [t.low for t in clause.toks[:j]]
    q = k - 1
    while q > i and lows[q] in lex.before_verb:
        if lows[q] in lex.cue("neg"):
            return lows[q + 1] not in NOT_ONLY
        q -= 1
    return False


ARMED = SECURITY | {"REB"}  # police, armed forces, armed groups


def commands_force(ref: EntityRef) -> bool:
    """Whether the party can deploy troops or police (PLOVER MOBILIZE): a state, a police,
    military or armed body, or a government office holder who orders them."""
    return (
        ref.type == "country" or ref.sector in ARMED or (bool(ref.office) and ref.sector == "GOV")
    )


def private_persons(lex: Lexicon, clause: Clause, args: Args) -> bool:
    """Both sides named and all of them private persons: no office (the caller has checked
    ``political``) and no title of one in the name ("Presiden Prabowo", "Kapolri"). A
    request between them, a mother's advice to her son or a cell leader's order to a
    member, is a family or criminal dealing, no PLOVER event. A role addressed as a group
    ("Kepada seluruh kepala sekolah, X meminta ...", ``addressed_as_group``) is a public the
    speaker addresses, no private person; "Seorang petani meminta anaknya ..." is one
    (``one_person``)."""
    parties = args.actor + args.recipient
    return (
        bool(args.actor and args.recipient)
        and not any(
            not one_person(clause, r) or titled(lex, r) or addressed_as_group(lex, clause, r)
            for r in parties
        )
        and not kin_asked_of_a_public_post(clause, parties)
    )


def kin_asked_of_a_public_post(clause: Clause, parties: list[EntityRef]) -> bool:
    """Whether a named person deals with his relative about a public post ("Budi meminta
    anaknya mundur dari jabatan ketua DPRD", "... tidak maju dalam pemilihan bupati"):
    politics, no family matter. The post is in what is asked: after the relative and before
    a link of time or cause (``ASKED_ENDS``: "meminta anaknya menjual rumah setelah pensiun
    dari jabatan" is a private matter), save a link of the time within which the act falls
    right before the post (``ASKED_DURING``: "tidak maju saat pemilihan bupati" asks about
    the election). One farmer ("seorang petani") asking his son about
    a post, or anyone about a private act, stays a private dealing."""
    if not any(r.type == "person" for r in parties):
        return False
    starts = [r.start or 0 for r in parties if one_relative(r.entity_text.lower().split())]
    if not starts:
        return False
    after = [t for t in clause.toks if t.start > min(starts)]
    for k, t in enumerate(after):
        if t.low in PUBLIC_POSTS:
            return True
        if t.low in ASKED_ENDS and not (
            t.low in ASKED_DURING and k + 1 < len(after) and after[k + 1].low in PUBLIC_POSTS
        ):
            return False
    return False


def one_person(clause: Clause, ref: EntityRef) -> bool:
    """Whether the party is one person: a person's name, or an unnamed role the clause
    counts as one ("seorang petani", ``COUNT_ONE``) or one relative in "-nya" ("anaknya",
    ``ONE_RELATIVE``). The clause builder types those role nouns as groups, as it must
    for "petani" alone, which is farmers at large."""
    if ref.type == "person":
        return True
    if ref.type != "group" or ref.actor_id is not None:
        return False
    if one_relative(ref.entity_text.lower().split()):
        return True
    at = next((k for k, t in enumerate(clause.toks) if t.start == ref.start), 0)
    return at > 0 and clause.toks[at - 1].low in COUNT_ONE


def addressed_as_group(lex: Lexicon, clause: Clause, ref: EntityRef) -> bool:
    """Whether an unnamed role of a sector is written as a group: counted or quantified
    ("seluruh kepala sekolah", "para guru", "tiga petani") or a reduplicated plural
    ("guru-guru"). One farmer or one teacher ("seorang petani") is a private person."""
    if ref.actor_id is not None or ref.sector is None:
        return False
    words = ref.entity_text.lower().split()
    counts = lex.cue("quant") | VAGUE_COUNTS
    if not words or words[0] in counts or reduplicated(words[-1]):
        return bool(words)
    at = next((k for k, t in enumerate(clause.toks) if t.start == ref.start), 0)
    before = clause.toks[at - 1] if at else None
    return before is not None and (
        before.low in counts or before.text[:1].isdigit() or bool(COLLECTIVE.fullmatch(before.low))
    )


def scheduled_questioning(
    entry: Entry, stance_or_condition: bool, actor: list[EntityRef], recipient: list[EntityRef]
) -> bool:
    """Whether a questioning told only as scheduled ("KPK akan memeriksa X", "dijadwalkan
    meminta keterangan X") is the summons that schedules it: a REQUEST by the investigating
    body to the person, or to a group an investigating body (police, prosecutors, the KPK)
    questions ("akan memeriksa pejabat Pemkab X lainnya"), docs/annotation.md 5. A health
    office's or a ministry's check of residents, pupils or passengers is no summons; an
    intent or a condition ("siap memeriksa", "berencana memeriksa", "jika ... akan
    memeriksa") summons no one, nor does a plan to examine a firm or a matter."""
    investigators = all(r.sector in LAW_BODIES for r in actor)
    return (
        "summons" in entry.args
        and not stance_or_condition
        and bool(actor)
        and all(map(political, actor))
        and bool(recipient)
        and all(r.type == "person" or (r.type == "group" and investigators) for r in recipient)
    )


def titled(lex: Lexicon, ref: EntityRef) -> bool:
    """Whether a name holds the title of a political office or body before its last word
    ("Bupati Bekasi Ade", "Kapolri"; not the family name of "Rizal Hakim")."""
    words = ref.entity_text.lower().split()
    return any(lex.actors.get((w,), ("", ""))[0] in POLITICAL_SECTORS for w in words[:-1] or words)


def harmed(lex: Lexicon, ref: EntityRef) -> bool:
    """Whether ``ref`` is written as the victim ("korban", "Para korban", "kedua korban";
    ``harmed`` rows): its head, the first word after a count, is a victim noun ("keluarga
    korban" is the family, not the victim)."""
    words = ref.entity_text.lower().split()
    while len(words) > 1 and (
        words[0] in GROUP_WORDS or words[0] in NUMBERS or words[0] in ORDINALS
        or words[0].isdigit() or words[0] == "seorang"
    ):  # fmt: skip
        words = words[1:]
    return bool(words) and words[0] in lex.cue("harmed")


def negated_alone(
    lex: Lexicon, clause: Clause, i: int, actor: list[EntityRef], recipient: list[EntityRef]
) -> bool:
    """A negated act of one side with no target, its negation right before it ("polisi
    belum menetapkan tersangka", "KPK tidak mempermasalahkan"): nothing was done, to no
    one, so there is no event to code. Two sides that failed to agree, or a suspect not yet
    held, are coded negated; a negation further back ("tidak terima kemudian melaporkan")
    may be another verb's. A concession not made ("belum mencabut larangan") is left."""
    if not one_sided(actor, recipient):
        return False
    return not lex.cue("neg").isdisjoint(t.low for t in clause.toks[max(0, i - 2) : i])


def one_sided(actor: list[EntityRef], recipient: list[EntityRef]) -> bool:
    """One side alone: no recipient and no second party acting along."""
    return not recipient and len(actor) <= 1


def lone_pledge(lex: Lexicon, clause: Clause, i: int, j: int, args: Args) -> bool:
    """A stated commitment made to nobody: no recipient, no second party committing along,
    and nothing kept up ("terus", "tetap", "melanjutkan") near it. A pledge to keep up a
    service is AGREE (docs/annotation.md 5); a lone stated aim ("Bank X berkomitmen
    membiayai energi bersih", "BI berkomitmen menjaga stabilitas rupiah") is no event."""
    if not one_sided(args.actor, args.recipient):
        return False
    keep = lex.cue("keepup")
    return keep.isdisjoint(t.low for t in clause.toks[max(0, i - 2) : j + KEEPUP_AFTER])


def code_one(
    state: State,
    clause: Clause,
    i: int,
    j: int,
    entry: Entry,
    previous: Clause | None,
    following: Clause | None,
    i_arg: int,
) -> Event | str:
    """The event the predicate ``entry`` at tokens ``i:j`` reports, or the name of the
    check that found none there: the name lets ``code_events`` record its drops."""
    article, toks = state.article, clause.toks
    quote = quote_around(clause, i)
    if nominal_use(state.lex, clause, i, j, quote):
        return "nominal-use"
    if questioned(clause, i, quote):
        return "questioned"
    if entry.event in SELF_HARMED and done_to_oneself(clause, j):
        return "to-oneself"  # "massa mulai membubarkan diri": no one dispersed them
    if "pretrial" in entry.args and "nom" in entry.args and petition_ruled(clause, i, j):
        return "ruled-petition"  # "Hakim mengabulkan gugatan praperadilan X, Rabu": the ruling
    if "verdict" in entry.args and verdict_denied(state.lex, clause, i, j, entry):
        return "verdict-denied"
    if "finding" in entry.args and relative_verdict(state.lex, clause, i, j, entry):
        return "relative-verdict"
    redress = (  # "harus", "mesti"; a view ("perlu direvisi") asks less
        "ought" in entry.args
        and "view" not in entry.args
        and redress_asked(state.lex, clause, i, j)
    )
    if "ought" in entry.args and not redress and not owed_act(state.lex, clause, j):
        return "ought"  # "harus jelas": no act is owed, so no arguments are sought
    if redress:  # "perang harus segera dihentikan": the war is what is to be stopped
        args: Args | str = redress_doers(state, clause, j)
    else:
        args = find_arguments(state, clause, i, j, entry, quote, i_arg)
    if isinstance(args, str):
        return args
    if not redress:
        implicit_arguments(state, clause, i, j, entry, args)
    if args.needs_agent and not args.actor:
        return "needs-agent"
    if entry.event in STANCES and kind_described(clause, i, args.actor):
        told = copular_party(state, clause, i, quote)
        if not told:
            return "kind-described"  # "KNPB merupakan kelompok yang mendukung ULMWP"
        args.actor = told  # "AS menjadi satu-satunya negara yang menolak ..., Jumat (8/3)"
    if "wish" in entry.args and entry.words[-1] != "agar":
        if i + 1 < len(toks) and hoped_act(toks[i + 1]):
            return "own-hope"  # "berharap bisa berbincang dengan X": the act hoped for is coded
        args.recipient = hoped_of(clause, i, args.recipient)
    if "wish" in entry.args and not args.recipient and not forbidding_hope(clause, i, quote):
        return "wish"  # "berharap agar polemik tidak membesar": a wish that asks nobody
    advice = "warn" in entry.args and not menacing(state.lex, clause, j)
    if advice and not args.recipient and not directive(clause, j):
        return "warning"  # "memperingatkan bahwa hujan lebat bisa memicu longsor": a danger
    place = event_place(state, clause, i, j, entry)
    if lone_consult(entry, args, place):
        return "lone-consult"
    if entry.event == "CONSULT" and internal_meeting(state, args):
        return "internal-meeting"  # "Kapolda X bertemu para Kapolres": one body's own business
    if "abroad" in entry.args and args.recipient and not any(map(hosts, args.recipient)):
        return "venue-arrival"  # "tiba di Universitas X", "tiba di PN": no party hosts
    if "rcpp" in entry.args and not any(map(party_of_standing, args.recipient)):
        return "lay-target"  # "rapor merah kepada siswa": a school report
    if "officials" in entry.args and not all(map(political, args.actor + args.recipient)):
        return "private-call"  # "saksi menghubungi polisi", "petugas menghubungi jemaah"
    if web_visit(clause, j, entry):
        return "web-visit"
    if state.genre_cued and private_trip(entry, args, clause):
        return "private-trip"
    if entry.event == "CONSULT" and attempted(state.lex, clause, i):
        return "attempt"  # "mencoba bertemu dengan Presiden", "berusaha menghubungi X"
    parties = args.actor + args.recipient
    if entry.event == "CONSULT" and crime_party(state, parties):
        return "crime-party"  # "korban bertemu dengan pelaku": a step of the crime
    offence = entry.event in CRIME_STEPS and crime_party(state, args.actor)
    if offence and not any(map(political, parties)):  # "Terdakwa meminta direktur PT X
        return "offence"  # mengerjakan proyek itu": the bribery itself, not a request
    if entry.event in CRIME_STEPS | {"CONSULT"} and offenders_dealing(state, clause, parties):
        return "offenders-dealing"  # "Andi bertemu Novanto untuk membahas fee proyek"
    if "client" in entry.args and not LAWYERS.isdisjoint(t.low for t in clause.toks):
        return "defence"  # "membela X sebagai kliennya": a lawyer's service to a client
    if "team" in entry.args and state.sport_cued and not any(map(political, args.actor)):
        return "team-play"  # "pernah membela Persija", "membela Portugal di Piala Eropa"
    if (
        state.transfer_article
        and entry.event not in ARMY_IN_SPORT
        and not any(r.type == "country" or r.sector in POLITICAL_SECTORS for r in parties)
    ):  # not office, which a club's "direktur" has too; force stays ("klub malam" shooting)
        return "club-news"  # "agen Rooney bertemu direktur Everton", "Ronaldo meminta Madrid"
    if args.actor and all(vague_party(state.lex, r, article.text) for r in args.actor):
        return "vague-actor"  # "banyak pihak mendesak ...", "sebagian kalangan mengkritik"
    if effort_of(state.lex, clause, i):
        return "effort"  # "upaya pemerintah dalam memberikan jaminan": a stance, no one act
    if "aim" in entry.args and aim_only(clause, i, j):
        return "aim"  # "guna mendukung akses pembiayaan mikro": a goal, nobody is backed
    if "lone" in entry.args and not args.recipient and not any(map(political, args.actor)):
        return "lone-advice"  # "Harry Brown menyarankan agar hidrasi tubuh dijaga"
    if "pledge" in entry.args and lone_pledge(state.lex, clause, i, j, args):
        return "lone-pledge"  # "Bank X berkomitmen membiayai energi bersih": an aim, no promisee
    if "force" in entry.args and not any(map(commands_force, args.actor)):
        return "not-a-force"  # "Dinas Sosial menyiagakan petugas", "massa mengerahkan 15.000 orang"
    if "authority" in entry.args and entry.voice == "act" and not authority(args.actor):
        return "not-authority"  # "kasus yang menjerat X", "OTT yang turut menjerat X"
    if "hunt" in entry.args and args.actor and not authority(args.actor):
        return "not-a-hunt"  # "X sedang diburu wartawan", "diburu klub Eropa": sought after
    if "finding" in entry.args and any(judges(state.lex, clause, r) for r in args.actor):
        return "court-finding"  # "majelis hakim menyatakan terdakwa bersalah": the verdict
    if "host" in entry.args and welcoming_crowd(args):
        return "welcoming-crowd"  # "salah satu mahasiswa yang menyambut kedatangan Prabowo"
    if entry.event == "CONSULT" and "visit" not in entry.modes and meeting_again(clause):
        return "meeting-again"
    if entry.event == "CONSULT" and entry.voice == "pas" and speaks_after(state, clause, j):
        return "speaks-after"  # "Dihubungi DailySocial, Chris Lim mengatakan ...": an interview
    if not any(political(r) for r in args.actor + args.recipient):
        if state.genre_article:
            return "genre"  # a singer's apology, an app that "supports" a script
        if state.apolitical and entry.event in DEALINGS and not complaint(entry, args):
            return "apolitical"  # "Microsoft menjanjikan fitur baru", "bekerja sama dengan X"
        if private_meeting(state, entry, parties):
            return "private-meeting"  # a star meets a fan, an agent a club's director
        if entry.event == "REQUEST" and private_persons(state.lex, clause, args):
            return "private-request"  # "Aga meminta Anton menjawab ...": no political party
    event_type, modes = entry.event, list(entry.modes)
    if "arrest" in modes and entry.voice == "pas" and goods_held(clause, i):
        modes = ["seize"]  # "barang bukti berupa mobil yang diamankan": things, no person
    if event_type == "ASSAULT" and "cyber" in sentence_contexts(state.lex, clause):
        event_type, modes = "COERCE", ["cyber"]  # "diserang peretas": a cyber attack (PLOVER 3.15)
    if insults_a_body(entry, args):
        event_type, modes = "ACCUSE", ["disapprove"]
    if advice:  # "memperingatkan pelajar agar tidak balap liar": advice, no threat
        event_type, modes = "REQUEST", []
    if crowd_turns_away(clause, i, j, entry, args) or crowd_protests(state.lex, entry, args):
        event_type, modes = "PROTEST", ["demo"]
    actor, recipient = args.actor, args.recipient
    cues = modality(state.lex, clause, i, entry.voice == "nom")
    negated, future, hypothetical, conditional, stance, obliged, antecedent, possible, _ = cues
    if entry.voice == "nom" and not negated:
        negated = called_off(state.lex, clause, i, actor + recipient)  # "Pertemuan X dan Y
        # tidak jadi digelar"
    if antecedent:
        return "condition"  # "jika KPK menolak": a supposition, not a report
    backing = event_type == "SUPPORT" and bool(recipient) and all(map(political, recipient))
    occasionless = no_occasion(state.lex, clause, i, backing)
    if occasionless:
        return occasionless  # "selalu menolak", "bukan berarti menolak", "siapa pun yang ..."
    if "restrict" in modes and standing_rule(state.lex, clause, i, entry.voice == "pas"):
        return "standing-rule"  # "aturan negara melarang ...": what is forbidden, no ban
    if possible and not negated:
        return "possible"  # "Setnov bisa langsung ditahan": what may be, no event
    if authorised(clause, i):
        return "authorised"  # "berhak membebaskan lahan": what a power allows, no event
    restraint = negated and future and event_type in RENOUNCED and (conditional or not hypothetical)
    if unplanned(state.lex, clause, i) and not restraint:
        return "unplanned"  # "polisi belum berencana memeriksa X": no act, not even a negated
        # one; "tidak berencana menyerang X" is a promise of restraint, coded below
    if "done" in entry.args and (future or hypothetical) and not negated:
        return "planned"  # "X akan diperiksa sebagai saksi": the summons is the event
    if negated and hypothetical and not future:
        return "cannot"  # "jaksa tidak bisa menahan dia": what may not be, no event
    if negated and "deny" in entry.args:
        return "negated-deny"  # "tidak menampik bahwa ...": not denying admits
    planned = not negated and (
        planned_aim(state.lex, clause, i, event_type)
        or scheduled_talks(state.lex, clause, i, j, event_type)
    )
    if planned:
        future, hypothetical = True, False  # "melanjutkan lawatan untuk bertemu X": planned
    elif event_type == "SUPPORT" and not future and backing_act(state.lex, clause, i):
        hypothetical = False  # "membentuk tim hukum untuk membela X": backed by that act
    if "perf" in entry.args:
        future = False  # "Kami ingin mengucapkan terima kasih": thanking is done by saying it
    speech_act = event_type in SPEECH_ACTS and "investigate" not in modes
    on_terms = future and (cues.fronted or conditional)  # "Jika X, BI siap ...", "BI siap ...
    # jika X": support pledged on terms hangs on them whichever side the condition stands
    pledge_on_terms = on_terms and future_shift(event_type, modes) == ("AGREE", [])
    force = forceful(event_type, modes)
    reporters = reported_by(state, clause, i, args, quote, following)
    expected = (
        conditional
        and force
        and (foreseen(clause, i) or told_by_another(state.lex, clause, actor, reporters))
    )  # "pengamat memperkirakan X akan menyerang Y jika ...", "..., kata Presiden Iran":
    # someone's forecast of force, no threat by X
    force_on_terms = on_terms and not negated and force  # "Israel akan menyerang Rafah jika
    # ...": force announced on terms is a threat, as with "Jika X, ..." (docs/annotation.md 5)
    made = speech_act or (stance and not negated) or (future and cues.fronted) or force_on_terms
    if conditional and made and not expected:
        hypothetical = False  # "mengancam akan mogok jika ...", "siap membebaskan sandera
        # jika ...", "meminta warga melapor jika ...": the threat, offer or appeal was made
    if restraint:
        event_type, modes = "CONCEDE", []  # "tidak akan membalas": a promise of restraint
        negated = future = hypothetical = False
        if "sym" in entry.args and all(args.sides):
            actor, recipient = args.sides  # "tidak akan berperang melawan X": X is spared
    if future and not negated and not hypothetical:
        shifted = future_shift(event_type, modes)
        announced = bool(actor) and announced_by_actor(state.lex, clause, i)
        if event_type == "ACCUSE" and shifted and not ("complaint" in entry.args and announced):
            shifted = None  # "Jaksa akan mendakwa X", "akan menuduh X": a step or words to
            # come; "X akan dilaporkan ke polisi" names no one who warns of it
        elif event_type == "ACCUSE" and shifted and not recipient:
            return "untargeted-threat"  # "Keluarga korban akan melapor ke polisi": legal
            # action against no party named is no threat to anyone (docs/annotation.md 5)
        made_request = (
            event_type == "REQUEST" and not (stance or conditional) and announced and recipient
        )  # "Kami akan memanggil X", "akan meminta KPK memberi klarifikasi": a request
        # announced to the party is made (docs/annotation.md 5); "berencana memanggil X",
        # "ingin meminta X ...", "Pengamat menduga X akan meminta Y ..." stay intents
        if scheduled_questioning(entry, stance or conditional, actor, recipient):
            event_type, modes = "REQUEST", []  # "KPK akan memeriksa X": the summons is made
        elif shifted is not None:
            event_type, modes = shifted
            if planned and "sym" in entry.args and all(args.sides):
                actor, recipient = args.sides  # "... untuk bertemu X": who seeks it, whom
        elif not made_request:
            hypothetical = True
    elif future:
        hypothetical = True
    hypothetical |= pledge_on_terms  # "Jika X, BI siap membantu ...": support pledged on terms
    # hangs on them (docs/annotation.md 5); a threat on terms set first is made
    sent = clause.sent
    trigger_start, trigger_end = toks[i].start, toks[j - 1].end
    other = embedded_spans(clause, j, entry.voice == "nom")
    if quote is not None and "perf" in entry.args:
        other.append(quote)  # '"Kami berterima kasih ... esok hari," kata X, Selasa (21/10)':
        # thanking is done by saying it, on the day the statement is dated
    frame = speech_frame(article, clause, i, quote, event_type, modes, negated)
    other.extend(frame)  # '"Kami menyita dua mobil," kata X, Senin': not the seizure's day
    dated = any(inside(frame, t.start) for t in sentence_times(state, clause.sent))
    held = held_before(clause, i, event_type, modes)
    if held is not None:  # "Kemarin, jaksa memeriksa dua pria yang ditangkap": not its day
        other.append((0, held))
    date, precision, date_rule = event_date(
        state,
        clause,
        i,
        event_type,
        previous,
        following,
        other,
        future or hypothetical or entry.voice == "nom",
    )
    date, precision, date_rule = settle_date(
        state, clause, i, event_type, modes, negated, date, precision, date_rule, dated
    )
    if toks[i].low == "atas":  # "ditangkap atas permintaan Serbia": the request came first,
        date, precision, date_rule = request_day(article, clause, i)  # on a day not stated
    day_month, weekday = yearless_date(article, clause, i) if date_rule == "none" else (None, None)
    told_on = state.story_day if date_rule == "told-day" and not dated else None  # its place
    # is the story's, unless a dated speech tag tells it: what its tag does not place is unplaced
    own_duty = speaker_obliged(clause, i)
    if redress:  # '"Perang harus dihentikan," kata X': X calls on whoever's job it is
        callers = redress_callers(state.lex, clause, i, reporters, quote) or redress_judges(
            state, clause, i
        )
        if negated or own_duty or not callers or own_side_quoted(article.text, quote):
            return "ought"
        if general_rule(state.lex, clause, i):
            return "norm"  # "setiap pelanggaran harus ditindak", "menurut aturan, ..."
        if own_job(state, clause, i, j, callers, recipient):
            return "own-job"  # "Menteri ESDM: izin itu harus dicabut": his own course
        event_type, actor, recipient, reporters = "REQUEST", callers, recipient, []
        hypothetical = future = False
    elif "ought" in entry.args:  # "Menurut X, pemerintah harus bertindak": X asks it of them
        reporters = asker(state, clause, actor, reporters)
        owed = demanded_of(article.text, actor, reporters, state.bodies)
        owed = owed and obliged_subject(state.lex, clause, i, actor)
        if "view" in entry.args and any(
            r.type == "country" and all(s.country in (None, r.country) for s in reporters)
            for r in actor
        ):
            owed = False  # '"Indonesia perlu pendidikan vokasi," ujarnya': a view of one's
            # own nation's course, asked of nobody
        if negated or own_duty or not owed:
            return "ought"
        event_type, actor, recipient, reporters = "REQUEST", reporters, actor, []
        hypothetical = future = False
    if obliged and not negated:
        reporters = asker(state, clause, actor, reporters)  # "ICW menilai KPK perlu
        # memanggil X": ICW asks it of the KPK, as "menilai pemerintah perlu menunda ..." does
    of_own_body = obliged and own_body(article.text, state.bodies, reporters, actor)
    if (
        obliged
        and not negated
        and reporters
        and actor
        and (event_type != "REQUEST" or "gov" not in entry.args)  # not "KPK harus meminta
        # izin Presiden", a rule of procedure; "ICW menilai KPK perlu memanggil X" asks for a
        # summons
        and not own_duty
        and not of_own_body
    ):  # "Aher menegaskan Iwa harus mundur": Aher demands it of Iwa (PLOVER 3.8)
        asked = args.sides[0] if "sym" in entry.args and args.sides[0] else actor
        modes = demand_mode(event_type, modes)  # of "X harus bekerja sama dengan Y": X
        event_type, actor, recipient, reporters = "REQUEST", reporters, asked, []
        hypothetical = future = False
    elif (
        obliged and (hypothetical or of_own_body) and not negated and not own_duty
    ):  # "KPK harus meminta izin Presiden", "pemerintah harus melakukan protes keras": what
        return "obliged"  # another ought to do, a norm or an opinion, not an act ("kita
        # harus bekerja sama dengan X" states the speaker's own intent; "Menurut Ketua KPK
        # X, KPK seharusnya ...", his own body's course)
    if (
        "peer" in entry.args
        and event_type in PARTNERSHIP_TYPES
        and not state_partnership(actor + recipient)
    ):
        return "home-partnership"  # "Bapenda bekerja sama dengan Jasa Raharja": routine work
    if hypothetical and inquiry_under_way(state.lex, clause, i, modes):
        hypothetical = False  # "membentuk tim untuk menyelidiki": the inquiry has begun
    if hypothetical and purpose_only(state.lex, clause, i, event_type, modes):
        return "purpose"  # "terbang ke Batam untuk memeriksa saksi": the aim of a trip
    if (
        negated
        and event_type != "CONCEDE"
        and negated_alone(state.lex, clause, i, actor, recipient)
    ):
        return "negated-alone"  # "polisi belum menetapkan tersangka": not done, and to no one
    if "safe" in entry.args and recipient and all(harmed(state.lex, r) for r in recipient):
        return "kept-safe"  # "korban diamankan di Mapolsek": a victim taken to safety
    recipient = not_self(actor, recipient)
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
        actor=actor,
        recipient=recipient,
        event_loc=place or story_place(state, told_on or date, event_type, actor),
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
        rule=f"{entry.rule} [{entry.voice}; {args.how}; date {date_rule}]",
        score=score(event_type, modes),
        day_month=day_month,
        weekday=weekday,
    )


LAWYERS = EVENT_WORDS["lawyer"]
"""Words that make a defence ("membela X sebagai klien") a lawyer's work for a client, not
PLOVER SUPPORT. Not "pengacara" or "advokat": an advocates' body that sends lawyers or a team
to defend someone ("menyiapkan 100 pengacara untuk membela X") backs him."""
ARRIVALS = EVENT_WORDS["arrival"]


def insults_a_body(entry: Entry, args: Args) -> bool:
    """Whether a verb of harassment ("melecehkan") targets a state, a body, a symbol or a
    creed rather than people ("melecehkan Indonesia", "melecehkan lambang negara",
    "melecehkan agama"): an insult, PLOVER ACCUSE disapprove, not a sexual assault."""
    return (
        "insult" in entry.args
        and bool(args.recipient)
        and not any(r.type in ("person", "group") for r in args.recipient)
    )


def crowd_turns_away(clause: Clause, i: int, j: int, entry: Entry, args: Args) -> bool:
    """A crowd rejecting someone's arrival protests it ("kedatangan Fahri ditolak oleh
    massa", "warga menolak kehadiran X"): PLOVER 3.12 PROTEST, not a REJECT statement."""
    if entry.event != "REJECT" or not args.actor or not args.recipient:
        return False
    near = clause.toks[max(0, i - MAX_LEFT) : j + 4]  # its subject or object
    if not any(t.low in ARRIVALS for t in near):
        return False
    return all(r.type == "group" and r.sector in CIVIC for r in args.actor)


TITLE_ROOM = 3  # title words before a name ("Hakim Ketua Majelis Andi")


def judges(lex: Lexicon, clause: Clause, ref: EntityRef) -> bool:
    """Whether a party is a court or a judge ("Pengadilan Negeri Bandung", "majelis hakim",
    "Hakim Ketua X", the title just before the name; "Mengadili", the verdict's opening word
    taken for a name): its finding that someone is guilty is the verdict, a SANCTION the
    sentencing rows code, not an accusation. The judging words (``judging`` cue rows) are
    read as whole words of the name and of the few tokens of its clause before it, up to a
    comma or a full stop ("Andi, pengacara X" is no judge of a word before the comma)."""
    if is_court(ref):
        return True
    judging = lex.cue("judging")
    words = f"{ref.entity_text} {ref.entity_name}".lower().split()
    toks = clause.toks
    q = next((k for k, t in enumerate(toks) if t.start == ref.start), None)
    if q is not None:
        after = next(
            (k for k, t in enumerate(toks) if ref.end is not None and t.start >= ref.end), q
        )
        set_off = q > 1 and toks[q - 1].low == "," and after < len(toks) and toks[after].low == ","
        first = q - 2 if set_off else q - 1  # "Ketua majelis hakim, Budi, menyatakan ...":
        for k in range(first, max(-1, first - TITLE_ROOM), -1):  # the title of a name set off
            if toks[k].low in (",", ".", ";", ":"):  # by commas stands before its comma
                break
            words.append(toks[k].low)
    return not judging.isdisjoint(words)


def crowd_protests(lex: Lexicon, entry: Entry, args: Args) -> bool:
    """A crowd of protesters that protests something ("ribuan warga memprotes kenaikan
    pajak", "massa memprotes keputusan KPU") demonstrates against it: PLOVER 3.12 PROTEST,
    not a statement of disapproval. Bare "warga" may only complain: a crowd's name holds a
    `crowd` cue word (a crowd noun or a count in hundreds or thousands)."""
    if "street" not in entry.args or not args.actor:
        return False
    return all(protest_crowd(lex, r) for r in args.actor)


def menacing(lex: Lexicon, clause: Clause, j: int) -> bool:
    """Whether the rest of a warning's sentence names a harm its author may do ("akan
    menghadapi pembalasan", "sanksi yang lebih berat", "siap mengerahkan militer"): a
    threat. A cue counts with an enclitic or reduplicated ("rudal-rudalnya")."""
    menace = lex.cue("menace")
    return any(
        single(w) in menace
        for t in clause.toks[j:]
        for w in (t.low, *(t.low[: -len(c)] for c in CLITICS if t.low.endswith(c)))
    )


DIRECTIVES = frozenset({"agar", "supaya", "jangan", "untuk"})


def directive(clause: Clause, j: int) -> bool:
    """Whether a warning tells someone what to do ("memperingatkan agar warga menjauhi
    tebing", "memperingatkan jangan sampai data pemilih bocor")."""
    return any(t.low in DIRECTIVES for t in clause.toks[j : j + 3])


def web_visit(clause: Clause, j: int, entry: Entry) -> bool:
    """ "mengunjungi situs resmi DMSS", "kunjungi laman www...": a website is read, not
    visited; no one is met."""
    toks = clause.toks
    return "visit" in entry.modes and j < len(toks) and toks[j].low in WEB_PLACES


def private_trip(entry: Entry, args: Args, clause: Clause) -> bool:
    """A trip abroad by private people, hosted by a country only ("Seagal secara reguler
    mengunjungi Rusia", "ia akan menyambangi Meksiko" on a concert tour): no one takes
    part but the travellers, no PLOVER CONSULT. Asked only in an article that speaks of
    celebrities, products or lifestyle somewhere (``genre_cued``): elsewhere a person the
    lexicons give no office may still be a politician. An office holder's or a body's visit, a
    visit its sentence calls official, a trip on which someone is met or received or
    something is discussed ("kunjungan resmi", "untuk melakukan pertemuan dengan pejabat",
    "untuk membahas kerja sama") is one."""
    return (
        "visit" in entry.modes
        and bool(args.recipient)
        and all(r.type == "country" for r in args.recipient)
        and not any(political(r) or r.type != "person" for r in args.actor)
        and not any(t.low in OFFICIAL_TRIP for t in clause.toks)
    )


OFFICIAL_TRIP = EVENT_WORDS["official_trip"]


ATTEMPTS = EVENT_WORDS["attempt"]
UNTUK = frozenset({"untuk"})


def attempted(lex: Lexicon, clause: Clause, i: int) -> bool:
    """A meeting or call only tried ("warga mencoba bertemu dengan Presiden", "terus
    berusaha menghubungi Filipina, belum berhasil", "berupaya menemui pejabat dengan
    identitas palsu"): the try is told, not a meeting, so no PLOVER CONSULT."""
    k = past_adverbs(lex, clause.toks, i, UNTUK)
    return k >= 0 and clause.toks[k].low in ATTEMPTS


WEB_PLACES = EVENT_WORDS["web_place"]


def speaks_after(state: State, clause: Clause, j: int) -> bool:
    """Whether the one contacted speaks in the rest of the sentence: the reporter's
    formula "Dihubungi (X), Y mengatakan ...", "Saat dihubungi, Y menjelaskan ..."."""
    speech = state.lex.cue("speech")
    return any(t.low in speech for t in clause.toks[j:])


AIMS = EVENT_WORDS["aim"]


def vague_party(lex: Lexicon, ref: EntityRef, text: str) -> bool:
    """Whether an actor is a `vague` phrase that names no party ("banyak pihak", "beberapa
    pihak", "sebagian kalangan"): an opinion said to be widespread, no one's act. The
    quantifier may stand just before the noun the actor was resolved from ("berbagai" of
    "berbagai pihak" in ``text``, the article's)."""
    if ref.actor_id is not None:
        return False
    vague = lex.phrases.get("vague", set())
    words = tuple(ref.entity_name.lower().split())
    if words in vague:
        return True
    before = text[: ref.start].rsplit(None, 1)[-1:] if ref.start is not None else []  # last word
    return tuple(w.lower() for w in before) + tuple(ref.entity_text.lower().split()) in vague


EFFORT_REACH = 18
"""Words an effort noun may stand before "dalam": its owner ("upaya berharga Republik Islam
Iran, Presidennya, dan Menteri Luar Negeri dalam mendukung ...")."""


def effort_of(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether a verb at ``i`` names what an effort or commitment is about ("upaya Pertamina
    dalam mendukung SDGs", "komitmen pemerintah dalam memberikan jaminan", "keterlibatan TNI
    dalam mengamankan kejaksaan"): it characterises a party's conduct in general, and reports
    no act of its own."""
    toks = clause.toks
    if i < 2 or toks[i - 1].low != "dalam":
        return False
    efforts = lex.cue("effort")
    for k in range(i - 2, max(-1, i - 2 - EFFORT_REACH), -1):
        if toks[k].low in efforts:
            return True
        if toks[k].low in HARD_STOP or toks[k].low in (".", "!", "?"):
            return False
    return False


def aim_only(clause: Clause, i: int, j: int) -> bool:
    """Whether a verb of backing stands in a purpose phrase ("untuk", "guna", "demi",
    "dalam rangka") with an object that opens with a common noun: "demi mendukung
    pembangunan nasional" states an aim; "untuk mendukung Jokowi", "untuk mendukung
    pemerintah" (a name, an actor noun) still back someone."""
    toks = clause.toks
    return (
        i > 0
        and toks[i - 1].low in AIMS
        and j < len(toks)
        and clause.cand_at[j] is None
        and toks[j].text.isalpha()
        and toks[j].text.islower()
    )


def hosts(ref: EntityRef) -> bool:
    """Whether an arrival's recipient can host a visit: a state, or people met there ("tiba
    di Doha dan bertemu dengan para pejabat tinggi"); a campus, court or airport cannot."""
    return ref.type in ("country", "person", "group") or bool(ref.office)


def private_meeting(state: State, entry: Entry, parties: list[EntityRef]) -> bool:
    """A meeting of private parties only (people and firms holding no public office) in an
    article that speaks of celebrities, products, lifestyle or sport somewhere ("BTS
    bersua dengan Ansel Elgort", "agen Rooney bertemu direktur Everton"): no political or
    social actor consults another, so PLOVER has no CONSULT. Elsewhere a person the
    lexicons give no office may still be a politician, and is kept."""
    return (
        entry.event == "CONSULT"
        and (state.genre_cued or state.sport_cued)
        and all(private(state.lex, r) for r in parties)
    )


def crime_party(state: State, refs: list[EntityRef]) -> bool:
    """Whether a party is named as the offender in a crime ("pelaku DS", "terlapor", or
    "terdakwa Nasiro" with the role just before the name): the swindler who calls his
    victim or meets her to take the money is no political or social actor consulting
    another, so PLOVER has no CONSULT there."""
    roles, text = state.lex.cue("crimerole"), state.article.text

    def offender(ref: EntityRef) -> bool:
        words = ref.entity_text.lower().split()
        if ref.start is not None:
            words = text[max(0, ref.start - 12) : ref.start].lower().split()[-1:] + words
        return any(
            w in roles and (k + 1 == len(words) or words[k + 1] not in TRADES)
            for k, w in enumerate(words)
        )

    return any(offender(r) for r in refs)


CRIME_STEPS = frozenset({"REQUEST", "AGREE", "COOPERATE"})
"""Verbal and cooperative acts that, done by an offender to other private parties, are
steps of the crime (a request for a bribe, a deal on a rigged tender); with the police or
a court on one side ("tersangka meminta penangguhan penahanan kepada polisi"), or done to
the offender ("polisi berjanji menangkap pelaku"), they stay."""


def offenders_dealing(state: State, clause: Clause, parties: list[EntityRef]) -> bool:
    """Whether a meeting, request, deal or joint act is one between the article's
    offenders (``State.offenders``: suspects, defendants, convicts), or between a private
    offender and private parties: a step of the crime the story tells (a bribe arranged,
    money asked of an accomplice), no PLOVER event. With a state body or an official who
    is no offender on a side, or an official offender acting toward private parties (his
    office's act), it stays."""
    if len(parties) < 2 or not state.offenders:
        return False

    words = [name.split() for name in state.offenders if " " in name]
    short = {w[0] for w in words} | {w[-1] for w in words}

    def offender(ref: EntityRef) -> bool:
        name = ref.entity_name.lower()
        return ref.type == "person" and (
            name in state.offenders
            or ref.entity_text.lower() in state.offenders
            or (name in short and distinctive(state, name))  # "Isa" for "Isa Rachmatarwata"
        )

    offenders = [r for r in parties if offender(r)]
    others = [r for r in parties if not offender(r)]
    if not offenders or any(r.sector in LAW_BODIES for r in others):
        return False
    if not state.lex.cue("bribe").isdisjoint(t.low for t in clause.toks):
        return True  # "Arie meminta Eko membagi fee itu": officials sharing the bribe
    if not all(private(state.lex, r) for r in others):
        return False
    return not (others and any(map(official, offenders)))


def official(ref: EntityRef) -> bool:
    """A political party that is no business: a company's director holds an office, but
    no public one."""
    return political(ref) and ref.sector != "BUS"


def private(lex: Lexicon, ref: EntityRef) -> bool:
    """A private party: a person or a firm holding no public office ("pengusaha Andi",
    "Direktur Utama PT X", "PT X"); not a body of unknown kind ("KJRI New York", "pihak
    imigrasi")."""
    return company(lex, ref) or (not political(ref) and ref.type in ("person", "unknown"))


WELCOMING_SECTORS = frozenset({"CVL", "EDU"})  # residents, pupils, students


def authority(actors: list[EntityRef]) -> bool:
    """Whether a party that charges someone is an authority (police, prosecutors, a court,
    a state body): what else "ensnares" a suspect ("kasus yang menjerat X", "OTT yang
    turut menjerat X", "sidang yang menjerat X") is the case itself, not a party."""
    return bool(actors) and all(r.sector in AUTHORITIES for r in actors)


def welcoming_crowd(args: Args) -> bool:
    """Whether the host who welcomes a visitor is only an unnamed crowd of residents or
    students ("warga menyambut kedatangan Presiden", "salah satu mahasiswa yang menyambut
    kedatangan X"): cheering a guest is no meeting between two parties."""
    return bool(args.recipient) and all(
        r.type == "group" and r.actor_id is None and r.sector in WELCOMING_SECTORS
        for r in args.recipient
    )


PUBLIC = EVENT_WORDS["public"]


def public_only(names: tuple[str, ...]) -> bool:
    """Whether a report's recipients, by their names, are the public at large ("warga",
    "masyarakat", "seluruh masyarakat"): an appeal to "warga" and one to "masyarakat" in
    the same words ("meminta warga mewaspadai isu ..." then "meminta masyarakat tetap
    waspada") are one appeal told twice (``merge_repeats``)."""
    return bool(names) and all(
        bool(words := name.lower().split())
        and words[-1] in PUBLIC
        and all(w in PUBLIC or w in VAGUE_COUNTS for w in words)
        for name in names
    )


ASKING_ADVERB_STEMS = frozenset(stems(w) | alike_roots(stems(w)) for w in EVENT_WORDS["ask_adverb"])
"""The stems of adverbs of the asking, not of what is asked ("tetap meminta masyarakat tetap
waspada" asks to be wary, as "meminta warga mewaspadai"), each as ``said_stems`` gives them."""


def asked_the_same(a: Event, b: Event) -> bool:
    """Whether every content word the briefer of two requests asks recurs in the other
    ("meminta masyarakat waspada" in "meminta warga mewaspadai kabar bohong"): the public is
    named in so many words that only the same ask tells one appeal told twice; "mewaspadai
    potensi banjir" and "mewaspadai potensi longsor" are two."""
    asked = [[x for x in said_stems(e, asked=True) if x not in ASKING_ADVERB_STEMS] for e in (a, b)]
    brief, other = sorted(asked, key=len)
    return bool(brief) and all(any(x & y for y in other) for x in brief)


def the_public(ref: EntityRef) -> bool:
    """A party named only as the public ("bertemu masyarakat", "berbincang dengan warga",
    "para warga"): a politician mingling with people meets no party; "warga RT 12" or
    "forum warga Bojonegara" name one."""
    return named_only_by(ref, PUBLIC)


PARTNERSHIP_TYPES = frozenset({"COOPERATE", "AGREE"})
"""What a partnership verb codes: done (COOPERATE) or announced ("akan bekerja sama", AGREE)."""


def state_partnership(parties: list[EntityRef]) -> bool:
    """Whether a partnership ("bekerja sama dengan", "berkolaborasi") is PLOVER COOPERATE:
    a police or armed force takes part (a joint operation or raid), or its parties belong
    to two states. A ministry's, an agency's, a firm's or a school's partnership with
    others of its own country is routine work and no event, as the gold codes it."""
    if any(r.sector in SECURITY for r in parties):
        return True
    return len({r.country for r in parties if r.country}) >= 2


def lone_consult(entry: Entry, args: Args, place: Place | None) -> bool:
    """A meeting or talk with one party only ("ujar X saat bertemu", "Menteri melakukan
    kunjungan kerja ke Brebes"): no one was consulted, PLOVER CONSULT needs two parties;
    a party named by a generic noun alone (``unnamed_body``) or as the public
    (``the_public``) is none.
    A summit or forum ("multilateral") may name only the body, and a trip abroad only the
    traveller ("Prabowo mengunjungi Tokyo": Japan hosts it unnamed). The press is no
    party: "berbincang dengan wartawan / CNNIndonesia.com" is an interview."""
    if entry.event != "CONSULT" or "multilateral" in entry.modes:
        return False
    parties = [
        r
        for r in args.actor + args.recipient
        if not press(r) and not unnamed_body(r) and not the_public(r)
    ]
    travellers = "visit" in entry.modes and not args.recipient  # "Keduanya tiba di Gedung
    if len({r.entity_name for r in parties}) >= 2 and not travellers:  # DPR": who travel
        return False  # together visit nobody; only a trip abroad has a host, unnamed
    if "visit" not in entry.modes or place is None or not place.country_code:
        return True
    home = {r.country for r in parties if r.country} or {HOME}
    return place.country_code in home


# ------------------------------------------------------------------ place and date

PURPOSE_WORDS = frozenset({"untuk", "agar", "supaya"})
PURPOSE_VERBS = EVENT_WORDS["purpose_verb"]


def embedded_spans(
    clause: Clause, j: int, nominal: bool, places: bool = False
) -> list[tuple[int, int]]:
    """Character spans of the clauses after a trigger ending at token ``j`` that tell of
    another act: a relative clause ("mendesak China membebaskan janda Liu, yang menjadi
    tahanan rumah sejak 2010", "... produk yang masuk ke AS mulai 1 Agustus") and a
    purpose clause ("mengundang Zelensky untuk hadir di KTT G20 di Bali pada November"),
    each up to the next comma, a relative clause also up to its noun's "itu"/"tersebut".
    Their dates and places are not the event's. A relative clause right after the
    trigger or after a noun trigger may describe the act itself ("pertemuan yang
    digelar Sabtu", "menjalani sidang yang diskors"), so it is kept there. With
    ``places``, a relative clause that locates its noun ("menggeledah kantor yang
    berada di Pademangan", "di daerah yang dikuasai pemberontak di dekat Damaskus")
    is kept too: where the target is, the act is."""
    toks, spans = clause.toks, []
    k = j
    while k < len(toks):
        low = toks[k].low
        opens = low == "yang" and not nominal and k > j and not setting_noun(toks, k)
        if opens and places and locating(toks, k):
            opens = False
        if low in PURPOSE_WORDS and k + 1 < len(toks):
            nxt = toks[k + 1]
            opens = active_verb(nxt) or nxt.low in PURPOSE_VERBS or passive(nxt.text)
        if not opens:
            k += 1
            continue
        end = next((n for n in range(k + 1, len(toks)) if toks[n].low == ","), len(toks))
        if low == "yang":  # "kepada wanita yang dijuluki X itu pada Mei 2005": "itu" ends it
            end = next((n + 1 for n in range(k + 1, end) if toks[n].low in DEFINITE), end)
        spans.append((toks[k].start, toks[end - 1].end))
        k = end
    return spans


SETTING_WORDS = frozenset({"dalam", "pada", "saat", "ketika", "selama"})


def setting_noun(toks: list[Tok], k: int) -> bool:
    """Whether the "yang" at ``k`` describes the event's setting ("dalam sidang yang
    digelar di Pengadilan Militer Palembang"): its noun follows a setting word."""
    return any(t.low in SETTING_WORDS for t in toks[max(0, k - 3) : k - 1])


LOCATING = EVENT_WORDS["locating"]


def locating(toks: list[Tok], k: int) -> bool:
    """Whether the "yang" at ``k`` locates its noun: a place noun before it ("daerah
    yang dikuasai ...") or a verb of being somewhere after it ("yang berada di")."""
    return toks[k - 1].low in PLACE_NOUNS or (k + 1 < len(toks) and toks[k + 1].low in LOCATING)


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def event_place(state: State, clause: Clause, i: int, j: int, entry: Entry) -> Place | None:
    """Where the event happened: the "di X (di Y)(, Z)" phrase nearest after the trigger.

    A chain "di Kedutaan Besar Iran di Moskow, Rusia" is one place: ``extracted_place``
    covers the "di"-linked phrases, and the most specific phrase the gazetteer
    resolves (Moskow, not the embassy's "Iran") gives the resolved place and country;
    an apposition ("..., Rusia") only supplies a missing country. A visit's direct
    object ("mengunjungi Moskow") is a place too.
    """
    toks = clause.toks
    visit = "visit" in entry.args
    spots: list[tuple[int, list[Cand]]] = []
    other = embedded_spans(clause, j, entry.voice == "nom", places=True)
    for k, tok in enumerate(toks[:-1]):
        direct = visit and k == j - 1 and tok.low not in ("di", "ke")
        if tok.low != "di" and not (visit and tok.low == "ke") and not direct:
            continue
        if inside(other, tok.start):
            continue  # "... untuk hadir di KTT G20 di Bali": the place of another act
        if tok.low == "ke" and k >= j and any(active_verb(t) for t in toks[j:k]):
            continue  # "kunjungan kerja melepas ekspor ke Thailand": the export's goal
        if toks[k + 1].low in ELECTIONS:
            continue  # "mengusung X di Pilgub Jatim": the race, not where the act was
        phrase = place_phrase(clause, k + 1)
        if phrase:
            spots.append((k, phrase))
    if not spots:
        return None
    after = [s for s in spots if s[0] >= i]
    k, first = (after or spots[-1:])[0]
    chain = [first]
    for k2, phrase in spots:
        if k2 == chain[-1][-1].j and toks[k2].low == "di":
            chain.append(phrase)
    text = state.article.text
    start = toks[k + 1].start
    end = chain[-1][-1].end
    tail = chain[-1][-1].j
    apposition = (
        place_phrase(clause, tail + 1) if tail + 1 < len(toks) and toks[tail].low == "," else []
    )
    lexicons = state.ctx.lexicons
    resolved, code, kind = None, None, None
    for phrase in chain + ([apposition] if apposition else []):
        found = resolve_phrase(lexicons, text, phrase)
        if found is not None:
            resolved = getattr(found, "canonical", None)
            code = getattr(found, "country_code", None)
            kind = getattr(found, "kind", None)
            break
    venue = venue_in(text[start:end])
    if venue is not None and (resolved is None or kind in ("country", "territory")):
        # "di Kremlin", "di Gedung DPR RI": a building stands in its city
        city = lexicons.lookup_place(venue.city)
        resolved = getattr(city, "canonical", None) or venue.city
        code = venue.country
        kind = "city"
    found = trailing_region(lexicons, text[start:end]) if resolved is None else None
    if found is not None:
        resolved, code, kind = found.canonical, found.country_code, found.kind
        state.seats.add(start)  # where an office sits is no scene for the story's other acts
    resolved = resolved or area_name(text[start:end])
    members = [c for phrase in chain + [apposition] for c in phrase]
    if resolved is None and toks[k + 1].low not in PLACE_NOUNS and body_only(members):
        return None  # "mengusut korupsi di Kementan", "di Dewan Keamanan PBB": no place
    if code is None:
        code = next((c.country for c in members if c.country), None)
    return Place(text[start:end], resolved, code, start, end, kind)


def body_only(members: list[Cand]) -> bool:
    """Whether a place phrase the gazetteer does not resolve only names organisations other
    than police, prosecutors and courts: a ministry, parliament, company or platform ("di
    Kementan", "di Komisi III", "di Twitter") is what an act concerns, not where it
    happened; the premises of a law body ("diperiksa di KPK", "ditahan di Polres") and a
    building ("di gedung PBNU") are places (docs/annotation.md 5)."""
    return all(c.label == "ORG" and c.sector not in LAW_BODIES for c in members)


def place_phrase(clause: Clause, n: int) -> list[Cand]:
    """The candidates of a place phrase starting at token ``n`` ("kota Gaza", "Kedutaan
    Besar Iran", "timur Aleppo", "sebelah utara kota Gaza"), or [] when no place starts
    there."""
    toks = clause.toks
    k = n
    while k < len(toks) and (toks[k].low in PLACE_NOUNS or toks[k].low in DIRECTIONS) and k - n < 3:
        if clause.cand_at[k] is not None:
            break  # "Gedung Putih", "Markas Besar PBB": the noun opens the name
        k += 1
    c = clause.cand_at[k] if k < len(toks) else None
    if c is None or c.i != k or c.label in PERSONAL or c.kind in ("pron", "pair"):
        return []
    if c.kind == "noun" and not c.label:
        return []
    phrase = [c]
    while phrase[-1].j < len(toks):
        nxt = clause.cand_at[phrase[-1].j]
        if nxt is None or nxt.i != phrase[-1].j or nxt.label in PERSONAL or nxt.kind != "mention":
            break
        phrase.append(nxt)
    return phrase


STREETS = EVENT_WORDS["street"]
FOREIGN = frozenset({"country", "territory"})  # what an embassy or a trade office stands for
ELECTIONS = EVENT_WORDS["election"]


CITY_WORDS = EVENT_WORDS["city_word"]


def trailing_region(lexicons: PlaceLookup, phrase: str) -> PlaceEntry | None:
    """The region the last capitalised words of a place phrase the gazetteer does not know
    as a whole name ("Pengadilan Negeri Jakarta Selatan", "Mapolres Boyolali", "kantor
    Dinas Pariwisata Kabupaten Kebumen"): an office or building named after where it
    stands is there (docs/annotation.md 5: a city rather than a building). Not a country,
    territory or region of several ("Kedutaan Besar Iran" stands in no Iran), a street
    named after a city ("Jalan Surabaya" in Jakarta), nor a regional election ("di
    Pilgub Sumut": who nominates whom there does so in Jakarta as often as not)."""
    words = phrase.replace(",", " ").split()
    if len(words) < 2 or words[0].lower().rstrip(".") in STREETS | ELECTIONS:
        return None
    city = len(words) > 2 and words[-1].lower() in CITY_WORDS  # "Mapolres Cirebon Kota":
    kind = [words.pop().capitalize()] if city else []  # the police unit of the city (Kota
    for n in range(len(words) - 1, 0, -1):  # Cirebon), not of the regency around it
        tail = words[-n:]
        if not tail[0][:1].isupper():
            continue
        found = lexicons.lookup_place(" ".join(kind + tail))
        if isinstance(found, PlaceEntry) and found.country_code and found.kind not in FOREIGN:
            return found
    return None


def area_name(phrase: str) -> str | None:
    """The name of a town or district the gazetteer does not know, as its phrase gives it
    with its kind ("kota Shopian", "Provinsi Helmand", "Desa Cikidang"): the place is the
    name ("kota Shopian" is Shopian)."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in ADMIN_AREAS | CITY_WORDS:
        return None
    if not all(w[:1].isupper() for w in words[1:]):
        return None
    return " ".join(words[1:])


def resolve_phrase(lexicons: PlaceLookup, text: str, phrase: list[Cand]) -> object | None:
    """The gazetteer place a whole phrase names; a place word modifying a building
    ("Kedutaan Besar Iran") does not make the building that place."""
    whole = text[phrase[0].start : phrase[-1].end]
    found = lexicons.lookup_place(whole)
    if found is None and len(phrase) == 1:
        c = phrase[0]
        found = lexicons.lookup_place(c.mention.name or c.text if c.mention else c.text)
    return found


def times_in(article: Article, sent: Sentence) -> list[TimeExpression]:
    """Resolved time expressions of a sentence; "sehari sebelumnya", "keesokan harinya"
    and "dua hari kemudian" are resolved against the day stated last before them; a past
    the text leaves undated ("beberapa waktu lalu") is kept: it says the date is unknown."""
    out = []
    for t in article.times:
        if not sent.start <= t.start < sent.end or compared_since(article.text, t.start):
            continue
        if t.value or t.rule == "vague_past":
            out.append(t)
        elif t.rule == "relative_event":
            resolved = relative_to_previous(article, t)
            if resolved is not None:
                out.append(resolved)
    return out


SINCE_BASELINE = re.compile(
    r"\b(?:terendah|tertinggi|terbesar|terkecil|terburuk|terparah|terbanyak|terlama|terkuat"
    r"|terlemah|tercepat|terbaik|terpanas|pertama(?:\s+kali)?|kali\s+pertama)"
    r"(?:\s+\S+){0,2}?\s+sejak\s+$",
    re.IGNORECASE,
)


def compared_since(text: str, start: int) -> bool:
    """Whether the time at ``start`` is the baseline of a comparison ("inflasi terendah
    sejak Maret 2022", "kunjungan pertama sejak 2019"): it dates no act of the sentence."""
    return SINCE_BASELINE.search(text, max(0, start - 60), start) is not None


def relative_days(text: str) -> int | None:
    """Signed day offset of an expression relative to another event, or None."""
    words = text.lower().split()
    if not words:
        return None
    if words[-1] == "harinya" and words[0] in ("keesokan", "esok", "besok"):
        return 1
    rel = words[-1]
    if rel in ("sebelumnya", "sebelum"):
        sign = -1
    elif rel in ("setelahnya", "sesudahnya", "kemudian", "berikutnya"):
        sign = 1
    else:
        return None
    if words[0] in RELATIVE_UNITS and len(words) == 2:
        return sign * RELATIVE_UNITS[words[0]]
    if words[0] == "hari" and len(words) == 2 and rel in ("berikutnya", "sebelumnya"):
        return sign  # "di hari berikutnya": the day after the one stated last
    if len(words) == 3 and words[1] == "hari":
        n = int(words[0]) if words[0].isdigit() else NUMBERS.get(words[0])
        return None if n is None else sign * n
    return None


def relative_to_previous(article: Article, t: TimeExpression) -> TimeExpression | None:
    days = relative_days(t.text)
    if days is None:
        return None
    anchor = next(
        (p for p in reversed(article.times)
         if p.end <= t.start and p.value and p.precision == "day" and t.start - p.end < 1500),
        None,
    )  # fmt: skip
    if anchor is None or anchor.value is None:
        return None
    try:
        day = date.fromisoformat(anchor.value) + timedelta(days=days)
    except ValueError:
        return None
    return TimeExpression(t.start, t.end, t.text, day.isoformat(), "day", "relative_event")


def same_act(told: Event, again: Event) -> bool:
    """Whether an event in a sentence referring back to an act ("Dari penangkapan itu,
    polisi ...") can be that act told again: same type, mode and actor, and not befalling
    other named parties ("Penangkapan tiga tersangka tersebut merupakan pengembangan dari
    tersangka RMP yang sudah ditangkap": RMP's own, earlier arrest; "Dari penangkapan itu,
    polisi juga menyita ...": a seizure, not the arrest)."""
    if (told.event, told.mode, names(told.actor)) != (again.event, again.mode, names(again.actor)):
        return False
    first, second = set(names(told.recipient)), set(names(again.recipient))
    return not (first and second and first.isdisjoint(second))


def anaphoric(lex: Lexicon, clause: Clause, event_type: str) -> bool:
    """Whether the sentence refers back to an act of this type: its noun, then
    "itu"/"tersebut"/"ini" within 12 words ("Pada pertemuan itu, mereka membahas")."""
    lows = clause.lows
    for k in range(len(lows)):
        if lows[k] not in lex.anaphor_first:
            continue  # no anaphor starts here
        for kind, n in act_nouns_at(lows, k, lex.anaphors):
            if kind == event_type and not DEFINITE_REF.isdisjoint(lows[k + n : k + n + 12]):
                return True
    return False


def opens_with_act(lex: Lexicon, clause: Clause, event_type: str) -> bool:
    """Whether the sentence opens with a noun of an act of this type, bare ("Penggeledahan
    dilakukan maraton sejak 31 Januari"): it goes on about the act just told."""
    toks = clause.toks
    return bool(toks) and lex.anaphors.get((toks[0].low,)) == event_type


AGAIN_WORDS = frozenset({"kembali", "lagi", "juga", "pula"})
EARLIER_WORDS = frozenset({"sebelum", "sebelumnya"})


def retold_next(clause: Clause, i: int, following: Clause) -> bool:
    """Whether the next sentence tells the act again with its details ("Ditjen Imigrasi
    telah menerima surat permintaan dari KPK ... . Tanggal 25 Januari 2018 Ditjen Imigrasi
    telah menerima Surat Keputusan KPK ..."; "Nelly sempat ditahan polisi ... . Nelly
    ditahan di Washington pada Sabtu (7/10)"): outside a quotation it repeats the predicate
    (the trigger verb, or the verb whose object the trigger noun is, not a verb of saying)
    after someone both sentences name before it; neither says the act happened again or
    also, nor the next one that it tells of an earlier act. The day it states is the act's."""
    toks, saying = clause.toks, quote_lexicon().pre_strength
    verbs = {
        t.low for t in toks[max(0, i - 1) : i + 1] if verb_shaped(t.low) and t.low not in saying
    }
    here, there = set(clause.lows), set(following.lows)
    if not verbs or AGAIN_WORDS & (here | there) or EARLIER_WORDS & there:
        return False
    told = {c.mention.cluster for c in clause.cands if c.mention and c.j <= i}
    for k, tok in enumerate(following.toks):
        if tok.low in verbs and not inside(following.quote_spans, tok.start):
            return any(
                c.mention is not None
                and c.mention.cluster is not None
                and c.mention.cluster in told
                and c.j <= k
                for c in following.cands
            )
    return False


THEN = frozenset(f"{a}_{b}" for a, b in TIME_ADVERBS if b == "itu")  # joined: "kala_itu"


def then_told(clause: Clause) -> bool:
    """Whether the sentence says "at that time" ("Kala itu Jokowi diusung PDIP", "Saat
    itu polisi menangkap ..."): its act is of the time the sentence before states
    ("... pada Februari 2007")."""
    return any(t.low in THEN for t in clause.toks)


def verb_shaped(low: str) -> bool:
    """Whether a lower-cased word looks like a prefixed verb ("menerima", "ditahan")."""
    return low.startswith(VERB_PREFIXES) and len(low) > 5


def more_counted(clause: Clause) -> bool:
    """Whether the sentence opens by counting more people of the event just told ("...
    menewaskan 1.200 orang. Sekitar 250 orang lainnya dibawa ke Gaza sebagai sandera"):
    they belong to that event, and its date."""
    lows = [t.low for t in clause.toks[:6]]
    if "lainnya" not in lows:
        return False
    head = lows[: lows.index("lainnya")]
    return any(w.replace(".", "").isdigit() or w in NUMBERS for w in head)


def same_speaker_goes_on(clause: Clause, i: int, previous: Clause) -> bool:
    """Whether the sentence goes on with what the person of the sentence before said on the
    occasion it dates ("Hal itu disampaikan X saat rapat kabinet, Senin (20/10). X juga
    meminta ..."): it opens with a named person or body that the sentence before names,
    whose act the trigger is, in the active voice (at most ``GOES_ON_GAP`` lowercase words
    between: "juga", "pun", "sendiri")."""
    subject = clause.cand_at[0] if clause.cand_at else None
    if clause.toks[i].low.startswith(("di", "ter")):
        return False  # a passive: the subject is who it was done to ("Gatot ditolak masuk")
    if subject is None or subject.kind != "mention" or subject.label not in ("PER", "ORG"):
        return False
    gap = clause.toks[subject.j : i]
    if len(gap) > GOES_ON_GAP or any(not t.text.islower() for t in gap):
        return False
    said = {t.text for t in previous.toks}
    return any(t.text in said for t in clause.toks[subject.i : subject.j] if len(t.text) > 2)


GOES_ON_GAP = 2


def quote_goes_on(article: Article, clause: Clause, previous: Clause) -> bool:
    """Whether the sentence is a quote its speaker goes on with, tagged by a pronoun
    ("..., lanjutnya.", "... ," tambahnya."), after a sentence whose last day closes the
    speaker's tag ("kata KBRI dalam keterangannya, Minggu (19/10)"): said that day too."""
    words = WORD.findall(article.text[clause.sent.start : clause.sent.end])
    post = quote_lexicon().post
    if not words or not words[-1].endswith("nya") or words[-1].lower()[:-3] not in post:
        return False
    days = [t for t in times_in(article, previous.sent) if t.precision == "day"]
    return bool(days) and speech_tag(article, days[-1])


def sentence_times(state: State, sent: Sentence) -> tuple[TimeExpression, ...]:
    """``times_in`` of a sentence of the article being coded, found once per sentence: an
    event asks for its own sentence's and its neighbours', each again for each event."""
    key = (sent.start, sent.end)
    if key not in state.sentence_times:
        state.sentence_times[key] = tuple(times_in(state.article, sent))
    return state.sentence_times[key]


def cited_day(state: State, t: TimeExpression) -> bool:
    """``cited_report_day`` of a time of the article being coded, found once per time."""
    if t.start not in state.cited_days:
        state.cited_days[t.start] = cited_report_day(state.article, t)
    return state.cited_days[t.start]


def event_date(
    state: State,
    clause: Clause,
    i: int,
    event_type: str,
    previous: Clause | None,
    following: Clause | None,
    other: list[tuple[int, int]],
    ahead: bool = False,
) -> tuple[str | None, Precision, str]:
    """The event's (date, precision, rule): the sentence's date nearest the trigger (not
    one that only dates a cited source's report when it gives another), else
    one of a neighbouring sentence it refers to, else the publication month. A done act
    (not ``ahead``: neither future nor hypothetical, nor a noun, which may name a planned
    event: "aksi unjuk rasa pada Jumat (4/11)") takes no day after the publication day
    ("berjanji ... akan diumumkan pada 6 Februari mendatang", "ditahan sejak 21 Oktober
    sampai 9 November"): that day is of what was promised or of the term."""
    article = state.article
    here = [t for t in sentence_times(state, clause.sent) if not inside(other, t.start)]
    if not ahead:
        here = [t for t in here if not after_publication(article, t)]
    cited = [t for t in here if cited_day(state, t)]
    if cited:  # "Mengutip BBC, Senin (16/3), Israel menyerang ... pada Minggu (15/3)"
        news_days = [t for t in here if t not in cited and news_of_citation(cited[0], t)]
        here = news_days or cited
    own = [t for t in here if not of_later_clause(clause, i, t)]
    here = own or here  # "meminta maaf, Rabu (6/8), usai KPK melakukan OTT di tahun ini"
    if event_type == "REQUEST" and not SUMMONS_WORDS.isdisjoint(clause.lows[i : i + 2]):
        # a summons: "... LM dipanggil. Sudah diterima Jumat malam"
        told_next = sentence_times(state, following.sent) if following is not None else ()
        stated = sentence_times(state, clause.sent)  # a delivery told in a clause of its own too
        delivered = delivery_day(article, [*stated, *told_next], state.lex.cue("neg"))
        if delivered is not None and not after_publication(article, delivered):
            return delivered.value, delivered.precision, "delivery-day"
    if here:
        pos = clause.toks[i].start
        best = min(here, key=lambda t: abs(t.start - pos))
        return best.value, best.precision, "same-sentence"
    if previous is not None and (
        anaphoric(state.lex, clause, event_type) or more_counted(clause) or then_told(clause)
    ):
        there = sentence_times(state, previous.sent)
        if there:
            return there[-1].value, there[-1].precision, "previous-sentence"
    if (
        previous is not None
        and event_type in SPEECH_ACTS
        and (
            same_speaker_goes_on(clause, i, previous)
            or (not ahead and quote_goes_on(article, clause, previous))
        )
        and not background_act(clause.lows[:i])
    ):
        days = [t for t in sentence_times(state, previous.sent) if t.precision == "day"]
        days = [t for t in days if not after_publication(article, t)]
        if days and days[-1].value != state.story_day:  # that day: the story's, as before
            return days[-1].value, "day", "occasion-sentence"
    if following is not None and (
        anaphoric(state.lex, following, event_type)
        or opens_with_act(state.lex, following, event_type)
    ):
        there = sentence_times(state, following.sent)
        if there:
            return there[0].value, there[0].precision, "next-sentence"
    if following is not None and retold_next(clause, i, following):
        days = [t for t in sentence_times(state, following.sent) if t.precision == "day"]
        if days:
            return days[0].value, "day", "retold-next-sentence"
    if article.published and article.published_precision in ("day", "month"):
        return article.published[:7], "month", "publication-month"
    return None, "unknown", "none"


def held_before(clause: Clause, i: int, event_type: str, modes: list[str]) -> int | None:
    """Where the act of the main clause stands when the trigger at ``i`` is a passive
    arrest in a relative clause on its object ("hari ini jaksa memeriksa para pihak yang
    diamankan"): the arrest only says who the parties are, people held before that act,
    so a time before that act's verb (a me-/ber- or di- verb) dates the act, not the arrest.
    None when no such verb stands before the "yang" ("Pada Minggu, ada tiga pelaku yang
    ditangkap", "terdapat", "jumlah X yang ditangkap"; a ter- word is as often a noun,
    "terduga"): the relative clause is then the only act, and the time its own.
    Only arrests: other acts told of a noun ("rumah yang digeruduk mahasiswa",
    "kesepakatan yang disepakati 195 negara") are as often told on their own day."""
    if event_type != "COERCE" or "arrest" not in modes:
        return None
    if i < 2 or clause.lows[i - 1] != "yang" or not passive(clause.toks[i].text):
        return None
    return next(
        (
            tok.start
            for tok in reversed(clause.toks[: i - 1])
            if (active_verb(tok) or passive_form(tok, ("di",), 6))
        ),
        None,
    )


TIME_CLAUSE_WORDS = EVENT_WORDS["time_clause"]
CLAUSE_NOT_VERBS = EVENT_WORDS["not_verb"] | EVENT_WORDS["clause_not_verb"]


def of_later_clause(clause: Clause, i: int, time: TimeExpression) -> bool:
    """Whether a time stands after the trigger at ``i`` behind a word opening a clause of
    another act's time ("usai", "setelah", "sebelum") whose act has its own subject and
    verb (:func:`acted_by_own_subject`): the time dates that act, not the trigger's
    ("meminta maaf ... usai KPK melakukan OTT di tahun ini"). A noun or a passive there
    ("menahan X usai pemeriksaan pada Kamis") is the trigger's own occasion and its day."""
    between = [t.low for t in clause.toks[i + 1 :] if t.start < time.start]
    return any(
        acted_by_own_subject(between[k + 1 :])
        for k, word in enumerate(between)
        if word in TIME_CLAUSE_WORDS
    )


def acted_by_own_subject(words: list[str]) -> bool:
    """Whether a clause's words open with a subject that is no verb, followed by a verb
    before any "yang" ("KPK melakukan OTT", "banjir merendam rumah"); a bare noun
    ("penggerebekan pada Senin"), a passive ("diperiksa") or a noun's relative clause
    ("penggerebekan yang dilakukan") is not an act of its own subject; words of
    ``CLAUSE_NOT_VERBS`` ("tersebut", "terkait", "bersama") are no verbs."""
    if not words or verb_shaped(words[0]):
        return False
    for word in words[1:]:
        if word == "yang":
            return False
        if verb_shaped(word) and word not in CLAUSE_NOT_VERBS:
            return True
    return False


def delivery_day(
    article: Article, times: list[TimeExpression], negations: Collection[str]
) -> TimeExpression | None:
    """The day a summons letter was delivered, when its sentence or the next gives one
    besides the day of the report or of the hearing ("Surat panggilan untuk saksi itu
    sudah dikirim dan diterimanya pada Kamis (9/3)", "Ia diperiksa besok. Suratnya sudah
    diterima Rabu malam"): a day a delivery word
    stands at most ``DELIVERY_GAP`` words before, whose subject is the letter
    (``letter_delivered``): "laporan diterima pada Jumat", "berkas sudah diterima jaksa"
    and "uang yang diterima" are not the letter's delivery (docs/annotation.md 4)."""
    for t in times:
        if t.precision != "day":
            continue
        words = sentence_before(article, t.start, t.start).split()
        start = max(0, len(words) - DELIVERY_GAP)
        if any(
            w.lower() in DELIVERED and letter_delivered(words[:k], negations)
            for k, w in enumerate(words[start:], start)
        ):
            return t
    return None


def letter_delivered(before: list[str], negations: Collection[str]) -> bool:
    """Whether the words before a delivery word make the letter its subject: past the
    words of its verb group (``DELIVERY_ADVERBS``, other delivery words), the sentence's
    start ("Sudah diterima ...") or a letter word (``LETTER_OF``), else a letter word at
    most ``LETTER_REACH`` words back in the same clause, with no comma, verb or clause
    opener between ("Surat pemanggilan kepada AN hari ini juga telah dilayangkan"), and
    no negation (``negations``, the lexicon's ``neg`` cue: "belum diterima")."""
    k = len(before)
    while k and bare_word(before[k - 1]) in DELIVERY_GROUP:
        k -= 1
    if k == 0 or before[k - 1].endswith((".", "!", "?")):
        return True  # "... dipanggil sebagai tersangka. Sudah diterima ..." in one quote
    for w in reversed(before[max(0, k - LETTER_REACH) : k]):
        word = bare_word(w)
        if word in LETTER_OF:
            return True
        if (
            word in negations
            or w.endswith((",", ".", ";", ":"))
            or word in LETTER_REACH_ENDS
            or verb_shaped(word)
        ):
            return False
    return False


def bare_word(word: str) -> str:
    """A word lowercased without the quote marks and punctuation around it."""
    return word.strip("\"'“”‘’()[],.;:!?").lower()


LETTER_REACH = 6  # "Surat pemanggilan kepada AN hari ini juga telah dilayangkan"
DELIVERY_GROUP = DELIVERY_ADVERBS | DELIVERED  # the words of a delivery's verb group
LETTER_REACH_ENDS = SUBORDINATORS | VERB_GROUP_OPENERS  # no letter word is sought past these
DELIVERY_GAP = 3  # "diterima sejak Jumat (17/10)", "dikirim pada Senin (3/3)"


TERM_WORDS = frozenset({"sejak", "hingga", "sampai", "selama", "mulai"})
"""Words before a time that make it a term's bound ("dicegah ... sejak 3 Maret")."""


def request_day(article: Article, clause: Clause, i: int) -> tuple[str | None, Precision, str]:
    """The date of the request an act was done on ("atas permintaan X"): the day the
    phrase itself gives, with no comma between ("atas permintaan Kejagung pada 3 Maret",
    "... yang diajukan Senin (3/3)"), else unknown: the request came before the act, on a
    day the text does not state, not on the act's ("menahan X, Senin (13/10), atas
    permintaan Y"), nor on a term's first day ("... atas permintaan Y sejak 3 Maret")."""
    text, at = article.text, clause.toks[i].end
    for t in times_in(article, clause.sent):
        if t.start < at or not t.value or after_publication(article, t):
            continue
        between = text[at : t.start]
        if not any(c in between for c in ",;") and not TERM_WORDS.intersection(
            between.lower().split()[-1:]
        ):
            return t.value, t.precision, "same-sentence"
        break
    return None, "unknown", "background"


def after_publication(article: Article, t: TimeExpression) -> bool:
    """Whether a day the text gives falls after the article's publication day."""
    published = article.published if article.published_precision == "day" else None
    return bool(published and t.value and t.precision == "day" and t.value > published[:10])


# ------------------------------------------------------------------ article memory


def opposed_sides(entry: Entry) -> bool:
    """Whether the event's actors are the opposing sides of a clash ("X bertempur melawan
    Y", "bentrokan antara A dan B"): foes, never one "mereka" of the next sentence."""
    return entry.event == "ASSAULT" and "sym" in entry.args


def clash_subject(event: Event) -> list[EntityRef]:
    """Whom a clash leaves as its clause's subject: side A when it stands before the
    trigger ("Pasukan Kurdi bertempur melawan ISIS. Mereka ...": the Kurds), else nobody
    ("bentrokan antara warga dan polisi" says no side is the subject)."""
    start = event.sources[0].trigger_start if event.sources else None
    first = event.actor[0]
    ahead = start is not None and first.start is not None and first.start < start
    return [first] if ahead else []


def remember(state: State, clause: Clause, events: list[tuple[Event, Entry]]) -> None:
    """Update the recency lists used for pronouns, "kedua tokoh" and carried subjects."""
    state.told.append(clause)  # its parties are made when wanted (``State.recent``)
    crowds = [c for c in clause.cands if many_people(state.lex, c)]
    groups = [ref_of(state, c) for c in crowds if subject_place(state.lex, clause, c)]
    if groups:  # ``remember_sources`` has already moved ``state.sentence`` past this one
        state.groups = (state.sentence - 1, groups)
    if crowds:
        state.crowds = (state.sentence - 1, [ref_of(state, c) for c in crowds])
    events = [(e, entry) for e, entry in events if "actor=context" not in e.rule]  # an
    # agent the text does not name here ("orang yang ditahan": the police) is no
    # pronoun's antecedent
    if events:
        first, entry = events[0]
        if opposed_sides(entry) and len(first.actor) > 1:
            state.last_subject = clash_subject(first)
        else:
            state.last_subject = first.actor[:1] if len(first.actor) > 1 else first.actor
        if any(opposed_sides(entry) and len(e.actor) > 1 for e, entry in events):
            state.last_plural = []  # not the foes together, nor a group told before them
        plural = [e.actor for e, entry in events if len(e.actor) >= 2 and not opposed_sides(entry)]
        if plural:
            state.last_plural = plural[0]
            state.last_subject = plural[0]
        return
    if pronoun_subject(clause):
        return  # "Lalu mereka juga meminta ... PBB": the same party goes on, not PBB
    heading = state.heading
    subjects = (
        (c, resolve(state, clause, [c], None))
        for c in clause.cands
        if c.kind in ("mention", "noun") and usable_subject(c, clause.toks) and c.start >= heading
    )  # a dateline's outlet ("Jakarta, CNN Indonesia --") or an outlet is nobody's subject
    found = next(((c, refs) for c, refs in subjects if refs and not press(refs[0])), None)
    if found:
        state.last_subject = found[1]
        partners = joined_parties(clause, found[0])
        if partners:  # "Irman dan Sugiharto sudah duduk di kursi terdakwa. Mereka ...": both
            state.joined = (state.sentence - 1, found[1] + resolve(state, clause, partners, None))


def parties(state: State, clause: Clause) -> list[EntityRef]:
    """The parties a sentence names, for ``State.recent``."""
    return [
        ref_of(state, c)
        for c in clause.cands
        if c.kind in ("mention", "noun", "cap", "cap0") and c.label != "LOC"
    ]


def pronoun_subject(clause: Clause) -> bool:
    """Whether a third-person pronoun ("ia", "mereka") comes before any party that could
    be the clause's subject: it refers back, so the subject remembered stays."""
    for c in clause.cands:
        if c.kind == "pron":
            return c.text.lower() in THIRD_PERSON or c.text.lower() in PRONOUNS_PL
        if c.kind in ("mention", "noun") and usable_subject(c, clause.toks):
            return False
    return False


def dateline_end(text: str) -> int:
    """Where the text goes on after its dateline ("Jakarta, CNN Indonesia --"), 0 without
    one: matched once per article (``State.heading``), asked for every sentence that codes
    nothing."""
    opening = DATELINE.match(text)
    return opening.end() if opening else 0


CITING = EVENT_WORDS["citing"] | frozenset(" ".join(p) for p in CLAUSE_PHRASES["citing"])
"""Words that cite a source: "dilansir Antara", "sebagaimana diberitakan Xinhua"."""
TOLD = CITING | {"kepada", "dengan", "dari", "menurut"}
"""Words that also cite an outlet: "kata X kepada Reuters", "wawancara dengan BBC" (not
"laporan Reuters", a report the news may be about)."""
OUTLET_WORDS = EVENT_WORDS["outlet_word"]


def cited_only(article: Article, heading: int) -> tuple[set[str], set[str]]:
    """Actors the article names only right after a word of citing (``CITING``), and those
    it names only right after a word of telling (``TOLD``) or in its dateline (before
    ``heading``); the words before each mention are read once for both."""
    quoted: dict[str, bool] = {}
    told: dict[str, bool] = {}
    for m in article.mentions:
        if m.actor_id is None or m.label == "PRON":
            continue
        if quoted.get(m.actor_id) is False and told.get(m.actor_id) is False:
            continue  # an actor named once otherwise is not cited only, whatever follows
        before = [
            w.strip(",.:;()\"'").lower()
            for w in article.text[max(0, m.start - 40) : m.start].split()
        ]
        while before and before[-1] in OUTLET_WORDS:
            before.pop()
        pair = " ".join(before[-2:])
        by_citing = bool(before) and (before[-1] in CITING or pair in CITING)
        by_telling = m.start < heading or bool(before) and (before[-1] in TOLD or pair in TOLD)
        quoted[m.actor_id] = quoted.get(m.actor_id, True) and by_citing
        told[m.actor_id] = told.get(m.actor_id, True) and by_telling
    return {a for a, only in quoted.items() if only}, {a for a, only in told.items() if only}


def without_cited_outlets(
    article: Article, heading: int, new: list[tuple[int, Event, Entry]], dropped: list[Drop]
) -> list[tuple[int, Event, Entry]]:
    """A news agency or outlet the article cites ("dilansir Antara", "kata X kepada
    Reuters") or writes in its dateline ("Jakarta, CNN Indonesia --") reports the events:
    it is no party to them, whatever the argument search took. One the article also names
    otherwise (news about the outlet) stays. An event left with no party is dropped."""
    if not new:
        return new
    quoted, told = cited_only(article, heading)
    if not quoted and not told:
        return new
    kept = []
    for k, e, entry in new:
        parties = e.actor + e.recipient
        e.actor = [r for r in e.actor if not cited_outlet(r, quoted, told)]
        e.recipient = [r for r in e.recipient if not cited_outlet(r, quoted, told)]
        if parties and not e.actor and not e.recipient:
            dropped.append(drop_of(e, entry, "cited-outlet"))
        else:
            kept.append((k, e, entry))
    return kept


def without_protest_demands(
    lex: Lexicon, new: list[tuple[int, Event, Entry]], dropped: list[Drop]
) -> list[tuple[int, Event, Entry]]:
    """What the parties that protest in the article demand or reject, wherever the article
    tells it ("Keenam, massa meminta pemerintah ...", the list of demands after the rally
    or before it), is their protest's topic, not an event of its own (PLOVER 3.12; the
    sentence-level checks see only the protest's sentence and the next two). After a
    crowd's protest, a crowd named as protesters ("massa aksi lainnya menuntut ...") is
    one of them. Only a rally, strike or hunger strike has such demands: a party's boycott
    or walkout is no protest crowd's, and what it asks elsewhere is its own act."""
    protests = [e for _, e, _ in new if e.event == "PROTEST" and DEMANDING_PROTESTS & set(e.mode)]
    protesters = [r for e in protests for r in e.actor]
    if not protesters:
        return new
    crowd = any(e.actor and all(civil_crowd(r) for r in e.actor) for e in protests)
    demands = {
        id(e) for _, e, entry in new
        if e.event in ("REQUEST", "REJECT") and protest_topic(entry) and e.actor
        and all(among(r, protesters) or (crowd and protest_crowd(lex, r)) for r in e.actor)
    }  # fmt: skip
    dropped.extend(drop_of(e, entry, "protest-demand") for _, e, entry in new if id(e) in demands)
    return [(k, e, entry) for k, e, entry in new if id(e) not in demands]


DEMANDING_PROTESTS = frozenset({"demo", "strike", "hunger"})


PLANNED_REPEAT_KEPT = frozenset({"REQUEST", "AGREE", "THREATEN"})
"""Types whose hypothetical telling is its own act: a request or promise said of a future
act, a threat whose content hangs on a condition (docs/annotation.md, section 5)."""


def without_planned_repeats(
    new: list[tuple[int, Event, Entry]], dropped: list[Drop]
) -> list[tuple[int, Event, Entry]]:
    """A hypothetical act (planned, forecast, asked for) that the article also tells as done,
    in the same mode, by the same actor to the same party, or to a party it leaves unnamed
    ("ada rencana X menghabisi nyawa Y" and "X menghabisi Y ..."; "pertemuan itu
    diperkirakan membahas ..." and the meeting held; "penyidik akan menjerat ... dengan
    pasal" and the charge): the plan or forecast of that act, not another event (the gold
    codes the act once). A plan told as a repeat ("akan kembali berunjuk rasa", "memeriksa
    X lagi") or for a day after every such done act's (:func:`planned_for_later`) is
    another act and stays."""
    done: dict[tuple[str, ...], list[Event]] = {}  # (type, modes, actors, recipients)
    done_to_someone: dict[tuple[str, ...], list[Event]] = {}  # (type, modes, actors)
    for _, e, _ in new:
        if e.actor and not (e.hypothetical or e.negated):
            act = (e.event, *e.mode, "|", *names(e.actor))
            done.setdefault((*act, "|", *names(e.recipient)), []).append(e)
            done_to_someone.setdefault(act, []).append(e)
    planned = set()
    for _, e, _ in new:
        if not e.hypothetical or not e.actor or e.event in PLANNED_REPEAT_KEPT:
            continue
        act = (e.event, *e.mode, "|", *names(e.actor))
        acts = done.get((*act, "|", *names(e.recipient)), [])
        if not e.recipient:
            acts = [*acts, *done_to_someone.get(act, [])]
        if acts and not (done_again(e) or told_once_more(e) or planned_for_later(e, acts)):
            planned.add(id(e))
    dropped.extend(drop_of(e, entry, "planned-repeat") for _, e, entry in new if id(e) in planned)
    return [(k, e, entry) for k, e, entry in new if id(e) not in planned]


def planned_for_later(plan: Event, acts: list[Event]) -> bool:
    """Whether a plan is dated to a day after the day of every done act like it ("berunjuk
    rasa, Senin" and "akan berunjuk rasa pada Kamis"): the act planned again, not the plan
    of the one done; a plan dated before it ("ada rencana ... sejak sepekan sebelumnya")
    is that act's."""
    return (
        plan.date_precision == "day"
        and plan.date is not None
        and all(
            a.date_precision == "day" and a.date is not None and a.date < plan.date for a in acts
        )
    )


def without_unnamed_welcomes(
    new: list[tuple[int, Event, Entry]], dropped: list[Drop]
) -> list[tuple[int, Event, Entry]]:
    """A welcome or praise (a `welcome` predicate) that names no party welcomed or
    praised once every pass that finds recipients has run ("menyambut baik masukan
    itu", "memberikan apresiasi terhadap kegiatan ritual"): a stance on a thing, not
    PLOVER support of an actor."""
    unnamed = {
        id(e) for _, e, entry in new
        if e.event == "SUPPORT" and "welcome" in entry.args and not e.recipient
    }  # fmt: skip
    dropped.extend(drop_of(e, entry, "welcome-no-party") for _, e, entry in new if id(e) in unnamed)
    return [(k, e, entry) for k, e, entry in new if id(e) not in unnamed]


SUBHEADING_WORDS = 8
"""Words a subheading line may have ("BAP Miryam Tak Dipersoalkan KPK")."""


def subheading(text: str, source: Source) -> bool:
    """Whether a report's sentence is a subheading inside the body: a line of its own after
    the first, of at most ``SUBHEADING_WORDS`` words each capitalised or a number, any word
    of three letters or fewer aside ("di", "ke", "dan", "RI"; not "yang" nor "atas"), with
    no final stop ("Sempat Menolak Proyek", "Divonis Bersalah")."""
    line = text[source.start : source.end].strip()
    words = line.split()
    if source.start == 0 or not words or len(words) > SUBHEADING_WORDS:
        return False
    before = text[: source.start].rstrip(" \t")[-1:]
    after = text[source.end :].lstrip(" \t")[:1]
    if before != "\n" or after not in ("\n", ""):
        return False
    return line[-1].isalnum() and all(
        w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 for w in words
    )


def without_subheading_tellings(
    text: str, new: list[tuple[int, Event, Entry]], dropped: list[Drop]
) -> list[tuple[int, Event, Entry]]:
    """An act a subheading names ("Sempat Menolak Proyek") when one of the next
    ``SOON_AFTER_SENTENCES`` sentences codes an act of its type with the parties the
    subheading names: the subheading announces the section that tells it ("Sebelumnya,
    Agus sempat menolak ..."), and the section's sentence, not the heading, is its report
    (its parties are argued there). A heading naming other parties than the section's
    act ("Malaysia Menolak Usulan Amerika", then "Filipina menolak ...") is its own report."""
    heads = {
        id(e) for k, e, _ in new
        if e.sources and subheading(text, e.sources[0])
        and any(
            k < n <= k + SOON_AFTER_SENTENCES and o.event == e.event and heading_parties_told(e, o)
            for n, o, _ in new
        )
    }  # fmt: skip
    dropped.extend(drop_of(e, entry, "subheading") for _, e, entry in new if id(e) in heads)
    return [(k, e, entry) for k, e, entry in new if id(e) not in heads]


def heading_parties_told(heading: Event, later: Event) -> bool:
    """Whether a later act tells the parties a subheading names in its own words: on each
    side, none of the heading's parties of a known type is written in the heading (they
    were taken from the story; one of no type is a heading's capitalised word,
    "Bersalah"), or one of them is among the later act's parties or written in its
    sentence ("BAP Miryam Tak Dipersoalkan KPK", then "KPK tak mempersoalkannya"; not
    "Polisi Tangkap Lima Mahasiswa", then "Polisi menangkap seorang provokator")."""
    line = heading.sources[0].sentence.lower()
    told = later.sources[0].sentence.lower() if later.sources else ""
    named = set(names(later.actor) + names(later.recipient))

    def written(ref: EntityRef, sentence: str) -> bool:
        text = (ref.entity_text or "").lower()
        if ref.type == "unknown" or not text:
            return False
        return re.search(rf"\b{re.escape(text)}\b", sentence) is not None

    return all(
        not any(written(r, line) for r in side)
        or any(written(r, line) and (r.entity_name in named or written(r, told)) for r in side)
        for side in (heading.actor, heading.recipient)
    )


def cited_outlet(ref: EntityRef, quoted: set[str], told: set[str]) -> bool:
    return ref.actor_id is not None and (
        ref.actor_id in quoted or (press(ref) and ref.actor_id in told)
    )


def conflict_calls(article: Article, new: list[tuple[int, Event, Entry]]) -> None:
    """PLOVER 3.8.2: a call to end a conflict made by a party to it states that party's
    intent (AGREE); made by anyone else it is a REQUEST ("yield"). The parties are the
    actors and targets of the fights coded in the same article."""
    parties = {
        n for _, e, _ in new if e.event == "ASSAULT" for n in names(e.actor) + names(e.recipient)
    }
    for _, e, entry in new:
        if "party" in entry.args and e.event == "REQUEST" and parties & set(names(e.actor)):
            e.event, e.mode, e.score = "AGREE", [], score("AGREE", [])
            src = e.sources[0]
            e.id = stable_id("evt", article.id, src.trigger_start, src.trigger_end, e.event)


def complaint_targets(new: list[tuple[int, Event, Entry]]) -> None:
    """A police complaint that names nobody ("korban melapor ke Polresta Mataram",
    "ditahan atas laporan warga", "berawal dari laporan warga") is against the person the
    police then arrested or charged in the story: the recipient of the nearest arrest or
    charge within three sentences (docs/annotation.md, 5)."""
    for index, event, entry in new:
        if (
            event.event != "ACCUSE"
            or event.recipient
            or not any(w.startswith(("lapor", "melapor")) for w in entry.words)
        ):
            continue
        complainants = set(names(event.actor))
        near = [
            (abs(k - index), k, other) for k, other, _ in new
            if other is not event and other.event in ("COERCE", "ACCUSE")
            and abs(k - index) <= 3 and other.recipient
            and not complainants & set(names(other.recipient))
        ]  # fmt: skip
        if near:
            event.recipient = list(min(near, key=lambda n: n[:2])[2].recipient)


def denial_content(denial: Event, sentence: list[tuple[Event, Entry]]) -> list[Event]:
    """The events of a denial's sentence after its trigger: what is denied ("membantah
    telah bertemu X"), which no later report repeats, as it did not happen."""
    end = denial.sources[0].trigger_end or 0
    return [e for e, _ in sentence if e is not denial and (e.sources[0].trigger_start or 0) >= end]


def same_claim(event: Event, denied: Event, denial: Event) -> bool:
    """Whether ``event`` reports what a denial denies: the same type, every actor of it a
    party of the denied act or the one who denies, and, when the denied act names its
    target, every target too ("membantah membahas proyek bersama Y" disputes a meeting
    with Y, not the meeting with Z the speaker admits)."""
    if event.event != denied.event:
        return False
    claim = denied.actor + denied.recipient + denial.actor
    parties = event.actor + (event.recipient if denied.recipient else [])
    return bool(parties) and all(any(same_party(p, c) for c in claim) for p in parties)


def flag_denials(new: list[tuple[int, Event, Entry]]) -> set[int]:
    """Denied events: those a denial governs in its sentence, and the same claim elsewhere.
    Returns the ids of the governed events that no other sentence reports: the content of
    a denial ("membantah meminta uang") is what the REJECT is about, not an event of its
    own; the same act reported elsewhere stays an event, marked disputed."""
    alone: set[int] = set()
    for index, denial, entry in new:
        if "deny" not in entry.args:
            continue
        inner = denial_content(denial, [(e, en) for k, e, en in new if k == index])
        for e in inner:
            e.disputed = True
        reported_elsewhere = set()
        for k, e, _ in new:
            if e is denial or e.event == "REJECT":
                continue
            if any(same_claim(e, claim, denial) for claim in inner):
                e.disputed = True
                if k != index:
                    reported_elsewhere.add(e.event)
        alone |= {id(e) for e in inner if e.event not in reported_elsewhere}
    return alone
