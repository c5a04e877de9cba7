"""Indonesian temporal expressions, resolved against the publication date.

``find_times`` finds expressions with its own patterns (one regular expression
per rule, see ``_RULES``) and resolves each against the reference date
(normally the publication date). Every result carries its character offsets,
an ISO value (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``), a precision and the
name of the rule that fired.

Conventions
    * Spans hold the expression itself with its time of day, clock time and
      direction word (``Sabtu (14/10) malam``, ``Senin lalu``,
      ``Minggu (2/7) mendatang``) and the nominal head or modifier that makes it
      a date (``tahun 2007``, ``awal bulan ini``, ``bulan Oktober``), but not a
      preceding preposition (``pada``, ``sejak``, ``hingga``), which callers can
      read just before ``start``.
    * A missing year takes the year that puts the date on or before the
      reference (news reports the past), unless a direction word says the date
      is ahead (``mendatang``, ``depan``) or a stated weekday only fits the
      nearest date after the reference. A stated weekday that contradicts an
      explicit date is ignored: the date wins.
    * A bare weekday (``Senin``, ``pada Senin``, ``Senin malam``) is the most
      recent such day on or before the reference; ``Senin lalu`` the most
      recent strictly before it; ``Senin depan`` the next one after it. A weekday
      naming its week (``Senin pekan lalu``, ``Jumat minggu depan``, ``Rabu pekan
      ini``) is that day of the Monday-to-Sunday week before, after or of the
      reference's.
    * Weeks and spans of days (``pekan lalu``, ``dua pekan terakhir``,
      ``satu pekan yang lalu``) have no day-precision value. They resolve to
      the smallest calendar unit that surely contains the whole period: its
      month (precision ``month``) when the period lies within one month, else
      its year, else ``None`` (precision ``unknown``). ``pekan lalu`` is the
      Monday-to-Sunday week before the reference's week; ``N pekan lalu`` the
      seven days centred ``7N`` days before the reference.
    * Expressions relative to another event (``sehari setelah ...``,
      ``keesokan harinya``) have value ``None`` unless a resolved day follows
      directly (``sehari setelah 7 Oktober``: the 8th, the day of the main
      clause) or precedes directly (``bertemu Putin Kamis (30/6), sehari setelah
      mengunjungi Kyiv``: the 29th, the day of the clause that follows, which is
      what the expression stands next to).
    * A past the text does not date (``beberapa waktu lalu``, ``baru-baru ini``,
      ``belum lama ini``) keeps its span with value ``None`` and precision
      ``unknown``: the act is neither of the reference day nor of a guessable one.
    * Without a reference only what the text states explicitly is kept: a date
      with a year resolves, ``20 Juni`` or ``kemarin`` keep their span with
      value ``None`` and precision ``unknown``.
    * Years inside law citations (``UU No. 7 Tahun 2017``) are not event dates
      and are not reported.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from kabar.model import Precision, TimeExpression
from kabar.numbers import read_table, word_lists

# ---------------------------------------------------------------- lexicon

CALENDAR_NAMES = tuple((kind, word, int(n)) for kind, word, n in read_table("calendar_names.tsv"))
"""(kind, word, number) rows of ``data/calendar_names.tsv``, in the file's order."""


def _numbered(*kinds: str) -> dict[str, int]:
    return {word: n for kind, word, n in CALENDAR_NAMES if kind in kinds}


MONTHS: dict[str, int] = _numbered("month", "monthen")
MONTH_ABBREVIATIONS: dict[str, int] = _numbered("monthabbr")
WEEKDAYS: dict[str, int] = _numbered("weekday")
NUMBER_WORDS: dict[str, int] = _numbered("number")


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


@lru_cache(maxsize=1)
def _date_word_rows() -> tuple[tuple[str, str], ...]:
    """(kind, phrase) rows of ``data/date_words.tsv``, read once."""
    return tuple((kind, phrase) for kind, phrase in read_table("date_words.tsv"))


def _date_words(kind: str) -> frozenset[str]:
    """The words of one kind of ``data/date_words.tsv``, as written."""
    return frozenset(phrase for row_kind, phrase in _date_word_rows() if row_kind == kind)


# Words after a number that make "hingga 2000" a count, not a year.
_COUNT_NOUNS = _date_words("countnoun")
_ENGLISH_MONTHS = frozenset(_numbered("monthen"))
_FUTURE = _date_words("future")
# a bare weekday naming its week: "Senin pekan lalu", "Jumat minggu depan", "Rabu pekan ini"
_WEEK_AFTER = re.compile(
    r",?\s+(?:pada\s+)?(?:pekan|minggu)\s+(?:yang\s+)?"
    r"(?P<w>lalu|kemarin|silam|depan|mendatang|ini)\b"
)
_WEEK_SHIFT = _numbered("weekshift")
_PAST = frozenset(word for word, shift in _WEEK_SHIFT.items() if shift < 0)


def _alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first, as a trie.

    A trie lets the engine reject a position after one character instead of
    trying every word; a space in a word matches any run of whitespace.
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(node) if ch
        ]
        if not alts:
            return ""
        ends = "" in node
        body = alts[0] if len(alts) == 1 and not ends else "(?:" + "|".join(alts) + ")"
        return body + ("?" if ends else "")

    return emit(tree)


# ---------------------------------------------------------------- resolution helpers


@dataclass
class _Found:
    start: int
    end: int
    value: str | None
    precision: Precision
    rule: str


def _iso(d: date) -> str:
    return d.isoformat()


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year2(raw: str) -> int:
    y = int(raw)
    return y + 2000 if len(raw) == 2 else y


def _infer_year(d: int, m: int, ref: date, weekday: int | None, future: bool) -> date | None:
    """The date of day ``d`` month ``m`` nearest the reference in the stated direction."""
    # Eight years back so that 29 February always has a candidate.
    candidates = [
        c for y in range(ref.year - 8, ref.year + 2) if (c := safe_date(y, m, d)) is not None
    ]
    if not candidates:
        return None
    if future:
        ahead = [c for c in candidates if c >= ref]
        chosen = min(ahead) if ahead else max(candidates)
    else:
        behind = [c for c in candidates if c <= ref]
        chosen = max(behind) if behind else min(candidates)
    if weekday is not None and chosen.weekday() != weekday:
        fits = [c for c in candidates if c.weekday() == weekday and abs((c - ref).days) <= 183]
        if fits:
            chosen = min(fits, key=lambda c: abs((c - ref).days))
    return chosen


def _weekday_date(wd: int, ref: date, direction: str | None) -> date:
    delta = (ref.weekday() - wd) % 7
    if direction in _FUTURE:
        ahead = (wd - ref.weekday()) % 7
        return ref + timedelta(days=ahead or 7)
    if direction in _PAST and delta == 0:
        delta = 7
    return ref - timedelta(days=delta)


def _container(a: date, b: date) -> tuple[str | None, Precision]:
    """The smallest calendar unit containing the whole period ``a``..``b``."""
    if a > b:
        a, b = b, a
    if a == b:
        return _iso(a), "day"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.year:04d}-{a.month:02d}", "month"
    if a.year == b.year:
        return f"{a.year:04d}", "year"
    return None, "unknown"


def _shift_month(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def _month_value(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _number(raw: str | None) -> int | None:
    if raw is None:
        return None
    raw = re.sub(r"\s+", " ", raw.lower())
    if raw.isdigit():
        return int(raw)
    return NUMBER_WORDS.get(raw)


def _weekday_index(raw: str) -> int:
    return WEEKDAYS[raw.lower().replace("'", "").replace("’", "")]


def _month_index(raw: str) -> int:
    key = raw.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def _direction(m: re.Match[str]) -> str | None:
    raw = m.groupdict().get("dir")
    return raw.lower() if raw else None


def _day_result(
    start: int,
    end: int,
    rule: str,
    d: int,
    mo: int,
    y: int | None,
    ref: date | None,
    weekday: int | None,
    direction: str | None,
) -> _Found | None:
    """Resolve an explicit day and month, with or without a year."""
    if y is not None:
        value = safe_date(y, mo, d)
        if value is None:
            return None
        return _Found(start, end, _iso(value), "day", rule)
    if safe_date(2000, mo, d) is None:  # 2000 is a leap year: 29/2 is valid
        return None
    if ref is None:
        return _Found(start, end, None, "unknown", rule)
    value = _infer_year(d, mo, ref, weekday, direction in _FUTURE)
    if value is None:
        return None
    return _Found(start, end, _iso(value), "day", rule)


# ---------------------------------------------------------------- pattern pieces
#
# Every pattern starts with a literal or a character class so that the regular
# expression engine can skip ahead quickly; word boundaries before a match and
# the words that may precede it (prepositions, "tahun", "awal") are checked by
# the handlers. Patterns marked "low" run on an ASCII-lower-cased copy of the
# text (same length, same offsets).

WEEKDAY_NAMES = r"Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad"
"""The days of the week as a pattern (with "Jum'at"): also what stops a nickname."""
_WD = rf"(?P<wd>{WEEKDAY_NAMES}|{WEEKDAY_NAMES.upper()})\b"
_MONTHS_ANY = _alternation(list(MONTHS) + list(MONTH_ABBREVIATIONS))
_TOD = (
    r"(?:\s+(?P<tod>(?i:dini\s+hari|tengah\s+malam|tengah\s+hari|pagi|siang|sore|petang"
    r"|malam|subuh))(?:\s+(?i:hari))?)?"
)
_CLOCK = (
    r"(?i:\s*,?\s*(?:(?:sekitar|sekira|mulai)\s+)?(?:(?:pukul|jam|pk\.?)\s+\d{1,2}"
    r"(?:[.:]\d{2})?(?:\s*(?:wib|wita|wit|gmt|utc)\b)?"
    r"|\d{1,2}[.:]\d{2}\s*(?:wib|wita|wit|gmt|utc)\b)(?:\s+waktu\s+setempat)?)?"
)
_DIR = r"(?:\s+(?P<dir>(?i:lalu|kemarin|mendatang|depan|nanti|silam))\b)?"
_SUFFIX = _TOD + _CLOCK + _DIR
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MON = r"(?:0?[1-9]|1[0-2])"

_P_WEEKDAY = re.compile(  # original text: weekday names are capitalised
    _WD
    + r"(?:(?:\s+(?i:dini\s+hari|pagi|siang|sore|petang|malam|subuh)(?:\s+(?i:hari))?)?"
    + r"(?:\s+(?i:waktu\s+setempat))?\s*,?\s*(?:"
    + rf"\(\s*(?P<d1>{_DAY})\s*/\s*(?P<m1>{_MON})(?:\s*/\s*(?P<y1>\d{{4}}|\d{{2}}))?\s*\)"
    + rf"|(?P<d2>{_DAY})\s+(?P<mon2>(?i:{_MONTHS_ANY}))\b\.?(?:\s*,?\s+(?P<y2>\d{{4}})(?!\d))?"
    + rf"|(?P<d3>{_DAY})(?P<sep3>[/.-])(?P<m3>{_MON})(?P=sep3)(?P<y3>\d{{4}})(?!\d)"
    + r"))?"
    + _SUFFIX
)
_P_PAREN = re.compile(
    rf"\(\s*(?P<d>{_DAY})\s*/\s*(?P<m>{_MON})(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)" + _SUFFIX
)
_P_DIGITS = re.compile(  # low
    r"\d(?:"
    r"\d{3}-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\d])"
    r"|\d?(?P<sep>[/-])(?P<num_m>\d{1,2})(?P=sep)(?P<num_y>\d{4}|\d{2})(?![\d/-])"
    + r"|\d?(?:\s*[-–]\s*\d{1,2})?\s+(?P<dm_mon>"
    + _MONTHS_ANY
    + r")\b(?P<dot>\.)?"
    r"(?:\s*,?\s+(?P<dm_y>\d{4})(?!\d))?"
    + _SUFFIX
    + r"|\d?\s*/\s*(?P<dmt_m>\d{1,2})(?:\s*/\s*(?P<dmt_y>\d{4}|\d{2}))?(?![\d/])"
    r"|\d{3}(?!\d)(?:\s*[-–/]\s*(?P<y_to>\d{4})(?!\d))?"
    r")"
)
_P_MONTH = (  # low, word pass
    r"(?P<mon>" + _MONTHS_ANY + r")\b(?P<dot>\.)?(?:\s*,?\s+(?P<y>\d{4})(?!\d))?" + _DIR
)
_P_UNIT = (  # low, word pass
    r"(?P<unit>"
    + _alternation(_words("sehari sepekan seminggu sebulan setahun hari pekan minggu bulan tahun"))
    + r")\s+(?:(?P<yang>yang)\s+)?(?P<which>"
    + _alternation(
        [
            "lalu",
            "silam",
            "kemarin",
            "ini",
            "depan",
            "mendatang",
            "terakhir",
            "belakangan ini",
            "belakangan",
            "ke belakang",
            "setelahnya",
            "setelah",
            "sesudahnya",
            "sesudah",
            "sebelumnya",
            "sebelum",
            "kemudian",
            "usai",
            "pasca",
            "berikutnya",
            "sejak",
        ]
    )
    + r")\b"
)
_P_RELDAY = (  # low, word pass
    r"(?P<rel>"
    + _alternation(
        [
            "kemarin lusa",
            "kemarin",
            "besok lusa",
            "besok harinya",
            "besok",
            "keesokan harinya",
            "esok harinya",
            "esok hari",
            "lusa",
            "tadi malam",
            "tadi pagi",
            "tadi siang",
            "tadi sore",
            "malam tadi",
            "pagi tadi",
            "siang tadi",
            "sore tadi",
            "malam ini",
            "pagi ini",
            "siang ini",
            "sore ini",
            "dini hari tadi",
        ]
    )
    + r")\b"
    + _TOD
    + _CLOCK
)
_P_RECENT = (  # low, word pass: a past the text will not date
    r"(?P<recent>"
    + _alternation(
        [
            "beberapa waktu lalu",
            "beberapa waktu yang lalu",
            "beberapa waktu silam",
            "belum lama ini",
            "baru-baru ini",
        ]
    )
    + r")\b"
)

_PREPOSITIONS = (
    "pada|sejak|hingga|sampai|selama|sepanjang|per|mulai|jelang|menjelang|dari|tiap|setiap"
    "|periode|antara|sebelum|setelah|usai|pasca|tanggal|tgl"
)
_BACK_PREP = re.compile(rf"\b(?:{_PREPOSITIONS})\s+$")
_BACK_MOD = re.compile(r"\b(?:awal|akhir|pertengahan|medio|penghujung)\s+$")
_BACK_BULAN = re.compile(r"\bbulan\s+$")
_BACK_TAHUN = re.compile(r"\b(?:tahun|thn\.?)\s+$")
_BACK_TANGGAL = re.compile(r"\b(?:tanggal|tgl\.?)\s+$")
_BACK_NUMBER = re.compile(
    r"\b(?P<n>\d{1,3}|" + _alternation([*NUMBER_WORDS, "beberapa", "puluhan", "ratusan"]) + r")\s+$"
)


def _phrases(kind: str) -> str:
    """A regex alternation of the ``data/date_words.tsv`` phrases of one kind: a phrase
    ending in "*" takes any word ending ("permen*": "permenkes"), one ending in "." an
    optional full stop ("jl.")."""
    by_end: dict[str, list[str]] = {"*": [], ".": [], "": []}
    for row_kind, phrase in _date_word_rows():
        if row_kind == kind:
            by_end[phrase[-1] if phrase[-1] in "*." else ""].append(phrase.rstrip("*."))
    tails = {"*": r"\w*", ".": r"\.?", "": ""}
    return "|".join(
        f"(?:{_alternation(found)}){tails[end]}" for end, found in by_end.items() if found
    )


# "UU No. 7 Tahun 2017", "UU 31 Tahun 1999", "Perpres 5 Tahun 2020", "UU Tipikor 31 Tahun
# 1999": a rule's number before its year, with "Nomor" or after the kind of rule (and at most
# two words of its name).
_BACK_LAW = re.compile(
    r"\b(?:(?:no|nomor|nmr|nomer)\.?\s*|(?:" + _phrases("lawkind") + r")\s+(?:[a-z]+\s+){0,2})"
    r"\d+[a-z]?(?:/[\w.]+)*\s*,?\s*$"
)
_BACK_NOT_SUNDAY = re.compile(r"\b(?:pasar|jalan|jl\.?|malam)\s+$")
# "Pak Minggu", "Bu Minggu": a form of address before a name (mention_words.tsv's
# honorific rows) makes "Minggu" a person's name, never Sunday.
_BACK_HONORIFIC = re.compile(
    r"\b(?:" + _alternation(word_lists("mention_words.tsv")["honorific"]) + r")\.?\s+$"
)
# "Universitas 17 Agustus 1945", "Jalan 10 November": a capitalised name a date is part of.
_BACK_NAMED = re.compile(r"\b(?:" + _phrases("named") + r")\s+(?:\d{1,2}\s+)?$")
_BACK_SUNDAY = re.compile(r"(?:\b(?:pada|hari|sejak|hingga|sampai|sabtu\s+dan|sabtu-)|,)\s*$")
_AFTER_WORD = re.compile(r"\s+([^\W\d_]+)")
_NOT_SUNDAY_AFTER = _date_words("notsundayafter")


def _back(pattern: re.Pattern[str], low: str, start: int, width: int = 40) -> int | None:
    """Where ``pattern`` (anchored at ``start`` by ``$``) begins, if it matches."""
    m = pattern.search(low, max(0, start - width), start)
    return m.start() if m else None


def _extend_back(low: str, start: int, *patterns: re.Pattern[str]) -> int:
    """Move ``start`` back over each pattern in turn while it matches."""
    for pattern in patterns:
        found = _back(pattern, low, start)
        if found is not None:
            start = found
    return start


def _starts_word(s: str, i: int) -> bool:
    return i == 0 or not s[i - 1].isalnum()


# ---------------------------------------------------------------- handlers


@dataclass
class _Ctx:
    text: str
    low: str
    ref: date | None


def _h_weekday(m: re.Match[str], c: _Ctx) -> _Found | None:
    if not _starts_word(c.text, m.start()):
        return None
    wd = _weekday_index(m["wd"])
    direction = _direction(m)
    for k in ("1", "2", "3"):
        if m["d" + k]:
            mo = _month_index(m["mon2"]) if k == "2" else int(m["m" + k])
            y = _year2(m["y" + k]) if m["y" + k] else None
            end = m.end()
            if k == "2" and m.group().endswith(".") and m["mon2"].lower() in MONTHS:
                end -= 1  # a sentence period after a full month name
            found = _day_result(
                m.start(), end, "weekday_date", int(m["d" + k]), mo, y, c.ref, wd, direction
            )
            if found is not None:
                return found
            return _bare_weekday(m, c, m.end("wd"), wd, None)
    return _bare_weekday(m, c, m.end(), wd, direction)


def _bare_weekday(
    m: re.Match[str], c: _Ctx, end: int, wd: int, direction: str | None
) -> _Found | None:
    start = m.start()
    if _back(_BACK_NOT_SUNDAY, c.low, start, 12) is not None:
        return None
    if c.text[m.end("wd") : m.end("wd") + 1] in ("-", "–", "/") or c.text[
        max(0, start - 1) : start
    ] in ("-", "–", "/"):
        return None  # "Senin-Jumat": a weekly schedule, not a date
    if wd == 6 and m["wd"].lower() == "minggu":
        # "Minggu" is also "week" and a name: Sunday only with a time of day or clock
        # time, after "pada", "hari", "sejak", "hingga" or a comma, before a week
        # ("Minggu pekan lalu"), or before a period or comma, when no number precedes it
        # ("selama dua Minggu.", "dua Minggu pekan lalu"); never after a form of address
        # ("Pak Minggu pekan lalu melapor": a man named Minggu).
        if _back(_BACK_HONORIFIC, c.low, start, 12) is not None:
            return None
        counted = _back(_BACK_NUMBER, c.low, start, 20) is not None
        clause_end = c.text[end : end + 1] in (".", ",", ";") and not counted
        of_week = _WEEK_AFTER.match(c.low, end) is not None and not counted
        if direction or not (
            end > m.end("wd")
            or clause_end
            or of_week
            or _back(_BACK_SUNDAY, c.low, start, 12) is not None
        ):
            return None
        nxt = _AFTER_WORD.match(c.low, end, min(len(c.low), end + 20))
        if nxt and nxt.group(1) in _NOT_SUNDAY_AFTER:
            return None
    week = _WEEK_AFTER.match(c.low, end) if direction is None else None
    if week is not None:  # "Senin pekan lalu": the Monday of the week before the reference's
        end = week.end()
    if c.ref is None:
        return _Found(start, end, None, "unknown", "weekday")
    if week is not None:
        monday = c.ref - timedelta(days=c.ref.weekday())
        shift = _WEEK_SHIFT[week["w"]]
        day = monday + timedelta(days=7 * shift + wd)
        return _Found(start, end, _iso(day), "day", "weekday_week")
    return _Found(start, end, _iso(_weekday_date(wd, c.ref, direction)), "day", "weekday")


def _h_paren(m: re.Match[str], c: _Ctx) -> _Found | None:
    y = _year2(m["y"]) if m["y"] else None
    return _day_result(
        m.start(), m.end(), "paren_date", int(m["d"]), int(m["m"]), y, c.ref, None, _direction(m)
    )


def _named_by_date(c: _Ctx, start: int) -> bool:
    """Whether the date at ``start`` is part of a capitalised name ("Universitas 17
    Agustus 1945", "Jalan 10 November"): the name dates nothing."""
    named = _back(_BACK_NAMED, c.low, start, 20)
    return named is not None and c.text[named].isupper()


def _h_digits(m: re.Match[str], c: _Ctx) -> _Found | None:
    s, low = m.start(), c.low
    if s and (low[s - 1].isalnum() or low[s - 1] in ".,/:"):
        return None
    raw = m.group()
    if m["iso_m"]:
        return _day_result(
            s,
            m.end(),
            "iso_date",
            int(m["iso_d"]),
            int(m["iso_m"]),
            int(raw[:4]),
            c.ref,
            None,
            None,
        )
    day = int(re.match(r"\d+", raw).group())  # type: ignore[union-attr]
    if m["num_m"]:
        return _day_result(
            s, m.end(), "numeric_date", day, int(m["num_m"]), _year2(m["num_y"]), c.ref, None, None
        )
    if m["dm_mon"]:
        if _named_by_date(c, s):
            return None
        end = m.end()
        y = int(m["dm_y"]) if m["dm_y"] else None
        if m["dot"] and m["dm_mon"] in MONTHS:
            end, y = m.end("dm_mon"), None  # the period ends the sentence
        rule = "day_month_year" if y else "day_month"
        return _day_result(
            s,
            end,
            rule,
            day,
            _month_index(m["dm_mon"]),
            y,
            c.ref,
            None,
            None if end != m.end() else _direction(m),
        )
    if m["dmt_m"]:
        if _back(_BACK_TANGGAL, low, s, 12) is None:
            return None
        y = _year2(m["dmt_y"]) if m["dmt_y"] else None
        return _day_result(s, m.end(), "tanggal_date", day, int(m["dmt_m"]), y, c.ref, None, None)
    return _year(m, c)


def _year(m: re.Match[str], c: _Ctx) -> _Found | None:
    s, low = m.start(), c.low
    y = int(m.group()[:4])
    start = _extend_back(low, s, _BACK_TAHUN, _BACK_MOD)
    has_head = start != s
    if not (1900 <= y <= 2099 or (has_head and 1000 <= y <= 2099)):
        return None
    past = _AFTER_WORD.match(low, m.end(), min(len(low), m.end() + 12))
    said_past = past is not None and past.group(1) in ("silam", "lalu")  # "Pilpres 2014 silam"
    if not has_head and not said_past and _back(_BACK_PREP, low, start, 20) is None:
        return None
    if _back(_BACK_LAW, low, start) is not None:
        return None  # "UU No. 7 Tahun 2017": a law's number, not an event date
    if not has_head:
        after = _AFTER_WORD.match(low, m.end(), min(len(low), m.end() + 30))
        if after and after.group(1) in _COUNT_NOUNS:
            return None  # "hingga 2000 orang"
    if m["y_to"]:
        y_to = int(m["y_to"])
        if not y < y_to <= 2099:
            return _Found(start, m.start() + 4, f"{y:04d}", "year", "year")
        value, precision = _container(date(y, 1, 1), date(y_to, 12, 31))
        return _Found(start, m.end(), value, precision, "year_range")
    return _Found(start, m.end(), f"{y:04d}", "year", "year")


def _h_month(m: re.Match[str], c: _Ctx) -> _Found | None:
    s, low = m.start("mon"), c.low
    if not _starts_word(low, s):
        return None
    name = m["mon"]
    full = name in MONTHS
    end, y, direction = m.end(), m["y"], _direction(m)
    if m["dot"] and full:
        end, y, direction = m.end("mon"), None, None
    start = _extend_back(low, s, _BACK_BULAN, _BACK_MOD)
    if _named_by_date(c, start):
        return None
    if y:
        return _Found(start, end, _month_value(int(y), _month_index(name)), "month", "month_year")
    if not full or name in _ENGLISH_MONTHS:
        return None
    if not (c.text[s].isupper() or _back(_BACK_BULAN, low, s) is not None):
        return None
    if start == s and direction is None and _back(_BACK_PREP, low, s, 20) is None:
        return None  # a bare month name may be a person's name ("Agustus")
    if c.ref is None:
        return _Found(start, end, None, "unknown", "month")
    mo, ref = MONTHS[name], c.ref
    if direction in _FUTURE:
        year = ref.year if mo >= ref.month else ref.year + 1
    else:
        year = ref.year if mo <= ref.month else ref.year - 1
    return _Found(start, end, _month_value(year, mo), "month", "month")


def _h_unit(m: re.Match[str], c: _Ctx) -> _Found | None:
    s, low, ref = m.start("unit"), c.low, c.ref
    if not _starts_word(low, s):
        return None
    unit, which = m["unit"], re.sub(r"\s+", " ", m["which"])
    n: int | None = None
    counted = False
    start = s
    if unit.startswith("se") and unit[2:] in ("hari", "pekan", "minggu", "bulan", "tahun"):
        unit, n, counted = unit[2:], 1, True
    if not counted:
        found = _BACK_NUMBER.search(low, max(0, s - 20), s)
        if found:
            start, n, counted = found.start(), _number(found["n"]), True
    if m["yang"] and which not in ("lalu", "silam"):
        return None
    if which in ("lalu", "silam", "ke belakang"):
        if counted:
            if ref is None or n is None:
                return _Found(start, m.end(), None, "unknown", "n_ago")
            value, precision = _period(unit, n, ref)
            return _Found(start, m.end(), value, precision, "n_ago")
        if which != "lalu" or unit == "hari":
            return None
        return _relative_unit(m, c, unit, -1)
    if which in ("kemarin", "ini", "depan", "mendatang"):
        if counted:
            return None
        if unit == "hari":
            if which != "ini":
                return None
            value = _iso(ref) if ref else None
            return _Found(s, m.end(), value, "day" if ref else "unknown", "relative_day")
        return _relative_unit(m, c, unit, {"kemarin": -1, "ini": 0}.get(which, 1))
    if which.startswith(("terakhir", "belakangan")):
        if not counted:
            return None
        if ref is None or n is None:
            return _Found(start, m.end(), None, "unknown", "last_n")
        days = {"hari": 1, "pekan": 7, "minggu": 7, "bulan": 30, "tahun": 365}[unit] * n
        value, precision = _container(ref - timedelta(days=days), ref)
        return _Found(start, m.end(), value, precision, "last_n")
    if counted or which in ("berikutnya", "sebelumnya"):
        return _Found(start, m.end(), None, "unknown", "relative_event")
    return None


def _relative_unit(m: re.Match[str], c: _Ctx, unit: str, step: int) -> _Found | None:
    start = _extend_back(c.low, m.start("unit"), _BACK_MOD)
    mod = c.low[start : m.start("unit")].strip()
    ref = c.ref
    if ref is None:
        return _Found(start, m.end(), None, "unknown", "relative_unit")
    if unit in ("pekan", "minggu"):
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * step)
        a, b = monday, monday + timedelta(days=6)
        if mod == "akhir":
            a = monday + timedelta(days=5)
        elif mod == "awal":
            b = monday + timedelta(days=2)
        value, precision = _container(a, b)
    elif unit == "bulan":
        value, precision = _month_value(*_shift_month(ref, step)), "month"
    else:
        value, precision = f"{ref.year + step:04d}", "year"
    return _Found(start, m.end(), value, precision, "relative_unit")


_RELDAY_OFFSETS = _numbered("relday")


def _h_relday(m: re.Match[str], c: _Ctx) -> _Found | None:
    if not _starts_word(c.low, m.start("rel")):
        return None
    word = re.sub(r"\s+", " ", m["rel"])
    if word.endswith("harinya"):
        return _Found(m.start("rel"), m.end(), None, "unknown", "relative_event")
    if c.ref is None:
        return _Found(m.start("rel"), m.end(), None, "unknown", "relative_day")
    value = c.ref + timedelta(days=_RELDAY_OFFSETS.get(word, 0))
    return _Found(m.start("rel"), m.end(), _iso(value), "day", "relative_day")


def _h_recent(m: re.Match[str], c: _Ctx) -> _Found | None:
    """ "beberapa waktu lalu", "baru-baru ini": some day before the reference, which the
    text does not say (not the story's day, nor a guessable one)."""
    if not _starts_word(c.low, m.start("recent")):
        return None
    return _Found(m.start("recent"), m.end(), None, "unknown", "vague_past")


def _period(unit: str, n: int, ref: date) -> tuple[str | None, Precision]:
    """The value of "N <unit> lalu"."""
    if unit == "hari":
        return _iso(ref - timedelta(days=n)), "day"
    if unit in ("pekan", "minggu"):
        centre = ref - timedelta(days=7 * n)
        return _container(centre - timedelta(days=3), min(ref, centre + timedelta(days=3)))
    if unit == "bulan":
        return _month_value(*_shift_month(ref, -n)), "month"
    return f"{ref.year - n:04d}", "year"


# ---------------------------------------------------------------- scanning

Handler = Callable[[re.Match[str], _Ctx], "_Found | None"]


@dataclass(frozen=True)
class _Pass:
    """One scan of the text: ``pattern`` over the original or lower-cased copy.

    A word pass starts only after a non-alphanumeric character, which lets the
    engine skip ahead on that character instead of trying every letter; the
    text's first word is tried with ``first``.
    """

    pattern: re.Pattern[str]
    on_low: bool
    handler: Handler
    first: re.Pattern[str] | None = None


def _word_pass(body: str, handler: Handler) -> _Pass:
    return _Pass(re.compile(r"[^a-z0-9]" + body), True, handler, re.compile(body))


# On equal spans the earlier pass wins.
_PASSES: list[_Pass] = [
    _Pass(_P_WEEKDAY, False, _h_weekday),
    _Pass(_P_PAREN, False, _h_paren),
    _Pass(_P_DIGITS, True, _h_digits),
    _word_pass(_P_MONTH, _h_month),
    _word_pass(_P_UNIT, _h_unit),
    _word_pass(_P_RELDAY, _h_relday),
    _word_pass(_P_RECENT, _h_recent),
]
_ASCII_LOWER = {c: c + 32 for c in range(65, 91)}


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def _to_date(reference: date | None) -> date | None:
    """The reference as a date; none when it lies where date arithmetic would overflow."""
    if isinstance(reference, datetime):
        reference = reference.date()
    if reference is not None and not MIN_REFERENCE_YEAR <= reference.year <= MAX_REFERENCE_YEAR:
        return None
    return reference


MIN_REFERENCE_YEAR, MAX_REFERENCE_YEAR = 100, 9000


def _scan(text: str, ref: date | None) -> list[_Found]:
    ctx = _Ctx(text, _lower(text), ref)
    found: list[tuple[int, int, int, _Found]] = []
    for priority, scan in enumerate(_PASSES):
        subject = ctx.low if scan.on_low else text
        matches: Iterable[re.Match[str] | None] = scan.pattern.finditer(subject)
        if scan.first is not None:
            matches = itertools.chain((scan.first.match(subject),), matches)
        for m in matches:
            if m is None:
                continue
            result = scan.handler(m, ctx)
            if result is not None and result.end > result.start:
                found.append((result.start, result.start - result.end, priority, result))
    found.sort(key=lambda item: item[:3])
    chosen: list[_Found] = []
    last_end = -1
    for _, _, _, result in found:
        if result.start >= last_end:
            chosen.append(result)
            last_end = result.end
    return _attach_anchors(text, chosen)


def _attach_anchors(text: str, found: list[_Found]) -> list[_Found]:
    """Resolve "sehari setelah 7 Oktober" when a dated expression follows directly, and
    "Kamis (30/6), sehari setelah <clause>" when one precedes it: the value then dates
    the clause that follows (30/6 minus one day)."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        cur = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            cur.rule == "relative_event"
            and nxt is not None
            and nxt.precision == "day"
            and nxt.value
            and text[cur.end : nxt.start].strip() == ""
        ):
            days = event_offset(text[cur.start : cur.end].lower().split())
            if days is not None:
                value = _iso(date.fromisoformat(nxt.value) + timedelta(days=days))
                out.append(_Found(cur.start, nxt.end, value, "day", "relative_event"))
                i += 2
                continue
        prev = out[-1] if out else None
        if (
            cur.rule == "relative_event"
            and cur.value is None
            and prev is not None
            and prev.precision == "day"
            and prev.value
            and _ANCHOR_GAP.fullmatch(text[prev.end : cur.start].lower())
        ):
            days = event_offset(text[cur.start : cur.end].lower().split())
            if days is not None:  # the clause after it happened ``days`` before the anchor
                value = _iso(date.fromisoformat(prev.value) - timedelta(days=days))
                cur = _Found(cur.start, cur.end, value, "day", "relative_event")
        out.append(cur)
        i += 1
    return out


# What may separate a dated clause from "sehari setelah <clause>" that it is dated against.
_ANCHOR_GAP = re.compile(r"[\s,;]*(?:(?:atau|yakni|yaitu|tepatnya)[\s,]*)?")


def event_offset(words: list[str]) -> int | None:
    """Signed day offset of "sehari setelah", "dua hari sebelum", or None."""
    if not words:
        return None
    rel = words[-1]
    sign = -1 if rel.startswith("sebelum") else 1
    if rel in ("kemudian", "berikutnya", "sejak") or rel.endswith("nya"):
        return None
    if words[0] == "sehari":
        return sign
    if len(words) >= 3 and words[-2] == "hari":
        n = _number(" ".join(words[:-2]))
        return None if n is None else sign * n
    return None


# ---------------------------------------------------------------- public API


def find_times(text: str, reference: date | None) -> list[TimeExpression]:
    """Temporal expressions in ``text``, resolved against ``reference``.

    ``reference`` is normally the publication date (a ``datetime`` is reduced to
    its date). Results are in text order and never overlap.
    """
    if not text:
        return []
    ref = _to_date(reference)
    return [
        TimeExpression(f.start, f.end, text[f.start : f.end], f.value, f.precision, f.rule)
        for f in _scan(text, ref)
    ]


@dataclass(frozen=True)
class StatedDay:
    """A weekday stated with its day and month ("Sabtu (11/4)"), and the year if given."""

    weekday: int
    day: int
    month: int
    year: int | None


def stated_day(expression: str) -> StatedDay | None:
    """The weekday, day, month (and year) an expression such as "Jumat (3/11) sore" states."""
    m = _P_WEEKDAY.match(expression)
    if m is None:
        return None
    for k in ("1", "2", "3"):
        if m["d" + k]:
            month = _month_index(m["mon2"]) if k == "2" else int(m["m" + k])
            year = _year2(m["y" + k]) if m["y" + k] else None
            return StatedDay(_weekday_index(m["wd"]), int(m["d" + k]), month, year)
    return None


def fitting_days(stated: StatedDay, years: Iterable[int]) -> list[date]:
    """The dates, in the stated year or else in ``years``, on which the stated day and month
    fall on the stated weekday (none: the weekday does not fit the date)."""
    candidates = [stated.year] if stated.year else years
    return [
        d
        for y in candidates
        if (d := safe_date(y, stated.month, stated.day)) and d.weekday() == stated.weekday
    ]


_P_DAY_MONTH = re.compile(rf"(?P<d>{_DAY})\s+(?P<mon>(?i:{_MONTHS_ANY}))\b")


def yearless_day(t: TimeExpression) -> tuple[int, int, int | None] | None:
    """(month, day, weekday or ``None``) of an expression that states a day and a month but
    stayed unresolved for want of a year ("7 Oktober" or "Rabu (6/9)" in an article without
    a publication date): the year is unknown, the day and month are still told."""
    if t.value is not None or t.rule not in ("day_month", "weekday_date"):
        return None
    stated = stated_day(t.text)
    if stated is not None:
        return stated.month, stated.day, stated.weekday
    m = _P_DAY_MONTH.match(t.text)
    return None if m is None else (_month_index(m["mon"]), int(m["d"]), None)


def iso_day_month(month: int, day: int, weekday: int | None) -> tuple[str | None, int | None]:
    """("--MM-DD", ISO weekday) of a day and month (``weekday`` 0 = Monday, or None);
    (None, None) when no year has that day ("31/2")."""
    if safe_date(2000, month, day) is None:  # 2000 is a leap year: 29 Februari is a day
        return None, None
    return f"--{month:02d}-{day:02d}", None if weekday is None else weekday + 1


def explicit_dates(text: str) -> list[tuple[str, Precision]]:
    """The dates stated with their year (day or month precision) in ``text``, in order."""
    return [
        (t.value, t.precision)
        for t in find_times(text, None)
        if t.value is not None and t.precision in ("day", "month")
    ]


def latest_explicit_date(text: str) -> tuple[str, Precision] | None:
    """The latest date stated with its year (day or month precision) in ``text``."""
    return max(explicit_dates(text), key=lambda found: found[0], default=None)


_ISO_PREFIX = re.compile(
    r"(?P<y>\d{4})(?:[-/](?P<m>\d{1,2})(?:[-/](?P<d>\d{1,2}))?)?"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?"
)
_WIB = timezone(timedelta(hours=7))


def parse_date_value(s: str, reference: date | None = None) -> tuple[str | None, Precision]:
    """An ISO value and precision for a metadata date string.

    Handles ISO dates and timestamps (the stated local date is kept, not
    converted to UTC), Unix timestamps (read in Western Indonesian Time),
    Indonesian dates such as ``Sabtu, 14 Okt 2023 19:30 WIB`` or ``14/10/2023``,
    and, as a last resort, whatever dateparser reads in Indonesian. Strings
    without a year resolve only against ``reference``.
    """
    s = (s or "").strip()
    if not s:
        return None, "unknown"
    ref = _to_date(reference)
    if re.fullmatch(r"\d{9,13}", s):
        seconds = int(s) / (1000 if len(s) > 11 else 1)
        try:
            return _iso(datetime.fromtimestamp(seconds, _WIB).date()), "day"
        except (OverflowError, OSError, ValueError):
            return None, "unknown"
    iso = _ISO_PREFIX.fullmatch(s)
    if iso:
        y = int(iso["y"])
        if iso["d"] and (d := safe_date(y, int(iso["m"]), int(iso["d"]))):
            return _iso(d), "day"
        if iso["m"] and not iso["d"] and 1 <= int(iso["m"]) <= 12:
            return _month_value(y, int(iso["m"])), "month"
        if not iso["m"] and 1000 <= y <= 2999:
            return f"{y:04d}", "year"
    for f in _scan(s, ref):
        if f.value is not None and f.rule != "relative_event":
            return f.value, f.precision
    if ref is None and not re.search(r"\d{4}", s):
        return None, "unknown"
    return _dateparser_value(s, ref)


def _dateparser_value(s: str, ref: date | None) -> tuple[str | None, Precision]:
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if ref is not None:
        settings["RELATIVE_BASE"] = datetime(ref.year, ref.month, ref.day)
    else:
        settings["REQUIRE_PARTS"] = ["year"]
    try:
        from dateparser.date import DateDataParser

        data = DateDataParser(languages=["id", "en"], settings=settings).get_date_data(s)
    except Exception:  # noqa: BLE001 - dateparser raises many types on odd input
        return None, "unknown"
    if data is None or data.date_obj is None:
        return None, "unknown"
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "month":
        return _month_value(d.year, d.month), "month"
    return _iso(d), "day"
