"""Indonesian numbers: digits with Indonesian separators, number words, vague plurals, ranges.

``find_numbers(text)`` finds every number expression with its offsets; ``parse_number(text)``
reads a string that is exactly one number expression. Both are pure and never raise.

Reading rules (the ``rule`` field says which one fired):
- ``digits``: "3.500" = 3500 (dot groups thousands when every group has three digits),
  "1,2" = 1.2 (comma is the decimal mark), "2,500" with exactly three digits after the comma
  and no scale word is read as 2500 (English grouping in translated text); "1.2" = 1.2.
- ``digits+scale``: "1,2 juta" = 1200000, "3 ribu" = 3000.
- ``words``: "tiga puluh lima" = 35, "dua belas" = 12, "seratus" = 100, "dua ratus ribu".
- ``vague``: "puluhan" = 10, "lusinan" = 12, "ratusan" = 100, "ribuan" = 1000 (ACLED's rule),
  "belasan" = 11, "jutaan" = 1000000, "puluhan ribu" = 10000; ``NumberSpan.vague`` records it.
- ``range``: "200-300", "200 hingga 300", "antara 200 dan 300", "dua hingga tiga" give
  value and value_max (only when the second number is larger; "2-1" is two numbers).
- ``+restated``: "1 (satu)" is one number: the bracketed words restate the digits.
Ordinals ("ke-3") and numbers glued to letters ("G20", "COVID-19") are not numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class NumberSpan:
    """One number expression in a text."""

    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    rule: str
    vague: str | None = None  # e.g. "ACLED: puluhan = 10"


def read_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file shipped in ``kabar/data``; '#' lines are comments."""
    raw = resources.files("kabar").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The words of a two-column data file (kind, space-separated words; rows of a kind
    add up) by kind, as every stage's word lists are written (``mention_words.tsv``,
    ``date_words.tsv``, ``modality_words.tsv``, ``event_words.tsv`` ...)."""
    lists: dict[str, set[str]] = {}
    for kind, words in read_table(name):
        lists.setdefault(kind, set()).update(words.split())
    return {kind: frozenset(found) for kind, found in lists.items()}


def entry_lists(name: str) -> dict[str, frozenset[str]]:
    """The entries of a two-column data file (kind, one entry a row, spaces and all) by
    kind: ``office_kinds.tsv``."""
    lists: dict[str, set[str]] = {}
    for kind, entry in read_table(name):
        lists.setdefault(kind, set()).add(entry)
    return {kind: frozenset(found) for kind, found in lists.items()}


def phrase_lists(name: str) -> dict[str, frozenset[tuple[str, ...]]]:
    """The phrases of a two-column data file (kind, one phrase a row) by kind, each as
    its words: ``clause_phrases.tsv``."""
    lists: dict[str, set[tuple[str, ...]]] = {}
    for kind, phrase in read_table(name):
        lists.setdefault(kind, set()).add(tuple(phrase.split()))
    return {kind: frozenset(found) for kind, found in lists.items()}


@dataclass(frozen=True)
class _Words:
    values: dict[str, tuple[float, str]]
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    values = {row[0]: (float(row[1]), row[2]) for row in read_table("claim_number_words.tsv")}
    # a trie by first letter keeps the scan fast; only the first word may be capitalised
    by_first: dict[str, list[str]] = {}
    for word in sorted(values, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    first = "|".join(f"[{k}{k.upper()}](?:{'|'.join(v)})" for k, v in by_first.items())
    rest = "|".join(f"{k}(?:{'|'.join(v)})" for k, v in by_first.items())
    pattern = re.compile(rf"(?<![\w-])(?:{first})(?:\s+(?:{rest}))*(?![\w-])")
    return _Words(values, pattern)


_SCALES = {word: value for word, (value, kind) in _words().values.items() if kind == "scale"}
"""Scale words after digits ("3 ribu", "1,2 juta"): claim_number_words.tsv's "scale" rows."""
_DIGITS = re.compile(
    r"(\d(?<![\w.,/]\d)(?<![A-Za-z]-\d)\d*(?:[.,]\d+)*)"
    rf"(?:\s+({'|'.join(_SCALES)})\b)?(?![\w/]|[.,]\d)"
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|hingga|sampai|s\.?d\.?|s/d)\s*$")
_ANTARA = re.compile(r"antara\s+$", re.IGNORECASE)
_DAN = re.compile(r"\s+dan\s+$")


def _read_digits(digits: str, scaled: bool) -> tuple[float, str] | None:
    """The value of a digit string written with Indonesian (or English) separators."""
    if "." in digits and "," in digits:
        whole, _, frac = digits.rpartition(",")  # Indonesian: 1.234,5
        if frac.isdigit() and "," not in whole and all(len(g) == 3 for g in whole.split(".")[1:]):
            return float(whole.replace(".", "") + "." + frac), "digits"
        whole, _, frac = digits.rpartition(".")  # English: 1,234.5
        if frac.isdigit() and "." not in whole and all(len(g) == 3 for g in whole.split(",")[1:]):
            return float(whole.replace(",", "") + "." + frac), "digits-en"
        return None
    if "." in digits:
        groups = digits.split(".")
        if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups)), "digits"
        if len(groups) == 2:
            return float(digits), "digits-decimal"
        return None
    if "," in digits:
        groups = digits.split(",")
        if len(groups) == 2 and not scaled and len(groups[1]) != 3:
            return float(digits.replace(",", ".")), "digits-decimal"
        if len(groups) == 2 and scaled:
            return float(digits.replace(",", ".")), "digits-decimal"
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            return float("".join(groups)), "digits-en"
        return None
    return float(digits), "digits"


def _read_words(phrase: str) -> tuple[float, str | None] | None:
    """The value of a run of number words, and the vague word it rests on, if any."""
    table = _words().values
    total = group = digit = 0.0  # digit: a unit word still waiting for belas/puluh/ratus
    vague: str | None = None
    for index, token in enumerate(phrase.lower().split()):
        value, kind = table[token]
        if kind == "unit" and value < 10:
            if digit:
                return None  # "dua tiga" is two numbers
            digit = value
        elif kind == "unit":
            if digit:
                return None
            group += value
        elif kind in ("teen", "mult"):
            if not digit:
                return None
            group += digit + value if kind == "teen" else digit * value
            digit = 0.0
        elif kind == "scale":
            count = group + digit
            if not count:
                return None
            total += count * value
            group = digit = 0.0
        elif kind == "scale1":
            if total or group or digit:
                return None
            total += value
        else:  # vague: only first ("puluhan ribu", not "dua ratusan")
            if index:
                return None
            vague = token
            group = value
    return total + group + digit, vague


def _word_spans(text: str) -> list[NumberSpan]:
    spans = []
    for match in _words().pattern.finditer(text):
        phrase = match.group()
        start = match.start()
        if phrase[0].isupper() and not _sentence_initial(text, start):
            continue  # "Lima" the city, "Dua" in a name
        read = _read_words(phrase)
        if read is None or read[0] <= 0:
            continue
        value, vague = read
        note = f"ACLED: {phrase.lower()} = {value:g}" if vague else None
        spans.append(
            NumberSpan(start, match.end(), phrase, value, None, "vague" if vague else "words", note)
        )
    return spans


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \"'“‘(")
    if before and before[-1] in "-–—" and text[start - 1 : start] == " ":
        return True  # after a dateline: "Jakarta - Ribuan mahasiswa ..."
    return not before or before[-1] in ".!?:\n"


def _digit_spans(text: str) -> list[NumberSpan]:
    spans = []
    for match in _DIGITS.finditer(text):
        digits, scale = match.group(1), match.group(2)
        read = _read_digits(digits, scale is not None)
        if read is None:
            continue
        value, rule = read
        if scale:
            value *= _SCALES[scale.lower()]
            rule += "+scale"
        spans.append(NumberSpan(match.start(), match.end(), match.group(), value, None, rule))
    return spans


def _join_ranges(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """Merge "A-B", "A hingga B" and "antara A dan B" into one span with value_max."""
    out: list[NumberSpan] = []
    for span in spans:
        if out:
            prev = out[-1]
            gap = text[prev.end : span.start]
            joined = _RANGE_JOIN.match(gap) if len(gap) <= 10 else None
            antara = _DAN.match(gap) and _ANTARA.search(text, max(0, prev.start - 8), prev.start)
            if (joined or antara) and span.value > prev.value and prev.vague is None:
                start = prev.start
                if antara:
                    start = text.rfind("antara", max(0, prev.start - 8), prev.start)
                out[-1] = NumberSpan(
                    start,
                    span.end,
                    text[start : span.end],
                    prev.value,
                    span.value,
                    "range",
                    span.vague,
                )
                continue
        out.append(span)
    return out


_RESTATED = re.compile(r"\s*\(\s*$")


def _join_restated(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """ "1 (satu) orang", "3 (tiga)": a number restated in words in brackets is one number."""
    out: list[NumberSpan] = []
    for span in spans:
        if out and span.value == out[-1].value and out[-1].vague is None:
            prev = out[-1]
            gap = text[prev.end : span.start]
            close = re.match(r"\s*\)", text[span.end : span.end + 4])
            if _RESTATED.match(gap) and len(gap) <= 4 and close:
                end = span.end + close.end()
                out[-1] = NumberSpan(
                    prev.start,
                    end,
                    text[prev.start : end],
                    prev.value,
                    prev.value_max,
                    prev.rule + "+restated",
                    prev.vague,
                )
                continue
        out.append(span)
    return out


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number expression in ``text``, in order, with offsets into ``text``."""
    spans = sorted(_digit_spans(text) + _word_spans(text), key=lambda s: s.start)
    clean: list[NumberSpan] = []
    for span in spans:
        if clean and span.start < clean[-1].end:
            continue
        clean.append(span)
    return _join_ranges(text, _join_restated(text, clean))


def parse_number(text: str) -> tuple[float, float | None, str] | None:
    """(value, value_max, rule) when ``text`` is exactly one number expression, else None."""
    stripped = text.strip()
    spans = find_numbers(stripped)
    if len(spans) != 1 or spans[0].start != 0 or spans[0].end != len(stripped):
        return None
    span = spans[0]
    return span.value, span.value_max, span.rule
