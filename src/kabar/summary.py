"""Compact per-article records that cross-article work reads instead of full documents.

Fusion and actor resolution never need a whole coded article, so both engines
(local DuckDB and Spark) keep, per coded article:
- its *actor parts*: one mergeable record per provisional actor key (first name
  seen, first country and sector, aliases, offices with first/last dates); parts of
  one key from many articles merge associatively (``merge_parts``), in any order;
- its *fusion summary*: the article reduced to what ``kabar.fuse.fuse_stories``
  reads (title, dates, lead, named mentions, event reports, the article's own
  contradictions);
- its *block row*: the few keys that decide which articles could share a story
  or an event (``kabar.blocks``);
- its *claim keys*: the group (kind, subject, start date) of each numeric claim
  with the claim's text span, for numeric contradictions.
All functions here are pure; the store and the Spark job only move their results.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from kabar.actors import (
    TYPE_OF_LABEL,
    ActorRecord,
    company_keys,
    first_company,
    fold_name,
    merge_records,
    to_actor,
)
from kabar.contradictions import mentions_repeat
from kabar.fuse_compare import (
    ONE_OFF,
    REPORT_REACH,
    STORY_LAG,
    copied_texts,
    story_windowed,
    told_as_story_dated,
)
from kabar.fuse_numeric import subject_key
from kabar.model import Actor, Article, Claim, Event, stable_id
from kabar.nlp import ALIAS_SOURCE
from kabar.stories import (
    COPIED_KEY,
    LEAD_CHARS,
    NAMED_LABELS,
    copied_sentences,
    lead_places,
    named_actors,
)

SUMMARY_VERSION = 4
"""Bump whenever what this module derives from an article changes (a new field, another
rule for named actors or block keys): a database whose records carry an older version has
them rebuilt from its stored articles (``Store.backfill_summaries``), so it fuses as one
coded afresh would, without re-reading any input."""

COPY = "copy"  # the participant every copy of one sentence shares in a block row

ALIAS_LABELS = frozenset({"PER", "ORG", "GPE"})
PLACE_LABELS = frozenset({"GPE", "LOC"})


def actor_parts(article: Article) -> dict[str, dict[str, Any]]:
    """key -> this article's mergeable contribution to the actor record of that key
    (the same fields ``kabar.actors.build_actors`` collects from its mentions)."""
    parts: dict[str, dict[str, Any]] = {}
    present = company_keys(article.mentions)
    for ord_, mention in enumerate(article.mentions):
        key = mention.actor_id
        if key is None or mention.label == "LOC":
            continue
        where = [article.id, ord_]
        kind = TYPE_OF_LABEL.get(mention.label, "person")
        part = parts.get(key)
        if part is None:
            part = parts[key] = {
                "key": key,
                "first": [*where, mention.name or mention.text, kind],
                "country": None,
                "sector": None,
                "aliases": [],
                "roles": [],
                "company": first_company(present - {key}) if kind == "person" else [],
            }
        if mention.country and part["country"] is None:
            part["country"] = [*where, mention.country]
        if mention.sector and part["sector"] is None:
            part["sector"] = [*where, mention.sector]
        if mention.label in ALIAS_LABELS and mention.text not in part["aliases"]:
            part["aliases"].append(mention.text)
        if mention.source == ALIAS_SOURCE:
            part["nicknames"] = sorted({*part.get("nicknames", ()), fold_name(mention.text)})
        if mention.office and mention.label == "PER":
            part["roles"].append(
                [
                    mention.office,
                    mention.organization,
                    mention.country,
                    article.published,
                    article.published,
                ]
            )
    return {key: merge_parts([part]) for key, part in parts.items()}


def _earliest(a: list[Any] | None, b: list[Any] | None) -> list[Any] | None:
    if a is None or b is None:
        return a if b is None else b
    return a if (a[0], a[1]) <= (b[0], b[1]) else b


def merge_parts(parts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """One record from parts of one key; associative, commutative and idempotent."""
    merged: dict[str, Any] | None = None
    roles: dict[tuple[Any, Any, Any], list[Any]] = {}
    aliases: set[str] = set()
    nicknames: set[str] = set()
    company: set[str] = set()
    for part in parts:
        aliases.update(part["aliases"])
        nicknames.update(part.get("nicknames", ()))  # parts stored before it have none
        company.update(part.get("company", ()))  # parts stored before it have none
        for office, organization, country, first, last in part["roles"]:
            span = roles.setdefault((office, organization, country), [None, None])
            if first is not None:
                span[0] = first if span[0] is None else min(span[0], first)
            if last is not None:
                span[1] = last if span[1] is None else max(span[1], last)
        if merged is None:
            merged = dict(part)
            continue
        merged["first"] = _earliest(merged["first"], part["first"])
        merged["country"] = _earliest(merged["country"], part["country"])
        merged["sector"] = _earliest(merged["sector"], part["sector"])
    if merged is None:
        raise ValueError("no parts to merge")
    merged["aliases"] = sorted(aliases)
    if nicknames:  # only then: a part without one is stored as before
        merged["nicknames"] = sorted(nicknames)
    merged["company"] = first_company(company)
    merged["roles"] = sorted(
        ([*role, *span] for role, span in roles.items()),
        key=lambda r: tuple(x or "" for x in r),
    )
    return merged


def actor_record(part: dict[str, Any]) -> ActorRecord:
    """The ``ActorRecord`` that ``build_actors`` would assemble, without article ids."""
    _, _, name, type_ = part["first"]
    record = ActorRecord(
        keys={part["key"]},
        name=name,
        type=type_,
        country=part["country"][2] if part["country"] else None,
        sector=part["sector"][2] if part["sector"] else None,
        aliases=set(part["aliases"]),
        nicknames=set(part.get("nicknames", ())),
        company=set(part.get("company", ())),
    )
    for office, organization, country, first, last in part["roles"]:
        record.roles[(office, organization, country)] = [d for d in (first, last) if d]
    return record


def resolve_actors(parts: Iterable[dict[str, Any]]) -> tuple[list[Actor], dict[str, str]]:
    """``build_actors`` over merged parts (one per key): actors (without article ids,
    which the caller joins from its key table) and provisional key -> actor id."""
    merged = merge_records([actor_record(part) for part in parts])
    mapping = {key: actor_id for actor_id, record in merged.items() for key in record.keys}
    return [to_actor(actor_id, record) for actor_id, record in sorted(merged.items())], mapping


def fusion_summary(article: Article) -> Article:
    """The article as ``fuse_stories`` reads it: the lead (the whole text only when it
    says an event happened again), named and lead mentions, reports, own contradictions,
    and in ``meta`` the keys of the whole text's long sentences a story's articles
    print word for word (``kabar.stories.copied_sentences``)."""
    text = article.text if mentions_repeat(article.text) else article.text[:LEAD_CHARS]
    seen: set[str] = set()
    mentions = []
    for mention in article.mentions:
        if mention.label in NAMED_LABELS and mention.actor_id:
            if mention.actor_id not in seen:
                seen.add(mention.actor_id)
                mentions.append(mention)
        elif mention.label in PLACE_LABELS and mention.start < LEAD_CHARS:
            mentions.append(mention)
    return Article(
        id=article.id,
        source=article.source,
        raw="",
        meta={COPIED_KEY: copied_sentences(article)},
        title=article.title,
        publication=article.publication,
        published=article.published,
        published_precision=article.published_precision,
        published_day_month=article.published_day_month,
        published_weekday=article.published_weekday,
        language=article.language,
        text=text,
        sentences=[s for s in article.sentences if s.start < LEAD_CHARS],
        mentions=mentions,
        events=article.events,
        contradictions=article.contradictions,
    )


def block_row(article: Article, copied: list[str] | None = None) -> dict[str, Any]:
    """What decides an article's fusion block: date (or the day and month of an article
    without a year, ``Article.published_day_month``), named actors, lead places, the
    (type, modality, day, participants) of its reports dated to the day (or to a day and
    month without a year, in an article with a weekday dateline:
    ``kabar.fuse.dateline_dated``), the
    sentences of those reports another article may print word for word
    (``kabar.fuse.copied_news``), and its long sentences that join a story when
    printed twice (``kabar.stories.copied_sentences``; ``copied`` when the caller has
    them already, from the article's fusion summary, so the text is not scanned twice)."""
    reports: list[list[Any]] = []
    for event in map(told_as_story_dated, article.events):
        if not event.date and event.day_month and article.published_weekday:
            kind, ids = report_kind(event)
            reports.append(["|".join([*kind, event.day_month]), ids])  # its year: fusion's
        if event.date and event.date_precision == "day":
            kind, ids = report_kind(event)
            reports.extend(["|".join([*kind, day]), ids] for day in block_days(event))
            for text, at in copied_texts(event):  # a copy may join across stories
                reports.append(["|".join([*kind, event.date, stable_id("cpy", text, at)]), [COPY]])
    return {
        "id": article.id,
        "published": article.published,
        "day_month": [article.published_day_month, article.published_weekday],
        "named": sorted(named_actors(article)),
        "places": sorted(lead_places(article)),
        "copied": copied_sentences(article) if copied is None else copied,
        "reports": reports,
    }


def report_kind(event: Event) -> tuple[list[str], list[str]]:
    """What of a report a block row keys on besides its day: (type, modality) and its
    participants' actor ids."""
    ids = sorted({r.actor_id for r in event.actor + event.recipient if r.actor_id})
    return [event.event, str(event.negated), str(event.hypothetical), str(event.disputed)], ids


def block_days(event: Event) -> list[str]:
    """The days a day-dated report may share with a report of another article: its own,
    and for a one-off act the ``STORY_LAG`` days after it, which another outlet's report
    dated only to its story day may give
    (``kabar.fuse_compare.publication_lag``), so that the earlier of two such reports
    has the later one's day. A report dated only by its story's day and naming both sides
    (``kabar.fuse_compare.story_windowed``) has also its ``REPORT_REACH`` window and the
    next: two such reports at most that far apart share one
    (``kabar.fuse_compare.story_days_alike``)."""
    day = event.date or ""
    try:
        first = date.fromisoformat(day[:10])
    except ValueError:
        return [day]
    out = [day]
    if event.event in ONE_OFF:
        out += [(first + timedelta(days=k)).isoformat() for k in range(1, STORY_LAG.days + 1)]
    if story_windowed(event):
        window = first.toordinal() // REPORT_REACH.days
        out += [f"window-{window}", f"window-{window + 1}"]
    return out


def claim_group(claim: Claim) -> str | None:
    """The numeric-contradiction group of a claim, or None when it is never compared."""
    if claim.kind == "other" or not claim.since or not claim.as_of:
        return None
    return "\x1f".join((claim.kind, subject_key(claim), claim.since))


def claim_keys(article: Article) -> list[tuple[str, str, str]]:
    """(claim id, group, text span) of each comparable claim."""
    return [
        (claim.id, group, article.text[claim.start : claim.end])
        for claim in article.claims
        if (group := claim_group(claim)) is not None
    ]


def claim_articles(claims: Iterable[tuple[Claim, str]]) -> list[Article]:
    """Articles carrying only the given claims, and only their spans in the text, which
    is all ``numeric_contradictions`` reads."""
    by_article: dict[str, list[tuple[Claim, str]]] = {}
    for claim, span in claims:
        by_article.setdefault(claim.article_id, []).append((claim, span))
    articles = []
    for article_id, items in sorted(by_article.items()):
        chars = [" "] * max(c.end for c, _ in items)
        for claim, span in items:
            chars[claim.start : claim.start + len(span)] = span
        articles.append(
            Article(
                id=article_id, source="", raw="", text="".join(chars), claims=[c for c, _ in items]
            )
        )
    return articles


def block_id(members: Iterable[str]) -> str:
    return stable_id("blk", *sorted(members))
