"""Recipients an event's own clause leaves unsaid, taken from the other events of its
article once all are coded.

- Two speech acts of one actor joined by "dan"/"serta" share their addressee: "Kemlu
  melayangkan protes kepada Malaysia dan meminta agar penembakan itu diusut" asks
  Malaysia too (``shared_addressee``).
- A police report naming nobody, by someone accused just before, is against the accuser
  (``counter_complaints``); a denial naming no one answers the last accuser of the
  denier (``denied_accusers``).
- An inquiry into a case referred back ("polisi masih mengusut kasus tersebut") naming
  no target is against the case's suspects, when the article names one set of them
  (``case_suspects``).
- An inquiry into a case referred back, or a police report, naming no target in an
  article that holds no one is against the unknown offender as the article calls him
  ("pelaku", "kawanan perampok"; ``unknown_offenders``).
- A seizure naming no owner is taken from the suspects the article arrests or charges
  around it (``seized_from_suspects``).
- A request for a new date of an examination is made to the body handling the case
  (``redated_examinations``).
- A reaction to an act referred back ("mengecam serangan tersebut", "menolak permintaan
  itu") is aimed at whoever did that act, told in the sentences just before
  (``reaction_targets``).
- Condemning an attack on someone ("mengutuk serangan terhadap X") accuses the one
  attacker the article shows, not the victim X; no one when it shows none
  (``condemned_attackers``).
- A further demand naming no one, in the words of a party that has just addressed a
  demand to someone ("Kami juga meminta ..."), is to the same addressee
  (``continued_demands``).
- A demand whose object is a group noun the actor lexicon leaves out, as everyone
  understands an appeal to it ("meminta para pemilik tambang ...", "mengimbau publik
  agar ...", "mendesak mitra-mitra kami"), is addressed to that group
  (``addressed_groups``).
- A charge whose pattern holds its counted suspects ("menetapkan lima tersangka baru")
  is against them (``counted_suspects``).
- A counted group ("menetapkan 8 orang sebagai tersangka", "menahan tiga orang") whose
  members the text lists by name right after it ("Para tersangka berinisial A, B, ...",
  "Tiga orang tersebut yakni A, B dan C") is those people (``listed_members``).
- A group referred back by a collective count or quantifier ("kedua personel tersebut",
  "seluruh tersangka") is the people a list named for it just before ("dua personel,
  yakni A dan B"; ``recalled_members``).
- A bare first name or surname no mention stage linked ("keputusan Purbaya" after
  "Purbaya Yudhi Sadewa") is the one person of the article named in full with it
  (``bare_names``).
- A recipient written as a role noun in "-nya" right after a single actor's verb
  ("meminta anak buahnya") is that actor's group, named by its owner ("anak buah
  Prabowo Subianto"; ``owned_groups``).
- A protest naming no target, in an article whose protests all target one party, targets
  that party (``protest_targets``); else the party the headline's protest phrase names
  ("Demo Buruh Protes Kebijakan Gubernur", ``headline_protest_target``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from kabar.event_args import (
    DEFINITE_REF,
    EVENT_WORDS,
    FIRST_PERSON,
    GROUP_WORDS,
    PERPETRATOR_NOUNS,
    listed_person,
    names,
)
from kabar.event_clause import (
    MODALITY_WORDS,
    NOT_MODIFIERS,
    NP_STOP,
    NUMBER_WORDS,
    NUMBERS,
    ORDINALS,
    TYPE_OF_LABEL,
    VERB_PREFIXES,
)
from kabar.event_context import SUBJECT_ADVERBS, SUBJECT_GAP, VERBAL, arrest_or_charge
from kabar.model import Article, EntityRef, Event, Mention
from kabar.nlp import description_words_of
from kabar.predicates import POLITICAL_SECTORS, Entry

Coded = list[tuple[int, Event, Entry]]
"""The events of an article: (sentence index, event, lexicon entry), in text order."""

PHRASE_JOINERS = MODALITY_WORDS["phrasejoiner"]
"""Words adding a second verb phrase or addressed group to a first ("... dan meminta",
"pegawai serta warga"); not ``event_args.PARTY_JOINERS``, which joins named parties."""
ADVERBS = MODALITY_WORDS["recipientadverb"]
ADDRESS_PREPS = MODALITY_WORDS["addressprep"]
HEADLINE_STOPS = frozenset({"di", "ke", "dan", ",", ":", "-", "usai", "saat", "jelang", "'", '"'})
WORDS = re.compile(r"[\w-]+|[^\w\s]")


def take_recipient(event: Event, found: list[EntityRef], how: str) -> None:
    """Give ``event`` the recipients found elsewhere, saying how in its rule's brackets."""
    event.recipient = list(found)
    event.rule = f"{event.rule[:-1]}; recipient {how}]"


def joined_to(article_text: str, first: Event, second: Event) -> bool:
    """Whether ``second``'s trigger is a verb joined by "dan"/"serta" right after the
    addressee of ``first`` ("melayangkan protes kepada Malaysia dan meminta"): only a
    preposition before that addressee, only the joiner (and adverbs) after it; not a
    possessor ("meledakkan utang AS dan berjanji"), a new clause or an aside."""
    a, b = first.sources[0], second.sources[0]
    starts = [r.start for r in first.recipient if r.start is not None]
    ends = [r.end for r in first.recipient if r.end is not None]
    if a.trigger_end is None or b.trigger_start is None or not starts or not ends:
        return False
    if not a.trigger_end <= min(starts) <= max(ends) <= b.trigger_start:
        return False
    lead = WORDS.findall(article_text[a.trigger_end : min(starts)].lower())
    if len(lead) > 1 or (lead and lead[0] not in ADDRESS_PREPS):
        return False
    gap = WORDS.findall(article_text[max(ends) : b.trigger_start].lower())
    while gap and gap[-1] in ADVERBS:
        gap.pop()  # "serta juga meminta", "dan langsung meminta"
    return len(gap) == 1 and gap[0] in PHRASE_JOINERS


def shared_addressee(article_text: str, coded: Coded) -> None:
    """A speech act naming no addressee takes the addressee of the same actor's speech
    act it is joined to by "dan"/"serta" in the same sentence, right after that act's
    addressee: "Kemlu melayangkan protes kepada Malaysia dan meminta agar penembakan itu
    diusut" asks Malaysia."""
    by_sentence: dict[int, list[Event]] = {}
    for index, event, entry in coded:  # the addressed speech acts, by sentence
        if event.recipient and event.event in VERBAL and "sym" not in entry.args:
            by_sentence.setdefault(index, []).append(event)
    for index, event, entry in coded:
        if event.recipient or event.event not in VERBAL or "sym" in entry.args:
            continue
        actors = set(names(event.actor))
        before = [
            other for other in by_sentence.get(index, [])
            if other is not event
            and (other.sources[0].trigger_end or 0) <= (event.sources[0].trigger_start or 0)
        ]  # fmt: skip
        if not before or set(names(before[-1].actor)) != actors or not actors:
            continue
        first = before[-1]
        if joined_to(article_text, first, event) and not actors & set(names(first.recipient)):
            take_recipient(event, first.recipient, "shared with the joined act")


COMPLAINT_REACH = 2  # sentences back a complainant may have been accused
DENIAL_REACH = 3  # sentences back the accusation a denial answers may be


def last_accuser(coded: Coded, index: int, event: Event, reach: int) -> list[EntityRef]:
    """The actors of the last accusation aimed at ``event``'s actors and told before it,
    in its sentence or the ``reach`` sentences before, by another party."""
    accused = set(names(event.actor))
    start = event.sources[0].trigger_start or 0
    accusers = [
        other for k, other, _ in coded
        if other.event == "ACCUSE" and 0 <= index - k <= reach
        and accused & set(names(other.recipient))
        and other.actor and not accused & set(names(other.actor))
        and (other.sources[0].trigger_end or 0) <= start
    ]  # fmt: skip
    return list(accusers[-1].actor) if accused and accusers else []


def counter_complaints(coded: Coded) -> None:
    """A police report that names nobody, by someone accused just before, is against
    his accuser (a report answers the accusation): "Rina menuding Budi menipu. ... Budi
    lalu melaporkan kasus itu ke polisi" reports Rina. Runs after
    ``events.complaint_targets``: a suspect the story arrests or charges comes first."""
    for index, event, entry in coded:
        if event.event != "ACCUSE" or event.recipient:
            continue
        if not any(w.startswith(("lapor", "melapor")) for w in entry.words):
            continue
        found = last_accuser(coded, index, event, COMPLAINT_REACH)
        if found:
            take_recipient(event, found, "accused the complainant")


def denied_accusers(coded: Coded) -> None:
    """A denial naming no one it answers ("Andi membantah menerima suap") answers the
    party whose accusation of the denier the article told last, in the sentences just
    before or its own: "ICW menuding Andi menerima suap. ... Andi membantah" answers ICW."""
    for index, event, entry in coded:
        if event.event != "REJECT" or event.recipient or "deny" not in entry.args:
            continue
        found = last_accuser(coded, index, event, DENIAL_REACH)
        if found:
            take_recipient(event, found, "accused the denier")


CASE_REACH = 3  # sentences after an inquiry its case's suspects may still be named
DEFINITE_CASE = r"(?:\s+[\w-]+){0,2}?\s+(?:ini|itu|tersebut)\b"
"""What follows a case noun referred back: a word or two ("kasus penganiayaan"), then
"ini"/"itu"/"tersebut"."""


SUSPECT_TYPES = frozenset({"person", "group"})


def held_parties(event: Event) -> list[EntityRef]:
    """The people an arrest or a charge names: the suspects of the article's case (a
    body "held" is a misread office: "diamankan Polres X" holds no Polri)."""
    if arrest_or_charge(event):
        return [r for r in event.recipient if r.type in SUSPECT_TYPES]
    return []


def one_set(held: list[list[EntityRef]]) -> list[EntityRef]:
    """The widest of the sets of people a case names, when every other set is part of it
    (they are the same suspects told again); none when the sets differ or there are none."""
    if not held:
        return []
    widest = max(held, key=len)
    named = set(names(widest))
    return widest if all(set(names(parties)) <= named for parties in held) else []


def case_parties(event: Event) -> list[EntityRef]:
    """The people an arrest, a charge or an inquiry names: those a case is against."""
    if event.event == "ACCUSE" and "investigate" in event.mode:
        return [r for r in event.recipient if r.type in SUSPECT_TYPES]
    return held_parties(event)


def case_reference(case_nouns: Collection[str]) -> re.Pattern[str]:
    """A case noun referred back ("kasus tersebut", "perkara itu"): the case of the
    article, whichever of ``case_suspects`` and ``unknown_offenders`` seeks it."""
    return re.compile(rf"\b(?:{'|'.join(sorted(case_nouns))}){DEFINITE_CASE}", re.IGNORECASE)


def case_suspects(article_text: str, coded: Coded, case_nouns: set[str]) -> None:
    """An inquiry naming no target into a case its sentence refers back to ("Polisi masih
    mengusut kasus tersebut", "Kasus ini pernah diselidiki Kejari") is against that case's
    suspects (docs/annotation.md, 5): the people the article arrests or charges before it
    or in the ``CASE_REACH`` sentences after, when they are one set (every arrest and
    charge names some of the same people); with two sets of suspects the case is unsure
    and no one is taken. A case raised to a stage of the inquiry ("naik ke tahap
    penyidikan", args ``stage``) is the article's case however its sentence names it. An
    allegation in everyday words (args ``lay``: "X menuding Y selingkuh") charges no one
    in the case: its target is no suspect."""
    if not case_nouns:
        return
    case = case_reference(case_nouns)
    for index, event, entry in coded:
        if event.event != "ACCUSE" or "investigate" not in event.mode or event.recipient:
            continue
        src = event.sources[0]
        if "stage" not in entry.args and not case.search(article_text, src.start, src.end):
            continue
        actors = set(names(event.actor))
        held = [
            parties for k, other, other_entry in coded
            if k <= index + CASE_REACH and other is not event and "lay" not in other_entry.args
            and (parties := [r for r in held_parties(other) if r.entity_name not in actors])
        ]  # fmt: skip
        suspects = one_set(held)
        if suspects:
            take_recipient(event, suspects, "suspected in the case")


OFFENDERS = MODALITY_WORDS["offender"]
OFFENDER_LEADS = MODALITY_WORDS["offenderlead"]
OFFENDER_DENIALS = MODALITY_WORDS["offenderdenial"]
NOT_OFFENDERS_AFTER = MODALITY_WORDS["offendernot"]
OFFENDER_COPULAS = MODALITY_WORDS["offendercopula"]
LYNCHED = MODALITY_WORDS["lynched"]
TRADES = EVENT_WORDS["trade"]
"""What "pelaku" is in "pelaku usaha", "pelaku seni": a trade, no offence."""
OFFENDER = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(OFFENDER_LEADS))})\s+)?(?:{'|'.join(sorted(OFFENDERS))})\b"
    r"(?P<next>\s+[\w-]+)?",
    re.IGNORECASE,
)
NAMED_OFFENDER = re.compile(
    r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+(?:(?:diduga|disebut)\s+)?"
    rf"(?:{'|'.join(sorted(OFFENDER_COPULAS))})\s+$"
)
"""A name the text says is the offender, before the noun ("Rudi diduga menjadi pelaku")."""
LYNCHED_VICTIM = re.compile(rf"[^.]{{0,60}}?\b(?:{'|'.join(sorted(LYNCHED))})\s+(?:massa|warga)\b")
"""An offender noun whose own sentence tells a mob beat him ("pencuri ... dihakimi massa")."""
OFFENDER_REACH = 80  # characters before an offender noun its name or denial stands in


def report_entry(entry: Entry) -> bool:
    """Whether a lexicon entry is a report ("melapor ke polisi", "melaporkan ke KPK"):
    any lapor* verb, to whatever body."""
    return any(w.startswith(("lapor", "melapor")) for w in entry.words)


VICTIM_NAME = re.compile(r"\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}")
"""The name after an agent noun: whose killer or kidnapper it is ("pembunuh Wiwit")."""


def denied_offender(article_text: str, start: int) -> bool:
    """Whether the words before an offender noun deny there is one ("tanpa pelaku",
    "Tidak ada pelaku")."""
    before = re.findall(r"[\w-]+", article_text[max(0, start - 30) : start].lower())[-2:]
    if before and before[-1] == "ada":
        before = before[:-1]
    return bool(before) and before[-1] in OFFENDER_DENIALS


def offender_before(
    article_text: str, end: int, not_names: frozenset[str], people: Collection[Mention]
) -> EntityRef | None:
    """The last offender noun of the article before ``end`` ("pelaku", "kawanan
    perampok", "pembunuh Wiwit": the victim's name belongs to an agent noun, a day
    "pencuri Minggu dini hari" does not), when it names no one: none when that noun is a
    trade ("pelaku usaha"), a marksman ("penembak jitu"), denied ("tanpa pelaku"), a
    victim of a mob ("pencuri ... dihakimi massa") or "pelaku" is followed by a name
    ("pelaku DS": the article names the offender); the person the text says is the
    offender ("Rudi diduga menjadi pelaku") when a person mention stands there, no
    pronoun or sentence-initial word ("Dia diduga menjadi pelaku")."""
    hits = list(OFFENDER.finditer(article_text, 0, end))
    if not hits:
        return None
    hit = hits[-1]
    after = (hit.group("next") or "").strip()
    a, b = hit.start(), hit.end() - len(hit.group("next") or "")
    if after.lower() in TRADES or after.lower() in NOT_OFFENDERS_AFTER:
        return None
    if denied_offender(article_text, a) or LYNCHED_VICTIM.match(article_text, b):
        return None
    named = NAMED_OFFENDER.search(article_text, max(0, a - OFFENDER_REACH), a)
    if named is not None and any(
        named.start("name") <= m.start < named.end("name") for m in people
    ):
        return listed_person(named.group("name"), named.start("name"), named.end("name"))
    if after[:1].isupper() and after.lower() not in not_names:
        if article_text[a:b].lower().split()[-1].removesuffix("nya") in PERPETRATOR_NOUNS:
            return None
        victim = VICTIM_NAME.match(article_text, b, end)
        b = victim.end() if victim else b
    text = article_text[a:b]
    return EntityRef(None, text, text, "group", None, "CRM", None, a, b)


def unknown_offenders(
    article: Article, coded: Coded, case_nouns: set[str], not_names: frozenset[str]
) -> None:
    """An inquiry naming no target into a case its sentence refers back to ("Polisi
    masih menyelidiki kasus tersebut") or whose sentence names the offender it seeks
    ("menyelidiki siapa pelakunya"), or a police report naming no one ("korban melapor
    ke polisi"), in an article that arrests or charges no one, is against the offender
    still sought (docs/annotation.md, 5): the one the article calls "pelaku", "perampok",
    "kawanan pencuri" last before the event's sentence ends. Runs after the rules that
    take a held suspect or an accuser (``case_suspects``, ``counter_complaints``)."""
    if not case_nouns or any(
        arrest_or_charge(other) and not report_entry(entry) for _, other, entry in coded
    ):
        return  # someone is held or charged: the case has its suspects
    article_text = article.text
    people = [m for m in article.mentions if m.label == "PER"]
    case = case_reference(case_nouns)
    for _, event, entry in coded:
        if event.event != "ACCUSE" or event.recipient:
            continue
        src = event.sources[0]
        inquiry = "investigate" in event.mode and (
            "stage" in entry.args
            or bool(case.search(article_text, src.start, src.end))
            or bool(OFFENDER.search(article_text, src.start, src.end))
        )  # "menyelidiki kasus itu", "... guna mencari pembunuh Wiwit"
        if not inquiry and not report_entry(entry):
            continue
        offender = offender_before(article_text, src.end, not_names, people)
        if offender is not None and offender.entity_name not in names(event.actor):
            take_recipient(event, [offender], "the offender sought")


SEIZURE_BEFORE = 3  # sentences before a seizure the arrest of its owner may be told
SEIZURE_AFTER = 1  # sentences after it ("menyita sabu ... Pelaku ditangkap")


def seized_from_suspects(coded: Coded) -> None:
    """A seizure naming no owner ("polisi menyita sabu ... Polisi juga menangkap X") is
    taken from the suspects of the case it is part of (docs/annotation.md, 5: a raid's
    seizure is against the people held there). ``event_context.seized_from_suspect``
    looks back while the sentence is coded; this runs once all are, so it also sees the
    arrest told with or after the seizure and counted suspects ("empat orang"): the
    people the article arrests or charges in the
    ``SEIZURE_BEFORE`` sentences before it or the ``SEIZURE_AFTER`` after, when they and
    the people examined there are one set; with two sets of suspects around it
    ("memeriksa ID ... FI ditetapkan sebagai tersangka") the owner is unsure and no one
    is taken."""
    for index, event, _ in coded:
        if event.event != "COERCE" or "seize" not in event.mode or event.recipient:
            continue
        actors = set(names(event.actor))
        held = [
            parties for k, other, _ in coded
            if -SEIZURE_BEFORE <= k - index <= SEIZURE_AFTER and other is not event
            and (parties := [r for r in case_parties(other) if r.entity_name not in actors])
        ]  # fmt: skip
        suspects = one_set(held)
        if suspects and all(r.type == "person" or " " in r.entity_text.strip() for r in suspects):
            take_recipient(event, suspects, "suspected in the case")  # a bare "pria" is anyone


def redated_examinations(article_text: str, coded: Coded, redates: set[tuple[str, ...]]) -> None:
    """A request for a new date of an examination ("Lisa meminta penjadwalan ulang
    pemeriksaan") is made to the body handling the case (docs/annotation.md, 5): the actor
    of the last inquiry, charge or arrest told before it. The person named after the
    phrase ("penjadwalan ulang pemeriksaan terhadap Lisa", asked by her lawyer) is whose
    date it is, not who is asked."""
    if not redates or not any(event.event == "REQUEST" for _, event, _ in coded):
        return
    redate = redate_pattern(frozenset(redates))
    for index, event, _ in coded:
        if event.event != "REQUEST":
            continue
        src = event.sources[0]
        found = redate.search(article_text, src.trigger_end or src.start, src.end)
        if found is None:
            continue
        if any(r.start is None or r.start < found.end() for r in event.recipient):
            continue  # "meminta kepada hakim penjadwalan ulang": the one asked is named
        cases = [
            other for k, other, _ in coded
            if k <= index and other is not event and other.actor
            and (arrest_or_charge(other) or "investigate" in other.mode)
            and (other.sources[0].trigger_end or 0) <= (src.trigger_start or 0)
        ]  # fmt: skip
        if cases and not any(r.type in SUSPECT_TYPES for r in cases[-1].actor):
            take_recipient(event, cases[-1].actor, "the body handling the case")


@lru_cache(maxsize=1)
def redate_pattern(redates: frozenset[tuple[str, ...]]) -> re.Pattern[str]:
    """One regular expression for the lexicon's rescheduling phrases (built once)."""
    alternatives = sorted(r"\s+".join(map(re.escape, words)) for words in redates)
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.IGNORECASE)


REACTION_GAP = 2  # words between the reaction's verb and the act noun ("mengecam keras")


def reaction(event: Event) -> bool:
    """Whether an event is a stance taken on another's act: a condemnation, a refusal or
    a welcome."""
    return (event.event == "ACCUSE" and "disapprove" in event.mode) or event.event in (
        "REJECT",
        "SUPPORT",
    )


def act_nouns_at(
    words: list[str], k: int, anaphors: dict[tuple[str, ...], str]
) -> Iterator[tuple[str, int]]:
    """(act type, length) of the act nouns of two words, then one, that start at ``k``
    ("serangan udara", "serangan")."""
    for n in (2, 1):
        kind = anaphors.get(tuple(words[k : k + n]))
        if kind:
            yield kind, n


def act_referred(article_text: str, event: Event, anaphors: dict[tuple[str, ...], str]) -> str:
    """The type of the act a reaction's object refers back to ("mengecam serangan
    tersebut": ASSAULT), or "" when its object is no act noun with "itu"/"tersebut"."""
    src = event.sources[0]
    if src.trigger_end is None:
        return ""
    words = WORDS.findall(article_text[src.trigger_end : src.end].lower())[: REACTION_GAP + 6]
    for k in range(min(REACTION_GAP + 1, len(words))):
        for kind, n in act_nouns_at(words, k, anaphors):
            if not DEFINITE_REF.isdisjoint(words[k + n : k + n + SUBJECT_GAP + 1]):
                return kind
        if words[k] in (",", "."):
            break
    return referred_subject_act(article_text, event, anaphors)


def referred_subject_act(
    article_text: str, event: Event, anaphors: dict[tuple[str, ...], str]
) -> str:
    """The type of the act a passive reaction's subject refers back to ("Permintaan itu
    ditolak Kemendagri": REQUEST), or "": the act noun, at most ``SUBJECT_GAP`` words,
    "itu"/"tersebut"/"ini", then adverbs only, right before the "di-" verb."""
    src = event.sources[0]
    if src.trigger_start is None or not event.trigger.lower().startswith("di"):
        return ""
    words = WORDS.findall(article_text[src.start : src.trigger_start].lower())[-(SUBJECT_GAP + 8) :]
    while words and words[-1] in SUBJECT_ADVERBS:
        words.pop()
    if not words or words[-1] not in DEFINITE_REF:
        return ""
    words.pop()
    for k in range(len(words) - 1, max(-1, len(words) - 2 - SUBJECT_GAP), -1):
        for kind, _ in act_nouns_at(words, k, anaphors):
            return kind
        if not words[k].isalpha():
            break
    return ""


def reaction_targets(article_text: str, coded: Coded, anaphors: dict[tuple[str, ...], str]) -> None:
    """A reaction naming no target whose object is an act referred back ("Pyongyang
    mengecam serangan tersebut", "Kemendagri menolak permintaan itu") is aimed at whoever
    did that act: the actors of the events of its type the article told before it, when
    they are one party other than the one reacting; none when two parties did such acts
    (the act referred to is unsure)."""
    for index, event, _ in coded:
        if event.recipient or not event.actor or not reaction(event):
            continue
        kind = act_referred(article_text, event, anaphors)
        if not kind:
            continue
        start = event.sources[0].trigger_start or 0
        reacting = set(names(event.actor))
        acts = [
            other for k, other, _ in coded
            if other.event == kind and other.actor and k <= index
            and (k < index or (other.sources[0].trigger_end or 0) <= start)
        ]  # fmt: skip
        doers = {frozenset(names(other.actor)) for other in acts}
        if len(doers) != 1 or reacting & next(iter(doers)):
            continue
        take_recipient(event, acts[-1].actor, "who did the act referred back")


DEMAND_REACH = 3  # sentences back the demand a further one continues may be
ASPECT = MODALITY_WORDS["demandaspect"]
"""Words that may stand between a demand's subject and its verb."""


def continuing_demand(article_text: str, event: Event) -> bool:
    """Whether a demand is the party's own words in a quote, its subject the first person
    right before the verb ("kami juga meminta", "kita menuntut"): a speaker who has just
    addressed a demand goes on with the same addressee in mind. A third-person "Dia juga
    mendesak agar anggaran dicairkan" may ask anyone."""
    src = event.sources[0]
    if src.trigger_start is None:
        return False
    words = WORDS.findall(article_text[src.start : src.trigger_start].lower())
    while words and words[-1] in ASPECT:
        words.pop()
    return bool(words) and words[-1] in FIRST_PERSON


def continued_demands(article_text: str, coded: Coded) -> None:
    """A demand naming no addressee, in the party's own words ("Kami juga meminta agar
    ...", "Kami mohon sidang dipercepat"), is to the addressee of the demands the same
    party made before it, the last in its sentence or the ``DEMAND_REACH`` sentences
    before: "Andi meminta hakim menunda sidang. ... 'Kami mohon bisa dipercepat,' kata
    Andi" asks the judge. None when the party's earlier demands went to different
    addressees (which one it continues is unsure)."""
    for index, event, entry in coded:
        if event.event != "REQUEST" or event.recipient or not event.actor or "sym" in entry.args:
            continue
        if not continuing_demand(article_text, event):
            continue
        actors = set(names(event.actor))
        start = event.sources[0].trigger_start or 0
        earlier = [
            (k, other) for k, other, _ in coded
            if other.event == "REQUEST" and other.recipient and set(names(other.actor)) == actors
            and (k < index or (k == index and (other.sources[0].trigger_end or 0) <= start))
        ]  # fmt: skip
        addressees = {frozenset(names(other.recipient)) for _, other in earlier}
        if len(addressees) != 1 or actors & next(iter(addressees)):
            continue
        k, last = earlier[-1]
        if index - k <= DEMAND_REACH:
            take_recipient(event, last.recipient, "of the demand it continues")


DEMAND_LEADS = MODALITY_WORDS["demandlead"]
"""Words between a demand's verb and its addressee ("meminta kepada", "mengimbau agar")."""
GROUP_MODIFIERS = 3  # words a group addressee may carry ("operator jalan tol")
CONDITIONS = MODALITY_WORDS["condition"]
"""Words opening a condition after an addressee ("memohon kepada media apabila ...")."""


def group_phrase(words: list[re.Match[str]], k: int, heads: set[str], stops: frozenset[str]) -> int:
    """The end of the group noun phrase at ``k`` (a quantifier, a head from ``heads``, up
    to ``GROUP_MODIFIERS`` words closed by a verb, an adverb or a stop word), or ``k``."""
    at = k + (k < len(words) and words[k].group().lower() in GROUP_WORDS)
    if at >= len(words) or words[at].group().lower() not in heads:
        return k
    end = at + 1
    while end < len(words) and end - at <= GROUP_MODIFIERS:
        word = words[end].group()
        if not word.isalpha() or word.lower() in stops or word.startswith(VERB_PREFIXES):
            break  # a capitalised word is a name in the phrase: "komunitas Internasional"
        end += 1
    return end


def addressed_group(
    article_text: str, event: Event, heads: set[str], joined: set[str], stops: frozenset[str]
) -> list[EntityRef]:
    """The group nouns a demand's verb addresses, right after the verb (its leads aside)
    and joined by "dan"/"serta", the ones after the first from ``heads`` or ``joined``
    (any one-word actor noun): "meminta para pemilik tambang menertibkan ..." -> "para
    pemilik tambang"; "meminta peserta dan pemilih untuk ..." -> both; "berpesan agar
    seluruh pegawai DKI Jakarta dan warga ..." -> both."""
    src = event.sources[0]
    if src.trigger_end is None:
        return []
    words = list(WORDS.finditer(article_text, src.trigger_end, src.end))[:16]
    k = 0
    while k < len(words) and words[k].group().lower() in DEMAND_LEADS:
        k += 1
    found: list[EntityRef] = []
    while (end := group_phrase(words, k, heads if not found else heads | joined, stops)) > k:
        lead = k + (words[k].group().lower() in GROUP_WORDS - {"para"})
        a, b = words[lead].start(), words[end - 1].end()  # "seluruh warga" names "warga"
        text = article_text[a:b]
        found.append(EntityRef(None, text, text, "group", None, "CVL", None, a, b))
        if end + 1 >= len(words) or words[end].group().lower() not in PHRASE_JOINERS:
            break
        k = end + 1
    return found


def covered(ref: EntityRef, spans: list[EntityRef]) -> bool:
    """Whether a party lies inside one of ``spans`` ("warga" of "pegawai dan warga")."""
    return any(
        s.start is not None and s.end is not None and ref.start is not None and ref.end is not None
        and s.start <= ref.start and ref.end <= s.end
        for s in spans
    )  # fmt: skip


def addressed_groups(
    article_text: str,
    coded: Coded,
    heads: set[str],
    adverbs: set[str],
    nouns: Collection[tuple[str, ...]],
) -> None:
    """A demand in the active voice is addressed to the group noun right after its verb
    when that noun is one the actor lexicon leaves out because it never acts in the news
    on its own ("publik", "pemilik", "pengguna"): "FPI meminta publik tidak terlalu cepat
    menyimpulkan" asks the public; "meminta para pengelola pasar menertibkan pedagang"
    asks the managers, not the traders the clause names after them."""
    stops = NP_STOP | NOT_MODIFIERS | CONDITIONS | ASPECT | frozenset(adverbs)
    joined = {key[0] for key in nouns if len(key) == 1}
    for _, event, entry in coded:
        if event.event != "REQUEST" or not event.actor or entry.voice != "act":
            continue
        found = addressed_group(article_text, event, heads, joined, stops)
        end = max((r.end or 0 for r in found), default=0)
        if found and all(
            (r.start or 0) >= end or (covered(r, found) and r.actor_id is None)
            for r in event.recipient
        ):  # "meminta publik dan DPR", "pegawai Ditjen Pajak": the named body stays
            take_recipient(event, found, "the group addressed")


LIST_REACH = 2  # sentences after a counted group its members may still be listed in
MAX_LISTED = 12  # the largest group whose members are matched one by one
LISTED_NAME = re.compile(
    r"\s*(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})(?:\s*\([^)]{1,30}\))?"
    r"(?P<sep>\s*[,;]\s*(?:dan\s+|serta\s+)?|\s+dan\s+|\s+serta\s+)?"
)
"""One name of a list ("JAS (32), " / "Budi Santoso dan "), with the separator after it."""


def counted_size(ref: EntityRef) -> int:
    """The number of people a counted group names ("8 orang", "tiga tersangka"), or 0."""
    words = ref.entity_text.lower().split()
    if ref.actor_id is not None or len(words) < 2:
        return 0
    size = int(words[0]) if words[0].isdigit() else NUMBERS.get(words[0], 0)
    return size if 2 <= size <= MAX_LISTED else 0


def name_list(text: str, at: int, end: int) -> list[tuple[int, int]]:
    """The spans of the names listed from ``at``, the list closed before a word that is no
    name (a list running on into descriptions, "A, Direktur PT X; B, pegawai", is none)."""
    spans: list[tuple[int, int]] = []
    while at < end and (m := LISTED_NAME.match(text, at, end)):
        a, b = m.span("name")
        if m.group("sep") is None:
            spans.append((a, b - (text[b - 1] == ".")))  # the full stop ends the sentence
            rest = text[m.end() : end].strip()
            return spans if not rest or not rest[0].isalnum() else []
        spans.append((a, b))
        at = m.end()
    return []


def listed_after(
    text: str, start: int, end: int, cue: re.Pattern[str], size: int
) -> list[tuple[int, int]]:
    """The first list of exactly ``size`` names after a list cue in ``text[start:end]``."""
    for m in cue.finditer(text, start, end):
        spans = name_list(text, m.end(), end)
        if spans:
            return spans if len(spans) == size else []
    return []


COUNTED_SUSPECTS = re.compile(
    r"\b(?:\d+|" + NUMBER_WORDS + r")\s+(?:orang\s+)?tersangka(?:\s+(?:baru|lain|lainnya))?\b",
    re.IGNORECASE,
)
"""Suspects counted in a charge's own words: "21 tersangka", "lima tersangka baru"."""


def counted_suspects(article_text: str, coded: Coded) -> None:
    """A charge naming no one whose matched words count the suspects ("KPK menetapkan
    lima tersangka baru", the count inside the pattern "menetapkan ... tersangka") is
    against that counted group; ``listed_members`` may then name its members."""
    for _, event, _ in coded:
        src = event.sources[0]
        if event.event != "ACCUSE" or event.recipient or src.trigger_start is None:
            continue
        end = src.trigger_end or src.trigger_start
        m = COUNTED_SUSPECTS.search(article_text, src.trigger_start, min(src.end, end + 12))
        if m is not None and m.start() < end:
            a, b = m.span()
            text = article_text[a:b]
            take_recipient(
                event, [EntityRef(None, text, text, "group", None, "CRM", None, a, b)],
                "counted in the charge",
            )  # fmt: skip


ITEM_GAP = 300  # characters an item of a numbered list may run on before the next number
NUMBERED_REACH = 3  # sentences after a counted group its numbered list may begin in
BRACKETED_NAME = re.compile(r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s*\(")
"""A name followed by its initials or an alias in brackets: "Nopriansyah (NOP)"."""


def numbered_list(
    text: str, people: list[Mention], start: int, end: int, size: int
) -> list[tuple[int, int]]:
    """The names of a numbered list ("1. Joseph Sulistijo Direktur PT X 2. Rully ...") of
    exactly ``size`` items whose "1." falls in ``text[start:end]``: each item opens with
    a person mention right after its number; a number past ``size`` after the last one
    means the list is another. The numbers may be glued to the item before ("Speed2.")."""
    first = re.compile(r"(?:^|(?<=[\s:]))1\.\s*")
    m = first.search(text, start, end)
    spans: list[tuple[int, int]] = []
    at = m.end() if m else -1
    for number in range(1, size + 1):
        if at < 0:
            return []
        person = next(((p.start, p.end) for p in people if at <= p.start <= at + 2), None)
        if person is None and (bare := BRACKETED_NAME.match(text, at)):
            person = bare.span("name")  # "Nopriansyah (NOP)": a name the recogniser missed
        if person is None:
            return []
        spans.append(person)
        if number < size:
            nxt = re.compile(rf"{number + 1}\.(?!\d)\s*").search(
                text, person[1], person[1] + ITEM_GAP
            )  # not the "2." of "Rp2.500"; glued to a year, "20223. Paulus", it is
            at = nxt.end() if nxt else -1
    tail = text[spans[-1][1] : spans[-1][1] + ITEM_GAP]
    return [] if re.search(rf"{size + 1}\.\s", tail) else spans


MEMBER_KINDS = frozenset({"organization", "country"})  # of "tiga perusahaan", "dua negara"


def member_ref(text: str, a: int, b: int, group: EntityRef, named: Mention | None) -> EntityRef:
    """A member listed for a counted group, ``text[a:b]``: of the kind and sector the
    counted noun gives ("tiga perusahaan": firms, "dua partai": parties, "empat
    kementerian": ministries), else a person ("tiga tersangka": the recogniser's ORG for
    suspects' initials, "RAR", is no firm); the recogniser's country and sector when its
    label agrees."""
    etype = group.type if group.type in MEMBER_KINDS else "person"
    sector = group.sector if etype in MEMBER_KINDS else None
    country = None
    if named is not None and TYPE_OF_LABEL.get(named.label) == etype:
        sector, country = named.sector or sector, named.country
    return EntityRef(None, text[a:b], text[a:b], etype, country, sector, None, a, b)


def list_cue(cues: Collection[tuple[str, ...]]) -> re.Pattern[str] | None:
    """The words that open a list of names ("berinisial", "yakni", "antara lain": the
    ``listcue`` phrases) as one pattern, longest first; None when there are none."""
    if not cues:
        return None
    words = sorted((" ".join(c) for c in cues), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b\s*:?", re.IGNORECASE)


def listed_members(
    article: Article, coded: Coded, sentences: list[tuple[int, int]], cue: re.Pattern[str] | None
) -> None:
    """A counted group among an event's recipients is the people the text names for it
    right after it, in its own sentence or the ``LIST_REACH`` after it, when a list cue
    ("berinisial", "yakni", "adalah") opens exactly that many names, or a numbered list
    of that many people begins there: "Kejari menetapkan 8 orang sebagai tersangka. Para
    tersangka berinisial A, B, ..." charges those eight."""
    if cue is None:
        return
    text = article.text
    people: list[Mention] | None = None
    by_span: dict[tuple[int, int], Mention] | None = None
    for index, event, _ in coded:
        sizes = [counted_size(r) for r in event.recipient]
        if not any(sizes):
            continue
        for k, (ref, size) in enumerate(zip(event.recipient, sizes, strict=True)):
            if not size or ref.end is None:
                continue
            spans = [(ref.end, sentences[index][1])] + sentences[index + 1 : index + 1 + LIST_REACH]
            found: list[tuple[int, int]] = []
            for start, end in spans:
                found = listed_after(text, start, end, cue, size)
                if found:
                    break
            if not found:
                if people is None:
                    people = sorted(
                        (m for m in article.mentions if m.label == "PER"), key=lambda m: m.start
                    )
                reach = sentences[min(index + NUMBERED_REACH, len(sentences) - 1)][1]
                found = numbered_list(text, people, ref.end, reach, size)
            if found:
                if by_span is None:
                    by_span = {(m.start, m.end): m for m in article.mentions}
                named = [member_ref(text, a, b, ref, by_span.get((a, b))) for a, b in found]
                take_recipient(
                    event, event.recipient[:k] + named + event.recipient[k + 1 :], "listed by name"
                )
            break


RECALL_REACH = 2  # sentences before a group referred back its members may be listed in
MEMBER_NOUN_SETS = (EVENT_WORDS["suspect_noun"], EVENT_WORDS["officer_noun"])
"""Nouns one group of people is called by in turn ("pelaku" / "tersangka")."""
GROUP_PRONOUNS = EVENT_WORDS["group_pronoun"]
LIST_NOUN_REACH = 6  # words before a list cue its group's noun may stand
# ("tiga tersangka kasus itu, masing-masing berinisial ...")


def same_group_nouns(noun: str) -> frozenset[str]:
    """The nouns the group called ``noun`` may be called by: its set of
    ``MEMBER_NOUN_SETS``, else the noun alone, and the pronouns of a group told before
    ("Mereka masing-masing berinisial ...")."""
    return next((s for s in MEMBER_NOUN_SETS if noun in s), frozenset({noun})) | GROUP_PRONOUNS


def recalled_at(text: str, ref: EntityRef, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """Where a group recipient stands in its event's sentence, and how many people it
    names there: the collective count before it ("kedua personel", "keempat tersangka"),
    -1 for a quantifier ("seluruh tersangka", "para pelaku": all of them, however many);
    None when it is not referred back so. The ref may point at the group's first mention
    in an earlier sentence ("Dua personel ..."), so its words are sought in this one."""
    if ref.type != "group" or not ref.entity_text.strip():
        return None
    words = re.escape(ref.entity_text.strip())
    hit = re.compile(rf"\b(?P<lead>[\w-]+)\s+{words}\b", re.IGNORECASE).search(text, *sentence)
    if hit is None:
        return None
    lead = hit.group("lead").lower()
    if lead in ORDINALS:
        return hit.start(), ORDINALS[lead]
    return (hit.start(), -1) if lead in GROUP_WORDS - {"setiap"} else None


def lists_group(text: str, cue_start: int, sentence_start: int, nouns: frozenset[str]) -> bool:
    """Whether a list cue lists the group called by ``nouns``: one of them stands in the
    ``LIST_NOUN_REACH`` words before it in its sentence ("Para tersangka berinisial",
    "kedua personel itu, yakni"); "Korban bernama", "Saksi ... adalah" list others."""
    before = re.findall(r"[\w-]+", text[sentence_start:cue_start].lower())[-LIST_NOUN_REACH:]
    return any(w.removesuffix("nya") in nouns for w in before)


def counted_before(text: str, start: int, end: int, nouns: frozenset[str]) -> int | None:
    """How many the group called by ``nouns`` was last counted as in ``text[start:end]``
    ("menahan tiga tersangka"), None when it is not counted there."""
    alternatives = "|".join(sorted(nouns))
    counts = list(
        re.finditer(
            rf"\b(?P<n>\d+|{NUMBER_WORDS})\s+(?:orang\s+)?(?:{alternatives})\b",
            text[start:end],
            re.IGNORECASE,
        )
    )
    if not counts:
        return None
    last = counts[-1]
    n = last.group("n").lower()
    return int(n) if n.isdigit() else NUMBERS[n]


def recalled_members(
    article: Article, coded: Coded, sentences: list[tuple[int, int]], cue: re.Pattern[str] | None
) -> None:
    """A group recipient referred back by a collective count or quantifier ("Kedua
    personel tersebut masih diperiksa", "Seluruh tersangka telah diperiksa") is the
    people a list cue named for that group, by its noun or one it is called by in turn
    (``MEMBER_NOUN_SETS``), in the ``RECALL_REACH`` sentences before or its own sentence
    before it ("kedua personel itu, yakni Bripda A dan Bripda B"): the last such list, of
    exactly the count (of two or more names for a quantifier, and as many as the group
    was last counted there); none when there is no such list. A list of victims,
    witnesses or guests is never the group recalled. The forward case is
    ``listed_members``."""
    if cue is None:
        return
    text = article.text
    for index, event, _ in coded:
        for k, ref in enumerate(event.recipient):
            recalled = recalled_at(text, ref, sentences[index])
            if recalled is None:
                continue
            at, size = recalled
            nouns = same_group_nouns(ref.entity_text.strip().lower().split()[-1])
            before = sentences[max(0, index - RECALL_REACH) : index]
            spans = before + [(sentences[index][0], at)]
            lists = [
                found for start, end in spans for m in cue.finditer(text, start, end)
                if lists_group(text, m.start(), start, nouns)
                and (found := name_list(text, m.end(), end))
            ]  # fmt: skip
            if size < 0 and lists:
                size = counted_before(text, spans[0][0], at, nouns) or -1
            if not lists or not (len(lists[-1]) == size if size > 0 else len(lists[-1]) >= 2):
                continue
            named = [member_ref(text, a, b, ref, None) for a, b in lists[-1]]
            if set(names(named)) & set(names(event.actor)):
                continue
            take_recipient(
                event, event.recipient[:k] + named + event.recipient[k + 1 :], "listed before"
            )
            break


def full_names(article: Article) -> dict[str, list[Mention]]:
    """The people the article names with two words or more, by their first and by their
    last word: "Purbaya Yudhi Sadewa" under "Purbaya" and "Sadewa" (the longest mention
    of each cluster)."""
    longest: dict[int, Mention] = {}
    for m in article.mentions:
        if m.label != "PER" or m.cluster is None or len(m.text.split()) < 2:
            continue
        if m.cluster not in longest or len(m.text) > len(longest[m.cluster].text):
            longest[m.cluster] = m
    out: dict[str, list[Mention]] = {}
    for m in longest.values():
        words = m.text.split()
        for word in {words[0], words[-1]}:
            out.setdefault(word, []).append(m)
    return out


def bare_names(
    article: Article, coded: Coded, nouns: Collection[tuple[str, ...]], given: set[str]
) -> None:
    """A party named by one capitalised word that no mention links ("dukungannya terhadap
    keputusan Purbaya") is the person the article names in full with that first name or
    surname before it, when exactly one person is ("Menteri Keuangan Purbaya Yudhi
    Sadewa ..."); two people sharing the word leave it as it is, and so do a given name
    many people share ("Muhammad": ``givenname`` rows) and an actor noun opening a
    sentence ("Polisi")."""
    index: dict[str, list[Mention]] | None = None
    for _, event, _ in coded:
        for parties in (event.actor, event.recipient):
            for k, ref in enumerate(parties):
                word = ref.entity_text
                if ref.actor_id is not None or ref.start is None or " " in word:
                    continue
                if not (word.isalpha() and word[0].isupper() and word[1:].islower()):
                    continue
                if (word.lower(),) in nouns or word.lower() in given:
                    continue
                index = full_names(article) if index is None else index
                people = [m for m in index.get(word, []) if m.start < ref.start]
                if len(people) == 1 and people[0].text != word:
                    full = people[0]
                    parties[k] = EntityRef(
                        full.actor_id, word, full.text, "person", full.country, full.sector,
                        ref.office, ref.start, ref.end,
                    )  # fmt: skip


def protest_targets(coded: Coded) -> None:
    """A protest naming no target in an article whose protests all target one party
    (places apart: "membakar ban menuju ke Flyover") targets it too: "Massa aksi turun ke
    jalan memperingati setahun pemerintahan X" then "sejumlah mahasiswa turun ke jalan
    menyalurkan aspirasinya" protests X. None when the article's protests target several
    parties (which one a bare protest joins is unsure)."""
    addressed = [
        event for _, event, _ in coded
        if event.event == "PROTEST" and event.recipient
        and all(r.type != "location" for r in event.recipient)
    ]  # fmt: skip
    targets = {frozenset(names(event.recipient)) for event in addressed}
    if len(targets) != 1:
        return
    target = next(iter(targets))
    for _, event, _ in coded:
        bare = event.event == "PROTEST" and not event.recipient
        if bare and not target & set(names(event.actor)):
            take_recipient(event, addressed[0].recipient, "of the article's protests")


def cluster_party_ref(mention: Mention, by_cluster: dict[int, Mention]) -> EntityRef:
    """The party a mention names, by its cluster's first naming mention."""
    head = by_cluster.get(mention.cluster) if mention.cluster is not None else None
    name = mention.name or (head.name or head.text if head is not None else mention.text)
    return EntityRef(
        mention.actor_id or (head.actor_id if head is not None else None), mention.text, name,
        TYPE_OF_LABEL.get(mention.label, "unknown"), mention.country, mention.sector,
        mention.office, mention.start, mention.end,
    )  # fmt: skip


def phrase_after(words: list[str], at: int, heads: set[str]) -> str:
    """The headline's words after ``at`` up to a stop word, a comma or another head."""
    phrase: list[str] = []
    for word in words[at + 1 :]:
        if word in HEADLINE_STOPS or word in heads:
            break
        phrase.append(word)
    return " ".join(phrase)


def headline_party(
    title: str, parties: list[EntityRef], protest_words: set[str], demo_words: set[str]
) -> list[EntityRef]:
    """The one party of ``parties`` the headline names as a protest's target: right after
    a protest verb, before "di"/"ke" or a comma ("Demo 'No Kings' Protes Kebijakan Trump di
    AS": Trump), written as in the text or by one of a person's names; or the political
    body whose office a demonstration is held at ("Demo di Gedung DPRD Jatim"; not "Demo
    Mahasiswa Depan Kampus X"). Empty when none
    or several."""
    words = [w.lower() for w in WORDS.findall(title)]
    heads = protest_words | demo_words
    said = " | ".join(
        phrase_after(words, i, heads) for i, w in enumerate(words) if w in protest_words
    )
    at = " | ".join(
        phrase_after(words, j, heads)
        for i, w in enumerate(words) if w in demo_words
        for j in range(i + 1, min(i + 6, len(words)))
        if words[j] in ("di", "ke", "depan") and "," not in words[i:j]
    )  # fmt: skip
    found: dict[str, EntityRef] = {}
    for ref in parties:
        forms = {ref.entity_text.lower(), ref.entity_name.lower()} - {""}
        if ref.type == "person":  # "Trump", "Anies": one of the person's names
            forms.update(w for w in ref.entity_name.lower().split() if len(w) > 2)
        named = any(f" {f} " in f" {said} " for f in forms)
        housed = ref.sector in POLITICAL_SECTORS and any(f" {f} " in f" {at} " for f in forms)
        if ref.type != "location" and (named or housed):
            found.setdefault(ref.entity_name, ref)
    return list(found.values()) if len(found) == 1 else []


def headline_protest_target(
    article: Article,
    coded: Coded,
    by_cluster: dict[int, Mention],
    protest_words: set[str],
    demo_words: set[str],
) -> None:
    """A protest still naming no target is aimed at the party the headline protests
    ("Ribuan Warga Geruduk Kantor Bupati, Protes Bupati Sleman": a bare "massa berunjuk
    rasa" in the body protests the Bupati): a party of the article's events, else one its
    people or organisations are named as, matched once per article."""
    bare = [e for _, e, _ in coded if e.event == "PROTEST" and not e.recipient]
    if not article.title or not bare:
        return
    parties = [r for _, e, _ in coded for r in e.actor + e.recipient]
    party = headline_party(article.title, parties, protest_words, demo_words)
    if not party:
        named = [m for m in article.mentions if m.label in ("PER", "ORG")]
        parties = [cluster_party_ref(m, by_cluster) for m in named]
        party = headline_party(article.title, parties, protest_words, demo_words)
    for event in bare:
        if party and party[0].entity_name not in names(event.actor):
            take_recipient(event, party, "the headline protests")


OWNER_TYPES = frozenset({"person", "country", "group"})
"""Actors that own the people of a role noun in "-nya" ("pendukungnya", "warganya"); a
body's own staff ("penyidiknya") stands for the body itself, not a group of it."""
OWNED_GAP = 2  # words between the verb and the owned group ("meminta maaf kepada warganya")
OWNED_LEADS = GROUP_WORDS - {"setiap"}
OWNED_NAMED_AFTER = MODALITY_WORDS["ownednamedafter"]  # "pendukungnya
# dari Partai Republik", "partainya, Kongres Nasional Afrika": the text names the group
# itself; "warganya yang menjadi tahanan ...": some of them, whom the story may name
ONE_RELATIVE = description_words_of("kin", "kintitle")
"""Nouns of one relative (``data/described_people.tsv`` kin and kintitle rows): "anaknya",
"ibunya" is a person the story may name, never a group of the owner."""


def one_relative(words: Sequence[str]) -> bool:
    """Whether a party's lower-cased words are one relative in "-nya" ("anaknya",
    "istrinya"): a person the story may name, never a group of the owner."""
    return len(words) == 1 and words[0].endswith("nya") and words[0][:-3] in ONE_RELATIVE


def owned_role(ref: EntityRef, actors: Collection[tuple[str, ...]]) -> tuple[str, ...]:
    """The role noun of a party written as the role plus "-nya" ("anak buahnya",
    "para pendukungnya", "jemaah pengajiannya"), an actor noun or one it opens: ("anak",
    "buah"); () when the party is anything else, or one relative ("anaknya", "istrinya":
    a person the story may name, not a group)."""
    if ref.actor_id is not None or ref.entity_name != ref.entity_text:
        return ()
    words = ref.entity_text.lower().split()
    while len(words) > 1 and words[0] in OWNED_LEADS:
        words.pop(0)
    if not words or len(words[-1]) <= 5 or not words[-1].endswith("nya"):
        return ()
    if one_relative(words):
        return ()
    role = (*words[:-1], words[-1][:-3])
    return role if any(role[:n] in actors for n in range(1, len(role) + 1)) else ()


def owned_groups(article_text: str, coded: Coded, actors: Collection[tuple[str, ...]]) -> None:
    """A recipient written as a role noun in "-nya" right after the verb of a single
    actor ("Prabowo meminta anak buahnya ...", "Kanada meminta maaf kepada warganya")
    is that actor's people, a described group named by its owner ("anak buah Prabowo
    Subianto"), never the bare word with its pronoun. Not when the text names the group
    right after it, nor when other words stand between the verb and it (the "-nya" may
    then own for another noun: "meminta sekolah ... kepada siswanya")."""
    for _, event, _ in coded:
        if len(event.recipient) != 1 or len(event.actor) != 1:
            continue
        ref, holder = event.recipient[0], event.actor[0]
        role = owned_role(ref, actors)
        src = event.sources[0]
        if not role or holder.type not in OWNER_TYPES or ref.start is None or ref.end is None:
            continue
        if src.trigger_start is None or src.trigger_end is None or ref.start < src.trigger_start:
            continue
        gap = WORDS.findall(article_text[src.trigger_end : ref.start])
        if len(gap) > OWNED_GAP or not all(w.isalpha() and w.islower() for w in gap):
            continue
        after = WORDS.findall(article_text[ref.end : ref.end + 40])
        if after and (after[0].lower() in OWNED_NAMED_AFTER or after[0][0].isupper()):
            continue
        described = f"{' '.join(role)} {holder.entity_name}"
        take_recipient(event, [replace(ref, entity_name=described)], "owned by the actor")


VICTIM_PREPS = MODALITY_WORDS["victimprep"]
ATTACKER_GAP = 4  # words between the attack noun and its victim ("serangan Israel terhadap")


def victim_offset(article_text: str, event: Event, anaphors: dict[tuple[str, ...], str]) -> int:
    """Where the victim of a condemned attack is named ("mengutuk serangan terhadap
    pasukan keamanan"): the offset after the preposition, or -1 when the object of the
    condemnation is no attack on someone."""
    src = event.sources[0]
    if src.trigger_end is None:
        return -1
    found = list(WORDS.finditer(article_text, src.trigger_end, src.end))
    words = [m.group().lower() for m in found]
    for k in range(min(REACTION_GAP + 1, len(words))):
        for kind, n in act_nouns_at(words, k, anaphors):
            if kind != "ASSAULT":
                continue
            for p in range(k + n, min(len(words), k + n + ATTACKER_GAP + 1)):
                if words[p] in VICTIM_PREPS:
                    return found[p].end()
                if not words[p].isalnum():
                    break
        if not words[k].isalpha():
            break
    return -1


def condemned_attackers(
    article_text: str, coded: Coded, anaphors: dict[tuple[str, ...], str]
) -> None:
    """Condemning an attack on someone ("mengutuk serangan terhadap X") accuses the
    attacker, not the victim X: the condemnation's recipient is the one party the article
    shows attacking (its uncounted doers), else no one, as the guideline codes no party
    the text does not name."""
    all_doers = {
        frozenset(names(other.actor))
        for _, other, _ in coded
        if other.event == "ASSAULT"
        and other.actor
        and not any(r.entity_name[:1].isdigit() for r in other.actor)
    }  # the article's attackers, read once: no condemnation changes an actor
    actors = [(frozenset(names(other.actor)), other.actor) for _, other, _ in coded]
    for _, event, _ in coded:
        if event.event != "ACCUSE" or "disapprove" not in event.mode or not event.recipient:
            continue
        at = victim_offset(article_text, event, anaphors)
        if at < 0 or any(r.start is None or r.start < at for r in event.recipient):
            continue
        victims = set(names(event.recipient)) | set(names(event.actor))
        doers = {d for d in all_doers if not d & victims}
        attackers = next((actor for named, actor in actors if named in doers), [])
        take_recipient(event, list(attackers) if len(doers) == 1 else [], "the attacker condemned")
