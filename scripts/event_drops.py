"""What each check of the event stage drops on unseen news: matched predicates that coded
no event, counted by the check that dropped them, with a seeded sample to read.

Runs the real pipeline (clean ... quotes, then ``kabar.events.code_events`` with a
``drops`` list) on a JSONL news file (default: ../shared/data/news/bench.jsonl), leaving
out every gold article and the ``bench:`` references named in the ``--exclude`` files
(articles being annotated blind must not be coded). A drop's check is the first one that
dropped it (the longest pattern first); the others tried follow in brackets.

    .venv/bin/python scripts/event_drops.py [--exclude FILE ...] [--sample 20] [--seed 8]
        [--check NAME] [--min 10] [--before N] [--events OUT] [FILE]

``--events OUT`` writes one line per coded event (article, type, trigger, parties,
modality, date/precision, place, sentence), sorted, so that two versions of the coder can
be compared with ``diff``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from kabar.config import Config
from kabar.context import build_context
from kabar.evaluation.gold import default_gold_dir, load_gold, record_meta
from kabar.events import Drop, code_events
from kabar.model import Article, Event
from kabar.pipeline import STAGES, apply_stages

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "bench.jsonl"
REF = re.compile(r"bench:([\w.-]+)")
BEFORE_EVENTS = STAGES[: [s.name for s in STAGES].index("events")]
EVENTS = STAGES[len(BEFORE_EVENTS)]


def excluded(files: list[Path]) -> set[str]:
    """Bench ids of the gold articles and of the references the given files name."""
    ids = {g.article.split(":", 1)[1] for g in load_gold(default_gold_dir())}
    for path in files:
        ids |= set(REF.findall(path.read_text(encoding="utf-8")))
    return ids


def place_of(event: Event) -> str:
    """The event's place as written and as resolved ("Mapolda Jateng=Semarang"), "-" if none."""
    loc = event.event_loc
    if loc is None or not (loc.extracted_place or loc.resolved_place):
        return "-"
    return f"{loc.extracted_place}={loc.resolved_place or '?'}"


def marked(article: Article, drop: Drop, before: int = 0) -> str:
    """The drop's sentence on one line, its trigger in [[ ]], after ``before`` sentences."""
    text = article.text
    for k, s in enumerate(article.sentences):
        if s.start <= drop.start < s.end:
            line = f"{text[s.start : drop.start]}[[{text[drop.start : drop.end]}]]"
            earlier = [text[p.start : p.end] for p in article.sentences[max(0, k - before) : k]]
            return " ".join(" ".join([*earlier, line + text[drop.end : s.end]]).split())
    return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--exclude", type=Path, action="append", default=[])
    parser.add_argument("--sample", type=int, default=0, help="drops to print per check")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--check", help="sample this check only")
    parser.add_argument("--min", type=int, default=10, help="sample checks with >= MIN drops")
    parser.add_argument("--events", type=Path, help="write the coded events here")
    parser.add_argument("--before", type=int, default=0, help="sentences to show before")
    args = parser.parse_args()
    if not args.file.exists():
        print(f"{args.file} not found: nothing to report", file=sys.stderr)
        return 1
    skip = excluded(args.exclude)
    ctx = build_context(Config())
    rows: list[tuple[str, Drop, str]] = []
    events: list[str] = []
    articles = 0
    cpu = time.process_time()
    with args.file.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if str(record["id"]) in skip:
                continue
            meta = record_meta(record)
            ref = f"bench:{record['id']}"
            article = apply_stages(
                Article.from_input(record["text"], ref, meta), ctx, BEFORE_EVENTS
            )
            if EVENTS.skips(article):
                continue
            articles += 1
            drops: list[Drop] = []
            code_events(article, ctx, drops)
            rows.extend((ref, d, marked(article, d, args.before)) for d in drops)
            for e in article.events:
                actor = ", ".join(r.entity_name for r in e.actor)
                recipient = ", ".join(r.entity_name for r in e.recipient)
                sentence = e.sources[0].sentence if e.sources else ""
                events.append(
                    f"{ref}\t{e.event}{e.mode}\t{e.trigger}\t[{actor}] -> [{recipient}]"
                    f"\t{'NEG ' if e.negated else ''}{'HYP' if e.hypothetical else ''}"
                    f"{' DISPUTED' if e.disputed else ''}"
                    f"\t{e.date or '-'}/{e.date_precision}\t{place_of(e)}"
                    f"\t{' '.join(sentence.split())}"
                )
    cpu = time.process_time() - cpu
    print(f"{articles} articles coded ({len(skip)} left out), {len(rows)} drops, "
          f"{len(events)} events; CPU {cpu:.1f} s")  # fmt: skip
    by_check: dict[str, list[tuple[str, Drop, str]]] = {}
    for row in rows:
        by_check.setdefault(row[1].checks[0], []).append(row)
    counts = Counter({check: len(pool) for check, pool in by_check.items()})
    print(f"\n{'check':<22} {'drops':>6}  by predicate type")
    for check, n in counts.most_common():
        types = Counter(d.event for _, d, _ in by_check[check])
        print(f"{check:<22} {n:6d}  {dict(types.most_common(5))}")
    if args.events:
        args.events.write_text("\n".join(sorted(events)) + "\n", encoding="utf-8")
    if not args.sample:
        return 0
    for check, n in counts.most_common():
        if (args.check and check != args.check) or (not args.check and n < args.min):
            continue
        pool = by_check[check]
        sample = random.Random(f"{args.seed}:{check}").sample(pool, min(args.sample, len(pool)))
        print(f"\n=== {check}: {len(sample)} of {n} (seed {args.seed})")
        for k, (ref, d, sentence) in enumerate(sample, 1):
            more = f" [{', '.join(d.checks[1:])}]" if len(d.checks) > 1 else ""
            print(f"[{k}] {ref} {d.event} {d.rule}{more}")
            print(f"    {sentence[-900:]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
