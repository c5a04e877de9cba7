"""Sentence splitting and tokenisation for Indonesian news text.

Both functions are pure and return offsets into the text they were given, so
every sentence and token can be traced back to its characters.

Sentences
    * A line break (``\\n``, ``\\r``, U+2028/2029, form feed ...) always ends a
      sentence; sentences never start or end with whitespace.
    * Inside a line a sentence ends after ``.``, ``!``, ``?`` or an ellipsis
      (with any closing quotes or brackets attached) when the next character
      is not a lower-case letter, except:
        - after an abbreviation that precedes a name or number (``Jl.``,
          ``Rp.``, ``Prof.``, ``Brigjen.`` ... see ``PREFIX_ABBREVIATIONS``)
          or after a capital initial (``B.J. Habibie``, ``Susilo B. Yudhoyono``);
        - after a list number that opens the sentence (``1. Marc Marquez``);
        - inside a quotation that is closed later on the same line
          (``“Kami siap. Kami akan menang,” kata dia.`` is one sentence);
        - after a closing quote followed by a speech verb (``kata``, ``ujar``);
        - after an ellipsis not followed by a capital letter;
        - before ``(`` after a sentence-final abbreviation (``Tbk. (BBRI)``).
      Numbers, dates, URLs and e-mail addresses never split because their
      periods are not followed by whitespace.

Tokens
    Words keep inner hyphens and apostrophes (``Amir-Abdollahian``,
    ``mencak-mencak``, ``Jum'at``); numbers keep their separators (``3.500``,
    ``1,2``, ``14/10``, ``27/10/2023``) and an attached currency (``Rp10``);
    known abbreviations and dotted initials keep their period (``Jl.``,
    ``B.J.``, ``M.Si.``); URLs, e-mail addresses, domains, hashtags and
    ``@handles`` are single tokens; every other symbol is its own token, except
    ``...`` which is one token.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from kabar.model import Sentence, Token
from kabar.numbers import word_lists

SEGMENT_WORDS = MappingProxyType(word_lists("segment_words.tsv"))
"""Abbreviations and speech verbs by kind (``data/segment_words.tsv``), read once."""


# Abbreviations after which a sentence never ends: titles, ranks and words that
# precede a name, a place or a number. Compared lower-cased, without the period.
PREFIX_ABBREVIATIONS = SEGMENT_WORDS["prefix"]

# Abbreviations that usually end a phrase and may end a sentence; they keep
# their period as a token but split like ordinary words.
SUFFIX_ABBREVIATIONS = SEGMENT_WORDS["suffix"]

_ALL_ABBREVIATIONS = PREFIX_ABBREVIATIONS | SUFFIX_ABBREVIATIONS

# Speech verbs that attach a preceding quotation to its attribution.
SPEECH_VERBS = SEGMENT_WORDS["speech"]

_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")
# A terminal cluster, its attached closers, and IndoSum-style spaced closing quotes.
_TERMINAL = re.compile(r"[.!?…]+(?:[\"'”’»)\]]+|[^\S\n]+[”»](?=\s|$))*(?=\s|$)")
# Quotation marks, shared with kabar.quote_candidates so both read the same quotes.
OPEN_QUOTE_MARKS = "“«„‟"
CLOSE_QUOTE_MARKS = "”»"
STRAIGHT_QUOTE = '"'
QUOTE_MARK = re.compile(f"[{STRAIGHT_QUOTE}{OPEN_QUOTE_MARKS}{CLOSE_QUOTE_MARKS}]")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_NUMBER = re.compile(r"\d{1,3}")
_WORD_AFTER = re.compile(r"[^\W\d_]+")
_LEADING_PUNCT = "([{\"'“‘«"


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paired quotations on one line as (open index, close index).

    Curly quotes pair by direction, straight double quotes pair in order;
    a quote left open at the end of the line is ignored.
    """
    spans: list[tuple[int, int]] = []
    open_curly: int | None = None
    open_straight: int | None = None
    for m in QUOTE_MARK.finditer(text, start, end):
        ch = m.group()
        i = m.start()
        if ch == '"':
            if open_straight is None:
                open_straight = i
            else:
                spans.append((open_straight, i))
                open_straight = None
        elif ch in OPEN_QUOTE_MARKS:
            if open_curly is None:
                open_curly = i
        elif ch in CLOSE_QUOTE_MARKS and open_curly is not None:
            spans.append((open_curly, i))
            open_curly = None
    return spans


def _is_break(
    text: str, line_end: int, sent_start: int, m: re.Match[str], quotes: list[tuple[int, int]]
) -> bool:
    """Whether the terminal cluster ``m`` ends a sentence."""
    term_start = m.start()
    end = m.end()
    # Next non-space character on the line.
    nxt = end
    while nxt < line_end and text[nxt].isspace():
        nxt += 1
    if nxt >= line_end:
        return False  # the line end breaks anyway
    nc = text[nxt]
    if nc.islower():
        return False
    for qs, qe in quotes:
        if qs < term_start and end <= qe:
            return False  # inside a quotation that closes later
    cluster = text[term_start:end]
    term = cluster.rstrip("\"'”’») ]\t")
    closers = cluster[len(term) :]
    # The word just before the terminal cluster.
    ws = term_start
    while ws > sent_start and not text[ws - 1].isspace():
        ws -= 1
    word = text[ws:term_start].lstrip(_LEADING_PUNCT)
    if term == "." and not closers:
        lowered = word.lower()
        if lowered in PREFIX_ABBREVIATIONS or _INITIALS.fullmatch(word):
            return False
        if ws == sent_start and _NUMBER.fullmatch(word):
            return False  # "1. Marc Marquez": an enumeration
        if nc in "([" and lowered in SUFFIX_ABBREVIATIONS:
            return False
    elif ("…" in term or (len(term) > 1 and term.strip(".") == "")) and not nc.isupper():
        return False  # an ellipsis breaks only before a capital letter
    if closers and any(c in closers for c in "\"'”’»"):
        wm = _WORD_AFTER.match(text, nxt)
        if wm and wm.group().lower() in SPEECH_VERBS:
            return False
    return True


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets into ``text``."""
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        ls, le = line.span()
        while ls < le and text[ls].isspace():
            ls += 1
        while le > ls and text[le - 1].isspace():
            le -= 1
        if ls >= le:
            continue
        quotes = _quote_spans(text, ls, le) if QUOTE_MARK.search(text, ls, le) else []
        start = ls
        for m in _TERMINAL.finditer(text, ls, le):
            if m.end() >= le:
                break
            if _is_break(text, le, start, m, quotes):
                sentences.append(Sentence(start, m.end()))
                start = m.end()
                while start < le and text[start].isspace():
                    start += 1
        if start < le:
            sentences.append(Sentence(start, le))
    return sentences


def _abbreviation_pattern() -> str:
    single = sorted((a for a in _ALL_ABBREVIATIONS if "." not in a), key=lambda a: (-len(a), a))
    return r"(?<![\w.])(?i:" + "|".join(single) + r")\."


_TLDS = "com|net|org|id|co|info|io|tv|go|ac|or|my|sg|uk|us|int|news|xyz"

_TOKEN = re.compile(
    "|".join(
        [
            # URLs, e-mail addresses, bare domains
            r"(?:https?://|www\.)[^\s<>\"“”']*[^\s<>\"“”'.,;:!?)\]]",
            r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
            r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:" + _TLDS + r")\b(?!\.\w)",
            # hashtags and handles
            r"[@#][^\W_]\w*",
            # dotted abbreviations and initials: B.J., S.H., M.Si., a.n., Ph.D.
            r"(?<![\w.])(?:[^\W\d_]{1,4}\.){2,}",
            _abbreviation_pattern(),
            r"(?<![\w.])[A-Z]\.(?=\s+[A-Z])",
            # numbers with separators, an attached currency, unit or suffix
            r"(?:(?:Rp|US\$|S\$|RM|\$|€|£|¥)(?=\d))?\d+(?:[.,/:]\d+)*[^\W_]*(?:-\w+)*",
            # words with inner hyphens and apostrophes
            r"[^\W\d_]\w*(?:['’]\w+)*(?:-\w+(?:['’]\w+)*)*",
            # ellipses, then any other single symbol
            r"\.{2,}",
            r"\S",
        ]
    )
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    if end is None:
        end = len(text)
    start = max(0, start)
    end = min(len(text), end)
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
