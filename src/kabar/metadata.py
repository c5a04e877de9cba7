"""Title, outlet, dateline, publication date and language of an article.

Real input often carries none of these as fields: the outlet hides in a
dateline ("Doha, MINA –") or a sign-off, the date only in the body. Values the
input supplied always win; inferred ones say where they came from in
``article.meta["inferred"]``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from urllib.parse import urlparse

from kabar.clean import apply_cuts, article_map, repaired, word_list
from kabar.context import Context
from kabar.dates import (
    MONTHS,
    explicit_dates,
    iso_day_month,
    latest_explicit_date,
    parse_date_value,
)
from kabar.model import Article, Cut, Precision, TraceStep
from kabar.numbers import word_lists

# "Doha, MINA –", "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -", "VIVA Jabar –",
# "Doha, Purna Warta –": a place and/or an outlet, then a dash, at the start of the body.
DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][A-Za-z.'’ ]{1,30}?)\s*(?:,\s*|\s*\(\s*))?"
    r"(?P<outlet>[A-Z][\w.'’ ]{1,30}?)\)?\s*[–—-]{1,2}\s+(?=\S)",
)
URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")
# "/read/20170515/324481/", "/nasional/20171027200109-20-251718/": a compact date, with
# or without the time, as one path segment or the head of one.
URL_COMPACT_DATE = re.compile(r"/(20\d\d|19\d\d)(\d\d)(\d\d)(?:\d{6})?(?=[/-])")
# "indosum-1499842378-tagih-bonus", ".../berita-1499842378.html": a Unix time that a
# record's id or URL carries, stamped when the outlet or a corpus took the article in.
# The leading 1 keeps it after 9 September 2001 (older numbers are no news time stamps).
UNIX_TIME = re.compile(r"(?<!\d)(?<!\d\.)(1\d{9})(?!\.?\d)")
WIB = timezone(timedelta(hours=7))  # Indonesian news days begin in Western Indonesian Time
SIGNOFF = re.compile(r"^(?P<outlet>[A-Z][\w’'. ]{2,60}?)\s*\((?P<short>[A-Z]{2,10})\)\s*$", re.M)
SENTENCE_END = tuple(".!?\"”’'")
WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
# "Sabtu (14/10)": a weekday with day/month but no year, the commonest Indonesian dateline form.
WEEKDAY = r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
# "Sabtu (14/10)", "Jumat (27/10/2023)", "Kamis, 16 November 2023": a report's own dateline form.
WEEKDAY_DATE = re.compile(
    WEEKDAY + r"\s*(?:\(\s*(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s*\)"
    r"|,?\s+(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4}))",
    re.IGNORECASE,
)
NEAR_ANCHOR_YEARS = 2  # a candidate this close after the latest year the text names is preferred
YEARS_BACK = 30  # how far back a weekday-consistent year is searched
STALE_DAYS = 7  # a body date this far before the record's time stamp is an older event's
YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
CAPITALISED = re.compile(r"^[A-Z0-9“\"']")
LANGUAGE_SAMPLE = 2000  # characters the language is judged on
LETTERS = re.compile(r"[^\W\d_]+")
MIN_WORDS = 30  # fewer words than this are never "clearly" Indonesian
MIN_FUNCTION_SHARE = 0.08  # Indonesian news: 16% on median, 9% at the 1st percentile
CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?(?:\s|$)")
RESTATED_SHARE = 0.75  # of a full-stop headline's content words, the lead repeats at least this


def extract_metadata(article: Article, ctx: Context) -> Article:
    """Fill title, publication, dateline, published and language."""
    meta = article.meta
    inferred: dict[str, str] = {}
    article.url = meta.get("url") or article.url
    article.title = clean_title(meta.get("title"))
    if article.title is None:
        take_title_line(article)
        if article.title:
            inferred["title"] = "first line"
    dateline = DATELINE.match(article.text)
    dateline_outlet = None
    if dateline:
        place, outlet = (dateline.group("place") or "").strip(), dateline.group("outlet").strip()
        if not place and ctx.lexicons.lookup_place(outlet):  # "Jakarta -": a place, no outlet
            place, outlet = outlet, ""
        article.dateline = place or None
        dateline_outlet = outlet or None
    article.publication = meta.get("publication") or None
    if article.publication is None:
        article.publication, inferred["publication"] = find_outlet(article, dateline_outlet)
    published, precision, how = find_published(article)
    article.published, article.published_precision = published, precision
    if published is None:
        article.published_day_month, article.published_weekday = own_yearless_day(article.text)
    if how:
        inferred["published"] = how
    article.language = detect_language(article.text, ctx)
    if meta.get("encoding_flag"):
        article.flags.append(str(meta["encoding_flag"]))
    meta["inferred"] = {k: v for k, v in inferred.items() if v}
    article.trace.append(
        TraceStep(
            "metadata",
            f"title={article.title!r} publication={article.publication!r} "
            f"published={article.published} ({article.published_precision}) "
            f"language={article.language} inferred={meta['inferred']}",
        )
    )
    return article


def clean_title(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    title = " ".join(value.split())
    return title or None


def looks_like_headline(line: str) -> bool:
    """Short, capitalised, no sentence-final punctuation and no dateline dash."""
    words = line.split()
    return (
        2 <= len(words) <= 25
        and not line.rstrip().endswith(SENTENCE_END)
        and bool(CAPITALISED.match(line))
        and not DATELINE.match(line)
    )


def restated_headline(first: str, rest: str) -> bool:
    """A one-sentence first line whose words the next line repeats: a headline ending
    with a full stop, as translated or aggregated texts give it ("Gubernur Jawa Barat
    meresmikan jembatan baru di Cirebon." then "Gubernur Jawa Barat pada Senin meresmikan
    jembatan baru di Cirebon ..."). A body's first sentence is not restated word for
    word by its second."""
    if not 4 <= len(first.split()) <= 25:
        return False
    if not CAPITALISED.match(first) or DATELINE.match(first):
        return False
    if len(SENTENCE_BREAK.findall(first.strip())) > 1:  # a paragraph, not a headline
        return False
    lead = next((line for line in rest.split("\n") if line.strip()), "")
    if not lead:
        return False
    head = {w.casefold() for w in CONTENT_WORD.findall(first)}
    said = {w.casefold() for w in CONTENT_WORD.findall(lead)}
    return len(head) >= 4 and len(head & said) >= RESTATED_SHARE * len(head)


def take_title_line(article: Article) -> None:
    """Move a headline-like first line out of the body into ``title``, recording the cut.

    A headline ending with a full stop counts when the lead restates it
    (:func:`restated_headline`). A headline glued to the first sentence of the body on
    the same line is split off too, when its form is clear (:func:`glued_title`). The
    text is re-derived from the raw input and all cuts, so ``removed`` always explains
    exactly how ``text`` came from ``raw``.
    """
    first, sep, rest = article.text.partition("\n")
    if sep and rest.strip() and (looks_like_headline(first) or restated_headline(first, rest)):
        title = first
    else:
        title = glued_title(first) or ""
    if not title:
        return
    mapping = article_map(article)
    raw_start, raw_end = mapping.raw_span(0, len(title))
    if repaired(article.raw, article.removed, raw_start, raw_end) != title:
        return  # not verbatim in the raw text (but for mojibake repairs)
    article.title = title.strip()
    cut = Cut(raw_start, raw_end, "title", article.raw[raw_start:raw_end])
    inside = [c for c in article.removed if raw_start <= c.raw_start < raw_end]  # its repairs
    kept = [c for c in article.removed if c not in inside]
    article.removed = sorted([*kept, cut], key=lambda c: c.raw_start)
    article.text, _ = apply_cuts(article.raw, article.removed)


def glued_title(line: str) -> str | None:
    """The headline at the start of ``line`` when the body's first sentence follows it.

    The form must be clear: at least four Title-Case tokens (capitalised words,
    numbers, lower-case function words, a lower-case repeat such as "Mencak
    mencak"), no sentence end, quote or dash among them, then a capitalised
    determiner or quantifier that opens a sentence and never ends a name
    ("Sejumlah", "Para", "Ratusan": the ``opener`` list of ``data/residue.tsv``)
    followed by a lower-case word. A body opening with a name ("Joko Widodo
    meresmikan ...") is left alone: where the headline ends cannot be told.
    """
    if not CAPITALISED.match(line) or DATELINE.match(line):
        return None
    function, opener = word_list("function"), word_list("opener")
    tokens = line.split(" ")
    k = 0  # the first token that is not Title Case: the body's first lower-case word
    previous = ""
    while k < len(tokens):
        word = tokens[k].rstrip(",:")
        if not word or not any(ch.isalnum() for ch in word) or word[-1] in ".!?\"”'’":
            return None
        title_case = word[0].isupper() or word[0].isdigit() or word in function
        if not title_case and word.lower() != previous.lower():
            break
        previous = word
        k += 1
    if k == len(tokens):
        return None
    if k < 5 or not tokens[k - 1][:1].isupper() or tokens[k - 1].lower() not in opener:
        return None
    title = tokens[: k - 1]
    if title[-1].rstrip(",:") in function:
        return None
    return " ".join(title).rstrip(",:")


def find_outlet(article: Article, dateline_outlet: str | None) -> tuple[str | None, str]:
    if dateline_outlet and len(dateline_outlet.split()) <= 3:
        return dateline_outlet, "dateline"
    signoff = SIGNOFF.search(article.raw)
    if signoff:
        return signoff.group("short"), "sign-off"
    if article.url:
        host = urlparse(article.url).hostname or ""
        if host:
            return host.removeprefix("www."), "url"
    return None, ""


def find_published(article: Article) -> tuple[str | None, Precision, str]:
    """Publication date: metadata, the URL, the report's weekday datelines, then the body.

    Weekday dates ("Sabtu (14/10)") are how Indonesian reports date what they
    report, so they beat other dates in the body, which may lie in the future
    ("hingga 1 Agustus") or the past ("17 Agustus 1945"); when their year stays
    unknown, so does the publication. A crawl date (``meta["crawled"]``) or a time stamp
    in the record's id or URL bounds it.
    """
    given = article.meta.get("published")
    if given:
        value, precision = parse_date_value(str(given))
        if value:
            return value, precision, ""
    if article.url:
        for pattern in (URL_DATE, URL_COMPACT_DATE):
            match = pattern.search(article.url)
            if match:
                year, month, day = (int(g) for g in match.groups())
                try:
                    return date(year, month, day).isoformat(), "day", "url"
                except ValueError:
                    pass
    today = date.today()
    stamp = stamped_day(article, today)
    bound = publication_bound(article, stamp)
    latest = bound or today
    inferred = weekday_consistent_date(article.text, latest, crawled=bound is not None)
    if inferred:
        return inferred, "day", "latest weekday-dated date in body"
    if any(year is None for *_, year in weekday_dates(article.text)):
        return None, "unknown", ""  # the report's own day, year unknown: later dates are others
    stated = latest_explicit_date(article.text)
    if stated and not (bound and stated[0] > bound.isoformat()):
        value, precision = stated
        return from_body(value, precision, stamp)
    return None, "unknown", ""


def from_body(
    value: str, precision: Precision, stamp: date | None
) -> tuple[str | None, Precision, str]:
    """The latest date in the body as the publication date, unless the record's time stamp
    shows it stale: a corpus takes news in a day or two after it appears, so a body date
    more than ``STALE_DAYS`` before the stamp is an earlier event's (a birth, "pada 23
    Agustus 2016 lalu"), and the stamp's month is all that is known. Weekday datelines do
    not come here: they date the report's own events (``weekday_consistent_date``)."""
    if stamp is None or stamp - last_day(value, precision) <= timedelta(days=STALE_DAYS):
        return value, precision, "latest date in body"
    return stamp.isoformat()[:7], "month", "time stamp (body dates older)"


def last_day(value: str, precision: Precision) -> date:
    """The last day a date value of some precision can stand for."""
    year = int(value[:4])
    if precision == "day":
        return date.fromisoformat(value[:10])
    if precision == "month":
        month = int(value[5:7])
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, 12, 31)


def publication_bound(article: Article, stamp: date | None) -> date | None:
    """The last day the article can have appeared: its crawl or its time stamp (``stamp``,
    :func:`stamped_day`)."""
    crawled = crawl_limit(str(article.meta.get("crawled") or ""))
    return min((day for day in (crawled, stamp) if day), default=None)


def stamped_day(article: Article, today: date) -> date | None:
    """The day, in Western Indonesian Time, of a Unix time stamp in a record's id or URL.

    Corpora and some outlets name an article by the second they took it in
    ("indosum-1499842378-..."): the article existed by then, which bounds its
    publication as a crawl date does. A stamp after ``today`` is another number
    (``UNIX_TIME`` starts in 2001), and several different stamps leave the day unknown.
    """
    found = set()
    meta = article.meta
    for value in (str(meta.get("id") or ""), str(meta.get("url") or article.url or "")):
        for match in UNIX_TIME.finditer(value):
            day = datetime.fromtimestamp(int(match.group(1)), WIB).date()
            if day <= today:
                found.add(day)
    return found.pop() if len(found) == 1 else None


def own_yearless_day(text: str) -> tuple[str | None, int | None]:
    """("--MM-DD", ISO weekday) of the one weekday dateline without a year the text dates
    its report by ("Dikutip dari ..., Rabu (6/9)"), when the publication stays unknown;
    (None, None) when there is none, or several days: which is the report's is unclear."""
    days = {(month, day, weekday) for weekday, day, month, year in weekday_dates(text) if not year}
    return iso_day_month(*days.pop()) if len(days) == 1 else (None, None)


def crawl_limit(value: str) -> date | None:
    """The last day a crawl date allows: the day itself, or the end of a crawl month or
    year, so that a month-precise crawl ("2018-03") still bounds the publication and
    still counts as the crawl's year, not today's."""
    crawled, precision = parse_date_value(value)
    if not crawled or precision == "unknown":
        return None
    return last_day(crawled, precision)


def weekday_consistent_date(text: str, latest: date, crawled: bool = False) -> str | None:
    """The latest weekday-dated date of the text, its year inferred when not written.

    A weekday with day and month fixes the year only up to candidates 5 to 11 years
    apart, so other evidence must pick one: a year within one of a date the text
    states in full ("25 Januari 2018") or of the crawl (``latest`` when ``crawled``),
    else one at most two years after the latest year the text names ("Pilkada
    2017"); evidence fitting none or several candidates leaves the year unknown
    rather than guessing the most recent. A written year its weekday contradicts
    ("Senin (20/10/2026)" for a Monday in 2025) is a typo and dates nothing; no
    date lies after ``latest`` (the crawl or today).
    """
    dated: list[date] = []
    yearless: list[tuple[int, int, int]] = []
    for weekday, day, month, year in weekday_dates(text):
        if year is None:
            yearless.append((weekday, day, month))
            continue
        try:
            written = date(year, month, day)
        except ValueError:
            continue
        if written.weekday() == weekday and written <= latest:
            dated.append(written)
    if yearless:
        stated = explicit_dates(text)
        candidates = [
            y for y in range(latest.year, latest.year - YEARS_BACK, -1)
            if fits(yearless, y) and all(date(y, m, d) <= latest for _, d, m in yearless)
        ]  # fmt: skip
        year = choose_year(candidates, text, stated, latest, crawled)
        if crawled and just_before(yearless, latest) and year not in full_date_years(stated):
            year = latest.year  # not when a full date ("25 September 2016") backs the year
        if year:
            dated += [date(year, month, day) for _, day, month in yearless]
    return max(dated).isoformat() if dated else None


def just_before(yearless: list[tuple[int, int, int]], latest: date) -> bool:
    """Whether every yearless weekday dateline, in the crawl's or stamp's year, falls in
    the ``STALE_DAYS`` before it with its weekday at most a day off ("Senin (26/9) dini
    hari WIB" for a Tuesday, a typo): the report's own days, not a year earlier when the
    weekday would fit."""
    for weekday, day, month in yearless:
        try:
            meant = date(latest.year, month, day)
        except ValueError:
            return False
        off = (meant.weekday() - weekday) % 7
        if not 0 <= (latest - meant).days <= STALE_DAYS or off not in (0, 1, 6):
            return False
    return True


def full_date_years(stated: list[tuple[str, Precision]]) -> set[int]:
    """The years of the dates the text writes in full, day, month and year (``stated``:
    its explicit dates)."""
    return {int(value[:4]) for value, precision in stated if precision == "day"}


def weekday_dates(text: str) -> Iterator[tuple[int, int, int, int | None]]:
    """(weekday, day, month, year or ``None`` when not written) of each weekday dateline."""
    for match in WEEKDAY_DATE.finditer(text):
        weekday = WEEKDAYS[match.group(1).casefold()]
        if match.group(2):
            year = match.group(4)
            yield weekday, int(match.group(2)), int(match.group(3)), int(year) if year else None
        else:
            month = MONTHS[match.group(6).casefold()]
            yield weekday, int(match.group(5)), month, int(match.group(7))


def choose_year(
    candidates: list[int],
    text: str,
    stated: list[tuple[str, Precision]],
    latest: date,
    crawled: bool,
) -> int | None:
    """The one candidate the text's own dates (``stated``: its explicit dates) or the
    crawl support, else ``None``."""
    years = [int(value[:4]) for value, _ in stated if value[:4].isdigit()]
    years += [latest.year] if crawled else []
    near = [y for y in candidates if any(abs(y - s) <= 1 for s in years)]
    if near:
        return near[0] if len(near) == 1 else None
    named = [int(y) for y in YEAR.findall(text) if int(y) <= latest.year]
    if named:
        anchor = max(named)
        after = [y for y in candidates if anchor <= y <= anchor + NEAR_ANCHOR_YEARS]
        if len(after) == 1:
            return after[0]
    return None


def fits(found: list[tuple[int, int, int]], year: int) -> bool:
    for weekday, day, month in found:
        try:
            if date(year, month, day).weekday() != weekday:
                return False
        except ValueError:
            return False
    return True


def detect_language(text: str, ctx: Context) -> str | None:
    """ISO 639-1 code of the article's language, judged on its first 2,000 characters:
    "id" when the words alone make it clear (:func:`clearly_indonesian`), else lingua's
    answer, which costs some twenty times more."""
    detector = ctx.language_detector
    if detector is None or not text.strip():
        return None
    sample = text[:LANGUAGE_SAMPLE]
    if clearly_indonesian(sample):
        return "id"
    language = detector.detect_language_of(sample)
    if language is None:
        return None
    return str(language.iso_code_639_1.name).lower()


@lru_cache(maxsize=1)
def language_words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/language_words.tsv`` by kind."""
    return word_lists("language_words.tsv")


def clearly_indonesian(sample: str) -> bool:
    """Whether ``sample`` is Indonesian beyond doubt: at least ``MIN_WORDS`` words, of
    which at least ``MIN_FUNCTION_SHARE`` are function words Indonesian shares with Malay
    (so not English, Javanese, ...), at least two forms only Indonesian spells that way
    and not one Malay form (so not Malay). Anything less clear goes to the detector."""
    words = LETTERS.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return False
    lists = language_words()
    function, indonesian = lists["function"], lists["indonesian"]
    if sum(map(function.__contains__, words)) < MIN_FUNCTION_SHARE * len(words):
        return False
    if not lists["malay"].isdisjoint(words):
        return False
    return sum(map(indonesian.__contains__, words)) >= 2
