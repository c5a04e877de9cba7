"""Fusion across sources: do the reports kabar merges into one event report one gold event?

The gold set links the gold events of different articles that report the same
real-world event with a shared ``same_event`` id (``docs/annotation.md``). To score
fusion, every gold article is coded and stored in a temporary DuckDB store, fusion
runs over all of them together (``kabar.pipeline.refresh_fusion``, the corpus path),
and each fused event's sources (the per-article reports) are aligned to gold events
with the per-article event matching of :func:`kabar.evaluation.stages.evaluate_events`
(same type and overlapping evidence, one-to-one, best level first).

The score is pairwise, over pairs of aligned reports from different articles: a pair
is *merged* when both reports are sources of one fused event, *linked* when both gold
events carry the same ``same_event`` id. Precision = merged and linked / merged,
recall = merged and linked / linked. Reports that align to no gold event are left out
of both (their misses are the event stage's errors, not fusion's; the dev part lists
the links so lost). :func:`oracle_fusion` scores fusion alone, with the gold events
themselves as reports.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path
from typing import Any

from kabar.actors import fold_name
from kabar.evaluation.gold import (
    SPLITS,
    Alignment,
    ArticleSource,
    GoldArticle,
    GoldEvent,
    Span,
)
from kabar.evaluation.metrics import PRF, grid_match
from kabar.evaluation.stages import Pair, Result, level_grid
from kabar.event_context import story_day, undated_date
from kabar.events import verb_shaped
from kabar.fuse import fuse_events
from kabar.fuse_compare import GUESSED_DATE
from kabar.lexicons import Lexicons, load_lexicons
from kabar.model import Article, EntityRef, Event, Place, Sentence, Source, from_dict

SourceKey = tuple[str, int, int | None]  # (article id, clean start, trigger start)


@dataclass(frozen=True)
class AlignedReport:
    """One system report (a per-article event) aligned to one gold event."""

    article: str  # the gold article reference
    split: str
    gold_event: int  # index of the gold event in its article
    same_event: str | None  # the gold cross-article link, if any
    fused: str | None  # id of the fused event the report is a source of
    label: str = ""  # for reading errors: type and evidence


def pairwise_merge(reports: Sequence[AlignedReport]) -> PRF:
    """Pairwise precision and recall of merges over pairs of reports of different articles."""
    tp = fp = fn = 0
    for a, b in combinations(reports, 2):
        if a.article == b.article:
            continue
        merged = a.fused is not None and a.fused == b.fused
        linked = a.same_event is not None and a.same_event == b.same_event
        tp += merged and linked
        fp += merged and not linked
        fn += linked and not merged
    return PRF.from_counts(tp, fp, fn)


def gold_linked_pairs(golds: Iterable[GoldArticle]) -> int:
    """Pairs of gold events of different articles that share a ``same_event`` id."""
    linked = [(g.article, e.same_event) for g in golds for e in g.events if e.same_event]
    return sum(1 for (a, x), (b, y) in combinations(linked, 2) if a != b and x == y)


def source_key(source: dict[str, Any]) -> SourceKey:
    return (str(source["article_id"]), int(source["start"]), source.get("trigger_start"))


def align_reports(
    pair: Pair, fused_of: dict[SourceKey, str], lexicons: Lexicons
) -> list[AlignedReport]:
    """The article's reports matched one-to-one to its gold events (as evaluate_events
    matches them), each with the fused event it ended up in."""
    golds, systems = pair.gold.events, pair.article.events
    _, grid = level_grid(pair, lexicons)
    out = []
    for g_index, s_index in grid_match(grid):
        gold_event, report = golds[g_index], systems[s_index]
        keys = (source_key(_source_dict(s)) for s in report.sources)
        fused = {fused_of[key] for key in keys if key in fused_of}
        out.append(
            AlignedReport(
                article=pair.gold.article,
                split=pair.gold.split,
                gold_event=g_index,
                same_event=gold_event.same_event,
                fused=min(fused) if fused else None,
                label=f"{gold_event.event}: {gold_event.evidence.text[:60]}",
            )
        )
    return out


def _source_dict(source: Any) -> dict[str, Any]:
    return {
        "article_id": source.article_id,
        "start": source.start,
        "trigger_start": source.trigger_start,
    }


def fusion_scores(
    reports: Sequence[AlignedReport], golds: Sequence[GoldArticle], details: bool = True
) -> Result:
    """Pairwise merge P/R/F1 for one part of the gold set; with ``details``, the wrong
    and missed merges (never asked for the held-out part: its errors are not read)."""
    merged_pairs = pairwise_merge(reports)
    linked_all = gold_linked_pairs(golds)
    out: Result = {
        "merge_pairs": merged_pairs.as_dict(),
        "gold_links": linked_all,
        "gold_links_aligned": merged_pairs.n_gold,
        "gold_links_merged": {
            "accuracy": round(merged_pairs.tp_gold / linked_all, 4) if linked_all else 0.0,
            "correct": merged_pairs.tp_gold,
            "total": linked_all,
        },
        "aligned_reports": len(reports),
    }
    if details:
        out["links_without_report"] = links_without_report(reports, golds)
        wrong: list[str] = []
        missed: list[str] = []
        for a, b in combinations(reports, 2):
            if a.article == b.article:
                continue
            merged = a.fused is not None and a.fused == b.fused
            linked = a.same_event is not None and a.same_event == b.same_event
            if merged != linked:
                item = f"{a.article} [{a.label}] ~ {b.article} [{b.label}]"
                (wrong if merged else missed).append(item)
        out["wrong_merges"], out["missed_merges"] = wrong, missed
    return out


def links_without_report(
    reports: Sequence[AlignedReport], golds: Sequence[GoldArticle]
) -> list[str]:
    """Gold links lost before fusion: pairs of linked gold events of different articles
    where one side matched no report of its article (an event-stage miss: no trigger,
    another type, or evidence elsewhere)."""
    aligned = {(r.article, r.gold_event) for r in reports}
    linked = [(g.article, k, e) for g in golds for k, e in enumerate(g.events) if e.same_event]
    out = []
    for (a, i, x), (b, j, y) in combinations(linked, 2):
        if a == b or x.same_event != y.same_event:
            continue
        lost = [
            f"{ref} [{e.event}: {e.evidence.text[:60]}]"
            for ref, k, e in ((a, i, x), (b, j, y))
            if (ref, k) not in aligned
        ]
        if lost:
            out.append(f"{x.same_event}: no report for " + " and ".join(lost))
    return out


def fusion_by_split(reports: Sequence[AlignedReport], golds: Sequence[GoldArticle]) -> Result:
    """:func:`fusion_scores` on dev and held-out (pairs inside one part) and on all pairs;
    error lists for the dev part only."""
    out: Result = {}
    for split in SPLITS:
        part = [g for g in golds if g.split == split]
        scores = fusion_scores(
            [r for r in reports if r.split == split], part, details=split == "dev"
        )
        out[split] = scores | {"articles": len(part)}
    out["all"] = fusion_scores(reports, golds, details=False) | {"articles": len(golds)}
    return out


def run_fusion(
    golds: Sequence[GoldArticle],
    source: ArticleSource,
    workdir: str | Path | None = None,
    contradictions: list[dict[str, Any]] | None = None,
    stories: dict[str, str] | None = None,
) -> tuple[list[Pair], dict[SourceKey, str]]:
    """Code every gold article, store them in a temporary DuckDB file and fuse them together.

    Returns the per-article pairs and, for every report source, the fused event it is in;
    the stored contradictions are appended to ``contradictions`` and each gold article's
    story id put in ``stories`` when they are given.
    """
    from kabar.api import default_pipeline
    from kabar.pipeline import load_dedup_index, process_article, refresh_fusion, save_batch
    from kabar.store import Store

    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        store = Store.open(Path(tmp) / "fusion.duckdb")
        try:
            ctx = default_pipeline().context
            ctx = replace(ctx, dedup_index=load_dedup_index(store, ctx))
            pairs: list[Pair] = []
            articles: list[Article] = []
            for gold in golds:
                if not source.available(gold.article):
                    continue
                item = source.get(gold.article)
                article = process_article(
                    Article.from_input(item.raw, gold.article, dict(item.meta)), ctx
                )
                articles.append(article)
                pairs.append(Pair(gold, article, Alignment.of(article)))
            save_batch(store, articles)
            refresh_fusion(store, ctx)
            fused_of: dict[SourceKey, str] = {}
            copy_reports: dict[str, list[Event]] = {}
            for event in store.records("events"):
                for src in event.get("sources") or ():
                    fused_of[source_key(src)] = str(event["id"])
                    if src.get("copy_of"):
                        report = from_dict(Event, event | {"sources": [src]})
                        copy_reports.setdefault(str(src["article_id"]), []).append(report)
            pairs = [copy_pair(pair, copy_reports) for pair in pairs]
            if contradictions is not None:
                contradictions.extend(store.records("contradictions"))
            if stories is not None:
                # one record crawled twice under two references (one address, one
                # text) is one article to kabar: both references are in its story
                refs_of: dict[str, list[str]] = {}
                for pair in pairs:
                    refs_of.setdefault(pair.article.id, []).append(pair.gold.article)
                for article_id, story_id in store.story_ids().items():
                    for ref in refs_of.get(article_id, ()):
                        stories[ref] = story_id
        finally:
            store.close()
    return pairs, fused_of


def copy_pair(pair: Pair, copy_reports: dict[str, list[Event]]) -> Pair:
    """A near-duplicate article is not coded: its reports are the fused events that
    list it as a source (``kabar.fuse_copies``), each with that one source. So a copy's
    report is merged with its original's by construction: such pairs test dedup and
    the copy's sentence match, not fusion."""
    if pair.article.duplicate_of is None:
        return pair
    article = replace(pair.article, events=copy_reports.get(pair.article.id, []))
    return replace(pair, article=article)


def evaluate_fusion(pairs: Sequence[Pair], fused_of: dict[SourceKey, str]) -> Result:
    """Pairwise merge precision/recall by split, from coded pairs and the fused events."""
    lexicons = load_lexicons()
    reports = [r for pair in pairs for r in align_reports(pair, fused_of, lexicons)]
    return fusion_by_split(reports, [p.gold for p in pairs])


def cross_article_contradictions(pairs: Sequence[Pair], found: Iterable[dict[str, Any]]) -> Result:
    """Contradictions fusion found between different gold articles, counted by kind for the
    dev part, the held-out part and pairs across the two, with the dev ones listed to be
    judged by reading (the gold set marks within-article contradictions only)."""
    ref_of = {p.article.id: p.gold.article for p in pairs}
    split_of = {p.gold.article: p.gold.split for p in pairs}
    counts: dict[str, dict[str, int]] = {}
    listed: list[str] = []
    for item in found:
        refs = sorted({ref_of.get(i["article_id"], i["article_id"]) for i in item["items"]})
        if len(refs) < 2:
            continue
        splits = {split_of.get(r, "?") for r in refs}
        part = splits.pop() if len(splits) == 1 else "across"
        kinds = counts.setdefault(part, {})
        kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
        if part == "dev":
            listed.append(f"{item['kind']} {' ~ '.join(refs)}: {item['explanation']}")
    return {"counts": counts, "dev": listed}


def oracle_fusion(pairs: Sequence[Pair], stories: dict[str, str]) -> Result:
    """The merge score with the gold events themselves as reports: fusion alone, as if
    extraction were perfect (participants by their gold names folded for spelling, common
    nouns unresolved as the actor stage leaves them, places
    through the gazetteer, the system's stories, each report's source the sentence of the
    coded article that holds its evidence, its trigger the event stage's inside the
    evidence or else the evidence's first verb, :func:`evidence_source`): so this figure
    moves with the event stage's output too. Error lists for the dev part only."""
    from kabar.api import default_pipeline

    lexicons = default_pipeline().context.lexicons
    made: list[tuple[AlignedReport, Event]] = []
    for pair in pairs:
        gold = pair.gold
        for index, event in enumerate(gold.events):
            aligned = AlignedReport(
                gold.article,
                gold.split,
                index,
                event.same_event,
                None,
                f"{event.event}: {event.evidence.text[:60]}",
            )
            made.append((aligned, gold_report(pair, index, event, lexicons)))
    fused = fuse_events([e for _, e in made], {}, stories)
    fused_of = {report_key(s): f.id for f in fused for s in f.sources}
    reports = [replace(a, fused=fused_of[report_key(e.sources[0])]) for a, e in made]
    return fusion_by_split(reports, [p.gold for p in pairs])


def report_key(source: Source) -> SourceKey:
    return (source.article_id, source.start, source.trigger_start)


def evidence_source(pair: Pair, evidence: Span) -> tuple[Source, int]:
    """A gold event's evidence as the event stage's report of it would cite it: the whole
    sentence of the coded article holding the evidence, with offsets in the cleaned text,
    and the offset of the evidence's first verb (:func:`first_verb`), before which the
    words tell the event stage an act is background. Fusion reads the sentence (a request
    and the act it asked for told in one sentence, a sentence copied word for word), so a
    source cut to the evidence alone would not be the report the system makes. Its
    trigger, from which fusion reads what was said (``kabar.fuse_compare.said_stems``),
    is the one a coded event of the sentence carries inside the evidence
    (:func:`coded_trigger`), else its first verb, where a report's trigger would sit
    (not the evidence's start, which reads words before any trigger). So fusion alone
    moves with what the event stage codes."""
    gold, article, align = pair.gold, pair.article, pair.align
    for sentence in article.sentences:
        raw_start, raw_end = align.raw_span(sentence.start, sentence.end)
        if raw_start <= evidence.start < raw_end:
            at = clean_offset(align, sentence, evidence.start, sentence.start)
            end = clean_offset(align, sentence, evidence.end, sentence.end)
            verb_at = at + first_verb(article.text[at : sentence.end])
            coded = coded_trigger(article, at, end)
            source = Source(
                gold.article,
                gold.publication,
                article.text[sentence.start : sentence.end],
                sentence.start,
                sentence.end,
                trigger_start=verb_at if coded is None else coded,
                published=gold.published,
            )
            return source, verb_at
    # evidence the cleaned text no longer holds (a cut caption): the evidence itself
    source = Source(
        gold.article,
        gold.publication,
        evidence.text,
        evidence.start,
        evidence.end,
        trigger_start=evidence.start,
        published=gold.published,
    )
    return source, evidence.start


def clean_offset(align: Alignment, sentence: Sentence, raw: int, default: int) -> int:
    """The first clean offset of ``sentence`` at or after raw offset ``raw``, else ``default``."""
    inside = range(sentence.start, sentence.end)
    return next((i for i in inside if align.clean_to_raw[i] >= raw), default)


def coded_trigger(article: Article, start: int, end: int) -> int | None:
    """The trigger of the first report the event stage coded in ``article`` between
    clean offsets ``start`` and ``end`` (a gold evidence), else None."""
    inside = sorted(
        s.trigger_start
        for e in article.events
        for s in e.sources
        if s.trigger_start is not None and start <= s.trigger_start < end
    )
    return inside[0] if inside else None


def first_verb(text: str) -> int:
    """Offset of the first verb-shaped word of a gold evidence ("telah *mengundang* Putin",
    "Sejumlah negara Barat sempat *menolak*"): the gold marks no trigger, and the words
    before the trigger tell the event stage an act is background ("telah", "sempat")."""
    for word in re.finditer(r"\w+", text):
        if verb_shaped(word.group().lower()):
            return word.start()
    return 0


def gold_report(pair: Pair, index: int, event: GoldEvent, lexicons: Any) -> Event:
    """A gold event as a system report would carry it."""
    gold = pair.gold

    def refs(names: Iterable[str]) -> list[EntityRef]:
        out = []
        for name in names:
            entity = next((a for a in gold.actors if name == a.name or name in a.aliases), None)
            canonical = entity.name if entity else name
            country = entity.country if entity else None
            # a common noun ("massa", "sejumlah warga") names no one: the actor stage
            # leaves it unresolved, and so does a report made from the gold
            actor_id = "gold:" + fold_name(canonical) if canonical[:1].isupper() else None
            out.append(
                EntityRef(
                    actor_id,
                    name,
                    canonical,
                    entity.type if entity else "unknown",
                    country,
                    entity.sector if entity else None,
                )
            )
        return out

    place = None
    if event.place:
        entry = lexicons.lookup_place(event.place)
        place = (
            Place(event.place, entry.canonical, entry.country_code, kind=entry.kind)
            if entry
            else Place(event.place, None, event.place_country)
        )
    date, precision = event.date, event.date_precision if event.date else "unknown"
    rule = ""
    source, verb_at = evidence_source(pair, event.evidence)
    settled = None
    if not date and source.start <= verb_at:
        before = source.sentence[: verb_at - source.start]
        settled = undated_date(story_day(pair.article), re.findall(r"\w+", before.lower()))
    if settled:  # the event stage's fallback for a sentence with no date (settle_date)
        date, precision, rule = settled[0], settled[1], f"date {settled[2]}"
    elif not date and gold.published and gold.published_precision == "day":
        date, precision, rule = gold.published[:7], "month", GUESSED_DATE  # as events.py does
    return Event(
        id=f"gold:{gold.article}#{index}",
        event=event.event,
        mode=list(event.mode),
        context=[],
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        rule=rule,
        actor=refs(event.actor),
        recipient=refs(event.recipient),
        event_loc=place,
        negated=event.negated,
        hypothetical=event.hypothetical,
        reported_by=[],
        sources=[source],
        confidence=0.7,
    )
