"""Per-stage and end-to-end throughput of the pipeline on one core.

Usage: python scripts/bench.py [--input ../shared/data/news/bench.jsonl] [--limit N]
       [--json-out PATH]

Reads JSONL articles, runs every per-article stage in order, timing each, then
stores the articles and runs fusion in a temporary DuckDB file. Prints a table
and, with --json-out, writes the figures. Peak memory is the process's max RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "news" / "bench.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--limit", type=int, default=0, help="articles to use (0 = all)")
    parser.add_argument("--json-out", type=Path)
    args = parser.parse_args()
    if not args.input.exists():
        print(f"skipped: {args.input} is absent (put ../shared beside the repository)")
        return 0
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    from kabar.context import build_context
    from kabar.ingest import read_inputs
    from kabar.model import Article
    from kabar.pipeline import CODED_LANGUAGES, STAGES, refresh_fusion, save_batch
    from kabar.store import Store

    load_start = time.perf_counter()
    ctx = build_context()
    load_seconds = time.perf_counter() - load_start
    records = [r for r in read_inputs([str(args.input)]) if not isinstance(r, Exception)]
    if args.limit:
        records = records[: args.limit]
    seconds: dict[str, float] = defaultdict(float)
    articles = []
    total_start = time.perf_counter()
    for record in records:
        article = Article.from_input(record.text, record.source, record.meta)  # type: ignore[union-attr]
        for stage in STAGES:
            if stage.coding and (
                article.duplicate_of or article.language not in CODED_LANGUAGES
            ):
                continue
            start = time.perf_counter()
            article = stage.func(article, ctx)
            seconds[stage.name] += time.perf_counter() - start
        articles.append(article)
    per_article_seconds = time.perf_counter() - total_start
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.duckdb")
        start = time.perf_counter()
        for i in range(0, len(articles), 200):
            save_batch(store, articles[i : i + 200])
        seconds["store"] = time.perf_counter() - start
        start = time.perf_counter()
        refresh_fusion(store, ctx)
        seconds["fuse"] = time.perf_counter() - start
        store.close()
    total = per_article_seconds + seconds["store"] + seconds["fuse"]
    n = len(articles)
    figures = {
        "input": str(args.input),
        "articles": n,
        "load_seconds": round(load_seconds, 2),
        "stages": {name: round(n / s, 1) if s else None for name, s in seconds.items()},
        "end_to_end_articles_per_s": round(n / total, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "events": sum(len(a.events) for a in articles),
    }
    print(f"{n} articles from {args.input}")
    print(f"{'stage':<10} {'articles/s':>12}")
    for name, rate in figures["stages"].items():  # type: ignore[union-attr]
        print(f"{name:<10} {rate:>12}")
    print(f"{'end-to-end':<10} {figures['end_to_end_articles_per_s']:>12}")
    print(f"peak memory {figures['peak_rss_mb']} MB, model+lexicon load {load_seconds:.2f} s")
    if args.json_out:
        args.json_out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
