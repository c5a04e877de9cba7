"""Event-coding report on a JSONL news file (default: ../shared/data/news/bench.jsonl).

Prints the event stage's speed, the share of articles with at least one event, the
distribution of event types, and a random sample of coded events with their sentences
for reading precision by hand.

    .venv/bin/python scripts/event_report.py [--nlp] [--sample 30] [--seed 7] [--rule TEXT] [FILE]

Without ``--nlp`` the event stage runs alone on a plain sentence split with no
mentions and empty lexicons, so no place is resolved (its fallback path: actor nouns
and capitalised spans); with ``--nlp`` the real ``kabar.nlp`` stage runs first
(gazetteer mentions; ``--model`` adds the NER model), and its time is not counted in
the speed figure.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from kabar.config import Config
from kabar.context import Context
from kabar.events import code_events, split_sentences
from kabar.lexicons import Lexicons
from kabar.model import Article

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "bench.jsonl"


def load(path: Path) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            article = Article.from_input(record["text"], str(record.get("id")))
            article.text = record["text"]
            article.title = record.get("title")
            article.publication = record.get("publication")
            published = record.get("published")
            if published:
                article.published = str(published)[:10]
                article.published_precision = "day"
            articles.append(article)
    return articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--nlp", action="store_true", help="run kabar.nlp before events")
    parser.add_argument("--model", action="store_true", help="with --nlp, use the NER model")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rule", help="sample only events whose rule contains this text")
    args = parser.parse_args()
    if not args.file.exists():
        print(f"{args.file} not found: nothing to report", file=sys.stderr)
        return 1
    articles = load(args.file)
    if args.nlp:
        from kabar.config import NlpConfig
        from kabar.context import build_context
        from kabar.nlp import analyse_text

        ctx = build_context(Config(nlp=NlpConfig(use_model=args.model)))
        for article in articles:
            analyse_text(article, ctx)
    else:
        ctx = Context(config=Config(), lexicons=Lexicons.empty())
        for article in articles:
            article.sentences = split_sentences(article.text)
    chars = sum(len(a.text) for a in articles)
    began, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        code_events(article, ctx)
    elapsed = time.perf_counter() - began
    cpu = time.process_time() - cpu
    events = [(a, e) for a in articles for e in a.events]
    with_events = sum(1 for a in articles if a.events)
    print(f"file: {args.file}")
    print(f"articles: {len(articles)}, characters: {chars:,}")
    print(f"event stage: {elapsed:.2f} s, {len(articles) / elapsed:.0f} articles/s, "
          f"{chars / elapsed / 1e6:.2f} M chars/s; CPU {cpu:.2f} s, "
          f"{len(articles) / cpu:.0f} articles/s")  # fmt: skip
    print(f"articles with >=1 event: {with_events} ({100 * with_events / len(articles):.1f}%)")
    print(f"events: {len(events)} ({len(events) / len(articles):.2f} per article)")
    types = Counter(e.event for _, e in events)
    for event_type, count in types.most_common():
        print(f"  {event_type:<10} {count:6d} {100 * count / max(1, len(events)):5.1f}%")
    flags: Counter[str] = Counter()
    for _, e in events:
        flags["negated"] += e.negated
        flags["hypothetical"] += e.hypothetical
        flags["reported_by"] += bool(e.reported_by)
        flags["recipient"] += bool(e.recipient)
        flags["place"] += e.event_loc is not None
        flags["disputed"] += e.disputed
    print("flags:", dict(flags))
    rng = random.Random(args.seed)
    pool = [(a, e) for a, e in events if args.rule is None or args.rule in e.rule]
    print(f"\nrandom sample of {args.sample} of {len(pool)} events (seed {args.seed}):")
    for n, (article, e) in enumerate(rng.sample(pool, min(args.sample, len(pool))), 1):
        source = e.sources[0]
        actor = ", ".join(r.entity_name for r in e.actor)
        recipient = ", ".join(r.entity_name for r in e.recipient)
        flags_text = ("NEG " if e.negated else "") + ("HYP " if e.hypothetical else "")
        print(f"\n[{n}] {article.source} {e.event}{e.mode} {flags_text}trigger={e.trigger!r}")
        place = e.event_loc.extracted_place if e.event_loc else None
        print(f"    actor=[{actor}] recipient=[{recipient}] date={e.date} place={place}")
        print(f"    conf={e.confidence} rule={e.rule}")
        print(f"    {source.sentence[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
