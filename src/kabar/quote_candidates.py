"""Quote candidates: where reported speech is in a text, and the span naming its speaker.

The cue patterns are listed in ``kabar.quotes``; this module finds them in the plain
text alone (no mentions), so claims and tests can use it on its own. ``kabar.quotes``
resolves the speakers to actors.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from kabar.numbers import read_table
from kabar.segment import CLOSE_QUOTE_MARKS as CLOSE_MARKS
from kabar.segment import OPEN_QUOTE_MARKS as OPEN_MARKS
from kabar.segment import QUOTE_MARK
from kabar.segment import STRAIGHT_QUOTE as STRAIGHT

TOKEN = re.compile(f"[^\\s,;:()\\[\\]!?{STRAIGHT}{OPEN_MARKS}{CLOSE_MARKS}]+")
VERBISH = re.compile(r"^(?:me|ber|di|ter)[a-z]{3,}$")
DATELINE = re.compile(r"[A-Z][\w .]{1,30}, [^\n–—-]{1,40}\s[–—-]+\s")
MENURUT_BEFORE = re.compile(
    r"(?<![\w-])(?:[Mm]enurut|[Kk]ata)(?P<nya>nya)?\s*(?P<who>[^,.:“”\"\n]{0,80}?)\s*[,:]\s*$"
)
PRONOUN_REACH = 600  # characters back a pronoun looks for a person mention
SPEAKER_REACH = 1500  # characters back a cue-less quote or pronoun inherits the last speaker
MAX_SPEAKER_TOKENS = 10
MAX_AFTER_TOKENS = 14  # "ucap Kepala Unit Reserse Kriminal Polsek X Inspektur Polisi Satu Y"
APPOSITION = re.compile(
    r",\s*(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)"
    r"(?P<next>\s*[,.;)]|\s*$|\s+[a-z]+)"
)
QUOTING = re.compile(
    r"\s+(?:(?:yang\s+)?(?:mengutip|menukil)\s+(?:(?:pernyataan|ucapan|perkataan|"
    r"kata-kata|keterangan|penjelasan)\s+)?"
    r"|,?\s*yang\s+(?:(?:akrab|biasa|kerap|karib)\s+)?(?:disapa|dipanggil|bernama)\s+)"
)
NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")  # a clean name: capitalised words
WEEKDAYS = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"})


@dataclass(frozen=True)
class Lexicon:
    post: frozenset[str]
    pre_strength: dict[str, str]
    words: dict[str, frozenset[str]]
    post_after: re.Pattern[str]
    post_indirect: re.Pattern[str]
    pre_verb: re.Pattern[str]
    pre_before: re.Pattern[str]
    pre_colon: re.Pattern[str]
    forward: re.Pattern[str]

    def has(self, role: str, word: str) -> bool:
        return word in self.words.get(role, frozenset())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    rows = read_table("speech_verbs.tsv")
    post = frozenset(r[0] for r in rows if r[1] == "post")
    pre = {r[0]: r[2] for r in rows if r[1] == "pre"}
    roles: dict[str, set[str]] = {}
    for word, role in read_table("quote_words.tsv"):
        roles.setdefault(role, set()).add(word)
    post_alt = "|".join(sorted(post, key=len, reverse=True))
    pre_alt = "|".join(sorted(pre, key=len, reverse=True))
    passive_alt = "|".join(sorted((r[0] for r in rows if r[1] == "passive"), key=len, reverse=True))
    nouns = "|".join(sorted(roles.get("forward", ()), key=len, reverse=True))
    statements = "|".join(sorted(roles.get("statement", ()), key=len, reverse=True))
    return Lexicon(
        post=post,
        pre_strength=pre,
        words={k: frozenset(v) for k, v in roles.items()},
        post_after=re.compile(
            rf"^[\s,]*(?:demikian\s+)?(?P<cue>{post_alt})(?P<nya>nya)?(?![\w-])", re.IGNORECASE
        ),
        post_indirect=re.compile(r",\s*(?P<cue>kata|ujar|ucap|tutur)(?P<nya>nya)?(?![\w-])"),
        pre_verb=re.compile(rf"(?<![\w-])(?P<cue>{pre_alt})(?![\w-])"),
        pre_before=re.compile(
            rf"(?<![\w-])(?P<cue>{pre_alt}|[Kk]ata(?:nya)?|[Uu]jar(?:nya)?)"
            r"(?:\s+(?:bahwa|kalau))?\s*[:,]?\s*$"
        ),
        pre_colon=re.compile(rf"(?<![\w-])(?P<cue>{pre_alt})(?![\w-])[^.!?“”\"\n]{{0,60}}:\s*$"),
        forward=re.compile(
            r"[\s.,]*(?:(?:demikian|begitu|itulah)(?:\s+(?:yang|antara\s+lain))?"
            rf"|(?:{nouns})\s+(?:itu|ini|tersebut))\s+(?:(?:juga|pula|kembali)\s+)?"
            rf"(?:(?P<cue>{passive_alt})\s+(?:oleh\s+)?|(?=(?:bunyi\s+|isi\s+)?(?:{statements})\s))",
            re.IGNORECASE,
        ),
    )


@dataclass
class Candidate:
    start: int
    end: int
    kind: str  # direct, indirect
    cue: str | None
    rule: str
    speaker: tuple[int, int] | None  # span as written
    anchor: int  # where a pronoun speaker is written (for antecedent search)
    pronoun: bool = False
    inherit: bool = False  # cue-less: the last speaker said it
    mark: int = -1  # the opening quote mark of a direct quote
    follow: tuple[int, int] | None = None  # the speaker of the quote right after a cue-less one


# ---------------------------------------------------------------- speakers


def np_token(tok: str, lex: Lexicon) -> bool:
    low = tok.lower()
    if tok[:1].isupper() or tok[:1].isdigit():
        return True
    return lex.has("head", low) or lex.has("mod", low) or lex.has("pronoun", low)


def has_head(tokens: list[str], lex: Lexicon) -> bool:
    return any(
        t[:1].isupper() or lex.has("head", t.lower()) or lex.has("pronoun", t.lower())
        for t in tokens
    )


def verbish(tok: str, lex: Lexicon) -> bool:
    low = tok.lower()
    return bool(VERBISH.match(low)) and not (
        lex.has("notverb", low) or lex.has("head", low) or lex.has("pronoun", low)
    )


def tokens_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for m in TOKEN.finditer(text, start, end):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in ".'’-":
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def trim_statement(text: str, toks: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Drop "pernyataan"/"keterangan resmi" before the organisation that issued it."""
    i = 0
    while i < len(toks) - 1:
        word = text[toks[i][0] : toks[i][1]].lower()
        if not (lex.has("statement", word) or (i and lex.has("statementend", word))):
            break
        i += 1
    return toks[i:]


def speaker_after(text: str, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    """The speaker written after a post cue: "kata Menteri Luar Negeri Iran di Teheran"."""
    limit = min(len(text), pos + 160)
    toks = tokens_in(text, pos, limit)
    taken: list[tuple[int, int]] = []
    prev_end = pos
    for s, e in toks:
        word = text[s:e]
        low = word.lower()
        gap = text[prev_end:s]
        if taken and gap.strip():
            break
        if not taken and gap.strip(" \t"):
            break
        if lex.has("stop", low) or not np_token(word, lex):
            if not taken and lex.has("statement", low):
                taken.append((s, e))
                prev_end = e
                continue
            break
        taken.append((s, e))
        prev_end = e
        if text[e : e + 1] == "." or len(taken) >= MAX_AFTER_TOKENS:
            break
    taken = trim_statement(text, taken, lex)
    words = [text[s:e] for s, e in taken]
    if not taken or not has_head(words, lex):
        return None
    if (
        len(taken) > 1
        and lex.has("demonstrative", words[-1].lower())
        and not any(lex.has("head", w.lower()) for w in words)
    ):
        taken.pop()  # "Ali Bagheri Kani tersebut"
    span = taken[0][0], taken[-1][1]
    quoted = quoting_after(text, span[1], lex)
    if quoted is not None:
        return quoted
    return apposition(text, span, lex)


def apposition(text: str, span: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """An office followed by its holder's name: "kata Kasat Reskrim Polres X, AKP Y, Sabtu"
    speaks as "Kasat Reskrim Polres X, AKP Y"."""
    m = APPOSITION.match(text, span[1])
    if m is None:
        return span
    words = m.group("name").split()
    follow = m.group("next").strip(" ,.;)")
    if follow and (
        lex.has("joiner", follow.lower())
        or not (lex.has("stop", follow.lower()) or lex.has("via", follow.lower()))
    ):
        return span  # "kata Aher, Iwa semestinya …": a new clause, not a name in apposition
    if (
        words[0].lower() in WEEKDAYS
        or any(lex.has("stop", w.lower()) for w in words)
        or lex.has("pronoun", words[0].lower())
    ):
        return span
    return span[0], m.end("name")


def quoting_after(text: str, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "tulis pernyataan Kedutaan X yang mengutip (pernyataan) Y", "jelas pria yang akrab
    disapa Y": Y is the speaker."""
    stop = sentence_end(text, pos)
    gap = re.match(r"(?:\s+(?:di|dari)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?", text[pos:stop])
    at = pos + (gap.end() if gap else 0)
    m = QUOTING.match(text, at, stop)
    if m is None:
        return None
    inner = speaker_after(text, m.end(), lex)
    if inner is None or not text[inner[0] : inner[0] + 1].isupper():
        return None
    return inner


def sentence_start(text: str, pos: int) -> int:
    """Start of the sentence holding ``pos`` (after ". ", "! ", "? " or a newline)."""
    best = text.rfind("\n", 0, pos) + 1
    for mark in (". ", "! ", "? "):
        found = text.rfind(mark, best, pos)
        if found >= 0:
            best = max(best, found + 2)
    return best


def sentence_end(text: str, pos: int) -> int:
    """End of the sentence holding ``pos``: just before its final punctuation or newline."""
    nl = text.find("\n", pos)
    end = len(text) if nl < 0 else nl
    for mark in (". ", "! ", "? "):
        found = text.find(mark, pos, end)
        if found >= 0:
            end = found
    while end > pos and text[end - 1] in " .!?\t\r":
        end -= 1
    return end


def subject_before(text: str, verb: int, lex: Lexicon) -> tuple[int, int] | None:
    """The speaker written before a speech verb: the noun phrase right before it, else the
    subject at the start of the clause ("X menyampaikan … dan mengatakan …")."""
    start = sentence_start(text, verb)
    toks = tokens_in(text, start, verb)
    while toks and lex.has("aux", text[toks[-1][0] : toks[-1][1]].lower()):
        toks.pop()
    if toks and (
        lex.has("neg", text[toks[-1][0] : toks[-1][1]].lower())
        or text[toks[-1][0] : toks[-1][1]].lower() == "yang"
    ):
        return None  # "tidak mengatakan", "pernyataan … yang menegaskan"
    run: list[tuple[int, int]] = []
    right = toks[-1][1] if toks else verb
    if text[right:verb].strip() not in ("", ","):
        return None
    for i in range(len(toks) - 1, -1, -1):
        s, e = toks[i]
        word = text[s:e]
        gap = text[e : run[0][0]] if run else ""
        if (run and gap.strip()) or not np_token(word, lex) or lex.has("stop", word.lower()):
            break
        run.insert(0, (s, e))
        if len(run) > MAX_SPEAKER_TOKENS:
            return None
    while run and (
        lex.has("intro", text[run[0][0] : run[0][1]].lower())
        or lex.has("stop", text[run[0][0] : run[0][1]].lower())
    ):
        run.pop(0)
    if run:
        before = [t for t in toks if t[1] <= run[0][0]]
        gap = text[before[-1][1] : run[0][0]] if before else ""
        if before and not gap.strip():
            stopper = text[before[-1][0] : before[-1][1]].lower()
            comma = text.rfind(",", 0, before[-1][0])
            if (
                lex.has("via", stopper)
                and comma >= 0
                and not text[comma + 1 : before[-1][0]].strip()
            ):
                return subject_before(text, comma, lex)  # "X, dilansir Sputnik, mengatakan"
            head = relative_head(text, before, lex)
            if head is not None and verbish(stopper, lex):
                return head, run[-1][1]  # "kelompok yang didukung Iran itu menegaskan"
            if not (verbish(stopper, lex) or lex.has("intro", stopper) or lex.has("that", stopper)):
                return None
    elif toks:
        run = clause_subject(text, toks, lex)
    if len(run) > 1 and lex.has("pronoun", text[run[-1][0] : run[-1][1]].lower()):
        run = run[-1:]  # "Sejauh ini dia mengaku": the pronoun is the subject
    run = trim_statement(text, run, lex)
    if not run or not has_head([text[s:e] for s, e in run], lex):
        return None
    return run[0][0], run[-1][1]


def relative_head(text: str, before: list[tuple[int, int]], lex: Lexicon) -> int | None:
    """Where the head noun of "<head> yang <verb> <run>" starts, when ``before`` ends with
    "<head> yang <verb>"; None otherwise."""
    if len(before) < 3 or text[before[-2][0] : before[-2][1]].lower() != "yang":
        return None
    head: int | None = None
    right = before[-2][0]
    for s, e in reversed(before[:-2]):
        word = text[s:e]
        if text[e:right].strip() or not np_token(word, lex) or lex.has("stop", word.lower()):
            break
        head, right = s, s
    if head is None:
        return None
    first = text[head : before[-2][0]].split()[0]
    return head if first[:1].isupper() or lex.has("head", first.lower()) else None


def clause_subject(text: str, toks: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """The subject at the start of a sentence, after an opening adverbial phrase."""
    first = text[toks[0][0] : toks[0][1]].lower()
    if lex.has("stop", first) or lex.has("intro", first) or verbish(first, lex):
        comma = text.find(",", toks[0][0], toks[-1][1])
        if comma < 0:
            return []
        toks = [t for t in toks if t[0] > comma]
    run: list[tuple[int, int]] = []
    for s, e in toks:
        word = text[s:e]
        if run and text[run[-1][1] : s].strip():
            break
        if not np_token(word, lex) or lex.has("stop", word.lower()):
            break
        run.append((s, e))
    if len(run) > MAX_SPEAKER_TOKENS or len(run) == len(toks):
        return []
    return run


# ---------------------------------------------------------------- direct quotes


def quote_pairs(text: str) -> list[tuple[int, int, int, int]]:
    """(open mark, content start, content end, end of closing mark) for each quotation."""
    pairs: list[tuple[int, int, int, int]] = []
    open_at: int | None = None
    para_end = -1
    nested = False  # a straight-quoted phrase inside a curly quotation
    for m in QUOTE_MARK.finditer(text):
        i = m.start()
        c = text[i]
        if open_at is not None and c == STRAIGHT and text[open_at] in OPEN_MARKS and i <= para_end:
            if nested:
                nested = False
                continue
            after = text[i + 1 : i + 2]
            if (i > 0 and text[i - 1].isspace()) and after and not after.isspace():
                nested = True
                continue
        if open_at is not None and i > para_end >= 0:
            # the quote ran past its paragraph: continue only if this paragraph opens with a mark
            next_para = text.rfind("\n", 0, i) + 1
            if next_para > para_end and not text[next_para:i].strip() and c not in CLOSE_MARKS[1:]:
                para_end = paragraph_end(text, i)
                continue
            pairs.append((open_at, open_at + 1, para_end, para_end))
            open_at, nested = None, False
        if open_at is None:
            after = text[i + 1 : i + 2]
            if c in OPEN_MARKS or (
                (c == STRAIGHT or c == "”")
                and after
                and not after.isspace()
                and (i == 0 or not text[i - 1].isalnum())
            ):
                open_at = i
                para_end = paragraph_end(text, i)
        elif c in CLOSE_MARKS or c == STRAIGHT:
            pairs.append((open_at, open_at + 1, i, i + 1))
            open_at, nested = None, False
    if open_at is not None:
        pairs.append((open_at, open_at + 1, para_end, para_end))
    return pairs


def paragraph_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    if start == 0:
        dateline = DATELINE.match(text, 0, end)
        if dateline:
            start = dateline.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def direct_candidate(text: str, pair: tuple[int, int, int, int], lex: Lexicon) -> Candidate | None:
    cand = find_direct(text, pair, lex)
    if cand is not None:
        cand.mark = pair[0]
    return cand


def forward_speaker(text: str, close: int, lex: Lexicon) -> tuple[tuple[int, int], str] | None:
    """The speaker (and cue) named in the sentence after a cue-less quote: "“…” Demikian
    disampaikan X", "“…” Hal itu dikatakan oleh X", "“…,” demikian keterangan resmi BPS"."""
    m = lex.forward.match(text, close, min(len(text), close + 200))
    if m is None:
        return None
    speaker = speaker_after(text, m.end(), lex)
    if speaker is None:
        return None
    return speaker, (m.group("cue") or "demikian").lower()


def find_direct(text: str, pair: tuple[int, int, int, int], lex: Lexicon) -> Candidate | None:
    mark, cstart, cend, close = pair
    start, end = trim(text, cstart, cend)
    if end <= start:
        return None
    after = text[close : close + 200]
    post = lex.post_after.match(after)
    if post and close < len(text):
        cue = post.group("cue")
        if post.group("nya"):  # "…,” ujarnya": look for the speaker before the quote
            return Candidate(
                start, end, "direct", cue.lower() + "nya", "direct-post", None, mark, pronoun=True
            )
        speaker = speaker_after(text, close + post.end(), lex)
        if speaker:
            return Candidate(
                start,
                end,
                "direct",
                cue.lower(),
                "direct-post",
                speaker,
                speaker[0],
                pronoun=is_pronoun(text, speaker, lex),
            )
    active = active_after(text, close, lex)
    if active and (
        starts_sentence(text, mark)
        or text[cend - 1 : cend] == ","
        or text[close : close + 1] == ","
    ):
        return active_candidate(text, start, end, active, lex)
    window_start = max(0, text.rfind("\n", 0, max(0, mark - 1)) + 1, mark - 250)
    before = text[window_start:mark]
    pre = lex.pre_colon.search(before) or lex.pre_before.search(before)
    if pre:
        verb = window_start + pre.start("cue")
        cue = pre.group("cue")
        if cue.lower().endswith("nya"):
            return Candidate(
                start, end, "direct", cue.lower(), "direct-pre", None, verb, pronoun=True
            )
        if lex.has("speakerafter", cue.lower()):
            speaker = speaker_after(text, window_start + pre.end("cue"), lex)
        else:
            speaker = subject_before(text, verb, lex)
        if speaker:
            return Candidate(
                start,
                end,
                "direct",
                cue.lower(),
                "direct-pre",
                speaker,
                speaker[0],
                pronoun=is_pronoun(text, speaker, lex),
            )
    menurut = MENURUT_BEFORE.search(before)
    if menurut:
        cand = menurut_candidate(text, window_start, menurut, start, end, "direct", lex)
        if cand:
            cand.rule = "direct-menurut"
            return cand
    forward = forward_speaker(text, close, lex)
    if forward is not None:
        who, cue = forward
        return Candidate(
            start,
            end,
            "direct",
            cue,
            "direct-forward",
            who,
            who[0],
            pronoun=is_pronoun(text, who, lex),
        )
    if end - start >= 20 and len(text[start:end].split()) >= 5 and starts_sentence(text, mark):
        return Candidate(start, end, "direct", None, "direct-context", None, mark, inherit=True)
    return None


def active_after(text: str, close: int, lex: Lexicon) -> re.Match[str] | None:
    """“…,” Menteri itu menambahkan: the speaker then an active speech verb after a quote."""
    stop = sentence_end(text, close)
    verb = lex.pre_verb.search(text, close, min(stop + 1, close + 120))
    if verb is None:
        return None
    between = text[close : verb.start()].strip(" ,\t")
    if not between or any(ch in between for ch in '.!?“”"\n'):
        return None
    return verb


def active_candidate(
    text: str, start: int, end: int, verb: re.Match[str], lex: Lexicon
) -> Candidate | None:
    speaker = subject_before(text, verb.start(), lex)
    if speaker is None:
        return None
    return Candidate(
        start,
        end,
        "direct",
        verb.group("cue"),
        "direct-post-active",
        speaker,
        speaker[0],
        pronoun=is_pronoun(text, speaker, lex),
    )


def starts_sentence(text: str, mark: int) -> bool:
    before = text[max(0, mark - 3) : mark].rstrip(" \t")
    return not before or before[-1] in ".!?\n:"


def is_pronoun(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    return lex.has("pronoun", text[span[0] : span[1]].lower())


# ---------------------------------------------------------------- indirect quotes


def menurut_candidate(
    text: str, base: int, m: re.Match[str], start: int, end: int, kind: str, lex: Lexicon
) -> Candidate | None:
    anchor = base + m.start()
    if m.group("nya"):
        if m.group("who").strip():
            return None
        return Candidate(start, end, kind, "menurut", f"{kind}-menurut", None, anchor, pronoun=True)
    toks = tokens_in(text, base + m.start("who"), base + m.end("who"))
    words = [text[s:e] for s, e in toks]
    if not toks or len(toks) > 12 or not (has_head(words, lex) or lex.has("statement", words[-1])):
        return None
    speaker = (toks[0][0], toks[-1][1])
    return Candidate(
        start,
        end,
        kind,
        "menurut",
        f"{kind}-menurut",
        speaker,
        speaker[0],
        pronoun=is_pronoun(text, speaker, lex),
    )


def has_predicate(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Does the reported content read as a clause (a verb or modal not in first place)?"""
    words = [text[s:e].lower() for s, e in tokens_in(text, start, min(end, start + 300))]
    for word in words[1:]:
        if lex.has("purpose", word):
            return False
        if lex.has("clause", word) or verbish(word, lex):
            return True
    return False


def indirect_candidates(text: str, inside: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    found: list[Candidate] = []
    starts = [s for s, _ in inside]

    def covered(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and inside[i][0] <= pos < inside[i][1]

    for verb in lex.pre_verb.finditer(text):
        if covered(verb.start()):
            continue
        cand = verb_candidate(text, verb, lex)
        if cand:
            found.append(cand)
    for m in re.finditer(r"(?<![\w-])[Mm]enurut(?P<nya>nya)?(?![\w-])", text):
        if covered(m.start()):
            continue
        cand = menurut_indirect(text, m, lex)
        if cand:
            found.append(cand)
    for m in lex.post_indirect.finditer(text):
        if covered(m.start()) or text[max(0, m.start() - 1) : m.start()] in CLOSE_MARKS + STRAIGHT:
            continue
        sstart = sentence_start(text, m.start())
        if QUOTE_MARK.search(text, sstart, m.start()):
            continue
        start, end = trim(text, sstart, m.start())
        if len(text[start:end].split()) < 3:
            continue
        if m.group("nya"):
            found.append(
                Candidate(
                    start,
                    end,
                    "indirect",
                    m.group("cue") + "nya",
                    "indirect-post",
                    None,
                    m.start("cue"),
                    pronoun=True,
                )
            )
            continue
        speaker = speaker_after(text, m.end(), lex)
        if speaker:
            found.append(
                Candidate(
                    start,
                    end,
                    "indirect",
                    m.group("cue"),
                    "indirect-post",
                    speaker,
                    speaker[0],
                    pronoun=is_pronoun(text, speaker, lex),
                )
            )
    return found


def verb_candidate(text: str, verb: re.Match[str], lex: Lexicon) -> Candidate | None:
    cue = verb.group("cue")
    pos = verb.end()
    send = sentence_end(text, pos)
    rest = text[pos:send]
    lead = re.match(r"[\s,:]*(?:(?:kembali|juga|pula|lagi)\s+)?", rest)
    offset = lead.end() if lead else 0
    if rest[offset : offset + 1] in OPEN_MARKS + STRAIGHT + "”" or QUOTE_MARK.match(rest, offset):
        return None  # a direct quote follows
    lowered = rest[offset : offset + 90].lower()
    that = re.match(r"(?:bahwa|kalau)\s+", lowered)
    if not that and re.match(r"(?:kepada|pada|dalam|di|saat|ketika|melalui|lewat|usai)\b", lowered):
        that = re.search(r"(?:,\s*|\s)(?:bahwa|kalau)\s+", lowered)
        if not that:
            return None
    if that:
        offset += that.end()
    start, end = trim(text, pos + offset, send)
    if len(text[start:end].split()) < 3:
        return None
    coordinated = re.search(
        r",?\s+(?:dan|serta)\s+(?:(?:juga|pun|kemudian|lalu)\s+)?"
        rf"(?:{lex.pre_verb.pattern})",
        text[start:end],
    )
    if coordinated:  # "menjelaskan … dan mengatakan bahwa …": each verb reports its own part
        start, end = trim(text, start, start + coordinated.start())
    if not that and not has_predicate(text, start, end, lex):
        return None
    speaker = subject_before(text, verb.start(), lex)
    if speaker is None:
        return None
    return Candidate(
        start,
        end,
        "indirect",
        cue,
        "indirect-verb",
        speaker,
        speaker[0],
        pronoun=is_pronoun(text, speaker, lex),
    )


def menurut_indirect(text: str, m: re.Match[str], lex: Lexicon) -> Candidate | None:
    sstart = sentence_start(text, m.start())
    send = sentence_end(text, m.start())
    head = text[sstart : m.start()].strip()
    if not head or re.fullmatch(r"(?:[A-Z]\w*|[Nn]amun|[Ss]ementara itu|[Tt]etapi)\s*,?", head):
        comma = text.find(",", m.end(), send)
        if comma < 0 or QUOTE_MARK.search(text, comma, min(send, comma + 4)):
            return None
        start, end = trim(text, comma + 1, send)
        if len(text[start:end].split()) < 3:
            return None
        sub = re.match(r"[Mm]enurut(?P<nya>nya)?\s*(?P<who>[^,]*)", text[m.start() : comma])
        return menurut_candidate(text, m.start(), sub, start, end, "indirect", lex) if sub else None
    if head.endswith(",") and "," not in text[m.end() : send]:
        start, end = trim(text, sstart, text.rfind(",", sstart, m.start()))
        if len(text[start:end].split()) < 3 or QUOTE_MARK.search(text, start, end):
            return None
        sub = re.match(r"[Mm]enurut(?P<nya>nya)?\s*(?P<who>.*)", text[m.start() : send])
        return menurut_candidate(text, m.start(), sub, start, end, "indirect", lex) if sub else None
    return None


def find_quote_candidates(text: str) -> list[Candidate]:
    """All quotes in ``text`` in order of position, with their speaker spans unresolved."""
    lex = lexicon()
    direct: list[Candidate] = []
    inside: list[tuple[int, int]] = []
    for pair in quote_pairs(text):
        inside.append((pair[0], pair[3]))
        cand = direct_candidate(text, pair, lex)
        if cand:
            direct.append(cand)
    inside.sort()
    link_runs(text, direct)
    found = direct + indirect_candidates(text, inside, lex)
    seen: set[tuple[int, int]] = set()
    unique = []
    for cand in sorted(found, key=lambda c: (c.start, c.end)):
        if (cand.start, cand.end) not in seen:
            seen.add((cand.start, cand.end))
            unique.append(cand)
    return unique


def link_runs(text: str, direct: list[Candidate]) -> None:
    """Consecutive quotes with nothing but marks and spaces between them form a run: a
    cue-less quote in a run ended by "“…” Demikian disampaikan X" is X's too, and one that
    opens a run ("“A.” ¶ “B,” kata X") knows the speaker named right after it."""
    for prev, cand in zip(reversed(direct[:-1]), reversed(direct[1:]), strict=True):
        if not prev.inherit or text[prev.end : cand.mark].strip(' \t\r\n,.!?“”"„«»'):
            continue
        if cand.rule == "direct-forward":
            prev.rule, prev.speaker, prev.anchor, prev.cue = (
                cand.rule,
                cand.speaker,
                cand.anchor,
                cand.cue,
            )
            prev.pronoun, prev.inherit = cand.pronoun, False
        elif cand.speaker is not None and not cand.pronoun:
            prev.follow = cand.speaker
