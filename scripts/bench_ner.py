"""Speed of kabar's NER as the pipeline uses it: ``predict(text)`` once per article.

Reads the articles of ``../shared/data/news/bench.jsonl`` (or ``--input``), pins the
process to one core with single-threaded BLAS, and times three passes:

- cold: a freshly loaded model, so every new word type is scored on first sight;
- warm: the same articles again, every word type already cached;
- batched: ``predict_many`` over the same articles, for comparison.

Prints articles/s and tokens/s for each pass as a table, per CPU second (the figure
that does not depend on what else the machine runs) and per wall-clock second.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

from kabar.ner import load_ner, tokenize  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "data" / "news" / "bench.jsonl"


def read_texts(path: Path, limit: int | None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(json.loads(line).get("text") or "")
            if limit is not None and len(texts) >= limit:
                break
    return texts


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``run()`` (CPU time is what a busy machine hides)."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--input", type=Path, default=BENCH, help="JSONL with a text field")
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles")
    parser.add_argument("--model", type=Path, default=None, help="model directory")
    parser.add_argument(
        "--core", type=int, default=None, help="CPU to pin to (default: the first one allowed)"
    )
    args = parser.parse_args()
    if not args.input.exists():
        sys.exit(f"no articles at {args.input}")
    if hasattr(os, "sched_setaffinity"):
        allowed = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {args.core if args.core is not None else allowed[0]})

    texts = read_texts(args.input, args.limit)
    tokens = sum(len(tokenize(t)) for t in texts)
    load_started = time.perf_counter()
    model = load_ner(args.model)
    load_time = time.perf_counter() - load_started

    def per_article() -> None:
        for text in texts:
            model.predict(text)

    rows = [
        ("cold predict()", timed(per_article)),
        ("warm predict()", timed(per_article)),
        ("warm predict_many()", timed(lambda: list(model.predict_many(texts)))),
    ]
    print(
        f"{len(texts)} articles, {tokens} tokens ({tokens / max(len(texts), 1):.0f}/article); "
        f"model loaded in {load_time:.2f}s; cache {len(model._ids)} word types"
    )
    print("rates per CPU second (per wall-clock second in brackets)")
    print(
        f"{'pass':<21}{'CPU s':>7}{'wall s':>8}{'articles/s':>18}{'tokens/s':>20}{'ms/article':>12}"
    )
    n = max(len(texts), 1)
    for name, (wall, cpu) in rows:
        cpu, wall = max(cpu, 1e-9), max(wall, 1e-9)
        print(
            f"{name:<21}{cpu:>7.2f}{wall:>8.2f}"
            f"{len(texts) / cpu:>10.0f} ({len(texts) / wall:>5.0f})"
            f"{tokens / cpu:>11.0f} ({tokens / wall:>6.0f}){1000 * cpu / n:>12.2f}"
        )


if __name__ == "__main__":
    main()
