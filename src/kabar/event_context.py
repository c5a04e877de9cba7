"""Event arguments the clause leaves implicit, taken from the article around it.

The clause rules of ``kabar.event_args`` find the arguments a sentence states. Some
recipients are stated only by reference, and the article says who they are:

- a denial of "tuduhan tersebut" / "anggapan itu" answers the most recent other party
  that accused or claimed something; a denial of "laporan tersebut" answers the most
  recent reporter ("menurut Reuters", "media X melaporkan");
- a denial of a clause ("membantah pernah menerima uang dari X") answers whoever made
  the claim, never a name inside the denied clause;
- an actor's further act ("X juga mengancam ...") naming no target is aimed at the
  party his act just before was aimed at;
- "jajarannya", "anak buahnya", "bawahannya": the speaker's own organisation, the
  organisation named in the article with the actor's sector (a police chief's Polri);
- a visit to a city or a building ("bertolak ke Washington", "tiba di Lanud Halim
  Perdanakusuma") is hosted by the country it is in, as the article names it; a return
  home hosts nobody;
- an attack on or seizure of a city ("merebut Kyiv") targets the country it is in; so
  does aid sent or promised to it ("mengirim bantuan ke Gaza" aids Palestina).

Cue words come from ``predicates.tsv`` (kinds ``accusation``, ``reportnoun``,
``subordinate``); venues from ``venues.tsv``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from collections.abc import Set as AbstractSet
from datetime import date, timedelta

from kabar.dates import iso_day_month, yearless_day
from kabar.event_args import (
    AGENT_FAMILY,
    AMOUNT_OPENERS,
    DEFINITE_REF,
    FORMER,
    HARD_STOP,
    LAWS,
    MEDIATION,
    MEETING,
    PARTY_TYPES,
    PLACE_LABELS,
    PREVERBAL,
    PURPOSE_LINKS,
    SAY,
    TOLD_AGENTLESS,
    VIOLENT,
    Args,
    agent_family,
    amount_word,
    closing_paren,
    housed,
    last_meeting,
    left_arguments,
    lowercase_word,
    mediator_refs,
    mention_ref,
    named_instead,
    names,
    next_sentence,
    opening_party,
    political,
    press,
    questioning,
    quote_speaker,
    ref_of,
    resolve,
    right_arguments,
    speaker_of,
    titled_objects,
)
from kabar.event_clause import (
    CONTRAST,
    NP_STOP,
    VERB_PREFIXES,
    WORD,
    Cand,
    Clause,
    PlaceLookup,
    State,
    Tok,
    earlier_sentences,
    match_phrase,
    past_words,
)
from kabar.event_modality import (
    INNER_OPENERS,
    JOINED,
    MODALITY_WORDS,
    OBLIGATION,
    SEQUENCERS,
    STILL,
    TENSE_ONLY,
)
from kabar.lexicons import PlaceEntry, event_words, offices_of_rank
from kabar.model import (
    HOME,
    Article,
    EntityRef,
    Event,
    Mention,
    Place,
    Precision,
    Sentence,
    TimeExpression,
)
from kabar.nlp import (
    CHIEF_TITLE_COMMAND,
    POLICE_UNITS,
    TITLES_OF_ANY_BODY,
    office_kinds,
    police_chief_title,
)
from kabar.predicates import Entry, Lexicon, venue_in
from kabar.quote_candidates import lexicon as quote_lexicon

BACKGROUND_RULE = "background"  # the date rule of an act told as background, left undated

REPORT_VERBS = frozenset({"melaporkan", "memberitakan", "mewartakan", "melansir"})
REPORT_PASSIVES = frozenset({"dilaporkan", "diberitakan", "dilansir", "dikutip"})
REPORT_WORDS = REPORT_VERBS | REPORT_PASSIVES
CITY_TARGETS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "AID", "AGREE"})
"""Types whose target a city stands for its country: attacks, and aid given or promised."""
TERRITORY_TARGETS = frozenset({"ASSAULT"})
VERBAL = frozenset({"AGREE", "SUPPORT", "REJECT", "ACCUSE", "REQUEST", "THREATEN", "CONCEDE"})
AUTHORITIES = frozenset({"COP", "JUD", "GOV", "MIL"})
HEADS_OF_A_COUNTRY = office_kinds()["countryhead"]
REGIONAL_OFFICES = offices_of_rank("local")
"""A region's offices (governor, regent, mayor): their holders do not speak for the state."""
OUTSIDERS = frozenset({"pengamat", "analis", "peneliti", "akademisi", "ekonom", "pakar", "ahli",
                       "dosen", "aktivis", "kritikus", "oposisi"})  # fmt: skip
"""Descriptions of a speaker who does not speak for the government he talks about."""
PAST = frozenset({"telah", "sudah", "sempat", "pernah", "sebelumnya"})  # "sudah" is "telah"
PAST_PHRASES = frozenset(
    {("selama", "ini"), ("sejak", "awal"), ("sebelum", "ini"), ("masa", "lalu")}
)
CASE_NOUNS = frozenset({"kasus", "perkara", "polemik", "kisruh", "sengketa", "perseteruan"})
ORIGIN_VERBS = frozenset({"bermula", "berawal"})  # "kasus ini bermula saat X menuding Y"
STORY_DAYS = 14
MEMORY = 6


def implicit_arguments(
    state: State, clause: Clause, i: int, j: int, entry: Entry, args: Args
) -> None:
    """Fill the arguments the clause states only by reference from the article around
    it (the trigger spans tokens ``i`` to ``j``)."""
    args.actor = [capital_country(state, r) for r in args.actor]
    if "actor=agentless" in args.how:
        context_agent(state, clause, i, j, entry, args)
    else:
        speaker_actor(state, clause, i, entry, args)
        speaking_body(state, clause, i, entry, args)
        case_officers(state, entry, args)
    if entry.event == "CONSULT":
        mediators(state, clause, j, args)
        if "multilateral" in entry.modes:
            forum_sides(state, clause, j, args)
    # "membantah pernah menerima uang dari X": X is in the denied clause, not answered
    clausal = entry.event == "REJECT" and denied_clause(state.lex, clause, i, j)
    if clausal:
        args.recipient = []
    implicit_recipients(state, clause, i, j, entry, args)
    answering = not args.recipient and "sym" not in entry.args and not clausal
    if entry.event in ANSWERING and answering:
        act_author(state, clause, i, j, args)
    if entry.event in REFERRING and answering:
        by_act = "summoned" not in entry.args
        referred_owner(state, clause, i, j, args, by_act=by_act, passive=entry.voice == "pas")
    if entry.event in TERRITORY_TARGETS:
        territory_target(state, clause, i, j, args)
    if entry.event == "PROTEST" and not args.recipient:
        protest_target(state, clause, j, args)
    if entry.event == "PROTEST" and not args.recipient:
        protested_owner(state, clause, j, args)
    if entry.event == "THREATEN" and not args.recipient and "sym" not in entry.args:
        threatened_party(state, clause, j, args)
    if entry.event in CONTINUED and not args.recipient and "sym" not in entry.args:
        continued_target(state, clause, i, args)
    if entry.event in MEETING_ACTS and not args.recipient and "sym" not in entry.args:
        met_partner(state, clause, i, args)
    if "goods" in entry.args and not args.recipient:
        seized_from_suspect(state, args)  # before a repeat: a raid's target, or the suspect
    if entry.event in REPEATED and not args.recipient and "sym" not in entry.args:
        repeated_target(state, clause, i, j, args, entry.event)
    if "summoned" in entry.args and "actor=pron" in args.how:
        summoned_not_speaker(state, clause, i, args)
    if agent_family(entry) == "law" and entry.voice == "pas":
        arrested_not_speaker(state, clause, i, args)
    if "summoned" in entry.args and not args.recipient:
        summoning_party(state, args)
    if entry.event in COUNTERPART and not args.recipient and "sym" not in entry.args:
        sole_counterpart(state, clause, j, args)
    if entry.event in VERBAL and not args.recipient and "sym" not in entry.args:
        fronted_addressee(state, clause, i, args)
    if entry.event == "AGREE":
        pledge_to_authority(state, clause, j, args)
    if "pretrial" in entry.args:
        pretrial_respondent(state, args)


def pretrial_respondent(state: State, args: Args) -> None:
    """A pretrial petition ("praperadilan") that names no police or prosecution body as its
    respondent (only "tersangka" of the naming it contests, the court it is filed at, or no
    one) challenges the police, prosecutor or KPK that named the suspect or held him: the
    body that runs the article's case (``case_authority``), never the court that hears the
    petition, however often the story names it (docs/annotation.md 5: the petitioner brings
    the police command to court)."""
    actors = set(names(args.actor))
    if not actors or any(r.sector in LAW_BODIES and not is_court(r) for r in args.recipient):
        return
    found = [r for r in case_authority(state, actors, courts=False) if r.entity_name not in actors]
    if found or any(map(is_court, args.recipient)):  # "ke PN Medan": where it is filed
        args.recipient = found
        args.how += "; recipient the case's authority"


def pledge_to_authority(state: State, clause: Clause, j: int, args: Args) -> None:
    """A promise to go along with the legal process ("menjamin kliennya akan mengikuti
    proses hukum", "berjanji kooperatif"), with no recipient or only the article's
    offenders: it is made to the body that runs the case (``case_authority``), as the
    gold codes a lawyer's guarantee (lawyer > Bareskrim), not to the client."""
    if any(r.entity_name.lower() not in state.offenders for r in args.recipient):
        return
    words = [t.low for t in clause.toks[j:]]
    process = state.lex.cue("lawprocess")
    if not any(w in process or (w == "hukum" and k and words[k - 1] == "proses")
               for k, w in enumerate(words)):  # fmt: skip
        return
    actors = set(names(args.actor))
    if not actors or any(r.sector in LAW_BODIES for r in args.actor):
        return
    found = [r for r in case_authority(state, actors) if r.entity_name not in actors]
    if found:
        args.recipient = found
        args.how += "; recipient the case's authority"


GENERIC_BODIES = event_words()["generic_body"]
VAGUE_COUNTS = event_words()["vague_count"]
VAGUE_PARTIES = GENERIC_BODIES | {"orang"}
"""Heads of a party named by no kind of its own ("pihak", "sejumlah orang")."""


def unnamed_only(refs: list[EntityRef]) -> bool:
    """Whether a telling's parties are only unnamed ones ("pihak", "para pihak", "sejumlah
    orang": a vague count before a noun of ``VAGUE_PARTIES``), resolved to no one: events
    read such an act as the one told before of the same doer, fusion as the same act as a
    report that names whom it befell."""
    if not refs:
        return False
    for ref in refs:
        words = ref.entity_name.lower().split()
        while len(words) > 1 and words[0] in VAGUE_COUNTS:
            words = words[1:]
        if ref.actor_id is not None or len(words) != 1 or words[0] not in VAGUE_PARTIES:
            return False
    return True


def named_only_by(ref: EntityRef, heads: AbstractSet[str]) -> bool:
    """Whether a party's name is one of ``heads`` with at most vague counts before it
    ("berbagai pihak", "para warga"): it names no one in particular."""
    words = ref.entity_name.lower().split()
    return bool(words) and words[-1] in heads and set(words[:-1]) <= VAGUE_COUNTS


def unnamed_body(ref: EntityRef) -> bool:
    """A party named only by a generic noun ("berkoordinasi dengan berbagai pihak",
    "dengan kementerian terkait", "banyak pihak"): no one in particular was consulted;
    "pihak Bandara" or "Kementerian Luar Negeri" name one."""
    return named_only_by(ref, GENERIC_BODIES)


def fronted_addressee(state: State, clause: Clause, i: int, args: Args) -> None:
    """A party addressed in a "Kepada X," phrase that opens the sentence, before the
    speech act's own clause: "Kepada pihak kampus, kami juga meminta agar ..." asks the
    campus. The press so addressed ("Kepada wartawan, X meminta ...") is only told of the
    act: it is no party to it; nor is anyone at all ("Kepada semua pihak, ...")."""
    group, to = opening_party(clause, i)
    if not to:
        return
    actors = set(names(args.actor))
    found = [r for r in resolve(state, clause, group, None) if r.entity_name not in actors]
    if found and all(placeless(r) and not press(r) and not unnamed_body(r) for r in found):
        args.recipient = found
        args.how += "; recipient addressed before the clause"


COUNTERPART = frozenset({"AGREE", "THREATEN", "CONCEDE"})
"""Types whose target a story between two states leaves unsaid: a state's promise, threat
or concession there is made to the other state."""
COUNTERPART_MENTIONS = 2  # how often the other state is named, at least
COUNTERPART_LEAD = 3  # times as often as any third state


def party_after(clause: Clause, j: int) -> bool:
    """Whether the clause names a party after the trigger, up to a comma or a new clause
    ("mengancam menarik diri dari PBB", "agar jamaah tetap mendapat ..."): the act is
    about that one, not the story's other side."""
    toks = clause.toks
    for k in range(j, len(toks)):
        if (toks[k].low in HARD_STOP and toks[k].low not in PURPOSE_LINKS) or toks[k].low == ",":
            return False  # "... agar jamaah tetap mendapat pelayanan": promised to them
        c = clause.cand_at[k]
        if c is None or c.i != k:
            continue
        if (c.kind == "mention" and c.label not in PLACE_LABELS) or (
            c.kind == "noun" and c.etype in PARTY_TYPES
        ):
            return True
    return False


def sole_counterpart(state: State, clause: Clause, j: int, args: Args) -> None:
    """The one foreign state a story is about, for a promise, threat or concession of a
    state or its official that names no target ("Bishop berjanji akan memburu pelaku" in
    a story of Australia and Indonesia): only when the article names one state other than
    the actor's more than once and far more often than any third, and names it in this
    sentence or the one before (a promise of jobs at home is made to no one abroad)."""
    own = {r.country for r in args.actor}
    if len(own) != 1 or None in own or not all(political(r) for r in args.actor):
        return
    if party_after(clause, j):
        return
    others = Counter(
        m.country
        for m in state.article.mentions
        if m.label == "GPE" and m.country is not None and m.country not in own
    )
    ranked = others.most_common(2)
    if not ranked or ranked[0][1] < COUNTERPART_MENTIONS:
        return
    if len(ranked) > 1 and ranked[0][1] < COUNTERPART_LEAD * ranked[1][1]:
        return  # "Trump ... Jepang, Korea, Indonesia": no one other side
    code = ranked[0][0]
    before = [x for x in state.article.sentences if x.end <= clause.sent.start]
    lo = before[-1].start if before else clause.sent.start
    if not any(
        m.country == code and lo <= m.start < clause.sent.end for m in state.article.mentions
    ):
        return
    ref = country_mention(state, code)
    if ref is not None and ref.type == "country":
        args.recipient = [ref]
        args.how += "; recipient is the story's other state"


ALSO = frozenset({"juga", "pun", "kembali", "lagi"})
OTHER = frozenset({"lain", "lainnya"})
SHARED = frozenset({"CONSULT", "COOPERATE"})  # acts done with a party, not aimed at one
CONTINUED_REACH = 6  # sentences back the actor's earlier act may be
CONTINUED = VERBAL - {"REQUEST"}  # a request turns to whoever must act, often a new party


def continued_target(state: State, clause: Clause, i: int, args: Args) -> None:
    """The party an actor's further act ("juga", "kembali") names none for is the one the
    last act coded, his own, was aimed at: "Trump menetapkan tarif 32% untuk Indonesia.
    ... Trump juga melontarkan ancaman" threatens Indonesia. Another party's act in
    between breaks the thread; only a named state or political body carries over (a
    suspect "tersangka" or a project is no party to a further act)."""
    actors = set(names(args.actor))
    if not actors or not any(t.low in ALSO for t in clause.toks[max(0, i - 3) : i]):
        return
    if not state.acts:
        return
    sentence, kind, _, earlier, targets = state.acts[-1]
    if state.sentence - sentence > CONTINUED_REACH or not actors & set(names(earlier)):
        return
    if kind in SHARED:
        return  # "Andi menemui Setya ... Andi pun menampik ...": whom he met is no target
    if any(t.low in OTHER for t in clause.toks[i : i + 8]):
        return  # "KPK juga menetapkan satu tersangka lain": a new party
    carry_over(args, actors, targets, political, "of the actor's act before")


MEETING_ACTS = frozenset({"REQUEST"})
"""Acts an actor addresses to whom he has just met (a pledge or a support there is often
about matters at home: "bertemu Albanese. Prabowo juga berjanji menurunkan harga beras")."""
MEETING_REACH = 1  # sentences back the meeting may be


def met_partner(state: State, clause: Clause, i: int, args: Args) -> None:
    """A request naming no one, by a party who met another in the sentence just before, is
    addressed to that partner: "Sugiono bertemu Menlu Jepang Takeshi Iwaya. Sugiono meminta
    agar pembahasan ... dipercepat". Only when the actor took part in that meeting and no
    party is named in or after the trigger, nor another addressed before the clause
    ("Kepada Menteri Keuangan, Dedi juga meminta ...": ``fronted_addressee`` gives him)."""
    actors = set(names(args.actor))
    if not actors or party_after(clause, i + 1) or not state.acts:
        return
    sentence, kind, _, doers, targets = state.acts[-1]
    if kind != "CONSULT" or state.sentence - sentence > MEETING_REACH:
        return
    met = [*doers, *targets]
    if not actors & set(names(met)):
        return
    group, to = opening_party(clause, i)
    if to and set(names(resolve(state, clause, group, None))) - set(names(met)):
        return
    carry_over(args, actors, met, placeless, "met just before")


REPEATED = frozenset({"ACCUSE", "COERCE", "SUPPORT", "REJECT", "PROTEST"})
"""Acts an actor aims again at the same party; a request or promise turns to new ones."""
REPEAT_REACH = 10  # sentences back the actor's act of the same kind may be


def repeated_target(state: State, clause: Clause, i: int, j: int, args: Args, kind: str) -> None:
    """An act of the same kind as the latest one of its kind, by the same actor, naming no
    target is aimed where that one was: "Sahara melaporkan Imam ke polisi. ... Sahara
    menempuh jalur hukum" takes Imam to court. Another party's aimed act of the kind in
    between breaks the thread. A party named in or after the trigger ("menetapkan lima
    tersangka baru", "meminta keterangan PPATK"), one besides the last ("Selain RR, Densus
    juga menangkap ...", "KPK juga menyelidiki ... di daerah lain") and a name right after
    it ("menggeledah Kantor RSUD X": the premises) are new targets."""
    actors = set(names(args.actor))
    if not actors or party_after(clause, i + 1) or "selain" in clause.lows[:i]:
        return
    also = any(t.low in ALSO for t in clause.toks[max(0, i - 3) : i])
    if also and any(t.low in OTHER for t in clause.toks[i:]):
        return
    if any(c is not None and c.kind in ("mention", "cap") for c in clause.cand_at[j : j + 3]):
        return
    earlier = next(
        (
            (doers, targets)
            for sentence, done, _, doers, targets in reversed(state.acts)
            if done == kind and targets and state.sentence - sentence <= REPEAT_REACH
        ),
        None,
    )
    if earlier is None or not actors & set(names(earlier[0])):
        return
    carry_over(args, actors, earlier[1], placeless, "of the actor's act of the same kind before")


def carry_over(
    args: Args,
    actors: set[str],
    parties: list[EntityRef],
    fits: Callable[[EntityRef], bool],
    how: str,
) -> None:
    """Make the ``parties`` of an earlier act that ``fits`` passes, the ``actors`` (names of
    ``args.actor``) aside, the recipients of ``args`` and say ``how`` in its rule; nothing
    when none is left."""
    found = [r for r in parties if r.entity_name not in actors and fits(r)]
    if found:
        args.recipient = found
        args.how += f"; recipient {how}"


def placeless(ref: EntityRef) -> bool:
    """A party that is no location: a place is no one an act is aimed at, met or carried
    over to a later act."""
    return ref.type != "location"


SEIZED_REACH = 2  # sentences back a coercion of the same case may be


def seized_from_suspect(state: State, args: Args) -> None:
    """Goods seized with no owner named ("polisi juga mengamankan barang bukti", "KPK
    telah menyita uang USD 1 juta") are taken from the case's suspect: the named person
    or people the article last arrested, charged or showed attacking, unless a coercion
    of the sentences just before names its target: the seizure told again, or the arrest
    it went with; or the seizer's own raid just before names it ("menyerbu kantor X.
    Mereka menyita komputer": X). A search of named premises is not so read: the place is
    its target."""
    actors = set(names(args.actor))
    held = [state.suspect] if state.suspect is not None else list(state.suspects)
    for sentence, kind, _, doers, targets in reversed(state.acts):
        if state.sentence - sentence > SEIZED_REACH:
            break
        if kind == "COERCE" and targets:  # "menyita 72 mobil dari PT X. Penyitaan dilakukan
            held = targets  # di gedung X": the seizure told again; "menangkap Y ... menyita"
            break
        if kind == "ASSAULT" and targets and actors & set(names(doers)):
            held = targets  # "menyerbu kantor X. Mereka menyita komputer": the raided X
            break
    found = [r for r in held if r.entity_name not in actors]
    if found:
        args.recipient = found
        args.how += "; recipient the case's suspect"


def summoned_not_speaker(state: State, clause: Clause, i: int, args: Args) -> None:
    """Who a pronoun that fails a summons stands for when it was read as an official just
    quoted: the person the official spoke about ("KPK memanggil X. Jubir KPK Budi
    mengatakan dirinya mangkir", "..., kata Budi. Namun ia kembali mangkir": X skips it).
    An official does not skip his own body's summons."""
    found = spoken_about(state, clause, i, args.actor, SUMMONS)
    if found:
        args.actor = found
        args.how += "; actor the one summoned, not the official quoted"


def arrested_not_speaker(state: State, clause: Clause, i: int, args: Args) -> None:
    """Who a pronoun arrested, detained or questioned stands for when it was read as an
    official just quoted: the person the official spoke about ("Polres menetapkan X
    tersangka. \"...,\" kata Kapolres Y. Ia ditangkap di ...": X, not the police chief)."""
    if not any(c.kind == "pron" and c.i < i for c in clause.cands):
        return
    found = spoken_about(state, clause, i, args.recipient, LAW_ACTS)
    if found:
        args.recipient = found
        args.how += "; recipient the one the official spoke about"


SUMMONS = frozenset({"REQUEST"})
LAW_ACTS = frozenset({"REQUEST", "COERCE", "ACCUSE"})


def summons_or(kinds: frozenset[str], kind: str, words: tuple[str, ...]) -> bool:
    """Whether an act told (its type ``kind``, its trigger ``words``) is of ``kinds`` or a
    summons ("memanggil", "panggilan")."""
    return kind in kinds or any("panggil" in w for w in words)


def spoken_about(
    state: State, clause: Clause, i: int, refs: list[EntityRef], kinds: frozenset[str]
) -> list[EntityRef]:
    """The person a quoted official spoke about, for a pronoun before ``i`` that was read
    as the official (``refs``): the person named before it in its sentence, else the
    target of the latest act of ``kinds`` (or a summons) in this or the two sentences
    before. Nobody when the official is himself that target ("X mengatakan dirinya tidak
    memenuhi panggilan" after X was summoned)."""
    official = set(names(refs))
    if not official or not official <= recent_speakers(state, clause, i):
        return []
    named = [r for c in person_before_pronoun(clause, i) for r in resolve(state, clause, [c], None)]
    if named and not official & set(names(named)):  # "... terhadap X, dirinya mangkir"
        return named
    for sentence, kind, words, _, targets in reversed(state.acts):
        if state.sentence - sentence > 2:  # the act, the official's quote, the pronoun
            break
        if not summons_or(kinds, kind, words):
            continue
        if official & set(names(targets)):
            return []
        people = [r for r in targets if r.type == "person"]
        if people:
            return people
    return []


def person_before_pronoun(clause: Clause, i: int) -> list[Cand]:
    """The last person or capitalised name before the last pronoun ahead of ``i`` in the
    sentence ("Setnov telah dipanggil ..., namun ia mangkir": Setnov)."""
    pronouns = [c for c in clause.cands if c.kind == "pron" and c.j <= i]
    if not pronouns:
        return []
    people = [c for c in clause.cands if c.j <= pronouns[-1].i and named_person(c)]
    return people[-1:]


CAPS = ("cap", "cap0")


def named_person(c: Cand) -> bool:
    """A person's mention or noun, or a capitalised name of unknown type ("Setnov")."""
    return c.label == "PER" or c.etype == "person" or (c.kind in CAPS and c.etype == "unknown")


def recent_speakers(state: State, clause: Clause, i: int) -> set[str]:
    """Names of the speakers of the quotes whose speaker is named in this sentence or the
    one before it, and of the last speech verb before ``i`` in the sentence."""
    speech = state.lex.cue("speech")
    said = [k for k, t in enumerate(clause.toks[:i]) if t.low in speech]
    spoken = left_arguments(clause, said[-1], None) if said else []
    reporter = set(names(resolve(state, clause, spoken[:1], None)))
    start = clause.sent.start
    before = max((s.start for s in earlier_sentences(state.article, start)), default=start)
    end = clause.sent.end
    quoted = [q for q in state.article.quotes if before <= (q.speaker_end or -1) <= end]
    return reporter | {name for q in quoted for name in names(speaker_of(state, q))}


def summoning_party(state: State, args: Args) -> None:
    """The party that summoned or invited the actor, when his refusal names none: the
    latest summons or request told in the sentence just before and aimed at him ("KPK
    memanggil tiga pejabat. Ketiganya tak memenuhi panggilan tersebut" refuses KPK), else
    the police or prosecution body that runs the article's case (``case_authority``).
    Another act aimed at him (a refusal, a criticism) issued no summons, and only a
    political party summons (a victim's relatives who asked him are no counterpart)."""
    actors = set(names(args.actor))
    if not actors:
        return
    for sentence, kind, words, earlier, targets in reversed(state.acts):
        if state.sentence - sentence > 1:
            break
        summons = summons_or(SUMMONS, kind, words)
        if sentence == state.sentence or not summons or not actors & set(names(targets)):
            continue
        found = [r for r in earlier if r.entity_name not in actors]
        if found and all(map(political, found)):
            args.recipient = found
            args.how += "; recipient summoned the actor just before"
            return
        break
    found = [r for r in case_authority(state, actors) if r.entity_name not in actors]
    if found:
        args.recipient = found
        args.how += "; recipient the case's authority"


REFERRING = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE"})
"""Types whose target may be named only as the owner of an act referred to."""
OWNER_REACH = 1200  # characters before the sentence searched for the act referred to


ANSWERING = frozenset({"REJECT", "SUPPORT", "AGREE", "ACCUSE", "CONCEDE"})
"""Types whose target may be named as the author of the proposal, request or policy they
answer ("menolak permohonan kasasi yang diajukan X", "menolak usulan dari X"), or grant
("mengabulkan permohonan yang diajukan X")."""
AUTHORED = frozenset({"diajukan", "disampaikan", "diusulkan", "ditawarkan", "dikeluarkan",
                      "dilontarkan", "diusung", "digagas", "dilayangkan", "diterbitkan",
                      "dibuat", "diambil", "diberlakukan", "diumumkan", "diluncurkan", "dilakukan",
                      "dilancarkan", "diterapkan", "dijatuhkan", "dituduhkan",
                      "dialamatkan", "diucapkan", "dikemukakan", "dicetuskan",
                      "dideklarasikan"})  # fmt: skip
AUTHOR_REACH = 8
AUTHOR_NOUNS = frozenset({"person", "organization", "group"})  # "yang disampaikan pemerintah"


def act_author(state: State, clause: Clause, i: int, j: int, args: Args) -> None:
    """The author of the thing the event answers, named in a relative clause or a "dari"
    phrase on its noun: "MA menolak permohonan kasasi yang diajukan X", "Hamas menolak
    usulan gencatan senjata dari Israel", "mengkritik kebijakan yang dikeluarkan X", "DPR
    menolak usulan yang disampaikan pemerintah", "menyesalkan ancaman yang diluncurkan
    Korut", "menolak pengerukan yang dilakukan oleh PT X". A law the object names
    ("gugatan uji materi UU Pemilu yang diajukan ...") is what it is about, not a party of
    its own."""
    toks = clause.toks
    actors = set(names(args.actor))
    words = 0
    end = min(len(toks) - 1, j + AUTHOR_REACH)
    k = i
    while k + 1 < end:
        k += 1
        low = toks[k].low
        named = clause.cand_at[k]
        if k >= j and (aside := aside_end(toks, k)) > k:
            end = min(len(toks) - 1, end + aside - k + 1)
            k = aside  # "kenaikan tarif senilai 40 juta dolar (Rp 600 miliar) yang
            continue  # diusulkan X": an amount or a bracket uses up no reach
        if named is not None and k >= j and named.text.split()[0].lower() in LAWS:
            continue
        if low in HARD_STOP or (k >= j and (low == "," or named is not None)):
            return  # the object has a name of its own, or the clause goes on
        if k >= j:
            words += 1
        at = k + 1
        if low == "yang" and toks[at].low in AUTHORED:
            at += 1 + (at + 1 < len(toks) and toks[at + 1].low == "oleh")
        elif not (low == "dari" and k >= j and words <= 4):
            continue
        if at < len(toks) and toks[at].low in FORMER:
            at += 1  # "yang diajukan mantan Gubernur Papua X"
        c = clause.cand_at[at] if at < len(toks) else None
        if c is None or c.i != at or c.label == "LOC":
            return
        if c.kind == "noun" and low == "yang" and c.etype in AUTHOR_NOUNS:
            c = named_instead(clause, c) or c  # "yang diajukan warga bernama Daniel ..."
        elif c.kind not in ("mention", "pron", "cap"):
            return  # "cap": a name the recogniser missed ("yang diajukan Setnov")
        found = [r for r in resolve(state, clause, [c], None) if r.entity_name not in actors]
        if found and placeless(found[0]):
            args.recipient = found
            args.how += "; recipient authored what is answered"
        return


def aside_end(toks: list[Tok], k: int) -> int:
    """The last token of an amount or a short bracketed aside that opens at ``k`` ("senilai
    850 juta", "(Rp 13 triliun)"), or ``k`` when none does."""
    if toks[k].low == "(":
        return closing_paren(toks, k)
    if toks[k].low not in AMOUNT_OPENERS:
        return k
    n = k
    while n + 1 < len(toks) and amount_word(toks[n + 1].low) and toks[n + 1].low not in ",.":
        n += 1  # a comma or full stop after the amount ends the phrase
    return n


def referred_owner(
    state: State, clause: Clause, i: int, j: int, args: Args, *, by_act: bool = True,
    passive: bool = False,
) -> None:  # fmt: skip
    """The party whose act a verbal event refers back to: "berterima kasih atas upaya
    ini" after "upaya berharga Republik Islam Iran" thanks Iran; "membatalkan resolusi
    tersebut" after "Rusia ... mengajukan rancangan resolusi" overturns Russia's. The
    owner is the name right after the noun's last mention, else (``by_act``) the actor
    of the last event whose trigger has the noun. A refused summons ("belum memenuhi
    panggilan itu") is not so read: the last trigger with "panggilan" may be another
    refusal ("X tidak hadir dari panggilan polisi"), whose actor issued no summons; its
    summoner is found by ``summoning_party``. A passive's subject is so read too:
    "Resolusi tersebut ditolak Rusia"."""
    toks = clause.toks
    actors = set(names(args.actor))
    noun = referred_subject(clause, i, None) if passive else ""
    if noun and noun not in VAGUE_REFS:
        found = owner_in_text(state, clause, noun) or (actor_of_act(state, noun) if by_act else [])
        found = [r for r in found if r.entity_name not in actors]
        if found:
            args.recipient = found
            args.how += "; recipient owns the act referred to"
        return
    for k in range(j, min(len(toks), j + 7)):
        low = toks[k].low
        if low in HARD_STOP or low == "," or clause.cand_at[k] is not None:
            return
        if low not in DEFINITE_REF:
            continue
        for n in (k - 1, k - 2):
            word = toks[n].text
            if n <= i or n < j - 1 or not (word.isalpha() and word.islower()) or word in NP_STOP:
                continue  # a noun after the verb: "membatalkan resolusi tersebut"
            found = owner_in_text(state, clause, word) or (
                actor_of_act(state, word) if by_act else []
            )
            found = [r for r in found if r.entity_name not in actors]
            if found:
                args.recipient = found
                args.how += "; recipient owns the act referred to"
                return
        return


def owner_in_text(state: State, clause: Clause, noun: str) -> list[EntityRef]:
    """The name right after the last mention of ``noun`` before this sentence (at most
    two modifiers between: "upaya berharga Republik Islam Iran")."""
    text = state.article.text
    lo = max(0, clause.sent.start - OWNER_REACH)
    hits = list(re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", text[lo : clause.sent.start]))
    if not hits:
        return []
    pos = lo + hits[-1].end()
    for _ in range(3):
        gap = re.match(r"\s+", text[pos:])
        pos += gap.end() if gap else 0
        m = next((x for x in state.article.mentions if x.start == pos), None)
        if m is not None:
            ok = m.label in ("PER", "ORG", "GPE", "NORP")
            return [mention_ref(state, m)] if ok else []
        word = re.match(r"[a-z]+(?![\w-])", text[pos:])
        if word is None or word.group() in NP_STOP:
            return []
        pos += word.end()
    return []


def actor_of_act(state: State, noun: str) -> list[EntityRef]:
    """The actors of the latest event whose trigger has ``noun`` ("rancangan resolusi")."""
    for _, _, words, actors, _ in reversed(state.acts):
        if noun in words:
            return list(actors)
    return []


SITE_WORDS = frozenset({"depan", "sisi", "halaman", "gedung", "kantor", "pusat", "istana", "markas",
                        "kompleks", "sekitar", "luar", "gerbang", "pagar"})  # fmt: skip


def protest_target(state: State, clause: Clause, j: int, args: Args) -> None:
    """A protest at an institution's building targets the institution: "merobohkan pagar
    di sisi gedung DPR", "berunjuk rasa di depan Kantor Kedutaan Besar AS"."""
    toks = clause.toks
    for k in range(j, min(len(toks) - 1, j + 8)):
        if toks[k].low in HARD_STOP or toks[k].low == ",":
            return
        if toks[k].low != "di":
            continue
        n = k + 1
        while n < len(toks) and n - k <= 3 and toks[n].low in SITE_WORDS:
            n += 1
        c = clause.cand_at[n] if n < len(toks) else None
        if n == k + 1 or c is None or c.i != n:
            return  # "di Jakarta": a place, no institution
        c = housed(clause, c)
        if c.kind == "mention" and c.label == "ORG":
            ref = ref_of(state, c)
            if ref.entity_name not in set(names(args.actor)):
                args.recipient = [ref]
                args.how += "; recipient is the institution protested at"
        return


THREAT_REACH = 16  # tokens after a warning where the threatened act's target may stand
THREAT_TARGET = frozenset({"terhadap", "kepada", "bagi"})
THREAT_THROUGH = frozenset({"bahwa", "agar", "supaya"})  # what is threatened follows them


def threatened_party(state: State, clause: Clause, j: int, args: Args) -> None:
    """The target of the act a warning threatens, named later in its clause: "Rusia
    memperingatkan, rudalnya bisa diarahkan terhadap Warsawa" threatens Poland; a party
    or a city's state, after "terhadap/kepada/bagi"."""
    toks = clause.toks
    for k in range(j, min(len(toks) - 1, j + THREAT_REACH)):
        low = toks[k].low
        if low in HARD_STOP and low not in THREAT_THROUGH:
            return
        if low not in THREAT_TARGET:
            continue
        found = resolve(state, clause, right_arguments(clause, k + 1, prep_only=False), None)
        actors = set(names(args.actor))
        found = [country_for_city(state, r, args.actor) for r in found]  # "terhadap Kyiv"
        found = [r for r in found if r.entity_name not in actors]
        if found and all(map(placeless, found)):
            args.recipient = found
            args.how += "; recipient of the act threatened"
        return


PROTEST_REACH = 12  # tokens after the trigger where the protested thing's owner may stand
NOT_OWNER_BEFORE = frozenset({"oleh", "dari", "bersama", "dengan", "di", "ke", "asal", "warga"})


def protested_owner(state: State, clause: Clause, j: int, args: Args) -> None:
    """A protest against a thing of a government, leader or assembly targets its owner:
    "berunjuk rasa menolak kebijakan Presiden X", "turun ke jalan memprotes tunjangan
    anggota DPR", "aksi setahun pemerintahan X". The owner is a political name right
    after a common noun in the clause (not the protesters' company after "bersama")."""
    toks = clause.toks
    for k in range(j, min(len(toks), j + PROTEST_REACH)):
        if toks[k].low in HARD_STOP or toks[k].low == ",":
            return
        c = clause.cand_at[k]
        if c is None or c.i != k or k == 0:
            continue
        before = toks[k - 1]
        owned = (lowercase_word(before) and before.low not in NP_STOP) or titled_noun(clause, k - 1)
        if not owned or before.low in NOT_OWNER_BEFORE:
            continue
        found = resolve(state, clause, right_arguments(clause, k, prep_only=False), None)
        actors = set(names(args.actor))
        if found and set(names(found)) <= actors:
            continue  # "unjuk rasa mahasiswa setahun pemerintahan X": the protesters
        found = [r for r in found if political(r) and r.entity_name not in actors]
        if found:
            args.recipient = found
            args.how += "; recipient owns what is protested"
        return


GOVERNING = frozenset({"pemerintahan", "kepemimpinan", "kepresidenan", "rezim", "kabinet"})
"""Nouns of a term in office, capitalised in an action's title ("aksi 1 Tahun
Kepemimpinan Presiden X"): the name after them is the office holder protested."""


def titled_noun(clause: Clause, k: int) -> bool:
    """A capitalised noun of a term in office, outside any name, in the title of an
    action: "aksi 1 Tahun Kepemimpinan Presiden X" owns the name after it."""
    tok, c = clause.toks[k], clause.cand_at[k]
    bare = c is None or (c.kind == "cap" and c.i == k and c.j == k + 1)
    return k > 0 and bare and tok.text[:1].isupper() and tok.low in GOVERNING


def forum_sides(state: State, clause: Clause, j: int, args: Args) -> None:
    """A forum named for two states ("forum bisnis Indonesia-China") has the state other
    than the attendee's own as a participant (docs/annotation.md, 5)."""
    toks = clause.toks
    for k in range(j, min(len(toks), j + 4)):
        tok = toks[k]
        if tok.low in HARD_STOP or tok.low in (",", "di", "ke", "pada"):
            return
        if "-" not in tok.text:
            continue
        inside = [
            m for m in state.article.mentions
            if tok.start <= m.start and m.end <= tok.end and m.label == "GPE"
        ]  # fmt: skip
        if len(inside) != 2:
            continue
        own = {r.country for r in args.actor if r.country} or {HOME}
        known = set(names(args.actor))
        sides = [mention_ref(state, m) for m in inside if m.country not in own]
        added = [r for r in sides if r.entity_name not in known]
        if added:
            args.actor = args.actor + added
            args.how += "; the forum's other state"
        return


def mediators(state: State, clause: Clause, j: int, args: Args) -> None:
    """Talks "yang dipimpin oleh Qatar, Mesir, dan Amerika Serikat" or "dengan mediasi X"
    have their mediators as participants too (PLOVER 3.4, third-party mediation)."""
    known = set(names(args.actor))
    added = [r for r in mediator_refs(state, clause, j) if r.entity_name not in known]
    if added:
        args.actor = args.actor + added
        args.how += "; mediators"


def speaker_actor(state: State, clause: Clause, i: int, entry: Entry, args: Args) -> None:
    """A state's or government's stance reported by one of its people is that person's
    speech act (docs/annotation.md, 5): "Jokowi mengatakan pemerintah akan memberikan
    bantuan", "Ia menegaskan Indonesia menghormati kedaulatan", "Menurut dia, pemerintah
    akan ...", and in his own quoted words ("\"Indonesia mendukung ...,\" ujar Menlu X").
    Not when a person with no office known tells what the government must do ("Budi
    Santoso mengatakan / Menurut Budi Santoso, pemerintah harus ..."): that is asked of the
    government, no stance of his own, so the actor is left as found; a quote is his only when
    he holds a post of that state (``state_voice``: no party chair, rector or governor) and
    his description names no observer ("kata pengamat X"). A material act told without a
    future cue stays the state's; one to come ("Indonesia akan mengirim ...") is his."""
    toks = clause.toks
    if len(args.actor) != 1:
        return
    ref = args.actor[0]
    cand = next((c for c in clause.cands if c.start <= (ref.start or -1) < c.end), None)
    if cand is None or cand.i >= i or cand.i < 1:
        return
    if entry.event not in VERBAL and not any(
        t.low in state.lex.cue("future") for t in toks[cand.j : i]
    ):
        return  # a material act a leader reports ("Indonesia mengirim bantuan") stays the state's
    k = cand.i - 1
    if toks[k].low == "bahwa":
        k -= 1
    speaker: list[Cand] = []
    if k >= 1 and toks[k].low in state.lex.cue("speech"):
        speaker = left_arguments(clause, k, None)
    elif k >= 2 and toks[k].low == ",":
        c = clause.cand_at[k - 1]
        if c is not None and c.i >= 1 and toks[c.i - 1].low in state.lex.cue("according"):
            speaker = [c]
    refs = resolve(state, clause, speaker, None)
    quote = quote_around(clause, cand.i) if not speaker else None
    if quote is not None:  # the state's stance in the official's own quoted words
        # only a state official's: a party chair's or a lawyer's "pemerintah akan ..." or
        # "pemerintah harus ..." is no stance of the government's
        refs = [r for r in quote_speaker(state, clause, quote) if state_voice(r)]
        if refs and any(tok.low in OUTSIDERS for tok in speaker_words(toks, quote, refs[0])):
            return  # '"...," kata pengamat X': not his government
    if len(refs) != 1 or refs[0].type != "person":
        return
    if refs[0].office is None and any(t.low in OBLIGATION for t in toks[cand.j : i + 1]):
        return  # "Menurut Budi Santoso, pemerintah harus ...": what a person holding no
        # office says the government must do he asks of it, it is no stance of his own
    if any(tok.low in OUTSIDERS for tok in toks[:k]):
        return  # "Pengamat ..., Erwan, mengatakan pemerintah ...": not his government
    # whose country the speaker's is: stated, else (Indonesian news) Indonesia's
    home = refs[0].country or HOME
    own = (ref.type == "country" and ref.country == home) or (
        cand.kind == "noun"
        and toks[cand.i].low.startswith("pemerintah")
        and cand.country in (None, home)
    )  # "pemerintah" is the speaker's own government; "beberapa negara" is not
    if own:
        args.actor = refs
        args.how += "; actor is the speaker"


def state_voice(ref: EntityRef) -> bool:
    """Whether a quoted speaker speaks for his state: he holds a post of its government,
    armed forces, police, diplomacy or courts, not a party's, a company's or a
    university's, nor a region's (a governor's "Pemerintah pusat menolak ..." tells of the
    central government). A title any body has ("Direktur", "Juru Bicara") counts only when
    the body named beside it is the state's (its country known), a head of state's always
    (a party's "Presiden" takes the party's sector)."""
    if ref.office is None or ref.sector not in AUTHORITIES or ref.office in REGIONAL_OFFICES:
        return False
    return (
        ref.office not in TITLES_OF_ANY_BODY
        or ref.office in HEADS_OF_A_COUNTRY
        or ref.country is not None
    )


def speaker_words(toks: list[Tok], quote: tuple[int, int], speaker: EntityRef) -> list[Tok]:
    """The words that describe a quote's speaker: from the quote's end through his name and
    an apposition after it ('"...," kata Budi Santoso, pengamat politik, ...'), not what
    follows ("kata Menlu X saat bertemu para akademisi")."""
    end = speaker.end if speaker.end is not None and speaker.end > quote[1] else quote[1]
    words = [t for t in toks if quote[1] <= t.start < end]
    rest = [t for t in toks if t.start >= end]
    if rest and rest[0].low == ",":
        words += next((rest[1:n] for n in range(1, len(rest)) if rest[n].low in ",."), rest[1:])
    return words


def speaking_body(state: State, clause: Clause, i: int, entry: Entry, args: Args) -> None:
    """ "Kapolda X menyatakan pihaknya telah menangkap ...": "pihaknya" is the body an
    official speaks for: the one his title names, else the police command or prosecution
    he heads or serves (a minister's "pihaknya" stays his own: no body is guessed). So is
    the quoted official's "kami"/"kita" in police or court work ("“Kami masih menyelidiki
    ...,” kata Kapolsek": the command investigates, as in "telah kami amankan",
    docs/annotation.md), or in an act done for the body (``onbehalf``: "“Kami akan
    memanggil X,” kata Kapolres" summons for the Polres); a reproach ("kami menyesalkan")
    stays the speaker's own."""
    if not args.actor or args.actor[0].type != "person":
        return  # the subject comes first ("pihaknya sudah membicarakan ... dengan X")
    said = (body_work(entry) or "onbehalf" in entry.args) and quote_around(clause, i) is not None
    spoken = {"pihaknya"} | (FIRST_PLURAL if said else set())
    side = next((c for c in clause.cands if c.kind == "pron" and c.i < i
                 and c.text.lower() in spoken and i - c.j <= 4), None)  # fmt: skip
    if side is None or clause.cand_at[side.i] is not side:
        return
    if any(c.kind in ("pron", "mention") and side.j <= c.i < i for c in clause.cands):
        return  # "Kami menilai beliau harus memeriksa ...": the act is another party's
    body = title_body(state, args.actor[0]) or body_before_name(state, args.actor[0])
    if not body and args.actor[0].sector in LAW_BODIES:
        body = own_organisation(state, clause, args.actor[:1])
    if body:
        args.actor = [*body, *args.actor[1:]]


FIRST_PLURAL = frozenset({"kami", "kita"})


OFFICER_HEADS = frozenset({"pihak", "tim"})  # "pihak kepolisian", "tim penyidik": the officers


def case_officers(state: State, entry: Entry, args: Args) -> None:
    """ "Penyidik lalu menetapkan X sebagai tersangka": a bare noun for a case's officers
    (``case`` actor rows of predicates.tsv) doing an act of law is the police, KPK or
    prosecution body that runs the article's case (``case_authority``), as "penyidik
    Polda" is Polda (docs/annotation.md): outlets write "penyidik" or the body's name for
    one act, and only the name lets fusion see it is one."""
    if not body_work(entry) or len(args.actor) != 1 or args.actor[0].actor_id:
        return
    quant = state.lex.cue("quant")
    words = args.actor[0].entity_text.lower().split()
    if tuple(w for w in words if w not in quant and w not in OFFICER_HEADS) not in (
        state.lex.case_nouns
    ):
        return
    targets = set(names(args.recipient))
    found = [r for r in case_authority(state, targets) if r.entity_name not in targets]
    if len(found) == 1 and found[0].sector in LAW_BODIES - {"MIL"}:
        args.actor = found
        args.how += "; actor the case's authority"


def body_work(entry: Entry) -> bool:
    """Whether the act is one a police, prosecution or court body does through its
    officers (an arrest, a seizure, an investigation, a charge), not a speech act."""
    return agent_family(entry) == "law" and "disapprove" not in entry.modes


def quote_around(clause: Clause, k: int) -> tuple[int, int] | None:
    """The span of the clause's quote that token ``k`` stands in, if any."""
    return next((q for q in clause.quote_spans if q[0] <= clause.toks[k].start < q[1]), None)


def title_body(state: State, ref: EntityRef) -> list[EntityRef]:
    """The organisation the person's title names: "Wakil Ketua KPK Basaria Panjaitan",
    "juru bicara Kementerian Luar Negeri AS" (an office, then the body it serves)."""
    mentions = state.article.mentions
    cluster = ref_cluster(state, ref)
    span = (ref.start, ref.end)
    own = [
        m for m in mentions
        if (m.start, m.end) == span or (cluster is not None and m.cluster == cluster)
    ]  # fmt: skip
    offices = [m for m in mentions if m.label == "OFFICE"]
    for m in own:
        if m.label == "OFFICE":
            after = (b for b in mentions if b.label == "ORG" and 0 <= b.start - m.end <= 1)
            if (body := next(after, None)) is not None:
                return [mention_ref(state, body)]  # "juru bicara" + "Kementerian ... AS"
        elif m.label == "PER":
            found = body_before(
                state, m.start, lambda body: any(0 <= body.start - t.end <= 1 for t in offices)
            )  # "Wakil Ketua" + "KPK" + "Basaria"
            if found:
                return found
    return []


NAME_AFTER_BODY = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*")


def body_before(state: State, start: int, titled: Callable[[Mention], bool]) -> list[EntityRef]:
    """The first organisation ending right before a name at ``start`` (a space, a comma or
    its short form in brackets between) that ``titled`` says a title names."""
    text = state.article.text
    for body in state.article.mentions:
        if body.label != "ORG" or body.end > start or start - body.end > 30:
            continue
        if NAME_AFTER_BODY.fullmatch(text[body.end : start]) and titled(body):
            return [mention_ref(state, body)]
    return []


def body_before_name(state: State, ref: EntityRef) -> list[EntityRef]:
    """The organisation a title names right before the person's name ("Kepala BPOM Penny
    Lukito", "Ketua Komisi Pemberantasan Korupsi (KPK) Agus Rahardjo", "Ketua Fraksi
    Partai Gerindra Ahmad Muzani"), when no office mention marks the title: a capitalised
    title word stands before the organisation."""
    text = state.article.text

    def capitalised_title(body: Mention) -> bool:
        title = text[max(0, body.start - 30) : body.start].split()[-1:]
        return bool(title) and title[0][:1].isupper() and title[0].isalpha()

    return [] if ref.start is None else body_before(state, ref.start, capitalised_title)


def police_unit(state: State, clause: Clause, phrase: list[Cand]) -> EntityRef | None:
    """The police command a capitalised span names that no recogniser took as a name:
    at the end of an official's title ("Kanit Reskrim Polsek Tambora": the body of an
    officer heading a unit of it, not a "Ka-" head of the command itself) or as its
    headquarters ("Mapolsek Makassar", "Mapolres X": Polsek Makassar, Polres X)."""
    toks = clause.toks
    for c in phrase:
        if c.kind not in ("cap", "cap0") and not (c.kind == "mention" and c.label == "LOC"):
            continue  # a span no recogniser named, or one taken as a place
        for k in range(c.i, c.j - 1):
            low = toks[k].low
            unit = low[2:] if low.startswith("ma") and low[2:] in POLICE_UNITS else low
            if unit in POLICE_UNITS and toks[k + 1].text[:1].isupper():
                start, end = toks[k].start, toks[c.j - 1].end
                text = state.article.text[start:end]
                name = " ".join([unit.capitalize()] + [t.text for t in toks[k + 1 : c.j]])
                return EntityRef(None, text, name, "organization", HOME, "COP",
                                 start=start, end=end)  # fmt: skip
    return None


def context_agent(state: State, clause: Clause, i: int, j: int, entry: Entry, args: Args) -> None:
    """The agent of an agentless passive, as the article gives it (docs/annotation.md, 5):
    the authority where it happens ("ditahan di Polresta Mataram"), the organisation of
    the official the sentence quotes ("..., kata Kabid Humas Polda Metro Jaya") or that
    states it ("Polda Metro Jaya menyatakan ratusan orang diamankan"), else who arrested,
    charged or attacked in this or the previous two sentences ("Polisi menangkap
    Berangus. ... Berangus dijerat Pasal 363"): arrests and charges continue a case of
    law enforcement, attacks a campaign, sanctions a policy."""
    targets = set(names(args.recipient)) | bodies_within(state, clause, args.recipient)
    found: list[EntityRef] = []
    law = agent_family(entry) == "law"
    if entry.event in TOLD_AGENTLESS and not law:
        args.actor = [r for r in appeal_author(state, clause, i) if r.entity_name not in targets]
        return
    if law:
        found = not_a_court(entry, authority_at(state, clause, j))
    summons = entry.event == "REQUEST"  # a spokesman's body is not always named: the case's
    phrase = [] if found or summons else attributed_speaker(clause)
    speaker = resolve(state, clause, phrase[:1], None)[0] if phrase else None
    quote = quote_around(clause, i)
    if not found and not summons and speaker is None and quote is not None:
        # "“Pelaku sudah kami amankan ...,” tegas Kapolda": the quoted official's body
        spoken = quote_speaker(state, clause, quote)
        speaker = spoken[0] if len(spoken) == 1 else None
    inner = [c for c in phrase if c.kind == "mention" and c.label == "ORG"]
    unit = police_unit(state, clause, phrase)
    if inner:  # "kata Kabid Humas Polda Metro Jaya Kombes Ade Ary": the official's body
        found = [ref_of(state, inner[0])]
    elif unit is not None:  # "ujar Kanit Reskrim Polsek Tambora Iptu X": Polsek Tambora
        found = [unit]
    elif speaker is not None and speaker.type == "person" and speaker.sector in AUTHORITIES:
        found = own_organisation(state, clause, [speaker])
    elif speaker is not None and speaker.type == "organization":
        found = [speaker]
    found = [r for r in found if r.entity_name not in targets and not press(r)]  # the body
    # of whom it acts on, or the outlet that received the statement, is no agent
    if not found and not phrase and law:
        stated = resolve(state, clause, stating_subject(state, clause, i), None)
        if len(stated) == 1 and stated[0].sector in LAW_BODIES and stated[0].type != "country":
            found = (
                own_organisation(state, clause, stated) if stated[0].type == "person" else stated
            )
    if not found and entry.event == "SANCTION" and "convict" in entry.modes:
        found = sentence_court(state, clause, targets)
    if not found and entry.event == "SANCTION":
        found = measure_owner(state, clause, targets)
    if not found:
        family = {kind} if (kind := agent_family(entry)) else set()
        for index, kind_seen, refs in reversed(state.agents):
            if kind_seen not in family or state.sentence - index > 2:
                continue
            kept = not_a_court(entry, refs)
            if kept and not targets & set(names(refs)):
                found = kept
                break
    if not found and law and "lay" not in entry.args:
        found = not_a_court(entry, case_authority(state, targets))
    found = [r for r in found if r.entity_name not in targets]
    if found:
        args.actor = found
        args.how = args.how.replace("actor=agentless", "actor=context")


def bodies_within(state: State, clause: Clause, recipients: list[EntityRef]) -> set[str]:
    """The bodies named inside the recipients' words: "seorang anggota Polsek X ditahan" is
    no arrest by Polsek X, whose member is held."""
    return {
        ref_of(state, c).entity_name
        for c in clause.cands
        if c.mention is not None
        and any(
            r.start is not None
            and r.end is not None
            and r.start <= c.mention.start
            and c.mention.end <= r.end
            for r in recipients
        )
    }


def sentence_court(state: State, clause: Clause, targets: set[str]) -> list[EntityRef]:
    """The one court the sentence of an agentless verdict names: "X divonis di Pengadilan
    Tipikor Jakarta", "berdasarkan putusan kasasi Mahkamah Agung, X dijatuhi hukuman". Only
    a court: the prosecutors or the KPK of "lebih ringan dari tuntutan Kejari" are law
    bodies too, but they asked for the sentence, they did not pass it."""
    courts = {
        ref.entity_name: ref
        for c in clause.cands
        if c.kind == "mention" and c.label == "ORG"
        for ref in [ref_of(state, c)]
        if is_court(ref) and ref.entity_name not in targets
    }
    return list(courts.values()) if len(courts) == 1 else []


def appeal_author(state: State, clause: Clause, i: int) -> list[EntityRef]:
    """Who made an agentless appeal or threat, as the article says it (docs/annotation.md,
    5): the speaker of the quote the trigger sits in ("pengendara diimbau ..., kata
    Kasatlantas X", an indirect quote), else of a direct quote opening the next sentence,
    which gives the appeal in the official's own words ("Warga diminta mengungsi.
    "Jangan menunggu ...," ujar Camat"). The appeal is a speech act, so its author is the
    speaker (``speaker_of``), not his office's body; only an authority or organisation."""
    at = clause.toks[i].start
    after = next_sentence(state, clause)
    text = state.article.text
    quote = next((q for q in state.article.quotes if q.start <= at < q.end), None)
    if quote is None:  # the first direct quote after the trigger, right after its sentence
        quote = next(
            (
                q
                for q in state.article.quotes
                if q.kind == "direct" and at < q.start < (after.end if after else len(text))
            ),
            None,
        )
        if quote is not None and not text[at : quote.start].rstrip(' "\u201c\n').endswith("."):
            quote = None
    spoken = speaker_of(state, quote) if quote is not None else []
    if len(spoken) != 1:
        return []
    ref = spoken[0]
    if ref.type == "organization" or (ref.type == "person" and ref.sector in AUTHORITIES):
        return [ref]
    return []


POLICE_ACTS = frozenset({"ditangkap", "tertangkap", "diamankan", "dibekuk", "diringkus",
                         "diciduk", "dicokok", "digerebek", "digeledah", "disita", "dijerat",
                         "disangkakan", "disangka", "didakwa", "dituntut", "tersangka", "disidik",
                         "diselidiki"})  # fmt: skip
"""Acts of law that police, KPK and prosecutors do and a court never does: it tries,
sentences and summons, it does not arrest, search, name suspects, charge or indict."""
COURTS = frozenset({"pengadilan", "mahkamah", "pn", "ptun"})
"""First words of a court's name: "Pengadilan Negeri Depok", "Mahkamah Agung", "PN Medan"."""


def is_court(ref: EntityRef) -> bool:
    """Whether an organisation is a court, by the first word of its name."""
    return court_name(ref.entity_name)


def court_name(name: str) -> bool:
    """Whether a body's name is a court's, by its first word ("Pengadilan Negeri Depok")."""
    return name.split(" ", 1)[0].lower() in COURTS


def not_a_court(entry: Entry, refs: list[EntityRef]) -> list[EntityRef]:
    """The agents found for an agentless act of law, without a court when the act is one
    courts do not do ("Fahd didakwa korupsi" in a story of his trial at the Tipikor court:
    the prosecutors indict, not the court; the court holds the trial, "menjalani sidang")."""
    if not POLICE_ACTS.intersection(entry.words):
        return refs
    return [r for r in refs if not is_court(r)]


def case_authority(state: State, targets: set[str], courts: bool = True) -> list[EntityRef]:
    """The police, prosecution or anti-corruption body that runs the article's case: the
    one such body the article names, or the one it names most often (at least twice and
    more than any other). A crime story names the body handling it once in the lead and
    then writes "X ditetapkan sebagai tersangka", "X diamankan" without an agent. A body
    whose chief the article quotes comes first: the chief reports the case his command
    handles ("Kapolda Sumatera Barat Irjen Suharyono mengatakan ...", while Polres Solok
    Selatan, named more often, is where the suspect served). With ``courts`` False a court
    is never counted: only the bodies that investigate and prosecute."""
    quoted = quoted_authority(state)
    if quoted and quoted[0].entity_name not in targets:
        return quoted
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for m in state.article.mentions:
        if m.label != "ORG" or m.source == CHIEF_TITLE_COMMAND:  # only its chief is named:
            continue  # ``quoted_authority`` reads the chiefs
        head = state.by_cluster.get(m.cluster) if m.cluster is not None else None
        sector = m.sector or (head.sector if head is not None else None)
        if sector not in ("COP", "JUD"):
            continue
        name = m.name or (head.name if head is not None else None) or m.text
        if not courts and court_name(name):
            continue
        counts[name] += 1
        first.setdefault(name, m)
    ranked = counts.most_common(2)
    if not ranked:
        return []
    if len(ranked) == 1 or (ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]):
        return [mention_ref(state, first[ranked[0][0]])]
    return []


def quoted_authority(state: State) -> list[EntityRef]:
    """The one police or prosecution body whose head ("Kapolda ...", ``headed_organisation``)
    the article quotes, directly or not."""
    found: dict[str, EntityRef] = {}
    for q in state.article.quotes:
        if q.speaker_start is None or q.speaker_end is None:
            continue
        m = next(
            (
                m
                for m in state.article.mentions
                if m.start < q.speaker_end and q.speaker_start < m.end and m.label != "PRON"
            ),
            None,
        )
        if m is None:
            continue
        ref = mention_ref(state, m)
        if ref.type != "person":
            continue
        for body in headed_organisation(state, [ref]):
            if body.sector in LAW_BODIES:
                found.setdefault(body.entity_name, body)
    return list(found.values()) if len(found) == 1 else []


def authority_at(state: State, clause: Clause, j: int) -> list[EntityRef]:
    """The police, prosecutor or court an act of law happens at: "menjadi tersangka di
    Polres Tangerang Selatan", "ditahan di Rutan KPK" (the body in the place phrase
    right after the verb), or the body named right after a trigger that ends in a noun
    of the act's object ("memakai rompi tahanan Kejagung": the detainee vest is the
    Kejagung's, the noun "tahanan" took the name in)."""
    toks = clause.toks
    held = clause.cand_at[j] if j < len(toks) else None
    owner = held.owner if held is not None and held.i < j else None
    if owner is not None and owner.label == "ORG" and owner.start == toks[j].start:
        return [mention_ref(state, owner)] if owner.sector in LAW_BODIES else []
    for k in range(j, min(len(toks) - 1, j + 14)):
        if toks[k].low in HARD_STOP or toks[k].low == ",":
            return []
        if toks[k].low != "di":
            continue
        for n in range(k + 1, min(len(toks), k + 4)):
            c = clause.cand_at[n]
            if c is not None and c.kind == "mention" and c.label == "ORG":
                return [ref_of(state, c)] if c.sector in LAW_BODIES else []
            unit = police_unit(state, clause, [c]) if c is not None else None
            if unit is not None:  # "diamankan di Mapolsek Makassar": Polsek Makassar
                return [unit]
        return []
    return []


LAW_BODIES = frozenset({"COP", "JUD", "MIL"})


def stating_subject(state: State, clause: Clause, i: int) -> list[Cand]:
    """The subject of a speech verb the passive at ``i`` is the content of ("Polda
    Metro Jaya menyatakan ratusan orang diamankan")."""
    speech = state.lex.cue("speech")
    for k in range(i - 1, 0, -1):
        low = clause.toks[k].low
        if low in HARD_STOP and low != "bahwa":
            return []
        if low in speech:
            return left_arguments(clause, k, None)
    return []


MEASURES = frozenset({"tarif", "sanksi", "embargo", "bea"})


def measure_owner(state: State, clause: Clause, targets: set[str]) -> list[EntityRef]:
    """Whose measure the sentence names ("di tengah kebijakan tarif resiprokal Amerika
    Serikat, Indonesia dikenakan tarif"): the state or body right after a tariff or
    sanction noun (at most two modifiers between), not the target itself."""
    toks = clause.toks
    for k, tok in enumerate(toks):
        if tok.low not in MEASURES:
            continue
        for n in range(k + 1, min(len(toks), k + 4)):
            c = clause.cand_at[n]
            if c is not None:
                if c.i == n and c.kind == "mention" and c.label in ("GPE", "ORG", "PER"):
                    refs = [r for r in resolve(state, clause, [c], None)]
                    if refs and not targets & set(names(refs)):
                        return refs
                break
            if not toks[n].text.isalpha() or not toks[n].text.islower():
                break
    return []


def attributed_speaker(clause: Clause) -> list[Cand]:
    """The candidates of the phrase a sentence is attributed to with "kata/ujar X"
    ("kata Kabid Humas Polda Metro Jaya Kombes Ade Ary": office words, body, name)."""
    toks = clause.toks
    for k, tok in enumerate(toks[:-1]):
        if tok.low not in SAY:
            continue
        out: list[Cand] = []
        for n in range(k + 1, min(len(toks), k + 9)):
            if toks[n].low in HARD_STOP or toks[n].low in (",", ".", "kepada"):
                break  # "ujar Khaer kepada AFP": the reporter is no speaker
            c = clause.cand_at[n]
            if c is not None and c.kind in ("mention", "noun", "cap") and c not in out:
                out.append(c)
        return out
    return []


GENERIC_VICTIMS = re.compile(r"(?:\S+ )*(?:orang|korban)(?: lainnya)?", re.IGNORECASE)
TERRITORY_POLITY = "recipient is the territory's polity"  # in Event.rule (kabar.fuse_compare)


def territory_target(state: State, clause: Clause, i: int, j: int, args: Args) -> None:
    """An attack "di Gaza" / "terhadap Jalur Gaza" with no named target hits the polity
    of that territory (docs/annotation.md, 5), when it is not the attacker's own; so does
    one whose victims are only counted ("menyeberang ke Israel dan menewaskan 1.200
    orang": Israel). The place follows the trigger, or is where the attacker went."""
    if args.recipient and not all(
        r.type == "group" and GENERIC_VICTIMS.fullmatch(r.entity_text) for r in args.recipient
    ):
        return
    toks = clause.toks
    after = range(j, min(len(toks) - 1, j + 4))
    before: list[int] = []
    for k in range(i - 1, -1, -1):
        if toks[k].low in HARD_STOP:
            break
        if toks[k].low == "ke":
            before.append(k)
    for ks in (after, before):
        ref = territory_at(state, clause, ks, args)
        if ref is not None:
            args.recipient = [ref]
            args.how += "; " + TERRITORY_POLITY
            return


def territory_at(state: State, clause: Clause, ks: Iterable[int], args: Args) -> EntityRef | None:
    """The polity of the first place after "di/ke/terhadap" at one of ``ks``."""
    toks = clause.toks
    for k in ks:
        if toks[k].low in HARD_STOP or toks[k].low not in ("di", "ke", "terhadap"):
            continue
        n = k + 1
        if toks[n].low in ("jalur", "wilayah", "kota") and n + 1 < len(toks):
            n += 1
        c = clause.cand_at[n]
        if c is None or c.i != n or c.label not in ("LOC", "GPE"):
            return None
        code = place_country(state, c.mention.name or c.text if c.mention else c.text, c.country)
        if code is None or code in {r.country for r in args.actor}:
            return None
        return country_mention(state, code) or people_mention(state, code)
    return None


def implicit_recipients(
    state: State, clause: Clause, i: int, j: int, entry: Entry, args: Args
) -> None:
    """Fill ``args.recipient`` from the article when the clause names it by reference."""
    if entry.event in CITY_TARGETS:
        args.recipient = [country_for_city(state, r, args.actor) for r in args.recipient]
    if j >= len(clause.toks):
        return
    lex, toks = state.lex, clause.toks
    head = toks[j].low
    after = toks[j + 1].low if j + 1 < len(toks) else ""
    owner = clause.cand_at[j + 1] if j + 1 < len(toks) else None
    if (
        args.recipient
        and entry.voice == "act"  # "ditangkap anggota Satreskrim": an agent, not staff
        and subordinate(lex, head, after)
        and clause.cand_at[j] is None
        and not (entry.event in VIOLENT and members_of(clause, j, owner))
    ):  # "menyerang anggota kepolisian": an attack on the members of the body named
        # "meminta jajarannya menindak pelaku": the staff are asked, not whom they act on
        staff = own_organisation(state, clause, args.actor)
        args.recipient = [r for r in staff if r.entity_name not in set(names(args.actor))]
        args.how += "; recipient from context"
        return
    if (
        "visit" in entry.args
        and args.recipient
        and all(r.type == "country" for r in args.recipient)
    ):
        met = met_host(state, clause, j)  # "mengunjungi AS dan bertemu presiden AS, Trump":
        hosts = {h.country for h in args.recipient}  # of the country visited or of none known
        if met and all(r.country is None or r.country in hosts for r in met):
            args.recipient = met  # the leader met there hosts, as country_visits_met keeps
            args.how += "; host met"  # one report of a trip and its meeting
        return
    if args.recipient:
        return
    actors = set(names(args.actor))
    found: list[EntityRef] = []
    claim = relative_head(clause, i) if entry.voice == "pas" else ""
    subject, claim_nouns = "", set()
    if entry.voice == "pas" and entry.event == "REJECT":
        claim_nouns = lex.cue("accusation") | lex.cue("reportnoun") | VAGUE_REFS
        subject = referred_subject(clause, i, claim_nouns)
    denied = "deny" in entry.args or subject not in VAGUE_REFS  # "hal itu": a claim if denied
    if entry.event == "REJECT" and claim in lex.cue("accusation"):
        # "... menyatakan sanksi Barat menghambat ekspor, tudingan yang dibantah AS"
        found = claimant_here(state, clause, actors) or latest_other(state.claimants, actors)
    elif entry.event == "REJECT" and subject and denied:
        # "Pernyataan tersebut dibantah Mario", "Hal itu dibantah oleh Polda": the claim
        # of the one party that claimed or reported in the sentences just before
        memory = state.reporters if subject in lex.cue("reportnoun") else state.claimants
        if not unattributed_claim_before(state, clause, claim_nouns):
            found = sole_other(memory + quoted_speakers(state, clause), actors)
    elif entry.event == "REJECT" and after in DEFINITE_REF:
        first, second = state.claimants, state.reporters
        if head in lex.cue("reportnoun"):
            first, second = second, first
        if head in CHARGES:  # "menolak tuduhan tersebut": the accuser, not a later denier
            first = state.accusers
        if head in lex.cue("accusation") or head in lex.cue("reportnoun"):
            # "Ia mengklaim ..., namun Airlangga menepis kabar tersebut": the claim its
            # own sentence told before the denial comes first
            found = (
                contested_claimant(state, clause, actors, i)
                or latest_other(first, actors)
                or latest_other(second, actors)
            )
    elif subordinate(lex, head, after):
        found = own_organisation(state, clause, args.actor)
    elif "visit" in entry.args:
        found = met_host(state, clause, j) or host_country(state, clause, j, args.actor)
    elif entry.event == "REQUEST" and head in PURPOSE_LINKS:
        found = asked_party(state, clause, j)
    elif entry.event == "REQUEST" and toks[j - 1].low in PURPOSE_LINKS:
        found = asked_party(state, clause, j - 1)  # a pattern ending in it: "mendorong agar"
    elif questioning(entry) and entry.voice == "act":
        found = offence_site(state, clause, j)
    if not found and entry.event in VERBAL and in_meeting(state, clause, i):
        found = last_meeting(state)  # "Dalam pertemuan itu, Prabowo meminta ...": whom he met
    if found:
        args.recipient = [r for r in found if r.entity_name not in actors]
        if args.recipient:
            args.how += "; recipient from context"


OFFENCE_REACH = 6  # words from the verb to "di": "dugaan korupsi pengadaan laptop di"


def offence_site(state: State, clause: Clause, j: int) -> list[EntityRef]:
    """The body an inquiry into corruption "at" it targets: "mengusut dugaan korupsi
    pengadaan laptop di Kementerian X" (the ministry, not a place, as "KPK menggeledah
    kantor X" targets X); none for a place ("korupsi dana desa di Kabupaten Y") or for a
    body left unnamed ("di perusahaan itu")."""
    toks = clause.toks
    corrupt = False
    for k in range(j, min(len(toks) - 1, j + OFFENCE_REACH)):
        if toks[k].low == "di" and corrupt:
            n = k + 2 if toks[k + 1].low == "lingkungan" else k + 1
            c = clause.cand_at[n] if n < len(toks) else None
            if c is None or c.i != n or c.label in PLACE_LABELS or c.kind not in BODY_KINDS:
                return []
            refs = resolve(state, clause, [c], None)  # "di perusahaan itu": only by name
            return [r for r in refs if placeless(r) and r.entity_name[:1].isupper()]
        if clause.cand_at[k] is not None or toks[k].low in NP_STOP:
            return []  # "mengusut KPK ...", "mengusut kasus itu, kata ...": no such phrase
        corrupt = corrupt or state.lex.contexts.get((toks[k].low,)) == "corruption"
    return []


BODY_KINDS = frozenset({"mention", "noun"})


SETTINGS = frozenset({"dalam", "pada", "di", "saat", "ketika", "selama"})


MEETING_NOUNS = frozenset({"pertemuan", "rapat", "rdp", "pembicaraan", "perundingan",
                           "perbincangan", "dialog"})  # fmt: skip


def in_meeting(state: State, clause: Clause, i: int) -> bool:
    """Whether the clause before token ``i`` sets it in a meeting referred back to
    ("Dalam pertemuan tersebut, ...", "Pada kunjungan itu, ...")."""
    return setting_at(clause.toks[:i], lambda w: state.lex.anaphors.get((w,)) == "CONSULT")


def meeting_again(clause: Clause) -> bool:
    """Whether a meeting verb is set in a meeting referred back to ("mengaku baru pertama
    kali bertemu Aris dalam RDP tersebut"): that meeting, coded already, not a new one;
    a meeting during a visit ("dalam kunjungan itu, X bertemu Y") is a new event."""
    return setting_at(clause.toks, lambda w: w in MEETING_NOUNS)


JOINING = frozenset({"hadir", "ikut", "turut", "bergabung", "berpartisipasi"})


def joined_meeting(state: State, clause: Clause, coded: list[Event]) -> None:
    """Add who "hadir dalam pembicaraan tersebut" (took part in the talks referred back
    to) to the last meeting coded (``coded``, most recent last, from the sentences just
    before): "Perundingan digelar di Doha ... Delegasi Israel hadir dalam pembicaraan
    tersebut" has Israel's delegation among its participants."""
    toks = clause.toks
    meeting = next((e for e in reversed(coded) if e.event == "CONSULT"), None)
    if meeting is None:
        return
    for k in range(1, len(toks) - 3):
        if toks[k].low not in JOINING or toks[k - 1].low in state.lex.cue("neg"):
            continue
        rest = toks[k + 1 : k + 5]
        if not setting_at(rest, lambda w: state.lex.anaphors.get((w,)) == "CONSULT"):
            continue
        found = resolve(state, clause, left_arguments(clause, k, None), None)
        known = set(names(meeting.actor + meeting.recipient))
        meeting.actor.extend(r for r in found if r.entity_name not in known)
        return


def setting_at(toks: list[Tok], noun: Callable[[str], bool]) -> bool:
    """Whether the tokens hold "dalam/pada/saat ... <noun> itu/tersebut/ini"."""
    lows = [t.low for t in toks]
    return any(
        lows[k] in SETTINGS and noun(lows[k + 1]) and lows[k + 2] in DEFINITE_REF
        for k in range(len(lows) - 2)
    )


CHARGES = frozenset({"tuduhan", "tudingan", "dakwaan", "sangkaan", "tuntutan"})
"""Claims only an accuser makes: their denial answers the last accuser."""


BEFORE_PASSIVE = PREVERBAL | {"dapat", "bisa", "harus", "wajib", "tidak"}


def asked_party(state: State, clause: Clause, j: int) -> list[EntityRef]:
    """Who is asked, when a request names no addressee before its "agar" clause: the
    clause's subject ("meminta agar semua anggota DPR menjaga sikap"), or the parties
    whose thing the clause is about ("meminta agar jalur ekspor dari Rusia dan Ukraina
    dibuka kembali" asks Rusia and Ukraina), up to the clause's verb."""
    toks = clause.toks
    for n in range(j + 1, min(len(toks), j + 9)):
        low = toks[n].low
        if (
            low in HARD_STOP
            or low == ","
            or (clause.cand_at[n] is None and low.startswith(VERB_PREFIXES))
        ):
            return []  # the clause's verb: no party before it
        c = clause.cand_at[n]
        if c is None or c.i != n or c.kind == "cap0":
            continue
        if n > j + 1 and (c.kind != "mention" or toks[n - 1].low not in ("dari", "oleh")):
            continue  # "agar pembangunan rumah warga diawasi": a possessor is not asked
        group = right_arguments(clause, n, prep_only=False)
        end = group[-1].j if group else c.j
        while end < len(toks) - 1 and toks[end].low in BEFORE_PASSIVE:
            end += 1  # "agar pelaku segera ditangkap": whoever arrests is asked
        if n == j + 1 and end < len(toks) and passive(toks[end].low):
            return []  # "mengusulkan agar MBG diberikan tunai": what is given, not who gives
        found = resolve(state, clause, group, None)
        return [r for r in found if placeless(r)]
    return []


CLAUSE_OPENERS = frozenset({"bahwa", "telah", "pernah", "sudah", "sempat", "tidak", "adanya"})


def denied_clause(lex: Lexicon, clause: Clause, i: int, j: int) -> bool:
    """Whether the denial verb at ``i`` governs a clause, not a noun ("membantah bahwa
    ...", "membantah pernah menerima uang", "menepis menerima suap")."""
    if clause.toks[i].low not in lex.cue("deny"):
        return False
    if j >= len(clause.toks) or clause.cand_at[j] is not None:
        return False
    head = clause.toks[j].low
    return head in CLAUSE_OPENERS or (head.startswith(("me", "ber", "ter")) and len(head) > 4)


def passive(word: str) -> bool:
    return word.startswith("di") and len(word) > 5 and word not in ("dia", "diri", "dirinya")


def members_of(clause: Clause, j: int, owner: Cand | None) -> bool:
    """Whether the staff word at ``j`` names the members of the body right after it, with
    no person named after that body ("anggota kepolisian yang berjaga"; not "anggota
    Komisi V DPR Andi Taufan Tiro", who is a person)."""
    if owner is None or owner.i != j + 1:
        return False
    end = min(len(clause.toks), owner.j + MEMBER_REACH)
    return titled_objects(clause, [owner], j, end) == [owner]


MEMBER_REACH = 8  # tokens after the body where the member's own name may stand


def subordinate(lex: Lexicon, head: str, after: str) -> bool:
    """Whether the words after a trigger name the actor's own staff ("jajarannya")."""
    return stem(head) in lex.cue("subordinate") or (head, after) in lex.phrases.get(
        "subordinate", set()
    )


def relative_head(clause: Clause, i: int) -> str:
    """The noun a passive relative clause starting at token ``i`` describes ("tudingan"
    in "tudingan yang dibantah X"), or ""."""
    toks = clause.toks
    if i < 2 or toks[i - 1].low != "yang" or clause.cand_at[i - 2] is not None:
        return ""
    return toks[i - 2].low


VAGUE_REFS = frozenset({"hal"})
"""A noun that refers back to anything said ("hal itu dibantah X"): a claim only when
denied."""
SUBJECT_ADVERBS = frozenset({"pun", "langsung", "telah", "sudah", "juga", "sebetulnya",
                             "sebenarnya", "segera", "kemudian", "lantas", "pula"})  # fmt: skip
SUBJECT_GAP = 3  # words between a subject noun and its "itu": "pernyataan Menteri itu"


def referred_subject(clause: Clause, i: int, nouns: Iterable[str] | None) -> str:
    """The noun of ``nouns`` referred back that is the subject of a passive trigger at
    token ``i`` ("pernyataan" in "Pernyataan tersebut langsung dibantah X"), or "": the
    noun, at most ``SUBJECT_GAP`` lower-case words, "itu"/"tersebut"/"ini", then adverbs.
    With no ``nouns``, the lower-case word right before "itu" ("resolusi tersebut")."""
    toks = clause.toks
    k = past_words(toks, i, SUBJECT_ADVERBS)
    if k < 1 or toks[k].low not in DEFINITE_REF:
        return ""
    word = toks[k - 1]
    if nouns is None:
        lower = word.text.islower() or k == 1  # "Resolusi tersebut" opening the sentence
        plain = word.text.isalpha() and lower and clause.cand_at[k - 1] is None
        return word.low if plain and word.low not in NP_STOP else ""
    for n in range(k - 1, max(-1, k - 2 - SUBJECT_GAP), -1):
        if toks[n].low in nouns:
            return toks[n].low
        if clause.cand_at[n] is not None or not toks[n].text.isalpha() or toks[n].low in NP_STOP:
            return ""
    return ""


SPEAKER_REACH = 2  # sentences back a claim referred to may have been quoted


def quoted_speakers(state: State, clause: Clause) -> list[list[EntityRef]]:
    """The speakers of the quotes ending in the ``SPEAKER_REACH`` sentences before the
    clause's: parties whose words it may refer back to."""
    start = clause.sent.start
    before = [s.start for s in earlier_sentences(state.article, start)][-SPEAKER_REACH:]
    if not before:
        return []
    quoted = [q for q in state.article.quotes if before[0] <= q.end <= start]
    return [spoken for q in quoted if (spoken := speaker_of(state, q))]


def unattributed_claim_before(state: State, clause: Clause, nouns: set[str]) -> bool:
    """Whether the sentence just before tells a claim of no one ("Belakangan muncul
    tudingan bahwa ..."): the claim referred back is that one, whose author is unsaid."""
    start = clause.sent.start
    before = earlier_sentences(state.article, start)[-1:]
    if not before:
        return False
    text = state.article.text[before[0].start : before[0].end].lower()
    told = "|".join(map(re.escape, nouns))
    return bool(nouns) and re.search(rf"(?<![\w-])(?:{told})\s+bahwa\b", text) is not None


def sole_other(memory: list[list[EntityRef]], actors: set[str]) -> list[EntityRef]:
    """The parties in ``memory`` other than ``actors`` when they are one, else none."""
    others = [refs for refs in memory if refs and not actors & set(names(refs))]
    if len({frozenset(names(refs)) for refs in others}) != 1:
        return []
    return list(others[-1])


def claimant_here(state: State, clause: Clause, actors: set[str]) -> list[EntityRef]:
    """Who states a claim in this sentence: the subject of its speech verb."""
    speech = state.lex.cue("speech")
    for k, tok in enumerate(clause.toks):
        if tok.low in speech and (refs := other_speaker(state, clause, k, actors)):
            return refs
    return []


def other_speaker(state: State, clause: Clause, k: int, actors: set[str]) -> list[EntityRef]:
    """The subject of the speech verb at token ``k`` when it is none of ``actors``."""
    refs = resolve(state, clause, left_arguments(clause, k, None), None)
    return refs if refs and not actors & set(names(refs)) else []


def contrast_at(lex: Lexicon, lows: list[str], k: int) -> bool:
    """Whether token ``k`` opens a contrasting clause ("namun", "tetapi"); not a
    "notcontrast" phrase ("sementara itu": meanwhile)."""
    return lows[k] in CONTRAST and not match_phrase(lows, k, lex.phrase_starts("notcontrast"))


def contested_claimant(state: State, clause: Clause, actors: set[str], i: int) -> list[EntityRef]:
    """Who states the claim a denial at token ``i`` contests in its own sentence: the
    subject of the speech verb nearest before the contrast that opens the denial ("Ia
    mengklaim ..., namun Airlangga menepis kabar tersebut"); not a speaker who tells the
    denial itself ("Jubir X mengatakan, X menolak klaim tersebut")."""
    lows = clause.lows
    contrast = next((k for k in range(i - 1, -1, -1) if contrast_at(state.lex, lows, k)), 0)
    speech = state.lex.cue("speech")
    for k in range(contrast - 1, -1, -1):
        if lows[k] in speech and (refs := other_speaker(state, clause, k, actors)):
            return refs
    return []


def stem(word: str) -> str:
    return word[:-3] if word.endswith("nya") else word


def latest_other(memory: list[list[EntityRef]], actors: set[str]) -> list[EntityRef]:
    for refs in reversed(memory):
        if refs and not actors & set(names(refs)):
            return list(refs)
    return []


def own_organisation(state: State, clause: Clause, actor: list[EntityRef]) -> list[EntityRef]:
    """The organisation the actor heads (``headed_organisation``), else the organisation
    of the actor's sector named last before this sentence."""
    headed = headed_organisation(state, actor)
    if headed:
        return headed
    sectors = {r.sector for r in actor if r.sector}
    if not sectors:
        return []
    best: Mention | None = None
    for m in state.article.mentions:
        if m.start >= clause.sent.end:
            break
        if m.label == "ORG" and m.sector in sectors:
            best = m
    return [mention_ref(state, best)] if best is not None else []


def headed_organisation(state: State, actor: list[EntityRef]) -> list[EntityRef]:
    """The organisation named inside the actor's "Ka-" title: Indonesian heads of police
    and state bodies are "Ka" + the body ("Kapolri" heads Polri, "Kapolda Metro Jaya"
    Polda Metro Jaya, "Kabareskrim" Bareskrim), wherever the article names the body."""
    mentions = state.article.mentions
    spans = {(r.start, r.end) for r in actor}
    clusters = {m.cluster for m in mentions if (m.start, m.end) in spans and m.cluster is not None}
    for title in mentions:
        if title.cluster not in clusters or title.label != "OFFICE":
            continue
        if title.text[:2].lower() != "ka" or len(title.text) < 5:
            continue
        unnamed = regional_police(state, title)
        if unnamed is not None:  # the title's own region before a bare "Polsek" elsewhere
            return [named_body(state, unnamed.entity_name) or unnamed]
        body = named_body(state, title.text[2:])
        if body is not None:
            return [body]
    return []


def named_body(state: State, name: str) -> EntityRef | None:
    """The article's organisation written ``name`` ("Polsek Tambora" of "Kapolsek Tambora"),
    so that a command found through its chief's title is the one the article names."""
    wanted = name.casefold()
    for m in state.article.mentions:
        if m.label == "ORG" and m.text.casefold() == wanted:
            return mention_ref(state, m)
    return None


def regional_police(state: State, title: Mention) -> EntityRef | None:
    """The regional police a "Kapolda"/"Kapolres" title followed by its region heads, when
    the article names that command only through its chief ("Kapolda Sumatera Barat Irjen
    Suharyono": Polda Sumatera Barat), as crime reports often do."""
    if not police_chief_title(title.text):
        return None
    text = state.article.text
    region = next(
        (
            m
            for m in mentions_at(state, title.end + 1)
            if m.label in ("LOC", "GPE") and not text[title.end : m.start].strip()
        ),
        None,
    )
    if region is None:
        return ranked_region(state, title)
    name = f"{title.text[2].upper()}{title.text[3:]} {region.text}"
    end = region.end
    # "Kapolres Tasikmalaya Kota": the city's command, not the regency's Polres Tasikmalaya
    city = re.match(r"\s+([A-Z]\w*)", text[end:])
    if city and city.group(1).lower() in state.lex.cue("citycommand"):
        name, end = f"{name} {city.group(1)}", end + city.end()
    return EntityRef(None, name, name, "organization", region.country or title.country, "COP",
                     start=title.start, end=end)  # fmt: skip


RANKED_REGIONS = (re.compile(r" ([A-Z][a-z]+) "), re.compile(r" ([A-Z][a-z]+ [A-Z][a-z]+) "))
"""A region of one word or of two: the one-word region is tried first, as a rank may be
capitalised like a place ("Kapolsek Tambora Kompol Slamet")."""


def ranked_region(state: State, title: Mention) -> EntityRef | None:
    """ "Kapolsek Dayeuhkolot AKP Triyono": one or two capitalised words between a police
    chief's title and his rank name his command's region, which the gazetteer may not
    know (or the model took for a name)."""
    text = state.article.text
    match = next(
        (
            found
            for region in RANKED_REGIONS
            if (found := region.match(text, title.end)) is not None
            and any(
                m.label == "OFFICE" and m.sector == "COP" for m in mentions_at(state, found.end())
            )
        ),
        None,
    )
    if match is None:
        return None
    name = f"{title.text[2].upper()}{title.text[3:]} {match.group(1)}"
    written = text[title.start : match.end(1)]  # "Kapolsek Dayeuhkolot", as the text has it
    return EntityRef(None, written, name, "organization", title.country, "COP",
                     start=title.start, end=match.end(1))  # fmt: skip


def mentions_at(state: State, start: int) -> list[Mention]:
    """The article's mentions that start at offset ``start``, in the article's order: the
    mentions are indexed once per article, not scanned for every title that asks."""
    if state.mention_starts is None:
        state.mention_starts = {}
        for m in state.article.mentions:
            state.mention_starts.setdefault(m.start, []).append(m)
    return state.mention_starts.get(start, [])


def people_mention(state: State, code: str) -> EntityRef | None:
    """The article's first mention of the people of country ``code`` ("warga Palestina")."""
    for m in state.article.mentions:
        if m.label == "NORP" and m.country == code:
            return mention_ref(state, m)
    return None


def country_mention(state: State, code: str) -> EntityRef | None:
    """The article's first mention of the country ``code`` as a polity."""
    for m in state.article.mentions:
        if m.label == "GPE" and m.country == code:
            return mention_ref(state, m)
    return None


def place_country(state: State, text: str, country: str | None) -> str | None:
    venue = venue_in(text)
    if venue is not None:
        return venue.country
    if country:
        return country
    found = state.ctx.lexicons.lookup_place(text)
    return found.country_code if found is not None else None


MEETS = MEETING | {"berkoordinasi", "berdiskusi", "berbincang"}


def met_host(state: State, clause: Clause, j: int) -> list[EntityRef]:
    """The host of a visit is the leader the visitor met there: "mengunjungi Kyiv dan
    bertemu Presiden Ukraina Volodymyr Zelenskyy", "kunjungan kerja ke Bogor untuk
    berkoordinasi dengan Wali Kota Bogor" (PLOVER 3.4: visitor and host)."""
    toks = clause.toks
    k = j - 1
    while k < min(len(toks) - 2, j + 18):
        k += 1
        if toks[k].low == "(":  # "mengunjungi Jakarta pada Senin (8/1) dan bertemu ..."
            k = closing_paren(toks, k)
            continue
        if toks[k].low in HARD_STOP:
            return []
        if toks[k].low in ("dan", "serta", "untuk", "guna") and toks[k + 1].low in MEETS:
            n = k + 3 if k + 2 < len(toks) and toks[k + 2].low == "dengan" else k + 2
            found = right_arguments(clause, n, prep_only=False)
            people = [c for c in found if c.label in ("PER", "OFFICE")]
            return resolve(state, clause, people, None)
    return []


def host_country(state: State, clause: Clause, j: int, actor: list[EntityRef]) -> list[EntityRef]:
    """The country hosting a visit to a city or venue ("bertolak ke Washington")."""
    toks = clause.toks
    k = j
    while k < len(toks) and k - j < 3 and clause.cand_at[k] is None:
        k += 1
    c = clause.cand_at[k] if k < len(toks) else None
    if c is None or c.label in ("PER", "OFFICE", "PRON") or c.etype == "person":
        return []
    code = place_country(state, c.text, c.country)
    own = {r.country or (HOME if home_office(state, r) else None) for r in actor} - {None}
    if not own and not any(r.type == "person" for r in actor):
        own = {HOME}  # "massa aksi tiba di Monas": an unnamed crowd of the news' own country
    if code is None or code in own:
        return []  # a return home is hosted by nobody
    ref = country_mention(state, code)
    return [ref] if ref is not None else []


def home_office(state: State, ref: EntityRef) -> bool:
    """The person holds an office of the news' own state, by the office's words: "Wakil
    Ketua DPR RI Fahri Hamzah" ("RI"), or an office naming an organisation the article
    places in Indonesia ("Ketua DPR" with "DPR RI" named). Evidence, not a default: a
    person of unknown country may be a foreign leader."""
    mentions = state.article.mentions
    cluster = ref_cluster(state, ref)
    if ref.type != "person" or cluster is None:
        return False
    homes = {  # by its name and as written ("DPR RI", "DPR")
        word.casefold()
        for m in mentions
        if m.label == "ORG" and m.country == HOME
        for word in (m.name or m.text, m.text)
    }
    named = [m for m in mentions if m.cluster == cluster]
    titles = [m for m in named if m.label == "OFFICE"] + [
        t
        for m in named
        for t in mentions
        if t.label == "OFFICE" and m.start - 2 <= t.end <= m.start  # "Ketua DPR RI Fahri"
    ]
    for m in titles:
        if HOME_MARK.search(m.text):
            return True
        office = m.text.casefold()
        if any(re.search(rf"\b{re.escape(h)}\b", office) for h in homes):
            return True
    return False


HOME_MARK = re.compile(r"\bRI\b|\bIndonesia\b")


def capital_country(state: State, ref: EntityRef) -> EntityRef:
    """A capital that acts ("London menolak ...", "Moskow menampik ...") is its state's
    government (``capital_subject``): the article's own name of that country, if any."""
    if ref.type != "country" or not ref.country:
        return ref
    place = state.ctx.lexicons.lookup_place(ref.entity_text)
    if getattr(place, "kind", None) != "capital":
        return ref
    return country_mention(state, ref.country) or ref


def country_for_city(state: State, ref: EntityRef, actor: list[EntityRef]) -> EntityRef:
    """A city attacked, seized or aided stands for its country ("merebut Kyiv" ->
    Ukraina, "bantuan ke Gaza" -> Palestina)."""
    if ref.type != "location" or not ref.country:
        return ref
    if ref.country in {r.country for r in actor}:
        return ref
    return country_mention(state, ref.country) or ref


def tells_no_source(lex: Lexicon, words: Collection[str]) -> bool:
    """Whether ``remember_sources`` finds no mediator or reporter in a sentence of these
    lower-cased words and no events (the lazy coder passes such a sentence over)."""
    return MEDIATION.isdisjoint(words) and not reports_in(lex, words)


def reports_in(lex: Lexicon, words: Collection[str]) -> bool:
    """Whether a sentence of these lower-cased words has a word of report ("dilaporkan",
    "laporan"), the only sentences ``remember_sources`` reads reporters from."""
    return not (REPORT_WORDS.isdisjoint(words) and lex.cue("reportnoun").isdisjoint(words))


def remember_sources(state: State, clause: Clause, events: list[Event]) -> None:
    """Who accused or claimed, who reported, and who arrested, charged or attacked, in
    this sentence (most recent last); then moves on to the next sentence."""
    for e in events:
        if e.event in ("ACCUSE", "REJECT") and e.actor:
            state.claimants.append(list(e.actor))
        if e.event == "ACCUSE" and e.actor:
            state.accusers.append(list(e.actor))
        if e.reported_by:
            state.reporters.append(list(e.reported_by))
    toks = clause.toks
    lows = clause.lows  # most sentences have no word of mediation or report
    for k, tok in enumerate(toks[:-1] if not MEDIATION.isdisjoint(lows) else ()):
        if tok.low in MEDIATION and tok.low != "dipimpin":  # "dengan mediasi Qatar, Mesir ..."
            n = k + 2 if toks[k + 1].low == "oleh" else k + 1
            found_here = resolve(state, clause, right_arguments(clause, n, prep_only=False), None)
            if found_here:
                state.mediators = [r for r in found_here if placeless(r)]
    report_nouns = state.lex.cue("reportnoun")
    for k, tok in enumerate(toks if reports_in(state.lex, lows) else ()):
        found: list[Cand] = []
        if tok.low in REPORT_VERBS:
            found = [c for c in clause.cands if c.j <= k and k - c.j <= 2][-1:]
        elif tok.low in REPORT_PASSIVES:
            found = right_arguments(clause, k + 1, prep_only=False)[:1]
        elif tok.low in report_nouns and k + 1 < len(toks):
            nxt = clause.cand_at[k + 1]  # "laporan Reuters bahwa ..."
            found = [nxt] if nxt is not None and nxt.i == k + 1 else []
        else:
            continue  # most words report nothing
        refs = [ref_of(state, c) for c in found if c.kind in ("mention", "cap", "noun")]
        if refs:
            state.reporters.append(refs)
    for e in events:
        named = suspects(state, e)
        if named:
            state.suspect = named[0] if len(named) == 1 else None
            state.suspects = named if len(named) > 1 else state.suspects
        elif held_unnamed(e):  # "Empat anggota LSM terjaring OTT": the next "pelaku" is
            state.suspect = None  # one of them, no longer the one held before
    for e in events:
        if e.event in OFFENDER_MAKERS and set(e.mode) & OFFENDER_MAKERS[e.event]:
            if not any(r.sector in LAW_BODIES for r in e.actor):
                continue  # "dilaporkan pengurus masjid": an accusation, no charge
            note_offenders(state, e.recipient)
    petition = state.lex.cue("petition")
    for e in events:
        if petition.intersection(e.trigger.lower().split()):
            continue  # "gugatan praperadilan X": X sues the police, he runs no case
        if e.event in AGENT_FAMILY and e.actor and any(political(r) for r in e.actor):
            state.agents.append((state.sentence, AGENT_FAMILY[e.event], list(e.actor)))
    for e in events:
        state.coded.append((state.sentence, e.event, tuple(e.mode), e.actor + e.recipient))
        if e.actor:
            words = tuple(e.trigger.lower().split())
            state.acts.append((state.sentence, e.event, words, list(e.actor), list(e.recipient)))
        loc = e.event_loc
        first = (
            state.story_place is None
            and loc is not None
            and bool(loc.resolved_place)
            and loc.start is not None  # its own place, not the story's (``story_place``)
            and loc.start not in state.seats  # "ditahan di Mapolres Boyolali": no scene
        )
        on_story_day = e.date is not None and e.date == state.story_day
        if first and (on_story_day or quoted_on_story_day(state, clause, e)):
            state.story_place = loc
    state.sentence += 1
    del state.claimants[:-MEMORY]
    del state.accusers[:-MEMORY]
    del state.reporters[:-MEMORY]
    del state.agents[:-MEMORY]
    del state.acts[:-MEMORY]


OFFENDER_MAKERS = {"COERCE": {"arrest"}, "ACCUSE": {"allege"}, "SANCTION": {"convict"}}
"""Acts of the police, prosecutors or courts that make their recipients suspects,
defendants or convicts."""
OFFENDER_ROLES = frozenset({"tersangka", "terdakwa", "terpidana", "pelaku"})
OFFENDER_AFTER = re.compile(
    r"\s*(?:,|\(|selaku|sebagai|yang\s+merupakan|yang\s+juga|yang\s+kini\s+menjadi)?\s*"
    r"(?:tersangka|terdakwa|terpidana)\b",
    re.IGNORECASE,
)
"""A status given right after a name: "X, terdakwa kasus ...", "menetapkan X sebagai
tersangka", "X (tersangka) ..."."""
OFFENDER_APPOSED = re.compile(
    r"\b(?:tersangka|terdakwa|terpidana)\b[^.,;:!?\"“”()]{1,60},\s*$", re.IGNORECASE
)
"""A role with its case before the name it is apposed to: "Terdakwa korupsi proyek
pengadaan Alquran, Fahd ..."."""


def quoted_on_story_day(state: State, clause: Clause, event: Event) -> bool:
    """Whether an act of unknown day is told in a quote that a time of the story's day
    follows in its sentence, most often its speech tag's ('"Pelaku ditangkap di Cilacap,"
    kata X, Selasa (2/5)', ``speech_frame``; no speech-tag check is made): like an act of
    that day, its own place may be where the story's other acts are."""
    if event.date is not None or not event.sources or state.story_day is None:
        return False
    pos = event.sources[0].trigger_start
    quote = next((q for q in clause.quote_spans if pos is not None and q[0] <= pos < q[1]), None)
    return quote is not None and any(
        t.value == state.story_day and quote[1] <= t.start < clause.sent.end
        for t in state.article.times
    )


def article_offenders(article: Article) -> set[str]:
    """The lower-cased names (every name mention of their cluster) of the people the article
    calls suspects, defendants or convicts by a role word right before the name
    ("terdakwa Setya Novanto", "tersangka AN"), apposed to it ("Terdakwa kasus suap
    impor, Budi") or a status right after it ("X sebagai tersangka", "X, terdakwa kasus
    ...")."""
    text, found, last_end = article.text, set(), 0
    for m in sorted((m for m in article.mentions if m.label == "PER"), key=lambda m: m.start):
        before = text[max(0, m.start - 12) : m.start].lower().split()[-1:]
        apposed = OFFENDER_APPOSED.search(text, max(last_end, m.start - 80), m.start)
        if (
            (before and before[0] in OFFENDER_ROLES)
            or apposed is not None  # no other name between: "terdakwa Irman, Budi ..."
            or OFFENDER_AFTER.match(text, m.end)
        ):
            found.add(m.cluster if m.cluster is not None else m.text.lower())
        last_end = max(last_end, m.end)
    names = {k for k in found if isinstance(k, str)}
    return names | {
        m.text.lower() for m in article.mentions if m.cluster in found and m.label == "PER"
    }


def note_offenders(state: State, refs: list[EntityRef]) -> None:
    """Remember the people an arrest, charge or verdict falls on as the article's offenders
    (their names as each mention of them spells it)."""
    for r in refs:
        if r.type != "person" or r.sector in LAW_BODIES:
            continue
        state.offenders.update({r.entity_name.lower(), r.entity_text.lower()})
        cluster = next((m.cluster for m in state.article.mentions if m.start == r.start), None)
        if cluster is not None:
            state.offenders.update(
                m.text.lower()
                for m in state.article.mentions
                if m.cluster == cluster and m.label == "PER"  # not "Direktur": others hold it
            )


def arrest_or_charge(event: Event) -> bool:
    """Whether an event arrests or charges its recipients: what makes them a case's
    suspects."""
    return event.event in ("COERCE", "ACCUSE") and not {"arrest", "allege"}.isdisjoint(event.mode)


def held_unnamed(event: Event) -> bool:
    """Whether an arrest or charge falls on people the article does not name ("empat
    anggota LSM", "dua orang"): in a round-up of cases, a new case."""
    return (
        arrest_or_charge(event)
        and bool(event.recipient)
        and all(r.type == "group" for r in event.recipient)
    )


def suspects(state: State, event: Event) -> list[EntityRef]:
    """The named people an event makes suspects of: whom it arrests or charges, who
    attacks; none for an event naming nobody so ("pelaku" itself, "dua orang")."""
    if arrest_or_charge(event):
        parties = event.recipient
    elif event.event == "ASSAULT":
        parties = event.actor
    else:
        return []
    return [
        r
        for r in parties
        if r.type == "person"
        and r.sector not in LAW_BODIES  # "Kombes Nico Afinta": who reports, misread as held
        and r.entity_name[:1].isupper()
        and r.entity_name.split()[0].lower() not in state.lex.actor_first
    ]


def settle_date(
    state: State,
    clause: Clause,
    i: int,
    event_type: str,
    modes: list[str],
    negated: bool,
    value: str | None,
    precision: Precision,
    rule: str,
    framed: bool = False,
) -> tuple[str | None, Precision, str]:
    """The event's (date, precision, rule) when its sentence states none (``rule`` is the
    publication fallback of ``kabar.events.event_date``): a past or background act ("telah
    menetapkan", "sudah menyita", "sempat menolak", "selama ini", "Hamas sebelumnya
    meminta", "pada masa lalu melancarkan serangan") has an unknown date (docs/annotation.md,
    5); any other act belongs to the story, dated by the article's first day that is not
    after its publication ("Kamis (30/6)" in the lead dates what follows). When the text
    gives that day only as the day someone spoke ("kata Kapolres, Sabtu (18/10)",
    ``told_day``), it dates what was said that day, not the arrests, charges and attacks
    the speakers report (``reported_act``): their day is unknown ("told-day"), unless the
    sentence says they were still under way or in force ("polisi masih menyelidiki", "KKP
    tetap melarang cantrang") or that they have
    not happened ("KPK belum menahan X": how things stand on that day). So is an act told
    in someone's quoted words (``framed``, ``speech_frame``) whose own words date it not."""
    if rule != "publication-month":
        return value, precision, rule
    if described_by(clause, i) and event_type not in FORCE:
        return None, "unknown", BACKGROUND_RULE
    before = [t.low for t in clause.toks[:i]]
    settled = undated_date(state.story_day, before)
    on_story_day = settled is not None and settled[2] == "story-day"
    if on_story_day and case_history(state.article, clause, before):
        return None, "unknown", BACKGROUND_RULE
    told = settled is not None and settled[2] == "story-day" and (state.told_day or framed)
    if told and told_act(clause, i, event_type, modes, negated):
        return None, "unknown", "told-day"
    return settled or (value, precision, rule)


def told_act(clause: Clause, i: int, event_type: str, modes: list[str], negated: bool) -> bool:
    """Whether the event is an act a speaker reports (``reported_act``) as done, not as
    still under way or in force ("polisi masih menyelidiki", "KKP tetap melarang
    cantrang") nor as not yet done ("KPK belum menahan X"): those tell how things stand
    on the day he speaks."""
    still = STILL_WORDS if STANDING_MODES.intersection(modes) else ONGOING  # "masih menyelidiki"
    ongoing = not still.isdisjoint(t.low for t in clause.toks[: i + 1])
    return reported_act(event_type, modes) and not ongoing and not negated


def described_by(clause: Clause, i: int) -> bool:
    """Whether the trigger is a passive verb right after "yang" ("Daud, imam yang ditahan
    pihak imigrasi", "10 orang yang ditetapkan sebagai pelaku"): the act describes
    someone the sentence is about, told as known background of a day it does not state.
    Not arrests, attacks and sanctions ("empat pelaku yang diamankan"): they are mostly
    the story's news."""
    return i > 0 and clause.toks[i - 1].low == "yang" and clause.toks[i].low.startswith("di")


SAID = VERBAL - {"ACCUSE"}  # "ACCUSE" holds charges ("ditetapkan tersangka"), no statement
LEGAL = frozenset({"allege", "investigate"})  # ACCUSE modes of a charge or an inquiry


def reported_act(event_type: str, modes: list[str]) -> bool:
    """Whether the event is an act a speaker reports rather than does on the day he speaks:
    an arrest, seizure or travel ban, an attack, a sanction, a charge or an inquiry (not an
    accusation or a criticism, which is said)."""
    if event_type == "ACCUSE":
        return not LEGAL.isdisjoint(modes)
    return event_type in FORCE


FORCE = frozenset({"COERCE", "ASSAULT", "SANCTION"})


QUOTE_TAG_WORDS = 3  # words after a quote its speech verb stands in ('," kata X', '," ujarnya')


def speech_frame(
    article: Article,
    clause: Clause,
    i: int,
    quote: tuple[int, int] | None,
    event_type: str,
    modes: list[str],
    negated: bool,
) -> list[tuple[int, int]]:
    """The times of the sentence that date the statement telling, at token ``i``, an arrest,
    seizure, attack or sanction done (``told_act``), or any reported act told as past
    ("sudah", "telah": docs/annotation.md 5), in someone's words: the tag's day is when he
    spoke, not when the seizure was ('"Kami menyita dua mobil," kata Kapolres X, Senin
    (20/10)'; told as past, the same in reported speech: "X mengatakan pihaknya telah
    menangkap Y, Senin"). Only the times that close the speech tag or stand before its
    verb ("X, Senin (20/10), mengatakan"), not a date the writer puts before
    the quote ('Dalam penggerebekan Minggu (19/10) malam, "..."'). A statement made in the
    quote keeps the day, and so do an accusation told in it (made by saying it), an
    inquiry, even one told as done, for the case it opens stays under way ('"FA didalami
    terkait aliran dana," kata jubir KPK, Senin'; "laporan itu sudah naik ke tahap
    penyidikan": the dev gold dates it), and an act of the speech day
    (``spoken_day_act``). Not a quoted term ('melakukan "penertiban", Senin'), which no
    speech verb tags."""
    if "investigate" in modes or not told_act(clause, i, event_type, modes, negated):
        return []
    sent = clause.sent
    if quote is None:
        before = [t.low for t in clause.toks[:i] if t.start >= sent.start]
        if not said_there(article.text[sent.start : clause.toks[i].start]) or not background_act(
            own_clause(before)
        ):
            return []  # reported speech: only an act told as past ("telah menangkap")
        trigger = clause.toks[i].start
        return [
            (t.start, t.end)
            for t in article.times
            if sent.start <= t.start < sent.end
            and (speech_tag(article, t) or (t.end <= trigger and said_right_after(article, t)))
        ]
    words = own_clause([t.low for t in clause.toks[:i] if t.start >= quote[0]])
    if not NOW_WORDS.isdisjoint(words) or "saat_ini" in words:
        return []  # "Saat ini pelaku sudah diamankan": how things stand on the day he speaks
    if spoken_day_act(act_clause_words(article.text, quote, clause.toks[i].start)):
        return []
    if event_type not in FORCE and not background_act(words):
        return []
    speech = quote_lexicon()
    after = WORD.findall(article.text[quote[1] : sent.end].lower())[:QUOTE_TAG_WORDS]
    tagged = any(w.removesuffix("nya") in speech.post for w in after)
    if not tagged and not said_there(article.text[sent.start : quote[0]]):
        return []
    return [(t.start, t.end) for t in sentence_tag_times(article, sent, quote)]


def sentence_tag_times(
    article: Article, sent: Sentence, quote: tuple[int, int]
) -> list[TimeExpression]:
    """The times of the sentence, outside the quote, that date a statement: one closing a
    speech tag (``speech_tag``) or one a speech verb follows before the quote
    ("Kapolres X, Senin (20/10), mengatakan, ...")."""
    return [
        t
        for t in article.times
        if sent.start <= t.start < sent.end
        and not quote[0] <= t.start < quote[1]
        and (
            speech_tag(article, t)
            or (t.end <= quote[0] and said_there(article.text[t.end : quote[0]], SPEECH_VERB_GAP))
        )
    ]


SPEECH_VERB_GAP = 3  # words between a date and the speech verb after it ("(20/10), mengatakan")


def said_right_after(article: Article, t: TimeExpression) -> bool:
    """Whether a speech verb is the next word after the date, its speaker before it
    ("Kapolres X, Senin (20/10), mengatakan pihaknya telah ..."): the date is the
    statement's. Not a date that opens the sentence before its subject ("pada Agustus
    2025, KPK mengumumkan telah menetapkan ...": the dev gold dates the act by it)."""
    after = WORD.findall(article.text[t.end : t.end + SCENE_CHARS])[:1]
    return bool(after) and said_there(after[0], 1)


SPOKEN_DAY = MODALITY_WORDS["spokenday"]
PRIOR_NIGHT = MODALITY_WORDS["priornight"]
TERM_FOR = MODALITY_WORDS["detentionfor"]
TERM_AHEAD = MODALITY_WORDS["detentionahead"]
TERM_FROM = MODALITY_WORDS["detentionfrom"]
TERM_START = MODALITY_WORDS["detentionstart"]
TERM_UNIT = MODALITY_WORDS["detentionunit"]
TERM_HOLD = MODALITY_WORDS["detentionhold"]
TERM_DAYS = 3  # words between "untuk"/"selama" and "hari" ("selama 20 hari", "dua puluh hari")


CLAUSE_STOPS = frozenset({".", ",", ";", "!", "?", ":"})


CLAUSE_MARK = re.compile(  # a clause stop in running text, not "1.000" nor "14:30"
    "[" + re.escape("".join(sorted(CLAUSE_STOPS))) + r"](?!\d)"
)


def act_clause_words(text: str, quote: tuple[int, int], trigger: int) -> list[str]:
    """The words of the quote's clause that holds the act (from ``trigger``): another
    clause's "tadi" is another act's ('"Pelaku sudah kami tangkap di Cianjur, dan tadi
    kami menggelar rekonstruksi"': the arrest is earlier)."""
    before = CLAUSE_MARK.split(text[quote[0] : trigger])[-1]
    after = CLAUSE_MARK.split(text[trigger : quote[1]])[0]
    return WORD.findall((before + after).lower())


def spoken_day_act(words: list[str]) -> bool:
    """Whether the act's clause (its words) tells an act of the day its speaker speaks:
    "tadi", "barusan" (not "tadi malam", the night before), or a detention whose term
    runs from that day ("ditahan untuk 20 hari ke depan", "20 hari pertama", "terhitung
    sejak hari ini"), a detention word in the clause (not "selama tiga hari pertama
    operasi, kami menangkap ...": the operation's days): the tag's day is the act's."""
    detention = not TERM_HOLD.isdisjoint(words)
    for k, w in enumerate(words):
        nxt = words[k + 1 : k + 2]
        if w in SPOKEN_DAY and not (nxt and nxt[0] in PRIOR_NIGHT):
            return True
        if not detention:
            continue
        if w in TERM_FROM and nxt and nxt[0] in TERM_START:
            return True
        unit = next(
            (
                m
                for m in range(k + 1, k + 1 + TERM_DAYS)
                if m < len(words) and words[m] in TERM_UNIT
            ),
            None,
        )
        if w in TERM_FOR and unit is not None:
            ahead = [x for x in words[unit + 1 : unit + 3] if x != "ke"][:1]  # "ke depan"
            if ahead and ahead[0] in TERM_AHEAD:
                return True
    return False


def own_clause(words: list[str]) -> list[str]:
    """The words before a trigger from the start of its clause: after the last stop or
    comma ("Banyak tetangga yang pernah bermasalah. Saya ingin menempuh jalur hukum": the
    "pernah" is another clause's)."""
    stop = max((k for k, w in enumerate(words) if w in CLAUSE_STOPS), default=-1)
    return words[stop + 1 :]


ONGOING = MODALITY_WORDS["ongoing"]  # not "kini menjadi tersangka": a state
STILL_WORDS = ONGOING | STILL  # "tetap melarang": the ban still holds on the day told
STANDING_MODES = MODALITY_WORDS["standingmode"]
"""Modes of a measure that stays in force, which "tetap" says still holds; of a one-off
act "tetap" is concessive ("walau dilawan, polisi tetap menangkap X": done anyway)."""


def told_day(article: Article, day: str | None) -> bool:
    """Whether every mention of the story's day (``day``, ``story_day``) dates a
    statement: it follows a speech verb and its speaker ("ujar Kasatreskrim Polresta
    Mataram, AKP X, Sabtu (18/10)", "kata Febri di Gedung KPK, Jakarta, Senin (9/3)")."""
    stated = [t for t in article.times if day is not None and t.value == day]
    return bool(stated) and all(speech_tag(article, t) for t in stated)


SPEECH_TAG_WORDS = 10  # words a speech tag may hold before its date ("kata Kepala X, Y,")


def speech_tag(article: Article, t: TimeExpression) -> bool:
    """Whether the date closes a speech tag: a comma, and a speech verb in the words of its
    sentence before it; or a long tag (``long_speech_tag``)."""
    before = sentence_before(article, t.start, SCENE_CHARS)
    if before.rstrip().endswith(",") and said_there(before, SPEECH_TAG_WORDS):
        return True
    return long_speech_tag(article, t)


LONG_TAG_CHARS = 260  # how far before its date a long speech tag may begin
LONG_TAG_WORDS = 30


def long_speech_tag(article: Article, t: TimeExpression) -> bool:
    """Whether the date closes a speech tag whose speaker's titles, place and occasion run
    long ("ucap Kepala Unit Reserse Kriminal Polsek X Inspektur Polisi Satu Y kepada
    wartawan, Selasa (11/7)", "kata X di gedung KPK, Kuningan, Jakarta Selatan, Selasa
    (21/10)", "kata X saat dikonfirmasi Rabu (10/1)"): going back from a comma or an
    occasion word right before the date, a speech verb that follows its quote ("kata",
    "ujar") or an occasion word ("dalam jumpa pers", "kepada wartawan") comes before any
    lowercase verb. A verb that opens its content ("mengaku mikrofonnya rusak dalam
    debat di New York, Senin") or an act's verb ("menangkap pelaku di Jalan Y, Senin")
    leaves the day to the act; a citation ("dikutip dari Reuters, Jumat") dates the
    source's report, whose news may be of that day."""
    text = sentence_before(article, t.start, LONG_TAG_CHARS)
    raw = WORD.findall(text)[-LONG_TAG_WORDS:]
    speech = quote_lexicon()
    occasions = speech.words.get("occasion", frozenset())
    citing = speech.words.get("via", frozenset())
    if not raw or not (text.rstrip().endswith(",") or raw[-1].lower() in occasions):
        return False
    for word in reversed(raw):
        low = word.lower()
        if low in occasions or low.removesuffix("nya") in speech.post:
            return True
        if low in citing:
            continue  # "kata X, seperti dilansir Antara, Kamis (25/5)": still X's tag
        if word.islower() and low.startswith(VERB_PREFIXES) and len(low) > 5:
            return False  # an act's verb, or one that opens its content
    return False


def sentence_before(article: Article, pos: int, reach: int) -> str:
    """The text of the sentence holding ``pos`` before it, at most ``reach`` long."""
    sent = next((s for s in article.sentences if s.start <= pos < s.end), None)
    return article.text[max(pos - reach, sent.start if sent else 0) : pos]


def undated_date(day: str | None, before: list[str]) -> tuple[str | None, Precision, str] | None:
    """(date, precision, rule) of an act whose text states no date, from the words of its
    sentence before the trigger: unknown for a past or background act ("background"), the
    story's ``day`` for any other ("story-day"); None when the article has no story day."""
    if background_act(before):
        return None, "unknown", BACKGROUND_RULE
    return (day, "day", "story-day") if day is not None else None


def background_act(before: list[str]) -> bool:
    """Whether the words before the trigger tell a past or background act ("telah",
    "sebelumnya", "pada masa lalu", "kasus ini bermula saat ..."). A past word an
    ongoing one follows tells what came before the act, not the act ("telah menerima
    laporan dan kini tengah menyelidiki")."""
    past = [k for k, w in enumerate(before) if w in PAST]
    return (
        (bool(past) and not now_in_verb_group(before[past[-1] + 1 :]))
        or any(tuple(before[k : k + 2]) in PAST_PHRASES for k in range(len(before)))
        or case_origin(before)
        or later_on(before)
    )


def later_on(before: list[str]) -> bool:
    """Whether the clause opens with "belakangan" ("later on": "Belakangan, polisi
    membantah ...", "Namun, belakangan hal itu dibantah"): the act came after the story's
    events, on a day the text does not state; "belakangan ini" is "lately"."""
    words = [w for w in before if w.isalnum()]
    k = 0
    while k < len(words) and (
        words[k] in OPENING_CONJUNCTIONS
        or (words[k] in OPENING_HEADS and words[k + 1 : k + 2] and words[k + 1] in CONTRAST)
    ):
        k += 1
    return k < len(words) and words[k] == "belakangan" and words[k + 1 : k + 2] != ["ini"]


OPENING_CONJUNCTIONS = CONTRAST | JOINED
"""Conjunctions that may open a clause before its first word ("Namun, belakangan ...",
"Dan belakangan ...")."""
OPENING_HEADS = MODALITY_WORDS["openinghead"]  # "Akan tetapi, belakangan ...": no "will"


NOW_WORDS = ONGOING | MODALITY_WORDS["now"]
"""Words that put an act in the present ("kini dikenakan wajib lapor")."""


def now_in_verb_group(words: list[str]) -> bool:
    """Whether a "now" word stands in the trigger's own verb group, after the last
    conjunction, sequencer or "yang" before it ("dan kini tengah menyelidiki"), not in a
    clause on something else ("rumah yang kini masih kosong dan menangkap X")."""
    opener = max((k for k, w in enumerate(words) if w in VERB_GROUP_OPENERS), default=-1)
    return not NOW_WORDS.isdisjoint(words[opener + 1 :])


VERB_GROUP_OPENERS = JOINED | SEQUENCERS | INNER_OPENERS


def case_origin(before: list[str]) -> bool:
    """Whether the words before the trigger tell how a case began ("kasus ini bermula saat
    Lisa menuding ...", "perkara yang berawal dari laporan ..."): its first act is
    background, of a day the sentence does not state."""
    origin = next((k for k, w in enumerate(before) if w in ORIGIN_VERBS), None)
    return origin is not None and not CASE_NOUNS.isdisjoint(before[:origin])


HISTORY_SENTENCES = 4  # how far back a case's origin may be told before its next steps


def case_history(article: Article, clause: Clause, before: list[str]) -> bool:
    """Whether an act told as the next step ("lalu", "kemudian", "Kemudian, ...") follows,
    within a few sentences, one that tells how a case began ("Kasus ini bermula saat X
    menuding Y. Y lalu melaporkan X ke polisi", ``case_origin``): the case's history goes
    on, on days the text does not state, not on the story's day (docs/annotation.md, 5).
    A date in those sentences that is older than the story's fortnight ("pada Mei 2024")
    dates the history, not the step; any other stops the rule (the text is back to the
    news). Not a statement or a plan ("X kemudian mengatakan pihaknya akan menahan Y",
    ``next_step``): the report is back to the day someone speaks."""
    if not next_step(before):
        return False
    sentences = article.sentences
    here = next((k for k, s in enumerate(sentences) if s.start == clause.sent.start), None)
    if here is None:
        return False
    for k in range(here - 1, max(here - 1 - HISTORY_SENTENCES, -1), -1):
        sent = sentences[k]
        times = [t for t in article.times if sent.start <= t.start < sent.end]
        if not all(older_than_story(article, t) for t in times):
            return False
        if case_origin(WORD.findall(article.text[sent.start : sent.end].lower())):
            return True
    return False


def next_step(before: list[str]) -> bool:
    """Whether the words before a trigger tell its act as a past next step: a sequencer
    in its own clause ("Y lalu melaporkan", "Kemudian, Y melaporkan") with no speech verb
    or future or possible cue after it ("Kapolres kemudian mengatakan pihaknya akan
    menahan Y": what someone says or plans on the day he speaks)."""
    opened = len(before) > 1 and before[0] in SEQUENCERS and before[1] == ","
    words = before if opened else own_clause(before)
    start = next((k for k, w in enumerate(words) if w in SEQUENCERS), None)
    if start is None:
        return False
    speech = quote_lexicon()
    return not any(
        w in STEP_MODALITY or w.removesuffix("nya") in speech.post or w in speech.pre_strength
        for w in words[start + 1 :]
    )


STEP_MODALITY = TENSE_ONLY | MODALITY_WORDS["possibly"] | MODALITY_WORDS["plan"]


def older_than_story(article: Article, t: TimeExpression) -> bool:
    """Whether a time the text gives falls before the story's fortnight before publication
    ("pada Mei 2024", "tahun lalu"): a date of a case's history, not of the news."""
    if not t.value or not article.published:
        return False
    try:
        published = date.fromisoformat(article.published[:10])
    except ValueError:
        return False
    edge = (published - timedelta(days=STORY_DAYS)).isoformat()
    return t.value[:10] < edge[: len(t.value[:10])]


def yearless_date(article: Article, clause: Clause, i: int) -> tuple[str | None, int | None]:
    """("--MM-DD", ISO weekday or None) of an act in an article without a publication
    date whose sentence states a day and month but no year ("pada 7 Oktober", "Rabu
    (6/9)"; the one nearest the trigger), or says "hari ini" where the article dates its
    own day by one weekday dateline without a year (``Article.published_day_month``:
    "Dikutip dari ..., Rabu (6/9)"). The year stays unknown; fusion may match the day to
    a dated report of the story."""
    if article.published:
        return None, None
    sent, pos = clause.sent, clause.toks[i].start
    here = [t for t in article.times if sent.start <= t.start < sent.end]
    stated = [(abs(t.start - pos), day) for t in here if (day := yearless_day(t))]
    if stated:
        return iso_day_month(*min(stated)[1])
    if not any(t.rule == "relative_day" and t.text.lower() == "hari ini" for t in here):
        return None, None
    return article.published_day_month, article.published_weekday


def story_day(article: Article) -> str | None:
    """The first day-precise date of the article no later than its publication and at
    most a fortnight before it (older dates and "sejak ..." are background). A date that
    only dates a cited source's report (``cited_report_day``) gives way to a day the text
    gives after it that falls at most ``CITED_REACH`` days before it: the day of the news
    the source reports ("Dilansir AFP, Minggu (19/10), ... demo ... pada Sabtu pagi")."""
    if not article.published or article.published_precision != "day":
        return None
    try:
        published = date.fromisoformat(article.published[:10])
    except ValueError:
        return None
    cited: TimeExpression | None = None
    for t in sorted(article.times, key=lambda t: t.start):
        if t.value is None or t.precision != "day":
            continue
        if article.text[max(0, t.start - 6) : t.start].strip().lower() == "sejak":
            continue  # "sejak 10 Oktober lalu": when a state began, not the story's day
        try:
            day = date.fromisoformat(t.value)
        except ValueError:
            continue
        if not published - timedelta(days=STORY_DAYS) <= day <= published:
            continue
        if cited is not None:
            if (
                news_of_citation(cited, t)
                and not cited_report_day(article, t)
                and not told_as_background(article, t)
            ):
                return t.value
            continue
        if not cited_report_day(article, t):
            return t.value
        cited = t
    return cited.value if cited is not None else None


def told_as_background(article: Article, t: TimeExpression) -> bool:
    """Whether the words of its sentence before a date tell it as a past or background
    act's ("Sebelumnya, pada Jumat (13/3), Iran menolak ..."): not the day of the news."""
    before = sentence_before(article, t.start, t.start)
    return background_act([w.lower() for w in WORD.findall(before)])


def news_of_citation(cited: TimeExpression, t: TimeExpression) -> bool:
    """Whether a date may be the day of the news a citation dated ``cited`` reports: a
    single day at most ``CITED_REACH`` before it, not a month, an older day or a year
    ("korban sejak Oktober 2023", "pidatonya pada 2 Maret lalu") the text also gives."""
    if t.precision != "day" or not t.value or not cited.value:
        return False
    try:
        day, report = date.fromisoformat(t.value), date.fromisoformat(cited.value[:10])
    except ValueError:
        return False
    return report - CITED_REACH <= day <= report


CITED_REACH = timedelta(days=3)


def cited_report_day(article: Article, t: TimeExpression) -> bool:
    """Whether the date closes a citation that opens its sentence ("Dilansir AFP, BBC, dan
    CNN, Minggu (19/10/2025), ...", "Seperti dikutip dari Reuters, Jumat (30/6), ..."): it
    dates the source's report, not what the report tells (a rally "pada Sabtu pagi").
    Not a citation after a speaker ("kata X, dikutip Antara, Senin"), which dates his
    words (``long_speech_tag``), nor a date after an act's verb ("Dikutip dari keterangan
    X, Prabowo tiba di Y pada Senin"). A dateline before it is cut off (a dash in its
    first ``DATELINE_CHARS``, not one between years: "periode 2014 - 2019")."""
    text = sentence_before(article, t.start, t.start)
    dateline = DATELINE_DASH.search(text, 0, DATELINE_CHARS)
    if dateline is not None and dateline.start() < DATELINE_CHARS:
        text = text[dateline.end() :]
    words = [w.lower() for w in WORD.findall(text)]
    if len(text) > CITATION_CHARS or not text.rstrip().endswith(",") or not words:
        return False
    speech = quote_lexicon()
    citing = speech.words.get("via", frozenset())
    first = 1 if words[0] in speech.words.get("viaopen", frozenset()) else 0
    if first >= len(words) or not any(words[first].startswith(w) for w in citing):
        return False  # "DilansirAFP," (a lost space) still opens with the citing verb
    return not any(
        w.startswith(VERB_PREFIXES) and len(w) > 5 and w not in citing for w in words[first + 1 :]
    )


DATELINE_DASH = re.compile(r"\s[-\u2013\u2014]{1,2}\s")  # "Paris - Dilansir AFP, ..."
CITATION_CHARS = 90  # how long a citation opening a sentence may be before its date
DATELINE_CHARS = 40  # how far into the sentence a dateline's dash may stand


def story_place(
    state: State, day: str | None, event_type: str, actor: list[EntityRef]
) -> Place | None:
    """Where an event of the story's day whose sentence names no place happened: where
    the story's first event on that day did ("bertemu Putin di Istana Kremlin, Moskow,
    Kamis (30/6)" places Jokowi's statements of that day in Moscow); else, for what the
    speaker the text places on that day says (``story_scene``: "kata JK di kantornya,
    Jakarta Pusat, Selasa (6/2)" places JK's requests), there: a statement is made where
    its speaker is, an act it reports or another party's statement was not."""
    loc = state.story_place
    if loc is None and event_type in SAID and state.scene is not None:
        place, speakers = state.scene
        loc = place if any(ref_cluster(state, r) in speakers for r in actor) else None
    if loc is None or day is None or day != state.story_day:
        return None
    return Place(loc.extracted_place, loc.resolved_place, loc.country_code, kind=loc.kind)


def ref_cluster(state: State, ref: EntityRef) -> int | None:
    """The mention cluster of the party's words in the text, if any."""
    span = (ref.start, ref.end)
    return next((m.cluster for m in state.article.mentions if (m.start, m.end) == span), None)


SCENE_CHARS = 100  # how far before a date its "di X, Y," place phrase may begin
SCENE_RANK = {"city": 0, "capital": 0, "province": 1, "region": 1, "country": 2}


def story_scene(
    article: Article, lexicons: PlaceLookup, day: str | None
) -> tuple[Place, set[int]] | None:
    """Where a speaker was on the story's day (``day``, ``story_day``) and who: the place
    written after a speech verb and right before a date of that day, in one sentence ("ujar
    Olly di Manado, Sabtu (13/5)", "ujar X di gedung DPRD, Jalan Sudirman, Pekanbaru, Kamis
    (4/7)"; a long tag, ``long_speech_tag``: "kata X dalam rapat ... di Gedung Sate,
    Bandung, Senin"), with the mention clusters written before it. Of the phrase's
    comma-separated parts the last city the gazetteer knows is the place (a district or
    building before it is in it), else the last province, else the last country."""
    for t in article.times if day is not None else ():
        if t.value != day:
            continue
        before = sentence_before(article, t.start, SCENE_CHARS)
        begin = t.start - len(before)
        at = before.rfind(" di ")
        if at < 0 or not before[at:].rstrip().endswith(","):
            continue  # the date does not follow a place phrase
        if not (said_there(before[:at]) or long_speech_tag(article, t)):
            continue  # "meledak di Natuna, Rabu (17/5)": where an act was, not a speaker
        start = begin + at + 4
        found: dict[int, tuple[PlaceEntry, int]] = {}  # rank -> its last place, where it ends
        for part in PART.finditer(article.text, start, t.start):
            entry = lexicons.lookup_place(part.group().strip())
            if isinstance(entry, PlaceEntry) and entry.kind in SCENE_RANK:
                found[SCENE_RANK[entry.kind]] = (entry, part.end())
        if found:
            entry, end = found[min(found)]
            text = article.text[start:end]
            speakers = {
                m.cluster
                for m in article.mentions
                if begin <= m.start < start and m.cluster is not None
            }
            place = Place(text, entry.canonical, entry.country_code, start, end, entry.kind)
            return place, speakers
    return None


PART = re.compile(r"[^,]+")  # one comma-separated part of a place phrase
SPEAKER_WORDS = 6  # how far before "di" a speech verb may stand ("kata Wakil Ketua X di")


def said_there(before: str, words: int = SPEAKER_WORDS) -> bool:
    """Whether a speech verb stands in the last words before a place phrase ("ujar Olly
    di Manado", "kata JK di kantornya", "X mengatakan hal itu di Jakarta"): the phrase
    says where someone spoke."""
    speech = quote_lexicon()
    for word in WORD.findall(before.lower())[-words:]:
        if word in speech.pre_strength or word.removesuffix("nya") in speech.post:
            return True
    return False
