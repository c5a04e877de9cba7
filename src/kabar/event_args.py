"""Event arguments: who acts and who is acted on, following Indonesian clause structure.

- active verbs (meN-, ber-, light-verb phrases): actor = the subject, the nearest entity
  left of the verb in the same clause (with its coordinated partners "X dan Y", and the
  parties of "pejabat dari X, Y dan Z"); recipient = the object, the first entity right
  of the verb, directly or after dengan/kepada/terhadap/ke/atas/untuk (never di/dari/pada,
  which introduce places and times);
- passive verbs (di-, ter-): recipient = subject; actor = the agent right after the verb
  ("ditangkap polisi") or after "oleh";
- nouns ("serangan udara Israel", "pertemuan antara X dan Y"): actor after the noun;
- symmetric predicates (bertemu, berunding, bentrok): every participant is an actor
  (PLOVER 2.4.2 and 3.16.1); "kedua tokoh/kedua negara/keduanya" are the two most recent
  actors; a sentence that starts with its verb, or with a pronoun, carries the subject
  of the previous sentence (or the pronoun's mention cluster).
No actor, no event (PLOVER 7.5). ``Args.strength`` says how the arguments were found.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from kabar.dates import WEEKDAYS
from kabar.event_clause import (
    ASPECTS,
    BASE_VERBS,
    CLAUSE_PHRASES,
    COLLECTIVE,
    CONTRAST,
    DASHES,
    JOINED_REACH,
    MODALITY_WORDS,
    NP_STOP,
    NUMBER_WORDS,
    NUMBERS,
    ORDINALS,
    ORGS,
    PLACE_LABELS,
    POLITICAL_SECTORS,
    PRONOUNS_PL,
    PRONOUNS_SG,
    PRONOUNS_SPEAKER,
    SUBORDINATORS,
    TITLE_PARTS,
    TOKEN,
    TYPE_OF_LABEL,
    UP_TO_NOW,
    VERB_PREFIXES,
    Cand,
    Clause,
    State,
    Tok,
    earlier_sentences,
    mention_after,
    opening_lead,
    past_words,
)
from kabar.lexicons import event_words
from kabar.model import HOME, Article, EntityRef, Mention, Quote, Sentence
from kabar.nlp import (
    CHIEF_TITLE_COMMAND,
    DESCRIPTION_RULE,
    POLICE_UNITS,
    TIME_NOUNS,
    description_words_of,
)
from kabar.predicates import AGENT_PRONOUNS, GAP, Entry, Lexicon, entries_at
from kabar.segment import QUOTE_MARK

EVENT_WORDS = event_words()
"""The open-class word lists of the argument rules (``data/event_words.tsv``), by kind."""
CHANNELS = frozenset({"melalui", "lewat", "via"})
"""Prepositions of the channel an act goes through ("berkomunikasi melalui WhatsApp dengan
X"): what follows is no object; as a subject see ``channel_only``."""
HARD_STOP = CONTRAST | frozenset(
    list(";:“”\"()[]")
    + ["bahwa", "karena", "sehingga", "setelah", "sebelum", "ketika", "saat", "usai",
       "seusai", "agar", "supaya", "hingga", "sampai", "yakni", "yaitu"]
)  # fmt: skip
RIGHT_STOP = HARD_STOP | {",", "yang"}
NO_SUBJECT_BEFORE = frozenset({"di", "ke", "dari", "pada", "dengan", "kepada", "terhadap",
                               "untuk", "oleh", "antara", "atas", "bagi", "tentang", "soal",
                               "mengenai", "terkait", "sejak", "melawan", "dalam", "menurut",
                               "kata", "ujar", "dilansir"})  # fmt: skip
PREPOSITION_OR_COMMA = NO_SUBJECT_BEFORE | {","}
"""What may close a phrase or stand before a noun that is no subject."""
OBJECT_PREPS = frozenset({"dengan", "kepada", "terhadap", "ke", "atas", "untuk", "bagi",
                          "melawan", "pada"})  # fmt: skip
NOT_OBJECT_BEFORE = frozenset({"di", "dari", "oleh", "sejak", "hingga", "sampai", "menurut",
                               "kata", "ujar", "dalam", "bersama", *CHANNELS})  # fmt: skip
COPULAS = frozenset({"adalah", "merupakan", "ialah"})
COORD = frozenset({"dan", "serta", "maupun", ",", "&"})
LIST_JOINS = frozenset({",", "dan", "serta"})
"""What joins the items of a plain list ("A, B dan C"): the one list kabar.events reads too."""
ALONG_WITH_DENGAN = MODALITY_WORDS["withdengan"]
"""Joiners that may take "dengan" after them with the same sense ("A bersama-sama dengan B")."""
ALONG_WITH = ALONG_WITH_DENGAN | MODALITY_WORDS["alongwith"]
"""Words that join a second party to a subject ("A bersama B", "A beserta B")."""
LOC_RECIPIENT = frozenset({"ASSAULT", "CONSULT", "AID", "MOBILIZE", "SANCTION", "THREATEN"})
STRONG_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "GOV", "PRM", "SPY"})
REQUIRES_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})  # PLOVER 3.5-3.13
VIOLENT = frozenset({"ASSAULT", "COERCE"})
AGENTLESS = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "REQUEST", "THREATEN"})
"""Types coded from an agentless passive with a named target (docs/annotation.md, 5)."""
TOLD_AGENTLESS = frozenset({"REQUEST", "THREATEN"})
"""Agentless passives coded only when the article gives their agent: "warga diimbau ...,
kata Kapolres" is the Kapolres's appeal; "warga diminta tetap tenang" alone names nobody
who asked, and an appeal or threat without its author says nothing (PLOVER 7.5)."""
LAW = frozenset({"COERCE", "ACCUSE"})
"""Acts of law enforcement: their agent is a police, prosecution or court body."""
AGENT_FAMILY = {"COERCE": "law", "ACCUSE": "law", "ASSAULT": "attack", "SANCTION": "sanction"}
DEFINITE = frozenset({"itu", "tersebut"})
DEFINITE_REF = DEFINITE | {"ini"}  # "Penahanan ini ...": an act or thing referred back to
GENERIC_OFFICES = EVENT_WORDS["generic_office"]
AT_TALKS = frozenset({"dalam", "pada", "sela", "sela-sela"})  # "dalam/di sela pertemuan
# dengan X": at the talks
MEETING = EVENT_WORDS["meeting"]  # "tiba di X dan bertemu Y": Y hosts
MEDIATION = EVENT_WORDS["mediation"]
OWN_REPORT = EVENT_WORDS["own_report"]  # "X, yang ..., mengaku sempat bertemu Y": X met Y
BER_MANNER = EVENT_WORDS["ber_manner"]  # "salat berjamaah": the bare verb's manner
COMPLAINT_NEXT = EVENT_WORDS["complaint_next"]  # "melaporkan X ke Polda": a complaint
MAX_LEFT = 9
OWN_SUFFIX = "nya"
"""The suffix that makes a noun the speaker's own ("partainya", "akunnya"): the clause it
opens tells of the speaker's side (``own_body_teller``, ``reported_subject_between``)."""
MAX_RIGHT = 8
MAX_TRAILING_MODIFIERS = 3
"""Lowercase words that may trail a noun before its relative clause or list comma
("kritik keras yang ...", "petani kelapa sawit rakyat, ..."); event_clause's
MAX_MODIFIERS (2) bounds the modifiers inside a noun phrase."""


@dataclass
class Args:
    actor: list[EntityRef] = field(default_factory=list)
    recipient: list[EntityRef] = field(default_factory=list)
    strength: float = 0.0  # how the arguments were found: 0..1
    how: str = ""
    sides: tuple[list[EntityRef], list[EntityRef]] = ([], [])  # subject / object side
    needs_agent: bool = False  # an agentless passive on unnamed people: no agent, no event


def clause_start(clause: Clause, i: int, quote: tuple[int, int] | None, commas: bool) -> int:
    """Index of the first token of the clause that contains token ``i``.

    A short parenthesis ("(Jokowi)", "(30/6)") belongs to the clause around it.
    """
    k = i - 1
    while k >= 0:
        tok = clause.toks[k]
        if tok.low == ")":
            opening = next(
                (n for n in range(k - 1, max(-1, k - 7), -1) if clause.toks[n].low == "("), None
            )
            if opening is not None:
                k = opening - 1
                continue
        if tok.low in HARD_STOP or (commas and tok.low == ",") or full_stop(clause, k):
            return k + 1
        if quote is not None and tok.start <= quote[0]:
            return k + 1
        k -= 1
    return 0


def closing_paren(toks: list[Tok], k: int, reach: int = 6) -> int:
    """Where the parenthesis opened at ``k`` closes within ``reach`` tokens, to step over
    an aside ("Kamis (15/8)", "AG (45)"); ``k`` when it does not close so soon."""
    return next((p for p in range(k + 1, min(len(toks), k + reach + 1)) if toks[p].low == ")"), k)


def along_with_dengan(toks: list[Tok], k: int) -> bool:
    """Whether token ``k`` opens "bersama dengan" or "bersama-sama dengan", which join a
    second party to a subject as "bersama" alone does."""
    return toks[k].low in ALONG_WITH_DENGAN and k + 1 < len(toks) and toks[k + 1].low == "dengan"


def act_companion(clause: Clause, c: Cand) -> int | None:
    """Where the joiner ("bersama", "bersama dengan", "beserta") before ``c`` starts when
    it follows a plain lowercase word, not a party, and a comma or preposition closes the
    phrase: "A makan malam bersama B, lalu mengkritik C" joins B to the dinner, so B is no
    subject of the later verb. "A bersama B mengkritik", "A, bersama B, mengkritik" and
    "barang bukti beserta para pelaku diamankan" still join B to the subject. None
    otherwise."""
    toks = clause.toks
    if c.kind == "pron" or c.j >= len(toks) or toks[c.j].low not in PREPOSITION_OR_COMMA:
        return None
    k = c.i - 1
    if k > 0 and toks[k].low == "dengan" and along_with_dengan(toks, k - 1):
        k -= 1
    if k < 1 or toks[k].low not in ALONG_WITH:
        return None
    before = toks[k - 1]
    plain = clause.cand_at[k - 1] is None and before.text.isalpha() and before.text.islower()
    return k if plain else None


def past_bracket(toks: list[Tok], k: int) -> int:
    """The token after a short bracket opening at ``k`` ("Andi (25) dan Budi (30)", "Kementan
    (Kementerian Pertanian) dan ..."): a list goes on past an item's age or short form, a
    description past its last name's alias ("(Jokowi)"), a request past the abbreviation of
    what it puts forward ("peninjauan kembali (PK) di PN Solo")."""
    if k >= len(toks) or toks[k].low != "(":
        return k
    close = closing_paren(toks, k)
    return close + 1 if close != k else k


def full_stop(clause: Clause, k: int) -> bool:
    """Whether token ``k`` ends a sentence inside a quote the segmenter kept whole ("Kami
    meminta semuanya tenang. Dewan Keamanan ..."); not a name's dot ("Dr.", "Tbk.")."""
    return clause.toks[k].low in (".", "!", "?") and clause.cand_at[k] is None


ADMIN_AREAS = EVENT_WORDS["admin_area"]
GOVERNING = frozenset({"di", "ke", "dari", "dengan", "kepada", "terhadap", "antara",
                       "atas", "dalam", *CHANNELS})  # fmt: skip
BUILDINGS = EVENT_WORDS["building"]
PLACE_HEADS = BUILDINGS | EVENT_WORDS["place_head"]
"""Nouns that head a prepositional phrase around a name: "ke kantor PT X", "di dunia
Islam", "dengan mayoritas penduduk Muslim"."""


def usable_subject(c: Cand, toks: list[Tok]) -> bool:
    """Whether a candidate can be a subject: not a place, not the object of a preposition
    ("di Gaza", "ke kantor PT Merial Esa", "dengan mayoritas penduduk Muslim")."""
    if c.label == "LOC" or toks[c.i].low in ADMIN_AREAS:
        return False  # "warga Desa Kijang, Kecamatan Praya Timur, ...": a place
    relative = c.j < len(toks) and toks[c.j].low == "yang"
    if relative and c.i > 0 and toks[c.i - 1].low in SAY:
        return True  # "..., kata Menaker Hanif yang juga mengajak buruh ...": the speaker
    joined = c.i > 1 and along_with_dengan(toks, c.i - 2)  # "A bersama dengan B": B acts too
    if c.i > 0 and toks[c.i - 1].low in NO_SUBJECT_BEFORE and not joined or channel_only(toks, c):
        return False
    if c.i > 1 and toks[c.i - 1].low in SAY and toks[c.i - 2].low == ",":
        return False  # "Barang itu, jelas Risal, telah disita ...": who says so, set off
    if relative:
        return True  # "atas pernyataan Putin yang ... memberikan": its relative clause
    k = c.i - 1
    while k > 0 and c.i - k <= 2 and toks[k].low in PLACE_HEADS:
        k -= 1  # "di depan gedung DPR": two heads
    return not (k < c.i - 1 and toks[k].low in GOVERNING) and not dated_name(toks, c)


def channel_only(toks: list[Tok], c: Cand) -> bool:
    """Whether a name right after "melalui"/"lewat"/"via" is only the channel of the act:
    the phrase opens the sentence or is set off before the subject ("Melalui kementerian
    luar negerinya, London menolak ...") or follows a verb ("masuk lewat X"). In
    "pemerintah melalui Kementerian Agama menyerahkan ..." the ministry acts for the
    government and is the subject."""
    k = c.i - 1
    if k < 0 or toks[k].low not in CHANNELS:
        return False
    set_off = c.j < len(toks) and toks[c.j].low == ","
    return set_off or k == 0 or predicate_like(toks[k - 1])


UNIT_STAFF = MODALITY_WORDS["unitstaff"]
"""Words for a body's people between "melalui" and its name ("melalui jajaran Polsek X")."""
ATTRIBUTE_VERBS = MODALITY_WORDS["attributeverb"]  # "berpelat", "berseragam", "berbendera"
ATTRIBUTE_FILLERS = MODALITY_WORDS["attributefiller"]  # "berpelat dinas Polri"
NOT_IDENTITY = MODALITY_WORDS["notidentity"]  # "bukan anggota Polri"
ATTRIBUTE_THINGS = MODALITY_WORDS["attributething"]  # "Mobil berpelat ...": the thing
THING_COUNTS = MODALITY_WORDS["thingcount"]  # "dua unit mobil"
NATIONAL_POLICE = CLAUSE_PHRASES["nationalpolice"]  # Polri's name as a whole
NATIONAL_POLICE_SHORT = MODALITY_WORDS["nationalpolice"]  # "Polri" as written


def channel_parent(clause: Clause, c: Cand, start: int) -> Cand | None:
    """The body before "melalui"/"lewat" when the subject acts through a unit of it
    ("Polres Jember melalui anggota Polsek Sukowono menangkap ..."): the body acts with the
    unit, as with "bersama". A channel that opens the sentence or follows a verb is none."""
    toks = clause.toks
    k = c.i - 1
    if k > start and toks[k].low in UNIT_STAFF:
        k -= 1
    if k - 1 < start or toks[k].low not in CHANNELS:
        return None
    parent = clause.cand_at[k - 1]
    if parent is None or parent.kind not in ("mention", "noun") or parent.j != k:
        return None
    return parent if usable_subject(parent, toks) else None


TIME_PREPS = frozenset({"pada", "saat", "jelang", "menjelang", "selama", "sejak"})
TIME_HEADS = EVENT_WORDS["time_head"]


def dated_name(toks: list[Tok], c: Cand) -> bool:
    """Whether the name is a date's ("pada hari raya Idul Adha", "menjelang perayaan
    HUT RI"): a holiday or anniversary, no party."""
    k = c.i - 1
    while k > 0 and c.i - k <= 3 and toks[k].low in TIME_HEADS:
        k -= 1
    return k < c.i - 1 and toks[k].low in TIME_PREPS


def inside_name(clause: Clause, k: int) -> bool:
    """Whether token ``k`` is a later word of a named mention: "Bencana" in "Badan Nasional
    Penanggulangan Bencana" names an agency, not a disaster ("Gempa Cianjur", headed by
    the word itself, stays a disaster)."""
    c = clause.cand_at[k]
    return c is not None and c.kind == "mention" and c.i < k < c.j


TEMPORAL = SUBORDINATORS - {"sambil"}  # the subordinators that set a time


def time_clause(clause: Clause, start: int) -> bool:
    """Whether the clause from ``start`` is a time clause set after a subject and a comma
    ("Suhardi, setelah bertemu ...", not "Agus mengatakan, setelah ..." nor "saat ini")."""
    toks = clause.toks
    return (
        start >= 3
        and toks[start - 1].low in TEMPORAL
        and toks[start - 2].low == ","
        and clause.cand_at[start - 3] is not None
        and (start >= len(toks) or toks[start].low not in ("ini", "itu"))
    )


SUBJECT_OPENERS = frozenset({",", "bahwa"}) | CONTRAST
"""Words after which a name may open a clause as its subject ("..., Washington menuduh",
"bahwa Teheran membalas"); not ``events.OBLIGED_OPENERS`` (before a party obliged) nor
``event_modality.INNER_OPENERS`` (opening a clause inside the sentence)."""


def capital_subject(
    state: State, clause: Clause, i: int, quote: tuple[int, int] | None
) -> list[Cand]:
    """A capital opening the clause right before the verb at ``i`` (adverbs and modal
    cues between): "Washington menuduh ...", "Teheran membalas ...", "Beijing siap ..."
    name the state's government, as PLOVER codes it; a place elsewhere is only a place."""
    toks = clause.toks
    k = i - 1
    if k > 1 and toks[k].low == "dengan" and active_verb(toks[k - 1]):
        k -= 2  # "Teheran membalas dengan meluncurkan ...": the manner of the first verb
    k = past_words(toks, k + 1, state.lex.before_verb)
    c = clause.cand_at[k] if k >= 0 else None
    if c is None or c.kind != "mention" or c.label != "LOC" or c.j != k + 1:
        return []
    if c.i != clause_start(clause, i, quote, commas=True) or (
        c.i and toks[c.i - 1].low not in SUBJECT_OPENERS
    ):
        return []  # not "berjalan dari Madiun hingga Jakarta untuk menemui ..."
    place = state.ctx.lexicons.lookup_place(c.text)
    return [c] if place is not None and place.kind == "capital" else []


def parenthetical(clause: Clause, i: int) -> int | None:
    """The opening comma of a time clause set between a subject and its verb at ``i``
    ("X, setelah bertemu Y, menolak ..."), else None."""
    toks = clause.toks
    if i < 4 or toks[i - 1].low != ",":
        return None
    for k in range(i - 2, max(0, i - 16), -1):
        if toks[k].low == "," or toks[k].low in (".", "!", "?"):
            return None
        if toks[k].low in TEMPORAL:
            return k - 1 if time_clause(clause, k + 1) else None
    return None


ACCOMPANYING = frozenset({"sambil", "seraya", "sembari"})


def accompanied_verb(clause: Clause, i: int, start: int) -> int | None:
    """The main verb of the clause when the verb at ``i`` heads a "sambil" clause after
    it: the two acts share the main clause's subject, not the object nearest "sambil"
    ("Budi mendorong Rina sambil memukulnya": Budi hits)."""
    toks = clause.toks
    k = next((n for n in (i - 1, i - 2) if n > start and toks[n].low in ACCOMPANYING), None)
    if k is None:
        return None
    return next(
        (m for m in range(start, k) if clause.cand_at[m] is None and predicate_like(toks[m])),
        None,
    )


def role_before_make(clause: Clause, c: Cand) -> Cand | None:
    """The role words of a name phrase whose name follows a common noun ("Pengemudi mobil
    Mitsubishi Pajero"), a thing's make or model the recogniser took for a person, when
    the thing is described as having an owner's feature ("berpelat dinas Polri")."""
    if c.kind != "mention" or c.mention is None:
        return None
    toks = clause.toks
    m = next((k for k in range(c.i, c.j) if toks[k].start >= c.mention.start), c.i)
    if m - c.i < 2 or not lowercase_word(toks[m - 1]):
        return None
    end = toks[m - 2]  # the role, without the thing's noun
    return replace(
        c, j=m - 1, end=end.end, text=c.text[: end.end - c.start], kind="noun",
        label="", mention=None,
    )  # fmt: skip


def attribute_name(clause: Clause, c: Cand) -> bool:
    """A name that tells a feature of a thing ("mobil berpelat dinas Polri": the plate's)
    or what someone is not ("ternyata dia bukan anggota Polri") names no party to the act."""
    toks, k = clause.toks, c.i - 1
    while k >= 0 and toks[k].low in ATTRIBUTE_FILLERS:
        k -= 1
    if k >= 0 and toks[k].low in ATTRIBUTE_VERBS:
        return True
    k = c.i - 1
    while k >= 0 and toks[k].low in BODY_PEOPLE:
        k -= 1
    return k >= 0 and toks[k].low in NOT_IDENTITY


def thing_phrase(clause: Clause, c: Cand) -> bool:
    """Whether ``c`` is a thing's noun phrase ("Mobil", "dua unit kapal"): what an
    attribute name describes, and no party to an act itself. The thing's noun may stand
    after the candidate when the candidate is only its count ("Dua" of "Dua unit mobil")."""
    toks = clause.toks
    k = c.i
    while k < len(toks) and (toks[k].low in THING_COUNTS or toks[k].low.isdigit()):
        k += 1
    return k < len(toks) and toks[k].low in ATTRIBUTE_THINGS


def left_arguments(
    clause: Clause,
    i: int,
    quote: tuple[int, int] | None,
    nonactor: set[str] | None = None,
    delegates: set[str] | None = None,
    claims: set[str] | None = None,
    speech: set[str] | None = None,
) -> list[Cand]:
    """The subject: the nearest entity left of token ``i`` and its coordinated partners.
    ``claims`` are nouns that are the subject themselves when a relative clause of them
    ends here ("tudingan yang dibantah X": the claim is denied, not an entity before it);
    so are generic plurals ("kelompok-kelompok yang menyerang AS"). ``speech`` verbs open
    a reported clause inside a relative one ("Hanif yang menyebut Google menolak": Google)."""
    toks = clause.toks
    opening = parenthetical(clause, i)
    if opening is not None:  # "Retno, setelah bertemu Wang Yi, menolak ...": Retno
        return left_arguments(clause, opening, quote, nonactor, delegates, claims, speech)
    start = clause_start(clause, i, quote, commas=False)
    if thing_relative(clause, i, start):
        return []  # "kasus yang menjerat Siti": the case, not an entity further left
    main = accompanied_verb(clause, i, start)
    if main is not None:  # "Pelaku memaksa korban ... sambil mengancamnya": the pelaku
        return left_arguments(clause, main, quote, nonactor, delegates, claims, speech)
    found: Cand | None = None
    described = False  # a name telling a feature of a thing passed ("berpelat dinas Polri")
    k = relative_skipped(clause, i - 1, start)
    limit = MAX_LEFT + (i - 1 - k)
    while k >= start and i - k <= limit:
        if (
            toks[k].low == "yang"
            and k > start
            and ((claims and toks[k - 1].low in claims) or plural_noun(toks[k - 1]))
        ):
            return []  # "tudingan yang dibantah X", "pihak-pihak yang menawarkan": no entity
        if nonactor and toks[k].low in nonactor and not inside_name(clause, k):
            return []  # "virus menyerang", "banjir menewaskan": no political actor
        if toks[k].low in POLLED and not inside_name(clause, k):
            if any(t.low == "yang" for t in toks[start:k]):
                k -= 1  # "Lembaga X yang mewawancarai responden ... mengkritik": an object
                continue
            if not polled_role(toks, k, start):
                return []  # "96% responden menolak", "para responden menolak": a poll's answer
            held = clause.cand_at[k]  # "X selaku (pihak) responden menolak ...": X
            k = held.i - 1 if held is not None else k - 1
            continue
        if toks[k].low in COPULAS:
            return []  # "X merupakan tindakan mendukung ...": a predicate noun, no subject
        if toks[k].low == ")" and k - 1 > start:  # "Presiden Joko Widodo (Jokowi) telah ..."
            opening = bracket_opening(toks, k, start)
            if opening is not None:
                k = opening - 1
                continue
        c = clause.cand_at[k]
        if c is not None and attribute_name(clause, c):
            k, described = c.i - 1, True  # "Sopir mobil berpelat dinas Polri itu diamankan":
            continue  # the driver, not the plate's Polri
        if described and c is not None and (role := role_before_make(clause, c)) is not None:
            found = role  # "Pengemudi mobil Mitsubishi Pajero berpelat ...": the driver
            break
        if c is not None:
            predicate = predicate_noun(clause, c, i)
            usable = usable_subject(c, toks) or relative_subject(clause, c, i)
            joiner = act_companion(clause, c)
            if usable and joiner is None and not place_apposition(clause, c) and not predicate:
                found = crime_perpetrator(clause, c) or c  # not "X dianggap sebagai N dan
                break  # dituduh ...": N describes X
            if joiner is not None:  # "makan malam bersama B": the phrase is an aside
                limit += c.j - joiner
            k = c.i - 1
            continue
        k -= 1
    if found is None and time_clause(clause, start):  # "X, setelah bertemu Y, ...": X meets Y
        return left_arguments(clause, start - 2, quote, nonactor, delegates, claims, speech)
    if found is None or (described and thing_phrase(clause, found)):
        return []  # "Mobil berpelat dinas Polri ... diamankan": the car is no party
    mate = running_mate(clause, found, i)
    if mate is not None:  # "Jokowi yang berpasangan dengan Jusuf Kalla diusung ...": the
        return [found, mate]  # ticket of two is backed
    head = relative_head(clause, found, i, start, speech)
    if head is not None:  # "Kelompok bersenjata yang menyerang pos TNI ... menewaskan": the
        found = head  # group, not the object inside its relative clause
    elif head_of_relative(clause, found, i, start, speech):
        return []  # "Kasus yang menjerat Bupati X membuat ...": the case, no entity
    holder = copula_subject(clause, found, i, start, quote)
    if holder:
        return holder
    found = role_holder(clause, found, start, speech) or found  # "X selaku Komisaris PT Y": X
    named = (
        apposition_head(clause, found, start, i)
        or origin_apposition(clause, found, i, start)
        or described_person(clause, found, start, i)
    )
    if named is not None:
        return [named]  # "Iran, pendukung utama Hamas, dituduh ...": Iran
    while found.i - 1 >= start and found.kind == "mention" and found.label in TITLE_PARTS:
        before = clause.cand_at[found.i - 1]  # "kelompok Hamas Palestina": the head comes first
        if before is None and (body := body_before_abbreviation(clause, found, start)):
            before = body  # "Badan Anggaran (Banggar) DPR": the body, as without its bracket
        if before is None or before.kind not in ("mention", "noun") or before.j > found.i:
            break
        found = before
    group = [found]
    k = found.i - 1
    partner = apposed_partner(clause, found, start)
    if partner is not None:  # "Nikita dan asistennya, Mail, ditahan": both are held
        group.insert(0, partner)
        k = partner.i - 1
    elif (first := described_partner(clause, found, start)) is not None:
        return [first, found]  # "kepala X, A dan komisioner Y, B, meminta": no list further
    elif (parent := channel_parent(clause, found, start)) is not None:
        group.insert(0, parent)  # "Polres X melalui Polsek Y menangkap": both act
        k = parent.i - 1
    if (
        k - 1 > start
        and clause.cand_at[k] is None
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].low not in NP_STOP  # "serta semua organisasi": a quantified list
        and toks[k - 1].low in ("dan", "serta")
    ):
        k -= 1  # "mahasiswa, buruh, dan elemen masyarakat sipil": a word before the noun
    listed = False  # an unknown item passed: the list goes on before it
    companions = 0  # the items after a "bersama" the walk passed
    along = len(group) > 1  # a joiner ("bersama") passed, or a partner joined: no other
    if not along and k - 1 > start and along_with_dengan(toks, k - 1):
        k -= 1  # "A bersama-sama dengan B": as "A bersama B"
    while (
        k - 1 >= start
        and (toks[k].low in COORD or (toks[k].low in ALONG_WITH and not along))
        and found.kind != "pron"
    ):  # "..., dan saya siap": a pronoun opens a new clause, it joins no list;
        # "Andre Rosiade bersama Bupati Agam Benni Warlis": both act, and so do all three
        # of "A bersama B dan C": the companions may be a list of their own
        if toks[k].low in ALONG_WITH:
            along, companions = True, len(group)
        if len(group) == 1 and toks[k].low == "," and not listed:
            break  # "A, B dan C": the list ends with "dan"; a bare comma is apposition
        if toks[k].low != "," and toks[k - 1].low == "," and k - 2 >= start:
            k -= 1  # "Iran, Rusia, dan Hamas"
        if toks[k - 1].low == ")" and (opening := bracket_opening(toks, k - 1, start)):
            k = opening  # "Kementerian Pertanian (Kementan) dan Bapanas": its short form
        c = clause.cand_at[k - 1]
        if c is None and people_item(clause, k - 1, start, group):
            k, listed = k - 2, True  # "ulama, santri, ustaz dan warga": one list of people
            continue
        if c is None and (c := modified_item(clause, k - 1, start, group)) is not None:
            group.insert(0, c)
            break  # "Melansir AFP, kelompok ...": what a comma sets before it is no item
        if c is not None and speaker_item(clause, c, start):
            group.insert(0, c)  # "saya dan Bapak Bupati sudah sepakat", "saya bersama
            break  # Retno mendiskusikan": the speaker's side with the named one
        if c is None or c.kind == "pron":
            break
        group.insert(0, c)
        k = c.i - 1
        if not usable_subject(c, toks):
            break
        if not along and k - 1 > start and along_with_dengan(toks, k - 1):
            k -= 1  # "A bersama dengan B dan C"
    heads = usable_subject(group[0], toks) or relative_subject(clause, group[0], i)
    if not heads and not delegated(clause, group[0], delegates):
        if (
            companions
            and usable_subject(group[-companions], toks)
            and companions_act(clause, group[0])
        ):
            return group[-companions:]  # "Tim SAR dari Basarnas bersama TNI dan Polri": the
            # leader is governed, the companions after "bersama" still act
        return []  # "dipimpin oleh Qatar, Mesir dan AS": a list governed by a preposition
    return group


ACTING_LEADER_PREPS = MODALITY_WORDS["actingleaderprep"]


def companions_act(clause: Clause, leader: Cand) -> bool:
    """Whether the companions of a governed leader of a "bersama" list act: the leader's
    preposition names whom the acting team belongs to ("Tim SAR dari Basarnas bersama TNI
    dan Polri menyisir ...") or the agent of a passive ("dipimpin oleh X bersama Y dan Z").
    After "terhadap" or "kepada" the whole list is no subject."""
    return leader.i > 0 and clause.toks[leader.i - 1].low in ACTING_LEADER_PREPS


AS_WHAT = frozenset({"sebagai", "jadi", "menjadi"})  # "X diperiksa sebagai tersangka"


def speaker_item(clause: Clause, c: Cand, start: int) -> bool:
    """Whether ``c`` is a first-person pronoun opening a list of the acting parties ("saya
    dan Bapak Bupati", "kami bersama Pemprov"): it opens the clause, so it is no object of
    an earlier verb or preposition ("mengundang saya dan Jokowi hadir")."""
    return (
        c.kind == "pron"
        and c.text.lower() in FIRST_PERSON
        and all(t.low in PREVERBAL | CLAUSE_OPENERS for t in clause.toks[start : c.i])
    )


CLAUSE_OPENERS = frozenset({"dan", "tetapi", "tapi", "namun", "jadi", "maka", "tadi",
                            "pagi", "siang", "sore", "malam", "kemarin", "hari", "ini",
                            '"', "“"})  # fmt: skip
"""Connectives and times that may open a clause before its first-person subject."""


def predicate_noun(clause: Clause, c: Cand, i: int) -> bool:
    """Whether ``c`` is what the subject is or is named as, in a clause joined to the verb
    at ``i``: "X dianggap sebagai N dan dituduh ...", "DS menjalani pemeriksaan sebagai
    tersangka dan langsung ditahan", "X jadi tersangka dan ditahan": X is held, not N."""
    toks = clause.toks
    if c.i == 0 or toks[c.i - 1].low not in AS_WHAT:
        return False
    if toks[c.i - 1].low == "sebagai" and toks[i - 1].low in COORD:
        return True  # "sebagai pemimpin yang cerdas dan berkomitmen"
    between = [t.low for t in toks[c.j : i]]
    return (
        bool(between) and between[0] in COORD - {","} and all(w in PREVERBAL for w in between[1:])
    )


def bracket_opening(toks: list[Tok], k: int, start: int) -> int | None:
    """The "(" of the short bracket that closes at token ``k`` ("(Jokowi)", "(Kementan)"),
    not before ``start``: what it holds names the party before it."""
    return next((n for n in range(k - 1, max(start, k - 6) - 1, -1) if toks[n].low == "("), None)


def relative_subject(clause: Clause, c: Cand, i: int) -> bool:
    """Whether ``c`` heads the relative clause the verb at ``i`` opens, which makes it the
    verb's subject (or, for a passive, its patient) even after a preposition: "dilakukan
    oleh Kementerian Ketenagakerjaan (Kemnaker) yang bekerja sama dengan BPJS": the
    ministry works with BPJS; "bertemu dengan dua mahasiswa yang ditahan otoritas Mesir":
    the students are held. Not a bare noun ("kepada negara yang mendukung ...": anyone)."""
    toks = clause.toks
    k = i - 1
    while k > c.j and toks[k].low in PREVERBAL:  # "yang kemudian berkoordinasi dengan"
        k -= 1
    m = closing_paren(toks, c.j) + 1 if c.j < len(toks) and toks[c.j].low == "(" else c.j
    if m < k and toks[m].low == "," and passive_form(toks[i], ("di",), 6):
        m += 1  # "bertemu dengan Setya Novanto, yang telah ditahan KPK": the passive
        # relative set off by a comma is still the name's ("surat kepada X, yang meminta
        # ...": an active one may be the letter's)
    if m != k or toks[k].low != "yang" or c.label == "LOC" or c.kind == "pron":
        return False
    if toks[c.i].low in ADMIN_AREAS:
        return False  # "anggaran 10 Provinsi yang disepakati": a place, as ``usable_subject``
    if c.i == 0 or toks[c.i - 1].low not in PREPOSITION_OR_COMMA:
        return False  # no preposition before it: ``usable_subject`` decides alone
    if c.kind == "noun" and c.j - c.i == 1:
        return False  # "kepada negara yang mendukung ...", "ke pihak yang mengusulkan"
    return not (toks[c.i - 1].low == "di" and c.etype == "country")  # "koruptor di
    # Indonesia yang tertangkap": the relative clause is the earlier noun's


RELATIVE_ADVERBS = frozenset(
    {
        "telah",
        "sudah",
        "juga",
        "akan",
        "pernah",
        "sempat",
        "tengah",
        "sedang",
        "masih",
        "kembali",
        "turut",
        "ikut",
        "diduga",
    }
)


def backed_party(
    lex: Lexicon, clause: Clause, i: int, objects: list[Cand], actors: list[Cand]
) -> bool:
    """Whether "didukung oleh" at ``i`` backs the named party just before it ("Kanada
    yang didukung oleh UE", "Gus Ipul sudah didukung oleh PKB"): only "yang", a comma or
    adverbs between; the party standing itself as the subject, opening its clause after
    sentence adverbs, or after "yang" the object of a verb or preposition ("bertemu Andi
    yang didukung oleh ..."), never a possessor ("Program Kemensos didukung oleh ...",
    "penghargaan dari X, yang didukung oleh ..." back the programme or the award); no
    word of sponsorship in the clause and no firm as the backer (an event funded is no
    party's stance); and no armed party or weapons ("milisi Houthi yang didukung oleh
    Iran", "didukung oleh AS dengan senjata"): military backing is aid, not support."""
    toks = clause.toks
    sponsor = lex.cue("sponsor")
    if not objects or any(t.low in sponsor for t in toks):
        return False
    if any(firm_candidate(lex, c) for c in actors):
        return False
    if any(c.sector in ARMED_SECTORS for c in (*objects, *actors)):
        return False
    if any(c.text.lower().split()[0] in lex.cue("armedhead") for c in objects if c.text.split()):
        return False  # "Pemberontak M23 yang didukung oleh Rwanda": an armed group's name
    if any(t.low in lex.cue("materiel") for t in toks[i:]):
        return False
    first, last = min(c.i for c in objects), max(c.j for c in objects)
    if last > i or any(t.low not in BACKED_GAP for t in toks[last:i]):
        return False
    if first > 0 and toks[first - 1].low in lex.cue("backedof"):
        return False
    opens = max((n + 1 for n in range(first) if toks[n].low == ","), default=0)
    openers = lex.cue("backedopen")
    if all(toks[n].low in PREVERBAL or toks[n].low in openers for n in range(opens, first)):
        return True  # "Sebelumnya Gus Ipul sudah didukung oleh PKB"
    if not any(t.low == "yang" for t in toks[last:i]):
        return False
    before = toks[first - 1]  # "diusulkan Rusia, yang didukung oleh Iran": an object
    return before.low in NO_SUBJECT_BEFORE or (
        before.text.islower() and before.low.startswith(VERB_PREFIXES)
    )


def firm_candidate(lex: Lexicon, cand: Cand) -> bool:
    """Whether a candidate names a business ("Bank BRI", "PT Garuda Indonesia", a name of
    sector BUS), as ``company`` does for a resolved actor."""
    words = cand.text.lower().replace(".", " ").split()
    return cand.sector == "BUS" or company_form(words) or firm_word(lex, words)


ARMED_SECTORS = frozenset({"MIL", "REB"})
"""Sectors of armed forces and armed groups, whose backing is military aid."""


PREVERBAL = RELATIVE_ADVERBS | {"langsung", "kemudian", "lalu", "segera", "pun", "lantas"}
"""Adverbs between a subject's closing comma and its verb."""


BACKED_GAP = PREVERBAL | {"yang", ","}
"""What may stand between a backed party and "didukung oleh"."""


DOCUMENTS = EVENT_WORDS["document"]
"""Nouns of a document that speaks for its author ("surat yang meminta X ...")."""


def copula_subject(
    clause: Clause, found: Cand, i: int, start: int, quote: tuple[int, int] | None
) -> list[Cand]:
    """The person a relative clause's role is said of: in "Anang merupakan Direktur Utama
    PT Quadra Solution yang ditetapkan sebagai tersangka" Anang is charged, not the office
    or the company ahead of "yang"."""
    toks = clause.toks
    if found.label == "PER" or not any(t.low == "yang" for t in toks[found.j : i]):
        return []
    k = found.i - 1
    while k > start and (c := clause.cand_at[k]) is not None and c.kind != "pron":
        k = c.i - 1  # "Direktur Utama" + "PT Quadra Solution": one predicate noun phrase
    while k > start and toks[k].low in ("seorang", "salah", "satu"):
        k -= 1
    if k <= start or toks[k].low not in COPULAS:
        return []
    subject = left_arguments(clause, k, quote)
    if subject and subject[0].kind == "mention" and subject[0].label == "PER":
        return subject
    return []


RELATIVE_TIMES = UP_TO_NOW | {"sekarang"}
"""Adverbs of time that may stand between "yang" and its verb ("yang kini ditahan")."""


def relative_yang(
    clause: Clause, found: Cand, i: int, start: int, speech: set[str] | None = None
) -> int:
    """Where the relative clause that holds ``found`` opens, when the trigger at ``i`` is
    the main verb after it: "X yang menyerang pos TNI di Intan Jaya menewaskan ...". The
    relative clause has its own verb between "yang" and ``found``, not a ``speech`` verb
    whose reported clause ``found`` opens; -1 if there is none."""
    toks = clause.toks
    if not predicate_like(toks[i]) and toks[i].low not in RELATIVE_ADVERBS:
        return -1
    for y in range(found.i - 1, start, -1):
        low = toks[y].low
        if low in COORD or low in HARD_STOP or low in COPULAS:
            return -1
        if low == "yang":
            verbs = [t for t in toks[y + 1 : found.i]
                     if predicate_like(t) and t.low not in RELATIVE_ADVERBS]  # fmt: skip
            if (len(verbs) > 1 and toks[found.i - 1].low in NAMING_VERBS
                    and active_verb(verbs[-2])):  # fmt: skip
                verbs = verbs[:-1]  # "yang memukul rekannya berinisial X": X names the object
            between = toks[found.j : i]
            if between and between[-1].low == ",":  # "X yang didukung tentara Rusia,
                between = between[:-1]  # melancarkan serangan": the comma closes the clause
            if (
                between
                and between[0].low == ","
                and all(lowercase_word(t) and t.low not in COORD for t in between[1:])
            ):  # "X yang memukul Y, kini sudah ditetapkan": a comma, then only adverbs
                between = between[1:]
            if len(verbs) != 1 or any(t.low in COORD or t.low == "yang" for t in between):
                return -1  # "yang berjaga memperkirakan X berdemonstrasi": X's own clause
            if verbs[0].low in NAMING_VERBS or verbs[0].low in CAUSATIVES:
                return -1  # "nahkoda yang bernama X ditetapkan": X; "yang membuat X diamankan"
            if speech and verbs[0].low in speech:
                return -1  # "Hanif yang menyebut Google menolak diperiksa": Google refuses
            if toks[found.i - 1].low in NAMES_BEFORE:
                return -1  # "yang memiliki nama asli X", "yang dikenal sebagai X": X
            return y
    return -1


NAMING_VERBS = EVENT_WORDS["naming_verb"]
NAMING_WORDS = EVENT_WORDS["naming_word"]
THIRD_PERSON = EVENT_WORDS["third_person"]
SPEAKER_SELF = EVENT_WORDS["speaker_self"]
FIRST_PERSON = EVENT_WORDS["first_person"]
WE_AS = EVENT_WORDS["we_as"]
NAMES_BEFORE = EVENT_WORDS["names_before"]


def relative_head(
    clause: Clause, found: Cand, i: int, start: int, speech: set[str] | None = None
) -> Cand | None:
    """The named head of the relative clause that holds ``found`` (``relative_yang``)."""
    y = relative_yang(clause, found, i, start, speech)
    head = clause.cand_at[y - 1] if y > start else None
    return head if head is not None and usable_subject(head, clause.toks) else None


def head_of_relative(
    clause: Clause, found: Cand, i: int, start: int, speech: set[str] | None = None
) -> bool:
    """Whether ``found`` is the object of an active relative clause on a head that names
    no entity ("Kasus yang menjerat Bupati X membuat ..."); after a passive one the agent
    stands in for its head ("pesawat yang ditumpangi Presiden X tiba di ...")."""
    y = relative_yang(clause, found, i, start, speech)
    if y <= start or clause.cand_at[y - 1] is not None:
        return False
    verb = next((t for t in clause.toks[y + 1 : found.i] if predicate_like(t)), None)
    return verb is not None and active_verb(verb)


def thing_relative(clause: Clause, i: int, start: int) -> bool:
    """Whether the trigger at ``i`` opens a relative clause ("yang ...") on a common noun
    that names no entity ("kasus yang menjerat X", "surat yang ditandatangani"): the
    noun is its subject, so no entity further left is."""
    toks = clause.toks
    k = i - 1
    while k > start and (toks[k].low in RELATIVE_ADVERBS or toks[k].low in RELATIVE_TIMES):
        k -= 1  # "rekannya yang saat ini masih diburu": the rekan, not a party before
    if k <= start or toks[k].low != "yang":
        return False
    head = toks[k - 1]
    return (
        clause.cand_at[k - 1] is None and lowercase_word(head)
        and not head.low.startswith(VERB_PREFIXES)  # a verb: "... dan yang"
        and head.low not in DOCUMENTS
    )  # fmt: skip


def apposed_partner(clause: Clause, found: Cand, start: int) -> Cand | None:
    """The first conjunct when ``found`` names the second in apposition: in "Nikita
    Mirzani dan asistennya, Mail Syahputra, ditahan" Mail is the assistant, and the
    subject is "Nikita Mirzani dan asistennya"."""
    toks = clause.toks
    k = found.i - 1
    while k > start and (c := clause.cand_at[k]) is not None and c.kind == "cap":
        k = c.i - 1  # "Mail" + "Syahputra": a given name the recogniser left apart
    if k - 3 < start or toks[k].low != "," or found.j >= len(toks) or toks[found.j].low != ",":
        return None
    noun = toks[k - 1]
    if not (noun.text.isalpha() and noun.text.islower()) or toks[k - 2].low not in ("dan", "serta"):
        return None
    return named_party(clause.cand_at[k - 3], toks)


def named_party(c: Cand | None, toks: list[Tok]) -> Cand | None:
    """``c`` when it is a named person, organisation or state that can be a subject."""
    if c is None or c.kind != "mention" or c.label not in ("PER", "ORG", "GPE"):
        return None
    return c if usable_subject(c, toks) else None


PAIRING = (("yang", "berpasangan", "dengan"), ("yang", "berduet", "dengan"))


def running_mate(clause: Clause, found: Cand, i: int) -> Cand | None:
    """Y in "X yang berpasangan dengan Y <verb at i>": the other half of X's ticket."""
    toks, n = clause.toks, found.j + len(PAIRING[0])
    if n >= i or tuple(t.low for t in toks[found.j : n]) not in PAIRING:
        return None
    mate = clause.cand_at[n]
    if mate is None or mate.i != n or mate.kind != "mention" or mate.label != "PER":
        return None
    between = toks[mate.j : i]  # "... Mahfud MD resmi diusung": an adverb may follow
    return mate if len(between) <= 2 and all(map(lowercase_modifier, between)) else None


def lowercase_word(t: Tok) -> bool:
    """A word of lowercase letters only: no name, no number, no punctuation."""
    return t.text.isalpha() and t.text.islower()


def lowercase_modifier(t: Tok) -> bool:
    """A lowercase word that can stand in a noun phrase after its head ("resmi",
    "kelapa sawit"): no stop word of a phrase and no predicate."""
    return lowercase_word(t) and t.low not in NP_STOP and not predicate_like(t)


def people_item(clause: Clause, k: int, start: int, group: list[Cand]) -> bool:
    """Whether the bare word at ``k`` is an item of a list of people the lexicon does not
    know ("ustaz" in "ulama, santri, ustaz dan warga"): a lowercase noun after a comma
    that follows a noun for people, in a list whose items so far are nouns for people."""
    toks = clause.toks
    if k - 2 < start or toks[k - 1].low != "," or not lowercase_modifier(toks[k]):
        return False
    before = clause.cand_at[k - 2]
    return all(
        c is not None and c.kind == "noun" and c.etype in ("group", "person")
        for c in (before, *group)
    )


def modified_item(clause: Clause, k: int, start: int, group: list[Cand]) -> Cand | None:
    """An earlier list item whose noun trails lowercase modifiers up to ``k`` ("serikat
    petani kelapa sawit rakyat, organisasi lingkungan dan mahasiswa Riau"): the noun,
    when the list already has its "dan" item."""
    toks = clause.toks
    if len(group) < 2 or toks[k + 1].low != ",":
        return None
    for n in range(k, max(start, k - MAX_TRAILING_MODIFIERS - 1) - 1, -1):
        c = clause.cand_at[n]
        if c is not None:
            return c if c.kind == "noun" else None
        if not lowercase_modifier(toks[n]):
            return None
    return None


def described_partner(clause: Clause, found: Cand, start: int) -> Cand | None:
    """The first conjunct when a described second one ends the subject: in "Fredrich dan
    juga eks kontributor Metro TV, Hilman Mattauch, dicegah" both are barred; the words
    between "dan" and the comma describe Hilman (lowercase first, no verb, no clause)."""
    toks = clause.toks
    if found.kind != "mention" or found.label != "PER" or found.i - 1 <= start:
        return None
    k = found.i - 1
    if toks[k].low != ",":
        return None
    n = k - 1
    while n > start and k - n <= 6 and toks[n].low not in ("dan", "serta"):
        t = toks[n]
        if t.low in NP_STOP or t.low in HARD_STOP or t.low == "," or predicate_like(t):
            return None
        c = clause.cand_at[n]
        n = c.i - 1 if c is not None else n - 1
    if n <= start or toks[n].low not in ("dan", "serta"):
        return None
    head = n + 1 + (toks[n + 1].low == "juga")
    if head >= k or not lowercase_word(toks[head]):
        return None  # "A dan B, C": a list of names, not a description
    first = clause.cand_at[n - 1]
    if first is None or first.kind != "mention" or first.label != "PER":
        return None
    return first if usable_subject(first, toks) else None


def reduplicated(word: str) -> bool:
    """A reduplicated plural ("pihak-pihak", "negara-negara"): several of the noun."""
    half, dash, rest = word.partition("-")
    return bool(dash) and half == rest


def plural_noun(tok: Tok) -> bool:
    """A lowercase reduplicated plural ("kelompok-kelompok", "pihak-pihak"): a generic
    group, the subject of the relative clause after it."""
    return reduplicated(tok.text) and tok.text.islower()


def relative_skipped(clause: Clause, k: int, start: int) -> int:
    """The token before a relative clause set off by commas that ends at ``k``: in
    "Nyono, yang juga menjabat Bupati Jombang, Jawa Timur, terjaring ..." the subject is
    Nyono, not the office inside the relative clause; adverbs before the verb may follow
    the comma ("Airlangga, yang ... di KTT BRICS, langsung bertolak ke Washington"), and so
    may a verb telling one's own act, whose bare clause has the same subject ("Luhut, yang
    ..., mengaku sempat bertemu Gibran"). A relative clause with no comma before "yang"
    is skipped too when its head opens the clause ("Kemarin, Sandiaga yang datang ke
    acara dengan Gubernur, mengaku ..."); after a verb the head is an object
    ("menangkap Budi yang mencuri motor, lalu menahannya"), not the subject, and in a
    relative clause listing verb phrases (``verb_list``) the comma closes nothing."""
    toks = clause.toks
    verb_end = k
    while k > start and toks[k].low in PREVERBAL:
        k -= 1
    if k > start and toks[k].low in OWN_REPORT:
        k -= 1
        while k > start and toks[k].low in PREVERBAL:
            k -= 1
    if k < start or toks[k].low != ",":
        return verb_end
    for m in range(k - 1, max(start, k - 16) - 1, -1):
        if toks[m].low in HARD_STOP:
            break
        if toks[m].low == "," and m + 1 < len(toks) and toks[m + 1].low == "yang":
            return m - 1 if m - 1 >= start and clause.cand_at[m - 1] is not None else verb_end
        if toks[m].low == "yang" and m - 1 >= start and (head := clause.cand_at[m - 1]):
            opens = head.i == start or (head.i > start and toks[head.i - 1].low == ",")
            if opens and head.kind == "mention" and not verb_list(toks, m, k):
                return m - 1
            return verb_end
    return verb_end


def verb_list(toks: list[Tok], y: int, k: int) -> bool:
    """Whether the comma at ``k`` after the relative clause opened by "yang" at ``y``
    separates verb phrases of one list: a comma before a verb inside the clause or a
    ", serta/dan <verb>" after it ("X yang dinilai menonjol, menjaga B, serta mendukung
    C" describes X; none of it is said of X as a main clause)."""
    inside = any(toks[n].low == "," and predicate_like(toks[n + 1]) for n in range(y, k))
    return inside or any(
        toks[n].low == "," and toks[n + 1].low in COORD and predicate_like(toks[n + 2])
        for n in range(k + 1, len(toks) - 2)
    )


CONJOINED = LIST_JOINS | {"lalu", "kemudian", "lantas"}
NOT_VERBS = EVENT_WORDS["not_verb"]


def shared_subject(
    state: State, clause: Clause, i: int, found: list[Cand], quote: tuple[int, int] | None
) -> list[Cand]:
    """The subject a verb shares with the verb phrase before it: in "Rusia memantau
    situasi antara Palestina dan Israel, mengajukan rancangan resolusi" and "Polisi
    menangkap Budi dan menahannya" the entity nearest the verb is the earlier verb's
    object, and the subject is that verb's own; [] when the verb has its own subject."""
    toks = clause.toks
    k = conjunction_at(state.lex, clause, i)
    if k < 1 or toks[k].low not in CONJOINED:
        return []
    if found and any(t.low == "yang" or predicate_like(t) for t in toks[found[-1].j : i]):
        return []  # "pernyataan Putin yang ... memberikan", "X datang ke Y dan bertemu Z":
    # the entity's own verb; with no entity in reach, the verb phrase before "dan"
    if found and reported_subject(state.lex, clause, found, k):
        return []
    return phrase_subject(state, clause, found[0].i if found else k, quote)


def reported_subject(lex: Lexicon, clause: Clause, found: list[Cand], k: int) -> bool:
    """Whether the entity before "kemudian/lalu" at ``k`` opens a clause reported by a
    speech verb before it ("Polisi mengatakan (kepada wartawan,) pria itu kemudian menikam
    Y"): the entity acts, not the speaker; an adverb right after a subject joins no verb
    phrase. What may stand between verb and entity is what ``reported_clause_subject``
    passes over."""
    toks = clause.toks
    definite = found[-1].j < k and toks[found[-1].j].low in DEFINITE
    if toks[k].low not in THEN or found[-1].j + (1 if definite else 0) != k:
        return False
    first = found[0].i
    speech = lex.cue("speech")
    verb = next(
        (n for n in range(first - 1, max(-1, first - 1 - MAX_LEFT), -1) if toks[n].low in speech),
        None,
    )
    if verb is None:
        return False
    return reported_clause_subject(lex, toks, verb + 1, k, report_skip(lex), first) == first


def result_subject(
    state: State, clause: Clause, i: int, quote: tuple[int, int] | None
) -> list[Cand]:
    """The subject opening the clause a verb with no subject of its own is the result of
    ("Jepang khawatir terkena rudal Korut sehingga meminta perlindungan AS": Japan asks):
    after "sehingga" only, [] unless that clause opens with a party."""
    toks = clause.toks
    k = conjunction_at(state.lex, clause, i)
    if k < 1 or toks[k].low not in RESULT_LINKS:
        return []
    start = clause_start(clause, k, quote, commas=True)
    c = clause.cand_at[start]
    if c is None or c.i != start or c.kind not in ("mention", "noun", "pron"):
        return []
    if any(t.low in RESULT_BLOCKERS for t in toks[max(0, start - 1) : k]):
        return []  # "mohon hakim untuk menyatakan saya tidak bersalah sehingga membebaskan"
    return [c] if usable_subject(c, toks) else []


RESULT_BLOCKERS = frozenset({"karena", "untuk", "agar", "supaya", "bahwa", "jika", "kalau",
                             "yang", "guna", "demi", "ketika", "saat", "kan"})  # fmt: skip
"""Words that open another clause between a subject and "sehingga": the result may be that
clause's, whose subject is unsaid ("karena Indonesia kan mayoritas Muslim sehingga ...")."""


def conjunction_at(lex: Lexicon, clause: Clause, i: int) -> int:
    """The token before the verb at ``i`` past its adverbs, where a conjunction joining it
    to the verb phrase before would stand."""
    toks = clause.toks
    k = i - 1
    while k >= 0 and toks[k].low in lex.before_verb and toks[k].low not in CONJOINED:
        k -= 1
    return k


THEN = CONJOINED - {","}
RESULT_LINKS = frozenset({"sehingga"})
"""Words joining a verb with no subject of its own to what its sentence's subject did or
felt ("Jepang khawatir ... sehingga meminta perlindungan AS"): that subject acts."""


def conjoined_object(lex: Lexicon, clause: Clause, i: int, found: list[Cand]) -> bool:
    """Whether the entity before the verb at ``i``, after "dan"/"lalu", is the object of the
    verb phrase before it ("X memanjat tembok kantor Konsulat RI dan mengibarkan ...",
    "Soemitro naik jip menuju Thamrin dan menemui ..."): that phrase's verb stands right
    before the entity's noun phrase, so the entity is acted on and no subject of this verb,
    even when ``shared_subject`` cannot name the one who acts."""
    toks = clause.toks
    k = conjunction_at(lex, clause, i)
    if k < 1 or toks[k].low not in THEN or reported_subject(lex, clause, found, k):
        return False
    if any(t.low == "yang" or predicate_like(t) for t in toks[found[-1].j : k]):
        return False  # "X datang ke Y dan bertemu Z": Y's own verb phrase, or none
    n = found[0].i - 1
    head = clause.cand_at[n] if n >= 0 else None
    if (
        head is not None
        and head.kind in ("noun", "cap")
        and head.j == found[0].i
        and head.text.istitle()
    ):
        n = head.i - 1  # "kantor Kedutaan Besar" + "Malaysia": the head of the same name
    while n >= 0 and found[0].i - n <= 6 and clause.cand_at[n] is None and lowercase_word(toks[n]):
        if toks[n].low in HARD_STOP or toks[n].low in CONJOINED or toks[n].low == "yang":
            return False  # "berubah ketika dia pindah ... dan bertemu": the subject
        if active_verb(toks[n]):  # "membuat pelaku kalap lalu menganiaya": the pelaku acts
            return toks[n].low not in NOT_VERBS and toks[n].low not in CAUSATIVES
        n -= 1
    return False


PURPOSE = frozenset({"untuk", "guna", "demi"})


def purpose_subject(
    state: State, clause: Clause, i: int, found: list[Cand], quote: tuple[int, int] | None
) -> list[Cand]:
    """The main clause's subject for a verb of purpose ("untuk/guna/demi" + verb): in
    "Kemlu memanggil Dubes X untuk memprotes ..." the protest is Kemlu's, not the
    ambassador's; [] unless the entity before "untuk" is the object of an active verb
    or no entity comes between the verb and "untuk" (``purpose_of_phrase``), and [] for a
    verb of causing or sending ("meminta X untuk ...": X acts, see ``CAUSATIVES``)."""
    toks = clause.toks
    skip = state.lex.cue("adverb")
    k = i - 1
    while k >= 0 and toks[k].low in skip:
        k -= 1
    if k < 1 or toks[k].low not in PURPOSE:
        return []
    if not found:  # "DPN Peradi membentuk tim hukum untuk membela X": no entity before
        return purpose_of_phrase(state, clause, k, quote)  # "untuk": the main verb's subject
    if found[-1].j != k and not time_between(state, clause, found[-1].j, k):
        return []
    if any(c.label == "LOC" or c.kind in ("cap", "cap0") for c in found):
        return []  # "melewati jalan ... Bandara untuk tiba": a place, not the one who acts
    head = found[0].i
    while head >= 2 and (before := clause.cand_at[head - 1]) is not None:
        head = before.i  # "menemui Ketua DPRD Jember Budi Santoso untuk
        # menyampaikan": the name's title and body belong to the same object
    if head >= 2 and toks[head - 1].low in BUILDINGS:
        head -= 1  # "mendatangi kantor DPRD untuk menuntut": the office is where, not who
    if not active_verb(toks[head - 1]):
        return []  # "ruang bagi para kader untuk berkonsultasi": the kader consult
    return phrase_subject(state, clause, head, quote)


TIME_LINKS = frozenset({"pada", "sejak", ",", "(", ")"})


def time_between(state: State, clause: Clause, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` are only a time adjunct ("mendatangi kantor
    DPRD pada Selasa (4/3) untuk ..."): the object still stands right before the purpose."""
    toks = clause.toks
    times = [t for t in state.article.times if toks[start].start <= t.start < toks[end - 1].end]
    return bool(times) and all(
        toks[n].low in TIME_LINKS or any(t.start <= toks[n].start < t.end for t in times)
        for n in range(start, end)
    )


MAKING_VERBS = EVENT_WORDS["making"]
"""Verbs of making or founding something ("membentuk", "mendirikan", "meluncurkan")."""
NEW_WORDS = EVENT_WORDS["new_word"]
"""The word after a noun that makes it a new thing ("partai politik baru")."""


def promised_thing(clause: Clause, start: int, c: Cand) -> bool:
    """Whether ``c``, found right of a promise or commitment, is the new thing the promised
    act makes ("berjanji untuk meluncurkan partai politik baru"): the direct object, with
    "baru" after it, of a verb of making. That is what the promise is about, not whom it is
    made to, which docs/annotation.md makes no recipient (promising a new party is party
    building, not coded). Other verbs' objects and any object after a preposition stay the
    party the act is for ("membantu siswa baru", "memberikan beasiswa kepada mahasiswa
    baru", "menemui korban baru pekan depan", where "baru" is "only"), as the guideline
    has a commitment to the public."""
    toks = clause.toks
    verbs = [n for n in range(start, c.i) if active_verb(toks[n])]
    if not verbs or toks[verbs[-1]].low not in MAKING_VERBS:
        return False
    if any(toks[n].low in PREPOSITION_OR_COMMA for n in range(verbs[-1] + 1, c.i)):
        return False  # "membentuk tim bagi warga baru": whom the thing is for
    return c.j < len(toks) and toks[c.j].text in NEW_WORDS  # not "Energi Baru Terbarukan"


def purpose_before(toks: list[Tok], start: int, k: int) -> bool:
    """Whether a purpose clause ("untuk/guna/demi" + verb) or a topic ("mengenai, soal,
    terkait ...") opens between ``start`` and token ``k``: a name inside it belongs to
    the aim or the subject matter ("bertemu untuk membahas sengketa perbatasan Kamboja",
    "berdialog bersama blogger mengenai Pancasila"), not to the meeting; whom one goes
    "untuk bertemu" is met."""
    return any(
        toks[n].low in TALK_TOPIC
        or (toks[n].low in PURPOSE and active_verb(toks[n + 1]) and toks[n + 1].low not in MEETING)
        for n in range(start, k)
    )


def talk_partner(clause: Clause, start: int) -> list[Cand]:
    """The party a talk is held with when "bersama" names it ("berdialog bersama para
    pedagang", "membahas kerja sama pertahanan bersama PM Albanese"): for CONSULT,
    "bersama" after the verb says with whom, as "dengan" does."""
    toks = clause.toks
    for n in range(start, min(len(toks) - 1, start + MAX_RIGHT)):
        if toks[n].low in RIGHT_STOP or toks[n].low in TALK_TOPIC or toks[n].low in PURPOSE:
            return []
        if toks[n].low == "bersama":
            return right_arguments(clause, n + 1, prep_only=False)
    return []


WITH_OTHERS = frozenset({"dengan", "bersama", "terhadap", "kepada", "bagi"})


def purpose_of_phrase(
    state: State, clause: Clause, k: int, quote: tuple[int, int] | None
) -> list[Cand]:
    """The subject of the verb phrase before the purpose word at ``k`` with no entity in
    it: "Buruh menggelar aksi di depan DPR untuk memprotes ...": the workers protest;
    [] when the phrase's verb is a copula ("X merupakan tumpuan pencari keadilan untuk
    menuntut": the seekers act) or the phrase brings in another party ("berusaha bersama
    promotor untuk", "mengapresiasi polisi dengan upaya untuk": whose purpose is open) or
    is an event itself, whose aim is no other event (the demands of a demonstration are
    not coded apart; tear gas fired "untuk membubarkan massa" is one act)."""
    toks = clause.toks
    start = clause_start(clause, k, quote, commas=False)
    verb = next((n for n in range(k - 1, start - 1, -1) if active_verb(toks[n])), -1)
    if verb < 0 or toks[verb].low in COPULAS:
        return []
    if any(t.low in WITH_OTHERS for t in toks[verb + 1 : k]):
        return []
    lows = [t.low for t in toks[:k]]
    if any(trigger_at(state.lex, lows, n) for n in range(start, k)):
        return []  # "menggelar aksi ... untuk memprotes", "menembakkan gas air mata untuk
    return phrase_subject(state, clause, k, quote)  # membubarkan": the act's own aim


def trigger_at(lex: Lexicon, lows: list[str], n: int) -> bool:
    """Whether an event predicate's words (no gap) stand at token ``n`` of ``lows``."""
    return any(
        e.kind == "pred" and GAP not in e.words and tuple(lows[n : n + len(e.words)]) == e.words
        for e in entries_at(lex, lows, n) or []
    )


SAID_PASSIVES = EVENT_WORDS["said_passive"]


def subordinate_subject(
    state: State, clause: Clause, i: int, quote: tuple[int, int] | None, talk: bool = False
) -> list[Cand]:
    """The main-clause subject of a verb right after a subordinator inside the sentence:
    "Prabowo menyampaikan pernyataan setelah menggelar pertemuan dengan X" (Prabowo met
    X), "Polisi menangkap Budi setelah menerima laporan" (the police, not Budi)."""
    toks = clause.toks
    k = subordinator_before(toks, i, talk)
    lex = state.lex
    said_at = k - 2 if k > 1 and toks[k - 1].low == "olehnya" else k - 1  # "diungkapkan
    tag = toks[k - 1].low if k >= 2 else ""  # (olehnya) usai bertemu X"; '"...," katanya
    # saat rapat kerja dengan Komisi XI': the tag's "-nya" names the speaker; not "Katanya"
    # opening a sentence ("reportedly")
    if (said_at >= 0 and toks[said_at].low in SAID_PASSIVES) or (
        tag.endswith("nya") and tag[:-3] in SAY
    ):
        t = toks[k - 1]  # the unnamed speaker, the person the article speaks of
        return [Cand(k - 1, k, t.start, t.end, "ia", "pron")]
    if k <= 3 or opens_clause(toks, k, lex.cue("speech")):
        return []  # a clause opening a sentence is ``fronted_subject``'s
    at = place_said_at(clause, k)  # '"...," kata Jokowi di Istana Merdeka saat bertemu X'
    said = clause.cand_at[at - 1] if at > 0 else None
    if said is not None and said.j == at and said.kind != "pron" and toks[said.i - 1].low in SAY:
        return [said]  # '"...," kata Aris Budiman saat menghadiri rapat': the speaker attended
    found = left_arguments(clause, k, quote, lex.cue("nonactor"), lex.cue("delegate"))
    agent = bool(found) and found[-1].j == k and passive_agent(toks, found[0].i)
    if not agent and not (found and any(predicate_like(t) for t in toks[found[-1].j : k])):
        found = phrase_subject(state, clause, found[0].i if found else k, quote)
    return [] if any(c.kind == "cap0" for c in found) else found  # "Meskipun begitu, ..."


def questioning(entry: Entry) -> bool:
    """Whether the predicate is a questioning of someone ("menjalani pemeriksaan",
    "diperiksa"): an ACCUSE in mode investigate."""
    return entry.event == "ACCUSE" and "investigate" in entry.modes


def undergoer_before(
    state: State, clause: Clause, i: int, quote: tuple[int, int] | None
) -> list[Cand]:
    """Who is questioned right after a subordinator: the object of a custody verb just
    before it, or before a short place or time phrase ("Kejati menahan Budi di Rutan Jambi
    setelah menjalani pemeriksaan": Budi), else the main clause's subject ("Sudewo irit
    bicara usai menjalani pemeriksaan", "X menemui Y usai menjalani pemeriksaan": X), and
    no one when the main verb has an unnamed object ("menahan tersangka usai ..."). Only for the
    questioning: other passives after a subordinator ("jadi tersangka setelah dilaporkan",
    "saat ditemui wartawan", "diberondong pertanyaan") too often befall someone else or
    are no event."""
    toks = clause.toks
    k = subordinator_before(toks, i)
    lex = state.lex
    found = left_arguments(clause, k, quote, lex.cue("nonactor"), lex.cue("delegate"))
    ends_before = bool(found) and (found[-1].j == k or adjunct_between(toks, found[-1].j, k))
    if ends_before and passive_agent(toks, found[-1].i):
        return phrase_subject(state, clause, found[-1].i, quote)  # "X ditahan KPK usai
        # menjalani pemeriksaan": X, not the arresting KPK
    if ends_before and object_not_held(lex, clause, found[0].i):
        return subordinate_subject(state, clause, i, quote)  # "X menemui Y di kantornya
        # usai menjalani pemeriksaan": X, not the one met
    if ends_before:
        return found
    start = found[-1].j if found else clause_start(clause, k, quote, commas=False)
    verb = next((n for n in range(start, k - 1) if active_verb(toks[n])), None)
    if verb is not None and any(clause.cand_at[n] is not None for n in range(verb + 1, k)):
        return []  # "Kejati menahan tersangka usai menjalani pemeriksaan": the unnamed
        # object was questioned, not the main clause's subject
    return subordinate_subject(state, clause, i, quote)


LOCATIVE_PREPS = frozenset({"di", "ke", "dari", "pada"})
"""Prepositions that open a phrase of place or point in time ("di Rutan Jambi", "ke
Jakarta", "pada Senin"); not ``nlp``'s place cues, which also hold place nouns."""
ADJUNCT_PREPS = LOCATIVE_PREPS | {"selama"}
"""Prepositions that open a short adjunct after a verb's object (:func:`adjunct_between`):
a place or time, or a span of time ("selama 20 hari")."""


def object_not_held(lex: Lexicon, clause: Clause, at: int) -> bool:
    """Whether the party at ``at`` is the object of an active verb that does not put
    someone in custody ("menemui Y", not "menahan Y"): only a detainee is the one
    questioned before being held; a subject ("Y usai diperiksa") is no object."""
    lows = clause.lows
    for n in range(at - 1, -1, -1):
        if active_verb(clause.toks[n]):
            return not any(
                e.kind == "pred" and e.event == "COERCE" and "arrest" in e.modes
                for e in entries_at(lex, lows, n) or []
            )
    return False


def adjunct_between(toks: list[Tok], j: int, k: int) -> bool:
    """Whether tokens ``j``..``k`` are one short phrase of place or time ("di Rutan Jambi",
    "selama 20 hari") between a verb's object and the subordinator at ``k``."""
    return (
        toks[j].low in ADJUNCT_PREPS and k - j <= 6
        and not any(t.low == "," or predicate_like(t) for t in toks[j + 1 : k])
    )  # fmt: skip


def place_said_at(clause: Clause, k: int) -> int:
    """Where the place a speech tag names before the subordinator at ``k`` begins ("kata X
    di Istana Merdeka, Jakarta, saat ..."): the "di" before it, or ``k`` with no place."""
    m = k
    while (  # c.i > 0: a place opening the sentence has no "di" before it
        m > 1
        and (c := clause.cand_at[m - 1]) is not None
        and c.j == m
        and c.i > 0
        and c.label in PLACE_LABELS
    ):
        if clause.toks[c.i - 1].low == "di":
            return c.i - 1
        if clause.toks[c.i - 1].low != ",":
            break
        m = c.i - 1
    return k


def meeting_subject(
    state: State, clause: Clause, i: int, quote: tuple[int, int] | None
) -> list[Cand]:
    """The participants of the meeting a definite meeting noun subject refers back to
    ("X bertemu Y. Pertemuan tersebut menghasilkan kesepakatan ..."): the last CONSULT
    coded in this or the previous sentences, as ready candidates."""
    toks = clause.toks
    start = clause_start(clause, i, quote, commas=True)
    words = [t.low for t in toks[start:i] if t.low not in state.lex.cue("adverb")]
    if len(words) != 2 or words[1] not in DEFINITE:
        return []
    if state.lex.anaphors.get((words[0],)) != "CONSULT" or not last_meeting(state):
        return []
    end = toks[start + 1].end
    return [Cand(start, start + 2, toks[start].start, end, " ".join(words), "met")]


def mediator_refs(state: State, clause: Clause, j: int) -> list[EntityRef]:
    """The mediators of talks: "yang dipimpin oleh Qatar, Mesir, dan AS", "dengan mediasi
    Qatar, Mesir, dan AS" within ten tokens (and a parenthesis) after the talks' word."""
    toks = clause.toks
    k, seen = j, 0
    while k < len(toks) - 1 and seen < 10:
        if toks[k].low == "(":  # "di Doha, Kamis (15/8), dengan mediasi ...": a date aside
            k = closing_paren(toks, k)
        elif toks[k].low in HARD_STOP:
            return []
        elif toks[k].low in MEDIATION:
            n = k + 2 if toks[k + 1].low == "oleh" else k + 1
            found = resolve(state, clause, right_arguments(clause, n, prep_only=False), quote=None)
            return [r for r in found if r.type != "location"]
        k, seen = k + 1, seen + 1
    return []


def last_meeting(state: State) -> list[EntityRef]:
    """The parties of the last meeting coded in this or the two sentences before."""
    for index, kind, _, parties in reversed(state.coded):
        if kind == "CONSULT" and state.sentence - index <= 2 and len(parties) >= 2:
            return list(parties)
    return []


def manner_agent(clause: Clause, i: int) -> list[Cand]:
    """The agent of a passive for the verb of its manner clause: in "kehadiran Fahri
    ditolak oleh warga dengan cara mendatangi dan berdemonstrasi" the warga demonstrate."""
    toks = clause.toks
    k = i - 1
    while k > 1 and i - k <= 4 and toks[k].low != "cara":
        k -= 1
    if k < 2 or toks[k].low != "cara" or toks[k - 1].low != "dengan":
        return []
    agent = clause.cand_at[k - 2]
    if agent is None or agent.j != k - 1 or agent.i < 1:
        return []
    return [agent] if toks[agent.i - 1].low == "oleh" or passive_agent(toks, agent.i) else []


SUBORDINATED_ASPECTS = ASPECTS | MODALITY_WORDS["subordinatedaspect"]  # "setelah sempat
# bertemu X", "setelah melakukan pertemuan"


def subordinator_before(toks: list[Tok], i: int, talk: bool = False) -> int:
    """Where the subordinator the verb at ``i`` follows is ("setelah (sempat) bertemu"), or
    for a ``talk`` (CONSULT) the "dalam/pada" its noun follows ("dalam pertemuan dengan X"),
    -1 when there is none: ``fronted_subject`` takes it at a sentence's opening,
    ``subordinate_subject`` inside it."""
    k = i - 1
    while k >= 0 and toks[k].low in SUBORDINATED_ASPECTS:
        k -= 1
    if talk and k == i - 1 and k >= 0 and toks[k].low in AT_TALKS and not predicate_like(toks[i]):
        return k  # "Dalam pertemuan dengan Iwaya, Sugiono ...", "kata Perry dalam rapat
    return k if k >= 0 and toks[k].low in SUBORDINATORS else -1  # kerja dengan Komisi XI"


CHAIN_REACH = 8
"""Words a fronted time clause's first verb phrase may take before "dan" joins the verb of
the act to it ("Setelah kembali lagi ke Yangon dan bertemu X")."""
CHAIN_JOINS = MODALITY_WORDS["chainjoin"]  # "dan", "lalu", "serta"
CHAIN_ASPECTS = ASPECTS | MODALITY_WORDS["chainaspect"]  # "dan sempat/juga bertemu X"


def chained_subordinator(toks: list[Tok], cand_at: list[Cand | None], i: int) -> int:
    """Where the subordinator is that opens a time clause whose verb phrases "dan", "lalu"
    or "serta" chain up to the verb at ``i`` ("Setelah kembali ke Jenewa dan bertemu X, Y
    mengaku ...": Y met X), -1 when none: a comma or a stop between, or the clause's own
    subject right after the subordinator (a name; a plain noun that is no verb form with
    a verb a word or two after it: "Setelah rombongan tiba dan bertemu X"), or "ini"
    ("Saat ini"), ends the search. A bare verb may open it ("Usai singgah di Surabaya"),
    and a manner ber- word (``BER_MANNER``) straight after a bare word is no verb of a
    subject noun ("Setelah salat berjamaah dan bertemu X")."""
    k = i - 1
    while k >= 0 and toks[k].low in CHAIN_ASPECTS:
        k -= 1
    if k < 2 or toks[k].low not in CHAIN_JOINS:
        return -1
    for n in range(k - 1, max(-1, k - 1 - CHAIN_REACH), -1):
        low = toks[n].low
        if low in SUBORDINATORS:
            after = n + 3 if n + 2 < k and toks[n + 2].low in BER_MANNER else n + 2
            verb = n + 1 < k and (predicate_like(toks[n + 1]) or (
                lowercase_word(toks[n + 1]) and toks[n + 1].low not in DEFINITE_REF
                and cand_at[n + 1] is None
                and not any(predicate_like(t) for t in toks[after : min(k, n + 4)])
            ))  # fmt: skip
            return n if verb else -1  # not "Setelah Budi/rombongan pergi dan bertemu X"
        if low == "," or low in HARD_STOP:
            return -1
    return -1


def passive_agent(toks: list[Tok], n: int) -> bool:
    """Whether the entity at ``n`` is the agent right after a di- verb ("permintaan maaf
    itu disampaikan Mattis ketika bertemu Ryamizard": Mattis met Ryamizard)."""
    if n == 0:
        return False
    verb = toks[n - 1] if toks[n - 1].low != "oleh" or n < 2 else toks[n - 2]
    return predicate_like(verb) and verb.low.startswith("di") and not active_verb(verb)


def opens_clause(toks: list[Tok], k: int, speech: set[str]) -> bool:
    """Whether the subordinator at ``k`` opens a reported sentence ("mengatakan, setelah
    menembak Ryanto, pelaku ...", "bahwa setelah ..."), not a clause after the main one."""
    return toks[k - 1].low == "bahwa" or (
        toks[k - 1].low == "," and k >= 2 and toks[k - 2].low in speech
    )


def phrase_subject(
    state: State, clause: Clause, end: int, quote: tuple[int, int] | None
) -> list[Cand]:
    """The subject of the verb phrase that ends before token ``end`` (an object or the
    phrase's end): the subject of its verb, [] when an entity or list comes first."""
    toks = clause.toks
    lex = state.lex
    start = clause_start(clause, end, quote, commas=False)
    n = end - 1
    if n > start and toks[n].low == ",":
        n -= 1  # "X menyeberang ke Israel pada 7 Oktober, dan menewaskan ...": the list comma
    while n >= start:
        tok = toks[n]
        c = clause.cand_at[n]
        if c is not None and not usable_subject(c, toks) and c.i > start:
            n = c.i - 1  # "ke Israel", "dari perbatasan": a phrase of place inside the VP
            continue
        if c is not None and c.i > start and cut_name(clause, c, end):
            n, end = c.i - 1, c.i  # "Konsulat" + "Jenderal RI": one name cut in two
            continue
        if c is not None or tok.low in COORD or tok.low == "yang":
            return []  # another entity, a list or a relative clause: no verb phrase
        if active_verb(tok):
            if tok.low in CAUSATIVES:
                return []  # "Penolakan itu membuat pelaku kalap lalu menganiaya": the pelaku
            return left_arguments(clause, n, quote, lex.cue("nonactor"), lex.cue("delegate"))
        n -= 1
    return []


def cut_name(clause: Clause, c: Cand, end: int) -> bool:
    """Whether a capitalised word right before the body's name at ``end`` begins that name
    ("Mako" + "Brimob", "Konsulat" + "Jenderal RI"), not a word before a country ("Satu
    China": a policy)."""
    after = clause.cand_at[end] if end < len(clause.toks) else None
    head = c.kind == "cap" or (c.kind == "noun" and c.j - c.i == 1 and c.text[:1].isupper())
    return (  # (a capitalised common noun is a name's head too: "Konsulat" + "Jenderal RI")
        head and c.j == end and after is not None and after.i == end
        and after.kind == "mention" and after.label in ("ORG", "OFFICE")
    )  # fmt: skip


CAUSATIVES = EVENT_WORDS["causative"]
"""Verbs whose object is the subject of the verb after it ("membuat X marah lalu ...")."""


NOT_PASSIVES = EVENT_WORDS["not_passive"]


def predicate_like(tok: Tok) -> bool:
    """A word that heads a clause's predicate: an active or passive verb or a common
    bare verb ("datang ke PT X dan bertemu Y": the subject comes before "datang")."""
    return active_verb(tok) or passive_form(tok, ("di", "ter"), 6) or tok.low in BASE_VERBS


def passive_form(tok: Tok, prefixes: tuple[str, ...], min_len: int) -> bool:
    """A lowercase word of at least ``min_len`` letters with a passive prefix, not one of
    the words that only look like one ("diri", "terhadap")."""
    low = tok.low
    return (
        low.startswith(prefixes) and len(low) >= min_len and low not in NOT_PASSIVES
        and lowercase_word(tok)
    )  # fmt: skip


def at_talks(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """Whether the token at ``i > 0`` is a noun of talks after "dalam/pada/(di) sela"
    ("dalam pertemuan dengan X", "di sela perbincangan", talk nouns without "pe-" such
    as "dalam audiensi dengan X"): the talks are where one is."""
    low = toks[i].low
    return toks[i - 1].low in AT_TALKS and (low.startswith("pe") or low in lex.cue("talknoun"))


def phrase_verb(lex: Lexicon, clause: Clause, i: int) -> int:
    """Where the subject of the trigger at ``i`` is sought: a noun trigger in a "dalam"
    phrase after a verb and its object ("Prabowo menyinggung nasib warga Gaza dalam
    perbincangan dengan Sisi") shares the subject of that verb, not its object."""
    toks = clause.toks
    if i < 2 or not at_talks(lex, toks, i):
        return i
    for k in range(i - 2, max(-1, i - 2 - MAX_LEFT), -1):
        if toks[k].low in (",", ".", ";") or toks[k].low in HARD_STOP:
            break
        if active_verb(toks[k]):
            return k
    return i


def reported_subject_between(lex: Lexicon, clause: Clause, j: int, i: int) -> bool:
    """Whether a speech verb between a found subject (ending at ``j``) and the passive at
    ``i`` opens a reported clause with a subject of its own ("X menyatakan penyebar hoaks
    itu ditangkap": the spreader, no party, is arrested, not X). Only a noun phrase opening
    the reported clause is such a subject: adverbs, modals, "bahwa", a prepositional phrase
    ("kepada wartawan"), a time or a count ("kemarin", "tiga kali") are none, and a passive
    coordinated with what X says befalls X ("X mengaku sudah ditangkap", "X mengaku
    bersalah dan divonis")."""
    toks = clause.toks
    speech = lex.cue("speech")
    verb = next((k for k in range(i - 1, j - 1, -1) if toks[k].low in speech), None)
    if verb is None:
        return False
    skip = report_skip(lex)
    k = i - 1
    while k > verb and toks[k].low in skip:
        k -= 1
    if toks[k].low in COORD:
        return False  # "Dia mengaku bersalah atas ... dan divonis": his own second act
    start = reported_clause_subject(lex, toks, verb + 1, i, skip)
    if start is None:
        return False
    owned = toks[k].low.endswith(OWN_SUFFIX) and toks[start].low in lex.cue("ownthing")
    return not owned  # "X mengatakan akun media sosialnya diretas": X's own account


def report_skip(lex: Lexicon) -> set[str]:
    """Words after a speech verb that open no reported clause's subject: "bahwa", adverbs,
    negation, future and modal words."""
    skip = lex.cue("reportopen") | lex.cue("adverb") | lex.cue("neg") | lex.cue("future")
    return skip | lex.cue("modal")


def reported_clause_subject(
    lex: Lexicon,
    toks: list[Tok],
    start: int,
    end: int,
    skip: AbstractSet[str],
    subject: int | None = None,
) -> int | None:
    """Where a noun phrase opens the reported clause in ``toks[start:end]``, past the
    ``skip`` words, punctuation, prepositional phrases (each up to the next ``skip``
    word or the known ``subject``), times and counts: "kepada wartawan bahwa dua pengunggah
    video itu ..." has one, "kepada wartawan telah ..." and "pada 2019" have none (None)."""
    leads, times = lex.cue("reportlead"), lex.cue("reporttime")
    k = start
    while k < end:
        low = toks[k].low
        if low in leads:
            k += 2  # the preposition and its first word: "kepada wartawan"
            while k < end and k != subject and toks[k].low not in skip:
                k += 1
        elif low in skip or time_word(low, times) or low in NUMBERS or low.isdigit():
            k += 1
        elif not any(ch.isalnum() for ch in low):
            k += 1  # a comma or a quote mark after the speech verb
        else:
            return k if toks[k].text.isalpha() else None
    return None


def time_word(low: str, times: set[str]) -> bool:
    """A weekday ("Ahad"), a time noun ("kali", "pekan") or a ``reporttime`` word
    ("kemarin", "lalu"): no subject of a reported clause."""
    return low in WEEKDAYS or low in TIME_NOUNS or low in times


def active_verb(tok: Tok) -> bool:
    """A lowercase word with an active verb prefix ("memantau", "bertemu")."""
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and tok.low.startswith(("me", "ber"))
        and len(tok.low) > 4
        and tok.low not in NOT_VERBS
    )


def fronted_subject(
    clause: Clause, i: int, speech: set[str], talk: bool = False, undergone: bool = False
) -> list[Cand]:
    """The main-clause subject of a verb in a fronted time clause: in "Usai bertemu
    Putin, Jokowi mengatakan ..." the one who met Putin is Jokowi; so is the subject
    after a verb phrase opening the sentence ("Bekerja sama dengan PT X, Komnas Y
    meluncurkan ...": Komnas Y works with PT X), not the previous sentence's, and a talk
    noun's in a fronted adjunct ("Dalam pertemuan dengan Putin, Jokowi ...").
    ``undergone``: the fronted verb is passive, its undergoer the subject's head, so a
    description after the comma is the subject's own ("Usai diperiksa polisi, kuasa hukum
    X, Y, ..."): Y speaks for X, who was questioned, and no one is taken."""
    toks = clause.toks
    k = subordinator_before(toks, i, talk)
    if k < 0:
        k = chained_subordinator(toks, clause.cand_at, i)  # "Setelah kembali ke X dan bertemu Y"
    if k < 0 and i > 0:
        return []
    if k > 3 and not opens_clause(toks, k, speech) and not within_opening(clause, k):
        return []  # only a clause opening a sentence ("Sehari setelah ...")
    skip_to = -1  # "Usai bertemu Putin di Kremlin, Kamis (30/6), Jokowi ...": the date's
    dated = 0  # parenthesis is stepped over, and its tokens do not count to the reach
    for n in range(i + 1, len(toks) - 1):
        if n - i - dated >= 16:
            break
        if toks[n].low == "," and toks[n + 1].low in WEEKDAYS:
            skip_to = closing_paren(toks, n + 2) if toks[n + 2].low == "(" else n + 1
            dated += skip_to - n
            continue
        if n <= skip_to:
            continue
        if (inside := clause.cand_at[n]) is not None and inside.i < n:
            continue  # "Usai bertemu Kepala BPS (Badan Pusat Statistik) Amalia, X ...": a
            # name's own bracket is no stop
        if (  # nor a short form after a name ("usai rapat bersama Badan Anggaran (Banggar)
            toks[n].low == "("  # DPR RI, X ...")
            and clause.cand_at[n - 1] is not None
            and (skip_to := closing_paren(toks, n, 4)) > n
        ):
            continue
        weekday_date = toks[n].low in WEEKDAYS and toks[n + 1].low == "("
        close = closing_paren(toks, n + 1) if weekday_date else n
        if close > n + 1:  # "Usai bertemu Putin pada Kamis (30/6), Jokowi ...": a date too
            skip_to = close
            dated += close - n
            continue
        if toks[n].low in HARD_STOP:
            return []
        if toks[n].low == "," and clause.cand_at[n] is None:  # not inside "X, Y" as one
            c = clause.cand_at[n + 1]
            close = -1 if c is not None else description_closed(clause, n)
            if close > 0 and undergone:
                return []
            if close > 0:  # "Dalam pertemuan dengan Li Lecheng, pimpinan MIIT, Cook ...":
                skip_to = close - 1  # the one met is described, then the subject follows
                continue
            ok = c is not None and c.i == n + 1 and c.kind != "pair" and usable_subject(c, toks)
            if ok and c is not None and apposed(clause, n, c):
                continue  # "Ketika bertemu Menlu Yordania, Ayman Safadi, Retno ...": the name
            if ok and c is not None and k < 0 and c.j < len(toks) and toks[c.j].low in COORD:
                return []  # "Bekerja sama dengan A, B dan C ...": a list member, no subject
            return [c] if ok and c is not None else []  # of whom was met, then the subject
    return []


def own_side_speaker(
    clause: Clause, subject: Sequence[Cand], agents: Sequence[Cand], speech: set[str]
) -> bool:
    """Whether the main-clause subject a fronted passive took as its undergoer is a speaker
    of the agent's own side ("Setelah ditangkap polisi, Kapolsek X, AKP Y, menyebut
    keduanya ...": the officer reports the arrest his force made; the ones arrested are the
    fronted clause's elided subject, not him): the subject shares the agent's sector, a
    speech verb follows it and what he tells does not open on himself. An officer who
    speaks of himself ("Setelah diperiksa Propam, Kapolsek X menyatakan siap ...",
    "... mengatakan dirinya ...") was examined by his own force: he is the undergoer; one
    who tells of anyone or anything else ("pihaknya", "kedua pemuda", "identitas ...")
    reports his force's act."""
    if not subject or not agents:
        return False
    toks = clause.toks
    c = subject[-1]
    at = c.j + 1 if c.j < len(toks) and toks[c.j].low == "," else c.j
    speaks = at < len(toks) and toks[at].low in speech
    if not speaks or c.sector is None or all(a.sector != c.sector for a in agents):
        return False
    told = at + 1
    while told < len(toks) and toks[told].low in {",", "bahwa"}:
        told += 1  # "mengatakan, ...", "menyebut bahwa ..."
    return told < len(toks) and toks[told].low not in SPEAKER_SELF


def within_opening(clause: Clause, k: int) -> bool:
    """Whether the subordinator at ``k`` continues a subordinate clause that opens the
    sentence with no name or comma before it ("Saat dimintai konfirmasi usai rapat bersama
    X, Sri Mulyani ..."): the main subject after the comma is the one who met X."""
    return clause.toks[0].low in SUBORDINATORS and all(
        clause.toks[n].low != "," and clause.cand_at[n] is None for n in range(1, k)
    )


def description_closed(clause: Clause, n: int) -> int:
    """The comma that closes a lower-case description opening after the comma at ``n``
    and is followed by a name ("Li Lecheng, pimpinan Kementerian X (MIIT), Cook"); -1 if
    none: a verb or a stop on the way makes it a clause, not a description."""
    toks = clause.toks
    if n + 2 >= len(toks) or not toks[n + 1].text.islower() or active_verb(toks[n + 1]):
        return -1
    m = n + 2
    while m < min(len(toks) - 1, n + 14):
        if toks[m].low == "(":  # "(MIIT)": the body's short form
            if (after := past_bracket(toks, m)) == m:
                return -1
            m = after
            continue
        if toks[m].low == ",":
            c = clause.cand_at[m + 1]
            named = c is not None and c.i == m + 1 and c.kind == "mention"
            return m if named and c is not None and usable_subject(c, toks) else -1
        if active_verb(toks[m]) or toks[m].low in HARD_STOP:
            return -1
        m += 1
    return -1


def apposed(clause: Clause, n: int, c: Cand) -> bool:
    """Whether the name ``c`` after the comma at ``n`` is an apposition of the name before
    the comma, closed by another comma ("Menlu Yordania, Ayman Safadi, Retno ...")."""
    toks = clause.toks
    return (
        clause.cand_at[n - 1] is not None
        and c.j < len(toks) - 1
        and toks[c.j].low == ","
        and clause.cand_at[c.j + 1] is not None
    )


def fronted_patient(clause: Clause, j: int) -> list[Cand]:
    """The main-clause subject after a sentence-opening passive phrase ("Diserang Sunan
    Kalijaga, Ilal membela diri"): the one the passive happens to."""
    toks = clause.toks
    if clause_start(clause, j - 1, None, commas=True) != 0:
        return []
    for n in range(j, min(len(toks) - 1, j + 12)):
        if toks[n].low in HARD_STOP:
            return []
        if toks[n].low == ",":
            c = clause.cand_at[n + 1]
            return [c] if c is not None and c.i == n + 1 and usable_subject(c, toks) else []
    return []


def place_apposition(clause: Clause, c: Cand) -> bool:
    """A country after a place and a comma ("ke Moskwa, Rusia, untuk bertemu") is part of
    that place phrase, not a subject."""
    k = c.i - 1
    if c.label not in PLACE_LABELS or k < 1 or clause.toks[k].low != ",":
        return False
    before = clause.cand_at[k - 1]
    if before is not None and before.country and c.country and before.country != c.country:
        return False  # "terkait Yerusalem, AS kalah ...": another state, a new clause
    return (
        before is not None and before.kind == "mention" and not usable_subject(before, clause.toks)
    )


def apposition_head(clause: Clause, found: Cand, start: int, i: int) -> Cand | None:
    """The named entity a descriptive noun phrase stands beside: "Iran, pendukung utama
    Hamas, ..." -> Iran (the noun is bracketed by commas, a name before it, the noun maybe
    closed by "itu" or a relative clause: "Yayasan X, lembaga yang bergerak di ..., mengkritik");
    so does a noun with its origin up to the verb at ``i`` ("Budi, pengusaha dari Malaysia
    menyambut ...": Budi, not the businessman's country), and any description of a person
    given with his age ("RT (29), warga Cianjur diamankan": RT is held, not the townsfolk)."""
    toks = clause.toks
    if found.kind != "noun" or found.i - 2 < start or toks[found.i - 1].low != ",":
        return None
    k = found.i - 2
    aged = toks[k].low == ")" and toks[k - 1].text.isdigit()
    end = found.j
    origin = clause.cand_at[end + 1] if end + 1 < len(toks) else None
    if toks[end].low in ("dari", "asal") and origin is not None and origin.i == end + 1:
        end = origin.j  # "pengusaha dari Golden Coffee Beans Mesir": its origin
        if end < i and toks[end].low != ",":
            return None
    elif not (apposition_closed(toks, end, i) or (aged and closes_at_verb(toks, end, i))):
        return None
    if aged:  # "SF alias Berangus (28), warga Desa Kijang, ...": a person and his age
        k -= 3 if toks[k - 2].low == "(" else 0
    named = clause.cand_at[k] if k >= start else None
    if named is not None and named.i - 1 >= start and toks[named.i - 1].low in NO_SUBJECT_BEFORE:
        return None  # "Di Jakarta, massa yang ..., melempari": a place the clause opens with
    if named is not None and aged and not opens_its_clause(toks, start, named.i):
        return None  # "Usai polisi menangkap RT (29), warga Cianjur menggeruduk ...": RT is
        # held in the fronted clause; the villagers storm
    if named is not None and aged and named.kind == "cap":
        return named
    return named_party(named, toks)


def opens_its_clause(toks: list[Tok], start: int, n: int) -> bool:
    """Whether the name at ``n`` opens its clause, only a description of it before ("Pengedar
    berinisial RT (29), ..."), no subordinator nor verb of a clause it is the object of
    ("Usai polisi menangkap RT (29), ...")."""
    return not any(
        t.low in SUBORDINATORS or (predicate_like(t) and t.low not in NAMING_VERBS)
        for t in toks[start:n]
    )


def apposition_closed(toks: list[Tok], end: int, i: int) -> bool:
    """Whether the noun phrase ending at ``end`` is closed by the comma of an apposition:
    right after it, after "itu"/"tersebut" ("nelayan itu,") or after a relative clause that
    runs to the last comma before the verb at ``i`` ("lembaga yang bergerak di X, mengecam")."""
    if end < len(toks) and toks[end].low in DEFINITE_REF:
        end += 1
    if end < len(toks) and toks[end].low == "yang":
        end = next((n for n in range(end + 1, i) if toks[n].low in RIGHT_STOP - {"yang"}), i)
        return end < i and toks[end].low == "," and closes_at_verb(toks, end + 1, i)
    return end < len(toks) and toks[end].low == ","


def closes_at_verb(toks: list[Tok], end: int, i: int) -> bool:
    """Whether only adverbs ("juga", "telah") stand between ``end`` and the verb at ``i``."""
    return end <= i and all(lowercase_modifier(t) for t in toks[end:i])


def origin_apposition(clause: Clause, found: Cand, i: int, start: int) -> Cand | None:
    """The party a description of origin stands beside: in "Daud, imam Indonesia di
    masjid New York yang ditahan ..." the country only qualifies "imam", Daud is held;
    in "Rusia, sekutu Suriah, mengecam ..." Rusia protests. The description ends in a
    comma or in the relative clause of the verb at ``i``."""
    toks = clause.toks
    if found.kind != "mention" or found.label != "GPE":
        return None
    tail = [t.low for t in toks[found.j : i]]
    ends = tail[:1] == [","] or ("yang" in tail and "," not in tail[: tail.index("yang")])
    if not ends:
        return None
    k = found.i - 1
    while k > found.i - 3 and k > start and toks[k].low != ",":
        if not lowercase_modifier(toks[k]):
            return None
        k -= 1
    if k == found.i - 1 or k - 1 < start or toks[k].low != ",":
        return None  # no description noun, or it does not follow a comma
    return named_party(clause.cand_at[k - 1], toks)


DESCRIPTION_WORDS = frozenset({"dari", "asal", "di"})  # "pengusaha dari X", "warga asal Y"
LIST_JOINERS = MODALITY_WORDS["listjoiner"]
"""Conjunctions of a list of people within a description ("Budi, pengacara Andi dan Rudi")."""
DESCRIBING_LINKS = COPULAS | {"juga"}
"""Words after "yang" that open a description of the person before it ("Eddy yang juga
Waketum PAN", "Sareh yang merupakan mantan hakim"), not a relative clause's verb."""


POST_REACH = 4  # words of a post between "selaku" and the body it names ("Direktur Komersial")
ROLE_WORDS = MODALITY_WORDS["pollrole"]
"""Words that join a person to the post he acts in ("selaku", "sebagai")."""


def role_holder(
    clause: Clause, found: Cand, start: int, speech: AbstractSet[str] | None = None
) -> Cand | None:
    """The person named before "selaku"/"sebagai" when ``found`` is his post or the body
    the post is held in: "Iwan (IS) selaku Komisaris PT X yang ditetapkan ...", "Iwan
    sebagai kuasa hukum PT X menolak ...": Iwan, not his firm nor his client. Not past a
    list, a clause, a speech verb ("Iwan sebagai saksi mengatakan PT X menolak ...") or
    another person."""
    toks = clause.toks
    speech = speech or frozenset()
    k = found.i - 1
    while k > start and found.i - k <= POST_REACH and toks[k].low not in ROLE_WORDS:
        c = clause.cand_at[k]
        low = toks[k].low
        stop = low in HARD_STOP or low in COORD or low in speech
        if stop or (c is not None and c.etype == "person"):
            return None  # a list, a clause, a report or another person: no post of his
        k -= 1
    if k <= start or toks[k].low not in ROLE_WORDS:
        return None
    n = k - 1
    if toks[n].low == ")":  # "Iwan Setiadi (IS) selaku ...": past the initials
        opening = bracket_opening(toks, n, start)
        n = opening - 1 if opening is not None else n
    holder = clause.cand_at[n] if n >= start else None
    if holder is None or holder.etype != "person" or holder.kind not in ("mention", "cap"):
        return None
    return holder


def described_person(clause: Clause, found: Cand, start: int, i: int) -> Cand | None:
    """The named person a description of his role stands beside when that description
    names a body or a place of its own: in "Ahmad, anggota Komisi III DPR, mendesak ...",
    "Hasan, pengusaha dari Golden Coffee Beans Mesir menyambut ..." or "Eddy yang juga
    Waketum PAN ini menyampaikan ..." Ahmad, Hasan and Eddy act, not the commission,
    Egypt or the party. The person opens the clause ("Dari tangan X, petugas menyita ..."
    is no description), the description opens with a lowercase word right after the
    person's comma (or with "yang juga", "yang merupakan") and ends, past any places
    after it ("..., Partai Demokrat, Surabaya, mendesak"), in a comma (then perhaps
    adverbs) or at the verb, or, after "yang", at its "itu"/"ini". The description may name
    several people of its own ("Budi, pengacara Andi dan Rudi, ditangkap": Budi)."""
    toks = clause.toks
    if found.kind == "pron":
        return None
    k = found.i - 1
    while k > start and found.i - k <= 8 and toks[k].low != ",":
        c = clause.cand_at[k]
        if toks[k].low in DESCRIBING_LINKS and toks[k - 1].low == "yang":
            break
        if c is not None and c.kind != "pron" and c.label != "PER":
            k = c.i - 1
        elif (
            toks[k].low in LIST_JOINERS
            and (named := clause.cand_at[k - 1]) is not None
            and named.kind == "mention"
            and named.label == "PER"
        ):
            k = named.i - 1  # "Budi, pengacara Andi dan Rudi, ...": the description's own list
        elif c is None and (
            lowercase_modifier(toks[k]) or toks[k].low in DESCRIPTION_WORDS | FORMER
        ):
            k -= 1  # "mantan hakim", "pengusaha dari X"
        else:
            return None
    if found.label == "PER" and (k == found.i - 1 or toks[k].low != ","):
        return None  # "Budi, pengacara Rahmat, ditangkap": Budi, whom a role noun describes
    if k > start and toks[k].low == ",":
        if not toks[k + 1].text[:1].islower():
            return None  # "Jokowi, Prabowo ...": a list of names, no description
        person = clause.cand_at[k - 1]  # the name before the comma
        # the tail starts past the alias of the name that ends the description: "(Jokowi)"
        tail = [t.low for t in toks[past_places(clause, past_bracket(toks, found.j), i) : i]]
        ends = not tail or (tail[0] == "," and all(w in PREVERBAL for w in tail[1:]))
    elif k - 1 > start and toks[k].low in DESCRIBING_LINKS and toks[k - 1].low == "yang":
        person = clause.cand_at[k - 2]
        tail = [t.low for t in toks[found.j : i]]
        tail = tail[1:] if tail and tail[0] in DEFINITE_REF else tail  # "... PSI itu turut"
        tail = tail[1:] if tail and tail[0] == "," else tail
        ends = all(w in PREVERBAL for w in tail)
    else:
        return None
    if not ends:
        return None
    linked = toks[k].low != ","  # "Anggota DPR Sareh Wiyono yang merupakan ...": a title
    if person is not None and linked and person.kind == "cap0":
        return person  # "Marianus yang juga Calon Gubernur NTT diperiksa": a name the
        # recogniser left out opens the sentence (a describing link: "yang juga",
        # "yang merupakan"); the office is no party
    if person is None or person.kind != "mention" or person.label != "PER":
        return None
    before = toks[person.i - 1].low if person.i > start else ","
    opens = before in SUBJECT_OPENERS | DASHES  # "..., Ahmad", "Jakarta - Ahmad"
    opens = opens or (linked and before not in NO_SUBJECT_BEFORE)  # may lead
    return person if opens and usable_subject(person, toks) else None  # not "Dari tangan X,"


def past_places(clause: Clause, n: int, i: int) -> int:
    """The token after the places a description names at its end, each set off by a comma
    ("..., pasien RS X, Surabaya, Jawa Timur, ditetapkan"): where the body sits, so the
    description still closes at the comma before the verb at ``i``."""
    while n + 1 < i and clause.toks[n].low == ",":
        place = clause.cand_at[n + 1]
        if place is None or place.i != n + 1 or place.kind != "mention":
            break
        if place.label not in PLACE_LABELS or place.j >= i:
            break
        n = place.j
    return n


def delegated(clause: Clause, first: Cand, delegates: set[str] | None) -> bool:
    """The parties a noun stands for: "pejabat perwakilan dari Iran, Rusia dan Hamas",
    "perundingan antara Hamas dan Israel"."""
    k = first.i - 1
    if k >= 0 and clause.toks[k].low == "antara":
        return True  # "perundingan antara Hamas dan Israel": the parties
    if not delegates or k < 1 or clause.toks[k].low not in ("dari", "asal"):
        return False
    noun = clause.cand_at[k - 1]
    return (
        noun is not None
        and noun.kind == "noun"
        and any(t.low in delegates for t in clause.toks[noun.i : noun.j])
    )


FOCUS = frozenset({"terutama", "utamanya", "khususnya", "termasuk"})
FORMER = frozenset({"mantan", "eks", "bekas"})


BODY_HEADS = EVENT_WORDS["body_head"]
"""First words of a named body of an assembly ("Panitia Khusus ...", "Komisi III")."""


def body_before_abbreviation(clause: Clause, c: Cand, start: int) -> Cand | None:
    """The named body of an assembly whose bracketed abbreviation stands before ``c``: in
    "Mahkamah Kehormatan Dewan (MKD) DPR RI meminta ..." the council asks, and the
    parliament after it only says whose council it is."""
    toks, k = clause.toks, c.i - 1
    if k - 2 <= start or toks[k].low != ")" or toks[k - 2].low != "(":
        return None
    body = clause.cand_at[k - 3]
    if body is None or body.kind != "mention" or body.j != k - 2:
        return None
    if toks[body.i].low not in BODY_HEADS | {"mahkamah"} or toks[body.i + 1].low == "pimpinan":
        return None  # "Dewan Pimpinan Pusat (DPP) Partai Golkar": the party's own leaders
    return body


def named_body_in_pattern(clause: Clause, j: int) -> Cand | None:
    """The body named inside one capitalised run with the pattern's own words: in
    "menghadiri Rapat Dengar Pendapat Panitia Khusus Hak Angket DPR" the committee, not
    the parliament after it, held the hearing."""
    run = clause.cand_at[j] if 0 < j < len(clause.toks) else None
    if run is None or run.kind not in ("cap", "cap0") or run.i >= j:
        return None
    if clause.toks[j].low not in BODY_HEADS:  # "KTT Luar Biasa OKI": no body yet
        return None
    start = clause.toks[j].start
    return Cand(j, run.j, start, run.end, run.text[start - run.start :], "cap")


SITES = EVENT_WORDS["site"]
"""Heads of a named body's website or app: "mengunjungi situs KPU" visits no party."""


def trigger_words_end(clause: Clause, entry: Entry, k: int, j: int) -> int:
    """Where the object of the trigger ending at token ``j`` is sought, from ``k`` on: past
    a capitalised word that is the pattern's own ("rapat Kerja dengan Komisi II": "Kerja"
    is the meeting, not who was met), and past a short form in brackets the pattern holds
    ("Rapat Dengar Pendapat (RDP) bersama Komisi VII": the short form names the meeting)."""
    if "(" in entry.words:
        k = max(k, *(n + 1 for n in range(k, j) if clause.toks[n].low == ")"))
    while k < j and (c := clause.cand_at[k]) is not None and c.i == k and c.j <= j:
        if c.kind not in ("cap", "cap0") or any(
            t.low not in entry.words for t in clause.toks[c.i : c.j]
        ):
            break
        k = c.j
    return k


def right_arguments(clause: Clause, j: int, prep_only: bool) -> list[Cand]:
    """The object: the first entity right of token ``j`` and its coordinated partners."""
    toks = clause.toks
    k = j
    found: Cand | None = None
    amounts = 0  # "tarif sebesar 32 % terhadap ...": an amount does not use up the reach
    governed = False  # "kepada semua jajaran dan utamanya Kejaksaan Agung": a later member
    while k < len(toks) and k - j - amounts < MAX_RIGHT:  # of a pattern's own object
        if prep_only and amount(toks, k):
            amounts += 1
        if toks[k].low == "," and member_follows(clause, k):
            j, k = k + 2, k + 2  # "ke pasar internasional, termasuk ke Indonesia": a member
            continue  # of the unnamed object is the object
        if (
            toks[k].low in RIGHT_STOP
            and (k > j or toks[k].low in HARD_STOP or new_subject(clause, k))
            and not amount(toks, k)
        ) or full_stop(clause, k):
            break  # "meminta agar ...": a clause, not an object
        if k - 1 > j and toks[k - 1].low in DEFINITE and predicate_like(toks[k]):
            break  # "warga yang menolak tambang itu dipukuli X": the object ends, X is no object
        c = clause.cand_at[k]
        if (
            c is not None
            and c.i == k
            and c.kind == "pron"
            and k > j
            and toks[k - 1].low in OWNED_PEOPLE
        ):
            if c.j + 1 < len(toks) and toks[c.j].low in ("dan", "serta"):
                k = c.j + 1  # "memeriksa anak mereka dan Budi": the party joined to it still
                continue  # is an object ("..., kata Kapolres X" is not)
            break  # "memeriksa klien kami": the speaker's client is the object, not the speaker
        if c is not None and c.i == k:
            before = toks[k - 1].low if k > j else ""
            if k == j and j > 0 and toks[j - 1].low in OBJECT_PREPS and toks[j - 1].low != "ke":
                before = toks[j - 1].low  # a pattern ending in its preposition ("... terhadap");
                # a visit's "ke" place is the host's (``visit`` in ``find_arguments``)
            if (
                (before in NOT_OBJECT_BEFORE and not thing_from(clause, j, k))
                or before in SITES
                or indefinite(toks, c)
                or (
                    prep_only
                    and before not in OBJECT_PREPS
                    and not (governed and (before in COORD or before in FOCUS))
                    and not possessor(clause, j, k)
                )
            ):
                if prep_only and before == "dari":  # "menyerahkan santunan dari BPJS ...
                    amounts += c.j - c.i + 1  # ke keluarga X": a source uses no reach
                k = c.j
                continue
            found = c
            break
        if toks[k].low in NOT_OBJECT_BEFORE or active_verb(toks[k]):
            governed = False  # "kepada rumah sakit di mana ...", "dengan mendatangkan ..."
        elif toks[k].low in ("kepada", "terhadap"):
            governed = True
        k += 1
    if found is None:
        return []
    found = housed(clause, found)
    found = owner(clause, found) or found
    found = named_instead(clause, found) or found
    found = post_holder(clause, found) or status_holder(clause, found) or found
    group, seps = [found], []
    k = past_bracket(toks, past_modifiers(clause, found))
    while k + 1 < len(toks) and toks[k].low in COORD:
        sep = toks[k].low
        if sep == "," and toks[k + 1].low in ("dan", "serta") and k + 2 < len(toks):
            k, sep = k + 1, toks[k + 1].low  # "A, B, dan C"; "A, serta B"
        if toks[k + 1].low in FORMER and k + 2 < len(toks):
            k += 1  # "antara Presiden Yoon dan mantan Presiden Moon": a former office holder
        c = described_member(clause, k + 1) or clause.cand_at[k + 1]
        if c is None or c.i <= k or c.kind == "pair":
            break
        c = post_holder(clause, c) or c  # "..., Kapolri Jenderal Pol. Tito Karnavian dan ..."
        if c.kind == "noun" and c.text.lower().endswith("nya"):
            break  # "X dan rakyatnya": X's own people, no further party
        if c.kind == "noun" and c.text.lower() in OWN_PEOPLE and group[-1].kind == "mention":
            break  # "kepada Pemimpin Tertinggi Ali Khamenei dan rakyat": his people
        group.append(c)
        seps.append(sep)
        k = past_bracket(toks, past_modifiers(clause, c))
    while seps and seps[-1] == ",":  # a list is closed by "dan"/"serta"
        seps.pop()
        group.pop()
    return group


def past_modifiers(clause: Clause, c: Cand) -> int:
    """The token after list member ``c`` and the names that modify it: "Hamas Palestina",
    "Densus 88 Antiteror Polri dan BNPT" (the unit's parent body, then the next member)."""
    toks, k = clause.toks, c.j
    while k < len(toks) and clause.cand_at[k] is not None and clause.cand_at[k] is not c:
        nxt = clause.cand_at[k]
        if nxt is None or nxt.i != k or nxt.kind != "mention" or nxt.label not in TITLE_PARTS:
            break
        k = nxt.j
    return k


RANK_REACH = 3  # capitalised words and dots of a rank between a post and its holder's name


def post_holder(clause: Clause, c: Cand) -> Cand | None:
    """The person a post names after its short form in brackets, a rank, or both:
    "Wakil Menteri Perhubungan (Wamenhub) Budi Kartono", "Kapolri Jenderal Pol. Tito
    Karnavian", "Kepala Kepolisian Negara (Kapolri) Jenderal Pol. Tito Karnavian" is that
    person, a party (of a list too), not the post (the bracket or the rank kept the
    recogniser from joining title and name). A name right after the post is left to it."""
    toks = clause.toks
    if c.label == "PER" or not (c.title is not None or c.label == "OFFICE"):
        return None
    start = past_bracket(toks, c.j)
    for k in range(start, min(len(toks), start + RANK_REACH + 1)):
        holder = clause.cand_at[k]
        if holder is not None and holder.i == k and holder.label == "PER":
            return holder if k > c.j else None  # nothing between: nothing to skip
        if toks[k].low != "." and not toks[k].text[:1].isupper():
            return None
    return None


STATUS_NOUNS = EVENT_WORDS["status_noun"]
STATUS_REACH = 4  # lowercase words of the case between a status noun and its holder's name


def status_holder(clause: Clause, c: Cand) -> Cand | None:
    """The person a legal status noun is written before: "memeriksa tersangka kasus
    dugaan suap impor gula Andi Wijaya" examines Andi Wijaya, not "tersangka kasus"."""
    toks = clause.toks
    if c.kind != "noun" or c.text.split()[0].lower() not in STATUS_NOUNS:
        return None
    for k in range(c.j, min(len(toks), c.j + STATUS_REACH + 1)):
        holder = clause.cand_at[k]
        if holder is not None:
            return holder if holder.i == k and holder.label == "PER" else None
        if not lowercase_word(toks[k]) or toks[k].low in NP_STOP or active_verb(toks[k]):
            return None
    return None


DESCRIBED_REACH = 3  # lowercase words a list item may describe its person with


def described_member(clause: Clause, n: int) -> Cand | None:
    """The person a list item describes before naming ("menangkap X dan rekannya, Andi",
    "X dan seorang wanita Siti Aminah"): the named person, not the description."""
    toks = clause.toks
    k = n
    while k < min(len(toks) - 1, n + DESCRIBED_REACH):
        c = clause.cand_at[k]
        if k > n and c is not None and c.i == k and c.kind == "mention" and c.label == "PER":
            return c  # "dan seorang wanita, Siti": the title folded into the name
        if toks[k].low == "," and k > n:
            k += 1
            break
        if not (lowercase_modifier(toks[k]) or toks[k].low == "seorang"):
            return None
        k += 1
    c = clause.cand_at[k] if k > n else None
    return c if c is not None and c.i == k and c.kind == "mention" and c.label == "PER" else None


def named_instead(clause: Clause, c: Cand) -> Cand | None:
    """The name a common noun's naming phrase gives it ("pria berinisial RK", "pelaku
    bernama Sutrisno", "dua orang sebagai tersangka berinisial DS"): the party the article
    identifies, which a reader names, not the noun that introduces it. After a body set
    after a lowercase word the phrase names the person of that body ("siswi SMA berinisial
    ARM"), or with "alias" the body's own short name ("kelompok bersenjata Pasukan X alias
    PX"): the same body, named as the article goes on to name it."""
    toks = clause.toks
    k = c.j
    titled = c.kind == "mention" and c.label == "OFFICE"
    served = (  # "siswi SMA berinisial ARM": a person of the body; "... alias ARSA": the body
        (c.kind == "cap" or (c.kind == "mention" and c.label == "ORG"))
        and c.i > 0
        and lowercase_modifier(toks[c.i - 1])
    )
    if not (c.kind == "noun" or titled or served) or k + 2 >= len(toks):
        return None
    if toks[k].low == "sebagai" and lowercase_modifier(toks[k + 1]):
        k += 2  # "menetapkan dua orang sebagai tersangka berinisial ..."
    if k + 1 >= len(toks):
        return None
    if toks[k].low == "dengan" and toks[k + 1].low in NAMING_WORDS:
        k += 1  # "... dengan inisial RIP"
    if k + 1 >= len(toks) or toks[k].low not in NAMING_WORDS:
        return None
    name = clause.cand_at[k + 1]
    if name is None or name.i != k + 1:
        return None
    if name.kind == "cap" or (name.kind == "mention" and name.label not in PLACE_LABELS):
        return name  # initials the recogniser took for a body ("RK") still name a person
    return None


OWN_PEOPLE = EVENT_WORDS["own_people"]  # bare, after a named leader or state


PURPOSE_LINKS = MODALITY_WORDS["purposelink"]
PARTY_TYPES = frozenset({"person", "group", "organization", "country"})
ALL_OF = frozenset({"seluruh", "semua", "segenap", "setiap", "para", "segala"})


def addressee(clause: Clause, k: int) -> list[Cand]:
    """Whom a request with no object asks ("meminta agar kepala daerah menyiapkan ...",
    "mengimbau agar masyarakat menahan diri"): the party that opens the "agar"/"supaya"
    clause right after the verb and acts in it; not one a passive befalls ("meminta
    agar X dibebaskan": those who free X are asked, unnamed)."""
    toks = clause.toks
    if k + 1 >= len(toks) or toks[k].low not in PURPOSE_LINKS:
        return []
    group = right_arguments(clause, k + 1, prep_only=False)
    if not group or any(t.low not in ALL_OF for t in toks[k + 1 : group[0].i]):
        return []  # "agar semua anggota DPR ...": the whole group is asked
    if any(c.label == "LOC" or (c.kind == "noun" and c.etype not in PARTY_TYPES) for c in group):
        return []
    for tok in toks[group[-1].j : group[-1].j + 4]:  # "agar X tidak segera dilantik"
        if passive_form(tok, ("di",), 5):
            return []
        if predicate_like(tok):
            break
    return group


def opening_party(clause: Clause, i: int) -> tuple[list[Cand], bool]:
    """The party named by a phrase that opens the sentence before the verb at ``i`` and
    ends in a comma, and whether "kepada" leads it: "Kepada pihak kampus, kami meminta
    ...", "Pak Kadis, saya minta ..."; the comma is the one before the clause."""
    toks = clause.toks
    k, to = opening_lead(toks, i)
    if k < i and (c := clause.cand_at[k]) is not None and c.i < k:
        k = c.i  # a mention that takes in its lead word: "Kepada [Pak Camat], ..."
    while k + 1 < i and clause.cand_at[k] is None and toks[k].low in GROUP_WORDS:
        k += 1  # "Kepada seluruh kepala desa, ...": the group the quantifier opens
    group = right_arguments(clause, k, prep_only=False) if k + 1 < i else []
    if not group or group[0].i != k:
        return [], to
    end = past_bracket(toks, group[-1].j)
    if end >= i or toks[end].low != ",":
        return [], to
    return group, to


def vocative(lex: Lexicon, clause: Clause, i: int) -> list[Cand]:
    """Whom a speaker addresses before his own first-person act ("Kepala Dinas PU, saya
    minta tanggul itu diperbaiki", "Pak Kapolres, kami akan minta ..."): the party the
    opening phrase names, right before the comma before "saya"/"kami"; not a place."""
    k = before_adverbs(lex, clause, i)
    if k < 2 or clause.toks[k].low not in FIRST_PERSON or clause.toks[k - 1].low != ",":
        return []
    group, _ = opening_party(clause, k)
    if not group or past_bracket(clause.toks, group[-1].j) != k - 1:
        return []
    if not all(
        (c.kind == "mention" and c.label != "LOC")
        or (c.kind == "noun" and c.etype in PARTY_TYPES)
        or c.title is not None  # "Kepala Dinas Lingkungan Hidup": an office and its unit
        for c in group
    ):
        return []  # "Nah, saya ...": a capitalised word, no party
    return group


APPEAL_COURT_PREPS = EVENT_WORDS["appeal_court_prep"]
"""The prepositions before the court an appeal is sent to ("ke", "kepada"); one lodged
"di" a court is read by ``lodged_at``."""
APPEAL_ENDS = (COORD | HARD_STOP) - {",", "(", ")"}
"""What ends an appeal's own words before a later act ("mengajukan banding dan terdakwa
dibawa ke lapas"); a date between commas or in brackets does not ("banding, Senin (3/3),
ke PT Medan")."""


def appealed_to(clause: Clause, j: int) -> list[Cand]:
    """The court an appeal is sent to or lodged at ("mengajukan banding ke Pengadilan
    Tinggi X", "kasasi kepada MA", "kasasi di MA", past "(PK)"): the one asked
    (docs/annotation.md). It may stand past what is appealed against or a date ("banding
    atas putusan PN X ke PT Y", "banding, Senin (3/3), ke PT Y"), then named; the verdict,
    court, judges or defendant after "atas"/"terhadap" are what is appealed against, never
    who hears the appeal."""
    toks = clause.toks
    k = past_bracket(toks, j)
    for n in range(k, len(toks) - 1):
        if n > k and (toks[n].low in APPEAL_ENDS or active_verb(toks[n])):
            break
        court = clause.cand_at[n + 1]
        if toks[n].low not in APPEAL_COURT_PREPS or court is None or court.i != n + 1:
            continue
        if n == k and court.kind != "pron" and court.label not in PLACE_LABELS:
            return [court]  # "banding ke pengadilan tinggi"; not "ke Jakarta", a place
        if court.kind == "mention" and court.label in ORGS:
            return [court]  # further along, a named court: not "vonis kepada terdakwa"
    return lodged_at(clause, j)


def lodged_at(clause: Clause, j: int) -> list[Cand]:
    """The body a request or appeal is lodged at ("mengajukan rancangan resolusi di Dewan
    Keamanan PBB", "menyampaikan aspirasi di DPRD", "kasasi di MA", past the abbreviation of
    what is put forward: "mengajukan peninjauan kembali (PK) di PN Solo"): the one asked;
    a named body, not a place ("di Jakarta")."""
    body = mention_after(clause.toks, clause.cand_at, past_bracket(clause.toks, j), "di", ORGS)
    return [body] if body is not None else []


DONE_BY = EVENT_WORDS["done_by"]
# what a party did that praise or backing is given for: "langkah yang diambil X",
# "pencapaian yang diraih X", "upaya yang ditempuh X"
ACHIEVED_BY = DONE_BY | EVENT_WORDS["achieved"]


ACT_AGENT = EVENT_WORDS["act_agent"]
NOT_IN_ACT_NOUN = frozenset({"yang", "dan", "serta", "atau"})
"""Words that end an act noun phrase before a passive's agent: a relative clause ("kekerasan
yang dialami oleh wartawan"), a later clause ("... dan meminta kasusnya diusut oleh X").
A prepositional phrase may stand between ("motif di balik ekspor emas oleh X")."""


def bare_act_noun(toks: list[Tok], k: int, n: int) -> bool:
    """Whether the words from ``k`` to the agent mark at ``n`` are the act noun phrase alone
    ("kenaikan tarif parkir oleh X"): no relative clause, later clause or verb between,
    whose own passive the agent would belong to."""
    return n > k and not any(
        t.low in NOT_IN_ACT_NOUN or active_verb(t) or passive_form(t, ("di", "ter"), 6)
        for t in toks[k:n]
    )


def alleged_doer(clause: Clause, k: int, done: AbstractSet[str] = DONE_BY) -> list[Cand]:
    """Whom an accusation with no object blames: the agent of the act it alleges ("Refa
    menuding telah terjadi kriminalisasi yang dilakukan KPK terhadap advokat": KPK),
    when that act follows in the same clause. With ``ACHIEVED_BY``, whom praise or backing
    with no object is for: "mengapresiasi langkah yang diambil Polda" backs the Polda.
    A bare "oleh" names the doer only right after the act noun ("mengkritik penggusuran
    oleh Pemprov"), not as the agent of any other passive ("kekerasan yang dialami oleh
    wartawan" names the victim)."""
    toks = clause.toks
    for n in range(k, min(len(toks) - 1, k + MAX_RIGHT + 4)):
        low = toks[n].low
        if low in HARD_STOP or low == "," or full_stop(clause, n):
            return []
        if low in done:
            at = n + 1 + (toks[n + 1].low == "oleh")
        elif low in ACT_AGENT and bare_act_noun(toks, k, n):
            at = n + 1  # "mengkritik hak angket oleh DPR"
        else:
            continue
        agent = clause.cand_at[at] if at < len(toks) else None
        if agent is None or agent.i != at or agent.label == "LOC" or agent.kind == "cap0":
            return []
        return right_arguments(clause, at, prep_only=False)
    return []


TARGET_PREPS = frozenset({"kepada", "terhadap"})


TARGET_TO_ACT = MODALITY_WORDS["targettoact"] | {","}
"""Words that may stand between a fronted "terhadap X" and the act noun aimed at X, beside
negations: "Terhadap X tidak dilakukan penahanan", "terhadap keduanya, telah dilakukan
penangkapan"."""


TARGET_OPENERS = MODALITY_WORDS["targetopener"] | {","} | DASHES
"""What may stand before a clause-opening "terhadap X": a comma, a dateline's dash, a
connective."""


def fronted_target(lex: Lexicon, clause: Clause, i: int, agents: Sequence[Cand] = ()) -> list[Cand]:
    """Whom an act at ``i`` is aimed at when a "terhadap X" phrase opens its clause
    ("Terhadap sopir itu tidak dilakukan penahanan oleh polisi"): the act's own object
    is fronted, with only the act's own ``agents``, negations, commas and the
    ``TARGET_TO_ACT`` words (demonstratives, "dilakukan", aspect and focus words such as
    "akan", "sudah", "telah", "juga", "pun", "langsung") between ("Terhadap X, penyidik
    tidak melakukan penahanan")."""
    toks = clause.toks
    k = i - 1
    skip = TARGET_TO_ACT | lex.cue("neg")
    while k >= 0:
        agent = clause.cand_at[k]
        if agent is None and toks[k].low in skip:
            k -= 1
        elif agent is not None and agent in agents:
            k = agent.i - 1
        else:
            break
    c = clause.cand_at[k] if k >= 0 else None
    if c is None or c.j != k + 1 or c.i < 1 or toks[c.i - 1].low not in TARGET_PREPS:
        return []
    opened = c.i - 1 == 0 or toks[c.i - 2].low in TARGET_OPENERS
    return [c] if opened and c.label != "LOC" else []


def addressed(clause: Clause, k: int) -> list[Cand]:
    """Whom a passive with no party as its subject is aimed at: the "kepada"/"terhadap"
    object after the verb and its agent ("Uang itu disumbangkan Pemprov kepada para
    pengungsi", "Barang bukti disita polisi terhadap dua terduga teroris")."""
    found = right_arguments(clause, k, prep_only=True)
    aimed = found and found[0].i > 0 and clause.toks[found[0].i - 1].low in TARGET_PREPS
    return found if aimed else []


def indefinite(toks: list[Tok], c: Cand) -> bool:
    """ "negara mana pun", "pihak manapun": any party at all, no target."""
    words = [t.low for t in toks[c.j - 1 : c.j + 2]]  # the candidate's last word, two after
    return "manapun" in words[:2] or ["mana", "pun"] in (words[:2], words[1:])


def member_follows(clause: Clause, k: int) -> bool:
    """Whether ", termasuk (ke) X" names a member of the object at token ``k + 1``."""
    toks, at = clause.toks, clause.cand_at
    if k + 2 >= len(toks) or toks[k + 1].low != "termasuk":
        return False
    n = k + 3 if toks[k + 2].low in OBJECT_PREPS else k + 2
    return n < len(toks) and (c := at[n]) is not None and c.i == n


AMOUNT_OPENERS = frozenset({"sebesar", "senilai"})
UNITS = frozenset({"%", "persen", "ribu", "juta", "miliar", "triliun", "dolar", "rupiah", ",", "."})


def new_subject(clause: Clause, k: int) -> bool:
    """Whether a comma at ``k`` opens a clause with a pronoun subject: in "Presiden dan
    Perdana Menteri sepakat, kami akan bekerja sama" the speaker is no party agreed with."""
    nxt = clause.cand_at[k + 1] if k + 1 < len(clause.toks) else None
    return clause.toks[k].low == "," and nxt is not None and nxt.kind == "pron"


CURRENCY_MARKS = frozenset(
    part for word in EVENT_WORDS["currency"] for part in TOKEN.findall(word.lower())
)
"""The tokens currencies are written with ("rp", "usd", "us" and "$" of "US$")."""


def amount_word(low: str) -> bool:
    """Whether a word can stand in an amount: a number, a unit, a currency or a number
    written onto its currency ("Rp", "Rp900", "US$")."""
    if any(
        low == mark or (low.startswith(mark) and low[len(mark) :][:1].isdigit())
        for mark in CURRENCY_MARKS
    ):
        return True  # every mark tried: "us" is a prefix of "usd", and a set has no order
    return low[:1].isdigit() or low in UNITS


def amount(toks: list[Tok], k: int) -> bool:
    """Whether token ``k`` belongs to an amount ("sebesar 32%", "senilai Rp 1,5 miliar")."""
    low = toks[k].low
    if low in AMOUNT_OPENERS:
        return True
    opened = any(toks[m].low in AMOUNT_OPENERS for m in range(max(0, k - 4), k))
    return opened and amount_word(low)


def housed(clause: Clause, c: Cand) -> Cand:
    """The institution a building stands for: "di depan Gedung DPR" -> DPR (the
    recogniser leaves the building word as a bare capitalised span)."""
    if c.kind != "cap" or c.text.lower() not in BUILDINGS or c.j >= len(clause.toks):
        return c
    nxt = clause.cand_at[c.j]
    ok = nxt is not None and nxt.i == c.j and nxt.kind == "mention" and nxt.label == "ORG"
    return nxt if ok and nxt is not None else c


def owner(clause: Clause, c: Cand) -> Cand | None:
    """The named party that owns a site (a place or a capitalised span): "ke pangkalan
    udara Tiyas milik Suriah" strikes Syria, as "ke pangkalan udara milik Suriah" does
    (the object of a site no one names is its owner already). A bare noun owns for no
    one ("Hotel Santika milik negara" stays the hotel)."""
    toks = clause.toks
    if not (c.label == "LOC" or c.kind == "cap") or c.j + 1 >= len(toks):
        return None
    if toks[c.j].low != "milik":
        return None
    held_by = clause.cand_at[c.j + 1]
    if held_by is None or held_by.i != c.j + 1 or held_by.label == "LOC":
        return None
    if held_by.kind == "noun" and held_by.country is None and held_by.owner is None:
        return None
    return held_by


def kind_of(state: State, c: Cand) -> str:
    """How an actor was found, for ``STRENGTH`` and the ``strict`` check."""
    if c.kind == "mention" and c.label == "OFFICE" and not linked(state, c):
        return "office"
    if c.kind == "cap" and c.title is not None:
        return "titled"  # "Presiden Ramaphosa": a titled name is a person
    return c.kind


SHARE = frozenset({"persen", "%", "persennya"})
POLLED = MODALITY_WORDS["polled"]
POLL_ROLES = MODALITY_WORDS["pollrole"]
POLL_ONE = MODALITY_WORDS["pollone"]
POLL_FILLERS = MODALITY_WORDS["pollfiller"]


def polled_role(toks: list[Tok], k: int, start: int) -> bool:
    """Whether the polled at ``k`` name the role of the party before them: after "selaku"
    or "sebagai" ("X selaku pihak responden menolak ...") or one of them in apposition
    ("X, seorang responden, menolak ...", "X, salah satu responden, ..."). Then X is the
    subject; counted or plural respondents ("para responden menolak") tell a poll's answer."""
    j = k - 1
    while j > start and toks[j].low in POLL_FILLERS:
        j -= 1
    if j < start:
        return False
    if toks[j].low in POLL_ROLES:
        return True
    if toks[j].low not in POLL_ONE:
        return False
    if toks[j].low == "satu":  # "salah satu"
        j -= 1
        if j < start or toks[j].low != "salah":
            return False
    return j - 1 >= start and toks[j - 1].low == ","


def poll_share(toks: list[Tok], c: Cand) -> bool:
    """Whether the subject is a percentage of people ("54 persen warga"): what a share
    of a sample holds is an opinion a survey measured, not an event."""
    return c.i > 0 and toks[c.i - 1].low in SHARE


def described(clause: Clause, subject: Cand, i: int) -> bool:
    """Whether the verb at ``i`` sits in a relative clause of a predicate noun after
    "sebagai" ("sebagai pemimpin Asia pertama yang mengunjungi Ukraina")."""
    toks = clause.toks
    return (
        subject.i > 0
        and toks[subject.i - 1].low == "sebagai"
        and any(t.low == "yang" for t in toks[subject.j : i])
    )


def possessor(clause: Clause, j: int, k: int) -> bool:
    """Whether the entity at ``k`` owns the object of a preposition: "penghargaan atas
    pernyataan Putin", "tarif terhadap seluruh produk asal Indonesia" (at most three
    lowercase words between the preposition and the name)."""
    toks = clause.toks
    for p in range(k - 1, max(j - 1, k - 5), -1):
        low = toks[p].low
        if low in OBJECT_PREPS:
            return p < k - 1
        if not toks[p].text.isalpha() or not toks[p].text.islower() or low in RIGHT_STOP:
            return False
        if low in NOT_OBJECT_BEFORE or clause.cand_at[p] is not None:
            return False
    return False


KIN = description_words_of("kin", "kintitle", "kingroup")
NOT_OWNED = KIN | {"lebih", "kurang"}
"""Words before "dari" that do not make its entity the target: an amount ("lebih dari 40
juta orang") and kin ("menangkap istri dari X" arrests the wife, not X)."""


OWNED_PEOPLE = KIN | description_words_of("client")
"""Nouns of a person a pronoun after them owns: "klien kami", "anak mereka" (kin, and
``data/described_people.tsv`` kind "client")."""


def thing_from(clause: Clause, j: int, k: int) -> bool:
    """Whether the entity at ``k`` owns the thing right after the verb, joined by "dari":
    "mengapresiasi langkah dari Pak Anies", "mengecam pernyataan dari Kemlu Israel" aim
    at the one whose step or words they are (one or two lowercase words, then "dari")."""
    toks = clause.toks
    if not (j < k - 1 <= j + 2) or toks[k - 1].low != "dari" or toks[k - 2].low in NOT_OWNED:
        return False
    return all(
        t.text.isalpha()
        and t.text.islower()
        and t.low not in RIGHT_STOP
        and clause.cand_at[p] is None
        for p, t in enumerate(toks[j : k - 1], start=j)
    )


def past_coordinated_passives(toks: list[Tok], k: int) -> int:
    """Where the agent is sought for a passive verb ending at ``k`` that is coordinated
    with more passive verbs ("rumah itu dirusak dan dibakar massa", "ditangkap, ditahan,
    lalu diperiksa polisi"): after the last of them, since they share their agent."""
    while k + 1 < len(toks) and toks[k].low in ("dan", "serta", "lalu", "kemudian", ","):
        n = k + 1 + (toks[k].low == "," and toks[k + 1].low in ("dan", "lalu", "serta"))
        if n >= len(toks) or not passive_form(toks[n], ("di",), 5):
            break
        k = n + 1
    return k


def oleh_at(toks: list[Tok], k: int) -> bool:
    return k < len(toks) and toks[k].low == "oleh"


def relative_agent(clause: Clause, j: int) -> list[Cand]:
    """The agent of a relative clause on an event noun ending at ``j``: "unjuk rasa yang
    digelar ratusan pengemudi ojek", "serangan yang dilancarkan oleh Israel", also past
    the noun's own modifiers ("kritik keras yang dilontarkan X", "ancaman pemotongan
    bantuan yang diserukan AS"); not past an entity or a verb, whose own relative it is."""
    toks = clause.toks
    k = j
    while k < min(len(toks), j + MAX_TRAILING_MODIFIERS) and toks[k].low != "yang":
        if clause.cand_at[k] is not None or predicate_like(toks[k]) or not toks[k].text.isalpha():
            return []
        k += 1
    if k + 2 >= len(toks) or toks[k].low != "yang" or not PASSIVE_VERB.match(toks[k + 1].low):
        return []
    k += 2 + (toks[k + 2].low == "oleh")
    c = clause.cand_at[k] if k < len(toks) else None
    if c is None or c.i != k or c.label == "LOC":
        return []
    return right_arguments(clause, k, prep_only=False)


PASSIVE_VERB = re.compile(
    r"di(?:gelar|lakukan|pimpin|lancarkan|adakan|motori|inisiasi|prakarsai|lontarkan"
    r"|layangkan|sampaikan|serukan|jatuhkan|keluarkan|berikan|salurkan|ajukan)$"
)


RESPONDING = EVENT_WORDS["responding"]
"""Passives whose agent answers, hosts or witnesses an act named before them ("Kunjungan
tersebut disambut oleh X", "Serangan itu dikecam oleh X"), not the one who did it."""


def past_staff_noun(clause: Clause, at: int) -> int:
    """Where a passive's bare agent starts when a staff noun opens it: in "X dipukul
    anggota Brimob" or "ditangkap personel Polres Y" the named body acts through its
    members (as after "oleh"), so its name is the agent; otherwise ``at`` itself. The
    caller asks only for force and law enforcement: "rancangan itu dikaji tim Bappenas"
    is a body's own deliberation, no talks between parties."""
    toks = clause.toks
    if at + 1 >= len(toks) or clause.cand_at[at] is not None or toks[at].low not in UNIT_STAFF:
        return at
    body = clause.cand_at[at + 1]
    named = body is not None and body.i == at + 1 and body.kind == "mention" and body.label == "ORG"
    return at + 1 if named else at


def after_oleh(clause: Clause, j: int, verbal: bool = False) -> list[Cand]:
    """The agent after "oleh"; after a verbal passive, not one of a relative clause on
    its subject ("disepakati pengembalian fosil yang dibawa oleh X": X brought the
    fossils), unlike a noun's own ("unjuk rasa yang dipimpin oleh X"). After a noun, a
    ``RESPONDING`` passive between them takes the "oleh" as its own agent: in "Serangan
    itu dikecam oleh X" or "Kunjungan tersebut disambut oleh X" X condemns or welcomes
    (unlike "diklaim oleh ISIS", "didukung oleh Pakistan": who claims or backs it)."""
    toks = clause.toks
    for k in range(j, min(len(toks), j + MAX_RIGHT)):
        if k == j and toks[k].low == "sementara":
            continue  # "diberhentikan sementara oleh X": "temporarily", not "while"
        if toks[k].low in HARD_STOP or (verbal and toks[k].low == "yang"):
            break
        if not verbal and toks[k].low in RESPONDING:
            break
        if toks[k].low == "oleh":
            return right_arguments(clause, k + 1, prep_only=False)
    return []


LIGHT_CUES = ("neg", "future", "modal", "cond")
ABOUT = frozenset({"tentang", "mengenai", "soal"})
OBJECT_OF = ABOUT | {"terhadap", "atas", "terkait", "perihal"}


def light_act(lex: Lexicon, clause: Clause, i: int, j: int) -> bool:
    """Whether an act noun with a light verb (tokens ``i`` to ``j``) states an act done:
    not "Penyitaan tak bisa dilakukan", "pemeriksaan akan dilakukan" (a cue between noun
    and verb, which the modality reader before the noun does not see), nor a noun whose
    sense a block row takes ("pemeriksaan kesehatan ... dilakukan": a medical check), nor
    a noun after a preposition, whose light verb is another noun's ("Protes terhadap
    penahanan X digelar": the protest is held)."""
    if i > 0 and clause.toks[i - 1].low in OBJECT_OF:
        return False
    lows = [t.low for t in clause.toks[i:j]]
    if any(low in lex.cue(kind) for low in lows[1:-1] for kind in LIGHT_CUES):
        return False
    blocks = [e for e in entries_at(lex, lows, 0) or [] if e.kind == "block"]
    return not any(tuple(lows[: len(e.words)]) == e.words for e in blocks)


DECREES = EVENT_WORDS["decree"]
TALK_TOPIC = ABOUT | {"terkait", "perihal", "seputar", "menyangkut"}  # what a talk is about


LAWS = DOCUMENTS | DECREES | EVENT_WORDS["law"]
THINGS = EVENT_WORDS["thing"]


def named_thing(ref: EntityRef) -> bool:
    """Whether a name is a law, a document or a monument ("UU ITE", "Perppu Ormas", "Surat
    Keputusan", "Patung Little Mermaid"): what an act is about, never a party to it."""
    first = ref.entity_text.split(maxsplit=1)[0].lower() if ref.entity_text.strip() else ""
    return first in LAWS or first in THINGS


def decree_owner(clause: Clause, i: int) -> list[Cand]:
    """Who issued the decree an act noun at ``i`` is the subject of: "Surat Keputusan KPK
    tentang pencegahan ...", "SK Menkumham tentang pencabutan ...". A decree enacts its
    act; a request about one ("surat permintaan KPK terkait ...") does not."""
    toks = clause.toks
    if i < 3 or toks[i - 1].low not in ABOUT:
        return []
    for k in range(i - 2, max(-1, i - 8), -1):
        if toks[k].low in HARD_STOP or toks[k].low == ",":
            break
        c = clause.cand_at[k]
        if c is None or c.label in PLACE_LABELS:
            continue
        before = [t.low for t in toks[max(0, c.i - 3) : c.i]]
        return [c] if any(w in DECREES for w in before) else []
    return []


def light_repeat(state: State, clause: Clause, i: int, entry: Entry) -> bool:
    """Whether an act noun with a light verb tells again an act just reported: the noun is
    definite ("Penahanan ini dilakukan setelah ...") or the previous sentence coded an act
    of its type and mode ("melakukan pemeriksaan terhadap saksi. Pemeriksaan dilakukan di
    Polda Jambi")."""
    toks = clause.toks
    noun = len(entry.words) - 1 - (GAP in entry.words)
    if i + noun < len(toks) and toks[i + noun].low in DEFINITE_REF:
        return True
    return any(
        index == state.sentence - 1 and kind == entry.event and modes == entry.modes
        for index, kind, modes, _ in state.coded
    )


PREMISES = EVENT_WORDS["premises"]


def premises_owner(clause: Clause, j: int) -> list[Cand]:
    """Whose premises a search took place in: "dilakukan di rumah dinas Gubernur Jambi",
    "di kantor PT X", "di vila milik Zumi" (the first such owner named)."""
    toks = clause.toks
    if j + 2 >= len(toks) or toks[j].low != "di" or toks[j + 1].low not in PREMISES:
        return []
    k = j + 1
    while k < len(toks) and toks[k].low in PREMISES:
        k += 1
    c = clause.cand_at[k] if k < len(toks) else None
    if c is None or c.i != k or c.label in PLACE_LABELS:
        return []
    return [c]


def staff_subject(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether the verb at ``i`` has a bare staff noun for subject ("anggota berhasil
    mengamankan 14 orang", "jajaran kami menangkap ..."): in a police report the
    speaker's officers, so the act is their command's, found like an agentless passive's
    agent; "anggota DPR" or "anggota Brimob X" names its own body and is no bare noun."""
    toks = clause.toks
    k = before_adverbs(lex, clause, i, SUCCEED)
    staff = lex.cue("subordinate")
    if k < 0 or clause.cand_at[k] is not None or toks[k].low.removesuffix("nya") not in staff:
        return False
    return k == 0 or toks[k - 1].low in (",", "para", "seluruh") or clause.cand_at[k - 1] is None
    # "Dalam penggerebekan itu, anggota ...": the staff noun opens its clause


SUCCEED = EVENT_WORDS["succeed"]


def first_person_subject(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether the verb at ``i`` has a first-person subject right before it, past adverbs
    ("Saya juga minta ...", "kami sudah minta ...")."""
    k = before_adverbs(lex, clause, i)
    return k >= 0 and clause.toks[k].low in FIRST_PERSON


def before_adverbs(lex: Lexicon, clause: Clause, i: int, also: frozenset[str] = frozenset()) -> int:
    """The token before the verb at ``i`` past up to four adverbs (``lex.before_verb``
    and ``also``), where its subject stands; -1 when none is left."""
    return past_words(clause.toks, i, lex.before_verb, also, most=4)


APPOSITION_PREPS = frozenset({"kepada", "terhadap", "dengan"})


def appositive(clause: Clause, k: int) -> list[Cand]:
    """The persons a description after the verb at ``k`` is put in apposition to
    ("memeriksa keponakan Ketua DPR X, Irvanto ...", "meminta keterangan rekan bisnis
    Sandi, Andreas Tjahjadi, ...", "kepada cagub-cawagub, Edy dan Musa"): the names after
    the comma, not a name inside the description; none unless the description is one
    lowercase noun phrase and the names end there."""
    toks = clause.toks
    if k < len(toks) and toks[k].low in APPOSITION_PREPS:
        k += 1
    while k < len(toks) and toks[k].low in FORMER:  # "mantan Direktur Utama PT X Riza, A
        k += 1  # dan B": a title, then the person it goes with, first of a list
    if k >= len(toks) or not toks[k].text[:1].islower() or not toks[k].text[:1].isalpha():
        return []
    comma = next((n for n in range(k + 1, min(len(toks), k + 8)) if toks[n].low == ","), None)
    if comma is None or any(
        t.low in HARD_STOP or t.low in LIST_END or t.low in LIST_JOINS or active_verb(t)
        for t in toks[k:comma]
    ):
        return []
    names: list[Cand] = []
    n = comma + 1
    while True:
        c = clause.cand_at[n] if n < len(toks) else None
        if c is None or c.i < k or c.kind != "mention" or c.label != "PER":
            return []  # (a title may be joined to the name: "wali kota, Andi Harun")
        names.append(c)
        n = c.j
        if n + 1 < len(toks) and toks[n].low in ("dan", "serta"):
            n += 1
            continue
        break
    end = n >= len(toks) or toks[n].low in LIST_END or toks[n].low in (",", ".", ";", "(")
    return names if end else []


def titled_objects(clause: Clause, objects: list[Cand], i: int, j: int) -> list[Cand]:
    """The objects inside a pattern's gap (``i`` to ``j``), each post or body replaced by the
    person named after it with no "dan" or comma between: the words before the name are
    that person's title and affiliation ("Wakil Ketua DPRD Jatim periode 2019-2024 X"),
    and the list goes on after that person ("mantan Plt Dirjen X Budi dan Yusuf")."""
    out: list[Cand] = []
    for c in objects:
        person = titled_person(clause, c, i, j)
        partners = right_arguments(clause, person.i, prep_only=False)[1:] if person else []
        partners = [titled_person(clause, x, i, j) or x for x in partners if x.j <= j]
        for p in [person or c, *partners]:
            if p not in out:
                out.append(p)
    return out


def titled_person(clause: Clause, c: Cand, i: int, j: int) -> Cand | None:
    """The person a post or body inside a pattern's gap is the title of: the first name
    after it with no "dan" or comma between."""
    if not (i < c.i and c.j <= j and c.label != "PER"):
        return None
    for k in range(c.j, j):
        if clause.toks[k].low in ("dan", ",", "serta"):
            return None
        named = clause.cand_at[k]
        if named is not None and named.i == k and named.label == "PER":
            return named
    return None


def participants_between(clause: Clause, k: int, j: int) -> list[Cand]:
    """The parties named between tokens ``k`` and ``j`` (not a bare location): the sides
    of a meeting noun before its light verb ("Pertemuan X dengan Y berlangsung")."""
    out = []
    for n in range(k, j):
        c = clause.cand_at[n]
        if c is not None and c.i == n and c.j <= j and c.label != "LOC":
            out.append(c)
    return out


def light_arguments(clause: Clause, i: int, j: int) -> tuple[list[Cand], list[Cand]]:
    """Agent and object of an act noun with a light verb ending at ``j``: the agent right
    after the verb ("digelar ratusan mahasiswa") or after "oleh"; the object between the
    noun and the verb ("Penangkapan terhadap Budi dilakukan")."""
    toks = clause.toks
    agent = clause.cand_at[j] if j < len(toks) else None
    if agent is not None and agent.i == j and agent.label not in ("LOC", "PRON"):
        actors = right_arguments(clause, j, prep_only=False)
    else:
        actors = after_oleh(clause, j, verbal=True)
    objects = [c for c in right_arguments(clause, i + 1, prep_only=False) if c.j < j]
    return actors, objects


def hands_people(state: State, clause: Clause, i: int, j: int, voice: str) -> bool:
    """Whether what the verb at ``i``..``j`` hands over is people ("menyerahkan tersangka
    ke jaksa", "dua buronan diserahkan ke Polri"), not a document or a thing
    ("menyerahkan LHKPN", "berkas perkara diserahkan"): the direct object after an
    active verb, the nearest argument before a passive one."""
    toks = clause.toks
    if voice == "pas":  # "tersangka dan barang bukti diserahkan": the first one named
        c = None
        for k in range(i - 1, max(-1, i - 6), -1):
            if toks[k].low in HARD_STOP or toks[k].low == ",":
                break
            c = clause.cand_at[k] or c
    else:
        c = clause.cand_at[j] if j < len(toks) else None
        if c is not None and c.i != j:
            c = None
    if c is None:
        return voice == "pas" and i > 0 and toks[i - 1].low in AGENT_PRONOUNS
    return (
        c.label == "PER"
        or c.etype in ("person", "group")
        or c.kind in ("pair", "pron")
        or counted_group(state.lex, c)
    )


def find_arguments(
    state: State,
    clause: Clause,
    i: int,
    j: int,
    entry: Entry,
    quote: tuple[int, int] | None,
    i_arg: int,
) -> Args | str:
    """The actor and recipient of the predicate ``entry`` at tokens ``i:j``, or the name
    of the check that found no event there (a filing, a poll, no actor ...): the name
    lets a diagnostic count what each check drops (scripts/event_drops.py)."""
    toks, a = clause.toks, entry.args
    if "first" in a and not first_person_subject(state.lex, clause, i):
        return "not-first-person"  # "Dia minta duit": the speaker's own request, no one asked
    if "people" in a and not hands_people(state, clause, i, j, entry.voice):
        return "filing"  # "menyerahkan LHKPN/berkas perkara ke KPK": a filing, not a hand-over
    if entry.event == "CONSULT" and "visit" not in a and joins_visit(state.lex, clause, i):
        return "visit-host"  # "mengunjungi Kyiv dan bertemu Zelenskyy": one visit
    head_end = j if "nobj" in a else trigger_words_end(clause, entry, i + 1, j)
    subject_carried = fronted = False
    capitals: list[Cand] = []  # a capital standing for its state as the subject
    patients: list[Cand] = []  # a nominalised passive's ("ditolaknya Gatot")
    if entry.voice == "nom":
        after = clause.cand_at[j] if j < len(toks) else None
        # the pattern may end in "oleh" itself ("penangkapan ... oleh"): look from the noun
        patient = patient_noun(toks[i].low, entry)
        named_at = past_abbreviation(toks, j) if patient else j  # past "(OTT)" after the noun
        if patient:
            actors = after_oleh(clause, i + 1)  # "penangkapan pelaku oleh polisi": pelaku is object
            if not actors and named_at > j:
                actors = after_oleh(clause, named_at)
            if not actors and j > i + 1:  # "pemanggilan <long name> sebagai saksi oleh KPK"
                actors = after_oleh(clause, j)
            actors = actors or enforcer_after(clause, j)
            if not actors and i > 0 and toks[i - 1].low in CONDUCT:
                actors = left_arguments(  # "KPK menggelar OTT terhadap X": who held it
                    clause, i - 1, quote, state.lex.cue("nonactor"), state.lex.cue("delegate")
                )
            if not actors and "entry" in a:  # "pelarangan Gatot masuk ke AS": AS bars him
                actors = [c for c in entered(clause, j) if c.label == "GPE"]
        elif "sym" in a or (after is not None and after.i == j and after.label != "LOC"):
            actors = right_arguments(clause, j, prep_only=False)
            end = max((c.j for c in actors), default=len(toks))
            if toks[j - 1].low == "antara" and end < len(toks) and toks[end].low == "dengan":
                partners = right_arguments(clause, end + 1, prep_only=False)  # "antara X
                # dengan Y", the spoken form of "antara X dan Y": a party the article knows
                actors = actors + [c for c in partners if c.kind not in ("cap", "cap0")]
        else:
            actors = after_oleh(clause, i + 1) or given_by(state, clause, i, j)
        relative = not actors and (not patient or toks[i].low in OPERATIONS)
        if relative:
            actors = relative_agent(clause, j)  # "unjuk rasa yang digelar ratusan ojol"
        if not actors:  # "Surat Keputusan KPK tentang pencegahan ...": the decree's issuer
            actors = decree_owner(clause, i)
        start = i + 1 if patient else j
        if patient and named_at > j:
            start = named_at  # "(OTT)" names the act, not whom it befell
        if relative and actors:  # "ancaman keras yang dilontarkan AS kepada Iran": the
            start = max(c.j for c in actors)  # target follows the relative clause's agent
        elif "visit" in a and actors and actors[0].i == j:  # "kunjungan Raja
            start = max(c.j for c in actors)  # Arab Saudi Salman bin Abdul Aziz ke Indonesia":
            # the host's reach counts from the visitor's name, however long, past an aside
            start = past_abbreviation(toks, start, 6)  # "Joko Widodo (Jokowi) ke"
            if start < len(toks) and toks[start].low == ")":
                start += 1
        elif (
            not patient
            and actors
            and actors[0].i == j
            and (past := past_abbreviation(toks, last := max(c.j for c in actors), 6)) > last
        ):  # "serangan Amerika Serikat (AS) ke Iran": the target follows the actor's
            start = past  # abbreviation in brackets
        following = right_arguments(clause, start, prep_only=not patient)
        if (
            patient
            and following
            and (own_words(state, clause, following[0], entry, j) or following[0] in actors)
        ):  # "penetapan tersangka oleh Polda terhadap X", "OTT oleh KPK terhadap X": the
            # one charged follows the agent
            past = past_abbreviation(toks, max([j, *(c.j for c in actors)]))
            following = right_arguments(clause, past, prep_only=True)
        objects = [c for c in following if c not in actors]
        if "asked" in a:  # "Polisi Prancis menangkap X atas permintaan Serbia": the police
            objects = main_agent(clause, i, quote) or fronted_main_agent(clause, j, quote)
        if patient and not objects and i > 0 and toks[i - 1].low in UNDERGO:
            objects = left_arguments(  # "Wali Kota X kena OTT KPK": the subject underwent it
                clause, i - 1, quote, state.lex.cue("nonactor"), state.lex.cue("delegate")
            )
        if not objects and entry.event == "PROTEST":
            objects = opposed(clause, j)  # "aksi protes anti - India": against India
        if not objects:  # "Terhadap X tidak dilakukan penahanan oleh polisi": X
            objects = [c for c in fronted_target(state.lex, clause, i) if c not in actors]
        if not objects:  # "AS hanya mendapat dukungan dari sembilan negara": AS is supported
            objects = [c for c in receiver(state, clause, i, quote) if c not in actors]
        subject: list[Cand] = []
    elif "light" in a:  # "Penggeledahan dilakukan di ...": the act noun is the subject
        if not light_act(state.lex, clause, i, j) or light_repeat(state, clause, i, entry):
            return "light"
        actors, subject = light_arguments(clause, i, j)
        if "sym" in a:  # "Pertemuan X dengan Y berlangsung di ...": both take part
            if any(t.low in DEFINITE_REF or t.low == "yang" for t in toks[i + 1 : j]):
                return "meeting-told"  # "Pertemuan kedua tokoh itu berlangsung": told before
            actors, subject = actors + participants_between(clause, i + 1, j), []
        if not actors and any(t.low == "yang" for t in toks[i:j]):
            return "act-referred"  # "tidak ada penangkapan yang dilakukan": referred to
        if not subject and "premises" in a:  # "Penggeledahan dilakukan di rumah dinas X"
            subject = premises_owner(clause, j)
        objects = subject
    elif entry.voice == "pas":
        claims = state.lex.cue("accusation") | state.lex.cue("reportnoun")
        undergone_fronted = False
        subject = left_arguments(
            clause,
            i_arg,
            quote,
            state.lex.cue("nonactor"),
            state.lex.cue("delegate"),
            claims,
            state.lex.cue("speech"),
        )
        if subject and reported_subject_between(state.lex, clause, subject[-1].j, i):
            subject = []  # "Polda X menyatakan penyebar hoaks itu ditangkap": the one
            # arrested is the reported clause's own subject, never the speaker
        if not subject:  # "Malala menjadi sorotan setelah kepalanya ditembak": Malala
            subject = body_owner(state.lex, clause, i)
        if not subject and questioning(entry) and subordinator_before(toks, i) >= 0:
            subject = undergoer_before(state, clause, i, quote)
        if not subject:  # "Usai diperiksa penyidik, Sandi mengaku ...": the one questioned
            # is the main clause's subject after the comma, as for an active verb in a
            # fronted clause
            subject = fronted_subject(clause, i, state.lex.cue("speech"), undergone=True)
            undergone_fronted = bool(subject)
        at = i + 1 if GAP in entry.words and i + 1 < j else j  # "dilaporkan Ayu atas dugaan"
        at = past_coordinated_passives(toks, at)  # "ditangkap dan diperiksa polisi"
        if entry.event in VIOLENT or agent_family(entry) == "law":
            at = past_staff_noun(clause, at)  # "dipukul anggota Brimob": Brimob's act
        agent = clause.cand_at[at] if at < len(toks) else None
        if agent is not None and case_role(state.lex, clause, agent, at, entry):
            at = agent.j  # "X dipanggil saksi oleh penyidik": X's role, the agent after it
            agent = clause.cand_at[at] if at < len(toks) else None
        if nominalised(toks[i].low) and agent is not None and agent.i == at:
            patients = right_arguments(clause, at, prep_only=False)  # "ditolaknya Gatot"
            actors = after_oleh(clause, j, verbal=True)
            refused = [c for c in patients if c.label == "PER"]
            if refused and not actors and ("entry" in a or entry.event == "REJECT"):
                actors = entered(clause, max(c.j for c in patients), person=True)
        elif agent is not None and agent.i == at and agent.label not in ("LOC", "PRON"):
            actors = right_arguments(clause, at, prep_only=False)
        else:  # "dilaporkan oleh X ke Polda": the agent inside the pattern's gap
            actors = after_oleh(clause, at if oleh_at(toks, at) else j, verbal=True)
        if not actors and "entry" in a:
            actors = entered(clause, j)
        if undergone_fronted and own_side_speaker(clause, subject, actors, state.lex.cue("speech")):
            subject = []  # "Setelah ditangkap polisi, Kapolsek X, AKP Y, menyebut ...": the
            # police's own speaker tells of the arrest; the one arrested is elided
        objects = patients or subject or addressed(clause, max([j, *(c.j for c in actors)]))
        if "guest" in a and not any(c.label in ("PER", "OFFICE") for c in objects):
            return "welcomed-nobody"  # "usulan itu disambut baik": no visitor is welcomed
        if "named" in a and not any(c.kind == "mention" and c.label != "LOC" for c in objects):
            return "unnamed-asked"  # "ia diminta oleh pelatih ...": a named party only
        if "backed" in a and not backed_party(state.lex, clause, i, objects, actors):
            return "backed-thing"  # "acara ini didukung oleh LPS": a sponsor, no backing
        if "host" in a:  # "Prabowo disambut oleh Wapres China": the welcomed one visits
            actors, objects = objects, actors
        if toks[i].low in AGENT_PRONOUNS:  # the agent is the pronoun, no name after it
            if not subject:  # "Kami tangkap J dan M": spoken active, the object follows
                objects = right_arguments(clause, j, prep_only=False)
            pronoun = clause.cand_at[i]  # "yang kami sepakati": the speaker's side agrees
            keep = entry.event not in AGENTLESS - TOLD_AGENTLESS and pronoun is not None
            keep = keep and agent_family(entry) != "law"  # "saksi sudah kami panggil," kata
            # Jubir KPK: a summons, like an arrest, is the body's act, not its spokesman's
            actors = [pronoun] if keep and pronoun is not None else []
    else:
        verb_at = phrase_verb(state.lex, clause, i_arg)
        subject = manner_agent(clause, i) or left_arguments(
            clause,
            verb_at,
            quote,
            state.lex.cue("nonactor"),
            state.lex.cue("delegate"),
            speech=state.lex.cue("speech"),
        )
        if entry.event in LAW and staff_subject(state.lex, clause, i):
            subject = []  # "X mengatakan, anggota menggeledah ...": the officers, not X
        if "sym" in a and i > 0 and at_talks(state.lex, toks, i):
            subject = adjunct_subject(  # "X ... dalam perbincangan dengan Y"
                clause, i, quote, state.lex.cue("according")
            )
        if not subject:  # "Pertemuan tersebut menghasilkan kesepakatan": its participants
            subject = meeting_subject(state, clause, verb_at, quote)
            if subject and entry.event == "CONSULT":
                return "meeting-subject"  # "Pertemuan itu membahas ...": the same meeting again
        if not subject:  # "Washington menuduh Moskow ...": the capital stands for its state
            subject = capitals = capital_subject(state, clause, verb_at, quote)
        fronted = not subject
        if fronted:  # "Sehari setelah bertemu Xi, Prabowo menghadiri ...": Prabowo
            talk = entry.event == "CONSULT"
            subject = fronted_subject(
                clause, i, state.lex.cue("speech"), talk
            ) or subordinate_subject(state, clause, i, quote, talk)
        shared = shared_subject(state, clause, i_arg, subject, quote) or result_subject(
            state, clause, i_arg, quote
        )
        if shared:  # "Rusia memantau situasi antara A dan B, mengajukan ...": Rusia
            subject, fronted = shared, False
        elif subject and conjoined_object(state.lex, clause, i_arg, subject):
            subject = []  # "X memanjat tembok kantor K dan mengibarkan ...": K does not act
        elif purpose := purpose_subject(state, clause, i_arg, subject, quote):
            subject, fronted = purpose, False  # "X memanggil Y untuk memprotes": X protests
        actors = subject
        if subject and poll_share(toks, subject[0]):
            return "poll"  # "54 persen responden menolak ...": an opinion poll, not an act
        if subject and described(clause, subject[0], i):
            return "described"  # "tercatat sebagai pemimpin pertama yang mengunjungi X"
        proposal = "prop" in a and content_noun(clause, head_end)
        objects = (
            appealed_to(clause, j)
            if "court" in a
            else right_arguments(clause, head_end, prep_only="nobj" in a or proposal)
        )
        if not fronted:  # "Usai memeriksa saksi, Budi ...": the main clause's subject
            objects = appositive(clause, head_end) or objects
        if not objects and entry.event == "REQUEST" and "nobj" not in a:
            objects = addressee(clause, head_end)  # "mengimbau agar masyarakat menahan diri"
        if not objects and entry.event == "ACCUSE":
            objects = alleged_doer(clause, head_end)  # "menuding ... yang dilakukan KPK"
        if not objects and entry.event == "PROTEST":
            objects = opposed(clause, head_end)  # "menggelar demonstrasi anti - Israel"
        if entry.event == "REJECT" and not any(c.mention for c in objects):
            # "menolak (menandatangani) RUU yang disahkan Kongres": the refused text, named
            # by no party ("RUU"), answers the body that put it forward
            objects = alleged_doer(clause, head_end, state.lex.cue("authored")) or objects
        if not objects and entry.event == "SUPPORT":
            objects = alleged_doer(clause, head_end, ACHIEVED_BY)  # "memuji langkah yang
            # diambil Pemprov": the Pemprov is praised for it
        if not objects and entry.event == "REQUEST":
            objects = lodged_at(clause, j)  # "mengajukan rancangan resolusi di DK PBB"
        if not objects and subject:  # "Terhadap X, penyidik tidak melakukan penahanan": X;
            # not "Kepada wartawan, X meminta ...": whom X told, not whom X asked
            aimed = fronted_target(state.lex, clause, i, subject)
            objects = [c for c in aimed if c not in subject and toks[c.i - 1].low == "terhadap"]
        if not objects and ("first" in a or entry.event == "REQUEST"):
            objects = vocative(state.lex, clause, i)  # "Pak Kadis, saya minta ..."
        if "guest" in a and not guest(clause, head_end):
            return "received-nothing"  # "menerima laporan", "menerima uang": nobody is received
        if "guest" in a and "complaint" in a and not complaint_named(clause, i, head_end):
            return "told-clause"  # "surat kabar itu melaporkan Safadi bertemu Shoukry"
        if "host" in a:
            giver = clause.cand_at[j] if "dari" in entry.words and j < len(toks) else None
            if giver is not None:  # "mendapat bantuan militer dari Iran": the giver
                objects = [giver]  # follows the pattern's "dari"
            actors, objects = objects, subject
    # "menetapkan ... sebagai tersangka", "menetapkan satu tersangka": the pattern's own
    # words are no party; nor is "tersangka" the agent of "2.016 orang yang ditetapkan
    # tersangka"
    objects = [
        c for c in objects
        if not own_words(state, clause, c, entry, j) or spelled_out(state, clause, c)
    ]  # fmt: skip
    if "direct" in a:  # "mempertanyakan dampaknya kepada mahasiswa": nobody is questioned
        objects = [c for c in objects if toks[c.i - 1].low not in OBJECT_PREPS]
    if "deny" in a and entry.voice == "act":
        objects = [c for c in objects if claim_owner(state.lex, clause, head_end, c)]
    objects = [c for c in objects if not attribute_name(clause, c)]
    objects = [run_to_name(clause, c) or c for c in objects]  # "memerintahkan Asisten
    # Operasi Kapolri Irjen X": X
    actors = [c for c in actors if not own_words(state, clause, c, entry, j)]
    if GAP in entry.words:  # "menetapkan Wakil Ketua DPRD Jatim Anwar Sadad sebagai
        objects = titled_objects(clause, objects, i, j)  # tersangka": the person, not the post
        if entry.event == "ACCUSE":  # "melaporkan kasus itu ke Bareskrim Polri": where a
            objects = [c for c in objects if not lodged_with(clause, c, i, j)]  # report goes
        if not objects and j < len(toks) and toks[j].low == "terhadap":
            objects = right_arguments(clause, j + 1, prep_only=False)  # "menetapkan
            # tersangka terhadap Kepala Desa X": the pattern's own noun names no one
        if entry.words[-1] in PURPOSE | PURPOSE_LINKS:  # "mendorong X untuk menerbitkan
            objects = [c for c in objects if c.j < j]  # Surat Edaran": X is asked, not the SE
    if entry.event == "AGREE" and entry.voice == "act":  # "berjanji akan meluncurkan
        objects = [c for c in objects if not promised_thing(clause, head_end, c)]
        # partai politik baru": the party to be made is not whom the promise is made to
    if "nobj" in a and toks[j - 1].low in REQUESTS_OF_OTHERS and not objects:
        owner = clause.cand_at[j] if j < len(toks) else None  # "mengabaikan tuntutan
        if owner is not None and owner.i == j and owner.label != "LOC":  # pemerintah"
            objects = right_arguments(clause, j, prep_only=False)  # answers the demander
    if "part" in a:  # "menghadiri KTT G7": the summit's body takes part
        objects = [c for c in right_arguments(clause, j, prep_only=False) if c.label != "LOC"]
        if body := named_body_in_pattern(clause, j):
            objects = [body]
    if "escort" in a:  # "Airlangga mendampingi Presiden Prabowo di KTT BRICS": Prabowo
        actors = [c for c in right_arguments(clause, i + 1, prep_only=False) if c.j <= j]
        if not actors:
            return "no-escort"
    if "visit" in a and 0 < j < len(toks) and toks[j - 1].low in ("di", "ke"):
        host = clause.cand_at[j]  # "tiba di Pakistan": a country visited is the host
        if host is not None and host.i == j and host not in objects:
            objects = [host, *objects]
    if "visit" in a:  # "tiba di Base Ops Lanud Halim": a bare name of a place is no host;
        objects = [c for c in objects if not bare_place(clause, c)]  # its country is
        # (kabar.event_context.host_country); "kunjungan kerja melepas ekspor ke Jepang":
        objects = [  # the goal of another verb is not the place visited
            c for c in objects
            if not any(active_verb(t) and t.low not in MEETING for t in toks[head_end : c.i])
        ]  # fmt: skip
    if entry.event == "CONSULT":
        if not objects and "sym" in a and entry.voice == "act":
            objects = talk_partner(clause, head_end)  # "berdialog bersama para pedagang"
        objects = [c for c in objects if not purpose_before(toks, head_end, c.i)]  # "bertemu
        # di Bogor untuk membahas sengketa perbatasan Kamboja", "... mengenai Pancasila"
    if entry.voice == "nom" and entry.event in VIOLENT and not ("sym" in a and actors):
        objects = victims(state, clause, i, quote) + objects  # "X tewas dalam bentrokan
        # antara A dan B": A and B, the clash's sides, are its parties; X is neither
    elif entry.voice == "pas" and entry.event in VIOLENT and not objects:
        objects = victims(state, clause, i, quote)  # "X tewas akibat terkena peluru karet"
    elif entry.voice == "act" and entry.event in VIOLENT and not objects and actors:
        objects = victims_before(state, clause, actors[0].i, quote)  # "X tewas ketika Y
        # menembaki ...": X
    actor_refs = resolve(state, clause, actors, quote)
    actor_refs = [
        replace(r, type="country") if any(c.start == r.start for c in capitals) else r
        for r in actor_refs
    ]
    if entry.event == "PROTEST" and len(actors) > 1 and all(c.kind == "noun" for c in actors):
        actor_refs = [crowd(state, actors)]  # "mahasiswa, buruh, dan elemen masyarakat sipil"
    if not actor_refs and entry.voice != "nom" and not actors and not patients and "light" not in a:
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
    if (
        entry.voice == "pas"
        and actor_refs
        and not objects
        and not objects_refs_pre
        and not any(t.low == "yang" for t in toks[max(0, i - 4) : i])  # a relative clause
    ):
        # "Diserang X, Y membela diri": Y is attacked; "Budi kabur ke Bandung. Kemudian
        # ditangkap polisi di sana.": Budi, the previous subject, is held
        main = fronted_patient(clause, j)
        objects_refs_pre = (
            resolve(state, clause, main, quote) if main else carry_subject(state, clause, i, quote)
        )
    parties = {r.entity_name for _, _, _, refs in state.coded for r in refs}
    objects = [
        c for c in objects if c.kind != "cap0" or c.text in parties or offender_named(state, c)
    ]  # fmt: skip
    # a sentence-initial name counts once the article made it a party ("Berangus dijerat")
    named_objects = objects  # "seorang pegawai Pemkot X ditangkap": the body names the target
    if entry.event in BEFALLING_PEOPLE:
        objects = [counted_members(state, clause, c) or c for c in objects]
    held = held_group(state, objects, entry.event) if entry.voice == "pas" else []
    recipient_refs = (
        objects_refs_pre or held or resolve(state, clause, objects, quote, names(actor_refs))
    )
    if entry.voice == "pas" and subject_carried:
        recipient_refs = objects_refs_pre
    if entry.event == "ACCUSE" and entry.voice == "act" and not objects_refs_pre and not held:
        recipient_refs = accused_other(state, clause, objects, recipient_refs, actor_refs)
    if not recipient_refs and entry.voice == "act" and not ({"sym", "host"} & set(a)):
        recipient_refs = clitic_object(state, clause, i, entry, quote, actors, names(actor_refs))
    if not actor_refs and entry.voice == "pas":
        targets = [r for r in recipient_refs if not named_thing(r)]  # not "pasal UU ITE"
        actor_refs = clitic_agent(state, clause, i, entry, quote, names(targets))
    if entry.event not in LOC_RECIPIENT or "visit" in a:
        # a city is where a visit happens, not its host (the event place takes it); a
        # region that is the direct object of an active verb is addressed as a polity
        # ("Rajoy mendesak Catalonia untuk ...")
        direct = (
            clause.cand_at[head_end]
            if entry.voice == "act" and "visit" not in a and (head_end < len(toks))
            else None
        )
        recipient_refs = [
            r for r in recipient_refs
            if r.type != "location" or (direct is not None and direct.start == r.start)
        ]  # fmt: skip
    actor_refs = [r for r in actor_refs if r.entity_text not in CURRENCIES and not named_thing(r)]
    recipient_refs = [r for r in recipient_refs if r.entity_text not in CURRENCIES]
    owners = seized_from(state, clause, j, quote) if toks[i].low in SEIZING or "from" in a else []
    if not owners and "seize" in entry.modes:  # "mengamankan uang", not "menggerebek gudang
        owners = fronted_owner(state, clause, i, quote)  # ... dari China" (the origin)
    if owners:  # "menyita uang Rp 1 miliar dari tersangka": whose goods, not the goods
        recipient_refs = owners
    if (
        entry.event in ("ACCUSE", "REQUEST")
        and len(recipient_refs) == 1
        and unnamed_witness(recipient_refs[0])
    ):  # questioned or summoned: "memeriksa saksi", "menjadwalkan pemeriksaan terhadap saksi"
        recipient_refs = witness_named_next(state, clause) or recipient_refs
    if "two" in a and owned_talk(toks[i].low):  # "klarifikasi ke Hatta Ali terkait
        # pertemuannya dengan Setya Novanto": the one whose meeting it was, not the subject
        talk_owner = person_before(state, clause, i, quote, names(recipient_refs))
        actor_refs = (
            talk_owner
            or actor_refs
            or [r for r in last_person(state) if r.entity_name not in names(recipient_refs)]
        )
    told_by_speech = i > 0 and toks[i - 1].low in state.lex.cue("speech")  # "menyebut kunjungannya"
    if (
        "visit" in a
        and entry.voice == "nom"
        and not actor_refs
        and toks[j - 1].low.endswith("nya")
        and (told_by_speech or state.lex.cue("speech").isdisjoint(t.low for t in toks[:i]))
    ):  # "Dalai Lama ... dalam kunjungannya ke Ulan Bator": the visitor is the person "-nya"
        # stands for, as for "pertemuannya" above, by name (a "dia" before it may be anyone
        # a quote spoke of); after "X mengatakan, dalam kunjungannya ke MPR, ..." it is
        # often the guest X received, so a speaker is not taken, unless the visit is what
        # the verb of speech tells ("Retno menyebut kunjungannya ke Myanmar"): hers, if
        # she met no other person earlier in the story (a host speaks of his guest's visit)
        actor_refs = nya_visitor(state, clause, i, quote, names(recipient_refs))
        if told_by_speech and met_another(state, actor_refs):
            actor_refs = []
    sides = (list(actor_refs), list(recipient_refs))
    if "sym" in a:
        actor_refs = unique(actor_refs + recipient_refs)
        recipient_refs = []
    actor_refs = unique(actor_refs)
    recipient_refs = [r for r in unique(recipient_refs) if r.entity_name not in names(actor_refs)]
    if (
        entry.voice == "act"
        and fronted
        and subject
        and reported(state, entry.event, actor_refs + recipient_refs)
    ):
        return "fronted-reported"  # "Sehari setelah bertemu Xi, ...": reported already
    if (
        "sym" in a
        and not dated(state, clause)
        and (
            reported(
                state, entry.event, actor_refs + recipient_refs, state.sentence - 1, entry.modes
            )
            or visit_told(state, entry, actor_refs + recipient_refs)
        )
    ):  # "X bertemu Y Sabtu (14/10). X dan Y membahas": that one
        return "sym-reported"
    staff = not actor_refs and entry.event in LAW and staff_subject(state.lex, clause, i)
    protest_against = (
        not actor_refs
        and entry.event == "PROTEST"
        and entry.voice == "nom"
        and bool(opposed(clause, j))
    )  # "tewas dalam aksi protes anti - India": a protest whose protesters go unnamed
    agentless = (
        staff
        or protest_against
        or (
            not actor_refs
            and entry.voice == "pas"
            and entry.event in AGENTLESS
            and (
                toks[i].low in AGENT_PRONOUNS
                or "strict" not in a
                or (
                    entry.event == "SANCTION"
                    and "discontinue" not in entry.modes  # "sidang diskors": adjourned
                    and named_person(recipient_refs)
                )  # "Bupati X dicopot": a strict sanction's unsaid agent is found like
                # an arrest's (``context_agent``), when it befalls a person by name
                or bool(owners)
                or questioned_in_role(state.lex, clause, i, j, entry)
            )
            and (bool(recipient_refs) or "light" in a or "stage" in a)  # "pelaku sudah kami
            # amankan", "disita dari tersangka"; "Penggeledahan dilakukan", "Kasus itu naik
            # ke tahap penyidikan": it happened
        )
    )  # "Dadang dijerat pasal pembunuhan": the agent is unsaid, the event happened
    named_target = any(
        (c.kind == "mention" and c.label != "LOC")
        or (c.kind == "pair" and group_size(c.text.lower()) > 2)  # "ketiganya"
        or (c.kind in ("cap", "cap0") and (c.text in parties or offender_named(state, c)))
        # "Polisi menangkap Berangus. Berangus dijerat ...": a name the article already made
        # a party, or a suspect's first name ("Miryam dijerat"); "pelaku berinisial RN":
        # initials the recogniser left out name a person
        or (c.kind == "cap" and c.i > 0 and toks[c.i - 1].low in NAMING_WORDS)
        for c in named_objects
    ) or (  # "Dia dihukum penjara ...": the named person the pronoun stands for, in the
        entry.event in LAW | {"SANCTION"}  # course of a case (harm to "dia" is too often
        and any(c.kind == "pron" and c.text.lower() in THIRD_PERSON for c in objects)  # a
        # figure of speech or gossip: "ide tidak bisa dibunuh", "ia kembali diserang")
        and named_person(recipient_refs)
    )
    named_target = named_target or (  # "Mantan Menteri X itu dipecat": a description of
        any(c.kind == "pron" and description_of_person(c) for c in objects)  # the person
        and named_person(recipient_refs)  # named before
    )
    people = (
        entry.event in LAW | TOLD_AGENTLESS or "abduct" in entry.modes
    ) and any(  # "ratusan orang
        # diamankan", "250 orang dibawa ke Gaza sebagai sandera"
        c.kind == "noun" and (c.etype in ("person", "group") or counted_group(state.lex, c))
        for c in objects
    )
    named_target = named_target or any(r.type in ("person", "organization") for r in owners)
    named_target = named_target or bool(held)  # "Mereka ditetapkan tersangka": those held
    agentless = agentless and (
        toks[i].low in AGENT_PRONOUNS or named_target or people or "light" in a or "stage" in a
    )
    mediated = not actor_refs and entry.event == "CONSULT" and entry.voice == "nom"
    if mediated:  # "perundingan digelar di Doha dengan mediasi Qatar, Mesir, dan AS": the
        actor_refs = mediator_refs(state, clause, j)  # mediators take part
    if protest_topic(entry) and protesting(state, actor_refs, entry.event != "ACCUSE"):
        return "protest-topic"  # "Massa berunjuk rasa ... Mereka menolak revisi UU"
    if (
        entry.event == "PROTEST"
        and "obstruct" in entry.modes
        and actor_refs
        and all(r.sector in SECURITY for r in actor_refs)
    ):
        return "police-blockade"  # "Polisi memblokade jalan": a closure, no protest
    if not actor_refs and not agentless:
        return "no-actor"
    if (
        "two" in a
        and len(actor_refs) + len(recipient_refs) < 2
        and not several_sides(clause, i, entry, actors, state.lex.cue("quant"))
        and not plural_sides(actors, clause.toks, entry.event)
    ):
        return "two-sides"
    if not recipient_refs and "tie" in a:
        recipient_refs = tie_partners(state, clause, j, quote, actor_refs)
    needs_recipient = not {"rcp", "rcpp"}.isdisjoint(a) or (
        entry.event in REQUIRES_RECIPIENT and "sym" not in a
    )
    if "rcpw" in a and not any(strong(r) for r in actor_refs):
        needs_recipient = True
    if needs_recipient and not recipient_refs and not backs_policy(clause, head_end, actor_refs, a):
        return "no-recipient"
    if (
        entry.event in DEALINGS
        and not recipient_refs
        and actor_refs
        and all(company(state.lex, r) for r in actor_refs)
        and (entry.event == "AGREE" or not any(map(political, actor_refs)))
    ):  # "PT X berkomitmen mengurangi plastik", "OLX menyambut baik kerja sama ini": a
        return "firm-pledge"  # firm's pledge or welcome with no counterpart; not a minister's
    if business_deal(state, clause, entry.event, actor_refs, recipient_refs):
        return "business-deal"  # "PT X bekerja sama dengan PT Y", "Bank A membiayai PT B"
    kinds = [kind_of(state, c) for c in actors] or (
        ["carried"] if subject_carried and not agentless else []
    )
    if agentless:
        kinds = ["agentless"]
    if mediated and actor_refs:
        kinds = ["mediators"]
    if (
        "strict" in a
        and kinds
        and all(k in ("cap", "cap0") for k in kinds)
        and not any(map(known_name, actors))
    ):
        return "strict-cap"
    strength = STRENGTH.get(kinds[0] if kinds else "carried", 0.5)
    if recipient_refs:
        strength = min(1.0, strength + 0.1)
    how = f"actor={'+'.join(kinds) or 'carried'}"
    if subject_carried:
        how += " carried from previous sentence"
    # "ratusan orang diamankan": unnamed people, coded only when the article names the agent
    needs_agent = agentless and (
        not named_target or staff or entry.event in TOLD_AGENTLESS or "stage" in a
    )
    recipient_refs = [r for r in recipient_refs if not named_thing(r)]  # "mengkritik RUU": an act
    # on a bill is an act, with no party named as its target
    if "stage" in a:  # "Laporan Suci naik ke penyidikan": the case's subject names its
        recipient_refs = []  # reporter as often as its suspect (``case_suspects`` finds him)
    return Args(actor_refs, recipient_refs, strength, how, sides, needs_agent)


def accused_other(
    state: State,
    clause: Clause,
    objects: list[Cand],
    refs: list[EntityRef],
    accusers: list[EntityRef],
) -> list[EntityRef]:
    """A singular third-person pronoun an accusation is aimed at ("Jaksa menilai dirinya
    melanggar pasal ...") is someone other than the accuser, though the pronoun opens
    what the accuser says and is read as the speaker elsewhere ("Budi mengatakan dirinya
    ..."): no one accuses himself, so it is the person the story was last about. Not when
    the pronoun is then the one wronged ("menuding dirinya dikriminalisasi", "dirinya
    menjadi target"), nor "dirinya" after a person by name ("Hasto menilai dirinya
    melanggar etika"), both the speaker speaking of himself. A "mereka" already skips the
    accusers (``resolve``). ``refs`` as they were otherwise."""
    if len(objects) != 1 or objects[0].kind != "pron" or not refs:
        return refs
    pronoun = objects[0].text.lower()
    if pronoun not in PRONOUNS_SG:
        return refs
    if any(r.entity_name not in names(accusers) for r in refs):
        return refs
    if pronoun == "dirinya" and written_by_name(state, accusers):
        return refs
    if self_wronged(state.lex, clause.toks, objects[0].j):
        return refs
    return [r for r in last_person(state) if r.entity_name not in names(accusers)] or refs


def written_by_name(state: State, refs: list[EntityRef]) -> bool:
    """Whether a party is written as a person's name ("Jaksa Budi"), not as an office
    or a body ("Jaksa Kejaksaan Negeri Bandung")."""
    spans = {(m.start, m.end) for m in state.article.mentions if m.label == "PER"}
    return any((r.start, r.end) in spans for r in refs)


def self_wronged(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether the words at ``k`` make the one before them the wronged: a passive verb
    ("dirinya dikriminalisasi") or "menjadi" and a ``wronged`` role ("menjadi target")."""
    if k >= len(toks):
        return False
    if passive_form(toks[k], ("di",), 6):
        return True
    return toks[k].low == "menjadi" and k + 1 < len(toks) and toks[k + 1].low in lex.cue("wronged")


def named_person(refs: list[EntityRef]) -> bool:
    """Whether the parties include a person by name, not an office whose holder is left open."""
    return any(r.type == "person" and r.entity_name != r.office for r in refs)


WITNESS_NAMED = re.compile(r"[\W_]*([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}) selaku ")


def tie_partners(
    state: State,
    clause: Clause,
    j: int,
    quote: tuple[int, int] | None,
    actor_refs: list[EntityRef],
) -> list[EntityRef]:
    """The other side of a tie whose parties follow it with no preposition: "menghentikan
    kerja sama militer Indonesia dan Australia" ends the tie with Australia; the actor's
    own state (``HOME`` for an actor the news leaves unqualified) and the actor are not
    its recipients."""
    own = {r.country or HOME for r in actor_refs} | set(names(actor_refs))
    partners = resolve(state, clause, right_arguments(clause, j, prep_only=False), quote, ())
    return [r for r in partners if r.country not in own and r.entity_name not in own]


def unnamed_witness(ref: EntityRef) -> bool:
    """A bare "saksi" ("pemeriksaan terhadap saksi dugaan TPK"), not a counted group."""
    return ref.actor_id is None and ref.entity_text.lower().split()[:1] == ["saksi"]


def next_sentence(state: State, clause: Clause) -> Sentence | None:
    """The sentence right after the clause's, where a report may name whom it counted."""
    return next((s for s in state.article.sentences if s.start >= clause.sent.end), None)


def witness_named_next(state: State, clause: Clause) -> list[EntityRef]:
    """The witness a report names in the sentence right after an examination of "saksi"
    (KPK's "... memeriksa saksi ...," kata X. "HP selaku Mantan Sekjen Kementan,"): the
    name that opens it before "selaku"."""
    text = state.article.text
    nxt = next_sentence(state, clause)
    if nxt is None:
        return []
    hit = WITNESS_NAMED.match(text, nxt.start, nxt.end)
    if hit is None:
        return []
    start, end = hit.span(1)
    for m in state.article.mentions:
        if m.start == start and m.label == "PER":
            return [mention_ref(state, m)]
    return [EntityRef(None, hit.group(1), hit.group(1), "person", None, None, None, start, end)]


OWNER_PREPS = frozenset({"dari", "milik"})
CURRENCIES = EVENT_WORDS["currency"]  # "meminta uang Rp 15 juta": no party
SEIZING = EVENT_WORDS["seizing"]  # not raids: "menggerebek
# gudang benih impor dari China" names the goods' origin


def seized_from(
    state: State, clause: Clause, j: int, quote: tuple[int, int] | None
) -> list[EntityRef]:
    """Whose goods a seizure takes: the party after "dari" or "milik" right of the verb
    ("disita dari tiga perusahaan", "menyita motor milik tersangka", "disita dari rumah
    Budi"), not the goods; [] when no party is named so."""
    toks = clause.toks
    amounts = 0  # "uang senilai Rp 100,7 miliar dari X": an amount does not use up the reach
    for k in range(j, len(toks) - 1):
        amounts += amount(toks, k)
        low = toks[k].low
        if k - j - amounts >= MAX_RIGHT or low in HARD_STOP or full_stop(clause, k):
            return []
        if low == "," and not amount(toks, k):
            return []
        if low not in OWNER_PREPS:
            continue
        n = k + 1
        while n < len(toks) and toks[n].low in PLACE_HEADS:
            n += 1  # "dari rumah Budi": Budi's
        c = clause.cand_at[n] if n < len(toks) else None
        if c is None or c.i != n or c.label == "LOC" or c.kind in ("cap0", "pron"):
            return []
        return [r for r in resolve(state, clause, [c], quote) if r.type != "location"]
    return []


HANDS = EVENT_WORDS["hands"]  # "dari tangan tersangka": from the suspect


def fronted_owner(
    state: State, clause: Clause, i: int, quote: tuple[int, int] | None
) -> list[EntityRef]:
    """Whose goods a seizure takes when the sentence opens with them ("Dari tangan
    tersangka, polisi menyita ...", "Dari ketiga tersangka itu, polisi mengamankan ratusan
    dokumen"): the party after the opening "Dari", before the comma ahead of the verb at
    ``i``; [] for anything else ("Dari hasil penggeledahan, ...": no party)."""
    toks = clause.toks
    k = next((n for n, t in enumerate(toks) if not QUOTE_MARK.fullmatch(t.text)), len(toks))
    if k >= i or toks[k].low != "dari":  # '"Dari ketiga tersangka itu, ...," katanya'
        return []
    k += 1
    while k < i and (toks[k].low in HANDS or toks[k].low in PLACE_HEADS):
        k += 1  # "dari rumah Budi": Budi's
    if k + 1 < i and COLLECTIVE.fullmatch(toks[k].low) and clause.cand_at[k] is None:
        k += 1  # "Dari ketiga tersangka itu": the count belongs to the group
    c = clause.cand_at[k] if k < i else None
    if c is None or c.i != k or c.label == "LOC" or c.kind in ("cap0", "pron"):
        return []
    if all(toks[n].low != "," for n in range(c.j, i)):
        return []  # "Dari tersangka polisi menyita ...": no fronted phrase
    return [r for r in resolve(state, clause, [c], quote) if r.type != "location"]


def known_name(c: Cand) -> bool:
    """Whether a capitalised span was resolved to a person or an organisation ("Purbaya
    meminta para gubernur ...", where "Purbaya" is a person the article names again, or
    a titled person, "Presiden Ramaphosa"): no bare unknown capitalised word."""
    return c.kind in ("cap", "cap0") and c.etype in ("person", "organization")


def complaint_named(clause: Clause, i: int, k: int) -> bool:
    """Whether the name right after "melaporkan" (verb at ``i``) is the one complained
    against: the sentence ends after the name ("melaporkan Budi."), or a complaint's word
    follows it, straight or past an apposition ("melaporkan X, putra Y, ke Polres",
    "atas dugaan", "setelah ..."), the verb's own relative or time clause closes at a
    comma after it ("orang yang melaporkan X, ..."), or a relative clause describing X
    ends the sentence ("X, yang beralamat di ..."). Anything else after the name
    ("telah tiba", "tewas", ", yang baru dilantik, menandatangani") is a clause that
    tells what the named person did or is: a news report, no complaint. A time after the
    name ("hari ini", ", Senin (3/6)", "pada Senin") or a companion ("bersama ...") opens
    no clause, so the complaint reading stays."""
    toks = clause.toks
    c = clause.cand_at[k] if k < len(toks) else None
    if c is None:
        return False
    m = c.j
    if m < len(toks) and toks[m].low == "(":  # "Budi (30)"
        m = next((n + 1 for n in range(m, len(toks)) if toks[n].low == ")"), m)
    if m >= len(toks) or not toks[m].low.isalnum() and toks[m].low != ",":
        return True  # the sentence or the quote ends
    if toks[m].low in COMPLAINT_NEXT or time_word(toks[m].low, set()):
        return True  # "melaporkan X ke Polres", "melaporkan X hari ini"
    if toks[m].low != ",":
        return False
    if m + 1 < len(toks) and toks[m + 1].low in WEEKDAYS:
        return True  # "melaporkan X, Senin (3/6/2024)": the dateline's time, no told clause
    before = toks[i - 1].low if i > 0 else ""
    if before == "yang" or before in SUBORDINATORS:
        return True  # "orang yang melaporkan X, tidak paham ...": its clause closes
    commas = [n for n in range(m, len(toks)) if toks[n].low == ","]
    if any(n + 1 < len(toks) and toks[n + 1].low in COMPLAINT_NEXT for n in commas):
        return True
    # "melaporkan X (30), yang beralamat di Jalan Y, Tebet, Jakarta Selatan.": a relative
    # clause describing X closes the sentence, names of places after its commas only
    return (
        m + 1 < len(toks)
        and toks[m + 1].low == "yang"
        and all(n + 1 < len(toks) and toks[n + 1].text[:1].isupper() for n in commas[1:])
    )


def guest(clause: Clause, k: int) -> bool:
    """Whether a named person or office holder follows the verb directly: "Gubernur
    menerima Fahri" receives a visitor, "menerima laporan" does not."""
    c = clause.cand_at[k] if k < len(clause.toks) else None
    return c is not None and c.i == k and c.kind == "mention" and c.label in ("PER", "OFFICE")


REQUESTS_OF_OTHERS = EVENT_WORDS["request_of_other"]
"""Nouns of another party's request: "menolak tuntutan X" answers X (its owner)."""


def entered(clause: Clause, j: int, person: bool = False) -> list[Cand]:
    """The country or place a person is barred from, right after "ditolak masuk (ke)" or
    "dilarang masuk (ke)": without an "oleh" agent, the state that bars the entry (PLOVER
    3.10: "Gatot ditolak masuk ke Amerika Serikat" is Amerika Serikat rejecting Gatot).
    With ``person`` (after a nominalised passive's patient, "ditolaknya Gatot di AS"),
    "di" may introduce it, a person's refusal there being the state's."""
    toks = clause.toks
    if person and j < len(toks) and toks[j].low == "di":
        return [c for c in entered(clause, j + 1) if c.label == "GPE"]
    if person and j < len(toks) and toks[j].low == "masuk":
        j += 1
    k = j + 1 if j < len(toks) and toks[j].low == "ke" else j
    found = clause.cand_at[k] if k < len(toks) else None
    if found is None and k + 1 < len(toks) and toks[k].low in ("negeri", "negara", "wilayah"):
        found = clause.cand_at[k + 1]  # "ke negeri Paman Sam", "ke wilayah Israel"
        k += 1
    if found is None or found.i != k or found.kind != "mention" or found.label not in PLACE_LABELS:
        return []
    return [found]


def bare_place(clause: Clause, c: Cand) -> bool:
    """A capitalised span the recogniser did not name, after "di"/"ke": a place."""
    return (
        c.kind == "cap" and c.title is None and c.i > 0 and clause.toks[c.i - 1].low in ("di", "ke")
    )


def counted_group(lex: Lexicon, c: Cand) -> bool:
    """A group named by its count ("ratusan orang", "tiga tersangka", "5 pelaku"): people
    the report counts are people it happened to, not a generic class ("para pelaku")."""
    first = c.text.split()[0].lower()
    return first.isdigit() or (first in lex.cue("quant") and first not in GENERIC_QUANTS)


GENERIC_QUANTS = frozenset({"para", "banyak", "sebagian"})
"""Quantifiers of a class, not of a counted group ("para pelaku", "banyak warga")."""


def visit_told(state: State, entry: Entry, parties: list[EntityRef]) -> bool:
    """Whether a plain meeting restates a visit between exactly these parties told in the
    sentence before ("menerima kunjungan PM Albanese ... Kedua pemimpin kemudian
    bertemu"); a call is another event than a meeting, and a visit to a country is
    not the meeting with its minister (``country_visits_met`` joins those)."""
    wanted = set(names(parties))
    return (
        entry.event == "CONSULT"
        and not entry.modes
        and any(
            kind == "CONSULT"
            and index >= state.sentence - 1
            and seen_modes == ("visit",)
            and set(names(seen)) == wanted
            for index, kind, seen_modes, seen in state.coded
        )
    )


def joins_visit(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether the meeting at token ``i`` is coordinated with a visit of the same
    subject in its clause ("mengunjungi Kyiv dan bertemu Presiden Zelenskyy", "tiba di
    Beijing dan langsung menemui Xi"): one visit, whose host is the one met
    (``kabar.event_context.met_host``) and whose place is the visited place."""
    toks = clause.toks
    k = i - 1
    while k >= 0 and toks[k].low in lex.cue("adverb"):
        k -= 1
    if k < 1 or toks[k].low not in ("dan", "serta"):
        return False
    n = k
    while n > max(0, k - 12):
        n -= 1
        if toks[n].low == ")":  # "mengunjungi Jakarta pada Senin (8/1) dan bertemu ..."
            n = next((p for p in range(n - 1, max(-1, n - 7), -1) if toks[p].low == "("), n)
            continue
        if toks[n].low in HARD_STOP:
            return False
        for e in lex.index.get(toks[n].low, ()):
            words = e.words
            if (
                e.event == "CONSULT"
                and "visit" in e.args
                and GAP not in words
                and [t.low for t in toks[n : n + len(words)]] == list(words)
            ):
                return True
    return False


def crowd(state: State, members: list[Cand]) -> EntityRef:
    """One crowd of the unnamed groups a protest coordinates ("Ribuan mahasiswa, buruh,
    dan elemen masyarakat sipil berunjuk rasa"): the phrase names one group of protesters."""
    first, last = members[0], members[-1]
    text = state.article.text[first.start : last.end]
    return EntityRef(None, text, text, "group", first.country or last.country, first.sector,
                     None, first.start, last.end)  # fmt: skip


SECURITY = frozenset({"COP", "MIL"})  # PLOVER sectors of police and armed forces


def protesting(state: State, actors: list[EntityRef], any_crowd: bool = True) -> bool:
    """Whether these actors protested in this or the previous two sentences, or are an
    unnamed crowd ("buruh", "massa aksi", "mereka") after a crowd's protest anywhere
    earlier in the article: what protesters demand or reject is the protest's topic, not
    another event (PLOVER 3.12). Without ``any_crowd`` an unnamed crowd counts only when
    named as protesters (a `crowd` cue: "para demonstran", "massa") after a crowd's
    protest: activists who criticise someone after another group's protest make their
    own accusation."""
    if not actors:
        return False
    wanted = set(names(actors))
    crowd = all(civil_crowd(r) for r in actors)
    if not any_crowd:
        crowd = all(protest_crowd(state.lex, r) for r in actors)
    return any(
        kind == "PROTEST"
        and (
            (state.sentence - index <= 2 and wanted <= {r.entity_name for r in seen})
            or (crowd and any_crowd and bool(seen) and all(civil_crowd(r) for r in seen))
            or (crowd and not any_crowd and any(civil_crowd(r) for r in seen))
        )
        for index, kind, _, seen in state.coded
    )


def protest_topic(entry: Entry) -> bool:
    """Whether protesters' act of this predicate states what they protest: a demand, a
    refusal or a condemnation ("Mereka mengecam kenaikan tunjangan DPR"), not an act of
    its own (PLOVER 3.12)."""
    return entry.event in ("REQUEST", "REJECT") or (
        entry.event == "ACCUSE" and "disapprove" in entry.modes
    )


def protest_crowd(lex: Lexicon, ref: EntityRef) -> bool:
    """An unnamed civil crowd named as one that takes to the street: its name holds a
    `crowd` cue word ("ribuan warga", "massa", "para demonstran"), not bare "warga"."""
    return civil_crowd(ref) and not lex.cue("crowd").isdisjoint(ref.entity_name.lower().split())


def civil_crowd(ref: EntityRef) -> bool:
    """An unnamed group that is not a state body ("buruh", "massa aksi"; not "aparat")."""
    return ref.type == "group" and ref.actor_id is None and ref.sector not in POLITICAL_SECTORS


RECEIVE = EVENT_WORDS["receive"]
ONLY = frozenset({"hanya", "cuma", "sempat", "telah", "sudah", "justru", "kembali"})


def body_owner(lex: Lexicon, clause: Clause, i: int) -> list[Cand]:
    """Whose body part a passive befell ("wajahnya disiram air keras", "kepalanya
    ditembak"): the person the sentence opens with, the owner of "-nya"."""
    toks = clause.toks
    word = toks[i - 1].low if i > 0 else ""
    if not (word.endswith("nya") and word[:-3] in lex.cue("body")):
        return []
    first = next((c for c in clause.cands if c.i < i - 1 and c.label != "LOC"), None)
    return [first] if first is not None and first.i <= 2 else []


def main_agent(clause: Clause, i: int, quote: tuple[int, int] | None) -> list[Cand]:
    """Who does what the clause before token ``i`` says: the subject of its active verb,
    the agent after its passive one ("X dicegah Imigrasi, atas permintaan KPK")."""
    toks = clause.toks
    start = clause_start(clause, i, quote, commas=False)
    for k in range(start, i):
        if active_verb(toks[k]):
            return left_arguments(clause, k, quote)
        if predicate_like(toks[k]) and toks[k].low.startswith("di"):
            at = next((n + 1 for n in range(k + 1, i - 1) if toks[n].low == "oleh"), k + 1)
            agent = clause.cand_at[at] if at < i else None  # "dicegah (ke luar negeri
            return [agent] if agent is not None and agent.i == at else []  # oleh) X"
    return []


def fronted_main_agent(clause: Clause, j: int, quote: tuple[int, int] | None) -> list[Cand]:
    """Who does what the main clause after a fronted phrase ending at token ``j`` says:
    "Atas permohonan dari X, Kejari Cilegon memberikan ...": Kejari Cilegon."""
    toks = clause.toks
    comma = next((k for k in range(j, min(len(toks), j + 10)) if toks[k].low == ","), None)
    if comma is None:
        return []
    for k in range(comma + 1, min(len(toks), comma + 1 + MAX_LEFT)):
        if toks[k].low in HARD_STOP or toks[k].low == ",":
            return []
        if active_verb(toks[k]):
            return [c for c in left_arguments(clause, k, quote) if c.i > comma]
    return []


STANCE = frozenset({"anti", "kontra"})


def opposed(clause: Clause, j: int) -> list[Cand]:
    """Whom a protest noun ending at ``j`` is against when "anti" names it ("demonstrasi
    anti - Israel", "unjuk rasa anti Ahok"): the party right after it."""
    toks = clause.toks
    if j >= len(toks) or toks[j].low not in STANCE:
        return []
    k = j + 1 + (j + 1 < len(toks) and toks[j + 1].low in ("-", "–"))
    c = clause.cand_at[k] if k < len(toks) else None
    return right_arguments(clause, k, prep_only=False) if c is not None and c.i == k else []


def receiving_verb(state: State, clause: Clause, i: int) -> int:
    """Where the verb of receiving right before an event noun at ``i`` stands, past its
    adverbs ("X mendapat dukungan", "X justru menuai kecaman"); -1 when there is none."""
    toks = clause.toks
    k = past_words(toks, i, state.lex.cue("adverb"), ONLY)
    return k if k >= 1 and toks[k].low in RECEIVE else -1


def receiver(state: State, clause: Clause, i: int, quote: tuple[int, int] | None) -> list[Cand]:
    """The subject of a verb of receiving right before an event noun: who gets the
    support, aid or criticism ("X mendapat dukungan dari Y", "X menuai kecaman")."""
    k = receiving_verb(state, clause, i)
    return left_arguments(clause, k, quote) if k >= 0 else []


def received_by_subject(state: State, clause: Clause, k: int) -> bool:
    """Whether the verb of receiving at ``k`` has its subject right before it, past
    adverbs ("Polisi juga menuai kritik"): not a subject a speech verb or
    another clause stands between ("X mencabut BAP-nya dan mengaku mendapat ancaman")."""
    if k < 1:
        return False
    n = max(0, past_words(clause.toks, k, state.lex.before_verb, ONLY))
    c = clause.cand_at[n]
    return c is not None and c.j == n + 1 and c.kind != "pron"


GIVER_REACH = 3
"""Lowercase words that may stand between a received event noun and its "dari" ("ancaman
pembunuhan dari", "kritik keras dari")."""


def given_by(state: State, clause: Clause, i: int, j: int) -> list[Cand]:
    """Who gives a received event noun (trigger ``i`` to ``j``): the party after its "dari"
    ("X mendapat ancaman pembunuhan dari Y", "X menuai kritik dari Y": Y threatens or
    criticises X), as a row ending in "dari" gives it ("dukungan dari")."""
    toks = clause.toks
    if not received_by_subject(state, clause, receiving_verb(state, clause, i)):
        return []
    for k in range(j, min(len(toks) - 1, j + GIVER_REACH + 1)):
        if toks[k].low == "dari":
            c = clause.cand_at[k + 1]
            return right_arguments(clause, k + 1, prep_only=False) if c and c.i == k + 1 else []
        if clause.cand_at[k] is not None or not toks[k].text.islower() or predicate_like(toks[k]):
            return []
    return []


def lodged_with(clause: Clause, c: Cand, i: int, j: int) -> bool:
    """Whether a candidate inside the pattern's span (trigger ``i`` to end ``j``) follows a
    "ke", the pattern's own ("melaporkan ... ke Polres X") or one in its gap ("melaporkan
    Budi ke Polda Y atas dugaan ..."): the body the report or case is lodged with, which
    receives the complaint and is not the one accused (docs/annotation.md, 5)."""
    return i < c.i < j and clause.toks[c.i - 1].low == "ke"


def own_words(state: State, clause: Clause, c: Cand, entry: Entry, j: int) -> bool:
    """Whether a candidate is made of the pattern's own words, counted or not ("tersangka"
    in "menetapkan ... sebagai tersangka", "satu tersangka"): no party."""
    literal, counted = set(entry.words), state.lex.cue("quant")
    words = [t.low for t in clause.toks[c.i : c.j]]
    return (
        c.j <= j
        and c.kind != "pron"  # the "kami" of "kami amankan" is the speaker's side
        and any(w in literal for w in words)
        and all(w in literal or w in counted or w.isdigit() for w in words)
    )


def spelled_out(state: State, clause: Clause, c: Cand) -> bool:
    """Whether a counted group made of a pattern's own words is spelled out as names
    ("menetapkan tiga tersangka, yaitu A, B dan C"; "... empat orang tersangka. Mereka
    adalah ..."): the members are the parties (``resolve``)."""
    return bool(named_members(clause, c) or members_named_next(state, clause, c))


ABSTRACT_NOUN = re.compile(r"(?:pe|ke)[a-z]{3,}an")  # "kepemimpinan", "pemerintahan"
TITLE_RUN = 8  # tokens a post's capitalised words may take between its first word and a name
TITLE_RUN_PARTS = frozenset({"", "OFFICE", "ORG", "GPE", "LOC", "NORP"})


def run_to_name(clause: Clause, c: Cand) -> Cand | None:
    """The person a title run no gazetteer folded names: "Asisten Operasi Kapolri Inspektur
    Jenderal Unggung Cahyono", "Kakorlantas Polri Irjen Agus Suryonugroho". From an unknown
    capitalised word, only capitalised words, offices, bodies and places lead, with no
    break, to the person's name; else None."""
    toks, cand_at = clause.toks, clause.cand_at
    if c.kind != "cap" or ABSTRACT_NOUN.fullmatch(toks[c.i].low):
        return None  # "aksi 1 Tahun Kepemimpinan Presiden X": a term of office, no post
    if c.i > 0 and toks[c.i - 1].text[:1].isupper():
        return None  # "Kepala Keamanan Dalam Negeri ...": a run is read from its start
    k = c.j
    while k < len(toks) and k - c.j < TITLE_RUN:
        x = cand_at[k]
        if x is not None and x.i == k and x.kind == "mention" and x.label == "PER":
            return x if k > c.j else None
        if x is not None and not (x.kind in ("mention", "cap") and x.label in TITLE_RUN_PARTS):
            return None
        if x is None and not (toks[k].text[:1].isupper() and toks[k].text.isalpha()):
            return None
        k = x.j if x is not None else k + 1
    return None


def claim_owner(lex: Lexicon, clause: Clause, k: int, c: Cand) -> bool:
    """Whether an object of a denial verb is the party it answers: the author of the claim
    it denies ("membantah tudingan ICW", "menepis pernyataan Kapolda", an outlet's
    "laporan majalah Tempo") or a party it contradicts, named alone ("membantah Filipina
    soal ..."). Any other name in
    the object is part of what is denied ("membantah menerima uang dari X", "membantah
    kabar kecelakaan rombongan Presiden"), and the denial answers no one it names."""
    toks = clause.toks
    if c.i == k and (
        c.j == len(toks) or toks[c.j].low in OBJECT_OF or not toks[c.j].text.isalpha()
    ):
        return True  # "membantah Filipina soal tabrakan kapal": the party contradicted
    words = [t.low for t in toks[k : c.i]]
    while words and words[0] in lex.cue("claimquant"):
        words = words[1:]
    outlet = set(words[1:]) <= lex.cue("medium")  # "laporan majalah Tempo": the outlet's
    return (
        1 <= len(words) <= 3
        and outlet
        and (words[0] in lex.cue("accusation") or words[0] in lex.cue("reportnoun"))
    )


CONTENT_NOUN = re.compile(rf"{ABSTRACT_NOUN.pattern}|revisi")  # an act noun, or "revisi"


def content_noun(clause: Clause, k: int) -> bool:
    """Whether a request's object opens with what is asked for, an act noun: in
    "mengusulkan perubahan skema MBG" or "mendesak pencabutan hadiah Nobel" the names
    inside it are not who is asked (that one follows "kepada"). Actor nouns that look
    alike ("kepolisian", "pengadilan") are candidates, so they stay objects."""
    toks = clause.toks
    return (
        k < len(toks)
        and clause.cand_at[k] is None
        and toks[k].text.islower()
        and CONTENT_NOUN.fullmatch(toks[k].low) is not None
    )


OPERATIONS = EVENT_WORDS["operation"]
CONDUCT = EVENT_WORDS["conduct"]  # hold an act
UNDERGO = EVENT_WORDS["undergo"]  # befallen by the act after
LAW_BODIES = frozenset({"COP", "JUD"})  # PLOVER sectors of police, prosecutors and the KPK


def past_abbreviation(toks: list[Tok], j: int, reach: int = 3) -> int:
    """The token after an abbreviation in brackets at ``j`` ("operasi tangkap tangan (OTT)
    oleh KPK", "Joko Widodo (Jokowi) ke"), closed within ``reach`` tokens, else ``j``."""
    if j < len(toks) and toks[j].low == "(" and (end := closing_paren(toks, j, reach)) > j:
        return end + 1
    return j


def enforcer_after(clause: Clause, j: int) -> list[Cand]:
    """The named police or judicial body right after an arrest noun, which made the arrest:
    "OTT KPK terhadap X", "operasi tangkap tangan (OTT) Polda Sumut" (an abbreviation in
    brackets between them)."""
    j = past_abbreviation(clause.toks, j)
    c = clause.cand_at[j] if j < len(clause.toks) else None
    ok = c is not None and c.i == j and c.label == "ORG" and c.sector in LAW_BODIES
    return [c] if ok and c is not None else []


def patient_noun(word: str, entry: Entry) -> bool:
    """A pe-an noun of arrest, seizure, charge or barred entry names whom it befell right
    after it: "penangkapan pelaku", "penahanan Hasto", "pemeriksaan saksi", "pelarangan
    Gatot masuk" (the agent follows "oleh"), unlike "serangan Israel", whose genitive is
    the attacker; so does a legal summons, "pemanggilan X sebagai saksi". So does a pe-an
    noun of force, dismissal, expulsion or blocking whose agent the pattern puts after
    "oleh": "pemukulan Budi oleh Satpol PP", "pemecatan X oleh partai", "pemblokiran situs
    X oleh Kominfo". A pretrial petition is its petitioner's: "permohonan praperadilan X"
    names who petitions."""
    if "pretrial" in entry.args:
        return False
    if not (word.startswith("pe") and word.endswith("an")) and word not in OPERATIONS:
        return False  # "operasi tangkap tangan SDW": the sting befell SDW
    by_agent = entry.words[1:] == ("...", "oleh")
    return (
        entry.event == "ACCUSE"
        or (entry.event == "REQUEST" and "legal" in entry.contexts)
        or "entry" in entry.args
        or (entry.event == "COERCE" and bool({"arrest", "seize", "restrict"} & set(entry.modes)))
        or (by_agent and entry.event in ("ASSAULT", "SANCTION", "COERCE"))
    )


def adjunct_subject(
    clause: Clause, i: int, quote: tuple[int, int] | None, according: set[str]
) -> list[Cand]:
    """The clause's subject for a noun of talks in an adjunct: in "Ia buka suara soal
    pengungsi dalam perbincangan dengan Erdogan", "Ia" talked, not "pengungsi", the name
    nearest the noun. The subject opens the clause (after at most one connective). So
    does the one quoted after an ``according`` word when the talks follow the name
    straight ("Menurut X dalam rapat bersama Y, ...": X sat in the meeting)."""
    toks = clause.toks
    start = clause_start(clause, i, quote, commas=False)
    for k in range(start, min(i, start + 2)):
        c = clause.cand_at[k]
        if c is not None and c.i == k and usable_subject(c, toks):
            return [c]
        if c is None or c.i != k or k == 0 or toks[k - 1].low not in according:
            continue
        if c.j == i - 1 and toks[c.j].low in AT_TALKS and c.kind != "pron":
            return [c]  # "dalam keterangan tertulis, dalam pertemuan ...": not his talks
    return []


def owned_talk(word: str) -> bool:
    """A noun of talks owned by "-nya" ("pertemuannya", "pembicaraannya"): whose talks."""
    return word.startswith("pe") and word.endswith("annya")


def nominalised(word: str) -> bool:
    """A passive verb made a noun by "-nya" ("ditolaknya Gatot", "dicegahnya Zumi"): the
    name after it is its patient, not its agent."""
    return word.startswith("di") and word.endswith("nya") and len(word) > 7


def reported(
    state: State,
    event: str,
    parties: list[EntityRef],
    since: int | None = None,
    modes: tuple[str, ...] | None = None,
) -> bool:
    """Whether the article already coded an event of this type between these parties
    ("Xi" is "Xi Jinping": one name's words within the other's, or the same actor),
    optionally only from sentence ``since`` on and with the same ``modes``."""
    return any(
        kind == event
        and (since is None or index >= since)
        and (modes is None or seen_modes == modes)
        and len(seen) == len(parties)
        and all(any(same_party(p, s) for s in seen) for p in parties)
        for index, kind, seen_modes, seen in state.coded
    )


def same_party(a: EntityRef, b: EntityRef) -> bool:
    """One actor, or one name's words within the other's ("Xi" is "Xi Jinping")."""
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    x, y = set(a.entity_name.lower().split()), set(b.entity_name.lower().split())
    return bool(x and y) and (x <= y or y <= x)


def dated(state: State, clause: Clause) -> bool:
    """Whether the sentence has a time expression of its own."""
    sent = clause.sent
    return any(sent.start <= t.start < sent.end for t in state.article.times)


def victims(state: State, clause: Clause, i: int, quote: tuple[int, int] | None) -> list[Cand]:
    """Who an attack noun or a passive of harm hit: "X tewas dalam serangan udara Y",
    "X tewas setelah terkena peluru karet" -> X."""
    toks = clause.toks
    k = i - 1
    if k >= 1 and casualty_word(state, toks, k):  # "X terjaring operasi tangkap tangan KPK"
        return left_arguments(clause, k, quote)
    if k < 1 or not victim_link(state.lex, toks[k].low):
        return []
    return casualty_before(state, clause, k, quote)


def victim_link(lex: Lexicon, low: str) -> bool:
    """Whether a word links a casualty clause to the harm after it, by cause ("dalam",
    "akibat") or by time ("setelah", "tatkala")."""
    return low in lex.cue("victimlink") or low in lex.cue("whilelink")


def casualty_before(
    state: State, clause: Clause, k: int, quote: tuple[int, int] | None
) -> list[Cand]:
    """The subject of the casualty word within ``VICTIM_REACH`` words before the link at
    ``k``, within the clause: "X tewas dalam perjalanan ke rumah sakit setelah terkena
    peluru" -> X; nothing past a comma or a hard stop."""
    toks = clause.toks
    for m in range(k - 1, max(-1, k - VICTIM_REACH), -1):
        if casualty_word(state, toks, m):
            return left_arguments(clause, m, quote)
        if toks[m].low in HARD_STOP or toks[m].low == ",":
            break
    return []


def casualty_word(state: State, toks: list[Tok], m: int) -> bool:
    """Whether word ``m`` tells its subject was harmed: a ``victim`` verb ("tewas",
    "terluka"), or a ``wound`` noun right after a ``suffer`` verb ("mengalami luka"); a
    wound that is the object of another verb ("mengobati luka warga") is someone else's."""
    low = toks[m].low
    if low in state.lex.cue("victim"):
        return True
    return low in state.lex.cue("wound") and m >= 1 and toks[m - 1].low in state.lex.cue("suffer")


VICTIM_REACH = 9
SUBJECT_LEAD = 3  # words a subject may have before its name ("salah seorang", "helikopter")


def victims_before(
    state: State, clause: Clause, subject: int, quote: tuple[int, int] | None
) -> list[Cand]:
    """Who an active attack hit when its clause hangs on a casualty clause by a time link
    (``whilelink``): "X tewas ketika pasukan Y melepaskan tembakan" -> X, as for the attack
    noun of "X tewas dalam serangan Y" (``victims``); the subject (word ``subject``) opens
    the linked clause, at most ``SUBJECT_LEAD`` words after the link."""
    toks = clause.toks
    for k in range(subject - 1, max(0, subject - 1 - SUBJECT_LEAD), -1):
        if toks[k].low in state.lex.cue("whilelink"):
            break
        if toks[k].low in HARD_STOP or toks[k].low == "," or not toks[k].text.isalpha():
            return []
    else:
        return []
    return casualty_before(state, clause, k, quote)


BACKED_POLICIES = EVENT_WORDS["backed_policy"]


def backs_policy(clause: Clause, k: int, actor_refs: list[EntityRef], a: AbstractSet[str]) -> bool:
    """Whether a named person or a political actor backs a policy or step with no party
    named for it, "mendukung evaluasi tunjangan", "siap mendukung revisi aturan": SUPPORT
    with no recipient (docs/annotation.md 5). A step told before ("mendukung perubahan
    itu", "program tersebut") was put forward by someone the text names, who is the one
    backed, wherever the demonstrative closes the noun phrase ("evaluasi tunjangan DPR
    tersebut", "kebijakan ini"); a firm's or a product's "mendukung program" backs no one;
    a purpose phrase is left out later (events.aim_only)."""
    toks = clause.toks
    return (
        "policy" in a
        and k < len(toks)
        and clause.cand_at[k] is None
        and toks[k].text.islower()
        and toks[k].low.split("-")[0] in BACKED_POLICIES
        and not told_before(toks, k)
        and any(r.type == "person" or political(r) for r in actor_refs)
    )


POLICY_PHRASE_REACH = 8
"""How many words a backed policy's noun phrase is read over for its demonstrative."""


def told_before(toks: Sequence[Tok], k: int) -> bool:
    """Whether the noun phrase opening at ``k`` ends in a demonstrative ("evaluasi anggaran
    reses itu", "kebijakan ini"): a thing the text has told of before. The phrase runs over
    words up to a preposition, conjunction or other `NP_STOP` word or a punctuation mark."""
    m = k + 1
    while m < min(len(toks), k + POLICY_PHRASE_REACH) and toks[m].low not in NP_STOP:
        if not toks[m].low[:1].isalnum():
            return False
        m += 1
    if toks[m - 1].low in TIME_NOUNS:
        return False  # "revisi perda parkir tahun ini": this year, not the policy told of
    return m < len(toks) and toks[m].low in DEFINITE_REF


def political(ref: EntityRef) -> bool:
    """A state, an office holder, or a government, party, armed or judicial body."""
    return ref.type == "country" or bool(ref.office) or ref.sector in POLITICAL_SECTORS


STRENGTH = {"mention": 1.0, "office": 0.8, "titled": 0.8, "pron": 0.8, "pair": 0.8, "noun": 0.7,
            "carried": 0.55, "agentless": 0.5, "cap": 0.45, "cap0": 0.3}  # fmt: skip
"""How much an argument found this way is worth (the first actor's kind)."""


COMPANY_FORMS = EVENT_WORDS["company_form"]  # Indonesian company forms
INTERNATIONAL_BODIES = frozenset({"IGO", "UNO"})  # the gazetteer's codes of international bodies
DEALINGS = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT", "REQUEST", "AID"})
"""Cooperative types that, between firms only, are business dealings, not PLOVER events."""


def company(lex: Lexicon, ref: EntityRef) -> bool:
    """A business: of sector BUS, named with a company form ("PT Unilever Indonesia",
    "Bank Mandiri Tbk", "PT Pertamina (Persero)"), or an organisation of no political
    kind named as a firm without one ("Bank Mega Syariah", "United Airlines": the
    ``firmhead`` and ``firmtail`` rows of ``data/predicates.tsv``); never an international
    body, though the gazetteer gives the IMF or the WTO the sector BUS."""
    words = ref.entity_text.lower().replace("(", " ").replace(")", " ").replace(".", " ").split()
    if ref.country in INTERNATIONAL_BODIES and ref.actor_id is not None:
        return False  # the IMF or the WTO (not "perusahaan energi antarnegara ASEAN")
    if ref.sector == "BUS" or company_form(words):
        return True
    return (
        len(words) > 1
        and ref.type == "organization"
        and firm_word(lex, words)
        and not political(ref)
    )


def company_form(words: Sequence[str]) -> bool:
    """Whether a name's lower-cased words open or close on a company form ("pt", "tbk")."""
    return bool(words) and (words[0] in COMPANY_FORMS or words[-1] in COMPANY_FORMS)


def firm_word(lex: Lexicon, words: Sequence[str]) -> bool:
    """Whether a name's lower-cased words open on a firm's head word or close on its tail
    (the ``firmhead`` and ``firmtail`` rows: "bank ...", "... airlines")."""
    return bool(words) and (words[0] in lex.cue("firmhead") or words[-1] in lex.cue("firmtail"))


def business_deal(
    state: State, clause: Clause, event: str, actors: list[EntityRef], recipients: list[EntityRef]
) -> bool:
    """Whether a cooperative act is a business dealing, no PLOVER event: between firms
    ("PT X bekerja sama dengan PT Y", "Bank A membiayai PT B"), not a minister who was a
    businessman ("Menteri Perdagangan menyambangi PT X"); a firm's deal or gift with its
    public ("Bank X meneken kredit dengan para nasabah"), though its appeal to the public
    stays ("PT Jasa Marga mengimbau pengguna jalan ..."); or a firm's dealing with an
    organisation of unknown kind in a sentence that names no state body, nor a word of
    one (``statehint`` rows: "dinas", "kantor"): "X menyepakati kredit bagi PT Y"."""
    if event not in DEALINGS or len(actors) + len(recipients) < 2:
        return False

    def firm(ref: EntityRef) -> bool:
        return firm_side(state, clause, ref) and not political(ref)

    stateless = state.lex.state_bodies.isdisjoint(clause.words) and state.lex.cue(
        "statehint"
    ).isdisjoint(clause.words)

    def partner(ref: EntityRef) -> bool:
        return firm(ref) or (stateless and unknown_organisation(ref))

    return (
        any(map(firm, actors + recipients))
        and all(map(partner, actors))
        and all(partner(r) or (event != "REQUEST" and firm_public(r)) for r in recipients)
    )


def unknown_organisation(ref: EntityRef) -> bool:
    """An organisation the lexicons give no kind ("AJS", "SoftBank")."""
    return ref.type == "organization" and ref.sector is None


EXECUTIVE_REACH = 80  # characters before a name that may hold its corporate title


def firm_side(state: State, clause: Clause, ref: EntityRef) -> bool:
    """A party that acts for a business: a firm (``company``), or a person holding no
    public office whose capitalised title right before the name, in its own sentence,
    holds a firm's word (the ``firmtitle`` rows of ``data/predicates.tsv``: "CEO Apple,
    Tim Cook", "Direktur Operasional PT X, Hendra") and names no state body ("Direktur
    Jenderal Pajak, Kementerian Keuangan, X" acts for the state). A sentence that ends
    on a firm ("... kata Direktur PT X.") gives the name opening the next one no title."""
    if company(state.lex, ref):
        return True
    if ref.type != "person" or ref.start is None or political(ref):
        return False
    title: list[str] = []  # the capitalised words right before the name ("CEO Apple,")
    sent = clause.sent if ref.start >= clause.sent.start else state.article.sentence_at(ref.start)
    since = max(0, ref.start - EXECUTIVE_REACH, (sent or clause.sent).start)  # a party carried
    # from an earlier sentence takes its title from its own sentence
    for token in reversed(state.article.text[since : ref.start].split()):
        word = token.strip(",")
        if not word or not (word[0].isupper() or word in TITLE_JOINERS):
            break
        title.append(word.lower())
    words = set(title)
    return not words.isdisjoint(state.lex.cue("firmtitle")) and words.isdisjoint(
        state.lex.state_bodies
    )


TITLE_JOINERS = frozenset({"&", "and", "of"})  # "Executive Vice President Bisnis & SME"


FIRM_PUBLIC = frozenset({"CVL", "EDU"})
"""Sectors of the unnamed public a firm deals with: customers, residents, pupils."""


def firm_public(ref: EntityRef) -> bool:
    """A firm's public: a group of customers, residents or pupils named by no name of its
    own ("para nasabah", "masyarakat", "pelajar"). A firm's deal, pledge or gift to it
    is business; its appeal to it (a REQUEST) is coded, as the gold codes a toll
    operator's appeal to road users."""
    return ref.type == "group" and ref.actor_id is None and ref.sector in FIRM_PUBLIC


def linked(state: State, c: Cand) -> bool:
    """Whether an office mention was linked to the person holding it in the article."""
    m = c.mention
    head = state.by_cluster.get(m.cluster) if m is not None and m.cluster is not None else None
    return head is not None and head.label == "PER"


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


CONNECTIVES = frozenset({("setelah", "itu"), ("sesudah", "itu"), ("usai", "itu"),
                         ("seusai", "itu"), ("selepas", "itu"), ("kemudian",),
                         ("selanjutnya",), ("lalu",), ("setelahnya",), ("sebelumnya",),
                         ("selain", "itu"), ("di", "sana"), ("di", "tempat", "itu")})  # fmt: skip
"""Sentence openers that continue the previous sentence's actor ("Setelah itu, ...")."""


CARRIED = frozenset({"dan", "serta", "lalu", ",", "-", "–", "ia", "dia", "kini", "sekarang"})
"""Words that may open a clause whose subject the previous sentence carries."""


NOT_ONLY_WORDS = frozenset({"hanya", "sekadar", "cuma", "semata", "semata-mata"})
"""Words that, after a negation opening a sentence, make it "not only" ("Tak hanya ...")."""

MAIN_VERB_REACH = 8
"""Tokens after the comma of a "not only" opening in which the main clause's verb is sought."""


def not_only_subject(
    state: State, clause: Clause, i: int, start: int, quote: tuple[int, int] | None
) -> list[EntityRef] | None:
    """The subject of the main clause when the act at ``i`` is in a "not only" or
    "besides" clause opening the sentence ("Tak hanya menangkap X, polisi juga menyita
    ...", "Selain menangkap X, polisi ...": the police arrest X too); None when the act
    is in no such clause."""
    toks = clause.toks
    besides = i > start and toks[start].low == "selain"  # "Selain menangkap X, polisi ..."
    not_only = i > start + 1 and toks[start].low in state.lex.cue("neg")
    if not (besides or (not_only and toks[start + 1].low in NOT_ONLY_WORDS)):
        return None
    comma = next(
        (k for k in range(i + 1, len(toks)) if toks[k].low in HARD_STOP or toks[k].low == ","),
        None,
    )
    if comma is None or toks[comma].low != ",":
        return None
    verb = next(
        (
            k
            for k in range(comma + 2, min(len(toks), comma + 2 + MAIN_VERB_REACH))
            if clause.cand_at[k] is None and predicate_like(toks[k])
        ),
        None,
    )
    if verb is None or toks[verb].low in state.lex.cue("speech"):
        return []  # "Selain menewaskan X, ia menjelaskan, ...": the speaker did not kill
    subject = [c for c in left_arguments(clause, verb, quote) if c.i > comma]
    return resolve(state, clause, subject, quote) if subject else []


def carry_subject(
    state: State, clause: Clause, i: int, quote: tuple[int, int] | None
) -> list[EntityRef]:
    """The previous sentence's subject, when this clause starts with its verb; after a
    "not only" opening, the subject of the main clause that follows it."""
    start = clause_start(clause, i, quote, commas=True)
    lex = state.lex
    main = not_only_subject(state, clause, i, start, quote)
    if main is not None:
        return main
    if any(t.low not in lex.before_verb and t.low not in CARRIED for t in clause.toks[start:i]):
        return []
    if start > 0 and full_stop(clause, start - 1):
        # "Korban ditemukan malam tadi. Kini masih dimintai keterangan": inside a quote
        # kept whole, the subject opening the sentence before
        opening = clause.cand_at[clause_start(clause, start - 1, quote, commas=False)]
        if opening is None or not usable_subject(opening, clause.toks):
            return []
        return resolve(state, clause, [opening], quote)
    lead = tuple(t.low for t in clause.toks[: max(0, start - 1)])
    if start > 0 and not (clause.toks[start - 1].low == "," and lead in CONNECTIVES):
        return []  # "Setelah bertemu X, Y mengatakan ...": the main-clause subject
    return list(state.last_subject)  # "Setelah itu, menghadiri forum bisnis": the same one


def distinctive(state: State, word: str) -> bool:
    """Whether a first or last name alone names an offender: it is no given name many
    people share ("Muhammad", "Putri"), and every person of the article whose name starts
    or ends with it is an offender ("Ahmad" in a story of suspect Ahmad Fikri and of his
    victim Ahmad Sutisna names neither)."""
    if word in state.lex.cue("givenname"):
        return False
    if state.name_ends is None:
        state.name_ends = name_ends(state.article)
    return state.name_ends.get(word, set()) <= state.offenders


def name_ends(article: Article) -> dict[str, set[str]]:
    """The article's full names of people (lower-cased) by their first and last words."""
    ends: dict[str, set[str]] = {}
    for m in article.mentions:
        words = m.text.lower().split()
        if m.label == "PER" and len(words) > 1:
            ends.setdefault(words[0], set()).add(m.text.lower())
            ends.setdefault(words[-1], set()).add(m.text.lower())
    return ends


def offender_named(state: State, c: Cand) -> bool:
    """Whether a name the recogniser left out ("Miryam dijerat pasal ...", "Marianus dan
    Wilhelmus ditetapkan sebagai tersangka") is the first or last word of a suspect,
    defendant or convict the article names in full (``distinctive``)."""
    word = c.text.lower()
    if state.name_ends is None:
        state.name_ends = name_ends(state.article)
    return word in state.name_ends and distinctive(state, word)


def resolve(
    state: State,
    clause: Clause,
    cands: list[Cand],
    quote: tuple[int, int] | None,
    others_than: tuple[str, ...] = (),
) -> list[EntityRef]:
    """The entities candidates name; a pair ("keduanya") among ``others_than`` the
    event's actors ("saya siap menjadi jembatan di antara keduanya": two others)."""
    out: list[EntityRef] = []
    for c in cands:
        if c.kind == "pron" and others_than and c.text.lower() in PRONOUNS_PL:
            refs = [
                r
                for r in resolve_pronoun(state, clause, c, quote)
                if r.entity_name not in others_than
            ]
            out.extend(refs or group_addressed(state, clause, c, others_than))
        elif c.kind == "pron":
            out.extend(resolve_pronoun(state, clause, c, quote))
        elif c.kind == "pair":
            out.extend(resolve_pair(state, c, set(others_than), clause))
        elif c.kind == "noun" and "mediator" in c.text.lower() and state.mediators:
            out.extend(state.mediators)  # "para mediator": the mediators the article named
        elif c.kind == "met":
            out.extend(last_meeting(state))  # "pertemuan tersebut": who met
        elif quote is None and (teller := own_body_teller(state, clause, c)):
            out.extend(resolve(state, clause, teller, None))
        elif members := named_members(clause, c):
            out.extend(resolve(state, clause, members, quote))
        elif listed := members_named_next(state, clause, c):
            out.extend(listed)
        elif several := suspected_group(state, clause, c):
            out.extend(several)
        else:
            found = suspected(state, clause, c) or definite(state, clause, c)
            out.append(found or polity(state, c) or ref_of(state, c))
    return out


NAMING = frozenset({"yakni", "yaitu", "meliputi", "seperti", "berinisial"})  # "seperti": the
# examples a group is given by ("kadernya yang bermasalah, seperti A dan B") are the ones it
# acted on; "berinisial": the suspects' initials ("dua orang berinisial BP dan MRS")
GROUP_TAILS = frozenset({"yang", "dalam", "terkait", "sebagai"})  # "... yang diamankan",
# "... dalam perkara yang sama", "menetapkan dua orang sebagai tersangka berinisial ...":
# what may stand between a group and the names it is spelled out as
LIST_END = frozenset({"di", "ke", "dari", "selama", "dengan", "untuk", "pada", "dalam", "yang",
                      "atas", "terkait", "sebagai", "karena", "oleh"})  # fmt: skip
MEMBER_LABELS = {"person": ("PER",), "organization": ("ORG",), "country": ("GPE",)}


def named_members(clause: Clause, c: Cand) -> list[Cand]:
    """The names an unnamed group is spelled out as ("dua tersangka, yakni S dan DP";
    "tiga orang yang ditangkap yaitu AB, CD dan EF"; "menetapkan dua orang sebagai
    tersangka berinisial BP dan MRS"; "tiga partai lain, yaitu Gerindra,
    Demokrat, dan PAN"; "kader yang bermasalah, seperti A dan B"): the group's members, of
    its kind, up to the list's end."""
    if c.kind != "noun":
        return []
    toks = clause.toks
    k = c.j
    if k < len(toks) and toks[k].low in ("lain", "lainnya"):
        k += 1
    if k < len(toks) and toks[k].low in GROUP_TAILS:  # "... yang diamankan yakni ..."
        k = next((n for n in range(k + 1, min(len(toks), k + 8))
                  if toks[n].low in NAMING or toks[n].low in HARD_STOP), k)  # fmt: skip
    if k < len(toks) and toks[k].low in TOGETHER:
        k += 1
    if k < len(toks) and toks[k].low == ",":
        k += 1
    size = group_count(c)
    spelled = k < len(toks) and toks[k].low in NAMING
    if not spelled and not (size and k < len(toks) and toks[k - 1].low == ","):
        return []
    labels = MEMBER_LABELS.get(c.etype, ("PER", "ORG", "GPE"))
    coded = spelled and toks[k].low == "berinisial"  # "berinisial IZ, pemilik PT STJ":
    if coded:  # people's initials ("MU" too, whatever the recogniser took it for), not the
        labels = ("PER",)  # firms they own
    members: list[Cand] = []
    examples = spelled and toks[k].low == "seperti"  # "such as": only a list of names alone
    k += spelled
    first = k
    while k < len(toks) and k - c.j < 40:
        low = toks[k].low
        if low == "(":  # "AG (45)": an age or an initialism in brackets
            k = closing_paren(toks, k, reach=5) + 1
            continue
        if low == "bernama":  # "Dirut PT Pertani bernama Wahyu": the name, not the post
            k += 1
            continue
        if low in HARD_STOP or low in LIST_END or active_verb(toks[k]):
            break
        m = clause.cand_at[k]
        if m is not None and m.i == k:
            initials = (m.kind == "cap" or coded) and m.text.isupper() and "PER" in labels
            initials = initials and " " not in m.text  # "S dan DP"
            if (m.kind == "mention" and m.label in labels) or initials:
                members.append(m)
            elif not spelled and m.kind == "cap":  # a bare list of names the recogniser
                members.append(joined_name(clause, m))  # missed ("Musim Mas Group")
            elif examples:
                return []  # "elemen masyarakat seperti Satgas RW, LSM, tokoh agama": a mix
            k = members[-1].j if members and members[-1].i == k else m.j
            continue
        if examples and low not in LIST_JOINS:  # past "A dan B" the list is over; before
            if any(t.low in ("dan", "serta") for t in toks[first:k]):  # it, a word that is
                break  # no name makes the examples a mix of names and nouns
            return []
        k += 1
    if not spelled and len(members) != size:
        return []  # "3 perusahaan sekaligus, A, B, dan C": a bare list, as many as counted
    return members


def joined_name(clause: Clause, c: Cand) -> Cand:
    """A capitalised span and the mention right after it as one name ("Permata" + "Hijau
    Group"): the recogniser cut one name in two."""
    nxt = clause.cand_at[c.j] if c.j < len(clause.toks) else None
    if nxt is None or nxt.i != c.j or nxt.kind != "mention":
        return c
    return replace(c, j=nxt.j, end=nxt.end, text=f"{c.text} {nxt.text}", etype=nxt.etype)


TOGETHER = frozenset({"sekaligus"})  # "disita dari 3 perusahaan sekaligus, A, B"
NAMED_NEXT = re.compile(
    rf"\b(?:mereka|ke({NUMBER_WORDS})(?:nya|\s+\w+(?:\s+(?:itu|tersebut))?"
    r"(?:\s+yang\s+\w+)?)?)\s*,?\s*(?:yaitu|yakni|adalah|ialah|antara\s+lain)\b",
    re.IGNORECASE,
)  # "Mereka adalah", "Ketiga pelaku yang ditangkap yakni", "Keempat, yakni"


def group_count(c: Cand) -> int:
    """How many a counted group says it holds ("3 perusahaan", "empat orang"), else 0."""
    first = c.text.split()[0].lower() if c.kind == "noun" else ""
    if first.isdigit():
        return int(first) if 2 <= int(first) <= 10 else 0
    return NUMBERS.get(first, 0)


def members_named_next(state: State, clause: Clause, c: Cand) -> list[EntityRef]:
    """The members of a counted group the next sentence spells out ("KPK mencegah empat
    orang ... Mereka yaitu A, B, C dan D"; "menangkap tiga orang ... ketiga tersangka itu
    adalah Al, KR dan SD"): as many names of the group's kind as it counted, else []."""
    size = group_count(c)
    if not size:
        return []
    nxt = next_sentence(state, clause)
    if nxt is None:
        return []
    hit = NAMED_NEXT.search(state.article.text, nxt.start, nxt.end)
    if hit is None or (hit.group(1) and NUMBERS[hit.group(1).lower()] != size):
        return []  # "ketiga tersangka itu adalah ..." spells out three, not four
    # "empat orang": people, not the firms their posts name
    labels = ("PER",) if c.etype == "group" else MEMBER_LABELS.get(c.etype, ("PER", "ORG"))
    text = state.article.text
    found: dict[str, EntityRef] = {}
    covered = []

    def item(start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is one item of the list: it ends one ("...,
        dan HPS.") or opens one, before what the item says of it ("II selaku Komisaris
        PT IAE, DP selaku ...", "AG (45) warga Kaliwates, SP (68) ...")."""
        opens = not text[hit.end() : start].strip() or LIST_ITEM_START.search(
            text, hit.end(), start
        )
        return bool(opens or LIST_ITEM_END.match(text, end, nxt.end))

    for m in state.article.mentions:
        if hit.end() <= m.start < nxt.end:
            if not AGED_INITIALS.match(text, m.start):  # "AF (31)", taken for a firm: a
                covered.append((m.start, m.end))  # suspect, known by initials and age
            if m.label in labels and item(m.start, m.end):
                ref = mention_ref(state, m)  # not "Direktur DNR Logistics tahun ...": a
                found.setdefault(ref.entity_name, ref)  # post's body inside an item
    if "PER" in labels:  # "ketiga tersangka itu adalah AR, MS dan TW": bare initials
        for ini in INITIALS.finditer(text, hit.end(), nxt.end):
            start, end = ini.span()
            inside = any(a <= start < b for a, b in covered) or text[start - 1] == "("
            if not inside and item(start, end):
                found.setdefault(ini.group(), listed_person(ini.group(), start, end))
        for named in NAME_INITIALISM.finditer(text, hit.end(), nxt.end):  # "Satori (ST)":
            start, end = named.span(1)  # a name the recogniser missed, with its initialism
            inside = any(a <= start < b for a, b in covered)
            if not inside and named[2][0] == named[1][0] and item(start, end):
                found.setdefault(named[1], listed_person(named[1], start, end))
    return list(found.values()) if len(found) == size else []


def listed_person(name: str, start: int, end: int) -> EntityRef:
    """A person a list names with no mention of the recogniser behind it."""
    return EntityRef(None, name, name, "person", None, None, None, start, end)


LIST_ITEM_END = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*[,.;]|\s+(?:dan|serta)\b|\s*$)")
"""What may follow a name that is one item of a list: its initialism, then the list goes
on or ends."""
INITIALS = re.compile(r"(?<![\w(])[A-Z][A-Za-z]?[A-Z]{0,3}(?![\w])")
AGED_INITIALS = re.compile(r"[A-Z]{1,5} \(\d{1,2}\)")
"""A suspect's initials and age ("AF (31)")."""
NAME_INITIALISM = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,3}) \(([A-Z]{2,5})\)")
"""A name and its initialism in brackets ("Satori (ST)")."""
LIST_ITEM_START = re.compile(r"(?:[,;]|\b(?:dan|serta))\s*\Z")
"""What may come right before a name that opens one item of a list: the list's start, a
comma or "dan"."""


GROUP_WORDS = MODALITY_WORDS["groupquantifier"]
"""Quantifiers before a group noun ("para pelaku penipuan X")."""
PERPETRATOR_NOUNS = MODALITY_WORDS["perpetrator"]
"""Suspect nouns that are never a title before the suspect's own name: "pelaku pembunuhan
X" is who killed X, while "tersangka pembunuhan X" is mostly X the suspect."""
SUSPECT_NOUNS = PERPETRATOR_NOUNS | MODALITY_WORDS["suspect"]
"""Nouns of a person suspected of a crime, bare or named by the act ("pelaku pembunuhan")."""


def crime_perpetrator(clause: Clause, c: Cand) -> Cand | None:
    """The "pelaku + act noun" right before the name ``c`` ("Pelaku penganiayaan Siti
    ditangkap"): the name is the crime's victim, the doer named by his act is the party
    (annotation guideline: a perpetrator still hunted is the recipient). ``fold_titles``
    keeps such a noun apart from the name after it only when it ends in an act noun."""
    before = clause.cand_at[c.i - 1] if c.i > 0 and c.kind != "noun" else None
    if before is None or before.kind != "noun" or before.j != c.i:
        return None
    words = before.text.lower().split()
    words = words[1:] if words[:1] and words[0] in GROUP_WORDS else words  # "para pelaku ..."
    return before if len(words) > 1 and words[0] in PERPETRATOR_NOUNS else None


def suspected(state: State, clause: Clause, c: Cand) -> EntityRef | None:
    """A bare "pelaku"/"tersangka" ("tersebut") in a crime story is the one person the
    article last arrested, charged or showed attacking ("AKP Dadang diamankan ... Pelaku
    sudah kami amankan"), as an agentless passive's agent is the case's authority; so is
    one named by the act ("pelaku pembunuhan", then perhaps its victim's name), and so is
    the case's own "tersangkanya"/"pelakunya"."""
    if c.kind != "noun" or state.suspect is None:
        return None
    head, *acts = c.text.lower().split()
    if not acts and head.removesuffix("nya") in SUSPECT_NOUNS:
        head = head.removesuffix("nya")  # "tersangkanya", "pelakunya": the case's suspect
    if head not in SUSPECT_NOUNS or not set(acts) <= state.lex.act_nouns:
        return None
    toks = clause.toks
    before = toks[c.i - 1].low if c.i > 0 else ""
    if before in SUSPECT_ROLE or COUNTED.fullmatch(before):
        return None  # "ditetapkan (sebagai) tersangka": a status; "kedua pelaku": several
    named = c.j < len(toks) and clause.cand_at[c.j] is not None and not acts
    if named or (c.j < len(toks) and toks[c.j].low == "yang"):
        return None  # "pelaku yang ...", "tersangka Plt Kadis PUTR": someone it goes on to name
    return state.suspect


def suspected_group(state: State, clause: Clause, c: Cand) -> list[EntityRef]:
    """ "Para pelaku", "ketiga tersangka itu", "kedua pelaku" in a crime story are the
    several named people the article last arrested, charged or showed attacking together
    ("Polisi menangkap AG, SP dan AH. ... Ketiga tersangka itu mengaku ..."), when the
    count, if any, is theirs; [] for a status ("menetapkan tiga orang sebagai tersangka"),
    for others ("pelaku lain") or for a group the clause goes on to name."""
    if c.kind != "noun" or len(state.suspects) < 2:
        return []
    toks = clause.toks
    words = c.text.lower().split()
    start = c.i
    if len(words) > 1 and (words[0] == "para" or words[0] in NUMBERS or words[0].isdigit()):
        count = words.pop(0)
    elif c.i > 0 and (toks[c.i - 1].low == "para" or COLLECTIVE.fullmatch(toks[c.i - 1].low)):
        count, start = toks[c.i - 1].low, c.i - 1
    else:
        return []
    head, *acts = words
    if head not in SUSPECT_NOUNS or not set(acts) <= state.lex.act_nouns:
        return []
    said = int(count) if count.isdigit() else NUMBERS.get(count.removeprefix("ke"), 0)
    if count != "para" and said != len(state.suspects):
        return []  # "dua tersangka" of three named: some other two
    if start > 0 and toks[start - 1].low in SUSPECT_ROLE:
        return []  # "menetapkan tiga tersangka": a status given, maybe to others
    after = toks[c.j].low if c.j < len(toks) else ""
    if after in ("lain", "lainnya", "yang") or (after and clause.cand_at[c.j] is not None):
        return []
    return list(state.suspects)


SUSPECT_ROLE = EVENT_WORDS["suspect_role"]
COUNTED = re.compile(
    rf"\d+|(?:ke)?(?:{NUMBER_WORDS})|orang|sejumlah|beberapa|semua|seluruh|belasan|puluhan"
    r"|ratusan"
)


def definite(state: State, clause: Clause, c: Cand) -> EntityRef | None:
    """A bare actor noun with "itu"/"tersebut" is the last one the article introduced
    with the same noun ("seorang driver taksi ... driver itu"), else the most recent named
    entity of its type ("gerakan itu", "negara tersebut")."""
    toks = clause.toks
    if c.kind == "mention" and c.label == "OFFICE" and c.j < len(toks):
        return office_holder(state, clause, c) if toks[c.j].low in DEFINITE else None
    if (
        c.kind == "mention"
        and c.label == "ORG"
        and c.j < len(toks)
        and toks[c.j].low in DEFINITE
        and c.i > 0
        and toks[c.i - 1].low in MEMBER_NOUNS
    ):  # "Politikus PDI Perjuangan itu": the party's person the article just spoke of
        return next(iter(last_person(state)), None)
    if (described := post_epithet(state, clause, c)) is not None:
        return described
    if c.kind != "noun" or c.label or c.j - c.i > 2 or c.j >= len(toks):
        return None
    if toks[c.j].low not in DEFINITE:
        return None
    head = toks[c.i].low
    vehicle = toks[c.i + 1].low if c.j - c.i == 2 and toks[c.i + 1].low in VEHICLES else None
    for ref in reversed(state.recent):  # "seorang driver taksi ... driver itu": the same one
        words = (ref.entity_text or "").lower().split()
        if words and words[0] == head and ref.start != c.start:
            if vehicle and other_vehicle(state.article.text, ref, vehicle):
                continue  # "pengemudi motor berinisial TS ... pengemudi truk tersebut"
            return ref
    if c.etype not in ("organization", "country", "person"):
        return None
    for ref in reversed(state.recent):
        first = ref.entity_name.split()[0].lower() if ref.entity_name else ""
        if ref.type == c.etype and first not in state.lex.actor_first:
            return ref  # a named entity, not another common noun
    return None


VEHICLES = description_words_of("vehicle")


def other_vehicle(text: str, ref: EntityRef, vehicle: str) -> bool:
    """Whether a driver the article spoke of drove another vehicle than ``vehicle``: the
    word after the role noun ("pengemudi motor"), in the party's words or the text right
    after them. Two drivers of a crash are told apart by what they drove."""
    words = (ref.entity_text or "").lower().split()[1:2]
    if not words and ref.end is not None:
        words = re.findall(r"[\w-]+", text[ref.end : ref.end + 20].lower())[:1]
    return bool(words) and words[0] in VEHICLES and words[0] != vehicle


POST_REACH = 6  # words from a post noun to the name it is described by ("Waka Komisi Hukum DPR")
TAIL_REACH = 3  # words from that name to "itu": "duta besar RI di Belanda itu"
EPITHET_REACH = 4  # sentences back the person a description refers to was named


def post_epithet(state: State, clause: Clause, c: Cand) -> EntityRef | None:
    """A post described by the body, country or trade it is held in and referred back
    with "itu"/"tersebut" ("Waka Komisi Hukum DPR itu", "Eks duta besar RI di Belanda
    itu", "Mantan penyiar radio tersebut") is the person the article just spoke of, not
    the body: the latest person, named in the last ``EPITHET_REACH`` sentences and of
    no other country than one the description names."""
    if c.kind not in ("mention", "cap", "cap0") or c.label == "PER":
        return None
    toks = clause.toks
    end = description_end(clause, c.j)
    if end is None:
        return None
    posts = state.lex.cue("postnoun") | FORMER
    start = None
    for k in range(c.i, max(-1, c.i - POST_REACH - 1), -1):
        if k < c.i and not descriptive(toks[k]):
            break
        if toks[k].low in posts:
            start = k
    if start is None:
        return None
    person = next(iter(last_person(state)), None)
    if person is None or person.start is None or not recently_named(state, clause, person):
        return None
    countries = {
        x.country for x in clause.cands if start <= x.i and x.j <= end and x.label == "GPE"
    }  # fmt: skip
    if countries and person.country is not None and person.country not in countries:
        return None  # "Presiden Rusia itu" after an Indonesian: someone else
    return person


def description_end(clause: Clause, k: int) -> int | None:
    """The "itu"/"tersebut" closing a description whose body ends at ``k``, or None: at
    most ``TAIL_REACH`` descriptive words may stand between, and any number of places and
    bracketed asides, which are not counted (the short form in "Baznas Jawa Barat (Jabar)
    itu", but an age "(45)" or a date in brackets as well)."""
    toks, words = clause.toks, 0
    while k < len(toks) and toks[k].low not in DEFINITE:
        place = clause.cand_at[k]
        if toks[k].low == "(" and (after := past_bracket(toks, k)) != k:
            k = after
        elif place is not None and place.i == k and place.label in PLACE_LABELS:
            k = place.j
        elif descriptive(toks[k]) and words < TAIL_REACH:
            k, words = k + 1, words + 1
        else:
            return None
    return k if k < len(toks) else None


def descriptive(tok: Tok) -> bool:
    """Whether a word may stand inside a description of a person: a name, a noun or a
    preposition of place; not a verb ("menyebut", "berharap") or a punctuation mark."""
    if not tok.text[:1].isalnum():
        return False
    if tok.text[:1].isupper() or tok.low in ("di", "dari", "asal"):
        return True
    return not tok.low.startswith(VERB_PREFIXES)


def recently_named(state: State, clause: Clause, ref: EntityRef) -> bool:
    """Whether ``ref`` was named in the ``EPITHET_REACH`` sentences before the clause."""
    starts = [s.start for s in state.article.sentences]
    here = bisect_right(starts, clause.toks[0].start) if clause.toks else 0
    there = bisect_right(starts, ref.start or 0)
    return here - there <= EPITHET_REACH


def office_holder(state: State, clause: Clause, c: Cand) -> EntityRef | None:
    """ "Presiden Rusia itu": the person of that country and office the article named
    last, when the actors stage linked the office to nobody; "Mantan Sekretaris Kabinet
    itu": a former office describes the person the article just spoke of."""
    if linked(state, c):
        return None
    m = c.mention
    office = m.office if m is not None else None
    for ref in reversed(state.recent):
        if ref.type != "person" or ref.start == c.start:
            continue
        if c.country is not None and ref.country == c.country and ref.office in (None, office):
            return ref
    if c.i > 0 and clause.toks[c.i - 1].low in FORMER:
        return next(iter(last_person(state)), None)
    return None


MEMBER_NOUNS = EVENT_WORDS["member_noun"]


def polity(state: State, c: Cand) -> EntityRef | None:
    """An unlinked office of many holders ("Diplomat Iran", "pejabat Rusia") stands for
    the state or organisation it names."""
    if c.kind != "mention" or c.label != "OFFICE" or linked(state, c):
        return None
    if state.article.text[c.start : c.end].split()[0].lower() not in GENERIC_OFFICES:
        return None
    inner = [
        m for m in state.article.mentions
        if c.start <= m.start and m.end <= c.end and m.label in ("GPE", "ORG")
    ]  # fmt: skip
    if not inner:
        return None
    return mention_ref(state, inner[-1])


BEFALLING_PEOPLE = frozenset({"COERCE", "SANCTION"})
"""Acts that befall a body's people one by one (an arrest, a sentence), not the body; an
attack on "seorang anggota TNI" is one on the army, as PLOVER codes it."""
COUNT_REACH = 2  # lowercase words between a counting word and the body's name
COUNT_ONE = MODALITY_WORDS["countone"]  # "seorang": one person
BODY_OWN_PEOPLE = MODALITY_WORDS["bodypeople"]  # "anggota", "pegawai", "oknum": the body's own
BODY_PEOPLE = BODY_OWN_PEOPLE | MODALITY_WORDS["formerpeople"]  # and "mantan", "eks"
NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")  # "3", "120", "1.200"


def counted_members(state: State, clause: Clause, c: Cand) -> Cand | None:
    """The counted people of a body or country an act befalls: "seorang pegawai Pemkot
    Bekasi ditangkap", "dua oknum personel Polres X terjaring OTT", "menangkap enam anggota
    Komite X" hold those people, not the city government, the police station or the
    committee. A count ("seorang", "dua", "para", "1.200") before one or two words for
    people (``bodypeople`` rows, actor nouns of persons or groups) and the name, the count
    and the words before it or folded into the name's span; None otherwise: for a name
    alone ("dua KPK") and for the body's things ("tiga kapal X", "dua rekening PT Y")."""
    body = c.kind == "mention" and c.label in ("ORG", "GPE", "NORP")
    if not (body or (c.kind == "cap" and c.etype == "organization")):
        return None  # "Kedutaan Besar X": a body no model named; not "pemuda Andi"
    toks, counting = clause.toks, state.lex.cue("quant") | COUNT_ONE
    folded = c.i + 1 < c.j and a_count(counting, toks[c.i])  # "dua personel Polres X" as one
    head = c.i + 1 if folded else c.i  # span: the count folded into the name's span as well
    name = head
    while name < c.j and toks[name].text.islower():
        name += 1  # "personel Polres X": the noun folded in
    if name == c.j:
        return None
    count_at = c.i
    if not folded:
        k = c.i
        while (
            k > 0
            and name - k < COUNT_REACH
            and clause.cand_at[k - 1] is None
            and toks[k - 1].text.isalpha()
            and toks[k - 1].text.islower()
            and toks[k - 1].low not in counting | GOVERNING
        ):  # not "tarif 25 persen kepada Kanada"
            k -= 1
        count_at = k - 1
        if count_at < 0 or not a_count(counting, toks[count_at]):
            return None
    words = [t.low for t in toks[count_at + 1 : name]]
    if not words or not all(people_word(state.lex, w) for w in words):
        return None  # "dua kendaraan operasional PT X", "tiga kapal ikan Y": the body's things
    start = toks[count_at].start
    return replace(
        c,
        i=count_at,
        start=start,
        text=state.article.text[start : c.end],
        kind="noun",
        mention=None,
        sector=ref_of(state, c).sector,  # "dua anggota DPR": legislators
        etype="person" if toks[count_at].low in COUNT_ONE else "group",
        title=None,
        owner=c.mention,  # the body stays in view: no agent of its own people's arrest
    )


def a_count(counting: AbstractSet[str], tok: Tok) -> bool:
    """Whether a token counts people: a quantifier or number word, or a number."""
    return tok.low in counting or NUMBER.fullmatch(tok.text) is not None


def people_word(lex: Lexicon, word: str) -> bool:
    """Whether a word between a count and a body's name speaks of the body's people: a
    ``bodypeople`` word ("anggota", "oknum") or an actor noun of persons or groups
    ("personel", "petugas"), not of a thing ("kapal", "rekening", "gudang")."""
    return word in BODY_PEOPLE or lex.actors.get((word,), ("", ""))[1] in ("person", "group")


def ref_of(state: State, c: Cand) -> EntityRef:
    """The entity a candidate names: its mention's cluster, else its own words."""
    m = c.mention
    if m is not None:
        head = state.by_cluster.get(m.cluster) if m.cluster is not None else None
        name = m.name or (head.name or head.text if head is not None else None)
        if name is None:  # an office nobody was linked to: the whole phrase names it
            name = c.text if m.label == "OFFICE" else m.text
        return EntityRef(
            actor_id=m.actor_id or (head.actor_id if head is not None else None),
            entity_text=m.text,
            entity_name=name,
            type=TYPE_OF_LABEL.get(  # a pronoun is what its antecedent is
                head.label if m.label == "PRON" and head is not None else m.label, "unknown"
            ),
            country=m.country or (head.country if head is not None else None) or c.country,
            sector=(c.title.sector if c.title is not None else None)  # "Kapolri Jenderal X": COP
            or m.sector
            or (head.sector if head is not None else None)
            or c.sector,
            office=m.office
            or (head.office if head is not None else None)
            or (c.title.office if c.title is not None else None),
            start=m.start,
            end=m.end,
        )
    if (polity_named := state_noun(state, c)) is not None:
        return polity_named
    if (police := own_police(state, c)) is not None:
        return police
    etype, country = c.etype, c.country
    if c.kind in ("cap", "cap0") and c.title is None:
        if c.text not in state.cap_countries:
            state.cap_countries[c.text] = state.ctx.lexicons.country_of(c.text)
        code = state.cap_countries[c.text]
        if code:
            etype, country = "country", code
    office = c.title.office if c.title is not None else None
    return EntityRef(None, c.text, c.text, etype, country, c.sector, office, c.start, c.end)


def own_police(state: State, c: Cand) -> EntityRef | None:
    """A bare noun for the police as a body ("polisi", "pihak kepolisian", "aparat
    kepolisian": a ``policebody`` row of predicates.tsv, "pihak" left out) stands for the
    one police command the article names, with its region ("Polres Ciamis"): the story's
    own police, as annotators cluster them. With
    two commands, or the national police (Polri, Bareskrim) also named, or a foreign
    place in its sentence ("polisi di Malaysia"), it stays what it says."""
    if c.kind != "noun" or c.mention is not None:
        return None
    words = [w for w in c.text.lower().split() if w != "pihak"]
    if tuple(words) not in state.lex.phrases.get("policebody", ()):
        return None
    unit_ref = state.police_force
    if unit_ref is None or foreign_place_near(state, c):  # the sentence scan only with one
        return None
    return replace(  # its words stay: annotators cluster a bare "polisi" with the command or
        # apart from it ("Polisi", "Kepolisian")
        unit_ref,
        entity_text=c.text,
        entity_name=c.text,
        start=c.start,
        end=c.end,
    )


def foreign_place_near(state: State, c: Cand) -> bool:
    """Whether the sentence of ``c`` sets something in a place outside Indonesia ("di
    Arab Saudi", "di Johor"); a foreigner's country ("warga Nigeria") is no setting."""
    text = state.article.text
    sent = state.article.sentence_at(c.start)
    return sent is not None and any(
        m.label in PLACE_LABELS
        and m.country not in (None, HOME)
        and text[max(0, m.start - 3) : m.start].lower() == "di "
        for m in state.article.mentions
        if sent.start <= m.start < sent.end
    )


def own_police_force(state: State) -> EntityRef | None:
    """The entity of the one police command the article names (``one_police_command``),
    that a bare "polisi" stands for (``own_police``); None with none or several."""
    unit = one_police_command(state.article)
    return mention_ref(state, unit) if unit is not None else None


def one_police_command(article: Article) -> Mention | None:
    """The article's one police body that may be a party, if it is a regional command
    ("Polda Metro Jaya", "Polres Ciamis"), else None. The national police (``nationalpolice``
    in modality_words.tsv) beside it is the whole it is part of, no second command: a
    driver's apology to "institusi Polri" leaves the arrest his Polres's."""
    police = police_parties(article)
    regional = [m for m in police if is_regional_command(m)]
    others = [m for m in police if not is_regional_command(m)]
    if len({m.actor_id for m in regional}) != 1 or not all(
        written_national(m) and not acts_in_story(article, m) for m in others
    ):
        return None
    return regional[0]


def acts_in_story(article: Article, m: Mention) -> bool:
    """Whether a body acts as a party where it is named: the subject of an active verb
    after it, past `actadverb` words ("Polri memecat ...", "Polri juga menangkap ..."),
    or the doer after "oleh". The national police acting so is a second police party, no
    umbrella of the regional command, so a bare "polisi" is neither's; not the last word
    of a unit's name the gazetteer leaves out ("Divisi Humas Polri membenarkan ...").
    Read in the event stage's words (``event_clause.TOKEN``) of the mention's sentence."""
    text = article.text
    sent = article.sentence_at(m.start)
    start, end = (sent.start, sent.end) if sent is not None else (0, len(text))
    before = TOKEN.findall(text, start, m.start)
    if before and before[-1][:1].isupper():
        return False
    if before and before[-1].casefold() == "oleh":
        return True
    after = (
        Tok(w.start(), w.end(), w.group(), w.group().lower())
        for w in TOKEN.finditer(text, m.end, end)
    )
    past_adverbs = next((tok for tok in after if tok.text not in ACT_ADVERBS), None)
    return past_adverbs is not None and active_verb(past_adverbs)


ACT_ADVERBS = MODALITY_WORDS["actadverb"]


def police_parties(article: Article) -> list[Mention]:
    """The article's mentions of police bodies that may be parties (``names_party``). A
    command named only in its chief's title (``CHIEF_TITLE_COMMAND``) counts only where no
    regional command is written out: "Kapolda Lampung" presenting what "Polres Lampung
    Timur" did leaves the arrest the Polres's."""
    police = [
        m for m in article.mentions
        if m.label == "ORG" and m.sector == "COP" and m.actor_id and names_party(article.text, m)
    ]  # fmt: skip
    written = [m for m in police if m.source != CHIEF_TITLE_COMMAND]
    return written if any(map(is_regional_command, written)) else police


def is_regional_command(m: Mention) -> bool:
    """A police body whose name starts with a regional unit ("Polres Ciamis")."""
    name = (m.name or m.text).casefold()
    return any(name.startswith(unit + " ") for unit in POLICE_UNITS)


def written_national(m: Mention) -> bool:
    """A mention written as the national police as a whole ("Polri"), not as its
    headquarters or a national unit named as one ("Mabes Polri", "Bareskrim"), which act
    on their own. A unit whose own name the gazetteer leaves out is mentioned as "Polri"
    alone ("Divisi Humas Polri", "Korlantas Polri") and so reads as the whole too."""
    written = m.text.casefold()
    return tuple(written.split()) in NATIONAL_POLICE or written in NATIONAL_POLICE_SHORT


def names_party(text: str, m: Mention) -> bool:
    """Whether a name may be a party where it stands: not a feature of a thing ("mobil
    berpelat dinas Polri") nor what someone is not ("bukan anggota Polri"), as
    ``attribute_name`` reads a clause's candidates."""
    words = [w.strip(",.\"'()").lower() for w in text[max(0, m.start - 60) : m.start].split()]
    k = len(words) - 1
    while k >= 0 and words[k] in ATTRIBUTE_FILLERS:
        k -= 1
    if k >= 0 and words[k] in ATTRIBUTE_VERBS:
        return False
    k = len(words) - 1
    while k >= 0 and words[k] in BODY_PEOPLE:
        k -= 1
    return not (k >= 0 and words[k] in NOT_IDENTITY)


def state_noun(state: State, c: Cand) -> EntityRef | None:
    """ "Pemerintah Jepang", "otoritas Amerika Serikat", "aparat Israel": a noun for a
    government or its authorities (``state`` in predicates.tsv) with a country after it
    is that state, as the country's name alone would be, so reports that name it either
    way share the party ("otoritas BEI" is the body itself); "pemerintah Aceh", "otoritas
    setempat" stay what they say."""
    if c.kind != "noun" or c.label not in ("GPE", "ORG"):
        return None
    m = next(
        (m for m in state.article.mentions
         if c.start < m.start and m.end == c.end and m.label == c.label),
        None,
    )  # fmt: skip
    if m is None:
        return None
    quant = state.lex.cue("quant")
    head = tuple(w for w in state.article.text[c.start : m.start].lower().split() if w not in quant)
    if head not in state.lex.state_nouns:
        return None
    if m.label == "GPE" and not state.ctx.lexicons.country_of(m.text):
        return None
    return mention_ref(state, m)


def mention_ref(state: State, m: Mention) -> EntityRef:
    """The entity a mention names, as a candidate of its own would (``ref_of``)."""
    c = Cand(0, 0, m.start, m.end, m.text, "mention", m.label, m, m.sector,
             TYPE_OF_LABEL.get(m.label, "unknown"), m.country)  # fmt: skip
    return ref_of(state, c)


PRESS_SECTORS = frozenset({"MED", "JRN"})
WEB_NAME = re.compile(r"\.(?:com|co\.id|id|net)$", re.IGNORECASE)


def press(ref: EntityRef) -> bool:
    """A news outlet or journalist: it reports, interviews and receives statements
    ("keterangan yang diterima CNNIndonesia.com"), it is no party to the events."""
    return ref.sector in PRESS_SECTORS or bool(WEB_NAME.search(ref.entity_name))


def description_of_person(c: Cand) -> bool:
    """Whether a pronoun candidate is a description referring back to a person
    ("Politikus PKB ini", ``kabar.nlp.described_people``)."""
    return c.mention is not None and c.mention.source == DESCRIPTION_RULE


def resolve_pronoun(
    state: State, clause: Clause, c: Cand, quote: tuple[int, int] | None
) -> list[EntityRef]:
    """Whom a pronoun stands for (``pronoun_refs``); inside a quote a third-person one
    ("ia", "beliau") is never the quote's speaker, who says "saya": in "\"... supaya
    beliau dapat mundur,\" kata Eko" Eko does not resign. A first-person one inside single
    quotes nested in the quote stands for no one when another party says those words
    (``quoted_within``)."""
    if (
        quote is not None
        and c.text.lower() in FIRST_PERSON
        and quoted_within(state, clause, quote, c)
    ):
        return []  # "dia bilang 'kami minta ...'": the words of the one quoted in the quote
    refs = pronoun_refs(state, clause, c, quote)
    if quote is None or c.text.lower() not in PRONOUNS_SG or not refs:
        return refs
    speaker = set(names(quote_speaker(state, clause, quote)))
    return [r for r in refs if r.entity_name not in speaker]


INNER_QUOTES = frozenset("'\u2018\u2019")


def quoted_within(state: State, clause: Clause, quote: tuple[int, int], c: Cand) -> bool:
    """Whether the pronoun ``c`` stands inside single quotes nested in the quote, words
    another party says: "Kita mendirikan ... karena dia bilang 'kami ... minta ...'"
    quotes another party, whose "kami" is not the quote's speaker; "saya tegaskan kepada
    X, 'kami menolak ...'" quotes the speaker himself (``self_quoted``). An apostrophe
    between letters ("Jum'at") or before a digit ("'98", "\u201990-an") is no quote mark;
    an odd count of the others before ``c`` opens an inner quote."""
    text = state.article.text
    opened = [
        k
        for k in range(quote[0], min(c.start, quote[1]))
        if text[k] in INNER_QUOTES
        and not (0 < k < len(text) - 1 and text[k - 1].isalpha() and text[k + 1].isalpha())
        and not (k < len(text) - 1 and text[k + 1].isdigit())
    ]
    return len(opened) % 2 == 1 and not self_quoted(clause, opened[-1])


def self_quoted(clause: Clause, mark: int) -> bool:
    """Whether the one who says the inner quote opened at char ``mark`` is the first
    person: the nearest party before the mark that is no preposition's object ("saya
    tegaskan kepada Menteri, '...'": not the Minister) is "saya", "kami" and the like."""
    for cand in reversed(clause.cands):
        if cand.end > mark or (cand.i > 0 and clause.toks[cand.i - 1].low in NO_SUBJECT_BEFORE):
            continue
        return cand.text.lower() in FIRST_PERSON
    return False


def pronoun_refs(
    state: State, clause: Clause, c: Cand, quote: tuple[int, int] | None
) -> list[EntityRef]:
    m = c.mention
    low = c.text.lower()
    group = group_we_are(clause, c) if low in ("kami", "kita") else None
    if group is not None:  # "kepada kami semua kader partai": the cadres, not the speaker
        return resolve(state, clause, [group], quote)
    if quote is not None and low in ("kami", "kita") and institutional(clause, c.j):
        body = speaker_body(state, quote)  # "kami secara kelembagaan memutuskan ...," kata
        if body:  # Ketua KPU X: the KPU acts, not its chairman
            return body
    # "Kapolda menyatakan pihaknya telah menangkap ...": reported speech, the speaker
    spoken = speech_subject(state, clause, c.i) if low in PRONOUNS_SPEAKER and not quote else []
    if not spoken and low == "pihaknya" and not quote:
        spoken = sentence_teller(state, clause, c.i)
    if spoken:
        return resolve(state, clause, spoken[:1], None)
    reporter = reporting_person(state, clause, c) if low in PRONOUNS_SG else []
    if not reporter and low in PRONOUNS_SG and quote is None:
        reporter = speaker_just_quoted(state, clause, c)
    if reporter:
        return reporter
    if m is not None and quote is None and low in THIRD_PERSON and named_in_quotes_only(state, m):
        return last_person(state)
    if m is not None and (m.cluster is not None or m.name):
        head = state.by_cluster.get(m.cluster) if m.cluster is not None else None
        if head is not None or m.name:
            ref = ref_of(state, c)
            ref.entity_text = m.text
            return [ref]
    if low in PRONOUNS_SPEAKER:
        if quote is not None:
            return quote_speaker(state, clause, quote)
        # "..., ujar Agus. Pihaknya juga ...": the official the story is quoting
        return last_speaker(state, clause) if low == "pihaknya" else []
    if low in PRONOUNS_PL:
        if described_crowd(clause, c):
            return []  # "kepada mereka yang ...": those who, no antecedent
        speaker = group_speaker(state, clause, c.i)
        if speaker:  # "ARSA mengatakan bahwa mereka hanya membela ...": ARSA
            return resolve(state, clause, speaker, quote)
        return group_here(state, clause, c) or plural_antecedent(state) or named_group(state)
    return last_person(state)


def group_we_are(clause: Clause, c: Cand) -> Cand | None:
    """The group a "kami" or "kita" names in apposition, right after it or after "semua",
    "selaku" and the like (``WE_AS``): "kami semua kader partai", "kita selaku warga desa",
    "kami para petani" (whose phrase takes "para" in).
    The speaker is one of them, but the act is addressed to or done by the group."""
    k = c.j
    while k < len(clause.toks) and clause.toks[k].low in WE_AS:
        if (held := clause.cand_at[k]) is not None and held.i == k:
            break  # "kami para petani": the group's phrase starts at "para"
        k += 1
    group = clause.cand_at[k] if k < len(clause.toks) else None
    if group is None or group.kind != "noun" or group.i != k or group.etype != "group":
        return None
    return group


INSTITUTIONAL = CLAUSE_PHRASES["institutional"]
"""What follows "kami" when a body's official speaks for the body, not for himself."""


def institutional(clause: Clause, k: int) -> bool:
    """Whether the words at ``k`` say the pronoun before them is an institution ("kami
    secara kelembagaan", "kami sebagai lembaga")."""
    toks = clause.toks
    return k + 1 < len(toks) and (toks[k].low, toks[k + 1].low) in INSTITUTIONAL


def speaker_body(state: State, quote: tuple[int, int]) -> list[EntityRef]:
    """The body a quote's speaker is introduced with, for a "kami" that speaks as that
    body: the organisation named in the speaker phrase, or the one the title heads ("kata
    Ketua KPU Jawa Barat Ahmad": the article's KPU)."""
    mentions = state.article.mentions
    for q in state.article.quotes:
        if not (quote[0] <= q.start and q.end <= quote[1]) or q.speaker_start is None:
            continue
        start, end = q.speaker_start, q.speaker_end or q.speaker_start
        inside = [x for x in mentions if start <= x.start and x.end <= end]
        bodies = [x for x in inside if x.label == "ORG"]
        for title in (x for x in inside if x.label == "OFFICE" and " " in x.text):
            body = title.text.split(" ", 1)[1].casefold()  # "Ketua KPU" heads "KPU"
            bodies += [x for x in mentions if x.label == "ORG" and x.text.casefold() == body]
        return [mention_ref(state, bodies[0])] if bodies else []
    return []


def reporting_person(state: State, clause: Clause, c: Cand) -> list[EntityRef]:
    """The person whose speech verb opens the reported clause a singular pronoun is the
    subject of: in "Mantan anggota DPR Miryam mengatakan dirinya pernah ..." or "Namun
    Basuki mengaku ia ..." the pronoun is the speaker, whoever the last sentence's subject
    was (the actors stage links a pronoun to the latest clause-opening person, and a
    title in lower case or "Namun" hides that the speaker opens the clause)."""
    spoken = resolve(state, clause, speech_subject(state, clause, c.i)[:1], None)
    return spoken if len(spoken) == 1 and spoken[0].type == "person" else []


def speaker_just_quoted(state: State, clause: Clause, c: Cand) -> list[EntityRef]:
    """Whom a singular pronoun opening a sentence stands for right after a quote or a
    statement: its speaker ("\"...,\" kata Ricky. Selain itu, ia meminta ...", "X, kata
    Ribka, ... Dia juga berdiskusi ..."), a person, not whoever the quote or the sentence
    named. Only when no person comes before the pronoun in its own sentence."""
    if any(x.i < c.i and x.etype == "person" for x in clause.cands):
        return []
    start = clause.sent.start
    before = max((s.start for s in earlier_sentences(state.article, start)), default=-1)
    quoted = [q for q in state.article.quotes if before <= q.end <= start]  # its speaker
    # may be named earlier ("katanya" is linked to the person's first mention)
    if not quoted:
        return []
    spoken = latest_speaker(state, quoted)
    named = len(spoken) == 1 and spoken[0].type == "person"
    return spoken if named and spoken[0].entity_name != spoken[0].office else []  # not a
    # bare title ("kata Wakil Ketua Umum" whose holder the quotes stage left out)


def named_in_quotes_only(state: State, m: Mention) -> bool:
    """Whether the person the actors stage linked a narrative pronoun to is named before it
    only inside quotes ("'... terima kasih kepada Pak Kapolres,' katanya. ... Dia
    mendorong ...": the speaker goes on, not the police chief he thanked)."""
    if m.cluster is None:
        return False
    spans = [(q.start, q.end) for q in state.article.quotes if q.kind == "direct"]
    named = [x for x in state.article.mentions
             if x.cluster == m.cluster and x.label != "PRON" and x.end <= m.start]  # fmt: skip
    return bool(named) and all(any(a <= x.start < b for a, b in spans) for x in named)


def described_crowd(clause: Clause, c: Cand) -> bool:
    """Whether "mereka" after a preposition opens a relative clause ("penghargaan kepada
    mereka yang telah mengabdi"): "those who ...", people the clause describes, not the
    parties named before."""
    toks = clause.toks
    return (
        c.i > 0
        and c.j < len(toks)
        and toks[c.j].low == "yang"
        and toks[c.i - 1].low in GOVERNING | WITH_OTHERS
    )


def plural_antecedent(state: State) -> list[EntityRef]:
    """Whom "mereka" stands for when no speaker introduces it: the last parties acting
    together, else the last subject if it can be many (a body, "warga", "para pelaku").
    One named person or office holder is never "mereka" ("Ketua BEM Budi memimpin aksi
    itu. Mereka menuntut ...": the students demand, not Budi), and nobody is guessed."""
    refs = [r for r in joined_just_before(state) or state.last_plural or state.last_subject
            if not press(r)]  # fmt: skip
    if len(refs) == 1 and refs[0].type == "person" and refs[0].actor_id is not None:
        return []
    return refs


def held_group(state: State, objects: list[Cand], event: str) -> list[EntityRef]:
    """Whom a "mereka" or "keduanya" that undergoes a legal act stands for ("Polisi
    menangkap sembilan orang. Mereka ditetapkan sebagai tersangka"; "... menangkap A dan B.
    Keduanya dijerat pasal ..."): the unnamed group or the people, as many as the pair
    counts, the latest arrest or charge of this or the sentence before befell, not its
    agent. Only for the other legal act: "Mereka ditahan" after an arrest tells it again."""
    if len(objects) != 1 or event not in LAW:
        return []
    low = objects[0].text.lower()
    size = group_size(low) if objects[0].kind == "pair" else 0
    if not size and not (objects[0].kind == "pron" and low in PRONOUNS_PL):
        return []
    for sentence, kind, _, _, targets in reversed(state.acts):
        if sentence < state.sentence - 1:
            break
        if kind in LAW and targets:
            if kind == event:
                return []
            group = all(r.type == "group" for r in targets)
            several = len(targets) == size if size else len(targets) > 1 or group
            return list(targets) if several else []
    return []


def plural_group(lex: Lexicon, clause: Clause, c: Cand) -> bool:
    """An unnamed group that says it is many (``many_people``) and is a subject, of its
    sentence or of a reported clause ("polisi menyebut sembilan orang telah diamankan"),
    not an object ("menemui beberapa pejabat"): what "mereka" may stand for when no party
    acted before."""
    return many_people(lex, c) and subject_place(lex, clause, c)


def many_people(lex: Lexicon, c: Cand) -> bool:
    """An unnamed group that says it is many: counted ("ratusan mahasiswa", "sembilan
    orang"), "para pedagang", reduplicated ("pihak-pihak") or a crowd ("massa")."""
    if c.kind != "noun" or c.etype not in ("group", "person"):
        return False
    words = c.text.lower().split()
    first = words[0]
    return (
        first.isdigit()
        or (first in lex.cue("quant") and first != "satu")
        or reduplicated(words[-1])
        or not lex.cue("crowd").isdisjoint(words)
    )


def subject_place(lex: Lexicon, clause: Clause, c: Cand) -> bool:
    """Whether a candidate stands where a subject does: before any verb of its sentence, or
    right after a speech verb or "bahwa" that opens a reported clause ("polisi menyebut
    sembilan orang ..."), not after a preposition nor as an object ("menemui beberapa
    pejabat", "sejalan dengan kebijakan Pemerintahan A-B")."""
    if not usable_subject(c, clause.toks):
        return False
    speech = lex.cue("speech")
    for tok in reversed(clause.toks[: c.i]):
        if tok.low in speech or tok.low == "bahwa":
            return True
        if predicate_like(tok):
            return False
    return True


def group_here(state: State, clause: Clause, c: Cand) -> list[EntityRef]:
    """The one plural group that is a subject before "mereka" in its own sentence
    ("Ribuan pengungsi menuju perbatasan, tetapi pemerintah menolak menerima mereka"): it
    is nearer than any party of the sentences before."""
    here = [ref_of(state, x) for x in clause.cands
            if x.j <= c.i and plural_group(state.lex, clause, x)]  # fmt: skip
    return here if len({g.entity_name for g in here}) == 1 else []


def group_addressed(
    state: State, clause: Clause, c: Cand, actors: tuple[str, ...]
) -> list[EntityRef]:
    """Whom an object "mereka" stands for when its antecedent would be the actor itself
    ("Bupati menemui puluhan petani. Bupati berjanji membantu mereka"): the one group of
    many (``many_people``) named before it in its sentence, else in the sentence before,
    as subject or object, other than the actors."""
    here = [ref_of(state, x) for x in clause.cands if x.j <= c.i and many_people(state.lex, x)]
    groups = here or crowds_just_before(state)
    groups = [g for g in groups if g.entity_name not in actors]
    return groups if len({g.entity_name for g in groups}) == 1 else []


def crowds_just_before(state: State) -> list[EntityRef]:
    """The groups of many the sentence just before named (read only when wanted: reading
    ``State.crowds`` after a sentence passed over unprepared recodes the article)."""
    index, before = state.crowds
    return before if index == state.sentence - 1 else []


def named_group(state: State) -> list[EntityRef]:
    """Whom "mereka" stands for when no parties or subject that can be many came before:
    the one plural group (``plural_group``) the sentence before named ("Kapolres X
    menyebut sembilan orang diamankan. Mereka ..."); two groups there leave it unresolved."""
    index, groups = state.groups
    if index != state.sentence - 1:
        return []
    return groups if len({g.entity_name for g in groups}) == 1 else []


def joined_just_before(state: State) -> list[EntityRef]:
    """The parties the sentence just before joined as its subject ("Irman dan Sugiharto
    sudah duduk di kursi terdakwa. Mereka ..."), if it coded nothing: the nearest plural."""
    index, parties = state.joined
    return parties if index >= state.sentence - JOINED_REACH else []


def joined_parties(clause: Clause, c: Cand) -> list[Cand]:
    """The named parties a subject is joined with ("Irman dan Sugiharto", "A bersama B",
    "A, B, dan C"): the others of the list it opens, [] for none or a list of commas only
    (an apposition: "Menlu Retno, Menteri ...")."""
    toks = clause.toks
    if c.label not in PARTY_LABELS or (c.i > 0 and toks[c.i - 1].low == "selain"):
        return []  # "Selain TNI, MMEA dan RMN ...": the subject is not TNI
    group: list[Cand] = []
    seps: list[str] = []
    k = past_bracket(toks, c.j)
    while k + 1 < len(toks) and (toks[k].low in COORD or (toks[k].low in ALONG_WITH and not group)):
        sep = toks[k].low
        if along_with_dengan(toks, k) and k + 2 < len(toks):
            k += 1  # "A bersama-sama dengan B"
        if sep == "," and toks[k + 1].low in ("dan", "serta") and k + 2 < len(toks):
            k, sep = k + 1, toks[k + 1].low
        nxt = clause.cand_at[k + 1]
        if nxt is None or nxt.i != k + 1 or nxt.kind != "mention" or nxt.label not in PARTY_LABELS:
            break
        group.append(nxt)
        seps.append(sep)
        k = past_bracket(toks, nxt.j)
    while seps and seps[-1] == ",":
        seps.pop()
        group.pop()
    return group


PARTY_LABELS = frozenset({"PER", "ORG", "OFFICE"})  # not places: "desainer Indonesia dan
# Thailand" names two designers by their countries
PARTY_JOINERS = (COORD - {","}) | ALONG_WITH
"""Words that may join named parties into one subject ("A dan B", "A bersama B"): a
sentence without one has no ``joined_parties`` (commas alone make an apposition)."""


def may_join(words: list[str], mentions: list[Mention]) -> bool:
    """Whether a sentence of these lower-cased words and mentions may join parties to its
    subject (``joined_parties``): two named parties, and a word joining them."""
    parties = sum(m.label in PARTY_LABELS for m in mentions)
    return parties >= 2 and not PARTY_JOINERS.isdisjoint(words)


def own_body_teller(state: State, clause: Clause, c: Cand) -> list[Cand]:
    """The person whose speech verb opens a reported clause with his own body as its
    subject ("Ketua Fraksi X menyatakan fraksinya siap mendukung ...", "menegaskan
    partainya menolak ..."): like "pihaknya", the stance is the speaker's
    (docs/annotation.md: a statement is the speaker's act); [] for anyone else's."""
    if c.kind != "noun" or c.j != c.i + 1 or c.etype != "organization":
        return []
    if not c.text.lower().endswith(OWN_SUFFIX):
        return []
    spoken = speech_subject(state, clause, c.i)[:1]
    return spoken if spoken and spoken[0].etype == "person" else []


def group_speaker(state: State, clause: Clause, k: int) -> list[Cand]:
    """The organisation or group whose speech verb ("mengatakan (bahwa)") opens the
    clause the plural pronoun at ``k`` is the subject of."""
    found = speech_subject(state, clause, k)
    return found if found and all(c.etype in ("organization", "group") for c in found) else []


def speech_subject(state: State, clause: Clause, k: int) -> list[Cand]:
    """Who speaks in the speech verb ("mengatakan (bahwa)", "menyebut,") that opens the
    reported clause whose subject is token ``k``."""
    toks = clause.toks
    speech = state.lex.cue("speech")
    for n in range(k - 1, max(0, k - 5), -1):  # "menyebutkan hingga kini pihaknya ...",
        if toks[n].low in speech:  # "mengatakan, sejauh ini pihaknya ..."
            return left_arguments(clause, n, None)
        if clause.cand_at[n] is not None or predicate_like(toks[n]) or toks[n].low == "yang":
            return []
    return []


def sentence_teller(state: State, clause: Clause, k: int) -> list[Cand]:
    """Who speaks in the sentence's first speech verb before "pihaknya" at ``k`` when a
    clause stands between them ("Gubernur X menyebutkan, setelah sertifikat terbit
    pihaknya telah meminta ..."): "pihaknya" is the teller's side, not the last quoted.
    Only a named person: a body left of the verb may be a description's modifier
    ("Purnawirawan Polri itu mengungkapkan ... pihaknya", a KPK official). With no active
    speech verb, the person in a passive one's "oleh" phrase (:func:`passive_teller`)."""
    speech, according = state.lex.cue("speech"), state.lex.cue("according")
    for n in range(k):
        if clause.toks[n].low in speech:
            if any(clause.toks[m].low in according for m in range(n + 1, k)):
                return []  # "Budi mengatakan, menurut Kapolda, pihaknya ...": another's side
            m = k - 1
            while m > n and clause.toks[m].text == ",":
                m -= 1
            party = clause.cand_at[m]
            if (
                party is not None
                and party.kind == "mention"
                and party.etype in ("person", "organization")
            ):
                return []  # "..., Polres Sikka pihaknya ...": the body named right before
            found = left_arguments(clause, n, None)[:1]
            return [c for c in found if c.etype == "person" and usable_subject(c, clause.toks)]
    return passive_teller(clause, k)


def passive_teller(clause: Clause, k: int) -> list[Cand]:
    """Who tells in a passive speech verb's "oleh" phrase before "pihaknya" at ``k`` ("Hal
    itu diungkapkan oleh Kapolres X, usai pihaknya menangkap ..."): the named person right
    after "oleh", or after his title and a comma ("oleh Kapolres X, AKBP Budi,"), one
    adverb allowed before "oleh" ("disampaikan langsung oleh")."""
    toks = clause.toks
    for n in range(k):
        if toks[n].low not in SAID_PASSIVES:
            continue
        by = next((m for m in range(n + 1, min(n + 3, k)) if toks[m].low == "oleh"), None)
        party = clause.cand_at[by + 1] if by is not None and by + 1 < k else None
        if party is not None and party.kind != "mention" and party.etype == "person":
            titled = party.j + 1 < k and toks[party.j].text == ","
            party = clause.cand_at[party.j + 1] if titled else None
        if party is not None and party.kind == "mention" and party.etype == "person":
            return [party]
        return []
    return []


CLITIC_EVENTS = frozenset({"REQUEST", "THREATEN", "ACCUSE", "SANCTION", "COERCE", "ASSAULT",
                           "CONCEDE", "SUPPORT", "AID"})  # fmt: skip
"""Types whose "-nya" object is a person ("memintanya", "menetapkannya sebagai tersangka");
not REJECT or CONSULT, whose "-nya" is a claim or a topic ("membantahnya",
"mendiskusikannya"), except a CONSULT verb that needs whom it reaches (``rcp``:
"menemuinya", "meneleponnya", "menghubunginya")."""


def clitic_object(
    state: State,
    clause: Clause,
    i: int,
    entry: Entry,
    quote: tuple[int, int] | None,
    subject: list[Cand],
    actors: tuple[str, ...],
) -> list[EntityRef]:
    """Whom an active verb's "-nya" object stands for ("Corby ... hingga Presiden SBY
    memberikannya grasi", "penyidik masih memintanya melengkapi bukti"): the nearest
    person named or spoken of before it in the sentence, by name (not a bare office), never
    the actor nor, inside a quote, its speaker. With no person before it in the sentence
    ("Namun polisi malah menetapkannya sebagai tersangka"), outside a quote, it is the
    person the story is about (``last_person``), as for "ia", when the sentence names no one
    else before it and a body, not a person, acts; in a quote the "-nya" is as often a
    thing or someone only the speaker knows."""
    word = clause.toks[i].low
    reached = entry.event == "CONSULT" and "rcp" in entry.args
    if not (entry.event in CLITIC_EVENTS or reached):
        return []
    if not (word.startswith("me") and word.endswith("nya")):
        return []
    found = person_before(state, clause, i, quote, actors)
    if found or quote is not None or THING_MODES & set(entry.modes):
        return found  # "Rusia hendak melarangnya": a ban's "-nya" is as often a film
    if other_party_before(state, clause, i, subject) or person_among(state, clause, subject):
        return found  # "Yingluck dan Partai Puea Thai yang mengusungnya": hers, not the latest
    return [
        r for r in last_person(state)
        if r.entity_name not in actors and (patient(state, r) or not speaker(state, clause, r))
    ]  # fmt: skip


def patient(state: State, ref: EntityRef) -> bool:
    """Whether an earlier act of the story befell this person (arrested, examined,
    charged): the story's patient, whom a body's "-nya" stands for."""
    return (state.suspect is not None and state.suspect.entity_name == ref.entity_name) or any(
        ref.entity_name in {r.entity_name for r in targets} for *_, targets in state.acts
    )


def speaker(state: State, clause: Clause, ref: EntityRef) -> bool:
    """Whether this person spoke earlier in the story (a quote's speaker): the spokesman
    or official quoted just before a body's "-nya" ("Kapolres X mengatakan pria itu
    melawan. Polisi kemudian menahannya") is no one it acts on."""
    start = clause.sent.start
    return any(
        q.end <= start
        and (
            (ref.actor_id is not None and q.speaker_actor_id == ref.actor_id)
            or (q.speaker_text is not None and ref.entity_text in q.speaker_text)
            or (q.speaker_text is not None and q.speaker_text in (ref.entity_text or ""))
        )
        for q in state.article.quotes
    )


def person_among(state: State, clause: Clause, subject: list[Cand]) -> bool:
    """Whether a person is among the verb's subject: a body's act on "-nya" (the police
    naming him a suspect, a party backing him) is on the person the story is about; a
    person's own "-nya" (a call, a backing) may as well be anyone the story named."""
    return any(r.type == "person" for r in resolve(state, clause, subject, None))


THING_MODES = frozenset({"restrict", "censor", "seize"})
"""PLOVER modes whose object is as often a thing as a person (a ban, a censored work, goods
seized)."""


def other_party_before(state: State, clause: Clause, i: int, subject: list[Cand]) -> bool:
    """Whether anyone but the verb's own subject is named or spoken of before token ``i``
    in the sentence ("pelaku memaksa korban ... sambil mengancamnya": the "-nya" is the
    victim just named, not the story's latest person)."""
    own = {c.i for c in subject}
    before = [c for c in clause.cands if c.j <= i and c.i not in own]
    return bool(resolve(state, clause, before, None))


def met_another(state: State, refs: list[EntityRef]) -> bool:
    """Whether a person of ``refs`` took part in a meeting or visit coded earlier in the
    story with another person: "Prabowo menerima Raja Abdullah ... Prabowo mengatakan
    kunjungannya ke Indonesia" tells the guest's visit, not the host's."""
    named = {r.entity_name for r in refs if r.type == "person"}
    return any(
        event == "CONSULT"
        and named & {r.entity_name for r in parties}
        and any(r.type == "person" and r.entity_name not in named for r in parties)
        for _, event, _, parties in state.coded
    )


VISIT_COMPANY = EVENT_WORDS["accompanying"]
RECALLING = EVENT_WORDS["recalling"]


def nya_visitor(
    state: State,
    clause: Clause,
    i: int,
    quote: tuple[int, int] | None,
    excluded: tuple[str, ...],
) -> list[EntityRef]:
    """Whose visit a visit noun with "-nya" at ``i`` is ("X ... dalam kunjungannya ke
    Tokyo"): the nearest person named before it, by name (a "dia" may be anyone a quote
    spoke of); but after a word of company or welcome ("X didampingi Y dalam
    kunjungannya", "disambut", "bersama") the visitor is the one before that word, X, and
    after a verb of recalling ("X mengenang Soekarno dalam kunjungannya") the person is
    only spoken of: no visitor is taken."""
    visitor = person_before(state, clause, i, quote, excluded)
    start = visitor[0].start if visitor else None
    toks = clause.toks
    n = -1 if start is None else next((n for n in range(i - 1, -1, -1) if toks[n].end <= start), -1)
    while n >= 0 and not lowercase_word(toks[n]):
        n -= 1  # the post and title written before the name
    for k in range(n, max(-1, n - VISITOR_WORD_REACH), -1):  # "menyinggung nama X",
        if toks[k].low in RECALLING:  # "bersama istrinya X"
            return []
        if toks[k].low in VISIT_COMPANY:
            visitor = person_before(state, clause, k, quote, excluded)
            break
    return [r for r in visitor if r.entity_text.lower() not in THIRD_PERSON]


VISITOR_WORD_REACH = 2
"""How many lowercase words before a person a word of company or recalling may stand
("bersama istrinya Wan Azizah", "menyinggung nama Soeharto")."""


def person_before(
    state: State,
    clause: Clause,
    i: int,
    quote: tuple[int, int] | None,
    excluded: tuple[str, ...],
) -> list[EntityRef]:
    """Whom a "-nya" at ``i`` stands for: the nearest person named or spoken of before it in
    the sentence, by name (not a bare office), never one of ``excluded`` nor, inside a
    quote, its speaker."""
    # "..., kata X. \"... mereka akan membunuhnya\"": in a quote "-nya" is not the speaker
    speakers = names(quote_speaker(state, clause, quote)) if quote else ()
    for c in reversed([c for c in clause.cands if c.j <= i]):
        if (c.kind == "mention" and c.label == "PER") or (
            c.kind == "pron" and c.text.lower() in THIRD_PERSON
        ):
            refs = [
                r for r in resolve(state, clause, [c], quote)
                if r.type == "person" and r.entity_name != r.office  # "majelis hakim": no one
                and r.entity_name not in excluded + speakers
            ]  # fmt: skip
            if refs:
                return refs[:1]
    return []  # the latest person of an earlier sentence is too often another party


def clitic_agent(
    state: State,
    clause: Clause,
    i: int,
    entry: Entry,
    quote: tuple[int, int] | None,
    recipients: tuple[str, ...],
) -> list[EntityRef]:
    """Who did it to the party a relative passive's "-nya" is on ("ada penggemar yang
    ditinjunya", "menyindir Trump soal X yang dilecehkannya"): the nearest other person
    before it in the sentence, else the person the story is about (``last_person``). Only
    on a party ("kasus yang diadukannya" names no target) and only after "yang": a
    "di...nya" opening a phrase ("setelah ditangkapnya pelaku") is a noun of the act."""
    toks = clause.toks
    word = toks[i].low
    if (
        not recipients
        or entry.event not in CLITIC_EVENTS
        or not (word.startswith("di") and word.endswith("nya"))
    ):
        return []
    k = past_words(toks, i, RELATIVE_ADVERBS)  # "yang (telah) dipukulnya"
    if k < 0 or toks[k].low != "yang":
        return []
    return person_before(state, clause, k, quote, recipients) or [
        r for r in last_person(state) if r.entity_name not in recipients
    ]


def last_person(state: State) -> list[EntityRef]:
    """Whom a third-person pronoun ("ia", "dia", "katanya") most likely means: the
    latest person subject, else the latest person named."""
    persons = [r for r in state.last_subject if r.type == "person"]
    if persons:
        return persons[:1]
    persons = [r for r in reversed(state.recent) if r.type == "person"]
    return persons[:1]


PAIR_REACH = 5  # sentences back that "ketiganya" may point to a coded event's people


def resolve_pair(
    state: State, c: Cand, excluded: set[str] | None = None, clause: Clause | None = None
) -> list[EntityRef]:
    """ "kedua tokoh", "keduanya": the two named just before it in its sentence, else the
    two actors just mentioned (other than ``excluded``); "ketiganya": the group of three
    (the last event's three actors, the three people an event of the last few sentences
    named, or "tiga orang" just named)."""
    low = c.text.lower()
    size = group_size(low)
    if size > 2:
        if len(state.last_plural) == size:
            return list(state.last_plural)
        for index, _, _, refs in reversed(state.coded):  # "menangkap tiga pelaku ... yakni
            people = [r for r in refs if r.type == "person"]  # AG, SP dan AH. ... Ketiganya
            if state.sentence - index <= PAIR_REACH and len(people) == size:  # ditetapkan"
                return people
        word = next(w for w, n in NUMBERS.items() if n == size)
        for r in reversed(state.recent):  # "menangkap tiga orang ... Ketiganya ..."
            if (r.entity_text or "").lower().split()[:1] == [word]:
                return [r]
        return []
    excluded = excluded or set()
    here: list[EntityRef] = []
    for x in clause.cands if clause is not None else []:
        if x.end <= c.start and x.kind == "mention" and x.label in ("PER", "ORG", "GPE"):
            ref = ref_of(state, x)
            if ref.entity_name not in excluded and ref.entity_name not in names(here):
                here.append(ref)  # "pesan dari Presiden Zelensky kepada Presiden Putin, ...
    kind = "country" if "negara" in low else "person"
    here = [r for r in here if r.type == kind]  # "kedua negara": states; else people
    if len(here) >= 2:  # ... saya siap menjadi jembatan di antara keduanya"
        return here[-2:]
    plural = [r for r in joined_just_before(state) or state.last_plural
              if r.entity_name not in excluded]  # fmt: skip
    states = countries_of(state, plural) if kind == "country" else []
    if len(states) >= 2:
        return states[:2]
    if len(plural) >= 2 and kind != "country":
        return plural[:2]
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
        if r.entity_name in excluded:
            continue
        if (want is None or r.type == want) and r.entity_name not in names(out):
            out.append(r)
        if len(out) == 2:
            break
    if len(out) < 2 and len(plural) >= 2:
        return plural[:2]  # "kedua negara" after two leaders whose states are unnamed
    return list(reversed(out)) if len(out) == 2 else []


def countries_of(state: State, refs: list[EntityRef]) -> list[EntityRef]:
    """The states of the parties just named: after "Prabowo dan Xi bertemu", "kedua
    negara" are Indonesia and China, as the article names them; [] when a party's
    state is not named."""
    out: list[EntityRef] = []
    for r in refs:
        if r.type == "country":
            out.append(r)
            continue
        state_ref = next(
            (x for x in reversed(state.recent) if x.type == "country" and x.country == r.country),
            None,
        )
        if r.country is None or state_ref is None:
            return []
        out.append(state_ref)
    return unique(out)


ONE_GROUP = frozenset({"satu", "sekelompok", "segerombolan", "sekawanan", "serombongan",
                       "sebagian"})  # fmt: skip


def several_sides(
    clause: Clause, i: int, entry: Entry, actors: list[Cand], quant: set[str]
) -> bool:
    """Whether one counted or paired group is several sides of a two-sided clash ("dua
    kelompok pemuda terlibat tawuran", "puluhan pelajar", "kedua kubu"): PLOVER puts every
    party in the actor field, and the group names them all."""
    if entry.event != "ASSAULT" or len(actors) != 1 or actors[0].kind not in ("noun", "pair"):
        return False
    if i and clause.toks[i - 1].low in ("dalam", "akibat", "saat", "ketika", "karena"):
        return False  # "tiga pekerja tewas dalam baku tembak": victims, not the sides
    c = actors[0]
    before = clause.toks[c.i - 1].low if c.i else ""
    first = c.text.split()[0].lower()
    many = first in quant and first not in ONE_GROUP  # "puluhan", not "sekelompok"
    return c.kind == "pair" or many or before in ("kedua", "ketiga")


def plural_sides(actors: list[Cand], toks: list[Tok], event: str) -> bool:
    """Whether one noun opened by a reduplicated plural or a count above one names the
    sides ("Negara-negara anggota OPEC sepakat memangkas produksi", "partai-partai koalisi
    bertemu", "15 negara anggota DK PBB ... sepakat", "kedua menlu sepakat"): each of them
    is a party to what they agree or hold together. A count in a clash is left to
    ``several_sides`` ("tiga pekerja tewas dalam baku tembak": victims, not sides)."""
    if len(actors) != 1:
        return False
    c = actors[0]
    first = toks[c.i].low
    if c.kind == "noun" and reduplicated(first):
        return True
    if event in VIOLENT:
        return False
    if c.i and toks[c.i - 1].low in ORDINALS:  # "kedua menteri luar negeri"
        return True
    counted = NUMBERS.get(first, 0) > 1 or (first.isdigit() and int(first) > 1)
    return c.kind == "noun" and counted


def group_size(low: str) -> int:
    """How many a pair or counted pronoun stands for: "ketiganya" 3, "kedua tokoh" 2."""
    return next((n for ordinal, n in ORDINALS.items() if low.startswith(ordinal)), 2)


SAY = EVENT_WORDS["say"]
"""Verbs of attribution after a quote or a reported sentence ("..., kata X", "ujarnya")."""
SAID = "|".join(sorted(SAY))
SAID_BY = re.compile(rf"\s*,?\s*(?:{SAID})\w*\s+")
SAID_BY_HIM = re.compile(rf"\s*,?\s*(?:{SAID})(?:nya|\s+(?:dia|ia|beliau))\b")


def quoted_by(state: State, quote: tuple[int, int]) -> list[EntityRef]:
    """The speaker the quotes stage found for this direct quote ("..., ujarnya." is the
    speaker of the previous quote; ``kabar.quotes``), as the mention that names them."""
    for q in state.article.quotes:
        if q.kind != "direct" or not (quote[0] <= q.start and q.end <= quote[1]):
            continue
        if q.speaker_start is None or q.speaker_end is None:
            return []
        return speaker_of(state, q)
    return []


def latest_speaker(state: State, quotes: list[Quote]) -> list[EntityRef]:
    """The speaker of the quote whose speaker is named last among ``quotes`` (not empty)."""
    return speaker_of(state, max(quotes, key=lambda q: q.speaker_end or 0))


def speaker_of(state: State, q: Quote) -> list[EntityRef]:
    """The mention that names a quote's speaker: in "kata juru bicara Kementerian Luar
    Negeri Rolliansyah Soemirat" the person the title and body describe, not the office
    or the body."""
    if q.speaker_start is None or q.speaker_end is None:
        return []
    start, end = q.speaker_start, q.speaker_end
    inside = [
        m for m in state.article.mentions if m.start < end and start < m.end and m.label != "PRON"
    ]
    persons = [m for m in inside if m.label == "PER"] or holder_after(state, end)
    speaker = persons[-1] if persons else next(iter(inside), None)
    if speaker is None:  # "ujarnya": the quotes stage's pronoun, resolved to its person
        linked = [m.cluster for m in state.article.mentions if m.start < end and start < m.end]
        cluster = next((c for c in linked if c is not None), None)
        speaker = state.by_cluster.get(cluster) if cluster is not None else None
    return [mention_ref(state, speaker)] if speaker is not None else []


TITLE_GLUE = re.compile(r"(?:[\s,()]|dan\b|[A-Z][\w.'-]*)*")


def holder_after(state: State, end: int) -> list[Mention]:
    """The person named right after a speaker span that stops inside his title ("kata
    Kepala Biro Hukum | dan Humas Kementerian Rudi Hartono"): only title words, "dan",
    commas and brackets stand between."""
    text = state.article.text
    for m in state.article.mentions:
        if m.start >= end and m.label == "PER":
            glue = text[end : m.start]
            return [m] if len(glue) <= 60 and TITLE_GLUE.fullmatch(glue) else []
    return []


def last_speaker(state: State, clause: Clause) -> list[EntityRef]:
    """Whom a sentence's "pihaknya" speaks for when no speech verb introduces it: the
    speaker of the last quote before it ("..., ujar Agus. Pihaknya telah ..."), else the
    latest person."""
    before = [q for q in state.article.quotes
              if q.speaker_end is not None and q.speaker_end <= clause.sent.start]  # fmt: skip
    if before:
        spoken = latest_speaker(state, before)
        if spoken:
            return spoken
    return last_person(state)


def quote_speaker(state: State, clause: Clause, quote: tuple[int, int] | None) -> list[EntityRef]:
    if quote is None:
        return []
    text = state.article.text
    spoken = quoted_by(state, quote)
    if spoken:
        return spoken
    after = text[quote[1] : quote[1] + 80]
    if SAID_BY_HIM.match(after):  # "..., katanya.": the person the story is quoting
        return last_person(state)
    m = SAID_BY.match(after)
    if m:
        pos = quote[1] + m.end()
        for c in clause.cands:
            if c.start >= pos - 1 and c.kind != "pair":
                if c.start > pos + 2:
                    break
                return resolve(state, clause, [c], None)
        named = next((x for x in state.article.mentions if pos - 1 <= x.start <= pos + 2), None)
        if named is not None:
            return [mention_ref(state, named)]
    before = [c for c in clause.cands if c.end <= quote[0] and c.kind != "pair"]
    speech = state.lex.cue("speech")
    if before and any(t.low in speech for t in clause.toks if before[-1].end <= t.start < quote[0]):
        subject = [c for c in before if usable_subject(c, clause.toks)]
        if subject:
            return resolve(state, clause, subject[:1], None)
    return []


def names(refs: list[EntityRef]) -> tuple[str, ...]:
    return tuple(sorted(r.entity_name for r in refs))


def case_role(lex: Lexicon, clause: Clause, cand: Cand, at: int, entry: Entry) -> bool:
    """Whether the bare noun ``cand`` right after a passive act of law enforcement is the
    role its subject is given ("X dipanggil saksi", "diperiksa tersangka"): a witness or a
    suspect does not summon, question or arrest."""
    if cand.i != at or cand.kind != "noun" or agent_family(entry) != "law":
        return False
    roles = lex.cue("caserole")
    return all(t.low in roles for t in clause.toks[cand.i : cand.j])


ROLE_REACH = 4  # "diperiksa di Polda Sumut sebagai saksi": words before "sebagai"
SUBJECT_REACH = 3  # "Sareh juga sudah diperiksa": words between subject and verb


def questioned_in_role(lex: Lexicon, clause: Clause, i: int, j: int, entry: Entry) -> bool:
    """Whether a strict passive act of law enforcement at ``i:j`` gives a subject named
    before it a role in a case ("Sareh diperiksa sebagai saksi untuk tersangka R", "LM
    dipanggil sebagai tersangka") or puts it at a police or prosecution body ("Sareh
    diperiksa di KPK"): the questioning or summons of a case, whose agent the
    article gives, not a medical check, so its agentless passive is coded
    (docs/annotation.md 5). Not a questioning still to come ("akan diperiksa sebagai
    saksi": the summons' content), nor one whose subject is a pronoun or a noun ("Dia
    diperiksa", "Dua orang itu diperiksa"), which too often stands for someone else than
    the person last named: the subject is a name right before the verb, past adverbs."""
    if agent_family(entry) != "law":
        return False
    toks = clause.toks
    before = toks[max(0, i - SUBJECT_REACH) : i]
    if not lex.cue("future").isdisjoint(t.low for t in before):
        return False
    subject = next((c for c in reversed(clause.cands) if c.j <= i), None)
    if subject is None or subject.kind not in ("mention", "cap") or subject.label == "LOC":
        return False
    between = toks[subject.j : i]
    if len(between) > SUBJECT_REACH or any(t.low not in lex.before_verb for t in between):
        return False  # "ke Indonesia dan diperiksa", "Dia (Irwansyah) masih diperiksa"
    for k in range(j, min(j + ROLE_REACH + 1, len(toks) - 1)):
        if toks[k].low == "sebagai":
            return toks[k + 1].low in lex.cue("caserole")
        held_at = clause.cand_at[k + 1] if toks[k].low == "di" else None
        if held_at is not None and held_at.i == k + 1 and held_at.sector in LAW_BODIES:
            return True  # "Sareh pernah diperiksa di KPK": at the investigating body
        if toks[k].low in HARD_STOP or toks[k].low == ",":
            return False
    return False


def agent_family(entry: Entry) -> str | None:
    """The kind of agent an agentless passive continues: a wanted listing ("masuk DPO",
    THREATEN ``arrest``) is police work like the arrest it threatens, and a summons
    ("dipanggil sebagai saksi", a legal REQUEST) is the investigating body's, not its
    spokesman's."""
    if (entry.event == "THREATEN" and "arrest" in entry.modes) or (
        entry.event == "REQUEST" and "legal" in entry.contexts
    ):
        return "law"
    return AGENT_FAMILY.get(entry.event)
