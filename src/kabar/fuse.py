"""Across articles: stories, one event from many reports, and contradictions.

Merging is conservative: reports become one event only when type, participants
and date agree, and dates known only loosely never merge with each other. The
same two people meeting twice in two weeks stay two events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from kabar.config import FuseConfig
from kabar.model import (
    Article,
    Claim,
    Contradiction,
    EntityRef,
    Event,
    SpanRef,
    stable_id,
)

SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}  # who is actor or recipient is arbitrary


@dataclass
class FusionResult:
    events: list[Event] = field(default_factory=list)
    story_of: dict[str, str] = field(default_factory=dict)  # article id -> story id
    contradictions: list[Contradiction] = field(default_factory=list)


def participants(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    def ids(refs: list[EntityRef]) -> frozenset[str]:
        return frozenset(r.actor_id or r.entity_name.casefold() for r in refs)

    actors, recipients = ids(event.actor), ids(event.recipient)
    if event.event in SYMMETRIC:
        return actors | recipients, frozenset()
    return actors, recipients


def merge_key(event: Event) -> tuple[object, ...] | None:
    """Reports with equal keys describe one event; None means never merge across reports."""
    if not event.date or event.date_precision != "day":
        return None
    actors, recipients = participants(event)
    if not actors:
        return None
    return (event.event, event.negated, event.hypothetical, actors, recipients, event.date)


def remap(refs: list[EntityRef], mapping: dict[str, str]) -> list[EntityRef]:
    return [replace(r, actor_id=mapping.get(r.actor_id or "", r.actor_id)) for r in refs]


def fuse_events(reports: Iterable[Event], mapping: dict[str, str]) -> list[Event]:
    """One event per real-world event, listing every report in ``sources``."""
    groups: dict[object, list[Event]] = defaultdict(list)
    for report in reports:
        report = replace(
            report,
            actor=remap(report.actor, mapping),
            recipient=remap(report.recipient, mapping),
            reported_by=remap(report.reported_by, mapping),
        )
        key = merge_key(report)
        groups[key if key is not None else ("single", report.id)].append(report)
    fused = []
    for members in groups.values():
        members.sort(key=lambda e: (-e.confidence, e.id))
        head = members[0]
        sources = sorted(
            (s for m in members for s in m.sources), key=lambda s: (s.published or "", s.article_id)
        )
        confidence = min(1.0, head.confidence + 0.1 * (len({s.article_id for s in sources}) - 1))
        fused.append(
            replace(
                head,
                id=stable_id("evt", *sorted(m.id for m in members)),
                sources=sources,
                confidence=round(confidence, 3),
                disputed=any(m.disputed for m in members),
            )
        )
    return sorted(fused, key=lambda e: (e.date or "", e.id))


def story_clusters(
    articles: list[Article], events: list[Event], config: FuseConfig
) -> dict[str, str]:
    """Articles sharing a fused event, or most of their actors within a few days, are one story."""
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for event in events:
        ids = sorted({s.article_id for s in event.sources if s.article_id in parent})
        for other in ids[1:]:
            union(ids[0], other)
    actor_sets = {
        a.id: {m.actor_id for m in a.mentions if m.actor_id and m.label in {"PER", "ORG"}}
        for a in articles
    }
    dated = [a for a in articles if a.published]
    for i, a in enumerate(dated):
        for b in dated[i + 1 :]:
            if days_apart(a.published, b.published) > config.max_story_gap_days:
                continue
            sa, sb = actor_sets[a.id], actor_sets[b.id]
            if len(sa & sb) >= 2 and len(sa & sb) / max(1, min(len(sa), len(sb))) >= 0.5:
                union(a.id, b.id)
    return {a.id: stable_id("sty", find(a.id)) for a in articles}


def days_apart(a: str | None, b: str | None) -> int:
    try:
        return abs((date.fromisoformat((a or "")[:10]) - date.fromisoformat((b or "")[:10])).days)
    except ValueError:
        return 10**6


def claim_bounds(claim: Claim) -> tuple[float, float]:
    """The range of true values a claim allows, given its qualifier."""
    value, top = claim.value, claim.value_max or claim.value
    if claim.qualifier == "more_than":
        return value + 1, float("inf")
    if claim.qualifier == "at_least":
        return value, float("inf")
    if claim.qualifier == "about":
        return value * 0.9, top * 1.1
    if claim.qualifier == "up_to":
        return 0, top
    return value, top


def numeric_contradictions(articles: list[Article]) -> list[Contradiction]:
    """Counts of one kind, subject and start date that cannot all be true.

    Tallies since a fixed date only grow: on the same day, disagreeing figures
    conflict; later, a figure from the same source is a revision, and a figure
    below what an earlier report already established conflicts with it.
    """
    texts = {a.id: a.text for a in articles}
    groups: dict[tuple[str, str | None, str | None], list[Claim]] = defaultdict(list)
    for article in articles:
        for claim in article.claims:
            if claim.kind != "other" and claim.since and claim.as_of:
                groups[(claim.kind, claim.subject_country, claim.since)].append(claim)
    found = []
    for (kind, subject, since), claims in groups.items():
        claims.sort(key=lambda c: (c.as_of or "", c.id))
        for i, earlier in enumerate(claims):
            for later in claims[i + 1 :]:
                verdict = compare_claims(earlier, later)
                if verdict is None:
                    continue
                name, severity, why = verdict
                found.append(
                    Contradiction(
                        id=stable_id("con", name, earlier.id, later.id),
                        kind=name,
                        severity=severity,
                        explanation=(
                            f"{kind} ({subject or 'unspecified'}) since {since}: "
                            f"{describe(earlier)} vs {describe(later)}; {why}"
                        ),
                        items=[span_of(c, texts) for c in (earlier, later)],
                    )
                )
    return found


def compare_claims(earlier: Claim, later: Claim) -> tuple[str, str, str] | None:
    """(kind, severity, reason) when two claims disagree beyond their qualifiers."""
    lo_a, hi_a = claim_bounds(earlier)
    lo_b, hi_b = claim_bounds(later)
    if lo_a <= hi_b and lo_b <= hi_a:
        return None
    same_source = (earlier.attributed_to_text or "").casefold() == (
        later.attributed_to_text or ""
    ).casefold() and earlier.attributed_to_text is not None
    if days_apart(earlier.as_of, later.as_of) <= 1:
        if earlier.article_id == later.article_id:
            return None  # a breakdown inside one report, not a disagreement
        return "numeric_conflict", "high", "reports of the same day disagree"
    if same_source:
        falling = hi_b < lo_a
        return (
            "numeric_revision",
            "medium" if falling else "low",
            "the same source revised its figure" + (" downwards" if falling else ""),
        )
    if hi_b < lo_a:
        return "numeric_conflict", "medium", "a later report gives less than an earlier one"
    return None


def describe(claim: Claim) -> str:
    who = f" according to {claim.attributed_to_text}" if claim.attributed_to_text else ""
    return f"{claim.qualifier} {claim.value:g} as of {claim.as_of}{who}"


def span_of(claim: Claim, texts: dict[str, str]) -> SpanRef:
    text = texts.get(claim.article_id, "")[claim.start : claim.end] or claim.sentence
    return SpanRef(claim.article_id, claim.start, claim.end, text)


def fuse(articles: list[Article], mapping: dict[str, str], config: FuseConfig) -> FusionResult:
    """Stories, fused events and contradictions over a set of coded articles."""
    coded = [a for a in articles if a.duplicate_of is None]
    events = fuse_events((e for a in coded for e in a.events), mapping)
    story_of = story_clusters(coded, events, config)
    contradictions = numeric_contradictions(coded) + [c for a in coded for c in a.contradictions]
    return FusionResult(events=events, story_of=story_of, contradictions=contradictions)
