"""Cleaning: strip site residue from raw article text, keeping a record of every cut.

What is removed, and why, is recorded as :class:`~kabar.model.Cut` objects with
offsets into the raw text. The patterns (residue lines, inline markers, editor
codes, sign-offs) live in ``data/residue.tsv``; teaser headlines pasted inside an
article are found by their form (headline-like: short, Title Case, no final
period, no speech verb) and by the break in topic (few of their words occur in
the rest of the article). A block of teasers pasted inside a sentence is a long
Title-Case run in a line whose capitalised words are largely ordinary words
(a general list plus the words the article itself writes in lower case), which
names, offices and titles of laws are not, and whose words the article does not
otherwise use (:meth:`_Cutter._inline_teasers`).

Derivation, documented once and implemented once (:func:`apply_cuts`):

1. Remove every cut span from the raw text. Where a removed region has a
   non-space character on both sides, one space is put in its place (this is
   how a teaser block that interrupted a paragraph is spliced out).
2. Normalise whitespace: a whitespace run holding two or more newlines becomes
   one blank line (``"\\n\\n"``), one holding a single newline becomes ``"\\n"``
   (spaces at line ends and starts go), any other run that is not a single
   space becomes ``" "``; leading and trailing whitespace is dropped.

``clean_text`` returns exactly ``apply_cuts(raw, cuts)[0]``; the
:class:`OffsetMap` from ``apply_cuts`` maps clean offsets back to raw ones.

Mojibake (UTF-8 read as Latin-1 or cp1252: "AntÃ³nio", "â€œ") is repaired by
substitution, not removal: a repair is a :class:`~kabar.model.Cut` with reason
``mojibake`` whose ``replacement`` takes the place of the raw stretch in step 1
(no splice space; a cut overlapping a repair wins). A known outlet name glued to
the word before it ("kepadadetikcom") is repaired the same way, reason ``glued``: the
outlet name is the repaired stretch and its replacement the name with the space put back
(:func:`glued_repairs`). Offsets inside a repaired
stretch map to its raw start (:meth:`OffsetMap.raw_span` sends a span's end to its
raw end), so evidence over a repaired name maps back to the raw name.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kabar.config import CleanConfig
from kabar.context import Context
from kabar.dates import WEEKDAYS
from kabar.model import Article, Cut, TraceStep

_SENT_END = frozenset(".!?\"”’'")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,]*", re.UNICODE)
_SENT_SPLIT = re.compile(r"(?<=[a-z)]{2})[.!?][\"”’']?\s+(?=[\"“‘]?[A-Z0-9])")
_WS_RUN = re.compile(r"(?=\s)(?:\A\s+|[^\S\n]*\n\s*|[^\S\n]{2,}|[^\S\n ]|\s+\Z)")
_BULLET = re.compile(r"[•·▪●◦‣∙*-]\s*\S[^\n]{0,150}")
_HEADLINE_STOP = frozenset('.,;:"”“’)')
_LIST_ITEM = re.compile(r"\(?\d{1,3}[.)]\s|[•·▪●◦‣∙*-]\s")
_LABEL = re.compile(r"[^\s:]+(?:\s+[^\s:]+){0,2}\s*:")
_LISTY = re.compile(r"^\(?\d{1,3}[.)]\s|\d\s*[-–:]\s*\d|\d\s+[-–]\s|\s/\s|\S/\S.*\S/\S")
# Ten capitalised tokens, a short lower-case word allowed between two: where a teaser
# run inside a line may be (a cheap filter; :meth:`_Cutter._inline_teasers` decides).
_CAPS_RUN = re.compile(r"[A-Z](?:\S*+[ \t]++(?:[a-z]{1,6}+[ \t]++)?+[A-Z0-9]){9}")
_TOKEN = re.compile(r"\S+")
_RUN_BREAK = frozenset("\"“”‘’'()[]{};")
_OPEN_QUOTE = frozenset("\"“‘'")
_CLOSE_QUOTE = frozenset("\"”’'")
# An inline teaser run: at least RUN_MIN tokens, of whose capitalised words at least
# RUN_COMMON (and a RUN_COMMON_SHARE) are ordinary words, and at most RUN_OVERLAP of
# whose content words occur elsewhere in the article.
RUN_MIN = 10
RUN_COMMON = 5
RUN_COMMON_SHARE = 0.3
RUN_OVERLAP = 0.2
EDGE_NAME = 3  # at most this many name words before/after a run's outer function words stay
# The mark of UTF-8 read as Latin-1/cp1252: a lead byte (Â..ß, à..ï, ð..ô) followed by the
# continuation bytes as those code pages show them. A cheap test: only lines holding it
# go to ftfy, which decides whether they are mojibake.
_CONT = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(f"[\xc2-\xdf][{_CONT}]|[\xe0-\xef][{_CONT}]{{2}}|[\xf0-\xf4][{_CONT}]{{3}}")
_LEAD = re.compile("[\xc2-\xf4]")  # cheaper still: most texts have no lead byte at all
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
MOJIBAKE = "mojibake"  # the reason of a repair
MOJIBAKE_FLAG = "mojibake_repaired"
GLUED = "glued"  # the reason of a repair that puts back a space lost before an outlet name


@dataclass(frozen=True)
class _Rules:
    line: re.Pattern[str]  # all whole-line rules as one alternation of named groups
    line_reasons: dict[str, str]
    line_hinted: tuple[tuple[str, re.Pattern[str], str], ...]  # slow line rules with a hint
    header: re.Pattern[str]
    label: re.Pattern[str]
    inline: tuple[tuple[str, re.Pattern[str], str], ...]  # (reason, pattern, hint)
    end: tuple[tuple[str, re.Pattern[str], str], ...]
    tail: tuple[tuple[str, re.Pattern[str], str], ...]
    function: frozenset[str]
    speech: frozenset[str]
    common: frozenset[str]
    lists: dict[str, frozenset[str]]


def _scoped(value: str) -> str:
    """``(?i)x`` -> ``(?i:x)``, so rules can be joined in one alternation."""
    return f"(?i:{value[4:]})" if value.startswith("(?i)") else f"(?:{value})"


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """Load ``data/residue.tsv`` once."""
    text = (Path(__file__).parent / "data" / "residue.tsv").read_text(encoding="utf-8")
    whole: dict[str, list[tuple[str, str]]] = {"line": [], "header": [], "label": []}
    anchored: dict[str, list[tuple[str, re.Pattern[str], str]]] = {
        "inline": [],
        "end": [],
        "tail": [],
    }
    words: dict[str, set[str]] = {}
    hinted: list[tuple[str, re.Pattern[str], str]] = []
    for raw_line in text.splitlines():
        if not raw_line.strip() or raw_line.startswith("#"):
            continue
        kind, reason, value, *rest = raw_line.split("\t")
        hint = rest[0] if rest else ""
        if kind == "words":
            words.setdefault(reason, set()).update(value.split())
        elif kind == "line" and hint:
            hinted.append((reason, re.compile(r"[^\S\n]*" + _scoped(value) + r"[^\S\n]*"), hint))
        elif kind in whole:
            whole[kind].append((reason, _scoped(value)))
        elif kind == "inline":
            anchored[kind].append((reason, re.compile(_scoped(value)), hint))
        else:  # end, tail: anchored at the end of a line
            pattern = re.compile(_scoped(value) + r"[^\S\n]*$", re.M)
            anchored[kind].append((reason, pattern, hint))

    def joined(kind: str) -> re.Pattern[str]:
        alts = "|".join(f"(?P<r{i}>{v})" for i, (_, v) in enumerate(whole[kind]))
        return re.compile(r"[^\S\n]*(?:" + (alts or "(?!)") + r")[^\S\n]*")

    return _Rules(
        line=joined("line"),
        line_reasons={f"r{i}": r for i, (r, _) in enumerate(whole["line"])},
        line_hinted=tuple(hinted),
        header=joined("header"),
        label=joined("label"),
        inline=tuple(anchored["inline"]),
        end=tuple(anchored["end"]),
        tail=tuple(anchored["tail"]),
        function=frozenset(words.get("function", ())),
        speech=frozenset(words.get("speech", ())),
        common=frozenset(words.get("common", ())),
        lists={name: frozenset(values) for name, values in words.items()},
    )


def word_list(name: str) -> frozenset[str]:
    """A word list of ``data/residue.tsv`` (``function``, ``speech``, ``common``, ``opener``)."""
    return _rules().lists.get(name, frozenset())


# ---------------------------------------------------------------- offset map


@dataclass(frozen=True)
class OffsetMap:
    """Runs of clean text copied verbatim from raw: ``clean[c:c+n] == raw[r:r+n]``.

    Characters between runs (a splice space, normalised whitespace) map to the
    raw position where the gap starts, so :meth:`raw_offset` never decreases. A
    repair's replacement is framed by runs of length 0 at the raw start and end of
    the stretch it replaced: its characters map to that start, its end to that end.
    """

    clean_starts: tuple[int, ...]
    raw_starts: tuple[int, ...]
    lengths: tuple[int, ...]

    def raw_offset(self, clean_offset: int) -> int:
        i = bisect_right(self.clean_starts, clean_offset) - 1
        if i < 0:
            return self.raw_starts[0] if self.raw_starts else 0
        delta = clean_offset - self.clean_starts[i]
        return self.raw_starts[i] + min(delta, self.lengths[i])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of the clean span ``[start, end)``.

        A span ending inside a repair's replacement ends where the repaired stretch does.
        """
        raw_start = self.raw_offset(start)
        raw_end = self.raw_offset(end)
        i = bisect_right(self.clean_starts, end) - 1
        inside = 0 <= i < len(self.lengths) - 1 and end > self.clean_starts[i]
        if inside and self.lengths[i] == self.lengths[i + 1] == 0:
            raw_end = self.raw_starts[i + 1]
        return raw_start, max(raw_start, raw_end)


def raw_offset(mapping: OffsetMap, clean_offset: int) -> int:
    """The raw offset of a clean-text offset (see :class:`OffsetMap`)."""
    return mapping.raw_offset(clean_offset)


def _regions(raw: str, cuts: list[Cut]) -> list[tuple[int, int, str | None]]:
    """Merged cut regions and the repairs no cut overlaps, as (start, end, replacement)."""
    spans = sorted(
        (c.raw_start, c.raw_end) for c in cuts if c.raw_end > c.raw_start and c.replacement is None
    )
    merged: list[tuple[int, int, str | None]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]), None)
        else:
            merged.append((max(0, a), min(b, len(raw)), None))
    repairs = [
        (c.raw_start, c.raw_end, c.replacement)
        for c in cuts
        if c.replacement is not None and 0 <= c.raw_start < c.raw_end <= len(raw)
    ]
    if not repairs:
        return merged
    cut = merged[:]
    starts = [m[0] for m in cut]
    for a, b, rep in repairs:
        i = bisect_right(starts, a) - 1
        if (i < 0 or cut[i][1] <= a) and (i + 1 >= len(cut) or cut[i + 1][0] >= b):
            merged.append((a, b, rep))
    return sorted(merged)


def repairs(raw: str, cuts: list[Cut]) -> list[tuple[int, int, str]]:
    """The repairs :func:`apply_cuts` makes: (raw start, raw end, replacement)."""
    return [(a, b, rep) for a, b, rep in _regions(raw, cuts) if rep is not None]


def repaired(raw: str, cuts: list[Cut], start: int, end: int) -> str:
    """``raw[start:end]`` with the repairs inside it made (nothing cut, no space touched)."""
    out: list[str] = []
    pos = start
    for a, b, rep in repairs(raw, cuts):
        if start <= a and b <= end:
            out += [raw[pos:a], rep]
            pos = b
    return "".join(out) + raw[pos:end]


def mojibake_repairs(raw: str) -> list[Cut]:
    """Repairs of UTF-8 read as Latin-1/cp1252 ("AntÃ³nio" -> "António", "â€œ" -> "“").

    Such names would resolve apart from their right spelling and such quotes would be
    missed. Only lines with the mark of mojibake (:data:`_MOJIBAKE`) go to ftfy's
    encoding fix (not ``fix_text``: quotes, widths and entities stay as written). The
    fix leaves ASCII as it is, so each run of other characters it changed becomes one
    repair and the rest of the line maps one to one; when it did touch ASCII (its guess
    at a lost no-break space: "â€ ” " is no dagger), each marked run is fixed alone.
    Left alone: a run whose closing quote closes a quotation opened before it on the
    line (a quote after a real letter: "“AMANHÃ”", "«IRMÃ»"). An invisible format mark
    a repair yields (word joiner, zero-width space) is dropped, not put back: glued to
    a word it would hide the word from the tokenizer and the lexicons.
    """
    out: list[Cut] = []
    if raw.isascii() or not _LEAD.search(raw):
        return out
    done = -1
    for m in _MOJIBAKE.finditer(raw):
        if m.start() < done:
            continue
        start = raw.rfind("\n", 0, m.start()) + 1
        done = raw.find("\n", m.end())
        done = len(raw) if done < 0 else done
        line = raw[start:done]
        runs = _fixed_runs(line)
        closing = _closing_quotes(line) if runs else set()
        out += [
            Cut(start + a, start + b, MOJIBAKE, line[a:b], _visible(fixed))
            for a, b, fixed in runs
            if closing.isdisjoint(range(a, b))
        ]
    return out


@lru_cache(maxsize=1)
def _glued_outlet() -> re.Pattern[str]:
    """An outlet name (``outlet`` words of ``data/residue.tsv``, with ".com" as some are
    written: "Liputan6.com") glued after a word of two or more letters ending in lower
    case, and after it a function word or a capitalised day name glued on ("detikcomdi",
    "detikcomSenin") or a word end; never inside a handle, an address or a file name
    (``@``, ``#``, ``/``, ``.`` before; a word, ``@``, ``/`` or a further ``.x`` after)."""
    names = "|".join(sorted(map(re.escape, word_list("outlet")), key=len, reverse=True))
    tail = "|".join(sorted(map(re.escape, word_list("function")), key=len, reverse=True))
    days = "|".join(day.capitalize() for day in WEEKDAYS)
    return re.compile(
        rf"(?<![\w@#/.])[^\W\d_]+(?<=[a-z])(?P<outlet>(?i:{names or '(?!)'})(?i:\.com)?)"
        rf"(?P<tail>{tail or '(?!)'}|{days})?(?![\w@/]|\.\w)"
    )


def glued_repairs(raw: str) -> list[Cut]:
    """Spaces put back around an outlet name glued to the words beside it ("ujarnya
    kepadadetikcom", "Dilihatdetikcomdi situs"), which source pages lose where the name
    was a link or in italics: glued, the speech cue ("kepada") and the outlet are both
    hidden from the tokenizer, so an interview goes unseen. The outlet name is the
    repaired stretch, so clean offsets keep mapping to raw ones."""
    low = raw.lower()
    if not any(name in low for name in word_list("outlet")):
        return []
    out: list[Cut] = []
    for m in _glued_outlet().finditer(raw):
        a, b = m.span("outlet")
        put = " " + raw[a:b] + (" " if m.group("tail") else "")
        out.append(Cut(a, b, GLUED, raw[a:b], put))
    return out


def _fixed_runs(line: str) -> list[tuple[int, int, str]]:
    """The non-ASCII runs of ``line`` that ftfy's encoding fix changes, and their fix."""
    fixed = _fix_encoding(line)
    if fixed == line:
        return []
    runs = list(_NON_ASCII.finditer(line))
    if _NON_ASCII.split(line) == _NON_ASCII.split(fixed):
        pairs = zip(runs, _NON_ASCII.finditer(fixed), strict=True)
        return [(m.start(), m.end(), n.group()) for m, n in pairs if m.group() != n.group()]
    out = []
    for m in runs:
        if _MOJIBAKE.search(m.group()):
            one = _fix_encoding(m.group())
            if one != m.group():
                out.append((m.start(), m.end(), one))
    return out


def _fix_encoding(text: str) -> str:
    """ftfy's encoding fix, undoing a further layer of mojibake only while what the layers
    before left still shows its mark (``_MOJIBAKE``), and stopped before a decoding step
    that yields private-use or unassigned characters: ftfy may read a right repair ("ÁàÇ",
    "ÓàÇ") as MacRoman mojibake once more and turn it into a CJK or private-use character."""
    from ftfy import apply_plan, fix_encoding_and_explain  # few texts have mojibake

    fixed, plan = fix_encoding_and_explain(text)
    steps = plan or []
    if sum(kind == "encode" for kind, _ in steps) < 2 and not _adds_non_text(text, fixed):
        return fixed
    done = text
    for at, (kind, _) in enumerate(steps):
        if kind == "encode" and at and not _MOJIBAKE.search(done):
            break  # "Ã¢â‚¬â„¢" -> "â€™" -> "’" goes on; a repaired "ÁàÇ" stops
        step = apply_plan(text, [(kind, name) for kind, name in steps[: at + 1]])
        if not isinstance(step, str):  # an "encode" step, its "decode" follows
            continue
        if _adds_non_text(done, step):
            break
        done = step
    return done


def _adds_non_text(before: str, after: str) -> bool:
    """Whether ``after`` holds a private-use or unassigned character ``before`` lacks."""
    return any(unicodedata.category(ch) in {"Co", "Cn"} and ch not in before for ch in after)


def _visible(text: str) -> str:
    """``text`` without invisible format marks (Unicode category Cf)."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _closing_quotes(line: str) -> set[int]:
    """The offsets of the closing quotes in ``line`` that close a quotation opened before
    them (more of its opening quotes than closing ones so far), in one pass."""
    pairs = {"“": "”", "‘": "’", "«": "»"}
    closers = {closing: opening for opening, closing in pairs.items()}
    seen: Counter[str] = Counter()
    out = set()
    for i, ch in enumerate(line):
        if ch in closers and seen[closers[ch]] > seen[ch]:
            out.add(i)
        if ch in pairs or ch in closers:
            seen[ch] += 1
    return out


def apply_cuts(raw: str, cuts: list[Cut]) -> tuple[str, OffsetMap]:
    """The clean text that ``cuts`` leave of ``raw``, and its map back to raw."""
    # Step 1: drop cut regions, a space where they joined two words.
    pieces: list[str] = []
    runs: list[tuple[int, int, int]] = []  # (s_start, raw_start, length)
    frames: list[tuple[int, int, int, int]] = []  # repairs: (s_start, s_end, raw_start, raw_end)
    pos = size = 0
    for a, b, rep in _regions(raw, cuts):
        if a > pos:
            pieces.append(raw[pos:a])
            runs.append((size, pos, a - pos))
            size += a - pos
        if rep is not None:
            frames.append((size, size + len(rep), a, b))
            pieces.append(rep)
            size += len(rep)
        elif a > 0 and b < len(raw) and not raw[a - 1].isspace() and not raw[b].isspace():
            pieces.append(" ")
            size += 1
        pos = b
    if pos < len(raw):
        pieces.append(raw[pos:])
        runs.append((size, pos, len(raw) - pos))
    s = "".join(pieces)
    # Step 2: normalise whitespace, keeping runs of unchanged text.
    out: list[str] = []
    kept: list[tuple[int, int, int]] = []  # (t_start, s_start, length)
    t = last = 0
    for m in _WS_RUN.finditer(s):
        ws = m.group()
        if m.start() == 0 or m.end() == len(s):
            rep = ""
        elif "\n" in ws:
            rep = "\n\n" if ws.count("\n") > 1 else "\n"
        else:
            rep = " "
        if rep == ws:
            continue
        if m.start() > last:
            out.append(s[last : m.start()])
            kept.append((t, last, m.start() - last))
            t += m.start() - last
        out.append(rep)
        t += len(rep)
        last = m.end()
    if last < len(s):
        out.append(s[last:])
        kept.append((t, last, len(s) - last))
    text = "".join(out)
    return text, _compose(kept, runs, frames)


def _compose(
    kept: list[tuple[int, int, int]],
    runs: list[tuple[int, int, int]],
    frames: list[tuple[int, int, int, int]],
) -> OffsetMap:
    """Chain the kept runs (clean -> spliced) with the runs (spliced -> raw).

    Each repair in ``frames`` (its replacement's spliced start and end, the raw start and
    end of the stretch it replaced) gets runs of length 0 at those clean and raw places.
    """
    starts = [r[0] for r in runs]
    cs: list[int] = []
    rs: list[int] = []
    ns: list[int] = []
    kept_starts = [k[1] for k in kept]  # kept runs are disjoint and in order: bisect, not scan
    for s_a, s_b, r_a, r_b in frames:
        i = bisect_right(kept_starts, s_a) - 1  # the kept run holding s_a, if any
        if i >= 0 and s_a < kept[i][1] + kept[i][2]:
            cs.append(kept[i][0] + s_a - kept[i][1])
            rs.append(r_a)
            ns.append(0)
        i = bisect_left(kept_starts, s_b) - 1  # the kept run holding s_b as a later offset
        if i >= 0 and s_b <= kept[i][1] + kept[i][2]:
            cs.append(kept[i][0] + s_b - kept[i][1])
            rs.append(r_b)
            ns.append(0)
    for t0, s0, n in kept:
        i = max(0, bisect_right(starts, s0) - 1)
        s, end = s0, s0 + n
        while s < end and i < len(runs) and runs[i][0] < end:  # later runs start past it
            rs0, r0, rn = runs[i]
            lo, hi = max(s, rs0), min(end, rs0 + rn)
            if hi > lo:
                cs.append(t0 + lo - s0)
                rs.append(r0 + lo - rs0)
                ns.append(hi - lo)
                s = hi
            i += 1
    if frames:  # a length-0 run sorts before a run starting at the same clean offset
        order = sorted(zip(cs, ns, rs, strict=True))
        cs, ns, rs = [o[0] for o in order], [o[1] for o in order], [o[2] for o in order]
    return OffsetMap(tuple(cs), tuple(rs), tuple(ns))


# ---------------------------------------------------------------- detection


class _Lines:
    """The raw text as lines: ``starts[i]``/``ends[i]`` exclude the newline."""

    def __init__(self, raw: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        pos = 0
        for part in raw.split("\n"):
            self.starts.append(pos)
            self.ends.append(pos + len(part))
            pos += len(part) + 1
        self.raw = raw

    def text(self, i: int) -> str:
        return self.raw[self.starts[i] : self.ends[i]]

    def full(self, i: int) -> tuple[int, int]:
        """The line with its newline (when it has one)."""
        return self.starts[i], min(self.ends[i] + 1, len(self.raw))


class _Cutter:
    def __init__(self, raw: str, config: CleanConfig) -> None:
        self.raw = raw
        self.config = config
        self.rules = _rules()
        self.lines = _Lines(raw)
        self.lower = raw.lower()
        self.cuts: list[Cut] = []
        self.whole: dict[int, str] = {}  # line index -> reason of a whole-line cut
        self.taken: list[tuple[int, int]] = []
        self._counts: tuple[Counter[str], Counter[str]] | None = None

    def add(self, start: int, end: int, reason: str) -> bool:
        if end <= start or any(a < end and start < b for a, b in self.taken):
            return False
        self.taken.append((start, end))
        self.cuts.append(Cut(start, end, reason, self.raw[start:end]))
        return True

    def cut_line(self, i: int, reason: str) -> None:
        if i not in self.whole and self.add(*self.lines.full(i), reason):
            self.whole[i] = reason

    def live(self, i: int) -> str:
        """Line ``i`` as left by the cuts made so far (stripped; empty if gone)."""
        if i in self.whole:
            return ""
        a, b = self.lines.starts[i], self.lines.ends[i]
        for s, e in self.taken:
            if s <= a < e:
                a = e
            if s < b <= e:
                b = s
        return self.raw[a:b].strip() if b > a else ""

    def run(self) -> list[Cut]:
        lines, rules = self.lines, self.rules
        hinted = [(r, p, h) for r, p, h in rules.line_hinted if h in self.lower]
        for i in range(len(lines.starts)):
            line = lines.text(i)
            if not line or len(line) > 400 or line.isspace() or self._structural(i, line):
                continue
            m = rules.line.fullmatch(line)
            if m is not None and m.lastgroup is not None:
                self.cut_line(i, rules.line_reasons[m.lastgroup])
                continue
            for reason, pattern, hint in hinted:
                if hint in line.lower() and pattern.fullmatch(line):
                    self.cut_line(i, reason)
                    break
        touched: set[int] = set()
        for reason, pat, hint in rules.inline:
            if hint and hint not in self.lower:
                continue
            for m in pat.finditer(self.raw):
                i = self._line_of(m.start())
                if self.add(self._back(m.start(), i), m.end(), reason):
                    touched.add(i)
        self._line_ends(touched)
        for i in sorted(touched):
            if i not in self.whole and not self.live(i):
                self._promote(i)
        self._teasers()
        self._inline_teasers()
        if self.config.splice:
            self._splice()
        self.cuts.sort(key=lambda c: c.raw_start)
        return self.cuts

    def _line_of(self, pos: int) -> int:
        return bisect_right(self.lines.starts, pos) - 1

    def _back(self, pos: int, i: int) -> int:
        """``pos`` moved back over the spaces before it (not past the line start)."""
        start = self.lines.starts[i]
        while pos > start and self.raw[pos - 1] in " \t\xa0":
            pos -= 1
        return pos

    def _structural(self, i: int, line: str) -> bool:
        """Headers followed by teaser lists; photo labels with bullets and captions."""
        rules = self.rules
        if rules.header.fullmatch(line):
            self.cut_line(i, "baca_juga")
            j = i + 1
            while j < len(self.lines.starts) and j <= i + 8:
                nxt = self.lines.text(j).strip()
                if nxt and not self._headline_form(nxt):
                    break
                if nxt:
                    self.cut_line(j, "baca_juga")
                j += 1
            return True
        if rules.label.fullmatch(line):
            self.cut_line(i, "photo_credit")
            j = i + 1
            while j < len(self.lines.starts) and _BULLET.fullmatch(self.lines.text(j).strip()):
                self.cut_line(j, "photo_credit")
                j += 1
            k = i - 1
            while k >= 0 and not self.lines.text(k).strip():
                k -= 1
            prev = self.lines.text(k).strip() if k > 0 else ""
            if prev and len(prev.split()) <= 20 and prev[-1] not in _SENT_END:
                self.cut_line(k, "caption")
            return True
        return False

    def _line_ends(self, touched: set[int]) -> None:
        """Editor codes, sign-offs and page markers at the end of a line."""
        raw = self.raw
        for reason, pat, hint in self.rules.end:
            if hint and hint not in self.lower:
                continue
            for m in pat.finditer(raw):
                i = self._line_of(m.start())
                start = self._back(m.start(), i)
                before = raw[self.lines.starts[i] : start].rstrip()
                if (not before or before[-1] in _SENT_END or before[-1] in ")]") and self.add(
                    start, m.end(), reason
                ):
                    touched.add(i)
        for reason, pat, hint in self.rules.tail:
            if hint and hint not in self.lower:
                continue
            for m in pat.finditer(raw):
                i = self._line_of(m.start())
                start = self._back(m.start(), i)
                words = raw[self.lines.starts[i] : start].split()
                if (not words or words[-1].lower() not in self.rules.function) and self.add(
                    start, m.end(), reason
                ):
                    touched.add(i)

    def _promote(self, i: int) -> None:
        """A line left empty by partial cuts goes whole: merge its cuts into one."""
        a, b = self.lines.full(i)
        inside = [c for c in self.cuts if a <= c.raw_start and c.raw_end <= b]
        if not inside:
            return
        reason = Counter(c.reason for c in inside).most_common(1)[0][0]
        self.cuts = [c for c in self.cuts if c not in inside]
        self.taken = [(s, e) for s, e in self.taken if not (a <= s and e <= b)]
        self.cut_line(i, reason)

    # ----------------------------------------------------------- teasers

    def _headline_form(self, seg: str) -> bool:
        """Short, Title Case, no final period, no quote or speech verb."""
        if not seg or seg[-1] in _HEADLINE_STOP or seg[0] in "\"“‘'(-–•*[":
            return False
        if any(ch in seg for ch in '"“”;') or len(seg) > 500:
            return False
        words = _WORD.findall(seg)
        if not 4 <= len(words) <= 70:
            return False
        fn, speech = self.rules.function, self.rules.speech
        content = [w for w in words if w.lower() not in fn]
        if not content:
            return False
        lower = sum(1 for w in content if w[0].islower())
        if lower > 1 or any(w.lower() in speech for w in words):
            return False
        # a bare list of names ("Utam Rusdiana, Dwi Kuswanto, Ahmad Ibnu") is no headline
        parts = seg.split(",")
        return len(parts) < 3 or any(len(p.split()) > 3 for p in parts)

    def _teaser_form(self, seg: str) -> bool:
        """A headline of its own: not a list item, table row, subheading or label."""
        words = _WORD.findall(seg)
        if len(words) < 6 or _LISTY.search(seg) or _LABEL.match(seg):
            return False
        fn = self.rules.function
        if any(w[0].islower() and len(w) > 3 and w.lower() not in fn for w in words):
            return False
        return self._headline_form(seg)

    def _listy(self, i: int, step: int) -> bool:
        """Is the nearest kept line before (step -1) or after (+1) line ``i`` a list line?"""
        j = i + step
        while 0 <= j < len(self.lines.starts):
            live = self.live(j)
            if live:
                short = len(_WORD.findall(live)) <= 5 and live[-1] not in _SENT_END
                return bool(
                    short or live.endswith(":") or _LIST_ITEM.match(live) or _LABEL.match(live)
                )
            j += step
        return False

    def _content(self, seg: str) -> list[str]:
        fn = self.rules.function
        return [
            w.lower()[:5]
            for w in _WORD.findall(seg)
            if len(w) > 2 and not w[0].isdigit() and w.lower() not in fn
        ]

    def _teasers(self) -> None:
        """Headline-like lines or line tails whose words the article does not use."""
        n = len(self.lines.starts)
        first = next((i for i in range(n) if self.lines.text(i).strip()), -1)
        cands: list[tuple[int, int, int]] = []  # (line, raw start, raw end)
        for i in range(max(first, 0), n):
            live = self.live(i)
            if not live or live[-1] in _HEADLINE_STOP:
                continue
            a = self.raw.find(live, self.lines.starts[i])
            if i == first:  # the title, when there is one: only a tail can be a teaser
                pass
            elif self._teaser_form(live):
                if not (self._listy(i, -1) or self._listy(i, 1)):
                    cands.append((i, a, a + len(live)))
                continue
            ends = [m.end() for m in _SENT_SPLIT.finditer(live)]
            if ends and self._teaser_form(live[ends[-1] :]):
                cands.append((i, a + ends[-1], a + len(live)))
        if not cands:
            return
        vocab = Counter(self._content(self.raw))
        for _, a, b in cands:
            vocab.subtract(self._content(self.raw[a:b]))
        for i, a, b in cands:
            words = self._content(self.raw[a:b])
            if len(words) < 3:
                continue
            shared = sum(1 for w in words if vocab[w] > 0)
            if shared <= 0.34 * len(words):
                if a == self.raw.find(self.live(i), self.lines.starts[i]):
                    self._cut_rest_of_line(i, "teaser_block")
                else:
                    while a > self.lines.starts[i] and self.raw[a - 1] in " \t":
                        a -= 1
                    self.add(a, b, "teaser_block")

    def _inline_teasers(self) -> None:
        """Blocks of teaser headlines pasted inside a sentence, the sentence going on after.

        A run of at least :data:`RUN_MIN` tokens inside a line (not the first line),
        each capitalised, a number, a function word or a lower-case repeat of the word
        before ("Mencak mencak"), with no quote, bracket or sentence end, is a teaser
        block when it reads as headlines, not names: at least :data:`RUN_COMMON` distinct
        capitalised words, and :data:`RUN_COMMON_SHARE` of them, are ordinary words (the
        ``common`` list, or written in lower case elsewhere in the article), few are all
        capitals, and at most :data:`RUN_OVERLAP` of its content words occur in the rest
        of the article. Capitalised words at its edges that the article uses elsewhere
        (a name ending the sentence's own phrase) stay, and so do up to :data:`EDGE_NAME`
        name words before its first or after its last function word ("hingga Pulau
        Sangiang dengan <teasers>"): where a name meets a headline cannot be told, and
        keeping a word of the article matters more than cutting a word of residue.
        """
        lines: set[int] = set()
        first = next((i for i in range(len(self.lines.starts)) if self.lines.text(i).strip()), -1)
        for m in _CAPS_RUN.finditer(self.raw):
            i = self._line_of(m.start())
            if i != first and i not in self.whole:
                lines.add(i)
        for i in sorted(lines):
            for a, b in self._caps_runs(i):
                self._judge_run(a, b)

    def _word_counts(self) -> tuple[Counter[str], Counter[str]]:
        """Counts of the article's word prefixes and of its lower-case words (computed once)."""
        if self._counts is None:
            words = _WORD.findall(self.raw)
            prefixes = Counter(w.lower()[:5] for w in words)
            self._counts = prefixes, Counter(w for w in words if w[0].islower())
        return self._counts

    def _caps_runs(self, i: int) -> list[tuple[int, int]]:
        """Raw spans of the Title-Case runs of line ``i`` (function words trimmed off)."""
        fn = self.rules.function
        start = self.lines.starts[i]
        runs: list[tuple[int, int]] = []
        run: list[tuple[int, int, bool]] = []  # (start, end, is a function word)

        def close() -> None:
            while run and run[-1][2]:
                run.pop()
            while run and run[0][2]:
                run.pop(0)
            if len(run) >= RUN_MIN:
                runs.append((start + run[0][0], start + run[-1][1]))
            run.clear()

        prev = ""
        quoted = False  # inside a quotation: a title, a slogan, speech
        for m in _TOKEN.finditer(self.lines.text(i)):
            quoted = quoted or m.group()[0] in _OPEN_QUOTE
            tok = m.group().rstrip(",:!?")
            ok = (
                not quoted
                and bool(tok)
                and tok[-1] != "."
                and not any(ch in _RUN_BREAK for ch in tok)
            )
            is_fn = ok and tok in fn
            if ok and not (tok[0].isupper() or tok[0].isdigit() or is_fn):
                ok = tok.lower() == prev.lower()  # "Mencak mencak"
            if ok:
                run.append((m.start(), m.end(), is_fn))
            else:
                close()
            if quoted and m.group().rstrip(",.:;!?)")[-1:] in _CLOSE_QUOTE:
                quoted = False
            prev = tok
        close()
        return runs

    def _judge_run(self, a: int, b: int) -> None:
        """Cut the Title-Case run ``raw[a:b]`` when it is a teaser block (see above)."""
        common_list = self.rules.common
        caps = [w for w in _WORD.findall(self.raw[a:b]) if w[0].isupper()]
        # cheap necessary condition first: enough words that may be ordinary ones
        maybe = {w.lower() for w in caps}
        maybe = {w for w in maybe if w in common_list or f" {w}" in self.raw}
        if len(maybe) < RUN_COMMON:
            return
        prefixes, lower = self._word_counts()
        run_words = _WORD.findall(self.raw[a:b])
        own_prefixes = Counter(w.lower()[:5] for w in run_words)
        own_lower = Counter(w for w in run_words if w[0].islower())

        def elsewhere(word: str) -> bool:
            p = word.lower()[:5]
            return prefixes[p] > own_prefixes[p]

        def ordinary(word: str) -> bool:
            w = word.lower()
            return w in common_list or lower[w] > own_lower[w]

        fn = self.rules.function
        tokens = [
            (m.start() + a, m.end() + a, m.group().rstrip(",:!?"))
            for m in _TOKEN.finditer(self.raw[a:b])
        ]

        def edge(tok: str) -> bool:
            """A function word, or a name the article uses elsewhere (the sentence's own)."""
            return tok in fn or (elsewhere(tok) and not ordinary(tok))

        while tokens and edge(tokens[0][2]):
            tokens.pop(0)
        while tokens and edge(tokens[-1][2]):
            tokens.pop()
        # a short name before the run's first function word ("... hingga Pulau Sangiang
        # dengan <teasers>") belongs to the sentence; so does one after its last
        words_only = [t[2] for t in tokens]
        marks = [k for k, t in enumerate(words_only) if t in fn]
        if marks and 0 < marks[0] <= EDGE_NAME and not any(map(ordinary, words_only[: marks[0]])):
            tokens = tokens[marks[0] + 1 :]
            marks = [k - (len(words_only) - len(tokens)) for k in marks[1:]]
        tail = len(tokens) - 1 - marks[-1] if marks else 0
        if marks and 0 < tail <= EDGE_NAME and not any(ordinary(t[2]) for t in tokens[-tail:]):
            tokens = tokens[: marks[-1]]
        while tokens and tokens[0][2] in fn:
            tokens.pop(0)
        while tokens and tokens[-1][2] in fn:
            tokens.pop()
        if len(tokens) < RUN_MIN:
            return
        a, b = tokens[0][0], tokens[-1][1]
        words = _WORD.findall(self.raw[a:b])
        caps = [w for w in words if w[0].isupper()]
        if not caps or sum(1 for w in caps if w.isupper() and len(w) > 1) * 2 > len(caps):
            return
        common = {w.lower() for w in caps if ordinary(w)}
        if len(common) < RUN_COMMON or len(common) < RUN_COMMON_SHARE * len(caps):
            return
        content = [w for w in words if len(w) > 2 and w.lower() not in fn]
        shared = sum(1 for w in content if elsewhere(w))
        if shared > RUN_OVERLAP * len(content):
            return
        while a > 0 and self.raw[a - 1] in " \t":
            a -= 1
        self.add(a, b, "teaser_block")

    def _cut_rest_of_line(self, i: int, reason: str) -> None:
        """Cut what is left of line ``i``; the line goes whole with its partial cuts."""
        a, b = self.lines.full(i)
        gaps: list[tuple[int, int]] = []
        pos = a
        for s, e in sorted(t for t in self.taken if a <= t[0] < b):
            if s > pos:
                gaps.append((pos, s))
            pos = max(pos, e)
        if pos < b:
            gaps.append((pos, b))
        for s, e in gaps:
            self.add(s, e, reason)
        self.whole[i] = reason

    # ----------------------------------------------------------- splicing

    def _splice(self) -> None:
        """Join the text around a removed block that interrupted a paragraph.

        A block that started after sentence text on its line (the teasers glued to
        a paragraph), or that separates a line without final punctuation from a line
        starting in lower case, is removed with the newline before the next kept
        line, so the paragraph reads on.
        """
        n = len(self.lines.starts)
        i = 0
        while i < n:
            if i not in self.whole:
                i += 1
                continue
            j = i
            while j < n and j in self.whole:
                j += 1
            # lines i..j-1 are cut whole; i-1 and j are kept (or absent)
            if i > 0 and j < n and self.lines.text(j).strip():
                prev = self.live(i - 1)
                nxt = self.live(j)
                if prev and nxt and (self._ends_with_cut(i - 1) or _continues(prev, nxt)):
                    nl = self.lines.ends[i - 1]
                    self.add(nl, nl + 1, self.whole[i])
            i = j
        for i in range(n - 1):
            # a teaser glued to the end of a paragraph line, the paragraph going on below
            if i + 1 not in self.whole and self._ends_with_cut(i) and self.live(i + 1):
                nl = self.lines.ends[i]
                self.add(nl, nl + 1, "teaser_block")

    def _ends_with_cut(self, i: int) -> bool:
        end = self.lines.ends[i]
        return any(
            c.raw_end == end and c.reason == "teaser_block" and c.raw_start > self.lines.starts[i]
            for c in self.cuts
        )


def _continues(prev: str, nxt: str) -> bool:
    """Does line ``nxt`` continue the unfinished sentence at the end of line ``prev``?"""
    if prev[-1] in _SENT_END or prev[-1] == ":" or len(prev.split()) < 6:
        return False
    return nxt[0].islower() or nxt[0].isdigit()


def _cuts(raw: str, config: CleanConfig | None) -> list[Cut]:
    """The residue cuts and the repairs (mojibake, glued outlet names) no cut overlaps, in
    raw order."""
    cuts = _Cutter(raw, config or CleanConfig()).run()
    fixes = sorted([*mojibake_repairs(raw), *glued_repairs(raw)], key=lambda c: c.raw_start)
    if not fixes:
        return cuts
    made = {(a, b) for a, b, _ in repairs(raw, [*cuts, *fixes])}  # the overlap test, once
    fixes = [f for f in fixes if (f.raw_start, f.raw_end) in made]
    return sorted([*cuts, *fixes], key=lambda c: c.raw_start) if fixes else cuts


def clean_text(raw: str, config: CleanConfig | None = None) -> tuple[str, list[Cut]]:
    """The cleaned text of ``raw`` and every cut and repair made, in raw order (see module doc)."""
    cuts = _cuts(raw, config)
    text, _ = apply_cuts(raw, cuts)
    return text, cuts


def clean_with_map(raw: str, config: CleanConfig | None = None) -> tuple[str, list[Cut], OffsetMap]:
    """Like :func:`clean_text`, plus the map from clean offsets to raw offsets."""
    cuts = _cuts(raw, config)
    text, mapping = apply_cuts(raw, cuts)
    return text, cuts, mapping


def article_map(article: Article) -> OffsetMap:
    """The clean-to-raw offset map of a cleaned article (rebuilt from its cuts)."""
    return apply_cuts(article.raw, article.removed)[1]


def clean_article(article: Article, ctx: Context) -> Article:
    """Set ``text`` and ``removed`` from ``raw`` and record what was cut or repaired.

    An article with a mojibake repair is flagged ``mojibake_repaired``.
    """
    text, cuts = clean_text(article.raw, ctx.config.clean)
    article.text = text
    article.removed = cuts
    repaired = Counter(c.reason for c in cuts if c.replacement is not None)
    fixes, glued = repaired[MOJIBAKE], repaired[GLUED]
    if fixes and MOJIBAKE_FLAG not in article.flags:
        article.flags.append(MOJIBAKE_FLAG)
    counts = Counter(c.reason for c in cuts if c.replacement is None)
    chars = sum(c.raw_end - c.raw_start for c in cuts if c.replacement is None)
    detail = ", ".join(f"{reason}={count}" for reason, count in sorted(counts.items()))
    summary = f"{counts.total()} cuts, {chars} chars" + (f" ({detail})" if detail else "")
    if fixes:
        summary += f", {fixes} mojibake repairs"
    if glued:
        summary += f", {glued} glued outlet names split"
    article.trace.append(TraceStep("clean", summary))
    return article
