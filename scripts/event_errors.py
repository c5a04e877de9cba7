"""Event-coding errors on the gold set's DEV part, grouped by cause.

Codes every dev article with the current pipeline and lists, per article, each gold
event the coder missed or coded with the wrong arguments (false negatives) and each
coded event no gold event supports (false positives), with the sentence, gold vs
system type/actor/recipient, and a cause:

- ``missing``: no system event of the gold type overlaps the gold evidence; with
  ``--why``, split into ``no-trigger`` (no lexicon predicate in the evidence: a lexicon
  gap) and ``filtered`` (a predicate matched there but coded no event: arguments,
  modality, domain or genre dropped it), listing the predicates matched and the checks
  that dropped them (``kabar.events.Drop``; "no-actor", "ought", ...);
- ``wrong-type``: a system event overlaps the evidence with another type;
- ``arguments``: type and evidence agree, actor/recipient sets differ;
- ``date`` / ``place``: arguments agree, date or place differ;
- ``non-event``: a system event overlapping no gold event at all;
- ``duplicate``: a system event of the right type and evidence whose gold event another
  system event already takes (the scorer matches one to one).

Held-out articles are never coded, printed or counted (docs/annotation.md, section 9).

    .venv/bin/python scripts/event_errors.py [--only CAUSE] [--type TYPE] [--summary] [--why]
"""

from __future__ import annotations

import argparse
from collections import Counter

from kabar.config import Config
from kabar.context import Context, build_context
from kabar.evaluation.gold import ArticleSource, default_gold_dir, default_shared_dir, load_gold
from kabar.evaluation.metrics import date_agrees, grid_match, overlap
from kabar.evaluation.stages import (
    Pair,
    level_grid,
    participants,
    place_matches,
    run_system,
)
from kabar.event_clause import prepare
from kabar.events import QUOTE, Drop, code_events, find_triggers
from kabar.lexicons import load_lexicons
from kabar.model import Article, Event
from kabar.pipeline import STAGES, apply_stages
from kabar.predicates import load_lexicon


def fmt(names: frozenset[str]) -> str:
    return "{" + ", ".join(sorted(names)) + "}"


def raw_names(event: Event) -> str:
    actor = ", ".join(r.entity_name for r in event.actor)
    recipient = ", ".join(r.entity_name for r in event.recipient)
    return f"[{actor}] -> [{recipient}]"


def describe(pair: Pair, event: Event) -> str:
    actors, recipients = participants(pair, None, event)
    loc = event.event_loc.extracted_place if event.event_loc else None
    return (
        f"{event.event}{list(event.mode)} {fmt(actors)} -> {fmt(recipients)} "
        f"raw={raw_names(event)} trig={event.trigger!r} date={event.date} place={loc} "
        f"rule={event.rule}"
        + (" NEG" if event.negated else "")
        + (" HYP" if event.hypothetical else "")
    )


BEFORE_EVENTS = STAGES[: [s.name for s in STAGES].index("events")]


def article_drops(source: ArticleSource, ref: str, ctx: Context) -> list[Drop]:
    """The predicates the event stage matched in a gold article and dropped, recoded from
    its raw input up to the events stage (the coded article keeps no drops)."""
    item = source.get(ref)
    article = apply_stages(
        Article.from_input(item.raw, ref, {**item.meta, "source": ref}), ctx, BEFORE_EVENTS
    )
    drops: list[Drop] = []
    code_events(article, ctx, drops)
    return drops


def evidence_triggers(pair: Pair, start: int, end: int, drops: list[Drop]) -> list[str]:
    """Lexicon predicates matched inside a gold evidence span (raw offsets), each with the
    checks that dropped it when it coded nothing."""
    lex = load_lexicon()
    article = pair.article
    quotes = [(m.start(), m.end()) for m in QUOTE.finditer(article.text)]
    out = []
    for sent in article.sentences:
        if not overlap(pair.align.locate(sent.start, sent.end), (start, end)):
            continue
        clause = prepare(article, sent, lex, quotes, full=True)
        for i, j, entries in find_triggers(clause, lex):
            a, b = clause.toks[i].start, clause.toks[j - 1].end
            if overlap(pair.align.locate(a, b), (start, end)):
                checks = [", ".join(d.checks) for d in drops if (d.start, d.end) == (a, b)]
                by = f" dropped by {'; '.join(checks)}" if checks else ""
                out.append(f"{entries[0].event} {article.text[a:b]!r} ({entries[0].rule}){by}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="show one cause only")
    parser.add_argument("--type", help="show one event type only")
    parser.add_argument("--summary", action="store_true", help="counts only")
    parser.add_argument(
        "--why", action="store_true", help="split missing into no-trigger and filtered"
    )
    args = parser.parse_args()
    golds = [g for g in load_gold(default_gold_dir()) if g.split == "dev"]
    source = ArticleSource(default_shared_dir())
    pairs, skipped = run_system(golds, source)
    lexicons = load_lexicons()
    causes: Counter[str] = Counter()
    ctx: Context | None = None  # built for the first filtered gold event (with --why)
    by_type: Counter[tuple[str, str]] = Counter()
    for pair in pairs:
        systems = pair.article.events
        drops: list[Drop] | None = None
        spans, grid = level_grid(pair, lexicons)
        lines: list[str] = []
        used = set()
        match_of = dict(grid_match(grid))  # gold index -> the system event it is matched to
        matched = set(match_of.values())
        for g, levels in zip(pair.gold.events, grid, strict=True):
            best = max(levels, default=0)
            for j, level in enumerate(levels):
                if level:
                    used.add(j)
            if best == 3:
                continue
            near = [
                j for j, sp in enumerate(spans)
                if any(overlap((x.start, x.end), s) for x in g.spans for s in sp)
            ]  # fmt: skip
            found: list[str] = []
            if best == 0:
                cause = "wrong-type" if near else "missing"
                if cause == "missing" and args.why:
                    if drops is None:
                        ctx = ctx or build_context(Config())
                        drops = article_drops(source, pair.gold.article, ctx)
                    found = evidence_triggers(pair, g.evidence.start, g.evidence.end, drops)
                    cause = "filtered" if found else "no-trigger"
            elif best == 1:
                cause = "arguments"
            else:
                j = levels.index(2)
                cause = "date" if not date_agrees(g.date, g.date_precision, systems[j].date) else ""
                placed = place_matches(pair, g, systems[j], lexicons)
                cause = cause or ("place" if not placed else "?")
            causes["FN " + cause] += 1
            by_type[(g.event, "FN " + cause)] += 1
            if (args.only and args.only != cause) or (args.type and args.type != g.event):
                continue
            ga, gr = participants(pair, g, None)
            lines.append(
                f"  FN {cause}: gold {g.event}{list(g.mode)} {fmt(ga)} -> {fmt(gr)} "
                f"date={g.date}/{g.date_precision} place={g.place}\n"
                f"     evidence: {g.evidence.text!r}"
            )
            for j in near:
                lines.append(f"     sys: {describe(pair, systems[j])}")
            lines.extend(f"     matched: {t}" for t in found)
        for j, event in enumerate(systems):
            if j in matched:
                continue
            near_gold = [
                g for g in pair.gold.events
                if any(overlap((x.start, x.end), s) for x in g.spans for s in spans[j])
            ]  # fmt: skip
            cause = "duplicate" if j in used else "wrong-type" if near_gold else "non-event"
            causes["FP " + cause] += 1
            by_type[(event.event, "FP " + cause)] += 1
            if (args.only and args.only != cause) or (args.type and args.type != event.event):
                continue
            sentence = event.sources[0].sentence if event.sources else ""
            lines.append(f"  FP {cause}: {describe(pair, event)}\n     sentence: {sentence!r}")
            if cause == "duplicate":  # the matched system events that took its gold events
                taken = [match_of[i] for i, row in enumerate(grid) if row[j] and i in match_of]
                lines.extend(f"     duplicate of: {describe(pair, systems[m])}" for m in taken)
        if lines and not args.summary:
            print(f"\n=== {pair.gold.article} ({pair.gold.topic})")
            print("\n".join(lines))
    print("\ncauses:", dict(causes.most_common()))
    per: dict[str, Counter[str]] = {}
    for (kind, cause), n in by_type.items():
        per.setdefault(kind, Counter())[cause] = n
    for kind in sorted(per):
        print(f"  {kind:<10} {dict(per[kind].most_common())}")
    if skipped:
        print("skipped (source absent):", skipped)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
