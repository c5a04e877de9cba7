"""Per-stage and end-to-end throughput of the pipeline on one core, and how it scales.

Usage: python scripts/bench.py [--input ../shared/data/news/bench.jsonl] [--limit N]
       [--times K] [--json-out PATH] [--scales 1,20] [--workers 1,2] [--spark] [--no-model]

Stages: reads the input (``--times K``: the input repeated K times by
``scripts/make_corpus.py``), runs every per-article stage in order as a one-worker
``kabar run`` does, timing each in CPU seconds, storing every 200 articles into a
temporary DuckDB file as it goes, then runs fusion; articles are not kept, so memory
is what a run needs; peak memory is the process's max RSS.
Scales (``--scales``): for each factor, ``scripts/make_corpus.py`` writes the input
repeated that many times (new ids, texts and years, see there; one file per copy) to
a temporary dir, and ``kabar run`` codes it end to end in a fresh process, pinned to
one core for one worker and to the first N cores for N workers; with ``--spark`` also
``python -m kabar.spark_job --master local[2]``. Each run reports wall-clock seconds,
CPU seconds of the process and all its children, and peak memory of the process and
its children (workers, the JVM), sampled every 0.5 s: the largest summed RSS (which
counts pages the processes share once per process), the largest summed PSS (shared
pages divided among their processes: what they take together) and the largest RSS of
a single process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "news" / "bench.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--limit", type=int, default=0, help="articles to use (0 = all)")
    parser.add_argument("--times", type=int, default=1, help="stages over the input K times")
    parser.add_argument("--json-out", type=Path)
    parser.add_argument("--scales", default="", help="corpus factors of end-to-end runs: 1,5,20")
    parser.add_argument(
        "--workers", default="1", help="worker counts for those runs, e.g. 1,2; '' for Spark only"
    )
    parser.add_argument("--spark", action="store_true", help="also time the Spark engine")
    parser.add_argument("--no-model", action="store_true", help="gazetteers and rules, no NER")
    parser.add_argument("--skip-stages", action="store_true", help="only the end-to-end runs")
    args = parser.parse_args()
    if not args.input.exists():
        print(f"skipped: {args.input} is absent (put ../shared beside the repository)")
        return 0
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    figures: dict[str, object] = {}
    if not args.skip_stages:
        with tempfile.TemporaryDirectory() as tmp:
            source = args.input
            if args.times > 1:
                source = make_corpus(args.input, Path(tmp) / "corpus", args.times, args.limit)
            figures = stage_figures(args, source)
    if args.scales:
        figures["runs"] = scale_runs(args)
    if args.json_out:
        args.json_out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


def make_corpus(source: Path, out: Path, times: int, limit: int) -> Path:
    """``scripts/make_corpus.py``: ``source`` repeated ``times`` times, one file per copy."""
    make = [sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(out)]
    make += ["--input", str(source), "--times", str(times)]
    make += ["--limit", str(limit)] if limit else []
    subprocess.run(make, check=True, stdout=subprocess.DEVNULL)
    return out


def stage_figures(args: argparse.Namespace, source: Path) -> dict[str, object]:
    """Per-stage rates as ``kabar run`` with one worker runs the stages: a dedup index
    as the run has (so fingerprint and dedup do their real work), ``CODING_BATCH``
    articles taken through the stages together, batches of 200 stored as they fill,
    then one incremental fusion. Stage rates are articles per CPU second of the process
    (``time.process_time``), which other jobs on the machine barely move; end to end is
    given both per CPU second and per wall-clock second."""
    from kabar.config import Config, NlpConfig
    from kabar.context import build_context
    from kabar.dedup import DedupIndex
    from kabar.ingest import read_inputs
    from kabar.model import Article
    from kabar.pipeline import (
        CODING_BATCH,
        STAGES,
        apply_stages_many,
        chunks,
        refresh_fusion,
        save_batch,
    )
    from kabar.store import Store

    load_start = time.perf_counter()
    config = Config(nlp=NlpConfig(use_model=not args.no_model))
    ctx = build_context(config, dedup_index=DedupIndex(config.dedup))
    load_seconds = time.perf_counter() - load_start
    limit = args.limit if args.times <= 1 else 0  # make_corpus applied it to each copy
    seconds: dict[str, float] = defaultdict(float)
    n = duplicates = events = 0
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.duckdb")
        records = (r for r in read_inputs([str(source)]) if not isinstance(r, Exception))
        articles = (Article.from_input(r.text, r.source, r.meta) for r in records)
        batch: list[Article] = []
        for part in chunks(islice(articles, limit or None), CODING_BATCH):
            coded: list[Article] = part
            for stage in STAGES:
                start = time.process_time()
                outcomes = apply_stages_many(coded, ctx, (stage,))
                seconds[stage.name] += time.process_time() - start
                coded = [item for item in outcomes if isinstance(item, Article)]
            n += len(part)
            duplicates += sum(article.duplicate_of is not None for article in coded)
            events += sum(len(article.events) for article in coded)
            batch += coded
            if len(batch) >= 200:
                start = time.process_time()
                save_batch(store, batch)
                seconds["store"] += time.process_time() - start
                batch = []
        start = time.process_time()
        save_batch(store, batch)
        seconds["store"] += time.process_time() - start
        del batch
        start = time.process_time()
        refresh_fusion(store, ctx)
        seconds["fuse"] = time.process_time() - start
        store.close()
    cpu = time.process_time() - cpu_start
    wall = time.perf_counter() - wall_start
    figures = {
        "input": str(args.input),
        "times": args.times,
        "articles": n,
        "duplicates": duplicates,
        "load_seconds": round(load_seconds, 2),
        "stages": {name: round(n / s, 1) if s else None for name, s in seconds.items()},
        "stage_cpu_seconds": {name: round(s, 2) for name, s in seconds.items()},
        "end_to_end_articles_per_cpu_s": round(n / cpu, 1),
        "end_to_end_articles_per_s": round(n / wall, 1),
        "cpu_seconds": round(cpu, 1),
        "wall_seconds": round(wall, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "events": events,
    }
    print(f"{n} articles from {args.input} x{args.times} ({duplicates} duplicates)")
    print(f"{'stage':<12} {'art/CPU s':>10} {'CPU s':>8}")
    for name, rate in figures["stages"].items():  # type: ignore[union-attr]
        print(f"{name:<12} {rate:>10} {seconds[name]:>8.2f}")
    print(f"{'end to end':<12} {figures['end_to_end_articles_per_cpu_s']:>10} {cpu:>8.2f}")
    print(f"end to end per wall-clock second {figures['end_to_end_articles_per_s']} ({wall:.1f} s)")
    print(f"peak memory {figures['peak_rss_mb']} MB, model+lexicon load {load_seconds:.2f} s")
    return figures


def tree_memory_kb(root: int) -> tuple[int, int, int]:
    """(summed RSS, summed PSS, largest single RSS) of a process and all its descendants,
    from /proc. RSS counts a page shared by several processes (libraries, copy-on-write
    pages after a fork) once in each; PSS (``smaps_rollup``) divides it among them, so
    the summed PSS is what the processes together take from the machine."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [p for p, parent in parents.items() if parent == pid and p not in tree]
        tree.update(children)
        frontier.extend(children)
    rss = pss = largest = 0
    for pid in tree:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in rollup.splitlines()[1:])
        here = int(fields.get("Rss", "0 kB").split()[0])
        rss, pss = rss + here, pss + int(fields.get("Pss", "0 kB").split()[0])
        largest = max(largest, here)
    return rss, pss, largest


def measured(command: list[str], cores: list[int]) -> dict[str, float]:
    """Seconds, CPU seconds, peak MB of the process tree (summed RSS, summed PSS, the
    largest process's RSS) and exit code of one command on ``cores``; CPU seconds are
    those of the command and every child it waited for. Sampled every 0.5 s."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=lambda: os.sched_setaffinity(0, cores),
    )
    peaks = [0, 0, 0]
    while process.poll() is None:
        peaks = [max(old, new) for old, new in zip(peaks, tree_memory_kb(process.pid), strict=True)]
        time.sleep(0.5)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_rss_mb": peaks[0] / 1024,
        "peak_pss_mb": peaks[1] / 1024,
        "peak_process_rss_mb": peaks[2] / 1024,
        "exit_code": process.returncode,
    }


def scale_runs(args: argparse.Namespace) -> list[dict[str, object]]:
    bin_dir = Path(sys.executable).parent
    available = sorted(os.sched_getaffinity(0))
    if len(available) < 2:
        available = sorted(range(os.cpu_count() or 1))
    results = []
    header = ("engine", "workers", "scale", "articles", "s", "CPU s", "art/s", "RSS MB", "PSS MB")
    print("{:<8} {:>7} {:>5} {:>8} {:>8} {:>8} {:>7} {:>7} {:>7} {:>8}".format(*header, "1 proc"))
    with tempfile.TemporaryDirectory() as tmp:
        for scale in (int(x) for x in args.scales.split(",")):
            corpus = make_corpus(args.input, Path(tmp) / f"corpus-{scale}x", scale, args.limit)
            n = 0
            for path in corpus.iterdir():
                with path.open(encoding="utf-8") as handle:
                    n += sum(1 for _ in handle)
            model = ["--no-model"] if args.no_model else []
            runs = [("local", int(w)) for w in args.workers.split(",") if w]
            runs += [("spark", 2)] if args.spark else []
            for engine, workers in runs:
                out = Path(tmp) / f"{engine}-{workers}-{scale}"
                if engine == "local":
                    command = [str(bin_dir / "kabar"), "run", str(corpus), "--db", f"{out}.duckdb"]
                    command += ["--workers", str(workers), *model]
                else:
                    command = [sys.executable, "-m", "kabar.spark_job", str(corpus)]
                    command += ["--out", str(out), "--master", f"local[{workers}]", *model]
                cores = available[: max(1, workers)]
                got = measured(command, cores)
                seconds = got["seconds"]
                row = {
                    "engine": engine,
                    "workers": workers,
                    "scale": scale,
                    "articles": n,
                    "seconds": round(seconds, 1),
                    "cpu_seconds": round(got["cpu_seconds"], 1),
                    "articles_per_s": round(n / seconds, 1),
                    "peak_rss_mb": round(got["peak_rss_mb"], 1),
                    "peak_pss_mb": round(got["peak_pss_mb"], 1),
                    "peak_process_rss_mb": round(got["peak_process_rss_mb"], 1),
                    "exit_code": got["exit_code"],
                }
                results.append(row)
                code = got["exit_code"]
                status = "" if code in (0, 1) else f" exit {code}"
                print(
                    f"{engine:<8} {workers:>7} {scale:>5} {n:>8} {seconds:>8.1f} "
                    f"{got['cpu_seconds']:>8.1f} {n / seconds:>7.1f} {got['peak_rss_mb']:>7.1f} "
                    f"{got['peak_pss_mb']:>7.1f} {got['peak_process_rss_mb']:>8.1f}{status}",
                    flush=True,
                )
                Path(f"{out}.duckdb").unlink(missing_ok=True)
    return results


if __name__ == "__main__":
    sys.exit(main())
