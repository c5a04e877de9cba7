"""One evaluation function per pipeline stage, each scoring system Articles against gold.

Every ``evaluate_*`` takes a list of :class:`Pair` (a gold article, the system's
Article for the same raw input, and the :class:`~kabar.evaluation.gold.Alignment`
of the two) and returns a JSON-ready dict. :func:`by_split` runs one of them on
the dev and held-out parts separately. The matching rules are documented in
``docs/annotation.md`` (section "How kabar eval scores").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kabar.evaluation.gold import (
    SPLITS,
    Alignment,
    ArticleSource,
    Entity,
    GoldArticle,
    GoldClaim,
    GoldEvent,
    GoldQuote,
    is_space,
    normalise_name,
)
from kabar.evaluation.metrics import (
    PRF,
    Accuracy,
    BCubed,
    bcubed,
    char_prf,
    date_agrees,
    greedy_match,
    grid_match,
    max_matching,
    overlap,
    overlap_ratio,
    set_prf,
    table,
)
from kabar.lexicons import Lexicons, load_lexicons
from kabar.model import Article, Claim, EntityRef, Event, Quote

Result = dict[str, Any]
SYMMETRIC = {"CONSULT"}  # actor/recipient roles are not compared (PLOVER 2.4.2)
NER_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}
QUOTE_OVERLAP = 0.5  # shared characters over the shorter quote
MENTION_OVERLAP = 0.5


@dataclass
class Pair:
    gold: GoldArticle
    article: Article
    align: Alignment


Processor = Callable[[str, dict[str, Any]], Article]


def default_processor() -> Processor:
    from kabar.api import process

    return lambda raw, meta: process(raw, **meta)


def run_system(
    golds: Iterable[GoldArticle], source: ArticleSource, processor: Processor | None = None
) -> tuple[list[Pair], list[str]]:
    """Code every gold article's raw input; returns the pairs and the refs that were skipped."""
    process = processor or default_processor()
    pairs, skipped = [], []
    for gold in golds:
        if not source.available(gold.article):
            skipped.append(gold.article)
            continue
        item = source.get(gold.article)
        article = process(item.raw, {**item.meta, "source": gold.article})
        pairs.append(Pair(gold, article, Alignment.of(article)))
    return pairs, skipped


def by_split(func: Callable[[list[Pair]], Result], pairs: Sequence[Pair]) -> Result:
    """``func`` on the dev part, the held-out part, and both together."""
    out: Result = {}
    for split in SPLITS:
        part = [p for p in pairs if p.gold.split == split]
        out[split] = func(part) | {"articles": len(part)}
    out["all"] = func(list(pairs)) | {"articles": len(pairs)}
    return out


# --- names ------------------------------------------------------------------------------


def name_matches(entity: Entity, text: str | None, suffix: bool = True) -> bool:
    """Alias-insensitive: ``text`` is one of the cluster's names, or (with ``suffix``)
    ends with a multi-word one ("Presiden Rusia Vladimir Putin" names "Vladimir Putin")."""
    if not text:
        return False
    key = normalise_name(text)
    names = {normalise_name(n) for n in (entity.name, *entity.aliases)}
    if key in names:
        return True
    return suffix and any(len(n.split()) >= 2 and key.endswith(" " + n) for n in names)


def entity_of_text(
    gold: GoldArticle,
    text: str | None,
    raw_span: tuple[int, int] | None = None,
    raw: str | None = None,
    suffix: bool = True,
) -> Entity | None:
    """The gold actor or place a system name (and optionally its raw span) refers to:
    by a whole name of any cluster, else (with ``suffix``) by a name it ends with, else
    (given the ``raw`` text) by an occurrence of one of the cluster's multi-word
    descriptions it covers ("pemimpin senior Al Qaeda" is the leader, not Al Qaeda),
    else by overlap with a gold mention."""
    for whole in (True, False) if suffix else (True,):
        for entity in (*gold.actors, *gold.places):
            if name_matches(entity, text, suffix=not whole):
                return entity
    if raw_span is None or raw_span[1] <= raw_span[0]:
        return None
    if raw is not None:  # a description names its cluster even around another's mention
        for entity in (*gold.actors, *gold.places):
            if any(covers_description(raw, raw_span, s) for s in description_spans(raw, entity)):
                return entity
    for entity in (*gold.actors, *gold.places):
        if any(
            overlap_ratio(raw_span, (m.span.start, m.span.end)) >= MENTION_OVERLAP
            for m in entity.mentions
        ):
            return entity
    return None


def covers_description(raw: str, span: tuple[int, int], description: tuple[int, int]) -> bool:
    """Whether a system span stands for a description: it covers half of it, or it is
    its head and only modifiers follow ("kelompok pendukung" + "di Lebanon, ...";
    "warga" + "terdampak"), not the rest of a name ("Gedung" + "DPR/MPR")."""
    if overlap(span, description) >= (description[1] - description[0]) / 2:
        return True
    if span[0] != description[0] or span[1] >= description[1]:
        return False
    rest = raw[span[1] : description[1]].lstrip()
    return rest[:1].islower() or rest[:1] == ","


def description_spans(raw: str, entity: Entity) -> list[tuple[int, int]]:
    """Where the cluster's multi-word aliases occur in the raw text (whole words, any
    case). Descriptions ("warga Palestina", "kelompok pendukung di Lebanon, Yaman dan
    Irak") are matching-only aliases with no gold mention; a system argument that covers
    one names that cluster when it covers it (``covers_description``), not when it is
    only a word inside it ("penduduk Muslimnya" in "negara-negara dengan mayoritas
    penduduk Muslimnya") (docs/annotation.md, 10)."""
    spans: list[tuple[int, int]] = []
    for alias in {entity.name, *entity.aliases}:
        if len(alias.split()) < 2:
            continue  # a bare "Kementerian" or "pemerintah" would catch other clusters
        pattern = r"(?<!\w)" + re.escape(alias) + r"(?!\w)"
        spans.extend(m.span() for m in re.finditer(pattern, raw, re.IGNORECASE))
    return spans


def ref_entity(pair: Pair, ref: EntityRef) -> Entity | None:
    """The gold actor a system reference names. Names come first (the resolved name,
    then the surface text): a text that equals an alias of one cluster ("Sekretaris
    Jenderal PBB") names that cluster even when its span also covers another cluster's
    mention ("PBB" inside it); a whole name of either beats a name one of them ends
    with ("Pemprov DKI Jakarta" is the province's government, not the place "DKI
    Jakarta" its expansion ends with); span overlap decides only when no name does."""
    span = None
    if ref.start is not None and ref.end is not None:
        span = pair.align.locate(ref.start, ref.end, ref.entity_text or None)
    return (
        entity_of_text(pair.gold, ref.entity_name, suffix=False)
        or entity_of_text(pair.gold, ref.entity_text, suffix=False)
        or entity_of_text(pair.gold, ref.entity_name)
        or entity_of_text(pair.gold, ref.entity_text)
        or entity_of_text(pair.gold, ref.entity_name, span, pair.align.raw)
    )


def gold_entities(gold: GoldArticle, names: Iterable[str]) -> frozenset[str]:
    out = set()
    for name in names:
        entity = gold.entity(name)
        out.add(entity.name if entity else name)
    return frozenset(out)


def system_entities(pair: Pair, refs: Iterable[EntityRef]) -> frozenset[str]:
    out = set()
    for ref in refs:
        entity = ref_entity(pair, ref)
        out.add(entity.name if entity else "?" + normalise_name(ref.entity_name or ref.entity_text))
    return frozenset(out)


# --- clean ------------------------------------------------------------------------------


def evaluate_clean(pairs: list[Pair]) -> Result:
    """Cut characters against gold residue; share of residue items left in the text."""
    chars = PRF()
    left = Accuracy()
    by_reason: dict[str, Accuracy] = defaultdict(Accuracy)
    unrecorded = 0
    fallback = 0
    for pair in pairs:
        raw = pair.article.raw
        gold_cut = {
            i
            for r in pair.gold.residue
            for i in range(r.span.start, r.span.end)
            if not is_space(raw[i])
        }
        system_cut = pair.align.raw_cut_chars()
        chars.add(char_prf(gold_cut, system_cut))
        recorded = {i for c in pair.article.removed for i in range(c.raw_start, c.raw_end)}
        unrecorded += len(system_cut - recorded)
        fallback += pair.align.method != "cuts"
        for residue in pair.gold.residue:
            own = [i for i in range(residue.span.start, residue.span.end) if not is_space(raw[i])]
            removed = sum(1 for i in own if i in system_cut)
            gone = bool(own) and removed / len(own) >= 0.5
            left.add(not gone)
            by_reason[residue.reason].add(gone)
    return {
        "cut_chars": chars.as_dict(),
        "residue_items": left.total,
        "residue_left_share": round(left.value, 4),
        "removed_by_reason": {k: v.as_dict() for k, v in sorted(by_reason.items())},
        "unrecorded_cut_chars": unrecorded,
        "alignment_fallbacks": fallback,
    }


# --- metadata ---------------------------------------------------------------------------


def evaluate_metadata(pairs: list[Pair]) -> Result:
    """Title, outlet, publication date (exact / within the gold precision), language."""
    scores = {
        k: Accuracy()
        for k in (
            "title",
            "publication",
            "published_exact",
            "published_within_precision",
            "language",
        )
    }
    for pair in pairs:
        gold, art = pair.gold, pair.article
        scores["title"].add(_same_text(gold.title, art.title))
        scores["publication"].add(_same_text(gold.publication, art.publication))
        scores["published_exact"].add(
            (gold.published or None) == (art.published or None)
            and (gold.published_precision == art.published_precision or not gold.published)
        )
        scores["published_within_precision"].add(
            date_agrees(gold.published, gold.published_precision, art.published)
        )
        scores["language"].add((gold.language or None) == (art.language or None))
    return {k: v.as_dict() for k, v in scores.items()}


def _same_text(gold: str | None, system: str | None) -> bool:
    if not gold or not system:
        return not gold and not system
    return normalise_name(gold) == normalise_name(system)


# --- ner on the gold set ----------------------------------------------------------------


def gold_mention_spans(gold: GoldArticle) -> set[tuple[int, int, str]]:
    return {
        (m.span.start, m.span.end, m.label)
        for e in (*gold.actors, *gold.places)
        for m in e.mentions
        if m.label in {"PER", "ORG", "LOC"}
    }


def evaluate_ner_gold(pairs: list[Pair]) -> Result:
    """Exact span + type F1 of PER/ORG/LOC mentions against the gold actor and place spans."""
    per_type: dict[str, PRF] = defaultdict(PRF)
    for pair in pairs:
        gold = gold_mention_spans(pair.gold)
        system = set()
        for m in pair.article.mentions:
            if m.label in NER_LABELS:
                start, end = pair.align.locate(m.start, m.end, m.text)
                system.add((start, end, NER_LABELS[m.label]))
        for label in ("PER", "ORG", "LOC"):
            per_type[label].add(
                set_prf({s for s in gold if s[2] == label}, {s for s in system if s[2] == label})
            )
    total = PRF()
    for row in per_type.values():
        total.add(row)
    return {"micro": total.as_dict(), "types": table(per_type)}


# --- actors -----------------------------------------------------------------------------


def evaluate_actors(pairs: list[Pair]) -> Result:
    """B-cubed of the system's mention clusters against the gold actor clusters."""
    total = BCubed()
    found = Accuracy()
    for pair in pairs:
        gold_of: dict[tuple[int, int], str] = {}
        for entity in pair.gold.actors:
            for m in entity.mentions:
                gold_of[(m.span.start, m.span.end)] = entity.name
        system_mentions = [
            (
                pair.align.locate(m.start, m.end, m.text),
                m.cluster if m.cluster is not None else m.actor_id,
            )
            for m in pair.article.mentions
        ]
        system_of: dict[tuple[int, int], object] = {}
        gold_spans = list(gold_of)
        matches = match_spans(gold_spans, [s for s, _ in system_mentions], MENTION_OVERLAP)
        for gi, si in matches:
            cluster = system_mentions[si][1]
            if cluster is not None:
                system_of[gold_spans[gi]] = (pair.article.id, cluster)
        for span in gold_spans:
            found.add(span in system_of)
        total.add(
            bcubed(
                {(pair.article.id, s): (pair.article.id, c) for s, c in gold_of.items()},
                {(pair.article.id, s): c for s, c in system_of.items()},
            )
        )
    return {"bcubed": total.as_dict(), "gold_mentions_found": found.as_dict()}


# --- events -----------------------------------------------------------------------------


def event_spans(pair: Pair, event: Event) -> list[tuple[int, int]]:
    spans = []
    for src in event.sources:
        if src.article_id not in (pair.article.id, None):
            continue
        spans.append(pair.align.locate(src.start, src.end, src.sentence or None))
        if src.trigger_start is not None and src.trigger_end is not None:
            spans.append(pair.align.locate(src.trigger_start, src.trigger_end))
    return spans


def participants(
    pair: Pair, gold_event: GoldEvent | None, event: Event | None
) -> tuple[frozenset[str], frozenset[str]]:
    if gold_event is not None:
        actors = gold_entities(pair.gold, gold_event.actor)
        recipients = gold_entities(pair.gold, gold_event.recipient)
        kind = gold_event.event
    else:
        assert event is not None
        actors = system_entities(pair, event.actor)
        recipients = system_entities(pair, event.recipient)
        kind = event.event
    if kind in SYMMETRIC:
        return actors | recipients, frozenset()
    return actors, recipients


def place_matches(pair: Pair, gold_event: GoldEvent, event: Event, lexicons: Lexicons) -> bool:
    """The system's place is the gold's: the same name, a name of the gold entity, or a
    spelling the gazetteer gives the same place ("Moskwa", "Moscow" and "Moskow")."""
    loc = event.event_loc
    if not gold_event.place:
        return loc is None or not (loc.extracted_place or loc.resolved_place)
    if loc is None:
        return False
    entity = pair.gold.entity(gold_event.place)
    for text in (loc.extracted_place, loc.resolved_place):
        if text and (
            normalise_name(text) == normalise_name(gold_event.place)
            or (entity is not None and name_matches(entity, text))
            or one_place(lexicons, text, gold_event.place)
        ):
            return True
    return False


def one_place(lexicons: Lexicons, text: str, other: str) -> bool:
    """The gazetteer gives both names one place (spellings of a city, a country's short
    form)."""
    first, second = lexicons.lookup_place(text), lexicons.lookup_place(other)
    return (
        first is not None
        and second is not None
        and (first.canonical, first.country_code) == (second.canonical, second.country_code)
    )


LEVELS = ("type", "type_actor_recipient", "full")


def level_grid(
    pair: Pair, lexicons: Lexicons
) -> tuple[list[list[tuple[int, int]]], list[list[int]]]:
    """The raw spans of each system event and, for each gold event, its agreement level
    with each system event (:func:`event_level`): what every event matching starts from."""
    systems = pair.article.events
    spans = [event_spans(pair, e) for e in systems]
    grid = [
        [event_level(pair, g, s, spans[j], lexicons) for j, s in enumerate(systems)]
        for g in pair.gold.events
    ]
    return spans, grid


def event_level(
    pair: Pair,
    gold_event: GoldEvent,
    event: Event,
    spans: list[tuple[int, int]],
    lexicons: Lexicons,
) -> int:
    """How far a system event agrees with a gold one: 0 none, 1 type and evidence,
    2 also actor and recipient, 3 also date and place."""
    if event.event != gold_event.event:
        return 0
    if not any(overlap((g.start, g.end), s) for g in gold_event.spans for s in spans):
        return 0
    if participants(pair, gold_event, None) != participants(pair, None, event):
        return 1
    if not date_agrees(gold_event.date, gold_event.date_precision, event.date):
        return 2
    if not place_matches(pair, gold_event, event, lexicons):
        return 2
    return 3


WHERE = ("in_sentence", "earlier_sentence", "later_only", "no_mention")


def event_sentence(pair: Pair, gold_event: GoldEvent, event: Event) -> tuple[int, int]:
    """The raw stretch of the event's sentence: the system's evidence sentences and the
    gold evidence together."""
    spans = [(g.start, g.end) for g in gold_event.spans]
    for src in event.sources:
        if src.article_id in (pair.article.id, None):
            spans.append(pair.align.locate(src.start, src.end, src.sentence or None))
    return min(a for a, _ in spans), max(b for _, b in spans)


def where_named(pair: Pair, names: Iterable[str], sentence: tuple[int, int]) -> str:
    """Where the gold participants the system missed are named, the nearest first: in the
    event's sentence, only before it, only after it, or nowhere as a mention or a
    multi-word description."""
    starts: list[int] = []
    for name in names:
        entity = pair.gold.entity(name)
        if entity is None:
            continue
        spans = [(m.span.start, m.span.end) for m in entity.mentions]
        spans.extend(description_spans(pair.align.raw, entity))
        if any(overlap(span, sentence) for span in spans):
            return WHERE[0]
        starts.extend(a for a, _ in spans)
    if any(start < sentence[0] for start in starts):
        return WHERE[1]
    return WHERE[2] if starts else WHERE[3]


def side_error(
    pair: Pair,
    gold_sides: tuple[frozenset[str], frozenset[str]],
    system_sides: tuple[frozenset[str], frozenset[str]],
    side: int,
    sentence: tuple[int, int],
) -> tuple[str, ...]:
    """The class of one side's (0 actor, 1 recipient) disagreement on a type-matched pair,
    from both events' ``participants``: ``("right",)``, ``("system_empty", where)``,
    ``("gold_empty", swap)`` or ``("different", where, swap)``; ``swap`` says whether the
    system put the gold's other side here (a role swap)."""
    gold, system = gold_sides[side], system_sides[side]
    if gold == system:
        return ("right",)
    swap = "role_swap" if system & gold_sides[1 - side] else "other"
    if not system:
        return ("system_empty", where_named(pair, gold - system, sentence))
    if not gold:
        return ("gold_empty", swap)
    return ("different", where_named(pair, gold - system, sentence), swap)


def side_error_counts(classes: Iterable[tuple[str, ...]]) -> Result:
    """Nested counts of :func:`side_error` classes, every class present (zeros too)."""
    out: Result = {
        "right": 0,
        "system_empty": dict.fromkeys(WHERE, 0),
        "gold_empty": {"role_swap": 0, "other": 0},
        "different": {w: {"role_swap": 0, "other": 0} for w in WHERE},
    }
    for kind in classes:
        if kind[0] == "right":
            out["right"] += 1
        elif kind[0] == "different":
            out["different"][kind[1]][kind[2]] += 1
        else:
            out[kind[0]][kind[1]] += 1
    return out


def evaluate_events(pairs: list[Pair]) -> Result:
    """P/R/F1 at three levels, a per-type table, and modality/date/place accuracy; actor
    and recipient accuracy on the pairs that agree on type and evidence split the step
    from level 1 to level 2 into its two causes, and ``side_errors`` splits each side's
    failures by class (:func:`side_error`) (counts only, so the held-out part can say
    which side fails, and how, without anyone reading its errors)."""
    levels = {name: PRF() for name in LEVELS}
    per_type: dict[str, dict[str, PRF]] = defaultdict(lambda: {n: PRF() for n in LEVELS[:2]})
    negated, hypothetical = Accuracy(), Accuracy()
    date_ok, place_ok = Accuracy(), Accuracy()
    actor_ok, recipient_ok = Accuracy(), Accuracy()
    side_errors: tuple[list[tuple[str, ...]], list[tuple[str, ...]]] = ([], [])
    lexicons = load_lexicons()
    for pair in pairs:
        golds, systems = pair.gold.events, pair.article.events
        _, grid = level_grid(pair, lexicons)
        for number, name in enumerate(LEVELS, 1):
            levels[name].add(_one_to_one_prf(grid, len(golds), len(systems), number))
            if number <= 2:
                for kind in {g.event for g in golds} | {s.event for s in systems}:
                    gi = [i for i, g in enumerate(golds) if g.event == kind]
                    si = [j for j, s in enumerate(systems) if s.event == kind]
                    sub = [[grid[i][j] for j in si] for i in gi]
                    per_type[kind][name].add(_one_to_one_prf(sub, len(gi), len(si), number))
        for g_index, s_index in grid_match(grid):
            gold_event, event = golds[g_index], systems[s_index]
            negated.add(gold_event.negated == event.negated)
            hypothetical.add(gold_event.hypothetical == event.hypothetical)
            gold_sides = participants(pair, gold_event, None)
            system_sides = participants(pair, None, event)
            actor_ok.add(gold_sides[0] == system_sides[0])
            recipient_ok.add(gold_sides[1] == system_sides[1])
            wrong = gold_sides != system_sides  # only a wrong side reads the sentence
            sentence = event_sentence(pair, gold_event, event) if wrong else (0, 0)
            for side, found in enumerate(side_errors):
                found.append(side_error(pair, gold_sides, system_sides, side, sentence))
            if grid[g_index][s_index] >= 2:
                date_ok.add(date_agrees(gold_event.date, gold_event.date_precision, event.date))
                place_ok.add(place_matches(pair, gold_event, event, lexicons))
    return {
        "levels": {k: v.as_dict() for k, v in levels.items()},
        "types": {
            k: {n: v.as_dict() for n, v in rows.items()} for k, rows in sorted(per_type.items())
        },
        "negated_accuracy": negated.as_dict(),
        "hypothetical_accuracy": hypothetical.as_dict(),
        "date_accuracy": date_ok.as_dict(),
        "place_accuracy": place_ok.as_dict(),
        "actor_accuracy": actor_ok.as_dict(),
        "recipient_accuracy": recipient_ok.as_dict(),
        "side_errors": {
            "actor": side_error_counts(side_errors[0]),
            "recipient": side_error_counts(side_errors[1]),
        },
    }


def match_spans(
    gold: list[tuple[int, int]], system: list[tuple[int, int]], threshold: float
) -> list[tuple[int, int]]:
    """One-to-one pairs of spans whose overlap ratio is at least ``threshold``."""
    grid = [[overlap_ratio(g, s) for s in system] for g in gold]
    return greedy_match(
        range(len(gold)),
        range(len(system)),
        lambda i, j: grid[i][j] if grid[i][j] >= threshold else 0.0,
    )


def _one_to_one_prf(grid: list[list[int]], n_gold: int, n_sys: int, level: int) -> PRF:
    matched = len(max_matching(grid, level))
    return PRF.from_counts(matched, n_sys - matched, n_gold - matched)


# --- quotes -----------------------------------------------------------------------------


def speaker_matches(pair: Pair, gold_quote: GoldQuote, quote: Quote) -> bool:
    if not gold_quote.speaker:
        return not quote.speaker_text
    entity = pair.gold.entity(gold_quote.speaker)
    if entity is None:
        return normalise_name(gold_quote.speaker) == normalise_name(quote.speaker_text or "")
    span = None
    if quote.speaker_start is not None and quote.speaker_end is not None:
        span = pair.align.locate(quote.speaker_start, quote.speaker_end, quote.speaker_text)
    found = entity_of_text(pair.gold, quote.speaker_text, span)
    return found is not None and found.name == entity.name


def quote_matches(pair: Pair) -> list[tuple[int, int]]:
    """One-to-one ``(gold, system)`` quote pairs of an article, by text overlap."""
    spans = [pair.align.locate(q.start, q.end, q.text) for q in pair.article.quotes]
    return match_spans([(q.span.start, q.span.end) for q in pair.gold.quotes], spans, QUOTE_OVERLAP)


def evaluate_quotes(pairs: list[Pair]) -> Result:
    """Quotes matched by text overlap; P/R/F1 by kind; speaker accuracy for direct/indirect."""
    overall = PRF()
    per_kind: dict[str, PRF] = defaultdict(PRF)
    speaker: dict[str, Accuracy] = defaultdict(Accuracy)
    kind_ok = Accuracy()
    for pair in pairs:
        golds = pair.gold.quotes
        systems = pair.article.quotes
        pairs_ = quote_matches(pair)
        overall.add(counts(len(pairs_), len(systems), len(golds)))
        matched_g = {gi for gi, _ in pairs_}
        matched_s = {si for _, si in pairs_}
        for kind in ("direct", "indirect"):
            per_kind[kind].add(
                PRF(
                    tp_sys=sum(1 for j in matched_s if systems[j].kind == kind),
                    n_sys=sum(1 for q in systems if q.kind == kind),
                    tp_gold=sum(1 for i in matched_g if golds[i].kind == kind),
                    n_gold=sum(1 for q in golds if q.kind == kind),
                )
            )
        for gi, si in pairs_:
            speaker[golds[gi].kind].add(speaker_matches(pair, golds[gi], systems[si]))
            kind_ok.add(golds[gi].kind == systems[si].kind)
    return {
        "overall": overall.as_dict(),
        "kinds": table(per_kind),
        "speaker_accuracy": {k: v.as_dict() for k, v in sorted(speaker.items())},
        "kind_accuracy": kind_ok.as_dict(),
    }


# --- claims -----------------------------------------------------------------------------


def claim_key_matches(gold: GoldClaim, claim: Claim) -> bool:
    return (
        gold.kind == claim.kind
        and abs(gold.value - claim.value) < 1e-6
        and (gold.value_max is None) == (claim.value_max is None)
        and (gold.value_max is None or abs(gold.value_max - (claim.value_max or 0)) < 1e-6)
        and gold.qualifier == claim.qualifier
    )


def attribution_matches(gold: str | None, system: str | None) -> bool:
    """Both absent, or the normalised texts share most words (one may hold the other)."""
    if not gold or not system:
        return not gold and not system
    g, s = set(normalise_name(gold).split()), set(normalise_name(system).split())
    return bool(g & s) and (g <= s or s <= g or len(g & s) / len(g | s) >= 0.5)


def claim_score(gold: GoldClaim, claim: Claim, span: tuple[int, int]) -> float:
    """0 when the spans do not overlap; otherwise higher for agreeing values and more overlap."""
    gold_span = (gold.span.start, gold.span.end)
    if not overlap(gold_span, span):
        return 0.0
    return 1.0 + 2.0 * claim_key_matches(gold, claim) + overlap_ratio(gold_span, span)


def claim_matches(pair: Pair) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The raw span of each system claim of an article, and the one-to-one ``(gold,
    system)`` claim pairs, best `claim_score` first."""
    systems = pair.article.claims
    spans = [pair.align.locate(c.start, c.end) for c in systems]
    grid = [
        [claim_score(g, c, s) for c, s in zip(systems, spans, strict=True)]
        for g in pair.gold.claims
    ]
    return spans, grid_match(grid)


def counts(matched: int, n_sys: int, n_gold: int) -> PRF:
    return PRF(tp_sys=matched, n_sys=n_sys, tp_gold=matched, n_gold=n_gold)


def evaluate_claims(pairs: list[Pair]) -> Result:
    """Claims located by span overlap; P/R/F1 on kind+value+qualifier; attribution accuracy."""
    located, strict = PRF(), PRF()
    fields = {k: Accuracy() for k in ("kind", "value", "qualifier")}
    attribution = Accuracy()
    per_kind: dict[str, PRF] = defaultdict(PRF)
    for pair in pairs:
        golds, systems = pair.gold.claims, pair.article.claims
        matches = claim_matches(pair)[1]
        located.add(counts(len(matches), len(systems), len(golds)))
        good = [(i, j) for i, j in matches if claim_key_matches(golds[i], systems[j])]
        strict.add(counts(len(good), len(systems), len(golds)))
        for kind in {c.kind for c in golds} | {c.kind for c in systems}:
            per_kind[kind].add(
                PRF(
                    tp_sys=sum(1 for _, j in good if systems[j].kind == kind),
                    n_sys=sum(1 for c in systems if c.kind == kind),
                    tp_gold=sum(1 for i, _ in good if golds[i].kind == kind),
                    n_gold=sum(1 for c in golds if c.kind == kind),
                )
            )
        for i, j in matches:
            fields["kind"].add(golds[i].kind == systems[j].kind)
            fields["value"].add(abs(golds[i].value - systems[j].value) < 1e-6)
            fields["qualifier"].add(golds[i].qualifier == systems[j].qualifier)
        for i, j in good:
            attribution.add(
                attribution_matches(golds[i].attribution, systems[j].attributed_to_text)
            )
    return {
        "located": located.as_dict(),
        "kind_value_qualifier": strict.as_dict(),
        "kinds": table(per_kind),
        "field_accuracy": {k: v.as_dict() for k, v in fields.items()},
        "attribution_accuracy": attribution.as_dict(),
    }


# --- contradictions ---------------------------------------------------------------------


def evaluate_contradictions(pairs: list[Pair]) -> Result:
    """Within-article contradictions matched by kind; precision and recall per kind.

    ``errors`` lists, for dev articles only (held-out errors are never read), every
    article and kind where the system and gold counts differ, with the system's
    explanations, so that each wrong or missed contradiction can be judged by reading."""
    per_kind: dict[str, PRF] = defaultdict(PRF)
    errors: list[str] = []
    for pair in pairs:
        gold_kinds = [c.kind for c in pair.gold.contradictions]
        system_kinds = [c.kind for c in pair.article.contradictions]
        for kind in sorted(set(gold_kinds) | set(system_kinds)):
            g, s = gold_kinds.count(kind), system_kinds.count(kind)
            per_kind[kind].add(PRF.from_counts(min(g, s), max(0, s - g), max(0, g - s)))
            if g != s and pair.gold.split == "dev":
                said = [c.explanation for c in pair.article.contradictions if c.kind == kind]
                errors.append(
                    f"{pair.gold.article} {kind}: system {s}, gold {g}"
                    + "".join(f"\n    {why}" for why in said)
                )
    total = PRF()
    for row in per_kind.values():
        total.add(row)
    return {"overall": total.as_dict(), "kinds": table(per_kind), "errors": errors}


# --- ner on CoNLL corpora ---------------------------------------------------------------

CONLL_FILES = (
    ("idner", "data/ner/idner-news-2k/test.txt"),
    ("nergrit", "data/ner/nergrit_ner-grit/test_preprocess.txt"),
    ("nerp", "data/ner/nerp_ner-prosa/test_preprocess.txt"),
    ("nerui", "data/ner/indolem-ner/nerui/test.01.tsv"),
    ("nerugm", "data/ner/indolem-ner/nerugm/test.01.tsv"),
)


class EntityPredictor:
    """Adapts ``kabar.extract_entities`` (model + gazetteers) to the conll scorer."""

    def __init__(self, extract: Callable[[str], Iterable[Any]] | None = None) -> None:
        if extract is None:
            from kabar.api import extract_entities

            extract = extract_entities
        self.extract = extract

    def predict_many(self, texts: Iterable[str]) -> Iterable[list[tuple[int, int, str]]]:
        for text in texts:
            yield [
                (e.start, e.end, e.label)
                for e in self.extract(text)
                if e.label in {"PER", "ORG", "LOC"}
            ]


def conll_files(shared: Path, chosen: Sequence[str] = ()) -> list[tuple[str, Path]]:
    """``(corpus, path)`` of the test files present under ``shared``; ``chosen`` may give
    ``corpus`` names or ``corpus=path`` pairs."""
    out = []
    if chosen:
        for item in chosen:
            name, sep, path = item.partition("=")
            if sep:
                out.append((name, Path(path)))
            else:
                out.extend((n, shared / p) for n, p in CONLL_FILES if n == name)
    else:
        out = [(n, shared / p) for n, p in CONLL_FILES]
    return [(n, p) for n, p in out if p.exists()]


def evaluate_ner_conll(
    files: Sequence[tuple[str, Path]], model: Any = None, pipeline: Any = None
) -> Result:
    """Span scores of each CoNLL test file, twice: the shipped NER model (``kabar.ner``,
    the same weights and features the pipeline uses) on the corpus's gold tokens, as
    published CoNLL figures are, and under ``pipeline`` ``kabar.extract_entities``
    (model, gazetteers and the merge rules) on each sentence's tokens joined by spaces."""
    from kabar.evaluation.conll import evaluate_ner_file
    from kabar.ner import load_ner

    tagger = model or load_ner()
    whole = pipeline or EntityPredictor()
    out: Result = {}
    for corpus, path in files:
        result = evaluate_ner_file(tagger, path, corpus)
        text = evaluate_ner_file(whole, path, corpus)
        out[corpus] = {
            "path": str(path),
            "sentences": result.get("sentences"),
            "micro": _rounded(result["micro"]),
            "types": {k: _rounded(v) for k, v in result["types"].items()},
            "pipeline": {
                "micro": _rounded(text["micro"]),
                "types": {k: _rounded(v) for k, v in text["types"].items()},
            },
        }
    return out


def _rounded(row: dict[str, Any]) -> dict[str, Any]:
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in row.items()}


STAGE_FUNCTIONS: dict[str, Callable[[list[Pair]], Result]] = {
    "clean": evaluate_clean,
    "metadata": evaluate_metadata,
    "ner": evaluate_ner_gold,
    "actors": evaluate_actors,
    "events": evaluate_events,
    "quotes": evaluate_quotes,
    "claims": evaluate_claims,
    "contradictions": evaluate_contradictions,
}


def gold_summary(golds: Sequence[GoldArticle]) -> Result:
    """What the gold set holds, by split: articles per topic and source, events per type."""
    out: Result = {}
    for split in SPLITS:
        part = [g for g in golds if g.split == split]
        topics: dict[str, int] = defaultdict(int)
        sources: dict[str, int] = defaultdict(int)
        types: dict[str, int] = defaultdict(int)
        for g in part:
            topics[g.topic] += 1
            sources[_source_kind(g.article)] += 1
            for e in g.events:
                types[e.event] += 1
        out[split] = {
            "articles": len(part),
            "topics": dict(sorted(topics.items())),
            "sources": dict(sorted(sources.items())),
            "events": sum(types.values()),
            "event_types": dict(sorted(types.items())),
            "quotes": sum(len(g.quotes) for g in part),
            "claims": sum(len(g.claims) for g in part),
            "contradictions": sum(len(g.contradictions) for g in part),
            "actors": sum(len(g.actors) for g in part),
            "residue": sum(len(g.residue) for g in part),
        }
    return out


def _source_kind(ref: str) -> str:
    kind, _, name = ref.partition(":")
    if kind == "bench":
        return "bench-" + re.sub(r"-.*", "", name)
    return kind
