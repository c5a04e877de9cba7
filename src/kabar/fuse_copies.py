"""Near-duplicate articles as sources of their original's events.

Dedup (``kabar.dedup``) marks an article that repeats an earlier one (the same story
filed again in another section, a re-crawl) with ``duplicate_of`` and leaves it uncoded.
The copy still prints the story: each event of the original whose evidence sentence the
copy prints too (word for word, or nearly: a ratio of at least ``NEAR_COPY`` and only
``copyfree`` words put in, left out or swapped, :func:`lightly_edited`) lists the copy
among its ``sources``, with the copy's own offsets and ``copy_of`` naming the original. A
copy is no independent report: it adds nothing to ``corroboration`` or ``confidence``
(both are weighed before), never contradicts its original (contradictions are found
before too) and has no events, quotes or claims of its own; only ``first_reported``
counts its publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from kabar.fuse_compare import fuse_words
from kabar.model import Article, Event, Source

NEAR_COPY = 95  # rapidfuzz ratio at which a copy's sentence is the original's, lightly edited
ALIGN_FROM = 85  # partial ratio at which a stretch of the copy is a candidate for NEAR_COPY
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Copy:
    """What a copy's sources need of it."""

    id: str
    original: str
    publication: str | None
    published: str | None
    text: str


def copies_by_original(articles: Iterable[Article]) -> dict[str, list[Copy]]:
    """Original article id -> its near-duplicates, in id order."""
    out: dict[str, list[Copy]] = {}
    for a in sorted(articles, key=lambda a: a.id):
        if a.duplicate_of is not None:
            copy = Copy(a.id, a.duplicate_of, a.publication, a.published, a.text)
            out.setdefault(a.duplicate_of, []).append(copy)
    return out


def with_copies(events: Iterable[Event], articles: Iterable[Article]) -> list[Event]:
    """The events with a source for each near-duplicate among ``articles`` that prints a
    source's sentence (:func:`with_copy_sources`), for ``kabar.fuse`` and the Spark job;
    ``kabar.pipeline.refresh_fusion`` builds :func:`copies_by_original` once for its blocks."""
    copies = copies_by_original(articles)
    return [with_copy_sources(event, copies) for event in events]


def with_copy_sources(event: Event, copies: Mapping[str, list[Copy]]) -> Event:
    """The event with a source for every copy of a source's article that prints its
    evidence sentence, and ``first_reported`` the earliest publication among all its
    sources, a copy published before its original included (model.Event); the other
    fields stay as fusion weighed them."""
    added = [
        found
        for source in event.sources
        if source.copy_of is None
        for copy in copies.get(source.article_id, ())
        if (found := copy_source(source, copy)) is not None
    ]
    known = {(s.article_id, s.start) for s in event.sources}
    fresh = {(s.article_id, s.start): s for s in added if (s.article_id, s.start) not in known}
    if not fresh:
        return event
    sources = sorted(
        [*event.sources, *fresh.values()],
        key=lambda s: (s.published or "", s.article_id, s.start),
    )
    published = [s.published for s in sources if s.published]
    first = min([*published, *filter(None, [event.first_reported])], default=None)
    return replace(event, sources=sources, first_reported=first)


def copy_source(source: Source, copy: Copy) -> Source | None:
    """The copy's report of what ``source`` reports: where the copy prints its sentence
    (the occurrence nearest the original's place), or None when it does not."""
    span = sentence_span(copy.text, source.sentence, source.start)
    if span is None:
        return None
    start, end = span
    sentence = copy.text[start:end]
    trigger_start, trigger_end = copied_trigger(source, sentence)
    if trigger_start is not None:
        trigger_start += start
    if trigger_end is not None:
        trigger_end += start
    return Source(
        article_id=copy.id,
        publication=copy.publication,
        sentence=sentence,
        start=start,
        end=end,
        trigger_start=trigger_start,
        trigger_end=trigger_end,
        published=copy.published,
        copy_of=copy.original,
    )


def copied_trigger(source: Source, sentence: str) -> tuple[int | None, int | None]:
    """Offsets in the copy's ``sentence`` of the trigger of the original's: as far in when
    the sentence is the same, else where the copy prints the trigger's word."""
    if source.trigger_start is None:
        return None, None
    offset = source.trigger_start - source.start
    end = None if source.trigger_end is None else source.trigger_end - source.start
    if sentence == source.sentence:
        return offset, end
    stop = offset
    while stop < len(source.sentence) and source.sentence[stop].isalnum():
        stop += 1
    word = source.sentence[offset : end if end is not None else stop]
    at = nearest_word(sentence, word, offset) if word else None
    if at is None:
        return None, None
    return at, None if end is None else at + len(word)


def sentence_span(text: str, sentence: str, near: int) -> tuple[int, int] | None:
    """Offsets of ``sentence`` in ``text``: printed word for word (nearest ``near``), else
    the stretch of ``text`` most like it, widened to whole words, when nearly the same."""
    if not sentence.strip():
        return None
    at = nearest(text, sentence, near)
    if at is not None:
        return at, at + len(sentence)
    aligned = fuzz.partial_ratio_alignment(sentence, text, score_cutoff=ALIGN_FROM)
    if aligned is None:
        return None
    start, end = aligned.dest_start, aligned.dest_end
    while start < end and text[start].isspace():
        start += 1
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    if end < len(text) and not sentence[-1].isalnum() and text[end] == sentence[-1]:
        end += 1  # the closing stop the original's sentence has
    if fuzz.ratio(sentence, text[start:end]) < NEAR_COPY:
        return None
    if not lightly_edited(sentence, text[start:end]):
        return None
    return start, end


def lightly_edited(sentence: str, printed: str) -> bool:
    """Whether a copy's ``printed`` sentence still reports what the original's says: the
    two differ only in punctuation, spacing, case or ``copyfree`` words of fuse_words.tsv
    ("pada Kamis" / "pada hari Kamis"). A negation, a weekday, a date, a number or a name
    put in or changed makes a correction ("ralat"), which no longer reports the act."""
    said, copied = WORD.findall(sentence.casefold()), WORD.findall(printed.casefold())
    free = fuse_words("copyfree")
    edits = SequenceMatcher(None, said, copied, autojunk=False).get_opcodes()
    return all(
        set(said[i1:i2]) | set(copied[j1:j2]) <= free
        for tag, i1, i2, j1, j2 in edits
        if tag != "equal"
    )


def nearest(text: str, part: str, near: int) -> int | None:
    """Start of the occurrence of ``part`` in ``text`` nearest ``near``, or None."""
    found: list[int] = []
    at = text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return min(found, key=lambda f: (abs(f - near), f)) if found else None


def nearest_word(text: str, word: str, near: int) -> int | None:
    """Start of the occurrence of ``word`` in ``text`` as a whole word nearest ``near``
    ("menembak", not the start of "menembaki"), or None."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    found = [m.start() for m in pattern.finditer(text)]
    return min(found, key=lambda f: (abs(f - near), f)) if found else None
