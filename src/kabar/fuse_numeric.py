"""Numeric contradictions: counts of one kind, subject and start date that cannot all be true.

Tallies counted since a fixed date only grow. So:
- on the same day (one day apart at most), figures of different articles whose
  ranges (given their qualifiers) do not overlap conflict (``numeric_conflict``, high);
- a later figure from the same source that differs is a revision
  (``numeric_revision``: low when it grows, medium when it falls), compared only
  with that source's previous figure;
- a later figure from another source below what an earlier report already
  established conflicts with it (``numeric_conflict``, medium), compared with the
  highest earlier figure only, and only for a definite subject (a country's people,
  not bare "orang"); a later, larger figure is the tally growing.
Claims are grouped by kind, subject and start date: "3.500 orang" in total and
"8.525 warga Palestina" are different subjects and never compared.
"""

from __future__ import annotations

from collections import defaultdict

from kabar.fuse_compare import days_apart, fuse_words
from kabar.model import Article, Claim, Contradiction, SpanRef, stable_id

# Subjects that say nothing about whose dead they count: "3.500 orang" may be everyone or
# one side only, so a smaller later figure for them is no evidence of a conflict.
# ("?" is the subject of a claim that names none.)
GENERIC_SUBJECTS = fuse_words("genericsubject") | {"?"}


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


def subject_key(claim: Claim) -> str:
    """The subject a count is about: its country when known, else its head noun."""
    if claim.subject_country:
        return claim.subject_country
    words = (claim.subject or "").casefold().split()
    return words[0] if words else "?"


def source_key(claim: Claim) -> str | None:
    if claim.attributed_to_actor_id:
        return claim.attributed_to_actor_id
    text = (claim.attributed_to_text or "").casefold().strip()
    return text or None


def numeric_contradictions(articles: list[Article]) -> list[Contradiction]:
    texts = {a.id: a.text for a in articles}
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for article in articles:
        for claim in article.claims:
            if claim.kind != "other" and claim.since and claim.as_of:
                groups[(claim.kind, subject_key(claim), claim.since)].append(claim)
    found = []
    for key, claims in sorted(groups.items()):
        claims.sort(key=lambda c: (c.as_of or "", c.id))
        for i, later in enumerate(claims):
            for earlier, verdict in judge(claims[:i], later):
                found.append(contradiction(key, earlier, later, verdict, texts))
    return found


def judge(earlier_claims: list[Claim], later: Claim) -> list[tuple[Claim, tuple[str, str, str]]]:
    """The earlier claims ``later`` contradicts or revises, with (kind, severity, reason)."""
    out = []
    same_day = [c for c in earlier_claims if days_apart(c.as_of, later.as_of) <= 1]
    for earlier in same_day:
        if earlier.article_id != later.article_id and not overlap(earlier, later):
            out.append((earlier, ("numeric_conflict", "high", "reports of the same day disagree")))
    before = [c for c in earlier_claims if days_apart(c.as_of, later.as_of) > 1]
    source = source_key(later)
    own = [c for c in before if source is not None and source_key(c) == source]
    if own:
        previous = own[-1]
        if not overlap(previous, later):
            falling = claim_bounds(later)[1] < claim_bounds(previous)[0]
            reason = "the same source revised its figure" + (" downwards" if falling else "")
            out.append((previous, ("numeric_revision", "medium" if falling else "low", reason)))
    others = [c for c in before if source is None or source_key(c) != source]
    if others and subject_key(later) not in GENERIC_SUBJECTS:
        highest = max(others, key=lambda c: (claim_bounds(c)[0], c.id))
        if claim_bounds(later)[1] < claim_bounds(highest)[0]:
            reason = "a later report gives less than an earlier one already established"
            out.append((highest, ("numeric_conflict", "medium", reason)))
    return out


def overlap(a: Claim, b: Claim) -> bool:
    lo_a, hi_a = claim_bounds(a)
    lo_b, hi_b = claim_bounds(b)
    return lo_a <= hi_b and lo_b <= hi_a


def compare_claims(earlier: Claim, later: Claim) -> tuple[str, str, str] | None:
    """(kind, severity, reason) when two claims disagree beyond their qualifiers."""
    verdicts = judge([earlier], later)
    return verdicts[0][1] if verdicts else None


def contradiction(
    key: tuple[str, str, str],
    earlier: Claim,
    later: Claim,
    verdict: tuple[str, str, str],
    texts: dict[str, str],
) -> Contradiction:
    kind, subject, since = key
    name, severity, why = verdict
    return Contradiction(
        id=stable_id("con", name, earlier.id, later.id),
        kind=name,
        severity=severity,
        explanation=(
            f"{kind} ({subject}) since {since}: {describe(earlier)} vs {describe(later)}; {why}"
        ),
        items=[span_of(c, texts) for c in (earlier, later)],
    )


def describe(claim: Claim) -> str:
    who = f" according to {claim.attributed_to_text}" if claim.attributed_to_text else ""
    return f"{claim.qualifier.replace('_', ' ')} {claim.value:g} as of {claim.as_of}{who}"


def span_of(claim: Claim, texts: dict[str, str]) -> SpanRef:
    text = texts.get(claim.article_id, "")[claim.start : claim.end] or claim.sentence
    return SpanRef(claim.article_id, claim.start, claim.end, text)
