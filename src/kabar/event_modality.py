"""Modality and attribution of a coded event: negation, future, conditions, reporters.

Negation cues just before the verb, or "tidak ada X yang" before it, set ``negated``;
conditionals and modals set ``hypothetical``; future/intention cues turn
CONSULT/SUPPORT/COOPERATE/AID into AGREE, RETREAT into CONCEDE and ASSAULT/coercion into
THREATEN (PLOVER 2.3, 3.1, 3.4; see ``kabar.plover.future_shift``) and mark other types
hypothetical. An act that is itself the condition ("... apabila DPR menolak usulan itu")
has not happened and is no event at all (``antecedent``: the coder drops it); "jika/kalau"
after a verb of saying or knowing means "that" (``complementizer``). An act that only a
word of ability or leave makes possible ("X bisa saja ditahan", "Ombudsman boleh bekerja
sama dengan kampus") is no event either (``possible``), unless gladness shows it was done
("bangga dapat bertemu X"). Reporting cues (menurut X, kata X, dilansir X, X melaporkan, X
mengatakan bahwa ...) and quotes fill ``reported_by``. A verb used as a noun ("Mengundang
X ... adalah sebuah pesan") reports no event.
"""

from __future__ import annotations

from typing import NamedTuple

from kabar.dates import WEEKDAYS
from kabar.event_args import (
    COPULAS,
    HARD_STOP,
    LOCATIVE_PREPS,
    NOT_ONLY_WORDS,
    PURPOSE,
    Args,
    active_verb,
    clause_start,
    full_stop,
    left_arguments,
    names,
    predicate_like,
    quote_speaker,
    resolve,
    right_arguments,
    unique,
)
from kabar.event_clause import DASHES, MODALITY_WORDS, Clause, State, Tok, match_phrase
from kabar.model import EntityRef
from kabar.nlp import TIME_NOUNS
from kabar.predicates import Lexicon

# What may stand between a negation and a nominal trigger it negates: existence, aspect and
# modal words ("tidak ada penolakan", "belum pernah ada", "tidak akan bisa") and the light
# verbs whose object the noun is ("tidak akan mendapat dukungan", "tak memberikan bantuan").
NOMINAL_BRIDGE = MODALITY_WORDS["bridge"]


SUMMONS_WORDS = MODALITY_WORDS["summons"]
DELIVERED = MODALITY_WORDS["delivered"]
LETTER_OF = MODALITY_WORDS["letterof"]
DELIVERY_ADVERBS = MODALITY_WORDS["deliveryadverb"]
"""A summons is dated to the day its letter was delivered when the text gives it, else
to the day it summons the person for (docs/annotation.md 4)."""


TAKE_PLACE = MODALITY_WORDS["takeplace"]
"""Verbs of an event's taking place ("berlangsung", "digelar") after its nominal trigger."""
CALLED_OFF_BRIDGE = MODALITY_WORDS["calledoffbridge"]
"""Words between a negation and the verb of taking place ("tidak jadi digelar")."""
CALLED_OFF = MODALITY_WORDS["calledoff"]
"""Words that alone say an event was called off ("... batal", "... ditunda hingga ...")."""
CALLED_OFF_END = MODALITY_WORDS["calledoffend"]
"""Words of cause or time after the predicate of a called-off event ("... batal karena
hujan", "... tidak digelar hingga kini"); anything else there (a manner, a place, a
length: "tidak berlangsung lama", "tidak digelar di Istana") says it took place."""


def called_off(lex: Lexicon, clause: Clause, i: int, parties: list[EntityRef]) -> bool:
    """Whether the nominal trigger at ``i`` opens a clause whose own predicate, right after
    its parties, says the event did not take place ("Pertemuan X dan Y tidak terjadi",
    "... batal digelar", "... urung terlaksana", "... batal.", "... akhirnya dibatalkan"):
    negated. A negated verb of taking place counts only when nothing but a stop, a time or
    a cause follows it, or when "jadi" stood between ("tidak jadi digelar di Bogor"): "tidak
    berlangsung lama", "tidak dilakukan di Istana" negate the manner or the place, and the
    meeting was held. A negation of another verb ("Pertemuan X dan Y tidak menghasilkan
    kesepakatan") leaves it held."""
    toks = clause.toks
    ends = [r.end for r in parties if r.start is not None and r.end is not None]
    if not ends or toks[i].start > min(r.start for r in parties if r.start is not None):
        return False  # the parties stand after the trigger
    k = next((n for n, t in enumerate(toks) if t.start >= max(ends)), len(toks))
    while k < len(toks) and toks[k].low in AFTER_PARTIES:
        k += 1  # "Pertemuan X dan Y itu batal"
    while k < len(toks) and toks[k].low in CALLED_OFF_BRIDGE:
        k += 1  # "... akhirnya dibatalkan"
    if k < len(toks) and toks[k].low in CALLED_OFF:
        return called_off_end(toks, k + 1) or (k + 1 < len(toks) and toks[k + 1].low in TAKE_PLACE)
    if k >= len(toks) or toks[k].low not in lex.cue("neg"):
        return False
    k += 1
    bridged = False
    while k < len(toks) and toks[k].low in CALLED_OFF_BRIDGE:
        bridged = bridged or toks[k].low == "jadi"
        k += 1
    if k >= len(toks) or toks[k].low not in TAKE_PLACE:
        return False
    return bridged or called_off_end(toks, k + 1)


def called_off_end(toks: list[Tok], k: int) -> bool:
    """Whether the predicate of a called-off event ends before ``k``: a stop, a time or a
    cause follows ("... batal.", "... ditunda hingga pekan depan", "... batal karena hujan")."""
    if k >= len(toks) or not toks[k].low[:1].isalpha():
        return True
    low = toks[k].low
    return low in CALLED_OFF_END or low in TIME_NOUNS or low in WEEKDAYS


FEEL = MODALITY_WORDS["feel"]
"""Verbs of feeling or judging right before a modal, with no subject between ("merasa perlu
mendukung X", "KPK menilai perlu memanggil Y"): the subject's own need or intent, no demand
on anyone; "ICW menilai KPK perlu memanggil Y" names another party, who is asked."""
OBLIGATION = MODALITY_WORDS["obligation"]
"""Modal cues saying what someone must do: said by another party, a demand."""

STILL = MODALITY_WORDS["still"]

ABILITY = MODALITY_WORDS["ability"]
"""Modal cues of ability or leave: "X bisa saja ditahan", "pegawai boleh menolak tugas itu"
say what may happen, not that it did."""

GLAD = MODALITY_WORDS["glad"]
"""Words of gladness before "bisa/dapat": "bangga dapat bertemu X", "senang bisa hadir"
tell what the speaker was able to do, and did."""

# Future cues that only place an act later; the other future cues (siap, bersedia,
# berjanji, bersumpah, menawarkan, ...) state the actor's stance, which is itself an act.
TENSE_ONLY = MODALITY_WORDS["tense"]


DECIDED = MODALITY_WORDS["decided"]
"""Verbs of decision before "untuk": "memutuskan untuk melaporkan X" reports the act."""

SOON_AFTER_WORDS = MODALITY_WORDS["soonafter"]
"""Words after "tak lama"/"tidak lama" that make it a time phrase ("tak lama setelahnya
ditangkap": soon after), not a negation of the act."""

DEICTIC = MODALITY_WORDS["deictic"]
"""Words after "untuk" that make it a connective ("Untuk itu saya meminta ...": therefore),
not a purpose."""
AFTER_PARTIES = DEICTIC | MODALITY_WORDS["demonstrative"]
"""Words that may follow an event's parties before it is said called off ("Pertemuan X dan
Y itu batal", "... tersebut ditunda")."""


NOT_ONLY = NOT_ONLY_WORDS
"""Words that make a negation before them "not only" ("tak hanya menyita X", "bukan
sekadar menegur"): the act is asserted, with more besides (the one list
:func:`kabar.event_args.not_only_subject` reads too)."""


DENIALS = MODALITY_WORDS["denial"]
"""Words that, before another negation, cancel it: "bukan tidak mungkin" (possibly)."""


def double_negation(lex: Lexicon, clause: Clause, k: int) -> bool:
    """Whether the negation at ``k`` is one half of a double negation ("bukan tidak
    mungkin X ditahan": X may be held), which negates nothing; the modal after it still
    makes the act hypothetical."""
    toks = clause.toks
    if toks[k].low in DENIALS:
        return k + 1 < len(toks) and toks[k + 1].low in lex.cue("neg")
    return k > 0 and toks[k - 1].low in DENIALS


def modal_cue(lex: Lexicon, clause: Clause, k: int) -> tuple[bool, bool]:
    """Whether token ``k`` is a negation and whether it is a modal cue, with the
    look-alikes left out: "tak lama setelahnya" (soon after) and "tidak hanya" (not only)
    negate nothing, "untuk itu"
    (therefore) begins no purpose, and "memutuskan untuk X" reports X decided and done
    (a future decision keeps its own cue: "akan memutuskan untuk ...")."""
    toks = clause.toks
    low = toks[k].low
    after = [t.low for t in toks[k + 1 : k + 3]]
    neg = low in lex.cue("neg") and not (
        (after[:1] == ["lama"] and len(after) == 2 and after[1] in SOON_AFTER_WORDS)
        or (after[:1] and after[0] in NOT_ONLY)
        or double_negation(lex, clause, k)
    )
    modal = low in lex.cue("modal")
    if low == "untuk":
        decided = k > 0 and toks[k - 1].low in DECIDED
        decided &= k < 2 or toks[k - 2].low not in lex.cue("future")
        modal = not (after[:1] and after[0] in DEICTIC) and not decided
    return neg, modal


CHANCES = MODALITY_WORDS["chance"]
"""Nouns of a chance or option right before an act ("membuka kemungkinan berunding dengan
X", "membuka peluang menjerat korporasi", "tidak menutup kemungkinan menerima tawaran"):
only the possibility of the act is told."""

JOINED = MODALITY_WORDS["joined"]
"""Conjunctions joining two predicates: a negation before one and another verb after it
("tidak kuat dan memutuskan ...") does not reach a trigger further on."""

INNER_OPENERS = MODALITY_WORDS["inner"]
"""Words that open a clause inside the sentence ("tidak bersalah dalam kasus yang
disangkakan", "tidak menjelaskan kenapa ia memuji X"): a negation before them is of the
predicate they hang on ("tidak ada X yang" is :func:`nobody_did`)."""

SEQUENCERS = MODALITY_WORDS["sequencer"]
"""Words that begin a next act after a predicate ("tidak terima kemudian melaporkan X"):
a negation before them is the earlier predicate's, even right before the trigger;
right after a cue ("tidak lantas menahan X") they are the negated act's adverb."""


def shared_negation(lex: Lexicon, clause: Clause, neg_at: int, k: int, i: int) -> bool:
    """Whether the negation at ``neg_at`` reaches the trigger at ``i`` across "dan" at
    ``k``: one act stands between them ("tidak ditangkap dan ditahan", "belum ketemu dan
    berkomunikasi"). After a word of attitude ("tidak terima dan membawa sengketa ke
    jalur hukum", "tak bergeming dan meminta X pulang") or more words ("tidak memenuhi
    panggilan dan meminta ...") the negation is the first predicate's only."""
    between = [t.low for t in clause.toks[neg_at + 1 : k] if t.low not in lex.before_verb]
    return k + 1 == i and len(between) == 1 and between[0] not in lex.cue("attitude")


class Modality(NamedTuple):
    negated: bool
    future: bool
    hypothetical: bool
    conditional: bool  # only a condition after the act ("... jika X") made it hypothetical
    stance: bool  # the future cue states a stance ("siap", "bersedia"), not only tense
    obliged: bool  # an obligation cue stands between the subject and the act ("X harus Y")
    antecedent: bool  # the act is the condition itself ("jika KPK ingin memeriksa X")
    possible: bool  # only a word of ability or leave made it hypothetical ("X bisa ditahan")
    fronted: bool  # a condition before the comma opening the clause ("Jika X, kami ...")


PLANS = MODALITY_WORDS["plan"]
"""Nouns of intent before an act's subject ("rencana Israel mencaplok"): the act is planned."""


THAT_HEADS = MODALITY_WORDS["thathead"]
"""Words after which "jika"/"kalau" means "that", as "bahwa" does ("mengaku jika polisi
meminta ...", "terungkap kalau X sudah ditetapkan tersangka", "wajar jika banyak pihak
memuji X"), besides the verbs of saying (``speech`` cues)."""


def complementizer(lex: Lexicon, clause: Clause, k: int, start: int) -> bool:
    """Whether the conditional word at ``k`` opens a "that"-clause of a verb of saying or
    knowing before it in its clause (from ``start``), with no other verb and no "bahwa"
    between ("mengaku jika ...", "menyampaikan kepada parlemen pekan lalu kalau ..."):
    what it reports happened, it is no condition."""
    heads = THAT_HEADS | lex.cue("speech")
    for m in range(k - 1, start - 1, -1):
        tok = clause.toks[m]
        if tok.low in heads:
            return True
        if tok.low == "bahwa" or predicate_like(tok):
            return False  # "mengatakan akan mundur jika ...": the condition of "mundur"
    return False


NOBODY_REACH = 5
"""Words the party may take between "tidak ada" and "yang" ("tak ada satupun negara")."""

ONE_WORDS = MODALITY_WORDS["one"]
"""Words of one that, with "pun" after them and a negation before, say no one: "tak satu
pun", "tidak seorang pun", "belum ada satupun"."""


def nobody_did(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether the act at ``i`` is said of no one: "tak ada anggota dewan yang
    mengancamnya", "tidak ada satu pun negara yang menyatakan dukungan", "tak satu pun
    yang ditangkap", "tidak seorang pun ditahan". A role noun ("tersangka") in the party
    is no predicate."""
    toks = clause.toks
    k = i - 1
    while k >= 0 and toks[k].low in lex.cue("adverb"):
        k -= 1
    if k >= 0 and toks[k].low == "yang":
        k -= 1
    elif k < 0 or toks[k].low not in {"pun", "satupun", "seorangpun"}:
        return False
    for m in range(k, max(0, k - NOBODY_REACH), -1):
        low = toks[m].low
        one = low in ONE_WORDS and (low.endswith("pun") or toks[m + 1].low == "pun")
        if low == "ada" or one:
            if toks[m - 1].low in lex.cue("neg"):
                return True
            if low == "ada":
                return False
            continue
        if (
            low in HARD_STOP
            or low == ","
            or (predicate_like(toks[m]) and low not in lex.cue("caserole"))
        ):
            return False
    return False


NOT_DOER = MODALITY_WORDS["notdoer"]
"""Words denying that the party after them did the act of the relative clause after it."""


def denied_doer(clause: Clause, i: int) -> bool:
    """Whether the act at ``i`` opens a relative clause whose doer "bukan" denies: "X bukan
    pihak yang menyerang Y", "Kami bukanlah yang memulai", "Bukan X yang menembaki Y": X
    did not do it (a negation cue before the head is cut off by the head, a candidate).
    Only the head itself may stand between ("bukan satu-satunya negara yang menolak":
    not the only one, so it did)."""
    toks = clause.toks
    if i < 2 or toks[i - 1].low != "yang":
        return False
    head = clause.cand_at[i - 2]
    k = i - 2 if head is None else head.i - 1
    return k >= 0 and toks[k].low in NOT_DOER


OCCASION_REACH = 3
"""Words that may stand between a cue of no occasion and the act it governs."""


def cue_before(lex: Lexicon, clause: Clause, i: int, kind: str, skip: frozenset[str]) -> int | None:
    """Where a phrase of cue ``kind`` begins that ends right before token ``i``, past only
    ``skip`` words (adverbs, negation, modal and habit cues) in between; None if none."""
    toks = clause.toks
    phrases = lex.phrases.get(kind, ())
    end = i
    while True:
        last = toks[end - 1].low if end > 0 else None
        for phrase in phrases:
            begin = end - len(phrase)
            if (
                phrase[-1] == last
                and begin >= 0
                and tuple(t.low for t in toks[begin:end]) == phrase
            ):
                return begin
        if end == 0 or toks[end - 1].low not in skip or i - end >= OCCASION_REACH:
            return None
        end -= 1


TALLY_REACH = 6
"""Words that may stand between a tally cue and the "yang" of the acts it counts ("sudah
ada belasan laporan dugaan penipuan yang ...")."""


def tallied(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether the act at ``i`` is only counted so far, its subject a head that a tally
    cue opens ("sudah ada 9 menteri yang ditangkap", "total sudah ada 4 tersangka yang
    telah ditahan"): a running total of acts, no one occasion."""
    toks, lows = clause.toks, clause.lows
    k = i - 1
    while k > 0 and lows[k] in lex.before_verb:
        k -= 1
    if k < 2 or lows[k] != "yang":
        return False
    starts = lex.phrase_starts("tally")
    for b in range(max(0, k - TALLY_REACH - 2), k - 1):
        n = match_phrase(lows, b, starts)
        if n and b + n < k and lows[b + n] in LOCATIVE_PREPS:
            continue  # "petugas sudah ada di rumah warga yang ditangkap ...": is there
        if n and b + n < k and all(any(c.isalnum() for c in t.text) for t in toks[b + n : k]):
            return True
    return False


def permitted(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether the act at ``i`` is only allowed or offered to whoever wants it, a
    permission word opening its clause before it ("Silakan warga yang dirugikan lapor ke
    polisi", "DPR mempersilakan masyarakat mengajukan uji materi"): no one has acted."""
    permits = lex.cue("permit")
    if permits.isdisjoint(clause.words):
        return False  # the usual case
    start = clause_start(clause, i, None, commas=True)
    return any(low in permits for low in clause.lows[start:i])


def no_occasion(lex: Lexicon, clause: Clause, i: int, backing: bool = False) -> str | None:
    """Why the act at ``i`` is said of no occasion, so that it is no event (negated or
    not): a habit ("selalu menolak", "tidak pernah menyerang"), a running total ("sudah
    ada 9 menteri yang ditangkap"), an act only permitted ("silakan lapor"), anyone at
    all as its subject ("siapa pun yang menolak"), its meaning or aim denied ("bukan
    berarti menolak", "tidak bertujuan menyerang") or a manner it lacked ("tanpa
    menyerang").
    ``backing`` (a SUPPORT of a political party) said to be constant ("kami selalu
    mendukung program pemerintah") is a stance stated now, not a habit."""
    skip = lex.before_habit
    habit = cue_before(lex, clause, i, "habit", skip)
    if habit is not None and not (backing and clause.toks[habit].low in lex.cue("standing")):
        return "habitual"
    if cue_before(lex, clause, i, "purport", skip) is not None or purport_opens(lex, clause, i):
        return "aim-denied"
    if cue_before(lex, clause, i, "without", skip) is not None:
        return "without"
    if tallied(lex, clause, i):
        return "tally"
    if permitted(lex, clause, i):
        return "permitted"
    anyone = i > 0 and clause.toks[i - 1].low == "yang"
    if anyone and cue_before(lex, clause, i - 1, "anybody", frozenset()) is not None:
        return "anybody"
    return None


def purport_opens(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether a denied meaning opens the act's clause before its subject ("Bukan berarti
    Indonesia menolak ...", "Tidak berarti pemerintah tidak mau menandatangani ..."): the
    words between are the subject and ``before_habit`` words only."""
    toks = clause.toks
    k = clause_start(clause, i, None, commas=True)
    n = match_phrase(clause.lows, k, lex.phrase_starts("purport")) if k < i else 0
    if not n:
        return False
    k += n
    subject = clause.cand_at[k] if k < i else None
    if subject is None:
        return False
    k = subject.j
    while k < i and toks[k].low in lex.before_habit:
        k += 1
    return k == i


def standing_rule(lex: Lexicon, clause: Clause, i: int, passive: bool) -> bool:
    """Whether the ban at ``i`` is stated as a standing rule, not an act: a rule noun opens
    its clause ("aturan negara melarang wanita mengemudi", "karena peraturan kami melarang
    ..."), or a passive ban describes a thing ("barang yang dilarang oleh Kemenkes"). A
    body newly banning ("Kemendag melarang impor X mulai Januari") is an act."""
    toks = clause.toks
    k = clause_start(clause, i, None, commas=True)
    while k < i and toks[k].low in lex.cue("ruleopen"):
        k += 1
    if k < i and toks[k].low in lex.cue("rulenoun"):
        return True
    return passive and i >= 2 and toks[i - 1].low == "yang" and clause.cand_at[i - 2] is None


POSSIBLY = MODALITY_WORDS["possibly"]
"""Words of possibility that may open a clause before its subject ("Bukan tidak mungkin
KPK memanggil X", "Kemungkinan besar polisi menahan X"): the act is only possible."""


FORESEE = MODALITY_WORDS["foresee"]
"""Words of forecast, belief or fear ("memperkirakan", "khawatir", "menilai")."""
FORESEEN_OF = MODALITY_WORDS["foreseenof"]
"""Words after an act's subject that make the act another's forecast or a seeming ("X
diprediksi akan ...", "X sepertinya akan ...")."""


def foreseen(clause: Clause, i: int) -> bool:
    """Whether a word of forecast, belief or fear opens the clause of token ``i`` before
    the act's subject ("Pengamat memperkirakan Israel akan menyerang Rafah jika ..."), or
    a word of possibility stands anywhere before ``i`` in that clause ("Israel kemungkinan
    akan menyerang ..."): the act is someone's expectation, not the actor's announcement.
    A word of forecast or seeming between the subject and the act ("Israel diprediksi akan
    ...", "Israel sepertinya akan ...") makes it a forecast too. A fear in a clause before
    the comma ("Karena khawatir diserang, Israel akan ...") or the actor's own belief after
    its name ("Kapolri menilai ... dan akan menindak tegas jika ...") is no forecast. Asked
    only of future acts the coder would take as made or as threats, so the scan is rare."""
    start = clause_start(clause, i, None, commas=True)
    lows = clause.lows
    if any(low in POSSIBLY for low in lows[start:i]):
        return True
    if start >= 2 and lows[start - 1] == "," and lows[start - 2] in FORESEE:
        return True  # "Pengamat memperkirakan, Israel akan ..."
    subject = next((c.j for c in map(clause.cand_at.__getitem__, range(i - 1, start - 1, -1))
                    if c is not None), i)  # fmt: skip
    return any(low in FORESEE for low in lows[start:subject]) or any(
        low in FORESEEN_OF for low in lows[subject:i]
    )  # up to the subject's end: a forecaster the name finder took into the subject
    # ("Banyak pihak khawatir Israel")


def possibly_opened(lex: Lexicon, clause: Clause, start: int, subject: int) -> bool:
    """Whether the words from the clause's ``start`` to its ``subject`` are only a word
    of possibility with negations or "besar" around it."""
    lows = [t.low for t in clause.toks[start:subject]]
    if not any(w in POSSIBLY for w in lows):
        return False  # the usual case: no set built
    neg = lex.cue("neg")
    return all(w in POSSIBLY or w in DENIALS or w in neg or w == "besar" for w in lows)


VIEWPOINT = MODALITY_WORDS["viewpoint"]
"""Words after a fronted "jika/bila" that make it a way of looking, no condition ("Jika
dilihat dari kontribusinya, ...", "Bila dibandingkan tahun lalu, ...")."""


DATELINE_WORDS = 3
"""Most words of a dateline before its dash within a clause ("Semarang -", "KOMPAS.com -";
"Jakarta, CNN Indonesia --" parts at its comma)."""


def past_dateline(toks: list[Tok], first: int, end: int) -> int:
    """Where the clause opening at ``first`` goes on after a dateline's dash ("Semarang -
    Jika defisit melebar, ..."), ``first`` when no dash stands in its first words."""
    reach = min(end, first + DATELINE_WORDS + 1)
    dash = next((n for n in range(first + 1, reach) if toks[n].low in DASHES), None)
    return first if dash is None else dash + 1


def fronted_condition(lex: Lexicon, clause: Clause, start: int) -> str | None:
    """How a condition fronted before the comma that opens the clause at ``start`` governs
    it: "Jika gugatan itu ditolak, pihaknya akan banding" gives the act a condition
    ("content"); a bare "Asalkan, dia hadir" makes the act the condition itself
    ("inside"). A "kalau" with no predicate before the comma is a topic ("Kalau soal itu,
    kami menolak"), nor is "Jika dilihat dari ..." (a viewpoint); None also when no such
    clause stands before."""
    toks = clause.toks
    if start < 2 or toks[start - 1].low != ",":
        return None
    first = past_dateline(toks, clause_start(clause, start - 1, None, commas=True), start - 1)
    if toks[first].low not in lex.cue("cond") or toks[first + 1].low in VIEWPOINT:
        return None
    if first == start - 2:
        return "inside"
    return "content" if any(predicate_like(t) for t in toks[first + 1 : start - 1]) else None


def modality(lex: Lexicon, clause: Clause, i: int, nominal: bool = False) -> Modality:
    """Negation, future, hypothetical, condition and stance from the cues around token
    ``i``. A ``nominal`` trigger (pelarangan, dukungan) is negated only by a cue right
    before it or before ``NOMINAL_BRIDGE`` words ("tidak ada penolakan", "tidak akan
    mendapat dukungan"): in "belum tahu alasan pelarangan X" the negation is of the verb
    it precedes. A threat or an offer stays real when only its content is conditional
    ("siap membebaskan sandera jika ..."): ``conditional`` and ``stance`` let the coder
    say so."""
    toks = clause.toks
    start = clause_start(clause, i, None, commas=True)
    neg, fut, cond = lex.cue("neg"), lex.cue("future"), lex.cue("cond")
    that = [
        k for k in range(start, i) if toks[k].low in cond and complementizer(lex, clause, k, start)
    ]
    start = that[-1] + 1 if that else start  # "tidak tahu kalau X ditangkap": as after "bahwa",
    # the cues before it are the verb of knowing's
    negated = future = hypothetical = stance = obliged = False
    modals: set[str] = set()
    neg_at = start
    for k in range(max(start, i - 5), i):
        low = toks[k].low
        if clause.cand_at[k] is not None and clause.cand_at[k].kind != "pron":  # type: ignore[union-attr]
            negated = future = hypothetical = stance = obliged = False  # cues before the
            modals = set()  # subject belong elsewhere
            continue
        if low in JOINED:
            negated &= shared_negation(lex, clause, neg_at, k, i)  # "tidak kuat dan
            continue  # memutuskan untuk meminta bantuan": the negation is of another predicate
        if low in INNER_OPENERS or (
            low in SEQUENCERS and k > start and toks[k - 1].low not in lex.before_verb
        ):
            negated = False
            continue
        if low in lex.cue("undaunted"):
            negated = False  # "tidak akan segan-segan memecat X": resolve, not restraint
            continue
        is_neg, is_modal = modal_cue(lex, clause, k)
        is_modal |= low in CHANCES and k == i - 1  # "membuka kemungkinan berunding"
        if low in ABILITY and any(t.low in GLAD for t in toks[max(start, k - 2) : k]):
            continue  # "bangga dapat bertemu X": the meeting took place
        if is_neg and nominal:
            negated = all(t.low in NOMINAL_BRIDGE for t in toks[k + 1 : i])
            continue
        negated |= is_neg
        neg_at = k if is_neg else neg_at
        future |= low in fut
        stance |= low in fut and low not in TENSE_ONLY
        hypothetical |= is_modal
        modals |= {low} if is_modal else set()
        obliged |= low in OBLIGATION and toks[k - 1].low not in neg | STILL | FEEL  # not
        # "tidak harus" (need not), "masih harus" (still has to: a state, not a demand),
        # "merasa perlu", "menilai perlu" (the subject's own felt need or judged course)
    fronted = None if that else fronted_condition(lex, clause, start)
    inside = fronted == "inside" or any(t.low in cond for t in toks[start:i])  # "jika X
    content = fronted == "content"  # ingin bertemu": the act is the condition; "akan
    # menyerang Rafah jika ...", "Jika X, kami akan ...": the act has one
    purposed = False
    for k in range(i + 1, len(toks)):  # up to the clause's end: not into the next sentence of
        low = toks[k].low  # a quote kept whole ("Kami minta X. Kalau sudah ...": a real request)
        if low in HARD_STOP or low == "," or full_stop(clause, k):
            break
        if low in PURPOSE and k + 1 < len(toks) and active_verb(toks[k + 1]):
            purposed = True
        elif low in cond:
            # past a purpose, a subjectless condition is the purpose's ("berkoordinasi ...
            # untuk menyusun mekanisme jika terjadi X"); one naming its subject is the
            # main act's ("akan menyerang Rafah untuk ... jika Hamas menolak"); neither
            # undoes a condition fronted before the comma ("Jika X, kami siap ... untuk ...
            # jika perlu" hangs on X still)
            content = (
                content or not purposed or (k + 1 < len(toks) and clause.cand_at[k + 1] is not None)
            )
            break
    owner = clause.cand_at[i - 1] if i > 0 else None  # the act's subject, right before it
    planned = owner is not None and owner.i > 0 and toks[owner.i - 1].low in PLANS
    hypothetical |= planned  # "mengecam rencana Israel mencaplok ...": only planned
    hypothetical |= owner is not None and possibly_opened(lex, clause, start, owner.i)
    conditional = content and not inside and not hypothetical
    negated |= nobody_did(lex, clause, i) or denied_doer(clause, i)
    possible = bool(modals) and modals <= ABILITY and not (future or planned or inside or content)
    return Modality(
        negated,
        future,
        hypothetical or inside or content,
        conditional,
        stance,
        obliged,
        inside,
        possible,
        content and fronted == "content",
    )


def reported_by(
    state: State,
    clause: Clause,
    i: int,
    args: Args,
    quote: tuple[int, int] | None,
    following: Clause | None,
) -> list[EntityRef]:
    lex, toks = state.lex, clause.toks
    lows = clause.lows
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
        lows_next = following.lows
        if any(w in ("melaporkan", "memberitakan", "melansir") for w in lows_next):
            out.extend(resolve(state, following, following.cands[:1], None))
    actors = names(args.actor)
    return [r for r in unique(out) if r.entity_name not in actors]


def sentence_contexts(lex: Lexicon, clause: Clause) -> set[str]:
    lows = clause.lows
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


QUESTION_WORDS = MODALITY_WORDS["question"]


def questioned(clause: Clause, i: int, quote: tuple[int, int] | None) -> bool:
    """A trigger inside an embedded yes/no question ("ditanya apakah dia akan mendeportasi
    X", "belum tahu apakah penyidik akan menahan Y") asks whether an event happens; it
    reports none. Its second alternative, past a comma ("apakah menerima putusan itu,
    atau akan mengajukan banding"), is asked as much as its first."""
    toks = clause.toks
    start = clause_start(clause, i, quote, commas=True)
    while 1 < start < i and toks[start].low == "atau" and toks[start - 1].low == ",":
        start = clause_start(clause, start - 1, quote, commas=True)
    return any(t.low in QUESTION_WORDS for t in toks[start:i])


AUTHORITY = MODALITY_WORDS["authority"]
AUTHORITY_HOLDERS = MODALITY_WORDS["authorityholder"]
AUTHORITY_BASIS = MODALITY_WORDS["authoritybasis"]
AUTHORITY_NAMES = MODALITY_WORDS["authorityname"]
GRANTEE_PREPS = MODALITY_WORDS["grantee"]
EXISTENCE = MODALITY_WORDS["existence"]


def governing_word(clause: Clause, i: int) -> tuple[int, bool]:
    """The index of the word that governs the act at ``i`` (-1 if none), past a purpose
    word and the act's own subject ("kewenangan (untuk) memerintahkan", "kewenangan DPR
    memerintahkan", "rencana penyidik Polri meminta"), and whether a subject was passed:
    a power's or a plan's word stands there, not right before the verb."""
    toks, cand_at = clause.toks, clause.cand_at
    k = i - 1
    if k >= 0 and toks[k].low in PURPOSE:
        k -= 1
    held = cand_at[k] if k >= 0 else None
    if held is not None and held.j == k + 1:
        return held.i - 1, True
    return k, False


def authorised(clause: Clause, i: int) -> bool:
    """Whether the act at ``i`` is only what a power or right allows: "kepala sekolah punya
    wewenang menegur siswa", "wali kota berhak membebaskan lahan", "undang-undang memberi
    kewenangan DPR (untuk) memerintahkan BPK". Like an act a word of ability makes
    possible, it reports nothing done (docs/annotation.md 5), and so does a power denied
    ("tak berwenang menahan"). "Pihak berwenang menahan X" and "aparat keamanan berwenang
    menangkap Y" name a body, not a power; "sesuai kewenangan KPK menahan X" tells the
    ground an act is done on."""
    toks, cand_at = clause.toks, clause.cand_at
    k, subject = governing_word(clause, i)
    if subject and k >= 0 and toks[k].low in GRANTEE_PREPS:
        k -= 1  # "kewenangan kepada DPR untuk ..."
    if k < 0 or toks[k].low not in AUTHORITY:
        return False
    if subject and k > 0 and toks[k - 1].low in AUTHORITY_BASIS:
        return False  # "Sesuai kewenangan KPK menahan X": KPK acts on its power
    if toks[k].low not in AUTHORITY_NAMES or k == 0:
        return True
    before = cand_at[k - 1]
    head = toks[before.i].low if before is not None and before.kind == "noun" else ""
    return toks[k - 1].low not in AUTHORITY_HOLDERS and head not in AUTHORITY_HOLDERS


NO_PLAN = MODALITY_WORDS["noplan"]


def unplanned(lex: Lexicon, clause: Clause, i: int) -> bool:
    """Whether the act at ``i`` is one its actor is said to have no plan for: "polisi
    belum berencana memeriksa X", "tak ada rencana penyidik memanggil Y (untuk) ...".
    An intent alone summons or charges no one (docs/annotation.md 5); the lack of one
    reports nothing at all, not even a negated act."""
    toks = clause.toks
    k, _ = governing_word(clause, i)  # "tak ada rencana penyidik Polri meminta ..."
    if k < 1 or toks[k].low not in NO_PLAN:
        return False
    k -= 1
    if toks[k].low in EXISTENCE and k > 0:
        k -= 1
    return toks[k].low in lex.cue("neg")


def nominal_use(
    lex: Lexicon, clause: Clause, i: int, j: int, quote: tuple[int, int] | None
) -> bool:
    """A verb phrase used as a noun reports no event.

    "Mengundang pimpinan Hamas untuk mengunjungi Moskow adalah sebuah pesan": the
    clause opens with a verb, has no subject, and its predicate is a copula later on;
    every trigger before the copula names an idea, not something that happened. A copula
    inside the trigger's own span ``i:j`` is part of the predicate ("..., menyebut usulan
    itu adalah gagasan konyol": a verdict), so the search starts after it.
    """
    toks = clause.toks
    start = clause_start(clause, i, quote, commas=True)
    if start >= len(toks) or toks[start].low not in lex.trigger_words:
        return False
    for tok in toks[j:]:
        if tok.low in HARD_STOP:
            return False
        if tok.low in COPULAS:
            return True
    return False
