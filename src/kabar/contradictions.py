"""Contradictions between reports of one event in different articles of one story.

Fused events (``kabar.fuse``) of the same type and story are compared in pairs;
events that share an article are never compared (one article reporting two dates
reports two events). Kinds:
- ``event_polarity``: one report says it happened, the other that it did not
  (negation) or denies it, with participants, date and place compatible;
- ``role_conflict``: the same directed event on the same day and place, with the
  same recipients, attributed to actors of different sides;
- ``place_conflict``: the same participants, type and day, in two incompatible places;
- ``date_conflict``: the same participants, type and place (both named), on two
  different days close together, when no article of the story says the event
  happened again ("pertemuan kedua") — the same pair meeting twice is two events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from kabar.fuse_compare import (
    SYMMETRIC,
    date_relation,
    days_apart,
    fuse_words,
    modes_compatible,
    participants_compatible,
    place_relation,
    refs_text,
    sides,
)
from kabar.model import Article, Contradiction, EntityRef, Event, SpanRef, stable_id

MAX_SOURCES_SHOWN = 3
DATE_CONFLICT_DAYS = 10


def title_span(article: Article) -> SpanRef:
    """The headline, which is not in the text: start = end = 0, text = headline."""
    return SpanRef(article.id, 0, 0, article.title or "", field="title")


def event_contradictions(
    articles: list[Article],
    events: Sequence[Event],
    mapping: dict[str, str],
    story_of: dict[str, str],
) -> list[Contradiction]:
    """Contradictions between fused events of one story (see the module docstring)."""
    del mapping  # events are already remapped by fusion
    repeats = {a.id for a in articles if mentions_repeat(a.text)}
    groups: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        if event.hypothetical:
            continue
        for story in sorted({story_of.get(s.article_id, s.article_id) for s in event.sources}):
            groups[(story, event.event)].append(event)
    found: dict[str, Contradiction] = {}
    for (_, _), members in sorted(groups.items()):
        for a, b in combinations(members, 2):
            if articles_of(a) & articles_of(b):
                continue
            verdict = compare(a, b, members, repeats)
            if verdict is not None:
                kind, severity, why = verdict
                cid = stable_id("con", kind, *sorted((a.id, b.id)))
                found[cid] = Contradiction(cid, kind, severity, why, spans(a) + spans(b))
    return list(found.values())


def articles_of(event: Event) -> set[str]:
    return {s.article_id for s in event.sources}


def mentions_repeat(text: str) -> bool:
    lowered = text.casefold()
    return any(cue in lowered for cue in fuse_words("repeat"))


def compare(
    a: Event, b: Event, members: list[Event], repeats: set[str]
) -> tuple[str, str, str] | None:
    """(kind, severity, explanation) when two reports of one story cannot both be true."""
    dates = date_relation(a, b)
    places = place_relation(a.event_loc, b.event_loc)
    what = f"{a.event} of {refs_text(a.actor)}" + (
        f" towards {refs_text(a.recipient)}" if a.recipient else ""
    )
    if (a.negated, a.disputed) != (b.negated, b.disputed):
        same_event = (
            dates != "different"
            and (a.date or b.date)  # two undated reports may be about different times
            and places != "different"
            and modes_compatible(a, b)
            and participants_compatible(a, b, close=True)
        )
        if same_event:
            yes, no = (b, a) if a.negated or a.disputed else (a, b)
            how = "denies" if no.disputed else "says it did not happen"
            return (
                "event_polarity",
                "high",
                f"{outlets(yes)} report {what} ({yes.trigger!r}); {outlets(no)} {how} "
                f"({no.trigger!r})",
            )
        return None
    if a.negated or a.disputed:
        return None
    if dates == "same" and places != "different" and a.event not in SYMMETRIC:
        sa, sb = sides(a), sides(b)
        if sa.recipients and sa.recipients == sb.recipients and opposed(a.actor, b.actor):
            return (
                "role_conflict",
                "medium",
                f"the same {a.event} towards {refs_text(a.recipient)} on {a.date} is attributed "
                f"to {refs_text(a.actor)} by {outlets(a)} "
                f"and to {refs_text(b.actor)} by {outlets(b)}",
            )
    if not same_participants(a, b) or not modes_compatible(a, b):
        return None
    if dates == "same" and places == "different":
        return (
            "place_conflict",
            "medium",
            f"{what} on {a.date} happened in {place_name(a)} according to {outlets(a)} "
            f"but in {place_name(b)} according to {outlets(b)}",
        )
    if (
        dates == "different"
        and a.date_precision == b.date_precision == "day"
        and days_apart(a.date, b.date) <= DATE_CONFLICT_DAYS
        and places == "same"
        and not (articles_of(a) | articles_of(b)) & repeats
        and not reported_together(a, b, members)
    ):
        return (
            "date_conflict",
            "medium",
            f"{what} in {place_name(a)} is dated {a.date} by {outlets(a)} and {b.date} by "
            f"{outlets(b)}; no report says it happened twice",
        )
    return None


def same_participants(a: Event, b: Event) -> bool:
    sa, sb = sides(a), sides(b)
    if (sa.actors, sa.recipients) != (sb.actors, sb.recipients):
        return False
    return len(sa.actors) >= 2 if a.event in SYMMETRIC else bool(sa.actors and sa.recipients)


def opposed(left: list[EntityRef], right: list[EntityRef]) -> bool:
    """Named actors of both reports, none shared, and of different countries where known."""
    ids_l = {r.actor_id for r in left if r.actor_id}
    ids_r = {r.actor_id for r in right if r.actor_id}
    if not ids_l or not ids_r or ids_l & ids_r:
        return False
    countries_l = {r.country for r in left if r.country}
    countries_r = {r.country for r in right if r.country}
    return bool(countries_l and countries_r and not countries_l & countries_r)


def reported_together(a: Event, b: Event, members: list[Event]) -> bool:
    """Does one article report events on both dates? Then they are two events."""
    on_a = {s.article_id for e in members if e.date == a.date for s in e.sources}
    on_b = {s.article_id for e in members if e.date == b.date for s in e.sources}
    return bool(on_a & on_b)


def outlets(event: Event) -> str:
    names = sorted({s.publication or s.article_id for s in event.sources})
    return ", ".join(names)


def place_name(event: Event) -> str:
    place = event.event_loc
    return (place.resolved_place or place.extracted_place) if place else "?"


def spans(event: Event) -> list[SpanRef]:
    return [
        SpanRef(s.article_id, s.start, s.end, s.sentence) for s in event.sources[:MAX_SOURCES_SHOWN]
    ]
