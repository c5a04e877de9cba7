"""How two event reports compare: participants, dates, places and modes.

Shared by event merging (``kabar.fuse``) and cross-report contradictions
(``kabar.contradictions``). Every test here is conservative: unknown values are
"compatible" only where a caller explicitly allows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from dataclasses import replace as replaced
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources

from kabar.actors import abbreviates, blends, full_province, is_short_form, letters_of
from kabar.dates import MONTHS, WEEKDAYS
from kabar.event_args import BODY_OWN_PEOPLE, COUNT_ONE, NUMBER, VIOLENT
from kabar.event_clause import ORDINALS
from kabar.event_context import GENERIC_VICTIMS, TERRITORY_POLITY, unnamed_only
from kabar.lexicons import Lexicons, load_lexicons
from kabar.model import EntityRef, Event, Place, Source
from kabar.nlp import COMMON_ABBREVIATIONS
from kabar.predicates import load_lexicon
from kabar.quote_candidates import lexicon as quote_lexicon
from kabar.quote_candidates import quote_pairs
from kabar.segment import QUOTE_MARK

SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})  # who is actor or recipient is arbitrary
# A phone call is never the in-person meeting; an abduction (hostages taken, a pilot held)
# is never the attack or killing told beside it ("menewaskan 1.200 orang serta menyandera
# 240 lainnya"): a report marked with one of these and one without are two acts.
EXCLUSIVE_MODES = frozenset({"phone", "abduct"})
# Acts done to things (searched, seized, frozen): one actor does several of them to one
# suspect on one day, told apart only by the thing (:func:`acted_on_alike`).
THING_MODES = frozenset({"seize"})
PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}
# Statements: one speaker makes several of one type at one appearance (an offer, a promise,
# an invitation are all AGREE), so two outlets' reports are one only if they say the same.
STATEMENTS = frozenset({"ACCUSE", "AGREE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})
WORD = re.compile(r"[^\W\d_]{4,}")
# the office a complaint is filed with: "ke" and the capitalised words after it, or the
# lower-case word after it ("ke polisi"; kept only if a ``police`` row of fuse_words.tsv)
COMPLAINT_OFFICE = re.compile(r"\bke\s+(?:((?:[A-Z][\w-]*\s?)+)|([a-z]+))")
Office = tuple[str, ...]  # an office's name, word by word ("Polda", "Jawa", "Timur")
WORDS_BEFORE_TRIGGER = 2  # how far before a complaint's verb "juga"/"kembali" marks another one
PREFIXES = ("meng", "meny", "mem", "men", "me", "di", "ber", "ter", "per", "pe", "ke")
SUFFIXES = ("nya", "kan", "an", "i")
MIN_ROOT = 4
ACTIVE_PREFIX = "me"  # an active verb (meN-): the words before it in a clause are its doer
SAID_SHARE = 0.5  # the other must repeat more than this share of the briefer one's content words
OBJECT_WORDS = 2  # the first content words after an act's trigger that tell what it acted on
SAID_MIN_DISTINCT = 2  # or, across articles, words shared beyond the topic (1 on the same day)
GUESSED_DATE = "date publication-month"  # in Event.rule: no date in the text, the month guessed
STORY_DAY = "date story-day"  # in Event.rule: no date in the sentence, the story's day taken
TOLD_DAY = "date told-day"  # in Event.rule: an act told only on the story's day, date unknown
# in Event.rule: a day and month without a year, the year its article's dateline fits
DATELINE_YEAR = "date dateline-year"
# in Event.rule: an undated report of an article without a year, its sources given the day
# its weekday dateline falls on near another article's report as their publication
DATELINE_DAY = "date dateline-day"
REPORT_REACH = timedelta(days=31)  # an undated report's event happened this long before at most
PUBLICATION_LAG = timedelta(days=1)  # another outlet reports an act this long after one did
STORY_LAG = timedelta(days=2)  # and story days of one act lie at most this far apart
FOLLOW_UP_LAG = timedelta(days=3)  # a follow-up retells an act another outlet reported this late
DATELINE_REACH = timedelta(days=365)  # a day and month without a year is of the last year
COPY_MIN_CHARS = 60  # a sentence this long found word for word in two articles was copied
COPY_WORD = re.compile(r"\w+")  # the words of a copy: its punctuation is the editor's
SHORT_COPY_WORDS = 4  # a shorter copy is one act only when it names both sides alike
NEAR_COPY_SHARE = 0.85  # a near copy keeps this share of the words, in order (difflib ratio)
NEAR_COPY_EDGE = 4  # and its first or its last words, this many, alike
NEAR_COPY_BUCKET = 12  # sentences opening or closing alike beyond this many: stock words
# Directed acts that one side does to a named other once, not day after day: a refused
# entry, a sanction, an apology. Attacks, arrests, accusations, protests and threats
# between the same parties recur on consecutive days (daily strikes on one town, a spat
# of charges), so only these may join on neighbouring story days (:func:`publication_lag`).
ONE_OFF = frozenset({"REJECT", "SANCTION", "CONCEDE"})
# Acts the same named parties repeat within weeks, told alike each time: strikes on one
# town, rounds of talks between two ministers. Two story days never make them one.
RECURRING = frozenset({"ASSAULT", "CONSULT"})
# Statements one speaker voices again and again in other words (support for a body, charges
# against a rival, threats): an undated one is that of a dated report only when it mostly
# repeats it (``kabar.fuse.alike``), never as a follow-up retelling (:func:`retellable`).
VOICED_AGAIN = frozenset({"ACCUSE", "SUPPORT", "THREATEN"})
STATE_OFFICIALS = frozenset({"person", "organization"})
# Sectors that act for their state: its government. Armed forces are left out: "Pasukan
# Israel melancarkan kampanye" and "Israel melancarkan perang" are summaries of a campaign,
# which the gold never links (docs/annotation.md section 11), and the army rule merged no
# right pair on the gold or bench; police, courts and parties are bodies of their own.
STATE_SECTORS = frozenset({"GOV"})
# "kembali mengundang", "kembali ditangkap", "untuk kedua kalinya": the act happened before
AGAIN = re.compile(r"\bkembali\s+(?:me|di|ber|ter)[^\W\d_]+", re.IGNORECASE)
WORDS = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Sides:
    """Who takes part in a report: resolved actor ids, and unresolved surface names."""

    actors: frozenset[str]
    recipients: frozenset[str]
    loose_actors: frozenset[str]
    loose_recipients: frozenset[str]

    @property
    def named(self) -> frozenset[str]:
        return self.actors | self.recipients


def sides(event: Event) -> Sides:
    """Participants; for symmetric types (CONSULT, ...) every participant is an actor."""

    def ids(refs: list[EntityRef]) -> frozenset[str]:
        return frozenset(r.actor_id for r in refs if r.actor_id)

    def loose(refs: list[EntityRef]) -> frozenset[str]:
        return frozenset(r.entity_name.casefold() for r in refs if not r.actor_id)

    actors, recipients = ids(event.actor), ids(event.recipient)
    loose_a, loose_r = loose(event.actor), loose(event.recipient)
    if event.event in SYMMETRIC:
        return Sides(actors | recipients, frozenset(), loose_a | loose_r, frozenset())
    return Sides(actors, recipients, loose_a, loose_r)


def nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """One set names a subset of the other's participants."""
    return a <= b or b <= a


def participants_compatible(
    a: Event,
    b: Event,
    close: bool,
    pinned: bool = False,
    same_day: bool = False,
    told: bool = False,
) -> bool:
    """Same participants, or one report naming a subset of the other's, sharing someone.

    ``close``: the reports come from one article or one story. Far apart, a symmetric
    event needs two shared resolved participants and a directed one needs the same
    actor and recipient; close, one shared participant may stand for a subset, and
    unresolved names ("para pejabat") count only when nobody is resolved. A statement
    of a symmetric type (AGREE) needs a speaker (actor) in common. A directed
    report may leave out some actors or the recipient, not both: "Hizbullah dan Israel
    saling serang" is not "Israel menyerang warga Palestina"; an accusation or inquiry
    naming no target at all ("perkara yang sedang diusut KPK") joins only in its story.
    ``pinned``: the reports share the day and a known place, or one is a past act its
    story tells without a date, weighed against the one dated event of the story it may be
    (``kabar.fuse.place_undated``: fitting two, it joins neither); then unnamed crowds on
    the actor side ("massa", "sejumlah warga setempat") acting on the same named recipient
    are one (:func:`crowds`).
    ``same_day``: the reports share the day; then an attack or arrest whose doers no report
    names (an acid attack on an investigator that six outlets date to one day, none naming
    the attackers) is one when it befell the same named party (:func:`unnamed_doers`).
    ``told``: one report is a past act its story tells without a date, weighed against the
    one dated event of the story; then unnamed held parties are the named ones
    (:func:`unnamed_held_are_named_ones`). Not for a mere shared day and place: one police
    office arrests unnamed people and a named suspect in its city on one day in two cases.
    """
    sa, sb = state_sides(a, b)
    if not nested(sa.actors, sb.actors) or not nested(sa.recipients, sb.recipients):
        return False
    if told and unnamed_held_are_named_ones(a, b):  # "para pihak yang diamankan" / "menangkap X"
        return True
    if (sa.loose_actors | sa.loose_recipients) != (sb.loose_actors | sb.loose_recipients) and (
        sa.named != sb.named  # a report adding "para pejabat" to a subset is another meeting
    ):
        return False
    if not sa.named and not sb.named:
        return (
            close
            and bool(sa.loose_actors)
            and (sa.loose_actors, sa.loose_recipients)
            == (
                sb.loose_actors,
                sb.loose_recipients,
            )
        )
    if a.event in SYMMETRIC:
        if a.event in STATEMENTS and not speakers(a) & speakers(b):
            return False  # "Jokowi offers" is not "Putin is ready", whoever else is named
        shared = len(sa.actors & sb.actors)
        return shared >= 2 or (shared == 1 and close)
    if pinned and crowds(sa, sb):
        return True
    if same_day and a.event in VIOLENT and unnamed_doers(sa, sb):  # done to a party
        return True
    if not sa.actors & sb.actors:
        return False
    if sa.recipients and sb.recipients:
        return True  # nested and non-empty: they share a recipient
    if sa.recipients or sb.recipients:  # one leaves the recipient out: then not actors too
        return close and sa.actors == sb.actors
    if a.event == "ACCUSE" and not (sa.loose_recipients or sb.loose_recipients or close):
        return False  # "KPK sedang mengusut" in two stories may be two cases
    return sa.loose_recipients == sb.loose_recipients or close


def counted_as_polity(a: Event, b: Event) -> tuple[Event, Event]:
    """Both reports, the one whose victims are only counted ("sekitar 250 orang lainnya
    dibawa ke Gaza sebagai sandera") given the recipient of the other when that one is
    the polity of the territory its own counted victims were in (``TERRITORY_POLITY``:
    "menyeberang ke Israel ... serta menyandera 240 lainnya": Israel), so the two compare
    as the same victims. Only for callers that pinned both to one day of one story."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        counted = bool(y.recipient) and all(
            r.actor_id is None and GENERIC_VICTIMS.fullmatch(r.entity_text) for r in y.recipient
        )
        if TERRITORY_POLITY in x.rule and x.recipient and counted:
            lifted = replaced(y, recipient=list(x.recipient))
            return (lifted, x) if flip else (x, lifted)
    return a, b


def named_alike(a: Event, b: Event) -> tuple[Event, Event]:
    """Both reports, a person one of them names by a part of the name or by its initials
    ("Prabowo" / "Prabowo Subianto", "LM" / "Lisa Mariana"), which the actor stage left
    apart, given the id of the one participant of the other report it fits, when that one
    is not named in the first (:func:`part_of_name`). Only for callers that pinned both
    to one story, on one day or one within the other's stated span: two people sharing a
    name are rarely both there. ``b`` is
    weighed against ``a`` renamed, so a name both write alike takes one id, not each
    the other's. A name neither resolved but both write alike ("Muslim", the lawyer the
    actor stage could not type) is one participant too (:func:`unresolved_alike`)."""
    defined = defined_acronyms(a) | defined_acronyms(b)
    first = renamed(a, b, defined)
    return unresolved_alike(first, renamed(b, first, defined))


DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w-]*\s+)(?:[\w-]+\s+){0,6}?[A-Z][\w-]*)\s*\(([A-Z][A-Za-z]{1,9})\)"
)


def defined_acronyms(report: Event) -> frozenset[tuple[str, str]]:
    """(acronym, full name) pairs a report's sentences define by writing the acronym in
    brackets after the name it abbreviates ("Komisi Pemilihan Umum (KPU) resmi mencabut
    ..."), or a short form blending the leading letters of its words ("Universitas
    Udayana (Unud)": :func:`bracket_blend`): the text itself says the two name one body."""
    found = set()
    for source in report.sources:
        for match in DEFINED_ACRONYM.finditer(source.sentence):
            words = match.group(1).split()
            acronym = match.group(2)
            for start in range(len(words) - 1):  # the name ends at the bracket
                name = " ".join(words[start:])
                if abbreviates(acronym, name) or bracket_blend(acronym, name):
                    found.add((acronym.casefold(), name.casefold()))
                    break
    return frozenset(found)


def bracket_blend(short: str, name: str) -> bool:
    """``short`` (written in brackets after ``name``) is leading letters of the name's
    first word and of one or more later words, in order, two at least of each: "Unud" =
    Un(iversitas) Ud(ayana), "Unsri" = Un(iversitas) Sri(wijaya). Words between may be left
    out, as such short forms do ("Untirta" = Un(iversitas) [Sultan Ageng] Tirta(yasa); so
    "Unut" fits "Universitas Sumatera Utara" too): the brackets say it is this name's short
    form, so a blend shorter than one the actor stage would take from a bare word
    (``abbreviates``) does."""
    letters, words = letters_of(short), [letters_of(w) for w in name.split()]
    if len(words) < 2 or not all(words):
        return False
    return any(
        letters[:n] == words[0][:n] and blends(letters[n:], words, 1, 1)
        for n in range(2, len(words[0]) + 1)
    )


def generic_bodies(a: Event, b: Event) -> tuple[Event, Event]:
    """Both reports, an actor one of them names only by a common noun for a kind of body
    ("polisi", "pihak kepolisian": ``Lexicon.kind_bodies``), which the actor
    stage leaves unresolved but types with a sector, given the id of the one resolved
    actor of that sector the other report names ("Polres Bogor"), when both reports name
    a resolved recipient in common: "polisi menangkap Budi" and "Polres Bogor menangkap
    Budi" of one story, on one day or one report's date within the other's span, are one
    arrest. Not for symmetric types, where who is actor is arbitrary, nor when the other
    names two bodies of that sector."""
    if a.event in SYMMETRIC or not shared_recipient(a, b):
        return a, b

    def lifted(x: Event, y: Event) -> Event:
        def fit(r: EntityRef) -> EntityRef:
            if not kind_family(r):
                return r
            bodies = {o.actor_id for o in y.actor if o.actor_id and o.sector == r.sector}
            return replaced(r, actor_id=bodies.pop()) if len(bodies) == 1 else r

        return refit_actors(x, fit)

    return lifted(a, b), lifted(b, a)


def same_kind_bodies(a: Event, b: Event) -> tuple[Event, Event]:
    """Both reports, when neither names a resolved actor of a sector but each names a body
    of it only by its kind of one family (:func:`kind_family`: "polisi" / "pihak
    kepolisian", "pihak kejaksaan" / "kejaksaan"), that body given one id (``KIND_BODY``
    and the family), when both name a resolved recipient in common: the police acting on
    one suspect in one story. Not across families of one sector: a prosecutor's and a
    court's extension of one detention ("jaksa" / "pengadilan", both JUD) are two acts.
    Only for undated twins (:func:`undated_twins`), which have no day to pin them."""
    if a.event in SYMMETRIC or not shared_recipient(a, b):
        return a, b
    resolved_sectors = {r.sector for r in a.actor + b.actor if r.actor_id}

    def families(x: Event) -> set[str]:
        return {
            family
            for r in x.actor
            if r.sector not in resolved_sectors and (family := kind_family(r))
        }

    shared = families(a) & families(b)

    def fit(r: EntityRef) -> EntityRef:
        family = kind_family(r)
        if family not in shared or r.sector in resolved_sectors:
            return r
        return replaced(r, actor_id=KIND_BODY + family)

    return refit_actors(a, fit), refit_actors(b, fit)


def refit_actors(report: Event, fit: Callable[[EntityRef], EntityRef]) -> Event:
    """``report`` with each actor passed through ``fit``; the same object when none
    changes, so callers can tell whether anything was lifted."""
    actor = [fit(r) for r in report.actor]
    return report if actor == report.actor else replaced(report, actor=actor)


def shared_recipient(a: Event, b: Event) -> bool:
    """Both reports name a resolved recipient in common."""

    def resolved(refs: list[EntityRef]) -> set[str]:
        return {r.actor_id for r in refs if r.actor_id}

    return bool(resolved(a.recipient) & resolved(b.recipient))


def kind_family(ref: EntityRef) -> str:
    """The family of the kind of body an unresolved, sector-typed ref names only by its
    kind (``Lexicon.kind_bodies``): every police row ("polisi", "aparat kepolisian") is one,
    else the row's last word, its lead word left out ("pihak kejaksaan" / "kejaksaan",
    not "jaksa"); "" for any other ref."""
    name = ref.entity_name.casefold()
    if ref.actor_id or not ref.sector or name not in load_lexicon().kind_bodies:
        return ""
    return "polisi" if name in police_kind_names() else name.split()[-1]


@lru_cache(maxsize=1)
def police_kind_names() -> frozenset[str]:
    """The lexicon's names of the police as a kind of body ("polisi", "aparat kepolisian"),
    read once rather than for every party compared."""
    return frozenset(" ".join(p) for p in load_lexicon().phrases.get("policebody", ()))


def counted_as_body(a: Event, b: Event) -> tuple[Event, Event]:
    """Both reports, a counted group of a body's people one of them names ("dua oknum
    personel Satlantas Polrestabes Medan", which the event stage keeps apart from the body
    and the actor stage leaves unresolved) given the id of the one resolved body on that
    side of the other report whose name the group's words end with ("Polrestabes Medan"):
    another outlet's "kedua personel Satlantas Polrestabes Medan diamankan" may code the
    body itself. Only for callers that pinned both to one story, on one day or one within
    the other's span: there the body's people and the body are one party to the act."""

    def lifted(x: Event, y: Event) -> Event:
        def fit(r: EntityRef, others: list[EntityRef]) -> EntityRef:
            if r.actor_id:
                return r
            bodies = {o.actor_id for o in others if o.actor_id and counted_people_of(r, o)}
            return replaced(r, actor_id=bodies.pop()) if len(bodies) == 1 else r

        actor = [fit(r, y.actor) for r in x.actor]
        recipient = [fit(r, y.recipient) for r in x.recipient]
        if actor == x.actor and recipient == x.recipient:
            return x
        return replaced(x, actor=actor, recipient=recipient)

    return lifted(a, b), lifted(b, a)


def counted_people_of(group: EntityRef, body: EntityRef) -> bool:
    """``group`` counts people of the organisation ``body`` by its name: a count ("dua",
    "seorang", "3"), one or more words for the body's own people (``bodypeople`` rows only:
    "oknum personel", "pegawai"), perhaps a unit's name ("Satlantas"), then the body's
    name as the other report writes it ("Polrestabes Medan"): those act as the body. Not
    people it serves or holds ("dua mahasiswa Universitas X", "nasabah", "warga"), nor
    its former people ("dua mantan pegawai KPK"), nor a party's cadres ("ratusan kader
    Partai X": rank-and-file members are a group of their own, as the guideline lists
    "massa", not the party acting), nor the body's things ("dua mobil Polres X")."""
    if group.type not in ("group", "person") or body.type != "organization":
        return False
    if group.sector and body.sector and group.sector != body.sector:
        return False
    words, name = group.entity_name.split(), body.entity_name.split()
    if not name or len(words) <= len(name) + 1:
        return False
    if [w.casefold() for w in words[-len(name) :]] != [w.casefold() for w in name]:
        return False
    count, *rest = words[: -len(name)]
    if count.casefold() not in load_lexicon().cue("quant") | COUNT_ONE and not NUMBER.fullmatch(
        count
    ):
        return False
    people = [w for w in rest if w.islower()]
    units = rest[len(people) :]
    return (
        bool(people)
        and rest[: len(people)] == people
        and all(w in BODY_OWN_PEOPLE for w in people)
        and capitalised(units)
    )


KIND_BODY = "kind:"  # the id two reports' bodies named only by one kind share, with the family
NAMED_UNRESOLVED = "name:"  # the id two reports' unresolved, alike written names share


def unresolved_alike(a: Event, b: Event) -> tuple[Event, Event]:
    """Both reports, each capitalised person's or untyped name, or a body's full name
    (:func:`body_unresolved`), the actor stage left unresolved in both ("kata Muslim" /
    "Muslim mengapresiasi ...", "Polres Tasikmalaya Kota") given one id."""

    def names(x: Event) -> set[str]:
        return {r.entity_name.casefold() for r in x.actor + x.recipient if unresolved_named(r)}

    shared = names(a) & names(b)
    if not shared:
        return a, b

    def given(x: Event) -> Event:
        def ids(refs: list[EntityRef]) -> list[EntityRef]:
            return [
                replaced(r, actor_id=NAMED_UNRESOLVED + r.entity_name.casefold())
                if unresolved_named(r) and r.entity_name.casefold() in shared
                else r
                for r in refs
            ]

        return replaced(x, actor=ids(x.actor), recipient=ids(x.recipient))

    return given(a), given(b)


def unresolved_named(ref: EntityRef) -> bool:
    """A name the actor stage left unresolved that names one party: a person's
    (:func:`proper_unresolved`) or a body's (:func:`body_unresolved`)."""
    return proper_unresolved(ref) or body_unresolved(ref)


def body_unresolved(ref: EntityRef) -> bool:
    """An unresolved organisation named in full, two words at least, every one capitalised
    ("Polres Tasikmalaya Kota"): a proper name of one body, not a kind of body
    (``Lexicon.kind_bodies``: "pihak kepolisian", "Tim Penyidik", however capitalised) nor
    one capitalised word that names a kind at a sentence's start."""
    words = ref.entity_name.split()
    return (
        ref.actor_id is None
        and ref.type == "organization"
        and len(words) >= 2
        and capitalised(words)
        and ref.entity_name.casefold() not in load_lexicon().kind_bodies
    )


def capitalised(words: Sequence[str]) -> bool:
    """Every word begins with a capital ("Polres Tasikmalaya Kota", "Muslim")."""
    return all(w[:1].isupper() for w in words)


def proper_unresolved(ref: EntityRef, written: str | None = None) -> bool:
    """An unresolved name of a person, or untyped, every word capitalised ("Muslim");
    ``written``: the words to check, when not the resolved name (the report's own)."""
    words = (ref.entity_name if written is None else written).split()
    return (
        ref.actor_id is None
        and ref.type in ("person", "unknown")
        and bool(words)
        and capitalised(words)
    )


def renamed(x: Event, y: Event, defined: frozenset[tuple[str, str]] = frozenset()) -> Event:
    """``x`` with each participant that is a part of the name of exactly one participant of
    ``y`` (not a participant of ``x`` itself) given that participant's id; ``defined``:
    acronyms the reports' sentences define (:func:`defined_acronyms`)."""
    own = {r.actor_id for r in x.actor + x.recipient if r.actor_id}
    other = {r.actor_id for r in y.actor + y.recipient if r.actor_id}
    full = [r for r in y.actor + y.recipient if r.actor_id and r.actor_id not in own]

    def fitted(refs: list[EntityRef]) -> list[EntityRef]:
        out = []
        for r in refs:
            fits = [] if r.actor_id in other else [o for o in full if part_of_name(r, o, defined)]
            out.append(replaced(r, actor_id=fits[0].actor_id) if len(fits) == 1 else r)
        return out

    actor, recipient = fitted(x.actor), fitted(x.recipient)
    if actor == x.actor and recipient == x.recipient:
        return x
    return replaced(x, actor=actor, recipient=recipient)


INITIALS = re.compile(r"[A-Z]{2,4}")
CAPITALS = re.compile(r"\b[A-Z]{2,4}\b")  # initials or an acronym inside a sentence


def part_of_name(
    short: EntityRef, full: EntityRef, defined: frozenset[tuple[str, str]] = frozenset()
) -> bool:
    """``short`` names the person ``full`` by fewer of the same words ("Prabowo") or by the
    initials of the full name as written ("LM" for "Lisa Mariana"), or both sentences write
    one name alike where the actor stage told two people apart (one article spelling him
    "Affifudin" elsewhere, another "Afifuddin"); a word may be spelt otherwise
    ("Affifudin" of "Mochammad Afifuddin", :func:`kabar.actors.is_short_form`). A
    capitalised name the actor stage could not type ("Adapun Lisa hari ini ...":
    ``unknown``) counts as a person's when its words are some of the full name's. A name
    spelt with or without a space ("Butar Butar" / "Butarbutar") is the same name; an
    organisation is the same body by :func:`body_alias`."""
    if full.type != "person":
        return body_alias(short, full, defined)
    letters = letters_of(short.entity_name)
    if short.type == "person" and letters and letters == letters_of(full.entity_name):
        return True  # "Butar Butar" / "Butarbutar": one name spelt with or without a space
    words = full.entity_name.split()
    if INITIALS.fullmatch(short.entity_text):  # initials read as an acronym count too
        return short.entity_text == "".join(w[0] for w in words if w[:1].isupper())
    if short.type not in ("person", "unknown"):
        return False
    if short.type == "person" and written_alike(short.entity_text, full.entity_text):
        return True
    if short.type != "person" and not capitalised(short.entity_text.split()):
        return False
    return is_short_form(short.entity_name, full.entity_name)


def body_alias(
    short: EntityRef, full: EntityRef, defined: frozenset[tuple[str, str]] = frozenset()
) -> bool:
    """Two names of one organisation: one with and one without the state's suffix ("KPU
    RI" / "KPU", ``fuse_words`` kind ``state_suffix``), or the name or the acronym alone and
    both written with the acronym in brackets ("Komisi Pemilihan Umum (KPU)" / "KPU").
    Outlets name one body each way; the actor stage may keep them apart. An acronym and
    a full name written apart are one body only when a sentence of the reports defines
    the one by the other (``defined``, "Komisi Pemilihan Umum (KPU)"): matched by initials
    alone (``kabar.actors.abbreviates``), they added merges the gold does not link."""
    if short.type != "organization" or full.type != "organization":
        return False
    names_a, names_b = body_names(short.entity_name), body_names(full.entity_name)
    return any(
        x.casefold() == y.casefold()
        or (x.casefold(), y.casefold()) in defined
        or (y.casefold(), x.casefold()) in defined
        for x in names_a
        for y in names_b
    )


@lru_cache(maxsize=1 << 12)  # pure, on strings
def body_names(name: str) -> tuple[str, ...]:
    """The names an organisation's written name gives it: the name without the state's
    suffix ("KPU RI": "KPU") and, with an acronym in brackets, the name and the acronym."""
    bracket = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name.strip())
    parts = [bracket.group(1), bracket.group(2)] if bracket else [name.strip()]
    out = []
    for part in parts:
        words = part.split()
        for suffix in sorted(fuse_words("state_suffix"), key=len, reverse=True):
            cut = len(suffix.split())
            if len(words) > cut and " ".join(words[-cut:]).casefold() == suffix:
                words = words[:-cut]
                break
        out.append(" ".join(words))
    return tuple(out)


def written_alike(a: str, b: str) -> bool:
    """Two sentences write one capitalised name word for word ("Afifuddin")."""
    words = a.split()
    return bool(words) and a == b and capitalised(words)


def crowds(sa: Sides, sb: Sides) -> bool:
    """Both reports' actors are unnamed people only ("massa" / "sejumlah warga setempat",
    which name no one and are worded at will) and they act on the same named recipient:
    the crowd that met Fahri Hamzah at Manado airport that day, whatever an outlet calls
    it. Only for reports already pinned to one day and place."""
    return unnamed_doers(sa, sb) and bool(sa.loose_actors and sb.loose_actors)


def unnamed_held_are_named_ones(a: Event, b: Event) -> bool:
    """The same resolved actor holds unnamed parties only in one report (COERCE: "para
    pihak yang diamankan" beside "KPK melakukan OTT") and named ones in the other ("KPK
    menangkap Wamenaker X"): "pihak", "orang" name no one, so they are whoever the other
    tells. Only for an undated past act of the story weighed against its one dated event
    (the caller's ``told``); a shared day and place is not enough, a police office makes
    several arrests in its city a day. Not charges: "status hukum para
    pihak" set one night and a later "X menjadi tersangka" may be two acts."""
    sa, sb = sides(a), sides(b)
    if a.event != "COERCE" or not sa.actors or sa.actors != sb.actors:
        return False
    if sa.loose_actors or sb.loose_actors:
        return False
    vague, named = (a, b) if not sa.recipients else (b, a)
    return (
        unnamed_only(vague.recipient)
        and bool(sides(named).recipients)
        and not sides(named).loose_recipients
    )


def unnamed_doers(sa: Sides, sb: Sides) -> bool:
    """Neither report names who acted (unnamed people, or no actor at all: "X diserang
    orang tak dikenal") and both name the same party it befell: one act of one day, whoever each
    outlet says did it. Two attacks on one named person on one day are rare enough."""
    return (
        not sa.actors and not sb.actors and bool(sa.recipients) and sa.recipients == sb.recipients
    )


def speakers(event: Event) -> frozenset[str]:
    """Who makes a statement: its resolved actors, even when its type is symmetric."""
    return frozenset(r.actor_id for r in event.actor if r.actor_id)


def state_sides(a: Event, b: Event) -> tuple[Sides, Sides]:
    """Both reports' participants, a state standing for its own government: when one
    directed report has a lone country on one side ("Amerika Serikat") and the other only
    people or bodies of that country's government there (Trump, the trade ministry; not
    its army: ``STATE_SECTORS``), they count as that country. Only for one side at a time,
    and only when both reports name the other side with resolved, shared participants, so
    nothing else can tell them apart; a different official's country never qualifies."""
    sa, sb = sides(a), sides(b)
    if a.event in SYMMETRIC or a.event != b.event:
        return sa, sb
    for side, other in (("actor", "recipient"), ("recipient", "actor")):
        left, right = getattr(a, other), getattr(b, other)
        ids_l = {r.actor_id for r in left if r.actor_id}
        ids_r = {r.actor_id for r in right if r.actor_id}
        if not ids_l or not ids_r or not nested(frozenset(ids_l), frozenset(ids_r)):
            continue
        for x, y, flip in ((a, b, False), (b, a, True)):
            state = acting_state(getattr(x, side), getattr(y, side))
            if state is not None:
                stand_in = [replaced(r, actor_id=state) for r in getattr(y, side)]
                as_state = (
                    replaced(y, actor=stand_in)
                    if side == "actor"
                    else replaced(y, recipient=stand_in)
                )
                lifted = sides(as_state)
                return (lifted, sides(x)) if flip else (sides(x), lifted)
    return sa, sb


def acting_state(country: list[EntityRef], officials: list[EntityRef]) -> str | None:
    """The country's actor id when ``country`` is one resolved country and ``officials``
    are only resolved people or bodies of that country's government (``STATE_SECTORS``)."""
    if len(country) != 1 or not officials:
        return None
    state = country[0]
    if state.type != "country" or not state.actor_id or not state.country:
        return None
    serving = (
        r.actor_id
        and r.type in STATE_OFFICIALS
        and r.sector in STATE_SECTORS
        and r.country == state.country
        for r in officials
    )
    return state.actor_id if all(serving) else None


def modes_compatible(a: Event, b: Event) -> bool:
    """Modes that may describe one act: the same exclusive mode (``EXCLUSIVE_MODES``) or
    none, except that a talk the report does not say was in person ("dalam perbincangan
    dengan", :func:`unmarked_talk`) may be the phone call another report tells; and some
    mode in common when both give one."""
    ma, mb = set(a.mode), set(b.mode)
    ea, eb = ma & EXCLUSIVE_MODES, mb & EXCLUSIVE_MODES
    if ea != eb:
        unmarked = b if ea else a
        if ea | eb != {"phone"} or not unmarked_talk(unmarked):
            return False
        ma, mb = ma - {"phone"}, mb - {"phone"}
    return not (ma and mb and not ma & mb)


def unmarked_talk(report: Event) -> bool:
    """A CONSULT report whose every trigger is a word of talking (``talk`` roots of
    ``data/fuse_words.tsv``: "berbincang", "pembicaraan"), not of meeting or visiting:
    it says nothing of where the two were, so it may be a call."""
    if report.event != "CONSULT" or not report.sources:
        return False
    talk = fuse_words("talk")
    for source in report.sources:
        if source.trigger_start is None:
            return False
        words = source.sentence[source.trigger_start - source.start :].split()
        if not words or not stems(words[0].strip(",.").casefold()) & talk:
            return False
    return True


def place_relation(a: Place | None, b: Place | None) -> str:
    """``same``, ``unknown`` (one is missing) or ``different`` (both known, incompatible).

    A city and its own country are the same place at country level (Doha / Qatar); a
    place whose words one outlet gives in full and another cuts short is one ("kantor KPU
    RI" / "kantor KPU RI, Menteng, Jakarta Pusat").
    """
    if a is None or b is None:
        return "unknown"
    name_a = (a.resolved_place or a.extracted_place).casefold()
    name_b = (b.resolved_place or b.extracted_place).casefold()
    if name_a == name_b or place_within(a, b):
        return "same"
    if a.country_code and b.country_code:
        if a.country_code != b.country_code:
            return "different"
        if is_country(a) or is_country(b):
            return "same"
        return "different"
    return "unknown"


def place_within(a: Place, b: Place) -> bool:
    """A place the gazetteer does not know opens the other as written, the rest saying
    where it lies ("kantor KPU RI" / "kantor KPU RI, Menteng, Jakarta Pusat"): the words of
    the shorter, all of them, are the first words of the longer, in one country. Two known
    places are compared by what they resolve to ("Bandung" is not "Bandung Barat")."""
    if a.resolved_place is not None and b.resolved_place is not None:
        return False
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    words_a = COPY_WORD.findall(a.extracted_place.casefold())
    words_b = COPY_WORD.findall(b.extracted_place.casefold())
    short, long = sorted((words_a, words_b), key=len)
    return bool(short) and long[: len(short)] == short


def is_country(place: Place) -> bool:
    """The place is a whole country ("Qatar"), not a city or region inside one."""
    return place.kind in ("country", "territory")


def date_relation(a: Event, b: Event) -> str:
    """``same`` (both to the day, equal), ``within`` (a coarser date contains the finer
    one, or an undated past act may be a day of another article, :func:`undated_within`),
    ``equal-coarse`` (both coarser than a day, equal), ``unknown`` or ``different``.
    A month guessed from the publication (``guessed``) contains the days from
    ``REPORT_REACH`` before the publication up to it, whatever their month; a day taken
    from the story (``story_dated``) is ``within`` of a day up to ``REPORT_REACH`` before
    it (:func:`earlier_in_story`), ``different`` from any other. A day and month without
    a year (:func:`yearless_relation`) is at most ``within``."""
    if not a.date or not b.date:
        yearless = yearless_relation(a, b)
        if yearless is not None:
            return yearless
        return "within" if undated_within(a, b) else "unknown"
    if guessed(a) != guessed(b):
        guess, known = (a, b) if guessed(a) else (b, a)
        if known.date and known.date_precision == "day":
            return "within" if reported_within(guess, known.date) else "different"
    if a.date != b.date and (story_dated(a) or story_dated(b)):
        told, known = looser(a, b)
        held = earlier_in_story(told, known) or stated_span_holds(a, b)
        return "within" if held else "different"
    ra, rb = PRECISION_RANK[a.date_precision], PRECISION_RANK[b.date_precision]
    if ra == rb:
        if a.date != b.date:
            return "different"
        return "same" if ra == PRECISION_RANK["day"] else "equal-coarse"
    fine, coarse = (a.date, b.date) if ra > rb else (b.date, a.date)
    return "within" if fine.startswith(coarse) else "different"


def yearless_relation(a: Event, b: Event) -> str | None:
    """How a report dated by day and month only (``Event.day_month``: its article has no
    publication date, "pada 7 Oktober") compares with another: ``None`` when neither is so
    dated. Against a dated report it is that day of the other's year, unless a stated
    weekday does not fall on it there ("Rabu (6/9)" is 6 September 2017, not 2018): then
    compared as such, at most ``within`` (the year is inferred, so only reports of one
    story may join); ``different`` when that day is not the other's. Two such reports
    are ``different`` on different days, else ``unknown``."""
    told = [e for e in (a, b) if not e.date and e.day_month]
    if not told:
        return None
    if len(told) == 2:
        weekdays = {a.weekday, b.weekday} - {None}
        return "unknown" if a.day_month == b.day_month and len(weekdays) < 2 else "different"
    partial, known = (a, b) if told[0] is a else (b, a)
    if not known.date:
        return "unknown"
    day = day_in_year(partial, known.date[:4])
    if day is None:
        return "different"
    resolved = replaced(partial, date=day, date_precision="day", day_month=None, weekday=None)
    return "within" if date_relation(resolved, known) in ("same", "within") else "different"


def dateline_year(report: Event, dateline: tuple[str | None, int | None], known: str) -> bool:
    """Whether ``known``, a day another article states, is the day a report of an article
    without a year means by its day and month ("pada 7 Oktober"): the same day and month
    (and stated weekday), and the article's own weekday dateline ("Sabtu (14/10)") falls,
    in the year of ``known`` or the next, on a day less than ``DATELINE_REACH`` after it
    (:func:`dateline_after`). A day and month told without a year is the last one before
    the article was written."""
    if not report.day_month:
        return False
    if day_in_year(report, known[:4]) != known[:10]:
        return False
    return dateline_after(dateline, known) is not None


def dateline_after(dateline: tuple[str | None, int | None], known: str) -> date | None:
    """The day an article's weekday dateline without a year ("Sabtu (14/10)") falls on, in
    the year of ``known`` (a day another article states) or the next, on or less than
    ``DATELINE_REACH`` after ``known``; None when it falls on no such day. One weekday
    falls on one dateline only every five years or more: at most one year fits."""
    day_month, weekday = dateline
    if not day_month or weekday is None:
        return None
    told = date.fromisoformat(known[:10])
    for year in (told.year, told.year + 1):
        try:
            written = date.fromisoformat(f"{year}{day_month[1:]}")
        except ValueError:
            continue
        if written.isoweekday() == weekday and told <= written < told + DATELINE_REACH:
            return written
    return None


def day_in_year(event: Event, year: str) -> str | None:
    """The ISO day of ``event.day_month`` in ``year``; None when there is no such day or
    the stated weekday does not fall on it."""
    try:
        day = date.fromisoformat(f"{year}{(event.day_month or '')[1:]}")
    except ValueError:
        return None
    return None if event.weekday not in (None, day.isoweekday()) else day.isoformat()


def undated_within(a: Event, b: Event) -> bool:
    """One report gives no date for an act its text places in the past ("kasus Gatot yang
    ditolak masuk AS beberapa waktu lalu", "sempat ditolak"), another article's report dates
    it to a day at most ``REPORT_REACH`` before the undated one came out: that day may be the
    one it tells of. Not for plans (a hypothetical has no past to tell)."""
    undated, known = (a, b) if not a.date else (b, a)
    if undated.date or not known.date or known.date_precision != "day" or a.hypothetical:
        return False
    return article_of(a) != article_of(b) and reported_within(undated, known.date)


def guessed(event: Event) -> bool:
    """The date is the publication month, the text giving none: the event happened on or
    before the publication day, not necessarily in that month."""
    return event.date_precision == "month" and GUESSED_DATE in event.rule


def told_as_story_dated(event: Event) -> Event:
    """A report whose act its article only tells on the story's day, with no day of its
    own (``TOLD_DAY``: "Polisi menangkap X," kata Kapolres, Sabtu), as a report dated by
    that day when it may join across stories (:func:`story_windowed`): the act happened
    on or before it, which is what fusion weighs a story-day date as. Others stay undated
    and join what their own story dates (``kabar.fuse.place_undated``). The coded event
    keeps its date unknown."""
    published = event.sources[0].published if event.sources else None
    if event.date or TOLD_DAY not in event.rule or not published or len(published) < 10:
        return event
    rule = event.rule.replace(TOLD_DAY, STORY_DAY)
    dated = replaced(event, date=published[:10], date_precision="day", rule=rule)
    return dated if story_windowed(dated) else event


def story_dated(event: Event) -> bool:
    """The day is the story's (``kabar.event_context.settle_date``), the sentence giving
    none: the act is told in a report of that day, it may have happened before it."""
    return event.date_precision == "day" and STORY_DAY in event.rule


def looser(a: Event, b: Event) -> tuple[Event, Event]:
    """(less, more) surely dated of two reports (:func:`date_sureness`)."""
    return (a, b) if date_sureness(a) <= date_sureness(b) else (b, a)


def date_sureness(event: Event) -> tuple[int, bool, int]:
    """How surely a report dates its event, higher is surer: a finer precision, then a
    date its text states over a guessed month or a story day, and of two story days the
    earlier (a later one is a follow-up telling of an earlier day)."""
    day = -days_apart(event.date, "0001-01-01") if story_dated(event) else 0
    return (PRECISION_RANK[event.date_precision], not (guessed(event) or story_dated(event)), day)


def earlier_in_story(told: Event, known: Event) -> bool:
    """``known`` is dated to a day at most ``REPORT_REACH`` before ``told``'s story day:
    a report dating an undated sentence to its story's day may tell of that earlier act
    (a follow-up restating the apology of four days before). Two story days alone tell
    nothing of each other: ``kabar.fuse`` asks for a text's date (:func:`anchored`)."""
    if not story_dated(told) or known.date_precision != "day":
        return False
    try:
        when = date.fromisoformat((known.date or "")[:10])
        day = date.fromisoformat((told.date or "")[:10])
    except ValueError:
        return False
    return day - REPORT_REACH <= when < day


def stated_span_holds(a: Event, b: Event) -> bool:
    """One report is dated only by its story's day, the other by a month or year its text
    states ("pekan kemarin" told on 20 October: October) that holds that day: the act the
    story tells on or before its day may be the one the other dates more loosely."""
    story, other = (a, b) if story_dated(a) else (b, a)
    return (
        story_dated(story)
        and not story_dated(other)
        and other.date_precision in ("month", "year")
        and not guessed(other)
        and bool(other.date)
        and (story.date or "").startswith(other.date or "")
    )


def anchored(report: Event, group: list[Event], lag: bool = False) -> bool:
    """May ``report`` join ``group`` as far as dates go? A report dated to its story's
    day joins reports of other days only when one of them is dated by its text to an
    earlier day of its reach, or tells it of the same named parties on its own story day
    (:func:`story_days_alike`): "KPK menahan Novanto" on two story days weeks apart is
    one detention as far as the texts say, a detention the text dates to the 19th is the
    one both tell. With ``lag``, a one-off act told a day later by another outlet
    (:func:`publication_lag`) is anchored by the earlier telling."""
    if not story_dated(report) or any(m.date == report.date for m in group):
        return True
    return any(
        (not story_dated(m) and earlier_in_story(report, m))
        or (lag and publication_lag(report, m))
        or story_days_alike(report, m)
        for m in group
    )


def story_days_alike(a: Event, b: Event) -> bool:
    """Two articles each date a report only by its own story's day (:func:`story_dated`),
    which puts the act on or before that day, not on it: "Fredrich ditetapkan tersangka
    oleh KPK" in a report of the 10th and again in one of the 26th. They may be one act
    when the days are at most ``REPORT_REACH`` apart and both name and resolve both
    sides, the same ones (no unnamed crowd, not a subset), and neither says the act
    happened again. A date either text states keeps reports of other days apart (the
    same pair meeting twice in two weeks); plans have no past to tell."""
    if not story_windowed(a) or not story_windowed(b) or article_of(a) == article_of(b):
        return False
    if days_apart(a.date, b.date) > REPORT_REACH.days:
        return False
    return sides(a) == sides(b) and not (told_again(a) or told_again(b))


def story_windowed(event: Event) -> bool:
    """A report dated only by its story's day, not a plan nor an act that recurs between
    the same parties (``RECURRING``), naming both sides (:func:`fully_named`): one
    :func:`story_days_alike` may join across stories."""
    return (
        story_dated(event)
        and event.event not in RECURRING
        and not event.hypothetical
        and fully_named(sides(event), event.event)
    )


def fully_named(found: Sides, kind: str) -> bool:
    """Both sides of a report are named and resolved, nobody left unnamed: an actor and
    a recipient, or two participants of a symmetric type (CONSULT)."""
    if found.loose_actors or found.loose_recipients:
        return False
    if kind in SYMMETRIC:
        return len(found.actors) >= 2
    return bool(found.actors and found.recipients)


def named_as_twins(sa: Sides, sb: Sides, kind: str) -> bool:
    """Both reports name and resolve both sides (:func:`fully_named`), or name the same
    unresolved words beside resolved parties on every side ("meminta maaf kepada
    masyarakat dan institusi Polri" twice; "Luhut berkoordinasi dengan pihak China"
    twice): a side named only by unresolved words ("empat tersangka") may be other people."""
    if fully_named(sa, kind) and fully_named(sb, kind):
        return True
    if (sa.loose_actors, sa.loose_recipients) != (sb.loose_actors, sb.loose_recipients):
        return False

    def resolved_sides(found: Sides) -> bool:
        if kind in SYMMETRIC:
            return bool(found.actors) and len(found.actors | found.loose_actors) >= 2
        return bool(found.actors and found.recipients)

    return resolved_sides(sa) and resolved_sides(sb)


def undated_twins(a: Event, b: Event) -> bool:
    """Two articles each tell a past act with no date at all ("KPU sempat berkoordinasi
    dengan Komisi Informasi Pusat", "Tonny telah ditetapkan sebagai tersangka"), which no
    dated report of their story fits: one act when both name and resolve both sides
    (:func:`named_as_twins`: no side left to an unnamed crowd or "empat tersangka", which
    may be other people; a body named by its kind, "polisi", is the one
    :func:`generic_bodies` or :func:`same_kind_bodies` gives it),
    a person one names only by initials is the one the other names in full
    (:func:`initials_spelt`), neither says it happened again nor plans it, they came out
    at most ``REPORT_REACH`` apart, and most of what the briefer one tells from its trigger
    on recurs in the other (:func:`retold`: "menyita uang" twice in one case may be two
    seizures, told in other words), what one seized or talked of first among them
    (:func:`object_retold`). The caller asks for one story and compatible participants."""
    if a.date or b.date or a.day_month or b.day_month or a.hypothetical or b.hypothetical:
        return False
    if article_of(a) == article_of(b) or told_again(a) or told_again(b):
        return False
    named_a, named_b = same_kind_bodies(*generic_bodies(*initials_spelt(a, b)))
    if not named_as_twins(sides(named_a), sides(named_b), a.event):
        return False
    out_a, out_b = last_published(a), last_published(b)
    if out_a is None or out_b is None or abs(out_a - out_b) > REPORT_REACH:
        return False
    told_a, told_b = said_stems(a), said_stems(b)
    return retold(told_a, told_b) and object_retold(a, b, told_a, told_b)


def initials_spelt(a: Event, b: Event) -> tuple[Event, Event]:
    """Both reports, a party one of them writes only as initials (:func:`initials_only`:
    "RK", where its article never writes the name) given the id of the one person of the
    other report whose name they spell ("Ridwan Kamil", ``kabar.actors.abbreviates``),
    when that person is not named in the first. Only for reports of one story."""

    def spelt(x: Event, y: Event) -> Event:
        own = {r.actor_id for r in x.actor + x.recipient if r.actor_id}
        people = [r for r in y.actor + y.recipient if r.type == "person" and r.actor_id not in own]

        def fitted(refs: list[EntityRef]) -> list[EntityRef]:
            out = []
            for r in refs:
                fits = (
                    {p.actor_id for p in people if abbreviates(r.entity_text, p.entity_name)}
                    if initials_only(r)
                    else set()
                )
                out.append(replaced(r, actor_id=fits.pop()) if len(fits) == 1 else r)
            return out

        actor, recipient = fitted(x.actor), fitted(x.recipient)
        if actor == x.actor and recipient == x.recipient:
            return x
        return replaced(x, actor=actor, recipient=recipient)

    return spelt(a, b), spelt(b, a)


def initials_only(ref: EntityRef) -> bool:
    """A party written only as capitals that may be a person's initials ("RK"): no id, or
    one of its own (its name is the capitals), and no body, place or office the gazetteers
    know by them ("KPK", "AS": the USA, "MA") nor a common noun's abbreviation the
    initials reader also passes over ("PT", "TKP": ``kabar.nlp.COMMON_ABBREVIATIONS``)."""
    text = ref.entity_text
    if not INITIALS.fullmatch(text) or (ref.actor_id and ref.entity_name != text):
        return False
    if text.casefold() in COMMON_ABBREVIATIONS:
        return False
    return not known_capitals(text)


@lru_cache(maxsize=4096)
def known_capitals(text: str) -> bool:
    """Whether the gazetteers know ``text`` as a body, place or office ("KPK", "AS"):
    read once per spelling, since building the gazetteers takes a quarter second."""
    known = gazetteers()
    return bool(known.lookup_org(text) or known.lookup_place(text) or known.lookup_office(text))


@lru_cache(maxsize=1)
def gazetteers() -> Lexicons:
    """The package gazetteers, built once for every comparison of a run."""
    return load_lexicons()


def object_retold(
    a: Event, b: Event, told_a: list[frozenset[str]], told_b: list[frozenset[str]]
) -> bool:
    """One of the first content words after the trigger of one report at least (what was
    seized, what the talk was about: :func:`first_object`) recurs in what the other tells
    (``told_a``, ``told_b``: their :func:`said_stems`): "menyita sepeda motor milik Dodi" and
    "menyita telepon genggam milik Dodi", or a talk "soal utang" and one "soal lahan", share
    most words and are two acts; "pelat nomor palsu" / "plat nomor palsu" one. True when
    either report has no such word."""
    first_a, first_b = first_object(a), first_object(b)
    if not first_a or not first_b:
        return True
    return any(first_a & y for y in told_b) or any(first_b & x for x in told_a)


def first_object(event: Event) -> frozenset[str]:
    """The stems of the first ``OBJECT_WORDS`` content words after the trigger word in the
    event's first sentence that has one (an object's head and the word after it, so one
    spelt otherwise, "pelat" / "plat nomor", still shares one), up to the end of the
    quotation holding the trigger or of the sentence: not a stop word, a word of a
    participant's name, a word said of any act (``vague`` roots: "milik", "kasus") nor one
    saying what follows is what the act is about (``about``: "soal", "membahas"); empty if
    none."""
    refs = event.actor + event.recipient
    names = {w.casefold() for r in refs for w in WORD.findall(r.entity_name)}
    stop, vague = fuse_words("stop") | fuse_words("about"), fuse_words("vague")
    for source in event.sources:
        if source.trigger_start is None:
            continue
        at = max(0, source.trigger_start - source.start)
        told = source.sentence[at : quotation_end(source.sentence, at)].casefold()
        found: list[frozenset[str]] = []
        for match in WORD.finditer(told):
            word = match.group()
            if match.start() == 0 or word in stop or word in names:
                continue  # the trigger itself, "dengan", "Dodi"
            roots = stems(word)
            if roots and not roots & vague:
                found.append(roots | alike_roots(roots))
            if len(found) == OBJECT_WORDS:
                break
        if found:
            return frozenset().union(*found)
    return frozenset()


def retellable(event: Event) -> bool:
    """A past act told with no date at all, naming and resolving both sides
    (:func:`fully_named`), that a follow-up may retell in its own words ("Hendra dicegah
    Imigrasi atas permintaan Kejaksaan"): not a plan, nor told as having happened again, nor an
    act that recurs between the same parties (``RECURRING``: talks, strikes), a statement
    voiced again (``VOICED_AGAIN``) or one of a symmetric type (``SYMMETRIC``: one meeting of
    two leaders yields several agreements, an offer and an invitation, naming the same two),
    nor quoted (""Kami sudah meminta ...," ujarnya": a speaker's own words to the outlet,
    which may be a new statement, not the outlet retelling one)."""
    return not (
        event.date
        or event.day_month
        or event.hypothetical
        or event.event in RECURRING | SYMMETRIC | VOICED_AGAIN
        or told_again(event)
        or any(quoted_trigger(s) for s in event.sources)
    ) and fully_named(sides(event), event.event)


def quoted_trigger(source: Source) -> bool:
    """The report's trigger lies inside a quotation of its sentence."""
    if source.trigger_start is None:
        return False
    return quotation_holding(source.sentence, source.trigger_start - source.start) is not None


def published_close(a: Event, b: Event, lag: timedelta) -> bool:
    """Two reports came out at most ``lag`` apart (their latest publication days)."""
    out_a, out_b = last_published(a), last_published(b)
    return out_a is not None and out_b is not None and abs(out_a - out_b) <= lag


def publication_lag(a: Event, b: Event) -> bool:
    """Two articles tell of one one-off act (``ONE_OFF``), the later without a date in the
    sentence, the earlier on its story day or a day its text gives: the later story day
    is at most ``PUBLICATION_LAG`` after the earlier article came out
    (one outlet reports the refusal that evening, another the next morning) and at most
    ``STORY_LAG`` after the earlier day. Only when both name and resolve both sides,
    the same ones (not a subset), in the same mode, and neither says the act happened again
    ("kembali ditolak"): the same state refusing the same person twice in two days is rare;
    a telling two days after the other outlet's may be a second act and stays apart."""
    if a.event not in ONE_OFF or a.event != b.event or set(a.mode) != set(b.mode):
        return False
    if article_of(a) == article_of(b) or not a.date_precision == b.date_precision == "day":
        return False
    early, late = sorted((a, b), key=lambda e: e.date or "")
    if not story_dated(late) or not 0 < days_apart(early.date, late.date) <= STORY_LAG.days:
        return False
    out = last_published(early)
    if out is None or late.date is None or late.date[:10] > (out + PUBLICATION_LAG).isoformat():
        return False
    sa = sides(a)
    return fully_named(sa, a.event) and sa == sides(b) and not (told_again(a) or told_again(b))


def reported_within(event: Event, day: str) -> bool:
    """``day`` lies on or shortly before the publication of a report without a date."""
    latest = last_published(event)
    try:
        when = date.fromisoformat(day[:10])
    except ValueError:
        return False
    return latest is not None and latest - REPORT_REACH <= when <= latest


def may_tell_of(event: Event, dated: Event) -> bool:
    """The day, month or year ``dated`` is dated to overlaps the ``REPORT_REACH`` up to the
    publication of ``event``, a report without a date: its act may be the one ``event``
    tells of."""
    latest = last_published(event)
    if latest is None or not dated.date:
        return False
    told = dated.date[: {"day": 10, "month": 7}.get(dated.date_precision, 4)]
    first, last = {10: ("", ""), 7: ("-01", "-31"), 4: ("-01-01", "-12-31")}[len(told)]
    reach = (latest - REPORT_REACH).isoformat()
    return told + first <= latest.isoformat() and told + last >= reach


def last_published(event: Event) -> date | None:
    """The latest publication day of a report's sources, None when none is known."""
    try:
        return max(date.fromisoformat(s.published[:10]) for s in event.sources if s.published)
    except ValueError:  # no source with a date, or a malformed one
        return None


def told_before(coarse: Event, fine: Event) -> bool:
    """``fine`` is dated to a day after every publication of ``coarse``'s reports, so the
    loosely dated ``coarse`` cannot tell of it ("pekan lalu" in a report of 6 March is not
    an examination on 16 March)."""
    latest = last_published(coarse)
    if fine.date_precision != "day" or not fine.date or latest is None:
        return False
    try:
        return date.fromisoformat(fine.date[:10]) > latest
    except ValueError:
        return False


def told_again(event: Event) -> bool:
    """A report says its act happened again: "kembali" before a verb ("juga kembali
    mengundang", "kembali ditangkap"), "lagi" just after the trigger ("bertemu lagi"), or
    "untuk kedua kalinya". An earlier occurrence exists, so a loosely dated report of the
    same act may be that one."""
    for source in event.sources:
        if says_again(source.sentence):
            return True
        if source.trigger_start is not None:
            after = source.sentence[source.trigger_start - source.start :].casefold().split()
            if once_more_after([word.strip(",.") for word in after[1:3]], 2):
                return True
    return False


@lru_cache(maxsize=4096)
def says_again(sentence: str) -> bool:
    """Whether a sentence has "kembali" before a verb or counts its act ("untuk kedua
    kalinya"); cached, as fusion asks it of one report in many pairs."""
    return bool(AGAIN.search(sentence)) or counted_repeat(WORDS.findall(sentence.casefold()))


def counted_repeat(words: Sequence[str]) -> bool:
    """Whether the words count an act as a repeat: "kalinya" after an ordinal ("untuk kedua
    kalinya", "untuk kesekian kalinya", in digits "untuk ke-2 kalinya");
    "untuk pertama kalinya" is none."""
    return any(
        w == "kalinya"
        and k
        and (
            words[k - 1] in ORDINALS
            or words[k - 1] in fuse_words("ordinal")
            or digit_ordinal(words, k - 1)
        )
        for k, w in enumerate(words)
    )


DIGIT_ORDINAL = re.compile(r"(?:ke-?)?0*([2-9]|[1-9]\d+)")  # "ke-2", "ke2", or "2" after "ke"


def digit_ordinal(words: Sequence[str], k: int) -> bool:
    """Whether word ``k`` is an ordinal in digits past the first: "ke-2" as one word, or
    "2" after "ke" when the hyphen split them."""
    match = DIGIT_ORDINAL.fullmatch(words[k])
    return match is not None and (words[k].startswith("ke") or (k > 0 and words[k - 1] == "ke"))


def once_more_after(words: Sequence[str], reach: int) -> bool:
    """Whether "lagi" stands among the first ``reach`` of the words after a trigger
    ("bertemu lagi", "menangkap Rahmat lagi") and not right after a negation: "tidak lagi"
    is "no longer", no repeat ("yang tidak lagi menjabat")."""
    negations = fuse_words("negation")
    return any(
        w == "lagi" and not (k and words[k - 1] in negations) for k, w in enumerate(words[:reach])
    )


def days_apart(a: str | None, b: str | None) -> int:
    """Days between two ISO dates (day precision); a very large number when unknown."""
    try:
        return abs((date.fromisoformat((a or "")[:10]) - date.fromisoformat((b or "")[:10])).days)
    except ValueError:
        return 10**6


def said_alike(
    a: Event,
    b: Event,
    topic_a: frozenset[str] = frozenset(),
    topic_b: frozenset[str] = frozenset(),
    same_day: bool = False,
    mostly: bool = False,
) -> bool:
    """Two statement reports say the same: more than half the content words of the briefer
    one, after its trigger, recur in the other with a stem in common ("kesiapan ...
    menjembatani komunikasi" and "siap menjadi jembatan komunikasi"), leaving out
    participants' names and stop words. Reports of different articles may instead share
    words that are not their ``topic`` (:func:`said_topics`): statements made at one
    appearance share their topic, so "jaminan keamanan pasokan pangan dan pupuk" is not
    "siap ... memasok pupuk dan bahan pangan" said beside it. One such word is enough for
    reports dated to the same day (``same_day``); reports whose dates only overlap need two
    ("kali" of "untuk kedua kalinya" and "berkali-kali" says little); ``mostly`` asks for
    the share alone. Other types need nothing."""
    if a.event not in STATEMENTS:
        return True
    stems_a, stems_b = said_stems(a), said_stems(b)
    speech = True
    if doer_told(a) and doer_told(b) and not told_shared(a, b, stems_a, stems_b):
        # "Hasan mengatakan kepala dinas itu menyelewengkan dana" / "... kepala dinas itu
        # memalsukan ijazah": two charges of one man; his doer alone tells none apart
        speech = False
        stems_a, stems_b = said_stems(a, from_speech=False), said_stems(b, from_speech=False)
    if retold(stems_a, stems_b):
        return True
    if mostly or article_of(a) == article_of(b):
        return False
    if unaddressed_requests(a, b):
        asking = trigger_stems(a) | trigger_stems(b)
        asked_b = [y for y in said_stems(b, speech, asked=True) if not y & topic_b]
        asked_a = said_stems(a, speech, asked=True)
        shared = [x for x in asked_a if not x & (topic_a | asking) and any(x & y for y in asked_b)]
        return len(shared) >= SAID_MIN_DISTINCT
    free_b = [y for y in stems_b if not y & topic_b]
    distinct = [x for x in stems_a if not x & topic_a and any(x & y for y in free_b)]
    return len(distinct) >= (1 if same_day else SAID_MIN_DISTINCT)


def doer_told(event: Event) -> bool:
    """Whether each trigger of a report is an active verb ("menyelewengkan"): the words
    between a speech verb and it are then the reported act's doer, which one speaker's
    several charges share; before a passive or intransitive trigger ("kabar bohong ...
    disebarkan", "... beredar") they are what is told of."""
    words = [
        WORD.search(source.sentence[source.trigger_start - source.start :].casefold())
        for source in event.sources
        if source.trigger_start is not None
    ]
    return bool(words) and all(w and w.group().startswith(ACTIVE_PREFIX) for w in words)


def told_shared(
    a: Event, b: Event, stems_a: list[frozenset[str]], stems_b: list[frozenset[str]]
) -> bool:
    """Whether a word from one report's trigger on recurs in what the other says
    (``stems_a``, ``stems_b``: :func:`said_stems` from the speech verb): the words between a
    speech verb and the trigger are often only the reported clause's subject, which one
    speaker's several statements share."""
    told_a, told_b = said_stems(a, from_speech=False), said_stems(b, from_speech=False)
    return any(x & y for x in told_a for y in stems_b) or any(
        x & y for x in stems_a for y in told_b
    )


def unaddressed_requests(a: Event, b: Event) -> bool:
    """Requests one of which names no one asked ("Gubernur meminta agar pasar segera
    direnovasi"): only what is asked tells them apart, and a speaker asks several things
    at one appearance, so they must share two words of what is asked (the verb of asking,
    "meminta", tells nothing), even on one day; a reason given for it ("..., karena harga
    pangan naik") is not what is asked, and one speaker gives one reason for several
    requests (:func:`asked_end`)."""
    return a.event == "REQUEST" and not (a.recipient and b.recipient)


def unaddressed_acts(a: Event, b: Event) -> bool:
    """Acts (not statements, which :func:`said_alike` weighs, nor symmetric types) of which
    one names no one resolved they were done to ("KPK menyita barang bukti", "Mobil itu kini
    disita KPK"): a busy actor does several such acts a day, in several cases, so only what
    the sentences tell of them (:func:`acts_alike`) makes them one."""
    if a.event in STATEMENTS | SYMMETRIC:
        return False
    return not (sides(a).recipients and sides(b).recipients)


def acts_alike(a: Event, b: Event) -> bool:
    """The sentences of two reports of an act share a content word beside the actor's name
    and the verb of the act (:func:`act_stems`): what was done or to whom ("barang bukti",
    "mobil"), a case, a suspect's name or initials, a place ("OTT di Kota Medan" / "OTT di
    Medan")."""
    stems_b = act_stems(b)
    return any(x & y for x in act_stems(a) for y in stems_b)


def acted_on_alike(a: Event, b: Event) -> bool:
    """Two reports of acts done to things (``THING_MODES``: a search, a seizure, assets
    frozen) are one act only when what one acted on first (:func:`first_object`: "rumah",
    "aset", "mobil") recurs in what the other's sentence tells (:func:`act_stems`, the doer
    told before a passive trigger too): an investigator searches a suspect's house and
    freezes his assets on one day, the same actor and suspect in both. True when either
    report is of another mode or names no such thing, or when one's sentence names the
    other's act as its occasion ("menyita dokumen dalam penggeledahan" beside "menggeledah
    kantor ...": the other's trigger stem among its words)."""
    if not (THING_MODES & set(a.mode) and THING_MODES & set(b.mode)):
        return True
    first_a, first_b = first_object(a), first_object(b)
    if not first_a or not first_b:
        return True
    told_a, told_b = act_stems(a), act_stems(b)
    vague = fuse_words("vague")
    return any(x & y for x, told in ((first_a, told_b), (first_b, told_a)) for y in told) or any(
        (trigger_stems(x) - vague) & y for x, told in ((a, told_b), (b, told_a)) for y in told
    )


def act_stems(event: Event) -> list[frozenset[str]]:
    """The stems of each content word of what a report's sentences tell of the act
    (:func:`act_text`), and each word written in two to four capitals (a suspect's initials
    "FA", a body "BPK"), leaving out stop words, days and months, the words of its actors'
    names, the stems of its triggers' first words ("disita", "menyita") and words of any
    act or case or of a number (``vague`` rows of ``data/fuse_words.tsv``: "melakukan",
    "kasus", "tersangka", "tiga", "OTT", "WIB")."""
    refs = " ".join(f"{r.entity_name} {r.entity_text}" for r in event.actor)
    skip = unsaid_words() | {w.casefold() for w in COPY_WORD.findall(refs)}
    vague = fuse_words("vague") | trigger_stems(event)
    found: set[frozenset[str]] = set()
    for source in event.sources:
        told = act_text(source)
        found |= {stems(w) for w in WORD.findall(told.casefold()) if w not in skip}
        capitals = {w.casefold() for w in CAPITALS.findall(told)}
        found |= {frozenset({w}) for w in capitals - skip}
    return [x | alike_roots(x) for x in found if x and not x & vague]


@lru_cache(maxsize=1)
def unsaid_words() -> frozenset[str]:
    """Stop words, months and weekdays: none tells what was done."""
    return frozenset(fuse_words("stop") | MONTHS.keys() | WEEKDAYS.keys())


def act_text(source: Source) -> str:
    """What a sentence tells of the act whose trigger it holds: the quotation holding the
    trigger, or the sentence up to an attribution after it ("..., kata juru bicara KPK Budi
    kepada wartawan, Senin"): one spokesman tells of several acts in one day."""
    sentence = source.sentence
    at = max(0, (source.trigger_start or source.start) - source.start)
    quoted = quotation_holding(sentence, at)
    if quoted is not None:
        return sentence[quoted[0] : quoted[1]]
    cue = quote_lexicon().post_indirect.search(sentence, at)
    return sentence[: cue.start()] if cue else sentence


def complaint_retold(a: Event, b: Event) -> bool:
    """Two reports of one party's complaint to the authorities against another: "Budi
    melaporkan Sari" and "Budi lalu mengadukan perkara itu ke Polda". A complaint is filed
    once in a case, and what outlets write after its verb (whom, the case, the office, why)
    differs, so a trigger that is a complaint verb in both (``complaint`` rows of
    ``data/fuse_words.tsv``) with both sides named, resolved and the same
    (:func:`initials_spelt`: reports of one story) tells it; two
    offices named, one each, that are not one (:func:`offices_alike`: a complaint to the
    police and another to the ombudsman), or "juga"/"kembali" before a verb (a further
    complaint) keep them apart."""
    if a.event != "ACCUSE" or b.event != "ACCUSE":
        return False
    complaint = fuse_words("complaint")
    if not (trigger_stems(a) & complaint and trigger_stems(b) & complaint):
        return False
    named_a, named_b = initials_spelt(a, b)  # "RK" in one, "Ridwan Kamil" in the other
    found = sides(named_a)
    if found != sides(named_b) or not fully_named(found, a.event):
        return False
    if another_complaint(a) or another_complaint(b):
        return False
    return offices_alike(complaint_office(a), complaint_office(b))


def another_complaint(event: Event) -> bool:
    """A word of ``again`` rows of fuse_words.tsv ("juga", "kembali") just before a
    complaint's verb: "Hendra juga melaporkan Rina ..." tells of a further complaint, not
    the one told elsewhere."""
    again = fuse_words("again")
    for source in event.sources:
        if source.trigger_start is None:
            continue
        before = source.sentence[: max(0, source.trigger_start - source.start)].casefold()
        if again & set(before.split()[-WORDS_BEFORE_TRIGGER:]):
            return True
    return False


def offices_alike(offices_a: frozenset[Office], offices_b: frozenset[Office]) -> bool:
    """Whether two complaints' offices (:func:`complaint_office`) may be one: either names
    none, two are one office (:func:`one_office`: "Polda Jawa Timur", "Polda Jatim"), or
    one is the police in general ("ke polisi") and the other a police office ("Polres
    ..."). "Polda Metro Jaya" and "Polres Metro Jakarta Barat", or "Polda Metro Jaya" and
    "Polda Jawa Timur", are two offices."""
    if not offices_a or not offices_b:
        return True
    if any(one_office(x, y) for x in offices_a for y in offices_b):
        return True
    heads_a = {office[0] for office in offices_a}
    heads_b = {office[0] for office in offices_b}
    police, general = fuse_words("police"), fuse_words("anypolice")
    return bool(
        (heads_a & general and heads_b & (police | general))
        or (heads_b & general and heads_a & (police | general))
    )


def one_office(x: Office, y: Office) -> bool:
    """Whether two offices' names (:func:`complaint_office`) name one office: the same
    words once a filler is dropped ("Polres Metro Jakarta Selatan" / "Polres Jakarta
    Selatan", "Bareskrim Mabes Polri" / "Bareskrim Polri"), or one the other's first words
    ("Bareskrim" / "Bareskrim Polri"), unless the shorter names a place and the longer
    adds a word that narrows it ("Polres Bogor" / "Polres Bogor Kota", "Polda Sulawesi" /
    "Polda Sulawesi Selatan" are two offices)."""
    short, full = sorted((office_core(x), office_core(y)), key=len)
    if full[: len(short)] != short:
        return False
    return len(short) < 2 or not fuse_words("placepart") & set(full[len(short) :])


def office_core(office: Office) -> Office:
    """An office's words with a city's short name spelt out ("jaksel" -> "jakarta
    selatan") and the fillers after its head word dropped (``officefiller`` rows of
    fuse_words.tsv: "metro", "mabes", "daerah istimewa"), which outlets put in or leave
    out of one office's name."""
    if not office:
        return office
    cities = city_full_names()
    spelt = [part for word in office[1:] for part in cities.get(word, word).split()]
    fillers = fuse_words("officefiller")
    return (office[0], *(word for word in spelt if word not in fillers))


@lru_cache(maxsize=1)
def city_full_names() -> dict[str, str]:
    """A home city's one-word other name -> its name, lower case, from the gazetteer's
    city rows ("jaksel" -> "jakarta selatan", "jogja" -> "yogyakarta")."""
    return {
        entry.surface.casefold(): entry.canonical.casefold()
        for entry in gazetteers().places.values()
        if entry.kind == "city" and entry.country_code == "IDN"
        if " " not in entry.surface and entry.surface != entry.canonical
    }


def complaint_office(event: Event) -> frozenset[Office]:
    """The office a complaint is filed with, as written after the trigger, word by word,
    lower-cased, a province's short name spelt out (:func:`kabar.actors.full_province`:
    "Polda Jatim" is "polda jawa timur"): the capitalised words after "ke" ("bareskrim
    polri" of "ke Bareskrim Polri") or a lower-case police word ("ke polisi"); empty if
    none."""
    offices: set[Office] = set()
    police = fuse_words("police") | fuse_words("anypolice")
    for source in event.sources:
        if source.trigger_start is None:
            continue
        told = source.sentence[max(0, source.trigger_start - source.start) :]
        found = COMPLAINT_OFFICE.search(told)
        if found and found.group(1):
            words = full_province(found.group(1).strip()).casefold().split()
            cut = next((i for i, w in enumerate(words) if w in WEEKDAYS), len(words))
            offices.add(tuple(words[:cut]) or tuple(words))  # "... Polda Riau Senin (3/2)"
        elif found and found.group(2) in police:
            offices.add((found.group(2),))
    return frozenset(offices)


def trigger_stems(event: Event) -> frozenset[str]:
    """The stems of the first word of each of a report's triggers ("meminta")."""
    out: set[str] = set()
    for source in event.sources:
        if source.trigger_start is not None:
            word = WORD.search(source.sentence[source.trigger_start - source.start :].casefold())
            out |= stems(word.group()) if word else set()
    return frozenset(out)


def retold(stems_a: list[frozenset[str]], stems_b: list[frozenset[str]]) -> bool:
    """More than ``SAID_SHARE`` of the content words of the briefer report (its
    :func:`said_stems`) recur in the other with a stem in common."""
    brief, other = sorted((stems_a, stems_b), key=len)
    return sum(1 for x in brief if any(x & y for y in other)) > SAID_SHARE * len(brief)


def said_topics(reports: list[Event]) -> dict[str, frozenset[str]]:
    """For each statement report, the stems its article's other statements of the same type
    and speaker say (another sentence): the topic of what that speaker said, which tells
    none of those statements apart."""
    by_kind: dict[tuple[str, str], list[Event]] = {}
    for report in reports:
        if report.event in STATEMENTS and speakers(report):
            by_kind.setdefault((article_of(report), report.event), []).append(report)
    topics: dict[str, frozenset[str]] = {}
    for siblings in by_kind.values():
        said = [said_stems(other) for other in siblings]  # once each, not once per pair
        for report in siblings:
            words = [
                stem
                for other, other_said in zip(siblings, said, strict=True)
                if other is not report
                and speakers(other) & speakers(report)
                and sentence_of(other) != sentence_of(report)
                for found in other_said
                for stem in found
            ]
            if words:
                topics[report.id] = frozenset(words)
    return topics


def copied_texts(report: Event) -> list[tuple[str, int]]:
    """Each sentence of a report long enough to tell a copy (``COPY_MIN_CHARS``, spacing
    folded), as :func:`copy_key` folds it; and each quotation of the sentence holding the
    trigger, as long (:func:`copied_quotes`)."""
    out = []
    for source in report.sources:
        text = " ".join(source.sentence.split())
        if len(text) >= COPY_MIN_CHARS and source.trigger_start is not None:
            out.append(copy_key(source.sentence, source.trigger_start - source.start))
            out.extend(copied_quotes(source.sentence, source.trigger_start - source.start))
    return out


def short_copies(report: Event) -> list[tuple[str, int]]:
    """Each sentence of a report too short to tell a copy alone (under ``COPY_MIN_CHARS``,
    ``SHORT_COPY_WORDS`` words at least: "Endang justru meminta Kamal memijat
    punggungnya."), folded by :func:`copy_key`, of an act that does not recur between the
    same parties (``RECURRING``: talks, strikes) nor a plan; the caller asks for both sides
    named alike in the sentence itself."""
    if report.event in RECURRING or report.hypothetical:
        return []
    out = []
    for source in report.sources:
        text = " ".join(source.sentence.split())
        short = len(text) < COPY_MIN_CHARS and len(COPY_WORD.findall(text)) >= SHORT_COPY_WORDS
        if short and source.trigger_start is not None:
            out.append(copy_key(source.sentence, source.trigger_start - source.start))
    return out


def copy_key(text: str, at: int) -> tuple[str, int]:
    """A copied text as two articles print it alike: its words, case folded, without the
    punctuation an editor adds or drops ("Agus mengatakan, setelah ..." / "Agus mengatakan
    setelah ..."), and how many words come before offset ``at`` (its trigger)."""
    return " ".join(COPY_WORD.findall(text.casefold())), len(COPY_WORD.findall(text[:at]))


def copied_quotes(sentence: str, trigger: int) -> list[tuple[str, int]]:
    """The quotations of ``sentence`` that hold the trigger at offset ``trigger`` and are
    ``COPY_MIN_CHARS`` long at least, folded by :func:`copy_key`. Outlets print a
    spokesman's statement word for word and attribute it each in its own words ("kata KBRI
    dalam keterangannya" / "jelas pihak KBRI"): the same long quotation is one statement,
    as a whole copied sentence is."""
    out = []
    for _, start, end, _ in quote_pairs(sentence):
        while end > start and (sentence[end - 1].isspace() or sentence[end - 1] in ",;"):
            end -= 1
        if start <= trigger < end and end - start >= COPY_MIN_CHARS:
            out.append(copy_key(sentence[start:end], trigger - start))
    return out


def copied_clauses(report: Event) -> list[tuple[str, int]]:
    """The clause of a report's sentence from its first participant to its last, the
    trigger inside ("James Mattis meminta maaf kepada Menteri Pertahanan Indonesia
    Ryamizard Ryacudu"), folded by :func:`copy_key`, when it is ``COPY_MIN_CHARS`` long at
    least and names an actor and a recipient in that sentence: two articles that print it
    alike, each in its own sentence ("Atas insiden itu, ..."), copied one text. Empty for
    a report naming someone outside its sentences."""
    refs = report.actor + report.recipient
    spans = [(r.start, r.end) for r in refs if r.start is not None and r.end is not None]
    if not report.actor or not report.recipient or len(spans) != len(refs):
        return []
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    out = []
    for source in report.sources:
        if source.trigger_start is None:
            continue
        begin = min(first, source.trigger_start)
        inside = source.start <= begin <= source.trigger_start < last <= source.end
        if inside and last - begin >= COPY_MIN_CHARS:
            text = source.sentence[begin - source.start : last - source.start]
            out.append(copy_key(text, source.trigger_start - begin))
    return out


def near_copy_keys(report: Event) -> list[tuple[str, ...]]:
    """Where a near copy of a report's sentence (:func:`near_copies`) is sought: its first
    and its last ``NEAR_COPY_EDGE`` words, case folded; an editor's few words seldom touch
    both ends of a sentence ``COPY_MIN_CHARS`` long."""
    out = []
    for source in report.sources:
        words = COPY_WORD.findall(source.sentence.casefold())
        if len(" ".join(source.sentence.split())) >= COPY_MIN_CHARS:
            out += [("start", *words[:NEAR_COPY_EDGE]), ("end", *words[-NEAR_COPY_EDGE:])]
    return out


def near_copies(a: Event, b: Event) -> bool:
    """A sentence of one report is a sentence of the other reprinted with a few plain words
    put in or left out ("Deddy menilai aturan tersebut melanggar ..." / "Deddy menilai
    dengan adanya aturan tersebut melanggar ..."): most of its words kept in order
    (``NEAR_COPY_SHARE``), no word changed for another ("di gudang" / "di rumah" is another
    fact), and every word put in or left out lowercase, without digits and not one that
    turns the sense (``SENSE_WORDS``: "tidak", "kembali"), so no other name, number or day;
    but a name put in before the short form both keep, which it then holds in brackets
    ("mahasiswa Unud" / "mahasiswa Universitas Udayana (Unud)": :func:`spelt_out`), names
    no one new. Word-for-word copies are :func:`copied_texts`'."""
    for s in a.sources:
        for t in b.sources:
            x, y = list(COPY_WORD.finditer(s.sentence)), list(COPY_WORD.finditer(t.sentence))
            fx, fy = [w.group().casefold() for w in x], [w.group().casefold() for w in y]
            if fx == fy or min(len(s.sentence), len(t.sentence)) < COPY_MIN_CHARS:
                continue
            match = SequenceMatcher(None, fx, fy, autojunk=False)
            if match.ratio() < NEAR_COPY_SHARE:
                continue
            ops = match.get_opcodes()
            if any(op == "replace" for op, *_ in ops):
                continue
            edits = [
                (x[i1:i2], s.sentence) if op == "delete" else (y[j1:j2], t.sentence)
                for op, i1, i2, j1, j2 in ops
                if op != "equal"
            ]
            if all(plain_words(words) or spelt_out(words, text) for words, text in edits):
                return True
    return False


def plain_words(words: Sequence[re.Match[str]]) -> bool:
    """Words a near copy may put in or leave out: lowercase, without digits, not turning
    the sense (``SENSE_WORDS``)."""
    return all(
        w.group().isalpha() and w.group().islower() and w.group() not in SENSE_WORDS for w in words
    )


SPELT_OUT = re.compile(r"\s*\(\s*[^\W\d_]+\s*\)")  # "(Unud)": the short form in brackets


def spelt_out(words: Sequence[re.Match[str]], sentence: str) -> bool:
    """``words`` of ``sentence`` are a name, every word capitalised, written right before
    the short form in brackets that the other sentence writes alone ("Universitas Udayana
    (Unud)" / "Unud"): the one sentence spells out whom both name."""
    names = [w.group() for w in words]
    return (
        bool(names)
        and all(n.isalpha() for n in names)
        and capitalised(names)
        and SPELT_OUT.match(sentence, words[-1].end()) is not None
    )


def article_of(report: Event) -> str:
    return report.sources[0].article_id if report.sources else report.id


def sentence_of(report: Event) -> tuple[str, int] | None:
    return (report.sources[0].article_id, report.sources[0].start) if report.sources else None


def said_stems(event: Event, from_speech: bool = True, asked: bool = False) -> list[frozenset[str]]:
    """The stems of each content word of what the event's sentences say, from the trigger
    (or, ``from_speech``, the speech verb before it, :func:`said_start`) to the end of the
    sentence or of the quotation holding it (:func:`quotation_end`), or, ``asked``, to the
    reason clause after the trigger (:func:`asked_end`)."""
    refs = event.actor + event.recipient
    names = {w.casefold() for r in refs for w in WORD.findall(r.entity_name)}
    stop = fuse_words("stop")
    words: set[str] = set()
    for source in event.sources:
        at = (source.trigger_start - source.start) if source.trigger_start is not None else 0
        begin = said_start(source.sentence, max(0, at), event.actor) if from_speech else at
        end = quotation_end(source.sentence, max(0, at))
        end = asked_end(source.sentence, max(0, at), end) if asked else end
        for word in WORD.findall(source.sentence[begin:end].casefold()):
            if word not in stop and word not in names:
                words.add(word)
    return [found | alike_roots(found) for found in map(stems, sorted(words)) if found]


def asked_end(sentence: str, at: int, end: int) -> int:
    """Where what a request whose trigger is at offset ``at`` asks ends, before ``end``: at
    the first word after the trigger opening a reason clause ("agar perang dihentikan
    karena harga pangan naik"; ``reason`` rows of ``data/fuse_words.tsv``), or one that
    opens it only after a comma (``commareason``: "..., sebab ..."; "menjelaskan sebab
    kenaikan harga" asks for the cause)."""
    for word in WORDS.finditer(sentence, at, end):
        found = word.group().casefold()
        if found in fuse_words("reason"):
            return word.start()
        if found in fuse_words("commareason") and sentence[: word.start()].rstrip().endswith(","):
            return word.start()
    return end


def said_start(sentence: str, at: int, actors: Sequence[EntityRef] = ()) -> int:
    """Where what a sentence says begins, for a trigger at offset ``at`` told in indirect
    speech: just after the last speech verb before it ("Dia menuturkan jangan sampai ada
    informasi keliru yang *diciptakan* ...": the words between are said too, and outlets
    put the trigger at different places of one statement), when no quotation mark stands
    between (a quotation, which holds the trigger or was said before it), nor one of the
    ``actors``' names after the verb: "Febri mengatakan ... Setya Novanto mangkir", "Febri
    mengatakan panggilan itu ditolak oleh Setya Novanto" are a spokesman telling of
    another's act, not the actor saying it. Else ``at`` itself (no speech verb)."""
    verbs = list(quote_lexicon().pre_verb.finditer(sentence, 0, at))
    if not verbs:
        return at
    told = verbs[-1].end()
    if QUOTE_MARK.search(sentence, told, at) or named_in(sentence[told:], actors):
        return at
    return told


def named_in(text: str, refs: Sequence[EntityRef]) -> bool:
    """Whether ``text`` writes a name of one of ``refs`` as whole words ("ia" not in
    "media")."""
    names = {r.entity_text for r in refs} | {r.entity_name for r in refs}
    return any(n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names)


def quotation_end(sentence: str, at: int) -> int:
    """Where what a sentence says from offset ``at`` ends: the end of the quotation holding
    it, before the attribution outlets word each their own way ("...," kata Muslim, Senin
    (20/10/2025)); the end of the sentence when ``at`` is quoted by none."""
    quoted = quotation_holding(sentence, at)
    return quoted[1] if quoted is not None else len(sentence)


def quotation_holding(sentence: str, at: int) -> tuple[int, int] | None:
    """Start and end of the quotation of ``sentence`` holding offset ``at``, if any."""
    pairs = quote_pairs(sentence)
    return next(((start, end) for _, start, end, _ in pairs if start <= at < end), None)


def alike_roots(found: frozenset[str]) -> frozenset[str]:
    """The group names of the roots in ``found`` that news wording uses one for another
    (``synonym`` rows of ``data/fuse_words.tsv``: "siap" / "bersedia", "ditolak masuk" /
    "dilarang masuk"), so two outlets' words for one statement share a stem."""
    groups = synonym_groups()
    return frozenset(groups[x] for x in found if x in groups)


@lru_cache(maxsize=1)
def synonym_groups() -> dict[str, str]:
    """root -> its group's name, the group's first root."""
    out: dict[str, str] = {}
    for line in sorted(fuse_words("synonym")):
        roots = line.split()
        for root in roots:
            out[root] = "=" + roots[0]
    return out


# meN-/peN- drop a root's first voiceless consonant: "menahan" <- tahan, "memukul" <- pukul
RESTORED = {
    "meny": "s",
    "peny": "s",
    "meng": "k",
    "peng": "k",
    "men": "t",
    "pen": "t",
    "mem": "p",
    "pem": "p",
}


@lru_cache(maxsize=1 << 16)
def stems(word: str) -> frozenset[str]:
    """Every root ``word`` may have: with or without one prefix and one suffix, and with
    the consonant meN-/peN- drop restored ("ditahan", "menahan", "penahanan" -> "tahan";
    "dirawat", "perawatan" -> "rawat"). Stems shorter than ``MIN_ROOT`` are left out."""
    cores = {word} | {word[: -len(x)] for x in SUFFIXES if word.endswith(x)}
    out = set(cores)
    for core in cores:
        for prefix in (*PREFIXES, *RESTORED):
            if core.startswith(prefix):
                rest = core[len(prefix) :]
                out |= {rest, RESTORED.get(prefix, "") + rest}
    return frozenset(x for x in out if len(x) >= MIN_ROOT)


def refs_text(refs: list[EntityRef]) -> str:
    return ", ".join(r.entity_name for r in refs) or "?"


@lru_cache(maxsize=1)
def _fuse_words() -> dict[str, frozenset[str]]:
    text = resources.files("kabar").joinpath("data/fuse_words.tsv").read_text("utf-8")
    table: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _, word = line.partition("\t")
            table.setdefault(kind.strip(), set()).add(word.strip())
    return {kind: frozenset(words) for kind, words in table.items()}


def fuse_words(kind: str) -> frozenset[str]:
    """A cue list of ``data/fuse_words.tsv`` by its kind ("stop", "sense", "anaphor"; the
    file's header lists them all)."""
    return _fuse_words().get(kind, frozenset())


SENSE_WORDS = fuse_words("sense")
"""Words that, put in or left out, turn what a sentence says: no near copy differs by one."""
